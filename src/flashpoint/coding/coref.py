"""Within-document coreference for actor mentions, by a few documented rules.

The Pipeline codes a document sentence by sentence; ``DocCoref`` remembers the actors seen so far and
rewrites the mentions of each new sentence's events (words in ``data/coref.yaml``):

1. **Pairs.** "the two leaders", "both sides" stand for the members of the last coordinated pair of
   actors ("Vucic and Kurti", "between Sudan's army and the RSF"). As a source with no target they make
   one event per direction (A -> B, B -> A); in any other slot, one event per member. Where the story has
   coordinated no pair, they are the two parties of its last act of conflict between two actors
   (``conflict_types``: "Protesters threw stones at riot police ... urged all sides to ...").
2. **Definite descriptions.** "the group", "the ministry", "the bloc" take the most recent earlier actor
   whose code fits the description (an armed or political group, a government body, an IGO).
3. **Pronouns** without an antecedent in their own sentence take the most recent earlier person
   (he, she) or non-person actor (they); a subject "they" prefers the source of the last sentence that
   named a non-person actor. "it" (``thing_pronouns``) names an actor only as a subject that goes on with
   the previous sentence's subject actor: it stands for a thing or a claim as often as for an actor.
4. **Doers and acts.** "the attacker", "the gunman" (``doers``) are the source of the most recent earlier event
   of that kind. "the claim", "the decision", "the move" as a target stand for whoever made them: the source
   of the most recent asserted or reported event of an earlier sentence whose actor is not this event's
   source ("Merkel demanded an explanation ... The Russian government dismissed the claim": Merkel);
   an act noun of a kind (``act_types``: "the proposal" is a request) prefers the last event of that kind.
   A deed of force condemned ("condemned the strikes", ``deeds``) is the doer a condemnation of the same deed
   already named, else the doer inside the deed's own earlier noun phrase ("a North Korean missile launch",
   "abuses by Eritrean soldiers"), else the source of the last such act only: where the story never said who did
   it, the condemnation has no target.
5. **One person, one code.** A person resolved once keeps that code for the rest of the document:
   a later "Borrell" gets the code of the earlier "EU foreign policy chief Josep Borrell".
6. **Things.** A definite object with no owner ("fired at the positions") is the last object of that head word
   whose owner was named ("Armenian combat positions"): that owner is the target.
7. **Responses in kind** (``_retaliation``) and 8. **interceptions** (``_intercepted``): "shot down 30 of them"
   after "Russia launched 40 drones": the weapons' owner.
9. **Counterparts** (``_counterpart``): "Lavrov met his Turkish counterpart": the counterpart holds the other
   party's office (TUR GOV); "his counterparts" with no nationality are the members of the last pair (rule 1).

Where no rule applies, the mention keeps what the resolver gave it; where a rule applies but finds no
antecedent, it is left as it is rather than guessed.
"""
from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..nlp import doc_text, span_ents
from ..actors.resolver import another_given_name, follows_someone, make_code
from ..records import ActorCode, Event, Mention
from ..yamlfile import load_yaml
from .patterns import DATA
from .syntax import background_noun, child
from .valency import words as valency_words

_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
_PLACE_ENTRIES = {"country", "demonym", "capital", "territory", "place"}


def _within(m: Mention, outer: Mention | None) -> bool:
    return outer is not None and outer.start is not None and m.start is not None and \
        outer.start <= m.start and m.end <= outer.end


def _named_person(text: str, descriptions) -> bool:
    """Does a mention end with a name ("Kosovo police chief Gazmend Muhaxheri"), not a body ("Kosovo Police")?"""
    w = text.split()
    return len(w) >= 2 and all(x[:1].isupper() for x in w[-2:]) and not any(
        _key(x) in descriptions for x in w[-2:])


def _persons_voice(text: str, voices) -> bool:
    """Does a mention name a person's office or spokesman ("Borrell's office", "Vucic's spokesman")?"""
    m = re.match(r"^(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(\w+)$", text.strip())
    return m is not None and m.group(2).lower() in voices


def person_mention(m: Mention) -> bool:
    """A mention that names one person ("Prime Minister Milojko Spajic", or a name the dictionary lists as a
    person's): two of them side by side are two actors even where they share a code."""
    return m.kind == "entity" and m.actor is not None and (
        m.actor.is_person or _named_person(m.text, rules().descriptions))


@dataclass(frozen=True)
class _Rules:
    pair: frozenset[str]
    pair_heads: frozenset[str]
    descriptions: dict
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    acts: frozenset[str]
    act_types: dict
    doers: dict
    deeds: frozenset[str]
    responses: tuple[str, ...]
    interceptions: tuple[str, ...]
    plural_pronouns: frozenset[str]
    response_phrases: tuple[str, ...] = ()
    deed_attempts: frozenset[str] = frozenset()
    spokespeople: frozenset[str] = frozenset()
    counterparts: frozenset[str] = frozenset()
    conflict_types: frozenset[str] = frozenset()
    thing_pronouns: frozenset[str] = frozenset()
    voices: frozenset[str] = frozenset()
    held_acts: tuple = ()  # (act word, its kinds) pairs: whoever holds someone, for a request to free him
    family_name_first: frozenset[str] = frozenset()  # family names written first ("Kim Jong Un" -> "Kim")


