"""Output formats for the command line: text, compact, concise, json, jsonl, sarif, github."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import IO, Any

from . import __version__, _regex
from .lexicon import Lexicon
from .model import VAGUE_CATEGORIES, WHOLE_REPORT_CATEGORIES, Element, Finding
from .ruledocs import help_uri

#: Version of the CLI's JSON layout (``--format json``); see docs/cli.md and
#: src/vaguecheck/schemas/cli-output.schema.json.
CLI_SCHEMA_VERSION = "1"
FORMATS = ("text", "compact", "concise", "json", "jsonl", "sarif", "github")

#: What a care manager reads for each category in the text formats; JSON and SARIF keep the ids.
CATEGORY_LABELS: dict[str, str] = {
    "subjective": "主観", "inference": "推測", "vague-time": "時期", "vague-frequency": "頻度",
    "vague-quantity": "量", "missing-time": "不足", "missing-quantity": "不足", "missing-frequency": "不足",
    "missing-location": "不足", "purpose": "目的", "request": "依頼", "urgency": "至急", "suppression": "抑制",
}


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)
    encoding: str | None = None
    error: tuple[str, str] | None = None  # (code, message)
    outline: dict[str, Any] | None = None  # Report.outline.to_dict(): purpose, request, urgent
    text: str | None = None  # the checked text, to group findings of one phrase (never written out)


def use_color(stream: IO[str], mode: str) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


_SEVERITY_COLOR = {"error": "31", "warning": "33", "info": "36"}

# C0 and C1 controls (but tab), DEL, and the bidirectional overrides: a report or a file name
# that carries ESC must not move the cursor, retitle or clear the reader's terminal.
_CONTROL = _regex.lazy("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` for a terminal: control characters shown as escapes (``\\x1b``), never sent raw."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def _c(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def label(category: str) -> str:
    """The Japanese label of a category (主観, 推測, 不足 …); a team's own category as it is named."""
    return CATEGORY_LABELS.get(category, category)


def file_summary(findings: list[Finding]) -> str:
    """One line per file for a person: 指摘 5件（主観 1・時期 1・不足 3）, or 指摘はありません."""
    by_category: dict[str, int] = {}
    for f in findings:
        by_category[f.category] = by_category.get(f.category, 0) + 1
    return category_summary(by_category)


