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


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants, from /proc (Linux)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_sampling_tree_pss(argv: list[str], interval: float = 0.1) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``argv`` and sample the summed PSS of it and its worker processes; return the peak in MB.

    PSS (proportional set size) shares a page mapped by several processes among them, so the
    sum over a process pool counts the dictionary MeCab maps in every worker once, not once per
    worker. NaN where /proc has no smaps_rollup (not Linux).
    """
    import tempfile
    import time

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:  # no pipe to fill and block
        proc = subprocess.Popen(argv, stdout=out, stderr=err, text=True)
        peak, seen = 0, Path(f"/proc/{proc.pid}/smaps_rollup").exists()
        while proc.poll() is None:
            peak = max(peak, sum(_pss_kb(p) for p in _tree(proc.pid)))
            time.sleep(interval)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(argv, proc.returncode, out.read(), err.read())
    return done, (peak / 1024 if seen else float("nan"))
