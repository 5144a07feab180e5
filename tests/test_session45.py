"""Session 45: what changed, each change with the probe that showed it.

- `vaguecheck eval` over annotated whole reports also gives issue #9's whole-report precision: warning-or-error
  findings per report annotated `quality: good`.
- A source named after what was heard, with how it came (〜らしいと訪問看護から連絡がありました, 〜そうで、娘さんから電話が
  ありました), answers "who said it?" as 〜によると does before it (session 44's leftovers); the source's own impression
  (〜ようだ) is still asked, and hearsay with no source is still flagged.
- Round 1 on blind141 (its physicians' packet) and batch 123 (the sentence writer), each class with a probe that must
  still be flagged: an ask to tell (教えていただけますか) with its question is clear, 何か…あれば教えて is not; a reference to
  an earlier call (この前お電話で…件) dates no onset; a course in figures on the
  next line settles a degree word; a hedge on a denied fever is not shown a fever's example; a sudden headache is shown
  a headache's example; Tosa 立てんなった and a slow pulse with ふらっと座り込んだ are red flags; an ask that names what the
  report measured before it asks nothing missing; 膿性痰 in a ・ list is denied with it; the complaint a prescription
  treats (腰痛でロキソプロフェン…内服中) is no observation; っていうか rephrases, it asks nothing; 大したことない, 表情は
  前より暗い and 生活リズムが乱れている are labels; ご本人 between commas does not cut a denial.
- Round 2 on blind142 (its physicians' packet and its annotations): a list's last item qualified by its own clause
  (呼吸苦、尿が出ない時間帯はありません) is denied with it, red flag included; a name read as a na-adjective before 様です
  is no hedge; where to send the paper asked for is no second ask; a limb bent out of shape after a fall, 急な起立不能 and
  立位が取れません with a sudden onset are red flags; a record named in brackets as a figure's source (〜5回（本人の記録より）)
  does not make the count a thing; a swelling's example is written about the part the writer names.
"""

from __future__ import annotations

import io
import json

import pytest

import vaguecheck
from vaguecheck.research import eval_command, evaluate_reports

CHECKER = vaguecheck.Checker()


def _record(rid: str, text: str, quality: str) -> dict:
    return {"id": rid, "text": text, "quality": quality, "purpose": True, "purpose_text": "", "request": "clear",
            "request_text": [], "urgent": False, "urgent_text": [], "already_phoned": False, "notes": ""}


def test_report_eval_counts_warnings_per_good_report_only(tmp_path):
    vague, clean = "最近、元気がありません。", "本日9時の体温は36.5℃でした。"
    records = [_record("g1", vague, "good"), _record("g2", clean, "good"), _record("p1", vague * 3, "poor")]
    expected = sum(f.severity in ("warning", "error") for f in CHECKER.check(vague).findings)
    assert expected >= 2  # the vague report has something to count
    result = evaluate_reports(records)
    assert result["good_reports"] == 2
    assert result["good_warnings_per_report"] == round(expected / 2, 4)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = io.StringIO()
    assert eval_command([str(path)], stdout=out, stderr=out) == 0
    assert f"good reports: 2; warnings and errors per good report {expected / 2:.3f}" in out.getvalue()


def _rules(text: str) -> list[str]:
    return [f.rule for f in CHECKER.check(text).findings]


@pytest.mark.parametrize(("text", "unsourced"), [
    ("昨夜から38.5℃の発熱があるらしいと訪問看護から連絡がありました。", "昨夜から38.5℃の発熱があるらしいです。"),
    ("12月3日22時ごろに転倒されたそうで、訪問看護から連絡がありました。", "12月3日22時ごろに転倒されたそうです。"),
    ("12月3日22時ごろに転倒されたそうだと、娘さんから電話がありました。", "12月3日22時ごろに転倒されたそうだ。"),
    ("今朝は朝食を全量召し上がったそうだと、ヘルパーさんより報告を受けました。", "今朝は朝食を全量召し上がったそうです。"),
])
def test_a_source_named_after_the_hearsay_answers_who_said_it(text, unsourced):
    assert _rules(text) == []
    # the same words without the source are still asked who said it (the probe that keeps the test able to fail)
    assert {"VC205", "VC202"} & set(_rules(unsourced))


