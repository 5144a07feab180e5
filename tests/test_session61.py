"""Session 61: report-level misses of blind226-228's first runs (docs/evaluation.md).  A letter's question after the
physician's health (先生もお変わりなくお過ごしでしょうか) and a visit told in the past (お宅に伺いましたら) ask nothing; a
reply's deadline with nothing but a time before it (月末までにいただけますと助かります) and the writer's side to call back
(長男様の携帯または当事業所のいずれかにご連絡ください) are no further matter; 相談したいです and 伺えればと思います ask; three
matters to be talked over, named by のこと、, are a list of asks.  Red flags: a convulsion with the eyes turned up
(体がガクガクってなって、目が上向いちゃって) and 声をかけて目を開けてもすぐ寝てしまう; urine told red is blood in the urine, not
a skin's redness.  Each with what must
stay as it was, and the session's review's harms of what was narrowed or withdrawn (a question after the patient's health,
a third party to be phoned, a noun before a deadline, ①② in an ask, のか、/かも、 options, 夏に…た, 同様 and 同程度 (a BP of
210 "the same as last week" is still a red flag), a bare ガクガクってなる,
a purpose said as …についての確認です, 相談したい of someone else or of a plan)."""

from __future__ import annotations

import pytest

from vaguecheck.checker import Checker

HEAD = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
_CHECKER = Checker()


def _outline(text: str):
    outline = _CHECKER.check(text).outline
    assert outline is not None
    return outline


def _urgent(body: str, ask: str = "\n本日中にご指示をいただけますでしょうか。") -> list[str]:
    return [u.id for u in _outline(HEAD + body + ask).urgent]


# ---------------------------------------------------------------- what asks nothing


def test_a_question_after_the_physicians_health_asks_nothing() -> None:
    text = ("ご相談です。\nいつも大変お世話になっております。寒さ厳しい折、先生もお変わりなくお過ごしでしょうか。\n"
            "芦沢さんは3日前から夕食を半分残されています。\nつきましては、次回の受診の際に血液検査をしていただけますと幸いです。")
    outline = _outline(text)
    assert outline.request == "clear"
    assert [r.text for r in outline.requests] == ["つきましては、次回の受診の際に血液検査をしていただけますと幸いです。"]


def test_a_visit_told_in_the_past_asks_nothing() -> None:
    text = (HEAD + "先日、芦沢さんのお宅に伺いましたら、奥様がほうとうをご馳走してくださいまして、おいしくいただきました。\n"
            "ご本人は3日前から夕食を半分残されています。\n次回の受診の際に血液検査をしていただけますと幸いです。")
    assert [r.text for r in _outline(text).requests] == ["次回の受診の際に血液検査をしていただけますと幸いです。"]


@pytest.mark.parametrize("ask", ["ご意見を伺えればと思います。", "先生のお考えを伺えたらと思います。", "ご意見を伺いたいです。"])
def test_asking_for_an_opinion_with_ukagau_still_asks(ask: str) -> None:
    text = HEAD + "ご本人は3日前から夕食を半分残されています。\n" + "今後の方針について、" + ask
    assert _outline(text).request in ("clear", "vague")
    assert _outline(text).requests


# ---------------------------------------------------------------- the order of the asks


def test_two_asks_numbered_in_one_sentence_and_a_call_back_are_clear() -> None:
    text = ("【至急ご報告・ご依頼】転倒後に左股関節痛で立てない状態です。\n本日8:40頃、自宅で転倒されました。\n"
            "本日中に、①整形外科への紹介状の作成、②搬送手段のご指示をお願いいたします。\n11時までにお電話いただけますと幸いです。\n"
            "長男様の携帯または当事業所のいずれかにご連絡ください。")
    assert _outline(HEAD + text).request == "clear"


@pytest.mark.parametrize("answer", ["月末までにいただけますと助かります。", "12/20（金）までにお願いします。",
                                    "長男様の携帯または当事業所のいずれかにご連絡ください。"])
