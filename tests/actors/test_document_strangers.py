"""A bare surname refers back to the person the document named in full, not to an office-holder who shares it."""
from __future__ import annotations

from datetime import date


def _persons(events, surname):
    out = []
    for e in events:
        for m in (e.source, e.target):
            if m is not None and m.text.split()[-1] == surname:
                out.append(m.actor.entry if m.actor else None)
    return out


def test_bare_surname_is_the_stranger_named_in_full(code_text):
    # the dictionary holds an office-holder surnamed West in 2020; the rapper is not her
    text = ("Rapper Kanye West announced on Saturday that he was running for president. "
            "West held his first campaign rally in Charleston on Sunday. "
            "West criticized the Democrats in a radio interview.")
    entries = _persons(code_text(text, published=date(2020, 7, 20)), "West")
    assert entries, "no event with West as an actor"
    assert not any(e and e.startswith("person:") for e in entries), entries


def test_a_list_of_surnames_is_no_title(code_text):
    # "Pierce and" before "Hawkins" lists two candidates: it does not make Hawkins a British ambassador
    text = ("Green Party nominee Howie Hawkins and independent candidate Brock Pierce debated on Tuesday. "
            "Pierce and Hawkins both argued for ballot access. Hawkins criticized the two-party system.")
    entries = _persons(code_text(text, published=date(2020, 10, 9)), "Hawkins")
    assert entries, "no event with Hawkins as an actor"
    assert not any(e == "person:karen_pierce" for e in entries), entries


def test_a_known_full_name_still_binds_its_surname(code_text):
    text = ("Serbian President Aleksandar Vucic met EU envoy Miroslav Lajcak in Brussels on Monday. "
            "Vucic criticized Pristina's decision to ban the dinar.")
    events = code_text(text, published=date(2023, 2, 6))
    codes = [e.source.actor.code for e in events if e.source is not None and e.source.text == "Vucic"
             and e.source.actor is not None]
    assert codes and all(c.startswith("SRB") for c in codes), codes


def test_a_company_named_after_a_surname_keeps_it(code_text):
    # Ontario's premier is surnamed Ford; the carmaker the story names in full is not him
    text = ("Ford Motor Company said on Friday that the Justice Department had opened an investigation into its "
            "emissions certification. Ford rejected the allegations on Saturday.")
    entries = _persons(code_text(text, published=date(2019, 4, 26)), "Ford")
    assert entries, "no event with Ford as an actor"
    assert "person:doug_ford" not in entries, entries


def test_an_everyday_word_names_no_armed_group():
    from flashpoint.actors import ActorResolver

    r = ActorResolver()
    for text in ("an organization", "the Organization", "Youth"):
        a = r.resolve(text, when=date(2020, 6, 1))
        assert a is None or a.sector != "REB", (text, a)
    assert r.resolve("Fatah Tanzim", when=date(2020, 6, 1)).sector == "REB"


def _codes_of(events, text):
    return [m.actor.code if m.actor else None for e in events for m in (e.source, e.target)
            if m is not None and m.text.endswith(text)]


def test_two_people_of_one_surname_keep_their_own_codes(code_text):
    # the tagger marks only "Khan" in "Mayor of London Sadiq Khan"; the attacker named first is someone else
    text = ("On Friday, 28-year-old Usman Khan stabbed several people at Fishmongers' Hall in London with a knife. "
            "Khan was pinned to the ground. \"I am in awe of the people who ran towards danger,\" tweeted Mayor of "
            "London Sadiq Khan (no relation). Khan was convicted of terrorism years ago.")
    events = code_text(text, published=date(2019, 12, 2))
    assert _codes_of(events, "Usman Khan") and "GBRGOV" not in _codes_of(events, "Usman Khan"), _codes_of(events, "Khan")


def test_a_later_namesake_does_not_take_the_first_persons_code(code_text):
    # mirrored: an official named first, a private person of the same surname after him (surnames no dictionary
    # holds, so that only what the document taught can give the code)
    for official, other in (("Serbian Interior Minister Nenad Vukotijevic", "Luka Vukotijevic"),
                            ("Kosovo Interior Minister Driton Berishaj", "Arben Berishaj")):
        text = (f"{official} praised the police on Saturday. "
                f"On Friday, 30-year-old {other} attacked two guards with a knife.")
        events = code_text(text, published=date(2023, 5, 2))
        codes = _codes_of(events, other)
        assert codes and not any(c and c.endswith("GOV") for c in codes), (other, codes)


def test_the_object_of_a_noun_takes_no_title_from_it(code_text):
    # "the police shooting of X": X is whom the police shot, not a police officer
    events = code_text("Protests erupted in Kenosha after the police shooting of Jacob Blake on Sunday. "
                       "Blake was taken to hospital.", published=date(2020, 8, 24))
    codes = _codes_of(events, "Blake")
    assert codes and not any(c and c.endswith("COP") for c in codes), codes
