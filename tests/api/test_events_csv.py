"""`flashpoint events --format csv` and GET /api/events?format=csv write the same CSV (one writer)."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from flashpoint.cli import app as cli


def test_cli_and_api_csv_of_events_are_the_same(api_store, client, store_facts):
    # the CLI wrote a list as Python's repr ("['military']"), the API as JSON ('["military"]')
    r = CliRunner().invoke(cli, ["events", "--format", "csv", "--db", str(api_store)])
    assert r.exit_code == 0, r.output
    web = client.get(f"/api/events?format=csv&limit={store_facts['n_events']}")
    assert web.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == store_facts["n_events"]
    assert sorted(rows, key=lambda x: x["id"]) == sorted(csv.DictReader(io.StringIO(web.text)), key=lambda x: x["id"])
    assert any(json.loads(x["context"]) for x in rows if x["context"])
