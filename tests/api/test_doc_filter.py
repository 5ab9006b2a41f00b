"""The `doc` filter of the events API takes a document as `flashpoint show` does: its id (or an id prefix), the
path it was stored under (FILE, FILE#LINE) or the end of that path (a file name). It took an id prefix only, so
`doc=reports/a.txt` listed nothing."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.records import Document, Event
from flashpoint.store import DocResult, Store

TEXTS = {"reports/north/a.txt": "Police arrested two protesters in Alpha.",
         "reports/north/b.txt": "Police arrested three protesters in Beta.",
         "feed.jsonl#3": "Police arrested four protesters in Gamma.",
         "feed.jsonl#12": "Police arrested five protesters in Delta."}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    results, ids = [], {}
    for path, text in TEXTS.items():
        doc = Document.from_text(text, path=path, published=date(2024, 5, 3))
        t0 = text.index("arrested")
        ev = Event(id=f"{doc.id}-0", doc_id=doc.id, sentence_index=0, sentence_start=0, sentence_text=text,
                   event_type="COERCE", trigger_text="arrested", trigger_start=t0, trigger_end=t0 + 8, cameo="173",
                   date=date(2024, 5, 3), date_source="published")
        results.append(DocResult(document=doc, sentences=[(0, 0, len(text), text)], events=[ev]))
        ids[path] = doc.id
    db = tmp_path_factory.mktemp("docfilter") / "docs.duckdb"
    with Store(db) as st:
        st.write_batch(results)
    return db, ids


@pytest.fixture()
def client(store):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    with TestClient(create_app(store[0])) as c:
        yield c


def _docs(client, ref: str) -> set[str]:
    r = client.get("/api/events", params={"doc": ref})
    assert r.status_code == 200, r.text
    return {e["doc_id"] for e in r.json()["items"]}


def test_doc_takes_an_id_a_prefix_a_path_or_a_file_name(client, store):
    _, ids = store
    a = ids["reports/north/a.txt"]
    assert _docs(client, a) == _docs(client, a[:8]) == {a}
    assert _docs(client, "reports/north/a.txt") == {a}
    assert _docs(client, "a.txt") == _docs(client, "north/a.txt") == {a}
    # a row of a file is its own document (FILE#LINE); the file's name fits all its rows
    assert _docs(client, "feed.jsonl#3") == {ids["feed.jsonl#3"]}
    assert _docs(client, "feed.jsonl") == {ids["feed.jsonl#3"], ids["feed.jsonl#12"]}
    # a part of a path that fits several documents equally filters on all of them
    assert _docs(client, "reports/north") == {a, ids["reports/north/b.txt"]}
    assert _docs(client, "no-such-file.txt") == set()


def test_the_count_takes_the_same_reference(client, store):
    _, ids = store
    r = client.get("/api/events", params={"doc": "b.txt"}).json()
    assert r["total"] == 1 and r["items"][0]["doc_id"] == ids["reports/north/b.txt"]
