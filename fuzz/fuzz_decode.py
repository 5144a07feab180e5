"""Fuzz target: properties.decode under atheris (python fuzz/run.py decode)."""

from __future__ import annotations

import _common
from properties import decode as test_one_input

if __name__ == "__main__":
    _common.run(test_one_input)
