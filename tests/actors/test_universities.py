"""Universities and colleges of the world (Hipo university-domains-list, scripts/universities.py): named
without their country, they resolve to their country and EDU, and never take over another actor's name."""
from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from flashpoint.actors import ActorResolver

ROOT = Path(__file__).resolve().parents[2]
D = date(2024, 5, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text,iso", [
    ("Makerere University", "UGA"), ("the Islamic University of Gaza", "PSE"), ("Harvard University", "USA"),
    ("the Deakin University", "AUS"), ("students of Makerere University", "UGA"),
    ("Columbia University students", "USA"),
])
def test_named_university_gives_country_and_edu(r, text, iso):
    a = r.resolve(text, when=D)
    assert a is not None and (a.country, a.sector) == (iso, "EDU"), (text, a)
    assert "university-domains-list" in (a.source or "")


def test_a_name_another_entry_uses_keeps_that_entry(r):
    a = r.resolve("Al-Azhar University", when=D)  # curated as a religious body
    assert a is not None and "universities.csv" not in (a.source or "")


def test_conversion_leaves_out_shared_and_generic_names(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from universities import university_rows

    items = [
        {"name": "Lancaster University", "alpha_two_code": "GB"},
        {"name": "Lancaster University", "alpha_two_code": "GH"},  # a branch campus: shared, left out
        {"name": "Royal Military Academy", "alpha_two_code": "BE"},  # a kind of school, not one school
        {"name": "Trinity College (CT)", "alpha_two_code": "US"},
        {"name": "Heritage", "alpha_two_code": "US"},  # no school word
        {"name": "Makerere University", "alpha_two_code": "UG"},
        {"name": "University of Prishtina", "alpha_two_code": "XK"},
    ]
    rows = university_rows(json.dumps(items), "0" * 40)
    assert [(x["name"], x["country"]) for x in rows] == [("Makerere University", "UGA"),
                                                         ("University of Prishtina", "XKX")]
    assert rows[0]["source"].endswith("#5")


def test_data_file_cites_its_source():
    path = ROOT / "src" / "flashpoint" / "actors" / "data" / "universities.csv"
    with path.open(encoding="utf-8") as fh:
        assert "Hipo/university-domains-list" in fh.readline()
        rows = list(csv.DictReader(fh))
    assert len(rows) > 5000 and all(r["source"].startswith("Hipo/university-domains-list@") for r in rows)
