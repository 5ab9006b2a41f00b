"""The countries a sentence or a story names, for the generic agents it leaves unplaced.

A generic agent or victim ("police", "two residents") takes its country from its sentence's place and people
entities (``ActorResolver`` rule ``context``), from the story's dateline when the body returns to it, or from the
story's focus. This module says which countries those are; the pipeline resolves the mentions with them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date

from ..nlp import span_ents
from ..records import Document, Event, Mention
from .patterns import lexicon
from .targets import actor_target_types
from .valency import place_target_types

_L = lexicon()

# "met in Ghana's capital", "in the Ghanaian capital": a body restating where its dateline is
_CAPITAL_OF = re.compile(r"\b(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:['’]s)?\s+capital\b(?!\s+(?:of|city)\b)")


def based_in(ent) -> bool:
    """"the Norway-based leader of ... party": where someone works from, not whose the sentence's people are; and
    "an ethnic Albanian", "Russian-speaking youths": an ethnicity or a language (lexicon.yaml ethnic_markers,
    language_suffixes), not the sentence's state."""
    after = ent.doc.text[ent.end_char:ent.end_char + 12].lower()
    return after.startswith("-based") or after.startswith(_L.language_suffixes) or ent.label_ == "NORP" and (
        any(t.lower_ in _L.ethnic_markers_set for t in ent.doc[max(ent.start - 1, 0):ent.start]) or
        any(c.lower_ in _L.ethnic_markers_set and c.dep_ == "amod" for c in ent.root.children))


def ranked(ent_countries: list[list[tuple[str, str]]]) -> list[str]:
    """Countries named by place entities (``Countries.named`` of each sentence), most frequent first; a tie for
    first gives an empty list."""
    c: Counter = Counter(country for sent in ent_countries for label, country in sent if label == "GPE")
    top = c.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return []
    return [k for k, _ in top]


def accused(sent_events: list[Event]) -> tuple[Mention, ...]:
    """Whom a sentence accuses or blames ("an attack he blamed on support from Serbia"): who is charged, not where
    anything happened, so no generic agent of the sentence takes that country."""
    return tuple(e.target for e in sent_events if e.event_type == "ACCUSE" and e.target is not None)


