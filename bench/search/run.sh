#!/usr/bin/env bash
# Lucene vs PostgreSQL full-text search benchmark (not part of `mvn verify`).
# Usage: bench/search/run.sh [sizes=10000,100000] [seconds per run=20] [clients=32]
# Starts the whole app (embedded PostgreSQL, random port), loads the generated documents into
# both engines and prints a Markdown table. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -o test-compile -Dspotless.check.skip=true -Dspotless.apply.skip=true
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  de.gemeinsinn.search.bench.SearchBenchmark "${1:-10000,100000}" "${2:-20}" "${3:-32}"
