"""Inline suppression comments (docs/cli.md), rule by rule (issue #14).

Through ``cli.main`` with JSON output, so each case reads exactly which findings are left and
on which line; plus the blanking that keeps offsets those of the file.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from vaguecheck import _suppress
from vaguecheck.cli import main

LINE = "最近、元気がありません。"  # VC301 (vague-time) at column 1, VC101 (subjective) at column 4
CLEAN = "3日前から38.2℃の発熱があります。"  # nothing to suppress
#: the rules these tests are about (report-level rules would add findings of their own to a long text)
RULES = ("--select", "VC1,VC3,VC900")


def findings(tmp_path: Path, text: str, *extra: str) -> list[tuple[int, str]]:
    path = tmp_path / "s.md"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    main([str(path), "--format", "json", "--isolated", *RULES, *extra], stdout=out, stderr=io.StringIO())
    return [(f["line"], f["rule"]) for f in json.loads(out.getvalue())["files"][0]["findings"]]


def vc900(tmp_path: Path, text: str) -> list[tuple[int, int, str]]:
    path = tmp_path / "s.md"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    main([str(path), "--format", "json", "--isolated", *RULES], stdout=out, stderr=io.StringIO())
    return [(f["line"], f["column"], f["message"]) for f in json.loads(out.getvalue())["files"][0]["findings"] if f["rule"] == "VC900"]


BOTH = [(1, "VC301"), (1, "VC101")]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        pytest.param(f"{LINE}\n", BOTH, id="no-comment"),
        pytest.param(f"{LINE} <!-- vaguecheck: ignore[VC101] -->\n", [(1, "VC301")], id="same-line"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[VC301, VC101] -->\n", [], id="codes-with-spaces"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[ VC301 ,VC101 ] -->\n", [], id="codes-padded"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[VC301,,VC101,] -->\n", [], id="empty-codes-skipped"),
        pytest.param(f"{LINE}<!-- VaGueCheck: IGNORE[VC101] -->\n", [(1, "VC301")], id="case-insensitive"),
        pytest.param(f"{LINE}<!--vaguecheck:ignore[VC101]-->\n", [(1, "VC301")], id="no-spaces"),
        pytest.param(f"{LINE}<!--  vaguecheck  :  ignore  [VC101]  -->\n", [(1, "VC301")], id="many-spaces"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore -->\n", [], id="no-codes-is-all"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[ALL] -->\n", [], id="ALL"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[VC1] -->\n", [(1, "VC301")], id="prefix"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[subjective] -->\n", [(1, "VC301")], id="category"),
        pytest.param(f"<!-- vaguecheck: ignore[VC301] -->\n{LINE}\n{LINE}\n", [(2, "VC101"), (3, "VC301"), (3, "VC101")],
                     id="line-before-covers-the-next-line-only"),
        pytest.param(f"<!-- vaguecheck: ignore[VC301] -->\n\n  \n{LINE}\n", [(4, "VC101")], id="skips-blank-lines"),
        pytest.param(f"<!-- vaguecheck: ignore[VC301] -->\r\n\r\n{LINE}\r\n", [(3, "VC101")], id="crlf"),
        pytest.param(f"{LINE}\n<!-- vaguecheck: ignore[VC301] -->\n", [*BOTH, (2, "VC900")], id="not-the-line-above"),
        pytest.param(f"<!-- vaguecheck: ignore-file[VC301] -->\n{LINE}\n{LINE}\n", [(2, "VC101"), (3, "VC101")], id="file"),
        pytest.param(f"{LINE}\n{LINE}\n<!-- vaguecheck: ignore-file[VC301] -->\n", [(1, "VC101"), (2, "VC101")],
                     id="file-from-the-end"),
        pytest.param(f"{LINE}\n<!-- vaguecheck: disable[VC301] -->\n{LINE}\n<!-- vaguecheck: enable[VC301] -->\n{LINE}\n",
                     [(1, "VC301"), (1, "VC101"), (3, "VC101"), (5, "VC301"), (5, "VC101")], id="disable-enable"),
        pytest.param(f"<!-- vaguecheck: disable -->\n{LINE}\n<!-- vaguecheck: enable -->\n{LINE}\n",
                     [(4, "VC301"), (4, "VC101")], id="disable-enable-all"),
        pytest.param(f"<!-- vaguecheck: disable[vague-time] -->\n{LINE}\n{LINE}\n", [(2, "VC101"), (3, "VC101")],
                     id="disable-to-the-end"),
        pytest.param(f"<!-- vaguecheck: disable[VC301] -->\n<!-- vaguecheck: enable[VC101] -->\n{LINE}\n", [(3, "VC101")],
                     id="enable-of-another-rule-does-not-end-it"),
        pytest.param(f"<!-- vaguecheck: disable[VC301] -->\n{LINE}\n<!-- vaguecheck: enable -->\n{LINE}\n",
                     [(2, "VC101"), (4, "VC301"), (4, "VC101")], id="enable-all-ends-it"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[VC999] -->\n", [(1, "VC301"), (1, "VC900"), (1, "VC101")],
                     id="unknown-code-reported"),
    ],
)
def test_what_is_left(tmp_path, text, left):
    assert sorted(findings(tmp_path, text)) == sorted(left)


def test_findings_keep_their_columns(tmp_path):
    """The comment is blanked to spaces of the same length: a finding after it keeps its column."""
    path = tmp_path / "s.md"
    path.write_text(f"<!-- vaguecheck: ignore[VC101] -->{LINE}\n", encoding="utf-8")
    out = io.StringIO()
    main([str(path), "--format", "json", "--isolated"], stdout=out, stderr=io.StringIO())
    (f,) = json.loads(out.getvalue())["files"][0]["findings"]
    assert (f["rule"], f["line"], f["column"], f["text"]) == ("VC301", 1, 35, "最近")


def test_parse_blanks_comments_to_the_same_length():
    text = f"a<!-- vaguecheck: ignore[VC101] -->b\r\n<!-- vaguecheck: ignore -->\n{LINE}"
    sup = _suppress.parse(text)
    assert len(sup.blanked) == len(text)
    assert sup.blanked == "a" + " " * 34 + "b\r\n" + " " * 27 + "\n" + LINE
    assert [(d.kind, d.codes, d.line, d.column) for d in sup.directives] == [("ignore", ("VC101",), 1, 2), ("ignore", (), 2, 1)]


def test_parse_codes_and_kinds():
    sup = _suppress.parse("<!-- VAGUECHECK: Ignore-File[ VC101 , vague-time,] -->")
    assert [(d.kind, d.codes) for d in sup.directives] == [("ignore-file", ("VC101", "vague-time"))]


def test_unused_suppressions_are_reported_once_each(tmp_path):
    text = (
        f"{CLEAN} <!-- vaguecheck: ignore[VC301] -->\n"  # line 1: nothing to suppress
        f"{LINE} <!-- vaguecheck: ignore[VC301,VC777] -->\n"  # line 2: VC777 does not exist
        "<!-- vaguecheck: ingore[VC101] -->\n"  # line 3: cannot be read
        f"{LINE} <!-- vaguecheck: ignore -->\n"  # line 4: used
        "<!-- vaguecheck: enable[VC301] -->\n"  # line 5: enable is never reported
    )
    got = vc900(tmp_path, text)
    assert [(line, col) for line, col, _ in got] == [(1, len(CLEAN) + 2), (2, 14), (3, 1)]
    assert "VC301 は何も抑制していません" in got[0][2]
    assert "VC777" in got[1][2] and "ありません" in got[1][2]
    assert "読めません" in got[2][2]


def test_a_code_of_a_rule_not_selected_is_not_unused(tmp_path):
    """ignore[VC302] (an opt-in rule) under a selection without it suppresses nothing, but could not have: no VC900."""
    text = "最近、咳が1日3回出ています。 <!-- vaguecheck: ignore[VC302] -->\n"
    path = tmp_path / "s.md"
    path.write_text(text, encoding="utf-8")
    for select, reported in (("VC1,VC301,VC900", False), ("VC1,VC3,VC900", True)):
        out = io.StringIO()
        main([str(path), "--format", "json", "--isolated", "--select", select], stdout=out, stderr=io.StringIO())
        got = [f["message"] for f in json.loads(out.getvalue())["files"][0]["findings"] if f["rule"] == "VC900"]
        assert bool(got) is reported, (select, got)


def test_unused_directive_without_codes(tmp_path):
    got = vc900(tmp_path, f"{CLEAN}<!-- vaguecheck: ignore -->\n")
    assert [(line, col) for line, col, _ in got] == [(1, len(CLEAN) + 1)]
    assert "何も抑制していません" in got[0][2]


def test_a_used_code_is_not_reported(tmp_path):
    assert vc900(tmp_path, f"{LINE}<!-- vaguecheck: ignore[VC301,VC101] -->\n") == []
    assert vc900(tmp_path, f"<!-- vaguecheck: ignore-file[subjective] -->\n{LINE}\n") == []
    assert vc900(tmp_path, f"<!-- vaguecheck: disable[VC3] -->\n{LINE}\n") == []


def test_ignore_vc900_turns_the_report_off(tmp_path):
    text = f"{CLEAN}<!-- vaguecheck: ignore[VC301] -->\n"
    assert findings(tmp_path, text) == [(1, "VC900")]
    assert findings(tmp_path, text, "--ignore", "VC900") == []


def test_comment_words_are_not_checked(tmp_path):
    assert findings(tmp_path, "<!-- vaguecheck: ignore[VC301] --> 最近のメモ\n") == []


# ---------------------------------------------------------------- edges of the comment scanner

@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a comment never closes on a later line: the opener's line ends it, malformed (VC900)
        pytest.param(f"<!-- vaguecheck: ignore[VC101]\n{LINE} -->\n{LINE}\n",
                     [(1, "VC900"), (2, "VC301"), (2, "VC101"), (3, "VC301"), (3, "VC101")], id="unclosed-lf"),
        pytest.param(f"<!-- vaguecheck: ignore[VC101]\r{LINE} -->\r{LINE}\r",
                     [(1, "VC900"), (2, "VC301"), (2, "VC101"), (3, "VC301"), (3, "VC101")], id="unclosed-cr"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[VC101]\n", [(1, "VC301"), (1, "VC900"), (1, "VC101")], id="never-closed"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[VC101]", [(1, "VC301"), (1, "VC900"), (1, "VC101")],
                     id="never-closed-at-the-end"),
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[VC101] ->\n", [(1, "VC301"), (1, "VC900"), (1, "VC101")], id="almost-closed"),
        # an opener inside a comment is part of it; the next line's directive still counts
        pytest.param(f"<!-- vaguecheck: ignore <!-- vaguecheck -->\n{LINE}<!-- vaguecheck: ignore[VC101] -->\n",
                     [(1, "VC900"), (2, "VC301")], id="opener-inside-a-comment"),
        # the line after a comment-only line, when it is the last line (no line break at the end)
        pytest.param(f"<!-- vaguecheck: ignore[VC301] -->\n\n{LINE}", [(3, "VC101")], id="last-line-without-line-break"),
        pytest.param(f"{LINE}\n<!-- vaguecheck: ignore[VC301] -->", [*BOTH, (2, "VC900")], id="comment-on-the-last-line"),
        # a one-letter prefix is a prefix like any other
        pytest.param(f"{LINE}<!-- vaguecheck: ignore[V] -->\n", [], id="prefix-V"),
    ],
)
def test_scanner_edges(tmp_path, text, left):
    assert sorted(findings(tmp_path, text)) == sorted(left)


def test_the_first_of_two_covering_directives_is_the_one_used(tmp_path):
    text = f"<!-- vaguecheck: ignore-file[VC301] -->\n<!-- vaguecheck: ignore-file[vague-time] -->\n{LINE}\n"
    assert [(line, col) for line, col, _ in vc900(tmp_path, text)] == [(2, 1)]
    first = "<!-- vaguecheck: ignore[VC301] -->"
    text = f"{LINE}{first}<!-- vaguecheck: ignore[vague-time] -->\n"
    assert [(line, col) for line, col, _ in vc900(tmp_path, text)] == [(1, len(LINE) + len(first) + 1)]


def test_every_unused_directive_is_reported(tmp_path):
    text = (
        "<!-- vaguecheck: enable[VC301] -->\n"  # enable: never reported, and the others still are
        f"{CLEAN}<!-- vaguecheck: ignore -->\n"
        f"{CLEAN}<!-- vaguecheck: ignore[VC301] -->\n"
    )
    got = vc900(tmp_path, text)
    assert [(line, msg) for line, _, msg in got] == [
        (2, "この抑制コメントは何も抑制していません。不要なら削除してください。"),
        (3, "抑制コメントの VC301 は何も抑制していません。不要なら削除してください。"),
    ]


def test_apply_takes_findings_in_any_order():
    import vaguecheck

    text = f"{LINE}\n<!-- vaguecheck: disable[VC301] -->\n{LINE}\n<!-- vaguecheck: enable[VC301] -->\n{LINE}\n"
    sup = _suppress.parse(text)
    found = list(vaguecheck.check(sup.blanked, select=["VC1", "VC3"]).findings)
    in_order = [(f.line, f.rule) for f in _suppress.apply(found, _suppress.parse(text))]
    reverse = [(f.line, f.rule) for f in _suppress.apply(found[::-1], _suppress.parse(text))]
    assert sorted(in_order) == sorted(reverse) == [(1, "VC101"), (1, "VC301"), (3, "VC101"), (5, "VC101"), (5, "VC301")]


def test_a_stale_comment_is_reported_on_exactly_its_own_text(tmp_path):
    comment = "<!-- vaguecheck: ignore[VC301] -->"
    path = tmp_path / "s.md"
    path.write_text(f"{CLEAN}{comment} 以上です。\n", encoding="utf-8")
    out = io.StringIO()
    main([str(path), "--format", "json", "--isolated", *RULES], stdout=out, stderr=io.StringIO())
    (f,) = json.loads(out.getvalue())["files"][0]["findings"]
    assert (f["rule"], f["start"], f["end"], f["text"]) == ("VC900", len(CLEAN), len(CLEAN) + len(comment), comment)


def test_a_comment_left_open_at_the_end_is_blanked_to_the_end_only():
    text = f"{LINE}<!-- vaguecheck: ignore[VC101]"
    sup = _suppress.parse(text)
    assert sup.blanked == LINE + " " * (len(text) - len(LINE))
    assert [(start, end) for start, end, *_ in sup.malformed] == [(len(LINE), len(text))]
