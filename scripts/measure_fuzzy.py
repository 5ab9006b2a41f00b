"""Measure the fuzzy-match threshold on spelling variants that the imported dictionaries themselves list.

Phoenix lists misspellings and transliterations of one actor as synonyms ("FAURE_GNASSINGBE" /
"FAURE_GNASSINIGBE", "AFGHANSITAN"). For a sample of such actors, one variant is taken out of the index
and matched back (rapidfuzz ``fuzz.ratio``, as the resolver does): the match is right when it lands on
another name of the same actor. Actors taken out whole give the false-match rate for names that are in
no dictionary. Prints precision, recall and false-match rate per threshold.

Usage: python scripts/measure_fuzzy.py [--sample 400] [--seed 13]
"""
from __future__ import annotations

import argparse
import random

from rapidfuzz import fuzz, process

from flashpoint.actors.dictionary import load_dictionary


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=400)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    d = load_dictionary()
    t = d._kb
    keep = {"person", "org", "group"}
    rows = [(i, list(dict.fromkeys(k for k in keys if len(k) >= 5))) for i, (kind, keys) in
            enumerate(zip(t["kind"], t.get("keys") or [[]] * len(t["kind"]))) if kind in keep]
    if not rows or not any(r[1] for r in rows):
        # the cached dictionary drops the folded keys; rebuild them from the index
        by_row: dict[int, list[str]] = {}
        for k, idx in d._kb_index.items():
            for i in idx:
                if t["kind"][i] in keep and len(k) >= 5:
                    by_row.setdefault(i, []).append(k)
        rows = sorted(by_row.items())
    rng = random.Random(args.seed)
    variants = [(i, keys) for i, keys in rows if len(keys) >= 2]
    pos = rng.sample(variants, min(args.sample, len(variants)))
    neg = rng.sample([r for r in rows if r not in pos], min(args.sample, len(rows)))
    owner: dict[str, set[int]] = {}
    for i, keys in rows:
        for k in keys:
            owner.setdefault(k, set()).add(i)
    all_keys = list(owner)

    def best(query: str, banned: set[str]) -> tuple[str | None, float]:
        for key, score, _ in process.extract(query, all_keys, scorer=fuzz.ratio, limit=len(banned) + 1):
            if key not in banned:
                return key, score
        return None, 0.0

    pos_scores = []
    for i, keys in pos:
        v = keys[-1]  # a listed variant, matched against the index without it
        if v == keys[0]:
            continue
        key, score = best(v, {v})
        pos_scores.append((score, key is not None and i in owner.get(key, set())))
    neg_scores = []
    for i, keys in neg:
        key, score = best(keys[0], set(keys))
        neg_scores.append(score)
    print(f"{len(pos_scores)} held-out variants, {len(neg_scores)} held-out actors")
    print("threshold  precision  recall  false-match rate (unknown names)")
    for th in range(80, 100, 2):
        hits = [ok for s, ok in pos_scores if s >= th]
        prec = sum(hits) / len(hits) if hits else 0.0
        rec = sum(hits) / len(pos_scores)
        fm = sum(1 for s in neg_scores if s >= th) / len(neg_scores)
        print(f"{th:9d}  {prec:9.3f}  {rec:6.3f}  {fm:6.3f}")


if __name__ == "__main__":
    main()
