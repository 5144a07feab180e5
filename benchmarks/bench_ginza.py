#!/usr/bin/env python3
"""GiNZA backend benchmark: Checker(backend="ginza") against raw `nlp.pipe` over the same
sentences in the same run, and the cold start of each backend (needs the ginza extra).

    python benchmarks/bench_ginza.py [--sentences 200] [--repeat 3] [--json out.json]

Both pipelines are warmed on the same sentences first, then timed --repeat times each,
alternating, and the medians compared; cold starts are medians of 3 fresh processes.

Target (issue #4): the GiNZA backend's overhead over raw nlp.pipe at most 15%.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measure import peak_rss_mb  # noqa: E402
from bench_core import corpus  # noqa: E402


def cold(code: str, repeat: int = 3) -> tuple[float, float]:
    argv = [sys.executable, "-c", code]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times), peak_rss_mb(argv)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes of each pipeline (default 3)")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    import vaguecheck
    from vaguecheck._ginza import load_nlp

    texts = [s for t in corpus() for s in t.splitlines() if s.strip()][: args.sentences]
    nlp = load_nlp()
    checker = vaguecheck.Checker(backend="ginza")
    checker.check("準備。")
    list(nlp.pipe(texts[:20]))  # warm both: the first calls load vectors and build caches
    for _report in checker.pipe(texts[:20]):
        pass
    raw_times, our_times = [], []
    for _ in range(args.repeat):  # alternating, so a burst of load on the machine hits both
        t = time.perf_counter()
        list(nlp.pipe(texts))
        raw_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _report in checker.pipe(texts):
            pass
        our_times.append(time.perf_counter() - t)
    raw, ours = statistics.median(raw_times), statistics.median(our_times)
    cold_f = cold("import vaguecheck; vaguecheck.check('最近、元気がありません。')")
    cold_g = cold("import vaguecheck; vaguecheck.Checker(backend='ginza').check('最近、元気がありません。')")
    result = {
        "sentences": len(texts), "repeat": args.repeat, "raw_nlp_pipe_s": raw, "ginza_backend_s": ours, "overhead": ours / raw - 1,
        "raw_sentences_per_s": len(texts) / raw, "backend_sentences_per_s": len(texts) / ours,
        "cold": {"fugashi": {"seconds": cold_f[0], "rss_mb": cold_f[1]}, "ginza": {"seconds": cold_g[0], "rss_mb": cold_g[1]}},
    }
    print(f"{len(texts)} sentences, medians of {args.repeat} passes: raw nlp.pipe {len(texts) / raw:.1f}/s, GiNZA backend {len(texts) / ours:.1f}/s, "
          f"overhead {100 * (ours / raw - 1):.0f}% (target <= 15%)")
    print(f"cold start + one check: fugashi {cold_f[0]:.2f} s / {cold_f[1]:.0f} MB, GiNZA {cold_g[0]:.2f} s / {cold_g[1]:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
