"""Protest policing and protest violence (issue 9; docs/annotation-guidelines.md, "Protest policing"): non-lethal
crowd control is COERCE, lethal force ASSAULT, demonstrators' violence PROTEST (riot), a state's forces blocking
roads COERCE. Sentences written for these tests, mirrored across countries."""
from __future__ import annotations

import pytest

from tests.conftest import types


def _show(events):
    return [(e.event_type, e.mode, e.trigger_text) for e in events]


@pytest.mark.parametrize("text", [
    "Police fired tear gas at students outside the University of Dhaka.",
    "Riot police fired rubber bullets and tear gas at demonstrators in La Paz.",
    "Security forces fired stun grenades into the crowd in Almaty.",
    "Israeli police fired stun grenades at worshippers at the compound.",
    "A Chinese coast guard vessel fired a water cannon at a Philippine supply boat.",
    "Soldiers fired tear gas shells and live rounds to disperse crowds in Srinagar.",
])
def test_non_lethal_crowd_control_is_coerce(code_text, text):
    events = code_text(text)
    assert "COERCE" in types(events) and "ASSAULT" not in types(events), _show(events)


@pytest.mark.parametrize("text", [
    "Police fired live rounds at protesters in Nairobi, killing three.",
    "Police opened fire on demonstrators in Khartoum, killing five.",
    "Israeli jets fired missiles at a building in Gaza.",
])
def test_lethal_force_stays_assault(code_text, text):
    events = code_text(text)
    assert "ASSAULT" in types(events), _show(events)


@pytest.mark.parametrize("text", [
    "Demonstrators clashed with riot police in Nairobi.",
    "Protesters clashed with police outside the parliament in Tbilisi.",
    "Several reporters were attacked by protesters in Belgrade.",
])
def test_demonstrators_violence_is_a_riot(code_text, text):
    events = code_text(text)
    assert "PROTEST" in types(events) and any(e.mode == "riot" for e in events), _show(events)


@pytest.mark.parametrize("text", [
    "Rebels clashed with government troops near Goma.",
    "Serb homes in Kosovo were attacked by crowds of Albanians.",   # a crowd's attack on a community
])
def test_fighting_by_others_stays_assault(code_text, text):
    events = code_text(text)
    assert "ASSAULT" in types(events) and "PROTEST" not in types(events), _show(events)


@pytest.mark.parametrize("text,expected", [
    ("Police in riot gear blocked roads leading to the presidential palace in Lima.", "COERCE"),
    ("Indian police have barricaded highways leading into Delhi.", "COERCE"),
    ("Farmers blocked the highway to Delhi.", "PROTEST"),
    ("Opposition supporters blocked the main road in Dhaka.", "PROTEST"),
])
def test_who_blocks_decides(code_text, text, expected):
    events = code_text(text)
    assert expected in types(events), _show(events)


@pytest.mark.parametrize("text,mode", [
    ("Police opened fire to disperse demonstrators in Conakry, killing two.", "firearms"),
    ("Soldiers fired tear gas to disperse crowds in Harare, injuring a boy.", "restrict"),
    ("Riot police used batons to disperse students in Colombo.", "restrict"),
])
def test_force_to_disperse_is_one_coerce(code_text, text, mode):
    events = [e for e in code_text(text) if e.modality in ("asserted", "reported")]
    assert [e.event_type for e in events] == ["COERCE"] and events[0].mode == mode, _show(events)


@pytest.mark.parametrize("text,expected", [
    ("Serb protesters attacked peacekeepers in Zvecan, injuring 30 soldiers.", "PROTEST"),
    ("Rebels attacked the convoy near Beni, killing five soldiers.", "ASSAULT"),
])
def test_a_casualty_participle_is_the_acts_toll(code_text, text, expected):
    events = [e for e in code_text(text) if e.modality in ("asserted", "reported")]
    assert [e.event_type for e in events] == [expected], _show(events)
