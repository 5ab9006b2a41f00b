"""DuckDB store: schema, idempotent upserts (one transaction per batch), queries and export.

Re-coding a document replaces its rows inside the same transaction, so a failure leaves the
previous state intact; documents already coded by the same coder version are skipped.

Concurrency model: DuckDB lets one process hold a file for writing, and no reader may open it
meanwhile. A writer (`flashpoint code`) therefore opens the file only for the moment it writes a
batch and closes it again, while the slow work (parsing, coding) runs with the file closed.
Readers open it read-only and, like a second writer, wait and retry while the lock is held
(`wait` seconds), then fail with one clear line.
"""
from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import duckdb

from .queries import document_tier
from .records import Document, Event, Mention, Place

SCHEMA_VERSION = 5
DEFAULT_DB = "flashpoint.duckdb"

_ROLE_COLS = ["text", "start", "end", "code", "country", "sector", "ethnicity", "org", "entry", "label", "kind",
              "unresolved"]
# the mentions table stores a role's columns except the label
_MENTION_COLS = [c for c in _ROLE_COLS if c != "label"]
_ROLE_TYPES = ["VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
               "VARCHAR", "VARCHAR", "BOOLEAN"]

EVENT_COLUMNS: list[tuple[str, str, str]] = [
    ("id", "VARCHAR PRIMARY KEY", "stable event id (hash of document, sentence, trigger, source, target)"),
    ("doc_id", "VARCHAR", "document id (hash of the normalized text)"),
    ("sentence_index", "INTEGER", "0-based sentence number in the document"),
    ("sentence_start", "INTEGER", "character offset of the sentence in the document"),
    ("sentence_text", "VARCHAR", "the evidence sentence"),
    ("event_type", "VARCHAR", "PLOVER event type (16 types)"),
    ("mode", "VARCHAR", "PLOVER mode, when the trigger names one"),
    ("context", "VARCHAR[]", "PLOVER contexts (a list)"),
    ("cameo", "VARCHAR", "CAMEO code (root or more specific), text: '051' keeps its leading zero"),
    ("cameo_root", "VARCHAR", "CAMEO root code, two digits ('05')"),
    ("quad_class", "INTEGER", "GDELT quad class from the CAMEO code: 1 verbal cooperation, 2 material cooperation, "
                              "3 verbal conflict, 4 material conflict"),
    ("goldstein", "DOUBLE", "Goldstein score of the CAMEO code (-10 conflict ... +10 cooperation; GDELT's table)"),
    ("modality", "VARCHAR", "asserted | requested | negated | hypothetical | reported"),
    ("trigger_text", "VARCHAR", "the word that triggered the event"),
    ("trigger_start", "INTEGER", "character span of the trigger"),
    ("trigger_end", "INTEGER", ""),
] + [(f"{role}_{c}", t, f"{role} actor: {c}") for role in ("source", "target", "claimant")
     for c, t in zip(_ROLE_COLS, _ROLE_TYPES)] + [
    (f"{role}_{c}", t, f"{what}: {c}") for role, what in (
        ("instrument", "what the act is done with ('tear gas'), never an actor"),
        ("object", "the thing the act affects ('an oil refinery'), never an actor"))
    for c, t in (("text", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"))] + [
    ("date", "DATE", "event date"),
    ("date_source", "VARCHAR", "text (a date in the sentence) / carried (from an earlier sentence) / dateline / "
                               "published / year_assumed (a year-less dateline's year inferred, not stated: see README, Dates) / "
                               "day_assumed (a numbered release's day estimated from its feed's dated releases) / "
                               "unresolved (no anchor date, or a dateline whose year is unknown)"),
    ("date_text", "VARCHAR", "the date expression used, when from the text"),
    ("location_text", "VARCHAR", "place phrase as written"),
    ("location_start", "INTEGER", "character span of the place phrase"),
    ("location_end", "INTEGER", ""),
    ("place_name", "VARCHAR", "gazetteer name"),
    ("geonameid", "BIGINT", "GeoNames id (null for alias-only places)"),
    ("lat", "DOUBLE", ""),
    ("lon", "DOUBLE", ""),
    ("country_code", "VARCHAR", "ISO 3166 alpha-3 of the place (XKX = Kosovo), as in actor codes"),
    ("admin1", "VARCHAR", "first-level division by name (Helmand, North Darfur)"),
    ("precision", "VARCHAR", "place / admin2 / admin1 / region / country"),
    ("country_iso2", "VARCHAR", "ISO 3166 alpha-2 of the place (XK = Kosovo)"),
    ("admin1_code", "VARCHAR", "GeoNames code of the first-level division (AF.10)"),
    ("admin1_iso", "VARCHAR", "ISO 3166-2 code of the first-level division (AF-HEL), where one exists"),
    ("admin2", "VARCHAR", "second-level division (district) by name, where the gazetteer has it"),
    ("nominal", "BOOLEAN", "trigger is a noun ('the attack on ...')"),
    ("embedded", "BOOLEAN", "trigger is inside the complement of another coded event ('rejected ..., urging X')"),
] + [(f"{k}{suffix}", "INTEGER", desc) for k in ("killed", "injured", "arrested") for suffix, desc in (
    ("", f"number of people {k}, when the sentence gives it (null otherwise)"),
    ("_start", f"character span of the phrase that gives the number {k}"), ("_end", ""))] + [
    ("coder_version", "VARCHAR", "version of the rules that coded it"),
]

# named in INSERTs, so a store migrated in place (new columns appended) takes rows in any column order
_EVENT_NAMES = ", ".join(f'"{n}"' for n, _, _ in EVENT_COLUMNS)
# provenance columns every flat export row carries
PROVENANCE_COLUMNS = [("doc_url", "url", "VARCHAR", "URL of the document"),
                      ("doc_title", "title", "VARCHAR", "title of the document"),
                      ("doc_publisher", "publisher", "VARCHAR", "publisher (outlet) of the document"),
                      ("doc_published", "published", "DATE", "publication date of the document")]
FLAT_EVENTS_SQL = ("SELECT e.*, " + ", ".join(f"d.{src} AS {name}" for name, src, _, _ in PROVENANCE_COLUMNS)
                   + " FROM events e LEFT JOIN documents d ON d.id = e.doc_id")

DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, path VARCHAR, url VARCHAR, title VARCHAR, publisher VARCHAR, author VARCHAR,
    author_code VARCHAR, published DATE, dateline DATE, language VARCHAR, text VARCHAR, metadata JSON,
    focus_country VARCHAR, coder_version VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp);
ALTER TABLE documents ADD COLUMN IF NOT EXISTS run_key VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_key VARCHAR;
CREATE TABLE IF NOT EXISTS sources (key VARCHAR PRIMARY KEY, doc_id VARCHAR);
CREATE TABLE IF NOT EXISTS sentences (doc_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
    PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS events ({", ".join(f'"{n}" {t}' for n, t, _ in EVENT_COLUMNS)});
{"".join(f'ALTER TABLE events ADD COLUMN IF NOT EXISTS "{n}" {t};' for n, t, _ in EVENT_COLUMNS
         if n.startswith(("instrument_", "object_")))}
CREATE TABLE IF NOT EXISTS mentions (event_id VARCHAR, doc_id VARCHAR, role VARCHAR, text VARCHAR, start_char INTEGER,
    end_char INTEGER, code VARCHAR, country VARCHAR, sector VARCHAR, ethnicity VARCHAR, org VARCHAR, entry VARCHAR,
    kind VARCHAR, unresolved BOOLEAN);
CREATE TABLE IF NOT EXISTS toponyms (doc_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR,
    geonameid BIGINT, lat DOUBLE, lon DOUBLE, country VARCHAR, precision VARCHAR);
"""


@dataclass
class DocResult:
    """Everything the pipeline produced for one document."""
    document: Document
    sentences: list[tuple[int, int, int, str]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    toponyms: list[Place] = field(default_factory=list)
    author: Mention | None = None
    focus_country: str | None = None
    error: str | None = None  # set when the document was not coded (size or time limit): it is not stored


def _span(x: int | None) -> int | None:
    """A missing span is null, never -1 (the author of a statement has no span in the text)."""
    return x if x is not None and x >= 0 else None


def _role_values(m: Mention | None) -> list[Any]:
    if m is None:
        return [None] * len(_ROLE_COLS)
    a = m.actor
    return [m.text, _span(m.start), _span(m.end), a.code if a else None, a.country if a else None, a.sector if a else None,
            a.ethnicity if a else None, a.org if a else None, a.entry if a else None, a.label if a else None,
            m.kind, m.unresolved]


def _thing_values(m: Mention | None) -> list[Any]:
    return [None] * 3 if m is None else [m.text, m.start, m.end]


def event_row(e: Event) -> list[Any]:
    p: Place | None = e.location
    loc_s, loc_e = e.location_span or (None, None)
    from .indicators.cameo import cameo_root, goldstein, quad_class

    counts = [v for c in (e.killed, e.injured, e.arrested) for v in ((c.value, c.start, c.end) if c else (None,) * 3)]
    return [e.id, e.doc_id, e.sentence_index, e.sentence_start, e.sentence_text, e.event_type, e.mode,
            [c for c in (e.context or "").split(",") if c] or None, e.cameo, cameo_root(e.cameo), quad_class(e.cameo),
            goldstein(e.cameo), e.modality, e.trigger_text, e.trigger_start, e.trigger_end,
            *_role_values(e.source), *_role_values(e.target), *_role_values(e.claimant),
            *_thing_values(e.instrument), *_thing_values(e.object), e.date, e.date_source, e.date_text, e.location_text or (p.text if p else None),
            loc_s if loc_s is not None else (p.start if p else None), loc_e if loc_e is not None else (p.end if p else None),
            p.name if p else None, p.geonameid if p else None, p.lat if p else None, p.lon if p else None,
            p.country if p else None, p.admin1 if p else None, p.precision if p else None,
            p.iso2 if p else None, p.admin1_code if p else None, p.admin1_iso if p else None, p.admin2 if p else None,
            e.nominal, e.embedded, *counts, e.coder_version]


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a store written by an older schema up to date in place (new columns, list contexts, null spans).

    Runs inside the caller's schema transaction.
    """
    have = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                            "WHERE table_name = 'events'").fetchall())
    if all(n in have for n, _, _ in EVENT_COLUMNS) and have.get("context") == "VARCHAR[]":
        return
    from .indicators.cameo import cameo_root, goldstein, quad_class

    if have.get("context") == "VARCHAR":
        con.execute("ALTER TABLE events ALTER context TYPE VARCHAR[] USING "
                    "CASE WHEN context IS NULL OR context = '' THEN NULL ELSE string_split(context, ',') END")
    for name, typ, _ in EVENT_COLUMNS:
        if name not in have:
            con.execute(f'ALTER TABLE events ADD COLUMN "{name}" {typ.replace(" PRIMARY KEY", "")}')
    for (code,) in con.execute("SELECT DISTINCT cameo FROM events WHERE cameo IS NOT NULL").fetchall():
        con.execute("UPDATE events SET cameo_root = ?, quad_class = ?, goldstein = ? WHERE cameo = ?",
                    [cameo_root(code), quad_class(code), goldstein(code), code])
    for role in ("source", "target", "claimant"):
        con.execute(f"UPDATE events SET {role}_start = NULL, {role}_end = NULL WHERE {role}_start < 0")
    con.execute("UPDATE mentions SET start_char = NULL, end_char = NULL WHERE start_char < 0")


