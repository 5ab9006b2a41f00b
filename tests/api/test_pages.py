"""Server-rendered pages: escaped, linked down to events and documents, clear errors."""
from __future__ import annotations

import re
from html import unescape

from tests.api.conftest import PAYLOAD_TITLE


def test_dashboard_and_table_link_down(client, store_facts):
    r = client.get("/")
    assert r.status_code == 200
    html = r.text
    assert 'id="map"' in html and 'id="timeline"' in html and "/static/vendor/leaflet/leaflet.js" in html
    rows = re.findall(r'<tr class="event-row', html)
    assert 0 < len(rows) <= 50
    links = re.findall(r'href="/documents/([0-9a-f]+)\?event=([0-9a-f]+)#ev-', html)
    assert links and set(d for d, _ in links) <= set(store_facts["docs"].values())
    assert "cdn" not in html.lower() and "tile" not in html.lower()


def test_events_page_filters_and_pages(client, store_facts):
    r = client.get("/events?type=&quad_class=&actor=SRBGOV&from=&to=")
    assert r.status_code == 200
    n = len(re.findall(r'<tr class="event-row', r.text))
    assert n == min(50, client.get("/api/events?actor=SRBGOV").json()["total"])
    r = client.get("/events")
    nxt = re.search(r'id="next-page" href="([^"]+)"', r.text)
    if store_facts["n_events"] > 50:
        page2 = client.get(nxt.group(1).replace("&amp;", "&"))
        assert page2.status_code == 200 and '<tr class="event-row' in page2.text
    assert client.get("/events?from=2024-99-99").status_code == 422
    assert client.get("/events?quad_class=9").status_code == 422


def test_document_page_highlights_and_words(client, store_facts):
    ev = next(e for e in client.get("/api/events?modality=reported&limit=1000").json()["items"]
              if e["claimant_text"] and e["claimant_code"] and e["claimant_code"] != "AUTHOR")
    r = client.get(f"/documents/{ev['doc_id']}?event={ev['id']}")
    assert r.status_code == 200
    html = r.text
    assert f'id="ev-{ev["id"]}"' in html and "event-card selected" in html
    assert re.search(r'class="hl [a-z ]*trigger[a-z ]*sel[a-z -]*sel-trigger', html)
    assert "not asserted as fact" in html and ev["claimant_text"] in unescape(html)
    red = client.get(f"/events/{ev['id']}", follow_redirects=False)
    assert red.status_code == 303 and red.headers["location"].startswith(f"/documents/{ev['doc_id']}?event={ev['id']}")
    assert client.get("/documents/0000000000000000").status_code == 404
    assert client.get("/events/0000000000000000").status_code == 404


def test_hostile_document_is_escaped(client, store_facts):
    html = client.get(f"/documents/{store_facts['hostile']}").text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=" in html
    # a javascript: URL is shown, never linked
    assert 'href="javascript:' not in html.lower() and "javascript:alert(6)" in html
    assert PAYLOAD_TITLE not in html


def test_a_bad_filter_is_a_page_that_keeps_the_form(client, store_facts):
    # a mistyped date in the address bar showed the browser a raw JSON body: {"detail":"from='2024-13-01' ..."}
    for url, message in (("/?from=2024-13-01&actor=SRBGOV", "from=&#39;2024-13-01&#39; is not a date (YYYY-MM-DD)"),
                         ("/events?quad_class=abc", "quad class &#39;abc&#39; is not 1-4"),
                         ("/events?type=RIOT", "&#39;RIOT&#39; is not a PLOVER type"),
                         ("/events?cursor=bogus", "cursor &#39;bogus&#39;")):
        r = client.get(url)
        assert r.status_code == 422 and r.headers["content-type"].startswith("text/html"), (url, r.text[:200])
        assert message in r.text and '<form class="filters"' in r.text and 'id="clear-filters"' in r.text, url
    assert 'name="actor" value="SRBGOV"' in client.get("/?from=2024-13-01&actor=SRBGOV").text
    for url in ("/documents/0000000000000000", "/no/such/page"):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), url
        assert 'id="error-heading">Not found<' in r.text and '<form class="filters"' not in r.text
    # the API keeps FastAPI's JSON errors
    r = client.get("/api/events?quad_class=abc")
    assert r.status_code == 422 and r.headers["content-type"] == "application/json"
    assert client.get("/api/nope").json() == {"detail": "Not Found"}


def test_the_form_shows_every_value_of_a_filter(client):
    # '/events?type=ASSAULT,PROTEST' (or type=assault) listed those events under a form whose Type said 'any':
    # its next submit (a new actor, say) dropped the type filter without a word
    for url, name, value in (("/events?type=ASSAULT&type=protest", "type", "ASSAULT,PROTEST"),
                             ("/events?type=assault", "type", "ASSAULT"),
                             ("/?quad_class=3,4", "quad_class", "3,4"),
                             ("/events?modality=Reported", "modality", "reported")):
        html = client.get(url).text
        select = re.search(rf'<select name="{name}">(.*?)</select>', html, re.S).group(1)
        assert re.findall(r'<option value="([^"]*)" selected>', select) == [value], (url, select)


