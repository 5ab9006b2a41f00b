"""Datelines and event dates. The clock is never read: a date no text or metadata supports stays unknown.

A document's *dateline* (the date the text states about itself, e.g. ``17. 03. 2004.``,
``BELGRADE, March 17 (Reuters) -`` or ``KABUL, Afghanistan (Feb. 7) —``) beats its crawl/page date.
A dateline without a year takes it from the document and its feed (``infer_year``), so a document is dated
the same whatever else is in its batch or engine: weekdays written with a day ("Tuesday, Feb. 7") must
agree; then the metadata date, another full date in the document (a release number such as
``2011-02-S-154``, a ``Feb. 21, 2011`` in the header), the feed date its file gave it at ingest
(``ingest/feed.py``: computed once per file, so every batch and engine sees the same), a bare year the
text mentions ("since 2009"), and the only year the office terms of its titled persons leave
("President Karzai"). A year read off
none of the document's own dates is flagged ``year_assumed`` on every event derived from it. Failing
all of these the dateline stays unresolved (the year is unknown; nothing is guessed).

Relative expressions ("yesterday", "on Tuesday", "Feb. 5") resolve against that anchor. A date
expression governs every event of its sentence and carries over to the following sentences of
the same report until another date appears (``DateScope``).
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from .nlp import span_ents, span_text

warnings.filterwarnings("ignore", module="dateparser")

_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Crawl/page timestamps: ISO date with a time part. They are `published`, never the dateline.
ISO_TIMESTAMP = re.compile(r"\b(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
_MD = rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS})"
# full dates (with a year) anywhere in a text
_FULL_DATE_PATTERNS = [
    re.compile(r"\b\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{4}\b\.?"),  # 17. 03. 2004. / 17.03.2004
    # March 17, 2004 / "Nov. 1. 2011" (a release's slip of the key)
    re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?[,.]?\s+\d{{4}}\b", re.I),
    re.compile(rf"\b\d{{1,2}}\.?\s+{_MONTHS},?\s+\d{{4}}\b\.?", re.I),  # 17 March 2004 / 30. Aug 2024.
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b(?![T ]\d{2}:)"),  # ISO date without time
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"),
]
# a dateline without a year: "BELGRADE, March 17 (Reuters) -", "KABUL, Afghanistan (Feb. 7) —"
_YEARLESS_DATELINES = [
    re.compile(rf"^[ \t]*[A-Z][A-Z .'’-]{{2,40}},\s+(?P<md>{_MD})", re.M),
    re.compile(rf"^[ \t]*[A-Z][A-Za-z .'’-]{{2,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{2,30}})?\s*\((?P<md>{_MD})\)", re.M),
    # "MOGADISHU, Somalia, Feb. 7 –", "BAGHDAD — (Feb. 7)"
    re.compile(rf"^[ \t]*[A-Z][A-Z .'’-]{{2,40}},\s*[A-Z][A-Za-z .'’-]{{2,30}},\s+(?P<md>{_MD})(?!,?\s*\d{{4}})", re.M),
    re.compile(rf"^[ \t]*[A-Z][A-Z .'’-]{{2,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{2,30}})?\s*[-\u2013\u2014]+\s*\((?P<md>{_MD})\)",
               re.M),
    # a news agency's credit right after the day marks a dateline whatever the city's case: "Bujumbura [Burundi],
    # November 11 (ANI/Xinhua):", "Bogota, Sep 12 (IANS)"
    re.compile(rf"^[ \t]*[A-Z][A-Za-z .'’-]{{2,40}}(?:\s*\[[A-Z][A-Za-z .'’-]{{2,30}}\])?,\s+(?P<md>{_MD})\s*"
               r"\((?:[A-Z][A-Za-z]*(?:[/ -][A-Z][A-Za-z]*)*)\)", re.M),
    re.compile(rf"^[ \t]*(?:{_WEEKDAY},?\s+)?(?P<md>{_MD})\s*$", re.M | re.I),  # a header line that is only a date
    # a dated title: "May 30: Afghan ISAF Operations ...", "Feb. 13 - ISAF Joint Command Morning Update"
    re.compile(rf"^[ \t]*(?:{_WEEKDAY},?\s+)?(?P<md>{_MD})(?:\s*:|\s+[-\u2013\u2014]+)\s+[A-Z]", re.M | re.I),
    # a title that ends in its date: "IJC Operational Update, July 16"
    re.compile(rf"^[ \t]*[A-Z][^\n,]{{2,80}},\s+(?:{_WEEKDAY},?\s+)?(?P<md>{_MD})[ \t]*$", re.M),
]
_CITY_DATELINES = 5  # the patterns above that follow a dateline city; the others are header lines
# the end of a dateline city right before a date: "BELGRADE, ", "KABUL, Afghanistan (", "KYIV, "
_CITY_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .'’-]{2,30})?(?:,\s*|\s*\()$")
# a military release number carries the year and month: "Release No. 2011-02-S-154", "20110207-01"
_RELEASE_NO = re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d{2}|0[0-4]\d(?=-\d\d-[A-Z]))-?(?P<m>0[1-9]|1[0-2])"
                         r"(?:-[A-Z]{1,3}-\d{1,4}|[0-3]\d-\d{1,3})\b")
# a release number of a monthly series: year, month, series letters, number ("2011-07-S-064", "2010-07-CA-046")
# ("011-07-S-051": a copy that lost the year's first digit, as pasted releases do, is 2011's)
_SERIES_NO = re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d{2}|0[0-4]\d)-(?P<m>0[1-9]|1[0-2])-(?P<s>[A-Z]{1,3})-(?P<n>\d{1,4})\b")
# a release number that carries the release day: "Release No. 20170111-01" (CENTCOM, CJTF-OIR)
_RELEASE_DAY = re.compile(r"\bRelease\s+(?:No\.?|Number|#)\s*:?\s*(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])"
                          r"(?P<d>[0-3]\d)-\d{1,3}\b", re.I)
HEADER_CHARS = 400
# how far from the day its metadata gives a date in the prose of the header may lie and still be the report's own
DATELINE_SLACK_DAYS = 7
DATE_LOOKAHEAD = 2  # sentences after one that dates only its report that may still date its events
AHEAD_DAYS = 3  # and how many days before the report's day theirs may be (a day most of a week back: another act)
HEADER_LOOKAHEAD = 3  # sentences from the dateline on that may give a headline's acts their day
# The patterns below open with the first letters of their alternatives ("(?=[bfs])" for since|from|between; the
# flag makes them case-blind like the words): re tries that one class at each word boundary before the
# alternation, which halves the scan of a sentence and matches the same spans
_RELATIVE = re.compile(
    rf"\b(?=[0-9adefjlmnostwy])(?:yesterday|today|tonight|last\s*night|this morning|this afternoon|this evening|earlier today|"
    rf"(?:last\s+|this\s+|on\s+|next\s+)?{_WEEKDAY}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}\.\s*\d{{1,2}}\.\s*\d{{4}})\b",
    re.I,
)
# a range opened by a day ("since Friday", "since Feb. 3") dates no one day
_RANGE = re.compile(rf"\b(?=[bfs])(?:since|from|between)\s+(?:(?:last|this|early|late)\s+)?(?:{_WEEKDAY}|{_MD}|yesterday)\b", re.I)
# a day counted from the date in scope ("two days later", "the next day") or from the anchor ("three days ago")
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_OFFSET = re.compile(r"\b(?=[0-9aefilost])(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>later|after|afterwards|earlier|"
                     r"before|ago)|the\s+(?P<nx>next|following|previous)\s+day|the\s+day\s+(?P<dir2>before|after)|"
                     # the day in scope itself: "US forces earlier in the day carried out a raid", "on the same day"
                     r"(?P<same>(?:earlier|later)\s+(?:in|on)\s+the\s+day|(?:earlier|later)\s+that\s+day|"
                     r"(?:that|the)\s+same\s+day))\b", re.I)
# a vague time ("last week", "earlier this month", a range) dates no day but ends the reach of an earlier date
_VAGUE = re.compile(r"\b(?=[befilnprst])(?:(?:last|this|next|past)\s+(?:week|weekend|month|year)|earlier\s+this\s+(?:week|month|year)|"
                    r"recently|in\s+(?:19|20)\d{2}|(?:since|from|between)\s+(?:(?:last|this|early|late)\s+)?"
                    rf"(?:{_WEEKDAY}|{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}|yesterday))\b", re.I)
# a birth date or year ("born on 12 May 1985", "born in 1985") dates a life: no report's day, no vague time
_BORN = re.compile(r"\bborn\s+(?:(?:on|in)\s+)?(?:the\s+)?$", re.I)
# a sentence that ends as prose ends (a stop, not a headline's last word)
_PROSE_END = re.compile(r"[a-z0-9)][.!?][\"'”’)]?\s*$")
_BORN_YEAR = re.compile(r"\bborn\s+in\s+(?:19|20)\d{2}\b", re.I)
# words that make a bare weekday point forward ("will meet on Monday")
_FUTURE = re.compile(r"\b(?:will|shall|'ll|is due to|are due to|is scheduled|are scheduled|is set to|are set to|"
                     r"plans? to|is expected to|are expected to|next)\b", re.I)


_FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]
_PLAIN_DATE = re.compile(rf"(?P<m>{'|'.join(_FULL_MONTHS)}) (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})|"
                         rf"(?P<d2>\d{{1,2}}) (?P<m2>{'|'.join(_FULL_MONTHS)}),? (?P<y2>\d{{4}})")


@lru_cache(maxsize=4096)
def _parse(text: str, base: date | None, order: str = "DMY") -> date | None:
    """dateparser for a full date; a text without day, month and year gives None (never the clock's)."""
    import dateparser

    settings = {"DATE_ORDER": order, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["day", "month", "year"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    try:
        dt = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; an unknown date is not fatal
        return None
    return dt.date() if dt else None


def parse_date(value: str | None, base: date | None = None) -> date | None:
    """Parse a full date ('2004-03-17', RFC 2822, '17.03.2004', 'March 17, 2004'...); None if unknown
    or if the value lacks a year (the year is never taken from the clock)."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", value):
        return None
    text = re.sub(r"\s+", " ", value.replace(". ", ".")).rstrip(".")
    m = _PLAIN_DATE.fullmatch(text)
    if m:
        # "March 17, 2004", "17 March 2004": what dateparser makes of them (tested over every day of many years),
        # without loading it (its first call compiles its patterns: some 0.25 s of CPU in every process that reads)
        try:
            d = date(int(m["y"] or m["y2"]), _FULL_MONTHS.index(m["m"] or m["m2"]) + 1, int(m["d"] or m["d2"]))
        except ValueError:  # no such day: dateparser decides
            d = _parse(text, base)
    else:
        d = _parse(text, base)
    return d if d and 1900 < d.year < 2100 else None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of "Feb. 7", "7 February", "February 7th"; None if it names no valid day."""
    m = re.search(rf"(?P<mon>{_MONTHS})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTHS})",
                  text, re.I)
    if not m:
        return None
    mon = (m.group("mon") or m.group("mon2"))[:3].lower()
    day = int(m.group("d") or m.group("d2"))
    month = _MONTH_NAMES.index(mon) + 1
    try:
        date(2000, month, day)  # a leap year admits Feb 29
    except ValueError:
        return None
    return month, day


def nearest_year(md: tuple[int, int], anchor: date, forward: bool = False) -> date | None:
    """The (month, day) on or before ``anchor`` (after it when ``forward``), within a year of it."""
    for y in ((anchor.year, anchor.year + 1) if forward else (anchor.year, anchor.year - 1)):
        try:
            d = date(y, *md)
        except ValueError:  # Feb 29 in a common year
            continue
        if (d >= anchor) if forward else (d <= anchor):
            return d
    return None


def find_published(text: str) -> date | None:
    """A crawl/page timestamp in the document header, if any."""
    m = ISO_TIMESTAMP.search(text[:HEADER_CHARS])
    return parse_date(m.group(1)) if m else None


def full_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full date (with a year) in ``text``, crawl timestamps and birth dates excluded, in order of position."""
    masked = ISO_TIMESTAMP.sub(lambda m: " " * len(m.group(0)), text)
    found = []
    for k, pat in enumerate(_FULL_DATE_PATTERNS):
        for m in pat.finditer(masked):
            if _BORN.search(masked[max(0, m.start() - 20):m.start()]):
                continue  # "was born on 12 May 1985": the day of a life, not of the report or its year
            written = m.group(0).strip()
            d = parse_date(re.sub(r"(\d)\.\s+(\d{4})$", r"\1, \2", written) if k == 1 else written)
            if d:
                found.append((m.start(), m.end(), d))
    return sorted(found)


@dataclass
class Dateline:
    date: date | None  # None when the year could not be inferred
    span: tuple[int, int]
    month_day: tuple[int, int] | None = None  # for a dateline written without a year
    # where the year came from: dateline | metadata | document | anniversary | feed | year_mention | office_term |
    # weekday | feast |
    # release_feed (a numbered release's day from its feed) | unresolved
    year_source: str = "dateline"


#: year sources that read the year off the document's own dates; the others infer it (events say ``year_assumed``)
STATED_YEAR_SOURCES = frozenset({"dateline", "metadata", "document"})
#: a release whose header gives only its number's year and month, its day estimated from the feed's dated
#: releases of the same series (``ingest/feed.py``); its events say ``day_assumed``
RELEASE_FEED = "release_feed"


def release_number(text: str) -> tuple[tuple[int, int, str], int, tuple[int, int]] | None:
    """((year, month, series), number, span) of the release number in the header ("2011-07-S-064")."""
    m = _SERIES_NO.search(line_view(text[:HEADER_CHARS]))
    return ((_year4(m["y"]), int(m["m"]), m["s"]), int(m["n"]), m.span()) if m else None


def _year4(y: str) -> int:
    """A release number's year: "2011", or "011" with its first digit lost."""
    return int(y) if len(y) == 4 else 2000 + int(y)


# a bare year in the text ("since 2009", "in 2010"); not a count ("2,011"), a number ("No. 2011") or a range end
_YEAR_MENTION = re.compile(r"(?<![\d,./#-])(?<!No\. )(?P<y>(?:19[5-9]|20[0-4])\d)(?![\d,]|\s*(?:kg|kilo|km|met|people|"
                           r"men|troops|round|hour|GMT|local))", re.I)
# a year the text looks ahead to ("by 2014", "until 2024", "the 2014 election"): not the report's year or before it
_FUTURE_YEAR = re.compile(r"\b(?:by|until|till|before|through|ahead of|next|planned for|scheduled for|due in|"
                          r"(?:by|before|until) the end of|expected in|will[\w\s]{0,30} in)\s+$", re.I)
# a weekday written with a day of the month and no year: "Tuesday, Feb. 7", "Feb. 7 (Tuesday)", "on Sunday
# night (7 September)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAY_MD = re.compile(rf"\b(?P<wd>{_WEEKDAY}){_PART_OF_DAY}(?:,?\s+(?:the\s+)?|\s*\(\s*)(?P<md>{_MD})(?!,?\s*\d{{4}})|"
                         rf"(?P<md2>{_MD})(?!,?\s*\d{{4}}),?\s*\((?P<wd2>{_WEEKDAY})\)", re.I)
# the day of the month written right after a weekday ("Friday, June 2", "Friday (June 2)", "Friday night, 2 June")
_WEEKDAY_THEN_MD = re.compile(rf"{_PART_OF_DAY}(?:,?\s+(?:the\s+)?|\s*\(\s*)(?P<md>{_MD})", re.I)
YEARS = range(1946, 2100)  # the years a year-less date may take when only constraints bound it
REACH = 15  # years a report's own weekdays or feasts may move its year from its feed's or a year it mentions


def _on(year: int, md: tuple[int, int]) -> date | None:
    try:
        return date(year, *md)
    except ValueError:  # Feb 29 in a common year
        return None


def weekday_constraints(text: str, md: tuple[int, int]) -> list:
    """Tests on the dateline's year from weekdays written with a day of the month ("Tuesday, Feb. 7"): the
    day is the one nearest the dateline's (within half a year), and that day must fall on that weekday."""
    tests = []
    for m in _WEEKDAY_MD.finditer(text):
        other = month_day(m.group("md") or m.group("md2") or "")
        if other is None:
            continue
        wd = _WEEKDAYS.index((m.group("wd") or m.group("wd2")).lower())

        def ok(year: int, other=other, wd=wd) -> bool:
            here = _on(year, md)
            if here is None:
                return False
            days = [d for d in (_on(y, other) for y in (year - 1, year, year + 1)) if d]
            near = min(days, key=lambda d: abs((d - here).days))
            return near.weekday() == wd
        tests.append(ok)
    return tests


def _data_file(name: str):
    """A YAML table of ``flashpoint/data``; the YAML reader is imported when a table is first needed."""
    from .yamlfile import load_yaml

    return load_yaml((Path(__file__).parent / "data" / name).read_text("utf-8"))


@lru_cache(maxsize=1)
def _feasts() -> list[tuple[re.Pattern, re.Pattern | None, list[tuple[date, date]]]]:
    """Each feast of ``data/feasts.yaml``: its pattern and, for every year of ``YEARS``, the days within which a
    report that names it is written (its first day less ``before`` to its last day plus ``after``)."""
    from convertdate import hebrew, islamic

    data = _data_file("feasts.yaml")["feasts"]
    out = []
    for f in data:
        pat = re.compile(rf"(?<![\w-])(?:{f['names']})(?![\w-])" + (rf"(?!{f['not_after']})" if f.get("not_after") else ""), re.I)
        cal = {"islamic": islamic, "hebrew": hebrew}[f["calendar"]]
        first = cal.from_gregorian(YEARS.start - 1, 1, 1)[0]
        last = cal.from_gregorian(YEARS.stop + 1, 12, 31)[0]
        spans = []
        for y in range(first, last + 1):
            start = date(*cal.to_gregorian(y, f["month"], f["day"]))
            spans.append((start - timedelta(days=f["before"]),
                          start + timedelta(days=f["length"] - 1 + f["after"])))
        out.append((pat, re.compile(f["context"], re.I) if f.get("context") else None, spans))
    return out


def feast_constraints(text: str, md: tuple[int, int]) -> list:
    """Tests on the dateline's year from the feasts of moving calendars the text names ("Eid al-Fitr
    celebrations"): the day lies within the days around that feast in that year (``data/feasts.yaml``)."""
    tests = []
    for pat, context, spans in _feasts():
        m = next((m for m in pat.finditer(text) if context is None or context.search(text[max(0, m.start() - 30):m.start()])),
                 None)
        if m is None:
            continue

        def ok(year: int, spans=spans) -> bool:
            d = _on(year, md)
            return d is not None and any(a <= d <= b for a, b in spans)
        tests.append(ok)
    return tests


PERIOD_LEAD = 600  # characters of a report's head in which a named period's end holds (data/periods.yaml)


@lru_cache(maxsize=1)
def _periods() -> list[tuple[re.Pattern, date, date | None]]:
    """Each named period of ``data/periods.yaml``: its pattern, first day and last day (None: still going)."""
    data = _data_file("periods.yaml")["periods"]
    return [(re.compile(rf"(?<![\w-])(?:{p['names']})(?![\w-])"), date.fromisoformat(str(p["start"])),
             date.fromisoformat(str(p["end"])) if p.get("end") else None) for p in data]


def named_periods(text: str) -> list[list[tuple[date | None, date | None]]]:
    """The periods of the missions, operations and groups the text names (``data/periods.yaml``), in the form of
    office terms (one list of spans per name): a report that speaks of ISIL falls on or after its naming. The
    end of a period holds only for a name in the report's head, since a body that has ended can be history."""
    out = []
    for pat, start, end in _periods():
        m = pat.search(text)
        if m is not None:
            out.append([(start, end if end is not None and m.start() < PERIOD_LEAD else None)])
    return out


def term_constraint(md: tuple[int, int], terms: list[list[tuple[date | None, date | None]]]):
    """A test on the dateline's year from the office terms of the titled persons the text names ("President
    Karzai"): the day falls in a term of every one of them. None when they have no day in common."""
    def ok(year: int) -> bool:
        d = _on(year, md)
        return d is not None and all(any((s is None or s <= d) and (e is None or d < e) for s, e in t) for t in terms)
    return ok if terms and any(ok(y) for y in YEARS) else None


_ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                                         "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
                                         "twentieth".split(), 1)}
