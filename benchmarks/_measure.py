"""Shared measuring helpers for the benchmarks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def gnu_time() -> str | None:
    return shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)


def peak_rss_mb(argv: list[str], cwd: Path | None = None) -> float:
    """Peak RSS in MB of one run of ``argv``, from GNU time (/usr/bin/time -f %M); NaN without it.

    getrusage(RUSAGE_CHILDREN) in the benchmark itself would also count the pages a child
    shares with the benchmark between fork and exec.
    """
    tool = gnu_time()
    if tool is None:
        return float("nan")
    proc = subprocess.run([tool, "-f", "%M", *argv], capture_output=True, text=True, cwd=cwd)
    return float(proc.stderr.strip().splitlines()[-1]) / 1024
