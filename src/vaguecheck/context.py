"""Context shared by the passes: inflection, quotations, clause scope and negation.

medspaCy's ConText is the model: the cues themselves are lexicon data (``[[negation]]``,
``[[pseudo]]``, ``[[hearsay]]``, ``quotes``); this module holds only the mechanisms that
decide how far a cue reaches (the clause, the predicate's inflection, a list).
"""

from __future__ import annotations

import re
from typing import Callable

from . import _regex
from .lexicon import ContextPattern, Observation, Spec
from .matcher import Match, any_matches
from .model import Token

#: Inflection that belongs to a matched predicate: 余っ|て|いる, 落ち込ん|で|い|ます,
#: ようでし|た, 悪|そう (an adjective stem needs its そう to be readable).
_INFLECTION = frozenset(
    ("ます", "た", "ず", "ない", "れる", "られる", "せる", "させる", "て", "居る", "仕舞う", "ちゃう", "そう-様態")
)


def inflected_end(toks, last: int) -> int:
    """Index of the last token of a match, extended over its inflection."""
    k = last - 1
    if toks[k].pos1 not in ("動詞", "形容詞", "助動詞"):
        return k
    if toks[k].pos1 == "形容詞" and k + 1 < len(toks) and toks[k + 1].norm == "か" and (
            toks[k].cform.startswith("語幹") or toks[k + 1].lemma == "だ"):
        return k + 1  # Kyushu's か-adjective (ひどか, 痛か: UniDic's stem, or ひど read whole, and か): the word is both
    while k + 1 < len(toks) and toks[k + 1].lemma in _INFLECTION:
        k += 1
    return k



def quote_spans(norm: str, start: int, end: int, pairs: tuple[tuple[str, str], ...], to_orig) -> list[tuple[int, int]]:
    """Original spans of quoted text (brackets included), outermost only."""
    if not pairs:
        return []
    openers = _OPENERS.get(pairs)
    if openers is None:
        openers = _openers(pairs)
    search, closing = openers
    spans: list[tuple[int, int]] = []
    if search is None:
        return spans
    i = start
    # from one opening mark to the next by a regular expression, not character by character
    while (m := search(norm, i, end)) is not None:
        i = m.start()
        j = norm.find(closing[norm[i]], i + 1, end)
        if j < 0:
            j = end - 1  # unclosed quote: the person's words run to the end of the sentence
        spans.append(to_orig(i, j + 1))
        i = j + 1
    return spans


#: Per lexicon's quotation marks: the search for an opening mark (None: no mark of one character, which is all that
#: can open a quotation) and each opening mark's closing one (the last pair given for a mark, as ``dict`` keeps).
_OPENERS: dict[tuple[tuple[str, str], ...], tuple[Callable[..., re.Match[str] | None] | None, dict[str, str]]] = {}


def _openers(pairs: tuple[tuple[str, str], ...]) -> tuple[Callable[..., re.Match[str] | None] | None, dict[str, str]]:
    closing = dict(pairs)
    marks = "".join(mark for mark in closing if len(mark) == 1)
    got = (re.compile("[" + re.escape(marks) + "]").search if marks else None, closing)
    if len(_OPENERS) >= 8:  # a lexicon per Checker; few live at once
        _OPENERS.clear()
    _OPENERS[pairs] = got
    return got



#: A blood pressure written without its unit (150/90, 150の90) in a sentence that names the blood pressure.
#: The element extractor reads only 150/90mmHg; this reading belongs there in time (elements.py is the lead's).
_BARE_PRESSURE = _regex.lazy(
    r"(?<![0-9./])(?:[6-9][0-9]|1[0-9]{2}|2[0-4][0-9])\s*(?:/|の|-)\s*(?:[3-9][0-9]|1[0-4][0-9])(?![0-9./]|\s*(?:mmHg|℃|%|kg))"
    # a range of systolic values (朝は150〜170くらい: blind121's physician, "morning systolic values are already given")
    r"|(?<![0-9./])(?:1[0-9]{2}|2[0-4][0-9])\s*[〜~～]\s*(?:1[0-9]{2}|2[0-4][0-9])(?![0-9./]|\s*(?:mmHg|℃|%|kg|ml|mL|g|回|分|歩|m|円))"
)
PRESSURE_WORD = _regex.lazy(r"血圧|BP|上が")


def bare_pressures(norm: str, start: int, end: int, to_orig, topic: str = "") -> list[tuple[int, int]]:
    """Original spans of blood pressures written without mmHg, when the sentence ``norm[start:end]``
    (or ``topic``, the sentence it gives the figures of) names the blood pressure (血圧ちょっと高うて、
    150の90でした); dates (11/28) never fit the ranges."""
    text = norm[start:end]
    if not PRESSURE_WORD.search(text + "\n" + topic):
        return []
    return [to_orig(start + m.start(), start + m.end()) for m in _BARE_PRESSURE.finditer(text)]


#: Dependency labels that head a clause (GiNZA / UD).
_CLAUSE_HEADS = frozenset(("ROOT", "root", "advcl", "acl", "ccomp", "csubj", "conj", "parataxis"))
#: Clause links that coordinate (a 連用 chain: 傾眠が強く、食事も半分以下です) rather than embed.
_COORDINATING = frozenset(("advcl", "conj", "parataxis"))


def clause_groups(toks: tuple[Token, ...]) -> tuple[list[int], dict[int, int]] | None:
    """For a parsed sentence, a clause-group id per token; None without a parser.

    A token belongs to the clause of the nearest head above it that heads a clause.
    Coordinated clauses (advcl, conj, parataxis, and an acl that ends in 連用形) share one group,
    so an element in 「3日前から日中の傾眠が強く、食事も半分以下です」 reaches both; a relative
    clause (an acl that ends in 連体形: 「3日前から始めた体操の途中で」) keeps its own, and the
    second value maps it to the token it modifies: a relative clause describing the observation
    itself (「夜間に4回トイレに起きる頻尿」) still counts for it.  Where GiNZA splits our sentence into
    several roots (「たまに（月2回程度）失禁があります」), the roots are taken as coordinated.
    """
    if not toks or all(t.head < 0 for t in toks):
        return None
    n = len(toks)
    head_of = []
    for k in range(n):
        j, steps = k, 0
        while toks[j].dep not in _CLAUSE_HEADS and 0 <= toks[j].head < n and toks[j].head != j and steps < n:
            j, steps = toks[j].head, steps + 1
        head_of.append(j)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    roots = sorted(h for h in set(head_of) if toks[h].dep in ("ROOT", "root"))
    for a, b in zip(roots, roots[1:], strict=False):
        parent[find(b)] = find(a)
    relative: dict[int, int] = {}
    for h in sorted(set(head_of)):
        t = toks[h]
        if t.dep in ("ROOT", "root") or not (0 <= t.head < n) or t.head == h:
            continue
        # how the clause ends decides: 強く、(連用形) coordinates; 始めた (た in 連体形) modifies a noun
        last = max((k for k in range(n) if head_of[k] == h and toks[k].pos1 != "補助記号"), default=h)
        if t.dep in _COORDINATING or (t.dep == "acl" and toks[last].cform.startswith("連用")):
            parent[find(h)] = find(head_of[t.head])
        else:
            relative[h] = t.head
    groups = [find(h) for h in head_of]
    return groups, {groups[h]: target for h, target in relative.items()}


def group_at(clauses: tuple[list[int], dict[int, int]] | None, toks: tuple[Token, ...], offset: int) -> int | None:
    if clauses is None:
        return None
    for k, t in enumerate(toks):
        if t.start <= offset < t.end:
            return clauses[0][k]
    return None



def clause_break(toks, first: int, last: int) -> bool:
    return any(toks[k].norm in ("、", ",", "。") for k in range(first, last))


#: What ends a clause when it follows a predicate or a conjunctive particle.
_CLAUSE_MARKS = ("、", ",", "。")


def predicate_break(toks, first: int, last: int, marks: tuple[str, ...] = _CLAUSE_MARKS) -> bool:
    """Whether a clause ends among tokens ``first``..``last``: a mark after a predicate or a
    conjunctive particle (見られ、 / 声をかけたら、), not one after a topic or a time word (最近、1週間前から /
    奥様が昨日の夜、胸の痛みで); :func:`clause_break` counts every comma."""
    return any(toks[k].norm in marks and k > 0 and (
        toks[k - 1].pos1 in ("動詞", "形容詞", "助動詞") or toks[k - 1].tag.startswith("助詞-接続助詞"))
        for k in range(first, last))


#: Verbs of receiving a favour after て: 〜てもらう / 〜ていただく, an act the writer has someone do.
_FAVOUR_RECEIVED = frozenset(("貰う", "頂く", "戴く"))
#: The favour a carer gives after て (ヘルパーさんが…行ってくれとる): a practice only when the carer is the act's subject.
_FAVOUR_GIVEN = frozenset(("呉れる", "くれる"))
#: Their potential forms (もらえる, いただける): 〜てもらえていない tells what the person cannot be got to do.
_POTENTIAL_FAVOUR = ("もらえ", "貰え", "いただけ", "頂け", "もろえ")
#: Words after 〜てもらう that make it a standing practice: いる / おる / てる (〜てもらっている, 〜てもろとる, 〜てもらってます).
_STANDING = frozenset(("居る", "いる", "おる", "とる", "てる", "よる", "よらす", "ちょる"))
#: The carers whose favour 〜てくれる tells a practice (ヘルパーさんが時々買い物にも行ってくれとる): not the person, whose
#: 〜てくれる is what they did (少し食べてくれました).
_CARERS = frozenset(("ヘルパー", "看護", "看護師", "訪看", "職員", "スタッフ", "療法士", "HH", "ＨＨ"))
#: The acts of prompting that make 〜よう a practice (水分を多めに摂るよう声かけ, 少量ずつ提供するよう家族へ指導).
_PROMPTS = frozenset(("声掛け", "声かけ", "指導", "促す", "勧める", "すすめる", "助言", "依頼", "お願い", "願う"))
#: Nouns of a cause or an occasion: what stands before them is the person's (便秘気味のため, 発熱時は, 微熱の日は).
_OCCASIONS = frozenset(("ため", "為", "時", "際", "日", "度", "たび", "場合", "折", "とき"))
#: How many tokens after a vague word an arrangement or an act of getting in touch is looked for.
_ARRANGEMENT_REACH = 16
#: The carers' acts of offering and prompting: with a carer as the subject, how they do it is a care practice.
_CARE_ACTS = frozenset(("勧める", "すすめる", "提供", "声掛け", "声かけ", "促す", "補給"))
#: What the carers offer, which may stand between the amount and their act (少しずつ水分を勧めています).
_OFFERED = frozenset(("水分", "食事", "補食", "茶", "お茶", "ゼリー", "水", "飲み物", "栄養", "補助食品", "おやつ"))
#: After the act, a limit or a failure: then the amount is what the person took (少量しか…提供できていません).
_NOT_DONE = frozenset(("ない", "ず", "出来る", "できる", "れる", "られる", "える"))
#: The person as the subject of their own clause (本人が, ご本人は, 利用者が).
_THE_PERSON = frozenset(("本人", "利用者", "患者"))
#: Causative auxiliaries between an act and the favour (食べさせてもらっています).
_CAUSATIVE = frozenset(("させる", "せる"))
#: Negatives after a verb (〜てもらっていない, Kansai 〜てもろてへん).
_NEGATIVE = frozenset(("ない", "無い", "ず", "ぬ", "ん", "へん", "ひん", "ねえ", "ねぇ"))
#: Nouns that make 〜に する an arrangement (〜ようにしている, 〜ことにしている).
_ARRANGED_AS = frozenset(("様", "よう", "事", "こと"))


