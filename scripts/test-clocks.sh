#!/usr/bin/env bash
# Runs the whole test suite with the kit clock set to each day that once broke date-dependent tests:
# the last day of a year, the first Monday after New Year, the last day of February, and an instant
# early on a Saturday in every agency's zone (a half-day session, and a clock behind the database's).
# `npm test` alone runs on the real clock. Pass days to run other ones: npm run test:clocks -- 2027-06-30
set -euo pipefail
cd "$(dirname "$0")/.."
days=("$@")
[ ${#days[@]} -gt 0 ] || days=(2026-12-31 2027-01-04 2027-02-28 2026-12-05T01:09:00+08:00)
for day in "${days[@]}"; do
  echo "=== npm test with SATUPINTU_CLOCK=$day ==="
  SATUPINTU_CLOCK="$day" npm test
done
