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


@pytest.fixture(autouse=True, scope="session")
def _private_lexicon_cache(tmp_path_factory: pytest.TempPathFactory):
    """Keep the parsed-lexicon cache of the test run out of the user's home."""
    import os

    os.environ["VAGUECHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("lexicon-cache"))
    yield
