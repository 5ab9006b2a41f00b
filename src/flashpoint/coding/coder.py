"""Rule-based PLOVER event coder on spaCy's dependency parse.

For each sentence: find triggers and decide their type (`decision.py`, triggers in
`data/verb_patterns.yaml`), take source/target and place from the parse (`arguments.py`), set
modality and claimant (`attribution.py`) and write the events (`assembly.py`). Actor codes, places
and dates are filled by later stages from the mentions and spans recorded here.
"""
from __future__ import annotations

import yaml
from spacy.tokens import Span, Token

from ..actors.dictionary import ActorDictionary, load_dictionary
from ..records import Event
from .arguments import Arguments, SentenceContext
from .assembly import EventAssembler
from .attribution import Attribution
from .decision import TypeDecision
from .patterns import DATA, NOT_EVENT, Pattern, PatternSet, load_patterns
from .syntax import LOC_PREPS, background_noun, child, embedded, in_quotes, pobj, under_trigger
from .typemodel import (MAIN_MODALITIES, Candidate, TypeModel, decide, features, load_model, outcome,
                        relevance_features, sentence_features)
from .valency import Valency

__all__ = ["Coder", "SentenceContext", "in_quotes", "LOC_PREPS"]


class Coder:
    def __init__(self, patterns: PatternSet | None = None, dictionary: ActorDictionary | None = None,
                 model: TypeModel | None | bool = True):
        self.p = patterns or load_patterns()
        d = self.dictionary = dictionary or load_dictionary()
        self.args = Arguments(self.p, set(d.sectors))
        self.attribution = Attribution(self.p, self.args)
        self.decision = TypeDecision(self.p)
        self.assembler = EventAssembler(self.args, self.attribution, self.decision)
        # a capitalised word in the actor dictionary names an owner ("Ukrainian drones"), whatever its tag
        self.valency = Valency(self.args.actorish, lambda t: t.text[:1].isupper() and bool(d.lookup(t.lower_)))
        # the learned type decision (typemodel.py), when data/type_model_policy.yaml loads it; False: rules alone
        if model is True:
            model = load_model() if yaml.safe_load((DATA / "type_model_policy.yaml").read_text("utf-8"))["load"] \
                else None
        self.model = model or None

    def candidates(self, sent: Span, ctx: SentenceContext, unlisted: bool = False
                   ) -> tuple[list[Candidate], set[int], set[int]]:
        """Every trigger the rules find, with the events they build from it, and with ``unlisted``
        every other verb in a main position. Returns the candidates, the verb trigger ids and the
        tokens that are part of a trigger."""
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
                    m = self.decision.light_verb(tok)
                    light = m is not None
                if m:
                    verb_hits.append((tok, *m, light))
                    for c in tok.children:
                        if c.lemma_.lower() in m[1] or c.lower_ in m[1]:
                            consumed.add(c.i)
        claimant_tok, claim_scope = self.attribution.sentence_claimant(sent)

        def sent_claimant_for(trig: Token) -> Token | None:
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
                roles = self.valency.noun_roles(source, target)
                source, target = roles.source, roles.target
                loc = self.args.location(tok)
                if source is None and target is None and loc is None and roles.object is None:
                    consumed.add(tok.i)  # (nor is it read as an accusation)
                    continue
                cand = Candidate(tok, True, raw=m, pat=m, source=source, target=target)
                cand.things = (roles.instrument, roles.object)
                cand.events = build(sent, ctx, tok, m, source, target, sent_claimant_for(tok), nominal=True,
                                    things=cand.things)
                cands.append(cand)
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
        pat = self.decision.sense(v, pat0, source)
        if pat is None:
            return None, source, target, (None, None)
        if target is None and pat.src.startswith("light verb"):
            # "mounted an invasion of South Lebanon": the noun's patient is the target
            noun = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
            target = pobj(noun, self.decision.senses["light_noun_target_preps"]) if noun is not None else None
        subj = source
        passive = self.args.subject(v)[1] or child(v, {"auxpass"}) is not None
        roles = self.valency.verb_roles(v, source, target, passive=passive)
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
        if source is None and v.lemma_.lower() in self.decision.senses["weapon_subject_verbs"]:
            # "a missile hit the governor's residence": only where whose weapon it was is said ("a Russian
            # missile hit", "insurgent fire hit"); an unowned hit restates the attack the story codes elsewhere
            return None, source, target, (None, None)
        return pat, source, target, (roles.instrument, roles.object)

    @staticmethod
    def main_candidates(cands: list[Candidate]) -> list[Candidate]:
        """The candidates the type model decides: those not inside the clause of another trigger the
        rules kept. A speech act the rules derive from an action's modality ("will allow" is AGREE,
        "must stop" a REQUEST) is CAMEO's logic, not a sense, and stays as the rules built it."""
        live = {c.tok.i for c in cands if c.events and not c.nominal}
        return [c for c in cands if not embedded(c.tok, live) and
                not (c.pat is not None and outcome(c) and c.pat.event_type not in outcome(c))]

    def code_sentence(self, sent: Span, ctx: SentenceContext) -> list[Event]:
        model = self.model
        cands, verb_trigger_ids, consumed = self.candidates(sent, ctx, unlisted=model is not None)
        if model is not None:
            main = self.main_candidates(cands)
            sf = sentence_features(sent, self.decision, self.dictionary)
            feats = [features(c, self.decision, self.args, sf) for c in main]
            probs = [model.proba(f) for f in feats]
            for c in main:
                # a name the NER left untyped counts: a named agent is rarely off-topic
                c.actor = any(t is not None and (self.args.actorish(t) or t.pos_ == "PROPN" and not t.ent_type_)
                              for t in (c.source, c.target))
            decided = decide(main, probs, model, model.relevance(relevance_features(feats)))
            final = {id(c): {t} for c, t in zip(main, decided)}
            for c, t in zip(main, decided):
                if t is not None and not outcome(c) and any(
                        o is not c and t in final.get(id(o), outcome(o)) and c.tok.is_ancestor(o.tok) for o in cands):
                    # "said he is prepared to lift the ban": the rules already code the AGREE in the complement,
                    # with its target; the verb of saying would only take it, without one
                    t = None
                self._apply(sent, ctx, c, t)
        self._one_toll(cands)
        events = [e for c in cands for e in c.events]
        if model is not None:
            # the clauses of triggers that yield nothing (a hazard's "exploded") are not embedded in them
            verb_trigger_ids = {c.tok.i for c in cands if c.events and not c.nominal}
        if ctx.is_statement:
            for tok in sent:
                if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed and tok.i not in verb_trigger_ids and \
                        self.decision.is_accusation_noun(tok):
                    events += self.assembler.noun_accusation(sent, ctx, tok)
        contexts = self.decision.contexts(sent)
        for ev in events:
            ev.context = ",".join(contexts) or self.decision.context_default.get(ev.event_type)
        for ev in events:
            tok = sent.doc.char_span(ev.trigger_start - ctx.offset, ev.trigger_end - ctx.offset)
            if tok is not None:
                ev.embedded = embedded(tok.root, verb_trigger_ids) or ev.nominal and background_noun(tok.root)
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
            if k is None:
                continue
            # "attacks which have killed and injured civilians": the victims hang on the second verb only
            drop = k if any(e.target for e in c.events) and not any(e.target for e in k.events) else c
            drop.events = [e for e in drop.events if e.event_type != "ASSAULT"]

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