# "the 10th anniversary of the 2011 uprising", "the first anniversary of the coup of 2021": the report's year
_ANNIVERSARY = re.compile(rf"\b(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINALS)})\s+anniversary\s+of\s+"
                          r"(?:[^.;:\n]{0,60}?)\b(?P<y>(?:19|20)\d{2})\b", re.I)


def anniversary_years(text: str) -> list[int]:
    """The years the text's anniversaries fall in ("the 10th anniversary of the 2011 uprising": 2021)."""
    out = []
    for m in _ANNIVERSARY.finditer(text):
        n = m["n"].lower()
        out.append(int(m["y"]) + (_ORDINALS[n] if n in _ORDINALS else int(re.match(r"\d+", n).group(0))))
    return out


def year_mentions(text: str, skip: tuple[int, int] = (-1, -1)) -> list[int]:
    """Bare years the text mentions as past or present ("since 2009", "in 2010"), full dates excluded."""
    masked = text
    for s, e, _ in full_dates(text):
        masked = masked[:s] + " " * (e - s) + masked[e:]
    return [int(m["y"]) for m in _YEAR_MENTION.finditer(masked)
            if not (m.start() < skip[1] and skip[0] < m.end()) and not _FUTURE_YEAR.search(masked[max(0, m.start() - 40):m.start()])]


