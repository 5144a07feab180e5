"""Session 52: what blind167 showed at its first run (145c4b4), and what its physician's rated packet showed.  A tarry
stool is its own red flag (not a fresh bleed, and not explained by iron), so a list's denial covers it; blood told as
赤っぽいのが混じってた in a vomit, a wrist bent after a fall; an injury followed by a quiet period counted from its own
noun (打撲後3週間、…ありません); a paper's delivery after it is made is part of its ask; a question about a need or a
leave broken off in a chat is one more ask; a symptom told as over, in the past, later in its sentence asks nothing.  An
event examined and found clear (…CTを受け、出血なしと診断いただいた件) was tried and withdrawn after the session's review:
its cases are among those that must stay red flags."""

from __future__ import annotations

import pytest

import vaguecheck
from _checks import urgent_ids

_HEAD = "さくら内科 佐藤先生\nいつもお世話になっております。\nケアマネの山本です。\n"
_ASK = "\n何かあればご指示ください。"


def _urgent(body: str) -> list[str]:
    return urgent_ids(_HEAD + body + _ASK)


# ---------------------------------------------------------------- tarry stool
@pytest.mark.parametrize("body", ["タール状の便、腹痛、嘔吐はありません。", "タール便、腹痛はありません。", "腹痛、タール便はありません。",
                                  "便は有形で1日1回です。タール状の便、腹痛、嘔吐はありません。"])
def test_a_tarry_stool_denied_in_a_list_is_no_red_flag(body):
    """blind167's calm trap: タール was a pattern of 出血（鮮血・大量・止まらない） that ended before 便, so the list's denial did
    not reach it."""
    assert _urgent(body) == []


@pytest.mark.parametrize("body", ["今朝から黒いタール状の便が2回あります。", "タールみたいな便が出ました。", "タール様便を認めます。",
                                  "鉄剤を飲んでいますが、タール状の便が出ました。"])
def test_a_tarry_stool_is_its_own_red_flag_and_iron_does_not_explain_it(body):
    got = _urgent(body)
    assert "tarry-stool" in got and "fresh-bleeding" not in got, got


def test_iron_still_explains_a_black_stool():
    assert _urgent("鉄剤を飲み始めてから便が黒色です。") == []


# ---------------------------------------------------------------- a quiet period counted from the event's noun
@pytest.mark.parametrize("body", [
    "1月6日に自宅で転倒して後頭部を打撲し、同日貴院で頭部CTを受け、出血なしと診断いただいた件の経過です。\n"
    "・打撲後3週間（1月27日まで）、頭痛・嘔吐・ふらつき・言葉のもつれはありません。\n・リバーロキサバン10mg 1日1回は継続しています。",
    "ワーファリン服用中の方で、12/2に転倒し後頭部を打撲しました。\n転倒後12/3〜12/12の10日間、頭痛・嘔吐はありません。",
    "ワーファリン服用中の方で、12/2に転倒し後頭部を打撲しました。\n打撲後3週間（1月27日まで）、頭痛・嘔吐・ふらつきはありません。",
])
def test_an_injury_followed_by_a_quiet_period_counted_from_it_is_no_red_flag(body):
    assert _urgent(body) == []


@pytest.mark.parametrize("body", [
    # (the session 52 review) a fall again after the quiet period, with no onset word of its own
    "ワーファリン服用中の方で、12/2に転倒し後頭部を打撲しました。\n転倒後10日間、頭痛・嘔吐はありません。\nまた転んで頭を打ったとのことです。",
    # something from today after the quiet period
    "ワーファリン服用中の方で、転倒し後頭部を打撲しました。\n転倒後3週間、頭痛・嘔吐はありません。\n本日、頭痛があります。",
    # a stay or an operation is not the event the sign's sentence told
    "胸が痛いと言っています。\n退院後2週間、特に変化はありません。",
    "黒い便が出ています。\n退院後1か月、体調に変化はありませんでした。",
    # a rate, not a span
    "ワーファリン服用中で、転倒し頭を打ちました。\n転倒後は1日2回訪問して確認していますが、頭痛・嘔吐はありません。",
    # examined and found clear, withdrawn after the review: the examination need not cover the sign, nor be of now
    "この前、山田さんが胸が痛いって言って救急で行った件なんですけど\n病院で検査して心臓はなんともなかったそうです\nまた胸が痛いって言ってます",
    "胸の痛みが続いている件でご相談です。循環器で検査しても異常なしと言われています。",
    "便が真っ黒な件、血液検査で異常なしと言われたそうです。",
    "胸が痛いと言っています。膝のMRIで異常なしだった件、ご家族に伝えました。",
    "胸が痛いと言っています。先月の検査では心臓に異常なしと言われています。",
    "胸が痛いと言っています。受診して心電図は異常なしと言われましたが、まだ痛がっています。",
    "本日10時、転倒して後頭部を打撲。ワーファリン服用中。救急でCTを撮り出血なしとのことでしたが、その後嘔吐が2回ありました。",
    "昨日転倒して頭を打ちました。ワーファリン服用中です。病院で検査はしていません。",
    "12/13夜に居間で転倒し額を打撲、同日の救急外来で頭部CT異常なしでした。\nその後2時間、頭痛はなし。",
    "転倒後3日間、痛くて立てません。",  # a period since the fall, and no denial
])
def test_what_must_stay_a_red_flag(body):
    assert _urgent(body) != []


