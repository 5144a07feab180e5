"""Issue #9, third to eighth rounds: mechanisms that read grammar rather than words, tested over many inputs.

The fixture table (tests/test_table.py, blocks BLIND5 to BLIND10) holds one reasoned sentence per class;
these properties check the mechanisms over whole families of inputs: a blood pressure written without
mmHg, a date that must never be read as one, a change told by an adjective + なる in its condition,
negated and reported forms, another person's state whose scope ends where the patient returns, and a
plain adjective of degree said of a symptom; another person named with a comma, 自身 or の方が, regional
negation, an observation in a request or in an instruction's condition, and a plan raised step by step;
a function named with its decline, a tendency over an observation, and a clause of cause before a worry;
figures in a later clause of the same sentence, 模様 after a predicate and an uncounted count (seventh round);
UniDic's misreadings that hid choking (むせ read as 蒸す) and red spots as redness (eighth round).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck.analyzer import FugashiBackend
from vaguecheck.context import bare_pressures
from vaguecheck.model import VAGUE_CATEGORIES

_IDENTITY = lambda a, b: (a, b)  # noqa: E731  (offsets are already original ones here)


@given(systolic=st.integers(90, 240), diastolic=st.integers(40, 140), sep=st.sampled_from(["/", "の", "-"]))
def test_a_bare_blood_pressure_is_a_value_where_the_sentence_names_it(systolic, diastolic, sep):
    text = f"血圧は{systolic}{sep}{diastolic}でした。"
    value = f"{systolic}{sep}{diastolic}"
    spans = bare_pressures(text, 0, len(text), _IDENTITY)
    assert [text[a:b] for a, b in spans] == [value]


@given(month=st.integers(1, 12), day=st.integers(1, 31))
def test_a_date_is_never_a_blood_pressure(month, day):
    text = f"血圧が高く、{month}/{day}に受診しました。"
    assert bare_pressures(text, 0, len(text), _IDENTITY) == []


@given(systolic=st.integers(90, 240), diastolic=st.integers(40, 140))
def test_without_the_word_blood_pressure_a_pair_of_numbers_is_not_read(systolic, diastolic):
    text = f"歩行は{systolic}/{diastolic}でした。"
    assert bare_pressures(text, 0, len(text), _IDENTITY) == []
    # ... unless the summary sentence it gives the figures of names it (血圧は高めです。朝は158/90でした。)
    assert bare_pressures(text, 0, len(text), _IDENTITY, topic="血圧は高めです。") != []


def test_a_value_with_its_unit_is_left_to_the_element_reader():
    text = "血圧は150/90mmHgでした。"
    assert bare_pressures(text, 0, len(text), _IDENTITY) == []


#: Adjectives of size and degree that no observation names with なる (悪い, 大きい, 短い, 狭い are the worsening
#: observation, which asks instead).
_ADJECTIVES = ["長", "小さ", "弱", "遅", "細", "薄", "浅", "遠", "少な", "鈍"]


# the session-10 entries 眠りが浅い and 治りが遅い once swallowed the change (CI drew 眠り+浅; 傷の治り added as a subject)
@settings(max_examples=60, deadline=None)
@given(stem=st.sampled_from(_ADJECTIVES), subject=st.sampled_from(["声", "歩幅", "握る力", "食事の量", "眠り", "傷の治り"]))
def test_a_change_told_by_an_adjective_asks_by_how_much(checker, stem, subject):
    text = f"{subject}が{stem}くなりました。"
    # the change itself is asked for (by change-adjective, or by a longer entry over it: 量が少なく)
    asked = [f for f in checker.check(text).findings if f.category == "vague-quantity" and f"{stem}く" in f.text]
    assert asked, text


@settings(max_examples=30, deadline=None)
@given(
    stem=st.sampled_from(_ADJECTIVES),
    form=st.sampled_from(["くなったらご連絡します。", "くならないよう見守ります。", "くなれば受診します。"]),
)
def test_a_condition_or_a_negation_is_not_a_reported_change(checker, stem, form):
    text = f"声が{stem}{form}"
    assert "change-adjective" not in {f.entry for f in checker.check(text).findings}, text


@settings(max_examples=30, deadline=None)
@given(
    person=st.sampled_from(["長女様", "長男様", "奥様", "息子さん", "お嫁さん"]),
    particle=st.sampled_from(["は", "が"]),
    state=st.sampled_from(["最近お疲れのご様子です。", "腰痛で通院されていて、しばらく来訪が難しいそうです。",
                           "風邪気味とのことです。"]),
)
def test_another_persons_state_is_not_the_patients(checker, person, particle, state):
    text = f"{person}{particle}{state}"
    sentence_level = [f for f in checker.check(text).findings if f.category not in ("purpose", "request", "urgency")]
    assert sentence_level == [], (text, [(f.rule, f.text) for f in sentence_level])


@settings(max_examples=20, deadline=None)
@given(person=st.sampled_from(["長女様", "奥様", "息子さん"]), verb=st.sampled_from(["言う", "話される", "おっしゃる"]))
def test_a_person_who_only_tells_is_a_source_not_the_subject(checker, person, verb):
    # 長女様が言うには: what follows is the patient's state, and its vague word is still asked
    text = f"{person}が{verb}には、時々むせておられるそうです。"
    assert "VC401" in {f.rule for f in checker.check(text).findings}, text


@settings(max_examples=20, deadline=None)
@given(person=st.sampled_from(["長女様", "奥様", "息子さん"]), link=st.sampled_from(["ですが、", "ですけど、"]))
def test_the_patient_comes_back_after_a_contrast(checker, person, link):
    text = f"{person}は通院中{link}夜中に何度も起きられます。"
    assert "VC401" in {f.rule for f in checker.check(text).findings}, text


# Issue #9, fourth round (blind batch 6): a plain adjective of degree said of a symptom.

#: Observations that a degree adjective (the DEGREE macro, in its 終止形 or 連用形) may be said of.
_SYMPTOMS = ["痛み", "しびれ", "かゆみ", "息切れ", "むくみ", "ふらつき"]


@settings(max_examples=40, deadline=None)
@given(symptom=st.sampled_from(_SYMPTOMS), particle=st.sampled_from(["が", "は", "も"]),
       adjective=st.sampled_from(["強い", "弱い", "激しい", "強く、"]))
def test_a_degree_adjective_of_a_symptom_is_asked_and_the_symptom_keeps_its_own(checker, symptom, particle, adjective):
    text = f"足の{symptom}{particle}{adjective}夜も続いています。"
    findings = checker.check(text).findings
    degree = [f for f in findings if f.entry == "degree-adjective"]
    assert degree, text
    # the finding is the adjective: the observation is not swallowed by it
    assert all(symptom not in f.text for f in degree), (text, [f.text for f in degree])


@settings(max_examples=30, deadline=None)
@given(symptom=st.sampled_from(_SYMPTOMS), adjective=st.sampled_from(["強い", "弱い", "激しい"]),
       figure=st.sampled_from(["NRSで7と", "3日前から", "1日4回と"]))
def test_a_figure_or_an_onset_beside_it_settles_the_degree(checker, symptom, adjective, figure):
    # 3日前から日中の傾眠が強く (the deck's own rewrite): an onset or a count beside it is the course
    text = f"{symptom}は{figure}{adjective}です。" if figure.endswith("と") else f"{figure}{symptom}が{adjective}です。"
    assert "degree-adjective" not in {f.entry for f in checker.check(text).findings}, text


@settings(max_examples=30, deadline=None)
@given(symptom=st.sampled_from(_SYMPTOMS),
       form=st.sampled_from(["強い時は頓服を使います。", "強くなったらご連絡します。", "強くないです。", "強そうです。"]))
def test_a_condition_a_change_a_negation_or_an_appearance_is_not_this_class(checker, symptom, form):
    # 強い時は: a care plan; 強くなった: change-adjective's; 強くない: a negative; 強そう: VC201's
    text = f"{symptom}が{form}"
    assert "degree-adjective" not in {f.entry for f in checker.check(text).findings}, text


@settings(max_examples=20, deadline=None)
@given(noun=st.sampled_from(["気", "背", "玄関の段差", "介護負担", "新聞の字"]),
       adjective=st.sampled_from(["強い", "高い", "大きい", "小さい"]))
def test_a_degree_of_character_house_or_cost_is_not_a_symptom(checker, noun, adjective):
    text = f"{noun}が{adjective}です。"
    assert [f for f in checker.check(text).findings if f.category == "vague-quantity"] == [], text


# Issue #9, fifth round (blind batch 7): whose state, regional negation, requests and plans.

_SENTENCE_LEVEL = lambda fs: [f for f in fs if f.category not in ("purpose", "request", "urgency")]  # noqa: E731


@settings(max_examples=30, deadline=None)
@given(
    person=st.sampled_from(["奥さん、", "奥様、", "娘さん自身が", "長男様ご自身が", "お嫁さんがなんだか", "ご主人の方が",
                            "旦那さんの方が"]),
    state=st.sampled_from(["最近腰の具合が悪いみたいです。", "この頃疲れとるようで、しばらく来られんそうです。",
                           "最近物忘れが目立つとのことです。"]),
)
def test_another_person_named_without_a_particle_the_scope_knew(checker, person, state):
    text = f"{person}{state}"
    found = _SENTENCE_LEVEL(checker.check(text).findings)
    assert found == [], (text, [(f.rule, f.text) for f in found])


@settings(max_examples=20, deadline=None)
@given(state=st.sampled_from(["最近腰の具合が悪いみたいです。", "最近物忘れが目立ちます。"]))
def test_the_patient_named_the_same_ways_is_still_asked(checker, state):
    # ご主人が (bare が) is often the patient in a family's account; ご本人 is the patient
    for person in ("ご主人が", "ご本人が"):
        assert "VC301" in {f.rule for f in checker.check(f"{person}{state}").findings}, person + state


@settings(max_examples=30, deadline=None)
@given(
    symptom=st.sampled_from(["吐い", "転ん", "むせ"]),
    negation=st.sampled_from(["たりはしてねぇです。", "たりはしてねえべ。", "たりはしとらんです。", "たりはしとらんし、夜も歩き回っとらんです。"]),
)
def test_a_regional_negation_negates_the_event(checker, symptom, negation):
    text = symptom + negation
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert missing == [], (text, [(f.rule, f.text) for f in missing])


@settings(max_examples=20, deadline=None)
@given(complaint=st.sampled_from(["痛い", "しんどい", "かゆい"]),
       negation=st.sampled_from(["とは言うとらんです。", "とは言われていません。", "とは話されていません。"]))
def test_a_complaint_the_person_did_not_make_is_not_reported(checker, complaint, negation):
    text = f"足が{complaint}{negation}"
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert missing == [], (text, [(f.rule, f.text) for f in missing])


@settings(max_examples=30, deadline=None)
@given(
    observation=st.sampled_from(["右足のむくみ", "咳", "ふらつき", "仙骨部の発赤"]),
    ask=st.sampled_from(["を一度診ていただけますか。", "を診ていただけませんか。", "を一度診察していただきたく存じます。",
                         "を診てください。"]),
)
def test_an_observation_the_physician_is_asked_to_examine_asks_nothing(checker, observation, ask):
    text = observation + ask
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert missing == [], (text, [(f.rule, f.text) for f in missing])


@settings(max_examples=20, deadline=None)
@given(observation=st.sampled_from(["右足のむくみ", "咳", "ふらつき"]))
def test_an_observation_already_examined_is_still_asked(checker, observation):
    text = f"{observation}を一度診ていただきました。"
    assert any(f.category.startswith("missing-") for f in checker.check(text).findings), text


@settings(max_examples=30, deadline=None)
@given(observation=st.sampled_from(["むくみ", "咳", "息切れ", "痛み"]),
       adjective=st.sampled_from(["強く", "ひどく"]),
       condition=st.sampled_from(["なれば受診するようにとのご指示です。", "なったら連絡するよう伝えています。",
                                  "なるようなら受診します。"]))
def test_a_change_as_the_condition_of_an_instruction_is_not_reported(checker, observation, adjective, condition):
    text = f"{observation}が{adjective}{condition}"
    found = _SENTENCE_LEVEL(checker.check(text).findings)
    assert found == [], (text, [(f.rule, f.text) for f in found])


@settings(max_examples=30, deadline=None)
@given(goal=st.sampled_from(["歩く距離を延ばして", "歩行距離を伸ばして", "離床時間を増やして", "運動量を上げて"]),
       frame=st.sampled_from(["", "無理のない範囲で"]))
def test_a_plan_raised_step_by_step_is_not_an_amount(checker, goal, frame):
    text = f"{frame}少しずつ{goal}います。"
    assert "VC501" not in {f.rule for f in checker.check(text).findings}, text


@settings(max_examples=20, deadline=None)
@given(subject=st.sampled_from(["体重", "食事量", "歩く距離"]), verb=st.sampled_from(["減って", "増えて", "短くなって"]))
def test_a_step_by_step_change_in_the_person_is_still_asked(checker, subject, verb):
    text = f"{subject}が少しずつ{verb}います。"
    assert "VC501" in {f.rule for f in checker.check(text).findings}, text


# Issue #9, sixth round (blind batch 8): observations the lexicon did not name, found by grammar.

_FUNCTIONS = ["嚥下機能", "視力", "聴力", "筋力", "握力", "認知機能", "体力"]


@settings(max_examples=40, deadline=None)
@given(function=st.sampled_from(_FUNCTIONS),
       decline=st.sampled_from(["の低下が見られます。", "が低下しています。", "が落ちてきています。", "の衰えがあります。"]))
def test_a_function_named_with_its_decline_asks_since_when(checker, function, decline):
    text = function + decline
    asked = [f for f in checker.check(text).findings if "time" in f.missing]  # its own finding, or the state word's
    assert asked, text
    # an onset beside it settles it
    dated = "11月20日から" + text
    assert not [f for f in checker.check(dated).findings if f.missing], dated


@settings(max_examples=40, deadline=None)
@given(function=st.sampled_from(_FUNCTIONS),
       frame=st.sampled_from(["{f}の低下予防のため、体操をしています。", "{f}の低下はありません。", "主治医より{f}の低下と診断されました。",
                              "奥様も{f}の低下で通院中です。", "{f}の低下について、ご相談させてください。", "「{f}が落ちた」と話されます。"]))
def test_a_decline_prevented_negated_diagnosed_or_anothers_is_not_reported(checker, function, frame):
    text = frame.format(f=function)
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert missing == [], (text, [(f.rule, f.text) for f in missing])


@settings(max_examples=30, deadline=None)
@given(observation=st.sampled_from(["体重が減少", "SpO2低下", "食事摂取量が減少"]), suffix=st.sampled_from(["傾向です。", "気味です。"]))
def test_a_tendency_over_an_observation_still_asks_its_figures(checker, observation, suffix):
    text = observation + suffix
    rules = {f.rule for f in checker.check(text).findings}
    assert "VC204" in rules and rules & {"VC601", "VC602", "VC603"}, (text, rules)


@settings(max_examples=30, deadline=None)
@given(observation=st.sampled_from(["咳", "ふらつき", "吐き気", "発熱"]),
       link=st.sampled_from(["があるので心配です。", "があるから心配です。", "があるけど様子を見ています。"]))
def test_a_clause_of_cause_ends_before_a_worry(checker, observation, link):
    # 〜があるので心配: the worry is about the next clause, the observation is reported
    text = observation + link
    assert any(f.category.startswith("missing-") for f in checker.check(text).findings), text


@settings(max_examples=20, deadline=None)
@given(observation=st.sampled_from(["転倒", "発熱", "誤嚥"]), noun=st.sampled_from(["が心配です。", "の心配があります。", "の可能性があります。"]))
def test_a_worry_or_a_risk_named_is_still_not_an_event(checker, observation, noun):
    text = observation + noun
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert missing == [], (text, [(f.rule, f.text) for f in missing])


@settings(max_examples=30, deadline=None)
@given(person=st.sampled_from(["隣のばあちゃん、", "近所のおばあさんが", "お隣の方も", "友人の方は", "向かいの奥さんが"]),
       state=st.sampled_from(["最近よく転ぶそうです。", "この頃物忘れが目立つらしいです。", "最近腰が痛いみたいです。"]))
def test_a_neighbour_or_a_friend_is_not_the_patient(checker, person, state):
    text = person + state
    found = _SENTENCE_LEVEL(checker.check(text).findings)
    assert found == [], (text, [(f.rule, f.text) for f in found])


@settings(max_examples=30, deadline=None)
@given(subject=st.sampled_from(["息切れ", "むくみ", "口の中の汚れ", "歩行時のふらつき"]),
       form=st.sampled_from(["が目立ちます。", "が目立ってきました。", "が目立つようになりました。", "目立つ。"]))
def test_standing_out_as_a_predicate_is_a_vague_degree(checker, subject, form):
    text = subject + form
    assert {f.category for f in checker.check(text).findings} & {"vague-quantity", "vague-frequency", "subjective"}, text


@settings(max_examples=20, deadline=None)
@given(form=st.sampled_from(["目立つ場所に掲示しました。", "特に目立った変化はありません。", "傷は目立たなくなりました。",
                             "目立たないところに貼っています。"]))
def test_standing_out_in_other_uses_is_not_flagged(checker, form):
    assert _SENTENCE_LEVEL(checker.check(form).findings) == [], form


@settings(max_examples=30, deadline=None)
@given(verb=st.sampled_from(["むせる", "吐く", "漏らす"]), aspect=st.sampled_from(["ようになりました。", "ようになってきました。"]))
def test_a_change_that_began_asks_since_when(checker, verb, aspect):
    text = f"食後に{verb}{aspect}"
    assert any(f.missing and "time" in f.missing for f in checker.check(text).findings), text
    dated = "11月20日から" + text
    assert not any(f.missing and "time" in f.missing for f in checker.check(dated).findings), dated


# Issue #9, seventh round (blind batch 9): figures in a later clause, 模様 after a predicate, uncounted counts.

_SUMMARIES = [  # (summary clause, the vague word's rule, a later clause with its figure, one with another kind of figure)
    ("夜中に何度もトイレに起きておられ、", "VC401", "昨夜は{n}回でした。", "昨夜は{n}mlほど飲まれました。"),
    ("少し歩くと息が上がり、", "VC501", "実際に廊下を{n}m歩いたところで休まれました。", "実際に{n}回休まれました。"),
    ("食事の量がかなり減っており、", "VC502", "先週は主食{n}割でした。", "先週は{n}回残されました。"),
]


@settings(max_examples=40, deadline=None)
@given(summary=st.sampled_from(_SUMMARIES), n=st.integers(2, 9))
def test_figures_in_a_later_clause_settle_the_summary_of_their_kind(checker, summary, n):
    clause, rule, same, other = summary
    settled = clause + same.format(n=n)
    assert rule not in {f.rule for f in checker.check(settled).findings}, settled
    # a figure of another kind, or none, leaves the vague word asked
    for text in (clause + other.format(n=n), clause + "ご家族も心配されています。"):
        assert rule in {f.rule for f in checker.check(text).findings}, text


@settings(max_examples=30, deadline=None)
@given(predicate=st.sampled_from(["眠れていない", "寝つき悪い", "転倒された", "高めに推移している"]),
       end=st.sampled_from(["模様です。", "模様でございます。", "模様。"]))
def test_moyou_after_a_predicate_is_a_guess(checker, predicate, end):
    text = predicate + end
    assert "VC202" in {f.rule for f in checker.check(text).findings}, text


@settings(max_examples=20, deadline=None)
@given(noun=st.sampled_from(["水玉", "花", "雨", "チェック"]), rest=st.sampled_from(["模様のパジャマです。", "模様の日は外出されません。"]))
def test_moyou_after_a_noun_is_a_pattern(checker, noun, rest):
    text = noun + rest
    assert _SENTENCE_LEVEL(checker.check(text).findings) == [], text


@settings(max_examples=30, deadline=None)
@given(counter=st.sampled_from(["枚", "錠", "包", "本", "日分", "回分"]), particle=st.sampled_from(["も", "か"]))
def test_an_uncounted_count_is_a_vague_amount(checker, counter, particle):
    text = f"湿布や薬が何{counter}{particle}残っていました。"
    assert "vague-quantity" in {f.category for f in checker.check(text).findings}, text
    counted = f"湿布や薬が3{counter}残っていました。"
    assert "vague-quantity" not in {f.category for f in checker.check(counted).findings}, counted


@settings(max_examples=40, deadline=None)
@given(month=st.integers(1, 12), day=st.integers(1, 28), meal=st.sampled_from(["朝食時", "昼食後", "夕食時", "食事中"]),
       event=st.sampled_from(["咳き込まれました。", "嘔吐されました。"]))
def test_an_event_at_a_meal_of_a_given_day_is_one_episode(checker, month, day, meal, event):
    text = f"{month}月{day}日の{meal}に{event}"
    assert not any(f.missing and "frequency" in f.missing for f in checker.check(text).findings), text
    # from that day on, it is a course: how often is asked
    course = f"{month}月{day}日から{meal}に嘔吐があります。"
    assert any(f.missing and "frequency" in f.missing for f in checker.check(course).findings), course


# Issue #9, eighth round (blind batch 10): UniDic's misreadings that hide an observation.


@settings(max_examples=30, deadline=None)
@given(noun=st.sampled_from(["嚥下時", "昼食時", "夕食時", "食事時", "服薬時", "朝食中"]),
       end=st.sampled_from(["あり。", "がありました。", "が見られます。"]))
def test_choking_read_as_steaming_after_a_noun_is_still_choking(checker, noun, end):
    # after a noun UniDic reads むせ as 蒸す; むせ as written with the verb 込む is choking: how often?
    text = f"{noun}むせ込み{end}"
    assert "choking" in {f.entry for f in checker.check(text).findings}, text
    assert "choking" not in {f.entry for f in checker.check(f"{noun}むせ込みなし。").findings}, noun


@settings(max_examples=30, deadline=None)
@given(part=st.sampled_from(["かかと", "お尻", "背中", "すね"]),
       spots=st.sampled_from(["赤いポツポツ", "赤いブツブツ", "赤いぶつぶつ"]),
       n=st.integers(2, 9))
def test_red_spots_are_redness_until_measured_and_dated(checker, part, spots, n):
    text = f"{part}に{spots}があります。"
    assert "redness" in {f.entry for f in checker.check(text).findings}, text
    dated = f"11月{n}日から{part}に5mm大の{spots}が{n}個あります。"
    assert "redness" not in {f.entry for f in checker.check(dated).findings}, dated


# ------------------------------------------------------------------ session 12: what UniDic misreads, repaired

def test_dialect_negation_after_a_continuative_is_read_as_negation():
    """目ぇ開けんだわ: UniDic reads ん after 開け as the nominaliser の; the analysis reads it as ず,
    and 起きんのよ (already ず) and a nominaliser after a plain form (食べるんだ) keep their readings."""
    from vaguecheck.analyzer import FugashiBackend, analyze

    backend = FugashiBackend()

    def lemmas(text):
        return [(t.surface, t.lemma) for s in analyze(text, backend).sentences for t in s.tokens]

    assert ("ん", "ず") in lemmas("話しかけても目ぇ開けんだわ")
    assert ("ん", "ず") in lemmas("話しかけても起きんのよ")
    assert ("ん", "ず") in lemmas("声をかけても目を開けん。")
    assert ("ん", "の") in lemmas("これから食べるんだ")
    assert ("ん", "の") in lemmas("便に血が出んだよ")  # Tokyo's 出るんだよ, no concession before it


@pytest.mark.parametrize(("text", "surface", "lemma"), [
    ("ﾀﾏﾆﾄｲﾚ間に合わないです", "タマニ", "偶に"),
    ("昼食時ﾁｮｯﾄﾑｾ込みあり", "チョット", "一寸"),
    ("スコシムセあり", "スコシ", "少し"),
    # the run is the adverb itself, or two one-letter words (ﾔﾔ: ヤ|ヤ)
    ("ﾔﾔ食欲低下あり", "ヤヤ", "やや"),
    ("アンマリ食べない", "アンマリ", "余り"),
    ("ヨク転びます", "ヨク", "良く"),
    # an adjective's stem and 様態 そう
    ("ｼﾝﾄﾞｿｳでした", "シンド", "しんどい"),
    ("ｼﾝﾄﾞｿｳでした", "ソウ", "そう-様態"),
])
def test_katakana_adverb_run_into_the_next_word_is_split(text, surface, lemma):
    """A katakana adverb run into the next word is its own token, with its lemma; offsets stay contiguous."""
    from vaguecheck._normalize import normalize
    from vaguecheck.analyzer import FugashiBackend

    norm = normalize(text).norm
    tokens = FugashiBackend().tokenize(norm)
    assert (surface, lemma) in [(t.surface, t.lemma) for t in tokens]
    assert all(norm[t.start:t.end] == t.surface for t in tokens)


def test_a_katakana_adjective_is_read_as_written_in_kana():
    """応答ﾆﾌﾞｲ (batch 43): MeCab reads ニ|ブイ; the run is the adjective 鈍い."""
    from vaguecheck._normalize import normalize
    from vaguecheck.analyzer import FugashiBackend

    norm = normalize("Ptぼんやり、応答ﾆﾌﾞｲ。").norm
    assert ("ニブイ", "鈍い") in [(t.surface, t.lemma) for t in FugashiBackend().tokenize(norm)]


@pytest.mark.parametrize(("text", "rule", "span"), [
    ("ﾔﾔ食欲低下あり。", "VC501", "ﾔﾔ"),
    ("アンマリ食べていません。", "VC501", "アンマリ"),
    ("ｼﾝﾄﾞｿｳでした。", "VC201", "ｼﾝﾄﾞｿｳ"),
    ("階段のぼるときｷﾂｿｳでした。", "VC201", "ｷﾂｿｳ"),
])
def test_a_katakana_adverb_or_appearance_is_flagged_where_written(checker, text, rule, span):
    """Terse records and chat spell degree words and 様態 そう in katakana, half-width too (blind batch 41)."""
    got = [(f.rule, text[f.start:f.end]) for f in checker.check(text).findings]
    assert (rule, span) in got, got


@pytest.mark.parametrize("text", ["リハビリテーションに通っています。", "息がゼーゼーしています。", "ケアマネジャーです。",
                                  "ヘルパーがベッドでデイサービスのトイレ介助をしています。", "エリキュースとワーファリンを内服中。",
                                  # names (the session's review): a whole katakana word before さん, 様 or a case particle
                                  "ヤヤさんは元気です。", "娘のチカと一緒に受診しました。"])
def test_known_katakana_words_are_left_alone(text):
    from vaguecheck.analyzer import FugashiBackend

    backend = FugashiBackend()
    import fugashi

    plain = [w.surface for w in fugashi.Tagger()(text)]
    assert [t.surface for t in backend.tokenize(text)] == plain


@pytest.mark.parametrize(("text", "flagged"), [
    ("発赤少し拡大（3cm→4cm）。", False),
    ("浮腫やや増強（圧痕深さ4mm、前回2mm）。", False),
    ("食事量はやや減って（主食7割→5割）います。", False),
    ("発赤が拡大しています。", True),
    # the comparison measures the weight, not the diarrhoea after it (the review of session 12)
    ("体重50kg→48kg、下痢が続いています。", True),
])
def test_a_change_measured_against_an_earlier_figure_is_dated(checker, text, flagged):
    """Blind batch 26: a change with its earlier figure (3cm→4cm, 前回2mm) does not ask since when."""
    got = [f for f in checker.check(text).findings if f.category == "missing-time"]
    assert bool(got) == flagged, got


def test_a_count_told_with_do_is_not_a_measure(checker):
    """一度診ていただきました counts a visit: the swelling is not measured, so its onset is still asked."""
    assert [f.category for f in checker.check("右足のむくみを一度診ていただきました。").findings] == ["missing-time"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="タマニチョットヨクスコシトキドキサイキンムセアイウエオーｧｨｯﾀﾏﾆヤシンドソウﾔﾝﾄﾞｿｳ", min_size=1, max_size=60))
def test_katakana_splitting_keeps_every_character_once(text):
    """Whatever a katakana run holds, the fugashi backend's tokens cover the sentence in order, each
    token's surface its own slice of the normalised text (the adverb splitter only cuts, never drops)."""
    from vaguecheck._normalize import normalize

    norm = normalize(text).norm
    tokens = _BACKEND.tokenize(norm)
    assert all(norm[t.start:t.end] == t.surface for t in tokens)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))
    assert len(tokens) <= len(norm)


_BACKEND = FugashiBackend()


@pytest.mark.parametrize(("text", "asked"), [
    ("SpO2 95%、膝の痛みがあります。", True),  # a saturation is no measure of the pain
    ("体温36.5℃、両足にむくみがあります。", True),  # nor a temperature of the swelling
    ("腰痛はNRSで4です。", False),
    ("下腿浮腫 軽度（圧痕 2mm）。", False),
])
def test_until_measured_counts_only_the_observations_own_units(checker, text, asked):
    got = [f for f in checker.check(text).findings if f.category == "missing-time"]
    assert bool(got) == asked, got


# ---------------------------------------------------------------- session 13

@settings(max_examples=40, deadline=None)
@given(
    label=st.sampled_from(["不穏", "徘徊", "せん妄"]),
    frame=st.sampled_from(["夜間の{}がございます。", "{}が見られます。", "夜間に{}があるとのことです。", "{}あり。"]),
)
def test_a_behaviour_told_by_its_label_is_asked_how_often(checker, label, frame):
    text = frame.format(label)
    got = [f for f in checker.check(text).findings if f.missing]  # its own finding, or 不穏's (VC102) carrying the kind
    assert got and all("frequency" in f.missing for f in got), (text, got)


@pytest.mark.parametrize("text", ["夜中に大声を出されます。", "夜中にうなされているとのことです。", "夜に大きな声が聞こえると連絡がありました。"])
def test_a_behaviour_told_by_its_verb_is_asked_how_often(checker, text):
    assert [f for f in checker.check(text).findings if f.category == "missing-frequency"], text


@settings(max_examples=40, deadline=None)
@given(
    label=st.sampled_from(["不穏", "徘徊", "せん妄", "大声を出されること"]),
    frame=st.sampled_from(["夜間の{}が週3回あります。", "夜間の{}が週に3晩ございました。", "{}はありません。", "{}なし。",
                           "11月30日22時に{}がありました。"]),
)
def test_a_behaviour_counted_denied_or_at_a_clock_time_is_not_asked(checker, label, frame):
    text = frame.format(label)
    got = [f for f in checker.check(text).findings if "frequency" in f.missing]
    assert got == [], (text, [(f.rule, f.text) for f in got])


@pytest.mark.parametrize("text", ["不穏時はリスパダール液を使用する指示です。", "徘徊センサーを設置しました。", "せん妄様の言動があります。"])
def test_as_needed_medicine_a_sensor_or_a_likeness_is_no_behaviour_count(checker, text):
    assert not [f for f in checker.check(text).findings if f.category == "missing-frequency"]


@settings(max_examples=30, deadline=None)
@given(
    subject=st.sampled_from(["熱が出", "熱出", "熱が上が", "下痢が続"]),
    condition=st.sampled_from(["たら", "たらすぐに"]),
    then=st.sampled_from(["ご連絡ください。", "受診します。", "頓服を使います。"]),
)
def test_an_observation_made_a_condition_right_after_its_verb_is_not_reported(checker, subject, condition, then):
    verb_end = {"熱が出": "", "熱出": "", "熱が上が": "っ", "下痢が続": "い"}[subject]
    text = subject + verb_end + condition + then
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert missing == [], (text, [(f.rule, f.text) for f in missing])


def test_a_reading_that_happened_after_a_tara_is_still_a_red_flag(checker):
    """The bare たら cue is for observations only: 飴をなめたらしゃんとした tells what happened."""
    text = ("山田先生\nお世話になっております。ご報告です。\n"
            "糖尿病でアマリールを内服中です。昨日、ぼーっとしていましたが、飴をなめたらしゃんとしました。")
    assert "sugar-revived" in [u.id for u in checker.check(text).outline.urgent]


@pytest.mark.parametrize("now", ["現在のところ", "今のところ", "現在"])
def test_a_list_denied_for_now_shares_the_negation(checker, now):
    text = f"息苦しさや胸の痛みは{now}ございません。"
    assert [f for f in checker.check(text).findings if f.category.startswith("missing-")] == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("妻が脳出血で入院しました。", False),  # a diagnosis (and another person's)
    ("眼底出血の既往があります。", False),
    ("歯ぐきから出血がありました。", True),
    ("おむつに血が付いていました。", True),
])
def test_a_diagnosis_compound_is_not_a_bleed_seen(checker, text, flagged):
    got = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert bool(got) == flagged, (text, got)


