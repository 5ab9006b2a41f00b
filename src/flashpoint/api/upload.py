"""POST /api/documents: read a size-capped body (JSON, plain text or a multipart file), code it, store it."""
from __future__ import annotations

import json
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from .. import queries as Q
from ..ingest.decode import looks_binary
from ..records import Document, IngestError

DEFAULT_MAX_BYTES = 2_000_000
_FIELDS = ("title", "url", "author", "publisher", "date", "source")
_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv", ".tsv")


class UploadError(ValueError):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Coder:
    """The shared Pipeline, loaded on first use and used by one request at a time (it is not thread-safe)."""

    def __init__(self, settings: Any = None, pipeline: Any = None):
        self._settings = settings
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def run_key(self, author: str | None) -> str | None:
        """The run key of documents coded for a request with this author (`Settings.run_key`)."""
        from dataclasses import replace

        from ..settings import Settings

        settings = self._pipeline.settings if self._pipeline is not None else (self._settings or Settings())
        return replace(settings, author=author or settings.author).run_key()

    def code(self, docs: list[Document], author: str | None) -> list:
        with self._lock:
            if self._pipeline is None:
                from ..pipeline import Pipeline

                self._pipeline = Pipeline(self._settings)
            p = self._pipeline
            saved = p.settings.author
            p.settings.author = author or saved
            try:
                return p.process(docs)
            finally:
                p.settings.author = saved


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise UploadError(413, f"request body of {int(declared):,} bytes is over the limit of {limit:,} bytes")
    chunks, n = [], 0
    async for chunk in request.stream():
        n += len(chunk)
        if n > limit:
            raise UploadError(413, f"request body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _json_kind(v: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(v), type(v).__name__)


def _doc_from_text(text: str, fields: dict[str, Any], where: str) -> Document:
    from ..ingest.readers import make_document

    if not isinstance(text, str) or not text.strip():
        raise UploadError(422, f"{where}: empty text")
    fields = {k: v for k, v in fields.items() if k in _FIELDS and isinstance(v, str) and v.strip()}
    return make_document(text.replace("\r\n", "\n").replace("\r", "\n"), path=f"<{where}>", fields=fields)


def _docs_from_file(name: str, data: bytes, fields: dict[str, Any]) -> tuple[list[Document], list[dict]]:
    """Read an uploaded file with the same readers as `flashpoint code` (decoding, HTML, JSONL/CSV rows).
    Also returns the rows that were not read, each with its line and reason (`code` prints them)."""
    from ..ingest.readers import read_file

    safe = re.sub(r"[^\w.-]+", "_", Path(name or "upload.txt").name)[:100] or "upload.txt"
    suffix = Path(safe).suffix.lower() or ".txt"
    if suffix not in _SUFFIXES:
        raise UploadError(415, f"{safe}: unsupported file type {suffix} (text, HTML, JSONL, JSON or CSV)")
    if not data.strip():
        raise UploadError(422, f"{safe}: empty file")
    with tempfile.TemporaryDirectory(prefix="flashpoint-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        items = list(read_file(path))
    # a note names a date that was not read: each document's entry in the reply says so (`_notes`)
    errors = [i for i in items if isinstance(i, IngestError) and not i.note]
    docs = [i for i in items if isinstance(i, Document)]
    if not docs:
        reason = errors[0].reason if errors else "no documents"
        line = f" (line {errors[0].line})" if errors and errors[0].line is not None else ""
        raise UploadError(422, f"{safe}{line}: {reason}")
    for d in docs:
        # the temporary file's name means nothing later; a row keeps its line number
        suffix_part = d.path.split("#", 1)[1] if d.path and "#" in d.path else None
        d.path = f"<upload:{safe}>" + (f"#{suffix_part}" if suffix_part else "")
        for k in ("title", "author", "url", "publisher"):
            v = fields.get(k)
            if isinstance(v, str) and v.strip() and not getattr(d, k):
                setattr(d, k, v.strip())
    return docs, [{"file": safe, "line": e.line, "reason": e.reason} for e in errors]


async def parse_documents(request: Request, limit: int) -> tuple[list[Document], str | None, list[dict]]:
    ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if ctype not in ("application/json", "text/plain", "multipart/form-data", "application/x-www-form-urlencoded"):
        raise UploadError(415, f"content type {ctype or '(none)'!r} is not accepted: send application/json "
                               "{\"text\": ...}, text/plain or a multipart/form-data file")
    body = await _read_body(request, limit)
    if ctype == "application/json":
        try:
            obj = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError as e:
            raise UploadError(422, f"body is not UTF-8 (byte {e.start}: {e.reason})") from None
        except ValueError as e:  # the parser's message names the line and column
            raise UploadError(422, f"body is not valid JSON: {e}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise UploadError(422, "JSON body needs a string field 'text'")
        # a number or a list as the title was dropped without a word: the document stored nameless
        for k in _FIELDS:
            if obj.get(k) is not None and not isinstance(obj[k], str):
                hint = "" if isinstance(obj[k], (dict, list)) else f" (send {json.dumps(json.dumps(obj[k]))})"
                raise UploadError(422, f"field '{k}' must be a string or null, not {_json_kind(obj[k])}{hint}")
        author = obj.get("author") if isinstance(obj.get("author"), str) else None
        return [_doc_from_text(obj["text"], obj, "api")], author, []
    if ctype == "text/plain":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise UploadError(422, "text/plain body is not UTF-8") from None
        if looks_binary(body):
            raise UploadError(422, "text/plain body is a binary file (not text)")
        fields = dict(request.query_params)
        return [_doc_from_text(text, fields, "api")], fields.get("author"), []
    # a form (multipart or urlencoded): the body was read under the cap; Starlette parses the cached bytes
    request._body = body  # noqa: SLF001 - Request.form() reads the cached body instead of the spent stream
    try:
        form = await request.form(max_files=1, max_fields=20)
    except Exception as e:  # python-multipart raises several types for a malformed body
        raise UploadError(422, f"malformed multipart body ({e.__class__.__name__})") from None
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = form.get("file")
    author = fields.get("author") or None
    if upload is not None and not isinstance(upload, str):
        data = await upload.read()
        docs, skipped = _docs_from_file(upload.filename or "upload.txt", data, fields)
        return docs, author, skipped
    if fields.get("text"):
        return [_doc_from_text(fields["text"], fields, "api")], author, []
    raise UploadError(422, "multipart body needs a 'file' or a 'text' field")


def _notes(d: Document) -> dict:
    """What of a posted document was not used, in the words `flashpoint code` prints (an unread date)."""
    from ..ingest.readers import date_notes

    notes = [e.reason for e in date_notes([d]) if isinstance(e, IngestError)]
    return {"notes": notes} if notes else {}


def _row_of(path: str | None) -> dict:
    """The file and line of an uploaded row from its name (``<upload:feed.jsonl>#3``)."""
    name, _, line = (path or "").partition("#")
    return {"file": name.removeprefix("<upload:").removesuffix(">"), "line": int(line) if line.isdigit() else None}


async def code_upload(request: Request) -> dict:
    app = request.app
    docs, author, skipped = await parse_documents(request, app.state.max_upload_bytes)

    def work() -> dict:
        from .. import CODER_VERSION

        acc, coder = app.state.access, app.state.coder
        run_key = coder.run_key(author)
        unique: dict[str, Document] = {}
        for d in docs:  # the same text twice in one file: stored once, the copy listed as not read
            if d.id in unique:
                skipped.append({**_row_of(d.path), "reason": f"the same text as line {_row_of(unique[d.id].path)['line']}"})
            else:
                unique[d.id] = d
        stored: dict[str, tuple] = {}
        if acc.exists():
            # a text the store holds, coded alike, is not coded and written again: the write would replace the
            # stored document's name, title and dates (a file's, or a feed row's) with the upload's
            with acc.reader() as con:
                stored = {r[0]: r[1:] for r in con.execute(
                    "SELECT id, coalesce(path, url, id), title, language FROM documents WHERE coder_version = ? "
                    "AND run_key IS NOT DISTINCT FROM ? AND list_contains(?, id)",
                    [CODER_VERSION, run_key, list(unique)]).fetchall()}
        results = coder.code([d for d in unique.values() if d.id not in stored], author)
        acc.write(results, run_key=run_key)
        coded = {r.document.id: r.document for r in results}
        with acc.reader() as con:
            out = []
            for d in unique.values():
                if d.id in coded:
                    doc = coded[d.id]
                    title, language, first = doc.title, doc.language, None
                else:
                    first, title, language = stored[d.id]
                events, _ = Q.query_events(con, Q.EventFilter(doc_id=d.id))
                out.append({"id": d.id, "title": title, "language": language,
                            "coded": language in ("en", "und"), **_notes(d),
                            **({"duplicate_of": first} if first is not None else {}),
                            "links": {"self": f"/api/documents/{d.id}", "page": f"/documents/{d.id}"},
                            "events": events})
        return {"documents": out, "skipped": skipped}

    from .routes import event_json

    res = await run_in_threadpool(work)
    for d in res["documents"]:
        d["events"] = [event_json(e) for e in d["events"]]
    return res
