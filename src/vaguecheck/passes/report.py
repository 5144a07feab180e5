"""The report pass: purpose, request and urgency findings over the whole report.

It reads the outline (:mod:`vaguecheck.outline`) that the checker built for the Document and
never fires on a text that is not a report (one or two sentences). Purpose and request findings
also need the report to read as a message (``Outline.message``); a red flag needs only a report.
Where the outline names a red flag (phoned or not), a vague word inside the sign's own words (話し方が少しもつれている) is
taken off the earlier passes' findings (``found`` is amended in place, as the missing pass amends
the lexical pass's): the call the finding asks for is what the physician needs, not the degree.
In a report with a red flag, the findings of the sentences that name none are marked secondary
(``_rank``): kept and counted, listed after the rest; so are, in a message with a red flag, the word-level findings outside
the sentences of the flag VC703 stands at (a second flag's onset and how often kept; a vital sign's sentence kept while
that vital's value is not given); all word-level and missing findings of a message without a red flag whose request is
clear or that says no reply is needed (``_SETTLED``), and of a message that follows up a call already made about its red
flag; and, in any message, the qualifiers of its asides, a hedge beside another finding or put on a denial, a pale colour
likeness of sputum or urine, and a cough or sputum asked only how often or how much (``_asides``); a degree or a guess put
on a worry (``_worries``) and "as before" said as the predicate (``_as_before``). A purpose left unstated
is a detail in a settled message. Where the text says no one weighed the person, a finding's kilogram question asks where
to weigh (``_unweighed``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from .. import _regex
from ..context import clause_start, denied, is_event, other_person_scopes, steady_marks
from ..document import APPEARANCE, WORDS_IN_A_SIGN, Candidate, Document, fill, overlaps_any
from ..elements import locations, places_in_time
from ..lexicon import Cue, Observation, Rule, UrgentSign
from ..matcher import Match
from ..model import VAGUE_CATEGORIES, WHOLE_REPORT_CATEGORIES, Suggestion, token_starting_at
from ..outline import (
    CHANGE_WORDS,
    first_content_sentence,
    has_content,
    in_position,
    is_addressee,
    is_frame,
    is_self_introduction,
    is_signature,
    request_sentences,
)

#: The problem VC702 names first, by request state (model.REQUEST_STATES); the rule's message goes on
#: to say what a clear request contains.
_REQUEST_PROBLEM = {
    "none": "医師へのお願いが書かれていません。",
    "vague": "お願いの内容がはっきりしません。",
    "unordered": "お願いが複数あり、どれが大事か分かりません。大事なものから「まず」「次に」と順に並べ、それぞれ",
}




def run(doc: Document, found: list[Candidate]) -> list[Candidate]:
    given = _vitals_given(doc)  # read once: the questions left out as answered and the ranking beside a red flag
    _answered_questions(doc, found, given)
    _unweighed(doc, found)
    outline = doc.outline
    if outline is None or not outline.is_report:
        return []
    rules = {r.category: r for r in doc.lexicon.rules.values() if r.id in doc.active and r.category in ("purpose", "request", "urgency")}
    out: list[Candidate] = []
    first = first_content_sentence(doc)
    if "purpose" in rules and outline.message and outline.purpose is None and first is not None:
        rule = rules["purpose"]
        # in a message whose matter is settled (a clear ask, or no reply needed) and that tells no red flag, the missing
        # purpose is a detail: physicians rating blind100-109 called 3 of 13 such VC701 entries helpful ("the request is
        # clear; labelling it adds little"), against 72 of 103 elsewhere (session 35)
        # (beside a red flag too: blind113-122's physicians called 1 of 6 such entries helpful, "the request for a same-day
        # visit decision is clearly stated at the end"; session 41)
        settled = outline.request in _SETTLED
        out.append(replace(_at_sentence(rule, doc, first, rule.message, rule.suggestion),  # (its example: at the end)
                           secondary=settled))
    if "request" in rules and outline.message and outline.request in _REQUEST_PROBLEM:
        anchor = _request_anchor(doc)
        if anchor is not None:
            rule = rules["request"]
            out.append(_at_sentence(rule, doc, anchor, fill(rule.message, problem=_REQUEST_PROBLEM[outline.request]),
                                    rule.suggestion))
    asked_onset = False  # VC703 is given and asks since when (an observation in its words then does not ask it again)
    flagged = False  # VC703 is given (its entry takes the words of the red flag's sentences)
    handled = False  # the report dates its red flag and asks the physician about it today (VC703 is not given)
    if "urgency" in rules and outline.urgent and not outline.phoned:
        dated = _dated(doc)
        handled = dated and _same_day_request(doc)
        if not handled:
            out.append(_urgency(doc, rules["urgency"], dated))
            asked_onset = not dated
            flagged = True
    if outline.urgent and "urgency" in rules:
        # blind74's physician: 「少し」 of 話し方が少しもつれている "is already covered by the stroke finding"; so it is when
        # the physician was phoned or asked for today's reply (blind61-66's good reports: 反応が鈍く, 発語もややもつれ)
        signs = _Spans(_sign_spans(doc))
        # (and an observation inside the sign's words missing only its time, 便も黒っぽかった: VC703 asks since when; or its
        # time and how often, which the call the red flag asks for settles: session 37, the README's poor report)
        # (a word that runs on from the sign's words is of them too: 黒|っぽい嘔吐 after コーヒーかすのような, whose 黒 is the
        # sign's: blind123's physician, "the vomitus is already described as coffee-ground")
        found[:] = [c for c in found if not (c.rule.category in WORDS_IN_A_SIGN and not c.missing and signs.meets(c.start, c.end)
                                             or asked_onset and "time" in c.missing and set(c.missing) <= {"time", "frequency"}
                                             and signs.holds(c.start, c.end))]
        named = _rank(doc, found, signs)
        if handled and outline.message:
            # a report that dates its red flag and asks about it today has done what the flag needs: what the flag's own
            # words leave without figures is a detail (physicians rating blind133-173 called 4 of 24 missing-element entries
            # in such reports helpful: "size of redness is beside the point; suspected DVT/PE needs urgent action", "asks
            # onset, redness and pain, all already written"; session 53): how much or where (a size, a score), in the flag's
            # sentences; how often and since when stay (a choking's count, 12月1日からむせ込みがあり、息苦しそうです:
            # test_session42; a vomit's count and colour, blind167's physician: "matter for a possible GI bleed")
            own = _first_flags_sentences(doc)
            found[:] = [replace(c, secondary=True) if c.rule.category.startswith("missing") and c.sentence in own
                        and c.missing and set(c.missing) <= {"quantity", "location"} else c for c in found]
        if outline.message and not handled:
            # a red flag not yet handled: what its own sentences leave without a time, an amount or a place is a detail
            # beside VC703, which asks since when and the state now (physicians rating blind150-264 called 0 of 19 such
            # time entries and 3 of 12 amount entries helpful: "NRS irrelevant for a suspected hip fracture", "thunderclap
            # headache already described ('worst ever'); NRS adds nothing"; session 64); not how often (8 of 20 helpful),
            # nor in a sentence that names a vital sign (血圧も低くて: its value is asked), nor sputum's amount and colour
            # (2 of 2 helpful: "matter for aspiration pneumonia")
            told = _urgent_sentences(doc)
            found[:] = [replace(c, secondary=True) if not c.secondary and c.rule.category.startswith("missing")
                        and c.sentence in told and c.missing and set(c.missing) <= {"time", "quantity", "location"}
                        and not doc.tells_a_vital(c.sentence) and c.entry not in _FLAGS_OWN_MEASURE else c for c in found]
        if outline.message:
            # and in a message, a word-level finding outside the red flag's sentences (whose words go under the flag's
            # entry; all of them once the report handles the flag itself, dated and asked about today) is a detail too, in
            # a vital sign's sentence as well once the report gives that vital sign's value: physicians rating
            # blind113-122 called 7 of 30 such entries helpful ("the report is already urgent and well quantified; 'less
            # responsive than usual' is enough for the decision", "it asks for SpO2 that is already given"), against 5 of 9
            # missing elements, which stay in front (session 41).  血圧は少し低め beside a black stool with no blood pressure
            # given still asks for it.
            vitals = {k for k in range(len(doc.sentences)) if doc.tells_a_vital(k) and not _vitals_named(doc, k) <= given}
            # (only the sentences of the flag the entry stands at, wherever it is told again: another flag's sentence,
            # 声をかけても返事がはっきりしなくて、いつもと様子が違う beside a fever, is named in that entry too: blind124's
            # physician, "finding 1 covers it"; but when and how often another flag began stay in front, 黒い便…／昨日の
            # 夕方あたりから右手に力が入らない, which the entry does not ask once the first is dated: the session 41 review)
            front = (_first_flags_sentences(doc) if flagged else set()) | vitals
            found[:] = [replace(c, secondary=True) if c.rule.category in VAGUE_CATEGORIES and not c.missing
                        and c.sentence not in front
                        and not (flagged and c.rule.category in _WHEN_AND_HOW_OFTEN and c.sentence in named) else c
                        for c in found]
    if outline.message and outline.urgent and outline.phoned:
        # the physician was phoned or the person taken to hospital: the message follows the call up, and every word-level
        # and missing finding is a detail, the red flag's own too.  Physicians rating blind100-105 called 3 of 22 such
        # entries helpful ("the patient is already at the ER; a pain score adds nothing now", "vomit count adds little").
        _details_outside(found, frozenset())
    if outline.message and outline.request in _SETTLED and not outline.urgent:
        # every word-level and missing finding is a detail (beside a red flag, _rank keeps the red flag's sentences and
        # the vital signs in front)
        _details_outside(found, frozenset())
    # a calm message its writer marks as information (一応お伝えしておきます, 念のためご報告いたします, ご報告まで) and that asks
    # nothing or only vaguely needs no ask: its missing purpose and its ask are details (physicians rating blind133-169
    # called 3 of 21 such entries helpful: "clearly an FYI about a resolved episode", "the report already says it is just a
    # report"; session 53), but not where it gives a vital sign's or a weight's value (血圧が182/104でした…取り急ぎご報告まで)
    # or leaves an observation without its figures, and its word-level findings stay as they are (the session 53 review:
    # a weight loss, a fall with hip pain told 一応)
    informed = bool(outline.message and not outline.urgent and outline.request in _CALM_ASKS and not given
                    and not _weighed(doc) and _for_information(doc))
    if outline.message:
        front = _flag_or_vital_sentences(doc)
        alone = _alone_flag_sentences(doc)
        _asides(doc, found, front)
        _well_told(doc, found, front, alone)
        _cleared(doc, found)
        # (a red flag's words anywhere, even one the outline does not count, keep them in front: 吐血の原因は未確認です, the
        # session 41 review; a word that is a red flag only with a condition, 吐いた, is not one alone)
        # (nor a vital sign's reading, 12月2日、血圧が上182でした: the session 50 review)
        # (nor an observation told and not denied, 1週間で体重が3kg増えて、足がむくんでいます: a precise report of a change
        # still needs its purpose; the session 50 review)
        if not outline.urgent and outline.request in _CALM_ASKS and not alone and not any(
                doc.tells_a_vital(k) or _tells_an_observation(doc, k) for k in range(len(doc.sentences))):
            out = _calm_note(found, out, _CALM_ASKS[outline.request])
        # (after the calm note is judged: a worry's degree set aside does not make the note calm)
        _worries(doc, found, front)
        _as_before(doc, found, front)
    if informed and not any(c.rule.category.startswith("missing") and not c.secondary for c in found):
        out = [replace(c, secondary=True) for c in out]
    # (the examples are made last, from the findings as the report pass left them)
    return [replace(c, suggestion=_purpose_example(doc, found, rules["purpose"].suggestion)) if c.rule.category == "purpose"
            else replace(c, suggestion=_request_example(doc, found, rules["request"].suggestion))
            if c.rule.category == "request" else c for c in out]


def _weighed(doc: Document) -> bool:
    """The report gives a weight (48kgから44kgに), other than one weight told unchanged from the last (体重は49kg台で先月と
    同じくらいです: blind256's physician, "stable periodic report; the example invents a request"): a second weight anywhere
    (体重45kg（先月48kg）, 半年前は52kgでした) or a sameness not of the weight (食事量は変わらず, 同じ体重計) keeps it a weight."""
    weights = [(si, el) for si, els in enumerate(doc.elements) for el in els
               if el.kind == "quantity" and el.value.get("unit") in ("kg", "ｋｇ", "キロ")]
    return bool(weights) and not (len(weights) == 1 and _STEADY_WEIGHT.search(doc.sentences[weights[0][0]].text))


#: A weight told the same as the last one: 体重, its figure, the last time and the sameness, in one clause (体重は49kg台で
#: 先月と同じくらい, 体重は先月と変わらず46kg).
_STEADY_WEIGHT = _regex.lazy(
    r"体重[はも]?[^。、（(]{0,6}?[0-9０-９.．]+\s*(?:kg|ｋｇ|キロ)台?(?:で|です)?[、,]?\s*(?:先月|前月|前回|先週|前)と(?:ほぼ)?"
    r"(?:同じ|同程度|変わら(?:ず|ない)|変わりな)(?![^。]*(?:ません|ない|ず)[^。]*(?:が|けど))"
    r"|体重[はも]?(?:先月|前月|前回|先週|前)と(?:ほぼ)?(?:同じ|同程度|変わらず)\s*[0-9０-９.．]+\s*(?:kg|ｋｇ|キロ)")


def _for_information(doc: Document) -> bool:
    """The writer marks the message as information only: an ``information`` cue (一応お伝えしておきます, ご報告まで) outside
    quotations."""
    for i, sent in enumerate(doc.report):
        quoted = doc.quotes[i] if doc.quotes else ()
        toks = doc.sentences[i].tokens
        if any(isinstance(m.item, Cue) and m.item.kind == "information" and in_position(doc.sentences[i], m)
               and not any(a <= toks[m.first].start < b for a, b in quoted) for m in sent):
            return True
    return False


#: A calm message (no red flag's words, no vital sign, no observation told that it does not deny) that states no purpose and
#: asks nothing or only vaguely: its VC701 and VC702 are details when at most this many of its sentences keep a word-level or
#: missing finding in front.  Physicians rating blind133-159 called 9 of 36 such purpose entries helpful ("clearly an FYI
#: about a resolved episode; no request needed", "the closing is a polite line for an FYI"), against 64 of 90 on the other
#: calm messages that ask nothing or vaguely: a note with nothing else to ask about reads as information (session 50; those
#: figures are of the rule before the session's review added its guards, a vital sign and a symptom told, which leave it
#: the social and care-arrangement notes: "care conference chat; no medical action needed").
_CALM_ASKS = {"none": 1, "vague": 0}


def _tells_an_observation(doc: Document, k: int) -> bool:
    """Sentence ``k`` tells an observation of the lexicon (a symptom, an event, a measure) that it does not deny."""
    denials = doc.denied(k)
    return any(id(m) not in denials for m in doc.observations[k])


def _alone_a_flag(sign: UrgentSign) -> bool:
    """A red flag by its words alone (吐血, 胸が痛い), not only with a condition, a reading or a change (吐いた with a
    swollen belly, a blood pressure below its bound)."""
    return not (sign.with_sentence or sign.with_report or sign.with_near or sign.vital or sign.change_below is not None)


def _calm_note(found: list[Candidate], out: list[Candidate], most: int) -> list[Candidate]:
    """``out`` (the report-level findings) as details when the purpose is not stated and at most ``most`` sentences keep
    a finding in front."""
    if len({c.sentence for c in found if not c.secondary}) > most or not any(c.rule.category == "purpose" for c in out):
        return out  # (a purpose stated keeps its ask in front: 食事についてご相談です with nothing asked)
    return [replace(c, secondary=True) for c in out]


#: Words of the person being well or better (楽しそう, 元気そう, 大丈夫そう, すっかり良くなった, だいぶ慣れてきた; 笑顔が増えた,
#: 職員さんとも仲良くなって: blind193's physician, session 57): a vague word qualifying them asks for nothing a physician acts on.
_WELL = frozenset(("楽しい", "嬉しい", "元気", "大丈夫", "良い", "善い", "好い", "慣れる", "落ち着く", "安定", "喜ぶ", "笑う",
                   "穏やか", "治る", "回復", "改善", "生き生き", "笑顔", "仲良い", "仲良く"))
#: The words of being better, settled or eating and sleeping well that make a word tied to an observation a detail in its
#: clause (:func:`_well_told`; 普通に食べている: blind180's physician, "normal eating, percentages not needed"), or glad
#: (最近はお孫さんが遊びに来られて、とても嬉しそうでした: blind175's physician, "not the patient's condition"); not 慣れる,
#: which says nothing of the observation's state, nor 大丈夫 (あれからは大丈夫みたい
#: after a hypoglycaemia still wants its readings: blind147 and blind156's physicians).
_BETTER = frozenset(("元気", "良い", "良く", "善い", "好い", "落ち着く", "安定", "穏やか", "治る", "回復", "改善", "確り",
                     "十分", "充分", "楽しい", "嬉しい", "喜ぶ", "笑う", "笑顔", "楽しみ", "普通"))
#: Verbs of a symptom easing (咳が減った, めまいがおさまった, 腫れが引いた).
_EASING = frozenset(("減る", "治まる", "収まる", "引く", "消える", "止まる", "和らぐ", "軽快", "消失"))
#: The negations that turn such a word into a complaint (元気がない, 慣れない, 落ち着かず), and the prefixes (不安定, 不機嫌).
_NOT = frozenset(("ない", "無い", "ず", "ぬ", "ん"))
_NOT_PREFIX = frozenset(("不", "非", "無", "未"))
#: Words of a complaint that a well word may stand in (機嫌が悪い, 良くない is a negation already): a bad state.
_BAD = frozenset(("悪い", "悪化", "低下", "痛い", "辛い", "苦しい", "だるい", "しんどい", "きつい", "眠い", "寂しい", "にくい",
                  "難い", "づらい"))


def _alone_flag_sentences(doc: Document) -> set[int]:
    """The sentences that name a red flag by its words alone (:func:`_alone_a_flag`: 吐血, 胸が痛い; not 吐いた, a flag only
    with a condition)."""
    return {k for k, sent in enumerate(doc.report) if any(isinstance(m.item, UrgentSign) and _alone_a_flag(m.item) for m in sent)}


def _well_told(doc: Document, found: list[Candidate], front: set[int], alone: set[int]) -> None:
    """In a message, a vague word tied to no observation (its entry has no example), or a look (VC201), that qualifies the
    person being well or better in its clause (楽しそうに話していました, 元気そうです, こちらは大丈夫そうです, 傷もすっかり良うなっとります,
    デイにもだいぶ慣れてきた感じです) is a detail, outside a red flag's sentences and a vital sign's.  Physicians rating
    blind133-159 called none of 10 such entries helpful (6 looks, 4 degrees: "positive mood impression needs no evidence",
    "healed old injury; numeric before/after not needed"; session 50).  A complaint stays in front (元気がない, 落ち着かない: a negation in the
    clause), and so does every untied word about anything else (歩くのが大変そう, 夜あまり寝てないようです: the session 32
    review).  ``front``: the red flags' sentences (every mention) and the vital signs' (:func:`_flag_or_vital_sentences`);
    ``alone``: the sentences of red flags by their words alone (:func:`_alone_flag_sentences`).

    A word tied to an observation is a detail too where its clause tells the person better, settled or eating well, or a
    symptom easing (:data:`_BETTER`, :data:`_EASING`; :func:`_tells_better`), outside a red flag's sentences, and in a vital
    sign's sentence only where it gives the value and the value is in the usual range (session 54).

    So is a guess (VC202-type) that tells only an absence or no change (:func:`_tells_nothing_wrong`) or what a son or
    daughter does (:func:`_a_relatives_doing`), in a vital sign's sentence too, but not in a red flag's (one read by its
    words alone or counted by the outline), nor beside a red flag in a vital sign's (session 51)."""
    outline = doc.outline
    flagged = alone | {doc.sentence_at(u.start) for u in (outline.urgent if outline else ())}
    kept = []
    for c in found:
        if c.secondary or c.missing or c.rule.category not in VAGUE_CATEGORIES:
            pass
        elif c.sentence not in front and (not c.suggestion.example or c.rule.id == APPEARANCE):
            if _tells_well(doc, c):
                c = replace(c, secondary=True)
        elif c.sentence not in flagged and _tells_better(doc, c):
            # (and a word tied to an observation, in a vital sign's sentence too, where its clause tells the person better,
            # settled or eating well, or a symptom easing: 最近は血圧も120台くらいで落ち着いている, ご飯はしっかり食べとって,
            # 最近はすっかり元気で, 咳もだいぶ減ったみたいで: of the rated entries of blind141-174 this took 18 unhelpful ones
            # out of the front and no helpful one, "stable BP ~130s is adequate for a routine report", "question and example
            # ask about decline but the report describes improvement"; session 54.  Not a red flag's sentence, nor a complaint:
            # 元気がない, 良くならない, よく転ぶ: :func:`_tells_better`)
            c = replace(c, secondary=True)
        # (a guess that nothing is wrong, in a vital sign's sentence too, 熱とかはないみたいです; not in a red flag's: one
        # read by its words alone or counted by the outline; nor, beside a red flag, in a vital sign's: the session 51 review)
        if (not c.secondary and c.rule.category == "inference" and c.sentence not in flagged
                and not (outline is not None and outline.urgent and c.sentence in front)
                and (_tells_nothing_wrong(doc, c.sentence, c.start) or _a_relatives_doing(doc, c.sentence, c.start)
                     or (not c.suggestion.example and _a_cause_guessed(doc, c.sentence, c.start)))):
            c = replace(c, secondary=True)

        kept.append(c)
    found[:] = kept


#: A clinician's examination or a test (整形で診てもらって, CTで, 循環器の病院で検査してもらって, 心電図で, 肛門科に); not a
#: clinic or a physician named alone (先生、いつもの薬が…).
_EXAMINED = _regex.lazy(r"検査|CT|ＣＴ|MRI|ＭＲＩ|レントゲン|心電図|内視鏡|胃カメラ|大腸カメラ|診て(?:もら|いただ|頂)|診察|診断|整形|"
                       r"[内外眼皮耳門]科(?:で|に|の先生)")
#: An examination not made (まだ受診していません, 来週検査予定, 相談予定).
_NOT_EXAMINED = _regex.lazy(r"予定|まだ|して(?:い|へ|ね|お)?(?:ません|ない|ねえ|へん|らん)|これから")
#: What such an examination found: nothing wrong, or the known thing (何ともなかった, 特に異常はなかった, 問題ない, いつもの痔,
#: 様子見でいい).
_NOTHING_FOUND = _regex.lazy(r"(?:何とも|なんとも)(?:なかっ|無かっ|なく[てっ])|異常(?:は|も)?(?:なし|無し|なかっ|無かっ|ありませんでし)"
                            r"|問題(?:は|も)?(?:なし|無し|なかっ|無かっ|ないと言われ|ないとのこと)|いつもの(?:痔|こと)|様子見で(?:いい|よい|大丈夫|良い)と")


def _cleared(doc: Document, found: list[Candidate]) -> None:
    """In a message, when and how often of an episode that a clinician or a test has since cleared, later in its sentence
    (先月のはじめごろに一度転んだことがあったそうですが、その時は整形で診てもらって何ともなかったそうです; 夏に転んで頭ぶつけた
    ことがあった…あの時はCTで何ともなくて; 胸が痛いって言っていた件ですが、…検査してもらって、特に異常はなかった) are
    details: the physicians rating blind185-190 called such entries unhelpful ("remote fall already evaluated by
    orthopedics", "past chest pain already worked up"), and so is hearsay told without its source.  Only an examination
    (not 受診していません, 検査予定) and then a finding of nothing wrong in the past (何ともなかった, 異常なし; not the person's
    何ともない, 異常なほど, 心配ない), after the words of the finding: a symptom told after a clearance (先週CTで何ともなかった
    のですが、最近また頭痛が) or in another sentence (…時々胸がドキドキするそうです。以前の心電図では異常なしでした) stays
    (the session 57 review).  Not in the sentences of the red flags the outline counts (a past chest pain worked up is no
    red flag now); an amount or a place still asked stays."""
    outline = doc.outline
    urgent = {doc.sentence_at(u.start) for u in (outline.urgent if outline is not None else ())}
    cleared: dict[int, bool] = {}

    def cleared_from(si: int) -> int:
        """Where in sentence ``si`` (an offset into the text) an examination that found nothing is told; -1 if none."""
        if si not in cleared:
            sent = doc.sentences[si]
            found_at = _NOTHING_FOUND.search(sent.text)
            exam = _EXAMINED.search(sent.text, 0, found_at.start()) if found_at else None
            cleared[si] = sent.start + exam.start() if exam and not _NOT_EXAMINED.search(sent.text) else -1
        return cleared[si]

    found[:] = [replace(c, secondary=True) if not c.secondary and c.sentence not in urgent and (
                    c.missing and set(c.missing) <= {"time", "frequency"}
                    or not c.missing and (c.rule.category in _WHEN_AND_HOW_OFTEN or c.rule.id in _WHO_TOLD))
                and 0 <= cleared_from(c.sentence) and c.start < cleared_from(c.sentence) else c for c in found]


#: Hearsay told without its source (何ともなかったそうです): with a cleared episode, a detail too (not a guess at the state now,
#: 今はもう出てないみたいです, whose facts a physician still wants: blind177's).
_WHO_TOLD = frozenset(("VC205",))


def _tells_well(doc: Document, c: Candidate) -> bool:
    """The clause of ``c`` holds a word of being well (:data:`_WELL`) and no negation, negative prefix or word of a bad
    state."""
    # (a guess closes its predicate, run on over て: 楽しそうにされているようです, blind193's physician: "hedged social
    # impression not medically relevant")
    clause = _clause_at(doc.sentences[c.sentence].tokens, c.start, c.end, over_te=c.rule.category == "inference")
    # (a noun of it said of the person, 元気そう, 回復した; not 体力の回復が|だいぶ遅く: the session 54 review)
    return any((t.lemma in _WELL or t.norm in _WELL) and (t.pos1 != "名詞" or _affirmed(clause[n + 1] if n + 1 < len(clause) else None,
                                                                                   clause[n + 2] if n + 2 < len(clause) else None))
               for n, t in enumerate(clause)) and not _complains(clause)


def _complains(clause: list) -> bool:
    """A negation (元気がない, 慣れない, 落ち着かず; in dialect, MeCab's にゃあ, なか, ならん), a negative prefix (不安定) or a word
    of a bad state in the clause."""
    return any((t.lemma in _NOT and t.pos1 in ("助動詞", "形容詞")) or (t.norm in _NOT_PREFIX and t.pos1 == "接頭辞")
               or t.lemma in _BAD or t.surface in _DIALECT_NOT for t in clause)


def _tells_better(doc: Document, c: Candidate) -> bool:
    """The clause of ``c``, run on over て (よく眠れ|て|い|ない is a complaint), tells the person better, settled or eating
    well (:data:`_BETTER`: 最近はすっかり元気で, 血圧は130台で落ち着いている, ご飯はしっかり食べとって), or a symptom whose
    absence is good news easing as the subject of the easing (咳もだいぶ減った); and no complaint: no negation or bad word
    (:func:`_complains`), no fall, vomit or other complaint told in it (元気に歩き回って転倒を繰り返して: the session 54
    review), no vital sign, blood sugar or SpO2 told settled without its value (血圧は安定している, ここ2、3日、血圧は
    だいぶ安定しとる: blind159's physician, "needs actual values"), and a word of it said of the person: 元気 affirmed (元気で,
    元気に, 元気そう; not 元気は|そこそこ), よく of eating or sleeping (よく食べる, not よく転ぶ: frequency), 安定 not in a
    compound (安定剤)."""
    sent = doc.sentences[c.sentence]
    toks = sent.tokens
    clause = _clause_at(toks, c.start, c.end, over_te=True)
    if not clause or _complains(clause):
        return False
    first, last = clause[0].start, clause[-1].end
    inside = [m for m in doc.observations[c.sentence] if first <= toks[m.first].start < last]
    eased = [m for m in inside if m.item.id in _ABSENCE_IS_WELL and _eases(toks, m.last)]
    if any((m.item.id in _ABSENCE_IS_WELL or is_event(m.item)) and m not in eased for m in inside):
        return False
    said = sent.text  # (the sentence: 血圧は朝晩2回測っていて、だいぶ安定している names it before the clause)
    if _VITAL_WORDS.search(said) and (not _VALUE.search(said) or _out_of_range(said)):
        return False  # (or with a value out of its usual range: 血圧は上が190くらいで落ち着いている, 脈は120前後で: the review)
    if eased:
        return True
    k0 = bisect_left(toks, first, key=lambda t: t.start)
    for n, t in enumerate(clause):
        if t.lemma not in _BETTER and t.norm not in _BETTER:
            continue
        nxt = toks[k0 + n + 1] if k0 + n + 1 < len(toks) else None
        if t.pos1 == "名詞" and t.lemma != "確り" and not _affirmed(nxt, toks[k0 + n + 2] if k0 + n + 2 < len(toks) else None):
            continue  # (元気で, 回復した, 安定している; not 元気は|そこそこ, 体力の回復が|遅く)
        if t.lemma == "良く" and t.pos1 == "副詞" and not (nxt is not None and nxt.lemma in _TAKEN_WELL):
            continue  # (よく転ぶ, よくむせる: how often)
        return True
    return False


def _eases(toks, last: int) -> bool:
    """A symptom ending at token ``last`` is the subject of a word of easing within a few words (咳|も|だいぶ|減った,
    めまいは|おさまって; not 吐き気で|食事量が|減って, whose subject is the meal)."""
    k = last
    if k < len(toks) and toks[k].norm in ("は", "が", "も") and toks[k].pos1 == "助詞":
        k += 1
    for j in range(k, min(k + 3, len(toks))):
        if toks[j].lemma in _EASING:
            # (not 治まるまでだいぶ時間がかかる, 治まるのに: how long it takes is a complaint)
            return not (j + 1 < len(toks) and toks[j + 1].norm in ("まで", "のに", "ん", "の"))
        if toks[j].pos1 not in ("副詞", "補助記号"):
            return False
    return False


def _affirmed(nxt, after=None) -> bool:
    """A noun of being well is said of the person when the next word is a copula, に, そう, なる or する (元気で, 元気に,
    元気そう, 元気になった, 回復した, 安定している; not 安定剤, 回復が遅い), or when it grows or is seen (笑顔が増えた,
    笑顔も見られる: blind193's physician, "does not fit smiling impression")."""
    return nxt is not None and (nxt.surface in ("で", "に", "そう", "です", "でし", "だ", "だっ") or nxt.lemma in ("成る", "為る")
                                or nxt.norm in ("が", "も") and after is not None and after.lemma in _GROWS)


#: Verbs of a good thing growing or being seen (笑顔が増えた, 笑顔も見られる).
_GROWS = frozenset(("増える", "見る", "見える", "戻る", "出る", "多い"))


def _out_of_range(said: str) -> bool:
    """A value right after the vital sign it belongs to, outside that sign's usual range: a blood pressure's upper figure
    160 or more or under 90, a pulse 110 or more or under 50, SpO2 under 94%, a temperature 37.5 or more, a blood sugar
    200 or more or under 70 (血圧は上が190
    くらい, 脈は120前後, SpO2は89%; not a date's figures before them, 12/3の訪問時、血圧は132/78)."""
    for pattern, out in _RANGES:
        for m in pattern.finditer(said):
            if out(float(m.group(1))):
                return True
    return False


#: A vital sign's first figure after its name, and when it is out of the usual range.
_RANGES = (
    (_regex.lazy(r"血圧[^\d\n。]{0,8}?(\d{2,3})"), lambda v: v >= 160 or v < 90),
    (_regex.lazy(r"脈(?:拍)?[^\d\n。]{0,8}?(\d{2,3})"), lambda v: v >= 110 or v < 50),
    (_regex.lazy(r"(?:SpO2|SPO2|spo2|サチュレーション|酸素)[^\d\n。]{0,8}?(\d{2,3})"), lambda v: v < 94),
    (_regex.lazy(r"(?:熱|体温)[^\d\n。]{0,8}?(\d{2}(?:\.\d)?)"), lambda v: 37.5 <= v < 45),
    (_regex.lazy(r"血糖(?:値)?[^\d\n。]{0,8}?(\d{2,3})"), lambda v: v >= 200 or v < 70),
)


#: What よく is said of when it says "well", not "often" (よく食べる, よく眠れる; not よく転ぶ).
_TAKEN_WELL = frozenset(("食べる", "眠る", "眠れる", "寝る", "寝れる", "飲む", "取る", "摂る", "召し上がる", "喋る", "話す", "笑う"))
#: A vital sign, blood sugar or oxygen named in a sentence (which must then give a value to be told settled).
_VITAL_WORDS = _regex.lazy(r"血圧|血糖|体温|熱|脈|SpO2|SPO2|spo2|サチュレーション|酸素")
#: A value in a sentence: a figure with a unit or a range word (130台, 120/70, 36.5℃, 96%, 150前後), not a date's or a count's.
_VALUE = _regex.lazy(r"\d+(?:\.\d+)?\s*(?:台|前後|くらい|ぐらい|程度|位|mmHg|℃|度|%|％|/|／|mg|ｍｇ)")


#: Negations MeCab reads as something else in dialect (元気が|にゃあ, 元気|ねえ, 良く|なか, 治ら|へん, 良う|ならん as 並ぶ).
_DIALECT_NOT = frozenset(("にゃあ", "ねえ", "ねぇ", "ねー", "なか", "へん", "ひん", "あらへん", "のうて", "ねぁ", "ならん", "ならへん"))


#: What may stand between a cause and the guess (そのせい|も|ある|の|かもしれません, 乾燥した|から|かもしれん).
_CAUSE_TO_GUESS = frozenset(("も", "有る", "の", "だ"))


def _a_cause_guessed(doc: Document, si: int, start: int) -> bool:
    """A guess at offset ``start`` that names a cause, right after it: 寒くなったせいかもしれないですね, 年のせいもあるかも
    しれませんが, 洗剤を変えたからかもしれんし, 疲れのためかもしれません.  The writer's hypothesis, told as one: the physicians
    rating blind176-198 called none of 6 such entries helpful ("cause hypothesis clearly labelled", "care manager's guess about
    cold weather is harmless"; session 58); only one tied to no observation (its entry has no example): 乾燥のせいかもしれん
    that carries the itch's questions was called helpful twice (blind178, blind179).  Not a guess of the state itself
    (体重も落ちたかもしれません, 夜も眠れていないのかもしれません), nor from a time (前からかもしれん, 昨日からかもしれません: から
    after a noun)."""
    toks = doc.sentences[si].tokens
    k = bisect_left(toks, start, key=lambda t: t.start) - 1
    while k >= 0 and toks[k].lemma in _CAUSE_TO_GUESS:
        k -= 1
    if k < 0:
        return False
    t = toks[k]
    return t.lemma in ("所為", "為") and t.pos1 == "名詞" or (t.lemma == "から" and t.pos2 == "接続助詞")


def _tells_nothing_wrong(doc: Document, si: int, start: int) -> bool:
    """A guess at offset ``start`` tells only that something is absent or unchanged, in the words since the last comma
    before it: every observation they name denied (その後も熱は出ていないようです, 咳も出とらんみたいです; where a symptom is
    named by a noun alone, 熱とかはないみたいです, a negation after it), or 変わり|ない (その後も変わりないようです, 体重は46kg
    くらいで変わりないようです), with no word of a bad state.  Physicians rating blind133-163 called 1 of 9 such guesses helpful
    ("fever already resolved; hedge on no further fever matters little", "repeats the edema questions"; session 51)."""
    toks = doc.sentences[si].tokens
    end = bisect_left(toks, start, key=lambda t: t.start)
    first = end
    while first > 0 and toks[first - 1].norm not in ("、", ",", "。", "．"):
        first -= 1
    span = toks[first:end]
    if not span:
        return False
    if any(t.norm == "たり" or t.lemma in _WORSE or (t.lemma == "様" and t.pos1 == "形状詞") for t in span):
        return False  # (it comes and goes: 熱が出たり出なかったり, あるようなないような; or worse: 物忘れがなからひどくなってる)
    named = [m for m in doc.observations[si] if first <= m.first < end]
    if named:
        # (denied by a negation of being there, not by a mark of no event: 便秘のお薬も…時があるみたい; and only a symptom
        # whose absence is good news: not 血圧が下がらない, 痰が出ない: the session 51 review)
        negated = denied(toks, doc.context[si], doc.elements[si], list(doc.observations[si]), skip=_NO_ABSENCE)
        return all(id(m) in negated and m.item.id in _ABSENCE_IS_WELL for m in named)
    negation = [k for k, t in enumerate(span) if (t.lemma in _NOT and t.pos1 in ("助動詞", "形容詞")) or t.lemma == "無い"]
    if not negation:
        return False
    nouns = [m for m in doc.topic_words[si] if first <= m.first < end and toks[m.first].pos1 == "名詞"]
    if nouns:
        # (a symptom whose absence is good news, 熱とかはない, 熱は出ていない; not 熱が下がらない, 体温は測っていない, nor
        # what is missed when absent, お通じが出ていない, 元気がない)
        absent = [n for n in negation if _occurs(span, n)]
        if absent and all(m.item.observation.id in _ABSENCE_IS_WELL and m.first - first < absent[-1] for m in nouns):
            return True
    # (every negation the one of a change: not 相|変わら|ず, "as ever", nor 変わらず…食べていない)
    changes = [k for k, t in enumerate(span) if t.lemma in CHANGE_WORDS and not (k and span[k - 1].lemma == "相")]
    return all(any(k < n <= k + 3 for k in changes) for n in negation)


def _a_relatives_doing(doc: Document, si: int, start: int) -> bool:
    """A guess at offset ``start`` about what a son, a daughter, a grandchild or the family does or feels: its sentence
    names one with が, は or も before it, and nothing between is of the patient's health (no observation or topic word
    outside quotations, no ご本人): 息子さんが休みとって連れてくみたいです, 娘さんが「…」ってネットで見たみたいで (blind161's
    physician: "about the son's transport arrangement, not the patient's state"), ご家族もほっとされているようでした.  Not a
    spouse, who is often the patient (ご主人がまた転んだみたい)."""
    toks = doc.sentences[si].tokens
    end = bisect_left(toks, start, key=lambda t: t.start)
    who = next((k for k in range(end - 2, -1, -1) if toks[k].lemma in _THEIR_OWN and _subject_after(toks, k + 1)), None)
    # (not one who tells: お嫁さんが言うには夕方になると落ち着かない, 眠れていないと娘さんが言っていたような気がします; nor one who
    # found the patient so: 息子さんが帰ってきたら床に座り込んでいたみたい, the session 51 review)
    if who is None or any(t.lemma == "本人" or t.lemma in _SAYING or t.lemma in _WHEN_FOUND
                          or (t.tag.startswith("助詞-接続助詞") and t.norm in ("と", "ば", "なら"))
                          or (t.pos1 == "助動詞" and t.cform.startswith("仮定形"))  # (帰ってき|たら)
                          for t in toks[who:end]):
        return False
    blocked = doc.blocked[si]
    health = [m for m in (*doc.observations[si], *doc.topic_words[si]) if m.first < end]
    if toks[who].lemma == "家族" and any(who < a <= end for a, _ in doc.health(si)):
        # (the family as a whole names no one's own doings: a state word, a look or a verb of the body between is the
        # patient's, 家族も、急に怒りっぽくなったみたいで, 家族は、薬をちゃんと飲んでいないみたいで: the session 57 review)
        return False
    return not any(not overlaps_any(toks[m.first].start, toks[m.last - 1].end, blocked) for m in health)


def _subject_after(toks, k: int) -> bool:
    """A person's name ends at token ``k`` as the subject or topic: が, は or も, after さん / 様 / ちゃん (not 娘さんとは)."""
    if k < len(toks) and toks[k].lemma in ("さん", "様", "ちゃん"):
        k += 1
    return k < len(toks) and toks[k].norm in ("が", "は", "も") and toks[k].pos1 == "助詞"


#: Words of the moment a relative found the patient so (帰った時, 見たところ).
_WHEN_FOUND = frozenset(("時", "所", "ところ", "際"))
#: Verbs of telling: a relative named with one passes on the patient's state (お嫁さんが言うには…).
_SAYING = frozenset(("言う", "話す", "仰る", "申す", "云う"))


#: The relatives whose own doings a care manager passes on (not a spouse, often the patient).
_CHILDREN = frozenset(("娘", "息子", "長女", "長男", "次女", "次男", "三男", "三女", "嫁", "孫", "婿"))
#: Those and the family as a whole (ご家族もほっとされているようでした, 年末で家族も忙しいみたいで: blind193 and blind175's
#: physicians, "not the patient's condition"), never the patient.
_THEIR_OWN = _CHILDREN | frozenset(("家族",))


#: Words of a bad state or a worsening, in which no absence is good news.
_WORSE = _BAD | frozenset(("酷い", "増える", "強い", "強まる", "進む", "上がる", "下がる"))
#: Negation items that mark no event or a doubt rather than an absence (便秘のお薬, 〜しやすい, 〜かどうか, 〜たら).
_NO_ABSENCE = frozenset(("not-an-event", "not-an-event-thing", "scheduled-test", "prone", "question", "wondering", "not-yet-confirmed",
                         "conditional", "conditional-unresolved", "conditional-chain", "conditional-verb", "topic-compound",
                         "asked-to-examine"))
#: The symptoms whose absence (熱とかはない, 咳も出とらん) is good news; not what is missed when absent (便, 尿, 痰 brought up,
#: 食欲, 睡眠, 元気).
_ABSENCE_IS_WELL = frozenset(("fever", "low-fever", "chills", "cough", "pain", "chest-pain", "nausea", "vomiting",
                              "vomiting-verb", "diarrhea", "dizziness", "dyspnea", "breathless-rest", "bleeding", "edema",
                              "itching", "rash", "palpitation", "wheeze"))


def _occurs(span: list, n: int) -> bool:
    """The negation at ``span[n]`` denies that something is there or came out: ない itself after a particle (熱はない, 熱
    とかはない; not よくない), or a verb of occurring before it, past the auxiliaries of a state (出|て|い|ない, 見|られ|ない,
    あり|ませ|ん)."""
    if span[n].lemma == "無い" and span[n].pos1 == "形容詞":
        return n > 0 and span[n - 1].pos1 == "助詞"
    k = n - 1
    while k >= 0 and span[k].lemma in _STATE_AUXILIARIES:
        k -= 1
    return k >= 0 and span[k].lemma in _OCCUR


#: Verbs of something being there or coming out, whose negation tells it absent (出ない, 見られない, ありません).
_OCCUR = frozenset(("出る", "有る", "在る", "見る", "見える", "認める", "起きる", "起こる", "現れる", "訴える"))
#: The auxiliaries between such a verb and its negation (出|て|い|ない, 見|られ|ない, あり|ませ|ん).
_STATE_AUXILIARIES = frozenset(("て", "で", "居る", "いる", "おる", "居り", "れる", "られる", "ます", "とる", "てる"))


def _clause_at(toks, start: int, end: int, over_te: bool = False) -> list:
    """The tokens of the clause (between commas, conjunctive particles and sentence ends: だるそうですが|大丈夫と言っています)
    that holds offsets ``start``..``end``; ``over_te``: running on over て and で (よく眠れ|て|い|ない, 落ち着い|て|いる|ようです
    are one)."""
    first = 0
    last = len(toks)
    for k, t in enumerate(toks):
        if t.norm in ("、", ",", "。", "．") or (t.tag.startswith("助詞-接続助詞") and not (over_te and t.norm in ("て", "で"))):
            if t.end <= start:
                first = k + 1
            elif t.start >= end:
                last = k
                break
    return list(toks[first:last])


#: Vital signs a suggestion's question may ask for (SpO2は何%ですか？).
_VITALS = ("SpO2", "体温", "血圧", "脈")
#: How the text tells an oxygen saturation or a pulse where the elements read no unit of its own (酸素は92%, 脈は98).
_SPOKEN_VITALS = {
    "SpO2": _regex.lazy(r"(?:SpO2|SPO2|spo2|サチュレーション|酸素飽和度|酸素)[^\n。]{0,8}?\d{2,3}\s*%"),
    "脈": _regex.lazy(r"脈(?:拍)?[^\n。]{0,6}?\d{2,3}"),
}


#: The vague words a second red flag keeps in front: its onset and how often.
_WHEN_AND_HOW_OFTEN = frozenset(("vague-time", "vague-frequency"))
#: The vital sign each vital observation tells (a state of consciousness has no value to give).
_VITAL_KIND = {"fever": "体温", "low-fever": "体温", "bp": "血圧", "dyspnea": "SpO2", "breathless-rest": "SpO2", "oxygen": "SpO2",
               "palpitation": "脈", "pulse-irregular": "脈", "pulse-rate": "脈", "somnolence": "意識", "dozing": "意識"}
#: A body temperature (not a room's, 10度を下回る寒さ, nor a bed's angle).
_BODY_TEMPERATURE = (34.0, 42.0)


def _vitals_given(doc: Document) -> set[str]:
    """The vital signs the report gives a value of, by its elements (a date, 11/28, is no blood pressure)."""
    given = set()
    for els in doc.elements:
        for el in els:
            if el.kind != "quantity":
                continue
            unit, amount = el.value.get("unit"), el.value.get("amount")
            if el.value.get("relation") == "pressure":
                given.add("血圧")
            elif unit in ("℃", "度") and amount is not None and _BODY_TEMPERATURE[0] <= amount <= _BODY_TEMPERATURE[1]:
                given.add("体温")
            elif unit in ("回/分", "bpm", "拍", "/分"):
                given.add("脈")
            elif unit == "SpO2":
                given.add("SpO2")
    norm = doc.analysis.text.norm
    given |= {name for name, rx in _SPOKEN_VITALS.items() if rx.search(norm)}
    return given


def _vitals_named(doc: Document, k: int) -> set[str]:
    """The vital signs sentence ``k`` names (by its observations or their topic words)."""
    ids = {m.item.id for m in doc.observations[k] if m.item.vital} | {
        m.item.observation.id for m in doc.topic_words[k] if m.item.observation.vital}
    return {_VITAL_KIND.get(i, "意識") for i in ids}


def _answered_questions(doc: Document, found: list[Candidate], told: set[str]) -> None:
    """A question the text already answers is left out of the finding's suggestion: one that asks only for vital signs
    the report gives (少し息が荒い beside SpO2が89%: "it asks for SpO2 that is already given", blind118's physician), read
    from the elements, so a date (11/28) gives no blood pressure; and "since when", where the finding's sentence tells
    its onset before it (11/28から顔色不良, 昨日から熱っぽい: "onset already given", the physicians rating blind100-111).
    ``told``: the vital signs the report gives (:func:`_vitals_given`)."""
    # (an onset with a date or a number, 昨日から / 11/28から; not 受診後から, an event's; the session 42 review)
    onsets = [[el.end for el in els if el.kind == "time" and el.value.get("relation") in _ONSET_RELATIONS
               and (el.value.get("amount") is not None or el.value.get("unit") == "relative" or _DIGIT.search(el.text))
               and not _AFTER_AN_EVENT.search(el.text)] for els in doc.elements]
    # (not past a vague onset between: 3日前に受診しましたが、最近また元気がありません tells no onset of 元気がない)
    vague_onsets = [(c.sentence, c.start) for c in found if c.rule.category == "vague-time"]
    for k, c in enumerate(found):
        questions = c.suggestion.questions
        sent = doc.sentences[c.sentence]
        # (the onset of the finding's own clause: no comma or period between, 先週から抗生剤を飲んでいますが、まだ熱っぽい
        # dates the antibiotic: the session 42 review)
        onset = next((e for e in onsets[c.sentence] if e <= c.start
                      and not _CLAUSE_BREAKS.intersection(sent.text[e - sent.start : c.start - sent.start])), None)
        dated = (onset is not None and c.rule.category != "vague-time"
                 and not any(si == c.sentence and onset <= at < c.start for si, at in vague_onsets))
        near, own = doc.text_around(c.sentence, 1, 1), _clause_of(doc, c)  # read once per finding, not per question
        after = doc.text_around(c.sentence, 0, 2)
        kept = tuple(q for q in questions if not _asks_only(q, told) and not (dated and q in _ASK_SINCE_WHEN)
                     and not _told_already(q, near, own) and not _fever_told(q, told, after))
        if len(kept) != len(questions):
            found[k] = replace(c, suggestion=replace(c.suggestion, questions=kept))


def _told_already(question: str, near: str, own: str) -> bool:
    """A question of an observation's that the text ``near`` its finding (its sentence and the one before and after it)
    already answers: a press leaving a mark (すねを押すと跡が残ります), the weight in kg (60.5kgから62.8kgに): blind136's
    physician, "most of the questions (site, pitting, weight) are already answered"; how large (500円玉くらい: blind137's);
    or that the finding's ``own`` clause answers: where (両足のむくみ), the drug and how often a dose is missed (blind138's)."""
    return any(asked in question and said.search(own if asked in _IN_ITS_CLAUSE else near) for asked, said in _TOLD_ALREADY) or (
        question.startswith(("どこが", "どこですか", "どこにありますか")) and bool(locations(own)))


#: Where a clause of a sentence ends: a conjunction of contrast, cause or sequence and its comma (飲めていますが、 / 入院中
#: ですが、 / 来なはるけん、).
_CLAUSE_END = _regex.lazy(r"(?:が|けど|けれど|けれども|ので|から|けん|のに|ものの)[、,]")


def _clause_of(doc: Document, c: Candidate) -> str:
    """The text of the clause of sentence ``c.sentence`` that holds the finding: アムロジピン5mgは飲めていますが、夕食後の薬の
    飲み忘れが時々あります names no drug for 飲み忘れ (the session 44 review)."""
    sent = doc.sentences[c.sentence]
    text, at = sent.text, c.start - sent.start
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text)]
    lo = max(k for k in cuts if k <= at)
    hi = min((k for k in cuts if k > at), default=len(text))
    return text[lo:hi]


