"""Valence of evaluative words, for criticism and praise told by naming ("called the veto regrettable").

VADER's lexicon (vaderSentiment, MIT licence, C.J. Hutto) gives each word a valence from -4 to +4; the political
words it lacks or reads in another sense are in data/senses.yaml (evaluation_words), which wins.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from .patterns import DATA
from ..yamlfile import load_yaml

_NEGATORS = {"not", "no", "never", "hardly", "n't"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    out: dict[str, float] = {}
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    senses = load_yaml((DATA / "senses.yaml").read_text(encoding="utf-8"))
    out.update({str(k): float(v) for k, v in (senses.get("evaluation_words") or {}).items()})
    return out


def valence(tokens: list[Token]) -> float:
    """Summed valence of the words, a negated phrase ("not acceptable") reversed."""
    lex = lexicon()
    score = sum(lex.get(t.lower_, lex.get(t.lemma_.lower(), 0.0)) for t in tokens)
    if any(t.lower_ in _NEGATORS for t in tokens):
        score = -score
    return score
