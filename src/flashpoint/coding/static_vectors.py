"""Static sentence vectors: a table of word-piece vectors distilled from all-MiniLM-L6-v2
(`scripts/build_static_vectors.py`, Apache-2.0), read with numpy alone: no torch, no tokenizers package at run time.

A text is split as BERT's uncased tokenizer splits it (lower case, accents stripped, punctuation apart, then
greedy longest-match WordPiece); its vector is the mean of its pieces' rows, unit length.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from .artifacts import load_versioned
from .patterns import DATA

STATIC = DATA / "static_vectors.npz"
# bump when the tokenisation or the table's layout changes: a table of another version is refused
STATIC_VERSION = 1
_MAX_WORD = 100


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def basic_split(text: str) -> list[str]:
    """BERT's basic tokenizer (uncased): lower case, no accents, punctuation as words of its own."""
    text = unicodedata.normalize("NFD", text.lower())
    out: list[str] = []
    for word in text.split():
        cur = []
        for ch in word:
            if unicodedata.category(ch) == "Mn":
                continue
            if _is_punct(ch):
                if cur:
                    out.append("".join(cur))
                    cur = []
                out.append(ch)
            elif unicodedata.category(ch) not in ("Cc", "Cf"):
                cur.append(ch)
        if cur:
            out.append("".join(cur))
    return out


class StaticVectors:
    def __init__(self, pieces: list[str], vectors: np.ndarray, meta: dict):
        self.index = {p: i for i, p in enumerate(pieces)}
        self.vectors = vectors.astype(np.float32)
        self.meta = meta
        self.dims = self.vectors.shape[1]
        self._word = lru_cache(maxsize=200_000)(self._word_rows)

    @classmethod
    def load(cls, path: Path = STATIC) -> "StaticVectors | None":
        loaded = load_versioned(path, "static_version", STATIC_VERSION, "scripts/build_static_vectors.py")
        if loaded is None:
            return None
        z, meta = loaded
        return cls([str(p) for p in z["pieces"]], z["vectors"], meta)

    def wordpiece(self, word: str) -> list[int]:
        """Greedy longest-match WordPiece; a word with an unknown remainder is one [UNK] (as BERT does)."""
        if len(word) > _MAX_WORD:
            return []
        ids, start = [], 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.index:
                    found = self.index[sub]
                    break
                end -= 1
            if found is None:
                unk = self.index.get("[UNK]")
                return [] if unk is None else [unk]
            ids.append(found)
            start = end
        return ids

    def _word_rows(self, word: str) -> tuple[np.ndarray, int]:
        ids = [i for w in basic_split(word) for i in self.wordpiece(w)]
        if not ids:
            return np.zeros(self.dims, dtype=np.float32), 0
        return self.vectors[ids].sum(axis=0), len(ids)

    def embed_words(self, words) -> np.ndarray:
        """The unit mean vector of the pieces of some words (spaCy tokens' text): per-word sums are cached."""
        total = np.zeros(self.dims, dtype=np.float32)
        n = 0
        for w in words:
            v, k = self._word(w)
            total += v
            n += k
        norm = float(np.linalg.norm(total))
        return total / norm if n and norm > 0 else total

    def embed_text(self, text: str) -> np.ndarray:
        return self.embed_words(text.split())


@lru_cache(maxsize=1)
def static_digest(path: Path = STATIC) -> str | None:
    """sha256 of the table's vectors: a type model trained on another table is refused."""
    import hashlib
    if not Path(path).exists():
        return None
    z = np.load(path, allow_pickle=False)
    return hashlib.sha256(np.ascontiguousarray(z["vectors"]).tobytes()).hexdigest()


@lru_cache(maxsize=1)
def load_static() -> StaticVectors | None:
    return StaticVectors.load()
