"""Relevance (issue 9, coding/relevance.py): events whose parties the sentence names only as a pair, as a pronoun
speaker, or as the person a state acts on; mirrored across conflicts, on sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import types


@pytest.mark.parametrize("text,expected", [
    # the two parties of a conflict named as a pair: whoever they are, they are the story's parties
    ("Both sides blame each other for breaking the truce in Nagorno-Karabakh.", "ACCUSE"),
    ("Both sides blamed each other for the shelling along the Line of Control.", "ACCUSE"),
    ("Both countries have accused the other of violating the ceasefire in Donbas.", "ACCUSE"),
    ("The two armies exchanged fire across the border near Kassala for an hour.", "ASSAULT"),
    ("Both sides held a second round of talks in Jeddah on Monday.", "CONSULT"),
    ("The two neighbours agreed to reopen the Torkham crossing.", "AGREE"),
])
def test_a_pair_of_parties_is_political(code_text, text, expected):
    got = types(code_text(text))
    assert expected in got, [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text,expected", [
    # a speech act has a speaker: a pronoun the sentence does not resolve is still a party
    ("He condemned the shelling of Kharkiv.", "ACCUSE"),
    ("He condemned the shelling of Belgorod.", "ACCUSE"),
    ("She urged both sides to return to talks in Doha.", "REQUEST"),
    ("They rejected the proposal for a buffer zone in Gaza.", "REJECT"),
    ("They rejected the proposal for a buffer zone in southern Lebanon.", "REJECT"),
    ("It welcomed the ceasefire between Armenia and Azerbaijan.", "SUPPORT"),
])
def test_a_pronoun_speaker_is_a_party(code_text, text, expected):
    got = types(code_text(text))
    assert expected in got, [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text", [
    # a state's act on a person: its doer is the state, whoever the person is
    "He was sentenced to ten years in prison in Minsk.",
    "He was sentenced to ten years in prison in Kyiv.",
    "They were arrested during the protests in Tehran.",
    "They were arrested during the protests in Tbilisi.",
    "She was deported to Venezuela on Tuesday.",
])
def test_custody_needs_no_named_agent(code_text, text):
    assert "COERCE" in types(code_text(text)), [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text", [
    # not widened: pronoun agents of material or cooperative acts, pairs in sports, acts of no one
    "He also collaborated with the guitarist on two albums.",
    "Both sides scored twice in the second half of the league match.",
    "He was arrested for speeding by the league's coach.",  # a sports sentence: only a coded actor counts
])
def test_not_widened(code_text, text):
    assert not types(code_text(text)), [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text", [
    # receiving or meeting a thing is no meeting
    "The Kenyan president received 192 votes in the first round.",
    "The Kenyan president received an award for his work on the constitution.",
    "The Peruvian finance minister met the deadline for the budget.",
    "The Serbian minister was met with applause at the congress.",
])
def test_a_thing_received_is_no_meeting(code_text, text):
    assert "CONSULT" not in types(code_text(text)), [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text", [
    # the mirrored meetings stay
    "The Kenyan president received the Ethiopian prime minister in Nairobi.",
    "The Ethiopian prime minister received the Kenyan president in Addis Ababa.",
    "Qatar hosted talks between Hamas and Israeli negotiators in Doha.",
    "Egypt hosted talks between Israeli and Hamas negotiators in Cairo.",
    "The Serbian minister met his Kosovo counterpart in Brussels.",
])
def test_a_visitor_received_is_a_meeting(code_text, text):
    assert "CONSULT" in types(code_text(text)), [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text", [
    # a direct question asserts nothing, whichever side it names
    "Did the Serbian government ever support the plan for the northern municipalities?",
    "Did the Kosovo government ever support the plan for the northern municipalities?",
    "Why should voters in Armenia support the agreement with Azerbaijan?",
    "Why should voters in Azerbaijan support the agreement with Armenia?",
    "Will Russia attack the port of Odesa again this winter?",
    "Will Ukraine attack the port of Novorossiysk again this winter?",
])
def test_a_direct_question_tells_no_event(code_text, text):
    assert not types(code_text(text)), [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text,expected", [
    # the same question in a speaker's quotation marks is the speaker's words, judged like them
    ('"Why did the police attack peaceful protesters in Belgrade?" the opposition leader asked.', "ASSAULT"),
    ('"Why did the police attack peaceful protesters in Pristina?" the opposition leader asked.', "ASSAULT"),
    # and a statement is no question
    ("The Serbian government supported the plan for the northern municipalities.", "SUPPORT"),
    ("The Kosovo government supported the plan for the northern municipalities.", "SUPPORT"),
])
def test_questions_in_quotes_and_statements_are_kept(code_text, text, expected):
    assert expected in types(code_text(text)), [(e.event_type, e.trigger_text) for e in code_text(text)]


@pytest.mark.parametrize("text", [
    # a sentence in another script, quoted inside an English text: the English model cannot read it
    "पुलिस ने प्रदर्शनकारियों पर हमला किया, demand करते हैं।",
    "الشرطة هاجمت المتظاهرين في support القاهرة.",
])
def test_a_sentence_in_another_script_tells_no_event(code_text, text):
    assert not types(code_text("The interview was recorded in March. " + text)), text


@pytest.mark.parametrize("text,place", [
    # a nominal act with no party is kept where the sentence says where it took place; "the town of X" names X even
    # where the tagger calls X a nationality, a person or a common noun (lexicon.yaml place_head_nouns)
    ("Fierce clashes were reported near the border town of Kidal on Sunday.", "Kidal"),
    ("Clashes were reported near the village of Aguelhok.", "Aguelhok"),
    ("Heavy clashes were reported in the town of Tessalit on Monday.", "Tessalit"),
])
def test_a_nominal_act_in_a_named_town_is_kept(code_text, text, place):
    got = [(e.event_type, e.location_text) for e in code_text(text)]
    assert ("ASSAULT", place) in got, got
