"""Clustering: reports of one act across documents become one cluster; separate acts stay separate."""
from __future__ import annotations

from datetime import date

from flashpoint.indicators.clusters import build_clusters

from .synth import report, write

ZVECAN = ("Zvečan", 42.9075, 20.8403)
MITROVICA_N = ("North Mitrovica", 42.8914, 20.8660)
GJILAN = ("Gjilan", 42.4635, 21.4694)


def _clusters(store):
    return store.con.execute("SELECT cluster_id, n_events, n_documents, n_sources, date, date_end, members "
                             "FROM clusters_full ORDER BY date").fetchall()


def test_three_documents_one_clash_one_cluster(tmp_path):
    d = date(2023, 5, 29)
    with write(tmp_path / "c.duckdb", [
        report("Kosovo police clashed with Serb protesters in Zvečan on Monday.", "rferl.org", d, "ASSAULT", "190",
               ZVECAN),
        report("Police clashed with demonstrators outside the Zvečan municipal building.", "balkaninsight.com", d,
               "ASSAULT", "193", ZVECAN),
        report("Special police units clashed with Serbs near North Mitrovica, a day after the elections dispute.",
               "apnews.com", date(2023, 5, 30), "ASSAULT", "190", MITROVICA_N),
    ]) as s:
        assert build_clusters(s.con) == 1
        (cid, n_events, n_docs, n_sources, d0, d1, members), = _clusters(s)
        assert (n_events, n_docs, n_sources) == (3, 3, 3)
        assert (d0, d1) == (d, date(2023, 5, 30))
        # every member keeps its evidence sentence and document
        assert {m["outlet"] for m in members} == {"rferl.org", "balkaninsight.com", "apnews.com"}
        assert all(m["sentence"] and m["url"] for m in members)
        assert s.con.execute("SELECT count(*) FROM cluster_members WHERE cluster_id = ?", [cid]).fetchone()[0] == 3


def test_two_clashes_a_day_apart_in_different_towns(tmp_path):
    with write(tmp_path / "c.duckdb", [
        report("Police clashed with protesters in Zvečan.", "rferl.org", date(2023, 5, 29), "ASSAULT", "190", ZVECAN),
        report("Police clashed with protesters in Gjilan.", "apnews.com", date(2023, 5, 30), "ASSAULT", "190", GJILAN),
    ]) as s:
        assert build_clusters(s.con) == 2
        assert [r[2] for r in _clusters(s)] == [1, 1]


def test_type_dyad_and_date_split_clusters(tmp_path):
    d = date(2023, 5, 29)
    with write(tmp_path / "c.duckdb", [
        report("Police clashed with protesters in Zvečan.", "a.org", d, "ASSAULT", "190", ZVECAN),
        report("Police arrested protesters in Zvečan.", "b.org", d, "COERCE", "173", ZVECAN),  # other type
        report("Serbian police clashed with protesters in Zvečan.", "c.org", d, "ASSAULT", "190", ZVECAN,
               src=("SRB", "COP")),  # other dyad
        report("Police clashed with protesters again in Zvečan.", "d.org", date(2023, 6, 2), "ASSAULT", "190",
               ZVECAN),  # four days later
        report("Police may clash with protesters in Zvečan.", "e.org", d, "ASSAULT", "190", ZVECAN,
               modality="hypothetical"),  # not an act
    ]) as s:
        assert build_clusters(s.con) == 4
        assert s.con.execute("SELECT count(*) FROM cluster_members").fetchone()[0] == 4


def test_daily_events_do_not_chain_into_one_cluster(tmp_path):
    """A week of daily clashes at one place gives two-day windows, not one cluster spanning the week."""
    days = [date(2023, 6, d) for d in range(1, 8)]
    with write(tmp_path / "c.duckdb", [
        report(f"Police clashed with protesters in Zvečan on day {i}.", "a.org", d, "ASSAULT", "190", ZVECAN)
        for i, d in enumerate(days)]) as s:
        rows = _clusters(s) if build_clusters(s.con) else []
        assert len(rows) == 4
        assert all((r[5] - r[4]).days <= 1 for r in rows)


def test_country_level_report_joins_the_located_act(tmp_path):
    d = date(2023, 5, 29)
    rs = [report("Police clashed with protesters in Zvečan.", "a.org", d, "ASSAULT", "190", ZVECAN),
          report("Police clashed with protesters in Kosovo.", "b.org", d, "ASSAULT", "190", ("Kosovo", 42.6, 20.9))]
    rs[1].events[0].location.precision = "country"
    with write(tmp_path / "c.duckdb", rs) as s:
        assert build_clusters(s.con) == 1
        assert _clusters(s)[0][2] == 2
