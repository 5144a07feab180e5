"""Session 48: classes mended on the blind batches and report sets measured before it (a test of a new behaviour fails before
its change; the cases that guard what must stay as it was say so in a comment or a docstring)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from _checks import urgent_ids

_FORM = "浅野先生\n【目的】服薬についてのご相談\n"


@pytest.mark.parametrize("line", [
    "・11/15〜12/14の30日間で、飲み忘れ 朝7回・夕4回、重複内服 2回（訪問介護とお薬カレンダーで確認）。",
    "・この1か月で、重複内服：2回でした。",
])
def test_a_months_tally_of_double_doses_is_no_red_flag(line: str) -> None:
    """blind150's physician: a 30-day tally supporting a request for one-dose packs is no acute overdose."""
    assert not urgent_ids(_FORM + line + "\n一包化をご検討いただけますでしょうか。")


@pytest.mark.parametrize("line", [
    "・本日朝、ワーファリンを重複内服 2回されました。",  # no period tallied: today's event
    "・30日間で飲み忘れ 3回。本日朝、ワーファリンを重複内服しました。",  # the tally is another sentence's
])
def test_a_double_dose_today_stays_a_red_flag(line: str) -> None:
    assert urgent_ids(_FORM + line + "\nご指示ください。")


@pytest.mark.parametrize("text,span", [
    ("吉田さんの血圧、今日はちょっと高めでした。", "ちょっと高め"),
    ("血圧がですね、ちょっと高めなんですよ。", "ちょっと高め"),
])
def test_two_words_of_one_rule_written_together_are_one_finding(text: str, span: str) -> None:
    r = vaguecheck.check(text)
    hits = [f for f in r.findings if f.rule == "VC501"]
    assert [f.text for f in hits] == [span]
    assert all(text[f.start:f.end] == f.text and f"「{f.text}」" in f.message for f in hits)


@pytest.mark.parametrize("text,rules", [
    ("血圧が少し、高めです。", 2),  # a comma between: two
    ("かなり多めに残っています。", 2),  # two rules (VC502, VC501): two entries, as before
])
def test_words_apart_or_of_two_rules_stay_two(text: str, rules: int) -> None:
    assert len([f for f in vaguecheck.check(text).findings if f.category == "vague-quantity"]) == rules


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["ちょっと", "高め", "少し", "多め", "、", "血圧が", "です", "ふらふら", "危なっかしい", "。"]), max_size=10))
def test_merged_findings_keep_offsets_and_never_overlap(parts: list[str]) -> None:
    text = "".join(parts)
    r = vaguecheck.check(text)
    spans = sorted((f.start, f.end) for f in r.findings if f.category.startswith("vague") or f.category == "subjective")
    assert all(text[f.start:f.end] == f.text for f in r.findings)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize("text,kinds", [
    ("木村さん、昨日から食欲がないとのことです。", ("quantity",)),
    ("このごろ食が細くなってきました。", ("quantity",)),
    ("立ち上がりの時ふらふらしています。", ("time", "frequency")),
])
def test_a_state_word_naming_an_observation_asks_what_it_lacks(text: str, kinds: tuple[str, ...]) -> None:
    """食欲がない is the deck's own example of what 主食3割 should replace: its one finding asks how much."""
    (f,) = [f for f in vaguecheck.check(text).findings if f.rule == "VC101"]
    assert f.missing == kinds


@pytest.mark.parametrize("text", [
    "昨日から食欲がなく、朝食は主食2割でした。",
    "食欲がない日はデイで補助食品を提供しています。",
    "2日前から立ち上がるたびにふらふらし、1日5回ほどあります。",
])
def test_the_observation_told_in_figures_or_as_a_care_practice_asks_nothing(text: str) -> None:
    assert not [f for f in vaguecheck.check(text).findings if f.missing]


