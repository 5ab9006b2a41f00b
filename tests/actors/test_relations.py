"""Mentions that relate to another party (critics, rivals, supporters), adjuncts that are no title, a nationality
that a surname match may not overrule, and "the bloc" for the one intergovernmental body a sentence names. Each
rule is checked for several countries and bodies."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors import ActorResolver

D = date(2023, 6, 15)


@pytest.fixture(scope="module")
def r():
    return ActorResolver()


def cs(a):
    return None if a is None else (a.country, a.sector)


@pytest.mark.parametrize("text,iso", [
    ("opponents of President Kais Saied", "TUN"), ("opponents of President Recep Tayyip Erdogan", "TUR"),
    ("challengers to President Nicolas Maduro", "VEN"), ("opponents of President Vladimir Putin", "RUS"),
])
def test_a_governments_opponents_are_its_opposition(r, text, iso):
    assert cs(r.resolve(text, when=D)) == (iso, "OPP")


@pytest.mark.parametrize("text,iso", [("critics of President Kais Saied", "TUN"),
                                      ("critics of President Recep Tayyip Erdogan", "TUR")])
def test_a_leaders_critics_are_of_the_country_but_not_the_government(r, text, iso):
    a = r.resolve(text, when=D)
    assert a.country == iso and a.sector != "GOV", a


@pytest.mark.parametrize("text", ["rivals of Iran", "rivals of Saudi Arabia", "enemies of Russia",
                                  "enemies of Ukraine"])
def test_a_states_rivals_are_not_that_state(r, text):
    a = r.resolve(text, when=D)
    assert a is None or a.country is None, (text, a)


@pytest.mark.parametrize("text,iso", [("supporters of President Kais Saied", "TUN"),
                                      ("supporters of President Recep Tayyip Erdogan", "TUR")])
def test_a_leaders_supporters_are_civilians_of_the_country(r, text, iso):
    assert cs(r.resolve(text, when=D)) == (iso, "CVL")


@pytest.mark.parametrize("text,context,iso", [
    ("Mozambican President Filipe Nyusi", "Mozambican President Filipe Nyusi, in his address to the nation on "
     "Sunday noted that Mozambican defence forces had seized terrorist positions at Diaca.", "MOZ"),
    ("Kenyan President William Ruto", "Kenyan President William Ruto, during a rally on Sunday, said that "
     "al-Shabaab militants had attacked a police post.", "KEN"),
])
def test_an_adjunct_after_a_name_is_no_title(r, text, context, iso):
    assert cs(r.resolve(text, when=date(2023, 7, 25), context=context)) == (iso, "GOV")


@pytest.mark.parametrize("text,iso", [("Egyptian state media MENA", "EGY"), ("Ecuadorian state media", "ECU")])
def test_a_nationality_is_not_overruled_by_a_namesake_surname(r, text, iso):
    assert r.resolve(text, when=date(2021, 5, 20)).country == iso


@pytest.mark.parametrize("text,context,org", [
    ("the bloc's envoy", "ASEAN barred the junta chief from its summit after it refused to let the bloc's envoy "
     "meet Suu Kyi.", "ASN"),
    ("the alliance", "NATO said the alliance would send more troops to Kosovo.", "NATO"),
    ("the bloc", "The African Union suspended Niger, and the bloc demanded the release of the president.", "AFU"),
])
def test_the_bloc_is_the_one_body_the_sentence_names(r, text, context, org):
    a = r.resolve(text, when=D, context=context)
    assert a is not None and a.country == "IGO" and a.org == org, a


def test_the_bloc_alone_names_no_body(r):
    a = r.resolve("the bloc", when=D, context="The bloc said it would respond to the tariffs.")
    assert a is None or a.country is None, a


@pytest.mark.parametrize("text,iso", [("All Progressives Congress", "NGA"), ("Five Star Movement", "ITA"),
                                      ("The Guardian", "GBR")])
def test_a_name_that_opens_with_a_stop_word_keeps_it(r, text, iso):
    assert r.resolve(text, when=D).country == iso


@pytest.mark.parametrize("text", ["the Tisza river", "the Dnipro river", "Lake Tisza"])
def test_a_features_name_is_no_partys(r, text):
    a = r.resolve(text, when=D)
    assert a is None or a.sector is None, (text, a)


@pytest.mark.parametrize("text,context", [
    ("Rights groups", "Rights groups accuse the government of misusing state institutions to suppress dissent."),
    ("international rights groups", "Cambodia's foreign minister has warned of civil war, and international rights "
     "groups have urged him to cancel the visit."),
])
def test_rights_groups_with_no_nationality_are_ngos(r, text, context):
    assert cs(r.resolve(text, when=D, context=context)) == ("NGO", "NGO")


def test_local_and_national_groups_keep_their_country(r):
    assert r.resolve("Kenyan rights groups", when=D).country == "KEN"
    a = r.resolve("a local monitoring group", when=D, context="Local monitoring groups in Myanmar said 1,400 died.")
    assert a is None or a.country != "NGO", a


@pytest.mark.parametrize("text,context,iso", [
    ("insurgents, linked to Islamic State", "In Mozambique insurgents, linked to Islamic State, seized towns.", "MOZ"),
    ("militants, affiliated with al-Qaeda", "In Mali militants, affiliated with al-Qaeda, attacked a base.", "MLI"),
])
def test_a_backer_after_a_comma_is_not_who_they_are(r, text, context, iso):
    a = r.resolve(text, when=D, context=context)
    assert a is not None and a.country == iso, a
