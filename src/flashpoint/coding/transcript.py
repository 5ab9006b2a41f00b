"""Transcripts: an interview, a press briefing or a hearing gives each turn to a speaker named by a label at the
start of a line ("((Zara Kay))  I am good", "MR. MILLER:  We urge both sides ...", "Q: ...").

In a transcript the first person of a turn is that turn's speaker, not the document's author: "I met him then"
in an interview with a chess player is the player's, not the publisher's. A document is a transcript when at
least ``min_turns`` lines open with a label and at least two labels differ (``data/author.yaml``, ``transcript``),
so that a stray "Note:" or "Photo:" line makes none. A turn runs until the next label. Its speaker is

- the interviewer's label ("WN", "Q", "QUESTION"): the document's author, as before (the interviewer speaks
  for the publication);
- a label the dictionaries code ("SECRETARY BLINKEN", "((Vjosa Osmani))"): that actor, unless the document names
  its author and the label is of the author's country (a spokesperson, "MR. MILLER", speaks for the office that
  issued the transcript; a foreign guest at a joint press conference speaks for their own side);
- any other label: the document's author where the document names one, else the label itself as an uncoded
  person.

Labels are never actors of the sentence they open (their tokens are barred, as a dateline's are).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..records import Document, Mention
from ..yamlfile import load_yaml
from .patterns import DATA

# "((Name))" (Wikinews) or a capitalised label of up to five words and a colon, at the start of a line
_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\(\(\s*(?P<p>[^()\n]{1,60}?)\s*\)\)[ \t]*:?"
    r"|(?P<c>[A-Z][\w.'\u2019-]*(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|of|the|de|al|bin))*?)[ \t]*:)(?=[ \t]+\S)")


@dataclass(frozen=True)
class Turn:
    label: str  # the speaker's label as written, without brackets or colon
    start: int  # the label's span in the document text
    end: int
    interviewer: bool


@lru_cache(maxsize=1)
def _words() -> dict:
    d = load_yaml((DATA / "author.yaml").read_text("utf-8"))["transcript"]
    return {"interviewer": frozenset(w.lower() for w in d["interviewer_labels"]),
            "not_speakers": frozenset(w.lower() for w in d["not_speakers"]),
            "min_turns": int(d["min_turns"]), "max_words": int(d["max_label_words"]),
            "caption_ends": tuple(w.lower() for w in d["caption_ends"])}


def turns(text: str) -> list[Turn]:
    """The speaker turns of a transcript, in order; [] when the document is no transcript."""
    w = _words()
    found: list[Turn] = []
    for m in _LABEL.finditer(text):
        label = (m.group("p") or m.group("c") or "").strip()
        key = label.lower().rstrip(".")
        if not label or len(label.split()) > w["max_words"] or key in w["not_speakers"] or ". " in label or \
                key.endswith(w["caption_ends"]):
            continue  # "Trafalgar Square. Image:", "Jo JorgensenImage:": a picture's caption, no speaker
        s, e = m.span("p") if m.group("p") else m.span("c")
        found.append(Turn(label, s, e, key in w["interviewer"]))
    if len(found) < w["min_turns"] or len({t.label.lower() for t in found}) < 2:
        return []
    return found


def speaker_at(ts: list[Turn], pos: int) -> Turn | None:
    """The turn a character offset falls in: the last label at or before it."""
    cur = None
    for t in ts:
        if t.start > pos:
            break
        cur = t
    return cur


def speaker_mention(turn: Turn, doc: Document, author: Mention, resolve) -> Mention:
    """The mention that a first-person pronoun of ``turn`` stands for (see the module docstring)."""
    if turn.interviewer:
        return author
    actor = resolve(turn.label)
    issued = bool(doc.author or doc.metadata.get("issuer"))
    if actor is not None and not (issued and author.actor is not None and actor.country == author.actor.country):
        return Mention(text=turn.label, start=turn.start, end=turn.end, kind="author", actor=actor,
                       unresolved=False, query=turn.label)
    if issued:
        return author
    return Mention(text=turn.label, start=turn.start, end=turn.end, kind="author", actor=None, unresolved=True,
                   query=turn.label)
