"""Build tests/gold/actor_mentions_dev.jsonl, the DEVELOPMENT actor-mention set (issue 13).

Tune the actor resolver here, never on the frozen held-out actor_mentions.jsonl.
The annotations are written by hand below; conventions are docs/annotation-guidelines.md
("Actor mentions"). Wikinews items take their date and sentence from the bundled corpus;
page items quote the sentence of the cited page. The script refuses a mention that is not
verbatim in its sentence, and drops any item whose (query, context) or source also occurs in
the held-out set, so the two sets never share text.

Run: python tests/gold/build_actor_dev.py
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "actor_mentions_dev.jsonl"
HELD = HERE / "actor_mentions.jsonl"
WIKINEWS = [ROOT / "corpus" / "wikinews_2019.csv", ROOT / "corpus" / "wikinews_2020.csv"]

sys.path.insert(0, str(HERE))
from actor_dev_annotations import PAGES, WIKINEWS_ITEMS  # noqa: E402


def _norm_url(u: str) -> str:
    return re.sub(r"/+wiki/", "/wiki/", u.strip().split("#")[0])


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    # Wikinews articles open with their date line ("Friday, January 4, 2019"), which is no sentence.
    text = re.sub(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} ", "", text)
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘(\[])", text):
        last = text[start:m.start()].rsplit(" ", 1)[-1]
        if re.fullmatch(r"(?:[A-Z]\.?)+|Mr|Mrs|Ms|Dr|St|Jr|Gen|Sen|Rep|Lt|Col|Maj|Capt|No|Sgt|Gov|Prof", last):
            continue  # an abbreviation (U.S., Dr.), not a sentence end
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return out


def _wikinews() -> list[dict]:
    csv.field_size_limit(10**9)
    rows = []
    for f in WIKINEWS:
        with open(f, newline="", encoding="utf-8") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def build() -> list[dict]:
    items: list[dict] = []
    articles = _wikinews()
    for title_key, query, country, sector, *rest in WIKINEWS_ITEMS:
        hits = [a for a in articles if title_key in a["title"]]
        if len(hits) != 1:
            sys.exit(f"build_actor_dev: title key {title_key!r} matches {len(hits)} Wikinews articles")
        art = hits[0]
        sents = [s for s in _sentences(art["text"]) if query in s]
        if not sents:
            sys.exit(f"build_actor_dev: {query!r} not found in Wikinews article {art['title']!r}")
        item = {"query": query, "date": art["date"], "context": sents[0], "country": country,
                "sector": sector, "source": _norm_url(art["url"])}
        if rest:
            item["org"] = rest[0]
        items.append(item)
    for query, date, context, country, sector, source, *rest in PAGES:
        if query not in context:
            sys.exit(f"build_actor_dev: {query!r} is not verbatim in its sentence ({source})")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            sys.exit(f"build_actor_dev: bad date {date!r} for {query!r}")
        item = {"query": query, "date": date, "context": context, "country": country,
                "sector": sector, "source": source}
        if rest:
            item["org"] = rest[0]
        items.append(item)
    return items


def drop_held_out(items: list[dict]) -> list[dict]:
    """Drop items that share (query, context) or source with the held-out set (compared, never read)."""
    pairs, sources = set(), set()
    with open(HELD, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                h = json.loads(line)
                pairs.add((h["query"], h.get("context")))
                sources.add(_norm_url(h["source"]))
    kept = [i for i in items if (i["query"], i["context"]) not in pairs and _norm_url(i["source"]) not in sources]
    for i in items:
        if i not in kept:
            print(f"dropped (shared with the held-out set): {i['query']!r} {i['source']}", file=sys.stderr)
    return kept


def main() -> None:
    items = drop_held_out(build())
    seen = set()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# flashpoint actor-mention DEV set (issue 13): tune here, never on actor_mentions.jsonl; "
                 "built by tests/gold/build_actor_dev.py. Schema: docs/gold-format.md#actors; "
                 "conventions: docs/annotation-guidelines.md\n")
        n = 0
        for it in items:
            key = (it["query"], it["context"], it["date"])
            if key in seen:
                continue
            seen.add(key)
            n += 1
            rec = {"id": f"act-dev-{n:03d}", **it}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    countries = {i["country"] for i in items}
    sectors = {i["sector"] for i in items}
    print(f"wrote {n} mentions, {len(countries)} country codes, {len(sectors)} sectors to {OUT.name}")


if __name__ == "__main__":
    main()
