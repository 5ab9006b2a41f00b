"""The dashboard in Debian's headless Chromium (Playwright): map markers, timeline, table, evidence, escaping.

Chromium comes from apt (`.ci/run` installs it); these tests fail, never skip, when it is missing.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("FLASHPOINT_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / ".pytest_cache" / "screenshots"


@pytest.fixture(scope="module")
def base_url(app):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    t.join(10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, base_url):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=base_url)
    pg = ctx.new_page()
    dialogs: list[str] = []
    external: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    # nothing may leave the machine: no CDN, no tiles
    pg.on("request", lambda r: external.append(r.url) if not r.url.startswith((base_url, "data:", "about:")) else None)
    pg.dialogs = dialogs
    pg.external = external
    yield pg
    ctx.close()


def test_dashboard_markers_timeline_rows_and_screenshot(page):
    page.goto("/")
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    assert page.locator("path.fp-marker").count() >= 2
    assert page.locator("#map path.leaflet-interactive:not(.fp-marker)").count() > 150  # country outlines
    assert page.locator("rect.tl-bar").count() >= 2
    assert page.locator("tr.event-row").count() > 10
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    assert not page.external, page.external
    assert not page.dialogs


def test_marker_and_timeline_link_down_to_events(page):
    page.goto("/")
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    page.locator("path.fp-marker").first.click(force=True)
    link = page.locator("a.marker-events")
    link.wait_for(timeout=5_000)
    n = int(link.text_content().split()[0])
    link.click()
    page.wait_for_url("**/events?bbox=*")
    assert page.locator("tr.event-row").count() == min(n, 50)
    page.goto("/")
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    bar = page.locator("rect.tl-bar").first
    label = bar.locator("title").text_content()  # "2004-03-17: 11 Verbal conflict"
    count = int(label.split(": ", 1)[1].split()[0])
    bar.click(force=True)
    page.wait_for_url("**/events?from=*")
    assert page.locator("tr.event-row").count() == min(count, 50)


def test_figures_of_a_filtered_dashboard_link_to_their_own_events(page, client):
    # the links appended the page's query string to the bar's own: '/events?from=BAR&to=BAR_END&from=PAGE...',
    # and the server reads the last 'from', so a bar (or a circle under a bbox filter) listed every event of the
    # page's filter instead of its own
    dates = sorted({e["date"] for e in client.get("/api/events?limit=1000").json()["items"] if e["date"]})
    start = dates[len(dates) // 3]
    page.goto(f"/?from={start}")
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    bars = page.locator("rect.tl-bar")
    assert bars.count() >= 2
    for i in (0, bars.count() - 1):
        bar = bars.nth(i)
        count = int(bar.locator("title").text_content().split(": ", 1)[1].split()[0])
        href = bar.evaluate("e => e.parentNode.getAttribute('href')")
        assert href.count("from=") == 1 and href.count("to=") == 1, href
        page.goto(href)
        assert int(page.locator("h1 small").text_content().split()[0]) == count, href
        page.goto(f"/?from={start}")
        page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    page.goto(f"/?bbox=-180,-90,180,90&from={start}")
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    page.locator("path.fp-marker").first.click(force=True)
    link = page.locator("a.marker-events")
    link.wait_for(timeout=5_000)
    n = int(link.text_content().split()[0])
    assert link.get_attribute("href").count("bbox=") == 1
    link.click()
    page.wait_for_url("**/events?*")
    assert int(page.locator("h1 small").text_content().split()[0]) == n


def test_clicking_an_event_shows_its_evidence(page, store_facts, client):
    page.goto(f"/events?doc={store_facts['seed_002']}")
    row = page.locator("tr.event-row").first
    ev_id = row.get_attribute("data-event-id")
    ev = client.get(f"/api/events/{ev_id}").json()
    row.locator("a.event-link").click()
    page.wait_for_url(f"**/documents/{store_facts['seed_002']}?event={ev_id}*")
    card = page.locator(f"#ev-{ev_id}")
    assert "selected" in card.get_attribute("class")
    assert card.is_visible()
    trig = page.locator("#doc-text .sel.sel-trigger")
    assert trig.count() >= 1
    assert "".join(trig.all_text_contents()) == ev["trigger_text"]
    # the highlight is visible: its background is not transparent
    bg = trig.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    if ev.get("source_start") is not None:
        src = "".join(page.locator("#doc-text .sel.sel-source").all_text_contents())
        assert src == ev["source_text"]
    assert page.locator(f"#ev-{ev_id} .attribution").text_content().strip()
    page.screenshot(path=str(SCREENSHOTS / "document.png"), full_page=False)


def test_event_table_gives_the_evidence_room_and_marks_its_words(page, store_facts, client):
    # the table was cramped: dates broke over two lines and the evidence, unmarked, was squeezed to a narrow
    # column of a few words a line
    page.goto(f"/events?doc={store_facts['seed_002']}")
    rows = page.locator("tr.event-row")
    assert rows.count() >= 3
    for i in range(rows.count()):
        row = rows.nth(i)
        ev = client.get(f"/api/events/{row.get_attribute('data-event-id')}").json()
        cell = row.locator("td.sentence")
        assert cell.text_content() == ev["sentence_text"]  # marks add no text and drop none
        assert "".join(cell.locator(".hl.trigger").all_text_contents()) == ev["trigger_text"]
        if ev.get("source_start") is not None and ev["source_text"] in ev["sentence_text"]:
            assert ev["source_text"] in "".join(cell.locator(".hl.source").all_text_contents())
        if ev.get("target_start") is not None and ev["target_text"] in ev["sentence_text"]:
            assert ev["target_text"] in "".join(cell.locator(".hl.target").all_text_contents())
        date = row.locator("td.date")
        if ev.get("date"):
            # one line of text, not "2004-" over "03-17", and not cut off either: its text's rectangles are one
            lines = date.evaluate("e => { const r = document.createRange(); r.selectNodeContents(e); "
                                  "return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }")
            assert lines == 1 and date.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    table = page.locator("#event-table").bounding_box()
    evidence = rows.first.locator("td.sentence").bounding_box()
    assert evidence["width"] >= 0.33 * table["width"]
    # a narrow window scrolls the table sideways rather than squeezing the evidence
    page.set_viewport_size({"width": 760, "height": 900})
    assert rows.first.locator("td.sentence").bounding_box()["width"] >= 300
    page.screenshot(path=str(SCREENSHOTS / "events_narrow.png"), full_page=False)


def test_a_narrow_window_stacks_the_panels(page, store_facts):
    # at 500 px the map and the timeline stayed side by side (the timeline some 200 px wide), and the document's
    # text shared the width with its event cards
    page.set_viewport_size({"width": 500, "height": 900})
    page.goto("/")
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    m, t = page.locator("#map").bounding_box(), page.locator("#timeline").bounding_box()
    assert t["y"] >= m["y"] + m["height"] and t["width"] >= 400 and m["width"] >= 400, (m, t)
    page.goto(f"/documents/{store_facts['seed_002']}")
    text, card = page.locator("#doc-text").bounding_box(), page.locator(".event-card").first.bounding_box()
    assert card["y"] >= text["y"] + text["height"] and text["width"] >= 400, (text, card)
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.set_viewport_size({"width": 1400, "height": 1000})  # wide: side by side, as before
    page.goto("/")
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    m, t = page.locator("#map").bounding_box(), page.locator("#timeline").bounding_box()
    assert abs(t["y"] - m["y"]) < 200 and t["x"] > m["x"] + m["width"]


def test_hostile_document_renders_as_text(page, store_facts):
    from tests.api.conftest import PAYLOAD_TITLE

    for url in (f"/documents/{store_facts['hostile']}", f"/events?doc={store_facts['hostile']}", "/"):
        page.goto(url)
        page.wait_for_load_state("load")
        time.sleep(0.3)
        assert page.evaluate("() => window.__pwned === undefined")
    page.goto(f"/documents/{store_facts['hostile']}")
    assert page.locator("#doc-title").text_content() == PAYLOAD_TITLE
    text = page.locator("#doc-text").text_content()
    assert "<script>window.__pwned=1;alert(3)</script>" in text and "<img src=x onerror=alert(5)>" in text
    assert page.locator("#doc-text script, #doc-text img, #doc-text b, main img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.dialogs == []


def test_openapi_docs_render_offline(page):
    # Swagger UI comes from the package: with nothing reachable beyond this server, /docs lists the API
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock-summary-path", has_text="/api/events").count() >= 1
    assert page.locator(".swagger-ui .info .title", has_text="flashpoint").count() == 1
    assert not page.external, page.external


def test_pages_load_without_a_failed_request_or_console_error(page, store_facts):
    # every visit to the dashboard logged a red "404 (Not Found)" in the console: the browser's own request
    # for /favicon.ico, which nothing served
    failed: list[str] = []
    console: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console.append(str(e)))
    # the API's JSON too: a browser asks for /favicon.ico on any page of the server
    for url in ("/", "/events", f"/documents/{store_facts['seed_002']}", "/api/events?limit=1"):
        page.goto(url)
        page.wait_for_load_state("networkidle")
    assert failed == [] and console == [], (failed, console)


def test_clicking_marked_words_opens_their_event(page, store_facts):
    # the cards come 100 to a page; a word's card may be on another page, so the words lead to it
    page.goto(f"/documents/{store_facts['seed_002']}")
    span = page.locator("#doc-text .hl.trigger").nth(1)
    ev_id = span.get_attribute("data-events").split()[0]
    span.click()
    page.wait_for_url(f"**/documents/{store_facts['seed_002']}?event={ev_id}*")
    assert "selected" in page.locator(f"#ev-{ev_id}").get_attribute("class")
    assert page.locator("#doc-text .sel.sel-trigger").count() >= 1