def _fever_told(question: str, told: set[str], text: str) -> bool:
    """A question of fever (and sputum) the report answers: a body temperature given anywhere, or a fever denied in
    ``text`` (the finding's sentence and the two after it: not an older 発熱なし（12/1） before a cough since 12/10), and
    sputum named there where the question asks for it too (12/5から…36.3〜36.6℃です。…痰はほとんど出ていない; 今日も
    38℃台…痰がからんだ: blind170's physician, "asks fever/sputum already written")."""
    if not _FEVER_ASKED.match(question):
        return False
    # (a denial near the finding, not a hedge or one unmeasured: 熱は出ていないと思いますが、測っていません; nor another
    # person's, 奥様は熱はないそうですが: the session 53 review)
    denied = bool(_NO_FEVER.search(text)) and not _UNMEASURED.search(text)
    return ("体温" in told or denied) and ("痰" not in question or "痰" in text)


#: A question of fever, alone or with sputum (熱はありますか？（何℃）, 痰や熱はありますか？, 熱や痰はありますか？; not
#: 赤みや熱、痛みはありますか？, a wound's heat).
_FEVER_ASKED = _regex.lazy(r"(?:痰や)?熱(?:や痰)?はありますか")
#: A fever not measured or only guessed, or another person's (測っていません, と思います, 奥様は熱は).
_UNMEASURED = _regex.lazy(r"測って(?:い|お)?(?:ない|ません|らず)|測れて(?:い|お)?(?:ない|ません)|未測定|測ってもら|測ってみ|これから測|熱[^。\n]{0,12}?と思|(?:奥様|奥さん|ご主人|旦那さん|娘さん|息子さん)(?:は|も)熱")
#: A fever denied (熱はありません, 発熱なし, 熱も出ていない).
_NO_FEVER = _regex.lazy(r"熱(?:は|も)?(?:なく|ない|無く|無い|なし|無し|ありません|ございません|出ていな|出ていませ|出てな|出ず)(?![^。\n、]{0,3}か)"
                       r"|熱が出たり[^。\n]{0,20}?[ただ]り(?:は|も)?(?:して(?:い|お)?(?:ない|ません|らず)|しない|しません)(?!か)")


