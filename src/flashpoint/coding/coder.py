"""Rule-based PLOVER event coder on spaCy's dependency parse.

For each sentence: find triggers and decide their type (`decision.py`, triggers in
`data/verb_patterns.yaml`), take source/target and place from the parse (`arguments.py`), set
modality and claimant (`attribution.py`) and write the events (`assembly.py`). Actor codes, places
and dates are filled by later stages from the mentions and spans recorded here.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.dictionary import ActorDictionary, load_dictionary
from ..records import Event
from .arguments import Arguments, SentenceContext
from .assembly import EventAssembler
from .attribution import Attribution
from .decision import TypeDecision
from .patterns import Pattern, PatternSet, load_patterns
from .syntax import LOC_PREPS, child, embedded, in_quotes, pobj, under_trigger
from .valency import Valency

__all__ = ["Coder", "SentenceContext", "in_quotes", "LOC_PREPS"]


class Coder:
    def __init__(self, patterns: PatternSet | None = None, dictionary: ActorDictionary | None = None):
        self.p = patterns or load_patterns()
        d = dictionary or load_dictionary()
        self.args = Arguments(self.p, set(d.sectors))
        self.attribution = Attribution(self.p, self.args)
        self.decision = TypeDecision(self.p)
        self.assembler = EventAssembler(self.args, self.attribution, self.decision)
        # a capitalised word in the actor dictionary names an owner ("Ukrainian drones"), whatever its tag
        self.valency = Valency(self.args.actorish, lambda t: t.text[:1].isupper() and bool(d.lookup(t.lower_)))

    def code_sentence(self, sent: Span, ctx: SentenceContext) -> list[Event]:
        events: list[Event] = []
        consumed: set[int] = set()
        verb_hits: list[tuple[Token, Pattern, set[str]]] = []
        for tok in sent:
            if tok.pos_ == "VERB":
                m = self.decision.match_verb(tok)
                if m is None:
                    m = self.decision.light_verb(tok)
                if m:
                    verb_hits.append((tok, *m))
                    for c in tok.children:
                        if c.lemma_.lower() in m[1] or c.lower_ in m[1]:
                            consumed.add(c.i)
        claimant_tok, claim_scope = self.attribution.sentence_claimant(sent)

        def sent_claimant_for(trig: Token) -> Token | None:
            return claimant_tok if claim_scope is None or trig.i in claim_scope else None

        build = self.assembler.build
        for v, pat0, _ in verb_hits:
            source, target = self.args.verb_args(v, pat0)
            pat = self.decision.sense(v, pat0, source)
            if pat is None:
                continue
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
            events += build(sent, ctx, v, pat, source, target, sent_claimant_for(v), nominal=False,
                            things=(roles.instrument, roles.object))
            if pat.event_type == "REQUEST":
                events += self.assembler.extra_request_targets(sent, ctx, v, pat, source, sent_claimant_for(v))
        verb_trigger_ids = {v.i for v, _, _ in verb_hits}
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed or tok.i in verb_trigger_ids:
                continue
            m = self.decision.match_noun(tok)
            if m is not None and under_trigger(tok, verb_trigger_ids):
                m = None  # "condemned the attack", "rejected an offer to host a summit": the verb codes it
            if m is not None:
                source, target = self.args.noun_args(tok)
                roles = self.valency.noun_roles(source, target)
                source, target = roles.source, roles.target
                loc = self.args.location(tok)
                if source is None and target is None and loc is None and roles.object is None:
                    continue
                events += build(sent, ctx, tok, m, source, target, sent_claimant_for(tok), nominal=True,
                                things=(roles.instrument, roles.object))
            if ctx.is_statement and self.decision.is_accusation_noun(tok):
                events += self.assembler.noun_accusation(sent, ctx, tok)
        contexts = self.decision.contexts(sent)
        for ev in events:
            ev.context = ",".join(contexts) or self.decision.context_default.get(ev.event_type)
        for ev in events:
            tok = sent.doc.char_span(ev.trigger_start - ctx.offset, ev.trigger_end - ctx.offset)
            if tok is not None:
                ev.embedded = embedded(tok.root, verb_trigger_ids)
        return events
