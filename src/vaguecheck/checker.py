"""The pipeline: text -> sentences -> tokens -> matches -> elements -> findings -> Report.

Checks run in passes over a :class:`Document` (the analysed text).  Sentence-level
passes look at one sentence and its neighbour; a document-level pass (報告/相談/依頼
first, PREP order) can be added as another pass over the same ``Document``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator
from typing import Sequence as Seq

from . import elements as _elements
from ._normalize import line_column, line_starts, normalize
from .analyzer import Analysis, Backend, FugashiBackend, analyze, split_sentences
from .lexicon import ContextPattern, Entry, Lexicon, Observation, Rule, Spec, load
from .matcher import Match, PatternIndex, any_matches
from .model import SEVERITIES, Element, Finding, Report, Sentence, Suggestion, Token

_VAGUE_FOR_KIND = {"time": "vague-time", "quantity": "vague-quantity", "frequency": "vague-frequency"}
#: How far (in characters) an element may stand from a vague word and still quantify it:
#: たまに（月2回程度）, かなり減り、1日1,500mlから900mlになった.
_RESOLVE_BEFORE = 12
_RESOLVE_AFTER = 24


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return load()


_BACKENDS: dict[str, Backend] = {}
_BACKENDS_LOCK = threading.Lock()


def _backend(name: str) -> Backend:
    with _BACKENDS_LOCK:
        if name not in _BACKENDS:
            if name == "fugashi":
                _BACKENDS[name] = FugashiBackend()
            elif name == "ginza":
                from ._ginza import GinzaBackend  # spaCy is imported here and only here

                _BACKENDS[name] = GinzaBackend()
            else:
                raise ValueError(f"unknown backend {name!r}; available: fugashi, ginza")
        return _BACKENDS[name]


def resolve_selection(
    rules: dict[str, Rule], select: Iterable[str] | str | None, ignore: Iterable[str] | str | None
) -> frozenset[str]:
    """Rule ids left after ``select`` and ``ignore``.

    A selector is a rule id (``VC101``), an id prefix (``VC1``), a category
    (``vague-time``), a rule name (``subjective-impression``) or ``ALL``.  An
    unknown selector raises ValueError, so a typo never silently disables nothing.
    """

    def expand(selectors: Iterable[str] | str, what: str) -> set[str]:
        if isinstance(selectors, str):  # select="VC101" means one selector, not V, C, 1, 0, 1
            selectors = [selectors]
        out: set[str] = set()
        for sel in selectors:
            hit = {
                rid for rid, r in rules.items()
                if sel == "ALL" or rid.startswith(sel) or sel in (r.category, r.name)
            }
            if not hit:
                raise ValueError(f"{what}: no rule matches {sel!r} (use a rule id like VC101, a prefix like VC1, or a category)")
            out |= hit
        return out

    chosen = expand(select, "select") if select is not None else set(rules)
    if ignore is not None:
        chosen -= expand(ignore, "ignore")
    return frozenset(chosen)


@dataclass(frozen=True, slots=True)
class _Candidate:
    rule: Rule
    start: int
    end: int
    sentence: int
    message: str
    suggestion: Suggestion
    entry: str
    missing: tuple[str, ...] = ()


@dataclass
class Document:
    """The analysed text that passes read: sentences, their elements, their context."""

    analysis: Analysis
    elements: list[list[Element]]  # per sentence
    blocked: list[list[tuple[int, int]]]  # per sentence: 「quotations」 and pseudo phrases, never flagged
    entries: list[list[Match[Entry]]]  # per sentence
    observations: list[list[Match[Observation]]]  # per sentence
    context: list[list[Match[ContextPattern]]]  # per sentence

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.analysis.sentences


class Checker:
    """A loaded lexicon and analyser, reusable across many texts.

    Thread-safe: a Checker holds no per-call state, and the tokenizer call is
    serialised by a lock, so one Checker may be shared by threads (they take turns
    in MeCab; use processes for parallel speed).
    """

    def __init__(
        self,
        *,
        lexicons: Seq[str | Path] | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        backend: str = "fugashi",
        lexicon: Lexicon | None = None,
    ) -> None:
        if isinstance(lexicons, (str, Path)):
            lexicons = [lexicons]
        if lexicon is None:
            lexicon = load(lexicons) if lexicons else _default_lexicon()
        self.lexicon = lexicon
        self.active = resolve_selection(lexicon.rules, select, ignore)
        self.backend = _backend(backend)
        # One index for everything, so each token is looked up once per sentence.
        patterned: list[Entry | Observation | ContextPattern] = [
            *(e for e in lexicon.entries if e.rule in self.active), *lexicon.observations, *lexicon.context,
        ]
        self._index = PatternIndex((seq, item) for item in patterned for seq in item.sequences)
        self._missing_rules = {
            kind: rule for kind in ("time", "quantity", "frequency")
            if (rule := lexicon.rule_for_missing(kind)) is not None and rule.id in self.active
        }

    # ------------------------------------------------------------ public

    def check(self, text: str) -> Report:
        """Check one report and return every finding and element in it."""
        if not isinstance(text, str):
            raise TypeError(f"check() takes a str, not {type(text).__name__}")
        doc = self._document(text)
        candidates = self._lexical_pass(doc)
        candidates += self._missing_pass(doc, candidates)
        starts = line_starts(text)
        findings = sorted(
            (self._finding(c, text, starts) for c in candidates),
            key=lambda f: (f.start, f.end, f.rule),
        )
        all_elements = tuple(el for per in doc.elements for el in per)
        return Report(text=text, findings=tuple(findings), elements=all_elements, sentences=doc.sentences)

    def pipe(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Report]:
        """Check many texts, in order.  With a parsing backend (GiNZA) the sentences of a batch
        are parsed together with ``nlp.pipe``, which is several times faster than one by one."""
        prefetch = getattr(self.backend, "prefetch", None)
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._check_batch(batch, prefetch)
                batch = []
        if batch:
            yield from self._check_batch(batch, prefetch)

    def _check_batch(self, batch: list[str], prefetch: Any) -> Iterator[Report]:
        if prefetch is not None:
            sentences = []
            for text in batch:
                if isinstance(text, str):
                    norm = normalize(text).norm
                    sentences += [norm[s:e] for s, e in split_sentences(norm)]
            prefetch(sentences)
        for text in batch:
            yield self.check(text)

    # ------------------------------------------------------------ stages

    def _document(self, text: str) -> Document:
        analysis = analyze(text, self.backend)
        nt = analysis.text
        elements = [_elements.extract(nt, s, e) for s, e in analysis.norm_spans]
        for si, ents in enumerate(analysis.entities):
            elements[si] = _with_entities(elements[si], ents, analysis.norm_spans[si][0], nt)
        quotes = [_quote_spans(nt.norm, s, e, self.lexicon.quotes, nt.span) for s, e in analysis.norm_spans]
        entries: list[list[Match[Entry]]] = []
        observations: list[list[Match[Observation]]] = []
        context: list[list[Match[ContextPattern]]] = []
        blocked: list[list[tuple[int, int]]] = []
        for sent, sent_quotes in zip(analysis.sentences, quotes, strict=True):
            matches = self._index.find(sent.tokens)
            entries.append([m for m in matches if isinstance(m.item, Entry)])  # type: ignore[misc]
            observations.append([m for m in matches if isinstance(m.item, Observation)])  # type: ignore[misc]
            context.append([m for m in matches if isinstance(m.item, ContextPattern)])  # type: ignore[misc]
            toks = sent.tokens
            pseudo = [(toks[m.first].start, toks[m.last - 1].end) for m in context[-1] if m.item.kind == "pseudo"]
            blocked.append(sent_quotes + pseudo)
        return Document(analysis, elements, blocked, entries, observations, context)

    def _lexical_pass(self, doc: Document) -> list[_Candidate]:
        out: list[_Candidate] = []
        for si, sent in enumerate(doc.sentences):
            toks = sent.tokens
            blocked = doc.blocked[si]
            hearsay = {cat for m in doc.context[si] if m.item.kind == "hearsay" for cat in m.item.suppresses}
            found: list[_Candidate] = []
            for m in doc.entries[si]:
                entry: Entry = m.item
                rule = self.lexicon.rules[entry.rule]
                if entry.not_before and any_matches(entry.not_before, toks[m.last] if m.last < len(toks) else None):
                    continue
                if entry.not_after and any_matches(entry.not_after, toks[m.first - 1] if m.first > 0 else None):
                    continue
                start, end = toks[m.first].start, toks[_inflected_end(toks, m.last)].end
                if rule.category in hearsay or rule.id in hearsay or _overlaps_any(start, end, blocked):
                    continue
                resolved_by = entry.resolved_by if entry.resolved_by is not None else rule.resolved_by
                if any(
                    el.kind in resolved_by and el.start < end + _RESOLVE_AFTER and el.end > start - _RESOLVE_BEFORE
                    # 先日の受診後から: the vague word dates the element itself, so it does not settle it
                    and sent.text[end - sent.start : el.start - sent.start] != "の"
                    for el in doc.elements[si]
                ):
                    continue
                text = sent.text[start - sent.start : end - sent.start]
                found.append(_Candidate(
                    rule=rule, start=start, end=end, sentence=si,
                    message=_fill(entry.message or rule.message, text=text),
                    suggestion=entry.suggestion or rule.suggestion, entry=entry.id,
                ))
            out += [_hedge_scope(c, toks) for c in _one_per_phrase(_without_overlaps(found), sent)]
        return out

    def _missing_pass(self, doc: Document, lexical: list[_Candidate]) -> list[_Candidate]:
        """Observations that lack an element a physician needs, once per observation and kind.

        An element counts for an observation in its sentence, and in a neighbouring
        sentence that reports no observation of its own (「3日前から発熱があります。最高38.5℃です。」,
        「BT38.2℃。発熱あり。」).  A report may name an observation first and give its figures
        later (conclusion first, as the deck teaches), so a kind supplied at any mention of
        the same observation satisfies them all, and a missing kind is reported once, at
        the first mention.  A vague word of the same kind (最近, 時々, 少し) already asks
        the question, so it counts as addressed.  With a parsing backend (GiNZA), an element
        in the observation's own sentence counts only within its clause group (see
        ``_clause_groups`` and docs/backends.md).
        """
        if not self._missing_rules:
            return []
        mentions: list[tuple[Observation, int, int, int, str]] = []  # obs, sentence, start, end, text
        supplied: dict[str, set[str]] = {}
        obs_per_sentence = doc.observations
        vague_kinds: dict[int, set[str]] = {}  # sentence -> kinds a vague-word finding already asks for
        lexical_by_sentence: dict[int, list[_Candidate]] = {}
        for c in lexical:
            lexical_by_sentence.setdefault(c.sentence, []).append(c)
            for kind, category in _VAGUE_FOR_KIND.items():
                if c.rule.category == category:
                    vague_kinds.setdefault(c.sentence, set()).add(kind)
        for si, sent in enumerate(doc.sentences):
            toks = sent.tokens
            around: set[str] = vague_kinds.get(si, set())
            if si + 1 < len(doc.sentences) and not obs_per_sentence[si + 1]:
                around = around | {el.kind for el in doc.elements[si + 1]}
            if si > 0 and not obs_per_sentence[si - 1]:
                around = around | {el.kind for el in doc.elements[si - 1]}
            clause = _clause_groups(toks)  # None without a parser: the sentence is the scope
            element_groups = [(el.kind, _group_at(clause, toks, el.start)) for el in doc.elements[si]]
            blocked = doc.blocked[si]
            lexical_here = lexical_by_sentence.get(si, [])
            negations = [
                m for m in doc.context[si] if m.item.kind == "negation" and not _cancelled(m.item.not_before, toks, m.last)
            ]
            negated = _negated_observations(toks, obs_per_sentence[si], negations)
            for m in obs_per_sentence[si]:
                obs: Observation = m.item
                start, end = toks[m.first].start, toks[m.last - 1].end
                if _overlaps_any(start, end, blocked):
                    continue
                if obs.not_before and any_matches(obs.not_before, toks[m.last] if m.last < len(toks) else None):
                    continue
                if id(m) in negated:
                    continue
                if any(c.start < end and start < c.end for c in lexical_here):
                    continue  # the word itself is already flagged; one span, one finding
                end = toks[_inflected_end(toks, m.last)].end
                if clause is None:
                    reach: set[int] | None = None
                else:
                    groups, relative = clause
                    reach = {groups[m.first]} | {g for g, target in relative.items() if m.first <= target < m.last}
                supplied.setdefault(obs.id, set()).update(
                    around | {kind for kind, g in element_groups if reach is None or g is None or g in reach}
                )
                mentions.append((obs, si, start, end, sent.text[start - sent.start : end - sent.start]))
        out: list[_Candidate] = []
        reported: set[tuple[str, str]] = set()
        for obs, si, start, end, text in mentions:
            for kind in obs.needs:
                rule = self._missing_rules.get(kind)
                if rule is None or kind in supplied[obs.id] or (obs.id, kind) in reported:
                    continue
                reported.add((obs.id, kind))
                out.append(_Candidate(
                    rule=rule, start=start, end=end, sentence=si,
                    message=_fill(rule.message, text=text, label=obs.label),
                    suggestion=rule.suggestion, entry=obs.id, missing=(kind,),
                ))
        return out

    # ------------------------------------------------------------ helpers

    def _finding(self, c: _Candidate, text: str, starts: list[int]) -> Finding:
        line, column = line_column(starts, c.start)
        return Finding(
            rule=c.rule.id, category=c.rule.category, severity=c.rule.severity,  # type: ignore[arg-type]
            start=c.start, end=c.end, line=line, column=column,
            text=text[c.start : c.end], message=c.message, suggestion=c.suggestion,
            missing=c.missing, entry=c.entry,
        )


#: Inflection that belongs to a matched predicate: 余っ|て|いる, 落ち込ん|で|い|ます,
#: ようでし|た, 悪|そう (an adjective stem needs its そう to be readable).
_INFLECTION = frozenset(
    ("ます", "た", "ず", "ない", "れる", "られる", "せる", "させる", "て", "居る", "仕舞う", "ちゃう", "そう-様態")
)


def _inflected_end(toks, last: int) -> int:
    """Index of the last token of a match, extended over its inflection."""
    k = last - 1
    if toks[k].pos1 not in ("動詞", "形容詞", "助動詞"):
        return k
    while k + 1 < len(toks) and toks[k + 1].lemma in _INFLECTION:
        k += 1
    return k


def _quote_spans(norm: str, start: int, end: int, pairs: tuple[tuple[str, str], ...], to_orig) -> list[tuple[int, int]]:
    """Original spans of quoted text (brackets included), outermost only."""
    if not pairs:
        return []
    closing = dict(pairs)
    spans = []
    i = start
    while i < end:
        close = closing.get(norm[i])
        if close is not None:
            j = norm.find(close, i + 1, end)
            if j < 0:
                j = end - 1  # unclosed quote: the person's words run to the end of the sentence
            spans.append(to_orig(i, j + 1))
            i = j + 1
            continue
        i += 1
    return spans


#: Dependency labels that head a clause (GiNZA / UD).
_CLAUSE_HEADS = frozenset(("ROOT", "root", "advcl", "acl", "ccomp", "csubj", "conj", "parataxis"))
#: Clause links that coordinate (a 連用 chain: 傾眠が強く、食事も半分以下です) rather than embed.
_COORDINATING = frozenset(("advcl", "conj", "parataxis"))


def _clause_groups(toks: tuple[Token, ...]) -> tuple[list[int], dict[int, int]] | None:
    """For a parsed sentence, a clause-group id per token; None without a parser.

    A token belongs to the clause of the nearest head above it that heads a clause.
    Coordinated clauses (advcl, conj, parataxis, and an acl that ends in 連用形) share one group,
    so an element in 「3日前から日中の傾眠が強く、食事も半分以下です」 reaches both; a relative
    clause (an acl that ends in 連体形: 「3日前から始めた体操の途中で」) keeps its own, and the
    second value maps it to the token it modifies: a relative clause describing the observation
    itself (「夜間に4回トイレに起きる頻尿」) still counts for it.  Where GiNZA splits our sentence into
    several roots (「たまに（月2回程度）失禁があります」), the roots are taken as coordinated.
    """
    if not toks or all(t.head < 0 for t in toks):
        return None
    n = len(toks)
    head_of = []
    for k in range(n):
        j, steps = k, 0
        while toks[j].dep not in _CLAUSE_HEADS and 0 <= toks[j].head < n and toks[j].head != j and steps < n:
            j, steps = toks[j].head, steps + 1
        head_of.append(j)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    roots = sorted(h for h in set(head_of) if toks[h].dep in ("ROOT", "root"))
    for a, b in zip(roots, roots[1:], strict=False):
        parent[find(b)] = find(a)
    relative: dict[int, int] = {}
    for h in sorted(set(head_of)):
        t = toks[h]
        if t.dep in ("ROOT", "root") or not (0 <= t.head < n) or t.head == h:
            continue
        # how the clause ends decides: 強く、(連用形) coordinates; 始めた (た in 連体形) modifies a noun
        last = max((k for k in range(n) if head_of[k] == h and toks[k].pos1 != "補助記号"), default=h)
        if t.dep in _COORDINATING or (t.dep == "acl" and toks[last].cform.startswith("連用")):
            parent[find(h)] = find(head_of[t.head])
        else:
            relative[h] = t.head
    groups = [find(h) for h in head_of]
    return groups, {groups[h]: target for h, target in relative.items()}


def _group_at(clauses: tuple[list[int], dict[int, int]] | None, toks: tuple[Token, ...], offset: int) -> int | None:
    if clauses is None:
        return None
    for k, t in enumerate(toks):
        if t.start <= offset < t.end:
            return clauses[0][k]
    return None


def _hedge_scope(c: _Candidate, toks: tuple[Token, ...]) -> _Candidate:
    """With a parser, an inference finding covers the predicate it modifies (転倒したようです)."""
    if c.rule.category != "inference" or not toks or toks[0].head < 0:
        return c
    first = next((k for k, t in enumerate(toks) if t.start == c.start), None)
    if first is None:
        return c
    head = toks[first].head
    if 0 <= head < first and toks[head].pos1 in ("動詞", "形容詞", "形状詞", "名詞"):
        return replace(c, start=toks[head].start)
    return c


def _with_entities(elements: list[Element], ents: list[tuple[int, int, str]], base: int, nt) -> list[Element]:
    """Add a parser's time/quantity/frequency entities where the rules found nothing."""
    added = list(elements)
    for s, e, kind in ents:
        o_start, o_end = nt.span(base + s, base + e)
        if any(o_start < el.end and el.start < o_end for el in added):
            continue
        value = {"amount": None, "max": None, "unit": None, "relation": None, "per": None, "approximate": False,
                 "source": "ner"}
        added.append(Element(kind, o_start, o_end, nt.original[o_start:o_end], value))  # type: ignore[arg-type]
    return sorted(added, key=lambda el: (el.start, el.end)) if len(added) != len(elements) else elements


