"""A YAML stub of unresolved names, in the format `--actors` reads, for a user to fill in."""
from __future__ import annotations

import re
from pathlib import Path

from .dictionary import fold


def write_stub(path: str | Path, rows: list[tuple[str, int, str | None]]) -> None:
    """rows: (name, count, example sentence). Codes are left empty: the user decides them."""
    lines = ["# Unresolved names from `flashpoint actors --unresolved --stub`. Fill in country (ISO3, IGO or NGO)",
             "# and sector (GOV MIL REB COP JUD LEG POL OPP CVL MED BUS NGO ...; PTY and JRN are accepted too),",
             "# add dated roles where a role changed, delete what is not an actor, then pass the file with",
             "# `flashpoint code ... --actors FILE`.",
             "persons: []",
             "organizations:"]
    for name, n, example in rows:
        eid = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_") or "unnamed"
        ex = (example or "").replace('"', "'").strip()
        lines += [f"  - id: {eid}  # {n} mention(s)",
                  f"    names: [{_q(name)}]",
                  "    country: null",
                  "    sector: null",
                  f"    # example: \"{ex[:200]}\""]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
