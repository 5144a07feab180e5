"""Behaviour that depends on more than one sentence or phrase."""

from __future__ import annotations

import pytest

import vaguecheck


def findings(text: str) -> list[tuple[str, str]]:
    """Sentence-level findings; the report-level rules (tests/test_report.py) also read a text of
    three sentences as a report, which is not what these cases are about."""
    report = vaguecheck.check(text)
    return [(f.rule, f.text) for f in report.findings if f.category not in ("purpose", "request", "urgency")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "【相談】体重が減ってきているため、栄養補助食品についてご相談します。\n経過：体重は1か月で52kgから49.5kgに減りました。",
            [], id="conclusion-first-figures-later",
        ),
        pytest.param(
            "3日前から発熱があります。最高38.5℃です。", [], id="figures-in-the-next-sentence",
        ),
        pytest.param("BT38.2℃。\n発熱あり。", [("VC601", "発熱")], id="figures-in-the-sentence-before"),
        pytest.param(
            "転倒しました。\n自宅で転んでしまいました。", [("VC601", "転倒")], id="one-finding-per-observation-and-kind",
        ),
        pytest.param(
            "発熱があります。\n昨夜から体温は38.2℃です。\nむせ込みあり。",
            [("VC603", "むせ込み")], id="neighbour-with-its-own-observation-is-not-borrowed-from",
        ),
        pytest.param(
            "夜間は時々大声を出されることがあります。", [("VC401", "時々")], id="one-vague-phrase-one-finding",
        ),
        pytest.param(
            "食事を少し残し、水分も少ししか取れていません。",
            [("VC501", "少し"), ("VC501", "少し")], id="same-rule-far-apart-both-reported",
        ),
    ],
)
def test_document_level(text, expected):
    assert findings(text) == expected


def test_team_message_with_other_braces_is_kept_as_written(tmp_path):
    lex = tmp_path / "team.toml"
    lex.write_text(
        '[[entries]]\nid = "brace"\nrule = "VC101"\nmessage = "「{text}」は{いつ}から？ {0} {"\n'
        'pattern = "しんどい"\nbad = ["しんどいです。"]\ngood = ["元気です。"]\n',
        encoding="utf-8",
    )
    (finding,) = vaguecheck.check("しんどいです。", lexicons=[lex]).findings
    assert finding.message == "「しんどい」は{いつ}から？ {0} {"


def test_checker_pipe_equals_check():
    checker = vaguecheck.Checker()
    texts = ["最近、元気がありません。", "", "3日前から38.2℃の発熱があります。\r\n時々むせます。"] * 3
    assert list(checker.pipe(texts, batch_size=2)) == [checker.check(t) for t in texts]
