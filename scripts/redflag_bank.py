#!/usr/bin/env python3
"""Issue #10 development data: run VC703 over corpus/redflags/bank.tsv (everyday phrasings of 21
red-flag concepts, and calm look-alikes, written by a nurse-educator helper who saw neither the
lexicons nor the report batches), each sentence inside a short report, and print urgent recall and
the share of calm sentences flagged, per concept.  Development data, not a result: the blind report
batches measure (docs/evaluation.md).

    python scripts/redflag_bank.py          # figures
    python scripts/redflag_bank.py -v       # and every miss and false alarm
"""

from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

import vaguecheck

ROOT = Path(__file__).resolve().parents[1]
FRAME = "〇〇クリニック 佐藤先生\nいつもお世話になっております。\n山田花子様の体調についてご報告です。\n{}\n受診の要否についてご指示をお願いいたします。"


def main(verbose: bool = False) -> None:
    checker = vaguecheck.Checker()
    rows = list(csv.DictReader((ROOT / "corpus/redflags/bank.tsv").open(encoding="utf-8"), delimiter="\t"))
    tally: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])  # urgent, found, calm, flagged
    notes = []
    for r in rows:
        got = checker.check(FRAME.format(r["sentence"])).outline.urgent
        t = tally[r["concept"]]
        urgent = r["label"] == "urgent"
        t[0 if urgent else 2] += 1
        t[1 if urgent else 3] += bool(got)
        if urgent != bool(got):
            notes.append(f"{'MISS' if urgent else 'FLAGGED'} {r['concept']} {r['sentence']} {[u.id for u in got]}")
    u, f, c, x = (sum(t[k] for t in tally.values()) for k in range(4))
    print(f"urgent recall {f}/{u} = {f / u:.3f}; calm flagged {x}/{c} = {x / c:.3f}")
    for concept, t in tally.items():
        print(f"  {concept:18} {t[1]}/{t[0]}  calm flagged {t[3]}/{t[2]}")
    if verbose:
        print("\n".join(notes))


if __name__ == "__main__":
    main("-v" in sys.argv)
