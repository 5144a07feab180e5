"""vaguecheck as a spaCy pipeline component.

    import spacy
    nlp = spacy.load("ja_ginza")
    nlp.add_pipe("vaguecheck")                  # found through the spacy_factories entry point
    doc = nlp("最近、元気がありません。")
    [(s.text, s.label_) for s in doc.spans["vaguecheck"]]   # [('最近', 'VC301'), ('元気がありません', 'VC101')]
    doc._.vaguecheck                            # the vaguecheck.Report

Findings go to ``doc.spans["vaguecheck"]`` (label = rule id).  The report is kept in
``doc.user_data`` as plain JSON-ready data, so docs survive ``nlp.pipe(texts, n_process=2)``;
``Doc._.vaguecheck`` rebuilds the Report from it.  The component checks ``doc.text`` with
its own analyser (``backend``: fugashi by default, fast next to GiNZA's parse).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .checker import Checker
from .model import Element, Finding, Passage, Report, Sentence, Suggestion

_KEY = "vaguecheck_report"


def report_from_dict(data: dict[str, Any]) -> Report:
    """The inverse of ``Report.to_dict()`` (sentences come back without tokens)."""
    findings = tuple(
        Finding(**{**f, "suggestion": Suggestion(tuple(f["suggestion"]["questions"]), f["suggestion"]["template"],
                                                 f["suggestion"]["example"]), "missing": tuple(f["missing"]),
                   "observation": None if f.get("observation") is None else Passage(**f["observation"])})
        for f in data["findings"]
    )
    elements = tuple(Element(**e) for e in data["elements"])
    sentences = tuple(Sentence(s["start"], s["end"], s["text"]) for s in data["sentences"])
    return Report(text=data["text"], findings=findings, elements=elements, sentences=sentences)


def _get_report(doc: Doc) -> Report | None:
    data = doc.user_data.get(_KEY)
    return report_from_dict(data) if data is not None else None


if not Doc.has_extension("vaguecheck"):  # registered once; never overwrite someone else's
    Doc.set_extension("vaguecheck", getter=_get_report)


class VaguecheckComponent:
    def __init__(self, nlp: Language, name: str, select: list[str] | None, ignore: list[str] | None,
                 lexicons: list[str] | None, backend: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.checker = Checker(select=select, ignore=ignore, lexicons=lexicons or None, backend=backend)

    def __call__(self, doc: Doc) -> Doc:
        report = self.checker.check(doc.text)
        spans = []
        for f in report.findings:
            span = doc.char_span(f.start, f.end, label=f.rule, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        doc.user_data[_KEY] = report.to_dict()
        return doc


@Language.factory(
    "vaguecheck",
    default_config={"select": None, "ignore": None, "lexicons": None, "backend": "fugashi", "spans_key": "vaguecheck"},
)
def make_component(nlp: Language, name: str, select: list[str] | None, ignore: list[str] | None,
                   lexicons: list[str] | None, backend: str, spans_key: str) -> VaguecheckComponent:
    return VaguecheckComponent(nlp, name, select, ignore, lexicons, backend, spans_key)
