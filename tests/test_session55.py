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
    ("今朝、朝の薬を2回分飲んでしまいました（薬局に報告済み）。", True),
    ("今日のデイで、お昼ごはんの時に右手からお箸をぽろぽろ落とされました。", True),
    ("話し方もいつもよりもつれとる感じやったそうです。", True),            # UniDic: いつ|も|より|も|つれ
    ("右手から左手にコップを持ち替えました。", False),
    ("子どもよりもつれ合いが来てくれます。", False),
])
def test_blind181_handled_signs_and_stroke_signs(body: str, urgent: bool) -> None:
    assert bool(vaguecheck.check(FRAME.format(body)).outline.urgent) == urgent, body
