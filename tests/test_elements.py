"""Element extraction (issue item 6): time, quantity and frequency, with normalised values.

Each row puts an example from the issue into a report sentence and states the one
element a reader finds there: its kind, its exact text, and the value fields that
matter (amount, max, unit, relation, per, approximate).  Exactly one element may
overlap the expected span, so 「週に3回」 must not also yield a stray count 「3回」.

Value conventions (see model.Element): ``amount`` is a float; ``max`` is the upper
end of a range (2〜3回 -> 2, 3); ``relation`` is one of at / since / ago /
duration / per / every / interval / count / fraction / scale; ``per`` names the
period of a frequency (compared without a leading 1: 「1日」 and 「日」 are the same
period); clock times are on a 24-hour clock (午後3時 -> 15).
"""

from __future__ import annotations

import pytest

import vaguecheck

APPROX = "approximate"


def row(rid, sentence, text, kind, xfail=None, **value):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(sentence, text, kind, value, id=rid, marks=marks)


TIME = [
    row("time-3ka-mae-kara", "3日前から日中の傾眠が強いです。", "3日前から", "time",
        amount=3.0, unit="日", relation="since"),
    row("time-3ka-mae", "3日前に自宅で転倒されました。", "3日前", "time", amount=3.0, unit="日", relation="ago"),
    row("time-2shuukan-mae", "2週間前から夜間に起きられます。", "2週間前から", "time",
        amount=2.0, unit="週間", relation="since"),
    row("time-ototoi-no-yoru-kara", "一昨日の夜から38.5℃の発熱があります。", "一昨日の夜から", "time", relation="since"),
    row("time-5gatsu-12nichi", "5月12日に受診の予定です。", "5月12日", "time", relation="at", month=5.0, day=12.0),
    row("time-gogo-3ji", "午後3時に訪問しました。", "午後3時", "time", relation="at", amount=15.0, unit="時"),
    row("time-gozen-10ji", "午前10時に訪問しました。", "午前10時", "time", relation="at", amount=10.0, unit="時"),
    row("time-gogo-3ji-goro", "午後3時ごろ、玄関で転倒されました。", "午後3時ごろ", "time", relation="at", approximate=True),
    row("time-colon-goro", "22:30ごろ、大声を出されました。", "22:30ごろ", "time", relation="at", amount=22.5, unit="時",
        approximate=True),
    row("time-sengetsu-matsu-kara", "先月末から食事量が減っています。", "先月末から", "time", relation="since"),
    row("time-4gatsu-joujun-kara", "4月上旬から杖を使われています。", "4月上旬から", "time", relation="since", month=4.0),
    row("time-kanji-mikka-mae", "三日前から排便がありません。", "三日前から", "time", amount=3.0, unit="日", relation="since"),
    row("time-kanji-mikkakan", "三日間排便がありません。", "三日間", "time", amount=3.0, unit="日", relation="duration"),
    row("time-fullwidth-3ka-mae", "３日前から咳が出ています。", "３日前から", "time", amount=3.0, unit="日", relation="since"),
]

QUANTITY = [
    row("qty-5wari", "主食は5割摂取されました。", "5割", "quantity", amount=5.0, unit="割"),
    row("qty-kanji-gowari", "主食は五割摂取されました。", "五割", "quantity", amount=5.0, unit="割"),
    row("qty-gowari-teido", "主食は5割程度摂取されました。", "5割程度", "quantity", amount=5.0, unit="割", approximate=True),
    row("qty-hanbun-ika", "食事も半分以下です。", "半分以下", "quantity", amount=0.5, relation="fraction"),
    row("qty-zenryou", "昼食は全量摂取されました。", "全量", "quantity", amount=1.0, relation="fraction"),
    row("qty-5fun", "トイレまでの歩行に5分かかります。", "5分", "quantity", amount=5.0, unit="分"),
    row("qty-38-2", "体温38.2℃でした。", "38.2℃", "quantity", amount=38.2, unit="℃"),
    row("qty-fullwidth-38-2", "体温３８．２℃でした。", "３８．２℃", "quantity", amount=38.2, unit="℃"),
    row("qty-1200ml", "水分は1,200ml摂取されました。", "1,200ml", "quantity", amount=1200.0, unit="ml"),
    row("qty-yaku-1200ml", "水分は約1,200mlです。", "約1,200ml", "quantity", amount=1200.0, unit="ml", approximate=True),
    row("qty-1-5kg", "体重が1.5kg減りました。", "1.5kg", "quantity", amount=1.5, unit="kg"),
    row("qty-92pct", "酸素飽和度は92%でした。", "92%", "quantity", amount=92.0, unit="%"),
    row("qty-92pct-fullwidth", "酸素飽和度は92％でした。", "92％", "quantity", amount=92.0, unit="%"),
    row("qty-7jou", "残薬が7錠ありました。", "7錠", "quantity", amount=7.0, unit="錠"),
    row("qty-30byou", "立ち上がりに30秒かかります。", "30秒", "quantity", amount=30.0, unit="秒"),
    row("qty-nrs-de-4", "痛みはNRSで4です。", "NRSで4", "quantity", amount=4.0, unit="NRS", relation="scale"),
    row("qty-bp-mmhg", "本日の測定値は140/85mmHgでした。", "140/85mmHg", "quantity", amount=140.0, unit="mmHg"),
    row("qty-bp-label", "血圧140/85mmHgでした。", "140/85mmHg", "quantity", amount=140.0, unit="mmHg"),
    row("qty-sanbun-no-ichi", "副食は3分の1残されました。", "3分の1", "quantity", relation="fraction"),
]