def test_the_sources_own_impression_and_a_later_unsourced_hearsay_are_still_asked():
    assert "VC202" in _rules("12月3日は食事を半分残し、疲れているようだと訪問看護から連絡がありました。")
    assert "VC205" in _rules("食欲がないそうです。娘さんと電話で相談しました。")


_LETTER = "塩釜港町診療所 本間先生\nいつもお世話になっております。ケアマネの千田です。\n尾形さんですが、12/18に胃カメラの検査予定になっています。\n"


@pytest.mark.parametrize(("ask", "state"), [
    ("当日朝の内服をどうするか、12/15頃までに教えていただけますか。", "clear"),
    ("入浴を再開してもよいか、何か注意することがあれば教えてください。", "clear"),
    ("入浴の目安があれば教えてください。", "clear"),
    ("何かよか方法があれば教えてください。", "vague"),
    ("またなんか分かったら教えてもらえたらと思います。", "vague"),
])
def test_an_ask_to_tell_is_clear_with_its_question_and_vague_with_an_indefinite(ask, state):
    assert CHECKER.check(_LETTER + ask).outline.request == state


@pytest.mark.parametrize(("text", "flagged"), [
    ("この前お電話で言いよった件ですけんど、12月2日からはふらつきはもうないです。", False),
    ("この間ご相談した件で、FAXをお送りします。", False),
    ("この前から咳が出ています。", True),
    # 相変わらず stays asked, also as a predicate: two of three blind writers mark it there, and 体調は相変わらずです asks
    # nothing else (tried and reverted in session 45: the session's review)
    ("便秘気味なのは相変わらずでして、下剤の調整もご相談したいところです。", True),
    ("父、相変わらず食が細いです。", True),
])
def test_vague_time_of_an_earlier_call_or_an_unchanged_state(text, flagged):
    assert ("VC301" in _rules(text)) is flagged


def test_a_course_in_figures_on_the_next_line_settles_a_degree_word():
    head = "阿部先生\nお世話になっております。ケアマネの鈴木です。\n山内さんの仙骨部の床ずれですが、だいぶ良くなってきているそうです。\n"
    assert "VC502" not in _rules(head + "11月初めは2cmくらいあったのが、今は1cm弱になっていると聞きました。")
    assert "VC502" in _rules(head + "エアマットに替えました。")
    assert "VC502" in _rules(head + "体重は45kgです。")  # a figure of something else
    # two readings, but not of what the line above names, or not a course (the session 45 review)
    assert "VC502" in _rules("阿部先生\nお世話になっております。\n夜間の咳がかなりひどいです。\nベッドの高さを40cmから45cmに変更しました。")
    assert "VC502" in _rules("阿部先生\nお世話になっております。\n食事量がかなり減っています。\nエンシュアは朝250ml、夕方250mlを飲まれています。")


def test_a_hedge_on_a_denied_fever_is_not_shown_a_fever():
    hedge = _finding("熱とかはないみたいです。", "VC202")
    assert "℃" not in hedge.suggestion.example and "発熱があり" not in hedge.suggestion.example
    assert "℃" in _finding("熱が少しあるみたいです。", "VC202").suggestion.example
    # a negation undone after it is no denial (the session 45 review)
    assert "℃" in _finding("熱もないわけではないみたいで、少しだるそうです。", "VC202").suggestion.example


def test_a_sudden_headache_is_shown_a_headache():
    text = ("先生、おばんです。ケアマネの佐藤です。\n桜井さん、お昼過ぎにいきなり頭が割れるように痛いって言い出したんだって。\n"
            "2回吐いたって言ってたっけ。\nなんかあったらお願いしますね。")
    example = _finding(text, "VC703").suggestion.example
    assert "頭痛" in example and "つじつま" not in example


