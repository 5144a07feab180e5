#!/usr/bin/env python3
"""Issue #11 evidence: pick 40 whole reports of corpus/reports/dev.jsonl that cover every observation
group the issue names, write a rating packet (report texts and each finding's message, questions and
example, nothing else) for a reviewer acting as a physician, and print the automatic checks.

    python scripts/issue11_packet.py packet.md     # the packet; figures on standard output
    python scripts/issue11_packet.py packet.md corpus/reports/blind6.jsonl   # from another file of reports
    python scripts/issue11_packet.py packet.md --repeat   # each finding's questions and example every time
    python scripts/issue11_packet.py packet.md --details  # the minor points beside a red flag listed too

Questions and examples are shown the first time in a report only, as `vaguecheck FILE` prints them;
`--repeat` shows them under every finding, as the JSON output holds them (the first two ratings
of issue #11 were made on such packets).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import vaguecheck
from vaguecheck._output import phrase_groups, secondary_lines
from vaguecheck.lexicon import load

ROOT = Path(__file__).resolve().parents[1]
#: The groups of issue #11, found by the words a report uses for them.
GROUPS = {
    "発熱": r"発熱|熱発|微熱|高熱|℃|熱が", "むくみ": r"むくみ|浮腫|むくん", "痛み": r"痛",
    "褥瘡・発赤": r"褥瘡|発赤|赤み|赤く|床ずれ", "血圧": r"血圧", "睡眠": r"眠|不眠|覚醒|昼夜逆転|夜中に起き",
    "排便": r"排便|便秘|便が|便は|お通じ", "嘔吐・下痢": r"嘔吐|吐い|吐き気|嘔気|下痢|軟便|水様便",
    "食事・水分": r"食事|摂取|水分|食べ", "転倒": r"転倒|転ん|転落|尻もち|ずり落ち", "服薬": r"服薬|内服|飲み忘れ|残薬|薬",
    "咳・痰": r"咳|痰", "しびれ": r"しびれ|痺れ", "体重": r"体重",
}
SIZE, AT_LEAST = 40, 3


def choose(reports: list[dict]) -> list[dict]:
    """Greedy: each group in at least AT_LEAST reports first, then the reports naming most groups."""
    cover = {r["id"]: {g for g, rx in GROUPS.items() if re.search(rx, r["text"])} for r in reports}
    count = dict.fromkeys(GROUPS, 0)
    chosen: list[str] = []
    while len(chosen) < min(SIZE, len(reports)):
        best = max((r for r in reports if r["id"] not in chosen),
                   key=lambda r: (sum(count[g] < AT_LEAST for g in cover[r["id"]]), len(cover[r["id"]]), r["id"]))
        chosen.append(best["id"])
        for g in cover[best["id"]]:
            count[g] += 1
    print("reports per group:", "、".join(f"{g} {n}" for g, n in count.items()))
    return [r for r in reports if r["id"] in chosen]


def _entry(n: int, group: list) -> list[str]:
    """Entry ``n`` of a report: its phrase's first finding, the others under it."""
    return [f"{n}. 「{group[0].text}」（{group[0].line}行目）: {group[0].message}", *(f"   ・「{f.text}」: {f.message}" for f in group[1:])]


