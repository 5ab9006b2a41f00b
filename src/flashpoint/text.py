"""Text utilities shared by every stage (no imports from other flashpoint modules)."""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Serbian Cyrillic -> Serbian Latin, so "Вучић", "Vučić" and "Vucic" fold to one key.
_SR_CYR = dict(zip(
    "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
    ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s",
     "t", "ć", "u", "f", "h", "c", "č", "dž", "š", "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L",
     "Lj", "M", "N", "Nj", "O", "P", "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"]))
_SR_TABLE = str.maketrans(_SR_CYR)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, diacritic- and script-insensitive key: 'Priština' == 'Pristina' == 'Приштина'."""
    text = text.translate(_SR_TABLE).replace("’", "'")
    text = re.sub(r"'s\b|'\B", "", text)
    text = anyascii(text).lower()
    return _NON_ALNUM.sub(" ", text).strip()


def fold_keep_length(text: str) -> str:
    """Lower-case, ASCII-folded copy of ``text`` with the same length, so spans map back."""
    out = []
    for ch in text:
        f = fold(ch) if ord(ch) > 127 else ch.lower()
        out.append(f[0] if len(f) >= 1 else " ")
    return "".join(out)
