#!/usr/bin/env bash
# Timetable solver benchmark (not part of `mvn verify`).
# Usage: bench/timetable/run.sh [seconds per run=5] [modes=ls,def] [instance files...]
# Modes: def = production default (assignment bound, up to 80 sessions the collision bound of
# ADR 0032, then a second annealing run); ls = annealing only; ab2 = assignment bound (LP) + second
# annealing run (ADR 0031's default); ab = bound + one annealing run; cp1/cp2 = bound + CP-SAT slot relaxation (1/2 workers);
# old = CP-SAT slot relaxation without the assignment bound (ADR 0030 as merged).
# Timefold 1.32 (test scope, docs/adr/0033): tf = constraint streams (tfj: join-based attendance), tfi = incremental score
# calculator (Timefold's default phases: first fit + late acceptance), tfit / tfid = incremental +
# tabu search / diversified late acceptance, tf2 / tfi2 = moveThreadCount 2 (Enterprise Edition
# only: the row says so). Timefold plans are re-scored with our evaluator (column total).
# Wrap runs in `flock /tmp/gemeinsinn-bench.lock` on a shared machine.
# Regenerates the seeded instances and the converted shared data sets, then prints a Markdown
# table (one row per instance and mode). Run from anywhere; needs python3 and the shared data
# under ../shared/data/barcamp (relative to the repository root's parent).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=bench/timetable/instances
mkdir -p "$dir"
python3 bench/timetable/generate.py 40 5 8 150 1 > "$dir/gen-40s-5r-8t-150p.json"
python3 bench/timetable/generate.py 60 6 10 300 2 > "$dir/gen-60s-6r-10t-300p.json"
python3 bench/timetable/generate.py 120 10 12 800 3 > "$dir/gen-120s-10r-12t-800p.json"
if [ -d ../shared/data/barcamp ]; then python3 bench/timetable/convert.py ../shared/data/barcamp "$dir"; fi
./mvnw -q -B -o test-compile -Dspotless.check.skip=true -Dspotless.apply.skip=true
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
seconds="${1:-5}"; modes="${2:-ls,def}"; shift $(( $# > 2 ? 2 : $# )) || true
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=("$dir"/*.json); fi
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  de.gemeinsinn.timetable.TimetableBenchmark "$seconds" "$modes" "${files[@]}"
