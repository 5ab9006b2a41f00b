"""Sector codes: one vocabulary, with the CAMEO and PLOVER/POLECAT spellings accepted on input."""
from __future__ import annotations

from .dictionary import sector_synonyms as _synonyms


def normalize_sector(code: str | None) -> str | None:
    """'PTY' -> 'POL', 'JRN' -> 'MED'; an unknown code is returned upper-cased as it is."""
    if code is None:
        return None
    c = str(code).strip().upper()
    if c in ("", "***", "---"):
        return None
    return _synonyms().get(c, c)


def same_sector(a: str | None, b: str | None) -> bool:
    return normalize_sector(a) == normalize_sector(b)


def known_sectors() -> list[str]:
    return sorted(set(_synonyms().values()))
