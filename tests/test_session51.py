"""Session 51 (issue #11): suggestions that fit what was written, measured on the rated packets of blind133-163 (1,255
findings joined to the physicians' ratings).  An observation's example chosen by the words written beside its mention
(``examples_by``: a gum's bleed is not a stool's, a night sweat no cold sweat, rigors no tremor); a guess that tells only
that nothing is wrong, or what a son or daughter does, is a detail in a message; a likeness to an earlier time
(去年みたいに) is no guess; 「ご安心ください」 is a courtesy, not an ask.  The cases that guard what must stay say so."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from _checks import urgent_ids
from vaguecheck.lexicon import LexiconError, load

LEX = load()
VARIED = [o for o in LEX.observations if o.examples_by]

_HEAD = "さくら内科 佐藤先生\nいつもお世話になっております。\nケアマネの山本です。\n田中ハナ様の近況のご報告です。\n"
_TAIL = "\n今後ともよろしくお願いいたします。"


def _examples(text: str) -> dict[str, str]:
    """What each finding's example is, by its text (the missing-element and vague-word findings)."""
    return {f.text: f.suggestion.example for f in vaguecheck.check(text).findings if f.suggestion.example}


@pytest.mark.parametrize("text,mention,names,not_names", [
    ("歯ぐきから出血があります。", "出血", "歯ぐき", "便"),
    ("鼻から出血がありました。", "出血", "鼻血", "便"),
    ("吐いた物に血が混じっていました。", "血が混じっていました", "吐いた物", "便"),
    ("便に血が混じっていました。", "血が混じっていました", "便", "歯ぐき"),  # the item's own example stays the default
    ("ここ最近、寝汗が多いです。", "最近", "寝汗", "冷や汗"),
    ("寒気があって体が震えていました。", "震えていました", "寒気", "箸"),
    ("手が震えています。", "震えています", "箸", "寒気"),  # a tremor with no chill keeps the tremor's
    ("寒気があって体が震えていました。", "寒気があって", "震え", "震えはありません"),
    ("昨日転んで手首が腫れています。", "腫れています", "転倒", "触ると"),
    # (the session 51 review: 吐き気, 糖尿, 熱い, 鼻水 and 打っている name no vomit, urine, fever, nosebleed or fall)
    ("吐き気があり、便に血が混じっていました。", "血が混じっていました", "便", "吐いた"),
    ("糖尿の薬を飲んでいて、便に血が混じっていました。", "血が混じっていました", "便", "尿"),
    ("鼻水が出ていて、便に血が混じっていました。", "血が混じっていました", "便", "鼻血"),
    ("手が震えて、熱いお茶をこぼされます。", "震えて", "箸", "寒気"),
    ("インスリンを打っているお腹が腫れています。", "腫れています", "触ると", "転倒"),
    # (糖尿病 names no urine: the wound's example, not a urine's)
    ("糖尿病があり、足の傷から出血があります。", "出血", "傷", "尿"),
    ("歯みがきの時に出血があります。", "出血", "歯ぐき", "便"),
])
def test_an_example_fits_the_words_written_beside_the_mention(text: str, mention: str, names: str, not_names: str) -> None:
    """Physicians rating blind133-163 marked examples of another observation's kind unhelpful: gum bleeding answered
    for a coffee-ground vomit, night sweats for a cold sweat, a chronic hand tremor for rigors, gum swelling after a fall."""
    example = _examples(text)[mention]
    assert names in example and not_names not in example, example


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_each_example_by_words_is_chosen_by_its_words(data: st.DataObject) -> None:
    """Property: whichever word of whichever entry is written before an observation's label, the example chosen is an
    entry's whose word stands in the text; with none written, none is chosen (the item's own example)."""
    obs = data.draw(st.sampled_from(VARIED))
    words, _ = data.draw(st.sampled_from(obs.examples_by))
    word = data.draw(st.sampled_from(words))
    label = obs.label.split("・")[0]
    text = f"{word}に{label}"
    chosen = obs.example_by(text, len(word) + 1, len(text))
    assert chosen is not None and any(w in text for ws, ex in obs.examples_by if ex == chosen for w in ws)
    bare = f"今日{obs.label}"
    if not any(w in bare for ws, _ in obs.examples_by for w in ws):
        assert obs.example_by(bare, 2, len(bare)) is None


def test_the_nearest_word_wins() -> None:
    bleeding = next(o for o in LEX.observations if o.id == "bleeding")
    text = "鼻をかんだ後、歯ぐきから出血がありました。"
    at = text.index("出血")
    assert "歯ぐき" in bleeding.example_by(text, at, at + 2)  # the same clause, nearer than 鼻


