"""The figures a sentence gives (its elements, a bare blood pressure, a count in brackets), and where in
a report each observation is named with its figures: what settles a vague word (passes/lexical.py) or a
missing element (passes/missing.py) from another sentence of the same paragraph."""

from __future__ import annotations

from bisect import bisect_right

from . import _regex
from .context import bare_pressures
from .document import Document


def values(doc: Document, si: int, topic: str = "") -> list[tuple[str, int, int]]:
    """(kind, start, end) of the figures in sentence ``si``: its elements, and a blood pressure
    written without its unit (血圧ちょっと高うて、150の90でした; ``topic``: the sentence it gives
    the figures of, 血圧は高めです。朝は158/90でした。)."""
    a, b = doc.analysis.norm_spans[si]
    nt = doc.analysis.text
    elements = [(el.kind, el.start, el.end) for el in doc.elements[si]]
    return elements + [
        ("quantity", s, e) for s, e in bare_pressures(nt.norm, a, b, nt.span, topic)
    ] + [("quantity", s, e) for s, e in counted_asides(doc.sentences[si].tokens) if not any(s <= x < e for _, x, _ in elements)]


def told(doc: Document) -> tuple[list[int], dict[str, list[tuple[int, int, set[str]]]]]:
    """Each sentence's paragraph and :func:`figures_by_observation`, made once per document and kept on it:
    both passes settle from them (a vague word, a missing element)."""
    if doc.figures is None:
        numbered = paragraphs(doc)
        doc.figures = (numbered, figures_by_observation(doc, numbered))
    return doc.figures


#: A line that gives the conclusion under its label (【結論】, 結論：, ■結論): the deck's PREP, its facts below it.
_CONCLUSION = _regex.lazy(r"[\s\ufeff]*[【■□◆◇●○＜<\[]?\s*(?:結論|まとめ|要点)\s*(?:[】\]＞>]\s*[:：]?|[:：])")


def after_the_summary(doc: Document) -> dict[int, list[tuple[str, str | None, int, bool]]]:
    """The sentences that sum the report up — the one that states its purpose (目的：夜間の徘徊が増えたため…ご相談します)
    and one labelled as the conclusion (【結論】昨夜からの発熱に加え…) — each with the figures the sentences after it in
    its paragraph give, as (kind, unit, sentence, listed): the deck's order, the conclusion first and its facts below, so
    what the summary names is told by the body in whatever words (blind85's physician: "the lines below give onset and
    frequency"; blind88's: "the fever values and times are already given in the 経過 section"). ``listed``: the sentence is
    an item of a list or a line under a section's label, not running text (リハビリでは歩行距離の目標を100mとしています). A
    frame line (a signature's office hours) and a plan (次回受診 12/5, 予約) tell nothing (the session 25 review). Made once
    per document and kept on it."""
    if doc.summary is not None:
        return doc.summary
    doc.summary = {}
    if doc.outline is None or not doc.outline.is_report:
        return doc.summary
    purpose = doc.outline.purpose
    sentences = doc.sentences
    concl = {j for j, sent in enumerate(sentences) if _CONCLUSION.match(sent.text)}
    at = set(concl)
    if purpose is not None:
        at |= {j for j, sent in enumerate(sentences) if sent.start == purpose.start}
    first_ask = lead(doc)
    if first_ask is not None:
        at.add(first_ask)
    if not at:
        return doc.summary
    numbered, _ = told(doc)
    sections = {j for j, sent in enumerate(sentences) if _SECTION.fullmatch(sent.text.strip())}
    for a in sorted(at):
        below = []
        under_section = False  # a section's label (【経過】) stands between the summary and sentence j
        item_line = False  # sentence j - 1 was listed
        # (up to the paragraph's end, and a conclusion's up to the next conclusion: each sentence is read for one
        # conclusion and the purpose only, so a report of many 【結論】 lines stays linear; the purpose's facts may follow
        # a conclusion line, 目的：…／結論：…／・…)
        for j in range(a + 1, len(sentences)):
            if numbered[j] != numbered[a] or (a in concl and j in concl):
                break
            under_section = under_section or (j - 1 > a and j - 1 in sections)
            if j in doc.frames or _PLAN.search(sentences[j].text):
                item_line = False
                continue
            # (a line under its own bracketed label, 【退院後1週間の状況】体温36.2〜36.8℃、…, is one; so are the
            # sentences that go on on an item's line: blind96)
            listed = under_section or bool(_LISTED.match(sentences[j].text)) or (item_line and doc.same_line(j - 1))
            item_line = listed
            # (a time only as a date, a clock time or an onset: 介護保険の更新が12月 dates no symptom)
            below += [(el.kind, el.value.get("unit"), j, listed) for el in doc.elements[j]
                      if el.kind != "time" or el.value.get("relation") == "since"
                      or el.value.get("day") is not None or el.value.get("unit") in ("時", "分")]
            if _monthly_course(doc.elements[j], sentences[j].text):
                # デイでの測定で、6月48kg、7月46.5kg、8月45kgでした: readings month by month date the change they sum
                # (blind95's physician: "the period is already given right below")
                below.append(("time", None, j, listed))
        doc.summary[a] = below
    return doc.summary


