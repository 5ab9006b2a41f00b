"""A known person's two given names followed by an unknown surname name someone else."""
from __future__ import annotations

from datetime import date

from flashpoint.actors import ActorResolver


def test_given_names_of_a_known_person_then_an_unknown_surname():
    r = ActorResolver()
    when = date(2024, 5, 1)
    # Bangladesh's president is "Abdul Hamid"; Libya's prime minister is not him
    code = r.resolve("Abdul-Hamid Dbeibah", when=when)
    assert code is None or code.country != "BGD", code
    assert r.resolve("Libyan Prime Minister Abdul-Hamid Dbeibah", when=when).country == "LBY"
    assert r.resolve("President Abdul Hamid", when=when).country == "BGD"
    assert r.resolve("Mohammed bin Salman", when=when).country == "SAU"

