"""Claimed and alleged acts, settled once a sentence's mentions are resolved.

The coder marks both while it reads a sentence: ``Coder.claimers`` (who claims an act told in a clause of its own:
"..., and Hezbollah claimed the attack") and ``Coder.claims`` (the acts an accuser alleges: "accused the army of
shelling the town"). The pipeline hands them here after actor resolution.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Event, Mention


def credit_claimant(claimant: Mention, here: list[Event], before: list[Event]) -> None:
    """Make ``claimant`` the source of the attacks with none in its sentence (``here``), else in the sentence
    before (``before``); each such attack is then reported, claimed by it (annotation guidelines)."""
    for evs in (here, before):
        orphans = [e for e in evs if e.event_type == "ASSAULT" and e.source is None and
                   e.modality in ("asserted", "reported")]
        if orphans:
            for e in orphans:
                e.source, e.claimant, e.modality = replace(claimant), replace(claimant), "reported"
            return


def drop_alleged(events: list[Event], claims: dict[int, int]) -> list[Event]:
    """``events`` without the acts an accuser alleges (``claims``: trigger offset -> its accusation's trigger offset,
    from ``Coder._claims_only``); the accuser's own act, told by a pronoun that names it ("a group it blames"),
    stays."""
    if not claims:
        return events
    accusations = {e.trigger_start: e for e in events if e.event_type == "ACCUSE"}

    def code(m) -> str | None:
        return m.actor.code if m is not None and m.actor is not None else None

    out = []
    for e in events:
        acc = accusations.get(claims.get(e.trigger_start, -1))
        own = e.source is not None and e.source.kind == "pronoun" and code(e.source) and \
            code(e.source) == code(acc.source if acc is not None else None)
        if acc is not None and acc is not e and not own:
            continue
        out.append(e)
    return out
