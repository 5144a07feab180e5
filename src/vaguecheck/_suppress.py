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

from . import _regex
from ._gc import paused
from ._normalize import line_column, line_starts
from .model import Finding

#: ``<!-- vaguecheck`` opens a directive (``\b``: not ``<!-- vaguecheckは``); it must close on its own line.
_OPEN = _regex.lazy(r"<!--[ \t]*vaguecheck\b", re.IGNORECASE)
#: What may stand between the opener and ``-->``.
_BODY = _regex.lazy(
    r"\s*:\s*(?P<kind>ignore-file|ignore|disable|enable)\s*(?:\[(?P<codes>[^\]]*)\])?\s*",
    re.IGNORECASE,
)


@dataclass
class Directive:
    kind: str  # ignore | ignore-file | disable | enable
    codes: tuple[str, ...]  # empty = all
    start: int
    end: int
    line: int
    column: int
    used: set[str] = field(default_factory=set)  # codes (or "*") that suppressed something
    order: int = 0  # position among the directives

    def first_code(self, candidates: tuple[str, ...]) -> str | None:
        """The first of this directive's codes that is among ``candidates`` (the codes that match a finding)."""
        positions = self.__dict__.get("_positions")
        if positions is None:  # built once: a directive may list many codes and meet many findings
            positions = self.__dict__["_positions"] = {}
            for k, c in enumerate(self.codes):
                positions.setdefault(c, k)
        hits = [positions[c] for c in candidates if c in positions]
        return self.codes[min(hits)] if hits else None


@dataclass
class Suppressions:
    directives: list[Directive]
    malformed: list[tuple[int, int, int, int, str]]  # start, end, line, column, text
    blanked: str  # the text with every vaguecheck comment replaced by spaces


