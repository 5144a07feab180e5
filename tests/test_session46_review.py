"""Session 46 review: probes that show a problem in ebc0299, e05bb40 and 67bf5c3 (each test fails on 67bf5c3)."""

from __future__ import annotations

import pytest

import vaguecheck
from vaguecheck.checker import lexicon_for
from vaguecheck.model import VAGUE_FOR_KIND, Passage

_HEAD = "田中先生\nいつもお世話になっております。ケアマネの山田です。\n"


def _obs(oid: str):
    return next(o for o in lexicon_for(None).observations if o.id == oid)


def _examples(text: str) -> dict[str, str]:
    return {f.text: f.suggestion.example for f in vaguecheck.check(text).findings}


def _asked(text: str, word: str) -> list[tuple[str, ...]]:
    """The missing kinds of the findings whose words contain ``word``."""
    return [f.missing for f in vaguecheck.check(text).findings if word in f.text and f.missing]


# ---------------------------------------------------------------- Finding.observation: crashes and stale links

def test_no_crash_when_a_degree_sign_word_was_dropped_before_linking() -> None:
    """missing.run indexes `lexical` before dropping a degree-sign word, then reads lexical[k]: IndexError."""
    r = vaguecheck.check("指で押すと少し跡が残る程度のむくみがあります。時々咳き込みます。")
    assert any(f.text == "時々" and f.observation is not None for f in r.findings)


def test_no_crash_when_a_measured_tendency_word_was_dropped_before_linking() -> None:
    """The dropped 熱っぽい (measured 37.8℃) shifts `lexical`, so the stale index in vague_at raises IndexError."""
    vaguecheck.check("少し熱っぽいとのことで、今朝は37.8℃でした。時々咳き込みます。")


def test_a_stale_index_does_not_link_another_sentences_word_or_a_state_word() -> None:
    """With stale indices 最近 (about appetite) is linked to 咳き込みます of the sentence before, and VC101 gets a link."""
    text = "指で押すと少し跡が残る程度のむくみがあります。時々咳き込みます。最近ちょっと食欲が落ちています。"
    for f in vaguecheck.check(text).findings:
        if f.observation is not None:
            assert f.category in VAGUE_FOR_KIND.values(), (f.rule, f.text)
            assert "。" not in text[min(f.start, f.observation.start) : max(f.end, f.observation.end)], (f.text, f.observation)


def test_eval_does_not_stop_on_a_linked_state_word() -> None:
    """research._spans raises StopIteration on a linked finding whose category is no vague category."""
    from vaguecheck.research import evaluate

    text = "指で押すと少し跡が残る程度のむくみがあります。時々咳き込みます。最近ちょっと食欲が落ちています。"
    evaluate([("x", text, [])])


def test_observation_offsets_are_shifted_with_the_piece() -> None:
    """_pieces.check shifts a finding's start/end into the whole file but leaves `observation` piece-relative."""
    from vaguecheck import _pieces
    from vaguecheck.checker import Checker

    text = "夜は22時から6時まで眠れています。\n\n" * 40 + "森様、食後に咳き込むことがあります。\n"
    linked = [f for fs, _ in _pieces.check(Checker(), text, size=300) for f in fs if f.observation is not None]
    assert linked
    for f in linked:
        assert text[f.observation.start : f.observation.end] == f.observation.text


def test_spacy_report_from_dict_rebuilds_the_observation() -> None:
    """spacy_component.report_from_dict leaves `observation` a dict, so Finding.to_dict() raises AttributeError."""
    pytest.importorskip("spacy")
    from vaguecheck.spacy_component import report_from_dict

    r = vaguecheck.check("森様、食後に咳き込むことがあります。")
    back = report_from_dict(r.to_dict())
    (f,) = [f for f in back.findings if f.observation is not None]
    assert isinstance(f.observation, Passage)
    assert [g.to_dict() for g in back.findings] == [g.to_dict() for g in r.findings]


@pytest.mark.parametrize(("text", "word"), [
    ("少し塩辛いものを食べると足がむくみます。", "少し"),  # 少し of 塩辛い, not how much the legs swell
    ("少し寒い日には痛みが出ます。", "少し"),  # 少し of 寒い, not the pain's strength
    ("最近来るようになったヘルパーさんの前で咳き込みます。", "最近"),  # the helper's start, not the cough's onset
])
def test_no_link_for_a_vague_word_inside_a_modifier_of_something_else(text: str, word: str) -> None:
    """A vague word that qualifies another word of a modifying clause is linked as the observation's missing element."""
    (f,) = [f for f in vaguecheck.check(text).findings if f.text == word]
    assert f.observation is None


def test_the_observation_span_is_not_the_vague_word_itself() -> None:
    """The linked `observation` of 前より is 「しびれが前より増強」, a span that contains the vague word it names."""
    (f,) = [f for f in vaguecheck.check("しびれが前より増強しています。").findings if f.text == "前より"]
    assert f.observation is None or not (f.observation.start <= f.start and f.end <= f.observation.end)


# ---------------------------------------------------------------- _since_resolved: over-wide

@pytest.mark.parametrize(("text", "word"), [
    ("熱が出ましたが、今は下がっていません。", "熱"),  # still febrile: 下がっていません is no resolution
    ("咳がありましたが、今は止まらないです。", "咳"),  # goes on
    ("熱が出ましたが、今は下がりきらず37℃台です。", "熱"),  # ず is not over
    ("痛みがありましたが、今は痛み止めを飲んでいるので分からないです。", "痛み"),  # masked, not over
    ("咳がありましたが、今はそんなにひどくないです。", "咳"),  # milder, still there
])
def test_a_negation_after_now_is_not_a_symptom_over(text: str, word: str) -> None:
    """_OVER holds ない/ず/ぬ and takes any later negation (下がっていません, 止まらない, 分からない) as the symptom over."""
    assert _asked(text, word), text