#: Words of a question, and what tells its answer.
_TOLD_ALREADY = (
    ("押すと跡", _regex.lazy(r"(?:押す|押し|押さえ)[^。\n]{0,6}?(?:跡|あと|痕|へこ|凹)|圧痕")),
    ("体重は増えていますか", _regex.lazy(r"[0-9０-９.．]+\s*(?:kg|ｋｇ|キロ)")),
    # (a size in centimetres or by a coin or a thing of known size: 大きさは500円玉くらい, blind137's physician)
    # (the drug named, by its name and dose or as insulin; how often a week or a day: インスリン（トレシーバ10単位）の打ち
    # 忘れが週2回ほど, blind138's physician: "the drug and frequency are already stated")
    ("何の薬ですか", _regex.lazy(r"[ァ-ヴー]{3,}[^。\n]{0,3}?[0-9０-９.．]+\s*(?:mg|ｍｇ|単位|錠|μg)|インスリン|[ァ-ヴー]{3,}(?:OD)?(?:錠|テープ|軟膏|細粒|散)")),
    ("週に何回", _regex.lazy(r"(?:週|1日|一日|月|毎週)に?[0-9０-９一二三四五六七八九十]+(?:[〜～~][0-9０-９]+)?回")),
    ("大きさは何cm", _regex.lazy(r"[0-9０-９.．]+\s*(?:cm|ｃｍ|センチ|mm(?!Hg)|ｍｍ(?!Ｈｇ)|ミリ(?!リットル))|円玉|円硬貨|硬貨大|ピンポン玉|鶏卵大|卵大|米粒大|小豆大|大豆大|手のひら大|手の平大|掌大")),
)


