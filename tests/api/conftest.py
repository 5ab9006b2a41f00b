"""A store coded from the bundled corpus (both seeds and the first Wikinews rows) plus one hostile document."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, SEED_000, SEED_002

WIKINEWS_ROWS = 12  # per CSV: enough for several countries and dates, fast on two cores

# every place a stranger's document reaches the page: title, text (and so actor names), URL
PAYLOAD_TITLE = '<img src=x onerror="window.__pwned=1;alert(1)"> Ministry <script>alert(2)</script>'
PAYLOAD_TEXT = ("Serbian police arrested <script>window.__pwned=1;alert(3)</script> twelve protesters in Mitrovica "
                "on 3 May 2024. The government of Kosovo condemned the <b onmouseover=alert(4)>arrests</b>.\n"
                "Protesters said <img src=x onerror=alert(5)> they would march again.\n"
                "=HYPERLINK(\"http://example.invalid\") Serbian police detained five journalists in Zvecan.")
PAYLOAD_URL = "javascript:alert(6)"


def _corpus_subset(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in (SEED_000, SEED_002):
        (folder / seed.name).write_bytes(seed.read_bytes())
    for src in sorted(CORPUS.glob("wikinews_*.csv")):
        with src.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))[:WIKINEWS_ROWS]
        with (folder / src.name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    with (folder / "hostile.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": PAYLOAD_TEXT, "title": PAYLOAD_TITLE, "url": PAYLOAD_URL,
                             "date": "2024-05-03"}) + "\n")
    return folder


@pytest.fixture(scope="session")
def api_store(tmp_path_factory, pipeline) -> Path:
    """Coded once per session with the shared Pipeline; the tests only read it."""
    from flashpoint.engines.local import run
    from flashpoint.store import Store

    tmp = tmp_path_factory.mktemp("api")
    src = _corpus_subset(tmp / "corpus")
    db = tmp / "api.duckdb"
    with Store(db) as store:
        report = run([src], store, pipeline.settings)
    assert report.documents_coded >= 2 * WIKINEWS_ROWS, report
    return db


@pytest.fixture(scope="session")
def app(api_store, pipeline):
    from flashpoint.api import create_app

    return create_app(api_store, pipeline=pipeline)


@pytest.fixture()
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def store_facts(api_store) -> dict:
    """Ground truth read straight from DuckDB, to check the API against."""
    import duckdb

    con = duckdb.connect(str(api_store), read_only=True)
    try:
        docs = dict(con.execute("SELECT path, id FROM documents").fetchall())
        facts = {
            "n_events": con.execute("SELECT count(*) FROM events").fetchone()[0],
            "docs": docs,
            "seed_000": next(v for k, v in docs.items() if k and k.endswith(SEED_000.name)),
            "seed_002": next(v for k, v in docs.items() if k and k.endswith(SEED_002.name)),
            "hostile": next(v for k, v in docs.items() if k and "hostile.jsonl" in k),
            "types": dict(con.execute("SELECT event_type, count(*) FROM events GROUP BY 1").fetchall()),
            "countries": dict(con.execute("SELECT country_code, count(*) FROM events WHERE country_code IS NOT NULL "
                                          "GROUP BY 1").fetchall()),
            "dated": con.execute("SELECT count(*) FROM events WHERE date IS NOT NULL").fetchone()[0],
            "located": con.execute("SELECT count(*) FROM events WHERE lat IS NOT NULL").fetchone()[0],
        }
    finally:
        con.close()
    return facts
