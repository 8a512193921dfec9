#!/usr/bin/env bash
# Runs Gemeinsinn at http://localhost:8080 with an embedded PostgreSQL (data in ./data) and demo data.
# For local trials it also sets up a network admin (admin@example.org / Demo-Passwort-2026) unless
# GEMEINSINN_ADMIN_EMAIL is set; demo people are listed in docs/demo-accounts.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export GEMEINSINN_ADMIN_EMAIL="${GEMEINSINN_ADMIN_EMAIL:-admin@example.org}"
export GEMEINSINN_ADMIN_PASSWORD="${GEMEINSINN_ADMIN_PASSWORD:-Demo-Passwort-2026}"
exec ./mvnw -B -q -Dspotless.skip=true spring-boot:run "$@"