def arranged(toks, k: int, health: list[tuple[int, int]] = []) -> bool:  # noqa: B006 (read only)
    """The vague word that ends before token ``k`` says how the carers do one act, which the clause arranges: the act's
    verb, reached with nothing but nouns, particles, adverbs and adverbial forms between (こまめに, 柔らかめに), takes a
    favour received as a standing practice (〜てもらっています, 〜てもろとる, 〜てもらうようにしている, causative 〜させて
    もらっています) or is made a practice (〜ようにしている, 〜ことにしている).  So ご飯ちょっこし柔らかめに作ってもろとる and
    保湿剤を多めに塗ることにしています (batch 86) tell a care practice, not the person's state.  Any other predicate on the
    way is the person's (時々ふらつきがあるので手すりを持ってもらう, 足が少しむくんでいて足を上げてもらっています, 歩行が少し
    不安定で杖を使ってもらう, 少し腫れている右足に湿布を貼ってもらっています: the session 33 review), and so are
    〜てもらえていない (cannot be got to) and a one-off ask (受診していただくようお伝えしました).  Nor may a word of the
    person's health (``health``: an observation, a topic word, a state word) or a noun of a cause or an occasion stand
    between (少し便秘気味のため下剤を…, 時々の発熱時は…, 多少のふらつきには…: the session 33 second review)."""
    j = k - 1
    end = min(len(toks), k + _ARRANGEMENT_REACH)  # a clause's few words, so a long run of nouns stays linear
    carer: bool | None = None
    while j + 1 < end:
        j += 1
        t = toks[j]
        if any(a <= j < b for a, b in health) and t.pos1 != "動詞":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if t.lemma in _OFFERED and nxt is not None and (nxt.norm == "を" or nxt.lemma in _CARE_ACTS):
                if carer is None:
                    carer = _carers_own_act(toks, k)
                if carer:
                    continue  # ヘルパーが少しずつ水分を勧めています: what the carers offer, the object of their act
            return False  # 少し便秘気味のため…, 多少のふらつきには…: the person's state
        if t.norm in _OCCASIONS or t.lemma in _OCCASIONS:
            return False  # …のため, …の時は, …の日は, …のたびに: a cause or an occasion of the person's
        if t.lemma in _CARE_ACTS and t.pos1 in ("動詞", "名詞"):
            if carer is None:
                carer = _carers_own_act(toks, k)
            if carer:
                # ヘルパーが少しずつ水分を勧めています, ﾍﾙﾊﾟｰが少量ずつ水分提供中: the carers' own act (batch 93); not
                # 少量しか水分を提供できていません, ほとんど水分を促せない: what the person takes (the session 36 review)
                return not any(u.lemma in _NOT_DONE for u in toks[j + 1 : j + 6])  # (ん of 勧めてるんです: の)
        if t.pos1 == "動詞":
            while j + 1 < len(toks) and toks[j + 1].pos1 == "動詞" and toks[j + 1].start == t.end:
                j += 1  # a compound verb Sudachi splits (切り|替え)
                t = toks[j]
            # (〜てくれる only with a carer the subject of the act's own clause: not ヘルパーさんが来ると、少し食べてくれています)
            return _arranges(toks, j + 1, any(_carer_subject(toks, i, k) for i in range(max(0, k - _ARRANGEMENT_REACH), k)))
        if t.pos1 in ("名詞", "代名詞", "副詞", "形状詞", "接頭辞", "接尾辞", "連体詞") or t.tag.startswith("感動詞-フィラー") or (
                t.pos1 == "助詞" and not t.tag.startswith("助詞-接続助詞") and t.norm not in ("で", "が")) or (
                t.pos1 == "助動詞" and t.lemma == "だ" and t.cform.startswith("連用形-ニ")) or (
                t.pos1 == "形容詞" and t.cform.startswith("語幹")):
            # 水分を|ちいと|ずつ, こまめ|に, 高め|の|時|は|清拭|に, 柔らか|め|に (Sudachi's stem); not で or が, which
            # may tell a state (歩行が少し不安定で杖を使ってもらう: UniDic reads that で as a case particle)
            continue
        if t.norm in ("、", ",") and j > k and toks[j - 1].pos1 in ("名詞", "副詞", "助詞", "形状詞"):
            continue  # ちいとずつ、こまめに: a comma after an adverb or a noun ends no clause
        return False
    return False


def _another_predicate(toks, j: int, end: int) -> bool:
    """Between a source at ``j`` and the telling at ``end`` stands a verb or an adjective other than the last predicate
    told (…強くなっている|と): the source's own act (主治医から処方された薬を…, 主治医から眠剤が追加されて…), or what the
    person told at the visit (診察で、最近時々足がしびれると訴えたとのこと): then the words are not only the clinician's
    (the session 34 reviews).  先生から心雑音が少し強くなっているとご指摘 and 主治医から…浮腫は軽度で…不要と言われ pass."""
    c = end - 1
    while c > j and (toks[c].pos1 in ("動詞", "形容詞", "助動詞") or toks[c].lemma in ("て", "で")):
        c -= 1  # the last predicate told: 強く|なっ|て|いる before と
    told = toks[c + 1 : end]
    return any(toks[k].pos1 in ("動詞", "形容詞") for k in range(j, c + 1)) or any(
        t.lemma in _SAID or t.lemma == "相談" for t in told)  # 最近少し便秘気味と伝えたとのこと: the person's


def _carers_own_act(toks, k: int) -> bool:
    """A carer is the subject of the clause that reaches the vague word before ``k`` (:func:`_carer_subject`), no other
    subject stands between (ヘルパーさんが、本人が少し熱を出して…: the person's), and the word is no limit (少量しか)."""
    if k + 1 < len(toks) and toks[k + 1].norm == "しか":
        return False
    for i in range(max(0, k - _ARRANGEMENT_REACH), k):
        if _carer_subject(toks, i, k) and not any(u.lemma in _THE_PERSON for u in toks[i:k]):
            return True
    return False


def _carer_subject(toks, i: int, k: int) -> bool:
    """A carer at ``i`` is the subject of the clause that reaches the vague word before ``k``: ヘルパー(さん)|が|は|も,
    then no predicate before the word (not ヘルパーさんが来たら、少し…, ヘルパーさんが調理したものは、少し…, デイでは…:
    the session 34 review)."""
    if toks[i].lemma not in _CARERS:
        return False
    p = i + 1
    while p < k and toks[p].pos1 == "接尾辞":
        p += 1  # 看護|師|さん|が
    return p < k and toks[p].norm in ("が", "は", "も") and toks[p].pos1 == "助詞" and not any(
        u.pos1 in ("動詞", "助動詞", "形容詞") for u in toks[p + 1 : k])


def _arranges(toks, j: int, by_carer: bool = False) -> bool:
    """The act's verb ends before token ``j``; what follows makes it a standing arrangement: a favour received, a carer's
    favour given (``by_carer``: ヘルパーさんが…行ってくれとる), or a prompt to do it (〜よう声かけしてくれよる, 〜するよう
    家族へ指導)."""
    while j < len(toks) and toks[j].lemma in _CAUSATIVE:
        j += 1  # 食べ|させ|て|もらっ|て|い|ます
    rest = toks[j : j + 6]
    if rest and rest[0].lemma in ("様", "よう") and rest[0].pos1 != "名詞":
        # 多めに摂るよう声かけしてくれよる, 少量ずつ提供するよう家族へ指導: the prompt is the practice (at most who is
        # prompted between: 家族へ, ヘルパーさんに)
        # (or after a comma, with the one asked named: 体の向きを変えるよう、家族さんにお願いしとる: batch 89)
        i = j + 1 + (j + 1 < len(toks) and toks[j + 1].norm in ("に", "、", ","))
        for _ in range(5):
            if i < len(toks) and toks[i].lemma in _PROMPTS:
                i += 1
                if i < len(toks) and toks[i].lemma == "為る":
                    i += 1
                after = toks[i : i + 4]
                return not after or after[0].pos1 == "補助記号" or _arranges(toks, i, True) or (
                    after[0].lemma in ("て", "で") and len(after) > 1 and after[1].lemma in _STANDING) or (
                    after[0].pos1 == "助動詞" and after[0].lemma in _STANDING)  # 声かけし|てる, お願いし|とる
            if i < len(toks) and toks[i].pos1 in ("名詞", "接尾辞", "助詞", "接頭辞"):
                i += 1
                continue
            break
        return False
    if len(rest) >= 2 and rest[0].lemma in ("て", "で") and (
            rest[1].lemma in _FAVOUR_RECEIVED or (by_carer and rest[1].lemma in _FAVOUR_GIVEN)):
        if rest[1].norm.startswith(_POTENTIAL_FAVOUR) or any(u.lemma in _NEGATIVE or u.norm in _NEGATIVE for u in rest[2:]):
            return False
        after = rest[2:]
        if after and after[0].lemma in ("様", "よう") and after[0].pos1 != "名詞" and _arranges(toks, j + 2):
            return True  # お茶飲んでもらうよう声かけしてる: the prompt is the practice (batch 89)
        return (any(u.lemma in _STANDING for u in after[:2])
                or (len(after) >= 3 and after[0].lemma in ("様", "よう") and after[1].norm == "に" and after[2].lemma == "為る"))
    return len(rest) >= 3 and rest[0].lemma in _ARRANGED_AS and rest[1].norm == "に" and rest[2].lemma == "為る"


#: The writer's acts of getting in touch, which a vague amount before them tones down (ちょっとお時間ください,
#: 少々ご報告申し上げます, ちょっと電話した); お時間 only with 御 (少し時間がかかる is the person's).
_ACTS_OF_TOUCH = frozenset(("報告", "連絡", "電話", "相談", "伺う", "知らせる", "知らせ", "お知らせ", "寄る"))
#: The small amounts that tone down a request for attention (UniDic lemmas: ちょっと is 一寸).
_SMALL_AMOUNT = frozenset(("一寸", "ちょっと", "少し", "少々", "ちょっこし", "ちいと", "ちっと"))
#: What follows the writer's own act: ご報告です, 申し上げます, お時間ください, ご相談いただければ, 電話した.
_WRITERS_ACT = frozenset(("です", "申し上げる", "申す", "下さる", "頂く", "致す", "させる"))
#: The humble ask after a causative (させていただく, させてください, させてもらう).
_HUMBLE_ASK = frozenset(("頂く", "下さる", "貰う", "もらう", "いただく", "くださる"))
#: What may stand between such a vague amount and the act: who it is about (松本様の件で, 葛西さんのことで), だけ.
_ABOUT_WHOM = frozenset(("御", "だけ", "の", "件", "事", "こと", "で", "に", "つく", "て", "様", "さん", "氏"))


