"""The clarity score: exact values worked out by hand from the formula in docs/clarity.md, and the
formula and examples in that document checked against the code (issue #14).

    problems = Σ severity weight of vague-expression findings (error 1.0, warning 0.7, info 0.3)
             + 0.5 × missing-element findings
    score    = 100 × (0.9 + 0.1 × min(1, elements / sentences)) / (1 + problems / sentences)
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import vaguecheck

DOC = (Path(__file__).resolve().parent.parent / "docs" / "clarity.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # nothing written: 100
        pytest.param("", 100.0, id="empty"),
        # no problem, 2 elements in 1 sentence (concreteness capped at 1): 100 × 1.0 / 1
        pytest.param("3日前から38.2℃の発熱があります。", 100.0, id="concrete"),
        # no problem, no element: 100 × 0.9 / 1
        pytest.param("様子に変わりありません。", 90.0, id="clear-but-thin"),
        # no problem, 1 element in 2 sentences: 100 × (0.9 + 0.1 × 0.5) / 1
        pytest.param("様子に変わりありません。体温38.2℃でした。", 95.0, id="half-concrete"),
        # VC103 info 0.3: 90 / 1.3
        pytest.param("特変なし。", 69.23, id="info"),
        # VC401 warning 0.7: 90 / 1.7
        pytest.param("時々むせています。", 52.94, id="warning"),
        # VC601 + VC602, two missing elements, 0.5 each: 90 / 2
        pytest.param("発熱があります。", 45.0, id="two-missing"),
        # VC301 warning 0.7 + VC101 error 1.0: 90 / 2.7
        pytest.param("最近、元気がありません。", 33.33, id="warning-and-error"),
        # the same 1.7 over 2 sentences with 2 elements: 100 × 1.0 / (1 + 0.85)
        pytest.param("最近、元気がありません。3日前から38.2℃の発熱があります。", 54.05, id="two-sentences"),
    ],
)
def test_score(text, score):
    report = vaguecheck.check(text)
    assert report.clarity == score


def test_suppression_reports_do_not_count():
    """VC900 (a stale suppression comment) says nothing about the report's wording."""
    report = vaguecheck.check("時々むせています。")
    stale = dataclasses.replace(report.findings[0], rule="VC900", category="suppression", severity="warning")
    assert dataclasses.replace(report, findings=(*report.findings, stale)).clarity == 52.94
    assert dataclasses.replace(report, findings=(stale,)).clarity == 90.0


def test_an_error_weighs_more_than_a_warning_and_a_warning_more_than_info():
    report = vaguecheck.check("時々むせています。")  # one finding, one sentence, no element
    f = report.findings[0]
    got = {sev: dataclasses.replace(report, findings=(dataclasses.replace(f, severity=sev),)).clarity
           for sev in ("error", "warning", "info")}
    assert got == {"error": 45.0, "warning": 52.94, "info": 69.23}  # 90/2, 90/1.7, 90/1.3


def test_the_formula_in_the_doc_is_the_codes():
    from vaguecheck import clarity

    block = re.search(r"```\n(problems = .*?)```", DOC, re.S).group(1)
    weights = dict(re.findall(r"(error|warning|info) ([0-9.]+)", block))
    assert {k: float(v) for k, v in weights.items()} == clarity.SEVERITY_WEIGHT
    assert float(re.search(r"\+ ([0-9.]+) × number of missing-element findings", block).group(1)) == clarity.MISSING_WEIGHT
    base, share = re.search(r"100 × \(([0-9.]+) \+ ([0-9.]+) × min\(1, elements / sentences\)\)", block).groups()
    assert (float(base), float(share)) == (1 - clarity.ELEMENT_SHARE, clarity.ELEMENT_SHARE)
    assert "A text with no sentences scores 100." in DOC


def test_the_examples_in_the_doc():
    """「最近、元気がありません。」 33.3 → 「3日前から…」 100, as the doc says."""
    pairs = re.findall(r"「([^」]+)」 ([0-9.]+)", DOC)
    assert len(pairs) >= 2
    for text, score in pairs:
        assert round(vaguecheck.check(text).clarity, 1) == float(score), text
