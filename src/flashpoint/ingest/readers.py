"""Readers per input format: text, HTML, JSONL, CSV, folders, http(s) URLs."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..dates import find_dateline, find_published, parse_date
from ..records import Document, IngestError
from .decode import DecodeError, decode_bytes

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
#: Columns with a meaning; any other JSONL/CSV field is kept as document metadata.
KNOWN_FIELDS = {"text", "title", "date", "url", "source", "author", "publisher", "id", "language"}
MAX_CHARS = 5_000_000

Item = Document | IngestError


def _is_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or bool(re.search(r"<(body|p|div)[\s>]", head))


def html_to_document(html: str, *, path: str | None = None, url: str | None = None,
                     meta: dict[str, Any] | None = None) -> Document | IngestError:
    """Strip boilerplate with trafilatura; keep title, date, author and site name."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
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
    return make_document(text, path=path, url=url, fields=fields)


def guess_language(text: str) -> str:
    """'en' when English function words are common, else 'sr' for mostly Cyrillic text, else 'und'.

    The coder's model and dictionaries are English; other languages are stored but not coded.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return "und"
    if sum(1 for w in words if w in STOP_WORDS) / len(words) >= 0.15:
        return "en"
    letters = [c for c in text[:20000] if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return "sr" if letters and cyr / len(letters) > 0.5 else "und"


def make_document(text: str, *, path: str | None = None, url: str | None = None,
                  fields: dict[str, Any] | None = None) -> Document:
    """Build a Document: header title, crawl date, dateline, author from metadata."""
    fields = {k: v for k, v in (fields or {}).items() if v not in (None, "")}
    published = parse_date(fields.get("date")) or find_published(text)
    dl = find_dateline(text, published)
    title = fields.get("title")
    if not title:
        first = text.lstrip().split("\n", 1)[0].strip()
        if 0 < len(first) < 200 and "\n" in text.strip():
            title = first
    meta = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    return Document.from_text(
        text,
        path=path,
        url=url or fields.get("url"),
        title=title,
        publisher=fields.get("publisher") or fields.get("source"),
        author=fields.get("author"),
        published=published,
        dateline=dl[0] if dl else None,
        dateline_span=dl[1] if dl else None,
        language=str(fields.get("language") or guess_language(text)),
        metadata=meta,
    )


def _sidecar(path: Path) -> dict[str, Any]:
    for cand in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if cand.exists():
            try:
                return json.loads(cand.read_text("utf-8"))
            except (OSError, ValueError):
                return {}
    return {}


def _check_size(text: str, where: str) -> IngestError | None:
    if len(text) > MAX_CHARS:
        return IngestError(where, f"document too large ({len(text):,} chars > {MAX_CHARS:,}); split it first")
    return None


def read_bytes_document(data: bytes, where: str, *, fields: dict[str, Any] | None = None,
                        url: str | None = None) -> Document | IngestError:
    try:
        text, _ = decode_bytes(data)
    except DecodeError as e:
        return IngestError(where, str(e))
    if err := _check_size(text, where):
        return err
    if _is_html(text):
        return html_to_document(text, path=None if url else where, url=url, meta=fields)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return make_document(text, path=None if url else where, url=url, fields=fields)


def _rows_to_documents(rows: Iterator[tuple[int, Any]], where: str) -> Iterator[Item]:
    for line_no, row in rows:
        if isinstance(row, IngestError):
            yield row
            continue
        if not isinstance(row, dict):
            yield IngestError(where, "row is not an object", line_no)
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            yield IngestError(where, "missing or empty 'text' field", line_no)
            continue
        if err := _check_size(text, f"{where}:{line_no}"):
            yield err
            continue
        fields = {k: (v if isinstance(v, (str, int, float, bool)) or v is None else json.dumps(v))
                  for k, v in row.items() if k != "text"}
        doc = make_document(text.replace("\r\n", "\n"), path=f"{where}#{line_no}", fields=fields)
        yield doc


def _jsonl_rows(text: str, where: str) -> Iterator[tuple[int, Any]]:
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield i, json.loads(line)
        except ValueError as e:
            yield i, IngestError(where, f"malformed JSON ({e.msg})", i)


def _csv_rows(text: str, where: str, delimiter: str) -> Iterator[tuple[int, Any]]:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield 1, IngestError(where, f"CSV has no 'text' column (columns: {reader.fieldnames})", 1)
        return
    try:
        for row in reader:
            line = reader.line_num
            if None in row:  # more cells than header columns
                yield line, IngestError(where, "row has more fields than the header", line)
                continue
            yield line, row
    except csv.Error as e:
        yield reader.line_num, IngestError(where, f"malformed CSV ({e})", reader.line_num)


def read_file(path: Path) -> Iterator[Item]:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield IngestError(where, f"cannot read ({e.strerror})")
        return
    suffix = path.suffix.lower()
    fields = _sidecar(path)
    if suffix in JSONL_SUFFIXES or suffix in CSV_SUFFIXES:
        try:
            text, _ = decode_bytes(data)
        except DecodeError as e:
            yield IngestError(where, str(e))
            return
        rows = (_jsonl_rows(text, where) if suffix in JSONL_SUFFIXES
                else _csv_rows(text, where, "\t" if suffix == ".tsv" else ","))
        for item in _rows_to_documents(rows, where):
            if isinstance(item, Document) and fields:
                for k in ("author", "publisher"):
                    setattr(item, k, getattr(item, k) or fields.get(k))
            yield item
        return
    yield read_bytes_document(data, where, fields=fields)


def read_url(url: str, timeout: float = 20.0) -> Iterator[Item]:
    import httpx

    try:
        resp = httpx.get(url, timeout=timeout, follow_redirects=True,
                         headers={"User-Agent": "flashpoint/0.1 (event-data coder)"})
        resp.raise_for_status()
    except httpx.HTTPError as e:
        yield IngestError(url, f"download failed ({e.__class__.__name__}: {e})")
        return
    yield read_bytes_document(resp.content, url, url=url, fields={"url": url})


def iter_documents(sources: list[str | Path]) -> Iterator[Item]:
    """Yield documents (or errors) from files, folders (recursive) and http(s) URLs, in order."""
    for src in sources:
        s = str(src)
        if re.match(r"^https?://", s):
            yield from read_url(s)
            continue
        p = Path(s)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(
                part.startswith(".") for part in f.relative_to(p).parts))
            for f in files:
                if f.name.endswith(".meta.json") or f.suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                yield from read_file(f)
        elif p.is_file():
            yield from read_file(p)
        else:
            yield IngestError(s, "no such file, folder or URL")
