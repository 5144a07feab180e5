"""Session 64: what physicians rating the issue #11 packets of blind150-258 called unhelpful.  A calm report whose writer
names it a report (【報告】, ご報告です, お知らせ) and that asks nothing has said what it is: that it asks nothing is a detail of
the text output.  Each with what must stay as it was."""

from __future__ import annotations

import pytest

from vaguecheck.checker import Checker

_CHECKER = Checker()
HEAD = "たるい内科 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
CALM_BODY = ("田中 ハナ様、12/10から12/12までショートステイを利用されます。\n"
             "同居の長女様が出張されるためです。\n"
             "施設は特別養護老人ホームさくら苑です。\n")


def _request(text: str):
    report = _CHECKER.check(text)
    found = [f for f in report.findings if f.rule == "VC702"]
    return report, found


# ---------------------------------------------------------------- a calm report named a report, asking nothing

@pytest.mark.parametrize("title", ["【報告】田中 ハナ様の近況について\n", "田中 ハナ様の近況をご報告いたします。\n",
                                   "【お知らせ】ショートステイ利用について\n", "定期報告（11月分）\n"])
def test_a_calm_report_named_a_report_asking_nothing_keeps_its_request_finding_as_a_detail(title: str) -> None:
    report, found = _request(title + HEAD + CALM_BODY)
    assert report.outline.request == "none"
    assert report.outline.purpose is not None
    assert found and all(f.secondary for f in found)


@pytest.mark.parametrize("title", [
    "【報告・相談】田中 ハナ様の近況について\n",  # an ask named beside the report
    "田中 ハナ様の近況のご報告とご相談です。\n",
    "【ご相談】田中 ハナ様の近況について\n",  # a consultation that asks nothing
])
def test_a_purpose_that_names_an_ask_keeps_its_request_finding_in_front(title: str) -> None:
    report, found = _request(title + HEAD + CALM_BODY)
    assert report.outline.request == "none"
    assert found and not any(f.secondary for f in found)


def test_a_report_with_a_red_flag_keeps_its_request_finding_in_front() -> None:
    body = "田中 ハナ様、本日朝から黒い便が2回出ています。ワーファリンを内服中です。\n"
    report, found = _request("【報告】田中 ハナ様の便について\n" + HEAD + body)
    assert report.outline.urgent
    assert found and not any(f.secondary for f in found)


def test_a_vague_ask_in_a_report_stays_in_front() -> None:
    """Only asking nothing is a detail: 何かあればご指示ください still asks vaguely (physicians called 41 of 88 such entries
    helpful, "stating what is wanted and by when helps")."""
    report, found = _request("【報告】田中 ハナ様の近況について\n" + HEAD + CALM_BODY + "何かあればご指示ください。\n")
    assert report.outline.request == "vague"
    assert found and not any(f.secondary for f in found)


@pytest.mark.parametrize("told", [
    "12/3のデイサービスで血圧128/74でした。\n",  # a vital sign told
    "12月に入ってから食欲が落ちており、食事を半分ほど残されています。\n",  # an observation told
    "12月に入ってから食事を半分ほど残されています。\n",  # an amount told (the session 62 review)
    "体重は45kgでした。\n",  # a weight
])
def test_a_report_that_tells_a_matter_keeps_its_request_finding_in_front(told: str) -> None:
    report, found = _request("【報告】田中 ハナ様の近況について\n" + HEAD + CALM_BODY + told)
    assert report.outline.request == "none"
    assert found and not any(f.secondary for f in found)


def test_the_clarity_of_a_report_named_a_report_still_counts_asking_nothing_in_full() -> None:
    """The detail is the text output's: the score weighs asking nothing as before (REPORT_WEIGHT["request-none"])."""
    from vaguecheck.clarity import features
    report, _ = _request("【報告】田中 ハナ様の近況について\n" + HEAD + CALM_BODY)
    assert "request-none" in features(report).failings
