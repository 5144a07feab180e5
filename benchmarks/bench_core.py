#!/usr/bin/env python3
"""Core benchmark: check() throughput against raw fugashi tagging, and cold start.

Everything is measured in the same run, and results are reported as ratios to the
baselines, because the machines are shared and noisy.  The baselines and check() are
timed in turn (CPU time of this process) in each of several rounds; a time is the median
over the rounds, a ratio the median of the rounds' ratios.  Cold starts are wall time.

    python benchmarks/bench_core.py            # full
    python benchmarks/bench_core.py --quick    # < 1 minute
    python benchmarks/bench_core.py --json out.json

Targets (issue #2): check() throughput >= 50% of raw fugashi tagging; cold
`import vaguecheck` + one check <= 0.15 s; importing vaguecheck never imports spaCy.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    """Report-like sentences: the lexicons' examples and the sample reports, one text per sentence or report."""
    from vaguecheck.lexicon import load

    lex = load()
    texts = []
    for item in (*lex.rules.values(), *lex.entries, *lex.observations):
        texts += [*item.bad, *item.good]
    for ctx in lex.context:
        texts += list(ctx.good)
    for p in sorted((ROOT / "examples").rglob("*.txt")) + sorted((ROOT / "examples").rglob("*.md")):
        texts.append(p.read_text(encoding="utf-8"))
    return texts


def interleaved(nodes, parse, check, repeat: int) -> tuple[tuple[float, float, float], float, float]:
    """The three timed in turn in every round: their median times, and the medians over the rounds of
    nodes / check and parse / check.  On a shared machine a busy moment then slows one round of all
    three rather than all the rounds of one, so the ratios hold up better than the times.  The time is
    this process's CPU time (MeCab runs in it too): wall time also counts other processes' turns on
    the cores, which on a loaded 2-core machine moved the ratio by a third between invocations."""
    rounds = []
    for _ in range(repeat):
        times = []
        for fn in (nodes, parse, check):
            t = time.process_time()
            fn()
            times.append(time.process_time() - t)
        rounds.append(times)
    medians = tuple(statistics.median(r[k] for r in rounds) for k in range(3))
    return (medians[0], medians[1], medians[2]), statistics.median(a / c for a, _, c in rounds), \
        statistics.median(b / c for _, b, c in rounds)


def cold(argv: list[str], repeat: int) -> tuple[float, float]:
    """Median wall time and peak RSS (MB) of a fresh process running ``argv``."""
    from _measure import peak_rss_mb

    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(argv, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times), peak_rss_mb(argv)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--profile", action="store_true", help="print where check() spends its time")
    args = ap.parse_args()
    repeat = 3 if args.quick else 7

    import fugashi

    import vaguecheck

    sentences = corpus()
    # Two shapes of the same text: one sentence per call (per-call overhead shows), and
    # reports of ~40 lines (what a FAX form or an MCS thread holds).
    reports = ["\n".join(sentences[i : i + 40]) for i in range(0, len(sentences), 40)]
    texts = sentences
    tagger = fugashi.Tagger()
    tagger.parse("準備。")  # the baseline's first parse pages in the dictionary: not part of what is timed
    [(w.surface, w.feature.lemma) for w in tagger("準備。")]
    checker = vaguecheck.Checker()
    checker.check("準備。")  # load everything before timing

    def nodes() -> None:
        for t in texts:
            for w in tagger(t):
                w.surface, w.feature.lemma  # noqa: B018 - what a fugashi user reads

    def parse() -> None:
        for t in texts:
            tagger.parse(t)

    def check() -> None:
        for t in texts:
            checker.check(t)

    results: dict[str, object] = {}
    texts = reports
    chars = sum(len(t) for t in texts)
    (r_nodes, r_parse, r_check), r_vs_nodes, r_vs_parse = interleaved(nodes, parse, check, repeat)
    results["reports"] = {
        "texts": len(texts), "characters": chars,
        "seconds": {"fugashi_nodes": r_nodes, "fugashi_parse": r_parse, "check": r_check},
        "throughput_ratio_vs_nodes": r_vs_nodes, "throughput_ratio_vs_parse": r_vs_parse,
    }
    texts = sentences
    chars = sum(len(t) for t in texts)
    (t_nodes, t_parse, t_check), t_vs_nodes, t_vs_parse = interleaved(nodes, parse, check, repeat)
    results["texts"] = len(texts)
    results["characters"] = chars
    results["seconds"] = {"fugashi_nodes": t_nodes, "fugashi_parse": t_parse, "check": t_check}
    results["chars_per_second"] = {k: chars / v for k, v in results["seconds"].items()}  # type: ignore[union-attr]
    results["throughput_ratio_vs_nodes"] = t_vs_nodes
    results["throughput_ratio_vs_parse"] = t_vs_parse

    n = 5 if args.quick else 15
    py = [sys.executable, "-c"]
    t_pass, rss_pass = cold([*py, "pass"], n)
    t_fug, rss_fug = cold([*py, "import fugashi; fugashi.Tagger()('準備')"], n)
    t_vc, rss_vc = cold([*py, "import vaguecheck; vaguecheck.check('最近、元気がありません。')"], n)
    # the command issue #13 names: `vaguecheck FILE` on a one-page report (the console command freezes the lexicon
    # out of the collector's way and skips the interpreter's teardown, which the library one-liner above pays)
    t_cli, rss_cli = cold([sys.executable, "-m", "vaguecheck", str(ROOT / "examples" / "report_good.txt")], n)
    results["cold"] = {
        "python_pass_s": t_pass, "fugashi_tagger_s": t_fug, "vaguecheck_check_s": t_vc, "vaguecheck_file_s": t_cli,
        "max_rss_mb": {"python": rss_pass, "fugashi": rss_fug, "vaguecheck": rss_vc, "vaguecheck_file": rss_cli},
    }
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, vaguecheck; vaguecheck.check('最近'); print('spacy' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    results["imports_spacy"] = probe.stdout.strip() == "True"
    results["machine"] = {"python": platform.python_version(), "platform": platform.platform(), "processor": platform.processor()}

    rep = results["reports"]
    print(f"as {rep['texts']} reports of ~40 lines: check {rep['characters'] / r_check:.0f} chars/s, "  # type: ignore[index]
          f"ratio check/nodes = {r_vs_nodes:.2f}, check/parse = {r_vs_parse:.2f}")
    print(f"as single sentences: {len(texts)} texts, {chars} characters (median of {repeat})")
    print(f"fugashi nodes (surface+lemma): {chars / t_nodes:10.0f} chars/s")
    print(f"fugashi Tagger.parse         : {chars / t_parse:10.0f} chars/s")
    print(f"vaguecheck check()           : {chars / t_check:10.0f} chars/s")
    print(f"ratio check/nodes = {t_vs_nodes:.2f}   (target >= 0.50; median of the {repeat} rounds' ratios)")
    print(f"ratio check/parse = {t_vs_parse:.2f}")
    print(f"cold: python {t_pass:.3f} s, fugashi+Tagger {t_fug:.3f} s, vaguecheck import+check {t_vc:.3f} s, "
          f"`vaguecheck FILE` {t_cli:.3f} s (target <= 0.15 s)")
    print(f"cold max RSS: vaguecheck {rss_vc:.0f} MB, `vaguecheck FILE` {rss_cli:.0f} MB (target <= 80 MB)")
    print(f"importing vaguecheck imports spaCy: {results['imports_spacy']}")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(check)
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
