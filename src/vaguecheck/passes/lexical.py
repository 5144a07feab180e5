"""The lexical pass: vague words from the lexicon's ``[[entries]]`` become findings."""

from __future__ import annotations

from dataclasses import replace

from .. import _regex
from ..context import (
    NOT_WORSE,
    NOT_WORSE_EXEMPT,
    PRESSURE_WORD,
    QUESTION_CUES,
    arranged,
    cancelled,
    contrast_particle,
    denied,
    hearsay_scope,
    improving,
    inflected_end,
    is_event,
    names_another_person,
    predicate_break,
    relays,
    steady_marks,
    told_steady,
    tones_down_an_act,
)
from ..document import SEVERITY_RANK, WORDS_IN_A_SIGN, Candidate, Document, fill, overlaps_any
from ..elements import nearest_location
from ..figures import after_the_summary, lead, told
from ..figures import values as values_of
from ..lexicon import Entry
from ..matcher import any_matches
from ..model import Sentence, Token, token_starting_at

#: A day named in a time element (12月1日10時, 11/30 14時, 昨日の22時; not 明け方).
_A_DAY = _regex.lazy(r"\d\s*[日月]|[0-9]\s*[/／]\s*[0-9]|昨|今|本日|明日|翌|前日|当日|同日|週|曜")
#: A recent window a clause tells its events in (最近, この頃, ここ1週間, 今月, 先週から, この前も).
_RECENT_WINDOW = _regex.lazy(r"最近|この頃|このごろ|この所|このところ|ここんとこ|ここ[0-9０-９一二三四五六七八九十数]+|今月|今週|先週から"
                            r"|この[0-9０-９一二三四五六七八九十数]+(?:日|週|か月|ヶ月|カ月)|この前も|このまえも|先週も")
#: A time further back, or a contrast, after which a recent window no longer holds (最近は落ち着いていますが、以前肺炎で…).
_PAST_ANCHOR = _regex.lazy(r"以前|前に|昔|去年|昨年|一昨年|過去|若い(?:頃|ころ)|[0-9０-９一二三四五六七八九十数]+年(?:ほど|くらい|ぐらい)?前"
                          r"|入院中|先月|(?:が|けど|けれど|ので)[、,]")


def _past_in_a_recent_window(before: Token | None, said: str) -> bool:
    """A past tense right before a match (〜た|ことがある) told in a recent window (``said``: the sentence before the match):
    the present's recurrence, not history, so an entry's ``not_after`` that the past tense meets does not hold (ここ1週間で
    転んだことがあります, 最近、トイレに間に合わなかったことがありました: the session 57 review; 去年…入院したことがあった stays
    history)."""
    if before is None or before.lemma != "た" or before.pos1 != "助動詞":
        return False
    cut = max((m.end() for m in _PAST_ANCHOR.finditer(said)), default=0)
    return _RECENT_WINDOW.search(said, cut) is not None


#: Vague words for a moment of today, which a clock time does settle (先ほど13時05分に).
_A_MOMENT_AGO = frozenset(("先程", "先ほど", "さっき", "先刻"))


def _dated_course(elements) -> bool:
    """Two dated days and two readings in one unit (6/8 45.2kg → 6/12 47.6kg): a course, told with its dates; not
    dates of other events beside one reading (6/8に受診し、6/12に採血予定で、体重は45kgです)."""
    days = sum(el.kind == "time" and el.value.get("day") is not None for el in elements)
    return days >= 2 and _series(elements)


#: Kinds of element that a following sentence may supply for a summary; a date there usually
#: dates another event (先日転倒されました。11月20日に受診されています。), so time is not one of them,
#: unless it dates the figures the sentence gives (6/8 45.2kg → 6/12 47.6kg).
_FOLLOWING_KINDS = frozenset(("quantity", "frequency"))
#: How far (in characters) an element may stand from a vague word and still quantify it:
#: たまに（月2回程度）, かなり減り、1日1,500mlから900mlになった.
_RESOLVE_BEFORE = 12
_RESOLVE_AFTER = 24