# ---------------------------------------------------------------- new wordings of red flags
@pytest.mark.parametrize("body,sign", [
    ("今朝、洗面器に吐いたのがあって、赤っぽいのが混じってたって。", "hematemesis"),
    ("今日の昼、転んで右手をついたそうです。\n右手首が腫れてきて、少し曲がっているように見えるとデイの看護師さんが言っています。",
     "fall-fracture-signs"),
])
def test_blind167_red_flags_in_plain_words(body, sign):
    assert sign in _urgent(body)


@pytest.mark.parametrize("body", ["吐いたものに赤いものは混じっていませんでした。", "先週転倒されましたが、腫れはなく、手首も曲がっていません。",
                                  "腰が曲がっていて、杖で歩かれています。", "昨日転倒されました。足首がまだ曲がりにくいそうです。",
                                  "転倒後のリハビリで、足首がよく曲がるようになりました。", "転倒の不安があるため、足首が曲がる装具を検討しています。",
                                  "吐いたのがあって、赤っぽいのが混じってたけど、夕食の人参でした。",
                                  "たばこはタール1mgのものを吸っています。", "道路のタールで靴が汚れました。"])
def test_their_denials_and_look_alikes_are_not(body):
    assert _urgent(body) == []


# ---------------------------------------------------------------- requests
def _request(body: str) -> str | None:
    return vaguecheck.check(_HEAD + body).outline.request


def test_where_a_made_paper_goes_is_part_of_its_ask():
    """blind167's physician: "single clear request with deadline and FAX destination"."""
    body = ("本日午前に貴院受付へお電話でお伝えした件について、書面でお願い申し上げます。\n"
            "つきましては、2月1日からの訪問看護指示書を、1月29日までにご作成いただけますでしょうか。\n"
            "作成後はステーション（FAX 0178-XX-XXXX）へ直接お送りいただけますと幸いです。")
    assert _request(body) == "clear"


def test_an_ask_for_more_of_a_medicine_is_clear():
    assert _request("腰が痛いそうです。\n次の受診のときに、湿布を多めに出していただけますか。") == "clear"


def test_questions_broken_off_in_a_chat_are_more_asks():
    body = ("相談とお願いです\nあと娘さんが施設の申し込みしたいらしく、診断書いりますかね\nそれから、足のむくみがちょっとあるかもって\n"
            "息子さんが眼科にも連れて行きたいそうで、紹介状いるかどうか\nよろしくお願いします")
    assert _request(body) == "unordered"
    # one question broken off after one ask is two things, not a jumble
    assert _request("湿布を出していただけますか。\n紹介状いるかどうか") != "unordered"


@pytest.mark.parametrize("third", ["先週処方が変わったせいかな", "受診の時に伝え忘れたかな", "薬局で処方の変更があったとか",
                                   "昨日の受診で何か言われたのか", "本人は入院したほうがいいのかな"])
def test_a_musing_or_hearsay_broken_off_is_no_ask(third):
    """The session 52 review: wondering about a cause, the writer's own doubt, hearsay."""
    assert _request(f"湿布を出してもらえますか。\n眠剤も出してもらえますか。\n{third}") != "unordered"


def test_a_delivery_sentence_that_asks_more_is_one_more_ask():
    body = ("主治医意見書の作成をお願いいたします。\n作成後に居宅へFAXいただく際、ご家族への説明もお願いできますか。\n"
            "眠剤の処方もお願いします。")
    assert _request(body) == "unordered"


