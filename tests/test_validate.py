"""Validation of the clarity score against ratings (issue #16): the statistics against worked
examples, a published value and scipy; the ratings format; `vaguecheck validate`; and the
validity figures and fitted weights in docs/clarity.md against the code."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vaguecheck import clarity
from vaguecheck.cli import main
from vaguecheck.validate import (
    RatingsError,
    bootstrap_interval,
    half,
    kendall,
    krippendorff_alpha_interval,
    quadratic_kappa,
    ranks,
    read_ratings,
    spearman,
    validate,
)

ROOT = Path(__file__).resolve().parents[1]
RATINGS = [str(ROOT / "corpus" / "ratings" / f"rater{i}.csv") for i in (1, 2)]
CORPORA = [str(ROOT / "corpus" / "reports" / f) for f in ("dev.jsonl", "blind1.jsonl")]


# ---------------------------------------------------------------- statistics by hand

def test_ranks_average_ties():
    assert ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4]
    assert ranks([3, 3, 3]) == [2, 2, 2]


def test_spearman_and_kendall_worked_example():
    # two adjacent swaps in five: d = (-1, 1, -1, 1, 0), rho = 1 - 6·4/(5·24) = 0.8;
    # 10 pairs, 2 discordant: tau = (8 - 2)/10 = 0.6
    x, y = [1, 2, 3, 4, 5], [2, 1, 4, 3, 5]
    assert spearman(x, y) == pytest.approx(0.8)
    assert kendall(x, y) == pytest.approx(0.6)
    assert spearman(x, x[::-1]) == pytest.approx(-1)


def test_kendall_tau_b_with_ties():
    # pairs: (0,1) tied in x, (1,2) tied in y, the other 4 concordant: 4 / sqrt(5 · 5) = 0.8
    assert kendall([1, 1, 2, 3], [1, 2, 2, 3]) == pytest.approx(0.8)


def test_undefined_when_one_side_is_constant():
    assert math.isnan(spearman([1, 2, 3], [5, 5, 5]))
    assert math.isnan(kendall([1, 2, 3], [5, 5, 5]))


def test_quadratic_kappa_worked_example():
    # b = a + 1: observed (a-b)² = 1; expected over all 9 pairs 21/9; 1 - 9/21 = 4/7
    assert quadratic_kappa([1, 2, 3], [2, 3, 4]) == pytest.approx(4 / 7)
    assert quadratic_kappa([1, 5, 9, 3], [1, 5, 9, 3]) == 1.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10), st.integers(1, 10)), min_size=2, max_size=30))
def test_quadratic_kappa_is_the_moment_formula(pairs):
    """With quadratic weights and marginal expectation, kappa = 2·cov / (var_a + var_b + (mean_a − mean_b)²)
    (population moments): an independent way to the same number."""
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    va, vb = sum((v - ma) ** 2 for v in a) / n, sum((v - mb) ** 2 for v in b) / n
    cov = sum((p - ma) * (q - mb) for p, q in zip(a, b, strict=True)) / n
    denom = va + vb + (ma - mb) ** 2
    if denom == 0:
        assert math.isnan(quadratic_kappa(a, b))
    else:
        assert quadratic_kappa(a, b) == pytest.approx(2 * cov / denom)


def test_krippendorff_alpha_published_example():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units,
    missing values; interval alpha = 0.849 (unit 12 has one value and is not pairable)."""
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3]
    c = [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]
    units = [[v for v in unit if v is not None] for unit in zip(a, b, c, d, strict=True)]
    assert round(krippendorff_alpha_interval(units), 3) == 0.849


def test_krippendorff_alpha_perfect_and_opposed():
    assert krippendorff_alpha_interval([[1, 1], [5, 5], [3, 3]]) == 1.0
    assert krippendorff_alpha_interval([[1, 9], [9, 1]]) < 0


# ---------------------------------------------------------------- against scipy

@pytest.mark.filterwarnings("ignore:An input array is constant")  # scipy's NaN for a constant side
@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 6), st.integers(1, 6)), min_size=3, max_size=40))
def test_spearman_and_kendall_match_scipy(pairs):
    stats = pytest.importorskip("scipy.stats")
    x, y = [p[0] for p in pairs], [p[1] for p in pairs]
    want_rho, want_tau = stats.spearmanr(x, y)[0], stats.kendalltau(x, y)[0]
    got_rho, got_tau = spearman(x, y), kendall(x, y)
    if math.isnan(want_rho):
        assert math.isnan(got_rho) and math.isnan(got_tau)
    else:
        assert got_rho == pytest.approx(want_rho, abs=1e-9)
        assert got_tau == pytest.approx(want_tau, abs=1e-9)


# ---------------------------------------------------------------- bootstrap

def test_bootstrap_is_seeded_and_brackets_the_estimate():
    x = list(range(40))
    y = [v + (7 if v % 3 == 0 else -5) for v in x]  # a strong, imperfect association
    rho = spearman(x, y)
    one = bootstrap_interval(spearman, x, y, resamples=300, seed=1)
    assert one == bootstrap_interval(spearman, x, y, resamples=300, seed=1)
    assert one != bootstrap_interval(spearman, x, y, resamples=300, seed=2)
    assert one[0] < rho < one[1] <= 1


