"""Party members named by their creed ("Democrats", "Conservatives") are politicians of the sentence's country."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


@pytest.mark.parametrize("text,ctx,code", [
    ("Democrats", "Democrats continued to attack President Trump over his taxes.", "USAPOL"),
    ("Republicans", "Republicans criticized President Biden over his taxes.", "USAPOL"),
    ("Conservatives", "Conservatives in the British parliament criticized Prime Minister Starmer.", "GBRPOL"),
    ("Socialists", "Socialists in the Spanish parliament criticized the Spanish prime minister.", "ESPPOL"),
])
def test_creed_plural_is_the_sentence_countrys_politicians(r, text, ctx, code):
    assert r.resolve(text, when=date(2020, 6, 1), context=ctx).code == code


def test_a_named_party_keeps_its_own_code(r):
    assert r.resolve("Sweden Democrats", when=date(2020, 6, 1)).code == "SWEPOL"
