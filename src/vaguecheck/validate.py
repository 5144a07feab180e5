"""Validation of the clarity score against physicians' ratings (research mode, docs/clarity.md).

A ratings file is CSV with the header ``id,rater,score``: one row per report and rater, the score
a number (we use 1–10).  ``vaguecheck validate --ratings FILE [FILE...] CORPUS.jsonl`` reports the
Spearman and Kendall (tau-b) correlations between ``Report.clarity`` and the mean rating of each
report, with seeded percentile-bootstrap 95% intervals, overall and within strata of the mean
rating, and the agreement between raters (quadratic-weighted kappa for each pair, Krippendorff's
alpha for interval data).  The statistics are plain Python, so the core needs nothing new.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import json
import math
import random
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations
from typing import IO, Any

#: Strata of the mean rating (1–10 scale): fixed thresholds, not tertiles, so that figures from
#: different rating batches name the same kind of report.
STRATA: tuple[tuple[str, str, Callable[[float], bool]], ...] = (
    ("poor", "poorly written (mean ≤ 4)", lambda m: m <= 4),
    ("middle", "in between (4 < mean < 7)", lambda m: 4 < m < 7),
    ("good", "well written (mean ≥ 7)", lambda m: m >= 7),
)
SPLITS = ("all", "fit", "held-out")
DEFAULT_RESAMPLES = 1000
DEFAULT_SEED = 16


class RatingsError(ValueError):
    """A ratings file that cannot be read as id,rater,score."""


# ---------------------------------------------------------------- statistics

def ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, ties given the mean of the ranks they span."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson's r; NaN when either side is constant or there are fewer than two values."""
    n = len(x)
    if n < 2:
        return math.nan
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return math.nan
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rho: Pearson's r of the ranks (ties averaged), as scipy.stats.spearmanr."""
    return pearson(ranks(x), ranks(y))


def kendall(x: Sequence[float], y: Sequence[float]) -> float:
    """Kendall's tau-b (ties in either variable corrected for), as scipy.stats.kendalltau.

    Knight's O(n log n) method: sort the pairs by (x, y), count the pairs tied in x, in y and in both, and count the
    discordant pairs as the inversions of y in that order (a merge sort).  The bootstrap over thousands of reports calls
    it a thousand times per stratum, which the pairwise count could not finish (session 48, blind74–150 pooled)."""
    n = len(x)
    if n < 2 or any(v != v for v in x) or any(v != v for v in y):
        return math.nan  # (a NaN has no order: scipy's default, nan_policy="propagate", gives NaN too)
    pairs = sorted(zip(x, y, strict=True))
    total = n * (n - 1) // 2
    tied_x = _tied_pairs(p[0] for p in pairs)
    tied_both = _tied_pairs(pairs)
    discordant, ys = _inversions([p[1] for p in pairs])
    tied_y = _tied_pairs(ys)
    denom = math.sqrt((total - tied_x) * (total - tied_y))
    return (total - tied_x - tied_y + tied_both - 2 * discordant) / denom if denom else math.nan


def _tied_pairs(values) -> int:
    """The pairs of equal neighbours' runs in a sorted sequence: Σ t(t-1)/2 over runs of t equal values."""
    out = run = 0
    last = object()
    for v in values:
        run = run + 1 if v == last else 1
        out += run - 1
        last = v
    return out


def _inversions(values: list) -> tuple[int, list]:
    """How many pairs i < j have values[i] > values[j] (strictly), and the values sorted: a bottom-up merge sort."""
    n = len(values)
    a = list(values)
    count = 0
    width = 1
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            left, right = a[lo : lo + width], a[lo + width : lo + 2 * width]
            i = j = 0
            while i < len(left) and j < len(right):
                if right[j] < left[i]:
                    merged.append(right[j])
                    count += len(left) - i
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged += left[i:]
            merged += right[j:]
        a = merged
        width *= 2
    return count, a


