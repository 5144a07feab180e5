"""The report's outline: what each sentence does, the purpose, the request, urgent symptoms.

This stage reads the whole :class:`~vaguecheck.document.Document`: the ``[[cues]]`` and
``[[urgent]]`` matches per sentence (lexicons/report.toml), its elements and its negation
cues.  Which words signal what is data; this module holds only how they combine:

- the *opening* is every sentence up to the second one that is not frame (addressee,
  greeting, self-introduction, header, closing); the purpose must be stated there;
- a *request* is a sentence with a request form (ください, いただけますか, お願いします) that is not
  only a closing formula; it is clear when it names an action (指示, 意見, 往診 ...) and is not
  one of the vague formulas (何かございましたら, 一応ご報告まで);
- an *urgent symptom* is a ``[[urgent]]`` match that no negation cue covers, with its
  conditions met (a head strike in the same sentence, an anticoagulant anywhere, SpO2 below 90).

A text is a report when it has three or more sentences, an addressee or greeting line counting
as one (佐藤先生 / お世話になっております / 発熱があります is a report); one or two sentences never are,
whatever they say: their outline says so and nothing else.
"""

from __future__ import annotations

import re
from typing import Any

from .context import clause_break, inflected_end
from .document import Document
from .lexicon import Cue, UrgentCondition, UrgentSign
from .matcher import Match
from .model import Outline, Passage, Sentence

#: Below this many sentences (addressee and greeting lines included), a text is not a report.
MIN_REPORT_SENTENCES = 3
#: How many content sentences (not frame) the opening holds: the purpose must be stated there.
OPENING_CONTENT_SENTENCES = 2
#: Several requests without any of these markers (or あわせて, tying one to the last) are "unordered".
_ORDER = re.compile(r"[①-⑳]|(?:^|\s)[(（]?[0-9０-９]{1,2}[)）.．、]|[0-9０-９一二三四五]点目|[一二三四五]つ目|第[一二三四五1-5]に|まず|次に|最後に|優先|以下の[0-9０-９一二三四五]点|あわせて|併せて")
_UNORDERED_AT = 3
#: A line this short with no predicate is a label (MCS投稿), not the report's first content.
_LABEL_LINE = 15
#: Words that say why the writer is in touch: …いただきたくご連絡しました, …をお願いしたくFAXいたします.
_WHY_IN_TOUCH = frozenset(("連絡", "FAX", "ファックス", "ファクス", "送信", "送る"))
#: Words that make a call a plan rather than a fact.
_INTENT = frozenset(("予定", "積もり", "つもり", "たい", "思う", "検討", "場合", "べし", "可能"))
#: Negation items that do not undo a red flag: 「not-an-event」 reads 吐血について or コーヒーのかすのようなもの
#: as a named thing, which for an observation lacking elements is right and for a red flag is not.
_NOT_URGENT_NEGATIONS = frozenset(("not-an-event",))


def build(doc: Document) -> Outline:
    sentences = doc.sentences
    content = [i for i, s in enumerate(sentences) if has_content(s)]
    if len(content) < MIN_REPORT_SENTENCES:
        return Outline(is_report=False)
    cues = {i: _cues(doc, i) for i in content}

    def names_action(i: int) -> bool:
        """往診, 処方の調整 name an action; ご意見, ご指示 do only with a topic (…について, …か)."""
        return "action" in cues[i] or ("open-action" in cues[i] and "topic" in cues[i])

    opening: list[int] = []
    seen_content = 0
    for i in content:
        opening.append(i)
        if not _is_frame(sentences[i], cues[i]):
            seen_content += 1
            if seen_content >= OPENING_CONTENT_SENTENCES:
                break
    purpose_at = next((i for i in opening if _states_purpose(sentences[i], cues[i])), None)

    requests = [i for i in content if "ask" in cues[i] and not _only_closing(cues[i])]
    clear = [i for i in requests if names_action(i) and "vague-request" not in cues[i]]
    no_reply = any("no-reply" in cues[i] for i in content)
    vague_anywhere = any("vague-request" in cues[i] for i in content)
    if no_reply:
        state = "no-reply-needed"
    elif len(requests) >= _UNORDERED_AT and not any(_ORDER.search(sentences[i].text) for i in requests):
        state = "unordered"
    elif clear:
        state = "clear"
    elif requests or vague_anywhere:
        state = "vague"
    else:
        state = "none"
    phoned = any("phoned" in cues[i] and "ask" not in cues[i] and _completed(sentences[i]) for i in content)
    # A message (addressed, signed, with a purpose or a request form) can lack a purpose or a
    # request; a bare record of three observations (体温36.5℃。血圧…。脈拍…。) is not a letter.
    message = any({"frame", "purpose", "ask", "vague-request", "no-reply"} & cues[i].keys() for i in content)
    return Outline(
        is_report=True,
        message=message,
        purpose=_passage(sentences[purpose_at]) if purpose_at is not None else None,
        request=state,
        requests=tuple(_passage(sentences[i]) for i in (clear or requests)),
        urgent=tuple(_urgent(doc, content)),
        phoned=phoned,
    )


