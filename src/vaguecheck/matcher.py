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


class _FastSpec:
    """A token spec split for speed: plain words go in sets, the rest stay as Alts."""

    __slots__ = ("words", "exact", "others", "joinable", "max_join")

    def __init__(self, spec: Spec) -> None:
        plain = [a for a in spec if a.word is not None and a.pos is None and a.cform is None]
        self.words = frozenset(a.word for a in plain if not a.exact)
        self.exact = frozenset(a.word for a in plain if a.exact)
        self.others = tuple(a for a in spec if a not in plain)
        # a plain word may also match adjacent tokens that join up to it (リハパン = リハ + パン)
        self.joinable = tuple(w for w in {a.word for a in plain} if w is not None and len(w) > 1)
        self.max_join = max((len(w) for w in self.joinable), default=0)

    def match(self, tokens: tuple[Token, ...], i: int) -> int:
        """End index (exclusive) if this spec matches at ``tokens[i]``, else -1."""
        if i >= len(tokens):
            return -1
        tok = tokens[i]
        if tok.lemma in self.words or tok.norm in self.words or tok.norm in self.exact:
            return i + 1
        for alt in self.others:
            if alt.matches(tok):
                return i + 1
        norm = tok.norm
        if len(norm) < self.max_join:
            for word in self.joinable:
                if len(word) <= len(norm) or not word.startswith(norm):
                    continue
                joined = norm
                k = i + 1
                while k < len(tokens) and len(joined) < len(word) and tokens[k].start == tokens[k - 1].end:
                    joined += tokens[k].norm
                    k += 1
                if joined == word:
                    return k
        return -1


_FastSequence = tuple[_FastSpec, ...]


def _match_sequence(seq: _FastSequence, tokens: tuple[Token, ...], i: int) -> int:
    for spec in seq:
        i = spec.match(tokens, i)
        if i < 0:
            return -1
    return i


_Cand = tuple[int, _FastSequence, T]  # (anchor offset, sequence, item)


class PatternIndex(Generic[T]):
    """Sequences indexed by an anchor: their first token spec that names words.

    Specs before the anchor name only a part of speech (``[形容詞] そう-様態``),
    so each takes exactly one token and the match starts ``offset`` tokens
    before the anchor.  Only sequences made of nothing but POS specs are tried
    at every token.
    """

    def __init__(self, items: Iterable[tuple[Sequence, T]]) -> None:
        self._by_word: dict[str, list[_Cand]] = {}
        self._by_first_char: dict[str, list[tuple[str, int, _FastSequence, T]]] = {}
        self._any: list[_Cand] = []
        fast: dict[Spec, _FastSpec] = {}  # specs repeat a lot across expanded sequences
        for seq, item in items:
            fseq = tuple(fast.get(spec) or fast.setdefault(spec, _FastSpec(spec)) for spec in seq)
            anchor = next((k for k, spec in enumerate(seq) if all(alt.word is not None for alt in spec)), None)
            if anchor is None:
                self._any.append((0, fseq, item))
                continue
            for word in {alt.word for alt in seq[anchor]}:
                assert word is not None
                self._by_word.setdefault(word, []).append((anchor, fseq, item))
                if len(word) > 1:
                    self._by_first_char.setdefault(word[0], []).append((word, anchor, fseq, item))

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
                end = _match_sequence(seq, tokens, start)
                if end < 0:
                    continue
                key = (start, id(item))
                old = best.get(key)
                if old is None or old.last < end:
                    best[key] = Match(start, end, item)
        return sorted(best.values(), key=lambda m: (m.first, -m.last))


def any_matches(specs: tuple[Spec, ...], tok: Token | None) -> bool:
    return tok is not None and any(alt.matches(tok) for spec in specs for alt in spec)
