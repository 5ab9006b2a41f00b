"""Who did it and to whom: source, target and place of a trigger, and their mentions.

Active and passive voice, coordination, control verbs, quantified groups ("thousands of X"),
actors inside thing-phrases ("a U.S. request"), pronouns and first person.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Span, Token

from ..nlp import span_ents
from ..records import Mention
from .patterns import Pattern, PatternSet, lexicon, type_classes
from .syntax import (ACTOR_LABELS, FIRST_PERSON, LOC_LABELS, LOC_PREPS, NON_ACTOR_ENTS, OBJ, PASS_SUBJ, SUBJ, ent_type,
                     TARGET_PREPS, THIRD_PERSON, agent, child, contiguous, in_quotes, np_tokens, pobj, quantified,
                     support_verb, tok_span)
from .coref import rules as coref_rules
from .gender import PersonGenders
from .valency import _compound_name, words

# a condemned act's victim state: the condemnation's target where the story names no doer (coref.py, rule 4)
if not Token.has_extension("deed_victim"):
    Token.set_extension("deed_victim", default=None)
# a condemned deed whose victim is named inside it ("the killing of a peacekeeper"): the deed, not the victim, is
# the mention (its doer is found by coreference, coref.py rule 4)
if not Token.has_extension("deed"):
    Token.set_extension("deed", default=False)
# a force of two parties ("an Afghan and coalition security force"): one actor, its text only (coder.py)
if not Token.has_extension("combined"):
    Token.set_extension("combined", default=False)

_L = lexicon()
_V = words()
_COREF = coref_rules()
_ACTS = _COREF.acts
# entity labels that never name a place: a time or an amount is no location phrase ("detained in August")
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _aged(tok: Token) -> bool:
    """"a 19-year-old": a person named by age, which the parser heads with the adjective "old"."""
    return tok.lower_ in _L.age_heads_set and any(c.lower_ in _L.age_units_set for c in tok.lefts)


def conjuncts(tok: Token) -> list[Token]:
    """A noun's conjuncts, also where the small parser hangs them on its apposition: "U.S. President Barack Obama and
    Russian President Vladimir Putin" is read as President <-appos- Obama <-conj- Putin."""
    own = list(tok.conjuncts)
    if own:
        return own
    return [c for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > tok.i for c in a.conjuncts
            if c.i > a.i]


def _shifted_object(v: Token) -> Token | None:
    """The object moved after its predicate ("criticised as completely unjustified Morocco's decision"), which the
    parser may hang on "as": a determiner or possessor after the adjective shows the adjective is no modifier of
    the noun but the predicate said of the verb's object."""
    for prep in v.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for g in prep.children:
            if g.dep_ != "pobj" or g.pos_ not in ("NOUN", "PROPN"):
                continue
            adj = [a.i for a in g.children if a.dep_ == "amod" and a.pos_ == "ADJ"]
            if adj and any(d.dep_ in ("poss", "det") and d.i > min(adj) for d in g.children):
                return g
    return None


def _day_word(tok: Token) -> bool:
    """A day named before a subject ("On Friday security forces ..."): a weekday, today or yesterday."""
    return tok.ent_type_ == "DATE" and tok.lower_ in _L.day_words_set


def _lead_date(tok: Token, head: Token) -> bool:
    """A date the parser put before a name it reads as one phrase with it: "On Friday security forces", "In
    mid-April Djibouti accused ..." (a weekday anywhere; any date before a name)."""
    return head.ent_type_ != "DATE" and (_day_word(tok) or tok.ent_type_ == "DATE" and head.ent_type_ != "" and (
        tok.lower_ in _L.date_lead_words_set or tok.like_num or tok.text == "-"))


def _head_preps(v) -> set[int]:
    """Token ids of the prepositional phrases on a relative clause's noun before the clause ("a police station in
    Gressier that gangs had attacked"): they stand between the noun and its clause without filling the gap."""
    return {t.i for c in v.head.children if c.dep_ == "prep" and c.i < v.i for t in c.subtree if t.i < v.left_edge.i}


@dataclass
class SentenceContext:
    """What the coder needs to know about the document around a sentence."""
    doc_id: str
    sentence_index: int
    offset: int  # char offset of the spaCy doc (segment) inside the Document text
    author: Mention  # template for first-person mentions; span filled per use
    is_statement: bool
    recent_persons: list[tuple[str, int, int]] = field(default_factory=list)
    genders: PersonGenders | None = None  # the genders the document gives its persons so far


