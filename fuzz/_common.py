"""Shared set-up for the atheris fuzz targets (run by fuzz/run.py, never by pytest)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("VAGUECHECK_NO_CACHE", "1")  # a fuzzed lexicon must never land in the user's cache

import atheris  # noqa: E402


def run(test_one_input) -> None:
    # Import every module of the package first: instrument_all() instruments what is loaded.
    import vaguecheck  # noqa: F401
    from vaguecheck import _config, _io, _suppress, analyzer, checker, elements, lexicon, matcher  # noqa: F401

    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
