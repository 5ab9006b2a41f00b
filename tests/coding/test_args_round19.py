"""Who did what to whom (issue 14), nineteenth round: a body takes no country from the states its own act names on
the other side; a nationality coordinated with another describes the same noun; participles whose subject the
parser lost; a date the parser read as one phrase with the subject after it. Sentences written for these tests;
every rule is checked for both sides."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles


def _sources(evs, trigger):
    return [s for _, s, _ in _roles(evs, trigger)]


@pytest.mark.parametrize("place,home,a,b", [("NIAMEY", "NER", "France", "Germany"), ("PARIS", "FRA", "Niger", "Chad"),
                                            ("KYIV", "UKR", "Poland", "Romania"), ("MINSK", "BLR", "Russia", "China")])
def test_a_body_takes_no_country_from_the_states_it_asks(code_text, place, home, a, b):
    evs = code_text(f"{place}, May 3 (Reuters) - The government on Tuesday asked {a} and {b} to send troops.")
    assert _sources(evs, "asked") == [f"{home}GOV", f"{home}GOV"], _roles(evs)


@pytest.mark.parametrize("place,home,a,b", [("DILI", "TLS", "Australian", "Malaysian"),
                                            ("CANBERRA", "AUS", "Timorese", "Malaysian"),
                                            ("BANGUI", "CAF", "Rwandan", "Zambian")])
def test_coordinated_nationalities_of_someone_else_place_no_gang(code_text, place, home, a, b):
    evs = code_text(f"{place}, May 27 (Reuters) - Gangs of youths torched houses and cars on Saturday, as {a} and "
                    f"{b} peacekeeping troops stepped up patrols.")
    src = _sources(evs, "torched")
    assert src and src[0] is not None and not src[0].startswith(
        tuple(c for c in ("AUS", "MYS", "TLS", "RWA", "ZMB") if c != home)), _roles(evs)


@pytest.mark.parametrize("text,code", [
    ("New Zealand soldiers disarmed a gang in front of the Hotel Timor, seizing machetes, knives and clubs.", "NZLMIL"),
    ("Malaysian police disarmed three groups in front of the Palace Hotel, seizing machetes and knives.", "MYSCOP")])
def test_a_participle_after_a_comma_hung_on_a_noun_is_the_clauses(code_text, text, code):
    evs = code_text(text)
    assert _sources(evs, "seizing") == [code], _roles(evs)


@pytest.mark.parametrize("place,code", [("PODGORICA", "MNE"), ("BELGRADE", "SRB")])
def test_people_doing_the_participle_are_its_subject(code_text, place, code):
    evs = code_text(f"{place}, Sept 5 (Reuters) - Police used tear gas to disperse hundreds of people protesting in "
                    f"the town square on Sunday against the new church law.")
    assert _sources(evs, "protesting") == [f"{code}CVL"], _roles(evs)


@pytest.mark.parametrize("a,b,ca,cb", [("Eritrean", "Djiboutian", "ERI", "DJI"), ("Djiboutian", "Eritrean", "DJI", "ERI")])
def test_a_subject_with_its_participle_read_as_a_clause_still_opens_fire(code_text, a, b, ca, cb):
    evs = code_text(f"The ministry said the fighting broke out on Tuesday when {a} troops chasing deserters opened "
                    f"fire on {b} soldiers.")
    assert _roles(evs, "opened") == [("ASSAULT", f"{ca}MIL", f"{cb}MIL")], _roles(evs)


@pytest.mark.parametrize("a,b,ca,cb", [("Djibouti", "Eritrea", "DJI", "ERI"), ("Eritrea", "Djibouti", "ERI", "DJI")])
def test_a_date_read_as_one_phrase_with_the_subject_is_no_part_of_it(code_text, a, b, ca, cb):
    evs = code_text(f"In mid-April {a} accused {b} of digging trenches on its side of the frontier.")
    assert _roles(evs, "accused") == [("ACCUSE", ca, cb)], _roles(evs)
    src = [e.source.text for e in evs if e.trigger_text == "accused"]
    assert src == [a], src


def test_a_nationality_the_tagger_joined_to_a_dateline_date_stays_in_the_name(code_text):
    evs = code_text("ALMATY, May 10 - Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart "
                    "Ararat Mirzoyan began two days of peace talks in Almaty on Friday.")
    assert "Azerbaijani Foreign Minister Jeyhun Bayramov" in {e.source.text for e in evs if e.source}, _roles(evs)


@pytest.mark.parametrize("place,leader,code", [("BUDAPEST", "Prime Minister Viktor Orban", "HUNGOV"),
                                              ("BRATISLAVA", "Prime Minister Robert Fico", "SVKGOV")])
def test_a_demanded_resignation_targets_whom_the_possessive_stands_for(code_text, place, leader, code):
    evs = code_text(f"{place}, Sept 19 (AP) - Thousands rallied outside parliament after {leader} admitted lying "
                    f"about the budget. The main opposition party demanded his resignation.")
    assert [t for _, _, t in _roles(evs, "demanded")] == [code], _roles(evs)


@pytest.mark.parametrize("place,code", [("MANAMA", "BHR"), ("KUWAIT", "KWT")])
def test_a_subject_of_a_bare_verb_read_as_a_noun_is_the_one_asked(code_text, place, code):
    evs = code_text(f"{place}, Feb 17 (Reuters) - Police dispersed protesters in the capital on Thursday. The "
                    f"opposition leader called the raid a massacre and demanded that the government resign.")
    assert [t for _, _, t in _roles(evs, "demanded")] == [f"{code}GOV"], _roles(evs)


@pytest.mark.parametrize("holder,held,asker,code", [("Russian", "Ukrainian", "Kyiv", "RUS"),
                                                    ("Ukrainian", "Russian", "Moscow", "UKR")])
def test_a_demanded_release_targets_whoever_holds_him(code_text, holder, held, asker, code):
    evs = code_text(f"{holder} security forces detained a {held} journalist near the border on Monday. {asker} "
                    f"condemned the detention and demanded his immediate release.")
    targets = [t for _, _, t in _roles(evs, "demanded")]
    assert len(targets) == 1 and targets[0] and targets[0].startswith(code), _roles(evs)


@pytest.mark.parametrize("place,code", [("KINGSTON", "JAM"), ("PORT-AU-PRINCE", "HTI"), ("TEGUCIGALPA", "HND")])
def test_armed_men_loyal_to_a_gang_leader_are_criminals(code_text, place, code):
    evs = code_text(f"{place}, May 24 (AFP) - Gunmen loyal to a reputed gang leader attacked two police stations in "
                    f"the capital on Sunday.")
    assert _sources(evs, "attacked") == [f"{code}CRM"], _roles(evs)


@pytest.mark.parametrize("backer,code", [("the Tigray People's Liberation Front", "ETHREB"),
                                         ("the Rapid Support Forces", "SDNMIL")])
def test_a_group_loyal_to_a_named_backer_keeps_the_backer_in_its_mention(code_text, backer, code):
    evs = code_text(f"Fighters loyal to {backer} attacked an army base on Wednesday.")
    assert [e.source.text for e in evs if e.trigger_text == "attacked"] == [f"Fighters loyal to {backer}"], _roles(evs)
    assert _sources(evs, "attacked") == [code], _roles(evs)


@pytest.mark.parametrize("ngo,code", [("Reporters Without Borders", "NGONGO"), ("Doctors Without Borders", "NGOMSF")])
def test_a_capitalised_preposition_inside_a_name_is_part_of_it(code_text, ngo, code):
    evs = code_text(f"Gunmen shot dead a journalist in the capital on Monday. {ngo} condemned the killing.")
    assert _sources(evs, "condemned") == [code], _roles(evs)


@pytest.mark.parametrize("bloc,name,code", [("West African", "ECOWAS", "IGOECOWAS"),
                                             ("Southern African", "SADC", "IGOSADC")])
def test_a_bloc_named_after_its_description_is_that_bloc(code_text, bloc, name, code):
    evs = code_text(f"Armed men attacked the presidential palace on Tuesday. The {bloc} bloc {name} condemned what it "
                    f"called an attempted coup.")
    src = _sources(evs, "condemned")
    assert src and src[0] and src[0].startswith("IGO"), _roles(evs)


@pytest.mark.parametrize("place", ["PORT-AU-PRINCE", "PORT-OF-SPAIN"])
def test_a_hyphenated_dateline_city_is_a_dateline(code_text, place):
    evs = code_text(f"{place}, May 24 (AFP) - Armed men attacked a police station on Sunday.")
    assert evs and all(e.source is None or "AFP" not in e.source.text for e in evs), _roles(evs)
    assert all(e.target is None or e.target.actor is None or e.target.actor.country != "REU" for e in evs), _roles(evs)


@pytest.mark.parametrize("place,home,code,other", [("ULAANBAATAR", "Mongolia", "MNG", "China"),
                                                   ("VIENTIANE", "Laos", "LAO", "Thailand"),
                                                   ("BISHKEK", "Kyrgyzstan", "KGZ", "Russia")])
def test_where_a_thing_went_does_not_place_the_protesters(code_text, place, home, code, other):
    evs = code_text(f"{place}, Dec 5 (AP) - Protesters angered by a corruption scandal over coal exports to {other} "
                    f"tried to storm the government building in {home}'s capital on Monday.")
    assert _sources(evs, "storm") == [f"{code}CVL"], _roles(evs)


@pytest.mark.parametrize("place,leader,name,code", [("JUBA", "Riek Machar", "White Army", "SSD"),
                                                   ("KINSHASA", "Joseph Kabila", "Popular Army", "COD")])
@pytest.mark.parametrize("described", ["an armed group loyal to {}", "{}'s armed wing"])
def test_a_group_named_by_apposition_does_not_own_a_later_bare_common_noun(code_text, place, leader, name, code,
                                                                           described):
    desc = described.format(leader.split()[-1] if described.startswith("{}") else leader)
    evs = code_text(f"{place}, March 27 (AP) - The main opposition party said its leader, {leader}, had been arrested "
                    f"by government forces. Earlier this month the {name}, {desc}, overran an army base near the "
                    f"border.")
    assert [t for _, _, t in _roles(evs, "overran")] == [f"{code}MIL"], _roles(evs)