def infer_year(text: str, md: tuple[int, int], published: date | None,
               skip: tuple[int, int] = (-1, -1),
               terms: list[list[tuple[date | None, date | None]]] | None = None,
               feed: date | None = None) -> tuple[date, str] | None:
    """The year of a year-less (month, day), from this document and its feed date (never from the clock).

    Weekdays written with a day ("Tuesday, Feb. 7") must agree with every answer. Then, in order: the metadata
    date (nearest, within 200 days); another full date in the document or a release number (nearest in the
    text first, within half a year); the year nearest the ``feed`` date its file gave it; a bare year the text mentions as past ("since 2009": the latest, or the
    year after it); and last the only year that the office terms of the titled persons it names ("President
    Karzai", ``terms``) and its weekdays leave. The periods of the missions and groups it names
    (``named_periods``: "ISIL" is of 2013 on) bound the year as office terms do. None when nothing decides.
    """
    text = line_view(text)
    weekday = weekday_constraints(text, md)
    term = term_constraint(md, (terms or []) + named_periods(text))
    feasts = feast_constraints(text, md)

    def ok(year: int, with_terms: bool = False) -> bool:
        return all(t(year) for t in weekday) and (not with_terms or (term is None or term(year))
                                                  and all(t(year) for t in feasts))

    if published is not None:
        # the nearest such day on either side: a dateline may run a day ahead of the page's own date, which
        # is often kept in another time zone ("MANILA, Jan 18" on a page dated Jan 17)
        near = [d for d in (_on(y, md) for y in (published.year - 1, published.year, published.year + 1)) if d]
        d = min(near, key=lambda d: (abs((d - published).days), d > published)) if near else None
        if d is not None and abs((d - published).days) <= 200 and ok(d.year):
            return d, "metadata"
    refs: list[tuple[int, date]] = [(s, d) for s, e, d in full_dates(text) if not (s < skip[1] and skip[0] < e)]
    for m in _RELEASE_NO.finditer(text):
        refs.append((m.start(), date(_year4(m["y"]), int(m["m"]), 1)))
    refs.sort(key=lambda r: abs(r[0] - skip[0]))
    for _, ref in refs:
        for y in (ref.year, ref.year - 1, ref.year + 1):
            cand = _on(y, md)
            if cand is not None and abs((cand - ref).days) <= 183 and ok(y):
                return cand, "document"
    for y in (lambda ys: ys if len(ys) == 1 else set())(set(anniversary_years(text))):
        # an anniversary the text marks: its year, unless the report's own weekdays or feasts deny it
        if _on(y, md) and ok(y, with_terms=True):
            return _on(y, md), "anniversary"
    if feed is not None:  # the feed's dated documents that read most like this one (ingest/feed.py)
        near = [d for d in (_on(y, md) for y in (feed.year - 1, feed.year, feed.year + 1)) if d and ok(d.year, True)]
        if near:
            return min(near, key=lambda d: abs((d - feed).days)), "feed"
    mentioned = year_mentions(text, skip)
    bound = bool(weekday or feasts or term is not None)  # the text's own day rules out years
    if mentioned:
        latest = max(mentioned)
        # the report is in the latest past year it mentions or the next; when its weekdays or feasts rule those
        # out, the first year after that they allow ("since the insurgents were driven out in 2021 ... on Sunday
        # night (7 September)": 2025)
        for y in range(latest, latest + (REACH if bound else 1) + 1):
            if ok(y, with_terms=True) and _on(y, md):
                return _on(y, md), "year_mention"
    if feed is not None and bound:
        # the feed's period is ruled out by the text's own day: the allowed year nearest it
        far = [d for d in (_on(y, md) for y in range(feed.year - REACH, feed.year + REACH + 1)) if d and ok(d.year, True)]
        if far:
            return min(far, key=lambda d: abs((d - feed).days)), "feed"
    if term is not None or feasts:
        left = [y for y in YEARS if ok(y, with_terms=True)]
        if len(left) == 1:
            if term is not None and len([y for y in YEARS if term(y)]) == 1 or not (weekday or feasts):
                how = "office_term"
            else:
                how = "weekday" if weekday else "feast"
            return _on(left[0], md), how
    return None