_ARROW = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "float64", "BOOLEAN": "bool_",
          "DATE": "date32", "JSON": "string"}
_V, _I = "VARCHAR", "INTEGER"
#: The flat row schema of a DocResult, one list of (column, DuckDB type) per table: what `write_batch`
#: inserts and what a Parquet shard holds (see `result_rows`, `write_shard`, `Store.merge_shard`).
ROW_SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "documents": [(c, _V) for c in ("id", "path", "url", "title", "publisher", "author", "author_code")]
    + [("published", "DATE"), ("dateline", "DATE"), ("language", _V), ("text", _V), ("metadata", "JSON")]
    + [(c, _V) for c in ("focus_country", "coder_version", "run_key", "source_key")],
    "sentences": [("doc_id", _V), ("idx", _I), ("start_char", _I), ("end_char", _I), ("text", _V)],
    "events": [(n, t.split()[0]) for n, t, _ in EVENT_COLUMNS],
    "mentions": [("event_id", _V), ("doc_id", _V), ("role", _V), ("text", _V), ("start_char", _I), ("end_char", _I)]
    + [(c, _V) for c in ("code", "country", "sector", "ethnicity", "org", "entry", "kind")] + [("unresolved", "BOOLEAN")],
    "toponyms": [("doc_id", _V), ("text", _V), ("start_char", _I), ("end_char", _I), ("name", _V), ("geonameid", "BIGINT"),
                 ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("country", _V), ("precision", _V)],
}


