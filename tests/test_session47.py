"""Session 47: choking after の, numbness and aching told with a verb, pain on passing urine, shouting at night, vomiting
that comes in bouts (Observation.in_bouts) and a count in 度."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from _checks import rule_texts, urgent_ids
from vaguecheck.analyzer import RawToken, _read_muse
from vaguecheck.checker import _backend


def _missing(text: str) -> dict[str, tuple[str, ...]]:
    """The missing-* findings of ``text``: their words and the kinds they ask."""
    return {f.text: f.missing for f in vaguecheck.check(text).findings if f.category.startswith("missing-")}


# ---------------------------------------------------------------- むせ after の: UniDic's misreadings mended

@pytest.mark.parametrize("text", ["食事中のむせがみられます。", "食事の時のむせが気になっていまして。", "食事中のむせを確認しております。"])
def test_choking_after_no_is_read_as_choking(text: str) -> None:
    """UniDic reads の|むせ as 飲む|せる (のむ|せ) or as a symbol む before せがむ; either way it is choking, asked how often."""
    assert _missing(text) == {"むせ": ("frequency",)}


def test_the_mended_tokens_keep_their_offsets() -> None:
    text = "食事中のむせがみられます。"
    doc = vaguecheck.check(text)
    assert [f.text for f in doc.findings if f.rule == "VC603"] == ["むせ"]
    f = next(f for f in doc.findings if f.rule == "VC603")
    assert text[f.start:f.end] == "むせ"


def test_a_causative_of_nomu_is_not_choking() -> None:
    """薬をのませる is 飲む's causative (のま|せる), not のむ|せ: nothing to mend, nothing asked."""
    assert _missing("ヘルパーが薬をのませています。") == {}


def test_read_muse_leaves_other_words_alone() -> None:
    toks = [RawToken("薬", "薬", "名詞-普通名詞-一般", "*", 0, 1), RawToken("を", "を", "助詞-格助詞", "*", 1, 2),
            RawToken("のま", "飲む", "動詞-一般", "未然形-一般", 2, 4), RawToken("せる", "せる", "助動詞", "終止形-一般", 4, 6)]
    assert _read_muse(toks) == toks


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="食事中のむせがみられ時をるます。、薬飲", min_size=1, max_size=30))
def test_mended_tokens_cover_the_text_in_order(text: str) -> None:
    """Whatever the mix of の, む and せ, every token's offsets slice its own surface out of the text, in order."""
    toks = _backend("fugashi").tokenize(text)
    assert all(text[t.start:t.end] == t.surface for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False))


# ---------------------------------------------------------------- numbness and aching as verbs; pain on passing urine

def test_numbness_told_with_its_verb_asks_since_when() -> None:
    assert _missing("横山様、両手の指先がしびれると言ってます。") == {"しびれる": ("time",)}


def test_numbness_with_its_onset_asks_nothing() -> None:
    assert _missing("12月1日から右手の指先がしびれると言っています。") == {}


def test_aching_told_with_uzuku_is_pain() -> None:
    assert set(_missing("背中がうずく言いよったぜよ。")) == {"うずく"}


def test_pain_on_passing_urine_asks_its_onset_not_a_score() -> None:
    """排尿時痛 is its own observation (dysuria): since when; the blind writers never ask it a pain score."""
    assert _missing("斎藤様より排尿時痛の訴えがございます。") == {"排尿時痛": ("time",)}
    assert _missing("12月1日から排尿時痛の訴えがあります。") == {}


def test_pain_on_movement_is_pain() -> None:
    asked = _missing("左肩体動時痛あり。")
    assert asked.get("体動時痛") == ("time", "quantity")


def test_a_swollen_belly_with_ni() -> None:
    assert set(_missing("腹部に張りがございます。")) == {"腹部に張り"}


def test_shouting_at_night_asks_how_often_and_calling_loudly_does_not() -> None:
    assert _missing("夜間大声あり。") == {"大声あり": ("frequency",)}
    assert _missing("大声で呼んでも返事がありません。") == {}


# ---------------------------------------------------------------- in_bouts: one night's vomiting is still asked how often

@pytest.mark.parametrize("text", ["山崎さん、今朝嘔吐がありました。", "昨夜嘔吐あり。", "昨晩嘔吐されたと奥様から連絡ありました。"])
def test_a_night_of_vomiting_asks_how_many_times(text: str) -> None:
    assert "frequency" in next(iter(_missing(text).values()))


@pytest.mark.parametrize("text", ["昨夜、2回嘔吐がありました。", "昨夜22時に嘔吐がありました。", "12/2 夕食後嘔吐あり。",
                                  "昨晩の夕食後に一度吐かれたとのことです。", "昨夜、1度嘔吐がありました。"])
