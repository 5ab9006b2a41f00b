"""POST /api/documents: JSON, plain text and file uploads are coded and stored; bad input gets a clear 4xx."""
from __future__ import annotations

import json

import pytest

TEXT = ("PRISTINA, 12 March 2024 - Kosovo police arrested three men in North Mitrovica on Monday, "
        "the interior ministry said. Serbia's government condemned the arrests.")


@pytest.fixture()
def fresh(tmp_path, pipeline):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    app = create_app(tmp_path / "posted.duckdb", max_upload_bytes=20_000, pipeline=pipeline)
    with TestClient(app) as c:
        yield c


def test_post_json_codes_stores_and_returns_events(fresh):
    r = fresh.post("/api/documents", json={"text": TEXT, "title": "Arrests in Mitrovica", "author": "Kosovo Police"})
    assert r.status_code == 201, r.text
    d = r.json()["documents"][0]
    assert d["title"] == "Arrests in Mitrovica" and d["coded"]
    types = {e["event_type"] for e in d["events"]}
    assert "COERCE" in types or "ASSAULT" in types, types
    stored = fresh.get(f"/api/documents/{d['id']}").json()
    assert stored["text"] == TEXT and {e["id"] for e in stored["events"]} == {e["id"] for e in d["events"]}
    # idempotent: the same text again is the same document, not a second copy
    again = fresh.post("/api/documents", json={"text": TEXT, "title": "Arrests in Mitrovica"}).json()
    assert again["documents"][0]["id"] == d["id"]
    assert fresh.get("/api/events").json()["total"] == len(stored["events"])


