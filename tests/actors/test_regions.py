"""A province or region named before a group noun gives the group's country (issue 13, composition)."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

WHEN = date(2024, 5, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


# mirrored across conflicts: armed groups, officials and police of first-level divisions, each side alike
@pytest.mark.parametrize("text,country,sector", [
    ("Kachin rebels", "MMR", "REB"),
    ("Rakhine militants", "MMR", "REB"),
    ("Amhara militia", "ETH", "REB"),
    ("Oromia police", "ETH", "COP"),
    ("Zamfara bandits", "NGA", "CRM"),
    ("Cabo Delgado insurgents", "MOZ", "REB"),
    ("Khuzestan protesters", "IRN", "CVL"),
    ("Oromia regional government", "ETH", "GOV"),
])
def test_region_before_the_group_noun(r, text, country, sector):
    a = r.resolve(text, when=WHEN)
    assert (a.country, a.sector) == (country, sector), a
    assert a.rule == "composition"


def test_a_region_shared_by_two_states_gives_no_country(r):
    # Punjab is a province of Pakistan and a state of India: the phrase alone does not say which
    assert r.resolve("Punjab police", when=WHEN).country is None


def test_generic_words_and_names_after_the_noun_are_not_regions(r):
    # "Federal" opens Brazil's Federal District, "National" many names: neither places a group
    assert r.resolve("Federal forces", when=WHEN).country is None
    assert r.resolve("National Army", when=WHEN).country is None
    # lower-case words are not names ("amhara militia" typed by hand still is not a region reading)
    assert r.resolve("oromia police", when=WHEN).country is None


@pytest.mark.parametrize("text", [
    "Electoral authorities loyal to the ruling party", "officials close to the president",
    "security forces loyal to the junta",
])
def test_a_post_modifier_is_not_the_head(r, text):
    # the sector noun before "loyal to", "close to" is the phrase's head, whoever it is loyal to
    assert r.resolve(text, when=WHEN).sector in ("GOV", "COP"), text


def test_a_generic_title_does_not_override_a_dated_judicial_office(r):
    # "President" of the UK Supreme Court is a judge; a head of state titled President stays GOV
    assert r.resolve("President Brenda Hale", when=date(2019, 9, 24)).code == "GBRJUD"
    assert r.resolve("President Zelensky", when=WHEN).code == "UKRGOV"
