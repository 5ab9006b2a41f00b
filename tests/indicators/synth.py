"""Build stores of events in code (records through the real Store), for clustering and alert tests."""
from __future__ import annotations

from datetime import date, timedelta

from flashpoint.records import ActorCode, Document, Event, Mention, Place
from flashpoint.store import DocResult, Store


def report(text: str, publisher: str, when: date, event_type: str, cameo: str, place: tuple[str, float, float],
           src: tuple[str, str] = ("XKX", "COP"), tgt: tuple[str, str] = ("SRB", "CVL"),
           country: str = "XK", modality: str = "asserted") -> DocResult:
    """One document that reports one event, with its evidence sentence being the whole text."""
    doc = Document.from_text(text, publisher=publisher, published=when)
    doc.url = f"https://{publisher}/{doc.id}"
    name, lat, lon = place
    trig = text.split()[1]
    t0 = text.index(trig)

    def mention(code: tuple[str, str], label: str) -> Mention:
        return Mention(text=label, start=0, end=len(label),
                       actor=ActorCode(code="".join(code), country=code[0], sector=code[1]))

    ev = Event(id=f"{doc.id}-0", doc_id=doc.id, sentence_index=0, sentence_start=0, sentence_text=text,
               event_type=event_type, trigger_text=trig, trigger_start=t0, trigger_end=t0 + len(trig), cameo=cameo,
               source=mention(src, text.split()[0]), target=mention(tgt, "protesters"), modality=modality,
               date=when, date_source="text",
               location=Place(text=name, start=None, end=None, name=name, geonameid=None, lat=lat, lon=lon,
                              country=country, admin1="07", precision="place"))
    return DocResult(document=doc, sentences=[(0, 0, len(text), text)], events=[ev])


def write(db, results: list[DocResult]) -> Store:
    s = Store(db)
    for i in range(0, len(results), 500):
        s.write_batch(results[i:i + 500])
    return s


def weekly_history(weeks: int, acts_per_week: list[int], outlets: list[str], start: date = date(2023, 1, 2),
                   reports_per_act: int = 2) -> list[DocResult]:
    """Week k holds acts_per_week[k] separate clashes (a town 1 degree apart each), each told by
    ``reports_per_act`` documents from the given outlets in turn."""
    out = []
    for k in range(weeks):
        for j in range(acts_per_week[k]):
            day = start + timedelta(days=7 * k + j % 5)
            town = (f"Town{j}", 40.0 + j, 20.0)
            for r in range(reports_per_act):
                outlet = outlets[(j + r) % len(outlets)]
                out.append(report(f"Police clashed with protesters in Town{j} on week {k}, act {j}, report {r}.",
                                  outlet, day, "ASSAULT", "190", town))
    return out
