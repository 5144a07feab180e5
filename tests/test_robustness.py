"""Issue #12: every input, every file. Each test here failed before its fix.

The CLI never hangs on a non-regular file, never exits 1 with a traceback, and checks
every other file when one input, one folder's configuration or one lexicon is bad.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import vaguecheck
from vaguecheck.cli import main

VAGUE = "最近、元気がありません。\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_process(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """In a child process: a FIFO would block this one for ever, and the timeout is only a hang guard."""
    return subprocess.run([sys.executable, "-m", "vaguecheck", *argv], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "vague.txt").write_text(VAGUE, encoding="utf-8")
    return tmp_path


# ---------------------------------------------------------------- 1, 2: non-regular files

@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_among_files_is_an_error_not_a_hang(tree):
    os.mkfifo(tree / "pipe.txt")
    p = run_process("pipe.txt", "vague.txt", cwd=tree)
    assert p.returncode == 2
    assert "pipe.txt" in p.stderr and "通常のファイルではありません" in p.stderr
    assert "vague.txt:1:4: VC101" in p.stdout
    assert "Traceback" not in p.stderr


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("option", ["--lexicon", "--config"])
def test_fifo_as_lexicon_or_config_is_an_error_not_a_hang(tree, option):
    os.mkfifo(tree / "fifo.toml")
    p = run_process("vague.txt", option, "fifo.toml", cwd=tree)
    assert p.returncode == 2
    assert "fifo.toml" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_through_a_symlink_in_a_folder_is_skipped_with_an_error(tree):
    (tree / "reports").mkdir()
    (tree / "reports" / "a.txt").write_text(VAGUE, encoding="utf-8")
    os.symlink("/dev/zero", tree / "reports" / "zero.txt")
    code, out, err = run("reports")
    assert code == 2
    assert "zero.txt" in err and "通常のファイルではありません" in err
    assert "reports/a.txt:1:4: VC101" in out


# ---------------------------------------------------------------- 3, 4: configuration and lexicon errors

def test_config_error_in_one_folder_leaves_the_others_checked(tree):
    (tree / "a").mkdir()
    (tree / "b").mkdir()
    (tree / "a" / "r.txt").write_text(VAGUE, encoding="utf-8")
    (tree / "b" / "r.txt").write_text(VAGUE, encoding="utf-8")
    (tree / "b" / ".vaguecheck.toml").write_text("bogus = 1\n", encoding="utf-8")
    code, out, err = run("a", "b")
    assert code == 2
    assert "a/r.txt:1:4: VC101" in out
    assert "b/r.txt" not in out  # its configuration is broken: not checked with the wrong settings
    assert ".vaguecheck.toml" in err and "bogus" in err


@pytest.mark.parametrize("pyproject", ['tool = "x"\n', "tool = 5\n", '[tool]\nvaguecheck = "x"\n'])
def test_malformed_pyproject_is_a_named_error(tree, pyproject):
    (tree / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    code, _, err = run("vague.txt")
    assert code == 2, err
    assert "pyproject.toml" in err and "Traceback" not in err


@pytest.mark.parametrize("lexicon, where", [
    ("macros = 5\n", "macros"),
    ('macros = ["a"]\n', "macros"),
    ('quotes = 5\n', "quotes"),
    ('quotes = "「」"\n', "quotes"),
])
def test_malformed_lexicon_top_level_is_a_named_error(tree, lexicon, where):
    (tree / "team.toml").write_text(lexicon, encoding="utf-8")
    code, _, err = run("vague.txt", "--lexicon", "team.toml")
    assert code == 2, err
    assert "team.toml" in err and where in err


# ---------------------------------------------------------------- 5, 16: selectors

@pytest.mark.parametrize("select", ["", ",", " , "])
def test_empty_select_is_an_error(tree, select):
    code, _, err = run("vague.txt", "--select", select)
    assert code == 2
    assert "--select" in err


def test_select_is_case_insensitive_for_rule_ids(tree):
    assert run("vague.txt", "--select", "vc101")[:2] == run("vague.txt", "--select", "VC101")[:2]
    code, out, _ = run("vague.txt", "--select", "vc1", "--ignore", "all")
    assert (code, out) == (0, "")


def test_unknown_selector_in_config_names_the_file_in_japanese(tree):
    (tree / ".vaguecheck.toml").write_text('select = ["VC999"]\n', encoding="utf-8")
    code, _, err = run("vague.txt")
    assert code == 2
    assert ".vaguecheck.toml" in err and "VC999" in err and "ルール" in err


def test_unknown_selector_on_the_command_line_is_japanese(tree):
    code, _, err = run("vague.txt", "--ignore", "VC999")
    assert code == 2
    assert "--ignore" in err and "VC999" in err and "ルール" in err


# ---------------------------------------------------------------- 10: unreadable folders

def test_unreadable_subfolder_is_reported(tree, monkeypatch):
    (tree / "reports" / "locked").mkdir(parents=True)
    (tree / "reports" / "a.txt").write_text(VAGUE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=".", *a, **k):  # root reads every folder, so refuse one the way the OS would
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *a, **k)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run("reports")
    assert code == 2
    assert "locked" in err and "権限" in err
    assert "reports/a.txt:1:4: VC101" in out


# ---------------------------------------------------------------- 12: control characters

def test_control_characters_are_not_echoed_raw(tree):
    (tree / "esc.txt").write_text("\x1b[2J最近、元気がありません。\x07\n", encoding="utf-8")
    os.symlink(tree / "esc.txt", tree / "e\x1b]0;x\x07.txt")
    for fmt in ("text", "concise", "github"):
        code, out, _ = run("esc.txt", "e\x1b]0;x\x07.txt", "--format", fmt, "--color", "never")
        assert code == 1
        assert "\x1b" not in out and "\x07" not in out, fmt
    code, out, err = run("missing\x1b[31m.txt")
    assert code == 2 and "\x1b" not in err


# ---------------------------------------------------------------- 11: lexicon cache by content

from test_lexicon_cache import TEAM  # noqa: E402  (the team lexicon the cache tests write)


def test_cache_is_keyed_by_content_not_size_and_mtime(tmp_path, monkeypatch):
    monkeypatch.setenv("VAGUECHECK_CACHE_DIR", str(tmp_path / "cache"))
    lex = tmp_path / "team.toml"
    lex.write_text(TEAM.format(word="しんどい"), encoding="utf-8")
    st = lex.stat()
    assert [f.entry for f in vaguecheck.check("しんどいです。", lexicons=[lex]).findings] == ["team-word"]
    lex.write_text(TEAM.format(word="だるだる"), encoding="utf-8")  # same length in bytes
    os.utime(lex, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert lex.stat().st_size == st.st_size and lex.stat().st_mtime_ns == st.st_mtime_ns
    assert [f.entry for f in vaguecheck.check("しんどいです。", lexicons=[lex]).findings] == []


# ---------------------------------------------------------------- 7, 8, 9: suppression comments

def findings_of(tree: Path, text: str, *extra: str) -> list[tuple[int, str]]:
    (tree / "s.txt").write_text(text, encoding="utf-8")
    _, out, _ = run("s.txt", "--format", "concise", "--isolated", *extra)
    return [(int(line.split(":")[1]), line.split()[1]) for line in out.splitlines()]


def test_unclosed_suppression_swallows_nothing_and_is_reported(tree):
    text = "<!-- vaguecheck: ignore[VC101]\n最近、元気がありません。\n普段と変わりありません -->\n"
    got = findings_of(tree, text)
    assert (1, "VC900") in got
    assert (2, "VC101") in got and (2, "VC301") in got


@pytest.mark.parametrize("comment", [
    "<!-- vaguecheck: ignore[] -->",
    "<!-- vaguecheck: ignore[,] -->",
    "<!-- vaguecheck: ignore[ , ] -->",
    "<!-- vaguecheck ignore[VC101] -->",
    "<!-- VaGueCheck ignore -->",
])
def test_empty_code_list_or_missing_colon_is_vc900_and_suppresses_nothing(tree, comment):
    got = findings_of(tree, f"最近、元気がありません。 {comment}\n")
    assert (1, "VC900") in got
    assert (1, "VC101") in got and (1, "VC301") in got


def test_prose_that_mentions_vaguecheck_is_not_a_directive(tree):
    assert findings_of(tree, "3日前から発熱があります。<!-- vaguecheckは便利 -->\n", "--select", "VC900") == []


def _lines_executed(fn, *args) -> int:
    """Python lines executed by ``fn(*args)``: a deterministic measure of work, unlike a clock."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def _suppress_work(text: str) -> int:
    from vaguecheck import _suppress
    from vaguecheck._normalize import line_column, line_starts
    from vaguecheck.model import Finding, Suggestion

    starts = line_starts(text)
    findings = []
    for k in range(0, len(text), 40):
        line, col = line_column(starts, k)
        findings.append(Finding(rule="VC301", category="vague-time", severity="warning", start=k, end=k + 1, line=line,
                                column=col, text=text[k], message="m", suggestion=Suggestion()))

    def work() -> None:
        sup = _suppress.parse(text)
        _suppress.apply(findings, sup)
        _suppress.unused(sup, {"VC101", "VC301"}, {"subjective", "vague-time"})

    return _lines_executed(work)


