"""Transcripts (coding/transcript.py): in an interview or a briefing, the first person of a turn is its speaker,
not the document's author. Our own texts, in the formats of Wikinews interviews and press-briefing transcripts."""
from __future__ import annotations

import pytest

from flashpoint.coding.transcript import turns
from flashpoint.ingest.readers import make_document
from flashpoint.pipeline import Pipeline

INTERVIEW = """Wikinews spoke with the chess player about her career.

((WN))  Did the federation support you?

((Dorsa Derakhshani))  No. The federation banned me from the national team in 2017.

((WN))  What happened next?

((Dorsa Derakhshani))  I moved to Spain. I criticised the federation publicly, and we protested against the ban.
"""

BRIEFING = """MR MILLER:  Good afternoon. We urge Serbia and Kosovo to take immediate steps to de-escalate.

QUESTION:  Will the United States sanction Kosovo?

MR MILLER:  We condemn the violent attacks on peacekeepers in Zvecan.

QUESTION:  Thank you.
"""

JOINT = """SECRETARY BLINKEN:  We call on Pristina and Belgrade to return to the dialogue.

QUESTION:  Is Washington ready to impose sanctions?

SECRETARY BLINKEN:  We urge both governments to show restraint.

QUESTION:  Thank you, Mr Secretary.
"""


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _events(pipe, text, **fields):
    return pipe.process([make_document(text, fields=fields or None)])[0].events


def test_interviewee_speaks_in_their_turns(pipe):
    evs = [e for e in _events(pipe, INTERVIEW) if e.source is not None and e.source.text.lower() in ("i", "we")]
    assert evs, "the interviewee's own acts are coded"
    for e in evs:
        assert e.source.code != "AUTHOR" and e.source.query == "Dorsa Derakhshani", e.source
        assert e.claimant is not None and e.claimant.text == "Dorsa Derakhshani"


def test_speaker_labels_are_never_actors(pipe):
    for e in _events(pipe, INTERVIEW):
        for m in (e.source, e.target):
            assert m is None or "((" not in m.text and m.text != "Dorsa Derakhshani", m


def test_issuer_spokesperson_speaks_for_the_issuer(pipe):
    evs = [e for e in _events(pipe, BRIEFING, author="U.S. Department of State")
           if e.source is not None and e.source.text == "We"]
    assert {e.event_type for e in evs} >= {"REQUEST", "ACCUSE"}
    assert all(e.source.code == "USAGOV" for e in evs), [e.source.code for e in evs]


def test_coded_speaker_label_without_author(pipe):
    """No author is named: a label the dictionaries code is the speaker ('SECRETARY BLINKEN': the US government)."""
    evs = [e for e in _events(pipe, JOINT) if e.event_type == "REQUEST"]
    assert evs and all(e.source.code == "USAGOV" for e in evs), [(e.source.text, e.source.code) for e in evs]


@pytest.mark.parametrize("text", [
    "Note: the figures are provisional.\n\nPhoto: a checkpoint near Zvecan.\n\nWe urge calm.\n\nSource: Reuters.\n",
    "Trafalgar Square. Image: protesters.\n\nParliament Square. Image: police.\n\nChildren. Image: a march.\n\n"
    "Placards. Image: signs.\n",
    "The minister said: \"We will respond.\"\nHe added: \"We urge calm.\"\n",
])
def test_no_transcript_without_alternating_speaker_labels(text):
    assert turns(text) == []


def test_statement_author_unchanged_outside_transcripts(pipe):
    evs = _events(pipe, "We urge Serbia and Kosovo to take immediate steps to de-escalate.",
                  author="U.S. Department of State")
    assert evs and evs[0].source.code == "USAGOV"
