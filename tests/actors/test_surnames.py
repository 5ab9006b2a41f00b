"""A surname alone ("Xi said", "Ortega accused"): family names written first, namesakes of several countries, and
bodies that the imported person records include. Each rule is checked for several countries."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text,when,iso", [
    ("Xi", date(2024, 6, 1), "CHN"),          # Xi Jinping
    ("Yoon", date(2024, 12, 4), "KOR"),       # Yoon Suk Yeol
    ("Moon", date(2019, 6, 1), "KOR"),        # Moon Jae-in, not the UN's Ban Ki-moon
    ("Tsai", date(2020, 6, 1), "TWN"),        # Tsai Ing-wen
    ("Li", date(2024, 6, 1), "CHN"),          # Li Qiang
])
def test_a_family_name_written_first_is_a_surname(r, text, when, iso):
    a = r.resolve(text, when=when)
    assert a is not None and a.country == iso, (text, a)


@pytest.mark.parametrize("text", ["Carrie", "John", "Jimmy"])
def test_a_given_name_is_no_family_name(r, text):
    a = r.resolve(text, when=date(2024, 6, 1))
    assert a is None or a.country is None, (text, a)


def test_a_short_family_name_yields_to_the_country_the_sentence_names(r):
    # "Lai" is Taiwan's president in 2024, but not in a sentence about Hong Kong's courts
    hk = r.resolve("Lai", when=date(2024, 6, 1), context="Lai appeared before a Hong Kong court on Monday.")
    assert hk is None or hk.country != "TWN", hk
    tw = r.resolve("Lai", when=date(2024, 6, 1), context="Lai addressed lawmakers in Taiwan on Monday.")
    assert tw is not None and tw.country == "TWN", tw


@pytest.mark.parametrize("text,when,iso", [
    ("Ortega", date(2021, 7, 2), "NIC"),      # not a Costa Rican minister whose 2006 office was left open
    ("Ruto", date(2024, 6, 1), "KEN"),
])
def test_stale_imported_offices_do_not_hide_the_office_holder(r, text, when, iso):
    a = r.resolve(text, when=when)
    assert a is not None and a.country == iso, (text, a)


def test_namesakes_follow_the_country_the_sentence_names(r):
    a = r.resolve("Ortega", when=date(2021, 7, 2),
                  context="Ortega accused the detainees of seeking to overthrow him with US backing.")
    assert a is not None and a.country == "NIC", a


@pytest.mark.parametrize("text", ["Council", "Front", "Committee"])
def test_the_last_word_of_a_body_is_no_surname(r, text):
    a = r.resolve(text, when=date(2019, 3, 2))
    assert a is None or a.country is None, (text, a)
