"""How far a cue reaches (context.py: negation, lists, clause breaks, quotations, inflection),
through the public API only, so the tests hold whichever module the mechanisms live in (issue #14).

An observation covered by a negation is a concrete negative (転倒なし) and asks nothing; one the
negation does not reach still asks for its time, quantity or frequency (VC6xx).
"""

from __future__ import annotations

import pytest

import vaguecheck

CHECKER = vaguecheck.Checker()


def asked(text: str) -> list[str]:
    """The observations that carry a missing-element finding, in text order, each once."""
    out: list[str] = []
    for f in CHECKER.check(text).findings:
        if f.rule.startswith("VC6") and f.text not in out:
            out.append(f.text)
    return out


@pytest.mark.parametrize(
    ("text", "observations"),
    [
        # a negation right after the observation, or within its reach in the same clause
        pytest.param("転倒なし。", [], id="nashi"),
        pytest.param("転倒はありません。", [], id="arimasen"),
        pytest.param("発熱は認めません。", [], id="mitomemasen"),
        pytest.param("発熱は見られず。", [], id="mirarezu"),
        pytest.param("転倒していません。", [], id="negated-progressive"),
        # a clause break (、) stops the negation: the fall happened, the injury did not
        pytest.param("転倒し、怪我はない。", ["転倒"], id="clause-break"),
        pytest.param("発熱があり、咳はありません。", ["発熱"], id="first-clause-positive"),
        pytest.param("発熱はなく、咳があります。", ["咳"], id="second-clause-positive"),
        pytest.param("咳はなく、発熱があります。", ["発熱"], id="second-clause-positive-2"),
        pytest.param("発熱はないが、咳がある。", ["咳"], id="ga"),
        pytest.param("転倒はしていないが、ふらつきがある。", ["ふらつき"], id="ga-progressive"),
        pytest.param("転倒なし、ふらつきあり。", ["ふらつき"], id="terse"),
        # a list shares the negation of its last item ...
        pytest.param("発熱や咳などの症状はありません。", [], id="list-ya"),
        pytest.param("転倒や怪我はありません。", [], id="list-ya-2"),
        pytest.param("転倒と怪我はありません。", [], id="list-to"),
        pytest.param("咳、痰、発熱はいずれも認めません。", [], id="list-comma"),
        pytest.param("発熱、咳、痰、嘔吐、下痢、腹痛などはみられません。", [], id="long-list"),
        # ... and a list without a negation asks about every item
        pytest.param("発熱、咳があります。", ["発熱", "咳"], id="list-positive"),
        pytest.param("転倒、ふらつきがあります。", ["転倒", "ふらつき"], id="list-positive-2"),
        # not yet resolved is not a negative: the symptom is still there
        pytest.param("腹痛は治まっていない。", ["腹痛"], id="not-resolved"),
        pytest.param("腹痛は治まりません。", ["腹痛"], id="not-resolved-masen"),
        pytest.param("むくみは消失していない。", ["むくみ"], id="not-gone"),
    ],
)
def test_negation_scope(text, observations):
    assert asked(text) == observations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the person's own words in 「」 or 『』 are evidence, not the writer's wording
        pytest.param("「元気がない」と話されています。", [], id="quoted"),
        pytest.param("『最近つらい』とのことです。", [], id="double-quoted"),
        pytest.param("最近「元気がない」と話されています。", [("VC301", "最近", 0)], id="outside-the-quote"),
        pytest.param("「元気がない」最近、元気がありません。", [("VC301", "最近", 7), ("VC101", "元気がありません", 10)],
                     id="after-the-quote"),
        # an unclosed quote runs to the end of the sentence
        pytest.param("「元気がない、最近つらいと話されています。", [], id="unclosed"),
        # parentheses are not quotations
        pytest.param("（最近元気がない）", [("VC301", "最近", 1), ("VC101", "元気がない", 3)], id="parentheses"),
        # without quotation marks it is the writer's wording
        pytest.param("元気がないと話されています。", [("VC101", "元気がない", 0)], id="not-quoted"),
    ],
)
def test_quotations(text, found):
    assert [(f.rule, f.text, f.start) for f in CHECKER.check(text).findings] == found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a predicate's finding covers its inflection, and stops before what is not inflection
        pytest.param("落ち込んでいました。", "落ち込んでいました", id="teimashita"),
        pytest.param("落ち込んでいます。", "落ち込んでいます", id="teimasu"),
        pytest.param("落ち込んでいるようでした。", "落ち込んでいる", id="stops-before-you"),
        pytest.param("元気がなさそうです。", "元気がなさそう", id="sou"),
        pytest.param("最近、元気がありません。", "元気がありません", id="masen"),
    ],
)
def test_a_predicate_finding_covers_its_inflection(text, span):
    (f,) = [f for f in CHECKER.check(text).findings if f.rule == "VC101"]
    assert (f.start, f.text) == (text.index(span), span)


