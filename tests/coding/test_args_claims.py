"""Who did what to whom (issue 14), twelfth round: what an accuser alleges stays a claim, a weapon's toll is its
attack's, an operation against someone is an attack, and a possessor names the speaker whose pronoun follows.
Sentences written for these tests; every rule is checked for both sides (each pair coded from both capitals)."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

# (dateline, side A's adjective, its country, side B's adjective, its country)
SIDES = [
    ("NEW DELHI", "Indian", "IND", "Pakistani", "PAK"),
    ("ISLAMABAD", "Pakistani", "PAK", "Indian", "IND"),
    ("YEREVAN", "Armenian", "ARM", "Azerbaijani", "AZE"),
    ("BAKU", "Azerbaijani", "AZE", "Armenian", "ARM"),
]
# (dateline, country A as named, its code, its capital, country B, its code, its capital)
STATES = [
    ("RABAT", "Morocco", "MAR", "Rabat", "Algeria", "DZA", "Algiers"),
    ("ALGIERS", "Algeria", "DZA", "Algiers", "Morocco", "MAR", "Rabat"),
    ("KIGALI", "Rwanda", "RWA", "Kigali", "Burundi", "BDI", "Bujumbura"),
    ("BUJUMBURA", "Burundi", "BDI", "Bujumbura", "Rwanda", "RWA", "Kigali"),
]


@pytest.mark.parametrize("place,a,ca,ka,b,cb,kb", STATES)
def test_what_an_accusation_alleges_is_no_event_however_deep(code_text, place, a, ca, ka, b, cb, kb):
    evs = code_text(f"{place}, Jan 11 - {a} said it had closed its border with {b}, two weeks after accusing its "
                    f"neighbour of supporting rebels who carried out attacks on its soil.")
    assert not [e for e in evs if e.event_type == "ASSAULT"], _roles(evs)
    assert [r[1] for r in _roles(evs, "accusing")] == [ca], _roles(evs)


@pytest.mark.parametrize("place,a,ca,ka,b,cb,kb", STATES)
def test_the_accusers_own_act_inside_the_accusation_stays(code_text, place, a, ca, ka, b, cb, kb):
    evs = code_text(f"{place}, Aug 25 - The two neighbours cut ties last year. {a} has also accused {kb} of backing "
                    f"a separatist group it blames for deadly forest fires.")
    assert [(r[1], r[2][:3]) for r in _roles(evs, "accused")] == [(ca, cb)], _roles(evs)
    # the object gap of the relative clause is its own noun: the group is the one blamed
    blames = [e for e in evs if e.trigger_text == "blames"]
    assert [e.source.actor.country for e in blames] == [ca] and blames[0].target.text.endswith("group"), _roles(evs)
    assert not _roles(evs, "backing"), _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_a_weapons_casualty_clause_is_its_attacks_toll(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 2 - {a} forces fired a rocket that wounded two {b} soldiers near the border.")
    assert _roles(evs) == [("ASSAULT", f"{ca}MIL", f"{cb}MIL")], _roles(evs)
    assert evs[0].instrument is not None and evs[0].instrument.text.endswith("rocket")


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_an_operation_against_someone_is_an_attack(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 2 - {a} troops launched an operation against {b} fighters in the mountains.")
    assert _roles(evs, "launched") == [("ASSAULT", f"{ca}MIL", cb + "MIL")] or \
        [(r[0], r[1], r[2][:3]) for r in _roles(evs, "launched")] == [("ASSAULT", f"{ca}MIL", cb)], _roles(evs)
    # an operation against no one is not
    assert not code_text(f"{place}, May 2 - {a} troops launched a rescue operation in the flooded valley.")


@pytest.mark.parametrize("place,a,ca,b,cb", [
    ("ISLAMABAD", "Afghanistan", "AFG", "Pakistani", "PAK"),
    ("KABUL", "Pakistan", "PAK", "Afghan", "AFG"),
    ("BAKU", "Armenia", "ARM", "Azerbaijani", "AZE"),
    ("YEREVAN", "Azerbaijan", "AZE", "Armenian", "ARM"),
])
def test_a_possessor_names_the_speaker_of_its_pronoun(code_text, place, a, ca, b, cb):
    # the NER tags "defence ministry" alone; the possessor still says whose forces "its forces" are
    evs = code_text(f"{place}, Oct 12 - {a}'s defence ministry said its forces had attacked {b} posts along the "
                    f"border.")
    assert [(r[1], r[2][:3]) for r in _roles(evs, "attacked")] == [(f"{ca}MIL", cb)], _roles(evs)
