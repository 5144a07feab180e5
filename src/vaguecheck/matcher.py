"""Find lexicon patterns in a sentence's tokens.

Sequences are indexed by the words their first token may be, so a sentence costs
one dictionary look-up per token plus the few candidates that start there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

from .lexicon import Sequence, Spec, spec_matches
from .model import Token

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """``tokens[first:last]`` matched a sequence of ``item``."""

    first: int
    last: int
    item: T


class PatternIndex(Generic[T]):
    def __init__(self, items: Iterable[tuple[Sequence, T]]) -> None:
        self._by_word: dict[str, list[tuple[Sequence, T]]] = {}
        self._any: list[tuple[Sequence, T]] = []
        for seq, item in items:
            words = {alt.word for alt in seq[0]}
            if None in words:
                self._any.append((seq, item))
                continue
            for word in words:
                self._by_word.setdefault(word, []).append((seq, item))  # type: ignore[arg-type]

    def find(self, tokens: tuple[Token, ...]) -> list[Match[T]]:
        """All matches, the longest per (start, item), in order of start."""
        best: dict[tuple[int, int], Match[T]] = {}
        n = len(tokens)
        by_word = self._by_word
        for i, tok in enumerate(tokens):
            cands = by_word.get(tok.lemma, [])
            if tok.norm != tok.lemma and tok.norm in by_word:
                cands = cands + by_word[tok.norm]
            if self._any:
                cands = cands + self._any
            for seq, item in cands:
                length = len(seq)
                if length > n - i:
                    continue
                if all(spec_matches(seq[k], tokens[i + k]) for k in range(length)):
                    key = (i, id(item))
                    old = best.get(key)
                    if old is None or old.last < i + length:
                        best[key] = Match(i, i + length, item)
        return sorted(best.values(), key=lambda m: (m.first, -m.last))


def any_matches(specs: tuple[Spec, ...], tok: Token | None) -> bool:
    return tok is not None and any(spec_matches(spec, tok) for spec in specs)
