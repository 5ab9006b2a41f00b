"""Argument roles beyond subject and object: instruments, affected things and their owners.

The coder finds a trigger's subject and object from the parse; this module decides what they are, with
the word lists of ``data/valency.yaml``:

- **Instrument verbs** ("fired tear gas at students", "launched missiles at Israel"): the direct object is
  the instrument and the target is the object of at/on/into/against.
- **Instrument phrases** ("attacked the base with rockets"): the thing after with/using is the instrument.
- **Things are not actors.** A target that is a thing ("an oil refinery", "roads and railway lines") becomes
  the event's ``object``; the target is the thing's owner where the text names one ("Russia's refinery",
  "a Hezbollah weapons facility", "positions of the SDF", "drones belonging to the Houthis"), else none.
  Coordinated things are one object, so one act makes one event.
- **Weapons as subjects** ("Houthi drones struck ...", "its strikes destroyed ...") stand for their owner,
  who becomes the source; the weapon is the instrument. With no owner named there is no source.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from ..actors.resolver import make_code
from ..records import Event, Mention
from .patterns import DATA
from .syntax import ACTOR_LABELS as _ACTOR_ENTS
from .syntax import NON_ACTOR_ENTS, quantified
from ..yamlfile import load_yaml


@dataclass(frozen=True)
class _Words:
    instrument_verbs: frozenset[str]
    instrument_preps: frozenset[str]
    aim_preps: tuple[str, ...]
    instruments: frozenset[str]
    things: frozenset[str]
    owner_participles: frozenset[str]
    recipient_types: frozenset[str]
    claim_verbs: frozenset[str]
    taken_from_preps: frozenset[str]
    grievance_preps: frozenset[str]
    protest_against_preps: frozenset[str]
    protest_demand_verbs: frozenset[str]
    stative_participles: frozenset[str]
    responsibility_verbs: frozenset[str]
    reciprocal_verbs: frozenset[str]
    reciprocal_nouns: frozenset[str]
    reciprocal_preps: frozenset[str]
    casualty_verbs: frozenset[str]
    military_things: frozenset[str]
    victim_person_nouns: frozenset[str]
    armed_modifiers: frozenset[str]
    gerund_subject_preps: frozenset[str]
    manned_things: frozenset[str]
    summons_verbs: frozenset[str]
    summons_purpose_types: frozenset[str]
    object_particles: frozenset[str]
    unknown_person_nouns: frozenset[str]
    peacekeeper_nouns: frozenset[str]
    allegation_verbs: frozenset[str]
    combined_heads: frozenset[str]
    combined_partners: frozenset[str]
    mutual_types: frozenset[str]
    topic_preps: frozenset[str]
    joint_documents: frozenset[str]
    complement_deps: frozenset[str]
    complement_preps: frozenset[str]
    request_types: frozenset[str]
    threat_place_types: frozenset[str]
    threat_place_preps: frozenset[str]
    shared_addressee_types: frozenset[str]
    theme_of_types: frozenset[str]
    theme_of_nouns: frozenset[str]
    territory_things: frozenset[str] = frozenset()
    claimed_acts: frozenset[str] = frozenset()
    meeting_types: frozenset[str] = frozenset()
    kind_adjectives: frozenset[str] = frozenset()
    victim_preps: frozenset[str] = frozenset()
    body_modifiers: frozenset[str] = frozenset()
    one_sided_verbs: frozenset[str] = frozenset()
    deployment_types: frozenset[str] = frozenset()
    blame_on_verbs: frozenset[str] = frozenset()
    multilateral_parties: int = 5
    causative_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def words() -> _Words:
    d = load_yaml((DATA / "valency.yaml").read_text("utf-8"))
    return _Words(frozenset(d["instrument_object_verbs"]), frozenset(d["instrument_preps"]), tuple(d["aim_preps"]),
                  frozenset(d["instrument_nouns"]), frozenset(d["thing_nouns"]), frozenset(d["owner_participles"]),
                  frozenset(d["recipient_types"]), frozenset(d["claim_verbs"]), frozenset(d["taken_from_preps"]),
                  frozenset(d["grievance_preps"]), frozenset(d["protest_against_preps"]),
                  frozenset(d["protest_demand_verbs"]), frozenset(d["stative_participles"]),
                  frozenset(d["responsibility_verbs"]), frozenset(d["reciprocal_verbs"]),
                  frozenset(d["reciprocal_nouns"]), frozenset(d["reciprocal_preps"]), frozenset(d["casualty_verbs"]),
                  frozenset(d["military_things"]), frozenset(d["victim_person_nouns"]),
                  frozenset(d["armed_modifiers"]), frozenset(d["gerund_subject_preps"]),
                  frozenset(d["manned_things"]), frozenset(d["summons_verbs"]), frozenset(d["summons_purpose_types"]),
                  frozenset(d["object_particles"]), frozenset(d["unknown_person_nouns"]),
                  frozenset(d["peacekeeper_nouns"]), frozenset(d["allegation_verbs"]),
                  frozenset(d["combined_heads"]), frozenset(d["combined_partners"]),
                  frozenset(d["mutual_types"]), frozenset(d["topic_preps"]),
                  frozenset(d["joint_documents"]), frozenset(d["complement_deps"]),
                  frozenset(d["complement_preps"]), frozenset(d["request_types"]),
                  frozenset(d["threat_place_types"]), frozenset(d["threat_place_preps"]),
                  frozenset(d["shared_addressee_types"]),
                  frozenset(d["theme_of_types"]), frozenset(d["theme_of_nouns"]),
                  frozenset(d.get("territory_things", ())), frozenset(d.get("claimed_acts", ())),
                  frozenset(d.get("meeting_types", ())), frozenset(d.get("kind_adjectives", ())),
                  frozenset(d.get("victim_preps", ())), frozenset(d.get("body_modifiers", ())),
                  frozenset(d.get("one_sided_verbs", ())), frozenset(d.get("deployment_types", ())),
                  frozenset(d.get("blame_on_verbs", ())), int(d.get("multilateral_parties", 5)),
                  frozenset(d.get("causative_verbs", ())))


@lru_cache(maxsize=1)
def place_target_types() -> frozenset[str]:
    """Event types whose target is never a town or city: the act is done there, not to an actor."""
    return frozenset(load_yaml((DATA / "valency.yaml").read_text("utf-8"))["place_target_types"])


@dataclass
class Roles:
    source: Token | None
    target: Token | None
    instrument: Token | None = None
    object: Token | None = None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _initial(tok: Token) -> bool:
    """First word of its sentence, or right after a dateline ("KHARTOUM, May 2 - Twin bombs ...")."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.is_sent_start or prev is None or prev._.barred or prev.is_punct and prev.text in "-\u2013\u2014"