def ends_the_sentence(rest) -> bool:
    """Nothing but auxiliaries, punctuation and sentence-final particles in ``rest``: the predicate before it ends the
    sentence (ちょっと電話した。, 胸が痛みました。)."""
    return all(u.pos1 in ("助動詞", "補助記号") or u.tag.startswith("助詞-終助詞") for u in rest)


def tones_down_an_act(toks, k: int) -> bool:
    """A small amount (ちょっと, 少し, 少々) that ends before token ``k`` tones down the writer's own act of getting in touch,
    with only who it is about between (ちょっとだけ松本様の件でお時間ください, 岩崎様のことで少々ご報告申し上げます,
    ちょっと電話した: batch 86): politeness, not an amount of the person's state.  The act must be the writer's: the noun
    goes straight on to です, 申し上げる, 下さる, 頂く or する (not かなり電話が増えています, 少し電話で話すだけで息が切れます,
    少し連絡帳の字が乱れてきました: the session 33 review), and no observation stands between (少し浮腫を確認)."""
    if k == 0 or toks[k - 1].lemma not in _SMALL_AMOUNT and not (k > 1 and toks[k - 1].lemma == "だけ" and toks[k - 2].lemma in _SMALL_AMOUNT):
        return False
    for j in range(k, min(len(toks), k + _ARRANGEMENT_REACH)):
        t = toks[j]
        if t.lemma in _ACTS_OF_TOUCH or (t.lemma == "時間" and j > k and toks[j - 1].lemma == "御"):
            rest = toks[j + 1 :]
            humble = rest[1:] if rest and rest[0].lemma == "為る" else rest
            if len(humble) >= 3 and humble[0].lemma in ("せる", "させる") and humble[1].norm == "て" and humble[2].lemma in _HUMBLE_ASK:
                # ご報告させていただきます, 電話させてもらいました (UniDic: 報告|さ|せ|て|いただき), ちょっと寄らせてもらった
                return True
            if rest and rest[0].lemma == "為る":
                # ちょっと電話した。: only when the sentence ends on it (not ちょっと電話するだけで, 少し電話すると, 電話してくる)
                return ends_the_sentence(rest[1:])
            return bool(rest) and (rest[0].lemma in _WRITERS_ACT or (rest[0].norm == "まで" and len(rest) <= 2))
        if not (t.lemma in _ABOUT_WHOM or t.norm in _ABOUT_WHOM or t.tag.startswith("名詞-固有名詞")):
            return False
    return False


#: What may follow a predicate before its negation: its inflection, and する after a サ変 noun
#: (治まっ|て|い|ない, 治まり|ませ|ん, 消失し|て|い|ない).
_AUX_CHAIN = _INFLECTION | {"為る", "です"}  # (〜ませんでしたが: the polite past too, the session 58 review)


def cancelled(not_before: tuple[Spec, ...], toks: tuple[Token, ...], k: int) -> bool:
    """Whether a ``not_before`` spec matches the token at ``k`` or one of the auxiliaries that
    follow it, so a cue's pattern need not spell out every inflection to see 治まっていない."""
    while not_before and k < len(toks):
        if any_matches(not_before, toks[k]):
            return True
        if toks[k].lemma not in _AUX_CHAIN:
            return False
        k += 1
    return False


#: What may stand between the items of a list of observations: 発熱や咳, 咳、痰、発熱.
_LIST_GLUE = frozenset(("や", "と", "、", ",", "・", "及び", "および", "又は", "または", "か"))


def _list_between(toks, a: int, b: int, aside: frozenset[int]) -> bool:
    """Tokens ``a``..``b`` join two items of a list: glue, and after it a noun with の that places the next item
    (冷や汗や手のふるえは確認していません: 手の places ふるえ)."""
    between = [j for j in range(a, b) if j not in aside]
    if not between or toks[between[0]].norm not in _LIST_GLUE:
        return not between
    k = 1
    while k < len(between) and toks[between[k]].norm in _LIST_GLUE:
        k += 1
    rest = between[k:]
    return all(_nounish(toks[j]) if n % 2 == 0 else toks[j].norm == "の" for n, j in enumerate(rest)) and len(rest) % 2 == 0


def _nounish(t: Token) -> bool:
    """A piece of a noun phrase in a list: a noun, an affix, an adjective stem (だる|さ)."""
    return t.pos1 in ("名詞", "接尾辞", "接頭辞") or t.cform.startswith("語幹")


def _noun_after_no(toks, j: int) -> bool:
    """Token ``j`` is a verb's conjunctive form after の, which makes it a noun (声の|かすれ, 皮膚の|めくれ)."""
    return j > 0 and toks[j].pos1 == "動詞" and toks[j].cform.startswith("連用形") and toks[j - 1].norm == "の"


def _noun_at(toks, j: int, end: int) -> bool:
    """Token ``j`` (before ``end``) is a piece of a noun phrase, or a verb made a noun by a suffix (歩き|方)."""
    t = toks[j]
    return _nounish(t) or (t.pos1 == "動詞" and j + 1 < end and toks[j + 1].pos1 == "接尾辞")


#: Brackets that set a value aside (quotation marks 「」 are the ``quotes`` of the lexicon instead);
#: a token's norm is width-folded, so （ and ［ arrive as ( and [.
_OPENING, _CLOSING = "([", ")]"
_BRACKETS = frozenset(_OPENING + _CLOSING)


#: A demonstrative that places a period an element tells (この1か月, ここ3日).
_SPAN_DEMONSTRATIVES = frozenset(("この", "ここ", "此の", "此処"))


