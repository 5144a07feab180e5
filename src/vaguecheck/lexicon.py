"""Lexicons: rules, entries, observations and do-not-flag context, as TOML data.

The format is documented in docs/lexicons.md.  Every file may hold these tables:

``[[rules]]``         a rule: id, category, severity, message, rationale, examples
``[[entries]]``       a vague expression: a token pattern and the rule it belongs to
``[[observations]]``  a symptom or event and the elements a physician needs for it
``[[pseudo]]``        a phrase that looks vague but is not (大変お世話に...)
``[[hearsay]]``       a stated source that makes inference someone else's word
``[[negation]]``      cues after an observation that say it did not happen
``[macros]``          named pattern pieces, used as ``<NAME>``
``quotes``            bracket pairs whose content is the person's own words

Loading validates every key; a mistake raises :class:`LexiconError` naming the
file, the entry and the field.
"""

from __future__ import annotations

import functools
import itertools
import marshal
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from . import _cache, _regex
from ._gc import paused
from ._io import NotRegularFileError, read_regular
from .model import CATEGORIES, ELEMENT_KINDS, SEVERITIES, Suggestion, Token


class LexiconError(ValueError):
    """A lexicon file is malformed.  ``str()`` names file, entry and field."""

    def __init__(self, file: str, where: str, problem: str) -> None:
        self.file = file
        self.where = where
        self.problem = problem
        super().__init__(f"{file}: {where}: {problem}" if where else f"{file}: {problem}")


# ---------------------------------------------------------------- patterns

@dataclass(frozen=True, slots=True)
class Alt:
    """One alternative of a token spec: a word (lemma or surface) and/or a POS prefix."""

    word: str | None
    pos: str | None
    exact: bool = False  # "=word": the written form only, not the lemma
    cform: str | None = None  # "{意志推量形}": a prefix of the conjugation form

    def matches(self, tok: Token) -> bool:
        if self.word is not None and self.word != tok.norm and (self.exact or self.word != tok.lemma):
            return False
        if self.cform is not None and not tok.cform.startswith(self.cform):
            return False
        return self.pos is None or tok.tag.startswith(self.pos)


Spec = tuple[Alt, ...]
Sequence = tuple[Spec, ...]

_ALT = _regex.compile(r"^(?P<exact>=)?(?P<word>[^\[\]{}<>?|=\s]+)?(?:\[(?P<pos>[^\[\]]+)\])?(?:\{(?P<cform>[^{}]+)\})?$")


def spec_matches(spec: Spec, tok: Token) -> bool:
    return any(a.matches(tok) for a in spec)


@functools.lru_cache(maxsize=None)
def _parse_spec(text: str) -> Spec:
    """One token of a pattern (cached: the lexicons repeat the same tokens thousands of times)."""
    if "<" in text or ">" in text:
        raise ValueError(f"cannot read token {text!r}: a <MACRO> must be a token of its own; list alternatives under 'patterns'")
    alts = []
    for part in text.split("|"):
        m = _ALT.match(part)
        if not part or m is None or (m.group("word") is None and m.group("pos") is None and m.group("cform") is None):
            raise ValueError(
                f"cannot read token {text!r}: expected word, =word, word[pos], [pos] or [pos]{{cform}}, alternatives joined by |"
            )
        word = m.group("word")
        if word is not None and len(word) > MAX_WORD:
            raise ValueError(f"a word of {len(word)} characters in token {text[:20]!r}...: at most {MAX_WORD}")
        exact = m.group("exact") is not None and word != "_"
        alts.append(_alt(None if word == "_" else word, m.group("pos"), exact, m.group("cform")))
    return tuple(alts)


@functools.lru_cache(maxsize=None)
def _alt(word: str | None, pos: str | None, exact: bool, cform: str | None) -> Alt:
    """One object per alternative (が alone and in が|も|は): fewer objects to keep, pickle and read back."""
    return Alt(word, pos, exact, cform)


#: Limits that keep loading linear in the size of a lexicon: one pattern may stand for at most
#: this many token sequences (each ``?`` doubles them; the built-in maximum is 144) ...
MAX_SEQUENCES = 4096
#: ... and a word in a pattern may be this long (the matcher indexes every prefix of a word).
MAX_WORD = 64
_MAX_MACRO_DEPTH = 5


def compile_pattern(source: str, macros: dict[str, list[str]], *,
                    cache: dict[str, list[tuple[str, ...]]] | None = None) -> list[Sequence]:
    """Expand a pattern into the fixed token sequences it stands for (see :func:`expand_pattern`)."""
    return _as_specs(expand_pattern(source, macros, cache=cache))


def _as_specs(texts: list[tuple[str, ...]]) -> list[Sequence]:
    """Token sequences written as token texts, as specs (one shared object per text: :func:`_parse_spec` is cached)."""
    return [tuple(_parse_spec(t) for t in seq) for seq in texts]


