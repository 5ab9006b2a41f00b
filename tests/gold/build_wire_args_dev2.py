"""Writes wire_args_dev2.jsonl: a second DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects), news in general rather than war reports: lawsuits, bans, arrests, diplomatic rows,
protests, stabbings. Used for tuning, like wire_args_dev.jsonl; the held-out set is wire_args.jsonl (which
takes no story from Wikinews, so the two cannot share a story). Conventions: docs/annotation-guidelines.md
("Arguments"). A sector is left null where the guidelines do not fix it (then only the country is scored).

Every story is a short wire-style paraphrase of the Wikinews article cited as its source (CC BY 2.5; the
articles are in ../shared/corpus/wikinews). Run: python tests/gold/build_wire_args_dev2.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import WN, A, E, write_stories  # noqa: E402


STORIES = [
    ("e01", WN + "Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage", "2019-01-14",
     ("GDANSK, Poland, Jan 14", "Gdansk", "POL"),
     "GDANSK, Poland, Jan 14 (Wikinews) - Pawel Adamowicz, the mayor of Gdansk, was stabbed on stage at a charity "
     "concert on Sunday night and died of his wounds on Monday. Police detained the attacker at the scene. Interior "
     "Minister Joachim Brudzinski condemned the stabbing as an act of inexplicable barbarity.",
     [E("ASSAULT", None, A("Pawel Adamowicz", "POL", "GOV")),
      E("COERCE", A("Police", "POL", "COP"), A("the attacker", "POL", None), mode="arrest"),
      E("ACCUSE", A("Interior Minister Joachim Brudzinski", "POL", "GOV"), None, mode="disapprove")]),
    ("e02", WN + "Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall",
     "2019-02-19", ("SAN FRANCISCO, Feb 19", "San Francisco", "USA"),
     "SAN FRANCISCO, Feb 19 (Wikinews) - Sixteen U.S. states sued President Donald Trump on Monday over his "
     "declaration of a national emergency to fund a wall on the border with Mexico. California Attorney General "
     "Xavier Becerra accused the president of treating the rule of law with utter contempt. Congress had "
     "repeatedly rejected Trump's requests for wall funding.",
     [E("ACCUSE", A("Sixteen U.S. states", "USA", None), A("President Donald Trump", "USA", "GOV"), mode="disapprove"),
      E("ACCUSE", A("California Attorney General Xavier Becerra", "USA", None), A("the president", "USA", "GOV")),
      E("REJECT", A("Congress", "USA", "LEG"), A("Trump", "USA", "GOV"))]),
    ("e03", WN + "Thousands_march_in_anti-Brexit_protest,_London", "2019-03-23",
     ("LONDON, March 23", "London", "GBR"),
     "LONDON, March 23 (Wikinews) - Hundreds of thousands of people marched through London on Saturday against "
     "Britain's exit from the European Union. Protesters carried placards asking the government to revoke "
     "Article 50. Labour MP Tom Watson criticised Prime Minister Theresa May's Brexit deal.",
     [E("PROTEST", A("people", "GBR", "CVL"), None, mode="demo"),
      E("REQUEST", A("Protesters", "GBR", "CVL"), A("the government", "GBR", "GOV")),
      E("ACCUSE", A("Labour MP Tom Watson", "GBR", "LEG"), A("Prime Minister Theresa May", "GBR", "GOV"),
        mode="disapprove")]),
    ("e04", WN + "Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia_Museum_to_mosque", "2019-03-29",
     ("ISTANBUL, March 29", "Istanbul", "TUR"),
     "ISTANBUL, March 29 (Wikinews) - Turkish President Recep Tayyip Erdogan pledged on Friday to turn Hagia "
     "Sophia, now a museum, back into a mosque after Sunday's elections. Greek Foreign Minister George Katrougalos "
     "criticised the plan. The United States Commission on International Religious Freedom urged Turkey to keep "
     "the monument's status.",
     [E("ACCUSE", A("Greek Foreign Minister George Katrougalos", "GRC", "GOV"), A(None, "TUR", "GOV"),
        mode="disapprove"),
      E("REQUEST", A("The United States Commission on International Religious Freedom", "USA", "GOV"),
        A("Turkey", "TUR"))]),
    ("e05", WN + "Hong_Kong_protests_continue_through_police_opposition,_rainstorms", "2019-08-18",
     ("HONG KONG, Aug 18", "Hong Kong", "HKG"),
     "HONG KONG, Aug 18 (Wikinews) - Organisers said 1.7 million people marched through Hong Kong on Sunday "
     "despite heavy rain and a police ban. Police had rejected the route proposed by the Civil Human Rights "
     "Front. Protesters are demanding an inquiry into police conduct.",
     [E("PROTEST", A("people", "HKG", "CVL"), None, mode="demo", modality="reported"),
      E("REJECT", A("Police", "HKG", "COP"), A("the Civil Human Rights Front", "HKG", None)),
      E("REQUEST", A("Protesters", "HKG", "CVL"), None)]),
    ("e06", WN + "World_leaders_call_to_address_Amazon_rainforest_fires_at_G7", "2019-08-22",
     ("PARIS, Aug 22", "Paris", "FRA"),
     "PARIS, Aug 22 (Wikinews) - French President Emmanuel Macron called on Thursday for the G7 to discuss the "
     "fires in the Amazon rainforest at its summit this weekend. German Chancellor Angela Merkel backed Macron's "
     "call. Brazilian President Jair Bolsonaro rejected the proposal and accused Macron of a colonialist "
     "mentality.",
     [E("SUPPORT", A("German Chancellor Angela Merkel", "DEU", "GOV"), A("Macron", "FRA", "GOV")),
      E("REJECT", A("Brazilian President Jair Bolsonaro", "BRA", "GOV"), A(None, "FRA", "GOV")),
      E("ACCUSE", A("Brazilian President Jair Bolsonaro", "BRA", "GOV"), A("Macron", "FRA", "GOV"))]),
    ("e07", WN + "Hong_Kong_leader_announces_withdrawal_of_extradition_bill", "2019-09-04",
     ("HONG KONG, Sept 4", "Hong Kong", "HKG"),
     "HONG KONG, Sept 4 (Wikinews) - Hong Kong leader Carrie Lam said on Wednesday that her government would "
     "formally withdraw the extradition bill. Lam rejected the protesters' demand for an independent inquiry into "
     "the police. Student activist Joshua Wong accused the government of preparing a crackdown.",
     [E("REJECT", A("Lam", "HKG", "GOV"), A("the protesters", "HKG", "CVL")),
      E("ACCUSE", A("Student activist Joshua Wong", "HKG", "EDU"), A("the government", "HKG", "GOV"))]),
    ("e08", WN + "Iran%27s_President_Rouhani_tells_foreign_powers_to_leave_Persian_Gulf", "2019-09-22",
     ("TEHRAN, Sept 22", "Tehran", "IRN"),
     "TEHRAN, Sept 22 (Wikinews) - Iranian President Hassan Rouhani told foreign forces on Sunday to leave the "
     "Persian Gulf. Saudi Arabia and the United States have blamed Iran for last week's attack on Saudi oil "
     "facilities, which was claimed by the Houthi movement in Yemen. Tehran denies any role.",
     [E("REQUEST", A("Iranian President Hassan Rouhani", "IRN", "GOV"), A("foreign forces", None, "MIL")),
      E("ACCUSE", A("Saudi Arabia", "SAU"), A("Iran", "IRN")),
      E("ACCUSE", A("the United States", "USA"), A("Iran", "IRN")),
      E("ASSAULT", A("the Houthi movement", "YEM", "REB"), A("Saudi", "SAU"), obj="oil facilities"),
      E("REJECT", A("Tehran", "IRN", "GOV"), None)]),
    ("e09", WN + "Four_stabbed_to_death_at_Paris_police_headquarters", "2019-10-03",
     ("PARIS, Oct 3", "Paris", "FRA"),
     "PARIS, Oct 3 (Wikinews) - An employee of the Paris police headquarters stabbed four colleagues to death "
     "with a kitchen knife on Thursday. Another officer shot the attacker dead in the courtyard. Prosecutor Remy "
     "Heitz said the suspect's wife had been taken into custody.",
     [E("ASSAULT", A("An employee of the Paris police headquarters", "FRA", "COP"), A("four colleagues", "FRA", "COP"),
        instrument="kitchen knife"),
      E("ASSAULT", A("Another officer", "FRA", "COP"), A("the attacker", "FRA", "COP")),
      E("COERCE", None, A("the suspect's wife", "FRA", "CVL"), mode="arrest", modality="reported")]),
    ("e10", WN + "US_President_Trump_announces_troop_withdrawal_from_Syria", "2019-10-07",
     ("WASHINGTON, Oct 7", "Washington", "USA"),
     "WASHINGTON, Oct 7 (Wikinews) - U.S. President Donald Trump spoke by telephone with Turkish President Recep "
     "Tayyip Erdogan on Sunday, then announced that U.S. troops would leave northeastern Syria. The Syrian "
     "Democratic Forces, Washington's Kurdish-led ally against Islamic State, called the withdrawal a stab in the "
     "back. Turkey accuses the YPG militia, the backbone of the SDF, of links to the banned PKK.",
     [E("CONSULT", A("U.S. President Donald Trump", "USA", "GOV"), A("Turkish President Recep Tayyip Erdogan", "TUR",
                                                                 "GOV")),
      E("ACCUSE", A("The Syrian Democratic Forces", "SYR", "REB"), A(None, "USA", None), mode="disapprove"),
      E("ACCUSE", A("Turkey", "TUR"), A("the YPG militia", "SYR", "REB"))]),
    ("e11", WN + "UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision", "2019-10-07",
     ("LONDON, Oct 7", "London", "GBR"),
     "LONDON, Oct 7 (Wikinews) - British Prime Minister Boris Johnson urged the United States on Monday to waive "
     "the diplomatic immunity of Anne Sacoolas, the wife of a U.S. diplomat. Sacoolas left Britain after a crash "
     "that killed a 19-year-old motorcyclist in August. Johnson said he would raise the case with the White "
     "House himself if it was not resolved.",
     [E("REQUEST", A("British Prime Minister Boris Johnson", "GBR", "GOV"), A("the United States", "USA"))]),
    ("e12", WN + "Indonesian_security_minister_Wiranto_stabbed", "2019-10-10",
     ("JAKARTA, Oct 10", "Jakarta", "IDN"),
     "JAKARTA, Oct 10 (Wikinews) - Indonesia's security minister Wiranto was stabbed on Thursday during a visit "
     "to the town of Pandeglang in Banten province. Police arrested two suspects at the scene. Intelligence chief "
     "Budi Gunawan linked the suspects to the Jamaah Ansharut Daulah network.",
     [E("ASSAULT", None, A("Wiranto", "IDN", "GOV")),
      E("COERCE", A("Police", "IDN", "COP"), A("two suspects", "IDN", None), mode="arrest")]),
    ("e13", WN + "Hong_Kong%27s_Carrie_Lam_delivers_speech_on_video_after_protests_in_legislature", "2019-10-16",
     ("HONG KONG, Oct 16", "Hong Kong", "HKG"),
     "HONG KONG, Oct 16 (Wikinews) - Pro-democracy lawmakers heckled Chief Executive Carrie Lam on Wednesday as "
     "she began her annual policy address in the Legislative Council, forcing her to deliver it by video. "
     "Legislator Tanya Chan urged Lam to step down.",
     [E("REQUEST", A("Legislator Tanya Chan", "HKG", "LEG"), A("Lam", "HKG", "GOV"))]),
    ("e14", WN + "US_announces_restrictions_on_flying_to_Cuba", "2019-10-25",
     ("WASHINGTON, Oct 25", "Washington", "USA"),
     "WASHINGTON, Oct 25 (Wikinews) - The United States banned U.S. flights to all Cuban airports except Havana "
     "on Friday. Secretary of State Mike Pompeo accused the Cuban government of repressing its people and "
     "supporting Nicolas Maduro in Venezuela. Cuban Foreign Minister Bruno Rodriguez rejected the new measure.",
     [E("SANCTION", A("The United States", "USA"), A("Cuban", "CUB")),
      E("ACCUSE", A("Secretary of State Mike Pompeo", "USA", "GOV"), A("the Cuban government", "CUB", "GOV")),
      E("REJECT", A("Cuban Foreign Minister Bruno Rodriguez", "CUB", "GOV"), A(None, "USA", None))]),
    ("e15", WN + "Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement", "2020-01-08",
     ("CAIRO, Jan 8", "Cairo", "EGY"),
     "CAIRO, Jan 8 (Wikinews) - The foreign ministers of Egypt, Greece, Cyprus and France met in Cairo on "
     "Wednesday to discuss the Turkish-Libyan maritime border agreement. They called on Turkey to halt its "
     "drilling in the economic zone of Cyprus. The Turkish Foreign Ministry rejected the ministers' conclusions "
     "on Thursday.",
     [E("REQUEST", A("They", "EGY", "GOV"), A("Turkey", "TUR")),
      E("REJECT", A("The Turkish Foreign Ministry", "TUR", "GOV"), A("the ministers", "EGY", "GOV"))]),
    ("e16", WN + "Ukrainian_president_rejects_prime_minister%27s_resignation_over_leaked_audio_recording",
     "2020-01-17", ("KYIV, Jan 17", "Kyiv", "UKR"),
     "KYIV, Jan 17 (Wikinews) - Ukrainian President Volodymyr Zelensky on Friday rejected the resignation of "
     "Prime Minister Oleksiy Honcharuk, who had offered to quit over a leaked recording. Zelensky ordered the "
     "security agencies to find out who leaked it.",
     [E("REJECT", A("Ukrainian President Volodymyr Zelensky", "UKR", "GOV"),
        A("Prime Minister Oleksiy Honcharuk", "UKR", "GOV")),
      E("REQUEST", A("Zelensky", "UKR", "GOV"), A("the security agencies", "UKR", "SPY"))]),
    ("e17", WN + "Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London", "2020-02-02",
     ("LONDON, Feb 2", "London", "GBR"),
     "LONDON, Feb 2 (Wikinews) - Armed police officers shot dead a man who had stabbed two people on a busy "
     "street in south London on Sunday. Police declared the attack terrorist-related. The attacker had been "
     "released from prison a week earlier.",
     [E("ASSAULT", A("Armed police officers", "GBR", "COP"), A("a man", "GBR", None)),
      E("ASSAULT", A("a man", "GBR", None), A("two people", "GBR", "CVL"))]),
    ("e18", WN + "Philippines%27_largest_television_network_shut_down_by_government", "2020-05-06",
     ("MANILA, May 6", "Manila", "PHL"),
     "MANILA, May 6 (Wikinews) - The Philippine government ordered the country's largest broadcaster, ABS-CBN, "
     "off the air on Tuesday after its franchise expired. The National Telecommunications Commission issued a "
     "cease and desist order to the network. Several senators condemned the commission's decision as a grave "
     "abuse of power.",
     [E("COERCE", A("The Philippine government", "PHL", "GOV"), A("ABS-CBN", "PHL", "MED")),
      E("COERCE", A("The National Telecommunications Commission", "PHL", "GOV"), A("the network", "PHL", "MED")),
      E("ACCUSE", A("Several senators", "PHL", "LEG"), A("the commission", "PHL", "GOV"), mode="disapprove")]),
    ("e19", WN + "Yemeni_journalist_Nabil_Hasan_al-Quaety_shot_dead_in_Aden", "2020-06-02",
     ("ADEN, June 2", "Aden", "YEM"),
     "ADEN, June 2 (Wikinews) - Gunmen shot dead Yemeni journalist Nabil Hasan al-Quaety in his car in Aden on "
     "Tuesday. Aden's security chief said suspects were in custody. Reporters Without Borders condemned the "
     "murder.",
     [E("ASSAULT", A("Gunmen", None, None), A("Yemeni journalist Nabil Hasan al-Quaety", "YEM", "MED")),
      E("ACCUSE", A("Reporters Without Borders", "NGO", "NGO"), None, mode="disapprove")]),
    ("e20", WN + "Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol%27s_aid",
     "2020-06-29", ("TEHRAN, June 29", "Tehran", "IRN"),
     "TEHRAN, June 29 (Wikinews) - Iran asked Interpol on Monday to issue a red notice for U.S. President Donald "
     "Trump over the killing of general Qasem Soleimani. An Interpol spokesperson said the agency would not "
     "consider requests of this nature. U.S. Special Representative for Iran Brian Hook dismissed Tehran's move "
     "as a propaganda stunt.",
     [E("REQUEST", A("Iran", "IRN"), A("Interpol", "IGO")),
      E("REJECT", A("U.S. Special Representative for Iran Brian Hook", "USA", "GOV"), A("Tehran", "IRN", "GOV"))]),
    ("e21", WN + "Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk",
     "2020-07-30", ("MINSK, July 30", "Minsk", "BLR"),
     "MINSK, July 30 (Wikinews) - The Belarusian KGB arrested 33 Russian nationals near Minsk on Wednesday, "
     "accusing them of being mercenaries who planned to stir unrest before the August 9 election. Opposition "
     "candidate Sviatlana Tsikhanouskaya promised her supporters a fair new election.",
     [E("COERCE", A("The Belarusian KGB", "BLR", "SPY"), A("33 Russian nationals", "RUS", None), mode="arrest"),
      E("ACCUSE", A("The Belarusian KGB", "BLR", "SPY"), A("them", "RUS", None))]),
    ("e22", WN + "Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_"
     "President_Trump", "2020-12-12", ("WASHINGTON, Dec 12", "Washington", "USA"),
     "WASHINGTON, Dec 12 (Wikinews) - Thousands of supporters of President Donald Trump rallied in Washington on "
     "Saturday, a day after the Supreme Court rejected a lawsuit by Texas against the election results in four "
     "states.",
     [E("PROTEST", A("Thousands of supporters of President Donald Trump", "USA", "CVL"), None, mode="demo"),
      E("REJECT", A("the Supreme Court", "USA", "JUD"), A("Texas", "USA", None))]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev2.jsonl", disjoint_from="wire_args.jsonl")
