#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster, HAProxy and two app instances on this machine (issue 22):  cluster/run.sh
#
# From a bare Debian machine (as root): installs mariadb-server, galera-4, mariadb-backup and haproxy if missing,
# creates three fresh data directories under target/cluster, bootstraps node 1 and joins nodes 2 and 3 (state
# transfer by mariabackup, ~20 s each), creates the app's database and user, starts HAProxy (database writes on
# 127.0.0.1:13300 to one node with health checks and failover; HTTP on 127.0.0.1:18400 to both app instances) and
# two instances of the packaged app (built if missing) on ports 18401 and 18402. Then it waits; Ctrl-C stops
# everything it started. CLUSTER_APPS=0 starts the database side only; CLUSTER_APP_ENV="K=V ..." adds app settings.
# See README, "Running several instances" for the settings and what each piece does.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap cluster_stop_all EXIT
trap 'exit 130' INT TERM

cluster_install
cluster_init
cluster_start_node 1 bootstrap
cluster_create_schema
cluster_start_node 2
cluster_start_node 3
cluster_start_haproxy
if [ "${CLUSTER_APPS:-2}" != 0 ]; then
    jar="$CLUSTER_ROOT/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$CLUSTER_ROOT/src/main" "$CLUSTER_ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
        cluster_log "building the app (./mvnw package -DskipTests)"
        (cd "$CLUSTER_ROOT" && ./mvnw -B -q package -DskipTests)
    fi
    cluster_start_app 1   # the first one runs the migrations; the second finds them done
    cluster_start_app 2
fi
cluster_log "up: API $CLUSTER_URL (both instances), database $CLUSTER_JDBC_URL (user fieldback), HAProxy stats http://127.0.0.1:18499/"
cluster_log "writer node: $(cluster_writer); Ctrl-C stops everything"
while true; do sleep 3600; done