def expand_pattern(source: str, macros: dict[str, list[str]], _depth: int = 0,
                   _expanded: dict[str, list[tuple[str, ...]]] | None = None, *,
                   cache: dict[str, list[tuple[str, ...]]] | None = None) -> list[tuple[str, ...]]:
    """Expand a pattern into the fixed token sequences it stands for, each token as written in the
    pattern (every token is checked by parsing it; :func:`compile_pattern` gives the specs).

    Tokens are separated by spaces.  ``word`` matches a token whose lemma or
    written form is ``word``; ``=word`` the written form only (``=に``, not the
    に whose lemma is だ).  ``a|b`` is either, ``word[pos]`` needs both,
    ``[pos]`` any word of that part of speech (a prefix of pos1-pos2-...),
    ``{cform}`` a conjugation form (a prefix, e.g. ``[動詞]{意志推量形}``), ``_``
    any token, a trailing ``?`` makes a token optional and ``<NAME>`` inserts a
    macro.  ``元気 が|も|は? <NEG>`` matches 元気がない, 元気もありません, ...

    A pattern that would stand for more than :data:`MAX_SEQUENCES` sequences raises
    ValueError before anything is expanded, and each macro is expanded once (once per ``cache``,
    a dict the caller keeps for one set of macros, across patterns).
    """
    if _expanded is None:
        _count(source, macros, 0, {})
        _expanded = cache if cache is not None else {}
    if _depth > _MAX_MACRO_DEPTH:
        raise ValueError("macros nest too deeply (a macro that uses itself?)")
    choices: list[list[Sequence]] = []
    for item in source.split():
        optional = item.endswith("?") and len(item) > 1
        if optional:
            item = item[:-1]
        if item.startswith("<") and item.endswith(">"):
            name = item[1:-1]
            if name not in macros:
                known = ", ".join(sorted(macros)) or "none"
                raise ValueError(f"unknown macro <{name}> (known: {known})")
            if name not in _expanded:
                _expanded[name] = [seq for body in macros[name] for seq in expand_pattern(body, macros, _depth + 1, _expanded)]
            options = _expanded[name]
        else:
            _parse_spec(item)  # raises on a token that cannot be read
            options = [(item,)]
        if optional:
            options = [()] + options
        choices.append(options)
    if not choices:
        raise ValueError("empty pattern")
    out = []
    for combo in itertools.product(*choices):
        seq = tuple(tok for part in combo for tok in part)
        if seq:
            out.append(seq)
    return out


def _count(source: str, macros: dict[str, list[str]], depth: int, memo: dict[str, int]) -> int:
    """How many sequences ``source`` expands to (an upper bound), without expanding it."""
    if depth > _MAX_MACRO_DEPTH:
        raise ValueError("macros nest too deeply (a macro that uses itself?)")
    total = 1
    for item in source.split():
        optional = item.endswith("?") and len(item) > 1
        if optional:
            item = item[:-1]
        n = 1
        if item.startswith("<") and item.endswith(">") and item[1:-1] in macros:
            name = item[1:-1]
            if name not in memo:
                memo[name] = sum(_count(body, macros, depth + 1, memo) for body in macros[name])
            n = memo[name]
        total *= n + optional
        if total > MAX_SEQUENCES:
            raise ValueError(
                f"expands to more than {MAX_SEQUENCES} token sequences (each optional token? or macro multiplies them);"
                " split it into several patterns or use fewer optional tokens"
            )
    return total


# ---------------------------------------------------------------- data

@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    category: str
    severity: str
    summary: str
    rationale: str
    message: str
    suggestion: Suggestion
    bad: tuple[str, ...]
    good: tuple[str, ...]
    resolved_by: tuple[str, ...] = ()
    source: str = ""
    asks: str = ""  # a missing-* rule: what is missing, as a phrase ({asks} in the message: いつから)
    opt_in: bool = False  # left out of the default selection: checked only when selected (its id, prefix, category or ALL)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    rule: str
    patterns: tuple[str, ...]
    sequences: tuple[Sequence, ...]
    message: str | None
    suggestion: Suggestion | None
    not_before: tuple[Spec, ...]
    not_after: tuple[Spec, ...]
    resolved_by: tuple[str, ...] | None
    bad: tuple[str, ...]
    good: tuple[str, ...]
    # token specs the match's own first token must not be (黒い of 黒くなった: a colour told, no degree)
    not_first: tuple[Spec, ...] = ()
    note: str = ""
    source: str = ""
    # the observation the entry's words themselves name (トイレが近い: frequent-urination), whose questions and example
    # its finding takes, whatever else its clause names (膝も痛い)
    about: str = ""