def _compound_name(tok: Token) -> str:
    """'car bomb', 'tear gas', 'air strike': the head with its noun compounds, lower case."""
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")]
    return " ".join([m.lower_ for m in mods[-1:]] + [_lemma(tok)])


class Valency:
    def __init__(self, actorish: Callable[[Token], bool], named: Callable[[Token], bool] = lambda t: False):
        """``actorish``: the coder's test for an actor-like word; ``named``: the word is in the actor dictionary
        ("Ukrainian", "Hezbollah"), whatever the tagger made of it."""
        self.w = words()
        self.actorish = actorish
        self.named = named

    # -- what a noun is ---------------------------------------------------------------------------
    def is_instrument(self, tok: Token | None) -> bool:
        return tok is not None and tok.pos_ == "NOUN" and tok.ent_type_ not in _ACTOR_ENTS and (
            _lemma(tok) in self.w.instruments or tok.lower_ in self.w.instruments
            or _compound_name(tok) in self.w.instruments)

    def is_thing(self, tok: Token | None) -> bool:
        if tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ in ("FAC", "") and \
                _lemma(tok) in self.w.things and not self.named(tok):
            return True  # a named building or site: "the Jolo Cathedral", "Al-Shifa Hospital"
        if tok is None or tok.pos_ != "NOUN" or tok.ent_type_ in _ACTOR_ENTS:
            return False
        if self.is_instrument(tok):
            return True
        return (_lemma(tok) in self.w.things or tok.lower_ in self.w.things) and not self.actorish(tok)

    def owner(self, tok: Token, bodies: bool = True) -> Token | None:
        """The actor a thing belongs to, where the text names one; never a place it is in. ``bodies``: a state body
        before the noun names it ("a police station"); off for a weapon that fired."""
        for c in tok.children:
            if c.dep_ == "poss":
                return c
        # a named or capitalised modifier anywhere before the head: "Ukrainian drones", "a Hezbollah weapons
        # storage facility" (the tagger does not always mark "Houthi" or "Ukrainian" as an entity)
        # the words of a named site are its name, not its owner ("the Jolo Cathedral")
        mods = [] if tok.pos_ == "PROPN" else sorted((t for t in tok.subtree if t.i < tok.i), key=lambda t: -t.i)
        # a lower-case kind with no name beside it ("a military base", "a power station") is not an owner; with
        # one it is ("a Philippine government vessel": the Philippine government's)
        kind_only = not self.is_instrument(tok) and _lemma(tok) not in self.w.manned_things and not any(
            c.ent_type_ in _ACTOR_ENTS or self.named(c) or c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()
            and not _initial(c) for c in mods)
        for c in mods:
            if bodies and c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.text.islower() and \
                    c.lower_ in self.w.body_modifiers and not list(c.children):
                # a state body names its own site or vehicle: "a police station", "a military base" (annotation
                # guidelines); not a weapon's firer ("military jets struck": whose jets is not said)
                return c
            if kind_only and c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.text.islower() and \
                    not c.ent_type_ and not list(c.children) and not self.named(c):
                continue  # a kind of site, not its owner: "a military base", "a power station" ("rebel rockets" are)
            if c.dep_ == "amod" and c.text.islower() and c.lower_ in self.w.kind_adjectives and not c.ent_type_:
                continue  # "four military vehicles": a kind of vehicle, whoever's it is
            if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in _ACTOR_ENTS or self.actorish(c) or
                                                           self.named(c) or c.pos_ in ("ADJ", "PROPN") and
                                                           c.text[:1].isupper() and not _initial(c)):
                if c.ent_type_ not in NON_ACTOR_ENTS:
                    return c
            # "Serbian-run offices", "Houthi-controlled": the part before the hyphen
            if c.dep_ in ("amod", "compound") and _lemma(c) in self.w.owner_participles:
                first = next((g for g in c.lefts if g.ent_type_ in _ACTOR_ENTS or self.actorish(g)), None)
                if first is not None:
                    return first
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):  # "positions of the SDF", "a camp for refugees"
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and self.actorish(p):
                    return p
                # "a convoy of the joint mission, UNAMID": the name in apposition
                named = next((g for g in p.children if g.dep_ == "appos" and (self.actorish(g) or self.named(g))),
                             None) \
                    if p is not None else None
                if named is not None:
                    return named
            if c.dep_ == "acl" and _lemma(c) in self.w.owner_participles:
                for g in c.children:
                    if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "to"):
                        p = next((x for x in g.children if x.dep_ == "pobj"), None)
                        if p is not None and self.actorish(p):
                            return p
        return None

    # -- roles of a verb ----------------------------------------------------------------------------
    def _aim(self, v: Token, obj: Token | None) -> Token | None:
        for anchor in (v, obj, *(obj.conjuncts if obj is not None else ())):
            if anchor is None:
                continue
            for c in anchor.children:
                if c.dep_ == "prep" and c.lower_ in self.w.aim_preps:
                    p = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if p is not None:
                        return p
        return None

    def verb_roles(self, v: Token, source: Token | None, target: Token | None, passive: bool = False) -> Roles:
        r = Roles(source, target)
        obj = quantified(next((c for c in v.children if c.dep_ == "dobj"), None))
        if not passive and _lemma(v) in self.w.instrument_verbs and obj is not None and self.is_instrument(obj) and \
                not any(c.dep_ == "prt" and c.lower_ in self.w.object_particles for c in v.children):
            r.instrument = obj
            aim = self._aim(v, obj)
            if r.target is None or r.target.i == obj.i or any(r.target.i == c.i for c in obj.conjuncts):
                r.target = aim
        for c in v.children:
            if r.instrument is None and c.dep_ == "prep" and c.lower_ in self.w.instrument_preps:
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and self.is_instrument(p):
                    r.instrument = p
                    if r.target is not None and r.target.i == p.i:
                        r.target = None
        if passive and _lemma(v) in self.w.instrument_verbs and r.target is not None and self.is_instrument(r.target):
            # "rockets were launched from the Golan Heights (at Israel)": what was fired, and whom it was fired at
            r.instrument, r.target = r.target, self._aim(v, None)
        if passive and r.instrument is None:
            for c in v.children:  # "were killed in an Israeli strike", "was hit by shelling"
                if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by"):
                    p = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if p is not None and self.is_instrument(p):
                        r.instrument = p
                        break
        if r.target is not None and self.is_thing(r.target) and (not self.actorish(r.target) or
                                                                   self.is_instrument(r.target)):
            # (an aircraft or a drone hit is a thing, whatever its crew: "destroyed a cargo aircraft" has no target
            # where no owner is named, "shot down a Russian jet" its owner)
            r.object = r.target
            r.target = self.owner(r.target)
            if r.target is None and _lemma(v) not in self.w.instrument_verbs:
                # "confiscated weapons from Palestinian armed groups": whom it was taken from (a weapon fired "from"
                # a place was fired there, at no one named: "drones launched from the Golan Heights")
                for c in v.children:
                    if c.dep_ == "prep" and c.lower_ in self.w.taken_from_preps:
                        p = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if p is not None and p.ent_type_ not in ("LOC", "FAC") and (self.actorish(p) or any(
                                g.ent_type_ in _ACTOR_ENTS or self.named(g) for g in p.children)):
                            r.target = p
                            break
        elif r.object is None and obj is not None and r.target is not None and self.is_thing(obj) and (
                r.target.head.i == obj.i and r.target.dep_ in ("poss", "amod", "compound", "nmod")
                or r.target.head.head.i == obj.i and r.target.head.lower_ in ("of", "for")):
            r.object = obj  # the target was taken from the thing's owner ("destroyed 24 Ukrainian drones")
        elif r.object is None and r.target is not None and r.target.dep_ in ("poss", "amod", "compound", "nmod") \
                and r.target.head.i != v.i and self.is_thing(r.target.head) and not self.actorish(r.target.head):
            r.object = r.target.head  # "fired at Indian positions": the positions, the Indians' (their military)
        if r.source is not None and self.is_instrument(r.source) and not self.actorish(r.source):
            r.instrument = r.instrument or r.source
            r.source = self.owner(r.source, bodies=False)
        return r

    def noun_roles(self, source: Token | None, target: Token | None) -> Roles:
        r = Roles(source, target)
        if r.target is not None and self.is_thing(r.target) and not self.actorish(r.target):
            r.object = r.target
            r.target = self.owner(r.target)
        return r


