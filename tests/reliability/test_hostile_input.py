"""Issue 16: hostile text, terminal and spreadsheet injection, edited documents, small CLI failures."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.sanitize import clean_for_coding, csv_cell, for_terminal
from flashpoint.store import Store

runner = CliRunner()

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\\u202etxt.exe"


def _code(*args: str):
    return runner.invoke(app, ["code", "--quiet", *args])


def test_markup_in_file_name_is_one_line_error(tmp_path):
    db = tmp_path / "s.duckdb"
    r = _code(str(tmp_path / "missing[/x]"), "--db", str(db))
    assert r.exit_code == 2
    assert "missing[/x]: no such file, folder or URL" in r.output
    assert not db.exists()  # nothing to read: no empty store is created


def test_markup_in_text_and_title_is_kept_and_does_not_lose_the_batch(tmp_path):
    (tmp_path / "a.txt").write_text("Serbia condemned the attack on the monastery in Pec.", encoding="utf-8")
    (tmp_path / "b[red]x.txt").write_text("[updated] Kosovo police [/x] arrested two men near Zvecan [bold].",
                                        encoding="utf-8")
    (tmp_path / "c[bold].pdf").write_bytes(b"%PDF-1.4 junk")
    db = tmp_path / "s.duckdb"
    r = _code(str(tmp_path), "--db", str(db))
    assert r.exit_code == 0, r.output
    assert "c[bold].pdf: unsupported file type '.pdf'" in r.output
    with Store(db, read_only=True) as s:
        assert s.counts()["documents"] == 2
    r = runner.invoke(app, ["show", "b[red]x.txt", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "[updated] Kosovo police [/x] arrested" in r.output


def test_terminal_escapes_never_reach_the_terminal(tmp_path):
    text = ("Kosovo police arrested two men near Zvecan on Tuesday, a police spokesman said. " * 4) + ESCAPES
    (tmp_path / "evil.txt").write_text(text, encoding="utf-8")
    (tmp_path / "evil.txt.meta.json").write_text(json.dumps({"title": "T\x1b[31mred", "author": "A\x1b]0;x\x07"}),
                                                 encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert _code(str(tmp_path), "--db", str(db)).exit_code == 0
    for args in (["show", "evil.txt"], ["events"], ["events", "--format", "table"]):
        r = runner.invoke(app, [*args, "--db", str(db)])
        assert r.exit_code == 0, r.output
        assert "\x1b" not in r.output and "\u202e" not in r.output and "\x07" not in r.output
    assert for_terminal("a\x1bb\u202ec\nd\te") == "a\ufffdb\ufffdc\nd\te"


def test_csv_exports_neutralize_formulas(tmp_path):
    (tmp_path / "f.txt").write_text('Protesters in Belgrade chanted "=HYPERLINK(1)" and attacked the police.',
                                    encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert _code(str(tmp_path), "--db", str(db)).exit_code == 0
    out = tmp_path / "x.csv"
    assert runner.invoke(app, ["export", str(out), "--db", str(db)]).exit_code == 0
    r = runner.invoke(app, ["events", "--format", "csv", "--db", str(db)])
    for content in (out.read_text("utf-8"), r.stdout):
        rows = list(csv.reader(io.StringIO(content)))
        assert len(rows) > 1
        cells = [c for row in rows[1:] for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not c[1:2].isdigit())]
    assert csv_cell("---GOV") == "'---GOV" and csv_cell("=1+1") == "'=1+1" and csv_cell("SRBGOV") == "SRBGOV"


def test_edited_document_replaces_its_old_version(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Serbian police arrested two Kosovo Albanians in Presevo.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert _code(str(a), "--db", str(db)).exit_code == 0
    a.write_text("Kosovo police arrested two Serbs in Zvecan.", encoding="utf-8")
    assert _code(str(a), "--db", str(db)).exit_code == 0
    with Store(db, read_only=True) as s:
        assert s.counts()["documents"] == 1
        assert "Zvecan" in s.document("a.txt")["text"]
        assert all("Presevo" not in e["sentence_text"] for e in s.query_events())


def test_author_run_is_idempotent(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("We urge the Government of Serbia to release the detained journalists.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    first = _code(str(a), "--db", str(db), "--author", "European Union")
    assert "1 coded" in first.output
    again = _code(str(a), "--db", str(db), "--author", "European Union")
    assert "0 coded, 1 unchanged" in again.output
    other = _code(str(a), "--db", str(db), "--author", "OSCE")  # a different author re-codes
    assert "1 coded" in other.output


def test_invisible_characters(pipeline):
    from flashpoint.ingest.readers import make_document

    plain = "Kosovo police arrested two men in Zvecan."
    text = "Kosovo police ar\u200brested two\u00a0men in \u2066Zvecan\u2069."
    d, d0 = make_document(text), make_document(plain)
    assert d.id == d0.id  # one invisible character does not make a second document
    ev = [e for e in pipeline.process([d])[0].events if e.event_type == "COERCE"]
    assert ev and text[ev[0].trigger_start:ev[0].trigger_end] == "ar\u200brested"
    clean, offsets = clean_for_coding(text)
    assert clean == plain and offsets[len(clean)] == len(text)


def test_semicolon_csv(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text("title;text;date\nA;Serbia condemned the attack in Pec.;2024-05-01\n"
                 "B;Kosovo police arrested two men.;2024-05-02\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    r = _code(str(p), "--db", str(db))
    assert r.exit_code == 0 and "2 coded" in r.output, r.output


def test_deeply_nested_html(tmp_path):
    html = "<html><body>" + "<div>" * 400 + "<p>Kosovo police arrested two men in Zvecan.</p>" + "</div>" * 400
    (tmp_path / "deep.html").write_text(html + "</body></html>", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    r = _code(str(tmp_path / "deep.html"), "--db", str(db))
    assert r.exit_code == 0 and "1 coded" in r.output, r.output


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symlink_loop_and_unsupported_only_folder_fail(tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    r = _code(str(tmp_path), "--db", str(tmp_path / "s.duckdb"))
    assert r.exit_code == 1
    assert "loop: broken or looping symbolic link" in r.output and "x.pdf: unsupported file type" in r.output


def test_serbian_latin_is_not_run_through_the_english_coder(tmp_path):
    text = "Predsednik Srbije je rekao da se situacija na Kosovu pogoršava i da su Srbi ugroženi u Zvečanu."
    (tmp_path / "sr.txt").write_bytes(text.encode("cp1250"))
    r = _code(str(tmp_path / "sr.txt"), "--db", str(tmp_path / "s.duckdb"))
    assert r.exit_code == 0 and "not coded" in r.output and "not English" in r.output


@pytest.mark.parametrize("args, message", [
    (["events", "--type", "ATTACK"], "is not a PLOVER type"),
    (["events", "--from", "2024-02-01", "--to", "2024-01-01"], "is later than --to"),
    (["events", "--from", "yesterday"], "is not a date"),
])
def test_bad_filters_fail_clearly(tmp_path, args, message):
    (tmp_path / "a.txt").write_text("Kosovo police arrested two men.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    _code(str(tmp_path / "a.txt"), "--db", str(db))
    r = runner.invoke(app, [*args, "--db", str(db)])
    assert r.exit_code == 2 and message in r.output


def test_export_to_missing_folder_and_geo_missing_file(tmp_path):
    (tmp_path / "a.txt").write_text("Kosovo police arrested two men.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    _code(str(tmp_path / "a.txt"), "--db", str(db))
    r = runner.invoke(app, ["export", str(tmp_path / "nodir" / "x.parquet"), "--db", str(db)])
    assert r.exit_code == 2 and "no such folder" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["geo", f"@{tmp_path / 'missing.txt'}"])
    assert r.exit_code == 2 and "missing.txt: cannot read" in r.output


def test_version():
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output.startswith("flashpoint ")


def test_size_and_time_limits(tmp_path):
    (tmp_path / "small.txt").write_text("Kosovo police arrested two men in Zvecan.", encoding="utf-8")
    (tmp_path / "big.txt").write_text("Serbia condemned the attack in Pec. " * 200, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    r = _code(str(tmp_path), "--db", str(db), "--max-chars", "1000")
    assert r.exit_code == 0 and "big.txt: document too large (7,200 chars > 1,000)" in r.output, r.output
    with Store(db, read_only=True) as s:
        assert s.counts()["documents"] == 1  # the big one is absent, not half-coded
    r = _code(str(tmp_path / "big.txt"), "--db", str(db), "--doc-timeout", "0.000001")
    assert "coding took longer than" in r.output, r.output
    with Store(db, read_only=True) as s:
        assert s.counts()["documents"] == 1


def test_clean_for_coding_matches_a_per_character_reading():
    """The fast cleaner (cut at changed characters) gives what reading each character in turn gives."""
    import random
    import unicodedata

    from flashpoint.sanitize import is_invisible

    def slow(text: str):
        out, offsets = [], []
        for i, ch in enumerate(text):
            if is_invisible(ch):
                continue
            norm = unicodedata.normalize("NFKC", ch)
            if not norm or (len(norm) > 1 and unicodedata.combining(norm[0])):
                norm = ch
            out.append(norm)
            offsets += [i] * len(norm)
        return "".join(out), offsets + [len(text)]

    rng = random.Random(7)
    alphabet = list("ab -]^[\\") + ["\u200b", "\u00ad", "\u202e", "\ufb01", "\u00a0", "\uff21", "\u0301", "\u00e9",
                                    "\u2019", "\u00bd", "\u2126", "\u0627", "\ufeff", "\u3000", "\U0001d400", "\u0344"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        clean, offsets = clean_for_coding(text)
        want = slow(text)
        if offsets is None:
            assert clean == text and want[0] == text
        else:
            assert (clean, list(offsets)) == want, repr(text)
