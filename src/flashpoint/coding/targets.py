"""Targets that are no actors, settled once the document's places and actors are known.

A town the resolver does not code, or any populated place attacked, raided or marched on, is where the act
happened: it leaves the target (the geocoder keeps it as a place). An unresolved common noun is a thing: it
becomes the event's object, except after an interaction, whose target must be an actor (``data/valency.yaml``
``actor_target_types``, ``place_target_types``).
"""
from __future__ import annotations

from functools import lru_cache

from ..records import Event, Mention, Place
from ..yamlfile import load_yaml
from .patterns import DATA


@lru_cache(maxsize=1)
def actor_target_types() -> frozenset[str]:
    """Event types whose target must be an actor ("discussed the study", "offered flights" have none)."""
    return frozenset(load_yaml((DATA / "valency.yaml").read_text("utf-8"))["actor_target_types"])


def _overlaps(m: Mention, tp: Place) -> bool:
    return tp.start is not None and tp.start < m.end and m.start < tp.end


def drop_place_target(ev: Event, toponyms: list[Place], place_types: frozenset[str]) -> None:
    """Clear ``ev``'s target where it is one of the document's ``toponyms``: an uncoded town ("shelled El Fasher"),
    or any populated place, even a capital, as the target of a ``place_types`` act ("shelled Kyiv")."""
    t = ev.target
    if t is not None and t.actor is None and t.kind == "entity" and any(_overlaps(t, tp) for tp in toponyms):
        ev.target = None
    elif t is not None and ev.event_type in place_types and any(
            tp.precision == "place" and _overlaps(t, tp) for tp in toponyms):
        ev.target = None


def thing_target(e: Event) -> Event:
    """``e`` with an unresolved common-noun target moved to its object: a thing, not a participant (dropped after
    an interaction: "discussed the study")."""
    if e.target is not None and e.target.actor is None and e.target.kind == "np":
        if e.object is None and e.event_type not in actor_target_types():
            e.object = Mention(text=e.target.text, start=e.target.start, end=e.target.end, kind="thing",
                               unresolved=True)
        e.target = None
    return e
