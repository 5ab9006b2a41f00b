"""Parse helpers shared by the coder's stages: noun-phrase spans, children by relation, quotation."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import doc_text
from . import dateline as _dateline  # noqa: F401  (registers Token._.barred)
from .patterns import lexicon

_L = lexicon()

# dependency relations (spaCy's English labels)
SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj"}
MENTION_DEPS = {"det", "amod", "compound", "poss", "case", "nmod", "nummod", "quantmod", "appos", "punct", "prep",
                "pobj", "advmod", "predet", "npadvmod"}
# entity labels
LOC_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}

TARGET_PREPS = _L.target_preps
LOC_PREPS = _L.loc_preps_set
FIRST_PERSON = _L.first_person_set
THIRD_PERSON = _L.third_person_set
QUANTIFIERS = _L.quantifiers_set


def tok_span(tokens: list[Token], offset: int) -> tuple[str, int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    doc = tokens[0].doc
    return doc_text(doc)[start:end], start + offset, end + offset


def in_quotes(tok: Token) -> bool:
    """Inside a quotation on its paragraph (odd number of quote marks before it)."""
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    seg = text[line_start:tok.idx]
    return (seg.count('"') + seg.count("\u201c") + seg.count("\u201d")) % 2 == 1


def stray_modifier(tok: Token) -> Token | None:
    """A name or nationality the parser made a sibling object right before ``tok`` ("accused Azerbaijani forces"
    parsed as two objects "Azerbaijani" and "forces"): it modifies ``tok``."""
    if tok.i == 0 or tok.pos_ != "NOUN":
        return None
    prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if prev is not None and prev.head.i == tok.head.i and prev.dep_ == tok.dep_ and prev.dep_ in OBJ | SUBJ and \
            prev.pos_ in ("PROPN", "ADJ") and not list(prev.children):
        return prev
    return None


def ent_type(tok: Token) -> str:
    """``tok``'s entity label, except an entity that starts in the dateline and runs into the story ("May 4 -
    Gunmen" read as one DATE): the story's words are not part of it."""
    if tok.ent_type_ not in NON_ACTOR_ENTS or tok._.barred or tok.ent_iob_ == "B":
        return tok.ent_type_
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    first = tok.doc[i]
    if first._.barred or any(t.text in ("-", "\u2013", "\u2014") and t.whitespace_ and t.i > 0 and
                             t.doc[t.i - 1].whitespace_ for t in tok.doc[i:tok.i]):
        return ""
    return tok.ent_type_


def _name_prep(head: Token, prep: Token) -> bool:
    """A preposition inside a name ("Reporters Without Borders", "Doctors Without Borders": capitalised, between
    capitalised words) or after a word of allegiance ("gunmen loyal to the gang leader": whose they are)."""
    pobj_ = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj_ is None:
        return False
    if prep.i > head.i and prep.text[:1].isupper() and not prep.is_sent_start and head.text[:1].isupper() and \
            pobj_.text[:1].isupper():
        return True
    return head.dep_ == "amod" and head.lower_ in _L.allegiance_adjectives_set and prep.lower_ in ("to", "with")


def _stranded_backer(head: Token, prep: Token) -> Token | None:
    """The backer after a word of allegiance that the parser made a second subject of the verb, leaving the
    preposition with no object ("Gunmen loyal to reputed gang leader Christopher "Dudus" Coke attacked ...")."""
    if prep.dep_ != "prep" or head.dep_ != "amod" or head.lower_ not in _L.allegiance_adjectives_set or \
            prep.lower_ not in ("to", "with") or any(g.dep_ == "pobj" for g in prep.children):
        return None
    group = head.head
    if group.dep_ not in ("nsubj", "nsubjpass") or group.head.i == group.i:
        return None
    return next((c for c in group.head.children if c.dep_ == group.dep_ and c.i > prep.i), None)


