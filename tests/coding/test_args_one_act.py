"""Who did what to whom (issue 14), sixth round: two verbs sharing one object are one act, an attack named by its weapon
stands for the weapon's owner, air defences and the weapons they intercept across sentences, and joint documents of
two titled leaders. Sentences written for these tests; every rule is checked for both sides of several conflicts."""
from __future__ import annotations

from datetime import date

import pytest

from tests.coding.roles import roles_of as _roles


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


# (dateline, defender as written, its country, attacker's nationality, its country)
SIDES = [
    ("MOSCOW", "Russian", "RUS", "Ukrainian", "UKR"),
    ("KYIV", "Ukrainian", "UKR", "Russian", "RUS"),
    ("JERUSALEM", "Israeli", "ISR", "Iranian", "IRN"),
    ("TEHRAN", "Iranian", "IRN", "Israeli", "ISR"),
    ("NEW DELHI", "Indian", "IND", "Pakistani", "PAK"),
    ("ISLAMABAD", "Pakistani", "PAK", "Indian", "IND"),
]


@pytest.mark.parametrize("place,d,cd,a,ca", SIDES)
@pytest.mark.parametrize("verbs", ["intercepted and destroyed", "intercepted and shot down"])
def test_two_verbs_sharing_their_object_are_one_act(code_text, place, d, cd, a, ca, verbs):
    text = f"{place}, May 3 (Reuters) - {d} air defence units {verbs} 11 {a} drones overnight, the ministry said."
    hits = [r for r in _roles(code_text(text)) if r[0] == "ASSAULT"]
    assert len(hits) == 1 and _country(hits[0][1]) == cd and _country(hits[0][2]) == ca, (text, hits)


@pytest.mark.parametrize("place,d,cd,a,ca", SIDES)
def test_each_verb_with_its_own_object_is_its_own_act(code_text, place, d, cd, a, ca):
    text = f"{place}, May 3 (Reuters) - {d} troops shelled {a} positions and attacked {a} border posts on Sunday."
    hits = [r for r in _roles(code_text(text)) if r[0] == "ASSAULT"]
    assert len(hits) == 2, (text, hits)


@pytest.mark.parametrize("place,d,cd,a,ca", SIDES)
@pytest.mark.parametrize("weapon", ["drone attack", "missile attack"])
def test_an_attack_named_by_its_weapon_is_its_owners(code_text, place, d, cd, a, ca, weapon):
    text = f"{place}, May 3 (Reuters) - A {a} {weapon} struck an industrial facility overnight, the governor said."
    hits = [r for r in _roles(code_text(text), "struck") if r[0] == "ASSAULT"]
    assert hits and all(s is not None and _country(s) == ca and s.endswith("MIL") for _, s, _ in hits), (text, hits)


# (dateline, launcher as written, its code, whom it fired at, that country)
VOLLEYS = [
    ("JERUSALEM", "Hezbollah militants in Lebanon", "LBNREB", "Israel", "ISR"),
    ("BEIRUT", "Israeli troops in Lebanon", "ISRMIL", "Hezbollah positions", "LBN"),
    ("KYIV", "Russian forces in Ukraine", "RUSMIL", "Kharkiv", "UKR"),
    ("MOSCOW", "Ukrainian forces in Russia", "UKRMIL", "Belgorod", "RUS"),
]


@pytest.mark.parametrize("place,launcher,code,aim,country", VOLLEYS)
def test_weapons_intercepted_a_sentence_later_are_the_launchers(code_text, place, launcher, code, aim, country):
    text = (f"{place}, March 2 (Reuters) - {launcher} fired six rockets toward {aim} early on Monday, the military said. "
            "Air defences intercepted one of them while the others fell in open areas, the military said.")
    hits = [r for r in _roles(code_text(text), "intercepted") if r[0] == "ASSAULT"]
    # whose rockets they were: the launcher's, never the defenders' own; the air defences are not the launcher's
    assert hits and all(t == code and (s is None or s[:3] != code[:3] or s == country + "MIL") for _, s, t in hits), \
        (text, hits)


# a civil war: the interceptor and the launcher are of one country, different sides
CIVIL = [("Sudan's paramilitary Rapid Support Forces", "SDNREB", "the army", "army air defences", "SDNMIL"),
         ("the Sudanese army", "SDNMIL", "the RSF", "RSF air defences", "SDNREB")]


