"""Learning within a document: a name introduced with its role resolves its later bare mentions.

"Georgian Prime Minister Irakli Kobakhidze ..." or "Irakli Kobakhidze, Georgia's prime minister, ..." makes
a later "Kobakhidze" GEOGOV in the same document, whether or not a dictionary knows him. Acronyms the text
defines ("the Rapid Support Forces (RSF)") are kept too. Nothing learned leaves the document.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..nlp import span_ents, span_text
from .dictionary import fold
from .resolver import BASED_IN, ActorResolver, DocMemory, make_code

_TITLE_POS = {"PROPN", "ADJ", "NOUN", "PART"}
_TITLE_INNER = {"of", "the", "'s", "’s", "for", "and"}


def _title_before(ent) -> str | None:
    """The title words right before a person's name: 'Georgian Prime Minister' in
    'Georgian Prime Minister Irakli Kobakhidze', "Kenya's President" in "Kenya's President William Ruto"."""
    sent = ent.sent
    i = ent.start - 1
    toks = []
    while i >= sent.start and len(toks) < 8:
        t = ent.doc[i]
        if t.ent_type_ == "PERSON" or t.is_punct and t.text not in ("-",):
            break
        if t.pos_ in _TITLE_POS or t.lower_ in _TITLE_INNER or t.text == "-":
            toks.append(t)
            i -= 1
            continue
        break
    if toks and toks[0].lower_ in ("of", "for"):
        return None  # "the police shooting of Jacob Blake", "supporters of X": the name is the noun's object
    while toks and toks[-1].lower_ in _TITLE_INNER:
        toks.pop()  # "the" at the left edge
    if not toks:
        return None
    toks.reverse()
    return ent.doc[toks[0].i: toks[-1].i + 1].text


def _apposition(ent) -> str | None:
    """'Georgia's prime minister' in 'Irakli Kobakhidze, Georgia's prime minister, said' and in
    "Georgia's prime minister, Irakli Kobakhidze, said"."""
    root = ent.root
    for c in root.children:
        if c.dep_ == "appos" and not (ent.start <= c.i < ent.end):
            sub = [t for t in c.subtree if not t.is_punct or t.text == "'s"]
            if sub:
                return ent.doc[sub[0].i: sub[-1].i + 1].text
    if root.dep_ == "appos" and not (ent.start <= root.head.i < ent.end):
        head = root.head
        sub = [t for t in head.subtree if t.i < ent.start and not (t.is_punct and t.i == ent.start - 1)]
        if sub:
            return ent.doc[sub[0].i: sub[-1].i + 1].text.rstrip(" ,")
    return None


def _given_name(resolver: ActorResolver, ent) -> str | None:
    """'Sadiq Khan' where the tagger marked only 'Khan' ("Mayor of London Sadiq Khan"): a capitalised word right
    before a one-word name that is no title word and no name the dictionary knows is its given name."""
    if len(ent) != 1 or ent.start <= ent.sent.start:
        return None
    prev = ent.doc[ent.start - 1]
    word = fold(prev.text)
    if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.ent_type_ not in ("", "PERSON") or \
            not word or resolver._sector([word])[0] is not None or resolver.d.lookup(word):
        return None
    return f"{prev.text} {ent.text}"


def _stranger(resolver: ActorResolver, key: str, found) -> bool:
    """A full name ("kanye west") that is nobody the dictionary knows, and whose given name no known bearer of
    its surname has: a misspelt known name ("Vjosa Osmani-Sadriu") keeps its surname reading."""
    if found is not None and found.is_person:
        return False
    words = key.split()
    given, surname = words[0], words[-1]
    keys = resolver.d.bare_surname_keys(surname)
    return bool(keys) and not any(given in k.split() for k in keys)


def _learn_named_org(resolver: ActorResolver, ent, when: date | None, memory: DocMemory) -> None:
    """A company or body named after a person's surname ("Ford Motor Company", "Johnson & Johnson"): the
    document's later bare "Ford" is that body, not an office-holder surnamed Ford."""
    words = ent.text.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return
    head = re.sub(r"['’]s?$", "", words[0])  # "Ford's"
    first = fold(head)
    if len(first) < 3 or first in memory.names or resolver.d.lookup(first) or \
            not resolver.d.bare_surname_keys(first):
        return
    a = resolver.resolve(ent.text, when=when)
    if a is None or a.is_person or a.sector is None:
        return  # "the Biden administration" is Biden's
    if a.country:
        memory.learn(head, a)
    else:
        memory.learn_stranger(first)