def _fill(message: str, **values: str) -> str:
    """Put {text} / {label} into a message; other braces are left as written (no str.format,
    so a team's message with 「{いつ}」 in it cannot break a check)."""
    for key, value in values.items():
        message = message.replace("{" + key + "}", value)
    return message


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _clause_break(toks, first: int, last: int) -> bool:
    return any(toks[k].norm in ("、", ",", "。") for k in range(first, last))


#: What may follow a predicate before its negation: its inflection, and する after a サ変 noun
#: (治まっ|て|い|ない, 治まり|ませ|ん, 消失し|て|い|ない).
_AUX_CHAIN = _INFLECTION | {"為る"}


def _cancelled(not_before: tuple[Spec, ...], toks: tuple[Token, ...], k: int) -> bool:
    """Whether a ``not_before`` spec matches the token at ``k`` or one of the auxiliaries that
    follow it, so a cue's pattern need not spell out every inflection to see 治まっていない."""
    while not_before and k < len(toks):
        if any_matches(not_before, toks[k]):
            return True
        if toks[k].lemma not in _AUX_CHAIN:
            return False
        k += 1
    return False


#: What may stand between the items of a list of observations: 発熱や咳, 咳、痰、発熱.
_LIST_GLUE = frozenset(("や", "と", "、", ",", "・", "及び", "および", "又は", "または", "か"))


