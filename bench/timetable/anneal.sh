#!/usr/bin/env bash
# Long single-threaded annealing runs (for the "best known" totals) and move-rate profiling.
# Usage: bench/timetable/anneal.sh SECONDS SEED instance files...   (run bench/timetable/run.sh
# once before, it generates the instances and the classpath file)
# Prints per file: total, iterations and moves per CPU second of the annealing thread.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -o test-compile -Dspotless.check.skip=true -Dspotless.apply.skip=true
seconds="$1"; seed="$2"; shift 2
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  de.gemeinsinn.timetable.AnnealProbe "$seconds" "$seed" "$@"
