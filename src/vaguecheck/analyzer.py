"""Text -> sentences -> tokens.  The only module that knows which tokenizer ran.

A backend turns one normalised sentence into raw morphemes; everything here maps
them onto :class:`~vaguecheck.model.Token` with offsets into the original text.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Protocol

from . import _regex
from ._normalize import NormalizedText, normalize
from .model import Sentence, Token, make_token

#: Longest sentence handed to the tokenizer in one piece.  Longer runs without a
#: sentence end (a pasted log, a 100,000-character line) are cut at a comma or
#: space near this length, so matching stays linear and MeCab's lattice small.
MAX_SENTENCE = 400

_OPEN = "「『（(【［[〔“"
_CLOSE = "」』）)】］]〕”"
_TERMINATORS = "。！？!?"
_FOLLOWERS = _CLOSE + "。！？!?"  # kept with the sentence they close
# every character split_sentences acts on
_SPECIAL = _regex.compile("[" + re.escape("\n\r." + _OPEN + _CLOSE + _TERMINATORS) + "]")


class RawToken(NamedTuple):
    """A morpheme as a backend reports it, offsets into the normalised sentence.

    A named tuple rather than a dataclass: one is made per morpheme on the hot path.
    """

    surface: str
    lemma: str
    tag: str  # pos1-pos2-pos3-pos4 without empty parts, as UniDic writes it
    cform: str
    start: int
    end: int
    head: int = -1  # index of the syntactic head in the sentence's tokens (parsing backends only)
    dep: str = ""  # dependency label (parsing backends only)


class Backend(Protocol):
    name: str

    def tokenize(self, sentence: str) -> list[RawToken]: ...


#: A list's number before its period (1. 外用薬…, 12. 以上), at the start of a sentence or after an ask's label that opens
#: it (【ご依頼】1. 現在の処方の…, 依頼事項：1. …: blind196's FAX, whose numbered asks were read as "1." and an unnumbered ask);
#: not after a reading's label (SpO2:95. 脈拍：88.: the session 57 review).
_LIST_NUMBER = _regex.compile(r"\s*(?:[【■◆●・]?(?:ご|お)?(?:依頼|お願い|願い|相談|報告|質問|確認|要望)[^\s。、【】：:]{0,6}[】：:])?\s*[0-9]{1,2}")


def split_sentences(norm: str) -> list[tuple[int, int]]:
    """Spans of sentences in the normalised text (whitespace-trimmed, never empty).

    Breaks after 。！？ (with any closing brackets that follow), at line breaks, and
    after an ASCII period that is not inside a number or after a list's number (1. …); not inside 「」 or （）, so a
    quotation stays with the sentence that reports it.
    """
    spans: list[tuple[int, int]] = []
    n = len(norm)
    start = 0
    depth = 0
    depth_since = 0
    i = 0
    while True:
        # jump over the characters that are none of the above: in a run of them, the only thing
        # that can happen is an unclosed bracket given up (depth reset) once it is too long
        m = _SPECIAL.search(norm, i)
        j = n if m is None else m.start()
        if depth and j > i and (j - 1) - depth_since > MAX_SENTENCE:
            depth = 0  # an unclosed bracket must not swallow the rest of the text
        if m is None:
            break
        i = j
        ch = norm[i]
        cut = -1
        if ch == "\n" or ch == "\r":
            cut = i
            depth = 0
        elif ch in _OPEN:
            if depth == 0:
                depth_since = i
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth and i - depth_since > MAX_SENTENCE:
            depth = 0
        if cut < 0 and depth == 0:
            if ch in _TERMINATORS:
                j = i + 1
                while j < n and norm[j] in _FOLLOWERS:
                    j += 1
                cut = j
                i = j - 1
            elif ch == "." and not (0 < i < n - 1 and norm[i - 1].isdigit() and norm[i + 1].isdigit()):
                # (not a list's number: 1. 外用薬のご指示 is one item, not "1." and a sentence)
                if (i + 1 >= n or norm[i + 1].isspace()) and not _LIST_NUMBER.fullmatch(norm, start, i):
                    cut = i + 1
        if cut >= 0:
            _add_span(norm, start, cut, spans)
            start = cut
        i += 1
    _add_span(norm, start, n, spans)
    return spans


def _add_span(norm: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _soft_cut(norm, start, start + MAX_SENTENCE)
        _add_span(norm, start, cut, spans)
        start = cut
        while start < end and norm[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _soft_cut(norm: str, start: int, limit: int) -> int:
    for k in range(limit, start + MAX_SENTENCE // 2, -1):
        if norm[k - 1] in "、, \t":
            return k
    return limit


_NUMBER_PART = _regex.compile(r"[0-9]+")


def _merge_numbers(tokens: list[RawToken], sentence: str) -> list[RawToken]:
    """Join 37 / . / 8 and 1 / , / 500 into one numeral token, as a reader sees them."""
    out: list[RawToken] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _NUMBER_PART.fullmatch(tok.surface):
            j = i
            while (
                j + 2 < len(tokens)
                and tokens[j + 1].surface in (".", ",")
                and tokens[j + 1].start == tokens[j].end
                and tokens[j + 2].start == tokens[j + 1].end
                and _NUMBER_PART.fullmatch(tokens[j + 2].surface)
                and (tokens[j + 1].surface == "." or len(tokens[j + 2].surface) == 3)
            ):
                j += 2
            if j > i:
                text = sentence[tok.start : tokens[j].end]
                tok = RawToken(text, text, "名詞-数詞", "*", tok.start, tokens[j].end)
                i = j
        out.append(tok)
        i += 1
    return out


def _read_setsunai(tokens: list[RawToken]) -> list[RawToken]:
    """Tohoku せづない / せづねぇ (切ない: breathless, in pain), which UniDic splits as せ|づ|ない (為る, 出る,
    the negation): one adjective, so its ない is no negation (胸せづねぇせづねぇって: blind64)."""
    out: list[RawToken] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if (tok.surface == "せ" and k + 2 < len(tokens) and tokens[k + 1].surface == "づ" and tokens[k + 2].lemma == "ない"
                and tok.end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start):
            last = tokens[k + 2]
            out.append(RawToken(tok.surface + "づ" + last.surface, "切ない", "形容詞-一般", last.cform, tok.start, last.end))
            k += 3
            continue
        out.append(tok)
        k += 1
    return out


def _read_katakana_sou(tokens: list[RawToken]) -> list[RawToken]:
    """様態 そう written in katakana after an adjective's stem (ｷﾂｿｳ, キツソウ), which UniDic reads as the
    suffix 草 (grass): the stem and そう, as in きつそう (batch 42)."""
    out = tokens
    for k in range(1, len(tokens)):
        tok, prev = tokens[k], tokens[k - 1]
        if (tok.surface == "ソウ" and tok.lemma != "そう-様態" and prev.end == tok.start
                and prev.tag.startswith("形容詞") and prev.cform.startswith("語幹")):
            if out is tokens:
                out = list(tokens)
            out[k] = tok._replace(lemma="そう-様態", tag="形状詞-助動詞語幹", cform="*")
    return out


def _read_muse(tokens: list[RawToken]) -> list[RawToken]:
    """むせ (噎せ, choking) after の, which UniDic misreads as 飲む's ungrammatical のむ|せ (食事中のむせを) or as a symbol
    む before せがむ (食事中のむせがみられます): の and むせ, then が and 見る (batch 76, 78, 91)."""
    out: list[RawToken] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and tok.end == nxt.start:
            if tok.surface == "のむ" and tok.lemma == "飲む" and nxt.surface == "せ" and nxt.lemma == "せる":
                out.append(RawToken("の", "の", "助詞-格助詞", "*", tok.start, tok.start + 1))
                out.append(RawToken("むせ", "噎せる", "動詞-一般", "連用形-一般", tok.start + 1, nxt.end))
                k += 2
                continue
            if tok.surface == "む" and tok.tag.startswith("記号") and nxt.surface.startswith("せが") and nxt.lemma == "せがむ":
                s = tok.start
                out.append(RawToken("むせ", "噎せる", "動詞-一般", "連用形-一般", s, s + 2))
                out.append(RawToken("が", "が", "助詞-格助詞", "*", s + 2, s + 3))
                if nxt.surface == "せがみ":
                    out.append(RawToken("み", "見る", "動詞-非自立可能", "連用形-一般", s + 3, nxt.end))
                elif len(nxt.surface) > 2:  # せがま|せがむ…: leave the rest to its own reading
                    return tokens
                k += 2
                continue
        out.append(tok)
        k += 1
    return out


#: Tohoku (and Kanto) voiced から / あたり after a time word (先月あだりがら, 前々がら, こないだがら: batch 130), which UniDic
#: reads as 柄, a symbol あ and たり: read as から and あたり, the written form kept (same length, so offsets hold).  Not
#: ながら, 〜たがらない, がらがら or 柄 after any other word.
_VOICED_KARA = _regex.compile(r"(?:(?<=[前々頃ごろ月日週年晩朝夜時り])|(?<=こないだ)|(?<=こねぇだ)|(?<=こねえだ)|(?<=このあいだ))がら(?!がら)")
_VOICED_ATARI = _regex.compile(r"(?<=[月日週年頃前])あだり")


def _devoice(sentence: str) -> str:
    """The sentence with Tohoku's voiced がら / あだり after a time word read as から / あたり (same length)."""
    return _VOICED_ATARI.sub("あたり", _VOICED_KARA.sub("から", sentence))