# Unicode line and paragraph separators end a line (releases pasted from PDFs use U+2028 between header lines)
# and a no-break space is a space; one character for one, so offsets stay valid
_LINE_VIEW = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\xa0": " ", "\u202f": " "})


def line_view(text: str) -> str:
    """``text`` with Unicode line separators as newlines and no-break spaces as spaces (same length)."""
    return text if text.isascii() else text.translate(_LINE_VIEW)


def read_dateline(text: str, published: date | None = None, feed: date | None = None) -> Dateline | None:
    """The earliest date stated in the header of ``text`` that is not a crawl timestamp."""
    text = line_view(text)
    head = text[:HEADER_CHARS]
    masked = ISO_TIMESTAMP.sub(lambda m: " " * len(m.group(0)), head)
    # (priority, start, end, date, month/day): a date right after the dateline city beats a header date
    found: list[tuple[int, int, int, date | None, tuple[int, int] | None]] = []
    first_line = _first_line_end(masked)
    for s, e, d in full_dates(masked):
        city = _CITY_BEFORE.search(masked[max(0, s - 60):s])
        if not city and published is not None and s >= first_line and abs((published - d).days) > DATELINE_SLACK_DAYS \
                and re.search(r"[a-z]{2,}", masked[masked.rfind("\n", 0, s) + 1:s]):
            # a date in the report's prose, weeks from the day its metadata gives ("where the boy was shot dead on
            # December 6, 2008", in a story of 2018): the day of something the report recalls, not its own (a date
            # that opens its line, "2018-03-20T12:38:14 17. 03. 2004.|News|" after a crawl stamp, is a header's)
            continue
        found.append((0 if city else 1, s, e, d, None))
    for k, pat in enumerate(_YEARLESS_DATELINES):
        for m in pat.finditer(masked):
            s, e = m.start("md"), m.end("md")
            if any(fs <= s < fe for _, fs, fe, _, _ in found):
                continue  # part of a full date
            md = month_day(m.group("md"))
            if md:
                found.append((0 if k < _CITY_DATELINES else 1, s, e, None, md))
    if not found:
        m = _RELEASE_DAY.search(text)  # no dated header: the release day its number gives
        if m is not None:
            try:
                return Dateline(date(int(m["y"]), int(m["m"]), int(m["d"])), m.span(), None, "document")
            except ValueError:
                return None
        numbered = release_number(text)
        if feed is not None and numbered is not None and numbered[0][:2] == (feed.year, feed.month):
            # only the number's month is stated: the day its feed's numbered releases put it on
            return Dateline(feed, numbered[2], None, RELEASE_FEED)
        if published is None and numbered is None:
            lead = lead_month_day(masked)
            if lead is not None:
                # no date of its own but a day in its lead ("BAGHDAD, Iraq – Iraqi forces detained a suspect
                # Feb. 7"): that day stands for the report's, its year inferred as a dateline's
                found.append((1, lead[0], lead[1], None, month_day(masked[lead[0]:lead[1]])))
        if not found:
            return None
    _, s, e, d, md = min(found, key=lambda f: (f[0], f[1]))
    if d is not None:
        return Dateline(d, (s, e))
    inferred = infer_year(text, md, published, skip=(s, e), feed=feed)
    if inferred is None:
        return Dateline(None, (s, e), md, "unresolved")
    return Dateline(inferred[0], (s, e), md, inferred[1])


# a day that opens a range or looks ahead ("since Feb. 3", "until March 1", "will meet on May 5") is no report's day
_NOT_LEAD = re.compile(r"\b(?:since|from|between|until|till|through|by|before|after|starting|beginning|will|"
                       r"due|scheduled|expected|planned|next)\s+(?:\w+\s+){0,3}$", re.I)


def _first_line_end(text: str) -> int:
    """Where the first non-blank line of ``text``, or its first sentence if that ends sooner, ends."""
    m = re.search(r"\S[^\n]*", text)
    if m is None:
        return 0
    stop = re.search(r"[a-z0-9)][.!?][\"'\u201d\u2019)]?\s+(?=[A-Z])", m.group(0))
    return m.start() + stop.end() if stop else m.end()


def lead_month_day(head: str) -> tuple[int, int] | None:
    """The span of the first day of the month ("Feb. 7") in the lead of an undated report, if it names one
    and it is not a range's start or a day ahead; a day written with its year is a full date, not this."""
    for m in re.finditer(_MD, head, re.I):
        if re.match(r"[,.]?\s*\d{4}\b", head[m.end():]) or _NOT_LEAD.search(head[max(0, m.start() - 40):m.start()]):
            continue
        if month_day(m.group(0)) is not None:
            return m.span()
    return None


def find_dateline(text: str, published: date | None = None) -> tuple[date, tuple[int, int]] | None:
    """(date, span) of the dateline when its date is known (see ``read_dateline``)."""
    dl = read_dateline(text, published)
    return (dl.date, dl.span) if dl and dl.date else None


