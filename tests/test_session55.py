"""Session 55: what the blind180 first run showed (docs/evaluation.md)."""

from __future__ import annotations

import pytest

import vaguecheck
from vaguecheck.analyzer import analyze

FRAME = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の体調についてご報告です。\n{}\n受診の要否についてご指示をお願いいたします。"
OPEN = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n{}\n山田花子様、昨日から37.8℃の発熱があります。\n本日中に往診をお願いできますでしょうか。"

_CHECKER = vaguecheck.Checker()


def _lemmas(text: str) -> list[tuple[str, str]]:
    return [(t.surface, t.lemma) for s in analyze(text, _CHECKER.backend).sentences for t in s.tokens]


# ---------------------------------------------------------------- a dialect's negation ん that UniDic reads as む


@pytest.mark.parametrize(("text", "verb"), [
    ("右手に力が入らんって言っとって。", "入ら"),     # 入ら|ん/む: blind180's Nagoya letter
    ("また転ばんか心配です。", "転ば"),
    ("眠剤があんまり効かんって言いよりました。", "効か"),
    ("付け根が痛くて立てん」と言っとりました。", "立て"),   # after a continuative form
])
def test_a_negation_read_as_the_classical_volitional_is_a_negation(text: str, verb: str) -> None:
    toks = _lemmas(text)
    k = next(i for i, (surface, _) in enumerate(toks) if surface == verb)
    assert toks[k + 1] == ("ん", "ず"), toks


@pytest.mark.parametrize(("text", "word"), [
    ("むせるんはいつものことです。", "むせる"),   # after a plain form: the nominaliser, not a negation
    ("えらくてしょんないだよ。", "しょ"),         # Shizuoka しょんない: not after an irrealis form
])
def test_other_readings_of_n_are_kept(text: str, word: str) -> None:
    toks = _lemmas(text)
    k = next(i for i, (surface, _) in enumerate(toks) if surface == word)
    assert toks[k + 1][0] != "ん" or toks[k + 1][1] != "ず", toks


def test_blind180_one_sided_weakness_in_nagoya_speech_is_a_red_flag() -> None:
    body = "お昼前から右手に力が入らんって言っとって、湯のみを落としとりました。"
    assert "stroke-signs" in [u.id for u in vaguecheck.check(FRAME.format(body)).outline.urgent]


# ---------------------------------------------------------------- a change told, then who told it


