"""FuzzyIndex: the same best match as rapidfuzz's extractOne over the whole key list, ties included."""
from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from flashpoint.actors.dictionary import load_dictionary
from flashpoint.actors.fuzzy import FuzzyIndex
from flashpoint.actors.resolver import FUZZY_THRESHOLD


def misspell(rng: random.Random, key: str) -> str:
    s = list(key)
    for _ in range(rng.randint(0, 3)):
        p = rng.randrange(len(s))
        op = rng.random()
        if op < 0.3:
            s.insert(p, rng.choice("aeiouns -"))
        elif op < 0.6 and len(s) > 3:
            del s[p]
        else:
            s[p] = rng.choice("aeiourstnéж")
    return "".join(s)


def extract_one(query, keys, cutoff):
    hit = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
    return None if hit is None else tuple(hit)


def test_same_match_as_a_scan_of_the_dictionary():
    keys = load_dictionary([]).fuzzy_keys()
    index = FuzzyIndex(keys)
    rng = random.Random(7)
    queries = [misspell(rng, k) for k in rng.sample(keys, 250)] + ["vladimir putinn", "kosovo polise", "x" * 70, "ab"]
    found = [extract_one(q, keys, FUZZY_THRESHOLD) for q in queries]
    assert sum(f is not None for f in found) > 100  # most misspellings still match
    assert [index.best(q, FUZZY_THRESHOLD) for q in queries] == found


@pytest.mark.parametrize("cutoff", [60, 75, 90])
def test_ties_and_low_cutoffs_as_extract_one(cutoff):
    """Short words of three letters tie often: the earlier key of the list wins, as in extractOne."""
    rng = random.Random(cutoff)
    keys = list(dict.fromkeys("".join(rng.choice("abc") for _ in range(rng.randint(3, 8))) for _ in range(3000)))
    index = FuzzyIndex(keys)
    queries = ["".join(rng.choice("abcd") for _ in range(rng.randint(2, 9))) for _ in range(200)]
    assert [index.best(q, cutoff) for q in queries] == [extract_one(q, keys, cutoff) for q in queries]


def test_cached_indexes_take_in_a_users_entries(tmp_path):
    """The cached dictionary comes with its surname, acronym and fuzzy indexes built; a user's file added after
    it is loaded rebuilds them, so its persons are found by surname and misspelling as the packaged ones are."""
    from flashpoint.actors import ActorResolver

    base = load_dictionary()
    assert base._surnames is not None and base._fuzzy is not None
    f = tmp_path / "mine.yaml"
    f.write_text("persons:\n  - {id: zq, names: [Zurab Quillfeatherington], default: {country: GEO, sector: GOV}}\n"
                 "organizations:\n  - {id: zf, names: [Zorgon Freedom Brigades Front], country: KEN, sector: REB}\n",
                 encoding="utf-8")
    r = ActorResolver(extra=[str(f)])
    assert r.resolve("Quillfeatherington").code == "GEOGOV"
    assert r.resolve("Zurab Quillfeatheringtom").code == "GEOGOV"
    assert "zorgon freedom brigades front" in r.d.acronym_keys("zfbf")
    assert load_dictionary()._surnames.get("quillfeatherington") is None  # the packaged dictionary is untouched


def test_long_names_with_many_plausible_keys_as_extract_one():
    """A long name shares its letters with thousands of long keys: those are scored as a list in their original
    order, and the match is still extractOne's over the whole list."""
    keys = load_dictionary([]).fuzzy_keys()
    index = FuzzyIndex(keys)
    long_keys = [k for k in keys if len(k) >= 28]
    rng = random.Random(11)
    queries = [misspell(rng, k) for k in rng.sample(long_keys, 40)] + [
        "electronic frontier foundation", "organisation for economic co operation and", "last presidential election"]
    lo_hi = [index.best(q, FUZZY_THRESHOLD) for q in queries]
    assert lo_hi == [extract_one(q, keys, FUZZY_THRESHOLD) for q in queries]
    assert sum(f is not None for f in lo_hi) > 20
