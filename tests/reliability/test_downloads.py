"""Issue 16: downloads against local servers: deadline, size cap, content types."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flashpoint.ingest.readers import read_url
from flashpoint.records import Document, IngestError

ARTICLE = b"<html><body><p>Kosovo police arrested two men in Zvecan on Tuesday, officials said.</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        if self.path == "/ok":
            self._head("text/html", len(ARTICLE))
            self.wfile.write(ARTICLE)
        elif self.path == "/trickle":
            self._head("text/plain")
            try:
                for _ in range(100):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                pass
        elif self.path == "/huge":
            self._head("text/plain")  # no Content-Length: the cap must hold while streaming
            try:
                for _ in range(10_000):
                    self.wfile.write(b"y" * 65536)
            except OSError:
                pass
        elif self.path == "/huge-declared":
            self._head("text/plain", 500_000_000)
        elif self.path == "/json":
            self._head("application/json", 2)
            self.wfile.write(b"{}")
        elif self.path == "/pdf":
            self._head("application/pdf", 4)
            self.wfile.write(b"%PDF")

    def _head(self, ctype, length=None):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def _one(url, **kw):
    items = list(read_url(url, **kw))
    assert len(items) == 1
    return items[0]


def test_ok(server):
    d = _one(server + "/ok")
    assert isinstance(d, Document) and "arrested" in d.text


def test_trickle_gives_up_within_the_deadline(server):
    t0 = time.monotonic()
    e = _one(server + "/trickle", deadline=2.0, timeout=10.0)
    assert isinstance(e, IngestError) and "longer than 2 s" in e.reason
    assert time.monotonic() - t0 < 4.0


def test_stream_over_the_cap_is_refused_without_reading_it_whole(server):
    e = _one(server + "/huge", max_bytes=1_000_000)
    assert isinstance(e, IngestError) and "too large" in e.reason
    e = _one(server + "/huge-declared", max_bytes=1_000_000)
    assert isinstance(e, IngestError) and "500,000,000 bytes" in e.reason


@pytest.mark.parametrize("path, ctype", [("/json", "application/json"), ("/pdf", "application/pdf")])
def test_non_text_content_types_are_refused(server, path, ctype):
    e = _one(server + path)
    assert isinstance(e, IngestError) and ctype in e.reason
