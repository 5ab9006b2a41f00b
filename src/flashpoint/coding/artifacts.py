"""The coder's trained arrays (`data/*.npz`): each carries a JSON `meta` entry with the version of the code that
wrote it, and a file of another version is refused rather than misread."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def load_versioned(path: Path, key: str, version: int, script: str) -> tuple[np.lib.npyio.NpzFile, dict] | None:
    """The arrays and meta of ``path``, None where it is absent; ValueError where ``meta[key]`` is not ``version``
    (the message names ``script``, which writes the file)."""
    if not Path(path).exists():
        return None
    z = np.load(path, allow_pickle=False)
    meta = json.loads(str(z["meta"]))
    if meta.get(key) != version:
        raise ValueError(f"{path}: written with {key} {meta.get(key)}, the coder reads {key} {version}: "
                         f"re-run {script}")
    return z, meta