FREQUENCY = [
    row("freq-shuu-ni-3kai", "朝の薬を週に3回飲み忘れています。", "週に3回", "frequency",
        amount=3.0, unit="回", relation="per", per="週"),
    row("freq-shuu-ni-3kai-hodo", "朝の薬が週に3回ほど飲み忘れられています。", "週に3回ほど", "frequency",
        amount=3.0, relation="per", per="週", approximate=True),
    row("freq-1nichi-2kai", "1日2回服用されています。", "1日2回", "frequency", amount=2.0, unit="回", relation="per", per="日"),
    row("freq-fullwidth-1nichi-2kai", "１日２回服用されています。", "１日２回", "frequency", amount=2.0, relation="per", per="日"),
    row("freq-yakan-3kai", "夜間3回トイレに起きられます。", "夜間3回", "frequency", amount=3.0, relation="per", per="夜間"),
    row("freq-maiban", "毎晩21時に就寝されます。", "毎晩", "frequency", relation="every"),
    row("freq-maishokuzen", "毎食前に血糖を測定しています。", "毎食前", "frequency", relation="every"),
    row("freq-3jikan-oki", "3時間おき、体位交換をしています。", "3時間おき", "frequency",
        amount=3.0, unit="時間", relation="interval"),
    row("freq-3jikan-oki-ni", "3時間おきに体位交換をしています。", "3時間おき", "frequency",
        amount=3.0, unit="時間", relation="interval"),
    row("freq-1kai-no-shokuji", "1回の食事で2〜3回むせています。", "1回の食事で2〜3回", "frequency",
        amount=2.0, max=3.0, unit="回", relation="per", per="回の食事"),
    row("freq-kanji-tsuki-nikai", "月二回、飲み忘れがあります。", "月二回", "frequency", amount=2.0, relation="per", per="月"),
    row("freq-kanji-juusuukai", "昨夜はトイレに十数回起きられました。", "十数回", "frequency",
        amount=11.0, max=19.0, unit="回", approximate=True),
    row("freq-range-2-3kai", "これまでに2〜3回、自宅で転ばれています。", "2〜3回", "frequency",
        amount=2.0, max=3.0, unit="回", relation="count"),
    row("freq-range-yakan", "夜間2〜3回トイレに起きられます。", "夜間2〜3回", "frequency",
        amount=2.0, max=3.0, relation="per", per="夜間"),
    row("freq-3kai-hodo", "昼食中に3回ほどむせました。", "3回ほど", "frequency", amount=3.0, approximate=True),
    row("freq-3ka-ni-1kai", "排便は3日に1回です。", "3日に1回", "frequency", amount=1.0, relation="per", per="3日"),
]

CASES = TIME + QUANTITY + FREQUENCY


def _period(p):
    return p[1:] if isinstance(p, str) and p[:1] in ("1", "一", "１") else p


@pytest.mark.parametrize(("sentence", "text", "kind", "value"), CASES)
def test_element(checker, sentence, text, kind, value):
    report = checker.check(sentence)
    start = sentence.index(text)
    end = start + len(text)
    overlapping = [e for e in report.elements if e.start < end and start < e.end]
    assert [(e.kind, e.text) for e in overlapping] == [(kind, text)], (
        f"expected one {kind} element {text!r}; got {[(e.kind, e.text) for e in report.elements]}"
    )
    el = overlapping[0]
    assert (el.start, el.end) == (start, end)
    for key, want in value.items():
        got = el.value.get(key)
        if key == "per":
            assert _period(got) == _period(want), f"per: {got!r} != {want!r}"
        elif isinstance(want, float):
            assert got == pytest.approx(want), f"{key}: {got!r} != {want!r} in {el.value}"
        else:
            assert got == want, f"{key}: {got!r} != {want!r} in {el.value}"