def _monthly_course(elements, text: str) -> bool:
    """Two readings or more in one unit, told month by month (6月48kg、7月46.5kg、8月45kg): a course with its dates
    (a month alone is no time element, so 介護保険の更新が12月 dates nothing)."""
    units = [el.value.get("unit") for el in elements if el.kind == "quantity" and el.value.get("unit")]
    return len(_MONTH.findall(text)) >= 2 and any(units.count(u) >= 2 for u in set(units))


def concluding(doc: Document, si: int) -> bool:
    """Sentence si is a line labelled as the conclusion (【結論】, 結論：) or the body's lead (:func:`lead`), not the
    purpose's: only its listed facts that name an observation or measure it tell it."""
    return bool(_CONCLUSION.match(doc.sentences[si].text)) or (lead(doc) == si and _asks_here(doc, si))


def _asks_here(doc: Document, si: int) -> bool:
    """Sentence si is one of the outline's asks (not a lead that puts the purpose again, which reads as the purpose)."""
    start = doc.sentences[si].start
    return doc.outline is not None and any(p.start == start for p in doc.outline.requests)


def lead(doc: Document) -> int | None:
    """The body's first ask when the purpose is a subject line (件名：【至急・相談】息切れと体重増加について／心不全で通院中の
    斎藤様に息切れの悪化と体重増加があり、本日中の受診の要否をご判断いただきたく至急FAXいたします。／・12/2（水）夜から…):
    it sums up the matter the list below it tells, as a conclusion line does (blind116's physician: "already quantified
    with dates, weight change, SpO2 and vitals in the report"), or, before it, one of the body's first two lines past
    its greeting that puts the purpose again (…の腰痛が12/1頃から増強しており、鎮痛薬についてご相談申し上げます), which
    :func:`concluding` reads as the purpose, not as a conclusion. Made once per document and kept on it (both passes ask
    it per mention).  (A greeting is told by its cues alone here: ``outline.is_frame`` would serve, but this module
    imports ``context`` and ``document`` only.)"""
    if doc.outline is None:
        return None  # (not kept: the outline is built after the word-level matches)
    if doc.lead is None:
        doc.lead = (_first_ask(doc),)
    return doc.lead[0]


def _first_ask(doc: Document) -> int | None:
    """:func:`lead`, made."""
    outline = doc.outline
    if outline is None or outline.purpose is None or not outline.requests:
        return None
    at = doc.sentence_at(outline.purpose.start)
    if at not in doc.frames:
        return None
    first = doc.sentence_at(outline.requests[0].start)
    # (or the body's own opening that puts the purpose again, before the facts: 件名：【ご相談】…／…の腰痛が12/1頃から
    # 増強しており、鎮痛薬についてご相談申し上げます。／痛みは…NRS 7/10: blind119's writer, a good report)
    body = [j for j in range(at + 1, first) if j not in doc.frames and not _greets(doc, j)][:_RESTATED_WITHIN]
    again = next((j for j in body if any(getattr(m.item, "kind", None) == "purpose" for m in doc.report[j])), None)
    if again is not None:
        return again
    return first if first > at else None


