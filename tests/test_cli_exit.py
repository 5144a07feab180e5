"""Exit codes of the command line, path by path (issue #14): 0 clean, 1 findings at or above
--fail-on, 2 usage, configuration or input error, and which of them wins when several apply.

In-process through ``cli.main`` so each case costs milliseconds; tests/test_cli.py covers output.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pytest

from test_cli import TEAM, run  # the in-process runner the CLI output tests use, and their team lexicon
from vaguecheck._pieces import PIECE_CHARS
from vaguecheck.cli import main

VAGUE = "最近、元気がありません。\n"  # VC301 warning, VC101 error
CONCRETE = "3日前から日中の傾眠が強く、食事も半分以下です。\n"
INFO_ONLY = "特変なし。\n"  # VC103 info
WARNING_ONLY = "時々むせています。\n"  # VC401 warning
BINARY = bytes(range(256)) * 4


def large(body: str) -> str:
    """``body`` after enough blank lines (which cost almost nothing to check) to pass PIECE_CHARS."""
    return "\n" * PIECE_CHARS + body


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name, body in (("vague.txt", VAGUE), ("good.txt", CONCRETE), ("info.txt", INFO_ONLY), ("warn.txt", WARNING_ONLY)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(BINARY)
    return tmp_path


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        pytest.param(["good.txt"], 0, id="clean"),
        pytest.param(["vague.txt"], 1, id="findings"),
        pytest.param(["good.txt", "vague.txt"], 1, id="clean-then-findings"),
        pytest.param(["vague.txt", "good.txt"], 1, id="findings-then-clean"),
        pytest.param(["vague.txt", "--exit-zero"], 0, id="exit-zero"),
        pytest.param(["info.txt"], 0, id="info-below-default-warning"),
        pytest.param(["warn.txt"], 1, id="warning-at-default-warning"),
        pytest.param(["info.txt", "--fail-on", "info"], 1, id="info-at-info"),
        pytest.param(["warn.txt", "--fail-on", "error"], 0, id="warning-below-error"),
        pytest.param(["warn.txt", "--fail-on", "warning"], 1, id="warning-at-warning"),
        pytest.param(["vague.txt", "--fail-on", "error"], 1, id="error-at-error"),
        pytest.param(["vague.txt", "--select", "VC301", "--fail-on", "error"], 0, id="selected-warning-below-error"),
        pytest.param(["scan.txt"], 2, id="binary"),
        pytest.param(["scan.txt", "--exit-zero"], 2, id="binary-beats-exit-zero"),
        pytest.param(["vague.txt", "scan.txt", "--exit-zero"], 2, id="findings-and-binary-with-exit-zero"),
        pytest.param(["vague.txt", "scan.txt"], 2, id="input-error-beats-findings"),
        pytest.param(["scan.txt", "good.txt"], 2, id="input-error-then-clean"),
        pytest.param(["nope.txt", "--exit-zero"], 2, id="missing-file-beats-exit-zero"),
        pytest.param(["-", "-"], 2, id="stdin-twice"),
        pytest.param(["vague.txt", "--format", "xml"], 2, id="usage"),
        pytest.param(["vague.txt", "--select", "VC999"], 2, id="unknown-selector"),
        pytest.param(["vague.txt", "--select", "VC999", "--exit-zero"], 2, id="unknown-selector-beats-exit-zero"),
        pytest.param(["vague.txt", "--lexicon", "no-such.toml"], 2, id="missing-lexicon"),
        pytest.param(["vague.txt", "--config", "no-such.toml"], 2, id="missing-config"),
        pytest.param(["rules"], 0, id="rules"),
        pytest.param(["rules", "--format", "json"], 0, id="rules-json"),
        pytest.param(["rule", "VC101"], 0, id="rule"),
        pytest.param(["rule", "vc101"], 0, id="rule-lower-case"),
        pytest.param(["rule", "VC999"], 2, id="unknown-rule"),
        pytest.param(["--version"], 0, id="version"),
        pytest.param(["--help"], 0, id="help"),
    ],
)
def test_exit_code(tree, argv, code):
    assert run(*argv)[0] == code


def test_stdin_exit_codes(tree):
    assert run("-", stdin=CONCRETE.encode())[0] == 0
    assert run("-", stdin=VAGUE.encode())[0] == 1
    assert run("-", stdin=BINARY)[0] == 2
    assert run("-", "--exit-zero", stdin=BINARY)[0] == 2


def test_input_error_still_reports_the_other_files(tree):
    code, out, err = run("scan.txt", "vague.txt", "--exit-zero")
    assert code == 2
    assert "scan.txt" in err
    assert "vague.txt:1:4: VC101" in out


def test_fail_on_from_each_files_configuration(tree):
    """--fail-on is read per file from the nearest configuration."""
    (tree / "strict").mkdir()
    (tree / "strict" / ".vaguecheck.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    (tree / "strict" / "info.txt").write_text(INFO_ONLY, encoding="utf-8")
    (tree / "lax").mkdir()
    (tree / "lax" / ".vaguecheck.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    (tree / "lax" / "warn.txt").write_text(WARNING_ONLY, encoding="utf-8")
    assert run("strict/info.txt")[0] == 1
    assert run("lax/warn.txt")[0] == 0
    assert run("lax/warn.txt", "strict/info.txt")[0] == 1
    assert run("strict/info.txt", "lax/warn.txt")[0] == 1  # a later lax file does not clear it
    assert run("lax/warn.txt", "--fail-on", "warning")[0] == 1  # the command line wins


def test_config_error_is_2(tree):
    (tree / ".vaguecheck.toml").write_text('no-such-key = 1\n', encoding="utf-8")
    code, _, err = run("vague.txt")
    assert code == 2 and "no-such-key" in err
    assert run("vague.txt", "--isolated")[0] == 1


def test_statistics_do_not_change_the_exit_code(tree):
    assert run("vague.txt", "--statistics")[0] == 1
    assert run("good.txt", "--statistics")[0] == 0


# ---------------------------------------------------------------- what is said with each exit 2

def test_stdin_twice_says_so(tree):
    assert run("-", "-") == (2, "", "vaguecheck: - (standard input) can be given only once\n")


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["", ",", " , "])
def test_an_empty_selector_is_2(tree, option, value):
    code, out, err = run("vague.txt", option, value)
    assert (code, out) == (2, "")
    assert err == f"vaguecheck: {option} にルールが指定されていません。VC101 のようなルール ID かカテゴリを指定してください。\n"


def test_a_missing_path_is_named_once_and_carried_in_the_output(tree):
    code, out, err = run("nope.txt", "vague.txt", "--format", "json")
    assert code == 2
    assert err == "vaguecheck: nope.txt: ファイルが見つかりません。パスを確認してください。\n"
    files = {f["path"]: f for f in json.loads(out)["files"]}
    assert files["nope.txt"]["error"] == {"code": "not-found", "message": "ファイルが見つかりません。パスを確認してください。"}
    assert files["vague.txt"].get("error") is None and files["vague.txt"]["findings"]


def test_a_broken_configuration_is_said_once_and_the_other_files_are_checked(tree):
    (tree / "bad").mkdir()
    (tree / "bad" / ".vaguecheck.toml").write_text("no-such-key = 1\n", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tree / "bad" / name).write_text(VAGUE, encoding="utf-8")
    code, out, err = run("bad/a.txt", "bad/b.txt", "vague.txt")
    assert code == 2
    assert len(err.splitlines()) == 1 and "no-such-key" in err
    assert "vague.txt:1:4: VC101" in out and "bad/a.txt:1:4" not in out


def test_a_large_file_checked_in_pieces_has_the_same_exit_codes(tree):
    """Over PIECE_CHARS (100,000) characters a file is checked and written piece by piece."""
    (tree / "big-info.txt").write_text(large(INFO_ONLY), encoding="utf-8")
    (tree / "big-vague.txt").write_text(large(VAGUE), encoding="utf-8")
    (tree / "big-clean.txt").write_text(large(CONCRETE), encoding="utf-8")
    assert run("big-info.txt")[0] == 0
    assert run("big-info.txt", "--fail-on", "info")[0] == 1
    assert run("big-vague.txt")[0] == 1
    assert run("big-vague.txt", "--exit-zero")[0] == 0
    assert run("big-clean.txt", "--fail-on", "info") == (0, "", "")


def test_a_file_over_piece_chars_has_its_summary_line_last(tree):
    """Up to PIECE_CHARS characters a file is checked whole and its summary line comes first; one
    character more and it is checked piece by piece, the summary line written after the last piece.
    The lines are otherwise the same (the extra character is a space on the first, blank, line)."""
    whole = "\n" * (PIECE_CHARS - len(VAGUE)) + VAGUE
    assert len(whole) == PIECE_CHARS
    (tree / "whole.txt").write_text(whole, encoding="utf-8")
    (tree / "piece.txt").write_text(" " + whole, encoding="utf-8")
    code, out, err = run("whole.txt")
    assert (code, err) == (1, "")
    first, *rest = out.splitlines()
    assert first == "whole.txt: 指摘 2件（主観 1・時期 1）"
    assert rest[0].startswith(f"whole.txt:{PIECE_CHARS - len(VAGUE) + 1}:1: VC301 ")
    code, out, err = run("piece.txt")
    assert (code, err) == (1, "")
    assert out.replace("piece.txt", "whole.txt").splitlines() == [*rest, first]


def test_a_reader_that_leaves_early_is_exit_1_without_a_traceback(tree):
    """`vaguecheck ... | head`: the output pipe closes while findings are still being written."""
    import subprocess

    if "MUTANT_UNDER_TEST" in os.environ:
        pytest.skip("under mutmut a child process cannot load the mutated package")

    import vaguecheck

    (tree / "many.txt").write_text(VAGUE * 3_000, encoding="utf-8")
    package_root = str(Path(vaguecheck.__file__).resolve().parent.parent)  # the vaguecheck under test
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen([sys.executable, "-m", "vaguecheck", "many.txt", "--isolated"], cwd=tree, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert "Traceback" not in err and "BrokenPipe" not in err


class _ReaderGone(io.StringIO):
    """An output whose reader has left: every write raises, as a closed pipe does."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        pytest.param(["vague.txt", "--isolated"], 1, id="check"),
        pytest.param(["vague.txt", "--isolated", "--format", "json"], 1, id="check-json"),
        pytest.param(["rules"], 1, id="rules"),
        pytest.param(["stats", "vague.txt", "--no-summary"], 0, id="stats"),  # the reader has what it wanted
    ],
)
def test_a_reader_that_leaves_early_in_process(tree, monkeypatch, argv, code):
    """The same, in this process (mutmut's mutants are only seen here): the exit code, nothing on
    standard error, and standard output's descriptor pointed at the null device, so that the
    interpreter's final flush cannot fail again.  A file stands in for the pipe."""
    target = tree / "stdout"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT)
    err = io.StringIO()
    try:
        with monkeypatch.context() as m:
            m.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO()))  # only its fileno() is asked for
            m.setattr(sys.stdout, "fileno", lambda: fd)
            assert main(argv, stdout=_ReaderGone(), stderr=err) == code
        assert err.getvalue() == ""
        assert os.path.samestat(os.fstat(fd), os.stat(os.devnull))
        os.write(fd, b"late")  # open for writing, and lost
        assert target.read_bytes() == b""
    finally:
        os.close(fd)


