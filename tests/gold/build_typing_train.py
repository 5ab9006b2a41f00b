"""Build tests/gold/typing_train.jsonl (event-typing TRAINING set, issue 9) from typing_train_annotations.txt.

Training data for the learned type decision: never frozen, it may grow. Same item format and
guidelines as the frozen test set (docs/annotation-guidelines.md, "Event typing"); the annotation
syntax is that of build_typing_gold.py, plus one item kind for the bundled Wikinews corpus:

    == wn YEAR:ROW:SENT      sentence SENT of row ROW (0-based) of corpus/wikinews_YEAR.csv
    == re3d FOLDER:DOC:SENT  sentence SENT of re3d document DOC (only documents no frozen set uses)
    == url URL | DATE        a public page; the next line `T ...` is the sentence, verbatim

An event line may be followed by one trigger line, `@ WORD` or `@ WORD#N`: the word or short phrase that
expresses the event (the predicate or event noun that carries its PLOVER type), verbatim as it appears in
the sentence, case and all; `#N` picks its Nth whole-word occurrence (the first by default). It becomes the
event's `"trigger": {"text", "start", "end"}` (character offsets into the item's text); a trigger that is
not found in the sentence stops the build.

Sentences are split with build_typing_gold.sentences(). Re-runnable: any sentence whose normalized
text occurs in a frozen held-out set (typing_test, wire_args, wire_dateplace and its texts,
actor_mentions), and any re3d document those sets cite, is dropped here, compared programmatically.
"""
from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_typing_gold as btg  # noqa: E402  (same splitter, event syntax and re3d loader)

CORPUS = HERE.parents[1] / "corpus"
FROZEN = ["typing_test.jsonl", "wire_args.jsonl", "wire_dateplace.jsonl", "actor_mentions.jsonl",
          "sources/wire_dateplace_texts.jsonl"]


