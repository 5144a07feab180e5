"""Find lexicon patterns in a sentence's tokens.

Sequences are indexed by the words their first token may be, so a sentence costs
one dictionary look-up per token plus the few candidates that start there.

A plain word in a pattern also matches a run of adjacent tokens whose written
forms join up to it: a team that writes ``リハパン`` should not need to know that
UniDic reads it as リハ + パン.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

from .lexicon import Sequence, Spec
from .model import Token

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """``tokens[first:last]`` matched a sequence of ``item``."""

    first: int
    last: int
    item: T


def match_spec(spec: Spec, tokens: tuple[Token, ...], i: int) -> int:
    """End index (exclusive) if ``spec`` matches at ``tokens[i]``, else -1."""
    if i >= len(tokens):
        return -1
    tok = tokens[i]
    for alt in spec:
        if alt.matches(tok):
            return i + 1
    for alt in spec:
        word = alt.word
        if word is None or alt.pos is not None or len(word) <= len(tok.norm) or not word.startswith(tok.norm):
            continue
        joined = tok.norm
        k = i + 1
        while k < len(tokens) and len(joined) < len(word) and tokens[k].start == tokens[k - 1].end:
            joined += tokens[k].norm
            k += 1
        if joined == word:
            return k
    return -1


def match_sequence(seq: Sequence, tokens: tuple[Token, ...], i: int) -> int:
    """End index (exclusive) if the whole sequence matches from ``tokens[i]``, else -1."""
    for spec in seq:
        i = match_spec(spec, tokens, i)
        if i < 0:
            return -1
    return i


_Cand = tuple[int, Sequence, T]  # (anchor offset, sequence, item)


class PatternIndex(Generic[T]):
    """Sequences indexed by an anchor: their first token spec that names words.

    Specs before the anchor name only a part of speech (``[形容詞] そう-様態``),
    so each takes exactly one token and the match starts ``offset`` tokens
    before the anchor.  Only sequences made of nothing but POS specs are tried
    at every token.
    """

    def __init__(self, items: Iterable[tuple[Sequence, T]]) -> None:
        self._by_word: dict[str, list[_Cand]] = {}
        self._by_first_char: dict[str, list[tuple[str, int, Sequence, T]]] = {}
        self._any: list[_Cand] = []
        for seq, item in items:
            anchor = next((k for k, spec in enumerate(seq) if all(alt.word is not None for alt in spec)), None)
            if anchor is None:
                self._any.append((0, seq, item))
                continue
            for word in {alt.word for alt in seq[anchor]}:
                assert word is not None
                self._by_word.setdefault(word, []).append((anchor, seq, item))
                if len(word) > 1:
                    self._by_first_char.setdefault(word[0], []).append((word, anchor, seq, item))

    def _candidates(self, tok: Token) -> list[_Cand]:
        by_word = self._by_word
        cands = by_word.get(tok.lemma, [])
        if tok.norm != tok.lemma and tok.norm in by_word:
            cands = cands + by_word[tok.norm]
        split = self._by_first_char.get(tok.norm[:1])
        if split:
            norm = tok.norm
            extra = [(a, seq, item) for word, a, seq, item in split if len(word) > len(norm) and word.startswith(norm)]
            if extra:
                cands = cands + extra
        if self._any:
            cands = cands + self._any
        return cands

    def find(self, tokens: tuple[Token, ...]) -> list[Match[T]]:
        """All matches, the longest per (start, item), in order of start."""
        best: dict[tuple[int, int], Match[T]] = {}
        for i, tok in enumerate(tokens):
            for offset, seq, item in self._candidates(tok):
                start = i - offset
                if start < 0:
                    continue
                end = match_sequence(seq, tokens, start)
                if end < 0:
                    continue
                key = (start, id(item))
                old = best.get(key)
                if old is None or old.last < end:
                    best[key] = Match(start, end, item)
        return sorted(best.values(), key=lambda m: (m.first, -m.last))


def any_matches(specs: tuple[Spec, ...], tok: Token | None) -> bool:
    return tok is not None and any(alt.matches(tok) for spec in specs for alt in spec)