#: The questions answered only in the finding's own clause (デイサービスは週3回利用していますが、 before it counts no missed
#: dose: the session 44 review).
_IN_ITS_CLAUSE = frozenset(("週に何回", "何の薬ですか"))


#: Time elements that tell an onset (11/28から, 3日前から; not 3日前に, an event's day): a finding after one in its
#: sentence is dated.
_ONSET_RELATIONS = frozenset(("since",))
#: A digit in a time element's words (11/28から, 12月1日より).
_DIGIT = _regex.lazy(r"[0-9０-９]")
#: An onset told from an undated event (受診後から, 転倒後より): when the event was is not told.
_AFTER_AN_EVENT = _regex.lazy(r"^\D*(?:後|以降)(?:から|より)?$")
#: Marks that end a clause between an onset and a finding.
_CLAUSE_BREAKS = frozenset("、，,。")
#: The questions that ask only for an onset.
_ASK_SINCE_WHEN = frozenset(("いつからですか？", "いつから変わりましたか？"))


#: The text says the person was not weighed or cannot be (体重計は家にない, 体重は測っていません, 測れていません).
_NOT_WEIGHED = _regex.lazy(r"体重計(?:が|は|も)?(?:家に|自宅に|お宅に)?(?:は|も)?(?:ない|無い|なく|ありません|ございません|持って(?:い|お)?ら?れ?ない)"
                          r"|体重計[^\n。]{0,3}?(?:壊れ|故障)"
                          r"|体重[^\n。]{0,30}?(?:数字|数値)(?:は|が)?(?:分かりません|わかりません|分からない|わからない|不明)"
                          r"|体重(?:は|を|も)?(?:[^\n。、]{0,6}?)(?:測|計|量|はか)(?:って|れて|られて)(?:い|お)?(?:ない|ません|ず|りません|へん)|体重[^\n。]{0,6}?未測定"
                          # (or asks for a weighing: 体重減ったかもしれんけぇ、一度量ってもらえますか: blind130)
                          r"|体重[^\n。]{0,20}?(?:測|計|量|はか)って(?:もら|いただ|頂|くだ|下さ|ほし|欲し)")
#: What a weight's finding asks instead, where the person was not weighed: where they can be, and a sign of the change.
_WEIGH_WHERE = ("体重を測れる機会はありますか？（デイサービス・受診時など）", "服やベルトなど、変化の分かる目安はありますか？", "いつ頃からですか？")
_WEIGH_EXAMPLE = "自宅に体重計がないため、12月10日のデイサービスで測っていただきます。1か月でズボンのウエストがこぶし1つ分ゆるくなりました。"


def _unweighed(doc: Document, found: list[Candidate]) -> None:
    """Where the text says the person was not weighed (体重計は家にないがやって), a finding that asks for kilograms asks
    where they can be weighed instead (blind121's and blind123's physicians: "it asks for kg values although the text says
    there is no scale, and does not suggest weighing elsewhere"; session 41)."""
    norm = doc.analysis.text.norm
    if not _NOT_WEIGHED.search(norm):
        return
    # (and any finding of the sentence that says so: 体重は測れておりませんが、以前より少し増えている印象です asks where to
    # weigh, not 回数・時間: blind125's physician)
    # (only the kilograms asked go: a swelling keeps where it is and whether it pits: the session 41 review)
    unweighed = {k for k, (a, b) in enumerate(doc.analysis.norm_spans) if _NOT_WEIGHED.search(norm[a:b])}
    for k, c in enumerate(found):
        questions = c.suggestion.questions
        if any("kg" in q for q in questions):
            # (the first kilogram question becomes where to weigh, in its place; any other goes)
            first = next(i for i, q in enumerate(questions) if "kg" in q)
            kept = tuple(_WEIGH_WHERE[0] if i == first else q for i, q in enumerate(questions) if i == first or "kg" not in q)
            # (the example too, for a weight's own finding; a swelling keeps its example)
            example = _WEIGH_EXAMPLE if first == 0 else c.suggestion.example
            found[k] = replace(c, suggestion=replace(c.suggestion, questions=kept, example=example))
        elif c.sentence in unweighed and c.rule.category in VAGUE_CATEGORIES:
            found[k] = replace(c, suggestion=replace(c.suggestion, questions=_WEIGH_WHERE, example=_WEIGH_EXAMPLE))


def _asks_only(question: str, told: set[str]) -> bool:
    """Whether ``question`` asks for vital signs (SpO2は何%ですか？) and every one it names is in ``told``."""
    named = {name for name in _VITALS if name in question}
    return bool(named) and named <= told and ("いくつ" in question or "何" in question)


#: Request states of a message whose matter is settled: it says what the physician is asked to do, or that nothing is.
#: In such a message without a red flag every word-level and missing finding is a detail: what the physician does does not
#: turn on it.  Physicians rating the findings of blind85-99 (1,178 entries, issue #11) called 71 of 394 such findings in
#: reports with a clear request helpful, 185 unhelpful ("a minor detail", "the request is clear; this adds little") and 138
#: false alarms, and 7 of 47 in reports that asked no reply; elsewhere 47% were helpful.
_SETTLED = frozenset(("clear", "no-reply-needed"))


#: Observations whose amount tells the red flag beside them (sputum after a choking with fever: aspiration pneumonia).
_FLAGS_OWN_MEASURE = frozenset(("sputum",))


def _urgent_sentences(doc: Document) -> set[int]:
    """The sentences that hold a red flag the outline counts (its first mention of each)."""
    outline = doc.outline
    return {doc.sentence_at(p.start) for p in outline.urgent} if outline is not None else set()


def _first_flags_sentences(doc: Document) -> set[int]:
    """The sentences that tell the red flag VC703 stands at (the outline's first), by any of its mentions."""
    outline = doc.outline
    assert outline is not None
    first = outline.urgent[0]
    at = {doc.sentence_at(first.start)}
    return at | {k for k in range(len(doc.sentences))
                 if any(isinstance(m.item, UrgentSign) and m.item.id == first.id for m in doc.report[k])}


