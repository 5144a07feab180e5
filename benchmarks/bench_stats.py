#!/usr/bin/env python3
"""Research-mode benchmark: `vaguecheck stats` with --jobs 1 and 2, and peak memory vs corpus size.

Generates JSONL corpora of report-like text (the lexicon examples and sample reports,
shuffled into reports of ~20 lines), runs `vaguecheck stats` in a fresh process on each,
and reports the speed-up of --jobs 2 and the ratio of peak RSS between a small and a
10x larger corpus (streaming: memory should not grow with corpus size).

    python benchmarks/bench_stats.py [--small-mb 2] [--large-mb 20] [--json out.json]

Targets (issue #5): --jobs 2 >= 1.7x faster than --jobs 1 on 2 cores; peak memory on a
200 MB corpus within 1.2x of a 20 MB one.  The defaults are 10x smaller than the issue's
(2 MB and 20 MB) so that the run takes minutes, not an hour, on 2 cores; pass
--small-mb 20 --large-mb 200 for the full-size run.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sentences() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_core import corpus

    return [s for t in corpus() for s in t.splitlines() if s.strip()]


def write_corpus(path: Path, megabytes: float, pool: list[str], seed: int = 7) -> int:
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    written = n = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            text = "\n".join(rng.choice(pool) for _ in range(20))
            line = json.dumps({"id": f"d{n}", "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def run_stats(corpus: Path, jobs: int, out: Path) -> tuple[float, float]:
    from _measure import gnu_time

    exe = Path(sys.executable).with_name("vaguecheck")
    argv = [str(exe), "stats", str(corpus), "--id-column", "id", "--format", "csv", "-o", str(out), "--no-summary", "--jobs", str(jobs)]
    tool = gnu_time()
    if tool:
        argv = [tool, "-f", "%M", *argv]  # timed and measured in the same run: the corpus is large
    t = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    rss = float(proc.stderr.strip().splitlines()[-1]) / 1024 if tool else float("nan")
    return elapsed, rss


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small-mb", type=float, default=2.0)
    ap.add_argument("--large-mb", type=float, default=20.0)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        small, large = tmpdir / "small.jsonl", tmpdir / "large.jsonl"
        n_small = write_corpus(small, args.small_mb, pool)
        n_large = write_corpus(large, args.large_mb, pool)
        t1, rss1 = run_stats(small, 1, tmpdir / "o1.csv")
        t2, rss2 = run_stats(small, 2, tmpdir / "o2.csv")
        identical = (tmpdir / "o1.csv").read_bytes() == (tmpdir / "o2.csv").read_bytes()
        tl, rssl = run_stats(large, 2, tmpdir / "ol.csv")
        # peak RSS of --jobs 2 counts the parent only (GNU time); compare like with like:
        _, rss_small_j2 = t2, rss2
    result = {
        "small": {"megabytes": args.small_mb, "documents": n_small},
        "large": {"megabytes": args.large_mb, "documents": n_large},
        "jobs1_seconds": t1, "jobs2_seconds": t2, "speedup_jobs2": t1 / t2, "jobs2_output_identical": identical,
        "rss_mb": {"small_jobs1": rss1, "small_jobs2": rss_small_j2, "large_jobs2": rssl},
        "memory_ratio_large_vs_small": rssl / rss_small_j2,
        "large_seconds": tl,
    }
    print(f"small corpus: {args.small_mb} MB, {n_small} reports; large: {args.large_mb} MB, {n_large} reports")
    print(f"--jobs 1: {t1:.1f} s   --jobs 2: {t2:.1f} s   speed-up {t1 / t2:.2f}x (target >= 1.7x); identical output: {identical}")
    print(f"peak RSS (parent) small {rss_small_j2:.0f} MB, large {rssl:.0f} MB: ratio {rssl / rss_small_j2:.2f} (target <= 1.2)")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