def _greets(doc: Document, j: int) -> bool:
    """Sentence ``j`` is a frame line by its words alone (平素より大変お世話になっております, 居宅介護支援事業所…でございます)."""
    kinds = [getattr(m.item, "kind", None) for m in doc.report[j]]
    return bool(kinds) and all(k == "frame" for k in kinds)


#: How many of the body's first sentences may put the subject line's purpose again.
_RESTATED_WITHIN = 2


#: A month named with its number (6月, １２月).
_MONTH = _regex.lazy(r"(?<![0-9０-９])[0-9０-９]{1,2}月(?![0-9０-９]{1,2}日)")
#: A plan or a target below a summary (次回受診 12/5, 予約済み, 目標100m): no fact of what it sums up.
_PLAN = _regex.lazy(r"次回|予定|予約|目標|目安|までに")
#: An item of a list (・, ■, -, 1.) or a labelled field (SpO2：, 経過：).
_LISTED = _regex.lazy(r"[\s\ufeff]*(?:[・■□◆◇●○※\-－*＊]|[0-9０-９]+[.．)）]|[^。、\s]{1,10}[：:]|[【［\[][^】］\]\n]{1,24}[】］\]])")
#: A line that only names a section (【経過】, ■経過, 経過：).
_SECTION = _regex.lazy(r"[【■□◆◇●○＜<\[]?\s*[^。、\s]{1,8}\s*[】＞>\]]?[:：]?")


def opens_item(doc: Document, si: int) -> bool:
    """Whether sentence ``si`` opens an item of a list or a form (・12/2から…, ■状況：…, 1) …)."""
    return bool(_LISTED.match(doc.sentences[si].text))


def figures_by_observation(doc: Document, paragraphs: list[int]) -> dict[str, list[tuple[int, int, set[str]]]]:
    """For each observation (by its label: 嘔吐 told as a noun and as a verb, 吐いています, is one observation), the
    sentences that name it (by its patterns or topic words), with their paragraph and the kinds of figure each gives:
    one pass over the report, so a vague word's settling is linear."""
    out: dict[str, list[tuple[int, int, set[str]]]] = {}
    for j in range(len(doc.sentences)):
        named = {m.item.label for m in doc.observations[j]} | {h.item.observation.label for h in doc.topic_words[j]}
        if not named:
            continue
        kinds = {kind for kind, _, _ in values(doc, j)}
        if kinds:
            for key in named:
                out.setdefault(key, []).append((j, paragraphs[j], kinds))
    return out


#: A blank line, in any line-break convention: where a paragraph ends (and where a large file is cut).
_BLANK_LINE = _regex.lazy(r"\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r")


def paragraphs(doc: Document) -> list[int]:
    """For each sentence, how many blank lines come before it: a vague word is settled only within its
    paragraph (one matter, and what a file checked in pieces keeps together).  One scan of the text."""
    breaks = [m.end() for m in _BLANK_LINE.finditer(doc.text)]
    return [bisect_right(breaks, s.start) for s in doc.sentences]


#: A count in words: 半枚, 半分, 半膳.
_HALF = _regex.lazy(r"半[枚杯個本膳錠分量口切]")


def counted_asides(toks) -> list[tuple[int, int]]:
    """Brackets that hold a count no element reads (少し（食パン半枚）, 少量（ティースプーン三杯）): the figure
    a vague amount right before them is given.  Not a list number opening a line ((1) 食事量が…) nor a
    bracket that holds only a number."""
    out, opened = [], None
    for k, t in enumerate(toks):
        if t.norm in ("（", "("):
            opened = k
        elif t.norm in ("）", ")") and opened is not None:
            inside = toks[opened + 1 : k]
            counted = any(
                (u.tag.startswith("名詞-数詞") and n + 1 < len(inside) and not inside[n + 1].tag.startswith("名詞-数詞"))
                or _HALF.fullmatch(u.surface)
                for n, u in enumerate(inside)
            )
            if counted and opened > 0:
                out.append((toks[opened].start, t.end))
            opened = None
    return out
