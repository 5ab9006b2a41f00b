"""Event coding on sentences written for each PLOVER type and each syntactic case."""
from __future__ import annotations

import pytest

from tests.conftest import types

# one or more sentences per PLOVER type (written for these tests)
TYPE_CASES = [
    ("AGREE", "Serbia and Kosovo agreed to restore freedom of movement across the boundary line."),
    ("CONSULT", "The Serbian president met the EU envoy in Brussels on Monday."),
    ("CONSULT", "Kosovo's prime minister held talks with the NATO secretary general."),
    ("SUPPORT", "The European Union praised Montenegro for its reforms."),
    ("CONCEDE", "The government lifted restrictions on public gatherings after the protests ended."),
    ("COOPERATE", "Albania and Greece cooperated on border security last year."),
    ("AID", "The United States provided humanitarian assistance to Ukraine."),
    ("RETREAT", "Russian troops withdrew from the village after a week of fighting."),
    ("RETREAT", "Kosovo police released three Serbian citizens detained at the crossing."),
    ("REQUEST", "Germany urged Serbia to recognise Kosovo."),
    ("ACCUSE", "Belgrade accused Pristina of ethnic cleansing."),
    ("ACCUSE", "The opposition condemned the government for the violence."),
    ("REJECT", "The Kosovo government rejected the proposal for an association of Serb municipalities."),
    ("THREATEN", "Russia threatened to cut gas supplies to Moldova."),
    ("PROTEST", "Thousands of Serbs protested in North Mitrovica against the new mayors."),
    ("SANCTION", "The European Union imposed sanctions on Belarus."),
    ("MOBILIZE", "Serbia deployed troops along the administrative line with Kosovo."),
    ("COERCE", "Kosovo police arrested a Serbian police officer near the border."),
    ("ASSAULT", "Masked gunmen attacked a police patrol near Zvečan."),
    ("ASSAULT", "Rebels killed twelve soldiers in an ambush."),
]


@pytest.mark.parametrize("expected,text", TYPE_CASES)
def test_every_plover_type(code_text, expected, text):
    assert expected in types(code_text(text)), [(e.event_type, e.trigger_text) for e in code_text(text)]


def test_all_sixteen_types_covered_by_cases():
    from flashpoint.records import PLOVER_TYPES

    assert {t for t, _ in TYPE_CASES} == set(PLOVER_TYPES)


def test_active_source_and_target(code_text):
    ev = next(e for e in code_text("Germany urged Serbia to recognise Kosovo.") if e.event_type == "REQUEST")
    assert ev.source.actor.country == "DEU" and ev.target.actor.country == "SRB"


def test_passive_voice_swaps_roles(code_text):
    evs = code_text("A Serbian policeman was arrested by Kosovo police near Jarinje.")
    ev = next(e for e in evs if e.event_type == "COERCE")
    assert ev.source.actor.code == "XKXCOP"
    assert ev.target.actor.country == "SRB"


def test_negation(code_text):
    evs = code_text("The rebels did not attack the police station.")
    ev = next(e for e in evs if e.event_type == "ASSAULT")
    assert ev.modality == "negated"
    # demonstrators' violence is a riot (docs/annotation-guidelines.md, "Protest policing"), negated alike
    evs = code_text("The protesters did not attack the police station.")
    ev = next(e for e in evs if e.event_type == "PROTEST")
    assert ev.modality == "negated" and ev.mode == "riot"


def test_refused_to_meet_is_reject_with_mode(code_text):
    evs = code_text("The Serbian president refused to meet the Kosovo prime minister.")
    rej = [e for e in evs if e.event_type == "REJECT" and e.modality == "asserted"]
    assert rej and rej[0].mode == "meet"
    assert all(e.modality == "negated" for e in evs if e.event_type == "CONSULT")


def test_coordinated_subjects_give_one_event_each(code_text):
    evs = [e for e in code_text("Serbia and Montenegro condemned the attack.") if e.event_type == "ACCUSE"]
    assert sorted(e.source.actor.country for e in evs) == ["MNE", "SRB"]


def test_call_on_two_targets_gives_two_events(code_text):
    evs = [e for e in code_text("The UN called on Belgrade and Pristina to resume the dialogue.")
           if e.event_type == "REQUEST"]
    assert sorted(e.target.actor.code for e in evs) == ["SRBGOV", "XKXGOV"]
    assert all(e.source.actor.code.startswith("IGOUNO") for e in evs)


def test_first_person_is_the_author(code_text):
    evs = code_text("We urge the Government of Serbia to withdraw its troops.", author="European Union")
    ev = next(e for e in evs if e.event_type == "REQUEST")
    assert ev.source.kind == "author" and ev.source.actor.code.startswith("IGOEU")
    assert ev.target.actor.code == "SRBGOV"


def test_first_person_without_author_is_kept_as_author(code_text):
    ev = next(e for e in code_text("We call upon the Albanian leaders to stop the violence.") if e.event_type == "REQUEST")
    assert ev.source.kind == "author" and ev.source.actor.code == "AUTHOR"


def test_requested_action_has_requested_modality(code_text):
    evs = code_text("We urge the international community to protect the Serbian people.")
    aid = next(e for e in evs if e.event_type == "AID")
    assert aid.modality == "requested"


def test_reported_claim_has_claimant(code_text):
    evs = code_text("Serbian police killed two protesters, Amnesty International said.")
    ev = next(e for e in evs if e.event_type == "ASSAULT")
    assert ev.modality == "reported" and ev.claimant.actor.code == "NGOAMN"


def test_as_noted_by_attributes_the_claim(code_text):
    evs = code_text("Special police units killed five villagers in Drenica, as noted by Human Rights Watch.")
    assert any(e.modality == "reported" and e.claimant.actor and e.claimant.actor.org == "HRW" for e in evs)


def test_threat_content_is_hypothetical(code_text):
    evs = code_text("Russia threatened to cut gas supplies to Moldova.")
    assert any(e.event_type == "THREATEN" and e.modality == "asserted" for e in evs)


def test_future_cooperation_is_intent_to_agree(code_text):
    evs = code_text("Turkey will allow Kurdish refugees to return home.")
    assert "AGREE" in types(evs)


def test_nominal_event_with_agent(code_text):
    evs = code_text("The attack on the monastery by armed men was condemned by the bishop.")
    assert "ACCUSE" in types(evs)


def test_evidence_spans_point_into_the_text(code_text):
    text = "Germany urged Serbia to recognise Kosovo."
    ev = next(e for e in code_text(text) if e.event_type == "REQUEST")
    assert text[ev.trigger_start:ev.trigger_end] == "urged"
    assert text[ev.source.start:ev.source.end] == "Germany"
    assert text[ev.target.start:ev.target.end] == "Serbia"


def test_plover_context_from_cues(code_text):
    ev = next(e for e in code_text("Serbian troops shelled the village with artillery.") if e.event_type == "ASSAULT")
    assert "military" in ev.context.split(",")
    ev = next(e for e in code_text("The EU imposed sanctions on Belarus over the election.") if e.event_type == "SANCTION")
    assert {"economic", "election"} <= set(ev.context.split(","))
