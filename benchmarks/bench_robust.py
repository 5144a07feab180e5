#!/usr/bin/env python3
"""Robustness benchmark (issue #12): linear suppression parsing and lexicon loading, flat memory on a large file.

    python benchmarks/bench_robust.py [--mb 50] [--runs 3] [--json out.json]

1. Suppression comments: parse + apply + unused on N and 5N lines of comments (ignore on
   every line, disable/enable blocks); the ratio time(5N) / time(N) must be <= 6 (linear).
2. Lexicon loading: one token with N and 5N alternatives, loaded, indexed and looked up once; same ratio.
3. Memory: `vaguecheck FILE --format jsonl` on a file of --mb MB made of the example reports
   and the gold corpus, against a 1 MB file in the same run; peak RSS from GNU time.  The
   target is < 400 MB for 50 MB.

Times are medians of --runs runs of CPU time in this process, the two sizes timed alternately; no figure is compared with a
constant from another machine except the 400 MB target the issue sets.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _measure import peak_rss_mb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _median_ratio(small, large, runs: int) -> tuple[float, float]:
    """Median CPU seconds of ``small()`` and ``large()``, timed alternately.

    CPU time of this process (``time.process_time``), not wall time: the question is how the
    work grows with the input, and on a shared machine wall time also counts the time other
    processes held the core.  Alternating the two sizes spreads any slow spell over both.
    """
    import gc

    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((small, times[0]), (large, times[1])):
            gc.collect()  # each run starts from the same heap, not from the garbage of the one before
            t = time.process_time()
            fn()
            out.append(time.process_time() - t)
    return statistics.median(times[0]), statistics.median(times[1])


def suppression(n: int, runs: int) -> dict[str, float]:
    from vaguecheck import _suppress
    from vaguecheck._normalize import line_column, line_starts
    from vaguecheck.model import Finding, Suggestion

    def case(lines: int):
        unit = ("最近、元気がありません。 <!-- vaguecheck: ignore[VC101] -->\n"
                "<!-- vaguecheck: disable[VC301] -->\n最近です。\n<!-- vaguecheck: enable[VC301] -->\n")
        text = unit * (lines // 4)
        starts = line_starts(text)
        findings = []
        for k in range(0, len(text), 17):
            line, col = line_column(starts, k)
            findings.append(Finding(rule="VC301", category="vague-time", severity="warning", start=k, end=k + 1,
                                    line=line, column=col, text=text[k], message="m", suggestion=Suggestion()))

        def work() -> None:
            sup = _suppress.parse(text)
            _suppress.apply(findings, sup)
            _suppress.unused(sup, {"VC101", "VC301"}, {"subjective", "vague-time"})

        return work

    small, large = _median_ratio(case(n), case(5 * n), runs)
    return {"lines": n, "seconds_n": small, "seconds_5n": large, "ratio": large / small}


def lexicon_loading(n: int, runs: int) -> dict[str, float]:
    from vaguecheck.lexicon import load
    from vaguecheck.matcher import PatternIndex
    from vaguecheck.model import Token

    os.environ["VAGUECHECK_NO_CACHE"] = "1"
    tmp = Path(tempfile.mkdtemp())
    rule = ('[[rules]]\nid = "TEAM01"\nname = "team"\ncategory = "subjective"\nseverity = "error"\nsummary = "s"\n'
            'rationale = "r"\nmessage = "m"\nbad = ["x"]\ngood = ["y"]\n')

    def case(alternatives: int):
        path = tmp / f"alts{alternatives}.toml"
        words = "|".join(f"語{k:06d}" for k in range(alternatives))  # fixed width: 5N is 5x the bytes
        path.write_text(rule + f'[[entries]]\nid = "w"\nrule = "TEAM01"\npattern = "{words}"\nbad = ["x"]\ngood = ["y"]\n',
                        encoding="utf-8")

        # one look-up of a token that begins every word, so the joinable words are sorted (they are
        # sorted on first use, not at load) and the sort is timed with the rest
        probe = (Token("語", "語", "語", "名詞", "", 0, 1),)

        def work() -> None:
            lex = load([path], builtin=False)
            PatternIndex((seq, e) for e in lex.entries for seq in e.sequences).find(probe)

        return work

    small, large = _median_ratio(case(n), case(5 * n), runs)
    return {"alternatives": n, "seconds_n": small, "seconds_5n": large, "ratio": large / small}


def _corpus_file(path: Path, megabytes: float) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
    for line in (ROOT / "corpus" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    block = ("\n\n".join(texts) + "\n\n").encode("utf-8")
    repeat = int(megabytes * 1024 * 1024 // len(block)) + 1
    with open(path, "wb") as fh:
        for _ in range(repeat):
            fh.write(block)
    return path.stat().st_size


def memory(megabytes: float) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp())
    out: dict[str, float] = {}
    for label, mb in (("baseline_1mb", 1.0), (f"file_{megabytes:g}mb", megabytes)):
        path = tmp / f"{label}.txt"
        size = _corpus_file(path, mb)
        started = time.perf_counter()
        peak = peak_rss_mb([sys.executable, "-m", "vaguecheck", str(path), "--isolated", "--format", "jsonl",
                            "--exit-zero"], cwd=tmp)
        out[f"{label}_bytes"] = size
        out[f"{label}_peak_mb"] = peak
        out[f"{label}_seconds"] = time.perf_counter() - started
        path.unlink()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50.0, help="size of the large file (default: 50)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    result = {"suppression": suppression(20000, args.runs), "lexicon": lexicon_loading(20000, args.runs)}
    for name, r in result.items():
        print(f"{name}: N {r['seconds_n']:.3f} s, 5N {r['seconds_5n']:.3f} s, ratio {r['ratio']:.2f} (target <= 6)", flush=True)
    if not args.skip_memory:
        result["memory"] = memory(args.mb)
        for k, v in result["memory"].items():
            print(f"memory {k}: {v:,.1f}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
