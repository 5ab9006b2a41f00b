"""flashpoint command line: thin shells over the library, rendered with rich."""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import CODER_VERSION, __version__
from .records import PLOVER_TYPES
from .sanitize import for_terminal
from .store import DEFAULT_DB, Store, StoreError

app = typer.Typer(help="flashpoint: code political events (PLOVER/CAMEO) from text.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
actors_app = typer.Typer(help="Actor dictionaries: list entries, unresolved mentions, resolve one mention.")
app.add_typer(actors_app, name="actors")


class SafeConsole(Console):
    """A console for hostile text: no markup parsing, no highlighting, control characters neutralized.

    Document text, titles, authors and file names reach the terminal only through this class, so a
    ``[/x]`` cannot crash a run and an escape sequence cannot drive the terminal.
    """

    def __init__(self, **kw):
        super().__init__(markup=False, highlight=False, **kw)

    def render_str(self, text: str, **kw):  # type: ignore[override]
        return super().render_str(for_terminal(text), **kw)


console = SafeConsole()
err = SafeConsole(stderr=True)


def _error(message: str, code: int = 2) -> typer.Exit:
    err.print(Text.assemble(("error: ", "red"), for_terminal(message)), soft_wrap=True)
    return typer.Exit(code)


def _note(label: str, message: str, style: str = "yellow") -> None:
    err.print(Text.assemble((label, style), " ", for_terminal(message)), soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        console.print(f"flashpoint {__version__} ({CODER_VERSION})")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="print the version and exit")) -> None:
    """flashpoint: code political events (PLOVER/CAMEO) from text."""


def _date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _open(db: str, read_only: bool = True, **kw) -> Store:
    try:
        return Store(db, read_only=read_only, on_wait=lambda m: _note("waiting", m, "cyan"), **kw)
    except (FileNotFoundError, StoreError) as e:
        raise _error(str(e)) from None


def _event_type(value: Optional[str]) -> Optional[str]:
    if value and value.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"{value!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    return value.upper() if value else None


def _range(date_from: Optional[str], date_to: Optional[str]) -> tuple[Optional[date], Optional[date]]:
    a, b = _date(date_from), _date(date_to)
    if a and b and a > b:
        raise typer.BadParameter(f"--from {a} is later than --to {b}")
    return a, b


@app.command()
def code(
    sources: list[str] = typer.Argument(..., help="files, folders (recursive), JSONL/CSV files or http(s) URLs"),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to write"),
    author: Optional[str] = typer.Option(None, help="who issued these documents (first person 'we' = this actor)"),
    actors: list[Path] = typer.Option([], "--actors", help="extra actor dictionary YAML (repeatable)"),
    geocode: bool = typer.Option(True, "--geo/--no-geo", help="geocode event locations"),
    batch_size: int = typer.Option(32, help="documents per batch (one transaction each)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no summary table"),
    max_chars: int = typer.Option(5_000_000, "--max-chars", min=1, max=5_000_000,
                                  help="documents longer than this are reported and not coded"),
    doc_timeout: float = typer.Option(600.0, "--doc-timeout", min=0,
                                      help="seconds one document may take to code (0: no limit)"),
    engine: str = typer.Option("local", "--engine", help="local (one process) or ray (Ray Data actor pool)"),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster: auto or ray://HOST:PORT "
                                          "(default: a local Ray on this machine's cores)"),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Ray coder actors (default: one per core)"),
    recode: bool = typer.Option(False, "--recode", help="code again documents already coded by this coder version"),
    summary_rows: Optional[int] = typer.Option(None, "--summary-rows", min=0,
                                               help="rows of each summary table (0: all; default: every type, "
                                                    "the top 15 dyads, the first 30 dates)"),
) -> None:
    """Ingest and code documents into the store, then print a summary.

    Re-runs code only new or changed documents (the store knows each document's hash, coder version
    and run settings); a run that was killed resumes where it stopped.
    """
    from .settings import Settings

    if engine == "local":
        from .engines.local import run
    elif engine == "ray":
        try:
            from functools import partial

            import ray  # noqa: F401

            from .engines.ray_data import run as ray_run
        except ImportError:
            raise _error("--engine ray needs Ray: pip install -e '.[ray]'") from None
        run = partial(ray_run, address=address, workers=workers)
    else:
        raise _error(f"--engine {engine!r}: choose local or ray")
    if engine == "local" and (address or workers):
        raise _error("--address and --workers go with --engine ray")

    from .ingest.readers import count_documents

    settings = Settings(actors_extra=[str(a) for a in actors], author=author, geocode=geocode, batch_size=batch_size,
                        max_chars=max_chars, doc_timeout=doc_timeout or None)
    missing = [str(a) for a in actors if not a.exists()]
    if missing:
        raise _error(f"{missing[0]}: no such actor dictionary")
    from .actors.dictionary import user_file_problem

    for a in actors:  # a malformed file was a Python traceback from deep in the loader
        if problem := user_file_problem(a):
            raise _error(f"{a}: not a usable actor dictionary: {problem} (the layout `flashpoint actors "
                         "--unresolved --stub FILE` writes)")
    absent = [s for s in sources if not re.match(r"^https?://", s) and not Path(s).exists()]
    if len(absent) == len(sources):
        # nothing to read: say so, and do not create an empty store
        raise _error(f"{absent[0]}: no such file, folder or URL")
    total = count_documents(sources)
    if engine == "ray":
        run = partial(run, total=total)  # sizes its shards by it
    with _open(db, read_only=False, hold=False) as store, Progress(
            TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[events]} events"), TimeElapsedColumn(),
            console=err, transient=True, disable=quiet) as progress:
        task = progress.add_task("code", total=total, events=0, rate="")

        def advance(n: int, ev: int) -> None:
            progress.update(task, advance=n, events=ev)
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} docs/s")

        try:
            report = run(sources, store, settings, on_progress=advance, recode=recode,
                         on_error=lambda e: _note("ignored" if e.ignored else "note" if e.note else "skipped",
                                                  str(e), "dim" if e.ignored else "cyan" if e.note else "yellow"))
        except ConnectionError as e:
            raise _error(str(e)) from None
        counts = store.counts()
        if not quiet:
            _summary(store, summary_rows)
    for where in report.not_coded:
        _note("not coded", f"{where}: not English (stored; the coder reads English only)")
    for where, first in report.duplicates:
        _note("duplicate", f"{where}: the same text as {first} (stored once, under {first})", "cyan")
    parts = [f"{report.documents_coded} coded", f"{report.documents_skipped} unchanged"]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} skipped as duplicates")
    if report.not_coded:
        parts.append(f"{len(report.not_coded)} skipped as not English (stored, not coded)")
    ignored = sum(1 for e in report.errors if e.ignored)
    notes = sum(1 for e in report.errors if e.note)  # documents read all the same
    parts.append(f"{len(report.errors) - ignored - notes} skipped with errors")
    if notes:
        parts.append(f"{notes} note{'s' if notes > 1 else ''} on input not used (read all the same)")
    if ignored:
        parts.append(f"{ignored} other file{'s' if ignored > 1 else ''} ignored")
    err.print(f"{', '.join(parts)}; {report.events_written} events written; store {db}: {counts['documents']} "
              f"documents, {counts['events']} events ({CODER_VERSION})", soft_wrap=True)
    if report.documents_seen == 0:
        # every input was unreadable or unsupported: a run that coded nothing is a failure
        raise typer.Exit(1)


