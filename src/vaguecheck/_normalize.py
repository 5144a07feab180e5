"""Selective normalisation for matching, with a map back to the original text.

Matching wants one spelling for one thing (``３８`` and ``38``, ``ｶﾞ`` and ``ガ``);
output must point into what the user wrote.  So we build a normalised copy and an
index map, and never show the normalised copy to anyone.

Only these are changed, and only one character (or a half-width kana plus its
voicing mark) at a time:

* full-width ASCII (``！``–``～``) and the ideographic space become ASCII;
* half-width katakana become full-width, a following ``ﾞ``/``ﾟ`` folded in;
* lone surrogates, NUL and other control characters become a harmless stand-in,
  because MeCab takes UTF-8 C strings;
* a wave dash that draws out a word between two hiragana (たま〜に, ちょ〜っと, すご〜く) is
  dropped, so that the word is read as written without it (its span still covers the dash).

Everything else is left alone on purpose: NFKC would turn ``℃`` into ``°C`` (which
UniDic then splits badly) and ``①`` into ``1``.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from . import _regex

_VOICING_MARKS = "\uff9e\uff9f"  # ﾞ ﾟ


def _fold_char(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        return chr(code - 0xFEE0)
    if code == 0x3000:
        return " "
    if 0xFF61 <= code <= 0xFF9F:  # half-width katakana and punctuation
        return unicodedata.normalize("NFKC", ch)
    if 0xD800 <= code <= 0xDFFF:  # lone surrogate: not encodable as UTF-8
        return "\ufffd"
    if code < 0x20 and ch not in "\n\r\t":
        return " "
    return ch


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised copy of ``original`` with ``index[i]`` = original offset of ``norm[i]``.

    ``index`` has one extra item at the end, ``len(original)``, so that a
    normalised span ``[s, e)`` maps back to ``[index[s], index[e])``.
    """

    original: str
    norm: str
    index: tuple[int, ...] | None  # None when norm has the same length as original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``norm`` back to a span of ``original``."""
        if self.index is None:
            return start, end
        return self.index[start], self.index[end]


_NEEDS_WORK = _regex.compile("[\uff01-\uff9f\u3000\u301c\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f]")
#: a wave dash (〜, or the full-width tilde ～) between two hiragana: drawn-out speech, dropped
_WAVE_IN_WORD = _regex.compile("(?<=[\u3041-\u3096])[\u301c\uff5e](?=[\u3041-\u3096])")


# a half-width kana and a voicing mark that may make one character (ｶﾞ -> ガ): the only change of length
_VOICED_PAIR = _regex.compile("[\uff66-\uff9d][\uff9e\uff9f]")
_FOLD_TABLE: dict[int, str] = {}  # what _fold_char changes, for str.translate; made on first use


def _fold_table() -> dict[int, str]:
    if not _FOLD_TABLE:
        codes = [*range(0x00, 0x20), 0x3000, *range(0xFF01, 0xFFA0), *range(0xD800, 0xE000)]
        table = {code: _fold_char(chr(code)) for code in codes}
        _FOLD_TABLE.update({code: ch for code, ch in table.items() if ch != chr(code)})
    return _FOLD_TABLE


def normalize(text: str) -> NormalizedText:
    """Return the matching form of ``text`` and its map back to ``text``."""
    if _NEEDS_WORK.search(text) is None:
        return NormalizedText(text, text, None)
    if _VOICED_PAIR.search(text) is None and _WAVE_IN_WORD.search(text) is None:
        # one character for one, so no index map: str.translate instead of a loop per character
        return NormalizedText(text, text.translate(_fold_table()), None)
    out: list[str] = []
    index: list[int] = []
    same_length = True
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        code = ord(ch)
        if 0xFF66 <= code <= 0xFF9D and i + 1 < n and text[i + 1] in _VOICING_MARKS:
            pair = unicodedata.normalize("NFKC", text[i : i + 2])
            if len(pair) == 1:  # ｶﾞ -> ガ; ｱﾞ stays two characters
                out.append(pair)
                index.append(i)
                same_length = False
                i += 2
                continue
        if ch in "\u301c\uff5e" and _WAVE_IN_WORD.match(text, i):
            same_length = False  # たま〜に: the dash is dropped; the span of the word around it covers it
            i += 1
            continue
        out.append(_fold_char(ch))  # always one character (tests/test_normalize.py checks every code point)
        index.append(i)
        i += 1
    index.append(n)
    return NormalizedText(text, "".join(out), None if same_length else tuple(index))


_LINE_END = _regex.compile("\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Offsets where lines start; ``\r\n``, ``\r`` and ``\n`` each end one line."""
    return [0, *(m.end() for m in _LINE_END.finditer(text))]


def line_column(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, given ``line_starts(text)``."""
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1
