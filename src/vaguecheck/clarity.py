"""The clarity score of one report, 0 to 100 (higher is clearer); docs/clarity.md gives
the formula, its reasoning and its validity figures.  It reads a finished Report and
imports nothing from the pipeline, so the model can offer ``Report.clarity``."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import _regex

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .model import Report

#: How much one finding weighs in the clarity score, by severity.
SEVERITY_WEIGHT = {"error": 1.0, "warning": 0.7, "info": 0.3}
#: A missing element weighs half a vague expression: the report may say it elsewhere.
MISSING_WEIGHT = 0.5
#: Share of the score earned by the figures a report tells (times, quantities and frequencies with a number).
ELEMENT_SHARE = 0.6
#: How many figures earn the whole share: a report of this many sentences or more needs this many figures, a shorter
#: text one per sentence (session 56, docs/clarity.md).
FIGURES = 10
#: A numeral in an element's text: a figure even where the element carries no amount (12/4, 12月3日, 十二月).
_NUMERAL = _regex.lazy(r"[0-9０-９一二三四五六七八九十百千]")
#: What a report-level failing weighs, once per report (not per sentence).  Fitted on the rated
#: blind sets blind6–blind140 with the figures (corpus/ratings/fit_weights.py, docs/clarity.md; session 56).
REPORT_WEIGHT = {
    "purpose": 0.5,  # VC701: the first lines do not say 報告, 相談 or 依頼
    "request": 0.75,  # VC702: the report asks only vaguely
    "request-none": 1.0,  # VC702: the report asks nothing (nor says no reply is needed), not phoned, and not a detail
    "request-unordered": 0.5,  # VC702: several requests, each clear, in no order
    "urgency": 0.25,  # VC703: a red-flag symptom, the physician not phoned
    "urgency-told": 0.1,  # VC703, the symptom or the urgency told on the purpose's line (instead of urgency)
    "urgency-buried": 0.1,  # VC703 as well as VC701 or an unclear request: the symptom is buried
    "urgency-late": 3.0,  # VC703 (not told up front), × how late the symptom is told (full from the text's second half)
    "thin": 1.5,  # a message (outline.message: VC701/VC702 apply) that tells little: × (1 - characters told / THIN_CHARS)
}
#: A report whose body tells fewer characters than this (after the address, greeting and self-introduction, outside
#: word-level findings) is thin: it costs REPORT_WEIGHT["thin"] × the share missing (session 48, docs/clarity.md).
THIN_CHARS = 120
#: Words on the purpose's line that tell the physician the matter is urgent (【目的】至急のご相談です).
_URGENT_WORDS = _regex.lazy(r"至急|急ぎ|緊急|本日中|今日中|早急|救急")
#: Finding categories that judge the whole report; they weigh through REPORT_WEIGHT.
REPORT_CATEGORIES = frozenset({"purpose", "request", "urgency"})


class Features(NamedTuple):
    """What the score reads from a Report; the weights are applied in :func:`score`."""

    sentences: int
    problems: float  # Σ severity weights of word-level findings + MISSING_WEIGHT × missing elements
    elements: int
    failings: frozenset[str]  # keys of REPORT_WEIGHT that apply to the report
    lateness: float = 0.0  # 0–1: the share of REPORT_WEIGHT["urgency-late"] that applies (urgency-late among the failings)
    thinness: float = 0.0  # 0–1: the share of REPORT_WEIGHT["thin"] that applies (thin among the failings)
    figures: int = 0  # elements that tell a number (38.2℃, 3日前から, 12/4), not 本日 or 最近: :func:`figures`


def features(report: Report) -> Features:
    problems = 0.0
    categories = set()
    words: list[tuple[int, int]] = []  # the spans of the word-level findings (not missing-*): what a report told vaguely
    for f in report.findings:
        if f.category.startswith("missing-"):
            problems += MISSING_WEIGHT * max(1, len(f.missing))  # one finding may list several kinds (issue #11)
        elif f.category in REPORT_CATEGORIES:
            categories.add(f.category)
        elif f.category != "suppression":
            # a state word over an observation (食欲低下) carries the observation's missing kinds too
            problems += SEVERITY_WEIGHT.get(f.severity, 0.7) + MISSING_WEIGHT * len(f.missing)
            words.append((f.start, f.end))
    failings = set()
    if "purpose" in categories:
        failings.add("purpose")
    if "request" in categories:
        # (asking nothing weighs as a vague ask where that is what the report should do: it follows a call, or its writer
        # marks it as information or it is a calm note, whose VC702 is a detail: the session 53 review)
        settled = report.outline.phoned or any(f.category == "request" and f.secondary for f in report.findings)
        state = "request" if settled and report.outline.request == "none" else report.outline.request
        failings.add({"unordered": "request-unordered", "none": "request-none"}.get(state, "request"))
    if "urgency" in categories:
        failings.add("urgency-told" if _told_up_front(report) else "urgency")
        if failings & {"purpose", "request", "request-none"}:
            failings.add("urgency-buried")
    opening = _after_the_opening(report.text)
    lateness = _lateness(report, opening) if "urgency" in failings else 0.0
    if lateness > 0:
        failings.add("urgency-late")
    # a message to the physician (VC701/VC702 apply), not a bare record of vitals
    thinness = _thinness(report.text, opening, words) if report.outline is not None and report.outline.message else 0.0
    if thinness > 0:
        failings.add("thin")
    return Features(len(report.sentences), problems, len(report.elements), frozenset(failings), lateness, thinness,
                    figures(report))


def figures(report: Report) -> int:
    """How many of the report's elements tell a number: an amount read (38.2℃, 半分, 3日前から) or a numeral written
    (12/4, 12月3日).  本日, 昨日 or 毎日 are elements but no figure: within the poorly written reports of the fit data the
    physicians ranked reports by the figures they tell, and an element without a number only blurred that (session 56)."""
    return sum(1 for el in report.elements if el.value.get("amount") is not None or _NUMERAL.search(el.text))


def _told_up_front(report: Report) -> bool:
    """The line that states the purpose names the red flag or says the matter is urgent (【目的】至急のご相談です。
    本日中の受診の要否についてご指示をお願いします): the physician sees it first.  Rated blind, such reports scored
    9–10 of 10 with the red flag (blind97's physicians), where the score had halved them."""
    outline = report.outline
    if outline is None or outline.purpose is None:
        return False
    text = report.text
    first = text.rfind("\n", 0, outline.purpose.start) + 1
    last = text.find("\n", outline.purpose.end)
    last = len(text) if last < 0 else last
    return bool(_URGENT_WORDS.search(text, first, last)) or any(first <= u.start < last for u in outline.urgent)


#: A line that only addresses, or a sentence that only greets or introduces the writer (山田先生 / いつもお世話になって
#: おります。 / ケアマネの中島です。): a sentence, not the rest of its line (the session 36 review).
_OPENING_LINE = _regex.lazy(r"[^\n。]{0,40}(?:先生|御中|御侍史|様)(?:へ|まで)?[　 ]*\n"
                           r"|[^\n。]{0,30}(?:お世話に|お疲れ|おつかれ|拝啓)[^\n。]{0,20}[。！!]?[　 ]*\n?"
                           r"|[^\n。]{0,30}(?:事業所|居宅|ケアマネ|介護支援専門員)[^\n。]{0,15}です[。！!]?[　 ]*\n?")


def _lateness(report: Report, opening: int) -> float:
    """How late the first red flag is told, 0 to 1: the share of the text, from the end of the purpose's sentence where
    the purpose opens the report (else from after the address, greeting and self-introduction sentences), that the
    physician reads before the sentence holding the red flag, doubled and capped at 1 — the full urgency-late weight
    from the text's second half on, a part of it before (session 48: on the fit data, blind6–73, the physicians rated
    poorly written reports lower the later their red flag came, not only past the half).  Counted in characters other
    than white space; 0 for a red flag in the first sentence told.  ``opening`` is :func:`_after_the_opening` of the text."""
    outline = report.outline
    if outline is None or not outline.urgent:
        return 0.0
    text = report.text
    first = min(u.start for u in outline.urgent)

    def sentence(at: int) -> tuple[int, int]:
        return next(((s.start, s.end) for s in report.sentences if s.start <= at < s.end), (at, at))

    start = sentence(outline.purpose.start)[1] if outline.purpose is not None and outline.purpose.start < first else min(opening, first)
    at = sentence(first)[0]
    told = _chars(text[start:at]) if at > start else 0
    whole = _chars(text[start:])
    return min(1.0, 2 * told / whole) if whole else 0.0


def _thinness(text: str, opening: int, words: list[tuple[int, int]]) -> float:
    """How little a report tells, 0 to 1: 1 - (characters after the opening lines, ``opening`` on, other than white space
    and the ``words`` of word-level findings) / THIN_CHARS, floored at 0.  A vague word added never makes a report less
    thin; a physician rated thin reports (「今日訪問しました。特に変わりなかったです。」) below what the score gave them
    (session 48)."""
    told = _chars(text[opening:])
    end = opening  # the findings' spans merged, in text order: each character inside one is taken off once
    for start, stop in sorted(words):
        start = max(start, end)
        if stop > start:
            told -= _chars(text[start:stop])
            end = stop
    return max(0.0, 1.0 - told / THIN_CHARS)


def _chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _after_the_opening(text: str) -> int:
    """Where a report with no stated purpose begins to tell something: after its leading address, greeting and
    self-introduction lines."""
    at = 0
    while (m := _OPENING_LINE.match(text, at)) is not None:
        at = m.end()
    return at


def score(feats: Features, report_weight: Mapping[str, float] = REPORT_WEIGHT,
          element_share: float = ELEMENT_SHARE, figures_wanted: int = FIGURES) -> float:
    """The formula of docs/clarity.md over given weights (corpus/ratings/fit_weights.py tries others)."""
    if not feats.sentences:
        return 100.0  # nothing written, nothing unclear
    concreteness = min(1.0, feats.figures / min(figures_wanted, feats.sentences))
    # (thin counts only as far as the report lacks elements: a short report with its purpose, times and readings is
    # concise, not thin — the session 48 review)
    share = {"urgency-late": feats.lateness, "thin": feats.thinness * (1.0 - min(1.0, feats.elements / feats.sentences))}
    report = sum(report_weight[k] * share.get(k, 1.0) for k in feats.failings)
    value = 100.0 * ((1 - element_share) + element_share * concreteness) / (1.0 + feats.problems / feats.sentences + report)
    return round(value, 2)


def clarity(report: Report) -> float:
    """Clarity score from 0 to 100 (higher is clearer); the formula is in docs/clarity.md.

    problems = Σ severity weight of word-level findings + 0.5 × missing kinds listed on them
    report   = Σ REPORT_WEIGHT of the report-level failings (once per report; urgency-late × lateness, thin × thinness)
    score    = 100 × ((1 - ELEMENT_SHARE) + ELEMENT_SHARE × min(1, elements / sentences)) / (1 + problems / sentences + report)
    """
    return score(features(report))
