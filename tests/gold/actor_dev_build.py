"""Shared builder of the hand-annotated DEVELOPMENT actor-mention sets (dev2, dev3; issue 13).

Each set's annotations are written by hand in actor_devN_annotations.py as PAGES rows
(query, date, sentence, country, sector, source, extra). The builder refuses a mention that is not
verbatim in its sentence (or a bad code, date or source), and drops any item whose (query, context)
or source also occurs in the held-out set, or whose source an earlier dev set already cites, so the
sets never share text. The held-out file is compared, never printed.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELD = HERE / "actor_mentions.jsonl"
SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "POL", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "REF", "REL",
           "EDU", "UAF", "CRM"}


def _norm_url(u: str) -> str:
    return re.sub(r"/+wiki/", "/wiki/", u.strip().split("#")[0])


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(ln) for ln in fh if ln.strip() and not ln.startswith("#")]


def _items(pages: list[tuple], who: str) -> list[dict]:
    items = []
    for query, date, context, country, sector, source, extra in pages:
        where = f"{query!r} ({source})"
        if query not in context:
            sys.exit(f"{who}: {where} is not verbatim in its sentence")
        if not re.fullmatch(r"20(1[5-9]|2[0-6])-\d{2}-\d{2}", date):
            sys.exit(f"{who}: bad date {date!r} for {where}")
        if sector not in SECTORS or not re.fullmatch(r"[A-Z]{3}", country):
            sys.exit(f"{who}: bad code {country}/{sector} for {where}")
        if not source.startswith("http"):
            sys.exit(f"{who}: bad source for {where}")
        item = {"query": query, "date": date, "context": context, "country": country, "sector": sector,
                "source": source}
        if extra.get("org"):
            item["org"] = extra["org"]
        items.append(item)
    return items


def _drop_shared(items: list[dict], earlier: tuple[Path, ...], earlier_name: str) -> list[dict]:
    held = _read(HELD)
    pairs = {(h["query"], h.get("context")) for h in held}
    sources = {_norm_url(h["source"]) for h in held}
    devs = {_norm_url(d["source"]) for p in earlier for d in _read(p)}
    kept = []
    for i in items:
        if (i["query"], i["context"]) in pairs or _norm_url(i["source"]) in sources:
            print(f"dropped (shared with the held-out set): {i['query']!r} {i['source']}", file=sys.stderr)
        elif _norm_url(i["source"]) in devs:
            print(f"dropped (source already in {earlier_name}): {i['query']!r} {i['source']}", file=sys.stderr)
        else:
            kept.append(i)
    return kept


def build_set(n: int, pages: list[tuple], earlier: tuple[Path, ...], earlier_name: str, out_path: Path) -> None:
    """Write dev set ``n`` to ``out_path`` from ``pages``; ``earlier`` are the dev sets whose sources it may not use."""
    items = _drop_shared(_items(pages, f"build_actor_dev{n}"), earlier, earlier_name)
    seen, out = set(), []
    for it in items:
        key = (it["query"], it["context"], it["date"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"id": f"act-dev{n}-{len(out) + 1:03d}", **it})
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(f"# flashpoint actor-mention DEV set {n} (issue 13): tune here, never on actor_mentions.jsonl; "
                 f"built by tests/gold/build_actor_dev{n}.py from actor_dev{n}_annotations.py. Schema: "
                 "docs/gold-format.md#actors; conventions: docs/annotation-guidelines.md\n")
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    countries = Counter(i["country"] for i in out)
    sectors = Counter(i["sector"] for i in out)
    pages_n = {i["source"] for i in out}
    print(f"wrote {len(out)} mentions from {len(pages_n)} pages, {len(set(countries) - {'IGO', 'NGO'})} countries "
          f"(+IGO/NGO), {len(sectors)} sectors to {out_path.name}")
    print("sectors:", " ".join(f"{k} {v}" for k, v in sorted(sectors.items(), key=lambda kv: -kv[1])))
