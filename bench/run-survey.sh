#!/usr/bin/env bash
# The survey-upload benchmark (issue 6), one command:  bench/run-survey.sh
#
# Starts a fresh MariaDB and the packaged app on it with -Xmx256m (GC log under target/bench), seeds the
# dealers, customers and machines (Seed, no visits), generates a vendor CSV of 100,000 rows
# (SurveyBench generate), then in one run:
#   1. baseline: plain JDBC batched inserts of the same rows into survey_results / survey_result_answers;
#   2. API: POST /api/v1/survey-batches with the file, then GET the batch until DONE;
#   3. the baseline again (the mean of both is the figure the API is compared with);
# prints rows/s, the ratio (target >= 0.40) and the app's peak heap, and records a line in bench/RESULTS.md.
#
# Settings (environment): BENCH_SURVEY_ROWS (100000), BENCH_APP_HEAP (256m), BENCH_PORT (18080),
# BENCH_APP_ENV (extra env for the app), BENCH_APP_JAVA_OPTS (extra JVM arguments), BENCH_RECORD (1; 0 = do
# not write to RESULTS.md).
source "$(dirname "$0")/lib.sh"
bench_init "$@"

ROWS="${BENCH_SURVEY_ROWS:-100000}"
HEAP="${BENCH_APP_HEAP:-256m}"
GC_LOG="$BENCH_DIR/gc-survey.log"
started=$(date +%s)

bench_build
bench_start_db
rm -f "$GC_LOG"
BENCH_APP_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$GC_LOG ${BENCH_APP_JAVA_OPTS:-}"
BENCH_APP_ENV="FIELDBACK_SURVEY_SPOOL_DIR=$BENCH_DIR/survey-uploads ${BENCH_APP_ENV:-}"
bench_start_app

bench_log "seeding dealers, stations, customers and machines (no visits)"
bench_java visits.VisitSeed "$BENCH_JDBC_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$RUN_DIR" 0
bench_log "generating $ROWS survey rows"
bench_java survey.SurveyBench generate "$RUN_DIR/survey.csv" "$ROWS"

results="$ROOT/bench/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$RUN_DIR/RESULTS.md"
notes="$(nproc) cores, app -Xmx$HEAP, chunks of 1000 rows${BENCH_APP_ENV:+, $BENCH_APP_ENV}"
notes="${notes//$BENCH_DIR\/survey-uploads/target\/bench\/survey-uploads}"
status=0
bench_java survey.SurveyBench run "$BASE_URL" "$BENCH_JDBC_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$RUN_DIR" \
    "$RUN_DIR/survey.csv" "$ROWS" "$GC_LOG" "$results" "$(bench_commit)" "$notes" || status=$?
grep -q "OutOfMemoryError" "$BENCH_DIR/app.log" && { bench_log "the app ran out of memory"; status=3; }
bench_log "done in $(( $(date +%s) - started )) s; logs and raw figures in $BENCH_DIR"
exit $status
