"""Plots (matplotlib, Agg): a series with its alerts marked, and a map of acts on country outlines.

Country outlines are Natural Earth 1:110m, kept in the package (`geo/data/countries-110m.geojson`, built
by `scripts/build_country_outlines.py`); nothing is fetched at run time. Each plot is written as PNG and SVG.
"""
from __future__ import annotations

import json
import math
from datetime import date
from functools import lru_cache
from pathlib import Path

import duckdb

OUTLINES = Path(__file__).parent / "geo" / "data" / "countries-110m.geojson"
QUAD_COLORS = {1: "#4c9be8", 2: "#1a9850", 3: "#f39c12", 4: "#d7301f"}
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.hashsalt": "flashpoint", "font.size": 9})  # stable SVG ids
    return plt


def _save(fig, out: Path) -> list[Path]:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = [out.with_suffix(".png"), out.with_suffix(".svg")]
    fig.savefig(paths[0], dpi=130, bbox_inches="tight")
    fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None})
    return paths


def plot_series(con: duckdb.DuckDBPyConnection, level: str, key: str, grain: str, out: Path,
                date_from: date | None = None, date_to: date | None = None) -> list[Path]:
    """Acts per period stacked by quad class, mean Goldstein on a second axis, stored alerts marked."""
    from .indicators.series import create_views, series

    create_views(con)
    rows = series(con, level, grain, key, date_from, date_to)
    if not rows:
        raise ValueError(f"no acts for {level} {key!r} at grain {grain}")
    has_alerts = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'alerts'").fetchone()[0]
    alerts = con.execute("SELECT kind, period_start, period_end, value FROM alerts WHERE level = ? AND key = ? "
                         "AND grain = ? ORDER BY period_start", [level, key, grain]).fetchall() if has_alerts else []
    plt = _pyplot()
    import matplotlib.dates as mdates

    width = {"day": 0.9, "week": 6, "month": 26}[grain]
    x = [r["period"] for r in rows]
    fig, ax = plt.subplots(figsize=(9, 3.6))
    bottom = [0] * len(rows)
    for q, col in zip((1, 2, 3, 4), ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")):
        vals = [r[col] for r in rows]
        ax.bar(x, vals, width=width, bottom=bottom, color=QUAD_COLORS[q], label=QUAD_LABELS[q], align="edge")
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylabel(f"acts per {grain}")
    ax2 = ax.twinx()
    ax2.plot(x, [r["goldstein_mean"] for r in rows], "k.", ms=4, label="mean Goldstein")
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("mean Goldstein")
    top = max(bottom) if bottom else 1
    styles = {"zscore_count": ("#b2182b", "v", "alert: z-score of acts"),
              "zscore_share": ("#762a83", "D", "alert: z-score of material-conflict share"),
              "changepoint": ("#252525", "^", "alert: change point")}
    for i, (kind, p0, p1, value) in enumerate(alerts):
        color, marker, label = styles.get(kind, ("#b2182b", "v", f"alert: {kind}"))
        ax.axvspan(p0, p1, color=color, alpha=0.08, lw=0)
        ax.plot([p0], [top * (1.06 + 0.1 * list(styles).index(kind) if kind in styles else 1.06)], marker=marker,
                color=color, ms=7, ls="none", label=label if label not in ax.get_legend_handles_labels()[1] else None)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper left", fontsize=7, frameon=False, ncol=3)
    ax.set_ylim(0, top * 1.5 + 0.5)
    ax.set_title(f"{level} {key}: acts per {grain} by quad class (one act per cluster of reports)", loc="left")
    fig.autofmt_xdate()
    paths = _save(fig, out)
    plt.close(fig)
    return paths


@lru_cache(maxsize=1)
def outlines() -> list[tuple[str | None, list[list[list[float]]]]]:
    """(iso_a3, rings) per country from the packaged GeoJSON."""
    gj = json.loads(OUTLINES.read_text("utf-8"))
    out = []
    for f in gj["features"]:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        out.append((f["properties"].get("iso_a3"), [_unwrap(ring) for poly in polys for ring in poly]))
    return out


def _unwrap(ring: list[list[float]]) -> list[list[float]]:
    """A ring that crosses the antimeridian (Fiji, Chukotka) continues past 180 instead of striping the map."""
    lons = [p[0] for p in ring]
    if max(lons) - min(lons) <= 270:
        return ring
    return [[x + 360 if x < 0 else x, y] for x, y in ring]


def plot_map(con: duckdb.DuckDBPyConnection, out: Path, date_from: date | None = None, date_to: date | None = None,
             bbox: tuple[float, float, float, float] | None = None) -> list[Path]:
    """Located acts (clusters) in a date range, coloured by quad class, sized by documents, on country outlines."""
    from matplotlib.collections import PolyCollection

    from .indicators.series import create_views

    create_views(con)
    where, args = ["lat IS NOT NULL", "lon IS NOT NULL", "quad_class IS NOT NULL"], []
    if date_from:
        where.append("date >= ?")
        args.append(date_from)
    if date_to:
        where.append("date <= ?")
        args.append(date_to)
    pts = con.execute(f"SELECT lon, lat, quad_class, n_documents FROM clusters WHERE {' AND '.join(where)}",
                      args).fetchall()
    if not pts:
        raise ValueError("no located acts in that date range")
    if bbox is None:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        pad_x, pad_y = max(3.0, (max(xs) - min(xs)) * 0.08), max(2.0, (max(ys) - min(ys)) * 0.08)
        bbox = (max(-180, min(xs) - pad_x), max(-85, min(ys) - pad_y), min(180, max(xs) + pad_x),
                min(85, max(ys) + pad_y))
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    rings = [r for _, rs in outlines() for r in rs]
    ax.add_collection(PolyCollection(rings, facecolor="#f2f0eb", edgecolor="#8c8c8c", linewidth=0.4, zorder=1))
    for q in (1, 2, 3, 4):
        sel = [p for p in pts if p[2] == q]
        if sel:
            ax.scatter([p[0] for p in sel], [p[1] for p in sel], s=[14 + 10 * math.sqrt(p[3]) for p in sel],
                       c=QUAD_COLORS[q], alpha=0.75, edgecolors="white", linewidths=0.4, zorder=3,
                       label=f"{QUAD_LABELS[q]} ({len(sel)})")
    ax.set_xlim(bbox[0], bbox[2])
    ax.set_ylim(bbox[1], bbox[3])
    ax.set_aspect(1 / math.cos(math.radians((bbox[1] + bbox[3]) / 2)))  # equirectangular at the mid-latitude
    ax.set_facecolor("#dbe9f4")
    ax.legend(loc="lower left", fontsize=7, framealpha=0.9)
    span = f"{date_from or 'start'} to {date_to or 'end'}"
    ax.set_title(f"acts {span}, by quad class (size: documents); outlines: Natural Earth 1:110m", loc="left")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    paths = _save(fig, out)
    plt.close(fig)
    return paths