@pytest.mark.parametrize("text", [
    "膝が痛かって言いよるけん、湿布がもうちょっと欲しいって。",
    "湿布がなくなりそうなので次の処方で多めにほしいとのことです。",
    "便秘薬を少し多めにいただけると助かります。",
])
def test_more_of_a_medicine_asked_for_is_no_vague_amount(text: str) -> None:
    """blind149's and blind150's physicians: the amount of compresses asked for is not the patient's state."""
    assert not [f for f in vaguecheck.check(text).findings if f.category.startswith("vague")]


@pytest.mark.parametrize("text", ["ご飯をもう少し食べてほしいです。", "水をもう少し欲しがります。"])
def test_more_food_or_water_wanted_is_still_an_amount(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.category == "vague-quantity"]


# ---------------------------------------------------------------- the clarity score's graded lateness and thinness

_HEAD = "山田先生\nいつもお世話になっております。\n"
_NEWS = ["デイサービスは週2回、月曜と木曜に通われています。", "入浴は11月30日にデイで済ませています。",
         "血圧は朝132/78mmHgでした。", "食事は主食8割、副食7割です。"]
_SIGN = "本日10時から胸の痛みが続いています。"


def _naive_thinness(report) -> float:
    """The reference: a mark per character (what clarity._thinness computes with merged spans)."""
    from vaguecheck import clarity as c

    text = report.text
    opening = c._after_the_opening(text)
    covered = [False] * len(text)
    for f in report.findings:
        if f.category in c.REPORT_CATEGORIES or f.category == "suppression" or f.category.startswith("missing-"):
            continue
        for i in range(max(opening, f.start), min(len(text), f.end)):
            covered[i] = True
    told = sum(1 for i in range(opening, len(text)) if not covered[i] and not text[i].isspace())
    return max(0.0, 1.0 - told / c.THIN_CHARS)


def _thin(report) -> float:
    """clarity._thinness of a report, given the spans features() collects: its word-level findings' (not missing-*)."""
    from vaguecheck import clarity as c

    words = [(f.start, f.end) for f in report.findings if not (
        f.category in c.REPORT_CATEGORIES or f.category == "suppression" or f.category.startswith("missing-"))]
    return c._thinness(report.text, c._after_the_opening(report.text), words)


def _late(report) -> float:
    from vaguecheck import clarity as c

    return c._lateness(report, c._after_the_opening(report.text))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([*_NEWS, _SIGN, "最近、少し元気がないようです。", "ご指示をお願いします。", "特に変わりありません。",
                                 "ちょっと高めかなと思います。"]), min_size=1, max_size=6))
def test_thinness_is_the_share_of_untold_characters(lines: list[str]) -> None:
    report = vaguecheck.check(_HEAD + "\n".join(lines))
    assert _thin(report) == pytest.approx(_naive_thinness(report))
    assert 0.0 <= _late(report) <= 1.0


def test_a_vague_word_added_makes_no_report_less_thin() -> None:
    plain = vaguecheck.check(_HEAD + "食欲がありません。\nご指示をお願いします。\n以上です。")
    vague = vaguecheck.check(_HEAD + "最近食欲がありません。\nご指示をお願いします。\n以上です。")
    assert 0 < _thin(plain) == _thin(vague)


def test_a_red_flag_told_later_costs_more() -> None:
    first = vaguecheck.check(_HEAD + "\n".join([_SIGN, *_NEWS, "受診の要否をご指示ください。"]))
    last = vaguecheck.check(_HEAD + "\n".join([*_NEWS, _SIGN, "受診の要否をご指示ください。"]))
    assert _late(first) == 0.0 < _late(last) <= 1.0
    assert first.clarity > last.clarity


# ---------------------------------------------------------------- round 2: batch 133 and blind151

@pytest.mark.parametrize("text", [
    "あのー、娘さんがですね、最近物忘れが増えたって心配してて。",
    "娘さんが最近物忘れが増えたと話しています。",
])
def test_a_relative_who_passes_on_the_patients_state_is_its_source(text: str) -> None:
    """batch 133: the daughter tells of the patient, whose vague onset is still vague (the missing pass read it so already)."""
    assert "最近" in [f.text for f in vaguecheck.check(text).findings]


