"""Who did what to whom (issue 14), seventeenth round, from wire_args_dev11: a story whose body names no country
is its dateline's; supporters are coded as the text presents whom they follow; an opposition lawmaker is OPP; a party's abbreviation
placed in a city is the party; forces deployed are the deployer's own, no target; "it" that is the speaker is no
target; "blamed X on Y" accuses Y; looters, hooligans and protest leaders are civilians. Sentences written for these
tests; every rule is checked for both sides."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles


def _sources(evs, trigger):
    return [s for _, s, _ in _roles(evs, trigger)]


def _targets(evs, trigger):
    return [t for _, _, t in _roles(evs, trigger)]


@pytest.mark.parametrize("place,code", [("TEGUCIGALPA", "HND"), ("SAN SALVADOR", "SLV")])
def test_a_lower_case_word_is_no_place_and_the_dateline_places_the_story(code_text, place, code):
    # "the maras" (street gangs) was read as Kahramanmaras, and the story's generic agents became Turkish
    evs = code_text(f"{place}, June 20 (AP) - At least 41 inmates died at a women's prison on Tuesday. The "
                    f"president blamed the massacre on the maras.")
    assert _roles(evs, "blamed") == [("ACCUSE", f"{code}GOV", f"{code}CRM")], _roles(evs)


@pytest.mark.parametrize("leader", ["former President Jair Bolsonaro", "former President Luiz Inacio Lula da Silva"])
def test_supporters_of_a_former_president_are_civilians_not_him(code_text, leader):
    evs = code_text(f"BRASILIA, Jan 8 (AP) - Thousands of supporters of {leader} stormed the Supreme Court on "
                    f"Sunday.")
    assert _sources(evs, "stormed") == ["BRACVL"], _roles(evs)


@pytest.mark.parametrize("place,leader,code", [("TIRANA", "Sali Berisha", "ALB"), ("DAKAR", "Ousmane Sonko", "SEN")])
def test_supporters_of_the_opposition_are_the_opposition_and_so_is_its_leader(code_text, place, leader, code):
    evs = code_text(f"{place}, Feb 21 - Police fired tear gas at supporters of opposition leader {leader} on "
                    f"Tuesday. The interior minister accused {leader.split()[-1]} of inciting violence.")
    assert _targets(evs, "fired") == [f"{code}OPP"], _roles(evs)
    assert _targets(evs, "accused") == [f"{code}OPP"], _roles(evs)


@pytest.mark.parametrize("place,name,code", [("TIRANA", "Arben Dushku", "ALB"), ("BELGRADE", "Marko Jankovic", "SRB")])
def test_an_opposition_lawmaker_is_the_opposition(code_text, place, name, code):
    evs = code_text(f"{place}, Feb 21 - Opposition lawmaker {name} accused the police of brutality.")
    assert _sources(evs, "accused") == [f"{code}OPP"], _roles(evs)


@pytest.mark.parametrize("place,party,abbr,city,code", [
    ("HARARE", "Movement for Democratic Change", "MDC", "Harare", "ZWE"),
    ("NAIROBI", "Orange Democratic Movement", "ODM", "Nairobi", "KEN")])
def test_a_party_abbreviation_in_a_capital_is_the_party(code_text, place, party, abbr, city, code):
    evs = code_text(f"{place}, Jan 15 (Reuters) - The opposition {party} said police had shot dead three people. "
                    f"The headquarters of the {abbr} in {city} was torched during the unrest.")
    assert _targets(evs, "torched") == [f"{code}OPP"], _roles(evs)


@pytest.mark.parametrize("place,state,code", [("MBABANE", "Eswatini", "SWZ"), ("DURBAN", "South Africa", "ZAF")])
def test_forces_deployed_are_the_deployers_own_not_a_target(code_text, place, state, code):
    evs = code_text(f"{place}, July 12 (Reuters) - {state} deployed soldiers on Monday to the industrial town.")
    ev = next(e for e in evs if e.trigger_text == "deployed")
    assert ev.source.actor.code == code and ev.target is None and ev.instrument.text == "soldiers"


@pytest.mark.parametrize("state,code", [("Niger", "NER"), ("Mali", "MLI")])
def test_it_that_names_the_speaker_is_no_target(code_text, state, code):
    evs = code_text(f"ACCRA, Aug 17 (Reuters) - {state}'s junta has warned that it will resist any military "
                    f"intervention.")
    assert _roles(evs, "warned") == [("THREATEN", f"{code}GOV", None)], _roles(evs)


@pytest.mark.parametrize("accuser,accused,code", [("Israel", "Hamas", "PSE"), ("Hamas", "Israel", "ISR")])
def test_blamed_on_accuses_the_one_after_on(code_text, accuser, accused, code):
    evs = code_text(f"JERUSALEM, May 2 - {accuser} blamed the attack on {accused}.")
    assert [t[:3] for t in _targets(evs, "blamed")] == [code], _roles(evs)


@pytest.mark.parametrize("place,code", [("DURBAN", "ZAF"), ("BUENOS AIRES", "ARG")])
def test_looters_hooligans_and_protest_leaders_are_civilians(code_text, place, code):
    evs = code_text(f"{place}, July 12 (Reuters) - Police fired rubber bullets at looters on Monday. The minister "
                    f"blamed football hooligans for the violence. Officers arrested two protest leaders.")
    assert _targets(evs, "fired") == [f"{code}CVL"], _roles(evs)
    assert _targets(evs, "blamed") == [f"{code}CVL"], _roles(evs)
    assert _targets(evs, "arrested") == [f"{code}CVL"], _roles(evs)
