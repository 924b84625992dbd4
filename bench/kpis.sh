#!/usr/bin/env bash
# KPI queries over N complaints received in one year, on a fresh embedded store: loads them with
# orders (N/2) and answered surveys (N/4), then times the year by month without and with a
# breakdown (channel, department, agent), the year by day and one month.
# The embedded store scans (its non-unique indexes are not used): figures grow with the collection.
# Usage: [KPI_BENCH_QUICK=1] bench/kpis.sh [complaints=1000000] [max-heap=8g] [data-dir]
#   KPI_BENCH_QUICK=1: only the year by month, by agent and one month (no catch-up, no per-pipeline timing).
#   A data-dir already loaded by an earlier run with as many complaints is reused (timings only).
# Builds in the work tree without installing into the local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/.."
complaints=${1:-1000000}
heap=${2:-8g}
data=${3:-}
./mvnw -q -B -ntp -DskipTests -pl crm-app -am package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=runtime
cp="crm-app/target/classes:$(cat crm-app/target/bench.cp)"
mkdir -p bench/target
javac -d bench/target -cp "$cp" bench/kpis/KpiBench.java
java -Xmx"$heap" -cp "bench/target:$cp" KpiBench "$complaints" $data
