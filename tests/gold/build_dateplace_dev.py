"""Build tests/gold/dateplace_dev.jsonl: the DEVELOPMENT set for event dates and admin1 (issue 15).

Tuning happens on this set; the frozen held-out test set is a different file written by another
annotator. Texts are the first paragraphs of Wikinews articles from the bundled corpus
(CC BY 2.5, credit Wikinews and the article URL); dates and places were read by hand from each text.
Relative dates ("on Saturday") count back from the article's publication date. ``admin1`` lists
the accepted names of the first-level division (GeoNames and ISO 3166-2 spellings differ).

Run: python tests/gold/build_dateplace_dev.py
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("dateplace_dev.jsonl")

# (year file, row, [(event_type, trigger, date, country ISO2, [admin1 names] or None)])
ITEMS = [
    ("2019", 16, [("ASSAULT", "rammed", "2019-01-21", "AF", ["Wardak", "Maidan Wardak"]),
                  ("ASSAULT", "targeted", "2019-01-21", "AF", ["Wardak", "Maidan Wardak"])]),
    ("2019", 19, [("ASSAULT", "struck", "2019-01-27", "PH", ["Autonomous Region in Muslim Mindanao", "Bangsamoro",
                                                             "ARMM", "Sulu"])]),
    ("2019", 20, [("ASSAULT", "killed", "2019-01-29", "YE", ["Ta'izz Governorate", "Taiz", "Ta'izz"])]),
    ("2019", 74, [("ASSAULT", "injured", "2019-07-20", "US", ["Pennsylvania"])]),
    ("2019", 106, [("ASSAULT", "hit", "2019-09-14", "SA", ["Eastern Province", "Ash Sharqiyah", "Eastern"]),
                   ("ASSAULT", "struck", "2019-09-14", "SA", ["Eastern Province", "Ash Sharqiyah", "Eastern"])]),
    ("2019", 125, [("ASSAULT", "fired", "2019-10-01", "HK", ["Tsuen Wan", "Tsuen Wan District"])]),
    ("2019", 138, [("ASSAULT", "stabbed", "2019-10-10", "ID", ["Banten"])]),
    ("2019", 11, [("ASSAULT", "stabbed", "2019-01-13", "PL", ["Pomeranian Voivodeship", "Pomorskie", "Pomerania"])]),
    ("2019", 41, [("ASSAULT", "shooting", "2019-03-15", "NZ", ["Canterbury"])]),
    ("2019", 43, [("PROTEST", "marched", "2019-03-23", "GB", ["England"])]),
    ("2019", 64, [("PROTEST", "gathered", "2019-06-21", "HK", None)]),
    ("2019", 85, [("PROTEST", "marched", "2019-08-18", "HK", None)]),
    ("2019", 128, [("ASSAULT", "killing", "2019-10-03", "FR", ["Île-de-France", "Ile-de-France"]),
                   ("ASSAULT", "shot", "2019-10-03", "FR", ["Île-de-France", "Ile-de-France"])]),
    ("2019", 157, [("ASSAULT", "attack", "2019-11-08", "IQ", ["Nineveh", "Ninawa", "Nineveh Governorate"])]),
    ("2019", 163, [("ASSAULT", "stabbed", "2019-11-29", "GB", ["England"]),
                   ("ASSAULT", "struck", "2019-11-29", "GB", ["England"])]),
    ("2020", 1, [("ASSAULT", "killed", "2020-01-02", "IQ", ["Baghdad", "Baghdad Governorate"])]),
    ("2020", 15, [("ASSAULT", "stab", "2020-02-02", "GB", ["England"]),
                  ("ASSAULT", "shot", "2020-02-02", "GB", ["England"])]),
    ("2020", 56, [("COERCE", "arrested", "2020-05-22", "GE", None)]),
    ("2020", 62, [("ASSAULT", "shot", "2020-06-02", "YE", ["'Adan Governorate", "Aden", "Adan"])]),
    ("2020", 64, [("COERCE", "arrested", "2020-06-05", "IN", ["Kerala"])]),
    ("2020", 66, [("COERCE", "arrested", "2020-06-08", "IN", ["Tamil Nadu"])]),
    ("2020", 69, [("ASSAULT", "killed", "2020-06-20", "GB", ["England"]),
                  ("COERCE", "arrested", "2020-06-20", "GB", ["England"])]),
    ("2020", 77, [("PROTEST", "protested", "2020-07-10", "RS", ["Belgrade", "Central Serbia"]),
                  ("COERCE", "arrested", "2020-07-10", "RS", ["Belgrade", "Central Serbia"])]),
    ("2020", 79, [("PROTEST", "rally", "2020-07-30", "BY", ["Minsk City", "Horad Minsk", "Minsk"])]),
    ("2020", 93, [("ASSAULT", "shot", "2020-09-25", "GB", ["England"])]),
    ("2020", 111, [("PROTEST", "rallied", "2020-11-14", "US", ["District of Columbia", "Washington, D.C."])]),
    ("2020", 118, [("PROTEST", "gathered", "2020-12-12", "US", ["District of Columbia", "Washington, D.C."])]),
]


def main() -> None:
    csv.field_size_limit(10 ** 8)
    rows = {y: list(csv.DictReader((ROOT / "corpus" / f"wikinews_{y}.csv").open(encoding="utf-8")))
            for y in ("2019", "2020")}
    with OUT.open("w", encoding="utf-8") as fh:
        for year, i, events in ITEMS:
            r = rows[year][i]
            paras = [p for p in r["text"].split("\n") if p.strip()]
            text = "\n\n".join(paras[:5])
            evs = [{"event_type": t, "trigger": trig, "date": d,
                    "location": {"country": cc, **({"admin1": a1[0], "admin1_alt": a1[1:]} if a1 else {})}}
                   for t, trig, d, cc, a1 in events]
            fh.write(json.dumps({"id": f"wikinews-{year}-{i}", "source": f"{r['url']} (Wikinews, CC BY 2.5)",
                                 "date": r["date"], "text": text, "events": evs}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
