"""Fuzz target: properties.check under atheris (python fuzz/run.py check)."""

from __future__ import annotations

import _common
from properties import check as test_one_input

if __name__ == "__main__":
    _common.run(test_one_input)
