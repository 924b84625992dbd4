#!/usr/bin/env bash
# Mixed workload over HTTP against the packaged app on a fresh embedded store: customer 360 reads,
# complaint registration, the agent's queue and loyalty earn postings, first at steady rates (open
# loop), then saturated by closed-loop clients, then the same clients on GET /api/v1/me (the
# cheapest signed-in JSON endpoint: the framework ceiling) and on the anonymous health endpoint.
# Reports throughput, p50/p95/p99/max latency, the ratio mixed/ceiling, app CPU, heap and RSS.
# Usage: bench/mixed-load.sh [steady-seconds=60] [rates=360,register,queue,earn per s: 8,2,5,5]
#                            [clients=16] [saturation-seconds=30] [customers=300] [max-heap=1g]
# Environment: CRM_SECURITY_BCRYPT_STRENGTH (default 10, the production default) and any other
# crm.* setting the app takes from the environment. The app keeps every background pass on, as
# deployed. Builds the jar when it is missing (MIXED_LOAD_REBUILD=1 to rebuild).
set -euo pipefail
cd "$(dirname "$0")/.."
steady=${1:-60}
rates=${2:-8,2,5,5}
clients=${3:-16}
saturation=${4:-30}
customers=${5:-300}
heap=${6:-1g}
jar=crm-app/target/crm-app.jar
if [[ ! -f "$jar" || "${MIXED_LOAD_REBUILD:-0}" == 1 ]]; then
  ./mvnw -q -B -ntp -DskipTests -pl crm-app -am package
fi
port=18090
password='Bench-lantern-2026'
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
CRM_DATA_DIR="$data" CRM_PLUGINS_DIR="$data/plugins" CRM_ADMIN_PASSWORD="$password" PORT=$port \
  java -Xmx"$heap" -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { cat "$data/app.log"; echo "app died"; exit 1; }
  sleep 0.5
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)'), app heap -Xmx$heap, bcrypt strength ${CRM_SECURITY_BCRYPT_STRENGTH:-10}"
java -cp bench/mixed-load bench/mixed-load/MixedLoad.java "http://127.0.0.1:$port" "$password" "$pid" \
  "$(getconf CLK_TCK)" "$customers" "$steady" "$rates" "$clients" "$saturation"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
