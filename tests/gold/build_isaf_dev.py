"""Build tests/gold/isaf_dev.jsonl: a DEVELOPMENT set of ISAF press releases for event dates and admin1
(issue 15). Tuning happens here; the frozen wire_dateplace set is never read for it.

Texts and annotations come from the ISAF press-release dataset of Alex Strick van Linschoten and Felix Kuehn
(https://huggingface.co/datasets/strickvl/isafpressreleases; the test split as published in github
strickvl/isafpr_finetune, ``data/templatefree_isaf_press_releases_ft_test.jsonl``): the release text as
published (headers, release numbers and datelines kept), and the dataset's own record of the release's
main event: its start date and province. Each item is one release with that one event (type from the
dataset's event types), so the set scores whether the coder dates and places a release's main event; other
events the release tells are not annotated. Releases that are also in the frozen held-out set (whole-text
overlap with ``sources/wire_dateplace_texts.jsonl``) are dropped, by comparison only. No metadata date is
given: a release is read as one line of a feed file, as ``flashpoint code`` reads it, so a year-less dateline
takes its year from the release itself or from the file's other releases.

The items: every release whose dateline has no year and whose text states none, every release with no
dateline, and every fourth of the others (by line), for the file's dated releases.

Run: python tests/gold/build_isaf_dev.py PATH/templatefree_isaf_press_releases_ft_test.jsonl
(get it with: git clone https://github.com/strickvl/isafpr_finetune)

Licence: ISAF public press releases, issued for public distribution.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "isaf_dev.jsonl"
HELD_OUT = HERE / "sources" / "wire_dateplace_texts.jsonl"
SOURCE = ("https://huggingface.co/datasets/strickvl/isafpressreleases (github strickvl/isafpr_finetune, "
          "data/templatefree_isaf_press_releases_ft_test.jsonl, line {line})")
# the dataset's province keys -> country-state-city spelling, and other usual spellings
PROVINCES = {"day_kundi": ("Daykundi", ["Day Kundi", "Daykundi"]), "ghor": ("Ghōr", ["Ghor"]),
             "kunduz": ("Kunduz Province", ["Kunduz"]), "nimroz": ("Nimruz", ["Nimroz"]),
             "paktya": ("Paktia", ["Paktiya", "Paktya"]), "sar-e pul": ("Sar-e Pol", ["Sar-e Pul", "Sari Pul"]),
             "uruzgan": ("Urozgan", ["Uruzgan", "Oruzgan"]), "wardak": ("Wardak", ["Maidan Wardak"]),
             "khost": ("Khost", ["Khowst"]), "helmand": ("Helmand", ["Hilmand"])}
# the dataset's event types -> PLOVER (its first type names the release's main event)
TYPES = {"detention": "COERCE", "captureandkill": "COERCE", "insurgentskilled": "ASSAULT", "airstrike": "ASSAULT",
         "exchangeoffire": "ASSAULT", "civiliancasualty": "ASSAULT"}
_YEARLESS = re.compile(r"\((?:Jan|Feb|March|Mar|April|Apr|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\)")
_DATELINE = re.compile(r"\((?:Jan|Feb|March|Mar|April|Apr|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                       r"(?:,\s*\d{4})?\)")


def _norm(t: str) -> str:
    return re.sub(r"\W+", " ", t).lower().strip()


def _held_out() -> list[str]:
    return [_norm(json.loads(line)["text"]) for line in HELD_OUT.read_text("utf-8").splitlines() if line.strip()]


def _shared(text: str, held: list[str]) -> bool:
    n = _norm(text)
    probe = n[len(n) // 3:len(n) // 3 + 100] if len(n) < 400 else n[-300:-100]
    return any(probe in h for h in held)


def build(path: Path) -> list[dict]:
    held = _held_out()
    items = []
    for line, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        segs = json.loads(raw)["segments"]
        text = segs[1]["text"].removeprefix("PRESS RELEASE TEXT: ")
        label = json.loads(segs[2]["text"].replace("<s>", "").replace("</s>", "").strip())
        if _shared(text, held):
            continue
        year = label["start_date"][:4]
        year_in_text = year in text
        yearless = bool(_YEARLESS.search(text)) and not year_in_text
        undated = not _DATELINE.search(text)
        if not (yearless or undated or line % 4 == 0):
            continue
        key = label["province"][0]
        admin1, alt = PROVINCES.get(key, (key.title(), []))
        where = {"country": "AF", "admin1": admin1, "admin1_alt": alt} if re.fullmatch(r"[a-z]+", key) or \
            key in PROVINCES else {"country": "AF"}  # '??', '' or 'southern afghanistan': no province
        etype = TYPES.get((label.get("event_type") or ["detention"])[0], "COERCE")
        items.append({"id": f"isafpr-test-{line}", "source": SOURCE.format(line=line), "year_in_text": year_in_text,
                      "text": text,
                      "events": [{"event_type": etype, "modality": "asserted", "date": label["start_date"],
                                  "location": where}]})
    return items


def main() -> None:
    items = build(Path(sys.argv[1]))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# DEV set (issue 15): ISAF releases, one main event each (date, province) from the dataset's record; "
                 "see build_isaf_dev.py. Not frozen; tune here.\n")
        for it in items:
            fh.write(json.dumps(it) + "\n")  # ASCII: a raw U+2028 would split the line
    print(f"{OUT}: {len(items)} items, {sum(not i['year_in_text'] for i in items)} without the event year in the text")


if __name__ == "__main__":
    main()
