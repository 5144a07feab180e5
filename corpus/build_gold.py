#!/usr/bin/env python3
"""Build the gold files of corpus/ (format: docs/evaluation.md).

- gold.jsonl: the hand-annotated fixture table of tests/test_table.py, exported so that the
  annotations have one source.  The lexicons were developed against it: a development set.
- blind/batchN.jsonl: later blind batches (blind/batchN_source.txt, the same markup), written by
  someone who had not seen the lexicons; ids N-001, N-002, ...
- heldout.jsonl: sentences written for evaluation only (heldout_source.txt, 【expression|category】
  markup; 【expression|cat1,cat2】 for one span with two categories), never used to tune
  lexicons or tests.

    python corpus/build_gold.py          # rewrite both files
    python corpus/build_gold.py --check  # exit 1 if either is stale
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARK = re.compile(r"【([^|【】]+)\|([a-z,-]+)】")  # 【expression|category】 or 【expression|cat1,cat2】


def table_records() -> list[dict]:
    sys.path.insert(0, str(ROOT / "tests"))
    import test_table  # noqa: E402  (the fixture table is the source of these annotations)

    out = []
    for param in test_table.CASES:
        text, findings, _elements = param.values
        spans = []
        for f in findings:
            start = test_table._locate(text, f[2], f[3] if len(f) > 3 else 0)
            spans.append({"start": start, "end": start + len(f[2]), "category": f[1], "rule": f[0]})
        out.append({"id": f"t-{param.id}", "text": text, "spans": sorted(spans, key=lambda s: (s["start"], s["end"]))})
    return out


def heldout_records(source: str = "heldout_source.txt", prefix: str = "h") -> list[dict]:
    out = []
    lines = (HERE / source).read_text(encoding="utf-8").splitlines()
    for line in (ln.strip() for ln in lines):
        if not line or line.startswith("#"):
            continue
        text, spans, pos = "", [], 0
        for m in MARK.finditer(line):
            text += line[pos : m.start()]
            for category in m.group(2).split(","):
                spans.append({"start": len(text), "end": len(text) + len(m.group(1)), "category": category})
            text += m.group(1)
            pos = m.end()
        text += line[pos:]
        out.append({"id": f"{prefix}{len(out) + 1:03d}", "text": text, "spans": spans})
    return out


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    files = {HERE / "gold.jsonl": render(table_records()), HERE / "heldout.jsonl": render(heldout_records())}
    for source in sorted((HERE / "blind").glob("batch*_source.txt")):  # later blind batches, same markup
        batch = source.name.removesuffix("_source.txt")
        files[source.with_name(f"{batch}.jsonl")] = render(heldout_records(f"blind/{source.name}", f"{batch[5:]}-"))
    stale = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for p in stale:
            print(f"{p} is stale: run python corpus/build_gold.py", file=sys.stderr)
        return 1 if stale else 0
    for p, text in files.items():
        p.write_text(text, encoding="utf-8")
        print(f"wrote {p} ({text.count(chr(10))} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
