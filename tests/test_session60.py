"""Session 60: details and red flags from blind217-219's first runs and the rated packets of blind141-219
(docs/evaluation.md): a worry's degree and "as before" said as a predicate are details of a message; a dose taken twice
counted over a stretch (重複服用が1回) is a tally; an occasion the sentence before told (その際に) is no plan; a fall beside
a wrist out of shape is a red flag, and so is ごはんも水もよう飲み込まん; a value asked for by name is a clear ask.  Each
with what must stay as it was, and, from the session's review, what was withdrawn: "none since then"
(あれから一度も出ていない), a follow-up under a report's title (…のその後), 立ちあがれません beside any fall, and asks to send
by FAX or to ご提供 as clear.  From blind220-222: a neighbour's count of events (全8回参加) is no respiratory rate,
診てもらえないでしょうか is a clear ask, 何やったかな no hedge; withdrawn after the second review: a whole meal eaten as good news,
ちゃん/くん as another person, and an untied amount grouped under its sentence's entry.  From blind223-225, both withdrawn after
the third review: a groan only after a particle (for Hiroshima 赤うなっとる), and a quiet period told as heard."""

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


@pytest.mark.parametrize(("body", "word"), [("むくみが出始めたのは最近です。", "最近"), ("痩せてきたのはこの頃です。", "この頃"),
                                            ("足元が少し不安なようで、手すりにつかまって歩いています。", "少し")])
def test_when_it_began_and_an_unsteady_gait_stay_in_front(body: str, word: str) -> None:
    assert _front(body).get(word) is True


# ---------------------------------------------------------------- red flags


@pytest.mark.parametrize(("body", "sign"), [
    # "since then none" of another thing, or of the sign itself, or of a recent event (the session 60 review's probes)
    ("今も胸が痛いと言っていますが、冷や汗はあれから出ていません。", "chest-pain"),
    ("昨日から黒い便が続いていて、熱はあれから一度も出ていません。", "black-stool"),
    ("昼ごろから呼びかけへの反応が鈍くなり、その後一度も起きていません。", "consciousness"),
    ("30分前に吐血があり、その後は出ていません。", "hematemesis"),
    ("昨日の昼、急にろれつが回らなくなりましたが、あれから一度も出ていません。", "slurred-speech"),
    # a past one a later sentence tells again
    ("先週、黒い便が出ましたが、その後は出ていません。\n本日また黒い便が出ました。", "black-stool"),
])
def test_a_red_flag_said_not_to_have_come_back_since_stays(body: str, sign: str) -> None:
    # ("none since then" was tried and withdrawn: it read what the words after it were about, and when, too loosely)
    assert sign in _urgent(body)


def test_a_head_strike_followed_up_under_the_title_stays_beside_todays_vomiting() -> None:
    # (a report noun before the date as a follow-up was tried and withdrawn: today's vomiting after the strike)
    body = "【ご報告】12/11夜の転倒（頭部打撲）のその後です。\n今朝から2回吐いて、ぼんやりしています。"
    assert "fall-head-strike" in _urgent(body, "\nよろしくお願いします。")


def test_a_double_dose_counted_over_days_is_a_tally() -> None:
    body = "12/1〜12/10の10日間で、朝食後薬の飲み忘れが4回、夕食後薬の重複服用が1回ありました。"
    assert _urgent(body, "\n一包化をご検討いただけますと幸いです。") == []


@pytest.mark.parametrize(("body", "sign"), [("12/1〜12/7の7日間で、黒い便が3回ありました。", "black-stool"),
                                          ("この2週間で、吐血が2回ありました。", "hematemesis")])
def test_a_bleeding_counted_over_days_is_still_a_red_flag(body: str, sign: str) -> None:
    assert sign in _urgent(body)


def test_the_occasion_told_before_is_no_plan() -> None:
    body = ("先日はデイサービスで餅つきをいたしました。\nただその際にお餅でむせてしまわれて、その日の夜からお熱が出て、"
            "痰がからんだ咳が続いているそうです。")
    assert "aspiration-signs" in _urgent(body)


@pytest.mark.parametrize("body", ["むせ込みが増えています。\nその際に熱が出たら、ご連絡いただくようお伝えしました。",
                                  "その際にむせて熱が出るようでしたら、ご連絡ください。"])
def test_the_occasion_of_a_plan_stays_a_plan(body: str) -> None:
    assert "aspiration-signs" not in _urgent(body)


def test_a_fall_beside_a_wrist_out_of_shape_is_a_red_flag() -> None:
    body = "今朝、廊下で転んで右手をついたそうです。\n右の手首がかなり腫れていて、形が少しおかしいように見えます。\n痛みが強くて、右手は動かせない様子です。"
    assert "fall-fracture-signs" in _urgent(body)


@pytest.mark.parametrize("body", [
    "転倒予防のため手すりをつけました。\n一人では立ち上がれません。",
    # (立ち上がれません beside any fall was tried and withdrawn: a standing disability, the session 60 review)
    "昨日、転倒されましたが、すぐに立ち上がられました。\n片麻痺のため、普段から介助なしでは立ち上がれません。",
    "眼鏡のフレームが曲がって形がおかしいので、作り直しを考えています。",
])
def test_no_fracture_where_none_is_told(body: str) -> None:
    assert "fall-fracture-signs" not in _urgent(body)


