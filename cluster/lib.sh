# A 3-node MariaDB Galera cluster, HAProxy and two app instances on this machine's loopback (issue 22).
# Source it (cluster/run.sh and chaos/cluster.sh do); every function logs what it does.
#
#   cluster_install          Debian packages: mariadb-server galera-4 mariadb-backup haproxy (only if missing)
#   cluster_init             fresh data directories and one config file per node under $CLUSTER_DIR
#   cluster_start_node N [bootstrap]   node N (1..3); the first one of a new cluster bootstraps it
#   cluster_kill_node N      SIGKILL (a crash); cluster_stop_node N: a clean stop
#   cluster_restart_node N   after a crash: --wsrep-recover first (its last committed position), then a start that
#                            rejoins by IST (only the missing write sets) instead of a full copy
#   cluster_writer           the node HAProxy sends writes to now (1..3)
#   cluster_start_haproxy    frontends: database writes on $CLUSTER_DB_PORT, HTTP on $CLUSTER_HTTP_PORT
#   cluster_start_app I      app instance I (1 or 2) on port $((CLUSTER_HTTP_PORT + I)), through HAProxy
#   cluster_kill_app I / cluster_stop_all
#
# Ports (all on 127.0.0.1, outside the ephemeral range): nodes 13306-13308 (clients), 14567-14569 (group
# communication), 14577-14579 (IST), 14447-14449 (SST); HAProxy 13300 (database writes), 18400 (HTTP, both apps),
# 18499 (stats); apps 18401 and 18402.

CLUSTER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="${CLUSTER_DIR:-$CLUSTER_ROOT/target/cluster}"
CLUSTER_DB_PORT="${CLUSTER_DB_PORT:-13300}"
CLUSTER_HTTP_PORT="${CLUSTER_HTTP_PORT:-18400}"
CLUSTER_JDBC_URL="jdbc:mysql://127.0.0.1:$CLUSTER_DB_PORT/fieldback"
CLUSTER_URL="http://127.0.0.1:$CLUSTER_HTTP_PORT"

cluster_log() {
    printf '[cluster %s] %s\n' "$(date +%H:%M:%S)" "$*"
}

cluster_install() {
    if command -v mariadbd >/dev/null && [ -f /usr/lib/galera/libgalera_smm.so ] && command -v mariabackup >/dev/null \
        && command -v haproxy >/dev/null; then
        return 0
    fi
    cluster_log "installing mariadb-server galera-4 mariadb-backup haproxy (Debian packages)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server galera-4 mariadb-backup haproxy >/dev/null
}

node_dir() { echo "$CLUSTER_DIR/node$1"; }
node_port() { echo $((13305 + $1)); }

cluster_init() {
    rm -rf "$CLUSTER_DIR"
    mkdir -p "$CLUSTER_DIR"
    local n
    for n in 1 2 3; do
        local dir
        dir=$(node_dir "$n")
        mkdir -p "$dir/data" "$dir/tmp"
        node_config "$n" >"$dir/my.cnf"
    done
    # only the bootstrapping node needs system tables: a joiner's empty data directory is filled by the donor (SST)
    mariadb-install-db --no-defaults --user=root --datadir="$(node_dir 1)/data" --auth-root-authentication-method=socket \
        >"$(node_dir 1)/install.log" 2>&1
}