# MeCab's output, one morpheme as four tab-ended fields: written form, lemma, part of speech
# (pos1-pos2-pos3-pos4 without empty parts) and conjugation form, the fields vaguecheck reads of
# UniDic's own ``unidic`` format (whose unknown words take their written form as lemma, as here).
# Tab-ended fields make the whole output one ``split``; "E" ends it, so nothing trails a last empty
# field (fugashi strips trailing white space).  Backslashes doubled: MeCab's argument string is
# split like a shell line, and MeCab reads the remaining \t as a tab.
_MECAB_ARGS = (
    r"--output-format-type= --bos-format= --eos-format=E"
    r" --node-format=%m\\t%f[7]\\t%F-[0,1,2,3]\\t%f[5]\\t"
    r" --unk-format=%m\\t%m\\t%F-[0,1,2,3]\\t%f[5]\\t"
)
_new_tuple = tuple.__new__


class FugashiBackend:
    """fugashi + unidic-lite, read through MeCab's one-string output.

    ``Tagger.parse`` returns one string per sentence, which is about twice as fast
    as building a Python node object per morpheme and reading its features; a node
    format of four tab-ended fields is read with one ``split`` and slices.
    """

    name = "fugashi"

    def __init__(self) -> None:
        import fugashi  # local: the only place that knows the tokenizer

        self._tagger = fugashi.Tagger(_MECAB_ARGS)
        # MeCab keeps one lattice per tagger; parse is not safe to call concurrently.
        self._lock = threading.Lock()

    def tokenize(self, sentence: str) -> list[RawToken]:
        read = sentence
        if "がら" in sentence or "あだり" in sentence:
            read = _devoice(sentence)
        with self._lock:
            out = self._tagger.parse(read)
        fields = out.split("\t")
        if len(fields) % 4 != 1 or fields[-1] != "E":  # a tab in a field: MeCab never writes one
            raise RuntimeError(f"unexpected MeCab output for {sentence[:40]!r}")
        tokens: list[RawToken] = []
        append = tokens.append
        find = read.find
        cursor = 0
        for surface, lemma, tag, cform in zip(fields[0:-1:4], fields[1::4], fields[2::4], fields[3::4], strict=True):
            start = find(surface, cursor)
            if start < 0:  # MeCab changed the surface; skip it rather than guess an offset
                continue
            cursor = start + len(surface)
            if read is not sentence:
                surface = sentence[start:cursor]  # as written (がら, あだり), read as its plain form
            # tuple.__new__: the named tuple's own __new__ is a Python function, 1.7x slower
            append(_new_tuple(RawToken, (surface, lemma or surface, tag, cform or "*", start, cursor, -1, "")))
        if _KATAKANA_RUN.search(sentence):
            tokens = self._split_katakana_adverbs(tokens)
        if "づ" in sentence:
            tokens = _read_setsunai(tokens)
        if "ソウ" in sentence:
            tokens = _read_katakana_sou(tokens)
        if "むせ" in sentence:
            tokens = _read_muse(tokens)
        if "." in sentence or "," in sentence:
            return _merge_numbers(tokens, sentence)
        return tokens


    def _split_katakana_adverbs(self, tokens: list[RawToken]) -> list[RawToken]:
        """An adverb written in katakana and run into the next word (ﾀﾏﾆﾄｲﾚ, ﾁｮｯﾄﾑｾ込み, ｻｲｷﾝﾁｮｯﾄボーッと:
        records and chat) as its own token.

        MeCab reads a run of katakana as one unknown word or as loose pieces (タマ|ニ|トイレ), so
        たまに or ちょっと is never seen.  A run of katakana tokens that opens on a word the
        dictionary does not know as written (its lemma is its katakana) has its first characters
        read again in hiragana; when that reading opens on an adverb (たまに/偶に, ちょっと/一寸), or
        on a noun that may be one in three kana or more (ときどき, さいきん; not ひる of ヒルドイド),
        shorter than the run, those characters become that word, with its lemma, and the rest is
        read the same way, up to ``_MAX_CUTS`` times.  A token a cut falls inside becomes an unknown
        noun of its remaining characters.  Only ``_ADVERB_READ`` characters are read each time, so
        a run of any length costs a bounded amount.  A run that is the adverb itself is read the same
        way (ｱﾝﾏﾘ食べない, ﾔﾔ高め: MeCab reads ヤヤ as two one-letter words), and so is an adjective's
        stem with 様態 そう (ｼﾝﾄﾞｿｳ), which becomes the stem and そう, and a whole adjective (応答ﾆﾌﾞｲ).
        """
        out: list[RawToken] = []
        k = 0
        while k < len(tokens):
            if not (_KATAKANA_WORD.fullmatch(tokens[k].surface) and _unknown_as_written(tokens[k])):
                out.append(tokens[k])
                k += 1
                continue
            j = k + 1
            while j < len(tokens) and _KATAKANA_WORD.fullmatch(tokens[j].surface) and tokens[j].start == tokens[j - 1].end:
                j += 1
            run = tokens[k:j]
            after = tokens[j] if j < len(tokens) else None
            k = j
            for _ in range(_MAX_CUTS):
                cut = self._cut_adverb(run, after)
                if cut is None:
                    break
                out.append(cut[0])
                run = cut[1]
                if not (run and _unknown_as_written(run[0])):
                    break  # nothing left, or a word the dictionary knows
            out.extend(run)
        return out

    def _cut_adverb(self, run: list[RawToken], nxt: RawToken | None = None) -> tuple[RawToken, list[RawToken]] | None:
        """The adverb a katakana run opens with, and the run's tokens after it; None if it opens on none.
        ``nxt`` is the token after the run: a run that is the whole word is not read again before a name's
        suffix or a case particle (ヤヤさん, 娘のチカと: names)."""
        first = run[0]
        written = "".join(t.surface for t in run)
        if len(written) < 2:
            return None
        with self._lock:
            fields = self._tagger.parse(written[:_ADVERB_READ].translate(_TO_HIRAGANA)).split("\t")
        if len(fields) < 5:
            return None
        surface, lemma, tag, cform = fields[:4]
        n = len(surface)
        if (tag.startswith("形容詞") and len(fields) >= 9 and fields[5] == "そう-様態"
                and n + len(fields[4]) == len(written) and n >= 2):
            # ｼﾝﾄﾞｿｳ: the whole run is an adjective's stem and 様態 そう
            stem_end = first.start + n
            return (RawToken(written[:n], lemma or surface, tag, cform or "*", first.start, stem_end),
                    [RawToken(written[n:], fields[5], fields[6], fields[7] or "*", stem_end, first.start + len(written))])
        if n == len(written) and nxt is not None and (nxt.surface in _NAME_SUFFIXES or nxt.tag.startswith("助詞-格助詞")):
            return None  # ヤヤさん, チカと, ナガイ様: a name, as written
        if tag.startswith("形容詞") and n == len(written) and n >= 3 and cform.startswith("終止形"):
            # ﾆﾌﾞｲ (MeCab: 二|ブイ): the whole run is an adjective written in katakana
            return RawToken(written, lemma or surface, tag, cform, first.start, first.start + n), []
        if not (tag.startswith("副詞") or (tag.startswith("名詞-普通名詞-副詞可能") and n >= 3)) or not 2 <= n <= len(written):
            return None
        cut = first.start + n
        rest: list[RawToken] = []
        for t in run:
            if t.start >= cut:
                rest.append(t)
            elif t.end > cut:  # the cut falls inside this token: its remaining characters as a word of their own
                tail = t.surface[cut - t.start :]
                rest.append(self._known_word(tail, cut, t.end))
        return RawToken(written[:n], lemma or surface, tag, cform or "*", first.start, cut), rest

    def _known_word(self, written: str, start: int, end: int) -> RawToken:
        """``written`` (katakana cut off an adverb: ｽｺｼ|ﾌﾗﾂｷ) read alone: the word the dictionary knows it as
        (フラツキ: ふらつき), or an unknown noun of its characters."""
        with self._lock:
            fields = self._tagger.parse(written).split("\t")
        if len(fields) == 5 and fields[0] == written and fields[1] and fields[1] != written:
            return RawToken(written, fields[1], fields[2], fields[3] or "*", start, end)
        return RawToken(written, written, "名詞-普通名詞-一般", "*", start, end)