def _comments(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each ``<!-- vaguecheck ... -->``, in one pass over the text.

    A comment ends at the first ``-->`` on its line; one that does not close there is
    malformed and ends at the line's end, so it never swallows the text after it.  The
    next ``-->`` and line break are remembered, not searched again for every opener, so an
    adversarial line of openers still costs linear time.
    """
    n = len(text)
    out = []
    pos = 0
    close = lf = cr = -1
    for m in _OPEN.finditer(text):
        if m.start() < pos:
            continue
        after = m.end()
        if close < after:
            close = text.find("-->", after)
            close = n + 1 if close < 0 else close
        if lf < after:
            lf = text.find("\n", after)
            lf = n if lf < 0 else lf
        if cr < after:
            cr = text.find("\r", after)
            cr = n if cr < 0 else cr
        eol = min(lf, cr)
        closed = close < eol
        end = close + 3 if closed else eol
        out.append((m.start(), end, closed))
        pos = end
    return out


def parse(text: str) -> Suppressions:
    """Find the suppression comments of ``text`` (docs/cli.md); the text with them blanked."""
    with paused():  # a file of 20k comments makes 20k directives: see _gc
        return _parse(text)


def _parse(text: str) -> Suppressions:
    starts = line_starts(text)
    directives: list[Directive] = []
    malformed = []
    pieces = []
    last = 0
    for start, end, closed in _comments(text):
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))  # a comment never spans a line break
        last = end
        line, col = line_column(starts, start)
        raw = text[start:end]
        body = _BODY.fullmatch(text, _OPEN.match(text, start).end(), end - 3) if closed else None  # type: ignore[union-attr]
        codes = tuple(c.strip() for c in (body.group("codes") or "").split(",") if c.strip()) if body else ()
        if body is None or (body.group("codes") is not None and not codes):  # ignore[] or ignore[,] names nothing
            malformed.append((start, end, line, col, raw))
            continue
        directives.append(Directive(body.group("kind").lower(), codes, start, end, line, col, order=len(directives)))
    pieces.append(text[last:])
    return Suppressions(directives, malformed, "".join(pieces))


def _candidates(f: Finding) -> tuple[str, ...]:
    """Every code that matches ``f``: ALL, its category, each prefix of its id (a code matches a
    finding when it is ALL, the finding's category, or a prefix of its rule id)."""
    return ("ALL", f.category, *(f.rule[:k] for k in range(1, len(f.rule) + 1)))


class _FirstIndex:
    """Directives in order; finds the first that covers a finding, without trying each one."""

    def __init__(self, directives: list[Directive]) -> None:
        self.all: Directive | None = next((d for d in directives if not d.codes), None)
        self.by_code: dict[str, Directive] = {}
        for d in directives:
            for c in d.codes:
                self.by_code.setdefault(c, d)

    def first(self, candidates: tuple[str, ...]) -> Directive | None:
        found = [d for c in candidates if (d := self.by_code.get(c)) is not None]
        if self.all is not None:
            found.append(self.all)
        return min(found, key=lambda d: d.order) if found else None


def _blank_lines(text: str, starts: list[int]) -> list[bool]:
    """Per line (0-based), whether it holds nothing but white space."""
    bounds = [*starts[1:], len(text)]
    return [not text[a:b].strip() for a, b in zip(starts, bounds, strict=True)]


def apply(findings: list[Finding], sup: Suppressions) -> list[Finding]:
    """Drop suppressed findings, marking which directives and codes were used."""
    return Applier(sup).apply(findings)


class Applier:
    """Suppressions prepared once for a text, then applied to its findings in one or more calls.

    Linear in findings plus directives: each finding looks up the few codes that could match
    it (its id's prefixes, its category, ALL) instead of trying every directive.  Calls must
    come in text order (a large file's pieces, one after another): disable/enable ranges are
    swept once from the start.
    """

    def __init__(self, sup: Suppressions) -> None:
        with paused():
            self._prepare(sup)

    def _prepare(self, sup: Suppressions) -> None:
        text = sup.blanked
        starts = line_starts(text)
        blank = _blank_lines(text, starts)
        next_text = [0] * (len(blank) + 1)  # next_text[k]: first non-blank line (1-based) after line k, or 0
        for k in range(len(blank) - 1, -1, -1):
            next_text[k] = (k + 1) if not blank[k] else next_text[k + 1]
        ignores: dict[int, list[Directive]] = {}
        for d in sup.directives:
            if d.kind == "ignore":
                # its own line if it shares it with text (the comment itself is blanked), else the next non-blank one
                target = d.line if not blank[d.line - 1] else (next_text[d.line] or d.line + 1)
                ignores.setdefault(target, []).append(d)
        self.file_level = _FirstIndex([d for d in sup.directives if d.kind == "ignore-file"])
        self.by_line = {line: _FirstIndex(ds) for line, ds in ignores.items()}
        self.ranges = sorted((d for d in sup.directives if d.kind in ("disable", "enable")), key=lambda d: d.start)
        # disable/enable: the last directive before the finding that names its rule decides
        self.last_all: Directive | None = None
        self.last_by_code: dict[str, Directive] = {}
        self.k = 0

    def apply(self, findings: list[Finding]) -> list[Finding]:
        with paused():
            return self._apply(findings)

    def _apply(self, findings: list[Finding]) -> list[Finding]:
        suppressed: set[int] = set()
        for i in sorted(range(len(findings)), key=lambda i: findings[i].start):
            f = findings[i]
            cands = _candidates(f)
            while self.k < len(self.ranges) and self.ranges[self.k].start <= f.start:
                d = self.ranges[self.k]
                if not d.codes:
                    self.last_all = d
                for c in d.codes:
                    self.last_by_code[c] = d
                self.k += 1
            hit = self.file_level.first(cands)
            if hit is None and f.line in self.by_line:
                hit = self.by_line[f.line].first(cands)
            if hit is None:
                state = max((d for d in (self.last_all, *(self.last_by_code.get(c) for c in cands)) if d is not None),
                            key=lambda d: d.start, default=None)
                if state is not None and state.kind == "disable":
                    hit = state
            if hit is not None:
                hit.used.add(hit.first_code(cands) or "*" if hit.codes else "*")
                suppressed.add(i)
        return [f for i, f in enumerate(findings) if i not in suppressed]


def unused(sup: Suppressions, known: set[str], categories: set[str],
           active: set[str] | None = None) -> list[tuple[Directive | None, int, int, int, int, str]]:
    """(directive, start, end, line, column, message) for each directive or code that did nothing.  A code that names
    only rules not selected (``active``: an opt-in rule under the default selection) is not reported: it could not be
    used in this run, and a teammate who selects the rule needs it (ruff's RUF100 says the same of non-enabled codes)."""
    checked = known if active is None else active
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
            elif c not in d.used and (c == "ALL" or c in categories or any(k.startswith(c) for k in checked)):
                out.append((d, d.start, d.end, d.line, d.column, f"抑制コメントの {c} は何も抑制していません。不要なら削除してください。"))
    for start, end, line, col, raw in sup.malformed:
        out.append((None, start, end, line, col, f"抑制コメントを読めません: {raw.strip()}（例: <!-- vaguecheck: ignore[VC101] -->）"))
    return out