@pytest.mark.parametrize("heading", ["【救急搬送のご報告とお願い】", "【転倒のご報告】", "【至急】息切れ・SpO2低下のご報告と受診要否のご相談です。"])
def test_a_heading_in_brackets_states_the_purpose(checker, heading):
    text = (f"山田先生\nお世話になっております。\n{heading}本日、田中様を救急搬送しました。\n"
            "血圧は80/50でした。\n今後の方針についてご指示をお願いします。")
    report = checker.check(text)
    assert report.outline.purpose is not None and heading.rstrip("。") in report.outline.purpose.text
    assert "purpose" not in [f.category for f in report.findings]


def test_an_observation_named_as_the_reports_topic_is_told_in_the_body(checker):
    got = checker.check("【至急】息切れ・SpO2低下のご報告と受診要否のご相談です。").findings
    assert [f for f in got if f.category.startswith("missing-")] == []


@pytest.mark.parametrize(("lines", "urgent"), [
    # a fall and the inability to stand in adjacent bullet items, a note between them
    ("・12月10日18時頃、自宅廊下で尻もち。頭部打撲はなし。\n・本朝より右鼠径部痛が強く、自力で立てません。", True),
    ("12月10日18時頃、自宅廊下で尻もち。頭部打撲はなし。食事は全量。本朝より右鼠径部痛が強く、自力で立てません。", False),  # a paragraph of four: three sentences apart
    ("・12月10日18時頃、自宅廊下で尻もち。頭部打撲はなし。\n・本朝より痛みはなく、自力で立って歩かれています。", False),
])
def test_a_with_near_condition_reaches_the_next_short_item(checker, lines, urgent):
    text = f"山田先生\nお世話になっております。ご報告です。\n{lines}"
    got = [u.id for u in checker.check(text).outline.urgent]
    assert ("fall-fracture-signs" in got) == urgent, got


@pytest.mark.parametrize(("report", "asked"), [
    # the conclusion first, the figures after (the deck's PREP): the body settles the summary's missing kinds
    ("■目的：息苦しさとSpO2低下のため、本日の受診の要否についてご相談します。\n・本日13時の訪問時、安静でSpO2 86〜88%でした。", False),
    ("本日、発熱がありましたのでご報告します。\n咳は1日3回です。\n10時の体温は38.5℃でした。", False),
    # a figure of another thing does not, nor one in another paragraph
    ("本日、発熱がありましたのでご報告します。\n咳は1日3回です。\n10時の血圧は128/70でした。", True),
    ("本日、発熱がありましたのでご報告します。\n咳は1日3回です。\n\n10時の体温は38.5℃でした。", True),
    # one observation told as a noun and as a verb (嘔吐 / 吐いています: one label) shares its figures (blind81's physician)
    ("目的：嘔吐が続いていることのご報告です。\n咳はありません。\n結論：今朝6時から飲んだものをすべて吐いています（計5回）。", False),
    # the thing that changed, named again with its figures (blind80): 距離 of 歩ける距離が短くなっています
    ("結論：休まず歩ける距離が短くなっています。\n咳は1日3回です。\n・歩行距離：7月 約300m → 9月 約50m", False),
    ("結論：休まず歩ける距離が短くなっています。\n咳は1日3回です。\n・体重：7月 45kg → 9月 43kg", True),
    # (the second review) a target, or one figure of another thing, is no course of the subject
    ("結論：休まず歩ける距離が短くなっています。\n咳は1日3回です。\nリハビリでは歩行距離の目標を100mとしています。", True),
    ("結論：休まず歩ける距離が短くなっています。\n咳は1日3回です。\n自宅から駅までの距離は500mです。", True),
])
def test_a_summary_is_settled_by_the_figures_that_follow_it(checker, report, asked):
    found = checker.check(report).findings
    got = [f for f in found if f.category.startswith("missing-") and f.line == 1]
    assert bool(got) == asked, [(f.rule, f.text, f.missing) for f in found]


_FRAME = "山田先生\nお世話になっております。ご報告です。\n{}"


@pytest.mark.parametrize(("text", "urgent"), [
    # a measure's word naming a medicine is no reading: the value told later is the red flag's own
    ("大川様ですが、12月に入ってから新しい血圧の薬(アムロジピン)が追加になったと伺っています。\n"
     "今日(12月19日)10時に訪問したら、座っていても「目の前が暗うなる」と言って、顔色が真っ白でした。\n"
     "血圧を測ると78/46、脈は102でした。", True),
    ("血圧のお薬は朝に飲んでいます。\n血圧は132/78でした。", False),
])
def test_a_medicine_named_by_its_measure_is_not_a_reading(checker, text, urgent):
    got = [u.id for u in checker.check(_FRAME.format(text)).outline.urgent]
    assert ("blood-pressure" in got) == urgent, got


@pytest.mark.parametrize(("after", "urgent"), [
    ("その後5日間、頭痛・嘔吐・ふらつきなし。", False),  # the symptoms themselves, listed and denied, for days
    ("その後5日間、頭痛・嘔吐はありません。", False),
    ("その後2時間、頭痛はなし。", True),  # hours are no quiet period
    ("その後5日間、頭痛なし、嘔吐あり。", True),  # a part told present is news
    ("その後5日間、頭痛・嘔吐なし、ふらつきあり。", True),
    ("その後5日間、頭痛が続いています。", True),
])
def test_a_quiet_period_may_list_the_symptoms_it_denies(checker, after, urgent):
    text = f"12/13夜に居間で転倒し額を打撲、同日の救急外来で頭部CT異常なしでした。\n{after}"
    got = [u.id for u in checker.check(_FRAME.format(text)).outline.urgent]
    assert ("fall-head-strike" in got) == urgent, got


_LETTER = "山田先生\nお世話になっております。ケアマネの佐藤です。\n{}"


@pytest.mark.parametrize(("body", "state"), [
    # someone else's wish in quotation marks is not the writer's ask
    ("ご依頼：電動ベッド貸与の例外給付に必要な医学的所見をいただきたい。\n腰椎圧迫骨折後、起き上がりに5分かかります。\n本人「電動のベッドが欲しか」。", "clear"),
    ("一包化のお願いです。\n施設から「一包化してほしい」と依頼がありました。\n娘さんも「薬の数を減らしてほしい」と話されています。\n"
     "12/19の処方から一包化の指示をいただけますでしょうか。", "clear"),
    # when to reply is part of the ask before it, not one more
    ("発熱時の対応についてご相談です。\n・発熱時の頓用薬の処方をご指示いただけますでしょうか。\n・受診の目安も教えていただけますか。\n"
     "12月24日の定期受診時にお返事いただければ十分です。", "clear"),
])
def test_a_quoted_wish_or_a_reply_time_is_not_one_more_ask(checker, body, state):
    report = checker.check(_LETTER.format(body))
    assert report.outline.request == state, (report.outline.request, [p.text for p in report.outline.requests])


@pytest.mark.parametrize(("text", "urgent"), [
    ("なお、発熱・嘔吐・腹痛・黒色便はなく、胸痛や麻痺、むせ込みも見られていません。", False),  # a list past a comma, denied
    ("胸痛や麻痺、むせ込みも認めません。", False),
    ("胸痛があり、むせ込みは見られません。", True),  # a predicate ends the sign's clause: only むせ込み is denied
])
def test_a_denied_list_reaches_a_sign_across_its_commas(checker, text, urgent):
    got = [u.id for u in checker.check(_FRAME.format(text)).outline.urgent]
    assert ("chest-pain" in got) == urgent, got


def test_a_polite_ask_in_the_negative_denies_nothing(checker):
    """鉄の薬を…出してもらえないでしょうか asks for the iron; it does not deny taking it, so the iron still
    explains the black stool told before it (blind54)."""
    body = ("小松様の娘さんから、便が黒いと聞きました。\n先月から鉄の薬を飲んでいるので、そのせいだと娘さんは言っていました。\n"
            "鉄の薬とほかの薬を30日分出してもらえないでしょうか。")
    assert [u.id for u in checker.check("伊藤先生\n村上です。\n" + body).outline.urgent] == []
    denied = body.replace("鉄の薬とほかの薬を30日分出してもらえないでしょうか。", "ただ、鉄の薬は飲んでいないそうです。")
    assert "black-stool" in [u.id for u in checker.check("伊藤先生\n村上です。\n" + denied).outline.urgent]


@pytest.mark.parametrize(("text", "asks"), [
    ("出してもらえないでしょうか。", True), ("診ていただけないか、ご相談です。", True),
    ("飲んでもらえなかったです。", False), ("飲んでくれないです。", False), ("飲んでもらえない。", False),
])
def test_only_a_present_negative_question_of_a_favour_is_a_polite_ask(text, asks):
    from vaguecheck.outline import _asks_at

    toks = _BACKEND.tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.surface.startswith(("ない", "なかっ")))
    assert _asks_at([_Tok(t) for t in toks], k, k + 1) == asks


class _Tok:
    """A raw token read as the outline reads tokens (lemma, pos1, surface)."""

    def __init__(self, raw) -> None:
        self.surface, self.lemma = raw.surface, raw.lemma
        self.pos1 = raw.tag.split("-")[0]


def test_a_with_near_condition_does_not_reach_past_the_next_short_item(checker):
    """Short items are read with the item before and after, not further."""
    lines = "・12月10日、自宅廊下で尻もち。\n・食事は全量。\n・排便あり。\n・本朝より自力で立てません。"
    got = [u.id for u in checker.check(_FRAME.format(lines)).outline.urgent]
    assert "fall-fracture-signs" not in got, got



# ------------------------------------------------------------ session 14 (blind55 round)


def _urgent_in_frame(checker, text: str) -> list[str]:
    return [u.id for u in checker.check(_FRAME.format(text)).outline.urgent]


@pytest.mark.parametrize(("text", "urgent"), [
    # a red flag made a condition with なったら / 出たら and what to do then: a plan asked for
    ("奥様は「夜中に息苦しくなったら、どうすればいいの」と心配されています。", False),
    ("胸が苦しくなったらすぐ連絡するよう伝えました。", False),
    ("熱が出たら、受診の目安を教えてください。", False),
    # a たら that tells what happened next is no plan
    ("今朝から急に胸が苦しくなったら、冷や汗も出てきました。", True),
])
def test_a_red_flag_made_a_condition_of_an_ask_is_a_hypothesis(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("text", "sign"), [
    ("「もう生きとってもつまらん」と言われていました。", "suicidal-talk"),
    ("「生きていてもつまらない」と繰り返されます。", "suicidal-talk"),
    ("娘さんによると「きのうの朝から水もいらねって、なんも口さ入れね」とのことでした。", "no-fluid-at-all"),
    ("昨日から水もいらないと言って、何も口に入れません。", "no-fluid-at-all"),
])
def test_regional_futility_and_refused_water_are_red_flags(checker, text, sign):
    assert sign in _urgent_in_frame(checker, text)


@pytest.mark.parametrize(("text", "urgent"), [
    ("「死にたい」って、口に出すことはありません。", False),  # the talk quoted, then denied
    ("死にたいとか、そういう言葉は出ていません。", False),
    ("「死にたい」と何度も口にされます。", True),
    ("水もいらねって、なんも口さ入れね。", True),  # 口 in 口さ入れね is the mouth, not talk: nothing denied
])
def test_only_talk_named_and_denied_undoes_the_words_quoted(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("text", "urgent"), [
    # another person's illness, the sentence after it going on as hearsay with no person of its own
    ("前田様の娘さんが先月脳梗塞で倒れて、今リハビリ病院に入院しているそうです。右の手足が動かなくて、言葉も出にくいらしいです。", False),
    ("ご主人の清様が先週、自宅で左半身が動かなくなり入院されました。", False),
    ("主介護者の妻(78歳)が、7月2日夜に胸痛で救急搬送されました。", False),
    # the person before only feels, acts or finds: the sentence after is the patient's
    ("奥様が心配されています。右手がしびれて動かないらしいです。", True),
    ("娘さんが今朝訪問したそうです。右の手足が動かないらしいです。", True),
    # the patient named again
    ("娘さんが先月脳梗塞で倒れて、入院しているそうです。ご本人も今朝から右の手足が動かないらしいです。", True),
])
def test_another_persons_illness_told_on_in_the_next_sentence_is_theirs(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("text", "urgent"), [
    # an old event: a year, or 〜たことがある
    ("令和5年に胃潰瘍で吐血して入院されたことがあるので、奥様が心配しています。", False),
    ("平成30年に脳梗塞で倒れました。", False),
    ("1年に1回くらい意識を失うことがあります。", True),  # a rate, not a year
    ("トイレで意識を失って倒れたことがあったと奥様から聞きました。", True),  # 〜たことがあった: an occasion, not history
    ("令和7年12月1日、朝から右手に力が入りません。", True),  # a date line: no year alone
    # a topic's comma does not end the history's clause
    ("左の手足のまひとしびれは、前の脳梗塞からずっと同じだそうです。", False),
    ("右手のしびれは、今朝から強くなっています。", True),
])
def test_an_old_event_or_a_topic_before_its_history_is_no_red_flag(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("text", "urgent"), [
    # a value in a plan's condition is not a reading for a later mention of the measure
    ("もしSpO2が90%未満になった場合や38℃以上の発熱時に、酸素流量の変更可否についてご指示をいただけますか。", False),
    ("SpO2が86%まで下がった場合の対応を相談しました。昨日の夕方はSpO2 86%でした。", True),
    # a bracket with a topic of its own denies only that topic
    ("今朝奥さんの薬を間違えて飲んだみたいです。奥さんの糖尿病の薬（名前は分かりません、白い小さいの）を1回分飲んだそうです。", True),
    ("黒色便（なし）。", False),
])
def test_a_plans_threshold_or_an_asides_denial_stays_where_it_is(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("text", "flags"), [
    ("今朝から足が痛かです。", True), ("しゃべりがおかしかとよ。", True),  # Kyushu adjectives in か
    ("よか天気ですね。", False), ("静かか確認しました。", False),
])
def test_a_kyushu_adjective_in_ka_is_no_question(text, flags):
    toks = _BACKEND.tokenize(text)
    from vaguecheck.analyzer import _read_kyushu_adjective

    read = _read_kyushu_adjective(toks)
    assert any(t.surface == "か" and t.tag == "助動詞" for t in read) == flags
    assert [t.surface for t in read] == [t.surface for t in toks]  # offsets and words are kept


@pytest.mark.parametrize(("text", "asks_where"), [
    ("今日の痛みはNRSで4/10とのことでした。", False), ("痛みはVAS 60です。", False), ("腰に痛みがあります。", False),
    ("痛みがあります。", True),
])
def test_a_pain_scored_on_a_scale_is_not_asked_where(checker, text, asks_where):
    missing = [k for f in checker.check(text).findings for k in f.missing]
    assert ("location" in missing) == asks_where, missing


@pytest.mark.parametrize(("text", "urgent"), [
    # a red flag as the condition of a question what to do then (blind57)
    ("奥様から「息が苦しいってなったら、酸素上げていいんだっぺか、どこまで上げていいのかわかんねえ」との質問がありました。", False),
    ("胸が痛くなったら、ニトロを使ってください。", False),
    ("今朝から急に胸が苦しくなったら、冷や汗も出てきました。", True),  # narrative たら
    # suicidal talk counts even as a question (despite_question)
    ("「もう生ぎでても仕方ねぇ、薬まとめて飲んだら楽になるべか」と言ってらした。", True),
    # an old deficit: after a stroke's onset, unchanged since
    ("2021年の脳出血後から言葉の出にくさ（構音障害）があり、これは退院時から変わっていません。", False),
])
def test_a_condition_asked_about_or_an_unchanged_deficit_is_no_red_flag(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("text", "asked"), [
    ("冷や汗や手のふるえは確認していません。", []),  # 手の places ふるえ: still one list, one denial
    ("発熱や咳、右の膝の痛みはありません。", []),
    ("発熱があり、手のふるえはありません。", ["発熱"]),  # a predicate ends the first item's clause
])
def test_a_denied_list_may_place_its_items_with_no(checker, text, asked):
    assert [f.text for f in checker.check(text).findings if f.category.startswith("missing")] == asked


@pytest.mark.parametrize(("text", "grade"), [("褥瘡ステージⅡ（NPUAP）。", 2.0), ("褥瘡DESIGN-R d1。", 1.0),
                                             ("仙骨部褥瘡は、前回往診時にDESIGN-R® 2020でd2とご評価いただいております。", 2.0)])
def test_a_pressure_injury_grade_is_its_measure(checker, text, grade):
    report = checker.check(text)
    assert [e.value["amount"] for e in report.elements if e.kind == "quantity"] == [grade]
    assert not report.findings


@pytest.mark.parametrize("text", ["痛みの評価ではNRSが安静時1、歩行時3です。", "NRS安静時2。", "痛みはVAS体動時40です。"])
def test_a_pain_score_may_name_when_it_was_taken(checker, text):
    """NRSが安静時1: the posture or time of the reading between the scale and its value."""
    report = checker.check(text)
    assert [e.kind for e in report.elements if e.value.get("unit") in ("NRS", "VAS")] == ["quantity"]
    assert not report.findings


