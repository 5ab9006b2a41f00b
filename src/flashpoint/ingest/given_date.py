"""A document's given date (a sidecar's or a feed row's `date`, a POSTed document's): the readers of
``dates.parse_date`` (ISO, RFC 2822, "3 May 2024", numbers read day first: "03/05/2024" is 3 May) and month
names in Serbian, Latin or Cyrillic ("3. maja 2024.", "3. мај 2024. године"; ``data/month_names.yaml``)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib.resources import files

from ..dates import parse_date
from ..yamlfile import load_yaml


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern, dict[str, int], re.Pattern]:
    data = load_yaml((files("flashpoint") / "data" / "month_names.yaml").read_text("utf-8"))
    month = {str(w).lower(): int(m) for m, words in data["months"].items() for w in words}
    names = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, month), key=len, reverse=True)) + r")(?!\w)\.?",
                       re.I)
    year_words = re.compile(r"(?<=\d)\.?\s*(?:" + "|".join(map(re.escape, data["year_words"])) + r")\.?\s*$", re.I)
    return names, month, year_words


def _by_month_name(value: str) -> date | None:
    """'3. maja 2024. godine' -> 2024-05-03; None when the value names no month of the list or no real day."""
    names, month, year_words = _names()
    if not names.search(value):
        return None
    text = year_words.sub("", value.strip())
    m = re.fullmatch(r"(\d{1,2})\.?\s*(\w+)\.?,?\s*(\d{4})\.?", names.sub(lambda x: x.group(1), text).strip())
    day, name, year = (m[1], m[2], m[3]) if m else (None, None, None)
    if name is None or name.lower() not in month:
        m = re.fullmatch(r"(\w+)\.?\s+(\d{1,2})\.?,?\s*(\d{4})\.?", text.strip())  # "maj 3, 2024"
        day, name, year = (m[2], m[1], m[3]) if m else (None, None, None)
    if name is None or name.lower() not in month:
        return None
    try:
        return date(int(year), month[name.lower()], int(day))
    except ValueError:  # "31. februara 2024."
        return None


def read_given_date(value: object) -> date | None:
    """The date a document is given, or None when no reader understands it (the caller keeps the value)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    return parse_date(text) or _by_month_name(text)