def _summary(store: Store, rows: Optional[int] = None) -> None:
    """The three summary tables; ``rows``: the rows of each (0: all; default `Store.SUMMARY_ROWS`)."""
    plural = {"type": "types", "dyad": "dyads", "date": "dates"}
    # the tables count the whole store, not this run's events: a run that adds 17 events to 2,181 says so
    for by, title in (("type", "events by type (whole store)"), ("dyad", "top dyads (source -> target; whole store)"),
                      ("date", "events by date (whole store)")):
        found, total = store.summary(by, -1 if rows is None else rows or None)
        console.print(title, soft_wrap=True)  # on its own line: a table's title wraps to the table's narrow width
        t = Table()
        t.add_column(by)
        t.add_column("events", justify="right")
        for key, n in found:
            t.add_row(str(key) if key is not None else "(no date)" if by == "date" else "?", str(n))
        console.print(t)
        # notes under the table, on lines of their own (a caption wraps to the table's narrow width)
        if len(found) < total:
            # never a silent cut: say what is left out and how to see it
            console.print(f"first {len(found)} of {total} {plural[by]}; --summary-rows 0 lists them all "
                          f"(a re-run codes nothing new)", soft_wrap=True)
        if by == "dyad":
            alone = store.no_dyad_events()
            console.print("? = that side has no coded actor" + (
                f"; {alone} event{'s' if alone > 1 else ''} with neither side coded (no dyad) "
                f"{'are' if alone > 1 else 'is'} not listed" if alone else ""), soft_wrap=True)


