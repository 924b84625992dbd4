#!/usr/bin/env bash
# Scorecards of 1,000 agents over one quarter (2025-Q1), on a fresh embedded store: loads N complaints
# owned by 1,000 agents with their KPI facts, N/4 answered surveys and 3 QA reviews per agent, then
# times Scorecards.compute for all 1,000 agents (twice).
# The embedded store scans (its non-unique indexes are not used): figures grow with the collection.
# Usage: bench/scorecards.sh [complaints=1000000] [max-heap=8g] [data-dir]
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
javac -d bench/target -cp "$cp" bench/scorecards/ScorecardBench.java
java -Xmx"$heap" -cp "bench/target:$cp" ScorecardBench "$complaints" $data
