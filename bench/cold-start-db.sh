#!/usr/bin/env bash
# Cold-starts the app's embedded MariaDB N times in a row (issue 14) and prints how many came up, how many needed
# the retry, and the median and slowest start. Each start is a new JVM with fresh temporary binaries and data,
# running the app's own EmbeddedMariaDb (src/embedded, compiled into the bench tools): unpack, install, start.
#
#   bench/cold-start-db.sh [N=20] [ready wait in seconds, default the app's]
#
# A start that fails prints the server's last console lines; all output is in target/bench/cold-start.log.
source "$(dirname "$0")/lib.sh"
bench_init
N="${1:-20}"
WAIT="${2:-}"

tools="$ROOT/bench/target/classes"
if [ ! -d "$ROOT/bench/target/lib" ] || [ -n "$(find "$ROOT/bench/src" "$ROOT/src/embedded" "$ROOT/bench/pom.xml" -newer "$tools" -print -quit 2>/dev/null)" ]; then
    bench_log "building the bench tools (bench/pom.xml)"
    ./mvnw -B -q -f bench/pom.xml package
    touch "$tools"
fi

log="$BENCH_DIR/cold-start.log"
: >"$log"
times=()
up=0
retried=0
bench_log "$N cold starts (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for i in $(seq "$N"); do
    # started in the background and waited for, so that the cleanup trap can stop it by PID
    # shellcheck disable=SC2086
    java -cp "$tools:$ROOT/bench/target/lib/*" io.fieldback.embedded.ColdStart $WAIT >"$RUN_DIR/start.out" 2>&1 &
    BENCH_PIDS+=($!)
    wait $! || true
    cat "$RUN_DIR/start.out" >>"$log"
    result=$(grep '^cold-start ' "$RUN_DIR/start.out" || echo "cold-start failed ?")
    read -r _ status seconds attempt <<<"$result"
    bench_log "start $i/$N: $status in $seconds s ${attempt:-}"
    if [ "$status" = ok ]; then
        up=$((up + 1))
        times+=("$seconds")
        [ "$attempt" = "attempt=1" ] || retried=$((retried + 1))
    fi
done

if [ "$up" -gt 0 ]; then
    read -r median slowest < <(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, t[NR] }')
else
    median="-"; slowest="-"
fi
echo "came up: $up/$N (after a retry: $retried)  median: ${median} s  slowest: ${slowest} s  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$up" -eq "$N" ]
