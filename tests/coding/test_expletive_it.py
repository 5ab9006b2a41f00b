"""An 'it' that stands for the clause after it is no actor; an 'it' that stands for a body still is."""
from __future__ import annotations


def _sources(events):
    return [(e.event_type, e.source.text if e.source else None, e.source.code if e.source else None) for e in events]


def test_it_of_a_clause_is_no_one(code_text):
    events = code_text("The Serbian delegation left Brussels on Friday. It was nice talking to the Kosovo negotiators, "
                       "a Serbian diplomat told reporters.")
    assert not any(e.source is not None and e.source.text.lower() == "it" for e in events), _sources(events)
    events = code_text("The Kosovo delegation left Brussels on Friday. It was nice talking to the Serbian negotiators, "
                       "a Kosovo diplomat told reporters.")
    assert not any(e.source is not None and e.source.text.lower() == "it" for e in events), _sources(events)


def test_it_of_a_body_keeps_its_referent(code_text):
    events = code_text("The army said it had shelled rebel positions near the border.")
    assert any(e.event_type == "ASSAULT" and e.source is not None and e.source.code and "MIL" in e.source.code
               for e in events), _sources(events)
    # "prepared to impose": the clause is the adjective's, so 'it' is the government
    events = code_text("Iraq's interim government announced that it is prepared to impose martial law.")
    assert any(e.source is not None and e.source.code == "IRQGOV" for e in events), _sources(events)
