"""The learned type decision (issue 9): a linear model that reads each candidate predicate and says
which PLOVER type it is, or that it is not an event.

Candidates come from the rules and the parse (`coder.py`): every trigger a pattern lists and every
other verb in a main position. Their features are sparse strings computed from the spaCy parse: the
lemma and its particle, object and prepositions, what kind of thing the subject and object are,
the rules' own answer, the types PETRARCH2's CAMEO dictionary gives the words (`cameo_import.yaml`)
and the sentence's bag of lemmas. A second, sentence-level model decides relevance: whether a sentence
reports any political event at all (`relevance_features`: the union of its candidates' features); where it
says no, the sentence's main events are dropped, whoever their actors. A third, sentence-level part gives each
PLOVER type its probability of being among the sentence's gold types over the same features (`type_prior`): a
rule event whose type the sentence is unlikely to report is dropped, and a type it is likely to report goes to the
candidate that carries it best (`decide`). The weights (`data/type_model.npz`) are written by
`scripts/train_type_model.py`; prediction is a dot product in numpy, so scikit-learn is needed only to
train.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from spacy.tokens import Token

from ..text import fold
from .artifacts import load_versioned
from .patterns import DATA, IMPORTED, NOT_EVENT, Pattern

MODEL = DATA / "type_model.npz"
# bump when features() changes: a model trained on other features is refused
FEATURE_VERSION = 4
_MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "shall"}
_CONTENT = {"NOUN", "VERB", "PROPN", "ADJ"}


@dataclass
class Candidate:
    """A predicate the type decision looks at, with what the rules made of it."""
    tok: Token
    nominal: bool
    raw: Pattern | None = None  # the pattern the rules matched (None: no pattern lists the word)
    pat: Pattern | None = None  # after the sense rules (None: the rules say it is not an event)
    source: Token | None = None
    target: Token | None = None
    events: list = field(default_factory=list)  # what the rules build from it
    not_event: bool = False  # a not-event sense matched ("deliver a speech")
    light: bool = False
    actor: bool = False  # its source or target is an actor or a name: the model does not veto its rule event
    # the named party is a state, people, organisation, known actor or state body (coder._political_party): the prior
    # never vetoes its rule event; a person, a family, a company is named by sport, entertainment and biography as
    # often as by politics (veto_private)
    political: bool = True

    @property
    def ruled_out(self) -> bool:
        """The sense rules say it is not an event (a hazard's 'killed', 'deliver a speech'): the model keeps that."""
        return self.not_event or (self.raw is not None and self.pat is None)


@lru_cache(maxsize=1)
def party_policy() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The entity labels and the actor sectors that make a named party political, and the entity labels that make
    every party of a sentence so (type_model_policy.yaml)."""
    d = yaml.safe_load((DATA / "type_model_policy.yaml").read_text("utf-8"))
    return frozenset(d["political_party_labels"]), frozenset(d["political_sectors"]), \
        frozenset(d["political_sentence_labels"])


@lru_cache(maxsize=1)
def imported_index() -> dict[str, list[Pattern]]:
    """Every PETRARCH2 pattern of `cameo_import.yaml` by verb lemma: a feature, never a rule."""
    if not IMPORTED.exists():
        return {}
    out: dict[str, list[Pattern]] = {}
    for i, d in enumerate((yaml.safe_load(IMPORTED.read_text("utf-8")) or {}).get("verbs", [])):
        words = d["p"].lower().split()
        out.setdefault(words[0], []).append(Pattern(words[0], tuple(words[1:]), d["type"], d.get("mode"),
                                                    str(d["cameo"]), i))
    return out


def _ent(tok: Token) -> str:
    if tok.ent_type_:
        return tok.ent_type_
    if tok.pos_ == "PRON":
        return "PRON"
    return tok.pos_


def features(c: Candidate, decision, args, sent_feats: list[str]) -> list[str]:
    """Sparse features of one candidate (see the module docstring)."""
    v = c.tok
    lem = v.lemma_.lower()
    f = [f"pos={v.pos_}", f"lem={lem}", f"dep={v.dep_}", f"tag={v.tag_}"]
    if c.nominal:
        f.append("nominal")
    if v.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj", "dobj", "nsubj") and v.head.i != v.i:
        h = v.head.lemma_.lower()
        f += [f"head={h}", f"dep+head={v.dep_}_{h}"]
        if v.head.dep_ == "prep":
            f.append(f"headprep={v.head.lower_}")
    subj = passive = None
    for ch in v.children:
        d = ch.dep_
        cl = ch.lemma_.lower()
        if d == "prt":
            f += [f"prt={cl}", f"lem+prt={lem}_{cl}"]
        elif d in ("dobj", "obj", "attr"):
            f += [f"obj={cl}", f"lem+obj={lem}_{cl}", f"objent={_ent(ch)}"]
            if args.actorish(ch):
                f.append("objactor")
            if decision.is_instrument(ch):
                f.append("objinstr")
        elif d == "prep":
            po = next((g for g in ch.children if g.dep_ == "pobj"), None)
            p = ch.lower_
            f += [f"prep={p}", f"lem+prep={lem}_{p}"]
            if po is not None:
                pl = po.lemma_.lower()
                f += [f"pobj={p}_{pl}", f"pobjent={p}_{_ent(po)}"]
                if decision._is_hazard(po):
                    f.append("pobjhazard")
        elif d in ("nsubj", "nsubjpass", "csubj"):
            subj = ch
            passive = d == "nsubjpass"
        elif d == "neg":
            f.append("neg")
        elif d in ("aux", "auxpass"):
            if ch.lower_ in _MODALS:
                f.append(f"aux={ch.lower_}")
            if d == "auxpass":
                passive = True
        elif d in ("xcomp", "ccomp") and ch.pos_ in ("VERB", "AUX"):
            f.append(f"comp={cl}")
        elif d in ("compound", "amod", "poss", "nmod") and c.nominal:
            f += [f"mod={cl}", f"modent={_ent(ch)}"]
        elif d == "agent":
            f.append("agent")
    if passive:
        f.append("passive")
    if subj is not None:
        f += [f"subj={subj.lemma_.lower()}", f"subjent={_ent(subj)}"]
        if args.actorish(subj):
            f.append("subjactor")
        if decision._is_hazard(subj):
            f.append("subjhazard")
        if decision.is_instrument(subj):
            f.append("subjinstr")
    for role, t in (("src", c.source), ("tgt", c.target)):
        if t is None:
            f.append(f"no{role}")
        else:
            f.append(f"{role}ent={_ent(t)}")
            if args.actorish(t):
                f.append(f"{role}actor")
    # what the rules said
    if c.raw is None:
        f.append("pat=-" if not c.not_event else "pat=NOTEVENT")
    else:
        f += [f"raw={c.raw.event_type}", f"raw+mode={c.raw.event_type}_{c.raw.mode}"]
        f.append(f"pat={c.pat.event_type}" if c.pat is not None else "pat=SENSE_NONE")
        if c.light:
            f.append("light")
        if c.raw.extra:
            f.append("patextra")
    outs = sorted({e.event_type for e in c.events if e.modality in ("asserted", "reported")})
    f += [f"out={t}" for t in outs] or ["out=-"]
    f += [f"outmod={e.modality}" for e in c.events[:1]]
    # PETRARCH2's dictionary: the types its patterns on this verb give
    if not c.nominal:
        imp = set()
        for p in imported_index().get(lem, ()):
            if not p.extra:
                imp.add(f"impbare={p.event_type}")
            elif decision.extra_matches(v, p.extra):
                imp.add(f"imp={p.event_type}")
        f += sorted(imp)
    return f + sent_feats


_ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON")


def sentence_features(sent, decision, dictionary=None) -> list[str]:
    """Features shared by every candidate of a sentence: its lemmas and entity labels, hazard and off-topic cues,
    and, with the actor dictionary, the political actors it names (an entity the dictionary knows, a noun whose
    sector it knows): the issue's relevance rule, as evidence for the model rather than a veto."""
    out = {f"s={t.lemma_.lower()}" for t in sent if t.pos_ in _CONTENT and not t.like_num}
    out |= {f"sent={e.label_}" for e in sent.ents}
    if dictionary is not None:
        for e in sent.ents:
            if e.label_ in _ACTOR_ENTS:
                words = [t for t in e if t.lower_ != "the" and t.tag_ != "POS"]
                if words and dictionary.lookup(fold(" ".join(t.text for t in words))):
                    out.add(f"sknown={e.label_}")
        for t in sent:
            if t.pos_ == "NOUN":
                sec = dictionary.sectors.get(fold(t.lemma_)) or dictionary.sectors.get(fold(t.text))
                if sec:
                    out.add(f"ssector={sec}")
    if decision.off_topic(sent.text):
        out.add("offtopic")
    if any(decision._is_hazard(t) for t in sent):
        out.add("shazard")
    return sorted(out)


_SENTENCE_PREFIXES = ("s=", "sent=", "offtopic", "shazard", "sknown=", "ssector=")


def relevance_features(cand_feats: list[list[str]]) -> list[str]:
    """Features of a sentence for the relevance decision: its own (lemmas, entity labels, cues) and every
    feature of any of its candidates, marked "c:" (an actor subject anywhere, a rule outcome anywhere)."""
    out = set()
    for feats in cand_feats:
        out.update(f if f.startswith(_SENTENCE_PREFIXES) else "c:" + f for f in feats)
    return sorted(out)


class TypeModel:
    """A multinomial linear model stored as arrays: classes, feature names, weights and biases; and the
    binary relevance model (P(the sentence reports an event)) beside it."""

    def __init__(self, classes: list[str], names: list[str], coef: np.ndarray, intercept: np.ndarray, meta: dict,
                 rel_names: list[str] | None = None, rel_coef: np.ndarray | None = None, rel_intercept: float = 0.0,
                 dense_coef: np.ndarray | None = None, rel_dense_coef: np.ndarray | None = None,
                 prior_classes: list[str] | None = None, prior_names: list[str] | None = None,
                 prior_coef: np.ndarray | None = None, prior_intercept: np.ndarray | None = None):
        self.classes = classes
        self.index = {n: i for i, n in enumerate(names)}
        self.coef = coef.astype(np.float64)
        self.intercept = intercept.astype(np.float64)
        self.meta = meta
        self.none = classes.index(NOT_EVENT)
        self.rel_index = {n: i for i, n in enumerate(rel_names or [])}
        self.rel_coef = np.zeros(0) if rel_coef is None else rel_coef.astype(np.float64)
        self.rel_intercept = float(rel_intercept)
        # weights over the static sentence vectors (static_vectors.py), when the model was trained with them
        self.dense_coef = None if dense_coef is None else dense_coef.astype(np.float64)
        self.rel_dense_coef = None if rel_dense_coef is None else rel_dense_coef.astype(np.float64)
        self.dense = meta.get("dense")  # {"parts": [...], "window": n, "static_sha256": ...}
        # the sentence-level type prior: one binary model a type over the relevance features
        self.prior_classes = prior_classes or []
        self.prior_index = {n: i for i, n in enumerate(prior_names or [])}
        self.prior_coef = None if prior_coef is None else prior_coef.astype(np.float64)
        self.prior_intercept = None if prior_intercept is None else prior_intercept.astype(np.float64)

    @classmethod
    def load(cls, path: Path = MODEL) -> "TypeModel | None":
        loaded = load_versioned(path, "feature_version", FEATURE_VERSION, "scripts/train_type_model.py")
        if loaded is None:
            return None
        z, meta = loaded
        rel = {}
        if "dense_coef" in z:
            from .static_vectors import STATIC, static_digest
            if meta["dense"]["static_sha256"] != static_digest():
                raise ValueError(f"{path}: trained on other static vectors than {STATIC}: "
                                 f"re-run scripts/train_type_model.py")
            rel |= {"dense_coef": z["dense_coef"], "rel_dense_coef": z["rel_dense_coef"]}
        if "rel_names" in z:
            rel |= {"rel_names": [str(n) for n in z["rel_names"]], "rel_coef": z["rel_coef"],
                   "rel_intercept": float(z["rel_intercept"])}
        if "prior_names" in z:
            rel |= {"prior_classes": [str(c) for c in z["prior_classes"]],
                    "prior_names": [str(n) for n in z["prior_names"]], "prior_coef": z["prior_coef"],
                    "prior_intercept": z["prior_intercept"]}
        return cls([str(c) for c in z["classes"]], [str(n) for n in z["names"]], z["coef"], z["intercept"], meta,
                   **rel)

    def proba(self, feats: list[str], dense: np.ndarray | None = None) -> np.ndarray:
        idx = sorted({self.index[f] for f in feats if f in self.index})
        s = self.intercept + self.coef[:, idx].sum(axis=1)
        if self.dense_coef is not None and dense is not None:
            s = s + self.dense_coef @ dense
        s = np.exp(s - s.max())
        return s / s.sum()

    def relevance(self, feats: list[str], dense: np.ndarray | None = None) -> float:
        """P(the sentence reports an event), 1.0 for a model without a relevance part."""
        if not self.rel_index:
            return 1.0
        idx = sorted({self.rel_index[f] for f in feats if f in self.rel_index})
        s = self.rel_intercept + self.rel_coef[idx].sum()
        if self.rel_dense_coef is not None and dense is not None:
            s += float(self.rel_dense_coef @ dense)
        return float(1.0 / (1.0 + np.exp(-s)))


    def type_prior(self, feats: list[str]) -> dict[str, float] | None:
        """P(the sentence reports an event of each type), from its relevance features; None without that part."""
        if self.prior_coef is None:
            return None
        idx = sorted({self.prior_index[f] for f in feats if f in self.prior_index})
        s = self.prior_intercept + self.prior_coef[:, idx].sum(axis=1)
        return dict(zip(self.prior_classes, (1.0 / (1.0 + np.exp(-s))).tolist()))


def dense_features(words: list[str], i: int, parts: list[str], window: int, sv) -> np.ndarray:
    """The dense part of a candidate: static vectors (unit means of word pieces) of its sentence ("sent"), of the
    words within ``window`` of the predicate ("win") and of the predicate itself ("pred"), side by side."""
    out = []
    for part in parts:
        if part == "sent":
            out.append(sv.embed_words(words))
        elif part == "win":
            out.append(sv.embed_words(words[max(0, i - window): i + window + 1]))
        elif part == "pred":
            out.append(sv.embed_words(words[i:i + 1]))
    return np.concatenate(out)


@lru_cache(maxsize=1)
def load_model() -> TypeModel | None:
    return TypeModel.load()


MAIN_MODALITIES = ("asserted", "reported")


def outcome(c: Candidate) -> set[str]:
    """The types the rules' events of a candidate count as main events with."""
    return {e.event_type for e in c.events if e.modality in MAIN_MODALITIES}


def decide(cands: list[Candidate], probs: list[np.ndarray], model: TypeModel, relevance: float = 1.0,
           prior: dict[str, float] | None = None) -> list[str | None]:
    """The type each main candidate of a sentence gets (None: no event), from the model's
    probabilities and the decoding thresholds tuned with it (`meta["decode"]`):
    - a sentence whose relevance is below ``relevance`` has no main event at all (a sports result, a
      flood's toll, a company's takeover); ``relevance_actor`` where a coded candidate's source or target is
      an actor or a name;
    - a candidate the rules coded is dropped when P(not an event) >= ``drop`` (``drop_actor`` when its source
      or target is an actor or a name: above 1, never; relevance is the model's to judge only where the rules
      found no political actor); it is retyped when
      another type beats the rules' by ``margin``; otherwise the rules' type stays;
    - a candidate no rule coded gets the model's best type when its probability is >= ``new``, unless
      the sense rules ruled it out; at most ``max_new`` such candidates a sentence, the likeliest first,
      and with ``new_alone`` only in a sentence where no coded candidate stays;
    - with the sentence-level type prior and a ``veto`` threshold, `_decide_by_prior` decides instead.
    """
    d = model.meta["decode"]
    gate = d.get("relevance", 0.0)
    if any(c.actor for c in cands if outcome(c)):
        gate = d.get("relevance_actor", gate)
    if relevance < gate:
        return [None] * len(cands)
    if prior is not None and "veto" in d:
        return _decide_by_prior(cands, probs, model, prior, d)
    out: list[str | None] = []
    new: list[tuple[float, int, str]] = []
    for i, (c, p) in enumerate(zip(cands, probs)):
        q = p.copy()
        q[model.none] = -1.0
        best = int(q.argmax())
        t_best, p_best = model.classes[best], float(p[best])
        o = outcome(c)
        if o:
            if p[model.none] >= (d.get("drop_actor", d["drop"]) if c.actor else d["drop"]):
                out.append(None)
                continue
            p_rule = {t: float(p[model.classes.index(t)]) for t in o}
            if t_best in o or p_best - max(p_rule.values()) < d["margin"]:
                out.append(t_best if t_best in o else max(sorted(o), key=p_rule.get))
            else:
                out.append(t_best)
        else:
            out.append(None)
            if p_best >= d["new"] and not c.ruled_out:
                new.append((-p_best, i, t_best))
    if not (d["new_alone"] and any(out)):
        for _, i, t in sorted(new)[:d["max_new"]]:
            out[i] = t
    return out


def _decide_by_prior(cands: list[Candidate], probs: list[np.ndarray], model: TypeModel, prior: dict[str, float],
                     d: dict) -> list[str | None]:
    """The sentence decides which types it reports, the rules and the candidates where:
    - a rule event stays where the sentence's prior for its type is >= ``veto`` (``veto_actor`` where the
      candidate's source or target is a state, people or organisation and an actor or a name: the prior knows
      actors by the dictionary's names, so an unknown state reads as off-topic; ``veto_private`` where its named
      party is of no such kind: a musician's or an athlete's act is named as often as a minister's), else it is
      dropped;
    - a type whose prior is >= ``add`` and that no rule event of the sentence has goes to the candidate with no
      event that the per-candidate model finds likeliest to be of that type, where that probability is >= ``add_cand``
      and the sense rules have not ruled the candidate out; at most ``max_add`` such types a sentence.
    Gold codes a sentence's main events, so a sentence-level judgement sidesteps which candidate the gold meant.
    """
    out: list[str | None] = []
    for c in cands:
        th = d["veto"]
        if c.actor:
            th = d.get("veto_actor", th) if c.political else d.get("veto_private", d.get("veto_actor", th))
        keep = [t for t in sorted(outcome(c)) if prior.get(t, 0.0) >= th]
        out.append(max(keep, key=lambda t: prior.get(t, 0.0)) if keep else None)
    have = set(t for t in out if t)
    wanted = sorted((t for t, q in prior.items() if q >= d.get("add", 2.0) and t not in have), key=lambda t: -prior[t])
    for t in wanted[:d.get("max_add", 1)]:
        k = model.classes.index(t)
        free = [(float(p[k]), i) for i, (c, p) in enumerate(zip(cands, probs)) if out[i] is None and not c.ruled_out]
        if free:
            q, i = max(free)
            if q >= d.get("add_cand", 0.0):
                out[i] = t
    return out
