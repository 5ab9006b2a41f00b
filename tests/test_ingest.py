"""Ingest: formats, datelines, encodings, and bad input that must not stop a run."""
from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint.ingest import iter_documents
from flashpoint.records import Document, IngestError
from tests.conftest import SEED_000, SEED_002


def _items(*paths):
    return list(iter_documents([str(p) for p in paths]))


def test_seed_dateline_beats_crawl_date():
    d = _items(SEED_002)[0]
    assert d.published == date(2018, 3, 20)
    assert d.dateline == date(2004, 3, 17)
    assert d.anchor_date == date(2004, 3, 17)
    assert d.title == "The latest escalation of armed violence across Kosovo"


def test_seed_000_dateline():
    assert _items(SEED_000)[0].dateline == date(2024, 8, 30)


def test_document_id_is_stable_under_whitespace(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Serbia and Kosovo\r\nagreed.", encoding="utf-8")
    b.write_text("Serbia  and Kosovo agreed. ", encoding="utf-8")
    assert _items(a)[0].id == _items(b)[0].id


def test_html_boilerplate_removed(tmp_path):
    p = tmp_path / "page.html"
    body = "<p>" + "Kosovo police entered the municipal building in Zvečan on Friday morning. " * 4 + "</p>"
    p.write_text(f"<html><head><title>Police in Zvečan</title></head><body><nav>Home | About | Contact</nav>"
                 f"<article><h1>Police in Zvečan</h1>{body}</article><footer>Copyright 2023</footer></body></html>",
                 encoding="utf-8")
    d = _items(p)[0]
    assert isinstance(d, Document)
    assert "Zvečan" in d.text and "Copyright" not in d.text and "About" not in d.text


def test_jsonl_and_csv_rows_with_metadata(tmp_path):
    j = tmp_path / "docs.jsonl"
    j.write_text(json.dumps({"text": "Serbia condemned the attack.", "title": "A", "date": "2023-09-24",
                             "url": "https://example.org/a", "source": "Agency", "desk": "Balkans"}) + "\n"
                 + "{not json\n" + json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    items = _items(j)
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) == 1 and docs[0].published == date(2023, 9, 24) and docs[0].metadata == {"desk": "Balkans"}
    assert docs[0].publisher == "Agency" and docs[0].url == "https://example.org/a"
    assert [e.line for e in errs] == [2, 3] and all(str(j) in str(e) for e in errs)
    c = tmp_path / "docs.csv"
    c.write_text('text,title,date\n"Kosovo police arrested two men.",B,17.03.2004\n', encoding="utf-8")
    d = _items(c)[0]
    assert d.published == date(2004, 3, 17) and d.title == "B"


def test_folder_recursive_with_sidecar(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "s.txt").write_text("We urge the Government of Serbia to act.", encoding="utf-8")
    (tmp_path / "sub" / "s.txt.meta.json").write_text(json.dumps({"author": "European Union"}), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = _items(tmp_path)
    docs = [d for d in items if isinstance(d, Document)]
    assert len(docs) == 1 and docs[0].author == "European Union"
    # an unsupported file is reported, not skipped silently
    assert [str(e) for e in items if isinstance(e, IngestError)] == [
        f"{tmp_path / 'notes.md'}: unsupported file type '.md' (reads .txt, .html, .jsonl, .json, .csv, .tsv, .parquet)"]


def test_bad_inputs_give_one_line_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "bad.txt").write_bytes(b"Kosovo \x80\x81\xfe\xff\x90 police")
    (tmp_path / "ok.txt").write_text("Serbia protested.", encoding="utf-8")
    items = _items(tmp_path)
    errs = {e.path.rsplit("/", 1)[-1]: e.reason for e in items if isinstance(e, IngestError)}
    assert errs["empty.txt"] == "empty file"
    assert errs["binary.txt"].startswith("binary file")
    assert errs["bad.txt"].startswith("invalid UTF-8")
    assert all("\n" not in str(e) for e in items if isinstance(e, IngestError))
    assert [d.text for d in items if isinstance(d, Document)] == ["Serbia protested."]


def test_serbian_encodings(tmp_path):
    cyr = "Полиција Косова ушла је у Звечан. Вучић је осудио акцију."
    (tmp_path / "utf8.txt").write_text(cyr, encoding="utf-8")
    (tmp_path / "cp1251.txt").write_bytes(cyr.encode("cp1251"))
    lat = "Kosovska policija ušla je u Zvečan; Vučić je osudio akciju, a Đurić je tražio sastanak."
    (tmp_path / "cp1250.txt").write_bytes(lat.encode("cp1250"))
    docs = {d.path.rsplit("/", 1)[-1]: d for d in _items(tmp_path)}
    assert docs["utf8.txt"].text == cyr
    assert docs["cp1251.txt"].text == cyr
    assert docs["cp1250.txt"].text == lat


def test_huge_document_is_segmented(pipeline):
    from flashpoint.nlp import segments

    text = ("Serbia condemned the attack on the monastery. " * 40 + "\n\n") * 60
    segs = segments(text, 0)
    assert len(segs) > 1 and all(len(s.text) <= 20_000 for s in segs)
    assert all(text[s.offset:s.offset + len(s.text)] == s.text for s in segs)
    res = pipeline.process([Document.from_text(text)])[0]
    ev = res.events[0]
    assert text[ev.trigger_start:ev.trigger_end] == ev.trigger_text


def test_missing_path_and_url_errors(tmp_path):
    e = _items(tmp_path / "nope.txt")[0]
    assert isinstance(e, IngestError) and "no such file" in e.reason
    e = list(iter_documents(["http://127.0.0.1:9/none"]))[0]
    assert isinstance(e, IngestError) and e.reason.startswith("download failed")


def test_url_ingest_from_local_server(tmp_path):
    """http(s) sources are fetched and stripped like HTML files (a server on loopback, no network)."""
    import http.server
    import threading

    page = ("<html><head><title>Statement</title></head><body><nav>Menu</nav><article><p>"
            + "BELGRADE, March 17 - The Government of Serbia condemned the attacks on Serbs in Kosovo. " * 3
            + "</p></article></body></html>").encode("utf-8")

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *a):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        url = f"http://127.0.0.1:{srv.server_port}/statement"
        d = list(iter_documents([url]))[0]
    finally:
        srv.shutdown()
    assert isinstance(d, Document) and d.url == url and d.path is None
    assert "condemned the attacks" in d.text and "Menu" not in d.text


