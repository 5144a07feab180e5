"""The pipeline: text -> sentences -> tokens -> matches -> elements -> findings -> Report.

Checks run in passes (:mod:`vaguecheck.passes`) over a :class:`~vaguecheck.document.Document`:
passes look at one sentence and its neighbour; a document-level pass (報告/相談/依頼
first, PREP order) can be added as another pass over the same ``Document``.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator
from typing import Sequence as Seq

from . import _snapshot, outline
from . import elements as _elements
from ._normalize import line_column, line_starts, normalize
from .analyzer import Backend, FugashiBackend, analyze, split_sentences
from .context import quote_spans
from .document import Candidate, Document
from .lexicon import ContextPattern, Cue, DegreeSign, Entry, Lexicon, Observation, Rule, TopicWord, UrgentCondition, UrgentSign
from .matcher import Match, PatternIndex
from .model import Element, Finding, Outline, Passage, Report
from .passes import PASSES


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _snapshot.load_lexicon()


def lexicon_for(extra: Seq[str | Path] | None) -> Lexicon:
    """The built-in lexicons and ``extra`` (a team's files), loaded and validated, or read back
    from the snapshot of an earlier run made from the same files (``_snapshot``)."""
    return _snapshot.load_lexicon(extra) if extra else _default_lexicon()


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
    With no ``select``, the rules marked ``opt_in`` are left out (ruff's default rule set: what
    physicians rated mostly noise, such as an onset given roughly in numbers, VC302); selecting
    them by any selector checks them.
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

    chosen = expand(select, "select") if select is not None else {rid for rid, r in rules.items() if not r.opt_in}
    if ignore is not None:
        chosen -= expand(ignore, "ignore")
    return frozenset(chosen)


def index_pairs(lexicon: Lexicon, active: set[str], *, report_level: bool) -> list[tuple[Any, Any]]:
    """Every (token sequence, item) the one pattern index holds, so each token is looked up
    once per sentence: the active rules' entries, observations, context patterns, observations'
    topic words and signs of a degree, and, when a report-level rule is selected, cues and red flags."""
    patterned: list[Entry | Observation | ContextPattern] = [
        *(e for e in lexicon.entries if e.rule in active), *lexicon.observations, *lexicon.context,
    ]
    pairs: list[tuple[Any, Any]] = [(seq, item) for item in patterned for seq in item.sequences]
    for obs in lexicon.observations:
        if obs.topics and (obs.questions or obs.example):
            topic = TopicWord(obs)  # one object per observation, as for the conditions below
            pairs += [((spec,), topic) for spec in obs.topics]
        if obs.degree_by:
            sign = DegreeSign(obs)
            pairs += [(seq, sign) for seq in obs.degree_by]
    if report_level:
        pairs += [(seq, item) for item in (*lexicon.cues, *lexicon.urgent) for seq in item.sequences]
        for sign in lexicon.urgent:
            # one object per sign and scope: the index tells items apart by identity, so equal
            # conditions made per expansion would be kept, and matched, once per object
            in_sentence, in_report = UrgentCondition(sign.id, "sentence"), UrgentCondition(sign.id, "report")
            in_near, unless = UrgentCondition(sign.id, "near"), UrgentCondition(sign.id, "unless")
            pairs += [(seq, in_sentence) for seq in sign.with_sentence]
            pairs += [(seq, in_near) for seq in sign.with_near]
            pairs += [(seq, in_report) for seq in sign.with_report]
            pairs += [(seq, unless) for seq in sign.unless_report]
    return pairs


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
            lexicon = lexicon_for(lexicons)
        self.lexicon = lexicon
        self.active = resolve_selection(lexicon.rules, select, ignore)
        self.backend = _backend(backend)
        self._report_level = any(r.category in ("purpose", "request", "urgency") for r in lexicon.rules.values() if r.id in self.active)
        self._index = _snapshot.index(
            lexicon, self.active, self._report_level,
            lambda: PatternIndex(index_pairs(lexicon, self.active, report_level=self._report_level)),
        )

    # ------------------------------------------------------------ public

    def check(self, text: str) -> Report:
        """Check one report and return every finding and element in it."""
        if not isinstance(text, str):
            raise TypeError(f"check() takes a str, not {type(text).__name__}")
        doc = self._document(text)
        candidates: list[Candidate] = []
        for run in PASSES:
            candidates += run(doc, candidates)
        starts = line_starts(text)
        findings = sorted(
            (self._finding(c, text, starts) for c in candidates),
            key=lambda f: (f.start, f.end, f.rule),
        )
        all_elements = tuple(el for per in doc.elements for el in per)
        return Report(text=text, findings=tuple(findings), elements=all_elements, sentences=doc.sentences,
                      outline=doc.outline or Outline(is_report=False))

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
        quotes = [quote_spans(nt.norm, s, e, self.lexicon.quotes, nt.span) for s, e in analysis.norm_spans]
        entries: list[list[Match[Entry]]] = []
        observations: list[list[Match[Observation]]] = []
        context: list[list[Match[ContextPattern]]] = []
        blocked: list[list[tuple[int, int]]] = []
        report: list[list[Match[Cue | UrgentSign | UrgentCondition]]] = []
        topic_words: list[list[Match[TopicWord]]] = []
        degree_signs: list[list[Match[DegreeSign]]] = []
        for sent, sent_quotes in zip(analysis.sentences, quotes, strict=True):
            matches = self._index.find(sent.tokens)
            entries.append([m for m in matches if isinstance(m.item, Entry)])  # type: ignore[misc]
            observations.append([m for m in matches if isinstance(m.item, Observation)])  # type: ignore[misc]
            context.append([m for m in matches if isinstance(m.item, ContextPattern)])  # type: ignore[misc]
            report.append([m for m in matches if isinstance(m.item, (Cue, UrgentSign, UrgentCondition))])  # type: ignore[misc]
            # one token each: a topic word is read on a token of its own, not joined from several
            topic_words.append([m for m in matches if isinstance(m.item, TopicWord) and m.last - m.first == 1])  # type: ignore[misc]
            degree_signs.append([m for m in matches if isinstance(m.item, DegreeSign)])  # type: ignore[misc]
            toks = sent.tokens
            pseudo = [(toks[m.first].start, toks[m.last - 1].end) for m in context[-1] if m.item.kind == "pseudo"]
            blocked.append(sent_quotes + pseudo)
        doc = Document(analysis, self.lexicon, self.active, elements, blocked, entries, observations, context, report, topic_words,
                       quotes=quotes, degree_signs=degree_signs)
        if self._report_level:  # without a report-level rule selected, no cue was looked for
            doc.frames = frozenset(i for i, found in enumerate(report[:4]) if (found and outline.is_addressee(doc, i))
                                   or outline.is_self_introduction(doc, i)) | frozenset(
                # (and a signature among the last lines: 敬具 … 居宅介護支援事業所しものせき 介護支援専門員 末永 由美)
                i for i in range(max(4, len(doc.sentences) - 2), len(doc.sentences)) if outline.is_self_introduction(doc, i)) | frozenset(
                i for i in range(min(8, len(doc.sentences)))
                if outline.is_subject_line(doc, i) or outline.is_patient_field(doc, i))  # the first 8 sentences: below a FAX header
            doc.outline = outline.build(doc)
        return doc

    # ------------------------------------------------------------ helpers

    def _finding(self, c: Candidate, text: str, starts: list[int]) -> Finding:
        line, column = line_column(starts, c.start)
        return Finding(
            rule=c.rule.id, category=c.rule.category, severity=c.rule.severity,  # type: ignore[arg-type]
            start=c.start, end=c.end, line=line, column=column,
            text=text[c.start : c.end], message=c.message, suggestion=c.suggestion,
            missing=c.missing, entry=c.entry, secondary=c.secondary,
            observation=None if c.observation is None else Passage(*c.observation, text[c.observation[0] : c.observation[1]]),
        )


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