def test_a_folder_that_cannot_be_listed_is_2_said_once_and_carried(tree, monkeypatch):
    """root may list every folder, so refuse one the way the OS would (os.walk lists with os.scandir)."""
    (tree / "reports" / "locked").mkdir(parents=True)
    (tree / "reports" / "a.txt").write_text(CONCRETE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=".", *args, **kwargs):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    message = "フォルダを開く権限がありません。中のファイルは確認していません。"
    error = {"path": "reports/locked", "error": {"code": "permission", "message": message}}
    # first among the results, ahead of the files found; jsonl writes it as it goes
    assert run("reports", "--format", "jsonl", "--exit-zero") == (2, json.dumps(error, ensure_ascii=False) + "\n",
                                                                   f"vaguecheck: reports/locked: {message}\n")
    code, out, err = run("reports", "reports", "--format", "json")
    assert (code, err) == (2, f"vaguecheck: reports/locked: {message}\n")  # said once, however many times met
    files = json.loads(out)["files"]
    assert files[:2] == [error, error]
    assert [(f["path"], f["findings"], "error" in f) for f in files[2:]] == [("reports/a.txt", [], False)] * 2
    assert run("reports/locked", "--format", "sarif")[0] == 2  # nothing checked, still one document


#: The outline of a text of one or two sentences (docs/schema.md): not a report.
ONE_SENTENCE = {"is_report": False, "purpose": None, "request": None, "requests": [], "urgent": [], "phoned": False,
                "message": False}


