"""Fuzz target: properties.suppress under atheris (python fuzz/run.py suppress)."""

from __future__ import annotations

import _common
from properties import suppress as test_one_input

if __name__ == "__main__":
    _common.run(test_one_input)
