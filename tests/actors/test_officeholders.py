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
    # before the curated record's first office (prime minister from May 2024) the imported one speaks
    code = r.resolve("Lawrence Wong", when=date(2022, 1, 1))
    assert (code.country, code.sector) == ("SGP", "GOV")
    assert "every-politician-scrapers" in code.source and "Wikidata Q" in code.source
    later = r.resolve("Lawrence Wong", when=date(2024, 6, 1))
    assert (later.country, later.sector) == ("SGP", "GOV") and "leaders_recent.yaml" in later.source


@pytest.mark.parametrize("name,when,code", [
    # office-holders after the 2022 snapshots, from the curated, sourced rows of data/leaders_recent.yaml;
    # both sides of each conflict
    ("Interior Minister Ali Yerlikaya", date(2025, 3, 25), "TURGOV"),
    ("Andrei Belousov", date(2025, 1, 1), "RUSGOV"), ("Andrii Sybiha", date(2025, 1, 1), "UKRGOV"),
    ("Mr Hegseth", date(2025, 7, 1), "USAGOV"), ("Muhammad Yunus", date(2024, 10, 1), "BGDGOV"),
    ("Abu Mohammed al-Jolani", date(2023, 3, 1), "SYRREB"), ("Ahmed al-Sharaa", date(2025, 3, 1), "SYRGOV"),
])
def test_office_holders_after_the_snapshots(r, name, when, code):
    assert r.resolve(name, when=when).code == code


def test_a_curated_record_that_starts_later_does_not_hide_an_earlier_office(r):
    # Kallas: Estonian prime minister, then the EU's foreign-policy chief
    assert r.resolve("Kaja Kallas", when=date(2022, 3, 1)).country == "EST"
    assert r.resolve("Kaja Kallas", when=date(2025, 3, 1)).country == "IGO"


@pytest.mark.parametrize("name,country,before,after", [
    ("Bashar al-Assad", "SYR", date(2021, 6, 1), date(2025, 6, 1)),
    ("Mohamed Bazoum", "NER", date(2022, 6, 1), date(2024, 6, 1)),
    ("George Weah", "LBR", date(2021, 12, 1), date(2025, 6, 1)),
    ("Macky Sall", "SEN", date(2022, 6, 1), date(2025, 6, 1)),
])
def test_role_ends_close_offices_the_snapshots_left_open(r, name, country, before, after):
    assert r.resolve(name, when=before).code == f"{country}GOV"
    later = r.resolve(name, when=after)
    assert later.country == country and later.sector != "GOV"


def test_every_curated_office_holder_row_is_sourced_and_well_formed():
    import yaml

    from flashpoint.actors.dictionary import DATA

    rows = yaml.safe_load((DATA / "leaders_recent.yaml").read_text("utf-8"))
    assert len(rows) > 500 and len({x["id"] for x in rows}) == len(rows)
    for x in rows:
        assert x["source"].strip() and x["names"], x["id"]
        for role in x.get("roles", []):
            # a start no page confirmed is left out (the person held the office before 2022); the role says so
            assert role["country"] and role["sector"] and (role.get("from") or role.get("role")), x["id"]
            assert not (role.get("from") and role.get("to")) or role["from"] < role["to"], x["id"]
    ends = yaml.safe_load((DATA / "role_ends.yaml").read_text("utf-8"))
    assert ends and all(e["source"] and e["end"] and e["country"] for e in ends)
