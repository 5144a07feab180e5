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
}
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


def _lemma(token: Any) -> str:
    norm = token.norm_ or token.text
    if norm == "そう" and token.tag_ in _SOU_BY_TAG:
        return _SOU_BY_TAG[token.tag_]
    for (form, tag), lemma in _NORM_TO_UNIDIC.items():
        if norm == form and token.tag_.startswith(tag):
            return lemma
    return norm


class GinzaBackend:
    """GiNZA through spaCy; one ``nlp`` call per sentence, serialised by a lock."""

    name = "ginza"

    def __init__(self, nlp: Any = None, model: str = "ja_ginza") -> None:
        self.nlp = nlp if nlp is not None else load_nlp(model)
        self._lock = threading.Lock()

    def tokenize(self, sentence: str) -> list[RawToken]:
        with self._lock:
            doc = self.nlp(sentence)
        return tokens_of(doc)


def tokens_of(doc: Any, offset: int = 0) -> list[RawToken]:
    """RawTokens for a spaCy Doc (or a span of one), offsets relative to ``offset``."""
    out = []
    for t in doc:
        if t.is_space:
            continue
        start = t.idx - offset
        out.append(RawToken(t.text, _lemma(t), t.tag_, _cform(t), start, start + len(t.text)))
    return out
