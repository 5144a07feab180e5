"""The missing pass: observations (発熱, 転倒) that lack an element a physician needs."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from .. import _regex
from ..context import (
    bare_pressures,
    clause_apart,
    clause_groups,
    contrast_particle,
    counted_none,
    denied,
    group_at,
    hearsay_scope,
    improving,
    inflected_end,
    is_event,
    other_person_scopes,
    predicate_comma,
    steady_marks,
    tells_steady,
    told_steady,
)
from ..document import Candidate, Document, fill, names_a_drug, overlaps_any
from ..elements import locations, nearest_location, places_in_time
from ..figures import after_the_summary, concluding, opens_item, told
from ..lexicon import Observation
from ..matcher import any_matches
from ..model import VAGUE_FOR_KIND, Token

#: The rule of a tendency word (〜っぽい, 〜気味): "with no measurement", so a measured observation under it is told.
_TENDENCY = "VC204"
#: Categories of a word that sums up a state (食欲低下, 状態悪化, 熱っぽい): over an observation it carries its kinds.
_STATE_WORDS = frozenset(("subjective", "inference"))


#: The order of the kinds a finding lists (いつから first, as a physician asks): its rule is the first's.
_ORDER = ("time", "quantity", "frequency", "location")


#: A body function that places a pain or a discomfort by itself (排尿時の痛み: the urinary tract).
_PLACED_BY_FUNCTION = _regex.lazy(r"排尿|排便|嚥下|飲み込|咀嚼|深呼吸|呼吸時|咳をする|咳き込")
#: What makes a count in 度 a condition, not a count (一度嘔吐すると止まらない, 一度咳が出ると): "once it starts".
_WHENEVER = _regex.lazy(r"[^。、]{0,8}?(?:すると|したら|が出ると|出ると|が始まると|始まると|ると)")
#: The site named before, referred back to (11/20 同部位が表皮剥離し: blind82's physician, "location is given"; 打撲部に3cm程度の
#: 腫れ after 右側頭部を床に打ちました: blind121's good report).
_SAME_SITE = _regex.lazy(r"(?:同部位|同じ部位|同箇所|同じ箇所|打撲部|打撲部位|受傷部|受傷部位|打った(?:所|ところ|部分))(?=に|が|は|の|から|で)")


#: Words that tell a pain begins in the sentence (新たに痛みが出現): its site is asked even when it is scored.
_NEW_PAIN = _regex.lazy(r"新た|出現|初めて")
#: Pain scales: a pain scored on one is a pain already being followed, whose site the reader knows.
_PAIN_SCALES = frozenset(("NRS", "VAS", "フェイススケール"))


#: The observations that tell a change of something else (腰痛が増強, 痰が増えた): measured in that thing's units too.
_CHANGES = frozenset(("worsening", "change"))
#: What ends the clause a date begins: a comma, or the end of the sentence.
_CLAUSE_END = _regex.lazy(r"[、，,。．]")
#: A pain word, not a painkiller's (痛み止め, 鎮痛剤).
_PAIN_WORD = _regex.lazy(r"疼痛|(?<!鎮)痛(?!み止め|め止め)|" + "|".join(map(re.escape, sorted(_PAIN_SCALES))))
#: A clause too short to tell anything but how the change came (昨日から急に、…).
_ADVERB_CLAUSE = 4


def _dates_a_pain(text: str, at: int) -> bool:
    """A pain word (痛, or a scale) follows in the clause from ``at`` (a date's end) to the next comma (a date set
    off by its own comma, 11/20以降、痛みは…, or by an adverb, 昨日から急に、痛みが…, dates the clause after it)."""
    end = _CLAUSE_END.search(text, at)
    if end and end.start() - at <= _ADVERB_CLAUSE:
        end = _CLAUSE_END.search(text, end.end())
    clause = text[at : end.start() if end else len(text)]
    return bool(_PAIN_WORD.search(clause))


def _placed(doc: Document, si: int) -> set[str]:
    """{"location"} when sentence ``si`` names a body part, or a body function that places the
    symptom (排尿時に痛みがある), or scores a pain on a scale (今日の痛みはNRSで4/10: a pain followed
    from visit to visit, blind batches 33 and 34) (precision first: anywhere in it)."""
    sent = doc.sentences[si]
    text = sent.text
    # (not a pain that begins in the sentence: 昨日から新たに痛みが出現し、NRSで6です asks where)
    # (one told as going on since a date is followed: NRS 6/10、11月24日から続いております, batch 46)
    # (a date that starts something else, a drug, dates no pain: 2/1からオキシコンチンを開始いただき、痛みはNRS 7→3,
    # 鎮痛薬は11/20以降服用なし: the pain's date only when a pain word follows in its clause)
    scored = any(el.value.get("unit") in _PAIN_SCALES for el in doc.elements[si]) and not (
        (any(el.kind == "time" and el.value.get("relation") == "since" and _dates_a_pain(text, el.end - sent.start)
             for el in doc.elements[si]) and "続" not in text)
        or _NEW_PAIN.search(text))
    return {"location"} if scored or locations(text) or _PLACED_BY_FUNCTION.search(text) or _SAME_SITE.search(text) else set()


#: Observations a constipation's date dates (腹部膨満, お腹の張り beside 最終排便12/2).
_DATED_BY_THE_BOWEL = frozenset(("distension",))
#: A stool told (最終排便, 排便がなく, 便が出ていない).
_STOOL = _regex.lazy(r"排便|便が|便は|お通じ")


def _bowel_dated(doc: Document) -> bool:
    """Some sentence of the report tells the stool with a date or an onset (最終排便12/2, 12/1以降5日間排便がありません)."""
    return any(_STOOL.search(sent.text) and any(
        el.kind == "time" and (el.value.get("day") is not None or el.value.get("relation") == "since") for el in doc.elements[k])
        for k, sent in enumerate(doc.sentences))


#: Signs seen at one place on the skin: a pain told just after one, with no place of its own, is the sign's.
_LESIONS = frozenset(("redness", "wound", "pressure-injury", "swelling", "bruise", "rash"))
#: How many sentences back such a sign may be told.
_LESION_BEFORE = 2
#: The nouns a pain sentence may hold and still tell only that pain (痛みはあるごたる, ご本人は痛みを訴えておられます).
_PAIN_SENTENCE_NOUNS = frozenset(("本人", "様", "さん", "訴え", "痛み", "少し", "時々", "事", "方"))


def _pain_of_a_lesion_before(doc: Document, si: int, obs_per_sentence) -> bool:
    """Sentence ``si`` tells a pain, with no place, and no other sign that needs one, and one of the two sentences before it
    in its paragraph tells a sign on the skin at a place (右のかかとが赤くなっとります。／大きさは500円玉くらい…。／痛みは
    あるごたるです: blind125's physician, "the pain site is clearly the heel"), or the pain itself at a place (「胸が押さえ
    つけられるように痛い」と訴えがありました。／痛みは約15分続き: blind249's physician, "pain location is written")."""
    if not obs_per_sentence[si] or not any(m.item.id == "pain" for m in obs_per_sentence[si]) or any(
            m.item.id != "pain" and "location" in m.item.needs for m in obs_per_sentence[si]):
        return False
    # (the pain sentence names no occasion of its own before it: 食事の後に痛みを訴えられます is another pain; and what
    # stands between tells only of the sign, nothing else of the body: the session 41 review)
    first = min(m.first for m in obs_per_sentence[si])
    if any(t.pos1 == "名詞" and t.lemma not in _PAIN_SENTENCE_NOUNS for t in doc.sentences[si].tokens[:first]):
        return False
    paragraphs = told(doc)[0]
    for j in range(si - 1, max(-1, si - 1 - _LESION_BEFORE), -1):
        if paragraphs[j] != paragraphs[si]:
            return False
        if obs_per_sentence[j]:
            # (a pain there the patient's own and told as present: not 胸の痛みはありません, 頭痛は治まりました, 奥様が腰が
            # 痛いとのことです; and this one no new pain, 新たに痛みを訴えています: the session 63 review)
            others = other_person_scopes(doc.sentences[j].tokens, doc.context[j])
            return any(m.item.id in _LESIONS or (
                m.item.id == "pain" and id(m) not in doc.denied(j) and not any(a < m.last and m.first < b for a, b in others)
                and not _NEW_PAIN.search(doc.sentences[si].text)) for m in obs_per_sentence[j]) and bool(_placed(doc, j))
        if doc.health(j):  # (食事は半分です between tells another matter)
            return False
    return False


def _kinds(doc: Document, si: int, topic: str = "") -> set[str]:
    """The element kinds in sentence ``si``, a blood pressure without its unit counted as a quantity
    (150の90; ``topic``: the sentence whose observation it may give the figures of)."""
    a, b = doc.analysis.norm_spans[si]
    nt = doc.analysis.text
    return {el.kind for el in doc.elements[si]} | ({"quantity"} if bare_pressures(nt.norm, a, b, nt.span, topic) else set())


def _with_the_episode(toks, last: int) -> bool:
    """The observation ending before token ``last`` is told in a record's あり alone (冷や汗あり。) or in the past
    (冷や汗もかいていた), not as a state of now (めまいもあります)."""
    return _in_record(toks, last) or any(t.lemma == "た" and t.pos1 == "助動詞" for t in toks[last:])


def _in_record(toks, last: int) -> bool:
    """The observation ending before token ``last`` is told in a record's あり alone (冷や汗あり。), or as a complaint
    (頭痛の訴えあり。), up to its comma (冷汗あり、左肩への放散なし。: blind138's good report)."""
    cut = next((k for k in range(last, len(toks)) if toks[k].norm in ("、", ",")), len(toks))
    after = [t for t in toks[last:cut] if t.pos1 not in ("補助記号", "空白")]
    if len(after) == 3 and after[0].norm == "の" and after[1].lemma in ("訴え", "訴える", "自覚"):
        after = after[2:]
    return len(after) == 1 and after[0].lemma in ("有り", "有る")


def _clock_time(el) -> bool:
    """A time at a clock time (12時, 21:15, 午後3時): one episode, not a course."""
    return el.kind == "time" and el.value.get("relation") == "at" and el.value.get("unit") in ("時", "分")


#: A meal, the morning, evening or night of a given day (11月29日の夕食時, 11/20朝食後, 12/3 夕食時, 昨日の夜, 11月28日の朝): like a
#: clock time, one episode.
_DAY_MEAL = _regex.lazy(r"(?:[（(][月火水木金土日](?:曜日?)?[）)])?(?:[ 　]?の?(?:朝食|昼食|夕食|食事)(?:時|中|後|前)?|の(?:夜|晩)(?!間|中|から|以降|より|以来)|[ 　]?の?(?:朝|夕方)(?![食方]|から|以降|より|以来))")
#: Days named relative to today that, with a meal or a night, are one episode (昨日の夜); a night named alone.
_ONE_DAY = frozenset(("昨日", "一昨日", "おととい", "本日", "今日"))
_ONE_NIGHT = frozenset(("昨夜", "昨晩", "今夜"))


#: A day named relative to today (本日, 今朝, 昨夜): what happened on it happened once.
_NAMED_DAYS = _ONE_DAY | _ONE_NIGHT | frozenset(("今朝", "昨朝"))


#: The missed dose, counted by the days its doses were missed (月・水の朝食後薬を飲み忘れ, 月曜と木曜の夕食後分を).
_MISSED_DOSE = "missed-dose"
#: A sentence that goes on with an episode's course (各5分ほどで消失, 10分続いた): not 昨日10時に転倒。その後は普段通り。頭痛あり
#: (the headache began later: the session 44 review).
_EPISODE_COURSE = _regex.lazy(r"消失|治ま|おさま|収ま|軽快|続い|続き|[0-9０-９]+\s*(?:分|秒)(?:間|ほど|程度|くらい|ぐらい)?(?:で|続)")
#: What follows a count of the doses left: 残薬 right after it or after its particle (2回残薬, 2回が残薬, 8日分が残薬).
_COUNTS_THE_LEFTOVER = _regex.lazy(r"分?(?:が|は|も|の)?残")
#: Medicine left over (残薬).
_LEFTOVER = "leftover-medicine"
#: Two or more weekdays joined, then only the dose they name up to the missed dose itself: each day dates one missed dose
#: (not a date's weekday, 11月25日（月）から; a start, 月曜から; nor a service's days, 月・水・金のデイで: the session 37 review).
#: A dose of the day (朝, 夕食後, 眠前) and what may follow it up to the missed dose itself (の薬を, 分が).
_DOSE = r"(?:朝|昼|夕|夜|眠前|寝る前)(?:食後|食前)?"
_DOSE_TAIL = r"の?(?:薬|分|内服薬|お薬)?(?:を|が|も|は)?$"
_DOSE_DAYS = _regex.lazy(r"(?<![0-9）)])(?:[月火水木金土日](?:曜日?)?(?:・|、|と|や)){1,6}[月火水木金土日](?:曜日?)?"
                        rf"の(?:朝|昼|夕|夜|眠前|寝る前)?(?:食後|食前)?{_DOSE_TAIL}")


#: One day, then the doses of that day up to the missed dose itself (昨日は朝と夕の薬を: batch 99): each dose named is one
#: (not 今日も: again, so how often is the question: the session 39 review).
_DAY_DOSES = _regex.lazy(r"(?:昨日|本日|今日|一昨日|おととい|\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2})(?:（.）)?(?:は|の|、)?"
                        rf"{_DOSE}(?:(?:と|・|、){_DOSE})*{_DOSE_TAIL}")


def _dated_doses(text: str, end: int) -> bool:
    """Weekdays name the days of the missed doses right before the mention ending the text at ``end``, or one day names
    its doses (昨日は朝と夕の薬を飲み忘れ)."""
    return _DOSE_DAYS.search(text, 0, end) is not None or _DAY_DOSES.search(text, 0, end) is not None


#: The last stool named with its day (最後の排便は12/1, 最終排便 3日前): it dates a constipation.
_LAST_STOOL = _regex.lazy(r"(?:最後の(?:排便|便|お通じ)|最終排便)[^。]{0,6}?(?:[0-9０-９]{1,2}\s*[/／月]\s*[0-9０-９]{1,2}|昨日|一昨日|おととい|[0-9０-９]+日前)")
_CONSTIPATION = "constipation"
#: An onset's particle after a date and its weekday (11月25日（月）から), which the date's element may leave out.
_SINCE_AFTER = _regex.lazy(r"\s*(?:[（(][^）)]{1,3}[）)])?\s*(?:から|より|以降|以来)")
#: Words for a day gone by (先日, この前): what happened then happened once, though the day is vague (VC301 asks it).
_PAST_DAYS = frozenset(("先日", "先般", "過日", "先達て", "以前"))
#: Verbs after which a predicate's past still tells a course, not one episode (続いていました, ふらつくようになりました,
#: 出てきました).
_COURSE = frozenset(("続く", "成る", "来る", "増える", "目立つ"))
#: Auxiliary verbs of a predicate's chain (ふらつい|て|い|た, 訴え|て|おら|れ|まし|た).
_AUX_VERBS = frozenset(("居る", "いる", "仕舞う", "しまう", "おる", "御座る", "ござる", "有る", "頂く", "下さる", "見える"))


def _own_predicate(toks, last: int) -> list:
    """The tokens of the predicate that tells the observation ending before token ``last``: the observation's own verb
    (ふらつか|れ|た) or the first verb after its particles (めまい|の|訴え|が|あり|まし|た, ふらつき|が|あっ|た), with its
    auxiliaries; it ends at a comma, a conjunctive particle or the next verb (ふらつきがあり転倒しました: あり only)."""
    k = last
    if not (last > 0 and toks[last - 1].pos1 in ("動詞", "形容詞")):
        while k < len(toks) and (toks[k].pos1 == "助詞" or toks[k].lemma in ("訴え", "症状", "様子")):
            k += 1
        if k >= len(toks) or not (toks[k].pos1 in ("動詞", "形容詞") or toks[k].lemma in ("有り", "無し")):
            return []
        k += 1
    chain = [toks[k - 1]]
    while k < len(toks):
        t = toks[k]
        if t.pos1 == "助動詞" or (t.pos1 == "動詞" and t.lemma in _AUX_VERBS and chain[-1].lemma in ("て", "で")) \
                or (t.lemma in ("て", "で") and t.pos2 == "接続助詞" and k + 1 < len(toks) and toks[k + 1].lemma in _AUX_VERBS):
            chain.append(t)
            k += 1
            continue
        break
    return chain


def _one_episode(toks, start: int, last: int, elements, text: str, offset: int, dated_only: bool = False) -> bool:
    """The observation (tokens up to ``last``, starting at character ``start``) is told as one episode: its own
    predicate in the past (ふらつかれたそうです, めまいの訴えがありました; not ふらつきがあり、転倒しました, whose past is the
    fall's, nor a course: 続いていました, ふらつくようになりました), or a named day before it (本日、ふらつき著明 / 12月1日の朝…
    めまい; not 今日も: another occasion); never with a since-time in the sentence (3日前からふらつきがあるとのことでした).
    With ``dated_only`` only the named day counts (a missed dose: 飲み忘れがありました is found, not one: blind writers ask how
    often; 12月2日は飲み忘れがありました is one, blind118's physician)."""
    if any(el.kind == "time" and el.value.get("relation") == "since" and el.end <= start
           and not _CLAUSE_END.search(text, el.end - offset, start - offset) for el in elements):
        return False
    if not dated_only and any(t.lemma in _PAST_DAYS and t.end <= start and not (k + 1 < len(toks) and toks[k + 1].lemma in ("から", "より"))
                              for k, t in enumerate(toks)):
        return True  # 先日、ふらつきがあり / 以前、ふらついて: a day gone by, named vaguely (VC301 asks which)
    chain = _own_predicate(toks, last)
    if not dated_only and any(t.lemma == "た" and t.pos1 == "助動詞" for t in chain) and not any(t.lemma in _COURSE for t in chain):
        return True
    return any(el.kind == "time" and el.value.get("relation") == "at" and el.end <= start
               and (el.value.get("day") is not None or el.text in _NAMED_DAYS)
               and not text.startswith(("も", "にも"), el.end - offset)
               and not _SINCE_AFTER.match(text, el.end - offset) for el in elements)  # 11月25日（月）から: an onset


#: Words that grade a state by its strength (ふらつき著明, めまいが強い): a degree told, if not a measured one.
_STRENGTH = frozenset(("強い", "著明", "顕著", "酷い", "軽度", "軽い", "強まる"))


def _graded(toks, first: int, last: int) -> bool:
    """A strength word grades the observation (tokens ``first`` to ``last``): right before it (軽いふらつき, 軽度ふらつき,
    軽度のふらつき) or as its predicate (ふらつき強い, ふらつきが強い, ふらつき軽度), not a word of another clause
    (頭痛が強くふらつきもあります)."""
    before = toks[first - 1] if first > 0 else None
    if before is not None and before.lemma == "の" and first > 1:
        before = toks[first - 2]
    if before is not None and before.lemma in _STRENGTH and (before.pos1 == "名詞" or before.cform.startswith("連体形")):
        return True
    k = last
    if k < len(toks) and toks[k].lemma in ("が", "は", "も"):
        k += 1
    return k < len(toks) and toks[k].lemma in _STRENGTH


#: What may stand between a tendency word and the figure that measures it now (熱っぽいとのことで、今朝は37.8℃): its
#: telling, a comma, a word of today, the visit it was measured at (今朝のヘルパー訪問時は: blind121's physician), the
#: vital's name; nothing of another occasion, person, thing or contrast.
_MEASURED_NOW = _regex.lazy(r"(?:とのこと|と(?:言|訴|話)[^、。がけ]{0,8})?(?:で|があり|あり|です)?[、，]?\s*"
                           r"(?:今朝|本日|今日|現在|今)?(?:の)?(?:(?:ヘルパー|看護師|訪問看護|デイ|訪問)(?:さん)?の?(?:訪問)?(?:時|の際)の?)?"
                           r"(?:体温|検温|熱)?(?:は|が|を測ると|で)?\s*(?:約)?")


def _counts_it_next(toks, m, a: int, b: int, observations) -> bool:
    """A count (or a vague word of frequency) from character ``a`` to ``b`` in the clause right after the observation, a
    clause that tells no observation or subject of its own, counts the observation (お腹がゆるく、1日に何回かトイレに行かれて
    います: 何回か asks how often, and a second finding asking it again is noise; 痰が増え、1日10回以上出ています): one
    clause break between them, and none before another observation."""
    if toks[m.last - 1].end > a:
        return False
    breaks = [k for k in range(m.last, len(toks)) if predicate_comma(toks, k)]
    between = [k for k in breaks if toks[k].start < a]
    until = next((toks[k].start for k in breaks if toks[k].start >= b), toks[-1].end)
    if len(between) != 1 or any(t.norm in ("が", "も", "を") and t.pos1 == "助詞" and t.start < until and not a <= t.start < b
                                for t in toks[between[0] + 1 :]):
        return False  # 顔色もすぐれないことがあります: a subject of its own; 何度もナースコールを押されました, 1日3回ネブライザーを
        # 使っています: the count is of another act (the session 39 review)
    return not any(o is not m and toks[m.last - 1].end <= toks[o.first].start < until for o in observations)


def _qualified(toks, m, vague: list[tuple[str, int, int]]) -> bool:
    """A vague word of degree stands right before the observation (少しふらつき, ﾁｮｯﾄふらつきあり, 若干のふらつき) or right
    after its particle (ふらつきが少しあります); not one of another clause (少し歩くとふらつきがあります)."""
    start, end = toks[m.first].start, toks[m.last - 1].end
    after = toks[m.last].end if m.last < len(toks) and toks[m.last].lemma in ("が", "は", "も") else end
    for kind, a, b in vague:
        if kind != "quantity":
            continue
        if b <= start and not any(t.start >= b and t.end <= start and t.lemma != "の" for t in toks):
            return True
        if a >= end and not any(t.start >= after and t.end <= a for t in toks) and a - end <= 2:
            return True
    return False


def _degree_told(doc: Document, si: int, obs: Observation) -> bool:
    """A sign of the observation's degree (``Observation.degree_by``: 押す _? _? 跡, 圧痕) stands in sentence ``si`` or in the
    sentences after it on its line that report no observation of their own (・両足首にむくみ。夕方に強く、朝は軽減。
    すねを押した跡は2〜3秒で戻る。: blind106's good report)."""
    assert doc.degree_signs is not None
    j = si
    while True:
        if any(m.item.observation is obs for m in doc.degree_signs[j]):
            return True
        if not doc.same_line(j) or doc.observations[j + 1]:
            return False
        j += 1


#: Verbs of finding a sign (見つける, 気づく, 発見): a sentence telling when one was found dates it.
_FOUND = frozenset(("見付ける", "見つける", "気付く", "気づく", "発見"))


def _goes_on(doc: Document, j: int) -> bool:
    """Sentence ``j`` goes on telling of the observation two sentences before it: it reports none of its own, is in the
    same paragraph, tells when it was found (見つけたそうです, 気づきました: a verb of finding in the past, whose object is the
    observation; not another matter's date, ショートステイから戻られました, nor another occasion, 昨年の冬にも: the session 38
    review), and is no frame of the letter nor an ask."""
    if j >= len(doc.sentences) or doc.observations[j] or j in doc.frames:
        return False
    paragraph = told(doc)[0]
    if paragraph[j] != paragraph[j - 2]:
        return False
    toks = doc.sentences[j].tokens
    if not (any(t.lemma in _FOUND for t in toks) and any(t.lemma == "た" and t.pos1 == "助動詞" for t in toks)) \
            or _another_occasion(doc, j):
        return False
    return not _an_ask(doc, j)


#: Words of a prescription taken (内服中, 服用中, 処方されています).
_TAKEN = frozenset(("内服", "服用", "処方", "服薬", "貼付", "塗布", "頓用", "飲む", "塗る", "貼る"))


def _an_indication(toks, k: int) -> bool:
    """The observation ending before token ``k`` is what a prescription told in its sentence treats: で, then a drug's name
    (katakana, or a drug word) and, later in the sentence, 内服 / 服用 / 処方 / 飲む (腰痛でロキソプロフェン60mg…内服中,
    便秘で酸化マグネシウムを服用中), or に and a drug applied to it (仙骨部褥瘡にゲーベン軟膏塗布の指示: batch 124); not
    腰痛でデイサービスを休みました, nor 腰痛でトイレに行けない."""
    if k + 1 >= len(toks) or toks[k].norm not in ("で", "に") or toks[k].pos1 != "助詞":
        return False
    # (the name may open with a kanji part: 酸化マグネシウム)
    j = k + 1
    while j < len(toks) and j < k + 3 and toks[j].pos1 == "名詞" and not toks[j].tag.startswith("名詞-数詞"):
        j += 1
    named = any(re.fullmatch(r"[ァ-ヶー]{3,}", t.surface) or t.lemma in _DRUG_NAMES for t in toks[k + 1 : j])
    # (then a dose, an object's を, or the taking itself: not ベッドから)
    dosed = j < len(toks) and (toks[j].tag.startswith("名詞-数詞") or toks[j].norm in ("を", "は", "も") or toks[j].lemma in _TAKEN)
    if not (named and dosed):
        return False
    # the taking in the name's own clause: no other verb before it (not 発熱でデイサービスを休み、解熱剤を服用), and not denied
    # (痛み止めも飲めていない), though a list of further doses may come between (…60mg 1日3回、バイアスピリン100mg…内服中)
    for t_k in range(j, len(toks)):
        t = toks[t_k]
        if t.lemma in _TAKEN:
            tail = toks[t_k + 1 : t_k + 5]
            return not any(u.lemma in ("ない", "無い", "ず", "ぬ") and u.pos1 in ("助動詞", "形容詞") for u in tail)
        if t.pos1 == "動詞" or t.norm == "。":
            return False
    return False


#: Words for a drug that may follow what it treats (湿布, 痛み止め, 眠剤 …).
_DRUG_NAMES = frozenset(("湿布", "痛み止め", "鎮痛剤", "鎮痛薬", "眠剤", "睡眠薬", "下剤", "軟膏", "貼り薬", "飲み薬", "内服薬", "頓服"))


def _in_its_units(doc: Document, j: int, kinds: set[str], obs: Observation) -> set[str]:
    """The ``kinds`` sentence ``j`` gives for ``obs``, its quantity only when measured in the observation's units (84歳 in a
    subject line measures no breathlessness)."""
    if "quantity" in kinds and obs.units and not any(
            el.kind == "quantity" and el.value.get("unit") in obs.units for el in doc.elements[j]):
        return kinds - {"quantity"}
    return kinds


#: Words that put a sentence's figures on another occasion than the matter asked about now (昨年の入院時に体重が5kg減少).
_ANOTHER_TIME = _regex.lazy(r"昨年|去年|一昨年|以前|前回|入院時|入院中|入院前|退院時|[0-9０-９]+年")


def _measured_before(doc: Document, si: int, obs: Observation, memo: dict[str, int | None]) -> bool:
    """A sentence earlier in the report measures the vital sign ``obs`` (血圧は188/102だったそうです): it names the vital by its
    label (血圧) and gives a value in its units (a pressure written without mmHg counts where the sentence names the blood
    pressure), on no other occasion (昨年, 先月, 受診時), no target (130/80未満が目標) and of no one else (奥さんの血圧): a later
    血圧高い refers to that reading.  The first such sentence is found once per observation (``memo``), so a long log stays
    linear (the session 47 review)."""
    if obs.id not in memo:
        memo[obs.id] = next((j for j in range(len(doc.sentences)) if _reads(doc, j, obs)), None)
    first = memo[obs.id]
    return first is not None and first < si


#: Words that make a value no reading of the patient now: a target, another time, another person.
_NO_READING_NOW = _regex.lazy(r"目標|未満|以下に|以上に|先月|先週|先日|受診時|(?:奥さん|奥様|ご主人|旦那さん?|娘さん|息子さん|ご家族|家族)の")


def _reads(doc: Document, j: int, obs: Observation) -> bool:
    """Sentence ``j`` reads the vital sign ``obs`` of the patient now (:func:`_measured_before`)."""
    text = doc.sentences[j].text
    names = [p for p in re.split(r"[・（）()]", obs.label) if p] + (["BP"] if "mmHg" in obs.units else [])
    if not any(n in text for n in names) or _NO_READING_NOW.search(text) or not _the_patients_now(doc, j):
        return False
    if any(el.kind == "quantity" and el.value.get("unit") in obs.units for el in doc.elements[j]):
        return True
    if "mmHg" in obs.units:
        a0 = doc.analysis
        a, b = a0.norm_spans[j]
        return bool(bare_pressures(a0.text.norm, a, b, a0.text.span))
    return False


def _the_patients_now(doc: Document, j: int) -> bool:
    """Sentence ``j``, before an ask, may give the figures of the ask's matter: not the letter's frame, nor another person's
    state (同居の奥様も2か月で3kg体重が減っています), nor another occasion's (昨年の入院時に: the session 45 review)."""
    return j not in doc.frames and not other_person_scopes(doc.sentences[j].tokens, doc.context[j]) \
        and not _ANOTHER_TIME.search(doc.sentences[j].text)


def _an_ask(doc: Document, si: int) -> bool:
    """Sentence ``si`` holds one of the report's requests to the physician."""
    outline = doc.outline
    sent = doc.sentences[si]
    return outline is not None and any(sent.start <= r.start < sent.end for r in outline.requests)


def _inside_a_degree_sign(doc: Document, c: Candidate) -> bool:
    """Finding ``c`` lies inside a sign of an observation's degree (押すと少し跡が残る) in a sentence that mentions that
    observation."""
    assert doc.degree_signs is not None
    toks = doc.sentences[c.sentence].tokens
    return any(toks[m.first].start <= c.start and c.end <= toks[m.last - 1].end
               and any(o.item is m.item.observation for o in doc.observations[c.sentence])
               for m in doc.degree_signs[c.sentence])


#: Times further back that begin another clause's history (…があり以前入院したことがあります).
_OLDER_TIMES = frozenset(("以前", "前", "昔", "去年", "昨年", "過去", "一昨年", "先年"))
#: How far (in tokens) an experience's 〜たことがある may stand after the observation it tells.
_EXPERIENCE_REACH = 8


def _experienced(toks, k: int) -> bool:
    """The clause from token ``k`` on tells an experience: a past tense, こと, が or も and ある (血を吐いて入院したことが
    あった, 黒っぽい便が出たことがあって): that it has happened, of which no count is asked (blind189 and blind198's physicians:
    "past history, not a current frequency"; vague_frequency.toml's ``koto-ga-aru``)."""
    for j in range(k, min(len(toks) - 3, k + _EXPERIENCE_REACH)):
        # (a clause ends at punctuation, at a predicate's bare stem before a noun, むせがあり|肺炎で入院したことがあります, or at
        # an older time, 嘔吐があり去年…: the history is another matter's; the session 57 review)
        if toks[j].pos1 == "補助記号" or j > k and (
                toks[j].pos1 == "名詞" and toks[j - 1].pos1 in ("動詞", "形容詞") and toks[j - 1].cform.startswith("連用形")
                or toks[j].lemma in _OLDER_TIMES):
            return False
        if (toks[j].lemma == "た" and toks[j].pos1 == "助動詞" and toks[j].cform.startswith("連体形")
                and toks[j + 1].lemma in ("事", "こと") and toks[j + 2].norm in ("が", "も")
                and toks[j + 3].lemma in ("有る", "ある", "御座る")):
            return True
    return False


def _another_occasion(doc: Document, j: int) -> bool:
    """Sentence ``j`` tells another occasion of what it names: a time followed by も (昨年12月にも転倒, 先月も)."""
    sent = doc.sentences[j]
    return any(sent.text.startswith(("にも", "も"), el.end - sent.start) for el in doc.elements[j] if el.kind == "time")


def _meal_of_a_day(el, sent) -> bool:
    """A dated day (month and day, not a start: 11月29日から is a course) followed by one of its meals or
    its night (昨日の夜、大声を出されました: one night's episode), or last night named alone (昨夜、不穏あり)."""
    if el.kind != "time" or el.value.get("relation") != "at":
        return False
    after = sent.text[el.end - sent.start : el.end - sent.start + 2]
    if after.startswith(("から", "以降", "より", "以来", "も", "にも")):
        return False  # 昨夜から, 今朝も: a course, another occasion
    if el.text in _ONE_NIGHT or el.text in ("今朝", "昨朝") or (
            el.text[-1] in "夜晩朝" and el.text[:-1].rstrip("の") in _ONE_DAY) or (
            el.text.endswith("夕方") and el.text[:-2].rstrip("の") in _ONE_DAY):
        return True  # 昨夜, 昨日の夜, 今朝, 昨日の朝, 昨日の夕方
    if el.value.get("day") is None and el.text not in _ONE_DAY:
        return False
    return _DAY_MEAL.match(sent.text, el.end - sent.start) is not None


#: Between an observation's verb and a marker of onset only its inflection may stand (むせ|る|よう, むくん|で|き).
_INFLECTION = frozenset(("助動詞", "助詞"))


def _began(toks, last: int) -> bool:
    """Whether the observation ending before token ``last`` is told as a change that began
    (むせるようになった, 痩せてきた, 出始めた): whatever it lacks, when it began is asked too."""
    for k in range(last, min(len(toks), last + 6)):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.lemma == "様" and nxt is not None and nxt.norm == "に" and k + 2 < len(toks) and toks[k + 2].lemma == "成る":
            return True
        if t.norm in ("て", "で") and nxt is not None and nxt.lemma == "来る":
            return True
        if t.pos1 == "動詞" and t.lemma in ("始める", "出す") and k == last:
            return True
        if t.pos1 not in _INFLECTION and t.lemma not in ("為る", "居る", "れる", "られる"):
            return False
    return False


#: A change told of an observation (痰が増えた, 浮腫増強, むくみがだいぶ増えてきた, 不穏が続いて): since when.
_CHANGE = frozenset((
    "増える", "減る", "増加", "減少", "低下", "広がる", "拡大", "進む", "進行", "強まる", "悪化", "増悪", "増強",
    "ぶり返す", "振り返す", "続く", "持続", "落ちる",  # (UniDic's lemma of ぶり返す is 振り返す)
))
#: What may stand between an observation and its change: a particle, a degree word, a measure of it
#: (痰の量が増えた), a comparison (前より).
_BETWEEN_CHANGE = frozenset(("量", "回数", "数", "頻度", "程度", "前", "以前", "より"))


#: What a general change is not asked of: an occasion (見かけることが減った, 介助が必要な場面が増え change how
#: often something happens, a vague-frequency word's question, not how much of it there is), and a
#: prescription (お薬が増えた: the physician's own decision, not a sign in the person).
_NOT_MEASURED = frozenset((
    "事", "こと", "場面", "機会", "時", "とき", "物", "もの", "所", "ところ", "日", "薬", "処方", "内服",
    # what is glad news or about the home, not a sign (笑顔が増えました, 友達が増えて, 手すりが増えて)
    "笑顔", "笑い", "友達", "友人", "仲間", "知り合い", "楽しみ", "趣味",
))
#: The same, as written where the tokenizers split them (手|すり, 痛み|止め).
_NOT_MEASURED_WRITTEN = ("手すり", "手摺", "止め", "下剤", "湿布")
#: What after a change makes it a condition, not a report (浸出液が増えたら連絡を).
_IF = frozenset(("たら", "ば", "場合", "時", "際", "なら"))


def _unmeasured_change(toks, m) -> bool:
    """Whether a general change (observation ``m`` that yields) is of something not measured, carries
    its own figure (1種類増えて), or is a condition (増えたら連絡を)."""
    if any(toks[k].lemma in _NOT_MEASURED or toks[k].pos2 == "数詞" for k in range(max(0, m.first - 1), m.last)):
        return True
    written = "".join(t.surface for t in toks[m.first : m.last])
    if any(w in written for w in _NOT_MEASURED_WRITTEN):
        return True
    for t in toks[m.last : m.last + 4]:
        if t.norm in _IF or t.lemma in _IF:
            return True
        if t.pos1 not in ("助動詞", "助詞") or t.norm in ("、", "。"):
            break
    return False


#: What tells, after 今は, that a symptom told before a contrast is over (今はありません, 今は治まっています).
_OVER = frozenset(("治まる", "収まる", "無くなる", "消える", "止まる", "治る", "直る", "下がる", "引く", "引く-自動詞", "消失", "解消",
                   "軽快", "消退", "改善"))  # (not 落ち着く, a state word: 現在は落ち着いていると思われます, batch 125)
#: Adverbs between 今は and what it says (今はほとんどない, 今はもう治まっています).
_NOW_ADVERBS = frozenset(("もう", "殆ど", "ほとんど", "全く", "全然", "すっかり", "素っ借り", "特に", "完全"))


def _since_resolved(toks, m, observations) -> bool:
    """Whether observation ``m`` (not an event: a fall or a vomit is still dated) is told in the past in the clause
    before a contrast whose next clause says it is over now (咳がありましたが、今はありません; 熱が出ましたが、今は下がって
    います), with no other observation after it; not when that clause takes it back (下がっていません, 止まらない, 下がり
    きらず) or tells something else (分からないです, そんなにひどくない)."""
    if is_event(m.item):
        return False
    k = next((k for k in range(m.last, len(toks)) if contrast_particle(toks[k])), None)
    if k is None or not any(t.lemma == "た" and t.pos1 == "助動詞" for t in toks[m.last : k]) or any(
            predicate_comma(toks, x) for x in range(m.last, k)):
        return False  # (むくみが強くなり、昨日は息切れもありましたが: the contrast is the breathlessness's)
    j = k + 1
    while j < len(toks) and toks[j].norm in ("、", ","):
        j += 1
    if j + 1 >= len(toks) or toks[j].lemma not in ("今", "現在") or toks[j + 1].norm not in ("は", "で"):
        return False
    if any(o.first > m.first and o.first < len(toks) and toks[o.first].start > toks[k].start for o in observations):
        return False  # 咳がありましたが、今は痰が…: another thing now
    j += 2
    while j < len(toks) and toks[j].lemma in _NOW_ADVERBS:
        j += 1
    if j >= len(toks):
        return False
    rest = [t.lemma for t in toks[j + 1 : j + 6]]
    if toks[j].lemma == "無い" or (toks[j].lemma == "有る" and any(x in ("ない", "ず", "ぬ") for x in rest[:2])):
        return True  # 今はありません, 今はほとんどない
    return toks[j].lemma in _OVER and not any(x in ("ない", "ず", "ぬ", "無い", "切る") for x in rest)


#: Words that tell a symptom comes back or came in spells (また出てきた, 毎晩, 週に3回, 一時的に, 時期もありました): what is
#: over is one spell, so its onset and count are still asked (the session 52 review).
_AGAIN = frozenset(("又", "再び", "再度", "毎日", "毎晩", "毎朝", "毎夜", "毎回", "毎週", "度々", "時々", "時折", "繰り返す",
                    "ぶり返す", "週", "何時も", "いつも", "時期", "一時", "一時的", "頃", "その都度"))


def _over_later(toks, m, observations, following=()) -> bool:
    """Whether observation ``m`` (not an event) is said to be over, in the past, later in its sentence: past a contrast, with
    no other observation between (先週、腹痛がありましたが、翌日には治まりました), or where the sentence names it again and
    says it is gone (年末にふらつきがあり、…減らしていただいた後は、ふらつきはなくなったとのことです).  A sentence ending on
    the contrast goes on in ``following``, the next sentence's tokens (お腹痛いって言ってたんですけど / 次の日にはもう治った
    みたいで).  blind167's physician: "pain intensity of a resolved episode is not needed".  Not a relief by a means or on
    a condition (薬で治まりました, 横になって治まった, 飲むと治まります), nor one taken back (治まっていません, 治りきらず), nor
    one still under way (治ってきています), nor a spell of one that comes back (また出てきた, 毎晩, 週に3回, 一時的に: the
    session 52 review)."""
    if is_event(m.item):
        return False
    words = [t for t in toks if t.pos1 not in ("空白",)]
    ends_on_contrast = bool(words) and (contrast_particle(words[-1]) or (
        len(words) > 1 and words[-1].pos1 == "補助記号" and contrast_particle(words[-2])))
    seq = list(toks) + (list(following) if ends_on_contrast else [])
    if any(t.lemma in _AGAIN or t.norm in _AGAIN for t in [*toks, *following]):
        return False
    k = next((k for k in range(m.last, len(seq)) if contrast_particle(seq[k])), None)
    again = [o for o in observations if o.item.id == m.item.id and o.first >= m.last]
    for j in range(m.last, len(seq)):
        t = seq[j]
        if t.lemma not in _OVER or t.pos1 not in ("動詞", "名詞"):
            continue
        rest = list(takewhile(lambda x: x.norm not in ("、", ",", "。"), seq[j + 1 : j + 7]))
        if any(x.lemma in ("ない", "ず", "ぬ", "無い", "切る", "来る") or x.norm in ("か", "かも", "ば", "なら")
               or (x.lemma == "た" and x.cform.startswith("仮定形")) for x in rest):
            return False  # 治まっていません, 治まったかどうか, 治まったら, 治ってきています
        # over in the past (治まりました, 治った, 消失しました), not a state that may be a spell's (治まっています)
        if not any(x.lemma == "た" for x in rest[:4] if x.lemma not in ("居る", "いる")) or any(x.lemma in ("居る", "いる") for x in rest[:2]):
            return False
        start = k if k is not None and k < j else next((o.last for o in again if o.last <= j), m.last)
        if any(x.norm in ("と", "ば", "たら", "なら") and x.pos1 in ("助詞", "助動詞") or (x.lemma == "た" and x.cform.startswith("仮定形"))
               or (x.tag.startswith("助詞-接続助詞") and x.norm in ("て", "で"))
               or (x.norm == "で" and y.pos1 == "名詞" and "副詞可能" not in y.tag)
               for y, x in zip(seq[start : j], seq[start + 1 : j], strict=False)):
            return False  # 薬で治まりました, 横になって治まった, 飲むと治まります: relieved, a spell
        if any(o.first > m.last and o.item.id != m.item.id and o.first < j for o in observations if o.first < len(toks)):
            return False  # 咳がありましたが、痰も増え、… another thing between
        if k is not None and k < j and _told_past(seq, m.last, k) and not _another_subject(seq, k + 1, j):
            return True
        return any(o.last <= j <= o.last + 3 and all(x.pos1 == "助詞" for x in seq[o.last : j]) for o in again)
    return False


def _told_past(seq, first: int, k: int) -> bool:
    """The observation's own clause, from ``first`` to its first comma or the contrast at ``k``, is in the past (咳き込んで
    いましたが), not a state the sentence then qualifies (むくんでいるとご本人が話しており、…ですが、昼過ぎにはおさまっている
    らしい: a morning's swelling every day)."""
    stop = next((x for x in range(first, k) if seq[x].norm in ("、", ",")), k)
    return any(x.lemma == "た" for x in seq[first:stop])


def _another_subject(seq, first: int, last: int) -> bool:
    """A noun other than a time's takes a topic or subject particle between ``first`` and ``last``: what is over is that
    (痛みを訴えておられましたが、…階段の昇り降りもつらそうで、外出の機会もほとんどなくなって), not the observation."""
    return any(seq[x].norm in ("が", "は", "も") and seq[x].pos1 == "助詞" and seq[x - 1].pos1 == "名詞"
               and "副詞可能" not in seq[x - 1].tag and seq[x - 1].pos2 != "数詞" for x in range(max(first, 1), last))


def _of_something_before(toks, b: int, start: int) -> bool:
    """Whether a vague word ending at offset ``b``, before an observation at ``start``, qualifies something else on the
    way: a clause of condition or reason (少し塩辛いものを食べると足がむくみます: と; 寒い日には) or a clause that modifies a
    noun (最近来るようになったヘルパーさんの前で咳き込みます: the review of session 46)."""
    between = [k for k, t in enumerate(toks) if b <= t.start and t.end <= start]
    for k in between:
        t = toks[k]
        if t.tag.startswith("助詞-接続助詞") and t.lemma not in ("て", "で"):
            return True
        if t.pos1 in ("動詞", "形容詞", "助動詞") and t.cform.startswith("連体形") and k + 1 < len(toks) \
                and toks[k + 1].pos1 == "名詞" and toks[k + 1].start < start and toks[k + 1].lemma not in _WHEN_NOUNS:
            # (not 先日ベッドから降りる際にふらつかれた: a clause of when, which dates the event; nor 少しずつ歩く距離が短く
            # なっています, where the noun is the subject of the observation's own change)
            j = k + 1
            while j < len(toks) and toks[j].pos1 in ("名詞", "接尾辞") and toks[j].start < start:
                j += 1
            if not (j + 1 < len(toks) and toks[j].norm in ("が", "は", "も") and toks[j + 1].start >= start):
                return True
    return False


#: Nouns that make the clause before them a time of the event after (降りる際に, 食べた後, 歩く時).
_WHEN_NOUNS = frozenset(("際", "時", "とき", "後", "間", "所", "ところ", "前", "途中", "最中", "折", "瞬間", "直後", "度", "たび"))


def _of_the_subject_before(toks, m, observations) -> bool:
    """Whether a general change (悪化, 増強: observation ``m``) is of the observation that is its subject, with a
    comparison between (両下腿のむくみが前日より増強: blind143's good report, where the change and the swelling were asked
    the same amount twice): the swelling is asked, once."""
    for o in observations:
        if o.item.yields or o.item.id in _CHANGES or o.last >= m.first or "quantity" not in _asked_of(o.item):
            continue  # (しびれが前より増強: numbness asks no amount, the change's is still asked)
        between = toks[o.last : m.first]
        if len(between) > 2 and between[-1].norm == "も":
            between = between[:-1]  # 昨日よりも
        if between[0].norm in ("が", "は", "も") and between[-1].norm == "より" and not any(
                t.pos1 in ("動詞", "形容詞", "補助記号") for t in between[1:-1]):
            return True
    return False


#: What may stand between an observation and the conditional form that makes it a plan's condition (むくみ|が増え|たら).
_TO_A_CONDITION = frozenset(("助詞", "助動詞", "動詞", "形容詞"))


def _as_a_condition(toks, last: int) -> bool:
    """The observation ending before token ``last`` is the condition of a plan, in its own clause: its predicate is in
    the conditional (むくみが増えたら連絡を, 熱が出れば解熱剤を, 痛みが強い場合は); not an event told in the past
    (転倒した時に)."""
    for k in range(last, min(len(toks), last + 6)):
        t = toks[k]
        if t.norm in ("、", "。", "，", "．"):
            return False
        if (t.lemma == "た" and t.cform.startswith("仮定形")) or (t.norm == "ば" and k > last) or t.lemma == "場合":
            # (with a main clause after it: Tokai むくんどるだらぁ。 ends on だら, a guess, not a condition; nor a main
            # clause told in the past before any quotation ends: むくみが増えたら、息苦しさも出てきました is what
            # happened, not a plan: the session 40 review)
            rest = toks[k + 1 :]
            quoted = next((j for j, u in enumerate(rest) if u.norm == "と" and u.pos1 == "助詞"), len(rest))
            if any(u.lemma == "た" and not u.cform.startswith("仮定形") for u in rest[:quoted]):
                return False
            return any(u.pos1 not in ("助詞", "補助記号", "感動詞", "記号", "空白") for u in rest
                       if u.norm not in ("ぁ", "ー", "〜", "～"))
        if t.norm == "と" or t.lemma in ("思う", "言う"):
            return False  # むくみが増えたと思ったら: the condition is the thought's
        if t.pos1 not in _TO_A_CONDITION:
            return False
    return False


def _changed(toks, last: int) -> int | None:
    """The token of the change told of the observation ending before token ``last`` (痰が増えた,
    喀痰増加, 夜間の不穏が続いております), or None: a change has an onset, so when it began is asked
    too, and the finding covers the change as well as what changed."""
    for k in range(last, min(len(toks), last + 5)):
        t = toks[k]
        if t.lemma in _CHANGE and t.pos1 in ("動詞", "名詞"):
            return k
        if not (t.pos1 in ("助詞", "副詞") or t.lemma in _BETWEEN_CHANGE):
            return None
    return None


#: A change that spreads (広がる, 拡大): its extent may be told by the body part it reached.
_SPREAD = frozenset(("広がる", "拡がる", "拡大"))


def _reach(text: str, at: int) -> bool:
    """A body part followed by まで from the clause of the mention at ``at`` on (足首まで範囲が広がった, 範囲が広がり、現在は
    足の甲まで: blind102's and blind103's good reports); not one of an earlier clause (むくみは足首までで…、発赤が広がって)."""
    begin = max(text.rfind(c, 0, at) for c in "、，,") + 1
    return any(a >= begin and text.startswith("まで", b) for a, b in locations(text))


def _long_standing(toks) -> bool:
    """The sentence says its state is as it was (腰痛 変わらず, 足のしびれ いつもどおり, 以前から変わりありません,
    相変わらず): a chronic state whose onset a physician does not need asked again."""
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.lemma == "変わる" and nxt is not None and nxt.lemma in ("ず", "ない", "無い"):
            return True
        if t.lemma == "変わり" and nxt is not None and (nxt.lemma in ("無い", "ない", "無し") or (
                nxt.lemma == "有る" and k + 3 < len(toks) and any(u.lemma in ("ず", "ない") for u in toks[k + 2 : k + 4]))):
            return True
        if t.lemma in ("普段", "何時", "いつも") and any(u.lemma == "通り" for u in toks[k + 1 : k + 3]):
            return True
        if t.lemma == "横ばい" or (t.lemma == "以前" and nxt is not None and nxt.lemma == "から"):
            return True
    return False


#: A measured change: two figures with an arrow between them (3cm→4cm, 主食7割→5割), or a figure of a
#: previous time (前回2mm, 前日は1200ml).
_COMPARED = _regex.lazy(
    r"[0-9０-９][^。→⇒]{0,6}(?:→|⇒|➡|->|－>)\s*[^。]{0,4}?[0-9０-９]"
    r"|(?:前回|前日|先週|先月|前週|以前|入院前|退院時)(?:は|の|比|値)?[:：]?\s*[0-9０-９]"
    # 変更前は週2回程度 → 変更後はなし: before and after a change of treatment (blind85)
    r"|(?:変更|増量|減量|開始|中止|服用|内服|導入)前[^。]{0,12}(?:→|⇒|➡)\s*(?:変更|増量|減量|開始|中止|服用|内服|導入)後"
)


#: How far after an observation its comparison may stand (浮腫やや増強（圧痕深さ4mm、前回2mm）).
_COMPARED_REACH = 25


def _compared(text: str, end: int) -> bool:
    """The observation ending at ``end`` (an offset into the sentence ``text``) is measured against an earlier
    figure right after it (発赤少し拡大（3cm→4cm）, 圧痕深さ4mm、前回2mm): the earlier measurement dates the
    change, so its onset is not asked.  A comparison elsewhere measures something else (体重50kg→48kg、下痢が続いて)."""
    return _COMPARED.search(text[end : end + _COMPARED_REACH]) is not None


def _leads_into_an_event(toks, m, observations) -> bool:
    """The observation's own verb, in its て-form, leads straight into an event of the same clause (ふらついて後方へ転倒,
    めまいがして転倒): a circumstance of that event, not a symptom told on its own.  Only the verb's inflection, a
    direction or place (後方へ, 床に) and nothing that ends a clause may stand between."""
    k = m.last
    if k + 1 < len(toks) and toks[k].norm == "が" and toks[k + 1].lemma == "為る":
        k += 2  # めまいがして転倒
    while k < len(toks) and toks[k].pos1 == "助動詞":
        k += 1
    if k >= len(toks) or toks[k].norm not in ("て", "で") or toks[k].pos1 != "助詞" or (
            k + 1 < len(toks) and toks[k + 1].norm == "も"):
        return False  # (ふらついても転倒はしていません: no fall)
    nxt = min((o for o in observations if o.first > k and is_event(o.item)), key=lambda o: o.first, default=None)
    if nxt is None or nxt.first - k > 4 or any(t.pos1 in ("動詞", "形容詞", "補助記号") for t in toks[k + 1 : nxt.first]):
        return False
    # only a fall that happened: not one nearly had, denied, prevented or feared (転びそうになる, 転倒しないよう,
    # 転倒するのではと心配, 転倒が怖い: the session 36 review)
    # (by lemma: the ん of 転倒したんです is の, Kansai 転倒せん is ず; 様態 そう by its written form)
    return not any(t.lemma in _NOT_HAPPENED or t.norm == "そう" for t in toks[nxt.last : nxt.last + 5])


#: After a fall, what says it did not happen: nearly, denied, prevented, feared.
_NOT_HAPPENED = frozenset(("そう", "ない", "ず", "よう", "様", "怖い", "恐れ", "心配", "予防", "不安", "では"))


def _measures(obs: Observation, elements) -> bool:
    """A quantity of the sentence measures the observation: in one of its ``units`` where it names
    them (むくみ: 圧痕2mm, 跡が3秒残る; not 体温36.5℃、両足にむくみ), and not a count told with 度
    (一度診ていただきました: no body temperature is under 10度)."""
    return any(el.kind == "quantity" and not (el.value.get("unit") == "度" and (el.value.get("amount") or 0) < 10)
               and (not obs.units or el.value.get("unit") in obs.units)  # (SpO2 95%、膝の痛み: no measure of the pain)
               for el in elements)


def _counted_none(doc: Document, si: int, m) -> bool:
    """A count or amount of zero told of the observation, after it and before any other
    observation of the sentence (転倒：0回, 嘔吐は0回でした): a pertinent negative (blind15 rating)."""
    toks = doc.sentences[si].tokens
    end = toks[m.last - 1].end
    nxt = min((toks[o.first].start for o in doc.observations[si] if toks[o.first].start >= end), default=None)
    return counted_none(doc.elements[si], end, nxt)


def _onset_unknown(doc: Document, si: int, obs_per_sentence) -> bool:
    """The writer says the onset of sentence ``si``'s observations is not known: in that sentence, or in one of the next two
    or the one before that names no observation of its own, with none between (咳が出ています。足のむくみはいつからか分かりま
    せん。 is the swelling's alone: the session 44 review)."""
    def says_so(j: int) -> bool:
        return bool(_ONSET_UNKNOWN.search(doc.sentences[j].text))

    if says_so(si) or (si > 0 and not obs_per_sentence[si - 1] and says_so(si - 1)):
        return True
    for j in range(si + 1, min(len(doc.sentences), si + 3)):
        if obs_per_sentence[j]:
            return False
        if says_so(j):
            return True
    return False


#: A drug asked for or to be prescribed after its name (…の湿布ももう少し出してもらえれば, …の薬を処方していただけますか).
_ASKED_FOR = _regex.lazy(r"[^。、]{0,14}?(?:出して|出し|処方|もら|貰|欲し|ほし|お願い|いただ|頂|下さ|くださ)")
#: The doses right after a count of tablets or days' worth are left over (8錠残っており, 9日分が飲まれずに残っており: batch 13).
_LEFT_OVER = _regex.lazy(r"(?:が|も|は)?[^。、]{0,8}?(?:残|余)")
#: The writer says when it began is not known (いつからかははっきりしません, いつからか不明, 発症時期は分かりません).
_ONSET_UNKNOWN = _regex.lazy(r"いつ(?:頃|ごろ|ころ)?から(?:[^。\n、]{1,4}?の)?か(?:は|も)?[、，]?(?:はっきり(?:し|と)?(?:ません|ない|しない)|分から|わから|分かりませ"
                            r"|わかりませ|不明|定かで|把握(?:でき|し)て(?:い|お)?(?:ない|ません|りません))"
                            r"|(?:発症|出現)(?:時期|日|日時)(?:は|も)?(?:不明|分から|わから|分かりませ|わかりませ|はっきりし)")
#: A count taken over a stretch of a visit (訪問中の1時間で5回, ヘルパー滞在の1時間で4回, 訪問中30分で6回:
#: batch 46): the count is dated by the visit it was watched in.
_VISIT_WINDOW = _regex.lazy(r"(?:訪問|滞在|面談|同席)(?:中|時)?の?[0-9０-９一二三四五六七八九十]+(?:時間|分)(?:間)?で")
#: Touching or pressing (触ると痛がります, 押すと痛む): what it finds is examined, not a symptom that began.
_TOUCH = frozenset(("触る", "押す", "押さえる", "叩く", "触れる"))


def _site(doc: Document, si: int, start: int, end: int) -> str | None:
    """The body part named in sentence ``si`` nearest the mention at ``start``–``end`` (offsets into the text)."""
    sent = doc.sentences[si]
    return nearest_location(sent.text, start - sent.start, end - sent.start)


def _provoked(toks: tuple[Token, ...], first: int) -> bool:
    """Whether the observation at ``first`` is told as found on touching (触ると痛がります, 押したら痛い: the
    blind67 physician rater: tenderness needs no onset of its own); its amount is still asked."""
    return first >= 2 and toks[first - 1].lemma in ("と", "た", "て") and toks[first - 2].lemma in _TOUCH


#: What a pain may keep the person from doing: standing, walking, eating, putting shoes on (not sleeping: 痛みのため、
#: 眠れない夜が多い is still asked how strong, batch 56's writer; nor moving after rest, しばらく休まないと動けない, batch 32).
_FUNCTIONS = frozenset(("立つ", "立てる", "立ち上がる", "起き上がる", "歩く", "食べる", "履く"))
#: 取れる is "can take (a meal)" only after a meal; otherwise it is "goes away" (痛みが取れません).
_MEALS = frozenset(("食事", "御飯", "ご飯", "飯", "食べ物"))
_NOT_ABLE = frozenset(("ない", "無い", "ず", "ぬ"))
#: What makes the inability a measure it does not reach (立てないほどではない, 歩けないことはない).
_NOT_SO_BAD = frozenset(("程", "ほど", "訳", "わけ", "事", "こと"))
_DISABLING_REACH = 8
#: Observations whose quantity is a severity that what they stop tells (not a reading: 熱があり、食事がとれません
#: still asks how high).
_SEVERITY = frozenset(("pain",))
#: A pain's severity told by a likeness (頭が割れるように痛い, 締め付けられるような痛み, 死ぬほど痛い).
_SEVERE_LIKE = _regex.lazy(r"(割れ|裂け|締め付け|締めつけ|しめつけ|えぐ|刺す|刺され|突き刺|引き裂|焼け)[^。\n]{0,4}よう[なに][^。\n]{0,2}痛|死ぬほど[^。\n]{0,2}痛")

#: One skin lesion told under several names in a report (【結論】仙骨部に2.5×2.0cmの浅い傷… / 11/22 表皮剥離 /
#: 押しても消えない発赤): the site and size given at one name serve the others in the same paragraph (blind82–85's
#: physicians: "location, size and timeline are all given").
_SKIN = frozenset(("pressure-injury", "wound", "redness"))


#: What a fall does to the part it struck: a swelling, a pain, a wound (not an oedema, which has its own onset).
_INJURIES = frozenset(("swelling", "pain", "wound", "bruise"))
#: A blow to the part named right before it (後頭部を床で打撲, 右膝をぶつけ, 頭部打撲).
_STRUCK = _regex.lazy(r"[^、。]{0,8}?(?:打|ぶつけ|強打)")


def _struck_sites(text: str) -> set[str]:
    """The body parts a sentence tells were struck (後頭部を床で打撲: the part before the blow)."""
    return {text[a:b] for a, b in locations(text) if _STRUCK.match(text, b)}


def _sites(text: str) -> set[str]:
    """The body parts a sentence names as a site (仙骨部, 右すね; not the finger that presses: 指で押すと白くなり)."""
    return {text[a:b] for a, b in locations(text) if not text.startswith(("で押", "でおさ", "で圧"), b)}


def _same_part(here: set[str], there: set[str]) -> bool:
    """Two sentences' sites may be the same part: one names none, or they share a body part's first character once
    the side is set aside (腰 and 腰部; not 膝 and 腰: the session 40 review)."""
    def parts(sites: set[str]) -> set[str]:
        return {x.lstrip("右左両")[:1] for x in sites if x.lstrip("右左両")}
    return not here or not there or bool(parts(here) & parts(there))


def _disabling(toks: tuple[Token, ...], last: int) -> bool:
    """Whether the clauses after a pain ending at ``last`` say what it keeps the person from doing (股関節を痛がり、
    立てません / 口が痛くて食事がとれず / 痛くて自力で立ち上がることができません): how bad it is, told by what it
    stops, which a physician reads as its severity (good blind reports b16-48, b29-40, b36-52)."""
    for k in range(last, min(len(toks), last + _DISABLING_REACH)):
        tok = toks[k]
        if tok.norm in ("。", "．"):
            return False
        meal = tok.lemma in ("取れる", "とれる") and any(t.lemma in _MEALS for t in toks[max(last, k - 3) : k])
        if not (tok.pos1 == "動詞" and (tok.lemma in _FUNCTIONS or meal)):
            continue
        after = [t.lemma for t in toks[k + 1 : k + 7]]
        if after[:1] and after[0] in ("れる", "られる"):  # 食べられません: the potential's auxiliary
            after = after[1:]
        if after[:3] == ["事", "が", "出来る"] or after[:2] == ["事", "出来る"]:  # 立ち上がることができません
            after = after[3:] if after[1] == "が" else after[2:]
        if after[:1] == ["ます"]:
            after = after[1:]
        if after[:1] and after[0] in _NOT_ABLE:
            return not (len(after) > 1 and after[1] in _NOT_SO_BAD)
    return False


#: The particles after a change's subject (距離が短くなっています, 量は減っています).
_SUBJECT_MARKS = frozenset(("が", "は", "も"))
#: Words that make a figure no reading of the change (a target, a plan, a thing not measured).
_NOT_A_READING = ("目標", "予定", "測って", "計って", "測れて", "計れて")


def _course_of(doc: Document, j: int, subject: str) -> bool:
    """Sentence ``j`` gives the course of ``subject`` in figures: it names the subject, then two amounts or one after an
    arrow or から (歩行距離：7月 約300m → 9月 約50m), and sets no target (歩行距離の目標を100m: the session 22 review)."""
    sent = doc.sentences[j]
    at = next((t.end for t in sent.tokens if t.surface == subject), None)
    if at is None or any(w in sent.text for w in _NOT_A_READING):
        return False
    after = [el for el in doc.elements[j] if el.kind == "quantity" and el.start >= at]
    return len(after) >= 2 or (bool(after) and any(c in sent.text[at - sent.start :] for c in ("→", "⇒", "から")))


def run(doc: Document, lexical: list[Candidate]) -> list[Candidate]:
    """Observations that lack an element a physician needs, once per observation and kind.

    Where a state word (VC1xx, VC2xx) is flagged over the observation's words (食欲低下), the
    missing kinds are put on that finding (``lexical`` is amended in place) instead of a second one; a tendency word
    (VC204, 熱っぽい) over an observation measured in its own units in its sentence is dropped from ``lexical``.

    An element counts for an observation in its sentence, and in a neighbouring
    sentence that reports no observation of its own (「3日前から発熱があります。最高38.5℃です。」,
    「BT38.2℃。発熱あり。」).  A report may name an observation first and give its figures
    later (conclusion first, as the deck teaches), so a kind supplied at any mention of
    the same observation satisfies them all, and a missing kind is reported once, at
    the first mention.  A vague word of the same kind (最近, 時々, 少し) already asks
    the question, so it counts as addressed.  With a parsing backend (GiNZA), an element
    in the observation's own sentence counts only within its clause group (see
    ``context.clause_groups`` and docs/backends.md).
    """
    missing_rules = {
        kind: rule for kind in ("time", "quantity", "frequency", "location")
        if (rule := doc.lexicon.rule_for_missing(kind)) is not None and rule.id in doc.active
    }
    if not missing_rules:
        return []
    mentions: list[tuple[Observation, int, int, int, str]] = []  # obs, sentence, start, end, text
    skin_given: list[tuple[int, set[str], set[str]]] = []  # each skin lesion mention: sentence, kinds given, sites named
    subjects: dict[tuple[str, int, int], str] = {}  # a change's subject noun, by mention (obs id, sentence, start)
    supplied: dict[str, set[str]] = {}
    bowel_dated: bool | None = None  # whether the report dates a stool (_bowel_dated), read once, when first asked
    measured: set[str] = set()  # observations given a quantity element (not only asked for one by a vague word)
    began: set[str] = set()  # observations told as a change that began: their onset is asked too
    recurring: set[str] = set()  # observations with a mention told as a recurring state: their ``unless_once`` kinds are asked
    readings: dict[str, int | None] = {}  # per vital observation, the first sentence that reads it (_measured_before)
    measured_at: list[tuple[int, int, str]] = []  # figures in an observation's own units: (sentence, start, observation id)
    obs_per_sentence = doc.observations
    denials: dict[int, set[int]] = {}

    def negated_in(j: int) -> set[int]:
        """ids of sentence ``j``'s observations that its negation cues deny (made once: the sentence before asks too)."""
        if j not in denials:
            denials[j] = denied(doc.sentences[j].tokens, doc.context[j], doc.elements[j], obs_per_sentence[j])
        return denials[j]

    struck_at: list[set[str]] = []  # per sentence: the body parts dated falls before it in its paragraph struck (on first use)

    def struck(si: int) -> set[str]:
        """The body parts struck in the earlier sentences of si's paragraph that tell a fall with its day or time
        (本日12/4 10:20頃…転倒し、後頭部を床で打撲; not 左足から崩れるように: the session 38 review): one pass over the report,
        made on first use."""
        if not struck_at:
            paragraph = told(doc)[0]
            seen: set[str] = set()
            for j, sent_j in enumerate(doc.sentences):
                if j and paragraph[j] != paragraph[j - 1]:
                    seen = set()
                struck_at.append(seen)
                if any(is_event(o.item) for o in obs_per_sentence[j]) and places_in_time(doc.elements[j]):
                    seen = seen | _struck_sites(sent_j.text)
        return struck_at[si]

    # sentence -> (kind, start, end) of the vague-word findings that already ask for a kind
    vague_kinds: dict[int, list[tuple[str, int, int]]] = {}
    vague_at: dict[tuple[int, int], Candidate] = {}  # (sentence, start) of a vague-word finding -> that finding
    spans_per_sentence: dict[int, list[tuple[int, int]]] = {}  # every lexical finding's span, by sentence
    for c in lexical:
        spans_per_sentence.setdefault(c.sentence, []).append((c.start, c.end))
        for kind, category in VAGUE_FOR_KIND.items():
            if c.rule.category == category:
                vague_kinds.setdefault(c.sentence, []).append((kind, c.start, c.end))
                vague_at[(c.sentence, c.start)] = c
    given_at_all: dict[str, set[str]] = {}  # the kinds an element gives an observation somewhere (not only a vague word)
    # mention (sentence, start) -> its own words' span and, for each vague word asking it, (kind, start of the word)
    askers: dict[tuple[int, int], tuple[tuple[int, int], list[tuple[str, int]]]] = {}
    for si, sent in enumerate(doc.sentences):
        if not obs_per_sentence[si] or si in doc.frames:
            continue  # no observation to ask about (or the letter's frame); what follows only serves this sentence's observations
        toks = sent.tokens
        around: set[str] = _placed(doc, si)
        if si + 1 < len(doc.sentences) and not obs_per_sentence[si + 1]:
            around = around | _kinds(doc, si + 1, sent.text) | _placed(doc, si + 1)
            if _goes_on(doc, si + 2) and places_in_time(doc.elements[si + 2]):
                # 右のかかとが赤くなってます。／大きさは500円玉くらい。／12/2の訪問看護のときに見つけたそうです。: the second
                # sentence after it still dates it when neither reports an observation of its own (blind116's physician);
                # only its date: 夕食は半分でした measures no fever
                around = around | {"time"}
        # on the same line, a next sentence whose observations are all denied gives the measures in its units (仙骨部に発赤を
        # 発見。大きさ約3×4cm、…水疱はなし: blind115's good report), not its times or sites, which may be the denial's
        # (下痢があります。本日朝から嘔吐はありません: the session 37 review)
        next_units = {el.value.get("unit") for el in doc.elements[si + 1] if el.kind == "quantity"} if (
            si + 1 < len(doc.sentences) and obs_per_sentence[si + 1] and doc.same_line(si)
            and len(negated_in(si + 1)) == len(obs_per_sentence[si + 1])) else set()
        if _onset_unknown(doc, si, obs_per_sentence):
            # 仙骨部に赤みがあるとの報告がありました。…いつからかははっきりしません。: the writer says the onset is not known
            # (blind137's physician: "the report already gives … that onset is unknown"); its own words are asked by the
            # vague time word (VC301 いつからか), so the observation does not ask it a second time
            around = around | {"time"}
        if "location" not in around and _pain_of_a_lesion_before(doc, si, obs_per_sentence):
            around = around | {"location"}
        if si > 0 and not obs_per_sentence[si - 1]:
            around = around | _kinds(doc, si - 1, sent.text) | _placed(doc, si - 1)
        elif si > 0 and doc.same_line(si - 1) and any(is_event(o.item) for o in obs_per_sentence[si - 1]) and "time" in _kinds(doc, si - 1):
            # 11/30 14時頃、台所で転倒。左手首を打ち、腫れは直径3cmです。: the same line goes on with what the dated
            # fall did, so its time dates this sentence's observations too (batch 51); not another symptom beside a
            # dated one (12/1 9時に発熱37.8℃。めまいもあります。)
            around = around | {"time"}
        # the sentence before tells an episode at a clock time (・6:00頃 トイレから戻った後、前胸部の締めつけ。/ 今朝8時ごろから
        # 胸が締めつけられるように痛いと訴えがあり…。): a sign told with it, in a record's あり or in the past, went with it
        # (or the one before that on its line, past a sentence of the episode's course with no observation of its own: 12/5
        # 6:30と9:50の2回、胸の中央が締めつけられる痛みあり。各5分ほどで消失。冷汗あり: blind138's good report)
        before = si - 2 if (si > 1 and doc.same_line(si - 2) and doc.same_line(si - 1) and not obs_per_sentence[si - 1]
                            and _EPISODE_COURSE.search(doc.sentences[si - 1].text)) else si - 1
        episode_before = si > 0 and any(el.kind == "time" and el.value.get("unit") in ("時", "分") for el in doc.elements[before])
        # the sentence before on its line opens a list item and is dated (an onset or a day): a record's bare あり after it
        # is of the same item (not 昨日は咳があった。冷や汗あり。 in running text)
        # (not an item opened further back on the line: its date may be a visit's or a routine measurement's, ・12/3 訪問時：
        # …。腰痛の訴えあり: the session 39 review)
        dated_before = si > 0 and doc.same_line(si - 1) and opens_item(doc, si - 1) and places_in_time(doc.elements[si - 1])
        a, b = doc.analysis.norm_spans[si]
        bare = [("quantity", s) for s, _ in bare_pressures(doc.analysis.text.norm, a, b, doc.analysis.text.span)]
        clause = clause_groups(toks)  # None without a parser: the sentence is the scope
        element_groups = [(kind, group_at(clause, toks, at)) for kind, at in [(el.kind, el.start) for el in doc.elements[si]] + bare]
        # 12時に気づいて服用 / 22時に嘔吐: an event at a clock time happened once, so how often is not asked of it
        # 11月29日の夕食時に咳き込まれました: so is an event at a meal of a given day
        # (a part of a day named relative to today, 昨夜 / 今朝 / 昨日の夕方, not for what comes in bouts: 昨夜嘔吐がありました
        # still asks how many times, as the blind batches mark it; Observation.in_bouts)
        once_at = [(_clock_time(el) or el.value.get("day") is not None, group_at(clause, toks, el.start)) for el in doc.elements[si]
                   if _clock_time(el) or _meal_of_a_day(el, sent)]
        day_part = {len(element_groups) + i for i, (fixed, _) in enumerate(once_at) if not fixed}
        element_groups += [("frequency", g) for _, g in once_at]
        # 一度吐かれた / 2度嘔吐: a count in 度 right before the observation (no body temperature is under 10度; not
        # 一度受診させていただきたい, 一度咳が出ると: for now, whenever)
        counted_at = [(el.start, el.end) for el in doc.elements[si] if el.kind == "quantity" and el.value.get("unit") == "度"
                      and el.value.get("amount") is not None and el.value["amount"] < 10
                      and not _WHENEVER.match(sent.text, el.end - sent.start)]
        # (or いっぺん, once: 昨日の夕方にいっぺん吐いた, blind153's physician; not いっぺんに, all at once)
        counted_at += [(t.start, t.end) for k, t in enumerate(toks) if t.lemma == "一遍"
                       and not (k + 1 < len(toks) and toks[k + 1].norm == "に") and not _WHENEVER.match(sent.text, t.end - sent.start)]
        blocked = doc.blocked[si]
        negated = negated_in(si)
        # another person's state (奥様も腰痛で通院中です): a context item that names missing-* categories
        not_the_patient = other_person_scopes(toks, doc.context[si])
        clinician = [hearsay_scope(toks, h) for h in doc.context[si] if h.item.id == _CLINICIAN]
        steady: bool | None = None  # the sentence says its state is unchanged (made on first use)
        marks: list[int] | None = None  # where it says so, for the observations of that clause (on first use)
        after_steady: bool | None = None  # the next sentence on the line says it is as it was (on first use)
        quiet_after: set[str] | None = None  # what the next sentence says did not come again after this dated one (on first use)
        for m in obs_per_sentence[si]:
            if any(o is not m and o.first < m.last and m.first < o.last and not o.item.yields
                   and (o.first < m.first or (o.first == m.first and o.last > m.last)) for o in obs_per_sentence[si]):
                continue  # inside a longer observation (出血 of 内出血), or overlapping one that begins before it (摂取量 of
                # 水分摂取量, read as 水分摂取 and 摂取量): that one is what was observed
            if m.item.yields and (
                any(o.first < m.last and m.first < o.last and not o.item.yields for o in obs_per_sentence[si])
                or any(a < toks[m.last - 1].end and toks[m.first].start < b for a, b in spans_per_sentence.get(si, ()))
                or _unmeasured_change(toks, m)
            ):
                continue  # a general change (痰が増えた) gives way to the observation it names (痰; _changed asks its
                # onset) and to a vague word that already tells it (ことが増えた, 若干減少)
            obs: Observation = m.item
            if obs.id in _CHANGES and _of_the_subject_before(toks, m, obs_per_sentence[si]):
                continue
            if not is_event(obs) and _leads_into_an_event(toks, m, obs_per_sentence[si]):
                continue  # 立ち上がり時にふらついて後方へ転倒: how the fall came about, dated and counted with the fall
                # (blind112's good report b112-19; the fall is asked what it lacks)
            start, end = toks[m.first].start, toks[m.last - 1].end
            if overlaps_any(start, end, blocked):
                continue
            if obs.not_before and any_matches(obs.not_before, toks[m.last] if m.last < len(toks) else None):
                continue
            if obs.not_after and any_matches(obs.not_after, toks[m.first - 1] if m.first > 0 else None):
                continue  # 脳出血: a diagnosis, not a bleed seen
            if names_a_drug(toks, m.last) and _ASKED_FOR.match(sent.text, toks[m.last].end - sent.start):
                # 膝の痛みの湿布ももう少し出してもらえれば: the drug named by what it treats, asked for, not a state told
                # (blind138's physician); not 腰の痛みの湿布を貼っても、夜も眠れない (the session 44 review)
                continue
            if _as_a_condition(toks, m.last):
                continue  # 主治医より、むくみが増えたら早めに連絡をとのご指示: a plan's condition, not a state (batch 101)
            if (_the_like(toks, m.first) and any(o.item.id == obs.id for j in range(si) for o in obs_per_sentence[j])
                    and any(t.lemma in _FIRST_OR_NONE for t in toks[m.last:])):
                continue  # ・同様の胸痛は今回が初めてです: the chest pain told before, with its time, said to be the first (blind176's
                # good report); not 最近、同様の胸痛が時々ある, a recurrence to date and count (the session 54 review)
            if _an_indication(toks, m.last):
                continue  # 腰痛でロキソプロフェン60mg 1日3回…内服中: what a prescription treats (blind141's good report)
            if id(m) in negated or any(a < m.last and m.first < b for a, b in not_the_patient):
                continue
            if doc.explained_sign(si, m.first, m.last):
                continue  # 鉄の薬を飲んでいて、便が黒くなった: the report explains the sign (blind101, blind103's physicians)
            if clinician and _graded_by_the_clinician(toks, m, clinician):
                continue  # 皮膚科の先生より、軽度の皮脂欠乏性湿疹とのご所見: the clinician's graded finding, a diagnosis
            if _counted_none(doc, si, m):
                continue  # 転倒：0回 / 嘔吐は0回でした: it did not happen, so nothing about it is missing
            if _since_resolved(toks, m, obs_per_sentence[si]) or _over_later(
                    toks, m, obs_per_sentence[si], doc.sentences[si + 1].tokens if si + 1 < len(doc.sentences) else ()):
                continue  # 咳も少しあったみたいですが、今はほとんどないとのことです: over (blind143's physician: "adequate
                # for a resolved cough"; its onset and count asked with a new cough's example did not fit)
            if quiet_after is None:
                quiet_after = ({o.item.id for o in obs_per_sentence[si + 1]} if (
                    si + 1 < len(doc.sentences) and places_in_time(doc.elements[si]) and obs_per_sentence[si + 1]
                    and _quiet_after(toks, doc.sentences[si + 1].tokens)
                    and len(negated_in(si + 1)) == len(obs_per_sentence[si + 1])) else set())
            if obs.id in quiet_after:
                continue  # 先月、血便があって大腸カメラをしていただき…。その後は出血もなく: a dated episode the next sentence
                # says did not come again (blind176's physician: "bleeding was last month, already scoped and resolved"); not
                # another symptom denied, むくみが出ました。その後は痛みもありません (the session 54 review)
            if marks is None:
                marks = steady_marks(toks)
            if marks and not is_event(obs) and told_steady(toks, marks, m, obs_per_sentence[si]):
                continue  # 咳は以前から変わりません: a stable, known state; nothing new to date, count or measure (this
                # mention asks nothing and gives nothing to the report's other mentions of it: 本日は咳が強く is still asked)
            # a vague word over the observation (食欲低下: VC101, 減少傾向: VC204, 遠くなった: VC502) asks only
            # what its own kind asks (``asked`` below); the elements it does not ask for are still missing
            change = _changed(toks, m.last)
            if change is not None or _began(toks, m.last):
                began.add(obs.id)
            elif not is_event(obs):
                if after_steady is None:
                    after_steady = (doc.same_line(si) and not obs_per_sentence[si + 1]
                                    and tells_steady(doc.sentences[si + 1].tokens))
                # ・足のむくみは夕方に出ますが、朝にはひいています。以前から同じ状態です。: the next sentence on the line
                # says so of it (blind75's physician: "stated to be longstanding and unchanged"): like a steady mark of its
                # own clause, this mention asks nothing; not a change or an onset told (むくみが出てきました。), nor where
                # it is when the sentence does not say (the mention is asked as before)
                if after_steady and not ("location" in obs.needs and not _placed(doc, si)):
                    continue
            end = toks[inflected_end(toks, m.last if change is None else change + 1)].end
            if clause is None:
                reach: set[int] | None = None
            else:
                groups, relative = clause
                reach = {groups[m.first]} | {g for g, target in relative.items() if m.first <= target < m.last}
            # a vague word asks for the observation of its own clause (尿色濃いめ、尿量減少: 濃いめ asks
            # nothing of 尿量); across a predicate's comma it is about something else
            asking = [(kind, a) for kind, a, b in vague_kinds.get(si, ()) if (
                      not clause_apart(toks, (start, end), (a, b)) and not _of_something_before(toks, b, start))
                      or (kind == "frequency" and _counts_it_next(toks, m, a, b, obs_per_sentence[si]))]
            asked = {kind for kind, _ in asking}
            # (a quantity past a predicate's comma in the units of another observation of the sentence, not this one's,
            # measures that one: 水分を200mL摂取できていますが、腹痛の訴えが続いており tells no amount of the pain, batch 119)
            others = {u for o in obs_per_sentence[si] if o.item is not obs for u in o.item.units} - set(obs.units)
            # (not a change, measured in what changed, nor a pain found on pressing a measured swelling: 2cm×2cmの腫脹があり、
            # …押した際の痛みの訴え)
            elsewhere = {i for i, el in enumerate(doc.elements[si]) if el.kind == "quantity" and obs.units
                         and el.value.get("unit") in others and clause_apart(toks, (start, end), (el.start, el.end))
                         } if obs.id not in _CHANGES and not _provoked(toks, m.first) else set()
            # (and a figure or a time across a contrast is another thing's or another time's: 12月は130台で安定していますが、
            # 手足のしびれを訴えられることがあり dates no numbness, batch 120)
            # (only what comes before the contrast, and of a time only the period it names as its topic, 12月は: a date
            # there, 11月30日18時から38.0℃の発熱があり、…下がりましたが、咳が…, dates the episode the sentence goes on
            # to tell, as the blind writers read it)
            elsewhere |= {i for i, el in enumerate(doc.elements[si])
                          if el.end <= start and (el.kind != "time" or sent.text.startswith("は", el.end - sent.start))
                          and _contrast_apart(toks, el.end, start)}
            own: set[str] = set()  # what this observation alone is given (``around`` is the sentence's, for every one)
            if obs.vital and "quantity" in obs.needs and _measured_before(doc, si, obs, readings):
                own.add("quantity")  # 血圧は188/102だったそうです。…血圧高いけど入浴してもええですか (blind148's
                # physician: "BP value already written")
            if obs.in_bouts:
                elsewhere = elsewhere | day_part
                if any(not clause_apart(toks, (start, end), span) for span in counted_at):
                    own.add("frequency")
            if _experienced(toks, m.last):
                own.add("frequency")  # 去年、血を吐いて入院したことがあった: an experience, not how often (session 57)
            given = around | own | {kind for i, (kind, g) in enumerate(element_groups)
                              if i not in elsewhere and (reach is None or g is None or g in reach)}
            if obs.unless_once and not (
                    (episode_before and doc.same_line(si - 1) and _with_the_episode(toks, m.last)
                     and not any(el.kind == "time" and el.value.get("relation") == "since" for el in doc.elements[si]))
                    or _graded(toks, m.first, m.last) or _qualified(toks, m, vague_kinds.get(si, ()))
                    or _one_episode(toks, start, m.last, doc.elements[si], sent.text, sent.start, obs.id == _MISSED_DOSE)):
                # 本日午前中にめまいの訴えがありました / ・10:00 血圧92/54。立ち上がるとふらつきあり。: one episode, not asked
                # how often; 少しふらつきあり / 歩行時ふらつき著明: told by its degree, which the vague word's finding asks;
                # a mention told so asks nothing of how often, and another told as a state still does
                recurring.add(obs.id)
            if next_units & set(obs.units):
                given = given | {"quantity"}
            if obs.degree_by and _degree_told(doc, si, obs):
                given = given | {"quantity"}  # 指で押すと跡が残るむくみ: its degree told by its sign
            if obs.id == _CONSTIPATION and _LAST_STOOL.search(doc.text_around(si, 1, 0)):
                # 便秘が続いていて、最後の排便は12/1とのことです: dated by the last stool (blind119), or by the sentence before
                # (最終排便12/1、普通便。以後3日排便なし。: batch 120)
                given = given | {"time"}
            if obs.id == _MISSED_DOSE and (_dated_doses(sent.text, start - sent.start) or any(
                    el.kind == "quantity" and el.value.get("unit") in ("錠", "包", "回分", "日分") and not el.value.get("per")
                    and _LEFT_OVER.match(sent.text, el.end - sent.start) for el in doc.elements[si])):
                given = given | {"frequency"}  # 月・水の朝食後薬を飲み忘れ: the days named count it (batch 95); アムロジピンが8錠
                # 残っており、…飲み忘れが集中: the tablets left count the doses missed (batch 100)
            if obs.id == _LEFTOVER and any(el.kind in ("frequency", "quantity") and _COUNTS_THE_LEFTOVER.match(sent.text, el.end - sent.start)
                                           for el in doc.elements[si]):
                # 朝の薬、2回残薬あり / 4回のうち2回が残薬 / 8日分が残薬として: the doses left (the session 43 review)
                given = given | {"quantity"}
            if "quantity" not in given and "回" in obs.units and any(
                    el.kind == "frequency" and (not clause_apart(toks, (start, end), (el.start, el.end))
                                                or _counts_it_next(toks, m, el.start, el.end, obs_per_sentence[si]))
                    and sent.text[el.end - sent.start : el.end - sent.start + 1] != "の"  # 週3回のデイで: the service's
                    for el in doc.elements[si]):
                # 黄色い痰が1日に5、6回出よる: a thing measured in counts is told how much by how often, in its own clause
                # (not 毎回のようにむせていて、痰が絡んだ: the count is the choking's): batches 56 and 57; or in the next
                # clause with no subject of its own (黄色い痰が増え、1日10回以上出ています: blind118's good report)
                given = given | {"quantity"}
            if episode_before and _with_the_episode(toks, m.last):
                given = given | {"time"}  # 冷や汗あり。 / 冷や汗もかいていた: blind97's and blind99's physicians ("the cold
                # sweat clearly went with the morning chest pain"); not a state told now (12/1 9時に発熱37.8℃。めまいもあります。)
            elif dated_before and _in_record(toks, m.last):
                given = given | {"time"}  # ・12/2から…胸の中央が締めつけられる痛みが1日2〜3回…。冷や汗あり。: a record's
                # あり alone on the dated item's line goes with its episodes (blind113's good report)
            if "time" not in given and obs.id in _INJURIES and (site := _site(doc, si, start, end)) is not None \
                    and site in struck(si):
                given = given | {"time"}  # 後頭部に3cm程度の腫れあり: an injury at the part a dated fall struck earlier in the paragraph
                # (本日12/4 10:20頃…転倒し、後頭部を床で打撲: blind114's good report), what the fall did
            if steady is None:
                steady = _long_standing(toks)
            if steady:
                given = given | {"time"}  # ・腰痛 変わらず: a chronic state, its onset not asked again
            if obs.id in _SEVERITY and (_disabling(toks, m.last) or _SEVERE_LIKE.search(doc.text_around(si, 2, 2))):
                given = given | {"quantity"}  # 痛くて歩けません: its severity, told by what it stops; 頭が割れるように痛い,
                # in the lines around it (the subject line's 突然の強い頭痛 told in the body: blind144's physician, "fully
                # described; NRS is not needed")
            if any(t.lemma in _SPREAD for t in toks[m.first : m.last if change is None else change + 1]) \
                    and _reach(sent.text, start - sent.start):
                given = given | {"quantity"}  # 足首まで範囲が広がった: how far it spread, told by the part it reached
            if _provoked(toks, m.first):
                given = given | {"time"}  # 触ると痛がります: tenderness found on touching, not a new symptom to date
            if obs.id in _DATED_BY_THE_BOWEL:
                if bowel_dated is None:
                    bowel_dated = _bowel_dated(doc)
                if bowel_dated:
                    # 12/1以降5日間排便がありません。／腹部膨満あり。: the distension of a constipation the report dates (three
                    # blind writers' good reports, blind123, blind126, blind128: "the onset is given by the last stool")
                    given = given | {"time"}
            if "frequency" in given and _VISIT_WINDOW.search(sent.text):
                given = given | {"time"}  # 咳は訪問中の1時間で5回: counted while the writer watched, at the visit
            if given & {"quantity", "frequency"} and _compared(sent.text, end - sent.start):
                given = given | {"time"}  # 発赤少し拡大（3cm→4cm）: dated by the earlier figure
            supplied.setdefault(obs.id, set()).update(given | asked)
            given_at_all.setdefault(obs.id, set()).update(given)
            if asking:
                askers[(si, start)] = ((start, toks[m.last - 1].end), asking)
            if "quantity" in given and _measures(obs, doc.elements[si]):
                measured.add(obs.id)
                measured_at += [(si, el.start, obs.id) for el in doc.elements[si]
                                if el.kind == "quantity" and el.value.get("unit") in obs.units]
            mentions.append((obs, si, start, end, sent.text[start - sent.start : end - sent.start]))
            if obs.id in _SKIN:
                skin_given.append((si, given, _sites(sent.text)))
            if m.first >= 2 and toks[m.first - 1].norm in _SUBJECT_MARKS and toks[m.first - 2].pos1 == "名詞" \
                    and len(toks[m.first - 2].surface) >= 2:
                subjects[(obs.id, si, start)] = toks[m.first - 2].surface  # 距離 of 歩ける距離が短くなっています
    # a tendency word over an observation measured in its own units in the same sentence (少し熱っぽいとのことで、今朝は
    # 37.8℃でした: blind114's physician, "temperature and onset are already given") has its measurement: not asked
    # (only the same observation's figure, told after it and of now: not 12月1日は36.9℃でしたが、夕方になると熱っぽい,
    # 熱っぽい様子で、室温は28℃, 37.5℃の微熱があり、息切れ気味: the session 37 review)
    # a degree word inside the sign that tells an observation's degree (指で押すと少し跡が残る程度 of a むくみ in its sentence:
    # blind116's physician, "mild pitting edema is already described adequately") grades the sign, as a care manager can
    lexical[:] = [c for c in lexical if not (c.rule.category == "vague-quantity" and _inside_a_degree_sign(doc, c))]
    lexical[:] = [c for c in lexical if not (c.rule.id == _TENDENCY and any(
        c.sentence == si and c.end <= at and _MEASURED_NOW.fullmatch(doc.text, c.end, at)
        and any(o.item.id == oid and doc.sentences[si].tokens[o.first].start < c.end
                and c.start < doc.sentences[si].tokens[o.last - 1].end for o in obs_per_sentence[si])
        for si, at, oid in measured_at))]
    # one finding per observation, at its first mention, listing every missing kind (issue #11):
    # it carries the rule of the first kind in _ORDER, and asks for them all
    out: list[Candidate] = []
    emitted: list[tuple[Observation, str]] = []  # per finding in ``out``: its observation and the words it is on
    # the mentions read so far: sentence, start, end, observation, and the index of its finding in ``out`` (or None)
    processed: list[tuple[int, int, int, Observation, int | None]] = []
    reported: set[str] = set()
    for obs, si, start, end, text in mentions:
        needs = set(obs.needs) | (set(obs.unless_once) if obs.id in recurring else set()) | ({"time"} if obs.id in began else set())
        if obs.id not in measured:
            needs |= set(obs.until_measured)  # 膝の痛みがあります: since when; NRSで6の膝の痛み: the score tells enough
        own, asking = askers.get((si, start), ((start, end), []))
        for kind, a in asking:
            # 咳き込むことがあります / むくみが強くなっています / ちょっと熱がありました: the vague word is the only answer the report
            # gives to what the observation needs, so its finding asks it for that observation, and says which one (JSON
            # ``observation``, the observation's own words): software and the evaluation read the observation as lacking the
            # kind, asked once, there (the finding as it stands now: an earlier step may have dropped it)
            word = vague_at[(si, a)]
            k = next((i for i, c in enumerate(lexical) if c is word), None)
            if k is not None and kind in needs and kind in missing_rules and kind not in given_at_all[obs.id]:
                lexical[k] = word = replace(word, observation=own)
                vague_at[(si, a)] = word
        kinds = tuple(k for k in _ORDER if k in needs and k in missing_rules and k not in supplied[obs.id])
        if kinds and obs.id not in reported:
            # the conclusion first, its figures after (■目的：息苦しさとSpO2低下のため…ご相談します。／・SpO2 86〜88%):
            # another sentence of the paragraph that names the observation, by its patterns or its topic words,
            # gives the kinds its figures give, as it does for a vague word (passes/lexical.py)
            paragraph, figures = told(doc)
            # only a later sentence, and not one telling another occasion (昨年12月にも転倒されています); or, for the matter of an
            # ask, an earlier one (体重が…2か月で2.5kg減少しています。／…体重減少の評価と…ご検討いただけますでしょうか: the ask
            # names what the report already measured, blind141's good report)
            asking = _an_ask(doc, si)
            given_elsewhere = set().union(*(k if j > si else _in_its_units(doc, j, k, obs) for j, p, k in figures.get(obs.label, ())
                                            if (j > si or (asking and j < si and _the_patients_now(doc, j))) and p == paragraph[si]
                                            and not _another_occasion(doc, j)))
            kinds = tuple(k for k in kinds if k not in given_elsewhere)
            below = after_the_summary(doc).get(si)
            if below is not None:  # the purpose or the conclusion named it; the body tells it (a quantity in its units)
                # (below a conclusion, only its listed facts that name it or measure it in its units: ・デイサービスは週3回
                # tells nothing of 咳: the session 25 review)
                if concluding(doc, si):
                    below = [(kind, unit, j, listed) for kind, unit, j, listed in below if listed and (
                        any(m.item.label == obs.label for m in doc.observations[j])
                        or any(el.kind == "quantity" and el.value.get("unit") in obs.units for el in doc.elements[j]))]
                # (a change's units are also those of what changed, named before it: 腰痛が…増強しており → NRS)
                units = set(obs.units)
                if obs.id in _CHANGES:
                    named = doc.sentences[si].tokens
                    units |= set().union(*(o.item.units for o in obs_per_sentence[si]
                                           if named[o.last - 1].end <= start and o.item.id not in _CHANGES))
                here = _sites(doc.sentences[si].text) if obs.id in _CHANGES else set()
                told_below = {kind for kind, unit, j, _ in below if kind != "quantity" or not units or (
                    unit in units and (unit in obs.units or _same_part(here, _sites(doc.sentences[j].text))))}
                kinds = tuple(k for k in kinds if k not in told_below)
            if obs.id in _SKIN:
                # (the same lesion: one of the two names no site, or both the same one; 顔に赤み beside 仙骨部の褥瘡
                # is another)
                here = _sites(doc.sentences[si].text)
                kinds = tuple(k for k in kinds if not any(
                    k in g and paragraph[j] == paragraph[si] and (not here or not where or here & where)
                    for j, g, where in skin_given))
            subject = subjects.get((obs.id, si, start))
            if "quantity" in kinds and subject and any(
                    j > si and paragraph[j] == paragraph[si] and _course_of(doc, j, subject) for j in range(si + 1, len(doc.sentences))):
                # 結論：…休まず歩ける距離が短くなっています。／・歩行距離：7月 約300m → 9月 約50m: the thing that changed,
                # named again with its figures (blind80's physician: "already quantified on the next line")
                kinds = tuple(k for k in kinds if k != "quantity")
        # 悪化 of 息切れの悪化: a change inside the mention that tells what changed asks only what that observation does not
        # ask for itself (one finding per mention: blind116's physician called 「悪化」 beside 「息切れの悪化」 a false alarm;
        # the session 38 review: 息苦しさの悪化 still asks how much), on that mention's finding if it has one; two
        # observations on the same words (呼吸苦) are each asked
        container = next((c for c in takewhile(lambda c, si=si: c[0] == si, reversed(processed))  # (this sentence's only)
                          if c[1] <= start and end <= c[2] and (c[1], c[2]) != (start, end)), None)
        processed.append((si, start, end, obs, None))
        if container is not None:
            kinds = tuple(k for k in kinds if k not in _asked_of(container[3]))
            if kinds and container[4] is not None and obs.id not in reported:
                reported.add(obs.id)
                k_out = container[4]
                o_obs, o_text = emitted[k_out]
                out[k_out] = _finding(doc, missing_rules, o_obs, si, out[k_out].start, out[k_out].end, o_text,
                                      tuple(k for k in _ORDER if k in out[k_out].missing or k in kinds))
                continue
        if not kinds or obs.id in reported:
            continue
        reported.add(obs.id)
        # 食欲低下 / 状態悪化: a state word flagged over the observation already asks the observation's
        # questions, so its kinds go on that finding rather than a second one on the same words (one
        # finding per mention; the blind67 physician rater called the second a repeat)
        # (or one the state word begins: 動きが悪く over 悪くなる, the general change of its own words: blind145's physician
        # called the second entry a duplicate)
        over = next((k for k, c in enumerate(lexical) if c.sentence == si and c.rule.category in _STATE_WORDS and (
                     c.start <= start and end <= c.end or (obs.id in _CHANGES and c.start < start < c.end))), None)
        if over is not None:
            lexical[over] = replace(lexical[over], missing=tuple(dict.fromkeys(lexical[over].missing + kinds)))
            continue
        processed[-1] = (si, start, end, obs, len(out))
        out.append(_finding(doc, missing_rules, obs, si, start, end, text, kinds))
        emitted.append((obs, text))
    return out


def _quiet_after(toks, following) -> bool:
    """The sentence ``toks`` tells its episode in the past and the next sentence, ``following``, opens on the time after it
    (その後, それ以降, それ以来, 以降), with no word of it coming back (また, 時々); the caller asks that sentence's observations
    all be denied (出血もなく)."""
    head = [t for t in following[:4] if t.pos1 != "補助記号"]
    return (any(t.lemma == "た" and t.pos1 == "助動詞" for t in toks) and any(t.lemma in _AFTER_IT for t in head[:3])
            and not any(t.lemma in _AGAIN or t.norm in _AGAIN for t in following))


#: What opens the time after an episode (その後, それ以降, 以来).
_AFTER_IT = frozenset(("後", "以降", "以来"))


def _the_like(toks, first: int) -> bool:
    """The observation at token ``first`` is named as the like of one told before (同様の胸痛, 同じような痛み)."""
    k = first - 1
    if k >= 0 and toks[k].norm in ("の", "な"):
        k -= 1
    if k >= 0 and toks[k].lemma == "様" and toks[k].pos1 == "形状詞":
        k -= 1  # (同じよう|な)
    return k >= 0 and toks[k].lemma in _LIKE


#: What says the like of an earlier sign was never there before (今回が初めて, 今までない).
_FIRST_OR_NONE = frozenset(("初めて", "始めて", "無い", "ない", "無し"))
#: Words that name something as the like of what was told (同様の, 同じ).
_LIKE = frozenset(("同様", "同じ"))


def _asked_of(obs: Observation) -> set[str]:
    """Every kind an observation may ask for itself (its needs, and those asked while unmeasured or of a recurring
    state)."""
    return set(obs.needs) | set(obs.until_measured) | set(obs.unless_once)


def _finding(doc: Document, missing_rules: dict, obs: Observation, si: int, start: int, end: int, text: str,
             kinds: tuple[str, ...]) -> Candidate:
    """The missing-element finding on ``obs``'s mention at ``start``–``end``, asking every kind in ``kinds``."""
    rule = missing_rules[kinds[0]]
    asks = "・".join(missing_rules[k].asks for k in kinds if missing_rules[k].asks)
    sent = doc.sentences[si]
    return Candidate(
        rule=rule, start=start, end=end, sentence=si,
        message=fill(rule.message, text=text, label=obs.named(text), asks=asks),
        suggestion=obs.suggestion(rule.suggestion, obs.named(text), _site(doc, si, start, end), better=_better(sent, start, end),
                                  near=(sent.text, start - sent.start, end - sent.start)),
        entry=obs.id, missing=kinds,
    )


def _better(sent, start: int, end: int) -> bool:
    """Whether the mention at offsets ``start``–``end`` of ``sent`` is told getting better (context.improving)."""
    ks = [k for k, t in enumerate(sent.tokens) if start <= t.start < end]
    return bool(ks) and improving(sent.tokens, ks[0], ks[-1] + 1)


#: The context item of a clinician's words passed on (主治医より、〜 / 〜との説明 / 〜と診断).
_CLINICIAN = "clinician-words"
#: A clinician's grade of a finding (軽度の湿疹, むくみは軽度); not やや, as often the writer's own.
_GRADE_WORDS = frozenset(("軽度", "中等度", "高度", "重度", "軽症", "中等症", "重症", "軽い", "軽微",
                          "浅い", "深い", "表在", "表在性",  # (a wound's depth, 浅い潰瘍: the clinician's grade, batch 125)
                          "良好", "不良", "肉芽", "上皮化"))  # (its bed, 肉芽形成が良好, 肉芽が上がってきている: batch 127)
#: Its course as the clinician judged it, the observation's own predicate after its topic (先生の所見では下腿浮腫は前回より改善:
#: batches 137-139); not a neighbour's (熱は改善、黒色便が出ている keeps the black stool: the session 49 review).
_COURSE_WORDS = frozenset(("改善", "軽快", "縮小", "消失", "安定"))
#: Conjunctions that turn from what the clinician said to what the writer tells (…とのことでした。しかし、…); the
def _contrast_apart(toks, a: int, b: int) -> bool:
    """A clause of contrast ends between offsets ``a`` and ``b``: a conjunctive particle of contrast and its comma
    (〜ていますが、 / 〜けど、)."""
    return any(a <= t.start < b and contrast_particle(t)
               and k + 1 < len(toks) and toks[k + 1].norm in ("、", ",") and _after_a_predicate(toks, k) for k, t in enumerate(toks))


def _after_a_predicate(toks, k: int) -> bool:
    """The particle at token ``k`` follows a predicate, not a topic named with a copula (食事量ですが、 / 残薬なんですけど、)."""
    j = k - 1
    while j >= 0 and toks[j].pos1 == "助動詞":
        j -= 1
    if j < 0 or j == k - 1 and toks[j].pos1 != "助動詞" and toks[j].pos1 not in ("動詞", "形容詞"):
        return j >= 0 and toks[j].pos1 in ("動詞", "形容詞")
    # (a copula after a noun, or a noun and の: the topic named, 食事量です|が, 残薬|な|ん|です|けど)
    return toks[j].pos1 in ("動詞", "形容詞") or (toks[j].pos1 in ("名詞", "形状詞") and j > 3)


#: particles of contrast (〜とのことでしたが、腰の痛みが…) are context.CONTRAST, which ends another person's scope too.
_CONTRAST_WORDS = frozenset(("しかし", "ただ", "但し"))
#: How many tokens on either side of the observation its grade may stand (軽度 の 皮脂 欠乏 性 | 湿疹; むくみ | は | 軽度).
_GRADE_REACH = 5


def _graded_by_the_clinician(toks: tuple[Token, ...], m, scopes: list[tuple[int, int]]) -> bool:
    """An observation the clinician graded, in the clinician's words passed on (皮膚科の先生より、乾燥による軽い湿疹との
    こと; 主治医の先生から、むくみは軽度だって言われた): the physician's finding, not the writer's observation lacking its
    onset (batches 72-73: four must-not-flag sentences).  An ungraded one inside the same words is still asked (a red flag
    the clinic's words relay, or the writer's own observation told after it: the session 23 review), and so is one after a
    contrast (〜とのことでしたが、腰の痛みがやや強く: やや is the writer's, no grade). So is one whose cause the clinician's
    words give (膝の痛みは変形性膝関節症によるもので: ``_explained``)."""
    for a, b in scopes:
        if not (a <= m.first and m.last <= b):
            continue
        if any(t.norm in _CONTRAST_WORDS or contrast_particle(t) for t in toks[a : m.first]):
            continue  # 主治医より、…とのことでしたが、腰の痛みがやや強く: the writer's own observation (the session 27 review)
        lo, hi = max(a, m.first - _GRADE_REACH), min(b, m.last + _GRADE_REACH)
        if any(toks[k].lemma in _GRADE_WORDS or toks[k].norm in _GRADE_WORDS for k in range(lo, hi) if not m.first <= k < m.last):
            return True
        if m.last < hi and toks[m.last].norm in ("は", "が", "も") and any(
                toks[k].lemma in _COURSE_WORDS and not any(t.norm in ("、", ",", "。") or t.pos1 in ("動詞", "形容詞")
                                                          for t in toks[m.last + 1 : k])
                for k in range(m.last + 1, hi)):
            return True
        if _explained(toks, m.last, b):
            return True  # 主治医より、膝の痛みは変形性膝関節症によるもので…とのこと: the clinician's account of it (batch 77)
    return False


#: What tells a symptom's cause in the clinician's words (〜によるもの, 〜が原因, 〜由来).
_CAUSE_WORDS = frozenset(("因る", "由来", "原因"))


def _explained(toks: tuple[Token, ...], last: int, end: int) -> bool:
    """The observation ending before token ``last`` is the topic (は) of a clause that gives its cause, up to the
    clause's comma (膝の痛みは変形性膝関節症によるもので、)."""
    if last >= end or toks[last].norm != "は":
        return False
    for k in range(last + 1, min(end, last + 1 + 2 * _GRADE_REACH)):
        if toks[k].norm in ("、", ",", "。"):
            return False
        if toks[k].lemma in _CAUSE_WORDS or toks[k].norm in _CAUSE_WORDS:
            # (not a cause unknown: 原因がわからない, 原因不明: the session 29 review)
            return not any(t.lemma in _UNKNOWN for t in toks[k + 1 : min(end, k + 5)])
    return False


#: What says a cause is not known (原因不明, 原因が分からない).
_UNKNOWN = frozenset(("不明", "分かる", "判る", "解る", "未詳"))