def test_a_counted_timed_or_dated_vomiting_asks_nothing_more(text: str) -> None:
    """A count (2回, 一度), a clock time or a dated meal tells how many times."""
    assert not any("frequency" in kinds for kinds in _missing(text).values())


def test_without_in_bouts_one_night_is_one_episode() -> None:
    """A night's cough at dinner (choking has no in_bouts) stays one episode, as before."""
    assert _missing("11月29日の昼食時、全粥をスプーン5杯目でむせたため食事を中止しました。") == {}


def test_a_count_in_do_for_now_counts_nothing() -> None:
    """一度受診させていただきたい is 'for now', not a count of the cough."""
    assert "咳" in _missing("咳が出ているため、一度受診させていただきたいと考えております。")


# ---------------------------------------------------------------- a title's verb made a noun; a dated meal with its weekday

def test_a_title_whose_verb_is_a_noun_asks_nothing() -> None:
    """【至急ご相談】食事中のむせ込み後の発熱: むせ|込み is a noun there; the body gives the facts (blind142's good report)."""
    text = ("【至急ご相談】食事中のむせ込み後の発熱・湿性咳嗽（利用者：菊池 ミツエ様 89歳）\n"
            "12/15（日）昼食時に、おかゆで強くむせ込み、約5分間咳き込みが続きました。\n"
            "同日夜から体温38.4℃、SpO2 92%です。本日中の往診をお願いします。")
    assert not [f for f in vaguecheck.check(text).findings if f.line == 1 and f.category.startswith("missing-")]


def test_a_title_with_a_predicate_is_still_read() -> None:
    """転倒し、 is a predicate: the line is read as any line is."""
    text = "【至急ご相談】転倒し、右足が痛む様子です\n詳しくは後ほどお電話します。"
    assert [f for f in vaguecheck.check(text).findings if f.line == 1]


def test_a_dated_meal_with_its_weekday_is_one_episode() -> None:
    assert _missing("12/15（日）昼食時に、おかゆで強くむせ込みました。") == {}
    assert _missing("おかゆで強くむせ込みました。") == {"むせ込みました": ("frequency",)}


# ---------------------------------------------------------------- round 2: batch 129 and blind147

def test_kanazawa_gen_after_an_adjective_is_no_appearance() -> None:
    """様態 げ takes an adjective's stem (苦しげ); a full form + げん is Kanazawa's のだ (痛いげんて)."""
    assert ("VC201", "苦しげ") in rule_texts("苦しげに息をしています。")
    assert not [r for r in rule_texts("右の膝、11月25日から痛いげんて、歩くとき10のうち6やって本人言うとったわ。") if r[0] == "VC201"]


def test_a_fact_told_with_to_zonjimasu_is_no_hedge() -> None:
    assert rule_texts("紹介状はすでに届いていると存じます。") == []


@pytest.mark.parametrize("text", ["要介護3の認定は12月1日から有効になっています。", "甘いものが好きになったと話されています。"])
def test_a_status_or_a_liking_that_came_is_no_change_in_degree(text: str) -> None:
    assert not [r for r in rule_texts(text) if r[0] == "VC502"]


@pytest.mark.parametrize("text", ["血糖測定器のセンサーの残りが少ないとのことで、処方をお願いしたいです。", "おむつ残り少なめ、追加発注済み。"])
def test_stock_running_out_is_no_vague_amount(text: str) -> None:
    assert not [r for r in rule_texts(text) if r[0].startswith("VC5")]


_CHAT = "お疲れさまです。ケアマネの平田です。\n昼過ぎに玄関の段差で転んだそうです。\n"


def test_kyoto_harahen_denies_the_anticoagulant() -> None:
    """飲んではらへん (Kyoto honorific はる + へん; UniDic: 張る + へん) denies it; 飲んではります tells it."""
    assert "fall-on-anticoagulant" not in urgent_ids(_CHAT + "血サラサラの薬は飲んではらへんみたいです。")
    assert "fall-on-anticoagulant" in urgent_ids(_CHAT + "血サラサラの薬は飲んではります。")


def test_a_reading_two_sentences_after_its_dated_episode_is_dated() -> None:
    text = ("河野先生\n【至急・ご相談】本日からの息苦しさについて\n利用者 三浦和子様（82歳、COPD）についてご報告いたします。\n"
            "本日12/5 9時から安静時も息苦しさを訴えられ、13時の訪問看護でSpO2 88%でした。\n"
            "普段のSpO2は94〜96%です。呼吸数28回/分、脈拍112回/分。\n会話は途切れ途切れです。\n"
            "本日中に往診いただけるか、15時までにご指示をお願いいたします。")
    assert not [f for f in vaguecheck.check(text).findings if f.rule == "VC703"]
    undated = text.replace("本日12/5 9時から", "").replace("13時の", "").replace("本日からの", "")
    assert [f for f in vaguecheck.check(undated).findings if f.rule == "VC703"]


