"""The clarity score: exact values worked out by hand from the formula in docs/clarity.md, and the
formula and examples in that document checked against the code (issue #14).

    problems = Σ severity weight of word-level findings (error 1.0, warning 0.7, info 0.3)
             + 0.5 × missing-element findings
    report   = Σ weight of the report-level failings, once per report (issue #16)
    score    = 100 × (0.4 + 0.6 × min(1, figures / min(10, sentences))) / (1 + problems / sentences + report)
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import vaguecheck
from vaguecheck import clarity as clarity_module

DOC = (Path(__file__).resolve().parent.parent / "docs" / "clarity.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # nothing written: 100
        pytest.param("", 100.0, id="empty"),
        # no problem, 2 figures in 1 sentence (one per sentence wanted, capped at 1): 100 × 1.0 / 1
        pytest.param("3日前から38.2℃の発熱があります。", 100.0, id="concrete"),
        # no problem, no figure: 100 × 0.4 / 1 (ELEMENT_SHARE 0.6, session 56)
        pytest.param("様子に変わりありません。", 40.0, id="clear-but-thin"),
        # no problem, 1 figure in 2 sentences: 100 × (0.4 + 0.6 × 0.5) / 1
        pytest.param("様子に変わりありません。体温38.2℃でした。", 70.0, id="half-concrete"),
        # VC103 info 0.3: 40 / 1.3
        pytest.param("特変なし。", 30.77, id="info"),
        # VC401 warning 0.7: 40 / 1.7
        pytest.param("時々むせています。", 23.53, id="warning"),
        # one finding that lists two missing kinds (time and quantity), 0.5 each: 40 / 2
        pytest.param("発熱があります。", 20.0, id="two-missing"),
        # one missing kind (time): 40 / 1.5
        pytest.param("痰が出ています。", 26.67, id="one-missing"),
        # VC301 warning 0.7, VC401 warning 0.7 (痰が多い) and a missing quantity 0.5, added up: 40 / 2.9
        pytest.param("最近、痰が多いです。", 13.79, id="vague-and-missing"),
        # VC301 warning 0.7 + VC101 error 1.0: 40 / 2.7
        pytest.param("最近、元気がありません。", 14.81, id="warning-and-error"),
        # VC101 error 1.0 carrying the observation's missing quantity 0.5 (one finding, 食欲低下): 40 / 2.5
        pytest.param("食欲低下があります。", 16.0, id="state-word-with-missing"),
        # the same 1.7 over 2 sentences with 2 figures: 100 × 1.0 / (1 + 0.85)
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
    assert dataclasses.replace(report, findings=(*report.findings, stale)).clarity == 23.53
    assert dataclasses.replace(report, findings=(stale,)).clarity == 40.0


def test_an_error_weighs_more_than_a_warning_and_a_warning_more_than_info():
    report = vaguecheck.check("時々むせています。")  # one finding, one sentence, no element
    f = report.findings[0]
    got = {sev: dataclasses.replace(report, findings=(dataclasses.replace(f, severity=sev),)).clarity
           for sev in ("error", "warning", "info")}
    assert got == {"error": 20.0, "warning": 23.53, "info": 30.77}  # 40/2, 40/1.7, 40/1.3


def test_the_formula_in_the_doc_is_the_codes():
    from vaguecheck import clarity

    block = re.search(r"```\n(problems = .*?)```", DOC, re.S).group(1)
    report = {key: float(w) for w, key in re.findall(r"([0-9.]+) × [^(\n]*\(`([a-z-]+)`", block)}
    assert report == clarity.REPORT_WEIGHT
    weights = dict(re.findall(r"(error|warning|info) ([0-9.]+)", block))
    assert {k: float(v) for k, v in weights.items()} == clarity.SEVERITY_WEIGHT
    assert float(re.search(r"\+ ([0-9.]+) × number of missing-element findings", block).group(1)) == clarity.MISSING_WEIGHT
    base, share, wanted = re.search(r"100 × \(([0-9.]+) \+ ([0-9.]+) × min\(1, figures / min\(([0-9]+), sentences\)\)\) / \(1 \+ problems / sentences \+ report\)", block).groups()
    assert (float(base), float(share), int(wanted)) == (round(1 - clarity.ELEMENT_SHARE, 9), clarity.ELEMENT_SHARE, clarity.FIGURES)
    assert "A text with no sentences scores 100." in DOC


def test_the_examples_in_the_doc():
    """「最近、元気がありません。」 29.6 → 「3日前から…」 100, as the doc says."""
    pairs = re.findall(r"「([^」]+)」 ([0-9.]+)", DOC)
    assert len(pairs) >= 2
    for text, score in pairs:
        assert round(vaguecheck.check(text).clarity, 1) == float(score), text


# ---------------------------------------------------------------- report-level failings (issue #16)

RECORD = "体温36.5℃。血圧120/70mmHg。脈拍72回/分。"  # 3 sentences, 3 elements, no finding: 100


def _with(text, *categories, request=None, sentences=None):
    """The report of ``text`` with report-level findings of the given categories put in."""
    report = vaguecheck.check(text)
    base = vaguecheck.check("時々むせています。").findings[0]
    added = tuple(dataclasses.replace(base, rule=rule, category=cat, severity="warning")
                  for rule, cat in categories)
    outline = dataclasses.replace(report.outline, request=request or report.outline.request)
    return dataclasses.replace(report, findings=report.findings + added, outline=outline)


@pytest.mark.parametrize(
    ("categories", "state", "score"),
    [
        pytest.param([], None, 100.0, id="none"),
        # (the weights fitted in session 56 on blind6–140; the lateness of a red flag, not put in here, weighs most)
        # purpose 0.5: 100 / (1 + 0.5)
        pytest.param([("VC701", "purpose")], None, 66.67, id="purpose"),
        # a vague request 0.75: 100 / 1.75
        pytest.param([("VC702", "request")], "vague", 57.14, id="request-vague"),
        # no request at all 1.0 (session 53: split from the vague one on blind6–140): 100 / 2
        pytest.param([("VC702", "request")], "none", 50.0, id="request-none"),
        # several clear requests in no order 0.5: 100 / 1.5
        pytest.param([("VC702", "request")], "unordered", 66.67, id="request-unordered"),
        # an urgent symptom, not phoned, in a report that states purpose and request: 0.25
        pytest.param([("VC703", "urgency")], None, 80.0, id="urgency"),
        # (told up front, on the purpose's line: urgency-told 0.1 instead, test_a_red_flag_told_up_front_costs_less)
        # the same symptom without a purpose: 0.5 + 0.25 + 0.1 (buried): 100 / 1.85
        pytest.param([("VC701", "purpose"), ("VC703", "urgency")], None, 54.05, id="urgency-buried"),
        # unordered requests do not bury a symptom: 0.5 + 0.25
        pytest.param([("VC702", "request"), ("VC703", "urgency")], "unordered", 57.14, id="unordered-not-buried"),
        # a vague request buries it as a missing purpose does: 0.75 + 0.25 + 0.1
        pytest.param([("VC702", "request"), ("VC703", "urgency")], "vague", 47.62, id="vague-request-buries"),
        # everything: 0.5 + 1.0 (no request) + 0.25 + 0.1: 100 / 2.85
        pytest.param([("VC701", "purpose"), ("VC702", "request"), ("VC703", "urgency")], "none", 35.09, id="all"),
    ],
)
def test_report_level_failings(categories, state, score):
    assert _with(RECORD, *categories, request=state).clarity == score


def test_report_level_failings_weigh_per_report_not_per_sentence():
    """A missing purpose costs the same in a 3-sentence and a 6-sentence record, while a
    vague word is diluted by the longer report."""
    short, long = RECORD, RECORD + "体温36.6℃。血圧118/72mmHg。脈拍70回/分。"
    assert _with(short, ("VC701", "purpose")).clarity == _with(long, ("VC701", "purpose")).clarity == 66.67
    vague = ("VC301", "vague-time")
    assert _with(short, vague).clarity < _with(long, vague).clarity  # 100/(1 + 0.7/3) < 100/(1 + 0.7/6)


def test_a_report_level_failing_never_raises_the_score():
    for cats, request in [([("VC701", "purpose")], None), ([("VC702", "request")], "vague"), ([("VC702", "request")], "none"),
                          ([("VC702", "request")], "unordered"), ([("VC703", "urgency")], None)]:
        for text in (RECORD, "最近、元気がありません。3日前から38.2℃の発熱があります。"):
            assert _with(text, *cats, request=request).clarity < vaguecheck.check(text).clarity


def test_a_real_report_without_purpose_or_request():
    """A whole message (addressee, greeting, signature) with VC701 and VC702 from the checker."""
    text = ("山田先生\nいつもお世話になっております。ケアマネジャーの木下です。\n"
            "佐藤様ですが、最近なんとなく元気がないようです。\n食事もあまり食べていないみたいです。\nよろしくお願いします。")
    report = vaguecheck.check(text)
    assert {"VC701", "VC702"} <= {f.rule for f in report.findings}
    feats = clarity_module.features(report)
    # it tells little, too (session 48): two short sentences after the greeting, the vague words not counted as told
    assert feats.failings == {"purpose", "request-none", "thin"}
    assert 0 < feats.thinness < 1
    # the same words without the report-level findings score higher by exactly the 1.5 they add (purpose 0.5, no request 1.0)
    plain = dataclasses.replace(report, findings=tuple(f for f in report.findings if f.category not in ("purpose", "request")))
    n, p, e, g = feats.sentences, feats.problems, feats.elements, feats.figures
    conc = 0.4 + 0.6 * min(1, g / min(10, n))
    thin = clarity_module.REPORT_WEIGHT["thin"] * feats.thinness * (1 - min(1, e / n))
    assert report.clarity == round(100 * conc / (1 + p / n + 1.5 + thin), 2)
    assert plain.clarity == round(100 * conc / (1 + p / n + thin), 2)


@pytest.mark.parametrize(("purpose", "told"), [
    ("【目的】至急のご相談です。", True),  # urgency said on the purpose's line
    ("佐藤様の黒色便についてご相談です。", True),  # the red flag named there
    ("佐藤様の食事についてご相談です。", False),  # the red flag only in the body
])
def test_a_red_flag_told_up_front_costs_less(purpose, told):
    """blind97: reports that put the red flag or 至急 on the purpose's line were rated 9.5-10; the score halved them."""
    text = f"{purpose}\n昨日から黒色便が続いています。\n受診が必要かご指示をお願いします。"
    report = vaguecheck.check(text)
    feats = clarity_module.features(report)
    assert "VC703" in {f.rule for f in report.findings}
    assert ("urgency-told" in feats.failings) is told and ("urgency" in feats.failings) is not told
    clean = clarity_module.features(vaguecheck.check(text.replace("黒色便が続いています", "普通の便が出ています")))
    # still a failing: a red flag never raises the score
    assert clarity_module.score(feats) < clarity_module.score(clean._replace(failings=frozenset()))


