"""Datelines are never actors.

A wire story opens with a dateline ("KHARTOUM, April 3 (Reuters) -", "KABUL, Afghanistan (Feb. 7) —"):
a place, a date and an agency. The parser often makes its city the subject of the first verb, so its
tokens are marked ``barred`` and the coder skips them in every actor slot. The dateline keeps giving the
date (``dates.py``) and the fallback place (``geo/``); it is not removed from the text.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import Document

if not Token.has_extension("barred"):
    Token.set_extension("barred", default=False)

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# an upper-case place, optionally ", Country" or ", State", then a date and/or an agency, then a dash
_HEAD = re.compile(
    rf"""^\s*
    (?P<place>[A-Z][A-Za-z.'\u2019 -]{{1,40}}?(?:,\s*[A-Z][A-Za-z.'\u2019 -]{{1,30}}?)?)
    (?:,?\s*\(?(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\)?)?
    \s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{{0,30}})\))?
    \s*\.?\s*(?!(?<=[A-Za-z])-[A-Za-z])[-\u2013\u2014]+""", re.X)  # "(EFE).-": Spanish-language agencies end the
# credit with a stop; a hyphen between two letters joins the words of a place ("PORT-AU-PRINCE, May 24 (AFP) -")


def dateline_head(text: str) -> tuple[int, int] | None:
    """The span of a wire dateline at the start of ``text`` (place, date, agency, dash), if any.

    A bare upper-case word before a dash counts only with a date, an agency or a country or state after it
    ("KABUL, Afghanistan –"), and a title-case one only with a date, so a heading such as "UPDATE -" is not
    taken for a dateline.
    """
    m = _HEAD.match(text[:200])
    if m is None:
        return None
    city, _, hint = (x.strip() for x in m.group("place").partition(","))
    if not (m.group("date") or m.group("agency")) and not (
            len(city) >= 3 and city == city.upper() and hint[:1].isupper() and hint != hint.upper()):
        return None  # "KABUL, Afghanistan –" is a dateline without a date; "UPDATE -" is a heading
    # "Belgrade, March 3 -" is a dateline too, but a title-case word needs the date
    if len(city) < 2 or city != city.upper() and not (m.group("date") and city[0].isupper()):
        return None
    start = m.start("place")
    return start, m.end()


# a headline: one short line with no dash of a dateline, then a line break
_HEADLINE = re.compile(r"^[^\n]{3,200}?\n\s*")

# an upper-case word or words before a dash at the very start ("MOGADISHU -", "PORT-AU-PRINCE -"): a dateline with
# neither date nor agency, or a heading ("UPDATE 2 -"); either way never an actor
_CAPS_HEAD = re.compile(r"^\s*[A-Z]{3}[A-Z0-9.'\u2019 -]{0,40}?\s+[-\u2013\u2014]+\s")


def barred_spans(doc: Document) -> list[tuple[int, int]]:
    """Character spans of ``doc`` that are never actors: the wire dateline, a bare upper-case head before a dash,
    and the dateline found at ingest."""
    spans = []
    head = dateline_head(doc.text)
    if head is None:
        m = _CAPS_HEAD.match(doc.text[:60])
        head = (m.start(), m.end()) if m else None
    if head is None:
        # a headline on its own line first ("Gun battle in monastery siege\n\nNOVI PAZAR, Serbia (AP) - ..."): the
        # dateline opens the first paragraph after it
        nl = _HEADLINE.match(doc.text)
        if nl is not None:
            after = dateline_head(doc.text[nl.end():])
            head = (after[0] + nl.end(), after[1] + nl.end()) if after else None
    if head is not None:
        spans.append(head)
    if doc.dateline_span is not None:
        spans.append(tuple(doc.dateline_span))
    return spans


def bar_tokens(sdoc, offset: int, spans: list[tuple[int, int]]) -> None:
    """Mark the tokens of a parsed segment (at ``offset`` in the document) that overlap ``spans``."""
    if not spans:
        return
    for tok in sdoc:
        a = tok.idx + offset
        b = a + len(tok.text)
        if any(a < e and s < b for s, e in spans):
            tok._.barred = True


def outside(m, spans: list[tuple[int, int]], text: str):
    """``m`` with the barred part of its span cut off ("WASHINGTON, Jan 3 - United States forces" parsed as one
    phrase keeps "United States forces"); None when nothing of it is left outside the spans."""
    if m is None or not overlaps(m.start, m.end, spans):
        return m
    start = max([m.start] + [e for s, e in spans if s <= m.start < e or m.start < s < m.end])
    while start < m.end and not text[start].isalnum():
        start += 1
    if start >= m.end:
        return None
    from dataclasses import replace

    rest = text[start:m.end]
    return replace(m, text=rest, start=start, query=rest, actor=None, unresolved=True)


def overlaps(start: int | None, end: int | None, spans: list[tuple[int, int]]) -> bool:
    return start is not None and end is not None and start >= 0 and any(start < e and s < end for s, e in spans)


def without_spans(text: str, start: int, spans: list[tuple[int, int]]) -> tuple[str, bool]:
    """``text`` (which begins at ``start`` in its document) with the characters of ``spans`` blanked, and whether
    any was."""
    chars, hit = list(text), False
    for a, b in spans:
        lo, hi = max(a, start) - start, min(b, start + len(text)) - start
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
            hit = True
    return "".join(chars), hit
