"""The clarity score of one report, 0 to 100 (higher is clearer); docs/clarity.md gives
the formula, its reasoning and its validity figures.  It reads a finished Report and
imports nothing from the pipeline, so the model can offer ``Report.clarity``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Report

#: How much one finding weighs in the clarity score, by severity.
SEVERITY_WEIGHT = {"error": 1.0, "warning": 0.7, "info": 0.3}
#: A missing element weighs half a vague expression: the report may say it elsewhere.
MISSING_WEIGHT = 0.5
#: Share of the score earned by the presence of concrete elements (time, quantity, frequency).
ELEMENT_SHARE = 0.1


def clarity(report: Report) -> float:
    """Clarity score from 0 to 100 (higher is clearer); the formula is in docs/clarity.md.

    problems = Σ severity weight of vague-expression findings + 0.5 × missing-element findings
    score    = 100 × (0.9 + 0.1 × min(1, elements / sentences)) / (1 + problems / sentences)
    """
    if not report.sentences:
        return 100.0  # nothing written, nothing unclear
    sentences = len(report.sentences)
    problems = 0.0
    for f in report.findings:
        if f.category.startswith("missing-"):
            problems += MISSING_WEIGHT
        elif f.category != "suppression":
            problems += SEVERITY_WEIGHT.get(f.severity, 0.7)
    concreteness = min(1.0, len(report.elements) / sentences)
    score = 100.0 * ((1 - ELEMENT_SHARE) + ELEMENT_SHARE * concreteness) / (1.0 + problems / sentences)
    return round(score, 2)
