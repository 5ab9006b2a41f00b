"""Readers per input format: text, HTML, JSONL, CSV, Parquet, folders, http(s) URLs."""
from __future__ import annotations

import csv
import functools
import importlib.util
import io
import itertools
import json
import os
import re
import time
from html.parser import HTMLParser
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..dates import find_published, read_dateline
from .given_date import read_given_date
from ..records import Document, IngestError
from .decode import DecodeError, decode_bytes
from .feed import FeedDates

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}  # one JSON value: an array of records, an object holding one, or one record
CSV_SUFFIXES = {".csv", ".tsv"}
PARQUET_SUFFIXES = {".parquet"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | PARQUET_SUFFIXES
#: Columns with a meaning; any other JSONL/CSV field is kept as document metadata.
KNOWN_FIELDS = {"text", "title", "date", "url", "source", "author", "publisher", "id", "language"}
#: the fields read from a column or key of any case ('Text', 'DATE'); not 'id' (which is not read: an 'ID' column
#: stays in the metadata) nor 'language' (a 'Language' column of 'English' is no language code)
CASELESS_FIELDS = {"text", "title", "date", "url", "source", "author", "publisher"}
MAX_CHARS = 5_000_000
MAX_DOWNLOAD_BYTES = 20_000_000
TEXT_CONTENT_TYPES = {"text/plain", "text/html", "application/xhtml+xml", "text/xml", "application/xml"}

Item = Document | IngestError


def _is_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or bool(re.search(r"<(body|p|div)[\s>]", head))


def html_to_document(html: str, *, path: str | None = None, url: str | None = None,
                     meta: dict[str, Any] | None = None, feed_date: date | None = None) -> Document | IngestError:
    """Strip boilerplate with trafilatura; keep title, date, author and site name."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        # lxml refuses trees nested deeper than a few hundred levels; a plain tag stripper does not
        text = _html_text(html)
    if not text or not text.strip():
        return IngestError(path or url or "<html>", "no article text found in HTML")
    md = trafilatura.extract_metadata(html)
    fields = dict(meta or {})
    if md is not None:
        fields.setdefault("title", md.title)
        fields.setdefault("date", md.date)
        fields.setdefault("author", md.author)
        fields.setdefault("publisher", md.sitename)
    title = fields.get("title")
    if title and not text.startswith(title):
        # keep the headline in the text so its offsets are evidence like any other sentence
        text = f"{title}\n\n{text}"
    return make_document(text, path=path, url=url, fields=fields, feed_date=feed_date)


class _TextOnly(HTMLParser):
    """Visible text of an HTML page, without a tree (no depth limit)."""
    _SKIP = {"script", "style", "noscript", "template", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _html_text(html: str) -> str:
    p = _TextOnly()
    p.feed(html)
    p.close()
    lines = (re.sub(r"[ \t]+", " ", ln).strip() for ln in "".join(p.parts).split("\n"))
    return "\n\n".join(ln for ln in lines if ln)


@functools.lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for ``lang``, read from their module file without importing spaCy: a Ray reader
    process imports no model code, and importing spaCy cost it 1.3 s of CPU for two word lists."""
    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    path = Path(spec.origin).parent / "lang" / lang / "stop_words.py" if spec and spec.origin else None
    if path is not None and path.is_file():
        mod_spec = importlib.util.spec_from_file_location(f"_flashpoint_stop_words_{lang}", path)
        if mod_spec and mod_spec.loader:
            mod = importlib.util.module_from_spec(mod_spec)
            mod_spec.loader.exec_module(mod)  # the file defines STOP_WORDS and imports nothing
            if isinstance(getattr(mod, "STOP_WORDS", None), set):
                return frozenset(mod.STOP_WORDS)
    return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)