# Why each setting: binlog_format=ROW and innodb_autoinc_lock_mode=2 are what Galera replicates; the audit log's
# triggers need log_bin_trust_function_creators=1 on every node (ERROR 1419 otherwise); mariabackup SST because
# rsync SST fails when mariadbd runs as root; short evs timeouts so a dead node is declared dead in ~3 s, not ~6 s.
node_config() {
    local n="$1" dir
    dir=$(node_dir "$n")
    cat <<CNF
[mysqld]
user=root
datadir=$dir/data
tmpdir=$dir/tmp
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=$(node_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=300
max_allowed_packet=64M
innodb_buffer_pool_size=96M
innodb_flush_log_at_trx_commit=2
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=fieldback
wsrep_cluster_address=gcomm://127.0.0.1:14567,127.0.0.1:14568,127.0.0.1:14569
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((14566 + n))
wsrep_node_incoming_address=127.0.0.1:$(node_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((14566 + n));ist.recv_addr=127.0.0.1:$((14576 + n));evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT2S;evs.inactive_timeout=PT4S;gcache.size=128M"
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
wsrep_sst_receive_address=127.0.0.1:$((14446 + n))
CNF
}

node_sql() {
    local n="$1"
    shift
    mariadb --no-defaults --protocol=socket -S "$(node_dir "$n")/mysqld.sock" -uroot -N -B -e "$*"
}

# The PID of the mariadbd this script started for node N (mariadbd does not fork: it is $! of its start).
node_pid() {
    local pidfile
    pidfile="$(node_dir "$1")/started.pid"
    [ -f "$pidfile" ] && cat "$pidfile"
}

# Waits until node N is Synced (a member of the primary component that accepts clients).
node_wait_synced() {
    local n="$1" pid="$2" state
    for _ in $(seq 600); do
        if ! kill -0 "$pid" 2>/dev/null; then
            cluster_log "node $n stopped while starting; see $(node_dir "$n")/error.log"
            tail -5 "$(node_dir "$n")/error.log"
            return 1
        fi
        state=$(node_sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
        if [ "$state" = "Synced" ]; then
            return 0
        fi
        sleep 0.2
    done
    cluster_log "node $n is not Synced after 120 s (state: ${state:-down}); see $(node_dir "$n")/error.log"
    return 1
}

cluster_start_node() {
    local n="$1" extra=()
    [ "${2:-}" = bootstrap ] && extra=(--wsrep-new-cluster)
    local dir
    dir=$(node_dir "$n")
    cluster_log "starting node $n on port $(node_port "$n") ${2:-}"
    mariadbd --defaults-file="$dir/my.cnf" "${extra[@]}" >>"$dir/stdout.log" 2>&1 &
    echo $! >"$dir/started.pid"
    node_wait_synced "$n" $!
    cluster_log "node $n Synced (cluster size $(node_sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2))"
}

cluster_kill_node() {
    local n="$1" pid
    pid=$(node_pid "$n")
    cluster_log "SIGKILL node $n (pid $pid)"
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    rm -f "$(node_dir "$n")/started.pid"
}

cluster_stop_node() {
    local n="$1" pid
    pid=$(node_pid "$n") || return 0
    rm -f "$(node_dir "$n")/started.pid"
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}

# After a crash the node must learn its last committed position (--wsrep-recover) before it starts, else it asks
# the cluster for a full state transfer.
cluster_restart_node() {
    local n="$1" dir position
    dir=$(node_dir "$n")
    cluster_log "recovering node $n's position (--wsrep-recover)"
    mariadbd --defaults-file="$dir/my.cnf" --wsrep-recover >>"$dir/stdout.log" 2>&1 || true
    position=$(grep -o 'Recovered position: [^ ]*' "$dir/error.log" | tail -1 | cut -d' ' -f3)
    cluster_log "node $n recovered position $position"
    mariadbd --defaults-file="$dir/my.cnf" --wsrep-start-position="$position" >>"$dir/stdout.log" 2>&1 &
    echo $! >"$dir/started.pid"
    node_wait_synced "$n" $!
    cluster_log "node $n Synced again ($(grep -c 'IST received' "$dir/error.log" || true) IST, $(grep -c 'SST complete\|SST succeeded\|Joiner monitor' "$dir/error.log" || true) SST lines in its log)"
}

# The app's database, user and the user HAProxy's health check logs in with; replicated to every node.
cluster_create_schema() {
    node_sql 1 "CREATE DATABASE IF NOT EXISTS fieldback CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'fieldback'@'127.0.0.1' IDENTIFIED BY 'fieldback';
        GRANT ALL PRIVILEGES ON fieldback.* TO 'fieldback'@'127.0.0.1';
        CREATE USER IF NOT EXISTS 'haproxy'@'127.0.0.1';"
}

# Writes go to ONE node at a time: row locks are local to a node in Galera (two nodes can both "lock" a row; the
# loser fails certification at commit), so the jobs' FOR UPDATE SKIP LOCKED claims are only exclusive on one node.
# "balance first" + a one-entry stick table: the first healthy node takes every connection and keeps them after a
# failed node comes back (no flapping back); a node marked down has its sessions cut, so pools reconnect at once.
cluster_haproxy_config() {
    cat <<CFG
global
    maxconn 2000
defaults
    timeout connect 2s
    timeout client 1h
    timeout server 1h
    timeout check 1s
listen stats
    mode http
    bind 127.0.0.1:18499
    stats enable
    stats uri /
listen galera_writes
    mode tcp
    bind 127.0.0.1:$CLUSTER_DB_PORT
    balance first
    stick-table type integer size 1
    stick on int(1)
    option mysql-check user haproxy post-41
    default-server inter 500ms fall 2 rise 4 on-marked-down shutdown-sessions
    server node1 127.0.0.1:13306 check
    server node2 127.0.0.1:13307 check
    server node3 127.0.0.1:13308 check
frontend http
    mode http
    bind 127.0.0.1:$CLUSTER_HTTP_PORT
    timeout client 60s
    default_backend apps
backend apps
    mode http
    balance roundrobin
    timeout server 60s
    option httpchk GET /q/health/ready
    default-server inter 1s fall 2 rise 2
    retry-on conn-failure empty-response
    retries 2
    option redispatch
    server app1 127.0.0.1:$((CLUSTER_HTTP_PORT + 1)) check
    server app2 127.0.0.1:$((CLUSTER_HTTP_PORT + 2)) check
CFG
}

cluster_start_haproxy() {
    cluster_haproxy_config >"$CLUSTER_DIR/haproxy.cfg"
    haproxy -f "$CLUSTER_DIR/haproxy.cfg" -c -q
    cluster_log "starting HAProxy: database writes on $CLUSTER_DB_PORT, HTTP on $CLUSTER_HTTP_PORT, stats on 18499"
    haproxy -f "$CLUSTER_DIR/haproxy.cfg" -db >"$CLUSTER_DIR/haproxy.log" 2>&1 &
    echo $! >"$CLUSTER_DIR/haproxy.pid"
}

# The node HAProxy sends writes to (the one holding the stick-table entry), by asking through HAProxy.
cluster_writer() {
    mariadb --no-defaults -h127.0.0.1 -P"$CLUSTER_DB_PORT" -ufieldback -pfieldback -N -B \
        -e "SELECT @@port - 13305" 2>/dev/null
}

# The settings every instance shares (README, "Running several instances"); CLUSTER_APP_ENV adds more. The pool
# waits longer for a connection than the app's defaults (3 s, 2 s to connect): on this shared 2-core machine a
# first connection (TLS handshake in a cold JVM) took longer than 3 s while six builds ran.
cluster_start_app() {
    local i="$1" port=$((CLUSTER_HTTP_PORT + $1))
    local jar="$CLUSTER_ROOT/target/quarkus-app/quarkus-run.jar"
    cluster_log "starting app instance $i on port $port"
    # shellcheck disable=SC2086
    env QUARKUS_DATASOURCE_JDBC_URL="$CLUSTER_JDBC_URL" \
        QUARKUS_DATASOURCE_USERNAME=fieldback QUARKUS_DATASOURCE_PASSWORD=fieldback \
        QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="$CLUSTER_ROOT/src/main/resources/dev/publicKey.pem" FIELDBACK_ALLOW_DEV_KEYS=true \
        QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="${CLUSTER_ACQUISITION_TIMEOUT:-15S}" \
        QUARKUS_DATASOURCE_JDBC_ADDITIONAL_JDBC_PROPERTIES_CONNECTTIMEOUT="${CLUSTER_CONNECT_TIMEOUT_MS:-10000}" \
        FIELDBACK_LIMITS_BACKEND=database FIELDBACK_LIMITS_ENABLED="${CLUSTER_LIMITS_ENABLED:-true}" \
        FIELDBACK_VISITS_ATTACHMENT_DIR="$CLUSTER_DIR/shared/attachments" \
        FIELDBACK_SURVEY_SPOOL_DIR="$CLUSTER_DIR/shared/survey-uploads" \
        ${CLUSTER_APP_ENV:-} \
        java -Xmx384m -jar "$jar" >>"$CLUSTER_DIR/app$i.log" 2>&1 &
    echo $! >"$CLUSTER_DIR/app$i.pid"
    for _ in $(seq 360); do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
            cluster_log "app instance $i ready"
            return 0
        fi
        kill -0 "$(cat "$CLUSTER_DIR/app$i.pid")" 2>/dev/null || break
        sleep 0.5
    done
    tail -30 "$CLUSTER_DIR/app$i.log"
    cluster_log "app instance $i did not become ready"
    return 1
}

cluster_kill_app() {
    local pid
    pid=$(cat "$CLUSTER_DIR/app$1.pid")
    cluster_log "SIGKILL app instance $1 (pid $pid)"
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
}

# Stops what these functions started, by the PIDs they recorded.
cluster_stop_all() {
    local f pid
    for f in "$CLUSTER_DIR"/app1.pid "$CLUSTER_DIR"/app2.pid "$CLUSTER_DIR"/haproxy.pid; do
        [ -f "$f" ] || continue
        pid=$(cat "$f")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
        rm -f "$f"
    done
    for n in 3 2 1; do cluster_stop_node "$n" || true; done
}
