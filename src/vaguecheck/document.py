"""The analysed text that every pass reads, and the candidate findings passes return.

A pass is a function ``run(doc: Document, found: list[Candidate]) -> list[Candidate]``:
it reads the whole :class:`Document` (and the candidates of the passes before it) and
returns new candidates anchored anywhere in the text.  The checker turns candidates into
:class:`~vaguecheck.model.Finding` objects with line and column.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analyzer import Analysis
from .lexicon import ContextPattern, Cue, Entry, Lexicon, Observation, Rule, UrgentCondition, UrgentSign
from .matcher import Match
from .model import SEVERITIES, Element, Outline, Sentence, Suggestion


@dataclass(frozen=True, slots=True)
class Candidate:
    """A finding before it has a line and column."""

    rule: Rule
    start: int
    end: int
    sentence: int
    message: str
    suggestion: Suggestion
    entry: str
    missing: tuple[str, ...] = ()


@dataclass
class Document:
    """The analysed text that passes read: sentences, their elements, their context."""

    analysis: Analysis
    lexicon: Lexicon
    active: frozenset[str]  # rule ids selected for this check
    elements: list[list[Element]]  # per sentence
    blocked: list[list[tuple[int, int]]]  # per sentence: 「quotations」 and pseudo phrases, never flagged
    entries: list[list[Match[Entry]]]  # per sentence
    observations: list[list[Match[Observation]]]  # per sentence
    context: list[list[Match[ContextPattern]]]  # per sentence
    report: list[list[Match[Cue | UrgentSign | UrgentCondition]]]  # per sentence: report-level cues
    outline: Outline | None = None  # built by outline.build once the rest is known

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.analysis.sentences

    @property
    def text(self) -> str:
        return self.analysis.text.original


SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def fill(message: str, **values: str) -> str:
    """Put {text} / {label} into a message; other braces are left as written (no str.format,
    so a team's message with 「{いつ}」 in it cannot break a check)."""
    for key, value in values.items():
        message = message.replace("{" + key + "}", value)
    return message


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