def test_how_and_by_when_to_answer_is_no_further_matter(answer: str) -> None:
    text = (HEAD + "門馬様の介護ベッドの例外給付について、先生のご意見をいただきたくご連絡しました。\n"
            "布団からの立ち上がりに毎回3分ほどかかります。\n同封の確認書にご記入いただけますでしょうか。\n" + answer)
    assert _outline(text).request == "clear"


@pytest.mark.parametrize("more", ["紹介状を月末までにお願いします。", "お薬も今週中にお願いします。", "紹介状月曜までにお願いします。",
                                  "湿布明日までにお願いします。", "娘さんへ本日中にお電話いただけますでしょうか。",
                                  "食事の注意点について、担当のヘルパーにご連絡いただけますか。",
                                  "先日の採血の結果を、担当の訪問看護師にお電話いただけますか。"])
def test_a_further_ask_with_its_deadline_is_still_a_matter(more: str) -> None:
    # (the deadline line is only a time before までに: an object named is an ask of its own)
    text = (HEAD + "ご本人は3日前から夕食を半分残されています。\n次回の受診の際に血液検査をしていただけますと幸いです。\n"
            "また、訪問看護の指示書の更新をお願いします。\n" + more)
    assert _outline(text).request == "unordered"


def test_wanting_to_consult_is_an_ask() -> None:
    text = ("先生お疲れさまです、ケアマネの山本です。\n野口さん、夜中に2〜3回起きよるそうです。\n"
            "あと主治医意見書の更新が1月なのでお願いします。\n眠剤のことも相談したいのと、訪看さんの指示書も期限が12月末です。\n"
            "デイの回数増やしてもよかか、それも聞いとってって娘さんに言われました。")
    outline = _outline(text)
    assert "眠剤のことも相談したいのと、訪看さんの指示書も期限が12月末です。" in [r.text for r in outline.requests]


def test_matters_named_in_a_row_are_several_asks() -> None:
    text = ("連絡\n安藤先生\n記入：ケアマネ 西田\n熱37.2℃とヘルパーさんから。\n"
            "薬のこと、ショートの予定のこと、往診のこと、おむつの種類のこと、相談したいです。")
    assert _outline(text).request == "unordered"
    two = ("連絡\n安藤先生\n記入：ケアマネ 西田\n熱37.2℃とヘルパーさんから。\n薬のこと、往診のこと、相談したいです。")
    assert _outline(two).request != "unordered"


# ---------------------------------------------------------------- red flags


@pytest.mark.parametrize("body", [
    "内田さん、車の中で急に体がガクガクってなって、目が上向いちゃって、2分くらいで治まったそうです。",
    "昨日の昼からずっとうとうとしていて、声をかけて目を開けてもすぐ寝ちゃうそうです。",
    "呼んで目を開けてもすぐ眠ってしまいます。",
])
def test_a_seizure_and_a_weak_response_told_in_chat_are_red_flags(body: str) -> None:
    assert set(_urgent(body)) & {"consciousness", "weak-response"}


@pytest.mark.parametrize("body", [
    "声をかけて目を開けてもらい、にっこりされました。",
    "日中少しうとうとされる時間がありますが、声をかければすぐ目を開けて会話もできます。",
    "階段を下りると膝がガクガクってなるそうです。",
    "天気が良く、目線が上向きになってきました。",
])
def test_what_is_no_seizure_nor_weak_response(body: str) -> None:
    assert not set(_urgent(body)) & {"consciousness", "weak-response"}


@pytest.mark.parametrize("ask", ["田中様は術後、いかがお過ごしですか。", "田中様は、リハビリ病棟でお変わりなくお過ごしですか。"])
def test_a_question_after_the_patients_health_still_asks(ask: str) -> None:
    text = HEAD + "田中様の退院についてご相談です。\n退院後の生活を調整しております。\n" + ask
    assert ask in [r.text for r in _outline(text).requests]