@dataclass(frozen=True, slots=True)
class Observation:
    id: str
    label: str
    patterns: tuple[str, ...]
    sequences: tuple[Sequence, ...]
    needs: tuple[str, ...]
    not_before: tuple[Spec, ...]
    bad: tuple[str, ...]
    good: tuple[str, ...]
    source: str = ""
    # what to ask about this observation, used before the missing-* rule's own text (docs/lexicons.md)
    questions: tuple[str, ...] = ()
    units: tuple[str, ...] = ()  # the units or words an answer is given in (℃, mmHg, 何時間ごと)
    example: str = ""
    topics: tuple[Spec, ...] = ()  # words that make a vague word in their clause about this observation
    # a general observation (a change told of anything: 浸出液が増えた) that gives way to a named one it overlaps
    yields: bool = False
    # kinds asked only while no measured quantity is given (痛み: since when, unless an NRS is given)
    until_measured: tuple[str, ...] = ()
    # kinds asked of a recurring state but not of one episode told in the past or on a named day (ふらつき: how often,
    # but not of 本日午前中にめまいの訴えがありました)
    unless_once: tuple[str, ...] = ()
    # patterns that, in the observation's sentence, tell its degree without a number (むくみ: 押す _? _? 跡, 圧痕, 凹む):
    # its quantity is not asked (indexed as :class:`DegreeSign`)
    degree_by: tuple[Sequence, ...] = ()
    # token specs that block a match when they come right before it (脳 of 脳出血: a diagnosis, not a bleed seen)
    not_after: tuple[Spec, ...] = ()
    # the body part the example names (仙骨部), replaced by the one the writer named (顔が赤い: 顔)
    example_site: str = ""
    # a vital sign (体温, 血圧, 呼吸, 意識, 脈): what a physician asks beside any red flag, so a finding
    # about it is never ranked below one (Finding.secondary)
    vital: bool = False
    # the example where the writer tells it getting better (むくみは少し引いてきた: context.improving); without one, a
    # finding there shows no example rather than a decline's
    example_better: str = ""
    # asked how often even of one night's or one morning's episode (昨夜嘔吐がありました: once, or five times?), which
    # otherwise counts as one: what comes in bouts (嘔吐, 下痢)
    in_bouts: bool = False
    # examples by what the writer wrote beside the mention: (words, example) pairs; the one whose word stands nearest the
    # mention in its sentence replaces ``example`` (出血 beside 歯ぐき is a gum's bleed, not a stool's; 寝汗 is no cold sweat)
    examples_by: tuple[tuple[tuple[str, ...], str], ...] = ()

    def named(self, written: str) -> str:
        """The label in the writer's words: of 「ふらつき・めまい」 the part that was written
        (ふらつき); where no part was written (尻もちをつかれ for 転倒・転落), what was written."""
        parts = [p for p in re.split(r"[・（）()]", self.label) if p]
        if len(parts) < 2:
            return self.label
        return next((p for p in parts if p in written), written)

    def suggestion(self, fallback: Suggestion, label: str | None = None, site: str | None = None,
                   better: bool = False, near: tuple[str, int, int] | None = None) -> Suggestion:
        """This observation's questions and example, the rule's (``fallback``) where it has none; the
        example about the body part the writer named (``site``), where the item says which words of it
        name its own (``example_site``): 顔が少し赤い is not answered with the sacrum.  Where the writer tells it
        getting better (``better``), its ``example_better``, or none: not a decline's.  ``near`` (a sentence's text and
        the mention's offsets in it) picks the example of ``examples_by`` whose word stands nearest the mention."""
        label = label or self.label
        if better:
            return Suggestion(self.questions or fallback.questions, fallback.template.replace("{label}", label), self.example_better)
        example = self.example
        if near and self.examples_by:
            example = self.example_by(*near) or example
        if example and site and self.example_site:
            example = example.replace(self.example_site, site, 1)
        return Suggestion(
            self.questions or fallback.questions,
            fallback.template.replace("{label}", label),
            example or fallback.example.replace("{label}", label),
        )

    def example_by(self, text: str, start: int, end: int) -> str | None:
        """The example of ``examples_by`` whose word stands nearest offsets ``start``–``end`` of ``text`` (first one with
        no comma or full stop between, then by the characters between; the earlier entry on a tie), or None where none
        is written."""
        best: tuple[bool, int, int] | None = None
        chosen = None
        for rank, (words, example) in enumerate(self.examples_by):
            for word in words:
                at = text.find(word)
                while at >= 0:
                    lo, hi = (at + len(word), start) if at + len(word) <= start else (end, at)
                    key = (any(c in text[lo:hi] for c in "、，,。"), max(at - end, start - at - len(word), 0), rank)
                    if best is None or key < best:
                        best, chosen = key, example
                    at = text.find(word, at + 1)
        return chosen


@dataclass(frozen=True, slots=True)
class ContextPattern:
    """A pseudo, hearsay or negation pattern."""

    id: str
    kind: str  # "pseudo" | "hearsay" | "negation" | "aside"
    patterns: tuple[str, ...]
    sequences: tuple[Sequence, ...]
    suppresses: tuple[str, ...]  # categories, rule ids or entry ids
    good: tuple[str, ...]
    reach: int = 4  # negation: how many tokens after the observation it may start
    note: str = ""
    source: str = ""
    not_before: tuple[Spec, ...] = ()  # negation: token specs after the match (and its auxiliaries) that cancel it (治まらない)


@dataclass(frozen=True, slots=True)
class Cue:
    """A report-level cue: what a sentence does in the report (``[[cues]]``)."""

    id: str
    kind: str  # one of CUE_KINDS
    patterns: tuple[str, ...]
    sequences: tuple[Sequence, ...]
    match: tuple[str, ...]  # sentences that contain the cue (tests)
    no_match: tuple[str, ...] = ()
    position: str | None = None  # "start" / "end" / "line": the cue must begin / end / fill the sentence
    note: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class UrgentSign:
    """A red-flag symptom (``[[urgent]]``): a report mentioning it needs a call today."""

    id: str
    label: str
    patterns: tuple[str, ...]
    sequences: tuple[Sequence, ...]
    reference: str  # the guidance the item follows
    bad: tuple[str, ...]
    good: tuple[str, ...]
    with_sentence: tuple[Sequence, ...] = ()  # one must also match in the same sentence
    with_report: tuple[Sequence, ...] = ()  # one must also match somewhere in the report
    with_near: tuple[Sequence, ...] = ()  # one must also match in this sentence or the next or previous one
    unless_report: tuple[Sequence, ...] = ()  # one matching anywhere in the report explains the sign (鉄剤 for 黒色便)
    vital: tuple[str, ...] = ()  # units of a measured value that must be below ``below``
    below: float | None = None
    above: float | None = None
    change_below: float | None = None  # a change in ``vital`` units told in the report, all below this, settles the sign
    example: str = ""  # the rewrite shown for this red flag (the rule's example otherwise)
    note: str = ""
    source: str = ""
    despite_question: bool = False  # a question form does not undo it (楽になれるかな: a musing, not a doubt)
    with_after: bool = False  # the `with` condition follows the sign (呼んでも + 目を開けるだけ, not うとうと… + 声をかければ)
    overrides: tuple[str, ...] = ()  # signs this one is given instead of when both are given in a sentence (血痰 over a gut bleed)
    now: bool = False  # may be an emergency under way (chest pain, stroke signs): call now, not today


