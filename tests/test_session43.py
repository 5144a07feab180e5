"""Session 43: what changed, each change with the probe that showed it.

- A pain score is a red flag from 8: NRS 7 told for a pain that grew over weeks or comes on walking is a consultation
  (blind writers marked none of them urgent for the score itself).
- Both legs suddenly without strength (両下肢に力が入らない) is a red flag of its own (spinal cord compression); a long
  weakness or numbness of both feet is not.
"""

from __future__ import annotations

import pytest

import vaguecheck

CHECKER = vaguecheck.Checker()
_HEAD = "森先生、お世話になっております。ケアマネの荒木です。\n"


def _urgent(text: str) -> list[str]:
    return [u.id for u in CHECKER.check(_HEAD + text + "\nご指示をお願いします。").outline.urgent]


@pytest.mark.parametrize("score", ["7", "７"])
def test_a_pain_score_of_seven_is_no_red_flag(score):
    assert _urgent(f"11月25日頃より腰痛が強まり、歩行時はNRS {score}です。") == []


@pytest.mark.parametrize("score", ["8", "9", "10"])
def test_a_pain_score_of_eight_or_more_is_a_red_flag(score):
    assert "pain-score" in _urgent(f"本日9時、腰の痛みはNRS {score}です。")


@pytest.mark.parametrize("text", ["本日朝から両下肢に力が入らず、立ち上がれません。", "今朝から両足とも力が入らないと奥様から電話がありました。",
                                  "12月2日朝より両脚の脱力があり、立位保持困難です。"])
def test_both_legs_suddenly_weak_are_a_red_flag(text):
    assert "legs-weak" in _urgent(text)


@pytest.mark.parametrize("text", ["両足裏のしびれは5年前から続いており、急に強くなったことはありません。", "以前から両下肢の筋力低下があり、歩行器を使っています。",
                                  "本日の訪問時、両下肢の脱力はありません。", "今朝から両足のしびれが少し強いそうです。"])
def test_a_long_weakness_or_numbness_of_both_feet_is_not(text):
    assert "legs-weak" not in _urgent(text)
