"""Checking a large text in bounded pieces, so memory stays flat however large the file.

The analysis of a text (tokens, matches, elements) costs memory in proportion to its
length: about 1.3 GB for a 10 MB file.  A file longer than :data:`PIECE_CHARS` is
therefore checked piece by piece, each cut after a blank line (a paragraph: a report
in a file of many) or, in a paragraph longer than a piece, after a line break; only a
line longer than a piece is cut mid-line.  Sentences never span a line break, so
lexical and missing-element findings are those of the whole text (a property test
checks it); report-level rules see one piece at a time.  Offsets, lines and columns
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


def check(checker: Any, text: str, size: int = PIECE_CHARS) -> Iterator[tuple[list[Finding], list[Element]]]:
    """Findings and elements of ``text``, piece by piece, with offsets, lines and columns into ``text``."""
    line, column = 1, 1  # of the current piece's first character in ``text``
    for a, b in spans(text, size):
        piece = text[a:b]
        report = checker.check(piece)
        findings = [
            replace(f, start=f.start + a, end=f.end + a, line=f.line + line - 1,
                    column=f.column + (column - 1 if f.line == 1 else 0))
            for f in report.findings
        ]
        elements = [replace(e, start=e.start + a, end=e.end + a) for e in report.elements]
        del report
        yield findings, elements
        starts = line_starts(piece)
        if len(starts) > 1:
            line, column = line + len(starts) - 1, len(piece) - starts[-1] + 1
        else:
            column += len(piece)
