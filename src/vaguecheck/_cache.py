"""The user's cache directory: where it is, reading a file back safely, writing one, keeping it bounded.

Three kinds of file live there, each named by a hash of what it was made from, so that an edit makes a
new file rather than a stale read: the parsed TOML of a lexicon file and the expanded patterns
(``lexicon``), the pickled lexicon with its index (``_snapshot``) and the compiled regular expressions
(``_regex``).  Each kind keeps only its newest files (:func:`prune`), so a care team editing its own
lexicon every day does not fill the disk.  ``VAGUECHECK_NO_CACHE=1`` turns every cache off;
``VAGUECHECK_CACHE_DIR`` moves it (default ``$XDG_CACHE_HOME/vaguecheck`` or ``~/.cache/vaguecheck``).
Report texts are never cached: only what the lexicons and the code make.
"""

from __future__ import annotations

import marshal
import os
import stat
from pathlib import Path
from typing import Any

try:  # BLAKE2b without importing hashlib, whose OpenSSL module costs about 2 ms and 4 MB of a cold start (CPython's _blake2
    # is what hashlib gives for BLAKE2b)
    from _blake2 import blake2b
except ImportError:  # (another Python)
    from hashlib import blake2b

_MAX_BYTES = 64 * 1024 * 1024  # the largest file of ours (a snapshot) is about 8 MB


def folder() -> Path | None:
    """The cache directory, or None when caching is off."""
    if os.environ.get("VAGUECHECK_NO_CACHE"):
        return None
    base = os.environ.get("VAGUECHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "vaguecheck"
    )
    return Path(base)


def read_own(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file this user owns; opened without blocking (a FIFO
    planted there) and without following a link, and checked on the descriptor it is read from.
    What is read back is unpickled or handed to the regular-expression engine: it must be a file this
    user's own runs wrote."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > _MAX_BYTES:
            return None
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(_MAX_BYTES + 1)
        if os.utime in os.supports_fd:
            try:
                os.utime(fd)  # read now: pruning keeps what is in use
            except OSError:
                pass
        return data
    except OSError:
        return None
    finally:
        os.close(fd)


_SUM = 16  # bytes of the checksum that opens a file written by :func:`sealed`


def sealed(data: bytes) -> bytes:
    """``data`` behind a checksum of it, for :func:`unsealed`: a damaged cache file is then not read (a flipped bit in a
    marshalled length or string could otherwise fail a run, or change a pattern, until the file is deleted)."""
    return blake2b(data, digest_size=_SUM).digest() + data


def unsealed(raw: bytes | None) -> bytes | None:
    """What :func:`sealed` wrapped, or None when ``raw`` is missing or does not match its checksum."""
    if raw is None or len(raw) < _SUM or blake2b(raw[_SUM:], digest_size=_SUM).digest() != raw[:_SUM]:
        return None
    return raw[_SUM:]


def read_marshal(path: Path) -> Any:
    """What a marshal cache file of ours holds, or None: read only from a regular file this user owns, without blocking on
    a FIFO planted there or following a link (:func:`read_own`), and only when its checksum holds (:func:`unsealed`)."""
    raw = unsealed(read_own(path))
    if raw is None:
        return None
    try:
        return marshal.loads(raw)
    except Exception:  # noqa: BLE001 - a damaged file is only not used
        return None


def write_private(path: Path, data: bytes, tag: str = "") -> bool:
    """Write ``data`` to ``path`` through a new file of mode 0600 that replaces it (a reader never sees
    half a file; a link planted at the temporary name is not followed); False when it cannot."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}{tag}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return False


def prune(where: Path, name: str, keep: int) -> None:
    """Keep the newest ``keep`` files of ``where`` whose whole name matches the regular expression ``name`` (by the time
    they were last read or written: :func:`read_own` touches what it reads, so a file in use is never the oldest).  The
    expression names only files of ours (index-311-<32 hex>.pickle): a cache directory shared with another tool keeps the
    other tool's files."""
    import re

    pattern = re.compile(name)
    files = []
    try:
        names = [p for p in where.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return  # a directory this user may write but not list, or one gone meanwhile: nothing pruned, nothing raised
    for p in names:
        try:
            files.append((p.stat().st_mtime, p))
        except OSError:
            continue
    for _, p in sorted(files, reverse=True)[keep:]:
        try:
            p.unlink()
        except OSError:
            pass
