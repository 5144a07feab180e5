"""Mutation testing of vaguecheck, one module at a time, within a time budget (issue #14).

    python scripts/mutation.py                      # every module in MODULES, 600 s each
    python scripts/mutation.py _normalize elements  # some of them
    python scripts/mutation.py cli --budget 300 --survivors

For each module this copies the working tree into a scratch directory (so mutmut's
``mutants/`` folder never lands in the shared tree), writes a ``[tool.mutmut]`` section that
mutates only that module and runs only the test files that exercise it (the full suite takes
about two minutes; these take seconds), runs ``mutmut run`` under ``nice -n 19`` with one
worker, and stops it when the budget is spent.  It prints one line per module:

    module  killed  survived  timeout  no-tests  not-checked  score

where score = (killed + timeout + segfault) / (all checked mutants).  For cli and context only
the functions in FUNCTIONS are mutated and counted (the exit-code paths; the mechanisms the
fugashi backend reaches).  A mutant that was not
reached within the budget counts in neither; the line says how many.  ``--survivors`` prints
the diff of every surviving mutant.  Needs the ``mutation`` extra (mutmut 3).  Not part of
the default test run; docs/testing.md records the scores and explains the survivors left.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: module -> the fast test files that exercise it.  Keep this in step with docs/testing.md.
OFFSETS = ["tests/test_properties.py::test_finding_lands_on_the_cue", "tests/test_properties.py::test_element_lands_on_the_numbers"]
MODULES: dict[str, list[str]] = {
    "_normalize": ["tests/test_normalize.py", *OFFSETS],
    "elements": ["tests/test_elements.py", *OFFSETS],
    "_suppress": ["tests/test_suppress.py"],
    # cli: the exit-code tests only, all in process and on tiny inputs (a surviving mutant runs every one)
    "cli": ["tests/test_cli_exit.py"],
    "clarity": ["tests/test_clarity.py"],
    "context": ["tests/test_context.py", *OFFSETS],
}

#: module -> the functions whose mutants count (default: all).  cli: the exit-code paths only;
#: context: the negation and scope mechanisms, not clause_groups/group_at, which only a dependency
#: parse (GiNZA) reaches, nor bare_pressures (issue #9's blood pressure without mmHg: an element
#: reading kept there for now, tested in tests/test_grammar_classes.py).
FUNCTIONS: dict[str, list[str]] = {
    "cli": ["main", "_reader_left", "_cmd_check"],
    "context": ["inflected_end", "quote_spans", "clause_break", "cancelled", "_nounish", "asides",
                "negated_observations", "_quotative", "hearsay_scope"],
}

STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no-tests", 33: "no-tests", 34: "skipped", 36: "timeout",
          24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout", -11: "segfault", -9: "segfault", None: "not-checked"}


def _tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                         capture_output=True, check=True).stdout.decode()
    return [p for p in out.split("\0") if p]


def _prepare(module: str, tests: list[str], work: Path) -> None:
    for rel in _tracked_files():
        src = ROOT / rel
        if rel.startswith("src/vaguecheck/lexicons") or not (src.is_file() or src.is_symlink()):
            continue
        dst = work / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst, follow_symlinks=False)
    # mutmut copies src/ but drops symlinks: the package's lexicons must be a real folder there
    shutil.copytree(ROOT / "lexicons", work / "src/vaguecheck/lexicons")
    section = {
        "source_paths": ["src/vaguecheck"],
        "only_mutate": [f"src/vaguecheck/{module}.py"],
        "pytest_add_cli_args_test_selection": tests,
        "pytest_add_cli_args": ["-q", "-x", "-p", "no:cacheprovider", "-p", "no:randomly"],
        "also_copy": ["lexicons", "README.md", "CHANGELOG.md", "docs", "examples", "corpus", "scripts", "benchmarks"],
        "use_git_change_detection": False,
    }
    lines = ["", "[tool.mutmut]"] + [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in section.items()]
    with open(work / "pyproject.toml", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def _patterns(module: str) -> list[str]:
    return [f"vaguecheck.{module}.x_{f}__mutmut_*" for f in FUNCTIONS.get(module, [])]


def _counts(work: Path, module: str) -> dict[str, list[str]]:
    meta = work / "mutants" / "src" / "vaguecheck" / f"{module}.py.meta"
    by_status: dict[str, list[str]] = {}
    if not meta.exists():
        return by_status
    codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
    wanted = _patterns(module)
    for key, code in codes.items():
        if wanted and not any(fnmatch.fnmatch(key, w) for w in wanted):
            continue
        by_status.setdefault(STATUS.get(code, "suspicious"), []).append(key)
    return by_status


def run_module(module: str, budget: float, keep: Path | None, survivors: bool, tests: list[str] | None = None) -> dict[str, int]:
    tests = tests or MODULES[module]
    missing = [t for t in tests if not (ROOT / t.split("::")[0]).exists()]
    if missing:
        raise SystemExit(f"{module}: test files missing: {missing}")
    work = Path(tempfile.mkdtemp(prefix=f"vaguecheck-mutation-{module}-")) if keep is None else keep / module
    if work.exists() and keep is not None:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    _prepare(module, tests, work)
    mutmut = shutil.which("mutmut", path=str(Path(sys.executable).parent)) or "mutmut"
    log = open(work / "mutmut.log", "w", encoding="utf-8")
    start = time.monotonic()
    proc = subprocess.Popen(["nice", "-n", "19", mutmut, "run", "--max-children", "1", *_patterns(module)], cwd=work, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        proc.wait(timeout=budget)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)  # the .meta files already hold every finished mutant
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    log.close()
    elapsed = time.monotonic() - start
    by_status = _counts(work, module)
    n = {s: len(v) for s, v in by_status.items()}
    detected = n.get("killed", 0) + n.get("timeout", 0) + n.get("segfault", 0)
    checked = detected + n.get("survived", 0) + n.get("no-tests", 0) + n.get("suspicious", 0)
    score = 100.0 * detected / checked if checked else float("nan")
    print(f"{module:<11} killed {n.get('killed', 0):>4}  timeout/segfault {n.get('timeout', 0) + n.get('segfault', 0):>3}  "
          f"survived {n.get('survived', 0):>3}  no-tests {n.get('no-tests', 0):>3}  not-checked {n.get('not-checked', 0):>4}  "
          f"score {score:5.1f}%  ({elapsed:.0f} s; tests: {' '.join(tests)})", flush=True)
    if survivors:
        for key in sorted(by_status.get("survived", []) + by_status.get("no-tests", [])):
            diff = subprocess.run([mutmut, "show", key], cwd=work, capture_output=True, text=True).stdout
            print(diff)
    if keep is None:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"  kept in {work} (mutmut results / mutmut show NAME there)")
    return {**n, "score": round(score, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("modules", nargs="*", metavar="MODULE", help=f"default: all of {', '.join(MODULES)}")
    ap.add_argument("--budget", type=float, default=600.0, help="seconds per module (default 600)")
    ap.add_argument("--keep", type=Path, help="keep each scratch copy under this folder")
    ap.add_argument("--survivors", action="store_true", help="print the diff of every surviving mutant")
    ap.add_argument("--tests", action="append", metavar="TEST", help="run these test files (or node ids) instead of the module's own list")
    ap.add_argument("--json", type=Path, help="also write the counts per module to this file")
    args = ap.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        ap.error(f"unknown module {unknown}; choose from {', '.join(MODULES)}")
    results = {}
    for module in args.modules or list(MODULES):  # one at a time: the machine's cores are shared
        results[module] = run_module(module, args.budget, args.keep, args.survivors, args.tests)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
