"""What a new user meets on the command line: names of CSV rows, full one-line errors, the run summary
(duplicates, documents the coder cannot read), summary tables that say when they are cut, export formats, and
the README's alert example."""
from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from tests.conftest import ROOT, SEED_000, SEED_002

runner = CliRunner()

SERBIAN = "Полиција Косова ушла је у Звечан. Вучић је осудио акцију полиције и затражио помоћ."


def _code(*args: str) -> object:
    r = runner.invoke(app, ["code", *args])
    assert r.exit_code == 0, r.output
    return r


def _summary_line(output: str) -> str:
    return next(line for line in output.splitlines() if "events written" in line)



def _query(db, sql: str) -> list[tuple]:
    """Rows of one query on a store, opened read-only and closed again."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()

def test_csv_row_is_named_by_the_line_it_starts_on(tmp_path):
    # a record whose cells hold line breaks spans several lines; its name is where it starts (line 2), as an
    # editor shows it, not where the reader finished it (line 4)
    c = tmp_path / "notes.csv"
    c.write_text('text,note\n"Serbian police arrested two men in Mitrovica on 3 May 2024.","first\nsecond\nthird"\n'
                 '"Kosovo police detained a journalist in Zvecan on 4 May 2024.",x\n', encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    _code(str(c), "--db", str(db), "-q")
    paths = sorted(r[0] for r in _query(db, "SELECT path FROM documents"))
    assert paths == [f"{c}#2", f"{c}#5"]
    r = runner.invoke(app, ["show", f"{c}#2", "--db", str(db)])
    assert r.exit_code == 0 and f"{c}#2" in r.output and "Mitrovica" in r.output


def test_jsonl_errors_name_file_line_and_the_whole_reason(tmp_path):
    j = tmp_path / "feed.jsonl"
    j.write_text(json.dumps({"text": "Serbian police arrested two men in Mitrovica on 3 May 2024."}) + "\n"
                 + '{"text": "Talks resumed", "title": }\n["a", "list"]\n{"text": 42}\n', encoding="utf-8")
    r = _code(str(j), "--db", str(tmp_path / "fp.duckdb"), "-q")
    lines = r.output.splitlines()
    assert f"skipped {j}:2: malformed JSON: Expecting value at column 36" in lines
    assert f"skipped {j}:3: record is a list, not an object with a 'text' field" in lines
    assert f"skipped {j}:4: 'text' field is a number, not a string" in lines
    assert "1 coded" in _summary_line(r.output) and "3 skipped with errors" in _summary_line(r.output)


def test_export_to_an_unsupported_extension_names_the_formats(tmp_path):
    db = tmp_path / "fp.duckdb"
    _code(str(SEED_000), "--db", str(db), "-q")
    out = tmp_path / "events.xlsx"
    r = runner.invoke(app, ["export", str(out), "--db", str(db)])
    assert r.exit_code == 2 and not out.exists()
    assert r.output.strip() == (f"error: {out}: cannot export to '.xlsx'; the supported formats are .parquet, .jsonl "
                                "and .csv (the file's extension, or --format parquet|jsonl|csv)")
    r = runner.invoke(app, ["export", str(out), "--db", str(db), "--format", "csv"])
    assert r.exit_code == 0 and out.stat().st_size > 0  # a name the user chose, in a format named outright


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A folder with an English statement, the same text under another name, and a Serbian text."""
    d = tmp_path_factory.mktemp("mixed")
    src = d / "in"
    src.mkdir()
    text = SEED_002.read_text("utf-8")
    (src / "a.txt").write_text(text, encoding="utf-8")
    (src / "b_copy.txt").write_text(text, encoding="utf-8")
    (src / "c_sr.txt").write_text(SERBIAN, encoding="utf-8")
    return src, d / "fp.duckdb"


