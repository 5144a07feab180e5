"""Session 59: precision from blind208-210's first runs and their physicians' ratings (docs/evaluation.md): a vague
predicate put as a condition (〜ば before a plan or hope), and the request's state: where and by when to answer, and an
also tied to the only other ask. With them, what the session's two reviews found and what was withdrawn after them (an ask
named by its object, a blood pressure measured again as a bare number, an increase denied, 〜ようお願いしています, よく過ごす)
stays as it was."""

from __future__ import annotations

import pytest

import vaguecheck
from vaguecheck.checker import Checker

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


@pytest.mark.parametrize("text", ["最近は日中もベッドの上でよく過ごされています。", "居室に閉じこもって一人でよく過ごしておられます。"])
def test_yoku_of_spending_time_stays_a_frequency(text: str) -> None:
    # (よく過ごす as 'doing well' was tried and withdrawn: the session 59 review's probes read it as often)
    assert "yoku-often" in _entries(text)


@pytest.mark.parametrize("text", ["話す機会が増えれば、気持ちも落ち着くと思います。", "食事量が少なければ点滴を検討します。",
                                  "熱っぽければご連絡ください。"])
def test_a_vague_predicate_put_as_a_condition_is_not_flagged(text: str) -> None:
    assert not {"hi-ga-ooi", "ppoi"} & set(_entries(text))
    assert not [f for f in _CHECKER.check(text).findings if f.rule in ("VC401", "VC204") and f.text.endswith(("れ", "けれ"))]


@pytest.mark.parametrize(("text", "entry"), [
    ("眠れない夜が増えています。", "hi-ga-ooi"),
    ("食べる量が減ったら、体重も減りました。", "intake"),
    # the pairing も…ば、…も tells both (the session 59 review)
    ("最近は食事量も少なければ、水分もあまりとれていません。", "ryou-ooi"),
    ("痰も多ければ、咳も夜通し出ています。", "noun-ga-ooi"),
    ("ご飯も少なければ、お水もよう飲まはらへんのです。", "degree-adjective"),
    # a habit, told in the past, as going on, or as what happens then (the reviews)
    ("熱っぽければデイを休むことが増えました。", "ppoi"), ("熱っぽければデイを休みます。", "ppoi"),
    ("食事量が少なければ、夕方にはぐったりされます。", "ryou-ooi"), ("熱っぽければデイ休んでます", "ppoi"),
    ("熱っぽければ、ご家族がすぐ電話をくれます。", "ppoi"),
])
def test_a_state_told_is_still_flagged(text: str, entry: str) -> None:
    assert entry in _entries(text)


# ---------------------------------------------------------------- a reading measured again

_CUFF = "おつかれさまです、ケアマネの本間です\nこないだ岩田さんちで血圧測ったら上が200って出たんです。\n{}\nご本人は元気です。\nよろしくです"


@pytest.mark.parametrize("again", [
    # (a bare systolic measured again within the limit, 測り直したら130ちょい, was read as undoing the red flag and withdrawn:
    # 脈を測り直したら110, a later その後また上がって, a treatment not named as such were read the same way, the reviews)
    "落ち着いて測り直したら130ちょいでした。", "脈を測り直したら110でした。", "測り直したら130でしたが、その後また上がってきています。",
    "落ち着いて測り直しても198でした。", "測り直したら上が210でした。", "ご本人は頭が痛いと言っています。",
    # the session 59 review: near the limit, another measure's value, a reading high again after it
    "測り直したら198でした。", "測り直したら190ちょいでした。", "測り直したら下が120でした。",
    "測り直したら脈が110で、ご本人は頭が痛いと言っています。", "測り直したら135でしたが、30分後にまた210まで上がりました。",
    "測り直すと128、さらに測ると215でした。",
])
def test_a_blood_pressure_measured_again_and_still_high_stays_a_red_flag(again: str) -> None:
    assert _urgent(_CUFF.format(again)) == ["blood-pressure"]


def test_another_measure_measured_again_keeps_its_red_flag() -> None:
    low = "お疲れ様です。ケアマネの本間です。\n岩田さん、血圧が上78でした。\n測り直したら脈が95でした。\nぐったりしています。\nよろしくです"
    assert _urgent(low) == ["blood-pressure"]
    spo2 = HEAD + "本日訪問時、SpO2が86%でした。\n測り直すと脈が96でした。\n受診が必要かご指示ください。"
    assert _urgent(spo2) == ["low-spo2"]


