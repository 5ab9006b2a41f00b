"""Build tests/gold/typing_test.jsonl from the hand annotations in typing_test_annotations.txt.

The annotations cite re3d and GeoWebNews sentences by document and sentence index (their text is
read verbatim from ../shared/gold), and quote other public pages with their URL. Run once; the
JSONL it writes is frozen (tests/test_gold_frozen.py) and must not be regenerated after that.

Annotation syntax (one block per item):
    == re3d FOLDER:DOC:SENT          sentence SENT of re3d document DOC (see sentences() below)
    == gwn ARTICLE:SENT              sentence SENT of GeoWebNews article ARTICLE
    == url URL | DATE                a public page; the next line `T ...` is the sentence
    C previous sentence (optional context, not scored)
    TYPE [mode] | source text | CC/SEC | target text | CC/SEC [| modality]
    NONE                             the sentence has no main event
CC is ISO3, IGO or NGO (or empty), SEC a sector; "-" leaves a field out.
"""
from __future__ import annotations

import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared beside the repository, or FLASHPOINT_SHARED (as in tests/conftest.py)
SHARED = Path(os.environ.get("FLASHPOINT_SHARED", HERE.parents[1].parent / "shared")) / "gold"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "requested", "negated", "hypothetical", "reported"}
RE3D_FOLDERS = {"Aust": "Australian_Department_of_Foreign_Affairs", "CENT": "CENTCOM",
                "Dele": "Delegation_of_the_European_Union_to_Syria", "UK_G": "UK_Government",
                "US_S": "US_State_Department", "Wiki": "Wikipedia"}
_ABBR = (r"(?:U\.S|U\.K|U\.N|Gen|Lt|Col|Maj|Sgt|Capt|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept|Oct|Nov|"
         r"Dec|Adm|Brig|Sen|Rep|Gov|Inc|Co|Jr|Sr|vs|etc|i\.e|e\.g|a\.m|p\.m)")


def sentences(text: str) -> list[str]:
    """A fixed, simple splitter: the sentence indices in the annotations refer to its output."""
    out = []
    for para in re.split(r"\n+", text):
        para = para.strip()
        if not para:
            continue
        buf = ""
        for part in re.split(r'(?<=[.!?"”’])\s+(?=["“‘(]?[A-Z0-9])', para):
            buf = f"{buf} {part}".strip() if buf else part
            if re.search(r"(?:\b" + _ABBR + r"\.|\b[A-Z]\.)$", buf):
                continue
            out.append(buf)
            buf = ""
        if buf:
            out.append(buf)
    return out


def load_re3d() -> dict:
    docs = {}
    for short, folder in RE3D_FOLDERS.items():
        lines = [l for l in (SHARED / "re3d" / folder / "documents.json").open(encoding="utf-8") if l.strip()]
        for i, line in enumerate(lines):
            docs[(short, i)] = json.loads(line)
    return docs


def load_gwn() -> dict:
    root = ET.parse(SHARED / "geo" / "GWN.xml").getroot()
    return {a.get("file"): {"title": a.findtext("title"), "link": a.findtext("link"),
                            "text": a.findtext("text")} for a in root.iter("article")}


def actor(text: str, code: str) -> dict | None:
    if text.strip() in ("", "-"):
        return None
    out = {"text": text.strip()}
    code = code.strip()
    if code and code != "-":
        cc, _, sec = code.partition("/")
        if cc:
            out["country"] = cc
        if sec:
            out["sector"] = sec
    return out


def parse_event(line: str, where: str) -> dict:
    cols = [c.strip() for c in line.split("|")]
    head = cols[0].split()
    etype, mode = head[0], (head[1] if len(head) > 1 else None)
    if etype not in TYPES:
        raise SystemExit(f"{where}: unknown type {etype}")
    cols += ["-"] * (6 - len(cols))
    ev = {"event_type": etype, "mode": mode}
    src, tgt = actor(cols[1], cols[2]), actor(cols[3], cols[4])
    if src:
        ev["source"] = src
    if tgt:
        ev["target"] = tgt
    modality = cols[5] if cols[5] not in ("", "-") else "asserted"
    if modality not in MODALITIES:
        raise SystemExit(f"{where}: unknown modality {modality}")
    ev["modality"] = modality
    return ev


def build(ann_path: Path) -> list[dict]:
    re3d, gwn = load_re3d(), load_gwn()
    items, cur = [], None
    for n, raw in enumerate(ann_path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{ann_path.name}:{n}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            kind, _, ref = line[3:].partition(" ")
            cur = {"events": [], "_none": False, "_where": where}
            items.append(cur)
            if kind == "re3d":
                short, doc, sent = ref.strip().split(":")
                d = re3d[(short, int(doc))]
                cur["id"] = f"typ-re3d-{short.lower()}-{doc}-{sent}"
                cur["source"] = (f"{d['sourceUrl']} (re3d {RE3D_FOLDERS[short]}/documents.json "
                                 f"_id {d['_id']}, sentence {sent}: \"{d['title']}\")")
                cur["text"] = sentences(d["text"])[int(sent)]
            elif kind == "gwn":
                art, sent = ref.strip().split(":")
                a = gwn[art]
                cur["id"] = f"typ-gwn-{art}-{sent}"
                cur["source"] = f"{a['link']} (GeoWebNews GWN.xml article {art}, sentence {sent}: \"{a['title']}\")"
                cur["text"] = sentences(a["text"])[int(sent)]
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
            cur["events"].append(parse_event(line, where))
    seen, out, url_n = set(), [], 0
    for it in items:
        if not it.get("text"):
            raise SystemExit(f"{it['_where']}: no text")
        if bool(it["events"]) == it["_none"]:
            raise SystemExit(f"{it['_where']}: give events or NONE (not both)")
        if "id" not in it:
            url_n += 1
            it["id"] = f"typ-web-{url_n:03d}"
        if it["text"] in seen:
            raise SystemExit(f"{it['_where']}: duplicate sentence")
        seen.add(it["text"])
        rec = {"id": it["id"], "source": it["source"]}
        for k in ("date", "context"):
            if k in it:
                rec[k] = it[k]
        rec.update({"scope": "main", "text": it["text"], "events": it["events"]})
        out.append(rec)
    return out


def main() -> None:
    items = build(HERE / "typing_test_annotations.txt")
    dest = HERE / "typing_test.jsonl"
    with dest.open("w", encoding="utf-8") as fh:
        fh.write("# Frozen held-out event-typing test set (issue 9). See docs/annotation-guidelines.md. DO NOT EDIT.\n")
        for rec in items:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {dest}", file=sys.stderr)


if __name__ == "__main__":
    main()
