#!/usr/bin/env bash
# Points ledger throughput: earn/redeem postings through the application service (the LoyaltyPoints
# api), against the embedded store (durable commits), on one hot account and on many accounts.
# Usage: bench/loyalty.sh [threads=16] [ops-per-thread=200] [accounts=1000] [max-heap=2g]
# Builds in the work tree without installing into the local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-16}
ops=${2:-200}
accounts=${3:-1000}
heap=${4:-2g}
./mvnw -q -B -ntp -DskipTests -pl crm-app -am package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=runtime
cp="crm-app/target/classes:$(cat crm-app/target/bench.cp)"
mkdir -p bench/target
javac -d bench/target -cp "$cp" bench/loyalty/LoyaltyBench.java
java -Xmx"$heap" -cp "bench/target:$cp" LoyaltyBench "$threads" "$ops" "$accounts"