def test_summary_counts_non_english_and_duplicates_apart(mixed):
    src, db = mixed
    r = _code(str(src), "--db", str(db), "-q")
    summary = _summary_line(r.output)
    # one document coded; the copy and the Serbian text are skipped, each with its reason
    assert summary.startswith("1 coded, 0 unchanged, 1 skipped as duplicates, "
                              "1 skipped as not English (stored, not coded), 0 skipped with errors;"), summary
    assert f"duplicate {src / 'b_copy.txt'}: the same text as {src / 'a.txt'}" in r.output
    assert f"not coded {src / 'c_sr.txt'}: not English" in r.output
    # a re-run: the documents read before are unchanged, and the copy is still named a copy
    r = _code(str(src), "--db", str(db), "-q")
    assert _summary_line(r.output).startswith("0 coded, 2 unchanged, 1 skipped as duplicates, 0 skipped with errors;")
    assert f"duplicate {src / 'b_copy.txt'}: the same text as {src / 'a.txt'}" in r.output


def test_events_by_date_says_when_it_is_cut_and_how_to_see_all(tmp_path):
    rows = [{"text": f"Serbian police arrested {n} protesters in Mitrovica on {d} May 2024.", "date": f"2024-05-{d:02d}"}
            for d, n in zip(range(1, 32), ["two", "three", "four", "five", "six"] * 7)]
    rows += [{"text": f"Kosovo police detained a journalist in Zvecan on {d} June 2024.", "date": f"2024-06-{d:02d}"}
             for d in range(1, 6)]
    j = tmp_path / "days.jsonl"
    j.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    r = _code(str(j), "--db", str(db))
    n_dates = _query(db, "SELECT count(DISTINCT date) FROM events")[0][0]
    assert n_dates > 30
    table = r.output.split("events by date", 1)[1]
    assert len(re.findall(r"\d{4}-\d\d-\d\d", table)) == 30
    assert f"first 30 of {n_dates} dates; --summary-rows 0 lists them all" in " ".join(table.split())
    r = _code(str(j), "--db", str(db), "--summary-rows", "0")  # nothing new to code: the tables alone
    table = r.output.split("events by date", 1)[1]
    assert len(re.findall(r"\d{4}-\d\d-\d\d", table)) == n_dates and "first 30" not in table


