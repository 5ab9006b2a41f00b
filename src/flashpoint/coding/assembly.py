"""Event assembly: one `Event` per (source, target) pair of a trigger, plus the speech acts its
modality implies, each with its claimant, place span and evidence offsets."""
from __future__ import annotations

import hashlib

from spacy.tokens import Span, Token

from .. import CODER_VERSION
from ..nlp import span_text
from ..records import Event, Mention
from .arguments import Arguments, SentenceContext
from .attribution import Attribution
from .decision import TypeDecision
from .patterns import Pattern
from .valency import victim_query, words as valency_words
from .syntax import FIRST_PERSON, SUBJ, child, contiguous, np_tokens, tok_span


class EventAssembler:
    def __init__(self, args: Arguments, attribution: Attribution, decision: TypeDecision):
        self.args = args
        self.attribution = attribution
        self.decision = decision

    def build(self, sent: Span, ctx: SentenceContext, trig: Token, pat: Pattern, source: Token | None,
              target: Token | None, sent_claimant: Token | None, *, nominal: bool,
              force_source_author: bool = False,
              things: tuple[Token | None, Token | None] = (None, None)) -> list[Event]:
        att = self.attribution.attribute(trig, ctx, sent_claimant, nominal=nominal,
                                         force_source_author=force_source_author)
        modality, claimant = att.modality, att.claimant
        sources = self.args.mentions(source, ctx) if not force_source_author else [claimant]
        targets = self.args.mentions(target, ctx, sides=True)
        if source is not None and target is not None and any(c.i == target.i for c in source.conjuncts) and sources:
            # two sides of one coordination ("clashes between A and B"): A against the others, not each pair
            at = source.idx + ctx.offset
            sources = [m for m in sources if m.start <= at < m.end][:1] or sources[:1]
            targets = [t for t in targets if (t.start, t.end) != (sources[0].start, sources[0].end)]
        if source is not None and target is not None and source.i == target.i and \
                len(sources) >= valency_words().multilateral_parties:
            targets = []  # a joint act of many parties is multilateral: each attends, no dyads (valency.yaml)
        if att.speaker is not None and claimant.kind != "author":
            # first person inside a quotation is the quoted speaker, not the document's author
            sources = [claimant if s.kind in ("author", "quoted") else s for s in sources]
            targets = [claimant if t.kind in ("author", "quoted") else t for t in targets]
        instrument, obj = (thing_mention(t, ctx.offset) for t in things)
        for t in targets:
            victim_query(t, pat.event_type)
        if not nominal and not sources and not targets and (
                pat.event_type not in ("ASSAULT", "COERCE") or obj is None and instrument is None):
            # a verb with no actor at all ("to protect their lives") is not an event; force used on a thing or
            # with a weapon is one ("The shipment was seized", "A second bomb exploded")
            return []
        derived = [] if nominal else self.decision.derived(trig, pat, modality, att.mod_head, claimant, sources,
                                                           targets, ctx.is_statement)
        loc_text, loc_span = self.args.location_span(sent, trig, ctx.offset)
        trig_start = trig.idx + ctx.offset

        def event(event_type: str, mode: str | None, cameo: str | None, s: Mention | None, t: Mention | None,
                  **kw) -> Event:
            key = (f"{ctx.doc_id}|{ctx.sentence_index}|{trig_start}|{event_type}|{s and (s.start, s.query)}|"
                   f"{t and (t.start, t.query)}")
            return Event(id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=ctx.doc_id,
                         sentence_index=ctx.sentence_index, sentence_start=sent.start_char + ctx.offset,
                         sentence_text=span_text(sent), event_type=event_type, mode=mode, cameo=cameo,
                         trigger_text=trig.text, trigger_start=trig_start, trigger_end=trig_start + len(trig.text),
                         source=s, target=t, claimant=claimant, instrument=instrument, object=obj,
                         coder_version=CODER_VERSION, **kw)

        out = []
        for s in sources or [None]:
            for t in targets or [None]:
                if s is not None and t is not None and (s.start, s.end) == (t.start, t.end):
                    continue
                out.append(event(pat.event_type, pat.mode, pat.cameo, s, t, modality=modality, nominal=nominal,
                                 location_text=loc_text, location_span=loc_span))
        for dtype, dsources, dtargets in derived:
            for s in dsources or [None]:
                for t in dtargets or [None]:
                    if s is not None and t is not None and (s.start, s.end) == (t.start, t.end):
                        continue  # "A and B failed to reach a deal": each one's partner, never itself
                    out.append(event(dtype, pat.mode if dtype == "REJECT" else None, self.decision.cameo_root(dtype),
                                     s, t, modality="asserted" if claimant.kind == "author" else "reported",
                                     nominal=False, location_text=loc_text if out else None,
                                     location_span=loc_span if out else None))
        return out

    def extra_request_targets(self, sent: Span, ctx: SentenceContext, v: Token, pat: Pattern,
                              source: Token | None, sent_claimant: Token | None) -> list[Event]:
        """'We urge X, as well as Y, to ...': Y is parsed as the subject of the requested verb."""
        out = []
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                subj = child(c, SUBJ)
                if subj is not None and subj.lower_ not in FIRST_PERSON:
                    out += self.build(sent, ctx, v, pat, source, subj, sent_claimant, nominal=False)
        return out

    def noun_accusation(self, sent: Span, ctx: SentenceContext, n: Token) -> list[Event]:
        """In a statement, ascribing 'terror'/'violence'/... to an actor is the author's accusation."""
        ag, _ = self.args.noun_args(n)
        if n.lemma_.lower() in self.args.p.of_patient_nouns:
            ag = child(n, {"poss"}) or ag
            if ag is None and n.dep_ == "pobj" and n.head.head.pos_ == "NOUN":
                ag = child(n.head.head, {"poss"})
        if ag is None or ag.lower_ in FIRST_PERSON:
            return []
        pat = self.decision.accusation_pattern(n)
        return self.build(sent, ctx, n, pat, None, ag, None, nominal=True, force_source_author=True)


def thing_mention(head: Token | None, offset: int) -> Mention | None:
    """An instrument or object with its coordinated parts: "tear gas and rubber bullets" is one thing."""
    if head is None:
        return None
    toks = np_tokens(head)
    for c in head.conjuncts:
        if c.i > head.i:
            toks += [c] + np_tokens(c)
    toks = contiguous(toks)
    while len(toks) > 1 and (toks[0].dep_ in ("det", "punct", "cc", "predet", "poss", "case") or toks[0].is_punct
                             or toks[0]._.barred):  # "KHARTOUM, Oct 3 - Israeli strikes": the strikes
        toks = toks[1:]
    text, s, e = tok_span(toks, offset)
    return Mention(text=text, start=s, end=e, kind="thing", unresolved=True)