@lru_cache(maxsize=1)
def rules() -> _Rules:
    d = load_yaml((DATA / "coref.yaml").read_text("utf-8"))
    d["acts"] = list(d["acts"]) + list(d["deeds"])
    d["act_types"] = {**d["act_types"], **d["deeds"]}
    return _Rules(frozenset(d["pair"]), frozenset(d["pair_heads"]), {k: (frozenset(v.get("sectors", ())), frozenset(v.get("countries", ())))
                                         for k, v in d["descriptions"].items()},
                  frozenset(d["person_pronouns"]), frozenset(d["group_pronouns"]), frozenset(d["acts"]),
                  {k: frozenset(v) for k, v in d["act_types"].items()},
                  {k: frozenset(v) for k, v in d.get("doers", {}).items()}, frozenset(d["deeds"]),
                  tuple(d["responses"]), tuple(d["interceptions"]), frozenset(d["plural_pronouns"]),
                  tuple(d.get("response_phrases", ())), frozenset(d.get("deed_attempts", ())),
                  frozenset(d.get("spokespeople", ())), frozenset(d.get("counterparts", ())),
                  frozenset(d.get("conflict_types", ())), frozenset(d.get("thing_pronouns", ())),
                  frozenset(d.get("voices", ())),
                  tuple((k, frozenset(v)) for k, v in (d.get("held_acts") or {}).items()),
                  frozenset(str(w).lower() for w in d.get("family_name_first", ())))


def _coordinated_before(text: str, name: str) -> bool:
    """Does another party come before ``name`` in one mention ("Donald Trump and ... Kim Jong Un")?"""
    at = text.find(name)
    return at > 0 and (" and " in text[:at] or " & " in text[:at])


