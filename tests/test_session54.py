"""Session 54: what the blind175 first run and the rated packets of blind141-174 showed (docs/evaluation.md)."""

from __future__ import annotations

import pytest

import vaguecheck

FRAME = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の体調についてご報告です。\n{}\n受診の要否についてご指示をお願いいたします。"
NOTE = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様のご様子です。\n{}\nよろしくお願いいたします。"


def _front(text: str, word: str) -> list[tuple[str, bool]]:
    """(rule, secondary) of the findings on ``word`` in ``text``."""
    return [(f.rule, f.secondary) for f in vaguecheck.check(text).findings if f.text == word or word in f.text]


# ---------------------------------------------------------------- a tied vague word in a clause that tells the person well


@pytest.mark.parametrize(("body", "word"), [
    ("血圧は最近130台くらいで落ち着いているようです。", "最近"),
    ("ご飯はしっかり食べとってでした。", "しっかり食べ"),
    ("最近はすっかり元気で、お嫁さんとスーパーにも行けるようになったそうです。", "最近"),
    ("咳もだいぶ減ったみたいで、デイにも今週から行けとります。", "だいぶ"),
    ("でもご飯はしっかり食べてるし、元気そうではあります。", "しっかり食べ"),
])
def test_a_tied_word_telling_the_person_well_is_a_detail(body: str, word: str) -> None:
    found = _front(NOTE.format(body), word)
    assert found, body
    assert all(secondary for _, secondary in found), (body, found)


@pytest.mark.parametrize(("body", "word"), [
    ("最近よく眠れていないようです。", "最近"),               # よく…眠れ|て|い|ない: the negation after て
    ("水谷さんとこ、最近どうも元気がにゃあみたいで。", "最近"),  # Nagoya にゃあ (MeCab: 副詞)
    ("最近なんかちょっと元気なかごたるです。", "最近"),         # Kyushu なか (MeCab: だ|籠)
    ("元気はそこそこあるんかなあ。", "そこそこ"),               # 元気 not affirmed of the person
    ("最近、食欲があまりないような感じです。", "最近"),
    ("ご飯はまあまあ食べてるみたいです。", "まあまあ"),          # rated helpful in 15 of 18 packets
    ("血圧は最近安定しているようです。", "最近"),               # settled, but with no value
    # (the session 54 review)
    ("最近よく転ぶようになりました。", "よく"),                                  # よく: how often, not "well"
    ("最近、食事中によくむせるようになりました。", "よく"),
    ("最近は吐き気で食事量がだいぶ減っています。", "だいぶ"),                     # the meal decreased, not the nausea
    ("最近、下痢で体重がだいぶ減ったようです。", "だいぶ"),
    ("最近、めまいが治まるまでだいぶ時間がかかるようです。", "だいぶ"),            # how long it takes
    ("最近、安定剤を飲み始めてからだいぶふらつくようです。", "だいぶ"),             # 安定剤, a thing named
    ("最近、元気に歩き回って転倒を繰り返しているようです。", "最近"),               # a fall told in the clause
    ("最近、腰の痛みがだいぶ良うならんけえ、困っとってです。", "だいぶ"),           # Hiroshima ならん (MeCab: 並ぶ)
    ("ここ2、3日、血圧はだいぶ安定しとるみたいです。", "だいぶ"),                  # settled with no value
    ("血圧は朝晩2回測っていて、だいぶ安定しているようです。", "だいぶ"),
    ("最近、血糖値もだいぶ安定しているようです。", "だいぶ"),
    ("最近、血圧は上が190くらいでだいぶ落ち着いているみたいです。", "みたい"),        # a value out of range
    ("最近、脈は120前後で落ち着いているみたいです。", "みたい"),
])
def test_a_complaint_or_an_unsupported_settled_stays_in_front(body: str, word: str) -> None:
    found = _front(NOTE.format(body), word)
    assert found, body
    assert any(not secondary for _, secondary in found), (body, found)


def test_a_red_flags_sentence_keeps_its_words_in_front() -> None:
    text = FRAME.format("今朝から胸が痛いと言われ、最近は少し落ち着いてきたとのことですが、冷や汗も出ています。")
    report = vaguecheck.check(text)
    assert report.outline.urgent
    assert any(f.rule == "VC703" for f in report.findings)


# ---------------------------------------------------------------- red flags

