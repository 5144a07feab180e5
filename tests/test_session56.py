"""Session 56: the clarity score's figures, and what the first runs of blind185–187 showed (docs/clarity.md,
docs/evaluation.md)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck import clarity

FRAME = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の体調についてご報告です。\n{}\n受診の要否についてご指示をお願いいたします。"


def _urgent(text: str) -> list[str]:
    return [u.text for u in vaguecheck.check(FRAME.format(text)).outline.urgent]


# ---------------------------------------------------------------- figures: elements that tell a number


@pytest.mark.parametrize(("text", "figures"), [
    ("本日訪問しました。昨日から食欲がありません。", 0),          # 本日, 昨日から: times with no number
    ("毎日散歩しています。", 0),                                  # 毎日: a frequency with no number
    ("3日前から38.2℃の発熱があります。", 2),                     # 3日前から, 38.2℃
    ("12/4に受診しました。", 1),                                  # a date: no amount read, a numeral written
    ("食事は半分ほど食べています。", 1),                          # 半分: an amount with no numeral
    ("1日3回、朝昼夕に飲んでいます。", 1),
])
def test_figures_are_the_elements_that_tell_a_number(text: str, figures: int) -> None:
    report = vaguecheck.check(text)
    assert clarity.figures(report) == figures
    assert clarity.features(report).figures == figures
    assert clarity.figures(report) <= len(report.elements)


def test_a_long_report_needs_figures_wanted_figures_a_short_one_one_per_sentence() -> None:
    one = clarity.Features(sentences=1, problems=0.0, elements=1, failings=frozenset(), figures=1)
    assert clarity.score(one) == 100.0  # one concrete sentence
    # twelve sentences, five figures: half of the ten wanted
    twelve = clarity.Features(sentences=12, problems=0.0, elements=5, failings=frozenset(), figures=5)
    assert clarity.score(twelve) == round(100 * ((1 - clarity.ELEMENT_SHARE) + clarity.ELEMENT_SHARE * 5 / clarity.FIGURES), 2)
    # the same five figures in five sentences earn the whole share
    assert clarity.score(twelve._replace(sentences=5)) == 100.0
    # elements without a number earn nothing
    assert clarity.score(twelve._replace(figures=0)) == round(100 * (1 - clarity.ELEMENT_SHARE), 2)


@settings(max_examples=200, deadline=None)
@given(sentences=st.integers(1, 40), figures=st.integers(0, 40), problems=st.floats(0, 30),
       failings=st.sets(st.sampled_from(sorted(clarity.REPORT_WEIGHT))))
def test_a_figure_more_never_lowers_the_score(sentences: int, figures: int, problems: float, failings: set[str]) -> None:
    feats = clarity.Features(sentences, problems, figures, frozenset(failings), 0.5, 0.5, figures)
    assert clarity.score(feats._replace(figures=figures + 1)) >= clarity.score(feats)
    assert 0 < clarity.score(feats) <= 100


def test_a_number_told_raises_the_score_a_vague_time_does_not() -> None:
    vague = "昨日から咳が出ています。本日訪問しました。"
    figure = "昨日から咳が出ています。本日訪問し、体温は36.8℃でした。"
    assert vaguecheck.check(figure).clarity > vaguecheck.check(vague).clarity
    # 本日 added to a text is an element, but no figure: the share it earns is unchanged
    report = vaguecheck.check("咳が出ています。")
    with_today = vaguecheck.check("本日、咳が出ています。")
    assert clarity.features(with_today).figures == clarity.features(report).figures == 0


def test_the_figures_wanted_is_the_fits() -> None:
    """fit_weights.py searches the figures wanted beside the weights (its --check runs in tests/test_validate.py)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "corpus" / "ratings" / "fit_weights.py"
    spec = importlib.util.spec_from_file_location("fit_weights", path)
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    assert clarity.FIGURES in fit.FIGURE_COUNTS and clarity.ELEMENT_SHARE in fit.ELEMENT_SHARES
    feats = clarity.features(vaguecheck.check("様子に変わりありません。体温38.2℃でした。"))
    params = {**clarity.REPORT_WEIGHT, "share": clarity.ELEMENT_SHARE, "figures": clarity.FIGURES}
    assert fit._score(feats, params) == clarity.score(feats)
    assert fit._score(feats, {**params, "figures": 1}) == clarity.score(feats, figures_wanted=1)


def test_a_report_level_failing_still_lowers_a_report_with_figures() -> None:
    text = "体温36.5℃。血圧120/70mmHg。脈拍72回/分。"
    report = vaguecheck.check(text)
    base = report.findings[0] if report.findings else vaguecheck.check("時々むせています。").findings[0]
    failing = dataclasses.replace(base, rule="VC701", category="purpose", severity="warning")
    assert dataclasses.replace(report, findings=(*report.findings, failing)).clarity < report.clarity


# ---------------------------------------------------------------- red flags: what blind185–187 showed


@pytest.mark.parametrize("text", [
    # examples of what is not there, named as a kind (そういうの, そんなの: blind187's calm trap)
    "手足のしびれとか、ろれつがまわらんとか、そういうのはまったくないんです。",
    "ろれつが回らないとか、そんなのはないです。",
    # a list of signs, a record's colon, then its denial (blind186's good report)
    "・胸痛、息切れ、動悸の訴え：11月中はいずれもなし",
    "胸痛、息切れ、動悸：いずれもなし",
    # the sign's own suffix and what it is called, then a list counted none (blind186)
    "11月の急な息苦しさの訴え・救急受診：0回",
    "胸が痛いとか、そういうのもないです。",
    "ろれつが回らないとか、ああいうのはないです。",
])
def test_not_a_red_flag_today(text: str) -> None:
    assert _urgent(text) == []


