"""Background clauses (issue 9): a relative clause tells who or what its noun is, not what the sentence reports;
its events are kept as embedded, not main. Mirrored across conflicts, on sentences written for these tests."""
from __future__ import annotations

import pytest


def main_types(events):
    return sorted({e.event_type for e in events if e.modality in ("asserted", "reported") and not e.embedded})


def show(events):
    return [(e.event_type, e.trigger_text, e.modality, e.embedded) for e in events]


@pytest.mark.parametrize("text,kept,background", [
    # who the noun is: a past act in a relative clause is background to the main event
    ("The party is led by former prisoners who were jailed for their activism under the military regime.",
     None, "COERCE"),
    ("The party is led by former prisoners who were jailed for their activism under the Sandinista government.",
     None, "COERCE"),
    ("Rebels of the TPLF, which has been battling government forces in the north, were granted amnesty.",
     None, "ASSAULT"),
    ("Fighters of the Fano militia, which has been battling government forces in Amhara, were granted amnesty.",
     None, "ASSAULT"),
    ("The prime minister welcomed the agreement the government signed with the rebels in Doha.", "SUPPORT", None),
    # a clause hanging on a relative clause is background too
    ("A man who lost his son when a militant detonated a bomb in Kabul said the memorial was moving.", None,
     "ASSAULT"),
    ("A man who lost his son when a militant detonated a bomb in Jerusalem said the memorial was moving.", None,
     "ASSAULT"),
])
def test_relative_clause_is_background(code_text, text, kept, background):
    events = code_text(text)
    got = main_types(events)
    if kept:
        assert kept in got, show(events)
    if background:
        assert background not in got, show(events)


@pytest.mark.parametrize("text,expected", [
    # a clause of place or time goes on with the story
    ("Mitsotakis later met President Trump in Washington, where he denounced the maritime deal again.", "ACCUSE"),
    ("Erdogan later met President Trump in Washington, where he denounced the maritime deal again.", "ACCUSE"),
])
def test_place_clause_continues_the_story(code_text, text, expected):
    events = code_text(text)
    assert expected in main_types(events), show(events)


@pytest.mark.parametrize("text", [
    # an attack told by its weapon has an implied agent, with no actor named
    "A second bomb exploded as investigators were working at the site in Mogadishu.",
    "A second bomb exploded as investigators were working at the site in Peshawar.",
    "Seventeen rockets struck near the base on Sunday.",
])
def test_weapon_attack_needs_no_named_agent(code_text, text):
    events = code_text(text)
    assert "ASSAULT" in main_types(events), show(events)


@pytest.mark.parametrize("text", [
    # a hazard is no weapon
    "A gas cylinder exploded in a restaurant in Karachi, injuring five people.",
    "A gas cylinder exploded in a restaurant in Tbilisi, injuring five people.",
])
def test_hazard_blast_stays_no_event(code_text, text):
    events = code_text(text)
    assert "ASSAULT" not in main_types(events), show(events)


@pytest.mark.parametrize("text", [
    # protesters burning or wrecking things riot: PROTEST, not an attack
    "Protesters torched tyres in the middle of the road in Imphal, demonstrating against the arrest.",
    "Protesters torched tyres in the middle of the road in Tbilisi, demonstrating against the arrest.",
    "Demonstrators set fire to a bus near the parliament in Nairobi.",
    "Demonstrators set fire to a bus near the parliament in Belgrade.",
])
def test_protesters_burning_things_riot(code_text, text):
    events = code_text(text)
    got = main_types(events)
    assert "PROTEST" in got and "ASSAULT" not in got, show(events)


@pytest.mark.parametrize("text,expected", [
    # triggers of the typing guidelines: pardons and amnesties yield (CONCEDE), envoys recalled and dialogue
    # postponed reduce relations (SANCTION), drills and troops massed mobilize, joint drills cooperate
    ("Ethiopia has pardoned 38 opposition leaders and journalists.", "CONCEDE"),
    ("Belarus has pardoned 38 opposition leaders and journalists.", "CONCEDE"),
    ("The president granted amnesty to more than 6,000 prisoners in Yangon.", "CONCEDE"),
    ("The president granted amnesty to more than 6,000 prisoners in Caracas.", "CONCEDE"),
    ("Bulgaria recalled its envoy to Moscow for consultations.", "SANCTION"),
    ("Russia recalled its envoy to Sofia for consultations.", "SANCTION"),
    ("Russia had amassed over 100,000 troops near the Ukrainian border.", "MOBILIZE"),
    ("Ukraine had amassed over 100,000 troops near the Russian border.", "MOBILIZE"),
    ("North Korea tested two intercontinental ballistic missiles in July.", "MOBILIZE"),
    ("South Korea tested two ballistic missiles in July.", "MOBILIZE"),
    ("The Indian navy conducted drills with a Japanese destroyer in the Bay of Bengal.", "COOPERATE"),
    ("The Japanese navy conducted drills with an Indian destroyer in the Sea of Japan.", "COOPERATE"),
])
def test_guideline_triggers(code_text, text, expected):
    events = code_text(text)
    assert expected in main_types(events), show(events)
