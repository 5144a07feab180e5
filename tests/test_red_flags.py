"""Red flags in everyday words (issue #10): sentences a care manager might write, each inside a
report, that VC703 must find, and calm sentences (old, chronic, hypothetical, normal values) it
must leave alone.

The sentences were written by an engineer to probe the concept items of lexicons/report.toml
(a side x a limb x a loss of function, an abrupt onset x a core function, a severity x a pain
site, a call x a weak response, spoken vital values, the history / hypothetical guards); the
second half was run once before the changes it prompted (docs/evaluation.md gives both figures).
They are development data, not a measure: the blind report batches are.
"""

from __future__ import annotations

import pytest

FRAME = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の体調についてご報告です。\n{}\n受診の要否についてご指示をお願いいたします。"

RED_FLAGS = [
    "朝起きたら右手が思うように動かないと言っています。",
    "口がゆがんで、水がこぼれてしまいます。",
    "呼んでも反応がありません。",
    "つねっても痛がりません。",
    "トイレで倒れていて、しばらく動けませんでした。",
    "胸が焼けるように痛いそうです。",
    "みぞおちのあたりが締め付けられるように痛むそうです。",
    "息がぜーぜーして横になれません。",
    "唇が青くなっていました。",
    "指先で測った酸素が85でした。",
    "熱が40度近くあります。",
    "吐いたものに血が混じっていました。",
    "おむつに真っ黒な便がべったりついていました。",
    "下血がありました。",
    "昨日から全くおしっこが出ていません。",
    "血糖が45でした。",
    "上が80台まで下がりました。",
    "脈が150ありました。",
    "急に歩けなくなりました。",
    "片方の手がしびれて箸が持てません。",
    "目の前が真っ暗になって倒れました。",
    "急に目が見えにくくなったそうです。",
    "頭が痛いと言って何度も吐いています。",
    "ひきつけを起こしました。",
    "顔色が土気色でした。",
    "左手がだらりと下がったままです。",
    "体を揺さぶっても目を開けません。",
    "便器の中が真っ赤でした。",
    "夜中に急に胸をかきむしるようにして苦しみ出しました。",
    "夕方から左手で茶碗が持てなくなったそうです。",
    "朝、娘さんが声をかけたら、返事はするものの目がとろんとして会話になりませんでした。",
    "「頭が痛い、今までで一番ひどい」と言って横になっています。",
    "おしっこが半日以上出ていないようです。",
    "吐いたものがコーヒーみたいな色でした。",
    "ヘルパーが訪問すると、床に倒れて起き上がれない状態でした。",
    "右の口の端からよだれが垂れて、言葉がはっきりしません。",
    "胸のあたりがずーんと重いと繰り返しています。",
    "熱が39.5度まで上がり、震えが止まりません。",
    "酸素を測ったら84%でした。",
    "夜中にトイレで転んで、おでこから血が出ていました。",
    "昨日から便が真っ黒で、ふらふらしています。",
    "呼吸がハアハアと荒く、苦しそうです。",
    "今朝から急に言葉が出にくくなっています。",
    "意識がはっきりせず、つじつまの合わないことを言っています。",
    "脈が速く、数えたら140くらいありました。",
    "血圧を測ったら上が70しかありませんでした。",
    "朝から顔色が真っ白で、冷たい汗をかいています。",
    "イグザレルトを飲んでいる方で、昨夜ベッドから落ちました。",
    "手足がけいれんして、数分間呼びかけに答えませんでした。",
    "お腹が板のように硬くなって痛がっています。",
    "背中が裂けるように痛いと訴えています。",
    "急にろれつが怪しくなりました。",
    "血糖を測ったら38でした。",
    "話しかけても目を閉じたままで反応がありません。",
    "片方の足に力が入らず、立ち上がれません。",
    "急に物が二重に見えると言い出しました。",
    "唇と指先が紫色になっています。",
    "息をするたびにヒューヒューと音がして、横になれません。",
    "下着に血がべったりついていました。",
]

