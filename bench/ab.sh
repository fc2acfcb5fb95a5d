#!/usr/bin/env bash
# A/B of two gateway builds on one running system, as RESULTS.md judges a change to the gateway: both copies run side
# by side in front of the same services, are warmed alike, and are measured in alternating rounds of wrk at 32
# connections on GET /api/v1/projects/{id}, so that the machine's drift (RESULTS.md, "How much the figures move")
# falls on both alike. Prints each round's requests/s and CPU per request of each copy (its JVM's own CPU time from
# /proc without its JIT compiler threads, as bench/cpu.py counts it) and the medians.
#
#   ./mvnw -q package -DskipTests                  # the system, built once (services, launcher, gateway)
#   cp -r gateway/target/quarkus-app /tmp/gw-a     # build A; change the gateway, package it again, then
#   cp -r gateway/target/quarkus-app /tmp/gw-b     # build B
#   bench/ab.sh /tmp/gw-a /tmp/gw-b                # ROUNDS=8 DURATION=10s WARMUP=60 CONNECTIONS=32 by default
#
# The system starts as bench/run.sh starts it (its own data in bench/target/ab, the benchmark's ports, rate limits
# off); each copy takes the running gateway's JVM options and environment, without its AOT cache or class-data
# archive (made for the build in gateway/target, so neither copy has one), on ports 18480 and 18580.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/bench/target/ab"
A_DIR=$(readlink -f "${1:?usage: bench/ab.sh BUILD_A_DIR BUILD_B_DIR}")
B_DIR=$(readlink -f "${2:?usage: bench/ab.sh BUILD_A_DIR BUILD_B_DIR}")
ROUNDS="${ROUNDS:-8}"; DURATION="${DURATION:-10s}"; WARMUP="${WARMUP:-60}"; CONNECTIONS="${CONNECTIONS:-32}"
GW=18080; PG=18432; A_PORT=18480; B_PORT=18580
for jar in "$A_DIR/quarkus-run.jar" "$B_DIR/quarkus-run.jar" launcher/target/launcher.jar; do
  [ -f "$jar" ] || { echo "[ab] $jar is missing (see the usage at the top of bench/ab.sh)"; exit 2; }
done
command -v wrk > /dev/null || { echo "[ab] wrk is missing: apt-get install wrk"; exit 2; }
rm -rf "$OUT" && mkdir -p "$OUT"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2> /dev/null || true; done
  [ -n "${LAUNCHER_PID:-}" ] && kill -TERM "$LAUNCHER_PID" 2> /dev/null && wait "$LAUNCHER_PID" 2> /dev/null || true
}
trap cleanup EXIT

ready() { curl -fs -o /dev/null --max-time 1 "http://localhost:$(($1 + 1000))/q/health/ready"; }
wait_ready() {
  local port=$1 pid=$2
  for _ in $(seq 1 1200); do
    ready "$port" && return
    kill -0 "$pid" 2> /dev/null || { echo "[ab] the process on port $port stopped; see $OUT"; exit 1; }
    sleep 0.25
  done
  echo "[ab] nothing ready on port $port after 5 minutes; see $OUT"; exit 1
}

echo "[ab] starting the system"
RUN_DATA_DIR="$OUT/data" RUN_GATEWAY_PORT=$GW RUN_POSTGRES_PORT=$PG RATE_LIMIT_ENABLED=false \
  java -Dstandards.home="$ROOT" -cp "launcher/target/launcher.jar:launcher/target/lib/*" \
  kr.go.msit.standards.launcher.RunCommand > "$OUT/system.log" 2>&1 &
LAUNCHER_PID=$!
wait_ready $GW "$LAUNCHER_PID"
for port in 18081 18082 18083; do wait_ready $port "$LAUNCHER_PID"; done
SOURCE=$(pgrep -f "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" | head -n 1)