def main(out_path: str, corpus: str | Path = ROOT / "corpus" / "reports" / "dev.jsonl", repeat: bool = False,
         details: bool = False) -> None:
    """``repeat``: every finding with its questions and example (as JSON holds them), not once per
    report as `vaguecheck FILE` prints them."""
    reports = [json.loads(line) for line in Path(corpus).open(encoding="utf-8")]
    chosen = choose(reports)
    lexicon = load()
    examples = {o.example: o for o in lexicon.observations if o.example}
    checker = vaguecheck.Checker()
    lines, findings = [], []
    for r in chosen:
        report = checker.check(r["text"])
        lines += [f"## {r['id']}", "", "```", r["text"], "```", ""]
        shown: set[tuple[str, ...]] = set()  # as the text output shows them: questions and examples once per file
        # one entry per phrase, as `vaguecheck FILE` prints them (the others of a phrase under the first)
        primary = [f for f in report.findings if not f.secondary]
        groups = phrase_groups(primary, r["text"])
        for n, group in enumerate(groups, 1):
            findings += [(r, f) for f in group]
            lines += _entry(n, group)
            for f in group:
                if f.suggestion.questions and (repeat or f.suggestion.questions not in shown):
                    shown.add(f.suggestion.questions)
                    lines.append(f"   - 確かめること: {' / '.join(f.suggestion.questions)}")
                    break
            for f in group:
                if f.suggestion.example and (repeat or (f.suggestion.example,) not in shown):
                    shown.add((f.suggestion.example,))
                    lines.append(f"   - 例: {f.suggestion.example}")
                    break
        # the details beside a red flag or a clear request, as `vaguecheck FILE` prints them: counted on one line (not rated), or with
        # --details listed after the rest (Finding.secondary)
        later = [f for f in report.findings if f.secondary]
        heading, hidden = secondary_lines(report.outline.to_dict() if report.outline is not None else None)
        if later and not details:
            lines.append(hidden.format(n=len(phrase_groups(later, r["text"]))))
        elif later:
            lines.append(heading)
            for n, group in enumerate(phrase_groups(later, r["text"]), len(groups) + 1):
                findings += [(r, f) for f in group]
                lines += _entry(n, group)
        lines.append("")
    Path(out_path).write_text("\n".join(lines), encoding="utf-8")
    missing = [f for _, f in findings if f.missing]
    by_id = {o.id: o for o in lexicon.observations}

    def is_example_of(o, example: str) -> bool:
        """``example`` is o's, or o's about another body part (the site the writer named: example_site)."""
        if example == o.example:
            return True
        if not (o.example_site and o.example):
            return False
        head, tail = o.example.split(o.example_site, 1)
        return example.startswith(head) and example.endswith(tail) and len(example) > len(head) + len(tail)

    def own_example(f) -> bool:
        o = by_id.get(f.entry)
        return o is not None and is_example_of(o, f.suggestion.example)

    own = [f for f in missing if own_example(f)]
    vague = [f for _, f in findings if f.category in ("vague-time", "vague-frequency", "vague-quantity", "subjective")]
    topical = [f for f in vague if f.suggestion.example in examples
               or any(is_example_of(o, f.suggestion.example) for o in lexicon.observations)]
    # about a fall: a fall observation or red flag (fall, fall-slip, fall-on-anticoagulant), or a vague word in a fall's clause;
    # a purpose or request finding's example is about the report's matter, so the whole report is read for it
    fall_words = ("転倒", "転ん", "転ぶ", "転び", "転ば", "転べ", "転落", "尻もち", "しりもち", "こけ", "落ち", "落下", "ころん", "ころび",
                  "ころぶ", "ころば", "ひっくり返", "ひっくりかえ")
    falls = [(r, f) for r, f in findings if "転倒" in f.suggestion.example and "fall" not in (f.entry or "")
             and not any(w in (r["text"] if f.category in ("purpose", "request") else r["text"].splitlines()[f.line - 1])
                         for w in fall_words)]
    print(f"reports {len(chosen)}, findings {len(findings)}")
    print(f"missing-* findings {len(missing)}, with their own observation's example {len(own)}")
    print(f"vague-word findings {len(vague)}, asking in the terms of the observation they qualify {len(topical)}")
    print(f"findings about something other than a fall whose example is a fall: {len(falls)}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packet", nargs="?", default="packet.md", help="where to write the rating packet")
    parser.add_argument("reports", nargs="?", help="the reports to choose from (default corpus/reports/dev.jsonl)")
    parser.add_argument("--repeat", action="store_true", help="each finding's questions and example every time")
    parser.add_argument("--details", action="store_true", help="list the minor points beside a red flag, as --details does")
    ns = parser.parse_args()
    main(*([ns.packet, ns.reports] if ns.reports else [ns.packet]), repeat=ns.repeat, details=ns.details)