# ---------------------------------------------------------------- the other commands, help and usage

@pytest.mark.parametrize(
    ("command", "module", "function"),
    [
        ("stats", "vaguecheck.research", "stats_command"),
        ("eval", "vaguecheck.research", "eval_command"),
        ("validate", "vaguecheck.validate", "validate_command"),
        ("serve", "vaguecheck.serve", "main"),
    ],
)
def test_each_command_gets_the_rest_of_the_line_and_the_streams(monkeypatch, command, module, function):
    """main hands a command everything after its name and its own streams, and returns its exit code."""
    target = pytest.importorskip(module)  # serve needs the serve extra
    calls = []

    def command_main(argv, *, stdout=None, stderr=None):
        calls.append((argv, stdout, stderr))
        return 7  # no command returns it: seen only if passed through

    monkeypatch.setattr(target, function, command_main)
    out, err = io.StringIO(), io.StringIO()
    assert main([command, "x.txt", "--flag"], stdout=out, stderr=err) == 7
    assert calls == [(["x.txt", "--flag"], out, err)]
    assert (out.getvalue(), err.getvalue()) == ("", "")


def test_the_command_line_comes_from_sys_argv_by_default(tree, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["vaguecheck", "good.txt", "--format", "jsonl"])
    out, err = io.StringIO(), io.StringIO()
    assert main(stdout=out, stderr=err) == 0
    assert (out.getvalue(), err.getvalue()) == ("", "")
    monkeypatch.setattr(sys, "argv", ["vaguecheck", "warn.txt", "--format", "jsonl"])
    assert main(stdout=out, stderr=err) == 1
    assert [json.loads(line)["rule"] for line in out.getvalue().splitlines()] == ["VC401"]