# ---------------------------------------------------------------- the request


def test_an_ask_beside_what_the_carers_were_asked_stays_an_ask() -> None:
    # (〜ようお願いしています as no ask was tried and withdrawn: it took the real ask of its sentence with it, the review)
    body = "田中様、12/5から微熱が続いています。\nヘルパーには水分をこまめにとってもらうようお願いしていますが、点滴の指示をいただけますでしょうか。"
    assert _request(body) == "clear"


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


@pytest.mark.parametrize("body", [
    "意見書の作成をお願いします。\nあと、眠剤を弱いのに変えていただけますか。\nそれから、デイでリハビリをしてよいかご指示ください。\n"
    "インフルエンザの予防接種もお願いしたいです。",
    # the session 59 review: その際 without a tied-on also, three judged add-ons, a reply line that names a matter
    "田中様の件です。\n往診をお願いします。\nその際に、眠剤を弱いものに変えてもらえますか。\n主治医意見書の作成をお願いします。",
    "田中様の件です。\n往診をお願いします。\n必要であれば採血もお願いします。\n必要なら訪問看護の指示書もいただけますか。\n"
    "必要であれば眠剤の変更もご検討ください。",
    "田中様の件です。\n眠剤を変更していただけますか。\nデイの入浴を再開してよいか教えてください。\n"
    "ご指示は、ショートステイの利用の可否も含めて当事業所までお願いします。",
    # the second review: one tied-on also among three asks, a deadline line or a reply line that names a matter
    "田中様の件です。\n往診をお願いします。\nその際に採血もお願いします。\n眠剤の変更もご検討ください。",
    "田中様の件です。\n往診をお願いします。\n眠剤の見直しをお願いします。\n必要なら、点滴もお願いできますか。",
    "田中様の件です。\n往診をお願いします。\n眠剤の変更をご検討ください。\n期限：12/20までに意見書の作成をお願いします。",
    "田中様の件です。\n往診をお願いします。\n眠剤の変更をご検討ください。\nご指示は、点滴の量と期間を当事業所までお願いします。",
])
def test_several_matters_are_still_unordered(body: str) -> None:
    assert _request(body) == "unordered"


@pytest.mark.parametrize("body", [
    "腰の痛みが続いています。\n前にもらってた湿布、また出してもらえますか。\nなお、眠剤の量についても気になっています。\n以上です。",
    "腰の痛みが続いています。\n湿布、この前のやつまた出してもらえますか\nそれとおしっこが近いのと\n眠れてないのも気になります",
    "田中様、便秘が続いています。\n薬のほう、適当に出してもらえますか。\nよろしくお願いいたします。",
])
def test_an_ask_beside_other_matters_or_left_open_is_not_made_clear(body: str) -> None:
    assert _request(body) != "clear"


def test_a_colour_told_with_ppoi_is_still_a_hedge() -> None:
    # withdrawn (docs/evaluation.md, session 59): blind210's physician read 緑っぽい吐物 as a description, but the sentence
    # batches' writers mark 黄色っぽい痰 and 黒っぽい便 as hedged 135 times
    assert "ppoi" in [f.entry for f in vaguecheck.check("12/7から痰が黄色っぽいです。").findings]


# ---------------------------------------------------------------- from blind211-213's packets


@pytest.mark.parametrize(("text", "entry"), [
    # (an increase denied as a negation was withdrawn: a worry, a question, a denial the next clause takes back, the review)
    ("痰が増えていないか心配です。", "sputum"), ("むくみは増えていないでしょうか。", "edema"),
    ("むくみは増えていませんでしたが、今朝から急に増えています。", "edema"), ("咳も減っていません。", "cough"),
    ("痰が増えています。", "sputum"),
])
def test_a_symptom_asked_about_or_going_on_is_still_asked(text: str, entry: str) -> None:
    assert entry in _entries(text)


def test_shaking_told_with_gatagata_is_shown_a_rigor() -> None:
    text = HEAD + "熱が39℃あります。\nガタガタ震えてて、血圧も80台です。\nご指示ください。"
    (tremor,) = [f for f in _CHECKER.check(text).findings if f.entry == "tremor"]
    assert "寒気" in tremor.suggestion.example and "箸" not in tremor.suggestion.example
    hand = HEAD + "右手が震えています。\nご指示ください。"
    assert "箸" in next(f for f in _CHECKER.check(hand).findings if f.entry == "tremor").suggestion.example
