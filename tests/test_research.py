"""Research mode: statistics rows, the clarity score and `vaguecheck stats`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vaguecheck
from vaguecheck.cli import main
from vaguecheck.research import COLUMNS, clarity

ROOT = Path(__file__).resolve().parent.parent

# Concrete sentences, each with a place where a vague word can be put in and elements taken out.
CONCRETE = [
    "3日前から日中の傾眠が強く、食事も半分以下です。",
    "トイレまでの歩行に5分かかり、息切れが見られます。",
    "朝の薬が週に3回ほど飲み忘れられています。",
    "昨夜から38.2℃の発熱があります。",
    "11月20日の夜、トイレに行く途中で転倒されました。",
    "夜間に2回トイレに起きています。",
]
VAGUE_WORDS = ["最近、", "時々", "少し", "なんとなく", "たまに", "かなり"]
ELEMENTS = ["3日前から", "1日2回", "38.2℃で", "週に3回", "5割", "11月20日に"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


# ---------------------------------------------------------------- rows

def test_rows_have_the_documented_columns_and_counts():
    rows = list(vaguecheck.stats(["最近、元気がありません。", "3日前から38.2℃の発熱があります。"], ids=["a", "b"]))
    assert [tuple(r) for r in rows] == [COLUMNS, COLUMNS]
    a, b = rows
    assert (a["id"], a["findings_vague_time"], a["findings_subjective"], a["findings_total"]) == ("a", 1, 1, 2)
    assert a["findings_per_1000_chars"] == round(1000 * 2 / len("最近、元気がありません。"), 3)
    assert (b["elements_time"], b["elements_quantity"], b["findings_total"], b["clarity"]) == (1, 1, 0, 100.0)
    assert all(isinstance(v, (str, int, float)) for r in rows for v in r.values())  # flat: pandas-ready


def test_observations_lacking_elements_counts_observations_not_kinds():
    (r,) = vaguecheck.stats(["発熱があります。"])
    assert (r["findings_missing_time"], r["findings_missing_quantity"], r["observations_lacking_elements"]) == (1, 1, 1)


def test_jobs_give_identical_rows_in_input_order():
    texts = [f"{s}（{n}）" for n, s in enumerate(CONCRETE * 6 + ["最近、元気がありません。"] * 6)]
    assert list(vaguecheck.stats(texts, jobs=2, chunksize=3)) == list(vaguecheck.stats(texts))


def test_empty_text_scores_100():
    assert vaguecheck.check("").clarity == 100.0


# ---------------------------------------------------------------- clarity

@settings(max_examples=40, deadline=None)
@given(st.sampled_from(CONCRETE), st.sampled_from(VAGUE_WORDS), st.data())
def test_adding_a_vague_expression_never_raises_the_score(sentence, word, data):
    cut = data.draw(st.integers(0, len(sentence) - 1))
    before = vaguecheck.check(sentence).clarity
    after = vaguecheck.check(sentence[:cut] + word + sentence[cut:]).clarity
    assert after <= before


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["発熱があります。", "転倒されました。", "薬の飲み忘れがあります。", "むせ込みあり。", "食事量が減っています。"]),
       st.sampled_from(ELEMENTS))
def test_supplying_an_element_never_lowers_the_score(sentence, element):
    before = vaguecheck.check(sentence).clarity
    after = vaguecheck.check(element + sentence).clarity
    assert after >= before


def test_deck_rewrites_score_higher():
    before = (ROOT / "examples" / "deck_before.txt").read_text(encoding="utf-8")
    after = (ROOT / "examples" / "deck_after.txt").read_text(encoding="utf-8")
    assert clarity(vaguecheck.check(after)) > clarity(vaguecheck.check(before))
    for vague, concrete in [
        ("最近、元気がありません。", "3日前から日中の傾眠が強く、食事も半分以下です。"),
        ("歩くのが大変そうです。", "トイレまでの歩行に5分かかり、息切れが見られます。"),
        ("薬が余っているようです。", "朝の薬が週に3回ほど飲み忘れられています。"),
    ]:
        assert vaguecheck.check(concrete).clarity > vaguecheck.check(vague).clarity


# ---------------------------------------------------------------- command line

def test_stats_csv_in_csv_out(tmp_path):
    src = tmp_path / "reports.csv"
    src.write_text("id,office,text\na1,east,最近、元気がありません。\na2,west,3日前から38.2℃の発熱があります。\n", encoding="utf-8")
    code, out, err = run("stats", str(src), "--id-column", "id")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["a1", "a2"] and rows[0]["findings_vague_time"] == "1"
    assert "documents: 2" in err and "clarity" in err  # the corpus summary


def test_stats_jsonl_in_json_out_and_jobs(tmp_path):
    src = tmp_path / "reports.jsonl"
    lines = [json.dumps({"doc": f"d{n}", "body": t}, ensure_ascii=False) for n, t in enumerate(CONCRETE * 3)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ("stats", str(src), "--text-column", "body", "--id-column", "doc", "--format", "json", "--no-summary")
    code, out1, _ = run(*args)
    code2, out2, _ = run(*args, "--jobs", "2")
    assert code == code2 == 0 and out1 == out2
    assert [r["id"] for r in json.loads(out1)] == [f"d{n}" for n in range(len(CONCRETE) * 3)]


def test_stats_folder_jsonl_out_and_output_file(tmp_path):
    (tmp_path / "a.txt").write_text("最近、元気がありません。", encoding="utf-8")
    (tmp_path / "b.md").write_text("3日前から38.2℃の発熱があります。", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, out, _ = run("stats", str(tmp_path), "--format", "jsonl", "-o", str(target), "--no-summary")
    assert code == 0 and out == ""
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["id"]).name for r in rows] == ["a.txt", "b.md"]


def test_stats_errors_are_clear(tmp_path):
    src = tmp_path / "reports.csv"
    src.write_text("id,body\n1,x\n", encoding="utf-8")
    code, _, err = run("stats", str(src))
    assert code == 2 and "no column 'text'" in err and "--text-column" in err
    code, _, err = run("stats", str(src), "--text-column", "body", "--select", "VC999")
    assert code == 2 and "VC999" in err


# ---------------------------------------------------------------- evaluation

GOLD = [
    {"id": "g1", "text": "最近、元気がありません。", "spans": [{"start": 0, "end": 2, "category": "vague-time"},
                                                         {"start": 3, "end": 11, "category": "subjective"}]},
    {"id": "g2", "text": "3日前から38.2℃の発熱があります。", "spans": []},
    # the tool flags 時々 only; gold also asks for a quantity it does not see: one false negative
    {"id": "g3", "text": "時々むせます。", "spans": [{"start": 0, "end": 2, "category": "vague-frequency"},
                                                {"start": 2, "end": 4, "category": "vague-quantity"}]},
    # gold span shorter than the tool's: strict miss, overlap hit
    {"id": "g4", "text": "調子が悪いです。", "spans": [{"start": 0, "end": 3, "category": "subjective"}]},
]


def test_eval_counts_strict_and_overlap(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD), encoding="utf-8")
    out_json = tmp_path / "result.json"
    code, out, _ = run("eval", str(gold), "--json", str(out_json), "--show-errors")
    assert code == 0
    result = json.loads(out_json.read_text(encoding="utf-8"))
    subj = result["per_category"]["subjective"]
    assert (subj["gold"], subj["predicted"]) == (2, 2)
    assert subj["strict"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert subj["overlap"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    vq = result["per_category"]["vague-quantity"]
    assert (vq["gold"], vq["predicted"], vq["overlap"]["recall"]) == (1, 0, 0.0)
    assert result["micro"]["gold"] == 5
    assert any(e["kind"] == "false-negative" and e["text"] == "むせ" for e in result["errors"])
    assert "micro" in out and "false-negative" in out


def test_eval_rejects_malformed_gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "abc", "spans": [{"start": 2, "end": 9, "category": "vague-time"}]}\n', encoding="utf-8")
    code, _, err = run("eval", str(gold))
    assert code == 2 and "gold.jsonl:1" in err and "outside the text" in err


def test_corpus_files_are_current_and_large_enough():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(ROOT / "corpus" / "build_gold.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    n = sum(1 for p in ("gold.jsonl", "heldout.jsonl") for _ in (ROOT / "corpus" / p).open(encoding="utf-8"))
    assert n >= 300


def test_concrete_rewrite_scores_higher_in_every_pair():
    pairs = sorted((ROOT / "examples" / "pairs").glob("*_vague.txt"))
    assert len(pairs) >= 30
    for vague in pairs:
        concrete = vague.with_name(vague.name.replace("_vague", "_concrete"))
        v = vaguecheck.check(vague.read_text(encoding="utf-8")).clarity
        c = vaguecheck.check(concrete.read_text(encoding="utf-8")).clarity
        assert c > v, f"{concrete.name} ({c}) does not score above {vague.name} ({v})"


# ---------------------------------------------------------------- beyond one machine

def test_dask_local_cluster_gives_the_single_process_rows():
    db = pytest.importorskip("dask.bag", reason="the dask extra is not installed (pip install 'vaguecheck[dask]')")
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    from vaguecheck.research import dask_stats

    pairs = [(f"d{n}", text) for n, text in enumerate(CONCRETE * 4 + ["最近、元気がありません。", "時々むせます。"] * 4)]
    expected = list(vaguecheck.stats(pairs))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            rows = dask_stats(db.from_sequence(pairs, npartitions=4)).compute()
    assert rows == expected


def test_eval_reproduces_the_table_in_docs_evaluation(tmp_path):
    """docs/evaluation.md shows `vaguecheck eval corpus/heldout.jsonl` (fugashi); it must still hold."""
    docs = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    block = docs.split("### Held-out (`corpus/heldout.jsonl`)")[1].split("```")[1].strip()
    code, out, _ = run("eval", str(ROOT / "corpus" / "heldout.jsonl"))
    assert code == 0
    assert out.strip() == block


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1000, allow_nan=False).map(lambda x: round(x, 2)), min_size=1, max_size=40))
def test_summary_median_is_exact_at_two_decimals(values):
    import statistics

    from vaguecheck.research import _Summary

    s = _Summary()
    for v in values:
        s.add({c: (v if c == "clarity" else 0) for c in COLUMNS})
    assert s.median("clarity") == pytest.approx(statistics.median(values))
