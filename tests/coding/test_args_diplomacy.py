"""Who did what to whom (issue 14), sixth round: a summoned diplomat, victims and suspects no dictionary names,
peacekeepers. Sentences written for these tests; every rule is checked for both sides of a dispute."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

# (dateline, summoner as written, its code, the diplomat as written, its code): each dispute from both capitals
SUMMONS = [
    ("BELGRADE", "Serbia's foreign ministry", "SRBGOV", "Kosovo's envoy", "XKXGOV"),
    ("PRISTINA", "Kosovo's foreign ministry", "XKXGOV", "Serbia's ambassador", "SRBGOV"),
    ("NEW DELHI", "India's foreign ministry", "INDGOV", "Pakistan's ambassador", "PAKGOV"),
    ("ISLAMABAD", "Pakistan's foreign ministry", "PAKGOV", "the Indian envoy", "INDGOV"),
    ("WARSAW", "Poland", "POL", "Belarus's charge d'affaires", "BLRGOV"),
    ("MINSK", "Belarus", "BLR", "Poland's charge d'affaires", "POLGOV"),
]


@pytest.mark.parametrize("place,who,wcode,diplomat,dcode", SUMMONS)
@pytest.mark.parametrize("purpose", [
    "", " to protest against the arrest of three police officers", " to lodge a strong protest",
    " over the arrest of three police officers", " to complain about the arrest of three police officers",
])
def test_summoning_a_diplomat_is_one_accusation_against_the_diplomat(code_text, place, who, wcode, diplomat, dcode,
                                                                      purpose):
    text = (f"{place}, May 3 (Reuters) - {who} summoned {diplomat} on Monday{purpose}, senior officials in the "
            "capital said on Tuesday evening.")
    roles = _roles(code_text(text))
    assert roles == [("ACCUSE", wcode, dcode)], (text, roles)


@pytest.mark.parametrize("place,who,code", [("BELGRADE", "Serbia", "SRB"), ("PRISTINA", "Kosovo", "XKX")])
def test_a_grievance_whose_noun_names_its_patient_does_not_accuse_the_patient(code_text, place, who, code):
    evs = code_text(f"{place}, May 3 (Reuters) - {who} complained to the United Nations on Monday over the arrest "
                    f"of three police officers.")
    assert _roles(evs, "complained") == [("ACCUSE", code, "IGOUNO")], _roles(evs)
