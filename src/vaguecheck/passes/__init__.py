"""The passes, in the order they run.  Each is ``run(doc, found) -> list[Candidate]``
(see :mod:`vaguecheck.document`): a later pass sees the candidates of the earlier ones.  The
amendments a pass makes to them: the missing pass puts an observation's missing kinds on a state
word flagged over its words (食欲低下) rather than adding a second finding there, and drops a tendency
word (熱っぽい) over an observation measured in its own units in the same sentence."""

from __future__ import annotations

from . import lexical, missing, report

PASSES = (lexical.run, missing.run, report.run)