CALM = [
    "以前から右手のしびれがあり、変わりありません。",
    "胸痛が出た場合はすぐに救急車を呼ぶようお伝えしています。",
    "ご主人は昨年、脳梗塞で亡くなられています。",
    "転倒して頭を打たないよう、見守りを続けています。",
    "膝が痛くて階段がつらいとのことです。",
    "血圧は128/70mmHg、脈拍は76回/分でした。",
    "体温は36.8℃、SpO2は97%でした。",
    "食欲が急に落ちて、体重が2kg減りました。",
    "急に寒くなり、咳が出ています。",
    "脳梗塞の後遺症で右手に麻痺があります。",
    "夜中に何度もトイレに起きられます。",
    "便秘気味で、3日出ていません。",
    "デイでは声をかけても参加を断られます。",
    "右足を引きずって歩くのは、膝の手術後からです。",
    "ヘルパーさんが急に休みになりました。",
    "右手のしびれは以前と変わりありません。",
    "血圧は上が128、下が72でした。",
    "脈拍は68回/分で安定しています。",
    "熱は37.2度で、食事も8割とれています。",
    "夜間に目が覚めることが時々あります。",
    "急に雨が降ってきたため、デイの送迎が遅れました。",
    "胸が痛くなった時のために、ニトロを枕元に置いています。",
    "脳梗塞の後遺症で左足を引きずって歩かれます。",
    "頭を打たないよう、ベッド柵を付けました。",
    "昨年、ご主人が脳梗塞で倒れられました。",
    "転倒時に頭を打っていないか、ご家族に確認をお願いしました。",
    "SpO2は96〜98%で推移しています。",
    "声をかけると笑顔で返事をされます。",
    "便の色は普通で、血は混じっていません。",
    "息切れは階段を上がる時だけで、安静時はありません。",
]


#: The blind7 round: red flags in regional and family words and told by their parts (pressure on the
#: chest, stool likened to ink, sweat with shaking, a fever after choking, a pain score, a silent
#: fistula, less urine since yesterday, a cup falling from one hand, pillows stacked to sleep).
#: Written by an engineer after the round's first changes, without blind7's phrases, and run once
#: before the fixes they prompted: 15/20 found, 0/15 calm flagged (docs/evaluation.md).
RED_FLAGS += [
    "今朝から胸が押しつぶされるように重いと言っています。",
    "昨夜から「胸がしんどい」と何度も言っています。",
    "「息がきつい」と言って椅子に座ったままです。",
    "うんちがイカ墨のように黒かったそうです。",
    "お通じに赤い血がついていました。",
    "朝から汗がだらだら出て、手がぶるぶる震えています。",
    "インスリンを打っている方で、夕方ぼんやりしていましたが、ジュースを飲んだら元に戻りました。",
    "夕食でむせた後から、夜に38.5度の熱が出ました。",
    "パーキンソン病の薬が2日飲めておらず、手足ががちがちで、熱が38度あります。",
    "痛みはNRSで8とのことです。",
    "透析のシャントを触っても、ドクドクする感じがありません。",
    "ここ2日、おしっこの量が減って色が濃くなっています。",
    "左手から湯呑みが滑り落ちて、うまく握れないそうです。",
    "夜は布団に枕を三つ重ねて、もたれて寝ています。",
    "今朝から身動きがとれないと、ご家族から連絡がありました。",
    "昨日から急に立てへんようになった、と奥さんが言うてはります。",
    "息がせつないと言って、夜中に何度も起きています。",
    "右の足が動かんと言って、座り込んでいます。",
    "胸がぎゅーっと押さえつけられると言われます。",
    "朝、汗びっしょりで、話しかけてもぼーっとしていました。",
]

CALM += [
    "汗をかいたので、入浴後に着替えました。",
    "寝返りができないため、2時間おきに体位変換をしています。",
    "胸が詰まる思いで、ご家族の話を伺いました。",
    "便の色は黒くないとのことです。",
    "鉄剤内服中で便が黒いのは以前からです。",
    "NRSは2で、痛み止めは使っていません。",
    "シャントのスリルは良好です。",
    "夜間の尿の回数が減ってきました。",
    "食事中にむせることがあり、とろみをつけています。",
    "飴をなめるのが好きな方です。",
    "枕を替えてからよく眠れています。",
    "右手で箸を持って、ご自分で食べられています。",
    "体が固いので、ストレッチを続けています。",
    "おしっこの量は普段どおりです。",
    "デイで汗を流して、すっきりされたそうです。",
]

