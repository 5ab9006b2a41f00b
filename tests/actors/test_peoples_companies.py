"""Peoples placed among their homelands, and companies by their headquarters (issue 13, data files)."""
from __future__ import annotations

from datetime import date

import pytest
import yaml

from flashpoint.actors import ActorResolver
from flashpoint.actors.dictionary import DATA

WHEN = date(2024, 5, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("name", ["peoples.yaml", "companies.yaml"])
def test_every_row_cites_a_source(name):
    rows = yaml.safe_load((DATA / name).read_text("utf-8"))
    assert len(rows) >= 100
    assert all(str(row.get("source", "")).startswith("http") for row in rows)


# mirrored across conflicts: a people of one homeland region takes it, whichever side of a conflict it is on
@pytest.mark.parametrize("text,country,sector", [
    ("Ethnic Baloch insurgents", "PAK", "REB"),
    ("Kachin rebels", "MMR", "REB"),
    ("Masalit civilians", "SDN", "CVL"),
    ("Uyghur activists", "CHN", None),
    ("Chechen fighters", "RUS", "REB"),
    ("Igbo leaders", "NGA", "POL"),
    ("Sikh separatists", "IND", "REB"),
])
def test_people_with_one_homeland(r, text, country, sector):
    a = r.resolve(text, when=WHEN)
    assert a.country == country, a
    if sector:
        assert a.sector == sector, a
    assert a.ethnicity


@pytest.mark.parametrize("text,context,country", [
    ("Kurdish fighters", "Kurdish fighters clashed with Turkish-backed groups in northern Syria.", "SYR"),
    ("Kurdish fighters", "Kurdish fighters were killed in a drone strike in Iraq's Kurdistan region.", "IRQ"),
    ("Druze residents", "Druze residents of Sweida in Syria protested against the government.", "SYR"),
    ("Druze residents", "Druze residents of Majdal Shams in Israel mourned the children.", "ISR"),
    ("Fulani herders", "Fulani herders clashed with farmers in central Nigeria.", "NGA"),
    ("Fulani herders", "Fulani herders fled attacks in central Mali.", "MLI"),
])
def test_people_of_several_states_is_placed_by_its_context(r, text, context, country):
    assert r.resolve(text, when=WHEN, context=context).country == country


def test_people_of_several_states_without_context_gets_no_country(r):
    # no default that would favour one of the states a people lives in
    for text in ("Kurdish fighters", "Druze residents", "Fulani herders", "Tuareg rebels"):
        assert r.resolve(text, when=WHEN).country is None, text


def test_a_state_demonym_is_never_taken_over_by_a_people(r):
    assert r.resolve("Somali troops", when=WHEN).country == "SOM"
    assert r.resolve("Russian troops", when=WHEN).country == "RUS"


@pytest.mark.parametrize("text,country", [
    ("Gazprom", "RUS"), ("Barrick Gold", "CAN"), ("Lion Air", "IDN"), ("Huawei", "CHN"),
    ("Maersk", "DNK"), ("TotalEnergies", "FRA"), ("Rosneft", "RUS"), ("ExxonMobil", "USA"),
])
def test_companies_by_headquarters(r, text, country):
    a = r.resolve(text, when=WHEN)
    assert (a.country, a.sector) == (country, "BUS"), a
    assert "companies.yaml" in (a.source or "")


def test_a_company_name_that_is_a_common_word_stays_out(r):
    a = r.resolve("Shell", when=WHEN)
    assert a is None or a.sector != "BUS"


def test_every_institution_row_cites_a_source():
    rows = yaml.safe_load((DATA / "institutions.yaml").read_text("utf-8"))
    assert len(rows) >= 100 and all(str(row.get("source", "")).startswith("http") for row in rows)


# mirrored across conflicts: each side's state bodies by their own names
@pytest.mark.parametrize("text,code", [
    ("the Department of State Services", "NGASPY"), ("Rosgvardia", "RUSCOP"), ("the Azov Brigade", "UKRMIL"),
    ("Carabineros", "CHLCOP"), ("the IEBC", "KENGOV"), ("the SANDF", "ZAFMIL"), ("the UPDF", "UGAMIL"),
    ("the State Border Guard Service of Ukraine", "UKRCOP"), ("the Central Bureau of Investigation", "INDCOP"),
])
def test_institutions_by_their_own_names(r, text, code):
    assert r.resolve(text, when=WHEN).code == code


# mirrored across conflicts: monitors and rights groups of each side keep their own country
@pytest.mark.parametrize("text,code", [
    ("B'Tselem", "ISRNGO"), ("the Palestinian Prisoners' Club", "PSENGO"), ("Memorial", "RUSNGO"),
    ("the Center for Civil Liberties", "UKRNGO"), ("the Kenya Human Rights Commission", "KENNGO"),
    ("Al-Azhar", "EGYREL"),
])
def test_civil_society_by_its_own_names(r, text, code):
    assert r.resolve(text, when=WHEN).code == code


def test_an_organisation_filed_as_a_person_lends_no_surname(r):
    # Phoenix files the "Syrian Observatory For Human Rights" as a person: "Rights" is no surname
    for text in ("Tunisian League for Human Rights", "Zimbabwe Lawyers for Human Rights"):
        assert r.resolve(text, when=WHEN).country != "SYR", text