class Countries:
    """Country cues of sentences and stories, read with one actor resolver."""

    def __init__(self, actors):
        self.actors = actors

    def state(self, ent, when: date | None) -> str | None:
        """The state a place or people entity names (not where someone is based, nor an ethnicity or a language:
        `based_in`), or None."""
        if ent.label_ not in ("GPE", "NORP") or based_in(ent):
            return None
        a = self.actors.resolve(ent.text, when=when)
        return a.country if a and a.country and a.country not in ("IGO", "NGO") else None

    def named(self, sent, when: date | None) -> list[tuple[str, str]]:
        """(label, country) for each GPE/NORP entity of a sentence that resolves to a state."""
        return [(e.label_, c) for e in span_ents(sent) if (c := self.state(e, when)) is not None]

    def outside(self, sent, off: int, mentions, when: date | None, keep: Mention | None = None) -> tuple[str, ...]:
        """The countries a sentence's place and people entities name outside the given mentions' spans; with
        ``keep``, also leaving out a nationality or possessor that modifies a noun outside ``keep`` ("the French
        embassy", "Russia's ambassador"): it tells whose that thing or person is, not where the sentence is."""
        spans = [(m.start, m.end) for m in mentions if m is not None and m.start is not None]

        def outside_keep(tok) -> bool:
            """Is the word ``tok`` outside ``keep``'s span (never, without ``keep``)?"""
            return keep is not None and keep.start is not None and \
                not keep.start <= tok.idx + off < max(keep.end, keep.start + 1)

        out = []
        for e in span_ents(sent):
            a, b = e.start_char + off, e.end_char + off
            r0 = e.root
            while r0.dep_ == "conj" and r0.head.dep_ in ("amod", "compound", "poss", "nmod", "conj"):
                r0 = r0.head  # "Australian and Malaysian troops": each nationality modifies the troops
            if outside_keep(r0.head) and r0.dep_ in ("amod", "compound", "poss", "nmod") and \
                    r0.head.pos_ in ("NOUN", "PROPN"):
                continue
            if r0.dep_ == "pobj" and r0.head.dep_ == "prep" and r0.head.lower_ in _L.side_phrase_preps_set and \
                    r0.head.head.pos_ == "NOUN" and outside_keep(r0.head.head):
                continue  # "a scandal over coal exports to China": whither the thing went, not where anyone is
            if not any(s < b and a < t for s, t in spans) and (c := self.state(e, when)) is not None:
                out.append(c)
        return tuple(dict.fromkeys(out))

    def states_across(self, ev: Event, m: Mention, sent_events: list[Event], when: date | None
                      ) -> tuple[Mention, ...]:
        """The states named by their name on the other side of ``ev``'s act from ``m`` (its target, or each
        coordinated target of one trigger: "asked Australia, New Zealand and Portugal"), when ``m`` is its source,
        and the other way round for an interaction's addressee ("Russia accused the ministry"; but "Russia sent
        troops" sends its own)."""
        out = []
        for e in sent_events:
            if e.trigger_start != ev.trigger_start:
                continue
            x = e.target if m is ev.source else \
                e.source if m is ev.target and ev.event_type in actor_target_types() else None
            if x is None or x is m or x.kind != "entity":
                continue
            a = x.actor or self.actors.resolve(x.text, when=when)
            if a is not None and (a.entry or "").startswith("country:"):
                out.append(x)
        return tuple(out)

    def rehome_generic(self, ev: Event, sent, off: int, sent_events: list[Event], charged: tuple[Mention, ...],
                       sent_countries: tuple[str, ...], when: date | None,
                       resolve: Callable[[Mention, tuple[str, ...]], None]) -> None:
        """Resolve again, with only its own countries, each generic agent or victim of ``ev`` that took a country
        from its sentence (``sent_countries``; ``resolve(m, countries)`` resolves ``m`` with those). A generic
        agent or victim of force ("two residents", "police") takes no country from the other side's own words
        ("Israeli forces shelled Khiam, wounding two residents"), no generic agent takes one from a nationality
        that describes something else of its sentence ("Police fired tear gas ... who set the French embassy on
        fire"), nor from a state its own act is done to or by ("The government asked Australia and Portugal to
        send troops": a body does not address or accuse its own state by name), nor from whom the sentence
        accuses (``charged``: `accused`). Where the new reading finds no country, the first stays."""
        for m, others in ((ev.source, (ev.target, ev.object)), (ev.target, (ev.source, ev.instrument))):
            if m is not None and m.actor is not None and m.actor.rule == "context" and sent_countries:
                states = self.states_across(ev, m, sent_events, when)
                own = self.outside(sent, off, (others if ev.event_type in place_target_types() else ()) + states +
                                   tuple(a for a in charged if a is not m), when, keep=m)
                if own != sent_countries:
                    before = m.actor
                    resolve(m, own)
                    if m.actor is None or not m.actor.country:
                        m.actor, m.unresolved = before, False  # nothing better to go on

    def focus(self, geo_focus: str | None, named: list[list[tuple[str, str]]]) -> str | None:
        """The story's country: the geocoder's focus (ISO 3166 alpha-2), else the country its sentences' place
        entities name most (``named``: `named` of each sentence; none on a tie)."""
        if geo_focus:
            return self.actors.d.iso2_to_iso3.get(geo_focus)
        top = ranked(named)
        return top[0] if top else None

    def agents_home(self, doc: Document, focus: str | None, dl: tuple | None) -> str | None:
        """The country of the generic agents a story leaves unplaced: its dateline's when the body returns to it
        (`dateline_home`), else the story's ``focus``, else its dateline's, the fallback place of a wire story
        ("BELGRADE, July 10 - Police fired tear gas ...")."""
        home = self.dateline_home(doc, dl)
        if home is not None:
            return home
        if focus is None and dl is not None:
            return dl[0].country
        return focus

    def dateline_home(self, doc: Document, dl: tuple | None) -> str | None:
        """The country of a wire story's dateline when its body names that country too (a place, a state or a
        nationality): the story is told from there and about it, so it is the country of the generic agents the
        body leaves unplaced ("CHISINAU - Moldova's foreign ministry said it had expelled a Russian diplomat ... a
        day after its law enforcement agencies detained two officials"), even where other countries are named
        more often. A dateline the body never returns to ("ABIDJAN (AFP) - Jihadists ambushed Burkinabe troops")
        is only a bureau. ``dl``: the dateline's place and span (`GeoResolver.dateline_place`)."""
        if dl is None or not dl[0].country:
            return None
        # "met in Ghana's capital", "in the Ghanaian capital": the body restating where its dateline is says
        # nothing of what the story is about
        body = _CAPITAL_OF.sub(" ", doc.text[dl[1][1]:])
        if dl[0].country in self.actors.context_countries(body, doc.anchor_date,
                                                          kinds=("country", "capital", "demonym", "territory")):
            return dl[0].country
        return None
