"""Column and key names as a spreadsheet or another tool writes them ('Text', 'Date ', 'TITLE'): a CSV exported
with 'Text,Date,Title' was refused ("CSV has no 'text' column (columns: ['Text', 'Date', 'Title'])")."""
from __future__ import annotations

import json
from datetime import date

from flashpoint.ingest import iter_documents
from flashpoint.records import Document, IngestError


def _docs(path):
    items = list(iter_documents([path]))
    assert all(isinstance(i, Document) for i in items), items
    return items


def test_csv_headers_in_any_case(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("Text, Date ,TITLE,Notes\nPolice arrested two men in Pirot.,2024-05-06,Arrests,x\n", encoding="utf-8")
    (d,) = _docs(f)
    assert d.text == "Police arrested two men in Pirot." and d.published == date(2024, 5, 6) and d.title == "Arrests"
    assert d.metadata.get("Notes") == "x"


def test_jsonl_keys_in_any_case(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"Text": "Police detained a reporter in Subotica.", "Date": "2024-05-06",
                             "URL": "https://example.org/a"}) + "\n", encoding="utf-8")
    (d,) = _docs(f)
    assert d.text.startswith("Police detained") and d.published == date(2024, 5, 6) and d.url == "https://example.org/a"


def test_parquet_columns_in_any_case(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    f = tmp_path / "shard.parquet"
    pq.write_table(pa.table({"Text": ["Police arrested two men in Nis."], "Date": ["2024-05-06"]}), f)
    (d,) = _docs(f)
    assert d.text == "Police arrested two men in Nis." and d.published == date(2024, 5, 6)


def test_an_exact_name_wins_and_no_text_is_still_an_error(tmp_path):
    f = tmp_path / "both.csv"
    f.write_text("text,Text\nthe real one,the other\n", encoding="utf-8")
    (d,) = _docs(f)
    assert d.text == "the real one"
    g = tmp_path / "none.csv"
    g.write_text("Body,Date\nx,2024-05-06\n", encoding="utf-8")
    (e,) = list(iter_documents([g]))
    assert isinstance(e, IngestError) and "has no 'text' column" in e.reason


def test_an_id_or_language_column_in_capitals_stays_metadata(tmp_path):
    f = tmp_path / "ids.csv"
    f.write_text("Text,ID,Language\nPolice arrested two men in Pirot.,A-17,English\n", encoding="utf-8")
    (d,) = _docs(f)
    assert d.metadata.get("ID") == "A-17" and d.metadata.get("Language") == "English" and d.language == "en"
