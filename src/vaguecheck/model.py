"""The data model: what a check returns.  Frozen dataclasses, JSON-ready via ``to_dict``.

Every ``start``/``end`` is a 0-based character offset into the text the user passed,
and ``text == original[start:end]`` always.  ``line`` and ``column`` are 1-based;
``\\r\\n``, ``\\r`` and ``\\n`` each end one line, so CRLF files get the same
positions as LF files.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
ElementKind = Literal["time", "quantity", "frequency"]

SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # ascending
ELEMENT_KINDS: tuple[str, ...] = ("time", "quantity", "frequency")
CATEGORIES: tuple[str, ...] = (
    "subjective",
    "inference",
    "vague-time",
    "vague-frequency",
    "vague-quantity",
    "missing-time",
    "missing-quantity",
    "missing-frequency",
    "missing-location",
    "purpose",
    "request",
    "urgency",
)
#: The categories of a vague word (not an observation lacking an element, nor a report-level finding).
VAGUE_CATEGORIES = frozenset(("subjective", "inference", "vague-time", "vague-frequency", "vague-quantity"))
#: The vague-word category that asks for each kind of element (最近 asks when, 時々 how often, 少し how much).
VAGUE_FOR_KIND = {"time": "vague-time", "quantity": "vague-quantity", "frequency": "vague-frequency"}

#: Version of the ``to_dict`` layout; bumped on any incompatible change.
SCHEMA_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Token:
    """One morpheme, the same whichever analyser produced it.

    ``lemma`` is UniDic's lemma (``無い`` for ない/無かっ/なさ) with an English gloss
    removed (``トイレ-toilet`` -> ``トイレ``) but a Japanese sense kept
    (``そう-様態`` appearance vs ``そう-伝聞`` hearsay).  ``norm`` is the surface
    after width normalisation.  ``tag`` is the part of speech as UniDic writes it,
    pos1-pos2-pos3-pos4 without the empty parts (``名詞-普通名詞-一般``); ``pos``
    gives the four levels with ``*`` where empty.  ``head`` and ``dep`` come from a
    parsing backend (GiNZA) and are -1 / "" with fugashi.
    """

    surface: str
    norm: str
    lemma: str
    tag: str
    cform: str
    start: int
    end: int
    head: int = -1  # index of the syntactic head among the sentence's tokens; -1 without a parser
    dep: str = ""  # dependency label (GiNZA backend); "" without a parser

    @property
    def pos(self) -> tuple[str, str, str, str]:
        parts = (self.tag.split("-") + ["*", "*", "*", "*"])[:4]
        return (parts[0], parts[1], parts[2], parts[3])

    @property
    def pos1(self) -> str:
        return self.tag.partition("-")[0]

    @property
    def pos2(self) -> str:
        return self.pos[1]

    @property
    def pos3(self) -> str:
        return self.pos[2]

    @property
    def pos4(self) -> str:
        return self.pos[3]


def _token_factory():  # type: ignore[no-untyped-def]
    """A maker of ``Token`` objects for the analyser's hot loop: the same object as ``Token(...)``,
    its slots set through their descriptors (the frozen dataclass's ``__init__`` goes through
    ``object.__setattr__`` by name, nearly twice as slow; one is made per morpheme)."""
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = (getattr(Token, f.name).__set__ for f in fields(Token))
    new = object.__new__

    def make(surface: str, norm: str, lemma: str, tag: str, cform: str, start: int, end: int,
             head: int, dep: str) -> Token:
        tok = new(Token)
        s0(tok, surface)
        s1(tok, norm)
        s2(tok, lemma)
        s3(tok, tag)
        s4(tok, cform)
        s5(tok, start)
        s6(tok, end)
        s7(tok, head)
        s8(tok, dep)
        return tok

    return make


make_token = _token_factory()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence or line of the report; ``tokens`` are its morphemes."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


def token_starting_at(tokens: Sequence[Token], offset: int) -> int | None:
    """The index of the token of ``tokens`` (in text order) that starts at ``offset``, or None: where a finding's first
    morpheme is (its start is a token's start, the passes' spans being token spans)."""
    k = bisect_left(tokens, offset, key=lambda t: t.start)
    return k if k < len(tokens) and tokens[k].start == offset else None


@dataclass(frozen=True, slots=True)
class Element:
    """A concrete time, quantity or frequency found in the text.

    ``value`` is normalised: ``amount`` (float or None), ``max`` (upper end of a
    range or None), ``unit`` (str or None), ``relation`` (``at``, ``since``,
    ``ago``, ``duration``, ``per``, ``every``, ``interval``, ``count``,
    ``fraction``, ``scale`` or None), ``per`` (the period of a frequency) and
    ``approximate`` (bool).
    """

    kind: ElementKind
    start: int
    end: int
    text: str
    value: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": dict(self.value),
        }


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What to do about a finding: questions to ask, a template, an example rewrite."""

    questions: tuple[str, ...] = ()
    template: str = ""
    example: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"questions": list(self.questions), "template": self.template, "example": self.example}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in the text, with the rule that found it and what to do."""

    rule: str
    category: str
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    text: str
    message: str
    suggestion: Suggestion
    missing: tuple[str, ...] = ()
    entry: str = ""  # id of the lexicon entry or observation that matched
    #: A detail beside the report's matter: in a report with a red flag, a word-level or missing
    #: finding outside the red flag's sentences (what the physician does today does not turn on it);
    #: in a message without a red flag whose request is clear, or that needs no reply, any word-level or missing finding.
    #: Kept, and counted as before; the text output lists it after the rest, without questions.
    secondary: bool = False
    #: On a vague word of time, amount or frequency (最近, 少し, ことがある): the observation it is the only answer to,
    #: whose element it asks for (咳き込むことがあります: 咳き込む, how often); None when it qualifies no observation
    #: lacking that element.
    observation: Passage | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion.to_dict(),
            "missing": list(self.missing),
            "entry": self.entry,
            "secondary": self.secondary,
            "observation": None if self.observation is None else self.observation.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of the report that the outline points at (a sentence or a symptom)."""

    start: int
    end: int
    text: str
    label: str = ""  # for an urgent symptom: its name (黒色便・吐血・下血); else ""
    id: str = ""  # for an urgent symptom: the lexicon item's id

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.id:
            out["symptom"] = self.label
            out["id"] = self.id
        return out


