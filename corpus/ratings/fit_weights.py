"""Fit the clarity score's report-level weights and element share on the FIT half of the rated
reports (docs/clarity.md, "How the weights were chosen").

    python corpus/ratings/fit_weights.py           # print the best weights and the top of the grid
    python corpus/ratings/fit_weights.py --check   # exit 1 unless vaguecheck.clarity holds the best

The split is vaguecheck.validate.half (SHA-256 of the id); only "fit" reports are read for the
choice.  Objective, fixed before looking at the held-out half: Spearman(clarity, mean rating) over
all fit reports + Spearman within the poorly written stratum (mean ≤ 4); ties go to the smaller
total weight, then to the earlier grid point.  Report the held-out figures, never these.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from vaguecheck import clarity
from vaguecheck.checker import Checker
from vaguecheck.validate import STRATA, half, read_corpus, read_ratings, spearman

HERE = Path(__file__).resolve().parent
CORPORA = [HERE.parent / "reports" / "dev.jsonl", HERE.parent / "reports" / "blind1.jsonl"]
RATINGS = [HERE / "rater1.csv", HERE / "rater2.csv"]

#: No weight is zero: issue #16 asks that a report-level failing always lower the score (the
#: monotonicity property of tests/test_clarity.py), so each failing must cost something.
GRID = {
    "purpose": (0.1, 0.25, 0.5, 1.0),
    "request": (0.1, 0.25, 0.5, 1.0),
    "request-unordered": (0.1, 0.25),
    "urgency": (0.1, 0.25, 0.5),
    "urgency-buried": (0.1, 0.25, 0.5, 1.0),
}
ELEMENT_SHARES = (0.1, 0.2, 0.3)


def fit_data() -> tuple[list[clarity.Features], list[float]]:
    ratings = read_ratings(map(str, RATINGS))
    checker = Checker()
    feats, means = [], []
    for path in CORPORA:
        for doc, text in read_corpus(str(path)):
            if doc in ratings and half(doc) == "fit":
                feats.append(clarity.features(checker.check(text)))
                means.append(sum(ratings[doc].values()) / len(ratings[doc]))
    return feats, means


def objective(feats: list[clarity.Features], means: list[float], weights: dict[str, float], share: float) -> tuple[float, float]:
    scores = [clarity.score(f, weights, share) for f in feats]
    poor = [i for i, m in enumerate(means) if STRATA[0][2](m)]
    return spearman(scores, means), spearman([scores[i] for i in poor], [means[i] for i in poor])


def search() -> list[tuple[float, float, float, dict[str, float], float]]:
    feats, means = fit_data()
    keys = list(GRID)
    tried = []
    for order, (values, share) in enumerate(itertools.product(itertools.product(*GRID.values()), ELEMENT_SHARES)):
        weights = dict(zip(keys, values, strict=True))
        overall, poor = objective(feats, means, weights, share)
        tried.append((round(overall + poor, 9), sum(values), order, overall, poor, weights, share))
    tried.sort(key=lambda t: (-t[0], t[1], t[2]))
    return [(t[0], t[3], t[4], t[5], t[6]) for t in tried]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 unless vaguecheck.clarity holds the best weights")
    args = ap.parse_args()
    tried = search()
    for total, overall, poor, weights, share in tried[:10]:
        print(f"{total:.3f}  overall {overall:.3f}  poor {poor:.3f}  share {share}  {weights}")
    best_weights, best_share = tried[0][3], tried[0][4]
    held = best_weights == clarity.REPORT_WEIGHT and best_share == clarity.ELEMENT_SHARE
    print("vaguecheck.clarity holds the best weights" if held else
          f"vaguecheck.clarity differs: REPORT_WEIGHT={best_weights}, ELEMENT_SHARE={best_share}")
    return 0 if held or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
