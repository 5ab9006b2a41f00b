"""What the development-set builders share, so that each builder holds only its annotations.

- Reworded reports (build_news_dev.py, build_reports_dev*.py): rows in build_wire_dev's syntax (`build_rows`),
  less any item whose page the frozen wire_dateplace set also cites (`drop_held_out`, by URL), written as JSONL
  (`write`, `write_reports`).
- Argument stories (build_wire_args_dev*.py): actors and events (`A`, `E`), each story checked (dateline first,
  every argument quoted from the text, nothing shared with the frozen set named) and written (`write_stories`).

The builders of held-out sets (build_typing_gold.py, build_wire_args.py, build_wire_dateplace.py,
build_actor_gold.py) do not use it. A builder is run as a script (python tests/gold/build_reports_dev7.py); the
files it writes are pinned by hash in tests/test_gold_frozen.py, so a change here must leave them byte-identical.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
# the frozen set of reports (and the texts it was built from): a dev item must cite none of its pages
DATEPLACE_FROZEN = [HERE / "wire_dateplace.jsonl", HERE / "sources" / "wire_dateplace_texts.jsonl"]


# -- reworded reports (dates and places) ----------------------------------------------------------------------
def build_rows(rows: list[tuple]) -> list[dict]:
    """Items of a reworded dev set written in build_wire_dev's row syntax (news_dev and the reports_dev sets)."""
    sys.path.insert(0, str(HERE))
    from build_wire_dev import to_items

    return to_items(rows, "reworded from the cited page")


def drop_held_out(items: list[dict]) -> list[dict]:
    """Items whose source the frozen set cites are left out (checked by URL, without reading the set's texts)."""
    frozen = " ".join(p.read_text("utf-8") for p in DATEPLACE_FROZEN if p.exists())
    keep = []
    for it in items:
        url = it["source"].split(" ", 1)[0].split("://", 1)[-1].rstrip("/")
        if url in frozen:
            print(f"dropped (cited by the frozen set): {it['id']}", file=sys.stderr)
            continue
        keep.append(it)
    return keep


def write(items: list[dict], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def write_reports(items: list[dict], name: str) -> None:
    """Write a reports dev set (``name`` in tests/gold), less the items the frozen set cites."""
    write(drop_held_out(items), HERE / name)


# -- argument stories (sources, targets, instruments, objects) -------------------------------------------------
WN = "https://en.wikinews.org/wiki/"  # the stories paraphrased from Wikinews cite their article under it


def A(text, country, sector=None):
    return {"text": text, "country": country, "sector": sector}


def E(t, src, tgt, mode=None, modality="asserted", instrument=None, obj=None):
    e = {"event_type": t, "mode": mode, "source": src, "target": tgt, "modality": modality}
    if instrument:
        e["instrument"] = {"text": instrument}
    if obj:
        e["object"] = {"text": obj}
    return e


def write_stories(stories: list[tuple], name: str, disjoint_from: str | None = None) -> None:
    """Check each story (dateline first, every argument quoted from the text, nothing shared with the frozen
    set ``disjoint_from``) and write it as JSONL (``name`` in tests/gold)."""
    frozen = (HERE / disjoint_from).read_text("utf-8") if disjoint_from else ""
    out = []
    for sid, source, day, (dl, place, country), text, events in stories:
        assert text.startswith(dl), sid
        if frozen:
            assert source not in frozen and text[len(dl):len(dl) + 80] not in frozen, sid  # disjoint from held-out
        for e in events:
            for k in ("source", "target"):
                t = (e[k] or {}).get("text")
                assert t is None or t in text, (sid, t)
            for k in ("instrument", "object"):
                assert k not in e or e[k]["text"] in text, (sid, e[k])
        out.append({"id": f"wad-{sid}", "source": source, "date": day,
                    "dateline": {"text": dl, "place": place, "country": country}, "text": text, "events": events})
    path = HERE / name
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), "utf-8")
    print(f"{path}: {len(out)} stories, {sum(len(o['events']) for o in out)} events")
