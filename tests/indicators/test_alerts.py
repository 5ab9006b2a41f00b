"""Alerts on a synthetic history generated in code: fire at the jump, never before; none on a flat history
or on a jump that only one outlet tells."""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from flashpoint.indicators.alerts import AlertSettings, run_alerts

from .synth import weekly_history, write

WEEKS, JUMP = 40, 30
START = date(2023, 1, 2)  # a Monday: week k starts at START + 7k
OUTLETS = ["rferl.org", "apnews.com", "balkaninsight.com", "kossev.info"]


def _jump_counts(seed: int = 7) -> list[int]:
    rng = np.random.default_rng(seed)
    base = rng.poisson(2.0, WEEKS)
    jump = rng.poisson(12.0, WEEKS)
    return [int(b if k < JUMP else j) for k, (b, j) in enumerate(zip(base, jump))]


@pytest.fixture(scope="module")
def jump_store(tmp_path_factory):
    s = write(tmp_path_factory.mktemp("a") / "jump.duckdb", weekly_history(WEEKS, _jump_counts(), OUTLETS, START))
    yield s
    s.close()


def test_alert_fires_at_the_jump_and_not_before(jump_store):
    alerts = run_alerts(jump_store.con, AlertSettings(grain="week"))
    jump_week = START + timedelta(weeks=JUMP)
    assert alerts, "the jump raised no alert"
    assert min(a.period_start for a in alerts) == jump_week
    kinds = {(a.kind, a.level) for a in alerts if a.period_start == jump_week}
    assert ("zscore_count", "country") in kinds and ("changepoint", "dyad") in kinds
    a = next(a for a in alerts if a.kind == "zscore_count" and a.level == "dyad" and a.period_start == jump_week)
    assert a.value >= a.threshold and a.n_sources >= 2 and a.n_documents >= 3
    # the evidence names the clusters, documents and sentences, and is stored
    assert {e["doc_id"] for e in a.evidence} and all(e["sentence"] for e in a.evidence)
    stored = jump_store.con.execute("SELECT count(*) FROM alert_evidence WHERE alert_id = ?", [a.alert_id]).fetchone()
    assert stored[0] == len(a.evidence)


def test_flat_history_raises_no_alert(tmp_path):
    with write(tmp_path / "flat.duckdb", weekly_history(WEEKS, [3] * WEEKS, OUTLETS, START)) as s:
        assert run_alerts(s.con, AlertSettings(grain="week")) == []


def test_jump_told_by_one_source_raises_no_alert(tmp_path):
    with write(tmp_path / "one.duckdb", weekly_history(WEEKS, _jump_counts(), ["rferl.org"], START)) as s:
        assert run_alerts(s.con, AlertSettings(grain="week")) == []
        # the same history with the evidence rule relaxed to one outlet does alert: the rule is what held it back
        assert run_alerts(s.con, AlertSettings(grain="week", min_sources=1))
