"""Neutrality of actor resolution: the same rules and dated roles apply to both sides of every conflict.

Each pair is mirrored: a template filled for side A and for side B must give A's and B's codes with the
same sector. Six conflicts, each side named by country, demonym, capital and leader.
"""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

# (country, name, demonym, capital, leader in office on the date), for both sides of a conflict
PAIRS = [
    (("RUS", "Russia", "Russian", "Moscow", "Vladimir Putin"),
     ("UKR", "Ukraine", "Ukrainian", "Kyiv", "Volodymyr Zelensky"), date(2023, 6, 1)),
    (("ISR", "Israel", "Israeli", "Jerusalem", "Benjamin Netanyahu"),
     ("PSE", "Palestine", "Palestinian", "Ramallah", "Mahmoud Abbas"), date(2024, 1, 10)),
    (("SRB", "Serbia", "Serbian", "Belgrade", "Aleksandar Vucic"),
     ("XKX", "Kosovo", "Kosovar", "Pristina", "Albin Kurti"), date(2023, 9, 25)),
    (("ARM", "Armenia", "Armenian", "Yerevan", "Serzh Sargsyan"),
     ("AZE", "Azerbaijan", "Azerbaijani", "Baku", "Ilham Aliyev"), date(2016, 4, 2)),
    (("IND", "India", "Indian", "New Delhi", "Narendra Modi"),
     ("PAK", "Pakistan", "Pakistani", "Islamabad", "Imran Khan"), date(2019, 2, 27)),
    (("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "Hailemariam Desalegn"),
     ("ERI", "Eritrea", "Eritrean", "Asmara", "Isaias Afwerki"), date(2016, 6, 12)),
]

TEMPLATES = [
    ("{dem} soldiers", "MIL"), ("{dem} troops", "MIL"), ("the {dem} armed forces", "MIL"), ("{name}'s army", "MIL"),
    ("{name}'s defence ministry", "GOV"), ("{cap} authorities", "GOV"), ("the {dem} government", "GOV"),
    ("a {dem} judge", "JUD"), ("{dem} police", "COP"), ("{name}'s central bank", "GOV"),
    ("the {dem} foreign minister", "GOV"), ("{dem} journalists", "MED"), ("{dem} protesters", "CVL"),
    ("former {dem} officials", "POL"), ("{leader}", "GOV"), ("{leader}'s government", "GOV"),
]


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


def _side(r, side, template, when):
    iso, name, dem, cap, leader = side
    return r.resolve(template.format(name=name, dem=dem, cap=cap, leader=leader), when=when)


@pytest.mark.parametrize("a,b,when", PAIRS, ids=[f"{p[0][0]}-{p[1][0]}" for p in PAIRS])
@pytest.mark.parametrize("template,sector", TEMPLATES)
def test_templates_mirror(r, a, b, when, template, sector):
    ra, rb = _side(r, a, template, when), _side(r, b, template, when)
    assert ra is not None and rb is not None, template
    assert (ra.country, ra.sector) == (a[0], sector), (template, a, ra)
    assert (rb.country, rb.sector) == (b[0], sector), (template, b, rb)


@pytest.mark.parametrize("a,b,when", PAIRS, ids=[f"{p[0][0]}-{p[1][0]}" for p in PAIRS])
def test_place_names_give_each_side_its_country(r, a, b, when):
    """A group named after a place takes the place's country, whichever side it is on."""
    for side in (a, b):
        got = r.resolve(f"{side[3]} rebels", when=when)
        assert got.country == side[0] and got.sector == "REB", (side, got)


@pytest.mark.parametrize("a,b,when", PAIRS, ids=[f"{p[0][0]}-{p[1][0]}" for p in PAIRS])
def test_in_document_titles_mirror(r, a, b, when):
    """An unknown official introduced with a title resolves the same way on both sides."""
    for side in (a, b):
        ctx = f"{side[2]} Defence Minister Zorab Quillfeather visited the front on Monday."
        got = r.resolve("Quillfeather", when=when, context=ctx)
        assert got is not None and (got.country, got.sector, got.rule) == (side[0], "GOV", "in-document"), (side, got)