def _sign_spans(doc: Document) -> list[tuple[int, int]]:
    """Every mention of the red flags the outline found (the outline keeps the first of each: 黒色便 told again
    in the body after the subject line, 右手に力が入らない at 9時 and again at 10時)."""
    outline = doc.outline
    assert outline is not None
    ids = {p.id for p in outline.urgent}
    spans = [(p.start, p.end) for p in outline.urgent]
    for k, s in enumerate(doc.sentences):
        spans += [(s.tokens[m.first].start, s.tokens[m.last - 1].end) for m in doc.report[k]
                  if isinstance(m.item, UrgentSign) and m.item.id in ids]
    return spans


class _Spans:
    """Spans sorted by start with the running maximum of their ends, so that whether one holds or meets a range is a
    bisection, not a pass over them all (a report of 16,000 red-flag lines stays linear: the session 27 review)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the largest end among the spans up to each
        top = -1
        for _, b in spans:
            top = max(top, b)
            self.reach.append(top)

    def holds(self, start: int, end: int) -> bool:
        """Some span holds [start, end)."""
        k = bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end

    def meets(self, start: int, end: int) -> bool:
        """Some span overlaps [start, end)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


def _rank(doc: Document, found: list[Candidate], signs: _Spans) -> set[int]:
    """In a report with a red flag, the word-level and missing findings of sentences that name none of its
    mentions (``signs``) and tell no vital sign are details beside its matter (``Candidate.secondary``),
    phoned or not.  Physicians rating blind75 called 16 of them unhelpful and one helpful: "food intake is
    secondary to suspected GI bleeding", "how long day service is paused is irrelevant to the decision".  Returns the
    sentences that name a red flag."""
    # a sentence naming a red flag, or telling a vital sign (血圧は少し低め beside a black stool)
    named = {k for k, s in enumerate(doc.sentences) if signs.meets(s.start, s.end)}
    _details_outside(found, named | {k for k in range(len(doc.sentences)) if doc.tells_a_vital(k)})
    return named


#: Categories of the words that qualify something else (a degree, a time, how often, a guess): in a sentence that tells
#: nothing of the person's body or daily life they qualify an aside.  A subjective word is itself a state (元気がない).
_QUALIFIERS = frozenset(("vague-quantity", "vague-time", "vague-frequency", "inference"))
#: The rule of a blank status line (いつも通り, 特変なし): a detail in a message (below), and it names no matter of the report
#: (:func:`_topic_words`).
_BLANK_STATUS = "VC103"
#: Rules that are details wherever a message holds them: a question its context answers (VC205, who told the writer:
#: the family the letter is about, the helper it names; physicians rating blind100-104 called all four minor) and a blank
#: status line of a routine list (VC103, 特変なし・問題なし・良好: blind100-105, 1 of 13 helpful, "a routine no-problem item;
#: listing values is not worth the time").  Alone, as a sentence or a line checked in an editor, they stay in front.
_MESSAGE_DETAILS = frozenset(("VC205", _BLANK_STATUS))
#: Rules that are details where another finding of their sentence stays in front: a hedge (VC203, 〜と思います, なんだか: 4 of
#: 23 helpful in blind100-109's rated packets, "the basis is already given"; session 35).  As the only finding of its
#: sentence (お薬を飲み忘れているかもしれません) it stays in front: the session 35 review.
_SENTENCE_DETAILS = frozenset(("VC203",))
#: Observations whose count alone is a detail in a message (咳, 痰, むせ込み asked only how often: 1 of 11 such entries
#: helpful, "cough counts matter little; onset and fever are already given"); how often someone vomits or has diarrhoea
#: decides a dehydration and stays in front (the session 35 review).
_COUNT_DETAILS = frozenset(("cough", "sputum", "choking"))
#: Of those, the ones whose count is a detail wherever it stands, beside a red flag or a vital sign too: a cough asked only
#: how often (its onset told or asked by a vague word beside it), which physicians rating blind123-129 called unhelpful in
#: all three such entries beside SpO2 or a red flag ("cough frequency adds little beside the hypoxia that drives the
#: decision"; session 42).
_COUNT_ANYWHERE = frozenset(("cough",))


#: Observations whose amount alone is a detail in a message: sputum asked how much (physicians rating blind113-123 called 1
#: of 5 such entries helpful: "sputum amount is minor", "sputum volume matters little for a one-week cough"; session 41).
_AMOUNT_DETAILS = frozenset(("sputum",))


def _flag_or_vital_sentences(doc: Document) -> set[int]:
    """The sentences that name a red flag (any mention, counted or not) or tell a vital sign: their words stay in front
    of a message's details (``_asides``, ``_well_told``)."""
    return {k for k in range(len(doc.sentences))
            if any(isinstance(m.item, UrgentSign) for m in doc.report[k]) or doc.tells_a_vital(k)}


def _asides(doc: Document, found: list[Candidate], front: set[int]) -> None:
    """In a message, a qualifier in a sentence that tells nothing of the person's body or daily life (no observation, topic,
    body part, red flag, state word or verb of the body: ``Document.health``) is a detail (``Candidate.secondary``): 先日、
    お宅に伺いました, ご家族も心配されているようです, 冬場は外出が減るので関係しているのかもしれません.  So is every finding of
    the rules of ``_MESSAGE_DETAILS`` (who told the writer; 特変なし) outside a red flag's or a vital sign's sentence, a
    hedge beside another finding of its sentence (``_SENTENCE_DETAILS``), and a cough, sputum or choking asked only how
    often (``_COUNT_DETAILS``; a cough's count beside a red flag or a vital sign too: ``_COUNT_ANYWHERE``).  Of the
    rated entries of blind100-105 (issue #11) that these and the follow-up rule (``run``) rank as details, physicians called
    5 of 55 helpful; held back, blind106's ranked entries were 3 helpful of 14."""
    stated = {c.sentence for c in found if c.rule.category == "subjective" and not c.missing}
    # (a body part named tells the body too: 両足の裏がジンジンするとよく言われています)
    stated |= {k for k, sent in enumerate(doc.sentences) if doc.health(k) or locations(sent.text)}
    # (who saw it, or a blank status, in a red flag's sentence or a vital sign's stays in front: おでこを壁にぶつけたそうです
    # on an anticoagulant, 血圧 問題なし beside a black stool: the session 32 review; ``front``)
    # (a cough, sputum or choking asked only how often is one too: _COUNT_DETAILS; a red flag the outline found, or a vital
    # sign, keeps sputum and choking in front, not a cough's count: _COUNT_ANYWHERE)
    urgent = _urgent_sentences(doc)
    found[:] = [replace(c, secondary=True) if not c.secondary and (
                    not c.missing and (c.rule.id in _MESSAGE_DETAILS and (
                        c.sentence not in front or c.rule.id == _BLANK_STATUS and _after_a_denial(doc, c, urgent))
                                       or c.rule.category in _QUALIFIERS and c.sentence not in stated
                                       or c.rule.category == "inference" and _hedges_a_denial(doc, c)
                                       or c.rule.id in _GUESSES and _guesses_the_usual(doc, c, found)
                                       or c.rule.category == "inference" and c.sentence not in front and _pale_discharge(doc, c))
                    or (c.missing == ("frequency",) and c.entry in _COUNT_DETAILS
                        or c.entry in _AMOUNT_DETAILS and c.missing and set(c.missing) <= {"quantity", "frequency"})
                    and (c.sentence not in urgent and not doc.tells_a_vital(c.sentence) or c.entry in _COUNT_ANYWHERE)) else c
                for c in found]
    # a hedge beside another finding of its sentence that stays in front: that finding is the point there
    front_of = {c.sentence for c in found if not c.secondary and c.rule.id not in _SENTENCE_DETAILS}
    found[:] = [replace(c, secondary=True) if not c.secondary and c.rule.id in _SENTENCE_DETAILS
                and c.sentence in front_of - front else c for c in found]


#: Words of worry (すごく心配して, 少し不安なようで, ちっと気にしてて, 気になるようで): lemmas, and 気 before に.
_WORRY = frozenset(("心配", "不安"))


def _worries(doc: Document, found: list[Candidate], front: set[int]) -> None:
    """In a message, a degree or a guess put on a worry (本人すごく心配してました, ご本人は検査が少し不安なようで, 職員さんが
    ちっと気にしてて, なんとなく気になるようで, 気にしてない様子です) is a detail, outside a red flag's or a vital sign's
    sentence (``front``): how worried someone is asks for no number and no basis a physician acts on.  Physicians rating
    blind141-216 called all ten such entries unhelpful or false alarms ("degree of worry need not be numbers", "the
    patient's mild anxiety about the test need not be quantified"; session 60).  Low mood (えらい落ち込んどって) is not a
    worry and stays: its signs were helpful; so does a word tied to an observation, whose questions ask for it
    (足のむくみがちょっと気になります asks the swelling's site, pitting and weight)."""
    found[:] = [replace(c, secondary=True) if not c.secondary and not c.missing and c.rule.category in ("vague-quantity", "inference")
                and c.sentence not in front and not c.suggestion.example and _of_a_worry(doc, c) else c for c in found]


def _is_worry(toks, k: int) -> bool:
    """A word of worry at token ``k``; not 不安 of a gait (足元が少し不安なようで: unsteady, the session 60 review)."""
    t = toks[k]
    if t.lemma == "不安" and any(u.lemma in _GAIT for u in toks[max(0, k - 4) : k]):
        return False
    return t.lemma in _WORRY or (t.lemma == "気" and t.pos1 == "名詞" and k + 1 < len(toks) and toks[k + 1].norm == "に")


#: What 不安 may be said of as unsteady (足元が不安, 歩行が不安, 足取りが不安).
_GAIT = frozenset(("足元", "足下", "足もと", "足取り", "歩行", "歩く", "歩き", "足腰", "立ち上がり"))


def _of_a_worry(doc: Document, c: Candidate) -> bool:
    """``c`` is a degree right before a word of worry (すごく|心配, 少し|不安, ちっと|気|に), or a guess whose own words or
    predicate, within its clause, are one (不安|そう, 気|に|なる|よう, 気|に|し|て|ない|様子)."""
    toks = doc.sentences[c.sentence].tokens
    k = token_starting_at(toks, c.start)
    if k is None:
        return False
    end = bisect_left(toks, c.end, key=lambda t: t.start)
    if any(_is_worry(toks, j) for j in range(k, end)):
        return True
    if c.rule.category == "vague-quantity":
        return end < len(toks) and _is_worry(toks, end)
    # a guess: its predicate, back to the clause's start or four words
    for j in range(k - 1, max(-1, k - 6), -1):
        if toks[j].norm in ("、", ",", "，", "。") or (toks[j].tag.startswith("助詞-接続助詞") and toks[j].norm not in ("て", "で")):
            return False
        if _is_worry(toks, j):
            return True
    return False


#: The words of time that say "as before" (相変わらず, 前から, 以前から, 昔から); not when a thing began (むくみが出始めたのは
#: 最近です asks the date: the session 60 review).
_AS_BEFORE = _regex.lazy(r"相変わらず|あいかわらず|(?:前|以前|昔|元|もと)っ?から")
#: The copula after a word of time said as a predicate (相変わらずで, 前からです, 相変わらずや).
_COPULA = frozenset(("で", "です", "でし", "だ", "だっ", "や", "じゃ", "じゃっ", "やっ"))


def _as_before(doc: Document, found: list[Candidate], front: set[int]) -> None:
    """In a message, a vague time said as the predicate (膝痛いっていうのは相変わらずで, 前から言ってた両足のむくみ、
    相変わらずです, これも前からで) tells that a state is as it was, not when something began: a detail, outside a red
    flag's or a vital sign's sentence (``front``).  Physicians rating blind141-216 called all seven such entries unhelpful
    or false alarms ("'as usual' means chronic unchanged knee pain, not a vague time", "'前から' clearly refers to the
    stroke 3 years ago"; session 60).  Said of a verb (相変わらず足がむくんでいる, 前からふらつく) it asks since when and stays,
    and so does a word of when something began said as the predicate (むくみが出始めたのは最近です: ``_AS_BEFORE``)."""
    kept = []
    for c in found:
        if not c.secondary and not c.missing and c.rule.category == "vague-time" and c.sentence not in front:
            toks = doc.sentences[c.sentence].tokens
            k = bisect_left(toks, c.end, key=lambda t: t.start)
            if (k < len(toks) and toks[k].surface in _COPULA and toks[k].pos1 in ("助動詞", "助詞")
                    and _AS_BEFORE.fullmatch(doc.text, c.start, c.end)):
                c = replace(c, secondary=True)
        kept.append(c)
    found[:] = kept


#: A colour that tells no bleeding, told as a likeness (黄色っぽい痰, 白っぽい尿): physicians rating blind120, blind123 and
#: blind125 called all three such entries unhelpful ("yellowish sputum is an adequate clinical description"; session 41).
#: Black, red and brown likenesses stay in front: they may tell a bleeding (黒っぽい便, 茶色っぽいものを吐いた).
_PALE_COLOUR = _regex.lazy(r"(?:黄色|黄|白|緑|透明|灰色)(?:っぽ|ッポ)")
#: What such a colour is of, near it: sputum, urine, a nose's or a wound's discharge (not a stool, 白っぽい便, nor the eyes,
#: the lips or the face: the session 41 review).
_DISCHARGE = _regex.lazy(r"痰|たん|尿|おしっこ|鼻水|鼻汁|浸出液|滲出液")
#: What a pale colour near it may be of instead (白っぽい便, 白目が黄色っぽい, 唇が白っぽく, 顔色が白っぽく).
_NOT_A_DISCHARGE = _regex.lazy(r"便|目|唇|顔|皮膚|肌")
#: How far (in characters) the discharge may stand from the colour.
_DISCHARGE_NEAR = 6


def _pale_discharge(doc: Document, c: Candidate) -> bool:
    """``c`` is a pale colour told as a likeness of sputum, urine or a discharge named right beside it (痰が黄色っぽい,
    黄色っぽい痰)."""
    text = doc.text
    if _PALE_COLOUR.match(text, c.start) is None:
        return False
    around = text[max(0, c.start - _DISCHARGE_NEAR) : c.end + _DISCHARGE_NEAR]
    return _DISCHARGE.search(around) is not None and _NOT_A_DISCHARGE.search(around) is None


#: The rules of a guess over a predicate (みたい, ようです, らしい, と思います); not unattributed hearsay (VC205), which asks
#: who told the writer whatever was told.
_GUESSES = frozenset(("VC202", "VC203"))


