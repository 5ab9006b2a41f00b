"""One act, one event; alleged acts; responses in kind; bare datelines (issue 14). Every rule is tested on both
sides of a conflict with the same sentence."""
from __future__ import annotations

import pytest

PAIRS = [("BANGKOK", "Thai", "THA", "Cambodian", "KHM"), ("PHNOM PENH", "Cambodian", "KHM", "Thai", "THA"),
         ("ISLAMABAD", "Pakistani", "PAK", "Afghan", "AFG"), ("KABUL", "Afghan", "AFG", "Pakistani", "PAK")]


def _roles(evs, trigger=None):
    return [(e.event_type, e.trigger_text, e.source.actor.code if e.source and e.source.actor else None,
             e.target.actor.code if e.target and e.target.actor else None, e.modality)
            for e in evs if trigger is None or e.trigger_text == trigger]


@pytest.mark.parametrize("place,a,ca,b,cb", PAIRS)
def test_a_casualty_participle_is_the_same_act(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, July 24 - {a} troops opened fire with heavy weapons, wounding two {b} soldiers.")
    assaults = [e for e in evs if e.event_type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].target is not None, _roles(evs)
    assert assaults[0].source.actor.country == ca and assaults[0].target.actor.country == cb, _roles(evs)
    evs = code_text(f"{place}, July 24 - {a} police opened fire on {b} protesters, killing at least five people.")
    assaults = [e for e in evs if e.event_type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].trigger_text == "opened", _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", PAIRS[:2])
def test_an_act_noun_subject_is_the_verbs_act(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Dec 26 - A drone attack by {a} troops wounded three {b} soldiers at a base.")
    assaults = [e for e in evs if e.event_type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].source.actor.country == ca, _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", PAIRS)
def test_an_accused_act_is_the_accusers_claim(code_text, place, a, ca, b, cb):
    # the guidelines: "accused the army of attacking civilians" is one ACCUSE; the alleged act is no event
    evs = code_text(f"{place}, Oct 12 - The {a} interior minister accused {b} forces of firing on civilians.")
    assert not [e for e in evs if e.trigger_text == "firing"], _roles(evs)
    assert [(r[2][:3], r[3][:3]) for r in _roles(evs) if r[1] == "accused"] == [(ca, cb)], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", PAIRS)
def test_a_response_in_kind_targets_the_last_attacker(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Aug 14 - {b} troops fired at {a} positions on Sunday morning. {a} troops retaliated.")
    r = [x for x in _roles(evs, "retaliated")]
    assert r and r[0][0] == "ASSAULT" and r[0][2].startswith(ca) and r[0][3].startswith(cb), _roles(evs)
    # no armed force responds: no attack
    evs = code_text(f"{place}, Aug 14 - {b} troops fired at {a} positions. The {a} government has not responded.")
    assert not _roles(evs, "responded"), _roles(evs)


@pytest.mark.parametrize("place,mine,code", [("MOSCOW", "Russia's air defence units", "RUS"),
                                             ("KYIV", "Ukraine's air defence units", "UKR")])
def test_a_bare_dateline_is_never_an_actor(code_text, place, mine, code):
    evs = code_text(f"{place} - {mine} destroyed 23 drones overnight over several regions.")
    assert evs and all(place.lower() not in (m.text or "").lower() for e in evs for m in (e.source, e.target) if m)
    assert any(e.source and e.source.actor and e.source.actor.country == code for e in evs), _roles(evs)


@pytest.mark.parametrize("place,a,b", [("KABUL", "Afghan", "coalition"), ("BAGHDAD", "Iraqi", "U.S.")])
def test_a_combined_force_is_one_actor_by_its_text(code_text, place, a, b):
    evs = code_text(f"{place}, June 28 - An {a} and {b} security force detained a Taliban leader in the district.")
    det = [e for e in evs if e.trigger_text == "detained"]
    assert len(det) == 1 and det[0].source is not None and det[0].source.actor is None, _roles(evs)
    # two forces named side by side are two actors, one event each
    evs = code_text(f"{place}, June 28 - {a} police and {b} forces killed one insurgent during a firefight.")
    assert len([e for e in evs if e.trigger_text == "killed"]) == 2, _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", [("KYIV", "Ukraine's", "UKR", "Russian", "RUS"),
                                             ("MOSCOW", "Russia's", "RUS", "Ukrainian", "UKR")])
def test_drones_of_a_misread_reduced_relative_are_the_object(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Aug 17 - {a} air defences shot down all 14 {b} drones fired in an overnight attack.")
    r = _roles(evs, "shot")
    assert r and r[0][2].startswith(ca) and r[0][3] and r[0][3].startswith(cb), _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", PAIRS[:2])
def test_the_two_sides_of_a_clash_blame_each_other(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, April 22 (AFP) - {a} and {b} troops traded gunfire and artillery shells on Friday. "
                    "The two sides blamed each other for the clash.")
    r = sorted((x[2][:3], x[3][:3]) for x in _roles(evs, "blamed") if x[2] and x[3])
    assert r == sorted([(ca, cb), (cb, ca)]), _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", PAIRS)
def test_a_day_is_never_the_doer_of_the_relative_clause_after_it(code_text, place, a, ca, b, cb):
    # the parser hangs "which killed" on the date before its comma; "3 June" resolved to a minister whose
    # given name is June (KORGOV)
    evs = code_text(f"{place}, 4 June 2023 - The {a} government condemned the attack near the border on 3 June, "
                    f"which killed two {b} soldiers.")
    killed = [e for e in evs if e.trigger_text == "killed"]
    assert killed, _roles(evs)
    for e in killed:
        assert e.source is None or e.source.text not in ("3 June", "June"), _roles(evs)
        assert e.source is None or e.source.actor is None or e.source.actor.country in (None, ca, cb), _roles(evs)