@pytest.mark.parametrize(("text", "urgent"), [
    ("【症状】胸痛・動悸の訴えは1か月間なし。", False),  # UniDic's 間無し after a duration is the none
    ("2022年11月の下血の経過観察として先生にご予約いただいた検査です。", False),  # the follow-up of an old event
    ("今朝から下血があり、経過観察をお願いしたいです。", True),
    ("森 スエ様（85歳）のご主人（88歳、他院通院中）が、2/3の朝に階段で転んで頭を打ったそうです。", False),
    # a conversation lost is a change of consciousness unless the report names poor hearing
    ("今朝から急に話が通じなくなりました。", True),
    ("「このごろ耳が遠くなって、話が通じねえんだ」とお嫁さん。補聴器の相談をしたいそうです。", False),
])
def test_a_quiet_month_a_follow_up_a_relative_or_poor_hearing(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


def test_poor_hearing_never_explains_a_loss_of_consciousness(checker):
    text = "補聴器を使用中です。今朝から呼びかけても反応がなく、意識がありません。"
    assert "consciousness" in _urgent_in_frame(checker, text)


@pytest.mark.parametrize(("text", "urgent"), [
    # the session review's cases: a たら that tells what happened keeps its red flag
    ("昨夜、急に右手が動かなくなったら、すぐ娘さんに電話があったそうです。", True),
    ("昨夜、急に胸が苦しくなったら、どうしたらいいか分からず、娘さんを呼んだそうです。", True),
    ("昨夜、胸が苦しくなったら、奥様に背中をさすっていただいたそうです。", True),
    ("夜中に胸が苦しくなったら、冷や汗とかも出てきたそうです。", True),
    ("今朝、息が苦しくなったら、酸素を上げてもいいですか。", True),
    # another person's illness before does not take a sign with its own onset
    ("娘さんが先月転倒して骨折したそうです。昨夜から黒い便が出ているらしいです。", True),
    # ご自身 after a relative's account is often the patient
    ("娘さんによると、ご自身が「胸が苦しい」と昨夜から何度も言われていたそうです。", True),
    # a medicine restarted as prescribed is no double dose
    ("ワーファリン内服中。抜歯のため休薬していたワーファリンを、本日から再度服用されています。", False),
])
def test_what_happened_after_a_tara_or_a_relative_keeps_its_red_flag(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


def test_a_meal_fraction_range_is_no_date(checker):
    report = checker.check("最近、食事量が主食1/2〜半分程度に減っています。")
    assert "VC301" in [f.rule for f in report.findings]
    assert not [e for e in report.elements if e.kind == "time"]


def test_a_new_pain_scored_is_still_asked_where(checker):
    missing = [k for f in checker.check("昨日から新たに痛みが出現し、NRSで6です。").findings for k in f.missing]
    assert "location" in missing


# ------------------------------------------------------------ session 15 (blind61 and batch 39 round)

@pytest.mark.parametrize(("text", "urgent"), [
    # several days' doses taken at once, whatever the medicines
    ("今朝、ご本人が2日分の薬（4包）を一度に飲んでしまわれたと、ヘルパーから連絡がありました。", True),
    ("2日分の薬をお薬カレンダーにセットしました。", False),
    # not woken by a call, in Kansai honorific speech (起きはらへん)
    ("お昼に行ったら声かけてもなかなか起きはらへんで、息子さんも驚いていました。", True),
    ("声をかけるとすぐ起きられます。", False),
    # fluids not taken, told with an honorific (飲んだりされていない)
    ("この3日ほどほとんど食べたり飲んだりされていないようです。", True),
    # no urine in Tohoku speech (出てねん)
    ("お嫁さんが「ばあちゃん、朝から夕方まで、おしっこ一回も出てねんだ」と言ってました。", True),
    # a symptom denied in record words (否定), but not one that cannot be ruled out
    ("胸痛は否定。", False),
    ("胸の痛みはご本人が否定しています。", False),
    ("骨折は否定できないとのことです。胸痛があります。", True),
])
def test_session15_red_flags_and_their_denials(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # a terse record line ending on a noun and か is a guess; a question to the reader is not
    ("下肢浮腫あり、以前より増悪か。", "増悪か", True),
    ("脱水か。", "脱水か", True),
    ("往診は必要か。", "か", False),
    ("右か左か、どちらの膝が痛むかは日によって違います。", "か", False),
    # regional hedges: よう + や / じゃ, Tohoku and Niigata みでだ / みてだ, なんだが; humble 気がいたします
    ("足がむくんだはるようやし。", "よう", True),
    ("飯をちいとしか食べとらんようなんじゃ。", "よう", True),
    ("まんまちぇっとしか食わねみでだ。", "みでだ", True),
    ("なんだが食欲ねえんだっす。", "なんだが", True),
    ("何だが、よくわからねえ。", "何だが", False),
    ("会話の反応が以前より鈍くなった気がいたします。", "気がいたします", True),
    # regional degree words UniDic splits (でー|れ|ー, ちぇっ|と)
    ("このごろ、じいちゃんでーれーしんどそうじゃ。", "でーれー", True),
    ("まんまちぇっとしか食わね。", "ちぇっと", True),
    # a softener in a request to the physician; another person's state after の方が、
    ("次の往診ん時に、ちっくと足も見てもらえんろうか。", "ちっくと", False),
    ("嫁さんの方が、このごろでーれー疲れとるんじゃ。", "このごろ", False),
])
def test_session15_vague_words(checker, text, word, flagged):
    found = [f.text for f in checker.check(text).findings]
    assert any(word in t for t in found) == flagged, found


@pytest.mark.parametrize("text", ["痛みは10のうち6だそうです。", "痛みは10段階で7です。", "10点中8点の痛みです。"])
def test_a_pain_scored_out_of_ten_is_measured(checker, text):
    report = checker.check(text)
    assert [e.value["unit"] for e in report.elements if e.kind == "quantity"] == ["NRS"]
    assert not [f for f in report.findings if f.category == "missing-quantity"]


def test_a_count_out_of_ten_is_no_score(checker):
    assert [e.value["relation"] for e in checker.check("10回のうち6回は残します。").elements] == ["per"]


@pytest.mark.parametrize("text", ["栄養のドリンクを出していただくことはできますか。",
                                  "いつものお薬と一緒に、かぶれにくい湿布を出していただけないでしょうか。"])
def test_asking_for_something_to_be_prescribed_is_a_clear_request(checker, text):
    report = checker.check("\n".join(["さくら内科 佐藤先生", "山田様の食事についてご相談です。", "主食は5割です。", text]))
    assert report.outline.request == "clear"


_DATED_BODY = ["うべ循環器内科 西田先生", "居宅介護支援事業所ときわ 村田", "■目的：胸痛のご報告と受診のご相談",
               "■状況：本日9時頃、胸の締めつけが約15分続いたとのこと。ご本人「胸がぎゅーっとなった」。冷汗あり。",
               "■お願い：本日中の受診が必要か、11時30分までにお電話でご指示をお願いいたします。"]


def test_a_red_flag_in_the_purpose_line_is_dated_by_the_body(checker):
    # blind61 b61-05: the purpose line names the matter, the body dates it and asks for a reply today
    assert "VC703" not in [f.rule for f in checker.check("\n".join(_DATED_BODY)).findings]
    undated = [line.replace("本日9時頃、", "") for line in _DATED_BODY]
    assert "VC703" in [f.rule for f in checker.check("\n".join(undated)).findings]


@pytest.mark.parametrize(("text", "flagged"), [
    # a target asked of the physician is named, not observed (blind61 b61-17)
    ("脱水予防のため、1日の水分摂取目標量を次回訪問日（6/3）までにご指示いただけますでしょうか。", False),
    ("水分摂取量の目安をご指示ください。", False),
    ("水分摂取量が減っています。", True),
])
def test_a_target_asked_for_is_no_observation(checker, text, flagged):
    assert bool([f for f in checker.check(text).findings if f.category.startswith("missing")]) == flagged


def test_two_overlapping_observations_give_one_finding(checker):
    # 水分摂取量 is read as 水分摂取 and as 摂取量: one finding, of the one that begins first
    (f,) = [f for f in checker.check("水分摂取量が減っています。").findings if f.category.startswith("missing")]
    assert f.text.startswith("水分摂取")


def test_a_temperature_written_as_kt_settles_a_fever_named_before(checker):
    text = "発熱報告・往診相談。\n5/16 13:00訪問。KT38.9℃でした。"
    assert not [f for f in checker.check(text).findings if f.category.startswith("missing")]


@pytest.mark.parametrize(("text", "urgent"), [
    # blind62: a dose of morning and night taken at once; no urine told with 1回も; warfarin told as the cause of a
    # bruise that a question then wonders about
    ("朝の薬と夜の薬をまちごうて両方いっぺんに飲んでしもたみたいです。", True),
    ("朝の薬と夜の薬を両方お薬カレンダーにセットしました。", False),
    ("おしっこも朝から1回も出とらんっち。", True),
    ("おととい玄関で転んで、おでこにあざができてました。ワーファリン飲んでるからあざになりやすいのかなと思います。", True),
    ("おととい玄関で転んで、おでこにあざができてました。ワーファリンは飲んでいたかな。", False),
])
def test_session15_blind62_red_flags(checker, text, urgent):
    got = _urgent_in_frame(checker, text)
    assert bool(got) == urgent, got


@pytest.mark.parametrize(("ask", "state"), [
    ("至急お電話でご指示ください。", "clear"),
    ("今日中にお電話いただけますか。", "clear"),
    ("この対応の流れで問題がないか、6/25までにご確認いただけますか。", "clear"),
    # 〜てもらえたら is an ask; with nothing named for the physician to do it stays vague
    ("一度見てもらえたらと思います。", "vague"),
    # 〜てもらえば (not the potential) is a plan told, not an ask
    ("明日の透析の時に見てもらえばいいと言ってます。", "none"),
])
def test_session15_request_forms(checker, ask, state):
    report = checker.check("\n".join(["さくら内科 佐藤先生", "山田様の体調についてご相談です。", "昨日から右足が腫れています。", ask]))
    assert report.outline.request == state


@pytest.mark.parametrize(("text", "word", "flagged"), [
    ("お水がね、足りてなさそうなんですよ。", "なさそう", True),
    ("便秘気味とのことで、お腹も張ってそうです。", "そうです", True),
    ("飯をあんまい食べとらんごたっ。", "ごたっ", True),
    ("夜は眠れてねえんだっぺ。", "だっぺ", True),
    ("血圧高めだっぺ。", "だっぺ", True),
    ("明日受診だっぺ。", "だっぺ", False),
    ("11/28から夜中のトイレ、毎晩3回だっぺ。", "だっぺ", False),
    ("この頃、おじいさんがいにしんどそうなんよ。", "がいに", True),
    ("デイに行くのを生きがいにしています。", "がいに", False),
    # Kagoshima 〜ちょっど is 〜ている, not ちょっと
    ("咳は25日から毎晩、夜中の3時台に2回ずつ出ちょっど。", "ちょっ", False),
    # another person: a carer told with Chugoku とる, の方がね、
    ("介護しとる奥さんが、がいに疲れとるみたいなんよ。", "みたい", False),
    ("実は奥さんのほうがね、最近ちょっと疲れ気味なんですよ。", "最近", False),
    # a named function told as usual; いくつか announcing the matters listed
    ("今は手足のしびれもないし、しゃべりもいつもどおりで、歩きも杖で大丈夫でした。", "いつもどおり", False),
    ("ケアマネの北村です。いくつかご相談があります。", "いくつか", False),
    ("褥瘡がいくつかあります。", "いくつか", True),
])
def test_session15_batch40_words(checker, text, word, flagged):
    found = [f.text for f in checker.check(text).findings]
    assert any(word in t for t in found) == flagged, found


def test_a_stretch_of_days_in_one_month_is_a_time(checker):
    report = checker.check("夜間の咳込みは11/26〜28の3晩、毎晩2〜3回です。")
    (time,) = [e for e in report.elements if e.kind == "time"]
    assert time.text == "11/26〜28" and time.value["until"] == {"month": 11.0, "day": 28.0}
    assert not [f for f in report.findings if f.category.startswith("missing")]
    assert not [e for e in checker.check("主食1/2〜2/3です。").elements if e.kind == "time"]


def test_a_pressure_told_by_its_decade_is_a_reading(checker):
    report = checker.check("家庭血圧は130台/80前後で安定しています。")
    (bp,) = [e for e in report.elements if e.kind == "quantity"]
    assert (bp.value["amount"], bp.value["diastolic"], bp.value["approximate"]) == (130.0, 80.0, True)
    assert not report.findings


@pytest.mark.parametrize(("text", "flagged"), [
    ("便秘薬が足りなくなりそうなので、次回処方でお願いします。", False),
    ("湿布がなくなりそうとのことです。", False),
    ("水分が足りなくなりそうです。", True),
])
def test_a_supply_running_out_is_no_guess_about_the_patient(checker, text, flagged):
    assert bool([f for f in checker.check(text).findings if f.category == "inference"]) == flagged


# ------------------------------------------------------------ session 15's review

def test_a_red_flag_only_in_the_purpose_line_still_needs_its_time(checker):
    text = "\n".join(["■目的：黒色便のご報告と受診のご相談", "■状況：食事は8割です。", "本日9時、胸の締めつけが15分続いたとのこと。",
                      "■お願い：本日中に受診が必要か、お電話でご指示ください。"])
    assert "VC703" in [f.rule for f in checker.check(text).findings]


_EPISODE = ["己斐中央クリニック 河野先生", "用件：尿が出ていないため、本日の受診についてご指示をお願いします（至急）。",
            "・昨夜22時の排尿を最後に、今朝9時まで約11時間排尿なし。", "・下腹部が張って痛いと訴えています。",
            "・ご本人「小便が出そうで出んのじゃ、腹が痛うてたまらん」", "・体温 36.8℃、血圧 164/90、脈拍 92",
            "お願い：本日午前中の受診が可能か、ご連絡をお願いします。"]


def test_the_items_after_a_dated_item_are_the_same_episode(checker):
    # blind93 b93-28: the form dates the retention once; the pain the person tells in the items after it is
    # the same episode, and the report asks for today's answer: nothing for VC703 to ask
    assert "VC703" not in [f.rule for f in checker.check("\n".join(_EPISODE)).findings]
    # a blank line ends the run of items: the pain after it is undated
    apart = _EPISODE[:3] + [""] + _EPISODE[3:]
    assert "VC703" in [f.rule for f in checker.check("\n".join(apart)).findings]
    # and so does a line of running text between them
    prose = _EPISODE[:3] + ["ご家族にもお伝えしました。"] + _EPISODE[3:]
    assert "VC703" in [f.rule for f in checker.check("\n".join(prose)).findings]
    # the purpose line's 本日 dates the visit asked for, not the signs listed under it
    undated = [line for line in _EPISODE if not line.startswith("・昨夜")]
    assert "VC703" in [f.rule for f in checker.check("\n".join(undated)).findings]


def test_a_message_pasted_as_one_line_is_not_dated_by_an_earlier_sentence(checker):
    text = ("佐藤先生 ケアマネの田中です。先週の受診ではありがとうございました。食事は8割です。"
            "ご本人が胸が締め付けられると言っています。至急お電話でご指示ください。")
    assert "VC703" in [f.rule for f in checker.check(text).findings]


@pytest.mark.parametrize(("text", "found"), [
    ("朝の薬がけっこう余っていました。\n数えたら朝の薬が18錠残っていました。", []),  # settled by the count that follows
    ("ご本人は胸痛を否定されなかった。", ["胸痛"]),  # a negated 否定 denies nothing
    ("背中に赤いぶつぶつがいくつか確認できました。", ["いくつか"]),
    ("ご家族の方が、最近物忘れがひどいと言っています。", ["最近"]),
])
def test_session15_review_words(checker, text, found):
    got = [f.text for f in checker.check(text).findings]
    assert all(any(w in t for t in got) for w in found) and (found or not got), got


def test_a_wish_for_someone_else_is_no_ask(checker):
    report = checker.check("\n".join(["さくら内科 佐藤先生", "田中です。", "食事は8割です。",
                                      "デイで昼食を出してもらえれば、娘さんも安心だそうです。"]))
    assert report.outline.request == "none"


@pytest.mark.parametrize("text", ["10のうち6つ", "10のうち6名が発熱しました。", "残薬は10のうち6包でした。", "車いす10台/20台を配置。"])
def test_counts_and_stock_are_no_score_and_no_pressure(checker, text):
    assert not [e for e in checker.check(text).elements if e.value.get("unit") in ("NRS", "mmHg")]


def test_a_fraction_range_and_a_falling_stretch_are_no_date(checker):
    assert not [e for e in checker.check("主食 1/2〜3 割摂取。").elements if e.kind == "time"]
    assert [e.text for e in checker.check("12/28〜3の間").elements if e.kind == "time"] != ["12/28〜3"]


def test_a_score_out_of_ten_quoted_in_kyushu_speech_is_measured(checker):
    report = checker.check("右の膝の痛かとは、10のうち6て言わしたです。")
    assert [e.value["unit"] for e in report.elements if e.kind == "quantity"] == ["NRS"]


# ---------------------------------------------------------------- session 17 (blind68, batch46, blind67 ratings)

@pytest.mark.parametrize("text,kinds", [("食欲低下があります。", ("quantity",)), ("呼吸状態悪化のため本日中の往診をお願いします。", ("quantity",))])
def test_a_state_word_over_an_observation_is_one_finding_carrying_its_kinds(checker, text, kinds):
    """食欲低下 is flagged once (VC101) and that finding lists what the observation lacks; the evaluation
    counts it under both families, as it did the two findings it replaces."""
    from vaguecheck.research import _categories

    findings = checker.check(text).findings
    assert len(findings) == 1 and findings[0].category == "subjective" and findings[0].missing == kinds, findings
    assert _categories(findings[0]) == ["subjective", *(f"missing-{k}" for k in kinds)]


@settings(max_examples=30, deadline=None)
@given(word=st.sampled_from(["多量", "少量", "たまに"]),
       gloss=st.sampled_from(["（オムツからあふれる程度）", "（ティッシュ1枚くらい）", "（湯のみ半分ほど）"]))
def test_a_vague_amount_glossed_at_once_in_brackets_is_measured(checker, word, gloss):
    plain = f"便が{word}出ています。"
    assert any(f.text == word for f in checker.check(plain).findings), plain
    glossed = f"便が{word}{gloss}出ています。"
    assert not any(f.text == word for f in checker.check(glossed).findings), glossed


@pytest.mark.parametrize("touch", ["触ると", "押すと", "押したら"])
def test_tenderness_found_on_touching_is_not_asked_since_when(checker, touch):
    got = [f for f in checker.check(f"下腹部が張っており、{touch}痛がります。").findings if f.missing]
    assert got and all("time" not in f.missing for f in got), got  # its amount is still asked
    walked = [f for f in checker.check("歩くと痛がります。").findings if "time" in f.missing]
    assert walked


@pytest.mark.parametrize("text", ["咳は訪問中の1時間で5回ありました。", "咳嗽 訪問中30分で6回。", "咳、ヘルパー滞在の1時間で4回ありました。"])
def test_a_count_taken_during_the_visit_is_dated_by_it(checker, text):
    assert not [f for f in checker.check(text).findings if f.missing], text
    assert [f for f in checker.check("咳が1日5回あります。").findings if "time" in f.missing]


def test_a_fall_named_as_a_reference_point_is_not_asked_when(checker):
    assert not checker.check("歩行は転倒前と同様、伝い歩きで自立。").findings
    assert [f for f in checker.check("転倒しました。").findings if "time" in f.missing]


def test_a_pain_scored_and_told_as_going_on_since_a_date_is_placed(checker):
    assert not checker.check("痛みの程度はご本人の申告でNRS 6/10、11月24日から続いております。").findings
    new = [f for f in checker.check("昨日から新たに痛みが出現し、NRSで6です。").findings if "location" in f.missing]
    assert new


@pytest.mark.parametrize("text,placed", [
    ("・痛み NRS 2/10（歩行時）、鎮痛薬は11/20以降服用なし。", True),
    ("2/1からオキシコンチン10mg/日を開始いただき、痛みはNRS 7→3に軽減しています。", True),
    ("昨日から痛みがあり、NRSで6です。", False),
    ("11/20以降、痛みはNRSで6です。", False)])
def test_a_date_that_starts_a_drug_does_not_make_a_scored_pain_new(checker, text, placed):
    """A scored pain is one being followed, unless a date in its clause says it began (blind reports b8-27, b29-30):
    a date that starts a drug or its stopping (以降服用なし) dates no pain."""
    asked = [f for f in checker.check(text).findings if "location" in f.missing]
    assert bool(asked) != placed, text


@pytest.mark.parametrize("text,asked", [
    ("4月から腰痛で他院処方のロキソニンを1日3回内服していました。", False),
    ("11月に胸の痛みで受診された杉浦様の経過をご報告いたします。", False),
    ("腰痛で整形外科通院中です。", False),
    ("腰痛があり、整形外科を受診しました。", True),
    ("咳で受診していただけますか。", True),
    ("咳で受診をお願いします。", True)])
def test_a_symptom_another_clinic_treats_is_history(checker, text, asked):
    """腰痛で他院処方 / 胸の痛みで受診された: what another clinician treats (good blind reports b2-15, b35-41); a symptom
    told and then a visit, or one that brings the person to this physician, is still asked."""
    assert bool([f for f in checker.check(text).findings if f.missing]) == asked, text


@pytest.mark.parametrize("text,quantity_asked", [
    ("左の股関節を痛がり、立てません。", False),
    ("口が痛くて食事がとれず、水分も少量。", False),
    ("膝が痛くて自力で立ち上がることができません。", False),
    ("痛くて歩けんわ。", False),
    ("右肩の痛みのため、眠れない夜が多いです。", True),
    ("膝が痛いです。歩けます。", True),
    ("膝が痛いけど歩いています。", True)])
def test_a_pain_that_stops_the_person_standing_is_told_how_bad(checker, text, quantity_asked):
    """痛がり、立てません: the severity told by what the pain stops (good blind reports b16-48, b29-40); a pain that
    stops nothing is still asked how strong."""
    asked = [f for f in checker.check(text).findings if "quantity" in f.missing]
    assert bool(asked) == quantity_asked, text


@pytest.mark.parametrize("text,flagged", [("意識がおかしくなったこともありません。", False), ("意識がおかしくなりました。", True),
                                          ("腰の痛みが強くなってるんじゃないかなと。", True), ("夜中に起きることはありません。", False),
                                          ("夜中に起きることもあります。", True)])
def test_a_change_or_an_occasion_the_sentence_denies_is_not_vague(checker, text, flagged):
    """〜なったこともありません / 〜ことはありません deny the change or the occasion (blind69 physician rating);
    a guess ending in 〜ないかな is no denial."""
    got = [f for f in checker.check(text).findings if f.category in ("vague-quantity", "vague-frequency")]
    assert bool(got) is flagged, (text, [(f.rule, f.text) for f in got])


@pytest.mark.parametrize("text,word", [("両下肢に浮腫が少し確認されます。", "少し"), ("体重が少し減ったので多めに食べさせてもらっています。", "少し"),
                                       ("だんだん、いつもより食事量が減ってきました。", "だんだん"), ("退院できて嬉しいと思われます。", "と思われます"),
                                       ("主介護者（長女）、最近ご本人の食欲が落ちていると心配されています。", "最近"),
                                       ("むくみが少し（気になる程度）あります。", "少し")])
def test_review_the_narrowed_exemptions_keep_what_must_be_flagged(checker, text, word):
    """Session 17 review: the writer's own ask, a carer's amount, the Izumo thanks, a thanked request, another
    person introduced in brackets and a bracketed gloss exempt only what they say, not the person's state."""
    assert word in {f.text for f in checker.check(text).findings}, text


def test_review_a_date_after_a_pain_is_no_score(checker):
    text = "痛みは8/10から続いています。"
    assert not [e for e in checker.check(text).elements if e.value.get("unit") == "NRS"]


def test_ignoring_the_state_word_gives_the_missing_finding_back():
    """docs/cli.md: with VC101 not selected, 食欲低下 is asked its amount by the missing-element rule."""
    import vaguecheck

    got = [(f.rule, f.missing) for f in vaguecheck.Checker(ignore=["VC101"]).check("食欲低下があります。").findings]
    assert got == [("VC602", ("quantity",))], got


@pytest.mark.parametrize("text,flagged", [("腰痛は以前から変わりありません。", False), ("以前からのことで、回数は変わっていません。", False),
                                          ("以前から同じ状態です。", False), ("以前から腰痛を訴えられています。", True),
                                          ("以前から同じ話を繰り返されます。", True), ("以前より食べる量が減りました。", True),
                                          ("以前から咳止めを飲んでも変わりません。", True)])
def test_a_vague_time_the_state_is_told_unchanged_since_asks_no_onset(checker, text, flagged):
    """Session 20 (blind74-76 physicians): 以前から…変わりません says the state is as it was (resolved_by "steady");
    the same story (同じ話) or what a treatment did not change is not that."""
    got = [f.text for f in checker.check(text).findings if f.category == "vague-time"]
    assert bool(got) is flagged, (text, got)


@pytest.mark.parametrize("text,asked", [("・足のむくみは夕方に出ますが、朝にはひいています。以前から同じ状態です。", False),
                                        ("夜中に歩き回ることが週に2〜3回あります。以前からのことで、回数は変わっていません。", False),
                                        ("咳が出ています。以前と変わりません。", False),
                                        ("咳が出ています。体温は変わりません。", True),
                                        ("咳が出ています。\n以前と変わりません。", True),
                                        ("足のむくみがあります。転倒は以前と変わらず月1回です。", True)])
def test_the_next_sentence_on_the_line_may_tell_the_state_unchanged(checker, text, asked):
    """A sentence of no observation of its own that says the state is as it was speaks of the sentence before on
    its line (blind75's physician); another topic (体温は), a new line or another observation does not."""
    got = [f for f in checker.check(text).findings if f.missing and f.text in ("むくみ", "歩き回る", "咳")]
    assert bool(got) is asked, (text, [(f.rule, f.text) for f in got])


@pytest.mark.parametrize("text,words,tail", [("最近食欲低下気味。", "食欲低下", "気味"),
                                             ("夜間の睡眠が十分にとれていないご様子でございます。", "十分にとれていない", "ご様子で"),
                                             ("先日来、ご気分がすぐれないご様子でございます。", "気分がすぐれない", "ご様子で"),
                                             ("ここんところなんかしょんぼりされています。", "ここんところ", "なんか")])
def test_a_hedge_running_on_past_a_stronger_finding_keeps_its_tail(checker, text, words, tail):
    """Session 20 (blind batch 54): 食欲低下|気味 — the state word and the hedge after it are two findings, the
    hedge's own words and message naming only its tail; one finding over one stretch otherwise (便秘気味)."""
    found = {f.text: f for f in checker.check(text).findings}
    assert words in found and tail in found, list(found)
    assert f"「{tail}」" in found[tail].message and text[found[tail].start:found[tail].end] == tail
    assert [f.text for f in checker.check("便秘気味です。").findings if f.category == "inference"] == ["便秘気味"]
    # two hedges over one stretch stay one finding (歩行が不安定になってきている印象でございます: not いる alone)
    got = [f.text for f in checker.check("以前と比べ歩行が不安定になってきている印象でございます。").findings if f.category == "inference"]
    assert got and all("印象" in w for w in got), got


@pytest.mark.parametrize("text,asked", [("熱があるんちゃうかと思います。", True), ("熱があるのではないかと思います。", True),
                                        ("発熱はありますか。", False), ("転倒されたかどうか確認してください。", False)])
def test_a_guess_put_as_a_quoted_question_is_still_a_report(checker, text, asked):
    """〜かと思う (blind batch 48: 熱があるんちゃうかと思うんやけど) suspects the symptom; a question to the reader asks."""
    got = [f for f in checker.check(text).findings if f.missing]
    assert bool(got) is asked, (text, [(f.rule, f.text) for f in got])


@pytest.mark.parametrize("text,word", [("昭和15年生まれの方で、最近物忘れがあります。", "最近"), ("1935年生まれの男性で、咳が出ています。", "咳")])
def test_a_birth_year_dates_nothing(checker, text, word):
    """Review (session 20): a year is a time element with its season or as a since (令和5年春から), not a birth year."""
    got = [f for f in checker.check(text).findings if f.text == word]
    assert got and (word != "咳" or "time" in got[0].missing), [(f.rule, f.text, f.missing) for f in checker.check(text).findings]


@pytest.mark.parametrize("text,urgent", [("夜間トイレ時に手すりにつかまらないと立てませんでした。転倒は0回。", False),
                                         ("転倒：0回。", False), ("黒色便は0回から3回に増えました。", True), ("冷や汗：0回→2回", True),
                                         ("黒色便は1日0〜2回です。", True),
                                         ("本日、転倒されました。頭を打っています。ワーファリン内服中。", True),
                                         ("今朝転倒され、頭を打っています。ワーファリン内服中です。先月は0回でした。", True)])
def test_a_red_flag_counted_none_is_no_red_flag(checker, text, urgent):
    """Session 21 (blind78): 転倒は0回 counts the fall and finds none, as the missing pass already reads it; a range
    and the start of a rise are no zero (the session's review)."""
    from test_lexicon_examples import FRAME

    got = [p.text for p in checker.check(FRAME.format(text)).outline.urgent]
    assert bool(got) is urgent, (text, got)


@given(items=st.lists(st.sampled_from(["腹痛", "ふらつき", "めまい", "吐き気", "むくみ"]), min_size=1, max_size=3, unique=True),
       tail=st.sampled_from(["のいずれかが出た場合は", "が出た場合は", "のいずれかがあった場合は"]))
@settings(max_examples=30, deadline=None)
def test_a_listed_condition_of_a_plan_reports_none_of_its_items(checker, items, tail):
    """Session 21 (blind78): 腹痛、ふらつき、タール状の便のいずれかが出た場合は、お電話します — every item of the
    list, a verb's noun form (ふらつき) included, is the plan's condition, not an observation lacking its onset."""
    text = "、".join(items) + "、タール状の便" + tail + "、その日のうちにお電話します。"
    got = [f.text for f in checker.check(text).findings if f.missing]
    assert got == [], (text, got)


@pytest.mark.parametrize("text,asked", [("5/29から乾いた咳が1日10〜15回（家族記録）。夜間は咳で2回目が覚めます。", False),
                                        ("咳の記録をお願いしました。夜間は咳で2回目が覚めます。", True),
                                        ("会話に加わることが少なくなり、職員からも元気がないように見えるとの報告がありました。", None)])
def test_a_record_note_in_brackets_denies_nothing(checker, text, asked):
    """Session 21 (blind78): （家族記録） names who kept the count, so the cough before it is reported with its onset
    and count; 咳の記録 still names a record, not a cough. (A clause ending in a verb before a comma is no list item:
    少なくなり、職員 keeps its vague word.)"""
    found = checker.check(text).findings
    if asked is None:
        assert "少なくなり" in [f.text for f in found], [(f.rule, f.text) for f in found]
        return
    got = [f for f in found if f.missing and f.text == "咳"]
    assert bool(got) is asked, (text, [(f.rule, f.text, f.missing) for f in found])


@pytest.mark.parametrize("text,flagged", [("本投稿は仙骨部褥瘡の経過報告です。ご返信は不要です。", False),
                                          ("ご依頼：血液検査を含めて体重減少の原因を調べていただけますか。", False),
                                          ("仙骨部に褥瘡があります。", True), ("体重が減少しています。", True)])
def test_the_matter_of_a_report_or_an_ask_is_no_observation(checker, text, flagged):
    """Session 21 (blind78's good reports): 〜の経過報告です names the report's matter; 〜の原因を調べていただけますか
    asks the physician about it: the figures are told elsewhere."""
    got = [f.text for f in checker.check(text).findings if f.missing]
    assert bool(got) is flagged, (text, got)


@pytest.mark.parametrize("text,kind,value", [("5分後に再検しました。", None, "5分"), ("内服2時間後に下がりました。", None, "2時間"),
                                             ("十分後に戻られました。", None, "十分"), ("歩行に5分かかります。", "quantity", "5分"),
                                             ("訪問時の血圧が少し高めで、１４０〜１５０台が多いです。", "quantity", "１４０〜１５０台"),
                                             ("血圧は140台が多いです。", "quantity", "140台"),
                                             ("血圧が高めで、血糖は200〜240台でした。", None, "200〜240台")])
def test_a_time_after_is_no_amount_and_readings_by_their_decades_are_values(checker, text, kind, value):
    """Session 21 (batch 56, blind78, the session's review): N分後 tells when a re-check was done, neither an amount
    (血圧高めでした！5分後に再検しても: 高め is still asked) nor an onset (30分後に再検予定 dates no fever); readings by a
    range of decades are values in a sentence naming the pressure (１４０〜１５０台が多い), not a glucose or a pulse."""
    got = [(e.kind, e.text) for e in checker.check(text).elements]
    if kind is None:
        assert not [k for k, t in got if value in t or t in value], got
    else:
        assert (kind, value) in got
    assert [f.text for f in checker.check("血圧高めでした！5分後に再検しても変わらずです。").findings] == ["高め"]
    assert "missing-time" in [f.category for f in checker.check("38.5℃の発熱があり、30分後に再検予定です。").findings]
    assert not [e for e in checker.check("・脈拍 60〜70台。").elements if e.value.get("relation") == "pressure"]


@pytest.mark.parametrize("text,flagged", [("ここ数日、体重が増えてきています。6/8 45.2kg → 6/12 47.6kg（+2.4kg）。", False),
                                          ("・最近、夜に座ったまま寝ているそうです。今朝ヘルパーが測ったらSpO2 87%でした。", True),
                                          ("ここ数日、食欲がありません。6/8に受診し、6/12に採血予定で、体重は45kgです。", True),
                                          ("先日転倒されました。11月20日に受診されています。", True)])
def test_a_vague_time_is_settled_by_figures_on_two_dates_after_it(checker, text, flagged):
    """Session 21 (blind78's physician: "exact dates and weights are given on that line"): the next sentence of the
    line dating two figures tells the course the summary named; one reading of today, or a date alone, does not."""
    got = [f.text for f in checker.check(text).findings if f.category == "vague-time"]
    assert bool(got) is flagged, (text, got)


@pytest.mark.parametrize("text,asked", [("痩せたんじゃないかと思う。", True), ("熱あるがんでねぇかと思うてさ。", True),
                                        ("転ぶんじゃないかと心配しています。", False), ("発熱がないか確認してください。", False),
                                        ("転んだのではありません。", False), ("熱が出とったもんで、様子みとるだに。", True),
                                        ("嘔吐物の処理方法を教えてください。", False)])
def test_a_guess_put_as_a_question_reports_what_it_suspects(checker, text, asked):
    """Session 21 (batches 47-56): 〜んじゃないか (the copula, ない, か) suspects the observation before it, as
    〜ちゃうか does; it denies nothing. A worry about what may come (転ぶんじゃないかと心配), a question (ないか確認)
    and a denial (〜のではありません) are no report; 〜もんで is because, not a thing left (嘔吐物)."""
    got = [f for f in checker.check(text).findings if f.missing]
    assert bool(got) is asked, (text, [(f.rule, f.text, f.missing) for f in checker.check(text).findings])


@pytest.mark.parametrize("text,word,lemma", [("歩くときｽｺｼﾌﾗﾂｷありました。", "ﾌﾗﾂｷ", "ふらつき"), ("ﾀﾏﾆﾄｲﾚ失敗あり。", "ﾄｲﾚ", "トイレ")])
def test_katakana_cut_off_an_adverb_is_read_as_the_word_it_spells(checker, text, word, lemma):
    """Session 21 (batch 55: 歩くときｽｺｼﾌﾗﾂｷありました): what is left of a katakana run after its adverb is read
    alone, so ﾌﾗﾂｷ is ふらつき, an observation, not an unknown noun; ｽｺｼﾎﾞｰｯと is still an impression."""
    report = checker.check(text)
    assert (word, lemma) in [(t.surface, t.lemma) for s in report.sentences for t in s.tokens]
    got = [f.text for f in checker.check("本日ｽｺｼﾎﾞｰｯとされてました。").findings if f.category == "subjective"]
    assert got and got[0].startswith("ﾎﾞｰｯ"), got


@pytest.mark.parametrize("text,urgent", [("お世話をしている奥様が、今朝から呼びかけへの反応が鈍いと話しています。", True),
                                         ("先週はデイの体操で太ももが筋肉痛になりました。本日朝から胸が痛いと訴えています。", True),
                                         ("昨年肩を痛めて整形外科に通院中です。今朝から胸が苦しいと言っています。", True)])
def test_the_session_21_review_keeps_these_red_flags(checker, text, urgent):
    """The session 21 review: a carer who tells of the patient is a source, not the one whose state it is; a strain
    named elsewhere in a report does not explain a chest pain (the chest-wall `unless_report` was withdrawn)."""
    from test_lexicon_examples import FRAME

    assert bool(checker.check(FRAME.format(text)).outline.urgent) is urgent, text


@pytest.mark.parametrize("text,flagged", [("食道静脈瘤があります。", False), ("下肢静脈瘤があります。", False),
                                          ("ふらつき、熱もない。", True), ("足がふらつき、熱はありません。", True),
                                          ("帽子の赤いのをかぶってデイに行かれました。", False)])
def test_the_session_21_review_false_alarms_and_misses(checker, text, flagged):
    """The session 21 review: 瘤 of a diagnosis is no bump; ふらつき before a clause with its own topic (熱も / 熱は) is
    not an item of a denied list; a hat's red is no redness."""
    got = [f.text for f in checker.check(text).findings if f.missing]
    assert bool(got) is flagged, (text, got)


@pytest.mark.parametrize("text,state", [("来週の往診時に、血圧と、脈拍と、体重の推移をご確認いただけますでしょうか。", "clear"),
                                        ("お薬を整理してもらうのと、減らしてもらうのと、薬局に連絡してもらうのと、できればお願いします。", "unordered")])
def test_nouns_of_one_ask_are_not_several_asks(checker, text, state):
    """The session 21 review: two と、 joins of nouns are one ask's objects; of asks (〜してもらうのと、) they are a list."""
    report = checker.check("〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の件でご相談です。\n" + text)
    assert report.outline.request == state, (text, report.outline.request)


@pytest.mark.parametrize("text,urgent", [("対象：菅野様（87歳、誤嚥性肺炎で10月20日〜11月5日入院）\n・入院時はSpO2 86%、体温39.0℃でした。", False),
                                         ("本日9時40分、胸が締め付けられると訴えられました。搬送時の血圧は88/50でした。", True)])
def test_a_past_admission_and_its_readings_are_history(checker, text, urgent):
    """Session 21 (blind79, measured first): an admission's diagnosis in the header's brackets and the readings 入院時
    are the history the report follows up, not today's red flags; 搬送時 of today's transport is not history."""
    from test_lexicon_examples import FRAME

    assert bool(checker.check(FRAME.format(text)).outline.urgent) is urgent, [p.text for p in checker.check(FRAME.format(text)).outline.urgent]


def test_eyes_are_not_read_in_words_that_only_contain_the_kanji(checker):
    """Session 21 (blind79's physician: "the example about eye swelling does not fit"; "hearing and vision asked of a
    cough"): 目立つ, 目が覚める are no eye; an example's site is the body part of the finding's own clause."""
    from vaguecheck.elements import locations, nearest_location

    text = "両足のすねのむくみが先月より目立つようになり、指で押すと跡が残ります。"
    assert "目" not in [text[a:b] for a, b in locations(text)]
    at = text.index("目立つ")
    assert nearest_location(text, at, at + 5) == "すね"
    found = checker.check("夜中に咳き込んで目が覚めることがあると、ご本人が話していました。").findings
    assert all("見えない" not in " ".join(f.suggestion.questions) for f in found), [(f.text, f.suggestion.questions) for f in found]
    assert [t[a:b] for t in ["右目が赤いです。"] for a, b in locations(t)] == ["右目"]


@pytest.mark.parametrize(("text", "asked"), [
    # a thing measured in counts is told how much by how often in its own clause (batches 56, 57: annotated clean)
    ("咳は11月29日からで、黄色い痰が1日に5、6回出よるんよ。", False),
    ("11月28日から咳嗽が出現し、1日に5〜6回、黄色の痰を喀出しておられます。", False),
    # not by another observation's count (batch 20): 毎回のようにむせていて、痰が絡んだような音
    ("食事中にむせることが1日3回あって、痰が絡んだ音がします。", True),
    ("週3回のデイで、痰が多いと言われました。", True),  # the service's count (the second review)
])
def test_a_count_tells_how_much_of_a_thing_measured_in_counts(checker, text, asked):
    found = [f for f in checker.check(text).findings if f.text.startswith("痰") and "quantity" in f.missing]
    assert bool(found) is asked, [(f.rule, f.text, f.missing) for f in checker.check(text).findings]


# Session 23, development round on blind82 / batch 62 (physician ratings of blind82's findings).


def test_the_same_site_referred_back_to_is_a_location(checker):
    """同部位が表皮剥離し: the site named the line before (blind82's physician: "location is given")."""
    text = "・11/20 同部位が表皮剥離し、2.5×2.0cm、浅い潰瘍、滲出液少量。"
    assert not [f for f in checker.check(text).findings if "location" in f.missing]
    assert [f for f in checker.check("表皮剥離し、2.5×2.0cmです。").findings if "location" in f.missing]


def test_a_patient_field_lists_diagnoses_not_observations(checker):
    """利用者：…様（83歳、2型糖尿病・両下肢浮腫）: the diagnoses on file; a field line that goes on to tell a state is read."""
    head = "さわだ内科 澤田先生\n居宅 小島です。\n"
    tail = "\n足のむくみについてご相談です。\n受診の要否をご指示ください。"
    field = checker.check(head + "利用者：沼尾 キン 様（83歳、2型糖尿病・両下肢浮腫）" + tail)
    assert not [f for f in field.findings if f.text == "浮腫"]
    told = checker.check(head + "利用者：沼尾 キン 様、両下肢に浮腫があります。" + tail)
    assert [f for f in told.findings if f.text == "浮腫" and f.missing]


@pytest.mark.parametrize("text,asked", [("痛みの増強や歩行の変化があれば、改めて受診のご相談をいたします。", False),
                                        ("咳の悪化や発熱はありません。", False), ("痛みの増強や発熱があります。", True)])
def test_an_observation_named_with_its_change_shares_the_list(checker, text, asked):
    """痛みの増強や…があれば: the list's condition covers its first item, named with its change (blind82's physician)."""
    assert bool([f for f in checker.check(text).findings if f.missing]) == asked, text


def test_a_red_flag_the_clinicians_words_relay_is_kept(checker):
    """The session 23 review: an observation in the clinician's words is still the patient's (a red flag they relay
    stays one; tried and withdrawn: taking them as another person's state)."""
    report = checker.check(_FRAME.format("訪問診療の先生の話では、昨日から胸の痛みが続いているとのことでした。"))
    assert [u.id for u in report.outline.urgent] == ["chest-pain"]
    assert [f for f in checker.check("主治医より、薬を変更したので様子を見るよう指示あり、その後むくみが増えています。").findings
            if f.missing]


_FRAME = "〇〇クリニック 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n{}\nご指示をお願いします。"
_REVIEW23 = [
 ("urg", _FRAME.format("最期まで自宅で過ごしたいと希望されています。最近「もう死にたい、薬を全部飲んでしまいたい」と繰り返されています。"), "suicidal-talk"),
 ("urg", _FRAME.format("同室者に「死にたい」と何度も話されていたそうです。"), "suicidal-talk"),
 ("urg", _FRAME.format("同じフロアの入居者さんに、夜中に「胸が苦しい」と訴えられていたそうです。"), "chest-pain"),
 ("urg", _FRAME.format("長女、今日電話があり、昨夜から呼びかけへの反応が鈍く、38.5℃の発熱があるとのことです。"), "any"),
 ("find", "同室者に大声を出すことが時々あります。", "時々"),
 ("find", "長女、最近面会に来ると、母が少しぼんやりしていると心配されています。", "ぼんやり"),
 ("find", "さわだ内科 澤田先生\n居宅 小島です。\n利用者：沼尾様　最近、食事量が少し減少、時々めまい\n受診の要否をご指示ください。", "時々"),
 ("find", "さわだ内科 澤田先生\n居宅 小島です。\n患者：山田 花子（最近食欲が落ちている）\n受診の要否をご指示ください。", "最近"),
 ("miss", "腰の痛みがなかなか取れません。", "quantity"),
 ("miss", "昨日から熱があり、食事がとれません。", "quantity"),
 ("miss", "膝が痛いけど、立てないほどではありません。", "quantity"),
 ("nomiss", "口の中が痛くて食べられません。", "quantity"),
 ("nourg", _FRAME.format("認知症の進行で、夜間は居間の椅子に座ったまま朝まで起きています。"), ""),
 ("urg", _FRAME.format("夜中に「苦しくて寝てらんねえ」って起き上がって、座ったまま朝までいることが3日続いています。"), "sits-up-all-night"),
 ("find", "夜中に何度もトイレに行くと思いますので、ポータブルトイレを検討しています。", "と思います"),
 ("req", "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n明日往診いただけると伺いましたが、本日中に来ていただけませんか。", "clear"),
 ("nofind", "10年ほど前に脳梗塞を発症され、右片麻痺があります。", "10年ほど前"),
 ("nofind", "先生もお忙しいものと存じますが、よろしくお願いいたします。", "ものと存じます"),
 ("noentry", "下痢のような便は出ていません。", "constipation"),
 ("miss", "同じところを何度も聞かれ、痛みの訴えも増えています。", "location"),
 ("nofind", "今月末頃にショートステイを利用する予定です。", "今月末頃"),
 ("find", "歩くのは少し遅いですが、リハビリを始めています。", "少し"),
 ("find", "足先がだいぶ冷えてきましたね。", "だいぶ"),
 ("find", "だんだん、先生のことも分からなくなってきました。", "だんだん"),
 ("nourg", _FRAME.format("下痢が続いています。点滴の水分が入らない時間帯があります。"), ""),
 ("nofind", "疑問点が多々ありますので、ご教示ください。", "多々"),
 ("miss", "昨日から急に、痛みがNRSで8になりました。", "location"),
 ("nomiss", "2/1から痛み止めを開始いただき、痛みはNRS 7→3に軽減しています。", "location"),
 ("nofind", "ご検討いただけるのではと存じます。", "のではと"),
]


@pytest.mark.parametrize("kind,text,want", _REVIEW23)
def test_the_session23_review_cases(checker, kind, text, want):
    """The session 23 review's inputs (docs/evaluation.md): red flags another person's words, a clinician's words or a
    place-of-death wish must not hide; the new exemptions stay as narrow as their notes say."""
    report = checker.check(text)
    texts = [f.text for f in report.findings]
    urgent = [u.id for u in report.outline.urgent]
    missing = [k for f in report.findings for k in f.missing]
    ok = {"urg": (want in urgent) or (want == "any" and bool(urgent)), "nourg": not urgent,
          "find": any(want in t for t in texts), "nofind": not any(want in t for t in texts),
          "miss": want in missing, "nomiss": want not in missing, "req": report.outline.request == want,
          "noentry": want not in {f.entry for f in report.findings}}[kind]
    assert ok, (kind, want, urgent, texts, missing)


_REVIEW24 = [
    # one skin lesion shares its site and size only with a mention of the same site, or one naming none
    ("miss", "〇〇先生\n居宅の佐野です。\n11/20から仙骨部に2.5×2.0cmの褥瘡があります。\nまた、顔に赤みがあります。\n処置のご指示をお願いします。", "time"),
    ("miss", "〇〇先生\n居宅の佐野です。\n右手の甲に傷があります。\n仙骨部に2.5×2.0cmの発赤もあります。\n処置のご指示をお願いします。", "quantity"),
    ("find", "夜間は入眠不良の模様です。", "模様です"),
    ("find", "昨夜、居室で転倒されたとの模様です。", "模様"),
    ("nofind", "寝間着は花の模様。", "模様"),
    # a line that ends in the writer's name is a signature only without a predicate or a comma
    ("find", "ケアマネ訪問、ここ数日様子が違う 記録 田中", "ここ数日"),
    ("find", "・デイ事業所より、最近元気がないとの報告あり 佐藤", "最近"),
    ("nourg", _FRAME.format("左のかかとの黒いかさぶたは小さくなっています。\nすねの傷も治ってきました。"), ""),
    ("nourg", _FRAME.format("左片麻痺があり、左手が利かないので、着替えは介助しています。"), ""),
    ("nourg", _FRAME.format("既往：脳梗塞（H28）。左手が利かないため、食事は右手で介助しています。"), ""),
    ("nofind", "前日21時に話した時は相変わらずだった。", "相変わらず"),
    ("nofind", "介護者である長女の疲れが溜まっており、ショートステイの利用を検討しています。", "疲れ"),
    ("nofind", "次回の往診はいつ頃ですかね。", "ですかね"),
    ("nofind", "診断名は肺炎ですかね、とご家族に聞かれました。", "ですかね"),
    ("nofind", "痰がでないけ、吸引しよります。", "でないけ"),
    ("nofind", "数時間おきに巡視しています。", "おき"),
    ("req", "〇〇先生\n山田様の件でご相談です。\nお願い：\n・11/20の往診時に湿布を処方いただきました。\n・往診いただけるとのこと、ありがとうございます。", "none"),
    ("nofind", "ご家族も安心されるものと存じます。", "ものと存じます"),
    ("nofind", "お忙しいところ恐縮ですが、それほどお時間はとらせません。", "それほど"),
    ("nomiss", "表情にこわばりがみられます。", "time"),
    ("nomiss", "緊張のためか、体がこわばっていました。", "time"),
    ("nofind", "リハビリにしんけんで取り組まれています。", "しんけん"),
    ("nofind", "お孫さんが来られて、ほっこりされていました。", "ほっこり"),
    # the second review (rounds 3–4): a resident who tells the staff is a source, not the one whose state it is
    ("urg", "佐藤先生\n山田様の件です。\n同じフロアの方が、昼食後に急に胸が痛いと訴えていると職員に伝えてくれました。\n至急往診をお願いします。", "any"),
    ("urg", "佐藤先生\n山田様のことでご連絡です。\n同じテーブルの方が、今朝から山田様の右手に力が入らないと職員に知らせてくれました。\n往診をお願いできますか。", "any"),
    # 居宅 names the writer's office only as 居宅＋name＋です
    ("find", "佐藤先生\n居宅に戻られてから、最近元気がないです。\nよろしくお願いします。", "最近"),
    ("find", "山田花子様について\n居宅介護支援事業所ながつら 武山です。\n居宅での入浴は最近ほとんどされていないです。\nご相談させてください。", "ほとんど"),
    ("miss", "看護師さんに足のむくみの具合を見てもらいました。", "time"),
    ("miss", "病院では足のむくみを診てもらえないと言っています。", "time"),
    ("nofind", "主治医より肺炎が疑われるため抗生剤が処方されました。", "疑われる"),
    ("nofind", "昨日から息苦しい感あり。", "感あり"),
    ("nofind", "早い目の受診をお願いします。", "早い目"),
    ("req", "佐藤先生\n最近、夜眠れないようです。\nご家族は、ご本人にもう少し元気出してほしいと話されています。", "vague"),
    ("nofind", "水分は複数回に分けて摂っていただいています。", "複数回"),
    ("nofind", "ご家族のお気持ちを察するに余りあります。", "察する"),
    ("nofind", "数歩歩くと息切れがあります。", "数歩"),
    ("find", "佐藤先生\n居宅訪問時 最近元気なし\n受診の要否をご指示ください。", "最近"),
]


@pytest.mark.parametrize("kind,text,want", _REVIEW24)
def test_the_session24_review_cases(checker, kind, text, want):
    """The session 24 review's inputs: the new sharing of a lesion's figures, the signature line, the scene's date and
    the new entries stay as narrow as their notes say (a different site, a carer's fatigue, a scheduling question)."""
    test_the_session23_review_cases(checker, kind, text, want)


@pytest.mark.parametrize("text", ["たぶん落ちてると思います。", "ひょっとしたら転倒を怖がってるのかもしれません。",
                                  "おそらく水分摂取が不十分なんだろうと思います。"])
def test_a_guessing_adverb_and_the_guess_that_closes_its_clause_are_two_findings_and_one_entry(text):
    # batch 67: the writers mark both (たぶん … と思う); the text output reads them as one entry
    import vaguecheck
    from vaguecheck._output import phrase_groups

    findings = [f for f in vaguecheck.check(text).findings if f.category == "inference"]
    assert len(findings) == 2, findings
    groups = phrase_groups(list(vaguecheck.check(text).findings), text)
    assert any(all(f in g for f in findings) for g in groups)
    # a guess right after another (かもしれないと思います) stays one finding
    assert len([f for f in vaguecheck.check("転倒したかもしれないと思います。").findings if f.category == "inference"]) == 1


def test_a_clinicians_words_named_first_end_where_the_patient_is_the_topic_again():
    # batch 67: after 本人は the writer's own again; the session 25 review: not at 本人の, nor at a contrast inside the
    # clinician's words
    import vaguecheck

    both = "主治医より、血圧が少し高いとのことですが、本人は最近よく眠れていないようです。"
    assert {f.text for f in vaguecheck.check(both).findings} == {"最近", "ようです"}
    for said in ["主治医より、本人の腎機能はやや低下しているとのことでした。",
                 "主治医より、大きな問題はないが、しばらくは少し様子を見て、水分を多めに摂るようにとのことでした。"]:
        assert not vaguecheck.check(said).findings, said
    # a clinician named with が and a comma is no source: the writer's later clause is theirs (the session 25 review)
    assert {"元気がない", "ようです"} <= {f.text for f in vaguecheck.check("主治医が、昨日往診され、その後なんとなく元気がないようです。").findings}


_H = "山田様の件でご報告です。\n"


@pytest.mark.parametrize(("text", "want"), [
    # 1. another person's own red flag or symptom, told with a verb of saying, stays theirs
    (_H + "同居のご主人の具合が悪く、胸が苦しいと言っていました。\nご本人はお変わりありません。\n", {"urgent": False}),
    (_H + "主介護者の奥様が、右手に力が入らないと話されていました。\n奥様は本日受診されるそうです。\n", {"urgent": False}),
    (_H + "同じデイの利用者さんが、急に胸が痛いと言っていました。\nご指示ください。\n", {"urgent": False}),
    # 2-3. a plan, a signature's hours or another thing's count below a summary line tell nothing of it
    ("佐藤先生\n山田様の元気がなく、表情も暗いためご相談です。\n受診の要否をご指示ください。\nケアプランセンターあおば 山田（平日9時〜17時）",
     {"rules": {"VC101"}}),
    ("佐藤先生\n【ご相談】夜間の不穏が増えており、落ち着きがありません。\n次回受診は12月5日です。\nご指示ください。\n", {"rules": {"VC102"}}),
    ("佐藤先生\n【結論】咳が出ています。\n・デイサービスは週3回利用されています。\n・次回受診 12/5 10時\nご指示をお願いします。\n",
     {"rules": {"VC601"}}),
    # 5. a bracketed name opening a content line is no addressee line
    ("佐藤先生\n【山田様】昨夜から元気がなく、食欲もあまりありません。\n受診の要否をご指示ください。\n", {"rules": {"VC101"}}),
    # 6. a red flag told as settled still needs the call
    (_H + "昨夜の胸痛は落ち着いています。\n今後の対応についてご指示ください。\n", {"urgent": True}),
    # 8. a sender's label with the report's words on its line is read
    ("報告者：訪問介護 田中 昨夜からなんとなく元気がなく、咳が出ています。\n佐藤先生\n受診が必要かご指示ください。\n", {"rules": {"VC101"}}),
    # 10-15. new entries in the wrong sense
    ("多発脳梗塞の既往があります。", {"none": True}),
    ("10月以前と比べて、食事量は5割に減っています。", {"absent": {"VC301"}}),
    ("錠剤の割り方を薬局で確認しました。", {"none": True}),
    ("大半の方が参加されています。", {"none": True}),
    ("傷口から血がじわじわ滲んでいます。", {"absent": {"VC502"}}),
    # 13. phoned: nothing else asks when the black stool began
    (_H + "黒っぽい便が出ました。\n先ほど主治医にお電話で報告済みです。\n今後の対応についてご指示をお願いします。\n", {"rules": {"VC601"}}),
    # 14. 〜やすくなる is a change, read
    ("1週間前から痰が出やすくなっています。", {"rules": {"VC602"}}),
    # 18. a record's line that ends in a person is no title
    ("佐藤先生\n本日朝から右半身の麻痺、発見者は同居の長女さん\n至急ご指示ください。\n", {"urgent": True}),
])
def test_the_session25_review_cases(text, want):
    _review_case(text, want)


_G26 = "佐藤先生\nいつもお世話になっております。\n"


@pytest.mark.parametrize(("text", "want"), [
    # H1. the family's burden is theirs; what follows it in the sentence is still the patient's
    (_G26 + "ご家族の疲れもあり、昨夜転倒して頭を打ち、今朝2回吐いています。ご指示ください。", {"urgent": True}),
    (_G26 + "ご家族のストレスも強い中、今朝から右手足に力が入らず、ろれつも回りません。救急搬送を検討しています。", {"urgent": True}),
    ("家族の不安として、ここ数日の食欲低下があります。", {"rules": {"VC301"}}),
    ("ご家族の疲労が強く、ショートステイの利用を増やす調整をしています。", {"none": True}),
    # H2. a bracketed reason for what is done today reports the symptom now
    (_G26 + "本日10時、救急要請しました（意識消失のため）。ご報告します。", {"urgent": True}),
    (_G26 + "今朝から食事中止（吐血のため）。往診をお願いできますか。", {"urgent": True}),
    # H3. a later item's なし is its own: a resolution's negation does not cancel it
    (_G26 + "咳止まらず胸痛なし。SpO2 97%。ご報告まで。", {"urgent": False}),
    (_G26 + "しゃっくりが止まらず嘔吐なし、水分摂れず。ご報告まで。", {"urgent": False}),
    (_G26 + "昨日の夕方から下痢が止まりません。水分はお茶を少しだけ。\n受診の要否をご指示ください。", {"urgent": True}),
    # H4. a drink at bedtime is not the day's fluid
    (_G26 + "昨日下痢が1回ありました。水分は1日1000ml摂れており、寝る前にお茶を少しだけ飲まれます。ご報告まで。", {"urgent": False}),
    (_G26 + "昨日下痢が1回ありました。水分は十分、少しだけ食事量が減っています。ご報告まで。", {"urgent": False}),
    # M3. a change in the patient is no apology for the letter
    ("反応が少し遅くなりますが、会話はできます。", {"rules": {"VC501"}}),
    ("少し長くなりますが、ご確認ください。", {"none": True}),
    # M4. a complaint repeated is asked how often; words repeated are not
    ("夜間、「胸が苦しい」と繰り返し訴えられます。", {"rules": {"VC401"}}),
    ("昨夜は22時から2時まで「家に帰る」と繰り返し話されました。", {"none": True}),
    # M5. 目が回るほど忙しい is an idiom
    ("目が回るほど忙しい毎日だと奥様は話されます。", {"none": True}),
    # M6. a letter's courtesy is no hedge
    ("ご家族にもご心配をおかけしていると存じます。", {"none": True}),
    ("紹介状はすでに届いていると存じます。", {"none": True}),
    # M1. あと、お願いなんですが adds an ask at the end: the purpose is still not stated first
    (_G26 + "11月20日から夜間の咳が続いています。食事は主食5割です。体温は36.8℃です。あと、お願いなんですが、次回の処方で湿布も出していただけますか。",
     {"rules": {"VC701"}}),
    # M7. a choice named (いずれか) is a question put; 何か is not
    (_G26 + "11月20日から夜間の咳が続いています。A案とB案のいずれかでご検討いただけますか。", {"absent": {"VC702"}}),
    # L1, L3, L4, L5, L6, L11
    ("一回り大きいサイズの靴に替えました。", {"none": True}),
    ("ご家族と盛んに話されていました。", {"none": True}),
    ("お薬のせいかどうか、ご判断いただけますか。", {"none": True}),
    ("咳止めの処方をご検討いただけないかと。", {"none": True}),
    ("幼少期に喘息様気管支炎の既往があります。", {"none": True}),
    ("前から話すと疲れると言われます。", {"rules": {"VC301"}}),
])
def test_the_session26_review_cases(text, want):
    """The session 26 review's inputs (its findings H1–H4, M1, M3–M7 and some lows), each as its reviewer expected."""
    _review_case(text, want)


def _finds_words(checker, text: str, found: list[str], also: tuple[str, ...] = ()) -> None:
    """The vague-wording findings (and those of the categories ``also``) of ``text``: each word of ``found`` lies in one of
    them, and none is given when ``found`` is empty."""
    got = [f.text for f in checker.check(text).findings if f.category in VAGUE_CATEGORIES or f.category in also]
    assert all(any(w in t for t in got) for w in found) and (found or not got), got


def _review_case(text, want):
    """A review's input checked as its reviewer expected: ``urgent`` (a red flag or none), ``rules`` (fired), ``absent``
    (not fired), ``none`` (no finding at all)."""
    report = vaguecheck.check(text)
    rules = {f.rule for f in report.findings}
    if "urgent" in want:
        assert bool(report.outline.urgent) == want["urgent"], report.outline.urgent
    if "rules" in want:
        assert want["rules"] <= rules, rules
    if "absent" in want:
        assert not want["absent"] & rules, rules
    if "none" in want:
        assert not report.findings, report.findings




@pytest.mark.parametrize(("text", "asked"), [
    ("皮膚科の先生より、軽度の皮脂欠乏性湿疹とのご所見をいただいております。", False),  # batch 73: graded by the clinician
    ("主治医の先生から、むくみは軽度だって言われたんだ。", False),  # batch 72
    # やや is no grade: it is as often the writer's own (the session 27 review), so this one is still asked
    ("循環器科にて、心不全はやや悪化傾向にあるとの説明があったと伺っております。", True),
    ("主治医より、湿布で様子をみるようにとのことでしたが、腰の痛みがやや強くなっています。", True),  # after a contrast
    ("皮膚科の先生より、湿疹があるとのご所見をいただいております。", True),  # not graded: still asked since when
    ("主治医の先生から、軽い脱水と言われましたが、むくみも出てきています。", True),  # the writer's own observation after it
])
def test_a_finding_the_clinician_graded_is_a_diagnosis(checker, text, asked):
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing")]
    assert bool(missing) == asked, missing


@pytest.mark.parametrize(("text", "kept"), [
    ("デイの送迎の時間も少し変わりました。", []),  # blind94: the service's schedule
    ("お正月は息子さんのところで過ごす予定みたいです。", []),  # the family's plans
    ("それと電動ベッドのレンタルで意見書に書いてもらう必要あるかもです。", []),  # paperwork
    ("住宅改修の後から少しふらつきがあるようです。", ["少し", "ようです"]),  # a symptom in the same stretch
    ("段差でつまずくことも多いので、住宅改修を検討しています。", ["ことも多い"]),  # another clause, before a comma
    ("福祉用具の担当者から、立ち上がりがつらそうだったと聞きました。", ["つらそう"]),  # a supplier saw it: no aside
])
def test_an_aside_about_the_service_or_paperwork_asks_nothing(checker, text, kept):
    vague = [f.text for f in checker.check(text).findings if not f.category.startswith("missing")]
    assert all(any(w in t for t in vague) for w in kept) and (kept or not vague), vague


@pytest.mark.parametrize(("answer", "urgent"), [
    ("「別にこわくねぇよ、だいじだ」", False),  # blind95 b95-03: the person's words deny it (Ibaraki こわい, だいじ)
    ("「苦しくて眠れん」", True),  # the person's words tell it
    ("「夜中に苦しゅうて起きる」", True),
    ("「全然治まらないのよ」", True),  # a verb's negation tells the sign (治まらない), only an adjective's denies it
])
def test_a_red_flag_asked_about_and_answered_in_the_persons_words(checker, answer, urgent):
    text = f"小松崎様の足のむくみについてご相談です。\n息苦しさについて本人は{answer}と言っています。\n利尿剤の調整が必要かどうかご指示いただけますか。"
    assert ("VC703" in [f.rule for f in checker.check(text).findings]) == urgent


def test_readings_month_by_month_date_the_change_they_sum(checker):
    # blind95 b95-40: the purpose names the weight loss, the next line gives it month by month
    text = "\n".join(["先生", "ケアマネの長島です。", "木村様の体重が減ってきているのでご相談です。",
                      "デイでの測定で、6月48kg、7月46.5kg、8月45kgでした。", "次の受診のときに血液検査をしてもらうことはできますか。"])
    assert not [f for f in checker.check(text).findings if f.category.startswith("missing")]
    one = text.replace("6月48kg、7月46.5kg、8月45kg", "45kg")
    assert [f for f in checker.check(one).findings if f.category.startswith("missing")]


@pytest.mark.parametrize(("text", "found"), [
    # an aside's stretch that also tells the person's state keeps its findings
    ("ベッドの高さが合わないのか立ち上がりが少しつらそうです。", ["つらそう"]),
    ("認知症が進んでいるようなので区分変更の申請をしたいと思います。", ["認知症が進んでいる"]),
    # a dated item with no red flag dates nothing after it
    ("〇〇クリニック 佐藤先生\nケアマネの田中です。受診についてご相談です。\n・10/20からレンドルミン開始。\n・食事は8割程度。\n"
     "・ご本人「胸が苦しい」と言われています。\n\n受診が必要か、至急ご連絡をお願いします。", ["胸が苦しい"]),
    ("〇〇クリニック 佐藤先生\nケアマネの田中です。受診についてご相談です。\n用件：本日の往診についてのご相談です。\n・内服：アムロジピン\n"
     "・食事は普段どおりです。\n・胸が締め付けられると訴えています。\n\n受診が必要か、至急ご連絡をお願いします。", ["胸が締め付けられる"]),
    # courtesy, not a hedge
    ("先生もすでにお聞きになったと存じますが、来月から担当が変わります。", []),
    ("ご家族からもお話がうかがえました。", []),
    # 軽度 after an onset is still a degree; 帰宅願望 after an onset alone is still a label
    ("昨日から軽度の浮腫があります。", ["軽度"]),
    ("昨日から帰宅願望が強いです。", ["帰宅願望"]),
    ("眠剤を2錠に増やしてから歩行が不安定です。", ["歩行が不安定"]),
    # cold skin is a finding, not a fright; 持ってげ is Tohoku's 持って行け
    ("手足がひやっとしています。", []),
    ("持ってげと言われて荷物を渡しました。", []),
    # 〜との判断 is anyone's; a plan names no source
    ("次回の先生の診察では、最近のふらつきが少し増えていることもご相談したいです。", ["最近", "少し"]),
])
def test_the_session27_review_cases(checker, text, found):
    _finds_words(checker, text, found, also=("urgency",))


@pytest.mark.parametrize("text", [
    "インスリン自己注射中。意識は問題なく、会話もできます。\n家族と同居しています。\nよろしくお願いします。",
    "インスリン朝8単位。意識レベルは清明です。\n家族と同居しています。\nよろしくお願いします。",
    "頓服の睡眠薬が効かず、夜間2時まで起きていました。腰の痛みは落ち着いています。\n家族と同居しています。\nよろしくお願いします。",
])
def test_the_session27_review_calm_reports(checker, text):
    assert "VC703" not in [f.rule for f in checker.check(text).findings]


@pytest.mark.parametrize(("text", "found"), [
    # a section's name in brackets is no claim (blind96 b96-40); the vague word in the section's text still is
    ("【最近の状態】食事は1日2〜3割、水分は1日約500ml。", []),
    ("【最近の状態】\n食事は1日2〜3割です。", []),
    ("・【最近の様子】トイレまで歩かれています。", []),
    ("【経過】最近、食事量が減っています。", ["最近"]),
    ("最近の状態です。", ["最近"]),
])
def test_a_section_heading_in_brackets_is_no_vague_wording(checker, text, found):
    _finds_words(checker, text, found)


@pytest.mark.parametrize(("ask", "state"), [
    ("今日診ていただけないでしょうか。", "clear"),  # blind96 b96-17: examine, today
    ("今日のインスリンをどうしたらいいか教えてください。", "clear"),  # b96-56: the medicine named before どうしたら
    ("どうしたらいいか教えてください。", "vague"),  # nothing named
    ("今後の生活をどうしたらいいか教えてください。", "vague"),  # not a medicine or an action
])
def test_an_ask_that_names_the_examination_or_the_medicine_is_clear(checker, ask, state):
    text = f"片岡さんのことでご相談です。\n今朝の血糖は52mg/dLでした。\n{ask}"
    assert checker.check(text).outline.request == state


def test_a_conclusion_sums_up_the_lines_under_their_own_bracketed_labels(checker):
    # blind96 b96-22: 【結論】…大きな問題なく経過しています。 with the week's figures on the 【…】 lines below it
    text = "\n".join([
        "本メールは、退院後のサービス開始状況のご報告です。ご返信は不要です。",
        "【結論】11/11の退院後、予定どおり在宅サービスを開始し、大きな問題なく経過しています。",
        "【退院後1週間の状況（11/11〜11/17）】体温36.2〜36.8℃、血圧124〜138/70〜80。食事摂取は毎食7〜8割。",
    ])
    assert "VC103" not in [f.rule for f in checker.check(text).findings]
    alone = text.replace("【退院後1週間の状況（11/11〜11/17）】体温36.2〜36.8℃、血圧124〜138/70〜80。食事摂取は毎食7〜8割。",
                         "次回の訪問診療に同席予定です。")
    assert "VC103" in [f.rule for f in checker.check(alone).findings]


@pytest.mark.parametrize(("text", "flagged"), [
    ("今朝トイレで立ち上がったときに目の前が真っ暗になり、座り込まれました。", False),  # blind96 b96-29: no degree
    ("顔色が真っ青になりました。", False),
    ("声が小さくなりました。", True),  # a change told without its size
])
def test_a_state_with_no_degree_is_no_change_without_its_size(checker, text, flagged):
    assert ("change-adjective" in {f.entry for f in checker.check(text).findings}) == flagged


@pytest.mark.parametrize(("text", "found"), [
    # colours a sign is told by keep their findings (a pseudo item hid the bleeding's)
    ("便が真っ黒になりました。", ["便が真っ黒"]),
    # courtesy, negation and another's belief are no hedge
    ("ご多忙とは思いますが、ご返信いただけますと幸いです。", []),
    ("すでにお聞き及びとは思いますが、入院されました。", []),
    ("認知症とは思えないほどしっかりされています。", []),
    ("鉄剤の影響とは思いますが、念のためご報告いたします。", ["とは思います"]),
    # 〜のか、 before a check, an ask or a worry asks; a guessed cause stays a guess
    ("受診が必要なのか、教えていただけますか。", []),
    ("本当に食べているのか、ヘルパーに確認します。", []),
    ("このまま様子見で大丈夫なのか、心配です。", []),
    ("寂しいのか、何度も電話をかけてこられます。", ["寂しいのか", "何度も"]),
    ("認知症の進行なのか、このところ同じことを何度も尋ねるようになりました。", ["このところ", "何度も"]),  # batch 37
    # a plan or a service's change is no onset
    ("12月の初め頃から入院予定です。", []),
    ("今月に入ってから訪問看護を週2回に増やしました。", []),
    # a likeness to a time past, examples of symptoms, a movement, a routine
    ("先月のような状態にはなっていません。", []),
    ("階段を上がったり下がったりする練習をしています。", []),
    ("ほぼ毎回の受診にご長男が同行されます。", []),
    ("脳梗塞のような症状が出ています。", ["脳梗塞のような症状"]),
    # a bracketed clause is no heading; a heading after a BOM or a number is
    ("［最近、転倒が増えています］", ["最近"]),
    ("\ufeff【最近の状態】食事は1日2割です。", []),
    ("1.【最近の状態】食事は1日2割です。", []),
])
def test_the_session28_review_cases(checker, text, found):
    _finds_words(checker, text, found, also=("missing-time",))


def test_a_statement_that_no_one_can_look_is_no_ask(checker):
    text = "佐藤さんのことでご相談です。\n熱は37.5℃です。\n独居のため夜は誰にも見ていただけないです。"
    assert checker.check(text).outline.request != "clear"


@pytest.mark.parametrize(("text", "found"), [
    # batch 76's clean sentences: the clinician's finding or instruction, a greeting, the wife's own state
    ("令和6年3月の検査で、軽度の腎機能低下を指摘されております。", []),
    ("訪問看護師より、主治医の指示で様子観察とする旨の連絡を受けております。", []),
    ("主治医の先生が、ちょっと貧血気味やて言うてはったで。", []),
    ("寒さが日ごとに厳しくなってまいりましたが、先生におかれましてはお変わりなくお過ごしのことと存じます。", []),
    ("介護者の奥様ご自身が、最近腰を痛めて整形外科に通われています。", []),
    # the writer's own clause before the clinician's finding, and the patient after the wife's, are still asked
    ("最近ふらつきがあり、先月の健診で貧血を指摘されています。", ["最近"]),
    ("奥様ご自身は、最近お元気ですが、ご本人は最近食欲がありません。", ["最近"]),
])
def test_the_clinicians_finding_and_the_wifes_own_state(checker, text, found):
    _finds_words(checker, text, found)


@pytest.mark.parametrize(("text", "found"), [
    # a list item joined by の whose noun UniDic reads as a verb (声の|かすれ) still shares the list's なし (blind92);
    # は + なし read as the suffix 放し (かすれ|はなし) is the record's none
    ("息苦しさ・声のかすれ・喉の違和感はなし。SpO2 97%。", []),
    ("発熱・皮膚のめくれ・痛みはありません。", []),
    ("咳・声のかすれがあります。", ["咳"]),
    # a date before 以前 is a date (傾眠が2/3以前の週1回から、ほぼ毎日に増えています: blind97), not two thirds
    ("・日中：デイ職員の記録では、午前中の傾眠が2/3以前の週1回から、ほぼ毎日に増えています。", []),
    ("食事は2/3程度です。", []),
    # a wound told healed asks nothing; one not healed still asks its size
    ("右踵の褥瘡が治癒しました。", []),
    ("褥瘡はまだ治癒していません。", ["褥瘡"]),
    # the clinician's account of a symptom's cause (batch 77); the writer's own account is still asked
    ("主治医より、膝の痛みは変形性膝関節症によるもので、当面は湿布と内服で対応するとのことでした。", []),
    ("膝の痛みは変形性膝関節症によるものと思います。", ["痛み", "と思います"]),
    # the session 29 review's cases: each kept or mended as its reviewer expected
    ("息苦しさ・声のかすれはなし。", []),
    ("転倒のはなしを娘さんから聞きました。", ["転倒"]),
    ("仙骨部の褥瘡は治癒に向かっています。", ["褥瘡"]),
    ("褥瘡が治癒するまで入浴は控えます。", ["褥瘡"]),
    ("褥瘡は完全に治癒しました。", []),
    ("主治医より、膝の痛みは原因がわからないとのことでした。", ["痛み"]),
    ("夜中にトイレに行こうとして転びそうになる、そういうこともあります。", ["こともあります"]),
    ("ほぼ同じ量を残されています。", ["ほぼ"]),
    ("なんか足のむくむ感じがするって。", ["むくむ"]),
    ("全体的に穏やかに過ごされています。", []),
])
def test_the_session29_cases(checker, text, found):
    _finds_words(checker, text, found, also=("missing-time", "missing-quantity", "missing-frequency", "missing-location"))


def test_an_impression_on_the_conclusions_line_is_told_by_the_course_below(checker):
    # blind98: 【結論】…混乱した様子です with the basis listed under 【経過】 (the physician: "already given")
    text = ("【目的】発熱と意識の変化についてのご報告と、往診のご依頼です。\n"
            "【結論】本日朝から39.1℃の発熱があり、呼びかけへの返事がちぐはぐで、普段と違う混乱した様子です。\n"
            "【経過】\n・11/12 8:00：訪問介護員が訪問時39.1℃、「ここはどこだ」と繰り返す。\n"
            "【お願い】本日中の往診が可能かどうか、ご判断をお願いいたします。")
    assert not [f for f in checker.check(text).findings if f.text.endswith("様子です")]
    # with nothing listed below, the impression is still asked for its basis
    alone = "【目的】ご報告です。\n【結論】普段と違う混乱した様子です。\n往診をお願いいたします。"
    assert [f for f in checker.check(alone).findings if "様子" in f.text]


def test_an_ask_put_off_to_another_time_is_no_second_matter(checker):
    # blind98: the one ask now, and 便秘 put off to another time (また今度相談させてください)
    head = ("高谷 フミ様（エリキュース内服中）\n昨日11/13の夜、トイレで転倒し、額を柱にぶつけたそうです。\n"
            "9時半にクリニックへ電話して看護師さんに伝えてあります。\n受診が必要かどうか、先生のご判断をお願いします。\n")
    assert checker.check(head + "あと、最近便秘気味なのでそれもまた今度相談させてください。").outline.request == "clear"
    # asked now, it is a second matter in no order
    assert checker.check(head + "あと、便秘薬を出していただけますか。").outline.request == "unordered"


def test_a_feeling_at_a_situation_watched_is_no_chest_pain(checker):
    tail = "\n食事は全量です。\n以上です。"
    assert not checker.check("長女様は「母が日に日に弱っていくのを見ていて胸が痛む」と話されていました。" + tail).outline.urgent
    assert checker.check("テレビを見ていて急に胸が痛くなったそうです。" + tail).outline.urgent


def test_whom_a_message_is_about_is_no_purpose(checker):
    # blind99: 〜の件でご連絡です names whom the message is about, not whether it is a 報告, 相談 or 依頼
    body = "\n同居の奥様が昨日から38℃の熱があります。\nショートステイ利用にあたって、診療情報提供書をお願いできますでしょうか。"
    assert checker.check("林様の件でご連絡です。" + body).outline.purpose is None
    assert checker.check("林様のショートステイについてのご連絡です。" + body).outline.purpose is not None
    # a matter named before の件 is a purpose (blind29)
    assert checker.check("住宅改修の件でご連絡です。" + body).outline.purpose is not None


@pytest.mark.parametrize(("text", "asked"), [
    # a sign told with an episode at a clock time in the sentence before, in a record's あり or in the past, went with it
    # (blind97's and blind99's physicians: "the cold sweat clearly went with the morning chest pain")
    ("・6:00頃 トイレから戻った後、前胸部の締めつけと左肩への痛み。冷や汗あり。", False),
    ("今朝8時ごろから胸が締めつけられるように痛いと訴えがあり、10分くらい続いたそうです。\n"
     "今は少し落ち着いているとのことですが、冷や汗もかいていたとヘルパーから聞きました。", False),
    # a state told now beside a dated one, and a sign after an undated sentence, are still asked since when
    ("12/1 9時に発熱37.8℃。めまいもあります。", True),
    ("昨日は咳があった。冷や汗あり。", True),
])
def test_a_sign_told_with_a_clocked_episode_is_dated_by_it(checker, text, asked):
    found = [f for f in checker.check(text).findings if "time" in f.missing and f.text in ("冷や汗", "めまい")]
    assert bool(found) == asked, found


@pytest.mark.parametrize("text", [
    # the session 29 review: a sudden sign while watching is a red flag, whatever the watching
    "ご本人は孫が遊んでいるのを見ていて急に胸が痛いと言い出されました。",
    "娘さんが歩くのを見ていて急に倒れて意識がなくなったとのことです。",
    "食事をしているのを見ていて急に呼びかけに反応しなくなりました。",
])
def test_a_sudden_sign_while_watching_is_still_a_red_flag(checker, text):
    assert checker.check(text + "\n食事は全量です。\n以上です。").outline.urgent


@pytest.mark.parametrize(("text", "dated"), [
    ("傾眠が2/3以前の週1回から増えた。", True),  # a date before 以前の (blind97)
    ("2/3以前は週1回でした。", True),
    ("食事量は2/3以前より減っています。", False),  # two thirds, as likely as a date: not read (the session 29 review)
])
def test_a_date_before_izen(checker, text, dated):
    assert any(el.kind == "time" and el.text.startswith("2/3") for el in checker.check(text).elements) == dated


@pytest.mark.parametrize(("text", "words"), [
    # session 30 (batch 79): a relative named with が who acts in a clause that qualifies a noun (ご家族が用意したお食事を)
    # made something; what follows the noun is the patient's own state, still read
    ("ご家族が用意したお食事を半分も召し上がらない日が続いており、水分もあまりとられていないため、ここ数日は尿の色も濃くなっている印象がございます。",
     {"あまり", "ここ数日"}),
    ("奥様が作ったおかゆを少し残されました。", {"少し"}),
    # the object may be a noun phrase joined by の (batch 25); while the person is out (日中, 夜間) the patient is the news
    ("ご家族が毎朝測っておられる11月分の血圧の記録を拝見しますと、日によって差が大きく、立ちくらみもあるようです。", {"ようです"}),
    ("奥様が仕事に出られている日中はテレビの前でウトウトされていることが多いです。", {"ことが多い"}),
    # a contrast ものの that UniDic reads as 物|の (batch 66)
    ("長男様が出勤前に声かけをしてくださっているものの、時折シートに錠剤が残っています。", {"時折"}),
])
def test_a_relative_who_made_something_does_not_own_the_patients_state(checker, text, words):
    assert words <= {f.text for f in checker.check(text).findings}


@pytest.mark.parametrize("text", [
    # the relative's own state, told with a noun that says how it seems (疲れた感じ), or a place, stays theirs
    "奥様が少し疲れた感じです。",
    "奥様が入院している病院は遠く、面会は週1回です。",
    "娘さんが最近少し疲れているようです。",
    # a noun in a later clause (batch 64), and UniDic's noun そう of hearsay (blind31), end nothing
    "娘さんご自身が少し体調を崩されていて、今月は来られる回数が減っています。",
    "娘さんがインフルエンザになったそうで熱が39度あって大変みたいです。",
    # a noun the relative's clause qualifies that is a subject, not a thing the patient takes (the session 30 review)
    "娘さんが勤めている会社が最近忙しく、来られる回数が減っています。",
])
def test_a_relatives_own_state_stays_theirs(checker, text):
    assert not checker.check(text).findings


@pytest.mark.parametrize(("text", "graded"), [
    # session 30 (blind100): a grade on a named scale is the quantity (息切れ（修正MRC）：グレード3)
    ("・息切れ（修正MRC）：グレード3のまま。", True),
    ("息切れはMRCグレード3です。", True),
    ("息切れがあります。", False),
])
def test_a_grade_on_a_scale_is_a_quantity(checker, text, graded):
    report = checker.check(text)
    assert any(el.kind == "quantity" and "グレード" in el.text for el in report.elements) == graded
    assert any("quantity" in f.missing for f in report.findings) != graded


HEADER = "さくら内科 佐藤先生\nいつもお世話になっております。\n山田様の件です。\n"


@pytest.mark.parametrize(("ask", "state"), [
    # session 30 (blind100): a question the writer quotes and goes on from asks nothing of the physician
    ("ショートとか増やした方がいいんだべかって話もしてで、どうしたもんだかと思って。", "none"),
    ("先生のご都合いかがでしょうか…ってこれは連携室さんに聞けばいいですよね、すみません。", "none"),
    # a question put plainly, or a polite ask put as a thought, still asks
    ("先生のご都合はいかがでしょうか。", "clear"),
    ("往診していただけないかと思いまして。", "clear"),
    # a question that asks leave, put as a thought, still asks (the session 30 review)
    ("痛み止めを増やしてもいいのでしょうかと思いまして、ご相談です。", "clear"),
])
def test_a_quoted_question_is_no_request(checker, ask, state):
    assert _request_state(checker, ask) == state


def _request_state(checker, ask: str) -> str:
    """The outline's request state of a short letter about a cough that ends with ``ask``."""
    return checker.check(HEADER + "昨日から咳が出ています（37.2℃）。\n" + ask).outline.request


@pytest.mark.parametrize(("line", "urgent"), [
    # session 30 (blind101): one event with its subject denied whole by 〜ことはなく, and a list by 〜とか closed by という
    ("急に力が入らなくなることはなく、歩行もいつも通りです。", False),
    ("急に力が入らなくなるとか、片側だけということはなく、歩行もいつも通りです。", False),
    ("急に胸が痛くなるとか、息が苦しいということがあります。", True),   # not denied
    ("胸が痛くて救急車を呼ぶようなことはありません。", True),  # a clause between: the pain is told
    # the session 30 review: a continuative form going on to another predicate, and a question, deny nothing of the sign
    ("今朝から胸が痛く救急車を呼ぶようなことはありませんが、横になっています。", True),
    ("今朝から呼びかけへの反応が鈍くなり受診することはないとのことです。", True),
    ("今朝急に意識を失い救急車を呼ぶことはなかったです。", True),
    ("急に右手に力が入らなくなることはないですか。", True),
    ("急に力が入らなくなるとか、ろれつが回らないといったことはなく、歩行もいつも通りです。", False),
    # a change told (変わりました, 変化あり) is a new onset of a sequel; 今朝の…のことで、胸が痛むと言って is chest pain
    ("以前から胸が痛むことがありますが、昨夜から痛み方が変わりました。", True),
    ("右手の麻痺は以前からですが、本日変化あり、力が入りません。", True),
    ("今朝の散歩中のことで、胸が痛むと言ってしゃがみ込まれたそうです。", True),
    # a matter that pains the writer (〜のことで、ちょっと胸が痛む), not the idiom's look-alike 胸が痛い
    ("今回は、大野さんのお宅のことで、ちょっと胸が痛むことがありまして。", False),
    ("お風呂のことで、胸が痛いと言われました。", True),
    # a sequel told with 今日も…変わりありません: 今日 dates no new onset (blind19)
    ("ろれつが回りにくいのは2019年の脳梗塞のあとからで、今日も前回の訪問時と変わりありませんでした。", False),
    ("ろれつが回りにくいのは今朝からです。", True),
    # new words (blind101): 回りにくい, 血の混じったものを吐く, 真っ黒い便, 胸が重苦しい
    ("ご本人が洗面器に血の混じったものを吐いていたとのことです。", True),
    ("おとといあたりから真っ黒い便が出てるんだって。", True),
    ("朝方から胸が重苦しいそうです。", True),
    ("一昨年に意識を失って救急搬送されたことがございましたが、その後はお変わりなく過ごされております。", False),
])
def test_session30_red_flags(checker, line, urgent):
    text = "さくら内科 佐藤先生\nいつもお世話になっております。\n" + line + "\nよろしくお願いします。"
    found = checker.check(text).outline.urgent
    assert bool(found) == urgent, found


@pytest.mark.parametrize(("opening", "purpose"), [
    # 〜様のことでご連絡です names whom, as 〜様の件でご連絡です does (blind101); 〜したら tells what happened then
    ("中野 義男様のことでご連絡です。", False),
    ("受診の時に先生から説明があったことをお伝えしたら、安心されていました。", False),
    ("モニタリング結果送付します。", True),
    ("先ほどお電話でお伝えした、菊地様の転倒の件、記録として送ります。", True),
    ("早坂様の黒い便について、鉄剤によるものとして経過をみてよいかのご確認です。", True),
])
def test_session30_purpose(checker, opening, purpose):
    text = "さくら内科 佐藤先生\n" + opening + "\n昨日から咳が出ています（37.2℃）。\n食事は8割です。"
    assert (checker.check(text).outline.purpose is not None) == purpose


@pytest.mark.parametrize(("ask", "state"), [
    # an ask put off to the next visit asks nothing of this letter (blind101)
    ("次回受診が7月8日なので、その時にご相談させていただければと思います。", "none"),
    ("次回受診の時にご相談させていただければと思います。", "none"),
    # a relayed wish in record style asks (blind100); told as news (希望されています) it does not
    ("・長男より次回受診日変更希望（平日不可）。", "clear"),
    ("ご家族より6月上旬の退院を希望されています。", "none"),
    ("・本人より自宅での看取り希望あり。", "none"),  # a wish recorded, nothing of the physician (the session 30 review)
    # closing courtesies ask nothing
    ("日頃より先生には何かとご配慮を賜り、心より感謝申し上げます。", "none"),
    ("先生におかれましてもどうぞご自愛くださいませ。", "none"),
])
def test_session30_requests(checker, ask, state):
    assert _request_state(checker, ask) == state


@pytest.mark.parametrize(("body", "asked"), [
    # session 30 (blind101): a red flag named in the subject line is dated by the body that tells it again with its time,
    # even with the purpose line between; with a same-day ask the report already does what VC703 asks
    ("河野 正様（88歳、エリキュース内服中）が本日朝、自宅で転倒し頭を打ちました。", False),
    # a body that never tells the sign again leaves the subject line's red flag undated: VC703 asks since when
    ("河野 正様（88歳、エリキュース内服中）は奥様と二人暮らしです。", True),
])
def test_a_subject_lines_red_flag_is_dated_by_the_body(checker, body, asked):
    text = ("件名：【至急】転倒・頭部打撲（抗凝固薬内服中）受診のご相談 河野 正様\n井上先生\nひじかわ 二宮です。至急のご相談です。\n"
            + body + "本日中の受診が必要か、ご指示をお願いします。\n・打撲部に3cmの腫れ、出血なし")
    assert any(f.rule == "VC703" for f in checker.check(text).findings) == asked


@pytest.mark.parametrize(("text", "asked"), [
    # a quotation repeated is not asked how often; a complaint repeated still is (the session 30 review)
    ("言葉が出にくい状態（「あの、あの」と繰り返す）を確認しました。", False),
    ("「お腹が痛い」と繰り返しています。", True),
])
def test_repeated_words_and_repeated_complaints(checker, text, asked):
    assert any(f.rule == "VC401" for f in checker.check(text).findings) == asked


# ------------------------------------------------------------ session 31 (blind102's false alarms)


@pytest.mark.parametrize(("text", "sign", "urgent"), [
    # a pattern with gaps must not run over the sign's own なし into its bracket
    ("・出血の徴候：黒色便なし（便は茶色、ヘルパー確認）。歯ぐきの出血なし。", "black-stool", False),
    ("便は真っ黒で、ドロッとしています。", "black-stool", True),
    # 今まで / これまで before a list's negation is "ever", not a time's limit
    ("胸の痛みや動悸、息苦しさは今まで一度もないとのことです。", "chest-pain", False),
    ("胸の痛みや動悸、息苦しさはこれまで一度もないとのことです。", "chest-pain", False),
    ("胸の痛みや動悸、息苦しさは今朝まではなかったが、昼から続いています。", "chest-pain", True),
    # a friend's sudden death is the friend's, the patient's sudden loss of speech the patient's
    ("先月、同じ町内のご友人が心筋梗塞で急に亡くなられてから、ご本人が「自分も胸が痛くなったらどうしよう」と毎日のように"
     "奥様に話されているそうです。", "sudden-change", False),
    ("ご友人が亡くなられてから、ご本人が急に話せなくなりました。", "stroke-signs", True),
    # blind104 (after the session's held-out run): the writer's feeling at a talk heard, a blood vomit of youth, a record's
    # diastolic range are no red flags; a sudden chest pain while listening is
    ("わたしも話を聞いとって胸が痛みました。", "chest-pain", False),
    ("話を聞いていたら急に胸が痛くなったそうです。", "chest-pain", True),
    ("「わしゃ若い頃に血を吐いて死にかけたことがある」ちゅうて皆に話しちょったそうです。", "gi-bleeding", False),
    ("今朝、血を吐いたそうです。", "hematemesis", True),
    ("・自宅血圧：収縮期128〜142mmHg、拡張期70〜82mmHg。", "blood-pressure", False),
    ("血圧78/50mmHgでした。", "blood-pressure", True),
])
def test_session31_red_flags(checker, text, sign, urgent):
    assert (sign in _urgent_in_frame(checker, text)) == urgent


@pytest.mark.parametrize(("intro", "flagged"), [
    # an office's name that begins with a symptom's word in kana (the town of 関) is no cough
    ("せきの里 ケアマネジャーの林です。", False),
    # a self-introduction that tells a symptom of the person is read as any line is
    ("咳が続いている田中様の担当ケアマネの林です。", True),
])
def test_an_office_named_with_a_symptoms_word(checker, intro, flagged):
    text = "せき中央診療所 長谷川先生\n" + intro + "\n【依頼】後藤様の主治医意見書の作成をお願いいたします。"
    assert any(f.rule == "VC601" for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("told", "asked"), [
    # a black stool the report explains (iron named and taken) asks nothing of the bleed (blind101, blind103)
    ("吉本 ミツ様ですが、鉄剤が始まってから便が黒くなったとご本人が心配されていました。", False),
    # an explanation the report denies explains nothing: the sign is still asked
    ("吉本 ミツ様ですが、鉄剤は飲んでいないのに便が黒くなったとご本人が心配されていました。", True),
])
def test_an_explained_black_stool_is_not_asked_as_a_bleed(checker, told, asked):
    text = ("西森先生\nこうち中央の山﨑です。お世話になっております。\n" + told
            + "\nお腹の痛みはなく、ふらつきも特にないとのことです。\n念のためご報告です。")
    # (denied, the sign is a red flag: VC703 asks since when, and the missing kinds go with it)
    assert any(f.rule in ("VC601", "VC602", "VC603", "VC703") and f.text.startswith("便")
               for f in checker.check(text).findings) == asked


@pytest.mark.parametrize(("text", "asked"), [
    # a spread told by the part it reached tells how far (blind102, blind103 good reports)
    ("1月に入り、足首まで範囲が広がったとご本人が話しています。", False),
    ("3か月かけて範囲が広がり、現在は足の甲まで。", False),
    ("発赤の範囲が広がっています。", True),
])
def test_a_spread_told_by_the_part_it_reached(checker, text, asked):
    assert any(f.entry == "change" and "quantity" in f.missing for f in checker.check(text).findings) == asked


@pytest.mark.parametrize(("text", "flagged"), [
    # the figures first, then the words that sum them up on the same line (blind103's good report)
    ("・体重：11月 44.0kg → 12月 44.6kg → 1月 45.1kg。少しずつ戻ってきてます。", False),
    # another observation after the figures is its own matter; a new line is another item
    ("体温36.8℃。少し咳があります。", True),
    ("体重45kg。\n少しずつ戻ってきてます。", True),
])
def test_words_that_sum_up_the_figures_before_them(checker, text, flagged):
    assert any(f.rule == "VC501" for f in checker.check(text).findings) == flagged


_REVIEW31 = "山田クリニック 山田先生\nいつもお世話になっております。\n{}\nご確認をお願いします。"


@pytest.mark.parametrize(("text", "sign"), [
    # the session 31 review: a なし in an aside inside the sign's words denies only the aside; それまで is "until then"
    ("本日10時にトイレで転倒し、後頭部を（出血なし）打ったとのことです。", "fall-head-strike"),
    ("今朝から尿が（痛みなし）出ていません。", "no-urine"),
    ("胸痛、冷や汗はそれまでありませんでした。", "chest-pain"),
])
def test_session31_review_red_flags_kept(checker, text, sign):
    assert sign in [u.id for u in checker.check(_REVIEW31.format(text)).outline.urgent]


@pytest.mark.parametrize(("text", "rule", "words"), [
    # the session 31 review: what the round's changes must not silence
    ("鉄剤を内服中です。\n便に血が混じっています。", "VC601", "血が混じっています"),  # another sign reads it: not explained
    ("右の乳房にしこりみたいなのも触れます。", "VC601", "しこり"),  # a finding named so is still asked
    ("今朝、痰が赤くなりました。", "VC602", "痰"),  # the sputum is no container of blood seen
    ("本日10時に訪問しました。この間がら食欲がねえって。", "VC301", "この間がら"),  # a visit's time dates nothing
    ("本日10時に訪問しました。あれ以来、外に出たがりません。", "VC301", "あれ以来"),
    ("むくみは足首までで変わりありませんが、発赤が広がっています。", "VC601", "発赤が広がっています"),  # another clause's reach
    ("目が黄色くなってきました。", "VC502", "黄色くなって"),  # a yellow stays asked until an observation asks of it
    ("体重45.0kg。食事は少なめです。", "VC501", "少なめ"),  # one figure of another thing sums nothing up
    ("本日、一時的にSpO2が88%まで下がりました。", "VC301", "一時的に"),  # how low is not how long
])
def test_session31_review_findings_kept(checker, text, rule, words):
    assert (rule, words) in [(f.rule, f.text) for f in checker.check(_REVIEW31.format(text)).findings]


# -- session 32 (batch 84, blind105) --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    # the clinician's words whole inside the cue (先生が…言うてはった, 主治医より…とのこと) are theirs; what follows is the writer's
    ("12月1日の往診で、先生が肺の音は問題ない言うてはったで。", set()),
    ("主治医より心不全の状態は少し悪いとのことでした。", set()),
    ("先生が問題ないと言っていましたが、最近ふらつきが多いです。", {("VC301", "最近"), ("VC401", "多い")}),
    ("主治医より問題ないとのことでしたが、最近ふらつきが多いです。", {("VC301", "最近"), ("VC401", "多い")}),
])
def test_session32_clinicians_words_end_where_they_are_reported(checker, text, kept):
    assert {(f.rule, f.text) for f in checker.check(text).findings if f.category in VAGUE_CATEGORIES} == kept