@pytest.mark.parametrize("body", [
    "今朝6:30頃、自宅寝室でベッドから立ち上がる際に転倒。右股関節部の痛みが強く自力で立てない。",
    "今朝、トイレへ移乗する際に転倒し、右股関節部の痛みが強く自力で立てません。",
    "娘さんに聞いたら、おとといからご飯もお茶もほとんど口にしちょらんそうで、水を飲ませてもすぐ口から出してしまうらしいです。",
    "一昨日からご飯もお茶もほとんど口にしとらんそうです。",
    # a sign new after a quiet history
    "今朝から右手のしびれがあります。\n去年の脳梗塞の後からずっとしびれはなかったそうです。",
    "右手のしびれがあります。\n脳梗塞の後からずっとしびれはありませんでしたが、今朝から急に強くなりました。",
    # a sign there all along but worse (the session 54 review)
    "右手のしびれがあります。\nしびれは前からずっとで、どうもここ2、3日は強い気がするとご本人。",
    "右手のしびれがあります。\nしびれは前からずっとありますが、だんだん範囲が広がってきているようです。",
    "右手のしびれがあります。\nしびれは前からずっとですが、このところひどうなっとるみたいです。",
    "ろれつが回りません。\nろれつは前からずっと悪かったけど、ここ2日はほとんど聞き取れんのよ。",
    "ろれつが回りません。\nろれつは脳梗塞の後からずっと悪いけど、いつもよりひどいって娘さんが言うとります。",
    # blind177's first run
    "昼から口が曲がって、ろれつが回っていません。",
    "お嫁さんの話だと、「ばっちゃ、昼から口まがって、ろれつ回ってねぇ」って。",
    "今朝ヘルパーが入ったら、ベッドから立てなくなってたそうです。\n昨日の夕方まではつかまり歩きでトイレ行けてたので、急な感じです。",
    # the second review of session 54
    "今朝からの右手の脱力に対する精査の予定を至急組んでいただけますか。",
    "昨夜からの吐血に関する胃カメラの予定を組んでいただけますか。",
    "隣の家のじさまが、ばっちゃが昨日から右手が動かねって言ってだ。どうすっぺ。",
    "隣の家のばさまが、じっちゃが胸痛いって言ってたって。どうすっぺ。",
    "寒いからみんな風邪ひいて、ばっちゃも昨日から息苦しそうにしてる。どうすっぺ。",
    "隣の家のおじいさんが、おばあちゃんが急に立てなくなったと知らせてくれました。",
    "前に、1時間ほど胸が痛くなることがありました。今朝のことです。",
])
def test_red_flags_are_read(body: str) -> None:
    assert vaguecheck.check(FRAME.format(body)).outline.urgent, body


@pytest.mark.parametrize("body", [
    "立ち上がる際に転倒しないよう、手すりを設置しました。右股関節部の痛みが強く自力で立てない日があります。",
    "移乗する際に転倒する危険があります。股関節の痛みが強く立てないことがあります。",
    "立ち上がる際に転倒した場合は、すぐに連絡するようお伝えしました。",
    "歩く際に転倒の心配があるため、見守りをお願いしています。",
    "お茶はちゃんと口にしとるそうです。",
    "最近また右手のしびれを気にされています。\n去年の脳梗塞の後からずっとあるしびれで、娘さんも「前からだから」とおっしゃっています。",
    # a risk of falling (the session 54 review)
    "夜間トイレに行く際に転倒しやすく、膝の痛みも強くて自力で立てない日があります。",
    "立ち上がる際に転倒しそうになることがあり、膝の痛みも強く自力で立てない時があります。",
    "歩く際に転倒しかけることがあり、股関節の痛みが強く立てない日もあります。",
    # blind177's calm traps
    "息切れや体重の増え方など、特に気になることはないとのことでした。",
    "12/20の黒色便（貴院にて対応済み）に関する検査の予定です。",
    "去年の秋から立てなくなり、車いすで過ごしています。",
    "口を曲げて不満そうにしていました。",
    # the second review of session 54
    "梅干しが大好きで、口が曲がるほど酸っぱいのを毎日食べています。",
    "口が曲がるほど苦い薬だと嫌がっています。粉薬を変えられますか。",
    "立てなくなったら困るので、昨日まではリハビリに通っていました。今後のリハビリについてご相談です。",
    "昨日まではデイに行っていました。半年前から立てなくなり、車いすで過ごしています。",
    "先ほどまでは雨でしたが、本人は立てなくなって3年になります。",
    "昨日まではショートステイでした。立てなくなってから長いので、ベッド上での生活です。",
    "隣の家のおじいさんが、昨日から胸が痛いと言って入院しました。",
])
def test_plans_risks_and_long_standing_signs_are_not_red_flags(body: str) -> None:
    assert not vaguecheck.check(FRAME.format(body)).outline.urgent, body


