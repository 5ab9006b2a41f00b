"""Members of the U.S. Congress from unitedstates/congress-legislators (CC0), dated by their terms."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("name", ["Lindsey Graham", "Bernie Sanders", "Ted Cruz", "Alexandria Ocasio-Cortez"])
def test_sitting_members_are_the_legislature(r, name):
    a = r.resolve(name, when=date(2024, 5, 1))
    assert a.code == "USALEG", a
    assert "congress-legislators" in (a.source or "")


def test_a_term_dates_the_role(r):
    # Ocasio-Cortez took her seat on 2019-01-03: before it she held no office
    assert r.resolve("Alexandria Ocasio-Cortez", when=date(2018, 6, 1)).sector != "LEG"
    assert r.resolve("Senator Graham", when=date(2024, 5, 1)).code == "USALEG"
