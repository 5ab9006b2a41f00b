"""The date a feed gives its year-less documents.

A JSONL, CSV or Parquet file is one *feed*: the releases of one agency, a wire's stories. A dateline
without a year ("KABUL, Afghanistan (Jan. 28)") whose own document states no year takes it from the
feed's dated documents that read most like it: agencies change their wording from one period to the next,
so the stories closest in wording are closest in time. Their mean date, and in a second round the mean
over them and the feed's other year-less documents most like it (at the days their first round gave
them), is the document's *feed date* (``metadata["feed_date"]``); neighbours years apart (a file of many
agencies) give the likest one's date instead, and those outside the periods the document names
(``dates.named_periods``: "ISIL" is of 2013 on) are not its neighbours; ``dates.infer_year`` takes the year that puts the dateline's day nearest it,
and every event dated from it says ``year_assumed`` (``year_source = feed``).

A release that gives only the year and month of its number ("2011-07-S-003", no dated dateline) is dated
by the feed's other releases of that series: agencies number their releases in order through the month,
so its day lies between those of the dated releases numbered around it (``release_days``; events say
``day_assumed``).

The feed date is computed once per file at ingest, from the whole file and nothing else, so a document is
dated alike whatever batch, shard or engine codes it. Memory stays small: a first pass keeps the dated
documents' dates and the document frequencies of hashed words, a second pass scores only the dated
documents against the few year-less ones.
"""
from __future__ import annotations

import heapq
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta

import numpy as np

from ..dates import STATED_YEAR_SOURCES, named_periods, release_number

NEIGHBOURS = 7  # dated documents whose mean date is the feed date
CLOSE = 0.3  # a neighbour counts when it is at least this share as alike as the nearest
SPREAD = 3 * 365  # days: neighbours further apart than this are taken as unrelated (see _mean)
PERIOD_SLACK = 183  # days around a named period within which a dated neighbour may lie (a year-less day is put within half a year of it)
_BUCKETS = 1 << 20  # hashed word and word-pair features
_WORD = re.compile(r"[a-z][a-z'’-]+")
# the words that say when a text was written in any year (months, weekdays) say nothing of its period
_TIME_WORDS = frozenset("""jan january feb february mar march apr april may jun june jul july aug august sep sept september
oct october nov november dec december monday tuesday wednesday thursday friday saturday sunday today yesterday""".split())


