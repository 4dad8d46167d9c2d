#!/usr/bin/env bash
# The insights benchmark (issue 8), one command:  bench/run-insights.sh
#
# Starts a fresh MariaDB and the packaged app (prod profile) on it, seeds with the follow-up benchmark's
# generator (followups.FollowupSeed: 200,000 customers with a contact each, 1,000,000 closed follow-up calls
# over two years) plus insights.InsightsSeed (stations and machines for every call, perfunctory flags,
# the questionnaire's answers, ~100,000 vendor survey rows, ~100,000 complaints with clocks), then times each
# insights report endpoint against the hand-written SQL that computes the same numbers, alternating in the
# same run. Prints medians and ratios (target: API <= 1.5 x SQL) and appends a line to bench/RESULTS.md.
#
# Settings (environment): BENCH_CUSTOMERS (200000), BENCH_PAST_CALLS (1000000), BENCH_ROUNDS (5),
# BENCH_PORT (18082), BENCH_RECORD (1; 0 = write the line under target/bench-insights/run/ instead).
# Quick run (a few minutes): BENCH_CUSTOMERS=20000 BENCH_PAST_CALLS=100000 BENCH_ROUNDS=3 BENCH_RECORD=0 bench/run-insights.sh
#
# Harness: bench/lib.sh (its own work directory target/bench-insights/ and port); tools: io.fieldback.bench.insights
# and io.fieldback.bench.followups in the bench module (bench/pom.xml).
BENCH_WORK=bench-insights
BENCH_PORT="${BENCH_PORT:-18082}"
# as before this benchmark moved onto bench/lib.sh: the app's per-caller limits stay on
BENCH_LIMITS_ENABLED="${BENCH_LIMITS_ENABLED:-true}"
source "$(dirname "$0")/lib.sh"
bench_init "$@"
ROUNDS="${BENCH_ROUNDS:-5}"
started=$(date +%s)

bench_build
bench_start_db
bench_start_app   # Liquibase creates the schema at start; the seed comes after

bench_log "seeding by JDBC batch (the follow-up generator), then the insights data (server-side SQL)"
bench_java followups.FollowupSeed "$BENCH_JDBC_URL" "${BENCH_CUSTOMERS:-200000}" "${BENCH_PAST_CALLS:-1000000}" 0
bench_java insights.InsightsSeed "$BENCH_JDBC_URL"

results="$ROOT/bench/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$RUN_DIR/RESULTS.md"
bench_log "timing each report against its SQL, $ROUNDS rounds each"
status=0
bench_java insights.InsightsBench "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$BENCH_JDBC_URL" "$results" \
    "$(bench_commit)" "$ROUNDS" || status=$?
bench_log "done in $(( $(date +%s) - started )) s ($(nproc) cores); logs in $BENCH_DIR"
exit $status
