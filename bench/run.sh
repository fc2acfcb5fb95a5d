#!/usr/bin/env bash
# The benchmark (issue 7): starts the whole system as ./run.sh does (its own data in bench/target/data, ports
# 18080-18083, management ports 19080-19083, PostgreSQL 18432, rate limits off), measures with wrk, prints a table and writes bench/RESULTS.md.
#
#   bench/run.sh                 build (SKIP_BUILD=1 skips it), start, measure, stop
#   DURATION=10s bench/run.sh    seconds per wrk run (default 10s); ROUNDS=3 rounds of the overhead comparison at
#                                32 connections, ROUNDS_ONE=5 at 1; WARMUP=60 seconds of load on each JVM first
#   REPORT_ONLY=1 bench/run.sh   rewrites RESULTS.md from the last run's figures (after a change to bench/report.py)
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx); nginx is the reference for what a reverse proxy costs.
# Measures: 1. gateway overhead against direct and nginx (throughput, latency, CPU per request), 2. the dossier against
# its slowest part, 3. list and search at 1,000 / 10,000 / 100,000 rows (bench/BulkLoad.java grows the data set in
# SQL), 4. disbursement requests from 32 clients on one budget line and on 32, ending with the ledger reconciliation,
# 5. footprint after the load, 6. start-up: the first start, a restart of all four at once, each module alone (median
# of 3). bench/report.py prints every target of issues 7 and 24 as met or not, with the spread of the rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/bench/target"
DURATION="${DURATION:-10s}"
GW=18080; PROJECTS=18081; FUNDING=18082; PARTNERSHIP=18083; NGINX=18090; FLOOR=18091; PG=18432

if [ "${REPORT_ONLY:-0}" = "1" ]; then
  # rewrites RESULTS.md from the last run's figures (bench/target/figures.env and rounds_*), measuring nothing
  # shellcheck disable=SC1091
  . "$OUT/figures.env"
  python3 "$ROOT/bench/report.py" > "$ROOT/bench/RESULTS.md"
  echo "[bench] rewrote bench/RESULTS.md from $OUT/figures.env"
  exit 0
fi
for tool in wrk nginx; do
  command -v "$tool" >/dev/null 2>&1 || { echo "[bench] $tool is missing: apt-get install wrk nginx"; exit 2; }
done
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "[bench] building (./mvnw package -DskipTests); SKIP_BUILD=1 skips it"
  ./mvnw -q -B package -DskipTests
fi
rm -rf "$OUT" && mkdir -p "$OUT"

cleanup() {
  [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "${FLOOR_PID:-}" ] && kill "$FLOOR_PID" 2>/dev/null || true
  [ -n "${LAUNCHER_PID:-}" ] && kill -TERM "$LAUNCHER_PID" 2>/dev/null && wait "$LAUNCHER_PID" 2>/dev/null || true
}
trap cleanup EXIT

