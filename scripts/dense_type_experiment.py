"""Measure what dense sentence semantics add to the learned type decision (issue 9, item 2).

    python scripts/dense_type_experiment.py --cache /tmp/cache.json --emb minilm|static|none [--sparse] ...

Development only: cross-validation grouped by article on typing_train + PLOVER dev (the rows of
`train_type_model.py --cache`), the same decoding grid and objective as the shipped model. Embeddings:
- minilm: all-MiniLM-L6-v2 (sentence-transformers; needs torch), the sentence and a window around the predicate;
- static: the static table of `coding/data/static_vectors.npz` (`scripts/build_static_vectors.py`).
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_type_model as T  # noqa: E402
from flashpoint.coding.patterns import NOT_EVENT  # noqa: E402
from flashpoint.records import PLOVER_TYPES  # noqa: E402


def texts(rows, window: int):
    sents, wins = [], []
    for row in rows:
        for c in row["cands"]:
            w = c["words"]
            sents.append(" ".join(w))
            i = c["si"]
            wins.append(" ".join(w[max(0, i - window): i + window + 1]))
    return sents, wins


def row_texts(rows, items):
    by = {(n, it.id): it.text for n, it, _ in items}
    return [by[(r["set"], r["id"])] for r in rows]


def embedder(kind: str):
    if kind == "minilm":
        from all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
        import os
        import pickle
        m = SentenceTransformer(str(get_model_path()), device="cpu")
        store = os.environ.get("DENSE_CACHE")
        cache: dict[str, np.ndarray] = pickle.loads(Path(store).read_bytes()) if store and Path(store).exists() else {}

        def enc(xs):
            todo = sorted({x for x in xs if x not in cache})
            if todo:
                for x, v in zip(todo, m.encode(todo, batch_size=64, normalize_embeddings=True)):
                    cache[x] = v
                if store:
                    Path(store).write_bytes(pickle.dumps(cache))
            return np.array([cache[x] for x in xs])
        return enc
    if kind == "static":
        import os
        from flashpoint.coding.static_vectors import STATIC, StaticVectors
        sv = StaticVectors.load(Path(os.environ.get("STATIC_PATH", STATIC)))
        dims = int(os.environ.get("STATIC_DIMS", sv.dims))

        def enc(xs):
            out = np.array([sv.embed_text(x)[:dims] for x in xs])
            n = np.linalg.norm(out, axis=1, keepdims=True)
            return out / np.where(n > 0, n, 1)
        return enc
    raise ValueError(kind)


def cv(rows, build, rel_build, C=3.0, rel_C=1.0, folds=5, grid=None, fuse=None):
    """build(train_idx_cands, test_idx_cands) -> matrices; same flow as train_type_model.cross_validate."""
    from sklearn.linear_model import LogisticRegression
    owner = np.array([r for r, row in enumerate(rows) for _ in row["cands"]])
    y = np.array([c["label"] for row in rows for c in row["cands"]])
    fold_of_row = np.array([int(hashlib.sha1(T.document(r["id"]).encode()).hexdigest(), 16) % folds for r in rows])
    classes = sorted(set(y) | set(PLOVER_TYPES) | {NOT_EVENT})
    yr = np.array([bool(row["gold"]) for row in rows])
    rel_by_row = np.ones(len(rows))
    probs_by_row: list = [[] for _ in rows]
    for k in range(folds):
        tr = fold_of_row != k
        Xtr, Xte = rel_build(np.flatnonzero(tr), np.flatnonzero(~tr))
        clf = LogisticRegression(C=rel_C, max_iter=3000).fit(Xtr, yr[tr])
        rel_by_row[~tr] = clf.predict_proba(Xte)[:, list(clf.classes_).index(True)]
        ctr = tr[owner]
        full = 0
        for b, w, c_ in ([(build, 1.0, C)] if fuse is None else fuse):
            Xtr, Xte = b(np.flatnonzero(ctr), np.flatnonzero(~ctr))
            clf = LogisticRegression(C=c_, max_iter=3000).fit(Xtr, y[ctr])
            p = clf.predict_proba(Xte)
            part = np.zeros((len(p), len(classes)))
            for j, cl in enumerate(clf.classes_):
                part[:, classes.index(cl)] = p[:, j]
            full = full + w * part
        for ci, pr in zip(np.flatnonzero(~ctr), full):
            probs_by_row[owner[ci]].append(pr)
    g = grid or T.GRID
    results = []
    for vals in itertools.product(*g.values()):
        decode = dict(zip(g, vals))
        sc = T.simulate(rows, probs_by_row, classes, decode, rel_by_row)
        results.append((T.objective(sc), decode, sc))
    # relevance alone: how well it separates event from no-event sentences
    from sklearn.metrics import roc_auc_score
    return max(results, key=lambda r: r[0]), roc_auc_score(yr, rel_by_row)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--emb", default="none")
    ap.add_argument("--sparse", action="store_true")
    ap.add_argument("--window", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--C", type=float, default=3.0)
    ap.add_argument("--relC", type=float, default=1.0)
    ap.add_argument("--parts", default="sent,win", help="which dense parts per candidate")
    ap.add_argument("--rel", default="sparse+dense", help="sparse | dense | sparse+dense")
    ap.add_argument("--fuse", type=float, help="average a sparse and a dense model, this weight on the dense one")
    ap.add_argument("--denseC", type=float, default=3.0)
    a = ap.parse_args()
    rows = json.loads(a.cache.read_text())["rows"]
    T.label(rows)
    items = T.load_items(T.sources())
    from sklearn.feature_extraction import DictVectorizer
    Xd = [dict.fromkeys(c["feats"], 1) for row in rows for c in row["cands"]]
    Xrd = [dict.fromkeys(T.relevance_features([c["feats"] for c in row["cands"]]), 1) for row in rows]
    dense = rdense = None
    if a.emb != "none":
        enc = embedder(a.emb)
        s, w = texts(rows, a.window)
        parts = []
        if "sent" in a.parts:
            parts.append(enc(s))
        if "win" in a.parts:
            parts.append(enc(w))
        if "pred" in a.parts:
            parts.append(enc([c["text"] for row in rows for c in row["cands"]]))
        dense = np.hstack(parts) * a.scale
        rdense = enc(row_texts(rows, items)) * a.scale

    def build(tr, te):
        mats = []
        if a.sparse or dense is None:
            vec = DictVectorizer(sort=True).fit([Xd[i] for i in tr])
            mats.append((vec.transform([Xd[i] for i in tr]), vec.transform([Xd[i] for i in te])))
        if dense is not None:
            mats.append((sp.csr_matrix(dense[tr]), sp.csr_matrix(dense[te])))
        return sp.hstack([m[0] for m in mats]).tocsr(), sp.hstack([m[1] for m in mats]).tocsr()

    def rel_build(tr, te):
        mats = []
        if "sparse" in a.rel or rdense is None:
            vec = DictVectorizer(sort=True).fit([Xrd[i] for i in tr])
            mats.append((vec.transform([Xrd[i] for i in tr]), vec.transform([Xrd[i] for i in te])))
        if "dense" in a.rel and rdense is not None:
            mats.append((sp.csr_matrix(rdense[tr]), sp.csr_matrix(rdense[te])))
        return sp.hstack([m[0] for m in mats]).tocsr(), sp.hstack([m[1] for m in mats]).tocsr()

    fuse = None
    if a.fuse is not None:
        def sparse_only(tr, te):
            vec = DictVectorizer(sort=True).fit([Xd[i] for i in tr])
            return vec.transform([Xd[i] for i in tr]), vec.transform([Xd[i] for i in te])

        def dense_only(tr, te):
            return dense[tr], dense[te]
        fuse = [(sparse_only, 1 - a.fuse, a.C), (dense_only, a.fuse, a.denseC)]
    (obj, decode, sc), auc = cv(rows, build, rel_build, a.C, a.relC, fuse=fuse)
    print(json.dumps({"args": vars(a) | {"cache": None}, "objective": round(obj, 4), "rel_auc": round(auc, 4),
                      "decode": decode, "cv": sc}))


if __name__ == "__main__":
    main()
