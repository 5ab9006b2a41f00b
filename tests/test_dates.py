"""Datelines and relative dates."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.dates import find_dateline, find_published, read_dateline, resolve_in_sentence


@pytest.mark.parametrize("text,expected", [
    ("2018-03-20T12:38:14+00:00 17. 03. 2004.|News|", date(2004, 3, 17)),
    ("BELGRADE, March 17 (Reuters) - Serbian police ...", date(2004, 3, 17)),
    ("Pristina, 17 March 2004 - Kosovo ...", date(2004, 3, 17)),
    ("17.03.2004 Statement of the Government", date(2004, 3, 17)),
    ("Friday, January 4, 2019\n\nAn apartment building", date(2019, 1, 4)),
    ("Published 2004-03-17 by the Office", date(2004, 3, 17)),
    ("30. Aug 2024.\nWe urge", date(2024, 8, 30)),
])
def test_dateline_formats(text, expected):
    published = find_published(text) or date(2004, 3, 20)
    assert find_dateline(text, published)[0] == expected


def test_crawl_timestamp_is_not_a_dateline():
    assert find_dateline("2018-03-20T12:38:14+00:00 News") is None
    assert find_published("2018-03-20T12:38:14+00:00 News") == date(2018, 3, 20)


def test_relative_dates_resolve_against_anchor():
    anchor = date(2004, 3, 17)  # a Wednesday
    assert resolve_in_sentence(["yesterday"], anchor)[0] == date(2004, 3, 16)
    assert resolve_in_sentence(["on Tuesday"], anchor)[0] == date(2004, 3, 16)
    assert resolve_in_sentence(["Monday"], anchor)[0] == date(2004, 3, 15)
    assert resolve_in_sentence(["March 15"], anchor)[0] == date(2004, 3, 15)
    assert resolve_in_sentence(["the past year and a half"], anchor) is None


def test_event_date_uses_dateline_and_relative_text(code_text):
    text = "PRISTINA, March 18 (Reuters) - Kosovo police arrested two Serbs on Tuesday, officials said."
    evs = code_text(text, published=date(2004, 3, 20))
    ev = next(e for e in evs if e.event_type == "COERCE")
    assert ev.date == date(2004, 3, 16) and ev.date_source == "text"


# -- year inference, no clock (issue 15, issue 16 item 8) ------------------------------------------
def test_year_from_release_number():
    from flashpoint.dates import read_dateline

    text = ("KABUL, Afghanistan (Feb. 7) — In Maiwand district, Kandahar province, a force detained two suspects.\n"
            "Release No. 2011-02-S-154")
    dl = read_dateline(text)
    assert dl.date == date(2011, 2, 7) and dl.year_source == "document"


def test_year_from_header_date_and_city_dateline_wins():
    from flashpoint.dates import read_dateline

    dl = read_dateline("Feb. 21, 2011\nKABUL, Afghanistan (Feb. 20) — Afghan forces detained a leader yesterday.")
    assert dl.date == date(2011, 2, 20) and dl.year_source == "document"


def test_year_from_metadata():
    from flashpoint.dates import read_dateline

    dl = read_dateline("BELGRADE, March 17 (Reuters) - Serbian police ...", published=date(2004, 3, 20))
    assert dl.date == date(2004, 3, 17) and dl.year_source == "metadata"


def test_yearless_dateline_without_evidence_stays_unresolved():
    from flashpoint.dates import parse_date, read_dateline

    dl = read_dateline("PRISTINA, March 18 - Kosovo police arrested two men yesterday.")
    assert dl.date is None and dl.month_day == (3, 18) and dl.year_source == "unresolved"
    # a date without a year, or without a day, never borrows the clock's
    assert parse_date("March 17") is None and parse_date("March 2004") is None
    assert resolve_in_sentence(["yesterday"], None) is None and resolve_in_sentence(["on Monday"], None) is None


def test_year_is_never_taken_from_other_documents(pipeline):
    """A document is dated from itself alone, whatever else shares its batch, feed or engine shard."""
    from flashpoint.ingest.readers import make_document

    dated = make_document("KABUL, Afghanistan (Oct. 20, 2010) — Afghan forces detained a suspect.",
                          path="releases/a.txt")
    undated = make_document("KABUL, Afghanistan (Oct. 13) — Afghan forces detained a suspect.", path="releases/b.txt")
    alone = make_document("KABUL, Afghanistan (Oct. 13) — Afghan forces detained a suspect.", path="releases/b.txt")
    together, = pipeline.process([dated, undated])[1:]
    single, = pipeline.process([alone])
    assert undated.dateline is None and undated.year_source == "unresolved"
    assert [(e.date, e.date_source) for e in together.events] == [(e.date, e.date_source) for e in single.events]
    assert all(e.date is None and e.date_source == "unresolved" for e in single.events)


@pytest.mark.parametrize("text,expected,source", [
    # a bare past year: the report is in it or the year after
    ("KABUL, Afghanistan (Oct. 13) — Afghan forces detained a Taliban leader who had escaped in 2010.",
     date(2010, 10, 13), "year_mention"),
    # a year the text looks ahead to is not the report's
    ("KABUL, Afghanistan (Oct. 13) — Afghan forces, who take over security by 2014, detained a leader.", None,
     "unresolved"),
    # a weekday with the day pins the year among those a past year allows
    ("KABUL, Afghanistan (Oct. 13) — Afghan forces detained a leader Thursday, Oct. 13. He fled in 2010.",
     date(2011, 10, 13), "year_mention"),
    ("PRISTINA, March 18 — Police arrested two men on Tuesday, March 16. The mission opened in 2003.",
     date(2004, 3, 18), "year_mention"),
    # the same for the other side of the same conflict
    ("BELGRADE, March 18 — Police arrested two men on Tuesday, March 16. The mission opened in 2003.",
     date(2004, 3, 18), "year_mention"),
    # counts, numbers and release codes are not years
    ("KABUL, Afghanistan (Oct. 13) — The force seized 2,011 kilograms of opium and 2010 rounds.", None, "unresolved"),
])
def test_year_from_the_document_itself(text, expected, source):
    from flashpoint.dates import read_dateline

    dl = read_dateline(text)
    assert dl.date == expected and dl.year_source == source


def test_weekday_overrules_a_metadata_date_it_contradicts():
    from flashpoint.dates import infer_year

    # March 16 was a Tuesday in 2004, not in 2005: metadata saying 2005 is not taken
    text = "PRISTINA, March 18 — Police arrested two men on Tuesday, March 16."
    assert infer_year(text, (3, 18), date(2005, 3, 20)) is None
    assert infer_year(text, (3, 18), date(2004, 3, 20)) == (date(2004, 3, 18), "metadata")


@pytest.mark.parametrize("leader,other_side", [
    ("President Buhari", "Boko Haram"),  # Nigeria, 2015-05-29 .. 2023-05-29
    ("UN Secretary-General António Guterres", "the ADF"),
])
def test_office_terms_and_weekday_pin_the_year(leader, other_side):
    from flashpoint.actors.dictionary import load_dictionary
    from flashpoint.actors.terms import office_terms
    from flashpoint.dates import infer_year

    d = load_dictionary(None)
    # June 16 fell on a Saturday in 2018 (and in 2012, outside both terms; 2029 is past the data's reach
    # for Buhari, whose term ended 2023)
    text = f"ABUJA, June 16 — {leader} condemned the attack by {other_side} on Saturday, June 16."
    terms = office_terms(d, text)
    assert terms
    found = infer_year(text, (6, 16), None, terms=terms)
    if "Buhari" in leader:
        assert found == (date(2018, 6, 16), "weekday")
    else:  # an open-ended term leaves 2018, 2029, ...: undecided, never guessed
        assert found is None
    # without the weekday a term of several years decides nothing
    assert infer_year(f"ABUJA, June 16 — {leader} condemned the attack.", (6, 16), None,
                      terms=office_terms(d, f"{leader} condemned")) is None


def test_former_title_is_no_term():
    from flashpoint.actors.dictionary import load_dictionary
    from flashpoint.actors.terms import office_terms

    d = load_dictionary(None)
    assert office_terms(d, "former President Karzai said") == []
    assert office_terms(d, "President Karzai said") and office_terms(d, "President Ghani said")


def test_inferred_year_flags_events_assumed(code_text):
    text = ("KABUL, Afghanistan (Oct. 13) — Afghan forces arrested a Taliban leader yesterday. "
            "The leader had escaped from prison in 2010.")
    evs = code_text(text)
    ev = next(e for e in evs if e.event_type == "COERCE")
    assert ev.date == date(2010, 10, 12) and ev.date_source == "year_assumed"


def test_weekday_tense():
    anchor = date(2011, 2, 9)  # a Wednesday
    assert resolve_in_sentence(["on Monday"], anchor)[0] == date(2011, 2, 7)
    assert resolve_in_sentence(["on Monday"], anchor, future=True)[0] == date(2011, 2, 14)
    assert resolve_in_sentence(["Jan. 30"], anchor)[0] == date(2011, 1, 30)  # the last Jan. 30 before the anchor
    assert resolve_in_sentence(["Jan. 30"], anchor, future=True)[0] == date(2012, 1, 30)
    # a day just ahead is not taken a year back: "a court appearance on Feb. 20" in a Feb. 9 report
    assert resolve_in_sentence(["Feb. 20"], anchor)[0] == date(2011, 2, 20)


def test_report_and_scheduled_dates_do_not_carry_over(code_text):
    text = ("Police arrested two men on Friday in Belgrade, officials said on Sunday. Officers detained the suspects "
            "in a raid. A court hearing was set for March 20. Police also arrested a third man.")
    evs = code_text(text, published=date(2011, 3, 14))  # a Monday
    raid = [e for e in evs if e.trigger_text == "detained"]
    assert raid and raid[0].date == date(2011, 3, 11) and raid[0].date_source == "carried"
    third = [e for e in evs if e.sentence_index == max(x.sentence_index for x in evs)]
    assert third and all(e.date == date(2011, 3, 11) for e in third)


def test_a_report_date_does_not_date_what_an_earlier_sentence_dated(code_text):
    text = ("Coalition strikes destroyed fighting positions near Raqqa on Monday. Near Kirkuk, six strikes destroyed "
            "three fighting positions, the release said on Tuesday.")
    evs = code_text(text, published=date(2017, 10, 3))  # a Tuesday
    second = [e for e in evs if e.sentence_index == max(x.sentence_index for x in evs)]
    assert second and all(e.date == date(2017, 10, 2) for e in second), [(e.trigger_text, e.date) for e in second]


def test_relative_date_governs_every_event_and_carries_over(code_text):
    text = ("KABUL, Afghanistan (Feb. 7, 2011) — Afghan and coalition forces detained two suspects and killed an "
            "insurgent yesterday in Nad Ali district, Helmand province. The security force also arrested a Taliban "
            "facilitator. On Saturday, Afghan police arrested a bomb maker in Kandahar city.")
    evs = code_text(text)
    first = next(e.sentence_index for e in evs if e.trigger_text == "killed")
    lead = [e for e in evs if e.sentence_index == first]
    assert lead and all(e.date == date(2011, 2, 6) and e.date_source == "text" for e in lead)
    carried = [e for e in evs if e.sentence_index == first + 1]
    assert carried and all(e.date == date(2011, 2, 6) and e.date_source == "carried" for e in carried)
    last = [e for e in evs if e.sentence_index == first + 2]
    assert last and all(e.date == date(2011, 2, 5) for e in last)


def test_undated_document_relative_dates_unresolved(code_text):
    evs = code_text("Police arrested two protesters on Monday in Belgrade.")
    assert evs and all(e.date is None and e.date_source == "unresolved" and e.date_text for e in evs)


def test_undated_yearless_dateline_is_not_the_clock(code_text):
    evs = code_text("PRISTINA, March 18 - Kosovo police arrested two Serbs, officials said.")
    assert evs and all(e.date is None and e.date_source == "unresolved" for e in evs)


def test_each_event_takes_the_nearest_date_of_its_sentence(code_text):
    evs = code_text("Police arrested the activist on Monday and released him on Wednesday in Belgrade.",
                    published=date(2011, 3, 18))  # a Friday
    by = {e.trigger_text: e.date for e in evs}
    assert by.get("arrested") == date(2011, 3, 14)
    if "released" in by:
        assert by["released"] == date(2011, 3, 16)


def test_a_lead_dated_only_by_its_report_takes_the_event_day_of_the_next_sentence(code_text):
    text = ("Gunmen killed four farmers in Benue state, police said on Thursday.\n\nThe attackers raided the village "
            "late on Tuesday night and burned several houses.")
    evs = code_text(text, published=date(2021, 3, 11))  # a Thursday
    lead = [e for e in evs if e.sentence_index == min(x.sentence_index for x in evs)]
    assert lead and all(e.date == date(2021, 3, 9) for e in lead), [(e.trigger_text, e.date) for e in lead]


def test_a_report_date_stays_when_the_next_sentence_speaks_of_another_time(code_text):
    text = ("Gunmen killed four farmers in Benue state, police said on Thursday.\n\nThe governor will visit the area "
            "on Saturday.")
    evs = code_text(text, published=date(2021, 3, 11))  # a Thursday
    lead = [e for e in evs if e.trigger_text == "killed"]
    assert lead and lead[0].date == date(2021, 3, 11)


# -- relative expressions anchored to the dateline (issue 15) --------------------------------------------------
@pytest.mark.parametrize("text,trigger,expected", [
    # a day counted from the date in scope
    ("KABUL, Afghanistan (Feb. 9, 2011) — Insurgents attacked a checkpoint in Helmand province on Monday. "
     "Two days later, Afghan forces arrested three suspects in the district.", "arrested", date(2011, 2, 9)),
    ("KABUL, Afghanistan (Feb. 9, 2011) — Afghan forces arrested three suspects in Helmand province on Monday. "
     "The next day, insurgents attacked a checkpoint in the district.", "attacked", date(2011, 2, 8)),
    # counted back from the anchor
    ("BELGRADE, March 17, 2004 — Serbian police arrested two Kosovo Albanians three days ago.", "arrested",
     date(2004, 3, 14)),
    ("PRISTINA, March 17, 2004 — Kosovo police arrested two Serbs three days ago.", "arrested", date(2004, 3, 14)),
])
def test_days_counted_from_the_date_in_scope(code_text, text, trigger, expected):
    evs = code_text(text)
    ev = next(e for e in evs if e.trigger_text == trigger)
    assert ev.date == expected, [(e.trigger_text, e.date, e.date_text) for e in evs]


def test_a_range_dates_no_day_and_ends_the_carry_over(code_text):
    text = ("MAPUTO, March 25, 2019 — Insurgents attacked a village in Macomia district on Friday. "
            "Gunmen have burned houses in Cabo Delgado since Saturday.")
    evs = code_text(text)
    burned = next(e for e in evs if e.trigger_text == "burned")
    assert burned.date_text is None or "Saturday" not in burned.date_text
    assert burned.date != date(2019, 3, 23) and burned.date != date(2019, 3, 22)


@pytest.mark.parametrize("lead,detail", [
    ("Gunmen killed 20 people in a village in Borno state, residents said.",
     "The attackers stormed the village on Tuesday night and opened fire."),
    ("Soldiers killed 20 people in a village in Borno state, residents said.",  # mirrored: state forces
     "The soldiers stormed the village on Tuesday night and opened fire."),
])
def test_an_undated_news_lead_takes_the_day_its_next_sentence_tells(code_text, lead, detail):
    evs = code_text(f"{lead} {detail}", published=date(2020, 6, 11))  # a Thursday
    killed = next(e for e in evs if e.trigger_text == "killed")
    assert killed.date == date(2020, 6, 9), [(e.trigger_text, e.date, e.date_source) for e in evs]


def test_an_undated_lead_under_a_dateline_keeps_the_dateline_day(code_text):
    text = ("KABUL, Afghanistan (Feb. 10, 2011) — Afghan forces detained two suspects in Kandahar province. "
            "The force seized weapons on Tuesday.")
    evs = code_text(text)
    det = next(e for e in evs if e.trigger_text == "detained")
    assert det.date == date(2011, 2, 10)


@pytest.mark.parametrize("header", ["May 30: Afghan ISAF Operations Update", "May 30 - ISAF Joint Command Morning Update",
                                    "Monday, May 30 — Operational update"])
def test_a_dated_title_without_a_year_is_the_dateline(header):
    from flashpoint.dates import read_dateline

    text = f"{header}\nAn Afghan and coalition force detained two suspects in Kandahar province yesterday."
    dl = read_dateline(text)
    assert dl.month_day == (5, 30) and dl.date is None and dl.year_source == "unresolved"
    dl = read_dateline(text, published=date(2011, 6, 1))
    assert dl.date == date(2011, 5, 30) and dl.year_source == "metadata"


def test_a_release_number_with_its_day_dates_an_undated_release(code_text):
    text = ("Release No. 20170111-01\nSOUTHWEST ASIA — On Dec. 29, Coalition military forces conducted strikes "
            "against ISIL terrorists in Iraq. Near Mosul, eight strikes engaged four ISIL tactical units.")
    evs = code_text(text)
    # a month after the release's belongs to the year before
    assert evs and all(e.date == date(2016, 12, 29) for e in evs if e.event_type == "ASSAULT")


FEED = [  # one wire file: two agencies' wording in two periods, dated stories and year-less ones
    {"text": "KABUL, Afghanistan (Nov. 20, 2011) — An Afghan and coalition security force captured a Taliban "
             "facilitator during an operation in Maiwand district, Kandahar province, today."},
    {"text": "KABUL, Afghanistan (Nov. 24, 2011) — In Nad-e Ali district, Helmand province, an Afghan and coalition "
             "security force captured a Taliban facilitator during an operation today."},
    {"text": "KABUL, Afghanistan (Jan. 28) — An Afghan and coalition security force captured a Taliban facilitator "
             "during an operation in Zharay district, Kandahar province, today."},
    {"text": "PRISTINA, March 17, 2004 — UNMIK police and KFOR troops dispersed crowds of Kosovo Albanian "
             "protesters who set Serbian houses on fire in Mitrovica, the UN mission said."},
    {"text": "BELGRADE, March 19, 2004 — Serbian protesters set fire to a mosque in Belgrade after Kosovo "
             "Albanian crowds attacked Serbian villages, the UN mission said."},
    {"text": "PRISTINA, March 18 — UNMIK police and KFOR troops dispersed crowds of Kosovo Albanian protesters who "
             "set Serbian houses on fire in Caglavica, the UN mission said."},
    {"text": "BELGRADE, March 20 — Serbian protesters set fire to a mosque in Nis after Kosovo Albanian crowds "
             "attacked Serbian villages, the UN mission said."},
]


def _feed_file(tmp_path, rows, name="wire.jsonl"):
    import json

    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_feed_dates_a_yearless_dateline_by_the_stories_that_read_most_like_it(tmp_path):
    """A year-less dateline in a JSONL feed takes the year that puts its day nearest the feed's dated stories of
    the same wording (Jan. 28 after November 2011 is 2012), on both sides of the Kosovo story alike."""
    from flashpoint.ingest import iter_documents

    docs = list(iter_documents([_feed_file(tmp_path, FEED)]))
    got = {d.text[:12]: (d.dateline, d.year_source) for d in docs if d.dateline_md}
    assert got == {"KABUL, Afgha": (date(2012, 1, 28), "feed"), "PRISTINA, Ma": (date(2004, 3, 18), "feed"),
                   "BELGRADE, Ma": (date(2004, 3, 20), "feed")}
    kabul = next(d for d in docs if d.text.startswith("KABUL, Afghanistan (Jan. 28)"))
    assert date(2011, 11, 1) <= date.fromisoformat(kabul.metadata["feed_date"]) <= date(2011, 11, 30)
    # the feed is the file: the same stories as separate text files are not dated by each other
    for i, row in enumerate(FEED):
        (tmp_path / f"{i}.txt").write_text(row["text"], "utf-8")
    alone = [d for d in iter_documents([tmp_path / "2.txt", tmp_path / "5.txt"])]
    assert [(d.dateline, d.year_source) for d in alone] == [(None, "unresolved")] * 2


def test_yearless_releases_of_one_period_pull_each_other_into_it():
    """An agency drops the year from its datelines for a winter: the dated releases most like them are of June and
    autumn 2011 (mean Aug. 3, 2011, nearest the Feb. 5 of 2011), but the year-less ones read most like each other,
    and their days (Dec. 20, Jan. 10, Jan. 25) put the "Feb. 5" in 2012 with them."""
    from flashpoint.ingest.feed import feed_dates
    from flashpoint.ingest.readers import make_document

    old = ("An Afghan and coalition security force detained {n} suspected insurgents during an operation in search of "
           "a Taliban leader in Nad-e Ali district, Helmand province.")
    new = ("An Afghan-led and coalition-supported security force detained {n} suspected insurgents during an operation "
           "in search of a Taliban leader in Nad-e Ali district, Helmand province, today.")
    dated = [f"KABUL, Afghanistan ({d})\n" + old.format(n=n) for d, n in [
        ("June 2, 2011", "two"), ("June 9, 2011", "three"), ("Sept. 28, 2011", "four"), ("Oct. 3, 2011", "five")]]
    yearless = [f"KABUL, Afghanistan ({d})\n" + new.format(n=n) for d, n in [
        ("Dec. 20", "six"), ("Jan. 10", "seven"), ("Jan. 25", "eight"), ("Feb. 5", "nine")]]
    other = "GENEVA, March 3, 2012\nThe council adopted a resolution on maritime trade routes."  # unlike them all
    docs = [make_document(t) for t in dated + [other] + yearless]
    when = feed_dates(docs)
    assert {k: make_document(docs[k].text, feed_date=w).dateline for k, w in when.items()} == {
        5: date(2011, 12, 20), 6: date(2012, 1, 10), 7: date(2012, 1, 25), 8: date(2012, 2, 5)}


def test_feed_date_is_the_same_whatever_the_order_or_batch(tmp_path, pipeline):
    """Computed once per file at ingest: events of a year-less story say year_assumed, and coding the stories
    alone or together, in any batch, gives the same dates."""
    from flashpoint.ingest import iter_documents

    docs = list(iter_documents([_feed_file(tmp_path, FEED)]))
    again = list(iter_documents([_feed_file(tmp_path, list(reversed(FEED)), "reversed.jsonl")]))
    assert sorted((d.text, d.dateline) for d in docs) == sorted((d.text, d.dateline) for d in again)
    together = pipeline.process(docs)
    alone = [pipeline.process([d])[0] for d in docs]
    for a, b in zip(together, alone):
        assert [(e.date, e.date_source) for e in a.events] == [(e.date, e.date_source) for e in b.events]
    kabul = together[2]
    assert kabul.events and all(e.date == date(2012, 1, 28) and e.date_source == "year_assumed" for e in kabul.events)
    assert kabul.document.metadata["year_source"] == "feed"


def test_a_feed_date_never_overrules_the_document():
    """The document's own date and weekdays come first: a feed date is only the last resort before no year."""
    from flashpoint.dates import infer_year

    # the document states its year: the feed is not asked
    text = "KABUL, Afghanistan (Jan. 28) — Release No. 2010-01-S-077. Forces detained two suspects."
    assert infer_year(text, (1, 28), None, feed=date(2012, 1, 1)) == (date(2010, 1, 28), "document")
    # March 16 was a Tuesday in 2004 (not 2005): a feed date in 2005 gives the nearest year that fits
    text = "PRISTINA, March 18 — Police arrested two men on Tuesday, March 16."
    assert infer_year(text, (3, 18), None, feed=date(2005, 3, 1)) == (date(2004, 3, 18), "feed")


