"""Datelines and relative dates."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.dates import find_dateline, find_published, resolve_in_sentence


@pytest.mark.parametrize("text,expected", [
    ("2018-03-20T12:38:14+00:00 17. 03. 2004.|News|", date(2004, 3, 17)),
    ("BELGRADE, March 17 (Reuters) - Serbian police ...", date(2004, 3, 17)),
    ("Pristina, 17 March 2004 - Kosovo ...", date(2004, 3, 17)),
    ("17.03.2004 Statement of the Government", date(2004, 3, 17)),
    ("Friday, January 4, 2019\n\nAn apartment building", date(2019, 1, 4)),
    ("Published 2004-03-17 by the Office", date(2004, 3, 17)),
    ("30. Aug 2024.\nWe urge", date(2024, 8, 30)),
])
def test_dateline_formats(text, expected):
    published = find_published(text) or date(2004, 3, 20)
    assert find_dateline(text, published)[0] == expected


def test_crawl_timestamp_is_not_a_dateline():
    assert find_dateline("2018-03-20T12:38:14+00:00 News") is None
    assert find_published("2018-03-20T12:38:14+00:00 News") == date(2018, 3, 20)


def test_relative_dates_resolve_against_anchor():
    anchor = date(2004, 3, 17)  # a Wednesday
    assert resolve_in_sentence(["yesterday"], anchor)[0] == date(2004, 3, 16)
    assert resolve_in_sentence(["on Tuesday"], anchor)[0] == date(2004, 3, 16)
    assert resolve_in_sentence(["Monday"], anchor)[0] == date(2004, 3, 15)
    assert resolve_in_sentence(["March 15"], anchor)[0] == date(2004, 3, 15)
    assert resolve_in_sentence(["the past year and a half"], anchor) is None


def test_event_date_uses_dateline_and_relative_text(code_text):
    text = "PRISTINA, March 18 (Reuters) - Kosovo police arrested two Serbs on Tuesday, officials said."
    evs = code_text(text, published=date(2004, 3, 20))
    ev = next(e for e in evs if e.event_type == "COERCE")
    assert ev.date == date(2004, 3, 16) and ev.date_source == "text"