def asides(toks: tuple[Token, ...], spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of tokens that stand aside from the sentence's grammar: a value in brackets
    (発熱（最高36.8℃）はありません) and an element with the particle after it (発赤は11月28日に消失),
    so a negation reaches over them."""
    out: set[int] = set()
    depth = 0
    for k, t in enumerate(toks):
        norm = t.norm
        # counted by character: a bracket may share its token (℃] in 発熱[36.8℃]があり); most tokens hold none
        bracketed = not _BRACKETS.isdisjoint(norm)
        if bracketed:
            depth += sum(norm.count(c) for c in _OPENING)
        if depth or (spans and any(a <= t.start < b for a, b in spans)):
            out.add(k)
            if not depth and k + 1 < len(toks) and toks[k + 1].norm in ("に", "で", "まで"):
                out.add(k + 1)  # 11月28日に (には arrives as に|は: the は stays in the sentence)
        elif spans and norm in _SPAN_DEMONSTRATIVES and k + 1 < len(toks) and any(a <= toks[k + 1].start < b for a, b in spans) \
                and k and toks[k - 1].norm in ("は", "も"):
            # (the element's demonstrative after a topic, は|この|1か月: 腹痛はこの1か月みられず, blind157's good report;
            # not after a list's comma, 咳、この2日間発熱なし, where it begins another note: the session 39 review)
            out.add(k)
        if bracketed:
            depth = max(0, depth - sum(norm.count(c) for c in _CLOSING))
        # (the person put between commas as the speaker, 胸の痛みとか息苦しさは、ご本人、ないとおっしゃってます: batch 123)
        if k and norm in ("、", ","):
            j = k + 1 + (k + 1 < len(toks) and toks[k + 1].pos1 == "接頭辞")
            if j + 1 < len(toks) and toks[j].lemma == "本人" and toks[j + 1].norm in ("、", ","):
                out.update(range(k, j + 2))
            # (a spoken filler between commas, 痛みの訴えは、はい、ありません: batch 127)
            elif k + 2 < len(toks) and toks[k + 1].pos1 in ("感動詞", "フィラー") and toks[k + 2].norm in ("、", ","):
                out.update(range(k, k + 3))
    return frozenset(out)


def _topic_after(toks, k: int) -> bool:
    """The noun phrase from token ``k`` is closed by は or も: the topic of a clause of its own (ふらつき、熱もない)."""
    while k < len(toks) and _nounish(toks[k]):
        k += 1
    return k < len(toks) and toks[k].norm in ("は", "も")


def counted_none(elements, end: int, limit: int | None = None) -> bool:
    """A count or amount of zero from character ``end`` on, before ``limit`` (転倒：0回, 嘔吐は0回でした):
    what it follows did not happen."""
    return any(el.kind in ("frequency", "quantity") and el.value.get("amount") == 0 and el.start >= end
               and (limit is None or el.start < limit) for el in elements)


#: Words of the not-an-event item that name a record (咳の記録, チェック表): inside brackets they are a note on
#: the value before them (咳が1日10〜15回（家族記録）), not the observation's head.
_RECORD_NOTES = frozenset(("記録", "チェック", "表"))
#: Words that stand for every item of a list (いずれも, すべて, ともに); UniDic's and SudachiPy's lemmas.
ALL_OF = frozenset(("何れ", "孰れ", "いずれ", "全て", "総て", "すべて", "共", "とも"))
#: Conjunctive particles that end a clause of cause or concession (〜ので, 〜から, 〜けど): a negation
#: cue after one is about the next clause.
_CLAUSE_END = frozenset(("ので", "から", "けど", "けれど", "けれども", "のに"))


#: The negation item of a question (〜か, 〜かな): a guess or an ask, which denies nothing by itself (a red flag
#: marked ``despite_question`` keeps it, outline.py; a change guessed at stays, passes/lexical.py).
#: Wondering aloud (〜かな) is one of them for the outline, and no denial at all for the word-level rules (:func:`denied`).
WONDERING = frozenset(("wondering",))
QUESTION_CUES = frozenset(("question",)) | WONDERING


def denied(toks, context: list[Match[ContextPattern]], elements, matches: list[Match], skip: frozenset[str] = frozenset()) -> set[int]:
    """ids of the ``matches`` of a sentence that one of its negation cues covers (:func:`negated_observations`),
    the sentence's element values set aside; cues whose id is in ``skip`` do not count, nor one its
    ``not_before`` cancels."""
    aside = asides(toks, [(el.start, el.end) for el in elements])
    negations = [n for n in context if n.item.kind == "negation" and n.item.id not in skip and n.item.id not in WONDERING
                 and not cancelled(n.item.not_before, toks, n.last) and not _guessed(toks, n) and not _rephrasing(toks, n)
                 and not (n.item.id in _THING_MARKS and n.first in aside
                          and any(t.lemma in _RECORDS for t in toks[n.first : n.last]))]
    worse = [n for n in negations if n.item.id == NOT_WORSE]
    if not worse:
        return negated_observations(toks, matches, negations, aside)
    out = negated_observations(toks, matches, [n for n in negations if n.item.id != NOT_WORSE], aside)
    # (nor a sign its own sentence describes, a clause right before it: 胸が締め付けられる痛みは強まっていません)
    return out | negated_observations(toks, [m for m in matches if m.item.id not in NOT_WORSE_EXEMPT and not (
        m.first and toks[m.first - 1].pos1 in ("動詞", "形容詞", "助動詞"))], worse, aside)


#: The negation of a worsening (痰は増えていません, しびれはひどくなっていません): a pertinent negative.
NOT_WORSE = "not-worse"
#: What it does not deny: what is better more (食事量は増えていません, 尿量が増えていない: bad news), and signs a physician
#: needs the degree or the counts of even when they are not worse (胸が締め付けられる痛みは強まっていません, 嘔吐は増えていません:
#: the session 63 reviews).
NOT_WORSE_EXEMPT = frozenset(("intake", "urine", "dehydration", "energy", "participation", "weight-loss", "weight-gain",
                              "chest-pain", "breathless-rest", "dyspnea", "bleeding", "haematuria", "oxygen", "blood-glucose", "bp",
                              # (an acute loss going on: 嘔吐は増えていません still needs its onset and counts, the second review)
                              "vomiting", "vomiting-verb", "diarrhea", "nausea", "retching"))


#: Negation items that mark a thing or a plan (予防, 〜の記録): in brackets (set aside, :func:`asides`) they name where a figure
#: came from (打ち忘れ5回（訪問看護の残量確認と本人の記録より）: blind142's good report), not what the observation before the
#: brackets is.
_THING_MARKS = frozenset(("not-an-event", "not-an-event-thing"))
#: The words of such a source: a record, a check.
_RECORDS = frozenset(("記録", "確認", "チェック", "表"))


def _rephrasing(toks, n: Match[ContextPattern]) -> bool:
    """The か of っていうか / というか (元気がないっていうか、覇気がないっていうか: batch 123): a speaker rephrasing, "or rather",
    which asks nothing and denies nothing."""
    k = n.first
    return toks[k].norm == "か" and k >= 2 and toks[k - 1].lemma == "言う" and toks[k - 2].norm in ("って", "と")


#: What may stand between a guess's ない and its か (ではないでしょうか, じゃないですか).
_POLITE_TAIL = frozenset(("です", "ます", "う"))


def _guessed(toks, n: Match[ContextPattern]) -> bool:
    """A negation that is a guess put as a question (痩せたんじゃないかと思う, 脱水ではないでしょうか): the copula,
    ない, then か — "isn't it …", which suspects what it follows rather than denying it."""
    k = next((j for j in range(n.last - 1, n.first - 1, -1) if toks[j].lemma in ("無い", "ない")), None)
    if k is None or k == 0:
        return False
    before = toks[k - 1]
    copula = before.lemma == "だ" or (before.norm == "は" and k > 1 and toks[k - 2].norm == "で")
    j = k + 1
    while j < len(toks) and toks[j].lemma in _POLITE_TAIL:
        j += 1
    if not (copula and j < len(toks) and toks[j].norm == "か"):
        return False
    # (a worry about what may come is no guess at what happened: 転ぶんじゃないかと心配しています, 転ぶのではないかと
    # 少し心配; nor a question to check: 発熱ではないか確認をお願いします)
    after = [t.lemma for t in toks[j + 1 : j + 5]]
    return not any(w in _WORRIED_BY for w in after)


#: (what a guess put as a question may be the object of when it is a worry, not a report, is _WORRIED_BY below: a wider
#: set with 危惧, 確認, 検査, bound to a name that set shadowed until session 53, was never in effect, and putting it in force
#: dropped 足のむくみが増えたんじゃないかと危惧しています: the session 53 review)


#: Verbs of telling after と: 発熱はないとのこと / ないと話されています report a denial, not a condition.
_TOLD_AFTER_TO = frozenset(("の", "言う", "聞く", "話す", "伺う", "思う", "存ずる", "仰る", "おっしゃる", "申す", "為る"))


def _conditional(toks, end: int) -> bool:
    """Whether the negation ending before token ``end`` is a condition (がないと歩けない, なければ, なかったら)."""
    if end >= len(toks):
        return False
    nxt = toks[end]
    if nxt.lemma in ("ば", "たら", "なら") and nxt.pos1 in ("助詞", "助動詞"):
        return True
    after = toks[end + 1] if end + 1 < len(toks) else None
    # と then a predicate of its own (ないと歩けない; UniDic tags this と a case particle): not と + a noun
    # (外傷なしとヘルパーさんが確認, 処置と服薬) nor と + a verb of telling (ないと話されています)
    return (nxt.norm == "と" and nxt.pos1 == "助詞" and after is not None
            and after.pos1 in ("動詞", "形容詞") and after.lemma not in _TOLD_AFTER_TO)


#: Moments of activity a score or a sign is taken at (動作時, 安静時): their 時 is not a condition's.
_MOMENTS = frozenset(("動作", "安静", "歩行", "体動", "労作", "起床", "臥床", "排便", "排尿", "移乗"))


#: The nouns that name a listed thing's state (皮膚の状態, 傷の様子).
_STATE_OF = frozenset(("状態", "様子", "具合", "経過", "症状"))
#: How many tokens one item of a たり list may take (赤く|なっ|たり).
_TARI_ITEM = 6


#: Nouns of a change an observation is named with (痛みの増強, 咳の悪化): the list item is the observation still.
CHANGE_NOUNS = frozenset(("増強", "悪化", "増悪", "増加", "変化", "出現", "再発", "再燃"))
#: The state nouns a list's など may name what its items show by (低血糖を思わせるご様子), and how many tokens may stand
#: between.
_SHOWN_AS = frozenset(("様子", "症状", "所見", "兆候", "徴候", "訴え"))
_SUCH_REACH = 8
#: The complaint of a sign, an item of a list by the sign's name (痛みの訴え・発熱はありません).
_COMPLAINT = frozenset(("訴え", "訴える"))


def _graded_noun_at(toks, j: int, b: int) -> int:
    """How many tokens grade a list item before its noun: an adjective (強い頭痛, 激しい腹痛), an adnominal
    (大きな傷) or a na-adjective with its な (新たな打撲, 明らかな外傷: blind118); 0 if none."""
    if j + 1 < b and toks[j].pos1 == "形容詞" and toks[j].cform.startswith("連体形"):
        return 1 if _noun_at(toks, j + 1, b) else 0
    # (an adnominal or a na-adjective only after や / と / ・: after a comma, 明らかな / その他の / 新たな open a contrast with
    # the item before, 転倒、明らかな外傷なし: the fall happened; 咳、この2日間発熱なし: the session 39 review)
    if j == 0 or toks[j - 1].norm not in ("や", "と", "・", "及び", "および"):
        return 0
    if j + 1 < b and toks[j].pos1 == "連体詞":
        return 1 if _noun_at(toks, j + 1, b) else 0
    if j + 2 < b and toks[j].pos1 == "形状詞" and toks[j + 1].norm == "な" and toks[j + 1].pos1 == "助動詞":
        return 2 if _noun_at(toks, j + 2, b) else 0
    # (a compound's first part read as a na-adjective, 膿性|痰 of 発熱・膿性痰・喘鳴なし: blind141's good report; after ・ only)
    if j + 1 < b and toks[j - 1].norm == "・" and toks[j].pos1 == "形状詞" and len(toks[j].surface) >= 2:
        return 1 if _noun_at(toks, j + 1, b) else 0
    return 0



def negated_observations(
    toks, observations: list[Match[Observation]], negations: list[Match[ContextPattern]], aside: frozenset[int] = frozenset()
) -> set[int]:
    """ids of the observation matches that a negation cue covers.

    A cue covers the observation it follows within its reach and clause (転倒なし, 発熱は認めません);
    the items of a list share the negation of the list's last item (発熱や咳などの症状はありません,
    咳、痰、発熱はいずれも認めません).  Tokens in ``aside`` (a value in brackets, a date) do not
    count towards the reach, break the clause or the list.
    """
    out: set[int] = set()
    ordered = sorted(observations, key=lambda m: (m.first, m.last))
    # the counter of a number is part of a value: 22時 is a time, not 発熱時; a negation made a condition
    # (杖がないと歩けない, なければ) denies nothing of what came before it
    # (nor is 時 after a moment of activity: ・痛み：NRS 動作時 8/10, 安静時 3/10 tell when it was scored, not
    # pain as a condition like 疼痛時: blind80)
    negations = [n for n in negations if not (n.first and toks[n.first - 1].tag.startswith("名詞-数詞"))
                 and not _conditional(toks, n.last)
                 and not (n.first and toks[n.first].norm == "時" and toks[n.first - 1].norm in _MOMENTS)]

    def reaches(a: int, b: int, reach: int, first: int) -> bool:
        if not reach:  # right after the word (熱が出たら, 発熱報告): no list steps between (発赤、Ns報告済)
            return a == b
        # 発赤や傷は確認されませんでした: the list's other nouns stand between, not in the way
        # (a list of nouns: ぐったり、夕食とらず is two clauses, an adverb's state and a meal not taken)
        # (the observation itself may be one verb in its noun form, an item of the list: 腹痛、ふらつき、タール状の便が
        # 出た場合は; not an adverb, nor a predicate: 会話に加わることが少なくなり、職員からも / 足がふらつき、熱はありません)
        start = a
        # (痛みの増強や発熱があれば: the item is the observation and its change, joined by の: blind82; or its complaint,
        # 痛みの訴え・発熱はありません: blind126's good report)
        if a + 2 < b and toks[a].norm == "の" and (toks[a + 1].lemma in CHANGE_NOUNS or toks[a + 1].lemma in _COMPLAINT) \
                and toks[a + 2].norm in _LIST_GLUE:
            a += 2
            start = a
        while a + 1 < b and toks[a].norm in _LIST_GLUE and (_noun_at(toks, a + 1, b) or _graded_noun_at(toks, a + 1, b)) and (
                _nounish(toks[a - 1]) or _noun_after_no(toks, a - 1) or (a == start and first == a - 1 and toks[first].pos1 == "動詞"
                                          and toks[first].cform.startswith("連用形")
                                          and (first == 0 or toks[first - 1].norm in _LIST_GLUE)
                                          and not _topic_after(toks, a + 1))):
            a += 2
            # 嘔吐・強い頭痛・意識障害があれば: an item graded by an adjective (blind115); 転倒や新たな打撲は (blind118)
            a += _graded_noun_at(toks, a - 1, b)
            # (an item may be a noun phrase joined by の: 発熱・喉の痛み・声のかすれはなし; after の a verb's
            # conjunctive form is its noun, 声の|かすれ, which UniDic tags a verb: blind92)
            while a < b and toks[a].norm not in _LIST_GLUE and (
                    _noun_at(toks, a, b) or _noun_after_no(toks, a) or (toks[a].norm == "の" and a + 1 < b and (
                        _nounish(toks[a + 1]) or _noun_after_no(toks, a + 1)))):
                a += 1
        # 息切れ、夜間の呼吸苦、尿が出ない時間帯はありません: the list's last item a noun its own short clause qualifies
        # (blind142's good report); its clause's own negation (出ない) is part of the item, not the list's
        a = qualified_item_end(toks, a, b, first)
        # 下肢のむくみと皮膚の状態を一度診ていただければ: the list's last item named by its state (blind80, batch58)
        # (痛み・腫れ・歩き方の変化が出た場合は: the last item named by its change: blind87)
        # (so is a lone item that is the topic before a comma, 下痢の症状は、12月1日以降ございません: batch 139; not one a
        # verb of seeing follows, むくみの状態を見てもらえるか: the session 39 review)
        if (a > start or (a + 3 < b and toks[a + 2].norm in ("は", "も") and toks[a + 3].norm in ("、", ","))) \
                and a + 1 < b and toks[a].norm == "の" and (toks[a + 1].lemma in _STATE_OF or toks[a + 1].lemma in CHANGE_NOUNS):
            a += 2
        # 発熱や嘔吐、下痢といった体調の変化も見られず: 〜といった / 〜などの + the noun the list exemplifies
        # (体調の変化, 症状) stands for the items, not in the way
        such = 3 if (a + 2 < b and toks[a].norm == "と" and toks[a + 1].lemma == "言う" and toks[a + 2].lemma == "た") else (
            2 if (a + 1 < b and toks[a].lemma in ("など", "等") and toks[a + 1].norm == "の") else 0)
        if such:
            a += such
            # the noun phrase exemplified: nouns joined by の (体調の変化)
            while a < b and (_nounish(toks[a]) or (toks[a].norm == "の" and a + 1 < b and _nounish(toks[a + 1]))):
                a += 1
        elif a < b and toks[a].lemma in ("など", "等"):
            # ふらつき・冷や汗など低血糖を思わせるご様子はなく: など + a clause that names what the items show, up to the
            # state noun the negation denies (blind128's good report)
            j = next((j for j in range(a + 1, min(b, a + 1 + _SUCH_REACH)) if toks[j].lemma in _SHOWN_AS), None)
            if j is not None:
                a = j + 1
        # 腫れたり赤くなったりはしていない: the items of a たり list share the negation after the last (blind80); a noun
        # with its own verb is such an item (熱が出たり、痰がからんだりはしていない: blind172's physician, "sputum is absent")
        # (not one that comes and goes, 微熱が出たり出なかったり: the same verb again is no denial)
        if a + 2 < b and toks[a].norm in ("が", "は", "も") and toks[a + 1].pos1 == "動詞" and toks[a + 2].lemma == "たり" and not any(
                t.lemma == toks[a + 1].lemma for t in toks[a + 3 : a + 3 + _TARI_ITEM]):
            a += 2
        while a < b and toks[a].lemma == "たり":  # (だり too: 咳き込んだり)
            nxt = next((j for j in range(a + 1, min(b, a + _TARI_ITEM)) if toks[j].lemma == "たり"), None)
            if nxt is None or any(toks[j].norm == "。" for j in range(a, nxt)):
                break
            a = nxt
        # 胸が痛いとか苦しいとかは全然ない: the items of a とか list share the denial after the last (blind159's physician:
        # "chest pain is explicitly denied"; しびれとか、むくみとかはない too)
        # (とか is one token after a noun, と|か after a predicate: 痛い|と|か)
        if a < b and (width := toka_width(toks, a, b)):
            k = a
            while True:
                after = k + width
                first_item = after + 1 if after < b and toks[after].norm in ("、", ",") else after
                nxt = next((j for j in range(first_item, min(b, first_item + _TARI_ITEM)) if toka_width(toks, j, b)), None)
                if nxt is None or any(toks[j].norm in ("。", "．", "、", ",") for j in range(first_item, nxt)):
                    break
                k, width = nxt, toka_width(toks, nxt, b)
            a = k + width
        # 発熱、咳嗽はいずれも認められません: the list's いずれも / すべて / ともに stands for the items, not in the way
        # (nor an adverb that only stresses the denial right after it: 頭痛などの症状は特に訴えていません: blind135; not
        # 痛みは特に安静時はなく, where it picks out part of the item: the session 43 review)
        between = [j for j in range(a, b) if j not in aside and toks[j].lemma not in ALL_OF and not (toks[j].lemma in _STRESS and j == b - 1)
                   and not (j > a and toks[j - 1].lemma in ALL_OF and toks[j].norm in ("も", "に", "か"))]
        # 腫れは、ありませんでした: the comma after the observation's topic particle ends no clause
        topic_comma = a + 1 if (a + 1 < b and toks[a].norm in ("は", "も") and toks[a + 1].norm in ("、", ",")) else -1
        # ふらつきがあるので心配です: a clause that ends in ので / から / けど is a report, whatever follows; so is one
        # that ends in あって before the writer's worry (ふらつきがあって心配です: batch 114), the thing told as there
        return len(between) <= reach and not any(
            (toks[j].norm in ("、", ",", "。") and j != topic_comma)
            or (toks[j].tag.startswith("助詞-接続助詞") and toks[j].norm in _CLAUSE_END)
            or (toks[j].norm == "て" and j > a and toks[j - 1].lemma == "有る" and toks[j - 1].pos1 == "動詞" and _worried_at(toks, j, b))
            or (toks[j].tag.startswith("助詞-準体助詞") and j + 1 < b and toks[j + 1].norm == "で")  # UniDic's の|で
            for j in between
        )

    for k in range(len(ordered) - 1, -1, -1):  # from the last, so a list's negation flows back to its head
        m = ordered[k]
        placed = (_placed(toks, m.first) and m.last < len(toks) and toks[m.last].norm in ("、", ",")
                  and is_event(m.item))  # 居室にて転倒、外傷なし: an event told where it happened, then what it
        # did not cause (batch 49): a noun after its comma is a new note, not its list's next item
        if any(m.last <= n.first and (reaches(m.last, n.first, n.item.reach, m.first) or _presented(toks, m, n, ordered))
               # 咳が1日10〜15回（家族記録）: a note in brackets names who kept the record, not the cough as a record
               and not (toks[n.first].lemma in _RECORD_NOTES and n.first in aside and m.last - 1 not in aside)
               and not (placed and any(_nounish(toks[j]) for j in range(m.last, n.first) if j not in aside))
               for n in negations):
            out.add(id(m))
            continue
        if placed:
            continue
        for nxt in ordered[k + 1 :]:
            if nxt.first >= m.last and id(nxt) in out and (_list_between(toks, m.last, nxt.first, aside)
                                                          or _both_mo(toks, m.last, nxt)):
                out.add(id(m))
                break
    return out


#: What presents a sentence's topic before its comma (褥瘡ですが、 / 転倒の件ですけど、 / 熱だけど、).
_PRESENTS = frozenset(("が", "けど", "けれど", "けれども"))
#: The cues that may end a presented topic's sentence: it healed, went or is none.
_ENDS_IT = frozenset(("resolved", "gone", "nashi", "for-now-none", "never"))


def _presented(toks, m: Match, n: Match, observations: list[Match]) -> bool:
    """The observation is the sentence's topic, presented before its first comma (仙骨部の褥瘡ですが、…12月に入ってきれいに治った
    そうです; 転倒の件ですが、その後はありません), and the cue ends the sentence's last clause with no other observation
    between: the sentence's predicate is about it, however far (blind201's physician: "the pressure ulcer is reported as
    healed").  Not a cue in an earlier clause (熱ですが、一度下がりましたが、また上がっています)."""
    k = m.last
    if k + 1 < len(toks) and toks[k].norm == "の" and toks[k + 1].lemma == "件":
        k += 2  # 転倒の件ですが
    if not (k + 2 < len(toks) and toks[k].lemma in ("です", "だ") and toks[k + 1].norm in _PRESENTS
            and toks[k + 1].pos1 == "助詞" and toks[k + 2].norm in ("、", ",")):
        return False
    if n.item.id not in _ENDS_IT or (n.item.id == "nashi" and not (n.first and toks[n.first - 1].norm in ("は", "も"))):
        return False  # (only a resolution or a none of it, その後はありません: not 歩けません, of another thing)
    if any(o is not m and m.last <= o.first < n.first for o in observations):
        return False
    return not any(t.norm in ("、", ",") or (t.tag.startswith("助詞-接続助詞") and t.norm not in ("て", "で"))
                   for t in toks[n.last:] if t.pos1 != "補助記号" or t.norm in ("、", ","))