def test_blood_pressure():
    """140/85mmHg is one quantity; 85 is the diastolic value, not the top of a range."""
    report = vaguecheck.check("本日の測定値は140/85mmHgでした。")
    qty = [e for e in report.elements if e.kind == "quantity"]
    assert [e.text for e in qty] == ["140/85mmHg"]
    value = qty[0].value
    assert value["amount"] == 140.0 and value["unit"] == "mmHg"
    assert 85.0 in [v for v in value.values() if isinstance(v, float)]


def test_blood_pressure_is_not_a_range():
    (el,) = [e for e in vaguecheck.check("本日の測定値は140/85mmHgでした。").elements if e.kind == "quantity"]
    value = el.value
    assert value["max"] is None or value["max"] >= value["amount"]


RANGE_SENTENCES = [
    "夜間2〜3回トイレに起きられます。", "1回の食事で2〜3回むせています。", "昨夜はトイレに十数回起きられました。",
    "2~3日前から咳が出ています。", "主食は3〜4割です。", "体重が1〜2kg減りました。",
]


@pytest.mark.parametrize("sentence", RANGE_SENTENCES)
def test_range_upper_end_not_below_amount(sentence):
    for el in vaguecheck.check(sentence).elements:
        if el.value.get("max") is not None:
            assert el.value["max"] >= el.value["amount"], (el.text, el.value)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        pytest.param("ご飯は十分に食べています。", "十分", id="juubun-ni"),
        pytest.param("十分な水分が取れていません。", "十分", id="juubun-na"),
        pytest.param("長女と一緒に来院されました。", "一緒", id="issho-ni"),
        pytest.param("一時的に血圧が上がりました。", "一時", id="ichijiteki-ni"),
        pytest.param("何度も同じことを聞かれます。", "何度", id="nandomo"),
        pytest.param("一度も転倒していません。", "一度", id="ichido-mo"),
        pytest.param("一部介助で入浴されています。", "一部", id="ichibu"),
        pytest.param("数日前から咳が出ています。", "数日前から", id="suujitsu-vague"),
        pytest.param("一人でトイレに行かれました。", "一人", id="hitori"),
    ],
)
def test_not_an_element(checker, sentence, word):
    """Words written with numerals that are not times, amounts or frequencies."""
    report = checker.check(sentence)
    start = sentence.index(word)
    end = start + len(word)
    hits = [(e.kind, e.text) for e in report.elements if e.start < end and start < e.end]
    assert hits == [], f"{word!r} read as an element: {hits}"


def test_elements_sorted_and_disjoint():
    text = "5月12日午後3時ごろ、体温38.2℃、血圧140/85mmHg。1日2回、毎食後に服用。夜間3回、3時間おきに起きられます。"
    els = vaguecheck.check(text).elements
    assert [e.start for e in els] == sorted(e.start for e in els)
    for a, b in zip(els, els[1:], strict=False):
        assert a.end <= b.start, (a.text, b.text)
    kinds = {e.text: e.kind for e in els}
    assert kinds.get("5月12日") == "time" and kinds.get("38.2℃") == "quantity"
    assert kinds.get("1日2回") == "frequency" and kinds.get("毎食後") == "frequency"


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "amount", "unit"),
    [
        ("半年前から物忘れがあります。", "time", "半年前から", 0.5, "年"),
        ("朝食前の血糖値が180mg/dlと高いです。", "quantity", "180mg/dl", 180.0, "mg/dl"),
        ("脈拍が1分間に110回と速いです。", "frequency", "1分間に110回", 110.0, "回"),
        ("脈拍は112回/分です。", "quantity", "112回/分", 112.0, "回/分"),
    ],
)
def test_half_units_and_rates(sentence, kind, text, amount, unit):
    (el,) = vaguecheck.check(sentence).elements
    assert (el.kind, el.text, el.value["amount"], el.value["unit"]) == (kind, text, amount, unit)


def test_month_then_count_is_a_date_and_a_count():
    els = [(e.kind, e.text) for e in vaguecheck.check("10月に2回、11月に3回、自宅内で転倒されました。").elements]
    assert els == [("time", "10月"), ("frequency", "2回"), ("time", "11月"), ("frequency", "3回")]
