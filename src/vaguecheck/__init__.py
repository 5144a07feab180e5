"""vaguecheck: find vague wording in Japanese care reports and say what to ask instead.

>>> import vaguecheck
>>> report = vaguecheck.check("最近、元気がありません。")
>>> [(f.rule, f.category, f.text) for f in report.findings]
[('VC101', 'subjective', '元気がありません'), ('VC301', 'vague-time', '最近')]

The public surface is the names in ``__all__``; everything else is private.
Importing this package loads neither MeCab nor spaCy: the tokenizer starts on the
first check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .checker import Checker
from .lexicon import LexiconError
from .model import Element, Finding, Report, Sentence, Suggestion, Token

__version__ = "0.1.0"

__all__ = [
    "Checker",
    "Element",
    "Finding",
    "LexiconError",
    "Report",
    "Sentence",
    "Suggestion",
    "Token",
    "check",
    "rules",
    "stats",
]


def check(
    text: str,
    *,
    lexicons: Sequence[str | Path] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> Report:
    """Check one report text.

    ``lexicons`` adds a team's own TOML lexicon files to the built-in ones;
    ``select`` / ``ignore`` take rule ids (``VC101``), prefixes (``VC1``) or
    categories (``vague-time``).  For many texts, build one :class:`Checker`.
    """
    return Checker(lexicons=lexicons, select=select, ignore=ignore).check(text)


def stats(
    texts: Iterable[Any],
    *,
    ids: Iterable[Any] | None = None,
    jobs: int = 1,
    chunksize: int = 16,
    lexicons: Sequence[str | Path] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    backend: str = "fugashi",
) -> Iterator[dict[str, Any]]:
    """Per-document statistics rows (flat dicts, ready for pandas), one per text, in order.

    ``texts`` are strings or ``(id, text)`` pairs; ``ids`` names bare texts (default 0, 1, ...).
    A missing text (None, NaN, ``pd.NA``) is an empty report (its row has ``empty`` true), as an
    empty CSV cell is for ``vaguecheck stats``.  ``jobs`` processes, fed ``chunksize`` texts at a time; ``lexicons``, ``select``,
    ``ignore``, ``backend`` as for :class:`Checker`.  Columns: :data:`vaguecheck.research.COLUMNS`.
    """
    from .research import stats as _stats

    return _stats(texts, ids=ids, jobs=jobs, chunksize=chunksize, lexicons=lexicons, select=select, ignore=ignore, backend=backend)


def rules(lexicons: Sequence[str | Path] | None = None) -> list:
    """The rules known to vaguecheck (built-in plus ``lexicons``), sorted by id."""
    from .lexicon import load

    return sorted(load(lexicons or ()).rules.values(), key=lambda r: r.id)