def run(doc: Document, found_before: list[Candidate]) -> list[Candidate]:
    """Entry matches that survive the do-not-flag checks, one finding per stretch of text.

    Skipped: a ``not_before``/``not_after`` neighbour, hearsay with a source (for the
    categories its item suppresses), 「quotations」 and pseudo phrases, and a vague word
    that an element right beside it quantifies (たまに（月2回程度）).
    """
    lexicon = doc.lexicon
    out: list[Candidate] = []
    # a source named in one of the two sentences before carries to this one's hearsay
    # (…と奥さんから聞きました。…。血圧は朝145/90だったそうです。): blind8 physician rating
    sourced = [any(_CARRIED & set(h.item.suppresses) for h in doc.context[si] if h.item.kind == "hearsay")
               for si in range(len(doc.sentences))]
    for si, sent in enumerate(doc.sentences):
        if not doc.entries[si] or si in doc.frames:
            continue  # nothing to flag here (or the letter's frame); what follows only looks at this sentence's matches
        toks = sent.tokens
        # a stretch about the service, the paperwork or the family's plans, with nothing of the person's health in it
        # (デイの送迎の時間も少し変わりました, お葬式のことも家族で話し始めているみたいです): its vague words do not make the
        # physician guess (blind94's physician: "irrelevant to medical decisions")
        asides = _asides(doc, si)
        heading = _heading(sent)  # 【最近の状態】食事は…: the section's name, read once for the sentence's matches
        blocked = doc.blocked[si]
        # (a relative named with が who passes on what they saw, 娘さんが最近物忘れが増えたと話しています, is the source, not
        # the one whose state it is: what they tell is the patient's, read as the missing pass reads it, batch 133; their
        # guess stays theirs, ご家族が薬の影響ではないかと心配されています)
        # (only where what they pass on names an observation of the patient: 娘さんが最近仕事が忙しいと話していました is
        # the daughter's own news, the session 48 review)
        hearsay = [(a, b, set(h.item.suppresses) & {"inference"}
                    if names_another_person(h) and relays(toks, h, b) and any(a <= o.first < b for o in doc.observations[si])
                    else set(h.item.suppresses))
                   for h in doc.context[si] if h.item.kind == "hearsay" for a, b in [hearsay_scope(toks, h)]]
        found: list[Candidate] = []
        # conclusion first, then the figures (血圧は高めです。朝の平均は158/90mmHgでした。): the next
        # sentence on the same line settles a vague amount or count when it has no vague word of its
        # own; a line break starts another item of the report (and a file is checked in pieces cut there)
        following = set()
        # (a vague count there, in a sentence that names no observation of its own, is no vague amount: 血圧が高めです。デイで
        # 測ると160〜170台のことが多いです gives the figures, blind138's physician: "systolic values are already given in the next
        # sentence"; not 食欲が少し落ちています。最近、体重が2kg減りました, the weight's: the session 44 review)
        if doc.same_line(si) and (not doc.entries[si + 1] or (
                all(doc.lexicon.rules[m.item.rule].category == "vague-frequency" for m in doc.entries[si + 1])
                and not doc.observations[si + 1] and not doc.topic_words[si + 1])):
            following = {kind for kind, _, _ in values_of(doc, si + 1, topic=sent.text)} & _FOLLOWING_KINDS
        elif _readings_below(doc, si) or _course_below(doc, si):
            # 朝の血圧が高めです。／12/1 162/94、12/2 158/90でした。: the next line's readings of the blood pressure this
            # sentence names (blind123's physician: "exact mmHg readings with dates follow on the next line"), or the
            # course of what it tells in figures (床ずれがだいぶ良くなってきているそうです。／11月初めは2cmくらいあったのが、今は
            # 1cm弱に: blind141's physician, "numbers already written next line")
            following = {"quantity"}
        if following:
            if _dated_course(doc.elements[si + 1]):
                # ここ数日、体重が増えています。6/8 45.2kg → 6/12 47.6kg: figures on two dates are the summary's
                # course (not one reading of today's: 最近、夜に座ったまま寝ているそうです。今朝SpO2 87%でした)
                following.add("time")
        if si > 0 and doc.same_line(si - 1) and not doc.observations[si] and not doc.entries[si - 1] \
                and _series(doc.elements[si - 1]) and not doc.topic_words[si] and not any(t.pos2 == "普通名詞" for t in toks):
            # ・体重：11月 44.0kg → 12月 44.6kg → 1月 45.1kg。少しずつ戻ってきてます。: a series of figures, then the
            # words that sum them up on the same line, naming nothing else (blind103's good report); not 体温36.8℃。少し
            # 咳があります, nor 体重45.0kg。食事は少なめです (a thing of its own: the session 31 review)
            following.add("quantity")
        values = values_of(doc, si)
        # a clock time of day with no day of its own dates no onset (最近、…昼食後から15時頃まで眠って: batch 99) nor a day
        # (この前、10時頃に転倒): it settles no vague time word but a moment of today (先ほど13時05分に: the session 39 review)
        # (in a sentence that names a day anywhere, its clock times are that day's: 11/29は10時から15時まで)
        times = [el for el in doc.elements[si] if el.kind == "time"]
        undating = set() if any(_A_DAY.search(doc.text, el.start, el.end) for el in times) else {
            (el.start, el.end) for el in times if el.value.get("unit") in ("時", "分")}
        # a state word that a negation covers is a pertinent negative (食欲不振は見られません, 意欲低下なし)
        labels = [m for m in doc.entries[si] if lexicon.rules[m.item.rule].category in _NEGATABLE]
        denials = denied(toks, doc.context[si], doc.elements[si], labels, _NOT_DENIALS) if labels else set()
        # (a change guessed at, 重くなっておられるかと存じます / 強くなってるんじゃないかな, is no denial of it: neither
        # the question cue nor a negation that a question か follows counts)
        events = [m for m in doc.entries[si] if m.item.id in _NEGATABLE_ENTRIES]
        if events:
            asserted = [n for n in doc.context[si] if not (n.last < len(toks) and toks[n.last].norm == "か")]
            denials |= denied(toks, asserted, doc.elements[si], events, _NOT_DENIALS | QUESTION_CUES)
        if any(m.item.id in _WORSENING_ENTRIES for m in doc.entries[si]) and not any(
                o.item.id in NOT_WORSE_EXEMPT for o in doc.observations[si]):
            # (the word is inside the cue: ひどく|なっ|て|い|ませ|ん)
            spans = [(n.first, n.last) for n in doc.context[si] if n.item.id == NOT_WORSE
                     and not cancelled(n.item.not_before, toks, n.last)]
            denials |= {id(m) for m in doc.entries[si] if m.item.id in _WORSENING_ENTRIES and any(a <= m.first < b for a, b in spans)}
        denials |= _of_a_denied_noun(lexicon, toks, doc.context[si], doc.elements[si], doc.entries[si])
        denials |= _dating_a_denied_event(lexicon, toks, doc.context[si], doc.entries[si], doc.observations[si])
        for m in doc.entries[si]:
            if id(m) in denials:
                continue
            entry: Entry = m.item
            rule = lexicon.rules[entry.rule]
            if asides and rule.category in _ASIDE_CATEGORIES and any(a <= m.first and m.last <= b for a, b in asides):
                continue
            # how the carers do something, in a clause that ends in the arrangement (水分は時々声をかけて飲んでもらうように
            # しています, ご飯ちょっこし柔らかめに作ってもろとる): a care practice, not the person's state (issue #9)
            if rule.category in _HOW_DONE and arranged(toks, m.last, doc.health(si)):
                continue
            if rule.category == "vague-quantity" and tones_down_an_act(toks, m.last):
                continue  # ちょっとお時間ください, 少々ご報告申し上げます: the writer's politeness (issue #9)
            if entry.not_before and any_matches(entry.not_before, toks[m.last] if m.last < len(toks) else None):
                continue
            before = toks[m.first - 1] if m.first > 0 else None
            if entry.not_after and any_matches(entry.not_after, before) and not _past_in_a_recent_window(
                    before, sent.text[: toks[m.first].start - sent.start]):
                continue
            if entry.not_first and any_matches(entry.not_first, toks[m.first]):
                continue
            if _put_as_a_condition(toks, m.last):
                continue  # 話す機会が増えれば、…: a condition put, not a state told (blind210's physician: "the writer's hope")
            first, stop = _vague_part(m, rule.category, doc.observations[si], doc.entries[si], toks)
            while stop - 1 > first and toks[stop - 1].tag.startswith(("補助記号-句点", "補助記号-読点")):
                stop -= 1  # a pattern may end on the sentence's 。 (眠れていない様子。): the finding is the words
            if stop - 2 > first and toks[stop - 1].pos1 == "助詞" and toks[stop - 1].norm in _QUOTATIVE_END \
                    and toks[stop - 2].pos1 in ("動詞", "形容詞", "助動詞"):
                stop -= 1  # (or on the quotative that tells it was said, いつもと違う|と言われた: the words said)
            start, end = toks[first].start, toks[inflected_end(toks, stop)].end
            if heading is not None and heading[0] <= start and end <= heading[1]:
                continue  # 【最近の状態】食事は1日2〜3割…: the name of the section, not a claim (blind96's physician)
            if overlaps_any(start, end, blocked) or any(
                (rule.category in what or rule.id in what or entry.id in what) and a < m.last and m.first < b for a, b, what in hearsay
            ):
                continue
            # (or a clinician's words anywhere in its own sentence: 眼科では…軽度との説明があったそうです, the clinic told
            # it: batch 69; or a source named later in it: 下痢が続いとるそうで、ヘルパーさんによると今日だけで6回くらい,
            # blind137's physician, "the same sentence names the helper as the source")
            if rule.id in _CARRIED and (any(sourced[max(0, si - _CARRY) : si]) or any(
                    h.item.id in _NAMES_A_SOURCE for h in doc.context[si]) or any(
                    h.item.id == "clinician-words" for h in doc.context[si])):
                continue
            resolved_by = entry.resolved_by if entry.resolved_by is not None else rule.resolved_by
            if following & set(resolved_by):
                continue
            if "occasion" in resolved_by and _one_dated_occasion(doc, si, m, toks):
                continue  # 10月20日に…壁に手をついた場面がありました: one occasion, dated (blind74's physician)
            if "before" in resolved_by and _dated_before(doc, si):
                continue  # 去年の夏に39kgまで落ちました。あれ以来、吐いたりは…: since the time the sentence before gives
            if "steady" in resolved_by and _told_steady(toks, m, doc.observations[si]):
                continue  # 以前から変わりません, 以前からで、回数は変わっていません: as before, no onset asked
            if rule.id == _BLANK_STATUS and _sums_up(doc, si, values):
                continue
            if _told_below(doc, si, rule, resolved_by):
                continue  # 【ご相談】夜間の不穏が増えており…／・1/25頃から、夜22時〜2時に…週5日程度: the conclusion first
            if rule.category in WORDS_IN_A_SIGN and doc.explained_sign(si, max(0, m.first - 1), m.last):
                # 鉄剤が始まってから、便が黒っぽくなってる: the report explains the sign (blind105's physician); a suffix (っぽく)
                # counts with the word it follows
                continue
            if rule.category in _GLOSSABLE and _GLOSS.match(sent.text, end - sent.start):
                continue  # 多量（オムツからあふれる程度）: the writer says in brackets how much
            if entry.id in _SUMMARIES and (colon := _SUMMED_UP.match(sent.text, end - sent.start)) and sum(
                    kind != "time" and el_start >= sent.start + colon.end() for kind, el_start, _ in values) >= _FIGURES_AFTER:
                # ADLが低下しています：屋内歩行は10月まで独歩→11/1から歩行器使用、…週4〜5回（9月は週1回）: the summary first,
                # its figures after its colon (blind156's good report; issue #9's conclusion first, in one sentence); only a
                # decline's, told by counts or amounts (not 元気がない：12/5 10時に訪問, nor 顔色不良：BP 128/76…, whose
                # figures are of something else: the session 49 review)
                continue
            # the same order inside one sentence: the summary's clause, then its figures in a later
            # clause with no vague word between (高めの日が続いており、…毎朝160mmHgを超えていました;
            # 何度も起きておられ、…22時、0時半、2時、4時の4回でした): blind batch 9's quantified words
            if any(
                kind in _FOLLOWING_KINDS and kind in resolved_by and el_start >= end
                and _clause_between(toks, end, el_start)
                # a vague word in a clause between has its own figures (its own phrase: 高めの日が続いており is one)
                and not any(o is not m and end <= toks[o.first].start < el_start
                            and _clause_between(toks, end, toks[o.first].start) for o in doc.entries[si])
                # (nor a time word across a contrast, 食欲は以前に比べて落ちていますが、お寿司は1人前を: batch 111; an amount
                # across one is still its figure's, 痛みは少し楽になったけど、まだNRSで5; nor past the name of another thing
                # the figure is of, 食事はあまり進まず、体温は37.5℃)
                and not (rule.category == "vague-time" and _contrast_between(toks, end, el_start))
                and not _another_named(doc, si, m, end, el_start)
                for kind, el_start, _ in values
            ):
                continue
            # 歩く距離が短くなりました / 皮膚が赤くなっています: an observation over the same words asks its own
            # question (the missing pass), so a vague amount or count inside it is not asked twice
            kind = _KIND_OF.get(rule.category)
            if kind and any(
                o.first <= m.first and m.last <= o.last and (kind in o.item.needs or kind in o.item.until_measured)
                for o in doc.observations[si]
            ):
                continue
            if any(
                kind in resolved_by and el_start < end + _RESOLVE_AFTER and el_end > start - _RESOLVE_BEFORE
                # the phrase's own numeral is not its figure (一度ならず: GiNZA reads 一度 as a count)
                and not (start <= el_start and el_end <= end)
                # 先日の受診後から: the vague word dates the element itself, so it does not settle it
                # (高めの156/92 is the value itself)
                and not (kind == "time" and sent.text[end - sent.start : el_start - sent.start] == "の")
                # 最近は翌日まで疲れが残る: a day told from an unnamed event (翌日, 前日) dates no onset
                and not (kind == "time" and sent.text[el_start - sent.start : el_end - sent.start] in _FROM_AN_EVENT)
                # ここ数日、ふらつきが見られ、昨日の夕方に転倒: a date in another clause dates another event; a
                # figure across a contrast measures another thing or another time (体温36.8℃でしたが、…食事量が少し
                # 減って; 12/1の計測で2cm×2cmでしたが、本日はやや広がって: batch 27)
                and not (kind == "time" and _clause_between(toks, min(end, el_end), max(start, el_start)))
                and not (kind == "time" and rule.category == "vague-time" and (el_start, el_end) in undating
                         and toks[m.first].lemma not in _A_MOMENT_AGO)
                # 本日伺ったところここ数日…: a date before a scene-setting act dates the act (the visit), not the vague
                # time after it (batch 64)
                # (a state word there is the scene's: 前日21時に話した時は普段どおりだった; the scene's time is the
                # state's in 話した時は相変わらず, and an onset in 退院した時から: _SCENE leaves both)
                and not (kind == "time" and rule.category == "vague-time" and el_end <= start
                         and _verb_between(toks, sent.text, sent.start, el_end, start))
                and not _contrast_between(toks, min(end, el_end), max(start, el_start))
                # (咳がかなり出ていて、血圧は150/90でした: a figure after the name of another thing is that thing's)
                and not (el_start >= end and _another_named(doc, si, m, end, el_start))
                # (nor a figure across a predicate's comma in units the word's observation is not measured in: 本日は100/60で、
                # 立ち上がりの際に少しふらつき; 昼食を半分ほど残され、水分もあまり進んでいない: batch 120)
                and not _foreign_figure(doc, si, m, toks, (start, end), (el_start, el_end))
                for kind, el_start, el_end in values
            ):
                continue
            # a vague size, time or frequency asks in the units of what it qualifies (血圧がちょっと高め: mmHg),
            # and is settled by another sentence of the report that names the same observation with its
            # figure (腰の痛みが強くなっています。\n痛みはNRSで3から9になりました。): blind12-13 physician ratings;
            # the blind21 rater called a third of the unhelpful findings "given elsewhere in the report", so
            # any sentence counts, before or after.  Found here, after the cheaper checks above.
            topic = doc.topic(si, m.first, m.last) if rule.category in _TOPICAL else None
            if topic and resolved_by:
                paragraphs, figures = told(doc)
                here = paragraphs[si]
                if any(j != si and p == here and kinds & set(resolved_by) for j, p, kinds in figures.get(topic.label, ())):
                    continue
            text = sent.text[start - sent.start : end - sent.start]
            topic = doc.topic(si, m.first, m.last, asking=True) if topic else None
            if entry.about:
                # トイレが近い names its own observation (頻尿): its questions, not 膝も痛い's (blind145's physician)
                topic = doc.lexicon.observation(entry.about) or topic
            # with no observation to lean on, a rule's example would rewrite some other symptom (a
            # physician reviewer found 「ようです」 answered with missed pills): keep its questions only
            fallback = entry.suggestion or (rule.suggestion if topic else replace(rule.suggestion, example=""))
            found.append(Candidate(
                rule=rule, start=start, end=end, sentence=si,
                message=fill(entry.message or rule.message, text=text,
                             units="・".join(topic.units) if topic and topic.units else _UNITS),
                suggestion=topic.suggestion(fallback, site=nearest_location(sent.text, start - sent.start, end - sent.start),
                                            better=improving(toks, m.first, m.last),
                                            near=(sent.text, start - sent.start, end - sent.start))
                if topic else fallback, entry=entry.id,
                # (the event it counts, トイレが間に合わない|ことがあります: the words a physician lacks the count of; the
                # missing pass puts a lexicon observation's own words there instead, 咳き込む|ことがあります)
                observation=_counted_event(toks, m) if entry.id in _EVENT_COUNTS else None,
            ))
        # 元気がないというか: the writer searching for a word after a state word already flagged adds nothing to ask (no blind
        # writer marked such a というか, fifteen sentences; the state word is the finding: the session 45 pool)
        found = [c for c in found if not (c.entry == _SEARCHING and any(
            d is not c and d.rule.category == "subjective" and d.start <= c.start < d.end + 1 for d in found))]
        kept = _one_per_phrase(_without_overlaps(found, sent.text, sent.start, toks), sent)
        untrimmed = {id(c) for c in found}
        for c in kept:
            scoped = _hedge_scope(c, toks)
            # a hedge trimmed beside another finding (最近|なんか) keeps its own words; an untrimmed one covers the
            # predicate it modifies, whatever else is read there (余っているようです beside 余っている)
            out.append(scoped if id(c) in untrimmed or not any(
                k is not c and scoped.start < k.end and k.start < scoped.end for k in kept) else c)
    return out


