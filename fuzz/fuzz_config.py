"""Fuzz target: properties.config under atheris (python fuzz/run.py config)."""

from __future__ import annotations

import _common
from properties import config as test_one_input

if __name__ == "__main__":
    _common.run(test_one_input)