#: The blind8 round: chills with a fever told plainly, a stranger seen in the person's words, a call told
#: as a condition with a weak response, urine not coming in regional speech, a dry mouth with a second
#: sign of dehydration.  Written by an engineer after the round's first changes, without blind8's
#: phrases, and run once before the fixes they prompted: 12/14 found, 0/13 calm flagged; the misses
#: (寒うてかなわん, a cold past bearing; お茶を飲まれず, an honorific before the negation) were fixed as
#: classes (docs/evaluation.md).
RED_FLAGS += [
    "昨夜から悪寒がして歯がガチガチ鳴り、今朝の熱は38.4℃です。",
    "「寒うてかなわん」と布団をかぶって震えよりました。熱は38.6度です。",
    "体温38.1℃で、体の震えが止まりません。",
    "夕方から全身がぶるぶる震え出し、熱を測ったら38度ありました。",
    "昨晩から「誰か知らん人が台所におる」と叫んで、眠っていません。",
    "「知らない子どもが座っている」と怖がって、部屋から出ようとします。",
    "朝から呼んでも目を少し開けるだけで、すぐにまた眠ってしまいます。",
    "声をかけるとうっすら目を開けますが、返事がありません。",
    "昨日の夕方から、おしっこがいっぺんも出とらんと奥さんが言うとります。",
    "朝から「小便が出らん」と言うて、お腹を気にしています。",
    "今日は一回もおしっこ出てへんねん、と娘さんから電話がありました。",
    "舌がカラカラに乾いて、昨日から水もほとんど飲めていません。",
    "唇がかさかさで、おしっこは茶色っぽく、量も少ないです。",
    "ここ3日、お茶を飲まれず、口の中がパサパサに乾いています。",
]

CALM += [
    "寒いと言われるので、エアコンの温度を上げました。",
    "パーキンソン病で右手が小刻みに震えますが、以前と変わりません。体温は38.0℃でした。",
    "手の震えがあり、字が書きにくいそうです。",
    "「知らない人が来るのは嫌」と、ヘルパーの交代を断られています。",
    "テレビを見ていて「この人知らん」と笑っておられました。",
    "声をかけると目を開けて、にこにこされます。",
    "呼ぶとすぐに起きて、朝食を召し上がりました。",
    "おしっこは出ていますが、回数が少し減りました。",
    "トイレでおしっこが出にくいことは以前からで、泌尿器科に通院中です。",
    "口が渇くとおっしゃるので、お茶をこまめに勧めています。",
    "口の中が乾燥しやすいため、保湿ジェルを使っています。",
    "便の色が濃い茶色でした。",
    "冬は寒くて震えると言われるので、カイロを渡しています。",
    # another person's red flag (blind12): the wife's chest pain is why a respite stay is asked for
    "奥様も胸痛で救急搬送され、入院されました。",
    "主介護者の奥様が胸痛で救急搬送されました。",
]

@pytest.mark.parametrize("sentence", RED_FLAGS)
def test_red_flag_in_everyday_words_is_found(checker, sentence):
    assert checker.check(FRAME.format(sentence)).outline.urgent, sentence


@pytest.mark.parametrize("sentence", CALM)
def test_calm_sentence_is_not_a_red_flag(checker, sentence):
    found = [(p.id, p.text) for p in checker.check(FRAME.format(sentence)).outline.urgent]
    assert not found, (sentence, found)


@pytest.mark.xfail(strict=True, reason="speech described only by its effect on the listener: no concept for it yet")
def test_unintelligible_speech_told_by_the_listener():
    import vaguecheck

    assert vaguecheck.check(FRAME.format("何を言っているのか分からない話し方でした。")).outline.urgent


def test_a_question_undoes_a_red_flag_unless_the_sign_keeps_it(checker):
    """despite_question: the person's musing 「…楽になれるかな」 is still suicidal talk, while a
    question about a sign (胸が痛いかどうか確認しました) is not a report of it."""
    keeps = {s.id for s in checker.lexicon.urgent if s.despite_question}
    assert "suicidal-talk" in keeps and "chest-pain" not in keeps
    musing = [p.id for p in checker.check(FRAME.format("「薬を全部飲んだら楽になれるかな」と話されました。")).outline.urgent]
    asked = [p.id for p in checker.check(FRAME.format("胸が痛いかどうか確認しました。")).outline.urgent]
    assert "suicidal-talk" in musing and "chest-pain" not in asked, (musing, asked)