@pytest.mark.parametrize(("body", "urgent"), [
    ("三木さん、昨日の夜から急に立てんようになっとるとヘルパーさんから連絡ありました。", True),  # blind180's chat
    ("昨日の夜から急に立てんようになっとるとのことです。", True),
    ("今朝から急に立てんようになっとるって。", True),
    ("急に立てんようになっとると困るので、手すりをつけました。", False),   # a condition: と, then a clause of its own
    ("急に立てんようになっとると大変なので、見守りを増やしました。", False),
])
def test_a_dialect_change_followed_by_its_teller(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


@pytest.mark.parametrize(("body", "urgent"), [
    ("おとといから水もご飯もほとんど口にしてないんやって。", True),   # water named first: blind180's chat
    ("昨日から水も食事もほとんど口にされていません。", True),
    ("水もご飯もほとんど残さず召し上がっています。", False),
])
def test_no_fluid_with_the_water_named_before_the_food(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


# ---------------------------------------------------------------- a purpose word that is not the report's purpose


@pytest.mark.parametrize("line", [
    "今週はいろいろあって、ご報告が遅くなりすみません。",   # an apology for the lateness (blind180's FAX)
    "ご連絡が遅れまして申し訳ありません。",
    "ご報告の遅れをお詫びいたします。",
    "お嫁さんもヘルパーさんとも相談しながらやっています。",  # what the writer does with others
])
def test_an_apology_or_an_activity_is_no_purpose(line: str) -> None:
    text = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n{}\n山田花子様、昨日から37.8℃の発熱があります。\n食事は半分です。"
    assert vaguecheck.check(text.format(line)).outline.purpose is None, line


@pytest.mark.parametrize("line", [
    "山田花子様の発熱についてご報告です。",
    "ご報告が遅くなりましたが、山田様の発熱についてご相談です。",   # the purpose after the apology still counts
])
def test_a_purpose_is_still_read(line: str) -> None:
    assert vaguecheck.check(OPEN.format(line)).outline.purpose is not None, line


# ---------------------------------------------------------------- 診てもらえませんか


@pytest.mark.parametrize(("ask", "state"), [
    ("今日中に診てもらえませんか。", "clear"),   # blind180's letter: a visit asked for today
    ("明日、来ていただけませんでしょうか。", "clear"),
    ("何かあれば見てもらえませんか。", "vague"),
])
def test_an_ask_to_see_the_person_in_the_negative_form(ask: str, state: str) -> None:
    text = ("先生、ケアマネの岩田です。\n今朝、丹羽さんが急に頭が割れるように痛いと言ってうずくまっていたそうです。\n"
            "吐いてもいたらしいです。\n{}")
    assert vaguecheck.check(text.format(ask)).outline.request == state, ask


# ---------------------------------------------------------------- a change to a medicine wondered possible is a wish


@pytest.mark.parametrize(("text", "hedge"), [
    ("お薬が多くて飲みにくいと言われていて、減らせないかなとか、", False),   # blind180's physician: the family's ask
    ("血圧の薬を夜に変えられないかなと思っています。", False),
    ("眠剤を前のに戻せないかな、と奥さんが言っています。", False),
    ("夜はあまり眠れないかなと思います。", True),                            # the person's state: still a hedge
    ("体重はなかなか減らないかなと思います。", True),
])
def test_a_medicine_change_wondered_possible_is_no_hedge(text: str, hedge: bool) -> None:
    found = [f.rule for f in vaguecheck.check(text).findings if f.rule.startswith("VC2")]
    assert bool(found) == hedge, (text, found)


def test_eating_normally_is_a_detail_and_not_eating_stays() -> None:
    note = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様のご様子です。\n{}\nよろしくお願いいたします。"
    well = [f.secondary for f in vaguecheck.check(note.format("ご飯も普通に食べているみたいです。")).findings if f.text == "みたい"]
    poor = [f.secondary for f in vaguecheck.check(note.format("ご飯が普通に食べられないみたいです。")).findings if f.text == "みたい"]
    assert well == [True] and poor == [False], (well, poor)


# ---------------------------------------------------------------- blind181: a sign marked handled; a dropped hold; もつれ after より


@pytest.mark.parametrize(("body", "urgent"), [
    ("内服薬の重複服用（12/4、対応済み）についてご報告です。", False),   # blind181's FAX title
    ("12/20の黒色便（貴院にて対応済み）の後、便の色は普通です。", False),   # b177-25: a past sign in a long bracket
    ("今朝、転倒し頭を打ちました（ご家族に連絡済み）。", True),              # only the family told: still a red flag
    ("黒色便（12/1受診済み）が今朝また出ています。", True),                   # handled before, here again (the second review)
    ("胸痛（受診済み）が今朝も続いています。", True),
    ("今朝、朝の薬を2回分飲んでしまいました（薬局に報告済み）。", True),
    ("今日のデイで、お昼ごはんの時に右手からお箸をぽろぽろ落とされました。", True),
    ("話し方もいつもよりもつれとる感じやったそうです。", True),            # UniDic: いつ|も|より|も|つれ
    ("右手から左手にコップを持ち替えました。", False),
    ("子どもよりもつれ合いが来てくれます。", False),
])
def test_blind181_handled_signs_and_stroke_signs(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


# ---------------------------------------------------------------- the session 55 review


@pytest.mark.parametrize(("body", "urgent"), [
    ("転げ回らんばかりにお腹を痛がっていました。", True),        # 〜んばかり: む is right there, no negation
    ("気を失わんばかりにぐったりしていました。血圧は90/50でした。", True),
    ("水分は日中はほとんど口にされていませんが、夕食時にまとめて500mlほど飲まれています。", False),
    ("お茶は朝はほとんど口にしていないけど、昼からはしっかり飲めとります。", False),
    ("夜中に急に立てんようになっとると電話するよう、奥さんに頼んであります。", False),   # a plan
    ("急に歩けんようになっとるとすぐ電話くれるように娘さんに言うてあります。", False),
    ("急に立てんようになっとるとの連絡はまだありません。", False),                   # not told
    ("急に立てんようになっとるとは聞いとりません。", False),
    ("急に立てんようになっとると連絡が来ることになっとります。", False),
    ("昨日から急に立てんようになっとると娘さんが言うとります。", True),
    ("急に歩けないようになってると娘さんから電話があったとのことです。", True),      # hearsay (the second review)
    ("昨日から急に立てんようになっとると娘さんから電話があったようです。", True),
])
def test_review_readings_of_n_teller_and_fluid(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


@pytest.mark.parametrize("text", [
    "むせがあるので、水分はこれ以上は増やせないかなと思います。",   # a limit the writer judges: still a hedge
    "血圧の薬はもうやめられないかなと思います。",
    "飲み込みが悪いので、普通食にはもう戻せないかなと思います。",
])
def test_review_a_judged_limit_stays_a_hedge(text: str) -> None:
    assert any(f.rule.startswith("VC2") for f in vaguecheck.check(text).findings), text


@pytest.mark.parametrize(("line", "stated"), [
    ("転倒のご報告が遅くなりました。", True),                       # names its matter
    ("ご報告が遅くなってしまいましたが、先週の受診後の様子です。", True),   # goes on to another clause
    ("ご依頼が遅くなり恐縮ですが、訪問看護指示書の作成をお願いいたします。", True),
    ("先生とご相談しながら、服薬の調整を進めていきたいと思い、ご連絡いたしました。", True),
    ("ご連絡が遅れまして申し訳ありません。", False),
    ("ご報告が遅くなりましたが、よろしくお願いいたします。", False),             # only a closing after it (the second review)
    ("前回のご報告が遅くなり、失礼いたしました。", False),
])
def test_review_an_apology_with_its_matter_or_more_is_still_a_purpose(line: str, stated: bool) -> None:
    assert (vaguecheck.check(OPEN.format(line)).outline.purpose is not None) == stated, line


def test_review_an_ask_the_writer_put_to_the_family_is_no_ask() -> None:
    text = ("〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の体調についてご報告です。\n"
            "娘さんに週末来てもらえませんかと頼んでいます。\n以上、よろしくお願いいたします。")
    assert vaguecheck.check(text).outline.request != "clear"


# ---------------------------------------------------------------- blind182


@pytest.mark.parametrize(("body", "urgent"), [
    ("本人は「胸が痛いんとちゃうねん、なんかムカムカするだけや」って。", False),   # Kansai 〜んとちゃう: not that
    ("胸が痛いのとちゃいます、お腹が張るんです。", False),
    ("頭を打ったんちゃうよ、尻もちついただけや。", False),
    ("胸が痛いって言うてはります。", True),
    ("娘さんが「お母さん、胸が痛いんちゃう？」って言うてます。", True),            # a guess (the second review)
    ("胸の痛みがいつものとちゃう、って言うてはります。", True),                    # different from usual
    ("吐いたものに血が混じったりとか、黒い便とかはなかったです。", False),          # a たり item of a denied list
    ("吐いたものに血が混じったりとか、黒い便が出たりしています。", True),
    ("11/25の黒色便で市立病院に入院された件について、その後をご報告いたします。", False),   # a past admission's matter
    ("昨日、黒色便で入院されました。", True),
])
def test_blind182_denials_and_a_past_admission(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


@pytest.mark.parametrize(("line", "asks"), [
    ("あと、ベッドの高さの調整を福祉用具屋さんにお願いしときました。", False),   # done (blind182's chat)
    ("往診の日程は訪問看護さんにお願いしておきました。", False),
    ("全員そろいそうで助かりました。", False),                                     # thanks
    # (a plain お願いしました may be pointed back to by a renewed ask: the second review)
    ("前回、湿布の追加をお願いしましたが、処方されていなかったようです。再度お願いできますでしょうか。", True),
    ("あと、来週のショートステイの診療情報提供書もお願いしたかです。", True),      # Kyushu たか: wants
    ("あと、先月お願いした意見書はもう書いていただけましたか？", True),            # a relative clause
    ("往診をお願いできたらと思います。", True),
])
def test_an_ask_told_in_the_past_is_done(line: str, asks: bool) -> None:
    text = ("おつかれさまです、ケアマネの坂口です。\n村上さん、先週から腰が痛いそうです。\n"
            "トイレまでは歩けています。\n{}")
    assert bool(vaguecheck.check(text.format(line)).outline.requests) == asks, line


@pytest.mark.parametrize(("line", "stated"), [
    ("さて、金子様ですが、飲み忘れが増えてきており、ご家族とも相談し、訪問看護を入れることにいたしました。", False),
    ("本日10:50に先生へお電話でご報告し、救急要請のご指示をいただきました。記録としてFAXいたします。", True),
])
def test_a_consultation_with_the_family_that_goes_on_is_no_purpose(line: str, stated: bool) -> None:
    assert (vaguecheck.check(OPEN.format(line)).outline.purpose is not None) == stated, line


# ---------------------------------------------------------------- blind183


@pytest.mark.parametrize(("body", "urgent"), [
    ("昨日の夜からいきなり足に力入らへんようになって、一人で立たれへんのやって。", True),   # が left out; 立た|れ|へん
    ("急に雨が降ってきて、デイから歩いて帰れなかったそうです。", False),
    ("退院後の体温：36.2～36.8℃で推移、38℃以上の発熱は0回。食事中のむせは週1回以下です。", False),   # a bound, none past it
    ("食事中にむせて、38℃以上の熱が2回ありました。", True),
    ("食事中にむせて、その後発熱が2回ありました。", True),
])
def test_blind183_standing_and_a_bound_with_none_past_it(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


def test_blind183_a_kansai_ask_to_be_seen_is_clear() -> None:
    text = ("先生、ケアマネの岩田です。\n小林さん、昨日から右膝が腫れて痛がってはります。\n熱は36.8℃です。\n"
            "今日か明日、一回先生に診てもろてもええですか。")
    assert vaguecheck.check(text).outline.request == "clear"


def test_review_the_humble_consultation_with_the_physician_is_a_purpose() -> None:
    line = "山田様の眠剤についてご相談し、ご指示を仰ぎたく存じます。"   # ご相談し、: no partner named (the second review)
    assert vaguecheck.check(OPEN.format(line)).outline.purpose is not None


def test_review_slurring_getting_better_is_no_red_flag() -> None:
    assert not vaguecheck.check(FRAME.format("ろれつが昨日よりもつれが少なくなっています。")).outline.urgent


def test_review_a_bound_followed_by_other_words_is_still_a_reading() -> None:
    body = "食事中にむせて、38℃以上の熱が続いて食欲なし。"   # the なし is the appetite's, not the fever's (the final read)
    assert vaguecheck.check(FRAME.format(body)).outline.urgent


# ---------------------------------------------------------------- blind184


@pytest.mark.parametrize(("body", "urgent"), [
    ("昨日夕方、自宅の台所で転倒しました。\n右の股関節あたりを痛がり、立ち上がれない状態。", True),   # blind184's form
    ("おとといの昼から食事も水分もほとんど入ってないそうです。", True),
    ("転倒予防のため手すりを付けました。\n朝は膝が痛くて立ち上がれないことがあります。", False),
])
def test_blind184_a_fall_then_cannot_rise_and_no_fluid_taken(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


# ---------------------------------------------------------------- the last review


@pytest.mark.parametrize(("body", "urgent"), [
    ("突然の訪問で驚かれましたが、手に力入ってしっかり握手されました。", False),   # 力 入る without が: only its negation
    ("急に肩の力抜けたのか、最近は笑顔が増えました。", False),
    ("リハビリの成果で、急に足に力入るようになってきました。", False),
    ("急に立ち上がられへんように、手すりを付けてもろたんです。", False),
    ("急に寒くなったので、デイでもあまり動かれない日が続いています。", False),
    ("転倒されましたが、痛みはなく、すぐにご自分で立ち上がられました。ただ、怖がってソファから立ち上がらない時間が長くなっています。", False),
    ("本日転倒。立てない、排尿は0回。", True),                     # another count of none is not the sign's
    ("本日転倒。右大腿部の痛みが強い、排便は0回。", True),
    ("39℃以上の発熱は0回から3回に増えました。", True),            # the start of a rise
    ("水筒の水がほとんど入ってないので、ヘルパーさんが補充しています。", False),   # a container
])
def test_last_review_probes(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body


@pytest.mark.parametrize("line", [
    "診てもろてもええですかって聞いたら、先生もええよって言うてくれはりました。",
    "ヘルパーさんに様子を見てもらってもいいですか、と本人に聞いたら嫌がられました。",
])
def test_last_review_a_retold_question_is_no_clear_ask(line: str) -> None:
    text = "先生、ケアマネの岩田です。\n小林さん、昨日から右膝が腫れて痛がってはります。\n熱は36.8℃です。\n{}"
    assert vaguecheck.check(text.format(line)).outline.request != "clear", line
