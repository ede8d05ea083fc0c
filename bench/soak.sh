#!/usr/bin/env bash
# Soak: a Release `fundus serve` on the seed under steady load from wrk for MINUTES minutes (default 10) at
# CONNECTIONS connections (default 16, the working slots). Samples the server's resident memory every 10 s and
# prints wrk's latency percentiles at the end: memory that keeps climbing, or p99 that drifts, is a leak.
# Usage: bench/soak.sh [MINUTES] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-10}
CONNECTIONS=${2:-16}
PORT=${PORT:-5396}
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
source bench/seed-server.sh
start_seed_server "$PORT"

report=$(mktemp)
wrk -t2 -c"$CONNECTIONS" -d"$((MINUTES * 60))s" --latency -s bench/queries.lua "http://127.0.0.1:$PORT" >"$report" &
load=$!
echo "second,rss_mib"
start=$(date +%s)
while kill -0 "$load" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status")
  echo "$(( $(date +%s) - start )),$rss"
  sleep 10
done
grep -E "Requests/sec|Non-2xx|50%|75%|90%|99%|requests in|Socket errors" "$report"
rm -f "$report"
