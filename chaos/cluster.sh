#!/usr/bin/env bash
# Chaos on a real cluster (issue 22), one command:  chaos/cluster.sh
#
# Starts what cluster/run.sh starts (3-node MariaDB Galera cluster, HAProxy, two app instances; Debian packages
# installed if missing), seeds dealers and machines, then under a steady write load through HAProxy over both
# instances (customer creations with Idempotency-Key, a dealer system's repair-order upserts;
# io.fieldback.bench.chaos.ClusterChaos in the bench module) and a survey import (a CHAOS_SURVEY_ROWS-row CSV uploaded to instance 1):
#   1. after CHAOS_BEFORE s the database node that takes the writes is killed (SIGKILL);
#   2. instance 1 is killed (SIGKILL) halfway through the survey import;
#   3. the node is restarted (--wsrep-recover, rejoins by IST) and instance 1 is started again;
#   4. the vendor's retry of the upload (same batch id) goes through HAProxy; the import resumes from its last
#      checkpoint on whichever instance claims it once the dead one's lease (15 s) ran out.
# Then it proves: acknowledged writes = stored rows, no duplicates; every dealer event of the upserted orders
# numbered in the change feed once and in order; one follow-up call row per completed visit; the import holds
# every row exactly once. Prints the figures and the longest outage seen by clients; appends them to
# chaos/RESULTS.md (CHAOS_RECORD=0: not). Exit 0 when every check passed, 2 otherwise.
# Settings: CHAOS_LOAD (90 s of new writes), CHAOS_BEFORE (15 s), CHAOS_CLIENTS (6), CHAOS_SURVEY_ROWS (20000).
BENCH_WORK=chaos-cluster
source "$(dirname "$0")/../bench/lib.sh"
source "$(dirname "$0")/../cluster/lib.sh"
bench_init "$@"
trap 'cluster_stop_all; [ -n "${load:-}" ] && kill "$load" 2>/dev/null; true' EXIT
KEY="$ROOT/src/main/resources/dev/privateKey.pem"
LOAD="${CHAOS_LOAD:-90}"
BEFORE="${CHAOS_BEFORE:-15}"
CLIENTS="${CHAOS_CLIENTS:-6}"
ROWS="${CHAOS_SURVEY_ROWS:-20000}"
started=$(date +%s)
now_ms() { date +%s%3N; }

cluster_install
bench_build
tool() {
    local class="$1"
    shift
    BENCH_TOOL_OPTS="-Dchaos.survey.rows=$ROWS" bench_java "chaos.$class" "$@"
}

cluster_init
cluster_start_node 1 bootstrap
cluster_create_schema
# the checking tools read the database directly (a loopback-only account of this throw-away cluster)
node_sql 1 "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1';"
cluster_start_node 2
cluster_start_node 3
cluster_start_haproxy
# a dead instance's survey lease runs out after 15 s; the jobs look for work every 2 s
CLUSTER_LIMITS_ENABLED=false   # as in the benchmarks: each writer is far busier than a person
CLUSTER_APP_ENV="FIELDBACK_SURVEY_WORKER_LEASE=PT15S FIELDBACK_SURVEY_WORKER_EVERY=2s FIELDBACK_FOLLOWUP_SCHEDULER_EVERY=2s"
cluster_start_app 1
cluster_start_app 2
APP1="http://127.0.0.1:$((CLUSTER_HTTP_PORT + 1))"

cluster_log "seeding dealers, stations, customers and machines"
bench_java visits.VisitSeed "$CLUSTER_JDBC_URL" "$KEY" "$RUN_DIR" 0 >/dev/null
cluster_log "survey: a warm-up upload of $ROWS rows to instance 1, to time it"
tool KillReplay prepare survey-import "$APP1" "$CLUSTER_JDBC_URL" "$KEY" "$RUN_DIR"

cluster_log "load: $CLIENTS customer writers + 2 dealer upserters through HAProxy for $LOAD s"
tool ClusterChaos "$CLUSTER_URL" "$CLUSTER_JDBC_URL" "$KEY" "$RUN_DIR" "$LOAD" "$CLIENTS" >"$RUN_DIR/load.log" 2>&1 &
load=$!
uptime >"$RUN_DIR/uptime-at-load-start"
sleep "$BEFORE"
writer=$(cluster_writer || true)
writer=${writer:-1}
now_ms >"$RUN_DIR/db-node-killed"
cluster_kill_node "$writer"
sleep 3
cluster_log "writes now go to node $(cluster_writer)"
cluster_log "survey: upload to instance 1, killed halfway through the import"
(   # the SIGKILL's own moment, for the writes it cut (KillReplay kills and then checks the database)
    pid=$(cat "$CLUSTER_DIR/app1.pid")
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    now_ms >"$RUN_DIR/app-killed-at"
) &
tool KillReplay kill survey-import "$APP1" "$CLUSTER_JDBC_URL" "$KEY" "$RUN_DIR" "$(cat "$CLUSTER_DIR/app1.pid")"
now_ms >"$RUN_DIR/app-killed"
kill -0 "$load" 2>/dev/null && cluster_log "write load still running at the instance kill" \
    || cluster_log "write load had ended before the instance kill (raise CHAOS_LOAD)"
mv "$CLUSTER_DIR/app1.log" "$CLUSTER_DIR/app1-killed.log"
cluster_restart_node "$writer"
now_ms >"$RUN_DIR/db-node-back"
cluster_start_app 1
now_ms >"$RUN_DIR/app-back"
status=0
cluster_log "survey: the vendor's retry through HAProxy; the import resumes from its checkpoint"
tool KillReplay replay survey-import "$CLUSTER_URL" "$CLUSTER_JDBC_URL" "$KEY" "$RUN_DIR" || status=2
for i in 1 2; do
    if grep -q "resumed after row" "$CLUSTER_DIR/app$i.log" 2>/dev/null; then
        echo "  survey-import: resumed by instance $i: $(grep -o 'resumed after row [0-9]* (attempt [0-9]*)' "$CLUSTER_DIR/app$i.log" | head -1)" \
            >>"$RUN_DIR/survey-import-result.txt"
    fi
done
wait "$load" || status=2
cat "$RUN_DIR/load.log"
tail -2 "$RUN_DIR/survey-import-result.txt"

summary="$RUN_DIR/summary.txt"
{
    echo "### cluster $(date -u +%Y-%m-%dT%H:%MZ) commit $(bench_commit), $(nproc) cores, 3 Galera nodes + HAProxy + 2 instances, exit $status"
    echo '```'
    echo "load average (uptime): at the load's start $(sed 's/.*load average: //' "$RUN_DIR/uptime-at-load-start"), at the end $(uptime | sed 's/.*load average: //')"
    grep -v '^\s*$' "$RUN_DIR/cluster-load.txt" 2>/dev/null || cat "$RUN_DIR/load.log"
    cat "$RUN_DIR/survey-import-result.txt"
    echo '```'
} >"$summary"
if [ "${CHAOS_RECORD:-1}" = 1 ]; then
    cat "$summary" >>"$ROOT/chaos/RESULTS.md"
fi
bench_log "done in $(( $(date +%s) - started )) s (exit $status); logs in $CLUSTER_DIR and $BENCH_DIR, figures in $summary"
exit $status
