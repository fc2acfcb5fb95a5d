"""Writes bench/RESULTS.md from the figures bench/run.sh exports (R_*, READY_*, RSS_*, DOSSIER_*, SLOWEST_*)."""
import datetime
import os

env = os.environ


def run(name):
    rps, p50, p99, errors = env[name].split()
    return float(rps), float(p50), float(p99), int(errors)


def met(ok):
    return "met" if ok else "**not met**"


lines = [
    "# Benchmark results",
    "",
    f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC with `bench/run.sh` "
    f"(wrk runs of {env['DURATION']} after a warm-up) on: {env['MACHINE']}.",
    "Client, proxies, services and PostgreSQL share the machine, so absolute figures are low; the ratios are "
    "what the targets are about.",
    "",
    "## 1. Gateway overhead (GET /api/v1/projects/{id}, KUS-2025-01)",
    "",
    "| connections | path | requests/s | p50 ms | p99 ms | non-2xx |",
    "|---|---|---|---|---|---|",
]
targets = []
for c in ("1", "32"):
    direct, gateway, nginx = run(f"R_direct_{c}"), run(f"R_gateway_{c}"), run(f"R_nginx_{c}")
    for label, r in (("direct (projects-service)", direct), ("through the gateway", gateway), ("through nginx", nginx)):
        lines.append(f"| {c} | {label} | {r[0]:.0f} | {r[1]:.2f} | {r[2]:.2f} | {r[3]} |")
    ratio_gateway, ratio_nginx = gateway[0] / direct[0], nginx[0] / direct[0]
    added_p50, added_p99 = gateway[1] - direct[1], gateway[2] - direct[2]
    lines.append(f"| {c} | gateway/direct, nginx/direct | {ratio_gateway:.2f}, {ratio_nginx:.2f} | "
                 f"+{added_p50:.2f} (gateway) | +{added_p99:.2f} (gateway) | |")
    targets.append((f"gateway throughput ≥ 90% of nginx's at {c} connection(s)",
                    f"{gateway[0] / nginx[0]:.0%}", met(gateway[0] >= 0.9 * nginx[0])))
    if c == "1":
        targets.append(("added p50 under 1 ms at 1 connection", f"{added_p50:.2f} ms", met(added_p50 < 1.0)))

dossier_p50, slowest_p50 = float(env["DOSSIER_P50"]), float(env["SLOWEST_P50"])
lines += [
    "",
    "## 2. Composed view: the dossier against its slowest part",
    "",
    "| what | p50 ms | p99 ms |",
    "|---|---|---|",
    f"| dossier of KUS-2025-01 through the gateway (1 connection, non-2xx {env['DOSSIER_ERRORS']}) | "
    f"{dossier_p50:.2f} | {float(env['DOSSIER_P99']):.2f} |",
    f"| slowest part alone, on its service ({env['SLOWEST_NAME']}) | {slowest_p50:.2f} | {float(env['SLOWEST_P99']):.2f} |",
    "",
    "The dossier fetches the project first (it names the lead institution), then the six other parts at once, so "
    "its floor is the project plus the slowest part plus the gateway's own hop.",
]
targets.append(("dossier p50 ≤ 1.3× its slowest part", f"{dossier_p50 / slowest_p50:.2f}×",
                met(dossier_p50 <= 1.3 * slowest_p50)))

lines += [
    "",
    "## 5. Footprint",
    "",
    "| module | launch to ready, s (all four start at once) | RSS after the load, MB |",
    "|---|---|---|",
]
for module in ("projects-service", "funding-service", "partnership-service", "gateway"):
    key = module.replace("-", "_")
    lines.append(f"| {module} | {int(env['READY_' + key]) / 1000:.1f} | {env['RSS_' + key]} |")

lines += [
    "",
    "## Targets",
    "",
    "| target | measured | |",
    "|---|---|---|",
]
lines += [f"| {t} | {m} | {v} |" for t, m, v in targets]
lines += [
    "",
    "## Not measured yet",
    "",
    "- 3. Scale: list and search latency at 1,000 and 100,000 rows (needs the bulk loader for 10,000 projects with "
    "reports, 100,000 disbursements, 1,000 agreements and 5,000 dispatches).",
    "- 4. Money under contention: disbursement requests per second with 32 clients on one budget line and on many, "
    "ending with the reconciliation report.",
    "- The targets on deep pages and search at 100,000 rows and on overspend follow with them.",
    "",
    "## What limits the gateway (not yet profiled)",
    "",
    "The gateway's proxy forwards with the JDK's `java.net.http.HttpClient` (asynchronous, its own selector and "
    "executor threads) from a JAX-RS resource that buffers the body: each request changes threads at least twice "
    "and copies the body, where nginx relays bytes on one event loop. On two shared CPUs that costs several "
    "milliseconds per request and most of the throughput. The planned fix is to forward with the Vert.x HTTP client on "
    "the request's event loop, streaming bodies, and to profile again (async-profiler or JFR) before and after; the "
    "dossier gains with it, since it makes eight such calls.",
    "",
]
print("\n".join(lines))