def result_rows(results: list[DocResult], run_key: str | None = None) -> dict[str, list[list[Any]]]:
    """The rows each table gets for these results, in `ROW_SCHEMAS` order (plain Python values)."""
    docs = [[r.document.id, r.document.path, r.document.url, r.document.title, r.document.publisher,
             r.document.author or (r.author.text if r.author else None),
             r.author.actor.code if r.author and r.author.actor else None, r.document.published,
             r.document.dateline, r.document.language, r.document.text,
             json.dumps(r.document.metadata, default=str), r.focus_country,
             r.events[0].coder_version if r.events else _coder_version(), run_key,
             source_key(r.document)] for r in results]
    sents = [[r.document.id, i, s, e, t] for r in results for i, s, e, t in r.sentences]
    events = [event_row(e) for r in results for e in r.events]
    mentions = []
    for r in results:
        for e in r.events:
            for role, m in (("source", e.source), ("target", e.target)):
                if m is not None:
                    vals = dict(zip(_ROLE_COLS, _role_values(m)))
                    mentions.append([e.id, e.doc_id, role, *(vals[c] for c in _MENTION_COLS)])
    tops = [[r.document.id, p.text, p.start, p.end, p.name, p.geonameid, p.lat, p.lon, p.country, p.precision]
            for r in results for p in r.toponyms]
    return {"documents": docs, "sentences": sents, "events": events, "mentions": mentions, "toponyms": tops}