@pytest.mark.parametrize("unit", [
    "最近、元気がありません。 <!-- vaguecheck: ignore[VC101] -->\n",
    "<!-- vaguecheck: ignore[VC301] -->\n",
    "<!-- vaguecheck: disable[VC301] -->\n最近です。\n<!-- vaguecheck: enable[VC301] -->\n",
    "<!-- vaguecheck: ignore-file[VC2] -->\n",
    "<!-- vaguecheck: ignore[VC101] " * 3 + "\n",
])
def test_suppression_parsing_is_linear(unit):
    small, large = _suppress_work(unit * 150), _suppress_work(unit * 750)
    assert large <= 6 * small, (small, large)


# ---------------------------------------------------------------- 6: lexicon patterns have limits and load linearly

ENTRY = """
[[entries]]
id = "team-word"
rule = "VC101"
pattern = "{pattern}"
bad = ["しんどいです。"]
good = ["体温36.5℃です。"]
"""


@pytest.mark.parametrize("pattern, macros", [
    (" ".join(f"w{k}?" for k in range(30)) + " しんどい", ""),  # 2**30 sequences
    ("<A> しんどい", '[macros]\nA = "<B> <B> <B> <B>"\nB = "<C> <C> <C> <C>"\nC = "x? y? z?"\n'),  # 8**16
    ("<A> しんどい", '[macros]\nA = "<A> x"\n'),  # uses itself
    ("あ" * 500, ""),  # a word whose every prefix would be indexed
])
def test_pattern_that_expands_without_limit_is_a_named_error(tree, pattern, macros):
    (tree / "team.toml").write_text(macros + ENTRY.format(pattern=pattern), encoding="utf-8")
    code, _, err = run("vague.txt", "--lexicon", "team.toml")
    assert code == 2
    assert "team.toml" in err and "entries[0] (id 'team-word')" in err and "pattern" in err


