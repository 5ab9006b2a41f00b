"""Relevance: which coded events are political events (issue 9). Words in ``data/senses.yaml``.

An event needs a political actor. That is a source or target the dictionaries code, a named entity, a
resolved pronoun, the author or a quoted speaker; nominal events with a place ("casualties in X") are kept.
Without one, four kinds of event still name their parties:

- the parties of a conflict or a talk named as a pair ("Both sides blame each other", "the two armies fired",
  ``coref.yaml`` pair): whoever they are, they are the story's two parties;
- a speech act whose speaker is a personal pronoun ("He condemned ...", "They urged ...", senses.yaml
  speech_types, speaker_pronouns): a statement has a speaker, whom the story names elsewhere;
- an attack told by its weapon ("A second bomb exploded"): the weapon implies an agent;
- a state's act on a person whose doer is the state by definition: arrests, sentences, convictions, detention,
  deportation ("He was sentenced to two months", "They were arrested": senses.yaml custody_triggers), as a seizure
  of things is (seizure_triggers).

A visit (CONSULT, mode visit) needs a political visitor: civilians, refugees, firms, churches, schools or the press
travelling or arriving are no visit (senses.yaml private_sectors).

In a sports, business, technology or entertainment sentence (``TypeDecision.off_topic``) only an actor coded with a
sector or an organisation counts, and none of the three applies. Firms among themselves are no political actors
("Google signed a deal with Samsung", "the company fired its chief executive"): an event whose only coded actors
are businesses is dropped.

Two kinds of sentence tell no event, whoever they name: a direct question ("Did the federation ever support you?",
"Why should voters support Hawkins?"), which asks whether or why something happens and asserts nothing (a question
inside quotation marks is a speaker's words and is judged like them); and a sentence mostly in another script (a
Hindi answer quoted in an English interview), which the English model and dictionaries cannot read.
"""
from __future__ import annotations

from ..records import Event, Mention
from .coref import pair_mention


class Relevance:
    def __init__(self, senses: dict, off_topic):
        self.off_topic = off_topic
        self.seizures = tuple(senses["seizure_triggers"])
        self.custody = tuple(senses["custody_triggers"])
        self.speech = frozenset(senses["speech_types"])
        self.speakers = frozenset(senses["speaker_pronouns"])
        self.private = frozenset(senses["private_sectors"])

    def keep(self, e: Event) -> bool:
        if not self._visitor(e) or _asks(e.sentence_text) or _foreign_script(e.sentence_text):
            return False
        off_topic = self.off_topic(e.sentence_text)
        coded = [m.actor for m in (e.source, e.target) if m is not None and m.actor is not None]
        if coded and all(a.sector == "BUS" for a in coded):
            return False
        for m in (e.source, e.target):
            if m is None:
                continue
            if off_topic:
                if m.actor is not None and (m.actor.sector or m.actor.org):
                    return True
                continue
            if m.actor is not None or m.kind in ("entity", "author", "quoted", "combined"):
                return True
            if m.kind == "pronoun" and m.query:  # a pronoun counts once it has an antecedent
                return True
        if off_topic:
            return False
        trigger = e.trigger_text.lower()
        return (
            # a material act on a thing with no actor named ("drones attacked an oil refinery"), a thing seized
            # ("The shipment was seized")
            e.nominal and e.location_span is not None
            or e.event_type == "ASSAULT" and e.object is not None
            or not e.nominal and e.event_type == "COERCE" and bool(e.object or e.target) and trigger.startswith(self.seizures)
            or not e.nominal and e.event_type == "COERCE" and e.target is not None and trigger.startswith(self.custody)
            or any(m is not None and pair_mention(m, self._before(e, m)) for m in (e.source, e.target))
            or not e.nominal and e.event_type in self.speech and e.source is not None and e.source.kind == "pronoun"
            and e.source.text.lower() in self.speakers
            # an attack told by its weapon ("A second bomb exploded", "Seventeen rockets struck near the base"):
            # the coder's sense rules have told a weapon from a hazard, and a weapon implies an agent
            or e.event_type == "ASSAULT" and e.instrument is not None)

    def _visitor(self, e: Event) -> bool:
        """A visit needs a political visitor: civilians, refugees, firms, churches or the press travelling or arriving
        ("80,000 displaced people who have arrived in Raqqa", "a church group travelling to Disney World") are none.
        An uncoded name ("Sam Gamgee left for Minas Tirith"), a pronoun or a state coded without a sector counts."""
        if e.event_type != "CONSULT" or e.mode != "visit" or e.nominal or e.source is None:
            return True
        m = e.source
        if m.actor is None:
            return m.kind in ("entity", "author", "quoted", "combined", "pronoun")
        return m.actor.sector not in self.private

    @staticmethod
    def _before(e: Event, m: Mention) -> str:
        """The sentence's text before a mention (its span may leave out a determiner: "both sides" -> "sides")."""
        if m.start is None or not e.sentence_start <= m.start <= e.sentence_start + len(e.sentence_text):
            return ""
        return e.sentence_text[:m.start - e.sentence_start]


_QUOTES = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')


def _asks(text: str) -> bool:
    """A direct question: the sentence ends with a question mark and quotes no one."""
    return text.strip().rstrip(" )]\u2019'").endswith("?") and not any(c in _QUOTES for c in text)


def _foreign_script(text: str) -> bool:
    """Mostly letters outside the Latin alphabets (Latin Extended-B ends at U+024F)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if c > "\u024f") > 0.3 * len(letters)
