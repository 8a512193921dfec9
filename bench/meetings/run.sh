#!/usr/bin/env bash
# Meetings figures (see docs/benchmarks.md, section "Meetings"): seeds a public group with 200
# members, 150 meetings (4 agenda items and 1 decision each) and 1,500 action items, plus a second
# group with 500 meetings for the same person, then measures (MockMvc, whole Spring MVC stack and
# Thymeleaf, no network) median and p95 of 200 requests after 50 warm-up requests for the group
# page, "Meine Aufgaben" and the personal iCal feed, and counts SQL statements per page for a
# small and the large group (they must be equal). Runs MeetingsFigureTests on the embedded
# PostgreSQL. Usage: bench/meetings/run.sh (takes the test lock shared with other test runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
flock /tmp/gemeinsinn-test.lock ./mvnw -q -B verify -Dtest=MeetingsFigureTests \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=browser
cat target/figures/meetings.txt
