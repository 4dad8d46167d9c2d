#!/usr/bin/env bash
# The warranty benchmark (issue 17), one command:  bench/run-warranty.sh
#
# Starts a fresh MariaDB and the packaged app on it (prod profile, dev-key tokens), then, in one run
# (io.fieldback.bench.warranty.WarrantyBench):
#   1. bulk claims: seeds one dealer, its station, rate and catalogue, and one completed visit per claim (JDBC);
#      one warm-up request, then BENCH_CLAIM_REQUESTS requests of BENCH_CLAIM_BATCH claims (2-4 lines each,
#      submit: true) through PUT /api/v1/dealer/warranty-claims, one at a time; beside each, the baseline: the
#      same claim and line rows in one plain-JDBC batched transaction; the two alternate which goes first;
#   2. settlement: seeds BENCH_SETTLE_LINES approved claims decided two months ago over BENCH_SETTLE_STATIONS
#      stations; times the hand-written SQL (INSERT ... SELECT ... GROUP BY into shadow tables, one transaction)
#      and then POST /api/v1/warranty/settlements?month= for that month, and checks both made the same batches;
# prints the figures with their ratios and records a line in bench/RESULTS.md.
#
# Settings (environment): BENCH_CLAIM_REQUESTS (20), BENCH_CLAIM_BATCH (5000), BENCH_SETTLE_STATIONS (500),
# BENCH_SETTLE_LINES (200000), BENCH_PORT (18080), BENCH_APP_ENV, BENCH_APP_JAVA_OPTS,
# BENCH_RECORD (1; 0 = write the line under target/bench/run/ instead of RESULTS.md).
source "$(dirname "$0")/lib.sh"
bench_init "$@"

REQUESTS="${BENCH_CLAIM_REQUESTS:-20}"
BATCH="${BENCH_CLAIM_BATCH:-5000}"
STATIONS="${BENCH_SETTLE_STATIONS:-500}"
LINES="${BENCH_SETTLE_LINES:-200000}"
started=$(date +%s)

bench_build
bench_start_db
bench_start_app   # Liquibase creates the schema at start; the seed comes after

notes="$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start${BENCH_APP_ENV:+, $BENCH_APP_ENV}${BENCH_APP_JAVA_OPTS:+, $BENCH_APP_JAVA_OPTS}"
results="$ROOT/bench/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$RUN_DIR/RESULTS.md"
bench_log "bulk claims: 1 warm-up + $REQUESTS requests of $BATCH, then settlement of $LINES claims over $STATIONS stations"
status=0
bench_java warranty.WarrantyBench "$BASE_URL" "$BENCH_JDBC_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$RUN_DIR" \
    "$results" "$(bench_commit)" "$notes" "$REQUESTS" "$BATCH" "$STATIONS" "$LINES" || status=$?
bench_log "done in $(( $(date +%s) - started )) s; logs and raw figures in $BENCH_DIR"
exit $status