def _put_as_a_condition(toks: tuple[Token, ...], last: int) -> bool:
    """The match ends on a predicate in its conditional form with ば (増えれ|ば, 少なけれ|ば, 熱っぽけれ|ば) and the sentence
    goes on to a plan, a hope or an instruction (…落ち着くと思います, 点滴を検討します, ご連絡ください): a condition the writer
    puts, never what was seen.  Not a habit (熱っぽければデイを休みます, 食事量が少なければ、夕方にはぐったりされます), nor
    what then happened or goes on (…ことが増えました, …休んでます), nor the pairing も…ば、…も (食事量も少なければ、水分も
    あまりとれていません): all told (the session 59 reviews); nor たら, which also tells what happened."""
    if not (0 < last < len(toks) and toks[last].norm == "ば" and toks[last - 1].cform.startswith("仮定形")):
        return False
    rest = toks[last + 1 :]
    if any((t.lemma == "た" and t.pos1 == "助動詞") or t.lemma in ("居る", "おる", "いる", "てる") for t in rest):
        return False  # told in the past, or as going on (〜ています, 〜てます)
    if any(t.norm == "も" for t in toks[max(0, last - 4) : last]) and any(t.norm == "も" for t in rest):
        return False
    return any(t.lemma in _PLANNED for t in rest)


