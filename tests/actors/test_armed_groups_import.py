"""Armed groups imported from Phoenix and UCDP (scripts/import_actors.py): a group Phoenix places in a region
only gets its country from UCDP; groups of a conflict over a territory we code as a country of its own belong to
it, on every side; a stateless people's tag is not a state's code."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

D = date(2023, 6, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text,iso", [("the Karen National Union", "MMR"), ("the KNU", "MMR"),
                                      ("the Free Aceh Movement", "IDN"), ("the Oromo Liberation Front", "ETH")])
def test_regional_phoenix_groups_get_ucdp_country(r, text, iso):
    code = r.resolve(text, when=D)
    assert code is not None and (code.country, code.sector) == (iso, "REB"), (text, code)


@pytest.mark.parametrize("text,iso", [("Palestinian Islamic Jihad", "PSE"), ("the Al-Aqsa Martyrs Brigades", "PSE"),
                                      ("the Popular Resistance Committees", "PSE"), ("the Kosovo Liberation Army", "XKX")])
def test_territorial_conflict_groups_belong_to_the_territory(r, text, iso):
    """UCDP files them under the state they fought (Israel, Yugoslavia); Hamas is PSE, so are they."""
    code = r.resolve(text, when=D)
    assert code is not None and code.country == iso, (text, code)


def test_stateless_people_tag_is_not_a_state():
    r = ActorResolver()
    code = r.resolve("Chechen rebels", when=D)
    assert code.country != "CHE" and code.ethnicity == "che"
    assert r.resolve("Swiss officials", when=D).country == "CHE"


def test_rank_abbreviation_is_no_group_acronym(r):
    code = r.resolve("Lt. Gen. Prosper Avril", when=date(1990, 3, 10))
    assert code is None or code.sector != "REB", code
