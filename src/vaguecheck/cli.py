"""The command line: ``vaguecheck [check] PATH...``, ``rules``, ``rule ID``, ``stats``, ``eval``.

Exit codes (as ruff): 0 no findings at or above --fail-on, 1 findings,
2 usage, configuration or input error (other files are still checked).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from . import __version__
from ._config import KEYS, Config, ConfigError
from ._config import find_for_dir as find_config_for_dir
from ._config import for_path as config_for_path
from ._io import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, InputError, discover, display_path, read
from ._normalize import line_starts
from ._output import (
    FORMATS,
    FileResult,
    category_summary,
    printable,
    summary_line,
    use_color,
    write_github,
    write_json,
    write_jsonl,
    write_sarif,
    write_text,
)
from ._pieces import PIECE_CHARS
from ._selectors import normalize as _selectors
from ._selectors import split as _csv
from .lexicon import Lexicon, LexiconError
from .model import SEVERITIES, Finding, Suggestion

SUBCOMMANDS = ("check", "rules", "rule", "stats", "eval", "validate", "serve")

_DESCRIPTION = """\
医師への報告文のあいまいな表現をチェックします。
Checks Japanese care reports for vague wording and missing time/quantity/frequency.

examples:
  vaguecheck report.txt                   check one file
  vaguecheck reports/                     check every *.txt and *.md below reports/
  vaguecheck - < report.txt               check standard input
  vaguecheck reports/ --format json       machine-readable output (also jsonl, sarif, github, concise)
  vaguecheck rules                        list the rules;  vaguecheck rule VC101  explains one

silence one false positive (put it on the line, or alone on the line before):
  <!-- vaguecheck: ignore[VC301] -->

exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input error
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit 2 with our wording, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"vaguecheck: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="vaguecheck", description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"vaguecheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="check files (the default command)", description=_DESCRIPTION,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or directories; - for standard input (default: .)")
    c.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    c.add_argument("--select", action="append", metavar="CODES", help="rule ids, prefixes or categories to check, comma-separated")
    c.add_argument("--ignore", action="append", metavar="CODES", help="rule ids, prefixes or categories to leave out")
    c.add_argument("--lexicon", action="append", metavar="FILE", help="a team's own lexicon (TOML); repeatable")
    c.add_argument("--fail-on", choices=SEVERITIES, default=None,
                   help="lowest severity that makes the exit code 1 (default: warning; info findings are advice)")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    c.add_argument("--encoding", help="encoding of the files (default: detect UTF-8 with/without BOM, UTF-16 BOM, CP932, EUC-JP)")
    c.add_argument("--include", action="append", metavar="GLOB", help="file patterns to check inside directories (default: *.txt, *.md)")
    c.add_argument("--exclude", action="append", metavar="GLOB", help="file or directory patterns to skip inside directories")
    c.add_argument("--config", metavar="FILE", help="use this configuration file instead of searching upward")
    c.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    c.add_argument("--backend", choices=("fugashi", "ginza"), default=None, help="analyser (default: fugashi)")
    c.add_argument("--stdin-filename", metavar="NAME", help="name to show for standard input")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the text output (default: auto; NO_COLOR is honoured)")
    c.add_argument("--statistics", action="store_true", help="print a summary line to standard error")
    c.add_argument("--details", action="store_true",
                   help="text output: list the minor points beside a red flag (counted on one line otherwise)")

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--lexicon", action="append", metavar="FILE")
    r.add_argument("--format", choices=("text", "json"), default="text")
    r1 = sub.add_parser("rule", help="explain one rule")
    r1.add_argument("rule_id", metavar="ID")
    r1.add_argument("--lexicon", action="append", metavar="FILE")
    sub.add_parser("stats", help="corpus statistics (research mode)", add_help=False)
    sub.add_parser("eval", help="evaluate against gold annotations (research mode)", add_help=False)
    sub.add_parser("validate", help="correlate the clarity score with physicians' ratings (research mode)", add_help=False)
    sub.add_parser("serve", help="serve the checker over HTTP (the serve extra; docs/serve.md)", add_help=False)
    return p


def main(argv: list[str] | None = None, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None,
         stdin: IO[bytes] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    if argv and argv[0] == "serve":
        return _serve(argv[1:], out, err)
    if argv and argv[0] == "validate":
        from .validate import validate_command

        return validate_command(argv[1:], stdout=out, stderr=err)
    if argv and argv[0] in ("stats", "eval"):
        try:
            return _research(argv[0], argv[1:], out, err)
        except BrokenPipeError:  # `stats ... | head -1`: the reader has what it wanted
            _reader_left()
            return 0
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["check", *argv]
    parser = _build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):  # --help, usage errors
            args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        if args.command == "rules":
            return _cmd_rules(args, out)
        if args.command == "rule":
            return _cmd_rule(args, out, err)
        return _cmd_check(args, out, err, stdin)
    except BrokenPipeError:
        return _reader_left()
    except (LexiconError, ConfigError, ValueError, ImportError) as exc:  # ValueError: unknown backend; ImportError: no GiNZA
        err.write(printable(f"vaguecheck: {exc}") + "\n")
        return 2


