"""Screenshot the dashboard of a store in Debian's headless Chromium (the README's picture).

    flashpoint code corpus/ --db flashpoint.duckdb
    python scripts/screenshot_dashboard.py flashpoint.duckdb docs/dashboard.png
"""
from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path


def main(db: str, out: str, chromium: str = "/usr/bin/chromium") -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from flashpoint.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--headless", "--disable-gpu"])
            page = b.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("#map[data-ready='1']", timeout=30_000)
            page.wait_for_selector("#timeline[data-ready='1']", timeout=30_000)
            page.screenshot(path=out)
            b.close()
    finally:
        server.should_exit = True
    print(f"wrote {out} ({Path(out).stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python scripts/screenshot_dashboard.py STORE.duckdb OUT.png")
    main(sys.argv[1], sys.argv[2])