def _urgent(text: str) -> list[str]:
    return [u.id for u in CHECKER.check("森先生、お世話になっております。ケアマネの荒木です。\n" + text + "\nご指示をお願いします。").outline.urgent]


@pytest.mark.parametrize(("text", "sign"), [
    ("今朝から急に立てんなったそうです。", "sudden-change"),
    ("デイで血圧測ったら脈が42しかなくて、ふらっとして座り込んだそうです。", "slow-pulse-dizzy"),
])
def test_regional_and_plain_red_flags(text, sign):
    assert sign in _urgent(text)


@pytest.mark.parametrize("text", ["急に立つんで危ないです。", "脈拍は46回/分ですが、ふらつきやめまいはありません。"])
def test_calm_words_beside_them_stay_calm(text):
    assert _urgent(text) == []


def test_an_ask_names_what_the_report_measured_before_it():
    body = ("【ご相談】体重減少に対する栄養補助食品の処方について\n仙台東口内科 本田先生\n"
            "体重が10/15 41.5kg → 12/15 39.0kg と、2か月で2.5kg減少しています。\n食事摂取量は毎食5〜6割です。\n")
    ask = "12/22の受診時に、体重減少の評価をご検討いただけますでしょうか。"
    assert "VC602" not in _rules(body + ask)
    # not another person's figures, nor another occasion's (the session 45 review)
    for earlier in ("同居の奥様も2か月で3kg体重が減っています。\n", "昨年の入院時に体重が5kg減少しました。\n"):
        assert "VC602" in _rules("【ご相談】栄養補助食品の処方について\n仙台東口内科 本田先生\n" + earlier + ask)
    assert "VC602" in _rules("【ご相談】栄養補助食品の処方について\n仙台東口内科 本田先生\n食事摂取量は毎食5〜6割です。\n" + ask)


@pytest.mark.parametrize(("text", "flagged"), [
    ("発熱・膿性痰・喘鳴なし。", False),
    ("発熱・膿性痰あり。", True),
    ("腰痛でロキソプロフェン60mg 1日3回、バイアスピリン100mg 1日1回内服中。", False),
    ("便秘で酸化マグネシウムを服用中です。", False),
    ("腰痛でベッドから起きられず、薬も飲めていません。", True),
    ("腰痛でデイサービスを休みました。", True),
    ("ふらつきでポータブルトイレを使用しています。", True),
    ("発熱でデイサービスを休み、解熱剤を服用されました。", True),
    ("腰痛でトイレは行けず、痛み止めも飲めていないそうです。", True),
    ("胸の痛みとか息苦しさは、ご本人、ないとおっしゃってます。", False),
    ("胸の痛みがあり、ご本人、つらそうです。", True),
])
def test_denials_and_indications_are_not_observations_lacking_elements(text, flagged):
    assert any(r.startswith("VC6") for r in _rules(text)) is flagged


@pytest.mark.parametrize(("text", "word"), [
    ("なんというか、元気がないっていうか、覇気がないっていうか。", "元気がない"),
    ("こないだこけはってんけど、大したことないと思うわ。", "大したことない"),
    ("こねぇだ転んだっけども、たいしたごどねがったのす。", "たいしたごどねがった"),
    ("まあ、表情は前より暗いですね。", "表情は前より暗い"),
    ("生活リズムが崩れています。", "生活リズムが崩れています"),
    ("じいさん、あんべぇわりぃみてぇで、朝から起きてこねぇんだよ。", "あんべぇわりぃ"),
])
def test_labels_of_the_persons_state(text, word):
    assert word in [f.text for f in CHECKER.check(text).findings if f.rule == "VC101"]


@pytest.mark.parametrize("text", ["元気がないかどうか確認します。", "主治医からは大したことはないと言われました。", "部屋は前より暗いです。",
                                  "大したことはないと思いますが、念のためご報告いたします。"])
def test_what_the_labels_leave_alone(text):
    assert "VC101" not in _rules(text)


def _finding(text: str, rule: str):
    return next(f for f in CHECKER.check(text).findings if f.rule == rule)


