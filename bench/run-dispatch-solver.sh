#!/usr/bin/env bash
# The day-plan solver alone (issue 19), one command:  bench/run-dispatch-solver.sh
# Compiles the app (./mvnw compile) and runs bench/dispatch/SolverBench.java on its classes and the solver's
# jars: no database, no HTTP. bench/run-dispatch.sh measures the same day through the API (and the candidates).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/bench-solver"
mkdir -p "$OUT"
./mvnw -q -B -o compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$OUT/cp.txt")"
javac -cp "$CP" -d "$OUT" bench/dispatch/SolverBench.java
java -cp "$OUT:$CP" SolverBench
