#!/usr/bin/env bash
# The visits benchmark (issue 3), one command:  bench/run-visits.sh
#
# Starts a fresh MariaDB and the packaged app on it, seeds 10 stations, 100 technicians and 50,000
# visits, then measures, all in this one run:
#   1. the technician's delta feed: page 1 vs page 1,000 (GET /api/v1/me/visits?limit=50, following cursors);
#   2. the plain-JDBC baseline: the phone flow's writes, one transaction per request, 64 threads;
#   3. the API: 64 phones (wrk, one connection each) doing PUT visit + 5 events, over HTTP;
#   (2 and 3 alternate in rounds, 3 x 10 s each by default, so both meet the same background load)
# prints a summary with the ratios and their targets, and appends a line to bench/RESULTS.md; its notes give the
# app's start time (Quarkus' own "started in" and the wall time to ready), its peak heap (GC log) and its peak RSS
# (sampled every second through the write rounds).
#
# Settings (environment): BENCH_SECONDS (30) measured seconds per load, BENCH_ROUNDS (3), BENCH_WARMUP (10),
# BENCH_CONNECTIONS (64), BENCH_VISITS (50000), BENCH_FEED_PAGE (1000), BENCH_FEED_SAMPLES (15),
# BENCH_PORT (18080), BENCH_APP_ENV (extra env for the app), BENCH_RECORD (1; 0 = do not append to RESULTS.md),
# BENCH_FLOOR (0; 1 = after the rounds, 10 s of the floor, bench/wrk/floor.lua: each phone reads its one visit again
# and again, the cheapest request that touches the database; its rate over the baseline's bounds the flow's ratio).
source "$(dirname "$0")/lib.sh"
bench_init "$@"

SECONDS_RUN="${BENCH_SECONDS:-30}"
WARMUP="${BENCH_WARMUP:-10}"
CONN="${BENCH_CONNECTIONS:-64}"
VISITS="${BENCH_VISITS:-50000}"
FEED_PAGE="${BENCH_FEED_PAGE:-1000}"
FEED_SAMPLES="${BENCH_FEED_SAMPLES:-15}"
ROUNDS="${BENCH_ROUNDS:-3}"
JDBC_WARMUP=2
started=$(date +%s)

bench_require_wrk
bench_build
bench_start_db
GC_LOG="$RUN_DIR/gc-app.log"
rm -f "$GC_LOG" "$RUN_DIR/rss.txt"
BENCH_APP_JAVA_OPTS="-Xlog:gc:file=$GC_LOG ${BENCH_APP_JAVA_OPTS:-}"
launched=$(date +%s%N)
bench_start_app   # Liquibase creates the schema at start; the seed comes after
ready_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
APP_PID="${BENCH_PIDS[-1]}"

bench_log "seeding $VISITS visits"
bench_java visits.VisitSeed "$BENCH_JDBC_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$RUN_DIR" "$VISITS"

bench_log "delta feed: page 1 vs page $FEED_PAGE"
bench_java visits.Feed "$BASE_URL" "$RUN_DIR/feed-token.txt" "$FEED_PAGE" "$FEED_SAMPLES" "$RUN_DIR/feed.txt"

# The two write loads alternate in rounds (JDBC, API, JDBC, API, ...) so that both see the same
# background load on a shared machine; the report merges the rounds.
ROUND_SECONDS=$(( (SECONDS_RUN + ROUNDS - 1) / ROUNDS ))
# the app's resident memory, once a second while the phones write (killed with the other children at exit)
( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" >>"$RUN_DIR/rss.txt"; sleep 1; done ) &
BENCH_PIDS+=($!)
export BENCH_PHONES="$RUN_DIR/phones.txt"
bench_log "API warm-up: wrk, $CONN phones, ${WARMUP}s"
BENCH_OUT="$RUN_DIR/api-warmup.txt" BENCH_ERRORS="$RUN_DIR/api-warmup-errors.txt" \
    wrk -t"$CONN" -c"$CONN" -d"${WARMUP}s" --timeout 10s -s bench/wrk/visits.lua "$BASE_URL" >"$RUN_DIR/wrk-warmup.log"
for round in $(seq "$ROUNDS"); do
    bench_log "round $round/$ROUNDS: baseline, plain JDBC, $CONN threads, ${ROUND_SECONDS}s (after a ${JDBC_WARMUP}s warm-up)"
    bench_java visits.Baseline "$BENCH_JDBC_URL" "$RUN_DIR/phones.txt" "$CONN" "$JDBC_WARMUP" "$ROUND_SECONDS" \
        "$RUN_DIR/jdbc-$round.txt" "$RUN_DIR/jdbc-$round.lat"
    bench_log "round $round/$ROUNDS: API, wrk, $CONN phones, ${ROUND_SECONDS}s"
    BENCH_OUT="$RUN_DIR/api-$round.txt" BENCH_ERRORS="$RUN_DIR/api-errors.txt" BENCH_LAT="$RUN_DIR/api-$round.lat" \
        wrk -t"$CONN" -c"$CONN" -d"${ROUND_SECONDS}s" --timeout 10s --latency -s bench/wrk/visits.lua "$BASE_URL" \
        >"$RUN_DIR/wrk-$round.log"
    grep '^figures' "$RUN_DIR/wrk-$round.log" || true
done
floor=""
if [ "${BENCH_FLOOR:-0}" = 1 ]; then
    bench_log "floor: $CONN phones reading their one visit again and again, 10s"
    BENCH_OUT="$RUN_DIR/floor.txt" wrk -t"$CONN" -c"$CONN" -d10s --timeout 10s -s bench/wrk/floor.lua "$BASE_URL" \
        >"$RUN_DIR/wrk-floor.log"
    grep '^figures' "$RUN_DIR/wrk-floor.log" || true
    floor="; floor (BENCH_FLOOR=1): GET of one visit $(grep '^rps=' "$RUN_DIR/floor.txt" | cut -d= -f2) req/s, $(grep '^non2xx=' "$RUN_DIR/floor.txt" | cut -d= -f2) non-2xx"
fi
if [ -s "$RUN_DIR/api-errors.txt" ]; then
    bench_log "first non-2xx answers (more in $RUN_DIR/api-errors.txt):"
    head -5 "$RUN_DIR/api-errors.txt" | cut -c1-400
fi

started_in=$(grep -o 'started in [0-9.]*s' "$BENCH_DIR/app.log" | head -1 | grep -o '[0-9.]*')
peak_heap=$(grep -o '[0-9]*M->[0-9]*M' "$GC_LOG" 2>/dev/null | tr -c '0-9\n' ' ' | tr ' ' '\n' | sort -n | tail -1)
peak_rss=$(sort -n "$RUN_DIR/rss.txt" 2>/dev/null | tail -1)
app="app started in ${started_in:-?} s (ready after $(( ready_ms / 1000 )).$(( ready_ms % 1000 / 100 )) s), peak heap ${peak_heap:-?} MB, peak RSS $(( ${peak_rss:-0} / 1024 )) MB"
bench_log "$app"
notes="$(nproc) cores, $CONN conn, ${ROUNDS}x${ROUND_SECONDS}s, $VISITS visits${BENCH_APP_ENV:+, $BENCH_APP_ENV}; $app$floor"
results="$ROOT/bench/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$RUN_DIR/RESULTS.md"
status=0
bench_java visits.Report "$RUN_DIR" "$results" "$(bench_commit)" "$notes" || status=$?
bench_log "done in $(( $(date +%s) - started )) s; logs and raw figures in $BENCH_DIR"
exit $status