def _unknown_as_written(tok: RawToken) -> bool:
    """A katakana token the dictionary does not know as written: its lemma is its surface, or it is
    one letter (MeCab reads ヤヤ as ヤ|ヤ, 嫌 twice)."""
    return tok.lemma == tok.surface or len(tok.surface) == 1


#: Suffixes of a name (ヤヤさん, ナガイ様): a katakana word before one is a name, not a word to read again.
_NAME_SUFFIXES = frozenset(("さん", "様", "さま", "ちゃん", "君", "くん", "氏", "先生"))

#: At most this many adverbs are cut from one katakana run, each read from this many characters.
_MAX_CUTS = 4
_ADVERB_READ = 8


# a word of katakana only (ー and the small kana included), and a sentence that has a run of two
_KATAKANA_WORD = _regex.compile(r"[ァ-ヺー]+")
_KATAKANA_RUN = _regex.compile(r"[ァ-ヺー]{2}")
_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


def _read_dialect_negation(tokens: list[RawToken]) -> list[RawToken]:
    """Western and dialect negation ん after a verb (目ぇ開けんだわ: will not open her eyes) as ず.

    UniDic (MeCab's and Sudachi's alike) reads most such ん as the negative auxiliary (起きんのよ:
    起き|ん/ず), but after a verb whose stem is also its continuative form (開け) it may take ん for
    the nominaliser の.  Standard Japanese has no nominaliser after the continuative form, but Tokyo
    speech contracts 出るんだ to 出んだ: so the reading is repaired only where no copula follows ん, or
    after a concession in the sentence (〜ても), for every backend (a parser's head and label are kept).
    After an irrealis form (Hiroshima 歩き回っとらん: とら|ん) ん is always the negation.  UniDic also reads such ん as
    the classical volitional む (力が入らん: 入ら|ん/む, 寝れん, 転ばんか心配), which modern prose does not write after
    those forms: it is repaired the same way (blind180's Nagoya letter).  The other way round, a ん UniDic reads as ず
    right after a verb's plain form (起きる|ん|よ) is the nominaliser: a negation follows the irrealis form (起き|ん).
    """
    out = tokens
    for k in range(1, len(tokens)):
        tok = tokens[k]
        if tok.surface == "ん" and tok.lemma == "ず":
            prev = tokens[k - 1]
            # 起きるんが続いとる, 言うんよ: after a plain (terminal or attributive) form ん can only be the nominaliser の;
            # the negation follows the irrealis form (起きん, 言わん), which UniDic reads right (blind267)
            if prev.end == tok.start and prev.tag.startswith("動詞") and prev.cform.startswith(("終止形-一般", "連体形-一般")):
                if out is tokens:
                    out = list(tokens)
                out[k] = tok._replace(lemma="の", tag="助詞-準体助詞", cform="*")
            continue
        if tok.surface == "ん" and (tok.lemma == "の" or (
                tok.lemma == "む" and tok.tag.startswith("助動詞")
                # (not 〜んばかり, 転げ回らんばかりに痛がる: as if to, where む is right: the session 55 review)
                and not (k + 1 < len(tokens) and tokens[k + 1].surface.startswith("ばかり")))):
            prev = tokens[k - 1]
            # 歩き回っとらん: after an irrealis form ん can only be the negation (no nominaliser follows one)
            irrealis = prev.cform.startswith("未然形") and prev.tag.startswith(("動詞", "助動詞"))
            if prev.end != tok.start or not (irrealis or (prev.tag.startswith("動詞") and prev.cform == "連用形-一般")):
                continue
            # 出んだよ / 痺れんだって is also Tokyo's 出るんだ: with a copula after it, ん is read as a negation
            # only after a concession earlier in the sentence (話しかけても目ぇ開けんだわ: even when spoken to)
            copula = k + 1 < len(tokens) and tokens[k + 1].surface[:1] in ("だ", "で", "っ", "じ", "や")
            if copula and not irrealis and not any(t.surface == "も" and j > 0 and tokens[j - 1].lemma == "て" for j, t in enumerate(tokens[:k])):
                continue
            if out is tokens:
                out = list(tokens)
            out[k] = tok._replace(lemma="ず", tag="助動詞", cform="終止形-撥音便")
    return out


