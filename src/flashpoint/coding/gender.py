"""Which person a "he" or "she" can stand for: the gender the text gives each person it names.

A person's gender is taken, in this order, from a title or role word next to the name ("Mrs May", "Queen
Elizabeth", "Maria Zakharova, the ministry's spokeswoman"; data/gender.yaml), from the first given name of a name
of two or more words (data/given_names.csv, built by scripts/given_names.py from Jörg Michael's nam_dict.txt, GNU
FDL), and else from the document itself: a "he/his" or "she/her" in the same sentence whose clause has that
person, the only person named before it, as its subject ("Sanders said in his live stream"). A person of unknown
gender fits either pronoun; the filter only keeps a pronoun from a person the text marks as the other gender.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from ..nlp import span_ents
from ..text import fold

_DATA = Path(__file__).parent / "data"
_SUBJECTS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, str], dict[str, str]]:
    d = yaml.safe_load((_DATA / "gender.yaml").read_text(encoding="utf-8"))
    pron = {w: g for g, ws in d["pronouns"].items() for w in ws}
    words = {w: g for g, ws in d["words"].items() for w in ws}
    return pron, words


@lru_cache(maxsize=1)
def _given() -> dict[str, str]:
    with (_DATA / "given_names.csv").open(encoding="utf-8") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        next(rows)
        return {fold(name).lower(): g for name, g in rows}


def pronoun_gender(word: str) -> str | None:
    """'m' for he/him/his, 'f' for she/her, None for any other word."""
    return _words()[0].get(word.lower())


def _surname(name: str) -> str:
    words = fold(name).lower().replace("'s", "").split()
    return words[-1] if words else ""


def _title_gender(ent: Span) -> str | None:
    """A title or role word just before the name, inside it, or in apposition to it."""
    words = _words()[1]
    doc = ent.doc
    near = list(ent)[:-1]
    i = ent.start - 1
    while i >= max(ent.sent.start, ent.start - 3) and not (doc[i].is_punct and doc[i].text != "."):
        if doc[i].pos_ == "ADP":
            break  # "the wife of Ahmed Ali", "a spokeswoman for Vucic": the role word is someone else's
        near.append(doc[i])
        i -= 1
    root = ent.root
    near += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        near.append(root.head)
    for t in near:
        g = words.get(t.lower_) or words.get(t.lemma_.lower())
        if g:
            return g
    return None


def name_gender(name: str) -> str | None:
    """The gender the first given name of a name of two or more words marks ("Theresa May": 'f')."""
    words = [w for w in fold(name).lower().replace(".", " ").split() if w not in _words()[1]]
    if len(words) < 2:
        return None  # a bare surname says nothing: "Clinton" is also a given name
    return _given().get(words[0])


class PersonGenders:
    """The genders one document gives the persons it names, keyed by surname."""

    def __init__(self) -> None:
        self.by_surname: dict[str, str] = {}

    def of(self, name: str) -> str | None:
        return self.by_surname.get(_surname(name)) or name_gender(name)

    def learn(self, sent: Span) -> None:
        persons = [e for e in span_ents(sent) if e.label_ == "PERSON"]
        for e in persons:
            key = _surname(e.text)
            if key and key not in self.by_surname:
                g = _title_gender(e) or name_gender(e.text)
                if g:
                    self.by_surname[key] = g
        for tok in sent:
            g = pronoun_gender(tok.lower_) if tok.pos_ == "PRON" else None
            before = [e for e in persons if e.end <= tok.i]
            if g is None or len(before) != 1 or _surname(before[0].text) in self.by_surname:
                continue
            if _subject_of_clause(tok, before[0]):
                self.by_surname[_surname(before[0].text)] = g

    def fits(self, name: str, pronoun: str) -> bool:
        g, p = self.of(name), pronoun_gender(pronoun)
        return g is None or p is None or g == p


def _subject_of_clause(pron: Token, ent: Span) -> bool:
    """``ent`` is the subject of a clause above ``pron`` ("Sanders said in his live stream")."""
    node = pron
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ in _SUBJECTS and ent.start <= c.i < ent.end for c in node.children):
            return True
    return False
