"""Fuzz target: properties.lexicon under atheris (python fuzz/run.py lexicon)."""

from __future__ import annotations

import _common
from properties import lexicon as test_one_input

if __name__ == "__main__":
    _common.run(test_one_input)