#: Colour words UniDic reads as a na-adjective's stem though each is also an adjective (真っ黒い): Kyushu's
#: 真っ黒か is 真っ黒い (便の真っ黒かとよ: blind64).
_MAKKURO = frozenset(("真っ黒", "真っ赤", "真っ白", "真っ青", "真っ暗"))
#: What may follow that か as an ending (とよ, ばい, ね, the sentence's end); not どうか (真っ黒かどうか is a question).
_AFTER_KA = frozenset("とよばねー。、」!！")


def _read_kyushu_adjective(tokens: list[RawToken]) -> list[RawToken]:
    """Kyushu's adjective ending か (痛か, おかしか: 痛い, おかしい), which UniDic reads as the stem and the
    question particle か: standard Japanese puts no particle right after an adjective's bare stem, so the か is
    read as the ending, and the sentence is no question (しゃべりがおかしかとよ: blind56); so is it after a colour
    that is also an adjective (真っ黒か)."""
    out = tokens
    for k in range(1, len(tokens)):
        tok, prev = tokens[k], tokens[k - 1]
        if not (tok.surface == "か" and tok.tag.startswith("助詞") and prev.end == tok.start):
            continue
        colour = prev.lemma in _MAKKURO and (k + 1 == len(tokens) or tokens[k + 1].surface[:1] in _AFTER_KA)
        if (prev.tag.startswith("形容詞") and prev.cform.startswith("語幹")) or colour:
            if out is tokens:
                out = list(tokens)
            if prev.tag.startswith("形容詞"):
                out[k - 1] = prev._replace(cform="終止形-一般")
            out[k] = tok._replace(lemma="だ", tag="助動詞", cform="終止形-一般")
    return out


