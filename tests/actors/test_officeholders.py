"""Office-holders 2021-2024 imported from Wikidata snapshots (scripts/officeholders.py): named without a title,
they resolve to their country's government while in office, on both sides of a conflict."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

# (name, country) pairs for both sides, with a date inside both terms
MIRRORED = [
    (("Nikol Pashinyan", "ARM"), ("Ilham Aliyev", "AZE"), date(2023, 9, 20)),
    (("Ararat Mirzoyan", "ARM"), ("Jeyhun Bayramov", "AZE"), date(2023, 9, 20)),
    (("Dmytro Kuleba", "UKR"), ("Sergey Lavrov", "RUS"), date(2022, 9, 1)),
    (("Gustavo Petro", "COL"), ("Nicolás Maduro", "VEN"), date(2023, 3, 1)),
    (("Mohamed Bazoum", "NER"), ("Bola Tinubu", "NGA"), date(2023, 7, 1)),
]


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("a,b,when", MIRRORED, ids=[f"{p[0][1]}-{p[1][1]}" for p in MIRRORED])
def test_heads_and_foreign_ministers_of_both_sides(r, a, b, when):
    for name, iso in (a, b):
        code = r.resolve(name, when=when)
        assert code is not None, name
        assert (code.country, code.sector) == (iso, "GOV"), (name, code)


def test_a_second_term_is_dated_on_its_own(r):
    """Netanyahu: prime minister until June 2021, again from December 2022; out of office in between."""
    between = r.resolve("Benjamin Netanyahu", when=date(2022, 6, 1))
    again = r.resolve("Benjamin Netanyahu", when=date(2024, 1, 10))
    assert (again.country, again.sector) == ("ISR", "GOV")
    assert between.country == "ISR" and between.sector != "GOV"


def test_provenance_names_the_snapshot(r):
    code = r.resolve("Lawrence Wong", when=date(2024, 6, 1))
    assert (code.country, code.sector) == ("SGP", "GOV")
    assert "every-politician-scrapers" in code.source and "Wikidata Q" in code.source