@app.command()
def events(
    db: str = typer.Option(DEFAULT_DB, "--db"),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT"),
    actor: Optional[str] = typer.Option(None, help="substring of source/target text or code"),
    date_from: Optional[str] = typer.Option(None, "--from", help="YYYY-MM-DD"),
    date_to: Optional[str] = typer.Option(None, "--to", help="YYYY-MM-DD"),
    doc: Optional[str] = typer.Option(None, help="document: id (prefix), stored path (FILE, FILE#LINE) or a part of it"),
    quad_class: list[int] = typer.Option([], "--quad-class", help="1 verbal coop, 2 material coop, 3 verbal "
                                                                  "conflict, 4 material conflict (repeatable)"),
    country: Optional[str] = typer.Option(None, help="country of the event's place (ISO alpha-2 or alpha-3)"),
    admin1: Optional[str] = typer.Option(None, help="first-level division of the event's place"),
    bbox: Optional[str] = typer.Option(None, help="west,south,east,north in degrees"),
    modality: list[str] = typer.Option([], help="asserted | requested | negated | hypothetical | reported"),
    claimant: Optional[str] = typer.Option(None, help="who makes the claim: code or text"),
    fmt: str = typer.Option("table", "--format", help="table | jsonl | csv"),
    limit: Optional[int] = typer.Option(None, min=0, help="rows to print (default and 0: all)"),
) -> None:
    """List coded events with filters (the same filters as GET /api/events)."""
    from .queries import EventFilter, QueryError, parse_bbox, query_events, write_events_csv
    from .store import plover_record

    event_type = _event_type(event_type)
    start, end = _range(date_from, date_to)
    if fmt not in ("table", "jsonl", "csv"):
        raise typer.BadParameter("--format must be table, jsonl or csv")
    try:
        flt = EventFilter(types=[event_type] if event_type else [], quad_classes=quad_class, actor=actor,
                          country=country, admin1=admin1, date_from=start, date_to=end, bbox=parse_bbox(bbox),
                          modalities=modality, claimant=claimant, doc_id=doc)
    except QueryError as e:
        raise typer.BadParameter(str(e)) from None
    with _open(db) as store:
        rows, _ = query_events(store.con, flt, limit=limit or None)
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(plover_record(r), default=str, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_events_csv(rows, sys.stdout)
    elif fmt == "table":
        t = Table(show_lines=False)
        for c in ("date", "type", "mode", "modality", "source", "target", "claimant", "place", "trigger"):
            # a date, a type or a modality cut in two ('2024-0' / '5-03') cannot be read or grepped
            t.add_column(c, overflow="fold", no_wrap=c in ("date", "type", "modality"))
        for r in rows:
            t.add_row(str(r["date"] or ""), r["event_type"], r["mode"] or "", r["modality"],
                      f"{r['source_text'] or ''} [{r['source_code'] or '?'}]" if r["source_text"] else "",
                      f"{r['target_text'] or ''} [{r['target_code'] or '?'}]" if r["target_text"] else "",
                      r["claimant_code"] or "", f"{r['place_name'] or ''} {r['country_code'] or ''}".strip(),
                      r["trigger_text"])
        # piped to a file or a pager there is no terminal to fit: 80 columns folded every cell
        _print_wide(t, 200)
        err.print(f"{len(rows)} events")


SHOW_CANDIDATES = 10  # documents listed when a reference fits several


@app.command()
def show(doc: str = typer.Argument(..., help="document id (prefix) or path"), db: str = typer.Option(DEFAULT_DB, "--db")) -> None:
    """Print a document with each event's evidence marked (trigger, source, target, place)."""
    with _open(db) as store:
        found = store.find_documents(doc, limit=SHOW_CANDIDATES)
        if not found:
            raise _error(f"no document matching {doc!r} in {db}", 1)
        if len(found) > 1:
            # printing one of them would show a document the user may not have meant, without a word
            more = len(found) > SHOW_CANDIDATES
            err.print(f"error: {doc!r} matches {'more than ' if more else ''}{min(len(found), SHOW_CANDIDATES)} "
                      f"documents in {db}; give more of the id or the path:", soft_wrap=True, markup=False)
            for c in found[:SHOW_CANDIDATES]:
                err.print(f"  {c['id'][:12]}  {for_terminal(c['path'] or c['url'] or '')}"
                          f"{'  ' + for_terminal(c['title']) if c['title'] else ''}", soft_wrap=True, markup=False)
            raise typer.Exit(1)
        d = found[0]
        evs = store.query_events(doc_id=d["id"])
    text = Text(for_terminal(d["text"]))
    for e in evs:
        for (s, en, style) in ((e["source_start"], e["source_end"], "bold cyan"), (e["target_start"], e["target_end"], "bold magenta"),
                               (e["location_start"], e["location_end"], "underline green"),
                               (e["trigger_start"], e["trigger_end"], "bold reverse yellow")):
            if s is not None and en is not None and 0 <= s < en:
                text.stylize(style, s, en)
    console.rule(f"{d['title'] or d['path'] or d['id']}  ({d['id']})")
    # the store's placeholder for an author nobody named is 'AUTHOR': "author AUTHOR [AUTHOR]" said nothing
    author = d["author"] if d["author"] and d["author"] != "AUTHOR" else None
    console.print(f"published {d['published'] or 'unknown'}  dateline {d['dateline'] or 'none'}  author "
                  + (f"{author} [{d['author_code'] or '?'}]" if author else "not identified"))
    console.print(text)
    console.rule("events  (yellow: trigger, cyan: source, magenta: target, green: place)")
    for i, e in enumerate(evs, 1):
        line = (f"{i:>3}. {e['event_type']}{'/' + e['mode'] if e['mode'] else ''} [{e['modality']}] "
                f"{e['source_code'] or e['source_text'] or '-'} -> {e['target_code'] or e['target_text'] or '-'} "
                f"claimant={e['claimant_code'] or '-'} "
                f"date={e['date'] or 'unknown'}{' (' + e['date_source'] + ')' if e['date_source'] else ''} "
                f"place={e['place_name'] or '-'} trigger='{e['trigger_text']}'")
        console.print(line, soft_wrap=True)  # one event a line, however narrow: grep and a pager find it whole


@app.command()
def export(
    out: Path = typer.Argument(..., help="output file"),
    db: str = typer.Option(DEFAULT_DB, "--db"),
    fmt: Optional[str] = typer.Option(None, "--format", help="parquet | jsonl | csv (default: from the file suffix)"),
    level: str = typer.Option("events", "--level", help="events (one row per coded event) | clusters (one per act)"),
) -> None:
    """Export events or clusters (Parquet/CSV: flat columns; JSONL: PLOVER-style records for events)."""
    import duckdb

    formats = ("parquet", "jsonl", "csv")
    if fmt is not None and fmt.lower() not in formats:
        raise _error(f"--format {fmt}: unsupported export format; the supported formats are parquet, jsonl and csv")
    if fmt is None and out.suffix.lower().lstrip(".") not in formats:
        what = f"cannot export to '{out.suffix}'" if out.suffix else "no file extension to take the format from"
        raise _error(f"{out}: {what}; the supported formats are .parquet, .jsonl and .csv "
                     "(the file's extension, or --format parquet|jsonl|csv)")
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if level not in ("events", "clusters"):
        raise _error(f"--level {level}: choose events (one row per coded event) or clusters (one per act)")
    # clusters are (re)built in the store when the events changed, so that level needs write access
    with _open(db, read_only=level == "events") as store:
        try:
            n = store.export(out, fmt, level=level)
        except (StoreError, OSError) as e:
            raise _error(str(e)) from None
        except duckdb.Error as e:  # DuckDB's message is several lines: its first says what failed
            raise _error(f"{out}: cannot write the export ({str(e).strip().splitlines()[0]})") from None
    err.print(f"wrote {n} {level} to {out} ({fmt})")


# -- indicators, clusters, alerts, plots (flashpoint.indicators, flashpoint.plots) ---------------------
def _write_rows(rows: list[dict], out: Path, fmt: str, empty=None) -> None:
    """``empty``: the Arrow table written when there are no rows (a file with the columns and no row)."""
    import duckdb
    import pyarrow as pa

    tbl = pa.Table.from_pylist(rows) if rows or empty is None else empty
    con = duckdb.connect()
    con.register("t", tbl)
    opts = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER, DELIMITER ','"
    con.execute(f"COPY t TO '{str(out).replace(chr(39), chr(39) * 2)}' ({opts})")
    con.close()


@app.command()
def clusters(
    db: str = typer.Option(DEFAULT_DB, "--db"),
    distance_km: float = typer.Option(50.0, "--distance-km", min=0.0, help="places within this distance can be one act"),
    date_from: Optional[str] = typer.Option(None, "--from"),
    date_to: Optional[str] = typer.Option(None, "--to"),
    limit: int = typer.Option(20, min=0, help="rows to show, most documents first (0: all)"),
) -> None:
    """Group events into real-world acts (same dyad, type, +-1 day, nearby place) and list the largest."""
    from .indicators.clusters import ensure_clusters

    with _open(db, read_only=False) as store:
        ensure_clusters(store.con, distance_km)
        where, args = ["true"], []
        if date_from:
            where.append("date >= ?")
            args.append(_date(date_from))
        if date_to:
            where.append("date <= ?")
            args.append(_date(date_to))
        rows = store.con.execute(
            f"WITH top AS (SELECT cluster_id, date, event_type, dyad, place_name, country_code, n_events, n_documents, "
            f"n_sources FROM clusters WHERE {' AND '.join(where)} "
            f"ORDER BY n_documents DESC, n_events DESC, date, cluster_id{f' LIMIT {int(limit)}' if limit else ''}) "
            f"SELECT top.*, arg_min(e.sentence_text, (e.date, e.doc_id, e.id)) FROM top "
            f"JOIN cluster_members m USING (cluster_id) JOIN events e ON e.id = m.event_id GROUP BY ALL "
            f"ORDER BY n_documents DESC, n_events DESC, date, cluster_id", args).fetchall()
        n_c, n_e = store.con.execute("SELECT count(*), coalesce(sum(n_events), 0) FROM clusters").fetchone()
    t = Table(title=f"{n_c} acts from {n_e} events (largest first)", title_justify="left")
    for c in ("cluster", "date", "type", "dyad", "place", "events", "docs", "sources", "evidence (first)"):
        t.add_column(c, overflow="fold", no_wrap=c != "evidence (first)")
    for r in rows:
        t.add_row(r[0][:8], str(r[1] or ""), r[2], r[3], f"{r[4] or ''} {r[5] or ''}".strip(), str(r[6]), str(r[7]),
                  str(r[8]), (r[9] or "")[:120])
    SafeConsole(width=max(console.width, 160)).print(t)  # evidence sentences are a stranger's text
    if limit and n_c > limit:  # never a silent cut
        err.print(f"first {limit} of {n_c} acts (--limit N shows more, 0 all)", soft_wrap=True)


def _check_key(key: str | None, level: str | None = None, name: str = "--key") -> None:
    """A series key in the form its level stores: a country named in words ('--key Serbia') matched nothing and
    printed an empty table, where `events --country Serbia` says 'Serbia is RS or SRB'."""
    from .queries import _code_hint

    if not key or ">" in key or level == "dyad":
        return
    country, dot, rest = key.partition(".")
    if level == "admin1" and not dot:
        raise typer.BadParameter(f"{name} {key!r}: an admin1 key is COUNTRY.ADMIN1 (XKX.Mitrovica)")
    if not re.fullmatch(r"[A-Za-z]{2,3}", country.strip()):
        raise typer.BadParameter(f"{name} {key!r}: a country key is an ISO 3166 code ({_code_hint(country)}); "
                                 "an admin1 key COUNTRY.ADMIN1 (XKX.Mitrovica), a dyad SOURCE>TARGET (XKXGOV>SRBGOV)")


@app.command()
def indicators(
    db: str = typer.Option(DEFAULT_DB, "--db"),
    level: str = typer.Option("country", help="dyad | country | admin1"),
    grain: str = typer.Option("month", help="day | week | month"),
    key: Optional[str] = typer.Option(None, help="one dyad (XKXGOV>SRBGOV), country (XK or XKX) or admin1 (XKX.Mitrovica)"),
    date_from: Optional[str] = typer.Option(None, "--from"),
    date_to: Optional[str] = typer.Option(None, "--to"),
    out: Optional[Path] = typer.Option(None, "--out", help="write .csv or .parquet instead of a table"),
    limit: int = typer.Option(40, min=0, help="table rows to show (0: all)"),
) -> None:
    """Indicator series per dyad, country or admin1 (also queryable in the store: SELECT * FROM indicators)."""
    from .indicators.series import GRAINS, LEVELS, create_views, key_forms, series

    if level not in LEVELS or grain not in GRAINS:
        raise typer.BadParameter(f"--level must be one of {', '.join(LEVELS)}; --grain one of {', '.join(GRAINS)}")
    _check_key(key, level)
    if out is not None and out.suffix.lower() not in (".csv", ".parquet"):
        # before any work, and in the words of `export`
        what = f"cannot write '{out.suffix}'" if out.suffix else "no file extension to take the format from"
        raise _error(f"{out}: {what}; the supported formats are .csv and .parquet")
    with _open(db, read_only=False) as store:
        create_views(store.con)
        rows = series(store.con, level, grain, key, _date(date_from), _date(date_to))
        empty = store.con.sql("SELECT * FROM indicators LIMIT 0").to_arrow_table() if not rows else None
        near = []
        if key and not rows:  # which keys there are, so that a near miss ('XKX.Mitrovica') is not a dead end
            near = [r[0] for r in store.con.execute(
                "SELECT DISTINCT key FROM indicators WHERE level = ? AND grain = ? AND (key ILIKE ? OR key ILIKE ?) "
                "ORDER BY key LIMIT 20", [level, grain, key.partition('.')[0][:2] + "%", "%" + key[-4:] + "%"]
            ).fetchall()]
    if out is not None:
        fmt = out.suffix.lstrip(".").lower()
        import duckdb

        try:
            _write_rows(rows, out, fmt, empty)
        except (duckdb.Error, OSError) as e:  # a missing folder, a read-only file: DuckDB's first line says which
            raise _error(f"{out}: cannot write ({str(e).strip().splitlines()[0]})", 1) from None
        err.print(f"wrote {len(rows)} rows to {out}")
        return
    if not key:  # busiest series first
        totals: dict[str, int] = {}
        for r in rows:
            totals[r["key"]] = totals.get(r["key"], 0) + r["n_acts"]
        rows.sort(key=lambda r: (-totals[r["key"]], r["key"], r["period"]))
    t = Table(title=f"{level} series per {grain} (acts = clusters of reports; quad classes VCoop MCoop VConf MConf)",
              title_justify="left")
    for c in ("key", "period", "acts", "docs", "srcs", "VCoop", "MCoop", "VConf", "MConf", "Gold mean",
              "Gold sum", "conf/coop", "MConf share", "killed"):
        t.add_column(c, justify="left" if c in ("key", "period") else "right", no_wrap=True)
    fmt_f = lambda v: "" if v is None else f"{v:.2f}"  # noqa: E731
    limit = limit or len(rows)  # 0 is every row, as `code --summary-rows 0`
    for r in rows[:limit]:
        t.add_row(r["key"], str(r["period"]), str(r["n_acts"]), str(r["n_documents"]), str(r["n_sources"]),
                  str(r["verbal_coop"]), str(r["material_coop"]), str(r["verbal_conflict"]),
                  str(r["material_conflict"]), fmt_f(r["goldstein_mean"]), fmt_f(r["goldstein_sum"]),
                  fmt_f(r["conflict_coop_ratio"]), fmt_f(r["material_conflict_share"]), str(r["killed"] or ""))
    SafeConsole(width=max(console.width, 150)).print(t)
    keys = "" if not key else " AND key IN (" + ", ".join(f"'{k}'" for k in key_forms(key)) + ")"
    # never a silent cut: the table shows --limit rows of all those the query gives
    shown = f"first {limit} of {len(rows)} rows (--limit N shows more, --out FILE writes all)" \
        if len(rows) > limit else f"{len(rows)} rows"
    err.print(f"{shown}; SQL: SELECT * FROM indicators_{level} WHERE grain = '{grain}'{keys}", soft_wrap=True)
    if key and not rows:
        err.print(f"no {level} series {key!r} at grain {grain}" + (
            f"; keys like it: {', '.join(near)}" if near else f"; `indicators --level {level}` lists the keys"),
            soft_wrap=True)


@app.command()
def alerts(
    db: str = typer.Option(DEFAULT_DB, "--db"),
    grain: str = typer.Option("week", help="day | week | month"),
    level: list[str] = typer.Option([], "--level", help="dyad, country, admin1 (repeatable; default all)"),
    key: Optional[str] = typer.Option(None, help="only this series"),
    z: float = typer.Option(3.5, "--z", min=0.0, help="robust z-score threshold"),
    history: int = typer.Option(52, min=1, help="covered periods in the baseline"),
    min_history: int = typer.Option(6, min=1, help="covered periods needed before a window can alert"),
    min_documents: int = typer.Option(3, min=1, help="minimum distinct documents behind an alert"),
    min_sources: int = typer.Option(2, min=1, help="minimum distinct outlets behind an alert"),
    changepoints: bool = typer.Option(True, "--changepoints/--no-changepoints", help="ruptures PELT change points"),
    evidence: int = typer.Option(3, min=0, help="evidence sentences to print per alert"),
    as_json: bool = typer.Option(False, "--json", help="one alert a line (JSONL) on stdout"),
) -> None:
    """Escalation alerts (robust z-scores and change points with a minimum-evidence rule), stored in the DB."""
    from dataclasses import asdict

    from .indicators.alerts import AlertSettings, Diagnosis, run_alerts

    _check_key(key, level[0] if len(level) == 1 else None)
    s = AlertSettings(grain=grain, levels=tuple(level) or AlertSettings().levels, key=key, z_threshold=z,
                      history=history, min_history=min_history, min_documents=min_documents,
                      min_sources=min_sources, changepoints=changepoints)
    try:
        with _open(db, read_only=False) as store:
            found = run_alerts(store.con, s, why := Diagnosis())
    except ValueError as e:
        raise _error(str(e)) from None
    summary = f"{len(found)} alerts at grain {grain}; stored in {db} (tables alerts, alert_evidence)"
    if not found:  # '0 alerts' alone read as calm, or as a fault
        summary = f"0 alerts at grain {grain}: {why.sentence(s)}; stored in {db} (tables alerts, alert_evidence)"
    if as_json:
        for a in found:
            sys.stdout.write(json.dumps(asdict(a), default=str, ensure_ascii=False) + "\n")
        err.print(summary, soft_wrap=True)  # on stderr, as in the table mode: with no alert, stdout alone said nothing at all
        return
    for a in found:
        console.rule(Text.assemble((a.kind, "bold red"), f" {a.level} {a.key}  {a.period_start} .. {a.period_end} "
                                   f"({a.grain})"), align="left")
        console.print(f"{a.explanation}; {_n(a.n_acts, 'act')} from {_n(a.n_documents, 'document')}, "
                      f"{_n(a.n_sources, 'source')} (rule: >= {min_documents} documents, >= {min_sources} sources)",
                      highlight=False)
        seen: list[str] = []
        for e in a.evidence:
            if e["cluster_id"] in seen or len(seen) >= evidence:
                continue
            seen.append(e["cluster_id"])
            sentence = e["sentence"] or ""
            if len(sentence) > 200:  # a cut sentence says so
                sentence = sentence[:199].rstrip() + "…"
            console.print(Text(f"  - act {e['cluster_id'][:8]} {e['date']} {e['event_type']} {e['dyad']} "
                               f"{e['place'] or ''} [{_n(e['cluster_documents'], 'doc')}]: \"{sentence}\" "
                               f"({e['title'] or e['doc_id']}, {e['url'] or e['outlet']})"))
        more = len({e["cluster_id"] for e in a.evidence}) - len(seen)
        if more > 0:
            console.print(f"  ... and {_n(more, 'more act')} (SELECT * FROM alert_evidence WHERE alert_id = "
                          f"'{a.alert_id}')", highlight=False)
    err.print(summary, soft_wrap=True)


def _print_wide(t: Table, width: int = 160) -> None:
    """A table on the terminal at its width; piped to a file or a pager (no terminal to fit) at ``width``
    columns, where 80 cut every cell to 'Mitro…' or folded it over several lines."""
    (console if console.is_terminal else SafeConsole(width=max(console.width, width))).print(t)


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


plot_app = typer.Typer(help="Plots as PNG and SVG: a series with its alerts, or a map of acts.")
app.add_typer(plot_app, name="plot")


@plot_app.command("series")
def plot_series_cmd(
    key: str = typer.Argument(..., help="dyad (XKXGOV>SRBGOV), country (XK or XKX) or admin1 (XKX.Mitrovica)"),
    out: Path = typer.Option(Path("series.png"), "--out", help="file stem; .png and .svg are written"),
    level: str = typer.Option("country", help="dyad | country | admin1"),
    grain: str = typer.Option("month", help="day | week | month"),
    db: str = typer.Option(DEFAULT_DB, "--db"),
    date_from: Optional[str] = typer.Option(None, "--from"),
    date_to: Optional[str] = typer.Option(None, "--to"),
) -> None:
    """A dyad's or place's acts per period by quad class, with stored alerts marked."""
    from .plots import plot_series

    _check_key(key, level, "KEY")

    try:
        with _open(db, read_only=False) as store:
            paths = plot_series(store.con, level, key, grain, out, _date(date_from), _date(date_to))
    except ValueError as e:
        raise _error(str(e), 1) from None
    err.print("wrote " + ", ".join(map(str, paths)))


@plot_app.command("map")
def plot_map_cmd(
    out: Path = typer.Option(Path("map.png"), "--out", help="file stem; .png and .svg are written"),
    db: str = typer.Option(DEFAULT_DB, "--db"),
    date_from: Optional[str] = typer.Option(None, "--from"),
    date_to: Optional[str] = typer.Option(None, "--to"),
    bbox: Optional[str] = typer.Option(None, help="lon_min,lat_min,lon_max,lat_max (default: fit the acts)"),
) -> None:
    """Located acts of a date range on country outlines, coloured by quad class."""
    from .plots import plot_map

    box = None
    if bbox:
        try:
            box = tuple(float(v) for v in bbox.split(","))
            assert len(box) == 4
        except (ValueError, AssertionError):
            raise typer.BadParameter("--bbox must be four numbers: lon_min,lat_min,lon_max,lat_max") from None
    try:
        with _open(db, read_only=False) as store:
            paths = plot_map(store.con, out, _date(date_from), _date(date_to), box)
    except ValueError as e:
        raise _error(str(e), 1) from None
    err.print("wrote " + ", ".join(map(str, paths)))


@app.command()
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store to serve (opened read-only per request)"),
    host: str = typer.Option("127.0.0.1", help="interface to bind (localhost by default)"),
    port: int = typer.Option(8000, min=0, max=65535, help="TCP port"),
    max_upload: int = typer.Option(2_000_000, min=1, help="largest POST /api/documents body, in bytes"),
) -> None:
    """Serve the dashboard and the JSON API (OpenAPI docs at /docs) with uvicorn."""
    import uvicorn

    from .api import create_app

    # a folder or a file of another kind served every page as a 503 'cannot open the store'; say so before
    # starting (a store being written is fine: each request waits for the writer)
    path = Path(db)
    if path.is_dir():
        raise _error(f"{db}: a folder, not a store file (--db FILE.duckdb, as `flashpoint code` writes it)")
    if path.is_file() and path.stat().st_size >= 12:
        with path.open("rb") as fh:
            if fh.read(12)[8:12] != b"DUCK":
                raise _error(f"{db}: not a DuckDB store (--db FILE.duckdb, as `flashpoint code` writes it)")
    if not path.exists():
        _note("note", f"{db} does not exist yet; POST /api/documents creates it")
    uvicorn.run(create_app(db, max_upload_bytes=max_upload), host=host, port=port, log_level="info")