@pytest.mark.parametrize(
    ("text", "observations"),
    [
        # a value in brackets stands aside: the negation after it still reaches the observation
        pytest.param("発熱（最高36.8℃）はありません。", [], id="fullwidth-brackets"),
        pytest.param("発熱(最高36.8℃)は認めません。", [], id="ascii-brackets"),
        pytest.param("発熱[38.5℃]はありません。", [], id="square-brackets"),
        pytest.param("発熱（最高36.8℃）、咳はありません。", [], id="brackets-in-a-list"),
        pytest.param("発熱（最高38.5℃）があります。", ["発熱"], id="brackets-not-a-negation"),
        # so does a date or a time with its particle
        pytest.param("発赤は11月28日に消失しました。", [], id="date-and-ni"),
        pytest.param("発赤は3日前に消失しました。", [], id="ago-and-ni"),
        # the other nouns of a list stand between, not in the way; an adnominal word ends the list
        pytest.param("発赤や傷は確認されませんでした。", [], id="list-nouns"),
        pytest.param("だるさや発熱はありません。", [], id="adjective-stem-noun"),
        pytest.param("咳と痰と発熱はありません。", [], id="list-of-three"),
        pytest.param("発熱・咳はありません。", [], id="nakaguro"),
        pytest.param("発赤や小さな傷は確認されませんでした。", ["発赤"], id="adnominal-ends-the-list"),
    ],
)
def test_what_stands_aside(text, observations):
    assert asked(text) == observations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a hedge in what a named source said is how the source put it, not the writer's guess
        pytest.param("長女によると、食欲がないようです。", [("VC101", "食欲がない")], id="source-first"),
        pytest.param("長女の話では、食欲がないようです。", [("VC101", "食欲がない")], id="no-hanashi-dewa"),
        pytest.param("食欲がないようです。", [("VC101", "食欲がない"), ("VC202", "ようです")], id="no-source"),
        pytest.param("ヘルパーによると、時々むせているそうです。", [("VC401", "時々")], id="source-then-sou"),
        pytest.param("時々むせているそうです。", [("VC401", "時々"), ("VC205", "そうです")], id="sou-without-source"),
        # a cue after what was said covers its own clause only: the writer's impression before it stays
        pytest.param("痰も黄色っぽく、ご本人も「食欲がない」と話されている。", [("VC602", "痰"), ("VC204", "黄色っぽく")],
                     id="quotative-own-clause"),
    ],
)
def test_hearsay_scope(text, found):
    assert [(f.rule, f.text) for f in CHECKER.check(text).findings] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each quotation is its own: what stands between two of them is the writer's
        pytest.param("「つらい」と最近、「元気がない」と話されています。", [("VC301", "最近", 6)], id="between-two-quotes"),
        pytest.param("「元気がない」「最近つらい」と話されています。", [], id="two-quotes-in-a-row"),
        pytest.param("夜「元気がない」と話されています。", [], id="quote-after-one-character"),
        pytest.param("「元気がない", [], id="unclosed-at-the-end-of-the-text"),
        # the end of the text ends a predicate's inflection and a negation's auxiliaries
        pytest.param("落ち込んでいる", [("VC101", "落ち込んでいる", 0)], id="predicate-at-the-end"),
        pytest.param("落ち込んでいました", [("VC101", "落ち込んでいました", 0)], id="inflection-at-the-end"),
        pytest.param("落ち込んでいるようでした。", [("VC101", "落ち込んでいる", 0), ("VC202", "ようでした", 7)], id="auxiliary-inflected"),
    ],
)
def test_quotations_and_ends(text, found):
    assert [(f.rule, f.text, f.start) for f in CHECKER.check(text).findings] == found


