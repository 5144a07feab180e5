"""The command line: exit codes, formats, configuration, suppression, encodings."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from vaguecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CLI_SCHEMA = json.loads(
    (Path(__import__("vaguecheck").__file__).parent / "schemas" / "cli-output.schema.json").read_text(encoding="utf-8")
)
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

VAGUE = "最近、元気がありません。\n"
CONCRETE = "3日前から日中の傾眠が強く、食事も半分以下です。\n"
INFO_ONLY = "特変なし。\n"  # VC103 is info


def run(*argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.BytesIO(stdin) if stdin is not None else None)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "vague.txt").write_text(VAGUE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(CONCRETE, encoding="utf-8")
    return tmp_path


# ---------------------------------------------------------------- exit codes

def test_exit_0_when_clean(tree):
    code, out, err = run("good.txt")
    assert (code, out, err) == (0, "", "")


def test_exit_1_on_findings(tree):
    code, out, _ = run("vague.txt")
    assert code == 1
    assert out.startswith("vague.txt: 指摘 ")  # the file's summary line comes first
    assert "vague.txt:1:1: VC301 [時期]" in out
    assert "vague.txt:1:4: VC101 [主観]" in out


def test_plain_and_check_subcommand_agree(tree):
    assert run("vague.txt") == run("check", "vague.txt")


def test_exit_zero_flag(tree):
    code, out, _ = run("vague.txt", "--exit-zero")
    assert code == 0 and "VC101" in out


@pytest.mark.parametrize(("fail_on", "expected"), [("info", 1), ("warning", 0), ("error", 0)])
def test_fail_on_threshold_with_info_finding(tree, fail_on, expected):
    (tree / "info.txt").write_text(INFO_ONLY, encoding="utf-8")
    code, out, _ = run("info.txt", "--fail-on", fail_on)
    assert "VC103" in out  # reported whatever the threshold
    assert code == expected


def test_default_fail_on_is_warning(tree):
    (tree / "info.txt").write_text(INFO_ONLY, encoding="utf-8")
    assert run("info.txt")[0] == 0
    assert run("vague.txt")[0] == 1


def test_fail_on_error_with_error_finding(tree):
    assert run("vague.txt", "--fail-on", "error")[0] == 1  # VC101 is an error


def test_exit_2_usage(tree):
    code, _, err = run("vague.txt", "--format", "xml")
    assert code == 2 and "invalid choice" in err


def test_exit_2_unknown_selector(tree):
    code, _, err = run("vague.txt", "--select", "VC999")
    assert code == 2 and "VC999" in err


def test_missing_file_is_exit_2_and_others_still_checked(tree):
    code, out, err = run("nope.txt", "vague.txt")
    assert code == 2
    assert "nope.txt" in err and "見つかりません" in err
    assert "vague.txt:1:4: VC101" in out


def test_version_and_help(capsys):
    assert main(["--version"]) == 0
    assert "vaguecheck" in capsys.readouterr().out
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "ignore[VC301]" in text and "exit codes" in text


# ---------------------------------------------------------------- inputs

def test_stdin(tree):
    code, out, _ = run("-", stdin=VAGUE.encode("utf-8"))
    assert code == 1 and out.splitlines()[1].startswith("-:1:1: VC301")
    code, out, _ = run("-", "--stdin-filename", "draft.txt", stdin=VAGUE.encode("utf-8"))
    assert out.startswith("draft.txt: 指摘") and "\ndraft.txt:1:1:" in out


def test_directory_recursion_include_exclude(tree):
    sub = tree / "reports" / "2026"
    sub.mkdir(parents=True)
    (sub / "a.md").write_text(VAGUE, encoding="utf-8")
    (sub / "b.csv").write_text(VAGUE, encoding="utf-8")
    (tree / "reports" / "drafts").mkdir()
    (tree / "reports" / "drafts" / "c.txt").write_text(VAGUE, encoding="utf-8")
    _, out, _ = run("reports")
    assert "reports/2026/a.md:1:4" in out and "c.txt" in out and "b.csv" not in out
    _, out, _ = run("reports", "--exclude", "drafts")
    assert "c.txt" not in out and "a.md" in out
    _, out, _ = run("reports", "--include", "*.csv")
    assert "b.csv" in out and "a.md" not in out


def test_default_path_is_current_directory(tree):
    code, out, _ = run()
    assert code == 1 and "vague.txt" in out and "good.txt" not in out


def test_text_output_has_questions_and_example(tree):
    _, out, _ = run("vague.txt")
    assert "    ? いつからですか？" in out
    # an observation brings its own example (発熱: ℃); a vague word with none to lean on shows
    # only its questions, never a rewrite of some other symptom
    (tree / "fever.txt").write_text("発熱があります。", encoding="utf-8")
    _, out, _ = run("fever.txt")
    assert "    例: " in out and "℃" in out.split("    例: ", 1)[1].splitlines()[0]
    # (元気 now lends its own questions and example: a topic since blind6's physician rating)
    (tree / "hedge.txt").write_text("お部屋が散らかっているようです。", encoding="utf-8")
    _, out, _ = run("hedge.txt")
    assert "    ? " in out and "    例: " not in out


def test_no_color_when_not_a_tty_and_with_no_color(tree, monkeypatch):
    _, out, _ = run("vague.txt")
    assert "\x1b[" not in out
    _, out, _ = run("vague.txt", "--color", "always")
    assert "\x1b[" in out
    monkeypatch.setenv("NO_COLOR", "1")

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out_tty = Tty()
    main(["vague.txt"], stdout=out_tty, stderr=io.StringIO())
    assert "\x1b[" not in out_tty.getvalue()
    monkeypatch.delenv("NO_COLOR")
    out_tty = Tty()
    main(["vague.txt"], stdout=out_tty, stderr=io.StringIO())
    assert "\x1b[" in out_tty.getvalue()


# ---------------------------------------------------------------- formats

def test_concise(tree):
    _, out, _ = run("vague.txt", "--format", "concise")
    lines = out.splitlines()
    assert lines[0].startswith("vague.txt:1:1: VC301 ")
    assert all(not line.startswith(" ") for line in lines)


def test_json_validates_and_carries_error_objects(tree):
    (tree / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    code, out, _ = run("vague.txt", "good.txt", "bin.txt", "--format", "json")
    doc = json.loads(out)
    jsonschema.validate(doc, CLI_SCHEMA)
    assert code == 2
    by_path = {f["path"]: f for f in doc["files"]}
    assert [f["rule"] for f in by_path["vague.txt"]["findings"]] == ["VC301", "VC101"]
    assert by_path["good.txt"]["findings"] == [] and len(by_path["good.txt"]["elements"]) == 2
    assert by_path["bin.txt"]["error"]["code"] == "binary"
    assert doc["summary"] == {"files": 3, "findings": 2, "errors": 1, "by_severity": {"warning": 1, "error": 1}}


def test_jsonl(tree):
    _, out, _ = run("vague.txt", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["path"], r["rule"], r["text"]) for r in rows] == [("vague.txt", "VC301", "最近"), ("vague.txt", "VC101", "元気がありません")]


def test_sarif_validates_against_2_1_0(tree):
    _, out, _ = run("vague.txt", "good.txt", "--format", "sarif")
    doc = json.loads(out)
    jsonschema.validate(doc, SARIF_SCHEMA)
    run_ = doc["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["helpUri"] for r in rules)
    results = run_["results"]
    assert [r["ruleId"] for r in results] == ["VC301", "VC101"]
    assert rules[results[1]["ruleIndex"]]["id"] == "VC101"
    region = results[1]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 4, 12)


def test_github_annotations(tree):
    (tree / "info.txt").write_text(INFO_ONLY, encoding="utf-8")
    _, out, _ = run("vague.txt", "info.txt", "--format", "github")
    lines = out.splitlines()
    assert lines[0].startswith("::warning file=vague.txt,line=1,col=1,endColumn=3,title=VC301 vague-time::")
    assert lines[1].startswith("::error file=vague.txt,line=1,col=4,")
    assert lines[2].startswith("::notice file=info.txt,")


# ---------------------------------------------------------------- selection and lexicons

def test_select_and_ignore_by_id_prefix_category(tree):
    assert "VC301" not in run("vague.txt", "--ignore", "VC301")[1]
    out = run("vague.txt", "--select", "vague-time")[1]
    assert "VC301" in out and "VC101" not in out
    out = run("vague.txt", "--select", "VC1")[1]
    assert "VC101" in out and "VC301" not in out
    out = run("vague.txt", "--select", "VC1,VC3", "--ignore", "subjective")[1]
    assert "VC301" in out and "VC101" not in out


TEAM = """
[[rules]]
id = "TEAM01"
name = "in-house-jargon"
category = "subjective"
severity = "warning"
summary = "In-house shorthand."
rationale = "Not shared by the hospital."
message = "「{text}」は事業所内の略語です。"
bad = ["デイでリハパンを交換しました。"]
good = ["デイサービスでリハビリパンツを交換しました。"]