@pytest.mark.parametrize(("body", "flagged"), [("昨日の昼から急にごはんも水もよう飲み込まんようになった言うてます。", True),
                                               ("ここ半年で、ご飯もお茶もよく飲み込めなくなってきました。", False)])
def test_kansai_you_of_not_at_all_and_standard_yoku_of_not_well(body: str, flagged: bool) -> None:
    assert ("swallow-lost" in _urgent(body)) is flagged


# ---------------------------------------------------------------- requests


@pytest.mark.parametrize("ask", ["PT-INR値を教えてください。", "直近のHbA1c値を教えていただけますか。"])
def test_a_value_asked_by_name_is_a_clear_ask(ask: str) -> None:
    assert _request(ask) == "clear"


@pytest.mark.parametrize("ask", ["何かあればFAXでお送りください。", "よろしくお願いします。", "何か気になる値があればご指示ください。",
                                 # (FAX, mail and ご提供 as clear were tried and withdrawn: the session 60 review)
                                 "ご確認のうえ、FAXにてご返信いただけますと幸いです。", "必要な情報をご提供いただけますでしょうか。",
                                 "ご意見をメールで送っていただけますか。"])
def test_an_open_or_no_ask_stays_as_it_was(ask: str) -> None:
    assert _request(ask) in ("vague", "none")


# ---------------------------------------------------------------- from blind220-222's first runs


@pytest.mark.parametrize(("body", "word"), [("ご飯は全部食べた後でむせることが多いみたいです。", "ことが多い"),
                                            ("全部食べ終わるまでにだいぶ時間がかかるみたいです。", "みたい")])
def test_a_complaint_beside_a_whole_meal_stays_in_front(body: str, word: str) -> None:
    # (a whole meal eaten as good news was tried and withdrawn: the session 60 review's complaints told after the meal)
    assert _front(body).get(word) is True


def test_a_neighbours_count_is_no_respiratory_rate() -> None:
    body = "・呼吸数：16〜20回/分、体温：36.2〜36.8℃\n・デイサービス（週2回：火・金）は全8回参加、入浴も実施"
    assert _urgent(body, "\nご参考までの情報提供ですので、ご返信は不要です。") == []


@pytest.mark.parametrize("body", ["呼吸が苦しそうです。\n1分間に30回くらいでした。", "呼吸は浅くて速いです。\n1分間数えたら、だいたい30回くらいでした。",
                                  "呼吸がゆっくりで、時々止まるようです。\n1分間に、数えたらたった6回でした。"])
def test_a_rate_in_the_next_sentence_is_still_read(body: str) -> None:
    # (only a count of events, 全8回, 週2回, is set aside: a window for 分 was too narrow, the session 60 review)
    assert "respiratory-rate" in _urgent(body)


@pytest.mark.parametrize(("body", "sign"), [("孫ちゃんが昨夜、急にろれつが回らなくなったと電話をくれました。", "slurred-speech"),
                                            ("孫くんが昨日、血を吐いたと慌てて連絡してきました。", "hematemesis")])
def test_a_red_flag_a_relative_phones_in_stays(body: str, sign: str) -> None:
    # (ちゃん, くん of another person was tried and withdrawn: the relative tells the patient's red flag)
    assert sign in _urgent(body)


@pytest.mark.parametrize(("text", "hedged"), [("あと何やったかな、白い小さい薬が残っています。", False),
                                              ("どこで転んだかな、膝にあざがあります。", True)])
def test_recalling_a_name_is_no_hedge_but_an_event_keeps_its_questions(text: str, hedged: bool) -> None:
    findings = _CHECKER.check(text).findings
    assert bool([f for f in findings if "たかな" in f.text or f.rule.startswith("VC6")]) is hedged


@pytest.mark.parametrize(("ask", "state"), [("今日中に一度診てもらえないでしょうか。", "clear"),
                                            ("何かあったら診てもらえないでしょうか。", "vague")])
def test_an_ask_to_be_seen_with_morau(ask: str, state: str) -> None:
    assert _request(ask) == state


# ---------------------------------------------------------------- from blind223-225's first runs


@pytest.mark.parametrize("body", ["お腹が痛いと言って一晩中うなりよったそうです。", "腹痛強く唸っている。", "頭痛あり唸っている。",
                                  "お腹を押さえて唸っています。"])
def test_a_groan_beside_a_pain_stays_a_red_flag(body: str) -> None:
    # (a groan only after a particle, an adverb or an auxiliary, against Hiroshima 赤う|なっ, was tried and withdrawn: the
    # session 60 review's groans after a suffix, an adjective, a verb stem or at a sentence's start)
    assert "severe-pain" in _urgent(body)


STRUCK = "11/20に自宅で転倒して頭をぶつけ、当日救急で頭部CTを撮り、異常なしと言われました。\n"


@pytest.mark.parametrize("after", [
    "その後2週間、悪化はないとは言えない状況です。",
    "その後2週間、頭痛の悪化はないと奥様はおっしゃっていますが、私が伺った際には嘔吐の跡があり、ふらつきも強い様子でした。",
    "その後3日間、頭痛はないと聞いていますが、嘔吐は1回ありました。",
])
def test_a_quiet_period_told_as_heard_does_not_end_the_head_strike(after: str) -> None:
    # (a quiet period told as heard ending the red flag was tried and withdrawn: what follows the verb of hearing, a
    # negated or other sense of it, or news after が、 were read as quiet; the session 60 review)
    assert "fall-head-strike" in _urgent(STRUCK + after, "\n次回受診時にご意見をください。")
