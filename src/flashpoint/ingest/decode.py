"""Byte decoding with clear failures: empty, binary and undecodable inputs are refused."""
from __future__ import annotations

import re
import unicodedata

# Legacy encodings of Serbian (Cyrillic and Latin) texts; tried only when UTF-8 fails.
_FALLBACKS = (("cp1251", "Cyrillic"), ("cp1250", "Latin"), ("iso8859_2", "Latin"))


class DecodeError(ValueError):
    pass


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / max(1, len(sample)) > 0.05


def _plausible(text: str, script: str) -> bool:
    """Accept a legacy decode only if it reads as real text in that script.

    Every non-ASCII character must be a letter of the script and no word may mix scripts; a
    Cyrillic decode must also be mostly Cyrillic words (a few stray bytes in Latin text are junk).
    """
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    good = sum(1 for c in non_ascii if c.isalpha() and script.upper() in unicodedata.name(c, ""))
    if good / len(non_ascii) < 0.95:
        return False
    words = [w for w in re.findall(r"\w+", text) if any(ch.isalpha() for ch in w)]
    cyr = [w for w in words if any("CYRILLIC" in unicodedata.name(ch, "") for ch in w)]
    mixed = [w for w in cyr if any(ch.isascii() and ch.isalpha() for ch in w)]
    if script == "Cyrillic":
        return not mixed and len(cyr) >= 0.5 * len(words)
    return not cyr


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise DecodeError with a one-line reason."""
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-16 ({e.reason})") from None
    if _looks_binary(data):
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
            return text, enc
    raise DecodeError(f"invalid UTF-8 at byte {first_error.start} and no plausible legacy encoding")
