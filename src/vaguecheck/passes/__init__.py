"""The passes, in the order they run.  Each is ``run(doc, found) -> list[Candidate]``
(see :mod:`vaguecheck.document`): a later pass sees the candidates of the earlier ones."""

from __future__ import annotations

from . import lexical, missing, report

PASSES = (lexical.run, missing.run, report.run)