def _load_work(tmp_path: Path, n: int) -> int:
    from vaguecheck.lexicon import load
    from vaguecheck.matcher import PatternIndex

    words = "|".join(f"語{k:05d}" for k in range(n))  # fixed width: 5n alternatives are 5x the text
    path = tmp_path / f"alts{n}.toml"
    rule = (
        '[[rules]]\nid = "VC101"\nname = "team"\ncategory = "subjective"\nseverity = "error"\nsummary = "s"\n'
        'rationale = "r"\nmessage = "m"\nbad = ["しんどい"]\ngood = ["36.5℃"]\n'
    )
    path.write_text(rule + ENTRY.format(pattern=words), encoding="utf-8")

    def work() -> None:
        lex = load([path], builtin=False)
        PatternIndex((seq, e) for e in lex.entries for seq in e.sequences)

    return _lines_executed(work)


def test_one_token_with_many_alternatives_loads_in_linear_work(tmp_path, monkeypatch):
    monkeypatch.setenv("VAGUECHECK_NO_CACHE", "1")
    small, large = _load_work(tmp_path, 200), _load_work(tmp_path, 1000)
    assert large <= 6 * small, (small, large)


# ---------------------------------------------------------------- 14-18: the research path

def stats(*argv: str, tty: bool = False) -> tuple[int, str, str]:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return tty

    out, err = io.StringIO(), Terminal()
    code = main(["stats", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_stats_reads_a_shift_jis_csv(tree):
    (tree / "r.csv").write_bytes("id,text\n1,最近、元気がありません。\n2,3日前から38.2℃の発熱があります。\n".encode("cp932"))
    code, out, err = stats("r.csv", "--id-column", "id", "--no-summary")
    assert code == 0, err
    rows = out.splitlines()
    assert rows[0].startswith("id,") and len(rows) == 3
    assert rows[1].split(",")[0] == "1" and int(rows[1].split(",")[1]) == len("最近、元気がありません。")


def test_stats_csv_that_does_not_decode_is_exit_2_naming_encoding(tree):
    (tree / "r.csv").write_bytes("id,text\n1,最近、元気がありません。\n".encode("cp932"))
    code, out, err = stats("r.csv", "--encoding", "utf-8")
    assert code == 2 and out == ""  # not even the header
    assert "--encoding" in err and "Traceback" not in err


def test_utf16_without_bom_suggests_the_encoding(tree):
    (tree / "u.txt").write_bytes("最近、元気がありません。\n3日前から\n".encode("utf-16-le"))
    code, _, err = run("u.txt")
    assert code == 2 and "--encoding utf-16-le" in err
    code, out, _ = run("u.txt", "--encoding", "utf-16-le")
    assert code == 1 and "VC101" in out


def test_missing_values_are_empty_reports_not_the_text_nan(checker):
    rows = list(vaguecheck.stats([None, float("nan"), "", "最近、元気がありません。"]))
    assert [r["characters"] for r in rows[:3]] == [0, 0, 0]
    assert [r["empty"] for r in rows] == [True, True, True, False]
    assert rows[3]["findings_total"] > 0


def test_stats_has_a_real_signature():
    import inspect

    params = inspect.signature(vaguecheck.stats).parameters
    assert {"ids", "jobs", "select", "ignore", "lexicons", "backend"} <= set(params)
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    rows = list(vaguecheck.stats(["最近、元気がありません。"], ids=["a"], select="vc101"))
    assert rows[0]["id"] == "a" and rows[0]["findings_subjective"] == 1 and rows[0]["findings_vague_time"] == 0


def test_empty_column_in_stats(tree):
    (tree / "r.jsonl").write_text('{"id": "x", "text": ""}\n{"id": "y", "text": "最近、元気がありません。"}\n', encoding="utf-8")
    code, out, _ = stats("r.jsonl", "--id-column", "id", "--format", "jsonl", "--no-summary")
    assert code == 0
    import json

    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["empty"]) for r in rows] == [("x", True), ("y", False)]