# --- start, timing each module from its JVM's launch to ready ------------------------------------------------------
HZ=$(getconf CLK_TCK)
module_pid() { pgrep -f "$ROOT/$1/target/quarkus-app/quarkus-run.jar" | head -n 1; }
# milliseconds from process $1's start (its JVM's launch, from /proc) to now
since_launch_ms() {
  local now start
  now=$(cut -d' ' -f1 /proc/uptime)
  start=$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f20)
  awk -v now="$now" -v start="$start" -v hz="$HZ" 'BEGIN { printf "%d", now * 1000 - start * 1000 / hz }'
}
MODULES="projects-service:$PROJECTS funding-service:$FUNDING partnership-service:$PARTNERSHIP gateway:$GW"
declare -A READY_MS
# start_system LABEL: starts the system as ./run.sh does and records, for each module, READY_MS[LABEL_module] (its
# JVM's launch to ready, polled every 0.1 s) and READY_MS[LABEL_system] (the launcher's start, PostgreSQL's included,
# to the last module ready)
start_system() {
  local label=$1 started pending left module port pid
  started=$(date +%s%N)
  RUN_DATA_DIR="${BENCH_DATA:-$OUT/data}" RUN_GATEWAY_PORT=$GW RUN_POSTGRES_PORT=$PG RATE_LIMIT_ENABLED=false \
    java -Dstandards.home="$ROOT" -cp "launcher/target/launcher.jar:launcher/target/lib/*" \
    kr.go.msit.standards.launcher.RunCommand >> "$OUT/system.log" 2>&1 &
  LAUNCHER_PID=$!
  pending=$MODULES
  for _ in $(seq 1 3000); do
    left=""
    for module_port in $pending; do
      module=${module_port%%:*}; port=${module_port##*:}
      # health is on the management port: the module's port + 1000
      if curl -fs -o /dev/null --max-time 1 "http://localhost:$((port + 1000))/q/health/ready"; then
        pid=$(module_pid "$module")
        READY_MS[${label}_$module]=$(since_launch_ms "$pid")
      else
        left="$left $module_port"
      fi
    done
    pending=$left
    [ -z "$pending" ] && break
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { echo "[bench] the system did not start; see $OUT/system.log"; exit 1; }
    sleep 0.1
  done
  [ -z "$pending" ] || { echo "[bench] not ready after 5 minutes:$pending; see $OUT/system.log"; exit 1; }
  READY_MS[${label}_system]=$(( ($(date +%s%N) - started) / 1000000 ))
}
# SIGTERM, as ./run.sh stop sends: each module stops (a first stop records its class-data archive), then PostgreSQL
stop_system() {
  kill -TERM "$LAUNCHER_PID" 2>/dev/null && wait "$LAUNCHER_PID" 2>/dev/null || true
  LAUNCHER_PID=""
}
# the modules' AOT caches (JDK 25) or class-data archives are trained once per build by a start and a stop on data of
# their own, so every figure below is of the JVMs ./run.sh runs from its second start on (a training JVM records
# as it runs, and its stop assembles the cache); with caches already there for this build this is a plain start
echo "[bench] training start (AOT cache or class-data archive, once per build)"
BENCH_DATA="$OUT/training-data" start_system training
echo "[bench] training start, launch to ready (ms): $(for m in $MODULES; do printf '%s %s  ' "${m%%:*}" "${READY_MS[training_${m%%:*}]}"; done)"
stop_system
rm -rf "$OUT/training-data"
start_system first
# the JVM the launcher chose for the modules (a JDK 25 beside this one, when installed: launcher JvmOptions)
MODULE_JAVA=$(readlink -f "/proc/$(module_pid gateway)/exe")
echo "[bench] system ready"

TOKEN=$(java -Dstandards.home="$ROOT" -cp "launcher/target/launcher.jar:launcher/target/lib/*" \
  kr.go.msit.standards.launcher.TokenCommand --role program-manager --subject bench --hours 2 | tail -n 1)
AUTH="Authorization: Bearer $TOKEN"
PROJECT=a0000002-0000-4000-8000-000000000001   # KUS-2025-01
ROUTE="/api/v1/projects/$PROJECT"

# --- nginx in front of projects-service, the same route ------------------------------------------------------------
mkdir -p "$OUT/nginx/logs"
cat > "$OUT/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream projects { server 127.0.0.1:$PROJECTS; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX;
    location / {
      proxy_pass http://projects;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
EOF
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -g "daemon off;" &
NGINX_PID=$!
sleep 1

# --- the floor: a bare Vert.x proxy (bench/BareProxy.java) on the gateway's own Vert.x and Netty jars, the modules'
# JVM and the launcher's memory settings, doing nothing but forwarding: what the stack itself costs per request
GW_LIB="$ROOT/gateway/target/quarkus-app/lib/main"
FLOOR_CP=$(ls "$GW_LIB"/io.vertx.vertx-core-*.jar "$GW_LIB"/io.netty.netty-*.jar "$GW_LIB"/com.fasterxml.jackson.core.jackson-core-*.jar | tr '\n' ':')
"$MODULE_JAVA" -XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m -cp "$FLOOR_CP" \
  "$ROOT/bench/BareProxy.java" "$FLOOR" "$PROJECTS" > "$OUT/floor.log" 2>&1 &
FLOOR_PID=$!
for _ in $(seq 1 100); do grep -q "ready on" "$OUT/floor.log" && break; sleep 0.2; done
grep -q "ready on" "$OUT/floor.log" || { echo "[bench] the bare proxy did not start; see $OUT/floor.log"; exit 1; }

# --- wrk --------------------------------------------------------------------------------------------------------------
# prints: requests/s p50_ms p99_ms
measure() {
  local url=$1 connections=$2 threads=$(( $2 < 2 ? 1 : 2 ))
  ${WRK_PREFIX:-} wrk -t"$threads" -c"$connections" -d"$DURATION" --latency -H "$AUTH" "$url" > "$OUT/wrk.txt" 2>&1
  figures "$OUT/wrk.txt"
}
# a wrk report as: requests/s p50_ms p99_ms non-2xx
figures() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r'^\s*' + label + r'\s+([\d.]+)(us|ms|s)\s*$', text, re.M)
    if not m: return float('nan')
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == 'us' else v * 1000 if unit == 's' else v
rps = re.search(r'Requests/sec:\s+([\d.]+)', text)
errors = re.search(r'Non-2xx or 3xx responses: (\d+)', text)
print(f"{float(rps.group(1)) if rps else float('nan'):.0f} {ms('50%'):.3f} {ms('99%'):.3f} {errors.group(1) if errors else 0}")
PY
}