@pytest.mark.parametrize(("text", "flagged"), [
    # the weather's turn is an onset (batch 84); a greeting about it is none, nor a room that grows cold
    ("寒くなってから、尿の失敗が増えています。", True),
    ("暑くなってきた頃から食欲が落ちました。", True),
    ("11月に入って寒くなってから咳が出ます。", False),
    ("最近めっきり寒くなりましたので、先生もご自愛ください。", False),
    ("部屋が寒くなってから暖房をつけています。", False),
])
def test_session32_the_weathers_turn_as_an_onset(checker, text, flagged):
    assert any(f.entry == "weather-turn-onset" for f in checker.check(text).findings) == flagged


def test_session32_a_vague_word_of_an_explained_sign_is_not_asked(checker):
    # blind105's physician: 鉄剤 explains 便が黒っぽくなってる, so "how black" is a false alarm; without 鉄剤 it is a red flag
    text = "先月から鉄剤が始まってから、便が黒っぽくなってると娘さんから聞いてます。\n形はふつうで、回数も1日1回です。"
    report = checker.check(_REVIEW31.format(text))
    assert not report.outline.urgent and not any(f.text.endswith("っぽく") for f in report.findings)
    bare = checker.check(_REVIEW31.format(text.replace("先月から鉄剤が始まってから、", "")))
    assert [u.id for u in bare.outline.urgent] == ["black-stool"]


