#!/usr/bin/env bash
# Measures what the foundation promises: import speed and peak memory (seed and a JSONL corpus), and the cold
# start of `fundus serve` to its first answered query. Each figure is the median of RUNS runs.
# Usage: bench/measure-foundation.sh [CORPUS.jsonl]   (make one with ../shared/bench/make_corpus.py)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-5399}
corpus=${1:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build -c Release src/Fundus.Cli -v q -nologo >/dev/null
fundus=(dotnet src/Fundus.Cli/bin/Release/net10.0/fundus.dll)
seed=src/Fundus.Core/Seed/000_7223df1834612b59.txt

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f\n", m}'; }

# One import into a fresh data directory; prints "seconds peak_rss_kib articles".
import_once() {
  local file=$1 data="$out/data-$RANDOM"
  /usr/bin/time -f "%e %M" -o "$out/time" "${fundus[@]}" import "$file" --data "$data" >"$out/import.log" 2>&1 || true
  local articles
  articles=$(grep -oE '^[0-9]+ imported' "$out/import.log" | cut -d' ' -f1)
  [[ -n "$articles" && "$articles" -gt 0 ]] || { echo "import of $file imported nothing" >&2; cat "$out/import.log" >&2; exit 1; }
  echo "$(cat "$out/time") $articles"
  rm -rf "$data"
}

report_import() {
  local name=$1 file=$2
  : >"$out/runs"
  for _ in $(seq "$RUNS"); do import_once "$file" >>"$out/runs"; done
  local secs rss articles
  secs=$(cut -d' ' -f1 "$out/runs" | median)
  rss=$(cut -d' ' -f2 "$out/runs" | median)
  articles=$(cut -d' ' -f3 "$out/runs" | sort -u)
  [[ $(wc -l <<<"$articles") -eq 1 ]] || { echo "article counts differ between runs: $articles" >&2; exit 1; }
  awk -v n="$name" -v s="$secs" -v r="$rss" -v a="$articles" \
    'BEGIN {printf "| import %s | %d articles | %.2f s | %.0f articles/s | peak RSS %.0f MiB |\n", n, a, s, a/s, r/1024}'
}

cold_start_once() {
  local data="$out/serve-$RANDOM"
  "${fundus[@]}" import "$seed" --data "$data" >/dev/null 2>&1 || true
  local start end
  start=$(date +%s%N)
  "${fundus[@]}" serve --port "$PORT" --data "$data" >"$out/serve.log" 2>&1 &
  local pid=$!
  until curl -sf "http://localhost:$PORT/api/search?q=Verwaltung" -o "$out/first.json"; do sleep 0.01; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -q '"total":[1-9]' "$out/first.json" || { echo "first query found nothing" >&2; exit 1; }
  echo $(( (end - start) / 1000000 ))
  rm -rf "$data"
}

echo "| what | size | median time | rate | memory |"
echo "|---|---:|---:|---:|---:|"
report_import seed "$seed"
[[ -n "$corpus" ]] && report_import "$(basename "$corpus")" "$corpus"
: >"$out/starts"
for _ in $(seq "$RUNS"); do cold_start_once >>"$out/starts"; done
echo "| cold start of serve (seed) to first answered query | | $(median <"$out/starts") ms | | |"
