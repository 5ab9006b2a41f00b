"""Fuzzy name lookup: rapidfuzz's best ``fuzz.ratio`` match among many keys, scoring only plausible keys.

``fuzz.ratio`` is 100 * (1 - indel / (len(a) + len(b))). Two cheap lower bounds of the indel distance rule
out almost every key before it is scored: the difference in length, and the number of characters that one
string has and the other lacks (each must be inserted or deleted; counted over a 64-bit mask of the
characters present, where characters sharing a bit only weaken the bound). At the resolver's cutoff (92)
a name of 14 letters allows an indel distance of 2, which a few dozen of 50,000 keys pass.
"""
from __future__ import annotations

import math
from collections.abc import Iterable

import numpy


def _mask(text: str) -> int:
    m = 0
    for ch in text:
        o = ord(ch)
        if 97 <= o <= 122:
            m |= 1 << (o - 97)
        elif 48 <= o <= 57:
            m |= 1 << (o - 22)  # bits 26-35
        else:
            m |= 1 << (36 + o % 28)  # bits 36-63
    return m


def _masks(keys: list[str]) -> numpy.ndarray:
    """`_mask` of every key, computed over all their characters at once."""
    out = numpy.zeros(len(keys), dtype=numpy.uint64)
    lens = numpy.array([len(k) for k in keys], dtype=numpy.int64)
    if not lens.sum():
        return out
    o = numpy.frombuffer("".join(keys).encode("utf-32-le"), dtype=numpy.uint32).astype(numpy.int64)
    bits = numpy.where((o >= 97) & (o <= 122), o - 97, numpy.where((o >= 48) & (o <= 57), o - 22, 36 + o % 28))
    vals = numpy.left_shift(numpy.uint64(1), bits.astype(numpy.uint64))
    full = numpy.nonzero(lens)[0]
    starts = (numpy.cumsum(lens) - lens)[full]
    out[full] = numpy.bitwise_or.reduceat(vals, starts)
    return out


class FuzzyIndex:
    """Keys sorted by length with their character masks; `best` returns what ``process.extractOne`` over
    the original list returns."""

    #: the share of the keys plausible above which `best` scores them all: listing the plausible ones in their
    #: original order costs about a tenth of what scoring them does (some 6 ms a scan of 66,000 keys)
    SCAN_ALL = 0.5

    def __init__(self, keys: Iterable[str]):
        self.original = keys = list(keys)
        lens = numpy.array([len(k) for k in keys], dtype=numpy.int64)
        # by length, then original position (a stable sort); built once per process, so in numpy: a Python loop
        # over the 60,000 keys' characters took 0.5 s
        order = numpy.argsort(lens, kind="stable")
        self.keys = [keys[i] for i in order.tolist()]
        self.index = order.astype(numpy.int64)
        self.lens = lens[order]
        self.masks = _masks(keys)[order]
        # _first[l]: the position of the first key of length >= l (l up to the longest key + 1)
        longest = int(self.lens[-1]) if len(self.keys) else 0
        self._first = numpy.searchsorted(self.lens, numpy.arange(longest + 2), side="left").tolist()

    def best(self, query: str, cutoff: float) -> tuple[str, float, int] | None:
        """(key, score, index in the original key list) of the best key scoring >= ``cutoff``, else None.

        Ties go to the earlier key of the original list, as with ``extractOne`` over that list.
        """
        from rapidfuzz import fuzz, process

        n = len(query)
        slack = 1e-6  # keep keys at the cutoff exactly, whatever the rounding
        # lengths that can reach the cutoff: 200 * min(n, l) / (n + l) >= cutoff
        # the bounds as integers: an integer length l is >= x when l >= ceil(x), > x when l > floor(x) (a float
        # bound made numpy cast the whole length array to floats on every call)
        lo = self._first[min(max(math.ceil(cutoff * n / (200 - cutoff) - slack), 0), len(self._first) - 1)] \
            if cutoff < 200 else 0
        hi = self._first[min(max(math.floor(n * (200 - cutoff) / cutoff + slack) + 1, 0), len(self._first) - 1)] \
            if cutoff > 0 else len(self.keys)
        if lo >= hi:
            return None
        lens = self.lens[lo:hi]
        missing = numpy.bitwise_count(self.masks[lo:hi] ^ numpy.uint64(_mask(query)))
        # indel <= (n + l) * (1 - cutoff / 100) for a score >= cutoff
        rows = numpy.nonzero(missing <= (n + lens) * (1 - cutoff / 100) + slack)[0]
        if len(rows) > self.SCAN_ALL * len(self.keys) or cutoff <= 0 and len(rows) > 1000:
            # most keys plausible (a low cutoff, or a long name whose letters most long keys share): one scan of the
            # whole list in rapidfuzz beats listing them, and a Python loop
            hit = process.extractOne(query, self.original, scorer=fuzz.ratio, score_cutoff=cutoff)
            return None if hit is None else (hit[0], hit[1], hit[2])
        if cutoff > 0:
            # the plausible keys in their original order: extractOne keeps the first of the best scores, i.e. the
            # earliest key, as the loop below does (one call instead of a Python loop of a hundred-odd ratios)
            if not len(rows):
                return None
            idx = self.index[rows + lo]
            order = numpy.argsort(idx, kind="stable")
            keys = self.keys
            hit = process.extractOne(query, [keys[r] for r in (rows + lo)[order].tolist()], scorer=fuzz.ratio,
                                     score_cutoff=cutoff)
            return None if hit is None else (hit[0], hit[1], int(idx[order[hit[2]]]))
        found: tuple[str, float, int] | None = None
        for r in (rows + lo).tolist():
            score = fuzz.ratio(query, self.keys[r], score_cutoff=cutoff)
            if not score:
                continue
            key, i = self.keys[r], int(self.index[r])
            if found is None or score > found[1] or (score == found[1] and i < found[2]):
                found = (key, score, i)
        return found
