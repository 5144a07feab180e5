"""Research mode: per-document statistics and a clarity score over a corpus.

``vaguecheck.stats(texts)`` yields one flat row (a dict of scalars) per text, ready for
``pandas.DataFrame(rows)``; ``vaguecheck stats PATH...`` does the same from the shell
for folders, CSV and JSONL, streaming, in input order, on several processes if asked.
The clarity score is defined in docs/clarity.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .clarity import clarity
from .model import CATEGORIES, ELEMENT_KINDS, VAGUE_CATEGORIES, VAGUE_FOR_KIND, Finding, Report

COLUMNS: tuple[str, ...] = (
    "id", "characters", "sentences", "empty",
    *(f"findings_{c.replace('-', '_')}" for c in CATEGORIES),
    "findings_total", "findings_per_1000_chars",
    *(f"elements_{k}" for k in ELEMENT_KINDS),
    "observations_lacking_elements", "is_report", "purpose_stated", "request_state", "urgent_symptoms", "clarity",
)


def row(doc_id: str, report: Report) -> dict[str, Any]:
    """One flat row of statistics for one report."""
    counts = {c: 0 for c in CATEGORIES}
    for f in report.findings:
        for category in _categories(f):
            if category in counts:
                counts[category] += 1
    total = sum(counts.values())
    chars = len(report.text)
    out: dict[str, Any] = {"id": doc_id, "characters": chars, "sentences": len(report.sentences)}
    out["empty"] = not report.sentences  # nothing written: clarity 100 by definition (docs/clarity.md)
    for c in CATEGORIES:
        out[f"findings_{c.replace('-', '_')}"] = counts[c]
    out["findings_total"] = total
    out["findings_per_1000_chars"] = round(1000 * total / chars, 3) if chars else 0.0
    for k in ELEMENT_KINDS:
        out[f"elements_{k}"] = sum(1 for e in report.elements if e.kind == k)
    out["observations_lacking_elements"] = len({(f.entry, f.start) for f in report.findings if f.missing})
    outline = report.outline
    out["is_report"] = outline.is_report
    out["purpose_stated"] = outline.purpose is not None  # meaningful where is_report
    out["request_state"] = outline.request or ""  # "" where not a report
    out["urgent_symptoms"] = len(outline.urgent)
    out["clarity"] = clarity(report)
    return out


# One checker per worker process, built on its first document (a Checker is not sent between processes).
_WORKER_CHECKER: Any = None
_WORKER_OPTIONS: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    global _WORKER_CHECKER, _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    _WORKER_CHECKER = None


def _rows_for(chunk: list[tuple[str, str]]) -> list[dict[str, Any]]:
    global _WORKER_CHECKER
    if _WORKER_CHECKER is None:
        from .checker import Checker

        _WORKER_CHECKER = Checker(**_WORKER_OPTIONS)
    return [row(doc_id, _WORKER_CHECKER.check(text)) for doc_id, text in chunk]


def stats(
    texts: Iterable[Any],
    *,
    ids: Iterable[Any] | None = None,
    jobs: int = 1,
    chunksize: int = 16,
    lexicons: Sequence[str | Path] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    backend: str = "fugashi",
) -> Iterator[dict[str, Any]]:
    """Yield one row per text, in input order, streaming (memory does not grow with the corpus).

    ``texts`` are strings (ids 0, 1, ... or from ``ids``) or ``(id, text)`` pairs.  A missing
    text (``None``, NaN, ``pd.NA`` -- an empty pandas cell) is an empty report, as an empty
    CSV cell is for ``vaguecheck stats``; its row has ``empty`` true.  ``lexicons``,
    ``select``, ``ignore`` and ``backend`` are as for :class:`vaguecheck.Checker`.
    ``jobs > 1`` uses that many processes; the rows are identical to ``jobs=1``.
    """
    checker_options: dict[str, Any] = {"backend": backend}
    if lexicons is not None:
        checker_options["lexicons"] = lexicons
    if select is not None or ignore is not None:  # rule ids in any case, as on the command line
        from ._selectors import normalize as _selectors
        from .checker import lexicon_for

        lexicon = lexicon_for(lexicons)
        for key, value in (("select", select), ("ignore", ignore)):
            if value is not None:
                checker_options[key] = _selectors([value] if isinstance(value, str) else list(value), lexicon, key)
    yield from _stats(_pairs(texts, ids), jobs, chunksize, checker_options)


def _stats(items: Iterator[tuple[str, str]], jobs: int, chunksize: int, checker_options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if jobs <= 1:
        from .checker import Checker

        checker = Checker(**checker_options)
        for doc_id, text in items:
            yield row(doc_id, checker.check(text))
        return
    import collections
    import itertools
    import multiprocessing

    ctx = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    # Pool.imap would read the whole input ahead.  Instead a sliding window of chunks is in
    # flight (a few per worker): memory stays flat however large the corpus, no worker waits
    # for a window to drain, and the rows come back in input order (benchmarks/bench_stats.py).
    in_flight: collections.deque[Any] = collections.deque()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(checker_options,)) as pool:
        while chunk := list(itertools.islice(items, chunksize)):
            in_flight.append(pool.apply_async(_rows_for, (chunk,)))
            if len(in_flight) >= 4 * jobs:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _missing(value: Any) -> bool:
    """None, NaN, pandas' NA or NaT: an empty cell, not the text "nan" or "None"."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value  # NaN
    return type(value).__name__ in ("NAType", "NaTType")


