"""Who did what to whom (issue 14), fourth round: two-sided fighting, casualty counts, generic victims, things
and weapon owners. Sentences written for these tests; every rule is checked for both sides of a conflict."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles


# (dateline, side A as written, its code, side B, its code): each conflict is coded from both capitals
CONFLICTS = [
    ("KHARTOUM", "the Sudanese army", "SDNMIL", "Sudanese police", "SDNCOP"),
    ("KYIV", "Ukrainian troops", "UKRMIL", "Russian troops", "RUSMIL"),
    ("MOSCOW", "Russian troops", "RUSMIL", "Ukrainian troops", "UKRMIL"),
    ("BELGRADE", "Serbian police", "SRBCOP", "Kosovo police", "XKXCOP"),
    ("PRISTINA", "Kosovo police", "XKXCOP", "Serbian police", "SRBCOP"),
]


@pytest.mark.parametrize("place,a,ca,b,cb", CONFLICTS)
@pytest.mark.parametrize("template", [
    "{P}, May 3 (Reuters) - Clashes between {a} and {b} continued on Sunday.",
    "{P}, May 3 (Reuters) - Fighting between {a} and {b} continued on Sunday.",
    "{P}, May 3 (Reuters) - Heavy clashes broke out between {a} and {b} on Sunday.",
    "{P}, May 3 (Reuters) - {A} and {b} clashed near the border on Sunday.",
    "{P}, May 3 (Reuters) - {A} exchanged fire with {b} near the border on Sunday.",
])
def test_two_sided_fighting_is_one_event_first_side_first(code_text, template, place, a, ca, b, cb):
    text = template.format(P=place, a=a, b=b, A=a[0].upper() + a[1:])
    roles = [r for r in _roles(code_text(text)) if r[0] == "ASSAULT"]
    assert roles == [("ASSAULT", ca, cb)], (text, roles)


@pytest.mark.parametrize("place,a,ca,b,cb", CONFLICTS[1:3])
def test_fighting_as_a_subject_names_no_killer(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 3 (Reuters) - Clashes between {a} and {b} killed 20 people on Sunday.")
    killed = [e for e in evs if e.trigger_text == "killed"]
    assert killed and all(e.source is None for e in killed), _roles(evs)
    assert ("ASSAULT", ca, cb) in _roles(evs)


@pytest.mark.parametrize("place,group,code,country", [("MOGADISHU", "Al Shabaab militants", "SOMREB", "SOM"),
                                                      ("BAMAKO", "Islamist militants", "MLIREB", "MLI")])
def test_a_bare_casualty_count_is_people(code_text, place, group, code, country):
    evs = code_text(f"{place}, May 4 (Reuters) - {group} killed 12 and wounded 30 in an attack on a hotel.")
    # the toll of one act is one event (issue 9): the wounded are told on the killing's event
    assert _roles(evs, "killed") == [("ASSAULT", code, f"{country}CVL")], _roles(evs)
    assert _roles(evs, "wounded") == [], _roles(evs)


@pytest.mark.parametrize("place,attacker,acode,victims,vcountry", [
    ("BEIRUT", "Israeli forces", "ISRMIL", "two residents", "LBN"),
    ("JERUSALEM", "Hezbollah fighters", "LBNREB", "two residents", "ISR"),
    ("KYIV", "Russian troops", "RUSMIL", "a man", "UKR"),
    ("MOSCOW", "Ukrainian troops", "UKRMIL", "a man", "RUS"),
])
def test_a_generic_victim_takes_the_place_not_the_attackers_country(code_text, place, attacker, acode, victims,
                                                                     vcountry):
    evs = code_text(f"{place}, Nov 3 (Reuters) - {attacker} shelled a village, wounding {victims}.")
    assert ("ASSAULT", acode, f"{vcountry}CVL") in _roles(evs, "shelled"), _roles(evs)


@pytest.mark.parametrize("place,country", [("BEIRUT", "LBN"), ("JERUSALEM", "ISR"), ("KYIV", "UKR"),
                                           ("MOSCOW", "RUS")])
@pytest.mark.parametrize("victims", ["two men", "a couple and their daughter", "his two sons", "a teenager"])
def test_people_named_only_as_persons_are_civilian_victims(code_text, place, country, victims):
    evs = code_text(f"{place}, Nov 3 (Reuters) - A drone strike killed {victims} on Sunday.")
    targets = {r[2] for r in _roles(evs, "killed")}
    assert targets == {f"{country}CVL"}, _roles(evs)
    assert all(e.object is None or e.object.text not in victims for e in evs)


@pytest.mark.parametrize("place,attacker,acode,site", [
    ("GAZA", "Israeli troops", "ISRMIL", "Al-Shifa Hospital"),
    ("JERUSALEM", "Hamas gunmen", "PSEREB", "the Soroka Hospital"),
    ("MOSCOW", "Ukrainian drones", "UKRMIL", "the Kerch Bridge"),
    ("KYIV", "Russian drones", "RUSMIL", "the Kakhovka Dam"),
])
def test_a_named_site_is_the_object_not_the_target(code_text, place, attacker, acode, site):
    evs = code_text(f"{place}, Nov 15 (Reuters) - {attacker} attacked {site} on Wednesday, the army said in a statement.")
    att = [e for e in evs if e.trigger_text == "attacked"]
    assert att and all(e.target is None for e in att), _roles(evs)
    assert att[0].object is not None and site.replace("the ", "") in att[0].object.text
    assert att[0].source is not None and att[0].source.actor.code == acode, _roles(evs)


@pytest.mark.parametrize("place,owner,code", [("KYIV", "Russian", "RUSMIL"), ("MOSCOW", "Ukrainian", "UKRMIL"),
                                              ("JERUSALEM", "Iranian", "IRNMIL"), ("SANAA", "American", "USAMIL")])
def test_the_owner_of_a_weapon_is_its_military(code_text, place, owner, code):
    evs = code_text(f"{place}, Jan 12 (Reuters) - Air defences shot down 20 {owner} drones overnight.")
    assert any(t == code for _, _, t in _roles(evs, "shot")), _roles(evs)
    evs = code_text(f"{place}, Jan 12 (Reuters) - {owner} drones struck a fuel depot overnight.")
    assert [s for _, s, _ in _roles(evs, "struck")] == [code], _roles(evs)


def test_killed_two_men_is_not_the_last_pair(code_text):
    evs = code_text("BEIRUT, Nov 3 (Reuters) - Hezbollah and Israel traded fire across the border on Sunday. An "
                    "Israeli drone strike on a car killed two men in southern Lebanon.")
    assert ("ASSAULT", "LBNREB", "ISR") in _roles(evs, "traded"), _roles(evs)
    assert {t for _, _, t in _roles(evs, "killed")} == {"LBNCVL"}, _roles(evs)


def test_a_description_may_refer_to_a_speaker_of_the_same_sentence(code_text):
    evs = code_text("EU foreign policy chief Josep Borrell said on Sunday that the bloc had urged Kosovo and Serbia "
                    "to de-escalate.")
    urged = [e for e in evs if e.trigger_text == "urged"]
    assert urged and all(e.source is not None and e.source.actor is not None and e.source.actor.country == "IGO"
                         for e in urged), _roles(evs)


@pytest.mark.parametrize("place,ministry,country,other", [("MOSCOW", "Russia's Defence Ministry", "RUS", "Ukrainian"),
                                                          ("KYIV", "Ukraine's air force", "UKR", "Russian")])
def test_its_air_defences_are_the_speakers(code_text, place, ministry, country, other):
    evs = code_text(f"{place}, July 17 (Reuters) - {ministry} said its air defences shot down 20 {other} drones "
                    "over the border region overnight.")
    assert [s for _, s, _ in _roles(evs, "shot")] == [f"{country}MIL"], _roles(evs)


@pytest.mark.parametrize("place,victims,country,attacker,code", [
    ("BEIRUT", "Three people", "LBN", "an Israeli strike", "ISRMIL"),
    ("JERUSALEM", "Three people", "ISR", "a Hezbollah rocket", "LBNREB"),
    ("KYIV", "Four civilians", "UKR", "a Russian missile", "RUSMIL"),
    ("MOSCOW", "Four civilians", "RUS", "a Ukrainian drone", "UKRMIL"),
])
def test_an_agentless_passive_takes_its_source_from_the_weapon(code_text, place, victims, country, attacker, code):
    evs = code_text(f"{place}, Oct 1 (Reuters) - {victims} were killed in {attacker} on Sunday, officials said.")
    assert ("ASSAULT", code, f"{country}CVL") in _roles(evs, "killed"), _roles(evs)
    evs = code_text(f"{place}, Oct 1 (Reuters) - {victims} were killed on Sunday, officials said.")
    assert [(s, t) for _, s, t in _roles(evs, "killed")] == [(None, f"{country}CVL")], _roles(evs)


@pytest.mark.parametrize("place,country", [("PARIS", "FRA"), ("LONDON", "GBR")])
def test_the_attacker_is_the_last_assailant(code_text, place, country):
    evs = code_text(f"{place}, Oct 3 (Reuters) - An employee of the police headquarters stabbed four colleagues on "
                    "Thursday. Another police officer shot the attacker dead in the courtyard.")
    assert ("ASSAULT", f"{country}COP", f"{country}COP") in _roles(evs, "shot"), _roles(evs)


@pytest.mark.parametrize("text,target", [
    # a person named by a singular group noun is that group's member, of the modifier's country; the modifier
    # (a nationality or a leader) is not the person
    ("Unrest continued in Belgrade, where a Vucic supporter was shot and killed.", "SRBCVL"),
    ("Unrest continued in Pristina, where a Kurti supporter was shot and killed.", "XKXCVL"),
    ("Israeli troops killed a Palestinian farmer near Nablus.", "PSECVL"),
    ("Palestinian gunmen killed an Israeli farmer near Nablus.", "ISRCVL"),
    ("A Serbian villager was wounded by gunfire near the border.", "SRBCVL"),
    ("A Croatian villager was wounded by gunfire near the border.", "HRVCVL"),
])
def test_a_singular_member_keeps_the_group_sector(code_text, text, target):
    got = [(e.event_type, e.target.actor.code if e.target and e.target.actor else None) for e in code_text(text)]
    assert any(code == target for _, code in got), got
