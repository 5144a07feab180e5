"""Session 58: suggestions that fit what was written (issue #11), from the physicians' ratings of blind175–198's
packets: a count asked again right after an entry that already asks it, western よう of 'well', and a felt tendency told
with its count (docs/evaluation.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck._output import phrase_groups

HEAD = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"


def _groups(text: str) -> list[list[vaguecheck.Finding]]:
    full = HEAD + text
    front = [f for f in vaguecheck.check(full).findings if not f.secondary]
    return phrase_groups(front, full)


def _entry_of(groups: list[list[vaguecheck.Finding]], words: str) -> list[vaguecheck.Finding]:
    return next(g for g in groups if any(f.text == words for f in g))


# ---------------------------------------------------------------- a count asked again


@pytest.mark.parametrize(("text", "earlier", "again"), [
    # the next sentence, naming no observation (blind198-53)
    ("石原 タケさん、最近また便秘気味だそうです。\n3〜4日出ないこともあるみたいで、お腹が張ると言っています。\nご指示をお願いします。",
     "便秘気味", "こともある"),
    # the medicine's entry asks how often it is forgotten (blind198-38)
    ("西川さんですが、この前訪問したら薬がけっこう余ってました。\n夜の薬を忘れることがあるみたいです。\nご指示をお願いします。",
     "余っ", "ことがある"),
    # in the sentence of the entry (blind183-31)
    ("吉田 ミヨさん、便秘がずっと続いてはって、4日出てへんこともあるみたいです。\nご指示をお願いします。", "ずっと", "こともある"),
])
def test_a_frequency_word_that_asks_the_entry_before_again_goes_under_it(text: str, earlier: str, again: str) -> None:
    groups = _groups(text)
    entry = _entry_of(groups, earlier)
    assert again in [f.text for f in entry]
    assert entry[0].text != again  # the entry's own finding heads it
    assert sum(len(g) for g in groups) == len([f for f in vaguecheck.check(HEAD + text).findings if not f.secondary])


@pytest.mark.parametrize(("text", "again"), [
    # the entry before asks no count (a meal's amount): the frequency stands alone
    ("食事はまあまあ食べられています。\nデイは休みがちです。\nご指示をお願いします。", "がち"),
    # three sentences later: another matter
    ("石原 タケさん、最近また便秘気味だそうです。\n食事は全量です。\n水分は1日1000mlです。\n歯医者は来週です。\n"
     "夜中にトイレに起きることもあるみたいです。\nご指示をお願いします。", "こともある"),
    # an observation of its own in its entry (めまい): its own questions
    ("石原 タケさん、最近また便秘気味だそうです。\n時々めまいがすることもあります。\nご指示をお願いします。", "時々"),
])
def test_a_frequency_word_of_another_matter_keeps_its_own_entry(text: str, again: str) -> None:
    groups = _groups(text)
    assert _entry_of(groups, again)[0].text == again


def test_a_pulse_rate_is_no_count_asked() -> None:
    # 脈拍は何回／分ですか？ asks a rate, not how often something happens
    from vaguecheck._output import _HOW_OFTEN
    assert not _HOW_OFTEN.search("脈拍は何回／分ですか？")
    assert _HOW_OFTEN.search("何日に1回出ていますか？") and _HOW_OFTEN.search("週に何回飲み忘れていますか？")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["3〜4日出ないこともあるみたいです。", "夜の薬を忘れることがあります。", "時々むせています。"]),
       st.integers(min_value=0, max_value=3))
def test_grouping_keeps_every_finding_once(second: str, gap: int) -> None:
    text = HEAD + "最近また便秘気味だそうです。\n" + "食事は全量です。\n" * gap + second + "\nご指示をお願いします。"
    front = [f for f in vaguecheck.check(text).findings if not f.secondary]
    groups = phrase_groups(front, text)
    listed = [f for g in groups for f in g]
    assert sorted(listed, key=lambda f: (f.start, f.rule)) == sorted(front, key=lambda f: (f.start, f.rule))


# ---------------------------------------------------------------- western よう of 'well'


@pytest.mark.parametrize("text", ["ほんでもお茶はよう飲んではります。", "ご飯よう食べはるわ。", "よう寝とるわ。",
                                  "デイではよう喋らはるそうです。"])
def test_western_you_before_eating_drinking_sleeping_or_talking_is_well(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.rule == "VC401"]


@pytest.mark.parametrize("text", ["ようこけはるんですわ。", "お薬よう飲み忘れてあるわ。", "咳ようしとるし、痰も絡んどる。",
                                  "機嫌がいい日はよく話されます。", "一時はよく笑っておられたのですが。"])
def test_western_you_before_a_thing_that_happens_stays_often(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.rule == "VC401"]


# ---------------------------------------------------------------- a felt tendency told with its count


def test_kanji_suffix_with_a_count_is_settled() -> None:
    assert not vaguecheck.check("2階まで上がると一回休む感じです。").findings


@pytest.mark.parametrize("text", ["熱は37.5℃で、しんどい感じです。", "なんだか元気がない感じでした。"])
def test_kanji_suffix_without_a_count_is_still_a_tendency(text: str) -> None:
    assert "VC204" in {f.rule for f in vaguecheck.check(text).findings}


# ---------------------------------------------------------------- a cause guessed


def _secondary(text: str, rule: str) -> list[bool]:
    full = HEAD + "佐藤 花子様の件でご報告です。\n" + text + "\nご指示をお願いします。"
    return [f.secondary for f in vaguecheck.check(full).findings if f.rule == rule]


@pytest.mark.parametrize("text", ["足のかゆみが続いています。寒くなったせいかもしれないですね。",
                                  "湿疹が出ています。洗剤を変えたからかもしれんし、よくわかりません。",
                                  "食欲が落ちています。疲れのためかもしれません。"])
def test_a_cause_guessed_is_a_detail(text: str) -> None:
    assert _secondary(text, "VC203") == [True]


@pytest.mark.parametrize("text", ["体重も落ちたかもしれません。", "夜も眠れていないのかもしれません。", "熱が昨日からかもしれません。"])
def test_a_guess_of_the_state_itself_stays_in_front(text: str) -> None:
    assert _secondary(text, "VC203") == [False]
