"""Killed / injured / arrested counts from an event's sentence, each with its evidence span.

A count is a number next to a cue word (`data/counts.yaml`): "12 people were killed", "killing at least
three", "death toll rose to 39", "no one was hurt". Vague quantities ("dozens", "several") give no number.
The count goes to the nearest event of a compatible type in the same sentence (a count of arrests to
the arrest, not to the condemnation of it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..records import Count, Event
from ..yamlfile import load_yaml

DATA = Path(__file__).parent / "data"
KINDS = ("killed", "injured", "arrested")
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:[-'][A-Za-z]+)*|[^\w\s]")
# what a number must not be followed by to count people ("12 years", "5 km", "10%")
_NOT_PEOPLE = {"years", "year", "year-old", "years-old", "percent", "per", "%", "km", "kilometres", "kilometers",
               "miles", "metres", "meters", "hours", "hour", "days", "day", "weeks", "months", "minutes", "am", "pm",
               "times", "dollars", "euros", "$", "million", "billion", "tonnes", "tons", "o'clock", "th", "st", "nd",
               "rd", "rounds", "of", "-"}
_STOP = {",", ";", ":", ".", "(", ")", "?", "!", "—", "–", '"', "“", "”", "but", "while", "after", "before",
         "when", "which", "who", "that"}


@dataclass
class _Lex:
    after: dict[str, list[tuple[str, ...]]]
    before: dict[str, list[tuple[str, ...]]]
    wb: int
    wa: int
    hedges: list[tuple[str, ...]]
    zero: list[tuple[str, ...]]
    units: dict[tuple[str, ...], int]
    mult: dict[str, int]
    vague: set[str]
    types: dict[str, set[str]]


@lru_cache(maxsize=1)
def lexicon() -> _Lex:
    d = load_yaml((DATA / "counts.yaml").read_text("utf-8"))

    def phrases(xs):
        return sorted((tuple(str(x).lower().split()) for x in xs), key=len, reverse=True)

    return _Lex(after={k: phrases(v.get("after", [])) for k, v in d["kinds"].items()},
                before={k: phrases(v.get("before", [])) for k, v in d["kinds"].items()},
                wb=int(d["window_before"]), wa=int(d["window_after"]), hedges=phrases(d["hedges"]),
                zero=phrases(d["zero"]), units={tuple(str(k).split()): int(v) for k, v in d["units"].items()},
                mult={str(k): int(v) for k, v in d["multipliers"].items()},
                vague={str(v).lower() for v in d["vague"]},
                types={k: set(v) for k, v in d["event_types"].items()})


def _match(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[i:i + len(phrase)]) == phrase


def _number_at(words: list[str], i: int, lex: _Lex) -> tuple[int | None, int] | None:
    """Parse a number starting at token i: (value or None if vague, index after it); None if no number."""
    w = words[i]
    if w in lex.vague:
        return None, i + 1
    if w[0].isdigit():
        if "." in w:
            return None
        v = int(w.replace(",", ""))
        if "," not in w and 1800 <= v <= 2100 and len(w) == 4:
            return None  # a year
        j = i + 1
        if j < len(words) and words[j] in lex.mult:
            v, j = v * lex.mult[words[j]], j + 1
        return v, j
    for z in lex.zero:
        if _match(words, i, z):
            return 0, i + len(z)
    total, current, j, seen = 0, 0, i, False
    while j < len(words):
        hit = next((p for p in sorted(lex.units, key=len, reverse=True) if _match(words, j, p)), None)
        parts = words[j].split("-")
        if hit:
            current += lex.units[hit]
            j += len(hit)
        elif len(parts) == 2 and all((p,) in lex.units for p in parts):
            current += lex.units[(parts[0],)] + lex.units[(parts[1],)]
            j += 1
        elif seen and words[j] in lex.mult:
            m = lex.mult[words[j]]
            if m == 100:
                current *= m
            else:
                total, current = total + current * m, 0
            j += 1
        elif seen and words[j] == "and" and j + 1 < len(words) and (words[j + 1],) in lex.units:
            j += 1
        else:
            break
        seen = True
    return (total + current, j) if seen else None


def _people(words: list[str], j: int) -> bool:
    return j >= len(words) or words[j] not in _NOT_PEOPLE


@lru_cache(maxsize=1)
def _by_first_word() -> tuple[dict, dict]:
    """The lexicon's ``after`` and ``before`` cue phrases of each kind by their first word, in the lexicon's
    order (longest first): a word is tried only against the phrases that can start with it."""
    def index(cues: dict[str, list[tuple[str, ...]]]) -> dict[str, dict[str, list[tuple[str, ...]]]]:
        out: dict[str, dict[str, list[tuple[str, ...]]]] = {kind: {} for kind in cues}
        for kind, phrases in cues.items():
            for p in phrases:
                out[kind].setdefault(p[0], []).append(p)
        return out

    lex = lexicon()
    return index(lex.after), index(lex.before)


def find_counts(sentence: str) -> list[tuple[str, Count]]:
    """(kind, Count) for each count in the sentence; spans are offsets into the sentence."""
    lex = lexicon()
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    words = [t[0].lower() for t in toks]
    out: list[tuple[str, Count]] = []
    used: set[int] = set()
    after, before = _by_first_word()
    for i in range(len(words)):
        for kind in KINDS:
            cands = []
            for p in after[kind].get(words[i], ()):
                if _match(words, i, p):
                    j = i + len(p)
                    for k in range(j, min(len(words), j + lex.wa)):
                        if words[k] in _STOP:
                            break
                        hedge = next((h for h in lex.hedges if _match(words, k, h)), None)
                        if hedge:
                            continue
                        n = _number_at(words, k, lex)
                        if n is not None:
                            if n[0] is None or _people(words, n[1]):
                                cands.append((k - j, n[0], i, n[1] - 1))
                            break
                    break
            for p in before[kind].get(words[i], ()):
                if _match(words, i, p):
                    for k in range(i - 1, max(-1, i - 1 - lex.wb), -1):
                        if words[k] in _STOP:
                            break
                        # "no one was hurt": the zero phrase that ends here, not the "one" inside it
                        z = next((z for z in lex.zero if k - len(z) + 1 >= 0 and _match(words, k - len(z) + 1, z)), None)
                        if z is not None:
                            k = k - len(z) + 1
                        n = _number_at(words, k, lex)
                        if n is not None and n[1] <= i:
                            # widen to the hedge in front ("at least 12")
                            s = k
                            for h in lex.hedges:
                                if k - len(h) >= 0 and _match(words, k - len(h), h):
                                    s = k - len(h)
                                    break
                            if n[0] is None or _people(words, n[1]):
                                cands.append((i - n[1], n[0], s, i + len(p) - 1))
                            break
                    break
            if cands:
                _, value, s, e = min(cands, key=lambda c: c[0])
                if value is not None and not (used & set(range(s, e + 1))):
                    used |= set(range(s, e + 1))
                    out.append((kind, Count(value=value, start=toks[s][1], end=toks[e][2],
                                            text=sentence[toks[s][1]:toks[e][2]])))
    return out


def assign_counts(events: list[Event]) -> None:
    """Give each event the counts of its sentence that are nearest to its trigger among compatible events."""
    lex = lexicon()
    by_sentence: dict[tuple[str, int], list[Event]] = {}
    for e in events:
        by_sentence.setdefault((e.doc_id, e.sentence_index), []).append(e)
    for evs in by_sentence.values():
        first = evs[0]
        for kind, c in find_counts(first.sentence_text):
            ok = [e for e in evs if e.event_type in lex.types[kind]]
            if not ok:
                continue
            mid = (c.start + c.end) / 2
            best = min(ok, key=lambda e: (abs((e.trigger_start - e.sentence_start) - mid), e.trigger_start))
            if getattr(best, kind) is None:
                setattr(best, kind, Count(value=c.value, start=c.start + first.sentence_start,
                                          end=c.end + first.sentence_start, text=c.text))
