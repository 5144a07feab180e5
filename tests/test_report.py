"""Report-level rules (issue #10): purpose first, one clear request, urgent symptoms.

A table of whole reports with the exact outline and findings they must give, properties
(one or two sentences are never a report; offsets of every outline passage), selection,
the JSON layouts, and the figures on the annotated report corpora.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck.passes.report import _ONSET_ONLY
from vaguecheck.research import evaluate_reports, load_report_gold

ROOT = Path(__file__).resolve().parents[1]
ADDRESSEE = "さくら内科 佐藤先生"
GREETING = "いつもお世話になっております。"
SELF = "居宅介護支援事業所みどりの田中です。"

# (id, lines, purpose sentence or None, request state, urgent ids, phoned, rule ids that must fire)
CASES = [
    ("good-consultation", [ADDRESSEE, GREETING, SELF, "山田花子様の睡眠についてご相談です。",
                           "11月20日から夜間に3回以上起きられ、日中の傾眠が見られます。",
                           "睡眠薬の調整について、12月1日までにご意見をいただけますでしょうか。"],
     "山田花子様の睡眠についてご相談です。", "clear", [], False, set()),
    ("no-purpose-vague-request", [ADDRESSEE, GREETING, "最近、夜に眠れていないようです。", "食事も少し減っています。",
                                  "何かございましたらご連絡ください。"],
     None, "vague", [], False, {"VC701", "VC702"}),
    ("asks-nothing", [ADDRESSEE, GREETING, "山田様の食事についてご報告します。", "主食の摂取が11月20日から3割に減っています。",
                      "よろしくお願いいたします。"],
     "山田様の食事についてご報告します。", "none", [], False, {"VC702"}),
    ("no-reply-needed", [ADDRESSEE, "山田様の発熱についてご報告です。", "11月28日朝に37.6℃、夕方には36.8℃に下がりました。",
                         "ご返信は不要です。"],
     "山田様の発熱についてご報告です。", "no-reply-needed", [], False, set()),
    ("purpose-as-request", [ADDRESSEE, GREETING, SELF, "上野様の便秘について、下剤の処方をご検討いただきたくご連絡しました。",
                            "10月から排便が3〜4日に1回です。", "10月21日の受診時にご判断をお願いいたします。"],
     "上野様の便秘について、下剤の処方をご検討いただきたくご連絡しました。", "clear", [], False, set()),
    ("open-action-without-topic", [ADDRESSEE, "山田様の皮膚についてご相談です。", "11月25日から左すねに2cmの発赤があります。",
                                   "ご意見をいただけますと幸いです。"],
     "山田様の皮膚についてご相談です。", "vague", [], False, {"VC702"}),
    ("unordered", [ADDRESSEE, "山田様のことでご相談です。", "湿布を追加で出していただけますか。", "来月の受診日を変更していただけますか。",
                   "訪問入浴を使ってもよいか教えてください。"],
     "山田様のことでご相談です。", "unordered", [], False, {"VC702"}),
    # numbering is not an order of importance: blind21, blind23 and blind24's writers marked ①②③④ of unrelated asks unordered
    ("numbered-asks-without-priority", [ADDRESSEE, "山田様のことでご相談です。", "①湿布を追加で出していただけますか。",
                                        "②来月の受診日を変更していただけますか。", "③訪問入浴を使ってもよいか教えてください。"],
     "山田様のことでご相談です。", "unordered", [], False, {"VC702"}),
    ("black-stool", [ADDRESSEE, GREETING, "山田様の体調についてご報告です。", "今朝、黒色便がありました。",
                     "受診の要否についてご指示をお願いいたします。"],
     "山田様の体調についてご報告です。", "clear", ["black-stool"], False, {"VC703"}),
    ("black-stool-phoned", [ADDRESSEE, GREETING, "山田様の体調についてご報告です。", "今朝、黒色便があり、先ほどお電話でもお伝えしました。",
                            "受診の要否についてご指示をお願いいたします。"],
     "山田様の体調についてご報告です。", "clear", ["black-stool"], True, set()),
    ("call-planned-is-not-a-call", [ADDRESSEE, "山田様の体調についてご報告です。", "今朝から右手に力が入らないとのことです。",
                                    "16時までにご連絡がない場合はお電話いたします。", "受診の要否をご指示ください。"],
     "山田様の体調についてご報告です。", "clear", ["stroke-signs"], False, {"VC703"}),
    ("hidden-stroke", [ADDRESSEE, GREETING, "遠藤様のことです。", "なんとなく右手が使いにくそうで、しゃべりにくそうにしているそうです。",
                       "一応ご報告まで。"],
     None, "vague", ["stroke-signs", "slurred-speech"], False, {"VC701", "VC702", "VC703"}),
    ("fall-on-anticoagulant", [ADDRESSEE, "山田様の転倒についてご報告です。", "ワーファリンを服用中です。",
                               "昨日、トイレで転倒されました。", "受診の要否をご指示ください。"],
     "山田様の転倒についてご報告です。", "clear", ["fall-on-anticoagulant"], False, {"VC703"}),
    ("fall-without-red-flags", [ADDRESSEE, "山田様の転倒についてご報告です。", "6月10日19時ごろ、居間でしりもちをつきました。",
                                "頭は打っておらず、抗凝固薬の服用はありません。", "ご返信は不要です。"],
     "山田様の転倒についてご報告です。", "no-reply-needed", [], False, set()),
    ("negated-red-flags", [ADDRESSEE, "山田様の定期報告です。", "胸痛はありません。", "黒色便はありません。", "SpO2は97%です。",
                           "ご返信は不要です。"],
     "山田様の定期報告です。", "no-reply-needed", [], False, set()),
    ("low-spo2", [ADDRESSEE, "山田様の呼吸についてご相談です。", "本日14時、SpO2が88%でした。", "往診をお願いできますでしょうか。"],
     "山田様の呼吸についてご相談です。", "clear", ["low-spo2"], False, {"VC703"}),
    # blind71 round (session 18)
    ("how-then-named-question", [ADDRESSEE, GREETING, "転倒のご報告です。", "本日午前、デイで転倒され、額を床にぶつけたそうです。",
                                 "今後どうしたらよいか、脳外科受診が必要かどうかご指示いただけますでしょうか。"],
     "転倒のご報告です。", "clear", ["fall-head-strike"], False, {"VC703"}),
    ("how-then-instructions-outright", [ADDRESSEE, GREETING, "山田様の服薬についてご相談です。",
                                        "本日昼、お薬カレンダーの4日分をまとめて飲まれたようです。", "どうしたらいいか指示をください。"],
     "山田様の服薬についてご相談です。", "clear", ["double-dose"], False, {"VC703"}),
    ("how-then-instructions-tentatively", [ADDRESSEE, GREETING, "山田様の睡眠についてご相談です。", "11月20日から夜間に3回起きています。",
                                           "どうしたらよいか、ご指示いただければと思います。"],
     "山田様の睡眠についてご相談です。", "vague", [], False, {"VC702"}),
    ("department-addressee-and-copy-line", ["市立中央病院　脳神経内科　外来担当医 御侍史", "（在宅主治医：みどり内科 石井先生にも同時送信しています）",
                                            SELF, "本日救急搬送となった利用者について、情報提供いたします。",
                                            "本日10:05、左手で箸が持てなくなり、救急要請し、貴院へ搬送されました。",
                                            "入院となった場合は、退院調整の開始時にご連絡をお願いいたします。"],
     "本日救急搬送となった利用者について、情報提供いたします。", "clear", ["stroke-signs", "one-hand-drops"], True, set()),
    ("question-put-in-the-purpose", [ADDRESSEE, GREETING, "心不全の増悪が疑われるため、本日中の受診の要否についてご相談します。",
                                     "11/8から両下腿のむくみが増え、靴が入りません。", "ご指示をお願いいたします。"],
     "心不全の増悪が疑われるため、本日中の受診の要否についてご相談します。", "clear", [], False, set()),
    ("how-alone-stays-vague", [ADDRESSEE, GREETING, "山田様の睡眠についてご相談です。", "11月20日から夜間に3回起きています。",
                               "どうしたらよいかご意見をいただけますか。"],
     "山田様の睡眠についてご相談です。", "vague", [], False, {"VC702"}),
    ("bulleted-asks", [ADDRESSEE, GREETING, "・訪問リハビリの指示書をお願いしたいです。", "・おむつ使用証明書を娘さんが欲しいとのことです。",
                       "・痛み止めの飲み忘れが週2回あり、夕食後だけにまとめていただけないでしょうか。"],
     None, "unordered", [], False, {"VC701", "VC702"}),
    ("asks-listed-in-one-sentence", [ADDRESSEE, GREETING, SELF,
                                     "更新の意見書をお願いしたいのと、ベッドをレンタルに変える話が出ていて、あとお薬が足りないので出してもらえますか。",
                                     "よろしくお願いします。"],
     None, "unordered", [], False, {"VC701", "VC702"}),
    ("later-ask-is-no-purpose", [ADDRESSEE, GREETING, SELF,
                                 "山田様ですが、更新で主治医意見書を依頼させていただくことになると思いますので、書類が届きましたらよろしくお願いします。",
                                 "また、奥様からお薬を一包化にしてもらえないかと言われています。", "それと、ベッドの手すりの位置を変える予定です。",
                                 "それぞれご検討いただけますと助かります。"],
     None, "unordered", [], False, {"VC701", "VC702"}),
    ("wanting-is-not-an-ask", [ADDRESSEE, GREETING, "石田様の体重のことでご相談です。", "この1か月で体重が58kgから60kgに増えました。",
                               "デイでも間食を欲しがることが増えたと聞いています。",
                               "管理栄養士さんの訪問（居宅療養管理指導）をお願いすることはできますでしょうか。"],
     "石田様の体重のことでご相談です。", "clear", [], False, set()),
    ("another-persons-fever", [ADDRESSEE, GREETING, "お知らせします。", "武田さんの奥さんがインフルエンザになったそうです。",
                               "奥さんは咳がひどくて寝込んでいるそうで、熱も39℃くらい出たそうです。", "武田さんは今のところ元気で、熱も36.4℃でした。",
                               "ご返信は不要です。"],
     "お知らせします。", "no-reply-needed", [], False, set()),
    ("slow-weight-gain", [ADDRESSEE, GREETING, "下肢のむくみと体重増加についてご相談です。",
                          "体重は5月31日 46.0kg → 6月7日 47.5kg（1週間で+1.5kg）です。", "両足首に圧痕性のむくみがあります。",
                          "次回往診で利尿剤調整の要否をご判断いただけますでしょうか。"],
     "下肢のむくみと体重増加についてご相談です。", "clear", [], False, set()),
    # a sudden gain with oedema alone is a matter to consult on, not a call today (session 39: ten blind reports say so);
    # with breathlessness it is the guidance's red flag
    ("sudden-weight-gain-oedema-only", [ADDRESSEE, GREETING, "下肢のむくみと体重増加についてご相談です。",
                                        "体重は6月4日 46.0kg → 6月7日 48.5kg（3日で+2.5kg）です。", "両足首に圧痕性のむくみがあります。",
                                        "利尿剤調整の要否をご判断いただけますでしょうか。"],
     "下肢のむくみと体重増加についてご相談です。", "clear", [], False, set()),
    ("sudden-weight-gain", [ADDRESSEE, GREETING, "下肢のむくみと体重増加についてご相談です。",
                            "体重が3日で2.5kg増えました（6月4日 46.0kg → 6月7日 48.5kg）。", "両足首に圧痕性のむくみがあり、階段で息切れがします。",
                            "利尿剤調整の要否をご判断いただけますでしょうか。"],
     "下肢のむくみと体重増加についてご相談です。", "clear", ["weight-gain-heart-failure"], False, {"VC703"}),
]

#: VC703 says what a report already does (issue #11, blind6's physician rating): silent when each red
#: flag is dated and a request asks for the physician's answer today, or when the physician was phoned
#: or the patient taken to hospital; still on a red flag with no date, or with no answer asked for today.
IN_HAND = "山田様の体調についてご相談です。"
CASES += [
    ("urgent-dated-answer-asked-today", [ADDRESSEE, IN_HAND, "11月29日21時ごろから黒色便が2回ありました。",
                                         "本日12時までにお電話で受診の要否のご指示をお願いします。"],
     IN_HAND, "clear", ["black-stool"], False, set()),
    ("urgent-subject-line-dated-by-the-body", [ADDRESSEE, "【至急・相談】尿が出ていません", "11月29日8時の排尿を最後に、本日10時まで排尿がありません。",
                                               "本日中に往診または受診の要否のご指示をお願いします。"],
     "【至急・相談】尿が出ていません", "clear", ["no-urine"], False, set()),
    ("urgent-answer-asked-today-but-undated", [ADDRESSEE, IN_HAND, "黒色便がありました。", "血圧は108/64mmHgです。",
                                               "本日12時までにお電話で受診の要否のご指示をお願いします。"],
     IN_HAND, "clear", ["black-stool"], False, {"VC703"}),
    # blind105's physician: the vitals indented under a visit's date and time are dated by it ("already an urgent request
    # with the onset and the current vitals"); a blank line ends the block (session 32)
    ("urgent-dated-by-its-block-header", [ADDRESSEE, IN_HAND, "6/12 15:00 訪問時", " 体温38.2℃です。", " 呼吸数28回/分です。", " 痰は黄色です。",
                                          "本日中の往診が可能か、ご指示ください。"],
     IN_HAND, "clear", ["respiratory-rate"], False, set()),
    ("urgent-after-a-block-header-and-a-blank-line", [ADDRESSEE, IN_HAND, "6/12 15:00 訪問時", "", " 体温38.2℃です。", " 呼吸数28回/分です。", " 痰は黄色です。",
                                                      "本日中の往診が可能か、ご指示ください。"],
     IN_HAND, "clear", ["respiratory-rate"], False, {"VC703"}),
    ("urgent-not-indented-under-the-visit", [ADDRESSEE, IN_HAND, "6/12 15:00 訪問時", "体温38.2℃です。", "呼吸数28回/分です。", "痰は黄色です。",
                                             "本日中の往診が可能か、ご指示ください。"],
     IN_HAND, "clear", ["respiratory-rate"], False, {"VC703"}),
    ("urgent-dated-but-no-answer-asked-today", [ADDRESSEE, IN_HAND, "11月29日21時ごろから黒色便が2回ありました。",
                                                "受診の要否をご指示ください。"],
     IN_HAND, "clear", ["black-stool"], False, {"VC703"}),
    ("taken-to-hospital", [ADDRESSEE, "山田様の入院についてご報告です。", "11月29日19時30分、「胸が苦しい」と訴えられました。",
                           "19時35分、ご家族が119番通報。", "市民病院に搬送され、同日入院となりました。", "ご返信は不要です。"],
     "山田様の入院についてご報告です。", "no-reply-needed", ["chest-pain"], True, set()),
    ("phoned-then-visit-planned", [ADDRESSEE, "山田様の転倒についてご報告です。", "ワーファリンを服用中です。", "本日7時40分に玄関で転倒されました。",
                                   "8時30分に先生に電話で報告済み、ご指示どおり10時に受診予定です。", "ご返信は不要です。"],
     "山田様の転倒についてご報告です。", "no-reply-needed", ["fall-on-anticoagulant"], True, set()),
    ("call-that-did-not-get-through", [ADDRESSEE, IN_HAND, "今朝から右手に力が入らないとのことです。",
                                       "クリニックにお電話しましたが話し中のため、FAXでもお送りします。", "受診の要否をご指示ください。"],
     IN_HAND, "clear", ["stroke-signs"], False, {"VC703"}),
    ("ambulance-not-called", [ADDRESSEE, IN_HAND, "今朝、黒色便がありました。",
                              "救急車を呼ぶほどではないとご家族が言うので、様子を見ています。", "受診の要否をご指示ください。"],
     IN_HAND, "clear", ["black-stool"], False, {"VC703"}),
    ("call-in-doubt", [ADDRESSEE, IN_HAND, "今朝、黒色便がありました。", "お電話した方がいいのか迷っています。", "受診の要否をご指示ください。"],
     IN_HAND, "clear", ["black-stool"], False, {"VC703"}),    ("asks-in-order-of-priority", [ADDRESSEE, "山田様のことでご相談です。", "まず、湿布を追加で出していただけますか。",
                                   "次に、来月の受診日を変更していただけますか。", "最後に、訪問入浴を使ってもよいか教えてください。"],
     "山田様のことでご相談です。", "clear", [], False, set()),
]

#: Red flags composed of concepts, spoken vital values, and the guards that keep a red flag out
#: (history, hypothesis, a negation that belongs to another predicate or to a quotation):
#: (id, the sentence inside a report that asks 受診の要否, the urgent ids it must give).
RED_FLAGS = [
    ("history-undoes", "3年前の脳梗塞の後遺症で、右手に麻痺が残っています。", []),
    ("history-with-fresh-onset", "以前からの右手のしびれが今朝から強くなり、右手に力が入りません。", ["stroke-signs"]),
    ("hypothesis-undoes", "胸痛が出た場合は救急車を呼ぶようご家族にお伝えしています。", []),
    ("purpose-clause-undoes", "転倒して頭を打たないよう見守っています。", []),
    ("spoken-spo2-past-an-aside", "酸素（指で測る機械）が88とか89でした。", ["low-spo2"]),
    ("spoken-systolic-with-shika", "血圧を測ったら上が70しかありませんでした。", ["blood-pressure"]),
    ("spoken-fever-dai", "熱が39度台ありました。", ["high-fever"]),
    ("diastolic-range-is-not-a-level", "家庭血圧は朝140〜152/82〜90mmHgです。", []),
    ("a-count-is-not-a-pulse", "脈が3回ほど飛ぶことがあります。", []),
    ("negation-of-a-later-predicate", "片方の手がしびれて箸が持てません。", ["stroke-signs"]),
    # the person's words are also a hallucination with shouting (hallucination-speech)
    ("negation-inside-a-quotation", "昨夜から急に「知らない人がいる」と大声を出しています。", ["sudden-change", "hallucination-speech"]),
    ("severity-by-a-pain-site", "お腹が痛くてのたうち回っています。", ["sudden-severe", "severe-pain"]),
    ("touch-and-weak-response", "肩を揺すっても起きません。", ["weak-response"]),
    # Sudachi (GiNZA) splits 締め|つけ and reads なれ as なれる: the same flags on both backends
    ("chest-tightness-split", "ここ数日、胸のあたりが締めつけられるような感じがあると言っています。", ["chest-pain", "severe-pain"]),
    ("cannot-lie-down-potential", "夜も横になれずに椅子で寝ているそうです。", ["breathlessness"]),
]
#: The blind7 round (docs/evaluation.md): red flags in regional and family words and told by their parts,
#: each a concept of lexicons/report.toml, and the calm sentences beside them.
RED_FLAGS_BY_PARTS = [
    ("regional-cannot-with-onset", "今朝から寝返りもでけへんと奥様が言うてはります。", ["cannot-turn-over"]),
    ("regional-sudden-cannot-stand", "昨日から急に立てへんようになったそうです。", ["sudden-change", "cannot-stand-since"]),
    ("regional-breath-distress", "昨夜から「息がせつない」と言っています。", ["breathlessness"]),
    ("chest-pressure-picture", "今朝から胸が押しつぶされるように重いと言っています。", ["chest-pain"]),
    ("stool-family-word-likeness", "うんちがイカ墨のように黒かったそうです。", ["black-stool"]),
    ("sweat-and-shaking", "汗がだらだら出て、手がぶるぶる震えています。", ["sweat-and-daze"]),
    ("fever-after-choking", "夕食でむせた後から、夜に38.5度の熱が出ました。", ["fever-with-sign", "aspiration-signs"]),
    ("choking-without-fever", "食事中に時々むせることがあります。体温は36.5℃です。", []),
    ("pain-score", "痛みはNRSで8とのことです。", ["pain-score"]),
    ("pain-score-falling", "NRS7→3に改善しています。", []),
    ("shunt-thrill-lost", "透析のシャントを触っても、ドクドクする感じがありません。", ["shunt-thrill"]),
    ("held-thing-falls-from-one-hand", "左手から湯呑みが滑り落ちて、うまく握れないそうです。", ["stroke-signs"]),
    ("pillows-stacked-to-sleep", "夜は枕を三つ重ねて、もたれて寝ています。", ["breathlessness"]),
    ("less-urine-recent", "ここ2日、おしっこの量が減って色が濃くなっています。", ["less-urine"]),
    ("pain-posture", "お腹を押さえてうずくまっていました。", ["severe-pain"]),
    ("chronic-cannot-turn-over", "寝返りができないため、2時間おきに体位変換をしています。", []),
    ("sweat-after-bath", "入浴後に汗をびっしょりかかれたので、着替えました。", []),
]
#: The blind8 round (docs/evaluation.md): red flags told plainly, each a concept of lexicons/report.toml,
#: and the calm sentences beside them (not blind8's phrases): chills told by the person's words or a
#: shaking that takes the body, with 38℃ or more; a stranger seen in the person's own words, with shouting;
#: a call told as a condition (声をかければ) with a weak response; urine not coming in regional speech;
#: a dry mouth with brown or scanty urine or fluids not taken.
RED_FLAGS_TOLD_PLAINLY = [
    # a course of values: where it stands now, not its earlier points nor a date (session 6)
    ("pain-course-improving", "左胸の痛みはNRSで11/1 7 → 11/10 4 → 11/20 2です。", []),
    ("pain-course-worsening", "痛みはNRSで3から8になりました。", ["pain-score"]),
    ("pain-score-out-of-ten", "痛みはNRS 3/10です。", []),
    ("spo2-low-point-then-oxygen", "今朝のSpO2は86%から、酸素2Lで93%になりました。", ["low-spo2"]),
    ("spo2-falling-course", "SpO2 95%→88%に低下しています。", ["low-spo2"]),
    ("spo2-below-a-bound", "在宅酸素2LでもSpO2が90%を切っています。", ["low-spo2"]),
    # words given as an example of talk the sentence denies (session 6)
    ("wish-to-die-denied-as-talk", "死にたいとか、そういう言葉はこの2か月出ていません。", []),
    ("wish-to-die-as-talk", "「死にたい」とか「消えたい」と何度も言っています。", ["suicidal-talk"]),
    ("wish-to-die-as-talk-and-a-later-negative", "死にたいとか言うことがあり、食事もとらない日があります。", ["suicidal-talk"]),
    ("wish-to-die-as-talk-and-a-worry", "死にたいとか言うことがあり心配です。", ["suicidal-talk"]),
    ("rigors-told-as-cold-words", "夜中に「寒い寒い」と布団にくるまって震えていました。今朝の熱は38.2℃です。", ["fever-rigors"]),
    ("rigors-will-not-stop", "熱が38度あり、震えが止まらないそうです。", ["fever-rigors"]),
    ("rigors-below-38", "寒気がして震えていました。体温は37.6℃です。", []),
    ("trembling-hand-is-not-a-rigor", "右手が小刻みに震えています。体温は38.0℃でした。", []),
    ("hallucination-with-shouting", "昨夜、「知らない人が部屋におる」と叫んで、ベッドから降りようとしました。", ["hallucination-speech"]),
    ("hallucination-known-for-years", "以前から「知らない人がいる」と言って大声を出すことがあり、ご家族は慣れておられます。", []),
    ("call-as-condition-weak-response", "声をかければ目を開けますが、すぐに眠ってしまいます。", ["weak-response"]),
    ("call-as-condition-good-response", "声をかけると目を開けて、にっこりされます。", []),
    ("anuria-regional-n", "朝から「おしっこが一滴も出ん」と言われます。", ["no-urine"]),
    ("anuria-regional-toran", "昨日の晩からおしっこが出とらんそうです。", ["no-urine"]),
    ("anuria-regional-tehen", "朝からおしっこが出てへんと娘さんが言うてはります。", ["no-urine"]),
    ("urine-flowing-regional", "おしっこは朝から3回出とります。", []),
    ("dry-mouth-and-brown-urine", "口の中がカサカサで、おしっこは濃い茶色です。", ["dehydration-signs"]),
    ("dry-mouth-and-no-fluids", "水分がほとんど取れていません。口の中がカラカラです。", ["no-fluid-at-all", "dehydration-signs"]),  # each sign on its own: almost no fluids is one
    ("dry-mouth-alone", "口が渇くとおっしゃるので、お茶をこまめに勧めています。", []),
    ("dry-mouth-and-darker-urine", "口の中が乾いています。尿の色が少し濃くなっています。", []),
]
#: Session 7 (blind21–blind33): how a red flag is told, and what makes a look-alike calm.
RED_FLAGS_SESSION7 = [
    # the next sentence calls the value long-standing; a sentence about the same medicine does not
    ("steady-next-sentence", "入浴後にSpO2が86％まで下がり、休憩で92％に戻ります。3か月前から同じ傾向です。", []),
    ("same-medicine-is-not-steadiness", "胸が締め付けられると言っています。以前から同じ薬を飲んでいます。", ["chest-pain", "severe-pain"]),
    # what the symptom prevents is not a denial of it
    ("consequence-not-denial", "くしゃみの後から背中の激痛で起き上がれません。", ["severe-pain"]),
    ("only-not-denial", "新しい湿布を貼った所だけでなく、全身に発疹が広がっています。", ["drug-reaction"]),
    # a plan's listed conditions, the writer's feeling, another person named by the patient's name
    ("plan-lists-conditions", "「呼吸が苦しい、SpO2が90％未満、意識がおかしい場合はすぐにクリニックへ電話」と決めました。", []),
    ("feeling-after-seeing", "長女様が「父の顔見るたび胸が痛む」と話されました。", []),
    ("patients-husband", "先週の土曜、金子さんのご主人が急に倒れて入院されたそうです。", []),
    # a room's temperature is not the body's; a reading that failed is not a normal reading
    ("room-temperature", "室温は18℃で、体温36.0℃でした。", []),
    ("meter-could-not-read", "血糖測定器が「HI」表示で測れず、訪問看護の機械では520mg/dLでした。", ["high-glucose", "glucose-meter-hi"]),
]
#: Session 8 (blind35–37): a negation of the whole event (〜することもない), a reading taken again, a fever word
#: with a normal temperature, a list after the sign's suffix, and signs told with words between their parts.
RED_FLAGS_SESSION8 = [
    ("whole-event-denied", "前みたいに冷や汗かいてぼーっとすることもないそうです。", []),
    ("whole-event-told", "昨夜は冷や汗をかいてぼーっとしていました。", ["cold-sweat-pallor", "sweat-and-daze"]),
    ("complaint-none-as-written", "息苦しさの訴えはなしです。", []),
    ("remeasured-normal", "手指が冷たくSpO2 88％と表示されました。温めて測り直すと、SpO2 96％でした。", []),
    ("remeasured-still-low", "手指が冷たくSpO2 88％と表示されました。温めて測り直すと、SpO2 87％でした。", ["low-spo2"]),
    ("normal-temperature-is-no-fever", "熱は36.5前後で落ち着いています。食事中のむせは前より少ないです。", []),
    ("fever-told-before-the-choking", "熱は38.2℃あり、昨日の夕食でむせてから痰が増えています。", ["fever-with-sign", "aspiration-signs"]),
    ("list-after-the-signs-suffix", "息苦しさ、顔色不良はなく、呼吸数は1分16回です。", []),
    ("calf-swelling-with-onset-between", "左ふくらはぎが昨日から急に腫れています。", ["one-leg-swelling-onset"]),
    ("black-in-the-toilet", "奥さんが「トイレで黒っぽいのが出た」と言っていました。", ["black-stool"]),
    ("slower-reply-than-usual", "昨日の昼からぼんやりしていて、話しかけても返事がいつもより遅いです。", ["weak-response"]),
    ("nappy-hardly-wet", "ここ三日ぐらいオムツが朝までほとんど濡れていないとのことです。", ["dry-nappy"]),
    ("bruises-in-several-places", "上腕と太ももに青あざが数か所ありました。ご本人に聞くと「転んだ」と言います。", ["unexplained-bruises"]),
    # blind36: a reading taken again after a treatment is the treatment's effect, not the first reading's error
    ("treated-then-remeasured", "6:50 呼びかけに反応が鈍く、血糖 42mg/dLでした。ブドウ糖10gを口に含ませ、7:10 再測定 96mg/dLでした。",
     ["weak-response", "consciousness", "low-glucose"]),
    ("occasion-it-happened-on", "買い物に出た際に「胸がずーんと重い」と訴えがありました。", ["chest-pain"]),
    ("plan-with-a-tari-list", "もし意識がおかしくなったり、呼んでも起きなかったりしたら救急車を呼ぶように伝えました。", []),
    ("short-quoted-answer-denies", "低血糖症状（冷や汗・ふるえ・ぼんやり）はご本人・奥様とも「一度もない」とのことです。", []),
    ("face-drooping-one-side", "顔の左側も少し下がっているように見えました。", ["stroke-signs"]),
    ("chopsticks-one-hand-kansai", "右手でお箸がうまく持てへんみたいで、しゃべり方もちょっとはっきりせえへん感じでした。", ["stroke-signs"]),
    ("nappy-stayed-dry", "昨日の夕方からおむつがほぼ乾いたままだったそうです。", ["dry-nappy"]),
    ("finger-shaped-bruises", "両上腕の内側に指の形の青あざがあり、ご本人は「転んだ」と言います。", ["abuse-signs", "unexplained-bruises"]),
    # blind37: a topic's comma before the denial, the same event denied since, a visit at a clock time
    ("topic-comma-then-denied", "入院のきっかけとなった黒い便は、退院後は一度もなく、普通便です。", []),
    ("topic-comma-new-subject", "リウマトレックスは、ご本人が今週の分もいつもどおり飲んだと言われています。おととい（10/15）から38.2℃の熱があります。",
     ["mtx-toxicity"]),
    ("none-of-the-same-since", "10/30の転倒（後頭部打撲、当日の頭部CTで異常なし）以降、転倒はありません。", []),
    ("something-else-since", "昨日転倒して頭を打ち、それ以来、歩けていません。", ["fall-head-strike"]),
    ("reply-to-a-call-not-clear", "13時の訪問時はうとうとして呼びかけへの返事がはっきりしませんでした。", ["weak-response"]),
    ("one-hand-will-not-obey", "昨日から「左の手がいうこときかんけぇ」と、茶碗を2回落とされました。", ["stroke-signs"]),
    ("mouth-drooping", "口もとも少し下がって見えました。", ["stroke-signs"]),
    ("nappy-dry-all-along", "昨日の夜からオムツがずっと乾いていて、交換していないとのことです。", ["dry-nappy"]),
    # a review of the session's guards: each must leave a real red flag alone
    ("since-then-something-else", "今朝から急に胸が痛くなり、それ以降、胸の痛み以外の症状はありません。", ["sudden-change", "chest-pain"]),
    ("since-today-event", "今朝の吐血以降、吐血はありません。", ["hematemesis"]),
    ("verb-negated-in-quote-is-no-answer", "胸の痛みは「全然治まらない」と言っています。", ["chest-pain"]),
    ("someone-elses-answer", "胸が痛いと言いますが奥様は「大したことない」と言います。", ["chest-pain"]),
    ("topic-comma-then-told", "胸の痛みは、昨日はなく、今朝から続いています。", ["chest-pain"]),
    ("topic-comma-until", "吐血は、今朝まではなかったが、先ほどありました。", ["hematemesis"]),
    ("fever-rising-after-choking", "昨日の夕食でむせ込みました。熱は37.0℃から37.8℃に上がっています。", ["aspiration-signs"]),
    ("fever-in-degrees-and-tenths", "昨日の夕食でむせ込みました。熱は37度8分あります。", ["aspiration-signs"]),
    ("ambulance-denied-not-the-pain", "今朝から胸が痛くて救急車を呼ぶようなことはありませんでした。", ["chest-pain"]),
    ("raised-after-posture", "SpO2 86％でした。姿勢を直すと、92％に上がりました。", ["low-spo2"]),
    ("raised-after-deep-breaths", "SpO2 84％でした。深呼吸してもらい測り直すと92％でした。", ["low-spo2"]),
    ("plan-told-with-ta-sai-ni", "胸の痛みが出た際に、ニトロを舌下するようお伝えしました。", []),
    ("clock-time-of-another-phrase", "18時以降、息苦しい時は酸素を3Lに上げるよう指示があります。", []),
    ("dry-mouth-not-nappy", "口の中がずっと乾いていて、オムツ交換は1日4回しています。", []),
    # blind38: speech that tangles and a black stool, with words between the parts
    ("speech-tangled-words-between", "昨日の夕方から、しゃべり方がお酒を飲んだみたいにもつれています。", ["speech-tangled"]),
    ("legs-tangled", "足がもつれて転びそうになりました。", []),
    ("black-stool-words-between", "トイレに黒くてドロッとした便があったそうです。", ["black-stool"]),
]
#: Session 9 (blind39 and its review): a suspected event is no risk, a risk still is; a co-resident's own
#: condition is not the patient's, what the co-resident reports about the patient is; bruises explained away.
RED_FLAGS_SESSION9 = [
    ("suspected-overdose", "お薬カレンダーの3日分（朝）をまとめて服用された可能性があります。", ["double-dose"]),
    ("risk-with-an-auxiliary", "転倒され、頭を打たれる可能性があります。", []),
    ("co-resident-own-chest-pain", "同居されているご主人様が胸の痛みを訴えられて入院されました。", []),
    ("co-resident-reports-the-patient", "同居されているご主人様は、昨夜から妻がろれつが回らないと話されています。", ["slurred-speech"]),
    ("co-resident-tells-by-phone", "同居している娘さんが、昨夜から父が胸が痛いと言っていると連絡をくれました。", ["chest-pain"]),
    ("shingles-of-someone-else", "本日10時ごろから胸が痛いと訴えがあります。奥様が先月帯状疱疹にかかられました。", ["chest-pain"]),
    # blind40: a weak hand told with what it held, a reply "one beat" late, eyes closing again at once; a diagnosis
    # named 変形性 is no deformity after a fall
    ("held-in-the-weak-hand", "昨日の夕食から左手に持ったスプーンをよく落とすようになりました。", ["one-hand-drops"]),
    ("reply-one-beat-late", "昨日から声かけへの返事がワンテンポ遅いです。", ["weak-response"]),
    ("eyes-close-at-once", "昨夜から、呼びかけに開眼するもののすぐ閉眼してしまう状態です。", ["weak-response"]),
    ("osteoarthritis-is-no-deformity", "変形性膝関節症の方で、本日廊下で尻もちをつかれましたが、痛みはありません。", []),
    ("bruises-explained-away", "両方の腕に青あざがいくつかあって、聞いたら「ぶつけたんだっちゃ」って言ってたけど、息子さんが帰ってきたら急に黙っちゃいました。",
     ["unexplained-bruises"]),
]

#: Session 10 (blind35-41's calm traps): a sign explained in the report by its cause (dentures out for speech,
#: piles or gums or a nosebleed for blood), an event treated and over (admitted and discharged), and a plan told in
#: the sentence next to the sign's partner (insulin with "if cold sweat, then glucose"); and the limits of each.
RED_FLAGS_SESSION10 = [
    ("dentures-explain-speech", "昨日ろれつが回らないと連絡がありましたが、入れ歯が割れて外していたためで、入れ歯を入れると普段どおり話されました。", []),
    ("dentures-guessed-then-refuted", "入れ歯を外しているせいかと思いましたが、入れ歯を入れても今朝からろれつが回りません。", ["slurred-speech"]),
    ("dentures-guessed-only", "入れ歯が合わないせいかもしれませんが、今朝から話しにくそうです。", ["slurred-speech"]),
    ("dentures-explain-no-weak-arm", "入れ歯を外していてしゃべりにくいですが、今朝から右手に力が入りません。", ["stroke-signs"]),
    ("piles-explain-red-blood", "排便時に紙に少し赤い血がつきますが、10月の大腸カメラで痔核と言われています。", []),
    ("piles-do-not-explain-black-stool", "痔核と言われていますが、今朝、真っ黒な便が出ました。", ["black-stool"]),
    ("gums-explain-blood-from-mouth", "「口から血が出た」と連絡がありましたが、歯みがきで歯ぐきから出た血でした。", []),
    ("nosebleed-explains-blood-spat", "「血を吐いた」とのことでしたが、鼻血がのどに回って吐き出したものでした。", []),
    ("gums-denied-explain-nothing", "歯ぐきからの出血はなく、今朝コーヒーのかすのようなものを吐かれました。", ["coffee-ground-vomit", "hematemesis"]),
    ("admitted-and-discharged", "11月上旬の吐血で入院し、11/24に退院されました。", []),
    ("discharged-then-a-new-sign", "先週退院されましたが、今朝から黒い便が出ています。", ["black-stool"]),
    ("plan-beside-the-insulin", "来週からインスリン注射が始まります。冷や汗や手の震えがあれば、ブドウ糖を飲んでいただくようお伝えしました。", []),
    ("insulin-then-cold-sweat", "今朝インスリンを打った後、冷や汗と手の震えがあります。", ["insulin-error", "cold-sweat-pallor"]),
    ("if-chest-pain-a-plan", "胸の痛みがあれば、ニトロを使うよう伝えています。", []),
    # blind42: Kansai てへん denies, 以来 dates a condition, a follow-up report's event stays in the past unless a
    # later mention has an onset of its own, といった lists the conditions of a plan, a face told as uneven, a drink
    # spilling from the corner of the mouth
    ("kansai-te-hen-denies", "昨夜トイレでしりもちをつかれましたが、頭は打ってへんそうです。", []),
    ("head-struck", "昨夜トイレで転んで、頭を打ったそうです。", ["fall-head-strike"]),
    ("since-a-stroke-years-ago", "平成31年の脳梗塞以来、左半身のまひがありますが、程度に変化はありません。", []),
    ("since-a-fall-then-an-onset", "先週の転倒以来、今朝から右手に力が入りません。", ["stroke-signs"]),
    ("follow-up-of-a-past-event", "先日の低血糖後の経過です。11/24に血糖48mg/dLの低血糖があり、インスリンを減量していただきました。", []),
    ("follow-up-then-it-recurs", "先日の低血糖後の経過です。今朝も血糖が45mg/dLで、冷や汗が出ています。", ["low-glucose", "cold-sweat-pallor"]),
    ("plan-such-as", "急変時の対応として、ろれつが回らない、手足に力が入らないといった様子があった場合は、119番に通報することを確認しました。", []),
    ("face-uneven-drink-spills", "お茶を飲まれた時、口の端からお茶がこぼれていて、お顔も少し左右が違うように見えました。", ["stroke-signs"]),
    ("face-even-denied", "顔の左右差はなく、手足の動きも普段どおりです。", []),
]
#: Session 11 (blind41 as development data): a reply that does not come back to a call, one side's hand and mouth
#: tingling (ビリビリ), a trickle after every trip to the toilet, Kyushu の as a subject (胸のあたりの重か); a sign that
#: was asked about and answered no, and one named as an old illness's sequel in the next sentence.
RED_FLAGS_SESSION11 = [
    ("reply-does-not-come-back", "ここ二日、昼間もうとうとしていて、呼んでもなかなか返事が返ってこないそうです。", ["weak-response"]),
    ("reply-comes-back", "呼んだらすぐ返事が返ってきます。", []),
    ("hand-and-mouth-tingle", "夕方から左の手と口のまわりがビリビリすると言っています。", ["one-sided-numbness-onset"]),
    ("trickle-after-every-trip", "トイレに何べん行っても、ちょろっとしか出んと言っています。", ["urinary-retention-signs"]),
    ("kyushu-no-subject", "昨日の晩から胸のあたりの重かって言いよります。", ["chest-pain"]),
    ("kyushu-no-subject-denied", "胸のあたりの痛みはありません。", []),
    ("asked-and-answered-no", "胸の痛みや息苦しさについて毎回お聞きしていますが、「なんともねぇ」とのことでした。", []),
    ("asked-and-answered-all-right", "胸の痛みを確認しましたが、大丈夫とのことでした。", []),
    ("asked-and-answered-yes", "胸の痛みについて伺ったところ、昨夜から痛むとのことでした。", ["chest-pain"]),
    ("asked-answer-tells-it", "胸の痛みについて伺うと、昨夜から痛くて眠れないとのことでした。", ["chest-pain"]),
    ("told-then-checked", "胸が痛いと言うので確認しましたが、よくわからないとのことでした。", ["chest-pain"]),
    ("sequel-of-an-old-palsy", "笑うと右の口の端が上がりません。5年前の顔面神経麻痺の後遺症で、以前から変わりません。", []),
    ("sequel-then-a-new-onset", "今朝から右の口の端が上がりません。5年前の顔面神経麻痺の後遺症もありますが、今朝から急に変わりました。",
     ["stroke-signs"]),
    # blind43: 等はなし (UniDic: 等しい|放し) denies a list; 30年ほど前 and 〜たことがある date a sign in the past; a
    # situation as the subject of 胸が痛む is a feeling; その後1か月…なく in the next sentence closes an event; a black stool
    # told with a word between (黒っぽいベタベタした便)
    ("list-denied-tou-wa-nashi", "息切れ・夜間の咳込み・横になると苦しい等はなし。", []),
    ("years-ago-approximately", "30年ほど前に胃潰瘍で血を吐いて入院されたことがあるそうです。", []),
    ("has-happened-before", "以前、血を吐いて入院されたことがあるそうです。", []),
    ("has-happened-but-today", "今朝、血を吐いたことがあり、驚きました。", ["hematemesis"]),
    ("heartache-over-a-situation", "「母ちゃんを一人にしとくのは胸が痛むけど、仕事もあるし」と話されていました。", []),
    ("chest-pain-after-walking", "歩いた後は胸が痛むそうです。", ["chest-pain"]),
    ("quiet-month-since", "10月2日に転倒し頭部を打撲されましたが、CTで異常なしとのことでした。その後1か月、頭痛・吐き気の悪化はなく、腫れも消失しております。", []),
    ("quiet-hour-is-no-month", "昨夜転倒し頭部を打撲されました。その後、吐き気はありません。", ["fall-head-strike"]),
    ("black-sticky-stool", "昨夜から黒っぽいベタベタした便が3回出ています。", ["black-stool"]),
    # blind44: Kyoto はる before a negation, eyes rolled back with を dropped and limbs jerking, Kyoto confusion (訳のわからん,
    # 誰やわからはらへん), a cough or breathlessness when lying down, a slow pulse with dizziness, a visit told in the past
    # (お伺いした時は), another person's が-subject carried through て-clauses, 以後1か月 opening a quiet period
    ("kyoto-haru-negation", "今日お伺いした時は、呼んでも目を開けはらへん時がありました。", ["weak-response"]),
    ("a-plan-when-it-happens", "胸が痛くなった時は、ニトロを使うよう伝えています。", []),
    ("eyes-rolled-limbs-jerking", "手足がガクガクして白目むいてました。", ["consciousness"]),
    ("kyoto-confusion", "今朝は39.2℃あって、わけのわからんこと言わはって、うちのこと誰やわからはらへんのです。",
     ["fever-confusion", "sudden-behaviour-change"]),
    ("cough-lying-down", "夜中に横になるとゴホゴホ咳き込んで、座ってねえと苦しいって言うんだよ。", ["orthopnoea"]),
    ("slow-pulse-dizzy", "脈拍が42回/分で、立つとふらつきます。", ["slow-pulse-dizzy"]),
    ("slow-pulse-no-dizziness", "脈拍は46回/分ですが、ふらつきやめまいはありません。", []),
    ("other-person-through-te", "主介護者の奥様（85歳）が自宅で転倒され、頭を打って入院されました。", []),
    ("grandchild-through-te", "お孫さんがゼーゼー言ってて、唇も紫っぽくなってて、小児科に行ったそうです。", []),
    ("other-person-then-the-patient", "奥様が声をかけたら、ご本人は呼んでも目を開けません。", ["weak-response"]),
    ("quiet-since-opening", "9/10 自宅で転倒、後頭部打撲→当日救急受診、頭部CT異常なし。以後1か月、頭痛・嘔吐の増悪なし。", []),
    # blind45: Tosa 生きちょっても and ためちゅう, grip marks told with みたいな, あの時は setting a past time for the clauses
    # after it, a known sequela (先生もご存じ, 脳梗塞の後から), a carer introduced by 介護をされている
    ("tosa-no-point-living", "「もう生きちょってもしょうがないき、お父さんのとこへ行きたい」とおっしゃいました。", ["suicidal-talk"]),
    ("tosa-hoarding", "「眠れん薬をちょっとずつためちゅうがよ」とおっしゃいました。", ["stockpiled-medicine"]),
    ("grip-marks-like", "両腕の内側に、指の形みたいな青あざがいくつかありました。", ["abuse-signs"]),
    ("that-time-was-past", "昨年の冬に入院されたことですが、あの時は熱が39℃も出て、息もぜいぜいしていました。", []),
    ("that-time-then-today", "あの時は熱もなかったのですが、今朝から息がぜいぜいしています。", ["breathlessness"]),
    ("known-to-the-physician", "前の脳梗塞の後から言葉がもつれるのと左手のしびれがあるのは先生もご存じだと思います。", []),
    ("carer-introduced", "介護をされている奥様が、一昨日の夜に胸が痛いと言って入院になりました。", []),
    # blind46: an object held before the hand (タオルを右手で持てず) in an occasion told in the past (洗う際に…ました), a
    # dentist's anaesthetic explaining a drooling mouth, a threshold in a plan in the next sentence, N週間経過 closing a
    # sentence, bruises told away (転んだだけや) with eyes that avoid the visitor
    ("towel-not-held", "体を洗う際にタオルを右手で持てず、左手ばかり使っていました。", ["stroke-signs"]),
    ("a-plan-at-washing", "胸が痛くなる際は、ニトロを使うようにお伝えしました。", []),
    # (a dentist's anaesthetic anywhere in a report explained every stroke sign; the review removed it: a weak arm
    # hours later would have been hidden, so a drooling mouth after a dentist's visit stays flagged)
    ("dental-anaesthetic", "午前中に歯医者で奥歯を抜いて、麻酔がまだ効いちょったそうです。口の右端からお茶がこぼれよって、びっくりしました。",
     ["stroke-signs"]),
    # review of session 11: a relative's visit, a recovery not come, an answer denying something else
    ("relative-found-the-patient", "長女様が今朝訪問して、右手に力が入らず、箸が持てない状態だったとのことです。", ["stroke-signs"]),
    ("not-settled-since", "胸が締め付けられるように痛いと訴えがありました。その後2日、痛みは治まっていません。", ["chest-pain", "severe-pain"]),
    ("answer-denies-the-medicine", "胸の痛みについてお聞きしたところ、ニトロも効果がないとのことでした。", ["chest-pain"]),
    ("no-anaesthetic-here", "今朝から口の右端からお茶がこぼれて、右手に力が入りません。", ["stroke-signs"]),
    ("threshold-in-a-plan", "在宅酸素は2L/分のままで安定しています。SpO2が90%を切ったりしたら、すぐお電話します。", []),
    ("weeks-have-passed", "5/20の低血糖（血糖52mg/dL）の後、グリメピリドを減量いただいてから、約3週間経過しました。", []),
    ("bruises-told-away", "右上腕と両手首に青あざが数か所ありました。ご本人は「転んだだけや」とおっしゃいますが、目を合わせず、小声でした。",
     ["unexplained-bruises"]),    # a report that names the wife as the patient (奥様（ご利用者様）): the husband's signs told with ご主人が / は are his
    ("husband-of-the-patient", "奥様（ご利用者様）によると、ご主人が朝「胸が苦しい」言うて、病院に行かはったそうです。", []),
    ("husband-topic-of-the-patient", "奥さん（ご利用者様）のお話では、ご主人は低血糖で倒れかけて、砂糖をなめて落ち着いたそうです。", []),
    ("the-patient-herself", "奥様（ご利用者様）ご本人は、今朝から胸が苦しいとのことです。", ["chest-pain"]),
    ("husband-unmarked", "ご主人が朝から胸が苦しいと言っています。", ["chest-pain"]),
]
#: Session 12 (blind47 as development data): Tottori 目ぇ開けん (UniDic's ん as の after 開け), limbs jerking with
#: Kyushu ば, a Kumamoto splitting headache with vomiting, an anticoagulant or insulin taken twice (もう1回, 2回飲んでしまった),
#: a hand trembling ぷるぷる with sweat; a stroke's sequel told 前の脳梗塞から, a carer introduced 主介護者である; the patient's
#: own signs after a carer's admission stay the patient's (the review of session 12: a subjectless sentence after another
#: person's news may be the patient's, ショートステイ先で意識がもうろう).
RED_FLAGS_SESSION12 = [
    ("tottori-eyes-not-opening", "お嫁さんが「話しかけても目ぇ開けんだわ。朝からだけぇ」と言っておられました。", ["weak-response"]),
    ("kyushu-ba-limbs-jerking", "ヘルパーさんが来た時に手足ばガクガクさせとったらしいです。", ["consciousness"]),
    ("kumamoto-splitting-headache", "母が昨夜から頭の割るっごつ痛かて言うて、2回吐いたとです。", ["headache-vomiting"]),
    ("anticoagulant-taken-twice", "今朝、エリキュース（朝分）を2回飲んでしまったと本人より聞きました。", ["double-dose"]),
    ("twice-a-day-is-the-dose", "エリキュースは1日2回飲んでいます。", []),
    ("insulin-once-more", "今朝打ったのを忘れて、インスリンをもう1回打っちゃったみたいです。", ["insulin-error"]),
    ("sweat-and-trembling-hands", "11時ごろ見たら汗びっしょりで手がぷるぷるしてたそうです。", ["sweat-and-daze"]),
    ("sequel-of-the-old-stroke", "しゃべりにくそうなのは前の脳梗塞からで、奥さんも「前からじゃ」と言っています。", []),
    ("carer-who-is-the-husband", "主介護者であるご主人様が11月28日に胸痛で救急搬送され、入院中でございます。", []),
    ("carer-illness-then-the-patient", "主介護者の夫が12/8に脳梗塞で入院。本人は右半身麻痺あり、ろれつも回らんとのこと。", ["stroke-signs", "slurred-speech"]),
    # blind48: Wakayama ずつない of the chest, an anticoagulant taken twice by the patient (本人が2回内服) or the next
    # day's packet taken too (翌日朝の分も飲んだ), insulin given again by someone who did not know (知らんと: not a denial),
    # Iwate 頭さぶっつけた, a calf thicker than the other with a word between (右に比べて明らかに太く); an old stroke's
    # deficit that remains (残存) with no change (変化はなく)
    ("wakayama-zutsunai", "奥様から「朝からずっと胸がずつない言うて、横になったりしてるんよ」と聞きました。", ["chest-pain"]),
    ("as-needed-taken-twice", "痛みが強く、頓服のロキソニンを2回服用しました。", []),
    ("next-days-packet-too", "エリキュースの袋を取り違え、翌日朝の分も飲んだもの。", ["dangerous-drug-mixup", "double-dose"]),
    ("given-again-not-knowing", "朝のインスリンを本人が打ったのを奥さんが知らんと、もう1回打ってしまったみたいです。", ["insulin-error"]),
    ("iwate-head-struck", "「きのうの晩げ、廊下で頭さ打ったんだ」とお嫁さんが話していました。", ["fall-head-strike"]),
    ("calf-thicker-than-the-other", "左ふくらはぎが右に比べて明らかに太く、赤みと熱感があります。", ["one-leg-swelling"]),
    # the review of session 12: Tokyo 出んだよ is 出るんだよ; 前より is a comparison; 覚えない / 気づかなかった deny
    ("tokyo-n-da-is-no-negation", "娘さんから「便に血が出んだよ」と電話がありました。", ["gi-bleeding", "black-stool", "fresh-bleeding"]),
    ("worse-than-before", "胸の痛みは前より強くなっているとのことです。", ["chest-pain"]),
    ("pain-not-felt", "労作時にも胸の痛みは覚えないとのことです。", []),
    ("not-noticed", "下血には気づかなかったとのことです。", []),
    ("carer-admitted-then-the-patient", "主介護者の夫が脳梗塞で入院。ショートステイ先で意識がもうろうとしているとの連絡がありました。", ["consciousness"]),
    # blind49: one time's dose taken twice, a calf swollen with redness in the next
    # note; a denied sudden onset (〜たとかではない), a husband introduced as the carer in brackets, no recurrence since,
    # an origin long ago told in the next sentence
    ("bp-measured-normal", "測ったら128/76でした。", []),
    ("morning-dose-twice", "本日8時と9時半に、朝の薬（アムロジピン5mg、グリメピリド1mg ほか）を2回服用。", ["time-dose-twice"]),
    ("calf-swollen-red-next", "左のふくらはぎ腫れあり。赤くて熱感あり。", ["one-calf-swelling-red-near"]),
    ("ankle-swollen-fever-next", "右足首が腫れています。昨日から熱が38℃あります。", []),
    ("not-a-sudden-onset", "肩こりからくる頭痛やと本人は言うてはって、急に痛くなったとかではないそうです。", []),
    ("husband-carer-in-brackets", "昨日の夕方、ご主人(主介護者)が胸の痛みで入院されました。", []),
    ("no-recurrence-since", "11/20に低血糖（冷汗・ふらつき）がありましたが、減量後、再発はありません。", []),
    ("origin-long-ago-next", "奥さん「この人ろれつがまわらんのよ」。3年前の脳梗塞のあとからとのこと。", []),
    ("origin-days-ago-next", "奥さん「この人ろれつがまわらんのよ」。3日前からとのこと。", ["slurred-speech"]),
    ("old-stroke-deficit-remains", "平成30年の脳梗塞による右片麻痺と軽度の失語が残存しておられますが、この1年間で症状に変化はなく、屋内歩行は自立です。", []),
]
CASES += [
    (f"red-flag-{name}", [ADDRESSEE, GREETING, "山田様の体調についてご報告です。", sentence, "受診の要否をご指示ください。"],
     "山田様の体調についてご報告です。", "clear", urgent, False, {"VC703"} if urgent else set())
    for name, sentence, urgent in (RED_FLAGS + RED_FLAGS_BY_PARTS + RED_FLAGS_TOLD_PLAINLY + RED_FLAGS_SESSION7 + RED_FLAGS_SESSION8
                                   + RED_FLAGS_SESSION9 + RED_FLAGS_SESSION10
                                   + RED_FLAGS_SESSION11 + RED_FLAGS_SESSION12)
]

#: An ask left on a condition after two requests (…何か良い方法があれば。) is a third thing asked; 参考までに is not.
CASES += [
    ("ask-left-on-a-condition", [ADDRESSEE, "山田様のことでご相談です。", "湿布を追加で出していただけますか。", "来月の受診日も変更してほしいです。",
                                 "夜も眠れていないので、何か良い方法があれば。"],
     "山田様のことでご相談です。", "unordered", [], False, {"VC702"}),
    ("for-reference-is-not-an-ask", [ADDRESSEE, "山田様のことでご相談です。", "湿布を追加で出していただけますか。", "来月の受診日を変更していただけますか。",
                                     "参考までに、11月の体重は45kgです。"],
     "山田様のことでご相談です。", "clear", [], False, set()),
    # blind66: three questions in one request sentence are three asks; two are the alternatives of one question
    ("three-questions-in-one-sentence", [ADDRESSEE, "山田様のことでご相談です。",
                                         "眠剤を出していただけるか、膝の注射はできるか、便秘の薬を変えてもらえるか、お返事お願いします。"],
     "山田様のことでご相談です。", "unordered", [], False, {"VC702"}),
    ("two-alternatives-are-one-question", [ADDRESSEE, "山田様のことでご相談です。", "昨日から37.8℃の熱があります。",
                                           "受診した方がいいか、様子を見てよいか、ご指示をお願いします。"],
     "山田様のことでご相談です。", "clear", [], False, set()),
    # the session's review: questions of state are the checkpoints of one ask; a later ask beside a present one asks now
    ("checkpoints-of-one-ask", [ADDRESSEE, "山田様のことでご相談です。",
                                "次回受診時に、血圧が安定しているか、むくみが増えていないか、薬が合っているか、診ていただけますか。"],
     "山田様のことでご相談です。", "clear", [], False, set()),
    ("a-later-ask-beside-a-present-one", [ADDRESSEE, "山田様のことでご相談です。",
                                          "来月、訪問診療をお願いする予定ですので、ご都合の良い日をお知らせください。"],
     "山田様のことでご相談です。", "clear", [], False, set()),
]

#: A purpose told with でございます (ご相談でございます, 情報提供でございます) or お願いでご連絡 (blind43).
CASES += [
    ("purpose-formal-copula", [ADDRESSEE, SELF, "加藤様のことで、本日中の診察のご相談でございます。", "両上腕に青あざを3か所確認しました。",
                               "本日中に診察をお願いできませんでしょうか。"],
     "加藤様のことで、本日中の診察のご相談でございます。", "clear", [], False, set()),
    ("purpose-information-formal", [ADDRESSEE, SELF, "退院された原田様について、情報提供でございます。", "11月1日に退院されました。",
                                    "ご返信は不要です。"],
     "退院された原田様について、情報提供でございます。", "no-reply-needed", [], False, set()),
    ("purpose-asked-in-a-call-phrase", [ADDRESSEE, SELF, "松本様の主治医意見書作成のお願いでご連絡しました。", "9月末から歩行に介助が必要です。",
                                        "ご作成いただけますでしょうか。"],
     "松本様の主治医意見書作成のお願いでご連絡しました。", "clear", [], False, set()),
]

#: What says what the report is (the deck's コツ1: 報告, 相談 or 依頼 first): "a report only" and 近況
#: (近況報告, the deck's 定期報告) do; whom it is about with ご連絡しました does not (docs/evaluation.md).
CASES += [
    ("purpose-report-only", [ADDRESSEE, SELF, "ご報告のみ、返信不要です。", "山田様は11月29日から訪問リハビリを始められました。",
                             "初回は30分、歩行練習をされました。"],
     "ご報告のみ、返信不要です。", "no-reply-needed", [], False, set()),
    ("purpose-recent-news", [ADDRESSEE, SELF, "山田様の近況です。", "11月から食事は毎食8割です。", "ご返信は不要です。"],
     "山田様の近況です。", "no-reply-needed", [], False, set()),
    ("whom-it-is-about-is-not-a-purpose", [ADDRESSEE, SELF, "山田様の件でご連絡しました。", "11月から食事は毎食5割です。",
                                           "栄養補助食品の処方について、ご意見をいただけますでしょうか。"],
     None, "clear", [], False, {"VC701"}),
]

#: Requests in informal speech: asks added with それから / あと, things listed by と、… も ("and also"),
#: one question about two options (clear), "no reply needed" in plain words, an offer to answer questions.
CASES += [
    ("asks-added-in-passing", [ADDRESSEE, "山田様の件で何点かご相談です。", "夜眠れないので、睡眠薬を増やしてほしいとご本人が希望しています。",
                               "それから、湿布がもうすぐ無くなるそうです。", "あと、訪問入浴を始めてもよいでしょうか。"],
     "山田様の件で何点かご相談です。", "unordered", [], False, {"VC702"}),
    ("asks-listed-and-also", [ADDRESSEE, "山田様のことでご相談です。", "11月20日から食事が5割です。",
                              "リハビリのことと、お薬のことと、来月の受診日のこともお願いできればと思います。"],
     "山田様のことでご相談です。", "unordered", [], False, {"VC702"}),
    ("one-question-about-two-options", [ADDRESSEE, "山田様の服薬についてご相談です。", "アムロジピンが14日分余っていました。",
                                        "一包化と、朝1回へのまとめが可能か、12月1日までにご検討いただけますか。", "FAXでご返信をお願いします。"],
     "山田様の服薬についてご相談です。", "clear", [], False, set()),
    ("no-reply-in-plain-words", [ADDRESSEE, GREETING, "退院後の様子をお知らせします。", "お返事はいりません。", "11月20日に退院され、食事は毎食8割です。"],
     "退院後の様子をお知らせします。", "no-reply-needed", [], False, set()),
    ("offer-to-answer-is-not-an-ask", [ADDRESSEE, "訪問看護指示書の作成をお願いしたくご連絡しました。", "12月7日から週3回の訪問看護を予定しています。",
                                       "指示書を12月4日までにご作成いただけますでしょうか。", "ご不明な点はお電話ください。"],
     "訪問看護指示書の作成をお願いしたくご連絡しました。", "clear", [], False, set()),
    # an open action (ご指示) takes its topic from the sentence before when that one puts the question
    ("question-put-the-sentence-before", [ADDRESSEE, "山田様の体調についてご相談です。", "11月28日から37.8℃の熱が続いています。",
                                          "受診した方がいいのか、判断がつかずご連絡しました。", "ご指示いただけますでしょうか。"],
     "山田様の体調についてご相談です。", "clear", [], False, set()),
    ("a-worry-before-is-not-a-question", [ADDRESSEE, "山田様の体調についてご相談です。", "11月28日から37.8℃の熱が続いています。",
                                          "悪くなるかもしれないので心配です。", "ご指示いただけますでしょうか。"],
     "山田様の体調についてご相談です。", "vague", [], False, {"VC702"}),
    # 受診の時に says when; what is asked (話を聞いて) names no action
    ("action-noun-as-a-time", [ADDRESSEE, "山田様のご家族についてご相談です。", "長女様が11月から毎晩2回起こされています。",
                               "また受診の時にでも話を聞いてあげてください。"],
     "山田様のご家族についてご相談です。", "vague", [], False, {"VC702"}),
    ("action-noun-as-a-time-with-an-action", [ADDRESSEE, "山田様のお薬についてご相談です。", "デイの日は朝の薬が10時になります。",
                                              "飲む時間の調整について、次回受診の際にご検討いただけますでしょうか。"],
     "山田様のお薬についてご相談です。", "clear", [], False, set()),
    # thanks for what the physician already agreed to is not a request
    ("arranged-visit-is-not-asked", [ADDRESSEE, "【報告】山田様が本日11時に自室で転倒されました。", "右膝に2cmの擦り傷があり、歩行は普段どおりです。",
                                     "14時に往診いただけるとのこと、ありがとうございます。"],
     "【報告】山田様が本日11時に自室で転倒されました。", "none", [], False, {"VC702"}),
    # a list the negation closes covers its first item even when that item is a negative predicate
    ("list-negation-after-a-negative-sign", [ADDRESSEE, "山田様の夜間頻尿についてご相談です。", "10月から夜間のトイレが4回に増えています。",
                                             "尿が出ない、下腹部の張りや痛みはありません。", "泌尿器科受診の要否をご指示ください。"],
     "山田様の夜間頻尿についてご相談です。", "clear", [], False, set()),
    ("a-verbs-own-negation-closes-no-list", [ADDRESSEE, "山田様の体調についてご報告です。", "傾眠傾向強く、昼食時も覚醒せず摂取できず。",
                                              "受診の要否をご指示ください。"],
     "山田様の体調についてご報告です。", "clear", ["consciousness"], False, {"VC703"}),
    # an old sign told as such after its topic comma (右手のしびれは、5年前の脳梗塞の後から)
    ("history-after-a-topic-comma", [ADDRESSEE, "山田様の近況についてご報告です。", "右手のしびれは、5年前の脳梗塞の後からずっと同じです。",
                                     "来月の受診日の変更をお願いできますか。"],
     "山田様の近況についてご報告です。", "clear", [], False, set()),
    # a request that opens with あと / それと adds a further, unrelated ask: two asks and an "and also" count as three
    ("a-further-ask-after-and-also", [ADDRESSEE, "山田様のことでご相談です。", "11月から夜間に3回起きられます。",
                                      "睡眠薬の調整をご検討いただけますか。", "あと、デイサービスでの入浴は続けてよいでしょうか。"],
     "山田様のことでご相談です。", "unordered", [], False, {"VC702"}),
    # with_near: a fall and its sign in adjacent sentences; not two sentences apart, not when the sign is denied
    ("fall-and-its-sign-adjacent", [ADDRESSEE, "山田様の転倒についてご報告です。", "本日11時、自室で転倒。", "左の股関節を痛がり、立てません。",
                                    "受診の要否をご指示ください。"],
     "山田様の転倒についてご報告です。", "clear", ["fall-fracture-signs"], False, {"VC703"}),
    ("fall-and-a-sign-two-sentences-away", [ADDRESSEE, "山田様の近況についてご報告です。", "11月20日に自室で転倒されました。",
                                            "右膝に2cmの擦り傷がありました。", "本日、腰の痛みが強いと言われます。", "受診の要否をご指示ください。"],
     "山田様の近況についてご報告です。", "clear", [], False, set()),
    ("fall-and-a-denied-sign", [ADDRESSEE, "山田様の転倒についてご報告です。", "本日11時、自室で転倒。", "痛みはなく、すぐに立てました。",
                                "受診の要否をご指示ください。"],
     "山田様の転倒についてご報告です。", "clear", [], False, set()),
    # session 9 (blind38 physician rating): a call told before an ask of the same sentence was made; the ask
    # itself (お電話でご指示を) is no call
    ("call-told-then-an-ask", [ADDRESSEE, "山田様の発熱についてご報告です。", "本日8時から38.6℃の発熱があり、呼吸が速いです。",
                               "訪問看護師から先ほど先生へお電話で報告済みと聞いていますが、往診のご予定を教えていただけますか。"],
     "山田様の発熱についてご報告です。", "clear", ["breathlessness"], True, set()),
    ("call-asked-for-is-no-call", [ADDRESSEE, "山田様の発熱についてご報告です。", "本日8時から38.6℃の発熱があり、呼吸が速いです。",
                                   "お電話で往診の要否をご指示いただけますか。"],
     "山田様の発熱についてご報告です。", "clear", ["breathlessness"], False, {"VC703"}),
    # the reason for writing says what the report is about (〜ためご連絡いたします); 〜の件でご連絡しました does not
    ("reason-for-writing-is-a-purpose", [ADDRESSEE, GREETING, "長谷部様について、夜間の排尿が増えたためご連絡いたします。",
                                         "11月20日から夜間に4回トイレに起きています。", "排尿の薬についてご意見をお願いいたします。"],
     "長谷部様について、夜間の排尿が増えたためご連絡いたします。", "clear", [], False, set()),
    ("matter-named-is-no-purpose", [ADDRESSEE, GREETING, "長谷部様の件でご連絡しました。",
                                    "11月20日から夜間に4回トイレに起きています。", "排尿の薬についてご意見をお願いいたします。"],
     None, "clear", [], False, {"VC701"}),
    # a sentence that adds one more ask to an ask (…いかがでしょうか。また、…もお願いしたいです) does not say what the
    # report is; a sentence that merely opens with さらに or また (さらに悪化したため、ご報告いたします) still may
    ("adding-on-is-no-purpose", [ADDRESSEE, GREETING, "来月の担当者会議の日程ですが、7/15か7/17でご都合いかがでしょうか。",
                                 "また、訪問リハビリの指示書の更新もお願いしたいです。",
                                 "あと、デイサービスの入浴はこれまでどおりで良いか確認したいです。"],
     None, "unordered", [], False, {"VC701", "VC702"}),
    ("sarani-opening-is-a-purpose", [ADDRESSEE, GREETING, "山田様の腰痛がさらに悪化したため、ご報告いたします。",
                                     "11月28日からNRS 5です。", "鎮痛薬の調整をご検討ください。"],
     "山田様の腰痛がさらに悪化したため、ご報告いたします。", "clear", [], False, set()),
    # a call that did not get through, then an ask, is no call
    ("call-not-through-then-an-ask", [ADDRESSEE, "山田様の体調についてご報告です。", "本日8時から右手に力が入らず、ろれつが回りません。",
                                      "先ほどクリニックにお電話しましたが、つながらなかったため、折り返しお電話いただけますか。"],
     "山田様の体調についてご報告です。", "clear", ["stroke-signs", "slurred-speech"], False, {"VC703"}),
    # a call made, its reply still awaited, then an ask: the call stands
    ("call-made-reply-awaited-then-an-ask", [ADDRESSEE, "山田様の体調についてご報告です。", "本日8時から右手に力が入らず、ろれつが回りません。",
                                             "9時に先生へお電話で報告済みですが、まだお返事がないため、往診の可否をお知らせいただけますか。"],
     "山田様の体調についてご報告です。", "clear", ["stroke-signs", "slurred-speech"], True, set()),
    ("call-not-answered-then-an-ask", [ADDRESSEE, "山田様の体調についてご報告です。", "本日8時から右手に力が入らず、ろれつが回りません。",
                                       "先ほどお電話しましたが出られなかったので、折り返しお電話いただけますか。"],
     "山田様の体調についてご報告です。", "clear", ["stroke-signs", "slurred-speech"], False, {"VC703"}),
    # 本日分かった is no same-day request
    ("honjitsu-wakatta-is-not-today", [ADDRESSEE, "山田様の体調についてご報告です。", "今朝7時、黒色便がありました。",
                                       "本日分かったことですので、次回の往診時に受診の要否をご指示ください。"],
     "山田様の体調についてご報告です。", "clear", ["black-stool"], False, {"VC703"}),
    # a numbered list of what was agreed (1. 2.) is not a list of asks: the ask put first stays the purpose
    ("numbered-facts-keep-one-matter", [ADDRESSEE, "お世話になります。", "永田様の急変時の連絡方法について、ご意見をお願いします。",
                                        "11/30 ご家族と話し合い、以下を確認しました。", "1. 自宅での看取りを希望", "2. まず訪問看護へ電話",
                                        "この連絡手順で差し支えないか、12/4の往診時にご確認いただけますか。"],
     "永田様の急変時の連絡方法について、ご意見をお願いします。", "clear", [], False, set()),
    # today's dose asked about is a same-day request: with the red flag dated, VC703 is in hand
    ("todays-dose-is-a-same-day-ask", [ADDRESSEE, "野口様の低血糖のご報告です。", "今朝8時、冷や汗があり、血糖52mg/dLでした。",
                                       "今日の分の薬をどうするか、ご指示をお願いします。"],
     "野口様の低血糖のご報告です。", "clear", ["low-glucose", "cold-sweat-pallor"], False, set()),
]

def _text(lines: list[str]) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_outline_and_findings(checker, case):
    _, lines, purpose, request, urgent, phoned, rules = case
    text = _text(lines)
    report = checker.check(text)
    o = report.outline
    assert o.is_report
    assert (o.purpose.text if o.purpose else None) == purpose
    assert o.request == request
    assert [p.id for p in o.urgent] == urgent
    assert o.phoned is phoned
    fired = {f.rule for f in report.findings if f.category in ("purpose", "request", "urgency")}
    assert fired == rules


def test_urgency_asks_since_when_only_when_a_red_flag_has_no_time(checker):
    undated = _text([ADDRESSEE, "山田様の体調についてご報告です。", "黒色便がありました。", "受診の要否についてご指示をお願いいたします。"])
    dated = _text([ADDRESSEE, "山田様の体調についてご報告です。", "今朝7時、黒色便がありました。", "受診の要否についてご指示をお願いいたします。"])
    (u,) = [f for f in checker.check(undated).findings if f.rule == "VC703"]
    (d,) = [f for f in checker.check(dated).findings if f.rule == "VC703"]
    assert "いつからか" in u.message and any(q.startswith("いつ") for q in u.suggestion.questions)
    assert "いつからか" not in d.message and not any(q.startswith("いつ") for q in d.suggestion.questions)
    assert "本日中に電話" in d.message and "{" not in d.message


def test_findings_anchor_where_the_issue_says(checker):
    lines = CASES[1][1]
    report = checker.check(_text(lines))
    by_rule = {f.rule: f for f in report.findings}
    # purpose: the first content sentence; request: the request sentence; both without the full stop
    assert by_rule["VC701"].text == "最近、夜に眠れていないようです"
    assert by_rule["VC702"].text == "何かございましたらご連絡ください"
    assert "お願いの内容がはっきりしません" in by_rule["VC702"].message
    urgent = checker.check(_text(CASES[8][1]))
    f = next(f for f in urgent.findings if f.rule == "VC703")
    assert f.text == "黒色便" and "電話" in f.message and f.suggestion.questions


# ---------------------------------------------------------------- properties

SENTENCES = [s for c in CASES for s in c[1]] + ["黒色便があります。", "胸が苦しいと話されています。", "何かございましたらご連絡ください。"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=2), st.sampled_from(["", "\n", "\r\n"]))
def test_one_or_two_sentences_are_never_a_report(checker, picked, sep):
    report = checker.check(sep.join(s if s.endswith("。") else s + "。" for s in picked))
    if len(report.sentences) <= 2:
        assert not report.outline.is_report
        assert not any(f.category in ("purpose", "request", "urgency") for f in report.findings)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=3, max_size=8), st.sampled_from(["\n", "\r\n"]), st.text("　 ", max_size=2))
def test_outline_offsets_are_into_the_original_text(checker, picked, sep, pad):
    # (three lines or more that say something: a blank line from a CASE, "", is no sentence, and one or two sentences are never
    # a report, the property above; hypothesis found ['さくら内科 佐藤先生', 'さくら内科 佐藤先生', ''] in session 34)
    assume(sum(1 for s in picked if s.strip()) >= 3)
    text = pad + sep.join(picked)
    o = checker.check(text).outline
    # a report, unless every sentence is a short note of a pertinent negative (胸痛はありません。 three times: a record) or
    # the same no-reply line (お返事はいりません。 three times: nothing reported; found by hypothesis in session 32, the same at fa88ff2)
    assert o.is_report or all(len(s) <= 12 and s.endswith(("ありません。", "なし。")) for s in picked) or len(set(picked)) == 1, picked
    passages = ([o.purpose] if o.purpose else []) + list(o.requests) + list(o.urgent)
    for p in passages:
        assert text[p.start : p.end] == p.text and p.text.strip()
    # the urgent symptoms the pool contains are found wherever they stand
    if any("黒色便があります" in s for s in picked):
        assert "black-stool" in [p.id for p in o.urgent]


# ---------------------------------------------------------------- selection and output

def test_a_bare_record_is_not_asked_for_a_purpose_or_request(checker):
    record = checker.check("体温36.5℃。\r\n血圧128/76mmHg。\r\n脈拍72回/分。")
    assert record.outline.is_report and not record.outline.message
    assert not [f for f in record.findings if f.category in ("purpose", "request")]
    red_flag = checker.check("体温36.5℃。\n今朝、黒色便あり。\n脈拍72回/分。")
    assert [f.rule for f in red_flag.findings if f.category == "urgency"] == ["VC703"]
    letter = checker.check("佐藤先生\n体温36.5℃です。\n脈拍72回/分です。")
    assert letter.outline.message and {"VC701", "VC702"} <= {f.rule for f in letter.findings}


def test_report_rules_are_selectable_like_every_rule():
    text = _text(CASES[1][1])
    assert {f.rule for f in vaguecheck.check(text, select=["request"]).findings} == {"VC702"}
    assert not any(f.category == "purpose" for f in vaguecheck.check(text, ignore=["VC701"]).findings)
    only_words = vaguecheck.check(text, select=["VC1", "VC2", "VC3"])
    assert not any(f.category in ("purpose", "request", "urgency") for f in only_words.findings)
    assert only_words.outline.is_report is False  # nothing asked for report-level cues


def test_to_dict_carries_the_outline(checker):
    d = checker.check(_text(CASES[8][1])).to_dict()
    assert d["outline"]["purpose"]["text"] == "山田様の体調についてご報告です。"
    assert d["outline"]["request"] == "clear"
    assert d["outline"]["urgent"] == [{"start": d["text"].index("黒色便"), "end": d["text"].index("黒色便") + 3,
                                       "text": "黒色便", "symptom": "黒色便・タール便", "id": "black-stool"}]
    assert checker.check("発熱があります。").to_dict()["outline"] == {
        "is_report": False, "purpose": None, "request": None, "requests": [], "urgent": [], "phoned": False, "message": False}


@pytest.mark.slow
def test_cli_json_and_sarif_carry_the_report_rules(tmp_path):
    import subprocess
    import sys

    jsonschema = pytest.importorskip("jsonschema")
    path = tmp_path / "fax.txt"
    path.write_text(_text(CASES[11][1]), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "vaguecheck", str(path), "--format", "json"], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    schema = json.loads((ROOT / "src/vaguecheck/schemas/cli-output.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    entry = doc["files"][0]
    assert {f["rule"] for f in entry["findings"]} >= {"VC701", "VC702", "VC703"}
    assert entry["outline"]["urgent"][0]["id"] == "stroke-signs"
    proc = subprocess.run([sys.executable, "-m", "vaguecheck", str(path), "--format", "sarif"], capture_output=True, text=True)
    sarif = json.loads(proc.stdout)
    rule_ids = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert {"VC701", "VC702", "VC703"} <= rule_ids
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"VC701", "VC702", "VC703"}


def test_stats_row_has_outline_columns(checker):
    from vaguecheck.research import COLUMNS, row

    r = row("x", checker.check(_text(CASES[11][1])))
    assert {"is_report", "purpose_stated", "request_state", "urgent_symptoms"} <= set(COLUMNS)
    assert (r["is_report"], r["purpose_stated"], r["request_state"], r["urgent_symptoms"]) == (True, False, "vague", 2)  # one-sided weakness and slurred speech
    assert (r["findings_purpose"], r["findings_request"], r["findings_urgency"]) == (1, 1, 1)
    one = row("y", checker.check("発熱があります。"))
    assert (one["is_report"], one["purpose_stated"], one["request_state"]) == (False, False, "")


# ---------------------------------------------------------------- corpora

def test_report_corpora_figures_match_docs():
    """docs/evaluation.md quotes these figures under "After development", each right after its
    command; a change in either shows up here (a figure that only matches another batch's line does not pass)."""
    import re

    doc = (ROOT / "docs/evaluation.md").read_text(encoding="utf-8")
    after = doc[doc.index("### After development"):]
    for name in ("dev", *(f"blind{i}" for i in (*range(1, 107), 108, 109, 112))):  # (blind107, 110, 111: held-out first runs)
        result = evaluate_reports(load_report_gold(str(ROOT / f"corpus/reports/{name}.jsonl")))
        line = (f"purpose accuracy {result['purpose_accuracy']:.3f}; request accuracy {result['request_accuracy']:.3f}; "
                f"urgent-symptom recall {result['urgent_recall']:.3f} ({result['urgent_reports']} urgent reports); "
                f"non-urgent reports flagged urgent {result['non_urgent_flagged']:.3f}")
        quoted = re.search(rf"\$ vaguecheck eval corpus/reports/{name}\.jsonl[^\n]*\n([^\n]*)", after)
        assert quoted, f"docs/evaluation.md has no After-development line for {name}"
        assert quoted.group(1).startswith(line), f"corpus/reports/{name}.jsonl now gives: {line}"


def test_gold_substrings_are_in_their_texts():
    for name in ("dev", *(f"blind{i}" for i in range(1, 113))):
        for rec in load_report_gold(str(ROOT / f"corpus/reports/{name}.jsonl")):
            for key in ("request_text", "urgent_text"):
                assert all(s in rec["text"] for s in rec.get(key) or []), (rec["id"], key)


@pytest.mark.slow
def test_readme_shows_what_the_checker_says_about_the_two_example_reports():
    import re
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- report-example.*?```console\n\$ vaguecheck (.*?)\n(.*?)```", readme, re.S)
    assert block, "the README's report example is missing"
    args, promised = block.group(1).split(), block.group(2)
    proc = subprocess.run([sys.executable, "-m", "vaguecheck", *args], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stdout == promised
    assert "report_good.txt" not in proc.stdout  # the well-structured report is clean



def test_eval_reads_reports_known_to_be_good(tmp_path, capsys):
    from vaguecheck.research import eval_command

    good = tmp_path / "good.jsonl"
    texts = [_text(CASES[0][1]), _text(CASES[1][1])]  # the second one is not good: 2 report-level warnings, 2 word-level
    good.write_text("".join(json.dumps({"id": str(k), "text": t}, ensure_ascii=False) + "\n" for k, t in enumerate(texts)), encoding="utf-8")
    assert eval_command([str(good), "--json", str(tmp_path / "out.json")]) == 0
    result = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    report = vaguecheck.check(texts[1])
    expected = [f for f in report.findings if f.severity in ("warning", "error")]
    assert result["reports"] == 2
    assert result["warnings_per_report"] == round(len(expected) / 2, 4)
    assert result["by_category"]["purpose"] == 1 and result["by_category"]["request"] == 1
    sentence_level = [f for f in expected if f.category not in ("purpose", "request", "urgency")]
    assert result["sentence_level_warnings_per_report"] == round(len(sentence_level) / 2, 4)
    assert "known to be well written" in capsys.readouterr().out


def test_each_red_flag_shows_its_own_example(checker, lexicon):
    """VC703's example belongs to the symptom found (black stool is not answered with a stroke)."""
    frame = "佐藤先生\nご報告です。\n{}\n受診の要否をご指示ください。"
    examples = set()
    for sign in lexicon.urgent:
        assert sign.example, f"{sign.id} has no example"
        report = checker.check(frame.format(sign.bad[0]))
        finding = next(f for f in report.findings if f.rule == "VC703")
        if finding.entry == sign.id:
            # (a sudden onset's own example gives way to what the onset was of, when the report names it: 急に「知らない人が
            # いる」と大声を is shown the delirium's example; session 45)
            told = [u.id for u in report.outline.urgent if u.id not in _ONSET_ONLY]
            shown = next(u for u in lexicon.urgent if u.id == told[0]) if told else sign
            assert finding.suggestion.example == shown.example
        examples.add(sign.example)
    assert len(examples) == len(lexicon.urgent)
    black = checker.check(frame.format("今朝、黒色便がありました。"))
    assert "黒色便" in next(f for f in black.findings if f.rule == "VC703").suggestion.example


def test_the_addressee_line_is_never_an_observation():
    # blind44 b44-01: the Okinawan clinic name なかゆくい contains かゆく, read as an itch in the addressee line
    text = ("なかゆくい内科クリニック　比嘉 先生\nいつもお世話になっております。ケアマネの島袋です。\n"
            "新垣様の皮膚の状態のご報告です。\n背中がかゆいと話されています。\nご返信は不要です。")
    findings = vaguecheck.check(text).findings
    itch = [f for f in findings if f.entry == "itching"]
    assert [f.line for f in itch] == [4]  # the patient's itch is asked about; the clinic's name is not


@pytest.mark.parametrize("title", ["[MCS] 秋田 堀井 正一さん（パーキンソン病）", "堀井 正一さん（パーキンソン病）", "[MCS] 金沢 宮下 栄一さん"])
def test_a_chat_title_naming_the_person_is_a_label_whatever_its_length(title):
    # blind88 b88-05 / b88-36: the purpose on the line after the title and the self-introduction was missed
    text = f"{title}\nCM 小松です。服薬時間のことで相談です。\n朝7時に飲んで、11時頃には足がすくみます。\n昼の薬を早めてよいかご指示ください。\n"
    assert "VC701" not in {f.rule for f in vaguecheck.check(text).findings}
    # a line that tells something before the name is content, and no purpose follows it
    told = "最近元気がない堀井さん\n" + text.split("\n", 1)[1]
    assert "VC701" in {f.rule for f in vaguecheck.check(told).findings}


def test_the_senders_line_is_never_an_observation():
    # blind87 b87-15: the office name せきがはら contains せき, read as a cough in the FAX header's sender line
    text = ("医療・介護連携連絡票\n宛先：関ケ原クリニック　山田先生\n"
            "発信：居宅介護支援事業所せきがはら　介護支援専門員 後藤 進（TEL 0584-00-8888）\n"
            "本日は咳のご報告です。\n昨夜から咳が続いています。\n返信は不要です。\n")
    cough = [f for f in vaguecheck.check(text).findings if f.entry == "cough"]
    assert [f.line for f in cough] == [5]  # the patient's cough is asked about; the office's name is not


def test_a_state_told_as_unchanged_is_not_asked_since_when():
    # blind44: ・腰痛 変わらず / 足のしびれ いつもどおり are chronic; a new pain is asked since when
    assert not [f for f in vaguecheck.check("腰痛は以前から変わりありません。").findings if "time" in (f.missing or ())]
    assert [f for f in vaguecheck.check("腰痛があります。").findings if "time" in (f.missing or ())]


@pytest.mark.parametrize("text", [
    "朝に白い痰が出る咳がありますが、以前からで量も変わりません。", "朝に咳と白色痰がありますが、ここ3か月変化はありません。",
    "両膝の痛みは以前から変わりませんが、10月から屋内でも歩行器が必要になりました。", "むくみは2か月前から同程度で、悪化はありません。",
    "両足先のしびれは以前からあり、変化はありません。", "息切れはいつもと同じです。"])
def test_a_state_told_as_unchanged_lacks_nothing(text):
    # blind72 (issue #11's physician): a stable, known state is not asked its onset, count, size or site again,
    # nor is its 以前から a vague onset
    assert not [f for f in vaguecheck.check(text).findings if f.missing or f.category == "vague-time"]


@pytest.mark.parametrize("text", [
    "発熱がありましたが、食欲は変わりません。", "転倒されましたが、その後の様子に変わりはありません。",
    "頭痛があるが、血圧はいつもと同じくらいです。", "咳があり、咳止めを飲んでも変わりません。",
    "ふらつきがあり、以前と同じようには歩けません。", "夜間の咳が続いており、変化がなければ来週受診します。",
    "むくみがあり、変化がないのか確認が必要です。", "ふらつきは、杖がないと歩けない状態です。"])
def test_what_is_not_a_state_told_unchanged(text):
    # session 19 review: another topic unchanged, a treatment that changed nothing, a sameness denied, a condition or a
    # question, and a negation made a condition (杖がないと) tell nothing of the observation before them
    assert [f for f in vaguecheck.check(text).findings if f.missing]


def test_a_steady_mention_settles_nothing_elsewhere():
    # 痰がらみの咳は以前と変わりません (asked nothing) does not answer today's 咳が強く
    fs = vaguecheck.check("痰がらみの咳は以前と変わりません。本日は咳が強く、眠れていないとのことです。").findings
    assert [f for f in fs if f.missing and f.text == "咳"]


@pytest.mark.parametrize("sign", ["黒い便が以前と変わらず出ています", "胸の痛みが以前と変わらず続いています",
                                  "息苦しさは以前と変わらずあります"])
def test_a_red_flag_going_on_unchanged_is_no_denial(checker, sign):
    text = f"〇〇先生\nケアマネの山田です。\n本日、{sign}。\nご指示をお願いします。"
    assert checker.check(text).outline.urgent


@pytest.mark.parametrize("text", ["先週は転倒しそうになる場面がありました。", "今月に入り、ふらつくことがありました。",
                                  "入院中は点滴を自己抜去されることがありました。"])
def test_a_period_holds_many_occasions(text):
    assert [f for f in vaguecheck.check(text).findings if f.rule == "VC401"]


def test_half_width_bootto_after_another_katakana_word():
    # batch 52: UniDic reads ｽｺｼﾎﾞｰｯと as ｽｺｼ|ﾎﾞｰｯ|と (the noun ボーッ); GiNZA's SudachiPy reads ｽｺｼﾎﾞｰｯ as one word, so
    # this is the default backend's reading only
    assert "bootto" in {f.entry for f in vaguecheck.check("ﾍﾙﾊﾟｰより：本日ｽｺｼﾎﾞｰｯとされてました。").findings}


def test_unchanged_covers_its_own_clause_only():
    # 摂取量 is what is unchanged; the weight loss of the clause before is still asked since when and how much
    assert [f.text for f in vaguecheck.check("体重減少あり、食事摂取量は変わりません。").findings if f.missing] == ["体重減少"]
    # a question whether anything changed says nothing is unchanged
    assert [f for f in vaguecheck.check("咳が続いており、体調の変化がないか心配です。").findings if f.missing]
    assert [f for f in vaguecheck.check("以前から腰痛を訴えられています。").findings if f.category == "vague-time"]


@pytest.mark.parametrize("text,missing", [("腫れは、ありませんでした。", False), ("発熱は、ありません。", False),
                                          ("腫れや熱感は、見た目では分かりませんでした。", False), ("咳は、夜間にひどく、眠れていません。", True)])
def test_a_comma_after_the_topic_particle_keeps_the_negation(text, missing):
    # blind74 (b74-20): 腫れや熱感は、見た目では分かりませんでした denies the swelling; a later clause's negation does not
    assert bool([f for f in vaguecheck.check(text).findings if f.missing]) is missing


@pytest.mark.parametrize("text,flagged", [
    ("10月20日に夜間トイレへ向かう途中でふらつき、壁に手をついた場面がありました。", False),
    ("昨日の夕方、玄関で座り込むことがありました。", False),
    ("夜中に大声を出すことがありました。", True),  # no date: how often?
    ("昨日、夜中に大声を出すことがあります。", True),  # told as a habit
    ("11月から夜中に大声を出すことがありました。", True),  # since when, not when
])
def test_one_dated_occasion_is_no_frequency(text, flagged):
    # blind74 (b74-25): a scene told once, after its date, is one occasion (resolved_by "occasion")
    assert bool([f for f in vaguecheck.check(text).findings if f.rule == "VC401"]) is flagged


def test_a_vague_word_inside_a_red_flag_is_left_to_the_red_flag(checker):
    # blind74 (b74-44): 少し of 話し方が少しもつれている is "already covered by the stroke finding"
    text = ("やまもも診療所　門田先生\nいつもお世話になっております。ケアマネの岡林です。\n"
            "西森様のご様子をご報告します。\n本日14時の訪問時、話し方が少しもつれていました。\n"
            "ご指示をお願いします。")
    report = checker.check(text)
    assert [f.rule for f in report.findings if f.rule == "VC703"] == ["VC703"]
    assert not [f for f in report.findings if f.text == "少し"]
    # a vague word beside the sign, not inside it, is still asked
    beside = checker.check(text.replace("話し方が少しもつれていました。", "話し方がもつれていました。食事は少し残しました。"))
    assert [f for f in beside.findings if f.text == "少し"]


def test_a_phrase_set_aside_for_the_vague_word_passes_is_no_quotation(checker):
    # blind40 b40-41: 以前から変わらず (a pseudo phrase) is the writer's own words, so its negation still says the
    # old stroke's numbness is no new sign
    text = ("兵庫もの忘れクリニック　坂口先生\nいつもお世話になっております。ケアマネの山下です。\n"
            "西村様の物忘れについて、受診のご相談です。\n"
            "2021年の脳梗塞による左手の軽いしびれは以前から変わらず、最近新たに出た麻痺やろれつの変化はありません。\n"
            "評価の要否をご指示いただけますでしょうか。")
    assert not checker.check(text).outline.urgent


# ---------------------------------------------------------------- session 17 (blind70)

@pytest.mark.parametrize("fallback,unordered", [("難しい場合は受診先のご指示をお願いします。", False), ("往診が無理なら受診先をご指示ください。", False),
                                                ("訪問入浴を始める場合、入浴の可否も教えてください。", True),
                                                ("必要であれば、その際に血液検査もお願いできれば幸いです。", False)])
def test_a_fallback_ask_is_no_further_matter(checker, fallback, unordered):
    """難しい場合は…: the ask before it, again; 〜を始める場合、…も教えてください is one more matter."""
    text = ("〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田様の発熱について、往診のお願いです。\n"
            "本日11時の体温は38.9℃でした。\n本日中の往診をお願いできますでしょうか。\n湿布の種類の変更もご検討いただけますか。\n" + fallback)
    assert (checker.check(text).outline.request == "unordered") is unordered


def test_who_attended_is_a_header_and_the_purpose_may_follow(checker):
    text = ("サービス担当者会議　要点（11月7日 14:00〜 ご自宅にて）\n出席：ご本人、長女、訪問介護、訪問看護、ケアマネ（中川）\n"
            "主治医の先生はご欠席のため、会議の内容をご報告いたします。\n・食事：1日2食、主食半分程度。\n以上、よろしくお願いいたします。")
    assert checker.check(text).outline.purpose is not None


def test_a_terse_record_closed_by_periods_is_content(checker):
    """血圧高めとのこと。ご本人元気。: short sentences without a predicate, but closed by 。, are what the
    report tells, not label lines; a report of them with no purpose is asked for one."""
    text = "大塚医院 大塚先生\nﾍﾙﾊﾟｰより。血圧高めとのこと。ご本人元気。頭痛なし。\n食事まあまあ。便秘気味。\nケアマネ 吉岡"
    assert "VC701" in {f.rule for f in checker.check(text).findings}


def test_short_header_items_do_not_push_the_purpose_out_of_the_opening(checker):
    """Session 17 review: ・11月7日訪問分 / ・田中花子様（85歳） are short lines with no predicate; they do not use
    up the opening in which the purpose is looked for."""
    text = ("山田先生\n・11月7日訪問分\n・田中花子様（85歳）\n食事量低下についてご相談です。\n3日前から主食3割です。\n"
            "往診をお願いできますでしょうか。")
    report = checker.check(text)
    assert report.outline.purpose is not None and "VC701" not in {f.rule for f in report.findings}


#: A letter around one sentence: addressee, greeting, purpose, the sentence, a clear ask.
_WRAP = ("さくら内科 佐藤先生\nいつもお世話になっております。\n山田様の体調についてご報告です。\n{}\n"
         "受診の要否についてご指示をお願いいたします。")


@pytest.mark.parametrize(
    ("sentence", "signs"),
    [
        # session 18 review: a month-level onset is history only when approximate (8月頃から)
        ("11月から黒い便が出ています。", ["black-stool"]),
        ("12月初めから胸が苦しいと訴えています。", ["chest-pain"]),
        ("8月頃から右手の親指にしびれがあり、変わりありません。", []),
        # a relative or a helper who tells the patient's sign is its source, not its subject
        ("奥さんがね、じいちゃん朝から胸が痛いって言いよるって電話がありました。", ["chest-pain"]),
        ("ヘルパーの山下さんが、今朝トイレで黒い便が出ているのを見つけました。", ["black-stool"]),
        ("看護師の田中さんが本日10時の訪問時にSpO2 85%を確認しています。", ["low-spo2"]),
        ("昨夜から熱があり、ぐったりされています。\n同居の娘さんが、熱は39.5℃あったと話しています。",
         ["high-fever", "fever-prostration", "fever-prostration-told"]),
        # a sign named as what the physician is asked to assess is still told
        ("今朝からの右手のしびれと脱力の評価をお願いしたいです。", ["stroke-signs"]),
        # a weight gain: its size read from a chain, its first value to its last, and at the boundary
        ("この3日で体重が増え、6月1日 62.1kg → 6月4日 64.1kgでした。階段で息切れもするようになりました。", ["weight-gain-heart-failure"]),
        ("この5日で体重が増え、体重は6/1 46.0kg → 6/3 47.5kg → 6/5 49.0kgでした。階段で息切れもするようになりました。",
         ["weight-gain-heart-failure"]),
        ("握力は右18kg→19kgです。この3日で体重が増え、息切れがあります。", ["weight-gain-heart-failure"]),
        ("先月は体重48.0kg→48.5kgと安定していましたが、この3日で体重が急に増え、息切れがあります。", ["weight-gain-heart-failure"]),
        ("体重が増え、体重は5月31日 46.0kg → 6月7日 47.5kgで、階段で息切れがします。", []),
    ],
)
def test_red_flags_after_the_session_18_review(sentence, signs):
    assert [u.id for u in vaguecheck.check(_WRAP.format(sentence)).outline.urgent] == signs


@pytest.mark.parametrize("line,state", [("水分はとってくださいとお伝えしてきました。", "none"),
                                          ("ご家族には、熱が出たらすぐ連絡してくださいと説明しました。", "none"),
                                          ("ご家族が、次の受診で採血もしてほしいと言われました。", "clear"),
                                          ("受診の要否についてご指示をいただけますか。", "clear")])
def test_an_ask_the_writer_told_someone_else_is_not_a_request(checker, line, state):
    """blind76 (b76-21): 〜してくださいとお伝えしました is what the writer told the family; a family's wish relayed
    with 言われました is still an ask to the physician."""
    text = f"{ADDRESSEE}\n{GREETING}\n山田様のご様子です。\n昨日から食事量が5割です。\n{line}\n以上です。"
    assert checker.check(text).outline.request == state


def test_a_subject_line_names_the_matter_and_is_not_read_for_vague_words(checker):
    """blind74-75: findings on 件名：… were rated false alarms (the body gives the facts); the outline still reads it."""
    text = ("件名：息切れと血圧が上がっているようなのでご報告\nさくら内科 佐藤先生\nいつもお世話になっております。\n"
            "本日9時の血圧は168/96mmHg、SpO2 95%でした。\n受診の要否をご指示ください。")
    report = checker.check(text)
    assert not [f for f in report.findings if f.line == 1 and f.category not in ("purpose", "request", "urgency")]
    assert report.outline.purpose is not None and report.outline.purpose.text.startswith("件名")
    body = checker.check(text.replace("件名：", "", 1))
    assert [f for f in body.findings if f.line == 1], "without the label the same words are read"


@pytest.mark.parametrize("label", ["件名：", "【件名】", "■件名：", "＜件名＞", "\ufeff件名：", "Re: "])
def test_subject_lines_in_their_usual_forms(checker, label):
    """Review (session 20): a subject line with brackets, a mark or a BOM before it is one too."""
    text = f"{label}足のむくみがやや増えた気がします\n佐藤先生\n本日9時、血圧は130/80でした。\n受診の要否をご指示ください。"
    assert not [f for f in checker.check(text).findings if f.line == 1 and f.category not in ("purpose", "request", "urgency")]


# ---------------------------------------------------------------- session 22 (blind80)

@pytest.mark.parametrize("extra,unordered", [
    ("次回受診日の処方から変更いただければ、ヘルパーの夕方訪問時に服薬確認を行う体制を整えます。", False),  # an offer
    ("それから、訪問看護指示書の作成もお願いできますでしょうか。", True),  # one more ask
])
def test_an_announcing_ask_and_an_offer_are_no_further_matter(checker, extra, unordered):
    """〜をご検討いただきたくご連絡いたしました says why the letter came, and 〜いただければ、…体制を整えます offers
    the writer's part: neither is one more thing asked (blind80's physician: "requests are already clear")."""
    text = ("眉山内科医院 森先生\n件名：服薬状況のご報告と処方方法についてのご相談\n"
            "吉田様について、残薬が多いため、一包化と服用回数の調整をご検討いただきたくご連絡いたしました。\n"
            "・残薬：昼食後分が14回中11回分。\n・昼食後の薬を朝か夕にまとめることが可能か、ご検討をお願いいたします。\n" + extra)
    assert (checker.check(text).outline.request == "unordered") is unordered


@pytest.mark.parametrize("asks", [
    # (the session 22 review) an ask that carries its own matter stays one: まったく連絡が取れない is no announcement,
    "長男様とまったく連絡が取れないため、入院時の連絡先についてご指示いただけますか。\n眠剤の変更をご検討いただけますか。\n訪問リハの指示書もお願いできますか。",
    # an announcement of a matter no later ask puts again, with no facts between,
    "残薬が多く、一包化をご検討いただきたくご連絡いたしました。\n眠剤の変更をご検討いただけますか。\n訪問リハの指示書もお願いできますか。",
    # an ask on the physician's condition that is no arrangement of the writer's,
    "血液検査をしていただければ、結果をもとにケアプランの見直しを行います。\n眠剤の変更をご検討いただけますか。\n訪問リハの指示書もお願いできますか。",
    # and a condition that asks a matter of its own
    "眠剤の変更をご検討いただけますか。\n水分制限が必要なら、1日の上限量をご指示ください。\n訪問リハの指示書もお願いできますか。",
    # (the second review) an announcement whose matter no later ask puts, facts between or not, or shares only 本人 / 受診
    "内服薬の一包化をご検討いただきたくご連絡いたしました。\n朝の飲み忘れが週3回あります。\n訪問看護指示書の発行をお願いします。\n湿布の処方もお願いします。",
    "ご本人の内服薬の一包化をご検討いただきたくご連絡いたしました。\nご本人の訪問リハビリの指示書をお願いします。\n湿布の処方をお願いします。",
    "受診の要否をご判断いただきたくご連絡いたしました。\n次回受診時に血液検査をお願いします。\n湿布の処方もお願いします。",
    # and an offer in a sentence that ends asking
    "訪問看護指示書の発行をお願いします。\n湿布を処方していただければ、貼付の準備をいたしますので、処方をご検討ください。\n入浴の可否もご指示ください。",
])
def test_three_matters_asked_stay_unordered(checker, asks):
    text = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田様の件でご相談です。\n" + asks
    assert checker.check(text).outline.request == "unordered"


@pytest.mark.parametrize("title", ["【至急】連携連絡票　2024/11/30 8:50", "【至急】医療・介護連携連絡票　2024年11月25日 11:20"])
def test_a_dated_form_title_and_a_suspicion_before_the_ask_leave_the_purpose_first(title):
    """A form's title with its date (its 至急 is the title's, not a call asked for) is frame, and 〜が疑われ、〜をお願いします
    states the purpose as a request put first with its reason (blind82)."""
    from vaguecheck import check

    text = (f"{title}\n宛：さが在宅ケアクリニック 副島先生\n発：居宅介護支援事業所かささぎ 田中\n"
            "利用者：陣内 勇 様（87歳）\nカテーテル閉塞が疑われ、本日午前中の往診（カテーテル交換）をお願いします。\n"
            "・11/29 22時以降、今朝8:30まで蓄尿バッグへの流出なし（0mL）。\n・8:40 BT 37.6℃、BP 158/90、P 96。")
    outline = check(text).outline
    assert outline.purpose is not None and outline.purpose.text.startswith("カテーテル閉塞が疑われ")
    plain = text.replace("カテーテル閉塞が疑われ、", "")
    assert check(plain).outline.purpose is None  # a bare ask (no reason, no topic, no ご連絡) is no purpose, as before


@pytest.mark.parametrize("asks,state", [
    ("【お願い】①次回診察（6/17）での採血のご検討 ②エンシュア等の栄養補助食品の処方可否", "clear"),
    ("お願いしたいこと：\n1．外用薬の処方と処置方法のご指示\n2．訪問看護の特別指示書が必要かのご判断", "clear"),
    ("■依頼内容：\n・褥瘡の処置方法のご指示\n・入浴の可否のご判断", "clear"),
    # a label over a sentence is read as before; items under it that name no action ask nothing
    ("■お願い：受診となった場合、妻は運転できないため介護タクシーを手配します。", "vague"),
    ("お願いしたいこと：\n・ご本人の様子\n・ご家族の様子", "vague"),
])
def test_items_under_a_request_label_are_asks(checker, asks, state):
    """A request label heading a list (【お願い】①…のご検討 ②…可否, お願いしたいこと：／1．…のご指示) asks each item
    that names an action, with no verb of asking, and the list is the writer's order (blind82, blind83's physicians:
    "requests are explicitly listed just above")."""
    text = ("渡辺先生\n川又様の体重減少について、ご相談です。\n・体重：4/8 52.0kg → 6/10 48.5kg。\n" + asks
            + "\nお返事は本MCSでいただければ、訪看・ヘルパーと共有します。")
    outline = checker.check(text).outline
    assert outline.request == state


def test_a_signature_line_is_frame(checker):
    """居宅介護支援事業所 くらぶち　介護支援専門員 吉田 智子: an office's name on a line that ends in the writer's
    name is no vague word (ぶち of くらぶち, たろう of ももたろう: blind84's physician, b54-15)."""
    head = "高崎あら町内科　中島 健 先生\n居宅介護支援事業所 くらぶち　介護支援専門員 吉田 智子\n"
    body = "利用者：原田 フミ様\n11/20 14時に自宅で転倒されたご報告です。\n右膝に3cmの擦り傷があります。"
    assert not [f for f in checker.check(head + body).findings if f.text == "ぶち"]
    # the same words in a sentence of the report are read
    assert [f for f in checker.check(head + body + "\n右膝の痛みがぶち強いです。").findings if f.text == "ぶち"]


def test_a_list_number_is_no_sentence():
    """1. 外用薬… is one list item (blind85: the number split off as a sentence of its own hid the items under
    ■お願い); a period after a value (BT 37.5.) still ends a sentence."""
    from vaguecheck.analyzer import split_sentences

    text = "■お願い\n1. 外用薬のご指示をお願いします。\n12. 以上\nBT 37.5. 食事は5割."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "■お願い", "1. 外用薬のご指示をお願いします。", "12. 以上", "BT 37.5.", "食事は5割."]


@pytest.mark.parametrize("label", ["■お願い", "【お願い】", "お願い："])
def test_numbered_asks_under_a_bare_label_are_clear(checker, label):
    text = ("はやし在宅クリニック 林先生\n用件：仙骨部の褥瘡について、処置方法のご指示をお願いするご相談です。\n"
            "・仙骨部に2.5cm×2.0cmの浅い潰瘍、滲出液少量。\n" + label
            + "\n1. 外用薬・被覆材の種類をご指示ください。\n2. 訪問看護指示書に褥瘡処置の追記をお願いします。\n"
            "次回往診（10/9）までに処置を始めたいため、10/6までにご返答いただけると助かります。")
    assert checker.check(text).outline.request == "clear"


@pytest.mark.parametrize("asks,state", [
    # まず, then asks tacked on with それから / あと: scattered, not ordered (blind85)
    ("まず、訪問看護を入れたいので、指示書をお願いできますか。\nそれから、杖から歩行器に変えようと思っています。\n"
     "あと、血圧の薬がなくなりそうなので、いつもの薬をお願いできますか。\n娘さんが来週帰省されるので、一緒に受診できたらと思います。", "unordered"),
    # まず … 次に … 最後に: the writer's order
    ("まず、訪問看護の指示書をお願いできますか。\n次に、血圧の薬の処方をお願いできますか。\n最後に、来週の受診日の変更をお願いできますか。", "clear"),
])
def test_first_then_informal_additions(checker, asks, state):
    text = "〇〇クリニック 佐藤先生\n居宅の今村です。\n片山様のことでご相談です。\n" + asks
    assert checker.check(text).outline.request == state


def test_one_skin_lesion_told_under_several_names(checker):
    """【結論】仙骨部に2.5×2.0cmの浅い傷 / 11/22 表皮剥離 / 発赤: the site and size given at one name serve the others
    in the paragraph (blind82–85's physicians); a lesion of its own in another paragraph is still asked."""
    one = ("木下様の仙骨部の褥瘡について、処置方針のご相談です。\n【結論】仙骨部に2.5×2.0cmの浅い傷ができています。\n"
           "【経過】11/18 発赤を確認、11/22 表皮剥離、11/25 現在の大きさ。\n【お願い】外用薬のご指示をお願いします。")
    assert not [f for f in checker.check(one).findings if f.rule.startswith("VC60")]
    alone = "木下様の皮膚についてご報告です。\n11/22 表皮剥離あり。\n外用薬のご指示をお願いします。"
    assert [f for f in checker.check(alone).findings if f.rule.startswith("VC60") and f.text.startswith("表皮剥離")]


@pytest.mark.parametrize("text,flagged", [
    ("本日伺ったところここ数日食欲がないとのことでした。", True),  # 本日 dates the visit (batch 64)
    ("本日訪問した時、ここ数日食欲がないとのことでした。", True),
    ("ここ数日、11/28から食欲がありません。", False),  # the date itself
])
def test_a_scene_date_does_not_settle_a_vague_time(checker, text, flagged):
    assert bool([f for f in checker.check(text).findings if f.rule == "VC301"]) is flagged


def test_what_the_purpose_names_the_body_tells(checker):
    """目的：夜間の興奮・徘徊が増えたため…: the conclusion first, the onset and counts in the lines below, in other words
    (blind85's physician); with no figures below, the purpose's observation is still asked."""
    head = ("におの浜クリニック 西川先生\n目的：夜間の徘徊が増えたため、内服の見直しについてご相談します。\n")
    body = "・7/4頃から夜22時〜2時に起きて玄関から出ようとする行動が週5回（増量前は週1回程度）。\n薬剤調整が必要かご判断ください。"
    assert not [f for f in checker.check(head + body).findings if f.rule.startswith("VC60")]
    bare = "・ご家族がお困りです。\n薬剤調整が必要かご判断ください。"
    assert [f for f in checker.check(head + bare).findings if f.rule.startswith("VC60")]


@pytest.mark.parametrize("title,frame", [
    ("【ご相談・至急】山本 正男様（82歳）心不全 体重増加と息切れ", True),
    ("【報告】田中様 転倒", True),
    ("【ご相談】息切れが強くなっています。", False),  # a sentence: read as one
])
def test_a_title_in_a_purpose_bracket_is_a_subject_line(checker, title, frame):
    text = title + "\n中村先生\n・ご家族が心配されています。\n本日中の往診をお願いします。"
    flagged = [f for f in checker.check(text).findings if f.start < len(title) and f.rule < "VC700"]
    assert (not flagged) is frame


def test_before_and_after_a_change_of_treatment_dates_it(checker):
    """変更前は週2回程度 → 変更後はなし: the change's date dates the comparison (blind85)."""
    assert not checker.check("・夜間トイレ時のふらつき：変更前は週2回程度 → 変更後はなし。").findings
    assert checker.check("・夜間トイレ時のふらつき：週2回程度。").findings


def test_a_conclusion_line_is_told_by_the_facts_listed_below_it():
    # blind88 b88-01: 【結論】昨夜からの発熱… with the temperatures in 【経過】 below; b88-17: 結論：状態は安定しています。
    # with the items checked listed below (the physician: "already given", "listed right below the conclusion")
    head = "こまち診療所 高橋先生\n【目的】発熱のご報告、本日の往診のご相談\n"
    fever = head + "【結論】昨夜からの発熱があります。本日中の往診のご指示をお願いします。\n【経過】\n2/5 20時 37.8℃\n2/6 8時 38.6℃、脈拍108\n"
    assert not [f for f in vaguecheck.check(fever).findings if f.entry == "fever"]
    alone = head + "昨夜からの発熱があります。本日中の往診のご指示をお願いします。\n夕食は半分でした。\n"
    assert [f for f in vaguecheck.check(alone).findings if f.entry == "fever"]  # no figures below: still asked
    steady = ("[MCS] 長谷川 勇 様\nケアマネの外崎です。月1回の定期報告です。返信は不要です。\n結論：この1か月、状態は安定しています。\n"
              "・SpO2：安静時93〜95%\n・体重56.0kg（前月56.3kg）\n")
    assert "VC103" not in {f.rule for f in vaguecheck.check(steady).findings}
    bare = steady.split("・SpO2")[0] + "本人「まんず調子いいでぁ」\n"
    assert "VC103" in {f.rule for f in vaguecheck.check(bare).findings}


def test_a_family_member_who_says_what_they_saw_relays_the_patients_red_flag():
    # blind89 b89-54: 娘さんが先日、便が黒っぽかったと言っていました is the patient's black stool, relayed; blind45 b45-45's
    # 奥様が…胸が痛いと言って救急車で運ばれ is the wife's own chest pain (she goes on to act)
    head = "さがえ中央医院 先生\nいつもありがとうございます。ケアマネの相馬です。\n佐藤 ウメ様の件でご報告です。\n"
    relayed = vaguecheck.check(head + "娘さんが先日、便が黒っぽかったと言っていました。\n食事は7割です。\n")
    assert [p.id for p in relayed.outline.urgent] == ["black-stool"]
    # the red flag asks since when; the black stool as an observation does not ask it again
    assert not [f for f in relayed.findings if f.missing == ("time",) and "便" in f.text]
    own = vaguecheck.check(head + "介護をされている奥様が、一昨日の夜に胸が痛いと言って救急車で運ばれました。\nご本人は胸の痛みもなく過ごされています。\n")
    assert not own.outline.urgent


def test_a_title_in_brackets_states_the_purpose_when_the_line_goes_on():
    # blind89 b89-40: 【本日受診のご判断のお願い】尿が出ていません。
    text = ("@菅原先生（寒河江さくら内科）\n【本日受診のご判断のお願い】尿が出ていません。\n高橋 勇様 80歳、パーキンソン病。\n"
            "・昨夜22時の排尿を最後に、本日14時まで約16時間排尿なし。\n本日の往診か受診かのご指示をお願いします。\n")
    report = vaguecheck.check(text)
    assert report.outline.purpose is not None and "VC701" not in {f.rule for f in report.findings}


def test_asked_whether_the_physician_can_see_the_patient_today_is_a_clear_request():
    # blind89 b89-32: 今日診てもらえるかどうか、お返事いただけますか
    text = ("北山もえぎ診療所 先生\nケアマネの今井です。ご報告とご相談です。\n清水様、今日のお昼にお茶にむせて、熱が39度あるとのことです。\n"
            "今日診てもらえるかどうか、お返事いただけますか。\n")
    assert vaguecheck.check(text).outline.request == "clear"


def test_the_persons_label_without_a_colon_opens_the_message():
    # blind89 b89-44: 利用者の庄司ヨシエ様ですが、… is the first line of content (no field label), and names the patient
    text = ("連絡票\n東根こぶし内科 松田先生\n居宅介護支援事業所べにばな 丹野です。いつもお世話になっております。\n"
            "利用者の庄司ヨシエ様ですが、おとといの夕方から熱があり、37.8℃くらいが続いています。\n咳も少し出ています。\n"
            "受診したほうがいいか、ご相談させてください。\n")
    purpose = next(f for f in vaguecheck.check(text).findings if f.rule == "VC701")
    assert purpose.line == 4 and purpose.suggestion.example.startswith("庄司ヨシエ様の")


def test_a_label_in_the_purpose_line_is_told_by_the_lines_below_it():
    # blind89 b89-48: 【ご相談】夜間の不穏が増えており… with the times and counts in the items below
    head = "しもがも内科 長谷川先生\n"
    told = head + "【ご相談】夜間の不穏が増えており、内服調整のご検討をお願いしたく報告します。\n・1/25頃から、夜22時〜2時に外に出ようとする行動が週5日程度。\n"
    assert "VC102" not in {f.rule for f in vaguecheck.check(told).findings}
    untold = head + "【ご相談】夜間の不穏が増えており、内服調整のご検討をお願いしたく報告します。\n・ご家族も困っておられます。\n"
    assert "VC102" in {f.rule for f in vaguecheck.check(untold).findings}


def test_a_clinic_named_as_the_source_answers_whose_hearsay_it_is():
    # batch 69: 眼科では…との説明があったそうです (the clinic told it); a bare 〜そうです still asks who said it
    assert not vaguecheck.check("眼科では白内障の進行は軽度との説明があったそうです。").findings
    assert [f.rule for f in vaguecheck.check("夜中に3回起きたそうです。").findings] == ["VC205"]


def test_a_medicines_dose_is_no_glucose_reading_and_that_effect_asks_nothing_new():
    # blind90 b90-31: メトホルミン500mg two lines below the glucose readings (76–132) raised the ≥300 flag; and
    # 待ってよい場合はその旨お知らせください tells how to answer the ask before it
    text = ("北郷ファミリークリニック 斉藤先生\n居宅介護支援事業所すずらん 千葉です。\n"
            "食事量が減っており、糖尿病薬をこのまま続けてよいかご判断をお願いしたくご連絡しました。\n"
            "・自己血糖測定（朝食前）：3/1〜3/7 平均132、3/8〜3/14 平均98、最低 3/13 の76 mg/dL。\n"
            "・冷や汗・手のふるえなどの低血糖症状はないとのこと。\n・内服：グリメピリド1mg 朝、メトホルミン500mg 朝夕。\n"
            "お願い：グリメピリドの減量・中止が必要か、ご指示ください。次回受診（3/28）まで待ってよい場合はその旨お知らせください。\n")
    report = vaguecheck.check(text)
    assert not report.outline.urgent and report.outline.request == "clear"
    high = text.replace("最低 3/13 の76 mg/dL", "最高 3/13 の420 mg/dL")
    assert any("高血糖" in p.label for p in vaguecheck.check(high).outline.urgent)  # a reading of 420 still is one


def test_the_summary_scan_is_made_once_and_reads_each_sentence_for_one_conclusion():
    # the session 25 review: recomputed per finding, the scan was quadratic on a long report of many summary lines
    from vaguecheck.checker import Checker
    from vaguecheck.figures import after_the_summary

    unit = "【結論】元気がなく、食欲もありません。\n・体温36.5℃（11/20 10時）\n・昼食は主食5割。\n"
    doc = Checker()._document("佐藤先生\n山田様の件でご相談です。\n" + unit * 50)
    first = after_the_summary(doc)
    assert after_the_summary(doc) is first  # kept on the document
    read = sum(len({j for _, _, j, _ in below}) for below in first.values())
    assert 0 < read <= 2 * len(doc.sentences)

