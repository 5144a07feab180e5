"""Session 53: what blind170 showed at its first run (57bcf73) and what the physicians' rated packets of blind133-169
showed.  A calm message its writer marks as information (一応お伝えしておきます, ご報告まで) and that asks nothing or only
vaguely has its findings as details; a question of fever and sputum the report already answers is left out; a swallow lost
for food and drink alike is a red flag; a Sanuki 出とらん read by MeCab as 出|と|らん is a negation; a 〜ようになっとる
told as heard (らしい, そうです) is a change, not a plan."""

from __future__ import annotations

import pytest

import vaguecheck
from _checks import urgent_ids

_HEAD = "さくら内科 佐藤先生\nいつもお世話になっております。\nケアマネの山本です。\n"
_ASK = "\n何かあればご指示ください。"


def _urgent(body: str) -> list[str]:
    return urgent_ids(_HEAD + body + _ASK)


def _findings(text: str) -> list:
    return vaguecheck.check(text).findings


# ---------------------------------------------------------------- a message marked as information
_FYI = ("お疲れさまです。ケアマネの長谷川です。\n昨日の夜、千田さんがもどしたって娘さんから連絡ありました。\n"
        "夕飯をたくさん食べたみたいで、1回吐いてそれからはなんともないそうです。\n今朝はおかゆ普通に食べて、熱もなかったって。\n"
        "{marker}\n気になることあればお願いします。")


@pytest.mark.parametrize("marker", ["一応お伝えしておきます。", "念のためご報告いたします。", "取り急ぎご報告まで。", "情報共有です。"])
def test_a_calm_message_marked_as_information_has_only_details(marker):
    found = _findings(_FYI.format(marker=marker))
    assert found, "the findings are kept, as details"
    assert all(f.secondary for f in found), [(f.rule, f.text, f.secondary) for f in found]
    assert {"VC702"} <= {f.rule for f in found}


@pytest.mark.parametrize("marker", ["", "娘さんが「一応お伝えしておきます」と言っていました。"])
def test_without_the_writers_marker_the_ask_stays_in_front(marker):
    """No marker, or one inside the family's quoted words: the vague ask is not settled."""
    found = _findings(_FYI.format(marker=marker))
    assert any(f.rule == "VC702" and not f.secondary for f in found), [(f.rule, f.text, f.secondary) for f in found]


def test_a_red_flag_keeps_its_message_in_front_despite_the_marker():
    text = ("お疲れさまです。ケアマネの長谷川です。\n今朝から黒い便が2回出ています。\n一応お伝えしておきます。\n"
            "気になることあればお願いします。")
    found = _findings(text)
    assert any(f.rule == "VC703" and not f.secondary for f in found)
    assert any(f.rule == "VC702" and not f.secondary for f in found)


def test_a_clear_ask_is_unchanged_by_the_marker():
    """The marker only settles a message that asks nothing or vaguely: a clear ask's findings are details already."""
    text = ("お疲れさまです。ケアマネの長谷川です。\n千田さん、最近少し食欲が落ちているようです。\n一応お伝えしておきます。\n"
            "次回の往診時に、栄養補助食品の処方をご検討いただけますか。")
    report = vaguecheck.check(text)
    assert report.outline.request == "clear"
    assert report.findings and all(f.secondary for f in report.findings)
    assert not any(f.rule == "VC702" for f in report.findings)


# ---------------------------------------------------------------- a question of fever already answered
def test_fever_and_sputum_questions_left_out_when_the_report_gives_them():
    text = ("【報告】高松の大西トメ様の件です。\n12/2に38.0℃の発熱があり、往診していただいた件ですが、\n"
            "12/5から3日間、朝夕の検温で36.3〜36.6℃です。\n咳は少し残っているみたいですが、痰はほとんど出ていないそうです。\n"
            "何かあればよろしくお願いします。")
    found = _findings(text)
    cough = [f for f in found if f.text in ("咳", "少し")]
    assert cough, [(f.rule, f.text) for f in found]
    for f in cough:
        assert not any("熱" in q for q in f.suggestion.questions), f.suggestion.questions


def test_the_fever_question_stays_when_no_temperature_is_given():
    text = ("【報告】高松の大西トメ様の件です。\n咳が少し出ているみたいです。\n食事は8割です。\n何かあればよろしくお願いします。")
    found = _findings(text)
    asked = [q for f in found for q in f.suggestion.questions if "熱" in q]
    assert asked, [(f.rule, f.text, f.suggestion.questions) for f in found]


