#!/usr/bin/env bash
# The maintenance forecast benchmark (issue 18), one command:  bench/run-forecast.sh
#
# Starts a fresh MariaDB and the packaged app, seeds BENCH_MACHINES (200000) machines in three series with a
# maintenance rule each (io.fieldback.bench.maintenance.ForecastSeed), then times the nightly forecast's run through
# the API against a plain SQL pass computing the same first due items (before and after the API run), compares the
# answers and appends a row to bench/RESULTS.md (BENCH_RECORD=0: to target/bench-forecast/run/ instead), with the
# machine's load average at the start and at the end. Target: API <= 2 x SQL.
# BENCH_COMMIT_LABEL names what was measured when the packaged app is not the working tree (e.g. a run "before").
BENCH_WORK=bench-forecast
BENCH_PORT="${BENCH_PORT:-18086}"
source "$(dirname "$0")/lib.sh"
bench_init "$@"
MACHINES="${BENCH_MACHINES:-200000}"
results="$(bench_results)"

bench_build
bench_start_db
bench_start_app
start_load="$(bench_load) at $(date -u +%H:%M)"
bench_log "forecast: $MACHINES machines (load average: $start_load)"
bench_java maintenance.ForecastBench "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$BENCH_JDBC_URL" \
    "$results" "${BENCH_COMMIT_LABEL:-$(bench_commit)}" "$(nproc) cores, load average $start_load (start)" "$MACHINES"
bench_log "done (load average at the end: $(bench_load)); logs in $BENCH_DIR"
