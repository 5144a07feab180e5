"""Session 46: what changed, each change with the probe that showed it.

- A vague word of time, amount or frequency that is the only answer a report gives to what an observation needs
  (食後に咳き込むことがあります: how often) says which observation it asks for (``Finding.observation``, JSON
  ``observation``), and `vaguecheck eval` scores it also as that observation's missing element: the checker's one
  finding there, which the strict missing-element recall counted as a miss when the annotator put the gap on the
  observation's words.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck.model import VAGUE_FOR_KIND
from vaguecheck.research import evaluate


def _linked(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.text, f.observation.text) for f in vaguecheck.check(text).findings if f.observation is not None]


def test_a_vague_count_names_the_observation_it_counts() -> None:
    text = "森様、食後に咳き込むことがあります。"
    r = vaguecheck.check(text)
    (f,) = [f for f in r.findings if f.category == "vague-frequency"]
    assert f.observation is not None and f.observation.text == "咳き込む"
    assert text[f.observation.start : f.observation.end] == "咳き込む"
    # asked once: no second finding asks how often
    assert not [g for g in r.findings if "frequency" in g.missing]
    assert f.to_dict()["observation"] == {"start": f.observation.start, "end": f.observation.end, "text": "咳き込む"}


def test_a_degree_word_names_the_swelling_it_measures() -> None:
    assert ("VC502", "強くなっています", "むくみ") in _linked("以前よりむくみが強くなっています。")
    assert any(obs == "熱がありました" and rule == "VC501" for rule, _, obs in _linked("ちょっと熱がありました。"))


def test_no_observation_for_a_vague_word_about_no_observation() -> None:
    r = vaguecheck.check("最近、元気がありません。")
    assert [f.observation for f in r.findings] == [None, None]
    assert all(f.to_dict()["observation"] is None for f in r.findings)


def test_no_observation_for_a_vague_word_of_another_clause() -> None:
    # 少し of 少し歩くと measures the walk, not the unsteadiness, which is asked for itself
    r = vaguecheck.check("少し歩くとふらつきがあります。")
    assert all(f.observation is None for f in r.findings)
    assert any(f.category.startswith("missing-") and "frequency" in f.missing for f in r.findings)


def test_no_observation_when_the_report_gives_the_figure() -> None:
    # the count is given in the next sentence: the vague word is not the only answer
    text = "食後に咳き込むことがあります。昨日は3回でした。"
    assert not any(f.observation is not None and f.observation.text == "咳き込む" and f.category == "vague-frequency"
                   for f in vaguecheck.check(text).findings)


def test_eval_scores_the_linked_finding_as_the_observations_missing_element() -> None:
    text = "森様、食後に咳き込むことがあります。"
    s = text.index("咳き込む")
    gold = [(s, s + 4, "missing-frequency"), (text.index("ことがあります"), text.index("ことがあります") + 7, "vague-frequency")]
    headline = evaluate([("x", text, gold)])["headline"]
    assert headline["missing_recall"] == 1.0 and headline["vague_cue_recall"] == 1.0
    # before the link, the strict figure missed it: the vague word's span does not touch the observation's
    text = "夜間に大声を出すことがあるそうです。"
    s = text.index("大声を出す")
    assert evaluate([("x", text, [(s, s + 5, "missing-frequency")])])["headline"]["missing_recall"] == 1.0
    # it is scored as the kind it asks, not another on the same words
    per = evaluate([("x", text, [(s, s + 5, "missing-quantity")])])["per_category"]
    assert per["missing-quantity"]["overlap"]["recall"] == 0.0 and per["missing-frequency"]["predicted"] == 1


_OPENERS = ["", "最近", "以前より", "時々", "ちょっと", "少し", "夜間に", "食後に", "このごろ", "先週から"]
_OBS = ["咳き込む", "むくみが強くなって", "熱が", "めまいが", "ふらつきが", "尿失禁が増えて", "痛みが", "大声を出す"]
_TAILS = ["ことがあります。", "います。", "あります。", "出ます。", "ことがあるそうです。", "ありました。", "、歩くのが遅いです。"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_OPENERS), st.sampled_from(_OBS), st.sampled_from(_TAILS)), min_size=1, max_size=4),
       st.sampled_from(["", "\r\n", "\n", "　"]))
def test_observation_offsets_are_into_the_original_text(parts, sep) -> None:
    text = sep.join(a + b + c for a, b, c in parts)
    for f in vaguecheck.check(text).findings:
        if f.observation is None:
            continue
        assert f.category in VAGUE_FOR_KIND.values()
        o = f.observation
        assert 0 <= o.start < o.end <= len(text) and text[o.start : o.end] == o.text
        # the observation is in the finding's own sentence
        assert "。" not in text[min(o.start, f.start) : max(o.end, f.end)]
        json.dumps(f.to_dict(), ensure_ascii=False)