def _logical_lines(lines: list[str]) -> list[str]:
    """An alert's printed lines with the terminal's wrapping undone: a new line starts at an alert heading, its
    explanation (the line after the heading), an act or the closing '... and N more acts'."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line:
            continue
        if (not out or line.startswith(("  - act ", "  ... and ")) or re.match(r"^(zscore_\w+|changepoint) ", line)
                or re.match(r"^(zscore_\w+|changepoint) ", out[-1])):
            out.append(line)
        else:
            out[-1] += " " + line
    return out


# the shape of each line `flashpoint alerts` prints; checked against the CLI and the README alike
ALERT_LINES = [
    r"(zscore_count|zscore_share|changepoint) (dyad|country|admin1) (?P<key>\S+)  \d{4}-\d\d-\d\d \.\. "
    r"\d{4}-\d\d-\d\d \((day|week|month)\)( ─+)?",
    r".+; \d+ acts? from \d+ documents?, \d+ sources? \(rule: >= \d+ documents, >= \d+ sources\)",
    r'  - act [0-9a-f]{8} \d{4}-\d\d-\d\d [A-Z]+ \S*>\S* .*\[\d+ docs?\]: ".*" \(.+\)',
    r"  \.\.\. and \d+ more acts? \(SELECT \* FROM alert_evidence WHERE alert_id = '[0-9a-f]+'\)",
]


def _shape(line: str) -> int:
    return next((k for k, rx in enumerate(ALERT_LINES) if re.fullmatch(rx, line)), -1)


def test_readme_alert_example_is_what_the_cli_prints(tmp_path):
    # an arrest a month for seven months, then ten in one month: one country series that alerts
    months = ["January", "February", "March", "April", "May", "June", "July"]
    days = [(k, m, 10) for k, m in enumerate(months, 1)] + [(8, "August", d) for d in range(1, 20, 2)]
    j = tmp_path / "burst.jsonl"
    j.write_text("".join(json.dumps({"text": f"Serbian police arrested two men in Mitrovica on {d} {m} 2024.",
                                     "date": f"2024-{k:02d}-{d:02d}", "source": "Agency"}) + "\n"
                         for k, m, d in days), encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    _code(str(j), "--db", str(db), "-q")
    r = runner.invoke(app, ["alerts", "--db", str(db), "--grain", "month", "--level", "country", "--min-sources", "1"])
    assert r.exit_code == 0, r.output
    printed = _logical_lines([ln for ln in r.stdout.splitlines()])
    assert printed, r.output
    shapes = [_shape(line) for line in printed]
    assert -1 not in shapes, printed[shapes.index(-1)]  # the patterns describe what the CLI prints
    assert set(shapes) == {0, 1, 2, 3}, printed
    keys = {re.fullmatch(ALERT_LINES[0], ln)["key"] for ln in printed if _shape(ln) == 0}

    readme = (ROOT / "README.md").read_text("utf-8")
    command = "flashpoint alerts --grain month --level country --min-sources 1"
    assert f"`flashpoint code corpus/ && {command}`" in readme
    block = readme.split(command, 1)[1].split("```\n", 1)[1].split("```", 1)[0]
    example = _logical_lines(block.splitlines())
    assert [_shape(line) for line in example] == [0, 1, 2, 2, 2, 3], example
    # country series are keyed as the store keys them (ISO alpha-3 here: 'XKX', so 'GBR', never 'GB')
    key = re.fullmatch(ALERT_LINES[0], example[0])["key"]
    assert keys and all(len(k) == len(key) and k.isupper() for k in keys), (keys, key)
    # the example's options are the CLI's
    assert runner.invoke(app, ["alerts", "--db", str(db), *command.split()[2:], "--json"]).exit_code == 0


def test_other_files_in_a_folder_are_ignored_not_errors(tmp_path):
    # the bundled corpus keeps its SOURCES.md beside the texts: the README's first command must not end in an error
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED_000.read_text("utf-8"), encoding="utf-8")
    (folder / "SOURCES.md").write_text("# where the texts come from\n", encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    r = _code(str(folder), "--db", str(db), "-q")
    assert f"ignored {folder / 'SOURCES.md'}: unsupported file type '.md'" in r.output
    assert ", 0 skipped with errors, 1 other file ignored;" in _summary_line(r.output)
    # named outright, a file flashpoint cannot read is an error, and a run that read nothing fails
    r = runner.invoke(app, ["code", str(folder / "SOURCES.md"), "--db", str(db), "-q"])
    assert r.exit_code == 1 and f"skipped {folder / 'SOURCES.md'}: unsupported file type '.md'" in r.output
    assert "1 skipped with errors" in _summary_line(r.output)


def test_indicators_out_names_its_formats_and_unwritable_places_in_one_line(tmp_path):
    db = tmp_path / "fp.duckdb"
    _code(str(SEED_000), "--db", str(db), "-q")
    out = tmp_path / "series.xlsx"
    r = runner.invoke(app, ["indicators", "--db", str(db), "--out", str(out)])
    assert r.exit_code == 2 and not out.exists()
    assert r.output.strip() == f"error: {out}: cannot write '.xlsx'; the supported formats are .csv and .parquet"
    out = tmp_path / "no" / "such" / "series.csv"
    r = runner.invoke(app, ["indicators", "--db", str(db), "--out", str(out)])
    assert r.exit_code == 1 and len(r.output.strip().splitlines()) == 1, r.output
    assert r.output.startswith(f"error: {out}: cannot write (") and "No such file or directory" in r.output


def test_a_cut_json_line_reads_as_one_sentence(tmp_path):
    # Python's message for a cut string ends in "at": the line read "starting at at column 29"
    j = tmp_path / "feed.jsonl"
    j.write_text('{"title": "broken", "text": "This line is cut off\n'
                 + json.dumps({"text": "Serbian police arrested two men in Mitrovica on 3 May 2024."}) + "\n",
                 encoding="utf-8")
    r = _code(str(j), "--db", str(tmp_path / "fp.duckdb"), "-q")
    assert f"skipped {j}:1: malformed JSON: Unterminated string starting at column 29" in r.output.splitlines()
    assert "at at" not in r.output


def test_events_with_no_coded_side_are_counted_apart_from_the_dyads(tmp_path):
    # the pronoun "he" and an unknown guitarist: an event with neither side coded, which led the bundled
    # corpus's dyad table as "? -> ?"
    j = tmp_path / "feed.jsonl"
    j.write_text(json.dumps({"text": "Born in Arroyo Grande on June 23, 1941, he met future guitarist Jerry Garcia "
                                     "when both were in their late teens.", "date": "2024-05-05"}) + "\n"
                 + json.dumps({"text": "Serbian police arrested two protesters in Mitrovica on 4 May 2024.",
                               "date": "2024-05-05"}) + "\n", encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    r = _code(str(j), "--db", str(db))
    alone = _query(db, "SELECT count(*) FROM events WHERE source_code IS NULL AND target_code IS NULL")[0][0]
    assert alone >= 1
    table = r.output.split("top dyads (source -> target; whole store)", 1)[1].split("events by date (whole store)", 1)[0]
    assert "? -> ?" not in table and "SRBCOP -> XKXCVL" in table
    assert "? = that side has no coded actor" in table
    assert f"{alone} event{'s' if alone > 1 else ''} with neither side coded (no dyad)" in " ".join(table.split())


def test_indicators_table_says_when_it_is_cut(tmp_path):
    db = tmp_path / "fp.duckdb"
    _code(str(SEED_000), str(SEED_002), "--db", str(db), "-q")
    r = runner.invoke(app, ["indicators", "--db", str(db), "--level", "country", "--grain", "day", "--limit", "1"])
    assert r.exit_code == 0, r.output
    n = _query(db, "SELECT count(*) FROM indicators_country WHERE grain = 'day'")[0][0]
    assert n > 1
    assert f"first 1 of {n} rows (--limit N shows more, --out FILE writes all)" in " ".join(r.output.split())


def test_eval_of_a_file_that_is_not_gold_says_what_gold_is(tmp_path):
    c = tmp_path / "wire.csv"
    c.write_text("title,text\nA,Serbian police arrested two men.\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", str(c)])
    assert r.exit_code != 0 and len(r.output.strip().splitlines()) == 1, r.output
    assert r.output.startswith(f"error: {c}:1: malformed gold line (Expecting value); a flashpoint gold file is JSONL")
    assert "docs/gold-format.md" in r.output


@pytest.mark.parametrize("content, reason", [
    ("", "no gold items (empty, or only comments)"),
    ("# a header only\n\n", "no gold items (empty, or only comments)"),
    ('[1, 2]\n', ":1: a gold item is a JSON object with a 'text' field, not a list"),
    ('{"id": "a", "events": []}\n', ":1: a gold item needs a 'text' string (or a 'path' to a text file), found nothing"),
    ('{"text": "Police arrested a man.", "events": "ARREST"}\n', ":1: 'events' is a list of event objects"),
])
def test_eval_of_an_empty_or_misshapen_gold_file_is_one_line(tmp_path, content, reason):
    # an empty file scored nothing, printed nothing and exited 0; a list or an item without text was a traceback
    g = tmp_path / "gold.jsonl"
    g.write_text(content, encoding="utf-8")
    r = runner.invoke(app, ["eval", str(g)])
    assert r.exit_code != 0 and len(r.output.strip().splitlines()) == 1, r.output
    assert r.output.startswith(f"error: {g}") and reason in r.output and "docs/gold-format.md" in r.output


def test_one_file_however_it_is_named_is_no_duplicate_of_itself(tmp_path, monkeypatch):
    # named twice in one run, it was "duplicate docs/a.txt: the same text as docs/a.txt"; read again from its own
    # folder as 'a.txt' it was a duplicate of the 'docs/a.txt' stored earlier (that relative path was resolved
    # against the new working folder), not unchanged
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(SEED_002.read_text("utf-8"), encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    monkeypatch.chdir(tmp_path)
    r = _code("docs/a.txt", str(docs / "a.txt"), "docs", "--db", str(db), "-q")
    assert "duplicate" not in r.output, r.output
    assert _summary_line(r.output).startswith("1 coded, 0 unchanged, 0 skipped with errors;")
    monkeypatch.chdir(docs)
    r = _code("a.txt", "--db", str(db), "-q")
    assert "duplicate" not in r.output, r.output
    assert _summary_line(r.output).startswith("0 coded, 1 unchanged, 0 skipped with errors;")
    assert _query(db, "SELECT path FROM documents") == [("docs/a.txt",)]
    # a copy under another name is still named a copy
    (docs / "b.txt").write_text(SEED_002.read_text("utf-8"), encoding="utf-8")
    r = _code("b.txt", "--db", str(db), "-q")
    assert "duplicate b.txt: the same text as docs/a.txt" in r.output


def test_show_finds_a_document_by_its_file_however_it_is_named(tmp_path, monkeypatch):
    # 'show /abs/docs/a.txt' and, from docs/, 'show a.txt' found nothing for a file stored as 'docs/a.txt';
    # 'show feed.jsonl#1' could print row 12 ('feed.jsonl#12' contains it too)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(SEED_002.read_text("utf-8"), encoding="utf-8")
    rows = [{"text": f"Serbian police arrested {n} protesters in Mitrovica on {d} May 2024.", "title": f"row {d}"}
            for d, n in zip(range(1, 13), ["two", "three", "four", "five", "six", "seven"] * 2)]
    (docs / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    monkeypatch.chdir(tmp_path)
    _code("docs", "--db", str(db), "-q")
    a_id = _query(db, "SELECT id FROM documents WHERE path = 'docs/a.txt'")[0][0]

    def shown(ref: str) -> str:
        r = runner.invoke(app, ["show", ref, "--db", str(db)])
        assert r.exit_code == 0, r.output
        return r.output.splitlines()[0]

    for ref in ("docs/a.txt", str(docs / "a.txt"), "./docs/a.txt"):
        assert f"({a_id})" in shown(ref), ref
    assert "row 1 " in shown("docs/feed.jsonl#1") and "row 1 " in shown(f"{docs / 'feed.jsonl'}#1")
    monkeypatch.chdir(docs)
    assert f"({a_id})" in shown("a.txt") and "row 12 " in shown("feed.jsonl#12")


def test_show_says_unknown_for_a_document_without_a_date(tmp_path):
    # a document with no date printed "published None  dateline None"
    doc = tmp_path / "note.txt"
    doc.write_text("Kosovo police arrested two men near the border crossing.", encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    _code(str(doc), "--db", str(db), "-q")
    r = runner.invoke(app, ["show", str(doc), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "None" not in r.output and "published unknown" in r.output, r.output


@pytest.mark.parametrize("content, reason", [
    ("persons: [\n  bad", "malformed YAML (did not find expected ',' or ']' at line 3, column 1)"),
    ("- Zeta Brigade\n", "entry 1 of the list is a string, not a mapping with 'name' or 'names'"),
    ("persons: 5\n", "'persons' is a list of entries, not a number"),
    ("person:\n  - name: Zeta\n", "unknown section 'person' (the sections are organizations, persons, sectors"),
    ("organizations:\n  - country: COD\n", "entry 1 of organizations needs 'name' (a string) or 'names'"),
    ("name,country\nZeta,COD\n", "a YAML mapping (organizations, persons, sectors, communities) or a list of "
                                 "entries, not a string"),
])
def test_a_malformed_actors_file_is_one_line_before_anything_is_read(tmp_path, content, reason):
    # each was a Python traceback from deep in the dictionary's loader
    mine = tmp_path / "mine.yaml"
    mine.write_text(content, encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    r = runner.invoke(app, ["code", str(SEED_000), "--db", str(db), "--actors", str(mine)])
    assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1, r.output
    assert r.output.startswith(f"error: {mine}: not a usable actor dictionary: {reason}")
    assert "--stub" in r.output and not db.exists()


def test_a_filled_in_stub_is_a_usable_actors_file(tmp_path):
    from flashpoint.actors.dictionary import user_file_problem
    from flashpoint.actors.stub import write_stub

    stub = tmp_path / "stub.yaml"
    write_stub(stub, [("Zeta Brigade", 3, 'He said "the Zeta Brigade attacked".')])
    assert user_file_problem(stub) is None
    write_stub(stub, [])
    assert user_file_problem(stub) is None


@pytest.mark.parametrize("args", [["clusters", "--distance-km", "-5"], ["alerts", "--z", "-1"],
                                  ["alerts", "--min-documents", "0"], ["alerts", "--history", "0"]])
def test_out_of_range_numbers_are_refused_with_the_option_named(tmp_path, args):
    # a negative distance or threshold used to be accepted silently and give empty or meaningless results
    r = runner.invoke(app, [*args, "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2, r.output
    assert args[1] in r.output and "greater than or equal" in r.output, r.output
    assert not (tmp_path / "none.duckdb").exists()


def test_limit_0_lists_every_row_as_summary_rows_0_does(tmp_path):
    # 'indicators --limit 0' printed no row ("first 0 of 12 rows") where 'code --summary-rows 0' prints them all;
    # 'clusters --limit 0' printed an empty table and 'events --limit 0' nothing, while '--limit -1' was accepted
    db = tmp_path / "fp.duckdb"
    _code(str(SEED_000), str(SEED_002), "--db", str(db), "-q")
    n = _query(db, "SELECT count(*) FROM events")[0][0]
    r = runner.invoke(app, ["indicators", "--db", str(db), "--level", "country", "--grain", "day", "--limit", "0"])
    assert r.exit_code == 0, r.output
    rows = _query(db, "SELECT count(*) FROM indicators_country WHERE grain = 'day'")[0][0]
    assert rows > 1 and f"{rows} rows; SQL" in " ".join(r.output.split()) and "first 0" not in r.output
    r = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--limit", "0"])
    assert r.exit_code == 0 and len(r.output.strip().splitlines()) == n, r.output
    r = runner.invoke(app, ["clusters", "--db", str(db), "--limit", "1"])
    acts = _query(db, "SELECT count(*) FROM clusters")[0][0]
    assert acts > 1 and f"first 1 of {acts} acts" in r.output, r.output
    r = runner.invoke(app, ["clusters", "--db", str(db), "--limit", "0"])
    assert r.exit_code == 0 and "first " not in r.output and f"{acts} acts from" in r.output, r.output
    for cmd in (["indicators"], ["events"], ["clusters"], ["actors"]):
        r = runner.invoke(app, [*cmd, "--db", str(db), "--limit", "-1"])
        assert r.exit_code == 2 and "--limit" in r.output and "greater than or equal to 0" in r.output, r.output


def test_show_lists_the_documents_an_ambiguous_reference_fits(tmp_path):
    # 'show feed' printed one of the two rows of feed.jsonl, without a word that another one fits too
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Serbian police arrested two men in Mitrovica on 3 May 2024.", "title": "one"})
                    + "\n" + json.dumps({"text": "Kosovo police detained a journalist in Zvecan on 4 May 2024.",
                                         "title": "two"}) + "\n", encoding="utf-8")
    db = tmp_path / "fp.duckdb"
    _code(str(feed), "--db", str(db), "-q")
    ids = dict(_query(db, "SELECT path, id FROM documents"))
    r = runner.invoke(app, ["show", "feed", "--db", str(db)])
    assert r.exit_code == 1, r.output
    assert r.output.splitlines()[0] == f"error: 'feed' matches 2 documents in {db}; give more of the id or the path:"
    for path, doc_id in ids.items():
        assert f"  {doc_id[:12]}  {path}  " in r.output, r.output
    # a reference that fits one document, or one exactly, still shows it
    r = runner.invoke(app, ["show", f"{feed}#2", "--db", str(db)])
    assert r.exit_code == 0 and f"({ids[f'{feed}#2']})" in r.output.splitlines()[0], r.output
    r = runner.invoke(app, ["show", ids[f"{feed}#1"][:8], "--db", str(db)])
    assert r.exit_code == 0 and "Mitrovica" in r.output, r.output


def test_input_read_but_not_used_is_a_note_not_an_error(tmp_path):
    # a malformed sidecar and a date column in a form no reader knows were dropped without a word
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Serbian police arrested two men in Mitrovica yesterday.", encoding="utf-8")
    (src / "a.txt.meta.json").write_text('{"author": "Kosovo Police",}', encoding="utf-8")
    (src / "feed.jsonl").write_text(json.dumps({"text": "Kosovo police detained five protesters in Zvecan.",
                                                     "date": "yesterday"}) + "\n", encoding="utf-8")
    r = _code(str(src), "--db", str(tmp_path / "fp.duckdb"), "-q")
    lines = r.output.splitlines()
    assert f"note {src / 'a.txt.meta.json'}: malformed JSON: Expecting property name enclosed in double " \
           "quotes at column 28; a.txt was read without its metadata" in lines, r.output
    assert f"note {src / 'feed.jsonl'}:1: date 'yesterday' is not a date flashpoint reads (2024-05-03, " \
           "3 May 2024, RFC 2822, ...): the document's dates come from its text" in lines, r.output
    assert _summary_line(r.output).startswith("2 coded, 0 unchanged, 0 skipped with errors, 2 notes on input not "
                                              "used (read all the same);"), r.output


@pytest.mark.parametrize("kind", ["folder", "text", "port"])
def test_serve_refuses_what_it_cannot_serve_before_starting(tmp_path, kind, monkeypatch):
    # a folder or a text file as --db served every page as a 503; '--port 99999' was an OverflowError traceback
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("the server started"))
    db = tmp_path / "notes.txt"
    db.write_text("not a store\n" * 3, encoding="utf-8")
    args = {"folder": ["--db", str(tmp_path)], "text": ["--db", str(db)],
            "port": ["--db", str(tmp_path / "new.duckdb"), "--port", "99999"]}[kind]
    r = runner.invoke(app, ["serve", *args])
    assert r.exit_code == 2 and (kind == "port" or len(r.output.strip().splitlines()) == 1), r.output
    assert {"folder": f"error: {tmp_path}: a folder, not a store file", "text": f"error: {db}: not a DuckDB store",
            "port": "Invalid value for '--port'"}[kind] in r.output, r.output


def test_geo_says_when_a_text_names_no_place():
    # an empty table and nothing else: was the text read, was the gazetteer there?
    r = runner.invoke(app, ["geo", "Nothing in this sentence is a place."])
    assert r.exit_code == 0 and "no place name found" in r.output
    r = runner.invoke(app, ["geo", "Nothing in this sentence is a place.", "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []


def test_eval_on_a_store_without_the_gold_texts_says_so(tmp_path):
    # `eval GOLD --db STORE` on a store that holds none of the gold texts scored every event as missed (F1 0.000)
    # without a word; holding some, the others counted as missed silently
    gold = tmp_path / "gold.jsonl"
    texts = ["Farmers blocked a motorway near Lyon on Monday.", "Dockworkers struck at the port of Antwerp."]
    gold.write_text("".join(json.dumps({"id": f"g{i}", "text": t, "events": [{"event_type": "PROTEST"}]}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    one = tmp_path / "one.txt"
    one.write_text(texts[0], encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Students marched through Lisbon.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    _code(str(other), "--db", str(db))
    r = runner.invoke(app, ["eval", str(gold), "--db", str(db)])
    assert r.exit_code == 1 and "none of the 2 gold texts" in r.output and "flashpoint code" in r.output
    _code(str(one), "--db", str(db))
    r = runner.invoke(app, ["eval", str(gold), "--db", str(db)])
    assert r.exit_code == 0 and "1 of the 2 gold texts is not in" in r.output


def test_eval_with_an_unknown_format_names_the_formats():
    r = runner.invoke(app, ["eval", str(ROOT / "tests" / "gold" / "kosovo_serbia.jsonl"), "--format", "xml"])
    assert r.exit_code == 2 and "unknown gold format 'xml'" in r.output
    assert all(f in r.output for f in ("flashpoint", "actors", "plover", "petrarch", "re3d", "gwn"))