def test_unicode_line_separators_end_a_dateline_line():
    """Releases pasted from PDFs separate header lines with U+2028: the dateline after one is still found."""
    from flashpoint.dates import read_dateline

    text = ("Afghan Forces Detain Leader in Khost\nISAF Joint Command - Afghanistan\u20282011-01-S-195\u2028For "
            "Immediate Release\u2028\u2028\xa0KABUL, Afghanistan (Jan. 18) \u2013 Afghan and coalition forces "
            "detained a Haqqani Network leader in Khost province yesterday.")
    dl = read_dateline(text)
    assert dl.date == date(2011, 1, 18) and dl.year_source == "document"
    assert text[dl.span[0]:dl.span[1]] == "Jan. 18"


@pytest.mark.parametrize("text,day", [
    ("Senior Taliban Commander Killed in Helmand\nISAF Joint Command - Afghanistan\n\nKABUL, Afghanistan (March 14, "
     "2010) - Afghan forces conducted an operation in Lashkar Gah district, Helmand province, Friday afternoon, "
     "killing a senior Taliban commander.", date(2010, 3, 12)),
    ("Serbian Police Officer Shot in Mitrovica\nUNMIK Press Office\n\nPRISTINA, March 20, 2004 - Gunmen shot and "
     "wounded a Serbian police officer near Mitrovica on Thursday evening.", date(2004, 3, 18)),
])
def test_a_headline_takes_the_day_its_lead_gives(code_text, text, day):
    """A headline above the dateline tells the lead's act: it is dated with the lead's day, not the release's."""
    evs = code_text(text)
    assert evs and all(e.date == day for e in evs), [(e.trigger_text, e.date) for e in evs]