def test_stats_select_is_case_insensitive_and_empty_is_an_error(tree):
    (tree / "r.txt").write_text(VAGUE, encoding="utf-8")
    assert stats("r.txt", "--select", "vc101", "--no-summary")[:2] == stats("r.txt", "--select", "VC101", "--no-summary")[:2]
    code, _, err = stats("r.txt", "--select", "")
    assert code == 2 and "--select" in err


def test_progress_bar_on_a_terminal_only(tree):
    for k in range(3):
        (tree / f"r{k}.txt").write_text(VAGUE, encoding="utf-8")
    code, _, err = stats(".", "--no-summary", tty=True)
    assert code == 0
    assert "4/4 件" in err and "件/秒" in err and "残り" in err
    code, _, err = stats(".", "--no-summary", tty=False)
    assert code == 0 and err == ""


@pytest.mark.slow
def test_stats_into_head_exits_quietly(tree):
    (tree / "r.jsonl").write_text("".join(f'{{"text": "最近{k}"}}\n' for k in range(3000)), encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "vaguecheck", "stats", "r.jsonl", "--no-summary"], cwd=tree,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert p.stdout.readline().startswith(b"id,")
    p.stdout.close()  # as `| head -1` does
    _, stderr = p.communicate(timeout=300)
    assert p.returncode == 0
    assert b"Traceback" not in stderr and b"Broken pipe" not in stderr


