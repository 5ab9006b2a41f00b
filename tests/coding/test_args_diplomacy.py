"""Who did what to whom (issue 14), sixth round: a summoned diplomat, victims and suspects no dictionary names,
peacekeepers. Sentences written for these tests; every rule is checked for both sides of a dispute."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

# (dateline, summoner as written, its code, the diplomat as written, its code): each dispute from both capitals
SUMMONS = [
    ("BELGRADE", "Serbia's foreign ministry", "SRBGOV", "Kosovo's envoy", "XKXGOV"),
    ("PRISTINA", "Kosovo's foreign ministry", "XKXGOV", "Serbia's ambassador", "SRBGOV"),
    ("NEW DELHI", "India's foreign ministry", "INDGOV", "Pakistan's ambassador", "PAKGOV"),
    ("ISLAMABAD", "Pakistan's foreign ministry", "PAKGOV", "the Indian envoy", "INDGOV"),
    ("WARSAW", "Poland", "POL", "Belarus's charge d'affaires", "BLRGOV"),
    ("MINSK", "Belarus", "BLR", "Poland's charge d'affaires", "POLGOV"),
]


@pytest.mark.parametrize("place,who,wcode,diplomat,dcode", SUMMONS)
@pytest.mark.parametrize("purpose", [
    "", " to protest against the arrest of three police officers", " to lodge a strong protest",
    " over the arrest of three police officers", " to complain about the arrest of three police officers",
])
def test_summoning_a_diplomat_is_one_accusation_against_the_diplomat(code_text, place, who, wcode, diplomat, dcode,
                                                                      purpose):
    text = (f"{place}, May 3 (Reuters) - {who} summoned {diplomat} on Monday{purpose}, senior officials in the "
            "capital said on Tuesday evening.")
    roles = _roles(code_text(text))
    assert roles == [("ACCUSE", wcode, dcode)], (text, roles)


@pytest.mark.parametrize("place,who,code", [("BELGRADE", "Serbia", "SRB"), ("PRISTINA", "Kosovo", "XKX")])
def test_a_grievance_whose_noun_names_its_patient_does_not_accuse_the_patient(code_text, place, who, code):
    evs = code_text(f"{place}, May 3 (Reuters) - {who} complained to the United Nations on Monday over the arrest "
                    f"of three police officers.")
    assert _roles(evs, "complained") == [("ACCUSE", code, "IGOUNO")], _roles(evs)


@pytest.mark.parametrize("place,shooter,scode,drone,dcode", [
    ("KYIV", "Ukrainian forces", "UKRMIL", "a Russian drone", "RUS"),
    ("MOSCOW", "Russian forces", "RUSMIL", "a Ukrainian drone", "UKR"),
])
def test_a_downed_weapon_is_the_object_and_it_stands_for_its_owner(code_text, place, shooter, scode, drone, dcode):
    evs = code_text(f"{place}, June 8 (Reuters) - {shooter} shot down {drone} on Thursday after it attacked a power "
                    f"station in the region, officials said.")
    shot = [e for e in evs if e.trigger_text == "shot"]
    assert [(e.source.actor.code, e.target.actor.country, e.object.text, e.instrument) for e in shot] == [
        (scode, dcode, drone.split(" ", 1)[1], None)], _roles(evs)
    attacked = [e for e in evs if e.trigger_text == "attacked"]
    assert [e.source.actor.country for e in attacked] == [dcode], _roles(evs)


@pytest.mark.parametrize("place,police,pcode,country", [("BELGRADE", "Serbian police", "SRBCOP", "SRB"),
                                                        ("PRISTINA", "Kosovo police", "XKXCOP", "XKX")])
@pytest.mark.parametrize("person", ["two suspects", "the attacker"])
def test_a_person_noun_no_sector_names_is_a_person_of_the_place(code_text, place, police, pcode, country, person):
    evs = code_text(f"{place}, Jan 14 (Reuters) - {police} arrested {person} at the scene of the shooting on Sunday, "
                    f"a spokesman said in a statement.")
    arrested = [e for e in evs if e.trigger_text == "arrested"]
    assert [(e.source.actor.code, e.target.actor.code, e.target.actor.sector, e.object) for e in arrested] == [
        (pcode, country, None, None)], _roles(evs)


@pytest.mark.parametrize("dateline,attacker,victim,place,vcountry", [
    ("HEBRON, West Bank", "Israeli forces", "Yusuf Daraghmeh", "the village of Budrus", "PSE"),
    ("SDEROT, Israel", "Palestinian gunmen", "Omri Peretz", "the town of Sderot", "ISR"),
])
def test_an_unknown_named_victim_is_a_civilian_of_the_place(code_text, dateline, attacker, victim, place, vcountry):
    evs = code_text(f"{dateline}, Nov 13 (Reuters) - {attacker} shot dead 22-year-old {victim} in {place} on "
                    f"Friday, witnesses said.")
    shot = [e for e in evs if e.trigger_text == "shot"]
    assert [e.target.actor.code for e in shot] == [f"{vcountry}CVL"], _roles(evs)


@pytest.mark.parametrize("nationality", ["Senegalese", "Nepali", "Indian"])
def test_peacekeepers_serve_the_mission_the_story_names(code_text, nationality):
    evs = code_text(f"BAMAKO, Oct 7 (Reuters) - One {nationality} peacekeeper was killed when rockets were fired at a "
                    f"camp in the northern town of Kidal, a UN spokesman said.")
    assert ("ASSAULT", None, "IGOUNOMIL") in _roles(evs, "killed"), _roles(evs)


@pytest.mark.parametrize("nationality,code", [("Russian", "RUSMIL"), ("Turkish", "TURMIL")])
def test_peacekeepers_of_a_state_in_a_story_naming_no_mission_stay_its_military(code_text, nationality, code):
    evs = code_text(f"STEPANAKERT, Oct 7 (Reuters) - Gunmen attacked {nationality} peacekeepers near the town of "
                    f"Shusha on Tuesday, killing one of them, the defence ministry said.")
    assert [r[2] for r in _roles(evs, "attacked")] == [code], _roles(evs)


@pytest.mark.parametrize("place,accuser,side,other,ocode", [
    ("YEREVAN", "Armenia's Defence Ministry", "Azerbaijani", "Armenian", "ARMMIL"),
    ("BAKU", "Azerbaijan's Defence Ministry", "Armenian", "Azerbaijani", "AZEMIL"),
])
def test_the_positions_named_before_keep_their_owner(code_text, place, accuser, side, other, ocode):
    evs = code_text(f"{place}, March 10 (Reuters) - {accuser} accused {side} forces on Thursday of shelling {other} "
                    f"combat positions near the border. The ministry said units of the {side} armed forces fired "
                    f"weapons of various calibres at the positions, causing no losses.")
    fired = [e for e in evs if e.trigger_text == "fired"]
    assert [e.target.actor.code for e in fired] == [ocode], _roles(evs)


@pytest.mark.parametrize("place,accuser,code,attacker", [
    ("BAKU", "Azerbaijan's Defence Ministry", "AZEMIL", "Armenian"),
    ("YEREVAN", "Armenia's Defence Ministry", "ARMMIL", "Azerbaijani"),
])
def test_a_ministrys_own_positions_are_its_militarys(code_text, place, accuser, code, attacker):
    evs = code_text(f"{place}, Oct 5 (AFP) - {accuser} said {attacker} forces fired on its positions near the border "
                    f"on Thursday, causing no casualties.")
    assert [r[2] for r in _roles(evs, "fired")] == [code], _roles(evs)


@pytest.mark.parametrize("place,forces,code,detained", [
    ("KATHMANDU", "security forces", "NPLCOP", "senior politicians"),
    ("DHAKA", "police", "BGDCOP", "opposition leaders"),
])
def test_a_day_before_the_subject_is_no_part_of_it(code_text, place, forces, code, detained):
    evs = code_text(f"{place}, Jan 21 (AP) - Thousands of activists protested in the capital on Saturday. On Friday "
                    f"{forces} had detained {detained} in a series of raids.")
    det = [e for e in evs if e.trigger_text == "detained"]
    assert [(e.source.text, e.source.actor.code) for e in det] == [(forces, code)], _roles(evs)
