"""The analysed text that every pass reads, and the candidate findings passes return.

A pass is a function ``run(doc: Document, found: list[Candidate]) -> list[Candidate]``:
it reads the whole :class:`Document` (and the candidates of the passes before it) and
returns new candidates anchored anywhere in the text.  The checker turns candidates into
:class:`~vaguecheck.model.Finding` objects with line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .analyzer import Analysis
from .context import denied, other_person_scopes
from .lexicon import ContextPattern, Cue, DegreeSign, Entry, Lexicon, Observation, Rule, TopicWord, UrgentCondition, UrgentSign
from .matcher import Match
from .model import SEVERITIES, Element, Outline, Sentence, Suggestion


@dataclass(frozen=True, slots=True)
class Candidate:
    """A finding before it has a line and column."""

    rule: Rule
    start: int
    end: int
    sentence: int
    message: str
    suggestion: Suggestion
    entry: str
    missing: tuple[str, ...] = ()
    secondary: bool = False  # Finding.secondary: set by the report pass
    observation: tuple[int, int] | None = None  # Finding.observation: set by the missing pass on a vague word


@dataclass
class Document:
    """The analysed text that passes read: sentences, their elements, their context."""

    analysis: Analysis
    lexicon: Lexicon
    active: frozenset[str]  # rule ids selected for this check
    elements: list[list[Element]]  # per sentence
    blocked: list[list[tuple[int, int]]]  # per sentence: 「quotations」 and pseudo phrases, never flagged
    entries: list[list[Match[Entry]]]  # per sentence
    observations: list[list[Match[Observation]]]  # per sentence
    context: list[list[Match[ContextPattern]]]  # per sentence
    report: list[list[Match[Cue | UrgentSign | UrgentCondition]]]  # per sentence: report-level cues
    topic_words: list[list[Match[TopicWord]]]  # per sentence: observations' topics words (血圧, 体位変換)
    outline: Outline | None = None  # built by outline.build once the rest is known
    # the letter's addressee lines, never an observation of the patient: なかゆくい内科クリニック 比嘉先生
    # names no itch (filled with the outline: outline.is_addressee)
    frames: frozenset[int] = frozenset()
    # the red flags the report explains (鉄剤 for 黒色便: an UrgentSign's ``unless_report``; filled with the outline)
    explained: frozenset[str] = frozenset()
    # per sentence: the 「quotations」 alone (in ``blocked`` too): someone else's words, not the writer's ask
    quotes: list[list[tuple[int, int]]] | None = None
    # per sentence: the observations' signs of a degree found in it (押すと跡が残る of むくみ: ``Observation.degree_by``)
    degree_signs: list[list[Match[DegreeSign]]] | None = None
    # each sentence's paragraph and the figures each observation is named with (figures.told, made on first use)
    figures: tuple[list[int], dict[str, list[tuple[int, int, set[str]]]]] | None = None
    # the summary lines and the figures below each (figures.after_the_summary, made on first use)
    summary: dict[int, list[tuple[str, str | None, int, bool]]] | None = None
    # the body's first ask after a subject-line purpose, as a one-item tuple (figures.lead, made on first use)
    lead: tuple[int | None] | None = None
    # per sentence: ids of its denied observation matches (made on first use by ``topic``)
    denied_observations: dict[int, set[int]] = field(default_factory=dict)
    # per sentence: its ``[[cues]]`` by kind where their position allows (made on first use by ``outline``, which reads
    # them up to a dozen times a sentence; read-only)
    cues: dict[int, dict[str, list[Match[Cue | UrgentSign | UrgentCondition]]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # plain attributes, not properties: the passes read them over a hundred thousand times per thousand checks
        self.sentences: tuple[Sentence, ...] = self.analysis.sentences
        self.text: str = self.analysis.text.original

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that holds ``offset`` (a red flag's, the purpose's or a request's start)."""
        return next(k for k, s in enumerate(self.sentences) if s.start <= offset < s.end)

    def text_around(self, si: int, before: int, after: int) -> str:
        """The original text of sentence ``si`` with up to ``before`` sentences before it and ``after`` after it (fewer at
        the document's ends): where a red flag's course or an observation's answer may be told."""
        first, last = max(0, si - before), min(len(self.sentences) - 1, si + after)
        return self.text[self.sentences[first].start : self.sentences[last].end]

    def same_line(self, si: int) -> bool:
        """Sentence ``si + 1`` goes on on the line of sentence ``si`` (no line break between: the same item of a
        report; a file is checked in pieces cut at line breaks)."""
        return si + 1 < len(self.sentences) and not any(
            c in self.text[self.sentences[si].end : self.sentences[si + 1].start] for c in "\r\n")

    def health(self, si: int) -> list[tuple[int, int]]:
        """Token ranges of sentence si that tell the person's body or daily life: an observation, a topic word (食事,
        血圧), a red flag, a state word (a subjective entry: 元気がない) or an appearance (VC201, 大変そう)."""
        rules = self.lexicon.rules
        toks = self.sentences[si].tokens
        return [(m.first, m.last) for m in self.observations[si]] + [(m.first, m.last) for m in self.topic_words[si]] + [
            (m.first, m.last) for m in self.report[si] if isinstance(m.item, UrgentSign)] + [
            (m.first, m.last) for m in self.entries[si] if rules[m.item.rule].category == "subjective" or m.item.rule == APPEARANCE
            or m.item.id in BODY_ENTRIES] + [
            # a verb of the body or of daily life (寝てない, お茶も飲んでない, 動かしにくい, 同じことを何回も聞かれます: the session
            # 32 review found them read as asides)
            (k, k + 1) for k, t in enumerate(toks) if t.lemma in BODY_VERBS and t.pos1 == "動詞"]

    def denied(self, si: int) -> set[int]:
        """Ids of the observation matches sentence si denies (頭痛はありません), made on first use."""
        negated = self.denied_observations.get(si)
        if negated is None:
            toks = self.sentences[si].tokens
            negated = self.denied_observations[si] = (
                denied(toks, self.context[si], self.elements[si], list(self.observations[si])) if self.observations[si] else set())
        return negated

    def tells_a_vital(self, si: int) -> bool:
        """Sentence si names a vital sign (a ``vital = true`` observation or its topic word: 血圧は少し低め), which a
        physician asks for beside any red flag."""
        return any(m.item.vital for m in self.observations[si]) or any(m.item.observation.vital for m in self.topic_words[si])

    def explained_sign(self, si: int, first: int, last: int) -> bool:
        """Every red flag read over tokens [first, last) of sentence si is one the report explains (鉄剤 for 便が黒く); not
        便に血 beside 鉄剤, which another sign (fresh blood) also reads (the session 31 review)."""
        if not self.explained:
            return False
        # (a sign read only with a condition, コーヒー残渣様 of 黒く without a vomit, is no reading of its own)
        signs = [s for s in self.report[si] if isinstance(s.item, UrgentSign) and s.first < last and first < s.last
                 and not (s.item.with_sentence or s.item.with_report or s.item.with_near or s.item.vital)]
        return bool(signs) and all(s.item.id in self.explained for s in signs)

    def topic(self, si: int, first: int, last: int, asking: bool = False) -> Observation | None:
        """The observation that a vague word at tokens ``first:last`` of sentence ``si`` qualifies:
        the nearest observation (by its patterns or its ``topics`` words) with questions or an example
        of its own, in the same clause (no comma after a predicate between them): 血圧がちょっと高め.
        One inside a relative clause yields to one that is not (最近ちょっと食べたものを戻す: the
        word is about 戻す, not 食べた), a denied one is not asked about, and hearsay (〜そうです) is
        about its source, not about an observation.  ``asking``: the observation whose questions the word takes,
        which is never one its sentence denies, nor one named only inside a denied observation's words or a pseudo
        phrase (a topic word's own negation is not read: 元気がありません is the state itself).
        """
        toks = self.sentences[si].tokens
        if any(t.lemma.endswith("-伝聞") for t in toks[first:last]):
            return None
        aside = _in_brackets(toks)  # （転倒はなし） is an aside: it lends nothing to a word outside it
        found: list[tuple[bool, int, int, Observation]] = []  # (in a relative clause, distance, priority, observation)
        # a denied observation (頭痛とかはないみたいです: blind65) is not what a vague word asks about
        negated = self.denied(si)
        # (nor, for what to ask, one another person has: 隣の家のじさまが…転倒して入院したんだって、本人すごく心配して
        # asks the worry nothing of a fall: blind177's physician)
        others = other_person_scopes(toks, self.context[si]) if asking else []
        for m in self.observations[si]:
            if (m.item.questions or m.item.example) and id(m) not in negated and not (
                    asking and (overlaps_any(toks[m.first].start, toks[m.last - 1].end, self.blocked[si])
                                or any(a <= m.first < b for a, b in others))):
                # (a general change, 咳が増えて, gives way to what changed at the same distance: its questions and example
                # are the cough's, not the change's exudate: blind120's physician)
                found.append((_modifies_a_noun(toks, m.last), max(m.first - last, first - m.last, 0), 2 if m.item.yields else 0, m.item))
        order = _order(self.lexicon.observations)
        # (nor, for what to ask, is its topic word: 吐き気はないようです names nausea only to deny it: blind80's
        # physician; a report's matter, 食欲低下についてご報告します, still lends its figures to settle a word)
        denied_at = [(m.first, m.last) for m in self.observations[si] if id(m) in negated] if asking else []
        if asking:  # (nor a topic word a pseudo phrase holds: 家族の間にしこりが残る is no lump: the session 22 review;
            # a topic word's own negation is often the state itself, 元気がありません, so it is not read as a denial)
            denied_at += [(m.first, m.last) for m in self.topic_words[si]
                          if overlaps_any(toks[m.first].start, toks[m.last - 1].end, self.blocked[si])
                          # (a measured sign's word denied right after it, 熱とかはないみたいです, names no fever to measure:
                          # blind141's physician, "the example assumes 38.2 fever while the report says no fever")
                          or (m.item.observation.vital and _denied_after(toks, m.last))]
        # (nor a topic word that names a drug by what it treats: 湿布が足りんみたいなのと、血圧の薬の残りが合わん asks nothing of
        # the blood pressure: blind123's physician)
        hits = sorted(((m.first, m.item.observation) for m in self.topic_words[si]
                       if not any(a <= m.first < b for a, b in [*denied_at, *others]) and not names_a_drug(toks, m.last)),
                      key=lambda h: (order(h[1]), h[0]))
        found += [(_modifies_a_noun(toks, k + 1), max(k - last + 1, first - k, 0), 1, obs) for k, obs in hits]
        for _, _, _, obs in sorted(found, key=lambda x: x[:3]):
            where = [k for k, o in hits if o is obs] + [
                m.first for m in self.observations[si] if m.item is obs
            ]
            where = [k for k in where if aside[k] == aside[first]]
            if any(not _clause_break(toks, min(k, first), max(k, last)) for k in where):
                return obs
        return None