def run() -> None:
    """The console command (``vaguecheck``, ``python -m vaguecheck``): :func:`main`, its output flushed, then the process
    ends without tearing the interpreter down.  Freeing the lexicon and its index object by object at exit took 0.05-0.2 s
    of a cold ``vaguecheck FILE`` (issue #13's cold start); nothing is left to do then: every file was closed, every pool
    shut down and every line written when main returned.  ``main`` itself returns as before, for callers in a process."""
    import os

    from . import _regex

    code = main()
    _regex.flush()  # (what atexit would have done: the regular expressions compiled afresh, for the next run)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that left (`| head`), or a stream closed
            pass
    os._exit(code)


def _reader_left() -> int:
    """`vaguecheck ... | head`: the reader left early; not an error of ours, and no traceback."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1


def _serve(argv: list[str], out: IO[str], err: IO[str]) -> int:
    try:
        from .serve import main as serve_main  # Starlette and uvicorn load only here
    except ImportError as exc:  # the serve extra is missing
        err.write(f"vaguecheck: {exc}\n")
        return 2
    return serve_main(argv, stdout=out, stderr=err)


def _research(command: str, argv: list[str], out: IO[str], err: IO[str]) -> int:
    from . import research

    if command == "stats":
        return research.stats_command(argv, stdout=out, stderr=err)
    return research.eval_command(argv, stdout=out, stderr=err)


# ---------------------------------------------------------------- rules

def _lexicon(files: list[str] | None) -> Lexicon:
    from .lexicon import load

    return load(files or ())


def _cmd_rules(args: argparse.Namespace, out: IO[str]) -> int:
    lex = _lexicon(args.lexicon)
    rules = sorted(lex.rules.values(), key=lambda r: r.id)
    if args.format == "json":
        import json

        json.dump([{"id": r.id, "name": r.name, "category": r.category, "severity": r.severity, "summary": r.summary,
                    "opt_in": r.opt_in} for r in rules], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for r in rules:
        out.write(f"{r.id:<7} {r.category:<18} {r.severity:<8} {'(opt-in) ' if r.opt_in else ''}{r.summary}\n")
    return 0


def _cmd_rule(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .ruledocs import rule_page

    lex = _lexicon(args.lexicon)
    rule = lex.rules.get(args.rule_id.upper())
    if rule is None:
        err.write(f"vaguecheck: ルール {args.rule_id} はありません / no rule {args.rule_id!r}; see `vaguecheck rules`\n")
        return 2
    out.write(rule_page(rule, lex))
    return 0


# ---------------------------------------------------------------- check

class _Settings:
    """Command line over configuration file, key by key."""

    def __init__(self, args: argparse.Namespace, config: Config) -> None:
        def pick(cli: Any, key: str, default: Any) -> Any:
            return cli if cli is not None else config.get(key, default)

        self.select = pick(_csv(args.select), "select", None)
        self.ignore = pick(_csv(args.ignore), "ignore", None)
        # where each selector list came from, for the error message
        self.select_from = "--select" if args.select is not None else f"{config.path} の select"
        self.ignore_from = "--ignore" if args.ignore is not None else f"{config.path} の ignore"
        self.lexicons = tuple((config.get("lexicons", []) or [])) + tuple(args.lexicon or ())
        self.fail_on = pick(args.fail_on, "fail-on", "warning")
        self.encoding = pick(args.encoding, "encoding", None)
        self.backend = pick(args.backend, "backend", "fugashi")
        self.include = tuple(pick(args.include, "include", DEFAULT_INCLUDE))
        self.exclude = tuple(pick(args.exclude, "exclude", ())) + DEFAULT_EXCLUDE

    def key(self) -> tuple:
        return (tuple(self.select or ()), self.select is None, tuple(self.ignore or ()), self.lexicons, self.backend)


def _config_for(args: argparse.Namespace, path: str) -> Config:
    if args.isolated:
        return Config()
    if args.config:
        from ._config import load_file

        return load_file(Path(args.config))
    return config_for_path(path)


def _cmd_check(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes] | None) -> int:
    from .checker import Checker

    paths = args.paths or ["."]
    find_config_for_dir.cache_clear()  # a long-lived process (tests, an editor) may see files change
    if paths.count("-") > 1:
        err.write("vaguecheck: - (standard input) can be given only once\n")
        return 2
    for option in ("select", "ignore"):
        if getattr(args, option) is not None and not _csv(getattr(args, option)):
            err.write(f"vaguecheck: --{option} にルールが指定されていません。VC101 のようなルール ID かカテゴリを指定してください。\n")
            return 2
    said: set[str] = set()

    def say(message: str) -> None:  # a configuration error is said once, however many files it concerns
        if message not in said:
            said.add(message)
            err.write(printable(f"vaguecheck: {message}") + "\n")

    try:
        base = _Settings(args, _config_for(args, paths[0]))
    except ConfigError:
        if args.config:
            raise
        base = _Settings(args, Config())  # the files below it report the error, each other file is checked
    unlisted: list[InputError] = []
    files = discover(paths, base.include, base.exclude, unlisted)
    checkers: dict[tuple, Checker | str] = {}
    results: list[FileResult] = []
    for exc in unlisted:
        say(f"{display_path(exc.path)}: {exc.message}")
        results.append(FileResult(display_path(exc.path), error=(exc.code, exc.message)))
    stdin_bytes = None
    if "-" in files:
        stdin_bytes = (stdin or sys.stdin.buffer).read()
    fail_rank = 0
    threshold = base.fail_on
    streamed = args.format in _STREAMED
    written = 0  # results[:written] are on the output already (streamed formats)
    for path in files:
        if streamed:
            written = _flush(args, results, written, out)
        shown = (args.stdin_filename or "-") if path == "-" else display_path(path)
        try:
            settings = _Settings(args, _config_for(args, path))
        except ConfigError as exc:
            say(str(exc))
            results.append(FileResult(shown, error=("config", f"設定ファイルに誤りがあるため確認していません: {exc}")))
            continue
        threshold = settings.fail_on
        key = settings.key()
        if key not in checkers:
            try:
                checkers[key] = _checker(settings, Checker)
            except (LexiconError, ValueError, ImportError) as exc:
                checkers[key] = str(exc)
        checker = checkers[key]
        if isinstance(checker, str):  # this file's configuration names a bad selector, lexicon or backend
            say(checker)
            results.append(FileResult(shown, error=("config", checker)))
            continue
        try:
            source = read(path, settings.encoding, stdin_bytes)
        except InputError as exc:
            err.write(printable(f"vaguecheck: {shown}: {exc.message}") + "\n")
            results.append(FileResult(shown, error=(exc.code, exc.message)))
            continue
        rank = SEVERITIES.index(threshold)
        if streamed and len(source.text) > PIECE_CHARS:  # a large file: checked and written piece by piece
            count, worst = _check_in_pieces(args, checker, shown, source, out)
            results.append(FileResult(shown, _Written(count), [], source.encoding))
            written = len(results)
            if worst >= rank:
                fail_rank = 1
            continue
        findings, elements, outline = _check_source(checker, source.text)
        results.append(FileResult(shown, findings, elements, source.encoding, outline=outline, text=source.text))
        if any(SEVERITIES.index(f.severity) >= rank for f in findings):
            fail_rank = 1
    if streamed:
        _flush(args, results, written, out)
    else:
        built = [c for c in checkers.values() if not isinstance(c, str)]
        lexicon = built[0].lexicon if built else _lexicon([])
        _write(args, results, out, lexicon)
    if args.statistics:
        err.write(summary_line(results) + "\n")
    if any(r.error for r in results):
        return 2
    if args.exit_zero:
        return 0
    return fail_rank


#: Formats written file by file as the files are checked (a finding per line): memory does not
#: grow with the number of files or findings.  json and sarif are one document, written at the end.
_STREAMED = ("text", "compact", "concise", "jsonl", "github")


class _Written(list):
    """The findings of a file already written out: only their number is kept (for --statistics)."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def __len__(self) -> int:
        return self.count


