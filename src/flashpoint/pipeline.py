"""Pipeline: Document -> DocResult (sentences, events with actors, dates and places).

One class used by every engine (local batches, Ray Data). Stages run in one direction:
nlp -> coding -> actors -> dates -> geo.
"""
from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import partial
from datetime import date

from . import CODER_VERSION
from .actors import ActorResolver
from .actors.dictionary import load_dictionary
from .actors.document import learn_document
from .coding.author import infer_author
from .coding.coder import Coder, SentenceContext, in_quotes
from .coding.coref import DocCoref
from .coding.gender import PersonGenders
from .coding.merge import merge_same_actors
from .coding.dateline import bar_tokens, barred_spans, outside
from .coding.transcript import Turn, speaker_at, speaker_mention, turns
from .coding.relevance import Relevance
from .coding.summary import drop_summaries
from .coding.valency import (peacekeepers, peacekeeping_story, place_target_types, self_target, settle_roles,
                             site_owner_country, unnamed_person)
from .actors.terms import office_terms
from .dates import DateScope, date_retold_acts, infer_year, parse_date
from .geo.resolver import DocGeo, GeoResolver, default_resolver
from .indicators.counts import assign_counts
from .nlp import parse_segments, span_ents, span_text
from .coding.patterns import lexicon
from .records import Document, Event, Mention, Place
from .sanitize import clean_for_coding, remap_spans
from .settings import Settings  # noqa: F401  (imported from here by engines, tests and scripts)
from .store import DocResult

_L = lexicon()


class DocumentTimeout(Exception):
    """One document took longer to code than ``Settings.doc_timeout``."""