def test_research_extra_has_pandas_and_docs_name_it():
    import tomllib

    root = Path(__file__).resolve().parent.parent
    extras = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(dep.startswith("pandas") for dep in extras["research"])
    assert 'vaguecheck[research]' in (root / "docs" / "research.md").read_text(encoding="utf-8")


def _undefined_names(code: str) -> set[str]:
    """Names a snippet reads but never imports, assigns or defines (what would be a NameError)."""
    import ast
    import builtins

    tree = ast.parse(code)
    defined = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            defined |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, ast.arg):
            defined.add(node.arg)
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} - defined


def test_research_doc_snippets_import_what_they_use():
    import re

    root = Path(__file__).resolve().parent.parent
    doc = (root / "docs" / "research.md").read_text(encoding="utf-8")
    snippets = re.findall(r"```python\n(.*?)```", doc, re.DOTALL)
    assert len(snippets) >= 3
    # the second snippet continues the first one's session (reports); each stands alone otherwise
    context = {"reports"}
    for code in snippets:
        assert _undefined_names(code) - context == set(), code


def test_pre_commit_rev_names_no_tag_that_does_not_exist():
    import re

    root = Path(__file__).resolve().parent.parent
    tags = subprocess.run(["git", "tag", "--list"], cwd=root, capture_output=True, text=True).stdout.split()
    for doc in (root / "README.md", root / "docs" / "cli.md"):
        for rev in re.findall(r"rev:`?\s*`?(v[0-9][\w.]*)", doc.read_text(encoding="utf-8")):
            assert rev in tags, f"{doc.name}: rev {rev} is not a tag of this repository"


# ---------------------------------------------------------------- 13: large files in bounded pieces

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SENTENCES = [
    "最近、元気がありません。", "3日前から38.2℃の発熱があります。", "食事は時々むせています。",
    "夜間によく眠れていない様子です。", "昨日の昼食は5割摂取されました。", "少し痛みがあるようです。",
    "発熱があります。", "特変なし。", "「大丈夫」とおっしゃっています。", "便秘気味で、かなり食欲も落ちています。",
    "<!-- vaguecheck: ignore[VC101] -->", "a\tb", "",
]
_BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "", "　"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.tuples(st.sampled_from(_SENTENCES), st.sampled_from(_BREAKS)), min_size=1, max_size=30),
       size=st.integers(min_value=1, max_value=120))
def test_findings_in_pieces_equal_the_whole(checker, parts, size):
    from vaguecheck import _pieces

    text = "".join(s + b for s, b in parts)
    pieces = list(_pieces.spans(text, size))
    assert (pieces[0][0], pieces[-1][1]) == (0, len(text)) if text else pieces == []
    assert all(a < b and b == c for (a, b), (c, _) in zip(pieces, pieces[1:], strict=False))
    whole = [(f.start, f.end, f.line, f.column, f.rule, f.text) for f in checker.check(text).findings if f.rule < "VC6"]
    got = [(f.start, f.end, f.line, f.column, f.rule, f.text)
           for findings, _ in _pieces.check(checker, text, size) for f in findings if f.rule < "VC6"]
    if all(text[b - 1] in "\r\n" for _, b in pieces[:-1]):  # every cut at a line break: nothing may change
        assert sorted(got) == sorted(whole)
    for start, end, line, column, _rule, shown in got:  # offsets, lines and columns are the file's, always
        assert text[start:end] == shown
        from vaguecheck._normalize import line_column, line_starts

        assert (line, column) == line_column(line_starts(text), start)