#: Particles between a sign's word and its denial (熱とかはない, 熱も出ていない).
_BEFORE_DENIAL = frozenset(("と", "か", "は", "も", "が", "とか", "など", "等"))


def _denied_after(toks, k: int) -> bool:
    """Tokens from ``k`` read particles, at most one verb of being or arising (出る, 有る), then a negation: 熱とかはない,
    熱は出ていません, 熱なし."""
    while k < len(toks) and toks[k].norm in _BEFORE_DENIAL:
        k += 1
    if k < len(toks) and toks[k].lemma in ("出る", "有る", "ある"):
        k += 1
        k += 1 if k < len(toks) and toks[k].lemma in ("て", "居る", "てる") else 0
        k += 1 if k < len(toks) and toks[k].lemma == "居る" else 0
    if k < len(toks) and toks[k].lemma == "ます":
        k += 1
    if not (k < len(toks) and toks[k].lemma in ("無い", "無し", "ない", "なし", "ず", "ぬ")):
        return False
    # (not a negation undone after it: 熱もないわけではない, 熱はないとは言えない: the session 45 review)
    after = toks[k + 1 : k + 3]
    return not any(t.lemma in ("訳", "わけ") for t in after) and not (after and after[0].norm == "と" and len(after) > 1 and after[1].norm == "は")