[[entries]]
id = "rihapan"
rule = "TEAM01"
pattern = "リハパン"
bad = ["デイでリハパンを交換しました。"]
good = ["デイサービスでリハビリパンツを交換しました。"]
"""


def test_team_lexicon(tree):
    (tree / "team.toml").write_text(TEAM, encoding="utf-8")
    (tree / "r.txt").write_text("デイでリハパンを交換しました。\n", encoding="utf-8")
    code, out, _ = run("r.txt", "--lexicon", "team.toml")
    assert code == 1 and "r.txt:1:4: TEAM01 [主観] 「リハパン」は事業所内の略語です。" in out


def test_malformed_lexicon_is_exit_2_naming_file_entry_field(tree):
    (tree / "bad.toml").write_text(TEAM.replace('pattern = "リハパン"', 'pattern = "リハパン <NEGG>"'), encoding="utf-8")
    code, _, err = run("vague.txt", "--lexicon", "bad.toml")
    assert code == 2
    assert "bad.toml" in err and "entries[0] (id 'rihapan')" in err and "field 'pattern'" in err and "<NEGG>" in err


def test_team_lexicon_not_first(tree):
    """``not_first`` keeps a team's pattern off a match whose first token is one of its specs; a malformed
    spec is named by file, entry and field."""
    team = TEAM.replace('pattern = "リハパン"', 'pattern = "[名詞] パン"\nnot_first = ["リハ"]')
    team = team.replace('bad = ["デイでリハパンを交換しました。"]', 'bad = ["デイで紙パンを交換しました。"]')
    (tree / "team.toml").write_text(team, encoding="utf-8")
    (tree / "r.txt").write_text("デイでリハパンを交換しました。\n", encoding="utf-8")
    (tree / "k.txt").write_text("デイで紙パンを交換しました。\n", encoding="utf-8")
    assert run("r.txt", "--lexicon", "team.toml", "--select", "TEAM01")[0] == 0
    assert run("k.txt", "--lexicon", "team.toml", "--select", "TEAM01")[0] == 1
    (tree / "bad.toml").write_text(team.replace('not_first = ["リハ"]', 'not_first = ["リハ[名詞"]'), encoding="utf-8")
    code, _, err = run("r.txt", "--lexicon", "bad.toml")
    assert code == 2 and "bad.toml" in err and "field 'not_first'" in err


# ---------------------------------------------------------------- configuration

def test_pyproject_config_found_upward(tree):
    (tree / "pyproject.toml").write_text('[tool.vaguecheck]\nignore = ["VC301"]\n', encoding="utf-8")
    sub = tree / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "r.txt").write_text(VAGUE, encoding="utf-8")
    out = run("a/b/r.txt")[1]
    assert "VC101" in out and "VC301" not in out


def test_dot_vaguecheck_toml_nearest_wins_and_cli_overrides(tree):
    (tree / "pyproject.toml").write_text('[tool.vaguecheck]\nignore = ["VC301"]\n', encoding="utf-8")
    sub = tree / "team"
    sub.mkdir()
    (sub / ".vaguecheck.toml").write_text('ignore = ["VC101"]\nfail-on = "error"\n', encoding="utf-8")
    (sub / "r.txt").write_text(VAGUE, encoding="utf-8")
    code, out, _ = run("team/r.txt")
    assert "VC301" in out and "VC101" not in out
    assert code == 0  # fail-on = error and only a warning is left
    code, out, _ = run("team/r.txt", "--ignore", "VC301", "--fail-on", "warning")
    assert "VC101" in out and "VC301" not in out and code == 1  # the command line wins key by key


def test_config_lexicon_relative_to_config_file(tree):
    conf = tree / "conf"
    conf.mkdir()
    (conf / "team.toml").write_text(TEAM, encoding="utf-8")
    (tree / ".vaguecheck.toml").write_text('lexicons = ["conf/team.toml"]\n', encoding="utf-8")
    (tree / "r.txt").write_text("デイでリハパンを交換しました。\n", encoding="utf-8")
    assert "TEAM01" in run("r.txt")[1]


def test_unknown_config_key_is_exit_2(tree):
    (tree / ".vaguecheck.toml").write_text('ignroe = ["VC301"]\n', encoding="utf-8")
    code, _, err = run("vague.txt")
    assert code == 2 and ".vaguecheck.toml" in err and "ignroe" in err


def test_isolated_and_explicit_config(tree):
    (tree / ".vaguecheck.toml").write_text('ignore = ["VC301"]\n', encoding="utf-8")
    assert "VC301" in run("vague.txt", "--isolated")[1]
    (tree / "other.toml").write_text('select = ["VC301"]\n', encoding="utf-8")
    out = run("vague.txt", "--config", "other.toml")[1]
    assert "VC301" in out and "VC101" not in out


# ---------------------------------------------------------------- suppression

def findings_of(text: str, tree: Path, *extra: str) -> list[tuple[int, str]]:
    (tree / "s.md").write_text(text, encoding="utf-8")
    _, out, _ = run("s.md", "--format", "json", *extra)
    return [(f["line"], f["rule"]) for f in json.loads(out)["files"][0]["findings"]]


def test_ignore_on_the_same_line(tree):
    assert findings_of("最近、元気がありません。 <!-- vaguecheck: ignore[VC101] -->\n", tree) == [(1, "VC301")]


def test_ignore_on_the_line_before(tree):
    text = "<!-- vaguecheck: ignore[VC301,VC101] -->\n\n最近、元気がありません。\n最近、元気がありません。\n"
    assert findings_of(text, tree) == [(4, "VC301"), (4, "VC101")]


def test_ignore_without_codes_and_by_category(tree):
    assert findings_of("最近、元気がありません。<!-- vaguecheck: ignore -->\n", tree) == []
    assert findings_of("最近、元気がありません。<!-- vaguecheck: ignore[subjective] -->\n", tree) == [(1, "VC301")]


def test_disable_enable_range(tree):
    text = (
        "最近、元気がありません。\n<!-- vaguecheck: disable[VC301] -->\n最近、元気がありません。\n"
        "最近、元気がありません。\n<!-- vaguecheck: enable[VC301] -->\n最近、元気がありません。\n"
    )
    assert [r for r in findings_of(text, tree) if r[1] == "VC301"] == [(1, "VC301"), (6, "VC301")]


def test_file_level(tree):
    assert findings_of("<!-- vaguecheck: ignore-file[VC301] -->\n最近、元気がありません。\n最近は時々むせます。\n", tree) == [
        (2, "VC101"), (3, "VC401")]
    assert findings_of("<!-- vaguecheck: ignore-file -->\n最近、元気がありません。\n", tree) == []


def test_unused_unknown_and_malformed_suppressions_are_reported(tree):
    text = (
        "3日前から発熱があります。 <!-- vaguecheck: ignore[VC301] -->\n"
        "最近、元気がありません。 <!-- vaguecheck: ignore[VC301,VC777] -->\n"
        "<!-- vaguecheck: ingore[VC101] -->\n"
    )
    got = findings_of(text, tree)
    assert (1, "VC900") in got and (2, "VC900") in got and (3, "VC900") in got
    assert (2, "VC301") not in got
    assert findings_of(text, tree, "--ignore", "VC900").count((1, "VC900")) == 0


def test_vc900_rule_examples(tree):
    from vaguecheck.lexicon import load

    rule = load().rules["VC900"]
    for text in rule.bad:
        assert any(r == "VC900" for _, r in findings_of(text + "\n", tree)), text
    for text in rule.good:
        assert all(r != "VC900" for _, r in findings_of(text + "\n", tree)), text


def test_comment_words_are_not_checked(tree):
    # the comment's own text is blanked before checking
    assert findings_of("<!-- vaguecheck: ignore[VC301] --> 最近のメモ\n", tree) == []


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8", VAGUE.encode("utf-8"), "utf-8"),
        ("utf8-bom", b"\xef\xbb\xbf" + VAGUE.encode("utf-8"), "utf-8-sig"),
        ("utf16-bom", VAGUE.encode("utf-16"), "utf-16"),
        ("cp932", VAGUE.encode("cp932"), "cp932"),
        ("shift-jis-crlf", VAGUE.replace("\n", "\r\n").encode("shift_jis"), "cp932"),
        ("euc-jp", VAGUE.encode("euc_jp"), "euc-jp"),
    ],
)
def test_encodings_detected(tree, name, data, encoding):
    (tree / f"{name}.txt").write_bytes(data)
    code, out, _ = run(f"{name}.txt", "--format", "json")
    doc = json.loads(out)
    f = doc["files"][0]
    assert code == 1 and f["encoding"] == encoding
    assert [(x["line"], x["column"], x["rule"], x["text"]) for x in f["findings"]] == [
        (1, 1, "VC301", "最近"), (1, 4, "VC101", "元気がありません")]


def test_explicit_encoding_and_wrong_encoding(tree):
    (tree / "sj.txt").write_bytes(VAGUE.encode("cp932"))
    assert run("sj.txt", "--encoding", "cp932")[0] == 1
    code, _, err = run("sj.txt", "--encoding", "utf-8")
    assert code == 2 and "sj.txt" in err and "--encoding" in err
    code, _, err = run("sj.txt", "--encoding", "no-such-codec")
    assert code == 2 and "no-such-codec" in err


def test_binary_file_among_good_ones(tree):
    (tree / "scan.txt").write_bytes(bytes(range(256)) * 4)
    code, out, err = run("vague.txt", "scan.txt", "good.txt")
    assert code == 2
    assert "scan.txt" in err and "テキストファイルではない" in err
    assert "vague.txt:1:4: VC101" in out


def test_crlf_positions_equal_lf(tree):
    text = "報告です。\n最近、元気がありません。\n時々むせます。\n"
    (tree / "lf.txt").write_bytes(text.encode("utf-8"))
    (tree / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    lf = json.loads(run("lf.txt", "--format", "json")[1])["files"][0]["findings"]
    crlf = json.loads(run("crlf.txt", "--format", "json")[1])["files"][0]["findings"]
    assert [(f["line"], f["column"], f["rule"]) for f in lf] == [(f["line"], f["column"], f["rule"]) for f in crlf]
    assert lf[0]["line"] == 2


def test_files_are_never_written(tree):
    paths = [tree / "vague.txt", tree / "good.txt"]
    (tree / "sj.txt").write_bytes(VAGUE.encode("cp932"))
    paths.append(tree / "sj.txt")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    for fmt in ("text", "json", "sarif"):
        run(*map(str, paths), "--format", fmt)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before


# ---------------------------------------------------------------- rules and docs

def test_rules_and_rule_pages():
    code, out, _ = run("rules")
    assert code == 0 and out.splitlines()[0].startswith("VC101")
    code, out, _ = run("rule", "VC101")
    assert code == 0
    for heading in ("What it flags", "Why it matters to a physician", "Example", "Use instead"):
        assert heading in out
    code, _, err = run("rule", "VC000")
    assert code == 2 and "VC000" in err
    rows = json.loads(run("rules", "--format", "json")[1])
    assert {"id", "name", "category", "severity", "summary", "opt_in"} <= set(rows[0])
    assert [r["id"] for r in rows if r["opt_in"]] == ["VC302"]
    assert "(opt-in)" in next(line for line in run("rules")[1].splitlines() if line.startswith("VC302"))
    assert "opt-in" in run("rule", "VC302")[1]


def test_docs_rules_md_is_current():
    from vaguecheck.lexicon import load
    from vaguecheck.ruledocs import rules_markdown

    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == rules_markdown(load()), "docs/rules.md is stale: run python scripts/gen_rules_doc.py"


def test_eval_missing_gold_file_is_exit_2(tree):
    code, _, err = run("eval", "gold.jsonl")
    assert code == 2 and "gold.jsonl" in err


# ---------------------------------------------------------------- end to end

def test_python_dash_m_end_to_end(tree):
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "vaguecheck", "vague.txt", "good.txt"], capture_output=True, env=env, cwd=tree)
    assert proc.returncode == 1
    assert "vague.txt:1:4: VC101" in proc.stdout.decode("utf-8")
    proc = subprocess.run([sys.executable, "-m", "vaguecheck", "good.txt"], capture_output=True, env=env, cwd=tree)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", b"")


def test_the_console_command_writes_all_that_main_writes(tree):
    """cli.run ends the process without the interpreter's teardown (issue #13's cold start): every byte main writes, to
    a pipe, and its exit code still arrive, for a long output and for JSON."""
    env = {**os.environ, "NO_COLOR": "1"}
    (tree / "long.txt").write_text("最近、元気がありません。時々むせています。\n" * 400, encoding="utf-8")
    for args in (["long.txt"], ["long.txt", "--format", "json"]):
        proc = subprocess.run([sys.executable, "-m", "vaguecheck", *args], capture_output=True, env=env, cwd=tree)
        out, err = io.StringIO(), io.StringIO()
        cwd = os.getcwd()
        os.chdir(tree)
        try:
            code = main(args, stdout=out, stderr=err)
        finally:
            os.chdir(cwd)
        assert (proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")) == (code, out.getvalue(), err.getvalue())
        assert code == 1 and len(proc.stdout) > 50_000


def _pre_commit_repo(tmp_path, env_extra=None):
    """pre-commit (skip when absent), an empty git repository ``reports``, its environment, and a
    function that stages ``report.txt`` with the given text."""
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (it is in the test extra)")
    repo = tmp_path / "reports"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid", **(env_extra or {})}

    def stage(text: str) -> None:
        (repo / "report.txt").write_text(text, encoding="utf-8")
        subprocess.run(["git", "add", "."], cwd=repo, check=True, capture_output=True, env=env)

    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, capture_output=True, env=env)
    return pre_commit, repo, env, stage


@pytest.mark.slow
def test_pre_commit_try_repo(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("needs the vaguecheck git repository")
    pre_commit, repo, env, stage = _pre_commit_repo(tmp_path)
    # without --ref, try-repo uses the working tree as it is, uncommitted changes included
    cmd = [str(pre_commit), "try-repo", str(ROOT), "vaguecheck", "--files", "report.txt"]
    stage(VAGUE)
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "VC101" in proc.stdout
    stage(CONCRETE)
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_readme_local_pre_commit_hook(tmp_path):
    """The `repo: local` configuration in the README, as a user pastes it, fails a vague commit."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    config = next(block for block in readme.split("```yaml\n")[1:] if "repo: local" in block).split("```")[0]
    bindir = str(Path(sys.executable).parent)  # where vaguecheck is installed, as for a user who ran pip install
    pre_commit, repo, env, stage = _pre_commit_repo(tmp_path, {"PATH": bindir + os.pathsep + os.environ.get("PATH", "")})
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    cmd = [str(pre_commit), "run", "--files", "report.txt"]
    stage(VAGUE)
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert proc.returncode == 1 and "VC101" in proc.stdout, proc.stdout + proc.stderr
    stage(CONCRETE)
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# ---------------------------------------------------------------- never crash

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_REPORTISH = st.sampled_from([VAGUE, CONCRETE, INFO_ONLY, "<!-- vaguecheck: ignore[VC101] -->", "<!-- vaguecheck: ", "\r\n", "「", "３８．２℃"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.lists(_REPORTISH, max_size=8).map(lambda parts: "".join(parts).encode("utf-8")),
        st.lists(_REPORTISH, max_size=8).map(lambda parts: "".join(parts).encode("cp932", errors="replace")),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    ),
    fmt=st.sampled_from(["text", "compact", "json", "sarif", "github", "jsonl", "concise"]),
)
def test_any_file_gets_a_result_or_a_clear_error(tmp_path, data, fmt):
    target = tmp_path / "any.txt"
    target.write_bytes(data)
    code, out, err = run(str(target), "--format", fmt, "--isolated")
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    if code == 2:
        assert "any.txt" in err  # the error names the file
    if fmt in ("json", "sarif"):
        json.loads(out)
    assert target.read_bytes() == data  # never written