def np_tokens(head: Token, *, with_of: bool = True) -> list[Token]:
    """The noun phrase of ``head``: modifiers, possessors, 'of' PPs, parenthetical appositions."""
    keep = [head]
    stray = stray_modifier(head)
    if stray is not None:
        keep.append(stray)
    for c in head.children:
        if c.dep_ in ("conj", "cc", "relcl", "acl", "advcl") or c.dep_ == "punct" and c.i > head.i:
            continue
        if Token.has_extension("barred") and c._.barred:
            continue  # "YEREVAN, Oct 5 (AFP) - Armenia's Defence Ministry" parsed with the dateline's date as a modifier
        backer = _stranded_backer(head, c)
        if backer is not None:
            keep.extend(np_tokens(backer, with_of=with_of))  # "Gunmen loyal to gang leader Christopher "Dudus" Coke"
            continue
        if c.dep_ == "prep" and (not with_of or c.lower_ != "of" or not any(g.dep_ == "pobj" for g in c.children)) \
                and not _name_prep(head, c):
            continue  # "accused the airline of transporting ...": not part of the name
        if c.dep_ == "appos" and head.ent_type_ == "GPE" and c.pos_ == "NOUN" and c.text.islower():
            # "Indonesia, the chair of ASEAN": the state named is the actor, not the office it holds (a titled
            # apposition, "Kenzo Oshima, the UN Emergency Relief Coordinator", stays: the NER may call a person GPE)
            continue
        if c.dep_ in MENTION_DEPS:
            keep.extend(np_tokens(c, with_of=with_of))
    # trailing ")" of a parenthetical apposition
    for c in head.children:
        if c.dep_ == "appos":
            nxt = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
            if nxt is not None and nxt.text == ")":
                keep.append(nxt)
    return keep


def contiguous(tokens: list[Token]) -> list[Token]:
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    doc = tokens[0].doc
    return [doc[i] for i in range(lo, hi + 1)]


def child(tok: Token, deps: set[str]) -> Token | None:
    # a dateline token (coding/dateline.py) is never an argument: "DHAKA, July 16 - Police fired ...";
    # the phrase the parser hung on it as an apposition is ("WASHINGTON, Jan 3 - US forces killed ...")
    for c in tok.children:
        if c.dep_ in deps:
            if not c._.barred:
                nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
                stray = stray_modifier(nxt) if nxt is not None else None
                if stray is not None and stray.i == c.i:
                    return nxt  # "accused Azerbaijani forces": the forces
                return c
            app = next((a for a in c.children if a.dep_ == "appos" and not a._.barred), None)
            if app is None and c.dep_ in SUBJ:
                # "MOSCOW, May 3 - Russian troops and Ukrainian troops clashed": the subject coordinated with it
                app = next((a for a in c.children if a.dep_ == "conj" and not a._.barred and a.pos_ in (
                    "NOUN", "PROPN")), None)
            if app is None and c.dep_ in SUBJ:
                # "UNITED NATIONS, April 6 - UN Secretary-General Antonio Guterres and the Security Council condemned":
                # the subject coordinated with the dateline's date
                app = next((g for a in c.children if a._.barred for g in a.children
                            if g.dep_ == "conj" and not g._.barred and g.pos_ in ("NOUN", "PROPN")), None)
            if app is not None:
                return app
    return None


