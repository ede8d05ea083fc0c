#!/usr/bin/env bash
# Overload behaviour: a Release `fundus serve` on the seed with its default limits (2 per core at work, 64
# waiting), loaded by wrk (Debian package) from a separate process with 1×, 2× and 10× the working slots as
# concurrent connections. Prints requests/s, latency percentiles and how many answers were not 2xx (429s).
# Usage: bench/overload.sh     (SECONDS_PER_LEVEL=20 PORT=5397)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5397}
DURATION=${SECONDS_PER_LEVEL:-20}
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
source bench/seed-server.sh
start_seed_server "$PORT"
# Warm up the JIT and the caches before measuring.
wrk -t2 -c8 -d5s -s bench/queries.lua "http://127.0.0.1:$PORT" >/dev/null

# Capacity: the requests Fundus admits at once, at work (2 per core) plus waiting (64).
capacity=$(( 2 * $(nproc) + 64 ))
for connections in $(( 2 * $(nproc) )) "$capacity" $(( 2 * capacity )); do
  echo "== $connections connections (capacity $capacity), ${DURATION}s"
  wrk -t2 -c"$connections" -d"${DURATION}s" --latency -s bench/queries.lua "http://127.0.0.1:$PORT" \
    | grep -E "Requests/sec|Non-2xx|50%|90%|99%|requests in|Socket errors"
done