def _negated_observations(toks, observations: list[Match[Observation]], negations: list[Match[ContextPattern]]) -> set[int]:
    """ids of the observation matches that a negation cue covers.

    A cue covers the observation it follows within its reach and clause (転倒なし, 発熱は認めません);
    the items of a list share the negation of the list's last item (発熱や咳などの症状はありません,
    咳、痰、発熱はいずれも認めません).
    """
    out: set[int] = set()
    ordered = sorted(observations, key=lambda m: (m.first, m.last))
    for k in range(len(ordered) - 1, -1, -1):  # from the last, so a list's negation flows back to its head
        m = ordered[k]
        if any(m.last <= n.first <= m.last + n.item.reach and not _clause_break(toks, m.last, n.first) for n in negations):
            out.add(id(m))
            continue
        for nxt in ordered[k + 1 :]:
            if nxt.first >= m.last and id(nxt) in out and all(toks[j].norm in _LIST_GLUE for j in range(m.last, nxt.first)):
                out.add(id(m))
                break
    return out


_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


#: Two findings of one rule this close together are one vague phrase: 時々大声を出されることがある.
_SAME_PHRASE_GAP = 12


def _one_per_phrase(found: list[_Candidate], sent: Sentence) -> list[_Candidate]:
    """Drop a finding that repeats the rule of the one just before it in the same phrase
    (close by, no comma between); 少し残し、少ししか取れない are two."""
    kept: list[_Candidate] = []
    for c in sorted(found, key=lambda c: c.start):
        if any(
            k.rule.id == c.rule.id
            and 0 <= c.start - k.end <= _SAME_PHRASE_GAP
            and not any(p in sent.text[k.end - sent.start : c.start - sent.start] for p in "、,。")
            for k in kept
        ):
            continue
        kept.append(c)
    return kept


def _without_overlaps(found: list[_Candidate]) -> list[_Candidate]:
    """Keep one finding per stretch of text: the most severe, then the longest."""
    ranked = sorted(found, key=lambda c: (-_SEVERITY_RANK[c.rule.severity], -(c.end - c.start), c.start))
    kept: list[_Candidate] = []
    for c in ranked:
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return kept