def _guesses_the_usual(doc: Document, c: Candidate, found: list[Candidate]) -> bool:
    """A guess whose own clause says the state is as it was (いつも通り食べているみたいです, 変わりないようです, 以前と同じ
    くらい歩けているらしい): physicians rating blind150-270 called all 16 such entries unhelpful or a false alarm ("intake
    stated as usual; the example of reduced intake does not fit"; session 65); the usual state is the fact they need.  Not
    where a word between tells the state is bad (痛みは変わらずひどいようです: a guess at trouble, ``found`` holds ひどい)."""
    toks = doc.sentences[c.sentence].tokens
    k = token_starting_at(toks, c.start)
    if k is None:
        return False
    first = clause_start(toks, k)
    marks = [j for j in steady_marks(toks) if first <= j < k]
    if not marks:
        return False
    mark = min(marks)
    # (nor where a symptom, an event or a red flag stands between, which the mark only sets the scene for: いつも通りトイレに
    # 行こうとして転んだみたい, 以前と同じように息が苦しいみたい, 熱があったみたい (a noun naming it: 食べて is the usual act
    # itself); nor a spoken negation, いつも通り食べられへんみたい: the session 65 review)
    si = c.sentence
    if any(mark < o.first < k for o in doc.observations[si]) or any(
            mark < o.first < k and toks[o.first].pos1 == "名詞" for o in doc.topic_words[si]) or any(
            isinstance(o.item, UrgentSign) and mark < o.first < k for o in doc.report[si]):
        return False
    # (a negation between, read from the tokens, 食べられへん (辺), and from the written words, since UniDic reads many into
    # the verb, 食べん|飲めん, or as another word, 来ん (此れ); nor a guess a contrast takes back, いつも通り食べているみたい
    # ですが、体重が1か月で3kg減っています)
    after = _past_its_negation(toks, mark, k)
    if any(t.norm in _SPOKEN_NEGATIONS or t.lemma in ("ない", "ず", "ぬ") for t in toks[after:k]) or _negated_span(
            doc, si, toks[after - 1].end, c.start) or _TAKEN_BACK.match(doc.sentences[si].text, c.end - doc.sentences[si].start):
        return False
    return not any(d is not c and not d.missing and d.rule.category not in WHOLE_REPORT_CATEGORIES
                   and d.rule.id != _BLANK_STATUS and toks[mark].start <= d.start < c.start for d in found)


def _past_its_negation(toks, mark: int, stop: int) -> int:
    """The token after a steady mark's own negation (変わり|ない, 変わら|ず, 変化|は|ありません), else after the mark."""
    if toks[mark].lemma not in ("変わる", "変わり", "変化"):
        return mark + 1
    return next((j + 1 for j in range(mark + 1, stop) if toks[j].lemma in ("ない", "無い", "ず", "無し")), mark + 1)


#: A negation in the written words, UniDic's reading aside (食べん, 飲めん, 来ん, 食べとらへん, 食べやん).
_NEGATED_WORDS = _regex.lazy(r"ない|なかっ|なく|ず|ねえ|ねぇ|へん|ひん|やん|らん")


def _negated_span(doc: Document, si: int, start: int, end: int) -> bool:
    """The words of sentence ``si`` from ``start`` to ``end`` (offsets in the text) hold a negation: one written (ない, へん,
    らん) or one UniDic reads into the verb (食べん, 飲めん: a verb ending in ん) or as 此れ (来ん)."""
    sent = doc.sentences[si]
    if _NEGATED_WORDS.search(sent.text[start - sent.start : end - sent.start]):
        return True
    return any(start <= t.start and t.end <= end and (
        (t.pos1 == "動詞" and t.surface.endswith("ん")) or t.surface == "こん") for t in sent.tokens)


#: A contrast right after the guess (…みたいですが、体重が…).
_TAKEN_BACK = _regex.lazy(r"(?:です|だ|や)?(?:が|けど|けれど|ものの|のに)、?")
#: Negations of speech UniDic may read as other words (食べられへん: 辺, 食べとらん: 欄).
_SPOKEN_NEGATIONS = frozenset(("へん", "ひん", "らん", "ん", "ねえ", "ねぇ", "ねー"))


#: Names of a measure a blank status may sum up without its value (BP, HR, SpO2, 血糖, 体重, 尿量).
_MEASURES = _regex.lazy(r"BP|ＢＰ|HR|ＨＲ|脈|心拍|SpO|ＳｐＯ|サチュ|酸素飽和|血糖|呼吸数|バイタル|体重|尿量|尿の量|おしっこの量|血圧|体温")


def _after_a_denial(doc: Document, c: Candidate, urgent: set[int]) -> bool:
    """A blank status after symptoms its sentence denies (胸痛や息切れなどはないとのことで、ご本人は普段通り過ごされています;
    咳も熱もないし、いつも通りうどん食べよります): the writer named what was checked, so the status is a detail beside a red
    flag's word too, but not in a sentence of a red flag the outline counts or one that tells a vital sign (血圧もいつもどおり
    asks its value).  Physicians rating blind150-266 called 16 of 18 such entries unhelpful or a false alarm ("symptoms
    already stated; generic ask for values adds little"; session 65)."""
    si = c.sentence
    if si in urgent or _MEASURES.search(doc.sentences[si].text):
        return False  # (BPもいつも通り, 血糖値は安定しています: a measure named asks its value, the session 65 review)
    # (nor a status its clause negates, ご飯はいつも通り食べとらんのよ: not as usual)
    sent = doc.sentences[si]
    rest = sent.text[c.end - sent.start :]
    if _negated_span(doc, si, c.end, c.end + next((k for k, ch in enumerate(rest) if ch in "、。,"), len(rest))):
        return False
    # (a vital sign named and not denied asks its value: 胸痛はなく、血圧もいつも通りです; 熱もないし denies the fever)
    vitals = [m for m in doc.observations[si] if m.item.vital] + [m for m in doc.topic_words[si] if m.item.observation.vital]
    toks = doc.sentences[si].tokens
    # (by a negation of its own, not by the blank status itself nor a settling: 血圧とかは特に変わりないみたいです,
    # 血圧も落ち着いているとのことです ask the values)
    negations = [n for n in doc.context[si] if n.item.id != "settled"
                 and not (toks[n.first].start < c.end and c.start < toks[n.last - 1].end)]
    denied_vitals = denied(toks, negations, doc.elements[si], vitals) if vitals else set()
    return len(denied_vitals) == len(vitals) and (bool(denied_vitals) or any(id(m) in doc.denied(si) for m in doc.observations[si]))


def _hedges_a_denial(doc: Document, c: Candidate) -> bool:
    """A guess put on a denial (頭が痛いとかはないみたいです, 頭痛やめまいの訴えは特にないようです, 転んではないみたい): the
    word before it is 無い as a predicate (an adjective, not the auxiliary of 便が出ていないようです) and its sentence denies
    an observation.  Physicians rating blind113-122 called all three such entries unhelpful ("the hedge on the absent
    headache is minor"; session 41)."""
    toks = doc.sentences[c.sentence].tokens
    k = token_starting_at(toks, c.start)
    # (or 無い opens it as なさそう: 痛みはなさそうです; not めまいもあるようなないような感じです, which denies nothing)
    before = k is not None and k > 0 and toks[k - 1].lemma == "無い" and toks[k - 1].pos1 == "形容詞"
    opens = k is not None and k + 1 < len(toks) and toks[k].lemma == "無い" and toks[k + 1].lemma == "そう-様態"
    if k is None or not (before or opens):
        return False
    neg = k - 1 if before else k
    # (the 無い denies an observation of its own clause: 痛みはないが、呼びかけても反応がないようです hedges the red flag,
    # not the denied pain: the session 41 review)
    denied_ids = doc.denied(c.sentence)
    if any(id(m) in denied_ids and m.last <= neg and not any(t.norm in ("、", ",", "，") for t in toks[m.last : neg])
           for m in doc.observations[c.sentence]):
        return True
    # (or a topic word right before it with its particle: 熱はないようです, which no observation reads: blind126)
    return neg >= 2 and toks[neg - 1].norm in ("は", "も", "が") and any(
        m.last == neg - 1 for m in doc.topic_words[c.sentence])


def _now(doc: Document) -> bool:
    """One of the report's red flags may be an emergency under way (``now = true``), told as going on: not one that
    settled (5分ほどで治まり), is days or weeks old (3日前の夕方に, 11月中旬から) or is gone today (本日は症状ありません:
    the session 43 review)."""
    assert doc.outline is not None
    now = {u.id for u in doc.lexicon.urgent if u.now}
    for p in doc.outline.urgent:
        if p.id not in now:
            continue
        if not _PAST_OR_SETTLED.search(doc.text_around(doc.sentence_at(p.start), 0, 1)):
            return True
    return False


#: What tells a sign as settled or not new (治まりました, 3日前の, 11月中旬から, 本日は症状ありません).
_PAST_OR_SETTLED = _regex.lazy(r"治ま|おさま|収ま|消失|改善|軽快|[0-9０-９一二三四五六七八九十数]+日前|週間前|か月前|先週|先月|上旬|中旬|下旬|以前から"
                              r"|(?:今|現在|本日)は[^。]{0,6}?(?:症状|痛み|しびれ)?(?:は|も)?(?:ない|なく|ありません|ございません)")


def _details_outside(found: list[Candidate], kept: set[int] | frozenset[int]) -> None:
    """Mark the word-level and missing findings of every sentence not in ``kept`` as details (``Candidate.secondary``);
    the report-level findings always stay in front."""
    found[:] = [replace(c, secondary=True) if c.sentence not in kept and c.rule.category not in WHOLE_REPORT_CATEGORIES else c
                for c in found]


#: Red flags read from a sudden onset with a core function (急に, 突然 …): their example is a sudden confusion, so another
#: sign the report names gives the example when there is one.
_ONSET_ONLY = frozenset(("sudden-change",))


#: Body parts a red flag's words may name, which its example should name too (頭が痛い: a headache's example).
_SIGN_SITES = ("頭", "胸", "腹", "背中", "足", "手", "顔", "口", "目", "喉", "のど")


#: A pain named by where it is (頭痛, 胸痛, 腹痛), by the body part of _SIGN_SITES.
_PAIN_OF = {"頭": "頭痛", "胸": "胸痛", "腹": "腹痛"}
#: A pain told of the head, the chest or the belly in a sentence: 頭痛, 頭が痛い, お腹が苦しい, みぞおちが…痛む.
#: (not a worry told as a headache, 意見が割れて頭が痛いところですが: the session 61 review)
_PAIN_TOLD = _regex.lazy(r"(?<![口部])(頭|胸|腹|お腹|おなか|みぞおち|胃|心窩部)(?:痛|(?:が|は|の)[^、。]{0,8}?(?:痛(?!い(?:ところ|話|問題))|苦し))")
#: The parts of the belly named for its pain (みぞおちが痛い is a belly's pain).
_PAIN_SITE = {"お腹": "腹", "おなか": "腹", "みぞおち": "腹", "胃": "腹", "心窩部": "腹"}
#: A pain denied right after it is told (頭痛はありません, 胸の痛みなし).
_PAIN_DENIED = _regex.lazy(r"[^、。]{0,4}?(?:ない|なし|無し|ありません|ません)")


def _of_the_site(example: str, sites: set[str]) -> str:
    """``example`` telling the pain of the one body part written (頭), where it tells another's (腹痛 → 頭痛): a severe pain's
    example is about the belly, the writer's about the head."""
    written = [_PAIN_OF[w] for w in _PAIN_OF if w in sites]
    if len(written) != 1 or written[0] in example:
        return example
    other = next((p for p in _PAIN_OF.values() if p in example), None)
    return example.replace(other, written[0]) if other else example


def _urgency(doc: Document, rule: Rule, dated: bool) -> Candidate:
    """VC703 at the first red flag, naming them all. When every red flag is already dated, the
    message and the questions no longer ask since when ({onset} is left empty)."""
    outline = doc.outline
    assert outline is not None
    first_sign = outline.urgent[0]
    si = doc.sentence_at(first_sign.start)
    # a sign read inside another (もつれる of 言葉がもつれる) is named once, by the longer
    signs = [p for p in outline.urgent
             if not any(q.start <= p.start and p.end <= q.end and (q.end - q.start) > (p.end - p.start) for q in outline.urgent)]
    names = "・".join(dict.fromkeys(p.text for p in signs))
    # (the example of what was felt or seen, not of the onset word before it: いきなり頭が割れるように痛い is shown a sudden headache,
    # not a sudden confusion: blind141's physician)
    # (and of the body part the signs name: 今までにない・頭が痛い is shown a headache, not the severe pain's belly:
    # blind159's physician)
    felt = [p for p in signs if p.id not in _ONSET_ONLY] or [first_sign]
    examples = {u.id: u.example for u in doc.lexicon.urgent if u.example}
    sites = {w for w in _SIGN_SITES if any(w in p.text for p in signs)}
    # (今までにない of a 頭痛 named beside it in the sentence: blind229's physician, "the example describes abdominal pain"; only a
    # pain told of one site and not denied, 頭痛はありませんが、背中が…, 口頭, 胸部レントゲン: the session 61 review)
    pains = set() if sites else {_PAIN_SITE.get(m.group(1), m.group(1)) for m in _PAIN_TOLD.finditer(doc.sentences[si].text)
                                  if not _PAIN_DENIED.match(doc.sentences[si].text, m.end())}
    shown = max(felt, key=lambda p: sum(w in examples.get(p.id, "") for w in sites or pains))  # (the first among equals)
    example = _of_the_site(examples[shown.id], pains) if shown.id in examples else ""
    suggestion = replace(rule.suggestion, example=example) if example else rule.suggestion
    if dated:
        suggestion = replace(suggestion, questions=tuple(q for q in suggestion.questions if not q.startswith("いつ")))
    return Candidate(
        rule=rule, start=first_sign.start, end=first_sign.end, sentence=si,
        message=fill(rule.message, text=names, label="・".join(dict.fromkeys(p.label for p in signs)),
                     onset="" if dated else _ASK_ONSET,
                     call=_CALL_NOW if _now(doc) else _CALL_TODAY),
        suggestion=suggestion, entry=first_sign.id,
    )


#: What VC703's message asks when a red flag has no time ({onset} in the rule's message).
_ASK_ONSET = "いつからか（発症の時刻）を書き、"
#: Whom to call and when ({call}): today, or now for a sign that may be an emergency under way (`now = true`: chest pain,
#: stroke signs, a lowered consciousness; blind134's physician, of ongoing chest pain with cold sweat: "calls for 119, not
#: a same-day phone call").
_CALL_TODAY = "本日中に電話でも主治医に連絡しましょう。"
_CALL_NOW = "今すぐ電話で主治医に連絡しましょう（症状が続いている、意識や呼吸がおかしい時は119番）。"


#: A reply asked for today: 本日中に, 本日の往診, 本日12時までに, 11時30分までに, 10:30までに, 至急, すぐに,
#: and what to do with today's dose (今日の分の薬をどうするか, 本日分の内服をどうすれば).
_SAME_DAY = _regex.lazy(
    r"(?:本日|今日|きょう)(?:中|の?(?:受診|往診|午前|午後|正午|昼|夕方)|の?[0-9０-９]{1,2}(?:時|[:：]))|正午まで"
    r"|(?:本日|今日|きょう)の?分(?:の(?:お?薬|内服))?(?:を|は)?どう"
    r"|至急|早急|すぐに|直ちに|ただちに|今すぐ"
    r"|[0-9０-９]{1,2}(?:時(?:[0-9０-９]{1,2}分|半)?|[:：][0-9０-９]{2})(?:頃|ごろ)?まで")
