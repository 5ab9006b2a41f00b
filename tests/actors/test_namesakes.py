"""Names are not matched to namesakes: a surname with another given name, an office-holder out of office,
a description that names someone else, a one-word institution of another country. Mirrored across sides."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

D = date(2023, 6, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text", ["Father Tomas Mora", "Bishop Ana Mora"])
def test_a_surname_with_another_given_name_is_not_the_known_person(r, text):
    """The dictionary knows Jose Francisco Blake Mora (Mexico, 2010); "Tomas Mora" is someone else."""
    a = r.resolve(text, when=D)
    assert a is None or a.country != "MEX"


def test_a_bare_surname_with_a_date_needs_someone_in_office_then(r):
    a = r.resolve("Senator Galvez", when=D)  # a Peruvian minister Galvez left office in 2008
    assert a is None or a.country != "PER"


@pytest.mark.parametrize("name,iso,other", [
    ("President Gustavo Petro", "COL", "Venezuelan President Nicolás Maduro"),
    ("President Nicolás Maduro", "VEN", "Colombian President Gustavo Petro"),
])
def test_an_apposition_naming_someone_else_is_not_learned(r, name, iso, other):
    ctx = f"{name}, an ally of {other}, said on Monday that talks would resume."
    a = r.resolve(name, when=D, context=ctx)
    assert (a.country, a.sector) == (iso, "GOV")


@pytest.mark.parametrize("text,iso", [("Colombia's Senate", "COL"), ("Kenya's Senate", "KEN"),
                                      ("the Philippine Senate", "PHL"), ("the US Senate", "USA")])
def test_a_one_word_institution_belongs_to_the_country_the_phrase_names(r, text, iso):
    a = r.resolve(text, when=D)
    assert (a.country, a.sector) == (iso, "LEG")


@pytest.mark.parametrize("text,iso", [("the Philippine Coast Guard", "PHL"), ("the China Coast Guard", "CHN"),
                                      ("the Polish Border Guard", "POL"), ("the Belarusian border guard", "BLR")])
def test_coast_and_border_guards_are_police(r, text, iso):
    a = r.resolve(text, when=D)
    assert (a.country, a.sector) == (iso, "COP")


def test_a_politician_out_of_office_is_a_politician(r):
    """Between offices a former office-holder is coded by what they do now (POL), not as an ex-official."""
    a = r.resolve("Joe Biden", when=date(2020, 6, 1))
    assert (a.country, a.sector) == ("USA", "POL")
    b = r.resolve("Joe Biden", when=date(2022, 6, 1))
    assert (b.country, b.sector) == ("USA", "GOV")
