#!/usr/bin/env python3
"""Dump every report's to_dict() over the corpora and the core benchmark's texts, with the default selection and with
ALL, one JSON line each: run it in the tree before and after a speed change and compare the two files (issue #13:
a speed change keeps the findings identical).

    PYTHONPATH=/path/to/before/src python scripts/equivalence.py before.jsonl
    PYTHONPATH=src python scripts/equivalence.py after.jsonl
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_core import corpus  # noqa: E402

from vaguecheck.checker import Checker  # noqa: E402
from vaguecheck.research import load_gold  # noqa: E402


def texts() -> list[str]:
    out = list(corpus())
    for path in sorted((ROOT / "corpus" / "blind").glob("batch*.jsonl")) + [ROOT / "corpus" / "heldout.jsonl", ROOT / "corpus" / "gold.jsonl"]:
        out += [text for _, text, _ in load_gold(str(path))]
    for path in sorted((ROOT / "corpus" / "reports").glob("*.jsonl")):
        out += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return out


def main(out_path: str) -> int:
    every = texts()
    with open(out_path, "w", encoding="utf-8") as out:
        for select in (None, ["ALL"]):
            checker = Checker(select=select)
            for text in every:
                out.write(json.dumps(checker.check(text).to_dict(), ensure_ascii=False, sort_keys=True, default=str) + "\n")
    print(f"{len(every)} texts, 2 selections -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
