"""Run the atheris fuzz targets, one after another, each for a time budget.

    pip install -e ".[fuzz]"
    python fuzz/run.py --seconds 1800               # every target, 30 minutes each
    python fuzz/run.py check suppress --seconds 60  # some targets

Each target starts from seeds taken from corpus/ and examples/ (report texts), the
built-in lexicons and pyproject.toml (TOML), and keeps its growing corpus in
fuzz/.work/TARGET/.  A crash is written to fuzz/crashes/ (libFuzzer's artifact); turn
each into a regression test in tests/test_fuzz_regressions.py.  Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = ("check", "decode", "suppress", "config", "lexicon")
MAX_SEEDS = 300


def _text_seeds() -> list[bytes]:
    seeds: list[bytes] = []
    for path in sorted((ROOT / "examples").rglob("*")):
        if path.suffix in (".txt", ".md") and path.is_file():
            seeds.append(path.read_bytes())
    for path in sorted((ROOT / "corpus").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                text = json.loads(line).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str):
                seeds.append(text.encode("utf-8"))
    # a few suppression comments, so the parser's paths are reached from the start
    seeds.append("最近、元気がありません。 <!-- vaguecheck: ignore[VC101] -->\n".encode())
    seeds.append("<!-- vaguecheck: disable[vague-time] -->\n最近\n<!-- vaguecheck: enable[vague-time] -->\n".encode())
    seeds.append("なんとなく <!-- vaguecheck: ignore-file -->".encode())
    return seeds[:MAX_SEEDS]


def _seeds(target: str) -> list[bytes]:
    if target in ("check", "suppress"):
        return _text_seeds()
    if target == "decode":
        texts = _text_seeds()[:100]
        out = []
        for t in texts:
            s = t.decode("utf-8")
            out += [t, s.encode("cp932", "replace"), s.encode("euc-jp", "replace"), s.encode("utf-16")]
        return out
    if target == "lexicon":
        return [p.read_bytes() for p in sorted((ROOT / "src" / "vaguecheck" / "lexicons").glob("*.toml"))]
    return [(ROOT / "pyproject.toml").read_bytes(), b'select = ["VC1"]\nignore = ["VC103"]\nfail-on = "error"\n',
            b'[tool.vaguecheck]\nlexicons = ["team.toml"]\nencoding = "cp932"\n']


def run(target: str, seconds: int) -> int:
    work = HERE / ".work" / target
    seeds = HERE / ".work" / f"{target}-seeds"
    work.mkdir(parents=True, exist_ok=True)
    seeds.mkdir(parents=True, exist_ok=True)
    for n, data in enumerate(_seeds(target)):
        (seeds / f"seed-{n:04d}").write_bytes(data)
    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    # libFuzzer stops at a crash (its -fork mode does not work under atheris): start again with the
    # time left, from the corpus grown so far, so one budget collects more than the first crash.
    started = time.monotonic()
    rc = worst = 0
    print(f"fuzz {target}: {seconds} s", flush=True)
    while (left := int(seconds - (time.monotonic() - started))) > 5:
        rc = _once(target, left, work, seeds, crashes)
        worst = max(worst, rc)
        if rc == 0:
            break
    print(f"fuzz {target}: exit {worst} after {time.monotonic() - started:.0f} s, {len(list(crashes.glob(target + '-*')))} artifact(s)",
          flush=True)
    return worst


def _once(target: str, seconds: int, work: Path, seeds: Path, crashes: Path) -> int:
    cmd = [sys.executable, str(HERE / f"fuzz_{target}.py"), str(work), str(seeds),
           f"-max_total_time={seconds}", "-timeout=20", "-rss_limit_mb=3000", "-max_len=65536",
           f"-artifact_prefix={crashes}/{target}-", "-print_final_stats=1"]
    return subprocess.call(cmd, cwd=HERE)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", metavar="TARGET", help=f"some of: {', '.join(TARGETS)} (default: all)")
    ap.add_argument("--seconds", type=int, default=1800, help="time budget per target (default: 1800)")
    args = ap.parse_args()
    os.environ.setdefault("VAGUECHECK_NO_CACHE", "1")
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        ap.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    worst = 0
    for target in args.targets or TARGETS:
        worst = max(worst, run(target, args.seconds))
    return worst


if __name__ == "__main__":
    sys.exit(main())