# -- after actor resolution ------------------------------------------------------------------------
def _head_in(text: str, words: frozenset[str]) -> bool:
    """Is the last word of a mention (or its last two, "air strike"), singular or plural, in ``words``?"""
    parts = text.lower().replace("\u2019", "'").split()
    if not parts:
        return False
    heads = [parts[-1]] + ([" ".join(parts[-2:])] if len(parts) > 1 else [])
    return any(h in words or h.endswith("s") and (h[:-1] in words or h.endswith("es") and h[:-2] in words)
               for h in heads)


def _inside(m: Mention, outer: Mention | None) -> bool:
    return outer is not None and m.start is not None and outer.start is not None and \
        outer.start <= m.start and m.end <= outer.end


def settle_roles(ev: Event, place_types: frozenset[str], resolve=None) -> None:
    """Role decisions that need the resolved actor codes:

    - a target the resolver could not code that is a thing ("the Kerch Bridge") or part of the event's object
      (a name inside "the Al-Omari mosque" is the site's name, not its owner) is no target; a named site
      attacked or raided ("Al-Shifa Hospital") is the object, not an actor;
    - the owner of a weapon or military site named by a bare country or nationality ("Turkish jets", "20
      Ukrainian drones", "an Iraqi air base") is that country's military (MIL), and so is a government body's
      military site named by a pronoun ("the ministry said Armenian forces fired on its positions");
    - a person noun the resolver reads as unidentified armed men ("two men") is a civilian as the victim of an
      assault or coercion;
    - a thing attacked, raided or marched on whose only actor word is its own kind ("several foreign embassies",
      "the presidential palace": ``resolve`` finds no actor in the words before it) is the object, with no owner;
      "the police station" and "an army base" keep theirs.
    """
    w = words()
    t = ev.target
    if t is not None and t.kind in ("entity", "np") and (
            t.actor is None and (_head_in(t.text, w.things) or _inside(t, ev.object) and t.end < ev.object.end) or
            ev.event_type in place_types and _head_in(t.text, w.things) and not _inside(t, ev.object) and
            not (t.actor is not None and t.actor.sector in (None, "GOV", "MIL", "COP", "REB")) or
            _ownerless_thing(t, ev.event_type in place_types, w.things, resolve)):
        if ev.object is None:
            ev.object = Mention(text=t.text, start=t.start, end=t.end, kind="thing", unresolved=True)
        ev.target = t = None
    if t is not None and ev.event_type in w.deployment_types and t.kind in ("entity", "np") and \
            t.actor is not None and t.actor.sector in ("MIL", "COP") and ev.source is not None and \
            ev.source.actor is not None and t.actor.country in (None, ev.source.actor.country):
        # "Eswatini deployed soldiers to Matsapha", "the government of Sindh ordered patrols by police": the forces
        # sent are the source's own, what it mobilises with, not whom it mobilises against (a generic force placed
        # in another country the sentence names, "Britain mobilized army reservists for a war against Iraq", still
        # says whom the mobilisation is aimed at)
        if ev.instrument is None:
            ev.instrument = Mention(text=t.text, start=t.start, end=t.end, kind="thing", unresolved=True)
        ev.target = t = None
    if t is not None and _body_owner(ev) and t.actor.country and t.actor.country == _named_state(ev.source):
        ev.target = t = None  # "Armenian fighters destroyed four military vehicles": not Armenia's own, whose is not said
    armed = w.instruments | w.military_things
    for m, thing in ((ev.source, ev.instrument), (t, ev.object), (t, ev.instrument)):
        if m is not None and m.actor is not None and m.actor.sector == "GOV" and m.kind == "pronoun" and \
                thing is ev.object and thing is not None and _head_in(thing.text, w.military_things) and \
                m.start is not None and thing.start is not None and 0 <= thing.start - m.end <= 1:
            # "Azerbaijan's Defence Ministry said Armenian forces fired on its positions": the state's military posts
            m.actor = replace(m.actor, sector="MIL", code=make_code(m.actor.country, "MIL", m.actor.ethnicity,
                                                                      m.actor.org))
            continue
        if m is None or m.actor is None or m.actor.sector or not m.actor.country or \
                m.actor.country in ("IGO", "NGO") or thing is None or not _inside(m, thing) or \
                (m.start, m.end) == (thing.start, thing.end) or not _head_in(thing.text, armed):
            continue
        m.actor = replace(m.actor, sector="MIL", code=make_code(m.actor.country, "MIL", m.actor.ethnicity,
                                                                  m.actor.org))


