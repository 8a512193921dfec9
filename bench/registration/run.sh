#!/usr/bin/env bash
# Registration burst: N simultaneous registrations for an event with S seats, against the app
# started with `java -jar` on its embedded PostgreSQL. Checks exact counts and FIFO, prints
# latency percentiles, and the database's own count at the end.
# Usage: bench/registration/run.sh [requests=1000] [seats=100] [concurrency=requests] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}; seats=${2:-100}; conc=${3:-$n}; rounds=${4:-3}
jar=$(ls target/gemeinsinn-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/gemeinsinn-*.jar | head -1); fi
port=${SERVER_PORT:-8092}
dir=$(mktemp -d /tmp/events-bench.XXXX)
token=bench-admin-token-0123456789abcdef
GEMEINSINN_DATA_DIR="$dir" SERVER_PORT=$port GEMEINSINN_DEMO_DATA=true \
  GEMEINSINN_ADMIN_EMAIL=bench@example.org GEMEINSINN_ADMIN_PASSWORD=Bench-Passwort-123 GEMEINSINN_ADMIN_TOKEN=$token \
  java ${APP_JAVA_OPTS:-} -jar "$jar" >"${APP_LOG:-$dir/app.log}" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
  sleep 0.2
  kill -0 $pid 2>/dev/null || { echo "app died, see $dir/app.log" >&2; cat "$dir/app.log" | tail -30; exit 1; }
done
sleep 3 # demo data and index rebuild settle
for r in $(seq 1 "$rounds"); do
  sleep "${PAUSE:-10}" # the previous round's confirmation mails go out first: a burst meets an idle app
  id=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/events" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Lasttest $r\",\"startsAt\":\"2030-05-20T10:00:00+02:00\",\"endsAt\":\"2030-05-20T16:00:00+02:00\",\"regionCode\":\"west\",\"venue\":{\"name\":\"Halle\",\"city\":\"Bottrop\"},\"capacity\":$seats}" \
    | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
  java bench/registration/RegistrationBench.java "http://127.0.0.1:$port" "$id" "$n" "$conc" "${MODE:-open}"
  curl -sf "http://127.0.0.1:$port/api/v1/events/$id/registrations/summary" -H "Authorization: Bearer $token"; echo
done