@pytest.mark.parametrize("text,day", [
    ("KABUL, Afghanistan (Jan. 14, 2012) — In Dand district, Kandahar province, a security force conducted an "
     "operation in search of a Taliban leader today. The leader is thought to be responsible for Wednesday’s "
     "suicide attack against a police official. Two suspected insurgents were detained.", date(2012, 1, 14)),
    ("GAZA, Jan. 14, 2012 — Israeli troops raided a house in Beit Hanoun today in search of a Hamas commander. The "
     "commander is thought to be responsible for Wednesday's rocket attack on Sderot. Two men were arrested.",
     date(2012, 1, 14)),
])
def test_a_weekday_owning_a_noun_dates_that_noun_only(code_text, text, day):
    """"Wednesday's attack" is background: the report's next events stay at the report's own day."""
    evs = code_text(text)
    last = [e for e in evs if e.trigger_text in ("detained", "arrested")]
    assert last and all(e.date == day for e in last), [(e.trigger_text, e.date) for e in evs]


def test_a_full_date_with_a_stop_before_the_year():
    from flashpoint.dates import read_dateline

    dl = read_dateline("2011-11-S-001\n\nKABUL, Afghanistan (Nov. 1. 2011)\nA combined force captured a leader.")
    assert dl.date == date(2011, 11, 1) and dl.year_source == "dateline"


NUMBERED = [  # one agency's releases of July 2011: some dated, some with only their number (year and month)
    {"text": "ISAF Joint Command - Afghanistan\n2011-07-S-010\nFor Immediate Release\n\nKABUL, Afghanistan (July 4, "
             "2011)\nAn Afghan and coalition security force detained two suspected insurgents in Khost province."},
    {"text": "ISAF Joint Command - Afghanistan\n2011-07-S-040\nFor Immediate Release\n\nKABUL, Afghanistan (July 14, "
             "2011)\nAn Afghan-led security force detained a Taliban leader in Nad-e Ali district, Helmand province."},
    {"text": "ISAF Joint Command - Afghanistan\n2011-07-S-025\nFor Immediate Release\n\nIn Sabari district, Khost "
             "province, an Afghan-led security force detained two suspected insurgents yesterday."},
    {"text": "ISAF Joint Command - Afghanistan\n2011-07-S-049\nFor Immediate Release\n\nIn Andar district, Ghazni "
             "province, an Afghan-led security force detained a Taliban facilitator yesterday."},
    {"text": "Regional Command South\n2011-07-RC-006\nFor Immediate Release\n\nIn Panjwa'i district, Kandahar province, "
             "a coalition patrol detained one suspected insurgent yesterday."},
]