#: The most tokens a list item qualified by its own clause may have (尿|が|出|ない|時間|帯).
_QUALIFIED_ITEM = 8


#: Nouns that stand for an event told by the clause before them (頭を打った様子, 吐いたこと): a matter of its own, not an item.
_WHAT_HAPPENED = frozenset(("様子", "事", "こと", "感じ", "気配", "所", "ところ", "訳", "わけ"))


def qualified_item_end(toks, a: int, b: int, first: int) -> int:
    """Where a list's last item ends when, after the list's glue at ``a``, it is a noun run qualified by a short clause of its
    own (、尿が出ない時間帯 before は…ありません): the noun run's end, with only は / も / が between it and ``b``; else ``a``.
    Only in a list of three or more: the item at ``first`` (up to ``a``) follows another noun item and its glue (息切れ、夜間の
    呼吸苦、尿が出ない…); in two, 転倒、頭を打った様子はありません, the comma closes the first and the clause is a matter of its own
    (the session 45 review)."""
    # (after a noun item only: 表情が暗く、好きだったテレビも見なくなって is two clauses, not a list)
    if not (0 < a and a + 2 < b and toks[a].norm in _LIST_GLUE and _nounish(toks[a - 1])) or b - a > _QUALIFIED_ITEM + 2:
        return a
    k = first - 1
    while k > 0 and (_nounish(toks[k]) or toks[k].norm == "の"):
        k -= 1
    if not (k > 0 and toks[k].norm in _LIST_GLUE and _nounish(toks[k - 1])):
        return a
    e = b
    while e > a + 1 and toks[e - 1].norm in ("は", "も", "が"):
        e -= 1
    n = e
    while n > a + 1 and (toks[n - 1].pos1 in ("名詞", "接尾辞")):
        n -= 1
    if n == e or n <= a + 1 or any(toks[j].norm in ("、", ",", "。") for j in range(a + 1, e)) or toks[e - 1].lemma in _WHAT_HAPPENED:
        return a
    # (a clause with a verb of its own: 尿が出ない, 眠れない; not 明らかな外傷, whose comma opens a contrast: 転倒、明らかな外傷なし)
    return e if (toks[n - 1].cform.startswith("連体形") and toks[n - 1].pos1 in ("動詞", "助動詞", "形容詞")
                 and any(toks[j].pos1 == "動詞" for j in range(a + 1, n))) else a


def _worried_at(toks, te: int, cue: int) -> bool:
    """The あって ending at token ``te`` tells a thing as there, before the writer's worry at ``cue`` (ふらつきがあって
    心配です): the cue is a worry word right after it, not あっては / あっても (a risk, a condition), and nothing after the
    worry in its clause makes the whole a condition or denies it (息切れがあって心配な時は, 困ったことはありません: the
    session 43 review)."""
    if te + 1 != cue or toks[cue].lemma not in _WORRIED_BY:
        return False
    end = next((k for k in range(cue + 1, len(toks)) if toks[k].norm in ("、", ",", "。")), len(toks))
    return not any(t.lemma in _CONDITION_OR_DENIAL or t.norm in _CONDITION_OR_DENIAL for t in toks[cue + 1 : end])