class Pipeline:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._deadline: float | None = None
        # one dictionary for every stage, so a user's --actors file reaches the coder and geo too
        self.dictionary = load_dictionary(self.settings.actors_extra)
        self.coder = Coder(dictionary=self.dictionary)
        self.relevance = Relevance(self.coder.decision.senses, self.coder.decision.off_topic)
        self.actors = ActorResolver(self.dictionary)
        self._geo: GeoResolver | None = None

    @property
    def geo(self) -> GeoResolver:
        if self._geo is None:
            self._geo = default_resolver(self.dictionary)
        return self._geo

    # -- public -------------------------------------------------------------------------------
    def process(self, docs: list[Document]) -> list[DocResult]:
        """Code documents. Each is read without its invisible characters; spans point into the original."""
        for d in docs:
            self._dateline_year(d)
        clean = [clean_for_coding(d.text) for d in docs]
        shadows = [d if offsets is None else replace(d, text=text, dateline_span=d.dateline_span and (
                       bisect_left(offsets, d.dateline_span[0]), bisect_left(offsets, d.dateline_span[1])))
                   for d, (text, offsets) in zip(docs, clean)]
        results = self._process(shadows)
        for res, doc, (_, offsets) in zip(results, docs, clean):
            if offsets is not None:
                remap_spans(res, offsets)
                res.sentences = [(i, offsets[s], offsets[max(e - 1, s)] + 1, t) for i, s, e, t in res.sentences]
                res.document = doc
        return results

    def _dateline_year(self, doc: Document) -> None:
        """A year-less dateline's year from its own document and its feed date (set at ingest), now with the office
        terms of the titled persons it names (``dates.infer_year``); recorded as ``year_source`` in the metadata."""
        if doc.dateline_md is None or doc.year_source in ("metadata", "document"):
            return
        found = infer_year(doc.text, doc.dateline_md, doc.published, doc.dateline_span or (-1, -1),
                           terms=office_terms(self.dictionary, doc.text), feed=parse_date(doc.metadata.get("feed_date")))
        doc.dateline, doc.year_source = found if found else (None, "unresolved")
        doc.metadata = {**doc.metadata, "year_source": doc.year_source}

    def _process(self, docs: list[Document]) -> list[DocResult]:
        results = [DocResult(document=d) for d in docs]
        parsed: dict[int, list[tuple[int, object]]] = {}
        # documents in other languages are not parsed (an empty text keeps the indices aligned)
        texts = [d.text if d.language in ("en", "und") and len(d.text) <= self.settings.max_chars else ""
                 for d in docs]
        done = 0

        def finish(upto: int) -> None:
            # code each document as soon as its last segment is parsed, then let its parse go:
            # memory holds one document's segments, not the batch's
            nonlocal done
            while done < upto:
                self._process_guarded(results[done], parsed.pop(done, []))
                done += 1

        for i, offset, sdoc in parse_segments(texts, batch_size=self.settings.batch_size):
            finish(i)
            parsed.setdefault(i, []).append((offset, sdoc))
        finish(len(results))
        return results

    def _process_guarded(self, res: DocResult, segs: list[tuple[int, object]]) -> None:
        """Code one document within the size and time limits; a document over either is left uncoded."""
        if len(res.document.text) > self.settings.max_chars:
            res.error = f"document too large ({len(res.document.text):,} chars > {self.settings.max_chars:,})"
            return
        self._deadline = time.monotonic() + self.settings.doc_timeout if self.settings.doc_timeout else None
        try:
            self._process_one(res, segs)
        except DocumentTimeout:
            res.events, res.sentences, res.toponyms = [], [], []
            res.error = f"coding took longer than {self.settings.doc_timeout:g} s (--doc-timeout); not stored"
        finally:
            self._deadline = None

    def _check_time(self) -> None:
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise DocumentTimeout

    # -- per document -------------------------------------------------------------------------
    def _process_one(self, res: DocResult, segs: list[tuple[int, object]]) -> None:
        doc = res.document
        if doc.language not in ("en", "und"):
            # stored, not coded: the model and the dictionaries are English
            res.sentences = []
            return
        speakers = turns(doc.text)  # a transcript's speaker labels
        barred = barred_spans(doc) + [(t.start, t.end) for t in speakers]  # the dateline, the labels: never actors
        for off, sd in segs:
            bar_tokens(sd, off, barred)
        sents = [(off, s) for off, sd in segs for s in sd.sents if span_text(s).strip()]
        res.sentences = [(i, s.start_char + off, s.end_char + off, span_text(s)) for i, (off, s) in enumerate(sents)]
        is_statement = any(t.lower_ == "we" and t.dep_ in ("nsubj", "nsubjpass") and not in_quotes(t)
                           for _, s in sents for t in s)

        geo = self.geo.parse(segs) if self.settings.geocode else DocGeo([], [])
        # the countries each sentence's place and people entities name, resolved once
        ent_countries = [self._ent_countries(s, doc.anchor_date) for _, s in sents]
        gpe_countries = _ranked_countries(ent_countries)
        res.toponyms = [p for p in geo.places if p is not None]
        focus3 = self.actors.d.iso2_to_iso3.get(geo.focus) if geo.focus else (gpe_countries[0] if gpe_countries else None)
        res.focus_country = focus3
        dl = self.geo.dateline_place(doc, geo) if self.settings.geocode else None
        home = self._dateline_home(doc, dl)
        if home is not None:
            focus3 = home
        elif focus3 is None and self.settings.geocode:
            # a wire story's dateline is its fallback place, so its country is the fallback country of the
            # generic agents the text leaves unplaced ("BELGRADE, July 10 - Police fired tear gas ...")
            focus3 = dl[0].country if dl is not None else None

        # names introduced with their role ("Georgian Prime Minister Irakli Kobakhidze") and acronyms
        memory = learn_document(self.actors, [s for _, s in sents], doc.anchor_date)
        dl_country = dl[0].country if dl is not None else None
        author = self._author(doc, sents, is_statement, res.focus_country)
        res.author = author
        recent_persons: list[tuple[str, int, int]] = []
        genders = PersonGenders()
        events: list[Event] = []
        def resolve_here(text: str):  # a name, as this document's date and focus read it
            return self.actors.resolve(text, when=doc.anchor_date, focus=focus3)

        coref = DocCoref(resolve_here)
        dates = DateScope(doc, sents)
        place_types = place_target_types()
        mission = peacekeeping_story(doc.text)
        said_by: dict[Turn, Mention] = {}
        for idx, (off, sent) in enumerate(sents):
            self._check_time()
            turn = speaker_at(speakers, sent.start_char + off)
            if turn is not None and turn not in said_by:
                said_by[turn] = speaker_mention(turn, doc, author, resolve_here)
            ctx = SentenceContext(doc_id=doc.id, sentence_index=idx, offset=off,
                                  author=said_by[turn] if turn is not None else author,
                                  is_statement=is_statement, recent_persons=list(recent_persons), genders=genders)
            genders.learn(sent)
            sent_events = self.coder.code_sentence(sent, ctx)
            sent_countries = tuple(dict.fromkeys(c for _, c in ent_countries[idx]))
            persons = [(e.start_char + off, e.end_char + off) for e in span_ents(sent) if e.label_ == "PERSON"]
            when = dates.sentence(sent, off)
            # whom the sentence accuses or blames ("an attack he blamed on support from Serbia") says who is
            # charged, not where anything happened: no generic agent of the sentence takes that country
            accused = tuple(e.target for e in sent_events if e.event_type == "ACCUSE" and e.target is not None)
            # unidentified attackers are placed by the sentence without its dateline: the dateline's country is
            # the story's fallback place, and its agency credit ("(Reuters)", "(AFP)") names no side
            body, in_dateline = _without_spans(span_text(sent), sent.start_char + off, barred)
            for ev in sent_events:
                ev.date, ev.date_text, ev.date_source = dates.for_event(ev.trigger_start, when)
                ev.source, ev.target = (outside(m, barred, doc.text) for m in (ev.source, ev.target))
                for m in (ev.source, ev.target, ev.claimant):
                    self._resolve_mention(m, ev.date or doc.anchor_date, sent_countries, focus3, memory)
                here = partial(self._resolve_mention, when=ev.date or doc.anchor_date, ctx=sent_countries, focus=focus3)
                unnamed_person(ev, persons, here)
                if mission:
                    peacekeepers(ev, here)
                for m, others in ((ev.source, (ev.target, ev.object)), (ev.target, (ev.source, ev.instrument))):
                    if m is not None and m.actor is not None and m.actor.rule == "context" and sent_countries:
                        # a generic agent or victim of force ("two residents", "police") takes no country from the
                        # other side's own words ("Israeli forces shelled Khiam, wounding two residents"), and no
                        # generic agent takes one from a nationality that describes something else of its sentence
                        # ("Police fired tear gas ... who set the French embassy on fire")
                        # nor from a state its own act is done to or by ("The government asked Australia and
                        # Portugal to send troops"): a body does not address or accuse its own state by name
                        states = self._states_across(ev, m, sent_events, ev.date or doc.anchor_date)
                        own = self._countries_outside(
                            sent, off, (others if ev.event_type in place_types else ()) + states +
                            tuple(a for a in accused if a is not m), ev.date or doc.anchor_date, keep=m)
                        if own != sent_countries:
                            before = m.actor
                            self._resolve_mention(m, ev.date or doc.anchor_date, own, focus3, memory)
                            if m.actor is None or not m.actor.country:
                                m.actor, m.unresolved = before, False  # nothing better to go on
                for m in (ev.source, ev.target):
                    if m is not None and m.actor is not None:
                        m.actor = self.actors.place_unidentified(
                            m.actor, body, dl_country if in_dateline else None if sent_countries else focus3)
                t = ev.target
                if t is not None and t.actor is None and t.kind == "entity" and any(
                        tp.start is not None and tp.start < t.end and t.start < tp.end for tp in res.toponyms):
                    ev.target = None  # a town the resolver does not code is a place, not an actor ("shelled El Fasher")
                elif t is not None and ev.event_type in place_types and any(
                        tp.precision == "place" and tp.start is not None and tp.start < t.end and t.start < tp.end
                        for tp in res.toponyms):
                    ev.target = None  # a city attacked, raided or marched on is a place, even a capital ("shelled Kyiv")
                settle_roles(ev, place_types, lambda text, d=ev.date or doc.anchor_date: self.actors.resolve(
                    text, when=d, focus=focus3))
            for m in self.coder.claimers:
                self._resolve_mention(m, doc.anchor_date, sent_countries, focus3, memory)
                if m.actor is not None:
                    _claimed(m, sent_events, [e for e in events if e.sentence_index == idx - 1])
            sent_events = coref.apply(sent_events, sent, off)
            for ev in sent_events:
                self_target(ev)
            coref.observe(sent_events, sent, off)
            events += _facts(sent_events, self.coder.claims)
            for e in span_ents(sent):
                if e.label_ == "PERSON":
                    recent_persons.append((e.text, e.start_char + off, e.end_char + off))
            recent_persons = recent_persons[-5:]
        date_retold_acts(events, sents, doc.anchor_date, "text" if not dates.assumed else dates.guess)
        res.events = merge_same_actors([_drop_thing_target(e) for e in _dedupe(events) if self.relevance.keep(e)])
        assign_counts(res.events)
        if self.settings.geocode:
            own = self.geo.locate(doc, sents, res.events, geo)
            for e in res.events:
                site_owner_country(e)
            res.events = drop_summaries(res.events, own)  # "34 strikes in Syria and Iraq ... Near Raqqah, eight strikes"

    def _dateline_home(self, doc: Document, dl: tuple | None) -> str | None:
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

    def _ent_countries(self, sent, when: date | None) -> list[tuple[str, str]]:
        """(label, country) for each GPE/NORP entity of a sentence that resolves to a state."""
        out = []
        for e in span_ents(sent):
            if e.label_ in ("GPE", "NORP") and not _based_in(e):
                a = self.actors.resolve(e.text, when=when)
                if a and a.country and a.country not in ("IGO", "NGO"):
                    out.append((e.label_, a.country))
        return out

    def _countries_outside(self, sent, off: int, mentions, when: date | None, keep: Mention | None = None
                           ) -> tuple[str, ...]:
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
            if e.label_ in ("GPE", "NORP") and not any(s < b and a < t for s, t in spans) and not _based_in(e):
                r = self.actors.resolve(e.text, when=when)
                if r and r.country and r.country not in ("IGO", "NGO"):
                    out.append(r.country)
        return tuple(dict.fromkeys(out))

    def _states_across(self, ev: Event, m: Mention, sent_events: list[Event], when: date | None
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
                e.source if m is ev.target and ev.event_type in _ACTOR_TARGET_TYPES else None
            if x is None or x is m or x.kind != "entity":
                continue
            a = x.actor or self.actors.resolve(x.text, when=when)
            if a is not None and (a.entry or "").startswith("country:"):
                out.append(x)
        return tuple(out)

    def _author(self, doc: Document, sents, is_statement: bool, focus3: str | None) -> Mention:
        return infer_author(doc, sents, is_statement, focus3, self.actors, override=self.settings.author)

    def _resolve_mention(self, m: Mention | None, when: date | None, ctx: tuple[str, ...], focus: str | None,
                         memory=None) -> None:
        if m is None or m.kind in ("author", "quoted", "combined") or (m.kind == "pronoun" and not m.query):
            return
        a = self.actors.resolve(m.query or m.text, when=when, context_countries=ctx, focus=focus, memory=memory)
        if a is None and m.query and m.query != m.text:
            a = self.actors.resolve(m.text, when=when, context_countries=ctx, focus=focus, memory=memory)
        m.actor = a
        m.unresolved = a is None


# Interactions whose target must be an actor: "discussed the study" or "offered flights" has none.
_ACTOR_TARGET_TYPES = {"CONSULT", "AID", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE",
                       "CONCEDE"}



def _without_spans(text: str, start: int, spans: list[tuple[int, int]]) -> tuple[str, bool]:
    """``text`` (which begins at ``start`` in its document) with the characters of ``spans`` blanked, and whether
    any was."""
    chars, hit = list(text), False
    for a, b in spans:
        lo, hi = max(a, start) - start, min(b, start + len(text)) - start
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
            hit = True
    return "".join(chars), hit


_CAPITAL_OF = re.compile(r"\b(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:['’]s)?\s+capital\b(?!\s+(?:of|city)\b)")


def _based_in(ent) -> bool:
    """"the Norway-based leader of ... party": where someone works from, not whose the sentence's people are."""
    return ent.doc.text[ent.end_char:ent.end_char + 6].lower() == "-based"


def _ranked_countries(ent_countries: list[list[tuple[str, str]]]) -> list[str]:
    """Countries named by place entities, most frequent first; a tie for first gives an empty list."""
    c: Counter = Counter(country for sent in ent_countries for label, country in sent if label == "GPE")
    top = c.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return []
    return [k for k, _ in top]


def _drop_thing_target(e: Event) -> Event:
    """An unresolved common-noun target is a thing, not a participant: it becomes the event's object
    (an interaction's, such as "discussed the study", is dropped)."""
    if e.target is not None and e.target.actor is None and e.target.kind == "np":
        if e.object is None and e.event_type not in _ACTOR_TARGET_TYPES:
            e.object = Mention(text=e.target.text, start=e.target.start, end=e.target.end, kind="thing",
                               unresolved=True)
        e.target = None
    return e


def _claimed(claimant: Mention, here: list[Event], before: list[Event]) -> None:
    """The claimant of an act told in its own clause (coder._claimers) is the source of the attacks with none, of its
    sentence, else of the sentence before; the attack is then reported, claimed by it (annotation guidelines)."""
    for evs in (here, before):
        orphans = [e for e in evs if e.event_type == "ASSAULT" and e.source is None and
                   e.modality in ("asserted", "reported")]
        if orphans:
            for e in orphans:
                e.source, e.claimant, e.modality = replace(claimant), replace(claimant), "reported"
            return


def _facts(events: list[Event], claims: dict[int, int]) -> list[Event]:
    """Drop the acts an accuser alleges (coder.py _claims_only), keeping the accuser's own."""
    if not claims:
        return events
    accusations = {e.trigger_start: e for e in events if e.event_type == "ACCUSE"}

    def code(m) -> str | None:
        return m.actor.code if m is not None and m.actor is not None else None

    out = []
    for e in events:
        acc = accusations.get(claims.get(e.trigger_start, -1))
        # the accuser's own act is told by a pronoun that names the accuser ("a group it blames")
        own = e.source is not None and e.source.kind == "pronoun" and code(e.source) and \
            code(e.source) == code(acc.source if acc is not None else None)
        if acc is not None and acc is not e and not own:
            continue
        out.append(e)
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        if e.id not in seen:
            seen.add(e.id)
            out.append(e)
    return out


def code_documents(docs: list[Document], settings: Settings | None = None) -> list[DocResult]:
    return Pipeline(settings).process(docs)


__all__ = ["Pipeline", "Settings", "DocResult", "code_documents", "CODER_VERSION"]