_SELF_PRONOUNS = frozenset({"it", "its", "itself"})


def self_target(ev: Event) -> None:
    """A neuter pronoun that names the act's own source is no target of it: "Niger's junta has warned that it
    will resist any intervention", "Guyana denounced what it said was an incursion" (the pronoun is the speaker of the
    complement, not whom the act is against). Persons and plurals are left alone: two people of one office, or two
    police forces of one state ("SIPA officers ... the Republika Srpska interior ministry warned them"), share a code."""
    s, t = ev.source, ev.target
    if t is not None and s is not None and t.kind == "pronoun" and t.text.lower() in _SELF_PRONOUNS and \
            t.actor is not None and s.actor is not None and t.actor.code == s.actor.code and \
            t.start is not None and s.end is not None and s.end <= t.start:
        ev.target = None


def _body_owner(ev: Event) -> bool:
    """Is the target the state body a site's kind names ("police" in "a police station")?"""
    t, o = ev.target, ev.object
    return t is not None and t.actor is not None and o is not None and _inside(t, o) and \
        t.text.lower() in words().body_modifiers


def _named_state(m: Mention | None) -> str | None:
    """The state a source names in its own words ("Armenian fighters", "Israel"), not one a group belongs to."""
    a = m.actor if m is not None else None
    return a.country if a is not None and (a.entry or "").startswith(("demonym:", "country:", "capital:")) else None