#: A blank line between two sentences (the end of a block of lines).
_BLANK_LINE = _regex.lazy(r"\n[ \t\u3000]*\r?\n")


#: A deadline of tomorrow (明日の正午までに, 翌日12時まで, 明日中に): no same-day ask; not 明日の受診でええか、今日受診した方が
#: ええか, which asks about today.
_TOMORROW = _regex.lazy(r"(?:明日|翌日|明朝|あした|あす)(?:の)?(?:正午|午前中?|午後|朝|夕方|[0-9０-９]{1,2}時(?:半|[0-9０-９]{1,2}分)?)?(?:まで|中)")


def _same_day_request(doc: Document) -> bool:
    """Whether a request asks for the physician's answer today (本日中に受診の要否のご指示を, 12時までに
    お電話で). With every red flag dated, the report then already does what VC703 asks. A call already
    made or an ambulance (``Outline.phoned``) is read by the caller."""
    return any(_SAME_DAY.search(doc.sentences[i].text) and not _TOMORROW.search(doc.sentences[i].text)
               for i in request_sentences(doc))


def _dated(doc: Document) -> bool:
    """Whether each red flag is dated where it stands (11/29 21時ごろから, 本日9:00: in its sentence or
    the nearest sentence of content on either side, so a subject line 【至急】…尿が出ていません is dated
    by the first line of the body), or in an earlier sentence of its line (■状況：本日9時頃、胸の締めつけ…。
    冷汗あり。); one named only in the purpose line is the body's matter."""
    outline = doc.outline
    assert outline is not None
    sentences = doc.sentences
    body = [k for k in range(len(sentences)) if not is_frame(doc, k)]

    def dated(k: int) -> bool:
        return places_in_time(doc.elements[k])

    def item_start(si: int) -> int:
        """The first sentence of si's line when the line is one item of a form (■状況：本日9時頃、…。冷汗あり。);
        si itself in a line of running text (a message pasted as one line: its 先週 dates nothing after it)."""
        k = si
        while k > 0 and "\n" not in doc.text[sentences[k - 1].start : sentences[k].start]:
            k -= 1
        head = sentences[k].text.lstrip()
        return k if head[:1] in _ITEM_MARKS or _ITEM_LABEL.match(head) else si

    def indented(k: int) -> bool:
        """Sentence k opens a line indented by ASCII spaces or a tab (a block's item); a full-width space is a letter's
        paragraph indent (　いつもお世話になっております), not a block (the session 32 review)."""
        start = doc.text.rfind("\n", 0, sentences[k].start) + 1
        return doc.text[start:sentences[k].start + 1][:1] in (" ", "\t")

    headers: list[int | None] = []  # per sentence: its block's header (block_header), made once

    def block_header(si: int) -> int | None:
        """The header line's first sentence when si's line is indented under it (6/12 15:00 訪問時 / ␣体温38.2℃、
        呼吸数28回/分 / ␣湿った咳あり: blind105): the lines indented after a line that is not, no blank line between; the
        header tells a clock time (15:00, 10時) and is no frame of the letter (a date line above it dates no sign).  One
        pass over the sentences, made once (a report of thousands of indented lines stays linear)."""
        if not headers:
            header: int | None = None
            line_indented = False
            for k in range(len(sentences)):
                gap = doc.text[sentences[k - 1].end : sentences[k].start] if k else "\n"
                if "\n" in gap:  # a new line
                    line_indented = indented(k)
                    if _BLANK_LINE.search(gap):
                        header = None
                    if not line_indented:
                        clock = any(e.kind == "time" and e.value.get("unit") == "時" for e in doc.elements[k])
                        header = k if clock and k not in doc.frames else None
                headers.append(header if line_indented else None)
        return headers[si]

    def dated_near(si: int) -> bool:
        # (a reading, 呼吸数28回/分, two sentences after the dated one it belongs to, 13時の訪問看護でSpO2 88%。普段のSpO2は
        # 94〜96%です。呼吸数28回/分…: blind147's physician, "onset (9am), SpO2, vitals already written")
        reading = any(el.kind == "quantity" for el in doc.elements[si])
        before = [k for k in body if k < si][-2 if reading else -1:]
        if len(before) == 2 and not (doc.observations[before[0]] or any(isinstance(m.item, UrgentSign) for m in doc.report[before[0]])):
            before = before[1:]  # (the sentence two back dates the reading only when it tells the episode: not a clerical date)
        after = [k for k in body if k > si][:1]
        header = block_header(si)
        return any(dated(k) for k in [*before, si, *after, *range(item_start(si), si)]) or in_dated_episode(si) or (
            header is not None and dated(header))

    episode: list[bool] = []  # per sentence: an earlier item of its run of item lines dates a red flag

    def in_dated_episode(si: int) -> bool:
        """Whether an earlier item of the same run of item lines (・…, ■…：…; no other line or blank line between)
        dates a red flag of its own: a form that dates the episode once (・昨夜22時の排尿を最後に…排尿なし。・下腹部が
        張って痛い…・ご本人「腹が痛うてたまらん」: blind93) tells the signs of the items after it as the same episode.
        A dated item with no red flag (・10/20からレンドルミン開始, ・前回受診（11/5）, 用件：本日の往診…) dates nothing
        after it (the session 27 review), and a message of running text is not dated this way (先週の受診では…:
        test_grammar_classes).  One pass, made once."""
        if not episode:
            # (not the purpose's or an ask's sentence: 用件：尿が出ていないため、本日の受診について… dates the visit asked for)
            not_facts = {*request_sentences(doc), at_purpose}
            body_set = {k for k in body if k not in not_facts and any(isinstance(m.item, UrgentSign) for m in doc.report[k])}
            seen = in_items = False
            for k in range(len(sentences)):
                gap = doc.text[sentences[k - 1].end : sentences[k].start] if k else "\n"
                if "\n" in gap:  # a new line: an item continues the run unless a blank line ends it
                    head = sentences[k].text.lstrip()
                    item = head[:1] in _ITEM_MARKS or bool(_ITEM_LABEL.match(head))
                    seen = seen and item and in_items and not _BLANK_LINE.search(gap)
                    in_items = item
                episode.append(seen and in_items)
                seen = seen or (in_items and k in body_set and dated(k))
        return episode[si]

    # a red flag named in the purpose line (■目的：胸痛のご報告と受診のご相談) is the matter the body then tells and
    # dates (blind61): it needs no time of its own when a dated sentence of the body tells the same sign again (or one of
    # its label: 尿が出ていない in the title, 約27時間排尿がありません in the body: blind114)
    purpose = outline.purpose
    at_purpose = doc.sentence_at(purpose.start) if purpose is not None else None

    def told_again(p) -> bool:  # (the sign is looked for first: dated_near costs a pass over the body)
        return any(k != at_purpose and any(isinstance(m.item, UrgentSign) and (m.item.id == p.id or m.item.label == p.label)
                                           for m in doc.report[k])
                   and dated_near(k) for k in body)

    # (or, for a sign named only in the subject or purpose line, a dated sentence of the body telling the words of a red flag
    # that share a kanji with the title's: the title names the episode in its own words, 【至急・報告】胸痛の出現について, and
    # the body dates it in others, 12月6日 10:15、…前胸部の締めつけられる痛みが出現, 抗凝固薬内服中の頭部打撲 / 本日7:30頃、
    # 自室で転倒し後頭部を…打撲: blind232-234's physicians, "onset time and vitals are already written")
    flagged = {p.id for p in outline.urgent}

    @lru_cache(maxsize=None)  # (per title sentence: several of its signs ask the same question)
    def episode_dated(si: int) -> bool:
        # (a red flag the outline holds, or the words of one: not a reading's word that stayed within its limit,
        # ・血圧164/92mmHg; and one sharing a kanji with the title's signs, 胸痛 / 前胸部の…痛み, 頭部打撲 / 後頭部を…打撲:
        # not another matter the body dates, ■目的：黒色便のご報告 / 本日9時、胸の締めつけが15分: session 15's review)
        toks = sentences[si].tokens
        named = {c for m in doc.report[si] if isinstance(m.item, UrgentSign)
                 for t in toks[m.first:m.last] for c in t.surface if "\u4e00" <= c <= "\u9fff"}
        return any(k != at_purpose and named & set(sentences[k].text)
                   and any(isinstance(m.item, UrgentSign) and (m.item.id in flagged or not m.item.vital) for m in doc.report[k])
                   and dated_near(k) for k in body)

    # (so is one named in the subject line, 件名：【至急】転倒・頭部打撲…, when the purpose line stands between it and the
    # dated body: blind101)
    return all(dated_near(si := doc.sentence_at(p.start))
               or ((si == at_purpose or si not in body) and (told_again(p) or episode_dated(si)))
               for p in outline.urgent)


#: Marks that open one item of a form (■状況：…, ・3/13夜：…), and an item's label (状況：).
_ITEM_MARKS = frozenset("■□●○◆◇・※-－【＊*")
_ITEM_LABEL = _regex.lazy(r"[^。、\s]{1,8}[：:]")


def _request_anchor(doc: Document) -> int | None:
    """The last request sentence, or else the last sentence with content that is not the writer's signature
    (居宅かわびらき 阿部: blind86)."""
    outline = doc.outline
    assert outline is not None
    if outline.requests:
        last = outline.requests[-1]
        return next(k for k, s in enumerate(doc.sentences) if s.start == last.start)
    content = [k for k in range(len(doc.sentences) - 1, -1, -1) if has_content(doc.sentences[k])]
    return next((k for k in content if not is_self_introduction(doc, k) and not is_addressee(doc, k)
                 and not is_signature(doc, k)),
                content[0] if content else None)


def _at_sentence(rule: Rule, doc: Document, si: int, message: str, suggestion: Suggestion) -> Candidate:
    sent = doc.sentences[si]
    text = sent.text.rstrip("。．.！!？? 　")
    return Candidate(
        rule=rule, start=sent.start, end=sent.start + len(text) if text else sent.end, sentence=si,
        message=fill(message, text=text), suggestion=suggestion, entry=rule.name,
    )


# ---------------------------------------------------------------- examples in the report's own words
# VC701 and VC702 fill their rule's template with what the report is about (issue #11: an example
# about 降圧薬 answers a report about a black stool with a different matter). Where the template was
# changed so that a slot is left unfilled, the rule's own example is used.

#: What a report is about when it names no observation.
_GENERAL_TOPIC = "体調"
#: VC702's examples: for a red flag, for a vague or unordered ask, and for a calm report that asks
#: nothing (a report that says no reply is needed is clear).
_ASK_TODAY = "{テーマ}について、本日中に受診が必要かどうか、ご指示をいただけますでしょうか。"
#: For a sign that may be an emergency under way (`now = true`, not settled: _now): blind276's physician, of a face that
#: began to droop 30 minutes before, "this needs a 119 call right away", not a visit today.
_ASK_NOW = "{テーマ}について、今すぐ救急搬送（119番）が必要かどうか、お電話でご指示をいただけますでしょうか。"
_ASK_OPINION = "{テーマ}について、次回の受診までにご意見をいただけますでしょうか。"
_NO_REPLY = "{テーマ}についてのご報告のみです。ご返信は不要です。"
#: A line that closes the message as information (以上、ご報告まで, ご参考までに, 報告までやけん, お知らせまでです); not 次回の
#: 報告までに体重を測っておきます (by the next report).
_FYI_CLOSING = _regex.lazy(r"(?:報告|参考|共有|お知らせ|連絡|お伝え)(?:まで|迄)(?:に|です|でした|やけん|ですけん)?[。．！!\s]*$",
                           re.MULTILINE)
#: An ask for advice or a view anywhere in the report (どうしたらよいでしょうか, アドバイスがあれば, ご意見を): a consultation
#: however it closes (the second review).
_ADVICE_ASKED = _regex.lazy(r"どう(?:したら|すれば|しましょう|すりゃ|したもん)|アドバイス|助言|ご意見|教えて")
#: The honorifics that follow a person's name (成田ハル様, 佐藤 ナミさん), not 先生 (the addressee).
_HONORIFICS = frozenset(("様", "さん", "氏"))


def _purpose_example(doc: Document, found: list[Candidate], base: Suggestion) -> Suggestion:
    """「成田ハル様の黒色便についてご相談です。」: the patient (○○ when the report names none) and the matter of
    this report, a 相談 when the report asks something, even vaguely (何かいい方法あったら教えてもらえるけ？: blind252's
    physician, "the example labels a consultation as a report"), or tells a red flag, else a 報告."""
    outline = doc.outline
    assert outline is not None
    name = _patient(doc)
    asks = bool(outline.requests) or outline.request in ("vague", "unordered", "clear")
    # (nor does a vague ask beside a closing of information only, 以上、ご報告まで / ご参考までに / 報告までやけん, in a report told
    # in full: the session 63 review; a change told so, 2回転倒されました…一応ご報告までです, is still offered a consultation)
    fyi = outline.request == "vague" and (_for_information(doc) or _FYI_CLOSING.search(doc.text) is not None) \
        and not _ADVICE_ASKED.search(doc.text)
    kind = "相談" if outline.urgent or asks and not ((_only_if_anything(doc) or fyi) and _told_in_full(doc, found)) else "報告"
    return _filled(base, base.template, 利用者名=name or "○○", テーマ=_topic(doc, found), **{"相談/報告/依頼": kind})


def _request_example(doc: Document, found: list[Candidate], base: Suggestion) -> Suggestion:
    """「黒色便について、本日中に受診が必要かどうか、ご指示をいただけますでしょうか。」 for a red flag not yet
    phoned, phoned but asked nothing with no one taken to hospital, or phoned and asked about vaguely (ワーファリン内服中の転倒…先ほどお電話しました。今後の対応についてご指示を:
    blind137's physician, "should be handled today"; whether to call an ambulance now where a sign that may be an emergency
    under way is told as going on and no one was phoned, :func:`_now`); for a report that asks nothing (calm, or already phoned or
    transported), the words that say no reply is needed (its writer told, not asked); an opinion on the matter by the
    next visit for a vague or unordered ask (and for one only if anything comes up: a report of 3kg gained in a week or
    a pressure of 182/104 that says 何かあればお願いします still wants the physician's view, the session 57 review)."""
    outline = doc.outline
    assert outline is not None
    if outline.urgent and (not outline.phoned or outline.request in ("vague", "unordered")
                           or (outline.request == "none" and not _CALL_SETTLED.search(doc.text))):
        # (phoned and asking nothing, but not taken to hospital: さきほどクリニックに電話して看護師さんに伝えてあります beside
        # SpO2 88% and a fever still wants the physician's word today, blind138's physician: "the 'report only, no reply'
        # example is wrong"; an ambulance on its way asks nothing more, blind137's)
        example = _ASK_NOW if _now(doc) and not outline.phoned else _ASK_TODAY
    elif outline.request == "none" and (outline.phoned or not any(c.rule.category.startswith("missing") for c in found)):
        # a report that asks nothing and leaves no observation without its figures reads as information only
        # (blind62's physician rating); a fall with pain told without them still needs the physician's view
        example = _NO_REPLY
    else:
        example = _ASK_OPINION
    return _filled(base, example, テーマ=_topic(doc, found))