@dataclass(frozen=True, slots=True)
class UrgentCondition:
    """A ``with`` / ``with_near`` / ``with_report`` / ``unless_report`` pattern of an :class:`UrgentSign`,
    indexed like any pattern."""

    sign: str
    scope: str  # "sentence" | "near" | "report" | "unless"


@dataclass(frozen=True, slots=True)
class TopicWord:
    """One of an observation's ``topics`` words, indexed like any pattern so that a sentence's
    topic words are found in the one look-up per token (血圧 in 血圧がちょっと高め)."""

    observation: Observation


@dataclass(frozen=True, slots=True)
class DegreeSign:
    """One of an observation's ``degree_by`` patterns, indexed like any pattern so that a sentence's signs of a degree
    (押すと跡が残る of むくみ) are found in the one look-up per token."""

    observation: Observation


#: What a ``[[cues]]`` item may say about a sentence.
CUE_KINDS: tuple[str, ...] = ("frame", "purpose", "ask", "action", "open-action", "topic", "vague-request", "no-reply", "phoned",
                             "history", "hypothetical", "onset", "arranged", "reply-by", "later", "information")


@dataclass(frozen=True)
class Lexicon:
    """Everything the checker knows, merged from one or more files."""

    rules: dict[str, Rule]
    entries: tuple[Entry, ...]
    observations: tuple[Observation, ...]
    context: tuple[ContextPattern, ...]
    quotes: tuple[tuple[str, str], ...]
    macros: dict[str, list[str]] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = ()
    urgent: tuple[UrgentSign, ...] = ()

    def observation(self, oid: str) -> Observation | None:
        """The observation with id ``oid`` (an entry's ``about``), or None."""
        return next((o for o in self.observations if o.id == oid), None)

    def rule_for_missing(self, kind: str) -> Rule | None:
        category = f"missing-{kind}"
        for rule in self.rules.values():
            if rule.category == category:
                return rule
        return None


# ---------------------------------------------------------------- validation

#: What an observation may need: the element kinds, and the location (部位) of a symptom on the body,
#: which the missing pass looks for itself (elements.locations) and Report.elements does not list.
NEED_KINDS: tuple[str, ...] = (*ELEMENT_KINDS, "location")
#: What may settle a vague word (``resolved_by``): an element kind, or ``occasion``, a date before it in its
#: sentence with the word's predicate in the past (10月20日に…壁に手をついた場面がありました: one occasion told)
RESOLVE_KINDS: tuple[str, ...] = (*NEED_KINDS, "occasion", "steady", "before")

_RULE_ID = _regex.compile(r"^[A-Z]{1,6}[0-9]{2,4}$")
_SLUG = _regex.compile(r"^[a-z0-9][a-z0-9-]*$")

_SCHEMAS: dict[str, dict[str, tuple[type | tuple[type, ...], bool]]] = {
    # field: (type, required)
    "rules": {
        "id": (str, True), "name": (str, True), "category": (str, True), "severity": (str, True),
        "summary": (str, True), "rationale": (str, True), "message": (str, True),
        "questions": (list, False), "template": (str, False), "example": (str, False),
        "resolved_by": (list, False), "bad": (list, True), "good": (list, True), "asks": (str, False),
        "opt_in": (bool, False),
    },
    "entries": {
        "id": (str, True), "rule": (str, True), "pattern": (str, False), "patterns": (list, False),
        "message": (str, False), "questions": (list, False), "template": (str, False), "example": (str, False),
        "not_before": (list, False), "not_after": (list, False), "not_first": (list, False), "resolved_by": (list, False),
        "bad": (list, True), "good": (list, True), "note": (str, False), "about": (str, False),
    },
    "observations": {
        "id": (str, True), "label": (str, True), "pattern": (str, False), "patterns": (list, False),
        "needs": (list, True), "not_before": (list, False), "bad": (list, True), "good": (list, True),
        "note": (str, False), "questions": (list, False), "units": (list, False), "example": (str, False),
        "topics": (list, False), "yields": (bool, False), "until_measured": (list, False), "not_after": (list, False),
        "unless_once": (list, False), "degree_by": (list, False), "example_site": (str, False), "vital": (bool, False),
        "example_better": (str, False), "in_bouts": (bool, False), "examples_by": (list, False),
    },
    "cues": {
        "id": (str, True), "kind": (str, True), "pattern": (str, False), "patterns": (list, False),
        "match": (list, True), "no_match": (list, False), "position": (str, False), "note": (str, False),
    },
    "urgent": {
        "id": (str, True), "label": (str, True), "pattern": (str, False), "patterns": (list, False),
        "with": (list, False), "with_near": (list, False), "with_report": (list, False), "unless_report": (list, False), "vital": (list, False), "below": ((int, float), False), "change_below": ((int, float), False),
        "above": ((int, float), False), "despite_question": (bool, False), "with_after": (bool, False), "overrides": (list, False),
        "now": (bool, False), "source": (str, True), "bad": (list, True), "good": (list, True), "note": (str, False), "example": (str, False),
    },
    "pseudo": {"id": (str, True), "pattern": (str, False), "patterns": (list, False), "good": (list, True), "note": (str, False)},
    "aside": {"id": (str, True), "pattern": (str, False), "patterns": (list, False), "good": (list, True), "note": (str, False)},
    "hearsay": {
        "id": (str, True), "pattern": (str, False), "patterns": (list, False), "suppresses": (list, True),
        "good": (list, True), "note": (str, False),
    },
    "negation": {
        "id": (str, True), "pattern": (str, False), "patterns": (list, False), "reach": (int, False),
        "not_before": (list, False), "good": (list, True), "note": (str, False),
    },
}
_TOP_LEVEL = set(_SCHEMAS) | {"macros", "quotes"}


