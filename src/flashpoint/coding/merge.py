"""One event per act and pair of actors: the events a trigger gives for coordinated mentions of one actor are
merged, while two persons named side by side stay two actors. Runs on a document's events once their actors are
resolved (the Pipeline calls `merge_same_actors` after the actors stage)."""
from __future__ import annotations

from ..records import Event, Mention
from .coref import person_mention


def merge_same_actors(events: list[Event]) -> list[Event]:
    """Coordinated mentions of one actor ("helicopters and tanks", "friends and partners" of the
    international community) are one event, not several with the same codes. Two persons are two actors
    ("President A and Prime Minister B met X": two events of one code, coref.person_mention)."""
    seen: dict[tuple, list[Event]] = {}
    out = []
    for e in events:
        k = (e.sentence_index, e.trigger_start, e.event_type, e.modality, _key(e.source), _key(e.target))
        if k in seen and not all(_two_persons(p, e) for p in seen[k]):
            continue
        seen.setdefault(k, []).append(e)
        out.append(e)
    return out


def _key(m: Mention | None):
    """A side's identity: its actor code, else (for an uncoded side or the author) where it is written."""
    if m is None:
        return None
    return m.actor.code if m.actor is not None and m.actor.code != "AUTHOR" else (m.kind, m.start)


def _two_persons(a: Event, b: Event) -> bool:
    """Whether the sides in which two events differ are persons on both (two persons, two actors)."""
    pairs = [(x, y) for x, y in ((a.source, b.source), (a.target, b.target))
             if x is not None and y is not None and x.start != y.start]
    return bool(pairs) and all(person_mention(x) and person_mention(y) for x, y in pairs)
