"""Session 47 review: probes that showed a problem in 8c9ffa2 and the round after it (all but three, which guard what stays, fail at 26089c1)."""

from __future__ import annotations

import pytest

import vaguecheck
from _checks import rule_texts, urgent_ids
from vaguecheck.checker import _backend

_FORM = "浅野先生\n【目的】確認のお願い\n"
_LETTER = "お世話になっております。ケアマネの今井です。\n"


@pytest.mark.parametrize("line", [
    "今朝7時から、昨年の心筋梗塞の時と同じような胸の痛みがあると訴えています。",
    "今朝、以前入院した時と同じ黒い便が出ました。",
    "今日、去年と同じように胸が痛くなったそうです。",
    "今日の昼から、2年前の脳梗塞の時みたいにろれつが回らないそうです。",
    "2年前にも吐血がありましたが、今回はコップ半分ほどの量です。",
    "以前にも胸が痛くなったことがありましたが、今日は痛みが強く、冷や汗も出ています。",
])
def test_a_sign_likened_to_an_old_episode_or_told_again_now_stays_urgent(line: str) -> None:
    assert urgent_ids(_FORM + line + "\nご指示ください。")


@pytest.mark.parametrize("text", ["昨夜、嘔吐が一度ありました。", "昨夜、一度だけ嘔吐がありました。", "今朝、吐いたのは一度だけです。"])
def test_a_count_in_do_anywhere_in_the_clause_counts(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if "frequency" in f.missing]


def test_once_it_starts_is_no_count() -> None:
    assert any("frequency" in f.missing for f in vaguecheck.check("一度嘔吐すると止まらないそうです。").findings)


_MID = "\n今は横になっとって、話はできよるみたいです。\nそれと、便秘薬を変えてもらえんかとも言うとりました。\n"


@pytest.mark.parametrize(("first", "last"), [
    ("呼吸数は18回/分でした。", "脈が速いけど入浴してもええですか。"),
    ("奥さんの血圧は150/90やった。", "血圧高いけど入ってもええですか。"),
    ("血圧は130/80未満が目標と言われています。", "今朝から血圧高いけど入ってもええですか。"),
    ("先月の受診時の血圧は118/70でした。", "今朝から血圧高いけど入ってもええですか。"),
])
def test_an_earlier_value_of_another_vital_person_time_or_a_target_answers_nothing(first: str, last: str) -> None:
    assert [f for f in vaguecheck.check(first + _MID + last).findings if f.rule == "VC602"]


def test_the_first_reading_is_found_once_per_report() -> None:
    """A long log of vital mentions is checked against one remembered first reading, not every earlier sentence."""
    text = "".join(f"{i}日目、血圧高いです。\n" for i in range(300))
    assert len([f for f in vaguecheck.check(text).findings if f.rule == "VC602"]) >= 1


@pytest.mark.parametrize("text", ["【ご相談】食事量が減り体重減少（田中様）\n山本先生\n往診をお願いします。",
                                  "【至急】黒色便続き顔色不良\n山本先生\n往診をお願いします。"])
def test_a_title_that_alone_tells_the_matter_keeps_its_findings(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.line == 1]


@pytest.mark.parametrize("text", ["寒さも日ごとに強まっていると存じますが、先生もご自愛ください。",
                                  "年末で先生のご負担も増えていると存じますが、よろしくお願いいたします。"])
def test_courtesy_clauses_with_to_zonjimasu_are_no_hedge(text: str) -> None:
    assert not [r for r in rule_texts(text) if r[0] == "VC203"]


@pytest.mark.parametrize("text", ["先生のお加減が優れますよう、お祈り申し上げます。", "湯加減が悪いと入浴を嫌がられます。",
                                  "塩加減が悪いと食事を残されます。"])
def test_kagen_is_the_persons_health_only_with_o_and_negated(text: str) -> None:
    assert not [r for r in rule_texts(text) if r[0] == "VC101"]


def test_many_matters_tacked_on_stay_unordered() -> None:
    text = ("二宮先生\nいつもお世話になっております。ケアマネの山田です。\n本日7時40分に転倒し、後頭部を打ちました。\n"
            "紹介状を本日12時までにご作成いただけますでしょうか。\n入浴のことと、リハビリのことと、眠剤のことと、食事のことについてもご指示ください。")
    assert vaguecheck.check(text).outline.request == "unordered"


@pytest.mark.parametrize("text", ["12月3日(火)の朝に嘔吐がありました。", "12月3日（火曜日）の夜に嘔吐がありました。"])
def test_a_weekday_before_any_part_of_a_dated_day(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if "frequency" in f.missing]


def test_a_white_towel_after_a_cold_hand_is_no_ischaemia() -> None:
    assert "cold-blue-limb" not in urgent_ids(_LETTER + "手が冷たくて、白っぽいタオルで温めています。\nご確認ください。")
    assert "cold-blue-limb" in urgent_ids(_LETTER + "本日9時、右手が冷たくて真っ白になり、しびれると言っています。\nご確認ください。")


@pytest.mark.parametrize("line", ["本日9時、胸痛の出現、呼吸苦は今のところありません。", "本日から黒色便の再発、ふらつきはありません。"])
def test_an_event_told_with_its_onset_before_a_denied_list_stays(line: str) -> None:
    assert urgent_ids("浅野先生\n【目的】定期報告です。\n" + line + "\nご指示ください。")


def test_a_clerical_date_two_sentences_back_dates_no_reading() -> None:
    text = ("山本先生\nお世話になっております。ケアマネの田中です。\n11月15日10時に介護保険の更新手続きを済ませました。\n"
            "昼食は全量摂取されています。\nSpO2 85%で、息が苦しそうです。\n往診をお願いします。")
    f = next(f for f in vaguecheck.check(text).findings if f.rule == "VC703")
    assert "いつから" in f.message


@pytest.mark.parametrize("text", ["フェンタニルパッチは腹部に張っています。", "湿布はお腹に張ってあります。"])
def test_a_patch_on_the_belly_is_no_distension(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.category.startswith("missing-")]


def test_vomiting_that_did_not_come_is_denied() -> None:
    assert rule_texts("昨晩、ご家族から「吐きそう」と電話がありましたが、嘔吐には至りませんでした。") == []


def test_karada_ga_raku_is_read_as_written() -> None:
    toks = _backend("fugashi").tokenize("横になるとからだがらくになる。")
    assert [t.surface for t in toks][:5] == ["横", "に", "なる", "と", "からだ"]


def test_what_one_observation_is_given_does_not_leak_to_the_next_in_its_sentence() -> None:
    """A reading earlier in the report answers 血圧高い, not the 腰痛 told beside it; 一度 counts the vomiting, not the diarrhoea."""
    text = ("血圧は188/102だったそうです。\n今は横になっとって、話はできよるみたいです。\nそれと、便秘薬を変えてもらえんかとも言うとりました。\n"
            "血圧高いし、腰痛もあります。")
    assert [f.missing for f in vaguecheck.check(text).findings if f.text == "腰痛"] == [("time", "quantity")]
    assert [f.missing for f in vaguecheck.check("昨夜、一度嘔吐があり、下痢もありました。").findings if f.text == "下痢"] == [("frequency",)]
