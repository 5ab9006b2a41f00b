"""Convert Natural Earth 1:110m country outlines (TopoJSON, npm package `world-atlas`) to GeoJSON, once.

Writes src/flashpoint/geo/data/countries-110m.geojson, read by `flashpoint plot map` and meant for the web
dashboard too. Nothing is fetched at run time; re-run this script only to update the file.

Source: world-atlas 2.0.2 (https://www.npmjs.com/package/world-atlas), a redistribution of Natural Earth
4.1.0 Admin 0 countries, 1:110m. Natural Earth data is in the public domain; world-atlas is ISC-licensed
(Copyright 2013-2019 Michael Bostock).

    npm pack world-atlas@2.0.2 && python scripts/build_country_outlines.py world-atlas-2.0.2.tgz

Each feature keeps `name` (Natural Earth's) and `id` (ISO 3166-1 numeric, as in world-atlas) and gains
`iso_a3` / `iso_a2` from pycountry (Kosovo: XKX / XK; features without a numeric code keep null).
Coordinates are rounded to 4 decimals (about 10 m, far below the 1:110m generalisation).
"""
from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "flashpoint" / "geo" / "data" / "countries-110m.geojson"
_EXTRA = {"Kosovo": ("XKX", "XK")}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Delta-decode and dequantize every arc (TopoJSON spec 2.1.1 / 2.2.3)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((round(x * sx + tx, 4), round(y * sy + ty, 4)))
        arcs.append(pts)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """Stitch a ring from arc indices; a negative index ~i means arc i reversed; shared end points once."""
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return [list(p) for p in out]


def convert(topo: dict) -> dict:
    import pycountry

    arcs = decode_arcs(topo)
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            geom = {"type": "Polygon", "coordinates": [ring(r, arcs) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            geom = {"type": "MultiPolygon", "coordinates": [[ring(r, arcs) for r in poly] for poly in g["arcs"]]}
        else:
            continue
        name, num = g["properties"]["name"], g.get("id")
        c = pycountry.countries.get(numeric=num) if num else None
        iso3, iso2 = (c.alpha_3, c.alpha_2) if c else _EXTRA.get(name, (None, None))
        feats.append({"type": "Feature", "id": num,
                      "properties": {"name": name, "iso_n3": num, "iso_a3": iso3, "iso_a2": iso2},
                      "geometry": geom})
    return {"type": "FeatureCollection",
            "metadata": {"source": "Natural Earth 4.1.0 Admin 0 countries 1:110m, via npm world-atlas 2.0.2 "
                                   "(countries-110m.json); converted by scripts/build_country_outlines.py",
                         "license": "Natural Earth: public domain; world-atlas packaging: ISC (c) Michael Bostock"},
            "features": feats}


def main(src: Path) -> None:
    if src.suffix in (".tgz", ".gz"):
        with tarfile.open(src) as tf:
            topo = json.load(tf.extractfile("package/countries-110m.json"))
    else:
        topo = json.loads(src.read_text("utf-8"))
    gj = convert(topo)
    OUT.write_text(json.dumps(gj, separators=(",", ":")), "utf-8")
    print(f"wrote {len(gj['features'])} countries to {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/build_country_outlines.py world-atlas-2.0.2.tgz|countries-110m.json")
    main(Path(sys.argv[1]))