# CPU time per request, from /proc (bench/cpu.py, in 1/CLK_TCK s): the machine's busy time, and each process's own
# (gateway, the three services without their JIT compiler threads, PostgreSQL, nginx). On a shared machine with every
# CPU busy, throughput is the CPU time there is divided by what a request costs.
cpu_snapshot() { python3 "$ROOT/bench/cpu.py" "$ROOT"; }
# as measure, followed by microseconds of CPU per request: machine gateway projects funding partnership postgres nginx
measure_cpu() {
  local before after figures_line
  before=$(cpu_snapshot)
  figures_line=$(measure "$1" "$2")
  after=$(cpu_snapshot)
  echo "$figures_line $(python3 - "$before" "$after" "$(awk '/requests in/ {print $1}' "$OUT/wrk.txt")" "$HZ" <<'PY'
import sys
before, after = (list(map(int, a.split())) for a in sys.argv[1:3])
requests, hz = max(int(sys.argv[3] or 0), 1), int(sys.argv[4])
print(" ".join(f"{(b - a) * 1e6 / hz / requests:.0f}" for a, b in zip(before, after)))
PY
)"
}

# a fresh JVM runs a path interpreted until it has seen thousands of requests, and reaches its full rate only after a
# minute or more of load (RESULTS.md, "Where a start's time goes"): 60 s on each JVM's path (WARMUP seconds) before
# anything counts, 10 s on nginx's
WARMUP="${WARMUP:-60}"
echo "[bench] warming up (${WARMUP} s a JVM)"
for url in "http://localhost:$PROJECTS$ROUTE" "http://localhost:$GW$ROUTE" "http://localhost:$FLOOR$ROUTE"; do
  wrk -t2 -c16 -d"${WARMUP}s" -H "$AUTH" "$url" > /dev/null
done
wrk -t2 -c16 -d10s -H "$AUTH" "http://localhost:$NGINX$ROUTE" > /dev/null

# the three paths in turn, round after round, each reported by its median round: on a shared machine one run of
# each in a row measures the neighbours as much as the proxies. ROUNDS (default 3) at 32 connections, ROUNDS_ONE
# (default 5) at 1, where a round's figures move most
ROUNDS="${ROUNDS:-3}"
ROUNDS_ONE="${ROUNDS_ONE:-5}"
median() { python3 -c 'import sys; rows = sorted((l.split() for l in sys.stdin if l.strip()), key=lambda r: float(r[0])); print(" ".join(rows[len(rows) // 2]))'; }
declare -A R
# compare CONNECTIONS KEY ROUNDS [PATHS]: the paths (default direct, gateway, nginx; floor is the bare proxy) ROUNDS
# times in turn, each round's figures in $OUT/rounds_PATH_KEY (read by report.py for the spread), the medians in
# R[PATH_KEY]
declare -A PORT=([direct]=$PROJECTS [gateway]=$GW [nginx]=$NGINX [floor]=$FLOOR)
compare() {
  local c=$1 key=$2 rounds=$3 paths=${4:-direct gateway nginx} path
  for path in $paths; do : > "$OUT/rounds_${path}_$key"; done
  for _ in $(seq 1 "$rounds"); do
    for path in $paths; do measure_cpu "http://localhost:${PORT[$path]}$ROUTE" "$c" >> "$OUT/rounds_${path}_$key"; done
  done
  for path in $paths; do R[${path}_$key]=$(median < "$OUT/rounds_${path}_$key"); done
  echo "[bench] $key: $c connection(s), median of $rounds rounds: $(for path in $paths; do printf '%s %s | ' "$path" "${R[${path}_$key]}"; done)"
}
compare 1 1 "$ROUNDS_ONE"
compare 32 32 "$ROUNDS" "direct gateway nginx floor"