# lower-case words inside an organisation's name ("Movement for Democratic Change", "Party of the Regions")
_NAME_JOINERS = {"for", "of", "and", "the", "de", "du", "del", "des"}


def _learn_opposition(resolver: ActorResolver, sent, when: date | None, memory: DocMemory) -> None:
    """A party the text calls the opposition ("the opposition Ennahda party") is the opposition (OPP, annotation
    guidelines) in its later bare mentions too ("Ennahda condemned ..."), whatever role a dictionary gives it."""
    for t in sent:
        if t.lower_ != "opposition" or t.dep_ not in ("compound", "amod"):
            continue
        name = []
        for x in sent.doc[t.i + 1:sent.end]:
            if x.lower_ in _NAME_JOINERS and name and x.i + 1 < sent.end and sent.doc[x.i + 1].pos_ == "PROPN":
                name.append(x.text)  # "the opposition Movement for Democratic Change"
                continue
            if x.pos_ != "PROPN" or x.i > t.head.right_edge.i or x.left_edge.i < t.head.left_edge.i:
                break  # the name inside the phrase "opposition" heads ("the opposition Awami League party")
            name.append(x.text)
        if not name:
            continue
        a = resolver.resolve(" ".join(name), when=when)
        if a is not None and a.country and a.country not in ("IGO", "NGO") and not a.is_person and \
                a.sector in (None, "POL", "OPP"):
            opp = replace(a, sector="OPP", code=make_code(a.country, "OPP", a.ethnicity, a.org))
            memory.learn(" ".join(name), opp)
            initials = "".join(w[0] for w in name if w[:1].isupper())
            if len(initials) >= 3:
                memory.learn(initials, opp)  # its abbreviation, which the text may use without defining it ("the MDC")


def learn_document(resolver: ActorResolver, sents, when: date | None) -> DocMemory:
    """Read a document's sentences (spaCy spans) once, before its mentions are resolved."""
    memory = DocMemory()
    for sent in sents:
        if "(" in span_text(sent):
            memory.learn_acronyms(span_text(sent))
        _learn_opposition(resolver, sent, when, memory)
        for ent in span_ents(sent):
            if ent.label_ == "ORG":
                _learn_named_org(resolver, ent, when, memory)
            if ent.label_ != "PERSON" or len(ent.text) < 4:
                continue
            name = _given_name(resolver, ent) or ent.text
            key = fold(name)
            if key in memory.names:
                continue
            # what the text says of a name beats a dictionary's role for it, which may be out of date
            for desc, appos in ((_title_before(ent), False), (_apposition(ent), True)):
                if not desc:
                    continue
                if appos:
                    desc = BASED_IN.sub("", desc)  # "X, the Norway-based leader of ...": a person's base is not whose
                a = resolver.resolve(desc, when=when)
                if a is not None and not a.country and a.sector == "OPP":
                    # "detained opposition leader Ousmane Sonko": a figure the text calls the opposition is OPP
                    # (guidelines), in the country a dictionary gives him, whatever role it gives
                    p = resolver.resolve(name, when=when)
                    if p is not None and p.is_person and p.country and p.country not in ("IGO", "NGO"):
                        memory.learn(name, replace(p, sector="OPP", code=make_code(p.country, "OPP", p.ethnicity,
                                                                                     p.org)))
                        break
                if a is not None and a.is_person and \
                        resolver._sector(fold(desc).split())[0] is None:
                    # "Howie Hawkins, Brock Pierce and ...", "... Pierce and Hawkins": a list of names, not a role
                    continue
                if a is not None and a.country and a.sector and a.rule == "composition" and \
                        a.country not in ("IGO", "NGO") or a is not None and a.org and a.sector and a.rule != "context":
                    memory.learn(name, a)
                    break
            else:
                a = None
                if len(key.split()) >= 2:
                    # a full name the dictionary knows ("William Barr") makes the document's later "Barr" him
                    a = resolver.resolve(name, when=when)
                    if a is not None and a.country and a.rule == "dictionary" and a.is_person:
                        memory.learn(name, a)
                        continue
                    if _stranger(resolver, key, a):
                        memory.learn_stranger(key.split()[-1], key)
                title = _title_before(ent)
                t = resolver.resolve(title, when=when) if title else None
                if t is not None and t.rule == "context" and t.country is None and t.sector and \
                        (a is None or a.rule == "context"):
                    # a role with no country ("army spokesman Colonel Didier Badjeck"): the later "Badjeck" is that
                    # role wherever the story places it, not a stranger
                    memory.learn_title(name, title)
    return memory