#: What makes a sentence a plan, a hope or an instruction: 思う, 検討, ください, お願い, 予定, 〜たい, ほしい, 助かる, 幸い, 考える.
_PLANNED = frozenset(("思う", "検討", "下さる", "願う", "願い", "予定", "たい", "欲しい", "助かる", "幸い", "考える", "存ずる"))


#: The entries that count an event told before them (〜ことがある, 〜ことが多い, 転倒が増えた): their finding names the event
#: (``Candidate.observation``) as the thing whose count is missing (batches 137-140: the blind writers marked 間に合わない of
#: トイレが間に合わないことがあります, 物をなくす of 物をなくすことが増えた, as lacking how often).
_EVENT_COUNTS = frozenset(("koto-ga-aru", "koto-ga-ooi", "mama-aru", "event-ooi"))
#: What an event's words may be made of, back from its こと: a verb and its endings, an adjective, a suffix, an adverb of
#: manner (ぐったり|さ|れる), and a noun with the particle that makes it the verb's object or place (物|を|なくす).
_EVENT_POS = frozenset(("動詞", "助動詞", "形容詞", "接尾辞", "形状詞"))
_EVENT_OBJECT = frozenset(("を", "に", "で"))
#: How many tokens an event's words may take.
_EVENT_REACH = 8


def _counted_event(toks: tuple[Token, ...], m) -> tuple[int, int] | None:
    """The offsets of the event a frequency word counts (``_EVENT_COUNTS``): the predicate before 〜こと (トイレが|間に合わない|
    ことがあります, 物をなくす|ことが増えた, 胃のむかつきを訴える|ことが増え), or the noun before が of 転倒が多い; None when
    nothing there is an event (a clause break, or no verb or adjective)."""
    if toks[m.first].lemma not in ("事", "こと"):
        # 食べこぼし|が|増えました: the event is the noun (or the verb made a noun) the match begins with
        k = next((k for k in range(m.first, m.last) if toks[k].norm in _SUBJECT_PARTICLES), None)
        return (toks[m.first].start, toks[k - 1].end) if k is not None and k > m.first else None
    j = m.first
    while j > 0 and m.first - j < _EVENT_REACH:
        t = toks[j - 1]
        verb_after = j < m.first and toks[j].pos1 in ("動詞", "助動詞")
        if t.pos1 in _EVENT_POS or t.pos1 == "副詞" and verb_after:
            j -= 1
        elif verb_after and t.pos1 == "助詞" and t.norm in ("て", "で"):
            j -= 1  # ぼーっと|し|て|いる, 転ん|で|しまう: a verb and its auxiliary verb
        elif verb_after and t.tag.startswith("名詞-普通名詞-サ変") and toks[j].lemma == "為る":
            j -= 1  # 拒否|さ|れる: a verbal noun and its する
        elif t.norm in _EVENT_OBJECT and t.pos1 == "助詞" and j >= 2 and _object_noun(toks[j - 2]) and verb_after \
                and toks[j].pos1 == "動詞":
            j -= 2  # 物|を|なくす
            while j > 0 and _object_noun(toks[j - 1]) and m.first - j < _EVENT_REACH:
                j -= 1  # デイ|サービス|を|休まれる
        else:
            break
    if j == m.first or not any(toks[k].pos1 in ("動詞", "形容詞", "形状詞") for k in range(j, m.first)):
        return None
    return toks[j].start, toks[m.first - 1].end


def _object_noun(t: Token) -> bool:
    """A noun an event's verb takes (物 of 物をなくす, サービス of デイサービスを休む); not a time (以降に, 夕方に)."""
    return t.pos1 in ("名詞", "接尾辞") and not t.tag.startswith("名詞-普通名詞-副詞可能") and t.pos2 != "数詞"


#: The hedge of a writer searching for a word after a state word (暗いというか, 覇気がないというか).
_SEARCHING = "to-iu-ka"


#: The particles that make the noun before them the subject or topic of what follows (痛みが強い).
_SUBJECT_PARTICLES = frozenset(("が", "は", "も"))


def _vague_part(m, category: str, observations, entries, toks: tuple[Token, ...]) -> tuple[int, int]:
    """The tokens (first, last + 1) of the finding for match ``m``: for a vague amount or count told by
    an adjective of a subject already read, the adjective alone, so the subject keeps its own finding
    (the observation its missing-* question, a label its own): an observation with が/は/も before it
    (傾眠が強い, 息切れが以前より強い), another vague word (帰宅願望強く), or an observation right after
    it (小さいあざ). Otherwise the whole match (むせ多い, 転倒増加: the observation is part of the phrase)."""
    whole = (m.first, m.last)
    if category not in _KIND_OF or m.last - m.first < 2:
        return whole
    last = m.last - 1
    if toks[last].pos1 == "形容詞" and (
        any(o.first == m.first and o.last < last and toks[o.last].norm in _SUBJECT_PARTICLES for o in observations)
        or any(o is not m and o.first <= m.first < o.last <= last for o in entries)
    ):
        return last, m.last
    if toks[m.first].pos1 in ("形容詞", "連体詞") and any(o.first == m.first + 1 and o.last >= m.last for o in observations):
        return m.first, m.first + 1
    return whole


