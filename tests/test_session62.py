"""Session 62: the report-level entries physicians rating the issue #11 packets of blind180-239 called unhelpful.  The
matter a purpose's or a request's example names is not taken from a detail set aside nor from a blank status line
(朝ごはんもいつも通り食べられたそうです is no report about the meal); a calm report its writer marks as information
(一応ご報告まで) with only a vague ask is offered a 報告, not a 相談; a calm message whose first lines say it is a report
(【報告】, お知らせです) and that asks nothing has said what it is for, so its VC702 is a detail.  Each with what must stay."""

from __future__ import annotations

import pytest

from vaguecheck.checker import Checker

_CHECKER = Checker()


def _entries(text: str, rule: str) -> list:
    return [f for f in _CHECKER.check(text).findings if f.rule == rule]


def _example(text: str, rule: str) -> str:
    found = _entries(text, rule)
    assert found, rule
    return found[0].suggestion.example


# ---------------------------------------------------------------- the matter an example names

FEVER_SETTLED = ("お世話になります。\n宮本 花子さん、昨日夕方37.9℃あった熱ですが、今朝は36.6℃でした。\n"
                 "昨日クリニックにお電話して、様子見でよいと言われた件です。\n朝ごはんもいつも通り食べられたそうです。\n"
                 "訪問看護さんが明日も様子を見に行ってくれます。")


def test_a_blank_status_line_about_eating_names_no_matter() -> None:
    example = _example(FEVER_SETTLED, "VC701")
    assert "食事" not in example
    assert example.startswith("宮本 花子様の")


def test_eating_told_as_a_problem_still_names_the_meal() -> None:
    text = ("お疲れさまです。\n宮本 花子さん、最近ご飯をあまり食べていないみたいです。\n娘さんも心配されています。\n"
            "デイは続けて通っています。")
    assert "食事" in _example(text, "VC701")


def test_a_guess_in_front_still_names_its_observation() -> None:
    text = ("お疲れさまです。\n宮本さん、夜中に何回もトイレに起きてるみたいです。\n娘さんも寝不足のようです。\n"
            "デイは続けて通っています。\nどうしたらいいでしょうか。")
    example = _example(text, "VC701")
    assert "体調" not in example and "食事" not in example


# ---------------------------------------------------------------- a report, not a consultation

INFORMED = ("お世話になります。ケアマネの山田です。\n宮本さん、12/3に37.8℃の発熱がありましたが、12/4には36.5℃に下がりました。\n"
            "咳や痰はありません。食欲は少し落ちています。\n一応ご報告までです。\n何かあればよろしくお願いします。")


def test_a_vague_ask_in_a_report_marked_as_information_is_offered_a_report() -> None:
    found = _entries(INFORMED, "VC701")
    assert found and "ご報告です" in found[0].suggestion.example


def test_a_question_beside_that_mark_is_still_offered_a_consultation() -> None:
    text = INFORMED.replace("何かあればよろしくお願いします。", "今後どうしたらよいでしょうか。")
    assert _CHECKER.check(text).outline.request == "vague"
    assert "ご相談です" in _example(text, "VC701")


# ---------------------------------------------------------------- a message that says it is a report

REPORTED = ("【報告】宮本 花子様 発熱のその後\nたるい内科 佐藤先生\nいつもお世話になっております。ケアマネの山田です。\n"
            "12月3日に37.8℃の発熱がありましたが、12月4日からは36℃台です。\nデイサービスは12月6日から再開しました。\n"
            "食事は毎食8割召し上がっています。")


def test_a_calm_report_titled_as_a_report_that_asks_nothing_needs_no_ask_in_front() -> None:
    found = _entries(REPORTED, "VC702")
    assert found and all(f.secondary for f in found)
    assert _CHECKER.check(REPORTED).outline.request == "none"  # (the outline still says what the report asks)


@pytest.mark.parametrize("title", ["【相談】宮本 花子様 発熱のその後", "【ご報告とご相談】宮本 花子様 発熱のその後",
                                   "【報告】宮本 花子様 受診の要否について"])
def test_a_purpose_that_asks_keeps_the_missing_ask_in_front(title: str) -> None:
    found = _entries(REPORTED.replace("【報告】宮本 花子様 発熱のその後", title), "VC702")
    assert found and not all(f.secondary for f in found)


def test_a_report_that_leaves_an_observation_without_its_figures_keeps_the_ask_in_front() -> None:
    text = REPORTED.replace("食事は毎食8割召し上がっています。", "足のむくみがあります。")
    found = _entries(text, "VC702")
    assert found and not all(f.secondary for f in found)


def test_a_report_that_gives_a_vital_sign_out_of_its_range_keeps_the_ask_in_front() -> None:
    text = REPORTED.replace("食事は毎食8割召し上がっています。", "血圧は12月6日に182/104でした。")
    found = _entries(text, "VC702")
    assert found and not all(f.secondary for f in found)


def test_a_report_with_a_red_flag_keeps_the_ask_in_front() -> None:
    text = REPORTED.replace("食事は毎食8割召し上がっています。", "本日朝、黒い便が出ました。")
    found = _entries(text, "VC702")
    assert _CHECKER.check(text).outline.urgent
    assert not found or not all(f.secondary for f in found)


def test_a_report_that_gives_a_weight_keeps_the_ask_in_front() -> None:
    text = REPORTED.replace("食事は毎食8割召し上がっています。", "体重は11月の48kgから12月は44kgになりました。")
    found = _entries(text, "VC702")
    assert found and not all(f.secondary for f in found)
