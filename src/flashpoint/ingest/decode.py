"""Byte decoding with clear failures: empty, binary and undecodable inputs are refused."""
from __future__ import annotations

import re
import unicodedata

# Legacy encodings of Serbian (Cyrillic and Latin) texts; tried only when UTF-8 fails (then Windows-1252 for
# Western European text: `_western`).
_FALLBACKS = (("cp1251", "Cyrillic"), ("cp1250", "Latin"), ("iso8859_2", "Latin"))


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    """Bytes of no text: a NUL outside UTF-16, or more than 5% control characters in the first 8 KB."""
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / max(1, len(sample)) > 0.05


def _typographic(c: str) -> bool:
    """Punctuation, symbols and spaces a word processor writes (curly quotes, dashes, ellipsis, euro, no-break
    space): the same bytes in every Windows code page, so they say nothing of the script."""
    return unicodedata.category(c)[0] in "PSZ"


def _plausible(text: str, script: str) -> bool:
    """Accept a legacy decode only if it reads as real text in that script.

    Every non-ASCII letter must be a letter of the script and no word may mix scripts; a
    Cyrillic decode must also be mostly Cyrillic words (a few stray bytes in Latin text are junk).
    Typographic punctuation is neutral, and a control character (an unused byte) is never text.
    """
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    if any(unicodedata.category(c) == "Cc" for c in non_ascii):
        return False
    letters = [c for c in non_ascii if not _typographic(c)]
    if letters:
        good = sum(1 for c in letters if c.isalpha() and script.upper() in unicodedata.name(c, ""))
        if good / len(letters) < 0.95:
            return False
    words = [w for w in re.findall(r"\w+", text) if any(ch.isalpha() for ch in w)]
    cyr = [w for w in words if any("CYRILLIC" in unicodedata.name(ch, "") for ch in w)]
    mixed = [w for w in cyr if any(ch.isascii() and ch.isalpha() for ch in w)]
    if script == "Cyrillic":
        return not mixed and len(cyr) >= 0.5 * len(words)
    return not cyr


def _western(data: bytes, latin: str) -> str | None:
    """The Windows-1252 reading of a file that a Central European code page also reads, when the text is not
    Serbian: an English report saved by a word processor ('Gis\u00e8le', 'Pe\u00f1a') read as cp1250 became
    'Gis\u010dle', 'Pe\u0144a'. Serbian Latin needs cp1250 (cp1252 has no \u010d, \u0107, \u0111)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if text == latin or not _plausible(text, "Latin"):
        return None
    from .readers import guess_language

    return None if guess_language(latin) == "sr" else text


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise DecodeError with a one-line reason."""
    if not data.strip():
        raise DecodeError("empty file" if not data else "empty file (white space only)")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-16 ({e.reason})") from None
    if looks_binary(data):
        raise DecodeError("binary file (not text)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as e:
        first_error = e
    for enc, script in _FALLBACKS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible(text, script):
            if script == "Latin" and (west := _western(data, text)) is not None:
                return west, "cp1252"
            return text, enc
    try:  # Western European text with a letter no Central European page has
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _plausible(text, "Latin"):
            return text, "cp1252"
    raise DecodeError(f"invalid UTF-8 at byte {first_error.start} and no plausible legacy encoding")