def test_despite_question_must_be_true_or_false(tmp_path):
    from vaguecheck.lexicon import load

    bad = tmp_path / "team.toml"
    bad.write_text('[[urgent]]\nid = "x"\nlabel = "x"\npatterns = ["死ぬ たい"]\nsource = "s"\nbad = ["死にたい。"]\n'
                   'good = ["生きたい。"]\ndespite_question = "yes"\n', encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load([bad])
    assert "team.toml" in str(err.value) and "despite_question" in str(err.value)


# ---------------------------------------------------------------- session 17 (blind68)

def test_a_sign_read_inside_another_is_named_once(checker):
    text = FRAME.format("本日7時から左手のしびれがあり、言葉がもつれる（長男様より）。")
    found = [f for f in checker.check(text).findings if f.rule == "VC703"]
    assert found and "・もつれる" not in found[0].message and "言葉がもつれる" in found[0].message, found


@pytest.mark.parametrize("sentence", ["唇もちょっと紫っぽかったかもしれません。", "唇が紫っぽかったかもしれないです。"])
def test_a_hedged_sign_is_still_a_sign(checker, sentence):
    assert [p.id for p in checker.check(FRAME.format(sentence)).outline.urgent], sentence


@pytest.mark.parametrize("sentence,urgent", [("口がまわらんようになりました。", True), ("ろれつが回らないようになったら連絡します。", False),
                                             ("ろれつが回らないようになれば連絡します。", False)])
def test_na_you_ni_naru_tells_a_change_and_with_tara_a_plan(checker, sentence, urgent):
    assert bool(checker.check(FRAME.format(sentence)).outline.urgent) is urgent, sentence


@pytest.mark.parametrize("sentence,urgent", [("薬カレンダーの薬が2日分なくなっていました。", True), ("薬があと2日分でなくなります。", False),
                                             ("3日分の薬が残っていました。", False)])
def test_a_sign_whose_predicate_negates_its_condition_word_still_holds(checker, sentence, urgent):
    """薬が2日分なくなって: なくなる is the sign's own predicate, not a denial of the medicine it needs."""
    assert bool(checker.check(FRAME.format(sentence)).outline.urgent) is urgent, sentence


def test_a_short_item_of_a_list_is_content_not_a_label(checker):
    """・昨夜22時就寝時は普段通り。 has no predicate and is short, but an item of a list is told in record
    style: it dates the sign in the item before it (blind67: the last time seen well)."""
    text = ("〇〇クリニック 佐藤先生\nいつもお世話になっております。\n脳卒中が疑われる症状のため至急ご指示をお願いします。\n"
            "・言葉がもつれる（長男様より）。\n・昨夜22時就寝時は普段通り。\n受診先をご指示ください。")
    assert checker.check(text).outline.urgent
    assert not [f for f in checker.check(text).findings if f.rule == "VC703"]  # dated, and a reply asked today
    undated = text.replace("・昨夜22時就寝時は普段通り。\n", "・長男様が付き添っています。\n")
    assert [f for f in checker.check(undated).findings if f.rule == "VC703"]


@pytest.mark.parametrize("sentence,urgent", [("急に力が入らなくなったり、ろれつが回らなかったりといったことはありません。", False),
                                             ("急に力が入らなくなったり、ろれつが回らなかったりしています。", True)])
def test_events_listed_by_tari_are_denied_together(checker, sentence, urgent):
    assert bool(checker.check(FRAME.format(sentence)).outline.urgent) is urgent, sentence


# ---------------------------------------------------------------- session 17 review

@pytest.mark.parametrize("sentence", ["ろれつが回らないようになると危ないので、見守りを増やしました。",
                                      "ろれつが回らないようになっては困るので、見守りを増やしました。",
                                      "お薬が明日の分でなくなってしまうので、処方をお願いしたいです。",
                                      "おしっこは出るけど便が出とらんのよ。"])
def test_review_plans_refills_and_a_stool_are_no_red_flags(checker, sentence):
    assert not checker.check(FRAME.format(sentence)).outline.urgent, sentence



@pytest.mark.parametrize(("body", "ids"), [
    ("咳をすると、赤い血が痰に混じります。", {"hemoptysis"}),  # the override, whatever order the signs are read in
    ("血痰はありませんが、便に血が混じっていました。", {"gi-bleeding"}),  # a denied overriding sign overrides nothing
])
def test_hemoptysis_overrides_the_gut_bleed_of_its_sentence(body, ids):
    """Session 22 (blind80's physician: blood in sputum shown a stool example; the reviews)."""
    import vaguecheck

    report = vaguecheck.check("医療・介護連携連絡票\n宛先：A先生\n利用者：B様\n" + body + "\nご指示をお願いします。")
    got = {u.id for u in report.outline.urgent}
    assert ids <= got and not ({"hemoptysis", "gi-bleeding"} - ids) & got, got


@pytest.mark.parametrize(("sentence", "urgent"), [
    # blind108: Kaga やった after a spoken SpO2 value (UniDic reads や as 遣る) is a reading; 〜やったら is a threshold
    ("看護師さんが測ったら酸素が87やったって言うとった。", True),
    ("先生から、酸素が88やったら連絡するよう言われとります。今日は94でした。", False),
])
def test_a_spoken_spo2_before_western_yatta(checker, sentence, urgent):
    assert bool([p for p in checker.check(FRAME.format(sentence)).outline.urgent if p.id == "low-spo2"]) == urgent