#: Rules a source named shortly before, or named later in the hearsay's own sentence (_NAMES_A_SOURCE), silences (VC205:
#: hearsay with no source), and how many sentences back that source reaches.  Only the question "who said it?" carries: the source's
#: own guesses (VC202 ようです) stay the sentence's own.
_CARRIED = frozenset(("VC205",))
_CARRY = 2
#: The hearsay cues that name whom it came from (ヘルパーさんによると, 娘さんの話では, 看護師から聞いた, （長女より）): one later
#: in the hearsay's sentence answers "who said it?" too; not とのこと / と聞きました / と話され, which name nobody, nor a person
#: named anywhere (どっかで転んだっちゅうけんど、本人は覚えちゃいん: the subject of another clause; the session 44 review).
_NAMES_A_SOURCE = frozenset(("source-hanashi", "source-yoru", "kara-kiku", "source-note", "witness-saw", "source-after"))
#: Categories whose words a negation after them denies (食欲不振は見られません).  Not vague amounts or
#: counts, whose negation is part of what they say (あまり食べていない: not much).
_NEGATABLE = frozenset(("subjective",))
#: Entries of other categories whose event a negation denies (意識がおかしくなったこともありません, 〜こともありません:
#: blind69 physician rating).
_NEGATABLE_ENTRIES = frozenset(("change-adjective", "koto-ga-aru", "event-ooi"))
#: Entries whose word only the negation of a worsening denies (しびれはひどくなっていません: the context cue not-worse), not
#: any negation near it (咳がひどくない is still a degree untold; たまにひどく咳き込むんだなし ends in Fukushima's なし).
_WORSENING_ENTRIES = frozenset(("hidoku",))
#: Negation items that mark a thing or a plan, not a denial: 落ち込んでいると心配 still reports the state.
_NOT_DENIALS = frozenset(("not-an-event", "not-an-event-thing"))
#: The blank-status rule (特変なし, 問題なく, いつも通り): settled when it sums up figures (_sums_up).
_BLANK_STATUS = "VC103"


#: Categories whose word, put before a noun with の, dates or sizes that noun (最近の悪化).
_ATTRIBUTIVE = frozenset(("vague-time",))


def _of_a_denied_noun(lexicon, toks, context, elements, entries) -> set[int]:
    """ids of the vague-time matches that date a noun phrase a negation denies right after it (最近の悪化や左右差は
    ありません: nothing happened, so there is nothing to date; blind71): の, then nouns joined by の, や, と or 、, then
    は, も or が at most, then the negation. 先日の通院後から元気がなく dates the visit, which 元気がなく does not deny."""
    dating = [m for m in entries if lexicon.rules[m.item.rule].category in _ATTRIBUTIVE
              and m.last < len(toks) and toks[m.last].norm == "の"]
    if not dating:
        return set()
    negations = {n.first for n in context if n.item.kind == "negation" and n.item.id not in _NOT_DENIALS}
    out = set()
    for m in dating:
        k = m.last + 1
        while k < len(toks) and (toks[k].pos1 in ("名詞", "接尾辞", "接頭辞") or toks[k].norm in ("の", "や", "と", "、", "・")):
            k += 1
        if k < len(toks) and toks[k].norm in ("は", "も", "が"):
            k += 1
        # (not a state word that the negation makes: 最近の食欲がありません, この頃の元気がない: that is the symptom)
        if k > m.last + 1 and k in negations and not any(m.last < e.first <= k and e is not m for e in entries):
            out.add(id(m))
    return out


#: Negation cues that deny a whole event told before them, whatever it is (転んだとは聞いていない); 〜とかはなく and 〜こともない
#: (only of a sign) are read by :func:`_dating_a_denied_event` itself.
_EVENT_DENIALS = frozenset(("not-heard-of",))
#: What may stand right after a time word before the event it dates (最近は, ここ最近で, 最近、).
_TIME_PARTICLES = frozenset(("は", "で", "に", "も", "、", ","))
#: The marks that end the clause a time word dates (a conjunctive particle ends it too, て included: 痛みが強くて眠れることも
#: ない).
_CLAUSE_ENDS = frozenset(("、", ",", "。"))


def _dating_a_denied_event(lexicon, toks, context, entries, observations) -> set[int]:
    """ids of the vague-time matches that date an event its clause denies as a whole (最近はむせることもなかごたるです,
    ここ最近で強くなったとかはなく: blind249's and blind252's physicians, "'recently' is in a negation"): the time word,
    a particle or a comma at most, one clause with no conjunctive particle, then the denial: 〜とかはない, 〜とは聞いていない,
    or 〜こともない of a sign (むせる, 転ぶ), not of a normal activity, whose absence is the symptom to date (最近は外に出る
    こともありません: the session 63 review).  Not when the sentence goes on past the denial with a contrast (最近、転ぶことは
    ありませんが、夜間に2回尻もちを…) or a vague word other than a hedge (最近、転ぶことはないが、ふらつきが増えた), nor a
    litotes (痛みがないこともありません).  Nor an event's noun denied after は / も (最近、転倒はありません), not a state's
    (最近、食欲はありません: its absence is the symptom to date)."""
    dating = [m for m in entries if lexicon.rules[m.item.rule].category in _ATTRIBUTIVE]
    if not dating:
        return set()
    signs = {k for o in observations for k in range(o.first, o.last)}
    # (an event's noun denied, 最近、転倒はありません / 最近転倒はない: no fall to date, blind225's and blind266's physicians)
    events = {o.last - 1 for o in observations if is_event(o.item)}

    def whole(n) -> bool:
        if n.item.id in _EVENT_DENIALS:
            return True
        if n.item.id == "nashi":  # 〜とかはなく
            return n.first >= 2 and toks[n.first - 1].norm in ("は", "も") and (
                toks[n.first - 2].norm in ("か", "とか") or n.first - 2 in events)
        # 〜こともない of a sign: the verb before こと is an observation's, not a negation (ないこともない)
        return n.item.id == "koto-mo-nai" and n.first > 0 and (n.first - 1) in signs and toks[n.first - 1].lemma not in ("無い", "ない", "ず")

    denials = [n for n in context if n.item.kind == "negation" and whole(n)]
    out = set()
    for m in dating:
        k = m.last + 1 if m.last < len(toks) and toks[m.last].norm in _TIME_PARTICLES else m.last
        for n in denials:
            if n.first <= k or any(t.norm in _CLAUSE_ENDS or t.pos2 == "接続助詞" for t in toks[k : n.first]):
                continue
            rest = toks[n.last :]
            if any(t.pos2 == "接続助詞" and t.norm in ("が", "けど", "けれど", "けれども", "のに", "ども") for t in rest):
                continue
            # (a hedge after it is about the denial, なかごたる: no other matter)
            if not any(e.first >= n.last and lexicon.rules[e.item.rule].category != "inference" for e in entries if e is not m):
                out.add(id(m))
    return out


