#!/usr/bin/env bash
# The follow-up calls benchmark (issue 5), one command:  bench/run-followups.sh
#
# Starts a fresh MariaDB and the packaged app (prod profile) on it, seeds by JDBC batch 200,000 customers
# with a preferred contact each, 1,000,000 past (closed) follow-up calls and 50,000 open calls due in the
# last three days (the queue; 30% of their contacts have a call window, half of those not open now), then
# 20 agents claim-and-complete in parallel: POST /api/v1/followups/next, then POST .../attempts.
# Prints claims/s, the latency of `next` (p50/p95/p99) and of the attempt, and proves by count that no call
# was handed out twice (no call id given to two agents; in the database no call has two attempts and the
# attempts equal the calls handed out). Appends a line to bench/followups/RESULTS.md.
#
# Settings (environment): BENCH_SECONDS (30), BENCH_WARMUP (5), BENCH_AGENTS (20), BENCH_CUSTOMERS (200000),
# BENCH_PAST_CALLS (1000000), BENCH_OPEN_CALLS (50000), BENCH_PORT (18081), BENCH_RECORD (1; 0 = do not append).
#
# Harness: bench/lib.sh (its own work directory target/bench-followups/ and port, so it can run beside another
# benchmark); tools: io.fieldback.bench.followups (FollowupSeed, Load) in the bench module (bench/pom.xml).
BENCH_WORK=bench-followups
BENCH_PORT="${BENCH_PORT:-18081}"
# as before this benchmark moved onto bench/lib.sh: the app's per-caller limits stay on (each agent is one caller)
BENCH_LIMITS_ENABLED="${BENCH_LIMITS_ENABLED:-true}"
source "$(dirname "$0")/lib.sh"
bench_init "$@"
SECONDS_RUN="${BENCH_SECONDS:-30}"
WARMUP="${BENCH_WARMUP:-5}"
AGENTS="${BENCH_AGENTS:-20}"
started=$(date +%s)

bench_build
bench_start_db
bench_start_app   # Liquibase creates the schema at start; the seed comes after

bench_log "seeding by JDBC batch"
bench_java followups.FollowupSeed "$BENCH_JDBC_URL" "${BENCH_CUSTOMERS:-200000}" "${BENCH_PAST_CALLS:-1000000}" \
    "${BENCH_OPEN_CALLS:-50000}"

results="$ROOT/bench/followups/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$RUN_DIR/RESULTS.md"
bench_log "load: $AGENTS agents claim and complete for ${WARMUP}s warm-up + ${SECONDS_RUN}s"
status=0
bench_java followups.Load "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$BENCH_JDBC_URL" "$AGENTS" \
    "$WARMUP" "$SECONDS_RUN" "$results" "$(bench_commit)" || status=$?
bench_log "done in $(( $(date +%s) - started )) s ($(nproc) cores); logs in $BENCH_DIR"
exit $status
