"""Session 64: what physicians rating the issue #11 packets of blind150-258 called unhelpful.  A calm report whose writer
names it a report (【報告】, ご報告です, お知らせ) and that asks nothing has said what it is: that it asks nothing is a detail of
the text output.  Each with what must stay as it was."""

from __future__ import annotations

import pytest

from vaguecheck.checker import Checker

_CHECKER = Checker()
HEAD = "たるい内科 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
CALM_BODY = ("田中 ハナ様、12/10から12/12までショートステイを利用されます。\n"
             "同居の長女様が出張されるためです。\n"
             "施設は特別養護老人ホームさくら苑です。\n")


def _request(text: str):
    report = _CHECKER.check(text)
    found = [f for f in report.findings if f.rule == "VC702"]
    return report, found


# ---------------------------------------------------------------- a calm report named a report, asking nothing

@pytest.mark.parametrize("title", ["【報告】田中 ハナ様の近況について\n", "田中 ハナ様の近況をご報告いたします。\n",
                                   "【お知らせ】ショートステイ利用について\n", "定期報告（11月分）\n"])
def test_a_calm_report_named_a_report_asking_nothing_keeps_its_request_finding_as_a_detail(title: str) -> None:
    report, found = _request(title + HEAD + CALM_BODY)
    assert report.outline.request == "none"
    assert report.outline.purpose is not None
    assert found and all(f.secondary for f in found)


@pytest.mark.parametrize("title", [
    "【報告・相談】田中 ハナ様の近況について\n",  # an ask named beside the report
    "田中 ハナ様の近況のご報告とご相談です。\n",
    "【ご相談】田中 ハナ様の近況について\n",  # a consultation that asks nothing
])
def test_a_purpose_that_names_an_ask_keeps_its_request_finding_in_front(title: str) -> None:
    report, found = _request(title + HEAD + CALM_BODY)
    assert report.outline.request == "none"
    assert found and not any(f.secondary for f in found)


def test_a_report_with_a_red_flag_keeps_its_request_finding_in_front() -> None:
    body = "田中 ハナ様、本日朝から黒い便が2回出ています。ワーファリンを内服中です。\n"
    report, found = _request("【報告】田中 ハナ様の便について\n" + HEAD + body)
    assert report.outline.urgent
    assert found and not any(f.secondary for f in found)


def test_a_vague_ask_in_a_report_stays_in_front() -> None:
    """Only asking nothing is a detail: 何かあればご指示ください still asks vaguely (physicians called 41 of 88 such entries
    helpful, "stating what is wanted and by when helps")."""
    report, found = _request("【報告】田中 ハナ様の近況について\n" + HEAD + CALM_BODY + "何かあればご指示ください。\n")
    assert report.outline.request == "vague"
    assert found and not any(f.secondary for f in found)


@pytest.mark.parametrize("told", [
    "12/3のデイサービスで血圧128/74でした。\n",  # a vital sign told
    "12月に入ってから食欲が落ちており、食事を半分ほど残されています。\n",  # an observation told
    "12月に入ってから食事を半分ほど残されています。\n",  # an amount told (the session 62 review)
    "体重は45kgでした。\n",  # a weight
])
def test_a_report_that_tells_a_matter_keeps_its_request_finding_in_front(told: str) -> None:
    report, found = _request("【報告】田中 ハナ様の近況について\n" + HEAD + CALM_BODY + told)
    assert report.outline.request == "none"
    assert found and not any(f.secondary for f in found)


def test_the_clarity_of_a_report_named_a_report_still_counts_asking_nothing_in_full() -> None:
    """The detail is the text output's: the score weighs asking nothing as before (REPORT_WEIGHT["request-none"])."""
    from vaguecheck.clarity import features
    report, _ = _request("【報告】田中 ハナ様の近況について\n" + HEAD + CALM_BODY)
    assert "request-none" in features(report).failings