# ---------------------------------------------------------------- a symptom over later in its sentence
def _missing(body: str) -> list[str]:
    return [f.text for f in vaguecheck.check(_HEAD + body).findings if f.missing]


@pytest.mark.parametrize("body", ["先週、腹痛がありましたが、翌日には治まりました。",
                                  "年末にふらつきがあり、アムロジピンを減らしていただいた後は、ふらつきはなくなったとのことです。",
                                  "咳が出ていましたが、消失しました。",
                                  "この間の日曜日、お腹痛いって言ってたんですけど\n次の日にはもう治ったみたいで、ケロッとしてます"])
def test_a_symptom_over_later_in_its_sentence_asks_nothing(body):
    """blind167's physician: "pain intensity of a resolved episode is not needed"."""
    assert _missing(body) == []


@pytest.mark.parametrize("body", ["腹痛がありましたが、まだ治まっていません。", "腹痛がありますが、薬を飲むと治まります。",
                                  "腹痛がありましたが、治まったかどうかは分かりません。", "腹痛がありましたが、治まったら連絡します。",
                                  "昨日腹痛がありましたが、今朝から頭痛が出て、治まりません。",
                                  # a state every morning, not an episode over; and what is gone is another thing
                                  "朝起きたときに手のひらがむくんでいるとご本人が話しており、指輪が外れにくくなったとのことですが、"
                                  "昼過ぎにはおさまっているらしいです。",
                                  "以前から両膝の痛みを訴えておられましたが、このところは階段の昇り降りもつらそうで、外出の機会もほとんど"
                                  "なくなってしまいました。",
                                  # (the session 52 review) relieved by a means, a spell that comes back, one still under way
                                  "夜間に咳き込んでいましたが、頓服を飲むと治まっています。", "腹痛がありましたが、横になったら治まっていました。",
                                  "腹痛がありましたが、治まったがまた出てきたとのことです。",
                                  "頭痛がありましたが、薬で治まりました。ただ、毎日のように出ています。",
                                  "めまいがしていましたが、横になって治まったそうです。週に3回くらいあるようです。",
                                  "発熱がありましたが、解熱剤で一時的に下がりました。", "頭痛がありましたが、治ってきています。"])
def test_a_symptom_not_over_is_still_asked(body):
    assert _missing(body) != []


# ---------------------------------------------------------------- blind168 (first run at 79ecd78)
@pytest.mark.parametrize("body", ["急に飲み込めなくなったら、すぐにご連絡します。", "急に立てなくなったら、すぐにご連絡します。",
                                  "胸が痛くなったら、すぐにご連絡します。", "息が苦しくなったら、電話するように言われています。"])
def test_a_sign_as_the_condition_of_a_promised_call_is_a_plan(body):
    """A promise for then, told in the non-past (blind168's good examples of a new sign showed the gap for every sign)."""
    assert _urgent(body) == []


@pytest.mark.parametrize("body", ["今朝から胸が痛くなったら、救急車を呼びました。", "胸が痛くなったので、すぐにご連絡します。",
                                  "本日10時、息が苦しくなったら、SpO2が86%でしたので、ご連絡します。",
                                  "夜中に胸が苦しくなったら、冷や汗も出て、救急車を呼びました。",
                                  # (the session 52 review) a state told before the call, or an onset, tells what happened
                                  "夜中に胸が痛くなったら、なかなか治まらず、今も続いているので、ご連絡します。",
                                  "夕方から息が苦しくなったら、今も続いてて、救急車呼ぶか迷ってます。",
                                  "トイレで転んで頭を打ったら、ぼーっとしているので受診します。",
                                  "ベッドから落ちて頭を打ったら、吐いてしまい、今から救急搬送します。",
                                  "急に胸が痛くなったら、横になっていても治まらないので、ご報告です。",
                                  "ご飯のあと血を吐いたら、まだ止まらないので救急車を呼びます。",
                                  "夕方、息が苦しくなったら、SpO2が85%で、すぐに救急車を呼びます。",
                                  "10時から胸が痛くなったら、すぐにご連絡します。"])
def test_a_sign_that_happened_before_the_call_stays(body):
    assert _urgent(body) != []


