"""Shared helper of the argument tests: (type, source code, target code) of coded events."""
from __future__ import annotations


def roles_of(events, trigger=None):
    return [(e.event_type, e.source.actor.code if e.source and e.source.actor else None,
             e.target.actor.code if e.target and e.target.actor else None)
            for e in events if trigger is None or e.trigger_text == trigger]
