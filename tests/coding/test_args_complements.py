"""Who did what to whom (issue 14), targets in complements: an act with no target of its own takes the one of the act
it commits to, refuses or threatens; a request takes the agent it asks to act. Sentences written for these tests;
every rule is checked for both sides (neutrality)."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

SIDES = [("Serbia", "SRB", "Kosovo", "XKX"), ("Kosovo", "XKX", "Serbia", "SRB"),
         ("Russia", "RUS", "Ukraine", "UKR"), ("Ukraine", "UKR", "Russia", "RUS"),
         ("Israel", "ISR", "Lebanon", "LBN"), ("Lebanon", "LBN", "Israel", "ISR")]


@pytest.mark.parametrize("a,ca,b,cb", SIDES)
def test_an_agreement_takes_the_target_of_what_is_agreed(code_text, a, ca, b, cb):
    evs = code_text(f"{a} has agreed to re-open its border to {b}, officials said on Monday.")
    assert ("AGREE", ca, cb) in _roles(evs, "agreed"), _roles(evs)


@pytest.mark.parametrize("a,ca,b,cb", SIDES)
def test_a_push_for_someone_to_act_is_a_request_to_them(code_text, a, ca, b, cb):
    evs = code_text(f"{a} is pushing hard for {b} to support its peace plan, officials said on Monday.")
    assert ("REQUEST", ca, cb) in _roles(evs, "pushing"), _roles(evs)


@pytest.mark.parametrize("a,ca,b,cb", SIDES)
def test_a_threat_of_acts_in_a_country_is_aimed_at_it(code_text, a, ca, b, cb):
    evs = code_text(f"{a} threatened on Monday to resume military operations in {b}.")
    assert _roles(evs, "threatened") == [("THREATEN", ca, cb)], _roles(evs)


@pytest.mark.parametrize("a,ca,b,cb", SIDES[:2])
def test_an_act_told_after_is_not_the_aim(code_text, a, ca, b, cb):
    # "after" tells when, not what was refused: the refusal has no target of its own
    evs = code_text(f"{a} refused to comment after meeting {b} on Monday.")
    assert all(t is None for _, _, t in _roles(evs, "refused")), _roles(evs)


@pytest.mark.parametrize("place,code", [("TBILISI", "GEO"), ("KYIV", "UKR"), ("MOSCOW", "RUS")])
def test_parents_urged_to_act_are_civilians_of_the_place(code_text, place, code):
    evs = code_text(f"{place}, Dec 1 - The interior ministry urged parents to keep their children away from the "
                    "protest area.")
    assert _roles(evs, "urged") == [("REQUEST", f"{code}GOV", f"{code}CVL")], _roles(evs)


@pytest.mark.parametrize("a,ca,b,cb", SIDES)
def test_a_warning_beside_an_accusation_is_addressed_to_the_accused(code_text, a, ca, b, cb):
    evs = code_text(f"{a} accused {b} of destroying bilateral relations and warned that the step would not go "
                    "unanswered.")
    assert ("THREATEN", ca, cb) in _roles(evs, "warned"), _roles(evs)


@pytest.mark.parametrize("a,ca,b,cb", SIDES[:2])
def test_a_joint_act_in_the_complement_names_no_target(code_text, a, ca, b, cb):
    # PLOVER codes "Jordan and Britain have agreed to hold exercises" with no target: the partner of the talks is
    # one of the agreeing parties themselves
    evs = code_text(f"{a} and {b} have agreed to hold talks this month.")
    assert {t for _, _, t in _roles(evs, "agreed")} == {None}, _roles(evs)


@pytest.mark.parametrize("place,attacker,victims,condemner", [
    ("BEIRUT", "Israeli jets", "two Hezbollah commanders", "Lebanon's prime minister"),
    ("JERUSALEM", "Hezbollah fighters", "two Israeli officers", "Israel's prime minister"),
])
def test_a_condemned_killing_told_without_its_killer_names_no_culprit(code_text, place, attacker, victims,
                                                                      condemner):
    # the killing was told by its noun alone: the earlier strike's author is not thereby its author
    evs = code_text(f"{place}, Oct 21 - {attacker} struck a village near the border on Monday, days after the "
                    f"killing of {victims}. {condemner} condemned the killings.")
    assert [t for _, _, t in _roles(evs, "condemned")] == [None], _roles(evs)


@pytest.mark.parametrize("place,attacker,acode,condemner", [
    ("BEIRUT", "Israeli troops", "ISRMIL", "Lebanon's prime minister"),
    ("JERUSALEM", "Hezbollah fighters", "LBNREB", "Israel's prime minister"),
])
def test_a_condemned_killing_told_with_its_killer_names_them(code_text, place, attacker, acode, condemner):
    evs = code_text(f"{place}, Oct 21 - {attacker} killed two soldiers near the border on Monday. {condemner} "
                    "condemned the killings.")
    assert [t for _, _, t in _roles(evs, "condemned")] == [acode], _roles(evs)


@pytest.mark.parametrize("a,ca,b,cb", [("Russian", "RUS", "Ukrainian", "UKR"), ("Ukrainian", "UKR", "Russian", "RUS"),
                                       ("Serbian", "SRB", "Kosovo", "XKX"), ("Kosovo", "XKX", "Serbian", "SRB")])
def test_a_hunger_strike_in_protest_of_a_government_is_against_it(code_text, a, ca, b, cb):
    evs = code_text(f"A group of {a} prisoners are continuing a hunger strike in protest of the {b} government's "
                    "refusal to release them.")
    assert ("PROTEST", f"{ca}CVL", f"{cb}GOV") in _roles(evs, "continuing"), _roles(evs)


@pytest.mark.parametrize("a,ca,b,cb", [("Serbia", "SRB", "Kosovo", "XKX"), ("Kosovo", "XKX", "Serbian", "SRB")])
def test_opposing_the_deployment_of_a_force_is_aimed_at_it(code_text, a, ca, b, cb):
    evs = code_text(f"{a} opposed the deployment of {b} police in the north.")
    assert _roles(evs, "opposed") == [("REJECT", ca, f"{cb}COP")], _roles(evs)
