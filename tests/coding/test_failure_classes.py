"""The failure classes of issue 9 on sentences written for these tests, each coded with the sides swapped: the
same type (or none) whichever party comes first, with the rules alone and with the learned decision loaded."""
from __future__ import annotations

import pytest

from flashpoint.coding.typemodel import load_model

# (first party's adjective, its country; second party's) for templates that name both
SIDES = [("Indian", "India", "Pakistani", "Pakistan"), ("Armenian", "Armenia", "Azerbaijani", "Azerbaijan"),
         ("Israeli", "Israel", "Lebanese", "Lebanon")]

CASES = [
    # disasters, accidents and crime: no event, whoever's country
    ("Floods in {A} killed 40 people on Monday, and rescuers searched for survivors near the border with {B}.", None),
    ("A landslide buried a road between {A} and {B}, killing nine truck drivers.", None),
    ("A fire at a chemical plant in {A} injured six workers who had come from {B}.", None),
    ("A gas cylinder exploded in a market in {A}, injuring five traders from {B}.", None),
    ("A truck from {A} collided with a bus from {B} on the highway, killing 12 people.", None),
    # a hyphenated vehicle the tokenizer splits ("tractor", "-", "trailor", as a real report spelt it) is still one
    ("A tractor-trailor from {A} slammed into a bus carrying workers from {B}, killing 33 people.", None),
    # light verbs: typed by their noun
    ("{A} and {B} held talks in Geneva on Tuesday.", "CONSULT"),
    ("{a} forces carried out an attack on {b} positions near the border.", "ASSAULT"),
    ("{A} and {B} signed a trade deal in Tashkent.", "AGREE"),
    # the senses of "exchange": fire is an attack, prisoners a release
    ("{a} and {b} troops exchanged fire across the border overnight.", "ASSAULT"),
    ("{a} and {b} troops traded artillery fire along the frontier.", "ASSAULT"),
    ("{A} and {B} exchanged dozens of prisoners of war on Thursday.", "RETREAT"),
    # agents and instruments: a weapon implies an agent, a gas cylinder or a bus does not
    ("A roadside bomb killed four {a} soldiers near the border with {B}.", "ASSAULT"),
    ("An explosive device went off near a {a} police convoy close to the {b} border.", "ASSAULT"),
    # casualties at a named place are an act of violence, though no party is named
    ("The escalation of violence and the innocent civilian casualties in {A} are likely to turn into broad clashes "
     "along the border with {B}.", "ASSAULT"),
]
NOT = {"ASSAULT": "COOPERATE", "RETREAT": "ASSAULT", "CONSULT": None, "AGREE": None}


def _types(events):
    return sorted({e.event_type for e in events if e.modality in ("asserted", "reported") and not e.embedded})


def _check(code, template, expected):
    for a, A, b, B in SIDES:
        for sides in ({"a": a, "A": A, "b": b, "B": B}, {"a": b, "A": B, "b": a, "B": A}):
            got = _types(code(template.format(**sides)))
            if expected is None:
                assert not got, (template, sides["A"], got)
            else:
                assert expected in got and NOT.get(expected) not in got, (template, sides["A"], got)


@pytest.mark.parametrize("template,expected", CASES)
def test_failure_classes_mirrored(code_text, template, expected):
    _check(code_text, template, expected)


@pytest.mark.parametrize("template,expected", CASES)
def test_failure_classes_mirrored_with_the_learned_decision(pipeline, template, expected):
    from flashpoint.ingest.readers import make_document

    saved = pipeline.coder.model
    pipeline.coder.model = load_model()
    try:
        _check(lambda text: pipeline.process([make_document(text)])[0].events, template, expected)
    finally:
        pipeline.coder.model = saved
