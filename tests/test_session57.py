"""Session 57: suggestions that fit what was written (issue #11), from the physicians' ratings of blind175–193's
packets: the patient's whole name, a report that only informs, a day of the week, one point told twice, an episode a
clinician has cleared, the family's own feelings, good news (docs/evaluation.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck._output import phrase_groups
from vaguecheck.elements import locations

HEAD = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"


def _findings(text: str) -> list[vaguecheck.Finding]:
    return vaguecheck.check(HEAD + text).findings


def _front(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in _findings(text) if not f.secondary]


def _example(text: str, category: str) -> str:
    return next(f.suggestion.example for f in _findings(text) if f.category == category)


# ---------------------------------------------------------------- the patient's whole name in the purpose's example


def test_a_surname_whose_first_character_unidic_reads_as_a_prefix_is_kept_whole() -> None:
    # 多|久和: UniDic reads 多 as a prefix (blind186's packet: 「久和 イネ様の…」)
    assert _example("多久和 イネ様の件です。\n3日前から咳が出ています。\n何かあればお願いします。", "purpose").startswith("多久和 イネ様の")


def test_no_name_is_made_of_a_relative() -> None:
    # (お|嫁さん: the prefix stays off, and a relative is no patient: ○○ when the report names none)
    assert _example("お嫁さんのお話では、3日前から咳が出ているそうです。\n何かあればお願いします。", "purpose").startswith("○○様の")


# ---------------------------------------------------------------- a report that only informs


@pytest.mark.parametrize("ask", ["何かあったら言うてください。", "何かあればまたよろしくお願いします。", "気になるようなら教えてください。"])
def test_an_ask_only_if_anything_comes_up_reads_as_information(ask: str) -> None:
    told = f"佐藤 花子様ですが、昨日18時に38.2℃の熱が出ましたが、今朝は36.6℃でした。\n{ask}"
    assert "ご報告です" in _example(told, "purpose")
    # (the request's example still asks for a view: the session 57 review's worrying reports say 何かあれば too)
    assert "ご意見" in _example(told, "request")
    # (a change told without its figures is still a consultation)
    assert "ご相談です" in _example(f"佐藤 花子様ですが、足のむくみが少しあります。\n{ask}", "purpose")


@pytest.mark.parametrize("ask", ["何か気をつけることがあれば教えてください。", "お薬のことなど、何かありましたらご指示ください。"])
def test_an_ask_for_advice_is_still_a_consultation(ask: str) -> None:
    text = f"佐藤 花子様ですが、足のむくみが少しあります。\n{ask}"
    assert "ご相談です" in _example(text, "purpose")
    assert "ご返信は不要" not in _example(text, "request")


# ---------------------------------------------------------------- a day of the week dates what happened


@pytest.mark.parametrize(("text", "told"), [
    ("日曜の夜に38.2℃の熱が出ました。", "日曜の夜"),
    ("先週の水曜日から咳が出ています。", "水曜日から"),
    ("月曜から息苦しさがあります。", "月曜から"),
    ("先週の金曜、転倒されました。", "金曜"),
])
def test_a_day_of_the_week_is_a_time(text: str, told: str) -> None:
    report = vaguecheck.check(text)
    assert told in [e.text for e in report.elements if e.kind == "time"]
    assert not any(f.category == "missing-time" for f in report.findings)


@pytest.mark.parametrize("text", ["毎週水曜にデイに行っています。", "往診の日を水曜から金曜にできないかとのことです。",
                                  "デイは月曜、水曜、金曜です。", "火曜と金曜にデイに通っています。", "デイは月・水・金です。"])
def test_a_schedules_days_date_nothing(text: str) -> None:
    assert not [e for e in vaguecheck.check(text).elements if e.kind == "time" and "曜" in e.text]


def test_a_schedule_before_an_observation_does_not_date_it() -> None:
    # the request line names days of a visit: the constipation told after it is still asked since when (blind176-24)
    text = "眠剤をお願いしたいです。\n往診の日を水曜から金曜にできないかということです。\n便秘もあるみたいなので下剤もお願いできたらと思います。"
    assert any(f.category == "missing-time" and f.text == "便秘" for f in vaguecheck.check(text).findings)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["日曜", "月曜日", "水曜", "の夜", "から", "に", "、", "毎週", "を", "と", "熱が出た", "。", "先週の", "・"]),
                min_size=1, max_size=10))
def test_weekday_times_keep_their_offsets(parts: list[str]) -> None:
    text = "".join(parts)
    report = vaguecheck.check(text)
    for el in report.elements:
        assert text[el.start : el.end] == el.text
    for f in report.findings:
        assert text[f.start : f.end] == f.text


# ---------------------------------------------------------------- one point told twice is one entry


def test_the_same_advice_later_in_the_report_goes_under_the_first_entry() -> None:
    text = HEAD + "佐藤 花子様ですが、右ひざが痛いそうです。\n痛みで歩くのがつらいらしく、デイも休んでいます。\n受診の要否を教えてください。"
    report = vaguecheck.check(text)
    front = [f for f in report.findings if not f.secondary]
    groups = phrase_groups(front, text)
    advice = [(tuple(g[0].suggestion.questions), g[0].suggestion.example) for g in groups
              if g[0].category not in ("purpose", "request", "urgency") and g[0].suggestion.example]
    assert len(advice) == len(set(advice))  # no two entries give the same questions and example
    assert sum(len(g) for g in groups) == len(front)  # every finding is still listed


# ---------------------------------------------------------------- an episode a clinician has cleared


def test_when_a_cleared_fall_happened_is_a_detail() -> None:
    text = ("佐藤 花子様ですが、先月のはじめごろに一度転んだことがあったそうですが、その時は整形で診てもらって何ともなかったそうです。\n"
            "今はデイにも通われています。\nまたご報告します。")
    rules = {f.rule for f in _findings(text) if not f.secondary}
    assert not rules & {"VC301", "VC401", "VC205"}
    assert "VC301" in {f.rule for f in _findings(text) if f.secondary}  # still there, as a detail


@pytest.mark.parametrize("text", [
    "佐藤 花子様ですが、先日転んで、整形で診てもらったら骨にひびがあると言われました。\nその後、最近は歩くのも大変そうです。\nご指示をお願いします。",
    "佐藤 花子様ですが、最近ふらつくことがあります。\n先生、いつもの薬が切れそうです。\nご指示をお願いします。",
])
def test_an_episode_not_cleared_keeps_its_questions(text: str) -> None:
    assert any(f.rule in ("VC301", "VC401", "VC601") for f in _findings(text) if not f.secondary)


# ---------------------------------------------------------------- the family's feelings and good news


@pytest.mark.parametrize("text", ["ご家族もほっとされているようでした。", "年末で家族も忙しいみたいです。"])
def test_a_guess_at_the_familys_own_state_is_a_detail(text: str) -> None:
    found = _findings(f"佐藤 花子様ですが、3日前から咳が1日5回ほど出ています。\n{text}\nご意見をお願いします。")
    assert [f for f in found if f.category == "inference" and f.secondary]
    assert not [f for f in found if f.category == "inference" and not f.secondary]


@pytest.mark.parametrize("text", ["ご家族も、ご本人が夜眠れていないようだとのことです。", "娘さんが来た時、夜あまり眠れていないようです。",
                                  "家族も夜は眠れていないみたいです。"])
def test_a_guess_about_the_patients_state_stays(text: str) -> None:
    # (ご本人 named, a moment the relative found the patient so, or a state of the body told: the patient's, or unclear)
    found = _findings(f"佐藤 花子様ですが、3日前から咳が1日5回ほど出ています。\n{text}\nご意見をお願いします。")
    assert [f for f in found if f.category == "inference" and not f.secondary]


def test_more_smiles_are_good_news_fewer_are_not() -> None:
    better = _findings("佐藤 花子様ですが、デイにも慣れて、ご本人の笑顔が増えた気がします。\nまたご報告します。")
    worse = _findings("佐藤 花子様ですが、ご本人の笑顔が減った気がします。\nまたご報告します。")
    assert not [f for f in better if f.rule == "VC203" and not f.secondary]
    assert [f for f in worse if f.rule == "VC203" and not f.secondary]


def test_putting_it_in_the_physicians_ear_is_no_body_part() -> None:
    assert locations("一応お耳に入れとこかなと思って。") == []
    assert locations("耳が遠くなりました。") == [(0, 1)]


def test_a_signature_naming_the_office_is_no_content_line() -> None:
    text = HEAD + "佐藤 花子様ですが、おやつのみかんをたくさん食べているのが少し気になります。\nケアプランセンター杜の風　小山"
    request = next(f for f in vaguecheck.check(text).findings if f.category == "request")
    assert "小山" not in request.text


# ---------------------------------------------------------------- the request, from blind196's first run (issue #10)

REPORT = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n佐藤花子様ですが、3日前から38℃の発熱があります。\n{}"


def _request(text: str) -> str | None:
    return vaguecheck.check(REPORT.format(text)).outline.request


def test_numbered_asks_after_a_label_are_ordered() -> None:
    # 【ご依頼】1. …／2. …: the number after the label no longer ends a sentence of its own
    assert _request("【ご依頼】1. 解熱剤の処方をご検討いただけますでしょうか。\n2. 受診の要否もご指示いただけますと幸いです。\n"
                    "3. あわせて訪問看護の指示書もお願いします。") == "clear"


@pytest.mark.parametrize("text", ["【ご依頼】1. 外用薬の処方", "依頼：1. 外用薬の処方", "1. 外用薬の処方"])
def test_a_list_number_after_a_label_does_not_end_a_sentence(text: str) -> None:
    from vaguecheck.analyzer import split_sentences
    assert [text[a:b] for a, b in split_sentences(text)] == [text]


def test_a_period_after_a_figure_still_ends_a_sentence() -> None:
    from vaguecheck.analyzer import split_sentences
    text = "体温は37.5. その後"
    assert [text[a:b] for a, b in split_sentences(text)] == ["体温は37.5.", "その後"]


@pytest.mark.parametrize("text", [
    "依頼：受診の要否、訪問看護の回数を増やすかどうか、区分変更の意見書、便秘薬を続けてよいか、教えてください。",
    "ご相談ですが、痛み止めを増やせるか、区分変更の意見書、訪問リハの指示書、あと奥さんの睡眠薬のことも聞いてほしいとのことです。",
])
def test_three_matters_listed_in_one_ask_are_unordered(text: str) -> None:
    assert _request(text) == "unordered"


@pytest.mark.parametrize("text", ["受診の要否、様子を見てよいか、ご指示ください。", "受診した方がいいか、様子を見てよいか、ご指示ください。",
                                  "受診の要否と、解熱剤を使ってよいか、教えてください。"])
def test_two_alternatives_of_one_question_stay_one_ask(text: str) -> None:
    assert _request(text) == "clear"


@pytest.mark.parametrize(("text", "state"), [
    ("クリニックにも電話したんですけど、受付の人に伝えてもらうようにお願いしました。", "none"),
    ("ヘルパーさんに水分の確認をお願いしておきました。", "none"),
    ("受診の要否をご指示いただけましたら幸いです。", "clear"),  # (a conditional, not a past)
    ("往診をお願いしましたが、まだ連絡がありません。受診の要否をご指示ください。", "clear"),
    ("先日お願いした意見書の件、12/10までにお願いします。", "clear"),
])
def test_an_ask_already_made_of_someone_asks_nothing_now(text: str, state: str) -> None:
    assert _request(text) == state


@pytest.mark.parametrize("text", ["来週の診療情報提供書もお願いしたかです。", "先月お願いした意見書はもう書いていただけましたか？"])
def test_a_wish_or_a_question_in_the_past_form_still_asks(text: str) -> None:
    assert _request(text) == "clear"


# ---------------------------------------------------------------- what the session 57 review found, kept as tests


@pytest.mark.parametrize("text", [
    "デイは水曜日で、咳が出ています。", "週1回水曜に訪問看護が入っていますが、便秘があります。", "次回往診は金曜日です。\n足がむくんでいます。",
    "月曜日に受診予定ですが、咳が続いています。", "デイは水曜日から金曜日に変更になりました。足がむくんでいます。",
])
def test_a_schedules_day_leaves_the_onset_asked(text: str) -> None:
    report = vaguecheck.check(text)
    assert not [e for e in report.elements if e.kind == "time" and "曜" in e.text]


@pytest.mark.parametrize("text", [
    "佐藤 花子様ですが、先週CTで何ともなかったのですが、最近また頭痛がよくあるそうです。\nご意見をお願いします。",
    "佐藤 花子様ですが、最近何度も転んでいますが、まだ受診していません。本人は何ともないと言っています。\nご意見をお願いします。",
    "佐藤 花子様ですが、時々胸がドキドキするそうです。\n以前の心電図では異常なしでしたが、最近は回数が増えているそうです。\nご意見をお願いします。",
    "佐藤 花子様ですが、来週検査予定ですが、最近時々胸がチクチクするそうです。心配ないと本人は言っています。\nご意見をお願いします。",
])
def test_a_symptom_told_beside_a_clearance_keeps_its_questions(text: str) -> None:
    front = [f.text for f in vaguecheck.check(HEAD + text).findings if not f.secondary]
    assert any(w in front for w in ("最近", "何度も", "時々"))


@pytest.mark.parametrize("ask", ["何かあれば解熱剤の頓用を出していただけないでしょうか。", "何かあれば眠剤の処方をお願いできないでしょうか。"])
def test_an_ask_after_if_anything_is_still_a_consultation(ask: str) -> None:
    assert "ご相談です" in _example(f"佐藤 花子様ですが、昨日18時に38.2℃の熱が出ましたが、今朝は36.6℃でした。\n{ask}", "purpose")


@pytest.mark.parametrize("told", ["この1週間で体重が3kg増え、足のむくみも強くなっています。", "今朝の血圧が182/104でした。頭痛はありません。"])
def test_a_worrying_report_that_asks_only_if_anything_is_still_a_consultation(told: str) -> None:
    assert "ご相談です" in _example(f"佐藤 花子様ですが、{told}\n何かあればお願いします。", "purpose")


@pytest.mark.parametrize("guess", ["家族も、急に怒りっぽくなったみたいで戸惑っているようです。", "家族は、薬をちゃんと飲んでいないみたいで心配しています。",
                                   "家族も、熱っぽいみたいで心配しています。"])
def test_a_guess_about_the_patient_with_the_family_as_topic_stays(guess: str) -> None:
    found = _findings(f"佐藤 花子様ですが、3日前から咳が1日5回ほど出ています。\n{guess}\nご意見をお願いします。")
    assert [f for f in found if f.text in ("みたい", "怒りっぽく", "熱っぽい") and not f.secondary]


def test_since_then_after_an_undated_event_is_still_asked() -> None:
    assert [f.text for f in vaguecheck.check("デイから帰ってきて、その後ずっと寝ています。").findings] == ["ずっと"]


def test_an_ear_named_literally_is_a_body_part() -> None:
    assert locations("補聴器を耳に入れると痛みがあります。") == [(4, 5)]


def test_a_terse_line_with_an_observation_is_no_signature() -> None:
    found = vaguecheck.check(HEAD + "佐藤 花子様ですが、3日前から咳が出ています。\n事業所内 転倒\nご意見をお願いします。").findings
    assert any(f.text == "転倒" for f in found)


# ---------------------------------------------------------------- what the second review found (5a0c41e), kept as tests


@pytest.mark.parametrize(("text", "parts"), [
    ("SpO2:95. 最近、息切れが多いようです.", 2), ("脈拍：88. 咳が時々出ています。", 2), ("■依頼事項：1. 受診の要否のご指示.", 1),
])
def test_only_an_asks_label_keeps_its_number_in_the_sentence(text: str, parts: int) -> None:
    from vaguecheck.analyzer import split_sentences
    assert len(split_sentences(text)) == parts


@pytest.mark.parametrize("text", [
    "受診の要否、このまま様子を見てよいか、救急搬送すべきか、ご指示ください。",  # the options of one decision
    "受診の要否、点滴の要否、入院の要否、ご指示下さい。",
    "介護保険の主治医意見書、訪問看護指示書、福祉用具の意見書、以上3点を12/10までにお願いいたします。",  # papers asked together
    "訪問入浴の可否、デイでの入浴の可否、シャワー浴の可否、を教えていただけますか。",
])
def test_one_decision_or_papers_asked_together_are_one_matter(text: str) -> None:
    assert _request(text) == "clear"


@pytest.mark.parametrize("text", [
    "つきましては、湿布の追加処方についてご検討をお願いした次第です。",
    "湿布の処方の件、先ほど受付でお願いしました。よろしくお願いします。",  # asked of the physician through the clinic
    "先ほどお電話で往診をお願いしました。",
])
def test_an_ask_of_the_physician_in_the_past_form_still_asks(text: str) -> None:
    assert _request(text) == "clear"


# ---------------------------------------------------------------- an experience told is no frequency (blind198's packet)


@pytest.mark.parametrize("text", ["去年、血を吐いて入院したことがあった。", "昨年、肺炎で入院したことがあります。", "夜中に転んだことがあります。",
                                  "何日か前に吐いちゃったことがあって。"])
def test_an_experience_in_the_past_tense_is_no_vague_frequency(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.rule == "VC401"]


@pytest.mark.parametrize("text", ["夜中に大声を出すことがあります。", "薬を飲み忘れることもあります。", "夜中に転ぶことがあります。"])
def test_a_habit_told_with_kotogaaru_is_still_asked_how_often(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.rule == "VC401" and "こと" in f.text]


@pytest.mark.parametrize("text", ["去年、血を吐いて入院したことがあった。", "以前、黒っぽい便が出たことがあって、その時に先生に診ていただきました。"])
def test_an_experience_is_asked_no_count_of_its_observation(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if "frequency" in f.missing]


def test_an_episode_told_now_is_still_asked_how_often() -> None:
    assert [f for f in vaguecheck.check("昨日から下痢が続いています。").findings if "frequency" in f.missing]


# ---------------------------------------------------------------- what the third review found (d7ec2d6), kept as tests


@pytest.mark.parametrize("text", ["会話が不明瞭なこともあります。", "夜間、眠れていないようなことがあります。",  # a copula's な, no past
                                  "ここ1週間で転んだことがあります。", "最近、トイレに間に合わなかったことがありました。",  # a recent window
                                  "最近、食事の時にむせたことがありました。"])
def test_a_state_or_a_recurrence_now_is_still_asked_how_often(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.rule == "VC401"]


@pytest.mark.parametrize("text", ["むせがあり肺炎で入院したことがあります。", "嘔吐があり去年胃潰瘍をしたことがあります。"])
def test_a_current_observation_before_another_clauses_history_is_asked_its_count(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if "frequency" in f.missing or f.rule == "VC401"]


def test_an_older_time_after_a_recent_window_is_history_again() -> None:
    found = vaguecheck.check("最近は落ち着いていますが、以前肺炎で入院したことがあります。").findings
    assert not [f for f in found if f.rule == "VC401"]