def _expletive(sent, at: int) -> bool:
    """An 'it' that stands for the clause after it ("it was nice talking to you", "it is not possible to
    help"): the subject of 'be' with a complement and a verb clause of its own."""
    tok = next((t for t in sent if t.idx == at), None)
    if tok is None or tok.dep_ not in ("nsubj", "expl") or tok.head.lemma_ != "be":
        return False
    be = tok.head
    if not any(c.dep_ in ("acomp", "attr") for c in be.children):
        return False
    # the clause hangs on 'be' itself; one that hangs on the adjective is its own ("it is ready to attack")
    return any(c.dep_ in ("xcomp", "ccomp", "csubj", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > tok.i
               for c in be.children)


def _pair_key(key: str, r: _Rules) -> bool:
    """Does a mention (its ``_key``) stand for the last pair: a listed phrase, or two/both ... a pair head?"""
    w = key.split()
    return key in r.pair or 2 <= len(w) <= 4 and w[0] in ("two", "both") and w[-1] in r.pair_heads


def pair_mention(m: Mention, before: str) -> bool:
    """A mention that names the two parties of a story ("both sides", "the two leaders"; coref.yaml pair and
    pair_heads), given the text before it (its span may leave out its determiner: "both sides" -> "sides").
    "the two men" are a pair; "killed two men" are two new people."""
    before = before[-5:].lower()
    prev_word = before.split()[-1:] if before.endswith(" ") else []
    key, r = _key(m.text), rules()
    if m.kind == "np" and prev_word and _pair_key(_key(f"{prev_word[0]} {m.text}"), r):
        return True
    definite = m.text.lower().startswith(("the ", "this ")) or before.endswith(("the ", "this "))
    return _pair_key(key, r) and (definite or not key.startswith("two "))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _key(text: str) -> str:
    t = re.sub(r"[^\w\s-]", "", text.lower()).strip()
    return re.sub(r"^(the|these|those|this|that)\s+", "", t)


@dataclass
class _Seen:
    mention: Mention
    person: bool
    source: bool = False  # the source of one of its sentence's events
    sentence: int = 0


class DocCoref:
    """Coreference memory for one document (see the module docstring for the rules)."""

    def __init__(self, resolve=None) -> None:
        """``resolve(text)`` -> ActorCode | None codes actors the events of a sentence do not mention."""
        self.r = rules()
        self.resolve = resolve
        self.seen: list[_Seen] = []
        self.pair: tuple[Mention, Mention] | None = None
        # the two parties of the last act of conflict between two actors told as done: "both sides" where the story
        # coordinated no pair ("Protesters threw stones at riot police ... Guterres urged all sides to ...")
        self.fight: tuple[Mention, Mention] | None = None
        self.persons: dict[str, ActorCode] = {}  # surname (folded) -> the code the person got first
        self.person_names: dict[str, list[str]] = {}  # surname (folded) -> the words of that person's full name
        self.sentences = 0  # sentences observed
        self.doers: list[tuple[Mention, str]] = []  # (source, type) of the asserted/reported events so far
        # (source, type, trigger word) of every asserted/reported event with a source so far, those told inside
        # another act included ("claimed responsibility for the attack")
        self.told: list[tuple[Mention, str, str]] = []
        self.condemned: dict[str, Mention] = {}  # deed word (singular) -> the doer a condemnation of it named
        self.owners: dict[str, Mention] = {}  # head word of an owned object ("positions") -> its owner, last seen
        self.attacks: list[tuple[Mention | None, str | None]] = []  # (source, target country) of the attacks so far
        self.volley: Mention | None = None  # the source of the last attack with a plural instrument ("40 drones")
        self.volley_target: Mention | None = None  # ... and whom it was aimed at ("at Israel")

    # -- per sentence ---------------------------------------------------------------------------
    def apply(self, events: list[Event], sent, offset: int) -> list[Event]:
        """Rewrite the anaphoric mentions of one sentence's events; pairs may add events."""
        persons = [(e.start_char + offset, e.end_char + offset, e.text) for e in span_ents(sent) if e.label_ == "PERSON"]
        out: list[Event] = []
        for ev in events:
            self._owned_thing(ev, doc_text(sent.doc), offset)
            self._interceptor(ev)
            pair_roles: set[str] = set()
            if ev.claimant is not None and ev.claimant.kind in ("np", "entity") and \
                    _key(ev.claimant.text) in self.r.descriptions:
                # "The ministry said it had ...": the speaker is resolved first, the pronoun is then the speaker
                ev.claimant = self._single(ev.claimant, persons, True, "claimant", self._before(events, ev.claimant))
            for role in ("source", "target"):
                m = getattr(ev, role)
                if m is not None:
                    before = doc_text(sent.doc)[max(0, m.start - offset - 5):max(0, m.start - offset)].lower()
                    definite = m.text.lower().startswith(("the ", "this ")) or before.endswith(("the ", "this "))
                    if pair_mention(m, before):
                        pair_roles.add(role)
                    word = self._act_word(m.text)
                    held = dict(self.r.held_acts).get(word) if role == "target" and m.kind == "np" and \
                        m.query is None and ev.event_type == "REQUEST" else None
                    if held:
                        # "demanded his release": whoever holds him, the last to detain anyone before
                        src = ev.source.actor.code if ev.source is not None and ev.source.actor else None
                        ante = next((d for d, t in reversed(self.doers) if t in held and d.actor.code != src), None)
                        setattr(ev, role, self._as(m, ante) if ante is not None else None)
                        continue
                    if role == "target" and m.kind == "np" and definite and word and (
                            m.actor is None and word in self.r.acts or word in self.r.deeds):
                        src = ev.source.actor.code if ev.source is not None and ev.source.actor else None
                        # an act of a kind ("the proposal": a request) is whoever last made that kind of act
                        kinds = self.r.act_types.get(word, frozenset())
                        deed = _singular(word) if word in self.r.deeds else None
                        if deed and m.actor is not None and m.actor.sector and any(
                                w in valency_words().body_modifiers for w in _key(m.text).split()[:-1]):
                            # "condemned the military crackdown": the deed's own words name its doer's body
                            continue
                        # the same deed condemned again ("Arce condemned the coup attempt ... Morales also condemned
                        # the coup"), else the deed told before with its doer in its own noun phrase ("a North
                        # Korean ballistic missile launch", "abuses by Eritrean soldiers"), else the last doer
                        ante = self.condemned.get(deed) if deed else None
                        if ante is None and deed:
                            ante = self._deed_owner(deed, sent, offset)
                        if ante is None:
                            # the act told with the deed's own word ("militants attacked a convoy ... condemned the
                            # attack") before any later act of its kind ("Peacekeepers killed eight of them")
                            # (a doer told inside another act counts here: "Islamic State claimed responsibility
                            # for the attack ... condemned the attack": the claimant, who the text says did it)
                            ante = None if deed and self._agentless_deed(word, sent, offset) else next(
                                (d for d, t, w in reversed(self.told)
                                 if d.actor.code != src and t in kinds and w[:4] == word[:4]), None) or next(
                                (d for d, t in reversed(self.doers) if d.actor.code != src and t in kinds), None)
                        if ante is None and word not in self.r.deeds:
                            ante = next((d for d, _ in reversed(self.doers) if d.actor.code != src), None)
                        if ante is not None:
                            if deed and (src is None or ante.actor.code != src):
                                self.condemned[deed] = ante
                            setattr(ev, role, self._as(m, ante))
                            continue
                    if m.kind == "pronoun" and m.actor is None and not m.query and \
                            _key(m.text) in self.r.person_pronouns and ev.claimant is not None and \
                            ev.claimant.kind in ("entity", "np") and ev.claimant.actor is not None and \
                            ev.claimant.actor.country and ev.claimant.start is not None and \
                            ev.claimant.start < m.start and (_named_person(ev.claimant.text, self.r.descriptions) or
                                                             _persons_voice(ev.claimant.text, self.r.voices)):
                        # "Police chief X said an officer was killed in an attack he blamed on Serbia": a person
                        # pronoun in what a person says, with no antecedent the parser found, is the speaker; so is
                        # the person whose office speaks ("According to Borrell's office, he spoke with Kurti")
                        setattr(ev, role, self._as(m, ev.claimant))
                        continue
                    if m.kind == "pronoun" and _key(m.text) == "it" and _expletive(sent, m.start - offset):
                        setattr(ev, role, None)  # "it was nice talking to you": no one
                        continue
                    if role == "target" and self._intercepted(ev, m):
                        setattr(ev, role, self._as(m, self.volley))
                        continue
                    subject = ev.source.actor.code if role == "target" and ev.source is not None and \
                        ev.source.actor is not None else None
                    setattr(ev, role, self._single(m, persons, definite, role, self._before(events, m), subject))
            self._counterpart(ev)
            out += self._split_pair(ev, pair_roles)
        for ev in out:
            self._retaliation(ev, out)
        return out

    def _counterpart(self, ev: Event) -> None:
        """9. **Counterparts.** "Lavrov met his Turkish counterpart": a counterpart holds the other party's office in
        the country its own words name, so it takes that party's sector (GOV for a foreign minister's counterpart).
        One with no country of its own stays as the resolver left it."""
        for role, other in (("source", ev.target), ("target", ev.source)):
            m = getattr(ev, role)
            if m is None or m.actor is None or not m.actor.country or m.actor.sector or other is None or \
                    other.actor is None or not other.actor.sector or m.actor.country in ("IGO", "NGO") or not any(
                        w in self.r.counterparts for x in (m.text, m.query or "") for w in _key(x).split()):
                continue
            a = other.actor.sector
            setattr(ev, role, replace(m, actor=replace(m.actor, sector=a, code=make_code(
                m.actor.country, a, m.actor.ethnicity, m.actor.org)), unresolved=False))

    def _deed_owner(self, deed: str, sent, offset: int) -> Mention | None:
        """The doer named inside an earlier noun phrase of the same deed: its possessor or nationality ("North Korea's
        launch", "a North Korean ballistic missile launch") or its "by" agent ("abuses by Eritrean soldiers"); the
        most recent such phrase of an earlier sentence. None where the deed was told without one."""
        for t in reversed(sent.doc[:sent.start]):
            if t.pos_ != "NOUN" or _singular(t.lower_) != deed:
                continue
            owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or next(
                (c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _ACTOR_ENTS), None)
            if owner is None:
                by = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            m = self._np(owner, offset) if owner is not None else None
            if m is not None and m.actor is not None and m.actor.country:
                return m
        return None

    def _act_word(self, text: str) -> str:
        """The act noun a mention names: its last word, or the word before a try at it ("the coup attempt": coup)."""
        w = _key(text).split()
        if len(w) > 1 and w[-1] in self.r.deed_attempts and w[-2] in self.r.deeds:
            return w[-2]
        return w[-1] if w else ""

    def _agentless_deed(self, word: str, sent, offset: int) -> bool:
        """"... days after the killing of two opposition allies. The EU condemned the killings": the deed was told
        earlier only by its own noun as the occasion of something else (``syntax.background_noun``: "after the
        killing of ...") and no one was said to do it (no event of that word has a source), so the condemnation
        names no culprit rather than whoever last did some other act of force (an earlier "fired tear gas").
        Not where the noun was itself an act ("ordered retaliatory strikes", "the Indian strikes killed ...")."""
        stem = word[:-1] if word.endswith("s") else word
        told = [t for t in sent.doc[:sent.start] if t.lower_ in (stem, stem + "s")]
        if not told or not all(background_noun(t) for t in told):
            return False
        return not any(w.startswith(stem[:4]) for _, _, w in self.told)

    def _retaliation(self, ev: Event, here: list[Event]) -> None:
        """7. **Responses in kind.** An attack told as a response with no target of its own ("Cambodian troops had
        retaliated", "Pakistani forces had responded", "returned fire", "a retaliatory attack") is against whoever
        last attacked the responder's side: the source of the most recent earlier attack, in this sentence or
        before, on the responder's country; else of the most recent attack by another country. None is guessed
        where the story names no earlier attacker."""
        src = ev.source.actor.country if ev.source is not None and ev.source.actor is not None else None
        if ev.event_type != "ASSAULT" or ev.target is not None or not src or not self._responds(ev):
            return
        earlier = [(e.source, e.target.actor.country if e.target is not None and e.target.actor is not None else None)
                   for e in here[:here.index(ev)] if e.event_type == "ASSAULT"]
        cands = [(m, t) for m, t in self.attacks + earlier
                 if m is not None and m.actor is not None and m.actor.country and m.actor.country != src]
        ante = next((m for m, t in reversed(cands) if t == src), None) or next((m for m, _ in reversed(cands)), None)
        if ante is not None:
            ev.target = replace(ante, actor=copy.copy(ante.actor))

    def _intercepted(self, ev: Event, m: Mention) -> bool:
        """8. **Interceptions.** "Russia launched 40 drones at Ukraine. Ukrainian air defences shot down 30 of them": a
        plural pronoun with no antecedent in its sentence, the target of an interception (``interceptions``), is the
        weapons of the last earlier attack with a plural instrument, and stands for their owner, its source (of
        another country than the interceptor)."""
        v = self.volley
        if v is None or m.kind != "pronoun" or m.query or _key(m.text) not in self.r.plural_pronouns or \
                ev.event_type not in ("ASSAULT", "COERCE") or not ev.trigger_text.lower().startswith(self.r.interceptions):
            return False
        a = ev.source.actor if ev.source is not None else None
        # another side: another country, or in a civil war another sector ("the RSF attacked ... with drones. Air
        # defences shot down several of them": the RSF's, not the army's)
        return v.actor is not None and bool(v.actor.country) and (a is None or v.actor.country != a.country or bool(
            v.actor.sector and a.sector and v.actor.sector != a.sector))

    def _interceptor(self, ev: Event) -> None:
        """Air defences with no side of their own ("Hezbollah fired six rockets toward Israel. Air defences intercepted
        one of them"): the resolver gives them the country of the story's context, which may be the launcher's; they
        are the forces of the side the volley was aimed at."""
        s, v, t = ev.source, self.volley, self.volley_target
        if s is None or s.actor is None or s.actor.rule != "context" or v is None or v.actor is None or t is None or \
                t.actor is None or not t.actor.country or t.actor.country in ("IGO", "NGO") or \
                s.actor.country != v.actor.country or t.actor.country == v.actor.country or \
                ev.event_type not in ("ASSAULT", "COERCE") or not ev.trigger_text.lower().startswith(self.r.interceptions):
            return
        ev.source = replace(s, actor=replace(s.actor, country=t.actor.country,
                                             code=make_code(t.actor.country, s.actor.sector, s.actor.ethnicity, s.actor.org)))

    def _responds(self, ev: Event) -> bool:
        """Is the event told as a response (its trigger or the words before it: data/coref.yaml responses)?"""
        trig = ev.trigger_text.lower()
        before = ev.sentence_text[:max(0, ev.trigger_start - ev.sentence_start)].lower().split()[-3:]
        after = " ".join(ev.sentence_text[max(0, ev.trigger_end - ev.sentence_start):].lower().split())
        return any(trig.startswith(w) for w in self.r.responses) or any(
            b.startswith(w) for b in before for w in self.r.responses) or any(p in after for p in self.r.response_phrases)

    def _owned_thing(self, ev: Event, text: str, offset: int) -> None:
        """6. **Things.** "fired weapons at the positions" after "shelling Armenian combat positions": a definite
        object with no owner named is the thing named before, and its owner the target."""
        o = ev.object
        if ev.target is not None or o is None or o.start is None or not o.text:
            return
        before = text[max(0, o.start - offset - 4):max(0, o.start - offset)].lower()
        ante = self.owners.get(_key(o.text).split()[-1]) if before.endswith("the ") and _key(o.text) else None
        if ante is not None and (ev.source is None or ev.source.actor is None or ante.actor.code != ev.source.actor.code):
            ev.target = replace(ante, actor=copy.copy(ante.actor))

    def observe(self, events: list[Event], sent, offset: int) -> None:
        """Remember this sentence's resolved actors and its last coordinated pair of actors."""
        for ev in events:
            o, t = ev.object, ev.target
            if o is not None and t is not None and t.actor is not None and t.actor.country and \
                    o.start is not None and t.start is not None and _key(o.text) and (
                    o.start <= t.start and t.end <= o.end or 0 <= o.start - t.end <= 1):
                self.owners[_key(o.text).split()[-1]] = t  # "Armenian combat positions", "its positions"
        persons = {(e.start_char + offset, e.end_char + offset) for e in span_ents(sent) if e.label_ == "PERSON"}
        for ev in events:
            # one person, one code (rule 5) for a named speaker too ("..., government spokesman Wilfried Leandre
            # Houngbedji said. Houngbedji urged ..."): the code the speaker's words gave him
            c = ev.claimant
            if c is not None and c.kind == "entity" and c.actor is not None and c.start is not None and \
                    not (c.actor.entry or "").startswith("kin:"):
                name = next((doc_text(sent.doc)[s - offset:e - offset] for s, e in sorted(persons)
                             if c.start <= s < c.end and e >= c.end - 1), None)
                name = name if name is not None else self._untagged_name(c.text) if not any(
                    s < c.end and c.start < e for s, e in persons) else None
                words = _key(name).split() if name else []
                if words and words[-1] not in self.persons and self._placed(c, sent, offset):
                    self.persons[words[-1]] = c.actor
                    self.person_names[words[-1]] = words
        for ev in events:
            i = ev.instrument
            if ev.event_type == "ASSAULT" and ev.source is not None and ev.source.actor is not None and \
                    i is not None and i.text:
                self.volley = ev.source  # "launched 40 drones", "fired rockets", "an Israeli missile attack"
                self.volley_target = ev.target
        self.attacks += [(ev.source, ev.target.actor.country if ev.target is not None and ev.target.actor else None)
                         for ev in events if ev.event_type == "ASSAULT" and ev.modality in ("asserted", "reported")]
        done = [ev for ev in events if ev.source is not None and ev.source.actor is not None
                and ev.modality in ("asserted", "reported") and not ev.embedded]
        self.doers += [(ev.source, ev.event_type) for ev in done]
        self.told += [(ev.source, ev.event_type, ev.trigger_text.lower()) for ev in events if ev.source is not None and
                      ev.source.actor is not None and ev.modality in ("asserted", "reported")]
        by_span: dict[tuple[int, int], Mention] = {}
        sources = {(ev.source.start, ev.source.end) for ev in events if ev.source is not None}
        bodies = valency_words().body_modifiers
        for ev in events:
            for m in (ev.source, ev.target):
                if m is not None and m.actor is not None and m.kind in ("entity", "np") and m.start >= 0 and not (
                        m is ev.target and _key(m.text) in bodies and _within(m, ev.object)):
                    # (the owner a site's kind names, "a military camp", is no one a later "the group" refers to)
                    by_span.setdefault((m.start, m.end), m)
        if self.resolve is not None:
            # organisations and persons no event of the sentence mentions ("the war between X and Y")
            for ent in span_ents(sent):
                s, e = ent.start_char + offset, ent.end_char + offset
                if ent.label_ in ("ORG", "PERSON") and not any(a < e and s < b for a, b in by_span) and \
                        not any(t._.barred for t in ent):
                    a = self.resolve(ent.text)
                    if a is not None:
                        by_span[(s, e)] = Mention(text=ent.text, start=s, end=e, kind="entity", actor=a,
                                                  query=ent.text)
            # the subject of a clause no event codes ("The Russian Foreign Ministry summoned the Czech ambassador"):
            # the most salient antecedent of a later "the ministry" or "it"
            for verb in sent:
                tok = child(verb, {"nsubj", "nsubjpass"}) if verb.pos_ in ("VERB", "AUX") else None
                if tok is not None and tok.pos_ in ("NOUN", "PROPN") and \
                        not any(a <= tok.idx + offset < b for a, b in by_span):
                    m = self._np(tok, offset)
                    if m is not None and m.actor is not None and (m.actor.country or m.actor.sector):
                        by_span[(m.start, m.end)] = m
                        sources.add((m.start, m.end))
        for (s, e), m in sorted(by_span.items()):
            self.seen.append(_Seen(m, any(ps <= s < pe or s <= ps < e for ps, pe in persons), (s, e) in sources,
                                   self.sentences))
        self.sentences += 1
        # coordinated actors: conjuncts in the parse whose mentions are known in this sentence
        pair = None
        for tok in sent:
            if tok.dep_ == "conj" and tok.head.i != tok.i:
                a, b = self._at(by_span, tok.head, offset), self._at(by_span, tok, offset)
                if a is not None and b is not None and a is not b and a.actor.code != b.actor.code:
                    pair = (a, b)
            if tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound", "nmod") and tok.head.head.pos_ == "NOUN":
                # "Thai and Cambodian troops clashed": the two nationalities' forces, each its own mention
                a, b = self._smallest(by_span, tok.head, offset), self._smallest(by_span, tok, offset)
                if a is not None and b is not None and a is not b and a.actor.code != b.actor.code:
                    pair = (a, b)
            if tok.lower_ == "between":
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                conj = next((c for c in pobj.children if c.dep_ == "conj"), None) if pobj is not None else None
                if conj is not None:
                    a = self._at(by_span, pobj, offset) or self._np(pobj, offset)
                    b = self._at(by_span, conj, offset) or self._np(conj, offset)
                    if a is not None and b is not None and a is not b:
                        pair = (a, b)
        if pair is None:
            # the small parser often misses coordination between titled names ("President A and Prime
            # Minister B"): two named actors with only "and" and title words between them
            ents = [e for e in span_ents(sent) if e.label_ in ("PERSON", "ORG") and not any(t._.barred for t in e)]
            for e1, e2 in zip(ents, ents[1:]):
                gap = sent.doc[e1.end:e2.start]
                if any(t.lower_ == "and" for t in gap) and all(
                        t.lower_ == "and" or t.pos_ in ("PROPN", "ADJ", "NOUN", "DET") and t.dep_ != "nsubj" for t in gap):
                    a, b = self._at(by_span, e1.root, offset), self._at(by_span, e2.root, offset)
                    if a is None or a is b:
                        a, b = self._ent(e1, offset), b if b is not None and b is not a else self._ent(e2, offset)
                    elif b is None:
                        b = self._ent(e2, offset)
                    if a is not None and b is not None and a.actor.code != b.actor.code:
                        pair = (a, b)
        if pair is None:
            # "Wang Yi met Antony Blinken ... The two diplomats": the two parties of a joint act (mutual_types)
            pair = next(((ev.source, ev.target) for ev in events if ev.event_type in valency_words().mutual_types and
                         ev.source is not None and ev.target is not None and ev.source.actor is not None and
                         ev.target.actor is not None and ev.source.actor.code != ev.target.actor.code and
                         ev.source.kind in ("entity", "np") and ev.target.kind in ("entity", "np")), None)
        if pair is not None:
            self.pair = pair
        fight = next((((ev.source, ev.target) for ev in reversed(events) if ev.event_type in self.r.conflict_types and
                       ev.modality in ("asserted", "reported") and ev.source is not None and ev.target is not None and
                       ev.source.actor is not None and ev.target.actor is not None and
                       ev.source.actor.code != ev.target.actor.code and ev.source.kind in ("entity", "np") and
                       ev.target.kind in ("entity", "np"))), None)
        if fight is not None:
            self.fight = fight

    def _np(self, tok, offset: int) -> Mention | None:
        """A mention for the noun phrase that ends at ``tok`` ("Sudan's army"), coded by the resolver."""
        if self.resolve is None or tok._.barred:
            return None
        toks = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("cc", "punct")]
        lo = min((x.i for x in toks), default=0)
        toks = [t for t in toks if t.i >= lo]
        span = tok.doc[toks[0].i:tok.i + 1]
        a = self.resolve(span.text)
        if a is None:
            return None
        return Mention(text=span.text, start=span.start_char + offset, end=span.end_char + offset, kind="np",
                       actor=a, query=span.text)

    def _ent(self, ent, offset: int) -> Mention | None:
        a = self.resolve(ent.text) if self.resolve is not None else None
        if a is None:
            return None
        return Mention(text=ent.text, start=ent.start_char + offset, end=ent.end_char + offset, kind="entity",
                       actor=a, query=ent.text)

    @staticmethod
    def _at(by_span: dict[tuple[int, int], Mention], tok, offset: int) -> Mention | None:
        i = tok.idx + offset
        return next((m for (s, e), m in by_span.items() if s <= i < e), None)

    @staticmethod
    def _smallest(by_span: dict[tuple[int, int], Mention], tok, offset: int) -> Mention | None:
        i = tok.idx + offset
        inside = [(e - s, m) for (s, e), m in by_span.items() if s <= i < e]
        return min(inside, key=lambda x: x[0])[1] if inside else None

    # -- rules ------------------------------------------------------------------------------------
    @staticmethod
    def _before(events: list[Event], m: Mention) -> list[Mention]:
        """The coded mentions of this sentence's events that end before ``m``, nearest first."""
        out = {(x.start, x.end): x for ev in events for x in (ev.claimant, ev.source, ev.target)
               if x is not None and x.actor is not None and x.kind in ("entity", "np") and 0 <= x.end <= m.start}
        return [out[k] for k in sorted(out, reverse=True)]

    def _single(self, m: Mention, persons: list[tuple[int, int, str]], definite: bool, role: str = "",
                here: list[Mention] = (), subject: str | None = None) -> Mention:
        if m.kind in ("author", "quoted"):
            return m
        key = _key(m.text)
        desc = self.r.descriptions.get(key)
        if desc is None and m.kind == "np" and " " in key:
            desc = self.r.descriptions.get(key.rsplit(" ", 1)[1])  # "the Islamist group"
        if desc is None and m.kind == "np" and m.actor is not None and m.actor.rule == "context":
            # "A ministry spokesman", "a ministry official": a speaker for the body named before, whatever the article
            w = _key(re.sub(r"^(an?)\s+", "", m.text.lower())).split()
            if len(w) == 2 and w[1] in self.r.spokespeople and w[0] in self.r.descriptions:
                desc, key, definite = self.r.descriptions[w[0]], w[0], True
        if desc is None and m.kind == "pronoun" and m.query and m.query.lower().startswith(("the ", "this ")):
            # "The ministry said it had rebuked Turkey": the pronoun is the description it stands for
            qk = _key(m.query)
            desc = self.r.descriptions.get(qk) or self.r.descriptions.get(qk.rsplit(" ", 1)[-1])
            if desc is not None:
                key, definite = qk, True
        kinds = self.r.doers.get(key.split()[-1]) if key else None
        if kinds and definite:
            # "the attacker": whoever did the last act of that kind in an earlier sentence
            ante = next((d for d, t in reversed(self.doers) if t in kinds), None)
            if ante is not None:
                return self._as(m, ante)
        if desc is not None and definite:
            # an actor named earlier in the sentence, a person included ("EU foreign policy chief Josep Borrell
            # said the bloc ...": the bloc is his), else the most recent earlier one that fits
            # an earlier mention with the same head noun first ("The Russian Foreign Ministry ... the ministry")
            head = key.split()[-1] if key else ""

            def named(x: Mention) -> bool:
                return head in _key(x.query or x.text).split() or head in _key(x.text).split()
            ante = next((x for x in here if self._fits(_Seen(x, False), desc)), None) or \
                self._recent(lambda s: self._fits(s, desc) and named(s.mention)) or \
                self._recent(lambda s: self._fits(s, desc))
            return self._as(m, ante) if ante is not None else m
        if m.kind == "pronoun" and key in self.r.person_pronouns and m.query:
            # the coder named the antecedent ("he" -> "Delfin Lorenzana"): that person's code in this document
            sur = _key(m.query).split()[-1:] or [""]
            if sur[0] in self.persons:
                return replace(m, actor=copy.copy(self.persons[sur[0]]), unresolved=False)
        if m.kind == "pronoun" and m.actor is None and not m.query:
            if key in self.r.person_pronouns:
                ante = self._recent(lambda s: s.person)
            elif key in self.r.group_pronouns:
                # a subject pronoun continues the last sentence's subject ("The ministers met ... They called
                # on Turkey"), else the most recent non-person actor
                last = next((s.sentence for s in reversed(self.seen) if not s.person), None)
                ante = (self._recent(lambda s: not s.person and s.source and s.sentence == last)
                        if role == "source" else None)
                if key in self.r.thing_pronouns:
                    # "it" stands for a thing or a claim as often as for an actor ("called it a mess", "I support
                    # it"): only a subject that goes on with the previous sentence's subject actor is that actor
                    ante = ante if last == self.sentences - 1 else None
                else:
                    # an object pronoun is not its own clause's subject, which would be "themselves" ("police fired
                    # tear gas at them" after "protesters clashed with the police": the protesters)
                    ante = ante or self._recent(lambda s: not s.person and s.mention.actor.code != subject)
            else:
                ante = None
            return self._as(m, ante) if ante is not None else m
        said = m.text if m.kind == "np" and definite else m.query if m.kind == "pronoun" and m.query and \
            m.query.lower().startswith("the ") else None
        words = _key(said).split() if said else []
        if said and m.actor is not None and m.actor.rule == "context" and 1 <= len(words) <= 2:
            # "Military officers in Gabon said they had seized power ... The officers said ...": a bare definite
            # description repeats the last earlier mention with its head noun, which said more of who they are (and
            # whose they are, where its own words said it: "Attackers assaulted Israeli football fans ... attacks on
            # the fans": Israeli, whatever country the later sentence's context gives)
            ante = self._recent(lambda s: s.mention.actor is not None and s.mention.actor.code != m.actor.code and
                                len(_key(s.mention.text).split()) > len(words) and
                                _key(s.mention.text).split()[-1] == words[-1] and
                                (s.mention.actor.country in (m.actor.country, None) or
                                 s.mention.actor.rule == "composition") and bool(m.actor.country))
            if ante is not None:
                return self._as(m, ante)
        if m.actor is not None and not (m.actor.entry or "").startswith("kin:"):
            # one person, one code: keyed by the surname of the person named in the mention (not a namesake the
            # resolver told apart by a given name: "Usman Khan" after "Sadiq Khan")
            # (a name that ends the mention: "Armenian and Azerbaijani troops" is no person, whatever the tagger says)
            name = next((t for s, e, t in persons if m.start <= s < m.end and e >= m.end - 1), None)
            if name and follows_someone(m.text[:next(s for s, e, t in persons if t == name and m.start <= s) - m.start]):
                name = None  # "Supporters of Zuma", "critics of President Saied": the person is whom they follow
            if name is None and m.kind == "entity" and not any(s < m.end and m.start < e for s, e, _ in persons):
                name = self._untagged_name(m.text)
            if name:
                words = _key(name).split()
                sur = words[-1] if words else ""
                if sur in self.persons and not self._other_person(words, m.text):
                    m.actor = copy.copy(self.persons[sur])
                elif sur in self.persons and m.actor.country is None and self.persons[sur].country:
                    # another person of the same family name ("President Theodore Roosevelt" after "Franklin
                    # Delano Roosevelt"): the country the story gave the family, the office this mention's own
                    kin = self.persons[sur].country
                    m.actor = replace(m.actor, country=kin, code=make_code(kin, m.actor.sector, m.actor.ethnicity,
                                                                             m.actor.org))
                elif sur not in self.persons and not _coordinated_before(m.text, name):
                    # (not the second of two parties the parser left in one mention: "U.S. President Donald Trump
                    # and North Korean leader Kim Jong Un" is coded as the first, and Kim is not the U.S.)
                    self.persons[sur] = m.actor
                    self.person_names[sur] = words
                    fam = words[0] if len(words) >= 2 else ""
                    if fam in self.r.family_name_first and fam not in self.persons:
                        # "North Korean leader Kim Jong Un ... Kim thanked Trump": a family name written first
                        self.persons[fam] = m.actor
                        self.person_names[fam] = words
            elif m.kind == "entity" and _key(m.text).split()[-1:] and _key(m.text).split()[-1] in self.persons and \
                    not self._other_person(_key(m.text).split(), m.text):
                # a surname the tagger did not mark as a person this time
                m.actor = copy.copy(self.persons[_key(m.text).split()[-1]])
        elif m.kind == "entity" and m.actor is None and len(_key(m.text).split()) == 1 and \
                _key(m.text) in self.persons and not self._other_person(_key(m.text).split(), m.text):
            # a surname alone that the resolver does not know ("Dossou-Yovo urged ..."), after the person's full name
            m.actor = copy.copy(self.persons[_key(m.text)])
            m.unresolved = False
        elif m.kind == "entity" and any(s <= m.start and m.end <= e for s, e, _ in persons):
            # a person the resolver knows nothing of ("McArthur pleaded guilty") is the one named so before
            # ("Bruce McArthur, from Toronto, Canada")
            words = _key(m.text).split()
            if words and words[-1] in self.persons and not self._other_person(words, m.text):
                m.actor = copy.copy(self.persons[words[-1]])
        return m

    def _placed(self, m: Mention, sent, offset: int) -> bool:
        """Is a speaker's country his own words' ("Beninese government spokesman"), or the only one his sentence
        names? A title's country read from a sentence that names two ("army spokesman X said" after "near the border
        with Nigeria") is too weak a guess to bind the person for the rest of the story."""
        if self.resolve is None:
            return True
        inside, outside = set(), set()
        for e in span_ents(sent):
            # (the tagger reads a country as a facility or a location now and then: "northern Cameroon")
            a = self.resolve(e.text) if e.label_ in ("GPE", "NORP", "LOC", "FAC") else None
            if a is not None and a.country and (a.entry or "").split(":")[0] in _PLACE_ENTRIES:
                s, t = e.start_char + offset, e.end_char + offset
                (inside if m.start <= s and t <= m.end else outside).add(a.country)
        return m.actor.country in inside or outside <= {m.actor.country}

    def _untagged_name(self, text: str) -> str | None:
        """The name that ends a role and a name the tagger did not mark as a person ("government spokesman Wilfried
        Leandre Houngbedji"): two or more capitalised words, none a description of a body, after a role that is
        none either; a body's name ("Human Rights Watch") has no role before it."""
        if self.resolve is None or not _named_person(text, self.r.descriptions) or follows_someone(text):
            return None
        w = text.split()
        k = len(w)
        def role(word: str) -> bool:  # "Minister", "spokesman", "Beninese": a sector noun or a nationality
            a = self.resolve(word)
            return a is not None and (a.entry or "").startswith(("sector:", "demonym:", "country:"))
        while k > 0 and w[k - 1][:1].isupper() and _key(w[k - 1]) not in self.r.descriptions and not role(w[k - 1]):
            k -= 1
        if k == 0 or len(w) - k < 2:
            return None
        return " ".join(w[k:])

    def _other_person(self, words: list[str], text: str) -> bool:
        """"Usman Khan" after "Sadiq Khan": a capitalised given name other than the first person's is another
        person, and neither takes the other's code."""
        caps = [w for w in text.split() if w[:1].isupper()]
        given = words[-2] if len(words) >= 2 and len(caps) >= 2 else None
        return another_given_name(self.person_names.get(words[-1], []) if words else [], given)

    def _recent(self, ok) -> Mention | None:
        for s in reversed(self.seen):
            if ok(s):
                return s.mention
        return None

    @staticmethod
    def _fits(s: _Seen, desc: tuple[frozenset[str], frozenset[str]]) -> bool:
        a = s.mention.actor
        sectors, countries = desc
        return not s.person and a is not None and (a.sector in sectors or a.country in countries)

    @staticmethod
    def _as(m: Mention, ante: Mention) -> Mention:
        """``m`` (its own text and span) coded as ``ante``."""
        return replace(m, actor=copy.copy(ante.actor), unresolved=False, query=ante.query or ante.text)

    def _split_pair(self, ev: Event, pair_roles: set[str] = frozenset()) -> list[Event]:
        roles = [r for r in ("source", "target") if getattr(ev, r) is not None and r in pair_roles]
        pair = self.pair or self.fight
        if not roles or pair is None:
            return [ev]
        a, b = pair
        role = roles[0]
        m = getattr(ev, role)
        if role == "source" and (ev.target is None or ev.target.actor is None):
            combos = [(a, b), (b, a)]
            return [self._variant(ev, source=self._as(m, x), target=self._as(m, y)) for x, y in combos]
        return [self._variant(ev, **{role: self._as(m, x)}) for x in (a, b)]

    @staticmethod
    def _variant(ev: Event, **roles: Mention) -> Event:
        e = replace(ev, **roles)
        tag = "|".join(f"{k}={v.actor.code if v.actor else v.text}" for k, v in sorted(roles.items()))
        e.id = hashlib.sha1(f"{ev.id}|{tag}".encode()).hexdigest()[:16]
        return e
