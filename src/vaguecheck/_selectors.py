"""Rule selectors as the user types them (``--select vc1,vague-time``), for the CLI and research mode alike."""

from __future__ import annotations

from .lexicon import Lexicon


def split(values: list[str] | None) -> list[str] | None:
    """Repeated, comma-separated option values as one list (None when the option was not given)."""
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def normalize(values: list[str] | None, lexicon: Lexicon, where: str) -> list[str] | None:
    """Rule ids in any case (vc101 as in `vaguecheck rule vc101`), prefixes, categories or rule names.

    An empty list, or a selector that matches no rule, raises ValueError in Japanese naming
    ``where`` (the option, or the configuration file and key).
    """
    if values is None:
        return None
    if not values:
        raise ValueError(f"{where} にルールが指定されていません。VC101 のようなルール ID かカテゴリを指定してください。")
    names = {r.category for r in lexicon.rules.values()} | {r.name for r in lexicon.rules.values()}
    out = []
    for sel in values:
        if sel in names or sel == "ALL":
            out.append(sel)
        elif sel.upper() == "ALL" or any(rid.startswith(sel.upper()) for rid in lexicon.rules):
            out.append(sel.upper())
        else:
            raise ValueError(
                f"{where} の {sel!r} に当てはまるルールはありません。"
                "ルール ID（VC101）、その先頭（VC1）、カテゴリ（vague-time）を指定してください（一覧: vaguecheck rules）。"
            )
    return out