@pytest.mark.parametrize("said", ["娘さんは、今後のことを地域包括に相談したいとのことです。", "ご家族と相談したいと思います。",
                                  "担当者会議で事業所と相談したいと考えています。", "息子さんと相談したいので、来週調整いたします。"])
def test_wanting_to_consult_someone_else_or_later_asks_nothing(said: str) -> None:
    text = HEAD + "ご本人は3日前から夕食を半分残されています。\n" + said
    assert said not in [r.text for r in _outline(text).requests]


@pytest.mark.parametrize("one", [
    "受診したほうがいいのか、様子を見てもいいのか、救急車を呼んだほうがいいのか、ご指示いただけますか。",
    "病状のこと、今後の治療のこと、お薬のこと、ご家族にご説明いただけますでしょうか。",
    "湿布（①腰用、②膝用）を出していただけますか。",
])
def test_one_ask_with_its_options_or_topics_is_not_unordered(one: str) -> None:
    text = HEAD + "ご本人は3日前から夕食を半分残されています。\n" + one
    assert _outline(text).request == "clear"


def test_a_purpose_said_as_a_confirmation_of_a_call_is_not_the_reports() -> None:
    # (…についての確認です as a purpose was withdrawn: 昨日の薬局からのお電話は、残薬についての問い合わせでした read so too)
    text = HEAD + "昨日の薬局からのお電話は、残薬についての問い合わせでした。\nご本人は3日前から夕食を半分残されています。\n様子を見ます。"
    assert _outline(text).purpose is None


@pytest.mark.parametrize(("body", "sign"), [
    ("夏に入院した時と同じような黒い便が今朝出ています。", "black-stool"),
    ("前回と同様、今朝から意識がもうろうとしています。", "consciousness"),
    ("本日10時、SpO2は86%で、12月と同様の息苦しさです。", "low-spo2"),
])
def test_a_red_flag_compared_with_a_past_one_is_still_one(body: str, sign: str) -> None:
    assert sign in _urgent(body)


@pytest.mark.parametrize("body", [
    "熱が上がる前に体がガタガタってなって、寒いと言っていました。",
    "寝入りばなに体がビクビクってなることがあるそうです。",
    "目が上向いてしまうので、目薬がさしにくいそうです。",
    "声をかけて目を開けても、布団から起きないのはいつものことです。",
])
def test_shivers_jerks_and_grogginess_are_no_seizure(body: str) -> None:
    assert not set(_urgent(body)) & {"consciousness", "weak-response"}


def test_red_urine_is_asked_as_blood_in_the_urine() -> None:
    for text in ("尿の色が赤くなっています。", "おしっこが赤いです。"):
        entries = {f.entry for f in _CHECKER.check(text).findings}
        assert "redness" not in entries
        assert "haematuria" in entries
    assert "redness" in {f.entry for f in _CHECKER.check("お尻が赤くなっています。").findings}


def test_a_severe_reading_the_same_as_last_weeks_is_still_a_red_flag() -> None:
    assert "blood-pressure" in _urgent("田中様、血圧は上が210で、先週と同程度です。\n頭痛の訴えはありません。")


# ---------------------------------------------------------------- from blind229-231's first runs


@pytest.mark.parametrize("line", [
    "11月の訪問看護記録より：SpO2 安静時92〜94%、労作後89〜91%で、この1年間と同じ範囲です。",
    "1/1〜1/21のSpO2：安静時91〜93%、入浴後89〜91%で、12月と同程度です。",
])
def test_a_low_band_told_as_the_usual_one_is_no_news(line: str) -> None:
    body = "利用者：渡部 勝様（79歳、COPD、在宅酸素 安静時1L/分）\n" + line + "\n痰の量・色も変化なく、発熱はありません。"
    assert "low-spo2" not in _urgent(body, "\n情報共有のみですので、ご返信は不要です。")


@pytest.mark.parametrize("line", [
    "本日のSpO2は86〜88%で、先月と同程度です。",  # wholly below the limit
    "SpO2は本日10時に87%で、先月と同程度です。",  # a single value
])
def test_a_band_beyond_the_limit_is_still_a_red_flag(line: str) -> None:
    assert "low-spo2" in _urgent(line + "\n咳が出ています。")


