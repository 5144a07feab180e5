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
])
def test_red_flags_of_blind175_are_read(body: str) -> None:
    assert vaguecheck.check(FRAME.format(body)).outline.urgent, body


@pytest.mark.parametrize("body", [
    "立ち上がる際に転倒しないよう、手すりを設置しました。右股関節部の痛みが強く自力で立てない日があります。",
    "移乗する際に転倒する危険があります。股関節の痛みが強く立てないことがあります。",
    "立ち上がる際に転倒した場合は、すぐに連絡するようお伝えしました。",
    "歩く際に転倒の心配があるため、見守りをお願いしています。",
    "お茶はちゃんと口にしとるそうです。",
    "最近また右手のしびれを気にされています。\n去年の脳梗塞の後からずっとあるしびれで、娘さんも「前からだから」とおっしゃっています。",
])
def test_plans_and_long_standing_signs_are_not_red_flags(body: str) -> None:
    assert not vaguecheck.check(FRAME.format(body)).outline.urgent, body


@pytest.mark.parametrize("body", [
    "今朝から右手のしびれがあります。\n去年の脳梗塞の後からずっとしびれはなかったそうです。",
    "右手のしびれがあります。\n脳梗塞の後からずっとしびれはありませんでしたが、今朝から急に強くなりました。",
])
def test_a_sign_new_after_a_quiet_history_stays(body: str) -> None:
    assert vaguecheck.check(FRAME.format(body)).outline.urgent, body


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
