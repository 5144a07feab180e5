"""The README's Python example runs, and prints what its comments say, line for line.

A promised line must equal the printed one, except where it says it is cut short: a line that
ends in … promises everything before the …, and a dict written with ``...`` promises exactly the
items it shows (the real one may have more).
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _example() -> tuple[list[str], list[str]]:
    code = re.search(r"```python\n(import vaguecheck.*?)```", README, re.S).group(1)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(code, "README.md", "exec"), {})
    printed = [line for line in buf.getvalue().splitlines() if not line.startswith("    ")]
    promised = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    return printed, promised


def matches(got: str, want: str) -> bool:
    if want.endswith("…"):
        return got.startswith(want[:-1]) and len(got) > len(want) - 1
    if want.endswith(", ...}"):
        head, _, shown = want.partition(" {")
        got_head, _, got_dict = got.partition(" {")
        if got_head != head:
            return False
        expected = ast.literal_eval("{" + shown[: -len(", ...}")] + "}")
        actual = ast.literal_eval("{" + got_dict)
        return all(k in actual and actual[k] == v for k, v in expected.items())
    return got == want


def test_readme_python_example_output_matches_its_comments():
    printed, promised = _example()
    assert len(promised) >= 6
    assert len(printed) == len(promised), (printed, promised)
    for got, want in zip(printed, promised, strict=True):
        assert matches(got, want), f"README promises {want!r}, the code prints {got!r}"


def test_the_comparison_can_fail():
    assert not matches("VC301 vague-time warning 1:1 最近 「最近」では", "VC301 vague-time warning 1:1 最近 「最近」ではいつ…")
    assert not matches("VC601 missing-time warning 1:13 発熱 「発熱」について。", "VC601 missing-time warning 1:13 発熱 「発熱」")
    assert not matches("time 3日前から {'amount': 3.0, 'unit': '日'}", "time 3日前から {'amount': 3.0, 'ago': True, ...}")
    assert not matches("time 3日前 {'amount': 3.0}", "time 3日前から {'amount': 3.0, ...}")
    assert matches("time 3日前から {'amount': 3.0, 'max': None, 'ago': True}", "time 3日前から {'amount': 3.0, 'ago': True, ...}")