@pytest.mark.parametrize("text", [
    "食事の前に胸が痛くなることがあるので、心配です。",            # 〜の前に: a time of day, and a present habit
    "前に血を吐いたことがあるが、今朝もコップ半分くらい血を吐いた。",  # today's event beside the old one
    "ろれつが回らないとか、そういうのがあって心配です。",            # the kind is there, not denied
    "ろれつが回らないとか言ってて、そういうのは初めてです。",
    "胸痛：あり、息切れ：なし",                                      # each item its own value
    "息苦しさの訴え・救急受診：0回から3回に増えました",              # a rise from none
    "急な息苦しさの訴えあり、救急受診：0回",                        # the sign told, then another count
    "息苦しさが出て、救急受診：0回",
    # the session 56 review: そういうの not denied right after its topic
    "胸が痛いとか、息が苦しいとか、そういうので夜も眠れない",
    "胸が痛いとか、そういうのがなかなか良くならない",
    "胸が痛いとか、そういうのはほっとけないので今日受診させたい",
    "血を吐くとか、そんなのが続いていて食べられない",
    # each item its own value, not one list denied
    "胸痛、動悸：夜間、息切れ：なし",
    "胸痛、息切れ：軽度、発熱：なし",
    # more told after a list's zero
    "息苦しさの訴え：0回（昨日まで）、本日2回",
    "息苦しさの訴え：0回でしたが、本日夕方に1回",
    "胸の痛みの訴え・ニトロ使用：0回/週→3回/週",
    "息苦しさの訴え：0回のはずが、昨夜から続いている",
    # today's event beside an old one (the history cue was not widened: the session 56 review)
    "前に血を吐いたことがあるけど、またコップ半分くらい血を吐いています。",
    "前に入院したことがある病院の待合室で意識を失いました。",
    "血を吐いていて、前に血を吐いたことがあるので心配です。",
])
def test_still_a_red_flag(text: str) -> None:
    assert _urgent(text) != []


# ---------------------------------------------------------------- requests and purposes


def test_a_reminder_with_janai_desu_ka_is_no_question() -> None:
    """先月肺炎で入院してたじゃないですか、: the reader reminded of what both know (blind186's chat)."""
    text = ("お疲れさまですー、ケアマネの鵜沢です\n山崎 ツネさん、先月肺炎で入院してたじゃないですか、\n"
            "退院してからはだいぶ調子いいみたいで、デイでカラオケ歌ってたって\n熱も出てないし咳もたまにくらいだって本人言ってました。\n"
            "なんか気になることあったらまた言ってくださいー")
    outline = vaguecheck.check(text).outline
    assert outline.request == "vague"
    assert [p.text for p in outline.requests] == ["なんか気になることあったらまた言ってくださいー"]


@pytest.mark.parametrize("line", [
    "肺炎じゃないですか？",                                   # a question mark: the question is put
    "肺炎ではないですか、受診させた方がよいか教えてください。",  # the sentence goes on to ask
    # the session 56 review: a question or a suggestion with a comma after it, no past た before じゃ
    "これ、誤嚥性肺炎の再発じゃないですか、先生。",
    "一度往診に来ていただいた方がいいんじゃないですか、このままだと心配です。",
    "下剤を追加してもらったほうがいいんじゃないですか、便が5日出ていません。",
])
def test_a_question_with_janai_desu_ka_still_asks(line: str) -> None:
    text = f"いつもお世話になっております。ケアマネの山田です。\n佐藤様の咳が3日続いています。\n{line}\n以上です。"
    outline = vaguecheck.check(text).outline
    assert outline.request in ("clear", "vague", "unordered"), outline.request  # an ask, clear or not
    assert any("ですか" in p.text for p in outline.requests)


@pytest.mark.parametrize(("subject", "purpose"), [
    ("件名：【ご確認のお願い】12/15 大腸内視鏡検査前の内服について", True),   # blind185's FAX
    ("件名:【お願い】内服について", True),
    ("【ご確認のお願い】12/15 大腸内視鏡検査前の内服について", True),
    ("件名：12/15 大腸内視鏡検査の予定", False),                              # a subject that names no purpose
])
def test_a_bracketed_title_after_a_subject_label_states_the_purpose(subject: str, purpose: bool) -> None:
    text = (f"{subject}\nいずみ野内科 佐藤 先生\n利用者：木村 幸子 様（77歳）\n12月15日に大腸内視鏡検査の予定です。\n"
            "休薬の要否を12月10日までにFAXでご教示いただけますでしょうか。")
    assert (vaguecheck.check(text).outline.purpose is not None) is purpose


def test_food_then_water_that_can_no_longer_be_taken_is_a_red_flag() -> None:
    """ご飯も水分もほとんど口にできなくなっています (blind190's letter): the food named first, and can no longer."""
    assert _urgent("おととい（12/19）の昼から、ご飯も水分もほとんど口にできなくなっています。") != []
    assert _urgent("ご飯も水分もほとんど口にできなくなることはありません。") == []


@pytest.mark.parametrize(("line", "state"), [
    ("お忙しいところすみませんが、今日来ていただくことってできますか。", "clear"),   # ことって: blind188's chat
    ("今日来ていただくことはできますか。", "clear"),
])
def test_can_you_come_with_kototte_is_a_clear_ask(line: str, state: str) -> None:
    text = f"いつもお世話になっております。ケアマネの山田です。\n佐藤様の件でご相談です。\n今朝から呼んでも返事がありません。\n{line}"
    assert vaguecheck.check(text).outline.request == state
