"""coding.merge: events of one trigger whose sides resolve to the same actors are one event, except where the
sides are two persons. Made-up sentences, events built by hand (no parse needed)."""
from flashpoint.coding.merge import merge_same_actors
from flashpoint.records import ActorCode, Event, Mention

SENT = "The defence ministry sent helicopters and tanks to the border; Mayor Ana Lind and Governor Piet Olsen met Mr Aro."


def _event(i: int, source: Mention | None, target: Mention | None = None, *, trigger_start: int = 30) -> Event:
    return Event(id=f"e{i}", doc_id="d", sentence_index=0, sentence_start=0, sentence_text=SENT,
                 event_type="CONSULT", trigger_text="met", trigger_start=trigger_start, trigger_end=trigger_start + 3,
                 source=source, target=target)


def _m(text: str, start: int, code: str | None, *, person: bool = False) -> Mention:
    actor = ActorCode(code=code, country=code[:3], entry="person:x" if person else None) if code else None
    return Mention(text=text, start=start, end=start + len(text), actor=actor, unresolved=actor is None)


def test_coordinated_mentions_of_one_actor_are_one_event():
    a, b = _m("helicopters", 26, "XYZMIL"), _m("tanks", 42, "XYZMIL")
    target = _m("Mr Aro", 100, "ZZZGOV")
    assert [e.id for e in merge_same_actors([_event(1, a, target), _event(2, b, target)])] == ["e1"]


def test_two_named_persons_with_one_code_are_two_events():
    a, b = _m("Mayor Ana Lind", 62, "XYZGOV"), _m("Governor Piet Olsen", 81, "XYZGOV")
    target = _m("Mr Aro", 105, "ZZZGOV", person=True)
    assert [e.id for e in merge_same_actors([_event(1, a, target), _event(2, b, target)])] == ["e1", "e2"]


def test_uncoded_sides_are_kept_apart_by_where_they_are_written():
    a, b = _m("helicopters", 26, None), _m("tanks", 42, None)
    assert [e.id for e in merge_same_actors([_event(1, a), _event(2, b)])] == ["e1", "e2"]


def test_other_triggers_are_never_merged():
    a = _m("helicopters", 26, "XYZMIL")
    assert len(merge_same_actors([_event(1, a), _event(2, a, trigger_start=90)])) == 2