def _arrow_type(pa, t: str):
    if t.endswith("[]"):  # a DuckDB list
        return pa.list_(_arrow_type(pa, t[:-2]))
    return getattr(pa, _ARROW[t])()


def write_shard(rows: dict[str, list[list[Any]]], folder: str | Path) -> Path:
    """Write table rows (from `result_rows`) as one Parquet file per non-empty table under ``folder``."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for table, schema in ROW_SCHEMAS.items():
        data = rows.get(table) or []
        if not data:
            continue
        pq.write_table(arrow_rows(data, schema), folder / f"{table}.parquet")
    return folder


def shard_blobs(rows: dict[str, list[list[Any]]]) -> dict[str, bytes]:
    """Table rows (from `result_rows`) as one Parquet file's bytes per non-empty table (a shard in memory)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = {}
    for table, schema in ROW_SCHEMAS.items():
        if rows.get(table):
            sink = pa.BufferOutputStream()
            pq.write_table(arrow_rows(rows[table], schema), sink)
            out[table] = sink.getvalue().to_pybytes()
    return out


def arrow_rows(data: list[list[Any]], schema: list[tuple[str, str]]):
    """Rows (in ``schema`` order) as an Arrow table with the schema's types."""
    import pyarrow as pa

    cols = list(zip(*data))
    return pa.table({name: pa.array(list(col), type=_arrow_type(pa, t)) for (name, t), col in zip(schema, cols)})


class StoreError(RuntimeError):
    """The store cannot be opened (not a DuckDB file, locked by another process, ...)."""