#: Words that make a reading a baseline (普段は130/80くらい, 先月の受診時は128/76).
_BASELINE = _regex.lazy(r"普段|いつも|通常|平常|平素|以前|前回|先月|先週|先日|元々|もともと|入院前|退院時")


def _readings_below(doc: Document, si: int) -> bool:
    """Sentence ``si`` names the blood pressure and the next sentence, on the next line of its paragraph, gives blood
    pressures (162/94, or 150の90) with no vague word, observation or topic word of its own: the readings it sums up."""
    j = si + 1
    if j >= len(doc.sentences) or doc.entries[j] or doc.observations[j] or doc.topic_words[j]:
        return False
    if not PRESSURE_WORD.search(doc.sentences[si].text) or told(doc)[0][j] != told(doc)[0][si]:
        return False
    # (only a sentence about the blood pressure alone: 脈が少し速く、血圧も高めです keeps its pulse's 少し; and readings, not a
    # baseline, 普段は130/80くらい, 先月の受診時は128/76: the session 41 review)
    if any(m.item.id != "bp" for m in doc.observations[si]) or any(m.item.observation.id != "bp" for m in doc.topic_words[si]):
        return False
    if _BASELINE.search(doc.sentences[j].text):
        return False
    own = set(values_of(doc, j))
    return any(el.kind == "quantity" and el.value.get("relation") == "pressure" for el in doc.elements[j]) or any(
        v not in own for v in values_of(doc, j, topic=doc.sentences[si].text))


def _course_below(doc: Document, si: int) -> bool:
    """The next line of sentence ``si``'s paragraph tells a course in figures: two different readings in one unit (2cmくらい
    あったのが、今は1cm弱), a unit of what sentence ``si`` names, with no vague word, observation or topic word of its own;
    not a bed's height under a cough, nor two equal doses (朝250ml、夕方250ml: the session 45 review)."""
    j = si + 1
    paragraph = told(doc)[0]
    if j >= len(doc.sentences) or doc.entries[j] or doc.observations[j] or doc.topic_words[j] or paragraph[j] != paragraph[si]:
        return False
    named = {u for m in doc.observations[si] for u in m.item.units} | {u for m in doc.topic_words[si] for u in m.item.observation.units}
    readings: dict[str, set[float]] = {}
    for el in doc.elements[j]:
        if el.kind == "quantity" and el.value.get("unit") in named and el.value.get("amount") is not None:
            readings.setdefault(el.value["unit"], set()).add(el.value["amount"])
    return any(len(values) >= 2 for values in readings.values())


def _summed_up(doc: Document, si: int) -> list[tuple[str, str | None, int, bool]]:
    """The figures below sentence ``si`` when it sums the report up (figures.after_the_summary); not when it is only the
    body's first ask after a subject line (figures.lead): its own words may add matters the list never tells (最近は元気も
    なく: the session 38 review), so only the missing pass reads it, for the observations the list names."""
    return [] if lead(doc) == si else after_the_summary(doc).get(si, [])


def _sums_up(doc: Document, si: int, values: list[tuple[str, int, int]]) -> bool:
    """A blank status that sums up figures written beside it reports them: in its own sentence
    (体調はお変わりなく、本日も血圧124/70、食事全量。 / インスリンはいつも通り朝16単位) or in the sentence
    before (体温36.5℃、食事全量。特に変わりありません。).  Alone it says nothing the physician can
    check (blind14-16 physician ratings: "values given nearby", "summary after listed details")."""
    def figures(found: list[tuple[str, int, int]]) -> bool:
        return any(kind in _FOLLOWING_KINDS for kind, _, _ in found)

    # (or the conclusion's line, with its facts listed below it: 結論：この1か月、状態は安定しています。／・SpO2 93〜95%…:
    # blind88's physician, "the items checked and their values are listed right below the conclusion")
    return figures(values) or (si > 0 and figures(values_of(doc, si - 1))) or any(
        kind in _FOLLOWING_KINDS and listed for kind, _, _, listed in _summed_up(doc, si))


def _series(elements) -> bool:
    """The elements hold a series: two or more amounts in one unit (11月 44.0kg → 12月 44.6kg)."""
    units = [el.value.get("unit") for el in elements if el.kind == "quantity" and el.value.get("unit")]
    return any(units.count(u) >= 2 for u in set(units))


def _dated_before(doc: Document, si: int) -> bool:
    """The sentence before ``si``, in its paragraph, tells an observation or a measure with its time (去年の夏に…39kgまで落ちた: a
    word that points back, あれ以来, points to it); not a visit or a call at a time (本日10時に訪問しました: the session 31
    review)."""
    if si == 0 or not (doc.observations[si - 1] or any(el.kind == "quantity" for el in doc.elements[si - 1])):
        return False
    paragraphs, _ = told(doc)
    return paragraphs[si - 1] == paragraphs[si] and any(el.kind == "time" for el in doc.elements[si - 1])


def _told_below(doc: Document, si: int, rule, resolved_by) -> bool:
    """A label or an impression in the line that states the purpose or the conclusion (【ご相談】夜間の不穏が増えており,
    目的：夜間の興奮・徘徊が増えたため…) with its times and counts told in the lines below it, or a vague amount or count
    there with the figures it asks for below (【結論】…反応が鈍くなっています／【経過】…): the deck's order, the conclusion
    first (blind85's and blind89's physicians: "the next line already describes the behaviour concretely")."""
    # (only what is listed below it, items or a section's lines: 次回の受診は12月5日の予定です or a signature's office
    # hours tell nothing of 元気がない: the session 25 review)
    kinds = {kind for kind, _, _, listed in _summed_up(doc, si) if listed}
    if not kinds:
        return False
    described = rule.category == "subjective" or rule.id == _IMPRESSION  # a state word, or how the person looks
    return bool((described and kinds & {"time", "frequency"}) or set(resolved_by) & kinds & {"quantity", "frequency"})


#: The rule of an impression of how the person looks (〜そう, 〜様子): on the conclusion's line with its basis listed below
#: (【結論】…普段と違う混乱した様子です／・8:00…「ここはどこだ」と繰り返す: blind98's physician, "the basis is already given in
#: the course section") it is told as a state word is; not a guess (〜ようです, 〜ではないかと思います: the session 29 review).
_IMPRESSION = "VC201"


#: A section's name in brackets at the start of a line's sentence (【最近の状態】, ［最近の様子］, after a BOM, a bullet or a
#: number), alone or before its text; not a bracketed clause (［最近、転倒が増えています］) or one the sentence goes on from
#: (【熱が出たり引いたり】の状態です: the session 28 review).
_HEADING = _regex.lazy(r"[\s\ufeff・■□◆◇●○※-]*(?:[0-9０-９]+[.．)）]\s*)?[【［\[](?P<name>[^【】［］\[\]「」。、,，\n]{1,15})[】］\]](?!の|が|は|を|も|と)")


def _heading(sent: Sentence) -> tuple[int, int] | None:
    """Where the bracketed name that opens the sentence (a section heading) lies, in the document's offsets."""
    m = _HEADING.match(sent.text)
    return None if m is None else (sent.start + m.start("name"), sent.start + m.end("name"))


