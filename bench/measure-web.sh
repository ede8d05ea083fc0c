#!/usr/bin/env bash
# Measures the search page and /api/search on the seed: a Release `fundus serve` on a fresh data directory, and
# `fundus-bench http` in a separate process sending REQUESTS requests to each, one at a time, on loopback.
# Prints one table per run (RUNS runs) with round-trip and server-side p50/p95/p99, and the page weight.
# Usage: bench/measure-web.sh      (REQUESTS=1000 RUNS=3 PORT=5398 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
REQUESTS=${REQUESTS:-1000}
PORT=${PORT:-5398}
dotnet build -c Release bench/Fundus.Bench -v q -nologo >/dev/null
source bench/seed-server.sh
start_seed_server "$PORT"

for run in $(seq "$RUNS"); do
  echo "run $run"
  dotnet bench/Fundus.Bench/bin/Release/net10.0/fundus-bench.dll http --url "http://127.0.0.1:$PORT" --requests "$REQUESTS"
  echo
done