@pytest.mark.parametrize(("text", "urgent"), [
    ("・息切れ、夜間の呼吸苦、尿が出ない時間帯はありません。", []),
    ("息切れ、夜間の呼吸苦、眠れない日はありません。", []),
    ("夜間の呼吸苦、眠れない日が続いています。", ["breathlessness"]),
    # two items only: the comma closes the first, the clause is a matter of its own (the session 45 review)
    ("昨夜から黒い便、腹痛を訴える様子はありません。", ["black-stool"]),
    ("夕方から急に右手足の脱力、ろれつが回らない様子はありません。", ["sudden-change", "stroke-signs"]),
    ("昨夜トイレ行こうとして転んだらしくて、左の手首がぼっこり腫れて、なんか変な形に曲がってるんです。", ["fall-fracture-signs"]),
    ("本日朝から急な起立不能があります。", ["sudden-change"]),
    ("今朝から急に支えても膝が折れて立位が取れません。", ["sudden-change"]),
    ("・片側だけの急な脱力やろれつ障害はありません。", []),
    ("急な予定変更で、デイを1日お休みしました。", []),
    ("急な起立時に眩暈あり、数秒で消失。", []),
    ("以前から両足に力が入らないため、急な歩行は控えていただいています。", []),
    ("薬を変えてから急に調子が良くなって、手すりなしで歩けるんです。", []),
    ("脈拍44回/分。玄関で座り込んで靴を履かれます。", []),
    ("本日の訪問時、脈拍46回/分でした。ふらつきはありません。庭にしゃがみ込んで草取りをされています。", []),
])
def test_round2_red_flags_and_their_denials(text, urgent):
    assert _urgent(text) == urgent


def test_a_denial_after_a_qualified_item_does_not_reach_a_state_before_a_clause():
    assert "表情が暗く" in [f.text for f in CHECKER.check("表情が暗く、好きだったテレビも見なくなって、気分が落ち込んでいます。").findings]


@pytest.mark.parametrize(("text", "hedged"), [("和田 セツ様ですが、12月から食事量が主食5割に減っています。", False),
                                              ("悪化している様です。", True), ("大丈夫な様です。", True)])
def test_a_name_before_the_honorific_is_no_hedge(text, hedged):
    assert ("VC202" in _rules(text)) is hedged


def test_where_to_send_the_paper_is_no_second_ask():
    head = "いしづち内科クリニック 高橋先生\n【依頼】訪問看護指示書のご作成のお願い\n越智様の訪問看護指示書の有効期間が12月31日で終了します。\n"
    ask = "つきましては、1月1日からの6か月分の指示書を、12月24日（火）までにご作成いただけますと幸いです。\n"
    assert CHECKER.check(head + ask + "指示書はステーションあおぞらへ直接FAXしていただけますと助かります。").outline.request == "clear"
    more = "眠剤の処方もお願いできますか。\n入浴の可否もご指示ください。\n手すりのレンタルについてもご意見をください。"
    assert CHECKER.check(head + ask + more).outline.request == "unordered"  # other matters still are
    extra = "処方箋については、湿布を2袋追加していただき、ひまわり薬局へFAXしていただけますでしょうか。\n入浴の可否もご指示ください。"
    assert CHECKER.check(head + ask + extra).outline.request == "unordered"  # an ask of its own before the route


@pytest.mark.parametrize(("source", "asked"), [("（訪問看護の残量確認と本人の記録より）", False), ("（本人の記録より）", False), ("", False)])
def test_a_records_name_in_brackets_does_not_make_the_count_a_thing(source, asked):
    text = f"・14日間で打ち忘れ5回{source}。\n・打ち忘れは、デイサービス利用日（月・木）の朝に集中しています。"
    assert ("VC603" in _rules(text)) is asked


def test_a_swellings_example_is_about_the_part_named():
    assert "手首" in _finding("左の手首が腫れています。", "VC601").suggestion.example
    assert "歯ぐき" not in _finding("腫れがあります。", "VC601").suggestion.example


