"""Who did what to whom (issue 14), fifth round: joint acts of two parties, "the two diplomats" after "X met Y",
interceptions of an earlier volley ("shot down some of them"), the place a weapon is fired from, and a name with an
apposition before its verb. Sentences written for these tests; every rule is checked for both sides of several
conflicts."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


# (dateline, party A, its country, party B, its country, a topic that is itself a place or party)
JOINT = [
    ("MOSCOW", "Russia", "RUS", "the United States", "USA", "Ukraine"),
    ("BELGRADE", "Serbia", "SRB", "Kosovo", "XKX", "the north"),
    ("YEREVAN", "Armenia", "ARM", "Azerbaijan", "AZE", "Nagorno-Karabakh"),
    ("NEW DELHI", "India", "IND", "Pakistan", "PAK", "Kashmir"),
    ("BANGKOK", "Thailand", "THA", "Cambodia", "KHM", "the border"),
    ("ADDIS ABABA", "Ethiopia", "ETH", "Egypt", "EGY", "the Nile dam"),
]


@pytest.mark.parametrize("place,a,ca,b,cb,topic", JOINT)
@pytest.mark.parametrize("template", [
    "{P}, May 3 (Reuters) - {A} and {b} failed to reach a deal on {t} on Tuesday.",
    "{P}, May 3 (Reuters) - {A} and {b} agreed on a plan for {t} on Tuesday.",
])
def test_a_joint_act_of_two_parties_has_each_as_the_others_target(code_text, template, place, a, ca, b, cb, topic):
    text = template.format(P=place, A=a, b=b, t=topic)
    trig = "reach" if "reach" in template else "agreed"
    pairs = {(_country(s), _country(t)) for _, s, t in _roles(code_text(text), trig)}
    # never the topic, never a party against itself: A with B, B with A (negated agreements and their rejections)
    assert pairs == {(ca, cb), (cb, ca)}, (text, pairs)


@pytest.mark.parametrize("place,a,ca,b,cb,topic", JOINT[:3])
def test_a_joint_act_with_nothing_in_the_target_slot_has_no_target(code_text, place, a, ca, b, cb, topic):
    text = f"{place}, May 3 (Reuters) - {a} and {b} have agreed to hold joint talks this month."
    pairs = {(_country(s), _country(t)) for _, s, t in _roles(code_text(text), "agreed")}
    assert pairs == {(ca, None), (cb, None)}, (text, pairs)  # PLOVER's coding of "Jordan and Britain have agreed to"


# (first minister as written, country, second, country): "the two diplomats" after "X met Y" is that pair
MEETINGS = [
    ("Russian Foreign Minister Sergei Lavrov", "RUS", "U.S. Secretary of State Marco Rubio", "USA"),
    ("U.S. Secretary of State Marco Rubio", "USA", "Russian Foreign Minister Sergei Lavrov", "RUS"),
    ("Chinese Foreign Minister Wang Yi", "CHN", "U.S. Secretary of State Antony Blinken", "USA"),
    ("Indian Foreign Minister Subrahmanyam Jaishankar", "IND", "Chinese Foreign Minister Wang Yi", "CHN"),
    ("Armenian Foreign Minister Ararat Mirzoyan", "ARM", "Azerbaijani Foreign Minister Jeyhun Bayramov", "AZE"),
]


@pytest.mark.parametrize("a,ca,b,cb", MEETINGS)
@pytest.mark.parametrize("phrase", ["The two diplomats", "The two ministers", "Both ministers"])
def test_the_two_diplomats_are_the_two_who_met(code_text, a, ca, b, cb, phrase):
    text = f"GENEVA, May 3 (Reuters) - {a} met {b} on Tuesday. {phrase} agreed to meet again next month."
    pairs = {(_country(s), _country(t)) for _, s, t in _roles(code_text(text), "agreed")}
    assert pairs == {(ca, cb), (cb, ca)}, (text, pairs)


# (launcher, its country, defender's country, the defender's air defences as written)
VOLLEYS = [
    ("Russia", "RUS", "Ukraine", "UKR", "Ukrainian air defences"),
    ("Ukraine", "UKR", "Russia", "RUS", "Russian air defences"),
    ("Iran", "IRN", "Israel", "ISR", "Israeli air defences"),
    ("Israel", "ISR", "Iran", "IRN", "Iranian air defences"),
    ("Pakistan", "PAK", "India", "IND", "Indian air defences"),
    ("India", "IND", "Pakistan", "PAK", "Pakistani air defences"),
]


@pytest.mark.parametrize("a,ca,b,cb,defences", VOLLEYS)
@pytest.mark.parametrize("rest", ["shot down some of them", "intercepted 30 of them", "destroyed most of them"])
def test_weapons_shot_down_stand_for_whoever_launched_them(code_text, a, ca, b, cb, defences, rest):
    text = f"GENEVA, May 3 (Reuters) - {a} launched 40 drones at {b} overnight. {defences} {rest}, officials said."
    evs = code_text(text)
    assert ("ASSAULT", ca, cb) in {(t, _country(s), _country(g)) for t, s, g in _roles(evs, "launched")}, _roles(evs)
    later = [(t, _country(s), _country(g)) for t, s, g in _roles(evs) if t in ("ASSAULT", "COERCE") and
             _country(s) == cb]
    # the interceptor's target is the launcher, never its own side
    assert later and all(g == ca for _, _, g in later), (text, _roles(evs))


# (attacker as written, its code's country, where it fired from)
LAUNCH_SITES = [
    ("Hezbollah", "LBN", "southern Lebanon"),
    ("Israeli forces", "ISR", "the Golan Heights"),
    ("Russian forces", "RUS", "the Kursk region"),
    ("Ukrainian forces", "UKR", "the Sumy region"),
    ("Hamas", "PSE", "the Gaza Strip"),
]


@pytest.mark.parametrize("attacker,country,site", LAUNCH_SITES)
@pytest.mark.parametrize("template", [
    "GENEVA, May 3 (Reuters) - {A} launched rockets from {s} on Tuesday.",
    "GENEVA, May 3 (Reuters) - Air raid sirens sounded after rockets were launched from {s} on Tuesday.",
    "GENEVA, May 3 (Reuters) - {A} fired missiles from {s} overnight.",
])
def test_the_place_a_weapon_is_fired_from_is_no_target(code_text, template, attacker, country, site):
    text = template.format(A=attacker, s=site)
    evs = code_text(text)
    site_word = site.split()[-2] if site.endswith(("region", "Strip", "Heights")) else site.split()[-1]
    assert not [e for e in evs if e.target is not None and site_word in e.target.text], (text, _roles(evs))
    if "{A}" in template:
        assert any(t == "ASSAULT" and _country(s) == country for t, s, _ in _roles(evs)), (text, _roles(evs))


# (an organisation, its apposition, whom it called on, that party's country)
APPOSITIONS = [
    ("ASEAN", "a 10-member bloc", "Myanmar's military", "MMR"),
    ("NATO", "the Western military alliance", "Russia", "RUS"),
    ("The African Union", "a 55-member bloc", "Sudan's army", "SDN"),
    ("ECOWAS", "the West African bloc", "Niger's junta", "NER"),
    ("The Arab League", "a 22-member body", "Israel", "ISR"),
]


@pytest.mark.parametrize("org,appos,target,tcountry", APPOSITIONS)
def test_a_name_with_an_apposition_is_the_subject_of_its_verb(code_text, org, appos, target, tcountry):
    text = f"JAKARTA, May 3 (Reuters) - {org}, {appos}, called on {target} to release political prisoners."
    req = [r for r in _roles(code_text(text), "called") if r[0] == "REQUEST"]
    assert req and all(s is not None and s.startswith("IGO") and _country(t) == tcountry for _, s, t in req), \
        (text, req)


@pytest.mark.parametrize("a,ca,b,cb,topic", [(j[1], j[2], j[3], j[4], j[5]) for j in JOINT[:5]])
def test_a_witness_in_attendance_is_no_party_to_the_act(code_text, a, ca, b, cb, topic):
    text = (f"GENEVA, May 3 (Reuters) - {a} and {b} signed a declaration of principles on Friday, with U.S. Secretary "
            "of State Marco Rubio in attendance.")
    pairs = {(_country(s), _country(t)) for _, s, t in _roles(code_text(text), "signed")}
    # a document signed by two parties: each is the other's partner (valency.yaml joint_documents), the witness neither
    assert pairs == {(ca, cb), (cb, ca)}, (text, pairs)


@pytest.mark.parametrize("a,ca,b,cb,defences", VOLLEYS)
@pytest.mark.parametrize("rest", ["adding that it had shot down 58 of them", "adding that it had intercepted most of them"])
def test_weapons_shot_down_in_the_same_sentence_stand_for_their_launcher(code_text, a, ca, b, cb, defences, rest):
    text = f"GENEVA, May 3 (Reuters) - {a} launched 67 drones at {b} overnight, {b}'s air force said, {rest}."
    evs = code_text(text)
    later = [(t, g) for t, s, g in _roles(evs) if t == "ASSAULT" and _country(s) == cb]
    assert later and all(_country(g) == ca for _, g in later), (text, _roles(evs))


@pytest.mark.parametrize("a,ca,b,cb,defences", VOLLEYS)
@pytest.mark.parametrize("verb", ["intercepted", "destroyed"])
def test_intercepting_weapons_is_an_assault_on_their_owner(code_text, a, ca, b, cb, defences, verb):
    adj = defences.split()[0]
    text = f"GENEVA, May 3 (Reuters) - {defences} {verb} 11 {_ADJ[ca]} drones overnight, the {adj} military said."
    roles = [(t, _country(s), _country(g)) for t, s, g in _roles(code_text(text), verb)]
    assert roles == [("ASSAULT", cb, ca)], (text, roles)


_ADJ = {"RUS": "Russian", "UKR": "Ukrainian", "IRN": "Iranian", "ISR": "Israeli", "PAK": "Pakistani", "IND": "Indian"}


@pytest.mark.parametrize("force,country", [("Iranian forces", "IRN"), ("The Israeli navy", "ISR"),
                                           ("Ukrainian border guards", "UKR"), ("Russian forces", "RUS"),
                                           ("Indian coast guards", "IND")])
def test_intercepting_a_ship_stays_a_seizure(code_text, force, country):
    text = f"GENEVA, May 3 (Reuters) - {force} intercepted a tanker in international waters on Saturday."
    roles = [(t, _country(s)) for t, s, _ in _roles(code_text(text), "intercepted")]
    assert roles == [("COERCE", country)], (text, roles)