def test_a_sputum_question_stays_when_only_the_fever_is_given():
    text = ("【報告】高松の大西トメ様の件です。\n体温は36.5℃です。\n咳が少し出ているみたいです。\n何かあればよろしくお願いします。")
    found = _findings(text)
    assert any("痰" in q for f in found for q in f.suggestion.questions)


# ---------------------------------------------------------------- red flags
@pytest.mark.parametrize("body", [
    "昨日の昼から、ご飯もお茶も全然よう飲み込まんようになっとるらしいです。",
    "昨日から水もお茶も全く飲み込めなくなりました。",
    "今朝から何も飲み込めなくなっています。",
    "全然飲み込まんようになっとるそうです。",
])
def test_a_swallow_lost_for_food_and_drink_is_a_red_flag(body):
    assert "swallow-lost" in _urgent(body)


@pytest.mark.parametrize("body", [
    "老衰が進み、全く飲み込めなくなってきました。ご家族は看取りを希望されています。",
    "全く飲み込めないことはありません。",
    "水も飲み込めなくなったら、すぐにご連絡します。",
    "以前は全く飲み込めなくなっていましたが、今は全粥を8割食べています。",
    "飲み込まんようになっとるかもしれん。",
])
def test_a_swallow_not_lost_is_no_red_flag(body):
    assert "swallow-lost" not in _urgent(body)


@pytest.mark.parametrize("body", ["おしっこも今朝から出とらんかもしれんとのこと。", "熱は37.5℃くらい。おしっこも今朝から出とらんかもしれんとのこと。"])
def test_a_sanuki_no_urine_misread_by_mecab_is_a_red_flag(body):
    """MeCab reads 出とらんか as 出(noun)|と|らん(adverb)."""
    assert "no-urine" in _urgent(body)


def test_urine_still_passing_in_dialect_is_no_red_flag():
    assert _urgent("おしっこは今朝も出とります。") == []


# ---------------------------------------------------------------- blind171's calm traps
@pytest.mark.parametrize("body", [
    "入院中は夜中に大声を出したりせん妄みたいなことがあったそうですが、家に帰ってからは出ていないとのことです。",
    "件名：【ご報告・返信不要】12/8 救急受診（胸痛）のその後について\n12/9以降、胸痛の再発なし（12/16まで、本人・家族確認）。",
    "・10/18 黒色便で福岡東病院に入院し、胃潰瘍に対し内視鏡的止血術。10/30退院。\n・退院後、黒色便・腹痛なし。",
])
def test_a_sign_of_a_past_stay_or_of_a_followed_up_visit_is_no_red_flag(body):
    assert _urgent(body) == []


@pytest.mark.parametrize("body", [
    "入院中は落ち着いていましたが、家に帰ってからは夜中に大声を出してせん妄みたいです。",
    "入院中は夜中にせん妄があり、退院後も続いています。",
    "以前から夜中に胸が痛くなることがありますが、今朝は冷や汗も出ています。",
    "件名：吐血のその後について\n本日も吐血が2回ありました。",
    "件名：胸痛のその後について\n今朝から胸痛が続いています。",
    "本日、黒色便で入院し、止血術を受ける予定です。",
    "2年前にも吐血がありましたが、今回はコップ半分ほどの量です。",
])
def test_a_sign_told_now_beside_a_stay_or_a_follow_up_stays_a_red_flag(body):
    assert _urgent(body) != []


def test_a_weather_greeting_and_a_value_the_same_as_before_ask_no_time():
    text = ("こんにちは、ケアマネの功刀です。\n相変わらず寒いですねえ。\nSpO2は92〜93%で、以前から同じ値です。\n"
            "12/20までに、移動中の酸素流量のご指示をいただけますでしょうか。")
    report = vaguecheck.check(text)
    assert not any(f.category == "vague-time" for f in report.findings), [(f.rule, f.text) for f in report.findings]
    assert report.outline.request == "clear"


def test_a_time_word_of_a_real_change_is_still_asked():
    found = _findings("【報告】山田様の件です。\n以前から息切れが強くなっています。\n何かあればご指示ください。")
    assert any(f.category == "vague-time" and f.text == "以前" for f in found), [(f.rule, f.text) for f in found]