def _features(text: str) -> Counter[int]:
    """Hashed words and adjacent word pairs of ``text`` (a stable hash: the same in every process)."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _TIME_WORDS]
    grams = words + [a + " " + b for a, b in zip(words, words[1:])]
    return Counter(zlib.crc32(g.encode("utf-8")) % _BUCKETS for g in grams)


def is_open(doc) -> bool:
    """A year-less dateline whose year the document itself does not state (nor its metadata)."""
    return doc.dateline_md is not None and doc.year_source not in STATED_YEAR_SOURCES


def is_dated(doc) -> bool:
    """A document whose own text or metadata states its date with a year."""
    return doc.anchor_date is not None and (doc.year_source in STATED_YEAR_SOURCES or doc.dateline_md is None)


def is_numbered(doc) -> bool:
    """A document with no date but the year and month of its release number."""
    return doc.anchor_date is None and doc.dateline_md is None


def _month_end(y: int, m: int) -> int:
    return (date(y + m // 12, m % 12 + 1, 1)).toordinal() - 1


def release_days(points: dict[tuple[int, int, str], list[tuple[int, int]]],
                 wanted: dict[int, tuple[tuple[int, int, str], int]]) -> dict[int, date]:
    """The day of each numbered release in ``wanted`` (index -> (series, number)) from the dated releases of the
    feed (``points``: series -> [(number, ordinal day)]). A series is numbered from the first of its month: a
    number between two dated ones lies between their days in proportion; past the last dated one, at the pace
    of the two before it; a series with no dated release goes at the feed's usual pace (its median days per
    number). Kept within the number's month; no estimate when the feed has no dated numbered release."""
    def pace(pts: list[tuple[int, float]]) -> float | None:
        (n0, d0), (n1, d1) = pts[-2], pts[-1]
        return (d1 - d0) / (n1 - n0) if n1 > n0 else None

    starts = {s: date(s[0], s[1], 1).toordinal() - 0.5 for s in points}
    paces = sorted(p for s, pts in points.items()
                   if (p := pace([(0, starts[s]), (max(pts)[0], max(pts)[1])])) is not None and p > 0)
    usual = paces[len(paces) // 2] if paces else None
    out = {}
    for i, (series, n) in wanted.items():
        start = date(series[0], series[1], 1).toordinal()
        by_n: dict[int, list[int]] = {}
        for k, d in points.get(series, []):
            by_n.setdefault(k, []).append(d)
        pts = [(0, start - 0.5)] + sorted((k, sum(ds) / len(ds)) for k, ds in by_n.items() if k > 0)
        lower = [p for p in pts if p[0] <= n]
        upper = [p for p in pts if p[0] >= n]
        (nl, dl) = lower[-1]
        if upper and upper[0][0] == nl:
            est = dl
        elif upper:
            (nu, du) = upper[0]
            est = dl + (du - dl) * (n - nl) / (nu - nl)
        else:
            p = pace(lower) if len(lower) > 1 else usual
            if p is None:
                continue
            est = dl + p * (n - nl)
        out[i] = date.fromordinal(min(max(int(est + 0.5), start), _month_end(series[0], series[1])))
    return out


class FeedDates:
    """Feed dates for the year-less documents of one feed, from two passes over its texts.

    ``observe`` every document of the feed in order (pass one); if ``needed``, give ``score`` the text of each
    dated document again (pass two, same order); ``dates`` then maps each open document's index to its date.
    """

    def __init__(self) -> None:
        self._df = np.zeros(_BUCKETS, dtype=np.int32)
        self._n = 0
        self._dated: list[tuple[int, date]] = []
        self._open: dict[int, Counter[int]] = {}
        self._md: dict[int, tuple[int, int]] = {}  # open index -> its dateline's (month, day)
        self._periods: dict[int, list] = {}  # open index -> the named periods its text names (dates.named_periods)
        self._vectors: dict[int, dict[int, float]] = {}
        self._best: dict[int, list[tuple[float, int, int]]] = {}  # open index -> heap of (similarity, -index, ordinal)
        self._series: dict[tuple[int, int, str], list[tuple[int, int]]] = {}  # dated releases: (number, ordinal)
        self._numbered: dict[int, tuple[tuple[int, int, str], int]] = {}  # undated releases: (series, number)

    def observe(self, i: int, doc, count: bool = True) -> None:
        """Pass one, document ``i``. With ``count=False`` its words are left out of the document frequencies
        until `count` adds them: a caller that keeps the documents counts them only when `needed` (a feed with
        no year-less document, the usual case, never uses the frequencies; hashing every text cost about
        0.4 ms a document)."""
        is_open_ = is_open(doc)
        feats = _features(doc.text) if count or is_open_ else None
        if count:
            self._count(feats)
        self._n += 1
        if is_open_:
            self._open[i] = feats
            self._md[i] = doc.dateline_md
            periods = named_periods(doc.text)
            if periods:
                self._periods[i] = periods
        elif is_dated(doc):
            self._dated.append((i, doc.anchor_date))
        numbered = release_number(doc.text) if is_numbered(doc) or is_dated(doc) else None
        if numbered is not None:
            series, n, _ = numbered
            if doc.anchor_date is None:
                self._numbered[i] = (series, n)
            elif (doc.anchor_date.year, doc.anchor_date.month) == series[:2]:  # a number of another month is a slip
                self._series.setdefault(series, []).append((n, doc.anchor_date.toordinal()))

    def count(self, text: str) -> None:
        """Add the words of a document `observe` did not count to the document frequencies."""
        self._count(_features(text))

    def _count(self, feats: Counter[int]) -> None:
        self._df[np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))] += 1

    @property
    def needed(self) -> bool:
        return bool(self._open) and bool(self._dated)

    @property
    def dated(self) -> dict[int, date]:
        """The dated documents' indices and dates (pass two reads these texts again)."""
        return dict(self._dated)

    def _weigh(self, feats: Counter[int]) -> dict[int, float]:
        w = {f: (1 + math.log(c)) * math.log((1 + self._n) / (1 + int(self._df[f]))) for f, c in feats.items()}
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        return {f: v / norm for f, v in w.items() if v > 0}

    def score(self, i: int, text: str, when: date) -> None:
        """Pass two: compare dated document ``i`` with every open document."""
        if not self._vectors:
            self._vectors = {j: self._weigh(f) for j, f in self._open.items()}
        vec = self._weigh(_features(text))
        for j, ov in self._vectors.items():
            if j in self._periods and not _in_periods(when, self._periods[j]):
                continue  # a release on ISIL is not dated by one from before ISIL, however alike its wording
            small, big = (vec, ov) if len(vec) < len(ov) else (ov, vec)
            sim = sum(v * big.get(f, 0.0) for f, v in small.items())
            heap = self._best.setdefault(j, [])
            item = (sim, -i, when.toordinal())
            if len(heap) < NEIGHBOURS:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)

    def _alike_open(self, among: list[int]) -> dict[int, list[tuple[float, int, int]]]:
        """The open documents among ``among`` that read most like each of them: index -> [(similarity, -k, k)]."""
        best: dict[int, list[tuple[float, int, int]]] = {j: [] for j in among}
        for a, j in enumerate(among):
            vj = self._vectors[j]
            for k in among[a + 1:]:
                vk = self._vectors[k]
                small, big = (vj, vk) if len(vj) < len(vk) else (vk, vj)
                sim = sum(v * big.get(f, 0.0) for f, v in small.items())
                for x, y in ((j, k), (k, j)):
                    heap, item = best[x], (sim, -y, y)
                    if len(heap) < NEIGHBOURS:
                        heapq.heappush(heap, item)
                    elif item > heap[0]:
                        heapq.heapreplace(heap, item)
        return best

    def dates(self) -> dict[int, date]:
        """Each open document's feed date: the mean date of the documents that read most like it, dated ones and
        (a second round) open ones at the day their first-round date gives their datelines; each numbered
        release's estimated day (``release_days``).

        An agency that drops the year from its datelines does so for a while: its year-less releases cluster in
        a period whose likest dated releases lie before and after it, and read most like each other. Their
        mean date lies in the gap, and the open releases alike pull each other into it (a "Feb. 5" whose dated
        neighbours' mean falls in August sits with the year-less releases of that winter)."""
        out = release_days(self._series, self._numbered) if self._numbered else {}
        first: dict[int, list[tuple[float, int]]] = {}
        for j, heap in self._best.items():
            top = max((s for s, _, _ in heap), default=0.0)
            # a neighbour much less alike than the nearest reads like another agency or period
            near = [(s, o) for s, _, o in heap if s > 0 and s >= CLOSE * top]
            if near:
                first[j] = near
        day = {j: _nearest_day(self._md[j], _mean(near)).toordinal() for j, near in first.items()}
        alike = self._alike_open(sorted(first)) if len(first) > 1 else {}
        for j, near in first.items():
            both = heapq.nlargest(NEIGHBOURS, near + [(s, day[k]) for s, _, k in alike.get(j, [])])
            top = both[0][0]
            out[j] = _mean([(s, o) for s, o in both if s > 0 and s >= CLOSE * top])
        return out