def resolve_in_sentence(date_texts: list[str], anchor: date | None, future: bool = False) -> tuple[date, str] | None:
    """Resolve the first usable date expression of a sentence against ``anchor``.

    Durations and vague spans ("the past year and a half") are skipped: they do not date an event.
    A weekday or a day of the month is the last one on or before the anchor, or the next one when
    the sentence speaks of the future ("will meet on Monday").
    """
    for text in date_texts:
        m = _RELATIVE.search(text)
        if not m:
            continue
        expr = m.group(0)
        low = expr.lower()
        full = parse_date(expr)
        if full is not None:
            return full, text
        if anchor is None:
            continue
        if low in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
            return anchor, text
        if low == "yesterday" or re.fullmatch(r"last\s*night", low):
            # "overnight" is left to the report's day: the night runs into it, and wire copy ("Russia attacked
            # Kyiv overnight") dates such attacks by the story, as ICEWS and POLECAT do
            return anchor - timedelta(days=1), text
        wd = re.search(_WEEKDAY, expr, re.I)
        # "on Friday, June 2": the day of the month says which Friday; the weekday alone would take the last one
        # before the anchor, a week off when the story is told a week later
        after = _WEEKDAY_THEN_MD.match(text[m.end():]) if wd else None
        named_day = month_day(after.group("md")) if after else None
        if wd and named_day is None:
            target = _WEEKDAYS.index(wd.group(0).lower())
            if future or low.startswith("next"):
                return anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7), text
            # news convention: a bare weekday is the most recent one on or before the anchor
            delta = (anchor.weekday() - target) % 7
            if low.startswith("last") and delta == 0:
                delta = 7
            return anchor - timedelta(days=delta), text
        md = month_day(expr) or named_day
        if md:
            # the last such day on or before the anchor, unless the sentence looks ahead or that day is
            # more than half a year back while the next one is near ("a court date on April 5" in March)
            back, ahead = nearest_year(md, anchor), nearest_year(md, anchor, forward=True)
            if future or back is None or (ahead is not None and (anchor - back).days > 183
                                          and (ahead - anchor).days <= 183):
                d = ahead or back
            else:
                d = back
            if d:
                return d, text
    return None


def unresolved_expression(date_texts: list[str]) -> str | None:
    """The first expression that would date an event if the document had an anchor date."""
    for text in date_texts:
        m = _RELATIVE.search(text)
        if m and not parse_date(m.group(0)):
            return text
    return None


