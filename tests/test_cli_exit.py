"""Exit codes of the command line, path by path (issue #14): 0 clean, 1 findings at or above
--fail-on, 2 usage, configuration or input error, and which of them wins when several apply.

In-process through ``cli.main`` so each case costs milliseconds; tests/test_cli.py covers output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_cli import run  # the in-process runner the CLI output tests use

VAGUE = "最近、元気がありません。\n"  # VC301 warning, VC101 error
CONCRETE = "3日前から日中の傾眠が強く、食事も半分以下です。\n"
INFO_ONLY = "特変なし。\n"  # VC103 info
WARNING_ONLY = "時々むせています。\n"  # VC401 warning
BINARY = bytes(range(256)) * 4


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
    import json

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
    """Over 100,000 characters a file is checked and written piece by piece."""
    (tree / "big-info.txt").write_text(INFO_ONLY * 17_000, encoding="utf-8")  # 102,000 characters
    (tree / "big-vague.txt").write_text(CONCRETE * 3_800 + VAGUE, encoding="utf-8")
    assert run("big-info.txt")[0] == 0
    assert run("big-info.txt", "--fail-on", "info")[0] == 1
    assert run("big-vague.txt")[0] == 1


def test_a_reader_that_leaves_early_is_exit_1_without_a_traceback(tree):
    """`vaguecheck ... | head`: the output pipe closes while findings are still being written."""
    import os
    import subprocess
    import sys

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


# ---------------------------------------------------------------- each file with its own settings

def _json(out: str) -> dict:
    import json

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
    import re

    assert re.findall(r"^s\.txt:\d+:\d+: (VC\d+)", out, re.M) == ["VC900", "VC301", "VC101"]


def test_a_large_file_is_counted_and_followed_by_the_next(tree):
    (tree / "big-vague.txt").write_text(CONCRETE * 3_800 + VAGUE, encoding="utf-8")
    code, out, err = run("big-vague.txt", "warn.txt", "--statistics", "--select", "VC1,VC3,VC4")
    assert code == 1
    assert "warn.txt:1:1: VC401" in out
    assert err.startswith("3 件の指摘（2 ファイル）")


# ---------------------------------------------------------------- directories

def test_no_path_checks_the_current_directory(tree):
    code, out, _ = run()
    assert code == 2  # scan.txt in it is binary
    assert "vague.txt:1:4: VC101" in out and "warn.txt:1:1: VC401" in out


def test_a_directory_is_walked_with_include_and_exclude(tree):
    import os

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