@pytest.mark.parametrize("text", [
    "森さんは、お嫁さんが最近疲れ気味で顔色が悪いと心配されています。",  # the topic says it: the relative's own state
    "奥様も腰が痛いと言っています。",  # も: her own
    "息子さんがしんどそうで、仕事との両立が難しいと話されていました。",  # his own sensation
    "ご家族が薬の影響ではないかと心配されています。",  # the family's guess is theirs
])
def test_a_relatives_own_state_or_guess_stays_theirs(text: str) -> None:
    assert not vaguecheck.check(text).findings


def test_the_two_saying_sets_are_two_names() -> None:
    """context.py defined _SAYING twice; the second silently replaced the first, so 連絡 / 報告 / 伝える never counted as
    a relay's verb of saying."""
    from vaguecheck import context

    assert {"連絡", "報告", "伝える", "心配"} <= context._SAYING and "訴える" in context._SAID


# ---------------------------------------------------------------- round 3: batch 134 and blind152

_CATHETER = ("ふらの在宅クリニック　長谷川先生\n【ご報告・返信不要】膀胱留置カテーテル閉塞の対応について\n"
             "・12/14 6:00頃より尿流出なし、下腹部の張りを訴え、訪問看護が緊急訪問（7:30）。\n"
             "・7:50にカテーテルを交換。交換後すぐに尿流出あり（約450mL）。\n{}")


def test_a_red_flag_the_report_calls_settled_is_over() -> None:
    """blind152's good report: a blocked catheter changed the same morning, 本件は解決済み (the physician: a false alarm)."""
    assert not urgent_ids(_CATHETER.format("本件は解決済みのため、ご返信は不要です。"))
    assert urgent_ids(_CATHETER.format("ご指示をお願いします。"))  # told without it, the sign stands


def test_a_sign_told_after_the_settling_words_stays() -> None:
    text = "山田先生\n【ご報告】\n本件は解決済みです。\n本日10時から胸の痛みが続いています。\nご指示をお願いします。"
    assert urgent_ids(text)


@pytest.mark.parametrize("text,steady", [
    ("足のむくみがあります。前からずっと同じくらいで、靴下の跡がつくくらいです。", True),
    ("うーん、認知面では、以前に比べると同じことを聞かれることがだいぶ増えてきたかなと。", False),  # the same question
    ("前からずっと同じ話を繰り返す。", False),
])
def test_the_same_all_along_is_steady(text: str, steady: bool) -> None:
    """blind152's physician: chronic unchanged edema, its onset not needed (前からずっと同じくらい)."""
    times = [f for f in vaguecheck.check(text).findings if f.category == "vague-time" or "time" in f.missing]
    assert (not times) == steady


# ---------------------------------------------------------------- validate: Kendall's tau-b in O(n log n)

def _pairwise_tau_b(x, y) -> float:
    """The reference: every pair compared (what validate.kendall computed before session 48)."""
    import math

    c = d = tx = ty = 0
    for i in range(len(x)):
        for j in range(i + 1, len(x)):
            dx, dy = x[i] - x[j], y[i] - y[j]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tx += 1
            elif dy == 0:
                ty += 1
            elif (dx > 0) == (dy > 0):
                c += 1
            else:
                d += 1
    den = math.sqrt((c + d + tx) * (c + d + ty))
    return (c - d) / den if den else math.nan


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.sampled_from([1.0, 2.5, 3.0, 7.0, 10.0])), max_size=40))
def test_kendall_is_the_pairwise_count(pairs) -> None:
    import math

    from vaguecheck.validate import kendall

    x, y = [p[0] for p in pairs], [p[1] for p in pairs]
    got, want = kendall(x, y), _pairwise_tau_b(x, y)
    assert (math.isnan(got) and math.isnan(want)) or got == want


# ---------------------------------------------------------------- the session's review (probes that failed before its fixes)

_STROKE = "山田先生\nいつもお世話になっております。ケアマネの中島です。\n本日朝から右半身に力が入らず、ろれつが回りません。\n{}\nご指示をお願いします。"


