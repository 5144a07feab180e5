"""Session 62: misses of blind240-248's first runs and the report-level entries physicians rating the issue #11 packets
of blind180-239 called unhelpful.  An example's matter is not taken from a blank status line (朝ごはんもいつも通り
食べられたそうです is no report about the meal); 意識がなくなって is a loss of consciousness; 急変時 is a plan, not a sudden
change (今朝の急変時、… still is one); a dry mouth beside only so much drunk (水分もコップ半分くらいしか飲めていない) is
dehydration; a drink spilling from one side of the mouth (口の右っかわからこぼれて) is a sign of a stroke; 頭ゴツンて打った is
a head strike; Mie's 出やん and a nappy not wet since last night (おむつが昨日の夜から全然濡れてない) are no urine; 今までこんな
頭痛なったことない is a sudden severe headache; 睡眠薬のことも相談したいです is one matter of several, no purpose; 【報告と
ご確認】 is a purpose.  Kept as tests too: what the session's reviews showed harmful and was withdrawn (a calm report titled
【報告】 that asks nothing keeps its missing ask in front; 一応ご報告まで does not make a worrying change a mere 報告; 顔も右が
下がる, しゃべりも…もごもご; 意識がなくなったら; 今日も相談です)."""

from __future__ import annotations

import pytest

from vaguecheck.checker import Checker

_CHECKER = Checker()
HEAD = "たるい内科 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
ASK = "\n本日中に受診の要否をご指示いただけますでしょうか。"


def _entries(text: str, rule: str) -> list:
    return [f for f in _CHECKER.check(text).findings if f.rule == rule]


def _example(text: str, rule: str) -> str:
    found = _entries(text, rule)
    assert found, rule
    return found[0].suggestion.example


def _urgent(body: str, ask: str = ASK) -> list[str]:
    outline = _CHECKER.check(HEAD + body + ask).outline
    assert outline is not None
    return [u.id for u in outline.urgent]


# ---------------------------------------------------------------- the matter an example names

FEVER_SETTLED = ("お世話になります。\n宮本 花子さん、昨日夕方37.9℃あった熱ですが、今朝は36.6℃でした。\n"
                 "昨日クリニックにお電話して、様子見でよいと言われた件です。\n朝ごはんもいつも通り食べられたそうです。\n"
                 "訪問看護さんが明日も様子を見に行ってくれます。")


def test_a_blank_status_line_about_eating_names_no_matter() -> None:
    example = _example(FEVER_SETTLED, "VC701")
    assert "食事" not in example
    assert example.startswith("宮本 花子様の")


def test_eating_told_as_a_problem_still_names_the_meal() -> None:
    text = ("お疲れさまです。\n宮本 花子さん、最近ご飯をあまり食べていないみたいです。\n娘さんも心配されています。\n"
            "デイは続けて通っています。")
    assert "食事" in _example(text, "VC701")


def test_a_guess_in_front_still_names_its_observation() -> None:
    text = ("お疲れさまです。\n宮本さん、夜中に何回もトイレに起きてるみたいです。\n娘さんも寝不足のようです。\n"
            "デイは続けて通っています。\nどうしたらいいでしょうか。")
    example = _example(text, "VC701")
    assert "体調" not in example and "食事" not in example


# ---------------------------------------------------------------- withdrawn after the review: the harms it found

