#!/usr/bin/env python3
"""Regenerate docs/rules.md from the rule metadata in lexicons/ (the only source).

    python scripts/gen_rules_doc.py          # write docs/rules.md
    python scripts/gen_rules_doc.py --check  # exit 1 if docs/rules.md is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from vaguecheck.lexicon import load
from vaguecheck.ruledocs import rules_markdown

TARGET = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def main(argv: list[str]) -> int:
    text = rules_markdown(load())
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python scripts/gen_rules_doc.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