class Store:
    """The DuckDB store.

    ``read_only`` opens a held read-only connection (waiting up to ``wait`` s while a writer holds the
    lock). A writer opened with ``hold=False`` connects only inside each call, so readers can open the
    file between batches.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False, *, hold: bool = True,
                 wait: float = 30.0, on_wait: Callable[[str], None] | None = None):
        self.path = str(path)
        self.read_only = read_only
        self.hold = hold or read_only
        self.wait = wait
        self.on_wait = on_wait
        self._con: duckdb.DuckDBPyConnection | None = None
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"{self.path}: no such store (run `flashpoint code` first)")
        con = self._connect()
        if not read_only:
            # one transaction: a run killed while creating the schema leaves none of it, not half
            con.execute("BEGIN TRANSACTION")
            con.execute(DDL)
            _migrate(con)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
        if self.hold:
            self._con = con
        else:
            con.close()

    def _connect(self) -> duckdb.DuckDBPyConnection:
        """Open the file, retrying while another process holds its lock."""
        deadline = time.monotonic() + self.wait
        told = False
        delay = 0.05
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.IOException as e:
                msg = str(e)
                if "lock" not in msg.lower():
                    raise StoreError(f"{self.path}: cannot open the store ({_first_line(msg)})") from None
                holder = re.search(r"\(PID (\d+)\)", msg)
                who = f"process {holder.group(1)}" if holder else "another process"
                if time.monotonic() >= deadline:
                    raise StoreError(f"{self.path}: the store is busy (locked by {who}); gave up after "
                                     f"{self.wait:g} s, try again when it has finished") from None
                if not told and self.on_wait is not None:
                    self.on_wait(f"{self.path} is locked by {who}; waiting up to {self.wait:g} s")
                    told = True
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            except duckdb.Error as e:
                raise StoreError(f"{self.path}: cannot open the store ({_first_line(str(e))})") from None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The held connection (a transient writer opens and holds one on first use)."""
        if self._con is None:
            self._con = self._connect()
            self.hold = True
        return self._con

    @contextmanager
    def _session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._con is not None:
            yield self._con
            return
        con = self._connect()
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def held(self) -> Iterator[None]:
        """One connection for every call inside: a transient writer otherwise opens the file for each call,
        and opening a DuckDB database costs some 20 ms of CPU (closing one after a write, a checkpoint more)."""
        if self._con is not None:
            yield
            return
        self._con = self._connect()
        try:
            yield
        finally:
            con, self._con = self._con, None
            con.close()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- writes -------------------------------------------------------------------------------
    def known(self, doc_ids: Iterable[str], coder_version: str, run_key: str | None = None) -> set[str]:
        """Ids already coded by this coder version with the same run settings (author, dictionaries)."""
        ids = list(doc_ids)
        if not ids:
            return set()
        with self._session() as con:
            rows = con.execute("SELECT id FROM documents WHERE coder_version = ? AND run_key IS NOT DISTINCT FROM ? "
                               "AND list_contains(?, id)", [coder_version, run_key, ids]).fetchall()
        return {r[0] for r in rows}

    def known_where(self, doc_ids: Iterable[str], coder_version: str, run_key: str | None = None
                    ) -> dict[str, StoredSource]:
        """`known`, with where each stored document was read from (its path or URL, else its id) and its
        source key (see `source_key`)."""
        ids = list(doc_ids)
        if not ids:
            return {}
        with self._session() as con:
            rows = con.execute("SELECT id, coalesce(path, url, id), source_key FROM documents WHERE coder_version = ? "
                               "AND run_key IS NOT DISTINCT FROM ? AND list_contains(?, id)",
                               [coder_version, run_key, ids]).fetchall()
        return {i: StoredSource(w, k) for i, w, k in rows}

    def write_batch(self, results: list[DocResult], *, run_key: str | None = None,
                    seen: Iterable[Document] = ()) -> int:
        """Replace the rows of these documents in one transaction; returns events written.

        ``seen`` are documents of the batch that were not re-coded (unchanged); their source keys are
        recorded too. A source (file path or URL) whose text changed now points at the new document,
        and a document no source points at any more is removed with its events.
        """
        seen = list(seen)
        if not results and not seen:
            return 0
        ids = [r.document.id for r in results]
        with self._session() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                self._write(con, results, ids, run_key)
                self._remap_sources(con, [r.document for r in results] + seen)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return sum(len(r.events) for r in results)

    def _write(self, con: duckdb.DuckDBPyConnection, results: list[DocResult], ids: list[str],
               run_key: str | None) -> None:
        if not results:
            return
        self._delete_docs(con, ids)
        for table, rows in result_rows(results, run_key).items():
            if rows:  # one bulk insert per table through Arrow (executemany runs a statement per row)
                cols = ", ".join(f'"{c}"' for c, _ in ROW_SCHEMAS[table])
                con.register("_batch_rows", arrow_rows(rows, ROW_SCHEMAS[table]))
                try:
                    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch_rows")
                finally:
                    con.unregister("_batch_rows")

    def merge_shard(self, shard: str | Path, seen: Iterable[tuple[str, str]] = (), skip: Iterable[str] = ()) -> None:
        """Merge one Parquet shard (a folder with a file per table, see `write_shard`) in one transaction.

        ``seen`` are (source key, document id) pairs of unchanged documents, recorded like `write_batch`'s;
        the rows of documents in ``skip`` are left out (coded twice in one run: the first copy is kept).
        """
        shard = Path(shard)
        skip = list(skip)
        with self._session() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                docs = shard / "documents.parquet"
                pairs = dict(seen)
                if docs.exists():
                    keep = "WHERE NOT list_contains($skip, {})" if skip else ""
                    args = {"skip": skip} if skip else {}
                    src = f"read_parquet('{_q(str(docs))}') {keep.format('id')}"
                    ids = [r[0] for r in con.execute(f"SELECT id FROM {src}", args).fetchall()]
                    self._delete_docs(con, ids)
                    for table, schema in ROW_SCHEMAS.items():
                        f = shard / f"{table}.parquet"
                        if f.exists():
                            cols = ", ".join(f'"{c}"' for c, _ in schema)
                            where = keep.format("id" if table == "documents" else "doc_id")
                            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet('{_q(str(f))}') "
                                        f"{where}", args)
                    pairs.update({k: i for k, i in con.execute(
                        f"SELECT source_key, id FROM {src} {'AND' if skip else 'WHERE'} source_key IS NOT NULL", args
                    ).fetchall()})
                self._remap_pairs(con, pairs)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def known_ids(self, coder_version: str, run_key: str | None = None) -> set[str]:
        """Every document id coded by this coder version with these run settings (ids only)."""
        with self._session() as con:
            rows = con.execute("SELECT id FROM documents WHERE coder_version = ? AND run_key IS NOT DISTINCT FROM ?",
                               [coder_version, run_key]).fetchall()
        return {r[0] for r in rows}

    @staticmethod
    def _delete_docs(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
        # only documents the store holds have rows to delete: new ones cost one scan of documents.id,
        # not a scan of every table per batch
        ids = [r[0] for r in con.execute("SELECT id FROM documents WHERE list_contains(?, id)", [ids]).fetchall()]
        if not ids:
            return
        for table, col in (("events", "doc_id"), ("mentions", "doc_id"), ("sentences", "doc_id"),
                           ("toponyms", "doc_id"), ("documents", "id")):
            con.execute(f"DELETE FROM {table} WHERE list_contains(?, {col})", [ids])

    def _remap_sources(self, con: duckdb.DuckDBPyConnection, docs: list[Document]) -> None:
        pairs: dict[str, str] = {}
        superseded: set[str] = set()  # two texts of one source in one write: the earlier is replaced, as when written apart
        for d in docs:
            if k := source_key(d):
                if pairs.get(k, d.id) != d.id:
                    superseded.add(pairs[k])
                pairs[k] = d.id
        self._remap_pairs(con, pairs, superseded)

    def _remap_pairs(self, con: duckdb.DuckDBPyConnection, pairs: dict[str, str], superseded: set[str] = frozenset()
                     ) -> None:
        if not pairs:
            return
        keys = list(pairs)
        old = {r[0] for r in con.execute("SELECT doc_id FROM sources WHERE list_contains(?, key)", [keys]).fetchall()}
        old |= superseded
        # one statement for all pairs: executemany runs one per row (~2 ms each, more than coding a short text)
        con.execute("INSERT OR REPLACE INTO sources SELECT unnest($k) AS key, unnest($v) AS doc_id",
                    {"k": keys, "v": list(pairs.values())})
        orphans = [i for i in old - set(pairs.values())
                   if con.execute("SELECT count(*) FROM sources WHERE doc_id = ?", [i]).fetchone()[0] == 0]
        if orphans:
            self._delete_docs(con, orphans)

    # -- reads --------------------------------------------------------------------------------
    def query_events(self, *, event_type: str | None = None, actor: str | None = None, date_from: date | None = None,
                     date_to: date | None = None, doc_id: str | None = None, limit: int | None = None) -> list[dict]:
        where, args = [], []
        if event_type:
            where.append("event_type = ?")
            args.append(event_type.upper())
        if actor:
            where.append("(source_text ILIKE ? OR target_text ILIKE ? OR source_code ILIKE ? OR target_code ILIKE ?)")
            args += [f"%{actor}%"] * 4
        if date_from:
            where.append("date >= ?")
            args.append(date_from)
        if date_to:
            where.append("date <= ?")
            args.append(date_to)
        if doc_id:
            where.append("doc_id LIKE ?")
            args.append(f"{doc_id}%")
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date NULLS LAST, doc_id, sentence_index, trigger_start, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self._session() as con:
            cur = con.execute(sql, args)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]

    def document(self, doc_ref: str) -> dict | None:
        """The document ``doc_ref`` names (see `find_documents`); the first candidate when several fit equally."""
        found = self.find_documents(doc_ref, limit=1)
        return found[0] if found else None

    def find_documents(self, doc_ref: str, limit: int = 10) -> list[dict]:
        """The documents ``doc_ref`` names, best kind of match only: its id, else the one read from that path
        (``FILE`` or ``FILE#LINE``, however the file is named from here), else ids that start with it, else
        paths that end with it (after a ``/``), else paths that contain it. One row when the reference is
        unambiguous; several (at most ``limit`` + 1, so a caller can say there are more) when it fits as many
        documents equally well."""
        paths, keys = [], []
        file, sep, row = doc_ref.partition("#")
        if file and not re.match(r"^[a-z]+://", file) and Path(file).exists():
            # a path is stored as the run wrote it: the file named from this folder may be stored as such
            # (a row's name has no other form); a whole file also has its absolute source key
            full = Path(file).resolve()
            paths.append(os.path.relpath(full) + sep + row)
            if not sep:
                keys.append("file:" + str(full))
        tier, args = document_tier(doc_ref, paths, keys)
        with self._session() as con:
            # the tier of each candidate: a prefix or a fragment that fits two documents names neither, so the
            # caller can list them instead of printing one at random ('feed.jsonl#1' is an exact path, not
            # a fragment of 'feed.jsonl#12')
            cur = con.execute(
                f"SELECT * FROM (SELECT {tier} AS _tier, * FROM documents) WHERE _tier IS NOT NULL "
                "ORDER BY _tier, path, id LIMIT ?", [*args, limit + 1])
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r)) for r in cur.fetchall()]
        best = [r for r in rows if r["_tier"] == rows[0]["_tier"]] if rows else []
        for r in best:
            del r["_tier"]
        return best[:limit + 1]

    def counts(self) -> dict[str, int]:
        with self._session() as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("documents", "sentences", "events", "mentions", "toponyms")}

    #: rows of each summary table unless asked otherwise (types are at most 16)
    SUMMARY_ROWS = {"type": None, "dyad": 15, "date": 30}

    def summary(self, by: str, limit: int | None = -1) -> tuple[list[tuple], int]:
        """Events by type, dyad (most first) or date (in order): the first ``limit`` rows (-1: `SUMMARY_ROWS`;
        None: all) and how many rows there are in all."""
        sql = {
            "type": "SELECT event_type, count(*) n FROM events GROUP BY 1 ORDER BY n DESC, 1",
            # an event with neither side coded is no dyad: ranked among dyads it led the table of the bundled
            # corpus (423 of 2,181 events) and hid the pairs; `no_dyad_events` counts it instead, as the
            # dyad indicator series leave it out too
            "dyad": "SELECT coalesce(source_code, '?') || ' -> ' || coalesce(target_code, '?') dyad, count(*) n "
                    "FROM events WHERE source_code IS NOT NULL OR target_code IS NOT NULL "
                    "GROUP BY 1 ORDER BY n DESC, 1",
            "date": "SELECT date, count(*) n FROM events GROUP BY 1 ORDER BY 1 NULLS LAST",
        }[by]
        if limit == -1:
            limit = self.SUMMARY_ROWS[by]
        with self._session() as con:
            total = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
            rows = con.execute(sql + ("" if limit is None else f" LIMIT {int(limit)}")).fetchall()
        return rows, total

    def no_dyad_events(self) -> int:
        """Events with neither a coded source nor a coded target (left out of the dyad summary)."""
        with self._session() as con:
            return con.execute("SELECT count(*) FROM events WHERE source_code IS NULL AND target_code IS NULL"
                               ).fetchone()[0]

    def export(self, path: str | Path, fmt: str, level: str = "events") -> int:
        """Export events or clusters: parquet/csv (flat columns, see docs/export.md) or jsonl.

        Event rows carry their document's provenance; in CSV, CAMEO codes are quoted text, lists are JSON,
        and text cells that a spreadsheet would run as a formula get a leading ``'`` (see SECURITY.md).
        """
        path = str(path)
        parent = Path(path).resolve().parent
        if not parent.is_dir():
            raise StoreError(f"{path}: cannot write the export (no such folder {parent})")
        if level not in ("events", "clusters"):
            raise ValueError(f"unknown export level {level!r} (events, clusters)")
        if fmt not in ("parquet", "csv", "jsonl"):
            raise ValueError(f"unknown export format {fmt!r} (parquet, jsonl, csv)")
        with self._session() as con:
            if level == "clusters":
                from .indicators.clusters import ensure_clusters

                ensure_clusters(con)
                select = "SELECT * FROM clusters_full ORDER BY date NULLS LAST, cluster_id"
            else:
                select = f"SELECT * FROM ({FLAT_EVENTS_SQL}) ORDER BY date NULLS LAST, id"
            n = con.execute(f"SELECT count(*) FROM ({select})").fetchone()[0]
            if fmt == "parquet":
                con.execute(f"COPY ({select}) TO '{_q(path)}' (FORMAT PARQUET)")
            elif fmt == "csv":
                cols = con.execute(f"DESCRIBE ({select})").fetchall()
                flat = ", ".join(f'CAST(to_json("{c}") AS VARCHAR) AS "{c}"' if t.endswith("[]") or t.startswith("STRUCT")
                                 else f'"{c}"' for c, t, *_ in cols)
                quoted = [c for c, *_ in cols if c.startswith("cameo")]
                force = f", FORCE_QUOTE ({', '.join(quoted)})" if quoted else ""
                con.execute(f"COPY ({csv_safe_select(con, f'SELECT {flat} FROM ({select})')}) TO '{_q(path)}' "
                            f"(FORMAT CSV, HEADER, DELIMITER ','{force})")  # the format named, not the file's suffix
            else:
                docs = {r[0]: r for r in con.execute(
                    "SELECT id, url, title, publisher, path, published FROM documents").fetchall()}
                cur = con.execute(select)
                cols = [d[0] for d in cur.description]
                with open(path, "w", encoding="utf-8") as fh:
                    while rows := cur.fetchmany(10_000):
                        for row in rows:
                            rec = dict(zip(cols, row))
                            if level == "events":
                                rec = plover_record(rec, docs.get(rec["doc_id"]))
                            fh.write(json.dumps(rec, default=str, ensure_ascii=False) + "\n")
        return n


