"""The passes, in the order they run.  Each is ``run(doc, found) -> list[Candidate]``
(see :mod:`vaguecheck.document`): a later pass sees the candidates of the earlier ones."""

from __future__ import annotations

from . import lexical, missing

PASSES = (lexical.run, missing.run)