def test_a_high_band_told_as_usual_reads_as_it_did() -> None:
    # (only a low band is cleared by its sameness: a fever's or a pressure's is read as before)
    for band in ("体温は38.2〜39.0℃", "血圧は上が190〜210"):
        assert _urgent(band + "で、昨日と同じ範囲です。\n咳が出ています。") == _urgent(band + "です。\n咳が出ています。")


@pytest.mark.parametrize("body", [
    "右手のしびれがひどうて箸も持てん。\nほやけど、本人はしびれは3年前から同じや言うて病院に行かん。",
    "右手に力が入らんで箸が持てん。\nほやけど、右手は前から同じやないって本人が言うんよ。",
])
def test_a_new_sign_played_down_after_a_dialect_but_is_still_one(body: str) -> None:
    # (a contrast opening the sentence, ほやけど、, was tried as no contrast inside it, for blind229's chronic numbness: it cleared
    # these, the patient's own playing down and even a sameness denied: withdrawn after the session 61 review)
    assert _urgent(body)


def test_sore_to_after_a_comma_adds_an_ask() -> None:
    text = (HEAD + "長尾さん、ここ2週間くらい夕方になると外に出ようとされるんです。\n"
            "お薬の調整できるか、それとショートを増やすなら診断書いるんか、あと認知症の専門の病院紹介してもらえるんかも聞きたいです。")
    assert _outline(text).request == "unordered"
    for one in ("夜間の不眠、それと日中の傾眠について、ご意見をいただけますでしょうか。",
                "お薬の調整をご検討いただけますでしょうか、それと同時にデイの回数も増やす予定です。",
                "血圧、それと脈拍の推移をご確認いただけますか。"):
        text = HEAD + "長尾さん、夕方になると外に出ようとされます。\n" + one + "\nまた、入浴は続けてよいでしょうか。"
        assert _outline(text).request != "unordered", one


@pytest.mark.parametrize("body", [
    "今朝38.9℃あって、「ここどこや、はよ家帰らして」ってずっと言うてて、いつもとぜんぜん違うんよ。",
    "山本さん、今朝38.5℃あって、「ここはどこかいね」言うて家の中うろうろしよってです。",
])
def test_confusion_in_kansai_speech_with_a_fever_is_a_red_flag(body: str) -> None:
    assert "fever-confusion" in _urgent(body)


def test_confusion_words_without_a_fever_are_not_a_fever_with_confusion() -> None:
    assert "fever-confusion" not in _urgent("今朝も「ここどこや」と言うてましたが、いつものことです。\n体温は36.5℃です。")


def test_a_severe_pain_is_shown_the_example_of_the_site_written() -> None:
    text = (HEAD + "井上様、本日13時ごろから今までにない頭痛を訴えておられます。\nご本人は横になっておられるとのことです。\n"
            "今後どのように対応したらよいか、ご助言いただければ幸いです。")
    examples = [f.suggestion.example for f in _CHECKER.check(text).findings if f.category == "urgency"]
    assert examples and all("頭痛" in e and "腹痛" not in e for e in examples)


@pytest.mark.parametrize("text", ["お孫さんが来てて、お寿司とかケーキとかいっぱい食べたみたいで。", "昨日ちょっと食べすぎて、夜に1回吐いたそうです。",
                                  "お祭りでぶち食べたらしいです。"])
def test_eating_a_lot_on_an_occasion_is_no_amount_to_count(text: str) -> None:
    assert not [f for f in _CHECKER.check(text).findings if f.category == "vague-quantity"]


@pytest.mark.parametrize("text", ["家族が見ていない間に甘いものをたくさん食べてしまうことが多いです。", "菓子をたくさん食べているらしいです。",
                                  "ご飯をあまり食べていません。"])