class Arguments:
    """Finds a trigger's participants on the parse and turns them into `Mention`s."""

    def __init__(self, patterns: PatternSet, actor_nouns: set[str]):
        self.p = patterns
        # group nouns that denote actors ("police", "authorities"): the same list the resolver uses
        self._actor_nouns = actor_nouns
        # a word the actor dictionary lists as something other than a place ("Ugandan", "Hezbollah"), whatever its
        # tag; the coder sets it
        self.names_actor: Callable[[Token], bool] = lambda t: False
        # verbs of verbal conflict/cooperation: a participle of these ("..., accusing Y") is the main subject's act
        verbal = type_classes().verbal
        self._verbal_lemmas = {lemma for lemma, pats in self.p.verbs.items()
                               if any(pt.event_type in verbal for pt in pats)}
        self._attack_lemmas = {lemma for lemma, pats in self.p.verbs.items()
                               if any(pt.event_type == "ASSAULT" for pt in pats)}
        self._force_lemmas = {lemma for lemma, pats in self.p.verbs.items()
                              if any(pt.event_type in ("ASSAULT", "COERCE") for pt in pats)}

    def actorish(self, tok: Token) -> bool:
        if tok.ent_type_ in ACTOR_LABELS or tok.lower_ in FIRST_PERSON | THIRD_PERSON | _L.third_person_plural_set:
            return True
        if _aged(tok):
            return True  # "A 19-year-old was killed": a person named by age (the tagger may call it a DATE)
        if ent_type(tok) in NON_ACTOR_ENTS:
            return False
        if tok.lemma_.lower() in self._actor_nouns or tok.lower_ in self._actor_nouns or \
                tok.lower_ in _L.counterpart_nouns_set:
            return True
        comp = [c for c in tok.lefts if c.dep_ == "compound"]  # "a suicide bomber"
        return bool(comp) and f"{comp[-1].lower_} {tok.lemma_.lower()}" in self._actor_nouns

    def actor_in(self, tok: Token | None) -> Token | None:
        """The actor inside a thing-phrase: "a U.S. request" -> U.S., "calls by Kofi Annan" -> Kofi Annan;
        the examples of a class: "allies such as Germany" -> Germany."""
        if tok is not None and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in c.children):
                    p = child(c, {"pobj"})
                    if p is not None and self.actorish(p):
                        return p
        if tok is None or self.actorish(tok) or tok.pos_ != "NOUN":
            return tok
        if tok.ent_type_ in NON_ACTOR_ENTS:
            return None
        owner = self.noun_owner(tok)
        if owner is not None:
            return owner
        for prep in _L.actor_in_preps:
            p = pobj(tok, (prep,))
            if p is not None and self.actorish(p):
                return p
        for c in tok.children:  # "the route proposed by the Civil Human Rights Front"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                ag = agent(c)
                if ag is not None and self.actorish(ag):
                    return ag
        if tok.dep_ in OBJ and tok.head.pos_ == "VERB" and child(tok.head, {"auxpass"}) is None:
            # "rejected a lawsuit by Texas": the parser hangs the noun's "by" phrase on the active verb right after
            # its object, where it can be no agent of the verb
            by = next((c for c in tok.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and
                       c.i == tok.right_edge.i + 1), None)
            p = child(by, {"pobj"}) if by is not None else None
            if p is not None and self.actorish(p):
                return p
        return tok

    # -- mentions ----------------------------------------------------------------------------
    def mention(self, head: Token, ctx: SentenceContext, of_context: Token | None = None) -> Mention:
        first_person = head.lower_ in FIRST_PERSON and head.pos_ == "PRON"  # "US" is a country, "us" is not
        if first_person and in_quotes(head):
            # "we" inside a quotation is the quoted speaker; the assembler swaps in the speaker when found
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="quoted", unresolved=True, query=None)
        if first_person:
            a = ctx.author
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="author", actor=a.actor, unresolved=a.unresolved, query=a.query or a.text)
        if head.lower_ in THIRD_PERSON:
            name = self.person_antecedent(head, ctx)
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="pronoun", query=name, unresolved=name is None)
        if head.pos_ == "PRON" and head.lower_ in _L.antecedent_pronouns_set:
            ante = self.antecedent(head)
            query = None
            if ante is not None:
                query = tok_span(contiguous(np_tokens(ante)), 0)[0]
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="pronoun", query=query, unresolved=query is None)
        if head.pos_ == "ADP" or head.dep_ == "prep":
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="np", unresolved=True, query=None)  # a misparsed "Near X" is not an actor
        toks = contiguous(np_tokens(head, with_of=not head._.deed))
        # drop a leading determiner/punctuation for a tidy span
        while len(toks) > 1 and (toks[0].dep_ in ("det", "punct", "cc", "predet") or toks[0].is_punct):
            toks = toks[1:]
        while len(toks) > 1 and (toks[-1].is_punct and toks[-1].text != ")" or toks[-1].dep_ == "case"):
            toks = toks[:-1]  # "the RSF's shelling": the RSF
        side = head.doc[head.i - 1] if head.i > 0 and head.dep_ in ("compound", "amod") and head.pos_ == "NOUN" \
            else None
        body = head.lower_ in _V.body_modifiers
        if side is not None and body and not (side.pos_ == "ADJ" or side.ent_type_ == "NORP" or
                                              self.names_actor(side)):
            side = None  # "the Niafunke military camp": the camp's name (the tagger's PERSON or ORG), not whose
        if side is not None and side.head.i == head.head.i and side.dep_ in (
                ("compound", "amod", "nmod") if body else ("compound", "amod")) and not side._.barred \
                and (side.ent_type_ in ACTOR_LABELS or side.pos_ in ("ADJ", "PROPN") and side.text[:1].isupper()):
            toks = [side] + toks  # "Kampuchean guerrilla camps": the owner is the Kampuchean guerrillas
        else:
            side = None
        while len(toks) > 1 and _lead_date(toks[0], head) and toks[0].i < head.i:
            toks = toks[1:]  # "On Friday security forces had detained ...": the day is no part of the actor
        dead = toks[0] if len(toks) > 1 and toks[0].lower_ == "dead" and toks[0].i < head.i else None
        if dead is not None:
            toks = toks[1:]  # "shot dead two policemen": the policemen
        if head.dep_ in ("amod", "compound", "nmod") and head.ent_iob_ != "O" and head.head.ent_iob_ == "O":
            # a name that modifies a thing: "Saudi Aramco facilities" -> the whole name, not "Saudi"
            ent = next((e for e in span_ents(head.sent) if e.start <= head.i < e.end), None)
            if ent is not None:
                toks = [t for t in ent if not t.is_punct or t.text in ".-"] or toks
        body_next = head.doc[toks[-1].i + 1] if head.dep_ in ("amod", "compound", "nmod") and \
            toks[-1].i + 1 < head.head.i else None
        if body_next is not None and body_next.head.i == head.head.i and body_next.dep_ in ("amod", "compound") and \
                body_next.lower_ in _V.body_modifiers and not list(body_next.children) and \
                (head.ent_type_ in ACTOR_LABELS or self.names_actor(head)):
            toks = toks + [body_next]  # "struck Israeli military sites": the owner is the Israeli military
        name_after = head.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(head.doc) else None
        if name_after is not None and not (head.pos_ == "NOUN" and head.dep_ in SUBJ and name_after.dep_ in SUBJ and
                                           name_after.head.i == head.head.i and name_after.text[:1].isupper() and
                                           not list(name_after.children)):
            name_after = None
        if name_after is not None:
            toks = toks + [name_after]  # "The West African bloc ECOWAS condemned": the name read as a second subject
        text, s, e = tok_span(toks, ctx.offset)
        # a proper-noun head is a name even where the small NER model misses it
        kind = "entity" if head.pos_ == "PROPN" or any(t.ent_type_ in ACTOR_LABELS for t in toks) else "np"
        # the resolver sees the PPs too: "friends in the international community", "people in Kosovo"
        # (not those of an act: "the violence in Kosovo" is no actor of Kosovo)
        qtoks = contiguous(np_tokens(head, with_of=True) + [
            t for c in head.children if c.dep_ == "prep" and c.lower_ in _L.mention_query_preps_set
            and not (head.pos_ == "NOUN" and (head.lemma_.lower() in self.p.nouns or
                                              head.lemma_.lower() in self.p.accusation_nouns))
            for t in [c] + [x for p in c.children if p.dep_ == "pobj" for x in np_tokens(p)]])
        if dead is not None:
            qtoks = [t for t in qtoks if t.i != dead.i]
        if name_after is not None:
            qtoks = contiguous(qtoks + [name_after])
        qtoks = [t for t in qtoks if t.i >= toks[0].i or not _lead_date(t, head)]
        if side is not None:
            qtoks = [side] + [t for t in qtoks if t.i != side.i]
        if body_next is not None and toks[-1].i == body_next.i and body_next not in qtoks:
            qtoks = contiguous(qtoks + [body_next])
        query = tok_span(qtoks, ctx.offset)[0]
        if head.dep_ == "conj" and head.head.dep_ in ("amod", "compound", "nmod") and head.head.head.pos_ == "NOUN" and \
                head.pos_ in ("ADJ", "PROPN"):
            query = f"{query} {head.head.head.text}"  # "Indian and Pakistani troops": the Pakistani troops
        if head.pos_ == "NUM" and len(toks) == 1:
            query = f"{query} people"  # "killed 12 and wounded 30": a casualty count is people (verb_args)
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON" and
                     c.lower_ in _L.antecedent_pronouns_set), None)
        if poss is not None and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") and self.actorish(head):
            # "Russia's Defence Ministry said its air defences shot down ...": the owner is the pronoun's antecedent
            ante = self.antecedent(poss)
            if ante is not None and ante.i != head.i and self.actorish(ante):
                rest = [t for t in qtoks if t.i > poss.i]
                ent = next((e for e in span_ents(ante.sent) if e.start <= ante.i < e.end), None)
                # the owner's own modifiers stay with the name where the NER leaves them out ("Afghanistan's
                # defence ministry" tagged "defence ministry"): without them the ministry is anyone's
                lefts = [x for c in ante.lefts if c.dep_ in ("compound", "amod", "poss", "case") for x in c.subtree]
                name = tok_span(contiguous(sorted({*lefts, *(ent if ent is not None else ()), ante},
                                                  key=lambda t: t.i)), 0)[0]
                if rest:
                    query = f"{name} {tok_span(rest, 0)[0]}"
        if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.pos_ == "NOUN" and \
                not any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children):
            # "the attack by armed men from X": the parser may hang "from X" on the noun, not on the men
            for c in head.head.head.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    p = child(c, {"pobj"})
                    if p is not None:
                        query = f"{query} from {tok_span(contiguous(np_tokens(p)), 0)[0]}"
        if of_context is not None:
            base = tok_span(contiguous(np_tokens(head, with_of=False)), 0)[0]
            query = f"{base} of {tok_span(contiguous(np_tokens(of_context)), 0)[0]}"
        # "Pristina authorities led by Albin Kurti": the leader helps resolve the group
        for c in head.children:
            if c.dep_ == "acl" and c.lemma_ in _L.leader_verbs_set:
                ag = [a for a in c.children if a.dep_ == "agent"]
                if ag:
                    query = f"{query} led by {' '.join(t.text for t in ag[0].subtree if t.dep_ != 'agent')}"
        if head._.deed:
            query = None
        if head._.deed_victim is not None:
            query = tok_span(contiguous(np_tokens(head.doc[head._.deed_victim])), 0)[0]
        if head._.combined:
            return Mention(text=text, start=s, end=e, kind="combined", unresolved=True, query=None)
        return Mention(text=text, start=s, end=e, kind=kind, query=query)

    def mentions(self, head: Token | None, ctx: SentenceContext, sides: bool = False) -> list[Mention]:
        """The mentions ``head`` stands for, one per conjunct; with ``sides``, also one per coordinated nationality of
        one noun ("talks with his Armenian and Azerbaijani counterparts": the Armenian and the Azerbaijani one)."""
        if head is None:
            return []
        out = []
        pairs = self.expand(head)
        if sides and head.pos_ == "NOUN" and len(pairs) == 1:
            mod = next((c for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                        or c.dep_ in ("amod", "compound") and any(x.dep_ == "conj" for x in c.children)), None)
            others = [c for c in mod.conjuncts if c.i > mod.i and c.pos_ in ("ADJ", "PROPN")] if mod is not None else []
            if others and all(self.actorish(c) or c.ent_type_ in ("NORP", "GPE", "PERSON") for c in others):
                pairs += [(c, None) for c in others]
        # "Israeli helicopters and tanks": the first conjunct's nationality applies to the others
        first = pairs[0][0]
        shared = [c.text for c in first.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
        for h, of_ctx in pairs:
            m = self.mention(h, ctx, of_ctx)
            own = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in h.children) or \
                h.dep_ == "conj" and h.head.dep_ in ("amod", "compound")  # a nationality of its own ("and Azerbaijani")
            if shared and h.i != first.i and not own and m.kind not in ("author", "quoted", "pronoun") and m.query:
                m.query = f"{' '.join(shared)} {m.query}"
            out.append(m)
        return out

    @staticmethod
    def _accuser(pron: Token) -> Token | None:
        """Inside what an accuser alleges, a clause's subject pronoun is the accuser's own word for itself:
        "Algeria accused Rabat of backing a group it blames for the fires" (the accused is the gerund's subject,
        never a pronoun's there; data/valency.yaml allegation_verbs)."""
        if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ in ("pcomp", "pobj"):
            return None
        node = pron.head
        for _ in range(8):
            if node.head.i == node.i:
                return None
            if node.dep_ == "prep":
                if node.lower_ not in ("of", "for"):
                    return None
                h = node.head.head if node.head.dep_ in ("dobj", "obj") else node.head
                if h.pos_ != "VERB" or h.lemma_.lower() not in _V.allegation_verbs:
                    return None
                s = child(h, SUBJ)
                return s if s is not None and s.pos_ != "PRON" else None
            node = node.head
        return None

    def person_antecedent(self, pron: Token, ctx: SentenceContext, depth: int = 0) -> str | None:
        """The name a "he" or "she" stands for: the nearest person named before it, in this sentence first, then in
        the previous ones, whose gender the text does not mark as the other one (coding/gender.py). An object
        pronoun is not its own clause's subject ("He praised her"), and a pronoun inside a quotation is not the
        speaker named outside it ("Durbin said: 'I don't know what he is basing this on'")."""
        persons = [e for e in span_ents(pron.sent) if e.label_ == "PERSON"]
        here = [e for e in persons if e.end <= pron.i]
        barred: set[str] = set()
        if in_quotes(pron):
            barred |= {e.text for e in persons if not in_quotes(e[0])}
        if pron.dep_ in ("dobj", "dative", "pobj") and depth == 0:
            verb = pron.head.head if pron.dep_ == "pobj" and pron.head.dep_ == "prep" else pron.head
            subj = child(verb, SUBJ) if verb.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.i < pron.i:
                if subj.lower_ in THIRD_PERSON:
                    own = self.person_antecedent(subj, ctx, depth + 1)
                    if own:
                        barred.add(own)
                else:
                    barred |= {e.text for e in here if e.start <= subj.i < e.end}
        speaker = self._reporting_subject(pron)
        cands = ([speaker] if speaker else []) + [e.text for e in reversed(here)] + \
            [n for n, _, _ in reversed(ctx.recent_persons)]
        genders = ctx.genders
        skipped = False
        for n in cands:
            if n in barred:
                continue
            if genders is not None and not genders.fits(n, pron.lower_):
                skipped = True
                continue
            if skipped and genders.of(n) is None:
                # past a person of the other gender, only one the text marks as this gender: an unmarked name
                # further back is a guess ("She ..." after a man named last and an unknown surname before him)
                continue
            return n
        return None

    @staticmethod
    def _reporting_subject(pron: Token) -> str | None:
        """'La Riva said she opposed ...': the named subject of the clause that reports the pronoun's clause."""
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        node = pron.head
        for _ in range(3):
            if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
                return None
            node = node.head
            subj = child(node, SUBJ)
            if subj is not None and subj.i < pron.i and subj.pos_ == "PROPN" and \
                    subj.ent_type_ in ("PERSON", "ORG", "") and not in_quotes(pron):
                # (an untagged name too, or one tagged an organisation: the small model often misses a name it has
                # not seen, "La Riva"; a "he" or "she" names no organisation)
                ent = next((e for e in span_ents(pron.sent) if e.start <= subj.i < e.end), None)
                if ent is not None:
                    return ent.text
                toks = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
                return " ".join(t.text for t in toks)
        return None

    def antecedent(self, pron: Token) -> Token | None:
        """'X said it/they would ...' -> X; else the nearest earlier organisation or place in the sentence."""
        hostile = self._hostile_owner(pron)
        if hostile is not None:
            return hostile if hostile.i != pron.i else None
        accuser = self._accuser(pron)
        if accuser is not None:
            return accuser
        verb = pron.head
        if pron.dep_ == "poss" and verb.dep_ in SUBJ | PASS_SUBJ:
            verb = verb.head  # "Turkey's military said its air strikes had killed ...": from "killed"
        node = verb
        for _ in range(3):
            if node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
                node = node.head
                subj = child(node, SUBJ)
                if subj is not None and subj.pos_ != "PRON" and subj.i < pron.i and not (
                        pron.lower_ in _COREF.thing_pronouns and subj.tag_ in ("NNS", "NNPS")):
                    # "Officials said it killed nine people": a singular "it" is no plural speaker
                    return quantified(subj)
            else:
                break
        if pron.dep_ in SUBJ and pron.head.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _L.time_marks_set for c in pron.head.children):
            # "Tunisian police arrested three officials, hours after they detained the party's leader": the subject
            # of a time clause goes on with the main clause's subject, when its number fits the pronoun
            main = child(pron.head.head, SUBJ)
            if main is not None and main.pos_ != "PRON" and main.i < pron.i and self.actorish(main) and (
                    (main.tag_ in ("NNS", "NNPS") or main.lemma_.lower() in _L.plural_people_heads_set)
                    == (pron.lower_ in _L.plural_pronouns_set)):
                return quantified(main)
        # an object pronoun never refers to the subject of its own clause ("Ukrainian air defences shot down some of
        # them": the verb above the quantifier)
        verb = pron.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        own = self.subject(verb)[0] if pron.dep_ in ("dobj", "pobj", "dative") and \
            verb.pos_ in ("VERB", "AUX") else None
        own_span = {t.i for t in own.subtree} if own is not None and own.i < pron.i else set()
        if pron.lower_ in _L.plural_pronouns_set:
            # "arrested 33 Russian nationals, accusing them of ...": the nearest earlier plural actor noun
            plural = [t for t in pron.sent if t.i < pron.i and t.tag_ in ("NNS", "NNPS") and
                      t.dep_ not in ("compound", "poss") and (own is None or t.i != own.i) and (
                          self.actorish(t) or t.lemma_.lower() in _L.plural_people_heads_set or
                          any(c.dep_ in ("amod", "compound") and c.ent_type_ in ACTOR_LABELS for c in t.children))]
            if plural:
                return plural[-1]
            launcher = self._volley_antecedent(pron, verb)
            if launcher is not None:
                return launcher
            if pron.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") and \
                    verb.lower_.startswith(_COREF.interceptions):
                # "air defences shot down several of them": weapons named in an earlier sentence, whose owner the
                # document's coreference finds (coref.py, interceptions); not the last organisation named here
                return None
        weapon = self._weapon_antecedent(pron)
        if weapon is not None:
            return weapon
        if pron.lower_ in _COREF.thing_pronouns and pron.dep_ in ("dobj", "pobj", "nsubjpass"):
            # an object "it" stands for the nearest noun before it ("commented on the border agreement, calling it
            # null and void"), or for its owner ("condemned North Korea's missile launch on Friday, calling it
            # unacceptable"); only where that noun is an actor or names its owner is "it" one. A day is no antecedent.
            near = next((t for t in reversed(pron.sent[:pron.i - pron.sent.start]) if t.pos_ in ("NOUN", "PROPN")
                         and t.dep_ not in ("compound", "amod", "poss", "nmod") and t.i not in own_span and
                         t.ent_type_ not in ("DATE", "TIME")), None)
            if near is not None and not self.actorish(near):
                owner = self.actor_in(near)
                return owner if owner is not None and owner.i != near.i and self.actorish(owner) else None
        cands = [e for e in span_ents(pron.sent) if e.label_ in ("ORG", "GPE", "NORP") and e.end <= pron.i and
                 e.root.i not in own_span and not (e.label_ == "GPE" and e.root.dep_ == "pobj" and
                                                   e.root.head.lower_ in _L.locative_preps_set)]
        if not cands:
            return None
        root = cands[-1].root
        # "the headquarters of the Hong Kong police, blocking its exits": the police, not Hong Kong
        if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and self.actorish(root.head):
            root = root.head
        if pron.lower_ in _COREF.thing_pronouns and root.tag_ in ("NNS", "NNPS"):
            return None  # "Serbian officials said it killed nine people": 'it' is no plural
        return root

    def _volley_antecedent(self, pron: Token, verb: Token) -> Token | None:
        """'Russia launched 67 drones at Ukraine ..., adding that it had shot down 58 of them': the object of an
        interception (coref.yaml interceptions) is the weapons named before it in the sentence, which stand for
        whoever launched them (the subject of the firing verb) or their named owner; None where neither is said."""
        if pron.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or \
                not verb.lower_.startswith(_COREF.interceptions):
            return None
        weapon = next((t for t in reversed(pron.sent[:pron.i - pron.sent.start]) if t.pos_ == "NOUN" and
                       t.tag_ == "NNS" and t.dep_ not in ("compound", "amod") and (
                           t.lemma_.lower() in _V.instruments or t.lower_ in _V.instruments)), None)
        if weapon is None:
            return None
        head = weapon
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "31 drones and two missiles"
        if head.dep_ == "dobj" and head.head.lemma_.lower() in _V.instrument_verbs:
            src = self.subject(head.head)[0]
            if src is not None and self.actorish(src):
                return quantified(src)
        owner = self.noun_owner(weapon)
        return owner if owner is not None and self.actorish(owner) else None

    def _weapon_antecedent(self, pron: Token) -> Token | None:
        """'it' as the subject of an attack after a weapon was named ("shot down a pro-Syrian government drone after it
        fired on coalition forces"): the weapon, which stands for its owner (the resolver reads the whole phrase)."""
        if pron.lower_ != "it" or pron.dep_ != "nsubj" or pron.head.lemma_.lower() not in self._attack_lemmas:
            return None
        weapon = next((t for t in reversed(pron.sent[:pron.i - pron.sent.start]) if t.pos_ == "NOUN" and
                       t.dep_ not in ("compound", "amod") and (t.lemma_.lower() in _V.instruments or
                                                               t.lower_ in _V.instruments)), None)
        if weapon is None or any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in SUBJ | OBJ | {"pobj"} and self.actorish(t)
                                 for t in pron.doc[weapon.i + 1:pron.i]):
            return None  # an actor named after the weapon is the nearer antecedent
        return weapon

    def _hostile_owner(self, pron: Token) -> Token | None:
        """Whose is the thing attacked in "Armenian forces fired on its positions"? Not the attacker's (that would
        be "its own"): the speaker who reports the attack ("Azerbaijan's ministry said ..."), else the nearest
        earlier actor that is not the attacker. None: the rule does not apply; ``pron`` itself: no antecedent."""
        noun = pron.head
        if pron.dep_ != "poss" or noun.i == pron.i or any(c.lower_ == "own" for c in noun.children):
            return None
        verb = noun.head if noun.dep_ in OBJ else noun.head.head if noun.dep_ == "pobj" else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in self._attack_lemmas:
            return None
        attacker = self.subject(verb)[0]
        if attacker is None:
            return None
        bad = {t.i for t in attacker.subtree}
        node = verb
        for _ in range(3):
            if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head.i == node.i:
                break
            node = node.head
            subj = child(node, SUBJ | PASS_SUBJ)
            if subj is not None and subj.pos_ != "PRON" and subj.i < pron.i and subj.i not in bad and \
                    self.actorish(subj):
                return quantified(subj)
        earlier = [t for t in pron.sent if t.i < pron.i and t.i not in bad and t.dep_ not in ("compound", "poss", "amod")
                   and t.pos_ in ("NOUN", "PROPN") and self.actorish(t)]
        return earlier[-1] if earlier else pron

    def expand(self, head: Token) -> list[tuple[Token, Token | None]]:
        """Conjuncts of ``head``, each with a shared trailing 'of X' ("leaders and members of X")."""
        if head.dep_ == "conj" and head.head.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("ADJ", "PROPN"):
            return [(head, None)]  # "Indian and Pakistani troops": only the side named
        heads = [head] + [c for c in conjuncts(head) if c.pos_ in ("NOUN", "PROPN", "PRON") and not c._.barred]
        heads = sorted({t.i: t for t in heads}.values(), key=lambda t: t.i)
        # "Vucic and Kosovo Prime Minister Albin Kurti" parsed with "Kosovo" as a conjunct of its own:
        # a bare name right before another conjunct's phrase modifies it
        heads = [h for h in heads if not (h.pos_ == "PROPN" and not list(h.children) and any(
            o.i != h.i and o.left_edge.i == h.i + 1 for o in heads))] or heads
        shared_of = None
        last = heads[-1]
        for h in (last, heads[0]):
            for c in h.children:
                if shared_of is None and c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        shared_of = objs[0]
        out: list[tuple[Token, Token | None]] = []
        for h in heads:
            own_of = any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in h.children)
            # "the authorities of Serbia, Montenegro and the SCG" -> one mention per country
            of_pobj = next((g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), None)
            if of_pobj is not None and of_pobj.conjuncts and h.lemma_.lower() in _L.distributive_heads_set:
                for part in [of_pobj] + list(of_pobj.conjuncts):
                    out.append((h, part))
                continue
            out.append((h, None if own_of else shared_of))
        return out

    @staticmethod
    def relative_antecedent(v: Token) -> Token | None:
        """The noun a relative clause tells of. The parser may hang the clause on the date before its comma ("the
        attack near Kidal on 3 June, which killed two peacekeepers"), and a day is never the doer (it resolved to a
        minister whose given name is June): the clause then tells of the act that the day dates, the noun the
        date's preposition modifies or the object of its verb, else of no one named."""
        h = v.head
        if ent_type(h) not in ("DATE", "TIME"):
            return h
        if h.dep_ == "pobj" and h.head.dep_ == "prep":
            gov = h.head.head
            if gov.pos_ in ("NOUN", "PROPN") and ent_type(gov) not in ("DATE", "TIME"):
                return gov
            obj = child(gov, {"dobj", "obj"})
            if obj is not None and obj.i < h.i:
                return obj
        return None

    # -- arguments ---------------------------------------------------------------------------
    def subject(self, v: Token) -> tuple[Token | None, bool]:
        """(subject, passive?) of a verb, inherited through xcomp/conj/relcl when absent."""
        s = child(v, SUBJ)
        if s is not None:
            return s, False
        sp = child(v, PASS_SUBJ)
        if sp is not None:
            # "Israel is opposed to French mediation": a stance, not a passive act done to Israel
            return sp, not (v.lemma_.lower() in _V.stative_participles and agent(v) is None)
        for aux in v.children:  # the parser may hang the subject on the auxiliary ("Serbia is opposed to ...")
            if aux.dep_ in ("aux", "auxpass") and aux.i < v.i:
                s = child(aux, SUBJ | PASS_SUBJ)
                if s is not None:
                    return s, aux.dep_ == "auxpass" and not (v.lemma_.lower() in _V.stative_participles and
                                                              agent(v) is None)
        if v.tag_ in ("VBD", "VBZ", "VBP"):
            for c in v.children:
                # "when Eritrean troops chasing deserters opened fire": the parser made the subject and the
                # participle that describes it a clause of their own before a finite verb left with no subject
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < v.i and \
                        not any(a.dep_ in ("aux", "auxpass") for a in c.children):
                    s = child(c, SUBJ)
                    if s is not None and s.i < c.i:
                        return s, False
        dated = next((p for c in v.children if c.dep_ == "prep" and c.i < v.i and c.lower_ in ("on", "in")
                      for p in c.children if p.dep_ == "pobj" and p.i < v.i and self.actorish(p) and
                      _lead_date(p.left_edge, p)),
                     None) if v.dep_ == "ROOT" and v.tag_ in ("VBD", "VBN") else None
        if dated is not None:
            # "On Friday security forces had detained ...", parsed as "on [Friday security forces]"; "In mid-April
            # Djibouti accused ...", as "in [mid-April Djibouti]"
            return dated, False
        if v.dep_ == "xcomp":
            # object control: "urge X to V", "call on X to V" -> X is V's subject; not where the object is a
            # thing: "Police used tear gas to disperse protesters" -> the police disperse
            obj = child(v.head, OBJ) or pobj(v.head, ("on", "upon"))
            if obj is not None and not (obj.pos_ == "NOUN" and not self.actorish(obj) and (
                    obj.lemma_.lower() in _V.instruments or obj.lemma_.lower() in _V.things)):
                return obj, False
            return self.subject(v.head)
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            s, passive = self.subject(v.head)
            if passive and (v.tag_ in ("VBD", "VBZ", "VBP") or any(
                    c.dep_ == "aux" and c.i < v.i and c.lemma_.lower() == "have" for c in v.children)):
                # "the troops had been attacked ... and had returned fire": the shared subject does the second act
                return s, False
            return s, passive
        if v.dep_ == "acomp" and v.head.i != v.i:  # "X is about to V", "X is ready to V"
            return self.subject(v.head)
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ in ("VERB", "AUX") and \
                v.lemma_.lower() in self.p.verbs:
            # "X disputed ..., accusing Y of ...": X accuses; "X shelled the town, killing 12": X kills
            return self.subject(v.head)
        if v.dep_ == "advcl" and v.tag_ == "VB" and v.head.pos_ in ("VERB", "AUX") and \
                v.lemma_.lower() in self._force_lemmas and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                and (v.head.lemma_.lower() in self._force_lemmas or v.head.lemma_.lower() in _V.instrument_verbs):
            return self.subject(v.head)  # purpose: "Police fired tear gas to disperse protesters": the police
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in _V.gerund_subject_preps and \
                v.head.head.pos_ in ("VERB", "AUX"):
            # "The army retaliated by firing at X", "after shelling Y": the clause's subject (not "accused X of
            # shelling", whose subject is X)
            return self.subject(v.head.head)
        if v.dep_ == "relcl":
            rel = child(v, {"nsubj"})
            return (self.relative_antecedent(v), False) if rel is None else (rel, False)
        if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and v.i > 0 and v.doc[v.i - 1].text == "," and \
                child(v, {"auxpass", "agent"}) is None and any(c.dep_ == "appos" and c.i < v.i for c in v.head.children) \
                and v.sent.root.pos_ not in ("VERB", "AUX"):
            # "JAKARTA, May 3 - ASEAN, a 10-member bloc, called on ...": with no main verb the parser reads the
            # verb after an apposition as a participle of the name; it is the name's act
            return v.head, False
        if v.dep_ == "acl" and v.tag_ == "VBD" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") and \
                child(v, {"auxpass", "agent"}) is None:
            # "The mission called on all parties ...": a verb in the past tense is finite, never a participle; with the
            # noun before it read as the root, it is that noun's act
            return v.head, False
        if v.dep_ == "acl" and child(v, {"auxpass"}) is not None or v.dep_ == "acl" and v.tag_ == "VBN":
            return v.head, True
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.i != v.i:
            comma = v.i > 0 and v.doc[v.i - 1].text == ","
            if not comma and v.head.pos_ in ("NOUN", "PROPN") and self.actorish(v.head):
                return v.head, False  # "hundreds of people protesting in the town", "troops chasing deserters"
            if comma and v.lemma_.lower() in self.p.verbs:
                # "Soldiers disarmed two gangs in front of the hotel, seizing knives": a participle after a comma
                # that the parser hung on a noun is the clause's, whose subject does it
                h = v.head
                while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
                    h = h.head
                if h.pos_ in ("VERB", "AUX"):
                    return self.subject(h)
        return None, False

    def inner_target(self, v: Token) -> Token | None:
        cands = []
        obj = child(v, OBJ)
        if obj is not None:
            cands += [self.actor_in(quantified(obj)), pobj(obj, TARGET_PREPS)]
        cands.append(pobj(v, TARGET_PREPS))
        if obj is not None:  # "agreed to provide aid for Romania"
            cands.append(pobj(obj, ("for",)))
        cands.append(pobj(v, ("for",)))
        for c in v.children:  # "cut off electricity to X"
            if c.dep_ == "prt":
                cands.append(pobj(c, TARGET_PREPS))
        if v.lemma_.lower() in _V.causative_verbs:
            # "to have opposition lawmakers removed": whom the caused act is done to
            for c in v.children:
                if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "VERB" and c.tag_ == "VBN":
                    cands.append(child(c, {"nsubj", "nsubjpass"}))
        found = next((c for c in cands if c is not None and self.actorish(c)), None)
        if found is None:  # "refused to respond to a demand from the US President", "re-open its borders to UN peacekeepers"
            inner = (self.actor_in(c) for c in cands if c is not None and c.pos_ == "NOUN")
            found = next((c for c in inner if c is not None and self.actorish(c)), None)
        return found

    def sides(self, tok: Token) -> tuple[Token, Token] | None:
        """The two sides of two-sided fighting, in the order of the text: "clashes between A and B", "fighting
        between A and B", "clashes broke out between A and B" (the phrase hung on the clause's verb)."""
        if tok.lemma_.lower() not in _V.reciprocal_verbs and tok.lower_ not in _V.reciprocal_nouns and \
                tok.lemma_.lower() not in _V.reciprocal_nouns:
            return None
        anchors = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" else [])
        for a in anchors:
            first = pobj(a, tuple(_V.reciprocal_preps))
            if first is None:
                continue
            first = quantified(first)
            other = next((c for c in first.conjuncts if c.i > first.i and self.actorish(c)), None)
            if other is not None and self.actorish(first):
                return first, other
        return None

    def verb_args(self, v: Token, pat: Pattern) -> tuple[Token | None, Token | None]:
        two = self.sides(v)
        if two is not None:
            return two
        subj, passive = self.subject(v)
        subj = quantified(subj)
        obj0 = child(v, OBJ)
        if not passive and subj is not None and subj.conjuncts and obj0 is not None and (
                obj0.lower_ == "other" and any(c.lower_ == "each" for c in obj0.children) or
                obj0.lower_ in ("another", "one") and any(c.lower_ in ("one", "another") for c in obj0.children)):
            return subj, subj  # "A and B accused each other": each side's target is the other (assembly pairs them)
        if not passive and subj is not None and subj.pos_ == "NOUN" and not self.actorish(subj) and (
                subj.lemma_.lower() in self.p.nouns or subj.lower_ in self.p.nouns) and \
                subj.lemma_.lower() not in _V.instruments and subj.lower_ not in _V.instruments and \
                _compound_name(subj) not in _V.instruments:
            # an act as the subject stands for its agent: "An attack claimed by Islamic State killed 20"; with no
            # agent, or two sides ("Clashes between A and B killed 20 people"), the verb has no source
            by, _ = self.noun_args(subj)
            if by is None or not self.actorish(by):
                by = self.noun_owner(subj)  # "A Ukrainian drone attack struck ...": whose attack it was
            subj = by if by is not None and self.actorish(by) and self.sides(subj) is None else None
        ag = agent(v)
        # a preposition named by the pattern ("call on", "stand behind") introduces the target
        # (not one that only dates the act: "fired at Indian positions ... on Sunday" is no "fire on")
        pat_preps = tuple(w for w in pat.extra if any(c.dep_ in ("prep", "dative") and c.lower_ == w and not any(
            g.dep_ == "pobj" and ent_type(g) in NON_ACTOR_ENTS for g in c.children) for c in v.children))
        preps = pat_preps or TARGET_PREPS
        if v.lemma_.lower() in _V.instrument_verbs:
            # a weapon is fired "from" where it was fired ("launched rockets from southern Lebanon"), never at it
            preps = tuple(p for p in preps if p not in _V.taken_from_preps)
        if passive or child(v, {"auxpass"}) is not None and not (
                v.lemma_.lower() in _V.stative_participles and ag is None):
            source, target = ag, subj
            if source is not None and not self.actorish(source) and source.pos_ == "NOUN" and (
                    source.lemma_.lower() in _V.instruments or source.lower_ in _V.instruments):
                # "was killed by a bullet fired by a member of the security forces": whoever fired the weapon
                fired = next((c for c in source.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
                by = agent(fired) if fired is not None else None
                source = by if by is not None and self.actorish(by) else source
            if target is None:
                target = child(v, OBJ)
            cause = pobj(v, ("in",)) if source is None else None
            if cause is not None and cause.pos_ == "NOUN" and self.sides(cause) is None and (
                    cause.lemma_.lower() in self.p.nouns or cause.lower_ in self.p.nouns or
                    cause.lemma_.lower() in _V.instruments):
                # "killed in an attack claimed by Hezbollah", "killed in an Israeli strike": whoever did the act
                by, _ = self.noun_args(cause)
                source = by if by is not None and self.actorish(by) else self.noun_owner(cause)
                among = pobj(cause, ("between", "among"))
                if source is None and among is not None and among.tag_ in ("NNS", "NNPS") and \
                        not among.conjuncts and self.actorish(among):
                    # "killed in a gun battle between warring tribes": one party named, in the plural, fought
                    source = among
        else:
            source = subj
            target = pobj(v, pat_preps) if pat_preps else None
            if target is None:
                target = child(v, OBJ)
                if target is not None and target.lemma_.lower() in pat.extra and not (
                        self.actorish(target) or pat.lemma in _V.summons_verbs):
                    # the object is part of the trigger ("hold talks with X"): look further, then at whose it is
                    # ("rejected a U.S. request", "rejected North Korea's demand", "calls by Kofi Annan")
                    inner = self.actor_in(target)
                    target = pobj(target, preps) or pobj(v, preps) or (
                        inner if inner is not None and inner.i != target.i else None)
            if target is None:
                target = pobj(v, preps)
            if target is None and child(v, OBJ) is None:
                target = _shifted_object(v)
            if target is None and pat.event_type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE"):
                # "demanded that the US cancel ...": the subject of the complement clause
                comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
                if comp is not None and pat.event_type == "ACCUSE" and any(
                        c.dep_ in OBJ and c.lower_ in _L.free_relatives_set for c in comp.children):
                    # "condemned what it called an attack by the Turkish forces": what is condemned is the act the
                    # clause names, so the accused is its agent (or whoever coreference finds did it), never the
                    # speaker the clause's "it" stands for
                    act = child(comp, {"oprd"}) or pobj(comp, ("as",))
                    by = pobj(act, ("by",)) if act is not None else None
                    target = by if by is not None and self.actorish(by) else act
                    if target is not None and target is act:
                        target._.deed = True
                elif comp is not None:
                    target = child(comp, SUBJ)
                    if target is None and comp.pos_ == "NOUN" and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
                        # "demanded that the government resign": the parser read the bare verb as a noun and its
                        # subject as a modifier of it
                        target = next((c for c in comp.children if c.dep_ in ("compound", "amod", "nmod") and
                                       self.actorish(c)), None)
                    if target is None and pat.event_type == "THREATEN" and child(comp, {"auxpass"}) is not None and \
                            any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children):
                        # "vowed that the attackers would be punished": the one threatened undergoes the act to come
                        target = child(comp, PASS_SUBJ)
        if target is not None and target.lemma_.lower() in pat.extra and not self.actorish(target) and \
                pat.lemma not in _V.summons_verbs:
            # the noun is part of the trigger ("engage in a shootout with X"): its partner is the target
            inner = self.actor_in(target)
            # (a weapon is fired "from" where it was fired: "rockets were launched from the Golan Heights")
            aim = tuple(p for p in TARGET_PREPS if p not in pat.extra and not (
                p in _V.taken_from_preps and v.lemma_.lower() in _V.instrument_verbs))
            deed = target
            if pat.event_type == "ACCUSE" and pobj(deed, tuple(_V.victim_preps)) is not None:
                # "condemned the violence against the protesters": those it was done to are not the accused; the
                # accused is whoever did it (coreference, coref.py rule 4), or no one
                aim = tuple(p for p in aim if p not in _V.victim_preps)
                if inner is not None and any(a.dep_ == "prep" and a.lower_ in _V.victim_preps and a.head.i == deed.i
                                             for a in inner.ancestors):
                    inner = None
            target = pobj(target, aim) or pobj(v, aim) \
                or (inner if inner is not None and inner.i != target.i else None)
            if target is None and pat.event_type == "ACCUSE" and pobj(deed, tuple(_V.victim_preps)) is not None:
                target = deed
                target._.deed = True
        act = child(v, OBJ)
        if target is None and act is not None and act.lemma_.lower() in pat.extra and any(
                d.lower_ in ("the", "this", "these") for d in act.lefts) and (
                act.lower_ in _ACTS or act.lemma_.lower() in _ACTS):
            target = act  # "rejected the proposal": whoever made it, found by coreference (coding/coref.py)
        if target is None and act is not None and pat.event_type in _V.theme_of_types and (
                act.lemma_.lower() in _V.theme_of_nouns or act.lower_ in _V.theme_of_nouns):
            # "opposed the deployment of a regional force": the rejection is aimed at the one deployed
            target = self.actor_within(pobj(act, ("of",)))
        if target is not None and target.ent_type_ in NON_ACTOR_ENTS and not _aged(target):
            # "detained dozens of residents": the people counted; "killed 12 and wounded 30": the victims
            counted = quantified(target)
            target = counted if counted.i != target.i else target if (
                target.pos_ == "NUM" and target.dep_ in OBJ and v.lemma_.lower() in _V.casualty_verbs) else None
        if source is not None and ent_type(source) in NON_ACTOR_ENTS:
            source = None
        if target is not None and target.pos_ == "PRON" and target.lower_.endswith(("self", "selves")):
            target = None  # "blew himself up": no second participant
        slot = target if target is not None else child(v, OBJ)  # actor or not ("signed a declaration", "a deal")
        if pat.event_type == "ACCUSE" and target is not None and target.pos_ == "NOUN" and \
                (target.lemma_.lower() in self.p.of_patient_nouns or target.lower_ in self.p.of_patient_nouns) and \
                pobj(target, ("of",)) is not None and not self.actorish(target):
            # "condemned the killing of a peacekeeper": PLOVER's accused is whoever killed, never the victim
            target._.deed = True
        else:
            inner = self.actor_in(quantified(target))
            victim = pobj(target, tuple(_V.victim_preps)) if target is not None else None
            if pat.event_type == "ACCUSE" and inner is not None and victim is not None and \
                    target.pos_ == "NOUN" and not self.actorish(target) and self.actorish(victim) and (
                        inner.i == target.i or any(a.dep_ == "prep" and a.lower_ in _V.victim_preps and
                                                   a.head.i == target.i for a in inner.ancestors)):
                # "condemned the violence against the protesters": those it was done to are not the accused; the
                # accused is whoever did it (coreference, coref.py rule 4), or no one
                target._.deed = True
            else:
                target = inner
        obj = (child(v, OBJ) or pobj(v, ("for",))) if pat.event_type in _V.request_types else None
        if obj is not None and (obj.lemma_.lower() in _L.request_holder_nouns_set or
                                obj.lower_ in _L.request_holder_nouns_set) and (
                target is None or target.i == obj.i or obj.is_ancestor(target)) and (
                child(obj, {"poss"}) is not None or pobj(obj, ("of",)) is not None):
            # "demanded his release", "called for the release of its leader": the one asked to act is whoever holds
            # him (coding/coref.py finds who detained him), not the one held
            target = obj
            target._.deed = True
        elif obj is not None and (target is None or not self.actorish(target)):
            # "demanded his resignation", "called for their withdrawal": the one asked to act is whoever the
            # possessive stands for (a name is found above: "demanded Gyurcsany's resignation")
            poss = child(obj, {"poss"}) if (
                obj.lemma_.lower() in _L.request_doer_nouns_set or obj.lower_ in _L.request_doer_nouns_set) else None
            if poss is not None and poss.pos_ == "PRON" and (
                    poss.lower_ in THIRD_PERSON or poss.lower_ in _L.antecedent_pronouns_set):
                target = poss
        if pat.event_type in _V.recipient_types:
            # what is given is not the target, whoever receives it is ("offered its troops to Lebanon's president")
            obj = child(v, OBJ)
            for prep in ("to", "for"):
                cand = pobj(v, (prep,)) or (pobj(obj, (prep,)) if obj is not None else None)
                if cand is not None and self.actorish(cand):
                    target = cand
                    break
        if (target is None or not self.actorish(target)) and pat.event_type == "THREATEN":
            # "threatened to strike unless Israel rescinded ...": whoever must comply
            for c in list(v.children) + [g for x in v.children if x.dep_ == "xcomp" for g in x.children]:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _L.condition_marks_set
                                             for m in c.children):
                    subj = child(c, SUBJ)
                    if subj is not None and self.actorish(subj):
                        target = subj
                        break
        if (target is None or not self.actorish(target)) and not (target is not None and target._.deed):
            # "provided aid to Romania", "sent medicine to the Red Crescent": the recipient (a condemned deed's
            # victim is none: "condemned the violence against the protesters")
            obj = child(v, OBJ)
            for prep in _L.recipient_preps:
                cand = pobj(v, (prep,)) or (pobj(obj, (prep,)) if obj is not None else None)
                if cand is not None and self.actorish(cand):
                    target = cand
                    break
        comp = next((c for c in v.children if c.dep_ == "xcomp"), None)
        controller = comp is not None and target is not None and self.subject(comp)[0] is not None and \
            self.subject(comp)[0].i == target.i
        if (target is None or not self.actorish(target)) and not controller:
            # "threatened to break relations with Russia", "agreed to release the hostages": the
            # complement's participant is the target of the speech act (not where the verb names who
            # is to act: "called on both sides to allow aid into Gaza")
            if comp is not None:
                inner = self.inner_target(comp)
                if inner is not None:
                    target = inner
        if pat.event_type == "ACCUSE" and v.lemma_.lower() in _V.blame_on_verbs and \
                (target is None or not self.actorish(target) or target._.deed):
            obj = child(v, OBJ)
            on = pobj(v, ("on",)) or (pobj(obj, ("on",)) if obj is not None and not self.actorish(obj) else None)
            if on is not None and self.actorish(on):
                target = on  # "blamed the massacre on the maras": the maras are accused, not the massacre
        if pat.event_type in ("ACCUSE", "PROTEST"):
            # "complained to the UN over two Israeli air raids": the agent of the grievance is the target
            griev = pobj(v, tuple(_V.grievance_preps)) if pat.lemma not in _V.summons_verbs else None
            if griev is not None and griev.pos_ == "NOUN" and (
                    griev.lemma_.lower() in self.p.nouns or griev.lower_ in self.p.nouns):
                agent_of = self.actor_in(griev)
                if agent_of is not None and agent_of.dep_ == "pobj" and agent_of.head.lower_ == "of" and \
                        agent_of.head.head.i == griev.i and (griev.lemma_.lower() in self.p.of_patient_nouns or
                                                             griev.lower_ in self.p.of_patient_nouns):
                    agent_of = None  # "over the arrest of three officers": they were arrested, not accused
                if agent_of is not None and agent_of.i != griev.i and self.actorish(agent_of):
                    target = agent_of
        if target is not None and target.pos_ == "NOUN" and not self.actorish(target) and not target._.deed and (
                target.lemma_.lower() in self.p.nouns or target.lower_ in self.p.nouns):
            # a reaction to an act ("condemned the strikes on Lebanon", "welcomed the talks with X"): its
            # target is whoever did the act, else whoever it was done to
            # (the victim only where it is a state: "condemned the strikes on Lebanon"; not "condemned the attack on
            # peacekeepers", whose target is whoever attacked, unknown here)
            by, to = self.noun_args(target)
            pick = next((t for t in (by, to) if t is not None and self.actorish(t) and (
                t is by or ent_type(t) == "GPE")), None)
            if pat.event_type == "ACCUSE":
                # PLOVER: the party condemned is whoever did the act ("condemned the strikes on Lebanon": Israel,
                # who struck). With no agent named here, the act noun stays the target: coreference (coref.py,
                # rule 4) gives a definite one ("the strikes") the doer of the last such act; where the story names
                # none, a state it was done to stands in (its query), people never ("the attack on peacekeepers")
                pick = by if by is not None and self.actorish(by) else None
                if pick is None and to is not None and to is not by and self.actorish(to) and ent_type(to) == "GPE":
                    target._.deed_victim = to.i
            if pick is not None:
                target = pick
        if pat.event_type == "PROTEST" and (target is None or not self.actorish(target)):
            target = self.protest_target(v) or target
        if source is not None and source.lower_ in _L.relative_pronouns_set and v.dep_ == "relcl":
            source = self.relative_antecedent(v)
        elif source is not None and v.dep_ == "relcl" and not passive and source.i > v.head.i and all(
                t.lower_ in _L.relative_pronouns_set | {"whom"} for t in v.doc[v.head.i + 1:source.left_edge.i]
                if t.i not in _head_preps(v)) and \
                (self.actorish(v.head) or any(
                c.dep_ in ("amod", "compound") and self.actorish(c) for c in v.head.children)) and \
                (target is None or not self.actorish(target) or target.lower_ in _L.relative_pronouns_set) and \
                (child(v, {"dobj", "obj"}) is None or child(v, {"dobj", "obj"}).lower_ in _L.relative_pronouns_set
                 | {"whom"}) and \
                not any(c.lower_ in ("where", "when", "why", "whose") or c.dep_ == "prep" and any(
                    g.lower_ in _L.relative_pronouns_set | {"whom"} for g in c.children) for c in v.children):
            # the object gap of a relative clause is its own noun: "a separatist group it blames for the fires",
            # "the rebels that the army attacked"
            target = v.head
        if source is not None and (target is None or not self.actorish(target)) and \
                v.lemma_.lower() in _V.reciprocal_verbs:
            # "The army and the RSF clashed in Omdurman": one side against the other, in the order of the text
            other = next((c for c in source.conjuncts if c.i > source.i and self.actorish(c)), None)
            if other is None:
                # "Indian and Pakistani troops exchanged fire": the second nationality's troops
                mod = next((c for c in source.children if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts), None)
                other = next((c for c in mod.conjuncts if c.i > mod.i and c.ent_type_ in ACTOR_LABELS), None) \
                    if mod is not None else None
            if other is not None:
                target = other
        if target is None and slot is not None and slot.pos_ == "NOUN" and not self.actorish(slot) and (
                slot.lemma_.lower() in _V.joint_documents or slot.lower_ in _V.joint_documents):
            target_or_thing = slot  # "signed a declaration": a document of two parties, each the other's partner
        else:
            target_or_thing = target
        if source is not None and not passive and pat.event_type in _V.mutual_types and \
                v.lemma_.lower() not in _V.one_sided_verbs and (
                target_or_thing is not None or pat.event_type in _V.meeting_types) \
                and any(self.actorish(c) for c in conjuncts(source)) and (
                    target_or_thing is None or not self.actorish(target_or_thing) or target_or_thing.dep_ == "pobj" and
                    target_or_thing.head.lower_ in _V.topic_preps):
            # "Lavrov and Rubio failed to reach a deal on Ukraine": each party's partner is the other (assembly pairs
            # them), not the topic or the thing agreed (data/valency.yaml mutual_types). With nothing in the target
            # slot ("Jordan and Britain have agreed to hold exercises") each party is a source with no target, as
            # PLOVER codes it.
            return source, source
        return source, target

    def noun_args(self, n: Token) -> tuple[Token | None, Token | None]:
        two = self.sides(n)
        if two is not None:
            return two
        source = child(n, {"poss"})
        target = None
        by = pobj(n, ("by",))
        if by is not None:
            source = by
        of = pobj(n, ("of",))
        if of is not None:
            if n.lemma_.lower() in self.p.of_patient_nouns or n.lower_ in self.p.of_patient_nouns:
                target = of
            elif source is None:
                source = of
        acls = [c for c in n.children if c.dep_ == "acl"]
        if n.dep_ == "pobj" and n.head.head.i != n.head.i:
            # the parser often hangs "the terror being carried out by X" on the noun before "of"
            acls += [c for c in n.head.head.children if c.dep_ == "acl" and c.left_edge.i == n.right_edge.i + 1]
        for c in acls:  # "terror being carried out by X", "attacks committed by X"
            if c.dep_ == "acl":
                ag = agent(c)
                if ag is not None and source is None:
                    source = ag
        if target is None:
            target = pobj(n, _L.noun_target_preps)
        if source is None and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            # "his plan of ethnic cleansing" -> the planner
            source = child(n.head.head, {"poss"})
        if source is None and n.dep_ == "nsubjpass" and n.head.lemma_.lower() in _V.claim_verbs:
            source = agent(n.head)  # "a bombing in Baghdad was claimed by Islamic State"
        if source is None and n.dep_ == "pobj" and n.head.lower_ == "for" and \
                n.head.head.lemma_.lower() == "responsibility" and \
                n.head.head.head.lemma_.lower() in _V.responsibility_verbs:
            source = self.subject(n.head.head.head)[0]  # "the Houthis claimed responsibility for an attack on ..."

        if source is not None and source.pos_ == "PRON" and source.lower_ not in FIRST_PERSON | THIRD_PERSON:
            source = None
        return source, target

    def noun_owner(self, tok):
        """The actor a noun belongs to: a possessive ("Russia's army") or an actor-entity modifier ("Iraqi forces")."""
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ != "PRON" and self.actorish(c):
                return c
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_LABELS:
                nxt = tok.doc[c.i + 1]
                if nxt.i < tok.i and nxt.head.i == tok.i and nxt.dep_ == "compound" and nxt.pos_ == "NOUN" and \
                        self.actorish(nxt):
                    return nxt  # "a Philippine government vessel": the Philippine government (mention() adds it)
                return c
        return None

    def actor_within(self, n: Token | None, depth: int = 3) -> Token | None:
        """The first actor inside a noun phrase: the noun itself, its possessor or named modifier, the agent of
        its participle, or the object of its of/from/by phrase ("the removal of President X", "property seized
        by X", "independence from Iraq", "the Russian government's refusal")."""
        if n is None or depth < 0 or n.ent_type_ in NON_ACTOR_ENTS:
            return None
        if self.actorish(n):
            return n
        if n.pos_ not in ("NOUN", "PROPN"):
            return None
        owner = self.noun_owner(n)
        if owner is not None:
            return owner
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
                found = self.actor_within(child(c, {"pobj"}), depth - 1)
            elif c.dep_ == "acl":
                found = self.actor_within(agent(c), depth - 1)
            else:
                continue
            if found is not None:
                return found
        return None

    def protest_target(self, v: Token) -> Token | None:
        """Whom a protest is against when its trigger has no actor target (see ``protest_against_preps`` in
        data/valency.yaml); places are never searched ("in Kirkuk")."""
        heads = [v] + [c for c in v.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ == "VERB"]
        if v.pos_ == "NOUN" and v.head.pos_ == "VERB" and v.dep_ in ("dobj", "nsubj", "nsubjpass"):
            heads.append(v.head)  # "staged rallies ... against X": the phrase may hang on the verb
        if v.pos_ == "VERB":
            # "continuing a hunger strike in protest of X": the phrase may hang on the verb's protest noun
            heads += [c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in _V.protest_against_preps:
                    found = self.actor_within(child(c, {"pobj"}))
                    if found is not None:
                        return found
                if c.dep_ == "prep" and c.lower_ == "in":  # "in protest of X", "in defiance of X"
                    p = child(c, {"pobj"})
                    if p is not None and p.pos_ == "NOUN" and p.ent_type_ not in LOC_LABELS:
                        for g in p.children:
                            if g.dep_ == "prep" and g.lower_ in _V.protest_against_preps:
                                found = self.actor_within(child(g, {"pobj"}))
                                if found is not None:
                                    return found
            if h is not v and h.lemma_.lower() in _V.protest_demand_verbs:
                obj = child(h, OBJ) or pobj(h, ("for", "against"))
                found = self.actor_within(obj)
                if found is not None:
                    return found
        return None

    def instrument_target(self, v: Token) -> Token | None:
        """Who an attack with an instrument hit: "exploded near a police convoy", "hit an army base"."""
        for prep in _L.instrument_target_preps:
            p = pobj(v, (prep,))
            if p is not None and p.ent_type_ not in LOC_LABELS:
                inner = self.actor_in(p)
                if inner is not None and (self.actorish(inner) or any(self.actorish(c) for c in inner.children)):
                    return inner
        return None

    # -- place -------------------------------------------------------------------------------
    @staticmethod
    def location(tok: Token) -> Token | None:
        """A place phrase attached to the trigger, then to its clause head."""
        for anchor in (tok, tok.head if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") else None):
            if anchor is None:
                continue
            for c in anchor.children:
                p = Arguments._place_of(c)
                if p is not None:
                    return p
        support = support_verb(tok)
        if support is not None and support[0].i != tok.i:
            # "the operation ended in a clash and the deaths of five dahalo in the district of Sakaraha": the
            # support verb's clause says where the act took place
            return next((p for c in support[0].subtree if (p := Arguments._place_of(c)) is not None), None)
        return None

    @staticmethod
    def _place_of(c: Token) -> Token | None:
        """The place a locative phrase ``c`` ("in Quezon province") names, or None."""
        if c.dep_ == "prep" and c.lower_ in LOC_PREPS:
            p = child(c, {"pobj"})
            if p is not None and (p.ent_type_ in LOC_LABELS or p.pos_ == "PROPN"):
                return p
            if p is not None and p.pos_ == "NOUN":
                # "in four municipalities in the north of Kosovo": take the nested place, never one
                # that a relation hangs on the phrase ("at the border crossing with Pakistan")
                for g in p.subtree:
                    if g.ent_type_ in LOC_LABELS and Arguments._nested_locative(g, p):
                        return g
                if p.lemma_.lower() in _L.place_head_nouns_set:
                    # "near the border town of Kidal": the capitalised name is the place, whatever the tagger calls
                    # it (a nationality, a person, a common noun)
                    for g in p.children:
                        x = child(g, {"pobj"}) if g.dep_ == "prep" and g.lower_ == "of" else None
                        if x is not None and x.text[:1].isupper() and x.ent_type_ not in _NOT_PLACE_LABELS:
                            return x
        return None

    @staticmethod
    def _nested_locative(g: Token, top: Token) -> bool:
        """Is every preposition between ``top`` and ``g`` one that keeps saying where?"""
        while g.i != top.i and g.head.i != g.i:
            if g.dep_ == "prep" and g.lower_ not in LOC_PREPS and g.lower_ not in _L.nested_place_preps_set:
                return False
            g = g.head
        return True

    def location_span(self, sent: Span, trig: Token, offset: int) -> tuple[str | None, tuple[int, int] | None]:
        """The place phrase attached to the trigger, widened to the whole name ("North Mitrovica")."""
        loc = self.location(trig)
        if loc is None:
            return None, None
        ent = next((e for e in span_ents(sent) if e.start <= loc.i < e.end), None)
        if ent is not None and ent.label_ in _NOT_PLACE_LABELS:
            return None, None  # "arrested in August", "in the early hours": a time, not a place (no town "August")
        if ent is not None:
            return ent.text, (ent.start_char + offset, ent.end_char + offset)
        text, a, b = tok_span(contiguous([c for c in loc.lefts if c.dep_ == "compound"] + [loc]), offset)
        return text, (a, b)