# the same at 32 connections with the proxies on the last CPU and everything else (client, service, PostgreSQL) on
# the others: as deployed, where the gateway has pods of its own, its CPU does not come out of the service's
pin() { local cpus=$1 p; shift; for p in "$@"; do taskset -a -p -c "$cpus" "$p" > /dev/null 2>&1 || true; done; }
LAST_CPU=$(( $(nproc) - 1 ))
if [ "$LAST_CPU" -ge 1 ] && command -v taskset > /dev/null; then
  PROXIES=$(echo $(module_pid gateway) $(pgrep -x nginx))
  OTHERS=$(echo $(module_pid projects-service) $(pgrep -x postgres))
  pin "$LAST_CPU" $PROXIES
  pin "0-$(( LAST_CPU - 1 ))" $OTHERS
  WRK_PREFIX="taskset -c 0-$(( LAST_CPU - 1 ))"
  compare 32 32pinned "$ROUNDS"
  WRK_PREFIX=""
  pin "0-$LAST_CPU" $PROXIES $OTHERS
  PINNED=1
else
  echo "[bench] one CPU (or no taskset): the run with the proxy on a CPU of its own is left out"
  PINNED=0
fi

# --- the dossier against its slowest part, fetched alone (1 connection) ---------------------------------------------
LEAD=1b57c000-0000-4000-8000-000000000001
declare -A PART
PART[project]="http://localhost:$PROJECTS/api/v1/projects/$PROJECT"
PART[reports]="http://localhost:$PROJECTS/api/v1/projects/$PROJECT/reports"
PART[allocation]="http://localhost:$FUNDING/api/v1/allocations?projectId=$PROJECT"
PART[funding]="http://localhost:$FUNDING/api/v1/funding-reports/projects/$PROJECT"
PART[agreements]="http://localhost:$PARTNERSHIP/api/v1/agreements?size=200&institutionId=$LEAD"
PART[eligibility]="http://localhost:$PARTNERSHIP/api/v1/eligibility?institutionId=$LEAD"
PART[dispatches]="http://localhost:$PARTNERSHIP/api/v1/dispatches?size=200&projectId=$PROJECT"
# warm: the dossier exercises every part's code in its service (the parts have seen little traffic so far, and a
# JVM needs thousands of requests on a path before it runs compiled code), then each part alone
wrk -t1 -c4 -d30s -H "$AUTH" "http://localhost:$GW/api/v1/dossiers/$PROJECT" > /dev/null
for name in "${!PART[@]}"; do wrk -t1 -c1 -d2s -H "$AUTH" "${PART[$name]}" > /dev/null; done
SLOWEST_NAME=""; SLOWEST_P50=0; SLOWEST_P99=0
for name in "${!PART[@]}"; do
  read -r _ p50 p99 _ <<< "$(measure "${PART[$name]}" 1)"
  if python3 -c "import sys; sys.exit(0 if $p50 > $SLOWEST_P50 else 1)"; then
    SLOWEST_NAME=$name; SLOWEST_P50=$p50; SLOWEST_P99=$p99
  fi
done
read -r DOSSIER_RPS DOSSIER_P50 DOSSIER_P99 DOSSIER_ERRORS DOSSIER_CPU <<< "$(measure_cpu "http://localhost:$GW/api/v1/dossiers/$PROJECT" 1)"
echo "[bench] dossier p50 $DOSSIER_P50 ms, p99 $DOSSIER_P99 ms; slowest part ($SLOWEST_NAME) p50 $SLOWEST_P50 ms, p99 $SLOWEST_P99 ms"