# ---------------------------------------------------------------- first runs of blind259-262

def _urgent(text: str) -> list[str]:
    outline = _CHECKER.check(text).outline
    assert outline is not None
    return [u.id for u in outline.urgent]


ASK = "\n本日中に受診の要否をご指示いただけますでしょうか。"


def test_a_collapse_needs_consciousness_lost_not_named() -> None:
    """orthostatic-collapse read 意識 alone, so 意識清明 (alert) beside a resolved dizziness made it a red flag (b259-46)."""
    calm = "11/28 14:10 デイサービスで立ち上がり時にめまいを訴え、約10分の安静で消失。\n同日の看護師測定：意識清明、手足の動きに異常なし。"
    assert "orthostatic-collapse" not in _urgent(HEAD + calm + ASK)
    assert "orthostatic-collapse" in _urgent(HEAD + "本日、立ち上がった時にめまいがして、一瞬意識がなくなったそうです。" + ASK)


@pytest.mark.parametrize("told", ["昨日のお昼から急にご飯も水分もほとんど飲み込めなくなってしまったそうです。",
                                  "昨日から、ご飯もお茶もほとんど飲み込めなくなりました。"])
def test_food_and_drink_almost_not_swallowed_since_a_recent_day_is_a_red_flag(told: str) -> None:
    assert "swallow-lost" in _urgent(HEAD + told + ASK)


def test_almost_not_swallowed_over_half_a_year_is_not() -> None:
    assert "swallow-lost" not in _urgent(HEAD + "ここ半年で、ご飯もお茶もほとんど飲み込めなくなってきました。" + ASK)


@pytest.mark.parametrize("title", ["【ご確認】心エコー検査について", "【ご質問】心エコー検査について", "【お問い合わせ】検査の前の食事について",
                                   "ご依頼　お薬の処方日数について", "報告：転倒の件"])
def test_a_title_label_states_the_purpose(title: str) -> None:
    body = "\nまつかぜ内科 石田先生\nいつもお世話になっております。ケアプランセンターみずほの増田です。\n菅野 ハツ様の件です。\n" \
           "12/13までにFAXでご返信いただけますと助かります。"
    assert _CHECKER.check(title + body).outline.purpose is not None


@pytest.mark.parametrize("line", ["ご確認ください。", "ご確認をお願いします。"])
def test_an_ask_to_check_is_no_title_label(line: str) -> None:
    body = "\nまつかぜ内科 石田先生\nいつもお世話になっております。ケアプランセンターみずほの増田です。\n菅野 ハツ様の件です。\n"
    assert _CHECKER.check(line + body).outline.purpose is None


def test_an_ask_that_points_to_its_numbered_items_below_is_clear() -> None:
    text = ("【ご依頼】嚥下評価についてのご意見\n" + HEAD + "11月15日から、お茶を飲む際のむせが1日2〜3回あります。\n"
            "以下について12月16日までにご返信いただけますと幸いです。\n1．訪問リハビリによる嚥下評価の導入可否と指示書のご作成\n"
            "2．評価までの間、水分にとろみ剤を使用してよいか")
    assert _CHECKER.check(text).outline.request == "clear"


@pytest.mark.parametrize(("line", "state"), [
    ("森脇さん、夏に誤嚥性肺炎で入院されたじゃないですか\nあれから熱も出とらんし、ご飯もしっかり食べちょられます", "none"),  # a reminder
    ("森脇さん、夏に入院されたじゃないですか？\nあれから熱も出とらんし、ご飯もしっかり食べちょられます", "clear"),  # a question mark
])
def test_a_reminder_ending_its_line_is_no_question(line: str, state: str) -> None:
    assert _CHECKER.check("おつかれさまです、ケアマネの槇原です\n" + line).outline.request == state


TITLED = "胸の痛みの件でご報告です。\nケアマネの土屋です。\n"