def test_post_plain_text_and_files(fresh):
    r = fresh.post("/api/documents?title=Plain", content=TEXT.encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 201 and r.json()["documents"][0]["title"] == "Plain"
    rows = "\n".join(json.dumps({"text": t, "title": f"row {i}"}) for i, t in enumerate(
        ["Serbian police detained two journalists in Belgrade on 4 May 2024.",
         "Protesters blocked a road near Zvecan on 5 May 2024."]))
    r = fresh.post("/api/documents", files={"file": ("batch.jsonl", rows.encode(), "application/octet-stream")})
    assert r.status_code == 201, r.text
    docs = r.json()["documents"]
    assert [d["title"] for d in docs] == ["row 0", "row 1"]
    page = fresh.get(f"/api/documents/{docs[0]['id']}").json()
    assert page["path"].startswith("<upload:batch.jsonl>")
    r = fresh.post("/api/documents", files={"file": ("note.txt", TEXT.encode("utf-8"), "text/plain")},
                   data={"author": "Kosovo Police"})
    assert r.status_code == 201
    r = fresh.post("/api/documents", data={"text": "NATO troops patrolled the border near Jarinje on 6 May 2024."})
    assert r.status_code == 201


def test_cursor_pages_do_not_shift_when_documents_arrive(fresh):
    fresh.post("/api/documents", json={"text": TEXT})
    first = fresh.get("/api/events?limit=1").json()
    assert first["next_cursor"]
    rest_before = [e["id"] for e in fresh.get(f"/api/events?limit=1000&cursor={first['next_cursor']}").json()["items"]]
    # an earlier-dated document lands before the cursor: the next page is unchanged
    fresh.post("/api/documents", json={"text": "BELGRADE, 2 January 2001 - Serbian police arrested four men in Nis."})
    rest_after = [e["id"] for e in fresh.get(f"/api/events?limit=1000&cursor={first['next_cursor']}").json()["items"]]
    assert rest_after == rest_before


def test_post_bad_input(fresh):
    big = "Kosovo police arrested three men. " * 1000
    r = fresh.post("/api/documents", json={"text": big})
    assert r.status_code == 413 and "limit" in r.json()["detail"]
    # a body sent without a length (chunked) is cut off at the limit too
    r = fresh.post("/api/documents", content=iter([b"x" * 15_000, b"y" * 15_000]), headers={"content-type": "text/plain"})
    assert r.status_code == 413
    r = fresh.post("/api/documents", content=b"<doc>text</doc>", headers={"content-type": "application/xml"})
    assert r.status_code == 415 and "content type" in r.json()["detail"]
    assert fresh.post("/api/documents", content=b"hi").status_code == 415
    r = fresh.post("/api/documents", files={"file": ("run.exe", b"MZ\x90\x00", "application/octet-stream")})
    assert r.status_code == 415
    for body in (b"{not json", b"[1, 2]", b'{"text": 5}', b'{"text": "   "}'):
        r = fresh.post("/api/documents", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 422, body
        assert r.json()["detail"]
    r = fresh.post("/api/documents", files={"file": ("blob.txt", bytes(range(256)) * 4, "text/plain")})
    assert r.status_code == 422 and "blob.txt" in r.json()["detail"]
    r = fresh.post("/api/documents", files={"file": ("rows.jsonl", b"{broken\n", "text/plain")})
    assert r.status_code == 422 and "line 1" in r.json()["detail"]
    r = fresh.post("/api/documents", content=b"\xff\xfe\x00bad", headers={"content-type": "text/plain"})
    assert r.status_code == 422
    # control bytes that happen to be valid UTF-8 were stored and coded as a document (a file of them is refused)
    r = fresh.post("/api/documents", content=bytes(range(32)) * 8 + b"garbage", headers={"content-type": "text/plain"})
    assert r.status_code == 422 and "binary" in r.json()["detail"]
    r = fresh.post("/api/documents", files={"file": ("header.csv", b"text,date\n", "text/csv")})
    assert r.status_code == 422 and r.json()["detail"] == "header.csv (line 1): no rows under the header"
    r = fresh.post("/api/documents", data={"title": "no text"})
    assert r.status_code == 422
    # nothing bad was stored
    assert fresh.get("/api/events").status_code == 503 or fresh.get("/api/events").json()["total"] == 0


def test_a_field_that_is_not_a_string_is_refused_by_name(fresh):
    # {"title": 123} was dropped without a word: the document was stored with no title
    for field, value, kind in (("title", 123, "a number (send \"123\")"), ("title", ["a"], "a list"),
                               ("author", {"name": "x"}, "an object"), ("date", 20240503, "a number"),
                               ("url", True, "true/false")):
        r = fresh.post("/api/documents", json={"text": TEXT, field: value})
        assert r.status_code == 422, (field, r.text)
        assert r.json()["detail"].startswith(f"field '{field}' must be a string or null, not {kind}"), r.json()
    r = fresh.post("/api/documents", json={"text": TEXT, "title": None, "url": None})
    assert r.status_code == 201 and r.json()["documents"][0]["title"] is None


def test_a_date_that_is_not_read_is_a_note_of_the_document(fresh):
    # {"date": "20240503"} was dropped without a word: the document stored undated
    r = fresh.post("/api/documents", json={"text": TEXT, "date": "20240503"})
    assert r.status_code == 201, r.text
    d = r.json()["documents"][0]
    assert d["notes"] == ["date '20240503' is not a date flashpoint reads (2024-05-03, 3 May 2024, RFC 2822, ...): "
                          "the document's dates come from its text"]
    assert fresh.get(f"/api/documents/{d['id']}").json()["metadata"]["unread_date"] == "20240503"
    r = fresh.post("/api/documents", files={"file": ("f.csv", b"text,date\nKosovo police detained a journalist in "
                                                              b"Zvecan.,2024-05-04\n", "text/csv")})
    assert r.status_code == 201 and "notes" not in r.json()["documents"][0] and r.json()["skipped"] == []


def test_file_rows_not_read_are_listed(fresh):
    # a JSONL or CSV upload with bad rows stores the good ones and says which rows it left out, and why
    rows = "\n".join([json.dumps({"text": "Serbian police detained two journalists in Belgrade on 4 May 2024."}),
                      '{"text": "broken', json.dumps({"title": "no text"})])
    r = fresh.post("/api/documents", files={"file": ("batch.jsonl", rows.encode(), "application/octet-stream")})
    assert r.status_code == 201, r.text
    body = r.json()
    assert len(body["documents"]) == 1
    assert [(s["file"], s["line"]) for s in body["skipped"]] == [("batch.jsonl", 2), ("batch.jsonl", 3)]
    assert "malformed JSON" in body["skipped"][0]["reason"] and "text" in body["skipped"][1]["reason"]
    r = fresh.post("/api/documents", json={"text": "NATO troops patrolled the border near Jarinje on 6 May 2024."})
    assert r.status_code == 201 and r.json()["skipped"] == []


def test_malformed_json_errors_name_the_place_and_reason_in_full(fresh):
    # the reason is the parser's, in full: where the JSON broke, not only the exception's class
    r = fresh.post("/api/documents", content=b'{"text": "Police arrested two men", "title": }',
                   headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert r.json()["detail"] == "body is not valid JSON: Expecting value: line 1 column 46 (char 45)"
    rows = json.dumps({"text": "Serbian police detained two journalists in Belgrade on 4 May 2024."}) + "\n" \
        + '{"text": "broken", "title": }\n[1, 2]\n{"text": 7}\n'
    r = fresh.post("/api/documents", files={"file": ("batch.jsonl", rows.encode(), "application/octet-stream")})
    assert r.status_code == 201, r.text
    assert r.json()["skipped"] == [
        {"file": "batch.jsonl", "line": 2, "reason": "malformed JSON: Expecting value at column 29"},
        {"file": "batch.jsonl", "line": 3, "reason": "record is a list, not an object with a 'text' field"},
        {"file": "batch.jsonl", "line": 4, "reason": "'text' field is a number, not a string"}]


def test_a_stored_text_posted_again_keeps_its_name_and_dates(tmp_path, pipeline):
    # posting a text the store held re-coded it and rewrote its row: a CSV row's title and date gave way to the
    # upload's (none), so its events lost their date, and the next `flashpoint code` named the file a duplicate
    # of '<api>'; a file with the same text on two lines was a 500
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app
    from flashpoint.engines.local import run
    from flashpoint.store import Store

    feed = tmp_path / "feed.csv"
    feed.write_text('text,title,date\n"Kosovo police arrested three men in North Mitrovica on Monday.",Arrests,'
                    '2024-03-11\n', encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    with Store(db) as store:
        run([feed], store, pipeline.settings)
    cols = "path, title, published, run_key, (SELECT list(e.date ORDER BY e.id) FROM events e WHERE e.doc_id = d.id)"
    with Store(db, read_only=True) as store:
        before = store.con.execute(f"SELECT {cols} FROM documents d").fetchall()
    assert before[0][2] is not None and before[0][4] and None not in before[0][4]
    text = "Kosovo police arrested three men in North Mitrovica on Monday."
    with TestClient(create_app(db, pipeline=pipeline)) as c:
        r = c.post("/api/documents", content=text.encode(), headers={"content-type": "text/plain"})
        assert r.status_code == 201, r.text
        d = r.json()["documents"][0]
        assert d["duplicate_of"] == f"{feed}#2" and d["title"] == "Arrests" and d["events"]
        rows = json.dumps({"text": "Protesters blocked a road near Zvecan on 5 May 2024."})
        r = c.post("/api/documents", files={"file": ("twice.jsonl", f"{rows}\n{rows}\n".encode(), "text/plain")})
        assert r.status_code == 201, r.text
        assert len(r.json()["documents"]) == 1 and "duplicate_of" not in r.json()["documents"][0]
        assert r.json()["skipped"] == [{"file": "twice.jsonl", "line": 2, "reason": "the same text as line 1"}]
    with Store(db, read_only=True) as store:
        assert store.con.execute(f"SELECT {cols} FROM documents d WHERE path LIKE '%feed.csv%'").fetchall() == before
    with Store(db) as store:
        report = run([feed], store, pipeline.settings)
    assert (report.documents_skipped, report.duplicates) == (1, [])


def test_a_json_file_is_read_as_flashpoint_code_reads_it(fresh):
    # `flashpoint code` reads .json (an array of records, or an object holding one); the upload said 415
    feed = {"articles": [{"text": "Serbian police detained two journalists in Belgrade on 4 May 2024.", "title": "one"},
                         {"title": "no text"},
                         {"text": "Protesters blocked a road near Zvecan on 5 May 2024.", "title": "three"}]}
    r = fresh.post("/api/documents", files={"file": ("feed.json", json.dumps(feed).encode(), "application/json")})
    assert r.status_code == 201, r.text
    assert [d["title"] for d in r.json()["documents"]] == ["one", "three"]
    assert [(s["file"], s["line"]) for s in r.json()["skipped"]] == [("feed.json", 2)]
    assert fresh.get(f"/api/documents/{r.json()['documents'][1]['id']}").json()["path"] == "<upload:feed.json>#3"
