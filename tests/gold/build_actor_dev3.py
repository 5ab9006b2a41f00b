"""Build tests/gold/actor_mentions_dev3.jsonl, the third DEVELOPMENT actor-mention set (issue 13).

Tune the actor resolver on the dev sets, never on the frozen held-out actor_mentions.jsonl.
The annotations are written by hand in actor_dev3_annotations.py by an annotator who did not
run the resolver; conventions are docs/annotation-guidelines.md ("Actor mentions"). Every
sentence is quoted from the page cited as `source`. The script refuses a mention that is not
verbatim in its sentence (or a bad code or date), and drops any item whose (query, context) or
source also occurs in the held-out set, or whose source the first or second dev set already
cites, so the sets never share text. The held-out file is compared, never printed.

Run: python3 tests/gold/build_actor_dev3.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "actor_mentions_dev3.jsonl"
HELD = HERE / "actor_mentions.jsonl"
DEVS = (HERE / "actor_mentions_dev.jsonl", HERE / "actor_mentions_dev2.jsonl")
SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "POL", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "REF", "REL",
           "EDU", "UAF", "CRM"}

sys.path.insert(0, str(HERE))
from actor_dev3_annotations import PAGES  # noqa: E402


def _norm_url(u: str) -> str:
    return re.sub(r"/+wiki/", "/wiki/", u.strip().split("#")[0])


def build() -> list[dict]:
    items = []
    for query, date, context, country, sector, source, extra in PAGES:
        where = f"{query!r} ({source})"
        if query not in context:
            sys.exit(f"build_actor_dev3: {where} is not verbatim in its sentence")
        if not re.fullmatch(r"20(1[5-9]|2[0-6])-\d{2}-\d{2}", date):
            sys.exit(f"build_actor_dev3: bad date {date!r} for {where}")
        if sector not in SECTORS or not re.fullmatch(r"[A-Z]{3}", country):
            sys.exit(f"build_actor_dev3: bad code {country}/{sector} for {where}")
        if not source.startswith("http"):
            sys.exit(f"build_actor_dev3: bad source for {where}")
        item = {"query": query, "date": date, "context": context, "country": country, "sector": sector,
                "source": source}
        if extra.get("org"):
            item["org"] = extra["org"]
        items.append(item)
    return items


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(ln) for ln in fh if ln.strip() and not ln.startswith("#")]


def drop_shared(items: list[dict]) -> list[dict]:
    """Drop items sharing (query, context) or source with the held-out set, or a source with dev sets 1-2."""
    held = _read(HELD)
    pairs = {(h["query"], h.get("context")) for h in held}
    sources = {_norm_url(h["source"]) for h in held}
    devs = {_norm_url(d["source"]) for p in DEVS for d in _read(p)}
    kept = []
    for i in items:
        if (i["query"], i["context"]) in pairs or _norm_url(i["source"]) in sources:
            print(f"dropped (shared with the held-out set): {i['query']!r} {i['source']}", file=sys.stderr)
        elif _norm_url(i["source"]) in devs:
            print(f"dropped (source already in dev set 1 or 2): {i['query']!r} {i['source']}", file=sys.stderr)
        else:
            kept.append(i)
    return kept


def main() -> None:
    items = drop_shared(build())
    seen, out = set(), []
    for it in items:
        key = (it["query"], it["context"], it["date"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"id": f"act-dev3-{len(out) + 1:03d}", **it})
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# flashpoint actor-mention DEV set 3 (issue 13): tune here, never on actor_mentions.jsonl; "
                 "built by tests/gold/build_actor_dev3.py from actor_dev3_annotations.py. Schema: "
                 "docs/gold-format.md#actors; conventions: docs/annotation-guidelines.md\n")
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    countries = Counter(i["country"] for i in out)
    sectors = Counter(i["sector"] for i in out)
    pages = {i["source"] for i in out}
    print(f"wrote {len(out)} mentions from {len(pages)} pages, {len(set(countries) - {'IGO', 'NGO'})} countries "
          f"(+IGO/NGO), {len(sectors)} sectors to {OUT.name}")
    print("sectors:", " ".join(f"{k} {v}" for k, v in sorted(sectors.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
