#!/usr/bin/env bash
# Measures time from `java -jar` to GET /actuator/health = UP, on a warm data directory
# (second and later starts) and on a first start with an empty one.
# Usage: bench/startup/run.sh [runs=5]   (prints a Markdown table for docs/benchmarks.md; also in target/benchmarks-startup.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=$(ls target/gemeinsinn-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/gemeinsinn-*.jar | head -1); fi
port=18080
dir=$(mktemp -d)
measure() {
  local start end pid
  start=$(date +%s%N)
  GEMEINSINN_DATA_DIR="$dir" SERVER_PORT=$port java -jar "$jar" >"$dir/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
    sleep 0.05
    if ! kill -0 $pid 2>/dev/null; then echo "app died, see $dir/app.log" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
first=$(measure)
warm=()
for i in $(seq 1 "$runs"); do warm+=("$(measure)"); done
sorted=$(printf '%s\n' "${warm[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
max=$(echo "$sorted" | tail -1)
cpu=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2 | xargs)
{
  echo "## Start-up time (time to healthy)"
  echo
  echo "Command: \`bench/startup/run.sh $runs\` — $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $(java -version 2>&1 | head -1)."
  echo
  echo "| start | time to \`/actuator/health\` UP |"
  echo "|---|---|"
  echo "| first start (empty data dir: initdb, migrations, demo data, index build) | ${first} ms |"
  echo "| warm start, median of $runs | ${median} ms |"
  echo "| warm start, slowest of $runs | ${max} ms |"
} > target/benchmarks-startup.md
cat target/benchmarks-startup.md
rm -rf "$dir"
