"""Inline suppression comments, for plain text and Markdown alike.

An HTML comment is invisible in rendered Markdown and harmless in a text file::

    最近、元気がありません。 <!-- vaguecheck: ignore[VC101] -->   this line
    <!-- vaguecheck: ignore[VC301] -->                           the next line
    <!-- vaguecheck: disable[VC401] --> ... <!-- vaguecheck: enable[VC401] -->
    <!-- vaguecheck: ignore-file[VC103] -->                      the whole file

Without ``[...]`` a directive covers every rule.  Codes may be rule ids, prefixes
or categories, as in --select.  A directive that suppresses nothing is itself
reported as VC900 (cf. ruff's RUF100), so stale comments do not pile up.
The comments are blanked (same length) before checking, so their words are
never flagged and offsets stay those of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._normalize import line_column, line_starts
from .model import Finding

_COMMENT = re.compile(
    r"<!--\s*vaguecheck\s*:\s*(?P<kind>ignore-file|ignore|disable|enable)\s*(?:\[(?P<codes>[^\]]*)\])?\s*-->",
    re.IGNORECASE,
)
_ANY_COMMENT = re.compile(r"<!--\s*vaguecheck\s*:(?P<body>.*?)-->", re.IGNORECASE | re.DOTALL)


@dataclass
class Directive:
    kind: str  # ignore | ignore-file | disable | enable
    codes: tuple[str, ...]  # empty = all
    start: int
    end: int
    line: int
    column: int
    used: set[str] = field(default_factory=set)  # codes (or "*") that suppressed something


@dataclass
class Suppressions:
    directives: list[Directive]
    malformed: list[tuple[int, int, int, int, str]]  # start, end, line, column, text
    blanked: str  # the text with every vaguecheck comment replaced by spaces


def parse(text: str) -> Suppressions:
    starts = line_starts(text)
    directives: list[Directive] = []
    malformed = []
    pieces = []
    last = 0
    for m in _ANY_COMMENT.finditer(text):
        pieces.append(text[last : m.start()])
        pieces.append(re.sub(r"[^\r\n]", " ", m.group(0)))
        last = m.end()
        line, col = line_column(starts, m.start())
        d = _COMMENT.fullmatch(m.group(0))
        if d is None:
            malformed.append((m.start(), m.end(), line, col, m.group(0)))
            continue
        codes = tuple(c.strip() for c in (d.group("codes") or "").split(",") if c.strip())
        directives.append(Directive(d.group("kind").lower(), codes, m.start(), m.end(), line, col))
    pieces.append(text[last:])
    return Suppressions(directives, malformed, "".join(pieces))


def _matches(code: str, finding: Finding) -> bool:
    return code == "ALL" or finding.rule.startswith(code) or code == finding.category


def _target_line(d: Directive, text: str, starts: list[int]) -> int:
    """The line an ``ignore`` covers: its own if it shares it with text, else the next non-blank one."""
    line_start = starts[d.line - 1]
    line_end = starts[d.line] if d.line < len(starts) else len(text)
    own = (text[line_start : d.start] + text[d.end : line_end]).strip()
    if own:
        return d.line
    k = d.line
    while k < len(starts):
        seg_end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if text[starts[k] : seg_end].strip():
            return k + 1
        k += 1
    return d.line + 1


def apply(findings: list[Finding], sup: Suppressions) -> list[Finding]:
    """Drop suppressed findings, marking which directives and codes were used."""
    text = sup.blanked
    starts = line_starts(text)
    ignores = [(d, _target_line(d, text, starts)) for d in sup.directives if d.kind == "ignore"]
    file_level = [d for d in sup.directives if d.kind == "ignore-file"]
    ranges = sorted((d for d in sup.directives if d.kind in ("disable", "enable")), key=lambda d: d.start)
    kept = []
    for f in findings:
        hit = _suppressor(f, file_level, ignores, ranges)
        if hit is None:
            kept.append(f)
    return kept


def _suppressor(f: Finding, file_level, ignores, ranges) -> Directive | None:
    for d in file_level:
        if _use(d, f):
            return d
    for d, line in ignores:
        if line == f.line and _use(d, f):
            return d
    # disable/enable: the last directive before the finding that names its rule decides
    state: Directive | None = None
    for d in ranges:
        if d.start > f.start:
            break
        if not d.codes or any(_matches(c, f) for c in d.codes):
            state = d if d.kind == "disable" else None
    if state is not None and _use(state, f):
        return state
    return None


def _use(d: Directive, f: Finding) -> bool:
    if not d.codes:
        d.used.add("*")
        return True
    for c in d.codes:
        if _matches(c, f):
            d.used.add(c)
            return True
    return False


def unused(sup: Suppressions, known: set[str], categories: set[str]) -> list[tuple[Directive | None, int, int, int, int, str]]:
    """(directive, start, end, line, column, message) for each directive or code that did nothing."""
    out: list[tuple[Directive | None, int, int, int, int, str]] = []
    for d in sup.directives:
        if d.kind == "enable":
            continue
        if not d.codes:
            if "*" not in d.used:
                out.append((d, d.start, d.end, d.line, d.column, "この抑制コメントは何も抑制していません。不要なら削除してください。"))
            continue
        for c in d.codes:
            if c != "ALL" and not any(k.startswith(c) for k in known) and c not in categories:
                out.append((d, d.start, d.end, d.line, d.column, f"抑制コメントの {c} というルールはありません。ルール ID（VC101 など）かカテゴリを指定してください。"))
            elif c not in d.used:
                out.append((d, d.start, d.end, d.line, d.column, f"抑制コメントの {c} は何も抑制していません。不要なら削除してください。"))
    for start, end, line, col, raw in sup.malformed:
        out.append((None, start, end, line, col, f"抑制コメントを読めません: {raw.strip()}（例: <!-- vaguecheck: ignore[VC101] -->）"))
    return out
