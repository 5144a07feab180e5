"""Regular expressions for the cold start (issue #13): compiled on first use, and compiled once per machine.

Python compiles a pattern in pure Python (``re._parser`` and ``re._compiler``), then hands the
engine a list of integer codes.  vaguecheck holds about 200 module-level patterns, several of them
long alternations; compiling them was 60-80 ms of a cold ``vaguecheck FILE`` of about 240.

* :func:`lazy` returns a stand-in that compiles its pattern the first time any of its attributes is
  read, then keeps the compiled pattern's methods as its own attributes (a later ``PAT.search(...)``
  costs one instance look-up more).  One report uses about a third of the passes' patterns.
* :func:`compile` keeps the engine's codes of every pattern it compiles in the user's cache
  directory (``regex-<Python version>-<engine version>.marshal``, ``_cache``), so the next process
  hands them to the engine directly (``_sre.compile``, which checks the codes it is given) without
  parsing the pattern again.  The codes are those ``re.compile`` makes, step for step;
  ``tests/test_regex.py`` holds every pattern's result equal to ``re.compile``'s (a compiled
  pattern's equality compares its codes).  Anything unexpected (another Python's internals, a damaged
  file) means ``re.compile`` as usual.  The file is written when the process ends (``flush``, which
  the console command calls before its fast exit), holds only the patterns of this package's code,
  is started afresh when it grows past :data:`_MAX_PATTERNS`, and opens with a checksum of the rest: a damaged file is not
  read.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import threading
from pathlib import Path
from typing import Any, cast

from . import _cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python's internals: plain re.compile
    _sre = None  # type: ignore[assignment]

_MAX_PATTERNS = 2000  # about 200 now; old versions' patterns are dropped when the file outgrows this
_KEEP_FILES = 4

_Args = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]

_lock = threading.Lock()
_known: dict[tuple[str, int], _Args] | None = None  # read from the file on the first compile
_new: dict[tuple[str, int], _Args] = {}  # compiled in this process, not yet written


#: The cache file's name: the Python version and the engine's, so another Python never reads these codes.
_FILE_NAME = r"regex-[0-9a-f]+-[0-9]+-s\.marshal"


def _file() -> Path | None:
    base = _cache.folder()
    if base is None or _sre is None:
        return None
    return base / f"regex-{sys.hexversion:x}-{_sre.MAGIC}-s.marshal"  # (-s: behind a checksum)


def _read() -> dict[tuple[str, int], _Args]:
    """The codes kept, or nothing when the file is missing, damaged (its checksum, the first bytes, does not match what
    follows: a damaged length could otherwise make marshal ask for any amount of memory) or not of the expected form."""
    path = _file()
    data = _cache.read_marshal(path) if path is not None else None
    return data if isinstance(data, dict) else {}


def _codes(pattern: str, flags: int) -> _Args:
    """What ``re._compiler.compile`` hands the engine for ``pattern``."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[Any] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's stand-in
    """``re.compile(pattern, flags)``, from the engine's codes kept by an earlier process when there are."""
    global _known
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    known = _known
    if known is None:
        known = _read()
        with _lock:
            _known = known
    args = known.get(key)
    if args is not None:
        try:
            return cast("re.Pattern[str]", _sre.compile(pattern, *args))
        except Exception:  # noqa: BLE001 - codes the engine refuses: compile afresh
            pass
    try:
        args = _codes(pattern, int(flags))
        compiled = _sre.compile(pattern, *args)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals not as expected: re.compile's own way
        return re.compile(pattern, flags)
    with _lock:
        if not _new:
            atexit.register(flush)  # (flush does nothing the second time)
        _new[key] = args
    return cast("re.Pattern[str]", compiled)


def flush() -> None:
    """Write the patterns compiled afresh in this process to the cache file, with those already there."""
    with _lock:
        new = dict(_new)
        _new.clear()
    path = _file()
    if not new or path is None:
        return
    merged = _read()
    if len(merged) + len(new) > _MAX_PATTERNS:
        merged = {}
    merged.update(new)
    try:
        data = marshal.dumps(merged)
    except ValueError:
        return
    if _cache.write_private(path, _cache.sealed(data), f".{threading.get_ident()}"):
        _cache.prune(path.parent, _FILE_NAME, _KEEP_FILES)


# ------------------------------------------------------------------ compiled on first use

# what the stand-in copies from the compiled pattern when it is first used
_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
          "pattern", "flags", "groups", "groupindex")


class _Lazy:
    __slots__ = ("_source", "__dict__")

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        _MADE.append(self)

    def __getattr__(self, name: str) -> Any:  # only while the attribute is not yet an instance attribute
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)  # (copy and pickle probe for special methods on an object not yet set up)
        compiled = compile(*self._source)
        own = self.__dict__
        for attr in _ATTRS:
            own[attr] = getattr(compiled, attr)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return lazy, self._source


_MADE: list[_Lazy] = []  # every stand-in made (module-level patterns only: a few hundred)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used.  A pattern that does not compile
    raises ``re.error`` then, not at import: tests/test_regex.py compiles every one."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))


def made() -> list[tuple[str, int]]:
    """The pattern and flags of every stand-in made so far (the tests compile each one)."""
    return [m._source for m in _MADE]