#: Words for a drug after a measure or a symptom (血圧の薬, 便秘のお薬, 眠りの薬剤, 血糖降下剤).
_DRUG_WORDS = frozenset(("薬", "薬剤", "内服薬", "飲み薬", "貼り薬", "塗り薬", "剤", "降下剤", "降下薬", "湿布", "湿布薬", "軟膏"))


def names_a_drug(toks, k: int) -> bool:
    """Tokens from ``k`` read の? + お? + a drug's word: the word before names the drug, not a state (血圧の薬 is no
    blood pressure; 血糖降下剤 no glucose reading). Read by the document's topic words and by the outline's red flags."""
    k += 1 if k < len(toks) and toks[k].norm == "の" else 0
    k += 1 if k < len(toks) and toks[k].pos1 == "接頭辞" else 0
    return k < len(toks) and toks[k].lemma in _DRUG_WORDS


#: Vague-word categories that a red flag's own words may hold (a degree, an impression, a hedge: 話し方が少しもつれている,
#: 便が黒っぽく): the red flag, or the report's explanation of it, answers them (passes/report.py, passes/lexical.py).
WORDS_IN_A_SIGN = frozenset(("vague-quantity", "subjective", "inference"))
#: The rule of 様態 そう (大変そう, 痛そう): the person's state as the writer saw it.
APPEARANCE = "VC201"
#: Verbs of the body and of daily life: a sentence that holds one tells the person's state (Document.health), whatever
#: observation the lexicon reads in it.
BODY_VERBS = frozenset((
    "寝る", "眠る", "起きる", "目覚める", "飲む", "食べる", "噛む", "飲み込む", "歩く", "動く", "動かす", "立つ", "座る", "転ぶ", "倒れる",
    "聞こえる", "忘れる", "覚える", "痛む", "痺れる", "疲れる", "休む", "漏れる", "吐く", "咳き込む",
    "噎せる", "震える", "腫れる", "浮腫む", "痩せる", "太る", "嫌がる", "怒る", "泣く", "盗む", "探す",
))
#: Entries about a body function (トイレが近い, うとうと): a sentence that holds one tells the person's state.
BODY_ENTRIES = frozenset(("toilet-chikai",))

SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

# id(observations) -> (the tuple, kept so that its id is not reused; its order function)
_ORDERS: dict[int, tuple[tuple[Observation, ...], Callable[[Observation], int]]] = {}


def _order(observations: tuple[Observation, ...]) -> Callable[[Observation], int]:
    """``observations.index``, by identity when no two observations share an id (and so none are
    equal): ``index`` compares each observation before the one sought field by field."""
    got = _ORDERS.get(id(observations))
    if got is None or got[0] is not observations:
        if len({o.id for o in observations}) == len(observations):
            position = {id(o): k for k, o in enumerate(observations)}
            index = observations.index

            def order(o: Observation) -> int:
                k = position.get(id(o))
                return index(o) if k is None else k  # index: an equal copy of one of them

            got = (observations, order)
        else:
            got = (observations, observations.index)
        if len(_ORDERS) >= 8:  # a lexicon per Checker; few live at once
            _ORDERS.clear()
        _ORDERS[id(observations)] = got
    return got[1]


def fill(message: str, **values: str) -> str:
    """Put {text} / {label} into a message; other braces are left as written (no str.format,
    so a team's message with 「{いつ}」 in it cannot break a check)."""
    for key, value in values.items():
        message = message.replace("{" + key + "}", value)
    return message


#: Nouns a predicate ends on without describing a thing (戻すことがある, 取れているようです): not a relative clause.
_FORMAL_NOUNS = frozenset(("こと", "事", "の", "よう", "様", "ところ", "所"))


def _modifies_a_noun(toks: tuple, last: int) -> bool:
    """Whether the predicate ending before token ``last`` describes a noun after it (食べ|た|もの,
    むくんで|いる|足): a relative clause, which says what a thing is, not what happened; or whether the noun ending
    there only tells when the next noun happens (食事|中|の|むせ, 入浴|時|の|ふらつき: the むせ is the matter, batch
    118's physician)."""
    if last + 1 < len(toks) and toks[last].lemma in _WHILE and toks[last + 1].norm == "の" and toks[last - 1].pos1 == "名詞":
        return True
    k = last - 1
    if k < 0 or toks[k].pos1 not in ("動詞", "形容詞", "助動詞"):
        return False
    while k + 1 < len(toks) and (toks[k + 1].pos1 == "助動詞" or toks[k + 1].tag.startswith("動詞-非自立")
                                 or (toks[k + 1].lemma == "て" and toks[k + 1].pos1 == "助詞")):
        k += 1  # 食べ|て|い|た: the whole predicate
    if k + 1 >= len(toks) or not toks[k].cform.startswith("連体形"):
        return False
    after = toks[k + 1]
    return after.pos1 == "名詞" and after.lemma not in _FORMAL_NOUNS and not after.tag.startswith("名詞-助動詞語幹")


#: The nouns after an activity that make it a time (食事中, 入浴時, 食後): 中, 時, 後, 前, 際.
_WHILE = frozenset(("中", "時", "後", "前", "際"))


def _in_brackets(toks: tuple) -> list[int]:
    """For each token, which round-bracket aside it is in (0: none), so a word and a topic in
    different asides are not read together."""
    out, depth, count = [], 0, 0
    for t in toks:
        if t.norm in ("(", "（"):
            depth += 1
            count += 1
        out.append(count if depth else 0)
        if t.norm in (")", "）") and depth:
            depth -= 1
    return out


def _clause_break(toks: tuple, a: int, b: int) -> bool:
    """Whether a clause ends between tokens ``a`` and ``b``: a comma after a predicate or a
    conjunctive particle (熱があり、食事は少し), not after a topic (血圧は、少し高め), nor after the matter the sentence
    opens with (おしりの傷ですが、まだ治らないみたいで: the wound is what follows is about, blind118's physician)."""
    return any(
        toks[k].norm in ("、", ",") and k > 0
        and (toks[k - 1].pos1 in ("動詞", "形容詞", "助動詞") or toks[k - 1].tag.startswith("助詞-接続助詞"))
        and not _opens_with_its_matter(toks, k)
        for k in range(max(a, 1), min(b, len(toks)))
    )


def _opens_with_its_matter(toks: tuple, k: int) -> bool:
    """The comma at ``k`` closes 〜ですが / 〜の件ですが that opens the sentence with a noun and no figure: its matter."""
    return (k >= 3 and toks[k - 1].norm == "が" and toks[k - 2].lemma in ("です", "だ") and toks[k - 3].pos1 == "名詞"
            and not any(t.tag.startswith("名詞-数詞") or t.norm in ("、", ",", "。") for t in toks[: k - 3]))


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
