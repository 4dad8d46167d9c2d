#!/usr/bin/env bash
# The booking benchmarks (issue 18), one command:  bench/run-booking.sh
#
# Starts a fresh MariaDB and the packaged app, then
#  1. the booking race: BENCH_CLIENTS (200) callers at once book the 100 places of one station-day (50 slots x 2
#     bays): exactly 100 must be confirmed and the rest 409; then that station's free slots over 30 days are read
#     BENCH_SAMPLES (200) times (p50, p99);
#  2. the free-slot search: BENCH_STATIONS (500) stations with capacity and taken places over BENCH_DAYS (30) days,
#     BENCH_SEARCHES (200) searches from random points, the API against the hand-written SQL giving the same list
#     (p50, p99, ratio; target <= 1.5).
# Each appends a row to its section of bench/RESULTS.md (BENCH_RECORD=0: to target/bench-booking/run/ instead),
# with the machine's load average at the start and the end in the notes.
BENCH_WORK=bench-booking
BENCH_PORT="${BENCH_PORT:-18085}"
source "$(dirname "$0")/lib.sh"
bench_init "$@"
CLIENTS="${BENCH_CLIENTS:-200}"
SAMPLES="${BENCH_SAMPLES:-200}"
results="$(bench_results)"

bench_build
bench_start_db
bench_start_app
start_load="$(bench_load) at $(date -u +%H:%M)"
bench_log "booking race: $CLIENTS clients, 100 places (load average: $start_load)"
bench_java BookingBench "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$CLIENTS" "$SAMPLES" \
    "$RUN_DIR/booking.txt" "$results" "$(bench_commit)" \
    "$(nproc) cores, load average $start_load (start)"
cat "$RUN_DIR/booking.txt"

start_load="$(bench_load) at $(date -u +%H:%M)"
bench_log "free-slot search: ${BENCH_STATIONS:-500} stations x ${BENCH_DAYS:-30} days (load average: $start_load)"
bench_java booking.SlotSearchBench "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$BENCH_JDBC_URL" \
    "$results" "$(bench_commit)" "$(nproc) cores, load average $start_load (start)" \
    "${BENCH_STATIONS:-500}" "${BENCH_DAYS:-30}" "${BENCH_SEARCHES:-200}"
bench_log "done (load average at the end: $(bench_load)); logs in $BENCH_DIR"