def test_a_release_numbered_by_month_takes_its_day_from_the_feed(tmp_path, pipeline):
    """A release whose header gives only its number's year and month ("2011-07-S-025") lies between the days of
    the feed's dated releases numbered around it; past the last one at their pace; another series at the feed's
    usual pace. Its events say day_assumed, and 'yesterday' counts from that day."""
    from flashpoint.ingest import iter_documents

    docs = list(iter_documents([_feed_file(tmp_path, NUMBERED)]))
    got = [(d.dateline, d.year_source) for d in docs]
    assert got[2] == (date(2011, 7, 9), "release_feed")  # S-025: halfway from S-010 (July 4) to S-040 (July 14)
    assert got[3] == (date(2011, 7, 17), "release_feed")  # S-049: 9 numbers past S-040 at a third of a day each
    assert got[4][1] == "release_feed" and date(2011, 7, 1) <= got[4][0] <= date(2011, 7, 4)  # RC-006
    res = pipeline.process(docs[2:3])[0]
    det = [e for e in res.events if e.trigger_text == "detained"]
    assert det and all(e.date == date(2011, 7, 8) and e.date_source == "day_assumed" for e in det)
    # alone (not in a feed) the number gives no day: nothing is guessed
    (tmp_path / "alone.txt").write_text(NUMBERED[2]["text"], "utf-8")
    alone = list(iter_documents([tmp_path / "alone.txt"]))[0]
    assert alone.dateline is None and alone.anchor_date is None


@pytest.mark.parametrize("text,number", [
    ("ISAF Joint Command - Afghanistan\n2011-07-S-051\nFor Immediate Release", ((2011, 7, "S"), 51)),
    # a pasted copy that lost the year's first digit
    ("ISAF Joint Command - Afghanistan\n011-07-S-051\nFor Immediate Release", ((2011, 7, "S"), 51)),
    ("Mission 1011-07-S-051 was flown", None),
])
def test_release_numbers_of_a_monthly_series(text, number):
    from flashpoint.dates import infer_year, release_number

    got = release_number(text)
    assert (got[:2] if got else None) == number
    if number:  # the series' year and month also give a year-less dateline its year
        assert infer_year(text + "\nKABUL, Afghanistan (July 16)", (7, 16), None)[0] == date(2011, 7, 16)


def test_a_title_ending_in_its_date_is_the_dateline():
    from flashpoint.dates import read_dateline

    text = ("IJC Operational Update, July 16\nISAF Joint Command - Afghanistan\n2010-07-CA-097\nFor Immediate Release\n"
            "Another Afghan and coalition security force detained a Taliban commander in Kandahar province last night.")
    dl = read_dateline(text)
    assert dl.date == date(2010, 7, 16) and dl.year_source == "document" and text[dl.span[0]:dl.span[1]] == "July 16"


@pytest.mark.parametrize("text,md", [
    ("MOGADISHU, Somalia, Feb. 7 – AMISOM troops repulsed an al-Shabaab attack on their base.", (2, 7)),
    ("BAGHDAD — (Feb. 7) Iraqi security forces killed two gunmen in Mosul.", (2, 7)),
    ("KABUL, Afghanistan, Feb. 7 -- Afghan forces detained two suspects in Khost province.", (2, 7)),
    # no dateline date: the day the lead gives, unless it opens a range or lies ahead
    ("BAGHDAD, Iraq – Iraqi Security Forces detained a suspected al-Qaida leader Feb. 7 in Baghdad.", (2, 7)),
    ("MOGADISHU, Somalia – Since Feb. 3 AMISOM troops have searched the district. They detained two men Feb. 7.",
     (2, 7)),
    ("BAGHDAD, Iraq – Talks will resume on Feb. 7 in Baghdad.", None),
])
def test_yearless_dateline_forms_and_a_day_in_the_lead(text, md):
    from flashpoint.dates import read_dateline

    dl = read_dateline(text)
    assert (dl.month_day if dl else None) == md
    assert dl is None or (dl.date is None and dl.year_source == "unresolved")


def test_a_day_in_the_lead_of_an_undated_report_takes_its_year_from_the_feed(tmp_path):
    """'Iraqi police detained ... Feb. 7' under a dateline with no date, in a feed of dated reports of that
    wording: the feed gives the year, as for a year-less dateline. With a metadata date the lead's day is an
    event's day, not the report's."""
    from flashpoint.ingest import iter_documents
    from flashpoint.ingest.readers import make_document

    rows = [{"text": "BAGHDAD, Iraq (Jan. 30, 2009) – Iraqi police detained two suspected al-Qaida in Iraq members "
                     "during an operation in Mosul, Ninewa province."},
            {"text": "BAGHDAD, Iraq (Feb. 3, 2009) – Iraqi police detained a suspected al-Qaida in Iraq leader "
                     "during an operation in Mosul, Ninewa province."},
            {"text": "BAGHDAD, Iraq – Iraqi police detained two suspected al-Qaida in Iraq members Feb. 7 during "
                     "an operation in Mosul, Ninewa province."}]
    docs = list(iter_documents([_feed_file(tmp_path, rows)]))
    assert (docs[2].dateline, docs[2].year_source) == (date(2009, 2, 7), "feed")
    dated = make_document(rows[2]["text"], fields={"date": "2009-02-08"})
    assert dated.dateline is None and dated.anchor_date == date(2009, 2, 8)


@pytest.mark.parametrize("text,trigger,day", [
    # "overnight" runs into the report's day: the story's date, as wire copy dates an overnight attack
    ("KABUL, Afghanistan (Sept. 22, 2010) - Afghan and coalition security forces captured a Taliban facilitator "
     "during an overnight operation in Ghazni province.", "captured", date(2010, 9, 22)),
    ("SANAA, Yemen (Oct. 29, 2021) - Houthi fighters captured two government soldiers during an overnight raid "
     "in Marib province.", "captured", date(2021, 10, 29)),
    ("KABUL, Afghanistan (July 13, 2010) - An Afghan-international force detained several suspected insurgents in "
     "Paktiya province last night.", "detained", date(2010, 7, 12)),
    ("KABUL, Afghanistan (July 13, 2010) - An Afghan-international force detained several suspected insurgents in "
     "Paktiya province lastnight.", "detained", date(2010, 7, 12)),
])
def test_last_night_is_the_night_before_the_report_and_overnight_its_day(code_text, text, trigger, day):
    evs = [e for e in code_text(text) if e.trigger_text == trigger]
    assert evs and all(e.date == day for e in evs), [(e.trigger_text, e.date) for e in evs]


@pytest.mark.parametrize("text,trigger", [
    ("KABUL, Afghanistan (Jan. 22, 2013)\nToday, Afghan and coalition security forces confirmed a Taliban leader was "
     "arrested during a security operation in Maiwand district, Kandahar province, Sunday.", "arrested"),
    ("KYIV, Ukraine (Jan. 22, 2013)\nToday, Ukrainian security forces confirmed a Russian officer was "
     "arrested during a security operation in Izium district, Kharkiv province, Sunday.", "arrested"),
])
def test_of_two_days_on_the_reporting_verb_the_earlier_is_the_events(code_text, text, trigger):
    evs = [e for e in code_text(text) if e.trigger_text == trigger]
    assert evs and all(e.date == date(2013, 1, 20) for e in evs), [(e.trigger_text, e.date) for e in evs]


# -- the report's own day against its feed: feasts, weekdays (issue 15) ---------------------------------------
@pytest.mark.parametrize("text,md,feed,expected", [
    # Eid al-Fitr 1439 began 2018-06-15: a June 16 report of Eid celebrations is of 2018, whatever its feed says
    ("ABUJA, June 16 — Suspected Boko Haram insurgents killed 20 people who gathered for Eid al-Fitr celebrations "
     "in Damboa, Borno State.", (6, 16), date(2011, 6, 13), date(2018, 6, 16)),
    ("ABUJA, June 16 — Nigerian troops killed 20 suspected Boko Haram insurgents during Eid al-Fitr celebrations "
     "in Damboa, Borno State.", (6, 16), date(2011, 6, 13), date(2018, 6, 16)),
    # Eid al-Adha 1440 began 2019-08-11/12: the same on both sides in Afghanistan
    ("KABUL, Afghanistan (Aug. 12) — Taliban fighters attacked a police post as families marked Eid al-Adha.",
     (8, 12), date(2012, 5, 1), date(2019, 8, 12)),
    ("KABUL, Afghanistan (Aug. 12) — Afghan forces raided a Taliban compound as families marked Eid al-Adha.",
     (8, 12), date(2012, 5, 1), date(2019, 8, 12)),
    # Yom Kippur 5785 was 2024-10-12: Israel's and Gaza's reports alike
    ("JERUSALEM, Oct. 12 — Hamas fired rockets at Israel on Yom Kippur.", (10, 12), date(2023, 6, 1), date(2024, 10, 12)),
    ("GAZA, Oct. 12 — Israeli aircraft struck Gaza on Yom Kippur.", (10, 12), date(2023, 6, 1), date(2024, 10, 12)),
])
def test_a_feast_the_report_names_rules_out_its_feeds_years(text, md, feed, expected):
    from flashpoint.dates import infer_year

    assert infer_year(text, md, None, feed=feed) == (expected, "feed")
    # a feed date that the feast allows is kept: the feast only rules years out
    assert infer_year(text, md, None, feed=expected)[0] == expected