#: Adverbs that stress a denial and stand between it and what it denies (特に, 全く, 一切).
_STRESS = frozenset(("特に", "特段", "別に", "全く", "全然", "一切", "何ら", "さほど"))
#: The writer's worry about a thing told as there (ふらつきがあって心配です).
_WORRIED_BY = frozenset(("心配", "不安", "懸念"))
#: What makes a clause a condition or a denial (心配な時は, 心配な場合, 心配なことはありません).
_CONDITION_OR_DENIAL = frozenset(("時", "とき", "際", "場合", "たら", "ば", "なら", "無い", "ない", "ず", "ん", "ぬ"))


#: Case particles that place an event (居室にて転倒, 自宅で転倒): what they mark is told as it happened, not listed.
_PLACING = frozenset(("にて", "で"))
#: Observations that are events a record follows with what they did or did not cause (転倒、外傷なし; 尻もち、打撲なし;
#: 転倒。…腫れは直径3cm), not symptoms a record lists (デイで発熱、嘔吐なし: both denied): their ids' prefix.
_EVENTS = ("fall",)


def is_event(item: object) -> bool:
    """Whether an observation is an event (a fall) rather than a symptom (:data:`_EVENTS`)."""
    return getattr(item, "id", "").startswith(_EVENTS)


def _placed(toks, first: int) -> bool:
    """The observation at ``first`` follows a case particle of place (居室にて転倒, トイレで転倒): an event told
    with where it happened; a comma after it starts a new note (外傷なし), not the next item of a list (its
    caller asks for the comma: デイで発熱や咳はありません is a list)."""
    return first > 0 and toks[first - 1].norm in _PLACING and toks[first - 1].tag.startswith("助詞-格助詞")


#: A diminutive after a noun (Tohoku 咳っこ, 熱っこ): the noun's own, not in the way of a list.
_DIMINUTIVE = frozenset(("っこ", "こ"))


def toka_width(toks, j: int, end: int) -> int:
    """How many tokens from ``j`` (before ``end``) read とか, the particle that lists (1: しびれ|とか; 2: 痛い|と|か), or 0."""
    if toks[j].norm == "とか":
        return 1
    return 2 if j + 1 < end and toks[j].norm == "と" and toks[j + 1].norm == "か" and toks[j + 1].pos1 == "助詞" else 0


def _both_mo(toks, end: int, nxt: Match) -> bool:
    """咳も痰も出ていません: X も Y も, a list whose items share the negation (咳っこも痰も出ねし: batch 137)."""
    end += end < len(toks) and toks[end].pos1 == "接尾辞" and toks[end].norm in _DIMINUTIVE
    last = nxt.last + (nxt.last < len(toks) and toks[nxt.last].pos1 == "接尾辞" and toks[nxt.last].norm in _DIMINUTIVE)
    return nxt.first == end + 1 and end < len(toks) and toks[end].norm == "も" and last < len(toks) and toks[last].norm == "も"


def _quotative(tok: Token) -> bool:
    """The quotative と, and its spoken って (貧血があるって診断された)."""
    return tok.lemma in ("と", "って") and tok.pos1 == "助詞"


#: The last word of a clinician's-words cue that holds the words it reports (先生が…言う, 主治医より…との事).
_SAID_LAST = frozenset(("言う", "仰る", "おっしゃる", "事"))


#: The writer named as the subject (私が見たところ): the clinician's words named first end there.
_WRITER = frozenset(("私", "わたし", "わたくし", "当方", "小職"))


#: What a family or a neighbour calls the patient (ばっちゃ, じっちゃ, おばあちゃん), ending another person's scope as ご本人 does.
_THE_PATIENT_CALLED = frozenset(("ばっちゃ", "じっちゃ", "ばあちゃん", "じいちゃん", "おばあちゃん", "おじいちゃん", "ばあさん",
                                 "じいさん", "婆ちゃん", "爺ちゃん", "お婆ちゃん", "お爺ちゃん"))
#: The first characters of those names and the longest of them (where :func:`_calls_the_patient` may stop looking).
_CALLED_FIRST = frozenset(name[0] for name in _THE_PATIENT_CALLED)
_LONGEST_CALLED = max(map(len, _THE_PATIENT_CALLED))


