"""A document of many events: its page drew every event's card (1,500 cards, a 2 MB page that took seconds to
render and lay out). The cards come 100 to a page, the text still marks every event's evidence, and an event's
link opens the page that holds its card."""
from __future__ import annotations

import re
from datetime import date

import pytest

from flashpoint.records import Document, Event
from flashpoint.store import DocResult, Store

N = 250
SENT = "Police arrested protesters in Town{}. "


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    text = "".join(SENT.format(i) for i in range(N))
    doc = Document.from_text(text, publisher="a.example", published=date(2024, 5, 3))
    events, sentences, pos = [], [], 0
    for i in range(N):
        s = SENT.format(i)
        t0 = pos + s.index("arrested")
        sentences.append((i, pos, pos + len(s) - 1, s.strip()))
        events.append(Event(id=f"{doc.id}-{i:03d}", doc_id=doc.id, sentence_index=i, sentence_start=pos,
                            sentence_text=s.strip(), event_type="COERCE", trigger_text="arrested", trigger_start=t0,
                            trigger_end=t0 + 8, cameo="173", modality="asserted", date=date(2024, 5, 3),
                            date_source="published"))
        pos += len(s)
    db = tmp_path_factory.mktemp("cards") / "big.duckdb"
    with Store(db) as st:
        st.write_batch([DocResult(document=doc, sentences=sentences, events=events)])
    return db, doc.id, [e.id for e in events]


@pytest.fixture()
def client(big):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    with TestClient(create_app(big[0])) as c:
        yield c


def _cards(html):
    return re.findall(r'data-event-id="([^"]+)"', html)


def test_cards_come_a_hundred_to_a_page(client, big):
    _, doc, ids = big
    html = client.get(f"/documents/{doc}").text
    assert _cards(html) == ids[:100]
    assert f"{N} events" in html and "cards 1–100" in html and "page 1 of 3" in html
    assert f'href="/documents/{doc}?page=2"' in html
    # the text marks the evidence of every event, not only of those with a card here
    assert html.count('data-kinds="trigger"') == N
    last = client.get(f"/documents/{doc}?page=3").text
    assert _cards(last) == ids[200:] and "cards 201–250" in last and "?page=4" not in last
    assert re.search(r"<h3>201\. COERCE", last)


def test_an_event_opens_the_page_of_its_card(client, big):
    _, doc, ids = big
    html = client.get(f"/documents/{doc}?event={ids[150]}").text
    assert ids[150] in _cards(html) and _cards(html) == ids[100:200]
    assert re.search(rf'class="event-card selected" id="ev-{ids[150]}"', html)
    r = client.get(f"/events/{ids[230]}", follow_redirects=True)
    assert _cards(r.text) == ids[200:]


@pytest.mark.parametrize("bad", ["0", "4", "two", "-1"])
def test_a_page_that_is_not_there_is_a_clear_422(client, big, bad):
    r = client.get(f"/documents/{big[1]}?page={bad}", headers={"accept": "text/html"})
    assert r.status_code == 422 and "1-3" in r.text


def test_the_api_pages_a_documents_events(client, big):
    # GET /api/documents/{id} held every event and its spans: some 4 MB for a report of 1,500 events
    _, doc, ids = big
    first = client.get(f"/api/documents/{doc}").json()
    assert [e["id"] for e in first["events"]] == ids[:100]
    assert first["events_total"] == N and first["limit"] == 100 and first["offset"] == 0
    assert first["next"] == f"/api/documents/{doc}?limit=100&offset=100"
    # the spans are those of the events in the reply
    assert {s["event_id"] for s in first["spans"] if s["kind"] == "trigger"} == set(ids[:100])
    last = client.get(f"/api/documents/{doc}?limit=60&offset=200").json()
    assert [e["id"] for e in last["events"]] == ids[200:] and last["next"] is None and last["events_total"] == N
    assert client.get(f"/api/documents/{doc}?offset=300").json()["events"] == []
    for bad in ("limit=0", "limit=5000", "offset=-1", "limit=ten"):
        assert client.get(f"/api/documents/{doc}?{bad}").status_code == 422, bad


def test_the_document_page_links_the_json_of_its_own_cards(client, big):
    _, doc, ids = big
    html = client.get(f"/documents/{doc}?page=2").text
    link = re.search(r'id="doc-json" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert link == f"/api/documents/{doc}?offset=100&limit=100"
    assert [e["id"] for e in client.get(link).json()["events"]] == _cards(html) == ids[100:200]