def test_a_habit_of_eating_a_lot_or_little_is_still_an_amount(text: str) -> None:
    assert [f for f in _CHECKER.check(text).findings if f.category == "vague-quantity"]


@pytest.mark.parametrize("line", [
    "SpO2は昨日の95%から本日は86〜90%に下がり、食欲は変わりないものの、ぼんやりしています。",
    "SpO2 85〜90%で、体重は先週と同じくらいでしたが、むくみが増えています。",
    "SpO2は労作後89〜91%で、この1年間と同じ範囲ではありません。",
])
def test_a_low_band_beside_another_sameness_is_still_a_red_flag(line: str) -> None:
    assert "low-spo2" in _urgent(line)


@pytest.mark.parametrize("body", [
    "熱は38.0℃です。\n「病院は分からないことを言われるから嫌だ」と話されています。",
    # (分からんこと言う without よく was tried for Kansai ようわからんこと, which MeCab reads 今|日よう|わから|ん: it also read
    # 分からんこと言うてはります, being unreasonable; withdrawn after the session 61 review)
    "北野さん、熱が38度あるのに、デイに行く言うて分からんこと言うてはります。\n受け答えはしっかりしてはります。",
    "熱は38.2℃です。\nこの地区は、ここはどこの病院も車で1時間かかります。",
    "熱は38.0℃です。\nデイの見学で「ここはどこの施設？」と聞かれました。",
])
def test_words_of_not_following_or_of_a_place_are_no_confusion(body: str) -> None:
    assert "fever-confusion" not in _urgent(body)


@pytest.mark.parametrize(("sentence", "pain"), [
    ("頭痛はありませんが、背中が今までで一番痛いそうです。", "腹痛"),
    ("口頭で伺ったところ、みぞおちが我慢できないほど痛いそうです。", "腹痛"),
    ("胸部レントゲンは異常なしでしたが、みぞおちが今までで一番痛いそうです。", "腹痛"),
    ("ご家族の意見が割れて頭が痛いところですが、本日ご本人が背中が我慢できないほど痛いと言われています。", "腹痛"),
])
def test_a_pain_denied_or_a_word_holding_a_site_does_not_choose_the_example(sentence: str, pain: str) -> None:
    text = HEAD + "井上様のことでご報告です。\n" + sentence + "\n今後の対応をご助言いただければ幸いです。"
    examples = [f.suggestion.example for f in _CHECKER.check(text).findings if f.category == "urgency"]
    assert examples and all(pain in e for e in examples)


# ---------------------------------------------------------------- from blind232-234's first runs


def test_oita_tatenn_goto_natta_is_a_sudden_inability_to_stand() -> None:
    body = "小野さんとこ、ヘルパーさんが行ったら、昨日の夜から急に立てんごとなっちょったみたいで、トイレも這って行きよったっち。"
    assert "cannot-stand-since" in _urgent(body)


def test_an_ask_after_what_was_agreed_is_still_an_ask() -> None:
    text = (HEAD + "佐藤さんが今朝転ばれて、右手首が腫れています。\n"
            "紹介状を書いていただけるとのことでしたので、14時までにご準備をお願いします。")
    assert _outline(text).request == "clear"
    thanks = HEAD + "佐藤さんが今朝転ばれて、右手首が腫れています。\n14時に往診いただけるとのこと、ありがとうございます。"
    assert _outline(thanks).request != "clear"


@pytest.mark.parametrize("ask", ["依頼：別紙の様式に、状態像のご確認とご署名を、12月19日（金）までにお願いいたします。",
                                 "訪問看護指示書が12/31で期限となります。\n更新をお願いできますでしょうか。"])
def test_a_signature_or_a_renewal_is_a_named_ask(ask: str) -> None:
    assert _outline(HEAD + "ご本人は起き上がりに毎回2分かかります。\n" + ask).request == "clear"


def test_a_report_line_naming_its_matter_is_a_purpose() -> None:
    text = "ご報告　嘔吐について\n桜井医院　桜井先生\nケアマネジャーの坂本です。\n本日13時に1回嘔吐されました。\n何かありましたらご連絡ください。"
    assert _outline(text).purpose is not None


