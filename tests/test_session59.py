"""Session 59: precision from blind208-210's first runs and their physicians' ratings (docs/evaluation.md): よく of
doing well, a vague predicate put as a condition (〜ば), a blood pressure measured again and
found normal, and the request's state: an ask that names its paper or medicine anywhere before its verb, what the
writer has asked of the carers, where and by when to answer, and an also tied to the ask before."""

from __future__ import annotations

import pytest

import vaguecheck
from vaguecheck.checker import Checker
from vaguecheck.outline import _does_to_its_object

HEAD = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
_CHECKER = Checker()


def _entries(text: str) -> list[str]:
    return [f.entry for f in _CHECKER.check(text).findings]


def _request(body: str) -> str | None:
    outline = _CHECKER.check(HEAD + body).outline
    return outline.request if outline else None


def _urgent(text: str) -> list[str]:
    return [f.entry for f in _CHECKER.check(text).findings if f.rule == "VC703"]


# ---------------------------------------------------------------- vague words


def test_yoku_of_spending_the_day_well_is_no_frequency() -> None:
    assert "yoku-often" not in _entries("日中はデイでよく過ごされていて、食事も普通に食べておられます。")
    assert "yoku-often" in _entries("夜中によくトイレに起きます。")


@pytest.mark.parametrize("text", ["話す機会が増えれば、気持ちも落ち着くと思います。", "食事量が少なければ点滴を検討します。",
                                  "熱っぽければご連絡ください。"])
def test_a_vague_predicate_put_as_a_condition_is_not_flagged(text: str) -> None:
    assert not {"hi-ga-ooi", "ppoi"} & set(_entries(text))
    assert not [f for f in _CHECKER.check(text).findings if f.rule in ("VC401", "VC204") and f.text.endswith(("れ", "けれ"))]


@pytest.mark.parametrize("text", ["眠れない夜が増えています。", "食べる量が減ったら、体重も減りました。"])
def test_a_state_told_is_still_flagged(text: str) -> None:
    assert _CHECKER.check(text).findings


# ---------------------------------------------------------------- a reading measured again

_CUFF = "おつかれさまです、ケアマネの本間です\nこないだ岩田さんちで血圧測ったら上が200って出たんです。\n{}\nご本人は元気です。\nよろしくです"


@pytest.mark.parametrize("again", ["落ち着いて測り直したら130ちょいでした。", "測り直すと132でした。"])
def test_a_blood_pressure_measured_again_within_its_limit_is_no_red_flag(again: str) -> None:
    assert _urgent(_CUFF.format(again)) == []


@pytest.mark.parametrize("again", ["落ち着いて測り直しても198でした。", "測り直したら上が210でした。", "ご本人は頭が痛いと言っています。"])
def test_a_blood_pressure_measured_again_and_still_high_stays_a_red_flag(again: str) -> None:
    assert _urgent(_CUFF.format(again)) == ["blood-pressure"]


# ---------------------------------------------------------------- the request


@pytest.mark.parametrize("body", [
    # the paper named before its verb, however far (blind208-19)
    "本日14時に救急搬送となりました。\n搬送先へ、内服薬の一覧を含む診療情報を本日中にご提供いただけますようお願いいたします。",
    # a medicine named before 出す (blind208-50)
    "腰が痛いと言っています。\n前にもらってた湿布、次の受診の時にまた出してもらえますか？",
])
def test_an_ask_that_names_its_paper_or_medicine_is_clear(body: str) -> None:
    assert _request(body) == "clear"


@pytest.mark.parametrize(("sentence", "names"), [
    ("診療情報を本日中にご提供いただけますようお願いいたします。", True),
    ("湿布、次の受診の時にまた出してもらえますか。", True),
    ("意見書を来週までに書いていただけますか。", True),
    ("痰を出してもらえますか。", False),
    ("ご意見を本日中にご提供いただけますか。", False),
    ("出してもらえますか。", False),
])
def test_the_object_of_an_asks_verb(sentence: str, names: bool) -> None:
    doc = _CHECKER._document(sentence)
    assert _does_to_its_object(doc.sentences[0]) is names


def test_what_the_writer_asked_of_the_carers_is_no_ask() -> None:
    told = "熱は12/8から37.5℃前後です。\n訪問看護さんには毎日検温してもらうようお願いしています。\n以上、ご報告です。"
    assert _request(told) == "none"
    asked = "熱は12/8から37.5℃前後です。\n訪問看護で毎日検温していただけるよう、指示書の作成をお願いします。"
    assert _request(asked) == "clear"


@pytest.mark.parametrize("body", [
    # where the answer is to go (blind210-46)
    "本日8時、呼びかけへの反応が鈍くなりました。\n本日10時までに、往診・救急搬送のどちらが適切かご指示をお願いいたします。\n"
    "ご指示は長男様携帯（090-1111-2222）または当事業所（03-1111-2222 遠山）へいただけますと幸いです。",
    # and the channel, with an add-on left to the physician (blind210-22)
    "本日11時、簡易血糖 48mg/dLでした。\n本日中に、明朝のインスリンの量をどうするかご指示ください。\n必要であれば本日の往診もお願いします。\n"
    "連絡はこのMCSか、北川携帯 090-4410-2285へお願いします。",
    # a form's deadline line (blind210-10)
    "依頼：昼の薬を朝・夕の2回にまとめられるかご検討ください。\n可能であれば一包化の指示もお願いします。\n"
    "期限：12月20日の次回定期往診時にご判断いただければ幸いです。",
    # an also tied to the visit the ask arranges (blind209-53)
    "【依頼】かゆみの塗り薬について\n次回の受診（12/18）で、保湿剤の塗り薬を処方していただけますか。\nその際に皮膚の状態も診ていただけると助かります。",
])
def test_how_where_and_by_when_to_answer_are_no_more_matters(body: str) -> None:
    assert _request(body) == "clear"


def test_several_matters_are_still_unordered() -> None:
    body = ("意見書の作成をお願いします。\nあと、眠剤を弱いのに変えていただけますか。\nそれから、デイでリハビリをしてよいかご指示ください。\n"
            "インフルエンザの予防接種もお願いしたいです。")
    assert _request(body) == "unordered"


def test_a_colour_told_with_ppoi_is_still_a_hedge() -> None:
    # withdrawn (docs/evaluation.md, session 59): blind210's physician read 緑っぽい吐物 as a description, but the sentence
    # batches' writers mark 黄色っぽい痰 and 黒っぽい便 as hedged 135 times
    assert "ppoi" in [f.entry for f in vaguecheck.check("12/7から痰が黄色っぽいです。").findings]