def test_eval_reports_missing_elements_asked_either_way_beside_the_strict_figure():
    from vaguecheck.research import evaluate

    text = "前田様、このごろ尿失禁が増えてきています。"
    word = text.index("尿失禁")
    gold = [(4, 8, "vague-time"), (word, word + 3, "missing-frequency"), (word + 1, word + 6, "vague-frequency")]
    strict = evaluate([("a", text, gold)])["headline"]
    # the checker asks how often once, at 失禁が増えて (its missing-* finding gives way to the vague word of the same kind)
    assert not any(f.category.startswith("missing-") for f in CHECKER.check(text).findings)
    # (from session 46 that finding names the observation it asks for, 失禁, and the strict figure counts it there)
    (linked,) = [f for f in CHECKER.check(text).findings if f.observation is not None and f.category == "vague-frequency"]
    assert linked.observation.start < word + 3 and word < linked.observation.end
    assert strict["missing_recall"] == 1.0 and strict["missing_or_same_kind_recall"] == 1.0
    # an observation with no vague word beside it counts the same either way
    plain = "ふらつきがあります。"
    both = evaluate([("b", plain, [(0, 4, "missing-frequency")])])["headline"]
    assert both["missing_recall"] == both["missing_or_same_kind_recall"]


@pytest.mark.parametrize(("text", "rule", "flagged"), [
    # 強い + a symptom was tried and left (a denied one and good reports were flagged: the session 45 review)
    ("強い眠気やふらつきはありません。", "VC501", False),
    ("動作緩慢、疲れやすい。", "VC101", True),
    ("12/3往診、仙骨部褥瘡にゲーベン軟膏塗布の指示。", "VC602", False),  # what a drug is applied to: the treatment's target
    ("褥瘡にテープを貼っていますが、大きくなっています。", "VC602", True),
])
def test_round3_strength_words_records_words_and_treatment_targets(text, rule, flagged):
    assert (rule in _rules(text)) is flagged


def test_a_call_the_family_made_to_the_writer_is_no_call_to_the_clinic():
    head = "とやの内科医院 御中\nいつもお世話様です。\n遠藤 ミヨ様のご家族から、年末年始の過ごし方についてお話を伺いました。\n"
    told = "今朝、娘さんが電話で、朝ごはんの時に急に手足がガクガクして白目をむいて2分くらい呼んでも返事がなかった、と言っていました。\n"
    report = CHECKER.check(head + told + "ケアマネ 大橋")
    assert report.outline.urgent and not report.outline.phoned
    assert "VC703" in [f.rule for f in report.findings]
    # the writer's own call to the clinic still counts (blind142's b142-21), and so does the family's to it
    called = CHECKER.check(head + told + "9時にクリニックにお電話でお伝えしました。\nケアマネ 大橋")
    assert called.outline.phoned
    assert CHECKER.check(head + "昨夜から胸が苦しいと訴えがあります。今朝、長女さんがお電話で貴院にご相談し、本日午後の受診予定と"
                                "なっています。\nケアマネ 大橋").outline.phoned


@pytest.mark.parametrize(("text", "hedged"), [("表情が暗いというか、沈んでる感じで。", False), ("ご本人、元気がないというか、ふさぎ込んでおられます。", False),
                                              ("嚥下がちょっと怪しいというか、むせることが多いです。", True)])
def test_a_writer_searching_for_a_word_after_a_flagged_label_adds_no_hedge(text, hedged):
    # no blind writer marked such a というか (fifteen sentences of the pool), and the label is the finding
    assert ("VC203" in _rules(text)) is hedged
    assert hedged or "VC101" in _rules(text)


@pytest.mark.parametrize(("text", "urgent"), [
    ("胸の痛みは、ご本人、ないと言っています。", []),  # the person put between commas, then the denial they tell
    ("胸の痛みがあり、ご本人、つらそうです。", ["chest-pain"]),
    ("胸の痛みは、ないと言っていましたが、今朝から痛がっています。", ["chest-pain"]),
])
def test_a_red_flag_denied_with_the_speaker_between_commas(text, urgent):
    assert _urgent(text) == urgent
