#!/usr/bin/env bash
# Measures how long the packaged app takes to answer /actuator/health with UP, its resident memory,
# and its heap in use when idle (after a GC), on a fresh temporary data directory.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -q -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=crm-app/target/crm-app.jar
port=18080
password='Bench-lantern-2026'
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  CRM_DATA_DIR="$data" CRM_PLUGINS_DIR="$data/plugins" CRM_ADMIN_PASSWORD="$password" PORT=$port \
    java -jar "$jar" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $data/app.log"; exit 1; }
    sleep 0.1
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  jvm_started=$(grep -o 'Started CrmApplication in [0-9.]* seconds' "$data/app.log" | grep -o '[0-9.]*' || true)
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  heap=$(curl -fs -u "admin:$password" "http://127.0.0.1:$port/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | grep -o '"value":[0-9.E]*' | head -1 | cut -d: -f2)
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  heap_mib=$(echo "$heap" | awk '{printf "%.1f", $1 / 1048576}')
  printf 'run %d: ready in %d ms (Spring: %s s), idle heap used %s MiB, RSS %d MiB\n' \
    "$run" "$ready" "${jvm_started:-?}" "$heap_mib" $((rss_kb / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
