"""Issue #11, item 5: elements keep both bounds (2、3日前から, 12月1日〜7日, NRSで6/10), and a
missing-* message names the observation in the writer's words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vaguecheck


def _element(text):
    (el,) = vaguecheck.check(text).elements
    return el


@given(st.integers(1, 8), st.sampled_from(["日前から", "回", "週間前"]))
def test_spoken_range_of_two_neighbouring_digits(n, unit):
    el = _element(f"{n}、{n + 1}{unit}")
    assert el.text == f"{n}、{n + 1}{unit}" and (el.value["amount"], el.value["max"]) == (n, n + 1)


@pytest.mark.parametrize("text", ["体温36.5、3日前から咳があります。", "血圧150、2日前から高めです。", "主食5割、3日前から"])
def test_a_comma_after_a_longer_number_is_not_a_range(text):
    assert all(el.value.get("max") is None for el in vaguecheck.check(text).elements)


@given(st.integers(1, 12), st.integers(1, 27), st.integers(1, 3))
def test_a_stretch_of_dates_keeps_its_last_day(month, day, extra):
    el = _element(f"{month}月{day}日〜{day + extra}日")
    assert (el.value["month"], el.value["day"]) == (month, day)
    assert el.value["until"] == {"month": month, "day": day + extra}


def test_a_stretch_over_a_month_end():
    assert _element("11月28日〜12月2日").value["until"] == {"month": 12, "day": 2}


@pytest.mark.parametrize(("text", "amount", "of"), [("NRSで6/10", 6, 10), ("NRS 3/10", 3, 10), ("フェイススケール2/5", 2, 5)])
def test_a_scale_written_as_a_fraction(text, amount, of):
    el = _element(text)
    assert el.text == text and (el.value["amount"], el.value["of"]) == (amount, of)


@pytest.mark.parametrize(("text", "named", "not_named"), [
    ("ふらつきがあります。", "「ふらつき」", "めまい"),
    ("めまいがします。", "「めまい」", "ふらつき"),
    ("床ずれがあります。", "「床ずれ」", "発赤"),
    ("うとうとしています。", "「うとうと」", "傾眠"),
    ("発熱があります。", "「発熱」", "微熱"),
])
def test_a_missing_message_names_only_what_was_written(text, named, not_named):
    messages = [f.message for f in vaguecheck.check(text).findings if f.missing]
    assert messages and all(named in m and not_named not in m for m in messages), messages
