"""The pattern index against a plain reference matcher (issue #13).

The index (``matcher.PatternIndex``) is the hot part of ``check()`` and is optimised: tries per
anchor spec, words looked up in sets, shared groups.  This file keeps a matcher written for
clarity, which tries every sequence at every token, one spec after another, and asserts that the
index finds exactly the same matches over the corpus sentences, over generated sentences built from
the lexicon's own words, and over hand-built lexicons and tokens for the cases the corpus lacks.
One token spec is matched there by ``_FastSpec`` (matching every spec at every token with the
per-alternative ``ref_spec`` is too slow for the whole lexicon); ``_FastSpec`` itself is held to
``ref_spec`` on every distinct spec of the lexicon.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck.analyzer import analyze
from vaguecheck.checker import index_pairs
from vaguecheck.lexicon import Alt, Spec, compile_pattern
from vaguecheck.matcher import PatternIndex, _FastSpec
from vaguecheck.model import Token

ROOT = Path(__file__).resolve().parent.parent


def _plain(a: Alt) -> bool:
    return a.word is not None and a.pos is None and a.cform is None


def ref_spec(spec: Spec, tokens, i: int) -> int:
    """End of a match of one token spec at ``tokens[i]``, or -1 (docs/lexicons.md)."""
    if i >= len(tokens):
        return -1
    tok = tokens[i]
    if any(a.matches(tok) for a in spec):
        return i + 1
    # a plain word also matches adjacent tokens whose written forms join up to it (リハ + パン),
    # the last one possibly by its lemma (落ち + 着か = 落ち着く); shorter words are tried first
    for word in sorted({a.word for a in spec if _plain(a) and len(a.word) > 1}):
        norm = tok.norm
        if not norm or len(word) <= len(norm) or not word.startswith(norm):
            continue
        joined, k = norm, i + 1
        while k < len(tokens) and len(joined) < len(word) and tokens[k].start == tokens[k - 1].end:
            if joined + tokens[k].lemma == word:
                return k + 1
            joined += tokens[k].norm
            k += 1
        if joined == word:
            return k
    return -1


def ref_find(pairs, tokens, spec_match) -> set[tuple[int, int, int]]:
    """(first, last, index of the item) of the longest match per start and item: every sequence
    tried at every token, one spec after another, with ``spec_match(spec, tokens, i)``."""
    items: dict[int, int] = {}
    best: dict[tuple[int, int], int] = {}
    memo: dict[tuple[int, int], int] = {}  # the same spec at the same token: asked once (only for speed)
    for seq, item in pairs:
        n = items.setdefault(id(item), len(items))
        for start in range(len(tokens)):
            pos = start
            for spec in seq:
                key = (id(spec), pos)
                got = memo.get(key)
                if got is None:
                    got = memo[key] = spec_match(spec, tokens, pos)
                pos = got
                if pos < 0:
                    break
            if pos > start and best.get((start, n), -1) < pos:
                best[(start, n)] = pos
    return {(s, e, n) for (s, n), e in best.items()}, items


@pytest.fixture(scope="module")
def setup():
    checker = vaguecheck.Checker()
    pairs = index_pairs(checker.lexicon, checker.active, report_level=True)
    fast = {id(spec): _FastSpec(spec) for seq, _ in pairs for spec in seq}
    return checker, pairs, PatternIndex(pairs), lambda spec, toks, i: fast[id(spec)].match(toks, i)


def _compare(setup, text: str) -> int:
    """The index against every sequence tried everywhere.  One token spec is matched by
    ``_FastSpec`` here (in pure Python ``ref_spec`` is too slow for every spec at every token);
    ``test_fast_spec_is_the_reference`` holds ``_FastSpec`` to ``ref_spec``."""
    checker, pairs, index, spec_match = setup
    found = 0
    for sent in analyze(text, checker.backend).sentences:
        toks = sent.tokens
        want, ids = ref_find(pairs, toks, spec_match)
        got_matches = index.find(toks)
        got = {(m.first, m.last, ids[id(m.item)]) for m in got_matches}
        assert got == want, (sent.text, sorted(got - want), sorted(want - got))
        assert len(got_matches) == len(got)  # one match per start and item
        keys = [(m.first, -m.last) for m in got_matches]
        assert keys == sorted(keys)
        found += len(got)
    return found


def _spread(items: list, most: int) -> list:
    """At most ``most`` of ``items``, evenly spread over the list (every file has its turn)."""
    if len(items) <= most:
        return items
    return [items[i * len(items) // most] for i in range(most)]


def _corpus_sentences(limit_per_file: int = 60, most: int = 420, reports: int = 18) -> list[str]:
    """Texts of the corpus: the first ``limit_per_file`` of every sentence file and the first two of
    every file of whole reports, spread evenly down to ``most`` sentence texts and ``reports`` whole
    reports.  The bound keeps the test's time fixed as the corpus grows (the reference tries every
    sequence at every token, ~5 ms a character: 50 report files of 12 reports took 13 minutes of CI in
    session 12, and 1,070 texts of 170 files took 7.5 minutes in session 27)."""
    sentences, whole = [], []
    for f in sorted((ROOT / "corpus").rglob("*.jsonl")):
        lines = f.read_text(encoding="utf-8").splitlines()
        is_reports = f.parent.name == "reports"
        texts = [json.loads(line)["text"] for line in lines[: 2 if is_reports else limit_per_file]]
        (whole if is_reports else sentences).extend(texts)
    return _spread(sentences, most) + _spread(whole, reports)


def test_corpus_matches_the_reference(setup):
    texts = _corpus_sentences(12)  # sentences of every sentence corpus file and whole reports, spread over the files
    assert len(texts) > 100
    found = sum(_compare(setup, t) for t in texts)
    assert found > 500  # the comparison is not vacuous: the corpus has many matches


def _lexicon_words() -> list[str]:
    lex = vaguecheck.Checker().lexicon
    words = set()
    for item in (*lex.entries, *lex.observations, *lex.context, *lex.cues, *lex.urgent):
        for seq in item.sequences:
            words.update(a.word for spec in seq for a in spec if a.word and a.word != "_")
    return sorted(words)


WORDS = _lexicon_words()
PIECES = ["、", "。", "が", "は", "も", "に", "で", "ない", "ません", "です", "ました", "そう", "気味", "め",
          "3回", "３８．５℃", "ﾍﾙﾊﾟｰ", "「", "」", "（", "）", "\r\n", "🙂", "ちょっと", "少し", "最近"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS) | st.sampled_from(PIECES), min_size=1, max_size=12))
def test_generated_text_matches_the_reference(setup, parts):
    _compare(setup, "".join(parts))


def test_fast_spec_is_the_reference(setup):
    """Each distinct token spec, at every token of a sample of sentences that includes the
    spec's own words (so matches, joins and near misses all occur)."""
    checker, pairs, _index, _ = setup
    specs = list({id(spec): spec for seq, _ in pairs for spec in seq}.values())
    sample = _corpus_sentences(8)
    toks = [t for text in sample for s in analyze(text, checker.backend).sentences for t in [s.tokens]]
    compared = 0
    matching: set[int] = set()  # specs that matched somewhere
    for n, spec in enumerate(specs):
        words = [a.word for a in spec if a.word and a.word != "_"][:3]
        own = [s.tokens for s in analyze("。".join(w + "が" for w in words) + "。", checker.backend).sentences]
        fast = _FastSpec(spec)
        for tokens in [*own, *toks[n % len(toks) :: 17]]:
            for i in range(len(tokens) + 1):
                want = ref_spec(spec, tokens, i)
                assert fast.match(tokens, i) == want, (spec, [t.surface for t in tokens], i)
                compared += 1
                if want > 0:
                    matching.add(n)
    assert compared > 100 * len(specs)
    assert len(matching) >= 0.9 * len(specs)  # nearly every spec matched its own words somewhere


