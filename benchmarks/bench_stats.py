#!/usr/bin/env python3
"""Research-mode benchmark: `vaguecheck stats` with --jobs 1 and 2, and peak memory vs corpus size.

Generates JSONL corpora of report-like text (the lexicon examples and sample reports,
shuffled into reports of ~20 lines), runs `vaguecheck stats` in a fresh process on each,
and reports the speed-up of --jobs 2 and the ratio of peak memory between a small and a
10x larger corpus (streaming: memory should not grow with corpus size), both as the RSS of the
largest process (GNU time) and as the PSS summed over the parent and its workers (/proc).

    python benchmarks/bench_stats.py [--small-mb 2] [--large-mb 20] [--repeat 3] [--json out.json]

Targets (issue #5): --jobs 2 >= 1.7x faster than --jobs 1 on 2 cores; peak memory on a
200 MB corpus within 1.2x of a 20 MB one.  The defaults are 10x smaller than the issue's
(2 MB and 20 MB) so that the run takes minutes, not an hour, on 2 cores; pass
--small-mb 20 --large-mb 200 for the full-size run.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
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


def run_stats(corpus: Path, jobs: int, out: Path) -> tuple[float, float, float]:
    """Seconds, peak RSS of the largest process (GNU time), peak summed PSS of all processes."""
    from _measure import gnu_time, run_sampling_tree_pss

    exe = Path(sys.executable).with_name("vaguecheck")
    argv = [str(exe), "stats", str(corpus), "--id-column", "id", "--format", "csv", "-o", str(out), "--no-summary", "--jobs", str(jobs)]
    tool = gnu_time()
    if tool:
        argv = [tool, "-f", "%M", *argv]  # timed and measured in the same run: the corpus is large
    t = time.perf_counter()
    proc, pss = run_sampling_tree_pss(argv)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    # GNU time's %M is the largest single process of the tree (the kernel keeps the max over children)
    rss = float(proc.stderr.strip().splitlines()[-1]) / 1024 if tool else float("nan")
    return elapsed, rss, pss


def run_median(corpus: Path, jobs: int, out: Path, repeat: int) -> tuple[float, float, float]:
    """Median of ``repeat`` runs of each of :func:`run_stats`'s figures."""
    runs = [run_stats(corpus, jobs, out) for _ in range(max(1, repeat))]
    return tuple(statistics.median(r[k] for r in runs) for k in range(3))  # type: ignore[return-value]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small-mb", type=float, default=2.0)
    ap.add_argument("--large-mb", type=float, default=20.0)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each configuration; medians are reported (default 3)")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        small, large = tmpdir / "small.jsonl", tmpdir / "large.jsonl"
        n_small = write_corpus(small, args.small_mb, pool)
        n_large = write_corpus(large, args.large_mb, pool)
        t1, rss1, pss1 = run_median(small, 1, tmpdir / "o1.csv", args.repeat)
        t2, rss2, pss2 = run_median(small, 2, tmpdir / "o2.csv", args.repeat)
        identical = (tmpdir / "o1.csv").read_bytes() == (tmpdir / "o2.csv").read_bytes()
        tl, rssl, pssl = run_median(large, 2, tmpdir / "ol.csv", args.repeat)
    result = {
        "small": {"megabytes": args.small_mb, "documents": n_small},
        "large": {"megabytes": args.large_mb, "documents": n_large},
        "jobs1_seconds": t1, "jobs2_seconds": t2, "speedup_jobs2": t1 / t2, "jobs2_output_identical": identical,
        "largest_process_rss_mb": {"small_jobs1": rss1, "small_jobs2": rss2, "large_jobs2": rssl},
        "all_processes_pss_mb": {"small_jobs1": pss1, "small_jobs2": pss2, "large_jobs2": pssl},
        "memory_ratio_large_vs_small": {"largest_process_rss": rssl / rss2, "all_processes_pss": pssl / pss2},
        "large_seconds": tl, "repeat": args.repeat,
    }
    print(f"small corpus: {args.small_mb} MB, {n_small} reports; large: {args.large_mb} MB, {n_large} reports; "
          f"medians of {args.repeat} runs each")
    print(f"--jobs 1: {t1:.1f} s   --jobs 2: {t2:.1f} s   speed-up {t1 / t2:.2f}x (target >= 1.7x); identical output: {identical}")
    print(f"--jobs 2, peak RSS of the largest process: small {rss2:.0f} MB, large {rssl:.0f} MB: ratio {rssl / rss2:.2f} (target <= 1.2)")
    print(f"--jobs 2, peak PSS summed over all processes: small {pss2:.0f} MB, large {pssl:.0f} MB: ratio {pssl / pss2:.2f}")
    print(f"large corpus with --jobs 2: {tl:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