@actors_app.callback(invoke_without_command=True)
def actors_main(
    ctx: typer.Context,
    db: str = typer.Option(DEFAULT_DB, "--db"),
    unresolved: bool = typer.Option(False, "--unresolved", help="names no entry matched, most frequent first, with an example"),
    stub: Optional[Path] = typer.Option(None, "--stub", help="with --unresolved: write a YAML stub to fill in"),
    extra: list[Path] = typer.Option([], "--actors", help="extra dictionary YAML"),
    limit: int = typer.Option(50, min=0, help="rows to show (0: all)"),
) -> None:
    """Dictionary entries and how often each matched in the store (or the unresolved names)."""
    if ctx.invoked_subcommand is not None:
        return
    from .actors.dictionary import load_dictionary

    counts: dict[str, int] = {}
    rows: list[tuple] = []
    if Path(db).exists():
        with _open(db) as store:
            if unresolved:
                # names only: no pronouns, no lower-case common nouns ("the study")
                rows = store.con.execute(
                    "SELECT m.text, count(*) n, min(e.sentence_text) FROM mentions m JOIN events e ON e.id = m.event_id "
                    "WHERE m.unresolved AND m.kind NOT IN ('pronoun', 'author', 'quoted') "
                    "AND regexp_matches(m.text, '^[A-Z\u00C0-\u024F]') "
                    "GROUP BY 1 ORDER BY n DESC, 1" + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
            else:
                counts = dict(store.con.execute(
                    "SELECT entry, count(*) FROM mentions WHERE entry IS NOT NULL GROUP BY 1").fetchall())
    if unresolved:
        t = Table(title="unresolved names (add them with --actors my_actors.yaml)")
        t.add_column("name")
        t.add_column("example sentence")
        t.add_column("count", justify="right")
        for text, n, example in rows:
            t.add_row(text, (example or "")[:120], str(n))
        _print_wide(t)
        if stub is not None:
            from .actors.stub import write_stub

            write_stub(stub, [(text, n, example) for text, n, example in rows])
            err.print(f"wrote a stub for {len(rows)} names to {stub}")
        return
    d = load_dictionary([str(p) for p in extra])
    t = Table(title="actor dictionary (entries matched in the store first)")
    for c in ("entry", "kind", "label", "default code", "dated roles", "matches"):
        t.add_column(c)
    entries = sorted(d.entries.values(), key=lambda e: (-counts.get(e.id, 0), e.kind != "person", e.kind != "org", e.id))
    from .actors.resolver import make_code

    for e in entries[:limit or None]:
        r = e.default
        t.add_row(e.id, e.kind, e.label, make_code(r.country, r.sector, r.ethnicity, r.org), str(len(e.roles)),
                  str(counts.get(e.id, 0)))
    _print_wide(t)
    cut = 0 < limit < len(entries)
    err.print(f"{f'first {limit} of ' if cut else ''}{len(d.entries)} curated entries"
              f"{' (--limit 0 lists all)' if cut else ''}, {d.kb_size()} imported records, "
              f"{len(d.aliases)} curated aliases", soft_wrap=True)


@actors_app.command("resolve")
def actors_resolve(
    text: str = typer.Argument(..., help="a mention, e.g. \"Kurti's special police\""),
    when: Optional[str] = typer.Option(None, "--date", help="event date YYYY-MM-DD (roles are dated)"),
    context: Optional[str] = typer.Option(None, help="the sentence, for generic agents like 'police'"),
    focus: Optional[str] = typer.Option(None, help="document focus country (ISO3)"),
    extra: list[Path] = typer.Option([], "--actors", help="extra dictionary YAML"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Resolve one mention to an actor code."""
    from dataclasses import asdict

    from .actors import ActorResolver

    r = ActorResolver(extra=[str(p) for p in extra])
    a = r.resolve(text, when=_date(when), focus=focus, context=context)
    out = {"text": text, "date": when, "resolved": a is not None, **(asdict(a) if a else {})}
    if as_json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        console.print(out)
    if a is None:
        raise typer.Exit(1)


@app.command()
def geo(
    text: str = typer.Argument(..., help="text to geoparse (or @file)"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List each toponym with its span, GeoNames id, coordinates and country."""
    from dataclasses import asdict

    from .geo.resolver import default_resolver
    from .nlp import load_nlp

    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise _error(f"{text[1:]}: cannot read ({getattr(e, 'strerror', None) or e})") from None
    g = default_resolver()
    sdoc = load_nlp()(text)
    parsed = g.parse([(0, sdoc)])
    rows = [asdict(p) if p else {"text": t.text, "start": t.start, "end": t.end, "geonameid": None, "resolved": False}
            for t, p in zip(parsed.toponyms, parsed.places)]
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return
    t = Table()
    for c in ("text", "span", "name", "geonameid", "lat", "lon", "country", "admin1", "precision"):
        t.add_column(c)
    for r in rows:
        t.add_row(r["text"], f"{r['start']}-{r['end']}", str(r.get("name") or "-"), str(r.get("geonameid") or "-"),
                  f"{r['lat']:.4f}" if r.get("lat") is not None else "-", f"{r['lon']:.4f}" if r.get("lon") is not None else "-",
                  str(r.get("country") or "-"), str(r.get("admin1") or "-"), str(r.get("precision") or "-"))
    if not rows:
        err.print("no place name found in the text")
        return
    _print_wide(t)


@app.command("eval")
def eval_cmd(
    gold: Path = typer.Argument(..., help="gold file/folder (flashpoint JSONL, actor-mention JSONL, PLOVER dev JSONL, PETR XML, re3d/, GWN.xml)"),
    fmt: Optional[str] = typer.Option(None, "--format", help="flashpoint | actors | plover | petrarch | re3d | gwn (default: guessed)"),
    as_json: bool = typer.Option(False, "--json", help="machine-readable report on stdout"),
    limit: Optional[int] = typer.Option(None, help="score only the first N gold items"),
    db: Optional[str] = typer.Option(None, "--db", help="score events already in this store instead of coding now"),
    run: bool = typer.Option(True, "--run/--no-run", help="code the gold texts now (the default unless --db)"),
) -> None:
    """Code the gold texts (or read --db) and report precision/recall/F1 per field, confusions and worst errors."""
    from .eval.gold import load_gold
    from .eval.harness import evaluate

    try:
        fmt, items = load_gold(gold, fmt)
    except (FileNotFoundError, ValueError) as e:
        raise _error(str(e)) from None
    if not items:  # an empty file scored nothing and said nothing, with exit 0
        what = "no gold files in this folder" if gold.is_dir() else "no gold items (empty, or only comments)"
        raise _error(f"{gold}: {what}; a flashpoint gold file is JSONL, one item a line (docs/gold-format.md)", 1)
    if limit:
        items = items[:limit]
    if not run and not db:
        raise _error("--no-run needs --db STORE to read events from")
    if db and not Path(db).exists():
        raise _error(f"{db}: no such store")
    if db and fmt == "actors":
        raise _error(f"{gold}: actor-mention gold is resolved mention by mention; --db does not apply")
    if db:
        from .eval.harness import stored_items

        missing = len(items) - stored_items(items, db)
        if missing == len(items):  # every event would count as missed: an F1 of 0 that says nothing of the coder
            raise _error(f"none of the {len(items)} gold texts is in {db}: code them into it first "
                         f"(flashpoint code FILE --db {db}), or leave out --db to code them now", 1)
        if missing:
            err.print(f"note: {missing} of the {len(items)} gold texts {'is' if missing == 1 else 'are'} not in {db}; "
                      "their gold events count as missed", soft_wrap=True)
    report = {"gold": str(gold), "coder_version": CODER_VERSION, **evaluate(items, fmt, db=db)}
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        return
    _render_report(report)


def _render_report(report: dict) -> None:
    ac = report.get("actors")
    if ac:
        t = Table(title=f"{report['gold']} (actors): {ac['mentions']} mentions, {ac['resolved']} resolved",
                  title_justify="left")
        for c in ("sector", "mentions", "coverage", "country", "sector ok", "country+sector"):
            t.add_column(c, justify="right" if c != "sector" else "left")
        t.add_row("all", str(ac["mentions"]), f"{ac['coverage']:.3f}", f"{ac['country_accuracy']:.3f}",
                  f"{ac['sector_accuracy']:.3f}", f"{ac['country_sector_accuracy']:.3f}")
        for s, r in ac["by_sector"].items():
            t.add_row(s, str(r["mentions"]), f"{r['coverage']:.3f}", f"{r['country']:.3f}", f"{r['sector']:.3f}",
                      f"{r['both']:.3f}")
        console.print(t)
        et = Table(title="worst errors (unresolved, then wrong country, then wrong sector)", title_justify="left")
        for c in ("id", "mention", "date", "gold", "predicted", "entry"):
            et.add_column(c, overflow="fold")
        for e in ac["errors"]:
            et.add_row(e["id"], e["query"], str(e["date"] or "-"), e["gold"], str(e["predicted"] or "-"),
                       str(e["entry"] or "-"))
        console.print(et)
    ev = report.get("events")
    if ev:
        t = Table(title=f"{report['gold']} ({report['format']}): {ev['items']} items, {ev['gold_events']} gold events, "
                        f"{ev['pred_events']} predicted", title_justify="left")
        for c in ("field", "precision", "recall", "F1", "tp", "pred", "gold"):
            t.add_column(c, justify="right" if c != "field" else "left")
        for name, f in ev["fields"].items():
            t.add_row(name, f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"{f['f1']:.3f}", str(f["tp"]),
                      str(f["pred"]), str(f["gold"]))
        console.print(t)
        if ev.get("no_event"):
            ne = ev["no_event"]
            console.print(f"no-event items: {ne['items']}, false alarms (a main event predicted): "
                          f"{ne['false_alarms']} = {ne['false_alarm_rate']:.3f}")
        pt = Table(title="event type (per gold type)", title_justify="left")
        for c in ("type", "precision", "recall", "F1", "tp", "pred", "gold"):
            pt.add_column(c, justify="right" if c != "type" else "left")
        for name, f in ev.get("per_type", {}).items():
            pt.add_row(name, f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"{f['f1']:.3f}", str(f["tp"]),
                       str(f["pred"]), str(f["gold"]))
        if ev.get("per_type"):
            console.print(pt)
        types = sorted({k for k in ev["confusion"]} | {p for row in ev["confusion"].values() for p in row})
        cm = Table(title="confusion (rows: gold, columns: predicted)", title_justify="left")
        cm.add_column("gold")
        for ty in types:
            cm.add_column(ty[:4], justify="right")
        for g in types:
            row = ev["confusion"].get(g, {})
            cm.add_row(g, *[str(row.get(p, "")) for p in types])
        console.print(cm)
        dp = ev.get("dateplace")
        if dp:
            dt = Table(title="event date and admin1 accuracy (per gold event)", title_justify="left")
            for c in ("field", "accuracy", "correct", "gold", "matched by type", "by agreement", "no prediction"):
                dt.add_column(c, justify="right" if c != "field" else "left")
            for name, f in dp.items():
                if name != "errors":
                    dt.add_row(name, f"{f['accuracy']:.3f}", str(f["correct"]), str(f["gold"]), str(f["matched_by_type"]),
                               str(f["matched_by_agreement"]), str(f["no_prediction"]))
            console.print(dt)
        ro = ev.get("roles")
        if ro:
            rt = Table(title=f"who did what to whom: {ro['type_matched']} type-matched events", title_justify="left")
            rt.add_column("metric")
            rt.add_column("value", justify="right")
            for k in ("both_right_rate", "source_right_rate", "target_right_rate"):
                rt.add_row(k, f"{ro[k]:.3f}")
            rt.add_row("actors overlapping a dateline", f"{ro['dateline_actors']} ({ro['items_with_dateline']} datelines)")
            rt.add_row("targets overlapping an instrument/object", str(ro["thing_targets"]))
            console.print(rt)
        et = Table(title="worst errors", title_justify="left")
        for c in ("id", "missed", "extra", "text"):
            et.add_column(c, overflow="fold")
        for e in ev["errors"]:
            et.add_row(e["id"], ", ".join(e["missed"]), ", ".join(e["extra"]), e["text"][:160])
        console.print(et)
    geo = report.get("geo")
    if geo:
        t = Table(title=f"geocoding: {geo['gold_toponyms']} gold toponyms", title_justify="left")
        t.add_column("metric")
        t.add_column("value", justify="right")
        for k in ("recognition_recall", "country_accuracy", "accuracy_161km", "median_error_km"):
            t.add_row(k, str(geo[k]))
        console.print(t)


def main() -> None:  # pragma: no cover
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(1)
    except typer.TyperException as e:
        # a bad option value, an unknown option or command, a missing argument: one line, like every other
        # error, rather than a usage box
        ctx = getattr(e, "ctx", None)
        cmd = ctx.command_path if ctx is not None else "flashpoint"
        hint = f" (see {cmd} --help)" if ctx is not None else ""
        err.print(f"error: {cmd}: {e.format_message()}{hint}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(getattr(e, "exit_code", 1))
    except KeyboardInterrupt:
        # each batch is one transaction: what was written before the interrupt is kept whole
        err.print("interrupted: batches already written are kept; run the same command again to resume")
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
