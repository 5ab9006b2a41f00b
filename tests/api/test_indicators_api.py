"""The API reads what the indicators stage writes: quad classes, indicator views, alerts with evidence."""
from __future__ import annotations

import shutil

import duckdb
import pytest


@pytest.fixture(scope="module")
def indicator_client(api_store, tmp_path_factory):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app
    from flashpoint.indicators.alerts import AlertSettings, run_alerts
    from flashpoint.indicators.series import create_views
    from flashpoint.store import Store

    db = tmp_path_factory.mktemp("ind") / "ind.duckdb"
    shutil.copy(api_store, db)
    with Store(db) as store:
        create_views(store.con)
        # a small store: every window may alert, so that alerts and their evidence exist to be served
        run_alerts(store.con, AlertSettings(grain="day", z_threshold=0.5, min_history=1, min_documents=1,
                                            min_sources=1, changepoints=False))
    with TestClient(create_app(db)) as c:
        yield c, db


def test_quad_class_comes_from_the_store(indicator_client):
    c, db = indicator_client
    con = duckdb.connect(str(db), read_only=True)
    try:
        want = dict(con.execute("SELECT quad_class, count(*) FROM events GROUP BY 1").fetchall())
    finally:
        con.close()
    for q in (1, 2, 3, 4):
        assert c.get(f"/api/events?quad_class={q}").json()["total"] == want.get(q, 0)


def test_indicator_views_link_to_their_events(indicator_client):
    c, db = indicator_client
    j = c.get("/api/indicators?level=country&grain=month").json()
    assert j["series"] and {"n_acts", "goldstein_mean", "material_conflict"} <= set(j["series"][0])
    row = max(j["series"], key=lambda r: r["n_acts"])
    events = c.get(row["events"]).json()
    assert events["total"] >= row["n_acts"]  # acts are clusters of one or more events
    one = c.get(f"/api/indicators?level=country&grain=month&key={row['key']}").json()["series"]
    assert one and {r["key"] for r in one} == {row["key"]}


def test_alerts_are_served_with_evidence(indicator_client):
    c, db = indicator_client
    con = duckdb.connect(str(db), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM alerts").fetchone()[0]
    finally:
        con.close()
    items = c.get("/api/alerts").json()["items"]
    assert len(items) == n > 0
    a = items[0]
    assert a["period_start"] and a["explanation"]
    assert a["evidence"] and all(e["alert_id"] == a["alert_id"] for e in a["evidence"])
    html = c.get("/").text
    assert f'id="alert-{a["alert_id"]}"' in html
    doc = a["evidence"][0]["doc_id"]
    assert f'href="/documents/{doc}' in html


def test_alert_lists_say_when_they_are_cut(indicator_client, monkeypatch):
    # the API and the dashboard list the newest alerts only: each says how many there are in all
    c, db = indicator_client
    con = duckdb.connect(str(db), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM alerts").fetchone()[0]
    finally:
        con.close()
    assert n >= 2
    j = c.get("/api/alerts?limit=1").json()
    assert (j["total"], j["count"], len(j["items"])) == (n, 1, 1)
    assert c.get("/api/alerts").json()["total"] == n and c.get("/api/alerts?limit=0").status_code == 422
    monkeypatch.setattr("flashpoint.web.ALERTS_SHOWN", 1)
    html = c.get("/").text
    assert f"the newest 1 of {n}: all at" in html and 'href="/api/alerts?limit=5000"' in html
    assert html.count('class="alert-item"') == 1