def _flush(args: argparse.Namespace, results: list[FileResult], written: int, out: IO[str]) -> int:
    """Write ``results[written:]`` and keep only their counts; returns the new ``written``."""
    if written < len(results):
        _write(args, results[written:], out, None)  # type: ignore[arg-type]  # no lexicon: not sarif
        for k in range(written, len(results)):
            r = results[k]
            results[k] = replace(r, findings=_Written(len(r.findings)), elements=[])
    return len(results)


def _check_in_pieces(args: argparse.Namespace, checker: Any, shown: str, source: Any, out: IO[str]) -> tuple[int, int]:
    """Check a large file piece by piece (see _pieces), writing each piece's findings as it goes.

    Returns the number of findings and the highest severity rank met (-1 if none).  Suppression
    comments are read from the whole file first; the VC900 findings for comments that suppressed
    nothing come last, once every piece has been checked.
    """
    from . import _pieces, _suppress

    text = source.text
    sup = _suppress.parse(text)
    applier = _suppress.Applier(sup)
    count, worst = 0, -1
    by_category: dict[str, int] = {}
    summarised = args.format in ("text", "compact")  # their per-file summary line comes after the last piece
    color = use_color(out, args.color)

    def emit(findings: list[Finding]) -> None:
        nonlocal count, worst
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        piece = [FileResult(shown, findings, [], source.encoding)]
        if summarised:
            write_text(piece, out, color=color, style=args.format, summary=False, details=args.details)
        else:
            _write(args, piece, out, None)  # type: ignore[arg-type]
        count += len(findings)
        worst = max([worst, *(SEVERITIES.index(f.severity) for f in findings)])
        for f in findings:
            by_category[f.category] = by_category.get(f.category, 0) + 1

    for findings, _elements in _pieces.check(checker, sup.blanked, PIECE_CHARS):
        emit(applier.apply([replace(f, text=text[f.start:f.end]) for f in findings]))
    emit(_unused_suppressions(checker, sup, text))
    if summarised and count:
        out.write(f"{printable(shown)}: {category_summary(by_category)}\n")
    return count, worst


