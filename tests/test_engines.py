"""Engines: local and Ray give the same events; runs are incremental and resume after a crash."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from flashpoint.engines import InjectedFailure
from flashpoint.engines.local import run as local_run
from flashpoint.pipeline import Settings
from flashpoint.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SETTINGS = Settings(geocode=False)


def corpus_rows(n: int) -> list[dict]:
    csv.field_size_limit(10**8)
    rows: list[dict] = []
    for f in sorted(CORPUS.glob("wikinews_*.csv")):
        with open(f, newline="", encoding="utf-8") as fh:
            rows += list(csv.DictReader(fh))
    assert len(rows) >= n
    return rows[:n]


def write_inputs(folder: Path, rows: list[dict]) -> list[str]:
    """The rows as three shards of different formats: JSONL, CSV and Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    a, b = len(rows) // 3, 2 * len(rows) // 3
    with open(folder / "part1.jsonl", "w", encoding="utf-8") as fh:
        for r in rows[:a]:
            fh.write(json.dumps(r) + "\n")
    with open(folder / "part2.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows[a:b])
    pq.write_table(pa.Table.from_pylist(rows[b:]), folder / "part3.parquet")
    return [str(folder)]


def table(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def integrity(db: Path) -> None:
    """No document, sentence or event stored twice."""
    assert table(db, "SELECT count(*) - count(DISTINCT id) FROM documents")[0][0] == 0
    assert table(db, "SELECT count(*) - count(DISTINCT id) FROM events")[0][0] == 0
    assert table(db, "SELECT count(*) FROM (SELECT doc_id, idx FROM sentences GROUP BY ALL HAVING count(*) > 1)")[0][0] == 0
    # every event belongs to a stored document
    assert table(db, "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)")[0][0] == 0


EVENTS = "SELECT * FROM events ORDER BY id"
MENTIONS = "SELECT * FROM mentions ORDER BY ALL"
DOCS = "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY id"


@pytest.fixture(scope="module")
def corpus200(tmp_path_factory) -> list[str]:
    return write_inputs(tmp_path_factory.mktemp("c200"), corpus_rows(200))


@pytest.fixture(scope="module")
def local_db(tmp_path_factory, corpus200) -> Path:
    db = tmp_path_factory.mktemp("local") / "l.duckdb"
    with Store(db, hold=False) as s:
        rep = local_run(corpus200, s, SETTINGS)
    assert rep.documents_coded == 200 and not rep.errors
    integrity(db)
    return db


def test_local_crash_then_resume_codes_each_document_once(tmp_path, local_db, monkeypatch):
    src = write_inputs(tmp_path / "in", corpus_rows(80))  # the first 80 of the 200, in three shards
    db = tmp_path / "crash.duckdb"
    monkeypatch.setattr("flashpoint.engines.local.GROUP_BATCHES", 1)  # a transaction per batch: the crash is mid-corpus
    monkeypatch.setenv("FLASHPOINT_FAIL_AFTER", "2")
    with Store(db, hold=False) as s, pytest.raises(InjectedFailure):
        local_run(src, s, SETTINGS)
    first = table(db, "SELECT count(*) FROM documents")[0][0]
    assert first == 2 * SETTINGS.batch_size  # two whole transactions, nothing of the third
    monkeypatch.delenv("FLASHPOINT_FAIL_AFTER")
    with Store(db, hold=False) as s:
        rep = local_run(src, s, SETTINGS)
    assert rep.documents_coded == 80 - first and rep.documents_skipped == first
    integrity(db)
    ids = [r[0] for r in table(db, "SELECT id FROM documents ORDER BY id")]
    assert len(ids) == 80
    # the same events and mentions as the uninterrupted run over the 200 (they carry no file path)
    for sql in (EVENTS, MENTIONS):
        want = [r for r in table(local_db, sql) if r[1] in ids]  # doc_id
        assert table(db, sql) == want and want


def test_rerun_codes_only_new_files_and_recode_codes_all(tmp_path):
    rows = corpus_rows(6)
    folder = tmp_path / "in"
    folder.mkdir()
    for i, r in enumerate(rows[:4]):
        (folder / f"{i}.txt").write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
    db = tmp_path / "inc.duckdb"
    with Store(db, hold=False) as s:
        assert local_run([folder], s, SETTINGS).documents_coded == 4
        for i, r in enumerate(rows[4:], 4):
            (folder / f"{i}.txt").write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
        rep = local_run([folder], s, SETTINGS)
        assert (rep.documents_coded, rep.documents_skipped) == (2, 4)
        events = table(db, EVENTS)
        rep = local_run([folder], s, SETTINGS, recode=True)
        assert (rep.documents_coded, rep.documents_skipped) == (6, 0)
    assert table(db, EVENTS) == events
    integrity(db)


# -- Ray ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ray_local():
    """One local Ray for the module (2 coder actors and a spare CPU for the readers)."""
    import os

    ray = pytest.importorskip("ray")

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_same_events_as_local_and_resumes_after_a_crash(tmp_path, corpus200, local_db, ray_local, monkeypatch):
    from flashpoint.engines.ray_data import run as ray_run

    db = tmp_path / "ray.duckdb"
    monkeypatch.setattr("flashpoint.engines.ray_data._SHARD_BATCHES", 1)  # shards of 32: the crash is mid-corpus
    monkeypatch.setenv("FLASHPOINT_FAIL_AFTER", "2")
    with Store(db, hold=False) as s, pytest.raises(InjectedFailure):
        ray_run(corpus200, s, SETTINGS, workers=2)
    first = table(db, "SELECT count(*) FROM documents")[0][0]
    assert 0 < first < 200
    assert not list(tmp_path.glob(".flashpoint-shards-*"))  # shards are cleaned up
    monkeypatch.delenv("FLASHPOINT_FAIL_AFTER")
    with Store(db, hold=False) as s:
        rep = ray_run(corpus200, s, SETTINGS, workers=2)
    # no duplicates and no gaps: each document coded once over the two runs
    assert rep.documents_coded == 200 - first and rep.documents_skipped == first and not rep.errors
    integrity(db)
    assert table(db, EVENTS) == table(local_db, EVENTS)  # the same ids and fields
    assert table(db, MENTIONS) == table(local_db, MENTIONS)
    assert table(db, DOCS) == table(local_db, DOCS)
    assert table(db, "SELECT * FROM sentences ORDER BY ALL") == table(local_db, "SELECT * FROM sentences ORDER BY ALL")
    assert len(table(db, EVENTS)) > 200


def test_ray_incremental_and_recode(tmp_path, ray_local):
    from flashpoint.engines.ray_data import run as ray_run

    rows = corpus_rows(5)
    folder = tmp_path / "in"
    folder.mkdir()
    for i, r in enumerate(rows[:3]):
        (folder / f"{i}.txt").write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "inc.duckdb"
    with Store(db, hold=False) as s:
        rep = ray_run([folder], s, SETTINGS, workers=1)
        assert rep.documents_coded == 3 and len(rep.errors) == 1 and "notes.pdf" in str(rep.errors[0])
        for i, r in enumerate(rows[3:], 3):
            (folder / f"{i}.txt").write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
        rep = ray_run([folder], s, SETTINGS, workers=1)
        assert (rep.documents_coded, rep.documents_skipped) == (2, 3)
        events = table(db, EVENTS)
        rep = ray_run([folder], s, SETTINGS, workers=1, recode=True)
        assert (rep.documents_coded, rep.documents_skipped) == (5, 0)
        # an edited file replaces its old version
        (folder / "0.txt").write_text(rows[0]["title"] + "\n\nAn edited text. " + rows[0]["text"], encoding="utf-8")
        rep = ray_run([folder], s, SETTINGS, workers=1)
        assert (rep.documents_coded, rep.documents_skipped) == (1, 4)
    assert len(events) > 0
    assert table(db, "SELECT count(*) FROM documents")[0][0] == 5
    integrity(db)


def test_ray_same_text_in_two_shards_is_stored_once(tmp_path, ray_local, monkeypatch):
    from flashpoint.engines.ray_data import run as ray_run

    monkeypatch.setattr("flashpoint.engines.ray_data._SHARD_BATCHES", 1)
    rows = corpus_rows(2)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, r in (("a.txt", rows[0]), ("b.txt", rows[1]), ("c.txt", rows[0])):
        (folder / name).write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
    db = tmp_path / "dup.duckdb"
    with Store(db, hold=False) as s:  # a shard per document: the copy arrives in a shard of its own
        rep = ray_run([folder], s, Settings(geocode=False, batch_size=1), workers=1)
    assert (rep.documents_seen, rep.documents_coded, rep.documents_skipped) == (3, 2, 0)
    assert rep.duplicates == [(str(folder / "c.txt"), str(folder / "a.txt"))]  # a copy, not an unchanged document
    assert table(db, "SELECT count(*) FROM documents")[0][0] == 2
    assert rep.events_written == table(db, "SELECT count(*) FROM events")[0][0] > 0
    integrity(db)
    with Store(db, hold=False) as s:  # again: the two read before are unchanged, the copy is still a copy
        rep = ray_run([folder], s, Settings(geocode=False, batch_size=1), workers=1)
    assert (rep.documents_coded, rep.documents_skipped) == (0, 2)
    assert rep.duplicates == [(str(folder / "c.txt"), str(folder / "a.txt"))]
    monkeypatch.chdir(folder)
    with Store(db, hold=False) as s:  # one file named twice, once from its own folder: unchanged, no copy
        rep = ray_run(["a.txt", folder / "a.txt"], s, Settings(geocode=False, batch_size=1), workers=1)
    assert (rep.documents_coded, rep.documents_skipped, rep.duplicates) == (0, 1, [])


def test_cli_ray_engine_local_mode(tmp_path):
    """`flashpoint code --engine ray` starts its own local Ray, codes, and says what it did."""
    import subprocess
    import sys

    pytest.importorskip("ray")
    rows = corpus_rows(4)
    src = write_inputs(tmp_path / "in", rows)
    db = tmp_path / "cli.duckdb"
    cmd = [sys.executable, "-c", "from flashpoint.cli import main; main()", "code", *src, "--db", str(db),
           "--engine", "ray", "--workers", "1", "--no-geo", "-q"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "4 coded, 0 unchanged" in out.stderr
    events = table(db, EVENTS)
    # --recode through the CLI, with the local engine (a second Ray start would only cost time): same events
    local = cmd[:-6] + ["--engine", "local", "--no-geo", "-q"]
    out = subprocess.run(local + ["--recode"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0 and "4 coded, 0 unchanged" in out.stderr, out.stderr
    assert table(db, EVENTS) == events and events
    bad = subprocess.run(cmd[:-6] + ["--engine", "spark"], capture_output=True, text=True, timeout=600)
    assert bad.returncode != 0 and "choose local or ray" in bad.stderr


def test_shard_folders_of_killed_runs_are_removed(tmp_path):
    """A run killed before its cleanup leaves its shard folder; the next run removes it (never a live run's)."""
    import os
    import subprocess
    import sys

    from flashpoint.engines.ray_data import _shard_root

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    left = tmp_path / f".flashpoint-shards-{dead}-abc123"
    (left / "000003").mkdir(parents=True)
    (left / "000003" / "events.parquet").write_bytes(b"PAR1")
    live = tmp_path / f".flashpoint-shards-{os.getppid()}-def456"  # our parent, alive
    live.mkdir()
    mine = _shard_root(tmp_path)
    assert not left.exists() and live.exists() and mine.exists()
    assert mine.name.startswith(f".flashpoint-shards-{os.getpid()}-")


YEARLESS = [  # wire stories whose dateline gives a day and month but no year; their feed's other stories are dated
    {"title": "Police post attacked", "text": "KUNDUZ, Afghanistan, March 3 (Reuters) - Taliban fighters attacked a "
     "police checkpoint in Kunduz province on Tuesday, killing four officers, a provincial spokesman said."},
    {"title": "Talks in Doha", "date": "2020-02-29", "text": "DOHA (Reuters) - The United States and the Taliban "
     "signed an agreement in Doha on Saturday. Secretary of State Mike Pompeo urged the Taliban to keep its "
     "promises."},
    {"title": "Protest in Belgrade", "text": "BELGRADE, July 10 - Police fired tear gas at protesters outside the "
     "parliament in Belgrade on Friday. President Aleksandar Vucic accused the opposition of organising the riots."},
    {"title": "Minister visits Kyiv", "date": "2022-04-09", "text": "KYIV (AP) - British Prime Minister Boris Johnson "
     "met Ukrainian President Volodymyr Zelenskiy in Kyiv on Saturday and promised armoured vehicles."},
    {"title": "Strike on Idlib", "text": "BEIRUT, Dec. 24 (Reuters) - Russian jets struck a market in Idlib on "
     "Monday, killing nine civilians, the Syrian Observatory for Human Rights said. Turkey condemned the attack."},
    {"title": "Election in Lagos", "date": "2019-02-23", "text": "LAGOS (Reuters) - Nigerian police arrested dozens "
     "of people in Lagos on Saturday after clashes between supporters of rival parties."},
    {"title": "Ceasefire call", "text": "ADDIS ABABA, Nov. 5 - The African Union called on Ethiopia's government "
     "and the Tigray People's Liberation Front to stop fighting, and offered to mediate."},
]


def test_ray_same_events_as_local_on_the_sample_statements_and_yearless_datelines(tmp_path, ray_local):
    """The bundled Kosovo statements and year-less datelines, geocoded, in batches that differ between the
    engines (local batches run across files; Ray's shards never do): a document's dates and places are its own."""
    import shutil

    from flashpoint.engines.ray_data import run as ray_run

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    with open(folder / "wire.jsonl", "w", encoding="utf-8") as fh:
        for row in YEARLESS:
            fh.write(json.dumps(row) + "\n")
    settings = Settings(batch_size=3)
    dbs = {"local": tmp_path / "l.duckdb", "ray": tmp_path / "r.duckdb"}
    with Store(dbs["local"], hold=False) as s:
        assert local_run([folder], s, settings).documents_coded == 9
    with Store(dbs["ray"], hold=False) as s:
        assert ray_run([folder], s, settings, workers=2).documents_coded == 9
    for sql in (EVENTS, MENTIONS, DOCS, "SELECT * FROM toponyms ORDER BY ALL"):
        assert table(dbs["ray"], sql) == table(dbs["local"], sql)
    events = table(dbs["local"], "SELECT date, date_source FROM events")
    assert len(events) >= 9 and any(d is not None for d, _ in events)


def test_ray_dates_a_folder_of_text_files_as_one_feed_like_local(tmp_path, ray_local):
    """A folder's text files are one feed (issue 15) for both engines: Ray's readers get each file alone, so the
    driver gives each its folder's feed date; the year-less "Jan. 28" release is dated 2012 either way."""
    from flashpoint.engines.ray_data import run as ray_run
    from tests.test_dates import FEED

    folder = tmp_path / "releases"
    folder.mkdir()
    for i, row in enumerate(FEED):
        (folder / f"{i:02d}.txt").write_text(row["text"], "utf-8")
    settings = Settings(geocode=False, batch_size=2)
    dbs = {"local": tmp_path / "l.duckdb", "ray": tmp_path / "r.duckdb"}
    with Store(dbs["local"], hold=False) as s:
        local_run([folder], s, settings)
    with Store(dbs["ray"], hold=False) as s:
        ray_run([folder], s, settings, workers=1)
    for sql in (EVENTS, DOCS):
        assert table(dbs["ray"], sql) == table(dbs["local"], sql)
    dated = table(dbs["local"], "SELECT e.date, e.date_source FROM events e JOIN documents d ON e.doc_id = d.id "
                                "WHERE d.path LIKE '%02.txt'")
    assert dated and all(str(d) == "2012-01-28" and src == "year_assumed" for d, src in dated)


def test_ray_shards_come_to_a_multiple_of_the_workers():
    """The actors take shards one at a time: a count of shards that the workers divide ends them together."""
    from flashpoint.engines.ray_data import _shard_rows

    assert _shard_rows(128, 1000, 2) == 125  # 8 shards, not 7 of 128 and a last one coded alone
    assert _shard_rows(128, None, 2) == 128 and _shard_rows(128, 100, 2) == 128
    for total in range(129, 3000, 7):
        for workers in (1, 2, 3, 4):
            rows = _shard_rows(128, total, workers)
            assert rows <= 128 and -(-total // rows) % workers == 0
