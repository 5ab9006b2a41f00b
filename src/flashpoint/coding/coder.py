"""Rule-based PLOVER event coder on spaCy's dependency parse.

For each sentence: find triggers and decide their type (`decision.py`, triggers in
`data/verb_patterns.yaml`), take source/target and place from the parse (`arguments.py`), set
modality and claimant (`attribution.py`) and write the events (`assembly.py`). Actor codes, places
and dates are filled by later stages from the mentions and spans recorded here.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.dictionary import ActorDictionary, load_dictionary
from ..records import Event, Mention
from ..text import fold
from .arguments import Arguments, SentenceContext
from .assembly import EventAssembler
from .attribution import Attribution
from .coref import pair_mention
from .decision import TypeDecision
from .patterns import DATA, NOT_EVENT, Pattern, PatternSet, load_patterns
from .syntax import (LOC_LABELS, LOC_PREPS, background_noun, child, embedded, in_quotes, pobj, relative_clause,
                     support_verb, under_trigger)
from .typemodel import (MAIN_MODALITIES, Candidate, TypeModel, decide, dense_features, features, load_model,
                        outcome, party_policy, relevance_features, sentence_features)
from .valency import Valency
from ..yamlfile import load_yaml

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"})

__all__ = ["Coder", "SentenceContext", "in_quotes", "LOC_PREPS"]


def _fold_toll(c, mine: list, theirs: list) -> None:
    """A casualty candidate's ASSAULT folded into its attack's: the attack keeps its own target where it names one,
    else takes the dead, and the casualty candidate keeps no ASSAULT."""
    victims = next((e.target for e in mine if e.target is not None), None)
    for e in theirs:
        if e.target is None and victims is not None:
            e.target = replace(victims)
    c.events = [e for e in c.events if e.event_type != "ASSAULT"]


class Coder:
    # entity labels that never name an agent: a proper noun with one of these is no name of an actor
    NON_AGENT_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "LAW"})

    def __init__(self, patterns: PatternSet | None = None, dictionary: ActorDictionary | None = None,
                 model: TypeModel | None | bool = True):
        self.p = patterns or load_patterns()
        d = self.dictionary = dictionary or load_dictionary()
        self.args = Arguments(self.p, set(d.sectors))
        self.attribution = Attribution(self.p, self.args)
        self.decision = TypeDecision(self.p)
        self.assembler = EventAssembler(self.args, self.attribution, self.decision)
        # a capitalised word in the actor dictionary names an owner ("Ukrainian drones"), whatever its tag
        self.args.names_actor = lambda t: t.text[:1].isupper() and any(e.kind != "place" for e in d.lookup(t.lower_))
        self.valency = Valency(self.args.actorish, lambda t: t.text[:1].isupper() and bool(d.lookup(t.lower_)))
        # the learned type decision (typemodel.py), when data/type_model_policy.yaml loads it; False: rules alone
        if model is True:
            model = load_model() if load_yaml((DATA / "type_model_policy.yaml").read_text("utf-8"))["load"] \
                else None
        self.model = model or None
        senses = self.decision.senses
        self._casualty = frozenset(senses["casualty_kills"]) | frozenset(senses["casualty_wounds"])
        # acts of force whose casualties are their own toll: an attack, a dispersal ("fired tear gas to disperse
        # crowds, injuring a boy"), a riot ("protesters attacked peacekeepers, injuring 30 soldiers")
        self._toll_acts = frozenset(tuple(f.split()) if " " in f else (f, None) for f in senses["toll_acts"])

    def candidates(self, sent: Span, ctx: SentenceContext, unlisted: bool = False
                   ) -> tuple[list[Candidate], set[int], set[int]]:
        """Every trigger the rules find, with the events they build from it, and with ``unlisted``
        every other verb in a main position. Returns the candidates, the verb trigger ids and the
        tokens that are part of a trigger."""
        self._occurs: set[int] = set()  # act nouns that a support verb says took place ("came under attack")
        cands: list[Candidate] = []
        consumed: set[int] = set()
        verb_hits: list[tuple[Token, Pattern, set[str], bool]] = []
        for tok in sent:
            if tok.pos_ == "VERB":
                m = self.decision.match_verb(tok)
                light = False
                if m is None:
                    m = self.decision.evaluation(tok)  # "called the agreement historic": before "call" as a light verb
                if m is None:
                    m = self.decision.claim_clause(tok)
                if m is None:
                    m = self.decision.light_verb(tok)
                    light = m is not None
                if m:
                    verb_hits.append((tok, *m, light))
                    for c in tok.children:
                        if c.lemma_.lower() in m[1] or c.lower_ in m[1]:
                            consumed.add(c.i)
        claim: list[tuple[Token | None, set[int] | None]] = []

        def sent_claimant_for(trig: Token) -> Token | None:
            # looked for once a trigger asks (a pass over every token; most sentences have no trigger)
            if not claim:
                claim.append(self.attribution.sentence_claimant(sent))
            claimant_tok, claim_scope = claim[0]
            return claimant_tok if claim_scope is None or trig.i in claim_scope else None

        self._sent_claimant_for = sent_claimant_for
        build = self.assembler.build
        for v, pat0, _, light in verb_hits:
            pat, source, target, things = self.verb_roles(v, pat0)
            cand = Candidate(v, False, raw=pat0, pat=pat, light=light)
            cands.append(cand)
            cand.source, cand.target = source, target
            if pat is None:
                continue
            cand.things = things
            cand.events = build(sent, ctx, v, pat, source, target, sent_claimant_for(v), nominal=False,
                                things=cand.things)
            if pat.event_type == "REQUEST":
                cand.events += self.assembler.extra_request_targets(sent, ctx, v, pat, source, sent_claimant_for(v))
        hit_ids = {v.i for v, _, _, _ in verb_hits}
        for tok in sent:
            dis = self.decision.disapproval(tok) if tok.i not in hit_ids else None
            if dis is None or not self._political_token(dis[1]):
                continue  # a state, a body of one or a pronoun is dismayed; residents worried about prices blame no one
            pat, party, thing = dis  # "is deeply concerned by the sentencing": the party criticises the thing
            cand = Candidate(tok, False, raw=pat, pat=pat, source=party, target=thing)
            cand.events = build(sent, ctx, tok, pat, party, thing, sent_claimant_for(tok), nominal=False,
                                things=(None, None))
            cands.append(cand)
            verb_hits.append((tok, pat, set(), False))
        verb_trigger_ids = {v.i for v, _, _, _ in verb_hits}
        self._one_summons(cands, {v.i for v, p, _, _ in verb_hits if p.lemma in self.valency.w.summons_verbs and p.extra})
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed or tok.i in verb_trigger_ids:
                continue
            m = self.decision.match_noun(tok)
            if m is not None and self.decision.generic_noun(tok):
                consumed.add(tok.i)  # "planned attacks in Logar": a kind of activity, not an event
                continue
            if m is not None and under_trigger(tok, verb_trigger_ids):
                m = None  # "condemned the attack", "rejected an offer to host a summit": the verb codes it
            if m is not None:
                source, target = self.args.noun_args(tok)
                if m.event_type == "PROTEST" and (target is None or not self.args.actorish(target)):
                    target = self.args.protest_target(tok) or target
                support = support_verb(tok)
                if support is not None and source is None and target is None:
                    # "Police came under attack from rioters": the act's parties hang on the support verb
                    target = self.args.subject(support[0])[0] if support[1] else None
                    source = pobj(tok, ("from",)) if support[1] else None
                roles = self.valency.noun_roles(source, target)
                source, target = roles.source, roles.target
                loc = self.args.location(tok)
                if source is None and target is None and loc is None and roles.object is None and support is None:
                    consumed.add(tok.i)  # (nor is it read as an accusation)
                    continue
                cand = Candidate(tok, True, raw=m, pat=m, source=source, target=target)
                cand.things = (roles.instrument, roles.object)
                cand.events = build(sent, ctx, tok, m, source, target, sent_claimant_for(tok), nominal=True,
                                    things=cand.things)
                cands.append(cand)
                if support is not None:
                    self._occurs.add(tok.i)
        if unlisted:
            live = {c.tok.i for c in cands if c.events and not c.nominal}
            for tok in sent:
                if tok.pos_ != "VERB" or tok.i in verb_trigger_ids or embedded(tok, live):
                    continue
                src, tgt = self.args.verb_args(tok, Pattern(tok.lemma_.lower(), (), NOT_EVENT, None, None, 0))
                cands.append(Candidate(tok, False, source=src, target=tgt,
                                       not_event=self.decision.match_any_not_event(tok)))
        return cands, verb_trigger_ids, consumed

    def _one_summons(self, cands: list[Candidate], summons: set[int]) -> None:
        """A diplomat summoned "to protest" or "to complain" (data/valency.yaml summons_purpose_types): the summons is
        the protest, one ACCUSE by the summoner; the purpose clause is no second event (whose object control would
        make the diplomat its source)."""
        for c in cands:
            if summons and c.tok.dep_ in ("xcomp", "advcl") and c.tok.head.i in summons and \
                    c.pat is not None and c.pat.event_type in self.valency.w.summons_purpose_types:
                c.events = []

    def verb_roles(self, v: Token, pat0: Pattern) -> tuple[Pattern | None, Token | None, Token | None,
                                                           tuple[Token | None, Token | None]]:
        """A verb trigger's sense, source, target, instrument and object under a pattern: the one argument
        assignment for the rules' events and for those the type model adds or retypes."""
        source, target = self.args.verb_args(v, pat0)
        if target is None and child(v, {"dobj", "obj"}) is None:
            target = self._misparsed_object(v)
        pat = self.decision.sense(v, pat0, source)
        if pat is not None and pat.event_type == "CONSULT" and not pat.extra and \
                self.decision.thing_received(v, self.args.actorish):
            pat = None  # "received 192 votes", "was met with applause"
        if pat is not None and pat.event_type == "SUPPORT" and not pat.extra and \
                self.decision.stance(v, self.args.actorish):
            pat = None  # "supported LGBT rights", "We support a balanced budget"
        if pat is not None and v.lemma_.lower() in self.decision.senses["agent_only_verbs"] and source is not None and \
                not self.args.actorish(source):
            pat = None  # "this reward offer will encourage individuals to come forward": no one asks
        if pat is None or not self._armed_response(v, pat, source):
            return None, source, target, (None, None)
        if target is None and pat.src.startswith("light verb"):
            # "mounted an invasion of South Lebanon": the noun's patient is the target
            noun = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
            target = pobj(noun, self.decision.senses["light_noun_target_preps"]) if noun is not None else None
        subj = source
        passive = self.args.subject(v)[1] or child(v, {"auxpass"}) is not None
        roles = self.valency.verb_roles(v, source, target, passive=passive)
        if pat.event_type == "ACCUSE" and target is not None and roles.object is not None and \
                roles.object.i == target.i and roles.target is None and (
                target.lemma_.lower() in self.p.nouns or target.lower_ in self.p.nouns):
            # "condemned the strikes": an act, not a thing; coreference gives it its doer (arguments.py)
            roles.target, roles.object = target, None
        if pat.event_type == "COERCE" and pat.mode == "seize" and roles.object is None and target is not None and \
                roles.target is not None and roles.target.i == target.i and target.pos_ == "NOUN" and \
                not self.args.actorish(target):
            # what is seized is a thing, and its owner the one it is taken from ("seized their catch": the
            # fishermen's), as for a thing attacked
            roles.object, roles.target = target, self.valency.owner(target)
        source, target = roles.source, roles.target
        weapon_subject = subj is not None and roles.instrument is not None and roles.instrument.i == subj.i
        if weapon_subject or self.decision.is_instrument(source) and not any(
                c.dep_ in ("compound", "amod", "poss", "nmod") and self.args.actorish(c) for c in source.children):
            # a weapon subject stands for its owner ("Houthi drones struck", valency.py) or for no one;
            # "a device went off near a police convoy": the agent is implied, the place's occupant is the target
            if not weapon_subject:
                source = None
            if target is None and roles.object is None:
                target = self.args.instrument_target(v)
                if target is not None and self.valency.is_thing(target):
                    # "rockets struck near an Iraqi air base": the base is the object, its owner the target
                    roles.object, target = target, self.valency.owner(target)
        if source is not None and pat.event_type in self.decision.senses["material_types"]:
            source._.combined = self._combined(source, target)
        if source is None and v.lemma_.lower() in self.decision.senses["weapon_subject_verbs"]:
            # "a missile hit the governor's residence": only where whose weapon it was is said ("a Russian
            # missile hit", "insurgent fire hit"); an unowned hit restates the attack the story codes elsewhere
            return None, source, target, (None, None)
        return pat, source, target, (roles.instrument, roles.object)

    @staticmethod
    def _misparsed_object(v: Token) -> Token | None:
        """"shot down all 14 Russian drones fired in an overnight attack": the small parser reads the reduced relative
        as a clause whose subject is the drones; they are the verb's object (the words between are the phrase's)."""
        for c in v.children:
            if c.dep_ != "ccomp" or c.tag_ not in ("VBN", "VBD"):
                continue
            s = child(c, {"nsubj"})
            if s is not None and s.pos_ == "NOUN" and s.i > v.i and all(
                    t.i == s.i or t.head.i == s.i or t.dep_ == "prt" and t.head.i == v.i for t in v.doc[v.i + 1:s.i]):
                return s
        return None

    def _combined(self, source: Token, target: Token | None) -> bool:
        """One force of two parties ("An Afghan and coalition security force detained ...", "Iraqi and U.S. forces
        raided ..."): one event, whose source is the combined force, coded by its text only (no one country), as the
        annotation guidelines say. Not fighting between the two ("Indian and Pakistani troops exchanged fire", where
        the second is the target), nor coordinated actors ("Afghan police and coalition forces": one event each)."""
        w = self.valency.w
        if source.lemma_.lower() not in w.combined_heads and source.lower_ not in w.combined_heads:
            return False
        for c in source.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > source.i or not c.conjuncts:
                continue
            parts = [c, *c.conjuncts]
            if target is not None and any(p.i == target.i for p in parts):
                return False
            named = [p for p in parts if p.ent_type_ in ("NORP", "GPE", "ORG") or self.valency.named(p)]
            if named and all(p in named or p.lower_ in w.combined_partners for p in parts):
                return True
        return False

    def _armed_response(self, v: Token, pat: Pattern, source: Token | None) -> bool:
        """A response in kind ("Indian troops retaliated", "the army said it had responded") is an attack only where
        an armed force responds (data/senses.yaml retaliation_verbs, armed_agents); a pronoun by its antecedent."""
        senses = self.decision.senses
        if pat.event_type != "ASSAULT" or " ".join((pat.lemma,) + pat.extra) not in senses["retaliation_verbs"]:
            return True
        agent = self.args.antecedent(source) if source is not None and source.pos_ == "PRON" else source
        return agent is not None and (agent.lower_ in senses["armed_agents"] or agent.lemma_.lower() in senses["armed_agents"])

    @staticmethod
    def main_candidates(cands: list[Candidate]) -> list[Candidate]:
        """The candidates the type model decides: those not inside the clause of another trigger the
        rules kept. A speech act the rules derive from an action's modality ("will allow" is AGREE,
        "must stop" a REQUEST) is CAMEO's logic, not a sense, and stays as the rules built it."""
        live = {c.tok.i for c in cands if c.events and not c.nominal}
        return [c for c in cands if not embedded(c.tok, live) and
                not (c.pat is not None and outcome(c) and c.pat.event_type not in outcome(c))]

    def code_sentence(self, sent: Span, ctx: SentenceContext) -> list[Event]:
        self.claims: dict[int, int] = {}
        self.claimers = self._claimers(sent, ctx)
        model = self.model
        cands, verb_trigger_ids, consumed = self.candidates(sent, ctx, unlisted=model is not None)
        if model is not None:
            main = self.main_candidates(cands)
            sf = sentence_features(sent, self.decision, self.dictionary)
            feats = [features(c, self.decision, self.args, sf) for c in main]
            dense, rel_dense = [None] * len(main), None
            if model.dense is not None:
                # a model trained with static sentence vectors beside its sparse features (static_vectors.py)
                from .static_vectors import load_static
                sv = load_static()
                words = [t.text for t in sent]
                dense = [dense_features(words, c.tok.i - sent.start, model.dense["parts"], model.dense["window"], sv)
                         for c in main]
                rel_dense = sv.embed_text(sent.text)
            probs = [model.proba(f, d) for f, d in zip(feats, dense)]
            for c in main:
                # an act noun a support verb says took place ("came under attack") is no more the model's to veto
                # than an act with a named party
                named = self._named_party(c, sent, ctx)
                c.actor = named or c.nominal and c.tok.i in self._occurs or self._named_place(c)
                # only a named party can be a private one: an act that took place or victims at a place are not
                c.political = not named or self._political_party(c, sent, ctx)
            rfeats = relevance_features(feats)
            decided = decide(main, probs, model, model.relevance(rfeats, rel_dense), prior=model.type_prior(rfeats))
            final = {id(c): {t} for c, t in zip(main, decided)}
            for c, t in zip(main, decided):
                if t is not None and not outcome(c) and any(
                        o is not c and t in final.get(id(o), outcome(o)) and c.tok.is_ancestor(o.tok) for o in cands):
                    # "said he is prepared to lift the ban": the rules already code the AGREE in the complement,
                    # with its target; the verb of saying would only take it, without one
                    t = None
                self._apply(sent, ctx, c, t)
        self._one_toll(cands)
        self._shared_object(cands)
        self._toll_clause(cands)
        self._weapon_toll(cands)
        self._one_act(cands)
        self._dispersal(cands)
        self._alleged_acts(cands)
        self._complement_target(cands, ctx)
        self._shared_addressee(cands)
        self._claims_only(cands, ctx)
        events = [e for c in cands for e in c.events]
        if model is not None:
            # the clauses of triggers that yield nothing (a hazard's "exploded") are not embedded in them
            verb_trigger_ids = {c.tok.i for c in cands if c.events and not c.nominal}
        if ctx.is_statement:
            for tok in sent:
                if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed and tok.i not in verb_trigger_ids and \
                        self.decision.is_accusation_noun(tok):
                    events += self.assembler.noun_accusation(sent, ctx, tok)
        # most sentences code no event: their contexts (a pass over every token) would be read by none
        contexts = self.decision.contexts(sent) if events else []
        for ev in events:
            ev.context = ",".join(contexts) or self.decision.context_default.get(ev.event_type)
        for ev in events:
            tok = sent.doc.char_span(ev.trigger_start - ctx.offset, ev.trigger_end - ctx.offset)
            if tok is not None:
                ev.embedded = embedded(tok.root, verb_trigger_ids) or ev.nominal and background_noun(tok.root) or \
                    not ev.nominal and relative_clause(tok.root)
        return events

    def _one_toll(self, cands: list[Candidate]) -> None:
        """The wounded of an act whose dead are told beside them are the same act: "killed four soldiers and
        wounded four more" is one ASSAULT (data/senses.yaml: casualty_kills, casualty_wounds)."""
        kills, wounds = self.decision.senses["casualty_kills"], self.decision.senses["casualty_wounds"]
        killing = [c for c in cands if not c.nominal and c.tok.lemma_.lower() in kills
                   and any(e.event_type == "ASSAULT" for e in c.events)]
        for c in cands:
            if c.nominal or c.tok.lemma_.lower() not in wounds:
                continue
            k = next((k for k in killing if c.tok in k.tok.conjuncts), None)
            if k is None or (self._own_day(c.tok) and self._own_day(k.tok)):
                # "On July 21 a bomber wounded 20 people, and on July 30 a truck bomber killed five": two acts
                continue
            # "attacks which have killed and injured civilians": the victims hang on the second verb only
            drop = k if any(e.target for e in c.events) and not any(e.target for e in k.events) else c
            drop.events = [e for e in drop.events if e.event_type != "ASSAULT"]

    @staticmethod
    def _own_day(tok) -> bool:
        """Does the clause of this verb, apart from the clauses coordinated with it, name a day of its own in a
        modifier ("on July 21")? A day inside its subject is a dateline the parse took in ("KABUL, March 24 -
        Militants killed ... and wounded ..."), not the act's."""
        return any(t.ent_type_ == "DATE" for c in tok.children if c.dep_ in ("prep", "npadvmod", "tmod", "advmod")
                   for t in c.subtree)

    @staticmethod
    def _shared_object(cands: list[Candidate]) -> None:
        """Two verbs of one type that share their subject and their object ("intercepted and destroyed 11 drones",
        "condemned and denounced the raid") tell one act: one event. The parser hangs the shared object on the
        second verb, so its events (with the object, target and instrument) stand and the first verb's go. Not where
        each verb has its own object ("shelled the town and attacked the bridge": two acts) or its own subject."""
        verbs = {c.tok.i: c for c in cands if not c.nominal and c.events}
        for c in cands:
            t = c.tok
            head = verbs.get(t.head.i) if not c.nominal and t.dep_ == "conj" and t.head.i != t.i else None
            if head is None or head is c or not c.events or child(t, {"nsubj", "nsubjpass"}) is not None or \
                    child(head.tok, {"dobj", "obj", "dative"}) is not None or \
                    any(g.dep_ == "prep" for g in head.tok.children if g.i > head.tok.i):
                continue
            types = {e.event_type for e in c.events}
            if any(e.target is not None or e.object is not None for e in head.events if e.event_type in types):
                continue
            head.events = [e for e in head.events if e.event_type not in types]

    def _toll_clause(self, cands: list[Candidate]) -> None:
        """"A convoy was ambushed by some 200 fighters, and seven peacekeepers were killed": a passive casualty clause
        with no agent, coordinated with an attack, tells that attack's toll: one event, the attack's, whose target is
        its own where it names an actor, else the dead (data/senses.yaml casualty_kills, casualty_wounds)."""
        casualty = self._casualty
        verbs = {c.tok.i: c for c in cands if not c.nominal and c.events}
        for c in cands:
            t = c.tok
            head = verbs.get(t.head.i) if not c.nominal and t.dep_ == "conj" else None
            mine = [e for e in c.events if e.event_type == "ASSAULT"]
            theirs = [e for e in head.events if e.event_type == "ASSAULT"] if head is not None and head is not c else []
            if not (mine and theirs) or t.lemma_.lower() not in casualty or child(t, {"nsubjpass"}) is None or \
                    child(t, {"agent"}) is not None or any(e.source is not None for e in mine):
                continue
            _fold_toll(c, mine, theirs)

    def _weapon_toll(self, cands: list[Candidate]) -> None:
        """"The army fired a shell that killed a woman": a casualty relative clause on what an attack fired tells
        that attack's toll, as a casualty participle does ("fired a shell, killing a woman"): one event, the
        attack's, whose target is its own where it names one, else the dead (data/senses.yaml casualty_kills,
        casualty_wounds)."""
        verbs = {c.tok.i: c for c in cands if not c.nominal and c.events}
        for c in cands:
            t = c.tok
            if c.nominal or t.dep_ != "relcl" or t.lemma_.lower() not in self._casualty:
                continue
            subj = child(t, {"nsubj"})
            if subj is None or subj.tag_ not in ("WDT", "WP"):
                continue
            thing = t.head
            at = thing.head if thing.dep_ in ("dobj", "obj") else \
                thing.head.head if thing.dep_ == "pobj" and thing.head.lower_ == "with" else None
            head = verbs.get(at.i) if at is not None else None
            mine = [e for e in c.events if e.event_type == "ASSAULT"]
            theirs = [e for e in head.events if e.event_type == "ASSAULT"] if head is not None and head is not c else []
            if not (mine and theirs):
                continue
            _fold_toll(c, mine, theirs)

    def _one_act(self, cands: list[Candidate]) -> None:
        """One act, one event. A casualty participle tells the victims of the act it hangs on ("opened fire on
        protesters, killing five", "opened fire with heavy weapons, wounding two Thai soldiers"): one event, the
        act's (its trigger, day and place), whose target is the act's own where it names an actor, else the
        participle's victims. An act noun that is the
        subject of a verb of the same type ("A drone attack by X wounded three ...") is that verb's act: one
        event, which takes the noun's source, instrument and object where the verb has none."""
        casualty, force = self._casualty, self._toll_acts

        def forceful(e) -> bool:
            return (e.event_type, None) in force or (e.event_type, e.mode) in force

        verbs = {c.tok.i: c for c in cands if not c.nominal and c.events}
        for c in cands:
            t, mine = c.tok, [e for e in c.events if e.event_type == "ASSAULT"]
            head = verbs.get(t.head.i) if t.head.i != t.i else None
            theirs = [e for e in head.events if e.event_type == "ASSAULT"] if head is not None and head is not c else []
            participle = not c.nominal and t.dep_ == "advcl" and t.tag_ == "VBG" and \
                t.lemma_.lower() in casualty and child(t, {"nsubj", "nsubjpass"}) is None
            if participle and mine and not theirs and head is not None and head is not c:
                theirs = [e for e in head.events if forceful(e)]
            if not (mine and theirs):
                continue
            if participle:
                if any(e.target is not None and not self._territory_owner(e) for e in theirs) or \
                        not any(e.target is not None for e in mine):
                    c.events = [e for e in c.events if e.event_type != "ASSAULT"]
                    continue
                victims = next(e.target for e in mine if e.target is not None)
                for e in theirs:  # the act keeps its own trigger, day and place
                    e.target = replace(victims)
                    e.killed, e.injured = e.killed or mine[0].killed, e.injured or mine[0].injured
                c.events = [e for e in c.events if e.event_type != "ASSAULT"]
            elif c.nominal and t.dep_ in ("nsubj", "nsubjpass") and \
                    t.lower_ not in self.valency.w.reciprocal_nouns and t.lemma_.lower() not in self.valency.w.reciprocal_nouns:
                # (fighting between two sides names no killer: "Clashes between A and B killed 20", valency.yaml)
                n = mine[0]
                for e in theirs:
                    e.source = e.source or n.source
                    e.instrument, e.object = e.instrument or n.instrument, e.object or n.object
                c.events = [e for e in c.events if e.event_type != "ASSAULT"]

    def _territory_owner(self, e) -> bool:
        """Is the act's target only the country of the land it fell on ("Armenia's Gegharkunik region"), or the state
        body a site is named for ("a police station")? Then the victims a casualty participle names are the target
        instead (data/valency.yaml territory_things, body_modifiers)."""
        t, o = e.target, e.object
        if t is None or o is None or t.start is None or o.start is None or not o.text.split():
            return False
        head = o.text.split()[-1].lower()
        inside = o.start <= t.start and t.end <= o.end
        if inside and t.text.lower() in self.valency.w.body_modifiers:
            return True  # "attacked a military base, killing two soldiers": the soldiers, not the base's owner
        return (head in self.valency.w.territory_things or head[:-1] in self.valency.w.territory_things) and \
            (inside or 0 <= o.start - t.end <= 3)

    def _complement_target(self, cands: list[Candidate], ctx: SentenceContext) -> None:
        """A verbal act with no target of its own takes it from the act in its complement ("agreed to re-open its
        borders to UN peacekeepers", "threatened to attack Israel"); a request takes the complement's agent, the one
        asked to act ("pushing for the US to support its plan"). Never the act's own source, and never across a
        relative clause or a preposition of time or concession (data/valency.yaml complement_deps). A threat with
        neither takes the country or town where the threatened act would fall ("threatened to resume attacks in
        Israel"; threat_place_types)."""
        w = self.valency.w
        coded = [c for c in cands if c.events]
        for c in coded:
            if c.nominal or not any(e.target is None and e.modality in MAIN_MODALITIES for e in c.events):
                continue
            inner = None
            for o in coded:
                if o is c or o.tok.i == c.tok.i or not c.tok.is_ancestor(o.tok):
                    continue
                node, ok = o.tok, True
                while node.i != c.tok.i:
                    if node.dep_ not in w.complement_deps or \
                            node.dep_ == "prep" and node.lower_ not in w.complement_preps or \
                            node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ not in w.complement_preps
                                                         for m in node.children):
                        ok = False
                        break
                    node = node.head
                if ok and (inner is None or o.tok.i < inner.tok.i):
                    inner = o
            if inner is None:
                self._threatened_place(c, ctx)
                continue
            # "Russia and the United States agreed to hold talks": each party's partner in the talks is no
            # target of the agreement (PLOVER codes none); any part of the subject is the act's own side
            subj = child(c.tok, {"nsubj", "nsubjpass"})
            sides = (min(t.idx for t in subj.subtree) + ctx.offset,
                     max(t.idx + len(t) for t in subj.subtree) + ctx.offset) if subj is not None else None
            for e in c.events:
                if e.target is not None or e.modality not in MAIN_MODALITIES:
                    continue
                own = (e.source.start, e.source.end) if e.source is not None else None
                for ie in inner.events:
                    m = ie.source if e.event_type in w.request_types else ie.target
                    # a name or a pronoun: a common noun phrase there is as often a topic ("direct assistance")
                    if m is None or m.kind not in ("entity", "pronoun") or (m.start, m.end) == own or \
                            sides and m.start is not None and sides[0] <= m.start < sides[1] or \
                            e.source is not None and m.text == e.source.text:
                        continue
                    e.target = replace(m)
                    break

    def _shared_addressee(self, cands: list[Candidate]) -> None:
        """"The ministry accused the Czech authorities of ... and warned that the step would not go unanswered": a
        warning coordinated with another act of the same subject, with no addressee of its own, is addressed to that
        act's target (data/valency.yaml shared_addressee_types)."""
        w = self.valency.w
        verbs = {c.tok.i: c for c in cands if not c.nominal and c.events}
        for c in cands:
            t = c.tok
            if c.nominal or t.dep_ != "conj" or child(t, {"nsubj", "nsubjpass"}) is not None:
                continue
            head = verbs.get(t.head.i)
            if head is None or head is c:
                continue
            given = next((e.target for e in head.events if e.target is not None and e.modality in MAIN_MODALITIES),
                         None)
            if given is None:
                continue
            for e in c.events:
                # a common noun in the warning's own content ("that the step would not go unanswered") is what is
                # threatened, not whom; a name there ("warned that Israel would pay") is the addressee itself, and so
                # is a noun the warning names outside any clause of its own ("imposed a curfew and vowed action
                # against the gangs": the gangs)
                if e.event_type in w.shared_addressee_types and (e.target is None or e.target.kind == "np" and
                                                                 not self._own_addressee(c.tok, e)):
                    e.target = replace(given)

    @staticmethod
    def _own_addressee(trigger: Token, e: Event) -> bool:
        """Does ``e``'s target hang on its trigger with no clause between them ("vowed action against the gangs",
        "warned the rebels"), not inside the warning's content ("warned that the step would not go unanswered")?"""
        off = e.trigger_start - trigger.idx
        span = trigger.doc.char_span(e.target.start - off, e.target.end - off, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        while tok.i != trigger.i and tok.head.i != tok.i:
            if tok.dep_ in _CLAUSE_DEPS or tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
                return False
            tok = tok.head
        return tok.i == trigger.i

    def _threatened_place(self, c: Candidate, ctx: SentenceContext) -> None:
        w = self.valency.w
        events = [e for e in c.events if e.target is None and e.event_type in w.threat_place_types
                  and e.modality in MAIN_MODALITIES]
        # the parser hangs the infinitive as xcomp or advcl alike ("threatened on Monday to resume ...")
        comp = next((k for k in c.tok.children if k.dep_ in ("xcomp", "advcl") and not any(
            m.dep_ == "mark" and m.lower_ not in w.complement_preps for m in k.children)), None) if events else None
        if comp is None:
            return
        place = next((t for t in comp.subtree if t.dep_ == "pobj" and t.ent_type_ == "GPE" and t.head.dep_ == "prep"
                      and t.head.lower_ in w.threat_place_preps and t.head.head.i != c.tok.i), None)
        if place is None:
            return
        for e in events:
            e.target = self.args.mention(place, ctx)

    def _dispersal(self, cands: list[Candidate]) -> None:
        """Force used to disperse a crowd is one act of crowd control (COERCE): "opened fire to disperse
        demonstrators" is COERCE `firearms`, "fired tear gas to disperse crowds" one COERCE `restrict`, not an
        ASSAULT or a COERCE beside the dispersal (docs/annotation-guidelines.md, "Protest policing";
        senses.yaml dispersal_verbs)."""
        verbs = {c.tok.i: c for c in cands if not c.nominal and c.events}
        for c in cands:
            t = c.tok
            if c.nominal or t.dep_ not in ("advcl", "xcomp") or t.lemma_.lower() not in \
                    self.decision.senses["dispersal_verbs"] or not any(e.event_type == "COERCE" for e in c.events):
                continue
            head = verbs.get(t.head.i)
            acts = [e for e in head.events if e.event_type in ("ASSAULT", "COERCE")] if head is not None and \
                head is not c else []
            if not acts:
                continue
            mine = next(e for e in c.events if e.event_type == "COERCE")
            for i, e in enumerate(head.events):
                if e in acts:
                    mode = "firearms" if e.event_type == "ASSAULT" and e.mode == "firearms" else \
                        e.mode if e.event_type == "COERCE" else "restrict"
                    head.events[i] = replace(e, event_type="COERCE", mode=mode, cameo=mine.cameo,
                                             target=e.target or mine.target)
            c.events = [e for e in c.events if e.event_type != "COERCE"]

    def _claimers(self, sent: Span, ctx: SentenceContext) -> list[Mention]:
        """Who claims an act told in a clause of its own: "..., and Hezbollah claimed the attack", "Al-Shabaab claimed
        responsibility" (data/valency.yaml responsibility_verbs, claimed_acts). The pipeline makes each the source of
        the attack without one in this sentence or, where there is none, in the one before."""
        w = self.valency.w
        out = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in w.responsibility_verbs:
                continue
            obj = child(tok, {"dobj", "obj"})
            if obj is None or obj.lower_ not in w.claimed_acts and obj.lemma_.lower() not in w.claimed_acts or \
                    obj.lemma_.lower() == "responsibility" and any(c.dep_ == "prep" for c in obj.children):
                continue  # ("claimed responsibility for the bombing": the noun's own source, arguments.noun_args)
            subj, passive = self.args.subject(tok)
            if subj is not None and not passive and subj.pos_ != "PRON" and self.args.actorish(subj) and \
                    self.attribution.modality(tok)[0] == "asserted":
                out.append(self.args.mention(subj, ctx))
        return out

    def _claims_only(self, cands: list[Candidate], ctx: SentenceContext) -> None:
        """What an accuser alleges is a claim, not an event (annotation-guidelines, "Condemnations and other verbal
        acts": "accused the army of attacking civilians" is one ACCUSE). Records, for every act told inside an
        accusation's "of"/"for" complement, however deep ("accused the separatists of spreading news that nine
        soldiers had been killed", "accusing its neighbour of supporting rebels who carried out attacks"), the
        accusation it belongs to (``self.claims``: trigger offset -> the accusation's trigger offset). The pipeline
        drops those acts once document coreference has seen them (the accused stays the last attacker a response
        answers), unless the accuser is their source ("accused Rabat of backing a group it blames": its own act)."""
        for c in cands:
            t = c.tok
            if c.nominal or t.lemma_.lower() not in self.valency.w.allegation_verbs or \
                    not any(e.event_type == "ACCUSE" and e.target is not None for e in c.events):
                continue
            for h in (t, *(o for o in t.children if o.dep_ in ("dobj", "obj"))):
                for p in h.children:
                    if p.dep_ == "prep" and p.lower_ in ("of", "for"):
                        for x in p.subtree:
                            self.claims.setdefault(x.idx + ctx.offset, t.idx + ctx.offset)

    def _alleged_acts(self, cands: list[Candidate]) -> None:
        """"accused Afghan forces of firing on civilians", "blamed the army for shelling the town": the gerund is the
        accused's alleged act. It is the accuser's claim, never a fact: its source is the accused, its modality
        reported, its claimant the accuser (data/valency.yaml allegation_verbs)."""
        verbs = {c.tok.i: c for c in cands if not c.nominal and c.tok.lemma_.lower() in self.valency.w.allegation_verbs}
        for c in cands:
            t = c.tok
            if c.nominal or t.dep_ != "pcomp" or t.head.lower_ not in ("of", "for"):
                continue
            at = t.head.head  # the verb, or its object where the parser hangs the gerund there ("accused X of")
            if at.i not in verbs and at.dep_ in ("dobj", "obj"):
                at = at.head
            if at.i not in verbs:
                continue
            accuse = next((e for e in verbs[at.i].events if e.event_type == "ACCUSE"), None)
            if accuse is None:
                continue
            for e in c.events:
                if e.source is None and accuse.target is not None:
                    e.source = replace(accuse.target)
                e.modality = "reported"
                if accuse.source is not None:
                    e.claimant = replace(accuse.source)

    def _named_party(self, c: Candidate, sent: Span, ctx: SentenceContext) -> bool:
        """Whether a candidate's source or target is an actor or a name: a named agent is rarely off-topic, and the
        models know actors by the dictionary's names only. A name counts whatever label the NER gives it or not
        ("Gondor" as a WORK_OF_ART), and so does one inside the phrase the rules' event takes as the party ("the
        incursion of the personnel of Kurti's special police": the head is "personnel"), and a pair that coreference
        gives the names of the story's last pair ("Both countries also committed to ...")."""
        def named(t: Token) -> bool:
            return t.pos_ == "PROPN" and t.ent_type_ not in self.NON_AGENT_ENTS

        if any(t is not None and (self.args.actorish(t) or named(t)) for t in (c.source, c.target)):
            return True
        for e in c.events:
            for m in (e.source, e.target):
                if m is not None and m.kind != "author":
                    span = sent.doc.char_span(m.start - ctx.offset, m.end - ctx.offset, alignment_mode="expand")
                    if span is not None and any(named(t) for t in span):
                        return True
                    # "both countries", "the two sides": coreference makes them the story's last named pair
                    if span is not None and pair_mention(m, sent.doc.text[:span.start_char]):
                        return True
        return False

    def _political_token(self, tok: Token) -> bool:
        """A pronoun, a phrase with an entity of a state, people or organisation, or a noun of a political sector
        (data/type_model_policy.yaml)."""
        labels, sectors, _ = party_policy()
        if tok.pos_ == "PRON" or any(t.ent_type_ in labels for t in tok.subtree):
            return True
        return any(self.dictionary.sectors.get(fold(w)) in sectors for w in (tok.lemma_, tok.text))

    def _political_party(self, c: Candidate, sent: Span, ctx: SentenceContext) -> bool:
        """Whether a candidate's party is political (data/type_model_policy.yaml): an entity of a state, people or
        organisation, a name the actor dictionary knows, or a noun of a state's or armed group's sector, as its
        source or target (a pronoun always), or a word of the phrase the rules' event takes as the party, and a
        name the NER gives no label; or the story's last named pair ("both countries", as in _named_party). A
        party of no such kind is a person, a family, a company: the prior may veto its event (veto_private)."""
        labels, sectors, sentence_labels = party_policy()
        if any(e.label_ in sentence_labels for e in sent.ents):
            return True  # a sentence that names an organisation may be its business, whoever acts in it
        words: list[Token] = []
        for t in (c.source, c.target):
            if t is not None and t.pos_ == "PRON":
                # a pronoun's party is the story's, often a politician named sentences before (dateplace_dev's
                # 'She asked voters' of an opposition candidate): never private
                return True
            if t is not None:
                words.append(t)
        agents = [c.source] if c.source is not None else []
        for e in c.events:
            for m in (e.source, e.target):
                if m is not None and m.kind != "author":
                    span = sent.doc.char_span(m.start - ctx.offset, m.end - ctx.offset, alignment_mode="expand")
                    if span is not None and pair_mention(m, sent.doc.text[:span.start_char]):
                        return True  # "both countries": the story's last named pair, parties to its politics
                    words += list(span or ())
                    if m is e.source and span is not None:
                        agents.append(span.root)

        def sector_of(t: Token) -> set[str | None]:
            return {self.dictionary.sectors.get(fold(t.lemma_)), self.dictionary.sectors.get(fold(t.text))}
        for t in words:
            # a name the NER gives no label is no person it knows either ("Arnor", "Gollum"): an unknown state, group
            # or figure, as an invented one is
            if t.ent_type_ in labels or t.pos_ == "PROPN" and not t.ent_type_:
                return True
            # a title is a proper noun where it is capitalised ("Prime Minister Romendacil")
            if t.pos_ in ("NOUN", "PROPN") and sector_of(t) & sectors:
                return True
        # a crowd of civilians that acts ("speared to death by villagers", "protesters stormed"): a party to communal
        # or political strife, as event data codes rioters and protesters; as the victim ("floods killed 40
        # villagers") it makes no act political, and a private person or a family never does
        if any(t.pos_ == "NOUN" and t.tag_ == "NNS" and "CVL" in sector_of(t) for t in agents):
            return True
        at = {t.i for t in words if t.pos_ == "PROPN"}
        for e in sent.ents:
            if at.intersection(range(e.start, e.end)):
                name = [t for t in e if t.lower_ != "the" and t.tag_ != "POS"]
                if name and self.dictionary.lookup(fold(" ".join(t.text for t in name))):
                    return True
        return False

    def _named_place(self, c: Candidate) -> bool:
        """Whether a noun of victims is placed at a named place ("innocent human casualties in North Mitrovica"):
        a report of casualties and where is a concrete act of violence, though it names no party, so the
        sentence-level prior (which knows a report by its actors) does not veto it. Other nouns of acts with a
        place are not enough: in typing_train they are mostly background ("the 2006 riots in Nuku'alofa", "combat
        in Iraq"), and casualties in a sentence that names a hazard or an accident are its toll ("Floods caused
        heavy casualties in Pakistan")."""
        if not c.nominal or not outcome(c) or c.tok.lemma_.lower() not in self.decision.senses["victim_nouns"]:
            return False
        if any(self.decision._is_hazard(t) for t in c.tok.sent):
            return False
        return any(ch.dep_ == "prep" and ch.lower_ in LOC_PREPS and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in LOC_LABELS for g in ch.children)
            for ch in c.tok.children)

    def _apply(self, sent: Span, ctx: SentenceContext, c: Candidate, t: str | None) -> None:
        """Make a candidate's events say what the type decision decided."""
        main = outcome(c)
        # the decision is about main events: calls, negations and hypotheticals stay as the rules built them
        others = [e for e in c.events if e.modality not in MAIN_MODALITIES]
        if t is None:
            c.events = others
            return
        if t in main:
            c.events = [e for e in c.events if e.event_type == t or e.modality not in MAIN_MODALITIES]
            return
        lemma = c.tok.lemma_.lower()
        keep = c.raw if c.raw is not None and c.raw.event_type == t else None
        pat = keep or Pattern(lemma, c.raw.extra if c.raw is not None and not c.nominal else (), t, None,
                              self.decision.cameo_root(t), 0, "type model")
        source, target, things = c.source, c.target, getattr(c, "things", (None, None))
        if not c.nominal:
            # the same argument assignment as a rule event of that type (valency, instruments, senses)
            sensed, source, target, things = self.verb_roles(c.tok, pat)
            if sensed is None:
                c.events = others  # a hazard's "killed": the sense rules say it is no event
                return
            pat = sensed
        new = self.assembler.build(sent, ctx, c.tok, pat, source, target, self._sent_claimant_for(c.tok),
                                   nominal=c.nominal, things=things)
        c.events = others + [e for e in new if e.modality in MAIN_MODALITIES or not others]