def _calls_the_patient(toks: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` names the patient as the family calls them, as the subject or with a word of their state after it
    (隣の家のじさまが、ばっちゃが昨日から右手が動かねって: the session 54 review); not おばあちゃんの介護 (another's care of
    her)."""
    if not toks[k].surface or toks[k].surface[0] not in _CALLED_FIRST:
        return False
    said = ""
    for n in range(k, min(k + 4, len(toks))):  # (MeCab splits them: ばっ|ちゃ, お|ばあ|ちゃん)
        said += toks[n].surface
        if said in _THE_PATIENT_CALLED:
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            return nxt is None or nxt.norm in ("が", "は", "も", "、", ",") or nxt.pos1 in ("名詞", "副詞")
        if len(said) >= _LONGEST_CALLED:
            break
    return False


def hearsay_scope(toks: tuple[Token, ...], m: Match[ContextPattern]) -> tuple[int, int]:
    """The tokens a hearsay cue reports: what someone else said, not the whole sentence.

    A cue that follows what was said starts with the quotative と (〜とのこと, 〜と話されています,
    〜と聞きました): it covers its own clause, back to the last comma before it
    (痰も黄色っぽく、ご本人も「食欲がない」と話されている covers only the second clause).  A cue
    that names the source first (〜によると、〜の話では、) covers the rest of the sentence; one that
    names another person whose own state follows (an item that also silences missing-*: 奥様は腰痛で〜)
    ends where the patient comes back: at ご本人, or at a contrast (〜ですが、夜中に〜).
    """
    if m.item.id == "clinician-told":
        return _told_by_clinician(toks, m)
    # (a finding named with を before the clinician's 指摘, 軽度の腎機能低下を指摘されております, is its clause too: batch 76)
    if m.item.id == "source-after" and toks[m.first].norm == "と" and not (
            m.first and toks[m.first - 1].pos1 in ("助動詞", "動詞", "形容詞")):
        return m.last, m.last  # 長女と次男から相談: the と of a list, not what was heard (the session 45 review)
    if _quotative(toks[m.first]) or (toks[m.first].norm == "(" and m.item.id == "source-note") or m.item.id == "source-after" or (
            m.item.id == "clinician-words" and toks[m.first].norm == "を"):
        # (a source in brackets after what was heard, 〜そうです（訪問看護師より）, or named after it, 〜そうで、訪問看護から連絡が
        # ありました, covers the clause before it)
        start = m.first
        while start > 0 and toks[start - 1].norm not in ("、", ",", "。"):
            start -= 1
        return start, m.last
    other = any(c.startswith("missing-") for c in m.item.suppresses)
    # (a clinician's words named first end where the patient is the topic again, 主治医より、〜とのことですが、本人は〜: the
    # writer's own (batch 67); not at 本人の, which the clinician's words may name (本人の腎機能はやや低下), nor at a
    # contrast inside them (大きな問題はないが、しばらくは〜とのこと): the session 25 review)
    clinician = m.item.id == "clinician-words"
    if clinician and toks[m.last - 1].lemma in _SAID_LAST:
        # the clinician's words whole inside the cue (先生が肺の音は問題ない言うてはった, 主治医より…とのこと): they end there,
        # and what follows is the writer's again (…とのことでしたが、最近ふらつきが多いです: the session 32 review)
        return m.first, m.last
    if other or clinician:
        for k in range(m.last, len(toks)):
            if clinician:
                if (toks[k].lemma == "本人" or toks[k].surface in _WRITER) and k + 1 < len(toks) and toks[k + 1].norm in ("は", "が", "も"):
                    return m.first, k
                # (the clinician's words end at their とのこと: …改善傾向とのことでしたが、私が見たところ少し赤みが… is the
                # writer's again: the session 41 review)
                if toks[k].norm == "と" and k + 2 < len(toks) and toks[k + 1].norm == "の" and toks[k + 2].lemma == "事":
                    return m.first, k + 3
                continue
            if toks[k].lemma == "本人" or _calls_the_patient(toks, k) or (
                # a contrast after a finite predicate (通院中ですが); 見守り|が is a noun UniDic misreads
                contrast_particle(toks[k]) and toks[k - 1].cform.startswith("終止形")
            ) or (
                # 〜てくださっているものの、 (UniDic: 物|の): the contrast ものの after a predicate (batch 66)
                toks[k].lemma == "物" and k + 2 < len(toks) and toks[k + 1].norm == "の" and toks[k + 2].norm in ("、", ",")
                and toks[k - 1].pos1 in ("動詞", "助動詞")
            ):
                return m.first, k
            # 息子さんが来られた時に〜 / 確認したところ、〜 / 不在の間に〜 / 声をかけても〜: the person acts, the patient is the news
            # (in 〜ても the verb comes before the particle て|で: かけ|て|も, 付き添っ|て|い|て|も)
            acts = ("動詞", "助動詞")
            if k > m.last and (
                # (not Kyushu's ごたる, which UniDic reads as 後|たる: 疲れちょるごたる)
                (toks[k].lemma in _CIRCUMSTANCE and (toks[k - 1].pos1 in acts or toks[k - 1].norm == "の")
                 and toks[k].surface != "ご")
                or (toks[k].norm == "も" and toks[k - 1].norm in ("て", "で") and toks[k - 2].pos1 in acts)
                # 奥様が入院されてから〜: since the person did it, the patient is the news (batch 69); not a topic's
                # (奥様は…圧迫骨折をされてから腰痛が強く: still the wife's)
                or (toks[k].norm == "から" and toks[k - 1].norm in ("て", "で") and toks[k - 2].pos1 in acts
                    and not any(t.norm in ("は", "も") for t in toks[m.first : m.last]))
                # ご家族が用意したお食事を半分も召し上がらない: the person named with が acts in a clause that qualifies a
                # noun; what follows the noun is the patient's (batch 79); not in a later clause (娘さんが体調を崩されて
                # いて、今月は来られる回数が減っています: still the daughter's, batch 64)
                or (toks[k].pos1 in ("名詞", "接頭辞") and toks[k - 1].pos1 in acts and toks[k - 1].cform.startswith("連体形")
                    and toks[k].lemma not in _TELLING_NOUNS and any(t.norm == "が" for t in toks[m.first : m.last])
                    and not any(t.norm in ("、", ",") for t in toks[m.last : k])
                    and _case_after_noun(toks, k))
            ):
                return m.first, k
    return m.first, len(toks)


#: The clinicians whose words a report passes on (主治医 is UniDic's 主治|医, 専門医 専門|医).
_CLINICIANS = frozenset(("医", "医師", "先生", "ドクター", "主治医", "専門医", "Dr", "ＤＲ", "Ｄｒ"))
#: Words that make a 先生 no physician (リハビリの先生, デイサービスの先生, STの先生, 作業療法の先生, 鍼灸の先生).
_NOT_PHYSICIANS = ("リハ", "デイ", "ST", "OT", "PT", "ＳＴ", "ＯＴ", "ＰＴ", "療法", "聴覚", "言語", "鍼", "灸", "マッサージ", "整体",
                   "体操", "書道", "ヨガ", "音楽", "学校", "塾", "衛生士")


def _not_a_physician(toks: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` is 先生 named by what they do, which is no medicine (…の先生, up to four words before の)."""
    if toks[k].lemma != "先生" or k < 2 or toks[k - 1].norm != "の":
        return False
    words = "".join(t.surface for t in toks[max(0, k - 5) : k - 1])
    return any(w in words for w in _NOT_PHYSICIANS)


#: A clinician's examination named as the source (医師の診察では, 先生の説明で).
_EXAMINED = frozenset(("診察", "診断", "説明", "見立て", "所見"))
#: The time words a から may follow inside a clinician's words (12月1日から, 昨日から, 前回から).
_WHEN_FROM = frozenset(("日", "月", "時", "頃", "前", "後", "以前", "前回", "今回", "昨日", "今日", "本日", "今朝", "明日"))
#: Who else may be named as a source (娘さんから, ヘルパーより) or the one told (娘さんに言われ).
_SOURCE_CASES = frozenset(("から", "より", "に"))


def _clinicians_examination(toks, k: int) -> bool:
    """Token ``k`` is a clinician's examination named as a source: 医師|の|診察, 先生|の|説明."""
    return k > 1 and toks[k].lemma in _EXAMINED and toks[k - 1].norm == "の" and toks[k - 2].lemma in _CLINICIANS


def _told_by_clinician(toks: tuple[Token, ...], m: Match[ContextPattern]) -> tuple[int, int]:
    """The scope of 〜と言われ / 〜よう指示があり / 〜とのこと / 〜とご指摘いただき when the clinician is named as its source
    with から or より (主治医から村上さんの下腿浮腫は軽度で…不要と言われ) or as their examination (医師の診察では、…とのこと),
    with nothing between that ends a clause or names someone else: from the clinician to the telling.  A clause that ends
    on the way (主治医から降圧剤を処方されていますが、最近少し頭が痛いと言われています), ご本人, and anyone else named as a
    source or the one told (ヘルパーから, 娘さんに言われ) make it theirs: an empty scope (the session 34 review)."""
    for j in range(m.first - 1, 0, -1):
        t, who = toks[j], toks[j - 1]
        # the clinician's clause ended, or the person speaks: 〜処方されていますが、/ 眠剤を飲んでも、/ a predicate's comma
        # (眠剤が追加となり、娘さんの話では…) / ご本人は
        if (t.tag.startswith("助詞-接続助詞") and t.lemma not in ("て", "で", "ば", "たり")) or t.lemma == "本人" or (
                t.norm == "も" and toks[j - 1].lemma in ("て", "で")) or (predicate_comma(toks, j) and toks[j - 1].pos1 != "形状詞"):
            break
        if t.norm == "で" and _clinicians_examination(toks, j - 1) and j + 1 < len(toks) and toks[j + 1].norm == "は":
            # 皮膚科の医師の診察では、…とのことで
            return (m.last, m.last) if _another_predicate(toks, j + 1, m.first) else (j - 3, m.last)
        if t.norm == "は" and who.norm == "で" and not _clinicians_examination(toks, j - 2):
            break  # ヘルパーの話では, ショートステイ先では: someone else's words, or another place's
        if t.norm in _SOURCE_CASES and t.pos1 == "助詞" and who.pos1 in ("名詞", "接尾辞"):
            if j + 1 < len(toks) and toks[j + 1].norm == "の":
                continue  # 主治医からの薬: a thing from them, not their words
            if who.lemma in _CLINICIANS and t.norm != "に":
                if _not_a_physician(toks, j - 1):
                    break  # リハビリの先生から: a therapist's words, new to the physician (the session 35 review)
                return (m.last, m.last) if _another_predicate(toks, j + 1, m.first) else (j - 1, m.last)
            if not (who.tag.startswith(("名詞-数詞", "名詞-普通名詞-副詞可能")) or who.lemma in _WHEN_FROM):
                break  # ヘルパーから, 娘さんに言われ, デイの職員より: someone else's words (not 12月1日から, 昨日から)
        if t.norm in ("は", "が") and t.pos1 == "助詞" and (
                who.lemma in ("さん", "様", "氏") or who.lemma in _RELATIVES or who.tag.startswith("名詞-固有名詞")):
            break  # …、娘さんは最近…とのこと: someone else's words
    return m.last, m.last


def names_another_person(m: Match[ContextPattern]) -> bool:
    """A hearsay item that names whose words or state a sentence tells (奥様も腰痛で〜, 〜と診断): one that also
    silences missing-*, so what it covers is not an observation of the patient."""
    return m.item.kind == "hearsay" and any(c.startswith("missing-") for c in m.item.suppresses)


def other_person_scopes(toks: tuple[Token, ...], context: list[Match[ContextPattern]]) -> list[tuple[int, int]]:
    """The token spans of a sentence that tell another person's state (:func:`names_another_person`).  A person named
    with が whose clause ends in what they said (娘さんが先日、便が黒っぽかったと言っていました: blind89) relays the
    patient's state as a source does; with は or も (奥様も腰が痛いと言っています) it stays their own."""
    spans = []
    for h in context:
        if not names_another_person(h):
            continue
        a, b = hearsay_scope(toks, h)
        if relays(toks, h, b):
            continue
        spans.append((a, b))
    return spans


def relays(toks: tuple[Token, ...], h: Match[ContextPattern], end: int) -> bool:
    """Whether the person ``h`` names with が, in a scope ending at token ``end``, is the source of what the clause
    says (娘さんが先日、便が黒っぽかったと言っていました), not its subject: a bare relative (not 同居のご主人, 主介護者の奥様,
    同じデイの利用者さん, ご主人の具合, who are named for their own state), telling no sensation, which is the speaker's own
    (奥様が、右手に力が入らないと話されていました: the session 25 review)."""
    if not any(t.norm == "が" and t.pos1 == "助詞" for t in toks[h.first : h.last]):
        return False
    first = h.first + (1 if toks[h.first].lemma == "御" else 0)
    if toks[first].lemma not in _RELATIVES or (h.first > 0 and toks[h.first - 1].norm == "の") or any(
            t.lemma in ("具合", "体調") for t in toks[h.first : h.last]):
        return False
    if any(toks[k].norm == "は" and toks[k].pos1 == "助詞" and (toks[k - 1].lemma in _PERSON_SUFFIXES or toks[k - 1].pos2 == "固有名詞")
           for k in range(1, h.first)):
        return False  # 森さんは、お嫁さんが最近疲れ気味だと心配されています: the person named as the topic says it (not 今日は)
    return _says(toks, h.last, end) and not any(t.lemma in _SENSATIONS for t in toks[h.last : min(end, len(toks))])


#: What names a person as a topic (森さんは, 田中様は, ご本人は).
_PERSON_SUFFIXES = frozenset(("さん", "様", "さま", "氏", "本人", "ちゃん", "君"))
#: The relatives who pass on what they saw of the patient (娘さんが…と言っていました).
_RELATIVES = frozenset(("娘", "息子", "長女", "長男", "次女", "次男", "嫁", "孫", "奥様", "奥さん", "主人", "夫", "妻", "家族"))
#: What a speaker feels in their own body: told with a verb of saying, it is their own state.
_SENSATIONS = frozenset(("痛い", "痛む", "苦しい", "息苦しい", "だるい", "怠い", "痺れる", "締め付ける", "目眩", "眩暈", "吐き気",
                         "寒気", "力", "苦しむ", "辛い", "きつい", "しんどい", "疲れる"))


#: Verbs of saying or passing on, after the quotative と: the person named before is the source.
_SAYING = frozenset(("言う", "話す", "仰る", "申す", "伝える", "連絡", "報告", "教える", "心配", "相談"))


def _says(toks: tuple[Token, ...], start: int, end: int) -> bool:
    """A quotative と (or って) followed by a verb of saying or worrying between ``start`` and ``end`` that closes the clause
    (…と言っていました, …と話されていました, …って心配してて); not one the person goes on from (胸が痛いと言って救急車で運ばれ: their own pain)."""
    stop = min(end, len(toks))
    return any(toks[k].norm in ("と", "って") and toks[k].pos1 == "助詞" and k + 1 < stop and toks[k + 1].lemma in _SAYING
               and all(t.lemma in _SAYING_ENDS or t.pos1 in ("補助記号", "空白") for t in toks[k + 2 : stop])
               for k in range(start, stop - 1))


#: What may close a verb of saying that ends its clause (言っ|て|い|まし|た|。, 話さ|れ|て|おり|ます): auxiliaries and
#: sentence-final particles, no word of a further event (言って入院になりました).
_SAYING_ENDS = frozenset(("為る", "て", "で", "居る", "いる", "おる", "居り", "御座る", "ます", "た", "だ", "です", "れる", "られる",
                          "てる", "とる", "ん", "の", "よ", "ね", "か", "わ", "ぞ"))


def _case_after_noun(toks, k: int) -> bool:
    """The noun phrase at token ``k`` (お|食事) is the object of what follows (を): a thing the person made that the patient
    takes; not a subject (娘さんが勤めている会社が…: still about the daughter, the session 30 review)."""
    j = k + 1
    # (a noun phrase joined by の: 測っておられる11月分の血圧の記録を拝見しますと, batch 25)
    while j < len(toks) and (toks[j].pos1 in ("名詞", "接尾辞") or toks[j].norm == "の") and j < k + 8:
        j += 1
    return j < len(toks) and toks[j].norm == "を"


#: Nouns that tell how the clause before them seems (疲れた感じ, 疲れている様子): the person's own state, not a thing they
#: made for the patient (用意したお食事を).
_TELLING_NOUNS = frozenset(("そう", "相", "感じ", "印象", "様子", "模様", "事", "こと", "気", "風", "感", "状態", "傾向", "所", "ところ", "の",
                            "辺", "辺り", "程", "ほど", "位", "くらい", "為", "ため", "方", "訳", "わけ", "筈", "はず"))
#: Conjunctive particles of contrast: what follows is often the patient again (奥様は通院中ですが、ご本人は〜).
CONTRAST = frozenset(("が", "けれど", "けど", "けれども", "のに", "ものの"))


def contrast_particle(t: Token) -> bool:
    """A conjunctive particle of contrast (〜ていますが、 / けど / のに / ものの)."""
    return t.tag.startswith("助詞-接続助詞") and t.lemma in CONTRAST


#: Nouns that make the clause before them a circumstance (〜した時, 〜したところ, 〜している間).
_CIRCUMSTANCE = frozenset(("所", "ところ", "時", "際", "間", "時間", "後", "場合", "折", "隙", "日中", "日中-昼間", "夜間", "留守"))


def predicate_comma(toks, k: int) -> bool:
    """Whether token ``k`` is a comma that ends a clause: after a predicate or a conjunctive particle
    (熱があり、食事は少し), or in a terse list of notes (尿色濃いめ、尿量減少)."""
    return k > 0 and toks[k].norm in ("、", ",") and (
        toks[k - 1].pos1 in ("動詞", "形容詞", "助動詞", "形状詞") or toks[k - 1].tag.startswith("助詞-接続助詞"))


def clause_apart(toks, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether a clause ends between two spans (:func:`predicate_comma`)."""
    a, b = min(one[1], other[1]), max(one[0], other[0])
    return any(a <= t.start < b and predicate_comma(toks, k) for k, t in enumerate(toks))


#: What a state is said to be the same as (いつもと同じ, 前回と同程度, 以前と同様).
_SAME_AS = frozenset(("何時", "いつも", "普段", "以前", "前回", "前", "前日", "先週", "先月", "平常", "従来"))
#: The negations that tell a state unchanged (変わらず, 変わりません, 変化なし).
_STEADY_NEGATION = frozenset(("ず", "ない", "無い", "無し"))


def _negated_at(toks, k: int) -> int | None:
    """The negation that ends the predicate from token ``k`` on (変わり|ませ|ん, 変化|は|あり|ません,
    変化|は|見|られ|ない), or None; not a question or a condition (変化がないか, 変化がないのか,
    変化がなければ)."""
    for j in range(k, min(len(toks), k + 6)):
        t = toks[j]
        if t.lemma in _STEADY_NEGATION:
            after = [u.lemma for u in toks[j + 1 : j + 3]]
            if after[:1] in (["か"], ["ば"], ["なら"]) or after == ["の", "か"] or t.cform.startswith("仮定形"):
                return None
            return j
        if not (j == k or t.lemma in ("は", "が", "も", "有る", "ます", "見る", "られる", "御座る", "特に", "て", "居る", "てる")):
            return None
    return None


def clause_start(toks, k: int) -> int:
    """The first token of the clause token ``k`` stands in (after the last :func:`predicate_comma` before it)."""
    return next((j + 1 for j in range(k - 1, 0, -1) if predicate_comma(toks, j)), 0)


def _names_a_thing(toks, k: int) -> bool:
    """Token ``k`` is a noun that 同じ qualifies as a thing (同じ話, 同じ服), not a state (同じ状態, 同じ様子, 同じ程度)."""
    return k < len(toks) and toks[k].pos1 == "名詞" and toks[k].lemma not in ("状態", "様子", "程度", "具合", "位", "感じ")


#: An adverb of "all along" that may stand between 前から and 同じ (前からずっと同じくらい: blind152).
ALL_ALONG = frozenset(("ずっと", "ずうっと", "ずーっと"))


def steady_marks(toks) -> list[int]:
    """Tokens that say a state is as it was, with nothing measured to add: 変わりません, 変化はありません,
    同程度, 横ばい, いつもと同じ, 普段どおり (a stable, known state: issue #11's physicians rated questions
    about its onset, count or size unhelpful, blind72). Not a treatment that changed nothing (咳止めを飲んでも
    変わりません), nor a sameness denied (以前と同じようには歩けません, いつも通りには食べられていません)."""
    marks = []
    for k, t in enumerate(toks):
        if t.lemma in ("変わる", "変わり", "変化") and t.pos1 in ("動詞", "名詞") and not (k and toks[k - 1].lemma == "相"):
            # (相変わらず, as ever, is a vague time of its own, not a state told unchanged)
            if _negated_at(toks, k + 1 if t.lemma == "変わる" else k) is None:
                continue
        elif t.lemma == "横ばい" or (t.lemma == "程度" and k and toks[k - 1].lemma == "同"):
            pass
        elif t.lemma in ("同じ", "同様", "同じく") and any(
                u.lemma in _SAME_AS for u in toks[max(0, k - 3 - (k > 0 and toks[k - 1].lemma in ALL_ALONG)) : k]) and (
                (p := k - 1 - (toks[k - 1].lemma in ALL_ALONG)) >= 0 and (
                    toks[p].lemma == "と" or (toks[p].lemma == "から" and not _names_a_thing(toks, k + 1)))):
            pass  # いつもと同じ, 以前から同じ状態です, 前からずっと同じくらい (not 以前から同じ話を繰り返す: the same story)
        elif t.lemma == "通り" and any(u.lemma in ("何時", "いつも", "普段") for u in toks[max(0, k - 3) : k]):
            pass
        else:
            continue
        first = clause_start(toks, k)
        if any(toks[j].norm == "も" and toks[j - 1].norm in ("て", "で") for j in range(max(first, 1), k)):
            continue  # 湿布を貼っても変わりません: what a treatment did not change
        rest = toks[k + 1 :]
        stop = next((j for j, u in enumerate(rest) if u.norm in ("、", ",", "。")), len(rest))
        if t.lemma not in ("変わる", "変わり", "変化") and any(u.lemma in _STEADY_NEGATION for u in rest[:stop]):
            continue  # 以前と同じようには歩けません: not as before
        marks.append(k)
    return marks


#: What a later clause may name and still speak of the observation before it (咳があり、量も変わりません).
_ATTRIBUTES = frozenset(("量", "程度", "回数", "頻度", "大きさ", "範囲", "強さ", "色", "性状", "場所", "部位", "数"))


def _topics(toks, first: int, k: int) -> list[Token]:
    """The nouns a clause from token ``first`` to ``k`` makes its topic or subject (量も, 回数は, 食欲が)."""
    return [toks[j - 1] for j in range(max(first, 1), k) if toks[j].norm in ("は", "が", "も")
            and toks[j - 1].pos1 == "名詞" and toks[j].pos1 == "助詞"]


#: Verbs of saying: a steady mark someone is reported to have said (いつもと同じと話されます) is their word, not the writer's.
_SAID = frozenset(("話す", "言う", "仰る", "おっしゃる", "申す", "訴える"))


def tells_steady(toks) -> bool:
    """A sentence that says the state is as it was of no observation of its own, nor of anything but an attribute
    (以前から同じ状態です, 以前からのことで、回数は変わっていません): said of what the sentence before told.  It names
    what it compares with (以前, いつも, 前回 …) or an attribute; a blank status (特に変わりありません), a way of living
    (以前と変わりなく過ごされています) and a person's reported words (いつもと同じと話されますが) are not this."""
    for k in steady_marks(toks):
        first = clause_start(toks, k)
        topics = _topics(toks, first, k)
        if not all(t.lemma in _ATTRIBUTES for t in topics):
            continue
        if not (topics or any(t.lemma in _SAME_AS for t in toks[first:k])):
            continue  # 特に変わりありません: nothing named as compared
        after = toks[k + 1 : k + 6]
        if any(t.norm == "と" and j + 1 < len(after) and after[j + 1].lemma in _SAID for j, t in enumerate(after)):
            continue  # いつもと同じと話されます: reported
        if any(t.lemma in _STEADY_NEGATION and t.cform.startswith("連用形") and j + 1 < len(after)
               and after[j + 1].pos1 == "動詞" and after[j + 1].lemma not in ("居る", "有る") for j, t in enumerate(after)):
            continue  # 変わりなく過ごされています: how the person lives, not the state
        return True
    return False


def told_steady(toks, marks: list[int], m, observations) -> bool:
    """Whether the match ``m`` (an observation, or a vague word of time) is what a steady mark says is unchanged: a mark in its own clause
    (しびれは以前から変わりません), or one of a later clause whose topic is the observation's own attribute or
    none (咳がありますが、以前からで量も変わりません; not 体重減少あり、食事摂取量は変わりません, 発熱がありましたが、
    食欲は変わりません)."""
    span = (toks[m.first].start, toks[m.last - 1].end)
    for k in marks:
        if k < m.first:
            continue
        mark = (toks[k].start, toks[k].end)
        if not clause_apart(toks, span, mark):
            return True
        first = clause_start(toks, k)
        if any(o is not m and o.first >= first and o.last <= k for o in observations):
            continue  # the later clause names an observation of its own
        topics = _topics(toks, first, k)
        if all(t.lemma in _ATTRIBUTES for t in topics):
            return True
    return False


#: What tells a symptom or the person's state getting better (むくみが引いてきた, 食欲が戻って, 楽になった, 改善).
_BETTER = frozenset(("引く", "引く-自動詞", "引く-他動詞", "戻る", "改善", "回復", "軽快", "和らぐ", "軽減", "楽", "治まる", "収まる"))
#: What after an improvement word takes it back (引かない, 戻らず, 楽ではない, 回復が遅い) or makes it a wish (楽になるよう).
_NOT = frozenset(("ない", "ず", "ぬ", "無い", "遅い", "悪い", "欲しい", "たい"))
#: What a fall in makes better (熱が下がってきた; not 血圧が下がる, 体重が下がる).
_FEVER = frozenset(("熱", "体温", "発熱", "微熱", "高熱"))


def improving(toks: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the clause of tokens [first, last) tells the thing getting better or well (むくみは少し引いてきたようです,
    食欲も少し戻ってきている, 前より楽になった, 元気そう, しっかり食べられるようになった), not taken back (引かない, 戻らず):
    a decline's example (むくみがあり…1.5kg増えました) does not fit it (blind141's and blind143's physicians)."""
    a = first
    while a > 0 and toks[a - 1].norm not in ("。", "．", "、", ",") and not contrast_particle(toks[a - 1]):
        a -= 1  # (back to the clause's start, not past a contrast: 食欲は戻ってきたものの、むくみが…: the session 46 review)
    b = last
    while b < len(toks) and not predicate_comma(toks, b) and not contrast_particle(toks[b]) and toks[b].norm not in ("。", "．"):
        b += 1
    for k in range(a, b):
        t, before = toks[k], toks[k - 1] if k > a else None
        nxt = toks[k + 1] if k + 1 < b else None
        better = (
            # (not 歩いて戻ってくる: a movement; nor 戻る to a place)
            (t.lemma in _BETTER and not (before is not None and before.norm in ("を", "に", "へ", "から", "て", "で")))
            or (t.lemma == "下がる" and any(x.lemma in _FEVER for x in toks[a:k]))
            or (t.lemma == "良い" and nxt is not None and nxt.lemma == "成る")
            or (t.lemma == "元気" and nxt is not None and nxt.lemma in ("そう-様態", "そう", "様") and nxt.pos1 in ("接尾辞", "形状詞"))
            or (t.lemma in ("しっかり", "確り") and nxt is not None and nxt.lemma in ("食べる", "食べれる", "食べられる", "召し上がる"))
        )
        after = toks[k + 1 : min(len(toks), k + 7)]
        wish = any(u.lemma in ("様", "よう") and i + 1 < len(after) and after[i + 1].surface in ("、", "に", ",")
                   for i, u in enumerate(after))  # 楽になるよう、/ように: an aim, not a course (not 引いてきたようです)
        if better and not wish and not any(u.lemma in _NOT and u.pos1 in ("助動詞", "形容詞") for u in after[:5] if u.start < (
                toks[b].start if b < len(toks) else 10**9)):
            return True
    return False