def _tok(norm: str, lemma: str, start: int, tag: str = "動詞-一般") -> Token:
    return Token(norm, norm, lemma, tag, "連用形-一般", start, start + len(norm))


@pytest.mark.parametrize(
    ("tokens", "pattern", "end"),
    [
        # a compound verb an analyser splits (Sudachi mode A): the last piece joins by its lemma
        ([_tok("落ち", "落ちる", 0), _tok("着か", "着く", 2), _tok("ない", "ない", 4)], "落ち着く", 2),
        # written forms that join up to the word: リハ + パン
        ([_tok("リハ", "リハ", 0, "名詞"), _tok("パン", "パン", 2, "名詞")], "リハパン", 2),
        # the shorter word first: リハパン, not リハパンツ, when both are alternatives
        ([_tok("リハ", "リハ", 0, "名詞"), _tok("パン", "パン", 2, "名詞"), _tok("ツ", "ツ", 4, "名詞")], "リハパンツ|リハパン", 2),
        # a gap between the tokens (a space) stops the join
        ([_tok("リハ", "リハ", 0, "名詞"), _tok("パン", "パン", 3, "名詞")], "リハパン", -1),
        # a piece that does not continue the word
        ([_tok("落ち", "落ちる", 0), _tok("込ん", "込む", 2)], "落ち着く", -1),
    ],
)
def test_joined_words(tokens, pattern, end):
    (seq,) = compile_pattern(pattern, {})
    assert ref_spec(seq[0], tuple(tokens), 0) == end
    assert _FastSpec(seq[0]).match(tuple(tokens), 0) == end


