"""One plain sentence for a request FastAPI refused: an analyst who mistypes a filter reads what was wrong and
what is accepted, not pydantic's list of error objects."""
from __future__ import annotations

import re
from typing import Any, Iterable

_PATTERN = re.compile(r"^\^\(([\w|-]+)\)\$$")


def _name(err: dict) -> str:
    loc = [str(x) for x in err.get("loc", ())]
    if loc and loc[0] in ("query", "path", "body", "header", "cookie"):
        loc = loc[1:]
    return ".".join(loc) or "request"


def _reason(err: dict) -> str:
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    if kind.startswith(("date_", "datetime_")):
        why = ctx.get("error")
        return "is not a date (YYYY-MM-DD)" + (f": {why}" if why else "")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "is not a whole number"
    if kind in ("float_parsing", "float_type"):
        return "is not a number"
    if kind == "greater_than_equal":
        return f"must be {ctx.get('ge')} or more"
    if kind == "greater_than":
        return f"must be more than {ctx.get('gt')}"
    if kind == "less_than_equal":
        return f"must be {ctx.get('le')} or less"
    if kind == "less_than":
        return f"must be less than {ctx.get('lt')}"
    if kind == "string_pattern_mismatch":
        m = _PATTERN.match(str(ctx.get("pattern", "")))
        if m:
            return "must be one of " + ", ".join(m.group(1).split("|"))
    if kind == "missing":
        return "is required"
    return str(err.get("msg", "is not valid"))


def describe(errors: Iterable[dict]) -> str:
    """``from '2024-13-01' is not a date (YYYY-MM-DD): month value is outside expected range of 1-12; limit '0'
    must be 1 or more``."""
    parts = []
    for err in errors:
        given = err.get("input")
        shown = f" {given!r}" if isinstance(given, (str, int, float)) and err.get("type") != "missing" else ""
        parts.append(f"{_name(err)}{shown} {_reason(err)}")
    return "; ".join(parts) or "the request is not valid"


def brief(errors: Iterable[dict]) -> list[dict[str, Any]]:
    """The errors as plain JSON (field, value given, pydantic's own words) for a program to read."""
    out = []
    for err in errors:
        given = err.get("input")
        out.append({"field": _name(err), "input": given if isinstance(given, (str, int, float, type(None))) else str(given),
                    "msg": str(err.get("msg", ""))})
    return out