def first_content_sentence(doc: Document) -> int | None:
    """The first sentence that is not frame (addressee, greeting, self-introduction, header)."""
    return next((i for i, s in enumerate(doc.sentences) if has_content(s) and not _is_frame(s, _cues(doc, i))), None)


def has_content(sent: Sentence) -> bool:
    """Anything but punctuation and white space."""
    return any(t.pos1 not in ("補助記号", "空白") for t in sent.tokens)


def _cues(doc: Document, i: int) -> dict[str, list[Match[Any]]]:
    """Sentence i's ``[[cues]]`` matches by kind, each where its ``position`` allows."""
    per: dict[str, list[Match[Any]]] = {}
    for m in doc.report[i]:
        if isinstance(m.item, Cue) and _in_position(doc.sentences[i], m):
            per.setdefault(m.item.kind, []).append(m)
    return per


def _is_frame(sent: Sentence, per: dict[str, list[Match[Any]]]) -> bool:
    """Addressee, greeting, self-introduction, header, closing or a label line, unless it also
    states the purpose or names an action (【目的】往診のお願い)."""
    if "purpose" in per or "action" in per:
        return False
    return "frame" in per or _label_line(sent)


def _in_position(sent: Sentence, m: Match[Any]) -> bool:
    """A cue with a ``position`` counts only where it begins / ends / fills the sentence,
    brackets and punctuation aside (佐藤先生 at the end of an addressee line, 【利用者】 at the start)."""
    where = getattr(m.item, "position", None)
    if where is None:
        return True
    words = [k for k, t in enumerate(sent.tokens) if t.pos1 not in ("補助記号", "空白")]
    if not words:
        return False
    starts, ends = m.first <= words[0], m.last > words[-1]
    return starts if where == "start" else ends if where == "end" else starts and ends


def _states_purpose(sent: Sentence, per: dict[str, list[Match[Any]]]) -> bool:
    """ご相談です, 【目的】報告, or a request put first (処方をご検討いただきたくご連絡しました).
    A purpose word in the clause of a call already made (先ほどお電話でもお伝えしましたが) is
    about the call; 救急搬送となりましたのでご報告します still states its purpose."""
    calls = per.get("phoned", ())
    purposes = [m for m in per.get("purpose", ()) if not any(
        c.first <= m.first and not clause_break(sent.tokens, c.last, m.first) for c in calls)]
    # a request put first counts when the sentence says it is why the writer is in touch
    # (…をご検討いただきたくご連絡しました), not for the first of a list of asks
    sent_for = any(t.lemma in _WHY_IN_TOUCH for t in sent.tokens)
    return bool(purposes) or ("ask" in per and sent_for and bool({"action", "open-action"} & per.keys()))


def _label_line(sent: Sentence) -> bool:
    """A short line with no predicate (MCS投稿, 【FAX】, ○○居宅介護支援事業所): a label, not content."""
    return len(sent.text.strip()) <= _LABEL_LINE and not any(t.pos1 in ("動詞", "助動詞", "形容詞") for t in sent.tokens)


def _only_closing(per: dict[str, list[Match[Any]]]) -> bool:
    """よろしくお願いいたします asks nothing; 受診の要否をご指示のほどよろしくお願いいたします does."""
    return (any(m.item.id == "closing" for m in per.get("frame", ()))
            and not ({"action", "open-action", "vague-request"} & per.keys()))


