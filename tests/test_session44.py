"""Session 44: what changed, each change with the probe that showed it.

- Blood in the vomit is its own red flag (hematemesis, 吐血) with its own example, given instead of a bleed in the stool
  read in the same words (blind137's physician: "the example describes black stool instead of vomiting blood").
- A source of hearsay named later in the hearsay's own sentence answers "who said it?" (ヘルパーさんによると…: blind137).
- A writer's statement that the onset is not known (いつからかははっきりしません) is not asked again by the observation.
- A size told by a coin or in cm answers "how large?"; doses left counted in 回 tell how many are left.
"""

from __future__ import annotations

import pytest

import vaguecheck

CHECKER = vaguecheck.Checker()
_HEAD = "森先生、お世話になっております。ケアマネの荒木です。\n"


def _urgent(text: str) -> list[str]:
    return [u.id for u in CHECKER.check(_HEAD + text + "\nご指示をお願いします。").outline.urgent]


def _rules(text: str) -> list[str]:
    return [f.rule for f in CHECKER.check(text).findings]


def _finding(text: str, rule: str):
    return next(f for f in CHECKER.check(text).findings if f.rule == rule)


@pytest.mark.parametrize("text", ["本日昼前に、赤黒い血のようなものを少量吐いたとご家族から連絡がありました。", "昨夜、血を吐かれました。",
                                  "朝ごはんの後に吐いて、それに血が混ざってたそうです。"])
def test_blood_in_the_vomit_is_hematemesis_with_a_vomit_example(text):
    assert _urgent(text) == ["hematemesis"]
    report = CHECKER.check(_HEAD + text + "\nご指示をお願いします。")
    example = next(f for f in report.findings if f.rule == "VC703").suggestion.example
    assert "吐" in example and "便" not in example


@pytest.mark.parametrize("text", ["便に血が混じっていました。", "今朝、下血がありました。", "オムツに赤黒い血の塊がついていました。"])
def test_blood_in_the_stool_stays_a_gut_bleed_with_a_stool_example(text):
    assert "gi-bleeding" in _urgent(text) and "hematemesis" not in _urgent(text)
    report = CHECKER.check(_HEAD + text + "\nご指示をお願いします。")
    assert "便" in next(f for f in report.findings if f.rule == "VC703").suggestion.example


def test_a_source_named_later_in_the_sentence_answers_who_said_it():
    assert "VC205" not in _rules("昨日から水みたいな下痢が続いとるそうで、ヘルパーさんによると今日だけで6回くらい。")
    # (a person named as another clause's subject is no source: どっかで転んだっちゅうけんど、本人は覚えちゃいん)
    assert "VC205" in _rules("どっかで転んだっちゅうけんど、本人は覚えちゃいんよ。")
    assert "VC205" in _rules("熱が出たそうで、受診されました。")


@pytest.mark.parametrize("unknown", ["いつからかははっきりしません。", "いつから赤いのか分かりません。", "発症時期は不明です。"])
def test_an_onset_told_as_unknown_is_not_asked_again(unknown):
    text = "仙骨部に3cmの赤みがあります。押しても消えません。" + unknown
    assert not any(f.rule == "VC601" and f.text == "赤み" for f in CHECKER.check(text).findings)
    assert any(f.rule == "VC601" and f.text == "赤み" for f in CHECKER.check("仙骨部に3cmの赤みがあります。押しても消えません。").findings)


def test_a_size_told_by_a_coin_is_not_asked_again():
    questions = _finding("右のかかとに赤みがあります。大きさは500円玉くらいです。", "VC601").suggestion.questions
    assert not any(q.startswith("大きさは") for q in questions)
    assert not any(q.startswith("どこ") for q in questions)  # (右のかかと: where, told)
    questions = _finding("右のかかとに赤みがあります。", "VC601").suggestion.questions
    assert any(q.startswith("大きさは") for q in questions)


def test_doses_left_counted_in_kai_tell_how_many():
    assert "VC602" not in _rules("朝の薬、2回残薬あり。")
    assert "VC602" in _rules("朝の薬、残薬あり。")


@pytest.mark.parametrize("text", ["咳止めか痰切りの薬、出してもらえねえべか？", "一回診てもらえんかね？"])
def test_a_dialect_ask_in_the_negative_is_a_request(text):
    report = CHECKER.check(_HEAD + "遠藤トシ様の咳について、1週間前から咳が1日10回ほど出ています。\n" + text)
    assert report.outline.request == "clear", report.outline.request


def test_kyushu_ka_adjective_is_one_word():
    f = _finding("足がひどか腫れとります。", "VC502")
    assert f.text == "ひどか"