REPORTED = [
    # (a loss of appetite told with figures: nothing else in front once the ask is a detail)
    "【報告】山田 トメ様 食欲低下\n" + HEAD + "12月に入ってから食欲が落ちており、ヘルパー訪問時も食事を半分ほど残されています。\n"
    "水分は声かけすれば飲まれています。\n本人は「食べたくない」と言われます。",
    # (a home blood pressure rising, below any bound)
    "【報告】伊藤 正様 家庭血圧\n" + HEAD + "12月1日から7日の朝の家庭血圧は、152/94、155/92、158/96でした。\n11月は朝130/80前後でした。\n"
    "頭痛やめまいはありません。",
    # (a wound grown larger, with its sizes)
    "【報告】中村 ヨシ様 右かかとの傷\n" + HEAD + "右かかとの傷が、12月1日は1cm×1cmでしたが、12月7日は2cm×2.5cmになっていました。\n"
    "周りが赤くなっています。\n訪問看護が毎日処置しています。",
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_report_titled_as_a_report_that_asks_nothing_keeps_its_missing_ask_in_front(text: str) -> None:
    report = _CHECKER.check(text)
    assert report.outline.request == "none" and not report.outline.urgent
    found = [f for f in report.findings if f.rule == "VC702"]
    assert found and not any(f.secondary for f in found)


@pytest.mark.parametrize("change", ["今週、夜間にトイレへ行く途中で2回転倒されました。\nけがはなかったそうです。\n日中もふらつきがあります。",
                                    "おしりの床ずれが前より大きくなっているそうです。\n訪問看護さんが処置してくれています。"])
def test_a_change_told_for_information_is_still_offered_a_consultation(change: str) -> None:
    text = "佐藤先生\nお世話になります。ケアマネの山田です。\n宮本 花子さん、" + change + "\n一応ご報告までです。\n何かあればよろしくお願いします。"
    found = _entries(text, "VC701")
    assert found and "ご相談です" in found[0].suggestion.example


# ---------------------------------------------------------------- red flags


@pytest.mark.parametrize("body", ["上田 シマさん、今朝トイレで座ったまま意識がなくなって、1分くらいで戻ったらしいです。",
                                  "今朝、食事中に意識がなくなりました。"])
def test_a_loss_of_consciousness_told_with_nakunaru(body: str) -> None:
    assert "consciousness" in _urgent(body)


@pytest.mark.parametrize("body", ["意識がなくなるようなことはありません。", "以前、意識がなくなったことがあると娘さんから聞いています。"])
def test_no_loss_of_consciousness_denied_or_long_past(body: str) -> None:
    assert "consciousness" not in _urgent(body, ask="\n何かあればご連絡ください。")


@pytest.mark.parametrize("body", ["急変時はまず訪問看護ステーションへ連絡する流れをご家族と確認しました。",
                                  "ご本人の意向：「急変時も延命のための人工呼吸器はつけたくない」。"])
def test_a_plan_for_a_sudden_change_is_no_red_flag(body: str) -> None:
    assert _urgent(body, ask="\n情報共有のみですので、ご返信は不要です。") == []


@pytest.mark.parametrize("body", ["昨夜、急変し、呼吸が苦しそうです。", "本日未明に状態が急変し、呼びかけへの反応が鈍くなりました。"])
def test_a_sudden_change_told_as_an_event_is_still_one(body: str) -> None:
    assert "sudden-change" in _urgent(body)


def test_a_dry_mouth_with_only_so_much_drunk_is_dehydration() -> None:
    assert "dehydration-signs" in _urgent("昨日の昼から、水分もコップ半分くらいしか飲めていないそうです。\n今朝訪問したら、口の中がカラカラでした。")


@pytest.mark.parametrize("body", ["口の中がカラカラです。\n水分は1日1200ml取れています。",
                                  "水分は1日800mlしか飲めていませんが、口の乾きはありません。"])
def test_no_dehydration_without_both_signs(body: str) -> None:
    assert "dehydration-signs" not in _urgent(body, ask="\n何かあればご連絡ください。")


def test_a_drink_spilling_from_one_side_of_the_mouth() -> None:
    body = "なんかお茶飲んだら口の右っかわからダラーってこぼれて、顔も右が下がってるみてえだったんだよね。"
    assert "stroke-signs" in _urgent(body)


# (withdrawn after the review: 顔も右が下がる said of a swelling or a known paralysis, しゃべりも…もごもご of food in the mouth,
# a mask or nerves; 意識がなくなる in a wish, a plan or a simile; しか飲まない, a taste)
@pytest.mark.parametrize("body", [
    "左片麻痺があり、口も左が下がっていますが、食事は自力で全量摂取されています。",
    "帯状疱疹で顔の右側に出ていた発疹は、顔も右が下がって見えるほど腫れていましたが、今は引いています。",
    "食事の時、ご飯を口に入れたまま喋りもごもごで、むせそうになることがあるとヘルパーさんから聞きました。",
    "初めてのデイで緊張されたのか、しゃべりももごもごで声も小さかったそうです。",
    "新しい入れ歯にしてから、しゃべり方がもごもごして聞き取りにくいと娘さんが言われています。",
    "ご本人は「意識がなくなったら、延命の処置はしないでほしい」と話されています。",
    "ご本人が「意識がなくなる前に、息子に会っておきたい」と話されています。",
    "眠剤を変えてから、夜は布団に入るとすぐ意識がなくなるみたいに寝てしまうと、ご本人が笑って話されていました。",
    "口が渇くと言われますが、水は冷たいのしか飲まないとのことで、冷蔵庫に用意しています。",
])
def test_what_the_review_found_harmful_stays_calm(body: str) -> None:
    assert _urgent(body, ask="\n何かあればご連絡ください。") == []


def test_a_fluid_restriction_does_not_hide_the_signs_of_dehydration() -> None:
    body = "心不全で水分制限（1日1000ml）があります。\n今朝から口の中がカラカラで、おしっこの量が減って濃い茶色です。"
    assert "dehydration-signs" in _urgent(body)


@pytest.mark.parametrize("body", ["本日朝、急変にてめまいが強く、立ち上がれない状態です。",
                                  "昨夜の急変後、今朝から一人で歩けなくなっています。",
                                  "今朝の急変時、手足に力が入らず立てなかったそうです。"])
def test_a_sudden_change_told_of_a_time_is_still_one(body: str) -> None:
    assert _urgent(body)


# ---------------------------------------------------------------- purpose


@pytest.mark.parametrize("body", ["そういえば奥さんが、おとといの夜に本人がトイレで転んで頭ゴツンて打ったって言うてました。",
                                  "昨日の夜からおしっこが全然出やんのさ、お腹も張っとる。",
                                  "奥さんから、おむつが昨日の夜から全然濡れてないと連絡がありました。",
                                  "「今までこんな頭痛なったことない」って言うてはって、1回吐かはったそうです。"])
def test_blind244_to_248s_red_flags(body: str) -> None:
    assert _urgent(body)


@pytest.mark.parametrize("body", ["頭をそっと撫でると喜ばれます。", "おしっこは出やんこともないけど、少なめやわ。",
                                  "おむつは夜の間も全然濡れてないことはなく、朝は重たいです。", "今まで大きな病気をしたことはありません。"])
def test_what_those_red_flags_leave_calm(body: str) -> None:
    assert _urgent(body, ask="\n何かあればご連絡ください。") == []


def test_a_report_and_a_check_asked_in_the_title_is_a_purpose() -> None:
    text = ("【報告とご確認】川田 ヨシエさん 12/3の発熱後の経過\n安藤先生、居宅ケアマネの松原です。\n"
            "12/5以降は36.2〜36.8℃で経過し、12/10に内服を終了しました。\n"
            "12/13からデイサービスを再開してよいか、12/12までにご返信をお願いします。")
    assert _CHECKER.check(text).outline.purpose is not None


@pytest.mark.parametrize("line", ["夜あまり眠れていないそうで、睡眠薬のことも相談したいです。", "睡眠薬のこともご相談したいです。",
                                  "便秘についても相談させてください。", "便秘についてもご相談したいです。"])
def test_one_more_matter_to_talk_over_is_no_purpose(line: str) -> None:
    text = (HEAD + "伊藤 ハツヨ様、12/5の訪問時、血圧は142/80でした。\n" + line + "\n"
            "それと介護保険の更新で主治医意見書をお願いすることになると思います。\nよろしくお願いします。")
    assert _CHECKER.check(text).outline.purpose is None


@pytest.mark.parametrize("line", ["伊藤 ハツヨ様の睡眠薬のことで相談したいです。", "伊藤 ハツヨ様の睡眠についてご相談です。", "今日も相談です。",
                                  "今回も相談させてください。", "今月も報告します。",
                                  "今日もご相談です。", "こちらからもご報告です。"])
def test_a_matter_to_talk_over_named_alone_is_still_the_purpose(line: str) -> None:
    text = HEAD + line + "\n12/5の訪問時、夜間の覚醒は3回でした。\n次回の受診時に睡眠薬の調整をご検討いただけますでしょうか。"
    assert _CHECKER.check(text).outline.purpose is not None
