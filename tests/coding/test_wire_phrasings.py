"""Common wire phrasings of sanctions, aid and labour strikes (issue 9), on sentences written for these tests.

Every case is mirrored across sides: the same phrasing is typed the same for whichever state or group does it."""
from __future__ import annotations

import pytest

from tests.conftest import types


@pytest.mark.parametrize("text,expected,mode", [
    # a diplomat told or ordered to leave is expelled
    ("Estonia on Monday ordered Russia's ambassador to leave the country within two weeks.", "SANCTION", "expel"),
    ("Russia on Monday ordered Estonia's ambassador to leave the country within two weeks.", "SANCTION", "expel"),
    ("Serbia told the Croatian ambassador to leave by Friday.", "SANCTION", "expel"),
    ("Croatia told the Serbian envoy to leave by Friday.", "SANCTION", "expel"),
    ("Kenya gave two Somali diplomats 48 hours to leave the country.", "SANCTION", "expel"),
    # relations lowered, visas stopped
    ("Lithuania lowered diplomatic relations with Belarus to the level of charge d'affaires.", "SANCTION", None),
    ("Belarus lowered diplomatic relations with Lithuania to the level of charge d'affaires.", "SANCTION", None),
    ("The Ethiopian government stopped issuing visas to Eritreans.", "SANCTION", None),
    ("The Eritrean government suspended the issuing of visas to Ethiopians.", "SANCTION", None),
    # aid flown or shipped in
    ("Japan flew relief supplies into Nepal on Friday.", "AID", None),
    ("China flew food and tents to Pakistan on Friday.", "AID", None),
    ("India sent two navy ships to Sri Lanka with food and medicine.", "AID", None),
    ("Sri Lanka sent two navy ships to the Maldives with relief supplies.", "AID", None),
    # a strike by workers, or a strike of days, is a labour strike, not an air strike
    ("Kenyan truck drivers launched a three-day strike on Monday.", "PROTEST", "boycott"),
    ("Nigerian unions launched a nationwide strike over fuel prices.", "PROTEST", "boycott"),
    ("Teachers in Chile launched a strike over pay.", "PROTEST", "boycott"),
])
def test_wire_phrasing(code_text, text, expected, mode):
    events = code_text(text)
    got = types(events)
    assert expected in got, [(e.event_type, e.mode, e.trigger_text) for e in events]
    if mode is not None:
        assert any(e.event_type == expected and e.mode == mode for e in events), [(e.event_type, e.mode) for e in events]


@pytest.mark.parametrize("text,expected", [
    # the senses these must not take over
    ("Israeli jets launched strikes on Hezbollah positions in southern Lebanon.", "ASSAULT"),
    ("Russian forces launched a missile strike on Kharkiv.", "ASSAULT"),
    ("Police ordered the protesters to leave the square.", None),
    ("The company flew its executives to London.", None),
])
def test_senses_kept(code_text, text, expected):
    events = code_text(text)
    got = types(events)
    if expected is None:
        assert "SANCTION" not in got and "AID" not in got, [(e.event_type, e.trigger_text) for e in events]
    else:
        assert expected in got and "PROTEST" not in got, [(e.event_type, e.trigger_text) for e in events]