@pytest.mark.parametrize(("text", "urgent"), [
    # blind105: その時は after a past years or months ago sets the time of what follows (a stroke three years ago)
    ("3年前に脳梗塞で倒れられて、その時は右手が全く動かず、言葉も出にくかったそうです。", False),
    ("6か月前に脳梗塞で入院されて、その頃は言葉も出にくかったそうです。", False),
    # その時 after today's event is today's
    ("本日10時に転倒されました。その時から言葉が出にくくなっています。", True),
    ("今朝7時にトイレで倒れられて、その時から言葉が出にくくなっています。", True),
])
def test_session32_that_time_after_a_past_is_the_past(checker, text, urgent):
    assert bool(checker.check(_REVIEW31.format(text)).outline.urgent) == urgent


@pytest.mark.parametrize(("text", "vc703"), [
    # the session 32 review: a letter's date line above its full-width paragraph indents dates no red flag
    ("令和6年6月12日\n　さくら内科 佐藤先生\n　いつもお世話になっております。\n　山田様ですが、黒い便が出ています。\n　ふらつきもあります。\n"
     "　本日中に受診が必要かご指示をお願いいたします。", True),
    # a visit's date and clock time above lines indented by spaces dates them (blind105)
    ("さくら内科 佐藤先生\n山田様の体調についてご相談です。\n6/12 15:00 訪問時\n 体温38.2℃です。\n 呼吸数28回/分です。\n 痰は黄色です。\n"
     "本日中の往診が可能か、ご指示ください。", False),
    # a date without a clock time is no visit's header
    ("さくら内科 佐藤先生\n山田様の体調についてご相談です。\n6月12日\n 体温38.2℃です。\n 呼吸数28回/分です。\n 痰は黄色です。\n"
     "本日中の往診が可能か、ご指示ください。", True),
])
def test_session32_a_block_header_dates_only_its_indented_lines(checker, text, vc703):
    assert ("VC703" in [f.rule for f in checker.check(text).findings]) == vc703


@pytest.mark.parametrize(("text", "sign", "urgent"), [
    # blind106, after its held-out run: 問題ないか asks whether it is all right, it denies no 鉄剤
    ("4/20よりフェロミア開始。\n4/23より便が黒色とヘルパー記録あり。\n鉄剤による黒色便で問題ないか、念のため確認させてください。", "black-stool", False),
    ("今朝、黒い便が出ましたが、本人は問題ないと言っています。", "black-stool", True),
    # Kansai 持てん (UniDic: 持て|ん as an interjection)
    ("昨日の昼から右手で箸がよう持てんくなって、言葉もはっきりしません。", "stroke-signs", True),
    ("右手で箸は持てます。", "stroke-signs", False),
])
def test_session32_held_out_red_flags(checker, text, sign, urgent):
    assert (sign in [u.id for u in checker.check(_REVIEW31.format(text)).outline.urgent]) == urgent


# ------------------------------------------------------------------ session 33 (batch 86, blind106's rated packet)

