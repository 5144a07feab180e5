"""A loaded lexicon and its pattern index, kept on disk between runs (the cold start, issue #13).

Loading the built-in lexicons (26k token sequences, validated, with their examples) and building the
matcher's index took about two thirds of a cold ``vaguecheck FILE`` once the parsed TOML and the
pattern expansions were already cached.  The built objects are pickled together — the ``Lexicon``
and the ``PatternIndex`` of one selection of rules (one pickle, so the index's items stay the
lexicon's own objects) — under the user's cache directory (``lexicon._cache_file``), and the next
run reads them back in a fraction of the time.

The file's name is a hash of everything the objects were made from: the source of the modules whose
classes the pickle holds or that decide what goes in the index (hashed once, when this module is
imported, so that it is the code that runs), the bytes of every lexicon file (hashed again after
they are loaded: a file edited meanwhile is not snapshotted), and the Python version.  An edit of a
lexicon or of that code names a new file; at most :data:`_MAX_FILES` are kept.  A file holds one
index, built fresh (never one a check has grown), for the selection of rules the process that wrote
it built first; another selection is built as before.  A process writes at most one file per lexicon.

A file is read only when it is a regular file the current user owns (a pickle runs code when read: it
must be one this user's own runs wrote), opened without following a link and without blocking; it is
written through a new file of mode 0600 that replaces it.  Any problem reading or writing means
building as before; ``VAGUECHECK_NO_CACHE=1`` turns it off with the other caches.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import weakref
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from . import _cache
from . import lexicon as _lexicon
from . import matcher as _matcher
from . import model as _model
from ._gc import paused
from ._io import read_regular
from .lexicon import Lexicon, load
from .matcher import PatternIndex

#: modules whose classes are pickled (lexicon, matcher, model) or that decide what the index holds
#: (checker.index_pairs)
_CODE = ("lexicon.py", "matcher.py", "model.py", "checker.py", "_snapshot.py")
_MAX_FILES = 8
_PROTOCOL = 5

IndexKey = tuple[tuple[str, ...], bool]


def _code_hash() -> bytes | None:
    h = _cache.blake2b(digest_size=16)
    h.update(f"{sys.version_info[:2]} {_PROTOCOL}".encode())
    try:
        here = Path(__file__).parent
        for name in _CODE:
            h.update((here / name).read_bytes())
    except OSError:
        return None
    return h.digest()


_CODE_HASH = _code_hash()  # at import: the code hashed is the code that runs


@dataclass(eq=False)
class _Record:
    path: Path
    key: IndexKey | None = None  # the selection whose index the file holds (None: none yet, so this process writes it)
    index: PatternIndex | None = None


_records: dict[int, tuple[weakref.ref[Lexicon], _Record]] = {}
_lock = threading.Lock()


def load_lexicon(extra: Iterable[str | Path] = ()) -> Lexicon:
    """``lexicon.load(extra)``, read from a snapshot made from the same files and code when there is one."""
    extra = list(extra)
    path = _path(extra)
    if path is not None:
        got = _read(path)
        if got is not None:
            lexicon, key, index = got
            _remember(lexicon, _Record(path, key, index))
            return lexicon
    lexicon = load(extra)
    if path is not None and _path(extra) == path:  # not edited while it was loaded
        _remember(lexicon, _Record(path))  # written with its first index
    return lexicon


def index(lexicon: Lexicon, active: Iterable[str], report_level: bool,
          build: Callable[[], PatternIndex]) -> PatternIndex:
    """The pattern index of ``lexicon`` for these rules: from its snapshot when the snapshot holds
    this selection's, else built (and saved with the lexicon when the file holds none yet, once per
    process) when the lexicon came from :func:`load_lexicon`."""
    record = _record_of(lexicon)
    if record is None:
        return build()
    key = (tuple(sorted(active)), report_level)
    with _lock:
        if record.key == key and record.index is not None:
            return record.index
    built = build()
    with _lock:
        write = record.key is None
        if write:
            record.key, record.index = key, built
    if write:
        _write(record.path, lexicon, key, built)
    return built


# ------------------------------------------------------------ in this process


def _remember(lexicon: Lexicon, record: _Record) -> None:
    key = id(lexicon)

    def forget(_: object) -> None:
        with _lock:
            if key in _records and _records[key][0]() is None:
                del _records[key]

    with _lock:
        _records[key] = (weakref.ref(lexicon, forget), record)


def _record_of(lexicon: Lexicon) -> _Record | None:
    with _lock:
        got = _records.get(id(lexicon))
    if got is None or got[0]() is not lexicon:
        return None
    return got[1]


# ------------------------------------------------------------ on disk


def _path(extra: list[str | Path]) -> Path | None:
    """The snapshot file for the built-in lexicons and ``extra``, or None (caching off, or a file
    that cannot be read: then ``load`` gives the error that names it)."""
    folder = _cache.folder()
    if folder is None or _CODE_HASH is None:
        return None
    h = _cache.blake2b(_CODE_HASH, digest_size=16)
    try:
        for where, name in _lexicon._builtin_files():
            h.update(name.encode() + b"\0" + where.read_bytes())
        for p in extra:
            h.update(b"\1" + os.fsencode(p) + b"\0" + read_regular(Path(p)))  # a FIFO is refused, never read
    except (OSError, ValueError):
        return None
    return folder / f"index-{sys.version_info[0]}{sys.version_info[1]}-{h.hexdigest()}.pickle"


def _read(path: Path) -> tuple[Lexicon, IndexKey, PatternIndex] | None:
    raw = _cache.read_own(path)
    if raw is None:
        return None
    try:
        with paused():  # a few hundred thousand objects without cycles
            data = pickle.loads(raw)
    except Exception:  # noqa: BLE001 - a damaged or foreign file just means building anew
        return None
    if not (isinstance(data, tuple) and len(data) == 3 and isinstance(data[0], Lexicon)
            and isinstance(data[1], tuple) and isinstance(data[2], PatternIndex)):
        return None
    return data


def _write(path: Path, lexicon: Lexicon, key: IndexKey, index: PatternIndex) -> None:
    import io

    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=_PROTOCOL)
    pickler.dispatch_table = _frozen_dataclasses(_lexicon, _model)
    try:
        with _matcher._MATERIALIZE:  # no trie grows while it is written
            pickler.dump((lexicon, key, index))
    except Exception:  # noqa: BLE001 - a snapshot that cannot be written is only not written
        return
    if _cache.write_private(path, buf.getvalue(), f".{threading.get_ident()}"):
        _cache.prune(path.parent, r"index-[0-9]+-[0-9a-f]{32}\.pickle", _MAX_FILES)


def _by_constructor(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    names = tuple(f.name for f in fields(cls))

    def reduce(obj: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, tuple(getattr(obj, n) for n in names)

    return reduce


def _frozen_dataclasses(*modules: Any) -> dict[type, Callable[[Any], Any]]:
    """Frozen slotted dataclasses whose fields are all arguments of ``__init__``, pickled as a call
    of the class: reading them back then costs a constructor call instead of the dataclass module's
    ``__setstate__`` (which looks up the fields of the class for every object)."""
    table: dict[type, Callable[[Any], Any]] = {}
    for module in modules:
        for obj in vars(module).values():
            if (isinstance(obj, type) and is_dataclass(obj) and obj.__module__ == module.__name__
                    and hasattr(obj, "__slots__") and obj.__dataclass_params__.frozen  # type: ignore[attr-defined]
                    and all(f.init for f in fields(obj))):
                table[obj] = _by_constructor(obj)
    return table

