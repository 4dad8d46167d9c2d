#!/usr/bin/env bash
# The dispatch benchmark (issue 19), one command:  bench/run-dispatch.sh
#
# Starts a fresh MariaDB and the packaged app on it (prod profile: the day plan's time limit is its default
# 30 s), then, through the API (bench/src/main/java/io/fieldback/bench/dispatch/Dispatch.java):
#   1. seeds a station-day of 100 visits and 10 technicians and plans it: job time, score (0hard = no hard
#      rule broken), travel against the nearest-first plan of the same day (target <= 0.8x);
#   2. times the candidate list of one visit among 200 technicians (500 calls): p50 / p99.
# Prints the figures and appends them to bench/RESULTS.md (BENCH_RECORD=0: do not).
source "$(dirname "$0")/lib.sh"
bench_init "$@"
bench_build
bench_start_db
bench_start_app
bench_java dispatch.Dispatch "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$RUN_DIR/dispatch.txt"
if [ "${BENCH_RECORD:-1}" = "1" ]; then
    {
        echo ""
        echo "### Dispatch ($(date -u +%Y-%m-%dT%H:%MZ), commit $(bench_commit), $(nproc) cores shared)"
        sed 's/^/- /' "$RUN_DIR/dispatch.txt"
    } >>"$ROOT/bench/RESULTS.md"
fi
