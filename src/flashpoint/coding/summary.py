"""Counted summaries of the events a report goes on to tell one by one.

"Coalition military forces conducted 34 strikes against ISIL in Syria and Iraq. ... Near Raqqah, eight
strikes engaged three ISIL tactical units ..." and "Four attacks have been reported since Friday in Cabo
Delgado. ... insurgents attacked the town of Iba" give one event per act told, not one more for the tally:
a counted event (a number of two or more acts: "34 strikes", "carried out 16 airstrikes") whose own place is
no finer than a first-level division is a summary when the report goes on to tell another event of its type
at a finer place, and it is dropped. So is an act named twice in one clause ("five strikes engaged four ISIL units": the noun is the
verb's instrument). The count words and act nouns are data (``data/senses.yaml``:
``summary_counts``, ``summary_nouns``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..records import Event
from .decision import _load_senses

_COARSE = {"country", "region", "admin1"}

@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    senses = _load_senses()
    num = r"(?:\d[\d,]*|" + "|".join(re.escape(w) for w in sorted(senses["summary_counts"], key=len, reverse=True)) + r")"
    lead = r"(?:a\s+total\s+of\s+|at\s+least\s+|more\s+than\s+|some\s+)?"
    nouns = "|".join(re.escape(n) for n in sorted(senses["summary_nouns"], key=len, reverse=True))
    before = re.compile(rf"(?:^|[\s(]){lead}{num}\s+(?:[\w-]+\s+){{0,3}}$", re.I)
    after = re.compile(rf"^\s+(?:out\s+)?{lead}{num}\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.I)
    return before, after, frozenset(n.lower() for n in senses["summary_nouns"])


def counted(e: Event) -> bool:
    """Is the event a number of acts ("34 strikes", "Four attacks", "carried out 16 airstrikes")?"""
    before, after, nouns = _patterns()
    s, a, b = e.sentence_text, e.trigger_start - e.sentence_start, e.trigger_end - e.sentence_start
    if not (0 <= a <= b <= len(s)):
        return False
    if e.trigger_text.lower() in nouns:
        return bool(before.search(s[:a]))
    return bool(after.match(s[b:]))


def drop_summaries(events: list[Event], placed: set[str]) -> list[Event]:
    """The events without the counted summaries of events that the report tells one by one. ``placed``: the ids
    of the events that their own sentence places (the others have a place carried, borrowed or by default)."""
    def coarse(e: Event) -> bool:
        return e.id not in placed or e.location is None or e.location.precision in _COARSE

    out = []
    for i, e in enumerate(events):
        if counted(e) and coarse(e) and any(o.event_type == e.event_type and not coarse(o) for o in events[i + 1:]):
            continue
        if e.nominal and any(restates(o, e) for o in events):
            continue
        out.append(e)
    return out


def restates(verbal: Event, noun: Event) -> bool:
    """Is the noun event the verb event's own act, named as its instrument or agent ("five strikes engaged
    four ISIL units": one act, not two)? Only for the same event type ("two strikes destroyed six positions"
    keeps its strikes as the assault and the destruction as what they did)."""
    if verbal is noun or verbal.nominal or verbal.event_type != noun.event_type or \
            verbal.sentence_index != noun.sentence_index:
        return False
    return any(m is not None and m.start is not None and m.start <= noun.trigger_start < m.end
               for m in (verbal.instrument, verbal.source))