@pytest.mark.parametrize(
    ("text", "observations"),
    [
        pytest.param("発熱［最高36.8℃］はありません。", [], id="fullwidth-square-brackets"),
        pytest.param("発熱（最高36.8℃（夜間））はありません。", [], id="nested-brackets"),
        pytest.param("発赤は11月28日には消失しました。", [], id="date-and-niwa"),
        pytest.param("腹痛は治まっていない", ["腹痛"], id="not-resolved-at-the-end"),
    ],
)
def test_asides_and_ends(text, observations):
    assert asked(text) == observations


@pytest.mark.parametrize(
    ("text", "observations"),
    [
        # inside brackets a comma does not break the clause ...
        pytest.param("発熱（夜間は36.8℃、朝は36.2℃）はありません。", [], id="comma-inside-round"),
        pytest.param("発熱(夜間は36.8℃、朝は36.2℃)はありません。", [], id="comma-inside-ascii-round"),
        pytest.param("発熱［夜間は36.8℃、朝は36.2℃］はありません。", [], id="comma-inside-square"),
        # ... and after the closing bracket it does again
        pytest.param("発熱（36.8℃）があり、咳はありません。", ["発熱"], id="comma-after-round"),
        pytest.param("発熱(36.8℃)があり、咳はありません。", ["発熱"], id="comma-after-ascii-round"),
        pytest.param("発熱［36.8℃］があり、咳はありません。", ["発熱"], id="comma-after-square"),
        pytest.param("発熱[36.8℃]があり、咳はありません。", ["発熱"], id="comma-after-ascii-square"),
        pytest.param("発熱（夜間（22時））があり、咳はありません。", ["発熱"], id="comma-after-nested"),
    ],
)
def test_brackets_open_and_close(text, observations):
    assert asked(text) == observations


def missing(text: str) -> list[tuple[str, str, int, tuple[str, ...]]]:
    """Each missing-element finding: rule, observation, offset, and the kinds it asks for."""
    return [(f.rule, f.text, f.start, f.missing) for f in CHECKER.check(text).findings if f.rule.startswith("VC6")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 22時 is a clock time, not 発熱時 (a fever named, not one that happened): the time is given,
        # the temperature is not
        pytest.param("発熱は22時からあります。", [("VC602", "発熱", 0, ("quantity",))], id="clock-time"),
        pytest.param("発熱（22時）があります。", [("VC602", "発熱", 0, ("quantity",))], id="clock-time-in-brackets"),
        pytest.param("発熱（夜間（22時））があり、咳はありません。", [("VC602", "発熱", 0, ("quantity",))],
                     id="clock-time-nested"),
        # 時 right after the observation, or after its bracketed value, is 〜の時 (not an event)
        pytest.param("発熱時は解熱剤を使用します。", [], id="hatsunetsu-ji"),
        pytest.param("発熱（38℃以上）時は解熱剤を使用します。", [], id="ji-after-brackets"),
        # a square bracket that shares its token with the unit (℃]) still closes: the temperature is
        # given, the time is asked, and 咳 is negated by its own clause
        pytest.param("発熱［36.8℃］があり、咳はありません。", [("VC601", "発熱", 0, ("time",))], id="square-closes"),
    ],
)
def test_a_value_is_not_a_cue(text, found):
    assert missing(text) == found
