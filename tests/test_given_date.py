"""A document's given date (sidecar, feed row, POSTed field) in the forms a Serbian or European source writes:
numbers day first, month names in Serbian Latin and Cyrillic. Such a date left the document undated (a 'note'),
so a relative date in its text ("on Friday") was not resolved."""
from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint.ingest.given_date import read_given_date


@pytest.mark.parametrize("value, expected", [
    ("03/05/2024", date(2024, 5, 3)),          # day first, as in most of the world
    ("3.5.2024.", date(2024, 5, 3)),
    ("05/13/2024", date(2024, 5, 13)),         # only month first can read it
    ("3. maj 2024.", date(2024, 5, 3)),
    ("3. maja 2024. godine", date(2024, 5, 3)),
    ("17. MART 2004", date(2004, 3, 17)),
    ("3. мај 2024.", date(2024, 5, 3)),
    ("17. марта 2004. године", date(2004, 3, 17)),
    ("22 децембар 2023", date(2023, 12, 22)),
    ("avgust 30, 2024", date(2024, 8, 30)),
    ("2024-05-03", date(2024, 5, 3)),
])
def test_read(value, expected):
    assert read_given_date(value) == expected


@pytest.mark.parametrize("value", ["31. februara 2024.", "maj 2024", "Martha 3 2024", "20240503", "yesterday"])
def test_not_a_day(value):
    assert read_given_date(value) is None


def test_feed_and_sidecar_dates_in_serbian(tmp_path):
    from flashpoint.ingest.readers import read_file
    from flashpoint.records import Document

    feed = tmp_path / "feed.csv"
    feed.write_text("text,date\nPolice arrested two men in Novi Sad.,3. maja 2024.\n"
                    "Police detained a journalist in Nis.,17. марта 2004. године\n", encoding="utf-8")
    items = list(read_file(feed))
    assert all(isinstance(i, Document) for i in items), items
    assert [i.published for i in items] == [date(2024, 5, 3), date(2004, 3, 17)]
    assert all("unread_date" not in i.metadata for i in items)
    doc = tmp_path / "a.txt"
    doc.write_text("Police arrested two men in Belgrade yesterday.", encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text(json.dumps({"date": "4. avgusta 2024."}, ensure_ascii=False),
                                             encoding="utf-8")
    (d,) = list(read_file(doc))
    assert d.published == date(2024, 8, 4)
