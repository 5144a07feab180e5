"""The parsed-lexicon cache must never serve stale data and never be required."""

from __future__ import annotations

import os
import time
from pathlib import Path

import vaguecheck

TEAM = """
[[entries]]
id = "team-word"
rule = "VC101"
pattern = "{word}"
bad = ["{word}です。"]
good = ["体温36.5℃です。"]
"""


def _rules_for(path: Path, text: str) -> list[str]:
    return [f.entry for f in vaguecheck.check(text, lexicons=[path]).findings]


def test_changed_lexicon_is_reread(tmp_path, monkeypatch):
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(tmp_path / "cache"))
    lex = tmp_path / "team.toml"
    lex.write_text(TEAM.format(word="しんどい"), encoding="utf-8")
    assert _rules_for(lex, "しんどいです。") == ["team-word"]
    assert list((tmp_path / "cache").iterdir()), "the parsed lexicon was cached"
    time.sleep(0.01)
    lex.write_text(TEAM.format(word="だるい"), encoding="utf-8")
    os.utime(lex, ns=(time.time_ns(), time.time_ns() + 10_000_000))
    assert _rules_for(lex, "しんどいです。") == []
    assert _rules_for(lex, "だるいです。") == ["team-word"]


def test_unwritable_or_corrupt_cache_is_ignored(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    lex = tmp_path / "team.toml"
    lex.write_text(TEAM.format(word="しんどい"), encoding="utf-8")
    assert _rules_for(lex, "しんどいです。") == ["team-word"]
    cache_dir = tmp_path / "cache2"
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(cache_dir))
    assert _rules_for(lex, "しんどいです。") == ["team-word"]
    for f in cache_dir.iterdir():
        f.write_bytes(b"\x00garbage")
    assert _rules_for(lex, "しんどいです。") == ["team-word"]
    monkeypatch.setenv("VAGUECHECK_NO_CACHE", "1")
    assert _rules_for(lex, "しんどいです。") == ["team-word"]
