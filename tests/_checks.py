"""Small readers of a checked text that several test modules share (import them from here, not redefine them)."""

from __future__ import annotations

import vaguecheck


def rule_texts(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and words, in order."""
    return [(f.rule, f.text) for f in vaguecheck.check(text).findings]


def urgent_ids(text: str) -> list[str]:
    """The ids of the red flags the text's outline reads."""
    return [u["id"] for u in vaguecheck.check(text).outline.to_dict()["urgent"]]
