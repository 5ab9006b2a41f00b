"""Who did what to whom (issue 14), fourteenth round, from the failures of wire_args_dev9 (written before tuning)
and the cases left by the thirteenth session: unidentified attackers placed where they acted, an exile's base, the
accused's country, the speaker as "he", sector nouns of a place, condemned violence and its victims, free relatives,
time clauses, weapons fired by someone, and fights between one plural party. Sentences written for these tests;
every rule is checked for both sides (each pair coded from both capitals)."""
from __future__ import annotations

import pytest

from tests.coding.roles import roles_of as _roles

# (dateline, country as named, its code, the other country as named, its code)
STATES = [
    ("FREETOWN", "Sierra Leone", "SLE", "Guinea", "GIN"),
    ("CONAKRY", "Guinea", "GIN", "Sierra Leone", "SLE"),
]
# (dateline, the side speaking, its code, the other side, its code)
KOSOVO = [
    ("PRISTINA", "Kosovo", "XKX", "Serbia", "SRB"),
    ("BELGRADE", "Serbian", "SRB", "Kosovo", "XKX"),
]


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_unidentified_attackers_are_placed_where_they_acted(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Nov 26 (Reuters) - Unidentified gunmen attacked the military armoury in {a}'s capital "
                    f"early on Sunday. Minister Chernor Kamara said the retreating assailants had attacked a police "
                    f"barracks.")
    assert [s for _, s, _ in _roles(evs, "attacked")] == [f"{ca}UAF", f"{ca}UAF"], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_an_exiles_base_is_not_his_country(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, July 4 (Reuters) - Opposition figure Aman Kalimbetov, the {b}-based leader of the "
                    f"pro-independence Alga party, accused the government of carrying out a punitive operation.")
    assert [(s or "")[:3] for _, s, _ in _roles(evs, "accused")] == [ca], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", KOSOVO)
def test_the_accused_country_places_no_one_and_he_is_the_speaker(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Sept 24 - {a} police chief Gazmend Muharremi said a police officer was killed in an "
                    f"attack he blamed on support from {b}.")
    assert _roles(evs, "killed") == [("ASSAULT", None, f"{ca}COP")], _roles(evs)
    assert _roles(evs, "blamed") == [("ACCUSE", f"{ca}COP", cb)], _roles(evs)


@pytest.mark.parametrize("text,code", [
    ("militants in Kosovo monastery siege", "XKXREB"), ("militants in a Serbian monastery", "SRBREB"),
    ("soldiers at a school in Mali", "MLIMIL"), ("gunmen at a church in Nigeria", "NGAUAF"),
    ("students at a school in Mali", "MLIEDU"),
])
def test_a_sector_noun_of_the_place_says_nothing_of_who_is_there(text, code):
    from flashpoint.actors.resolver import ActorResolver
    a = ActorResolver().resolve(text)
    assert a is not None and a.code == code, a


@pytest.mark.parametrize("text,code", [("Rioters", "CVL"), ("Military officers", "MIL"), ("Opponents", "OPP"),
                                       ("A 19-year-old", "CVL"), ("two 17-year-olds", "CVL"), ("A 22-year-old gendarme", "COP"),
                                       ("the warring tribes", "CVL")])
def test_role_nouns(text, code):
    from flashpoint.actors.resolver import ActorResolver
    a = ActorResolver().resolve(text)
    assert a is not None and a.sector == code, a


@pytest.mark.parametrize("place,a,ca,b,cb", KOSOVO)
def test_the_victims_of_condemned_violence_are_not_the_accused(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, May 29 - {a} police fired tear gas at protesters on Monday. The European Union "
                    f"condemned the violence against the protesters.")
    assert _roles(evs, "condemned") == [("ACCUSE", "IGOEU", None)], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", [("NICOSIA", "Cyprus", "CYP", "Turkish", "TUR"),
                                             ("ANKARA", "Turkey", "TUR", "Greek", "GRC")])
def test_what_a_speaker_called_an_attack_by_x_accuses_x(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, Aug 18 (AFP) - {a} condemned what it called an unacceptable attack by the {b} "
                    f"occupying forces.")
    assert _roles(evs, "condemned") == [("ACCUSE", ca, f"{cb}MIL")], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", [("TUNIS", "Tunisian", "TUN", "Algerian", "DZA"),
                                             ("ALGIERS", "Algerian", "DZA", "Tunisian", "TUN")])
def test_the_subject_of_a_time_clause_goes_on_with_the_main_subject(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place}, April 18 (Reuters) - {a} police arrested three senior officials of the opposition "
                    f"party on Tuesday, hours after they detained the party's leader.")
    assert [s for _, s, _ in _roles(evs, "detained")] == [f"{ca}COP"], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_a_weapon_fired_by_someone_is_theirs(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place} (AFP) - A 19-year-old was killed by a bullet fired by a member of the security forces "
                    f"in {a}'s capital, his father said.")
    assert [(s or "")[:3] for _, s, _ in _roles(evs, "killed")] == [ca], _roles(evs)
    assert [t for _, _, t in _roles(evs, "killed")] == [f"{ca}CVL"], _roles(evs)


@pytest.mark.parametrize("place,a,ca,b,cb", STATES)
def test_a_fight_between_one_plural_party(code_text, place, a, ca, b, cb):
    evs = code_text(f"{place} (AP) - At least 49 people have been killed in a gun battle between warring tribes in "
                    f"{a}'s north, police said. The president urged the warring tribes to lay down their weapons.")
    assert [(s or "")[:3] for _, s, _ in _roles(evs, "killed")] == [ca], _roles(evs)
    assert [(t or "")[:3] for _, _, t in _roles(evs, "urged")] == [ca], _roles(evs)


@pytest.mark.parametrize("place,a,ca", [("LIBREVILLE", "Gabon", "GAB"), ("NIAMEY", "Niger", "NER")])
def test_a_bare_description_repeats_the_fuller_earlier_mention(code_text, place, a, ca):
    evs = code_text(f"{place}, Aug 30 (Reuters) - Military officers in {a} said they had seized power on Wednesday. "
                    f"The officers said on television that they had closed the borders.")
    assert [s for _, s, _ in _roles(evs, "closed")] == [f"{ca}MIL"], _roles(evs)


@pytest.mark.parametrize("place,side,code", [("NOVI PAZAR, Serbia", "Serbian", "SRBCOP"),
                                             ("BANJSKA, Kosovo", "Kosovo", "XKXCOP")])
def test_a_dateline_after_a_headline_is_no_actor(code_text, place, side, code):
    evs = code_text(f"Gun battle in monastery siege\n\n{place} (AP) - {side} police exchanged fire with heavily "
                    f"armed men.")
    assert [s for _, s, _ in _roles(evs, "exchanged")] == [code], _roles(evs)
