"""The coding decisions the pipeline hands over once mentions are resolved (coding/claims.py, coding/targets.py)."""
from __future__ import annotations

from flashpoint.coding.claims import credit_claimant, drop_alleged
from flashpoint.coding.targets import actor_target_types, thing_target
from flashpoint.records import ActorCode, Event, Mention


def _ev(kind: str, start: int, source=None, target=None, **kw) -> Event:
    return Event(id=f"e{start}", doc_id="d", sentence_index=0, sentence_start=0, sentence_text="", event_type=kind,
                 trigger_text="x", trigger_start=start, trigger_end=start + 1, source=source, target=target, **kw)


def _m(text: str, code: str | None = None, kind: str = "entity") -> Mention:
    return Mention(text=text, start=0, end=len(text), kind=kind,
                   actor=ActorCode(code=code) if code else None)


def test_an_unresolved_noun_target_is_the_object_but_no_part_of_an_interaction():
    hit = thing_target(_ev("ASSAULT", 5, target=_m("the depot", kind="np")))
    assert hit.target is None and hit.object.text == "the depot" and hit.object.kind == "thing"
    talk = thing_target(_ev("CONSULT", 5, target=_m("the study", kind="np")))
    assert talk.target is None and talk.object is None
    assert "CONSULT" in actor_target_types() and "ASSAULT" not in actor_target_types()


def test_a_claimant_takes_the_attacks_without_a_source_of_its_sentence_else_the_one_before():
    before = [_ev("ASSAULT", 1)]
    here = [_ev("ASSAULT", 20, source=_m("gunmen", "UAF"))]
    credit_claimant(_m("the group", "REB"), here, before)
    assert here[0].source.text == "gunmen"
    assert before[0].source.text == "the group" and before[0].modality == "reported"
    assert before[0].claimant.text == "the group"


def test_acts_an_accuser_alleges_are_dropped_but_its_own_stay():
    accuse = _ev("ACCUSE", 3, source=_m("Ruritania", "RUR"), target=_m("Freedonia", "FRE"))
    alleged = _ev("ASSAULT", 30, source=_m("Freedonia", "FRE"))
    own = _ev("SUPPORT", 40, source=_m("it", "RUR", kind="pronoun"))
    kept = drop_alleged([accuse, alleged, own], {30: 3, 40: 3})
    assert kept == [accuse, own]