def agent(v: Token) -> Token | None:
    """The 'by X' of a passive: X."""
    return next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def pobj(tok: Token, preps) -> Token | None:
    """The object of the first of ``tok``'s prepositions that is in ``preps`` (not a date or number)."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            p = child(c, {"pobj"})
            if p is not None and p.ent_type_ not in NON_ACTOR_ENTS and not _absolute(c, p):
                return p
    return None


def _absolute(prep: Token, p: Token) -> bool:
    """"signed a declaration ..., with U.S. Secretary of State Marco Rubio in attendance": a circumstance."""
    return prep.lower_ == "with" and any(
        g.dep_ == "prep" and g.lower_ == "in" and any(x.dep_ == "pobj" and x.lower_ in _L.absolute_with_nouns_set
                                                      for x in g.children) for g in p.children)


def quantified(tok: Token | None) -> Token | None:
    """"Thousands of Iraqi Kurds", "a group of students": the people, not the number."""
    if tok is None:
        return None
    if tok.ent_type_ in ("CARDINAL", "QUANTITY") or tok.lemma_.lower() in QUANTIFIERS:
        inner = pobj(tok, ("of",))
        if inner is not None:
            return inner
    return tok


def embedded(tok: Token, triggers: set[int]) -> bool:
    """Is ``tok`` inside the clause of another trigger (not coordinated with it)?"""
    node = tok
    for _ in range(8):
        if node.head.i == node.i or node.dep_ in ("relcl", "ROOT"):
            return False
        dep = node.dep_
        node = node.head
        if node.i in triggers and dep != "conj":
            return True
    return False


def relative_clause(tok: Token) -> bool:
    """Is the verb ``tok`` in a relative clause, or in a clause hanging on one ("Russell, who lost his son when a
    bomber detonated a device", "prisoners who were jailed for their activism", "the TPLF, which has been battling
    government forces")? Such a clause tells who or what its noun is, not what the sentence reports: its events are
    background. A clause of place or time ("the talks, where he denounced the deal", "in 2011 when she visited") goes
    on with the story and is not one."""
    node = tok
    for _ in range(6):
        if node.dep_ == "relcl":
            return not any(c.tag_ == "WRB" for c in node.children)
        if node.dep_ not in ("advcl", "conj", "xcomp", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def background_noun(tok: Token) -> bool:
    """Is the event noun ``tok`` the cause, occasion or grievance of something else, not an act the sentence
    reports ("expelled the diplomat in response to last week's massacre", "sanctions over the invasion",
    "on trial for killing ...", "protesting against the arrest")? (lexicon.yaml background_preps)"""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("pobj", "pcomp") or node.head.dep_ not in ("prep", "agent") and node.head.pos_ != "ADP":
            return False
        prep = node.head
        if prep.lower_ in _L.background_preps_set:
            # "gathered for a rally", "arrived for talks": a purpose, the act itself
            return not (prep.lower_ == "for" and prep.head.lemma_.lower() in _L.purpose_heads_set)
        if prep.head.dep_ != "pobj" or prep.head.lower_ not in _L.background_nouns_set:
            return False
        node = prep.head  # "in response to", "in retaliation for"
    return False


def under_trigger(tok: Token, triggers: set[int]) -> bool:
    """Is the noun ``tok`` an argument of a verb trigger ("condemned the attack")?"""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "compound", "xcomp", "acl",
                             "advcl", "npadvmod") or node.head.i == node.i:
            return False
        node = node.head
        if node.i in triggers:
            return True
    return False


def occurrence_of(tok: Token) -> Token | None:
    """The verb that says when or where the act of the definite event noun ``tok`` took place: its subject ("The
    attack happened on Saturday in ...") or the relative clause on it ("the fighting, which began early on May 9").
    The noun points back at an act already told (lexicon.yaml occurrence_verbs, retold_dets)."""
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _L.retold_dets_set for c in tok.children):
        return None

    def occurs(v: Token) -> bool:
        lemma = v.lemma_.lower()
        more = [c.lower_ for c in v.children if c.dep_ in ("prt", "dobj")]
        return any(f"{lemma} {w}" in _L.occurrence_verbs_set for w in more) or \
            (not more and lemma in _L.occurrence_verbs_set)

    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and occurs(tok.head):
        return tok.head
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") and occurs(c) and \
                any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children):
            return c
    return None


def support_verb(tok: Token) -> tuple[Token, bool] | None:
    """The verb that says the act of the event noun ``tok`` took place ("came under attack", "ended in a clash",
    "a gun battle broke out"), and whether that verb's subject is the act's target (lexicon.yaml
    support_prep_verbs, support_patient_verbs, occurrence_verbs, support_anaphoric_dets)."""
    if any(c.dep_ == "det" and c.lower_ in _L.support_anaphoric_dets_set for c in tok.children):
        return None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        v = tok.head.head
        key = f"{v.lemma_.lower()} {tok.head.lower_}"
        if key in _L.support_prep_verbs_set:
            return v, key in _L.support_patient_verbs_set
        return None
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        v = tok.head
        lemma = v.lemma_.lower()
        more = [c.lower_ for c in v.children if c.dep_ in ("prt", "dobj")]
        if any(f"{lemma} {w}" in _L.occurrence_verbs_set for w in more) or \
                (not more and lemma in _L.occurrence_verbs_set):
            return v, False
    if tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _L.report_passive_verbs_set \
            and not any(c.lower_ in _L.report_denials_set for c in (*tok.children, *tok.head.children)):
        # "heavy fighting was reported near the town", "gunfire was heard": the report says the act took place
        return tok.head, False
    return None
