#!/usr/bin/env bash
# Group page figures (see docs/benchmarks.md): statements per page for 5 vs 200 members and
# server time of a 200-member group page. Runs GroupPageFigureTests on the embedded PostgreSQL.
# Usage: bench/groups/run.sh   (from anywhere; takes the test lock shared with other test runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
flock /tmp/gemeinsinn-test.lock ./mvnw -q -B verify -Dtest=GroupPageFigureTests \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=browser
cat target/figures/groups-page-*.txt
