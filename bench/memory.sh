#!/usr/bin/env bash
# Memory of the modules under the same load with other JVM options: an A/B tool for bench/RESULTS.md's memory
# paragraph (issue 24), not part of bench/run.sh.
#
#   bench/memory.sh LABEL ["JVM options"]   start the system as ./run.sh does with these module options
#                                           (RUN_JAVA_OPTS; empty: the launcher's own), load it, print each
#                                           module's RSS and its collections (jstat -gc), stop it
#   DURATION=15s bench/memory.sh ...        seconds of wrk per path (default 15s)
#   SCALE=1 bench/memory.sh ...             then bench/run.sh's later load too: 100,000 projects and disbursements
#                                           (bench/BulkLoad.java), their last pages and a status filter at one
#                                           connection, and 32 clients requesting disbursements on 32 budget lines
#
# With -XX:NativeMemoryTracking=summary among the options, each module's `jcmd VM.native_memory summary` after the
# load is written to bench/target/memory-LABEL.MODULE.nmt. Run once without it first, so that the modules have their
# AOT cache: asked for its summary during a training run, JDK 25.0.3 crashes (FileMapInfo::readonly_total).
#
# The load: wrk -t2 -c32 through the gateway on a project, the disbursement, agreement, project and institution
# lists and the dossier, one after the other. Ports 28080-28083 (management 29080-29083), PostgreSQL 28432, data in
# bench/target/memory-LABEL. Run options against each other in alternation on one quiet machine: figures move
# between runs (RESULTS.md, "How much the figures move"). Options that change what the AOT cache was recorded with
# (another collector, compact object headers) leave the cache unused, silently: compare those with RUN_CDS=false.
# Needs wrk and a built tree (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
LABEL=${1:?usage: bench/memory.sh LABEL [\"JVM options\"]}
OPTIONS=${2:-}
DURATION="${DURATION:-15s}"
GW=28080; PG=28432
DATA="$ROOT/bench/target/memory-$LABEL"
LOG="$DATA.log"
CP="launcher/target/launcher.jar:launcher/target/lib/*"
command -v wrk >/dev/null 2>&1 || { echo "[memory] wrk is missing: apt-get install wrk"; exit 2; }
rm -rf "$DATA" && mkdir -p "$(dirname "$DATA")"

RUN_DATA_DIR="$DATA" RUN_GATEWAY_PORT=$GW RUN_POSTGRES_PORT=$PG RATE_LIMIT_ENABLED=false RUN_JAVA_OPTS="$OPTIONS" \
  java -Dstandards.home="$ROOT" -cp "$CP" kr.go.msit.standards.launcher.RunCommand > "$LOG" 2>&1 &
LAUNCHER=$!
trap 'kill -TERM $LAUNCHER 2>/dev/null && wait $LAUNCHER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "all modules are ready" "$LOG" && break
  kill -0 $LAUNCHER 2>/dev/null || { echo "[memory] the system did not start; see $LOG"; exit 1; }
  sleep 0.5
done
TOKEN=$(java -Dstandards.home="$ROOT" -cp "$CP" kr.go.msit.standards.launcher.TokenCommand \
  --role program-manager --subject memory --hours 2 | tail -n 1)
PROJECT=a0000002-0000-4000-8000-000000000001   # KUS-2025-01
for path in "/api/v1/projects/$PROJECT" "/api/v1/disbursements?size=50" "/api/v1/dossiers/$PROJECT" \
  "/api/v1/agreements?size=50" "/api/v1/projects?size=50" "/api/v1/institutions?size=50"; do
  rps=$(wrk -t2 -c32 -d"$DURATION" -H "Authorization: Bearer $TOKEN" "http://localhost:$GW$path" \
    | awk '/Requests\/sec/ {print $2}')
  echo "[memory] $LABEL $path: $rps requests/s"
done

if [ "${SCALE:-}" = 1 ]; then
  BULK=(java -cp "$(ls launcher/target/lib/postgresql-*.jar | head -n 1)" bench/BulkLoad.java)
  "${BULK[@]}" grow $PG 99992 100000 1000 5000 > /dev/null
  for path in "/api/v1/projects?size=20&page=4999" "/api/v1/disbursements?size=20&page=4999" \
    "/api/v1/disbursements?size=20&status=PAID"; do
    rps=$(wrk -t1 -c1 -d"$DURATION" -H "Authorization: Bearer $TOKEN" "http://localhost:$GW$path" \
      | awk '/Requests\/sec/ {print $2}')
    echo "[memory] $LABEL $path: $rps requests/s"
  done
  FINANCE=$(java -Dstandards.home="$ROOT" -cp "$CP" kr.go.msit.standards.launcher.TokenCommand \
    --role finance-officer --subject memory-finance --hours 2 | tail -n 1)
  rps=$(BENCH_TOKEN=$FINANCE BENCH_LINES=$("${BULK[@]}" lines $PG 32) BENCH_RUN="memory-$(date +%s)" \
    wrk -t2 -c32 -d"$DURATION" --timeout 60s -s bench/disburse.lua "http://localhost:$GW" | awk '/Requests\/sec/ {print $2}')
  echo "[memory] $LABEL disbursement requests on 32 lines: $rps requests/s"
fi

printf '[memory] %s after load:' "$LABEL"
for module in gateway projects-service funding-service partnership-service; do
  pid=$(pgrep -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" | head -n 1)
  jstat="$(dirname "$(readlink -f "/proc/$pid/exe")")/jstat"
  # jstat -gc: S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT (KB and seconds)
  gc=$("$jstat" -gc "$pid" | tail -n 1 | awk '{printf "heap %.0f MB committed, %s young / %s full collections in %.1f s",
    ($1 + $2 + $5 + $7) / 1024, $13, $15, $19}')
  printf '\n  %-20s RSS %s MB (%s; %s threads)' "$module" "$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")" \
    "$gc" "$(ls "/proc/$pid/task" | wc -l)"
  case "$OPTIONS" in
    *NativeMemoryTracking*) "$(dirname "$jstat")/jcmd" "$pid" VM.native_memory summary > "$DATA.$module.nmt" 2>&1 || true ;;
  esac
done
echo
