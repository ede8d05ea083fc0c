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
data=$(mktemp -d)
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

dotnet build -c Release src/Fundus.Cli -v q -nologo >/dev/null
dotnet src/Fundus.Cli/bin/Release/net10.0/fundus.dll serve --data "$data" --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/api/search?q=Linz" >/dev/null 2>&1 && break; sleep 0.2; done

wrk -t2 -c"$CONNECTIONS" -d"$((MINUTES * 60))s" --latency -s bench/queries.lua "http://127.0.0.1:$PORT" >"$data.wrk" &
load=$!
echo "second,rss_mib"
start=$(date +%s)
while kill -0 "$load" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status")
  echo "$(( $(date +%s) - start )),$rss"
  sleep 10
done
grep -E "Requests/sec|Non-2xx|50%|75%|90%|99%|requests in|Socket errors" "$data.wrk"
rm -f "$data.wrk"
