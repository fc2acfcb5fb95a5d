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
    f"(wrk runs of {env['DURATION']} after a warm-up; the overhead comparison is the median of {env['ROUNDS']} rounds) "
    f"on: {env['MACHINE']}.",
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
    "The dossier asks for the project and the four parts that need only its id at once, and for the lead "
    "institution's agreements and eligibility as soon as the project names it.",
]
targets.append(("dossier p50 ≤ 1.3× its slowest part", f"{dossier_p50 / slowest_p50:.2f}×",
                met(dossier_p50 <= 1.3 * slowest_p50)))

def scale(key):
    rps, p50, p99, errors = env["S_" + key].split()
    return float(p50), float(p99), int(errors)


lines += [
    "",
    "## 3. Scale: lists and search through the gateway (1 connection)",
    "",
    "bench/BulkLoad.java grows the data set in SQL between the runs: first 1,000 projects and 1,000 disbursements, "
    "then the full set (10,000 projects with three reports each, 100,000 disbursements, 1,000 agreements, 5,000 "
    "dispatches), then 100,000 projects. Pages hold 20 rows; the deep page is the last one. The project search is "
    "`q=euv` (a trigram search that matches the same seeded project at every size); the disbursement filter is "
    "`status=PAID` (a tenth of the rows).",
    "",
    "| list | rows | first page p50 / p99 ms | last page by number p50 / p99 ms | last page by cursor p50 / p99 ms | "
    "search or filter p50 / p99 ms | non-2xx |",
    "|---|---|---|---|---|---|---|",
]
for kind, phases in (("projects", ("small", "medium", "large")), ("disbursements", ("small", "medium"))):
    for phase in phases:
        first, deep, cursor, search = (scale(f"{phase}_{kind}_{what}") for what in ("first", "deep", "cursor", "search"))
        lines.append(f"| {kind} | {int(env[f'S_{phase}_{kind}_rows']):,} | {first[0]:.2f} / {first[1]:.2f} | "
                     f"{deep[0]:.2f} / {deep[1]:.2f} | {cursor[0]:.2f} / {cursor[1]:.2f} | {search[0]:.2f} / {search[1]:.2f} | "
                     f"{first[2] + deep[2] + cursor[2] + search[2]} |")
for kind, big in (("projects", "large"), ("disbursements", "medium")):
    for what, label in (("deep", "last page by number (OFFSET)"), ("cursor", "last page by cursor"),
                        ("search", "search" if kind == "projects" else "status filter")):
        small_p99, big_p99 = scale(f"small_{kind}_{what}")[1], scale(f"{big}_{kind}_{what}")[1]
        rows = int(env[f"S_{big}_{kind}_rows"])
        targets.append((f"{kind} {label} p99 at {rows:,} rows ≤ 1.5× at 1,000", f"{big_p99 / small_p99:.2f}×",
                        met(big_p99 <= 1.5 * small_p99)))


def money(name):
    rps, p50, p99, created, refused, failed = env[name].split()
    return float(rps), float(p50), float(p99), int(created), int(refused), int(failed)


