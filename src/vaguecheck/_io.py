"""Finding report files and reading them safely, whatever their encoding.

Read-only by construction: files are opened for reading only, never written.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt", "*.md")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build", "dist")

#: Tried in order when no --encoding is given and there is no BOM.  CP932 is
#: Windows' Shift_JIS, a superset of it, which older care systems export.
FALLBACK_ENCODINGS = ("utf-8", "cp932", "euc-jp")


class InputError(Exception):
    """A file that cannot be checked; ``str()`` says what is wrong and what to do (Japanese)."""

    def __init__(self, path: str, code: str, message: str) -> None:
        self.path = path
        self.code = code
        self.message = message
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class Source:
    """A text to check: its display path, its text and the encoding it was read with."""

    path: str
    text: str
    encoding: str


def discover(
    paths: list[str], include: tuple[str, ...], exclude: tuple[str, ...], errors: list[InputError] | None = None
) -> list[str]:
    """Expand directories into the files to check, sorted, in the order of ``paths``.

    A file named explicitly is always checked; inside directories only files
    matching ``include`` and no ``exclude`` pattern (matched against each path part).
    A folder that cannot be listed is added to ``errors`` (when given), never skipped
    without a word.
    """
    out: list[str] = []

    def unlisted(exc: OSError) -> None:
        if errors is not None:
            where = exc.filename if isinstance(exc.filename, str) else p
            errors.append(os_error(where, exc, folder=True))

    for p in paths:
        if p == "-" or not os.path.isdir(p):
            out.append(p)
            continue
        found = []
        for root, dirs, files in os.walk(p, onerror=unlisted):
            dirs[:] = sorted(d for d in dirs if not _excluded(d, exclude))
            for name in files:
                full = os.path.join(root, name)
                if _excluded(name, exclude) or not any(fnmatch.fnmatch(name, pat) for pat in include):
                    continue
                rel = os.path.relpath(full, p)
                if any(fnmatch.fnmatch(rel, pat) for pat in exclude):
                    continue
                found.append(full)
        out.extend(sorted(found))
    return out


def _excluded(name: str, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, pat) for pat in exclude)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode file bytes; returns (text, encoding used).  Raises InputError."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, "unknown-encoding", f"文字コード {encoding!r} は使えません。utf-8, cp932 などを指定してください。") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise InputError(
                path, "decode", f"{encoding} として読めません（{exc.start} バイト目）。正しい --encoding を指定してください。"
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(path, "decode", "UTF-16 として読めません。ファイルが壊れていないか確認してください。") from None
    if b"\x00" in data[:8192]:
        guess = _utf16_without_bom(data[:8192])
        if guess:
            raise InputError(path, "binary", f"UTF-16（BOM なし）のようです。--encoding {guess} を指定してください。")
        raise InputError(
            path, "binary", "テキストファイルではないようです（バイナリ）。報告書はテキスト（.txt / .md）で保存してください。"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # CP932 and EUC-JP can both accept the same bytes; the right one yields kana.
    decoded: list[tuple[int, int, str, str]] = []
    for enc in FALLBACK_ENCODINGS[1:]:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        decoded.append((_japanese_score(text), -len(decoded), text, enc))
    if decoded:
        _, _, text, enc = max(decoded)
        return text, enc
    raise InputError(
        path, "decode",
        "文字コードを判別できません（UTF-8・Shift_JIS・EUC-JP のいずれでもありません）。--encoding で指定してください。",
    )


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` if ``head`` reads as UTF-16 text without a BOM: nothing but
    printable text once decoded (binary data almost never is), the more Japanese reading first."""
    head = head[: len(head) // 2 * 2]
    readings = []
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(enc)
        except UnicodeDecodeError:
            continue
        if text and all(ch.isprintable() or ch in "\t\r\n" for ch in text):
            readings.append((_japanese_score(text), enc))
    return max(readings)[1] if readings else None


def _japanese_score(text: str) -> int:
    """Hiragana, full-width katakana and 、。 count; mis-decoded text has few of them."""
    return sum(1 for ch in text if "\u3040" <= ch <= "\u30ff" or ch in "、。")


class NotRegularFileError(OSError):
    """A FIFO, a device or a socket: reading it could block for ever or never end."""


def read_regular(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file, read-only.  A FIFO, device or socket (also behind a
    symlink) raises :class:`NotRegularFileError` at once: it is opened without blocking
    and never read.  Other problems raise the usual OSError subclasses."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(0, "not a regular file", str(path))
        with os.fdopen(fd, "rb") as fh:  # read-only: vaguecheck never writes what it checks
            fd = -1
            return fh.read()
    finally:
        if fd >= 0:
            os.close(fd)


def os_error(path: str, exc: OSError, *, folder: bool = False) -> InputError:
    """The InputError (code and Japanese message) for an OSError met while reading ``path``."""
    if isinstance(exc, NotRegularFileError):
        return InputError(path, "not-regular", "通常のファイルではありません（FIFO・デバイスなど）。読まずに飛ばしました。")
    if isinstance(exc, FileNotFoundError):
        return InputError(path, "not-found", "ファイルが見つかりません。パスを確認してください。")
    if isinstance(exc, IsADirectoryError):
        return InputError(path, "is-directory", "ディレクトリです。")
    if isinstance(exc, PermissionError):
        if folder:
            return InputError(path, "permission", "フォルダを開く権限がありません。中のファイルは確認していません。")
        return InputError(path, "permission", "読み取りの権限がありません。")
    return InputError(path, "os-error", f"読み込めません（{exc.strerror or exc}）。")


def read(path: str, encoding: str | None, stdin_bytes: bytes | None = None) -> Source:
    """Read one input (``-`` is standard input).  Raises InputError."""
    if path == "-":
        data = stdin_bytes if stdin_bytes is not None else b""
    else:
        try:
            data = read_regular(path)
        except OSError as exc:
            raise os_error(path, exc) from None
    text, used = decode(data, path, encoding)
    return Source(path, text, used)


def display_path(path: str) -> str:
    """Paths as the user gave them, relative where possible, with forward slashes."""
    if path == "-":
        return "-"
    try:
        rel = os.path.relpath(path)
    except ValueError:
        rel = path
    shown = rel if not rel.startswith("..") else path
    return Path(shown).as_posix()
