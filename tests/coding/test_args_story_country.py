"""The country of a wire story's generic agents, and the culprit of a condemned deed named by its noun (issue 14).
Every rule is tested from both capitals with the same sentences."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of

SIDES = [("BAKU", "Azerbaijan", "AZE", "Armenia", "ARM"), ("YEREVAN", "Armenia", "ARM", "Azerbaijan", "AZE"),
         ("CHISINAU", "Moldova", "MDA", "Russia", "RUS"), ("MOSCOW", "Russia", "RUS", "Moldova", "MDA")]


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_a_dateline_named_again_in_the_body_places_its_generic_agents(code_text, place, a, ca, b, cb):
    # the other country is named more often, but the story is told from the dateline's country and about it
    evs = code_text(f"{place}, May 3 - {a} accused {b} of violating its airspace. {b} denied the charge, and "
                    f"{b}'s defence ministry said {b}'s jets had stayed over {b}. Police arrested two protesters "
                    f"outside the parliament building.")
    arrests = [e for e in evs if e.trigger_text == "arrested"]
    assert arrests and arrests[0].source.actor.country == ca, roles_of(evs)


@pytest.mark.parametrize("place", ["ABIDJAN", "NAIROBI"])
def test_a_dateline_the_body_never_names_is_only_a_bureau(code_text, place):
    evs = code_text(f"{place}, May 13 - Jihadists ambushed Burkinabe troops near the border with Niger in Burkina "
                    f"Faso on Monday. Police arrested two suspects in Burkina Faso.")
    arrests = [e for e in evs if e.trigger_text == "arrested"]
    assert arrests and arrests[0].source.actor.country == "BFA", roles_of(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_a_condemned_expulsion_names_the_expeller(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Aug 1 - {a} expelled a diplomat of {b} on Thursday. {b}'s foreign ministry "
                    f"denounced the expulsion as an unfriendly step.")
    acc = [e for e in evs if e.event_type == "ACCUSE"]
    assert acc and acc[0].source.actor.country == cb and acc[0].target is not None and \
        acc[0].target.actor.country == ca, roles_of(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_a_condemned_coup_attempt_names_those_who_tried_it(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, June 26 - Rebel soldiers stormed the presidential palace on Wednesday. The "
                    f"president of {a} condemned the coup attempt.")
    acc = [e for e in evs if e.event_type == "ACCUSE"]
    assert acc and acc[0].target is not None and acc[0].target.actor.sector in ("MIL", "REB"), roles_of(evs)
    # the condemnation of a deed no one was said to do names no one
    evs = code_text(f"{place}, June 26 - The president of {a} condemned the coup attempt.")
    acc = [e for e in evs if e.event_type == "ACCUSE"]
    assert acc and (acc[0].target is None or acc[0].target.actor is None), roles_of(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_them_after_a_town_is_the_people_not_the_town(code_text, place, a, ca, b, cb):
    # the town is where the crowd was, not what "them" stands for; the supporters are the crowd
    evs = code_text(f"{place}, Nov 18 - Angry supporters burned tires in {place.title()} on Wednesday, prompting "
                    f"police to fire tear gas to disperse them.")
    fire = [e for e in evs if e.trigger_text == "fire"]
    assert fire and fire[0].target is not None and fire[0].target.actor is not None and \
        fire[0].target.actor.sector == "CVL" and fire[0].target.actor.country == ca, roles_of(evs)


@pytest.mark.parametrize("place,ca,adj_b", [("BAKU", "AZE", "Armenian"), ("YEREVAN", "ARM", "Azerbaijani"),
                                             ("CHISINAU", "MDA", "Russian"), ("MOSCOW", "RUS", "Moldovan")])
def test_a_nationality_of_something_else_does_not_place_a_generic_agent(code_text, place, ca, adj_b):
    # "the Armenian embassy" says whose the embassy is, not whose the police are
    evs = code_text(f"{place}, Jan 28 - Hundreds of protesters marched through the capital on Tuesday. Police fired "
                    f"tear gas to disperse the demonstrators, who set the {adj_b} embassy on fire.")
    fire = [e for e in evs if e.trigger_text == "fired"]
    assert fire and fire[0].source.actor.country == ca, roles_of(evs)


@pytest.mark.parametrize("place,a,ca,adj_b,cb", [("BAKU", "Azerbaijan", "AZE", "Armenian", "ARM"),
                                                  ("YEREVAN", "Armenia", "ARM", "Azerbaijani", "AZE")])
def test_a_condemned_deed_told_before_with_its_doer_names_that_doer(code_text, place, a, ca, adj_b, cb):
    evs = code_text(f"{place}, Nov 18 - Officials in {a} met on Sunday to discuss reports of rights abuses by {adj_b} "
                    f"soldiers in the border region. The government of {a} condemned the abuses.")
    acc = [e for e in evs if e.event_type == "ACCUSE"]
    assert acc and acc[0].target is not None and acc[0].target.actor.country == cb, roles_of(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES[:2])
def test_the_same_deed_condemned_twice_names_the_same_doer(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, June 26 - Rebel soldiers stormed the presidential palace on Wednesday. The president of "
                    f"{a} condemned the coup attempt. Police later arrested the general. The former president also "
                    f"condemned the coup.")
    acc = [e for e in evs if e.event_type == "ACCUSE"]
    assert len(acc) == 2 and all(e.target is not None for e in acc) and \
        acc[0].target.actor.code == acc[1].target.actor.code, roles_of(evs)


@pytest.mark.parametrize("place,ca,adj_b,cb", [("BAKU", "AZE", "Armenian", "ARM"), ("YEREVAN", "ARM", "Azerbaijani", "AZE")])
def test_a_thing_whose_only_actor_word_is_its_kind_is_the_object(code_text, place, ca, adj_b, cb):
    evs = code_text(f"{place}, Jan 28 - Protesters attacked several foreign embassies in the capital on Tuesday.")
    att = [e for e in evs if e.trigger_text == "attacked"]
    assert att and att[0].target is None and att[0].object is not None, roles_of(evs)
    # its owner named: the owner is the target
    evs = code_text(f"{place}, Jan 28 - Protesters attacked the {adj_b} embassy in the capital on Tuesday.")
    att = [e for e in evs if e.trigger_text == "attacked"]
    assert att and att[0].target is not None and att[0].target.actor.country == cb, roles_of(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_a_ministry_spokesman_speaks_for_the_ministry_named_before(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Dec 17 - {b}'s defence ministry condemned military drills by {a} on Sunday. A ministry "
                    f"spokesman also criticised the arrival of warships of {a} in the region.")
    crit = [e for e in evs if e.trigger_text == "criticised"]
    assert crit and crit[0].source.actor.country == cb, roles_of(evs)


@pytest.mark.parametrize("place,a,ca,adj_b,cb", [("BAKU", "Azerbaijan", "AZE", "Armenian", "ARM"),
                                                  ("YEREVAN", "Armenia", "ARM", "Azerbaijani", "AZE")])
def test_victims_named_by_a_casualty_participle_outrank_the_land_attacked(code_text, place, a, ca, adj_b, cb):
    evs = code_text(f"{place} - {adj_b} troops shelled {a}'s border region on Monday, killing a soldier of {a} and "
                    f"wounding two others, the defence ministry said.")
    sh = [e for e in evs if e.trigger_text == "shelled"]
    assert sh and sh[0].target is not None and sh[0].target.actor.country == ca and \
        sh[0].target.actor.sector == "MIL", roles_of(evs)