def _text(value: Any) -> str:
    return "" if _missing(value) else value if isinstance(value, str) else str(value)


def _pairs(texts: Iterable[Any], ids: Iterable[Any] | None) -> Iterator[tuple[str, str]]:
    id_iter = iter(ids) if ids is not None else None
    for n, t in enumerate(texts):
        if isinstance(t, tuple):
            yield str(t[0]), _text(t[1])
        else:
            yield (str(next(id_iter)) if id_iter is not None else str(n)), _text(t)


def _partition_rows(partition: Iterable[Any], options: dict[str, Any]) -> list[dict[str, Any]]:
    return list(stats(list(partition), **options))


def dask_stats(bag: Any, **checker_options: Any) -> Any:
    """Rows for a ``dask.bag`` of texts or ``(id, text)`` pairs, computed partition by partition.

    Each worker process builds one Checker per partition call and streams the
    partition through it; ``.compute()`` returns the rows in the bag's order, the
    same rows as :func:`stats` over the same items (ids of bare texts restart at 0 in
    every partition, so give ``(id, text)`` pairs for corpus-wide ids).  Needs the
    ``dask`` extra: ``pip install "vaguecheck[dask]"``.

        import dask.bag as db
        rows = vaguecheck.research.dask_stats(db.from_sequence(pairs, npartitions=8)).compute()
    """
    return bag.map_partitions(_partition_rows, checker_options)


# ---------------------------------------------------------------- command line

def _iter_inputs(args: argparse.Namespace, err: IO[str]) -> Iterator[tuple[str, str]]:
    from ._io import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, InputError, discover, display_path, read

    for path in args.paths:
        lower = path.lower()
        if lower.endswith(".csv") and os.path.isfile(path):
            with _open_text(path, args.encoding, err) as fh:
                reader = csv.DictReader(fh)
                if reader.fieldnames is None or args.text_column not in reader.fieldnames:
                    raise SystemExit(_fail(err, f"{path}: no column {args.text_column!r} (use --text-column)"))
                for n, rec in enumerate(reader):
                    yield (rec.get(args.id_column) or f"{path}:{n + 2}") if args.id_column else f"{path}:{n + 2}", rec[args.text_column] or ""
        elif lower.endswith((".jsonl", ".ndjson")) and os.path.isfile(path):
            with _open_text(path, args.encoding, err) as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise SystemExit(_fail(err, f"{path}:{n}: not JSON ({exc.msg})")) from None
                    if not isinstance(rec, dict) or args.text_column not in rec:
                        raise SystemExit(_fail(err, f"{path}:{n}: no field {args.text_column!r} (use --text-column)"))
                    doc_id = rec.get(args.id_column) if args.id_column else None
                    yield str(doc_id if doc_id is not None else f"{path}:{n}"), str(rec[args.text_column] or "")
        else:
            for file in discover([path], DEFAULT_INCLUDE, DEFAULT_EXCLUDE):
                try:
                    source = read(file, args.encoding)
                except InputError as exc:
                    err.write(f"vaguecheck: {display_path(file)}: {exc.message}\n")
                    args.had_errors = True
                    continue
                yield display_path(file), source.text


class _Undecodable(Exception):
    pass