#: A vague amount or count glossed at once in brackets by a comparison with a measure in it (多量（オムツから
#: あふれる程度）, たまに（週1回くらい）), or by a sign of its degree (むくみが強くなっています（靴下の跡がつく程度）: blind122's
#: physician): the gloss is the measure (blind67 physician rating); 少し（気になる程度） is not.
_GLOSSABLE = frozenset(("vague-quantity", "vague-frequency"))
#: A quotative particle a pattern may end on, which the finding leaves out (いつもと違う|と言われた).
_QUOTATIVE_END = frozenset(("と", "って"))
#: The entries of a decline summed up (ADL低下), which a colon and figures after it may tell; the summary's predicate ending
#: in the colon (低下しています：); and how many counts or amounts after it tell what it sums up.
_SUMMARIES = frozenset(("decline-vague",))
_SUMMED_UP = _regex.lazy(r"[ぁ-ん]{0,8}[：:]")
_FIGURES_AFTER = 2
_GLOSS = _regex.lazy(r"[（(](?=[^（()）「」]*(?:[0-9０-９一二三四五六七八九十半]|オムツ|おむつ|パッド|ティッシュ|コップ|湯のみ|湯呑|茶碗|スプーン|ガーゼ|シーツ|あふれ|溢れ|にじむ|滲む|靴下|靴|跡|押す|押して|へこむ|凹む|圧痕))"
                    r"[^（()）「」]{1,30}?(?:程度|くらい|ぐらい|位|ほど)[）)]")
#: The element kind a vague amount or count asks for, as an observation's ``needs`` name it.
_KIND_OF = {"vague-quantity": "quantity", "vague-frequency": "frequency"}
#: The vague words that may say how the carers do something (少しずつ, 時々, 多めに): not 最近, a hedge or a state word.
_HOW_DONE = frozenset(("vague-frequency", "vague-quantity"))
#: The vague-word categories an aside (a sentence about the service or the paperwork) leaves unasked.
_ASIDE_CATEGORIES = frozenset(("subjective", "inference", "vague-time", "vague-frequency", "vague-quantity"))


def _asides(doc: Document, si: int) -> list[tuple[int, int]]:
    """The stretches of sentence si (token ranges between commas) that name the service, the paperwork or the family's
    plans (an ``[[aside]]`` of the lexicon) and nothing of the person's health: no observation, topic word, red flag, state
    word (subjective) or appearance (VC201, 〜そう) in them.  A comma bounds it: 段差でつまずくことも多いので、住宅改修を検討しています keeps its falls' vague words."""
    found = [m for m in doc.context[si] if m.item.kind == "aside"]
    if not found:
        return []
    toks = doc.sentences[si].tokens
    commas = [k for k, t in enumerate(toks) if t.tag.startswith("補助記号-読点")]
    # (the person's state told as a label or an appearance counts: 認知症が進んでいる, 立ち上がりがつらそう: the session 27 review)
    health = doc.health(si)
    out = []
    for m in found:
        a = max((k + 1 for k in commas if k < m.first), default=0)
        b = min((k for k in commas if k >= m.last), default=len(toks))
        if not any(a < y and x < b for x, y in health):
            out.append((a, b))
    return out


#: Categories whose findings take their questions from the observation they qualify.
_TOPICAL = frozenset(("vague-quantity", "vague-frequency", "vague-time", "subjective", "inference"))
#: The units a vague amount is asked in when no observation says which ({units} in a message): kinds
#: of measure, not the units of meals or medicines (blind8 rating: 割・ml・kg・錠 said of speech,
#: hearing, the skin or the force of a breath were wrong units).
_UNITS = "回数・時間・大きさなど"


def _foreign_figure(doc: Document, si: int, m, toks: tuple[Token, ...], word: tuple[int, int], figure: tuple[int, int]) -> bool:
    """The figure at ``figure`` stands across a predicate's comma from the vague word at ``word`` and is in units the
    observation the word qualifies is not measured in (a blood pressure unit-less reads as mmHg): another thing's."""
    if not _clause_between(toks, min(word[1], figure[1]), max(word[0], figure[0])):
        return False
    own = doc.topic(si, m.first, m.last)
    if own is None or not own.units:
        return False
    unit = next((el.value.get("unit") for el in doc.elements[si] if el.start == figure[0]), "mmHg")
    return unit not in own.units


def _clause_between(toks: tuple[Token, ...], a: int, b: int) -> bool:
    """Whether a clause ends between offsets ``a`` and ``b``: a comma after a predicate
    (見られ、 / 痛く、 / 出て、), not a comma after a topic or a time word (最近、1週間前から)."""
    first = next((k for k, t in enumerate(toks) if t.start >= a), len(toks))
    last = next((k for k in range(first, len(toks)) if toks[k].start >= b), len(toks))
    return predicate_break(toks, first, last, marks=("、", ","))


#: A past act that sets the scene (伺ったところ, 訪問した際, 見に行った時, 聞いたら): its date is the act's.
_SCENE = _regex.lazy(r"(?:た|だ)(?:ところ|所|際|時|とき|折|ら)(?!から|は|より)")


def _verb_between(toks: tuple[Token, ...], text: str, base: int, a: int, b: int) -> bool:
    """Whether a past act that sets the scene (本日伺ったところ, 本日訪問した際) ends between offsets ``a`` and ``b``
    (not a relative clause: 今日はボーッとされている時間が長かった is today's)."""
    return any(a <= t.start and t.end <= b and t.pos1 == "動詞" for t in toks) and bool(
        _SCENE.search(text, a - base, b - base))


def _contrast_between(toks: tuple[Token, ...], a: int, b: int) -> bool:
    """Whether a clause of contrast ends between offsets ``a`` and ``b`` (〜でしたが、 / 〜けど、)."""
    return any(a <= t.start < b and contrast_particle(t) for t in toks)


def _another_named(doc: Document, si: int, m, a: int, b: int) -> bool:
    """Whether sentence ``si`` names, between offsets ``a`` and ``b``, an observation other than the one the vague word
    ``m`` qualifies (by its patterns or its topic words): a figure past it is that other thing's."""
    toks = doc.sentences[si].tokens
    if any(a <= t.start < b and t.norm in _OPENING_BRACKETS for t in toks):
        return False  # 発赤わずかに拡大（2cm→2.5cm）, 浮腫やや増強（足首周囲 右23cm→24.5cm）: a gloss in brackets is the word's
    own = doc.topic(si, m.first, m.last)
    if own is None and doc.lexicon.rules[m.item.rule].category == "vague-time":
        return False  # (以前より食べる量が減り、主食は3割: a time compared, settled by the figure of what changed)
    named = [(o.first, o.item) for o in doc.observations[si]] + [(o.first, o.item.observation) for o in doc.topic_words[si]]
    # (a general change, 減り, 増えて, names no other thing: it is the change of what the word qualifies; nor does its own
    # word again, 脈が少し速く、脈拍は108回/分, which the lexicon may read as another observation too: the session 42 review)
    own_words = {toks[k].surface for k, obs in named if obs is own}
    return any(a <= toks[k].start < b and obs is not own and not obs.yields
               and not any(w in toks[k].surface or toks[k].surface in w for w in own_words) for k, obs in named)


#: Brackets that open a gloss of the words before them.
_OPENING_BRACKETS = frozenset(("（", "(", "［", "["))


#: Days counted from an event the sentence does not date (透析の翌日, 受診の前日): no onset.
_FROM_AN_EVENT = frozenset(("翌日", "翌朝", "翌晩", "翌週", "翌々日", "前日", "前夜", "当日"))


