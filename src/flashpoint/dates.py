"""Datelines and event dates.

A document's *dateline* (the date the text states about itself, e.g. ``17. 03. 2004.`` or
``BELGRADE, March 17 (Reuters) -``) beats its crawl/page date. Relative expressions in a
sentence ("yesterday", "on Tuesday") resolve against that anchor.
"""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta
from functools import lru_cache

warnings.filterwarnings("ignore", module="dateparser")

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# Crawl/page timestamps: ISO date with a time part. They are `published`, never the dateline.
ISO_TIMESTAMP = re.compile(r"\b(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
_DATELINE_PATTERNS = [
    re.compile(r"\b\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{4}\b\.?"),  # 17. 03. 2004. / 17.03.2004
    re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.I),  # March 17, 2004
    re.compile(rf"\b\d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}}\b\.?", re.I),  # 17 March 2004 / 30. Aug 2024.
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b(?![T ]\d{2}:)"),  # ISO date without time
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"),
    # wire dateline without a year: "BELGRADE, March 17 (Reuters) -"
    re.compile(rf"^[A-Z][A-Z .'-]{{2,40}},\s+{_MONTHS}\s+\d{{1,2}}\b", re.M),
]
HEADER_CHARS = 400
_RELATIVE = re.compile(
    rf"\b(?:yesterday|today|tonight|last night|this morning|this evening|{_WEEKDAY}|"
    rf"{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\s*\d{{1,2}}\.\s*\d{{4}})\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _parse(text: str, base: date | None, order: str = "DMY") -> date | None:
    import dateparser

    settings = {"DATE_ORDER": order, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": []}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    try:
        dt = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; an unknown date is not fatal
        return None
    return dt.date() if dt else None


def parse_date(value: str | None, base: date | None = None) -> date | None:
    """Parse a metadata date (ISO, RFC 2822, '17.03.2004', 'March 17, 2004'...); None if unknown."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return _parse(re.sub(r"\s+", " ", value.replace(". ", ".")).rstrip("."), base)


def find_published(text: str) -> date | None:
    """A crawl/page timestamp in the document header, if any."""
    m = ISO_TIMESTAMP.search(text[:HEADER_CHARS])
    return parse_date(m.group(1)) if m else None


def find_dateline(text: str, published: date | None = None) -> tuple[date, tuple[int, int]] | None:
    """The earliest date stated in the header of ``text`` that is not a crawl timestamp."""
    head = text[:HEADER_CHARS]
    masked = ISO_TIMESTAMP.sub(lambda m: " " * len(m.group(0)), head)
    found: list[tuple[int, int, date]] = []
    for pat in _DATELINE_PATTERNS:
        for m in pat.finditer(masked):
            raw = m.group(0).strip()
            if pat.pattern.startswith("^[A-Z]"):
                raw = raw.split(",", 1)[1]
            d = parse_date(raw, base=published)
            if d and 1900 < d.year < 2100:
                found.append((m.start(), m.end(), d))
    if not found:
        return None
    s, e, d = min(found)
    return d, (s, e)


def resolve_in_sentence(date_texts: list[str], anchor: date | None) -> tuple[date, str] | None:
    """Resolve the first usable date expression of a sentence against ``anchor``.

    Durations and vague spans ("the past year and a half") are skipped: they do not date an event.
    """
    for text in date_texts:
        m = _RELATIVE.search(text)
        if not m:
            continue
        expr = m.group(0)
        low = expr.lower()
        if anchor and low in ("today", "tonight", "this morning", "this evening"):
            return anchor, text
        if anchor and low in ("yesterday", "last night"):
            return anchor - timedelta(days=1), text
        if anchor and re.fullmatch(_WEEKDAY, expr, re.I):
            # news convention: a bare weekday is the most recent one on or before the anchor
            target = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].index(low)
            delta = (anchor.weekday() - target) % 7
            return anchor - timedelta(days=delta), text
        d = parse_date(expr, base=anchor)
        if d:
            return d, text
    return None