def guess_language(text: str) -> str:
    """'en' for English, 'sr' for Serbian (mostly Cyrillic text, or Latin text whose own function words
    outnumber English ones), else 'und'.

    The coder's model and dictionaries are English; other languages are stored but not coded, so a wrong
    'sr' silently drops an English text, while a wrong 'und' only codes a foreign one: Serbian in Latin script
    needs evidence that names and abbreviations cannot give.
    """
    head = text[:20000]
    words = re.findall(r"[^\W\d_]+", head.lower())
    if not words:
        return "und"
    letters = [c for c in head if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if letters and cyr / len(letters) > 0.5:
        return "sr"
    en, hr = _stop_words("en"), _stop_words("hr")
    # whole words: a name's particle or an abbreviation's letter ('al-Hariri', "Sudan's", 'U.S.') is no
    # function word; capitalised words are left out as well ('Evo Morales', 'De Mistura', 'Ali')
    tokens = re.findall(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", head)
    lower = [t for t in tokens if t.islower()]
    hr_only = sum(1 for t in lower if t in hr and t not in en)
    en_only = sum(1 for t in lower if t in en and t not in hr)
    if hr_only >= 2 and hr_only > en_only and hr_only / len(tokens) >= 0.15:
        return "sr"
    if sum(1 for w in words if w in en) / len(words) >= 0.15:
        return "en"
    return "und"


def make_document(text: str, *, path: str | None = None, url: str | None = None,
                  fields: dict[str, Any] | None = None, feed_date: date | None = None) -> Document:
    """Build a Document: header title, crawl date, dateline, author from metadata. ``feed_date``: what the
    document's feed gives a year-less dateline (``ingest/feed.py``), kept in its metadata."""
    fields = {k: v for k, v in (fields or {}).items() if v not in (None, "")}
    given = read_given_date(fields.get("date"))
    published = given or find_published(text)
    dl = read_dateline(text, published, feed=feed_date)
    title = fields.get("title")
    if not title:
        first = text.lstrip().split("\n", 1)[0].strip()
        if 0 < len(first) < 200 and "\n" in text.strip():
            title = first
    meta = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    if fields.get("date") is not None and given is None:
        meta[UNREAD_DATE] = str(fields["date"])  # kept, and named by `date_notes`, not dropped unseen
    if feed_date is not None:
        meta["feed_date"] = feed_date.isoformat()
    return Document.from_text(
        text,
        path=path,
        url=url or fields.get("url"),
        title=title,
        publisher=fields.get("publisher") or fields.get("source"),
        author=fields.get("author"),
        published=published,
        dateline=dl.date if dl else None,
        dateline_span=dl.span if dl else None,
        year_source=dl.year_source if dl else None,
        dateline_md=dl.month_day if dl else None,
        language=str(fields.get("language") or guess_language(text)),
        metadata=meta,
    )


def _sidecar(path: Path) -> tuple[dict[str, Any], IngestError | None]:
    """The metadata of ``NAME.meta.json`` beside a file, and a note when it is there but cannot be used (it was
    ignored without a word: the file lost its author and date)."""
    for cand in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if cand.exists():
            try:
                meta = json.loads(cand.read_text("utf-8"))
            except UnicodeDecodeError:
                problem = "not UTF-8"
            except ValueError as e:
                problem = f"malformed JSON: {_where_in_line(e) if isinstance(e, json.JSONDecodeError) else e}"
            except OSError as e:
                problem = f"cannot read ({e.strerror})"
            else:
                if isinstance(meta, dict):
                    return meta, None
                problem = f"{_json_kind(meta)}, not an object such as {{\"author\": ..., \"date\": ...}}"
            return {}, IngestError(str(cand), f"{problem}; {path.name} was read without its metadata", note=True)
    return {}, None


UNREAD_DATE = "unread_date"


def date_notes(items: Iterable[Item]) -> Iterator[Item]:
    """The items, each document followed by a note when its given date was not read."""
    for item in items:
        yield item
        if isinstance(item, Document) and (value := (item.metadata or {}).get(UNREAD_DATE)) is not None:
            where = item.path or item.url or item.id
            file, _, line = where.partition("#")
            yield IngestError(file if line.isdigit() else where, f"date {value!r} is not a date flashpoint reads "
                              "(2024-05-03, 3 May 2024, RFC 2822, ...): the document's dates come from its text",
                              int(line) if line.isdigit() else None, note=True)


def _check_size(text: str, where: str) -> IngestError | None:
    if len(text) > MAX_CHARS:
        return IngestError(where, f"document too large ({len(text):,} chars > {MAX_CHARS:,}); split it first")
    return None


def read_bytes_document(data: bytes, where: str, *, fields: dict[str, Any] | None = None,
                        url: str | None = None, feed_date: date | None = None) -> Document | IngestError:
    try:
        text, _ = decode_bytes(data)
    except DecodeError as e:
        return IngestError(where, str(e))
    if err := _check_size(text, where):
        return err
    if _is_html(text):
        return html_to_document(text, path=None if url else where, url=url, meta=fields, feed_date=feed_date)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return make_document(text, path=None if url else where, url=url, fields=fields, feed_date=feed_date)


#: a feed whose texts come to less than this many characters keeps its documents from the first pass for the last
#: (making a document, its dates, language and id, is most of the cost of reading one: about 0.8 ms)
FEED_KEEP_CHARS = 4_000_000


def _feed_documents(rows: Callable[[], Iterator[tuple[int, Any]]], where: str) -> Iterator[Item]:
    """The documents of one feed file (JSONL, CSV, Parquet), year-less datelines dated by the feed: the file is
    read once to find them and the dated documents (``feed.FeedDates``), again for those documents' texts
    when there are both, and a last time to yield every document in order (a small feed yields the first
    pass's documents, made again only where the feed dates them)."""
    fd = FeedDates()
    kept: list[Item] | None = []
    size = 0
    for k, item in enumerate(_rows_to_documents(rows(), where)):
        if isinstance(item, Document):
            fd.observe(k, item, count=kept is None)  # a kept document's words are counted only if needed
            size += len(item.text)
        if kept is not None:
            kept.append(item)
            if size > FEED_KEEP_CHARS:
                _count_kept(fd, kept)  # before they are let go
                kept = None
    if kept is not None and fd.needed:
        _count_kept(fd, kept)
    if fd.needed:
        when = fd.dated
        for k, (_, row) in enumerate(rows()):
            if k in when:
                fd.score(k, _canonical_row(row)["text"], when[k])
    dates = fd.dates()
    if kept is None:
        yield from _rows_to_documents(rows(), where, dates)
        return
    again = _rows_to_documents(rows(), where, dates, only=set(dates)) if dates else iter(())
    for k, item in enumerate(kept):
        kept[k] = None  # what is yielded is the consumer's to keep or drop
        yield next(again) if k in dates else item


def _count_kept(fd: FeedDates, kept: list[Item]) -> None:
    for item in kept:
        if isinstance(item, Document):
            fd.count(item.text)


def _canonical_names(names: Iterable[Any]) -> dict[Any, str]:
    """Column or key names that are a known field written otherwise ('Text', ' Date ', 'TITLE', as a spreadsheet
    exports them) -> the field; a name already exact, or a second spelling of a field, is left alone."""
    names = list(names)
    present = set(names)
    out: dict[Any, str] = {}
    for n in names:
        if not isinstance(n, str) or n in KNOWN_FIELDS:
            continue
        field = n.strip().lower()
        if field in CASELESS_FIELDS and field not in present and field not in out.values():
            out[n] = field
    return out


def _canonical_row(row: dict) -> dict:
    rename = _canonical_names(row)
    return {rename.get(k, k): v for k, v in row.items()} if rename else row


def _rows_to_documents(rows: Iterator[tuple[int, Any]], where: str,
                       feed: dict[int, date] | None = None, only: set[int] | None = None) -> Iterator[Item]:
    """One item per row, a document or an error; with ``only``, just those rows' items (by row index)."""
    for k, (line_no, row) in enumerate(rows):
        if only is not None and k not in only:
            continue
        if isinstance(row, IngestError):
            yield row
            continue
        if not isinstance(row, dict):
            yield IngestError(where, f"record is {_json_kind(row)}, not an object with a 'text' field", line_no)
            continue
        row = _canonical_row(row)
        text = row.get("text")
        if text is not None and not isinstance(text, str):
            yield IngestError(where, f"'text' field is {_json_kind(text)}, not a string", line_no)
            continue
        if not isinstance(text, str) or not text.strip():
            yield IngestError(where, "missing or empty 'text' field", line_no)
            continue
        if err := _check_size(text, f"{where}:{line_no}"):
            yield err
            continue
        fields = {k: (v if isinstance(v, (str, int, float, bool)) or v is None else json.dumps(v))
                  for k, v in row.items() if k != "text"}
        doc = make_document(text.replace("\r\n", "\n"), path=f"{where}#{line_no}", fields=fields,
                            feed_date=(feed or {}).get(k))
        yield doc


def _json_kind(v: Any) -> str:
    return {list: "a list", bool: "a boolean", int: "a number", float: "a number", str: "a string",
            dict: "an object"}.get(type(v), type(v).__name__)


def _where_in_line(e: json.JSONDecodeError, line: int | None = None) -> str:
    """The parser's message and where it stopped. Some messages end in "at" ("Unterminated string starting
    at"), which must not read "starting at at column 51"."""
    at = f"line {line} column {e.colno}" if line else f"column {e.colno}"
    return f"{e.msg} {at}" if e.msg.endswith(" at") else f"{e.msg} at {at}"


def _jsonl_rows(text: str, where: str) -> Iterator[tuple[int, Any]]:
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield i, json.loads(line)
        except json.JSONDecodeError as e:
            # the parser's message without its "line 1": the line is the file's, named by the error
            yield i, IngestError(where, f"malformed JSON: {_where_in_line(e)}", i)
        except ValueError as e:  # a number too long to convert
            yield i, IngestError(where, f"malformed JSON: {e}", i)


# keys under which exported JSON files commonly hold their records ({"documents": [...]})
_JSON_LIST_KEYS = ("documents", "articles", "items", "records", "data", "results", "rows", "entries", "docs")


def _json_rows(text: str, where: str) -> Iterator[tuple[int, Any]]:
    """The records of a .json file, numbered from 1 (a record's number stands where a JSONL file gives its line):
    an array of records, an object whose ``documents`` (or ``articles``, ``items``, ...) is one, or one record."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        yield e.lineno, IngestError(where, f"malformed JSON: {_where_in_line(e, e.lineno)}", e.lineno)
        return
    except ValueError as e:
        yield 1, IngestError(where, f"malformed JSON: {e}")
        return
    if isinstance(value, dict) and "text" not in value:
        lists = [k for k in _JSON_LIST_KEYS if isinstance(value.get(k), list)]
        if not lists:
            yield 1, IngestError(where, "a JSON object with no 'text' field and no list of records under "
                                        f"{', '.join(repr(k) for k in _JSON_LIST_KEYS[:4])}, ...")
            return
        value = value[lists[0]]
    records = value if isinstance(value, list) else [value]
    for i, rec in enumerate(records, 1):
        yield i, rec


class _Lines:
    """Lines of a text for the CSV reader, noting the first non-blank line each record starts on (the reader's
    ``line_num`` is the line it ends on: a multi-line record is named by where it starts, as an editor shows it)."""

    def __init__(self, text: str) -> None:
        self._it = io.StringIO(text)
        self.n = 0
        self.first: int | None = None
        self.record: list[str] = []  # the lines read since the last `take_first`: one record's

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        line = next(self._it)
        self.n += 1
        if self.first is None and line.strip("\r\n"):  # the reader skips blank lines between records
            self.first = self.n
        self.record.append(line)
        return line

    def take_first(self) -> int:
        first, self.first = self.first, None
        self.record = []
        return first if first is not None else self.n


def _csv_rows(text: str, where: str, delimiter: str) -> Iterator[tuple[int, Any]]:
    lines = _Lines(text)
    reader = csv.DictReader(lines, delimiter=delimiter)
    if reader.fieldnames and (rename := _canonical_names(reader.fieldnames)):
        reader.fieldnames = [rename.get(n, n) for n in reader.fieldnames]
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield 1, IngestError(where, f"CSV has no 'text' column (columns: {reader.fieldnames})", 1)
        return
    lines.take_first()  # the header's
    last: tuple[int, Any] | None = None  # held back one row: only the last can run to the end inside a quote
    try:
        for row in reader:
            end, run_together = lines.n, _runs_rows_together(lines.record, delimiter)
            line = lines.take_first()
            if last is not None:
                yield last
            if run_together:
                last = (line, IngestError(where, f"malformed CSV (a quoted field opened on this line closes on line "
                                                 f"{end} with more text after it, so lines {line}-{end} ran together; "
                                                 "none of them was read)", line))
            else:  # a row with more cells than header columns is reported
                last = (line, IngestError(where, "row has more fields than the header", line)) if None in row \
                    else (line, row)
    except csv.Error as e:
        if last is not None:
            yield last
        yield reader.line_num, IngestError(where, f"malformed CSV ({e})", reader.line_num)
        return
    if last is not None and _quote_left_open(text, last[0], delimiter):
        last = (last[0], IngestError(where, "malformed CSV (a quoted field opened on this line never closes, "
                                            "so from here to the end of the file nothing was read)", last[0]))
    if last is not None:
        yield last


def _runs_rows_together(record: list[str], delimiter: str) -> bool:
    """Whether a record of several lines holds a quoted field that closes with text after its quote: a quote
    left open on one row, closed by the next row's opening quote, so that the lenient reader made the rows one
    cell. A stray quote on one line (`"Police fired" tear gas`) is read as spreadsheets read it."""
    if sum(1 for line in record if line.strip("\r\n")) < 2:
        return False
    try:
        for _ in csv.reader(io.StringIO("".join(record)), delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        return "expected after" in str(e)
    return False


def _quote_left_open(text: str, line: int, delimiter: str) -> bool:
    """Whether the CSV record starting on ``line`` (1-based) runs to the end of the text inside a quoted field.
    The lenient reader would make the rest of the file one cell of that record."""
    tail = "".join(itertools.islice(io.StringIO(text), line - 1, None))  # lines as the reader counts them
    try:
        for _ in csv.reader(io.StringIO(tail), delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        return "unexpected end of data" in str(e)
    return False


def _sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: comma, semicolon, tab or pipe (spreadsheets in many locales use ';')."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _parquet_rows(path: Path, where: str) -> Iterator[tuple[int, Any]]:
    """Rows of a Parquet shard, one record batch at a time (never the whole file in memory)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as e:
        yield 1, IngestError(where, f"not a readable Parquet file ({_first(e)})", 1)
        return
    if "text" not in pf.schema_arrow.names and "text" not in _canonical_names(pf.schema_arrow.names).values():
        yield 1, IngestError(where, f"Parquet file has no 'text' column (columns: {pf.schema_arrow.names})", 1)
        return
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=256):
            for row in batch.to_pylist():
                n += 1
                yield n, {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    except (pa.ArrowException, OSError) as e:
        yield n + 1, IngestError(where, f"malformed Parquet ({_first(e)})", n + 1)


def _first(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [e.__class__.__name__])[0]


def read_file(path: Path, feed_date: date | None = None) -> Iterator[Item]:
    """The documents of one file. ``feed_date``: the date its folder's feed gives a one-document file
    (``folder_feed_dates``); a JSONL, CSV or Parquet file is a feed of its own. Notes (`IngestError.note`)
    name what of the input was not used."""
    return date_notes(_read_file(path, feed_date))


def _with_metadata(items: Iterator[Item], fields: dict[str, Any], none: IngestError) -> Iterator[Item]:
    """A feed's items, each document given the author and publisher of the feed's sidecar where it names none;
    ``none`` when the feed holds no record at all (a CSV header alone, an empty JSON list)."""
    empty = True
    for item in items:
        empty = False
        if isinstance(item, Document) and fields:
            for k in ("author", "publisher"):
                setattr(item, k, getattr(item, k) or fields.get(k))
        yield item
    if empty:
        yield none


def _read_file(path: Path, feed_date: date | None = None) -> Iterator[Item]:
    where = str(path)
    if path.suffix.lower() in PARQUET_SUFFIXES:
        fields, note = _sidecar(path)
        if note:
            yield note
        yield from _with_metadata(_feed_documents(lambda: _parquet_rows(path, where), where), fields,
                                  IngestError(where, "no rows"))
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield IngestError(where, f"cannot read ({e.strerror})")
        return
    suffix = path.suffix.lower()
    fields, note = _sidecar(path)
    if note:
        yield note
    if suffix in JSONL_SUFFIXES or suffix in JSON_SUFFIXES or suffix in CSV_SUFFIXES:
        try:
            text, _ = decode_bytes(data)
        except DecodeError as e:
            yield IngestError(where, str(e))
            return
        delimiter = "\t" if suffix == ".tsv" else _sniff_delimiter(text)
        rows = (lambda: _jsonl_rows(text, where)) if suffix in JSONL_SUFFIXES \
            else (lambda: _json_rows(text, where)) if suffix in JSON_SUFFIXES \
            else (lambda: _csv_rows(text, where, delimiter))
        none = IngestError(where, "no rows under the header", 1) if suffix in CSV_SUFFIXES else \
            IngestError(where, "no records (an empty list)")
        yield from _with_metadata(_feed_documents(rows, where), fields, none)
        return
    yield read_bytes_document(data, where, fields=fields, feed_date=feed_date)


def read_url(url: str, *, timeout: float = 20.0, deadline: float = 60.0, max_bytes: int = MAX_DOWNLOAD_BYTES,
             ) -> Iterator[Item]:
    """Download one page: an overall deadline, a size cap checked while streaming, text types only.

    ``timeout`` bounds each network wait; ``deadline`` bounds the whole download, so a server that
    trickles a byte at a time cannot hang the run. A body over ``max_bytes`` is refused as soon as
    the cap is passed (or at once, from its Content-Length), never read whole.
    """
    import httpx

    import threading

    start = time.monotonic()
    chunks: list[bytes] = []
    size = 0
    expired = threading.Event()
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "flashpoint/0.1 (event-data coder)"}) as resp:
            # a watchdog closes the stream at the deadline, even while a read is blocked
            watchdog = threading.Timer(max(0.0, deadline - (time.monotonic() - start)),
                                       lambda: (expired.set(), resp.close()))
            watchdog.daemon = True
            watchdog.start()
            try:
                resp.raise_for_status()
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype and ctype not in TEXT_CONTENT_TYPES:
                    yield IngestError(url, f"unsupported content type {ctype!r} (text/plain and HTML only)")
                    return
                length = resp.headers.get("content-length")
                if length and length.isdigit() and int(length) > max_bytes:
                    yield IngestError(url, f"response too large ({int(length):,} bytes > {max_bytes:,})")
                    return
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        yield IngestError(url, f"response too large (over {max_bytes:,} bytes); stopped reading")
                        return
                    chunks.append(chunk)
                    if expired.is_set():
                        break
            finally:
                watchdog.cancel()
    except (httpx.HTTPError, httpx.StreamError, OSError, RuntimeError) as e:
        if not expired.is_set():
            yield IngestError(url, f"download failed ({e.__class__.__name__}: {e})")
            return
    if expired.is_set():
        yield IngestError(url, f"download took longer than {deadline:g} s; gave up")
        return
    yield read_bytes_document(b"".join(chunks), url, url=url, fields={"url": url})