@pytest.mark.parametrize("line", [
    "前回ご相談した褥瘡の件は、本件は解決済みです、と訪看より。",  # another matter, quoted
    "本件は解決済みではなく、引き続きご指示をお願いします。",  # negated
    "本件は解決済みです。",  # no "no reply needed": the writer still asks
])
def test_a_settlement_negated_quoted_or_still_asking_keeps_the_red_flags(line: str) -> None:
    assert urgent_ids(_STROKE.format(line))


@pytest.mark.parametrize("line", [
    "本日朝から1日で嘔吐 5回あり、水分も取れていません。",
    "昨夜から胸痛が続いています。この3日間で、意識消失 1回あり。",
])
def test_a_count_over_a_short_period_is_no_monthly_tally(line: str) -> None:
    assert urgent_ids(_FORM + line + "\nご指示ください。")


@pytest.mark.parametrize("text", ["お茶を少し多めに欲しいと言われます。", "ご飯をもう少し多く欲しがられます。", "水分をちょっと余分に出しています。"])
def test_more_food_or_drink_stays_an_amount(text: str) -> None:
    assert [f for f in vaguecheck.check(text).findings if f.category == "vague-quantity"]


@pytest.mark.parametrize("text", ["娘さんが最近仕事が忙しいと話していました。", "娘さんが最近介護疲れで大変だと話しています。"])
def test_a_relatives_own_news_stays_theirs(text: str) -> None:
    assert not vaguecheck.check(text).findings


def test_two_labels_written_together_stay_two_questions() -> None:
    """不穏徘徊あり: the merge is for amounts, counts and guesses, never two states (each asks its own questions)."""
    assert all(f.text != "不穏徘徊" for f in vaguecheck.check("不穏徘徊あり。").findings)


def test_kendall_of_a_nan_is_nan() -> None:
    import math

    from vaguecheck.validate import kendall

    assert math.isnan(kendall([1.0, float("nan"), 3.0], [1.0, 2.0, 3.0]))


def test_a_concise_report_with_its_figures_is_not_thin() -> None:
    """The review: 【至急・ご相談】 with the onset, a reading and the ask by today lost a quarter of its score to `thin`."""
    from vaguecheck import clarity as c

    text = ("山田先生\n【至急・ご相談】本日9時から右半身に力が入らず、ろれつが回りません。\n9時30分の血圧は186/100mmHgです。\n"
            "救急受診の要否を本日中にお電話でご指示ください。")
    feats = c.features(vaguecheck.check(text))
    assert c.score(feats) == c.score(feats._replace(thinness=0.0))


# ---------------------------------------------------------------- round 5: batch 136 and blind154

@pytest.mark.parametrize("line,urgent", [
    ("11月の黒色便は同病院で11月15日に止血処置済みで、その後黒色便はありません（ご家族が毎日確認）。", False),
    ("本日朝、黒色便がありました。その後、腹痛はありません。", True),  # something else denied since
    ("今朝、黒色便が出て、その後も黒色便が続いています。", True),
    ("おととい夜にコーヒーのかすのようなものを吐いたとのことでしたが、その後は吐いていないそうです。", True),  # untreated (blind113)
])
def test_an_old_sign_denied_since_then_is_over(line: str, urgent: bool) -> None:
    """blind154's good report: November's black stool, treated, none since (その後…ありません)."""
    assert bool(urgent_ids("浅野先生\n【ご報告】\n" + line + "\nご確認ください。")) == urgent


@pytest.mark.parametrize("text,asked", [
    ("昨日の夕方にいっぺん吐いたとのことです。", False),  # once (blind153's physician: a false alarm)
    ("昨夜、一度吐きました。", False),
    ("いっぺんに吐きました。", True),  # all at once: no count
    ("昨夜嘔吐がありました。", True),
])
def test_ippen_counts_once(text: str, asked: bool) -> None:
    assert any("frequency" in f.missing for f in vaguecheck.check(text).findings) == asked
