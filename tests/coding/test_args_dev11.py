"""Who did what to whom (issue 14), sixteenth round: a state body named before a site or vehicle is its owner ("a
police station", "an army base", "a military base"), as the annotation guidelines now rule; victims named beside
it are still the target; a weapon's kind names no firer. Sentences written for these tests; every rule is checked
for both sides (each pair coded from both capitals)."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

# (dateline, country as named, its code, the other country as named, its code)
STATES = [
    ("NAIROBI", "Kenya", "KEN", "Uganda", "UGA"),
    ("KAMPALA", "Uganda", "UGA", "Kenya", "KEN"),
]


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
@pytest.mark.parametrize("verb", ["attacked", "burned"])
def test_a_police_station_attacked_has_the_police_as_target(code_text, place, a, ca, b, cb, verb):
    evs = code_text(f"{place}, May 2 (Reuters) - Gunmen {verb} a police station in {a} on Tuesday.")
    got = _roles(evs, verb)
    assert len(got) == 1 and got[0][2] == f"{ca}COP", _roles(evs)
    assert evs[0].object is not None and "police station" in evs[0].object.text


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_an_army_base_overrun_has_the_military_as_target(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 2 (Reuters) - Rebels overran an army base in {a} on Tuesday.")
    got = _roles(evs, "overran")
    assert len(got) == 1 and got[0][2] == f"{ca}MIL", _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_victims_named_beside_a_base_are_the_target(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 2 (Reuters) - Rebels attacked a military base in {a} on Tuesday, "
                    f"killing two soldiers.")
    got = _roles(evs, "attacked")
    assert len(got) == 1 and got[0][2] == f"{ca}MIL", _roles(evs)
    assert evs[0].target.text == "two soldiers", evs[0].target


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_a_site_named_only_by_its_kind_has_no_owner(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 2 (Reuters) - Rebels attacked a power station in {a} on Tuesday.")
    got = _roles(evs, "attacked")
    assert len(got) == 1 and got[0][2] is None, _roles(evs)


def test_the_body_owner_words_are_data():
    from flashpoint.coding.valency import words
    w = words()
    assert {"police", "army", "military"} <= w.body_modifiers and "military" not in w.kind_adjectives


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
@pytest.mark.parametrize("thing", ["the central prison", "a tram"])
def test_a_prison_or_a_tram_attacked_is_no_target(code_text, place, a, ca, b, cb, thing):
    evs = code_text(f"{place}, Nov 26 (Reuters) - Assailants also attacked {thing} in {a}'s capital, an official said.")
    assert [t for _, _, t in _roles(evs, "attacked")] == [None], _roles(evs)


# (dateline, country, its code, a town of it the actor dictionary does not list as an actor, other nationality, code)
SITES = [
    ("NAIROBI", "Kenya", "KEN", "Mandera", "Ugandan", "UGA"),
    ("KAMPALA", "Uganda", "UGA", "Kitgum", "Kenyan", "KEN"),
]


@pytest.mark.parametrize("place,a,ca,town,other,co", SITES)
def test_a_camp_named_for_its_town_is_the_military_of_the_country_it_is_in(code_text, place, a, ca, town, other, co):
    evs = code_text(f"{place}, Nov 25 (AFP) - The rebels said they had seized the {town} military camp in northern "
                    f"{a} on Friday.")
    got = _roles(evs, "seized")
    assert len(got) == 1 and got[0][2] == f"{ca}MIL", _roles(evs)


@pytest.mark.parametrize("place,a,ca,town,other,co", SITES)
def test_a_nationality_before_the_body_names_whose_it_is(code_text, place, a, ca, town, other, co):
    evs = code_text(f"{place}, Nov 25 (AFP) - The rebels said they had seized a {other} military camp in northern "
                    f"{a} on Friday.")
    got = _roles(evs, "seized")
    assert len(got) == 1 and (got[0][2] or "")[:3] == co, _roles(evs)


@pytest.mark.parametrize("place,a,ca,town,other,co", SITES)
def test_the_object_gap_of_a_relative_clause_after_a_place_phrase(code_text, place, a, ca, town, other, co):
    evs = code_text(f"{place}, July 1 (AP) - Police regained control of a police station in {town} that gangs had "
                    f"attacked on Sunday.")
    got = _roles(evs, "attacked")
    assert len(got) == 1 and got[0][2] == f"{ca}COP", _roles(evs)
