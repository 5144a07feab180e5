"""The report pass: purpose, request and urgency findings over the whole report.

It reads the outline (:mod:`vaguecheck.outline`) that the checker built for the Document and
never fires on a text that is not a report (one or two sentences). Purpose and request findings
also need the report to read as a message (``Outline.message``); a red flag needs only a report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Candidate, Document, fill
from ..lexicon import Rule
from ..outline import first_content_sentence, has_content, is_frame, request_sentences

#: The problem VC702 names first, by request state (model.REQUEST_STATES); the rule's message goes on
#: to say what a clear request contains.
_REQUEST_PROBLEM = {
    "none": "医師へのお願いが書かれていません。",
    "vague": "お願いの内容がはっきりしません。",
    "unordered": "お願いが複数あり、どれが大事か分かりません。大事なものから「まず」「次に」と順に並べ、それぞれ",
}


def run(doc: Document, found: list[Candidate]) -> list[Candidate]:
    outline = doc.outline
    if outline is None or not outline.is_report:
        return []
    rules = {r.category: r for r in doc.lexicon.rules.values() if r.id in doc.active and r.category in ("purpose", "request", "urgency")}
    out: list[Candidate] = []
    first = first_content_sentence(doc)
    if "purpose" in rules and outline.message and outline.purpose is None and first is not None:
        out.append(_at_sentence(rules["purpose"], doc, first, rules["purpose"].message))
    if "request" in rules and outline.message and outline.request in _REQUEST_PROBLEM:
        anchor = _request_anchor(doc)
        if anchor is not None:
            rule = rules["request"]
            out.append(_at_sentence(rule, doc, anchor, fill(rule.message, problem=_REQUEST_PROBLEM[outline.request])))
    if "urgency" in rules and outline.urgent and not outline.phoned:
        dated = _dated(doc)
        if not (dated and _same_day_request(doc)):
            out.append(_urgency(doc, rules["urgency"], dated))
    return out


def _urgency(doc: Document, rule: Rule, dated: bool) -> Candidate:
    """VC703 at the first red flag, naming them all. When every red flag is already dated, the
    message and the questions no longer ask since when ({onset} is left empty)."""
    outline = doc.outline
    assert outline is not None
    first_sign = outline.urgent[0]
    si = next(k for k, s in enumerate(doc.sentences) if s.start <= first_sign.start < s.end)
    names = "・".join(dict.fromkeys(p.text for p in outline.urgent))
    sign = next((u for u in doc.lexicon.urgent if u.id == first_sign.id), None)
    suggestion = replace(rule.suggestion, example=sign.example) if sign is not None and sign.example else rule.suggestion
    if dated:
        suggestion = replace(suggestion, questions=tuple(q for q in suggestion.questions if not q.startswith("いつ")))
    return Candidate(
        rule=rule, start=first_sign.start, end=first_sign.end, sentence=si,
        message=fill(rule.message, text=names, label="・".join(dict.fromkeys(p.label for p in outline.urgent)),
                     onset="" if dated else _ASK_ONSET),
        suggestion=suggestion, entry=first_sign.id,
    )


#: What VC703's message asks when a red flag has no time ({onset} in the rule's message).
_ASK_ONSET = "いつからか（発症の時刻）を書き、"


#: A reply asked for today: 本日中に, 本日の往診, 本日12時までに, 11時30分までに, 10:30までに, 至急, すぐに,
#: and what to do with today's dose (今日の分の薬をどうするか, 本日分の内服をどうすれば).
_SAME_DAY = re.compile(
    r"(?:本日|今日|きょう)(?:中|の?(?:受診|往診|午前|午後|昼|夕方)|の?[0-9０-９]{1,2}(?:時|[:：]))"
    r"|(?:本日|今日|きょう)の?分(?:の(?:お?薬|内服))?(?:を|は)?どう"
    r"|至急|早急|すぐに|直ちに|ただちに|今すぐ"
    r"|[0-9０-９]{1,2}(?:時(?:[0-9０-９]{1,2}分|半)?|[:：][0-9０-９]{2})(?:頃|ごろ)?まで")
#: Time elements that place an event (今朝, 11/29 21時, 昨夜から, 3日前), not a length (5日間).
_ONSET_RELATIONS = frozenset(("at", "since", "ago"))


def _same_day_request(doc: Document) -> bool:
    """Whether a request asks for the physician's answer today (本日中に受診の要否のご指示を, 12時までに
    お電話で). With every red flag dated, the report then already does what VC703 asks. A call already
    made or an ambulance (``Outline.phoned``) is read by the caller."""
    return any(_SAME_DAY.search(doc.sentences[i].text) for i in request_sentences(doc))


def _dated(doc: Document) -> bool:
    """Whether each red flag is dated where it stands (11/29 21時ごろから, 本日9:00: in its sentence or
    the nearest sentence of content on either side, so a subject line 【至急】…尿が出ていません is dated
    by the first line of the body)."""
    outline = doc.outline
    assert outline is not None
    sentences = doc.sentences
    body = [k for k in range(len(sentences)) if not is_frame(doc, k)]

    def dated(k: int) -> bool:
        return any(e.kind == "time" and e.value.get("relation") in _ONSET_RELATIONS for e in doc.elements[k])

    def dated_near(si: int) -> bool:
        before = [k for k in body if k < si][-1:]
        after = [k for k in body if k > si][:1]
        return any(dated(k) for k in [*before, si, *after])

    return all(dated_near(next(k for k, s in enumerate(sentences) if s.start <= p.start < s.end)) for p in outline.urgent)


def _request_anchor(doc: Document) -> int | None:
    """The last request sentence, or else the last sentence with content."""
    outline = doc.outline
    assert outline is not None
    if outline.requests:
        last = outline.requests[-1]
        return next(k for k, s in enumerate(doc.sentences) if s.start == last.start)
    return next((k for k in range(len(doc.sentences) - 1, -1, -1) if has_content(doc.sentences[k])), None)


def _at_sentence(rule: Rule, doc: Document, si: int, message: str) -> Candidate:
    sent = doc.sentences[si]
    text = sent.text.rstrip("。．.！!？? 　")
    return Candidate(
        rule=rule, start=sent.start, end=sent.start + len(text) if text else sent.end, sentence=si,
        message=fill(message, text=text), suggestion=rule.suggestion, entry=rule.name,
    )
