"""The regular expressions of the cold start (``_regex``): every pattern the package holds compiles to
exactly what ``re.compile`` makes, whether compiled afresh, read back from the cache or compiled on first
use; a damaged, foreign or stale cache file only means compiling afresh; the cache directory stays bounded."""

from __future__ import annotations

import copy
import importlib
import marshal
import os
import pickle
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck import _cache, _regex, lexicon


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache directory and a process that has read no regex cache yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("VAGUECHECK_NO_CACHE", raising=False)
    monkeypatch.setattr(_regex, "_known", None)
    monkeypatch.setattr(_regex, "_new", {})
    return folder


def _all_modules() -> None:
    for info in pkgutil.walk_packages(vaguecheck.__path__, "vaguecheck."):
        if info.name.split(".")[-1] in ("_ginza", "spacy_component", "serve", "__main__"):
            continue  # (spaCy and Starlette: their own tests; none holds a pattern of _regex's)
        importlib.import_module(info.name)


def _held_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern a module of the package holds at its top level."""
    _all_modules()
    out = []
    for name, module in list(sys.modules.items()):
        if name.startswith("vaguecheck"):
            out += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return out


def test_every_lazy_pattern_compiles_to_what_re_makes():
    _all_modules()
    made = _regex.made()
    assert len(made) > 100  # the passes', the outline's, figures' ...
    for pattern, flags in made:
        assert _regex.compile(pattern, flags) == re.compile(pattern, flags), pattern  # (equality compares the codes)


def test_every_eager_and_element_pattern_is_what_re_makes():
    from vaguecheck import elements

    held = _held_patterns()
    assert len(held) >= 10
    for compiled in held:
        assert compiled == re.compile(compiled.pattern, compiled.flags), compiled.pattern
    for i, (*_, pattern) in enumerate(elements._PATTERNS):
        assert elements._pattern(i) == re.compile(pattern)


def test_read_back_from_the_cache_without_parsing(cache, monkeypatch):
    patterns = [(r"(?P<n>[0-9０-９]+)\s*(?:回|度)", 0), (r"^\s*【(?:至急|ご相談)】", re.M), (r"a(?=b)|c(?!d)", re.I)]
    fresh = [_regex.compile(p, f) for p, f in patterns]
    _regex.flush()
    (written,) = cache.glob("regex-*.marshal")
    assert written.stat().st_mode & 0o777 == 0o600
    monkeypatch.setattr(_regex, "_known", None)

    parsed = []
    real = _regex._codes
    monkeypatch.setattr(_regex, "_codes", lambda *a: (parsed.append(a), real(*a))[1])
    again = [_regex.compile(p, f) for p, f in patterns]
    assert parsed == []  # (compile falls back quietly: the codes' use is counted, not trapped)
    assert again == fresh == [re.compile(p, f) for p, f in patterns]
    assert again[0].groupindex == {"n": 1} and again[0].search("熱は3回").group("n") == "3"


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", _cache.sealed(marshal.dumps([1, 2])), _cache.sealed(marshal.dumps({("x", 0): "codes"})),
                                    _cache.sealed(b"\xdb\xff\xff\xff\x7f")])  # (a list claiming 2**31 items: marshal's MemoryError)
def test_a_damaged_cache_file_means_compiling_afresh(cache, damage):
    pattern = r"[0-9]+\s*℃"
    cache.mkdir()
    _regex._file().write_bytes(damage)  # type: ignore[union-attr]
    os.chmod(_regex._file(), 0o600)  # type: ignore[arg-type]
    assert _regex.compile(pattern) == re.compile(pattern)
    assert _regex.compile("x") == re.compile("x")


def test_a_file_whose_checksum_fails_is_not_read(cache):
    _regex.compile(r"(?P<n>\d+)回")
    _regex.flush()
    path = _regex._file()
    assert path is not None and _regex._read()
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0x01  # one bit of the codes
    path.write_bytes(bytes(raw))
    assert _regex._read() == {}


def test_codes_the_engine_refuses_mean_compiling_afresh(cache):
    cache.mkdir()
    bogus = {(r"ab+", 0): (32, [1, 2, 3], 0, {}, (None,))}
    _regex._file().write_bytes(_cache.sealed(marshal.dumps(bogus)))  # type: ignore[union-attr]
    assert _regex._read() == bogus
    assert _regex.compile(r"ab+") == re.compile(r"ab+")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners are a POSIX notion")
def test_a_cache_file_another_user_owns_or_a_link_is_not_read(cache, monkeypatch, tmp_path):
    _regex.compile(r"xy+z")
    _regex.flush()
    path = _regex._file()
    assert path is not None and _regex._read()
    monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 1)
    assert _regex._read() == {}
    monkeypatch.undo()
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(cache))
    elsewhere = tmp_path / "elsewhere.marshal"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    assert _regex._read() == {}


def test_no_cache_file_when_caching_is_off(cache, monkeypatch):
    monkeypatch.setenv("VAGUECHECK_NO_CACHE", "1")
    assert _regex.compile(r"q+") == re.compile(r"q+")
    _regex.flush()
    assert not cache.exists()


def test_the_file_starts_afresh_past_its_bound_and_old_files_are_pruned(cache, monkeypatch):
    monkeypatch.setattr(_regex, "_MAX_PATTERNS", 3)
    for p in ("a1", "a2", "a3"):
        _regex.compile(p)
    _regex.flush()
    assert len(_regex._read()) == 3
    _regex.compile("b1")
    _regex.flush()
    assert set(_regex._read()) == {("b1", 0)}
    for n in range(6):  # files of other Python versions, older
        old = cache / f"regex-{n}-0-s.marshal"
        old.write_bytes(b"")
        os.utime(old, (n, n))
    _regex.compile("c1")
    _regex.flush()
    assert len(list(cache.glob("regex-*.marshal"))) == _regex._KEEP_FILES
    assert _regex._file() in cache.glob("regex-*.marshal")
    # another tool's files in a shared cache directory are not ours to prune
    theirs = [cache / "regex-1.marshal", cache / "regex-notes.marshal", cache / "index-old.pickle"]
    for n, path in enumerate(theirs):
        path.write_bytes(b"")
        os.utime(path, (n, n))
    _regex.compile("d1")
    _regex.flush()
    assert all(path.exists() for path in theirs)


def test_a_bad_pattern_raises_re_error_like_re():
    with pytest.raises(re.error):
        _regex.compile(r"(unclosed")
    stand_in = _regex.lazy(r"[unclosed")
    with pytest.raises(re.error):
        stand_in.search("x")


def test_the_stand_in_behaves_as_the_pattern():
    stand_in = _regex.lazy(r"(?P<d>\d+)日前", re.M)
    real = re.compile(r"(?P<d>\d+)日前", re.M)
    text = "3日前から\n12日前にも"
    assert [m.group("d") for m in stand_in.finditer(text)] == [m.group("d") for m in real.finditer(text)]
    assert stand_in.sub("X", text) == real.sub("X", text) and stand_in.findall(text) == real.findall(text)
    assert (stand_in.pattern, stand_in.flags, stand_in.groupindex) == (real.pattern, real.flags, real.groupindex)
    assert "search" in vars(stand_in)  # compiled once: the methods are its own now


def test_the_stand_in_copies_and_pickles_as_its_pattern():
    fresh = _regex.lazy(r"(\d+)回", re.I)
    for made in (copy.copy(fresh), copy.deepcopy(fresh), pickle.loads(pickle.dumps(fresh))):
        assert made.search("1日3回").group(1) == "3" and made.flags == re.compile(r"(\d+)回", re.I).flags


_PIECES = st.sampled_from(["a", "b", "日", "[0-9]", "\\d", "(", ")", "|", "*", "+", "?", "(?:", "(?=", "(?!",
                           "(?P<g>", "[^x]", "{1,3}", ".", "^", "$", "\\s", "\\b", "[ぁ-ん]"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=10), st.sampled_from([0, re.I, re.M, re.S | re.X]))
def test_any_pattern_compiles_as_re_does_or_fails_as_re_does(pieces, flags):
    pattern = "".join(pieces)
    try:
        expected = re.compile(pattern, flags)
    except re.error:
        with pytest.raises(re.error):
            _regex.compile(pattern, flags)
        return
    assert _regex.compile(pattern, flags) == expected


def test_a_cold_command_writes_the_cache_for_the_next(cache, tmp_path):
    report = Path(__file__).parent.parent / "examples" / "report_good.txt"
    env = {**os.environ, "VAGUECHECK_CACHE_DIR": str(cache)}
    first = subprocess.run([sys.executable, "-m", "vaguecheck", str(report)], env=env, capture_output=True, text=True)
    (written,) = cache.glob("regex-*.marshal")
    kept = marshal.loads(_cache.unsealed(written.read_bytes()))
    assert len(kept) > 20
    second = subprocess.run([sys.executable, "-m", "vaguecheck", str(report)], env=env, capture_output=True, text=True)
    assert second.stdout == first.stdout and second.returncode == first.returncode
    assert marshal.loads(_cache.unsealed(written.read_bytes())).keys() >= kept.keys()


def test_what_is_read_stays_and_what_is_not_goes(cache, tmp_path, monkeypatch):
    monkeypatch.setitem(lexicon._KEEP, "lexicon", 2)
    files = []
    for n in range(2):
        team = tmp_path / f"kept{n}.toml"
        team.write_text(f'[[entries]]\nid = "k{n}"\nrule = "VC101"\npattern = "しんどい"\n', encoding="utf-8")
        lexicon._load_toml(team, team.name)
        (made,) = set(cache.glob("lexicon-*.marshal")) - set(files)
        files.append(made)
        os.utime(made, (1_000 + n, 1_000 + n))
    lexicon._load_toml(tmp_path / "kept0.toml", "kept0.toml")  # read back: touched, now the newest
    team = tmp_path / "new.toml"
    team.write_text('[[entries]]\nid = "n"\nrule = "VC101"\npattern = "だるい"\n', encoding="utf-8")
    lexicon._load_toml(team, team.name)
    assert files[0].exists() and not files[1].exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX notion")
def test_a_fifo_planted_at_a_lexicon_cache_name_never_blocks(cache, tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[entries]]\nid = "t"\nrule = "VC101"\npattern = "しんどい"\nbad = ["しんどいです。"]\n', encoding="utf-8")
    planted = lexicon._cache_file(team.read_bytes())
    assert planted is not None
    planted.parent.mkdir(parents=True)
    os.mkfifo(planted)
    code = ("import sys; from pathlib import Path; from vaguecheck import lexicon; "
            "print(lexicon._load_toml(Path(sys.argv[1]), 'team.toml')['entries'][0]['id'])")
    done = subprocess.run([sys.executable, "-c", code, str(team)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "VAGUECHECK_CACHE_DIR": str(cache)})
    assert done.stdout.strip() == "t", done.stderr


def test_lexicon_caches_keep_only_their_newest_files(cache, tmp_path, monkeypatch):
    monkeypatch.setitem(lexicon._KEEP, "lexicon", 3)
    for n in range(6):
        team = tmp_path / f"team{n}.toml"
        team.write_text(f'[[entries]]\nid = "w{n}"\nrule = "VC101"\npattern = "しんどい"\nbad = ["しんどいです。"]\n'
                        'good = ["体温36.5℃です。"]\n', encoding="utf-8")
        lexicon._load_toml(team, team.name)
    assert len(list(cache.glob("lexicon-*.marshal"))) == 3
    assert _cache.folder() == cache


def test_a_directory_that_cannot_be_listed_prunes_nothing_and_raises_nothing(cache, monkeypatch):
    from pathlib import Path as P

    cache.mkdir()
    (cache / "regex-1-2-s.marshal").write_bytes(b"")

    def refused(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(P, "iterdir", refused)
    _cache.prune(cache, _regex._FILE_NAME, 0)  # (a 0300 directory: writable, not listable; the second review)
    assert (cache / "regex-1-2-s.marshal").exists()


def test_a_damaged_lexicon_cache_is_parsed_again(cache, tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[entries]]\nid = "t"\nrule = "VC101"\npattern = "しんどい"\n', encoding="utf-8")
    assert lexicon._load_toml(team, "team.toml")["entries"][0]["id"] == "t"
    kept = lexicon._cache_file(team.read_bytes())
    assert kept is not None and _cache.unsealed(kept.read_bytes()) is not None
    raw = bytearray(kept.read_bytes())
    raw[-2] ^= 0x01  # one bit of the marshalled TOML (a flipped bit failed every run until the file was deleted)
    kept.write_bytes(bytes(raw))
    assert _cache.read_marshal(kept) is None
    assert lexicon._load_toml(team, "team.toml")["entries"][0]["id"] == "t"
