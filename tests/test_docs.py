"""The documents say what the code does (issue #14): docs/schema.md's element fields and their
values against what the code can emit, its example against real output, its sentence rule against
the splitter; docs/performance.md names the script and the number of runs behind every figure."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

import vaguecheck
from vaguecheck import elements

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def _row(field: str) -> str:
    m = re.search(rf"^\| `{re.escape(field)}`[^|]*\|([^|]*)\|(.*)\|$", SCHEMA, re.M)
    assert m, f"docs/schema.md has no row for {field}"
    return m.group(1) + "|" + m.group(2)


def _backticked(text: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", text))


def test_every_relation_the_code_can_emit_is_documented_and_no_other():
    source = inspect.getsource(elements)
    emitted = {rel for _kind, rel, _p in elements._PATTERNS if rel}
    emitted |= set(re.findall(r'value\["relation"\] = "([a-z-]+)"', source))
    assert {"rate", "pressure", "since", "per"} <= emitted  # the reading of the source still works
    assert _backticked(_row("value.relation")) == emitted


def test_every_value_field_is_documented():
    source = inspect.getsource(elements)
    fields = set(re.findall(r'value\["([a-z_]+)"\]', source)) | set(re.findall(r'"([a-z_]+)": ', source[source.index("value: dict"):]))
    fields |= {"source"}  # the GiNZA backend's entity elements
    documented = {m for m in re.findall(r"^\| `value\.([a-z_]+)`(?:, `value\.([a-z_]+)`)?", SCHEMA, re.M) for m in m if m}
    assert fields <= documented, fields - documented
    assert "diastolic" in documented


def _bound_words() -> dict[str, str]:
    """Each word the schema lists for a bound, with that bound."""
    row = _row("value.bound")
    out = {}
    for bound, words in re.findall(r"`(at-most|at-least)` \(([^)]*)\)", row):
        for piece in words.split(","):  # 以上, 強, 余り, and 過ぎ after a clock time: 9時過ぎ
            out[re.search(r"[\u3040-\u30ff\u4e00-\u9fff]+", piece).group()] = bound
    return out


def test_every_documented_bound_word_gives_that_bound():
    words = _bound_words()
    assert set(words.values()) == {"at-most", "at-least"}
    for word, bound in words.items():
        text = f"夜9時{word}に就寝されました。" if word == "過ぎ" else f"水分は1,500ml{word}です。"
        values = [e.value for e in vaguecheck.check(text).elements]
        assert [v.get("bound") for v in values] == [bound], (word, values)


def test_every_word_the_code_reads_as_a_bound_is_documented():
    post = re.search(r"\(\?P<post>([^)]*)\)", elements._APPROX_POST).group(1).split("|")
    words = _bound_words()
    for word in [*post, "過ぎ"]:
        text = f"夜9時{word}に就寝されました。" if word == "過ぎ" else f"水分は1,500ml{word}です。"
        bounds = [e.value.get("bound") for e in vaguecheck.check(text).elements if e.value.get("bound")]
        if bounds:
            assert words.get(word) == bounds[0], f"{word} gives {bounds[0]} but docs/schema.md says {words.get(word)}"


@pytest.mark.parametrize(
    ("relation", "text"),
    [("rate", "脈拍は72bpmです。"), ("rate", "脈拍は112回/分です。"), ("pressure", "血圧140/85mmHgでした。")],
)
def test_documented_examples_of_relations(relation, text):
    assert relation in [e.value["relation"] for e in vaguecheck.check(text).elements]


def test_the_json_example_is_real_output_or_says_it_is_shortened():
    example = json.loads(re.search(r"```json\n(.*?)```", SCHEMA, re.S).group(1))
    real = vaguecheck.check(example["text"]).to_dict()
    shortened = False
    for key, value in example.items():
        if key == "findings":
            assert all(f in real["findings"] for f in value), "a finding in the example differs from the real one"
            shortened |= len(value) < len(real["findings"])
        else:
            assert value == real[key], key
    shortened |= set(example) < set(real)
    if shortened:
        assert "The example is shortened" in SCHEMA


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("発熱あり. 咳あり", ["発熱あり.", "咳あり"]),  # a period and white space
        ("発熱あり.", ["発熱あり."]),  # a period at the end
        ("発熱あり．　咳あり", ["発熱あり．", "咳あり"]),  # full-width period and space
        ("発熱あり.咳あり", ["発熱あり.咳あり"]),  # nothing after the period: no end
        ("体温37.5度。発熱あり", ["体温37.5度。", "発熱あり"]),
        ("Dr.山田に報告。", ["Dr.山田に報告。"]),
        ("発熱あり!咳あり?", ["発熱あり!", "咳あり?"]),
        ("「発熱あり。咳あり」と話されました。", ["「発熱あり。咳あり」と話されました。"]),
        ("【発熱あり。咳あり】", ["【発熱あり。咳あり】"]),
        ("（発熱あり\n咳あり）", ["（発熱あり", "咳あり）"]),  # a line break ends one even in brackets
        ("発熱あり。」咳あり", ["発熱あり。」", "咳あり"]),  # closing brackets stay with their sentence
    ],
)
def test_the_sentence_rule_in_the_schema(text, sentences):
    assert [s.text for s in vaguecheck.check(text).sentences] == sentences
    assert "only when\nwhite space or the end of the text follows it" in SCHEMA


# ---------------------------------------------------------------- docs/performance.md

PERFORMANCE = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")


def _sections():
    """The sections after the introduction: each reports measured figures."""
    return re.split(r"^## ", PERFORMANCE, flags=re.M)[1:]


RUNS = re.compile(r"[Mm]edians? of (the )?(\d+|one|three|five|seven)\b|\b(\d+) (cold |timed )?(runs|passes|repeats)\b|\bone (timed )?(run|pass)\b")


def test_every_section_with_figures_names_its_script_and_runs():
    sections = _sections()
    assert len(sections) >= 5
    for sec in sections:
        title = sec.splitlines()[0]
        scripts = re.findall(r"(?:benchmarks|scripts)/[a-z_]+\.py", sec)
        assert scripts, f"docs/performance.md section {title!r} does not name the script behind its figures"
        for script in scripts:
            assert (ROOT / script).exists(), script
        assert RUNS.search(sec), f"docs/performance.md section {title!r} does not say how many runs its medians are over"


@pytest.mark.parametrize("script", ["bench_core.py", "bench_cli.py", "bench_ginza.py", "bench_stats.py"])
def test_benchmarks_time_more_than_once_and_warm_up(script):
    """No figure from a single timing: every timed call sits in a loop whose median is taken."""
    source = (ROOT / "benchmarks" / script).read_text(encoding="utf-8")
    assert "statistics.median" in source
    assert re.search(r"repeat|--repeat", source)