def category_summary(by_category: dict[str, int]) -> str:
    """:func:`file_summary` from the number of findings per category (a large file's, counted piece by piece)."""
    total = sum(by_category.values())
    if not total:
        return "指摘はありません。"
    counts: dict[str, int] = {}
    for category, n in by_category.items():
        counts[label(category)] = counts.get(label(category), 0) + n
    order = list(dict.fromkeys(CATEGORY_LABELS.values()))
    parts = sorted(counts.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
    return f"指摘 {total}件（{'・'.join(f'{k} {n}' for k, n in parts)}）"


#: What the text output says before the details of a report with a red flag (Finding.secondary).
SECONDARY_HEADING = "参考（急ぎの症状とは別の細かな点です。主治医への連絡のあとで見直してください）:"
#: What the text output says instead of the details beside a red flag unless ``--details`` asks for them.
SECONDARY_HIDDEN = "参考: 急ぎの症状とは別に、細かな点が {n} 件あります（主治医への連絡のあとで --details を付けて表示できます）。"
#: The same two lines for a report without a red flag whose request is clear, or that needs no reply (Finding.secondary).
SETTLED_HEADING = "参考（医師にしてほしいことは、はっきり書かれています。以下は細かな点です。必要なら見直してください）:"
SETTLED_HIDDEN = "参考: 医師にしてほしいことは、はっきり書かれています。ほかに細かな点が {n} 件あります（--details を付けて表示できます）。"


#: The same two lines for any other message: its details are the asides (a vague word in a sentence that tells nothing of
#: the person's body or daily life) and the blank status lines of a routine list (Finding.secondary).
ASIDE_HEADING = "参考（主治医の判断には関わりにくい細かな点です。必要なら見直してください）:"
ASIDE_HIDDEN = "参考: ほかに、主治医の判断には関わりにくい細かな点が {n} 件あります（--details を付けて表示できます）。"


def secondary_lines(outline: dict[str, Any] | None) -> tuple[str, str]:
    """(heading, hidden line) for a report's details (Finding.secondary): beside a red flag when the outline names
    one, beside a clear request (or none needed), else the asides of any message."""
    if outline is None or outline.get("urgent"):
        return SECONDARY_HEADING, SECONDARY_HIDDEN
    if outline.get("request") in ("clear", "no-reply-needed"):
        return SETTLED_HEADING, SETTLED_HIDDEN
    return ASIDE_HEADING, ASIDE_HIDDEN

#: Findings of the whole report stand alone; the others group when they share a phrase.
_REPORT_LEVEL = WHOLE_REPORT_CATEGORIES
#: Two findings share a phrase when at most this many characters, none a clause mark, stand between.
_PHRASE_GAP = 12
#: Categories whose findings in one clause ask one question (when? how often?).
_ONE_QUESTION = frozenset({"vague-time", "vague-frequency"})
_CLAUSE_MARKS = frozenset("、,，。．.！？!?\n\r")


def _nearly(earlier: tuple[str, ...], later: tuple[str, ...]) -> bool:
    """The ``later`` questions are the ``earlier`` ones but one at most, and share two at least."""
    shared = len(set(earlier) & set(later))
    return shared >= 2 and shared >= len(later) - 1


def phrase_groups(findings: list[Finding], text: str | None) -> list[list[Finding]]:
    """Findings in text order, those of one phrase together: 「水分はあまり取れていないようです」 gives
    あまり (量) and ようです (推測) one entry, as a reader takes them (issue #11: a physician rated the
    second of two findings on one clause as a duplicate), and so do two guesses of one sentence; the
    word-level findings of a red flag's sentence go under the red flag.  Without the text every finding
    stands alone."""
    groups: list[list[Finding]] = []
    open_group: list[Finding] | None = None  # the last group of word-level findings: a whole-report finding between
    # two findings of one phrase (VC702 at a request's sentence: 便秘もあるみたいなので、下剤の量を…) does not part them
    for f in findings:
        if f.category in _REPORT_LEVEL and text is not None and f.category != "urgency":
            groups.append([f])
            continue
        head = open_group[0] if open_group else None
        last = open_group[-1] if open_group else None
        if text is not None and open_group is not None and last is not None and head is not None and (
            (f.category not in _REPORT_LEVEL and last.category not in _REPORT_LEVEL
             and 0 <= f.start - last.end <= _PHRASE_GAP and not _CLAUSE_MARKS & set(text[last.end : f.start]))
            # a second guess of the sentence's (〜いたみたいで、〜のかもしれません), or a guess that opens the clause after
            # another finding (赤くなっていて、床ずれっぽい): the same advice again (blind62 and blind78 ratings: "same
            # sentence as the previous finding"); not a guess deep in a clause of its own (むくんでいて、夜はよく眠れている
            # みたいです)
            or (f.category == "inference" and last.category not in _REPORT_LEVEL and _same_sentence(text, last, f)
                and (last.category == "inference" or _opens_clause(text, last.end, f.start)))
            # and a degree word that opens the clause after an impression (ぐったりしていて、いつもより元気がありません;
            # ぼんやりしていて、いつもより反応が悪い気がします): one state told twice over (blind82's physician: "same sentence
            # as finding 2; redundant"); not when its clause tells another observation (食欲がなく、時々お腹が痛い: the
            # session 23 review), whose questions the entry must keep
            or (f.category == "vague-quantity" and last.category == "subjective" and _same_sentence(text, last, f)
                and _opens_clause(text, last.end, f.start) and not _observation_after(findings, f, text))
            # a word inside a red flag's words (冷や汗, ぐったり) goes under the red flag (blind12 rating: a repeat)
            or (head.category == "urgency" and f.category not in _REPORT_LEVEL and head.start <= f.start < head.end)
            # and a vague word inside an observation's words (少し of 食事量も少し減っています) under the observation
            # (blind80's physician: "repeats finding 3 on the same phrase"); not an observation under a vague word
            or (f.category in VAGUE_CATEGORIES and any(g.category.startswith("missing-") and g.start <= f.start < g.end
                                                  for g in open_group))
            # a second time or frequency word of the clause (ここ最近しばらく…): the same question again (blind87's physician:
            # "repeats the onset issue"); only within one clause, as 先日転倒され、最近は…よく are two observations' times (the
            # session 25 review); amounts are left apart, as each may ask its own units (食事は少し、水分はあまり)
            # (or in the next clause of the sentence, when it names no observation of its own to ask about, its example
            # the rule's blank, and no other kind of finding follows in its clause: 以前から足先がしびれ、最近は夜に…目が覚める,
            # blind138's physician: "duplicates finding 1"; not 先日デイを休まれ、最近は…口論になることが多いようです, whose
            # clause asks how often: the session 44 review)
            or (f.category in _ONE_QUESTION and any(g.category == f.category for g in open_group)
                and (not _CLAUSE_MARKS & set(text[last.end : f.start])
                     or (not f.suggestion.example and _same_sentence(text, last, f)
                         and not _other_kind_after(findings, f, text))))
            # a guess that closes the clause of an observation told without its elements (痛みは今のところ落ち着いているようです;
            # 便秘もあるみたいなので): read with the observation (blind87: "repeats finding 2 on the same sentence")
            or (f.category == "inference" and last.category.startswith("missing-") and not _CLAUSE_MARKS & set(text[last.end : f.start]))
            # a word of the sentence that takes the same questions and example as one of the entry (便秘気味で、4日出ていない
            # ことがあります: both the bowel's): the same point again (blind122's physician: "duplicates finding 1 on bowel
            # frequency"; session 41)
            # (not an observation missing its elements: it names what the entry's questions ask about, so it heads its own;
            # nor a state word, 最近、元気がありません, the point of its sentence)
            or (f.category in VAGUE_CATEGORIES and f.category != "subjective" and f.severity != "error"
                and _same_sentence(text, head, f) and _same_advice(f, open_group))
            # the same words again in the sentence, with the same advice (頭が重いって言う日もあるし、ない日もある): one point
            # told twice (blind134's physician: "duplicates the 日もある sub-point"); not 時々めまいがあり、時々吐き気も, whose
            # second asks about the nausea (the session 43 review)
            or (any(g.rule == f.rule and g.text == f.text and g.suggestion == f.suggestion for g in open_group)
                and _same_sentence(text, last, f))
        ):
            open_group.append(f)
        else:
            open_group = [f]
            groups.append(open_group)
    if text is None:
        return groups
    # the vague words of a red flag's sentence (おとといぐらいから…, 〜みたい) go under the red flag, which
    # already asks when it began (blind15 rating: "repeats the urgent entry")
    for red in [g for g in groups if g[0].category == "urgency"]:
        for g in groups:
            if g is not red and g and all(f.category not in _REPORT_LEVEL and _same_sentence(text, red[0], f) for f in g):
                red += g
                g.clear()
    # the same advice again in a later sentence (〜らしく of a knee pain whose entry already asks for its NRS): one point
    # told twice goes under the first entry, each keeping its line (blind190 and blind193's physicians: "duplicate of
    # entry 4", "repeats pain questions of entry 2"), if the later entry holds only vague words; within a sentence the rules
    # above decide (最近、元気がありません: the state word heads its own entry), except for two findings on the same words
    # (飲み忘れも増えている read both as a vague count and as missing its onset: one entry, the observation first)
    first_with: dict[tuple[tuple[str, ...], str], list[Finding]] = {}
    for g in groups:
        if not g or g[0].category in _REPORT_LEVEL or not (g[0].suggestion.questions and g[0].suggestion.example):
            continue
        advice = (tuple(g[0].suggestion.questions), g[0].suggestion.example)
        earlier = first_with.setdefault(advice, g)
        if earlier is g:
            # (or nearly the same questions: all but one of them an earlier entry's, two at least, むくみ's asked again
            # with where it is added: blind251's physician, "repeats the edema questions of finding 1")
            earlier = next((e for (qs, _), e in first_with.items() if e is not g and e and _nearly(qs, advice[0])), g)
            if earlier is g:
                continue
        observation = g[0].category.startswith("missing-") and not earlier[0].category.startswith("missing-")
        if any(f.start < g[0].end and g[0].start < f.end for f in earlier) and g[0].start <= earlier[0].start:
            # (on the same words, the observation heads the entry: 不穏が続いております under 不穏 would list an observation
            # under a vague word, the session 22 review)
            earlier[:] = (g + earlier) if observation else (earlier + g)
            g.clear()
        elif (not _same_sentence(text, earlier[0], g[0])
              and all(f.category in VAGUE_CATEGORIES and f.category != "subjective" and f.severity != "error" for f in g)):
            # (only vague words move: a state word and an error head their own entries, as within a sentence)
            earlier += g
            g.clear()
    # a frequency word right after an entry that already asks how often, when it names no observation of its own (its
    # example the rule's blank: 便秘気味だそうです。3〜4日出ないこともあるみたいで; 薬が余ってました。夜の薬を忘れることが
    # あるみたいです) or asks nothing the entry does not ask but when it began (咳が続いているようです。…夜に咳き込むことが
    # 時々ある): the same count of the same matter asked again (blind183, blind190, blind197 and blind198's physicians:
    # "repeats the frequency question of the previous entry", "bowel interval already asked in finding 2"); only vague
    # words move, and only from the entry's sentence or the next but one (not the frequency of another matter told later)
    entry: list[Finding] | None = None
    own = 0  # how many findings the entry had before any moved under it: its reach is measured from its own last
    for g in groups:
        if not g or g[0].category in _REPORT_LEVEL:
            continue
        if entry is not None and _asks_again(g, entry[:own], text):
            entry += g
            g.clear()
        else:
            entry, own = g, len(g)
    # a report that states no purpose and asks nothing clear has one problem at its two ends: the request's finding
    # goes under the purpose's, one entry (blind85-89's physicians, of the purpose entry: "overlaps the request entry",
    # "the unclear request is covered by entry 4")
    purpose = next((g for g in groups if g and g[0].category == "purpose"), None)
    if purpose is not None:
        for g in groups:
            if g and g[0].category == "request":
                purpose += g
                g.clear()
    return [g for g in groups if g]


#: A question that asks how often (何日に1回出ていますか？, 週に何回飲み忘れていますか？), not a pulse's rate (何回／分).
_HOW_OFTEN = _regex.lazy(r"何回(?!／分)|何日に1回|回数")
#: The question every entry of a vague time or frequency may add: the entry before may have been told it.
_WHEN_BEGAN = "いつからですか？"
#: How many sentence ends may stand between an entry and a frequency word that asks its count again.
_AGAIN_WITHIN = 2


def _asks_again(g: list[Finding], entry: list[Finding], text: str) -> bool:
    """``g``, vague words only and headed by a vague frequency, asks again the count ``entry`` (the word-level entry
    just before it) asks: it names no observation, or asks nothing else but when it began; within
    :data:`_AGAIN_WITHIN` sentence ends of the entry's last finding."""
    head, asked = g[0], entry[0].suggestion.questions
    if head.category != "vague-frequency" or not any(_HOW_OFTEN.search(q) for q in asked):
        return False
    if not all(f.category in VAGUE_CATEGORIES and f.category != "subjective" and f.severity != "error" for f in g):
        return False
    own = set(head.suggestion.questions) - {_WHEN_BEGAN}
    if head.suggestion.example and not (own and own <= set(asked)):
        return False
    # (naming no observation, its clause must name nothing the entry's sentence does not: 3〜4日出ないこともある, 夜の薬を
    # 忘れることがある after 薬が余ってました; not デイを休むこともあります, 入れ歯を置き忘れることも時々, 下剤を増やして飲むことも:
    # another matter, the session 58 review)
    if not head.suggestion.example and _names_another(text, entry, head):
        return False
    between = text[entry[-1].end : head.start]
    return head.start >= entry[-1].end and len(_SENTENCE_ENDS.findall(between)) <= _AGAIN_WITHIN


#: A noun marked as a clause's subject, object or topic (デイを, 入れ歯を, 薬が), in kanji or katakana.
_MARKED_NOUN = _regex.lazy(r"([一-龥々ァ-ヶー]+)(?=[をがはも])")


def _names_another(text: str, entry: list[Finding], head: Finding) -> bool:
    """The clause of ``head`` names a noun (with を, が, は or も) that the sentence of ``entry``'s first finding does not."""
    clause = text[max(text.rfind(c, 0, head.start) for c in _CLAUSE_MARKS) + 1 : head.start]
    first = entry[0]
    lo = max(text.rfind(c, 0, first.start) for c in _SENTENCE_END) + 1
    ends = [k for k in (text.find(c, first.end) for c in _SENTENCE_END) if k >= 0]
    sentence = text[lo : min(ends) if ends else len(text)]
    return any(noun not in sentence for noun in _MARKED_NOUN.findall(clause))


def _same_advice(f: Finding, group: list[Finding]) -> bool:
    """``f`` takes the questions and the example of a word-level finding of ``group`` (both given)."""
    q, ex = f.suggestion.questions, f.suggestion.example
    return bool(q and ex) and any(g.category not in _REPORT_LEVEL and g.suggestion.questions == q and g.suggestion.example == ex
                                  for g in group)


_SENTENCE_END = frozenset("。．！？!?\n\r")
_SENTENCE_ENDS = _regex.lazy("[" + re.escape("".join(sorted(_SENTENCE_END))) + "]+")  # (a run of them ends one sentence)
#: How far after a clause mark a guess may open to be read with the finding before the mark.
_OPENS_AT = 2


def _opens_clause(text: str, end: int, start: int) -> bool:
    """The finding at ``start`` opens the clause after the last clause mark between ``end`` and it."""
    between = text[end:start]
    cut = max(between.rfind(c) for c in _CLAUSE_MARKS)
    return cut >= 0 and len(between) - cut - 1 <= _OPENS_AT


def _clause_end(text: str, f: Finding) -> int:
    """Where the clause that ``f`` stands in ends: the first clause mark after it, or the end of the text."""
    return next((k for k in range(f.end, len(text)) if text[k] in _CLAUSE_MARKS), len(text))


def _other_kind_after(findings: list[Finding], f: Finding, text: str) -> bool:
    """A word-level finding of another category later in the clause that ``f`` stands in."""
    cut = _clause_end(text, f)
    return any(g.category != f.category and g.category not in _REPORT_LEVEL and f.end <= g.start < cut for g in findings)


def _observation_after(findings: list[Finding], f: Finding, text: str) -> bool:
    """A missing-* finding in the clause that ``f`` opens."""
    cut = _clause_end(text, f)
    return any(g.category.startswith("missing-") and f.start <= g.start < cut for g in findings)


def _same_sentence(text: str, a: Finding, b: Finding) -> bool:
    lo, hi = min(a.start, b.start), max(a.start, b.start)
    return not _SENTENCE_END & set(text[lo:hi])


def write_text(results: list[FileResult], out: IO[str], *, color: bool, concise: bool = False, style: str = "",
               summary: bool = True, details: bool = False) -> None:
    """``style``: "text" (a summary line per file, then each finding with its questions and, once per
    file, its example), "compact" (the summary line and one line per finding: for pre-commit) or
    "concise" (one line per finding, no summary, as before).  ``summary=False`` leaves the summary
    line out (a large file's pieces: the CLI writes it after the last piece).  In "text", the minor points beside a red
    flag (Finding.secondary) are counted on one line unless ``details`` lists them: the physicians rating blind91–94
    called 19 of 79 of them helpful, and a care manager with an urgent matter should phone first."""
    style = style or ("concise" if concise else "text")
    for r in results:
        if r.error:
            continue
        path = printable(r.path)
        if summary and style != "concise" and r.findings:
            out.write(f"{_c(path + ':', '1', color)} {file_summary(r.findings)}\n")
        shown: set[tuple[str, ...]] = set()  # questions and examples already printed for this file
        if style != "text":
            for f in r.findings:
                loc = _c(f"{path}:{f.line}:{f.column}:", "1", color)
                rule = _c(printable(f.rule), _SEVERITY_COLOR.get(f.severity, "0"), color)
                tag = "" if style == "concise" else f" [{printable(label(f.category))}]"
                out.write(f"{loc} {rule}{tag} {printable(f.message)}\n")
            continue
        primary = [f for f in r.findings if not f.secondary]
        for group in phrase_groups(primary, r.text):
            _write_entry(out, group, _c(f"{path}:{group[0].line}:{group[0].column}:", "1", color), "    ・", color)
            for f in group:
                if f.suggestion.questions and f.suggestion.questions not in shown:
                    shown.add(f.suggestion.questions)
                    out.write(f"    ? {printable(' / '.join(f.suggestion.questions))}\n")
                    break  # one set of questions per phrase
            for f in group:
                if f.suggestion.example and (f.suggestion.example,) not in shown:
                    shown.add((f.suggestion.example,))
                    out.write(f"    例: {printable(f.suggestion.example)}\n")
                    break
        later = [f for f in r.findings if f.secondary]
        heading, hidden = secondary_lines(r.outline)
        if later and not details:  # details beside a red flag or a clear request: counted, listed on request
            out.write(f"    {hidden.format(n=len(phrase_groups(later, r.text)))}\n")
        elif later:  # listed after the rest, one line per phrase
            out.write(f"    {heading}\n")
            for group in phrase_groups(later, r.text):
                _write_entry(out, group, f"    {group[0].line}:{group[0].column}:", "      ・", color)


def _write_entry(out: IO[str], group: list[Finding], head: str, under: str, color: bool) -> None:
    """One entry of the text output: a phrase's first finding after ``head``, the others indented under it."""
    for k, f in enumerate(group):
        rule = _c(printable(f.rule), _SEVERITY_COLOR.get(f.severity, "0"), color)
        out.write(f"{head if k == 0 else under} {rule} [{printable(label(f.category))}] {printable(f.message)}\n")


def summary_line(results: list[FileResult]) -> str:
    n = sum(len(r.findings) for r in results)
    files = sum(1 for r in results if r.findings)
    errors = sum(1 for r in results if r.error)
    parts = [f"{n} 件の指摘（{files} ファイル） / {n} finding(s) in {files} file(s)"]
    if errors:
        parts.append(f"{errors} 件のファイルを読めませんでした / {errors} file(s) could not be read")
    return "; ".join(parts)


def _finding_dict(f: Finding) -> dict[str, Any]:
    return f.to_dict()


def json_document(results: list[FileResult]) -> dict[str, Any]:
    files: list[dict[str, Any]] = []
    for r in results:
        if r.error:
            files.append({"path": r.path, "error": {"code": r.error[0], "message": r.error[1]}})
        else:
            files.append({
                "path": r.path,
                "encoding": r.encoding,
                "findings": [_finding_dict(f) for f in r.findings],
                "elements": [e.to_dict() for e in r.elements],
                "outline": r.outline,
            })
    counts: dict[str, int] = {}
    for r in results:
        for f in r.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
    return {
        "schema_version": CLI_SCHEMA_VERSION,
        "tool": {"name": "vaguecheck", "version": __version__},
        "files": files,
        "summary": {
            "files": len(results),
            "findings": sum(len(r.findings) for r in results),
            "errors": sum(1 for r in results if r.error),
            "by_severity": counts,
        },
    }


def write_json(results: list[FileResult], out: IO[str]) -> None:
    import json

    json.dump(json_document(results), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(results: list[FileResult], out: IO[str]) -> None:
    import json

    for r in results:
        if r.error:
            out.write(json.dumps({"path": r.path, "error": {"code": r.error[0], "message": r.error[1]}}, ensure_ascii=False) + "\n")
            continue
        for f in r.findings:
            out.write(json.dumps({"path": r.path, **_finding_dict(f)}, ensure_ascii=False) + "\n")


def _escape_gh(value: str, *, prop: bool = False) -> str:
    value = printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def write_github(results: list[FileResult], out: IO[str]) -> None:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    for r in results:
        if r.error:
            out.write(f"::error file={_escape_gh(r.path, prop=True)}::{_escape_gh(r.error[1])}\n")
            continue
        for f in r.findings:
            end_col = f.column + (f.end - f.start)
            props = (
                f"file={_escape_gh(r.path, prop=True)},line={f.line},col={f.column},"
                f"endColumn={end_col},title={_escape_gh(f'{f.rule} {f.category}', prop=True)}"
            )
            out.write(f"::{level[f.severity]} {props}::{_escape_gh(f.message)}\n")


def sarif_document(results: list[FileResult], lexicon: Lexicon) -> dict[str, Any]:
    rules = sorted(lexicon.rules.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    level = {"error": "error", "warning": "warning", "info": "note"}
    sarif_results = []
    for r in results:
        if r.error:
            continue
        for f in r.findings:
            sarif_results.append({
                "ruleId": f.rule,
                "ruleIndex": index.get(f.rule, -1),
                "level": level[f.severity],
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": r.path},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endColumn": f.column + (f.end - f.start),
                            "charOffset": f.start,
                            "charLength": f.end - f.start,
                            "snippet": {"text": f.text},
                        },
                    }
                }],
            })
    notifications = [
        {"level": "error", "message": {"text": f"{r.path}: {r.error[1]}"}, "descriptor": {"id": r.error[0]}}
        for r in results if r.error
    ]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "vaguecheck",
                "version": __version__,
                "informationUri": help_uri(rules[0]).split("#")[0] if rules else None,
                "rules": [{
                    "id": rule.id,
                    "name": rule.name,
                    "shortDescription": {"text": rule.summary},
                    "fullDescription": {"text": rule.rationale.strip()},
                    "helpUri": help_uri(rule),
                    "help": {"text": f"{rule.summary}\n例: {' / '.join(rule.bad)}\n→ {' / '.join(rule.good)}"},
                    "defaultConfiguration": {"level": level[rule.severity]},
                    "properties": {"category": rule.category},
                } for rule in rules],
            }},
            "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
            "results": sarif_results,
        }],
    }


def write_sarif(results: list[FileResult], out: IO[str], lexicon: Lexicon) -> None:
    import json

    json.dump(sarif_document(results, lexicon), out, ensure_ascii=False, indent=2)
    out.write("\n")
