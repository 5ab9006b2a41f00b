"""The dashboard's event table ('latest events') listed the oldest first: on the bundled corpus its first rows
were a singer's birth in 1941. It now lists the newest 50 (undated last); /events still pages oldest first."""
from __future__ import annotations

import re
from datetime import date

import pytest

from tests.indicators.synth import report, write


@pytest.fixture()
def client(tmp_path):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    docs = [report(f"Police clashed with protesters in Town{i} on day {i}.", "a.example", date(2000 + i, 5, 3),
                   "ASSAULT", "190", (f"Town{i}", 42.0, 21.0)) for i in range(60)]
    undated = report("Police clashed with protesters in Nowhere.", "a.example", date(2001, 1, 1), "ASSAULT", "190",
                     ("Nowhere", 42.0, 21.0))
    undated.events[0].date = None
    db = tmp_path / "n.duckdb"
    write(db, docs + [undated]).close()
    with TestClient(create_app(db)) as c:
        yield c


def _dates(html):
    return re.findall(r'<td class="date">([^<]*)', html)


def test_dashboard_lists_the_newest_first(client):
    html = client.get("/").text
    got = _dates(html)
    assert got[:3] == ["2059-05-03", "2058-05-03", "2057-05-03"] and len(got) == 50, got[:5]
    assert "newest 50 of 61" in html
    assert _dates(client.get("/events").text)[0] == "2000-05-03"


def test_newest_first_with_a_filter_keeps_undated_last(client):
    html = client.get("/?from=2055-01-01").text
    assert _dates(html) == [f"{y}-05-03" for y in range(2059, 2054, -1)]


def test_query_newest_puts_undated_last(client):
    import duckdb

    from flashpoint import queries as Q

    con = duckdb.connect(str(client.app.state.access.path), read_only=True)
    try:
        rows, nxt = Q.query_events(con, newest=True)
        assert nxt is None and rows[0]["date"] == date(2059, 5, 3) and rows[-1]["date"] is None
        with pytest.raises(Q.QueryError):
            Q.query_events(con, newest=True, cursor="x")
    finally:
        con.close()