def csv_safe_select(con: duckdb.DuckDBPyConnection, select: str) -> str:
    """Wrap a query so that its text columns cannot start a spreadsheet formula (OWASP CSV injection)."""
    cols = con.execute(f"DESCRIBE ({select})").fetchall()
    out = []
    for name, typ, *_ in cols:
        q = '"' + name.replace('"', '""') + '"'
        if typ == "VARCHAR":
            out.append(f"CASE WHEN regexp_matches({q}, '^[=+@\\t\\r-]') THEN '''' || {q} ELSE {q} END AS {q}")
        else:
            out.append(q)
    return f"SELECT {', '.join(out)} FROM ({select})"


class StoredSource(NamedTuple):
    """Where a stored document was read from: as the run named it (``where``), and its `source_key`."""
    where: str
    key: str | None


def same_source(a: str, b: str, key_a: str | None = None, key_b: str | None = None) -> bool:
    """Whether two places a document was read from (``where``: a path, ``path#row`` or a URL) are one, however
    the path was written on the command line. ``key_a`` and ``key_b`` are their source keys where known: a
    relative path is stored as written, so only the key tells that ``docs/a.txt`` read from one folder and
    ``a.txt`` read from ``docs`` are one file."""
    if a == b or (key_a is not None and key_a == key_b):
        return True
    if re.match(r"^[a-z]+://", a) or re.match(r"^[a-z]+://", b) or a.startswith("<") or b.startswith("<"):
        return False
    (fa, _, ra), (fb, _, rb) = a.partition("#"), b.partition("#")
    return ra == rb and Path(fa).resolve() == Path(fb).resolve()


