"""Every input the atheris fuzz targets (fuzz/, docs/fuzzing.md) reported, replayed as a test.

An artifact is kept in tests/data/fuzz/ under the name libFuzzer gave it (TARGET-KIND-HASH)
and replayed through the very property its target checks (fuzz/properties.py), without atheris.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))
import properties  # noqa: E402

ARTIFACTS = sorted((ROOT / "tests" / "data" / "fuzz").glob("*-*"))


@pytest.mark.parametrize("artifact", ARTIFACTS, ids=[p.name for p in ARTIFACTS])
def test_fuzz_artifact_replays_cleanly(artifact, monkeypatch):
    monkeypatch.setenv("VAGUECHECK_NO_CACHE", "1")
    properties.TARGETS[artifact.name.split("-")[0]](artifact.read_bytes())


def test_every_fuzz_target_has_its_property():
    targets = {p.stem.removeprefix("fuzz_") for p in (ROOT / "fuzz").glob("fuzz_*.py")}
    assert targets == set(properties.TARGETS)
    assert {p.name.split("-")[0] for p in ARTIFACTS} <= targets
