#!/usr/bin/env bash
# Many SIGKILL/restart cycles of the whole application under API load (ApiCrashDurabilityTest with
# more cycles than the CI run's 3). Each cycle costs one application start.
# Usage: bench/crash.sh [cycles] [seed]   (a failing run prints its seed; pass it to replay)
set -euo pipefail
cd "$(dirname "$0")/.."
cycles=${1:-20}
seed_arg=()
if [ -n "${2:-}" ]; then seed_arg=("-Dcrm.crash.seed=$2"); fi
# The test prints its seed and one line per cycle to the console.
./mvnw -q -B -pl crm-app -am verify -Dmdep.skip=true -Dtest=ApiCrashDurabilityTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dcrm.crash.cycles="$cycles" "${seed_arg[@]}"