def test_document_page_names_its_source_file_and_url(client, store_facts):
    # the page showed neither the file nor the CSV row a document was read from
    seed = client.get(f"/documents/{store_facts['seed_002']}").text
    path = next(k for k, v in store_facts["docs"].items() if v == store_facts["seed_002"])
    assert f'from <code id="doc-source">{path}</code>' in seed
    row_path, row_id = next((k, v) for k, v in store_facts["docs"].items() if "wikinews_" in k)
    row = client.get(f"/documents/{row_id}").text
    doc = client.get(f"/api/documents/{row_id}").json()
    assert f'<code id="doc-source">{row_path}</code>' in row and row_path.split("#")[1].isdigit()
    assert doc["url"].startswith("https://") and f'id="doc-url" href="{doc["url"]}"' in unescape(row)


def test_dashboard_says_how_to_compute_alerts_and_tables_say_unknown_dates(tmp_path, pipeline):
    # 'No alerts in this store.' left a new user to guess that alerts come from `flashpoint alerts`, and an
    # undated event's date cell was blank
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    db = tmp_path / "fresh.duckdb"
    with TestClient(create_app(db, pipeline=pipeline)) as c:
        r = c.post("/api/documents", json={"text": "Kosovo police arrested two men near the border crossing."})
        assert r.status_code == 201 and r.json()["documents"][0]["events"], r.text
        html = c.get("/").text
        assert 'id="no-alerts"' in html and f"<code>flashpoint alerts --db {db}</code>" in html
        rows = re.findall(r'<td class="date">(.*?)</td>', c.get("/events").text)
    assert rows and all(r == '<span class="muted" title="the text gives no date for this event">unknown</span>'
                        for r in rows), rows


def test_document_text_is_cut_at_its_spans_in_one_sweep():
    # a 100 kB report of 1,500 events took 22 s to show: every span was tested at every cut
    import random
    import time

    from flashpoint.web import segments

    def brute(text, spans, selected):
        cuts = sorted({0, len(text)} | {s["start"] for s in spans} | {s["end"] for s in spans})
        out = []
        for a, b in zip(cuts, cuts[1:]):
            cover = [s for s in spans if s["start"] <= a and s["end"] >= b]
            out.append({"text": text[a:b]} if not cover else {
                "text": text[a:b], "kinds": sorted({s["kind"] for s in cover}),
                "events": sorted({s["event_id"] for s in cover}),
                "sel": sorted({s["kind"] for s in cover if s["event_id"] == selected}), "start": a})
        return out

    rng = random.Random(7)
    for _ in range(500):
        n = rng.randint(0, 40)
        text = "".join(rng.choice("ab ") for _ in range(n))
        spans = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, n)
            spans.append({"start": a, "end": rng.randint(a, n), "kind": rng.choice(["trigger", "source", "place"]),
                          "event_id": rng.choice("pq")})
        sel = rng.choice(["p", "q", None])
        assert segments(text, spans, sel) == brute(text, spans, sel), (text, spans)
    text = "Serbian police arrested two men in Mitrovica. " * 2000
    spans = [{"start": 46 * i + k, "end": 46 * i + k + 7, "kind": kind, "event_id": f"e{i}"}
             for i in range(2000) for k, kind in ((0, "source"), (15, "trigger"), (35, "place"))]
    t = time.perf_counter()
    assert len(segments(text, spans, "e5")) == 2 * len(spans)  # each span and the gap after it
    assert time.perf_counter() - t < 5  # some 0.1 s; cut by testing each span at each cut, about a minute


def test_attribution_in_words():
    from flashpoint.web.words import attribution

    ev = {"modality": "reported", "claimant_code": "SRBGOV", "claimant_country": "SRB", "claimant_sector": "GOV",
          "claimant_text": "Belgrade", "claimant_kind": "entity"}
    assert attribution(ev) == "Claimed by the Government of Serbia; not asserted as fact"
    ev = {"modality": "requested", "claimant_code": "AUTHOR", "claimant_kind": "author"}
    assert attribution(ev, {"author": "Ministry of Foreign Affairs"}).startswith(
        "Called for by Ministry of Foreign Affairs")
    assert attribution({"modality": "negated"}).startswith("Denied by the text")


def test_scripts_never_parse_data_as_html():
    """Our JS puts data into the page with textContent/attributes only (Leaflet's own code is vendored as is)."""
    from flashpoint.web import STATIC_DIR

    for js in STATIC_DIR.glob("*.js"):
        src = js.read_text("utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in src, f"{js.name} uses {sink}"
        assert "bindTooltip(" not in src or "bindTooltip(el(" in src, f"{js.name}: a tooltip string is parsed as HTML"


def test_package_data_ships_templates_and_assets():
    """pyproject's package-data globs cover every template and static file (a wheel must serve the dashboard)."""
    import fnmatch
    import tomllib
    from pathlib import Path

    from flashpoint.web import HERE

    root = Path(__file__).resolve().parents[2]
    globs = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]["flashpoint"]
    pkg = HERE.parent
    files = [p.relative_to(pkg).as_posix() for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and p.suffix != ".py"]
    files.append("geo/data/countries-110m.geojson")
    missing = [f for f in files if not any(fnmatch.fnmatch(f, g) and f.count("/") == g.count("/") for g in globs)]
    assert not missing, missing


def test_openapi_docs_page_needs_no_cdn(client):
    """/docs serves Swagger UI from the package: FastAPI's default page loads it from a CDN, blank offline."""
    r = client.get("/docs")
    assert r.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert assets and not [a for a in assets if "://" in a or a.startswith("//")], assets
    for a in assets:  # every script, stylesheet and icon the page names is served here
        got = client.get(a)
        assert got.status_code == 200 and got.content, a
    assert client.get("/openapi.json").json()["info"]["title"] == "flashpoint"
    # ReDoc is not vendored, so /redoc is off rather than blank
    assert client.get("/redoc").status_code == 404
