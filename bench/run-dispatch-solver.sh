#!/usr/bin/env bash
# The day-plan solver alone (issue 19), one command:  bench/run-dispatch-solver.sh
# Packages the app if it is stale (./mvnw package -DskipTests) and builds the bench module with its "solver" profile
# (bench/src/solver/java, compiled against the app's jar and the solver library), then runs
# io.fieldback.bench.dispatch.SolverBench: no database, no HTTP. bench/run-dispatch.sh measures the same day through the API (and the candidates).
# Travel is compared like for like: the solver plans exactly the visits nearest-first placed. Each run stops at 30 s
# (the app's limit), or with  bench/run-dispatch-solver.sh N  after N score calculations (a fair figure on a loaded
# machine: the same work whatever the load); the score calculations are printed either way.
BENCH_WORK=bench-solver
source "$(dirname "$0")/lib.sh"
bench_init "$@"
bench_build_app
bench_build_tools -Psolver
BENCH_TOOL_CP="$(ls "$ROOT"/target/fieldback-*.jar | head -1)" bench_java dispatch.SolverBench "$@"