@pytest.mark.parametrize("text", [
    "BEIRUT, Aug. 20 — Tariq Ramadan spoke at the rally.",  # personal names, not the month
    "GROZNY, Aug. 20 — Ramzan Kadyrov said his forces had killed three militants.",
    "CAIRO, Oct. 12 — Veterans of the Yom Kippur War gathered in Cairo.",  # a war, not the day
    "TEL AVIV, Oct. 12 — Veterans of the Yom Kippur War gathered in Tel Aviv.",
])
def test_names_that_are_not_the_feast_rule_out_nothing(text):
    from flashpoint.dates import feast_constraints, infer_year

    assert feast_constraints(text, (8, 20) if "Aug" in text else (10, 12)) == []
    md = (8, 20) if "Aug" in text else (10, 12)
    assert infer_year(text, md, None, feed=date(2011, md[0], 1)) == (date(2011, md[0], md[1]), "feed")


@pytest.mark.parametrize("text,md,expected", [
    # "Sunday night (7 September)": 2014 or 2025; the report mentions 2021 as past: 2025
    ("Seven people were killed when insurgents attacked Mocimboa da Praia town on Sunday night (7 September), the "
     "first attack on the town since Rwandan forces drove the insurgents out in 2021.", (9, 7), date(2025, 9, 7)),
    ("Seven soldiers were killed when militia fighters attacked El Fasher on Sunday night (7 September), the first "
     "attack on the town since the army retook it in 2021.", (9, 7), date(2025, 9, 7)),
])
def test_a_weekday_moves_the_year_past_the_year_a_report_mentions(text, md, expected):
    from flashpoint.dates import infer_year

    assert infer_year(text, md, None) == (expected, "year_mention")


@pytest.mark.parametrize("text", [
    "MAPUTO — An armed group attacked the village of Liche on Friday night. Last Monday, 5 August, insurgents "
    "ambushed a couple near Limala village.",
    "MAPUTO — Mozambican troops attacked an insurgent base near Liche on Friday night. Last Monday, 5 August, troops "
    "ambushed insurgents near Limala village.",
])
def test_a_weekday_the_feeds_years_deny_takes_the_allowed_year_nearest_the_feed(text):
    from flashpoint.dates import read_dateline

    # Monday, Aug. 5 was in 2013, 2019 and 2024; the feed's stories read like late 2021: 2019 is nearest
    dl = read_dateline(text, feed=date(2021, 11, 3))
    assert dl.date == date(2019, 8, 5) and dl.year_source == "feed"
    assert read_dateline(text).date is None  # without the feed nothing decides among them


@pytest.mark.parametrize("text,md,expected", [
    # an anniversary the report marks gives its year, whatever its feed
    ("CAIRO, Jan. 25 — Police arrested dozens of protesters on the 10th anniversary of the 2011 uprising.",
     (1, 25), date(2021, 1, 25)),
    ("CAIRO, Jan. 25 — Protesters attacked a police station on the 10th anniversary of the 2011 uprising.",
     (1, 25), date(2021, 1, 25)),
    ("NAYPYITAW, Feb. 1 — Troops fired on crowds marking the first anniversary of the military coup of 2021.",
     (2, 1), date(2022, 2, 1)),
    ("YANGON, Feb. 1 — Resistance fighters attacked a junta post on the first anniversary of the 2021 coup.",
     (2, 1), date(2022, 2, 1)),
])
def test_an_anniversary_gives_the_year(text, md, expected):
    from flashpoint.dates import infer_year

    assert infer_year(text, md, None, feed=date(2015, 6, 1)) == (expected, "anniversary")
    assert infer_year(text, md, None) == (expected, "anniversary")


def test_anniversaries_that_disagree_decide_nothing():
    from flashpoint.dates import infer_year

    text = ("KYIV, Feb. 24 — The 10th anniversary of the 2014 annexation and the first anniversary of the 2022 "
            "invasion were marked with drone strikes.")  # 2024 against 2023
    found = infer_year(text, (2, 24), None)
    assert found is None or found[1] != "anniversary"
    # the two agree: 2024
    agree = text.replace("first anniversary", "second anniversary")
    assert infer_year(agree, (2, 24), None) == (date(2024, 2, 24), "anniversary")


# -- named periods and mixed feeds (issue 15) --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "SOUTHWEST ASIA (Feb. 7) — Coalition aircraft struck ISIL fighting positions near Mosul.",
    "SOUTHWEST ASIA (Feb. 7) — ISIL fighters attacked coalition positions near Mosul.",
])
def test_a_named_period_rules_out_the_feeds_years_before_it(text):
    """ISIL took its name on 2013-04-08: a "Feb. 7" report on it is of 2014 or later, though its feed reads like
    2011; a feed date inside the period is kept."""
    from flashpoint.dates import infer_year

    assert infer_year(text, (2, 7), None, feed=date(2011, 6, 1)) == (date(2014, 2, 7), "feed")
    assert infer_year(text, (2, 7), None, feed=date(2016, 3, 1)) == (date(2016, 2, 7), "feed")


@pytest.mark.parametrize("text", [
    "KABUL, Afghanistan (Feb. 7) — An ISAF and Afghan force detained two Taliban fighters in Helmand province.",
    "KABUL, Afghanistan (Feb. 7) — Taliban fighters attacked an ISAF and Afghan patrol in Helmand province.",
])
def test_a_named_period_ends_only_for_a_name_in_the_head(text):
    """ISAF ended in 2014: a report that names it in its lead is of 2014 at the latest; one that names it only
    as history further down may be later."""
    from flashpoint.dates import infer_year, named_periods

    assert infer_year(text, (2, 7), None, feed=date(2019, 6, 1)) == (date(2014, 2, 7), "feed")
    later = "KABUL, Afghanistan (Feb. 7) — " + "Police said the attack was the worst in months. " * 14 + \
        "The base was handed over by ISAF years ago."
    assert named_periods(later) == [[(date(2001, 12, 20), None)]]
    assert infer_year(later, (2, 7), None, feed=date(2019, 6, 1)) == (date(2019, 2, 7), "feed")


def _feed_doc(text):
    from flashpoint.ingest.readers import make_document

    return make_document(text, path="feed.jsonl")


def test_in_a_mixed_feed_a_story_takes_its_likest_neighbours_date_not_the_files_middle():
    """A wire file of many agencies and years: a year-less story's dated neighbours lie years apart and only share
    common words with it, so their mean is the middle of the file; the likest story gives its period."""
    from flashpoint.ingest.feed import feed_dates

    dated = [
        "MOGADISHU, Somalia (March 2, 2020) — U.S. Africa Command conducted an airstrike against al-Shabaab "
        "terrorists in the vicinity of Jilib, Somalia, in coordination with the Federal Government of Somalia.",
        "KABUL, Afghanistan (June 4, 2010) — An Afghan and coalition security force detained two suspected "
        "insurgents in the vicinity of Kandahar city during an operation.",
        "BAGHDAD (Oct. 9, 2006) — Police said gunmen killed two people in the vicinity of a market in Baghdad.",
        "GENEVA (May 3, 2014) — The council said fighting killed two people in the vicinity of Donetsk.",
    ]
    yearless = ("MOGADISHU, Somalia (March 27) — U.S. Africa Command conducted an airstrike against al-Shabaab "
                "militants in the vicinity of Buulo Fuulay, Somalia, in coordination with the Federal Government.")
    docs = [_feed_doc(t) for t in dated + [yearless]]
    when = feed_dates(docs)
    assert when[4] == date(2020, 3, 2)
    assert _feed_doc(yearless).dateline is None
    from flashpoint.ingest.readers import make_document
    assert make_document(yearless, feed_date=when[4]).dateline == date(2020, 3, 27)


def test_one_agencys_neighbours_around_a_gap_still_average_into_it():
    """Neighbours within a few years are one agency's releases: their mean still puts a year-less release
    between them (a Jan. 10 whose likest releases are of June and October 2011 is of 2012, not 2011)."""
    from flashpoint.ingest.feed import _mean

    june, october = date(2011, 6, 9).toordinal(), date(2011, 10, 3).toordinal()
    assert _mean([(0.5, june), (0.4, october)]) == date.fromordinal(round((june + october) / 2))
    far = date(2004, 3, 1).toordinal()
    assert _mean([(0.2, far), (0.5, june)]) == date(2011, 6, 9)


def test_a_feed_neighbour_outside_a_named_period_is_not_counted():
    """A year-less report on ISIL is not dated by the feed's releases from before ISIL, however alike."""
    from flashpoint.ingest.feed import feed_dates

    old = "BAGHDAD (May 3, 2008) — Coalition aircraft struck fighting positions near Mosul, destroying two vehicles."
    new = "BAGHDAD (Nov. 9, 2015) — Coalition aircraft struck ISIL positions near Ramadi."
    yearless = "BAGHDAD (May 5) — Coalition aircraft struck ISIL fighting positions near Mosul, destroying two vehicles."
    when = feed_dates([_feed_doc(t) for t in (old, new, yearless)])
    assert when[2] == date(2015, 11, 9)


