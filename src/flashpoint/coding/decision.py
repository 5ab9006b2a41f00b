"""The type decision: which PLOVER type (and mode, CAMEO code) a candidate trigger gets.

Triggers come from `data/verb_patterns.yaml` (a verb or noun lemma plus the words that must hang
off it); speech acts implied by an action's modality (intent, refusal, demand) are derived here too,
as are the PLOVER contexts of a sentence (`data/contexts.yaml`).
"""
from __future__ import annotations

import yaml
from spacy.tokens import Span, Token

from ..records import Mention
from .patterns import DATA, Pattern, PatternSet, lexicon, type_classes

_L = lexicon()


def _load_contexts() -> tuple[dict[str, set[str]], dict[str, str]]:
    data = yaml.safe_load((DATA / "contexts.yaml").read_text("utf-8"))
    return {k: set(v) for k, v in data["cues"].items()}, data.get("default", {})


class TypeDecision:
    def __init__(self, patterns: PatternSet):
        self.p = patterns
        self.types = type_classes()
        self._context_cues, self.context_default = _load_contexts()

    # -- triggers ----------------------------------------------------------------------------
    @staticmethod
    def extra_matches(tok: Token, extra: tuple[str, ...]) -> bool:
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

    def match(self, tok: Token, index: dict[str, list[Pattern]]) -> tuple[Pattern, set[str]] | None:
        cands = index.get(tok.lemma_.lower()) or index.get(tok.lower_)
        if not cands:
            return None
        best = None
        for pat in cands:
            if self.extra_matches(tok, pat.extra):
                if best is None or (pat.specificity, -pat.order) > (best.specificity, -best.order):
                    best = pat
        return (best, set(best.extra)) if best else None

    def match_verb(self, tok: Token) -> tuple[Pattern, set[str]] | None:
        return self.match(tok, self.p.verbs)

    def match_noun(self, tok: Token) -> Pattern | None:
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

    def is_accusation_noun(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.p.accusation_nouns or tok.lower_ in self.p.accusation_nouns

    def accusation_pattern(self, tok: Token) -> Pattern:
        a = self.types.noun_accusation
        return Pattern(tok.lemma_.lower(), (), a["event_type"], a.get("mode"), a.get("cameo"), 0)

    # -- speech acts implied by modality -------------------------------------------------------
    def derived(self, trig: Token, pat: Pattern, modality: str, mod_head: Token | None, claimant: Mention,
                sources: list[Mention], targets: list[Mention], is_statement: bool = True) -> list[tuple[str, list, list]]:
        """Speech acts implied by the modality of an action (see plover_types.yaml)."""
        head_coded = mod_head is not None and self.match_verb(mod_head) is not None
        if head_coded:
            return []
        cooperative, conflictual = self.types.cooperative, self.types.conflictual
        if modality == "hypothetical":
            future = any(c.dep_ == "aux" and c.lower_ in _L.future_aux_set for c in trig.children)
            intent = mod_head is not None and mod_head.lemma_.lower() in self.p.intent_verbs
            if future or intent:
                if pat.event_type in cooperative and pat.event_type != "AGREE":
                    return [("AGREE", sources, targets)]
                if pat.event_type in conflictual:
                    return [("THREATEN", sources, targets)]
        if modality == "negated" and pat.event_type in cooperative:
            return [("REJECT", sources, targets)]
        if modality == "requested" and mod_head is None and sources and claimant.kind != "quoted" and \
                (claimant.kind != "author" or is_statement):
            # "X must ..." is a demand when a speaker or a statement's author says it, not in news narration
            return [("REQUEST", [claimant], [m for m in sources if m.kind != "author"])]
        return []

    def cameo_root(self, event_type: str) -> str:
        return self.types.cameo_root[event_type]

    # -- contexts ------------------------------------------------------------------------------
    def contexts(self, sent: Span) -> list[str]:
        """PLOVER contexts whose cue words occur in the sentence (data/contexts.yaml), in file order."""
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        text = sent.text.lower()
        return [ctx for ctx, cues in self._context_cues.items()
                if any((c in text) if " " in c else (c in words) for c in cues)]