# start_copy DIR PORT: the running gateway's command and environment, on DIR's build and PORT; its pid in COPY_PID
start_copy() {
  local dir=$1 port=$2 env_vars command
  mapfile -t env_vars < <(tr '\0' '\n' < "/proc/$SOURCE/environ" | grep -vE '^QUARKUS_(HTTP|MANAGEMENT)_PORT=')
  mapfile -t command < <(tr '\0' '\n' < "/proc/$SOURCE/cmdline" \
    | grep -vE '^-XX:(AOTCache|AOTMode|AOTConfiguration|SharedArchiveFile|ArchiveClassesAtExit)=' \
    | sed "s#^$ROOT/gateway/target/quarkus-app/quarkus-run.jar\$#$dir/quarkus-run.jar#")
  (cd "$dir" && exec env -i "${env_vars[@]}" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
    "${command[@]}") > "$OUT/copy-$port.log" 2>&1 &
  COPY_PID=$!
  PIDS+=("$COPY_PID")
  wait_ready "$port" "$COPY_PID"
}
start_copy "$A_DIR" $A_PORT; A_PID=$COPY_PID
start_copy "$B_DIR" $B_PORT; B_PID=$COPY_PID
echo "[ab] A: $A_DIR (pid $A_PID, port $A_PORT); B: $B_DIR (pid $B_PID, port $B_PORT)"

TOKEN=$(java -Dstandards.home="$ROOT" -cp "launcher/target/launcher.jar:launcher/target/lib/*" \
  kr.go.msit.standards.launcher.TokenCommand --role program-manager --subject bench --hours 2 | tail -n 1)
AUTH="Authorization: Bearer $TOKEN"
ROUTE="/api/v1/projects/a0000002-0000-4000-8000-000000000001"   # KUS-2025-01

ticks() { python3 -c "import sys; sys.path.insert(0, '$ROOT/bench'); import cpu; print(cpu.jvm_ticks($1))"; }
HZ=$(getconf CLK_TCK)
# run PORT PID: requests/s and microseconds of the copy's CPU per request, over one wrk run
run() {
  local before after requests rps
  before=$(ticks "$2")
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "$AUTH" "http://localhost:$1$ROUTE" > "$OUT/wrk.txt" 2>&1
  after=$(ticks "$2")
  requests=$(awk '/requests in/ {print $1}' "$OUT/wrk.txt")
  rps=$(awk '/Requests\/sec/ {printf "%d", $2}' "$OUT/wrk.txt")
  grep -q "Non-2xx" "$OUT/wrk.txt" && { echo "[ab] non-2xx answers on port $1:"; cat "$OUT/wrk.txt"; exit 1; }
  echo "$rps $(( (after - before) * 1000000 / HZ / requests ))"
}

echo "[ab] warming up (${WARMUP} s each)"
for port in $A_PORT $B_PORT; do wrk -t2 -c16 -d"${WARMUP}s" -H "$AUTH" "http://localhost:$port$ROUTE" > /dev/null; done

printf '%-6s %-10s %-8s %-10s %-8s\n' round "A req/s" "A µs" "B req/s" "B µs"
A_US=(); B_US=(); A_RPS=(); B_RPS=()
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then
    read -r a_rps a_us < <(run $A_PORT "$A_PID"); read -r b_rps b_us < <(run $B_PORT "$B_PID")
  else
    read -r b_rps b_us < <(run $B_PORT "$B_PID"); read -r a_rps a_us < <(run $A_PORT "$A_PID")
  fi
  A_US+=("$a_us"); B_US+=("$b_us"); A_RPS+=("$a_rps"); B_RPS+=("$b_rps")
  printf '%-6s %-10s %-8s %-10s %-8s\n' "$round" "$a_rps" "$a_us" "$b_rps" "$b_us"
done
python3 - "${A_US[*]}" "${B_US[*]}" "${A_RPS[*]}" "${B_RPS[*]}" <<'PY'
import statistics, sys
a_us, b_us, a_rps, b_rps = (list(map(int, s.split())) for s in sys.argv[1:5])
lower = sum(b < a for a, b in zip(a_us, b_us))
diff = statistics.median(b - a for a, b in zip(a_us, b_us))
print(f"median CPU per request: A {statistics.median(a_us)} µs, B {statistics.median(b_us)} µs; "
      f"B lower in {lower} of {len(a_us)} rounds, median difference B-A {diff:+} µs")
print(f"median requests/s: A {statistics.median(a_rps)}, B {statistics.median(b_rps)}")
PY
