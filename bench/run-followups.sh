#!/usr/bin/env bash
# The follow-up calls benchmark (issue 5), one command:  bench/run-followups.sh
#
# Starts a fresh MariaDB and the packaged app (prod profile) on it, seeds by JDBC batch 200,000 customers
# with a preferred contact each, 1,000,000 past (closed) follow-up calls and 50,000 open calls due in the
# last three days (the queue; 30% of their contacts have a call window, half of those not open now), then
# 20 agents claim-and-complete in parallel: POST /api/v1/followups/next, then POST .../attempts.
# Prints claims/s, the latency of `next` (p50/p95/p99) and of the attempt, and proves by count that no call
# was handed out twice (no call id given to two agents; in the database no call has two attempts and the
# attempts equal the calls handed out). Appends a line to bench/followups/RESULTS.md.
#
# Settings (environment): BENCH_SECONDS (30), BENCH_WARMUP (5), BENCH_AGENTS (20), BENCH_CUSTOMERS (200000),
# BENCH_PAST_CALLS (1000000), BENCH_OPEN_CALLS (50000), BENCH_PORT (18081), BENCH_RECORD (1; 0 = do not append).
#
# Same approach as the visits bench (bench/run-visits.sh, bench/lib.sh): its own server and app, every
# process it starts is stopped by PID on exit. Files of its own: bench/followups/, target/bench-followups/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$ROOT/target/bench-followups"
PORT="${BENCH_PORT:-18081}"
BASE_URL="http://127.0.0.1:$PORT"
SECONDS_RUN="${BENCH_SECONDS:-30}"
WARMUP="${BENCH_WARMUP:-5}"
AGENTS="${BENCH_AGENTS:-20}"
PIDS=()
started=$(date +%s)
mkdir -p "$WORK"

log() { printf '[bench-followups %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

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

log "seeding by JDBC batch"
tools Seed "$JDBC_URL" "${BENCH_CUSTOMERS:-200000}" "${BENCH_PAST_CALLS:-1000000}" "${BENCH_OPEN_CALLS:-50000}"

commit=$(git -C "$ROOT" rev-parse --short HEAD)
git -C "$ROOT" diff --quiet HEAD -- src pom.xml || commit="$commit-dirty"
results="$ROOT/bench/followups/RESULTS.md"
[ "${BENCH_RECORD:-1}" = 1 ] || results="$WORK/RESULTS.md"
log "load: $AGENTS agents claim and complete for ${WARMUP}s warm-up + ${SECONDS_RUN}s"
status=0
tools Load "$BASE_URL" "$ROOT/src/main/resources/dev/privateKey.pem" "$JDBC_URL" "$AGENTS" "$WARMUP" "$SECONDS_RUN" \
    "$results" "$commit" || status=$?
log "done in $(( $(date +%s) - started )) s ($(nproc) cores); logs in $WORK"
exit $status
