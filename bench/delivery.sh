#!/usr/bin/env bash
# Outbound delivery throughput through a real plugin (the bundled webhook channel) to a local HTTP
# receiver, and the host's overhead per message against calling the same plugin directly:
#   1. direct: PF4J loads the webhook plugin jar and send() is called on 4 threads (no outbox);
#   2. host: the packaged app with its embedded store queues MESSAGES test messages on a webhook
#      channel (delivery off), restarts with delivery on, and the receiver times their arrival.
#      The worker sends on 4 lanes per channel (crm.channels.concurrency-per-channel), and every
#      message costs a claim, a send and a recorded attempt, each committed to disk.
# Usage: bench/delivery.sh [messages=5000]
# Build first: ./mvnw -q -DskipTests install
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-5000}
port=18082
receiver_port=18099
password='Bench-lantern-2026'
work=$(mktemp -d)
base="http://127.0.0.1:$port"
m2=${MAVEN_REPO:-$HOME/.m2/repository}
plugin=crm-plugins/crm-channel-webhook/target/crm-channel-webhook-0.1.0-SNAPSHOT.jar
cp crm-app/target/crm-app.jar "$work/crm-app.jar"

java -Dsun.net.httpserver.nodelay=true bench/delivery/Receiver.java $receiver_port >"$work/receiver.log" 2>&1 &
receiver=$!
app=
trap 'kill $receiver ${app:-} 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fs "http://127.0.0.1:$receiver_port/stats" >/dev/null 2>&1; do sleep 0.2; done
stats() { curl -fs "http://127.0.0.1:$receiver_port/stats"; }

echo "== direct: plugin send() on 4 threads"
cp_direct="$m2/org/pf4j/pf4j/3.15.0/pf4j-3.15.0.jar:$m2/com/github/zafarkhaja/java-semver/0.10.2/java-semver-0.10.2.jar:$m2/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar:crm-plugins/crm-plugin-api/target/crm-plugin-api-0.1.0-SNAPSHOT.jar"
java -cp "$cp_direct" bench/delivery/DirectSend.java "$plugin" "http://127.0.0.1:$receiver_port/hook" "$messages" 4 2>/dev/null | grep DIRECT
curl -fs -X POST "http://127.0.0.1:$receiver_port/reset"

start_app() { # $1 = delivery enabled
  CRM_DATA_DIR="$work/data" CRM_PLUGINS_DIR="$work/plugins" CRM_ADMIN_PASSWORD="$password" PORT=$port \
    java -Xmx1g -jar "$work/crm-app.jar" --crm.security.bcrypt-strength=4 --crm.customer.value.scoring-enabled=false \
    --crm.complaint.escalation-enabled=false --crm.channels.polling.enabled=false \
    --crm.channels.delivery.enabled="$1" --crm.channels.delivery.interval=200ms >>"$work/app.log" 2>&1 &
  app=$!
  until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$app" 2>/dev/null || { echo "app died"; tail -20 "$work/app.log"; exit 1; }
    sleep 0.2
  done
}

echo "== host: queue $messages messages (delivery off)"
start_app false
curl -fs -u "admin:$password" -X PUT -H 'Content-Type: application/json' "$base/api/v1/channels/bench-hook" \
  -d "{\"adapter\":\"webhook\",\"settings\":{\"target-url\":\"http://127.0.0.1:$receiver_port/hook\"},\"secrets\":{\"signing-secret\":\"bench-signing-secret\"}}" >/dev/null
java bench/delivery/Enqueue.java "$base" "$password" bench-hook "$messages"
kill "$app"; wait "$app" 2>/dev/null || true

echo "== host: deliver them (delivery on)"
start_app true
up=$(date +%s%N)
while true; do
  read -r count first last <<<"$(stats)"
  (( count >= messages )) && break
  sleep 0.5
done
wall=$(( ($(date +%s%N) - up) / 1000000 ))
span=$(( (last - first) / 1000000 ))
echo "HOST messages=$count first-to-last=${span}ms rate=$(( count * 1000 / (span > 0 ? span : 1) ))/s per-message=$(( span * 1000 * 4 / count ))us (4 lanes) wall-from-health=${wall}ms"
sent=$(curl -fs -u "admin:$password" "$base/api/v1/outbox?status=SENT&channel=bench-hook&size=1" | grep -o '"total":[0-9]*')
echo "outbox: SENT $sent"
