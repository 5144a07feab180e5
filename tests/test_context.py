"""How far a cue reaches (context.py: negation, lists, clause breaks, quotations, inflection),
first through check() (the tests hold whichever module the mechanisms live in), then each
mechanism of context.py on analysed tokens, with the exact scope it must give (issue #14).

An observation covered by a negation is a concrete negative (転倒なし) and asks nothing; one the
negation does not reach still asks for its time, quantity or frequency (VC6xx).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import vaguecheck
from vaguecheck import context
from vaguecheck._normalize import normalize
from vaguecheck.analyzer import analyze
from vaguecheck.matcher import Match

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
        # an event told where it happened (にて / で) and a comma: what follows is a new note, not its list (batch 49)
        pytest.param("居室にて転倒、外傷なし。", ["転倒"], id="placed-event-then-a-note"),
        pytest.param("トイレで転倒、頭部打撲なし。", ["転倒"], id="placed-event-then-a-note-2"),
        pytest.param("デイで発熱、嘔吐なし。", [], id="placed-symptoms-listed"),  # symptoms a record lists share the なし
        pytest.param("デイで発熱や咳はありません。", [], id="placed-list-with-ya"),
        pytest.param("居室にて転倒なし。", [], id="placed-denied"),
        # なし as written, whatever UniDic reads: めくれ|なし is 捲る + ない (blind71)
        pytest.param("水疱・皮膚のめくれなし。", [], id="nashi-after-a-verb-stem"),
        # 時 after a moment of activity tells when a score was taken, not a condition like 疼痛時 (blind80)
        pytest.param("腰の痛みは動作時に強いです。", ["痛み"], id="moment-toki-not-a-condition"),
        pytest.param("疼痛時はロキソニンを使っています。", [], id="condition-toki"),
        # the items of a たり list share the negation after the last (blind80)
        pytest.param("腫れたり赤くなったりはしていません。", [], id="tari-list-denied"),
        pytest.param("むせたり、咳き込んだりはしていません。", [], id="dari-list-denied"),
        pytest.param("腫れたりしていて、熱は出ていません。", ["腫れ"], id="tari-then-another-clause"),
        # a list's last item named by its state, the whole the object of an ask to examine (batch 58)
        pytest.param("下肢のむくみと皮膚の状態を一度診ていただけますか。", [], id="list-of-states-asked-to-examine"),
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
        # a graded item shares the list's negation (session 39: 転倒や新たな打撲はありません, blind118's good report)
        pytest.param("発赤や小さな傷は確認されませんでした。", [], id="adnominal-item-in-the-list"),
        pytest.param("転倒や新たな打撲はありません。", [], id="na-adjective-item-in-the-list"),
        pytest.param("発赤があり、小さな傷は確認されませんでした。", ["発赤"], id="a-clause-ends-the-list"),
    ],
)
def test_what_stands_aside(text, observations):
    assert asked(text) == observations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the evidential of what a named source said (らしい) is the hearsay itself, not the writer's guess
        pytest.param("長女によると、食欲がないらしいです。", [("VC101", "食欲がない")], id="source-first"),
        pytest.param("長女の話では、食欲がないらしいです。", [("VC101", "食欲がない")], id="no-hanashi-dewa"),
        # ... but how it looked to the source (ようです) still asks what was seen (blind batches 6-16: 14 of 14)
        pytest.param("長女によると、食欲がないようです。", [("VC101", "食欲がない"), ("VC202", "ようです")], id="source-first-guess"),
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


# ---------------------------------------------------------------- more of the same, through check()


@pytest.mark.parametrize(
    ("text", "observations"),
    [
        # a full-width comma is a clause break like 、
        pytest.param("発熱があり，咳はありません。", ["発熱"], id="fullwidth-comma"),
        pytest.param("転倒し，怪我はない。", ["転倒"], id="fullwidth-comma-within-reach"),
        # 〜パンツ names a product (失禁パンツ), but not across a comma: the incontinence happened
        pytest.param("夜間に失禁、パンツを交換しました。", ["失禁"], id="comma-before-a-noun-cue"),
        # the list's other nouns may begin with a prefix (小|傷) or end in suffixes (息苦し|さ|等)
        pytest.param("発赤や小傷は確認されませんでした。", [], id="prefix-in-the-list"),
        pytest.param("発熱や息苦しさ等は見られません。", [], id="suffixes-in-the-list"),
        # a list negated by its own clause does not take the next clause's observation with it
        pytest.param("発熱や咳はなく、嘔吐があります。", ["嘔吐"], id="list-then-a-positive-clause"),
        # 治まった at the very end of the text (no 。): resolved, nothing after it to cancel it
        pytest.param("腹痛は治まった", [], id="resolved-at-the-end"),
        # a value at the very end of the text (no 。) gives the temperature; the time is still asked
        pytest.param("発熱あり、38.5℃", ["発熱"], id="value-at-the-end"),
    ],
)
def test_more_scopes(text, observations):
    assert asked(text) == observations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the same hedge is the writer's own when nobody is quoted ...
        pytest.param("たぶん風邪だ。", [("VC203", "たぶん", 0)], id="writer-hedges"),
        # ... and the person's words when it begins what they said (the clause from its first token)
        pytest.param("たぶん風邪だと話されています。", [], id="person-hedges"),
        pytest.param("疲れたようだと話されている", [], id="person-hedges-no-period"),
        # what was said runs back to the last comma (、 or ，) only: the writer's ようで before it stays
        pytest.param("食欲がないようで、ご本人も疲れたようだと話されている。",
                     [("VC101", "食欲がない", 0), ("VC202", "ようで", 5)], id="comma"),
        pytest.param("食欲がないようで，ご本人も疲れたようだと話されている。",
                     [("VC101", "食欲がない", 0), ("VC202", "ようで", 5)], id="fullwidth-comma"),
        # ... or to a 。 (here inside brackets, where it does not end the sentence)
        pytest.param("眠れないようです（家族談。）本人も疲れたようだと話されている。", [("VC202", "ようです", 4)],
                     id="period-in-brackets"),
    ],
)
def test_what_was_said(text, found):
    assert [(f.rule, f.text, f.start) for f in CHECKER.check(text).findings] == found


# ---------------------------------------------------------------- the mechanisms one by one
# Tokens come from the analyser (fugashi); positions are found from the words the test names.


def tokens(text: str) -> tuple:
    (sentence,) = analyze(text, CHECKER.backend).sentences
    return sentence.tokens


def at(toks, text: str, word: str) -> int:
    """Index of the token that starts where ``word`` first starts in ``text``."""
    (k,) = [k for k, t in enumerate(toks) if t.start == text.index(word)]
    return k


@pytest.mark.parametrize(
    ("text", "after", "before", "broken"),
    [
        pytest.param("転倒し、怪我はない。", "転倒", "怪我", True, id="comma"),
        pytest.param("転倒し，怪我はない。", "転倒", "怪我", True, id="fullwidth-comma"),
        pytest.param("転倒し,怪我はない。", "転倒", "怪我", True, id="ascii-comma"),
        # only what stands between counts: the 、 before 怪我 does not break 怪我は|ない
        pytest.param("転倒し、怪我はない。", "怪我", "ない", False, id="before-the-span"),
        # up to the end of the sentence (None): its 。
        pytest.param("転倒し、怪我はない。", "怪我", None, True, id="period"),
        pytest.param("転倒し、怪我はない", "怪我", None, False, id="no-period"),
    ],
)
def test_clause_break(text, after, before, broken):
    """Used by the report outline: is there a 、 , or 。 between two words?"""
    toks = tokens(text)
    last = len(toks) if before is None else at(toks, text, before)
    assert context.clause_break(toks, at(toks, text, after) + 1, last) is broken


PAIRS = (("「", "」"), ("『", "』"))


def same(a: int, b: int) -> tuple[int, int]:
    return a, b


@pytest.mark.parametrize(
    ("norm", "start", "end", "spans"),
    [
        pytest.param("夜「つらい」と", 0, 7, [(1, 6)], id="closed"),
        pytest.param("「つらい」『元気』", 0, 9, [(0, 5), (5, 9)], id="two-in-a-row"),
        pytest.param("「」最近", 0, 4, [(0, 2)], id="empty"),
        # unclosed: to the end of its own sentence, not to a closing mark in the next one
        pytest.param("「つらい。\n「元気」", 0, 5, [(0, 5)], id="unclosed"),
        pytest.param("発熱。「元気」", 3, 7, [(3, 7)], id="second-sentence"),
    ],
)
def test_quote_spans(norm, start, end, spans):
    assert context.quote_spans(norm, start, end, PAIRS, same) == spans


def test_quote_spans_map_back_to_the_original():
    # ｶﾞ (two half-width characters) is one character in the matching form: the quotation
    # 「つらい」 starts at 2 in the original, at 1 in the matching form
    nt = normalize("ｶﾞ「つらい」")
    assert nt.norm == "ガ「つらい」"
    assert context.quote_spans(nt.norm, 0, 6, PAIRS, nt.span) == [(2, 7)]
    assert context.quote_spans(nt.norm, 0, 6, (), nt.span) == []


def aside_runs(text: str, *values: str) -> list[str]:
    """The stretches of ``text`` that stand aside, given the values (elements) in it."""
    toks = tokens(text)
    out = context.asides(toks, [(text.index(v), text.index(v) + len(v)) for v in values])
    runs: list[str] = []
    prev = None
    for k in sorted(out):
        t = toks[k]
        if prev is not None and prev == k - 1:
            runs[-1] += text[toks[prev].end : t.end]
        else:
            runs.append(text[t.start : t.end])
        prev = k
    return runs


@pytest.mark.parametrize(
    ("text", "values", "runs"),
    [
        # a value outside brackets, with the particle that ties it in: に, で, まで
        pytest.param("発赤は11月28日に消失しました。", ["11月28日"], ["11月28日に"], id="ni"),
        pytest.param("11月28日で終了しました。", ["11月28日"], ["11月28日で"], id="de"),
        pytest.param("11月28日まで続きました。", ["11月28日"], ["11月28日まで"], id="made"),
        pytest.param("発赤は11月28日には消失しました。", ["11月28日"], ["11月28日に"], id="niwa"),
        # not another particle: 〜から starts the clause's own grammar
        pytest.param("11月28日から続いています。", ["11月28日"], ["11月28日"], id="not-kara"),
        # at the end of the text (no 。)
        pytest.param("発熱は11月28日に", ["11月28日"], ["11月28日に"], id="particle-at-the-end"),
        pytest.param("発熱あり、38.5℃", ["38.5℃"], ["38.5℃"], id="value-at-the-end"),
        # brackets, whole, however they nest or share a token (℃］), and not the particle after them
        pytest.param("発熱（夜間（22時））があり、咳はありません。", ["22時"], ["（夜間（22時））"], id="nested"),
        pytest.param("発熱［36.8℃］があり、咳はありません。", ["36.8℃"], ["［36.8℃］"], id="square"),
        pytest.param("発熱（38.5℃）に対して解熱剤を使用しました。", ["38.5℃"], ["（38.5℃）"], id="no-particle-after-brackets"),
        pytest.param("発熱（夜間）と咳（朝）", [], ["（夜間）", "（朝）"], id="two-pairs"),
        # a closing bracket with no opening one closes nothing
        pytest.param("発熱）があり、咳はありません。", [], [], id="stray-closing"),
    ],
)
def test_asides(text, values, runs):
    assert aside_runs(text, *values) == runs


def covered(toks, text: str, observations: list[str], cue: str, reach: int) -> list[str]:
    """Which of the (one-token) observations a negation cue starting at ``cue`` with ``reach`` covers."""
    obs = [Match(at(toks, text, o), at(toks, text, o) + 1, None) for o in observations]
    cue_at = at(toks, text, cue)
    negations = [Match(cue_at, cue_at + 1, SimpleNamespace(reach=reach))]
    out = context.negated_observations(toks, obs, negations)
    return [o for o, m in zip(observations, obs, strict=True) if id(m) in out]


@pytest.mark.parametrize(
    ("text", "observations", "cue", "reach", "expected"),
    [
        # the list's other nouns (寒気, 息苦し|さ|等) stand between, not in the way ...
        pytest.param("発熱や寒気は見られません。", ["発熱"], "は", 1, ["発熱"], id="one-noun"),
        pytest.param("発熱や息苦しさ等は見られません。", ["発熱"], "は", 1, ["発熱"], id="stem-and-suffixes"),
        # ... but what follows the list does: など and は are two tokens, more than a reach of 1
        pytest.param("発熱や寒気などは見られません。", ["発熱"], "見", 1, [], id="nado-wa-one-noun"),
        pytest.param("発熱や倦怠感などは見られません。", ["発熱"], "見", 1, [], id="nado-wa-two-nouns"),
        pytest.param("発熱や倦怠感などは見られません。", ["発熱"], "見", 2, ["発熱"], id="nado-wa-reach-2"),
        # a clause break after the list stops it, however near the cue
        pytest.param("発熱や寒気があり、咳は見られません。", ["発熱", "咳"], "は", 4, ["咳"], id="break-after-list"),
        # two observations side by side share the negation of the second
        pytest.param("嘔吐下痢は見られません。", ["嘔吐", "下痢"], "見", 1, ["嘔吐", "下痢"], id="side-by-side"),
        pytest.param("嘔吐下痢は見られず、発熱があります。", ["嘔吐", "下痢", "発熱"], "見", 1, ["嘔吐", "下痢"],
                     id="side-by-side-then-another"),
        # the cue's own reach: two tokens (し, て) for reach 2, not for reach 1
        pytest.param("転倒していません。", ["転倒"], "い", 2, ["転倒"], id="reach-2"),
        pytest.param("転倒していません。", ["転倒"], "い", 1, [], id="reach-1"),
    ],
)
def test_negation_reach(text, observations, cue, reach, expected):
    assert covered(tokens(text), text, observations, cue, reach) == expected


def test_a_period_ends_the_reach():
    """The checker splits sentences at 。, so within one only a quotation holds one; the mechanism
    still reads it as the end of the clause: 転倒した。 | 怪我なし is not a fall that did not happen."""
    first, second = "転倒した。", "怪我なし。"
    toks = tokens(first) + tokens(second)
    obs = Match(0, 1, None)
    cue = len(tokens(first)) + 1  # なし, after 怪我
    assert toks[0].surface == "転倒" and toks[cue].surface == "なし"
    # し, た, 。, 怪我: four tokens, within a reach of 4, but a 。 among them
    assert context.negated_observations(toks, [obs], [Match(cue, cue + 1, SimpleNamespace(reach=4))]) == set()


def scope(text: str, cue: str, cue_end: str, suppresses: tuple[str, ...]) -> str:
    """The text a hearsay cue (from ``cue`` up to ``cue_end`` included) reports, by hearsay_scope."""
    toks = tokens(text)
    first, last = at(toks, text, cue), at(toks, text, cue_end) + 1
    a, b = context.hearsay_scope(toks, Match(first, last, SimpleNamespace(id="", suppresses=suppresses)))
    assert 0 <= a < b <= len(toks)
    return text[toks[a].start : toks[b - 1].end]


HEDGES = ("VC202", "VC203", "VC205")
OTHER = ("subjective", "vague-time", "missing-time")


@pytest.mark.parametrize(
    ("text", "cue", "cue_end", "suppresses", "reported"),
    [
        # 〜と話されている (the cue と|話さ): what was said, back to the start of its clause (the first token) ...
        pytest.param("疲れたようだと話されている", "と", "話", HEDGES, "疲れたようだと話さ", id="from-the-first-token"),
        # ... or to the last 、 , or 。 before it
        pytest.param("食欲がないようで、ご本人も疲れたと話されている。", "と", "話", HEDGES, "ご本人も疲れたと話さ", id="comma"),
        pytest.param("食欲がないようで,ご本人も疲れたと話されている。", "と", "話", HEDGES, "ご本人も疲れたと話さ", id="ascii-comma"),
        # 〜によると: the source first, the rest of the sentence is what it said
        pytest.param("長女様によると、最近は食欲がないそうです。", "に", "と", HEDGES, "によると、最近は食欲がないそうです。",
                     id="source-first"),
        # another person's own state: up to where the patient comes back (ご本人, 〜ですが) ...
        pytest.param("奥様も最近腰痛があり、本人も時々ふらつきがあります。", "奥", "も", OTHER, "奥様も最近腰痛があり、",
                     id="other-until-honnin"),
        pytest.param("奥様も最近腰痛がありますが、ふらつきがあります。", "奥", "も", OTHER, "奥様も最近腰痛があります",
                     id="other-until-contrast"),
        # ... or where the other person's action becomes the circumstance of the patient's news
        pytest.param("奥様も外出した時に、時々転倒されています。", "奥", "も", OTHER, "奥様も外出した", id="other-until-toki"),
        pytest.param("奥様も買い物に行く時に、時々転倒されています。", "奥", "も", OTHER, "奥様も買い物に行く", id="other-until-verb-toki"),
        pytest.param("奥様も不在の間に、時々転倒されています。", "奥", "も", OTHER, "奥様も不在の", id="other-until-no-aida"),
        pytest.param("奥様が声をかけても、時々転倒されています。", "奥", "声", OTHER, "奥様が声をかけて", id="other-until-temo"),
        pytest.param("奥様が本を読んでも、時々転倒されています。", "奥", "本", OTHER, "奥様が本を読んで", id="other-until-demo"),
        # not at a ご本人 or a contrast before the cue, not at a て or a noun that is not a circumstance
        pytest.param("ご本人は元気ですが、奥様も最近腰痛があります。", "奥", "も", OTHER, "奥様も最近腰痛があります。",
                     id="patient-before"),
        pytest.param("奥様も腰が痛くて最近は通院されています。", "奥", "も", OTHER, "奥様も腰が痛くて最近は通院されています。",
                     id="other-te"),
        pytest.param("奥様も時間がなく、最近は疲れ気味です。", "奥", "も", OTHER, "奥様も時間がなく、最近は疲れ気味です。",
                     id="other-jikan-noun"),
        pytest.param("奥様も腰痛で受診後は疲れ気味です。", "奥", "も", OTHER, "奥様も腰痛で受診後は疲れ気味です。",
                     id="other-noun-go"),
        pytest.param("長女様も疲れているようで、最近は眠れないそうです。", "長", "も", OTHER,
                     "長女様も疲れているようで、最近は眠れないそうです。", id="other-finite-not-a-contrast"),
        # a source that names no missing-* kind is not another person's state: to the end, past ご本人
        pytest.param("奥様も最近腰痛があり、ご本人も時々ふらつきがあります。", "奥", "も", HEDGES,
                     "奥様も最近腰痛があり、ご本人も時々ふらつきがあります。", id="hedges-only"),
    ],
)
def test_hearsay_scope_exactly(text, cue, cue_end, suppresses, reported):
    assert scope(text, cue, cue_end, suppresses) == reported


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # another person's state asks nothing; the patient's, after ご本人 or a contrast, does
        pytest.param("奥様も最近腰痛がありますが、ご本人は時々ふらつきがあります。",
                     [("VC401", "時々", 18), ("VC601", "ふらつき", 20)], id="contrast"),
        pytest.param("奥様も最近腰痛があり、ご本人も時々ふらつきがあります。",
                     [("VC401", "時々", 15), ("VC601", "ふらつき", 17)], id="honnin"),
        pytest.param("奥様も外出した時に、時々転倒されています。", [("VC401", "時々", 10), ("VC601", "転倒", 12)],
                     id="circumstance"),
        pytest.param("ご本人は元気ですが、奥様も最近腰痛があります。", [], id="other-last"),
        # 〜ても after what the other person does: the patient's news follows
        pytest.param("奥様が声をかけても、時々転倒されています。", [("VC401", "時々", 10), ("VC601", "転倒", 12)],
                     id="temo-after-an-action"),
        pytest.param("奥様も付き添っていても、時々転倒されています。", [("VC401", "時々", 12), ("VC601", "転倒", 14)],
                     id="teitemo-after-an-action"),
        # ... not after the other person's own state (痛く|て|も): the wife still comes every day
        pytest.param("奥様も腰が痛くても、最近は毎日来られています。", [], id="temo-after-a-state"),
    ],
)
def test_another_persons_state(text, found):
    assert [(f.rule, f.text, f.start) for f in CHECKER.check(text).findings] == found


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a vague time that dates a noun a negation denies dates nothing (blind71); elsewhere it is asked
        ("最近の悪化や左右差はありません。", False),
        ("最近の体重減少はありません。", False),
        ("最近の転倒はなし。", False),
        ("最近の様子をお知らせします。", True),
        ("最近、悪化はありません。", True),
        ("先日の通院後から元気がなく、食事は減っています。", True),  # なく denies 元気, not the visit
        ("最近の食欲がありません。", True),  # the negation makes the symptom (食欲がない): its onset is asked
    ],
)
def test_vague_time_of_a_denied_noun(text, flagged):
    assert any(f.category == "vague-time" for f in CHECKER.check(text).findings) is flagged


@pytest.mark.parametrize(
    ("text", "observations"),
    [
        # a fall dated on the same line dates what it did (batch 51) ...
        ("11/30 14時頃、台所で転倒。左手首を打ち、腫れは直径3cmです。", []),
        # ... not another symptom beside a dated one, nor one on the next line
        ("12/1 9時に発熱37.8℃。めまいもあります。", ["めまい"]),
        ("11/30 14時頃、台所で転倒。\n左手首に腫れがあります。", ["腫れ"]),
    ],
)
def test_a_dated_fall_dates_its_consequence_on_the_same_line(text, observations):
    assert asked(text) == observations
