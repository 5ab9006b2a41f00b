"""The type decision: which PLOVER type (and mode, CAMEO code) a candidate trigger gets.

Triggers come from `data/verb_patterns.yaml` (a verb or noun lemma plus the words that must hang
off it); speech acts implied by an action's modality (intent, refusal, demand) are derived here too,
as are the PLOVER contexts of a sentence (`data/contexts.yaml`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp import span_ents, span_text
from ..records import Mention
from ..yamlfile import load_yaml
from .evaluation import lexicon as valence_lexicon, valence
from .patterns import DATA, NOT_EVENT, Pattern, PatternSet, lexicon, type_classes

_L = lexicon()


def _load_contexts() -> tuple[dict[str, set[str]], dict[str, str]]:
    data = load_yaml((DATA / "contexts.yaml").read_text("utf-8"))
    return {k: set(v) for k, v in data["cues"].items()}, data.get("default", {})


def _load_senses() -> dict:
    data = load_yaml((DATA / "senses.yaml").read_text("utf-8"))
    return {k: (set(v) if isinstance(v, list) else v) for k, v in data.items()}


class TypeDecision:
    def __init__(self, patterns: PatternSet):
        self.p = patterns
        self.types = type_classes()
        self._context_cues, self.context_default = _load_contexts()
        # each context's cue words as one set, its cue phrases apart (tested against the sentence's text)
        self._context_split = [(ctx, frozenset(c for c in cues if " " not in c), [c for c in cues if " " in c])
                               for ctx, cues in self._context_cues.items()]
        self.senses = _load_senses()
        self._irregular = dict(pair.split(":") for pair in _L.irregular_verbs)

    # -- senses and agents ---------------------------------------------------------------------
    def _is_hazard(self, tok: Token | None) -> bool:
        """A natural hazard, accident or disease noun with no actor attached ("Israeli fire" is not one)."""
        if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        hz = self.senses["hazards"]
        if tok.lemma_.lower() not in hz and tok.lower_ not in hz and not any(
                c.dep_ == "compound" and c.lemma_.lower() in hz for c in tok.children):
            return False  # (a hazard may name the noun: "a lightning strike", "Typhoon Phanfone")
        if any(c.lemma_.lower() in self.senses["instruments"] for c in tok.children):
            return False  # "a car bomb explosion" is an attack
        if tok.lemma_.lower() in self.senses["site_hazards"] and not any(
                t.lemma_.lower() in self.senses["accident_sites"] for t in tok.sent):
            return False  # an explosion or fire is an accident where the sentence names a plant, mine, ...
        if tok.lower_ in self.senses["fire_hazards"] and any(
                c.lower_ in self.senses["armed_modifiers"] or c.lemma_.lower() in self.senses["armed_modifiers"]
                or c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            return False  # "sniper fire", "army fire", "fire from the troops"
        # an owner makes it someone's act ("Israeli fire"); a place's possessive does not ("New York City's
        # deadliest fire", "Pakistan's floods"), nor does the hazard word itself ("Typhoon Phanfone")
        return not any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.lemma_.lower() not in hz
                       and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                       and not (c.dep_ == "poss" and c.ent_type_ == "GPE") for c in tok.children)

    def _hazard_subject(self, tok: Token) -> bool:
        """A subject that is a hazard, or that counts or measures one ("three days of monsoon rains",
        "the death toll from the earthquakes")."""
        if self._is_hazard(tok):
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
            g.dep_ == "pobj" and self._is_hazard(g) for g in c.children) for c in tok.children)

    def _accident_clause(self, node: Token) -> bool:
        """A clause that tells a hazard or an accident: its subject is a hazard ("after the earthquake hit"),
        its cause is one ("buried alive in a landslide"), or a vehicle or structure crashed, collapsed or
        plunged ("when a tour bus crashed", "A passenger bus plunged off a highway")."""
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and self._hazard_subject(c):
                return True
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in self.senses["cause_preps"]):
                if any(g.dep_ == "pobj" and self._is_hazard(g) for g in c.children):
                    return True
        if node.pos_ in ("VERB", "AUX") and self._accident_verb(node):
            return self.accident_subject(node)
        return False

    def _accident_verb(self, v: Token) -> bool:
        lemma = v.lemma_.lower()
        return lemma in self.senses["accident_verbs"] or lemma in self.senses["impact_verbs"]

    def accident_subject(self, v: Token) -> bool:
        """The subjects of a verb are vehicles or structures ("the bus", "their house"), not instruments
        of attack; a conjunct shares its head's subject ("A bus plunged off a highway and fell onto a van"),
        a participle modifies its own ("A ferry capsized ... and sank")."""
        node, subjs = v, []
        for _ in range(3):
            subjs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjs or node.dep_ not in ("conj", "acl") or node.head.i == node.i:
                break
            if node.dep_ == "acl" and node.head.pos_ == "NOUN":
                subjs = [node.head]
                break
            node = node.head
        words = self.senses["accident_subjects"]
        if v.lemma_.lower() not in self.senses["impact_verbs"]:
            # whoever owns a bus or a jet that crashes, the crash is an accident ("A military plane crashed")
            return bool(subjs) and all(_named_by(s, words) and not self.is_instrument(s)
                                       for s in subjs)
        # what strikes or slams into something is a weapon where a weapon or an owner is named ("Turkish jets
        # struck", "an army truck slammed into")
        weapons = _weapons()
        return bool(subjs) and all(
            _named_by(s, words) and not self.is_instrument(s)
            and s.lower_ not in weapons and s.lemma_.lower() not in weapons
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") and (
                c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.lower_ in self.senses["armed_modifiers"])
                for c in s.children) for s in subjs)

    def _hazard_cause(self, v: Token) -> bool:
        """The trigger, or the clause it hangs on, is caused by a hazard or an accident: "killed in a flood",
        "A landslide buried 30 homes, killing 12", "killed when a landslide hit a village", "One worker was
        killed and another was hurt in a chemical explosion", "a traffic collision which killed a motorcyclist"."""
        node = v
        for _ in range(4):
            if node is not v and self._accidental_blast(node):
                return True  # "A gas cylinder exploded in a restaurant, injuring five people"
            if self._accident_clause(node):
                return True
            for c in node.children:
                # a deadly clause of time or cause ("killed when their house was swallowed by a landslide",
                # "killed after heavy monsoon rains caused flash floods"), or a coordinated one that gives the
                # cause ("was killed and another was hurt in a chemical explosion")
                if c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX") and (self._accident_clause(c) or (
                        c.dep_ == "conj" and any(g.dep_ == "advcl" and self._accident_clause(g) for g in c.children))):
                    return True
                if c.dep_ == "advcl" and c.pos_ == "NOUN" and (self._is_hazard(c) or (
                        c.lemma_.lower() in self.senses["accident_subjects"] and any(
                        g.dep_ == "acl" and self._accident_verb(g) for g in c.children))):
                    return True  # the parser's reading of "killed when a minibus overturned"
            if node.dep_ in ("relcl", "acl") and self._is_hazard(node.head):
                return True  # "a traffic collision which killed ...", "the blaze that killed"
            if node.dep_ not in ("advcl", "conj", "xcomp", "relcl", "acl") or node.head.i == node.i:
                break
            node = node.head
        return False

    def _accidental_blast(self, v: Token) -> bool:
        """An intransitive blast verb ("exploded", "went off") whose subject is not an instrument of attack."""
        prt = " ".join(c.lemma_.lower() for c in v.children if c.dep_ == "prt")
        if " ".join(w for w in (v.lemma_.lower(), prt) if w) not in self.senses["instrument_verbs"]:
            return False
        if any(c.dep_ in ("dobj", "obj") for c in v.children):
            return False  # "blew himself up"
        # every subject counts: a dateline can be parsed as a second one ("JOLO - Twin bombs exploded")
        subjs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjs) and not any(self.is_instrument(s) or any(
            c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
            for c in s.children) for s in subjs)

    def off_topic(self, sentence: str) -> bool:
        """A sports, business, technology or entertainment sentence (cue words in senses.yaml)."""
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", sentence)}
        # a match score ("beat Chelsea 2-1") marks sports news too
        return bool(words & self.senses["off_topic"]) or re.search(r"\b\d{1,2}[-\u2013]\d{1,2}\b", sentence) is not None

    def is_instrument(self, tok: Token | None) -> bool:
        """An instrument of attack ("a bomb", "an explosive device"): an agent is implied."""
        return tok is not None and tok.pos_ == "NOUN" and (
            tok.lemma_.lower() in self.senses["instruments"] or tok.lower_ in self.senses["instruments"])

    def sense(self, v: Token, pat: Pattern, source: Token | None) -> Pattern | None:
        """The pattern's sense given its agent: None when a hazard or accident is the cause; PROTEST
        when protesters occupy or block a place."""
        if pat.event_type in self.senses["material_types"] and self._hazard_cause(v):
            return None
        if self._accident_verb(v) and self.accident_subject(v):
            return None  # "a lorry slammed into a market stall" is a crash, not criticism or an attack
        if pat.event_type == "ASSAULT" and self.verbal_attack(v, source):
            event_type, mode, cameo = self.senses["verbal_attack_type"].split("|")
            return Pattern(pat.lemma, pat.extra, event_type, mode or None, cameo, pat.order, "verbal attack")
        if pat.event_type == "ASSAULT" and self.contest(v, source):
            return None  # "defeated the incumbent senator", "defeated Wynnum 45 points to 24"
        if pat.event_type == "ASSAULT" and self.labour_strike(v, source):
            event_type, mode, cameo = self.senses["labour_strike_type"].split("|")
            return Pattern(pat.lemma, pat.extra, event_type, mode or None, cameo, pat.order, "labour strike")
        if pat.event_type == "CONSULT" and self.lone_discussion(v, source):
            return None  # "With Wikinews, Collins discusses his background", "Parker spoke with Wikinews"
        if pat.event_type not in ("SANCTION", "NONE") and v.lemma_.lower() in self.senses["asset_verbs"] and any(
                self._word_in(t, "frozen_assets") for t in self._affected(v)):
            return self._sanction(pat)  # "their property ... are blocked": a sanction, not an obstruction
        if self.opinion(v, pat):
            return None  # "agreed that vaccines have done more good than harm"
        if pat.event_type == "REQUEST" and (self.question(v) or self.attempt(v)):
            return None  # "asked Trump about it", "seeks to improve its coverage"
        if pat.event_type == "ASSAULT":
            agents = [t for t in (source, v.head if v.dep_ in ("acl", "relcl") else None) if t is not None] + [
                c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
            if any(t.lemma_.lower() in self.senses["measure_nouns"] or t.lower_ in self.senses["measure_nouns"]
                   for t in agents):
                return None  # "sanctions targeting Russia": the measure is the event, not an attack
            if any(self._background(t) for t in agents):
                return None  # "the six-year war that has killed hundreds of thousands"
            if v.lemma_.lower() in self.senses["measure_target_verbs"] and any(
                    self._word_in(t, "financial_targets") for t in self._affected(v)):
                return self._sanction(pat)  # "Targeting a Sanctions Evasion Network"
        if v.lemma_.lower() in self.senses["hazard_response_verbs"] and any(self._is_hazard(t) for t in v.sent):
            return None
        if " ".join((pat.lemma,) + pat.extra) in self.senses["instrument_verbs"] and not self.is_instrument(source) \
                and not any(c.dep_ in ("dobj", "obj") for c in v.children):
            return None  # "a gas cylinder exploded" is an accident; "a car bomb exploded" an attack
        if v.lemma_.lower() in self.senses["weapon_subject_verbs"] and pat.event_type == "ASSAULT" and not any(
                self.is_instrument(t) or t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in _weapons()
                for t in [source] + [g for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                                     for g in c.children if g.dep_ == "pobj"]):
            return None  # ("X hit Y with missiles" is one too)
        if pat.event_type == "RETREAT" and not self._retreat_sense(v):
            return None
        if pat.event_type == "AID" and v.lemma_.lower() in self.senses["help_verbs"] and any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in v.children):
            return None
        if pat.event_type == "COERCE" and v.lemma_.lower() in self.senses["engagement_verbs"] and self._engages_weapons(v):
            return Pattern(pat.lemma, pat.extra, "ASSAULT", None, "190", pat.order, pat.src)
        if pat.event_type == "COERCE" and v.lemma_.lower() in self.senses["struck_destruction_verbs"] and any(
                self.is_instrument(t) for t in self._doers(v, source)):
            return Pattern(pat.lemma, pat.extra, "ASSAULT", None, "190", pat.order, pat.src)
        if pat.event_type == "PROTEST" and pat.mode == "obstruct" and source is not None and (
                source.lemma_.lower() in self.senses["state_forces"] or source.lower_ in self.senses["state_forces"]):
            return Pattern(pat.lemma, pat.extra, "COERCE", "restrict", "191", pat.order, pat.src)
        if pat.event_type == "ASSAULT" and self._crowd_control(v):
            return Pattern(pat.lemma, pat.extra, "COERCE", "restrict", "172", pat.order, pat.src)  # as "disperse"
        if source is not None and pat.event_type in ("COERCE", "ASSAULT"):
            lemma = v.lemma_.lower()
            spec = self.senses["protest_senses"].get(lemma)
            agents = self.senses["riot_agents" if lemma in self.senses["riot_fight_verbs"] else "protesters"]
            if spec and (source.lemma_.lower() in agents or source.lower_ in agents):
                mode, cameo = spec.split("|")
                return Pattern(pat.lemma, pat.extra, "PROTEST", mode or None, cameo, pat.order, pat.src)
        return pat

    def labour_strike(self, v: Token, source: Token | None) -> bool:
        """'Truck drivers launched a three-day strike', 'unions launched a nationwide strike': a strike by working
        people, or one counted in days or called general, is a stoppage of work, not an air strike."""
        nouns = [v] if v.pos_ == "NOUN" else [c for c in v.children if c.dep_ in ("dobj", "obj")]
        nouns = [n for n in nouns if self._word_in(n, "labour_strike_nouns")]
        if not nouns:
            return False
        if any(self._word_in(m, "labour_strike_modifiers") for n in nouns for c in n.children
               if c.dep_ in ("amod", "compound", "nmod") for m in [c, *c.children]):
            return True
        return source is not None and self._word_in(source, "labour_agents")

    def _word_in(self, tok: Token, key: str) -> bool:
        return tok.lemma_.lower() in self.senses[key] or tok.lower_ in self.senses[key]

    @staticmethod
    def _affected(v: Token) -> list[Token]:
        """What a verb acts on: its objects, the subject of its passive, the noun it modifies as a participle
        ("blocked property"), with their conjuncts."""
        out = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if v.dep_ == "amod":
            out.append(v.head)
        return out + [k for t in out for k in t.conjuncts]

    def _sanction(self, pat: Pattern) -> Pattern:
        event_type, mode, cameo = self.senses["sanction_type"].split("|")
        return Pattern(pat.lemma, pat.extra, event_type, mode or None, cameo, pat.order, pat.src)

    # -- senses of speech, opinion and contest (issue 9) --------------------------------------------------
    def _clause_heads(self, v: Token) -> list[Token]:
        """The verb and the verbs it hangs on as a complement, a conjunct or an adverbial clause ("continued to
        attack", "responded via Twitter, attacking"): where a reason, a topic or a channel may be attached."""
        out, node = [v], v
        for _ in range(2):
            if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
                break
            node = node.head
            out.append(node)
        return out

    def _force_context(self, v: Token, source: Token | None) -> bool:
        """An armed agent, a weapon or a toll in the sentence: a verb of attack keeps its sense of force."""
        s = self.senses
        armed = s["armed_agents"]
        if source is not None and (source.lemma_.lower() in armed or source.lower_ in armed):
            return True
        weapons = _weapons()
        toll = s["casualty_kills"] | s["casualty_wounds"] | {"die", "dead"}
        return any(t.pos_ == "NOUN" and (self.is_instrument(t) or t.lemma_.lower() in weapons) or
                   t.lemma_.lower() in toll for t in v.sent)

    def verbal_attack(self, v: Token, source: Token | None) -> bool:
        """'attacked Trump for the tweet', 'attacked the impeachment inquiry', 'attack Trump on his taxes': an attack
        in words (senses.yaml verbal_attack_verbs)."""
        s = self.senses
        if v.lemma_.lower() not in s["verbal_attack_verbs"] or self._force_context(v, source):
            return False
        heads = self._clause_heads(v)
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep":
                    continue
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                p = c.lower_
                if h is v and p in s["verbal_reason_preps"] and any(
                        g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in s["verbal_reason_not"]
                        for g in objs):
                    return True  # "for the tweet", "over his remarks", "as a political strategy"
                if h is v and p in s["verbal_topic_preps"] and any(
                        g.dep_ == "pcomp" or g.tag_ == "VBG" or any(k.dep_ == "poss" for k in g.children)
                        for g in objs if g.ent_type_ not in ("DATE", "TIME")):
                    return True  # "on his taxes", "on paying fewer taxes"
                if any(g.lemma_.lower() in s["speech_channels"] or g.lower_ in s["speech_channels"] for g in objs):
                    return True  # "on live television", "via Twitter", "in a speech"
        if any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in self.p.speech_verbs for c in v.children):
            return True  # "attacked Biden ..., accusing the family of ..."
        words = s["discourse_objects"] | s["measure_nouns"]
        obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None and any(c.dep_ == "auxpass" for c in v.children):
            obj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        return obj is not None and (obj.lemma_.lower() in words or obj.lower_ in words)

    def _press(self, tok: Token | None) -> bool:
        return tok is not None and (tok.lemma_.lower() in self.senses["press_words"] or tok.lower_ in self.senses["press_words"])

    def lone_discussion(self, v: Token, subject: Token | None) -> bool:
        """'He discussed why he joined the party', 'With Wikinews, Collins discusses his background': a discussion with
        no party to consult, or with the press, is no consultation (senses.yaml partner_verbs)."""
        if v.lemma_.lower() not in self.senses["partner_verbs"]:
            return False
        heads = self._clause_heads(v)
        # (the parser may hang the partner on the topic: "discussed the border dispute with Sharif")
        partners = [g for h in heads for c in (h.children if h is not v else h.subtree) if c.dep_ == "prep" and
                    c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        if any(self._press(p) for p in partners) or self._press(subject):
            return True
        if partners or any(h is not v and self.match_verb(h) is not None for h in heads):
            return False  # "discussed trade with Lavrov", "met his counterpart and discussed ways to ..."
        if subject is None:
            return False
        # one named party or one person ("Collins", "he"), not several ("the ministers", "Turkey and Libya")
        single = subject.tag_ == "NNP" or subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "i")
        return single and not subject.conjuncts

    def opinion(self, v: Token, pat: Pattern) -> bool:
        """'agreed that vaccines have done more good', 'La Riva agreed, claiming ...', 'agreed with the nationalization':
        agreeing with a view, not to anything (senses.yaml opinion_verbs)."""
        s = self.senses
        if v.lemma_.lower() not in s["opinion_verbs"] or pat.extra or pat.event_type != "AGREE":
            return False
        if v.dep_ == "acl" or v.tag_ == "VBN" and v.dep_ == "amod":
            return False  # "a cease-fire agreed between Azerbaijan and Armenia"
        for c in v.children:
            if c.dep_ in ("xcomp", "dobj", "obj", "auxpass", "nsubjpass"):
                return False
            if c.dep_ == "prep" and c.lower_ in s["agreed_preps"] and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
                return False
            if c.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ in s["agreed_clause_aux"] for g in c.children):
                return False  # "agreed that talks would resume"
            if c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return False  # "agreed with Airbus to open a factory" (the parser's reading)
        return True

    def question(self, v: Token) -> bool:
        """'asked Trump about it', 'asked whether an investigation was conducted', 'asked questions': a question, not a
        request (senses.yaml question_verbs)."""
        s = self.senses
        if v.lemma_.lower() not in s["question_verbs"]:
            return False
        if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in v.children):
            return False
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in s["question_preps"]:
                return True
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in s["question_objects"]:
                return True
            if c.dep_ == "ccomp" and c.left_edge.lower_ in s["question_words"]:
                return True
        return False

    def attempt(self, v: Token) -> bool:
        """'seeks to improve its coverage': trying to do something, not asking for it (senses.yaml attempt_verbs);
        'sought the party's nomination', 'seek elected office': running for an office (offices_sought)."""
        if v.lemma_.lower() not in self.senses["attempt_verbs"]:
            return False
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        if not objs:
            return any(c.dep_ == "xcomp" for c in v.children)
        return any(o.lemma_.lower() in self.senses["offices_sought"] or o.lower_ in self.senses["offices_sought"]
                   for o in objs)

    def contest(self, v: Token, source: Token | None) -> bool:
        """'Hagan defeated incumbent Senator Elizabeth Dole', 'Caloundra defeated Wynnum 45 points to 24': a vote, a
        race or a match won, not an attack (senses.yaml contest_verbs)."""
        s = self.senses
        if v.lemma_.lower() not in s["contest_verbs"]:
            return False
        parties = [t for t in [source] + [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")] +
                   [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if t is not None]
        armed = s["armed_agents"] | s["armed_modifiers"]
        if any(t.lemma_.lower() in armed or t.lower_ in armed for t in parties):
            return False
        return any(t.ent_type_ == "PERSON" for t in parties) or self.off_topic(v.sent.text) or any(
            t.lower_ in s["contest_words"] or t.lemma_.lower() in s["contest_words"] for t in v.sent)

    def _crowd_control(self, v: Token) -> bool:
        """Is what ``v`` fires or uses a non-lethal means of crowd control (senses.yaml crowd_control): "fired
        tear gas and rubber bullets at students", "fired stun grenades into the crowd", "attacked them with water
        cannon"? Lethal means named beside it ("tear gas shells and live rounds") do not make it an assault: the
        means of dispersal decides, as the typing gold codes it."""
        means = self.senses["crowd_control"]
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")] + [
            g for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        for o in objs:
            for t in [o, *o.conjuncts]:
                head = t.lower_
                if head not in means:
                    continue
                mods = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")}
                if not means[head] or mods & set(means[head]):
                    return True
        return False

    @staticmethod
    def _doers(v: Token, source: Token | None) -> list[Token]:
        """Who or what does ``v``: its source, its subject, the agent of a passive ("destroyed by an airstrike"),
        and the head of a conjunct ("one strike engaged a unit and destroyed a position")."""
        out = [source] if source is not None else []
        for node in [v] + ([v.head] if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") else []):
            out += [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and node is v or c.dep_ == "nsubj"]
            out += [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return out

    def _engages_weapons(self, v: Token) -> bool:
        """Is what ``v`` intercepts or destroys a weapon: "11 Ukrainian drones", "a drone attack", "28 of them" or
        "one of them" after weapons named shortly before (senses.yaml engagement_verbs)?"""
        passive = any(c.dep_ == "auxpass" for c in v.children)
        obj = next((c for c in v.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))), None)
        for other in [v.head] if v.dep_ == "conj" and v.head.pos_ == "VERB" else [] + [
                c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
            if obj is None:  # "intercepted and destroyed 11 drones": the object the two verbs share
                obj = next((c for c in other.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and (obj.pos_ in ("NUM", "PRON") or obj.lower_ in _L.quantifiers_set):
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), obj)
        if obj is None:
            return False
        weapons = self.senses["engaged_weapons"]

        def weapon(t: Token) -> bool:
            return t.pos_ == "NOUN" and (t.lemma_.lower() in weapons or t.lower_ in weapons)
        if obj.pos_ == "PRON":
            # "shot down some of them": the weapons named in the last few sentences
            return any(weapon(t) and t.tag_ == "NNS" for t in obj.doc[max(0, obj.i - 60):obj.i])
        return any(weapon(t) for t in [obj, *obj.conjuncts] +
                   [c for c in obj.children if c.dep_ == "compound"])

    def _retreat_sense(self, v: Token) -> bool:
        """Released things and people coming home are no RETREAT (senses.yaml release_verbs, captives,
        return_agents)."""
        lemma = v.lemma_.lower()
        if lemma in self.senses["release_verbs"]:
            passive = any(c.dep_ == "auxpass" for c in v.children)
            patient = next((c for c in v.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))), None)
            if patient is None and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN"):
                patient = v.head  # "a statement released by his office", "the advisory, released at 11 p.m."
            if any(c.dep_ == "prep" and c.lower_ == "from" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in self.senses["care_places"] for g in c.children)
                   for c in v.children):
                return False  # "was released from the hospital": a discharge, not a release from custody
            if patient is None or patient.pos_ == "PRON":
                return True
            if patient.lower_ in _L.quantifiers_set or patient.pos_ == "NUM":  # "freed hundreds of detainees"
                patient = next((g for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"), patient)
            return patient.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or patient.lemma_.lower() in self.senses["captives"] or \
                patient.lower_ in self.senses["captives"]
        if lemma == "return" and not any(c.dep_ in ("dobj", "obj") for c in v.children):
            subj = _inherited_subject(v)
            if subj is None:
                return True
            words = {subj.lemma_.lower(), subj.lower_} | {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod")}
            return bool(words & set(self.senses["return_agents"]))
        return True

    def _background(self, tok: Token) -> bool:
        """A long conflict as a whole ("the war", "the jihadist uprising", "the civil war"), whose toll is background."""
        words = self.senses["background_agents"]
        phrase = " ".join(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i)
        return tok.lemma_.lower() in words or tok.lower_ in words or f"{phrase.split(' ')[-1]} {tok.lower_}" in words

    def generic_noun(self, tok: Token) -> bool:
        """A plural event noun naming a kind of activity that someone plans, directs or equips, not an event
        ("planned attacks in Logar", "weapons for attacks in Kabul"; senses.yaml, generic_heads)."""
        if tok.tag_ != "NNS" or any(e.label_ in ("DATE", "TIME") for e in span_ents(tok.sent)):
            return False
        for c in tok.children:
            if c.dep_ in ("det", "nummod", "poss", "predet") and c.lower_ not in self.senses["generic_quantifiers"]:
                return False
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        heads = self.senses["generic_heads"]
        gov = head.head
        if head.dep_ in ("dobj", "obj"):
            return gov.lemma_.lower() in heads
        if head.dep_ == "pobj" and gov.lower_ in ("for", "in"):
            owner = gov.head
            return owner.lemma_.lower() in heads or owner.lower_ in heads or (
                gov.lower_ == "for" and owner.pos_ in ("NOUN", "ADJ") and owner.i != tok.i)
        return False

    def evaluation(self, v: Token) -> tuple[Pattern, set[str]] | None:
        """'called the veto regrettable', 'described the date as an attempt to exclude them': naming or describing
        something with a word of blame is criticism (ACCUSE, disapprove), with a word of praise praise (SUPPORT).
        The words' valence comes from VADER's lexicon and senses.yaml evaluation_words (``evaluation.py``)."""
        if v.lemma_.lower() not in self.senses["evaluation_verbs"]:
            return None
        obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or not self._judged(obj):
            return None
        comp = [c for c in v.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > obj.i]
        comp += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        words = [t for c in comp for t in c.subtree]
        if not comp:  # "called their statements \"very ignorant and insulting\"": the parse hangs it on the object
            words = [t for c in obj.children if c.dep_ == "amod" and c.i > obj.i for t in c.subtree]
        # the description's head word decides ("a great big lie", "an obstacle to peace"); a neutral head ("an act of
        # inexplicable barbarity") is judged by its words, where only blame counts: praise must be said outright
        head = valence(comp[:1]) if comp else 0.0
        score = valence(words)
        polarity = ("negative" if head <= -1 or head > -1 and head < 1 and score <= -1 else
                    "positive" if head >= 1 or not comp and score >= 1 else None)
        spec = self.senses["evaluation_types"][polarity] if polarity else None
        if spec is None:
            return None
        event_type, mode, cameo = spec.split("|")
        return Pattern(v.lemma_.lower(), (), event_type, mode or None, cameo, 0, "evaluation"), set()

    def disapproval(self, tok: Token) -> tuple[Pattern, Token, Token] | None:
        """'The United States is deeply concerned by the sentencing of ...', 'remains concerned about', 'was disturbed by
        the decision': a party's dismay at something is criticism of it (senses.yaml disapproval_states), its
        satisfaction ('are encouraged by the decision') support (approval_states). Returns the
        pattern, the party (the subject of the copula or of the passive) and the thing (the object of the preposition)."""
        s = self.senses
        if tok.tag_ not in ("JJ", "VBN"):
            return None
        kind = "disapproval" if tok.lower_ in s["disapproval_states"] else \
            "approval" if tok.lower_ in s["approval_states"] else None
        if kind is None:
            return None
        prep = next((c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in s[kind + "_preps"]),
                    None)
        thing = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if thing is None or self._word_in(thing, "situation_nouns"):
            return None
        if tok.dep_ == "acomp":
            party = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif any(c.dep_ == "auxpass" for c in tok.children):
            party = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        else:
            party = None
        if party is None:
            return None
        event_type, mode, cameo = s[kind + "_type"].split("|")
        return Pattern(tok.lower_, (), event_type, mode or None, cameo, 0, kind), party, thing

    def claim_clause(self, v: Token) -> tuple[Pattern, set[str]] | None:
        """'claimed (that) the Houthis attacked journalists': a claim with a clause accuses the clause's subject
        (senses.yaml claim_clause_verbs). A first-person clause ("claimed we had won") is a boast, not a charge.""" 
        if v.lemma_.lower() not in self.senses["claim_clause_verbs"]:
            return None
        comp = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is None:
            return None
        # the accused is the subject of an active clause; a passive one names its victim ("claimed he was
        # poisoned"), a copula a state of things ("claimed this is a ploy")
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is None or subj.dep_ != "nsubj" or subj.lower_ in _L.first_person_set or \
                comp.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in comp.children):
            return None
        if not self._blames(comp):
            return None  # "claimed the plan would create five million jobs": a claim, no charge
        event_type, mode, cameo = self.senses["claim_clause_type"].split("|")
        return Pattern(v.lemma_.lower(), (), event_type, mode or None, cameo, 0, "claim clause"), set()

    def _blames(self, clause: Token) -> bool:
        """Does a claimed clause charge anyone: a word of blame in it (senses.yaml claim_blame_valence, VADER's
        lexicon) or a verb a pattern types as conflict (claim_blame_types)?"""
        lex = valence_lexicon()
        words = list(clause.subtree)
        if any(lex.get(t.lower_, lex.get(t.lemma_.lower(), 0.0)) <= self.senses["claim_blame_valence"] for t in words):
            return True
        types = self.senses["claim_blame_types"]
        for t in words:
            if t.pos_ == "VERB":
                m = self.match_verb(t)
                if m is not None and m[0].event_type in types:
                    return True
        return False

    def thing_received(self, v: Token, actorish) -> bool:
        """'received 192 votes', 'received an award', 'met the deadline', 'was met with applause': a verb of receiving
        or meeting a visitor (senses.yaml guest_verbs) whose object is a thing, not an actor nor an event ('hosted
        talks'), is no meeting."""
        if v.lemma_.lower() not in self.senses["guest_verbs"]:
            return False
        obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None and any(c.dep_ == "auxpass" for c in v.children):
            obj = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            return False
        if obj.lower_ in _L.quantifiers_set or obj.lemma_.lower() in self.senses["guest_quantities"]:
            # "met a bunch of Morgul Orcs", "received a group of observers": the counted are the object
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), obj)
        named = ("PERSON", "ORG", "GPE", "NORP")
        return not (actorish(obj) or obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in named
                    or obj.lemma_.lower() in self.senses["guest_nouns"] or self._meeting_noun(obj)
                    or any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in named for c in obj.children))

    def stance(self, v: Token, actorish) -> bool:
        """'supported LGBT rights', 'We support a balanced budget', 'supported the Eighteenth Amendment', 'favored
        European integration': backing an issue, a policy or a measure is a stance, not support of an actor (the
        guidelines leave stances on policies uncoded). A verb of backing (senses.yaml stance_verbs) keeps its sense
        where its object is an actor, a name of one, an event ('supported the ceasefire'), a proposal ('supported the
        plan for the northern municipalities'), or something of an actor's ('support Ukraine's finances', 'the
        government of Hadi')."""
        if v.lemma_.lower() not in self.senses["stance_verbs"]:
            return False
        obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or obj.pos_ != "NOUN":
            return False
        named = ("PERSON", "ORG", "GPE", "NORP")

        def party(t: Token) -> bool:
            return actorish(t) or t.pos_ in ("PROPN", "PRON") and t.ent_type_ not in ("LAW", "DATE", "CARDINAL") \
                or t.ent_type_ in named

        if party(obj) or obj.lemma_.lower() in self.senses["backed_people"] or \
                obj.lemma_.lower() in self.senses["backed_proposals"] or self.match_noun(obj) is not None:
            return False
        return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and party(c) or c.dep_ == "prep" and any(
            g.dep_ == "pobj" and party(g) for g in c.children) for c in obj.children)

    def _meeting_noun(self, obj: Token) -> bool:
        """'hosted talks', 'met their demands': an event noun as the object keeps the verb's sense; criticism received
        ('received criticism for the move') is no meeting."""
        m = self.match_noun(obj)
        return m is not None and m.event_type != "ACCUSE"

    def _judged(self, obj: Token) -> bool:
        """What is called something must be an actor, or an act, word or measure of a named party ("the U.S. veto",
        "their statements", "it"), not a state of things ("called the crisis the worst in the world"). A party's
        act named without its party ("called the raids a violation") is left out: its doer is told elsewhere in the
        story, and a criticism with no target is half an event."""
        if obj.lower_ in _L.relative_pronouns_set:
            return False
        if obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        return any(c.dep_ in ("poss", "compound", "amod") and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
                                                               c.pos_ == "PRON") for c in obj.children)

    def light_verb(self, v: Token) -> tuple[Pattern, set[str]] | None:
        """'stage a walkout', 'carry out an attack': a light verb typed by its object's noun pattern."""
        lemma = v.lemma_.lower()
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        # "granted Paul Pogue a full and unconditional pardon": the parser hangs the object on the recipient
        objs += [a for c in v.children if c.dep_ == "dative" for a in c.children if a.dep_ == "appos" and
                 a.pos_ == "NOUN"]
        if lemma in self.senses["participation_verbs"]:
            # "took part in a half-day strike", "participated in the protest": the noun of "in" is the act
            heads = [v] + [o for o in objs if o.lemma_.lower() == "part"]
            objs = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj"]
        elif lemma not in self.senses["light_verbs"]:
            return None
        for o in objs:
            if self.generic_noun(o):
                continue  # "carried out attacks in Helmand": an activity, not an event
            pat = self.match_noun(o)
            if pat is not None and lemma in ("take", "participate") and lemma in self.senses["participation_verbs"] \
                    and pat.event_type in self.senses["material_types"]:
                continue  # "people who have taken part in the violence" name no act of their own
            if pat is not None:
                words = {o.lower_, o.lemma_.lower()} | set(pat.extra)
                return Pattern(v.lemma_.lower(), (o.lemma_.lower(),), pat.event_type, pat.mode, pat.cameo, pat.order,
                               f"light verb + noun pattern {pat.lemma}"), words
        return None

    # -- triggers ----------------------------------------------------------------------------
    @staticmethod
    def extra_matches(tok: Token, extra: tuple[str, ...]) -> bool:
        """Each extra word must be a child of the trigger or of another matched word."""
        frontier, todo = [tok], list(extra)
        changed = True
        while todo and changed:
            changed = False
            for w in list(todo):
                # (the trigger's subject is no part of it: "Talks between A and B began" is no "begin talks")
                hit = next((c for f in frontier for c in f.children if (c.lower_ == w or c.lemma_.lower() == w)
                            and not _temporal_prep(c) and not (f is tok and c.dep_ == "nsubj")), None)
                if hit is None:  # "called for the G7 to discuss": 'for' marks the clause
                    hit = next((g for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp") for g in c.children
                                if g.dep_ == "mark" and g.lower_ == w), None)
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

    def _verb_lemmas(self, tok: Token, index: dict[str, list[Pattern]]) -> list[Pattern] | None:
        """Patterns for a verb whose form the lemmatizer missed ("staged" -> "stag", "retook")."""
        w = tok.lower_
        irregular = self._irregular.get(w)
        if irregular:
            return index.get(irregular)
        if tok.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
            return None
        stems = []
        if w.endswith("ied"):
            stems.append(w[:-3] + "y")
        if w.endswith("ed"):
            stems += [w[:-1], w[:-2]] + ([w[:-3]] if len(w) > 4 and w[-3] == w[-4] else [])
        if w.endswith("ing"):
            stems += [w[:-3] + "e", w[:-3]] + ([w[:-4]] if len(w) > 5 and w[-4] == w[-5] else [])
        if w.endswith("es"):
            stems.append(w[:-2])
        if w.endswith("s"):
            stems.append(w[:-1])
        return next((index[s] for s in stems if s in index), None)

    def match(self, tok: Token, index: dict[str, list[Pattern]]) -> tuple[Pattern, set[str]] | None:
        cands = index.get(tok.lemma_.lower()) or index.get(tok.lower_)
        if not cands and tok.pos_ == "VERB":
            cands = self._verb_lemmas(tok, index)
        if not cands:
            return None
        best = None
        for pat in cands:
            if self.extra_matches(tok, pat.extra):
                if best is None or (pat.specificity, -pat.order) > (best.specificity, -best.order):
                    best = pat
        if best is None or best.event_type == NOT_EVENT:
            return None
        return best, set(best.extra)

    def match_any_not_event(self, tok: Token) -> bool:
        """Does a not-event sense ("deliver a speech", "take place") match the verb?"""
        cands = self.p.verbs.get(tok.lemma_.lower()) or self.p.verbs.get(tok.lower_) or ()
        return any(p.event_type == NOT_EVENT and self.extra_matches(tok, p.extra) for p in cands)

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
            # A future or intended act is a speech act (an announced intent, a threat) when someone states it:
            # a speaker, or a statement's author. In news narration a plain future ("Turkey will allow ...")
            # or a plan of policy is still an announcement, but a conditional ("Russia would attack if ...",
            # "could face sanctions") or a planned attack ("the militants plan to strike") is the reporter's
            # account of what may happen, not a threat anyone made.
            stated = claimant.kind != "author" or is_statement or not self._narrated_conjecture(trig, pat, mod_head)
            if (future or intent) and stated:
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

    @staticmethod
    def _narrated_conjecture(trig: Token, pat: Pattern, mod_head: Token | None) -> bool:
        """A conditional or a planned violent act, as narration: not a speech act of its subject."""
        heads = [trig] + ([mod_head] if mod_head is not None else [])
        if any(c.dep_ == "mark" and c.lower_ in _L.condition_marks_set for h in heads for c in h.subtree
               if c.head.dep_ == "advcl" and c.head.head.i == h.i):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _L.conditional_aux_set for c in trig.children):
            return True
        return pat.event_type == "ASSAULT" and mod_head is not None

    def cameo_root(self, event_type: str) -> str:
        return self.types.cameo_root[event_type]

    # -- contexts ------------------------------------------------------------------------------
    def contexts(self, sent: Span) -> list[str]:
        """PLOVER contexts whose cue words occur in the sentence (data/contexts.yaml), in file order."""
        words = set()
        for t in sent:  # one pass over the tokens: each spaCy Token is built anew on every iteration
            words.add(t.lemma_.lower())
            words.add(t.lower_)
        text = span_text(sent).lower()
        return [ctx for ctx, single, phrases in self._context_split
                if not words.isdisjoint(single) or any(c in text for c in phrases)]


def _temporal_prep(c: Token) -> bool:
    """A preposition of time ("fired its chief executive on Tuesday"): no particle of a pattern ("fire on")."""
    return c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lower_ in _L.day_words_set)
                                    for g in c.children)


def _weapons() -> frozenset[str]:
    """The weapons of data/valency.yaml ("warplanes", "jets"), besides the instruments of data/senses.yaml."""
    from .valency import words

    return words().instruments


def _inherited_subject(v: Token) -> Token | None:
    """A verb's subject, or the one it shares with the verb it is coordinated with or completes ("she divorced
    and returned", "before returning to the US", "is scheduled to remain ... and return")."""
    node = v
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or node.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or node.head.i == node.i:
            return subj
        # "before returning": the gerund hangs on the preposition, which hangs on the clause's verb
        node = node.head.head if node.dep_ == "pcomp" else node.head
    return None


def _named_by(tok: Token, words) -> bool:
    """Is the noun one of ``words``, alone or with the hyphenated words before it: the tokenizer splits "a
    tractor-trailor" into "tractor", "-", "trailor"."""
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return True
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].text == "-" and start - 2 >= tok.sent.start:
        start -= 2
    return start < tok.i and tok.doc[start:tok.i + 1].text.replace(" ", "").lower() in words