@pytest.mark.parametrize("line", ["その後2週間、頭痛も吐き気もなく、いつも通りご飯も食べています。", "頭痛も吐き気もありません。",
                                  "頭痛も、吐き気もなく、元気です。"])
def test_neither_nor_denies_every_item(line: str) -> None:
    assert "headache-vomiting" not in _urgent("11/22に転倒され、頭を打ちました。\n" + line)


@pytest.mark.parametrize("line", ["今朝から頭痛があり、吐き気もあります。", "頭痛も吐き気もあります。"])
def test_both_told_with_mo_are_still_there(line: str) -> None:
    assert "headache-vomiting" in _urgent("本日転倒され、頭を打ちました。\n" + line)


def test_an_experience_asked_back_is_past() -> None:
    body = ("おじぃ、前に胸が痛いって病院行ったことあるでしょ？それで娘さんが気にしてたけど、今は胸の痛みは全然ないってよ。\n"
            "ご飯はまあまあ食べてるって。")
    assert "chest-pain" not in _urgent(body, "\n先生、また何かあればよろしくです。")


def _vc703(text: str) -> list[str]:
    return [f.message for f in _CHECKER.check(text).findings if f.category == "urgency"]


def test_a_red_flag_in_the_title_is_dated_by_the_episode_the_body_dates() -> None:
    text = ("【至急・報告】胸痛の出現について\n宛先：うらそえハートクリニック　喜瀬 先生\n記入者：介護支援専門員 與儀\n"
            "・12月6日 10:15、椅子に座っていた時に、前胸部の締めつけられる痛みが出現。\n"
            "・10:25 血圧164/92mmHg、脈拍96回/分、SpO2 95%。\n・ご依頼：本日中の受診の要否を、11:30までにご指示いただけますか。")
    assert not _vc703(text)
    # the body not dating it: VC703 still asks since when
    undated = ("【至急・報告】胸痛の出現について\n宛先：うらそえハートクリニック　喜瀬 先生\n記入者：介護支援専門員 與儀\n"
               "・椅子に座っていた時に、前胸部の締めつけられる痛みが出現。\n・血圧164/92mmHg、脈拍96回/分。\n"
               "・ご依頼：本日中の受診の要否を、11:30までにご指示いただけますか。")
    messages = _vc703(undated)
    assert messages and "いつから" in messages[0]


# ---------------------------------------------------------------- the third review's harms (narrowed before commit)


def test_a_fall_prevented_in_oita_speech_is_no_inability_to_stand() -> None:
    body = "急に立てんごとなっちょったら大変やけん、昨日ポータブルトイレを置きました。\n今のところ歩けよります。"
    assert "cannot-stand-since" not in _urgent(body)


@pytest.mark.parametrize("line", ["明日14時に往診いただけるとのことでしたので、よろしくお願いします。",
                                  "紹介状を書いていただけるとのことで、当日はよろしくお願いいたします。",
                                  "処方を変更していただけるとのことでしたので、薬局には私から連絡しておきます、ご安心ください。",
                                  "往診いただけるとのことでしたので、訪問看護にも同席をお願いしております。"])
def test_thanks_or_a_closing_after_what_was_agreed_asks_nothing(line: str) -> None:
    assert line not in [r.text for r in _outline(HEAD + "ご本人は3日前から夕食を半分残されています。\n" + line).requests]


@pytest.mark.parametrize("line", ["先月のご相談内容について、娘さんとヘルパーで話し合いました。", "ご依頼書類について、まだ娘さんから届いていません。"])
def test_a_mention_of_a_consultation_in_running_text_is_no_purpose(line: str) -> None:
    text = HEAD + line + "\nご本人は3日前から夕食を半分残されています。\n様子を見ます。"
    assert _outline(text).purpose is None