def test_bootstrap_interval_is_wider_for_fewer_reports():
    x = list(range(60))
    y = [v + 15 * ((v * 7) % 5 - 2) for v in x]
    wide = bootstrap_interval(spearman, x[:12], y[:12], resamples=300)
    narrow = bootstrap_interval(spearman, x, y, resamples=300)
    assert wide[1] - wide[0] > narrow[1] - narrow[0]


# ---------------------------------------------------------------- ratings and split

def test_read_ratings_merges_files_and_raters(tmp_path):
    (tmp_path / "a.csv").write_text("id,rater,score\nr1,a,7\nr2,a,3.5\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("\ufeffscore,id,rater\n6,r1,b\n", encoding="utf-8")  # BOM, columns in any order
    assert read_ratings([tmp_path / "a.csv", tmp_path / "b.csv"]) == {"r1": {"a": 7.0, "b": 6.0}, "r2": {"a": 3.5}}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,score\nr1,7\n", "missing: rater"),
        ("id,rater,score\nr1,a,seven\n", "x.csv:2: score 'seven' is not a number"),
        ("id,rater,score\nr1,a,7\nr1,a,8\n", "x.csv:3: rater 'a' already rated 'r1'"),
        ("id,rater,score\n,a,7\n", "x.csv:2: id and rater must not be empty"),
        ("id,rater,score\nr1,a,nan\n", "not a finite number"),
    ],
)
def test_read_ratings_errors_name_the_place(tmp_path, content, message):
    (tmp_path / "x.csv").write_text(content, encoding="utf-8")
    with pytest.raises(RatingsError, match=re.escape(message)):
        read_ratings([str(tmp_path / "x.csv")])


def test_split_is_fixed_and_about_half():
    ids = [f"d-{i:03d}" for i in range(1, 85)] + [f"b1-{i:02d}" for i in range(1, 45)]
    halves = [half(i) for i in ids]
    assert set(halves) == {"fit", "held-out"}
    assert 0.4 < halves.count("fit") / len(ids) < 0.6
    assert [half(i) for i in ids] == halves  # not dependent on the process (no salted hash())


# ---------------------------------------------------------------- validate()

def _fake_reports(n=30):
    return [(f"r{i}", f"text {i}") for i in range(n)]


def test_validate_strata_and_agreement():
    reports = _fake_reports()
    ratings = {f"r{i}": {"a": 1 + i % 10, "b": 1 + (i + (i % 2)) % 10} for i in range(30)}
    scores = {f"text {i}": float(i % 10) for i in range(30)}  # follows rater a exactly
    got = validate(reports, ratings, resamples=50, score=scores.__getitem__)
    assert got["reports"] == 30 and got["unrated"] == 0
    means = [(ratings[f"r{i}"]["a"] + ratings[f"r{i}"]["b"]) / 2 for i in range(30)]
    assert got["strata"]["poor"]["n"] == sum(m <= 4 for m in means)
    assert got["strata"]["good"]["n"] == sum(m >= 7 for m in means)
    assert got["strata"]["middle"]["n"] == sum(4 < m < 7 for m in means)
    assert got["overall"]["spearman"] == pytest.approx(spearman([i % 10 for i in range(30)], means))
    assert got["agreement"]["raters"] == ["a", "b"]
    a = [ratings[f"r{i}"]["a"] for i in range(30)]
    b = [ratings[f"r{i}"]["b"] for i in range(30)]
    assert got["agreement"]["pairs"][0]["kappa_quadratic"] == pytest.approx(quadratic_kappa(a, b))


def test_validate_split_keeps_one_half():
    reports = _fake_reports(40)
    ratings = {doc: {"a": float(i % 9 + 1)} for i, (doc, _) in enumerate(reports)}
    held = validate(reports, ratings, split="held-out", resamples=20, score=lambda t: float(len(t)))
    fit = validate(reports, ratings, split="fit", resamples=20, score=lambda t: float(len(t)))
    assert held["reports"] + fit["reports"] == 40
    assert held["reports"] == sum(half(doc) == "held-out" for doc, _ in reports)


# ---------------------------------------------------------------- the command

def _corpus(tmp_path):
    texts = {
        "a": "3日前から38.2℃の発熱があります。", "b": "最近、元気がありません。", "c": "時々むせています。",
        "d": "朝の薬が週に3回ほど飲み忘れられています。", "e": "様子に変わりありません。", "f": "発熱があります。",
    }
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in texts.items()), encoding="utf-8")
    return path