def _checker(settings: _Settings, checker_class: Any) -> Any:
    """A Checker for these settings; a selector that matches no rule is named with where it came from."""
    import gc

    from ._gc import paused
    from .checker import lexicon_for

    # The lexicon and its index live as long as the command: kept out of the collector's generations
    # (the command's objects so far, not a library's), no collection during the run, nor the one at
    # exit, walks their million objects again (0.06-0.08 s of a cold run); frozen before the collector
    # runs again, so not even the first collection after the snapshot is read walks them (about 0.015 s)
    with paused():
        lexicon = lexicon_for(settings.lexicons)
        select = _selectors(settings.select, lexicon, settings.select_from)
        ignore = _selectors(settings.ignore, lexicon, settings.ignore_from)
        checker = checker_class(select=select, ignore=ignore, lexicon=lexicon, backend=settings.backend)
        gc.freeze()
    return checker


def _check_source(checker: Any, text: str) -> tuple[list[Finding], list[Any], dict[str, Any]]:
    from . import _suppress

    sup = _suppress.parse(text)
    report = checker.check(sup.blanked)
    # The blanked text has the same length and line breaks: offsets are the file's.
    findings = [replace(f, text=text[f.start:f.end]) for f in report.findings]
    findings = _suppress.apply(findings, sup)
    findings += _unused_suppressions(checker, sup, text)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings, list(report.elements), _outline_in(report.outline.to_dict(), text)


def _outline_in(outline: dict[str, Any], text: str) -> dict[str, Any]:
    """The outline with its passages cut from the file's own text (not the suppression-blanked copy)."""
    for key in ("requests", "urgent"):
        outline[key] = [{**p, "text": text[p["start"]:p["end"]]} for p in outline[key]]
    if outline["purpose"]:
        p = outline["purpose"]
        outline["purpose"] = {**p, "text": text[p["start"]:p["end"]]}
    return outline


def _unused_suppressions(checker: Any, sup: Any, text: str) -> list[Finding]:
    from . import _suppress

    rule = checker.lexicon.rules.get("VC900")
    if rule is None or "VC900" not in checker.active:
        return []
    known = set(checker.lexicon.rules)
    categories = {r.category for r in checker.lexicon.rules.values()}
    out = []
    for _d, start, end, line, col, message in _suppress.unused(sup, known, categories, set(checker.active)):
        out.append(Finding(
            rule=rule.id, category=rule.category, severity=rule.severity,  # type: ignore[arg-type]
            start=start, end=end, line=line, column=col, text=text[start:end], message=message,
            suggestion=rule.suggestion or Suggestion(), entry="suppression",
        ))
    return out


def _write(args: argparse.Namespace, results: list[FileResult], out: IO[str], lexicon: Lexicon) -> None:
    fmt = args.format
    if fmt in ("text", "compact", "concise"):
        write_text(results, out, color=use_color(out, args.color), style=fmt, details=getattr(args, "details", False))
    elif fmt == "json":
        write_json(results, out)
    elif fmt == "jsonl":
        write_jsonl(results, out)
    elif fmt == "sarif":
        write_sarif(results, out, lexicon)
    elif fmt == "github":
        write_github(results, out)


__all__ = ["main", "KEYS", "line_starts"]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
