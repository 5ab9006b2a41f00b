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


@pytest.mark.parametrize("text,name,country", [
    # a family name written first is the person a later bare family name means, for every side alike
    ("North Korean leader Kim Jong Un met South Korean President Moon Jae-in in Panmunjom on Friday. "
     "Kim thanked Moon for the meeting.", "Kim", "PRK"),
    ("Chinese President Xi Jinping met Vietnamese leader Nguyen Phu Trong in Hanoi on Tuesday. "
     "Nguyen thanked Xi for the visit.", "Nguyen", "VNM"),
    ("South Korean Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi in Beijing on Monday. "
     "Park thanked Wang for the talks.", "Wang", "CHN"),
    ("Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Park Jin in Seoul on Monday. "
     "Wang thanked Park for the talks.", "Park", "KOR"),
])
def test_a_bare_family_name_written_first_keeps_the_persons_code(code_text, text, name, country):
    events = [e for e in code_text(text) if e.trigger_text == "thanked"]
    got = [(m.text, m.code) for e in events for m in (e.source, e.target) if m is not None]
    assert any(t == name and (c or "")[:3] == country for t, c in got), got


@pytest.mark.parametrize("text,name,wrong", [
    # the second of two parties left in one mention is not coded as the first: Kim is not the U.S.'s, nor Biden China's
    ("U.S. President Donald Trump and North Korean leader Kim Jong Un signed a joint statement in Singapore. "
     "Kim thanked Trump for the meeting.", "Kim", "USA"),
    ("Chinese President Xi Jinping and U.S. President Joe Biden signed a joint statement in Bali. "
     "Biden thanked Xi for the meeting.", "Biden", "CHN"),
])
def test_the_second_party_of_one_mention_keeps_its_own_code(code_text, text, name, wrong):
    events = [e for e in code_text(text) if e.trigger_text == "thanked"]
    got = [(m.text, m.code) for e in events for m in (e.source, e.target) if m is not None]
    assert not any(t == name and (c or "")[:3] == wrong for t, c in got), got
