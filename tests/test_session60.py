"""Session 60: details and red flags from blind217-219's first runs and the rated packets of blind141-219
(docs/evaluation.md): a worry's degree and a time said as a predicate are details of a message; a red flag told as not
come back since (あれから一度も出ていない), followed up under a report's title (…のその後), counted over a stretch (重複服用が
1回) is no red flag now; an occasion the sentence before told (その際に) is no plan; a fall beside a wrist out of shape,
or before 立ち上がれません, is a red flag; a value asked for by name, or sent by FAX, is a clear ask.  Each with what
must stay as it was."""

from __future__ import annotations

import pytest

from vaguecheck.checker import Checker

HEAD = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
TAIL = "\n何かあればご連絡ください。"
_CHECKER = Checker()


def _front(body: str) -> dict[str, bool]:
    """The words of each word-level finding of a message and whether it is in front (not a detail)."""
    report = _CHECKER.check(HEAD + body + TAIL)
    return {f.text: not f.secondary for f in report.findings if f.category not in ("purpose", "request", "urgency")}


def _urgent(body: str, ask: str = "\n本日中にご指示をいただけますでしょうか。") -> list[str]:
    outline = _CHECKER.check(HEAD + body + ask).outline
    assert outline is not None
    return [u.id for u in outline.urgent]


def _request(body: str) -> str | None:
    outline = _CHECKER.check(HEAD + "本日14:20、左手の箸が持てなくなりました。\n14:30に救急要請し、搬送予定です。\n" + body).outline
    return outline.request if outline else None


# ---------------------------------------------------------------- details of a message


@pytest.mark.parametrize(("body", "word"), [
    ("来週、胃カメラの検査があります。\nご本人は検査が少し不安なようで、「痛いのかな」と気にされています。", "少し"),
    ("来週、大腸の検査があります。\n前日から下剤を飲む必要があるそうですが、ご本人は一人で飲めるか少し不安そうです。", "少し"),
    ("ハルさん本人はすごく心配してて、夜もあんまり眠れてないみたいで。", "すごく"),
    ("ただ、なんとなく気になるようで、夜も少し眠りが浅いとおっしゃっていました。", "ようで"),
    ("腰の痛みは前からです。\nご本人も気にしてない様子です。", "てない様子です"),
])
def test_a_worrys_degree_is_a_detail(body: str, word: str) -> None:
    front = _front(body)
    assert word in front and not front[word]


@pytest.mark.parametrize(("body", "word"), [
    # low mood is no worry: its signs help the physician
    ("ご主人が入院されてから、えらい落ち込んどってです。", "えらい"),
    # a word tied to an observation asks for that observation
    ("足のむくみがちょっと気になります。", "ちょっと"),
    # a degree of what the worry is about, not of the worry
    ("奥様のことが心配で、夜あまり眠れていないようです。", "あまり"),
])
def test_a_degree_of_something_else_stays_in_front(body: str, word: str) -> None:
    front = _front(body)
    assert front.get(word) is True


@pytest.mark.parametrize(("body", "word"), [
    ("膝が痛いっていうのは相変わらずで、歩くのはゆっくりです。", "相変わらず"),
    ("右手が少し不自由ですけど、これも前からで、スプーンで食べています。", "前から"),
])
def test_a_time_said_as_the_predicate_is_a_detail(body: str, word: str) -> None:
    front = _front(body)
    assert word in front and not front[word]


@pytest.mark.parametrize(("body", "word"), [
    ("相変わらず足がむくんでいます。", "相変わらず"),
    ("前からふらつくことがあります。", "前から"),
])
def test_a_time_said_of_a_verb_stays_in_front(body: str, word: str) -> None:
    assert _front(body).get(word) is True


# ---------------------------------------------------------------- red flags


@pytest.mark.parametrize("body", [
    "こないだ夜中に胸がちょっと痛い言うてはった件、あれからいっぺんも出てへんらしいです。",
    "先日夜中に胸が痛いと言っていた件、あれから一度も出ていないそうです。",
    "先週、黒い便が出ましたが、その後は出ていません。",
])
def test_a_red_flag_not_come_back_since_is_none_now(body: str) -> None:
    assert _urgent(body) == []


@pytest.mark.parametrize(("body", "sign"), [
    # today's: it may be under way still
    ("今朝から胸が痛いと言っていて、それから一度も出ていないそうです。", "chest-pain"),
    # since then, something else is missing
    ("昨日胸が痛いと言っていて、それから食事が出ていないそうです。", "chest-pain"),
    # come back later in the report
    ("先週、黒い便が出ましたが、その後は出ていません。\n本日また黒い便が出ました。", "black-stool"),
])
def test_a_red_flag_told_today_or_again_stays(body: str, sign: str) -> None:
    assert sign in _urgent(body)


def test_a_red_flag_followed_up_under_the_title_is_past() -> None:
    body = "【ご報告】12/2の転倒（頭部打撲）のその後についてご報告します。\nその後、頭痛はありません。"
    assert _urgent(body, "\nよろしくお願いします。") == []


def test_todays_head_strike_under_a_report_title_stays() -> None:
    body = "【ご報告】本日12/12、転倒し頭部打撲。その後、嘔吐が2回あります。"
    assert "fall-head-strike" in _urgent(body, "\nよろしくお願いします。")


def test_a_double_dose_counted_over_days_is_a_tally() -> None:
    body = "12/1〜12/10の10日間で、朝食後薬の飲み忘れが4回、夕食後薬の重複服用が1回ありました。"
    assert _urgent(body, "\n一包化をご検討いただけますと幸いです。") == []


def test_the_occasion_told_before_is_no_plan() -> None:
    body = ("先日はデイサービスで餅つきをいたしました。\nただその際にお餅でむせてしまわれて、その日の夜からお熱が出て、"
            "痰がからんだ咳が続いているそうです。")
    assert "aspiration-signs" in _urgent(body)


@pytest.mark.parametrize("body", ["むせ込みが増えています。\nその際に熱が出たら、ご連絡いただくようお伝えしました。",
                                  "その際にむせて熱が出るようでしたら、ご連絡ください。"])
def test_the_occasion_of_a_plan_stays_a_plan(body: str) -> None:
    assert "aspiration-signs" not in _urgent(body)


@pytest.mark.parametrize("body", [
    "今朝、廊下で転んで右手をついたそうです。\n右の手首がかなり腫れていて、形が少しおかしいように見えます。\n痛みが強くて、右手は動かせない様子です。",
    "本日、自宅居間で転倒しました。\n自力で立ち上がれません。",
])
def test_a_fall_with_signs_of_a_fracture_is_a_red_flag(body: str) -> None:
    assert "fall-fracture-signs" in _urgent(body)


def test_standing_up_unaided_after_a_prevention_plan_is_no_fall() -> None:
    assert _urgent("転倒予防のため手すりをつけました。\n一人では立ち上がれません。") == []


# ---------------------------------------------------------------- requests


@pytest.mark.parametrize("ask", ["PT-INR値を教えてください。", "本日中に、直近の内服内容とPT-INR値を搬送先へFAXでご提供いただけますと幸いです。",
                                 "PT-INR値をFAXでお送りください。"])
def test_a_value_asked_by_name_or_sent_by_fax_is_a_clear_ask(ask: str) -> None:
    assert _request(ask) == "clear"


@pytest.mark.parametrize("ask", ["何かあればFAXでお送りください。", "よろしくお願いします。"])
def test_an_open_or_no_ask_stays_as_it_was(ask: str) -> None:
    assert _request(ask) in ("vague", "none")
