"""Bad option values, unknown options or commands and missing arguments: the real entry point (``main``) says so in
one line naming the command, like every other error, and exits 2 (the new-user trial met typer's usage boxes)."""
from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("args,needle", [
    (["events", "--format", "xml"], "--format must be table, jsonl or csv"),
    (["events", "--from", "notadate"], "'notadate' is not a date"),
    (["events", "--bogus"], "No such option: --bogus"),
    (["nosuchcmd"], "No such command 'nosuchcmd'"),
    (["code"], "Missing argument"),
])
def test_usage_errors_are_one_line(tmp_path, args, needle):
    db = ["--db", str(tmp_path / "x.duckdb")] if args[0] == "events" else []
    r = subprocess.run([sys.executable, "-m", "flashpoint.cli", *args, *db], capture_output=True, text=True,
                       timeout=120)
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert r.returncode == 2, r.stderr
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], r.stderr
    assert "╭" not in r.stderr and "Traceback" not in r.stderr


def test_help_still_prints_and_exits_0():
    r = subprocess.run([sys.executable, "-m", "flashpoint.cli", "events", "--help"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and "--format" in r.stdout
