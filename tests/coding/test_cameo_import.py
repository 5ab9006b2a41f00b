"""The PETRARCH2 CAMEO import: reproducible from the repository, with provenance, ours first."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_import_is_reproduced_by_its_script(tmp_path):
    out = tmp_path / "cameo_import.yaml"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "import_petrarch_cameo.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (ROOT / "src" / "flashpoint" / "coding" / "data" / "cameo_import.yaml").read_bytes()


def test_imported_patterns_carry_provenance_and_ours_win():
    from flashpoint.coding.patterns import IMPORTED, load_patterns, imported_patterns

    ours = load_patterns(imported=False).verbs
    imported = imported_patterns(IMPORTED, ours, policy={"bare_verbs": True})
    assert len(imported) > 3000 and all(pt.src.startswith("CAMEO.2.0.txt:") for pt in imported)
    for pt in imported:
        mine = ours.get(pt.lemma, [])
        assert not any(m.extra == pt.extra for m in mine) and (pt.extra or not mine), pt
    # "throw rocks" (PETRARCH2 HURL/THROW) is an attack; the policy filters by type and drops named senses
    assert any(pt.lemma == "throw" and pt.extra == ("rocks",) and pt.event_type == "ASSAULT" for pt in imported)
    some = imported_patterns(IMPORTED, ours, policy={"bare_verbs": False, "types": ["PROTEST"],
                                                      "drop_patterns": ["block road"]})
    assert some and all(pt.event_type == "PROTEST" and pt.extra for pt in some)
    assert not any(pt.lemma == "block" and pt.extra == ("road",) for pt in some)
    # the measured policy loads nothing by default (see cameo_import_policy.yaml)
    assert load_patterns().verbs.keys() == ours.keys()
