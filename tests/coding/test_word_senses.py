"""Word senses that general news needs (issue 9; senses.yaml): attacks in words, discussions with no party or with the
press, agreeing with a view, questions, attempts and contests. Each sentence is written for these tests and coded with
the sides swapped, with the rules alone and with the learned decision loaded."""
from __future__ import annotations

import pytest

from flashpoint.coding.typemodel import load_model

# (first party's leader, country, adjective; second party's)
SIDES = [("Modi", "India", "Indian", "Sharif", "Pakistan", "Pakistani"),
         ("Pashinyan", "Armenia", "Armenian", "Aliyev", "Azerbaijan", "Azerbaijani"),
         ("Biden", "the United States", "American", "Putin", "Russia", "Russian")]

# (template, a type that must be among the main events or None for none, a type that must not be)
CASES = [
    # an attack in words is criticism: a reason, a topic, a channel, a speech act beside it, a word as its object
    ("{P} attacked {Q} for the tweet, calling it a distraction.", "ACCUSE", "ASSAULT"),
    ("{P} attacked {Q} on his handling of the border talks.", "ACCUSE", "ASSAULT"),
    ("{P} attacked the ruling of the {b} court on live television.", "ACCUSE", "ASSAULT"),
    # verbs of harsh criticism
    ("{P} lambasted {Q} over the border talks.", "ACCUSE", None),
    ("{P} hit out at {Q} over the border talks.", "ACCUSE", "ASSAULT"),
    # ... and force stays force: an armed agent, a weapon, a toll
    ("{a} troops attacked {b} positions near the border for the second time, killing four soldiers.", "ASSAULT", "ACCUSE"),
    # a discussion is a consultation between parties, not an interview or a man talking about himself
    ("With reporters, {P} discussed his background, his campaign and the economy.", None, "CONSULT"),
    ("{P} discussed why he had decided to join the party.", None, "CONSULT"),
    ("{P} discussed the border dispute with {Q} on Tuesday.", "CONSULT", None),
    ("The foreign ministers of {A} and {B} discussed trade and energy in Geneva.", "CONSULT", None),
    # criticism received is no meeting (the noun of criticism is an event of its own, not a guest)
    ("{P} received criticism from {Q} for the tweet.", None, "CONSULT"),
    # agreeing with a view is no agreement; agreeing to something is
    ("{P} agreed that the economy of {A} had grown faster than expected.", None, "AGREE"),
    ("{A} and {B} agreed to a ceasefire on Tuesday.", "AGREE", None),
    ("{A} and {B} agreed that talks would resume next week.", "AGREE", None),
    # a question is no request; asking for something or asking someone to act is
    ("Reporters asked {P} whether he would meet {Q}.", None, "REQUEST"),
    ("{A} asked {B} to withdraw its troops from the border.", "REQUEST", None),
    # trying to do something is no request, nor is running for an office; seeking talks is
    ("The {a} government seeks to improve its railways with money from {B}.", None, "REQUEST"),
    ("{P} sought the ruling party's nomination for president in 2019.", None, "REQUEST"),
    ("{P} is seeking a third term as prime minister.", None, "REQUEST"),
    ("{A} sought talks with {B} on the border dispute.", "REQUEST", None),
    # a claim accuses only where its clause blames: a word of blame or an act of conflict
    ("{P} claimed the new railway would create thousands of jobs.", None, "ACCUSE"),
    ("{P} claimed his party had won the support of most farmers.", None, "ACCUSE"),
    ("{P} claimed {b} troops had shelled three villages near the border.", "ACCUSE", None),
    ("{P} claimed {Q} had lied about the border talks.", "ACCUSE", None),
    # winning an election or a match is no attack; a military defeat is
    ("{P} defeated {Q} in the presidential election by a wide margin.", None, "ASSAULT"),
    ("{a} troops defeated {b} forces near the border on Sunday.", "ASSAULT", None),
    # clemency granted is a concession, whatever the parser makes of "granted X a pardon"
    ("{P} granted the jailed {b} journalist a full and unconditional pardon.", "CONCEDE", None),
    ("{P} granted {b} prisoners a pardon on Independence Day.", "CONCEDE", None),
    # backing an issue is a stance; backing a party, its bid or an event is support
    ("{P} supported the bill to raise the minimum wage.", None, "SUPPORT"),
    ("{P} endorsed {Q} for a second term.", "SUPPORT", None),
    ("{A} supported {B}'s bid for a seat on the Security Council.", "SUPPORT", None),
    ("{A} backed the ceasefire agreed with {B} on Tuesday.", "SUPPORT", None),
    ("The {a} government supported the peace plan for the disputed border districts.", "SUPPORT", None),
]


def _types(events):
    return sorted({e.event_type for e in events if e.modality in ("asserted", "reported") and not e.embedded})


def _check(code, template, expected, absent):
    for P, A, a, Q, B, b in SIDES:
        for sides in ({"P": P, "A": A, "a": a, "Q": Q, "B": B, "b": b}, {"P": Q, "A": B, "a": b, "Q": P, "B": A, "b": a}):
            got = _types(code(template.format(**sides)))
            if expected is not None:
                assert expected in got, (template, sides["P"], got)
            if absent is not None:
                assert absent not in got, (template, sides["P"], got)


def _with_model(pipeline, model, template, expected, absent):
    from flashpoint.ingest.readers import make_document

    saved = pipeline.coder.model
    pipeline.coder.model = model
    try:
        _check(lambda text: pipeline.process([make_document(text)])[0].events, template, expected, absent)
    finally:
        pipeline.coder.model = saved


@pytest.mark.parametrize("template,expected,absent", CASES)
def test_word_senses_mirrored_rules_alone(pipeline, template, expected, absent):
    _with_model(pipeline, None, template, expected, absent)


@pytest.mark.parametrize("template,expected,absent", CASES)
def test_word_senses_mirrored_with_the_learned_decision(pipeline, template, expected, absent):
    _with_model(pipeline, load_model(), template, expected, absent)
