"""Session 48: classes mended on the blind batches and report sets measured before it (each test fails before its change)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck

_FORM = "浅野先生\n【目的】服薬についてのご相談\n"


def _signs(text: str) -> list[str]:
    return [u["id"] for u in vaguecheck.check(text).outline.to_dict()["urgent"]]


@pytest.mark.parametrize("line", [
    "・11/15〜12/14の30日間で、飲み忘れ 朝7回・夕4回、重複内服 2回（訪問介護とお薬カレンダーで確認）。",
    "・この1か月で、重複内服：2回でした。",
])
def test_a_months_tally_of_double_doses_is_no_red_flag(line: str) -> None:
    """blind150's physician: a 30-day tally supporting a request for one-dose packs is no acute overdose."""
    assert not _signs(_FORM + line + "\n一包化をご検討いただけますでしょうか。")


@pytest.mark.parametrize("line", [
    "・本日朝、ワーファリンを重複内服 2回されました。",  # no period tallied: today's event
    "・30日間で飲み忘れ 3回。本日朝、ワーファリンを重複内服しました。",  # the tally is another sentence's
])
def test_a_double_dose_today_stays_a_red_flag(line: str) -> None:
    assert _signs(_FORM + line + "\nご指示ください。")


@pytest.mark.parametrize("text,span", [
    ("吉田さんの血圧、今日はちょっと高めでした。", "ちょっと高め"),
    ("血圧がですね、ちょっと高めなんですよ。", "ちょっと高め"),
])
def test_two_words_of_one_rule_written_together_are_one_finding(text: str, span: str) -> None:
    r = vaguecheck.check(text)
    hits = [f for f in r.findings if f.rule == "VC501"]
    assert [f.text for f in hits] == [span]
    assert all(text[f.start:f.end] == f.text and f"「{f.text}」" in f.message for f in hits)


@pytest.mark.parametrize("text,rules", [
    ("血圧が少し、高めです。", 2),  # a comma between: two
    ("かなり多めに残っています。", 2),  # two rules (VC502, VC501): two entries, as before
])
def test_words_apart_or_of_two_rules_stay_two(text: str, rules: int) -> None:
    assert len([f for f in vaguecheck.check(text).findings if f.category == "vague-quantity"]) == rules


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["ちょっと", "高め", "少し", "多め", "、", "血圧が", "です", "ふらふら", "危なっかしい", "。"]), max_size=10))
def test_merged_findings_keep_offsets_and_never_overlap(parts: list[str]) -> None:
    text = "".join(parts)
    r = vaguecheck.check(text)
    spans = sorted((f.start, f.end) for f in r.findings if f.category.startswith("vague") or f.category == "subjective")
    assert all(text[f.start:f.end] == f.text for f in r.findings)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize("text,kinds", [
    ("木村さん、昨日から食欲がないとのことです。", ("quantity",)),
    ("このごろ食が細くなってきました。", ("quantity",)),
    ("立ち上がりの時ふらふらしています。", ("time", "frequency")),
])
def test_a_state_word_naming_an_observation_asks_what_it_lacks(text: str, kinds: tuple[str, ...]) -> None:
    """食欲がない is the deck's own example of what 主食3割 should replace: its one finding asks how much."""
    (f,) = [f for f in vaguecheck.check(text).findings if f.rule == "VC101"]
    assert f.missing == kinds


@pytest.mark.parametrize("text", [
    "昨日から食欲がなく、朝食は主食2割でした。",
    "食欲がない日はデイで補助食品を提供しています。",
    "2日前から立ち上がるたびにふらふらし、1日5回ほどあります。",
])
def test_the_observation_told_in_figures_or_as_a_care_practice_asks_nothing(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.missing]


@pytest.mark.parametrize("text", [
    "膝が痛かって言いよるけん、湿布がもうちょっと欲しいって。",
    "湿布がなくなりそうなので次の処方で多めにほしいとのことです。",
    "便秘薬を少し多めにいただけると助かります。",
])
def test_more_of_a_medicine_asked_for_is_no_vague_amount(text: str) -> None:
    """blind149's and blind150's physicians: the amount of compresses asked for is not the patient's state."""
    assert not [f for f in vaguecheck.check(text).findings if f.category.startswith("vague")]


@pytest.mark.parametrize("text", ["ご飯をもう少し食べてほしいです。", "水をもう少し欲しがります。"])
def test_more_food_or_water_wanted_is_still_an_amount(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.category == "vague-quantity"]
