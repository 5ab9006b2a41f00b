"""`flashpoint serve` starts uvicorn on localhost and answers the API and the dashboard."""
from __future__ import annotations

import socket
import subprocess
import sys
import time


def test_serve_command(api_store):
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "serve", "--db", str(api_store), "--port",
                             str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/events?limit=2", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read()
                assert time.monotonic() < deadline, "flashpoint serve did not answer within 60 s"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["count"] == 2
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
    assert "127.0.0.1" in proc.stdout.read()  # bound to localhost by default
