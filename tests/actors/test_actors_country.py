"""A generic agent in a sentence that names no country takes the one country of the parties and people the
sentence names; news media and armed forces or groups place nothing. Mirrored across several countries."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

D = date(2023, 5, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


def cs(a):
    return None if a is None else (a.country, a.sector)


@pytest.mark.parametrize("party,iso", [
    ("Fidesz", "HUN"), ("Vetevendosje", "XKX"), ("Likud", "ISR"), ("the AKP", "TUR"),
])
def test_police_in_a_sentence_about_a_party_are_its_countrys(r, party, iso):
    ctx = f"Supporters of {party} clashed with the police outside parliament."
    assert cs(r.resolve("the police", when=D, context=ctx)) == (iso, "COP")


def test_courts_in_a_sentence_about_a_ruling_party(r):
    ctx = "Critics accused ZANU-PF of using the courts to silence dissent."
    assert cs(r.resolve("the courts", when=D, context=ctx)) == ("ZWE", "JUD")


def test_a_party_is_told_from_a_news_agency_of_the_same_acronym(r):
    ctx = "The decision was applauded by PTI, and the government disapproved of it."
    assert cs(r.resolve("the government", when=D, context=ctx)) == ("PAK", "GOV")


@pytest.mark.parametrize("group", ["Hezbollah", "Hamas"])
def test_armed_groups_do_not_place_an_army(r, group):
    # the army of "the army said Hezbollah fired rockets" is more likely the one fired on
    assert cs(r.resolve("the army", when=D, context=f"The army said {group} fired rockets overnight.")) == (None, "MIL")


@pytest.mark.parametrize("agency", ["AFP", "Reuters", "the Associated Press"])
def test_news_agencies_do_not_place_the_police(r, agency):
    ctx = f"Three people were arrested, the police told {agency}."
    assert cs(r.resolve("the police", when=D, context=ctx)) == (None, "COP")
