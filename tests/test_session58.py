"""Session 58: suggestions that fit what was written (issue #11), from the physicians' ratings of blind175–198's
packets: a count asked again right after an entry that already asks it, western よう of 'well', a cause guessed; and the
report level from blind199-201's first runs (docs/evaluation.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck._output import phrase_groups

HEAD = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"


def _groups(text: str) -> list[list[vaguecheck.Finding]]:
    full = HEAD + text
    front = [f for f in vaguecheck.check(full).findings if not f.secondary]
    return phrase_groups(front, full)


def _entry_of(groups: list[list[vaguecheck.Finding]], words: str) -> list[vaguecheck.Finding]:
    return next(g for g in groups if any(f.text == words for f in g))


# ---------------------------------------------------------------- a count asked again


@pytest.mark.parametrize(("text", "earlier", "again"), [
    # the next sentence, naming no observation (blind198-53)
    ("石原 タケさん、最近また便秘気味だそうです。\n3〜4日出ないこともあるみたいで、お腹が張ると言っています。\nご指示をお願いします。",
     "便秘気味", "こともある"),
    # the medicine's entry asks how often it is forgotten (blind198-38)
    ("西川さんですが、この前訪問したら薬がけっこう余ってました。\n夜の薬を忘れることがあるみたいです。\nご指示をお願いします。",
     "余っ", "ことがある"),
    # in the sentence of the entry (blind183-31)
    ("吉田 ミヨさん、便秘がずっと続いてはって、4日出てへんこともあるみたいです。\nご指示をお願いします。", "ずっと", "こともある"),
])
def test_a_frequency_word_that_asks_the_entry_before_again_goes_under_it(text: str, earlier: str, again: str) -> None:
    groups = _groups(text)
    entry = _entry_of(groups, earlier)
    assert again in [f.text for f in entry]
    assert entry[0].text != again  # the entry's own finding heads it
    assert sum(len(g) for g in groups) == len([f for f in vaguecheck.check(HEAD + text).findings if not f.secondary])


@pytest.mark.parametrize(("text", "again"), [
    # the entry before asks no count (a meal's amount): the frequency stands alone
    ("食事はまあまあ食べられています。\nデイは休みがちです。\nご指示をお願いします。", "がち"),
    # three sentences later: another matter
    ("石原 タケさん、最近また便秘気味だそうです。\n食事は全量です。\n水分は1日1000mlです。\n歯医者は来週です。\n"
     "夜中にトイレに起きることもあるみたいです。\nご指示をお願いします。", "こともある"),
    # an observation of its own in its entry (めまい): its own questions
    ("石原 タケさん、最近また便秘気味だそうです。\n時々めまいがすることもあります。\nご指示をお願いします。", "時々"),
])
def test_a_frequency_word_of_another_matter_keeps_its_own_entry(text: str, again: str) -> None:
    groups = _groups(text)
    assert _entry_of(groups, again)[0].text == again


def test_a_pulse_rate_is_no_count_asked() -> None:
    # 脈拍は何回／分ですか？ asks a rate, not how often something happens
    from vaguecheck._output import _HOW_OFTEN
    assert not _HOW_OFTEN.search("脈拍は何回／分ですか？")
    assert _HOW_OFTEN.search("何日に1回出ていますか？") and _HOW_OFTEN.search("週に何回飲み忘れていますか？")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["3〜4日出ないこともあるみたいです。", "夜の薬を忘れることがあります。", "時々むせています。"]),
       st.integers(min_value=0, max_value=3))
def test_grouping_keeps_every_finding_once(second: str, gap: int) -> None:
    text = HEAD + "最近また便秘気味だそうです。\n" + "食事は全量です。\n" * gap + second + "\nご指示をお願いします。"
    front = [f for f in vaguecheck.check(text).findings if not f.secondary]
    groups = phrase_groups(front, text)
    listed = [f for g in groups for f in g]
    assert sorted(listed, key=lambda f: (f.start, f.rule)) == sorted(front, key=lambda f: (f.start, f.rule))


# ---------------------------------------------------------------- western よう of 'well'


@pytest.mark.parametrize("text", ["ほんでもお茶はよう飲んではります。", "ご飯よう食べはるわ。", "夜はよう寝とるわ。",
                                  "デイではよう喋らはるそうです。"])
def test_western_you_before_eating_drinking_sleeping_or_talking_is_well(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.rule == "VC401"]


@pytest.mark.parametrize("text", ["ようこけはるんですわ。", "お薬よう飲み忘れてあるわ。", "咳ようしとるし、痰も絡んどる。",
                                  "機嫌がいい日はよく話されます。", "一時はよく笑っておられたのですが。"])
def test_western_you_before_a_thing_that_happens_stays_often(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.rule == "VC401"]


# ---------------------------------------------------------------- a cause guessed


def _secondary(text: str, rule: str) -> list[bool]:
    full = HEAD + "佐藤 花子様の件でご報告です。\n" + text + "\nご指示をお願いします。"
    return [f.secondary for f in vaguecheck.check(full).findings if f.rule == rule]


@pytest.mark.parametrize("text", ["足のかゆみが続いています。寒くなったせいかもしれないですね。",
                                  "湿疹が出ています。洗剤を変えたからかもしれんし、よくわかりません。",
                                  "食欲が落ちています。疲れのためかもしれません。"])
def test_a_cause_guessed_is_a_detail(text: str) -> None:
    assert _secondary(text, "VC203") == [True]


@pytest.mark.parametrize("text", ["体重も落ちたかもしれません。", "夜も眠れていないのかもしれません。", "熱が昨日からかもしれません。"])
def test_a_guess_of_the_state_itself_stays_in_front(text: str) -> None:
    assert _secondary(text, "VC203") == [False]


# ---------------------------------------------------------------- red flags and purposes of blind199-201's first runs


def _urgent(body: str) -> list[str]:
    return [u.id for u in vaguecheck.check(HEAD + "佐藤 花子様の件です。\n" + body + "\n何かあればお願いします。").outline.urgent]


@pytest.mark.parametrize("body", [
    # a dated event followed by a quiet period told later (blind199-07, blind200-52)
    "11/28 22時頃に胸の痛みを訴え、救急外来を受診されました。\n心電図で異常なく、逆流性食道炎の診断でした。\n11/29〜12/5の7日間、胸痛の再発はありません。",
    "10月5日の血尿は膀胱炎と診断され、治療済みです。\n以後12月20日まで血尿は0回です。\nバイアスピリンを服用中です。",
    # a month's count of zero (blind200-07)
    "胸痛・胸部圧迫感の訴えは11月中0回でした。",
    # since then, told by the family (blind201-51)
    "先月の低血糖のあと、お薬が変わりました。\n冷や汗とかも、あれからはないとご家族が言っていました。",
])
def test_a_red_flag_past_and_quiet_since_is_none(body: str) -> None:
    assert _urgent(body) == []


@pytest.mark.parametrize(("body", "sign"), [
    # a quiet period with no length: still today's matter (blind113)
    ("11/28にコーヒーのかすのようなものを吐きました。\nその後は吐いていません。", "coffee-ground-vomit"),
    # today's event, however quiet since
    ("本日11/28 7時に胸の痛みを訴えられました。\n以後3日間、胸痛の再発はありません。", "chest-pain"),
    # a fall whose time is not known (blind201-02)
    ("ヘルパーが居間で倒れているのを見つけました。\nいつ転んだかは本人もはっきりしないとのこと。\n左の足の付け根を痛がっていて、自分では立てない状態です。",
     "fall-fracture-signs"),
    # only once since morning (しか…ない) beside a dry mouth (blind201-08)
    ("今日訪問したら口の中がカラカラでした。\nおしっこも朝から1回しか出てへんと娘さん言うたはりました。", "dehydration-signs"),
    # Kansai honorific before the negation (blind201-20)
    ("昨日のお昼からごはんも水もほとんど口にしはらへんと、お嫁さんから連絡ありました。", "no-fluid-at-all"),
    # no response to a call, in Hokuriku speech (blind199-54)
    ("北野さん、朝から呼んでもあんまり反応せんがやって。", "weak-response"),
    # from blind202-204's first runs
    # a visit's record is no plan (訪問看護時：, blind202-37)
    ("本日12/16 8:00頃から安静時にも息切れがあります。\n10:30訪問看護時：SpO2 89%（12/14は97%）、脈拍 118回/分です。", "low-spo2"),
    # Tottori and Mie negations of drinking (blind203-36, blind202-51); Tohoku ねぇ was withdrawn (飲んでねぇ is also a request)
    ("尾崎のおじいちゃん、おとといから水もご飯もほとんど口にしとられんみたいです。", "no-fluid-at-all"),
    ("水もほとんど飲まやんのです。", "no-fluid-at-all"),
    # a slow pulse beside a dizzy ふわふわ
    ("今日の脈は42で、朝からふわふわすると言っています。", "slow-pulse-dizzy"),
    # a black stool told with an adverb and した between (blind204-03)
    ("今朝ヘルパーさんから、トイレに黒っぽいベタっとした便が出とったと連絡がありました。\nバイアスピリンを飲んでおられます。", "black-stool"),
    # the caller named with が right before the call: the weak response is the patient's (blind204-44)
    ("今朝は娘さんが声をかけても目をあまり開けず、返事もうーんと言うだけだったそうです。", "weak-response"),
    # a follow-up dates only the dated sign before it that the sentence reports (the session 58 review)
    ("退院以降のご様子：黒い便が出ています。", "black-stool"),
    ("転倒以降のご様子：左股関節を痛がって立てません。", "fall-fracture-signs"),
    ("胸の痛み（左胸、締め付け）は先月より強いそうです。", "chest-pain"),
])
def test_a_red_flag_still_read(body: str, sign: str) -> None:
    assert sign in _urgent(body)


def test_a_list_with_toka_denied_stays_denied() -> None:
    # とか is no embedded question (the gold reports' b105-27, b110-46)
    assert _urgent("その後、脈は76で、胸の痛みとか動悸はないって言うてはります。") == []


@pytest.mark.parametrize("first", ["相談ながやけど", "相談なんやけど", "ちょっと相談なんだけど", "【至急】岡本 健一様 けいれんの件"])
def test_a_purpose_in_speech_or_an_urgent_subject_line(first: str) -> None:
    text = first + "\n北野さん、朝から熱が38.5℃あります。\n食事は半分です。\n受診が必要か教えてください。"
    assert vaguecheck.check(text).outline.purpose is not None


def test_an_urgent_label_alone_states_no_purpose() -> None:
    text = "【至急】\n北野さん、朝から熱が38.5℃あります。\n食事は半分です。\n受診が必要か教えてください。"
    assert vaguecheck.check(text).outline.purpose is None


@pytest.mark.parametrize("text", ["転んだとかは聞いとらんです。", "転倒したとは聞いていません。", "転んだという話は聞いていません。"])
def test_an_event_not_heard_of_is_asked_nothing(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.category.startswith("missing-")]


def test_an_event_heard_of_is_still_asked() -> None:
    assert [f for f in vaguecheck.check("転んだと聞きました。").findings if f.category.startswith("missing-")]


# ---------------------------------------------------------------- a topic presented, then what became of it


@pytest.mark.parametrize("text", ["仙骨部の褥瘡ですが、訪問看護さんの処置のおかげで、12月に入ってきれいに治ったそうです。",
                                  "転倒の件ですが、その後はありません。"])
def test_a_presented_topic_whose_sentence_ends_in_its_resolution_is_asked_nothing(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.category.startswith("missing-")]


@pytest.mark.parametrize("text", ["発熱ですが、一度下がりましたが、また上がっています。", "褥瘡ですが、少し大きくなっています。",
                                  "咳ですが、夜だけ出ます。"])
def test_a_presented_topic_still_going_is_still_asked(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.category.startswith("missing-")]



@pytest.mark.parametrize("text", ["最近、昼間からよう寝とられて、声かけてもすぐ寝てしまわはります。", "お酒をよう飲んではるみたいで、昼から顔が赤いです。"])
def test_western_you_of_sleeping_much_by_day_or_drinking_alcohol_stays_often(text: str) -> None:
    assert "VC401" in {f.rule for f in vaguecheck.check(text).findings}


# ---------------------------------------------------------------- red flags from blind202-204's first runs


def test_a_low_told_in_brackets_of_the_event_a_follow_up_is_about_is_past() -> None:
    # 11/8の低血糖（血糖 52mg/dL、貴院で対応済み）以降の経過 (blind202-40): the brackets' comma ends no clause
    assert _urgent("11/8の低血糖（血糖 52mg/dL、貴院で対応済み）以降の経過をご報告いたします。\n70mg/dL未満は0回です。") == []


def test_a_visit_is_no_plan_but_a_condition_still_is() -> None:
    assert _urgent("発熱時：SpO2 89%以下なら連絡をお願いしています。") == []


@pytest.mark.parametrize("body", [
    # a standing instruction is no record of a visit (the session 58 review)
    "訪問看護時：SpO2 88%以下→酸素2Lに増量し主治医へ報告。", "訪問介護時:SpO2 90%未満なら訪看へ連絡。", "次回訪問時：黒色便の有無を確認します。",
    # another person's double dose, or one another calls
    "同居の奥様が昨日、朝の薬を2回飲んでしまったとのことです。", "同室の方がスタッフが呼んでも反応しないため救急搬送され、ご本人は落ち着いています。",
    # Kansai affirmative やん; a dark scab is no stool; a fluffy quilt is no dizziness
    "ご飯はほとんど食べへんけど、お茶はよう飲むやん、と娘さんが言うてはりました。", "お尻に黒っぽいかさぶたがあり、便は普通便です。",
    "脈拍44回/分です。布団をふわふわのものに替えました。",
])
def test_what_the_review_of_the_second_round_found_stays_calm(body: str) -> None:
    assert _urgent(body) == []

