"""Neutrality: the same sentence with the sides swapped gives the mirrored event, for every template."""
from __future__ import annotations

import pytest

TEMPLATES = [
    "{a} accused {b} of ethnic cleansing.",
    "{a} called on {b} to withdraw its police from the north.",
    "Police from {a} arrested two citizens of {b} near the boundary line.",
    "{a} rejected the proposal made by {b}.",
    "{a} threatened {b} with sanctions.",
    "The government in {a} condemned the attack by armed men from {b}.",
]
SIDES = [("Belgrade", "Pristina", "SRB", "XKX"), ("Serbia", "Kosovo", "SRB", "XKX"),
         ("the Serbian government", "the Kosovo government", "SRB", "XKX")]


def _main(events):
    evs = [e for e in events if e.modality in ("asserted", "reported") and not e.embedded]
    return sorted((e.event_type, e.source.actor.country if e.source and e.source.actor else None,
                   e.target.actor.country if e.target and e.target.actor else None) for e in evs)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("a,b,ca,cb", SIDES)
def test_swapping_sides_mirrors_the_coding(code_text, template, a, b, ca, cb):
    forward = _main(code_text(template.format(a=a, b=b)))
    backward = _main(code_text(template.format(a=b, b=a)))
    swap = {ca: cb, cb: ca}
    mirrored = sorted((t, swap.get(s, s), swap.get(g, g)) for t, s, g in backward)
    assert forward == mirrored
    assert forward, "no event coded"