@pytest.mark.parametrize(("text", "word", "flagged"), [
    # how the carers do something, in a clause that ends in the arrangement: a care practice (batch 86)
    ("久保さんには、水分をちいとずつ、こまめに飲んでもらうようにしとるんよ。", "ちいと", False),
    # a state's threshold (高めの時は) ends the act's words (the session 33 second review: 時, ため, 日 before the
    # arrangement); since session 36 the state as the condition of a care practice is exempt as its adjective form is
    # (痛みが強い時は頓服を使います: care-practice-condition), batches 86 and 90 marking both clean
    ("デイでは入浴前に必ず血圧を測って、高めの時は清拭に切り替えてもらっています。", "高め", False),
    ("少し便秘気味のため下剤を飲んでもらっています。", "少し", True),
    ("多少のふらつきには手すりを使ってもらっています。", "多少", True),
    ("時々ズボンを汚して着替えてもらっています。", "時々", True),
    ("水分は時々声をかけて飲んでもらうようにしています。", "時々", True),  # the act on something before (声をかけて) is no longer skipped: the second review
    ("お風呂の後は保湿剤を多めに塗ることにしています。", "多め", False),
    # what the person cannot be got to do, a one-off, or a clause that ends before the arrangement: the person's
    ("食事は少ししか食べてもらえていません。", "少し", True),
    ("体重はかなり減っているように見え、次回デイで測定していただくようお願いしました。", "かなり", True),
    ("夜間の咳が時々あるため、ご家族に回数を数えてもらっています。", "時々", True),
    # a vague time is still asked: when did the practice begin?
    ("最近、少しずつ食べてもらっています。", "最近", True),
    # the session 33 review: another predicate on the way is the person's state, and a one-off ask is no practice
    ("時々ふらつきがあるので手すりを持ってもらうようにしています。", "時々", True),
    ("食事量が少なめなので補食を出してもらうよう依頼しています。", "少なめ", True),
    ("足が少しむくんでいて足を上げてもらっています。", "少し", True),
    ("歩行が少し不安定で杖を使ってもらうようにしています。", "少し", True),
    ("訪問看護で、少し腫れている右足に湿布を貼ってもらっています。", "少し", True),
    ("少し熱があるので受診していただくようお伝えしました。", "少し", True),
    ("ちいと熱があって風呂は休んでもらうようにしとる。", "ちいと", True),
    ("島さんのヘルパーには、ご飯ちょっこし柔らかめに作ってもろとるがです。", "ちょっこし", False),
    ("水分は多めに飲んでもらってます。", "多め", False),
])
def test_session33_a_vague_word_of_a_care_practice_is_not_asked(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # a vague amount that tones down the writer's getting in touch (batch 86)
    ("先生、お忙しいところ恐れ入ります、ちょっとだけ松本様の件でお時間ください。", "ちょっと", False),
    ("岩崎様のことで少々ご報告申し上げます。", "少々", False),
    ("葛西さんのことでちょっと電話したじゃ。", "ちょっと", False),
    # an observation between is the person's amount; お時間 needs its 御 (少し時間を置いて is not the writer's act)
    ("少し浮腫を確認しました。", "少し", True),
    ("以前にも増して耳が遠くなり、電話でのやり取りが難しくなっています。", "遠くなり", True),
    ("訪問看護師から、左下腿の傷から少し浸出液が出ているとの報告がありました。", "少し", True),
    # the session 33 review: only the writer's own act (です, 申し上げる, ください, する), not calls the person makes or gets
    ("かなり電話が増えています。", "かなり", True),
    ("少し電話で話すだけで息が切れます。", "少し", True),
    ("少し連絡帳の字が乱れてきました。", "少し", True),
    ("娘さんとは少し連絡がとれない日が続いています。", "少し", True),
    ("ちょっとご相談です。", "ちょっと", False),
    ("ちょっとお知らせです。", "ちょっと", False),
    # calling is the person's act, or the condition of what follows (the session 33 second review)
    ("ご本人はちょっと電話するだけで息切れされます。", "ちょっと", True),
    ("夜中にちょっと電話してくることがあります。", "ちょっと", True),
    ("娘さんに少しご連絡すると、不安が強くなります。", "少し", True),
    # the humble causative (the session 33 third review: UniDic reads ご報告させて as 報告|さ|せ|て)
    ("少しご報告させていただきます。", "少し", False),
    ("少々ご連絡させていただきます。", "少々", False),
    ("ちょっと電話させてもらいました。", "ちょっと", False),
    ("ちょっとご相談させてください。", "ちょっと", False),
    ("少し電話させると落ち着かれます。", "少し", True),
])
def test_session33_a_vague_amount_of_the_writers_act_is_not_asked(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # blind106's physician: a tendency denied is a pertinent negative; a wish put to the reader is a request; なんかいいお薬
    # is some good medicine
    ("腫れや熱っぽさはないとのことです。", False),
    ("熱っぽさがあります。", True),
    ("飲み忘れが週3回あるので、一包化してもらえないかなと思っています。", False),
    ("食べてないかなと思います。", True),
    ("夜も眠れないと言っていて、なんかいいお薬があれば出していただけますか。", False),
    ("なんか、元気がない感じです。", True),
    ("なんかいい表情をされていました。", True),
])
def test_session33_held_back_packet_false_alarms(checker, text, flagged):
    assert any(f.category == "inference" for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "state"), [
    # blind106's physician: both ask clearly
    ("デイの日は服薬時間を昼にずらしてもよいか、確認したいです。", "clear"),
    ("湿布だけでは効かないとおっしゃっているので、痛み止めの飲み薬を検討していただけないでしょうか。", "clear"),
    ("何かアドバイスをいただければと思います。", "vague"),
])
def test_session33_asks_put_as_checking_or_a_medicine_to_consider(checker, text, state):
    letter = "佐藤先生\nいつもお世話になっております。山田様の服薬についてご相談です。\n{}\nよろしくお願いいたします。"
    assert checker.check(letter.format(text)).outline.request == state


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # batch 87 (session 34): what a clinician told, named first with から or より, is the clinician's words
    ("11月30日の往診で、主治医から村上さんの下腿浮腫は軽度で利尿剤の増量は不要と言われ、そのまま経過を見ています。", "軽度", False),
    ("皮膚科の医師の診察では、背中の皮膚はやや乾燥しているとのことでした。", "やや", False),
    # ... not past a clause that ends on the way (が, ても), ご本人, a thing from the clinician, or another source (the
    # session 34 review): the clinician's words then may end anywhere, so the writer's own are kept
    ("12月1日の往診時、主治医から青木さんの肺の音は少し改善しているが、引き続き誤嚥に注意するよう指示がありました。", "少し", True),
    ("主治医から降圧剤を処方されていますが、最近少し頭が痛いと言われています。", "少し", True),
    ("主治医から処方された眠剤を飲んでも、最近はあまり眠れないとのことです。", "あまり", True),
    ("主治医よりリハビリを続けるよう指示がありましたが、ご本人は最近足が少し重いと言われています。", "少し", True),
    ("主治医から処方された薬を最近よく飲み忘れるとのこと。", "よく", True),
    ("ヘルパーから、主治医からの薬を時々飲み忘れていると言われました。", "時々", True),
    ("デイの職員より、最近少し元気がないとご指摘をいただきました。", "少し", True),
    ("佐々木さんは前回の外来で先生から心雑音が少し強くなっているとご指摘いただきました。", "少し", False),
    # ... but not another person's words, nor a source after the clinician, nor no source at all
    ("娘さんから、少し熱っぽいと言われました。", "少し", True),
    ("主治医から処方された薬を、最近よく飲み忘れると娘さんに言われました。", "最近", True),
    ("最近少し食欲が落ちていると言われました。", "少し", True),
    ("主治医から減塩の指示が出ていますが、最近は少し食事量が減っています。", "少し", True),
])
def test_session34_what_a_clinician_told_is_their_words(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # batch 87 (session 34): a carer's favour as a standing practice, and a prompt to do something, are care practices
    ("ヘルパーさんが時々買い物にも行ってくれとるだに。", "時々", False),
    ("ヘルパーさんは時々トイレまで付き添ってくれています。", "時々", False),
    ("訪問看護さんが週1回来て、水分をちぃと多めに摂るよう声かけしてくれよる。", "ちぃと", False),
    ("水分は少量ずつ頻回に提供するよう家族へ指導。", "頻回", False),
    # the person's くれる stays the person's, and so does a clause about the carer that ends before the act
    ("少し食べてくれました。", "少し", True),
    ("ヘルパーさんが来ると、少し食べてくれています。", "少し", True),
    ("食事を少し食べるよう声かけしていますが、ほとんど食べません。", "ほとんど", True),
    # a humble visit (ちょっと寄らせてもらった) tones down the writer's act, a relative's visit does not make it one
    ("袴田さんの件でちょっと寄らせてもらっただに。", "ちょっと", False),
    ("少しふらつくので、ちょっと寄りかかって歩かれます。", "少し", True),
])
def test_session34_care_given_and_the_writers_visit(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # batch 87 (session 34): others at the facility, history, a document asked sooner, thanks and the weather
    # (others at the facility named with に stay unexempted: its scope would run on to the patient's own symptoms)
    ("ほかの入居者さんに手を出すことが時々あります。", True),
    ("山下様は数年前から変形性膝関節症で整形外科に通院されております。", False),
    ("数年前から膝の痛みが続いています。", True),
    ("恐れ入りますが、診療情報提供書を少し早めにご作成いただけますでしょうか。", False),
    ("少し早めに起きてしまいます。", True),
    ("小林さんの件では最近も何度もご対応いただき、本当にありがとうございました。", False),
    ("最近何度も転倒されています。", True),
    ("だいぶ寒うなったけぇ先生もお気をつけて。", False),
    ("だいぶ寒がっています。", True),
    ("ベッドは低めにして、夜はセンサーマット敷いとるんよ。", False),
    ("血圧は低めです。", True),
])
def test_session34_batch87_must_not_flag_classes(checker, text, flagged):
    assert bool([f for f in checker.check(text).findings if not f.secondary]) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # batch 87 (session 34): Okayama ぐれぇ (about), Enshu やっきり (irritated), a redness prone to come back, 〜感じで;
    # not the room's heat (the session 34 second review)
    ("西日で部屋が暑くなりやすいため、扇風機を設置しました。", "暑くなりやすい", False),
    ("ご飯は冷めると硬くなりやすいので、温め直して出しています。", "硬くなりやすい", False),
    ("赤木さん、おとといぐれぇからぼっけぇ咳しょーるで。", "おとといぐれぇ", True),
    ("孫が先月ぐれて、家に帰ってこんのよ。", "先月", False),
    ("村松さん、最近やっきりしとることが多いもんで、家族も困っとるだよ。", "やっきり", True),
    ("はっきりしとる。", "はっきり", False),
    ("お尻のところが赤くなりやすいので、気をつけて見ています。", "赤くなりやすい", True),
    ("とろみをつけると飲み込みやすいようです。", "飲み込みやすい", False),
    # 〜感じで after an adjective is as often a carer's manner (ヘルパーさんが強い感じで言うと嫌がられます: the session 34
    # second review): not read
    ("無理のない感じで体操に参加されています。", "ない感じで", False),
    ("ヘルパーさんが強い感じで言うと嫌がられます。", "強い感じで", False),
])
def test_session34_batch87_cues(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # the session 34 review: the patient's own くれる after a carer's clause, a symptom that varies with the weather,
    # the help thanked only when it is thanks, ちょっとしたことでも only of getting in touch, and the adjectives whose
    # 〜なりやすい / 〜感じで are about the person
    ("ヘルパーさんが来たら、少し食べてくれています。", "少し", True),
    ("ヘルパーさんが調理したものは、少し食べてくれています。", "少し", True),
    ("デイでは少しずつ歩いてくれています。", "少し", True),
    ("天候により時々膝の痛みを訴えられます。", "時々", True),
    ("入浴介助は体調により時々シャワー浴に変更。", "時々", False),
    ("ご家族から最近何度もご相談をいただいており、介護負担が大きくなっています。", "何度も", True),
    ("最近はちょっとしたことでも怒られるようになりました。", "ちょっと", True),
    ("西日で部屋が暑くなりやすいため、扇風機を設置しました。", "暑くなりやすい", False),
    ("ヘルパーさんが優しい感じで声をかけると落ち着かれます。", "優しい感じで", False),
    # the second review: the clinician's own act with its subject, what the person told at the visit, another source
    # named with では; a place or an activity is no carer; a room's heat; oxygen raised is no service change
    ("主治医から眠剤が追加されて最近は少し眠れると言われています。", "少し", True),
    ("主治医から湿布が出ていて時々貼っているとのことです。", "時々", True),
    ("主治医の診察で、最近時々足がしびれると訴えたとのことでした。", "時々", True),
    ("主治医の往診で、最近少し便秘気味と伝えたとのこと。", "少し", True),
    ("主治医より電話にて、ヘルパーの話では最近時々微熱があるとのことでした。", "時々", True),
    ("主治医から電話で、ショートステイ先では最近少し食事量が減っているとのことでした。", "少し", True),
    ("リハビリは少しずつ頑張ってくれとります。", "少し", True),
    ("デイは最近時々お風呂に入ってくれています。", "時々", True),
    ("訪問時、部屋がだいぶ暑くなっていて、エアコンも使われていませんでした。", "だいぶ", True),
    ("体調により時々酸素3Lに変更。", "時々", True),
])
def test_session34_review_cases(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # batch 88 (session 34, after its held-out run): the clinician's words heard (とお聞きしております), a history of several
    # diagnoses, an ask that may be occasional, the physician's busy days, a greeting's ほんまに; the person's own stay
    ("11月の受診時に、先生から腎機能がやや低下気味であるとお聞きしております。", "やや", False),
    ("娘さんから、最近少し食欲がないとお聞きしております。", "少し", True),
    ("以前より高血圧症、2型糖尿病にて加療中でございます。", "以前", False),
    ("以前より膝の痛みが強く、整形外科にて加療中です。", "以前", True),
    ("時々で構いませんので、ご家族へご説明の機会をいただけますと幸いでございます。", "時々", False),
    ("最近は何かとご多忙のことと存じますが、今後ともよろしくお願い申し上げます。", "最近", False),
    ("先生、いつもほんまにお世話になっとります。", "ほんまに", False),
    ("少し早めに受診日を設定していただくことは可能でしょうか。", "少し", False),
])
def test_session34_batch88_classes(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


#: blind109's physician-rated packet (session 35): the report opened after a greeting in kana and an office + a surname
#: UniDic reads as a place; a Tohoku closing question; a Kyushu ask with ば for を and いただけん.
_B109_HEAD = "菅原先生、おつかれさまです。いずみの千葉です。\n"


@pytest.mark.parametrize(("text", "purpose", "ask"), [
    (_B109_HEAD + "相澤さんの膝の痛みのことでご相談です。\n11月28日から左膝が痛み、NRSで5です。\n痛み止めを出していただけますか。",
     True, "clear"),
    ("伊藤先生、お世話になっています。あおばの鈴木です。\n及川さんの下痢についてご報告です。\n11/30から1日4〜5回ありましたが、"
     "12/3からは普通の便です。\n整腸剤はまだ続けたほうがいいんだべか?", True, "clear"),
    ("森先生、お世話になっとります。坂の上の荒木です。便秘についてご相談です。\n最後の排便が11/29です。\n"
     "今飲みよらすマグミット(1日2回)のほかに、頓服の下剤ば出していただけんでしょうか。", True, "clear"),
    # someone else's question told (…いいべか、と言っていました) asks nothing of the physician
    ("森先生、お世話になっとります。坂の上の荒木です。褥瘡についてご報告です。\n仙骨部の発赤は12/1から2cm×3cmです。\n"
     "家の人は、マットを替えたほうがいいべか、と言っていました。", True, "none"),
])
def test_session35_report_openings_and_asks(checker, text, purpose, ask):
    outline = checker.check(text).outline
    assert (outline.purpose is not None, outline.request) == (purpose, ask)


@pytest.mark.parametrize(("text", "urgent"), [
    # 胸が痛む at what was heard or seen is the writer's sorrow (blind109's physician), not the person's chest
    ("佐藤先生へ\n高橋です。\n千葉さんのところ、お嫁さんが出て行ってしまったそうで、聞いていて胸が痛みました。\nご飯は3食食べています。", False),
    ("佐藤先生へ\n高橋です。\n奥様が泣いておられるのを見て、胸が痛みました。\nご飯は3食食べています。", False),
    ("佐藤先生へ\n高橋です。\nテレビを見ていて胸が痛くなったそうです。\nご飯は3食食べています。", True),
    ("佐藤先生へ\n高橋です。\n今朝から胸が痛むと話されています。\nご飯は3食食べています。", True),
    # the session 35 reviews: the person's complaint told on, or the person named, stays a red flag
    ("佐藤先生へ\n高橋です。\nご本人は、お孫さんが遊んでいるのを見ていて、胸が痛くなったと話されています。\nご飯は3食食べています。", True),
    ("佐藤先生へ\n高橋です。\nご本人は、聞いていて胸が痛くなったと話されています。\nご飯は3食食べています。", True),
    ("佐藤先生へ\n高橋です。\n昨晩、ご家族の話を聞いていて、胸が苦しくなったとのことです。\nご飯は3食食べています。", True),
    ("佐藤先生へ\n高橋です。\n今朝、娘さんがトイレで倒れているのを見て、意識がなかったので救急車を呼ばれました。\n以上です。", True),
])
def test_session35_a_heartache_at_what_was_heard(checker, text, urgent):
    report = checker.check(text)
    assert bool(report.outline.urgent) == urgent
    assert any(f.rule == "VC703" for f in report.findings) == urgent
    if not urgent:  # and no missing-element finding asks after the writer's ache
        assert not any(f.rule == "VC601" and "痛" in f.text for f in report.findings)


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # Kyushu ごたる before a noun likens (水のごたる下痢 = watery): blind109's physician; ending the clause it guesses
    ("今朝から水のごたる下痢が5回あっとります。", "ごたる", False),
    ("タールのごたる黒か便が1回出ました。", "ごたる", False),
    ("熱のあるごたるけん、測ってみます。", "ごたる", True),
    ("なんかきつかごたるですね。", "かごたる", True),
    # about half is an amount (the physician raters, 14 of 15: "already a quantity")
    ("食事は半分くらいです。", "半分くらい", False),
    ("食事は少ししか食べていません。", "少し", True),
])
def test_session35_likeness_and_half(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # batch 89 (session 35): a prompt as a practice after a favour (飲んでもらうよう声かけしてる) and after a comma with
    # the one asked named (…変えるよう、家族さんにお願いしとる); a one-off prompt stays the person's
    ("星野さんには、ヘルパーさんが毎回ちっとんべずつお茶飲んでもらうよう声かけしてるんさ。", "ちっと", False),
    ("山根さんは寝る前に少し体の向きを変えるよう、家族さんにお願いしとるけえ。", "少し", False),
    ("少し食べてもらうよう声かけしましたが、食べませんでした。", "少し", True),
    ("少し熱があるので受診していただくようお伝えしました。", "少し", True),
    # a clinician's finding received (とのご指摘を受けております) and a past admission told as history
    ("前回受診時、先生から腎機能がやや低下しているとのご指摘を受けております。", "やや", False),
    ("以前、胃潰瘍で入院された経緯がございます。", "以前", False),
    ("以前、胃潰瘍で入院されました。", "以前", True),
    ("以前、転倒して入院されました。", "以前", True),
])
def test_session35_batch89_must_not_flag_classes(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # batch 91 (session 35): the writer's own schedule and apologies, a past reply thanked, greetings in dialect
    ("お忙しいところ少し長くなりますが、田村さんの件で共有させてください。", "少し", False),
    ("最近こちらからのご報告が遅れがちで申し訳ありません。", "最近", False),
    ("明日は少し遅めの15時に内田さん宅へ訪問予定です。", "少し", False),
    ("夕食は少し遅めの時間に食べています。", "少し", True),
    ("今日はちょっとバタバタしていて、詳細は夕方にまとめて投稿します。", "ちょっと", False),
    ("本人がちょっとバタバタしていて落ち着きません。", "ちょっと", True),
    ("先般は早々にご返信を賜り、誠にありがとうございました。", "先般", False),
    ("先生、いつもえらいお世話になっとります。", "えらい", False),
    ("皆様、大変お疲れ様です。", "大変", False),
    ("呼びかけへの返事が遅くなってきています。", "遅くなって", True),
    # Tokai honorific 〜てみえる after an act; appearance stays a guess
    ("辻本さん、昨日（12月3日）の夜は、トイレで5回起きてみえたわ。", "起きてみえた", False),
    ("先月より痩せて見えます。", "痩せて見えます", True),
    ("まぶたがぽってりして見えます。", "して見えます", True),
    # a diagnosis with its symptom in brackets, exacerbations as history, a device, a risk as a reason
    ("渡部様は過活動膀胱（頻尿）にて泌尿器科に通院中でございます。", "頻尿", False),
    ("最近頻尿で、夜も何度も起きます。", "最近", True),
    ("宮川さんは2020年に大腸がんの手術を受けられ、一時的な人工肛門は2021年に閉鎖されています。", "一時的な", False),
    ("ふらつきのおそれがあるため夜間トイレの前には使わないよう説明されています。", "おそれがある", False),
    ("誤嚥のおそれがあります。", "おそれがあります", True),
    # the clinician's plan or talk told (とのお話でした): their degree words are theirs, the symptom's missing elements
    # are still asked (the session 29 review: 主治医より、膝の痛みは原因がわからないとのことでした asks of the pain)
    ("主治医の先生からは、むくみは少し様子を見ていいとのお話でした。", "少し", False),
    ("主治医の先生からは、むくみは少し様子を見ていいとのお話でした。", "むくみ", True),
    ("主治医の先生から、歩行時のふらつきはかなり改善していると言われました。", "かなり", False),
    # the session 35 review: the patient's response (お返事), the person's course, a risk as a worry, a guess before a noun
    ("声をかけても、お返事が少し遅くなっています。", "少し", True),
    ("傷が治るのはしばらく先になりそうです。", "しばらく", True),
    ("今日は少しバタバタされていて、何度も立ち上がろうとされます。", "少し", True),
    ("最近ふらつきがあり、転倒のおそれがあるため心配です。", "おそれがある", True),
    ("熱のあるごたる顔しとらした。", "ごたる", True),
    ("なんかきつかごたる感じです。", "かごたる", True),
    ("風邪のごたる。", "風邪のごたる", True),
    ("ご本人、風邪みたいにしんどそうです。", "みたい", True),
    ("今朝から手足が氷みたいに冷たくなっています。", "冷たくなっています", True),
    # the session 35 second review: a fever told with てみえる, the person's own バタバタ, a drink held back, a guessed
    # diagnosis with ごたる, えれぇ of being tired, a therapist named 先生
    ("昨日から熱が出てみえます。", "熱が出て", True),
    ("ご本人は今日もちょっとバタバタしてて、落ち着かれません。", "ちょっと", True),
    ("転倒のおそれがあるので、夜間はあまり水分を飲まないようにされています。", "あまり", True),
    ("脱水のごたる状態です。", "脱水のごたる", True),
    ("体がえれぇ言うとります。", "えれぇ言う", False),
    ("STの先生から最近少し飲み込みが悪いとのお話でした。", "最近", True),
    ("頭痛（後頭部）にて脳神経外科受診されました。", "頭痛", True),
    # found now: Akita しったげ (しった|げ), Gunma えれぇ, Mie ずつなそう, じわじわと + a change, 翌日あたり
    ("小玉さんの足、きのう行ったらしったげむくんでらった。", "しったげ", True),
    ("濱口さん、なんやずつなそうにしてみえたわ。", "ずつなそう", True),
    ("一つずつなら飲めます。", "ずつなそう", False),
    ("小山様の体重が先月末頃からじわじわと増加しております。", "じわじわと増加", True),
    ("抗生剤を飲み始めた翌日あたりから便がゆるいです。", "翌日あたりから", True),
    ("退院の翌日頃にご自宅へ訪問する予定です。", "翌日頃", False),  # the writer's plan: the session 35 second review
])
def test_session35_batch91_classes(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "word", "flagged"), [
    # batch 90 (session 36): a little of any register in an ask for a moment, very before an apology or the reader's
    # busyness; only as a question, and the person's state stays a finding
    ("先生、山田さんのことでちょっといいですか。", "ちょっと", False),
    ("先生、杉山さんのことでちっとお話ししてもいいら？", "ちっと", False),
    ("先生、工藤さんのごどで、わんつか話っこさせでけ。", "わんつか", False),
    ("先生、えらいすんまへん、お忙しいとこ。", "えらい", False),
    ("先生、でーれー忙しいとこ悪いんじゃけど、藤原さんのことで相談させてもらえん？", "でーれー", False),
    ("体調は少しいいです。", "少し", True),
    ("えらい疲れてはるわ。", "えらい", True),
    # a care practice on a state told by an adjectival noun; how often that state comes stays a finding
    ("前田様は、食事量が少なめの日はヘルパーが補食としてゼリーを提供しています。", "少なめ", False),
    ("食事量が少なめの日が多いです。", "少なめ", True),
    # a grade's gloss in brackets right after its figure; a reply asked by a time; a diagnosis since before
    ("柴田様、下腿浮腫グレード1+（軽度）。", "軽度", False),
    ("ご多忙のところ恐れ入りますが、数日中にご返信をいただけますと大変助かります。", "数日", False),
    ("数日中に熱が出ました。", "数日", True),
    ("千葉様は以前より慢性心不全にて貴院循環器内科に通院されております。", "以前", False),
    ("以前より息切れがあり、心不全で通院中です。", "以前", True),
    # a medicine's change wished for as a question asks the physician (blind112's physician); wondering about the person stays
    ("薬が多くて飲みにくいって言うとるし減らせんかな。", "んかな", False),
    ("眠剤を変えられないかな。", "ないかな", False),
    ("夜は眠れていないかな。", "ないかな", True),
    ("食事量が減らないかな。", "ないかな", True),
    # batch 93: the carers' own act of offering, the writer's lateness, correction or check, a DESIGN-R item graded
    ("中村様、ヘルパーが少しずつ水分を勧めています。", "少し", False),
    ("ﾍﾙﾊﾟｰが少量ずつ水分提供中。", "少量", False),
    ("ヘルパーが勧めても、少ししか水分を飲まれません。", "少し", True),
    ("本日は少し遅れて訪問に伺いますので、よろしくお願いします。", "少し", False),
    ("歩行が少し遅れています。", "少し", True),
    ("ちょっと確認させてください、次回受診は12/10でよかったでしょうか？", "ちょっと", False),
    ("伊藤様の仙骨部褥瘡の滲出液は、DESIGN-Rにてe1（少量）と評価されております。", "褥瘡", False),
    ("褥瘡があります。", "褥瘡", True),
    # batch 92, after its held-out run: lateness with a time of day, HH as a carer, asks for a moment in dialect (only
    # after a comma for べ, which also guesses: 足がちょっといいべが), a numbered diabetes type since before
    ("少し遅れて14時ごろ伺います。", "少し", False),
    ("HHが少しずつ水分補給を促している。", "少し", False),
    ("ヘルパーが少しずつ水分を勧めてるんです。", "少し", False),  # (the ん is の, no failure)
    ("おばんです。ケアマネの工藤です、めやぐだばって、ちょっといいべが。", "ちょっと", False),
    ("最近は足がちょっといいべが。", "ちょっと", True),
    ("鈴木様は以前から2型糖尿病にて内服治療中でございます。", "以前", False),
])
def test_session36_batch90_must_not_flag_classes(checker, text, word, flagged):
    assert any(f.text == word for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "asked"), [
    # the doses missed counted right before 飲み忘れ tell how often (batches 85, 91: a frequency element); without such a
    # count, or with a strength (5mg), how often is asked
    ("小野さん、アムロジピン5mgを11月28日から3日分飲み忘れていたことが本日の残薬確認でわかりました。", False),
    ("ドネペジル5mgが21錠残っており、21日分の飲み忘れに相当します。", False),
    ("薬の飲み忘れがあります。", True),
    ("5mgの薬を飲み忘れています。", True),
    # 一包化 (one-dose packaging) is no count of doses
    ("飲み忘れは減りましたが、一包化について薬局と相談しているところです。", True),
    # an observation the physician is asked to examine is the ask's object; one the carers checked is still asked
    ("次回往診時に両下肢のむくみをご確認いただければと思います。", False),
    ("恐れ入りますが、次回ご受診の際に下肢浮腫のご評価をいただければと存じます。", False),
    ("ヘルパーがむくみを確認してくださいました。", True),
    ("先生にむくみをご確認いただきました。", True),
])
def test_session36_what_a_missing_element_asks(checker, text, asked):
    assert any(f.missing for f in checker.check(text).findings) == asked


@pytest.mark.parametrize(("text", "ask"), [
    # a question left open at the end asks the reader (blind110's physician); not one the writer goes on from
    ("【報告】咳について\nみなみクリニック　先生\nケアマネの中島です。\n長谷川様、11月下旬から咳と痰が続いています。\n"
     "次回受診は12月15日ですが、それまで様子を見てよいかどうか。", "clear"),
    ("お疲れさまです。高知中央の岡本です。\n吉永様のお薬の飲み忘れについて相談です。\n今週は3回くらい忘れたと本人が言うちょります。\n"
     "夕の分を朝にまとめることはできんろうか。", "clear"),
    ("お疲れさまです。高知中央の岡本です。\n吉永様のお薬の飲み忘れについて相談です。\n今週は3回くらい忘れたと本人が言うちょります。\n"
     "このまま様子を見てよいかどうか迷っています。", "none"),
    # a question left open asks only as the message's last word (the session 36 review)
    ("みなみクリニック　先生\nケアマネの中島です。\n長谷川様のご報告です。\n11月下旬から咳と痰が続いています。\n"
     "夕方の訪問を増やしたらえいろうか。ご家族と相談してみます。", "none"),
    ("みなみクリニック　先生\nケアマネの中島です。\n長谷川様のご報告です。\n11月下旬から咳と痰が続いています。\n"
     "娘さんの心配は、一人暮らしが大丈夫かどうか。来月の担当者会議で話し合います。", "none"),
    ("みなみクリニック　先生\nケアマネの中島です。\n長谷川様のご報告です。\n11月下旬から咳と痰が続いています。\n"
     "このまま様子を見てよいかどうか。", "clear"),
    # the second review: a next sentence that still waits on the physician, or that is no handling at all
    ("みなみクリニック　先生\nケアマネの中島です。\n長谷川様のご報告です。\n11月下旬から咳と痰が続いています。\n"
     "夕の薬を朝にまとめることはできんろうか。次回の往診の際にご相談します。", "clear"),
    ("みなみクリニック　先生\nケアマネの中島です。\n長谷川様のご報告です。\n11月下旬から咳と痰が続いています。\n"
     "夜だけ眠剤を増やしてもよいかどうか。本人は夜中に家族を起こして迷惑をかけたくないと話しています。", "clear"),
])
def test_session36_asks_left_open(checker, text, ask):
    assert checker.check(text).outline.request == ask


_REVIEW36 = [
    # polite-little only as a question that ends the sentence: a hedge or a guess about the person stays
    ("find", "最近は食欲が少しいいかもしれません。", "少し"), ("find", "最近は食欲が少しいいかもしれません。", "かもしれません"),
    ("find", "食欲は前より少しいいですかね。", "少し"), ("find", "最近、顔色もちっといいら。", "ちっと"),
    ("nofind", "先生、今ちょっとよろしいですか？", "ちょっと"),
    # care-practice-condition only with the carers or a care act after it
    ("find", "食事量が少なめの日は週に3日ほどあります。", "少なめ"), ("find", "血圧が高めの日は頭痛を訴えられます。", "高め"),
    ("nofind", "血圧が高めの時は清拭に変えています。", "高め"),
    # a grade's gloss, not a date's or a clock time's amount
    ("find", "下血あり 12/3（少量）。", "少量"), ("find", "嘔吐 7:30（少量）、12:00（多量）。", "多量"),
    # an examination asked for, not one done, not done or going on
    ("miss", "訪問看護が入っていないため、むくみの状態を見てもらえない状況です。", "time"),
    ("miss", "先日の往診では時間がなく、むくみをご確認いただけませんでした。", "time"),
    ("miss", "前回の往診でむくみのご評価をいただいて、利尿剤が増量になりました。", "time"),
    ("miss", "看護師さんにむくみの状態を確認していただいています。", "time"),
    ("nomiss", "むくみをご確認いただけますか。", "time"),
    # ないと存じます is a hedge as ないと思います is
    ("find", "発熱はないと存じます。", "ないと存じます"),
    # a supply or a dose is no count of the doses missed
    ("miss", "3日分の薬をもらっていますが、飲み忘れがあります。", "frequency"),
    ("miss", "1回2錠の薬を飲み忘れています。", "frequency"),
    ("nomiss", "アムロジピンを3日分飲み忘れていました。", "frequency"),
]

_DEV36 = [
    # blind112 (development data): the dizziness a fall came about by is the fall's circumstance; alone it is asked
    ("立ち上がり時にふらついて後方へ転倒。", "ふらつ", False),
    ("めまいがして転倒しました。", "めまい", False),
    ("めまいがして、横になっています。", "めまい", True),
    ("ふらつきがあります。", "ふらつき", True),
    ("ふらついて転倒したんです。", "ふらつ", False),  # (the ん of 〜したんです is の, no negation)
]


@pytest.mark.parametrize(("text", "word", "asked"), _DEV36)
def test_session36_a_symptom_that_leads_into_a_fall(checker, text, word, asked):
    assert any(word in f.text and f.missing for f in checker.check(text).findings) == asked


_REVIEW36 += [
    # the second review: the carers' act only as the clause's own, the writer's lateness only as the writer's, a change
    # wished for only of a medicine, a fall that happened, the exudate's own grade
    ("find", "ヘルパーさんが、昨日から本人が少し熱を出していると言っていました。", "少し"),
    ("find", "ヘルパーが少量しか水分を提供できていません。", "少量"),
    ("find", "看護師が、少量の血痰を出す介助をしています。", "少量"),
    ("find", "ヘルパーは、時々介助を嫌がられると言っています。", "時々"),
    ("find", "排便が少し遅れ気味で、訪問看護で浣腸をしてもらっています。", "少し"),
    ("find", "最近は起床が少し遅れるから、朝の薬も遅れがちです。", "少し"),
    ("find", "本人が夜中に何度も電話してしまい、娘さんが疲れています。", "何度も"),
    ("find", "最近、少し話が前後することがあり、物忘れが進んでいるようです。", "少し"),
    ("find", "痰がうまく出せないかな、むせ込みが増えています。", "かな"),
    ("find", "食事量が少なめの日は、デイでもほとんど横になっておられます。", "少なめ"),
    ("miss", "訪問看護師にむくみの状態も併せて確認していただき、問題ないとのことでした。", "time"),
    ("miss", "歩行時にふらついても転倒はしていません。", "time"),
    ("miss", "立ち上がる時にふらついて転びそうになることがあります。", "time"),
    ("miss", "ふらついて転倒しないよう、手すりを設置しました。", "time"),
    ("miss", "DESIGN-RにてI0ですが、仙骨部の褥瘡が大きくなっています。", "quantity"),
    ("nomiss", "伊藤様の仙骨部褥瘡の滲出液は、DESIGN-Rにてe1（少量）と評価されております。", "quantity"),
]


@pytest.mark.parametrize(("kind", "text", "want"), _REVIEW36)
def test_the_session36_review_cases(checker, kind, text, want):
    report = checker.check(text)
    texts = [f.text for f in report.findings]
    missing = [k for f in report.findings for k in f.missing]
    ok = {"find": any(want in t for t in texts), "nofind": not any(want in t for t in texts),
          "miss": want in missing, "nomiss": want not in missing}[kind]
    assert ok, (kind, want, texts, missing)


@settings(max_examples=40, deadline=None)
@given(
    symptom=st.sampled_from(["ふらつき", "めまい", "立ちくらみ"]),
    told=st.sampled_from([("本日午前中に{s}の訴えがありました。", False), ("12月1日の朝、{s}がありました。", False),
                          ("昨日、{s}があったそうです。", False), ("2日前から歩行時に{s}が著明です。", False),
                          ("2日前から{s}があります。", True), ("2日前から立ち上がる時に{s}があり、見守っています。", True)]),
)
def test_dizziness_is_asked_how_often_as_a_state_not_as_one_episode(checker, symptom, told):
    """Session 37: how often is asked of dizziness told as a recurring state, not of one episode (in the past within its
    clause, on a named day) nor of one graded by a strength word (pooled over 90 batch files: 149 annotated frequencies
    found, 37 asked where the writer did not)."""
    template, asked = told
    text = template.format(s=symptom)
    kinds = [k for f in checker.check(text).findings if f.entry == "dizziness" for k in f.missing]
    assert ("frequency" in kinds) is asked, (text, kinds)


@settings(max_examples=40, deadline=None)
@given(
    site=st.sampled_from(["両足首", "右下腿", "足の甲"]),
    word=st.sampled_from(["むくみ", "浮腫"]),
    told=st.sampled_from([("", True), ("があり、指で押すと跡が残ります", False), ("があり、押すと5ミリへこみます", False),
                          ("（+）", True), ("（++）", False), ("（2+）", False), ("があり、靴下の跡が夕方まで残ります", False),
                          ("があり、夕方に強くなります。すねを押した跡は3秒で戻ります", False)]),
)
def test_a_swelling_is_asked_how_much_unless_a_sign_or_grade_tells_it(checker, site, word, told):
    """Session 37: むくみ is asked how much (the blind batches' writers asked it of 341 swellings left unasked), unless
    its degree is told by a sign (degree_by: 跡, 凹む, 圧痕; in its sentence or the rest of its line) or a grade."""
    rest, asked = told
    text = f"3日前から{site}に{word}{rest}。"
    kinds = [k for f in checker.check(text).findings if f.entry == "edema" for k in f.missing]
    assert ("quantity" in kinds) is asked, (text, kinds)


#: Session 37's review of the dizziness, swelling and bleeding asks: (sentence, entry, kinds that must be asked, kinds that
#: must not be).
_REVIEW37 = [
    ("3日前から浮腫なし 発熱（+）", "fever", {"quantity"}, set()),  # another symptom's bracket is no oedema grade
    ("両下腿 浮腫 尿蛋白（+）", "edema", {"time", "quantity"}, set()),
    ("下肢浮腫（+）あり。", "edema", {"time", "quantity"}, set()),  # a single plus: there, not graded
    ("3日前からふらつきがあるとのことでした。", "dizziness", {"frequency"}, set()),  # the past of the telling
    ("先週からふらつきが続いていました。", "dizziness", {"frequency"}, set()),  # a course
    ("2週間前からふらつくようになりました。", "dizziness", {"frequency"}, set()),
    ("ふらつきがあり転倒しました。", "dizziness", {"time", "frequency"}, set()),  # the past is the fall's
    ("2週間前から頭痛が強くふらつきもあります。", "dizziness", {"frequency"}, set()),  # 強く grades the headache
    ("2週間前から少し歩くとふらつきがあります。", "dizziness", {"frequency"}, set()),  # 少し is how far one walks
    ("2週間前からふらつきがあり、12月5日に受診予定です。", "dizziness", {"frequency"}, set()),  # a later date
    ("今日もふらつきがあります。", "dizziness", {"frequency"}, set()),  # another occasion
    ("デイサービスは9時30分にお迎えが来ます。2週間前から起床時にふらつきがあります。", "dizziness", {"frequency"}, set()),
    ("本日午前中にめまいの訴えがありました。また、2週間前から起床時にふらつきがあります。", "dizziness", {"frequency"}, set()),
    ("右足に手術の跡があり、3日前から両足にむくみがあります。", "edema", {"quantity"}, set()),  # not a mark of pressing
    ("両足のむくみが1ミリも引きません。", "edema", {"time", "quantity"}, set()),  # an idiom, not a measure
    ("12月1日の朝から黒色便が続いています。", "bleeding", {"frequency"}, set()),  # a morning that starts a course
    ("3日前から両足にむくみがあり、押すとあとが残ります。", "edema", set(), {"quantity"}),
    ("3日前から両足にむくみがあり、押すとくぼみます。", "edema", set(), {"quantity"}),
    ("昨日の朝、黒い便が出ました。", "bleeding", set(), {"frequency"}),  # one morning, as 昨夜 is
    ("3日前から両腕に点状出血があります。", "bleeding", set(), {"frequency", "time"}),  # purpura, a skin finding
]


@pytest.mark.parametrize(("text", "entry", "asked", "not_asked"), _REVIEW37)
def test_session37_review(checker, text, entry, asked, not_asked):
    kinds = {k for f in checker.check(text).findings if f.entry == entry for k in f.missing}
    assert asked <= kinds and not (not_asked & kinds), (text, kinds)


@pytest.mark.parametrize(("text", "kept"), [
    ("昨日の夕方から少し熱っぽいとのことで、今朝は37.8℃でした。", False),  # blind114's physician: the temperature is given
    ("風邪気味で、体温は37.5℃です。", True),  # 風邪 is no fever measured in ℃: its own tendency word stays
    ("熱っぽいです。", True),
    ("黒っぽい便が2回出ました。", True),  # a count is not the bleed's measure (ml, 枚)
])
def test_a_tendency_word_over_a_measured_observation_is_told(checker, text, kept):
    """Session 37: VC204 (〜っぽい, 〜気味: a tendency "with no measurement") over an observation measured in its own units
    in the same sentence is not shown."""
    assert any(f.rule == "VC204" for f in checker.check(text).findings) is kept, text


def test_a_next_sentence_whose_observations_are_all_denied_gives_its_figures(checker):
    """Session 37 (blind115's good report): on the same line, a next sentence that denies all its observations reports
    none of its own, so its figures are the observation's before it; a sentence of its own observation still asks."""
    told = "・12/1の訪問入浴時に仙骨部に発赤を発見。大きさ約3×4cm、皮むけ・水疱はなし。"
    assert not [f for f in checker.check(told).findings if f.entry == "pressure-injury"]
    unsized = "・12/1の訪問入浴時に仙骨部に発赤を発見。皮むけ・水疱はなし。"
    assert [f for f in checker.check(unsized).findings if f.entry == "pressure-injury"]  # nothing gives its size


@pytest.mark.parametrize(("text", "negated"), [
    ("どこも痛くねって本人は言うてる。", True),  # Niigata ね after an adjective's く: blind113
    ("足は痛くねども、腰が痛いって。", None),  # the 腰 is still asked
    ("足が痛くてね、歩けないの。", False),  # the particle ね after て
])
def test_niigata_ne_after_an_adjective_is_a_negation(checker, text, negated):
    pains = [f for f in checker.check(text).findings if f.entry == "pain"]
    if negated is True:
        assert not pains, pains
    elif negated is False:
        assert pains, text
    else:
        assert [f.text for f in pains] == ["痛い"], [(f.text, f.missing) for f in pains]


@pytest.mark.parametrize(("text", "asked"), [
    ("嘔吐・強い頭痛・意識障害があればすぐ受診します。", False),  # blind115's good report: a list made the condition
    ("発熱・激しい腹痛なし。", False),
    ("嘔吐・強い頭痛があります。", True),
])
def test_a_list_item_graded_by_an_adjective_shares_the_lists_negation(checker, text, asked):
    missing = [f for f in checker.check(text).findings if f.category.startswith("missing-")]
    assert bool(missing) is asked, (text, [(f.rule, f.text) for f in missing])


#: Session 37's second review: (sentence, rule that must be given or None, rule that must not be given or None).
_REVIEW37B = [
    ("37.5℃の微熱があり、息切れ気味です。", "VC204", None),  # a temperature measures no breathlessness
    ("昨日は37.8℃あり、今日も熱っぽいとのことです。", "VC204", None),  # another day's figure
    ("熱っぽい様子で、室温は28℃でした。", "VC204", None),  # the room's temperature
    ("熱っぽいとのことで、奥様は昨日38℃ありました。", "VC204", None),  # another person's
    ("昨日は37.8℃、しかし今日は熱っぽい。", "VC204", None),
    ("昨日の夕方から少し熱っぽいとのことで、今朝は37.8℃でした。", None, "VC204"),
    ("11月25日（月）から夕食後の薬の飲み忘れがあります。", "VC603", None),  # a date's weekday
    ("月・水・金のデイで飲み忘れがあります。", "VC603", None),  # a service's days
    ("訪問は月曜と木曜ですが、朝の薬を飲み忘れています。", "VC603", None),
    ("12/2(月)から水様便の下痢があります。", "VC603", None),  # only a missed dose is counted by its days
    ("お薬は今週、月曜と木曜の夕食後分を飲み忘れてました。", None, "VC603"),
    ("下痢があります。本日朝から嘔吐はありません。", "VC601", None),  # the denial's time dates nothing else
    ("痛みがあるとのことです。胸の痛みはありません。", "VC601", None),
    ("インスリンは少し早めに開始しています。", "VC501", None),  # the person's treatment, not the writer's meeting
    ("薬は少し遅れてお配りしています。", "VC501", None),  # a dose given late
    ("胸が苦しゅうなっても、ちっくと待ったら楽になる言うちょります。", "VC502", None),  # the person's wait, not an ask
]


