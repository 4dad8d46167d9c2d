#!/usr/bin/env bash
# The dealer-sync benchmark (issue 4), one command:  bench/run-repair-orders.sh
#
# Starts a fresh MariaDB and the packaged app on it, seeds 5 dealers with their stations, customers and
# machines (Seed, no visits) and, as the API would have stored them, the 50,000 REQUESTED repair orders
# that the run updates; then, all in this one run:
#   1. upserts 100,000 repair orders in 20 batches of 5,000 through PUT /api/v1/dealer/repair-orders, each
#      batch half new orders (COMPLETED) and half updates (REQUESTED -> COMPLETED), as dealer 0's DMS;
#      beside every API batch, the baseline: the same 5,000 visits rows in one plain-JDBC batched INSERT
#      (rewriteBatchedStatements=true) into the same table; the two alternate which goes first;
#   2. reads dealer 0's change feed, GET /api/v1/dealer/changes?after=&limit=1000, from start to end:
#      100,000 events, one "visit.status-changed" per new order and one per updated order;
# prints rows/s and events/s with the ratio to the baseline and its target, and records a line in
# bench/RESULTS.md.
#
# Settings (environment): BENCH_ORDERS (100000), BENCH_BATCH (5000), BENCH_WARMUP_BATCHES (1),
# BENCH_FEED_LIMIT (1000), BENCH_FULL_BASELINE (0; 1 = also time, per batch, plain JDBC writing every row
# the API writes: about a minute more), BENCH_PORT (18080), BENCH_APP_ENV (extra env for the app),
# BENCH_APP_JAVA_OPTS (extra JVM arguments for the app), BENCH_RECORD (1; 0 = do not write to RESULTS.md),
# BENCH_ATTRIBUTE (0; 1 = the server's general log during the last warm-up request, counted by connection: the
# request's own statements apart from the app's background work in the same window, in $RUN_DIR/attribution.txt;
# give BENCH_WARMUP_BATCHES=2 so that the first warm-up batch's background work falls in that window).
source "$(dirname "$0")/lib.sh"
bench_init "$@"

ORDERS="${BENCH_ORDERS:-100000}"
BATCH="${BENCH_BATCH:-5000}"
WARMUP_BATCHES="${BENCH_WARMUP_BATCHES:-1}"
FEED_LIMIT="${BENCH_FEED_LIMIT:-1000}"
FULL=false
[ "${BENCH_FULL_BASELINE:-0}" = 1 ] && FULL=true
started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

if (( ORDERS % BATCH != 0 || BATCH % 2 != 0 )); then
    bench_log "BENCH_ORDERS must be a multiple of BENCH_BATCH, and BENCH_BATCH even"
    exit 1
fi

bench_build
bench_start_db
bench_start_app   # Liquibase creates the schema at start; the seed comes after

bench_log "seeding dealers, stations, customers and machines (no visits)"
bench_java visits.VisitSeed "$BENCH_JDBC_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$RUN_DIR" 0
bench_log "seeding the $((ORDERS / 2)) repair orders to be updated (REQUESTED, as the API stores them)"
bench_java repairorders.RepairOrderBench seed "$BENCH_JDBC_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$RUN_DIR" \
    "$ORDERS" "$BATCH" "$WARMUP_BATCHES" "$FULL"

bench_log "upsert: $WARMUP_BATCHES warm-up batches, then $((ORDERS / BATCH)) batches of $BATCH, API and JDBC baseline alternating"
bench_java repairorders.RepairOrderBench load "$BASE_URL" "$BENCH_JDBC_URL" "$RUN_DIR" "$ORDERS" "$BATCH" "$WARMUP_BATCHES" "$FULL"

bench_log "change feed: reading $ORDERS events in pages of $FEED_LIMIT"
bench_java repairorders.RepairOrderBench feed "$BASE_URL" "$BENCH_JDBC_URL" "$RUN_DIR" "$ORDERS" "$FEED_LIMIT"

# the machine is shared: the load average (1, 5, 15 min) at the start and at the end of the run says what else ran
notes="$(nproc) cores, load average $load_start at start, $(cut -d' ' -f1-3 /proc/loadavg) at end, $((ORDERS / BATCH))x$BATCH orders, $WARMUP_BATCHES warm-up batch(es)${BENCH_APP_ENV:+, $BENCH_APP_ENV}${BENCH_APP_JAVA_OPTS:+, $BENCH_APP_JAVA_OPTS}"
results="$ROOT/bench/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$RUN_DIR/RESULTS.md"
status=0
bench_java repairorders.RepairOrderReport "$RUN_DIR" "$results" "$(bench_commit)" "$notes" || status=$?
bench_log "done in $(( $(date +%s) - started )) s; logs and raw figures in $BENCH_DIR"
exit $status