def test_language_guess_and_non_english_is_stored_not_coded(tmp_path, pipeline):
    from flashpoint.ingest.readers import guess_language

    assert guess_language("We urge the Government of Serbia to act and to protect the people.") == "en"
    assert guess_language("Полиција Косова ушла је у Звечан. Вучић је осудио акцију.") == "sr"
    doc = _items_text(tmp_path, "Полиција Косова ушла је у Звечан. Вучић је осудио акцију полиције.")
    assert doc.language == "sr"
    res = pipeline.process([doc])[0]
    assert res.events == [] and res.document is doc


@pytest.mark.parametrize("text", [
    "Sudan's army shelled Omdurman.",                 # a possessive's s is no Serbian 's'
    "Ukraine\u2019s drones hit Russia\u2019s refinery.",
    "U.S. forces killed militants",                    # an abbreviation's letters are no 'u' and 's'
    "Evo Morales resigned.",                           # a name's first word is no function word
    "De Mistura urged restraint.",
    "Sa'ad al-Hariri met Macron.",                     # nor is a name's particle
    "Troops killed al Qaeda commander",
    "Police bar journalists from Gaza",
])
def test_language_guess_short_english_is_not_serbian(text):
    from flashpoint.ingest.readers import guess_language

    assert guess_language(text) in ("en", "und")  # both are coded


@pytest.mark.parametrize("text", [
    "Kurti i Vučić su se sastali u Briselu.",
    "Policija je uhapsila dvojicu Srba na severu Kosova.",
    "A to je bilo sve.",
    "Полиција је ухапсила двојицу Срба.",
    "Vlada Srbije je u ponedeljak osudila hapšenje, a Priština je odbila zahtev.",
])
def test_language_guess_serbian_latin_and_cyrillic(text):
    from flashpoint.ingest.readers import guess_language

    assert guess_language(text) == "sr"


def _items_text(tmp_path, text):
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return _items(p)[0]