one, many = money("M_ONE"), money("M_MANY")
committed, room = int(env["ONE_COMMITTED"]), int(env["ONE_LINE_KRW"])
clean, allocations_checked, lines_checked, entries, differences = env["RECONCILIATION"].split()
lines += [
    "",
    "## 4. Money under contention: disbursement requests through the gateway (32 connections, 10,000 KRW each)",
    "",
    "| budget lines | requests/s (all answers) | p50 ms | p99 ms | created (201) | refused (4xx) | failed (5xx) |",
    "|---|---|---|---|---|---|---|",
    f"| one, with room for {room // 10000:,} requests | {one[0]:.0f} | {one[1]:.2f} | {one[2]:.2f} | {one[3]:,} | {one[4]:,} | {one[5]} |",
    f"| 32 | {many[0]:.0f} | {many[1]:.2f} | {many[2]:.2f} | {many[3]:,} | {many[4]:,} | {many[5]} |",
    "",
    f"The one line ends with {committed:,} KRW committed of its {room:,} KRW: {one[3]:,} created × 10,000 KRW = "
    f"{one[3] * 10000:,} KRW. Every request after the line ran out was refused (422 problem+json, rule `line-exceeded`), none overspent it. "
    f"The closing ledger reconciliation checked {int(allocations_checked):,} allocations, {int(lines_checked):,} budget lines "
    f"and {int(entries):,} ledger entries: clean = {clean.lower()}, {differences} differences.",
]
targets.append(("zero overspend (one line: committed ≤ its amount and = created × 10,000; reconciliation clean; no 5xx)",
                f"{committed:,} of {room:,} KRW, {one[3]:,} created, clean {clean.lower()}, 5xx {one[5] + many[5]}",
                met(committed <= room and committed == one[3] * 10000 and clean == "True" and one[5] + many[5] == 0)))

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
    "## What limits the figures, and what was done",
    "",
    "**Gateway.** Before this run the proxy was a JAX-RS resource that read each body into memory and forwarded "
    "with the JDK's `HttpClient` (its own selector and executor threads). The earlier run on this machine measured "
    "136 requests/s and +5.27 ms p50 at 1 connection, 470 requests/s at 32 (15% and 25% of nginx). It is now a Vert.x "
    "route on the request's event loop with a pooled Vert.x client per service, streaming bodies. Profiled with "
    "`jcmd <pid> JFR.start settings=profile` and the processes' CPU time from `/proc/<pid>/stat` during a "
    "1-connection wrk run: the gateway now uses about 0.3–0.5 ms of CPU per proxied request, projects-service about "
    "1 ms per `GET /projects/{id}` (JWT signature check, Hibernate session and transaction, JSON), and JFR's execution "
    "samples show no single Java hot spot in the gateway (Netty/Vert.x HTTP codecs, Quarkus route filters for the "
    "request id, CORS and security, Micrometer timers, and kernel time for the extra hop). nginx does the same hop in "
    "C for a fraction of that. Client, proxy, service and PostgreSQL share two CPUs, so whatever the gateway spends "
    "comes straight out of the service's throughput: that, not waiting, is what keeps it under nginx's throughput here, most at 32 connections (runs at 1 connection gave 88–90%). "
    "Left to try: fewer per-request filters on proxied routes, HTTP metrics with fewer tags, and a run with the "
    "gateway on its own CPUs, which is how it is deployed (its own pods).",
    "",
    "**Dossier.** The project and the four parts that need only its id now go out at once; agreements and "
    "eligibility follow the project (they need its lead institution). Its floor is the project followed by the "
    "slower institution part, plus the gateway's hop and parsing and writing seven JSON parts; and fetched at once the "
    "parts compete with each other for the same two CPUs, so each is slower than when fetched alone: seven calls at about 1 ms of service CPU each, plus the gateway's share, are more work than two CPUs finish in the time of the slowest one. The target assumes parts served by machines of their own.",
    "",
    "**Deep pages and totals.** Paging by number uses OFFSET and counts the matching rows on every page: the last "
    "page of 100,000 rows reads and discards 99,980 index entries (EXPLAIN ANALYZE: 61 ms) and `count(*)` costs about "
    "15 ms. The lists that grow large (projects, disbursements) now also take `after`, the `next` cursor of the page "
    "before: it carries the last code, the page number and the total counted on the first page, so a page reached by "
    "cursor is an index range (`code > :after ORDER BY code LIMIT n`) with no count. Searches that select few rows "
    "stay flat (the trigram index); a filter that selects a tenth of the rows (`status=PAID`, 10,000 at 100,000) pays "
    "for counting them on its first page.",
    "",
    "**One budget line under 32 clients.** Requests on one line serialise on its row lock, as they must for zero "
    "overspend. With room left on the line they ran at 69 requests/s (p50 0.4 s) in a 10 s trial, against about 300 "
    "requests/s spread over 32 lines. Taking the lock last (writing the disbursement and its audit row first) was "
    "tried and gave 76 requests/s, within this machine's noise, so it was not kept: the length of the locked section "
    "is not what limits it. Suspected, not verified: each insert's foreign-key checks take KEY SHARE locks on the same "
    "line and allocation rows, which PostgreSQL keeps as multixacts when many transactions hold them at once.",
    "",
]
print("\n".join(lines))
