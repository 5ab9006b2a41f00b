"""How often a year-less dateline gets its year from its feed (issue 15), on feeds built from DEV gold sets only.

The frozen held-out sets are never read. Three feeds, each read as one JSONL file is (``ingest/feed.py``), with
every metadata date removed; a dateline counts as right when its date lies within 10 days of the gold one:

- ``isaf``: the year-less releases of ``isaf_dev`` with k of its dated releases drawn at random (k = 5 ... all)
  and the other dates-and-places dev sets, shuffled (5 draws each): sparse siblings among other agencies.
- ``stripped``: ``isaf_dev`` releases whose dateline gives the year ("(Nov. 22, 2010)"), with every year taken
  out of their text, beside a share (10, 30, 60%) of them left dated and the rest of the dev sets (3 draws):
  year-less releases of many periods.
- ``mixed``: every non-frozen gold set with texts (typing sets left out: their sentences repeat other sets'
  stories) as one file; the truth is each item's metadata date: a wire file of many agencies and years.

Run: python benchmarks/feed_years.py
"""
from __future__ import annotations

import glob
import json
import random
import re
from datetime import date
from pathlib import Path

from flashpoint.dates import STATED_YEAR_SOURCES, nearest_year
from flashpoint.ingest.feed import feed_dates
from flashpoint.ingest.readers import make_document

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
FROZEN = ("typing_test", "wire_args.jsonl", "wire_dateplace", "actor_mentions.jsonl")
_DL = re.compile(r"\(((?:Jan|Feb|March|Mar|April|Apr|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}),"
                 r"\s*(?:19|20)\d\d\)")


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / f"{name}.jsonl").read_text("utf-8").splitlines()
            if line.startswith("{")]


def _dated_feed(texts: list[str]) -> list:
    docs = [make_document(t, path="feed.jsonl") for t in texts]
    for i, when in feed_dates(docs).items():
        docs[i] = make_document(texts[i], path="feed.jsonl", feed_date=when)
    return docs


def _right(doc, gold: str) -> bool:
    return doc.anchor_date is not None and abs((doc.anchor_date - date.fromisoformat(gold)).days) <= 10


def _strip(text: str) -> str | None:
    if not _DL.search(text):
        return None
    text = _DL.sub(lambda m: f"({m.group(1)})", text, count=1)
    lines = [ln for ln in text.split("\n")
             if not re.search(r"\b\d{3,4}-\d\d-[A-Z]+-\d+|Operational Update|(?:19|20)\d\d", ln)]
    return re.sub(r",?\s*(?:19|20)\d\d\b", "", "\n".join(lines))


def main() -> None:
    isaf = _load("isaf_dev")
    others = _load("dateplace_dev") + _load("wire_dev") + _load("news_dev")
    yearless = [d for d in isaf if d.get("year_in_text") is False]
    dated = [d for d in isaf if d.get("year_in_text") is not False]

    ok = n = 0
    for k in (5, 10, 20, 50, len(dated)):
        for seed in range(5):
            rnd = random.Random(seed)
            feed = yearless + rnd.sample(dated, k) + others
            rnd.shuffle(feed)
            for d, doc in zip(feed, _dated_feed([d["text"] for d in feed])):
                if d.get("year_in_text") is False and doc.dateline_md and d["events"][0].get("date"):
                    n += 1
                    ok += _right(doc, d["events"][0]["date"])
    print(f"isaf      {ok}/{n} = {ok / n:.3f}")

    pool = [(d, t) for d in dated if (t := _strip(d["text"]))]
    for share in (0.1, 0.3, 0.6):
        ok = n = 0
        for seed in range(3):
            rnd = random.Random(seed)
            drawn = pool[:]
            rnd.shuffle(drawn)
            cut = int(len(drawn) * share)
            feed = [(d["text"], None) for d, _ in drawn[:cut]] + [(t, d["events"][0]["date"]) for d, t in drawn[cut:]]
            kept = {id(d) for d, _ in drawn}
            feed += [(d["text"], None) for d in dated + others if id(d) not in kept]
            rnd.shuffle(feed)
            for (_, gold), doc in zip(feed, _dated_feed([t for t, _ in feed])):
                if gold and doc.dateline_md:
                    n += 1
                    ok += _right(doc, gold)
        print(f"stripped  {int(share * 100)}% dated: {ok}/{n} = {ok / n:.3f}")

    items = [json.loads(line) for f in sorted(glob.glob(str(GOLD / "*.jsonl")))
             if not any(x in f for x in FROZEN) and "typing" not in f
             for line in Path(f).read_text("utf-8").splitlines() if line.startswith("{")]
    items = [d for d in items if d.get("text")]
    ok = n = 0
    for d, doc in zip(items, _dated_feed([d["text"] for d in items])):
        if doc.dateline_md and doc.year_source not in STATED_YEAR_SOURCES and d.get("date"):
            n += 1
            ok += doc.anchor_date == nearest_year(doc.dateline_md, date.fromisoformat(d["date"][:10]))
    print(f"mixed     {ok}/{n} = {ok / n:.3f}")


if __name__ == "__main__":
    main()
