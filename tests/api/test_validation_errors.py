"""A bad query parameter is answered with one sentence naming the parameter, the value and what is accepted
(FastAPI's default was pydantic's list of error objects: `type`, `loc`, `ctx`, ...). Validation runs before
the store is opened, so no store is needed here."""
from __future__ import annotations

import pytest


@pytest.fixture()
def bare(tmp_path):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    with TestClient(create_app(tmp_path / "none.duckdb")) as c:
        yield c


@pytest.mark.parametrize("url, words", [
    ("/api/events?from=2024-13-01", "from '2024-13-01' is not a date (YYYY-MM-DD)"),
    ("/api/events?to=yesterday", "to 'yesterday' is not a date (YYYY-MM-DD)"),
    ("/api/events?limit=abc", "limit 'abc' is not a whole number"),
    ("/api/events?limit=0", "limit '0' must be 1 or more"),
    ("/api/events?format=xml", "format 'xml' must be one of json, csv, jsonl"),
    ("/api/indicators?grain=decade", "grain 'decade' must be one of day, week, month"),
    ("/api/alerts?limit=0", "limit '0' must be 1 or more"),
])
def test_bad_parameter_is_one_sentence(bare, url, words):
    r = bare.get(url)
    assert r.status_code == 422
    body = r.json()
    assert isinstance(body["detail"], str) and body["detail"].startswith(words), body
    assert "\n" not in body["detail"]
    # a program still gets the fields apart
    assert body["errors"] and {"field", "input", "msg"} <= set(body["errors"][0])


def test_two_bad_parameters_are_both_named(bare):
    d = bare.get("/api/events?from=x&limit=0").json()["detail"]
    assert "from 'x' is not a date" in d and "limit '0' must be 1 or more" in d and d.count(";") == 1