@pytest.mark.parametrize("launcher,code,speaker,defences,other", CIVIL)
def test_weapons_intercepted_in_a_civil_war_are_the_other_sides(code_text, launcher, code, speaker, defences, other):
    text = (f"PORT SUDAN, May 4 - {launcher} attacked an air base in Port Sudan with suicide drones on Sunday, "
            f"{speaker} said. A spokesman said {defences} had shot down several of them.")
    hits = [r for r in _roles(code_text(text, published=date(2025, 5, 4)), "shot") if r[0] == "ASSAULT"]
    assert hits and all(s == other and t == code for _, s, t in hits), (text, hits)


LEADERS = [
    ("U.S. President Barack Obama", "USA", "Russian President Vladimir Putin", "RUS"),
    ("Russian President Vladimir Putin", "RUS", "U.S. President Barack Obama", "USA"),
    ("Indian Prime Minister Narendra Modi", "IND", "Pakistani Prime Minister Nawaz Sharif", "PAK"),
    ("Pakistani Prime Minister Nawaz Sharif", "PAK", "Indian Prime Minister Narendra Modi", "IND"),
]


@pytest.mark.parametrize("a,ca,b,cb", LEADERS)
@pytest.mark.parametrize("act", ["failed on Monday to reach a deal on a ceasefire", "signed an agreement on trade"])
def test_two_titled_leaders_are_each_others_partners(code_text, a, ca, b, cb, act):
    text = f"GENEVA, May 3 (Reuters) - {a} and {b} {act}."
    trig = "reach" if "reach" in act else "signed"
    pairs = {(_country(s), _country(t)) for et, s, t in _roles(code_text(text), trig) if et == "AGREE"}
    assert pairs == {(ca, cb), (cb, ca)}, (text, pairs)


# (dateline, first attacker as written, its code, the responder as written, its country)
RESPONSES = [
    ("JERUSALEM", "Hezbollah militants in Lebanon", "LBNREB", "The Israeli army", "ISR", "Israel", "Lebanon"),
    ("BEIRUT", "The Israeli army", "ISRMIL", "Hezbollah", "LBN", "Lebanon", "Israel"),
    ("NEW DELHI", "Pakistani troops", "PAKMIL", "The Indian army", "IND", "India", "Pakistan"),
    ("ISLAMABAD", "Indian troops", "INDMIL", "The Pakistani army", "PAK", "Pakistan", "India"),
]


@pytest.mark.parametrize("place,first,code,responder,rc,aim,there", RESPONSES)
def test_a_wave_of_strikes_in_response_is_against_the_first_attacker(code_text, place, first, code, responder, rc,
                                                                    aim, there):
    text = (f"{place}, March 2 (Reuters) - {first} fired six rockets toward {aim} early on Monday, the military said. "
            f"{responder} later launched a wave of airstrikes in {there} in response to the rocket fire.")
    hits = [r for r in _roles(code_text(text), "launched") if r[0] == "ASSAULT"]
    # the weapons are not the target ("a wave of airstrikes"); whoever fired first is
    assert hits and all(_country(s) == rc and t == code for _, s, t in hits), (text, hits)


@pytest.mark.parametrize("place,d,cd,a,ca", SIDES)
@pytest.mark.parametrize("thing", ["a cargo aircraft", "two helicopters", "a fighter jet"])
def test_an_aircraft_or_vehicle_destroyed_is_an_object_not_a_target(code_text, place, d, cd, a, ca, thing):
    text = f"{place}, May 3 (Reuters) - {d} drones destroyed {thing} at an airport on Sunday, two sources said."
    evs = [e for e in code_text(text) if e.event_type == "ASSAULT" and e.trigger_text == "destroyed"]
    assert evs and all(e.target is None and e.object is not None for e in evs), (text, [(e.source, e.target) for e in evs])


@pytest.mark.parametrize("place,d,cd,a,ca", SIDES)
def test_a_site_bombed_is_the_object_and_the_dead_the_target(code_text, place, d, cd, a, ca):
    text = f"{place}, May 3 (Reuters) - A year ago {a} rebels bombed a police academy, killing 22 people."
    hits = [r for r in _roles(code_text(text), "bombed") if r[0] == "ASSAULT"]
    assert hits and all(t is not None and not t.endswith("COP") for _, _, t in hits), (text, hits)


# (convoy's owner as written, its code, attacker as written, its code)
AMBUSHES = [
    ("the joint mission, UNAMID,", "IGO", "some 200 fighters from the Janjaweed militia", "SDN"),
    ("the Malian army", "MLIMIL", "Islamist militants", None),
    ("the Nigerian army", "NGAMIL", "Boko Haram fighters", "NGA"),
    ("the Somali army", "SOMMIL", "al Shabaab fighters", "SOM"),
]


