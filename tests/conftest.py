from __future__ import annotations

import pytest

import vaguecheck
from vaguecheck.lexicon import Lexicon, load


@pytest.fixture(scope="session")
def checker() -> vaguecheck.Checker:
    return vaguecheck.Checker()


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load()
