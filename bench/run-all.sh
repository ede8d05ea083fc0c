#!/usr/bin/env bash
# The whole benchmark in one go, on one corpus size: the peer engines (SQLite FTS5, PostgreSQL, Xapian, Sphinx, run
# by ../shared/bench/run_peers.sh on the same corpus and queries) and Fundus, one after the other on the same
# machine, then a report with every figure as a median and as a ratio to the peers of this run, and a plot.
#
#   bench/run-all.sh                                   # 100,000 articles
#   N=1000000 RUNS=1 BUILD_REPEATS=1 FLOOR_RUNS=0 bench/run-all.sh  # 1,000,000 articles
#
# Env: N (articles, 100000), DATA (/tmp/bench-data: corpus, indexes, results), RUNS (Fundus imports, 3),
#      ENGINES (peers, "fts5 pg xapian xapianlc sphinx"; add fts5tri for the trigram index), BUILD_REPEATS (peer
#      builds, 3), SECONDS_PER_LEVEL (HTTP load per client count, 20), SKIP_APT=1 (packages already installed),
#      FLOOR_RUNS (import-floor pairs, as RUNS; 0 leaves it out), PORT (5488), PEERS=0 (Fundus only, for trying the script out: the report then has no peers to compare with).
# Writes docs/benchmark-report-N.md and docs/benchmark-latency-N.png; raw results stay in $DATA/results.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
DATA=${DATA:-/tmp/bench-data}
RUNS=${RUNS:-3}
PORT=${PORT:-5488}
SECONDS_PER_LEVEL=${SECONDS_PER_LEVEL:-20}
SHARED=$(cd ../shared/bench && pwd)
RES=$DATA/results
QUERIES=$SHARED/queries.txt
CORPUS=$DATA/corpus_$N.jsonl
FUNDUS_DATA=$DATA/fundus_$N
mkdir -p "$RES"

# 1. The peers; this also installs the packages, makes the corpus and checks its hash. -----------------------
if [[ "${PEERS:-1}" != 0 ]]; then
  ENGINES=${ENGINES:-"fts5 pg xapian xapianlc sphinx"} BUILD_REPEATS=${BUILD_REPEATS:-3} N=$N DATA=$DATA \
    bash "$SHARED/run_peers.sh"
fi
[[ -s "$CORPUS" ]] || { echo "no corpus at $CORPUS (run with the peers, or make it with $SHARED/make_corpus.py)" >&2; exit 1; }
if ! /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-matplotlib >/dev/null
fi

# 2. Fundus, built once. ---------------------------------------------------------------------------------------
dotnet build -c Release src/Fundus.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/Fundus.Bench -v q -nologo >/dev/null
fundus=(dotnet src/Fundus.Cli/bin/Release/net10.0/fundus.dll)
bench=(dotnet bench/Fundus.Bench/bin/Release/net10.0/fundus-bench.dll)
server=""
trap 'if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; fi' EXIT

# 3. Bulk import, RUNS times into a fresh data directory; the last one stays for the searches. -----------------
runs=""
for run in $(seq "$RUNS"); do
  rm -rf "$FUNDUS_DATA"
  /usr/bin/time -f "%e %M" -o "$RES/time" "${fundus[@]}" import "$CORPUS" --data "$FUNDUS_DATA" >"$RES/fundus_import.log" 2>&1
  imported=$(grep -oE '^[0-9]+ imported' "$RES/fundus_import.log" | cut -d' ' -f1)
  [[ "$imported" == "$N" ]] || { echo "import $run stored ${imported:-nothing}, not $N articles" >&2; cat "$RES/fundus_import.log" >&2; exit 1; }
  read -r secs rss <"$RES/time"
  echo "Fundus import $run: $N articles in $secs s, peak RSS $((rss / 1024)) MiB"
  runs="$runs${runs:+,}{\"seconds\": $secs, \"peak_rss_kib\": $rss}"
