"""Neutralizing hostile text on its way out: to a terminal, and to a spreadsheet.

Documents come from scrapers and strangers. Their text, titles, authors and file names must never
drive the analyst's terminal (escape sequences, bidi overrides, rich markup) or run as a spreadsheet
formula when an export is opened (OWASP "CSV injection").
"""
from __future__ import annotations

import re
import unicodedata

# C0/C1 controls except tab and newline, DEL, and the bidi controls that reorder what is shown
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_TERMINAL_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "]")
# OWASP: a cell that starts with one of these is read as a formula by Excel, LibreOffice, Sheets
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def for_terminal(value: object) -> str:
    """The text with each control character and bidi override replaced by U+FFFD.

    One character for one keeps every evidence offset valid for highlighting.
    """
    text = "" if value is None else str(value)
    return _TERMINAL_BAD.sub("\ufffd", text)


def csv_cell(value: object) -> object:
    """Prefix a text cell that a spreadsheet would evaluate with a single quote (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def is_invisible(ch: str) -> bool:
    """Zero-width, format and bidi characters: they change a document's hash and split its words."""
    return ch in _BIDI or unicodedata.category(ch) == "Cf" or ch == "\u00ad"


def clean_for_coding(text: str) -> tuple[str, list[int] | None]:
    """Text as the coder should read it, and where each of its characters came from.

    Invisible characters (zero-width, soft hyphen, bidi controls) are dropped and compatibility forms
    folded (NFKC: no-break spaces, ligatures, full-width letters), so "ar\\u200brested" reads as
    "arrested". Returns ``(clean, offsets)`` with ``offsets[i]`` the index in ``text`` of clean
    character ``i`` and ``offsets[len(clean)] == len(text)``; ``offsets`` is None when nothing changed.
    """
    if text.isascii():
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    changed = False
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            out.append(ch)
            offsets.append(i)
            continue
        if is_invisible(ch):
            changed = True
            continue
        norm = unicodedata.normalize("NFKC", ch)
        # NFKC of a lone combining mark or of a character that folds to nothing is kept as written
        if not norm or (len(norm) > 1 and unicodedata.combining(norm[0])):
            norm = ch
        if norm != ch:
            changed = True
        out.extend(norm)
        offsets.extend([i] * len(norm))
    if not changed:
        return text, None
    offsets.append(len(text))
    return "".join(out), offsets


def remap_spans(obj: object, offsets: list[int]) -> None:
    """Move every character span in a result (dataclasses, lists, tuples) from clean to original text.

    A span is a ``start``/``end`` or ``X_start``/``X_end`` pair of ints, or an ``X_span`` (start, end)
    tuple. Ends map to one past the original index of the span's last character.
    """
    import dataclasses

    def fwd_start(s: int) -> int:
        return offsets[min(max(s, 0), len(offsets) - 1)]

    def fwd_end(s: int, e: int) -> int:
        if e <= s or e <= 0:
            return fwd_start(e)
        return offsets[min(e - 1, len(offsets) - 2)] + 1

    seen: set[int] = set()

    def walk(o: object) -> None:
        if id(o) in seen:
            return
        seen.add(id(o))
        if isinstance(o, list):
            for x in o:
                walk(x)
            return
        if not dataclasses.is_dataclass(o) or isinstance(o, type):
            return
        names = {f.name for f in dataclasses.fields(o)}
        for n in names:
            v = getattr(o, n)
            if n.endswith("_span") and isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, int) for x in v):
                setattr(o, n, (fwd_start(v[0]), fwd_end(v[0], v[1])))
            elif n == "start" or n.endswith("_start"):
                end_name = n[:-5] + "end"
                s, e = v, getattr(o, end_name, None)
                if isinstance(s, int) and s >= 0:
                    setattr(o, n, fwd_start(s))
                    if isinstance(e, int) and end_name in names:
                        setattr(o, end_name, fwd_end(s, e))
            elif dataclasses.is_dataclass(v) or isinstance(v, list):
                walk(v)

    walk(obj)