# ---------------------------------------------------------------- an ask whose object is in the sentence before

HEAD = "ケアマネの久保田です。\n小野 タツさん、体調はお変わりありません。\n来週12/16から2泊3日でショートステイを利用予定です。\n"


@pytest.mark.parametrize("ask", [
    "ショートステイ先から、健康状態についての診療情報提供書を求められています。\n12/13（金）までに書いていただけますでしょうか。",
    "利用先より、主治医の診療情報提供書が必要と連絡がありました。\n12月25日までに、利用先（FAX 0466-00-1111）あてにご送付いただけますと幸いです。",
])
def test_an_ask_to_do_the_paper_named_before_is_clear(ask: str) -> None:
    assert vaguecheck.check(HEAD + ask).outline.request == "clear"


@pytest.mark.parametrize("ask", [
    "いろいろとありがとうございました。\n12/13までに書いていただけますでしょうか。",   # nothing named to write
    "何かあれば教えていただけますか。",
])
def test_an_ask_with_nothing_named_stays_vague(ask: str) -> None:
    assert vaguecheck.check(HEAD + ask).outline.request == "vague"


# ---------------------------------------------------------------- the session 54 review's probes

@pytest.mark.parametrize("text", [
    "山田花子様の体調についてご報告です。\n昨日から微熱があり、食欲もあまりないようです。\n明日の受診を予定しています。\n書いていただけますか。",
    "山田花子様の体調についてご報告です。\n来週の訪問診療の日程について、ご家族と調整しました。\nお手数ですが、書いていただけますでしょうか。",
])
def test_review_an_ask_to_write_with_no_paper_named_stays_vague(text: str) -> None:
    assert vaguecheck.check(text).outline.request == "vague"


# ---------------------------------------------------------------- blind176's first run: missing elements

REPORT = "〇〇クリニック 佐藤先生\n山田花子様のご報告です。\n{}\nご確認をお願いします。"


def _missing(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in vaguecheck.check(REPORT.format(body)).findings if f.rule.startswith("VC6")]


B176_01 = "\n".join([
    "【医療・介護連携連絡票】",
    "みなと台内科クリニック 田所 誠一 先生",
    "【目的】至急のご相談：安静時の胸痛についてご報告し、本日中の受診可否をご判断いただきたくご連絡いたします。",
    "利用者：大川 トメ様（84歳、要介護2）",
    "・12月3日 9:40頃、デイサービス送迎車内で安静時に前胸部痛の訴えあり。持続約15分、左肩へ放散。",
    "・9:55 デイ看護師測定：BP 168/94mmHg、脈拍 102回/分（不整あり）、SpO2 94%、体温 36.4℃。",
    "・10:10時点で痛みは軽減しましたが、ご本人は「まだ重い感じがある」と話しています。冷汗あり。",
    "・{}ニトロ製剤の処方はありません。",
    "【ご依頼】本日12時までに、①本日中の受診の要否、②救急搬送とすべきか、のご指示をいただけますと幸いです。",
    "デイサービスひだまりには11:30まで看護師付き添いで待機をお願いしています。",
    "船橋中央居宅介護支援事業所 ケアマネジャー 佐久間 恵（TEL 047-xxx-xxxx）",
])


def test_the_like_of_a_sign_told_before_asks_nothing_again() -> None:
    def asked(line: str) -> list[str]:
        return [f.text for f in vaguecheck.check(B176_01.format(line)).findings if f.rule.startswith("VC6")]

    assert not asked("同様の胸痛は今回が初めてです。")  # the chest pain told above, with its time (blind176's good report)
    assert asked("ふらつきもあります。")  # another sign still asks


