"""A state's adjective before a people it holds as a community names that community, as the place's name does:
"Bosnian Serbs" like "Kosovo Serbs", for every people and state alike."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

WHEN = date(2023, 6, 1)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text,code", [
    ("Bosnian Serbs", "BIHCVLsrb"),
    ("Bosnian Croats", "BIHCVLhrv"),
    ("Macedonian Albanians", "MKDCVLalb"),
    ("Serbian Albanians", "SRBCVLalb"),
    ("Croatian Serbs", "HRVCVLsrb"),
    ("Montenegrin Serbs", "MNECVLsrb"),
    ("Kosovo Serbs", "XKXCVLsrb"),
    ("Kosovo Albanians", "XKXCVLalb"),
    ("Kosovo Croats", "XKXCVLhrv"),
])
def test_community_named_by_state_adjective_or_place(r, text, code):
    assert r.resolve(text, when=WHEN).code == code


def test_a_people_the_state_does_not_list_stays_the_states(r):
    # no community list names them: the adjective's state, as before
    assert r.resolve("Russian Ukrainians", when=WHEN).country == "RUS"
    assert r.resolve("Ukrainian Russians", when=WHEN).country == "UKR"