def test_command_text_and_json(tmp_path, capsys):
    corpus = _corpus(tmp_path)
    r1, r2 = tmp_path / "r1.csv", tmp_path / "r2.csv"
    r1.write_text("id,rater,score\na,dr1,9\nb,dr1,2\nc,dr1,4\nd,dr1,8\ne,dr1,6\nf,dr1,3\n", encoding="utf-8")
    r2.write_text("id,rater,score\na,dr2,10\nb,dr2,2\nc,dr2,5\nd,dr2,8\ne,dr2,5\nf,dr2,4\nzz,dr2,5\n", encoding="utf-8")
    assert main(["validate", "--ratings", str(r1), str(r2), str(corpus), "--resamples", "50"]) == 0
    text = capsys.readouterr().out
    assert "Spearman" in text and "poorly written (mean ≤ 4)" in text
    assert "quadratic-weighted kappa dr1–dr2" in text and "Krippendorff's alpha (interval)" in text
    assert "1 rated ids not in the corpus" in text
    assert main(["validate", "--ratings", str(r1), str(corpus), "--format", "json", "--resamples", "50"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["reports"] == 6 and got["agreement"]["raters"] == ["dr1"]
    assert got["overall"]["spearman"] > 0.5  # the concrete reports were rated higher
    # --ratings given once per file (as with most tools) keeps every file, not the last one
    assert main(["validate", "--ratings", str(r1), "--ratings", str(r2), str(corpus), "--format", "json",
                 "--resamples", "50"]) == 0
    assert json.loads(capsys.readouterr().out)["agreement"]["raters"] == ["dr1", "dr2"]


def test_command_errors_exit_2(tmp_path, capsys):
    corpus = _corpus(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,score\na,3\n", encoding="utf-8")
    assert main(["validate", "--ratings", str(bad), str(corpus)]) == 2
    assert "missing: rater" in capsys.readouterr().err
    other = tmp_path / "other.csv"
    other.write_text("id,rater,score\nq,dr1,3\n", encoding="utf-8")
    assert main(["validate", "--ratings", str(other), str(corpus)]) == 2
    assert "no report of the corpus has a rating" in capsys.readouterr().err
    assert main(["validate", "--ratings", str(other)]) == 2
    assert "corpus" in capsys.readouterr().err


# ---------------------------------------------------------------- the figures in docs/clarity.md

def _doc_table(doc: str, marker: str) -> list[tuple[str, ...]]:
    """The rows of the table that follows ``<!-- MARKER`` (up to the first blank line after it)."""
    after = doc.split(f"<!-- {marker}", 1)[1]
    table = after[after.index("\n| ") :].split("\n\n", 1)[0]
    return re.findall(r"^\| (.+?) \| (\d+) \| (-?[0-9.]+) \[(-?[0-9.]+), (-?[0-9.]+)\] \| (-?[0-9.]+) \[(-?[0-9.]+), (-?[0-9.]+)\] \|$",
                      table, re.M)


def _validate(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "vaguecheck", "validate", "--format", "json", *args],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def _same_figures(rows: list[tuple[str, ...]], got: dict) -> None:
    want = [("all reports", got["overall"])] + [(s["label"], s) for s in got["strata"].values()]
    assert len(rows) == len(want) == 4
    for row, (label, r) in zip(rows, want, strict=True):
        figures = (r["spearman"], *r["spearman_ci"], r["kendall"], *r["kendall_ci"])
        assert row[0] == label and int(row[1]) == r["n"]
        assert tuple(float(v) for v in row[2:]) == tuple(round(v, 3) for v in figures), label


def test_the_held_out_figures_in_the_doc_are_the_commands():
    doc = (ROOT / "docs" / "clarity.md").read_text(encoding="utf-8")
    got = _validate("--split", "held-out", "--ratings", *RATINGS, *CORPORA)
    _same_figures(_doc_table(doc, "validity:"), got)
    kappa = got["agreement"]["pairs"][0]["kappa_quadratic"]
    assert f"quadratic-weighted kappa (r1–r2) {kappa:.3f}" in doc
    assert re.search(rf"Krippendorff's\s+alpha \(interval\) {got['agreement']['alpha_interval']:.3f}", doc)
    assert f"Result, held-out half only ({got['reports']} reports" in doc


def test_the_blind6_figures_in_the_doc_are_the_command():
    """blind6: 48 reports written and rated after the weights of their day were fixed (fit data since session 19)."""
    doc = (ROOT / "docs" / "clarity.md").read_text(encoding="utf-8")
    ratings = [str(ROOT / "corpus" / "ratings" / f"blind6_rater{r}.csv") for r in "AB"]
    got = _validate("--ratings", *ratings, str(ROOT / "corpus" / "reports" / "blind6.jsonl"))
    assert got["reports"] == 48
    _same_figures(_doc_table(doc, "validity-blind6:"), got)
    kappa = got["agreement"]["pairs"][0]["kappa_quadratic"]
    assert f"quadratic-weighted kappa (A–B) {kappa:.3f}" in doc


def test_the_weights_in_the_code_are_the_fits_best():
    proc = subprocess.run([sys.executable, str(ROOT / "corpus" / "ratings" / "fit_weights.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # a buried red flag costs more than one in a clear report (urgency + buried), as docs/clarity.md reasons
    assert clarity.REPORT_WEIGHT["urgency-buried"] > 0 and all(w > 0 for w in clarity.REPORT_WEIGHT.values())
