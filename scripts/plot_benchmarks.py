#!/usr/bin/env python3
"""Plot the scale curve written by scripts/scale-curve.

Usage: python3 scripts/plot_benchmarks.py [docs/bench/scale.jsonl] [docs/scale-curve.png]
Needs matplotlib (pip install matplotlib). Prints a Markdown table of the figures too, so
BENCHMARKS.md can quote the same numbers the plot shows.
"""

import json
import sys
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def load(path):
    rows = defaultdict(dict)  # size -> step -> result
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                r = json.loads(line)
                rows[r["size"]][r["step"]] = r["result"]
    return rows


def series(rows, sizes, step, key, scale=1.0):
    xs, ys = [], []
    for n in sizes:
        r = rows[n].get(step)
        if r is not None and r.get(key) is not None:
            xs.append(n)
            ys.append(r[key] * scale)
    return xs, ys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "docs/bench/scale.jsonl"
    dst = sys.argv[2] if len(sys.argv) > 2 else "docs/scale-curve.png"
    rows = load(src)
    sizes = sorted(n for n in rows if n > 0 and "ingest" in rows[n])
    machine = rows[0].get("machine", {})
    fig, ax = plt.subplots(2, 3, figsize=(16, 9))
    title = f"Rasad scale curve — {machine.get('nproc', '?')} cores {machine.get('cpu', '')}, {machine.get('date', '')} (shared machine; see loadavg in BENCHMARKS.md)"
    fig.suptitle(title, fontsize=11)

    a = ax[0][0]
    a.plot(*series(rows, sizes, "ingest", "throughput_per_s"), "o-", label="rasad over gRPC (extraction + fsync)")
    a.plot(*series(rows, sizes, "raw_ingest", "docs_per_s"), "s--", label="raw tantivy, rasad_ar analyzer")
    a.plot(*series(rows, sizes, "raw_ingest_default_tok", "docs_per_s"), "^:", label="raw tantivy, default tokenizer")
    a.set_title("ingest docs/s (increment up to size)")
    a.legend(fontsize=8)

    a = ax[0][1]
    a.plot(*series(rows, sizes, "index_size", "bytes", 1 / 2**20), "o-", label="index on disk (MiB)")
    a.plot(*series(rows, sizes, "mem_after_ingest", "peak_rss_kb", 1 / 1024), "s--", label="peak RSS (MiB)")
    a.plot(*series(rows, sizes, "mem_after_queries", "rss_kb", 1 / 1024), "^:", label="steady RSS after queries (MiB)")
    a.set_title("disk and memory")
    a.legend(fontsize=8)

    a = ax[0][2]
    a.plot(*series(rows, sizes, "restart", "ms"), "o-", label="restart → SERVING (ms)")
    a.plot(*series(rows, sizes, "restart2", "ms"), "s--", label="second restart (ms)")
    a.set_title("open time after restart")
    a.legend(fontsize=8)

    a = ax[1][0]
    for kind, mark in (("search2", "o"), ("phrase", "s"), ("facet", "^"), ("facts", "d")):
        a.plot(*series(rows, sizes, f"latency_{kind}", "p99_ms"), mark + "-", label=f"{kind} p99 gRPC")
        a.plot(*series(rows, sizes, f"latency_{kind}", "p50_ms"), mark + ":", label=f"{kind} p50 gRPC", alpha=0.6)
    a.set_title("latency at c=1 (ms)")
    a.set_yscale("log")
    a.legend(fontsize=7, ncol=2)

    a = ax[1][1]
    for kind, mark in (("search2", "o"), ("phrase", "s"), ("facet", "^")):
        a.plot(*series(rows, sizes, f"latency_{kind}", "p99_ms"), mark + "-", label=f"{kind} gRPC")
        a.plot(*series(rows, sizes, f"inproc_{kind}", "p99_ms"), mark + "--", label=f"{kind} in-process")
        a.plot(*series(rows, sizes, f"raw_{kind}", "p99_ms"), mark + ":", label=f"{kind} raw tantivy")
    a.set_title("search p99 at c=1: gRPC vs in-process vs raw (ms)")
    a.set_yscale("log")
    a.legend(fontsize=7, ncol=2)

    a = ax[1][2]
    a.plot(*series(rows, sizes, "throughput_c16", "throughput_per_s"), "o-", label="Search req/s c=16 gRPC")
    a.plot(*series(rows, sizes, "throughput_c64", "throughput_per_s"), "s--", label="Search req/s c=64 gRPC")
    a.plot(*series(rows, sizes, "inproc_c16", "throughput_per_s"), "^:", label="Search req/s c=16 in-process")
    a.set_title("search throughput (closed loop)")
    a.legend(fontsize=8)

    for row in ax:
        for a in row:
            a.set_xscale("log")
            a.set_xlabel("articles in the index")
            a.grid(True, which="both", alpha=0.3)
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    fig.savefig(dst, dpi=90)
    print(f"wrote {dst}", file=sys.stderr)

    # The same figures as a Markdown table.
    def g(n, step, key, scale=1.0, fmt="{:.0f}"):
        r = rows[n].get(step)
        return fmt.format(r[key] * scale) if r and r.get(key) is not None else "—"

    cols = [
        ("ingest docs/s", "ingest", "throughput_per_s", 1, "{:.0f}"),
        ("ingest loadavg", "ingest", "loadavg", 1, "{:.1f}"),
        ("index MiB", "index_size", "bytes", 1 / 2**20, "{:.0f}"),
        ("peak RSS MiB", "mem_after_ingest", "peak_rss_kb", 1 / 1024, "{:.0f}"),
        ("steady RSS MiB", "mem_after_queries", "rss_kb", 1 / 1024, "{:.0f}"),
        ("restart ms", "restart", "ms", 1, "{:.0f}"),
        ("2-term p50/p99 ms", None, None, None, None),
        ("phrase p50/p99 ms", None, None, None, None),
        ("facet p50/p99 ms", None, None, None, None),
        ("facts p50/p99 ms", None, None, None, None),
        ("Search/s c=16", "throughput_c16", "throughput_per_s", 1, "{:.0f}"),
        ("Search/s c=64", "throughput_c64", "throughput_per_s", 1, "{:.0f}"),
        ("query loadavg", "latency_search2", "loadavg", 1, "{:.1f}"),
    ]
    print("| articles | " + " | ".join(c[0] for c in cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for n in sizes:
        cells = []
        for name, step, key, scale, fmt in cols:
            if step is None:
                kind = {"2-term": "search2", "phrase": "phrase", "facet": "facet", "facts": "facts"}[name.split()[0]]
                cells.append(g(n, f"latency_{kind}", "p50_ms", 1, "{:.2f}") + " / " + g(n, f"latency_{kind}", "p99_ms", 1, "{:.2f}"))
            else:
                cells.append(g(n, step, key, scale, fmt))
        print(f"| {n:,} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
