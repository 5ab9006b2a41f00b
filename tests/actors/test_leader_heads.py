"""A president or chairman leads the body named after "of"; with none named, the title is a government's."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

WHEN = date(2020, 6, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text,sector", [
    ("the president of Symplicity Corporation", "BUS"),
    ("vice president of the company", "BUS"),
    ("chief executive officer of Symplicity Corporation", "BUS"),
    ("the president of the Supreme Court", "JUD"),
    ("President of the National Assembly", "LEG"),
    ("the chairman of the ruling party", "POL"),
    ("the president", "GOV"),
    # a president or spokesperson of the body named before the title, or after "for"
    ("Senate President Thomas Rivera Schatz", "LEG"),
    ("the party president", "POL"),
    ("the Supreme Court president", "JUD"),
    ("a spokesman for the rebels", "REB"),
    ("police officer", "COP"),
])
def test_leader_takes_the_sector_of_the_body_it_leads(r, text, sector):
    assert r.resolve(text, when=WHEN).sector == sector


@pytest.mark.parametrize("country", ["Serbia", "Kosovo"])
def test_president_of_a_country_is_its_government(r, country):
    a = r.resolve(f"the president of {country}", when=WHEN)
    assert a.sector == "GOV" and a.country == {"Serbia": "SRB", "Kosovo": "XKX"}[country]
