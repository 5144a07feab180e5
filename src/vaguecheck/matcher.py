"""Find lexicon patterns in a sentence's tokens.

Sequences are indexed by the words their first token may be, so a sentence costs
one dictionary look-up per token plus the few candidates that start there.

A plain word in a pattern also matches a run of adjacent tokens whose written
forms join up to it: a team that writes ``リハパン`` should not need to know that
UniDic reads it as リハ + パン.  The last token of the run may join with its lemma, so a
compound verb that an analyser splits (Sudachi's mode A: 落ち + 着か, 歩き + 回っ) still
matches ``落ち着く`` / ``歩き回る`` in any inflection.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from dataclasses import dataclass, fields
from types import EllipsisType
from typing import Callable, Generic, Iterable, TypeVar

from ._gc import paused
from .lexicon import Alt, Sequence, Spec
from .model import Token

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """``tokens[first:last]`` matched a sequence of ``item``."""

    first: int
    last: int
    item: T


def _match_factory():  # type: ignore[no-untyped-def]
    """A maker of ``Match`` objects for find(): the same object as ``Match(first, last, item)``, its slots set
    through their descriptors (the frozen dataclass's ``__init__`` sets each by name through ``object.__setattr__``),
    as ``model.make_token`` makes tokens."""
    s0, s1, s2 = (getattr(Match, f.name).__set__ for f in fields(Match))
    new = object.__new__

    def make(first: int, last: int, item: T) -> Match[T]:
        m = new(Match)
        s0(m, first)
        s1(m, last)
        s2(m, item)
        return m

    return make


_make_match = _match_factory()


class _FastSpec:
    """A token spec split for speed: plain words go in sets, parts of speech in one tuple for
    ``str.startswith``, the other alternatives under the word they name (so a token tries only
    those of its own written form or lemma)."""

    __slots__ = ("words", "exact", "pos", "keyed", "others", "joinable", "max_join", "_prefixes", "more")

    def __init__(self, spec: Spec) -> None:
        def is_plain(a: Alt) -> bool:
            return a.word is not None and a.pos is None and a.cform is None

        # linear in the alternatives: a token of 100k of them must not cost 100k² comparisons
        plain = [a for a in spec if is_plain(a)]
        self.words = frozenset(w for a in plain if not a.exact and (w := a.word) is not None)
        self.exact = frozenset(w for a in plain if a.exact and (w := a.word) is not None)
        # [名詞] and the like: any of them is a prefix of the token's tag
        self.pos = tuple(a.pos for a in spec if a.word is None and a.cform is None and a.pos is not None)
        # 無い[形容詞], ない{連用形}: a word with a condition, tried only on a token of that word
        keyed: dict[str, tuple[Alt, ...]] = {}
        for a in spec:
            if a.word is not None and not is_plain(a):
                keyed[a.word] = keyed.get(a.word, ()) + (a,)
        self.keyed = keyed
        self.others = tuple(a for a in spec if a.word is None and (a.cform is not None or a.pos is None))
        # a plain word may also match adjacent tokens that join up to it (リハパン = リハ + パン),
        # looked up by its first character so a token is not compared with every alternative
        # (sorted on first use, so loading stays linear in the words: see _sorted)
        joinable: dict[str, list[str] | tuple[str, ...]] = {}
        for w in {a.word for a in plain if a.word is not None and len(a.word) > 1}:
            joinable.setdefault(w[0], []).append(w)  # type: ignore[union-attr]
        self.joinable = joinable
        self.max_join = max((len(w) for ws in joinable.values() for w in ws), default=0)
        self._prefixes: frozenset[str] | None = None  # proper prefixes of the joinable words, on first use
        # whether a token that is none of the plain words may still match (find() asks only then)
        self.more = bool(self.pos or keyed or self.others or self.max_join)

    def match(self, tokens: tuple[Token, ...], i: int) -> int:
        """End index (exclusive) if this spec matches at ``tokens[i]``, else -1."""
        if i >= len(tokens):
            return -1
        tok = tokens[i]
        norm = tok.norm
        lemma = tok.lemma
        if lemma in self.words or norm in self.words or norm in self.exact:
            return i + 1
        if self.pos and tok.tag.startswith(self.pos):
            return i + 1
        keyed = self.keyed
        if keyed:
            for alt in keyed.get(norm, ()):
                if alt.matches(tok):
                    return i + 1
            if lemma != norm:
                for alt in keyed.get(lemma, ()):
                    if alt.matches(tok):  # checks that a "=word" alternative is not met by its lemma
                        return i + 1
        for alt in self.others:
            if alt.matches(tok):
                return i + 1
        if 0 < len(norm) < self.max_join:
            prefixes = self._prefixes
            if prefixes is None:
                prefixes = self._prefix_set()
            # most tokens begin no joinable word: one set look-up instead of a bisection
            if norm in prefixes and i + 1 < len(tokens) and tokens[i + 1].start == tok.end:
                return self._join(tokens, i, norm)
        return -1

    def _join(self, tokens: tuple[Token, ...], i: int, norm: str) -> int:
        """End index if ``tokens[i]`` and the adjacent tokens after it join up to one of the words."""
        words = self.joinable.get(norm[0], ())
        if type(words) is list:
            words = self._sorted(norm[0])
        j = bisect_left(words, norm)  # the words that start with norm are a run of the sorted ones
        while j < len(words) and words[j].startswith(norm):
            word = words[j]
            j += 1
            if len(word) == len(norm):
                continue
            joined = norm
            k = i + 1
            while k < len(tokens) and len(joined) < len(word) and tokens[k].start == tokens[k - 1].end:
                if joined + tokens[k].lemma == word:  # a compound verb split in two: 落ち + 着か (着く)
                    return k + 1
                joined += tokens[k].norm
                k += 1
            if joined == word:
                return k
        return -1

    def _sorted(self, first: str) -> tuple[str, ...]:
        """The joinable words of one first character, sorted: a shorter word before the longer
        ones it begins (リハパン before リハパンツ), so the first that joins up is the shortest.
        Sorted when a token first needs them, not at load: a team lexicon of 100k words would
        otherwise make loading grow faster than the lexicon.  The sorted copy replaces the list
        in one assignment, so a thread that reads the list meanwhile sorts its own copy."""
        words = tuple(sorted(self.joinable[first]))
        self.joinable[first] = words
        return words

    def more_test(self) -> bool | frozenset[str] | EllipsisType:
        """What a token that is none of the plain words needs for this spec to match it: nothing (``...``: an
        alternative of any token, ``_``, so it matches every token alone), nothing more to ask (False), the call
        (True), or, for a spec of words only, that its lemma or written form be one of the set (a word with a
        condition, 無い[形容詞], or a proper prefix of a joinable word), then the call."""
        if any(a.word is None and a.pos is None and a.cform is None for a in self.others):
            return ...
        if self.pos or self.others:
            return True
        needs = frozenset(self.keyed) | self.prefixes() if self.max_join else frozenset(self.keyed)
        return needs or False

    def prefixes(self) -> frozenset[str]:
        """The proper prefixes of the joinable words (see _prefix_set), made once."""
        prefixes = self._prefixes
        return self._prefix_set() if prefixes is None else prefixes

    def gate(self) -> _Gate:
        """What a token needs for this spec to match it: one of ``words`` as lemma or written form
        (a word of the spec, or a proper prefix of a joinable one), a tag that starts with one of
        ``pos``, or nothing (``open``, for a conjugation form or any token)."""
        words = self.words | self.exact | self.keyed.keys() | self._prefix_set()
        pos = self.pos + tuple(a.pos for a in self.others if a.pos is not None)
        return words, pos, any(a.pos is None for a in self.others)

    def _prefix_set(self) -> frozenset[str]:
        """Every proper prefix of a joinable word (リ, リハ, リハパ for リハパン), made when a token
        first needs it, like the sorted words; one assignment, so threads only repeat the work."""
        prefixes = frozenset(w[:k] for ws in self.joinable.values() for w in ws for k in range(1, len(w)))
        self._prefixes = prefixes
        return prefixes


_FastSequence = tuple[_FastSpec, ...]
# (words, parts of speech, open): see _FastSpec.gate
_Gate = tuple[frozenset[str], tuple[str, ...], bool]


# a node's gate and its children, flattened: see _Node.flat (per child: its plain words, the words its written form may
# be, plain or exact, whether it may match otherwise, the spec, the child)
_Flat = tuple[frozenset[str], tuple[str, ...], bool,
              tuple[tuple[frozenset[str], frozenset[str], "bool | frozenset[str] | EllipsisType", _FastSpec, "_Node"], ...]]


def _union(gates: Iterable[_Gate]) -> _Gate:
    """A gate that a token passes when it passes any of ``gates``."""
    words: set[str] = set()
    pos: dict[str, None] = {}
    is_open = False
    for w, p, o in gates:
        words |= w
        pos.update(dict.fromkeys(p))
        is_open = is_open or o
    return frozenset(words), tuple(pos), is_open


class _Node(Generic[T]):
    """A trie node: sequences that share their specs up to here share the checks."""

    __slots__ = ("children", "items", "_flat", "pending")

    def __init__(self) -> None:
        self.children: dict[_FastSpec, _Node[T]] = {}
        self.items: list[T] = []
        self._flat: _Flat | None = None
        # the sequences after an anchor, added on the group's first use (most anchors of a lexicon
        # never occur in one report, so the cold start does not build their tries): their specs
        # after the anchor, converted, each sequence followed by its item, in one flat run of
        # positions in the index's table of specs and items (the table, the run).  A list of the
        # objects themselves was 580k references to pickle and read back in a cold run (the
        # snapshot, _snapshot), against one array of integers per anchor
        self.pending: tuple[list[_FastSpec | T], array[int]] | None = None

    def materialize(self) -> None:
        """Add the pending sequences, in the order they were indexed; under a lock, as a shared
        Checker serves threads (another thread waits, then finds the trie complete)."""
        with _MATERIALIZE:
            pending = self.pending
            if pending is None:
                return
            node = self
            table, run = pending
            fast, new = _FastSpec, _Node
            for x in map(table.__getitem__, run):  # (the first check of a cold run builds a few hundred tries)
                if type(x) is fast:
                    children = node.children
                    nxt = children.get(x)
                    if nxt is None:
                        nxt = children[x] = new()
                    node = nxt
                else:  # the item of the sequence that ends here, once (by identity)
                    items = node.items
                    for y in items:
                        if y is x:
                            break
                    else:
                        items.append(x)  # type: ignore[arg-type]
                    node = self
            self.pending = None

    def flat(self) -> _Flat:
        """The gate of all the children's specs, and per child (its plain words, its plain and exact words,
        what else it may match: see _FastSpec.more_test, the spec, the child), in the children's order; made on the
        node's first visit (most nodes are never reached; one assignment, so threads at worst
        make it twice)."""
        flat = self._flat
        if flat is None:
            # (a token's written form is asked once, of the plain and the exact words together)
            kids = tuple((spec.words, spec.words | spec.exact if spec.exact else spec.words, spec.more_test(), spec, child)
                         for spec, child in self.children.items())
            flat = (*_union(spec.gate() for spec in self.children), kids)
            self._flat = flat
        return flat

    def add(self, specs: _FastSequence, item: T) -> None:
        node = self
        for spec in specs:
            nxt = node.children.get(spec)
            if nxt is None:
                nxt = node.children[spec] = _Node()
            node = nxt
        if not any(x is item for x in node.items):  # by identity: find() tells items apart by id
            node.items.append(item)


_MATERIALIZE = threading.Lock()
#: From how many gated groups on a kind of token the kind keeps their gates' union (a particle has 20 and more).
_UNION_FROM = 3
_NO_GATE: _Gate = (frozenset(), (), False)
#: How many kinds of token PatternIndex keeps the _any anchors' verdicts for before starting afresh.
_ANY_HITS_MAX = 50_000

# (anchor offset, specs before the anchor, the anchor spec, the trie after it)
_Group = tuple[int, _FastSequence, _FastSpec, "_Node[T]"]
# what a kind of token makes of the anchors (PatternIndex._kind): the groups of its words it may match, as (anchor
# offset, the specs before the anchor with a tuple of parts of speech for one of those only, the anchor spec, the trie
# after it, and, when the token alone matches the anchor, the trie's gate (_gate_after), else None: it may match only by
# joining the next), in their order; the anchors of _any it may match, the same way; the groups without a gate, in their
# order (the groups themselves when few have one); and the union of the groups' gates (_NO_GATE then)
_KindGroup = tuple[int, tuple["_FastSpec | tuple[str, ...]", ...], _FastSpec, "_Node[T]", "_Gate | tuple[()] | None"]
_Kind = tuple[tuple[_KindGroup, ...], tuple[_KindGroup, ...], tuple[_KindGroup, ...], _Gate]


class PatternIndex(Generic[T]):
    """Sequences indexed by an anchor (their first token spec that names words), as tries.

    Specs before the anchor take exactly one token each (a part of speech,
    ``[形容詞] そう-様態``, or single-token words), so the match starts ``offset``
    tokens before the anchor; a sequence with a spec that may join tokens
    (``リハパン|[動詞]``) before any anchor is tried at every token instead.  From the anchor on, the sequences of one anchor word share a trie: the
    expansions of ``元気 <P>? <NEG>`` check 元気 and が once, not once per variant.
    Only sequences made of nothing but POS specs are tried at every token.
    """

    def __init__(self, items: Iterable[tuple[Sequence, T]]) -> None:
        self._build(items)

    # The index is a tree of fresh dicts and tuples with no reference cycles; the cyclic garbage
    # collector, run again and again over a growing heap while it is built, made building
    # superlinear (a token of 100k alternatives: 7x the time of 20k).
    @paused()
    def _build(self, items: Iterable[tuple[Sequence, T]]) -> None:
        # One trie per (anchor spec, offset, specs before it): the words of an anchor spec share
        # it, so a token of 100k alternatives costs one trie and a dictionary entry per word.
        groups: dict[tuple[_FastSpec | None, int, _FastSequence], _Node[T]] = {}
        words_of: dict[tuple[_FastSpec | None, int, _FastSequence], tuple[str, ...] | None] = {}
        # the specs after an anchor are converted here too, with the same tables (equal specs share one
        # _FastSpec and one trie path), and added to its trie when the group is first used (Node.materialize)
        self._fast: dict[Spec, _FastSpec] = {}  # specs repeat a lot across expanded sequences
        # ... and mostly as the same objects: hashing a spec (a tuple of Alts) costs more than the
        # rest of the build, so each object is hashed once.  By id: (the spec, kept so that its id
        # cannot be reused while this dict lives; its _FastSpec; whether it can be an anchor, i.e.
        # all its alternatives name a word)
        self._by_id: dict[int, tuple[Spec, _FastSpec, bool]] = {}
        known_of = self._known
        table: list[_FastSpec | T] = []  # the specs and items the pending runs name (_Node.pending), each once
        position: dict[int, int] = {}  # by id: the table keeps each object, so its id stays its own
        spec_position: dict[int, int] = {}  # by the id of a spec as the lexicon holds it (_by_id keeps the spec alive)
        spec_at = spec_position.get

        def place(x: _FastSpec | T) -> int:
            """``x``'s position in the table, given on its first use."""
            k = position.get(id(x))
            if k is None:
                k = position[id(x)] = len(table)
                table.append(x)
            return k

        for seq, item in items:
            specs = []
            anchor = None
            one_token = True  # every spec so far takes exactly one token (find() counts back from the anchor)
            for spec in seq:
                known = known_of(spec)
                if known[2] and one_token:
                    anchor = len(specs)
                    specs.append(known[1])
                    break
                if known[1].max_join:  # a word in it may join tokens (リハパン|[動詞]): no anchor after it
                    one_token = False
                specs.append(known[1])
            fseq = tuple(specs)
            offset = anchor or 0
            key = (None if anchor is None else fseq[anchor], offset, fseq[:offset])
            root = groups.get(key)
            if root is None:
                root = groups[key] = _Node()
                words_of[key] = None if anchor is None else tuple(dict.fromkeys(alt.word for alt in seq[anchor]))  # type: ignore[misc]
                if anchor is not None:  # the anchor's child, its own sequences pending until first use
                    after = root.children[fseq[anchor]] = _Node()
                    after.pending = (table, array("I"))
            if anchor is None:
                root.add(fseq, item)
            else:
                run = root.children[fseq[anchor]].pending[1]  # type: ignore[index]
                for spec in seq[anchor + 1:]:
                    k = spec_at(id(spec))  # (by the spec object, as _by_id: one look-up, not a conversion and a look-up)
                    if k is None:
                        k = spec_position[id(spec)] = place(known_of(spec)[1])
                    run.append(k)
                run.append(place(item))
        by_word: dict[str, tuple[_Group[T], ...]] = {}
        by_prefix: dict[str, tuple[_Group[T], ...]] = {}  # proper prefixes of words UniDic may split
        self._any: tuple[_Group[T], ...] = ()
        for key, root in groups.items():
            words = words_of[key]
            if words is None:  # POS-only sequences: one group per first spec, in the trie's order
                self._any += tuple((0, (), spec, child) for spec, child in root.children.items())
                continue
            ((spec, after),) = root.children.items()  # every sequence of the group starts with its anchor
            group = (key[1], key[2], spec, after)
            alone = (group,)  # shared by every word that has no other group
            for word in words:
                have = by_word.get(word)
                by_word[word] = alone if have is None else have + alone
                for k in range(1, len(word)):
                    prefix = word[:k]
                    have = by_prefix.get(prefix)
                    if have is None:
                        by_prefix[prefix] = alone
                    elif have[-1] is not group:  # the words of one spec share their prefixes
                        by_prefix[prefix] = have + alone
        self._by_word = by_word
        self._by_prefix = by_prefix
        # the tables that convert specs serve only the build: the pending sequences hold converted specs
        self._fast = {}
        self._by_id = {}
        self._any_gate: _Gate | None = None  # of the anchor specs of _any, on first use
        # what the kinds of token share (_entry): by the group's id, (the group, kept so that its id stays its own; its
        # entries for a join and alone, made on first use; its offset, specs before, anchor spec and trie) ...
        self._entries: dict[int, tuple[_Group[T], list[_KindGroup[T] | None], int, tuple[_FastSpec | tuple[str, ...], ...],
                                       _FastSpec, _Node[T]]] = {}
        # ... and by the ids of a kind's entries, those without a gate and the union of the gates (started afresh with _any_hits)
        self._unions: dict[tuple[int, ...], tuple[tuple[_KindGroup[T], ...], tuple[_KindGroup[T], ...], _Gate]] = {}
        # what the anchors make of a kind of token (its written form, lemma, tag and conjugation form): see _kind
        self._any_hits: dict[tuple[str, str, str, str], _Kind[T]] = {}

    def _known(self, spec: Spec) -> tuple[Spec, _FastSpec, bool]:
        known = self._by_id.get(id(spec))
        if known is None:
            fast = self._fast
            fs = fast.get(spec) or fast.setdefault(spec, _FastSpec(spec))
            known = self._by_id[id(spec)] = (spec, fs, all(alt.word is not None for alt in spec))
        return known

    def __getstate__(self) -> dict[str, object]:
        """For a pickled index (``_snapshot``): the tables that convert specs serve only the build
        (the pending sequences hold converted specs), and the one by object id means nothing in
        another process."""
        state = dict(self.__dict__)
        state["_by_id"] = {}
        state["_fast"] = {}
        state["_any_hits"] = {}
        state["_entries"] = {}
        state["_unions"] = {}
        return state

    def _kind(self, tok: Token, key: tuple[str, str, str, str]) -> _Kind[T]:
        """What a kind of token (its written form, lemma, tag and conjugation form) makes of the anchors, kept for the
        next token of the kind (a sentence repeats its kinds of token, a report its particles): the groups of its words
        (``_by_word`` of its lemma, then of its written form) whose anchor it matches alone, or may match by joining
        the next token, in that order; and the same of the anchors tried at every token (``_any``: the parts of speech
        are tried at nearly every token, ten calls each).  An anchor's verdict on a token alone reads only those four
        fields.  Bounded: a long-running service meets new kinds of token without end."""
        one = (tok,)
        norm, lemma = key[0], key[1]
        found = self._by_word.get(lemma, ())
        if norm != lemma and norm in self._by_word:
            found = found + self._by_word[norm]
        groups = []
        for group in found:
            spec = group[2]
            alone = lemma in spec.words or norm in spec.words or norm in spec.exact or (spec.more and spec.match(one, 0) == 1)
            if alone or (0 < len(norm) < spec.max_join and norm in spec.prefixes()):
                groups.append(self._entry(group, alone))
        hits = []
        if self._any:
            any_words, any_pos, any_open = self._any_gate or self._make_any_gate()
            if any_open or lemma in any_words or norm in any_words or (any_pos and tok.tag.startswith(any_pos)):
                for group in self._any:
                    spec = group[2]
                    if spec.match(one, 0) == 1:
                        hits.append(self._entry(group, True))
                    elif 0 < len(norm) < spec.max_join and norm in spec.prefixes():
                        hits.append(self._entry(group, False))
        all_groups = tuple(groups)
        if len(self._any_hits) >= _ANY_HITS_MAX:
            self._any_hits = {}
            self._unions = {}
        if sum(1 for g in all_groups if g[4]) >= _UNION_FROM:
            # when the next token passes none of the gates, find() reads only the groups without one, in their order
            # (kept per set of groups: the kinds of one word share them)
            ids = tuple(map(id, all_groups))
            union = self._unions.get(ids)
            if union is None:  # (the entries kept with it, so that their ids stay theirs while it is kept)
                union = self._unions[ids] = (all_groups, tuple(g for g in all_groups if not g[4]),
                                             _union(g[4] for g in all_groups if g[4]))
            kind = (all_groups, tuple(hits), union[1], union[2])
        else:
            kind = (all_groups, tuple(hits), all_groups, _NO_GATE)
        self._any_hits[key] = kind
        return kind

    def _entry(self, group: _Group[T], alone: bool) -> _KindGroup[T]:
        """A group as the kinds of token keep it (_Kind), made once per group and way of matching its anchor (alone, with
        its trie's gate; or by joining the next token, None), so the kinds share it."""
        got = self._entries.get(id(group))
        if got is None:
            offset, before, spec, node = group
            # a spec before the anchor that is parts of speech only is read as their tuple (one str.startswith)
            fast = tuple(b.pos if not (b.words or b.exact or b.keyed or b.others or b.max_join) else b for b in before)
            got = self._entries[id(group)] = (group, [None, None], offset, fast, spec, node)
        made = got[1][alone]
        if made is None:
            offset, fast, spec, node = got[2:]
            made = got[1][alone] = (offset, fast, spec, node, self._gate_after(node) if alone else None)
        return made

    @staticmethod
    def _gate_after(node: _Node[T]) -> _Gate | tuple[()]:
        """For a trie an anchor found alone leads to: what the next token needs for ``find`` to go on into it (its
        gate), or () when it holds items of its own (``find`` always goes on).  Made with the kind of token, so the
        trie is built then (materialize)."""
        if node.pending is not None:
            node.materialize()
        if node.items:
            return ()
        if not node.children:
            return frozenset(), (), False  # (never made: an anchor node holds an item or a child)
        words, pos, is_open, _ = node._flat or node.flat()
        return words, pos, is_open

    def _make_any_gate(self) -> _Gate:
        gate = self._any_gate = _union(spec.gate() for _, _, spec, _ in self._any)
        return gate

    def find(self, tokens: tuple[Token, ...]) -> list[Match[T]]:
        """All matches, the longest per (start, item), in order of start."""
        best: dict[tuple[int, int], tuple[int, T]] = {}  # (start, id(item)) -> (end, item)

        n = len(tokens)

        def reached(node: _Node[T], start: int, end: int) -> None:
            for item in node.items:
                key = (start, id(item))
                old = best.get(key)
                if old is None or old[0] < end:
                    best[key] = (end, item)
            if node.children and end < n:
                # most children miss: one gate for them all, then a plain word is a set look-up
                # (what _FastSpec.match asks first) and only the other specs need the call
                words, pos, is_open, kids = node._flat or node.flat()
                tok = tokens[end]
                lemma = tok.lemma
                norm = tok.norm
                if is_open or lemma in words or norm in words or (pos and tok.tag.startswith(pos)):
                    for plain, written, more, spec, child in kids:
                        if lemma in plain or norm in written:
                            reached(child, start, end + 1)
                        elif more:
                            if more is ...:  # (any token: what the call would say)
                                reached(child, start, end + 1)
                            elif more is True or lemma in more or norm in more:
                                nxt = spec.match(tokens, end)
                                if nxt >= 0:
                                    reached(child, start, nxt)

        by_word = self._by_word
        by_prefix = self._by_prefix
        kinds = self._any_hits
        last = n - 1
        next_lemma = next_norm = next_tag = ""
        for i, tok in enumerate(tokens):
            norm = tok.norm
            key = (norm, tok.lemma, tok.tag, tok.cform)
            kind = kinds.get(key)
            if kind is None:
                kind = self._kind(tok, key)
                kinds = self._any_hits
            groups, hits, ungated, (any_words, any_pos, any_open) = kind
            if i < last:
                nxt = tokens[i + 1]
                next_lemma, next_norm, next_tag = nxt.lemma, nxt.norm, nxt.tag
                if groups is not ungated and not (any_open or next_lemma in any_words or next_norm in any_words
                                                  or (any_pos and next_tag.startswith(any_pos))):
                    groups = ungated  # (the next token passes no gate of the groups': see _kind)
            else:
                groups = ungated  # (nothing after the last token: a gate is never passed)
            for offset, before, spec, node, gate in groups:
                start = i - offset
                if start < 0:
                    continue
                if gate:
                    # reached's gate on the next token, asked here: most anchors found lead nowhere, and the
                    # call costs more than the look-ups
                    if i == last:
                        continue
                    words, pos, is_open = gate
                    if not (is_open or next_lemma in words or next_norm in words or (pos and next_tag.startswith(pos))):
                        continue
                if before:
                    p = start
                    for b in before:
                        if type(b) is tuple:
                            if not tokens[p].tag.startswith(b):
                                break
                        elif b.match(tokens, p) < 0:
                            break
                        p += 1
                    if p != i:
                        continue
                if node.pending is not None:
                    node.materialize()
                if gate is not None:
                    reached(node, start, i + 1)  # most anchors: found by a plain word of theirs
                else:
                    end = spec.match(tokens, i)
                    if end >= 0:
                        reached(node, start, end)
            # A group found by a proper prefix of its word matches here only by joining this token
            # with the next (or by the token's own word, and then by_word found it above): the two
            # must begin, or be, a word of some group, or the groups are not worth a look.
            split = by_prefix.get(norm)
            if split and i < last:
                nxt = tokens[i + 1]
                if nxt.start == tok.end:
                    two = norm + nxt.norm
                    # (only a group with a word that begins with the two, or is the first and the next's lemma, can
                    # match by joining them; one that the token matches alone was tried above, to the same effect)
                    joining = by_prefix.get(two, ()) + by_word.get(two, ()) + by_word.get(norm + nxt.lemma, ())
                    if joining:
                        self._split(tokens, i, split, joining, reached)
            if hits:  # the anchors tried at every token, after the others as before (the order of equal matches)
                for _, _, spec, node, gate in hits:
                    if gate is not None:
                        if gate:  # the gate, as above
                            if i == last:
                                continue
                            words, pos, is_open = gate
                            if not (is_open or next_lemma in words or next_norm in words or (pos and next_tag.startswith(pos))):
                                continue
                        reached(node, i, i + 1)
                    else:
                        end = spec.match(tokens, i)
                        if end >= 0:
                            reached(node, i, end)
        make = _make_match
        out = [make(start, end, item) for (start, _), (end, item) in best.items()]
        out.sort(key=lambda m: (m.first, -m.last))
        return out

    @staticmethod
    def _split(tokens: tuple[Token, ...], i: int, split: tuple[_Group[T], ...], joining: tuple[_Group[T], ...],
               reached: Callable[[_Node[T], int, int], None]) -> None:
        """The groups found by a proper prefix of their word at ``tokens[i]`` that are among ``joining``, in their order,
        tried as any group."""
        tok = tokens[i]
        norm = tok.norm
        lemma = tok.lemma
        joining_ids = {id(g) for g in joining}  # (one group is the same tuple under each of its words and prefixes)
        for group in split:
            if id(group) not in joining_ids:
                continue
            offset, before, spec, node = group
            start = i - offset
            if start < 0:
                continue
            if node.pending is not None:
                node.materialize()
            pos = start
            for b in before:
                pos = b.match(tokens, pos)
                if pos < 0:
                    break
            if pos != i:
                continue
            if lemma in spec.words or norm in spec.words or norm in spec.exact:
                reached(node, start, i + 1)
            elif spec.more:
                end = spec.match(tokens, i)
                if end >= 0:
                    reached(node, start, end)


def any_matches(specs: tuple[Spec, ...], tok: Token | None) -> bool:
    return tok is not None and any(alt.matches(tok) for spec in specs for alt in spec)
