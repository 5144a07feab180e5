"""The GiNZA (spaCy) backend: the same Token normalisation over GiNZA's analysis.

Imported only when ``backend="ginza"`` is asked for; needs ``pip install "vaguecheck[ginza]"``.
Differences from UniDic handled here (docs/backends.md):

* GiNZA's ``lemma_`` follows the spelling; ``norm_`` is Sudachi's normalised form, closest to
  UniDic's lemma, so it is what lexicons are matched against;
* a few normalised forms differ from UniDic lemmas (よう -> 様, なし -> 無し) and are mapped;
* ``lemma_`` does not tell そう of appearance from そう of hearsay; ``tag_`` does
  (形状詞-助動詞語幹 vs 名詞-助動詞語幹), so the lemma is rebuilt from it;
* Sudachi refuses inputs over 49,149 bytes; the analyser hands over sentences of at most
  400 characters (1,200 bytes), so that limit is never reached.
"""

from __future__ import annotations

import threading
from typing import Any

from .analyzer import RawToken

INSTALL_HINT = 'The GiNZA backend needs the extra: pip install "vaguecheck[ginza]"'

#: (Sudachi normalised form, tag prefix) -> UniDic lemma, for the forms the lexicons rely on.
_NORM_TO_UNIDIC = {
    ("よう", "形状詞"): "様",
    ("なし", "名詞"): "無し",
    ("ない", "形容詞"): "無い",  # the auxiliary ない keeps ない, as in UniDic
    ("で", "助詞-接続助詞"): "て",  # 飲んで: UniDic lemmatises the voiced form to て
    ("おかしい", "形容詞"): "可笑しい",
    # (session 17: the vague words GiNZA missed beside fugashi on batch 46 and batches 30-45)
    ("がち", "接尾辞"): "勝ち",  # 休みがち, むせがち
    ("屡々", "副詞"): "屡",  # しばしば
    ("いつ", "代名詞"): "何時",  # いつからか
    ("とこ", "名詞"): "所",  # ここんとこ
    ("ん", "助詞-格助詞"): "の",  # ここんところ
    ("もん", "名詞"): "物",
    ("あんま", "副詞"): "余り",
    ("つける", "動詞"): "付ける",
    ("すむ", "動詞"): "済む",
}
#: The same map looked up by the normalised form: (tag prefix, UniDic lemma) pairs.
_BY_FORM: dict[str, list[tuple[str, str]]] = {}
for (_form, _tag), _unidic in _NORM_TO_UNIDIC.items():
    _BY_FORM.setdefault(_form, []).append((_tag, _unidic))
_SOU_BY_TAG = {"形状詞-助動詞語幹": "そう-様態", "名詞-助動詞語幹": "そう-伝聞"}


def load_nlp(model: str = "ja_ginza") -> Any:
    try:
        import spacy
    except ImportError:
        raise ImportError(INSTALL_HINT) from None
    try:
        nlp = spacy.load(model, exclude=["vaguecheck"])
    except OSError:
        raise ImportError(f"{INSTALL_HINT} (the model package {model!r} is not installed)") from None
    if "compound_splitter" in nlp.pipe_names:
        # Sudachi's short units (mode A) are UniDic's: 不|機嫌, 摂取|量, 何|度 as the lexicons expect.
        nlp.get_pipe("compound_splitter").split_mode = "A"  # type: ignore[attr-defined]
    return nlp


def _cform(token: Any) -> str:
    inflection = token.morph.get("Inflection")
    if inflection and ";" in inflection[0]:
        return inflection[0].split(";", 1)[1]
    return "*"


def _norm(token: Any) -> str:
    """Sudachi's normalised form; the lemma, then the text, where the vocabulary cannot give it (a token
    that the compound splitter made in mode A may carry a norm hash its StringStore never stored:
    spaCy's E018 on ちゅう of 腫れちゅう)."""
    try:
        return token.norm_ or token.text
    except KeyError:
        try:
            return token.lemma_ or token.text
        except KeyError:
            return token.text


def _lemma(token: Any) -> str:
    norm = _norm(token)
    if norm == "そう" and token.tag_ in _SOU_BY_TAG:
        return _SOU_BY_TAG[token.tag_]
    for tag, lemma in _BY_FORM.get(norm, ()):
        if token.tag_.startswith(tag):
            return lemma
    return norm


#: GiNZA entity labels taken as evidence of an element (checked on real sentences: 3日前 Date,
#: 22時ごろ Time, 1か月 Period_Month, 3回 Frequency, 半分以下 Percent).  Labels are evidence,
#: not truth (140/85 came out Date, 長女 Ordinal_Number, 日中 Country), so an entity is used only
#: if it holds a numeral and overlaps no element the rules found.
ENTITY_KINDS = {"Date": "time", "Time": "time", "Frequency": "frequency", "Percent": "quantity"}
_NUMERAL_CHARS = set("0123456789０１２３４５６７８９〇一二三四五六七八九十百千")


def _entity_kind(label: str) -> str | None:
    if label.startswith("Period_"):
        return "time"
    return ENTITY_KINDS.get(label)


class GinzaBackend:
    """GiNZA through spaCy; one ``nlp`` call per sentence, serialised by a lock."""

    name = "ginza"

    def __init__(self, nlp: Any = None, model: str = "ja_ginza") -> None:
        self.nlp = nlp if nlp is not None else load_nlp(model)
        self._lock = threading.Lock()
        self._last = threading.local()  # the doc of the sentence just tokenized, for entities()

    def prefetch(self, sentences: list[str], batch_size: int = 64) -> None:
        """Parse many sentences in one ``nlp.pipe`` (batched, much faster than one call each);
        the following ``tokenize`` calls for them are served from this cache."""
        with self._lock:
            docs = list(self.nlp.pipe(sentences, batch_size=batch_size))
        cache = getattr(self._last, "cache", None)
        if cache is None:
            cache = self._last.cache = {}
        for s, d in zip(sentences, docs, strict=True):
            cache[s] = d

    def tokenize(self, sentence: str) -> list[RawToken]:
        cache = getattr(self._last, "cache", None)
        doc = cache.pop(sentence, None) if cache else None
        if doc is None:
            with self._lock:
                doc = self.nlp(sentence)
        self._last.doc = doc
        return tokens_of(doc)

    def entities(self, sentence: str) -> list[tuple[int, int, str]]:
        """(start, end, element kind) of the sentence's numeric time/quantity/frequency entities."""
        doc = getattr(self._last, "doc", None)
        if doc is None or doc.text != sentence:
            with self._lock:
                doc = self.nlp(sentence)
        out = []
        for ent in doc.ents:
            kind = _entity_kind(ent.label_)
            if kind is not None and _NUMERAL_CHARS & set(ent.text):
                out.append((ent.start_char, ent.end_char, kind))
        return out


def tokens_of(doc: Any) -> list[RawToken]:
    """RawTokens for a spaCy Doc, with heads as indices into the returned list."""
    kept = [t for t in doc if not t.is_space]
    index = {t.i: k for k, t in enumerate(kept)}
    return [
        RawToken(t.text, _lemma(t), t.tag_, _cform(t), t.idx, t.idx + len(t.text), index.get(t.head.i, -1), t.dep_)
        for t in kept
    ]
