#!/usr/bin/env bash
# Escalation pass over N open complaints (1 % due) on the embedded store, then registration latency.
# Usage: bench/escalation.sh [openComplaints=100000] [requestsPerSecond=20] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/.."
open=${1:-100000}; rate=${2:-20}; seconds=${3:-30}
./mvnw -q -B -ntp -DskipTests install
./mvnw -q -B -ntp -pl crm-app dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=runtime
cp="crm-app/target/classes:$(cat crm-app/target/bench.cp)"
mkdir -p bench/target
javac -d bench/target -cp "$cp" bench/escalation/EscalationBench.java
java -Xmx4g -cp "bench/target:$cp" EscalationBench "$open" "$rate" "$seconds"