class DateScope:
    """Dates for the events of one document, sentence by sentence.

    A sentence's date expression governs all its events; it carries over to the following sentences
    until another date appears. Events with no date in scope take the dateline, then the metadata date.
    An undated document's relative dates stay unresolved (``date_source = unresolved``), never the clock's.
    """

    def __init__(self, doc, sents: list[tuple[int, object]] | None = None):
        self.doc = doc
        self.assumed = getattr(doc, "year_source", None) not in (None, *STATED_YEAR_SOURCES)
        self.guess = "day_assumed" if getattr(doc, "year_source", None) == RELEASE_FEED else "year_assumed"
        self.current: tuple[date | None, str, str] | None = None  # (date, expression, source)
        self._options: list[tuple[int, date, str]] = []  # this sentence's dates: (offset, date, expression)
        self._sents = sents or []
        # each sentence's expressions, read once: the look-ahead reads the next sentences before their turn
        self._read: dict[tuple[int, int], tuple[list[str], bool, dict[str, bool], list[tuple[int, date, str]]]] = {}
        self._index = -1  # the sentence being dated (position in ``sents``)
        self._shift: tuple[object, int, date] | None = None  # "a day after <clause>": (clause head, days, base)
        self._sent = None  # (sentence, offset) being dated
        self._stage: tuple[object, str] | None = None  # "met ... in their late teens": (the act's token, phrase)
        self._said: date | None = None  # the day of the latest report the document dated ("officials said Saturday")
        # the report's day that dated the events of a sentence with no day of their own ("A projectile killed two
        # civilians, the coalition announced on Friday."): the next sentences, which go on telling those acts with
        # no day either, keep it rather than the day the story was published
        self._report_day: tuple[date, str, str] | None = None
        # per sentence, its expressions inside a quotation and the day its own attribution gives the quotation
        # ("...,' the ministry said on Saturday"): "today" in a quote is the day it was spoken
        self._quoted: dict[tuple[int, int], tuple[set[str], date | None]] = {}
        # per sentence, the days that date only the relative clause they sit in ("protesters hurled stones in the
        # district where a boy was shot dead on December 6, 2008"): (the clause's head, date, expression)
        self._clause_days: dict[tuple[int, int], list[tuple[object, date, str]]] = {}
        self._own_clause_days: list[tuple[object, date, str]] = []  # those of the sentence being dated

    def _expressions(self, sent, offset: int, options: bool = False) -> tuple[list[str], bool, dict[str, bool]]:
        """A sentence's date expressions (outside the dateline), whether it speaks of the future, and which
        expressions date a report ("said on Sunday") rather than an event. With ``options``, its dates become
        this sentence's options."""
        key = (offset, sent.start_char)
        if key in self._read:
            texts, future, reporting, opts = self._read.pop(key)  # read ahead, now its turn (or read again)
            if options:
                self._options += opts
            else:
                self._read[key] = (texts, future, reporting, opts)
            return list(texts), future, dict(reporting)
        dl = self.doc.dateline_span or (-1, -1)
        texts, future, reporting, opts = [], False, {}, []
        clause_days: list[tuple[object, date, str]] = []
        spans: list[tuple[int, int]] = []  # the entities' own spans: "day" of "a day-long sit-in" is not "Sunday"
        spoken = self._attribution_day(sent)
        quoted: set[str] = set()
        # "since Friday": a range, not a day (the sentence is vague; see ``sentence``)
        ranges = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in _RANGE.finditer(span_text(sent))]
        for e in span_ents(sent):
            if any(a < e.end_char and e.start_char < b for a, b in ranges):
                continue
            if e.label_ == "DATE" and _names_a_day(sent.doc.text, e.start_char, e.end_char):
                continue
            if e.label_ == "DATE" and not (e.start_char + offset < dl[1] and dl[0] < e.end_char + offset):
                spans.append((e.start_char, e.end_char))
                rel = self._recalled_in_clause(e.root, e.text)
                if rel is not None:
                    clause_days.append(rel)
                    continue
                texts.append(e.text)
                fut = _is_future(e)
                future = future or fut
                reporting[e.text] = _dates_a_report(e)
                if _quoted(e.root):
                    quoted.add(e.text)
                base = (spoken or self._said) if e.text in quoted else None
                one = resolve_in_sentence([e.text], base or self.doc.anchor_date, future=fut)
                if one is not None and not reporting[e.text]:
                    opts.append((_governor(e).idx + offset, one[0], one[1]))
        # expressions the NER model missed ("Feb. 7", "on Saturday")
        s_text = span_text(sent)
        for m in _RELATIVE.finditer(s_text):
            a, b = m.start() + sent.start_char + offset, m.end() + sent.start_char + offset
            here = (m.start() + sent.start_char, m.end() + sent.start_char)
            if a < dl[1] and dl[0] < b or any(x < here[1] and here[0] < y for x, y in spans):
                continue
            if any(ra <= m.start() + sent.start_char < rb for ra, rb in ranges):
                continue
            if _names_a_day(s_text, m.start(), m.end()):
                continue
            tok = next((t for t in sent if t.idx >= m.start() + sent.start_char), None)
            rel = self._recalled_in_clause(tok, m.group(0)) if tok is not None else None
            if rel is not None:
                clause_days.append(rel)
                continue
            texts.append(m.group(0))
            future = future or bool(_FUTURE.search(s_text[max(0, m.start() - 40):m.start()]))
            if tok is not None and _quoted(tok):
                quoted.add(m.group(0))
        self._quoted[key] = (quoted, spoken)
        self._clause_days[key] = clause_days
        if options:
            self._options += opts
        else:
            self._read[key] = (texts, future, reporting, opts)
        return list(texts), future, dict(reporting)

    def _recalled_in_clause(self, tok, text: str) -> tuple[object, date, str] | None:
        """(clause head, day, expression) when the expression at ``tok`` dates a relative clause and lies more than
        a week from the report's day: a recalled act ("the district where a boy was shot dead on December 6, 2008")
        whose day is not that of the sentence's other acts. A day near the report's ("forces who raided Jenin on
        Saturday night") most often dates the sentence's own act as well, and stays the sentence's."""
        anchor = self.doc.anchor_date
        if anchor is None:
            return None
        rel = _relative_clause(tok)
        if rel is None:
            return None
        one = resolve_in_sentence([text], anchor)
        if one is None or abs((anchor - one[0]).days) <= DATELINE_SLACK_DAYS:
            return None
        return rel, one[0], one[1]

    def _attribution_day(self, sent) -> date | None:
        """The day of the report this sentence's own attribution gives ("...,' the ministry said on Saturday")."""
        for e in span_ents(sent):
            if e.label_ == "DATE" and not _quoted(e.root) and _dates_a_report(e):
                one = resolve_in_sentence([e.text], self.doc.anchor_date)
                if one is not None:
                    return one[0]
        return None

    def _resolve(self, key: tuple[int, int], texts: list[str], future: bool = False,
                 anchor: date | None = None) -> tuple[date, str] | None:
        """``resolve_in_sentence`` where an expression in a quotation counts from the day it was spoken: the day its
        attribution gives, else that of the latest report the document dated ("authorities said on Saturday")."""
        anchor = anchor or self.doc.anchor_date
        quoted, spoken = self._quoted.get(key, (set(), None))
        spoken = spoken or self._said
        for t in texts:
            one = resolve_in_sentence([t], spoken if spoken is not None and t in quoted else anchor, future=future)
            if one is not None:
                return one
        return None

    def _event_date_ahead(self, before: date) -> tuple[date, str] | None:
        """The event date the next sentences give when this one dates only its report ("..., officials said on
        Sunday. The attackers struck late Saturday night"): a day up to AHEAD_DAYS before the report's day."""
        for off, sent in self._sents[self._index + 1:self._index + 1 + DATE_LOOKAHEAD]:
            texts, future, reporting = self._expressions(sent, off)
            own = [t for t in texts if not reporting.get(t, False)]
            if not own or future:
                continue
            found = self._resolve((off, sent.start_char), own)
            if found is not None and 0 <= (before - found[0]).days <= AHEAD_DAYS:
                return found
            return None  # the next dated sentence speaks of another time
        return None

    def _lead_date(self) -> tuple[date, str] | None:
        """The day the lead after the dateline gives its events ("KABUL (Sept. 16) - ... detained several suspected
        insurgents in Zabul province Wednesday"): a day in the week up to the dateline."""
        dl, anchor = self.doc.dateline_span, self.doc.anchor_date
        after = [(off, s) for off, s in self._sents[self._index + 1:] if s.end_char + off > dl[0]][:HEADER_LOOKAHEAD]
        for off, sent in after:
            texts, future, reporting = self._expressions(sent, off)
            own = [t for t in texts if not reporting.get(t, False)]
            if not own or future:
                continue
            found = self._resolve((off, sent.start_char), own, anchor=anchor)
            return found if found is not None and 0 <= (anchor - found[0]).days <= 7 else None
        return None

    def sentence(self, sent, offset: int) -> tuple[date | None, str | None, str | None]:
        """(date, date_text, date_source) for the events of this sentence (a spaCy span)."""
        self._index += 1
        self._options = []
        self._shift = None
        self._own_clause_days = []
        self._sent = (sent, offset)
        self._stage = _life_stage(sent)
        dl = self.doc.dateline_span
        if dl is not None and self.doc.anchor_date is not None and self._sents and sent.end_char + offset <= dl[0] \
                and not _PROSE_END.search(span_text(sent)):
            # a headline above the dateline ("Taliban Commander Killed in Lashkar Gah", "Dec. 22: Militants
            # Killed"): its acts are the lead's, on the lead's day; a date in it is the release's (a sentence that
            # ends as prose does is no headline: "Calm has returned ... on Wednesday, January 17." above a
            # paragraph that opens "On Friday, January 19, 2024," is the lead, dated by its own words)
            lead = self._lead_date()
            if lead is not None:
                return lead[0], lead[1], "text" if not self.assumed else self.guess
            return self.doc.anchor_date, None, self.guess if self.assumed else \
                ("dateline" if self.doc.dateline else "published")
        texts, future, reporting = self._expressions(sent, offset, options=True)
        self._own_clause_days = self._clause_days.get((offset, sent.start_char), [])
        s_text = span_text(sent)
        anchor = self.doc.anchor_date
        # a report has one day: of several days the parse hangs on its reporting verb ("Today, forces confirmed
        # a leader was arrested ..., Sunday"), the latest is the report's and an earlier one the event's
        key = (offset, sent.start_char)
        said = {t: r[0] for t in texts if reporting.get(t, False)
                and (r := self._resolve(key, [t], future=future)) is not None}
        if len(set(said.values())) > 1:
            for t, d in said.items():
                reporting[t] = reporting[t] and d == max(said.values())
        if said and not future and (anchor is None or max(said.values()) <= anchor):
            self._said = max(said.values())
        # "Officials said on Sunday that police arrested two men on Friday": the events' date first
        texts.sort(key=lambda t: reporting.get(t, False))
        found = self._resolve(key, texts, future=future)
        if found is not None and said and not future and not reporting.get(found[1], False) and \
                found[0] > max(said.values()) and parse_date(found[1]) is None and month_day(found[1]) is None:
            # "The army said on Sunday that gunmen attacked a checkpoint yesterday", read on Wednesday: an act the
            # report tells happened by the report's day, so its relative day counts from that day
            found = self._resolve(key, [found[1]], future=future, anchor=max(said.values())) or found
        if found is not None and reporting.get(found[1], False) and self.current is not None \
                and self.current[0] is not None and not (month_day(found[1]) and (found[0] - self.current[0]).days > 7):
            # (a calendar day weeks after the one in scope is where the story has moved: "On June 12, ... claimed
            # privilege. ... A few days later, on July 2, Trump announced ...")
            # "..., the release said on Tuesday": the date of the report, not of what the report goes on about
            d, expr, src = self.current
            return d, expr, ("carried" if src == "text" else src)
        if found is not None and reporting.get(found[1], False) and self.current is None:
            # "The army announced on Sunday that it had killed three militants who ambushed a patrol a day
            # earlier": a day counted back from the report's own day
            counted = self._offset(s_text, base=found[0], back_only=True)
            if counted is not None:
                self.current = (counted[0], counted[1], "text" if not self.assumed else self.guess)
                return self.current
        if found is not None and reporting.get(found[1], False) and self._sents:
            ahead = self._event_date_ahead(found[0])
            if ahead is not None:
                return ahead[0], ahead[1], "text" if not self.assumed else self.guess
        if found is not None:
            if not reporting.get(found[1], False):
                # "Mirziyoyev on July 2 dropped the plans, a day after protesters tried to seize buildings": what
                # the clause after "after" tells happened a day before the sentence's own date (``for_event``)
                self._offset(s_text, base=found[0])
                if self._shift is not None:
                    # ("The attack came two days after ... were killed on Wednesday": a day inside that clause is
                    # its own, and nothing is counted)
                    sub = list(self._shift[0].subtree)
                    at = sent.start_char + s_text.find(found[1])
                    if sub[0].idx <= at < sub[-1].idx + len(sub[-1]):
                        self._shift = None
            full = parse_date(found[1]) is not None
            src = "text" if full or not self.assumed else self.guess
            # a scheduled date ("a court appearance on April 5") or the date of a report ("By reports on
            # Saturday", "said on Monday") dates this sentence only; the report goes on at its own date
            # "Wednesday's suicide-bomb attack" dates that attack only: the report goes on at the date it was at
            possessive = self.current is not None and re.search(re.escape(found[1]) + r"['’]s\b", s_text) is not None
            if not (anchor is not None and found[0] > anchor) and not reporting.get(found[1], False) and not possessive:
                self.current = (found[0], found[1], src)
            elif reporting.get(found[1], False) and self.current is None and not future and \
                    not (anchor is not None and found[0] > anchor):
                self._report_day = (found[0], found[1], src)
            return found[0], found[1], src
        counted = self._offset(s_text)
        if counted is not None:
            self.current = (counted[0], counted[1], "text" if not self.assumed else self.guess)
            return self.current
        if any(_VAGUE.search(t) for t in texts) or _VAGUE.search(_BORN_YEAR.sub(" ", s_text)):
            self.current = None  # another (vague) time: the earlier date no longer reaches here
            self._report_day = None
        elif self.current is None and self.doc.dateline is None and anchor is not None and self._sents:
            # a news lead with no date of its own ("Gunmen killed 81 people in ..., residents said") whose next
            # sentence tells the attack ("The attackers rounded up the villagers on Tuesday"): that day
            ahead = self._event_date_ahead(anchor)
            if ahead is not None:
                return ahead[0], ahead[1], "text" if not self.assumed else self.guess
        pending = unresolved_expression(texts) if anchor is None else None
        if pending is not None:
            self.current = (None, pending, "unresolved")
            return None, pending, "unresolved"
        if self.current is not None:
            d, expr, src = self.current
            return d, expr, ("carried" if src == "text" else src)
        if self._report_day is not None:
            d, expr, src = self._report_day
            return d, expr, ("carried" if src == "text" else src)
        if self.doc.dateline:
            return self.doc.dateline, None, self.guess if self.assumed else "dateline"
        if self.doc.published:
            return self.doc.published, None, "published"
        if getattr(self.doc, "dateline_md", None):
            # the year is unknown: the event keeps the day its dateline states ("Oct. 13"), with no date
            span = self.doc.dateline_span
            return None, (self.doc.text[span[0]:span[1]] if span else None), "unresolved"
        return None, None, None


    def _offset(self, s_text: str, base: date | None = None, back_only: bool = False) -> tuple[date, str] | None:
        """A day counted from the date in scope ("two days later", "the next day"), from ``base`` when given,
        or back from the anchor ("three days ago"). With ``back_only``, only a count back ("a day earlier")."""
        m = _OFFSET.search(s_text)
        if m is None:
            return None
        if m.group("same"):
            if base is None:
                base = self.current[0] if self.current is not None and self.current[0] is not None else None
            return (base, m.group(0)) if base is not None else None
        n = 1 if m.group("nx") or m.group("dir2") else _NUM_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        way = (m.group("dir") or m.group("dir2") or m.group("nx")).lower()
        sign = -1 if way in ("earlier", "before", "previous") else 1
        if back_only and (way == "ago" or sign > 0):
            return None
        anchor = self.doc.anchor_date
        if way == "ago":
            return (anchor - timedelta(days=n), m.group(0)) if anchor else None
        if base is None:
            base = self.current[0] if self.current is not None and self.current[0] is not None else anchor
        if base is None:
            return None
        word = self._count_word(m.start(), m.end()) if way in ("after", "before") else None
        if word is not None and word.dep_ == "mark" and word.head.i > word.i:
            # "The attack came a day after a car bomb exploded in Haditha": the sentence stays at the date in
            # scope, and what the clause after "after" tells happened a day before it (``for_event``); "arrested
            # two suspects two days after the attack" (a phrase, not a clause) is counted forward
            self._shift = (word.head, -sign * n, base)
            return base, m.group(0)
        return base + timedelta(days=sign * n), m.group(0)

    def _count_word(self, a: int, b: int):
        """The "after"/"before" token of a day count found at [a, b) of this sentence's text."""
        if self._sent is None:
            return None
        sent = self._sent[0]
        a, b = a + sent.start_char, b + sent.start_char
        return next((t for t in sent if a <= t.idx < b and t.lower_ in ("after", "before")), None)

    def _in_complement(self, trigger_start: int) -> bool:
        """Is the trigger inside the clause that the "after"/"before" of this sentence's day count opens?"""
        if self._shift is None or self._sent is None:
            return False
        sent, off = self._sent
        trig = next((t for t in sent if t.idx + off == trigger_start), None)
        return trig is not None and any(t.i == trig.i for t in self._shift[0].subtree)

    def for_event(self, trigger_start: int, sentence_date: tuple) -> tuple:
        """An event's date: with several dates in its sentence ("arrested on Monday and released on
        Tuesday"), the one that modifies its trigger's clause; else the sentence's. An act placed in someone's
        life ("the two men met in their late teens") has no day the text gives."""
        if self._stage is not None and self._sent is not None:
            sent, off = self._sent
            trig = next((t for t in sent if t.idx + off == trigger_start), None)
            head, phrase = self._stage
            if trig is not None and (trig.i == head.i or (trig.head.i == head.i and trig.pos_ not in ("VERB", "AUX"))):
                return None, phrase, "unresolved"
        if self._own_clause_days and self._sent is not None:
            sent, off = self._sent
            trig = next((t for t in sent if t.idx + off == trigger_start), None)
            for head, d, text in self._own_clause_days:
                if trig is not None and any(t.i == trig.i for t in head.subtree):
                    src = sentence_date[2] if sentence_date[2] in ("text", "year_assumed", "day_assumed") else "text"
                    return d, text, src
        if self._shift is not None and sentence_date[0] is not None and self._in_complement(trigger_start):
            src = sentence_date[2] if sentence_date[2] in ("text", "year_assumed", "day_assumed") else "text"
            return self._shift[2] + timedelta(days=self._shift[1]), sentence_date[1], src
        if len({d for _, d, _ in self._options}) < 2:
            return sentence_date
        own = [o for o in self._options if o[0] == trigger_start]
        if not own and self._sent is not None:
            # "Yesterday's attacks came on the heels of another, carried out on Wednesday evening on a houseboat,
            # where the group engaged troops in a gun battle": a day governs the whole clause it modifies, so an
            # act without a day of its own takes that of the nearest clause above it that has one
            sent, off = self._sent
            tok = next((t for t in sent if t.idx + off == trigger_start), None)
            by_at = {o[0]: o for o in self._options}
            while tok is not None and tok.head.i != tok.i and not own:
                tok = tok.head
                if tok.idx + off in by_at:
                    own = [by_at[tok.idx + off]]
        if not own:
            return sentence_date
        _, d, text = own[0]
        return d, text, sentence_date[2] if sentence_date[2] in ("text", "year_assumed", "day_assumed") else "text"


