"""Who did what to whom (issue 14), thirteenth round: people introduced by a role with no country, offices other
bodies share, counterparts, meetings of coordinated parties, attackers a modifier identifies, the active second verb
of a passive clause and kind adjectives on things. Sentences written for these tests; every rule is checked for both
sides (each pair coded from both capitals)."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

# (dateline, side A's adjective, its country, side B's adjective, its country)
SIDES = [
    ("YEREVAN", "Armenian", "ARM", "Azerbaijani", "AZE"),
    ("BAKU", "Azerbaijani", "AZE", "Armenian", "ARM"),
    ("ATHENS", "Greek", "GRC", "Turkish", "TUR"),
    ("ANKARA", "Turkish", "TUR", "Greek", "GRC"),
]
# (dateline, country A as named, its code, country B as named, its code)
STATES = [
    ("ATHENS", "Greece", "GRC", "Turkey", "TUR"),
    ("ANKARA", "Turkey", "TUR", "Greece", "GRC"),
    ("YAOUNDE", "Cameroon", "CMR", "Nigeria", "NGA"),
    ("ABUJA", "Nigeria", "NGA", "Cameroon", "CMR"),
]


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_a_person_titled_by_a_role_alone_keeps_it_where_the_story_is(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Aug 26 - Armed men attacked a post in northern {a} near the border with {b}, army "
                    f"spokesman Colonel Didier Zamba said on Sunday. Zamba accused {b} of sheltering the attackers.")
    assert _roles(evs, "accused") == [("ACCUSE", f"{ca}MIL", cb)], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_a_secretary_general_of_a_ministry_is_not_the_uns(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, April 28 - {a}'s foreign ministry lodged a protest over violations of its airspace. "
                    f"Foreign Affairs Secretary General Themistoklis Petros called the flights unacceptable. "
                    f"He accused {b} of violating {a}'s sovereignty.")
    assert _roles(evs, "accused") == [("ACCUSE", f"{ca}GOV", cb)], _roles(evs)


@pytest.mark.parametrize("text,code", [
    ("Greek Secretary General", "GRCGOV"), ("Turkish Secretary General", "TURGOV"),
    ("Secretary-General", "IGOUNO"), ("UN Secretary-General", "IGOUNO"),
    ("Arab League Secretary General", "IGOARLGOV"),
])
def test_shared_office_names(text, code):
    from flashpoint.actors.resolver import ActorResolver
    a = ActorResolver().resolve(text)
    assert a is not None and a.code == code, a


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_coordinated_parties_of_a_meeting_are_each_others_target(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 10 - {a} Foreign Minister Ilham Sadikov and his {b} counterpart Aram Petrosyan "
                    f"began two days of peace talks in Almaty on Friday.")
    got = sorted((r[1], r[2]) for r in _roles(evs, "began"))
    assert got == sorted([(f"{ca}GOV", f"{cb}GOV"), (f"{cb}GOV", f"{ca}GOV")]), _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_a_counterpart_holds_the_other_partys_office(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Nov 18 - Russian Defence Minister Sergei Shoigu held telephone talks with his {a} and "
                    f"{b} counterparts.")
    assert sorted(_roles(evs, "held")) == sorted([("CONSULT", "RUSGOV", f"{ca}GOV"), ("CONSULT", "RUSGOV", f"{cb}GOV")]), \
        _roles(evs)
    evs = code_text(f"{place}, Nov 18 - {a} Foreign Minister Ilham Sadikov met his {b} counterpart in Moscow.")
    assert _roles(evs, "met") == [("CONSULT", f"{ca}GOV", f"{cb}GOV")], _roles(evs)


@pytest.mark.parametrize("place,country", [("MEXICO CITY", "MEX"), ("BOGOTA", "COL"), ("LIMA", "PER"),
                                           ("TEGUCIGALPA", "HND")])
def test_gunmen_a_modifier_names_are_no_longer_unidentified(code_text, place, country):
    evs = code_text(f"{place}, Oct 22 - Army troops killed 19 suspected drug cartel gunmen in a shootout on Tuesday.")
    assert _roles(evs, "killed") == [("ASSAULT", f"{country}MIL", f"{country}CRM")], _roles(evs)
    # unnamed, they stay unidentified attackers
    evs = code_text(f"{place}, Oct 22 - Gunmen killed three police officers on Tuesday.")
    assert [r[1][-3:] for r in _roles(evs, "killed")] == ["UAF"], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_the_active_second_verb_of_a_passive_clause_is_done_by_its_subject(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Oct 22 - The army said {a} troops had been attacked by {b} soldiers and had "
                    f"returned fire.")
    assert _roles(evs, "attacked") == [("ASSAULT", f"{cb}MIL", f"{ca}MIL")], _roles(evs)
    assert [r[1] for r in _roles(evs, "returned")] == [f"{ca}MIL"], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_a_kind_adjective_names_no_owner(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Feb 19 - {a} fighters destroyed four military vehicles near the border.")
    assert all(e.target is None for e in evs if e.trigger_text == "destroyed"), _roles(evs)
    evs = code_text(f"{place}, Feb 19 - {a} fighters destroyed four {b} military vehicles near the border.")
    assert [r[2][:3] for r in _roles(evs, "destroyed")] == [cb], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", SIDES)
def test_all_sides_with_no_pair_are_the_parties_of_the_last_clash(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, March 5 - {a} police fired tear gas at {b} protesters on Friday. The UN chief urged "
                    f"all sides to avoid any further escalation.")
    assert sorted(r[2] for r in _roles(evs, "urged")) == sorted([f"{ca}COP", f"{cb}CVL"]), _roles(evs)
