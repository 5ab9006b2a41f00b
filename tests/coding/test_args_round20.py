"""Who did what to whom (issue 14), twentieth round: a threat keeps the addressee it names itself when it is
coordinated with another act; a threat to have someone removed or arrested is aimed at them; an ethnicity or a
language is not a state; a named speaker keeps his code when the tagger missed his name; a bare definite
description keeps the nationality its fuller earlier mention stated. Sentences written for these tests; every rule
is checked for both sides."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles


def _targets(evs, trigger):
    return [t for _, _, t in _roles(evs, trigger)]


@pytest.mark.parametrize("place,home,who,sector", [("KINGSTON", "JAM", "the gangs", "CRM"),
                                                   ("MANILA", "PHL", "the rebels", "REB"),
                                                   ("BOGOTA", "COL", "the gangs", "CRM")])
def test_a_threat_coordinated_with_a_decree_keeps_its_own_addressee(code_text, place, home, who, sector):
    evs = code_text(f"{place}, May 2 (AFP) - The interior minister on Monday imposed a state of emergency in three "
                    f"provinces and vowed a harsh response against {who}.")
    assert _targets(evs, "vowed") == [f"{home}{sector}"], _roles(evs)


@pytest.mark.parametrize("place,home,who,code", [("SAN SALVADOR", "SLV", "opposition lawmakers", "OPP"),
                                                 ("TEGUCIGALPA", "HND", "opposition lawmakers", "OPP"),
                                                 ("CARACAS", "VEN", "the protest leaders", "CVL")])
def test_a_threat_to_have_someone_removed_is_aimed_at_them(code_text, place, home, who, code):
    evs = code_text(f"{place}, Feb 9 (AP) - The president threatened on Monday to have {who} thrown out of the building.")
    assert _targets(evs, "threatened") == [f"{home}{code}"], _roles(evs)


@pytest.mark.parametrize("place,home,lang", [("TALLINN", "EST", "Russian"), ("RIGA", "LVA", "Russian"),
                                             ("BRUSSELS", "BEL", "French"), ("KYIV", "UKR", "Russian")])
def test_people_named_by_the_language_they_speak_are_the_countrys(code_text, place, home, lang):
    evs = code_text(f"{place}, April 27 (BNS) - Riot police fired water cannon at mainly {lang}-speaking students "
                    f"marching through the old town.")
    assert [s for _, s, _ in _roles(evs, "marching")] == [f"{home}EDU"], _roles(evs)


@pytest.mark.parametrize("place,home,people", [("SKOPJE", "MKD", "Albanian"), ("BELGRADE", "SRB", "Hungarian"),
                                               ("BUCHAREST", "ROU", "Hungarian"), ("TIRANA", "ALB", "Greek")])
def test_an_ethnic_nationality_places_no_generic_agent(code_text, place, home, people):
    evs = code_text(f"{place}, April 27 (AP) - Hundreds of nationalist demonstrators forced their way into the town "
                    f"hall and assaulted councillors after an ethnic {people} was chosen as mayor.")
    src = [s for _, s, _ in _roles(evs, "forced")]
    assert src and all(s == f"{home}CVL" for s in src), _roles(evs)


@pytest.mark.parametrize("place,home,name", [("COTONOU", "BEN", "Wilfried Leandre Dossou-Yovo"),
                                             ("LOME", "TGO", "Wilfried Leandre Dossou-Yovo"),
                                             ("NIAMEY", "NER", "Aurelien Kossi Agbetiafa-Yovo")])
def test_a_named_speaker_keeps_his_code_where_the_tagger_missed_his_name(code_text, place, home, name):
    evs = code_text(f"{place}, April 23 (AFP) - Gunmen killed 12 soldiers in an attack on a military post last week, "
                    f"government spokesman {name} said on Wednesday. {name.split()[-1]} urged "
                    f"neighbouring countries to do more.")
    assert [s for _, s, _ in _roles(evs, "urged")] == [f"{home}GOV"], _roles(evs)


@pytest.mark.parametrize("place,home,fans,code", [("AMSTERDAM", "NLD", "Israeli", "ISR"),
                                                  ("BERLIN", "DEU", "Turkish", "TUR"),
                                                  ("ISTANBUL", "TUR", "German", "DEU")])
def test_the_bare_description_keeps_the_nationality_its_first_mention_stated(code_text, place, home, fans, code):
    evs = code_text(f"{place}, Nov 8 (AP) - Masked men attacked {fans} cycling supporters near the stadium late on "
                    f"Saturday, the mayor said. A police spokesman said the assailants had beaten the supporters with "
                    f"sticks.")
    assert _targets(evs, "beaten") == [f"{code}CVL"], _roles(evs)


@pytest.mark.parametrize("office,sector", [("the prime minister", "GOV"), ("the opposition leader", "OPP"),
                                           ("the army chief", "MIL")])
def test_the_office_named_before_a_listed_name_beats_the_persons_default(pipeline, office, sector):
    from datetime import date
    a = pipeline.actors.resolve(f"{office}, Sheikh Mohammad Sabah Al-Salem Al-Sabah", when=date(2012, 1, 1))
    assert a is not None and a.code == f"KWT{sector}", a


@pytest.mark.parametrize("text,code", [("Dominican officials", "DOMGOV"), ("the Dominican government", "DOMGOV"),
                                       ("Haitian officials", "HTIGOV"), ("Nigerian officials", "NGAGOV"),
                                       ("Dominica", "DMA")])
def test_the_dominican_demonym_is_the_dominican_republics(pipeline, text, code):
    a = pipeline.actors.resolve(text)
    assert a is not None and a.code == code, a