def test_a_title_naming_a_sign_the_body_denies_is_no_red_flag() -> None:
    """b261-12: the follow-up of an examined chest pain, titled by its matter; the body says it has not come back."""
    body = "先月末に先生に診ていただいた中村さんの胸の痛み、あれからいっさら出てないそうです。\nまた何かあったらよろしくお願いします。"
    assert _urgent(TITLED + body) == []


@pytest.mark.parametrize("text", [
    TITLED + "本日朝から胸の痛みが続いています。\n受診の要否をご指示ください。",  # the body tells it
    "胸の痛みの件でご相談です。\nケアマネの土屋です。\n中村さんの胸の痛み、あれからは出ていません。\n本日8時から冷や汗があります。",  # another red flag
    "今朝の胸の痛みの件でご報告です。\nケアマネの土屋です。\n中村さんの胸の痛み、今は出ていません。",  # the title dates it today
    "【至急】胸の痛みについて\nケアマネの土屋です。\n中村さんの胸の痛み、今は出ていません。",  # urged
    "胸の痛みの件でご相談です。\nケアマネの土屋です。\n受診の要否をご指示ください。",  # the body does not tell it again
])
def test_a_title_naming_a_sign_stays_a_red_flag_otherwise(text: str) -> None:
    assert "chest-pain" in _urgent(text)


def test_a_pulse_told_at_a_dated_arrival_is_read() -> None:
    """b163-43: 9時20分のデイサービス到着時：脈拍38回/分 is a record of the arrival, not a plan's 〜時：."""
    told = "9時20分のデイサービス到着時：脈拍38回/分、血圧92/54mmHg、立ちくらみあり、意識清明。"
    assert "pulse" in _urgent(HEAD + told + ASK)
    assert _urgent(HEAD + "到着時：SpO2 90%未満なら訪看へ連絡。" + ASK) == []


# ---------------------------------------------------------------- the issue #11 packets of blind259-262

def _words(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in _CHECKER.check(text).findings]


def test_yamanashi_issara_before_a_sign_not_come_back_asks_nothing() -> None:
    assert not any(rule == "VC501" for rule, _ in _words("胸の痛み、あれからいっさら出てないそうです。"))
    assert ("VC501", "いっさら") in _words("渡辺さん、いっさら水飲まんだよ。")  # what the person does not do: how much?


@pytest.mark.parametrize("sentence", ["右のふくらはぎが赤くて熱っぽいとのことです。", "膝が腫れて熱っぽいです。"])
def test_a_local_warmth_is_no_guessed_fever(sentence: str) -> None:
    assert not any(rule == "VC204" for rule, _ in _words(sentence))


@pytest.mark.parametrize("sentence", ["顔が赤くて熱っぽいです。", "朝から熱っぽい様子です。"])
def test_feeling_feverish_still_asks_for_the_temperature(sentence: str) -> None:
    assert any(rule == "VC204" for rule, _ in _words(sentence))


def test_the_change_of_season_as_a_guessed_cause_is_no_vague_time() -> None:
    assert not any(rule == "VC301" for rule, _ in _words("季節の変わり目だからかもしれないですね。"))
    assert ("VC301", "季節の変わり目") in _words("季節の変わり目から夜間のトイレが増えています。")


def test_blood_in_what_was_vomited_is_haematemesis_not_a_bleeding_stool() -> None:
    """b259-36: the example called it 下血 ("wrong symptom")."""
    ids = _urgent(HEAD + "夜中に吐いて、その中に赤い血がまじってたって。" + ASK)
    assert "hematemesis" in ids and "gi-bleeding" not in ids


def test_majiru_read_as_its_lemma_majiru_is_mixed_in() -> None:
    """UniDic reads まじっ as 交じる: the patterns that said 混じる|まじる missed まじってた."""
    assert "hematemesis" in _urgent(HEAD + "朝ごはんの後に吐いて、それに血がまじってたそうです。" + ASK)
