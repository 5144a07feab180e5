"""Session 65: misses and calm reports flagged in blind267-270's first runs, and what physicians rating the issue #11
packets of blind150-270 called unhelpful (a guess that the state is as usual, a blank status beside denied symptoms, an
example naming a patient the report only thanks for), each with what must stay as it was."""

from __future__ import annotations

import pytest

from vaguecheck.analyzer import analyze
from vaguecheck.checker import Checker

_CHECKER = Checker()
HEAD = "たるい内科 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
ASK = "\n本日中に受診の要否をご指示いただけますでしょうか。"
CLOSE = "\n以上、ご報告いたします。"


def _urgent(text: str) -> list[str]:
    outline = _CHECKER.check(text).outline
    assert outline is not None
    return [u.id for u in outline.urgent]


def _sides(line: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(front, details) of a report whose middle line is ``line``: (rule, words) of each word-level finding."""
    report = _CHECKER.check(HEAD + "定期訪問のご報告です。\n" + line + CLOSE)
    words = [f for f in report.findings if f.category not in ("purpose", "request", "urgency")]
    return ([(f.rule, f.text) for f in words if not f.secondary], [(f.rule, f.text) for f in words if f.secondary])


# ---------------------------------------------------------------- a guess that the state is as usual

@pytest.mark.parametrize(("line", "hedge"), [
    ("朝ごはんはいつも通り食べているみたいです。", "みたい"),
    ("ご飯は普段どおり食べとるみたいです。", "みたい"),
    ("歩行は以前と変わらないようです。", "ようです"),
])
def test_a_guess_that_the_state_is_as_usual_is_a_detail(line: str, hedge: str) -> None:
    front, details = _sides(line)
    assert ("VC202", hedge) in details and ("VC202", hedge) not in front


@pytest.mark.parametrize(("line", "hedge"), [
    ("いつも通りには食べられていないみたいです。", "みたい"),  # the usual denied
    ("食事は半分くらいしか食べていないみたいです。", "みたい"),  # no mark of the usual
    ("いつも通り歩いていますが、夜は眠れていないようです。", "ようです"),  # the mark is another clause's
])
def test_a_guess_at_a_change_stays_in_front(line: str, hedge: str) -> None:
    front, _ = _sides(line)
    assert ("VC202", hedge) in front


# ---------------------------------------------------------------- a blank status beside denied symptoms

@pytest.mark.parametrize("line", [
    "胸痛や息切れなどはないとのことで、ご本人は普段通り過ごされています。",
    "咳も熱もないし、いつも通りうどん食べよります。",
    "頭痛やめまいはなく、ご本人は普段通り過ごされています。",
])
def test_a_blank_status_beside_denied_symptoms_is_a_detail(line: str) -> None:
    front, details = _sides(line)
    assert any(rule == "VC103" for rule, _ in details) and not any(rule == "VC103" for rule, _ in front)


@pytest.mark.parametrize("line", [
    "胸痛はなく、血圧とかは特に変わりないみたいです。",  # a vital sign named, its value asked
    "胸痛はなく、血圧も安定しているとのことでした。",
])
def test_a_blank_status_of_a_vital_sign_stays_in_front(line: str) -> None:
    front, _ = _sides(line)
    assert any(rule == "VC103" for rule, _ in front)


# ---------------------------------------------------------------- the patient an example names

def test_the_example_names_the_patient_not_one_the_report_thanks_for() -> None:
    text = ("いつもお世話様です。ケアマネの飯島です。\n先日は宮坂さんの件でありがとうございました。\n"
            "今日は両角ツルさんのことで、ちょっと気になったもんで。\n昨晩から熱が38度あって、咳が止まらんそうです。\n"
            "ショートの持ち物のことで娘さんといろいろ話してきました。")
    (purpose,) = [f for f in _CHECKER.check(text).findings if f.rule == "VC701"]
    assert "両角ツル様" in purpose.suggestion.example and "宮坂" not in purpose.suggestion.example


# ---------------------------------------------------------------- first runs of blind267-270

def test_n_after_a_plain_form_is_no_negation() -> None:
    """UniDic reads 起きる|ん as the negative ず; after a verb's plain form it is の (起きるのが続いている)."""
    toks = analyze("夜中に胸が苦しい言うて起きるんが続いとる。", _CHECKER.backend).sentences[0].tokens
    n = next(t for t in toks if t.surface == "ん")
    assert n.lemma == "の"
    negated = analyze("朝になっても起きんのよ。", _CHECKER.backend).sentences[0].tokens
    assert next(t for t in negated if t.surface == "ん").lemma == "ず"


@pytest.mark.parametrize("told", [
    "娘さんが「夜中に胸が苦しい言うて起きるんが、ここ3日ほど続いとるんよ」と言うておられました。",
    "夜中に胸が苦しい言うて起きるんよ。",
])
def test_a_chest_tightness_told_with_explanatory_n_is_a_red_flag(told: str) -> None:
    assert "chest-pain" in _urgent(HEAD + told + ASK)


def test_a_chest_tightness_denied_in_dialect_stays_denied() -> None:
    assert "chest-pain" not in _urgent(HEAD + "胸が苦しい言うて起きることはないんよ。" + ASK)


@pytest.mark.parametrize(("told", "sign"), [
    ("今朝ヘルパーが訪問したら、ベッドから自分で立ち上がれんようになっちょられました。昨日の夕方までは歩行器でトイレまで歩けちょったそうです。",
     "cannot-stand-since"),
    ("本日7:30の朝食から、水分も含め口に入れても飲み込めず、口から出てしまいます。", "sudden-dysphagia"),
])
def test_first_run_misses(told: str, sign: str) -> None:
    assert sign in _urgent(HEAD + told + ASK)


@pytest.mark.parametrize("told", [
    "以前から水分も含めて飲み込めず、胃ろうで栄養をとっています。",
    "水分も含めて、うまく飲み込めずむせることが時々あります。とろみをつけて対応しています。",  # the session 65 review
    "ALSの進行により、水分も含めて飲み込めず、現在は胃ろうのみです。",
    "終末期のため、水分も含め飲み込めず、口腔ケアのみ行っています。",
])
def test_long_standing_dysphagia_is_not(told: str) -> None:
    assert "sudden-dysphagia" not in _urgent(HEAD + told + ASK)


@pytest.mark.parametrize("told", ["パーキンソン病のため、転倒しやすく、一人では歩くことができません。",
                                  "独居で、転倒すると一人で起き上がることができないため、見守りサービスを導入しました。"])
def test_a_fall_risk_in_a_care_plan_is_not(told: str) -> None:
    """The session 65 review: 立つことができません was tried beside a fall and withdrawn (a care plan's risk, 転倒すると…)."""
    assert "fall-cannot-rise" not in _urgent(HEAD + told + CLOSE)


ASPIRATION = HEAD + "汁物で週2回の軽いむせがありましたが、いずれも数回の咳で治まっています。\n"


def test_a_listed_denial_reaches_over_an_items_bracket() -> None:
    """b268-28: 発熱、痰の増加、SpO2低下（最低95%）はありませんでした denies all three; the bracket is the value."""
    assert "aspiration-signs" not in _urgent(ASPIRATION + "37.0℃以上の発熱、痰の増加、SpO2低下（最低95%）はありませんでした。" + CLOSE)
    assert "aspiration-signs" in _urgent(ASPIRATION + "昨夜から発熱、SpO2低下（最低88%）があります。" + ASK)


ANTICOAG = HEAD + "12/4の転倒・頭部打撲（ワーファリン内服中）につき、同日貴院ご紹介の病院で頭部CTを施行し、出血なしと診断されました。\n"
FALLS = {"fall-on-anticoagulant", "fall-head-strike"}


def test_a_fall_on_an_anticoagulant_followed_up_over_a_quiet_period_is_calm() -> None:
    """b270-31: nine quiet days after a head strike on warfarin, CT taken the same day; the list holds a verb made a noun
    (手足の動かし|にくさ) and a bracket of who checked."""
    quiet = "その後12/5〜12/13の9日間、頭痛・嘔吐・意識の変化・手足の動かしにくさはいずれもありません（家族による毎日の確認）。"
    assert not FALLS & set(_urgent(ANTICOAG + quiet + "\n12/11のPT-INRは2.3でした。" + CLOSE))


def test_a_quiet_period_that_ends_in_todays_trouble_is_not() -> None:
    told = "その後12/5以降、頭痛はありませんでしたが、今朝から嘔吐が3回あります。"
    assert FALLS & set(_urgent(ANTICOAG + told + ASK))


# ---------------------------------------------------------------- round 2 (blind271-272's first runs)

@pytest.mark.parametrize("told", ["おばあちゃん、昨日から何も食べねえし飲まねえって娘さんが言ってました。",
                                  "昨日から何も食べないし飲まないそうです。", "昨日から何も食べず、飲まずです。"])
def test_nothing_eaten_and_nothing_drunk_is_a_red_flag(told: str) -> None:
    """b272-38: 何も食べねえし飲まねえ, the drink named second after the food."""
    assert "nothing-taken-since" in _urgent(HEAD + told + ASK)


@pytest.mark.parametrize("told", ["何も食べないし飲まないなんてことはありません。", "以前は何も食べないし飲まない日もありましたが、今は全量です。",
                                  # (a fast before a test, a refusal in one place: the second review)
                                  "本日は胃カメラのため朝から何も食べず、飲まずでしたが、検査後は昼食を全量召し上がりました。",
                                  "明朝は採血があるので、何も食べず、飲まずで9時に来院とのことです。",
                                  "デイでは何も食べないし飲まないけど、家では全部食べとるそうです。"])
def test_nothing_eaten_and_drunk_denied_or_past_is_not(told: str) -> None:
    assert "nothing-taken-since" not in _urgent(HEAD + told + ASK)


WARFARIN = HEAD + "ワーファリンを飲んでいる方です。\n"


@pytest.mark.parametrize("told", [
    "本日転倒し頭を打ちましたが、CTは異常なしでした。",  # today's
    "12/5に転倒し頭を打ちましたが、CTは異常なしでした。今朝から嘔吐が3回あり、ぐったりしています。",  # today's trouble after it
    "12/5に転倒し頭を打ちました。CTはまだ撮っていません。",  # not examined
])
def test_a_head_strike_not_examined_or_followed_by_todays_trouble_stays_urgent(told: str) -> None:
    assert FALLS & set(_urgent(WARFARIN + told + ASK))


@pytest.mark.parametrize("line", ["最近、転倒はありません。", "最近転倒はないとご家族から伺っています。"])
def test_a_vague_time_over_an_events_denied_noun_asks_nothing(line: str) -> None:
    """b266-29's physician: "最近転倒はない is a negative statement; asking onset adds little"."""
    assert not [f for f in _CHECKER.check(line).findings if f.rule == "VC301"]


@pytest.mark.parametrize("line", ["最近、食欲はありません。",  # a state's absence is the symptom to date
                                  "最近転倒はないですが、ふらつきはあります。"])  # a contrast goes on to another matter
def test_a_vague_time_over_a_states_absence_or_before_a_contrast_stays(line: str) -> None:
    assert [f for f in _CHECKER.check(line).findings if f.rule == "VC301"]


# ---------------------------------------------------------------- the session's review: what must stay as it was

NOCT = HEAD + "12/4に自宅で転倒し、頭を打ちました（ワーファリン内服中）。受診はしていません。\n"
SCANNED = HEAD + "12/4の転倒・頭部打撲（ワーファリン内服中）につき、同日貴院ご紹介の病院で頭部CTを施行し、出血なしと診断されました。\n"


@pytest.mark.parametrize("text", [
    NOCT + "その後12/5以降、頭痛や吐き気はないとのことです。" + CLOSE,  # no scan taken
    NOCT + "その後12/5以降、胸痛はありません。" + CLOSE,
    SCANNED + "その後12/5以降、頭痛はありません。\n12/10頃から歩くとふらつき、物忘れが増えています。" + CLOSE,  # a slow bleed's signs
    SCANNED + "その後12/5以降、嘔吐はありません。\nただ、12/11から傾眠傾向で、話がかみ合わないことがあります。" + ASK,
])
def test_a_head_strike_not_scanned_or_followed_by_new_trouble_stays_urgent(text: str) -> None:
    assert FALLS & set(_urgent(text))


@pytest.mark.parametrize(("line", "hedge"), [
    ("いつも通り食べられへんみたいで、昨日から半分ほどです。", "みたい"),  # Kansai's negation, read by UniDic as 辺
    ("いつも通りは食べとらんみたいです。", "みたい"),
    ("いつも通りトイレに行こうとして転んだみたいです。", "みたい"),  # the event the usual act led to
    ("以前と同じように息が苦しいみたいで、酸素を2Lに上げました。", "みたい"),
    ("いつも通りデイに行ったら熱があったみたいで、早退しました。", "みたい"),
])
def test_a_guess_past_the_usual_at_something_new_stays_in_front(line: str, hedge: str) -> None:
    front, _ = _sides(line)
    assert ("VC202", hedge) in front


@pytest.mark.parametrize("line", ["胸痛や息切れはなく、BPもいつも通りとのことです。", "冷や汗やふらつきはなく、血糖値は安定しています。",
                                  "胸痛・息切れなし、HR特に変わりなし。"])
def test_a_blank_status_of_a_measure_named_otherwise_stays_in_front(line: str) -> None:
    front, _ = _sides(line)
    assert any(rule == "VC103" for rule, _ in front)


def test_a_thanks_may_name_the_patient() -> None:
    """The review's t14: with no one else introduced, the name in the thanks is the patient's."""
    text = ("佐藤先生\n先日は鈴木トメさんの往診をありがとうございました。\n同じデイに通う村井さんがインフルエンザになり、"
            "その後、咳が出始めています。\n様子を見ています。")
    (purpose,) = [f for f in _CHECKER.check(text).findings if f.rule == "VC701"]
    assert "鈴木トメ様" in purpose.suggestion.example


# ---------------------------------------------------------------- the second review

FELL = HEAD + "12/4の転倒・頭部打撲（ワーファリン内服中）につき、同日貴院ご紹介の病院で頭部CTを施行し、出血なしと診断されました。\n"


@pytest.mark.parametrize("after", [
    "その後1週間、頭痛の悪化はありませんが、右足が歩きにくいそうです。",  # a predicate, not a verb made a noun
    "その後1週間、特に変化はありませんが、眠りがちで、呼びかけに返事をしないことがあります。",
    "その後5日間、頭痛・嘔吐はありません（娘さんは最近ぼんやりしていると話されています）。",  # a bracket that tells the body
    "その後5日間、頭痛・嘔吐はありません（ただ歩行が不安定）。",
    "その後5日間、頭痛・嘔吐はありません（夜間の失禁が増えています）。",
])
def test_a_quiet_period_that_tells_new_trouble_is_not_quiet(after: str) -> None:
    assert FALLS & set(_urgent(FELL + after + CLOSE))


@pytest.mark.parametrize("line", ["発熱、痰の増加、SpO2低下（最低88%）はありませんでした。",  # a value out of range
                                  "発熱、痰の増加、呼吸苦（階段で少しあり）はありません。"])  # a bracket that tells it is there
def test_a_bracket_that_tells_a_finding_is_not_denied_with_the_list(line: str) -> None:
    assert _urgent(ASPIRATION + line + CLOSE)


@pytest.mark.parametrize(("line", "hedge"), [
    ("ご飯はいつも通り食べんみたいです。", "みたい"),  # UniDic reads 食べん as one verb
    ("以前と同じようには歩けんらしいです。", "らしい"),
    ("普段どおりには起きてこんみたいです。", "みたい"),  # こん read as 此れ
    ("いつも通り食べているみたいですが、体重が1か月で3kg減っています。", "みたい"),  # taken back by a contrast
])
def test_a_guess_at_the_usual_denied_in_speech_or_taken_back_stays_in_front(line: str, hedge: str) -> None:
    front, _ = _sides(line)
    assert ("VC202", hedge) in front


def test_a_blank_status_its_clause_negates_stays_in_front() -> None:
    front, _ = _sides("熱は出とらんけど、ご飯はいつも通り食べとらんのよ。")
    assert any(rule == "VC103" for rule, _ in front)


# ---------------------------------------------------------------- the third review

@pytest.mark.parametrize("told", ["昨日から何も食べず飲まずで、口の中もカラカラです。\n受診のため介護タクシーを手配しています。",  # a visit for it
                                  "3日前から何も食べず飲まずで、口の中がカラカラです。", "ここ2、3日、何も食べないし飲まないって。"])
def test_nothing_taken_since_is_not_explained_by_a_visit_elsewhere(told: str) -> None:
    assert "nothing-taken-since" in _urgent(HEAD + told + ASK)


@pytest.mark.parametrize("told", ["鉄剤飲んでないのに便が黒いって娘さんから連絡ありました。",
                                  "鉄剤は便が黒くなるのを嫌がって先週から飲んでいません。今朝、黒い便が大量に出ました。"])
def test_iron_denied_before_a_black_stool_explains_nothing(told: str) -> None:
    assert "black-stool" in _urgent(HEAD + told + ASK)


@pytest.mark.parametrize("line", ["この1週間、胸痛、発熱（最高36.9℃）、息切れはありません。", "この1週間、胸痛、息切れ、SpO2低下（安静時96%）はありません。",
                                  "この1週間、胸痛、頻脈（脈拍70〜80回/分）、息切れはありません。", "黒色便、吐血、発熱（36℃台）はありませんでした。",
                                  "頭痛、嘔吐、意識の変化（声かけに即答）はありません。"])
def test_a_denied_list_with_values_in_range_is_calm(line: str) -> None:
    assert not _urgent(HEAD + "定期訪問のご報告です。\n" + line + CLOSE)


@pytest.mark.parametrize("bracket", ["（家族による確認では特に変わりなし）", "（ご家族が毎日、しっかり確認）"])
def test_a_bracket_of_who_checked_with_an_adverb_stands_aside(bracket: str) -> None:
    quiet = "その後12/5〜12/13の9日間、頭痛・嘔吐・意識の変化・手足の動かしにくさはいずれもありません" + bracket + "。"
    assert not FALLS & set(_urgent(FELL + quiet + CLOSE))


def test_an_emergency_under_way_is_asked_about_now_not_today() -> None:
    """blind276's physician, of a face drooping for 30 minutes: "this needs a 119 call right away", not a visit today. The
    ask's example follows VC703's call now where a `now` sign is told as going on, and stays today's for one that settled."""
    def example(body: str) -> str:
        (ask,) = [f for f in _CHECKER.check("山田先生\nお世話になっております。\n" + body + "\nどうしたらいいでしょうか。").findings
                  if f.rule == "VC702"]
        return ask.suggestion.example
    assert "119" in example("本日10時から胸が締め付けられると言っています。")
    assert "119" not in example("3日前の夕方に胸が痛くなりましたが、5分ほどで治まりました。")


@pytest.mark.parametrize(("line", "phoned"), [
    ("朝8時のデイの電話では普通だったそうです。", False),  # blind276-56: the day service's call, not one to the clinic
    ("先ほどクリニックに電話でご報告しました。", True),
    ("9時に主治医へ電話済みです。", True),
])
def test_whose_call_it_was(line: str, phoned: bool) -> None:
    text = HEAD + "30分くらい前から左の顔が下がっていて、口の端からよだれが垂れています。\n" + line + "\nどうしたらよいでしょうか。"
    outline = _CHECKER.check(text).outline
    assert outline is not None and outline.phoned is phoned
