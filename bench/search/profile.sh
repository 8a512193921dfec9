#!/usr/bin/env bash
# Single-threaded engine cost per query (no HTTP, no PostgreSQL), not part of `mvn verify`.
# Usage: bench/search/profile.sh [docs=100000] [rounds=3] [per-query listing: any third argument]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -o test-compile -Dspotless.check.skip=true -Dspotless.apply.skip=true
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -XX:+UseParallelGC ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  de.gemeinsinn.search.bench.SearchProfile "$@"