#: Two findings of one rule this close together are one vague phrase: 時々大声を出されることがある.
_SAME_PHRASE_GAP = 12


#: How far apart (characters) a guessing adverb and a closing guess stand to be two findings: a predicate between.
_GUESS_APART = 2


#: The categories whose two words of one rule written together are one finding (ちょっと高め, たまに時々, かもしれないと思います).
_MERGED = frozenset(("vague-quantity", "vague-frequency", "inference"))


def _one_per_phrase(found: list[Candidate], sent: Sentence) -> list[Candidate]:
    """Drop a finding that repeats the rule of the one just before it in the same phrase
    (close by, no comma between); 少し残し、少ししか取れない are two."""
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.start):
        if (kept and kept[-1].rule.id == c.rule.id and kept[-1].end == c.start and kept[-1].entry != c.entry
                and c.rule.category in _MERGED):
            # ちょっと高め, やや低め, 熱っぽい感じ: two words of one rule written together are one phrase, flagged whole (the
            # blind batches mark each word); two time words are two times (最近しばらく), two labels two states (不穏徘徊:
            # each asks its own questions, the session 48 review)
            k = kept[-1]
            whole = sent.text[k.start - sent.start : c.end - sent.start]
            kept[-1] = replace(k, end=c.end, message=k.message.replace(f"「{sent.text[k.start - sent.start : k.end - sent.start]}」",
                                                                         f"「{whole}」", 1))
            continue
        if any(
            k.rule.id == c.rule.id
            and 0 <= c.start - k.end <= _SAME_PHRASE_GAP
            and not any(p in sent.text[k.end - sent.start : c.start - sent.start] for p in "、,。")
            # …けれど最近は: a clause ends between them (a conjunctive particle); 以前からあったものの最近は:
            # two time words are two times, never one phrase
            and not any(k.end <= t.start and t.end <= c.start and t.tag.startswith("助詞-接続助詞") for t in sent.tokens)
            and not (c.rule.category == "vague-time" and k.entry != c.entry)
            # a guessing adverb and the guess that closes its clause (たぶん落ちてると思います, ひょっとしたら〜のかもしれ
            # ません): two words the writers mark each (batch 67); the text output reads them as one entry
            and not (c.rule.category == "inference" and k.entry != c.entry and c.start - k.end >= _GUESS_APART)
            for k in kept
        ):
            continue
        kept.append(c)
    return kept


def _told_steady(toks, m, observations) -> bool:
    """A vague time that a steady mark after it says the state has kept since (以前から変わりません, 以前から同じ
    状態です, 以前からのことで、回数は変わっていません): the writer tells the state is as it was, not when it began
    (blind74-76's physicians rated the onset question a false alarm there)."""
    marks = [k for k in steady_marks(toks) if k >= m.last]
    return bool(marks) and told_steady(toks, marks, m, observations)


def _one_dated_occasion(doc: Document, si: int, m, toks: tuple[Token, ...]) -> bool:
    """Whether match ``m`` (〜ことがある, 〜場面がある) tells one occasion: its predicate in the past
    (ありました, あった) and a day or a clock time (10月20日, 昨日の夜, 7時) before it in the sentence; a period
    (先週, 今月, 入院中) may hold many occasions."""
    k = m.last
    while k < len(toks) and toks[k].lemma in ("ます", "御座る"):
        k += 1
    if k >= len(toks) or toks[k].lemma != "た":
        return False
    start = toks[m.first].start
    return any(el.kind == "time" and el.value.get("relation") == "at" and el.end <= start and _a_day(el) for el in doc.elements[si])


#: Relative times that name one day before the report's (先週, 今月, 入院中 name a period; 本日 is the visit's own day)
_DAYS_BEFORE = ("昨日", "一昨日", "おととい", "昨夜", "昨晩", "今朝", "前日", "前夜")


def _a_day(el) -> bool:
    """Whether a time element names a day or a clock time (10月20日, 11/3, 昨日の夕方, 7時), not a period."""
    return el.value.get("day") is not None or el.value.get("unit") in ("時", "分") or el.text.startswith(_DAYS_BEFORE)


#: Parts of speech that do not make a trimmed hedge a word of its own (でした, です, ね).
_NO_WORD_OF_ITS_OWN = frozenset(("助動詞", "助詞", "補助記号", "空白"))


def _a_word(t: Token) -> bool:
    """A token that is a word of its own: not a copula, an ending or a case particle (でした, が); an adverbial or
    a sentence-final particle is (UniDic reads なんか after a time word as one: ここんところ|なんか; 低め|かな〜)."""
    return t.pos1 not in _NO_WORD_OF_ITS_OWN or t.tag.startswith(("助詞-副助詞", "助詞-終助詞"))


def _without_overlaps(found: list[Candidate], text: str, base: int, toks: tuple[Token, ...]) -> list[Candidate]:
    """Keep one finding per stretch of text: the most severe, then the longest.  A hedge that runs on past the
    end of a kept finding over its first words keeps its own tail (食欲低下|気味, 十分にとれていない|ご様子で,
    すぐれない|ご様子で: blind batch 54), and one that begins before a kept finding its own head (なんか|顔色も
    ようない), its message naming that part; ``text`` is the sentence's, from ``base``."""
    ranked = sorted(found, key=lambda c: (-SEVERITY_RANK[c.rule.severity], -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    dropped: list[Candidate] = []
    for c in ranked:
        (dropped if any(c.start < k.end and k.start < c.end for k in kept) else kept).append(c)
    # then the dropped hedges, each trimmed to its words outside the kept findings, where those are a word
    for c in dropped:
        over = [k for k in kept if c.start < k.end and k.start < c.end]
        if c.rule.category != "inference" or any(k.rule.category == "inference" for k in over):
            continue
        if all(k.start <= c.start < k.end < c.end for k in over):  # its tail (食欲低下|気味)
            start, end = max(k.end for k in over), c.end
        elif all(c.start < k.start < c.end <= k.end for k in over):  # its head (なんか|顔色もようない)
            start, end = c.start, min(k.start for k in over)
        else:
            continue
        while start < end and text[start - base].isspace():
            start += 1  # 食欲低下　気味: the part is its words, not the space before or after them
        while end > start and text[end - 1 - base].isspace():
            end -= 1
        words, part = text[c.start - base : c.end - base], text[start - base : end - base]
        # the part must hold a word of its own (気味, ご様子, なんか), not only a copula or an ending (でした)
        if len(part) >= 2 and any(start <= t.start < end and _a_word(t) for t in toks) \
                and not any(start < k.end and k.start < end for k in kept):
            kept.append(replace(c, start=start, end=end, message=c.message.replace(f"「{words}」", f"「{part}」", 1)))
    return kept


def _hedge_scope(c: Candidate, toks: tuple[Token, ...]) -> Candidate:
    """With a parser, an inference finding covers the predicate it modifies (転倒したようです)."""
    if c.rule.category != "inference" or not toks or toks[0].head < 0:
        return c
    first = token_starting_at(toks, c.start)
    if first is None:
        return c
    head = toks[first].head
    if 0 <= head < first and toks[head].pos1 in ("動詞", "形容詞", "形状詞", "名詞"):
        return replace(c, start=toks[head].start)
    return c
