#!/usr/bin/python3
"""report.py RESULTS_DIR N OUT.md OUT.png

Turns one run of bench/run-all.sh into a report: the peers' results (build_*.json / query_*.json from
../shared/bench/bench_engines.py) and Fundus's (fundus_*.json from fundus-bench) side by side, every figure
a median, ratios against the peers measured in the same run, and a plot of latency percentiles per engine.
Uses Debian's python3 with python3-matplotlib.
"""
import json
import os
import statistics
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PEERS = {"fts5": "SQLite FTS5 (unicode61)", "fts5tri": "SQLite FTS5 (trigram)", "pg": "PostgreSQL 15 (german, GIN)",
         "xapian": "Xapian 1.4 (German stemmer)", "xapianlc": "Xapian 1.4 (query lower-cased)",
         "sphinx": "Sphinx 2.2 (libstemmer_german)"}
ORDER = ["fts5", "fts5tri", "pg", "xapian", "xapianlc", "sphinx"]


def lines(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load(path):
    with open(path) as fh:
        return json.load(fh)


def mib(b):
    return b / 1048576


def main():
    rd, n, out_md, out_png = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    peers = {}
    for e in ORDER:
        bf, qf = f"{rd}/build_{'xapian' if e == 'xapianlc' else e}_{n}.json", f"{rd}/query_{e}_{n}.json"
        if os.path.exists(bf) and os.path.exists(qf) and lines(bf):
            b = lines(bf)
            peers[e] = dict(build_s=statistics.median(x["build_s"] for x in b), size=b[-1]["size_bytes"], builds=len(b),
                            **lines(qf)[-1])
    imports = load(f"{rd}/fundus_import_{n}.json")
    latency = {m["mode"]: m for m in load(f"{rd}/fundus_query_{n}.json")}
    http = load(f"{rd}/fundus_http_{n}.json")
    fresh = load(f"{rd}/fundus_freshness_{n}.json")
    start = load(f"{rd}/fundus_startup_{n}.json")
    chains = load(f"{rd}/fundus_chains_{n}.json")
    floor_file = f"{rd}/fundus_floor_{n}.json"
    floor = load(floor_file) if os.path.exists(floor_file) else None
    articles = imports["articles"]
    seconds = statistics.median(r["seconds"] for r in imports["runs"])
    rate = articles / seconds
    rss = statistics.median(r["peak_rss_kib"] for r in imports["runs"]) / 1024
    ranked = latency["ranked"]

    md = [f"### N = {int(n):,} articles".replace(",", " "), ""]
    md.append(f"Run of {imports['date']}; machine: {imports['machine']}.")
    md.append("")
    md.append("**Indexing** (bulk import from JSON Lines into store and index, ready to search; Fundus with the full "
              "German chain and extraction; medians of the runs shown):")
    md.append("")
    md.append("| engine | runs | build s | articles/s | ratio to Fundus | peak RSS MiB | on disk MiB |")
    md.append("|---|---:|---:|---:|---:|---:|---:|")
    md.append(f"| **Fundus** (store + index) | {len(imports['runs'])} | {seconds:.1f} | {rate:,.0f} | 1.00 | {rss:,.0f} "
              f"| {mib(imports['store_bytes'] + imports['index_bytes']):,.0f} (index {mib(imports['index_bytes']):,.0f}) |")
    for e, p in peers.items():
        if e == "xapianlc":
            continue
        md.append(f"| {PEERS[e]} | {p['builds']} | {p['build_s']:.1f} | {articles / p['build_s']:,.0f} "
                  f"| {(articles / p['build_s']) / rate:.2f} | | {mib(p['size']):,.0f} |")
    md.append("")
    md.append(f"Same run, in memory, {chains['articles']:,} articles, medians of {chains['runs']} (the in-run baseline "
              f"for the analysis chain): German chain and extraction {chains['german_and_extraction']:,.0f} articles/s, "
              f"German chain {chains['german']:,.0f}, StandardAnalyzer {chains['standard']:,.0f} "
              f"({chains['german_and_extraction'] / chains['standard']:.0%} of StandardAnalyzer).")
    md.append("")
    if floor:
        f, b = floor["fundus"], floor["floor"]
        md.append(f"Same run, `fundus-bench import-floor`, in one process alternating, medians of {floor['runs']}: the "
                  "import as `fundus import` makes it, against the same store phase followed by an index as simple as "
                  "FTS5's (title, teaser, body, positional, StandardAnalyzer without stop words, nothing extracted):")
        md.append("")
        md.append("| import | store s | index s | total s | articles/s | time against the floor |")
        md.append("|---|---:|---:|---:|---:|---:|")
        md.append(f"| Fundus | {f['store_s']:.1f} | {f['index_s']:.1f} | {f['total_s']:.1f} | {f['per_s']:,.0f} "
                  f"| {f['total_s'] / b['total_s']:.2f}× |")
        md.append(f"| floor | {b['store_s']:.1f} | {b['index_s']:.1f} | {b['total_s']:.1f} | {b['per_s']:,.0f} | 1.00× |")
        if "fts5" in peers:
            md.append("")
            md.append(f"FTS5 built its index at {articles / peers['fts5']['build_s']:,.0f} articles/s in this run: "
                      f"{(articles / peers['fts5']['build_s']) / b['per_s']:.2f}× the floor's rate.")
        md.append("")
    md.append("**Query latency in-process**, warm, top 10 ranked, the 54 queries of `queries.txt`; per query the "
              "median of 5 passes, then p50/p95/mean over the queries, median of 3 repeats (the peers' method; PG and "
              "Sphinx include a loopback round trip, as in their harness). QPS: 1 and 2 clients running the shuffled "
              "set.")
    md.append("")
    md.append("| engine | p50 ms | p95 ms | mean ms | p50 ratio | p95 ratio | QPS 1 | QPS 2 | queries without hits | matches |")
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key in ["ranked", "highlighted", "page"]:
        m = latency[key]
        md.append(f"| **Fundus**, {m['name']} | {m['p50_ms']:.2f} | {m['p95_ms']:.2f} | {m['mean_ms']:.2f} "
                  f"| {m['p50_ms'] / ranked['p50_ms']:.2f} | {m['p95_ms'] / ranked['p95_ms']:.2f} "
                  f"| {m['qps_1client']:,.0f} | {m['qps_2clients']:,.0f} | {m['zero_hit_queries']} | {m['total_matches']:,} |")
    for e, p in peers.items():
        md.append(f"| {PEERS[e]} | {p['p50_ms']:.2f} | {p['p95_ms']:.2f} | {p['mean_ms']:.2f} "
                  f"| {p['p50_ms'] / ranked['p50_ms']:.2f} | {p['p95_ms'] / ranked['p95_ms']:.2f} "
                  f"| {p['qps_1client']:,.0f} | {p['qps_2clients']:,.0f} | {p['zero_hit_queries']} | {p['total_matches']:,} |")
    md.append("")
    md.append("Ratios are against Fundus's ranked top 10 (the answer the peers give): above 1 the engine is slower.")
    md.append("")
    kinds = list(ranked["p50_by_kind_ms"].keys())
    md.append("p50 ms by query kind:")
    md.append("")
    md.append("| engine | " + " | ".join(kinds) + " |")
    md.append("|---|" + "---:|" * len(kinds))
    md.append("| **Fundus** (ranked) | " + " | ".join(f"{ranked['p50_by_kind_ms'][k]:.2f}" for k in kinds) + " |")
    for e, p in peers.items():
        md.append(f"| {PEERS[e]} | " + " | ".join(f"{p['p50_by_kind_ms'].get(k, 0):.2f}" for k in kinds) + " |")
    md.append("")
    md.append("**End to end over HTTP** on loopback (`/api/search`, top 10 with highlighted teasers and all facets; the "
              "client is a separate process on the same two cores):")
    md.append("")
    md.append("| clients | requests | queries/s | p50 ms | p95 ms | p99 ms | server p50 | server p99 |")
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for h in http:
        md.append(f"| {h['clients']} | {h['requests']:,} | {h['qps']:,.0f} | {h['p50_ms']:.2f} | {h['p95_ms']:.2f} "
                  f"| {h['p99_ms']:.2f} | {h['server_p50_ms']:.2f} | {h['server_p99_ms']:.2f} |")
    md.append("")
    md.append(f"**Freshness**: {fresh['writes']} writes through `POST /api/articles` while {fresh['load_clients']} clients "
              f"searched ({fresh['searches_during']:,} searches meanwhile): acknowledged to searchable p50 "
              f"{fresh['p50_ms']:.0f} ms, p95 {fresh['p95_ms']:.0f} ms, max {fresh['max_ms']:.0f} ms.")
    md.append("")
    md.append(f"**Start-up**: `fundus serve` from process start to the first answered query on this index: median "
              f"{statistics.median(start['seconds']):.2f} s of {len(start['seconds'])}.")
    md.append("")
    with open(out_md, "w") as fh:
        fh.write("\n".join(md))

    # The plot: p50 and p95 per engine, log scale, Fundus's modes first.
    names = [f"Fundus: {latency[k]['name'].split(',')[0].replace('top 10 ', '')}" for k in ["ranked", "highlighted", "page"]]
    p50 = [latency[k]["p50_ms"] for k in ["ranked", "highlighted", "page"]]
    p95 = [latency[k]["p95_ms"] for k in ["ranked", "highlighted", "page"]]
    for e, p in peers.items():
        names.append(PEERS[e])
        p50.append(p["p50_ms"])
        p95.append(p["p95_ms"])
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(names) + 1.5))
    y = range(len(names))
    ax.barh([i + 0.2 for i in y], p50, height=0.4, label="p50", color="#3b6ea5")
    ax.barh([i - 0.2 for i in y], p95, height=0.4, label="p95", color="#e0a030")
    ax.set_yticks(list(y))
    ax.set_yticklabels(names)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("ms per query (log scale), in-process, warm, top 10")
    count = f"{int(n):,}".replace(",", " ")
    ax.set_title(f"Query latency on {count} German articles, same run, 2 cores")
    for i, (a, b) in enumerate(zip(p50, p95)):
        ax.text(a, i + 0.2, f" {a:.2f}", va="center", fontsize=8)
        ax.text(b, i - 0.2, f" {b:.2f}", va="center", fontsize=8)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(out_png, dpi=110)


if __name__ == "__main__":
    main()
