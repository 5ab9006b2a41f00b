"""The language of government statements and readouts (issue 9; verb_patterns.yaml, senses.yaml): listing for
sanctions, assets blocked, measures aimed at money networks, calls and restated support, encouragement, insults.
Each sentence is written for these tests and coded with the sides swapped, with the rules alone and with the learned
decision loaded."""
from __future__ import annotations

import pytest

from flashpoint.coding.typemodel import load_model

from .test_word_senses import _with_model

# (template, a type that must be among the main events or None for none, a type that must not be)
CASES = [
    # listing for sanctions is a sanction; naming to an office is no event
    ("{A} is designating two {b} bankers under a new executive order.", "SANCTION", None),
    ("{A} designated the {b} militia a terrorist organization on Monday.", "SANCTION", None),
    ("{P} designated his deputy as prime minister on Monday.", None, "SANCTION"),
    # visa restrictions and blocked property are sanctions, not coercion or an obstruction
    ("{A} imposed visa restrictions on twelve {b} officials.", "SANCTION", "COERCE"),
    ("The {a} government blocked the property of two {b} companies.", "SANCTION", "PROTEST"),
    # a measure aimed at a money network is a sanction; troops aiming at posts attack
    ("The {a} Treasury targeted a {b} money laundering network on Friday.", "SANCTION", "ASSAULT"),
    ("{a} troops targeted {b} border posts with artillery on Sunday.", "ASSAULT", "SANCTION"),
    # a call with a counterpart is a consultation; with the press it is not
    ("The {a} foreign minister spoke with his {b} counterpart on Tuesday.", "CONSULT", None),
    ("{P} spoke with reporters about his campaign.", None, "CONSULT"),
    # keeping in touch is a consultation
    ("{A} remains in close contact with {B} about the crisis.", "CONSULT", None),
    # support vowed or kept is support, not a threat
    ("{P} maintains his support for the sovereignty of {B}.", "SUPPORT", None),
    ("{P} vowed support for {B} on Tuesday.", "SUPPORT", "THREATEN"),
    # encouraging a party to act is a request, and the act encouraged is not asserted
    ("{A} encouraged {B} to reach an agreement on the border.", "REQUEST", "AGREE"),
    ("This reward offer will encourage people in {A} to come forward with information.", None, "REQUEST"),
    # a party's dismay at something is criticism, its satisfaction support; a person's worry about prices is no event
    ("The {a} government is deeply concerned by the sentencing of the opposition leader in {B}.", "ACCUSE", None),
    ("{A} said it was disturbed by the decision of {B} to close the border.", "ACCUSE", None),
    ("The {a} foreign ministry is encouraged by the decision of {B} to release the prisoners.", "SUPPORT", "REQUEST"),
    ("Residents of the town are concerned about rising food prices.", None, "ACCUSE"),
    ("{A} and {B} are concerned about the continuing state of tension on their border.", None, "ACCUSE"),
    # an insult is criticism
    ("{P} insulted {Q} during the televised debate.", "ACCUSE", None),
]


@pytest.mark.parametrize("template,expected,absent", CASES)
def test_statement_senses_mirrored_rules_alone(pipeline, template, expected, absent):
    _with_model(pipeline, None, template, expected, absent)


@pytest.mark.parametrize("template,expected,absent", CASES)
def test_statement_senses_mirrored_with_the_learned_decision(pipeline, template, expected, absent):
    _with_model(pipeline, load_model(), template, expected, absent)


@pytest.mark.parametrize("speaker,country,other,other_country", [
    ("Aliyev", "AZE", "Pashinyan", "ARM"), ("Pashinyan", "ARM", "Aliyev", "AZE"),
    ("Biden", "USA", "Putin", "RUS"), ("Putin", "RUS", "Biden", "USA")])
def test_a_person_whose_office_speaks_is_the_pronoun(code_text, speaker, country, other, other_country):
    # "According to Borrell's office, he spoke with Kurti": he is the person the office speaks for
    events = [e for e in code_text(f"According to {speaker}'s office, he spoke with {other} on Tuesday.")
              if e.event_type == "CONSULT"]
    assert events and events[0].source is not None and events[0].source.actor is not None
    assert events[0].source.actor.country == country
    assert events[0].target.actor.country == other_country