@pytest.mark.parametrize(("text", "given", "not_given"), _REVIEW37B)
def test_session37_second_review(checker, text, given, not_given):
    rules = {f.rule for f in checker.check(text).findings}
    assert (given is None or given in rules) and (not_given is None or not_given not in rules), (text, rules)


# ------------------------------------------------------------------ session 38 (dev: blind113-115's good reports)

def test_a_title_with_an_adjective_made_a_noun_is_a_subject_line(checker):
    # 息苦し|さ is an adjective made a noun by さ: the title names the matter the body tells again (息苦しく), its words ask
    # nothing (blind113's good report)
    body = "\n首藤先生、本日中の受診の要否について至急ご判断をお願いします。\n・今朝6時頃から横になると息苦しく、10:30訪問時 SpO2 90%、脈112です。"
    report = checker.check("【至急・ご相談】甲斐トシエ様 息苦しさ増悪・SpO2低下" + body)
    assert not [f for f in report.findings if f.text == "増悪"]
    # a title that ends in a predicate is a sentence, read as any is
    report = checker.check("【至急・ご相談】甲斐トシエ様 最近息苦しい"
                           "\n首藤先生、本日中の受診の要否について至急ご判断をお願いします。\n・10:30訪問時 SpO2 90%、脈112です。")
    assert [f.rule for f in report.findings if f.text == "最近"] == ["VC301"]


@pytest.mark.parametrize(("text", "asked"), [
    # a record's bare あり after a dated list item on its line goes with the item's episodes (blind113's good report)
    ("・12/2から、階段昇降の後に胸の中央が締めつけられる痛みが1日2〜3回、各3〜5分続き、休むと治まります。冷や汗あり。", False),
    ("■状況：本日9時頃から咳込みが続く。冷や汗あり。", False),
    # not in running text, not told as a state of now, and not on another line
    ("昨日は咳があった。冷や汗あり。", True),
    ("・12/2から咳が1日10回ほど出ています。冷や汗もあります。", True),
    ("・12/2から咳が1日10回ほど出ています。\n冷や汗あり。", True),
])
def test_a_bare_ari_after_a_dated_item_is_of_its_episode(checker, text, asked):
    found = [f for f in checker.check(text).findings if "time" in f.missing and f.text == "冷や汗"]
    assert bool(found) == asked, found


@pytest.mark.parametrize(("text", "asked"), [
    # a swelling at the part a dated fall struck earlier in the paragraph is what the fall did (blind114's good report)
    ("本日12/4 10:20頃、自宅トイレ前で後方に転倒し、後頭部を床で打撲。\nエリキュース錠2.5mg 1日2回内服中です。\n後頭部に3cm程度の腫れあり。", False),
    ("11/30 14時頃、居室で転倒し右膝を打撲されました。\n食事は全量です。\n右膝に腫れがあります。", False),
    # another part, a fall with no day or time, and a fall told after it date nothing
    ("本日12/4 10:20頃、自宅トイレ前で転倒し、後頭部を打撲。\n食事は全量です。\n右足首に腫れがあります。", True),
    ("自宅で転倒し、後頭部を打撲。\n食事は全量です。\n後頭部に腫れがあります。", True),
    ("後頭部に腫れがあります。\n食事は全量です。\n本日12/4 10:20頃、転倒し後頭部を打撲されたそうです。", True),
])
def test_a_swelling_where_a_dated_fall_struck_is_dated_by_it(checker, text, asked):
    found = [f for f in checker.check(text).findings if "time" in f.missing and f.text == "腫れ"]
    assert bool(found) == asked, found


@pytest.mark.parametrize(("text", "flagged"), [
    # a grade with the clinician who assessed it after it is the clinician's term (blind115's good report)
    ("12/1からの右膝の腫れ・熱感は軽度（訪問看護確認）。", False),
    ("12/1からの右膝の腫れは軽度（ご家族談）。", True),  # the family's word is no assessment
    ("12/1からの右膝の腫れは軽度です。", True),
])
def test_a_grade_with_its_assessor_is_a_clinical_grade(checker, text, flagged):
    assert any(f.rule == "VC501" and f.text == "軽度" for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a change as the condition of a plan, alone or in a list of conditions (blind113's good report), asks nothing
    ("痛みが強くなる、歩けなくなる場合は速やかに受診をご相談します。", False),
    ("痛みが強くなる場合は速やかに受診をご相談します。", False),
    # a change told, and a 連用形 before 際 (立ち上がりの際: an occasion, no condition), are still findings
    ("痛みが強くなり、歩けなくなっています。", True),
    ("時間が以前より長くなり、立ち上がりの際にもふらつきが見られます。", True),
    ("夜に痛みが強くなる時があります。", True),
])
def test_a_change_as_a_condition_in_a_list(checker, text, flagged):
    assert any(f.rule in ("VC502", "VC601") for f in checker.check(text).findings) == flagged


def test_the_bodys_first_ask_after_a_subject_line_sums_up_what_the_list_below_tells(checker):
    # blind116's physician: "already quantified with dates, weight change, SpO2 and vitals in the report"
    head = ("件名：【至急・相談】息切れと体重増加について（斎藤 弘様 84歳）\nあおぞら循環器内科 松本先生\n"
            "心不全で通院中の斎藤様に息切れの悪化と体重増加があり、本日中の受診の要否をご判断いただきたく至急FAXいたします。\n")
    listed = "・12/2（水）夜から横になると息苦しく、座って寝ている\n・本日11時 SpO2 92%（普段96〜97%）、脈拍104\n"
    ask = "本日15時までに、受診の要否をお電話でご指示ください。"
    assert not [f for f in checker.check(head + listed + ask).findings if f.text.startswith("息切れ")]
    # running text below tells nothing of it (as below a conclusion line): the lead's observation is still asked
    told = "デイサービスは週3回利用されています。\n食事は8割です。\n"
    assert [f for f in checker.check(head + told + ask).findings if f.text.startswith("息切れ")]


@pytest.mark.parametrize(("text", "count"), [
    # a change inside the mention of what changed is that mention's (one finding per mention: blind116's physician)
    ("昨日から息切れの悪化があります。", 1),
    ("仙骨部の褥瘡が悪化しています。", 1),
    # two observations on the same words are each asked
    ("呼吸苦の訴えあり。", 2),
])
def test_a_change_inside_its_observations_mention_is_one_finding(checker, text, count):
    assert len([f for f in checker.check(text).findings if f.missing]) == count


@pytest.mark.parametrize(("text", "flagged"), [
    # a degree word inside the sign of an oedema's degree grades the sign (blind116's physician)
    ("両足首のむくみ、指で押すと少し跡が残る程度。", False),
    # not a degree word of the oedema itself, nor one without the oedema in its sentence
    ("両足首のむくみが少しあり、指で押すと跡が残る。", True),
    ("指で押すと少し跡が残ります。", True),
])
def test_a_degree_word_inside_a_degree_sign(checker, text, flagged):
    assert any(f.rule == "VC501" for f in checker.check(text).findings) == flagged


@pytest.mark.parametrize(("text", "asked"), [
    # the second sentence after an observation still tells of it when neither tells one of its own (blind116's physician)
    ("石田 トメさん、右のかかとが赤くなってます。\n大きさは500円玉くらい。\n12/2の訪問看護のときに見つけたそうです。", False),
    # not a plan, not an ask, not across a sentence with an observation of its own
    ("右のかかとが赤くなってます。\n大きさは500円玉くらい。\n12/5の10時に伺います。", True),
    ("右のかかとが赤くなってます。\n大きさは500円玉くらい。\n12/2までにご指示をいただけましたでしょうか。", True),
    ("右のかかとが赤くなってます。\n咳もあります。\n12/2の訪問看護のときに見つけたそうです。", True),
])
def test_a_second_sentence_after_goes_on_telling_of_it(checker, text, asked):
    found = [f for f in checker.check(text).findings if "time" in f.missing and f.text.startswith("赤く")]
    assert bool(found) == asked, found


_H38 = "○○クリニック 先生\nケアマネの中島です。\n山田様のことでご報告です。\n"
_ASK38 = "\n次回受診時にご確認をお願いします。"
# The session 38 review of the round on batch 97 and blind116: (text, rule, words, flagged)
_REVIEW38 = [
    # 1-3: a change that happens is no condition: 場合があります, 時は + the person's state, 、…際にも
    ("夜間、腰の痛みが強くなる場合があります。", "VC502", "強くなる", True),
    ("夕方になると足のむくみがひどくなる場合が多いです。", "VC401", "場合が多い", True),
    ("歩くと膝の痛みが強くなる、立ち上がる際にも顔をしかめておられます。", "VC502", "強くなる", True),
    ("むくみがひどくなる時は、靴が履けなくなるそうです。", "VC502", "ひどくなる", True),
    ("痛みが強くなる、歩けなくなる場合は速やかに受診をご相談します。", "VC502", "強くなる", False),
    # 4: 少しいいか、 is half of an alternative about the person's state
    ("痛みは少しいいか、変わらないくらいとのことです。", "VC501", "少し", True),
    ("熱はちょっとええだか、まだあるだか、よくわからんだよ。", "VC501", "ちょっと", True),
    ("ちょっといいですか、先に一点だけ確認させてください。", "VC501", "ちょっと", False),
    # 5: a grade not yet assessed is no clinician's grade
    ("右膝の腫れは軽度（Ns未確認）。", "VC501", "軽度", True),
    ("両下肢のむくみは軽度（主治医に要確認）。", "VC501", "軽度", True),
    # 6: what lies between an exacerbation and an admission is read
    ("歩行状態の悪化で転倒を繰り返し、入院となりました。", "VC401", "繰り返し", True),
    ("腰痛の悪化で時々ふらつき、入院を勧められました。", "VC401", "時々", True),
    ("ご本人は、心不全の増悪で今回2回目の入院なんですけども。", "VC602", "増悪", False),
    # 7: the writer's letter as the anchor of a change
    ("先日お送りした報告以降、息切れが強くなっています。", "VC301", "先日", True),
    ("先日お送りした山田さんの医療・介護連携連絡票に一部記載漏れがありました。", "VC301", "先日", False),
    # 8: the person's own bathing, day care and toileting counted
    ("ご本人が嫌がられ、入浴の回数が減っています。", "VC603", "回数が減っています", True),
    ("夜間のトイレ介助の回数が増えています。", "VC603", "回数が増えています", True),
    # 9: too many to count
    ("残薬数えきれないほどあり。", "VC602", "残薬", True),
    # 15-16: a tag question and まさか are no guess and no degree
    ("先生、明日は往診に来るだら？", "VC202", "だら", False),
    ("まっさかもう歩けるようになるとはねえ。", "VC502", "まっさか", False),
]


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), _REVIEW38)
def test_review38(checker, text, rule, words, flagged):
    found = [(f.rule, f.text) for f in checker.check(text).findings]
    assert any(r == rule and words in t for r, t in found) == flagged, found


@pytest.mark.parametrize(("body", "asked"), [
    # 10: a second sentence dates only by a finding, not by another matter's date, a plan or another occasion
    ("両足にむくみがあります。ご本人は特に気にされていません。12月1日に主治医を受診されました。", True),
    ("足のむくみがあります。食事は全量摂取されていました。12/3にショートステイから戻られました。", True),
    ("夜間に咳が出ています。ご家族も心配されています。昨年の冬にも肺炎で入院されました。", True),
    ("右のかかとが赤くなってます。大きさは500円玉くらい。12/2の訪問看護のときに見つけたそうです。", False),
])
def test_review38_second_sentence(checker, body, asked):
    found = [f for f in checker.check(_H38 + body + _ASK38).findings if "time" in f.missing]
    assert bool(found) == asked, found


@pytest.mark.parametrize(("text", "asked"), [
    # 11: a fall dates only an injury at the part it struck
    ("12/3 14時頃、左足から崩れるように転倒されました。お尻を打ったそうですが、歩けています。左足のむくみがあります。", True),
    ("12/3 14時頃、転倒し右膝を打撲されました。食事は全量です。右膝に腫れがあります。", False),
])
def test_review38_struck_part(checker, text, asked):
    assert any("time" in f.missing for f in checker.check(text).findings if f.text in ("むくみ", "腫れ")) == asked


@pytest.mark.parametrize(("text", "kinds"), [
    # 12: a change inside a mention that does not ask how much adds its question to that finding
    ("息苦しさの悪化があります。", ("time", "quantity")),
    ("物忘れの悪化があります。", ("time", "quantity")),
])
def test_review38_merged_change(checker, text, kinds):
    found = [f for f in checker.check(text).findings if f.missing]
    assert len(found) == 1 and found[0].missing == kinds, found


def test_review38_the_lead_keeps_its_own_vague_words(checker):
    # 13: the body's first ask sums up only what the list names; its own 最近 / 少し are still read
    text = ("件名：【至急・相談】息切れと体重増加について\n心不全で通院中の斎藤様に息切れの悪化と体重増加があり、"
            "最近は元気もなく少し熱っぽいため、本日中の受診の要否をご判断いただきたく至急FAXいたします。\n"
            "・12/2（水）夜から横になると息苦しく、座って寝ている。\n・体重：11/30 52.0kg → 12/4 54.5kg\n"
            "・SpO2 92%（安静時）、脈拍98回/分\nよろしくお願いいたします。")
    rules = {(f.rule, f.text) for f in checker.check(text).findings}
    assert ("VC501", "少し") in rules and ("VC101", "元気もなく") in rules


def test_review38_a_title_with_a_vague_word_is_read(checker):
    # 14: a title that says when or how often, or that the body never tells again, is read as any line is
    text = ("【ご相談】山本様 最近の息苦しさと時々の胸の痛み\n○○クリニック 先生\nケアマネの中島です。\n"
            "12/2夜から横になると息苦しく、座って寝ておられます。SpO2 92%です。\n本日中の受診が必要かご判断をお願いします。")
    assert any(f.text == "時々" for f in checker.check(text).findings)
    text = "【至急】山本様 息苦しさと冷や汗\n○○クリニック 先生\n本日10時の訪問時、顔色が悪く、ぐったりされていました。\nご指示をお願いします。"
    assert any(f.text == "冷や汗" and f.missing for f in checker.check(text).findings)


@pytest.mark.parametrize(("body", "flag"), [
    # 17: no voiding is expected of a dialysis patient or a catheter, and a few hours are no red flag
    ("透析導入後から排尿はありません。本日の透析は予定どおり行いました。", False),
    ("バルーンを留置してから自排尿はありません。尿は1日1200ml程度バッグに出ています。", False),
    ("日中、2時間おきに誘導していますが、昼食から排尿はありません。夕方に排尿あり。", False),
    ("本日10時まで約27時間排尿がありません。", True),
])
def test_review38_no_voiding(checker, body, flag):
    assert any(u.id == "no-voiding" for u in checker.check(_H38 + body + _ASK38).outline.urgent) == flag


@pytest.mark.parametrize(("name", "named"), [("長野様", "長野様の"), ("新潟ハナ様", "新潟ハナ様の")])
def test_review38_a_surname_read_as_a_place(checker, name, named):
    # 18: a surname UniDic reads as a place is still the patient's name
    text = f"○○クリニック 先生\nケアマネの中島です。\n{name}ですが、昨日から37.8℃の発熱があります。\n以上です。"
    assert any(f.suggestion.example.startswith(named) for f in checker.check(text).findings if f.rule == "VC701")


@pytest.mark.parametrize(("line", "phoned"), [
    # a call told in the resultative 〜てあります happened (blind117's physician: "the clinic was phoned")
    ("クリニックにはさっき電話して、看護師さんに伝えてあります。", True),
    ("電話しようと思ってあります。", False),
])
def test_a_call_told_as_done_with_te_aru(checker, line, phoned):
    assert checker.check("山田様の件です。\n熱が39℃あります。\n" + line + "\n以上です。").outline.phoned == phoned


def test_a_greetings_thanks_and_an_offer_after_the_ask_ask_nothing(checker):
    # blind117's physician: "a single clear request with a deadline; arranging the date afterwards is not a second request"
    text = ("紀南ひかり病院 整形外科 小谷 先生\n平素より貴志 茂様の診療に格別のご配慮を賜り、厚く御礼申し上げます。\n"
            "本日は、左足のしびれについてご報告し、受診時期についてご相談させていただきたく、お便りを差し上げました。\n"
            "11/24頃より、左足の指先のしびれが強まり、屋内歩行は10m程度で休憩が必要です。\n"
            "つきましては、12/17の定期受診を前倒しすべきか否か、12/9までにご判断を賜りたく存じます。"
            "ご判断をいただけましたら、ご家族と受診日を調整いたします。")
    report = checker.check(text)
    assert report.outline.request == "clear" and not any(f.rule == "VC702" for f in report.findings)


@pytest.mark.parametrize(("body", "phoned"), [
    # the second review of session 38: 〜てあります is a call made only when it closes the call or a telling right after
    # it, with no instruction, plan or booking between, and no one but the clinic named as called
    ("佐藤様、朝から39.2℃の発熱で、ぼーっとしています。クリニックにはさっき電話して、看護師さんに伝えてあります。", True),
    ("佐藤様、朝から39.2℃の発熱です。11時にクリニックへ電話してあります。", True),
    ("佐藤様、本日朝から黒い便が出ています。何かあれば電話で連絡するよう、ご家族にお伝えしてあります。受診の要否をご指示ください。", False),
    ("佐藤様、本日10時頃から胸の痛みを訴えておられます。長女さんには電話してあります。受診の要否をご指示ください。", False),
    ("佐藤様、今朝から胸の痛みがあります。明日の受診は電話で予約してあります。", False),
    ("佐藤様、本日朝から黒っぽい便が出ています。明日の朝、貴院に電話で相談することにしてあります。", False),
    ("佐藤様、昨夜から38.9℃の発熱があり、ぐったりしておられます。薬局にも電話で確認してあります。", False),
])
def test_review38b_a_call_told_in_te_aru(checker, body, phoned):
    assert checker.check("○○クリニック 先生\nケアマネの中島です。\n" + body).outline.phoned == phoned


@pytest.mark.parametrize(("line", "state"), [
    # a greeting and an ask in one sentence still ask; a statement that something was noticed asks nothing
    ("いつもお世話になっております、お手すきの際にお電話いただけますでしょうか。", "vague"),
    ("気づきの点がありましたので、ご報告いたします。", "none"),
    ("またお気づきの点があれば、よろしくお願いいたします。", "vague"),
])
def test_review38b_greeting_and_noticing(checker, line, state):
    assert checker.check("山田様の件です。\n足のむくみがあります。\n" + line).outline.request == state


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), [
    # a wheeze is heard without a stethoscope: its grade is the writer's; 熱あんめぇ is a denial
    ("軽度の喘鳴があります。", "VC501", "軽度", True),
    ("熱あんめぇ。", "VC601", "熱", False),
    ("熱あんだけど、平気だって。", "VC601", "熱あん", True),
])
def test_review38b_words(checker, text, rule, words, flagged):
    assert any(f.rule == rule and words in f.text for f in checker.check(text).findings) == flagged


def test_review38b_an_offer_only_of_the_writers_own_arranging(checker):
    # an ask for the physician's adjustment, or a sentence that goes on asking, is still an ask
    head = "山田様の件です。\n足のむくみがあります。\n利尿剤の量をご検討ください。\n"
    report = checker.check(head + "ご判断をいただけましたら、送迎を調整いたしますので、今月中にお返事いただければ幸いです。")
    assert any("今月中" in r.text for r in report.outline.requests)


# Session 39: a vague word of frequency in the next clause counts the observation before it (one finding asks
# how often, not two); a clause with a subject of its own is about that subject
@pytest.mark.parametrize(("text", "word", "missing"), [
    ("お腹がゆるく、1日に何回かトイレに行かれています。", "下痢", None),  # 何回か (VC401) asks it; nothing else lacks
    ("下痢が続き、何度もトイレに行かれます。", "下痢", ["time"]),
    ("下痢が続いています。", "下痢", ["time", "frequency"]),
    ("ふらつきが見られ、顔色もすぐれないことがあります。", "ふらつき", ["time", "frequency"]),
    ("ふらつきが見られ、時々座り込まれます。", "ふらつき", ["time"]),
])
def test_session39_frequency_asked_in_the_next_clause(checker, text, word, missing):
    report = checker.check(text)
    assert any(f.rule == "VC401" for f in report.findings) == ("続いています" not in text)
    got = next((f.to_dict()["missing"] for f in report.findings if f.rule.startswith("VC6")), None)
    assert got == missing, [(f.rule, f.text, f.to_dict()["missing"]) for f in report.findings]


@pytest.mark.parametrize(("body", "phoned"), [
    # session 39: a call told in the past went to whom its stretch names; the family, a pharmacy or the helpers are not
    # the clinic (the gap the session 38 review left), an ambulance is whoever was consulted first
    ("本日9時、自宅で転倒され、後頭部を打撲されました。ワーファリン内服中です。ご家族には電話で連絡しました。", False),
    ("本日10時頃から胸の痛みを訴えておられます。長女さんに電話で伝えました。", False),
    ("本日10時頃から胸の痛みを訴えておられます。クリニックに電話でお伝えしました。", True),
    ("本日10時頃から胸の痛みを訴えておられます。ご家族と相談し、主治医に電話で報告しました。", True),
    ("今朝、コーヒーのカスのようなものを吐かれ、奥さんと相談して救急車を呼びました。", True),
    ("今朝から尿が出ていません。11時に訪問看護ステーションに電話しました。", True),
    ("本日朝から胸痛あり。デイから貴院にはお電話で連絡済みとのことです。", True),
])
def test_session39_a_call_in_the_past_goes_to_whom_it_names(checker, body, phoned):
    assert checker.check("○○クリニック 先生\nケアマネの中島です。\n" + body).outline.phoned == phoned


@pytest.mark.parametrize(("body", "urgent"), [
    # session 39 (blind118): the last time seen well, in brackets with its own time, does not put the sign in the past;
    # a bracketed note of the sign's own history still does
    ("・8時30分、デイ送迎時に右手に力が入らず、ろれつが回らない状態を確認（7時の朝食時は普段どおりと奥様）。", True),
    ("右手のしびれがあります（以前から）。", False),
    ("右手のしびれ（以前から）があります。", False),
    # a next sentence that tells another matter long-standing does not settle the sign (食欲 is not the fluids)
    ("奥様の話では、ここ3日ほど水もほとんど飲まず、口がカラカラで、トイレにもほとんど行っていないそうです。"
     "ただ食欲は昔からあまりない方なので。", True),
    ("左手のしびれがあります。以前から変わりありません。", False),
    # a list closed by ございません denies its first item too, as ありません does
    ("胸痛や息切れ、夜間の呼吸困難はございません。", False),
    ("本日朝から胸痛があり、息切れ、夜間の呼吸困難はございません。", True),
    # a weight gain with oedema alone is a matter to consult on soon, not a call today (ten blind reports say so)
    ("この1週間で体重が2.3kg増え（52.0→54.3kg）、両下腿のむくみも強くなっています。息切れはありません。", False),
    ("この3日間で体重が2.5kg増え（58.0→60.5kg）、階段で息切れするようになりました。", True),
])
def test_session39_red_flags(checker, body, urgent):
    text = "○○クリニック 先生\nケアマネの中島です。\n" + body + "\nご報告のみです。"
    assert bool(checker.check(text).outline.urgent) == urgent, [u.id for u in checker.check(text).outline.urgent]


_SESSION39_WORDS = [
    # session 39 (batch 99, first run at 2ba35a3): care practices, the writer's own schedule, a diagnosis since before,
    # a clinician's word a moment ago, a grade told of a diagnosis, doses named on a day: nothing about the person's state
    ("ヘルパーが訪問時に少しずつ水分摂取をお勧めしております。", "VC501", "少し", False),
    ("デイでは、少しずつですけども歩行訓練を続けてもらってます。", "VC501", "少し", False),
    ("少しずつ体重が減っています。", "VC501", "少し", True),
    ("すみません、ちょっと資料の準備が遅れてまして。", "VC501", "ちょっと", False),
    ("ちぃと遅れて行きますけぇ、すみません。", "VC501", "ちぃと", False),
    ("食事の準備が少し遅れて、食べるのが遅くなります。", "VC501", "少し", True),
    ("以前から心房細動があって、ワーファリンを飲まれてます。", "VC301", "以前", False),
    ("以前から腰痛があって、湿布を貼っています。", "VC301", "以前", True),
    ("先ほど主治医の先生から、塩分は1日6グラムまでとお話がありました。", "VC301", "先ほど", False),
    ("先ほど転倒されました。", "VC301", "先ほど", True),
    ("要介護2で、認知症は軽度じゃと先生から聞いとります。", "VC501", "軽度", False),
    ("吉田さん、昨日は朝と夕の薬を飲み忘れていました。", "VC603", "", False),
    ("薬を飲み忘れていました。", "VC603", "飲み忘れ", True),
    ("むくみの状態を診ていただけますでしょうか。", "VC601", "むくみ", False),
    ("先生にむくみを診ていただきました。", "VC601", "むくみ", True),
    # misses: よく read as the adjective, なんか before a state, Saga 元気のなか, 昨夕あたり, a clock time settling no onset
    ("夜間よくトイレに起きています。", "VC401", "よく", True),
    ("今日は機嫌よくデイに行かれました。", "VC401", "よく", False),
    ("うーん、なんか調子悪そうなんですよね。", "VC203", "なんか", True),
    ("田中さん、なんか元気のなかです。", "VC101", "元気のなか", True),
    ("昨夕あたりより37℃台の発熱。", "VC301", "昨夕あたり", True),
    ("昨夕から37.5℃の発熱。", "VC601", "発熱", False),
    ("最近、ご自宅では夕方まで、デイでも昼食後から15時頃まで眠っておられる日が週3日あります。", "VC301", "最近", True),
    ("先ほど13時05分に娘さんから、受診は10時半に変更とのご連絡がありました。", "VC301", "先ほど", False),
    ("11/29は10時から15時まで、5時間ずっと寝てたさー。", "VC301", "ずっと", False),
    # the good reports of blind118: a graded item in a negated list, a count in the next clause measures the sputum
    ("転倒や新たな打撲はありません。", "VC601", "転倒", False),
    ("12月3日から黄色い痰が増え、1日10回以上出ています。", "VC602", "痰", False),
    ("12月3日から黄色い痰が増え、咳が1日10回以上出ています。", "VC602", "痰", True),
    ("血圧がてげ高いです。", "VC502", "てげ", True),
    ("気が強い方です。", "VC502", "", False),
]


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), _SESSION39_WORDS)
def test_session39_words(checker, text, rule, words, flagged):
    found = [(f.rule, f.text) for f in checker.check(text).findings]
    assert any(r == rule and words in t for r, t in found) == flagged, found


# The session 39 review (diff 2ba35a3..2371975, ~150 probes): 11 problems, each mended; the probes that caught them
@pytest.mark.parametrize(("body", "phoned"), [
    ("ヘルパーから報告を受けて10時半にお電話でご報告しました。", True),  # a source, not the one called
    ("ご家族と相談のうえお電話でご報告いたしました。", True),
    ("ご本人は大丈夫と言われましたが念のためお電話でお伝えしました。", True),  # 夫と inside 大丈夫と
    ("ご家族と田中内科にお電話で連絡しました。", True),
    ("娘さんからクリニックの看護師さんに電話で伝えてもらいました。", True),
    ("長男様に付き添われ緊急受診されました。", True),  # taken to hospital
    ("今朝、奥さんから電話で、知らせがありました。", False),  # the writer was called
    ("お嫁さんと電話でお話ししました。", False),
    ("かかりつけのクリニックにはご家族からお電話されました。", True),
])
def test_review39_whom_a_call_went_to(checker, body, phoned):
    text = "○○クリニック 先生\nケアマネの中島です。\n本日10時より右手に力が入らず、ろれつが回りません。" + body
    assert checker.check(text).outline.phoned == phoned


@pytest.mark.parametrize(("body", "urgent"), [
    ("1週間で体重3kg増加、下肢浮腫増強、尿量減少あり。", True),  # less urine, in a record's words
    ("体重が3日で2.5kg増え、足のむくみも強くなり、おしっこの出が悪いです。", True),
    ("体重は減ったが痰が増え、息切れもあります。", False),  # a loss is no gain (and 息切れ alone is no red flag)
    ("右手の麻痺があります（令和4年10月の脳梗塞後遺症）。", False),  # a dated old event in brackets
    ("労作時にSpO2が88%まで下がります（以前から、11月10日の受診時も同程度）。", False),
    ("SpO2が86〜88％まで下がり、休憩で92％に戻ります。この状態は3か月前から同じ傾向です。", False),
    ("右手に力が入りにくいです。症状は以前から変わりありません。", False),
    ("左足に力が入りません。麻痺は脳梗塞後から変わりありません。", False),
])
def test_review39_red_flags(checker, body, urgent):
    text = "○○クリニック 先生\nケアマネの中島です。\n" + body + "\nご報告のみです。"
    report = checker.check(text)
    assert bool(report.outline.urgent) == urgent, [u.id for u in report.outline.urgent]
    assert not any(u.id == "weight-gain-heart-failure" for u in report.outline.urgent) or "減った" not in body


_REVIEW39_WORDS = [
    ("転倒、明らかな外傷なし。", "VC601", "転倒", True),  # a contrast after a comma, not a list
    ("嘔吐、その他の症状はございません。", "VC601", "嘔吐", True),
    ("咳、この2日間発熱なし。", "VC603", "咳", True),
    ("両下肢のむくみとこの2週間の体重増加について、ご検討いただければと思います。", "VC602", "むくみ", False),
    ("昨日から下痢があり、何度もナースコールを押されました。", "VC603", "下痢", True),  # a count of another act
    ("痰が多く、1日3回ネブライザーを使っています。", "VC602", "痰", True),
    ("痰が増え、1日3回訪問看護が入っています。", "VC601", "痰", True),
    ("・12/3 訪問時：体温36.5℃、血圧128/70。普段どおり会話あり。腰痛の訴えあり。", "VC601", "腰痛", True),  # a visit's date
    ("今日も朝の薬を飲み忘れていました。", "VC603", "飲み忘れ", True),  # も: again
    ("数日前から胃腸炎で内服しています。", "VC301", "数日前", True),
    ("ちょっと前から膀胱炎で通院しています。", "VC301", "ちょっと前", True),
    ("少しずつ歩けなくなり、リハビリをしています。", "VC501", "少し", True),
    ("少し支度が遅れるようになりました。", "VC501", "少し", True),
    ("右手の麻痺は軽度ですが、今朝から箸が持ちにくいようです。", "VC501", "軽度", True),
    ("ヘルパーさんに毎日むくみの状態を見てもらえるか、事業所に確認します。", "VC601", "むくみ", True),
    ("食事よく摂取されています。", "VC401", "よく", False),
    ("リハビリよく取り組まれています。", "VC401", "よく", False),
    ("最近、15時頃まで眠っておられます。", "VC301", "最近", True),
    ("最近、明け方4時頃に目が覚めてしまうそうです。", "VC301", "最近", True),
    ("この前、10時頃に転倒されました。", "VC301", "この前", True),
    ("先ほど訪問した際、14時20分に転倒されているのを発見しました。", "VC301", "先ほど", False),
]


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), _REVIEW39_WORDS)
def test_review39_words(checker, text, rule, words, flagged):
    test_session39_words(checker, text, rule, words, flagged)