@pytest.mark.parametrize("owner,ocode,attacker,acountry", AMBUSHES)
def test_a_passive_toll_clause_is_the_attacks_toll(code_text, owner, ocode, attacker, acountry):
    text = (f"UNITED NATIONS, July 16 - A convoy of {owner} was ambushed by {attacker} on Tuesday, and seven soldiers "
            "were killed.")
    hits = [r for r in _roles(code_text(text, published=date(2015, 7, 16))) if r[0] == "ASSAULT"]
    # one act: the ambush, against the convoy's owner (its dead are its toll, not a second attack by no one)
    assert len(hits) == 1 and hits[0][2] is not None and hits[0][2].startswith(ocode), (text, hits)


# (dateline, the killers as written, their code prefix, the victim as written)
KILLINGS = [
    ("KABUL", "Taliban gunmen", "AFG", "a journalist"),
    ("GAZA", "Israeli soldiers", "ISR", "a Palestinian paramedic"),
    ("JERUSALEM", "Hamas gunmen", "PSE", "an Israeli soldier"),
    ("KYIV", "Russian troops", "RUS", "a Ukrainian mayor"),
    ("MOSCOW", "Ukrainian saboteurs", "UKR", "a Russian official"),
]


@pytest.mark.parametrize("place,killers,code,victim", KILLINGS)
def test_a_condemned_killing_is_the_killers_never_the_victims(code_text, place, killers, code, victim):
    said = (f"{place}, May 3 (Reuters) - {killers} shot dead {victim} on Monday. "
            f"The United Nations condemned the killing of {victim.split(' ', 1)[1]}.")
    hits = [r for r in _roles(code_text(said), "condemned") if r[0] == "ACCUSE"]
    assert hits and all(t is not None and t.startswith(code) for _, _, t in hits), (said, hits)
    alone = f"GENEVA, May 3 (Reuters) - The United Nations condemned the killing of {victim} on Monday."
    hits = [r for r in _roles(code_text(alone), "condemned") if r[0] == "ACCUSE"]
    assert hits and all(t is None for _, _, t in hits), (alone, hits)  # no killer named: no target, not the victim


@pytest.mark.parametrize("place,killers,code,victim", KILLINGS[:3])
def test_a_subject_coordinated_with_the_datelines_date_is_the_source(code_text, place, killers, code, victim):
    text = (f"{place}, April 6 - UN Secretary-General Antonio Guterres and the European Union condemned the attack "
            "on Tuesday.")
    srcs = {s for et, s, _ in _roles(code_text(text), "condemned") if et == "ACCUSE"}
    assert srcs and None not in srcs, (text, srcs)


MISSIONS = [
    ("TRIPOLI", "The United Nations Support Mission in Libya", "Libya", "LBY"),
    ("JUBA", "The United Nations Mission in South Sudan", "South Sudan", "SSD"),
    ("KABUL", "The United Nations Assistance Mission in Afghanistan", "Afghanistan", "AFG"),
    ("KINSHASA", "The United Nations mission in Congo", "Congo", "COD"),
]


@pytest.mark.parametrize("place,mission,country,code", MISSIONS)
def test_a_finite_verb_read_as_a_participle_is_the_nouns_act(code_text, place, mission, country, code):
    text = (f"{place}, May 16 (Xinhua) - {mission} said on Monday it was seriously concerned about armed clashes. "
            f"The mission called on all parties in {country} to exercise maximum restraint.")
    hits = [r for r in _roles(code_text(text), "called") if r[0] == "REQUEST"]
    assert hits and all(s is not None and s.startswith("IGO") and _country(t) == code for _, s, t in hits), (text, hits)


@pytest.mark.parametrize("parties", ["France, Germany, Italy, Spain, Poland and Sweden",
                                     "Serbia, Kosovo, Albania, Montenegro, North Macedonia and Bosnia"])
def test_a_meeting_of_many_parties_is_multilateral(code_text, parties):
    # six delegations meeting are six meetings attended, not thirty dyads (valency.yaml multilateral_parties)
    events = code_text(f"Foreign ministers of {parties} met in Brussels on Monday.")
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert 5 <= len(consult) <= 6 and all(e.target is None or e.target.code is None for e in consult), \
        [(e.source and e.source.code, e.target and e.target.code) for e in consult]


def test_a_meeting_of_two_parties_stays_dyadic(code_text):
    events = code_text("Vucic and Kurti met in Brussels on Monday.")
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult and all(e.target is not None and e.target.code for e in consult)
