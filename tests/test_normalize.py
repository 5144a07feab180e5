"""_normalize: the matching copy of a text and its exact map back (issue #14).

Each row states what one character (or a half-width kana plus its voicing mark) becomes,
at the edges of every range the module folds, and the characters just outside those ranges
that it must leave alone.  The map is checked position by position.
"""

from __future__ import annotations

import pytest

from vaguecheck._normalize import line_column, line_starts, normalize

#: (text, its matching form); every text here has the same length as its form
SAME_LENGTH = [
    pytest.param("！", "!", id="first-fullwidth-ascii"),
    pytest.param("～", "~", id="last-fullwidth-ascii"),
    pytest.param("｟", "｟", id="after-fullwidth-ascii"),
    pytest.param("\uff00", "\uff00", id="before-fullwidth-ascii"),
    pytest.param("３８．２", "38.2", id="fullwidth-digits"),
    pytest.param("\u3000", " ", id="ideographic-space"),
    pytest.param("、\u3000", "、 ", id="ideographic-comma-untouched"),
    pytest.param("｡", "。", id="first-halfwidth-punctuation"),
    pytest.param("ﾟ", "\u309a", id="last-halfwidth-kana"),
    pytest.param("\uffa0！", "\uffa0!", id="after-halfwidth-kana"),
    pytest.param("ｶ", "カ", id="halfwidth-ka"),
    pytest.param("ﾝﾞ", "ン\u3099", id="n-with-mark-has-no-composed-form"),
    pytest.param("ｱﾞ", "ア\u3099", id="a-with-mark-stays-two"),
    pytest.param("かﾞ", "か\u3099", id="fullwidth-kana-and-halfwidth-mark-not-joined"),
    pytest.param("ｶ\u3099", "カ\u3099", id="combining-mark-not-joined"),
    pytest.param("\ud800", "\ufffd", id="lone-high-surrogate"),
    pytest.param("\udfff", "\ufffd", id="lone-low-surrogate"),
    pytest.param("\ue000！", "\ue000!", id="private-use-untouched"),
    pytest.param("\x00", " ", id="nul"),
    pytest.param("\x01\x1f", "  ", id="controls"),
    pytest.param("\x1b", " ", id="escape"),
    pytest.param("a\tb\nc\r！", "a\tb\nc\r!", id="tab-and-line-ends-kept"),
    pytest.param("\x7f！", "\x7f!", id="delete-untouched"),
    pytest.param("℃①！", "℃①!", id="no-nfkc"),
]


@pytest.mark.parametrize(("text", "norm"), SAME_LENGTH)
def test_one_character_for_one(text, norm):
    nt = normalize(text)
    assert nt.original == text
    assert nt.norm == norm
    assert nt.index is None  # same length: no map needed, offsets are shared
    assert nt.span(0, len(norm)) == (0, len(text))


def test_text_without_anything_to_fold_is_returned_as_is():
    text = "最近、元気がありません。"
    nt = normalize(text)
    assert (nt.norm, nt.index) == (text, None)


#: (text, matching form, index): index[i] is the original offset of norm[i], plus len(text) at the end
JOINED = [
    pytest.param("ｶﾞ", "ガ", (0, 2), id="ga"),
    pytest.param("ﾊﾟ", "パ", (0, 2), id="pa"),
    pytest.param("ｦﾞ", "ヺ", (0, 2), id="first-kana-wo"),
    pytest.param("ｳﾞ", "ヴ", (0, 2), id="vu"),
    pytest.param("ﾃﾞｲｻｰﾋﾞｽ", "デイサービス", (0, 2, 3, 4, 5, 7, 8), id="day-service"),
    pytest.param("xｶﾞyﾊﾟz", "xガyパz", (0, 1, 3, 4, 6, 7), id="between-ascii"),
    pytest.param("ｶﾞ３", "ガ3", (0, 2, 3), id="then-fullwidth-digit"),
    pytest.param("ｶﾞﾞ", "ガ\u3099", (0, 2, 3), id="extra-mark-folds-alone"),
    pytest.param("ｶ", "カ", None, id="kana-at-end-without-mark"),
]


@pytest.mark.parametrize(("text", "norm", "index"), JOINED)
def test_voicing_mark_joined_and_map(text, norm, index):
    nt = normalize(text)
    assert nt.norm == norm
    assert nt.index == index


def test_span_maps_back_through_joined_kana():
    text = "ﾃﾞｲｻｰﾋﾞｽで転倒"
    nt = normalize(text)
    s = nt.norm.index("転倒")
    assert nt.span(s, s + 2) == (text.index("転倒"), text.index("転倒") + 2)
    assert nt.span(0, 1) == (0, 2)  # デ is ﾃﾞ
    b = nt.norm.index("ビ")
    assert nt.span(b, b + 1) == (text.index("ﾋﾞ"), text.index("ﾋﾞ") + 2)


@pytest.mark.parametrize(("text", "norm", "index"), [
    pytest.param("たま〜に", "たまに", (0, 1, 3, 4), id="wave-dash"),
    pytest.param("ちょ～っと", "ちょっと", (0, 1, 3, 4, 5), id="fullwidth-tilde"),
    pytest.param("10〜12時", "10〜12時", None, id="between-digits-kept"),
    pytest.param("あ〜", "あ〜", None, id="at-the-end-kept"),
])
def test_wave_dash_inside_a_word_is_dropped(text, norm, index):
    nt = normalize(text)
    assert nt.norm == norm
    assert nt.index == index


def test_a_drawn_out_word_is_flagged_with_its_dash(checker):
    """Chat draws words out (たま〜に, ちょ〜っと): the word is read without the dash, its finding covers it."""
    text = "たま〜に胸が苦しいって言ってます"
    got = [(f.rule, text[f.start:f.end]) for f in checker.check(text).findings]
    assert ("VC401", "たま〜に") in got, got


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        pytest.param("", [0], id="empty"),
        pytest.param("ab", [0], id="one-line"),
        pytest.param("a\nb", [0, 2], id="lf"),
        pytest.param("a\r\nb", [0, 3], id="crlf"),
        pytest.param("a\rb", [0, 2], id="cr"),
        pytest.param("a\r\n\r\nb\rc\nd", [0, 3, 5, 7, 9], id="mixed"),
        pytest.param("a\r", [0, 2], id="trailing-cr"),
        pytest.param("\r\n", [0, 2], id="only-crlf"),
        pytest.param("\n\r", [0, 1, 2], id="lf-then-cr-are-two"),
    ],
)
def test_line_starts(text, starts):
    assert line_starts(text) == starts


def test_line_column():
    text = "ab\r\ncd\ref"
    starts = line_starts(text)
    assert [line_column(starts, k) for k in range(len(text) + 1)] == [
        (1, 1), (1, 2), (1, 3), (1, 4),  # a b \r \n
        (2, 1), (2, 2), (2, 3),  # c d \r
        (3, 1), (3, 2), (3, 3),  # e f, end
    ]


def test_every_character_folds_to_exactly_one():
    """The map is one-to-one outside joined kana: no folded range may yield 0 or 2 characters
    (NFKC of a half-width form is one character in every Unicode version Python ships)."""
    from vaguecheck._normalize import _fold_char

    for code in [*range(0x00, 0x80), *range(0x3000, 0x3001), *range(0xD800, 0xE000), *range(0xFF00, 0xFFF0)]:
        assert len(_fold_char(chr(code))) == 1, hex(code)
