#!/usr/bin/env bash
# The insights benchmark (issue 8), one command:  bench/run-insights.sh
#
# Starts a fresh MariaDB and the packaged app (prod profile) on it, seeds with the follow-up benchmark's
# generator (bench/followups Seed: 200,000 customers with a contact each, 1,000,000 closed follow-up calls
# over two years) plus bench/insights InsightsSeed (stations and machines for every call, perfunctory flags,
# the questionnaire's answers, ~100,000 vendor survey rows, ~100,000 complaints with clocks), then times each
# insights report endpoint against the hand-written SQL that computes the same numbers, alternating in the
# same run. Prints medians and ratios (target: API <= 1.5 x SQL) and appends a line to bench/RESULTS.md.
#
# Settings (environment): BENCH_CUSTOMERS (200000), BENCH_PAST_CALLS (1000000), BENCH_ROUNDS (5),
# BENCH_PORT (18082), BENCH_RECORD (1; 0 = write the line under target/bench-insights/ instead).
#
# Same approach as the other benches (bench/run-followups.sh): its own server and app, every process it
# starts is stopped by PID on exit. Files of its own: bench/insights/, target/bench-insights/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$ROOT/target/bench-insights"
PORT="${BENCH_PORT:-18082}"
BASE_URL="http://127.0.0.1:$PORT"
ROUNDS="${BENCH_ROUNDS:-5}"
PIDS=()
started=$(date +%s)
mkdir -p "$WORK"

log() { printf '[bench-insights %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

cleanup() {
    local status=$? i pid
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        pid="${PIDS[$i]}"
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    # a database JVM killed hard leaves its mariadbd: stop the one under our own directory
    local left
    left=$(pgrep -f "$WORK/db-server/bin/mariadbd" || true)
    [ -z "$left" ] || kill $left 2>/dev/null || true
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

tools() { java -cp "$ROOT/bench/followups/target/classes:$ROOT/bench/followups/target/lib/*" "io.fieldback.bench.followups.$1" "${@:2}"; }
insights() { java -cp "$ROOT/bench/insights/target/classes:$ROOT/bench/insights/target/lib/*" "io.fieldback.bench.insights.$1" "${@:2}"; }

jar="$ROOT/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
    log "building the app (./mvnw package -DskipTests)"
    ./mvnw -B -q package -DskipTests
fi
if [ ! -d "$ROOT/bench/followups/target/lib" ] \
    || [ -n "$(find "$ROOT/bench/followups/src" "$ROOT/bench/followups/pom.xml" -newer "$ROOT/bench/followups/target/classes" -print -quit)" ]; then
    log "building the bench tools (bench/followups/pom.xml)"
    ./mvnw -B -q -f bench/followups/pom.xml package
    touch "$ROOT/bench/followups/target/classes"
fi

if [ ! -d "$ROOT/bench/insights/target/lib" ] \
    || [ -n "$(find "$ROOT/bench/insights/src" "$ROOT/bench/insights/pom.xml" -newer "$ROOT/bench/insights/target/classes" -print -quit)" ]; then
    log "building the insights bench tools (bench/insights/pom.xml)"
    ./mvnw -B -q -f bench/insights/pom.xml package
    touch "$ROOT/bench/insights/target/classes"
fi

# the database launcher is the shared one of the bench tools (bench/pom.xml)
if [ ! -d "$ROOT/bench/target/lib" ] \
    || [ -n "$(find "$ROOT/bench/src" "$ROOT/bench/pom.xml" -newer "$ROOT/bench/target/classes" -print -quit)" ]; then
    log "building the shared bench tools (bench/pom.xml)"
    ./mvnw -B -q -f bench/pom.xml package
    touch "$ROOT/bench/target/classes"
fi

log "starting MariaDB (fresh data dir $WORK/db)"
rm -f "$WORK/db-url.txt"
java -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" io.fieldback.bench.Db \
    "$WORK/db" "$WORK/db-url.txt" >"$WORK/db.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 240); do
    [ -f "$WORK/db-url.txt" ] && break
    kill -0 "${PIDS[0]}" 2>/dev/null || { tail -20 "$WORK/db.log"; log "MariaDB did not start"; exit 1; }
    sleep 0.5
done
JDBC_URL="$(cat "$WORK/db-url.txt")"
log "MariaDB up: $JDBC_URL"

if curl -s -o /dev/null "$BASE_URL/q/health/live"; then
    log "port $PORT is already in use; set BENCH_PORT"
    exit 1
fi
log "starting the packaged app on port $PORT (prod profile, dev JWT key trusted)"
env QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=root QUARKUS_DATASOURCE_PASSWORD= \
    QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/src/main/resources/dev/publicKey.pem" FIELDBACK_ALLOW_DEV_KEYS=true \
    FIELDBACK_VISITS_ATTACHMENT_DIR="$WORK/attachments" \
    java -jar "$jar" >"$WORK/app.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 240); do
    curl -sf -o /dev/null "$BASE_URL/q/health/ready" && break
    kill -0 "${PIDS[1]}" 2>/dev/null || { tail -30 "$WORK/app.log"; log "the app stopped"; exit 1; }
    sleep 0.5
done
curl -sf -o /dev/null "$BASE_URL/q/health/ready" || { tail -30 "$WORK/app.log"; log "the app is not ready"; exit 1; }
log "app ready (Liquibase created the schema)"

log "seeding by JDBC batch (the follow-up generator), then the insights data (server-side SQL)"
tools Seed "$JDBC_URL" "${BENCH_CUSTOMERS:-200000}" "${BENCH_PAST_CALLS:-1000000}" 0
insights InsightsSeed "$JDBC_URL"

commit=$(git -C "$ROOT" rev-parse --short HEAD)
git -C "$ROOT" diff --quiet HEAD -- src pom.xml || commit="$commit-dirty"
results="$ROOT/bench/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$WORK/RESULTS.md"
log "timing each report against its SQL, $ROUNDS rounds each"
status=0
insights InsightsBench "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$JDBC_URL" "$results" "$commit" "$ROUNDS" \
    || status=$?
log "done in $(( $(date +%s) - started )) s ($(nproc) cores); logs in $WORK"
exit $status
