#!/usr/bin/env bash
# The booking benchmark (issue 18), one command:  bench/run-booking.sh
#
# Starts a fresh MariaDB and the packaged app, then BENCH_CLIENTS (200) callers at once book the 100 places of one
# station-day (50 slots x 2 bays): exactly 100 must be confirmed and the rest 409; then the station's free slots over
# 30 days are read BENCH_SAMPLES (200) times (p50, p99). Appends a line to bench/RESULTS.md (BENCH_RECORD=0: not).
source "$(dirname "$0")/lib.sh"
bench_init
CLIENTS="${BENCH_CLIENTS:-200}"
SAMPLES="${BENCH_SAMPLES:-200}"

bench_build
bench_start_db
bench_start_app
bench_log "booking race: $CLIENTS clients, 100 places (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
bench_java BookingBench "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$CLIENTS" "$SAMPLES" "$RUN_DIR/booking.txt"
cat "$RUN_DIR/booking.txt"
if [ "${BENCH_RECORD:-1}" = 1 ]; then
    {
        echo
        echo "### Booking race, $(date -u +%Y-%m-%dT%H:%MZ), commit $(bench_commit), load $(cut -d' ' -f1-3 /proc/loadavg)"
        echo '```'
        cat "$RUN_DIR/booking.txt"
        echo '```'
    } >>"$ROOT/bench/RESULTS.md"
fi