class _Reader:
    """Validates one file's tables; every error names file, table[index] (id) and field."""

    def __init__(self, file: str, macros: dict[str, list[str]],
                 memo: dict[str, list[tuple[str, ...]]] | None = None) -> None:
        self.file = file
        self.macros = macros
        self.expanded: dict[str, list[tuple[str, ...]]] = {}  # each macro expanded once for this reader's macros
        # each pattern's expansion, as token texts, shared by the readers of one load (and cached on disk
        # with the macros it was expanded with: expanding was two thirds of loading the built-in lexicons)
        self.memo: dict[str, list[tuple[str, ...]]] = {} if memo is None else memo
        self.used: set[str] = set()  # the patterns this load expanded: only they are written back

    def compile(self, src: str) -> list[Sequence]:
        texts = self.memo.get(src)
        self.used.add(src)
        if texts is None:
            texts = self.memo[src] = expand_pattern(src, self.macros, cache=self.expanded)
        return _as_specs(texts)

    def fail(self, where: str, problem: str) -> LexiconError:
        return LexiconError(self.file, where, problem)

    def check_fields(self, table: str, index: int, item: Any) -> tuple[str, dict[str, Any]]:
        where = f"{table}[{index}]"
        if not isinstance(item, dict):
            raise self.fail(where, f"expected a table ([[{table}]]), got {type(item).__name__}")
        if isinstance(item.get("id"), str):
            where += f" (id {item['id']!r})"
        schema = _SCHEMAS[table]
        for key in item:
            if key not in schema:
                allowed = ", ".join(schema)
                raise self.fail(where, f"unknown field {key!r} (allowed: {allowed})")
        for key, (typ, required) in schema.items():
            if key not in item:
                if required:
                    raise self.fail(where, f"missing required field {key!r}")
                continue
            if not isinstance(item[key], typ) or (typ is not bool and isinstance(item[key], bool)):
                expected = "a list of tables" if key == "examples_by" else _type_name(typ)
                raise self.fail(where, f"field {key!r}: expected {expected}, got {type(item[key]).__name__}")
            if typ is list and key != "examples_by" and not all(isinstance(x, str) for x in item[key]):
                raise self.fail(where, f"field {key!r}: expected a list of strings")  # (examples_by: tables, checked when read)
            if typ is str and not item[key].strip() and key != "template":
                raise self.fail(where, f"field {key!r}: must not be empty")
        if "id" in item and not _SLUG.match(item["id"]) and table != "rules":
            raise self.fail(where, "field 'id': use lower-case letters, digits and '-' (e.g. 'genki-nai')")
        return where, item

    def patterns(self, where: str, item: dict[str, Any]) -> tuple[tuple[str, ...], tuple[Sequence, ...]]:
        sources = ([item["pattern"]] if "pattern" in item else []) + list(item.get("patterns", []))
        if not sources:
            raise self.fail(where, "missing required field 'pattern' (or 'patterns')")
        seqs: list[Sequence] = []
        for src in sources:
            try:
                seqs.extend(self.compile(src))
            except ValueError as exc:
                raise self.fail(where, f"field 'pattern' {src!r}: {exc}") from None
        return tuple(sources), tuple(seqs)

    def more_patterns(self, where: str, item: dict[str, Any], key: str) -> tuple[Sequence, ...]:
        seqs: list[Sequence] = []
        for src in item.get(key, []):
            try:
                seqs.extend(self.compile(src))
            except ValueError as exc:
                raise self.fail(where, f"field {key!r} {src!r}: {exc}") from None
        return tuple(seqs)

    def specs(self, where: str, item: dict[str, Any], key: str) -> tuple[Spec, ...]:
        out = []
        for text in item.get(key, []):
            try:
                out.append(_parse_spec(text))
            except ValueError as exc:
                raise self.fail(where, f"field {key!r}: {exc}") from None
        return tuple(out)

    def kinds(self, where: str, item: dict[str, Any], key: str, allowed: tuple[str, ...] = NEED_KINDS) -> tuple[str, ...]:
        values = tuple(item.get(key, ()))
        for v in values:
            if v not in allowed:
                raise self.fail(where, f"field {key!r}: {v!r} is not one of {', '.join(allowed)}")
        return values

    def examples(self, where: str, item: dict[str, Any], key: str) -> tuple[str, ...]:
        values = tuple(item.get(key, ()))
        if not values or not all(v.strip() for v in values):
            raise self.fail(where, f"field {key!r}: give at least one non-empty example sentence")
        return values

    def texts(self, where: str, item: dict[str, Any], key: str) -> tuple[str, ...]:
        values = tuple(item.get(key, ()))
        if not all(v.strip() for v in values):
            raise self.fail(where, f"field {key!r}: an empty string in the list")
        return values

    def reach(self, where: str, item: dict[str, Any]) -> int:
        value = item.get("reach", 4)
        if isinstance(value, bool) or not 0 <= value <= 10:
            raise self.fail(where, "field 'reach': expected a whole number of tokens from 0 to 10")
        return value

    def example_site(self, where: str, item: dict[str, Any]) -> str:
        site = item.get("example_site", "")
        if site and site not in item.get("example", ""):
            raise self.fail(where, f"field 'example_site': {site!r} is not in the item's example")
        return site

    def examples_by(self, where: str, item: dict[str, Any]) -> tuple[tuple[tuple[str, ...], str], ...]:
        out = []
        for n, variant in enumerate(item.get("examples_by", ()), 1):
            at = f"field 'examples_by', entry {n}"
            if not isinstance(variant, dict) or set(variant) != {"words", "example"}:
                raise self.fail(where, f"{at}: expected a table with exactly 'words' (a list of strings) and 'example' (a string)")
            words, example = variant["words"], variant["example"]
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
                raise self.fail(where, f"{at}: 'words' must be a list of non-empty strings")
            if not isinstance(example, str) or not example.strip():
                raise self.fail(where, f"{at}: 'example' must be a non-empty string")
            if not any(w in example for w in words):
                raise self.fail(where, f"{at}: the example must name one of its words ({'・'.join(words)}), the thing it is about")
            out.append((tuple(words), example))
        return tuple(out)

    def suggestion(self, item: dict[str, Any]) -> Suggestion | None:
        if not any(k in item for k in ("questions", "template", "example")):
            return None
        return Suggestion(tuple(item.get("questions", ())), item.get("template", ""), item.get("example", ""))