#: An ask only if anything comes up (何かあればお願いします, 何かあったら言うてください, 気になるようなら教えてください), after at
#: most a greeting's words (また, 一応お伝えまで、, 先生の方で) and with nothing after the condition but a closing verb: nothing
#: asked now.  Not 何か良い方法があれば (an ask for advice), nor お薬のことなど、何かありましたら (a matter named).
_IF_ANYTHING = _regex.lazy(
    r"^(?:一応(?:お伝え|ご報告|お知らせ)[^、。]{0,8}[、,]\s*)?(?:また|先生の方で(?:も)?|先生|今後も?)?[、,\s]*"
    r"(?:(?:何|なに|なん)か(?:気になる(?:こと|点)?が?|お気づきの点が?)?(?:あれば|あったら|ありましたら|ございましたら)"
    r"|気になる(?:よう|こと|点)?(?:なら|でしたら|が?あれば|が?あったら))"
    # (and nothing after the condition but the closing verb: not 何かあれば受診の要否を教えてください, 何かあれば眠剤の処方を
    # お願いできないでしょうか, 何かあれば、打ち方の工夫などアドバイスを…: the session 57 review)
    r"[、,\s]*(?:また|ご)?(?:(?:よろしく|宜しく)|(?:ご)?(?:連絡|指示|相談|教示)を?|教えて|言うて|言って|お知らせ|知らせて|お願い)"
    r"[^、。を]{0,14}[。．！!〜ー～♪\s]*$")


def _told_in_full(doc: Document, found: list[Candidate]) -> bool:
    """No word-level or missing finding stays in front and no vital sign is told out of its usual range: a report with
    nothing left to ask about (a report of 3kg gained in a week, 182/104, SpO2 90% or 食事がほとんど取れていません that says
    何かあればお願いします still wants the physician's view: the session 57 review)."""
    return not any(not c.secondary for c in found) and not _out_of_range(doc.text) and not _weighed(doc)


def _only_if_anything(doc: Document) -> bool:
    """A calm report whose only asks are for if anything comes up (:data:`_IF_ANYTHING`): it informs (not 念のためお伝え
    します。何か気をつけることがあれば教えてください, which asks for advice).  Told in full (:func:`_told_in_full`), its
    purpose's example is a 報告 (blind186's physician: "clearly an FYI report with SpO2 given; example wrongly frames it as a
    consult")."""
    outline = doc.outline
    assert outline is not None
    return (not outline.urgent and outline.request == "vague" and bool(outline.requests)
            and all(_IF_ANYTHING.search(p.text) for p in outline.requests))


#: The call settled what to do: the person taken to hospital or on the way (救急車を呼び, 搬送されました, 119番, 入院となり),
#: or the physician's word already given (ご指示をいただきました, 往診していただける, 受診することになりました); not 入院はしたく
#: ない, 救急車を呼ぶかどうか, 昨年も肺炎で入院 (the session 44 review).
_CALL_SETTLED = _regex.lazy(
    r"救急車(?:を呼|で|が来|が到着|に乗)|救急搬送(?:され|し|と)|搬送(?:され|しま|とな)|119番?(?:通報|に電話|へ電話)|入院(?:となり|されました|しました|になりました|中です)"
    r"|病院に向か|病院へ向か|受診(?:しました|されました|済み|中です)"
    r"|(?:ご)?指示を(?:いただ|頂|受け)|指示が(?:あり|出)|往診(?:していただ|に来|いただけ)|受診(?:する|の)?ことに(?:なり|しま)|受診予定")


def _filled(base: Suggestion, template: str, **values: str) -> Suggestion:
    example = fill(template, **values)
    return replace(base, example=example) if "{" not in example and "}" not in example else base


def _topic(doc: Document, found: list[Candidate]) -> str:
    """:func:`_topic_words` as a noun phrase (水分がほとんどとれない -> 水分がほとんどとれないこと)."""
    words = _topic_words(doc, found)
    return words + "こと" if _PREDICATE_END.search(words) else words


#: A red flag's or observation's name that ends as a predicate (水分がほとんどとれない, 死にたい).
_PREDICATE_END = _regex.lazy(r"(?:ない|たい|る|た)$")


def _topic_words(doc: Document, found: list[Candidate]) -> str:
    """What the report is about, in its own words: its first red flag (the parts of its name the report
    writes, 黒色便 of 黒色便・吐血・下血), else the first observation a finding asks about (むくみ), else the
    first observation it tells of the patient that is not denied (発熱はありません),
    quoted or only a general change, else 体調."""
    outline = doc.outline
    assert outline is not None
    if outline.urgent:
        first = outline.urgent[0]
        parts = [p for p in re.split(r"[（(]", first.label)[0].split("・") if p]
        # the parts the report writes (黒色便); where it writes none (赤黒い血を…吐いた), the part nearest to the
        # sentence that tells it: the most characters shared (吐血, not 黒色便), among the names of every red flag read at
        # the same words (コーヒーのかすみたいな黒っぽいもの is コーヒー残渣様の嘔吐 more than 黒色便: blind126's physician)
        told = doc.sentences[doc.sentence_at(first.start)].text
        written = "・".join(p for p in parts if p in doc.text)
        if written or not parts:
            return written or first.text
        names = [q for u in outline.urgent if u.start == first.start for q in re.split(r"[（(]", u.label)[0].split("・") if q]
        return max(names, key=lambda p: len(set(p) & set(told)))
    if outline.purpose is not None:  # 石山様の体重減少についてご報告いたします: the matter the purpose names (blind134)
        si = doc.sentence_at(outline.purpose.start)
        named = _told_in(doc, si, purpose=True)
        if named:
            return _the_matter(doc, si, named)
    observations = {o.id: o for o in doc.lexicon.observations}
    # (or a vague word that takes an observation's example, the first told: ちょっと熱っぽいらしい before a cough
    # with no onset is about the fever: blind134's physician)
    by_example = {ex: o for o in doc.lexicon.observations if not o.yields
                  for ex in (o.example, *(example for _, example in o.examples_by)) if ex}
    told_first: list[tuple[int, str] | None] = []  # the first sentence that tells an observation, and its name (made once)

    def first_told() -> tuple[int, str] | None:
        if not told_first:
            told_first.append(next(((si, min(told)[1]) for si in range(len(doc.sentences)) if not is_frame(doc, si)
                                    for told in [_told_in(doc, si)] if told), None))
        return told_first[0]

    for c in sorted(found, key=lambda c: c.start):
        if c.rule.id == _BLANK_STATUS:
            # (not a blank status line: 朝ごはんもいつも通り食べられたそうです after a fever settled is no report about the
            # meal, blind183's physician: "example topic (meal intake) is wrong - it is about fever")
            continue
        if c.entry in observations and c.rule.category.startswith("missing") and not observations[c.entry].yields:
            return _named(observations[c.entry], doc.text[c.start : c.end])
        if c.rule.category in VAGUE_CATEGORIES and c.suggestion.example in by_example and not (
                # (not a guess at an absence, 熱とか腹痛はないみたいです: blind159's physician, "the example says fever")
                _DENIAL_END.search(doc.text, max(0, c.start - 4), c.start)
                # (nor an observation its sentence denies)
                or any(m.item is by_example[c.suggestion.example] for m in doc.observations[c.sentence])
                and not any(m.item is by_example[c.suggestion.example] for m in _told_matches(doc, c.sentence))):
            # (not past an observation told before it with all it needs: 12/8の夜に一回吐かはった。…お寿司をぎょうさん
            # 食べはった is about the vomiting, not the meal: blind147's physician)
            told = first_told()
            if told is not None and told[0] < c.sentence:
                return told[1]
            return _named(by_example[c.suggestion.example], "")
    told = first_told()
    return told[1] if told is not None else _GENERAL_TOPIC


#: A predicate that denies, right before a guess (ないみたい, ありませんようです).
_DENIAL_END = _regex.lazy(r"(?:ない|無い|ません|ず)$")


def _the_matter(doc: Document, si: int, named: list[tuple[int, str]]) -> str:
    """Of the observations a purpose sentence names, the one right before its 〜について / 〜の件 (発熱はありませんが、食欲低下
    についてご相談です; むくみではなく体重減少についてご報告します: the session 43 review), else the first."""
    sent = doc.sentences[si]
    toks = sent.tokens
    for m in _ABOUT.finditer(sent.text):
        at = sent.start + m.start()
        before = [(k, name) for k, name in named if toks[k].start < at]
        if before:
            return max(before)[1]
    return min(named)[1]


#: What names a purpose sentence's matter after it (〜について, 〜の件, 〜に関して).
_ABOUT = _regex.lazy(r"について|につき|の件|に関して|に関する")


def _told_in(doc: Document, si: int, purpose: bool = False) -> list[tuple[int, str]]:
    """The observations sentence ``si`` tells of the patient, not denied, not quoted, not another person's: (token
    index, name in the writer's words).  ``purpose=True`` keeps those a negation cue or a pseudo phrase covers, for a
    purpose sentence, where 体重減少についてご報告します names the matter (a cue reads 〜について as no event, and
    褥瘡についてご報告 is a phrase no finding is raised on: blind136)."""
    toks = doc.sentences[si].tokens
    return [(m.first, _named(m.item, doc.text[toks[m.first].start : toks[m.last - 1].end])) for m in _told_matches(doc, si, purpose)]


def _told_matches(doc: Document, si: int, purpose: bool = False) -> list[Match[Observation]]:
    """The observation matches behind :func:`_told_in`."""
    if not doc.observations[si]:
        return []
    toks = doc.sentences[si].tokens
    negated = set() if purpose else doc.denied(si)  # (made once per sentence: _topic_words asks per vague finding)
    theirs = other_person_scopes(toks, doc.context[si])  # 奥様が38.5℃の発熱で…: another person's state
    return [m for m in doc.observations[si] if id(m) not in negated and not m.item.yields
            and not any(a <= m.first < b for a, b in theirs)
            and (purpose or not overlaps_any(toks[m.first].start, toks[m.first].end, doc.blocked[si]))]


def _named(obs: Observation, written: str) -> str:
    """The observation's name in the writer's words where a part of its label was written (ふらつき of
    ふらつき・めまい), else its label's first part (転倒 for 尻もちをつかれ: not a verb's stem)."""
    name = obs.named(written)
    parts = [p for p in re.split(r"[・（）()]", obs.label) if p]
    return name if name in parts or not parts else parts[0]


def _patient(doc: Document) -> str:
    """The first person named with 様 or さん outside the addressee line (成田ハル様, 佐藤 ナミさん, 川越 マツさん):
    in a care manager's report, the patient. A run of nouns with a proper noun in it, up to three tokens
    (not お嫁さん or 奥様: no proper noun). "" when there is none.  A name in a sentence of thanks comes last where another sentence
    introduces someone (先日は宮坂さんの件でありがとうございました。今日は両角ツルさんのことで: a past matter, blind270's packet)."""
    # (only where another sentence introduces the person the report is about, 今日は両角ツルさんのことで: a thanks may name
    # the patient, 先日は鈴木トメさんの往診をありがとうございました, the session 65 review)
    thanks = [si for si, sent in enumerate(doc.sentences) if _THANKS.search(sent.text)]
    if not any(_INTRODUCED.search(sent.text) for si, sent in enumerate(doc.sentences) if si not in thanks):
        thanks = []
    order = [si for si in range(len(doc.sentences)) if si not in thanks] + thanks
    for si in order:
        sent = doc.sentences[si]
        addressee = is_addressee(doc, si)  # (利用者：成田ハル様 ends in 様 as an addressee line does: its label tells)
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.norm not in _HONORIFICS or k == 0:
                continue
            j = k
            # (not a place before the name: 宇都宮市 佐藤 キヨ様 is 佐藤 キヨ: blind116's packet)
            # (a surname UniDic reads as a place, 長野様, is still a name)
            while j > 0 and k - j < 3 and toks[j - 1].pos1 == "名詞" and toks[j - 1].surface not in _PLACE_SUFFIXES and (
                    j == k or toks[j - 1].end == toks[j].start or doc.text[toks[j - 1].end : toks[j].start].isspace()):
                j -= 1
            if j < k and any(x.pos2 == "固有名詞" for x in toks[j:k]) and _introduces_the_patient(toks, j) and (
                    not addressee or _labelled(toks, j)):
                # (a surname's first character UniDic reads as a prefix stays on it: 多|久和 イネ様, blind186's packet)
                if j > 0 and toks[j - 1].pos1 == "接頭辞" and toks[j].pos2 == "固有名詞" and toks[j - 1].end == toks[j].start \
                        and toks[j - 1].norm not in _HONORIFIC_PREFIXES and _introduces_the_patient(toks, j - 1):
                    j -= 1
                return doc.text[toks[j].start : toks[k - 1].end]
    return ""


#: A sentence of thanks (先日は…の件でありがとうございました, お礼申し上げます).
_THANKS = _regex.lazy(r"ありがと|有難う|有り難う|お礼|御礼")
#: A person introduced as what a message is about (両角ツルさんのことで, 山田様の件で, 佐藤さんについて).
_INTRODUCED = _regex.lazy(r"(?:さん|様|さま)(?:の(?:こと|事|件)|について)")
#: The prefixes of respect (ご主人, お嫁さん), never a name's first character.
_HONORIFIC_PREFIXES = frozenset(("御", "お", "ご", "ゴ", "オ"))
#: The words that end a place's name (宇都宮市, 那須町, 北区), never part of a person's.
_PLACE_SUFFIXES = frozenset(("市", "町", "村", "区", "郡", "県", "都", "府", "道"))
#: Labels a form puts before the patient's name (利用者：成田ハル様).
_PATIENT_LABELS = frozenset(("利用者", "利用者名", "氏名", "患者", "患者名", "対象者", "本人", "お名前", "名前"))


def _introduces_the_patient(toks, j: int) -> bool:
    """The name at token ``j`` is not someone's helper or relative (ヘルパーの鈴木さん, 長女の花子さん) nor another
    label's (担当：田中さん): after の only a place or a patient's label may stand (○○町の, 利用者の), after a colon only a
    patient's label."""
    if j == 0:
        return True
    before = toks[j - 1]
    if before.norm == "の":  # (or the patient's label: 利用者の庄司ヨシエ様ですが: blind89)
        return j >= 2 and ((toks[j - 2].pos2 == "固有名詞" and toks[j - 2].pos3 == "地名") or toks[j - 2].surface in _PLACE_SUFFIXES
                           or _label_before(toks, j - 1))
    if before.norm in ("：", ":"):
        return _labelled(toks, j)
    return True


def _labelled(toks, j: int) -> bool:
    """A patient's label and a colon stand before token ``j`` (利用者：, which UniDic reads 利用|者)."""
    return j >= 2 and toks[j - 1].norm in ("：", ":") and _label_before(toks, j - 1)


def _label_before(toks, k: int) -> bool:
    """A patient's label ends right before token ``k``, in one to three tokens (利用者, which UniDic reads 利用|者)."""
    return any("".join(t.surface for t in toks[max(0, k - n) : k]) in _PATIENT_LABELS for n in (1, 2, 3))
