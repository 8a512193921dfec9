#!/usr/bin/env bash
# Runs Gemeinsinn at http://localhost:8080 with an embedded PostgreSQL (data in ./data) and demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -Dspotless.goal=check -Dspotless.skip=true spring-boot:run "$@"