def _type_name(typ: type | tuple[type, ...]) -> str:
    names: dict[Any, str] = {str: "a string", list: "a list of strings", dict: "a table", int: "a whole number",
                             bool: "true or false", (int, float): "a number"}
    return names.get(typ, str(typ))


def _cache_file(raw: bytes) -> Path | None:
    """Where the parsed form of a lexicon file with content ``raw`` is cached, or None (no caching).

    tomllib is pure Python, and parsing the built-in lexicons (with all their
    examples) was a fifth of a cold run.  The parsed data (plain dicts, lists and
    strings) is kept with ``marshal`` under the user's cache directory (``_cache``), keyed by a
    hash of the file's content (size and modification time can stay the same across
    an edit); any problem just means no cache.  ``VAGUECHECK_NO_CACHE=1`` turns it off.
    """
    base = _cache.folder()
    if base is None:
        return None
    key = _cache.blake2b(b"sealed\0" + raw, digest_size=16).hexdigest()  # (files behind a checksum: new names)
    return base / f"lexicon-{sys.version_info[0]}{sys.version_info[1]}-{key}.marshal"


def _memo_file(macros: dict[str, list[str]]) -> Path | None:
    """Where the expansions of patterns under ``macros`` are cached (None: no caching): keyed by the
    macros and by this module's code, so an edit of either starts a new file."""
    folder = _cache.folder()
    if folder is None:
        return None
    h = _cache.blake2b(b"sealed\0", digest_size=16)
    h.update(marshal.dumps(sorted((k, tuple(v)) for k, v in macros.items())))
    try:
        h.update(Path(__file__).read_bytes())
    except OSError:
        return None
    return folder / f"expanded-{sys.version_info[0]}{sys.version_info[1]}-{h.hexdigest()}.marshal"


def _read_memo(path: Path | None) -> dict[str, list[tuple[str, ...]]]:
    data = _cache.read_marshal(path) if path is not None else None
    return data if isinstance(data, dict) else {}


#: the newest files of each kind kept: a parsed lexicon file per content (the built-in ones are about a
#: dozen, a team's own add one per edit) and the expansions per set of macros and code
_KEEP = {"lexicon": 64, "expanded": 8}


def _write_cache(path: Path, data: Any) -> None:
    try:
        raw = marshal.dumps(data)
    except ValueError:
        return
    if _cache.write_private(path, _cache.sealed(raw)):
        kind = path.name.split("-", 1)[0]
        _cache.prune(path.parent, rf"{kind}-[0-9]+-[0-9a-f]{{32}}\.marshal", _KEEP[kind])