def test_a_monthly_report_title_states_the_purpose() -> None:
    text = "月次報告　12月分\n宛先：西田先生\n利用者：小林正夫様\nデイサービスは週3回、予定どおり利用されています。"
    assert vaguecheck.check(text).outline.purpose is not None
    assert not [f for f in vaguecheck.check(text).findings if f.rule == "VC701"]


def test_the_purpose_example_names_what_was_told_before_a_vague_word() -> None:
    """一回吐かはった (complete) comes before ぎょうさん食べはった: the report is about the vomiting, not the meal."""
    text = ("北村先生、お疲れさまです。ケアマネの川上です。\n辻さん、おととい12/8の夜に一回吐かはったそうです。\n"
            "晩ごはんにお寿司をぎょうさん食べはったあとやったみたいで。\n一応お伝えしておきます。")
    f = next(f for f in vaguecheck.check(text).findings if f.rule == "VC701")
    assert "嘔吐" in f.suggestion.example


# ---------------------------------------------------------------- round 3: batch 130 and blind148

@pytest.mark.parametrize(("text", "word"), [("小野寺のじいさん、先月あだりがら飯っこあんまり食わねぐなったんだど。", "先月あだり"),
                                            ("畠山さんのばあちゃん、前々がら腰痛ぇってしゃべってらったども。", "前々がら")])
def test_tohoku_voiced_kara_and_atari_after_a_time_word(text: str, word: str) -> None:
    """先月あだりがら / 前々がら: UniDic reads 柄, a symbol あ and たり; read as あたり and から, the written form kept."""
    f = next(f for f in vaguecheck.check(text).findings if f.rule == "VC301")
    assert f.text == word and text[f.start:f.end] == word


@pytest.mark.parametrize("text", ["外に出たがらないんですよね。", "喉がいがらっぽいです。", "歩きながら話されます。", "小柄な方です。"])
def test_other_garas_are_read_as_written(text: str) -> None:
    toks = _backend("fugashi").tokenize(text)
    assert "から" not in [t.lemma for t in toks if t.surface == "がら"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="先月あだりがら前々こないたながら柄。、", min_size=1, max_size=30))
def test_devoiced_tokens_keep_the_written_text(text: str) -> None:
    toks = _backend("fugashi").tokenize(text)
    assert all(text[t.start:t.end] == t.surface for t in toks)


@pytest.mark.parametrize("text", ["熱は36度5分で、咳も出てへんし、息も苦しない言うとう。", "熱は36度4分で、咳も出てねえし、吐いてもいねえよ。"])
def test_regional_denials_of_a_sign(text: str) -> None:
    assert _missing(text) == {}


@pytest.mark.parametrize(("text", "word"), [("橋本様はこのところお加減が優れないとのことでございます。", "お加減が優れない"),
                                            ("山崎さんは、まあ、今大変な状態なんですよ。", "大変な状態")])
def test_a_state_called_poorly_or_hard(text: str, word: str) -> None:
    assert ("VC101", word) in rule_texts(text)


def test_a_vital_measured_earlier_in_the_report_answers_its_quantity() -> None:
    text = ("血圧は娘さんが測って188/102だったそうです。\n今は横になっとって、話はできよるみたいです。\n"
            "それと、便秘薬を変えてもらえんかとも言うとりました。\n来週のデイの入浴、血圧高いけど入ってもええですか。")
    assert not [f for f in vaguecheck.check(text).findings if f.rule == "VC602"]
    assert [f for f in vaguecheck.check("来週のデイの入浴、血圧高いけど入ってもええですか。").findings if f.rule == "VC602"]


def test_the_request_finding_is_not_put_on_a_signature() -> None:
    text = "宇和島さくら内科　先生\nご報告です。\n福田さんですが、足のむくみは相変わらずです。\n寒いのでこたつに入っています。\nケアマネ　岩城"
    f = next(f for f in vaguecheck.check(text).findings if f.rule == "VC702")
    assert "岩城" not in f.text


def test_a_main_ask_with_its_deadline_and_asks_tacked_on_are_not_unordered() -> None:
    text = ("【至急】頭部打撲についてのご依頼\n二宮先生\n本日7:40に転倒し、後頭部を打ちました。9:00に貴院へお電話し、CTのご指示をいただいております。\n"
            "つきましては、紹介状を本日12時までにご作成いただけますでしょうか。\n"
            "帰宅後に観察すべき期間と、エリキュースの本日夕方分の服用可否についてもご指示ください。")
    assert vaguecheck.check(text).outline.request == "clear"