def _in_periods(when: date, periods: list) -> bool:
    slack = timedelta(days=PERIOD_SLACK)
    return all(any((s is None or when >= s - slack) and (e is None or when <= e + slack) for s, e in spans)
               for spans in periods)


def _mean(near: list[tuple[float, int]]) -> date:
    """The mean date of the neighbours ``(similarity, ordinal)``; when they lie more than ``SPREAD`` apart, the
    date of the likest. Neighbours years apart are stories of other agencies and periods that only share common
    words with it (a mixed wire file): their mean is the middle of the file, no story's date, while the likest
    is most often of the same agency and period. Neighbours within a few years are one agency's releases
    around a period, and their mean puts a story that lies between them in the gap."""
    days = [o for _, o in near]
    if max(days) - min(days) > SPREAD:
        return date.fromordinal(max(near)[1])
    return date.fromordinal(round(sum(days) / len(days)))


def _nearest_day(md: tuple[int, int], when: date) -> date:
    """The day (month, day) nearest ``when``."""
    days = []
    for y in (when.year - 1, when.year, when.year + 1):
        try:
            days.append(date(y, *md))
        except ValueError:  # Feb 29 in a common year
            continue
    return min(days, key=lambda d: abs((d - when).days))


def feed_dates(docs: Iterable, texts_again: Callable[[set[int]], Iterable[tuple[int, str]]] | None = None) -> dict[int, date]:
    """Feed dates for the open documents among ``docs`` (one feed, in order), keyed by position.

    ``texts_again(indices)`` yields ``(index, text)`` for the dated documents a second time (a reader re-reads
    its file); without it the documents are kept in memory, for callers that hold them anyway.
    """
    fd = FeedDates()
    kept: dict[int, object] = {}
    for i, doc in enumerate(docs):
        fd.observe(i, doc)
        if texts_again is None and is_dated(doc):
            kept[i] = doc
    if not fd.needed:
        return fd.dates()
    when = fd.dated
    again = texts_again(set(when)) if texts_again else ((i, kept[i].text) for i in sorted(kept))
    for i, text in again:
        if i in when:
            fd.score(i, text, when[i])
    return fd.dates()
