#!/usr/bin/env bash
# The notifications benchmark and chaos run (issue 20), one command:  bench/run-notifications.sh
#
# Starts a fresh MariaDB, a stub of the Aliyun-style SMS provider in a JVM of its own (io.fieldback.bench.notify.SmsStub:
# counts SendSms per OutId, answers QuerySendDetails from what it took) and the packaged app with the real SMS adapter
# pointed at the stub. Seeds by JDBC BENCH_NOTIFICATIONS (100,000) customers with a contact and an SMS number, each with
# one queued message held back, and BENCH_CAMPAIGN (20,000) more customers (the campaign's segment).
#  1. Throughput: releases the held messages at once; the app's sender (one instance, BENCH_SEND_PARALLELISM provider
#     calls at once) sends them through the stub; messages/s from the stub's first to its last SendSms, against a plain
#     HTTP-client loop on as many threads sending the same signed requests to the same stub. Target: ratio >= 0.5.
#     Also against a one-thread loop over the first 5,000 (the yardstick of the runs before the sender was parallel).
#  2. Chaos: POST /api/v1/notification-campaigns to the 20,000; when the stub has a third of them, SIGKILL the app,
#     restart it, wait until every message is SENT; then every message must have reached the stub exactly once.
# Appends the figures and the machine's load to bench/RESULTS.md (BENCH_RECORD=0: not). Exit status 2 if not exactly once.
# Settings: BENCH_NOTIFICATIONS (100000), BENCH_CAMPAIGN (20000), BENCH_PORT (18085), BENCH_RECORD (1),
# BENCH_SEND_PARALLELISM (4: the app's fieldback.notification.send-parallelism and the plain loop's threads).
# Quick run that proves the script: BENCH_NOTIFICATIONS=3000 BENCH_CAMPAIGN=2000 BENCH_RECORD=0 bench/run-notifications.sh
BENCH_WORK=bench-notify
BENCH_PORT="${BENCH_PORT:-18085}"
source "$(dirname "$0")/lib.sh"
bench_init "$@"
N="${BENCH_NOTIFICATIONS:-100000}"
CAMPAIGN="${BENCH_CAMPAIGN:-20000}"
PARALLELISM="${BENCH_SEND_PARALLELISM:-4}"
SECRET=bench-key-secret
KEY="$ROOT/src/main/resources/dev/privateKey.pem"
OUT="$RUN_DIR/notifications.txt"
started=$(date +%s)
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

bench_build
bench_start_db
rm -f "$BENCH_DIR/stub-port"
java -cp "$(bench_tools_cp)" io.fieldback.bench.notify.SmsStub "$BENCH_DIR/stub-port" >"$BENCH_DIR/stub.log" 2>&1 &
BENCH_PIDS+=($!)
for _ in $(seq 120); do [ -s "$BENCH_DIR/stub-port" ] && break; sleep 0.5; done
STUB="http://127.0.0.1:$(cat "$BENCH_DIR/stub-port")"
# every second, 500 a batch; a message left SENDING by the killed app is asked about after 15 s, retried after 5 s;
# the campaign's 20,000 messages are made in one transaction (the default 60 s time-out is too short on this machine)
BENCH_APP_ENV="${BENCH_APP_ENV:-} FIELDBACK_NOTIFICATION_EVERY=1s FIELDBACK_NOTIFICATION_BATCH_SIZE=500
 FIELDBACK_NOTIFICATION_SEND_PARALLELISM=$PARALLELISM FIELDBACK_NOTIFICATION_SMS_ENABLED=true FIELDBACK_NOTIFICATION_SMS_ENDPOINT=$STUB
 FIELDBACK_NOTIFICATION_SMS_ACCESS_KEY_ID=bench FIELDBACK_NOTIFICATION_SMS_ACCESS_KEY_SECRET=$SECRET
 FIELDBACK_NOTIFICATION_SENDING_LEASE=PT15S FIELDBACK_NOTIFICATION_RETRY_BACKOFF=PT5S
 QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=900S"
bench_start_app
bench_log "seeding $N + $CAMPAIGN customers by JDBC"
bench_java notify.NotifySeed "$BENCH_JDBC_URL" "$N" "$CAMPAIGN"

bench_log "throughput: $N messages through the stub (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
bench_java notify.NotifyBench throughput "$BASE_URL" "$KEY" "$BENCH_JDBC_URL" "$STUB" "$N" "$SECRET" "$OUT" "$PARALLELISM"

bench_log "chaos: a campaign of $CAMPAIGN, the app killed when the stub has a third"
bench_java notify.NotifyChaos campaign "$BASE_URL" "$KEY" "$STUB" "$BENCH_DIR/campaign-id"
app_pid="${BENCH_PIDS[${#BENCH_PIDS[@]}-1]}"
for _ in $(seq 1200); do
    got=$(curl -s "$STUB/stats" | sed 's/.*"requests":\([0-9]*\).*/\1/')
    [ "${got:-0}" -ge $((CAMPAIGN / 3)) ] && break
    sleep 0.25
done
bench_log "SIGKILL the app (pid $app_pid) at $got messages received by the stub"
kill -9 "$app_pid"
while kill -0 "$app_pid" 2>/dev/null; do sleep 0.2; done
cp "$BENCH_DIR/app.log" "$BENCH_DIR/app-killed.log"
bench_start_app
status=0
bench_java notify.NotifyChaos verify "$BENCH_JDBC_URL" "$STUB" "$CAMPAIGN" "$(cat "$BENCH_DIR/campaign-id")" "$OUT" || status=$?
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${BENCH_RECORD:-1}" = 1 ]; then
    {
        echo
        echo "### Notifications, $(date -u +%Y-%m-%dT%H:%MZ), commit $(bench_commit), $(nproc) cores, load average $load_start at start, $load_end at end"
        echo '```'
        cat "$OUT"
        echo '```'
    } >>"$ROOT/bench/RESULTS.md"
fi
bench_log "done in $(( $(date +%s) - started )) s; logs in $BENCH_DIR"
exit $status
