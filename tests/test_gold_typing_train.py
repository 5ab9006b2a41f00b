"""The event-typing training set (issue 9) is what its builder writes, and every trigger span is its word."""
from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import ROOT, SHARED

GOLD = ROOT / "tests" / "gold"

pytestmark = pytest.mark.skipif(not (SHARED / "gold").exists(),
                                reason="shared/ missing: the re3d documents the builder reads are not here")


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_typing_train", GOLD / "build_typing_train.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _shipped() -> list[dict]:
    return [json.loads(ln) for ln in (GOLD / "typing_train.jsonl").read_text("utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def test_typing_train_is_what_its_builder_writes(builder):
    items, _ = builder.build(GOLD / "typing_train_annotations.txt")
    assert items == _shipped(), "typing_train.jsonl is stale: re-run tests/gold/build_typing_train.py"


def test_every_trigger_span_is_its_word_in_the_text():
    triggers = 0
    for it in _shipped():
        for ev in it["events"]:
            t = ev.get("trigger")
            if t is None:
                continue
            triggers += 1
            assert set(t) == {"text", "start", "end"}, (it["id"], t)
            assert it["text"][t["start"]:t["end"]] == t["text"], (it["id"], t)
    assert triggers > 0


def _write(tmp_path, body: str):
    p = tmp_path / "ann.txt"
    p.write_text(body, encoding="utf-8")
    return p


def test_trigger_lines_become_spans(builder, tmp_path):
    body = ("== url https://example.org/a | 2024-01-02\n"
            "T Police arrested two protesters and arrested a journalist after they called on the mayor to resign.\n"
            "COERCE | Police | /COP | a journalist | /MED\n@ arrested#2\n"
            "REQUEST | they | - | the mayor | /GOV\n@ called on\n"
            "COERCE | Police | /COP | two protesters | /CVL\n")
    items, _ = builder.build(_write(tmp_path, body))
    text = items[0]["text"]
    first, second, third = items[0]["events"]
    assert first["trigger"] == {"text": "arrested", "start": text.index("and arrested") + 4,
                                "end": text.index("and arrested") + 12}
    assert text[second["trigger"]["start"]:second["trigger"]["end"]] == "called on"
    assert "trigger" not in third


@pytest.mark.parametrize("trigger", ["@ shelled", "@ arrest", "@ arrested#3", "@ Arrested"])
def test_a_trigger_not_in_the_sentence_stops_the_build(builder, tmp_path, trigger):
    body = ("== url https://example.org/b\n"
            "T Police arrested two protesters and arrested a journalist.\n"
            f"COERCE | Police | /COP | a journalist | /MED\n{trigger}\n")
    with pytest.raises(SystemExit, match="not found"):
        builder.build(_write(tmp_path, body))


@pytest.mark.parametrize("body", [
    "== url https://example.org/c\nT Nothing happened here.\nNONE\n@ happened\n",
    "== url https://example.org/c\nT Police arrested him.\nCOERCE | Police | /COP | him | -\n@ arrested\n@ Police\n",
])
def test_a_trigger_line_must_follow_an_event_line(builder, tmp_path, body):
    with pytest.raises(SystemExit, match="must follow an event"):
        builder.build(_write(tmp_path, body))


def test_the_eval_reader_takes_a_trigger_span_as_its_word():
    from flashpoint.eval.gold import read_flashpoint
    pairs = [(e.trigger, it.text) for it in read_flashpoint(GOLD / "typing_train.jsonl") for e in it.events
             if e.trigger is not None]
    assert pairs and all(isinstance(word, str) and word in text for word, text in pairs)
