#!/usr/bin/env bash
# Runs the whole system locally: PostgreSQL 17 from embedded binaries (data in .data/, kept across restarts),
# projects-service, funding-service, partnership-service and the gateway. Needs only a JDK 17+; Maven comes
# through ./mvnw.
#
#   ./run.sh            build (skip with SKIP_BUILD=1) and start; Ctrl-C stops everything
#   ./run.sh stop       stop a running ./run.sh from another terminal
#   ./run.sh token --role ROLE [--role ROLE2] [--institution ID] [--subject NAME] [--hours N]
#                       print a bearer token for the running system (its last line of output)
#
# Ports: gateway 8080 (RUN_GATEWAY_PORT), services on the next three ports, PostgreSQL 15432 (RUN_POSTGRES_PORT);
# health and metrics on each module's management port, its port + 1000 (gateway 9080, services 9081-9083).
set -euo pipefail
cd "$(dirname "$0")"

case "${1:-start}" in
  start)
    if [ "${SKIP_BUILD:-0}" != "1" ]; then
      echo "[run] building (./mvnw package -DskipTests); set SKIP_BUILD=1 to skip"
      ./mvnw -q -B package -DskipTests
    fi
    exec java -Dstandards.home="$PWD" -cp "launcher/target/launcher.jar:launcher/target/lib/*" kr.go.msit.standards.launcher.RunCommand
    ;;
  stop)
    if [ ! -f .data/run.pid ]; then
      echo "[run] nothing is running (no .data/run.pid)"
      exit 0
    fi
    pid="$(cat .data/run.pid)"
    if kill -TERM "$pid" 2>/dev/null; then
      echo "[run] stopping (pid $pid)"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
      echo "[run] stopped"
    else
      echo "[run] process $pid is not running; removing stale .data/run.pid"
      rm -f .data/run.pid
    fi
    ;;
  token)
    shift
    if [ ! -f launcher/target/launcher.jar ]; then
      echo "[token] building the launcher (./mvnw package -pl launcher -am -DskipTests)" >&2
      ./mvnw -q -B package -pl launcher -am -DskipTests >&2
    fi
    exec java -Dstandards.home="$PWD" -cp "launcher/target/launcher.jar:launcher/target/lib/*" kr.go.msit.standards.launcher.TokenCommand "$@"
    ;;
  *)
    echo "usage: ./run.sh [start|stop|token --role ROLE ...]" >&2
    exit 2
    ;;
esac