class _open_text:
    """A CSV or JSONL file opened as text, its encoding detected as ``check`` does (BOM, UTF-8,
    CP932, EUC-JP) from its first 64 KB unless --encoding is given.  A file that does not decode
    ends the run with exit 2 and a message naming --encoding, never a traceback."""

    def __init__(self, path: str, encoding: str | None, err: IO[str]) -> None:
        from ._io import InputError, decode

        self.path, self.err = path, err
        if encoding is None:
            try:
                with open(path, "rb") as fh:
                    head = fh.read(1 << 16)
                if len(head) == 1 << 16 and b"\n" in head:  # do not judge a character cut in two
                    head = head[: head.rindex(b"\n") + 1]
                _, encoding = decode(head, path)
            except InputError as exc:
                raise SystemExit(_fail(err, f"{path}: {exc.message}")) from None
            except OSError as exc:
                raise SystemExit(_fail(err, f"{path}: 読み込めません（{exc.strerror or exc}）。")) from None
        self.encoding = encoding
        try:
            self.fh = open(path, encoding=encoding, newline="")
        except LookupError:
            raise SystemExit(_fail(err, f"文字コード {encoding!r} は使えません。--encoding に utf-8, cp932 などを指定してください。")) from None

    def __enter__(self) -> Any:
        return self

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self.fh
        except UnicodeDecodeError as exc:
            raise SystemExit(_fail(self.err, f"{self.path}: {self.encoding} として読めません（{exc.start} バイト目付近）。"
                                              "--encoding で文字コードを指定してください（例: --encoding cp932）。")) from None

    def __exit__(self, *exc: Any) -> None:
        self.fh.close()


def _fail(err: IO[str], message: str) -> int:
    err.write(f"vaguecheck: {message}\n")
    return 2


class _Summary:
    """Running totals for the corpus summary, in memory that does not grow with the corpus.

    Each column keeps a histogram of its values rounded to 0.01 (counts are integers; rates
    and scores are shown with two decimals anyway), so the median is exact at the shown
    precision while a 200 MB corpus costs no more than a small one.
    """

    def __init__(self) -> None:
        self.histograms: dict[str, Counter[float]] = {c: Counter() for c in COLUMNS if c != "id"}
        self.totals: dict[str, float] = {c: 0.0 for c in self.histograms}
        self.counts: dict[str, int] = {c: 0 for c in self.histograms}  # rows with a number in the column
        self.n = 0

    def add(self, r: dict[str, Any]) -> None:
        self.n += 1
        for c, hist in self.histograms.items():
            if r[c] is None or isinstance(r[c], str):  # a column that is not a number for this row
                continue
            value = float(r[c])
            self.totals[c] += value
            self.counts[c] += 1
            hist[round(value, 2)] += 1

    def median(self, column: str) -> float:
        hist = self.histograms[column]
        n = self.counts[column]
        lower, upper = (n - 1) // 2, n // 2  # the two middle ranks (equal when n is odd)
        seen = 0
        low_value = None
        for value in sorted(hist):
            seen += hist[value]
            if low_value is None and seen > lower:
                low_value = value
            if seen > upper:
                return (low_value + value) / 2  # type: ignore[operator]
        return 0.0

    def write(self, out: IO[str]) -> None:
        out.write(f"documents: {self.n}\n")
        if not self.n:
            return
        out.write(f"{'column':<36}{'total':>12}{'mean':>12}{'median':>12}\n")
        for c in self.histograms:
            if self.counts[c]:
                out.write(f"{c:<36}{self.totals[c]:>12.1f}{self.totals[c] / self.counts[c]:>12.2f}{self.median(c):>12.2f}\n")