@pytest.mark.parametrize("option", ["-h", "--help"])
def test_help_is_the_commands_help_on_standard_output(option):
    code, out, err = run(option)
    assert (code, err) == (0, "")
    assert out.startswith("usage: vaguecheck [-h] [--version] COMMAND ...\n")  # not check's own help
    assert re.search(r"^ +rules +list the rules$", out, re.M)  # the commands, with their help


def test_check_has_its_own_help(tree):
    code, out, err = run("check", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("usage: vaguecheck check [-h]") and "--exit-zero" in out


def test_version():
    from vaguecheck import __version__

    assert run("--version") == (0, f"vaguecheck {__version__}\n", "")


def test_a_usage_error_is_said_on_standard_error(tree):
    code, out, err = run("vague.txt", "--format", "xml")
    assert (code, out) == (2, "")
    assert err.startswith("usage: vaguecheck check [-h]")
    assert err.endswith("\nvaguecheck: error: argument --format: invalid choice: 'xml' (choose from 'text', 'compact', "
                        "'concise', 'json', 'jsonl', 'sarif', 'github')\n")


def test_an_error_main_catches_is_one_line(tree):
    """A configuration file named by --config that cannot be read, a lexicon `rules` cannot load:
    exit 2 and the error on one line, nothing on standard output."""
    import errno

    code, out, err = run("vague.txt", "--config", "no-such.toml")
    assert (code, out) == (2, "")
    assert err == f"vaguecheck: no-such.toml: 設定ファイルを読めません / cannot read ({os.strerror(errno.ENOENT)})\n"
    code, out, err = run("rules", "--lexicon", "no-such.toml")
    assert (code, out) == (2, "")
    assert err.startswith("vaguecheck: ") and "no-such.toml" in err and err.count("\n") == 1 and err.endswith("\n")


# ---------------------------------------------------------------- what the check writes besides the exit code

def test_statistics_line_is_exact(tree):
    assert run("vague.txt", "--statistics")[2] == "2 件の指摘（1 ファイル） / 2 finding(s) in 1 file(s)\n"
    code, _, err = run("scan.txt", "vague.txt", "warn.txt", "--statistics", "--format", "json")
    assert code == 2
    assert err.splitlines()[-1] == ("3 件の指摘（2 ファイル） / 3 finding(s) in 2 file(s); "
                                    "1 件のファイルを読めませんでした / 1 file(s) could not be read")


def test_json_carries_encoding_and_outline(tree):
    (tree / "bom.txt").write_bytes("\ufeff".encode() + VAGUE.encode())
    code, out, _ = run("vague.txt", "bom.txt", "--format", "json")
    assert code == 1
    files = _json(out)
    assert [files[p]["encoding"] for p in ("vague.txt", "bom.txt")] == ["utf-8", "utf-8-sig"]
    assert files["vague.txt"]["outline"] == files["bom.txt"]["outline"] == ONE_SENTENCE


def test_sarif_lists_the_rules_of_the_lexicon_used(tree):
    (tree / "team.toml").write_text(TEAM, encoding="utf-8")
    (tree / "r.txt").write_text("デイでリハパンを交換しました。\n", encoding="utf-8")
    code, out, _ = run("r.txt", "--lexicon", "team.toml", "--format", "sarif")
    assert code == 1
    (run_,) = json.loads(out)["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [rules[r["ruleIndex"]]["id"] for r in run_["results"]] == ["TEAM01"]


def test_nothing_read_still_gives_one_document(tree):
    """No file could be read, so no checker was built: json and sarif are still written whole."""
    code, out, _ = run("nope.txt", "--format", "sarif")
    assert code == 2
    assert json.loads(out)["runs"][0]["results"] == []
    code, out, _ = run("nope.txt", "--format", "json")
    assert code == 2 and list(_json(out)) == ["nope.txt"]


def test_streamed_formats_write_each_file_before_the_next_is_read(tree):
    """text, jsonl …: a file's findings are out before the next file's error is said (one stream for both,
    as on a terminal); json is one document, written after every file has been read."""
    both = io.StringIO()
    assert main(["warn.txt", "scan.txt", "--format", "concise"], stdout=both, stderr=both) == 2
    assert both.getvalue().index("warn.txt:1:1: VC401") < both.getvalue().index("vaguecheck: scan.txt: ")
    both = io.StringIO()
    assert main(["warn.txt", "scan.txt", "--format", "json"], stdout=both, stderr=both) == 2
    assert both.getvalue().startswith("vaguecheck: scan.txt: ")


# ---------------------------------------------------------------- each file with its own settings

def _json(out: str) -> dict:
    return {f["path"]: f for f in json.loads(out)["files"]}


def test_the_first_file_is_written_too(tree):
    code, out, _ = run("vague.txt", "warn.txt")
    assert code == 1
    assert out.index("vague.txt:1:4: VC101") < out.index("warn.txt:1:1: VC401")


def test_standard_input_is_shown_by_the_name_given(tree):
    assert "-:1:4: VC101" in run("-", stdin=VAGUE.encode())[1]
    assert "memo.txt:1:4: VC101" in run("-", "--stdin-filename", "memo.txt", stdin=VAGUE.encode())[1]


def test_a_read_error_is_said_and_carried(tree):
    code, out, err = run("scan.txt", "--format", "json")
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith("vaguecheck: scan.txt: ") and err.endswith("\n")
    assert _json(out)["scan.txt"]["error"]["code"]


def test_each_files_configuration_is_its_own(tree):
    """select, encoding and errors come from the configuration nearest each file."""
    (tree / "time").mkdir()
    (tree / "time" / ".vaguecheck.toml").write_text('select = ["vague-time"]\n', encoding="utf-8")
    (tree / "time" / "a.txt").write_text(VAGUE, encoding="utf-8")
    (tree / "u16").mkdir()
    (tree / "u16" / ".vaguecheck.toml").write_text('encoding = "utf-16-le"\n', encoding="utf-8")
    (tree / "u16" / "a.txt").write_bytes(VAGUE.encode("utf-16-le"))
    (tree / "typo").mkdir()
    (tree / "typo" / ".vaguecheck.toml").write_text('select = ["VC999"]\n', encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tree / "typo" / name).write_text(VAGUE, encoding="utf-8")
    (tree / "bad").mkdir()
    (tree / "bad" / ".vaguecheck.toml").write_text("no-such-key = 1\n", encoding="utf-8")
    (tree / "bad" / "a.txt").write_text(VAGUE, encoding="utf-8")

    code, out, err = run("time/a.txt", "vague.txt", "u16/a.txt", "--format", "json")
    files = _json(out)
    assert code == 1
    assert [f["rule"] for f in files["time/a.txt"]["findings"]] == ["VC301"]
    assert [f["rule"] for f in files["vague.txt"]["findings"]] == ["VC301", "VC101"]
    assert [f["rule"] for f in files["u16/a.txt"]["findings"]] == ["VC301", "VC101"]

    code, out, err = run("typo/a.txt", "typo/b.txt", "bad/a.txt", "vague.txt", "--format", "json")
    files = _json(out)
    assert code == 2
    assert len(err.splitlines()) == 2 and "VC999" in err and "no-such-key" in err  # each said once
    assert files["typo/a.txt"]["error"]["code"] == files["typo/b.txt"]["error"]["code"] == "config"
    assert files["bad/a.txt"]["error"]["code"] == "config"
    assert files["vague.txt"]["findings"]


def test_a_stale_comment_is_written_in_its_place(tree):
    (tree / "s.txt").write_text("3日前から38.2℃の発熱があります。<!-- vaguecheck: ignore[VC301] -->\n" + VAGUE, encoding="utf-8")
    code, out, _ = run("s.txt")
    assert code == 1
    assert re.findall(r"^s\.txt:\d+:\d+: (VC\d+)", out, re.M) == ["VC900", "VC301", "VC101"]


def test_a_large_file_is_counted_and_followed_by_the_next(tree):
    (tree / "big-vague.txt").write_text(large(VAGUE), encoding="utf-8")
    code, out, err = run("big-vague.txt", "warn.txt", "--statistics", "--select", "VC1,VC3,VC4")
    assert code == 1
    assert f"big-vague.txt:{PIECE_CHARS + 1}:4: VC101" in out and "warn.txt:1:1: VC401" in out
    assert err == "3 件の指摘（2 ファイル） / 3 finding(s) in 2 file(s)\n"
    code, out, err = run("big-vague.txt", "good.txt", "--statistics", "--format", "jsonl")
    assert code == 1
    assert [json.loads(line)["rule"] for line in out.splitlines()] == ["VC301", "VC101"]
    assert err == "2 件の指摘（1 ファイル） / 2 finding(s) in 1 file(s)\n"


# ---------------------------------------------------------------- directories

def test_no_path_checks_the_current_directory(tree):
    code, out, _ = run()
    assert code == 2  # scan.txt in it is binary
    assert "vague.txt:1:4: VC101" in out and "warn.txt:1:1: VC401" in out


def test_a_directory_is_walked_with_include_and_exclude(tree):
    sub = tree / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text(VAGUE, encoding="utf-8")
    (sub / "b.rst").write_text(VAGUE, encoding="utf-8")
    (sub / "c.md").write_text(WARNING_ONLY, encoding="utf-8")
    code, out, err = run("sub", "--format", "json")
    assert (code, sorted(_json(out))) == (1, ["sub/a.txt", "sub/c.md"])
    assert sorted(_json(run("sub", "--include", "*.rst", "--format", "json")[1])) == ["sub/b.rst"]
    assert sorted(_json(run("sub", "--exclude", "a.txt", "--format", "json")[1])) == ["sub/c.md"]
    os.symlink("nowhere", sub / "broken.txt")  # an entry of the walk that cannot be read
    code, out, err = run("sub", "--format", "json")
    assert code == 2
    assert err == "vaguecheck: sub/broken.txt: ファイルが見つかりません。パスを確認してください。\n"
    files = _json(out)
    assert files["sub/broken.txt"]["error"] == {"code": "not-found", "message": "ファイルが見つかりません。パスを確認してください。"}
    assert files["sub/a.txt"]["findings"]