_LETTER = "お世話になっております。ケアマネの今井です。\n"


@pytest.mark.parametrize(("line", "sign"), [
    ("帰りがけに、左足がなんだか冷たくて白っぽくて、すごく痛がっておられました。", "cold-blue-limb"),
    ("廊下で尻もちをついて右手をつき、右の手首が腫れて、痛くて動かせないと言っています。", "fall-fracture-signs"),
    ("お嫁さんによると、昨日の昼からご飯も水もほとんど口にしてねえって。", "no-fluid-at-all"),
])
def test_red_flags_of_blind148(line: str, sign: str) -> None:
    assert sign in urgent_ids(_LETTER + line + "\n今日中に診てもらえますか。")


def test_a_stiff_shoulder_that_cannot_move_is_no_fracture() -> None:
    assert "fall-fracture-signs" not in urgent_ids(_LETTER + "右肩は拘縮があり自分では動かせない状態です。\nご確認ください。")


# ---------------------------------------------------------------- round 4: blind149 (its first run flagged 3 calm reports urgent)

_FORM = "浅野先生\n【目的】確認のお願い\n"


@pytest.mark.parametrize("line", ["3年前に黒色便で入院歴がありますが、その後の再発はなく、今回は定期検査と伺っています。",
                                  "今日、原口さんとこに行ったら、去年の今ごろ胸が痛くなって救急車で運ばれた話をずっとされて。"])
def test_an_onset_cue_of_another_clause_does_not_bring_an_old_sign_back(line: str) -> None:
    """今回は (a topic after a contrast) and 今日 (the visit's, with 去年 between it and the sign) date other clauses."""
    assert urgent_ids(_FORM + line + "\nご指示ください。") == []


@pytest.mark.parametrize("line", ["以前から胸が痛むことがありましたが、今朝から強くなりました。",
                                  "3年前に黒色便で入院しましたが、今朝また黒い便が出ました。"])
def test_an_old_sign_told_again_now_is_a_red_flag(line: str) -> None:
    assert urgent_ids(_FORM + line + "\nご指示ください。")


def test_a_state_word_named_in_the_history_is_no_time() -> None:
    """残ってた薬を全部飲んだ: 残っ is a history cue's word but names no time; 今日 still dates the overdose (blind71)."""
    text = ("先生\nいつもお世話になっております。ケアマネの藤本です。\n"
            "今日ヘルパーさんが行ったら、聞いたら今日の昼、残ってた薬を全部飲んだみたいです。\nどうしたらいいか指示をください。")
    assert "suicidal-talk" in urgent_ids(text)


@pytest.mark.parametrize("line", ["・呼吸苦の増悪、発熱、痰の色の変化はいずれもありません。", "・胸痛の悪化、発熱はいずれもありません。"])
def test_a_sign_and_its_change_denied_in_a_list(line: str) -> None:
    assert urgent_ids("浅野先生\n【目的】定期報告です。\n" + line + "\nご返信は不要です。") == []
    assert urgent_ids("浅野先生\n【目的】定期報告です。\n・胸痛の悪化があり、発熱はありません。\nご返信は不要です。")


def test_an_answer_asked_by_a_date_is_a_clear_request() -> None:
    text = ("堤先生\n【目的】弾性ストッキング使用可否のご確認\n・両下腿のむくみは昨年秋からあり、足首周囲径は右23.5cmです。\n"
            "【お願い】弾性ストッキングの着用に問題がないか、12月24日までにFAXでご回答いただけますと幸いです。")
    assert vaguecheck.check(text).outline.request == "clear"


# ---------------------------------------------------------------- round 5: batch 132 and blind150 (development data)

def test_a_signature_naming_the_office_by_its_kind_tells_no_cough() -> None:
    """居宅介護支援事業所 せきのした …: UniDic reads the kana name as せき|の|し|た; a signature line tells no observation."""
    text = "田中先生\n居宅介護支援事業所 せきのした 介護支援専門員 岩渕 千春\n12/10の体重は52.0kgです。ご返信は不要です。"
    assert not [f for f in vaguecheck.check(text).findings if f.category.startswith("missing-")]
    assert [f for f in vaguecheck.check("田中先生\nケアマネの山田です。\n咳が出ています。").findings if f.rule == "VC601"]


@pytest.mark.parametrize("text", ["ばっちゃ、けさ熱計ったら36.5℃で、咳も出でねぇのす。", "西田さん、膝の痛みは10段階で6や言うてはるわ。",
                                  "先生、ほんまにおおきに、助かりましたわ。"])
def test_clean_sentences_of_batch_132(text: str) -> None:
    """Tohoku 出でねぇ denies; a score 10段階で6 before Kansai や is measured; ほんまにおおきに thanks."""
    assert rule_texts(text) == []
