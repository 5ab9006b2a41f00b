"""Pipeline: Document -> DocResult (sentences, events with actors, dates and places).

One class used by every engine (local batches, Ray Data). Stages run in one direction:
nlp -> coding -> actors -> dates -> geo.
"""
from __future__ import annotations

import time
from bisect import bisect_left
from dataclasses import replace
from functools import partial
from datetime import date

from . import CODER_VERSION
from .actors import ActorResolver
from .actors.dictionary import load_dictionary
from .actors.document import learn_document
from .coding.author import infer_author, is_statement as speaks_as_we
from .coding.claims import credit_claimant, drop_alleged
from .coding.coder import Coder, SentenceContext
from .coding.countries import Countries, accused
from .coding.coref import DocCoref
from .coding.gender import PersonGenders
from .coding.merge import merge_same_actors
from .coding.dateline import bar_tokens, barred_spans, outside, without_spans
from .coding.transcript import Turn, speaker_at, speaker_mention, turns
from .coding.relevance import Relevance
from .coding.targets import drop_place_target, thing_target
from .coding.summary import drop_summaries
from .coding.valency import (peacekeepers, peacekeeping_story, place_target_types, self_target, settle_roles,
                             site_owner_country, unnamed_person)
from .actors.terms import office_terms
from .dates import DateScope, date_retold_acts, infer_year, parse_date
from .geo.resolver import DocGeo, GeoResolver, default_resolver
from .indicators.counts import assign_counts
from .nlp import parse_segments, span_ents, span_text
from .records import Document, Event, Mention
from .sanitize import clean_for_coding, remap_spans
from .settings import Settings  # noqa: F401  (imported from here by engines, tests and scripts)
from .store import DocResult


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
        self.countries = Countries(self.actors)
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
        is_statement = speaks_as_we(sents)

        geo = self.geo.parse(segs) if self.settings.geocode else DocGeo([], [])
        # the countries each sentence's place and people entities name, resolved once
        ent_countries = [self.countries.named(s, doc.anchor_date) for _, s in sents]
        res.toponyms = [p for p in geo.places if p is not None]
        res.focus_country = self.countries.focus(geo.focus, ent_countries)
        dl = self.geo.dateline_place(doc, geo) if self.settings.geocode else None
        focus3 = self.countries.agents_home(doc, res.focus_country, dl)  # where unplaced generic agents are from

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
            charged = accused(sent_events)  # whom the sentence accuses: no generic agent takes that country
            # unidentified attackers are placed by the sentence without its dateline: the dateline's country is
            # the story's fallback place, and its agency credit ("(Reuters)", "(AFP)") names no side
            body, in_dateline = without_spans(span_text(sent), sent.start_char + off, barred)
            for ev in sent_events:
                ev.date, ev.date_text, ev.date_source = dates.for_event(ev.trigger_start, when)
                ev.source, ev.target = (outside(m, barred, doc.text) for m in (ev.source, ev.target))
                for m in (ev.source, ev.target, ev.claimant):
                    self._resolve_mention(m, ev.date or doc.anchor_date, sent_countries, focus3, memory)
                here = partial(self._resolve_mention, when=ev.date or doc.anchor_date, ctx=sent_countries, focus=focus3)
                unnamed_person(ev, persons, here)
                if mission:
                    peacekeepers(ev, here)
                self.countries.rehome_generic(
                    ev, sent, off, sent_events, charged, sent_countries, ev.date or doc.anchor_date,
                    lambda m, own, d=ev.date or doc.anchor_date: self._resolve_mention(m, d, own, focus3, memory))
                for m in (ev.source, ev.target):
                    if m is not None and m.actor is not None:
                        m.actor = self.actors.place_unidentified(
                            m.actor, body, dl_country if in_dateline else None if sent_countries else focus3)
                drop_place_target(ev, res.toponyms, place_types)  # "shelled El Fasher": a place, not an actor
                settle_roles(ev, place_types, lambda text, d=ev.date or doc.anchor_date: self.actors.resolve(
                    text, when=d, focus=focus3))
            for m in self.coder.claimers:
                self._resolve_mention(m, doc.anchor_date, sent_countries, focus3, memory)
                if m.actor is not None:
                    credit_claimant(m, sent_events, [e for e in events if e.sentence_index == idx - 1])
            sent_events = coref.apply(sent_events, sent, off)
            for ev in sent_events:
                self_target(ev)
            coref.observe(sent_events, sent, off)
            events += drop_alleged(sent_events, self.coder.claims)
            for e in span_ents(sent):
                if e.label_ == "PERSON":
                    recent_persons.append((e.text, e.start_char + off, e.end_char + off))
            recent_persons = recent_persons[-5:]
        date_retold_acts(events, sents, doc.anchor_date, "text" if not dates.assumed else dates.guess)
        res.events = merge_same_actors([thing_target(e) for e in _dedupe(events) if self.relevance.keep(e)])
        assign_counts(res.events)
        if self.settings.geocode:
            own = self.geo.locate(doc, sents, res.events, geo)
            for e in res.events:
                site_owner_country(e)
            res.events = drop_summaries(res.events, own)  # "34 strikes in Syria and Iraq ... Near Raqqah, eight strikes"

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
