"""CPU time used so far, in clock ticks (1/CLK_TCK s), for bench/run.sh's per-request figures.

    python3 bench/cpu.py ROOT   prints: machine gateway projects funding partnership postgres nginx floor

machine is the busy time of all CPUs (/proc/stat: user, nice, system, irq, softirq); each module is its JVM's time
without its JIT compiler threads (compiling is a cost of warming up, not of serving a request); postgres and nginx
sum all their processes; floor is the bare proxy (bench/BareProxy.java), a JVM too.
"""
import os
import sys

MODULES = ("gateway", "projects-service", "funding-service", "partnership-service")


def stat_fields(path):
    """The fields after the command name, which is in parentheses and may hold spaces."""
    with open(path) as f:
        text = f.read()
    return text[text.rindex(")") + 2:].split(), text[text.index("(") + 1:text.rindex(")")]


def used(path):
    fields, _ = stat_fields(path)
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of the whole line)


def jvm_ticks(pid):
    total = used(f"/proc/{pid}/stat")
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            _, name = stat_fields(f"/proc/{pid}/task/{task}/stat")
            if name.startswith(("C1 Compiler", "C2 Compiler")):
                total -= used(f"/proc/{pid}/task/{task}/stat")
        except OSError:
            pass
    return total


def main(root):
    sums = dict.fromkeys(MODULES + ("postgres", "nginx", "floor"), 0)
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().decode(errors="replace")
            _, name = stat_fields(f"/proc/{pid}/stat")
            module = next((m for m in MODULES if f"{root}/{m}/target/quarkus-app/quarkus-run.jar" in cmdline), None)
            if module:
                sums[module] += jvm_ticks(pid)
            elif "bench/BareProxy.java" in cmdline:
                sums["floor"] += jvm_ticks(pid)
            elif name in ("postgres", "nginx"):
                sums[name] += used(f"/proc/{pid}/stat")
        except OSError:
            pass  # a process that ended while being read
    with open("/proc/stat") as f:
        cpu = f.readline().split()
    machine = sum(int(cpu[i]) for i in (1, 2, 3, 6, 7))
    print(machine, *(sums[k] for k in MODULES), sums["postgres"], sums["nginx"], sums["floor"])


if __name__ == "__main__":
    main(sys.argv[1])
