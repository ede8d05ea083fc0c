#!/usr/bin/env bash
# The acknowledged-writes crash test with many kill points (CI runs 50): a real `fundus serve` is killed with
# SIGKILL at random moments while batches arrive, restarted, and at the end every acknowledged batch must be in
# the store and the index must agree with it. Prints the seed, the kill count and the articles acknowledged.
# Usage: bench/kill-test.sh [KILL_POINTS]      (default 1000; takes about 45 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
export FUNDUS_KILL_POINTS=${1:-1000}
dotnet test tests/Fundus.Tests --filter "FullyQualifiedName~AckedWritesTests" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "kill points|acknowledged|Passed|Failed|Assert|disagree|missing" || true