def site_owner_country(ev: Event) -> None:
    """A state body named only by the kind of its site ("seized the military camp in northern Mali", "gangs attacked a
    police station in Gressier") is the body of the country where the site is, the event's place, when no word of
    the sentence placed it (the other side's country is never its own: pipeline), and never the state its attacker
    is named for ("Armenian fighters destroyed four military vehicles": whose, the text does not say)."""
    t, loc = ev.target, ev.location
    if not _body_owner(ev) or t.actor.country or not t.actor.sector or loc is None or not loc.country or \
            loc.country == _named_state(ev.source):
        return
    t.actor = replace(t.actor, country=loc.country, code=make_code(loc.country, t.actor.sector, t.actor.ethnicity,
                                                                      t.actor.org))


def _ownerless_thing(t: Mention, place_type: bool, things, resolve) -> bool:
    """A target of force or protest named by a thing noun whose sector comes from that noun alone ("embassies" are a
    government's) and whose other words name no actor: a thing, not its owner."""
    if resolve is None or not place_type or t.kind != "np" or t.actor is None or t.actor.rule != "context" or \
            not t.text.split() or t.text.split()[-1].lower().rstrip(".,") not in _thing_forms(things):
        return False
    rest = " ".join(t.text.split()[:-1])
    return not rest or resolve(rest) is None