def _load_toml(path: Path | Any, name: str) -> dict[str, Any]:
    try:
        # A FIFO or a device given as --lexicon is refused without being read (it could block for ever).
        raw = read_regular(path) if isinstance(path, Path) else path.read_bytes()
    except OSError as exc:
        problem = "not a regular file (a FIFO or a device?)" if isinstance(exc, NotRegularFileError) else exc.strerror or exc
        raise LexiconError(name, "", f"cannot read the file ({problem}); check the path") from None
    cache = _cache_file(raw)
    if cache is not None:
        data = _cache.read_marshal(cache)
        if isinstance(data, dict):
            return data
    import tomllib  # only on a cache miss: a cold run with a warm cache never parses TOML

    try:
        parsed = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise LexiconError(name, "", "not UTF-8; save the lexicon as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(name, "", f"not valid TOML: {exc}") from None
    if cache is not None:
        _write_cache(cache, parsed)
    return parsed


#: The built-in lexicons: the package's own folder (importlib.resources gives the same path for an installed package and
#: costs 5-9 ms of a cold start to import, with tempfile and shutil; the snapshot reads this folder on every start).
_BUILTIN = Path(__file__).parent / "lexicons"


def _builtin_files() -> list[tuple[Any, str]]:
    root = _BUILTIN
    return sorted(((p, f"lexicons/{p.name}") for p in root.iterdir() if p.name.endswith(".toml")), key=lambda x: x[1])


@paused()  # a team lexicon may hold 100k words: see _gc
def load(extra: Iterable[str | Path] = (), *, builtin: bool = True) -> Lexicon:
    """Load the built-in lexicons and then ``extra`` files, validating everything.

    Files are read in two passes: macros and rules first, so an entry may use a
    macro or rule from any file, including a built-in one.
    """
    sources: list[tuple[Any, str]] = _builtin_files() if builtin else []
    sources += [(Path(p), str(p)) for p in extra]
    docs = []
    macros: dict[str, list[str]] = {}
    quotes: list[tuple[str, str]] = []
    for path, name in sources:
        data = _load_toml(path, name)
        for key in data:
            if key not in _TOP_LEVEL:
                raise LexiconError(name, "", f"unknown table {key!r} (allowed: {', '.join(sorted(_TOP_LEVEL))})")
        if not isinstance(data.get("macros", {}), dict):
            raise LexiconError(name, "macros", "expected a table ([macros]) of NAME = \"pattern\" or a list of patterns")
        if not isinstance(data.get("quotes", []), list):
            raise LexiconError(name, "quotes", "expected a list of pairs, e.g. [[\"「\", \"」\"]]")
        for mname, body in data.get("macros", {}).items():
            if isinstance(body, str):
                body = [body]
            if not isinstance(body, list) or not body or not all(isinstance(b, str) for b in body):
                raise LexiconError(name, f"macros.{mname}", "expected a pattern string or a list of them")
            macros[mname] = body
        for i, pair in enumerate(data.get("quotes", [])):
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(c, str) and len(c) == 1 for c in pair)):
                raise LexiconError(name, f"quotes[{i}]", "expected a pair of single characters, e.g. [\"「\", \"」\"]")
            quotes.append((pair[0], pair[1]))
        docs.append((name, data))

    memo_file = _memo_file(macros)
    memo = _read_memo(memo_file)
    memo_size = len(memo)
    readers: list[_Reader] = []
    rules: dict[str, Rule] = {}
    for name, data in docs:
        reader = _Reader(name, macros, memo)
        readers.append(reader)
        for i, item in enumerate(_table(reader, data, "rules")):
            where, item = reader.check_fields("rules", i, item)
            rid = item["id"]
            if not _RULE_ID.match(rid):
                raise reader.fail(where, "field 'id': expected letters then digits, e.g. 'VC101' or 'TEAM01'")
            if rid in rules:
                raise reader.fail(where, f"field 'id': rule {rid} is already defined in {rules[rid].source}")
            if not _SLUG.match(item["name"]):
                raise reader.fail(where, "field 'name': use lower-case letters, digits and '-'")
            if item["severity"] not in SEVERITIES:
                raise reader.fail(where, f"field 'severity': expected one of {', '.join(SEVERITIES)}")
            if not _SLUG.match(item["category"]):
                raise reader.fail(where, f"field 'category': use lower-case letters and '-' (built-in: {', '.join(CATEGORIES)})")
            rules[rid] = Rule(
                id=rid, name=item["name"], category=item["category"], severity=item["severity"],
                summary=item["summary"], rationale=item["rationale"], message=item["message"],
                suggestion=reader.suggestion(item) or Suggestion(),
                bad=reader.examples(where, item, "bad"), good=reader.examples(where, item, "good"),
                resolved_by=reader.kinds(where, item, "resolved_by", RESOLVE_KINDS), source=name, asks=item.get("asks", ""),
                opt_in=item.get("opt_in", False),
            )

    entries: list[Entry] = []
    observations: list[Observation] = []
    context: list[ContextPattern] = []
    cues: list[Cue] = []
    urgent: list[UrgentSign] = []
    seen: dict[str, str] = {}
    suppressing: list[tuple[_Reader, str, Any]] = []
    overriding: list[tuple[_Reader, str, Any]] = []
    naming: list[tuple[_Reader, str, str]] = []  # entries' `about`, checked once every file is read
    for name, data in docs:
        reader = _Reader(name, macros, memo)
        readers.append(reader)
        for table in ("entries", "observations", "pseudo", "hearsay", "negation", "aside", "cues", "urgent"):
            for i, item in enumerate(_table(reader, data, table)):
                where, item = reader.check_fields(table, i, item)
                key = f"{table}:{item['id']}"
                if key in seen:
                    raise reader.fail(where, f"field 'id': {item['id']!r} is already used in {seen[key]}")
                seen[key] = name
                if table == "observations" and not item.get("needs") and "pattern" not in item and "patterns" not in item:
                    srcs, seqs = (), ()  # a topic only: lends its questions to vague words (checked below)
                else:
                    srcs, seqs = reader.patterns(where, item)
                if table == "entries":
                    if item["rule"] not in rules:
                        raise reader.fail(where, f"field 'rule': no rule {item['rule']!r} (define it under [[rules]])")
                    entries.append(Entry(
                        id=item["id"], rule=item["rule"], patterns=srcs, sequences=seqs,
                        message=item.get("message"), suggestion=reader.suggestion(item),
                        not_before=reader.specs(where, item, "not_before"), not_after=reader.specs(where, item, "not_after"),
                        resolved_by=reader.kinds(where, item, "resolved_by", RESOLVE_KINDS) if "resolved_by" in item else None,
                        bad=reader.examples(where, item, "bad"), good=reader.examples(where, item, "good"),
                        note=item.get("note", ""), source=name, not_first=reader.specs(where, item, "not_first"),
                        about=item.get("about", ""),
                    ))
                    if item.get("about"):
                        naming.append((reader, where, item["about"]))  # checked once all observations are loaded
                elif table == "cues":
                    if item["kind"] not in CUE_KINDS:
                        raise reader.fail(where, f"field 'kind': expected one of {', '.join(CUE_KINDS)}")
                    if item.get("position", "start") not in ("start", "end", "line"):
                        raise reader.fail(where, "field 'position': expected \"start\", \"end\" or \"line\"")
                    cues.append(Cue(
                        id=item["id"], kind=item["kind"], patterns=srcs, sequences=seqs,
                        match=reader.examples(where, item, "match"), no_match=tuple(item.get("no_match", ())),
                        position=item.get("position"), note=item.get("note", ""), source=name,
                    ))
                elif table == "urgent":
                    if ("vital" in item) != ("below" in item or "above" in item or "change_below" in item):
                        raise reader.fail(where, "field 'vital' goes with 'below', 'above' or 'change_below' (e.g. vital = [\"SpO2\"], below = 90)")
                    urgent.append(UrgentSign(
                        id=item["id"], label=item["label"], patterns=srcs, sequences=seqs, reference=item["source"],
                        bad=reader.examples(where, item, "bad"), good=reader.examples(where, item, "good"),
                        with_sentence=reader.more_patterns(where, item, "with"),
                        with_report=reader.more_patterns(where, item, "with_report"),
                        with_near=reader.more_patterns(where, item, "with_near"),
                        unless_report=reader.more_patterns(where, item, "unless_report"),
                        vital=tuple(item.get("vital", ())), below=float(item["below"]) if "below" in item else None,
                        above=float(item["above"]) if "above" in item else None, example=item.get("example", ""),
                        change_below=float(item["change_below"]) if "change_below" in item else None,
                        note=item.get("note", ""), source=name, despite_question=item.get("despite_question", False),
                        with_after=item.get("with_after", False), overrides=tuple(item.get("overrides", ())),
                        now=item.get("now", False),
                    ))
                    if item.get("overrides"):
                        overriding.append((reader, where, item["overrides"]))
                elif table == "observations":
                    needs = reader.kinds(where, item, "needs")
                    until = reader.kinds(where, item, "until_measured")
                    once = reader.kinds(where, item, "unless_once")
                    # (an observation asked only until measured, 3日分飲み忘れ, may need nothing else)
                    if not needs and not until and not once and not (item.get("topics") and (item.get("questions") or item.get("example"))):
                        raise reader.fail(where, "field 'needs': name at least one element kind "
                                          "(an item with no needs is a topic: give it 'topics' and 'questions' or 'example')")
                    if srcs and not needs and not until and not once:
                        raise reader.fail(where, "field 'pattern': a topic (no needs) has 'topics' instead of patterns")
                    observations.append(Observation(
                        id=item["id"], label=item["label"], patterns=srcs, sequences=seqs, needs=needs,
                        not_before=reader.specs(where, item, "not_before"),
                        bad=reader.examples(where, item, "bad"), good=reader.examples(where, item, "good"), source=name,
                        questions=reader.texts(where, item, "questions"), units=reader.texts(where, item, "units"),
                        example=item.get("example", ""), topics=reader.specs(where, item, "topics"),
                        yields=item.get("yields", False), until_measured=until, unless_once=once,
                        degree_by=reader.more_patterns(where, item, "degree_by"),
                        not_after=reader.specs(where, item, "not_after"), example_site=reader.example_site(where, item),
                        vital=item.get("vital", False), example_better=item.get("example_better", ""),
                        in_bouts=item.get("in_bouts", False), examples_by=reader.examples_by(where, item),
                    ))
                else:
                    for cat in item.get("suppresses", ()):
                        if not isinstance(cat, str):
                            raise reader.fail(where, f"field 'suppresses': {cat!r} is no category, rule id or entry id")
                    suppressing.append((reader, where, item.get("suppresses", ())))  # names checked once all are loaded
                    context.append(ContextPattern(
                        id=item["id"], kind=table, patterns=srcs, sequences=seqs,
                        suppresses=tuple(item.get("suppresses", ())), good=reader.examples(where, item, "good"),
                        note=item.get("note", ""), source=name, reach=reader.reach(where, item),
                        not_before=reader.specs(where, item, "not_before"),
                    ))
    # a name in `suppresses` is a category, a rule id or an entry id (which may be defined in a later file)
    known = {*CATEGORIES, *(r.category for r in rules.values()), *rules, *(e.id for e in entries)}
    for reader, where, names in suppressing:
        for cat in names:
            if cat not in known:
                raise reader.fail(where, f"field 'suppresses': {cat!r} is no category, rule id or entry id")
    # an entry's `about` is an [[observations]] id (which may be defined in a later file)
    observation_ids = {o.id for o in observations}
    for reader, where, oid in naming:
        if oid not in observation_ids:
            raise reader.fail(where, f"field 'about': {oid!r} is no [[observations]] id")
    # a name in `overrides` is another [[urgent]] item's id (which may be defined in a later file)
    signs = {u.id for u in urgent}
    for reader, where, names in overriding:
        for sid in names:
            if sid not in signs:
                raise reader.fail(where, f"field 'overrides': {sid!r} is no [[urgent]] id")
    used = set().union(*(r.used for r in readers))
    if memo_file is not None and (len(memo) > memo_size or len(used) < len(memo)):
        _write_cache(memo_file, {k: memo[k] for k in used if k in memo})  # never more than this load used
    return Lexicon(
        rules=rules, entries=tuple(entries), observations=tuple(observations), context=tuple(context),
        quotes=tuple(quotes), macros=macros, files=tuple(name for name, _ in docs), cues=tuple(cues), urgent=tuple(urgent),
    )


def _table(reader: _Reader, data: dict[str, Any], table: str) -> list[Any]:
    items = data.get(table, [])
    if not isinstance(items, list):
        raise reader.fail(table, f"expected an array of tables ([[{table}]]), got {type(items).__name__}")
    return items
