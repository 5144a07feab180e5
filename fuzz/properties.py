"""What each fuzz target checks, for any input bytes, kept free of atheris.

The fuzz targets (fuzz_*.py) run these under atheris; tests/test_fuzz_regressions.py replays
every artifact a fuzzing run kept through the same functions, in the ordinary test run.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_CHECKER = None
_DIR = tempfile.mkdtemp(prefix="vaguecheck-fuzz-")


def text_of(data: bytes) -> str:
    """Bytes to text: UTF-8 where it decodes (seeds from corpus/ stay Japanese), else Latin-1 (lossless)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def check(data: bytes) -> None:
    """Any text gives findings and elements whose offsets point into that text."""
    global _CHECKER
    if _CHECKER is None:
        from vaguecheck import Checker

        _CHECKER = Checker()
    text = text_of(data)
    report = _CHECKER.check(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), (f.start, f.end, len(text))
        assert text[f.start:f.end] == f.text, (f.text, text[f.start:f.end])
        assert f.line >= 1 and f.column >= 1
    for e in report.elements:
        assert 0 <= e.start <= e.end <= len(text)


def decode(data: bytes) -> None:
    """Any bytes decode or raise InputError with a code and a message, under any encoding asked for."""
    from vaguecheck._io import InputError
    from vaguecheck._io import decode as decode_bytes

    for enc in (None, "utf-16", "cp932"):
        try:
            text, used = decode_bytes(data, "fuzz.txt", enc)
        except InputError as exc:
            assert exc.message and exc.code
            continue
        assert isinstance(text, str) and used


def suppress(data: bytes) -> None:
    """The blanked text keeps length and line breaks; apply and unused never fail."""
    from vaguecheck import _suppress
    from vaguecheck._normalize import line_column, line_starts
    from vaguecheck.model import Finding, Suggestion

    text = text_of(data)
    sup = _suppress.parse(text)
    assert len(sup.blanked) == len(text)
    assert [i for i, c in enumerate(text) if c in "\r\n"] == [i for i, c in enumerate(sup.blanked) if c in "\r\n"]
    starts = line_starts(text)
    findings = []
    for k in range(0, len(text), max(1, len(text) // 8)):
        line, col = line_column(starts, k)
        findings.append(Finding(rule="VC101", category="subjective", severity="error", start=k, end=min(k + 1, len(text)),
                                line=line, column=col, text=text[k:k + 1], message="m", suggestion=Suggestion(), entry="e"))
    kept = _suppress.apply(findings, sup)
    assert all(f in findings for f in kept)
    for _d, start, end, _line, _col, message in _suppress.unused(sup, {"VC101", "VC301"}, {"subjective"}):
        assert 0 <= start <= end <= len(text) and message


def _as_file(name: str, data: bytes) -> Path:
    path = Path(_DIR) / name
    path.write_bytes(data)
    return path


def config(data: bytes) -> None:
    """Any file content loads or raises ConfigError naming the file."""
    from vaguecheck._config import ConfigError, load_file

    for name in (".vaguecheck.toml", "pyproject.toml"):
        path = _as_file(name, data)
        try:
            load_file(path)
        except ConfigError as exc:
            assert str(path) in str(exc)
        finally:
            os.unlink(path)


def lexicon(data: bytes) -> None:
    """Any file content loads or raises LexiconError naming the file (VAGUECHECK_NO_CACHE is set by the caller)."""
    from vaguecheck.lexicon import LexiconError, load

    path = _as_file("team.toml", data)
    try:
        load([path], builtin=False)
    except LexiconError as exc:
        assert str(path) in str(exc)
    finally:
        os.unlink(path)


TARGETS = {"check": check, "decode": decode, "suppress": suppress, "config": config, "lexicon": lexicon}
