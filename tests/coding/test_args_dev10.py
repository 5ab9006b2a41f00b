"""Who did what to whom (issue 14), fifteenth round: error patterns that recur in at least two wire dev sets
(dev1-dev10). Activists and protesters are civilians; unidentified attackers in a dateline sentence are placed by
the dateline, whose agency credit names no side; a condemned attack is also a crowd's riot. Sentences written for
these tests; every rule is checked for both sides (each pair coded from both capitals)."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

# (dateline, country as named, its code, the other country as named, its code)
STATES = [
    ("BISSAU", "Guinea-Bissau", "GNB", "Senegal", "SEN"),
    ("DAKAR", "Senegal", "SEN", "Guinea-Bissau", "GNB"),
]
AGENCIES = ["Reuters", "AFP", "AP"]


@pytest.mark.parametrize("text,sector", [
    ("a teenage protester", "CVL"), ("pro-democracy activists", "CVL"), ("local activists", "CVL"),
    ("opposition activists", "OPP"), ("student activists", "EDU"), ("a protester", "CVL"),
])
def test_activists_and_protesters_are_civilians_unless_the_opposition(text, sector):
    from flashpoint.actors.resolver import ActorResolver
    a = ActorResolver().resolve(text)
    assert a is not None and a.sector == sector, a


@pytest.mark.parametrize("agency", AGENCIES)
@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_unidentified_attackers_take_the_datelines_country_whatever_the_agency(code_text, place, a, ca, b, cb,
                                                                              agency):
    evs = code_text(f"{place}, Feb 1 ({agency}) - Armed men attacked the government palace on Tuesday.")
    assert [s for _, s, _ in _roles(evs, "attacked")] == [f"{ca}UAF"], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_a_dateline_sentence_naming_another_country_places_no_attacker(code_text, place, a, ca, b, cb):
    # the victims' nationality leaves open whose the attackers are, from either capital
    evs = code_text(f"{place}, Feb 1 (Reuters) - Armed men attacked {b}'s embassy staff on Tuesday.")
    assert [s for _, s, _ in _roles(evs, "attacked")] == ["---UAF"], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_a_condemned_attack_is_the_riot_told_before(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Jan 8 (AP) - Thousands of {a} protesters stormed the parliament of {a} on Sunday. "
                    f"The president of {b} condemned the attacks.")
    got = _roles(evs, "condemned")
    assert len(got) == 1 and got[0][0] == "ACCUSE" and (got[0][2] or "")[:3] == ca, _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_condemned_assaults_are_the_police_who_assaulted(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Aug 18 (AFP) - {a} police assaulted a dozen {b} fishermen on Friday. "
                    f"The UN mission condemned the assaults.")
    got = _roles(evs, "condemned")
    assert len(got) == 1 and got[0][2] == f"{ca}COP", _roles(evs)