@pytest.mark.parametrize("text", [
    "便秘気味で、かなり食欲も落ちています。\n昨日の昼食は5割摂取されました。\n",  # settled by the next line
    "長女から電話がありました。\n昨夜は2回起きたそうです。\n",  # the source is on the line before
    "体温36.8℃、血圧128/76mmHg。\n特変なし。\n",  # a blank status after its figures
])
def test_pieces_read_the_lines_around_them(checker, text):
    """A cut at a line break must not change what the rules that look at the neighbouring
    sentences find: each piece is read with the lines around it (hypothesis found the first)."""
    from vaguecheck import _pieces

    whole = [(f.start, f.end, f.line, f.column, f.rule) for f in checker.check(text).findings if f.rule < "VC6"]
    got = [(f.start, f.end, f.line, f.column, f.rule) for fs, _ in _pieces.check(checker, text, 12) for f in fs if f.rule < "VC6"]
    assert len(list(_pieces.spans(text, 12))) > 1
    assert sorted(got) == sorted(whole)


def test_a_large_file_streams_the_same_findings(tree, monkeypatch):
    import vaguecheck.cli as cli

    text = "".join(f"{s}\n\n" if k % 3 == 0 else f"{s}\n" for k, s in enumerate(_SENTENCES * 20))
    (tree / "big.txt").write_text(text, encoding="utf-8")
    whole = run("big.txt", "--format", "jsonl", "--isolated", "--select", "VC1,VC2,VC3,VC4,VC5,VC9")
    monkeypatch.setattr(cli, "PIECE_CHARS", 300)
    pieces = run("big.txt", "--format", "jsonl", "--isolated", "--select", "VC1,VC2,VC3,VC4,VC5,VC9")
    assert pieces[0] == whole[0] == 1
    assert sorted(pieces[1].splitlines()) == sorted(whole[1].splitlines())
    assert len(whole[1].splitlines()) > 50


def test_a_large_file_in_text_format_has_one_summary_line_with_the_whole_count(tree, monkeypatch):
    import re

    import vaguecheck.cli as cli

    text = "".join(f"{s}\n\n" for s in _SENTENCES[:10] * 10)
    (tree / "big.txt").write_text(text, encoding="utf-8")
    _, whole, _ = run("big.txt", "--isolated", "--format", "compact", "--select", "VC1,VC2,VC3,VC4,VC5")
    monkeypatch.setattr(cli, "PIECE_CHARS", 200)
    _, pieces, _ = run("big.txt", "--isolated", "--format", "compact", "--select", "VC1,VC2,VC3,VC4,VC5")
    summaries = [line for line in pieces.splitlines() if re.match(r"big\.txt: 指摘", line)]
    assert len(summaries) == 1 and summaries == [line for line in whole.splitlines() if re.match(r"big\.txt: 指摘", line)]
    assert sorted(pieces.splitlines()) == sorted(whole.splitlines())


@pytest.mark.parametrize("brk", ["\n", "\r\n"])
def test_a_piece_reads_the_rest_of_its_paragraph(checker, brk):
    """Session 17 (found by the property above): かなり食欲も落ちています is settled by 5割 three lines below, in
    the same paragraph; a piece cut at a line break must read that far, as the whole text does."""
    from vaguecheck import _pieces

    text = brk.join(["便秘気味で、かなり食欲も落ちています。", "最近、元気がありません。", "最近、元気がありません。",
                     "昨日の昼食は5割摂取されました。", ""])
    whole = sorted((f.start, f.rule) for f in checker.check(text).findings if f.rule < "VC6")
    got = sorted((f.start, f.rule) for findings, _ in _pieces.check(checker, text, 20) for f in findings if f.rule < "VC6")
    assert got == whole
