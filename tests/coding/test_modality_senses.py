"""Conjecture, background and word senses (issue 9, seventh round), on sentences written for these tests; each
rule is checked for both sides of a conflict."""
from __future__ import annotations

import pytest


def main_types(events) -> list[str]:
    """The types a PLOVER-style scorer counts: asserted or reported, not embedded in another event."""
    return sorted({e.event_type for e in events if e.modality in ("asserted", "reported") and not e.embedded})


def show(events):
    return [(e.event_type, e.trigger_text, e.modality, e.embedded) for e in events]


# -- a conditional or a planned attack told by the reporter is no threat; the same said by a party is ------------
@pytest.mark.parametrize("text", [
    "Russia would attack Ukraine if NATO expanded further east.",
    "Ukraine would strike Russian airfields if it had longer-range missiles.",
    "The militants plan to strike government buildings in Kabul.",
    "Government forces plan to attack the rebel stronghold in Idlib.",
])
def test_narrated_conjecture_is_no_threat(code_text, text):
    evs = code_text(text)
    assert "THREATEN" not in main_types(evs) and "ASSAULT" not in main_types(evs), show(evs)


@pytest.mark.parametrize("text", [
    "Russia said it would attack Ukraine if NATO expanded further east.",
    "Ukraine said it would strike Russian airfields if the shelling continued.",
    "North Korea threatened to attack South Korea.",
    "South Korea threatened to attack North Korea.",
])
def test_a_stated_intent_to_attack_is_a_threat(code_text, text):
    assert "THREATEN" in main_types(code_text(text)), show(code_text(text))


# -- an event noun that is the cause or grievance of another act is background ------------------------------------
@pytest.mark.parametrize("text,kept,background", [
    ("The European Union imposed sanctions on Russia over the invasion of Ukraine.", "SANCTION", "ASSAULT"),
    ("Ukraine imposed sanctions on Russian officials over the shelling of Kharkiv.", "SANCTION", "ASSAULT"),
    ("Israel expelled two diplomats in response to the bombing of its embassy.", "SANCTION", "ASSAULT"),
    ("Iran expelled two diplomats in response to the bombing of its consulate.", "SANCTION", "ASSAULT"),
])
def test_a_grievance_noun_is_background(code_text, text, kept, background):
    got = main_types(code_text(text))
    assert kept in got and background not in got, show(code_text(text))


@pytest.mark.parametrize("text", [
    "Jaish-e-Mohammad took responsibility for the attack on the convoy.",
    "The Kurdistan Workers' Party took responsibility for the bombing in Ankara.",
])
def test_claiming_an_attack_is_not_the_attack(code_text, text):
    assert "ASSAULT" not in main_types(code_text(text)), show(code_text(text))


@pytest.mark.parametrize("text", [
    "Hundreds of Serbs gathered for a rally in Mitrovica against the Kosovo police.",
    "Hundreds of Albanians gathered for a rally in Pristina against the Serbian government.",
])
def test_a_gathering_for_a_rally_keeps_the_rally(code_text, text):
    assert "PROTEST" in main_types(code_text(text)), show(code_text(text))


# -- senses ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected,not_expected", [
    # a preposition of time is no particle: "fired ... on Tuesday" is no "fire on"
    ("The company fired its chief executive on Tuesday.", None, "ASSAULT"),
    ("Pyongyang on Thursday fired two artillery shells at Seoul.", "ASSAULT", None),
    ("Seoul on Thursday fired two artillery shells at Pyongyang.", "ASSAULT", None),
    # signing a declaration is an agreement, as signing a deal
    ("India and Japan signed a joint declaration on security cooperation.", "AGREE", "SUPPORT"),
    ("Pakistan and China signed a memorandum of understanding on defence.", "AGREE", "SUPPORT"),
    # releasing things is no release of people; releasing people is
    ("The journalists released the leaked messages on Monday.", None, "RETREAT"),
    ("Russia released 90 Ukrainian prisoners on Friday.", "RETREAT", None),
    ("Ukraine freed hundreds of Russian detainees on Friday.", "RETREAT", None),
    # coming home is no retreat; troops pulling back are
    ("Thousands of people returned to their homes in Marte.", None, "RETREAT"),
    # firms among themselves are no political actors
    ("Google signed a deal with Samsung to share patents.", None, "AGREE"),
])
def test_word_senses(code_text, text, expected, not_expected):
    got = main_types(code_text(text))
    assert (expected is None or expected in got) and (not_expected is None or not_expected not in got), \
        show(code_text(text))


# -- naming with a word of blame is criticism, with a word of praise praise -------------------------------------
@pytest.mark.parametrize("text,expected,not_expected", [
    ("The Pakistani army called the Indian claims baseless and a fabrication.", "ACCUSE", None),
    ("The Indian army called the Pakistani claims baseless and a fabrication.", "ACCUSE", None),
    ("The Palestinian Authority called Netanyahu an obstacle to peace.", "ACCUSE", "SUPPORT"),
    ("The Israeli cabinet called Arafat an obstacle to peace.", "ACCUSE", "SUPPORT"),
    # a state of things is no party's act: no criticism
    ("The United Nations called the humanitarian crisis the worst in the world.", None, "ACCUSE"),
    # returning fire is an attack, not a return
    ("Indian troops returned fire across the Line of Control.", "ASSAULT", "RETREAT"),
    ("Pakistani troops returned fire across the Line of Control.", "ASSAULT", "RETREAT"),
])
def test_evaluative_naming(code_text, text, expected, not_expected):
    got = main_types(code_text(text))
    assert (expected is None or expected in got) and (not_expected is None or not_expected not in got), \
        show(code_text(text))