def _walk(folder: Path) -> Iterator[Path | IngestError]:
    """Files under a folder in sorted order; hidden entries skipped, links to folders not followed."""
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        for d in dirnames:
            if (base / d).is_symlink():
                yield IngestError(str(base / d), "symbolic link to a folder: not followed")
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            f = base / name
            if not f.is_file():
                yield IngestError(str(f), "broken or looping symbolic link")
                continue
            yield f


def unsupported(f: Path, in_folder: bool = False) -> IngestError:
    """The notice for a file of a type flashpoint does not read: an error when it was named, merely ``ignored`` when
    a folder holds it beside its documents (the bundled corpus's SOURCES.md)."""
    return IngestError(str(f), f"unsupported file type {f.suffix or '(none)'!r} "
                               "(reads .txt, .html, .jsonl, .json, .csv, .tsv, .parquet)", ignored=in_folder)


def _one_document_file(f: Path) -> bool:
    return f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES and not f.name.endswith(".meta.json")


def folder_feed_dates(files: Iterable[Path | IngestError]) -> dict[str, date]:
    """The feed dates of a folder's one-document files (text and HTML), by path: the files of one folder are one
    feed, as the rows of a JSONL file are (``feed.py``), so a year-less dateline takes its year from the folder's
    dated reports that read most like it. Each file is read once to find the year-less and the dated ones, and
    the dated ones again for their words only when there are year-less ones: memory stays flat."""
    singles = [f for f in files if isinstance(f, Path) and _one_document_file(f)]
    fd = FeedDates()
    for k, f in enumerate(singles):
        item = next(read_file(f), None)
        if isinstance(item, Document):
            fd.observe(k, item)
    if not fd.needed:
        return {}
    for k, when in sorted(fd.dated.items()):
        item = next(read_file(singles[k]), None)
        if isinstance(item, Document):
            fd.score(k, item.text, when)
    return {str(singles[k]): d for k, d in fd.dates().items()}


