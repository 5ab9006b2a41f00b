"""A people named with its faith ("Rohingya Muslims", "Uyghur Muslims", "Bosniak Muslims") is that people, the
ethnic community it is without the word, not the faith's REL actor; a state's demonym keeps the faith reading
("Nigerian Christians"). Mirrored across peoples, faiths and the sides of Kosovo."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

D = date(2024, 6, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


def _code(r, text, context=None):
    a = r.resolve(text, when=D, context=context) if context else r.resolve(text, when=D)
    return None if a is None else (a.country, a.sector, a.ethnicity)


@pytest.mark.parametrize("people,with_faith", [
    ("Rohingyas", "Rohingya Muslims"),
    ("Uyghurs", "Uyghur Muslims"),
    ("Uyghurs", "Uyghur Christians"),
    ("Bosniaks", "Bosniak Muslims"),
    ("Hazaras", "Hazara Shias"),
    ("Kurds", "Kurdish Muslims"),
    ("Kurds", "Kurdish Christians"),
    ("Kosovo Serbs", "Kosovo Serb Orthodox believers"),
    ("Kosovo Albanians", "Kosovo Albanian Muslims"),
])
def test_a_people_named_with_its_faith_is_that_people(r, people, with_faith):
    plain, faith = _code(r, people), _code(r, with_faith)
    assert faith == plain
    assert faith[1] == "CVL" and faith[2]  # the community, with its tag


@pytest.mark.parametrize("sentence,mention,expected", [
    ("Serb Orthodox believers gathered in Gracanica, Kosovo.", "Serb Orthodox believers", ("XKX", "CVL", "srb")),
    ("Albanian Muslims gathered in Gracanica, Kosovo.", "Albanian Muslims", ("XKX", "CVL", "alb")),
    ("Bosniak Muslims returned to Srebrenica in Bosnia.", "Bosniak Muslims", ("BIH", "CVL", "bos")),
    ("Serbs returned to Srebrenica in Bosnia.", "Serbs", ("BIH", "CVL", "srb")),
])
def test_the_same_reading_for_each_side_in_its_place(r, sentence, mention, expected):
    assert _code(r, mention, sentence) == expected


def test_rohingya_are_a_people_of_myanmar_wherever_the_sentence_is(r):
    # a refugee keeps the country fled (annotation guidelines): the Bangladesh of the sentence is not theirs
    s = ("Around 8,000 Rohingya Muslims have fled across the border to Bangladesh in recent months as fighting "
         "intensifies between Myanmar's ruling junta and the Arakan Army.")
    assert _code(r, "Rohingya Muslims", s) == ("MMR", "CVL", "rohingya")
    assert _code(r, "Rohingya refugees", s) == ("MMR", "REF", "rohingya")
    assert _code(r, "Rohingyas") == ("MMR", "CVL", "rohingya")  # no longer Myanmar's demonym, untagged


@pytest.mark.parametrize("text,expected", [
    ("Nigerian Christians", ("NGA", "REL", None)),
    ("Nigerian Muslims", ("NGA", "REL", None)),
    ("Iraqi Shiites", ("IRQ", "REL", None)),
    ("Muslims", (None, "REL", None)),
    ("Christians", (None, "REL", None)),
])
def test_the_faithful_of_a_state_or_of_no_people_keep_the_faith_reading(r, text, expected):
    assert _code(r, text) == expected