def _read_eastern_and_kyushu_negation(tokens: list[RawToken]) -> list[RawToken]:
    """Three negations UniDic misreads, for every backend (a parser's head and label are kept):

    - eastern ねえ / ねぇ after a verb's て (出てねえっぺ: did not come out), which UniDic may read as the noun
      姉 before a following particle; after て, standard Japanese has the auxiliary いる, never a noun (the
      sentence-final ねえ of chat, 血が混じってねえ、びっくりした, is read as UniDic reads it: a particle);
    - Kyushu なか (= ない) after an adjective's ウ音便 form (苦しゅうなかち: is not breathless), which UniDic
      splits as な (だ) and か…; standard Japanese puts only ございます or 存じます after that form;
    - Niigata ね (= ない) after an adjective's く form (どこも痛くねって: does not hurt anywhere: blind113), which UniDic
      reads as the particle ね; standard Japanese puts that ね after the plain form (痛いね), never after く.
    """
    out = tokens
    for k in range(1, len(tokens) - 1):
        tok, prev, nxt = tokens[k], tokens[k - 1], tokens[k + 1]
        if prev.end != tok.start:
            continue
        if tok.surface in ("ねえ", "ねぇ") and tok.tag.startswith("名詞") and prev.surface in ("て", "で") and prev.tag.startswith("助詞"):
            new = tok._replace(lemma="ない", tag="助動詞", cform="終止形-一般")
        elif (tok.surface == "ね" and tok.tag.startswith("助詞") and prev.tag.startswith("形容詞")
              and prev.cform.startswith("連用形") and prev.surface.endswith("く")):
            new = tok._replace(lemma="無い", tag="形容詞-非自立可能", cform="終止形-一般")
        elif (tok.surface == "な" and prev.tag.startswith("形容詞") and prev.cform == "連用形-ウ音便"
              and nxt.start == tok.end and nxt.surface.startswith("か")):
            new = tok._replace(lemma="無い", tag="形容詞-非自立可能", cform="終止形-一般")
        else:
            continue
        if out is tokens:
            out = list(tokens)
        out[k] = new
    return out


