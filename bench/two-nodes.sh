#!/usr/bin/env bash
# Two app nodes on one database, every scheduled job on both, load through both, exactly once.
#   node A: the packaged app with its embedded store (data dir under the work directory), port 8081,
#           the store on a fixed loopback port (crm.store-port);
#   node B: the same jar, port 8082, spring.mongodb.uri pointing at node A's store (only one
#           process may open the data file).
# Both run SLA escalation, outbox delivery, points expiry, retention every second, and the daily
# tier/CLV scoring cron at one chosen second after the load (both nodes fire; one claims the day).
# bench/two-nodes/TwoNodes.java drives the load, alternating nodes, then waits until every job is
# done and checks from the database and its webhook receiver that each item was handled once.
# Usage: [CRM_BENCH_START_ALLOWANCE=240] bench/two-nodes.sh [load-seconds=60] [work-dir=a fresh temporary directory]
# Builds the jar when crm-app/target/crm-app.jar is missing (./mvnw -q -DskipTests package -pl crm-app -am).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
port_a=8081
port_b=8082
store_port=${CRM_BENCH_STORE_PORT:-27117}
receiver_port=18098
password='Bench-twin-harbour-2026'
[[ -f crm-app/target/crm-app.jar ]] || ./mvnw -q -B -ntp -DskipTests package -pl crm-app -am
cp crm-app/target/crm-app.jar "$work/crm-app.jar"
# The driver needs the MongoDB driver: take it from the application jar.
mkdir -p "$work/lib"
(cd "$work/lib" && jar xf ../crm-app.jar $(jar tf ../crm-app.jar | grep -E 'BOOT-INF/lib/(mongodb-driver-sync|mongodb-driver-core|bson)-[0-9]'))
driver_cp=$(ls "$work"/lib/BOOT-INF/lib/*.jar | paste -sd:)

node_a= node_b=
trap 'kill ${node_b:-} 2>/dev/null || true; sleep 1; kill ${node_a:-} 2>/dev/null || true; wait 2>/dev/null || true' EXIT

# The scoring cron fires once, at a second after both nodes are up (allowing CRM_BENCH_START_ALLOWANCE
# seconds, default 240, for both to start) and the load has ended, so the day's run scores every
# customer the load created. A busy machine needs more: the driver says when the run came too early.
fire=$(( $(date +%s) + ${CRM_BENCH_START_ALLOWANCE:-240} + seconds + 10 ))
cron="$(date -u -d "@$fire" +'%-S %-M %-H') * * *"

start_node() { # $1 = name, $2 = port, rest = extra arguments
  local name=$1 port=$2; shift 2
  CRM_ADMIN_PASSWORD="$password" PORT=$port CRM_PLUGINS_DIR="$work/plugins-$name" \
    java -Xmx768m -jar "$work/crm-app.jar" --crm.security.bcrypt-strength=4 \
    --crm.complaint.escalation-interval=1s --crm.complaint.escalation-batch=20 --crm.complaint.escalate-after=PT20S \
    --crm.channels.delivery.interval=1s --crm.channels.delivery.batch-size=10 \
    --crm.loyalty.points.expiry-interval=1s --crm.loyalty.points.expiry-batch=10 \
    --crm.complaint.retention.interval=1s --crm.complaint.retention.batch=5 \
    --crm.customer.value.scoring-cron="$cron" --crm.channels.polling.enabled=false "$@" >"$work/node-$name.log" 2>&1 &
  echo $!
}
await_up() { # $1 = pid, $2 = port, $3 = name
  until curl -fs "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$1" 2>/dev/null || { echo "node $3 died"; tail -30 "$work/node-$3.log"; exit 1; }
    sleep 0.5
  done
}

status=0
started=$(date +%s%N)
node_a=$(start_node A $port_a --crm.data-dir="$work/data" --crm.store-port=$store_port)
await_up "$node_a" $port_a A
up_a=$(( ($(date +%s%N) - started) / 1000000 ))
node_b=$(start_node B $port_b --spring.mongodb.uri="mongodb://127.0.0.1:$store_port/crm")
await_up "$node_b" $port_b B
up_b=$(( ($(date +%s%N) - started) / 1000000 - up_a ))
echo "UP node A (embedded store on 127.0.0.1:$store_port, data in $work/data) in ${up_a} ms; node B (spring.mongodb.uri) in ${up_b} ms; scoring cron '$cron' UTC"
(( $(date +%s) < fire - seconds )) || echo "WARNING nodes took longer than CRM_BENCH_START_ALLOWANCE: the scoring run will fire during the load"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the load"

java -cp "$driver_cp" bench/two-nodes/TwoNodes.java "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$password" \
  "mongodb://127.0.0.1:$store_port/crm" "$seconds" $receiver_port || status=$?
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after; RSS node A $(( $(awk '/VmRSS/{print $2}' /proc/$node_a/status) / 1024 )) MiB, node B $(( $(awk '/VmRSS/{print $2}' /proc/$node_b/status) / 1024 )) MiB"
exit $status
