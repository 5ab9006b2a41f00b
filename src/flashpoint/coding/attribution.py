"""Modality and attribution: is a trigger asserted, requested, negated, hypothetical or reported,
and whose claim is it (the author, a quoted speaker, "according to X", "as noted by X")?"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import Mention
from .arguments import Arguments, SentenceContext
from .patterns import PatternSet, lexicon
from .syntax import SUBJ, agent, child, in_quotes

_L = lexicon()


@dataclass
class Attributed:
    modality: str
    mod_head: Token | None  # the request/negating/intent verb above the trigger, if any
    speaker: Token | None  # subject of the verb of saying the trigger is reported under
    claimant: Mention


class Attribution:
    def __init__(self, patterns: PatternSet, args: Arguments):
        self.p = patterns
        self.args = args

    def attribute(self, trig: Token, ctx: SentenceContext, sent_claimant: Token | None, *, nominal: bool,
                  force_source_author: bool = False) -> Attributed:
        modality, mod_head = self.modality(trig) if not nominal else ("asserted", None)
        if modality == "asserted" and not nominal:
            req = self.infinitive_under_request(trig)
            if req is not None:
                modality, mod_head = "requested", req
        if nominal and trig.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and trig.head.pos_ == "VERB":
            m2, h2 = self.modality(trig.head)
            if m2 != "asserted":
                modality, mod_head = m2, h2
        speaker = self.speaker(trig)
        claimant_tok = None
        if modality == "requested" and mod_head is not None:
            claimant_tok, _ = self.args.subject(mod_head)
        if claimant_tok is None and speaker is not None:
            claimant_tok = speaker
        if claimant_tok is None and sent_claimant is not None and not force_source_author:
            claimant_tok = sent_claimant
        if claimant_tok is not None:
            claimant = self.args.mention(claimant_tok, ctx)
        elif in_quotes(trig):
            # quoted words whose speaker the parse does not show: not the author's own claim
            claimant = Mention(text="(quoted speaker)", start=-1, end=-1, kind="quoted", unresolved=True)
        else:
            claimant = author_mention(ctx)
        if claimant.kind != "author" and modality == "asserted":
            modality = "reported"
        return Attributed(modality, mod_head, speaker, claimant)

    def modality(self, t: Token, depth: int = 0) -> tuple[str, Token | None]:
        """(modality, request/negating head whose subject is the claimant); follows complement chains."""
        if any(c.dep_ == "neg" or c.lower_ in _L.negation_words_set for c in t.children):
            return "negated", None
        if any(c.dep_ == "aux" and c.lower_ in _L.obligation_aux_set for c in t.children):
            return "requested", None
        if any(c.dep_ == "aux" and c.lower_ in self.p.hypothetical_aux for c in t.children):
            return "hypothetical", None
        if any(c.dep_ == "mark" and c.lower_ in _L.condition_marks_set for c in t.children):
            return "hypothetical", None
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children) and (
                t.dep_ == "acl" and t.head.lower_ in _L.aim_nouns_set or
                t.dep_ == "advcl" and any(c.dep_ in ("dobj", "obj") and c.lower_ in _L.aim_nouns_set
                                          for c in t.head.children)):
            # an aim, not a deed: "an operation to capture a Taliban leader", "in order to arrest the suspects",
            # "conducted an operation to capture ..." (the parser hangs the aim on the verb of its noun)
            return "hypothetical", None
        h = t.head
        if depth > 4 or h.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "relcl"):
            return "asserted", None
        lemma = h.lemma_.lower()
        has_to = any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
        if lemma in _L.need_verbs_set and t.dep_ == "xcomp" and has_to:
            return "requested", None
        if lemma in self.p.negating_verbs and t.dep_ in ("xcomp", "conj"):
            return "negated", h
        if lemma in self.p.request_verbs and t.dep_ in ("xcomp", "ccomp", "conj", "advcl") and (has_to or t.dep_ != "conj"):
            return "requested", h
        if lemma in self.p.hypothetical_verbs and t.dep_ == "xcomp":
            return "hypothetical", h
        if t.dep_ in ("xcomp", "conj", "advcl", "pcomp") and t.dep_ != "relcl":
            return self.modality(h, depth + 1)
        return "asserted", None

    def infinitive_under_request(self, t: Token) -> Token | None:
        """'urge X to do everything in their power to protect Y': the request verb above an infinitive."""
        if not any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
            return None
        node = t
        for _ in range(8):
            if node.dep_ in ("relcl", "ROOT") or node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in self.p.request_verbs:
                return node
        return None

    def speaker(self, t: Token) -> Token | None:
        """Subject of the nearest verb of saying that ``t`` is reported under."""
        node = t
        while node.head.i != node.i:
            parent = node.head
            if parent.lemma_.lower() in self.p.speech_verbs and node.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl"):
                s = child(parent, SUBJ)
                if s is not None:
                    return s
            node = parent
        for c in t.children:  # "X attacked Y, officials said" parsed with the speech verb below
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.p.speech_verbs:
                s = child(c, SUBJ)
                if s is not None:
                    return s
        return None

    def sentence_claimant(self, sent: Span) -> tuple[Token | None, set[int] | None]:
        """'..., as also noted by X' / 'according to X': X, and the token ids of the clause X claims
        (None: the whole sentence)."""
        for tok in sent:
            if tok.lemma_.lower() in self.p.speech_verbs and tok.dep_ == "advcl":
                ag = agent(tok)
                if ag is not None and any(c.lower_ == "as" for c in tok.children):
                    return ag, self._attached_clause(tok)
            if tok.lower_ == "according":
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                if to is not None:
                    p = child(to, {"pobj"})
                    if p is not None:
                        return p, None
        return None, None

    @staticmethod
    def _attached_clause(marker: Token) -> set[int] | None:
        """A trailing ", as noted by X" covers the clause just before it, not the whole sentence: the
        parser hangs it on the root, so walk up from the word before the comma to the nearest finite
        subordinate clause (relative, complement or adverbial)."""
        start = min(t.i for t in marker.subtree)
        prev = marker.doc[start - 1] if start > marker.sent.start else None
        if prev is not None and prev.is_punct and prev.i > marker.sent.start:
            prev = marker.doc[prev.i - 1]
        if prev is None or prev.i >= marker.i:
            return None
        node = prev
        for _ in range(12):
            if node.dep_ in ("relcl", "ccomp", "advcl") and node.i != marker.i:
                return {t.i for t in node.subtree}
            if node.head.i == node.i:
                return None
            node = node.head
        return None


def author_mention(ctx: SentenceContext) -> Mention:
    a = ctx.author
    return Mention(text=a.text, start=a.start, end=a.end, kind="author", actor=a.actor,
                   unresolved=a.unresolved, query=a.query)