_REPORT_LEMMAS = {"say", "report", "announce", "tell", "state", "confirm", "claim", "reveal", "publish", "write",
                  "tweet", "add", "statement", "announcement", "interview"}


RETOLD_DAYS = 7  # how many days before the day an act was first given its retelling may date it


def date_retold_acts(events: list, sents: list[tuple[int, object]], anchor: date | None, source: str) -> None:
    """A later sentence that retells an act with its own day ("Senegal vowed on Sunday to hunt down those who executed
    13 people. ... The attack happened on Saturday in Borofaye forest") dates the act as first told, where that
    telling gave it no day of its own clause (a report's day, a day carried over or the dateline's): the earlier
    events of the retold act's type take the retelling's day, a day up to RETOLD_DAYS before theirs. ``source``: the
    date_source a day the text gives takes in this document (``text``, or the year's guess)."""
    from .coding.syntax import in_quotes, occurrence_of

    if anchor is None or len(sents) < 2:
        return
    by_sent: dict[int, list] = {}
    for e in events:
        by_sent.setdefault(e.sentence_index, []).append(e)
    for r, (off, sent) in enumerate(sents[1:], 1):
        for tok in sent:
            if tok.pos_ != "NOUN" or in_quotes(tok):
                continue
            verb = occurrence_of(tok)
            if verb is None:
                continue
            here = by_sent.get(r, [])
            # the retold act's type: of the event the noun is, else of the event whose trigger governs it
            kinds = [e.event_type for e in here if e.trigger_start == tok.idx + off] or \
                [e.event_type for e in here if any(a.idx + off == e.trigger_start for a in tok.ancestors)]
            told = _clause_date(sent, verb, anchor) if kinds else None
            if told is None:
                continue
            day, expr = told
            for e in events:
                if e.sentence_index >= r or e.event_type != kinds[0] or e.date is None or \
                        not 0 < (e.date - day).days <= RETOLD_DAYS or _own_date(sents[e.sentence_index], e):
                    continue
                e.date, e.date_text, e.date_source = day, expr, source