def _completed(sent: Sentence) -> bool:
    """A call or ambulance that happened (お電話でお伝えしました, お電話でご報告し、), not a plan
    (お電話しようと思いましたが, お電話する予定です)."""
    toks = sent.tokens
    if any(t.cform.startswith("意志推量形") or t.lemma in _INTENT for t in toks):
        return False
    return any((t.lemma == "た" and t.pos1 == "助動詞") or t.lemma in ("済み", "済む") or
               (t.lemma == "て" and k + 1 < len(toks) and toks[k + 1].lemma == "居る") for k, t in enumerate(toks))


def _passage(sent: Sentence) -> Passage:
    return Passage(sent.start, sent.end, sent.text)


def _urgent(doc: Document, content: list[int]) -> list[Passage]:
    """Red-flag mentions in text order, the first of each sign that no negation covers."""
    def negated(i: int, m: Match[Any]) -> bool:
        """Any negation cue after ``m`` in its clause: 胸痛なし, 頭は打っていない,
        コーヒーかす様のものは混じっていません, 抗凝固薬の服用はありません."""
        toks = doc.sentences[i].tokens
        return any(n.item.kind == "negation" and n.item.id not in _NOT_URGENT_NEGATIONS
                   and n.first >= m.last and not clause_break(toks, m.last, n.first) for n in doc.context[i])

    def conditions(i: int, scope: str) -> set[str]:
        """Conditions met in sentence i.  A report-wide one that is negated is not met; a sentence
        condition (左 in 左の手足の感覚がない) shares its sign's sentence and negation."""
        return {m.item.sign for m in doc.report[i] if isinstance(m.item, UrgentCondition) and m.item.scope == scope
                and not (scope == "report" and negated(i, m))}

    report_conditions = set().union(*(conditions(i, "report") for i in content))
    out: list[Passage] = []
    taken: set[str] = set()  # one mention per sign: the first
    for i in content:
        sent = doc.sentences[i]
        toks = sent.tokens
        here = doc.report[i]
        sentence_conditions = conditions(i, "sentence")
        for m in sorted((m for m in here if isinstance(m.item, UrgentSign)), key=lambda m: (m.first, -m.last)):
            sign: UrgentSign = m.item
            if sign.id in taken:
                continue
            if sign.with_sentence and sign.id not in sentence_conditions:
                continue
            if sign.with_report and sign.id not in report_conditions:
                continue
            if sign.vital and not _vital_beyond(doc, i, sign):
                continue
            if not sign.with_sentence and negated(i, m):
                continue  # a sign read with a word beside it (急に + 話せなくなった) carries its negation in that word
            taken.add(sign.id)
            last = m.last
            while last < len(toks) and (toks[last].pos1 == "接尾辞" or (last > m.last and toks[last].lemma in ("た", "ます"))):
                last += 1  # 便が黒|っぽかっ|た: the whole predicate
            start, end = toks[m.first].start, toks[inflected_end(toks, last)].end
            out.append(Passage(start, end, sent.text[start - sent.start : end - sent.start], sign.label, sign.id))
    return out


def _vital_beyond(doc: Document, i: int, sign: UrgentSign) -> bool:
    """A measured value of the sign's units beyond its threshold (SpO2 88%, 39.2℃), in this
    sentence or the two on either side (寒気がすると言って震えていた。熱は39℃あった。)."""
    for k in range(max(0, i - 2), min(len(doc.sentences), i + 3)):
        for el in doc.elements[k]:
            unit, amount = el.value.get("unit") or "", el.value.get("amount")
            if el.kind != "quantity" or unit not in sign.vital or not isinstance(amount, (int, float)):
                continue
            if not unit and not (k == i and 50 <= amount <= 100):  # a bare number: only beside the sign, in range
                continue
            top = el.value.get("max") or amount
            if (sign.below is not None and min(amount, top) < sign.below) or (sign.above is not None and max(amount, top) > sign.above):
                return True
    if "" in sign.vital and sign.below is not None:  # 酸素が86くらい: a bare number the element rules leave alone
        toks = doc.sentences[i].tokens
        for k, t in enumerate(toks):
            value = _number(t.norm) if t.tag.startswith("名詞-数詞") else None
            after = toks[k + 1] if k + 1 < len(toks) else None
            bare = after is None or after.pos1 in ("助詞", "助動詞", "補助記号") or after.norm in ("%", "％")
            if value is not None and bare and 50 <= value < sign.below:  # not 76歳, not 1L
                return True
    return False


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