# -- a folder of text files is one feed (issue 15) ---------------------------------------------------------------
def test_a_folder_of_text_files_is_one_feed_from_the_cli(tmp_path):
    """``flashpoint code FOLDER``: the folder's text files lend each other years as a JSONL feed's rows do, so the
    year-less "Jan. 28" release is dated with its folder's November 2011 releases of the same wording; the same
    files named one by one stay apart (see the JSONL feed test above)."""
    from typer.testing import CliRunner

    from flashpoint.cli import app
    from flashpoint.ingest import iter_documents
    from flashpoint.store import Store

    folder = tmp_path / "releases"
    folder.mkdir()
    for i, row in enumerate(FEED):
        (folder / f"{i:02d}.txt").write_text(row["text"], "utf-8")
    got = {d.text[:12]: (d.dateline, d.year_source) for d in iter_documents([folder]) if d.dateline_md}
    assert got == {"KABUL, Afgha": (date(2012, 1, 28), "feed"), "PRISTINA, Ma": (date(2004, 3, 18), "feed"),
                   "BELGRADE, Ma": (date(2004, 3, 20), "feed")}
    db = tmp_path / "f.duckdb"
    r = CliRunner().invoke(app, ["code", str(folder), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    store = Store(db, read_only=True)
    kabul = [e for e in store.query_events() if "02.txt" in (store.document(e["doc_id"]) or {}).get("path", "")]
    assert kabul and all(str(e["date"]) == "2012-01-28" and e["date_source"] == "year_assumed" for e in kabul)


# -- tenth session: days that govern other days (issue 15) ------------------------------------------------------
def test_a_dateline_a_day_past_the_page_date_keeps_its_year(code_text):
    """Pages are often dated in another time zone than their dateline: "MANILA, Jan 18" on a page of Jan. 17, 2024
    is Jan. 18, 2024 (not 2023), and "yesterday" is the 17th for every event it reaches."""
    from flashpoint.dates import read_dateline

    dl = read_dateline("MANILA, Jan 18 (PNA) – Troops clashed with rebels.", published=date(2024, 1, 17))
    assert dl.date == date(2024, 1, 18) and dl.year_source == "metadata"
    text = ("MANILA, Jan 18 (PNA) – Philippine troops yesterday killed two suspected rebels in clashes in Negros "
            "Occidental province, a military report said.\n\nThe fighting took place in La Castellana town at dawn.")
    evs = code_text(text, published=date(2024, 1, 17))
    assert evs and all(e.date == date(2024, 1, 17) for e in evs), [(e.trigger_text, e.date) for e in evs]


def test_a_day_that_dates_the_act_is_not_the_report_day(code_text):
    """"Soldiers yesterday arrested a man, police said": the day modifies the arrest (its verb comes first), so it
    carries over to the next sentence as the event's day, not as a report's."""
    text = ("NAIROBI, June 12, 2019 (Reuters) - Kenyan soldiers yesterday arrested three suspects in Garissa county, "
            "a police report said.\n\nThe raid took place in Dadaab town before dawn.")
    evs = code_text(text)
    raid = [e for e in evs if e.trigger_text in ("arrested", "raid")]
    assert raid and all(e.date == date(2019, 6, 11) for e in raid), [(e.trigger_text, e.date) for e in evs]


@pytest.mark.parametrize("text,trigger,expected", [
    ("BAGHDAD, March 4, 2010 - A car bomb killed six people at a market in Baquba on Thursday.\n\nThe attack came a "
     "day after gunmen attacked a checkpoint in Tikrit, killing two policemen.", "attacked", date(2010, 3, 3)),
    ("KABUL, June 10, 2010 - Insurgents attacked a police post in Kunduz province on Tuesday. Police arrested two "
     "suspects two days after the attack.", "arrested", date(2010, 6, 10)),
])
def test_what_a_day_after_clause_tells_is_a_day_before(code_text, text, trigger, expected):
    """"The attack came a day after gunmen attacked a checkpoint": the clause after "a day after" tells what came
    first; what the sentence itself tells ("arrested two days after the attack") is counted forward."""
    evs = code_text(text)
    ev = next(e for e in evs if e.trigger_text == trigger)
    assert ev.date == expected, [(e.trigger_text, e.date, e.date_text) for e in evs]


def test_a_day_that_names_something_dates_no_event(code_text):
    """"to mark the anniversary of the Sept. 26 Revolution": the day is a revolution's name, not the attack's."""
    text = ("In a Houthi drone attack on Saturday in the northern province of Saada, a soldier was killed. The Houthis "
            "attacked a military parade held to mark the anniversary of the Sept. 26 Revolution with drones.")
    evs = code_text(text, published=date(2023, 10, 2))  # a Monday
    hit = [e for e in evs if e.event_type == "ASSAULT"]
    assert hit and all(e.date == date(2023, 9, 30) for e in hit), [(e.trigger_text, e.date) for e in evs]


def test_the_day_a_statement_was_released_dates_the_statement(code_text):
    """"said in a statement released Sunday" dates the statement; the strike takes the day the next sentence gives."""
    text = ("An American airstrike has killed a senior Islamic State official in eastern Syria, the U.S. Central "
            "Command said in a statement released Sunday. The statement said the drones that carried out the attack "
            "Friday were harassed by Russian jets earlier in the day.")
    evs = code_text(text, published=date(2023, 7, 9))  # a Sunday
    strike = [e for e in evs if e.trigger_text in ("killed", "airstrike")]
    assert strike and all(e.date == date(2023, 7, 7) for e in strike), [(e.trigger_text, e.date) for e in evs]


def test_a_calendar_day_weeks_on_is_where_the_story_moved(code_text):
    """A report verb's explicit day weeks after the day in scope is not deferred to it: the story has moved on."""
    text = ("On June 12, minutes before the committee voted, the president claimed executive privilege. A few days "
            "later, on July 2, the president announced he would drop the question, before pressing forward.")
    evs = code_text(text, published=date(2019, 7, 20))
    late = [e for e in evs if e.sentence_index == max(x.sentence_index for x in evs)]
    assert late and all(e.date == date(2019, 7, 2) for e in late), [(e.trigger_text, e.date) for e in evs]


def test_a_day_most_of_a_week_back_in_the_next_sentence_is_another_act(code_text):
    """A lead that dates only its report ("..., the ministry said on Friday") takes the day of the next sentence only
    when it is close to the report's (the attack "late Thursday night"); six days back ("on Saturday", in a Friday
    report) the next sentence tells another act, and the lead stays at its report's day."""
    text = ("Two protesters have been shot dead by police in the capital, the health ministry said on Friday. Two "
            "students were shot dead on Saturday during a police raid in the north.")
    evs = code_text(text, published=date(2022, 10, 14))  # a Friday
    lead = [e for e in evs if e.sentence_index == 0]
    assert lead and all(e.date == date(2022, 10, 14) for e in lead), [(e.trigger_text, e.date) for e in evs]
    text = ("Gunmen have killed twelve villagers in the north, officials said on Friday. The attackers struck the "
            "village late on Thursday night.")
    evs = code_text(text, published=date(2022, 10, 14))
    lead = [e for e in evs if e.sentence_index == 0]
    assert lead and all(e.date == date(2022, 10, 13) for e in lead), [(e.trigger_text, e.date) for e in evs]


def test_an_agency_credit_marks_a_dateline_whatever_the_city_case():
    """'Bujumbura [Burundi], November 11 (ANI/Xinhua):' is a dateline, so its day is not an event's day and the
    lead's 'on Wednesday morning' is the Wednesday before it."""
    text = ("Bujumbura [Burundi], November 11 (ANI/Xinhua): Security forces on Wednesday morning killed three gunmen "
            "in Matongo district in Kayanza province, the governor said.")
    assert find_dateline(text, date(2021, 11, 11)) == (date(2021, 11, 11), (21, 32))


def test_agency_credit_dateline_dates_the_lead_by_its_weekday(code_text):
    text = ("Bujumbura [Burundi], November 11 (ANI/Xinhua): Security forces on Wednesday morning killed three gunmen "
            "in Matongo district in Kayanza province, the governor said.")
    evs = code_text(text, published=date(2021, 11, 11))  # a Thursday
    killed = [e for e in evs if e.trigger_text == "killed"]
    assert killed and killed[0].date == date(2021, 11, 10)


def test_a_day_counted_back_from_the_report_day(code_text):
    """'announced on Sunday that ... ambushed a patrol a day earlier': the Saturday, not a day a later sentence
    names for something else ('the election held on Thursday')."""
    text = ("The army announced on Sunday that it had killed three militants who ambushed an army patrol in the "
            "province of Tizi Ouzou a day earlier. The soldiers were returning from securing the election held on "
            "Thursday.")
    evs = code_text(text, published=date(2014, 4, 20))  # a Sunday
    ambush = [e for e in evs if e.trigger_text == "ambushed"]
    assert ambush and ambush[0].date == date(2014, 4, 19)


def test_a_day_in_a_reported_clause_dates_the_reported_act(code_text):
    """'The aid workers said a drone bombed a camp late Friday': Friday is the bombing's day, not the report's."""
    text = ("On Monday afternoon a drone hit Mai Tsebri and killed 17 civilians, aid workers said. The aid workers "
            "said a drone bombed a camp for displaced people at Dedebit late Friday, killing 59 people.")
    evs = code_text(text, published=date(2022, 1, 11))  # a Tuesday
    bombed = [e for e in evs if e.trigger_text == "bombed"]
    assert bombed and bombed[0].date == date(2022, 1, 7)


def test_the_same_day_counts_from_the_report_day_and_the_day_in_scope(code_text):
    """'announced late Thursday that it had killed two officials ..., on the same day that ...', then 'US forces
    earlier in the day carried out a raid': both the Thursday, not the Friday of the page."""
    text = ("The United States announced late Thursday that it had killed two senior officials of the Islamic State "
            "in an airstrike in northern Syria, on the same day that American forces killed another official.\n\n"
            "US forces earlier in the day carried out a raid south of the city of Qamishli, killing an ISIS official.")
    evs = code_text(text, published=date(2022, 10, 7))  # a Friday
    assert evs and all(e.date == date(2022, 10, 6) for e in evs), [(e.trigger_text, e.date) for e in evs]


def test_plain_full_dates_read_as_dateparser_reads_them():
    """'March 17, 2004' and '17 March 2004' skip dateparser (its first call costs a quarter second): same dates,
    and a day that does not exist is still left to it."""
    from flashpoint.dates import _FULL_MONTHS, _parse, parse_date

    for year, day in ((1948, 1), (2004, 29), (2017, 31), (2023, 29), (2024, 30), (2026, 7)):
        for k, month in enumerate(_FULL_MONTHS):
            for text in (f"{month} {day}, {year}", f"{day} {month} {year}", f"{month} {day:02d} {year}"):
                for base in (None, date(2020, 6, 15)):
                    ref = _parse(text, base)
                    assert parse_date(text, base) == (ref if ref and 1900 < ref.year < 2100 else None), text


def test_an_act_placed_in_someones_life_takes_no_day(code_text):
    text = "Police arrested the two men on Saturday. They met in Kabul in their late teens."
    evs = code_text(text, published=date(2015, 3, 10))  # a Tuesday
    arrest = [e for e in evs if e.trigger_text == "arrested"]
    met = [e for e in evs if e.trigger_text == "met"]
    assert arrest and arrest[0].date == date(2015, 3, 7)
    assert met and met[0].date is None and met[0].date_source == "unresolved", [(e.trigger_text, e.date) for e in met]


def test_an_age_that_describes_a_person_leaves_the_day(code_text):
    evs = code_text("Two men in their twenties were shot and injured in Cosa on Wednesday, a suburb of Conakry.",
                    published=date(2018, 11, 8))
    assert evs and all(e.date == date(2018, 11, 7) for e in evs), [(e.trigger_text, e.date) for e in evs]


def test_a_birth_date_dates_no_report_and_no_act(code_text):
    text = "Ahmed was born on 12 May 1985 in Mosul. He was arrested in Baghdad on Monday."
    assert read_dateline(text) is None or read_dateline(text).date != date(1985, 5, 12)
    evs = code_text(text, published=date(2015, 3, 10))
    arrest = [e for e in evs if e.trigger_text == "arrested"]
    assert arrest and arrest[0].date == date(2015, 3, 9), [(e.trigger_text, e.date) for e in arrest]


def test_a_day_counted_back_from_the_stated_day(code_text):
    text = ("President Shavkat Mirziyoyev on July 2 dropped the plans, a day after protesters tried to seize "
            "government buildings in Nukus.")
    evs = code_text(text, published=date(2022, 7, 4))
    seize = [e for e in evs if e.trigger_text == "seize"]
    assert seize and seize[0].date == date(2022, 7, 1), [(e.trigger_text, e.date) for e in evs]


def test_a_day_inside_the_counted_clause_is_its_own(code_text):
    text = ("The attack came two days after four soldiers were killed on Wednesday in the Northwest region when a "
            "bomb hit their vehicle.")
    evs = code_text(text, published=date(2021, 1, 8))  # a Friday
    killed = [e for e in evs if e.trigger_text in ("killed", "hit")]
    assert killed and all(e.date == date(2021, 1, 6) for e in killed), [(e.trigger_text, e.date) for e in evs]


def test_prose_above_a_date_in_the_body_is_no_headline(code_text):
    text = ("Calm has returned to Bawku in the Upper East region after unknown gunmen fired into a group of people at "
            "the community centre on Wednesday, January 17.\n\nThree people died and four others were injured.\n\n"
            "On Friday, January 19, 2024, some women protesting the killings were allegedly fired upon by soldiers.")
    evs = code_text(text)
    lead = [e for e in evs if e.sentence_index == 0]
    assert lead and all(e.date == date(2024, 1, 17) for e in lead), [(e.trigger_text, e.date) for e in lead]


@pytest.mark.parametrize("text, published, trigger, expected", [
    ("Police again came under attack from rioters in Northern Ireland last night.", date(2009, 7, 15), "attack",
     date(2009, 7, 14)),
    ("An operation launched after a cattle theft ended in a clash and the deaths of five suspected dahalo in the "
     "district of Sakaraha on Tuesday.", date(2023, 9, 1), "clash", date(2023, 8, 29)),
    ("The clash began late Monday at Matang Kumbang in Bireuen district and lasted until early Tuesday.",
     date(2003, 6, 10), "clash", date(2003, 6, 9)),
])
def test_an_act_noun_a_support_verb_says_took_place_is_an_event_with_the_clause_day(code_text, text, published,
                                                                                  trigger, expected):
    evs = code_text(text, published=published)
    act = [e for e in evs if e.trigger_text == trigger and e.event_type == "ASSAULT"]
    assert act and act[0].date == expected, [(e.event_type, e.trigger_text, e.date) for e in evs]


def test_an_act_pointed_back_at_is_not_promoted_by_its_support_verb(code_text):
    text = ("According to the president, this attack occurred because the prime minister refused to form an "
            "association of municipalities.")
    evs = code_text(text, published=date(2023, 9, 25))
    assert not [e for e in evs if e.event_type == "ASSAULT"], [(e.event_type, e.trigger_text) for e in evs]


def test_a_day_in_a_quotation_dates_the_quoted_act_and_the_undated_lead(code_text):
    text = ("The army has clashed with an armed group near the border in the state of Apure.\n\n\"This Sunday the "
            "residents of our town were woken by explosions,\" said the mayor of the border town.")
    evs = code_text(text, published=date(2021, 3, 22))  # a Monday
    clash = [e for e in evs if e.trigger_text == "clashed"]
    assert clash and clash[0].date == date(2021, 3, 21), [(e.trigger_text, e.date) for e in evs]


def test_this_morning_in_a_quotation_is_the_day_the_report_was_made(code_text):
    text = ("ASUNCION (Reuters) - An ambush in the north of the country killed eight soldiers, authorities said on "
            "Saturday.\n\n\"At about 9 am this morning a patrol came under attack on a country road and the attackers "
            "detonated explosives as the truck passed,\" the ministry said.")
    evs = code_text(text, published=date(2016, 8, 28))  # a Sunday paper
    acts = [e for e in evs if e.trigger_text in ("attack", "detonated")]
    assert acts and all(e.date == date(2016, 8, 27) for e in acts), [(e.trigger_text, e.date) for e in evs]


def test_a_weekday_next_to_a_stray_day_word_still_dates_the_act(code_text):
    # "day" of "a day-long sit-in" is an expression of its own, not a part of "Sunday night"
    text = "Sunday night's attack on protesters in Catarina, after a day-long sit-in in Masaya, left several wounded."
    evs = code_text(text, published=date(2018, 5, 7))
    attack = [e for e in evs if e.trigger_text == "attack"]
    assert attack and attack[0].date == date(2018, 5, 6), [(e.trigger_text, e.date) for e in evs]


def test_gunned_down_is_an_attack(code_text):
    evs = code_text("Three villagers were gunned down by militants in Bishnupur district on Sunday.",
                    published=date(2023, 7, 3))
    assert [e for e in evs if e.event_type == "ASSAULT" and e.trigger_text == "gunned"], \
        [(e.event_type, e.trigger_text) for e in evs]


@pytest.mark.parametrize("text,trigger", [
    # the lead dates only its report or the vow; a later sentence retells the act with its day
    ("The government vowed on Sunday to hunt down those who executed 13 villagers in the south.\n\nThe attack "
     "happened on Saturday in a forest near the border.", "executed"),
    ("The rebels vowed on Sunday to punish those who executed 13 soldiers in the south.\n\nThe attack happened on "
     "Saturday in a forest near the border.", "executed"),
    ("Eight police officers were killed during a weekend battle with gunmen in the north, the ministry said on "
     "Sunday. Twelve gunmen were also killed in the fighting, which began early on Saturday.", "killed"),
    ("Eight rebels were killed during a weekend battle with soldiers in the north, the rebels said on Sunday. Two "
     "soldiers were also killed in the fighting, which began early on Saturday.", "killed"),
])
def test_a_retold_act_takes_the_day_of_its_retelling(code_text, text, trigger):
    evs = code_text(text, published=date(2018, 1, 8))  # a Monday
    first = [e for e in evs if e.trigger_text == trigger][:1]
    assert first and first[0].date == date(2018, 1, 6), [(e.trigger_text, e.date, e.date_source) for e in evs]


@pytest.mark.parametrize("text,trigger,expected", [
    # an act dated in its own clause keeps its day
    ("Gunmen killed five soldiers on Sunday in the south. The attack happened near the border, officials said.",
     "killed", date(2018, 1, 7)),
    ("Soldiers killed five rebels on Sunday in the south. The attack happened near the border, officials said.",
     "killed", date(2018, 1, 7)),
    # another act of the kind, told with an indefinite noun, retells nothing
    ("KABUL, Jan 8 (Reuters) - Gunmen killed five soldiers in the south.\n\nAnother attack happened on Saturday "
     "in the north.", "killed", date(2018, 1, 8)),
    ("KABUL, Jan 8 (Reuters) - Soldiers killed five rebels in the south.\n\nAnother attack happened on Saturday "
     "in the north.", "killed", date(2018, 1, 8)),
    # (the same with "The attack" is the act retold)
    ("KABUL, Jan 8 (Reuters) - Gunmen killed five soldiers in the south.\n\nThe attack happened on Saturday "
     "near the border.", "killed", date(2018, 1, 6)),
    ("KABUL, Jan 8 (Reuters) - Soldiers killed five rebels in the south.\n\nThe attack happened on Saturday "
     "near the border.", "killed", date(2018, 1, 6)),
])
def test_a_retelling_does_not_move_an_act_dated_in_its_own_clause_or_another_act(code_text, text, trigger, expected):
    evs = code_text(text, published=date(2018, 1, 8))
    first = [e for e in evs if e.trigger_text == trigger][:1]
    assert first and first[0].date == expected, [(e.trigger_text, e.date, e.date_source) for e in evs]


@pytest.mark.parametrize("text", [
    "The army said on Sunday that gunmen attacked a checkpoint in the north yesterday, killing two soldiers.",
    "The rebels said on Sunday that soldiers attacked their camp in the north yesterday, killing two fighters.",
])
def test_a_relative_day_in_a_report_dated_before_the_anchor_counts_from_the_report(code_text, text):
    # read on Wednesday, "yesterday" of a report made on Sunday is Saturday: the act came before its report
    evs = code_text(text, published=date(2018, 1, 10))
    act = [e for e in evs if e.trigger_text == "attacked"]
    assert act and act[0].date == date(2018, 1, 6), [(e.trigger_text, e.date) for e in evs]


@pytest.mark.parametrize("text", [
    "The army said on Sunday that gunmen had attacked a checkpoint in the north on January 9.",
    "The rebels said on Sunday that soldiers had attacked their camp in the north on January 9.",
])
def test_a_calendar_day_after_its_report_stays_as_written(code_text, text):
    evs = code_text(text, published=date(2018, 1, 10))
    act = [e for e in evs if e.trigger_text == "attacked"]
    assert act and act[0].date == date(2018, 1, 9), [(e.trigger_text, e.date) for e in evs]


@pytest.mark.parametrize("text", [
    "Yesterday's attacks came on the heels of another, carried out by the militants on Wednesday evening on a "
    "houseboat in Delta State, where the militants engaged troops in a gun battle, killing two soldiers.",
    "Yesterday's raids came on the heels of another, carried out by the troops on Wednesday evening on a "
    "houseboat in Delta State, where the troops engaged militants in a gun battle, killing two militants.",
])
def test_a_day_governs_the_clauses_below_the_one_it_modifies(code_text, text):
    # read on Friday: "yesterday" dates the attacks, "Wednesday evening" the other act and all told under it
    evs = code_text(text, published=date(2016, 6, 3))
    below = [e for e in evs if e.trigger_text in ("engaged", "killing")]
    assert below and all(e.date == date(2016, 6, 1) for e in below), [(e.trigger_text, e.date) for e in evs]


@pytest.mark.parametrize("text,trigger", [
    ("On Monday, a man was speared to death by raiders in the same area.", "speared"),
    ("On Monday, a raider was speared to death by villagers in the same area.", "speared"),
    ("On Monday, two police officers were mobbed to death by protesters in the capital.", "mobbed"),
    ("On Monday, two protesters were mobbed to death by a crowd of police supporters in the capital.", "mobbed"),
    # (rioters burning things riot: senses.yaml)
    ("On Monday, gunmen set a police post alight in the north.", "set"),
    ("On Monday, soldiers set a rebel camp alight in the north.", "set"),
])
def test_killings_and_arson_told_by_their_means_are_assaults(code_text, text, trigger):
    evs = code_text(text, published=date(2008, 1, 9))
    act = [e for e in evs if e.trigger_text == trigger]
    assert act and act[0].event_type == "ASSAULT" and act[0].date == date(2008, 1, 7), \
        [(e.event_type, e.trigger_text, e.date) for e in evs]


# -- nineteenth session: a recalled day in the prose is no dateline; a newspaper's name is no day ---------------
def test_recalled_full_date_in_prose_is_no_dateline(code_text):
    text = ("Farmers blocked the main highway into the capital on Tuesday to protest against fuel prices.\n\n"
            "Police used water cannon near the square where a farmer was run over during a protest on March 3, "
            "2015, and several people were detained.")
    dl = read_dateline(text, date(2021, 6, 10))
    assert dl is None or dl.date != date(2015, 3, 3)
    evs = code_text(text, published=date(2021, 6, 10))  # a Thursday
    protest = next(e for e in evs if e.trigger_text == "blocked")
    assert protest.date == date(2021, 6, 8)


def test_full_date_opening_the_report_is_still_its_dateline():
    assert read_dateline("On 3 March 2015, police in the capital detained two farmers.", date(2016, 1, 5)).date == \
        date(2015, 3, 3)


def test_a_newspaper_named_for_a_day_dates_nothing(code_text):
    text = ("Gunmen attacked a police post in the hills outside the port late last month, the Sunday Herald "
            "learnt. The March 12 raid on the post followed weeks of threats.")
    evs = code_text(text, published=date(2019, 4, 8))  # a Monday
    assert all(e.date != date(2019, 4, 7) for e in evs)


def test_a_day_in_a_relative_clause_dates_that_clause_only(code_text):
    text = ("Riot police fired tear gas at students outside the university on Tuesday. Officers also beat "
            "protesters in the square where a student was killed on May 4, 2011.")
    evs = code_text(text, published=date(2023, 3, 16))  # a Thursday
    beat = next(e for e in evs if e.trigger_text == "beat")
    assert beat.date == date(2023, 3, 14)
    killed = [e for e in evs if e.trigger_text == "killed"]
    assert all(e.date == date(2011, 5, 4) for e in killed)


def test_a_near_day_in_a_relative_clause_still_dates_the_sentence(code_text):
    text = "Two men were shot dead by soldiers who raided the camp on Saturday night, the ministry said."
    evs = code_text(text, published=date(2023, 3, 20))  # a Monday
    assert {e.date for e in evs if e.trigger_text in ("shot", "raided")} == {date(2023, 3, 18)}


def test_a_date_opening_a_header_line_after_a_crawl_stamp_is_still_the_dateline():
    text = ("Unrest spreads in the north\n\n2019-06-02T08:00:00+00:00 11. 04. 2012.|News|\n\nProtesters blocked "
            "roads on Tuesday.")
    assert read_dateline(text, find_published(text)).date == date(2012, 4, 11)


@pytest.mark.parametrize("text", [
    "A rebel rocket hit a market in the north, killing two civilians, the army announced on Friday.\n\nThe rocket fell "
    "near a school in the town, wounding six children.",
    "An army shell hit a market in the north, killing two civilians, the rebels announced on Friday.\n\nThe shell fell "
    "near a school in the town, wounding six children.",
])
def test_the_report_day_that_dated_a_lead_carries_to_the_sentences_that_go_on_telling_it(code_text, text):
    # published on Sunday: the lead's acts have only the day of their report (Friday), and the next sentence, with
    # no day of its own, tells more of the same act on that day, not on the day the story was published
    evs = code_text(text, published=date(2018, 1, 7))
    wounded = [e for e in evs if e.trigger_text == "wounding"]
    assert wounded and all(e.date == date(2018, 1, 5) for e in wounded), [(e.trigger_text, e.date) for e in evs]


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    anchor = date(2017, 6, 9)  # a Friday
    for text in ("Friday, June 2", "Friday (June 2)", "Friday night, 2 June"):
        assert resolve_in_sentence([text], anchor)[0] == date(2017, 6, 2), text
    assert resolve_in_sentence(["Friday"], anchor)[0] == date(2017, 6, 9)


@pytest.mark.parametrize("text", [
    "Residents held a demonstration in the town on Friday, June 2, against the arrest of their leader.",
    "Police arrested twelve demonstrators in the town on Friday, June 2, after a march against the government.",
])
def test_an_event_told_a_week_later_on_a_weekday_with_its_date(code_text, text):
    evs = code_text(text, published=date(2017, 6, 9))  # a Friday, a week later
    assert evs and all(e.date == date(2017, 6, 2) for e in evs), [(e.trigger_text, e.date) for e in evs]