done
index_bytes=$(du -sb "$FUNDUS_DATA/index" | cut -f1)
store_bytes=$(stat -c %s "$FUNDUS_DATA/fundus.db")
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version)"
cat >"$RES/fundus_import_$N.json" <<EOF
{"articles": $N, "runs": [$runs], "index_bytes": $index_bytes, "store_bytes": $store_bytes,
 "date": "$(date -u +%Y-%m-%d)", "machine": "$machine"}
EOF

# 4. The analysis chain against StandardAnalyzer, in memory, same run. -----------------------------------------
"${bench[@]}" index-throughput --corpus "$CORPUS" --docs $(( N < 10000 ? N : 10000 )) --runs 3 --json "$RES/fundus_chains_$N.json"

# 5. In-process query latency, measured as the peers are. ------------------------------------------------------
"${bench[@]}" query-latency --data "$FUNDUS_DATA" --queries "$QUERIES" --passes 5 --repeats 3 --json "$RES/fundus_query_$N.json"

# 6. Start-up: process start to the first answered query, three times. -----------------------------------------
starts=""
first_query="/api/search?q=$(head -1 "$QUERIES" | cut -f2)"
for _ in 1 2 3; do
  start=$(date +%s%N)
  "${fundus[@]}" serve --data "$FUNDUS_DATA" --urls "http://127.0.0.1:$PORT" >"$RES/fundus_serve.log" 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$PORT$first_query" -o "$RES/first.json"; do sleep 0.01; done
  end=$(date +%s%N)
  grep -q '"total":[1-9]' "$RES/first.json" || { echo "the first query found nothing" >&2; exit 1; }
  starts="$starts${starts:+, }$(awk -v ns=$((end - start)) 'BEGIN {printf "%.3f", ns / 1e9}')"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
echo "{\"seconds\": [$starts]}" >"$RES/fundus_startup_$N.json"
echo "start-up to first answered query: $starts s"

# 7. HTTP under load with 1, 2 and 8 clients, then freshness under query load. ----------------------------------
key=$("${fundus[@]}" keys create --name "bench-$(date +%s)" --role editor --data "$FUNDUS_DATA" 2>/dev/null)
"${fundus[@]}" serve --data "$FUNDUS_DATA" --urls "http://127.0.0.1:$PORT" >"$RES/fundus_serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$PORT$first_query" -o /dev/null; do sleep 0.05; done
"${bench[@]}" http-load --url "http://127.0.0.1:$PORT" --queries "$QUERIES" --clients 1,2,8 --seconds "$SECONDS_PER_LEVEL" --json "$RES/fundus_http_$N.json"
"${bench[@]}" freshness --url "http://127.0.0.1:$PORT" --key "$key" --queries "$QUERIES" --writes 20 --load-clients 2 --json "$RES/fundus_freshness_$N.json"
kill "$server"; wait "$server" 2>/dev/null || true; server=""

# 8. The import against its floor (store, then an index as simple as FTS5's), alternating in one process; last, so
#    the searches above follow the peers' as closely as they can.
# With the server collector, as the fundus command runs (The_fundus_command_runs_with_the_server_garbage_collector).
FLOOR_RUNS=${FLOOR_RUNS:-$RUNS}
if [[ "$FLOOR_RUNS" != 0 ]]; then
  DOTNET_gcServer=1 "${bench[@]}" import-floor --corpus "$CORPUS" --work "$DATA/floor_$N" --runs "$FLOOR_RUNS" --json "$RES/fundus_floor_$N.json"
else
  rm -f "$RES/fundus_floor_$N.json"
fi

# 9. The report. ----------------------------------------------------------------------------------------------
/usr/bin/python3 bench/report.py "$RES" "$N" "docs/benchmark-report-$N.md" "docs/benchmark-latency-$N.png"
echo "wrote docs/benchmark-report-$N.md and docs/benchmark-latency-$N.png"
