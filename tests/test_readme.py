"""The README's Python example runs, and prints what its comments say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_python_example_output_matches_its_comments():
    code = re.search(r"```python\n(import vaguecheck.*?)```", README, re.S).group(1)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(code, "README.md", "exec"), {})
    printed = [line for line in buf.getvalue().splitlines() if not line.startswith("    ")]
    promised = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    assert len(printed) == len(promised)
    for got, want in zip(printed, promised, strict=True):
        head = want.split("…")[0].split(" {")[0].rstrip(".")
        assert got.startswith(head), f"README promises {want!r}, the code prints {got!r}"
