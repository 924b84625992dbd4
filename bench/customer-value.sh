#!/usr/bin/env bash
# Customer value at scale on the packaged app with its embedded store:
#   1. generates the order history of CUSTOMERS customers who behave as BG/NBD and Gamma-Gamma
#      assume (bench/customer-value/OrderHistoryGenerator.java: about 4.3 orders per customer) and
#      imports it through POST /api/v1/orders/import,
#      sampling the heap in use and the process RSS while the job runs (bounded memory);
#   2. fits BG/NBD + Gamma-Gamma (POST /api/v1/clv/fits) and reports the fit time;
#   3. runs the scoring job (RFM, CLV, P(alive), tier, stage for every customer) and reports its time.
# Usage: bench/customer-value.sh [customers] [max-heap] [all|import] [alpha]
#   e.g. bench/customer-value.sh 250000 2g;  bench/customer-value.sh 250000 512m import;
#        bench/customer-value.sh 1000000 3g all 40   (1M customers, ~1.5 orders each)
# Build first: ./mvnw -q -DskipTests install
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-250000}
heap=${2:-2g}
phases=${3:-all}          # "import" stops after the import (e.g. to show it fits a small heap)
alpha=${4:-10}            # scale of purchase rates in weeks: larger = fewer orders per customer
jar=crm-app/target/crm-app.jar
port=18081
password='Bench-lantern-2026'
work=$(mktemp -d)
csv="$work/orders.csv"
base="http://127.0.0.1:$port"

echo "generating the order history of $customers customers (BG/NBD + Gamma-Gamma behaviour, fixed seed)"
rows=$(java bench/customer-value/OrderHistoryGenerator.java "$csv" "$customers" 42 "$alpha")
echo "$rows order rows"
ls -l "$csv" | awk '{printf "file: %.1f MiB\n", $5 / 1048576}'

# Run a copy: a rebuild during a long run must not swap the classes under the running JVM.
cp "$jar" "$work/crm-app.jar"
CRM_DATA_DIR="$work/data" CRM_PLUGINS_DIR="$work/plugins" CRM_ADMIN_PASSWORD="$password" PORT=$port \
  java -Xmx"$heap" -jar "$work/crm-app.jar" --crm.customer.value.scoring-enabled=false >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "app died, see $work/app.log"; cat "$work/app.log" | tail -20; exit 1; }
  sleep 0.2
done

heap_mib() {
  curl -fs -u "admin:$password" "$base/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | grep -o '"value":[0-9.E]*' | head -1 | cut -d: -f2 | awk '{printf "%d", $1 / 1048576}'
}
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }
json() { grep -o "\"$1\":[^,}]*" | head -1 | cut -d: -f2- | tr -d '"'; }

await_job() { # $1 = job location, $2 = file for the final job; prints samples, sets max_heap/max_rss
  max_heap=0; max_rss=0
  while true; do
    job=$(curl -fs -u "admin:$password" "$base$1")
    state=$(echo "$job" | json state)
    h=$(heap_mib); r=$(rss_mib)
    (( h > max_heap )) && max_heap=$h
    (( r > max_rss )) && max_rss=$r
    echo "  $(date -u +%T) state=$state rows=$(echo "$job" | json rowsDone)/$(echo "$job" | json rowsTotal) rate=$(echo "$job" | json rowsPerSecond)/s heap=${h}MiB rss=${r}MiB"
    [[ "$state" == COMPLETED || "$state" == FAILED ]] && break
    sleep 5
  done
  echo "$job" >"$2"
}

echo "== import"
start=$(date +%s%N)
location=$(curl -fs -u "admin:$password" -H 'Content-Type: text/csv' --data-binary @"$csv" -D - -o /dev/null \
  "$base/api/v1/orders/import" | awk -F': ' 'tolower($1) == "location" {print $2}' | tr -d '\r')
accepted=$(( ($(date +%s%N) - start) / 1000000 ))
echo "upload accepted in $accepted ms -> $location"
await_job "$location" "$work/import.json"
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
echo "import: $(cat "$work/import.json")"
echo "IMPORT rows=$rows customers=$customers wall=${elapsed}ms rate=$(( rows * 1000 / elapsed )) rows/s max_heap=${max_heap}MiB max_rss=${max_rss}MiB (-Xmx$heap)"

[[ "$phases" == import ]] && exit 0

echo "== fit"
asof=$(date -u +%F)
fit=$(curl -fs -u "admin:$password" -H 'Content-Type: application/json' \
  -d "{\"asOf\":\"$asof\",\"timeUnit\":\"WEEKS\"}" "$base/api/v1/clv/fits")
echo "$fit"
echo "FIT customers=$(echo "$fit" | json customers) request=$(echo "$fit" | json durationMillis)ms models=$(echo "$fit" | json modelMillis)ms"

echo "== scoring"
start=$(date +%s%N)
location=$(curl -fs -u "admin:$password" -H 'Content-Type: application/json' -d '{}' -D - -o /dev/null \
  "$base/api/v1/customer-scoring/runs" | awk -F': ' 'tolower($1) == "location" {print $2}' | tr -d '\r')
await_job "$location" "$work/scoring.json"
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
echo "scoring: $(cat "$work/scoring.json")"
echo "SCORING customers=$customers wall=${elapsed}ms max_heap=${max_heap}MiB max_rss=${max_rss}MiB"
