"""Typed records: the only shapes passed between pipeline stages.

Offsets (``start``/``end``) are character offsets into ``Document.text`` so every
field of an event can be traced back to its evidence.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "requested", "negated", "hypothetical", "reported")


def normalize_text(text: str) -> str:
    """NFKC without invisible characters, unified newlines, collapsed whitespace: what a document id hashes.

    A zero-width space or a bidi mark must not make the same article a second document.
    """
    from .sanitize import clean_for_coding

    text = unicodedata.normalize("NFC", clean_for_coding(text)[0]).replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\s+", " ", text).strip()


def doc_id_for(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    id: str
    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    dateline: date | None = None
    dateline_span: tuple[int, int] | None = None
    language: str = "en"
    # where the dateline's year came from: dateline | metadata | document | feed | year_mention | weekday | office_term | unresolved
    year_source: str | None = None
    dateline_md: tuple[int, int] | None = None  # (month, day) of a dateline written without a year
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, **kw: Any) -> "Document":
        return cls(id=doc_id_for(text), text=text, **kw)

    @property
    def anchor_date(self) -> date | None:
        """The date relative expressions resolve against: the dateline beats the crawl date."""
        return self.dateline or self.published


@dataclass
class ActorCode:
    """A resolved actor: CAMEO/PLOVER-style country + sector (+ ethnicity, organization)."""
    code: str
    country: str | None = None
    sector: str | None = None
    ethnicity: str | None = None
    org: str | None = None
    entry: str | None = None  # id of the dictionary entry that matched
    label: str | None = None
    rule: str | None = None  # dictionary | acronym | composition | fuzzy | in-document | context
    source: str | None = None  # where the entry came from ("file:line")

    @property
    def is_person(self) -> bool:
        """Did a person's dictionary entry give this code (not a body, a place or a generic role)?"""
        return (self.entry or "").startswith("person:")


@dataclass
class Mention:
    text: str
    start: int
    end: int
    kind: str = "entity"  # entity | author | pronoun
    actor: ActorCode | None = None
    unresolved: bool = False
    query: str | None = None  # text given to the resolver when it differs from the span ("leaders of X")

    @property
    def code(self) -> str | None:
        return self.actor.code if self.actor else None


@dataclass
class Place:
    text: str
    start: int | None
    end: int | None
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166 alpha-3 (XKX for Kosovo), as in actor codes
    admin1: str | None = None  # first-level division by name ("Helmand")
    precision: str = "place"  # place | admin2 | admin1 | region | country
    iso2: str | None = None  # ISO 3166 alpha-2 of ``country`` (XK for Kosovo)
    admin1_code: str | None = None  # GeoNames code of the first-level division ("AF.10")
    admin1_iso: str | None = None  # ISO 3166-2 code of the first-level division ("AF-HEL"), where one exists
    admin2: str | None = None  # second-level division (district) by name, where the gazetteer has it


@dataclass
class Count:
    """A number of people killed, injured or arrested, with the span of the phrase that gives it."""
    value: int
    start: int
    end: int
    text: str


@dataclass
class Event:
    id: str
    doc_id: str
    sentence_index: int
    sentence_start: int
    sentence_text: str
    event_type: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    mode: str | None = None
    context: str | None = None
    cameo: str | None = None
    source: Mention | None = None
    target: Mention | None = None
    modality: str = "asserted"
    claimant: Mention | None = None
    # what the act is done with ("tear gas") and the thing it affects ("an oil refinery"): never actors
    instrument: Mention | None = None
    object: Mention | None = None
    date: date | None = None
    date_text: str | None = None
    date_source: str | None = None  # text | carried | dateline | metadata | published | year_assumed | day_assumed | unresolved
    location: Place | None = None
    location_text: str | None = None
    location_span: tuple[int, int] | None = None
    nominal: bool = False
    embedded: bool = False  # trigger sits in the complement of another coded event ("rejected ..., urging X")
    coder_version: str = ""
    killed: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d


@dataclass
class IngestError:
    """A one-line, user-facing reason why (part of) an input could not be read."""
    path: str
    reason: str
    line: int | None = None
    #: a file met in a folder that is of no type flashpoint reads (notes, images): named, but no error of the run
    ignored: bool = False
    #: the document was read, but a part of its input was not used (a malformed sidecar, a date no reader
    #: understands): named so the user can fix it, and no error of the run
    note: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"
