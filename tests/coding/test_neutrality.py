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


def _all(events):
    return sorted((e.event_type, e.modality, e.source.actor.country if e.source and e.source.actor else None,
                   e.target.actor.country if e.target and e.target.actor else None) for e in events)


# a country or territory named as the object of a verb is an actor, for every side (issue 14)
OBJECT_PAIRS = [
    ("The parliament urged the EU to sanction {x}.", [("Serbia", "SRB"), ("Kosovo", "XKX"), ("Russia", "RUS"),
                                                     ("Ukraine", "UKR")]),
    ("The EU imposed sanctions on {x}.", [("Serbia", "SRB"), ("Kosovo", "XKX")]),
    ("Five more states refused to recognize {x}.", [("Kosovo", "XKX"), ("Palestine", "PSE")]),
    ("The ministers called on {x} to allow aid into the region.", [("Serbia", "SRB"), ("Kosovo", "XKX")]),
]


@pytest.mark.parametrize("template,sides", OBJECT_PAIRS)
def test_country_objects_mirror(code_text, template, sides):
    coded = []
    for name, iso3 in sides:
        evs = _all(code_text(template.format(x=name)))
        coded.append([(t, m, "X" if s == iso3 else s, "X" if g == iso3 else g) for t, m, s, g in evs])
        assert any(g == iso3 for _, _, _, g in evs), (template, name, evs)
    assert all(c == coded[0] for c in coded), coded


@pytest.mark.parametrize("capital_a,capital_b,ca,cb", [("BELGRADE", "PRISTINA", "SRB", "XKX"),
                                                       ("JERUSALEM", "BEIRUT", "ISR", "LBN"),
                                                       ("KHARTOUM", "PORT SUDAN", "SDN", "SDN")])
def test_datelines_from_both_capitals_code_alike(code_text, capital_a, capital_b, ca, cb):
    """The dateline is never an actor; as the story's place it may give a generic agent its country, alike
    for both capitals."""
    body = "Police arrested two protesters and fired tear gas at students on Monday."
    a = _all(code_text(f"{capital_a}, March 3 (Reuters) - {body}"))
    b = _all(code_text(f"{capital_b}, March 3 (Reuters) - {body}"))
    swap = {ca: "X", cb: "X"}
    assert a and [tuple(swap.get(x, x) for x in e) for e in a] == [tuple(swap.get(x, x) for x in e) for e in b], (a, b)