def _folder_items(folder: Path) -> Iterator[Item]:
    files = list(_walk(folder))  # paths only
    feed = folder_feed_dates(files)
    for f in files:
        if isinstance(f, IngestError):
            yield f
        elif f.name.endswith(".meta.json"):
            continue
        elif f.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield unsupported(f, in_folder=True)
        else:
            yield from read_file(f, feed.get(str(f)))


def count_documents(sources: list[str]) -> int | None:
    """How many documents the sources hold, when that is cheap to know (None for CSV rows)."""
    total = 0
    for s in sources:
        if re.match(r"^https?://", s):
            total += 1
            continue
        p = Path(s)
        files = [f for f in _walk(p) if isinstance(f, Path)] if p.is_dir() else [p] if p.is_file() else []
        for f in files:
            suffix = f.suffix.lower()
            if suffix in CSV_SUFFIXES or suffix in JSON_SUFFIXES and not f.name.endswith(".meta.json"):
                return None
            if suffix in PARQUET_SUFFIXES:
                try:
                    import pyarrow.parquet as pq

                    total += pq.ParquetFile(f).metadata.num_rows
                except Exception:  # unreadable: reported when read
                    pass
                continue
            if suffix in JSONL_SUFFIXES:
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    pass
            elif suffix in SUPPORTED_SUFFIXES and not f.name.endswith(".meta.json"):
                total += 1
    return total


def iter_documents(sources: list[str | Path]) -> Iterator[Item]:
    """Yield documents (or errors) from files, folders (recursive) and http(s) URLs, in order."""
    for src in sources:
        s = str(src)
        if re.match(r"^https?://", s):
            yield from read_url(s)
            continue
        p = Path(s)
        if p.is_dir():
            yield from _folder_items(p)
        elif p.is_file():
            if p.suffix.lower() in SUPPORTED_SUFFIXES:
                yield from read_file(p)
            else:
                yield unsupported(p)
        elif p.is_symlink():
            yield IngestError(s, "broken or looping symbolic link")
        else:
            yield IngestError(s, "no such file, folder or URL")
