"""What a mention's sentence says about its country when the mention itself does not: the one country it
names, a person in office it names, the towns it names, and nothing where it names several. Also the
namesake guards that keep a one-word dictionary name out of someone else's longer name. Mirrored across
conflicts: the same rule gives each side its own country."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

D = date(2024, 11, 19)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text,not_iso", [
    ("election commission chairman Muse Hassan Yusuf", "JOR"),   # not Prince Hassan of Jordan
    ("Social Justice Party leader Faysal Ali Warabe", "SAU"),     # not King Faisal
    ("gang leader Albert Steevenson", "MCO"),                     # not Prince Albert of Monaco
])
def test_a_one_word_dictionary_person_is_not_a_word_of_a_longer_name(r, text, not_iso):
    a = r.resolve(text, when=D)
    assert a is None or a.country != not_iso


@pytest.mark.parametrize("text,iso", [("Villa Somalia", "SOM"), ("Villa Serbia", "SRB")])
def test_a_surname_right_before_a_country_name_is_not_a_person(r, text, iso):
    a = r.resolve(text, when=D)
    assert a is not None and a.country == iso


@pytest.mark.parametrize("pronoun", ["us", "all of us"])
def test_the_pronoun_us_names_no_country(r, pronoun):
    ctx = f"The council said the review could help {pronoun} keep young people safer."
    assert "USA" not in r.context_countries(ctx)
    assert "USA" in r.context_countries("The council said US officials could help keep young people safer.")


@pytest.mark.parametrize("name,ctx,iso", [
    ("Quillmark Logistics", "Quillmark Logistics said Serbian customs had held its trucks for a week.", "SRB"),
    ("Quillmark Logistics", "Quillmark Logistics said Kosovo customs had held its trucks for a week.", "XKX"),
    ("Varnetta Holdings", "Varnetta Holdings said Russian drones had hit its depot overnight.", "RUS"),
    ("Varnetta Holdings", "Varnetta Holdings said Ukrainian drones had hit its depot overnight.", "UKR"),
])
def test_an_unknown_name_takes_the_one_country_its_sentence_names(r, name, ctx, iso):
    a = r.resolve(name, when=D, context=ctx)
    assert a is not None and (a.country, a.sector, a.rule) == (iso, None, "context")
    assert "unknown name" in a.label


@pytest.mark.parametrize("ctx", [
    "Quillmark Logistics said Serbian and Kosovo customs had both held its trucks.",
    "Quillmark Logistics said the talks in Dushanbe had gone well.",  # a capital is where, not whose
])
def test_an_unknown_name_gets_no_country_where_the_sentence_does_not_single_one_out(r, ctx):
    assert r.resolve("Quillmark Logistics", when=D, context=ctx) is None
    assert r.resolve("Quillmark Logistics", when=D) is None  # and none without a sentence


@pytest.mark.parametrize("ctx,iso", [
    ("District Police Officer Jan Kowalczyk said gunmen targeted two vehicles en route to Peshawar.", "PAK"),
    ("District Police Officer Jan Kowalczyk said gunmen targeted two vehicles en route to Kharkiv.", "UKR"),
])
def test_a_titled_stranger_is_placed_by_the_towns_of_the_sentence(r, ctx, iso):
    a = r.resolve("District Police Officer Jan Kowalczyk", when=D, context=ctx)
    assert a is not None and (a.country, a.sector) == (iso, "COP")


@pytest.mark.parametrize("ctx,iso", [
    ("Recep Tayyip Erdogan criticised the capital city's mayor on Monday.", "TUR"),
    ("Aleksandar Vucic criticised the capital city's mayor on Monday.", "SRB"),
])
def test_a_person_in_office_places_a_generic_agent_where_no_country_is_named(r, ctx, iso):
    a = r.resolve("the capital city's mayor", when=date(2023, 3, 1), context=ctx)
    assert a is not None and a.country == iso


def test_a_named_country_beats_the_speaker_in_office(r):
    ctx = "\"I welcome statements by Libya's presidential council and the House of Representatives,\" Sisi said."
    a = r.resolve("the House of Representatives", when=date(2020, 8, 21), context=ctx)
    assert a is not None and (a.country, a.sector) == ("LBY", "LEG")


@pytest.mark.parametrize("text,iso", [("Moses Wetang’ula", "KEN"), ("Moses Wetang'ula", "KEN")])
def test_an_apostrophe_inside_a_transliterated_name_is_optional(r, text, iso):
    a = r.resolve(text, when=D)
    assert a is not None and a.country == iso
