"""Cabinet ministers imported from the per-country every-politician-scrapers repositories (scripts/cabinets.py):
defence and interior ministers named without a title resolve to their government inside their terms, on both
sides of a conflict, and each term names its repository snapshot."""
from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flashpoint.actors import ActorResolver

ROOT = Path(__file__).resolve().parents[2]
# (name, country) pairs for both sides, with a date inside both terms
MIRRORED = [
    (("Oleksii Reznikov", "UKR"), ("Sergey Shoygu", "RUS"), date(2022, 6, 1)),          # defence
    (("Denys Monastyrsky", "UKR"), ("Vladimir Kolokoltsev", "RUS"), date(2022, 6, 1)),  # interior
    (("Suren Papikyan", "ARM"), ("Zakir Hasanov", "AZE"), date(2023, 9, 20)),            # defence
    (("Rajnath Singh", "IND"), ("Pervez Khattak", "PAK"), date(2020, 3, 1)),             # defence
    (("Benny Gantz", "ISR"), ("Mohammad-Reza Gharaei Ashtiani", "IRN"), date(2022, 6, 1)),  # defence
    (("Lloyd Austin", "USA"), ("Ben Wallace", "GBR"), date(2022, 6, 1)),                 # defence
]


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("a,b,when", MIRRORED, ids=[f"{p[0][1]}-{p[1][1]}" for p in MIRRORED])
def test_ministers_of_both_sides(r, a, b, when):
    for name, iso in (a, b):
        code = r.resolve(name, when=when)
        assert code is not None, name
        assert (code.country, code.sector) == (iso, "GOV"), (name, code)


def test_out_of_office_before_the_term(r):
    """Reznikov became defence minister in November 2021; in 2019 he was not in the government."""
    assert r.resolve("Oleksii Reznikov", when=date(2022, 6, 1)).sector == "GOV"
    early = r.resolve("Oleksii Reznikov", when=date(2019, 6, 1))
    assert early.country == "UKR" and early.sector != "GOV"


def test_each_term_names_its_snapshot():
    t = pq.read_table(ROOT / "src/flashpoint/actors/data/kb.parquet", columns=["source", "roles"]).to_pydict()
    i = next(i for i, s in enumerate(t["source"]) if "ukraine-cabinet" in s and "Q4392444" in s)
    roles = json.loads(t["roles"][i])
    defence = [x for x in roles if "Defence" in (x.get("title") or "")]
    assert defence and defence[0]["from"] == "2021-11-04"
    assert defence[0]["src"].startswith("every-politician-scrapers/ukraine-cabinet@")
    assert defence[0]["src"].endswith(":html/holders21.csv")


@pytest.fixture(scope="module")
def cabinets():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("cabinets", ROOT / "scripts" / "cabinets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_positions_kept_and_left_out(cabinets):
    assert cabinets.sector_of("Minister of Defence") == "GOV"
    assert cabinets.sector_of("Minister of Internal Affairs") == "GOV"
    assert cabinets.sector_of("Chief of the General Staff") == "MIL"
    assert cabinets.sector_of("Speaker of the National Assembly") == "LEG"
    assert cabinets.sector_of("Chief Justice") == "JUD"
    assert cabinets.sector_of("Director of the Federal Security Service") == "SPY"
    assert cabinets.sector_of("Governor of the Central Bank") == "GOV"
    for sub_national in ("Governor of Odessa Oblast", "Mayor of Tehran", "prefect of Iași county",
                         "Governor of Punjab", "ambassador to France", "First Lady", "Head of Mexico City government"):
        assert cabinets.sector_of(sub_national) is None, sub_national


def test_repository_names_give_the_country(cabinets):
    assert cabinets.repo_country("ukraine-cabinet") == "UKR"
    assert cabinets.repo_country("pakistan-ministers") == "PAK"
    assert cabinets.repo_country("kenya") == "KEN"
    assert cabinets.repo_country("congo-kinshasa-ministers") == "COD"
    assert cabinets.repo_country("ivory-coast") == "CIV"
