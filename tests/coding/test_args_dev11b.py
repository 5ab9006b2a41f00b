"""Who did what to whom (issue 14), sixteenth round, actors: a party the story calls the opposition stays the
opposition in its later bare mentions; unidentified attackers are placed by a capital named as where they acted;
fans are civilians. Sentences written for these tests; every rule is checked for both sides."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles


@pytest.mark.parametrize("place,party,code", [("DHAKA", "BNP", "BGD"), ("DHAKA", "Awami League", "BGD"),
                                              ("BUDAPEST", "Fidesz", "HUN"), ("BUDAPEST", "Tisza", "HUN")])
def test_a_party_the_story_calls_the_opposition_stays_the_opposition(code_text, place, party, code):
    evs = code_text(f"{place}, May 2 (Reuters) - Police arrested three leaders of the opposition {party} party on "
                    f"Tuesday. The {party} condemned the arrests.")
    assert [s for _, s, _ in _roles(evs, "condemned")] == [f"{code}OPP"], _roles(evs)


@pytest.mark.parametrize("place,party,code", [("DHAKA", "BNP", "BGD"), ("BUDAPEST", "Fidesz", "HUN")])
def test_a_party_not_called_the_opposition_keeps_its_role(code_text, place, party, code):
    evs = code_text(f"{place}, May 2 (Reuters) - The {party} condemned the arrests of three activists.")
    assert [s for _, s, _ in _roles(evs, "condemned")] == [f"{code}POL"], _roles(evs)


@pytest.mark.parametrize("place,capital,code", [("NAIROBI", "Kampala", "UGA"), ("KAMPALA", "Nairobi", "KEN")])
def test_unidentified_attackers_are_placed_by_the_capital_they_acted_in(code_text, place, capital, code):
    evs = code_text(f"{place}, Nov 26 (Reuters) - An official said. Assailants also attacked a prison in {capital}, "
                    f"a senior official said.")
    assert [s for _, s, _ in _roles(evs, "attacked")] == [f"{code}UAF"], _roles(evs)


@pytest.mark.parametrize("place,nation,code", [("AMSTERDAM", "Israeli", "ISR"), ("TEL AVIV", "Dutch", "NLD")])
def test_football_fans_are_civilians(code_text, place, nation, code):
    evs = code_text(f"{place}, Nov 8 (AP) - Attackers assaulted {nation} football fans overnight.")
    assert [t for _, _, t in _roles(evs, "assaulted")] == [f"{code}CVL"], _roles(evs)
