"""'it' stands for a thing or a claim as often as for an actor; an object pronoun is not its clause's subject;
one-sided pledges are no joint act.

Mirrored for both sides: the same rule must hold whichever party the sentence names.
"""
from __future__ import annotations

import pytest


def _roles(events):
    return [(e.event_type, e.source.text if e.source else None, e.source.code if e.source else None,
             e.target.text if e.target else None, e.target.code if e.target else None) for e in events]


def _it_coded(events, role):
    return [e for e in events if getattr(e, role) is not None and getattr(e, role).text.lower() == "it"
            and getattr(e, role).code]


@pytest.mark.parametrize("side", ["Serbian", "Kosovo"])
def test_object_it_after_a_thing_is_no_actor(code_text, side):
    events = code_text(f"The {side} foreign minister commented on the draft law, calling it null and void.")
    assert not _it_coded(events, "target"), _roles(events)


@pytest.mark.parametrize("side,other,code", [("Serbian", "Kosovo's", "XKX"), ("Kosovo", "Serbia's", "SRB")])
def test_object_it_stands_for_the_things_owner(code_text, side, other, code):
    events = code_text(f"The {side} foreign minister condemned {other} new law on Friday, calling it unacceptable.")
    calling = [e for e in events if e.trigger_text == "calling"]
    assert calling and calling[0].target is not None and (calling[0].target.code or "").startswith(code), \
        _roles(events)


@pytest.mark.parametrize("people", ["Serbian officials", "Kosovo officials"])
def test_it_is_no_plural_speaker(code_text, people):
    events = code_text(f"A blast hit the market on Monday. {people} said it killed nine people.")
    assert not _it_coded(events, "source"), _roles(events)


@pytest.mark.parametrize("body,country", [("Russian government", "Ukraine"), ("Ukrainian government", "Russia")])
def test_it_far_from_any_actor_stays_unresolved(code_text, body, country):
    events = code_text(f"The {body} summoned the ambassador of {country} on Monday. The meeting lasted an hour. "
                       "Few details were released. Diplomats said the talks were tense. I support it, one analyst said.")
    assert not _it_coded(events, "target"), _roles(events)


@pytest.mark.parametrize("body,code,other", [("Serbian Foreign Ministry", "SRBGOV", "Pristina"),
                                             ("Kosovo Foreign Ministry", "XKXGOV", "Belgrade")])
def test_it_going_on_with_the_last_subject_is_that_actor(code_text, body, code, other):
    events = code_text(f"The {body} summoned the EU envoy on Monday. It urged {other} to return to the talks.")
    req = [e for e in events if e.event_type == "REQUEST"]
    assert req and req[0].source is not None and req[0].source.code == code, _roles(events)


@pytest.mark.parametrize("states", ["China, Iran and Russia", "The United States, Britain and France"])
def test_pledges_are_one_sided(code_text, states):
    events = code_text(f"{states} have pledged funds for the reconstruction of the city.")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert len(agree) == 3 and all(e.target is None or e.target.code is None for e in agree), _roles(events)


@pytest.mark.parametrize("a,b", [("Serbia", "Kosovo"), ("Kosovo", "Serbia")])
def test_an_agreement_between_parties_stays_mutual(code_text, a, b):
    events = code_text(f"{a} and {b} agreed on a plan for the northern municipalities.")
    assert any(e.event_type == "AGREE" and e.target is not None and e.target.code for e in events), _roles(events)


@pytest.mark.parametrize("city,country", [("Belgrade", "SRB"), ("Pristina", "XKX")])
def test_an_object_pronoun_is_not_its_clauses_subject(code_text, city, country):
    events = code_text(f"The protesters clashed with the police in {city} and threw rocks. "
                       "Police in response fired tear gas at them.")
    fired = [e for e in events if e.trigger_text == "fired"]
    assert fired and fired[0].target is not None and fired[0].target.code == f"{country}CVL", _roles(events)