def test_parquet_shards_rows_metadata_and_errors(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from flashpoint.ingest.readers import count_documents

    rows = [{"text": "Serbia and Kosovo met in Brussels on Monday.", "title": "Talks", "date": date(2024, 3, 4),
             "url": "https://example.org/a", "desk": "Balkans"},
            {"text": "", "title": "empty", "date": None, "url": None, "desk": None},
            {"text": "The minister visited Belgrade.", "title": None, "date": date(2024, 3, 5), "url": None,
             "desk": "Europe"}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "shard.parquet", row_group_size=2)
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "notext.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    items = list(iter_documents([tmp_path]))
    docs = [i for i in items if isinstance(i, Document)]
    errs = [str(i) for i in items if isinstance(i, IngestError)]
    assert [d.text for d in docs] == [rows[0]["text"], rows[2]["text"]]
    assert docs[0].published == date(2024, 3, 4) and docs[0].url == "https://example.org/a"
    assert docs[0].metadata == {"desk": "Balkans"} and docs[1].path.endswith("shard.parquet#3")
    assert any("broken.parquet" in e and "Parquet" in e for e in errs)
    assert any("notext.parquet" in e and "no 'text' column" in e for e in errs)
    assert any("shard.parquet" in e and "empty 'text'" in e for e in errs)
    assert count_documents([str(tmp_path / "shard.parquet")]) == 3


def test_a_small_feed_yields_its_first_pass_documents_the_same_as_a_reread(tmp_path, monkeypatch):
    """A feed under `FEED_KEEP_CHARS` keeps the documents of its first pass (made again only where the feed dates
    them); a larger one is read again: both give the same documents and errors, in row order."""
    import subprocess
    import sys

    from flashpoint.ingest import readers
    from tests.test_dates import FEED

    rows = FEED + [{"text": ""}, {"title": "no text"}] + FEED[:3]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "not json\n", "utf-8")
    kept = list(iter_documents([path]))
    monkeypatch.setattr(readers, "FEED_KEEP_CHARS", -1)
    assert list(iter_documents([path])) == kept
    assert sum(isinstance(d, IngestError) for d in kept) == 3
    assert sum(1 for d in kept if isinstance(d, Document) and "feed_date" in d.metadata) == 4
    # the language guess reads spaCy's stop words without importing spaCy (a Ray reader process imports no model)
    code = ("import sys; from flashpoint.ingest.readers import guess_language as g; "
            "print(g('The talks will go on, the minister said.'), g('Ministar je rekao da će se razgovori nastaviti.'), "
            "'spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split() \
        == ["en", "sr", "False"]


def test_csv_quote_left_open_is_reported_not_coded(tmp_path):
    # a quoted field that never closes swallows every later line: the rows after it are lost, so the
    # reader names the line the broken record starts on instead of coding the rest of the file as one text
    c = tmp_path / "docs.csv"
    c.write_text('text,date\n"Police arrested two men in Pristina.",2024-02-01\n'
                 '"Talks resumed in Brussels, 2024-02-02\nSerbia recalled its envoy.,2024-02-03\n', encoding="utf-8")
    items = _items(c)
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert [d.text for d in docs] == ["Police arrested two men in Pristina."]
    assert len(errs) == 1 and errs[0].line == 3 and str(c) in str(errs[0]) and "quote" in str(errs[0])



def test_csv_quote_closed_by_the_next_row_is_reported_not_run_together(tmp_path):
    # a quote left open on one row and closed by the next row's opening quote made the two rows one text (the
    # second article inside the first, under the first's title and date); a cell that spans lines legitimately
    # is still read
    c = tmp_path / "docs.csv"
    c.write_text('text,title,date\n"Police arrested two men in Pristina.",One,2024-02-01\n'
                 '"Talks resumed in Brussels, Two,2024-02-02\n"China held military drills around Taiwan.",Three,2024-05-23\n'
                 '"Serbia recalled its envoy.\nKosovo protested.",Four,2024-02-04\n', encoding="utf-8")
    items = _items(c)
    assert [d.title for d in items if isinstance(d, Document)] == ["One", "Four"]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert len(errs) == 1 and errs[0].line == 3 and str(c) in str(errs[0])
    assert "closes on line 4 with more text after it, so lines 3-4 ran together" in str(errs[0])


def test_csv_stray_quote_stays_lenient(tmp_path):
    # a quote inside an unquoted cell ends at its line, so the row is still read (as spreadsheets read it)
    c = tmp_path / "docs.csv"
    c.write_text('text,date\n"Police fired" tear gas,2024-02-01\nSerbia recalled its envoy.,2024-02-03\n',
                 encoding="utf-8")
    assert [i.text for i in _items(c)] == ["Police fired tear gas", "Serbia recalled its envoy."]


def _json_items(tmp_path, name, content):
    from flashpoint.ingest.readers import iter_documents

    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    return list(iter_documents([str(p)]))


def test_json_array_of_records_is_read_record_by_record(tmp_path):
    import json as _json

    from flashpoint.records import Document, IngestError

    recs = [{"title": "Talks", "text": "Serbia and Kosovo resumed talks in Brussels on Monday."},
            "not a record",
            {"title": "Clash", "text": "Police clashed with protesters in Zvečan.", "date": "2023-05-29"}]
    items = _json_items(tmp_path, "feed.json", _json.dumps(recs, ensure_ascii=False))
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert [d.title for d in docs] == ["Talks", "Clash"]
    assert docs[0].path.endswith("feed.json#1") and docs[1].path.endswith("feed.json#3")
    assert "Zvečan" in docs[1].text
    assert len(errs) == 1 and errs[0].line == 2 and "record is a string" in str(errs[0])


def test_json_object_holding_records_or_one_record(tmp_path):
    from flashpoint.records import Document

    held = _json_items(tmp_path, "export.json", '{"count": 1, "documents": [{"text": "The army withdrew from the town."}]}')
    one = _json_items(tmp_path, "one.json", '{"title": "A", "text": "The minister resigned on Friday."}')
    assert [type(i) for i in held] == [Document] and [type(i) for i in one] == [Document]


def test_malformed_or_recordless_json_is_one_line_naming_file_line_and_column(tmp_path):
    from flashpoint.records import IngestError

    bad = _json_items(tmp_path, "bad.json", '[{"text": "one"},\n {"text": "two",}]')
    assert len(bad) == 1 and isinstance(bad[0], IngestError)
    assert "bad.json" in str(bad[0]) and "line 2 column" in str(bad[0]) and "\n" not in str(bad[0])
    none = _json_items(tmp_path, "none.json", '{"count": 0}')
    assert len(none) == 1 and isinstance(none[0], IngestError) and "no 'text' field" in none[0].reason


def test_a_sidecar_that_cannot_be_used_is_a_note_and_the_file_is_read(tmp_path):
    # a sidecar with a trailing comma was ignored without a word: the file lost its author and date
    from flashpoint.ingest.readers import read_file
    from flashpoint.records import Document, IngestError

    doc = tmp_path / "a.txt"
    doc.write_text("Serbian police arrested two men in Mitrovica yesterday.", encoding="utf-8")
    for content, reason in (('{"author": "Kosovo Police", "date": "2024-05-03",}', "malformed JSON: Expecting"),
                            ('["Kosovo Police"]', "a list, not an object such as"),
                            (b"\xff\xfe{", "not UTF-8")):
        side = tmp_path / "a.txt.meta.json"
        side.write_bytes(content if isinstance(content, bytes) else content.encode())
        items = list(read_file(doc))
        notes = [i for i in items if isinstance(i, IngestError)]
        assert [type(i) for i in items] == [IngestError, Document] and notes[0].note, items
        assert notes[0].path == str(side) and notes[0].reason.startswith(reason), notes[0]
        assert notes[0].reason.endswith("; a.txt was read without its metadata")
    side.write_text('{"author": "Kosovo Police", "date": "2024-05-03"}', encoding="utf-8")
    (d,) = list(read_file(doc))
    assert d.author == "Kosovo Police" and str(d.published) == "2024-05-03"


def test_a_date_no_reader_understands_is_a_note_kept_in_the_metadata(tmp_path):
    # a feed whose date column read '20240503' or 'yesterday' gave documents with no date and no word why
    from flashpoint.ingest.readers import read_file
    from flashpoint.records import Document, IngestError

    feed = tmp_path / "feed.csv"
    feed.write_text("text,date\nSerbian police arrested two men in Mitrovica.,20240503\n"
                    "Kosovo police detained a journalist in Zvecan.,2024-05-04\n", encoding="utf-8")
    items = list(read_file(feed))
    assert [type(i) for i in items] == [Document, IngestError, Document], items
    note = items[1]
    assert note.note and (note.path, note.line) == (str(feed), 2)
    assert note.reason.startswith("date '20240503' is not a date flashpoint reads")
    assert items[0].published is None and items[0].metadata["unread_date"] == "20240503"
    assert str(items[2].published) == "2024-05-04" and "unread_date" not in items[2].metadata


def test_a_feed_with_no_records_says_so(tmp_path):
    # a CSV with its header only, an empty JSON list and an empty Parquet shard read nothing and said nothing:
    # in a folder they were silently passed over, alone the run exited 1 without naming the file
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "header.csv").write_text("text,date\n", encoding="utf-8")
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    (tmp_path / "listed.json").write_text('{"documents": []}', encoding="utf-8")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "empty.parquet")
    (tmp_path / "ok.csv").write_text("text\nSerbia protested.\n", encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    errs = {e.path.rsplit("/", 1)[-1]: e.reason for e in items if isinstance(e, IngestError)}
    assert errs == {"header.csv": "no rows under the header", "none.json": "no records (an empty list)",
                    "listed.json": "no records (an empty list)", "empty.parquet": "no rows"}
    assert [d.text for d in items if isinstance(d, Document)] == ["Serbia protested."]