@pytest.mark.parametrize("line", ["認定の更新がありましたので、今後ともよろしくお願いします。", "ケアプランを更新しましたので、よろしくお願いします。",
                                  "吉田様のケアプランに娘さんの署名をいただきましたので、ご確認ください。"])
def test_a_renewal_or_a_signature_told_as_done_is_no_named_ask(line: str) -> None:
    assert _outline(HEAD + "ご本人は3日前から夕食を半分残されています。\n" + line).request != "clear"


@pytest.mark.parametrize("body", ["前に胸が痛いって病院行ったことあるでしょ、今またそれと同じ痛みが出とるって。",
                                  "胸が締め付けられるように痛いと訴えていますが、前に狭心症と言われたことがあるでしょうか。"])
def test_a_past_episode_recalled_beside_todays_is_no_history(body: str) -> None:
    assert "chest-pain" in _urgent(body)


# ---------------------------------------------------------------- from blind234-237's first runs


@pytest.mark.parametrize("body", ["舌が乾燥し、尿は12/5から1日2回・濃い茶色です。",
                                  "舌と口腔内が乾燥しています。\n本日の排尿は10時までに1回のみで、濃縮尿です。"])
def test_dehydration_told_by_its_signs(body: str) -> None:
    assert "dehydration-signs" in _urgent(body)


@pytest.mark.parametrize("body", ["口腔内が乾燥しています。\n尿は1日5回出ています。", "濃いお茶が好きで、口の中が乾くと言います。"])
def test_a_dry_mouth_alone_or_strong_tea_is_no_dehydration(body: str) -> None:
    assert "dehydration-signs" not in _urgent(body)


def test_tohoku_gune_denies() -> None:
    assert "chest-pain" not in _urgent("本人は元気で、「胸も痛ぐねし、なんもだ」と言ってました。")
    assert "chest-pain" in _urgent("本人は「胸が痛ぐて、なんもでぎね」と言ってました。")


def test_akita_kuchi_no_hidarikkawa_sagatta_is_a_facial_droop() -> None:
    assert "stroke-signs" in _urgent("お嫁さんから、今朝から「ばっちゃの口の左っかわ、下がってらった」と言われました。")


@pytest.mark.parametrize(("body", "sign"), [
    ("胸の痛みは、まだよぐねぇって言ってます。", "chest-pain"),
    ("息苦しさは、まだよぐねぇって。", "breathlessness"),
    ("右手のしびれは、まだよぐねって言ってます。", "stroke-signs"),
])
def test_tohoku_not_better_yet_is_no_denial(body: str, sign: str) -> None:
    assert sign in _urgent(body)


@pytest.mark.parametrize("body", ["口の中が乾いています。\n濃い茶色の杖を使っています。",
                                  "ベシケア開始後から口腔内が乾燥しています。\n排尿の失敗は今週に1回のみでした。"])
def test_brown_things_and_good_news_are_no_scanty_urine(body: str) -> None:
    assert "dehydration-signs" not in _urgent(body)


# ---------------------------------------------------------------- CI's property test, session 61


@pytest.mark.parametrize("breaks", ["\r\n\r\n\r\n\r\n", "\n\n\n\n", "\r\r\r\r"])
def test_a_piece_after_crlf_blank_lines_reads_the_sentence_before(breaks: str) -> None:
    # (hypothesis found it in CI: the \n of each \r\n was read as a line with text, so the piece's context stopped short of
    # 3日前から…, whose figures the whole text lets 特変なし sum up; in pieces it was a VC103 the whole did not give)
    from vaguecheck import _pieces

    text = "3日前から38.2℃の発熱があります。" + breaks + "特変なし。\n"
    cut = text.index("特")
    whole = [(f.start, f.rule) for f in _CHECKER.check(text).findings if f.rule < "VC6"]
    got = [(f.start, f.rule) for findings, _ in _pieces.check(_CHECKER, text, cut) for f in findings if f.rule < "VC6"]
    assert list(_pieces.spans(text, cut))[0] == (0, cut)
    assert sorted(got) == sorted(whole)
