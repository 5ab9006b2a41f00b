"""One actor dictionary for every stage: a user's --actors file reaches the coder, the resolver and geo."""
from __future__ import annotations


def test_user_actors_file_reaches_coder_resolver_and_geo(tmp_path):
    from flashpoint.pipeline import Pipeline, Settings

    extra = tmp_path / "mine.yaml"
    extra.write_text("sectors:\n  REB: [bushrangers]\norganizations:\n  - id: zeta\n    names: [Zeta Brigade]\n"
                     "    country: COD\n    sector: REB\n", encoding="utf-8")
    p = Pipeline(Settings(actors_extra=[str(extra)]))
    assert p.actors.d is p.dictionary and p.geo.d is p.dictionary
    assert "bushrangers" in p.coder.args._actor_nouns
    assert p.geo._is_actor_name("Zeta Brigade")
    plain = Pipeline()
    assert "bushrangers" not in plain.coder.args._actor_nouns and not plain.geo._is_actor_name("Zeta Brigade")


def test_cameo_roots_defined_once():
    from flashpoint.coding.patterns import load_patterns, type_classes
    from flashpoint.records import PLOVER_TYPES

    roots = type_classes().cameo_root
    assert set(roots) == set(PLOVER_TYPES)
    p = load_patterns()
    assert p.cameo_root is roots
    # a pattern without its own code takes its type's root
    assert any(pt.cameo == roots["CONSULT"] for pt in p.verbs["discuss"] if pt.event_type == "CONSULT")