def source_key(doc: Document) -> str | None:
    """Where a document came from, if it can come again with new text: its URL or its file."""
    if doc.url:
        return doc.url
    if doc.path and "#" not in doc.path and not doc.path.startswith("<"):
        return "file:" + str(Path(doc.path).resolve())
    return None


def _first_line(msg: str) -> str:
    return msg.strip().splitlines()[0] if msg.strip() else "unknown error"


def _q(path: str) -> str:
    return path.replace("'", "''")


def _coder_version() -> str:
    from . import CODER_VERSION

    return CODER_VERSION


def plover_record(ev: dict, doc: tuple | None = None) -> dict:
    """One event in the PLOVER JSON layout (plus flashpoint's evidence and attribution fields)."""
    def actor(role: str) -> dict | None:
        if ev.get(f"{role}_text") is None:
            return None
        return {"text": ev[f"{role}_text"], "code": ev[f"{role}_code"], "country": ev[f"{role}_country"],
                "sector": ev[f"{role}_sector"], "ethnicity": ev[f"{role}_ethnicity"], "org": ev[f"{role}_org"],
                "span": [ev[f"{role}_start"], ev[f"{role}_end"]], "kind": ev[f"{role}_kind"],
                "unresolved": ev[f"{role}_unresolved"]}

    return {
        "id": ev["id"],
        "date": ev["date"].isoformat() if ev.get("date") else None,
        "actor": actor("source"),
        "recipient": actor("target"),
        "event": ev["event_type"],
        "mode": ev["mode"],
        "context": ev["context"],
        "cameo": ev["cameo"],
        "cameo_root": ev.get("cameo_root"),
        "quad_class": ev.get("quad_class"),
        "goldstein": ev.get("goldstein"),
        "counts": {k: {"value": ev[k], "span": [ev[f"{k}_start"], ev[f"{k}_end"]]}
                   for k in ("killed", "injured", "arrested") if ev.get(k) is not None} or None,
        "modality": ev["modality"],
        "claimant": actor("claimant"),
        "instrument": None if ev.get("instrument_text") is None else {
            "text": ev["instrument_text"], "span": [ev["instrument_start"], ev["instrument_end"]]},
        "object": None if ev.get("object_text") is None else {
            "text": ev["object_text"], "span": [ev["object_start"], ev["object_end"]]},
        "event_loc": None if ev.get("place_name") is None else {
            "name": ev["place_name"], "text": ev["location_text"], "geonameid": ev["geonameid"], "lat": ev["lat"],
            "lon": ev["lon"], "country": ev["country_code"], "country_iso2": ev.get("country_iso2"),
            "admin1": ev["admin1"], "admin1_code": ev.get("admin1_code"), "admin2": ev.get("admin2"),
            "precision": ev["precision"]},
        "event_text": ev["trigger_text"],
        "event_span": [ev["trigger_start"], ev["trigger_end"]],
        "text": ev["sentence_text"],
        "text_info": {"doc_id": ev["doc_id"], "sentence_index": ev["sentence_index"],
                      "sentence_start": ev["sentence_start"], "date_source": ev["date_source"],
                      "url": doc[1] if doc else None, "title": doc[2] if doc else None,
                      "publisher": doc[3] if doc else None, "path": doc[4] if doc else None,
                      "published": doc[5].isoformat() if doc and len(doc) > 5 and doc[5] else None},
        "coder_version": ev["coder_version"],
    }
