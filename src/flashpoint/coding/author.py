"""Who wrote a document: the first person ("We urge ...") of a statement is its author.

In order: the ``--author`` override, the document's metadata (``author``, ``issuer``), a statement's
self-reference ("Belgrade consistently calls for peace": the subject of a self-describing verb whose
object is in ``data/author.yaml``, resolved to a government or an international body), and failing all
of these an explicit ``AUTHOR`` actor.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..records import ActorCode, Document, Mention
from .patterns import DATA
from .syntax import in_quotes
from ..yamlfile import load_yaml


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    d = load_yaml((DATA / "author.yaml").read_text("utf-8"))
    return frozenset(d["self_verbs"]), frozenset(d["self_objects"]), frozenset(d["first_person"])


def is_statement(sents) -> bool:
    """Does the document speak as "we" (a subject "we" outside quotation marks), as a statement does? ``sents``:
    its parsed sentences ``(offset, span)``."""
    return any(t.lower_ == "we" and t.dep_ in ("nsubj", "nsubjpass") and not in_quotes(t) for _, s in sents for t in s)


def infer_author(doc: Document, sents, is_statement: bool, focus3: str | None, resolver,
                 override: str | None = None) -> Mention:
    """The author mention (span -1/-1) of ``doc``; ``sents`` are its parsed sentences ``(offset, span)``."""
    self_verbs, self_objects, first_person = _words()
    name = override or doc.author or doc.metadata.get("issuer")
    actor: ActorCode | None = None
    if name:
        actor = resolver.resolve(name, when=doc.anchor_date, focus=focus3)
    elif is_statement:
        votes: Counter = Counter()
        for _, s in sents:
            for t in s:
                if t.lemma_.lower() in self_verbs and t.pos_ == "VERB":
                    objs = {g.lemma_.lower() for c in t.children for g in [c, *c.children]}
                    if objs & self_objects:
                        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                        if subj is not None and subj.lower_ not in first_person:
                            a = resolver.resolve(subj.text, when=doc.anchor_date, focus=focus3)
                            if a is not None and (a.sector == "GOV" or a.country in ("IGO", "NGO")):
                                votes[(subj.text, a.code)] += 1
        if votes:
            (name, _code), _ = votes.most_common(1)[0]
            actor = resolver.resolve(name, when=doc.anchor_date, focus=focus3)
            if actor is not None:
                actor.label = f"{actor.label or actor.code} (inferred from the statement's self-reference)"
    label = name or "AUTHOR"
    if actor is None:
        actor = ActorCode(code="AUTHOR", entry="author", label=doc.publisher or "document author (unknown)")
    return Mention(text=label, start=-1, end=-1, kind="author", actor=actor, unresolved=actor.code == "AUTHOR",
                   query=label)