def _thing_forms(things) -> frozenset[str]:
    return frozenset(w for x in things if " " not in x for w in (x, x + "s", x[:-1] + "ies" if x.endswith("y") else x + "es"))


def victim_query(m: Mention, event_type: str) -> None:
    """A person noun the resolver reads as unidentified armed men ("two men", "individuals") is, as the victim of an
    assault or coercion, a civilian of the place: it is resolved as "civilians" ("two men in southern Lebanon")."""
    w = words()
    if m.kind != "np" or event_type not in place_target_types() or not _head_in(m.text, w.victim_person_nouns) or \
            set(m.text.lower().split()) & w.armed_modifiers:
        return
    words_ = (m.query or m.text).split()
    for i, x in enumerate(words_):
        if x.lower() in w.victim_person_nouns:
            words_[i] = "civilians"
            break
    m.query = " ".join(words_)


def unnamed_person(ev: Event, person_spans: list[tuple[int, int]], resolve: Callable[[Mention], None]) -> None:
    """A victim or detainee no dictionary names takes the country of the place, as the generic victims do:

    - a person's name the resolver does not know, the victim of an assault ("shot dead 22-year-old Lafi Awwad"), is a
      civilian there (resolved as "civilians", so the place rules of generic victims apply);
    - a person noun no sector describes ("arrested two suspects", "detained the attacker", data/valency.yaml
      unknown_person_nouns) is a person of that country, sector unknown.

    ``person_spans``: the character spans of the sentence's PERSON entities; ``resolve``: resolves a mention in its
    sentence (as the pipeline resolves every mention). Where no country is clear the target stays as it was."""
    t = ev.target
    if t is None or ev.event_type not in place_target_types() or t.kind not in ("entity", "np") or \
            t.actor is not None or t.start is None:
        return
    w = words()
    person = t.kind == "entity" and ev.event_type == "ASSAULT" and any(
        a <= t.start and t.end <= b or t.start <= a and b <= t.end for a, b in person_spans)
    if not person and not (t.kind == "np" and _head_in(t.text, w.unknown_person_nouns)):
        return
    if person:
        before = t.query
        t.query = "civilians"
        resolve(t)
        if t.actor is None or not t.actor.country or t.actor.country in ("IGO", "NGO"):
            t.query, t.actor, t.unresolved = before, None, True
        return
    probe = Mention(text=t.text, start=t.start, end=t.end, kind="np", query="people")
    resolve(probe)
    a = probe.actor
    if a is None or not a.country or a.country in ("IGO", "NGO"):
        return
    t.actor = replace(a, code=make_code(a.country, None), sector=None,
                      label=f"{t.text}: a person no dictionary names, of the place")
    t.unresolved = False


