"""Checking a large text in bounded pieces, so memory stays flat however large the file.

The analysis of a text (tokens, matches, elements) costs memory in proportion to its
length: about 1.3 GB for a 10 MB file.  A file longer than :data:`PIECE_CHARS` is
therefore checked piece by piece, each cut after a blank line (a paragraph: a report
in a file of many) or, in a paragraph longer than a piece, after a line break; only a
line longer than a piece is cut mid-line.  Sentences never span a line break, and
each piece is read with a few lines of context around it and the rest of their paragraph (the
rules that look at the sentences before and after, and figures anywhere in a paragraph), so lexical findings are those of the whole text (a property
test checks it); missing-element and report-level rules see one piece and its context.  Offsets, lines and columns
are shifted back into the original text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterator

from ._normalize import line_starts
from .model import Element, Finding

#: Characters per piece (about 20 to 40 MB of analysis at a time).
PIECE_CHARS = 100_000
#: Where a paragraph ends: a blank line, in any line-break convention.
_PARAGRAPH_ENDS = ("\n\n", "\n\r\n", "\r\r")


def spans(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most ``size`` characters covering ``text``."""
    start, n = 0, len(text)
    while start < n:
        if n - start <= size:
            yield start, n
            return
        limit = start + size
        end = max((text.rfind(p, start, limit) + len(p) for p in _PARAGRAPH_ENDS if text.rfind(p, start, limit) > start),
                  default=-1)
        if end < 0:
            cut = max(text.rfind("\n", start, limit), text.rfind("\r", start, limit))
            end = cut + 1 if cut > start else limit
        if text[end - 1 : end] == "\r" and text[end : end + 1] == "\n":
            end += 1  # never between \r and \n
        yield start, end
        start = end


#: Lines of context read around a piece at least (not reported): the rules that look across sentences
#: reach two sentences back (a source named before a そうです) and one forward (a summary whose
#: figures follow), and a vague word is settled by figures anywhere in its paragraph, so a piece is
#: checked with those lines and the rest of their paragraph, and keeps its own findings.
_CONTEXT_BEFORE, _CONTEXT_AFTER = 3, 2
#: At most this many characters of context on either side (a line longer than this is cut).
_CONTEXT_CHARS = 4_000


def _line_before(text: str, c: int) -> int:
    """The start of the line that ends at line start ``c`` (> 0): a \r\n is one line break, so its \n is no line of its own
    (a text of \r\n blank lines read that \n as a line with text, and so read too little context before a piece: a blank
    status after four \r\n lost the figures of the sentence before it, which the whole text sees)."""
    end = c - 2 if c >= 2 and text[c - 2 : c] == "\r\n" else c - 1  # where the break ending that line begins
    return max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1


def _line_after(text: str, e: int) -> int:
    """The start of the line after the one starting at ``e`` (a \r\n is one break), or the text's end."""
    k = min((x for x in (text.find("\n", e), text.find("\r", e)) if x >= 0), default=len(text))
    return min(len(text), k + 2 if text[k : k + 2] == "\r\n" else k + 1)


def _context(text: str, a: int, b: int) -> tuple[int, int]:
    """(start, end) of the text read for the piece [a, b): at least _CONTEXT_BEFORE lines with text
    before it and _CONTEXT_AFTER after it, and then the rest of the paragraph they are in (a vague word
    is settled by figures anywhere in its paragraph: figures.told), never more than _CONTEXT_CHARS on
    either side.  The start is a line start (or ``a``)."""
    c, lines = a, 0
    while c > 0 and a - c < _CONTEXT_CHARS:
        prev = _line_before(text, c)
        blank = not text[prev:c].strip()
        if (lines >= _CONTEXT_BEFORE and blank) or (c < a and a - prev > _CONTEXT_CHARS):
            break  # the paragraph ends, or its next line would pass the bound: read no further
        lines += not blank
        c = prev
    if a - c > _CONTEXT_CHARS or (c < a and c > 0 and text[c - 1] not in "\r\n"):
        c = a  # too long to read, or not at a line start: no context before
    e, lines = b, 0
    while e < len(text) and e - b < _CONTEXT_CHARS:
        nxt = _line_after(text, e)
        blank = not text[e:nxt].strip()
        if (lines >= _CONTEXT_AFTER and blank) or (e > b and nxt - b > _CONTEXT_CHARS):
            break
        lines += not blank
        e = nxt
    return c, min(e, b + _CONTEXT_CHARS)


def check(checker: Any, text: str, size: int = PIECE_CHARS) -> Iterator[tuple[list[Finding], list[Element]]]:
    """Findings and elements of ``text``, piece by piece, with offsets, lines and columns into ``text``.
    Each piece is read with a few lines around it (:func:`_context`) and keeps what starts in it."""
    line, column = 1, 1  # of the current piece's first character in ``text``
    for a, b in spans(text, size):
        c, e = _context(text, a, b)
        # where the text read starts: a line start before the piece, or the piece's own start
        line_c = line - (len(line_starts(text[c:a])) - 1) if c < a else line
        column_c = 1 if c < a else column
        report = checker.check(text[c:e])
        findings = [
            replace(f, start=f.start + c, end=f.end + c, line=f.line + line_c - 1,
                    column=f.column + (column_c - 1 if f.line == 1 else 0),
                    observation=None if f.observation is None else replace(
                        f.observation, start=f.observation.start + c, end=f.observation.end + c))
            for f in report.findings if a <= f.start + c < b
        ]
        elements = [replace(el, start=el.start + c, end=el.end + c) for el in report.elements if a <= el.start + c < b]
        del report
        yield findings, elements
        piece = text[a:b]
        starts = line_starts(piece)
        if len(starts) > 1:
            line, column = line + len(starts) - 1, len(piece) - starts[-1] + 1
        else:
            column += len(piece)
