"""Who did what to whom (issue 14), eighteenth round: a threat's passive complement names whom it threatens; a
condemned deed claimed by someone is the claimant's; a deed's own body word ("the military crackdown") names its doer;
the owner of a site named with its body ("Israeli military sites") is that body; a "by" phrase the parser hung on an
active verb belongs to the object ("rejected a lawsuit by X"). Sentences written for these tests; every rule is
checked for both sides."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles


def _targets(evs, trigger):
    return [t for _, _, t in _roles(evs, trigger)]


@pytest.mark.parametrize("place,doers,code,leader", [
    ("KYIV", "Russian troops", "RUSMIL", "Zelenskiy"), ("MOSCOW", "Ukrainian troops", "UKRMIL", "Putin")])
def test_a_threat_told_in_the_passive_targets_whom_it_threatens(code_text, place, doers, code, leader):
    evs = code_text(f"{place}, March 24 - {doers} killed 12 soldiers in a border village on Monday. {leader} vowed "
                    f"that the attackers would be punished.")
    assert _targets(evs, "vowed") == [code], _roles(evs)


@pytest.mark.parametrize("place,group", [("MUSCAT", "Islamic State"), ("MOGADISHU", "Al-Shabaab")])
def test_a_condemned_attack_is_the_claimants_not_the_last_shooters(code_text, place, group):
    evs = code_text(f"{place}, July 16 (Reuters) - Three gunmen opened fire on worshippers at a mosque on Monday "
                    f"night, police said. Security forces killed the three attackers after an exchange of fire. "
                    f"{group} claimed responsibility for the attack on Tuesday. The foreign ministry of Pakistan "
                    f"condemned the attack.")
    claimant = [s for _, s, _ in _roles(evs, "attack")]
    assert claimant and claimant[0] and claimant[0].endswith("REB"), _roles(evs)
    assert _targets(evs, "condemned") == claimant, _roles(evs)


@pytest.mark.parametrize("place,code", [("HARARE", "ZWE"), ("MINSK", "BLR")])
@pytest.mark.parametrize("body,sector", [("military", "MIL"), ("police", "COP")])
def test_a_condemned_deed_named_by_its_body_is_that_bodys(code_text, place, code, body, sector):
    other = "police" if body == "military" else "army"
    evs = code_text(f"{place}, Jan 15 (Reuters) - Soldiers beat protesters on Tuesday. The opposition said the {other} "
                    f"had shot dead three people. Amnesty International condemned the {body} crackdown.")
    assert _targets(evs, "condemned") == [f"{code}{sector}"], _roles(evs)


@pytest.mark.parametrize("doer,owner,code", [("Hezbollah", "Israeli", "ISRMIL"), ("The Israeli army", "Hezbollah", "LBNREB"),
                                              ("Thailand's military", "Cambodian", "KHMMIL"),
                                              ("Cambodia's military", "Thai", "THAMIL")])
def test_sites_named_with_their_body_belong_to_that_body(code_text, doer, owner, code):
    evs = code_text(f"{doer} said it had struck {owner} military sites near the border on Friday.")
    assert _targets(evs, "struck") == [code], _roles(evs)


@pytest.mark.parametrize("leader,city,state,units,code", [("president", "Washington", "Texas", "states", "USA"),
                                                          ("premier", "Toronto", "Ontario", "provinces", "CAN")])
def test_a_by_phrase_after_the_object_of_an_active_verb_is_the_objects(code_text, leader, city, state, units, code):
    evs = code_text(f"Thousands of supporters of the {leader} rallied in {city} on Saturday, a day after the Supreme "
                    f"Court rejected a lawsuit by {state} against the election results in four {units}.")
    assert [t for t in _targets(evs, "rejected")] == [code], _roles(evs)


@pytest.mark.parametrize("place,a,b,other,code,other_code", [
    ("PODGORICA", "President Jakov Milatovic", "Prime Minister Milojko Spajic", "the Serbian foreign minister",
     "MNEGOV", "SRBGOV"),
    ("BELGRADE", "President Aleksandar Vucic", "Prime Minister Milos Vucevic", "the Montenegrin foreign minister",
     "SRBGOV", "MNEGOV")])
def test_two_titled_persons_of_one_government_are_two_sources(code_text, place, a, b, other, code, other_code):
    evs = code_text(f"{place}, March 3 - {a} and {b} met {other} on Monday.")
    met = [e for e in evs if e.trigger_text == "met" and e.source is not None and e.source.actor is not None and
           e.source.actor.code == code]
    assert sorted(e.source.text for e in met) == sorted([a, b]), _roles(evs)
    assert all(e.target.actor.code == other_code for e in met), _roles(evs)


@pytest.mark.parametrize("place,person,group", [("SUVA", "Prime Minister Mahendra Chaudhry", "30 members of his government"),
                                                ("HONIARA", "Prime Minister Manasseh Sogavare", "20 of his ministers")])
def test_a_person_and_a_group_of_one_code_stay_one_event(code_text, place, person, group):
    evs = code_text(f"{place}, May 3 - Police arrested {person} and {group} on Monday.")
    assert len([e for e in evs if e.trigger_text == "arrested"]) == 1, _roles(evs)
