"""A generic agent in a sentence that names no country takes the one country of the parties and people the
sentence names; news media and armed forces or groups place nothing. Mirrored across several countries."""
from __future__ import annotations

from datetime import date

import pytest


D = date(2023, 5, 1)


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


@pytest.mark.parametrize("text,iso", [
    ("Russian shelling killed three civilians in Kharkiv on Tuesday.", "UKR"),
    ("Ukrainian drones killed three civilians in Belgorod on Tuesday.", "RUS"),
    ("Israeli strikes killed three civilians in Khan Younis on Tuesday.", "PSE"),
])
def test_victims_are_of_the_town_where_it_happened_not_of_the_attackers_adjective(r, text, iso):
    assert cs(r.resolve("civilians", when=D, context=text)) == (iso, "CVL")


def test_protesters_at_a_foreign_consulate_are_of_the_town(r):
    ctx = "Protesters stormed the Iranian consulate in Karbala."
    assert cs(r.resolve("protesters", when=D, context=ctx)) == ("IRQ", "CVL")


def test_two_countries_named_by_adjective_and_capital_give_no_guess(r):
    ctx = "Police guarded the Russian embassy in Kyiv."
    assert cs(r.resolve("police", when=D, context=ctx)) == (None, "COP")


@pytest.mark.parametrize("text", ["the internet observatory", "a monitoring group", "a think tank",
                                  "civil society groups"])
def test_monitors_and_think_tanks_are_ngos(r, text):
    assert cs(r.resolve(text, when=D, context=f"Access was cut in the capital, {text} said.")) == ("NGO", "NGO")


@pytest.mark.parametrize("text,context,iso", [
    ("a local human rights group", "A local human rights group in Myanmar said 1,400 people died.", "MMR"),
    ("a local monitoring group", "A local monitoring group in Sudan said 40 people died.", "SDN"),
])
def test_local_ngos_keep_the_country_of_their_sentence(r, text, context, iso):
    assert cs(r.resolve(text, when=D, context=context)) == (iso, "NGO")


@pytest.mark.parametrize("text,iso", [("two Thai nationals", "THA"), ("three Serbian nationals", "SRB"),
                                      ("Kosovar nationals", "XKX"), ("British nationals", "GBR")])
def test_nationals_are_civilians_of_their_country(r, text, iso):
    assert cs(r.resolve(text, when=D)) == (iso, "CVL")
