"""Writes wire_args_dev.jsonl: a DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects), used for tuning. It is not frozen and not held out; the held-out set is
wire_args.jsonl. Conventions: docs/annotation-guidelines.md ("Arguments").

Stories d01-d15 are short wire-style paraphrases of Wikinews articles (CC BY 2.5; the article URL is each
item's source). d16-d18 paraphrase widely reported public events (KFOR, the Serbian presidency, the EU's
High Representative), cited by issuer and date. Run: python tests/gold/build_wire_args_dev.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import WN, A, E, write_stories  # noqa: E402

STORIES = [
    ("d01", WN + "Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27", "2019-01-21",
     ("BERLIN, Jan 21", "Berlin", "DEU"),
     "BERLIN, Jan 21 (Wikinews) - Germany banned Iranian airline Mahan Air from flying in the country on Monday, "
     "citing security reasons. US Secretary of State Mike Pompeo accused the airline of transporting weapons and "
     "fighters across the Middle East. The United States has urged allies such as Germany to restrict the "
     "airline's operations.",
     [E("SANCTION", A("Germany", "DEU"), A("Iranian airline Mahan Air", "IRN", "BUS")),
      E("ACCUSE", A("Mike Pompeo", "USA", "GOV"), A("the airline", "IRN", "BUS")),
      E("REQUEST", A("The United States", "USA"), A("Germany", "DEU"))]),
    ("d02", WN + "Car_bomb_ramming_attack_kills_dozens_at_military_base_in_Maidan_Wardak,_Afghanistan", "2019-01-21",
     ("KABUL, Jan 21", "Kabul", "AFG"),
     "KABUL, Jan 21 (Wikinews) - Taliban fighters attacked a training centre of the National Directorate of "
     "Security in Maidan Shahr on Monday with a car bomb, killing dozens of people. Provincial council member "
     "Sharif Hotak accused the central government of hiding the casualty figures.",
     [E("ASSAULT", A("Taliban fighters", "AFG", "REB"), A("National Directorate of Security", "AFG", "SPY"),
        instrument="car bomb", obj="training centre"),
      E("ACCUSE", A("Sharif Hotak", "AFG", "GOV"), A("the central government", "AFG", "GOV"))]),
    ("d03", WN + "Bombs_kill_at_least_20_at_cathedral_in_Mindanao,_Philippines", "2019-01-27",
     ("JOLO, Philippines, Jan 27", "Jolo", "PHL"),
     "JOLO, Philippines, Jan 27 (Wikinews) - Twin bombs exploded at the Jolo Cathedral during Sunday mass, "
     "killing at least 20 people. Defence Secretary Delfin Lorenzana condemned the attacks. He urged the public "
     "to stay vigilant.",
     [E("ASSAULT", None, A("people", "PHL", "CVL"), instrument="Twin bombs", obj="Jolo Cathedral"),
      E("ACCUSE", A("Defence Secretary Delfin Lorenzana", "PHL", "GOV"), None, mode="disapprove"),
      E("REQUEST", A("He", "PHL", "GOV"), A("the public", "PHL", "CVL"))]),
    ("d04", WN + "Mokha,_Yemen_bomb_kills_photojournalist,_at_least_five_others", "2019-01-29",
     ("ADEN, Jan 29", "Aden", "YEM"),
     "ADEN, Jan 29 (Wikinews) - A bomb placed on a motorcycle killed at least six civilians in a market in the "
     "Red Sea town of Mokha on Tuesday. Information Minister Moammar al-Eryani blamed Houthi rebels for the "
     "bombing. The Houthis have attacked journalists before, Abu Dhabi Media's general manager Ali bin Tamim said.",
     [E("ASSAULT", None, A("civilians", "YEM", "CVL"), instrument="bomb"),
      E("ACCUSE", A("Information Minister Moammar al-Eryani", "YEM", "GOV"), A("Houthi rebels", "YEM", "REB")),
      E("ASSAULT", A("The Houthis", "YEM", "REB"), A("journalists", None, "MED"), modality="reported")]),
    ("d05", WN + "Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks", "2019-09-14",
     ("RIYADH, Sept 14", "Riyadh", "SAU"),
     "RIYADH, Sept 14 (Wikinews) - Houthi drones struck oil facilities of Saudi Aramco at Abqaiq and Khurais "
     "before dawn on Saturday, triggering major fires. Saudi air defences intercepted several other drones, "
     "officials said.",
     [E("ASSAULT", A("Houthi drones", "YEM", "REB"), A("Saudi Aramco", "SAU", "BUS"), instrument="drones",
        obj="oil facilities"),
      E("ASSAULT", A("Saudi air defences", "SAU", "MIL"), None, modality="reported", obj="several other drones")]),
    ("d06", WN + "Hong_Kong_protesters_surround_downtown_police_complex", "2019-06-21",
     ("HONG KONG, June 21", "Hong Kong", "HKG"),
     "HONG KONG, June 21 (Wikinews) - Thousands of protesters surrounded the headquarters of the Hong Kong police "
     "on Friday, blocking its exits and throwing eggs. The protests are against a proposed extradition law.",
     [E("PROTEST", A("protesters", "HKG", "CVL"), A("Hong Kong police", "HKG", "COP"), obj="headquarters")]),
    ("d07", WN + "Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue", "2019-10-01",
     ("HONG KONG, Oct 1", "Hong Kong", "HKG"),
     "HONG KONG, Oct 1 (Wikinews) - Police fired a live round at a teenage protester in Tsuen Wan on Tuesday. "
     "Officers had earlier fired tear gas and rubber bullets at demonstrators across the city.",
     [E("ASSAULT", A("Police", "HKG", "COP"), A("a teenage protester", "HKG", "CVL"), instrument="live round"),
      E("COERCE", A("Officers", "HKG", "COP"), A("demonstrators", "HKG", "CVL"),
        instrument="tear gas and rubber bullets")]),
    ("d08", WN + "Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast", "2019-10-10",
     ("ANKARA, Oct 10", "Ankara", "TUR"),
     "ANKARA, Oct 10 (Wikinews) - Turkish jets bombed positions of the Kurdish-led Syrian Democratic Forces near "
     "Ras al-Ain on Thursday. The SDF accused Ankara of targeting civilians. The group called on the United States "
     "for help.",
     [E("ASSAULT", A("Turkish jets", "TUR", "MIL"), A("Syrian Democratic Forces", "SYR", "REB"), instrument="jets",
        obj="positions"),
      E("ACCUSE", A("The SDF", "SYR", "REB"), A("Ankara", "TUR", "GOV")),
      E("REQUEST", A("The group", "SYR", "REB"), A("the United States", "USA"))]),
    ("d09", WN + "Coalition_authorities_report_no_casualties_from_missile_strike_on_Iraqi_air_base", "2019-11-08",
     ("BAGHDAD, Nov 8", "Baghdad", "IRQ"),
     "BAGHDAD, Nov 8 (Wikinews) - Seventeen rockets struck near an Iraqi air base housing U.S. troops south of "
     "Mosul on Friday, the Iraqi military said. The U.S.-led coalition thanked Iraqi security forces for their "
     "quick response.",
     [E("ASSAULT", None, A("Iraqi", "IRQ", "MIL"), modality="reported", instrument="rockets", obj="air base"),
      E("SUPPORT", A("The U.S.-led coalition", "IGO", "MIL"), A("Iraqi security forces", "IRQ", "MIL"),
        mode="praise")]),
    ("d10", WN + "United_States_military_kills_Qasem_Soleimani", "2020-01-03",
     ("WASHINGTON, Jan 3", "Washington", "USA"),
     "WASHINGTON, Jan 3 (Wikinews) - United States forces killed Qasem Soleimani, head of Iran's Quds Force, in an "
     "airstrike at Baghdad International Airport on Friday. Iran vowed harsh revenge against the United States.",
     [E("ASSAULT", A("United States forces", "USA", "MIL"), A("Qasem Soleimani", "IRN", "MIL")),
      E("THREATEN", A("Iran", "IRN"), A("the United States", "USA"))]),
    ("d11", WN + "Iraqi_Parliament_votes_for_expulsion_of_United_States_troops", "2020-01-05",
     ("BAGHDAD, Jan 5", "Baghdad", "IRQ"),
     "BAGHDAD, Jan 5 (Wikinews) - Iraq's parliament demanded on Sunday that United States troops leave the "
     "country. Caretaker Prime Minister Adil Abdul-Mahdi also urged the U.S. troops to withdraw. The U.S. State "
     "Department criticised the decision.",
     [E("REQUEST", A("Iraq's parliament", "IRQ", "LEG"), A("United States troops", "USA", "MIL")),
      E("REQUEST", A("Caretaker Prime Minister Adil Abdul-Mahdi", "IRQ", "GOV"), A("the U.S. troops", "USA", "MIL")),
      E("ACCUSE", A("The U.S. State Department", "USA", "GOV"), A(None, "IRQ", "LEG"), mode="disapprove")]),
    ("d12", WN + "Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27", "2020-01-11",
     ("KYIV, Jan 11", "Kyiv", "UKR"),
     "KYIV, Jan 11 (Wikinews) - Ukrainian President Volodymyr Zelenskyy demanded a full investigation from Iran "
     "on Saturday. Iran had fired missiles at US troops in Iraq hours before the crash.",
     [E("REQUEST", A("Ukrainian President Volodymyr Zelenskyy", "UKR", "GOV"), A("Iran", "IRN")),
      E("ASSAULT", A("Iran", "IRN"), A("US troops", "USA", "MIL"), instrument="missiles")]),
    ("d13", WN + "Serbian_protesters_try_to_storm_Parliament;_fourth_day_of_protests", "2020-07-10",
     ("BELGRADE, July 10", "Belgrade", "SRB"),
     "BELGRADE, July 10 (Wikinews) - Police fired tear gas at protesters in front of the National Assembly on "
     "Friday, the fourth night of anti-government protests. Police director Vladimir Rebic said officers arrested "
     "at least 71 people.",
     [E("COERCE", A("Police", "SRB", "COP"), A("protesters", "SRB", "CVL"), instrument="tear gas"),
      E("COERCE", A("officers", "SRB", "COP"), A("people", "SRB", "CVL"), mode="arrest", modality="reported")]),
    ("d14", WN + "Germany_says_Alexei_Navalny_poisoned_with_Novichok", "2020-09-02",
     ("BERLIN, Sept 2", "Berlin", "DEU"),
     "BERLIN, Sept 2 (Wikinews) - Chancellor Angela Merkel demanded an explanation from Russia on Wednesday after "
     "tests showed that opposition leader Alexei Navalny had been poisoned. The Russian government dismissed "
     "the claim as groundless.",
     [E("REQUEST", A("Chancellor Angela Merkel", "DEU", "GOV"), A("Russia", "RUS")),
      E("REJECT", A("The Russian government", "RUS", "GOV"), A(None, "DEU", "GOV"))]),
    ("d15", WN + "Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest", "2020-11-15",
     ("WASHINGTON, Nov 15", "Washington", "USA"),
     "WASHINGTON, Nov 15 (Wikinews) - Police arrested twenty people after clashes at a rally in the capital on "
     "Saturday. President Donald Trump accused the city's mayor Muriel Bowser of not doing her job.",
     [E("COERCE", A("Police", "USA", "COP"), A("people", "USA", "CVL"), mode="arrest"),
      E("ACCUSE", A("President Donald Trump", "USA", "GOV"), A("Muriel Bowser", "USA", "GOV"))]),
    ("d16", "KFOR press release on the clashes in Zvecan, 29 May 2023 (jfcnaples.nato.int/kfor), and the Kosovo "
     "government's statement of 29 May 2023", "2023-05-29", ("PRISTINA, May 29", "Pristina", "XKX"),
     "PRISTINA, May 29 - Serb protesters attacked NATO peacekeepers in Zvecan on Monday, injuring 30 soldiers. "
     "Kosovo Prime Minister Albin Kurti blamed Belgrade for the violence.",
     [E("PROTEST", A("Serb protesters", None, "CVL"), A("NATO peacekeepers", "IGO", "MIL"), mode="riot"),
      E("ACCUSE", A("Kosovo Prime Minister Albin Kurti", "XKX", "GOV"), A("Belgrade", "SRB", "GOV"))]),
    ("d17", "Serbian presidency statement on the army's combat readiness, 26 May 2023 (predsednik.rs), as reported "
     "by Serbian and international media that day", "2023-05-26", ("BELGRADE, May 26", "Belgrade", "SRB"),
     "BELGRADE, May 26 - Serbian President Aleksandar Vucic put the army on the highest state of alert on Friday. "
     "Vucic accused Pristina of provoking violence in the north of Kosovo.",
     [E("MOBILIZE", A("Serbian President Aleksandar Vucic", "SRB", "GOV"), None),
      E("ACCUSE", A("Vucic", "SRB", "GOV"), A("Pristina", "XKX", "GOV"))]),
    ("d18", "EU High Representative Josep Borrell, remarks on measures against Kosovo, 28 June 2023 (eeas.europa.eu)",
     "2023-06-28", ("BRUSSELS, June 28", "Brussels", "BEL"),
     "BRUSSELS, June 28 - EU foreign policy chief Josep Borrell said the bloc had imposed measures on Kosovo over "
     "the tensions in the north. Borrell urged Kosovo and Serbia to de-escalate.",
     [E("SANCTION", A("the bloc", "IGO", "GOV"), A("Kosovo", "XKX"), modality="reported"),
      E("REQUEST", A("Borrell", "IGO", "GOV"), A("Kosovo", "XKX")),
      E("REQUEST", A("Borrell", "IGO", "GOV"), A("Serbia", "SRB"))]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev.jsonl")