#: The particles a speaker pauses after with ですね (むくみがですね、 / 足のほうにですね、 / 歩行についてはですね、).
_PAUSED_AFTER = frozenset(("が", "は", "を", "に", "も", "で", "と"))


def _drop_spoken_pauses(tokens: list[RawToken]) -> list[RawToken]:
    """A speaker's pause after a particle (便がですね、ゆるいのが続いて: conference speech) out of the token stream, for
    every backend: ですね and its comma there end no clause and say nothing, but they stand between a subject and its
    predicate, so 便がゆるい or むくみが出て is not read.  Standard Japanese puts no copula right after a case or topic
    particle, so です + ね + 、 there is always the pause.  The dropped tokens' offsets are simply not covered by a token
    (a finding over the words on both sides still spans them); a parser's heads are renumbered, a head on a dropped token
    moving to that token's own head."""
    drop = [k for k in range(1, len(tokens) - 3)
            if tokens[k].lemma == "です" and tokens[k].tag.startswith("助動詞") and tokens[k - 1].tag.startswith("助詞")
            and tokens[k - 1].surface in _PAUSED_AFTER and tokens[k - 1].end == tokens[k].start
            and tokens[k + 1].surface in ("ね", "ねえ", "ねぇ", "ねー") and tokens[k + 1].tag.startswith("助詞")
            and tokens[k + 2].surface in ("、", ",", "，")]
    if not drop:
        return tokens
    gone = {j for k in drop for j in (k, k + 1, k + 2)}
    new_index: dict[int, int] = {}
    for k in range(len(tokens)):
        if k not in gone:
            new_index[k] = len(new_index)

    def kept_head(h: int) -> int:
        seen = 0
        while h in gone and seen < len(tokens):
            h, seen = tokens[h].head, seen + 1
        return new_index.get(h, -1)

    return [t if t.head < 0 else t._replace(head=kept_head(t.head)) for k, t in enumerate(tokens) if k not in gone]