@pytest.mark.parametrize(("text", "word"), [
    ("転倒しましたが、今は何ともないとのことです。", "転倒"),
    ("嘔吐がありましたが、今は食事もとれていて問題ありません。", "嘔吐"),
])
def test_an_event_over_still_needs_its_date(text: str, word: str) -> None:
    """_since_resolved silences an event (a fall, vomiting): when it happened is still missing, as on 3b09109."""
    assert _asked(text, word), text


def test_an_ongoing_symptom_before_another_ones_past_is_still_asked() -> None:
    """The past and 今は…治まって belong to 息切れ's clause, yet the earlier, ongoing むくみ is taken as over."""
    assert _asked("むくみが強くなり、昨日は息切れもありましたが、今は治まっています。", "むくみ")


# ---------------------------------------------------------------- _of_the_subject_before: the change's amount lost

def test_a_worsening_of_a_subject_that_asks_no_amount_is_still_asked_how_much() -> None:
    """Skipping 増強 after しびれ loses 'how much worse': numbness needs no quantity, so nothing asks it (3b09109 did)."""
    r = vaguecheck.check("しびれが前より増強しています。")
    assert any("quantity" in f.missing or f.category == "vague-quantity" for f in r.findings)


# ---------------------------------------------------------------- context.improving: a decline read as better

@pytest.mark.parametrize(("text", "word", "oid"), [
    ("食欲は戻ってきたものの、むくみが少し強くなっています。", "強くなっています", "edema"),
    ("むくみは引いてきましたが息切れが少し強くなっています。", "強くなっています", "dyspnea"),
    ("元気そうに見えますが食欲が少し落ちています。", "少し", "intake"),
])
def test_an_improvement_of_another_clause_does_not_make_a_decline_better(text: str, word: str, oid: str) -> None:
    """improving() scans back past a contrast (ものの、 / が): a worsening gets the observation's example_better."""
    assert _examples(text)[word] != _obs(oid).example_better


@pytest.mark.parametrize(("text", "word", "oid"), [
    ("食欲の回復が遅いようです。", "回復が遅い", "intake"),  # slow recovery: a decline
    ("腰の痛みが少しでも楽になるよう、薬を調整してほしいです。", "痛み", "pain"),  # a wish, the pain is unchanged
    ("トイレまで歩いて戻ってくると少し息切れがあります。", "少し", "dyspnea"),  # 戻る: walking back, not recovering
])
def test_a_decline_or_a_wish_is_not_read_as_better(text: str, word: str, oid: str) -> None:
    """improving() takes 回復が遅い, 楽になるよう (a wish) and 戻ってくる (walking back) as the thing getting better."""
    assert _examples(text)[word] != _obs(oid).example_better


@pytest.mark.parametrize(("text", "word", "oid"), [
    ("熱は少し下がってきたようです。", "少し", "fever"),
    ("咳は少し治まってきたようです。", "咳", "cough"),
])
def test_the_common_words_of_getting_better_are_read(text: str, word: str, oid: str) -> None:
    """_BETTER lacks 下がる (熱) and 治まる: the commonest improvements still get a new symptom's onset example."""
    assert _examples(text)[word] in (_obs(oid).example_better, "")


# ---------------------------------------------------------------- 心配 in outline._NOT_DENYING: a black stool hidden

@pytest.mark.parametrize("second", [
    "鉄剤のせいなら心配ないと思いますが、確認できていません。",  # a condition, unconfirmed
    "本人は鉄剤だから心配ないと言いますが、処方は先月で終わっています。",  # the iron ended last month
])
def test_iron_named_only_in_a_reassurance_does_not_explain_a_black_stool(second: str) -> None:
    """With 心配 in _NOT_DENYING, 鉄剤…心配ない now explains the black stool: VC703 goes silent (3b09109 flagged it)."""
    r = vaguecheck.check(_HEAD + "今朝、黒色便がありました。\n" + second)
    assert [u.text for u in r.outline.urgent] == ["黒色便"]


# ---------------------------------------------------------------- pseudo not-sure: hides the person's confusion

@pytest.mark.parametrize(("text", "word"), [
    ("ご本人は最近、日付がちょっと分からなくなっています。", "ちょっと"),
    ("ご本人は薬の飲み方が少し分からない様子です。", "少し"),
])
def test_the_persons_not_knowing_is_not_the_writers(text: str, word: str) -> None:
    """The not-sure pseudo drops a vague degree of the person's disorientation (日付がちょっと分からなくなって)."""
    assert any(f.text == word for f in vaguecheck.check(text).findings)


# ---------------------------------------------------------------- new labels: false alarms

@pytest.mark.parametrize("text", [
    "書類の手続きで少し混乱がありました。",  # paperwork, not the person
    "混乱を避けるため、担当のヘルパーを固定しています。",  # a plan to prevent it
])
def test_konran_not_of_the_person_is_no_label(text: str) -> None:
    """The 混乱 entry flags confusion of paperwork and a plan to avoid it as the person's label (VC102)."""
    assert not [f for f in vaguecheck.check(text).findings if f.rule == "VC102"]


def test_kanji_wa_arimasen_is_a_denial_not_a_hedge() -> None:
    """「感じ は 有る」 also matches 感じはありません: a denial is flagged VC203 as a guess."""
    assert not [f for f in vaguecheck.check("息苦しい感じはありません。").findings if f.rule == "VC203"]