@pytest.mark.parametrize(
    ("pattern", "tokens"),
    [
        # a spec that may join tokens before the anchor: the match starts two tokens before 交換
        ("リハパン|[動詞] 交換", [_tok("リハ", "リハ", 0, "名詞"), _tok("パン", "パン", 2, "名詞"), _tok("交換", "交換", 4, "名詞")]),
        ("リハパン|[動詞] 交換", [_tok("替え", "替える", 0), _tok("交換", "交換", 2, "名詞")]),
        ("[動詞] リハパン", [_tok("履く", "履く", 0), _tok("リハ", "リハ", 2, "名詞"), _tok("パン", "パン", 4, "名詞")]),
        # what a node's gate must let through (find() skips a node's children when the next token
        # names none of their words and has none of their parts of speech): any token, a bare
        # conjugation form, a word with a part of speech, a part of speech with a form, a join
        ("熱 _ ある", [_tok("熱", "熱", 0, "名詞"), _tok("が", "が", 1, "助詞-格助詞"), _tok("ある", "有る", 2)]),
        ("熱 {連用形}", [_tok("熱", "熱", 0, "名詞"), _tok("出", "出る", 1)]),
        ("熱 ない[助動詞]|無い[形容詞]", [_tok("熱", "熱", 0, "名詞"), _tok("ない", "無い", 1, "形容詞-非自立可能")]),
        ("熱 [動詞]{連用形}", [_tok("熱", "熱", 0, "名詞"), _tok("出", "出る", 1)]),
        ("熱 リハパン", [_tok("熱", "熱", 0, "名詞"), _tok("リハ", "リハ", 1, "名詞"), _tok("パン", "パン", 3, "名詞")]),
        # a sequence of parts of speech only, tried at every token behind one gate
        ("[形容詞]{連用形} なる", [_tok("赤く", "赤い", 0, "形容詞-一般"), _tok("なる", "成る", 2)]),
    ],
)
def test_hand_built_lexicon_matches_the_reference(pattern, tokens):
    """Cases the shipped lexicon does not exercise, on a one-item index."""
    item = object()
    pairs = [(seq, item) for seq in compile_pattern(pattern, {})]
    toks = tuple(tokens)
    want, _ = ref_find(pairs, toks, ref_spec)
    got = {(m.first, m.last, 0) for m in PatternIndex(pairs).find(toks)}
    assert want and got == want


def test_a_fresh_index_built_lazily_by_threads_matches_one_built_in_turn():
    """The tries after an anchor are built on first use, under a lock: checkers that start cold
    and are used by several threads at once find what one used in turn finds."""
    from concurrent.futures import ThreadPoolExecutor

    import vaguecheck

    texts = [f"{w}。" for w in ("最近、元気がありません", "右手に力が入らず、ろれつが回りません", "3日前から食事は半分です",
                                 "時々むせています", "便が真っ黒でした", "夜中に何度もトイレに起きるみたいです")] * 8
    expected = [vaguecheck.Checker().check(t).to_dict() for t in texts]
    for _ in range(3):
        checker = vaguecheck.Checker()  # cold: every group's trie still pending
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = [r.to_dict() for r in pool.map(checker.check, texts)]
        assert got == expected


def test_the_verdicts_kept_per_kind_of_token_change_nothing(monkeypatch):
    """The anchors tried at every token keep their verdict per kind of token (PatternIndex._any_hits), bounded: a
    checker that starts that table afresh after every two kinds of token finds what one that keeps them all finds."""
    import vaguecheck
    from vaguecheck import matcher

    texts = ["最近、元気がありません。歩くのが大変そうです。", "右手に力が入らず、ろれつが回りません。", "便が真っ黒でした。",
             "食欲がなさそうで、顔色も悪そうです。", "リハパンツを使っています。", "落ち着かない様子で、何度も起きています。"]
    expected = [vaguecheck.Checker().check(t).to_dict() for t in texts]
    monkeypatch.setattr(matcher, "_ANY_HITS_MAX", 2)
    checker = vaguecheck.Checker()
    monkeypatch.setattr(checker._index, "_any_hits", {})  # the index is shared by the Checkers of one selection
    assert [checker.check(t).to_dict() for t in texts] == expected
    assert len(checker._index._any_hits) <= 2