@lru_cache(maxsize=8192)
def _clean_lemma(lemma: str) -> str:
    # UniDic glosses loanwords (トイレ-toilet) and marks senses (そう-様態); keep senses only.
    head, sep, tail = lemma.partition("-")
    if sep and head and tail.isascii():
        return head
    return lemma


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything later stages need: the normalised text and its sentences."""

    text: NormalizedText
    sentences: tuple[Sentence, ...]
    norm_spans: tuple[tuple[int, int], ...]  # each sentence's span in text.norm
    #: per sentence, (start, end, element kind) of named entities in sentence coordinates (GiNZA); else ()
    entities: tuple[list[tuple[int, int, str]], ...] = ()


def analyze(text: str, backend: Backend) -> Analysis:
    nt = normalize(text)
    norm = nt.norm
    sentences: list[Sentence] = []
    entities: list[list[tuple[int, int, str]]] = []
    entities_of = getattr(backend, "entities", None)  # backends with named entities (GiNZA)
    spans = split_sentences(norm)
    for s_start, s_end in spans:
        sentence = norm[s_start:s_end]
        raw = backend.tokenize(sentence)
        if "ん" in sentence:
            raw = _read_dialect_negation(raw)
        if "か" in sentence:
            raw = _read_kyushu_adjective(raw)
        if "ねえ" in sentence or "ねぇ" in sentence or "なか" in sentence or "くね" in sentence:  # (な then a token opening on か)
            raw = _read_eastern_and_kyushu_negation(raw)
        if "ですね" in sentence:
            raw = _drop_spoken_pauses(raw)
        index = nt.index
        identical = norm is text
        tokens: list[Token] = []
        append = tokens.append
        # hot loop: positional arguments, and no index look-up when nothing was normalised
        for surface, lemma, tag, cform, r_start, r_end, head, dep in raw:
            if index is None:
                o_start, o_end = s_start + r_start, s_start + r_end
                original = surface if identical else text[o_start:o_end]
                append(make_token(original, surface, _clean_lemma(lemma), tag, cform, o_start, o_end, head, dep))
            else:
                o_start, o_end = index[s_start + r_start], index[s_start + r_end]
                append(make_token(text[o_start:o_end], surface, _clean_lemma(lemma), tag, cform, o_start, o_end, head, dep))
        if entities_of is not None:
            entities.append(entities_of(norm[s_start:s_end]))
        o_start, o_end = nt.span(s_start, s_end)
        sentences.append(Sentence(o_start, o_end, text[o_start:o_end], tuple(tokens)))
    return Analysis(nt, tuple(sentences), tuple(spans), tuple(entities))