# Session 39, third round (batch 100 first run at 75af1e0; blind119's packet): asks for a moment in more registers, the
# writer's own call and check, a meeting closing early, care practice with 少量ずつ, a diagnosis attended since before,
# (not ひと月前, which the blind writers mark as vague: tried and withdrawn), tablets left counting missed doses, the last stool dating a constipation, Kyushu 〜しちょっ
_ROUND39C_WORDS = [
    ("先生、お疲れさまです、ちっといいですかね。", "VC501", "ちっと", False),
    ("先生、お忙しいとこえらいすんません、ちょっとだけよろしいやろか。", "VC501", "ちょっと", False),
    ("先生、ちょっとよかですか、すぐ済みますけん。", "VC501", "ちょっと", False),
    ("えらいすんません、電話遅なってしもて。", "VC502", "遅", False),
    ("私のほうで、後日ちょっとご家族に確認して、また連絡いたします。", "VC501", "ちょっと", False),
    ("では、少し早いですけども、以上で終わりにしたいと思います。", "VC501", "少し", False),
    ("HHより少量ずつ水分摂取を促している。", "VC501", "少量", False),
    ("鈴木様は数年前から変形性膝関節症で整形外科に通われております。", "VC301", "数年前", False),
    ("ひと月くらい前から、夜間のトイレが2回から4回に増えてまして。", "VC301", "前から", True),  # 13 blind writers mark it
    ("小林様は夕食後のアムロジピンが8錠残っており、月の後半に飲み忘れが集中していました。", "VC603", "飲み忘れ", False),
    ("1回2錠の薬を飲み忘れています。", "VC603", "飲み忘れ", True),
    ("便秘が続いていて、最後の排便は12/1とのことです。", "VC601", "便秘", False),
    ("便秘が続いています。", "VC601", "便秘", True),
    ("夜中ごそごそしちょっち奥さんがだれちょいやっです。", "VC501", "ちょっ", False),
    ("歩行時にちょっとふらつきます。", "VC501", "ちょっと", True),
]


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), _ROUND39C_WORDS)
def test_session39_third_round_words(checker, text, rule, words, flagged):
    test_session39_words(checker, text, rule, words, flagged)


def test_session39_a_numbness_since_weeks_ago_is_no_stroke_call(checker):
    """blind119's physician: two weeks of one-sided sole numbness is not an acute stroke picture."""
    text = "【報告】牧野 一郎様　しびれについて\n2週間ほど前から、右足の裏のしびれを訴えておられます。\n糖尿病のお薬は続けています。\nよろしくお願いします。"
    assert not checker.check(text).outline.urgent
    assert checker.check("佐藤先生\nケアマネの中島です。\n3日前から右手のしびれがあります。\nご報告のみです。").outline.urgent


# Session 40, first round (blind119's packet left these): a choking with sputum alone in a report that tells no fever,
# a pain score high on moving but within limits at rest, an earlier score dated in brackets before the arrow, and a
# body line that puts the subject line's purpose again, whose change is measured below in what changed's units
_LETTER40 = "件名：【ご相談】加藤 キヌ様 腰痛について\n○○整形外科 山本先生\nいつもお世話になっております。\n{}\n{}\n鎮痛薬の調整をご検討いただけますでしょうか。"


@pytest.mark.parametrize(("body", "urgent"), [
    # (sputum alone where the report tells no fever was tried and withdrawn: a fever denied of someone else, another
    # time or a plan cleared it, and food stuck with sputum is urgent with no fever: the session 40 review)
    # (sputum caught after meals, not grown, is the weeks-long dysphagia of a swallowing assessment: eight blind writers'
    # reports, blind112-138, none urgent, and blind138's physician called the flag a false alarm; session 44)
    ("11/25頃から食事中のむせが増え、食後に痰のからんだ咳が続きます。\n発熱はなく、SpO2は95〜97%です。", False),
    ("昨日の昼食で餅を詰まらせて、その後から痰がゴロゴロしています。\n熱はありません。", True),
    ("昨日の夕食でむせてから、痰が増えて息苦しそうです。\n発熱はありません。", True),
    ("痛みは NRS 7/10（11月中は3〜4/10）。\n起き上がり・立ち上がり時に強く、安静時は4/10です。", False),
    ("・痛み：NRS 動作時 8/10、安静時 3/10", False),
    ("痛みはNRSで8です。\n安静時も8です。", True),  # at rest beyond it too
    ("・腰痛：NRS 7（9月末）→ NRS 3（10/15）", False),  # the course's earlier value, dated in brackets
    ("・腰痛：NRS 3（9月末）→ NRS 8（本日）", True),
    ("本日朝のNRSは9（昨日は4）でした。", True),
    ("SpO2 安静時93%、歩行後88%でした。\n歩くと肩で息をされます。", True),  # a fall on exertion is the news
    # the session 40 review: a rest value of another pain or time, a rising one, night pain, a rescue dose, an action
    # after the arrow
    ("右膝の痛みは安静時NRS 2です。\n昨夜から頭痛があり、NRS 8です。", True),
    ("昨日まで安静時NRS 2でした。\n本日は安静にしていてもNRS 8です。", True),
    ("腰痛は安静時NRS 4→8に悪化しています。", True),
    ("日中の安静時はNRS 3ですが、夜間にNRS 9の痛みで目が覚めます。", True),
    ("・安静時 NRS 3\n・体動時 NRS 9、レスキューを本日4回使用", True),
    ("・腰痛：NRS 8（本日10時）→ 様子観察中です。", True),
    ("NRS 9→レスキュー使用", True),
    ("NRS：11/1 7 → 11/10 4 → 11/20 2", False),
])
def test_session40_red_flags_in_context(checker, body, urgent):
    text = "○○クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の体調についてご報告です。\n" + body + "\n受診の要否についてご指示をお願いいたします。"
    report = checker.check(text)
    assert bool(report.outline.urgent) == urgent, [u.id for u in report.outline.urgent]


@pytest.mark.parametrize(("opening", "facts", "flagged"), [
    ("加藤様の腰痛が12/1頃から増強しており、鎮痛薬についてご相談申し上げます。", "痛みは腰部中央で、本人評価 NRS 7/10（11月中は3〜4/10）です。", False),
    ("加藤様の腰痛が12/1頃から増強しており、鎮痛薬についてご相談申し上げます。", "デイサービスは週2回です。", True),  # nothing measures it
    ("加藤様の傷が12/1頃から悪化しており、処置についてご相談申し上げます。", "痛みは NRS 7/10 です。", True),  # not the wound's units
    ("加藤様の腰痛が12/1頃から増強しており、鎮痛薬についてご相談申し上げます。", "膝の痛みはNRS 2で落ち着いています。", True),  # another pain
])
def test_session40_a_restated_purpose_is_told_by_the_figures_below(checker, opening, facts, flagged):
    found = [(f.rule, f.text) for f in checker.check(_LETTER40.format(opening, facts)).findings]
    assert any(r == "VC602" and t in ("増強", "悪化") for r, t in found) == flagged, found


# Session 40, batch 101 (first run at 5b4c6ab) and blind120's packet: a plan's condition, a sign told nearly absent,
# asks for a moment and care practice in more dialects, Kyushu 〜ちょる after any verb form, a schedule 過ぎに, a
# diagnosis attended since before without を, a meeting's close; and a general change gives way to what changed
_SESSION40_WORDS = [
    ("主治医より、むくみが増えたら早めに連絡をとのご指示でした。", "VC601", "むくみ", False),
    ("熱が出れば解熱剤を使うようにとのことです。", "VC602", "熱", False),
    ("むくみが増えています。", "VC601", "むくみ", True),
    ("昨夜転倒した時に頭を打ちました。", "VC601", "転倒", False),  # dated: not a condition, but told when
    ("痰はほとんどありません。", "VC501", "ほとんど", False),
    ("自然排便がほとんどなく、お腹が張っています。", "VC501", "ほとんど", True),
    ("河野さん、昼ご飯の時に3回むせちょったっちゃ。", "VC501", "ちょっ", False),
    ("先生、ちっとんべいいですか、ケアマネの大塚です。", "VC501", "ちっと", False),
    ("先生、ちっといいかね、ケアマネの小池だに。", "VC501", "ちっと", False),
    ("顔色もちっといいかね。", "VC501", "ちっと", True),  # no comma before it: the person's state
    ("ヘルパーさんが、ちょっこずつ水っこ飲ませてるっす。", "VC501", "ちょ", False),
    ("ヘルパーさんが毎日ちょんぼしずつ歩く練習につきおうとんなるけぇ。", "VC501", "ちょんぼし", False),
    ("ヘルパーには、食事の際に少しずつ声をかけながら水分も勧めるようお願いしています。", "VC501", "少し", False),
    ("すみません、少し遅れて14時過ぎに伺います。", "VC501", "少し", False),
    ("HTにて以前からアムロジピン内服中。", "VC301", "以前", False),
    ("田中さんは、脳梗塞の後遺症で左片麻痺がありまして、以前から通院されてます。", "VC301", "以前", False),
    ("以前から骨粗鬆症の治療も続けておられます。", "VC301", "以前", False),
    ("以前から腰痛で通院されてます。", "VC301", "以前", True),  # a symptom, not a diagnosis
    ("大体こんなところですかね、何か質問ありますか。", "VC501", "大体", False),
    # the session 40 review: a past sequence is no condition, a state after a comma is no ask, a symptom before 以前から,
    # a treatment's change nearly absent, what was eaten
    ("むくみが増えたら、息苦しさも出てきました。", "VC601", "むくみ", True),
    ("痰が増えたら、熱も出てきました。", "VC601", "痰", True),
    ("むくみが増えたと思ったら、息切れも出てきました。", "VC601", "むくみ", True),
    ("体調は、ちょっといいかな。", "VC501", "ちょっと", True),
    ("めまいでふらつきがありまして、以前から通院されてます。", "VC301", "以前", True),
    ("レスキューを使っても痛みの変化はほとんどありません。", "VC501", "ほとんど", True),
    ("食べたのは大体そんなところですか。", "VC501", "大体", True),
]


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), _SESSION40_WORDS)
def test_session40_words(checker, text, rule, words, flagged):
    test_session39_words(checker, text, rule, words, flagged)


def test_session40_a_change_lends_its_words_to_what_changed(checker):
    """blind120's physician: 「咳が増えて」 was answered with the exudate example of a general change."""
    report = checker.check("12/2頃から咳が増えて、痰がからむ様子です。")
    found = [f for f in report.findings if "咳" in f.text]
    assert found and all("浸出液" not in f.suggestion.example for f in found), [(f.text, f.suggestion.example) for f in found]
    assert any("咳" in f.suggestion.example or "咳" in "".join(f.suggestion.questions) for f in found)


# Session 40, second round (batch 102 and blind121 first run at ad5ddea; blind120's and blind121's packets): Shikoku
# 〜よらん denies (not 〜よるんよ, which tells it), a tendency word measured at the visit, a systolic range, the person's
# usual state, 〜と考えられます hedges (not a clinician's view quoted), dialect asks for a moment, a schedule, greetings
# with どうも, この間 after a measured span, 普段通り before a named act
_ROUND40B_WORDS = [
    ("咳はしよらんかったと思うけど。", "VC601", "咳", False),
    ("咳は出よらん。", "VC601", "咳", False),
    ("この間から咳が出よるんよ。", "VC603", "咳", True),
    ("村上さん、一昨日ぐらいから下痢しよるんよ。", "VC603", "下痢", True),
    ("昨日から熱っぽいとのことで、今朝のヘルパー訪問時は37.8℃でした。", "VC204", "熱っぽい", False),
    ("熱っぽい様子で、室温は28℃でした。", "VC204", "熱っぽい", True),
    ("家庭血圧が高めで、朝は150〜170くらいです。", "VC501", "高め", False),
    ("家庭血圧が高めです。", "VC501", "高め", True),
    ("お茶もあんまり飲まんし、ほなけんどいつもこんな感じやけんな。", "VC204", "感じ", False),
    ("なんかしんどい感じです。", "VC204", "感じ", True),
    ("水分摂取量が不十分と考えられます。", "VC203", "考えられます", True),
    ("主治医より、浮腫は心不全によるものと考えられるとのご見解を伺っております。", "VC203", "考えられ", False),
    ("黒木さん、12月3日から下痢が1日4回出ちょっとよ。", "VC501", "ちょっと", False),
    ("おばんです。居宅の佐藤だす、ちょっこいいすか。", "VC501", "ちょっ", False),
    ("先生、ちっとんべ確認させてもらってもいいかい。", "VC501", "ちっと", False),
    ("私のほうは少し遅れて合流しますので、先に進めていてください。", "VC501", "少し", False),
    ("週2回の訪問介護にて、入浴介助と少量ずつの水分補給を行っております。", "VC501", "少量", False),
    ("新井さん、前から高血圧で薬飲んでるんだいね。", "VC301", "前から", False),
    ("黒木さん、前から腎臓が悪くて通院しちょっとよ。", "VC301", "前から", False),
    ("どうも、お世話になってます。居宅の山田だいね。", "VC203", "どうも", False),
    ("どうも熱っぽいようです。", "VC203", "どうも", True),
    ("12月4日は49.6kgで、1か月で2.4kg減少しており、この間の昼食摂取量は5割程度でした。", "VC301", "この間", False),
    ("この間転倒しました。", "VC301", "この間", True),
    ("翌朝も普段通り会話されています。", "VC103", "普段通り", False),
    ("普段通りです。", "VC103", "普段通り", True),
    ("ヘルパーさんが、ちっとずつお茶ば勧めよります。", "VC501", "ちっと", False),
    ("水分もあんまり飲まんです。", "VC501", "あんまり", True),
]


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), _ROUND40B_WORDS)
def test_session40_second_round_words(checker, text, rule, words, flagged):
    test_session39_words(checker, text, rule, words, flagged)


@pytest.mark.parametrize(("ask", "state"), [
    ("今後どうしたらよいか、ご指示お願いします。", "vague"),  # open-ended: seven blind writers marked it vague
    ("その後どうすればよいか、ご指示をお願いします。", "vague"),
    ("どうしたらよいかご指示ください。", "clear"),
    ("今後どうしたらよいか、脳外科受診が必要かどうかご指示いただけますでしょうか。", "clear"),  # a named question
    ("今後どのようにしていけばよろしいか、ご教示いただけますと幸いです。", "vague"),
])
def test_session40_an_open_ended_how_to(checker, ask, state):
    text = "○○クリニック 佐藤先生\nいつもお世話になっております。\n山田様の体重についてご報告です。\n体重が1か月で3kg減りました。\n" + ask
    assert checker.check(text).outline.request == state


@pytest.mark.parametrize(("body", "urgent"), [
    ("ここ2、3日、歩いたら胸がせこい、ちょっと押さえられる感じがするって言いよりました。", True),
    ("今朝ちょっと血みたいなの吐いたって奥さんが言ってました。", True),
    ("12/4の夕方から急に言っていることがおかしくなったと息子さんから連絡がありました。", True),
    ("言っていることはしっかりしていて、食事も全量です。", False),
])
def test_session40_second_round_red_flags(checker, body, urgent):
    test_session40_red_flags_in_context(checker, body, urgent)


def test_session40_the_struck_part_is_a_site(checker):
    """blind121's good report: 打撲部に3cm程度の腫れ refers to the head it named as struck."""
    text = "本日8:30頃、自宅トイレ前で転倒し、右側頭部を床に打ちました。意識ははっきりしており、嘔吐なし、打撲部に3cm程度の腫れがあります。"
    assert not any("location" in f.missing for f in checker.check(text).findings)
    assert any("location" in f.missing for f in checker.check("腫れがあります。").findings)


# Session 40, third round (batch 103 and blind122 first run at a0879bb; blind122's packet): a nurse's finding passed on,
# an ask to examine in San'in speech, care practice and schedules in more forms, なんか before いつもと / こう、, a degree
# sign in brackets after a change, furniture set higher
_ROUND40C_WORDS = [
    # (a nurse's words passed on, 訪問看護師より…との報告, read as the clinician's was tried and withdrawn: the blind writers
    # mark vague words in them as often as not, 8 cues lost against 6 false alarms gone in the pooled batches)
    ("訪問看護師より、仙骨部の褥瘡は縮小傾向との報告がありました。", "VC204", "傾向", True),
    ("先生、次ん受診のときに、むくみ診てごしなはい。", "VC601", "むくみ", False),
    ("ヘルパーさん、ちょこっとずつお茶っこ飲ませでけでるっちゃ。", "VC501", "ちょこっと", False),
    ("少し遅れて15時半ごろにご自宅へ伺う予定です。", "VC501", "少し", False),
    ("明日の午前中に少しだけご自宅に寄る予定です。", "VC501", "少し", False),
    ("先生、眠剤のこと、ちっと考えてもらえねえかい。", "VC501", "ちっと", False),
    ("近藤さん、なんかいつもと様子が違うので、一度診ていただけますか。", "VC203", "なんか", True),
    ("なんかこう、歩き方が前と違う感じがするんですよね。", "VC203", "なんか", True),
    ("なんかあったら連絡します。", "VC203", "なんか", False),
    ("両足のむくみが1週間前から強くなっています（靴下の跡がつく程度）。", "VC502", "強く", False),
    ("両足のむくみが強くなっています。", "VC502", "強く", True),
    ("ベッドを介護用に変えて、手すりも少し高めに付け直しました。", "VC501", "少し", False),
    ("血圧が少し高めです。", "VC501", "少し", True),
]


@pytest.mark.parametrize(("text", "rule", "words", "flagged"), _ROUND40C_WORDS)
def test_session40_third_round_words(checker, text, rule, words, flagged):
    test_session39_words(checker, text, rule, words, flagged)


@pytest.mark.parametrize(("body", "urgent"), [
    ("あと、ヘルパーさんからトイレが黒っぽかったと聞いてます。", True),  # blind122: the toilet for the stool
    ("トイレが黒っぽかったと聞いてます。\nフェロミアを飲んでいます。", False),  # iron explains it
    ("トイレの床が黒っぽく汚れていました。", False),
    ("12/4の夜から急に落ち着きがなくなり、夜中も起きていました。", True),  # blind122: 急に read as だ after a date
    ("以前から落ち着きがなく、デイでも歩き回られます。", False),
])
def test_session40_third_round_red_flags(checker, body, urgent):
    test_session40_red_flags_in_context(checker, body, urgent)


# ---------------------------------------------------------------- session 41 (blind123, its physician and good reports)

@pytest.mark.parametrize(("text", "word", "flagged"), [
    # the readings of the blood pressure the sentence names, on the next line of its paragraph, settle its vague degree
    ("【報告】林様の血圧について\nここ1週間、自宅での朝の血圧が高めです。\n12/1 162/94、12/2 158/90、12/4 170/96でした。\nご報告のみです。", "高め", False),
    ("【報告】林様\n朝の血圧が高めです。\n\n12/1 162/94でした。\n以上です。", "高め", True),  # another paragraph
    ("【報告】林様\n少し咳があります。\n12/1 162/94でした。\n以上です。", "少し", True),  # no blood pressure named
    ("【報告】林様\n朝の血圧が高めです。\n食事は少なめです。\n以上です。", "高め", True),  # no readings
    # いくつ/何錠 + か as a question left unasked, not a vague count
    ("兼重さん、血圧がちょっと高いみたいです、いくつかは聞き忘れました。", "いくつか", False),
    ("背中に赤いぶつぶつがいくつか確認できました。", "いくつか", True),
    # a coffee-ground vomit's words run on (黒|っぽい after コーヒーかすのような): the red flag's
    ("滑川みどり内科 堀先生\nいつもお世話になっております。\n本日、コーヒーかすのような黒っぽい嘔吐が1回ありました。\n本日中の受診の要否をご判断ください。", "黒っぽい", False),
    # a sign not (yet) seen
    ("コーヒーかす様の嘔吐が1回ありました。黒色便は未確認です。本日中の受診の要否をご判断ください。", "黒色便", False),
    # batch 105: the writer's own day (a visit, a meeting, an apology) is no observation; 伺う after から is hearing
    ("私の方で、しばらくは週1回ご自宅に伺うようにします。", "しばらく", False),
    ("返信が遅くなってすみません、しばらく会議に入っていました。", "しばらく", False),
    ("耳が遠く、最近は補聴器を外していることが多いとご家族から伺っております。", "最近", True),
    ("訪問したら、少しふらついておられました。", "少し", True),
    # the clinician's assessment under its label, or the nurse's assessment told as such
    ("Ns評価：褥瘡やや改善傾向。", "やや", False),
    ("Ns訪問時、少し熱っぽい。", "少し", True),
    # たまに as UniDic cuts it after 飲み忘れ (忘れ|がた|ま|に)
    ("加藤さん、薬の飲み忘れがたまにあります。", "がたまに", True),
    # history: since before, told in the past and contrasted; an exacerbation that admitted the person, counted
    ("以前から物忘れはありましたが、現在は要介護2の認定を受けておられます。", "以前", True),  # (the review: history that hid a worsening)
    ("心不全の増悪で2023年と2025年の2回入院されています。", "増悪", False),
    ("腰痛の悪化で時々ふらつき、入院を勧められました。", "時々", True),
    # blind126's good reports and packet: a complaint listed is denied with the list; a sign the person did not speak of
    ("痛みの訴え・発熱はありません。", "痛み", False),
    ("痛みの訴えがあり、発熱はありません。", "痛み", True),
    ("お腹が張るとかは言ってなかったと思います。", "お腹が張る", False),
    ("お腹が張ると言っています。", "お腹が張る", True),
    # batch 107: the writer's own lateness and greetings in dialect, history since before
    ("返事遅くなっちまって、わりぃね。", "遅く", False),
    ("呼びかけへの返事が遅くなっています。", "遅くなっています", True),
    ("今日はちっくと遅うなるき、こらえてや。", "遅う", False),
    ("田村様は、以前より慢性心不全の診断で内服治療を継続されております。", "以前", False),
    ("御所さん、なんやいつもとちゃうねん。", "いつもとちゃうねん", True),
    ("野口様は夕刻になりますと落ち着きを欠かれることが多くございます。", "落ち着きを欠かれる", True),
])
def test_session41_words(checker, text, word, flagged):
    got = [f.text for f in checker.check(text).findings]
    assert any(word in t or t in word for t in got) == flagged, got


def test_session41_a_signature_that_ends_the_office_name_in_a_symptom_word(checker):
    text = ("南砺さくら医院　林先生\nいつもお世話になっております。\n野村様の不眠についてご相談です。\n"
            "12/11の定期受診の際に、眠剤の見直しについてご検討いただけますでしょうか。\n"
            "敬具　令和8年12月5日　居宅介護支援事業所しものせき　介護支援専門員　末永 由美")
    assert not [f for f in checker.check(text).findings if "せき" in f.text]
    # the office's name alone does not hide a cough told in a sentence
    assert [f for f in checker.check("居宅介護支援事業所さくらの田中です。昨日から咳があります。").findings if f.text == "咳"]


def test_session41_a_letters_thanks_for_its_regard_asks_nothing(checker):
    text = ("南砺さくら医院　林先生\n拝啓　師走の候、平素より格別のご高配を賜り厚く御礼申し上げます。\n"
            "さて、野村様の夜間不眠について、ご相談させていただきたくお便り申し上げます。\n"
            "11月中旬より入眠が午前1時頃となり、夜間に3〜4回起きてトイレに行かれます。\n"
            "つきましては、12/11の定期受診の際に、眠剤の見直しについてご検討いただけますと幸いに存じます。")
    assert checker.check(text).outline.request == "clear"


def test_session41_a_drug_named_by_what_it_treats_lends_no_questions(checker):
    found = checker.check("あと湿布が足りんみたいなのと、血圧の薬の残りが合わんって娘さんが。").findings
    assert found and not any("mmHg" in q for f in found for q in f.suggestion.questions)
    found = checker.check("血圧がちょっと高めです。").findings
    assert any("mmHg" in q for f in found for q in f.suggestion.questions)


@pytest.mark.parametrize("unweighed", ["体重計は家にないがやって。", "体重は測っていません。"])
def test_session41_a_weight_not_measured_is_asked_where_to_weigh(checker, unweighed):
    text = "米田さんの件です。\nなんか痩せたがいね、服がぶかぶかになっとられた。\n" + unweighed + "\nまた見てきます。"
    found = [f for f in checker.check(text).findings if f.text == "痩せた"]
    assert found and not any("kg" in q for q in found[0].suggestion.questions)
    assert any("測れる" in q for q in found[0].suggestion.questions)
    weighed = [f for f in checker.check("米田さんの件です。\nなんか痩せたがいね。\nまた見てきます。").findings if f.text == "痩せた"]
    assert weighed and any("kg" in q for q in weighed[0].suggestion.questions)


@pytest.mark.parametrize(("text", "count"), [
    ("夜間は咳で2〜3回目が覚めています。", "2〜3回"),  # 回 + 目が覚める: a count of waking (batch 104)
    ("夜中に3回目を覚まします。", "3回"),
    ("3回目の受診です。", None),  # an ordinal counts nothing
    ("2回目のワクチンを打ちました。", None),
])
def test_session41_a_count_of_waking_is_no_ordinal(checker, text, count):
    got = [e.text for e in checker.check(text).elements if e.kind == "frequency"]
    assert (got and count in got[0]) if count else not got, got


def test_session41_a_kyoto_denial_denies(checker):
    assert not checker.check("むくみはあらしまへん、押しても跡は残りまへんどした。").findings
    assert [f for f in checker.check("むくみがあります。").findings if f.text == "むくみ"]


def test_session41_a_pain_told_after_a_sign_at_a_place_is_placed(checker):
    text = ("酒井 ツル 様、右のかかとが赤くなっとります。\n大きさは500円玉くらい、12/3のデイの入浴時に見つかりました。\n"
            "痛みはあるごたるです。\nどぎゃんしたらよかか、ご意見ばいただければ。")
    assert not [f for f in checker.check(text).findings if "location" in f.missing]
    # another paragraph, or a pain beside a sign that names no place, is asked where
    assert [f for f in checker.check("右のかかとが赤くなっています。\n\n痛みがあります。").findings if "location" in f.missing]
    assert [f for f in checker.check("熱があります。痛みがあります。").findings if "location" in f.missing]


@pytest.mark.parametrize("unweighed", ["体重は測れておりませんが、以前より少し増えている印象です。", "体重計が壊れてるらしいんで量れてへんのです。"])
def test_session41_the_sentence_that_says_no_one_weighed_asks_where_to_weigh(checker, unweighed):
    text = "いつもお世話になっております。\n田中様のむくみについてご報告します。\n" + unweighed + "\n何かございましたらご指示ください。"
    found = [f for f in checker.check(text).findings if f.category in VAGUE_CATEGORIES and f.line == 3]
    assert found and all(any("測れる" in q for q in f.suggestion.questions) for f in found), found


def test_session41_a_kansai_yaroka_asks(checker):
    text = ("先生、すんません、ケアマネの杉本です。\n三宅様、今朝から熱が38.2℃あります。\n"
            "今日往診来ていただくことできますやろか。")
    assert checker.check(text).outline.request == "clear"


_H41 = "さくら内科 佐藤先生\nいつもお世話になっております。\n"
_T41 = "\n何かあればご指示ください。"
#: The session 41 review's probes (299 run, 19 problems): each (text, word, flagged, in front).
_REVIEW41 = [
    # 1: another red flag's onset stays in front when the first flag is dated
    (_H41 + "本日、黒い便が1回ありました。\nまた、昨日の夕方あたりから右手に力が入らない様子で、話し方も少しおかしいです。" + _T41, "夕方あたり", True, True),
    # 2: 未確認 / 確認できていません of an attribute denies nothing
    (_H41 + "吐血の原因は未確認です。" + _T41, "吐血", True, True),
    ("むくみの程度は確認できていません。", "むくみ", True, True),
    # 3: a date is no blood pressure, a room's 10度 no temperature: the vague vital still asks for its value
    (_H41 + "11/28から黒い便が続いています。\n血圧は少し低めです。" + _T41, "少し", True, True),
    # 4: 測れていません of another vital keeps its own questions
    ("熱っぽいですが、体温は測れていません。", "熱っぽい", True, True),
    # 5: an examination done by someone is no request
    ("訪問看護師さんにお尻の床ずれを確認してもらい、軟膏を塗ってもらっています。", "床ずれ", True, True),
    # 6: someone else not noticing a sign leaves the sign told
    (_H41 + "ご家族は、ご本人の発熱に気づいていませんでした。" + _T41, "発熱", True, True),
    # 7: the clinician's words end at their とのこと; a nurse's visit note is the writer's record
    ("訪問看護師の評価では褥瘡は改善傾向とのことでしたが、私が見たところ少し赤みが広がっているように思います。", "少し", True, True),
    ("Ns：本日訪問時、少しぐったりされており、食事もあまり摂れていない様子。", "ぐったり", True, True),
    # 8: history told with が does not hide a worsening after it
    ("以前からむくみはありましたが、ここ数日で急にひどくなり、息苦しさもあります。", "むくみ", True, True),
    # 9: a hedge on a positive sign after a denied one stays in front
    (_H41 + "痛みはないが、呼びかけても反応がないようです。" + _T41, "ようです", True, True),
    # 10: a pale stool is no sputum's colour
    (_H41 + "3日前から白っぽい便が出ています。" + _T41, "白っぽい", True, True),
    # 11: the person's worry is no writer's
    ("ご本人がとても心配な様子で、何度も電話をかけてこられます。", "何度も", True, True),
    # 12: readings below settle the blood pressure only, and a baseline settles nothing
    ("脈が少し速く、血圧も高めです。\n12/1 162/94でした。", "少し", True, True),
    ("今朝から血圧がかなり高いです。\n普段は130/80くらいです。", "かなり", True, True),
    # 13: the person's long sleep is no letter's length
    ("夜間の睡眠時間が大変長くなりましたが、日中も傾眠されています。", "大変", True, True),
    # 14: the person's apology, quoted, is no writer's
    (_H41 + "ご本人は「すみません」と何度も謝られることが多くなっています。" + _T41, "何度も", True, None),
    # 15: a pain with an occasion of its own, or after another matter, is asked where
    ("仙骨部に褥瘡があります。食事の後に痛みを訴えられます。", "痛み", True, True),
]


@pytest.mark.parametrize(("text", "word", "flagged", "front"), _REVIEW41)
def test_session41_review(checker, text, word, flagged, front):
    found = [f for f in checker.check(text).findings if word in f.text]
    assert bool(found) == flagged, [(f.rule, f.text, f.secondary) for f in checker.check(text).findings]
    if flagged and front is not None:
        assert any(not f.secondary for f in found) == front, [(f.rule, f.text, f.secondary) for f in found]


def test_session41_review_pain_after_another_matter_is_asked_where(checker):
    found = [f for f in checker.check("右かかとに赤みがあります。食事は半分です。痛みを時々訴えます。").findings
             if f.text.startswith("痛み") and "location" in f.missing]
    assert found


def test_session41_a_hedge_on_a_denied_topic_word_is_a_detail(checker):
    text = _H41 + "菅原様の件です。\n今週から下痢が1日3回あります。\n熱はないようです。" + _T41
    found = [f for f in checker.check(text).findings if f.line == 5 and f.text == "ようです"]
    assert found and all(f.secondary for f in found), found


def test_session41_a_dose_put_back_is_no_vomit(checker):
    # blind127's physician: "modoshite here means reverting the dose, not vomiting" (beside a denied 腹痛)
    text = ("一関市 せんまや医院 千葉先生\nいつもお世話になっております。下剤の量についてご相談です。\n"
            "・11月29日以降、1日3〜4回の水様〜泥状便が続いています。\n・腹痛・発熱・嘔吐・血便はありません。\n"
            "マグミットを元の1日2回に戻してよいか、12月8日(火)までにご指示をお願いいたします。")
    assert not checker.check(text).outline.urgent
    text = "お腹がパンパンに張って痛がり、昼食後に2回戻しています。\n本日中の受診の要否をご判断ください。\n以上です。"
    assert checker.check(text).outline.urgent


def test_session41_a_weight_gain_told_with_words_between_is_the_gain(checker):
    # blind127's physician: a weight-gain report answered with the weight-loss example
    found = [f for f in checker.check("体重は先月より少し増えています。").findings if f.rule == "VC602"]
    assert found and "増え" in found[0].suggestion.example
    # a swelling where no one weighed keeps its site and pitting questions, in their order, and its example
    text = "いつもお世話になっております。\n田中様のむくみについてご報告します。\n両足のむくみがあります。\n体重ははっきりした数字は分かりません。\n何かございましたらご指示ください。"
    found = [f for f in checker.check(text).findings if "むくみ" in f.text or f.text == "むくみ"]
    # (its site told, 両足, is not asked again since session 43: blind136's physician, "site… already answered")
    assert found and found[0].suggestion.questions[0].startswith("指で押すと") and "kg" not in "".join(found[0].suggestion.questions)


def test_session41_a_list_shown_as_a_state_shares_its_denial(checker):
    # blind128's good report: ふらつき・冷や汗など低血糖を思わせるご様子はなく
    assert not [f for f in checker.check("ふらつき・冷や汗など低血糖を思わせるご様子はなく、食事は8割です。").findings
                if f.text in ("ふらつき", "冷や汗")]
    assert [f for f in checker.check("ふらつき・冷や汗など低血糖を思わせるご様子があります。").findings if f.text == "ふらつき"]


def test_session41_a_distension_is_dated_by_the_constipation_it_goes_with(checker):
    text = "12/1（火）以降5日間排便がありません。\n腹部膨満あり。食事は8割摂取、嘔吐・腹痛・発熱なし。"
    assert not [f for f in checker.check(text).findings if "膨満" in f.text and "time" in f.missing]
    assert [f for f in checker.check("お腹の張りがあります。").findings if "time" in f.missing]
