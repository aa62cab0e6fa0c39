#!/usr/bin/env bash
# Times Jol's cold start (issue 9, point 4): from launch until /actuator/health/readiness
# answers 200. Not a test: run by hand, results go to docs/benchmarks.md ("Cold start").
#
#   src/jmh/scripts/cold-start.sh DATA_FOLDER [PORT] [java options...]
#
# Environment: JOL_DIR (where to start, default .), JAR (default target/jol-0.1.0-SNAPSHOT.jar),
# JAVA (default Temurin 25). With the AOT cache: JOL_DIR=/opt/jol JAR=jol-0.1.0-SNAPSHOT.jar
# src/jmh/scripts/cold-start.sh DATA 8097 -XX:AOTCache=jol.aot (README, "Benchmarks").
set -euo pipefail
DATA=${1:?usage: cold-start.sh DATA_FOLDER [PORT] [java options...]}
PORT=${2:-8097}
shift $(( $# >= 2 ? 2 : 1 ))
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
LOG=$(mktemp)
cd "${JOL_DIR:-.}"
start=$(date +%s.%N)
"$JAVA" "$@" -jar "${JAR:-target/jol-0.1.0-SNAPSHOT.jar}" \
  --jol.embedded-postgres.data-directory="$DATA" --server.port="$PORT" > "$LOG" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health/readiness"; do
  sleep 0.05
  kill -0 "$pid" 2>/dev/null || { echo "Jol ended before it was ready: $LOG"; exit 1; }
done
end=$(date +%s.%N)
echo "ready after $(echo "$end - $start" | bc) s; $(grep -o 'Started JolApplication in [0-9.]* seconds' "$LOG")"
kill "$pid"; wait "$pid" 2>/dev/null || true