def bootstrap_interval(stat: Callable[[Sequence[float], Sequence[float]], float], x: Sequence[float],
                       y: Sequence[float], resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED,
                       level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of ``stat(x, y)`` over pairs drawn with replacement.

    Deterministic for a given seed.  Resamples where the statistic is undefined (one side
    constant) are left out; NaNs come back when fewer than half the resamples are defined.
    """
    n = len(x)
    if n < 3:
        return (math.nan, math.nan)
    rng = random.Random(seed)
    values = []
    for _ in range(resamples):
        idx = [rng.randrange(n) for _ in range(n)]
        v = stat([x[i] for i in idx], [y[i] for i in idx])
        if not math.isnan(v):
            values.append(v)
    if len(values) < resamples / 2:
        return (math.nan, math.nan)
    values.sort()
    tail = (1 - level) / 2
    return (_quantile(values, tail), _quantile(values, 1 - tail))


def _quantile(sorted_values: Sequence[float], q: float) -> float:
    """Linear interpolation between order statistics (numpy's default, type 7)."""
    pos = q * (len(sorted_values) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def quadratic_kappa(a: Sequence[float], b: Sequence[float]) -> float:
    """Cohen's kappa with quadratic weights for two raters' scores of the same items.

    Expected disagreement comes from the two raters' own marginal distributions (Cohen 1968):
    kappa = 1 − Σ w·observed / Σ w·expected, with w = (i − j)².
    """
    n = len(a)
    if n == 0:
        return math.nan
    observed = sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) / n
    expected = sum((p - q) ** 2 for p in a for q in b) / (n * n)
    return 1 - observed / expected if expected else math.nan


def krippendorff_alpha_interval(units: Iterable[Sequence[float]]) -> float:
    """Krippendorff's alpha for interval data; each unit is the list of values it received
    (any number of raters, missing values simply absent).  Units with one value are not pairable
    and are left out, as Krippendorff (2011) prescribes."""
    pairable = [list(u) for u in units if len(u) >= 2]
    values = [v for u in pairable for v in u]
    n = len(values)
    if n < 2:
        return math.nan
    d_o = sum(sum((p - q) ** 2 for p in u for q in u) / (len(u) - 1) for u in pairable) / n
    d_e = sum((p - q) ** 2 for p in values for q in values) / (n * (n - 1))
    return 1 - d_o / d_e if d_e else math.nan


# ---------------------------------------------------------------- data

def read_ratings(paths: Iterable[str]) -> dict[str, dict[str, float]]:
    """{report id: {rater: score}} from CSV files with the header id,rater,score."""
    out: dict[str, dict[str, float]] = {}
    for path in paths:
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                missing = {"id", "rater", "score"} - set(reader.fieldnames or ())
                if missing:
                    raise RatingsError(f"{path}: the header must name id, rater and score (missing: {', '.join(sorted(missing))})")
                for row in reader:
                    where = f"{path}:{reader.line_num}"
                    doc, rater, raw = (row["id"] or "").strip(), (row["rater"] or "").strip(), (row["score"] or "").strip()
                    if not doc or not rater:
                        raise RatingsError(f"{where}: id and rater must not be empty")
                    try:
                        value = float(raw)
                    except ValueError:
                        raise RatingsError(f"{where}: score {raw!r} is not a number") from None
                    if not math.isfinite(value):
                        raise RatingsError(f"{where}: score {raw!r} is not a finite number")
                    if rater in out.setdefault(doc, {}):
                        raise RatingsError(f"{where}: rater {rater!r} already rated {doc!r}")
                    out[doc][rater] = value
        except OSError as exc:
            raise RatingsError(f"{path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise RatingsError(f"{path}: not UTF-8") from None
    return out


def half(doc_id: str) -> str:
    """The fixed split: "fit" when the first byte of SHA-256(id, UTF-8) is even, else "held-out"."""
    return "fit" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def read_corpus(path: str) -> list[tuple[str, str]]:
    """(id, text) from a JSONL corpus with "id" and "text" on each line."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                out.append((str(record["id"]), str(record["text"])))
            except (ValueError, KeyError, TypeError):
                raise RatingsError(f"{path}:{number}: not a JSON object with id and text") from None
    return out


# ---------------------------------------------------------------- validation

def correlations(scores: Sequence[float], means: Sequence[float], resamples: int = DEFAULT_RESAMPLES,
                 seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Spearman and Kendall with their bootstrap intervals, for one set of reports."""
    out: dict[str, Any] = {"n": len(scores)}
    for name, stat in (("spearman", spearman), ("kendall", kendall)):
        out[name] = stat(scores, means) if len(scores) >= 2 else math.nan
        out[f"{name}_ci"] = list(bootstrap_interval(stat, scores, means, resamples, seed))
    return out


def agreement(ratings: Mapping[str, Mapping[str, float]]) -> dict[str, Any]:
    """Quadratic-weighted kappa for each pair of raters who rated reports in common (over those reports) and
    Krippendorff's alpha (interval) over all raters.  Pairs are found from the reports, not from every pair of raters: a
    corpus of many sets, each rated by its own two raters, has a handful of pairs, not thousands that share nothing."""
    raters = sorted({r for scores in ratings.values() for r in scores})
    shared: dict[tuple[str, str], list[str]] = {}
    for doc, s in ratings.items():
        for a, b in combinations(sorted(s), 2):
            shared.setdefault((a, b), []).append(doc)
    pairs = [{"raters": [a, b], "n": len(both),
              "kappa_quadratic": quadratic_kappa([ratings[d][a] for d in both], [ratings[d][b] for d in both])}
             for (a, b), both in sorted(shared.items())]
    return {"raters": raters, "pairs": pairs,
            "alpha_interval": krippendorff_alpha_interval(list(s.values()) for s in ratings.values())}


def validate(reports: Iterable[tuple[str, str]], ratings: Mapping[str, Mapping[str, float]], split: str = "all",
             resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED,
             score: Callable[[str], float] | None = None) -> dict[str, Any]:
    """Correlations between clarity and the mean rating, overall and by stratum, and rater agreement,
    over the rated reports of the split ("all", "fit" or "held-out", see :func:`half`)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}")
    if score is None:
        from .checker import Checker

        checker = Checker()

        def score(text: str) -> float:
            return checker.check(text).clarity

    reports = list(reports)
    ids = {doc for doc, _ in reports}
    chosen = [(doc, text) for doc, text in reports if doc in ratings and (split == "all" or half(doc) == split)]
    scores = [score(text) for _, text in chosen]
    means = [sum(ratings[doc].values()) / len(ratings[doc]) for doc, _ in chosen]
    result: dict[str, Any] = {
        "split": split, "reports": len(chosen), "unrated": sum(1 for doc in ids if doc not in ratings),
        "not_in_corpus": sorted(doc for doc in ratings if doc not in ids),
        "resamples": resamples, "seed": seed,
        "overall": correlations(scores, means, resamples, seed), "strata": {},
    }
    for key, label, member in STRATA:
        idx = [i for i, m in enumerate(means) if member(m)]
        result["strata"][key] = {"label": label, **correlations([scores[i] for i in idx], [means[i] for i in idx], resamples, seed)}
    result["agreement"] = agreement({doc: ratings[doc] for doc, _ in chosen})
    return result


def _fmt(value: float) -> str:
    return "   n/a" if math.isnan(value) else f"{value:6.3f}"


def _ci(pair: Sequence[float]) -> str:
    return "[  n/a ,   n/a ]" if any(math.isnan(v) for v in pair) else f"[{pair[0]:6.3f}, {pair[1]:6.3f}]"


def write_text(out: IO[str], result: Mapping[str, Any]) -> None:
    out.write(f"reports rated: {result['reports']} (split: {result['split']}); "
              f"bootstrap: {result['resamples']} resamples, seed {result['seed']}, percentile 95% intervals\n")
    out.write(f"{'':28} {'n':>4}  {'Spearman':>8}  {'95% interval':<18} {'Kendall':>8}  {'95% interval':<18}\n")
    rows = [("all reports", result["overall"])] + [(s["label"], s) for s in result["strata"].values()]
    for label, r in rows:
        out.write(f"{label:28} {r['n']:4d}  {_fmt(r['spearman']):>8}  {_ci(r['spearman_ci']):<18} "
                  f"{_fmt(r['kendall']):>8}  {_ci(r['kendall_ci']):<18}\n")
    ag = result["agreement"]
    if len(ag["raters"]) >= 2:
        out.write(f"rater agreement ({len(ag['raters'])} raters: {', '.join(ag['raters'])}): "
                  f"Krippendorff's alpha (interval) {_fmt(ag['alpha_interval']).strip()}\n")
        for p in ag["pairs"]:
            out.write(f"  quadratic-weighted kappa {p['raters'][0]}–{p['raters'][1]}: "
                      f"{_fmt(p['kappa_quadratic']).strip()} over {p['n']} reports\n")
    else:
        out.write("rater agreement: one rater only\n")
    if result["unrated"] or result["not_in_corpus"]:
        out.write(f"left out: {result['unrated']} reports without a rating, "
                  f"{len(result['not_in_corpus'])} rated ids not in the corpus\n")


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def validate_command(argv: list[str], *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    ap = argparse.ArgumentParser(prog="vaguecheck validate",
                                 description="Correlate the clarity score with physicians' ratings (docs/clarity.md).")
    ap.add_argument("corpus", nargs="*", metavar="CORPUS.jsonl", help="reports, one JSON object with id and text a line")
    ap.add_argument("--ratings", nargs="+", action="extend", required=True, metavar="FILE", help="CSV files with the header id,rater,score")
    ap.add_argument("--split", choices=SPLITS, default="all",
                    help="all rated reports, or one half of the fixed split the weights were fitted on (default: all)")
    ap.add_argument("--resamples", type=int, default=DEFAULT_RESAMPLES, help=f"bootstrap resamples (default {DEFAULT_RESAMPLES})")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"bootstrap seed (default {DEFAULT_SEED})")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):  # --help, usage errors
            args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    # `--ratings a.csv b.csv corpus.jsonl`: argparse gives --ratings every name; the .jsonl ones are the corpus
    args.corpus = [f for f in args.ratings if f.endswith(".jsonl")] + args.corpus
    args.ratings = [f for f in args.ratings if not f.endswith(".jsonl")]
    if not args.corpus or not args.ratings:
        err.write("vaguecheck validate: give at least one ratings file (CSV) and one corpus (.jsonl)\n")
        return 2
    if args.resamples < 1:
        err.write("vaguecheck validate: --resamples must be at least 1\n")
        return 2
    try:
        ratings = read_ratings(args.ratings)
        reports = [r for path in args.corpus for r in read_corpus(path)]
    except (RatingsError, OSError) as exc:
        err.write(f"vaguecheck validate: {exc}\n")
        return 2
    result = validate(reports, ratings, split=args.split, resamples=args.resamples, seed=args.seed)
    if result["reports"] == 0:
        err.write("vaguecheck validate: no report of the corpus has a rating (do the ids match?)\n")
        return 2
    try:
        if args.format == "json":
            out.write(json.dumps(_json_safe(result), ensure_ascii=False, indent=2) + "\n")
        else:
            write_text(out, result)
        out.flush()
    except BrokenPipeError:  # `validate ... | head`: the reader has what it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0

