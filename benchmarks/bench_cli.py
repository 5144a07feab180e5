#!/usr/bin/env python3
"""CLI benchmark: a cold `vaguecheck FILE` on a one-page report, beside textlint.

textlint runs with textlint-rule-preset-ja-technical-writing and
textlint-rule-ja-no-weak-phrase on the same file.  When npm is available they are
installed into a temporary folder (never into the repository); otherwise that
comparison is skipped with a message.  Medians of N cold runs; peak RSS from GNU time.

    python benchmarks/bench_cli.py [--quick] [--json out.json] [--file report.txt]

Targets (issue #3): vaguecheck cold run <= 0.15 s and <= 80 MB; >= 7x faster than textlint.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _measure import peak_rss_mb

ROOT = Path(__file__).resolve().parent.parent
BEST: dict[str, float] = {}

ONE_PAGE = """\
【報告】訪問看護ステーションみどりの佐藤です。いつも大変お世話になっております。
山田花子様（84歳）の在宅での様子についてご報告いたします。
最近、元気がありません。食事もあまり食べていないようです。
3日前から日中の傾眠が強く、食事は主食3割・副食5割の摂取です。
水分摂取は1日600ml程度です。
夜間は時々大声を出されることがあり、ご家族が困っておられます。
11月20日の夜、トイレに行く途中で転倒されました。外傷はありません。
歩くのが大変そうで、トイレまでの歩行に5分かかり、息切れが見られます。
薬が余っているようです。朝の薬が週に3回ほど飲み忘れられています。
体温36.8℃、血圧148/86mmHg、SpO2 95%でした。
ご本人は「足がだるい」と話されています。
下肢のむくみが少しあります。
以上、ご確認のほどよろしくお願いいたします。
"""


def _vaguecheck_argv(file: Path) -> list[str]:
    exe = Path(sys.executable).with_name("vaguecheck")
    return [str(exe), str(file)] if exe.exists() else [sys.executable, "-m", "vaguecheck", str(file)]


def cold(argv: list[str], repeat: int, cwd: Path | None = None) -> tuple[float, float]:
    """Median wall time (the best run is kept in BEST, for noisy machines) and peak RSS in MB."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(argv, capture_output=True, cwd=cwd)
        times.append(time.perf_counter() - t)
    BEST[" ".join(argv[:2])] = min(times)
    return statistics.median(times), peak_rss_mb(argv, cwd)


def install_textlint(folder: Path) -> Path | None:
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: skipping the textlint comparison")
        return None
    pkgs = ["textlint", "textlint-rule-preset-ja-technical-writing", "textlint-rule-ja-no-weak-phrase"]
    proc = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(folder), *pkgs],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print("npm install failed: skipping the textlint comparison\n" + proc.stderr[-2000:])
        return None
    (folder / ".textlintrc.json").write_text(json.dumps({
        "rules": {"preset-ja-technical-writing": True, "ja-no-weak-phrase": True}
    }), encoding="utf-8")
    return folder / "node_modules" / ".bin" / "textlint"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--file", help="report to check (default: a built-in one-page report)")
    args = ap.parse_args()
    n = 5 if args.quick else 15
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        file = Path(args.file) if args.file else tmpdir / "report.txt"
        if not args.file:
            file.write_text(ONE_PAGE, encoding="utf-8")
        t_py, rss_py = cold([sys.executable, "-c", "pass"], n)
        t_vc, rss_vc = cold(_vaguecheck_argv(file), n)
        result: dict[str, object] = {
            "file_chars": len(file.read_text(encoding="utf-8")),
            "python_pass": {"seconds": t_py, "rss_mb": rss_py},
            "vaguecheck": {"seconds": t_vc, "rss_mb": rss_vc},
        }
        print(f"file: {result['file_chars']} characters; medians of {n} cold runs")
        print(f"python -c pass      : {t_py:.3f} s  {rss_py:5.0f} MB")
        best_vc = BEST[" ".join(_vaguecheck_argv(file)[:2])]
        result["vaguecheck"]["best_seconds"] = best_vc  # type: ignore[index]
        print(f"vaguecheck FILE     : {t_vc:.3f} s  {rss_vc:5.0f} MB   (targets <= 0.15 s, <= 80 MB; best run {best_vc:.3f} s)")
        bin_ = install_textlint(tmpdir / "textlint")
        if bin_ is not None:
            t_tl, rss_tl = cold([str(bin_), "--config", str(tmpdir / "textlint" / ".textlintrc.json"), str(file)],
                                max(3, n // 3), cwd=tmpdir / "textlint")
            result["textlint"] = {"seconds": t_tl, "rss_mb": rss_tl}
            result["speedup_vs_textlint"] = t_tl / t_vc
            print(f"textlint FILE       : {t_tl:.3f} s  {rss_tl:5.0f} MB")
            print(f"vaguecheck is {t_tl / t_vc:.1f}x faster than textlint   (target >= 7x)")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