def peacekeeping_story(text: str) -> bool:
    """Does the story name a multinational mission (the UN, a UN mission's acronym, the AU, NATO, 'mission')?"""
    return bool(_mission_re().search(text))


@lru_cache(maxsize=1)
def _mission_re():
    import re
    d = load_yaml((DATA / "valency.yaml").read_text("utf-8"))
    cues = d["mission_cues"]
    firsts = [_first_chars(c) for c in cues]
    # a lookahead for the characters a cue can start with lets the search skip every other position (ten times
    # faster than trying each cue at each character); the same matches
    lead = f"(?=[{''.join(sorted(set(''.join(firsts))))}])" if all(firsts) else ""
    return re.compile(lead + "(?:" + "|".join(cues) + ")")


def _first_chars(cue: str) -> str | None:
    """The characters a cue's match can start with (after a leading ``\\b``), or None when not plain."""
    if "|" in cue:
        return None
    while cue.startswith("\\b"):
        cue = cue[2:]
    if cue[:1] == "[" and "]" in cue:
        chars, rest = cue[1:cue.index("]")], cue[cue.index("]") + 1:]
    else:
        chars, rest = cue[:1], cue[1:]
    # an optional first character ("a?", "[Mm]*") lets the match start at the next one: not plain
    return chars if chars.isalnum() and rest[:1] not in ("?", "*", "{") else None


def peacekeepers(ev: Event, resolve: Callable[[Mention], None]) -> None:
    """Peacekeepers in a story about a multinational mission serve that mission whatever their nationality ("One
    Senegalese peacekeeper", "seven peacekeepers"): IGO/MIL, as "UN peacekeepers" resolves. (Call only where
    ``peacekeeping_story``: "Russian peacekeepers" in a story that names no mission stay Russian.)"""
    w = words()
    for m in (ev.source, ev.target):
        if m is None or m.kind not in ("entity", "np") or not _head_in(m.text, w.peacekeeper_nouns) or \
                m.actor is not None and m.actor.country == "IGO":
            continue
        probe = Mention(text=m.text, start=m.start, end=m.end, kind="np", query="UN peacekeepers")
        resolve(probe)
        if probe.actor is not None:
            m.actor = replace(probe.actor, label=f"{m.text}: peacekeepers of the mission the story names")
            m.unresolved = False