def norm(text: str) -> str:
    """Lower case, ASCII quotes, letters and digits only, single spaces."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())


def frozen_index() -> tuple[set[str], str, set[str]]:
    """Normalized sentences and texts of the frozen sets, and the re3d document ids they cite."""
    sents, blobs, re3d_ids = set(), [], set()
    for name in FROZEN:
        for line in (HERE / name).open(encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            rec = json.loads(line)
            for key in ("text", "context"):
                val = rec.get(key)
                if isinstance(val, str) and val.strip():
                    blobs.append(norm(val))
                    for s in btg.sentences(val):
                        sents.add(norm(s))
            re3d_ids.update(re.findall(r"_id ([0-9A-F]{32})", rec.get("source", "")))
            re3d_ids.update(re.findall(r"re3d[^ ]* ([0-9A-F]{32})", rec.get("source", "")))
    return sents, "\n".join(blobs), re3d_ids


def is_frozen(text: str, sents: set[str], blob: str) -> bool:
    n = norm(text)
    return n in sents or (len(n) > 25 and n in blob)


def locate(text: str, spec: str, where: str) -> dict:
    """The span of a trigger spec (`WORD` or `WORD#N`) in text: its Nth whole-word, case-sensitive occurrence."""
    word, nth = spec, 1
    m = re.fullmatch(r"(.+?)#(\d+)", spec)
    if m:
        word, nth = m.group(1).strip(), int(m.group(2))
    if not word or nth < 1:
        raise SystemExit(f"{where}: bad trigger {spec!r}")
    hits = [h.start() for h in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
    if len(hits) < nth:
        raise SystemExit(f"{where}: trigger {spec!r} not found in the sentence"
                         + (f" ({len(hits)} occurrence(s))" if hits else "") + f": {text!r}")
    start = hits[nth - 1]
    return {"text": word, "start": start, "end": start + len(word)}


def load_wikinews() -> dict[str, list[dict]]:
    csv.field_size_limit(10**8)
    return {year: list(csv.DictReader((CORPUS / f"wikinews_{year}.csv").open(encoding="utf-8")))
            for year in ("2019", "2020")}


def build(ann_path: Path) -> tuple[list[dict], int]:
    re3d, wn = btg.load_re3d(), load_wikinews()
    sents, blob, re3d_ids = frozen_index()
    items, cur, last = [], None, None
    for n, raw in enumerate(ann_path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{ann_path.name}:{n}"
        if not line or line.startswith("#"):
            continue
        if line == "@" or line.startswith("@ "):
            # a trigger belongs to the event on the line just before it
            if last is None or "_trigger" in last:
                raise SystemExit(f"{where}: a trigger line must follow an event line")
            last["_trigger"] = (line[1:].strip(), where)
            continue
        last = None
        if line.startswith("== "):
            kind, _, ref = line[3:].partition(" ")
            cur = {"events": [], "_none": False, "_where": where}
            items.append(cur)
            if kind == "wn":
                year, row, sent = ref.strip().split(":")
                a = wn[year][int(row)]
                cur["id"] = f"trn-wn{year[2:]}-{row}-{sent}"
                cur["source"] = (f"{a['url']} (Wikinews, CC BY 2.5; corpus/wikinews_{year}.csv row {row}, "
                                 f"sentence {sent})")
                cur["date"] = a["date"]
                cur["text"] = btg.sentences(a["text"])[int(sent)]
            elif kind == "re3d":
                short, doc, sent = ref.strip().split(":")
                d = re3d[(short, int(doc))]
                if d["_id"] in re3d_ids:
                    raise SystemExit(f"{where}: re3d document {d['_id']} is cited by a frozen set")
                cur["id"] = f"trn-re3d-{short.lower()}-{doc}-{sent}"
                cur["source"] = (f"{d['sourceUrl']} (re3d {btg.RE3D_FOLDERS[short]}/documents.json "
                                 f"_id {d['_id']}, sentence {sent})")
                cur["text"] = btg.sentences(d["text"])[int(sent)]
            elif kind == "url":
                url, _, date = (p.strip() for p in ref.partition("|"))
                cur["source"] = url
                if date:
                    cur["date"] = date
            else:
                raise SystemExit(f"{where}: unknown item kind {kind}")
        elif line.startswith("T "):
            cur["text"] = line[2:].strip()
        elif line.startswith("C "):
            cur["context"] = line[2:].strip()
        elif line == "NONE":
            cur["_none"] = True
        else:
            if cur is None:
                raise SystemExit(f"{where}: event before any item")
            last = btg.parse_event(line, where)
            cur["events"].append(last)
    seen, out, url_n, dropped = set(), [], 0, 0
    for it in items:
        if not it.get("text"):
            raise SystemExit(f"{it['_where']}: no text")
        if bool(it["events"]) == it["_none"]:
            raise SystemExit(f"{it['_where']}: give events or NONE (not both)")
        for ev in it["events"]:
            if "_trigger" in ev:
                spec, where = ev.pop("_trigger")
                ev["trigger"] = locate(it["text"], spec, where)
        if "id" not in it:
            url_n += 1
            it["id"] = f"trn-web-{url_n:03d}"
        key = norm(it["text"])
        if key in seen:
            raise SystemExit(f"{it['_where']}: duplicate sentence")
        seen.add(key)
        if is_frozen(it["text"], sents, blob):
            dropped += 1
            continue
        rec = {"id": it["id"], "source": it["source"]}
        for k in ("date", "context"):
            if k in it:
                rec[k] = it[k]
        rec.update({"scope": "main", "text": it["text"], "events": it["events"]})
        out.append(rec)
    return out, dropped


def main() -> None:
    items, dropped = build(HERE / "typing_train_annotations.txt")
    dest = HERE / "typing_train.jsonl"
    with dest.open("w", encoding="utf-8") as fh:
        fh.write("# Event-typing TRAINING set (issue 9): generated by build_typing_train.py from "
                 "typing_train_annotations.txt. Not held out; never mix with typing_test.jsonl.\n")
        for rec in items:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for rec in items:
        for ev in rec["events"]:
            if ev["modality"] in ("asserted", "reported"):
                counts[ev["event_type"]] = counts.get(ev["event_type"], 0) + 1
    none = sum(1 for rec in items if not rec["events"])
    print(f"{len(items)} items ({none} no-event, {dropped} dropped as frozen) -> {dest}", file=sys.stderr)
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])),
          file=sys.stderr)


if __name__ == "__main__":
    main()