@pytest.mark.parametrize(("text", "late"), [
    # the red flag after the routine matters, in the text's second half: read last (urgency-late)
    ("佐藤様のサービス変更についてご報告します。\n来月からデイサービスを週2回から週3回に増やします。\n訪問看護は火曜から木曜に移ります。\n"
     "変更後の予定表をお送りしますので、ご確認をお願いします。\nそういえば、今朝から黒色便が出ているそうです。", True),
    # the same red flag told first, before the routine matters
    ("佐藤様のサービス変更についてご報告します。\n今朝から黒色便が出ているそうです。\n来月からデイサービスを週2回から週3回に増やします。\n"
     "訪問看護は火曜から木曜に移ります。\n変更後の予定表をお送りしますので、ご確認をお願いします。", False),
    # a FAX header or a greeting longer than the body does not make the first sentence told late (the session 36 review)
    ("宛先：みなみクリニック　内科　山本先生\n差出人：ひまわり居宅介護支援事業所　介護支援専門員　中島\n日付：2024年12月3日\n"
     "件名：佐藤様の状態のご報告\n今朝から黒色便が出ています。\n受診が必要かご指示をお願いします。", False),
    ("いつもお世話になっております。ひまわり居宅の中島です。\n佐藤様、今朝から黒色便が出ています。\n受診が必要かご指示をお願いします。", False),
    # a purpose found only after the red flag opens nothing; a greeting takes its sentence, not its whole line
    ("山田先生\nひまわり居宅の中島です。\n岡田様、来月から通所介護を週3回に増やします。\n入浴はデイで週2回行います。\n"
     "送迎は9時に自宅を出ます。\nショートステイは月1回、3泊4日で利用予定です。\n福祉用具は歩行器をレンタルしています。\n"
     "そういえば、今朝から黒色便が出ています。\nご相談なんですが、次回の往診で薬の整理をお願いできますでしょうか。", True),
    ("お疲れ様です。ひまわり居宅の中島です。岡田様、来月から通所介護を週3回に増やします。入浴はデイで週2回行います。"
     "送迎は9時に自宅を出ます。福祉用具は歩行器をレンタルしています。そういえば、今朝から黒色便が出ています。\n", True),
])
def test_a_red_flag_told_last_costs_more(text, late):
    """Session 36, on the fit data (blind6-73): poorly written reports whose red flag comes in the second half of the text
    were rated lower than the score ranked them (b25-41: a stroke sign after the schedule, rated 1 of 10); the failing
    applies only where the red flag is not told up front, and the same words score lower with it late."""
    report = vaguecheck.check(text)
    feats = clarity_module.features(report)
    assert "urgency" in feats.failings, feats.failings
    assert ("urgency-late" in feats.failings) is late
    without = clarity_module.score(feats._replace(failings=feats.failings - {"urgency-late"}))
    assert (clarity_module.score(feats) < without) is late