@pytest.mark.parametrize("variant,error", [
    ('{ words = ["寝汗"], example = "昨日から背中がかゆいです。" }', "must name one of its words"),
    ('{ words = ["寝汗"] }', "exactly 'words'"),
    ('{ words = ["寝汗"], example = "寝汗です。", note = "x" }', "exactly 'words'"),
    ('{ words = [], example = "寝汗です。" }', "non-empty strings"),
    ('"寝汗"', "exactly 'words'"),
])
def test_examples_by_is_checked_on_load(tmp_path, variant: str, error: str) -> None:
    """A care team's own entry is validated with the file, the entry and the field named."""
    extra = tmp_path / "mine.toml"
    extra.write_text('[[observations]]\nid = "x-itch"\nlabel = "かゆみ"\npattern = "痒い"\nneeds = ["time"]\n'
                     f'example = "昨日から背中がかゆいです。"\nexamples_by = [{variant}]\nbad = ["痒い。"]\ngood = ["なし。"]\n',
                     encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"mine\.toml.*x-itch.*examples_by.*{error}"):
        load([extra])


def test_a_care_teams_examples_by_is_used(tmp_path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('[[observations]]\nid = "x-itch"\nlabel = "かゆみ"\npattern = "痒い"\nneeds = ["time"]\n'
                     'example = "昨日から背中がかゆいです。"\n'
                     'examples_by = [{ words = ["頭"], example = "12月1日から頭がかゆく、1日5回ほど掻いています。" }]\n'
                     'bad = ["痒い。"]\ngood = ["なし。"]\n', encoding="utf-8")
    checker = vaguecheck.Checker(lexicon=load([extra]))
    examples = {f.suggestion.example for f in checker.check("頭が痒いです。").findings if f.entry == "x-itch"}
    assert examples == {"12月1日から頭がかゆく、1日5回ほど掻いています。"}
    examples = {f.suggestion.example for f in checker.check("背中が痒いです。").findings if f.entry == "x-itch"}
    assert examples == {"昨日から背中がかゆいです。"}


def _sides(line: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    found = [f for f in vaguecheck.check(_HEAD + line + _TAIL).findings if f.start >= len(_HEAD) and f.end <= len(_HEAD) + len(line)]
    return ([(f.rule, f.text) for f in found if not f.secondary], [(f.rule, f.text) for f in found if f.secondary])


@pytest.mark.parametrize("line,hedge", [
    ("熱とかはないみたいです。", "みたい"),
    ("その後も熱は出ていないようです。", "ようです"),
    ("咳も出とらんみたいです。", "みたい"),
    ("胸の痛みはないみたいです。", "みたい"),
    ("先週お話ししたむくみのことですが、その後も変わりないようです。", "ようです"),
    ("デイでは入浴もされていて、体重は 46kg くらいで変わりないようです。", "ようです"),
    ("息子さんが休みとって連れてくみたいです。", "みたい"),
    ("ただ娘さんが「むくみって心臓が悪いんじゃないの？」ってネットで見たみたいで気にしてて。", "みたい"),
])
def test_a_guess_that_nothing_is_wrong_or_about_a_relatives_doing_is_a_detail(line: str, hedge: str) -> None:
    """Physicians rating blind133-163: "fever already resolved; hedge on no further fever matters little", "repeats the
    edema questions", "about the son's transport arrangement, not the patient's state"."""
    front, details = _sides(line)
    assert ("VC202", hedge) in details and ("VC202", hedge) not in front


@pytest.mark.parametrize("line,hedge", [
    # what must stay: a complaint told by a negation, a reading not taken, a relative passing on the patient's state,
    # and a spouse (often the patient)
    ("熱が下がらないみたいです。", "みたい"),
    ("血圧は測れていないようです。", "ようです"),
    ("食べられていないようです。", "ようです"),
    ("夜眠れないみたいです。", "みたい"),
    ("便が出ていないみたいです。", "みたい"),
    ("娘さんが言うには、夜眠れていないみたいです。", "みたい"),
    # the session 51 review: a reading that will not come down, sputum not brought up, a relative who found the patient so
    ("血圧が下がらないようです。", "ようです"),
    ("痰が出ないみたいで、喉がゴロゴロしています。", "みたい"),
    ("息子さんが帰ってきたら床に座り込んでいたみたいです。", "みたい"),
    ("ご主人がまた転んだみたいです。", "みたい"),
    ("痛みは変わらずひどいようです。", "ようです"),
])
def test_a_guess_at_trouble_stays_in_front(line: str, hedge: str) -> None:
    front, _ = _sides(line)
    assert ("VC202", hedge) in front


def test_a_guess_that_nothing_is_wrong_is_still_shown_alone() -> None:
    """A sentence is not a message: its only finding is its front."""
    found = vaguecheck.check("熱とかはないみたいです。").findings
    assert [(f.rule, f.secondary) for f in found] == [("VC202", False)]


@pytest.mark.parametrize("line", ["去年みたいに転んだら大変だと娘さんが話されています。", "前みたいに歩けるようになりたいと話されています。",
                                  "入院前のように一人でトイレに行けています。"])
def test_a_likeness_to_an_earlier_time_is_no_guess(line: str) -> None:
    """blind162's physician: "'去年みたいに' means 'like last year', not a guess"."""
    assert not [f for f in vaguecheck.check(line).findings if f.rule == "VC202"]


def test_a_guess_after_a_likeness_is_still_one() -> None:
    found = [(f.rule, f.text) for f in vaguecheck.check("最近は前みたいに食べられていないみたいです。").findings]
    assert ("VC202", "みたい") in found


@pytest.mark.parametrize("closing", ["お変わりないようですのでご安心ください。", "ご安心くださいませ。"])
def test_a_reassurance_is_no_ask(closing: str) -> None:
    """「ご安心ください」 reassures the physician; it asks nothing of them (a vague ask was flagged on it)."""
    report = vaguecheck.check(_HEAD + "デイには週2回通われています。\n" + closing)
    assert report.outline is not None and not report.outline.requests and report.outline.request == "none"


def test_a_reassurance_asked_of_the_physician_is_an_ask() -> None:
    """The session 51 review: a closing cue for ご安心ください must not swallow an ask that quotes it."""
    report = vaguecheck.check(_HEAD + "デイには週2回通われています。\n先生からご本人に、ご安心くださいとひと言お伝えいただけますか。")
    assert report.outline is not None and report.outline.requests


def test_an_ask_beside_a_reassurance_is_still_read() -> None:
    report = vaguecheck.check(_HEAD + "昨夜38.5℃の熱が出ました。\n解熱剤の使用についてご指示ください。\nご本人は元気ですのでご安心ください。")
    assert report.outline is not None and report.outline.request == "clear"
    assert [r.text for r in report.outline.requests] == ["解熱剤の使用についてご指示ください。"]


@pytest.mark.parametrize("body,urgent", [
    ("今朝、急に立てんようになっとった。", True),   # blind165's writer (Ishikawa): なっ|とっ|た, a dialect's ていた
    ("今朝、急に歩けんようになっとる。", True),
    ("今朝、急に立てんようになっとったら、すぐ連絡してください。", False),  # what must stay: a condition
    ("転ばんようになっとったらええね。", False),
    ("急に歩けんようになっとらんです。", False),  # the session 51 review: a denial, a doubt, a concession
    ("急に立てんようになっとるかもしれんけど、まだ見とらん。", False),
    ("急に歩けんようになっとっても困るけえ、手すりをつけた。", False),
])
def test_a_change_that_became_is_read_in_dialect_too(body: str, urgent: bool) -> None:
    text = "さくら内科 佐藤先生\nいつもお世話になっております。\nケアマネの山本です。\n" + body + "\n何かあればご指示ください。"
    assert bool(urgent_ids(text)) is urgent


@pytest.mark.parametrize("body", [
    # a history cue for 前に…たことがある was tried for blind164's 前に胃潰瘍で血吐いたことある and withdrawn: the session 51
    # review found it silencing recent red flags told so
    "ちょっと前に倒れて意識がなかったことがあったみたいです。", "少し前に血を吐いたことがありました。", "寝る前に胸が苦しくなったことがある。",
    "黒い便が出たことがあると娘さんが話されています。",
])
def test_a_red_flag_told_as_having_happened_is_read(body: str) -> None:
    text = "さくら内科 佐藤先生\nいつもお世話になっております。\nケアマネの山本です。\n" + body + "\n何かあればご指示ください。"
    assert urgent_ids(text)


def test_a_reply_by_fax_is_no_matter_asked() -> None:
    """What must stay: how to answer (ご返信はFAXで) names no matter, and telling by FAX asks nothing."""
    told = vaguecheck.check("さくら内科 佐藤先生\nいつもお世話になっております。\n本日の訪問の報告をFAXいたします。\n血圧は132/80でした。")
    assert told.outline is not None and told.outline.request == "none"


@pytest.mark.parametrize("body,state", [
    # blind166's physician: "only one request with a deadline; not multiple" (the same matter put three times)
    ("上野 マツ様について、デイサービスでの入浴の可否をご相談させてください。\n背中に発疹が出ています。\n"
     "デイの看護師さんが、入浴してもいいか主治医に確認してほしいとのことでした。\n"
     "デイでの入浴を続けてよいか、次回デイの12月16日までにご指示いただけますでしょうか。", "clear"),
    # what must stay: different matters in no order (test_session45's)
    ("【依頼】訪問看護指示書のご作成のお願い\n越智様の訪問看護指示書の有効期間が12月31日で終了します。\n"
     "つきましては、1月1日からの6か月分の指示書を、12月24日（火）までにご作成いただけますと幸いです。\n"
     "眠剤の処方もお願いできますか。\n入浴の可否もご指示ください。\n手すりのレンタルについてもご意見をください。", "unordered"),
])
def test_one_matter_asked_again_is_not_unordered(body: str, state: str) -> None:
    report = vaguecheck.check("さくら内科 佐藤先生\nいつもお世話になっております。\nケアマネの山本です。\n" + body)
    assert report.outline is not None and report.outline.request == state


def test_beside_a_red_flag_a_vital_signs_guess_stays_in_front() -> None:
    """The session 51 review: beside a red flag, a vital sign's sentence keeps its findings in front (vital = true)."""
    text = ("さくら内科 佐藤先生\nいつもお世話になっております。\nケアマネの山本です。\n今朝から急に胸が痛いと言われています。\n"
            "熱は少し下がってきたみたいです。\n本日中にご指示をお願いします。")
    assert [(f.rule, f.secondary) for f in vaguecheck.check(text).findings if f.text == "みたい"] == [("VC202", False)]