@pytest.mark.parametrize(("body", "quiet"), [
    ("先月、血便があって大腸カメラをしていただきました。\nその後は出血もなく、便もふつうの色だそうです。", True),
    ("先月、血便がありました。\nその後は歩けていません。", False),          # what follows is not the sign denied
    ("先月、血便がありました。\nその後もまた出血があります。", False),       # it came back
    ("先月、血便がありました。\n今も出血があります。", False),
    ("先週、右のふくらはぎにむくみが出ました。\nその後は痛みもありません。", False),  # another symptom denied (the second review)
])
def test_a_dated_episode_with_nothing_after_it_asks_nothing(body: str, quiet: bool) -> None:
    assert (not _missing(body)) == quiet, _missing(body)


# ---------------------------------------------------------------- blind177's first run: another person's fall

def test_a_vague_word_takes_nothing_from_another_persons_observation() -> None:
    text = ("山田様のご報告です。\n雪かきの話になって、隣の家のじさまが屋根の雪下ろしで転倒して入院したんだって、本人すごく心配してました。\n"
            "何かあったら教えてください。")
    word = next(f for f in vaguecheck.check(text).findings if f.text == "すごく")
    assert not any("転" in q for q in word.suggestion.questions), word.suggestion.questions


def test_a_recurrence_of_the_like_of_a_sign_is_still_asked() -> None:
    assert _missing("先月、胸痛で入院されました。\n最近、同様の胸痛が時々あるそうです。")  # (the second review)


@pytest.mark.parametrize(("body", "word"), [
    ("寒いのでみんな元気がなく、おばあちゃんも最近ほとんど食べていません。", "ほとんど"),
    ("隣の家のばさまが言うには、ばっちゃ最近よぐ転ぶんだど。", "最近"),
    ("最近、何を食べても味が薄いと言います。", "味が薄い"),
])
def test_the_second_review_keeps_the_patients_words(body: str, word: str) -> None:
    assert _front(NOTE.format(body), word), body


def test_blind178_a_sudden_loss_of_standing_in_okayama_speech() -> None:
    body = "杉山さん、今朝から急に立てれんようになったって息子さんから電話がありました。\n昨日の夕方まではシルバーカー押して歩けとったそうです。"
    assert vaguecheck.check(FRAME.format(body)).outline.urgent
    assert not vaguecheck.check(FRAME.format("今日、タケオさんが「わしも胸が痛うなったらどうしょう」言うとられました。")).outline.urgent


def test_a_news_update_is_marked_as_information() -> None:
    text = ("〇〇クリニック 佐藤先生\n近況報告です。\n田中様、12/3の訪問時、デイには週2回休まず通われています。\n"
            "年末年始はお孫さんが来られるそうで、楽しみにされています。")
    found = {f.rule: f.secondary for f in vaguecheck.check(text).findings if f.rule in ("VC701", "VC702")}
    assert found.get("VC702") is True, found  # blind178's physician: "report opens with 近況報告; needs nothing more"


@pytest.mark.parametrize("body", [
    "ヨネさん、昨日の晩から急に立たれへんようになったって、息子さんが言うとりました。",  # blind150's chat, missed since
])
def test_a_sudden_loss_of_standing_in_kansai_speech(body: str) -> None:
    assert "cannot-stand-since" in [u.id for u in vaguecheck.check(FRAME.format(body)).outline.urgent]


def test_blind179_kumamoto_no_fluid_and_a_kyushu_denial() -> None:
    body = "そういえばウメさん、昨日の昼からご飯もお茶も全然受けつけんで、口に入れてもすぐ出さすらしかです。"
    assert "no-fluid-at-all" in [u.id for u in vaguecheck.check(FRAME.format(body)).outline.urgent]
    calm = "足のむくみは相変わらずですけど、ずっとこんくらいですもんね。\n息苦しかとかはなかごたったです。"
    assert not vaguecheck.check(FRAME.format(calm)).outline.urgent


def test_a_blood_sugar_told_settled_out_of_range_stays_in_front() -> None:
    found = _front(NOTE.format("血糖は250くらいで落ち着いているみたいです。"), "みたい")  # (the second review)
    assert found and any(not secondary for _, secondary in found), found


@pytest.mark.parametrize(("body", "urgent"), [
    ("今朝から急に立てんようになっとります。", True),        # なっ|とり|ます: a change told politely (blind145's chat)
    ("昨日から急に口がまわらんようになっとります。", True),
    ("立てんようになっとりませんので、ご安心ください。", False),
])
def test_a_change_told_with_a_polite_dialect_aspect(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body
