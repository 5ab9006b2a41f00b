"""Neutralizing hostile text on its way out: to a terminal, and to a spreadsheet.

Documents come from scrapers and strangers. Their text, titles, authors and file names must never
drive the analyst's terminal (escape sequences, bidi overrides, rich markup) or run as a spreadsheet
formula when an export is opened (OWASP "CSV injection").
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence

# C0/C1 controls except tab and newline, DEL, and the bidi controls that reorder what is shown
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_TERMINAL_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "]")
# OWASP: a cell that starts with one of these is read as a formula by Excel, LibreOffice, Sheets
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ASCII_RUNS = re.compile("[\x00-\x7f]+")


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


def clean_for_coding(text: str) -> tuple[str, Sequence[int] | None]:
    """Text as the coder should read it, and where each of its characters came from.

    Invisible characters (zero-width, soft hyphen, bidi controls) are dropped and compatibility forms
    folded (NFKC: no-break spaces, ligatures, full-width letters; line separators become newlines), so "ar\\u200brested" reads as
    "arrested". Returns ``(clean, offsets)`` with ``offsets[i]`` the index in ``text`` of clean
    character ``i`` and ``offsets[len(clean)] == len(text)`` (an ``array('q')``: 8 bytes a character);
    ``offsets`` is None when nothing changed.
    """
    if text.isascii():
        return text, None
    # each distinct character is looked at once and the text is cut at the changed ones only: a Python
    # loop over every character took seconds on a 5M-character document
    table: dict[str, str] = {}
    for ch in set(_ASCII_RUNS.sub("", text)):
        if is_invisible(ch):
            table[ch] = ""
            continue
        if ch in "\u2028\u2029\x85":  # Unicode line/paragraph separators end a line (PDF pastes)
            table[ch] = "\n"
            continue
        norm = unicodedata.normalize("NFKC", ch)
        # NFKC of a lone combining mark or of a character that folds to nothing is kept as written
        if norm and not (len(norm) > 1 and unicodedata.combining(norm[0])) and norm != ch:
            table[ch] = norm
    if not table:
        return text, None
    import numpy

    pieces: list[str] = []
    where: list[int] = []
    widths: list[int] = []
    pos = 0
    for m in re.finditer("[" + "".join(re.escape(c) for c in sorted(table)) + "]", text):
        i = m.start()
        pieces += [text[pos:i], table[text[i]]]
        where.append(i)
        widths.append(len(table[text[i]]))
        pos = i + 1
    pieces.append(text[pos:])
    # clean character -> original index: each original index repeated as often as it yields characters
    counts = numpy.ones(len(text) + 1, dtype=numpy.int64)
    counts[where] = widths
    offsets = array("q")
    offsets.frombytes(numpy.repeat(numpy.arange(len(text) + 1, dtype=numpy.int64), counts).tobytes())
    return "".join(pieces), offsets


def remap_spans(obj: object, offsets: Sequence[int]) -> None:
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