def stats_command(argv: list[str], *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """``vaguecheck stats PATH...``: per-document statistics as CSV, JSONL or JSON."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    ap = argparse.ArgumentParser(prog="vaguecheck stats", description="Per-document statistics and clarity scores over a corpus.")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="folders, .txt/.md files, .csv or .jsonl files")
    ap.add_argument("--text-column", default="text", help="column (CSV) or field (JSONL) holding the report text (default: text)")
    ap.add_argument("--id-column", default=None, help="column or field holding the document id (default: file:line)")
    ap.add_argument("--format", choices=("csv", "jsonl", "json"), default="csv")
    ap.add_argument("-o", "--output", metavar="FILE", help="write rows here instead of standard output")
    ap.add_argument("--jobs", type=int, default=1, help="processes to use (output is identical to --jobs 1)")
    ap.add_argument("--encoding", help="encoding of the input files (default: detected / UTF-8 for CSV and JSONL)")
    ap.add_argument("--backend", default="fugashi")
    ap.add_argument("--select", action="append")
    ap.add_argument("--ignore", action="append")
    ap.add_argument("--lexicon", action="append")
    ap.add_argument("--no-summary", action="store_true", help="do not print the corpus summary on standard error")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    args.had_errors = False
    options: dict[str, Any] = {"backend": args.backend}
    if args.lexicon:
        options["lexicons"] = args.lexicon
    try:
        from ._selectors import normalize as _selectors
        from ._selectors import split as _csv
        from .checker import Checker, lexicon_for
        from .lexicon import LexiconError

        lexicon = lexicon_for(args.lexicon)
        for option in ("select", "ignore"):  # as for `vaguecheck check`: any case, an empty list is an error
            if getattr(args, option) is not None:
                options[option] = _selectors(_csv(getattr(args, option)), lexicon, f"--{option}")
        Checker(**options)  # fail early, in this process, on a bad selector, lexicon or backend
    except (ValueError, ImportError, LexiconError) as exc:
        return _fail(err, str(exc))
    sink: IO[str] = open(args.output, "w", encoding="utf-8", newline="") if args.output else out
    summary = _Summary()
    progress = _Progress(err, _count_inputs(args)) if hasattr(err, "isatty") and err.isatty() else None
    try:
        writer = _writer(args.format, sink)
        for n, r in enumerate(stats(_iter_inputs(args, err), jobs=args.jobs, **options), 1):
            writer(r)
            summary.add(r)
            if progress:
                progress.update(n)
        writer(None)
    except SystemExit as exc:
        return int(exc.code or 2)
    finally:
        if progress:
            progress.close()
        if args.output:
            sink.close()
    if not args.no_summary:
        summary.write(err)
    return 2 if args.had_errors else 0


class _Progress:
    """A progress bar on standard error -- count, total, rate, time left -- for a terminal only."""

    WIDTH = 24

    def __init__(self, err: IO[str], total: int | None) -> None:
        import time

        self.err, self.total, self.clock = err, total, time.monotonic
        self.started = self.clock()
        self.shown = float("-inf")

    def update(self, n: int) -> None:
        now = self.clock()
        if now - self.shown < 0.2 and n != self.total:  # at most five redraws a second
            return
        self.shown = now
        rate = n / max(now - self.started, 1e-6)
        if self.total:
            done = min(n, self.total)
            filled = self.WIDTH * done // self.total
            left = int((self.total - done) / rate) if rate else 0
            line = (f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {n}/{self.total} 件 "
                    f"{rate:.1f} 件/秒 残り {left // 60}:{left % 60:02d}")
        else:
            line = f"{n} 件 {rate:.1f} 件/秒"
        self.err.write(f"\r{line}\x1b[K")
        self.err.flush()

    def close(self) -> None:
        self.err.write("\r\x1b[K")
        self.err.flush()


def _count_inputs(args: argparse.Namespace) -> int | None:
    """How many documents the inputs hold, for the progress bar (read once more; None if unsure)."""
    from ._io import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, discover

    total = 0
    try:
        for path in args.paths:
            lower = path.lower()
            if lower.endswith((".csv", ".jsonl", ".ndjson")) and os.path.isfile(path):
                with open(path, "rb") as fh:
                    lines = sum(1 for line in fh if line.strip())
                total += lines - 1 if lower.endswith(".csv") else lines  # a CSV cell may hold line breaks: an estimate
            else:
                total += len(discover([path], DEFAULT_INCLUDE, DEFAULT_EXCLUDE))
    except OSError:
        return None
    return total or None


def _writer(fmt: str, sink: IO[str]):
    if fmt == "csv":
        w = csv.DictWriter(sink, fieldnames=COLUMNS, lineterminator="\n")
        header = []

        def write_csv(r: dict[str, Any] | None) -> None:  # the header with the first row: an input error writes nothing
            if not header:
                w.writeheader()
                header.append(True)
            if r is not None:
                w.writerow(r)

        return write_csv
    if fmt == "jsonl":
        return lambda r: sink.write(json.dumps(r, ensure_ascii=False) + "\n") if r is not None else None
    state = {"first": True}

    def write_json(r: dict[str, Any] | None) -> None:  # a JSON array, written as rows arrive
        if r is None:
            sink.write("[]\n" if state["first"] else "\n]\n")
            return
        sink.write(("[\n" if state["first"] else ",\n") + json.dumps(r, ensure_ascii=False))
        state["first"] = False

    return write_json


# ---------------------------------------------------------------- evaluation

Span = tuple[int, int, str]  # start, end, category


def _jsonl(path: str, expected: str, read: Any) -> Iterator[tuple[int, Any]]:
    """``read(record)`` for each non-blank line of a JSONL file; a line that does not parse or
    that ``read`` rejects (KeyError, TypeError, ValueError) raises ValueError naming the line."""
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield n, read(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{n}: expected {expected} ({exc})") from None


def load_gold(path: str) -> Iterator[tuple[str, str, list[Span]]]:
    """Read a gold JSONL file (format in docs/evaluation.md); raises ValueError naming the line."""

    def read(rec: dict[str, Any]) -> tuple[dict[str, Any], str, list[Span]]:
        return rec, rec["text"], [(int(s["start"]), int(s["end"]), str(s["category"])) for s in rec.get("spans", [])]

    for n, (rec, text, spans) in _jsonl(path, '{"id", "text", "spans": [{"start", "end", "category"}]}', read):
        for s, e, _ in spans:
            if not 0 <= s < e <= len(text):
                raise ValueError(f"{path}:{n}: span {s}-{e} is outside the text")
        yield str(rec.get("id", n)), text, spans


def _categories(f: Finding) -> list[str]:
    """The categories a finding counts under: a missing-* finding once per kind it lists
    (「発熱があります。」 is one finding, missing-quantity and missing-time), any other once, and a
    state word over an observation (食欲低下) also once per kind of the observation's it lists."""
    if f.category.startswith("missing-") and f.missing:
        return [f"missing-{k}" for k in f.missing]
    return [f.category, *(f"missing-{k}" for k in f.missing)]


def _spans(f: Finding) -> list[Span]:
    """The spans a finding is scored on: its own, once per category (``_categories``), and, for a vague word that is
    the only answer to an observation's element (``Finding.observation``: 咳き込むことがあります), the observation's, as
    lacking that element."""
    out = [(f.start, f.end, c) for c in _categories(f)]
    kind = next((k for k, c in VAGUE_FOR_KIND.items() if c == f.category), None)
    if f.observation is not None and kind is not None:
        out.append((f.observation.start, f.observation.end, f"missing-{kind}"))
    return out


def _match(gold: list[Span], pred: list[Span], strict: bool) -> int:
    """True positives: each gold span pairs with at most one predicted span of its category."""
    used: set[int] = set()
    tp = 0
    for gs, ge, gc in gold:
        for k, (ps, pe, pc) in enumerate(pred):
            if k in used or pc != gc:
                continue
            if (ps, pe) == (gs, ge) if strict else (ps < ge and gs < pe):
                used.add(k)
                tp += 1
                break
    return tp


def evaluate(records: Iterable[tuple[str, str, list[Span]]], **checker_options: Any) -> dict[str, Any]:
    """Precision, recall and F1 per category, with strict and overlapping span matching."""
    from .checker import Checker

    checker = Checker(**checker_options)
    counts: dict[str, dict[str, int]] = {}
    errors: list[dict[str, Any]] = []
    n_docs = 0
    headline = {"cues": 0, "cues_found": 0, "clean": 0, "clean_flagged": 0, "missing": 0, "missing_found": 0, "missing_asked": 0}
    records = list(records)
    for (doc_id, text, gold), report in zip(records, checker.pipe(r[1] for r in records), strict=True):
        n_docs += 1
        pred = [span for f in report.findings if f.category not in _NOT_SENTENCE_LEVEL for span in _spans(f)]
        _tally_headline(headline, gold, pred)
        for cat in {c for *_, c in gold} | {c for *_, c in pred}:
            g = [s for s in gold if s[2] == cat]
            p = [s for s in pred if s[2] == cat]
            row_ = counts.setdefault(cat, {"gold": 0, "predicted": 0, "strict_tp": 0, "overlap_tp": 0})
            row_["gold"] += len(g)
            row_["predicted"] += len(p)
            row_["strict_tp"] += _match(g, p, True)
            row_["overlap_tp"] += _match(g, p, False)
            for s, e, c in p:
                if not any(c == gc and s < ge and gs < e for gs, ge, gc in g):
                    errors.append({"id": doc_id, "kind": "false-positive", "category": c, "text": text[s:e], "sentence": text})
            for s, e, c in g:
                if not any(c == pc and s < pe and ps < e for ps, pe, pc in p):
                    errors.append({"id": doc_id, "kind": "false-negative", "category": c, "text": text[s:e], "sentence": text})

    def prf(tp: int, gold: int, pred: int) -> dict[str, float]:
        p = tp / pred if pred else 1.0
        r = tp / gold if gold else 1.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    per_category = {}
    for cat in sorted(counts, key=lambda c: (c not in CATEGORIES, CATEGORIES.index(c) if c in CATEGORIES else 0, c)):
        tally = counts[cat]
        per_category[cat] = {"gold": tally["gold"], "predicted": tally["predicted"],
                             "strict": prf(tally["strict_tp"], tally["gold"], tally["predicted"]),
                             "overlap": prf(tally["overlap_tp"], tally["gold"], tally["predicted"])}
    total = {k: sum(c[k] for c in counts.values()) for k in ("gold", "predicted", "strict_tp", "overlap_tp")}
    return {
        "documents": n_docs,
        "per_category": per_category,
        "micro": {"gold": total["gold"], "predicted": total["predicted"],
                  "strict": prf(total["strict_tp"], total["gold"], total["predicted"]),
                  "overlap": prf(total["overlap_tp"], total["gold"], total["predicted"])},
        "headline": _headline_figures(headline),
        "errors": errors,
    }


#: Categories that sentence-level gold does not annotate: suppression comments and report-level rules.
_NOT_SENTENCE_LEVEL = frozenset(("suppression", "purpose", "request", "urgency"))


def _tally_headline(h: dict[str, int], gold: list[Span], pred: list[Span]) -> None:
    """The three figures a user feels (issue #9): a vague cue found under any vague category,
    a clean sentence left alone, an observation lacking elements found under any missing kind."""
    if not gold:
        h["clean"] += 1
        h["clean_flagged"] += bool(pred)

    def found(span: Span, family: Any) -> bool:
        return any(family(pc) and ps < span[1] and span[0] < pe for ps, pe, pc in pred)

    seen: set[tuple[int, int, str]] = set()
    for gs, ge, gc in gold:
        fam = "cues" if gc in VAGUE_CATEGORIES else "missing" if gc.startswith("missing-") else None
        if fam is None or (gs, ge, fam) in seen:  # one span with two categories counts once
            continue
        seen.add((gs, ge, fam))
        h[fam] += 1
        is_family = (lambda c: c in VAGUE_CATEGORIES) if fam == "cues" else (lambda c: c.startswith("missing-"))
        hit = found((gs, ge, gc), is_family)
        h[f"{fam}_found"] += hit
        if fam == "missing":
            # (or asked by a vague word of the same kind in the text, 時々ふらつきがあります: the checker's one finding there;
            # reported beside the strict figure, never in its place)
            kinds = {_SAME_KIND[c] for s, e, c in gold if (s, e) == (gs, ge) and c in _SAME_KIND}
            h["missing_asked"] += hit or any(pc in kinds for _, _, pc in pred)


#: The vague-word category that asks what a missing-* annotation says is missing.
_SAME_KIND = {f"missing-{kind}": category for kind, category in VAGUE_FOR_KIND.items()}


def _headline_figures(h: dict[str, int]) -> dict[str, Any]:
    def share(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {
        "vague_cue_recall": share(h["cues_found"], h["cues"]), "vague_cues": h["cues"],
        "clean_flagged_share": share(h["clean_flagged"], h["clean"]), "clean_sentences": h["clean"],
        "missing_recall": share(h["missing_found"], h["missing"]), "missing_observations": h["missing"],
        "missing_or_same_kind_recall": share(h["missing_asked"], h["missing"]),
    }


#: What a report-level gold record says (corpus/reports/*.jsonl, docs/evaluation.md).
_REPORT_GOLD_KEYS = ("purpose", "request", "urgent")
_REQUEST_NEEDS_FINDING = frozenset(("vague", "none", "unordered"))


def load_report_gold(path: str) -> list[dict[str, Any]]:
    """Read a report-level gold JSONL file; raises ValueError naming the line."""
    def read(rec: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(rec["text"], str) or not all(k in rec for k in _REPORT_GOLD_KEYS):
            raise KeyError("purpose/request/urgent")
        return rec

    return [rec for _, rec in _jsonl(path, '{"id", "text", "purpose", "request", "urgent", ...}', read)]


def load_report_texts(path: str) -> list[dict[str, Any]]:
    """Read a JSONL file of whole reports ({"id", "text"}); raises ValueError naming the line."""

    def read(rec: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(rec["text"], str):
            raise TypeError("text must be a string")
        return rec

    return [rec for _, rec in _jsonl(path, '{"id", "text"}', read)]


def evaluate_reports(records: list[dict[str, Any]], **checker_options: Any) -> dict[str, Any]:
    """Report-level figures (issue #10): purpose and request accuracy (the finding fires exactly
    when the annotator says the purpose is missing / the request is vague, missing or unordered),
    urgent-symptom recall and the share of non-urgent reports with an urgent symptom in the outline."""
    from .checker import Checker

    checker = Checker(**checker_options)
    tally = {"reports": 0, "purpose_ok": 0, "request_ok": 0, "urgent": 0, "urgent_found": 0, "calm": 0, "calm_flagged": 0,
             "good": 0, "good_warnings": 0}
    errors: list[dict[str, Any]] = []
    for rec, report in zip(records, checker.pipe(r["text"] for r in records), strict=True):
        tally["reports"] += 1
        fired = {f.category for f in report.findings}
        want_purpose, want_request = not rec["purpose"], rec["request"] in _REQUEST_NEEDS_FINDING
        tally["purpose_ok"] += want_purpose == ("purpose" in fired)
        tally["request_ok"] += want_request == ("request" in fired)
        found = bool(report.outline.urgent)
        if rec.get("quality") == "good":  # issue #9: a well-written report should get (almost) no warnings
            tally["good"] += 1
            tally["good_warnings"] += sum(f.severity in ("warning", "error") for f in report.findings)
        if rec["urgent"]:
            tally["urgent"] += 1
            tally["urgent_found"] += found
        else:
            tally["calm"] += 1
            tally["calm_flagged"] += found
        for what, want, got in (("purpose-missing", want_purpose, "purpose" in fired), ("request-unclear", want_request, "request" in fired),
                                ("urgent", bool(rec["urgent"]), found)):
            if want != got:
                errors.append({"id": rec.get("id"), "kind": "false-negative" if want else "false-positive", "what": what})

    def share(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {
        "reports": tally["reports"],
        "purpose_accuracy": share(tally["purpose_ok"], tally["reports"]),
        "request_accuracy": share(tally["request_ok"], tally["reports"]),
        "urgent_recall": share(tally["urgent_found"], tally["urgent"]), "urgent_reports": tally["urgent"],
        "non_urgent_flagged": share(tally["calm_flagged"], tally["calm"]), "non_urgent_reports": tally["calm"],
        "good_reports": tally["good"], "good_warnings_per_report": share(tally["good_warnings"], tally["good"]),
        "errors": errors,
    }


def _gold_kind(path: str) -> str:
    """"reports" (annotated whole reports), "good" (texts only: reports known to be well written)
    or "sentences" (span gold), read off the first record."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            first = json.loads(next((ln for ln in fh if ln.strip()), "{}"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return "sentences"  # load_gold names the problem
    if not isinstance(first, dict) or "spans" in first:
        return "sentences"
    if all(k in first for k in _REPORT_GOLD_KEYS):
        return "reports"
    return "good" if "text" in first else "sentences"


def evaluate_good_reports(texts: list[str], **checker_options: Any) -> dict[str, Any]:
    """Issue #9's whole-report precision: warning-or-error findings per report that is known to be
    well written, over all rules and over the sentence-level rules alone."""
    from .checker import Checker

    checker = Checker(**checker_options)
    by_category: Counter[str] = Counter()
    for report in checker.pipe(texts):
        by_category.update(f.category for f in report.findings if f.severity in ("warning", "error"))
    n = len(texts)
    sentence_level = sum(c for cat, c in by_category.items() if cat not in _NOT_SENTENCE_LEVEL)
    return {
        "reports": n,
        "warnings_per_report": round(sum(by_category.values()) / n, 4) if n else None,
        "sentence_level_warnings_per_report": round(sentence_level / n, 4) if n else None,
        "by_category": dict(sorted(by_category.items())),
    }


def _write_report_eval(out: IO[str], result: dict[str, Any], show_errors: bool) -> None:
    def fmt(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    out.write(f"reports: {result['reports']}\n")
    out.write(f"purpose accuracy {fmt(result['purpose_accuracy'])}; request accuracy {fmt(result['request_accuracy'])}; "
              f"urgent-symptom recall {fmt(result['urgent_recall'])} ({result['urgent_reports']} urgent reports); "
              f"non-urgent reports flagged urgent {fmt(result['non_urgent_flagged'])} (of {result['non_urgent_reports']})\n")
    if result.get("good_reports"):
        out.write(f"good reports: {result['good_reports']}; warnings and errors per good report {fmt(result['good_warnings_per_report'])}\n")
    if show_errors:
        for e in result["errors"]:
            out.write(f"{e['kind']:<15} {e['what']:<16} {e['id']}\n")


def eval_command(argv: list[str], *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """``vaguecheck eval GOLD.jsonl``: precision, recall and F1 per category."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    ap = argparse.ArgumentParser(prog="vaguecheck eval", description="Evaluate vaguecheck against gold annotations.")
    ap.add_argument("gold", metavar="GOLD.jsonl")
    ap.add_argument("--backend", default="fugashi")
    ap.add_argument("--json", metavar="OUT", help="also write the results (and every error) as JSON")
    ap.add_argument("--show-errors", action="store_true", help="list false positives and false negatives")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        kind = _gold_kind(args.gold)
        if kind == "good":  # whole reports known to be good: how many warnings does each get?
            result = evaluate_good_reports([r["text"] for r in load_report_texts(args.gold)], backend=args.backend)
            out.write(f"reports: {result['reports']} (known to be well written)\n"
                      f"warning-or-error findings per report {result['warnings_per_report']:.3f} "
                      f"(sentence-level rules {result['sentence_level_warnings_per_report']:.3f}); "
                      f"by category {result['by_category']}\n")
            if args.json:
                with open(args.json, "w", encoding="utf-8") as fh:
                    json.dump(result, fh, ensure_ascii=False, indent=2)
            return 0
        if kind == "reports":  # whole reports annotated for purpose, request and urgency
            result = evaluate_reports(load_report_gold(args.gold), backend=args.backend)
            _write_report_eval(out, result, args.show_errors)
            if args.json:
                with open(args.json, "w", encoding="utf-8") as fh:
                    json.dump(result, fh, ensure_ascii=False, indent=2)
            return 0
        result = evaluate(load_gold(args.gold), backend=args.backend)
    except OSError as exc:
        return _fail(err, f"{args.gold}: cannot read ({exc.strerror or exc})")
    except (ValueError, ImportError) as exc:
        return _fail(err, str(exc))
    out.write(f"documents: {result['documents']}\n")
    out.write(f"{'category':<20}{'gold':>6}{'pred':>6}  {'P':>6}{'R':>6}{'F1':>6}  {'P~':>6}{'R~':>6}{'F1~':>6}\n")
    rows_ = [*result["per_category"].items(), ("micro", result["micro"])]
    for cat, r in rows_:
        s, o = r["strict"], r["overlap"]
        out.write(f"{cat:<20}{r['gold']:>6}{r['predicted']:>6}  {s['precision']:>6.3f}{s['recall']:>6.3f}{s['f1']:>6.3f}"
                  f"  {o['precision']:>6.3f}{o['recall']:>6.3f}{o['f1']:>6.3f}\n")
    out.write("(P R F1: strict span match; P~ R~ F1~: overlapping spans of the same category)\n")
    h = result["headline"]

    def fmt(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    out.write(f"vague-cue recall {fmt(h['vague_cue_recall'])} ({h['vague_cues']} cues, any vague category, overlap); "
              f"clean sentences flagged {fmt(h['clean_flagged_share'])} (of {h['clean_sentences']}); "
              f"missing-element recall {fmt(h['missing_recall'])} ({h['missing_observations']} observations, any missing kind)\n")
    out.write(f"(missing elements asked either way, by a missing-* finding or a vague word of the same kind in the text: "
              f"{fmt(h['missing_or_same_kind_recall'])})\n")
    if args.show_errors:
        for e in result["errors"]:
            out.write(f"{e['kind']:<15} {e['category']:<18} 「{e['text']}」 {e['id']}: {e['sentence']}\n")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=2)
    return 0


__all__ = ["COLUMNS", "clarity", "dask_stats", "evaluate", "evaluate_reports", "load_report_gold", "load_gold", "row", "stats", "stats_command", "eval_command"]