def test_a_sudden_loss_of_the_swallow_is_a_red_flag():
    body = ("【至急・ご相談】昨夕からの急な嚥下困難について、本日中の診察をお願いします。\n"
            "12月11日 18時の夕食時から、水分・食物・錠剤が飲み込めず、口から出してしまう状態です。\n昨夕からの水分摂取は0mLです。")
    assert "sudden-dysphagia" in _urgent(body)
    assert _urgent("以前から飲み込みが悪く、とろみをつけています。") == []


# ---------------------------------------------------------------- blind167/168 packets
@pytest.mark.parametrize("body,words", [
    ("最近眠れないってずーっと言ってて、もう聞いてるこっちまで眠れなくなりそうです笑", "なりそう"),  # the writer's own
    ("デイサービスで水分を多めにとるよう声かけをお願いしました。", "多め"),  # advice, not intake
    ("水分を多めに摂取するよう、ご家族に伝えました。", "多め"),
])
def test_what_is_not_the_persons_state(body, words):
    found = [f.text for f in vaguecheck.check(_HEAD + body).findings if f.category not in ("purpose", "request", "urgency")]
    assert all(words not in t for t in found), found


@pytest.mark.parametrize("body,words", [("ご本人は眠れなくなりそうと言っています。", "なりそう"), ("最近は水分を多めにとっています。", "多め"),
                                        ("多めにとるようにしていますが、尿が少ないです。", "多め")])
def test_the_persons_state_is_still_read(body, words):
    found = [f.text for f in vaguecheck.check(_HEAD + body).findings if f.category not in ("purpose", "request", "urgency")]
    assert any(words in t for t in found), found


# ---------------------------------------------------------------- blind169 (first run at 819c0d2)
def test_medicines_all_taken_is_adherence_not_suicidal_talk():
    assert _urgent("・お薬は全部飲めたと施設から聞いています。") == []
    assert "suicidal-talk" in _urgent("「薬を全部飲んだら楽になれるかな」と話されました。")
    assert "suicidal-talk" in _urgent("「薬をまとめて飲めば楽になる」と言っています。")


def test_a_bracket_telling_what_a_weakness_keeps_from_being_done_denies_nothing():
    assert "stroke-signs" in _urgent("12/6 10:30、デイサービス到着時に右口角の下垂と右上肢の脱力（コップを持てない）が見られました。")
    assert _urgent("右上肢の脱力（なし）。") == []  # a bracket that only holds the denial still denies


def test_an_ask_pointing_to_its_listed_items_is_clear():
    body = ("残薬は約2週間分あります。\nつきましては、以下2点をお願いできますでしょうか。\n1. 訪問薬剤管理指導の開始指示を12月13日までに\n"
            "2. 次回12/11の受診時に、昼の服薬を朝・夕にまとめられるかのご検討\nよろしくお願いいたします。")
    assert _request(body) == "clear"
    # with nothing below that names an action, it stays vague
    assert _request("残薬は約2週間分あります。\nつきましては、以下の点をお願いできますでしょうか。\nよろしくお願いいたします。") == "vague"


@pytest.mark.parametrize("body,urgent", [
    ("転んだけど、足首はよく曲がってるし、歩けてます。", False),  # a joint that bends, not a bent one
    ("昨日転倒されましたが、手首はちゃんと曲がっていて、痛みもありません。", False),
    ("昨日の夕方に玄関の前で滑って手をついたみたいで、左の手首がなんか腫れてて、ちょっと曲がってるっぽいです。", True),
    ("滑ってお尻をついてしまい、痛くて立てません。", True),
    ("胃ろうから1日1200mL注入しており、経口からの水分摂取は0mLです。", False),  # tube-fed: nothing by mouth
    ("パーキンソン病で、錠剤は急に飲み込めないことがあるため、粉砕をお願いしたいです。", False),
    ("昨夜から急に唾も飲み込めなくなりました。", True),
])
def test_the_session_reviews_probes(body, urgent):
    assert bool(_urgent(body)) == urgent, _urgent(body)


@pytest.mark.parametrize("body,words", [("低血糖が今日いくつかあって、補食で対応しています。", "いくつか"),
                                        ("腕と足で、いくつかあって、青あざが。", "いくつか"),
                                        ("ご本人は、このままでは自分まで倒れそうだと言っています。", "倒れそう")])
def test_counts_and_the_persons_own_words_are_still_read(body, words):
    found = [f.text for f in vaguecheck.check(_HEAD + body).findings if f.category not in ("purpose", "request", "urgency")]
    assert any(words in t for t in found), found
