"""Rule-based PLOVER event coder on spaCy's dependency parse.

For each sentence: find triggers (verbs and event nouns from `data/verb_patterns.yaml`), take
source/target from the parse (active and passive voice, coordination, control verbs, first
person), and set modality and claimant from the trigger's syntactic context. Actor codes,
places and dates are filled by later stages from the mentions and spans recorded here.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .. import CODER_VERSION
from ..records import Event, Mention
from . import dateline as _dateline  # noqa: F401  (registers Token._.barred)
from .patterns import Pattern, PatternSet, load_patterns

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj"}
TARGET_PREPS = ("on", "upon", "to", "with", "against", "at", "into", "toward", "towards", "over", "from")
LOC_PREPS = {"in", "at", "near", "across", "outside", "inside", "throughout", "around", "within", "along"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
THIRD_PERSON = {"he", "him", "his", "she", "her"}
MENTION_DEPS = {"det", "amod", "compound", "poss", "case", "nmod", "nummod", "quantmod", "appos", "punct", "prep",
                "pobj", "advmod", "predet", "npadvmod"}
LOC_LABELS = {"GPE", "LOC", "FAC"}
# CAMEO's logic: intent to cooperate is AGREE (03), intent to harm is THREATEN (13), declining to
# cooperate is REJECT (12), and "X must do Y" said by Z is Z's REQUEST (10).
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}
DERIVED = {"AGREE": ("03", None), "THREATEN": ("13", None), "REJECT": ("12", None), "REQUEST": ("10", None)}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass
class SentenceContext:
    """What the coder needs to know about the document around a sentence."""
    doc_id: str
    sentence_index: int
    offset: int  # char offset of the spaCy doc (segment) inside the Document text
    author: Mention  # template for first-person mentions; span filled per use
    is_statement: bool
    recent_persons: list[tuple[str, int, int]] = field(default_factory=list)


def _tok_span(tokens: list[Token], offset: int) -> tuple[str, int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    doc = tokens[0].doc
    return doc.text[start:end], start + offset, end + offset


def in_quotes(tok: Token) -> bool:
    """Inside a quotation on its paragraph (odd number of quote marks before it)."""
    text = tok.doc.text
    line_start = text.rfind("\n", 0, tok.idx) + 1
    seg = text[line_start:tok.idx]
    return (seg.count('"') + seg.count("\u201c") + seg.count("\u201d")) % 2 == 1


def _np_tokens(head: Token, *, with_of: bool = True) -> list[Token]:
    """The noun phrase of ``head``: modifiers, possessors, 'of' PPs, parenthetical appositions."""
    keep = [head]
    for child in head.children:
        if child.dep_ in ("conj", "cc", "relcl", "acl", "advcl") or child.dep_ == "punct" and child.i > head.i:
            continue
        if child.dep_ == "prep" and (not with_of or child.lower_ != "of"):
            continue
        if child.dep_ in MENTION_DEPS:
            keep.extend(_np_tokens(child, with_of=with_of))
    # trailing ")" of a parenthetical apposition
    for child in head.children:
        if child.dep_ == "appos":
            nxt = child.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.text == ")":
                keep.append(nxt)
    return keep


def _contiguous(tokens: list[Token]) -> list[Token]:
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    doc = tokens[0].doc
    return [doc[i] for i in range(lo, hi + 1)]


NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"}
QUANTIFIERS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "group", "number", "some", "many",
               "scores", "score", "crowd", "band", "member", "members", "part", "majority", "several", "most"}


def _load_contexts() -> tuple[dict[str, set[str]], dict[str, str]]:
    import yaml

    from .patterns import DATA

    data = yaml.safe_load((DATA / "contexts.yaml").read_text("utf-8"))
    return {k: set(v) for k, v in data["cues"].items()}, data.get("default", {})


class Coder:
    def __init__(self, patterns: PatternSet | None = None):
        self.p = patterns or load_patterns()
        self._context_cues, self._context_default = _load_contexts()
        from ..actors.dictionary import load_dictionary

        # group nouns that denote actors ("police", "authorities"): the same list the resolver uses
        self._actor_nouns = set(load_dictionary().sectors)
        # verbs of verbal conflict/cooperation: a participle of these ("..., accusing Y") is the main subject's act
        self._verbal_lemmas = {lemma for lemma, pats in self.p.verbs.items()
                               if any(pt.event_type in VERBAL_TYPES for pt in pats)}

    def _actorish(self, tok: Token) -> bool:
        if tok.ent_type_ in ACTOR_LABELS or tok.lower_ in FIRST_PERSON | THIRD_PERSON | {"they", "them"}:
            return True
        if tok.ent_type_ in NON_ACTOR_ENTS:
            return False
        return tok.lemma_.lower() in self._actor_nouns or tok.lower_ in self._actor_nouns

    def _actor_in(self, tok: Token | None) -> Token | None:
        """The actor inside a thing-phrase: "a U.S. request" -> U.S., "calls by Kofi Annan" -> Kofi Annan."""
        if tok is None or self._actorish(tok) or tok.pos_ != "NOUN":
            return tok
        if tok.ent_type_ in NON_ACTOR_ENTS:
            return None
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ != "PRON" and self._actorish(c):
                return c
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_LABELS:
                return c
        for prep in ("by", "from", "of"):
            p = self._pobj(tok, (prep,))
            if p is not None and self._actorish(p):
                return p
        return tok

    # -- triggers ----------------------------------------------------------------------------
    @staticmethod
    def _extra_matches(tok: Token, extra: tuple[str, ...]) -> bool:
        """Each extra word must be a child of the trigger or of another matched word."""
        frontier, todo = [tok], list(extra)
        changed = True
        while todo and changed:
            changed = False
            for w in list(todo):
                hit = next((c for f in frontier for c in f.children if c.lower_ == w or c.lemma_.lower() == w), None)
                if hit is not None:
                    frontier.append(hit)
                    todo.remove(w)
                    changed = True
        if todo and len(todo) == 1 and len(extra) == 1:
            # a measured object: "gave 5 million dollars of aid", "sent 700 kg of medicine"
            w = todo[0]
            for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
                for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                    if any(g.dep_ == "pobj" and (g.lemma_.lower() == w or g.lower_ == w) for g in of.children):
                        return True
        return not todo

    def _match(self, tok: Token, index: dict[str, list[Pattern]]) -> tuple[Pattern, set[str]] | None:
        cands = index.get(tok.lemma_.lower()) or index.get(tok.lower_)
        if not cands:
            return None
        best = None
        for pat in cands:
            if self._extra_matches(tok, pat.extra):
                if best is None or (pat.specificity, -pat.order) > (best.specificity, -best.order):
                    best = pat
        return (best, set(best.extra)) if best else None

    # -- mentions ----------------------------------------------------------------------------
    def _mention(self, head: Token, ctx: SentenceContext, of_context: Token | None = None) -> Mention:
        first_person = head.lower_ in FIRST_PERSON and head.pos_ == "PRON"  # "US" is a country, "us" is not
        if first_person and in_quotes(head):
            # "we" inside a quotation is the quoted speaker; _build swaps in the speaker when found
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="quoted", unresolved=True, query=None)
        if first_person:
            a = ctx.author
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="author", actor=a.actor, unresolved=a.unresolved, query=a.query or a.text)
        if head.lower_ in THIRD_PERSON:
            # nearest person named before it: in this sentence first, then in the previous ones
            here = [e.text for e in head.sent.ents if e.label_ == "PERSON" and e.end <= head.i]
            name = here[-1] if here else (ctx.recent_persons[-1][0] if ctx.recent_persons else None)
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="pronoun", query=name, unresolved=name is None)
        if head.pos_ == "PRON" and head.lower_ in ("it", "they", "them", "its", "their"):
            ante = self._antecedent(head)
            query = None
            if ante is not None:
                query = _tok_span(_contiguous(_np_tokens(ante)), 0)[0]
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="pronoun", query=query, unresolved=query is None)
        if head.pos_ == "ADP" or head.dep_ == "prep":
            return Mention(text=head.text, start=head.idx + ctx.offset, end=head.idx + len(head.text) + ctx.offset,
                           kind="np", unresolved=True, query=None)  # a misparsed "Near X" is not an actor
        toks = _contiguous(_np_tokens(head))
        # drop a leading determiner/punctuation for a tidy span
        while len(toks) > 1 and (toks[0].dep_ in ("det", "punct", "cc", "predet") or toks[0].is_punct):
            toks = toks[1:]
        while len(toks) > 1 and toks[-1].is_punct and toks[-1].text != ")":
            toks = toks[:-1]
        text, s, e = _tok_span(toks, ctx.offset)
        # a proper-noun head is a name even where the small NER model misses it
        kind = "entity" if head.pos_ == "PROPN" or any(t.ent_type_ in ACTOR_LABELS for t in toks) else "np"
        # the resolver sees the PPs too: "friends in the international community", "people in Kosovo"
        qtoks = _contiguous(_np_tokens(head, with_of=True) + [
            t for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
            for t in [c] + [x for p in c.children if p.dep_ == "pobj" for x in _np_tokens(p)]])
        query = _tok_span(qtoks, ctx.offset)[0]
        if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.pos_ == "NOUN" and \
                not any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children):
            # "the attack by armed men from X": the parser may hang "from X" on the noun, not on the men
            for c in head.head.head.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    p = self._child(c, {"pobj"})
                    if p is not None:
                        query = f"{query} from {_tok_span(_contiguous(_np_tokens(p)), 0)[0]}"
        if of_context is not None:
            base = _tok_span(_contiguous(_np_tokens(head, with_of=False)), 0)[0]
            query = f"{base} of {_tok_span(_contiguous(_np_tokens(of_context)), 0)[0]}"
        # "Pristina authorities led by Albin Kurti": the leader helps resolve the group
        for c in head.children:
            if c.dep_ == "acl" and c.lemma_ in ("lead", "head", "command", "control", "run"):
                agent = [a for a in c.children if a.dep_ == "agent"]
                if agent:
                    query = f"{query} led by {' '.join(t.text for t in agent[0].subtree if t.dep_ != 'agent')}"
        return Mention(text=text, start=s, end=e, kind=kind, query=query)

    def _inner_target(self, v: Token) -> Token | None:
        cands = []
        obj = self._child(v, OBJ)
        if obj is not None:
            cands += [self._actor_in(self._quantified(obj)), self._pobj(obj, TARGET_PREPS)]
        cands.append(self._pobj(v, TARGET_PREPS))
        for c in v.children:  # "cut off electricity to X"
            if c.dep_ == "prt":
                cands.append(self._pobj(c, TARGET_PREPS))
        return next((c for c in cands if c is not None and self._actorish(c)), None)

    def _antecedent(self, pron: Token) -> Token | None:
        """'X said it/they would ...' -> X; else the nearest earlier organisation or place in the sentence."""
        verb = pron.head
        node = verb
        for _ in range(3):
            if node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
                node = node.head
                subj = self._child(node, SUBJ)
                if subj is not None and subj.pos_ != "PRON" and subj.i < pron.i:
                    return self._quantified(subj)
            else:
                break
        cands = [e for e in pron.sent.ents if e.label_ in ("ORG", "GPE", "NORP") and e.end <= pron.i]
        return cands[-1].root if cands else None

    def _expand(self, head: Token) -> list[tuple[Token, Token | None]]:
        """Conjuncts of ``head``, each with a shared trailing 'of X' ("leaders and members of X")."""
        heads = [head] + [c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")]
        heads = sorted({t.i: t for t in heads}.values(), key=lambda t: t.i)
        shared_of = None
        last = heads[-1]
        for h in (last, heads[0]):
            for c in h.children:
                if shared_of is None and c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    pobj = [g for g in c.children if g.dep_ == "pobj"]
                    if pobj:
                        shared_of = pobj[0]
        out: list[tuple[Token, Token | None]] = []
        for h in heads:
            own_of = any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in h.children)
            # "the authorities of Serbia, Montenegro and the SCG" -> one mention per country
            of_pobj = next((g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), None)
            if of_pobj is not None and of_pobj.conjuncts and h.lemma_.lower() in (
                    "authority", "government", "leader", "people", "army", "police", "force", "president",
                    "representative", "minister", "parliament", "institution", "official"):
                for part in [of_pobj] + list(of_pobj.conjuncts):
                    out.append((h, part))
                continue
            out.append((h, None if own_of else shared_of))
        return out

    def _mentions(self, head: Token | None, ctx: SentenceContext) -> list[Mention]:
        if head is None:
            return []
        out = []
        pairs = self._expand(head)
        # "Israeli helicopters and tanks": the first conjunct's nationality applies to the others
        first = pairs[0][0]
        shared = [c.text for c in first.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
        for h, of_ctx in pairs:
            m = self._mention(h, ctx, of_ctx)
            own = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in h.children)
            if shared and h.i != first.i and not own and m.kind not in ("author", "quoted", "pronoun") and m.query:
                m.query = f"{' '.join(shared)} {m.query}"
            out.append(m)
        return out

    # -- arguments ---------------------------------------------------------------------------
    @staticmethod
    def _child(tok: Token, deps: set[str]) -> Token | None:
        # a dateline token (coding/dateline.py) is never an argument: "DHAKA, July 16 - Police fired ...";
        # the phrase the parser hung on it as an apposition is ("WASHINGTON, Jan 3 - US forces killed ...")
        for c in tok.children:
            if c.dep_ in deps:
                if not c._.barred:
                    return c
                app = next((a for a in c.children if a.dep_ == "appos" and not a._.barred), None)
                if app is not None:
                    return app
        return None

    @staticmethod
    def _agent(v: Token) -> Token | None:
        """The 'by X' of a passive: X."""
        return next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)

    def _pobj(self, tok: Token, preps: tuple[str, ...]) -> Token | None:
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                p = self._child(c, {"pobj"})
                if p is not None and p.ent_type_ not in NON_ACTOR_ENTS:
                    return p
        return None

    def _subject(self, v: Token) -> tuple[Token | None, bool]:
        """(subject, passive?) of a verb, inherited through xcomp/conj/relcl when absent."""
        s = self._child(v, SUBJ)
        if s is not None:
            return s, False
        sp = self._child(v, PASS_SUBJ)
        if sp is not None:
            return sp, True
        if v.dep_ == "xcomp":
            # object control: "urge X to V", "call on X to V" -> X is V's subject
            obj = self._child(v.head, OBJ) or self._pobj(v.head, ("on", "upon"))
            if obj is not None:
                return obj, False
            return self._subject(v.head)
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            return self._subject(v.head)
        if v.dep_ == "acomp" and v.head.i != v.i:  # "X is about to V", "X is ready to V"
            return self._subject(v.head)
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ in ("VERB", "AUX") and \
                v.lemma_.lower() in self._verbal_lemmas:
            return self._subject(v.head)  # "X disputed ..., accusing Y of ...": X accuses
        if v.dep_ == "relcl":
            rel = self._child(v, {"nsubj"})
            return (v.head, False) if rel is None else (rel, False)
        if v.dep_ == "acl" and self._child(v, {"auxpass"}) is not None or v.dep_ == "acl" and v.tag_ == "VBN":
            return v.head, True
        return None, False

    def _quantified(self, tok: Token | None) -> Token | None:
        """"Thousands of Iraqi Kurds", "a group of students": the people, not the number."""
        if tok is None:
            return None
        if tok.ent_type_ in ("CARDINAL", "QUANTITY") or tok.lemma_.lower() in QUANTIFIERS:
            inner = self._pobj(tok, ("of",))
            if inner is not None:
                return inner
        return tok

    def _verb_args(self, v: Token, pat: Pattern) -> tuple[Token | None, Token | None]:
        subj, passive = self._subject(v)
        subj = self._quantified(subj)
        agent = self._agent(v)
        # a preposition named by the pattern ("call on", "stand behind") introduces the target
        pat_preps = tuple(w for w in pat.extra if any(c.dep_ in ("prep", "dative") and c.lower_ == w for c in v.children))
        preps = pat_preps or TARGET_PREPS
        if passive or self._child(v, {"auxpass"}) is not None:
            source, target = agent, subj
            if target is None:
                target = self._child(v, OBJ)
        else:
            source = subj
            target = self._pobj(v, pat_preps) if pat_preps else None
            if target is None:
                target = self._child(v, OBJ)
                if target is not None and target.lemma_.lower() in pat.extra:
                    # the object is part of the trigger ("hold talks with X"): look further
                    target = self._pobj(target, preps) or self._pobj(v, preps)
            if target is None:
                target = self._pobj(v, preps)
            if target is None and pat.event_type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE"):
                # "demanded that the US cancel ...": the subject of the complement clause
                comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
                if comp is not None:
                    target = self._child(comp, SUBJ)
        if target is not None and target.lemma_.lower() in pat.extra and not self._actorish(target):
            # the noun is part of the trigger ("engage in a shootout with X"): its partner is the target
            target = self._pobj(target, TARGET_PREPS) or self._pobj(v, tuple(p for p in TARGET_PREPS if p not in pat.extra))
        if target is not None and target.ent_type_ in NON_ACTOR_ENTS:
            target = None
        if source is not None and source.ent_type_ in NON_ACTOR_ENTS:
            source = None
        target = self._actor_in(self._quantified(target))
        if target is None or not self._actorish(target):
            # "provided aid to Romania", "sent medicine to the Red Crescent": the recipient
            obj = self._child(v, OBJ)
            for prep in ("to", "for", "with", "against"):
                cand = self._pobj(v, (prep,)) or (self._pobj(obj, (prep,)) if obj is not None else None)
                if cand is not None and self._actorish(cand):
                    target = cand
                    break
        if target is None or not self._actorish(target):
            # "threatened to break relations with Russia", "agreed to release the hostages": the
            # complement's participant is the target of the speech act
            comp = next((c for c in v.children if c.dep_ == "xcomp"), None)
            if comp is not None:
                inner = self._inner_target(comp)
                if inner is not None:
                    target = inner
        if source is not None and source.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
            source = v.head
        return source, target

    def _noun_args(self, n: Token) -> tuple[Token | None, Token | None]:
        source = self._child(n, {"poss"})
        target = None
        by = self._pobj(n, ("by",))
        if by is not None:
            source = by
        of = self._pobj(n, ("of",))
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
                ag = self._agent(c)
                if ag is not None and source is None:
                    source = ag
        if target is None:
            target = self._pobj(n, ("on", "against", "into", "upon", "toward", "towards"))
        if source is None and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            # "his plan of ethnic cleansing" -> the planner
            source = self._child(n.head.head, {"poss"})
        if source is not None and source.pos_ == "PRON" and source.lower_ not in FIRST_PERSON | THIRD_PERSON:
            source = None
        return source, target

    def _location(self, tok: Token) -> Token | None:
        """A place phrase attached to the trigger, then to its clause head."""
        for anchor in (tok, tok.head if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") else None):
            if anchor is None:
                continue
            for c in anchor.children:
                if c.dep_ == "prep" and c.lower_ in LOC_PREPS:
                    p = self._child(c, {"pobj"})
                    if p is not None and (p.ent_type_ in LOC_LABELS or p.pos_ == "PROPN"):
                        return p
                    if p is not None and p.pos_ == "NOUN":
                        # "in four municipalities in the north of Kosovo": take the nested place
                        for g in p.subtree:
                            if g.ent_type_ in LOC_LABELS:
                                return g
        return None

    # -- modality ----------------------------------------------------------------------------
    def _modality(self, t: Token, depth: int = 0) -> tuple[str, Token | None]:
        """(modality, request/negating head whose subject is the claimant); follows complement chains."""
        if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in t.children):
            return "negated", None
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in t.children):
            return "requested", None
        if any(c.dep_ == "aux" and c.lower_ in self.p.hypothetical_aux for c in t.children):
            return "hypothetical", None
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return "hypothetical", None
        h = t.head
        if depth > 4 or h.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "relcl"):
            return "asserted", None
        lemma = h.lemma_.lower()
        has_to = any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
        if lemma in ("need", "have") and t.dep_ == "xcomp" and has_to:
            return "requested", None
        if lemma in self.p.negating_verbs and t.dep_ in ("xcomp", "conj"):
            return "negated", h
        if lemma in self.p.request_verbs and t.dep_ in ("xcomp", "ccomp", "conj", "advcl") and (has_to or t.dep_ != "conj"):
            return "requested", h
        if lemma in self.p.hypothetical_verbs and t.dep_ == "xcomp":
            return "hypothetical", h
        if t.dep_ in ("xcomp", "conj", "advcl", "pcomp") and t.dep_ != "relcl":
            return self._modality(h, depth + 1)
        return "asserted", None

    def _infinitive_under_request(self, t: Token) -> Token | None:
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

    def _speaker(self, t: Token) -> Token | None:
        """Subject of the nearest verb of saying that ``t`` is reported under."""
        node = t
        while node.head.i != node.i:
            parent = node.head
            if parent.lemma_.lower() in self.p.speech_verbs and node.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl"):
                s = self._child(parent, SUBJ)
                if s is not None:
                    return s
            node = parent
        for c in t.children:  # "X attacked Y, officials said" parsed with the speech verb below
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.p.speech_verbs:
                s = self._child(c, SUBJ)
                if s is not None:
                    return s
        return None

    def _sentence_claimant(self, sent: Span) -> Token | None:
        """'..., as also noted by X' / 'according to X': X claims the main clause."""
        for tok in sent:
            if tok.lemma_.lower() in self.p.speech_verbs and tok.dep_ == "advcl":
                agent = self._agent(tok)
                if agent is not None and any(c.lower_ == "as" for c in tok.children):
                    return agent
            if tok.lower_ == "according":
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                if to is not None:
                    p = self._child(to, {"pobj"})
                    if p is not None:
                        return p
        return None

    # -- main --------------------------------------------------------------------------------
    def code_sentence(self, sent: Span, ctx: SentenceContext) -> list[Event]:
        events: list[Event] = []
        consumed: set[int] = set()
        verb_hits: list[tuple[Token, Pattern, set[str]]] = []
        for tok in sent:
            if tok.pos_ == "VERB":
                m = self._match(tok, self.p.verbs)
                if m:
                    verb_hits.append((tok, *m))
                    for c in tok.children:
                        if c.lemma_.lower() in m[1] or c.lower_ in m[1]:
                            consumed.add(c.i)
        sent_claimant = self._sentence_claimant(sent)
        for v, pat, _ in verb_hits:
            source, target = self._verb_args(v, pat)
            events += self._build(sent, ctx, v, pat, source, target, sent_claimant, nominal=False)
            if pat.event_type == "REQUEST":
                events += self._extra_request_targets(sent, ctx, v, pat, source, sent_claimant)
        verb_trigger_ids = {v.i for v, _, _ in verb_hits}
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed or tok.i in verb_trigger_ids:
                continue
            m = self._match_noun(tok)
            if m is not None and self._under_trigger(tok, verb_trigger_ids):
                m = None  # "condemned the attack", "rejected an offer to host a summit": the verb codes it
            if m is not None:
                source, target = self._noun_args(tok)
                loc = self._location(tok)
                if source is None and target is None and loc is None:
                    continue
                events += self._build(sent, ctx, tok, m, source, target, sent_claimant, nominal=True)
            if ctx.is_statement and (tok.lemma_.lower() in self.p.accusation_nouns or tok.lower_ in self.p.accusation_nouns):
                events += self._noun_accusation(sent, ctx, tok)
        contexts = self._contexts(sent)
        for ev in events:
            ev.context = ",".join(contexts) or self._context_default.get(ev.event_type)
        triggers = {v.i for v, _, _ in verb_hits}
        for ev in events:
            tok = sent.doc.char_span(ev.trigger_start - ctx.offset, ev.trigger_end - ctx.offset)
            if tok is not None:
                ev.embedded = self._embedded(tok.root, triggers)
        return events

    def _contexts(self, sent: Span) -> list[str]:
        """PLOVER contexts whose cue words occur in the sentence (data/contexts.yaml), in file order."""
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        text = sent.text.lower()
        return [ctx for ctx, cues in self._context_cues.items()
                if any((c in text) if " " in c else (c in words) for c in cues)]

    @staticmethod
    def _embedded(tok: Token, triggers: set[int]) -> bool:
        node = tok
        for _ in range(8):
            if node.head.i == node.i or node.dep_ in ("relcl", "ROOT"):
                return False
            dep = node.dep_
            node = node.head
            if node.i in triggers and dep != "conj":
                return True
        return False

    @staticmethod
    def _under_trigger(tok: Token, triggers: set[int]) -> bool:
        node = tok
        for _ in range(4):
            if node.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "compound", "xcomp", "acl",
                                 "advcl", "npadvmod") or node.head.i == node.i:
                return False
            node = node.head
            if node.i in triggers:
                return True
        return False

    def _match_noun(self, tok: Token) -> Pattern | None:
        cands = self.p.nouns.get(tok.lower_) or self.p.nouns.get(tok.lemma_.lower())
        if not cands:
            return None
        mods = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
        best = None
        for pat in cands:
            if all(w in mods for w in pat.extra):
                if best is None or (pat.specificity, -pat.order) > (best.specificity, -best.order):
                    best = pat
        return best

    def _extra_request_targets(self, sent: Span, ctx: SentenceContext, v: Token, pat: Pattern,
                               source: Token | None, sent_claimant: Token | None) -> list[Event]:
        """'We urge X, as well as Y, to ...': Y is parsed as the subject of the requested verb."""
        out = []
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                subj = self._child(c, SUBJ)
                if subj is not None and subj.lower_ not in FIRST_PERSON:
                    out += self._build(sent, ctx, v, pat, source, subj, sent_claimant, nominal=False)
        return out

    def _noun_accusation(self, sent: Span, ctx: SentenceContext, n: Token) -> list[Event]:
        """In a statement, ascribing 'terror'/'violence'/... to an actor is the author's accusation."""
        agent, _ = self._noun_args(n)
        if n.lemma_.lower() in self.p.of_patient_nouns:
            agent = self._child(n, {"poss"}) or agent
            if agent is None and n.dep_ == "pobj" and n.head.head.pos_ == "NOUN":
                agent = self._child(n.head.head, {"poss"})
        if agent is None or agent.lower_ in FIRST_PERSON:
            return []
        pat = Pattern(n.lemma_.lower(), (), "ACCUSE", "allege", "112", 0)
        evs = self._build(sent, ctx, n, pat, None, agent, None, nominal=True, force_source_author=True)
        return evs

    def _build(self, sent: Span, ctx: SentenceContext, trig: Token, pat: Pattern, source: Token | None,
               target: Token | None, sent_claimant: Token | None, *, nominal: bool,
               force_source_author: bool = False) -> list[Event]:
        modality, mod_head = self._modality(trig) if not nominal else ("asserted", None)
        if modality == "asserted" and not nominal:
            req = self._infinitive_under_request(trig)
            if req is not None:
                modality, mod_head = "requested", req
        if nominal and trig.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and trig.head.pos_ == "VERB":
            m2, h2 = self._modality(trig.head)
            if m2 != "asserted":
                modality, mod_head = m2, h2
        speaker = self._speaker(trig)
        claimant_tok = None
        if modality == "requested" and mod_head is not None:
            claimant_tok, _ = self._subject(mod_head)
        if claimant_tok is None and speaker is not None:
            claimant_tok = speaker
        if claimant_tok is None and sent_claimant is not None and not force_source_author:
            claimant_tok = sent_claimant
        if claimant_tok is not None:
            claimant = self._mention(claimant_tok, ctx)
        elif in_quotes(trig):
            # quoted words whose speaker the parse does not show: not the author's own claim
            claimant = Mention(text="(quoted speaker)", start=-1, end=-1, kind="quoted", unresolved=True)
        else:
            claimant = self._author_mention(ctx)
        if claimant.kind != "author" and modality == "asserted":
            modality = "reported"
        sources = self._mentions(source, ctx) if not force_source_author else [claimant]
        targets = self._mentions(target, ctx)
        if speaker is not None and claimant.kind != "author":
            # first person inside a quotation is the quoted speaker, not the document's author
            sources = [claimant if s.kind in ("author", "quoted") else s for s in sources]
            targets = [claimant if t.kind in ("author", "quoted") else t for t in targets]
        if not nominal and not sources and not targets:
            return []  # a verb with no actor at all ("to protect their lives") is not an event
        derived = [] if nominal else self._derived(trig, pat, modality, mod_head, claimant, sources, targets,
                                                   ctx.is_statement)
        loc_text, loc_span = self._location_span(sent, trig, ctx.offset)
        trig_start = trig.idx + ctx.offset

        def event(event_type: str, mode: str | None, cameo: str | None, s: Mention | None, t: Mention | None,
                  **kw) -> Event:
            key = (f"{ctx.doc_id}|{ctx.sentence_index}|{trig_start}|{event_type}|{s and (s.start, s.query)}|"
                   f"{t and (t.start, t.query)}")
            return Event(id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=ctx.doc_id,
                         sentence_index=ctx.sentence_index, sentence_start=sent.start_char + ctx.offset,
                         sentence_text=sent.text, event_type=event_type, mode=mode, cameo=cameo,
                         trigger_text=trig.text, trigger_start=trig_start, trigger_end=trig_start + len(trig.text),
                         source=s, target=t, claimant=claimant, coder_version=CODER_VERSION, **kw)

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
                    out.append(event(dtype, pat.mode if dtype == "REJECT" else None, DERIVED[dtype][0], s, t,
                                     modality="asserted" if claimant.kind == "author" else "reported",
                                     nominal=False, location_text=loc_text if out else None,
                                     location_span=loc_span if out else None))
        return out

    def _location_span(self, sent: Span, trig: Token, offset: int) -> tuple[str | None, tuple[int, int] | None]:
        """The place phrase attached to the trigger, widened to the whole name ("North Mitrovica")."""
        loc = self._location(trig)
        if loc is None:
            return None, None
        ent = next((e for e in sent.ents if e.start <= loc.i < e.end), None)
        if ent is not None:
            return ent.text, (ent.start_char + offset, ent.end_char + offset)
        text, a, b = _tok_span(_contiguous([c for c in loc.lefts if c.dep_ == "compound"] + [loc]), offset)
        return text, (a, b)

    def _derived(self, trig: Token, pat: Pattern, modality: str, mod_head: Token | None, claimant: Mention,
                 sources: list[Mention], targets: list[Mention], is_statement: bool = True) -> list[tuple[str, list, list]]:
        """Speech acts implied by the modality of an action (see COOPERATIVE/CONFLICTUAL)."""
        head_coded = mod_head is not None and self._match(mod_head, self.p.verbs) is not None
        if head_coded:
            return []
        if modality == "hypothetical":
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in trig.children)
            intent = mod_head is not None and mod_head.lemma_.lower() in self.p.intent_verbs
            if future or intent:
                if pat.event_type in COOPERATIVE and pat.event_type != "AGREE":
                    return [("AGREE", sources, targets)]
                if pat.event_type in CONFLICTUAL:
                    return [("THREATEN", sources, targets)]
        if modality == "negated" and pat.event_type in COOPERATIVE:
            return [("REJECT", sources, targets)]
        if modality == "requested" and mod_head is None and sources and claimant.kind != "quoted" and \
                (claimant.kind != "author" or is_statement):
            # "X must ..." is a demand when a speaker or a statement's author says it, not in news narration
            return [("REQUEST", [claimant], [m for m in sources if m.kind != "author"])]
        return []

    def _author_mention(self, ctx: SentenceContext) -> Mention:
        a = ctx.author
        return Mention(text=a.text, start=a.start, end=a.end, kind="author", actor=a.actor,
                       unresolved=a.unresolved, query=a.query)