#: Finding categories that speak of the whole report, not of a phrase: the report-level rules and a stale
#: suppression comment (the text output does not group them with a phrase; a report pass never ranks them).
WHOLE_REPORT_CATEGORIES = frozenset(("purpose", "request", "urgency", "suppression"))

#: What an outline may say about the report's request to the physician.
REQUEST_STATES: tuple[str, ...] = ("clear", "no-reply-needed", "vague", "none", "unordered")


@dataclass(frozen=True, slots=True)
class Outline:
    """What the report is, at a glance: its purpose, its request, its urgent symptoms.

    Care software can show 目的 ✓ / 依頼 ✗ / 至急 ⚠ from it.  For a text that is not a
    report (one or two sentences) ``is_report`` is False,
    ``request`` is None and nothing else is filled in.
    """

    is_report: bool
    purpose: Passage | None = None
    request: str | None = None  # one of REQUEST_STATES, None when not a report
    requests: tuple[Passage, ...] = ()
    urgent: tuple[Passage, ...] = ()
    phoned: bool = False  # the text says the physician was phoned or an ambulance called
    message: bool = False  # addressed or signed, with a purpose or request form, or told in sentences (not a bare record): VC701/VC702 apply

    def to_dict(self) -> dict[str, Any]:
        return {
            "is_report": self.is_report,
            "purpose": self.purpose.to_dict() if self.purpose else None,
            "request": self.request,
            "requests": [p.to_dict() for p in self.requests],
            "urgent": [p.to_dict() for p in self.urgent],
            "phoned": self.phoned,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The result of checking one text."""

    text: str
    findings: tuple[Finding, ...]
    elements: tuple[Element, ...]
    sentences: tuple[Sentence, ...]
    outline: Outline = Outline(is_report=False)

    @property
    def clarity(self) -> float:
        """Clarity score, 0 to 100 (higher is clearer); see docs/clarity.md."""
        from .clarity import clarity

        return clarity(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict; the layout is documented in docs/schema.md."""
        return {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "findings": [f.to_dict() for f in self.findings],
            "elements": [e.to_dict() for e in self.elements],
            "sentences": [s.to_dict() for s in self.sentences],
            "outline": self.outline.to_dict(),
        }
