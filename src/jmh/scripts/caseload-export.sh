#!/usr/bin/env bash
# Times the caseload export (issue 9, point 4) on generated national data and watches the heap.
# Not a test: run by hand, results go to docs/benchmarks.md ("Case-list export").
#
#   src/jmh/scripts/caseload-export.sh DATA_FOLDER [HEAP] [PORT]
#
# DATA_FOLDER  an embedded PostgreSQL folder filled by the generator (README, "Benchmarks"),
#              e.g. a copy of /tmp/jolgen-10x. Jol migrates it (adds V43/V44: a small table and
#              two indexes, built once) and, when the generator made no republic-level head,
#              adds one user, bench.head.republic (password Jol-demo-2026), copied from a
#              generated region head. Run it on a copy if the folder must stay as generated.
# HEAP         the JVM's -Xmx (default 256m): the export must work within it.
# PORT         Jol's HTTP port (default 8193).
#
# Needs target/jol-0.1.0-SNAPSHOT.jar (./mvnw -DskipTests package), psql, curl and JDK 21+
# (JAVA, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java). Prints per export: HTTP status,
# time to first byte, total time, bytes, rows; the heap after each GC during the export (from
# the GC log) and the largest "used" of jcmd GC.heap_info sampled every half second; the load
# average before and after. Stops Jol at the end.
set -euo pipefail

DATA=${1:?usage: caseload-export.sh DATA_FOLDER [HEAP] [PORT]}
HEAP=${2:-256m}
PORT=${3:-8193}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JCMD=$(dirname "$JAVA")/jcmd
JAR=${JAR:-target/jol-0.1.0-SNAPSHOT.jar}
OUT=${OUT:-target/caseload-export-bench}
USER_NAME=bench.head.republic
PASSWORD=Jol-demo-2026
mkdir -p "$OUT"

crons=()
for c in jol.actionplan.sweep-cron jol.idempotency.cleanup-cron \
    jol.interaction.decision-sweep-cron jol.notification.mail.send-cron \
    jol.reintegration.sweep-cron jol.routing.sla-cron jol.routing.sweep-cron \
    jol.supervision.sweep-cron; do
  crons+=("--$c=-")
done

echo "starting Jol on $DATA with -Xmx$HEAP, port $PORT"
"$JAVA" -Xmx"$HEAP" -Xlog:gc:file="$OUT/gc.log":uptime -jar "$JAR" \
  --jol.embedded-postgres.data-directory="$DATA" --jol.embedded-postgres.clean-on-start=false \
  --jol.demo-data.enabled=false --server.port="$PORT" "${crons[@]}" > "$OUT/jol.log" 2>&1 &
JOL=$!
trap 'kill $JOL 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 $JOL 2>/dev/null || { echo "Jol stopped, see $OUT/jol.log"; exit 1; }
  sleep 2
done

PG_PORT=$(sed -n 4p "$DATA/postmaster.pid")
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -d postgres -Atq)
"${PSQL[@]}" -c "
  insert into app_user (id, username, password_hash, full_name, role, organisation_id,
                        territory_code)
  select gen_random_uuid(), '$USER_NAME', password_hash, 'Benchmark Republic Head',
         'PROBATION_HEAD', organisation_id, '000000000'
    from app_user where role = 'PROBATION_HEAD' and enabled order by username limit 1
  on conflict (username) do nothing"
echo "cases: $("${PSQL[@]}" -c "select string_agg(state || ' ' || n, ', ') from
  (select state, count(*) n from probation_case group by state order by state) s")"

export_once() { # $1 name, $2 address with query
  local name=$1 url=$2 max=0 used
  local started
  started=$(awk '{print $1}' /proc/uptime)
  echo "-- $name: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  curl -s -u "$USER_NAME:$PASSWORD" -o "$OUT/$name" \
    -w "   status %{http_code}, first byte %{time_starttransfer} s, total %{time_total} s, %{size_download} bytes\n" \
    "http://localhost:$PORT$url" &
  local curl_pid=$!
  while kill -0 $curl_pid 2>/dev/null; do
    used=$("$JCMD" $JOL GC.heap_info 2>/dev/null | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1)
    [[ -n "$used" && "$used" -gt "$max" ]] && max=$used
    sleep 0.5
  done
  wait $curl_pid
  case $name in
    *.csv) echo "   rows: $(( $(wc -l < "$OUT/$name") - 1 ))" ;;
  esac
  echo "   heap used, largest sample: $((max / 1024)) MB (of -Xmx$HEAP)"
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Warm-up (JIT, caches): one open-case export first.
export_once warmup.csv "/api/v1/caseload.csv?lang=ru"
for round in 1 2; do
  export_once "all-$round.csv" "/api/v1/caseload.csv?state=ALL&lang=ru"
  export_once "all-$round.xlsx" "/api/v1/caseload.xlsx?state=ALL&lang=ru"
  export_once "open-$round.csv" "/api/v1/caseload.csv?lang=ru"
done
echo "GC log (heap before->after each collection): $OUT/gc.log"
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$OUT/gc.log" | tail -20 | tr '\n' ' '
echo