def _relative_clause(tok):
    """The head of the relative clause a date expression's token sits in ("the district where a boy was shot dead
    on December 6, 2008", "Jeanine Anez, proclaimed interim president on November 12"), if it sits in one: such a
    day dates that clause's act only."""
    for _ in range(8):
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.tag_ == "VBN"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _clause(tok):
    """The verb of the clause a token is in (the token itself if it is one)."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _expression_governor(sent, start: int, end: int):
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return _governor(span)


def _clause_date(sent, verb, anchor: date) -> tuple[date, str] | None:
    """The day a date expression of ``verb``'s own clause gives (not a day governed by another verb)."""
    found = [(e.start_char, e.end_char, e.text) for e in span_ents(sent) if e.label_ == "DATE"]
    for m in _RELATIVE.finditer(span_text(sent)):
        a, b = m.start() + sent.start_char, m.end() + sent.start_char
        if not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, m.group(0)))
    for a, b, text in sorted(found):
        if _names_a_day(sent.doc.text, a, b):
            continue
        gov = _expression_governor(sent, a, b)
        if gov is None or _clause(gov).i != verb.i:
            continue
        one = resolve_in_sentence([text], anchor)
        if one is not None and one[0] <= anchor:
            return one
    return None


def _own_date(sent_pair: tuple[int, object], ev) -> bool:
    """Does the event's date come from an expression of its own clause ("killed ... on Saturday")?"""
    off, sent = sent_pair
    if not ev.date_text or ev.date_source not in ("text", "year_assumed", "day_assumed"):
        return False
    trig = next((t for t in sent if t.idx + off == ev.trigger_start), None)
    at = span_text(sent).find(ev.date_text)
    if trig is None or at < 0:
        return False
    gov = _expression_governor(sent, at + sent.start_char, at + sent.start_char + len(ev.date_text))
    return gov is None or _clause(gov).i == _clause(trig).i


def _quoted(tok) -> bool:
    from .coding.syntax import in_quotes  # (coding imports this module)

    return in_quotes(tok)


def _dates_a_report(ent) -> bool:
    """Does the expression date a report rather than what it reports ("By reports on Saturday", "said on Monday")?"""
    from .coding.syntax import in_quotes

    quoted = in_quotes(ent.root)
    head = ent.root.head
    for _ in range(2):
        if head.lemma_.lower() in _REPORT_LEMMAS:
            return True
        if quoted:
            # "'This Sunday we were woken by detonations,' the mayor said": the day of the quoted act, counted from
            # the day of the speech (``DateScope._speech``), not the date of the report
            return False
        if head.pos_ in ("VERB", "AUX") and not quoted:
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in _REPORT_LEMMAS and head.head.i < head.i:
                # "The aid workers said a drone bombed a camp late Friday": the day of the reported act
                return False
            if head.dep_ in ("acl", "relcl") and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in _REPORT_LEMMAS:
                return True  # "a statement released Sunday", "a video posted on Friday": the act of a report
            said = head.head
            if said.lemma_.lower() in _REPORT_LEMMAS and said.i > head.right_edge.i and \
                    all(c.i > head.right_edge.i for c in said.children if c.i != head.i):
                # "troops yesterday killed two rebels, a military report said": an attribution after the whole
                # clause; the day modifies the act itself (not so in a quotation: "'today I feel that ...,' he
                # said" is the day of the speech)
                return False
        if head.head.i == head.i:
            break
        head = head.head
    return False


@lru_cache(maxsize=1)
def _life_stage_pattern() -> re.Pattern:
    """Phrases that place an act in someone's life (``data/date_names.yaml``, ``life_stage``)."""
    data = _data_file("date_names.yaml")["life_stage"]
    alt = lambda words: "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in sorted(words, key=len, reverse=True))
    poss, stages, roles = alt(data["possessives"]), alt(data["stages"]), alt(data["roles"])
    return re.compile(rf"\b(?:(?:in|during)\s+(?:{poss})\s+(?:(?:early|mid|late)[- ]?)?(?:{stages})|"
                      rf"as\s+(?:an?\s+)?(?:{roles})|at\s+(?:the\s+)?age\s+of\s+\d{{1,2}}|"
                      rf"when\s+(?:he|she|they|i|we)\s+(?:was|were)\s+(?:\d{{1,2}}|an?\s+(?:{roles})))\b", re.I)


def _life_stage(sent) -> tuple[object, str] | None:
    """(the act it modifies, the phrase) of a phrase placing an act in someone's life ("met in their late teens",
    "joined as a teenager"), when it modifies a clause; an age describing a person ("two men in their twenties
    were shot") modifies a noun and is no time of the act."""
    text = span_text(sent)
    for m in _life_stage_pattern().finditer(text):
        a = m.start() + sent.start_char
        tok = next((t for t in sent if t.idx == a), None)
        if tok is None:
            continue
        prev = sent.doc[tok.i - 1] if tok.i > 0 else None
        if tok.lower_ in ("in", "during") and prev is not None and prev.pos_ == "NOUN":
            continue  # "a man in his 40s": the parser may hang it on the verb, but it tells of the man
        head = tok.head
        if tok.lower_ == "when":  # "when he was 15": the clause it opens modifies the act
            head = head.head if head.dep_ == "advcl" else head
        if head.pos_ in ("VERB", "AUX") and head.i != tok.i:
            return head, m.group(0)
    return None


@lru_cache(maxsize=1)
def _day_names() -> tuple[re.Pattern, re.Pattern]:
    """The words around a day that make it part of a name (``data/date_names.yaml``)."""
    data = _data_file("date_names.yaml")
    before = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(data["before"], key=len, reverse=True))
    after = "|".join(map(re.escape, data["name_heads"]))
    return (re.compile(rf"\b(?:{before})\s*$", re.I), re.compile(rf"^\s*(?:{after})\b", re.I))


@lru_cache(maxsize=1)
def _paper_names() -> tuple[re.Pattern, re.Pattern]:
    """The title words around a weekday that make it a newspaper's name (``data/date_names.yaml``), as written."""
    data = _data_file("date_names.yaml")["publications"]
    before = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(data["before"], key=len, reverse=True))
    after = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(data["after"], key=len, reverse=True))
    return (re.compile(rf"\b(?:{before})\s+$"), re.compile(rf"^[ \t]+(?:{after})\b"))


def _names_a_day(text: str, start: int, end: int) -> bool:
    """Is the day at [start, end) of ``text`` part of a name ("the Sept. 26 Revolution", "the Sunday Observer") or
    an anniversary's?"""
    before, after = _day_names()
    if before.search(text[max(0, start - 40):start]) or after.match(text[end:end + 30]):
        return True
    day = text[start:end]
    if re.fullmatch(rf"(?:on\s+)?{_WEEKDAY}", day, re.I) and day[-1:].islower() and day.split()[-1][:1].isupper():
        p_before, p_after = _paper_names()
        return bool(p_before.search(text[max(0, start - 30):start]) or p_after.match(text[end:end + 30]))
    return False


def _governor(ent):
    """The verb (or event noun) a date expression modifies: "arrested" in "arrested on Monday"."""
    head = ent.root.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        if head.pos_ == "NOUN" and head.dep_ != "pobj":
            break  # "the attack on Monday"
        head = head.head
    return head


def _is_future(ent) -> bool:
    """Does the verb an expression modifies speak of the future ("will meet on Monday")?"""
    head = ent.root.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & {"will", "shall", "'ll"}) or head.lemma_.lower() in ("schedule", "plan", "due", "expect")
