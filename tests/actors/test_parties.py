"""Political parties of every country (Party Facts import, scripts/parties.py): named without their country,
they resolve to their country and POL, on both sides of each conflict."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

D = date(2023, 6, 1)
MIRRORED = [
    (("the Serbian Progressive Party", "SRB"), ("Vetevendosje", "XKX")),
    (("Georgian Dream", "GEO"), ("the United National Movement", "GEO")),
    (("United Russia", "RUS"), ("Servant of the People", "UKR")),
    (("the Armenian Revolutionary Federation", "ARM"), ("the New Azerbaijan Party", "AZE")),
    (("the Bharatiya Janata Party", "IND"), ("Pakistan Tehreek-e-Insaf", "PAK")),
]


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("a,b", MIRRORED, ids=[f"{a[1]}-{b[1]}" for a, b in MIRRORED])
def test_parties_of_both_sides(r, a, b):
    for text, iso in (a, b):
        code = r.resolve(text, when=D)
        assert code is not None, text
        assert (code.country, code.sector) == (iso, "POL"), (text, code)


def test_opposition_party_takes_the_phrase_sector_and_provenance(r):
    code = r.resolve("the main opposition Republican Peoples Party", when=D)
    assert (code.country, code.sector) == ("TUR", "OPP")
    assert "partyfacts" in r.resolve("Fidesz", when=D).source


@pytest.mark.parametrize("text", ["the Democrats", "Republicans", "the Labour Party", "Shi'ite militias"])
def test_names_shared_by_countries_or_english_words_are_not_a_party(r, text):
    """'Labour Party' exists in many countries; 'Democrats' is an English word: no party's country."""
    code = r.resolve(text, when=D)
    assert code is None or code.country is None or "partyfacts" not in (code.source or "")


@pytest.mark.parametrize("text,iso", [("the Awami League", "BGD"), ("Law and Justice", "POL"), ("Likud", "ISR"),
                                      ("the Kuomintang", "TWN")])
def test_short_forms_and_major_one_word_names(r, text, iso):
    """A name without its country's ('Awami League'), a major party's one-word article title ('Likud'), and a
    name only small foreign lists share ('Law and Justice') are the party's."""
    code = r.resolve(text, when=D)
    assert code is not None and (code.country, code.sector) == (iso, "POL"), (text, code)
    assert "partyfacts" in (code.source or "")


@pytest.mark.parametrize("text", ["The Republicans", "Civic Union", "RPG", "KPK", "TRT"])
def test_generic_two_word_names_and_acronyms_stay_out(r, text):
    """A generic two-word name that a major party abroad also bears, and bare acronyms, are no party."""
    code = r.resolve(text, when=D)
    assert code is None or "partyfacts" not in (code.source or ""), (text, code)


@pytest.mark.parametrize("text", ["Formula One", "Sunni Muslims", "the Greek Orthodox", "a human shield",
                                  "the hard line", "the Constitution Party", "People Power", "the Third Way"])
def test_everyday_names_of_small_or_unlisted_parties_are_not_a_party(r, text):
    """Short names news uses for something else (a sport, a confession, a phrase), when the party has no
    English Wikipedia article or is a minor party that Wikipedia names only with a qualifier, are no party:
    'Formula One' is no Venezuelan list, 'Sunni Muslims' no Lebanese one, 'Constitution Party' not Estonia's."""
    code = r.resolve(text, when=D)
    assert code is None or "partyfacts" not in (code.source or ""), (text, code)


@pytest.mark.parametrize("text,iso", [("Right Sector", "UKR"), ("Golden Dawn", "GRC"), ("the Jewish Home", "ISR"),
                                      ("the Lebanese Forces", "LBN"), ("Civic Platform", "POL")])
def test_everyday_names_that_are_the_party_s_own_stay(r, text, iso):
    """A short everyday name stays when Wikipedia gives the party that name unqualified or the party is major."""
    code = r.resolve(text, when=D)
    assert code is not None and (code.country, code.sector) == (iso, "POL"), (text, code)


@pytest.mark.parametrize("text", ["Muslims", "Christians", "Jews", "Hindus", "Buddhists", "Catholics", "Protestants",
                                  "Shiites", "Sunnis", "Sunni Muslims", "Orthodox Christians"])
def test_the_faithful_of_every_religion_are_coded_alike(r, text):
    """Neutrality: a community named by its faith is coded the same way for every religion (REL); 'Muslims'
    was uncoded while 'Christians' was REL, and 'Sunni Muslims' a Lebanese party list."""
    code = r.resolve(text, when=D)
    assert code is not None and code.sector == "REL" and "partyfacts" not in (code.source or ""), (text, code)


@pytest.mark.parametrize("a,b", [("Indian Muslims", "Indian Christians"), ("Egyptian Muslims", "Egyptian Christians"),
                                 ("Bosnian Muslims", "Bosnian Catholics")])
def test_faith_communities_of_one_country_mirror(r, a, b):
    ca, cb = r.resolve(a, when=D), r.resolve(b, when=D)
    assert (ca.country, ca.sector) == (cb.country, cb.sector), (ca, cb)
