"""The parsed-lexicon cache must never serve stale data and never be required."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import vaguecheck
from vaguecheck import _snapshot
from vaguecheck.checker import Checker

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

# ------------------------------------------------------------ the snapshot of a built lexicon and index
# (``_snapshot``): exactly what building gives, never what another lexicon, selection or version of
# the code would give, and never required

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("VAGUECHECK_NO_CACHE", raising=False)
    return folder


def _snapshots(folder: Path) -> list[Path]:
    return sorted(folder.glob("index-*.pickle")) if folder.exists() else []


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for name in ("blind50.jsonl", "blind54.jsonl"):
        with open(ROOT / "corpus" / "reports" / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    with open(ROOT / "corpus" / "blind" / "batch32.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()][:150]
    return texts


def _team(tmp_path: Path, word: str) -> Path:
    lex = tmp_path / f"team-{word}.toml"
    lex.write_text(TEAM.format(word=word), encoding="utf-8")
    return lex


def test_read_back_gives_identical_reports(cache, tmp_path, monkeypatch):
    lex = _team(tmp_path, "しんどい")
    built = _snapshot.load_lexicon([lex])
    first = Checker(lexicon=built)
    assert len(_snapshots(cache)) == 1, "the lexicon and its index were written"
    read = _snapshot.load_lexicon([lex])
    assert read is not built, "the second load came from the file"

    def no_build():
        raise AssertionError("the index was built again instead of read back")

    monkeypatch.setattr("vaguecheck.checker.PatternIndex", lambda *a, **k: no_build())
    second = Checker(lexicon=read)
    texts = _texts() + ["しんどいです。", "ﾘﾊﾊﾟﾝ交換時、仙骨部に発赤あり。"]
    assert len(texts) > 150
    for text in texts:
        assert second.check(text).to_dict() == first.check(text).to_dict()


def test_a_changed_lexicon_is_never_served_from_an_old_snapshot(cache, tmp_path):
    lex = tmp_path / "team.toml"
    lex.write_text(TEAM.format(word="しんどい"), encoding="utf-8")
    assert [f.entry for f in Checker(lexicons=[lex]).check("しんどいです。").findings] == ["team-word"]
    lex.write_text(TEAM.format(word="だるい"), encoding="utf-8")
    checker = Checker(lexicons=[lex])
    assert checker.check("しんどいです。").findings == ()
    assert [f.entry for f in checker.check("だるいです。").findings] == ["team-word"]
    assert len(_snapshots(cache)) == 2


def test_each_selection_gets_its_own_index(cache, tmp_path):
    lex = _team(tmp_path, "しんどい")
    text = "最近、しんどいです。"
    all_rules = {f.rule for f in Checker(lexicons=[lex]).check(text).findings}
    assert {"VC101", "VC301"} <= all_rules
    # a fresh read of the file, which holds the default selection's index only
    only = Checker(lexicon=_snapshot.load_lexicon([lex]), select=["VC3"])
    assert {f.rule for f in only.check(text).findings} == {"VC301"}
    again = Checker(lexicon=_snapshot.load_lexicon([lex]))
    assert {f.rule for f in again.check(text).findings} == all_rules


def test_written_once_per_process_and_pruned(cache, tmp_path, monkeypatch):
    lex = _team(tmp_path, "しんどい")
    lexicon = _snapshot.load_lexicon([lex])
    writes = []
    real = _snapshot._write
    monkeypatch.setattr(_snapshot, "_write", lambda *a: (writes.append(a[0]), real(*a)))
    for select in (None, ["VC1"], ["VC2"], ["VC3"]):
        Checker(lexicon=lexicon, select=select)
    assert len(writes) == 1
    monkeypatch.setattr(_snapshot, "_MAX_FILES", 3)
    for word in ("だるい", "えらい", "こわい", "たいぎい"):
        Checker(lexicons=[_team(tmp_path, word)])
    assert len(_snapshots(cache)) == 3


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\x80\x05K\x01."])
def test_a_damaged_snapshot_is_rebuilt(cache, tmp_path, damage):
    lex = _team(tmp_path, "しんどい")
    Checker(lexicons=[lex])
    (snap,) = _snapshots(cache)
    snap.write_bytes(damage)
    lexicon = _snapshot.load_lexicon([lex])
    assert [f.entry for f in Checker(lexicon=lexicon).check("しんどいです。").findings] == ["team-word"]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners are a POSIX notion")
def test_a_snapshot_another_user_owns_is_not_read(cache, tmp_path, monkeypatch):
    lex = _team(tmp_path, "しんどい")
    Checker(lexicons=[lex])
    (snap,) = _snapshots(cache)
    assert _snapshot._read(snap) is not None
    monkeypatch.setattr(os, "getuid", lambda: os.stat(snap).st_uid + 1)
    assert _snapshot._read(snap) is None


def test_no_snapshot_when_caching_is_off_or_impossible(tmp_path, monkeypatch):
    lex = _team(tmp_path, "しんどい")
    monkeypatch.setenv("VAGUECHECK_NO_CACHE", "1")
    assert [f.entry for f in Checker(lexicons=[lex]).check("しんどいです。").findings] == ["team-word"]
    monkeypatch.delenv("VAGUECHECK_NO_CACHE")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    assert [f.entry for f in Checker(lexicons=[lex]).check("しんどいです。").findings] == ["team-word"]
    assert not (blocker / "cache").exists()


def test_a_missing_team_lexicon_still_names_the_file(cache, tmp_path):
    from vaguecheck.lexicon import LexiconError

    with pytest.raises(LexiconError, match="missing.toml"):
        Checker(lexicons=[tmp_path / "missing.toml"])


def test_one_index_per_snapshot_and_none_kept_for_other_selections(cache, tmp_path):
    lex = _team(tmp_path, "しんどい")
    lexicon = _snapshot.load_lexicon([lex])
    first = Checker(lexicon=lexicon)
    (snap,) = _snapshots(cache)
    size = snap.stat().st_size
    for select in (["VC1"], ["VC2"], ["VC3"], ["VC5"]):
        assert Checker(lexicon=lexicon, select=select)._index is not first._index
    record = _snapshot._record_of(lexicon)
    assert record is not None and record.index is first._index  # the only index kept in memory
    assert snap.stat().st_size == size  # not rewritten with the other selections


def test_a_lexicon_edited_while_it_loads_is_not_snapshotted(cache, tmp_path, monkeypatch):
    lex = _team(tmp_path, "しんどい")
    real = _snapshot.load

    def load_then_edit(extra):
        got = real(extra)
        lex.write_text(TEAM.format(word="だるい"), encoding="utf-8")  # edited after it was read
        return got

    monkeypatch.setattr(_snapshot, "load", load_then_edit)
    Checker(lexicon=_snapshot.load_lexicon([lex]))
    assert _snapshots(cache) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX notion")
def test_a_fifo_in_place_of_a_snapshot_is_not_waited_on(cache, tmp_path):
    lex = _team(tmp_path, "しんどい")
    path = _snapshot._path([lex])
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    assert _snapshot._read(path) is None  # returns at once: opened without blocking
    assert [f.entry for f in Checker(lexicons=[lex]).check("しんどいです。").findings] == ["team-word"]