# --- 3. scale: list and search at 1,000, 10,000 and 100,000 rows ------------------------------------------------
BULK=(java -cp "$(ls launcher/target/lib/postgresql-*.jar | head -n 1)" bench/BulkLoad.java)
total() { curl -fs -H "$AUTH" "http://localhost:$GW$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])'; }
# the cursor of the page after the one at $1: with it the last page is read by cursor instead of OFFSET
next_of() { curl -fs -H "$AUTH" "http://localhost:$GW$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["next"])'; }
# one phase: measures the project list (first page, last page, a search) and, when asked, the disbursement list
scale() {
  local phase=$1 disbursements=$2 projects last
  projects=$(total "/api/v1/projects?size=1")
  last=$(( (projects - 1) / 20 ))
  S[${phase}_projects_rows]=$projects
  S[${phase}_projects_first]=$(measure "http://localhost:$GW/api/v1/projects?size=20" 1)
  S[${phase}_projects_deep]=$(measure "http://localhost:$GW/api/v1/projects?size=20&page=$last" 1)
  S[${phase}_projects_cursor]=$(measure "http://localhost:$GW/api/v1/projects?size=20&after=$(next_of "/api/v1/projects?size=20&page=$(( last - 1 ))")" 1)
  S[${phase}_projects_search]=$(measure "http://localhost:$GW/api/v1/projects?size=20&q=euv" 1)
  echo "[bench] $projects projects: first ${S[${phase}_projects_first]} | deep ${S[${phase}_projects_deep]} | deep by cursor ${S[${phase}_projects_cursor]} | search ${S[${phase}_projects_search]}"
  if [ "$disbursements" = "yes" ]; then
    local rows
    rows=$(total "/api/v1/disbursements?size=1")
    last=$(( (rows - 1) / 20 ))
    S[${phase}_disbursements_rows]=$rows
    S[${phase}_disbursements_first]=$(measure "http://localhost:$GW/api/v1/disbursements?size=20" 1)
    S[${phase}_disbursements_deep]=$(measure "http://localhost:$GW/api/v1/disbursements?size=20&page=$last" 1)
    S[${phase}_disbursements_cursor]=$(measure "http://localhost:$GW/api/v1/disbursements?size=20&after=$(next_of "/api/v1/disbursements?size=20&page=$(( last - 1 ))")" 1)
    S[${phase}_disbursements_search]=$(measure "http://localhost:$GW/api/v1/disbursements?size=20&status=PAID" 1)
    echo "[bench] $rows disbursements: first ${S[${phase}_disbursements_first]} | deep ${S[${phase}_disbursements_deep]} | deep by cursor ${S[${phase}_disbursements_cursor]} | status=PAID ${S[${phase}_disbursements_search]}"
  fi
}
declare -A S
"${BULK[@]}" grow $PG 992 992 100 1000
scale small yes
"${BULK[@]}" grow $PG 9992 100000 1000 5000
scale medium yes
"${BULK[@]}" grow $PG 99992 100000 1000 5000
scale large no

# --- 4. money under contention: 32 clients on one budget line, then on 32 lines --------------------------------------
FINANCE=$(java -Dstandards.home="$ROOT" -cp "launcher/target/launcher.jar:launcher/target/lib/*" \
  kr.go.msit.standards.launcher.TokenCommand --role finance-officer --subject bench-finance --hours 2 | tail -n 1)
ENVELOPE=b0000000-0000-4000-8000-000000002025
ONE_ALLOCATION=a1100000-0000-4000-8000-000000000001   # KUS-2025-01
for year in 2025 2026 2027 2028 2029; do
  curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $FINANCE" -H "Content-Type: application/json" \
    -d '{"amountKrw":7500000000}' "http://localhost:$GW/api/v1/budgets/$ENVELOPE/appropriations/$year"
done
# room for 100 requests of 10,000 KRW: 32 clients run it out early, and every request after that must be refused
ONE_LINE_KRW=1000000
ONE_LINE=$(curl -fs -X PUT -H "Authorization: Bearer $FINANCE" -H "Content-Type: application/json" \
  -d "{\"lines\":[{\"fiscalYear\":2026,\"amountKrw\":$ONE_LINE_KRW}]}" \
  "http://localhost:$GW/api/v1/allocations/$ONE_ALLOCATION/lines" | python3 -c 'import json, sys; print(json.load(sys.stdin)["lines"][0]["id"])')
money() {  # lines run -> "requests/s p50 p99 created refused failed"
  BENCH_TOKEN=$FINANCE BENCH_LINES=$1 BENCH_RUN="$2-$(date +%s)" wrk -t2 -c32 -d"$DURATION" --timeout 60s --latency \
    -s bench/disburse.lua "http://localhost:$GW" > "$OUT/wrk.txt" 2>&1
  local rps p50 p99
  read -r rps p50 p99 _ <<< "$(figures "$OUT/wrk.txt")"
  echo "$rps $p50 $p99 $(awk '/^DISBURSE/ {print $2, $3, $4}' "$OUT/wrk.txt")"
}
M_ONE=$(money "$ONE_LINE" one)
ONE_COMMITTED=$(curl -fs -H "Authorization: Bearer $FINANCE" "http://localhost:$GW/api/v1/allocations/$ONE_ALLOCATION" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["lines"][0]["committedKrw"])')
echo "[bench] one line: $M_ONE (requests/s p50 p99 created refused failed); committed $ONE_COMMITTED of $ONE_LINE_KRW KRW"
MANY_LINES=$("${BULK[@]}" lines $PG 32)
M_MANY=$(money "$MANY_LINES" many)
echo "[bench] 32 lines: $M_MANY"
RECONCILIATION=$(curl -fs -H "Authorization: Bearer $FINANCE" "http://localhost:$GW/api/v1/ledger/reconciliation" \
  | python3 -c 'import json, sys; r = json.load(sys.stdin); print(r["clean"], r["allocationsChecked"], r["linesChecked"], r["ledgerEntries"], len(r["differences"]))')
echo "[bench] reconciliation (clean allocations lines entries differences): $RECONCILIATION"

# --- footprint after the load ---------------------------------------------------------------------------------------
declare -A RSS_MB
for module in projects-service funding-service partnership-service gateway; do
  pid=$(module_pid "$module")
  RSS_MB[$module]=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
done

# --- 6. start-up: all four at once on data that exists, then each alone ---------------------------------------------
# the first start above migrated and seeded a fresh database and recorded each module's class-data archive when it
# stopped; a restart is what an operator sees from then on
# "alone" means the rest of the machine idles: after the bulk load PostgreSQL's autovacuum and the services' compiler
# threads keep the CPUs busy for a while, and a start measured then measures them too
cpu_busy_pct() {
  local a b busy all
  read -r -a a < /proc/stat; sleep 2; read -r -a b < /proc/stat
  busy=$(( (b[1] + b[2] + b[3] + b[6] + b[7] + b[8]) - (a[1] + a[2] + a[3] + a[6] + a[7] + a[8]) ))
  all=$(( busy + (b[4] + b[5]) - (a[4] + a[5]) ))
  echo $(( all > 0 ? busy * 100 / all : 0 ))
}
wait_idle() {
  local busy
  for _ in $(seq 1 60); do
    busy=$(cpu_busy_pct)
    [ "$busy" -lt 15 ] && return
  done
  echo "[bench] the machine is still ${busy}% busy after 2 minutes; measuring anyway" >&2
}
echo "[bench] restarting: all four at once, on the first run's data and class-data archives"
stop_system
wait_idle
start_system restart
echo "[bench] restart, launch to ready (ms): $(for m in $MODULES; do printf '%s %s  ' "${m%%:*}" "${READY_MS[restart_${m%%:*}]}"; done)"
# start_alone MODULE PORT: milliseconds from launch to ready of a second copy of MODULE (the running one's JVM
# options, class-data archive and environment, on PORT + 300) while the rest of the system idles; stopped after
start_alone() {
  local module=$1 port=$(( $2 + 300 )) source pid ms env_vars command
  source=$(module_pid "$module")
  mapfile -t env_vars < <(tr '\0' '\n' < "/proc/$source/environ" | grep -vE '^QUARKUS_(HTTP|MANAGEMENT)_PORT=')
  mapfile -t command < <(tr '\0' '\n' < "/proc/$source/cmdline" | grep -v '^-XX:ArchiveClassesAtExit=')
  (cd "$(readlink "/proc/$source/cwd")" && exec env -i "${env_vars[@]}" QUARKUS_HTTP_PORT=$port \
    QUARKUS_MANAGEMENT_PORT=$((port + 1000)) "${command[@]}") > "$OUT/alone-$module.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null --max-time 1 "http://localhost:$((port + 1000))/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "[bench] $module alone did not start; see $OUT/alone-$module.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(since_launch_ms "$pid")
  echo "$ms $(start_cpu_ms "$pid")"
  kill -TERM "$pid" && wait "$pid" 2>/dev/null || true
}
# start_cpu_ms PID: the CPU time a JVM has used so far (ms): the whole process's (threads that have ended
# included), and its JIT compiler threads'
start_cpu_ms() {
  local all jit=0 task name
  all=$(sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}')
  for task in /proc/"$1"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    case "$name" in
      "C1 Compiler"*|"C2 Compiler"*) jit=$(( jit + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}') ));;
    esac
  done
  echo $(( all * 1000 / HZ )) $(( jit * 1000 / HZ ))
}
declare -A ALONE_MS ALONE_CPU
for module_port in $MODULES; do
  module=${module_port%%:*}
  runs=""; cpu=""
  for _ in 1 2 3; do
    wait_idle
    read -r ms all jit < <(start_alone "$module" "${module_port##*:}")
    runs="$runs $ms"; cpu="$cpu $all:$jit"
  done
  ALONE_MS[$module]=$runs
  ALONE_CPU[$module]=$cpu
  echo "[bench] $module alone, launch to ready (ms):$runs; CPU used by then, all:JIT (ms):$cpu"
done

# --- the report -----------------------------------------------------------------------------------------------------
export RUN_AT="$(date -u '+%Y-%m-%d %H:%M')"
export DURATION WARMUP ROUNDS PINNED DOSSIER_P50 DOSSIER_P99 DOSSIER_ERRORS DOSSIER_CPU SLOWEST_NAME SLOWEST_P50 SLOWEST_P99
export M_ONE M_MANY ONE_COMMITTED ONE_LINE_KRW RECONCILIATION
for k in "${!S[@]}"; do export "S_$k=${S[$k]}"; done
for k in "${!R[@]}"; do export "R_$k=${R[$k]}"; done
for k in "${!READY_MS[@]}"; do export "READY_${k//-/_}=${READY_MS[$k]}"; done
for k in "${!ALONE_MS[@]}"; do export "ALONE_${k//-/_}=${ALONE_MS[$k]}"; done
for k in "${!ALONE_CPU[@]}"; do export "ALONECPU_${k//-/_}=${ALONE_CPU[$k]}"; done
export BENCH_OUT="$OUT" ROUNDS_ONE
for k in "${!RSS_MB[@]}"; do export "RSS_${k//-/_}=${RSS_MB[$k]}"; done
export MACHINE="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(uname -sr), modules on $("$MODULE_JAVA" -version 2>&1 | head -n 1), wrk $(wrk --version 2>&1 | head -n1 | awk '{print $2}'), nginx $(nginx -v 2>&1 | cut -d/ -f2)"
# the figures as measured, so that a change to the report can be tried on them: see REPORT_ONLY above
export -p | grep -E ' (R|S|READY|ALONE|ALONECPU|RSS|M)_|(DOSSIER|SLOWEST)_|(RUN_AT|ONE_COMMITTED|ONE_LINE_KRW|RECONCILIATION|DURATION|WARMUP|ROUNDS|ROUNDS_ONE|PINNED|MACHINE|BENCH_OUT)=' > "$OUT/figures.env"
python3 "$ROOT/bench/report.py" | tee "$ROOT/bench/RESULTS.md"
echo "[bench] wrote bench/RESULTS.md"
