"""Writes wire_args_dev9.jsonl: a ninth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). Like dev7 and dev8 it was written and annotated from the reports alone, before the coder was
run on it, because the earlier dev sets score well above the held-out set: the rules had come to fit their stories.
Its sha256 is pinned in tests/test_gold_frozen.py, so it stays as first annotated (a correction is a new set).

Its datelines come from twelve countries and territories that no earlier dev set has as a dateline, and from
conflicts no earlier dev set covers: Sierra Leone (the 2023 armoury attack), Cyprus (the Pyla buffer-zone
assault), the Solomon Islands (the 2021 Honiara riots), New Caledonia (the 2024 riots), Tunisia (the arrests of
Ennahda's leaders), Guinea (anti-junta protests), Chile (Araucania arson), Papua New Guinea (Enga tribal
fighting), Gabon (the 2023 coup), Bosnia (the attempt to arrest Milorad Dodik), Finland (the Russian border) and
Uzbekistan (Karakalpakstan). The stories were chosen for their news, not for a construction; what they hold is
what wire copy holds: unidentified gunmen, passives with and without an agent ("were rebuffed by the security
forces", "were stopped by the entity's own police", "killed by a bullet fired by a member of the security forces"),
attacks on things whose owner is named ("the military armoury", "a police barracks") or not ("the central
prison"), riots, crowd control, arrests and house arrest, a coup, condemnations whose culprit is told elsewhere,
demands with and without an addressee, claims of responsibility, denials, and a capital as actor ("Moscow").

Conventions: docs/annotation-guidelines.md ("Arguments"). A sector is left null where the guidelines do not fix it
("Unidentified gunmen", "the security forces", a bare country, an IGO). New Caledonia is coded NCL (its rioters and
those arrested there), the French state and its gendarmes FRA; Turkish Cypriot forces and police are CYP (forces of
the island's north, not Turkey's), "the Turkish occupying forces" TUR. Every story is a short wire-style paraphrase
of the public report(s) cited as its source (Reuters, AFP, AP, AAP), found with a search of stored public pages; the
reports stay their publishers'. Where the report gives no day, the dateline has none and the item no date.
Run: python tests/gold/build_wire_args_dev9.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("m01", "https://www.malaymail.com/news/world/2023/11/26/gunfire-heard-in-sierra-leone-capital-after-attack-on-"
     "barracks/104339 (Reuters, 2023-11-26); https://www.thedailystar.net/news/world/news/sierra-leone-declares-"
     "nationwide-curfew-3479886 (Reuters, 2023-11-27)",
     "2023-11-26", ("FREETOWN, Nov 26", "Freetown", "SLE"),
     "FREETOWN, Nov 26 (Reuters) - Unidentified gunmen attacked the military armoury at the Wilberforce barracks in "
     "Sierra Leone's capital early on Sunday, and the government declared a nationwide curfew. The assailants were "
     "rebuffed by the security forces, Information Minister Chernor Bah said in a statement. Interior Minister David "
     "Taluva said the retreating assailants had attacked a police barracks and seized arms from police officers. "
     "Assailants also attacked the central prison in Freetown, a senior official said.",
     [E("ASSAULT", A("Unidentified gunmen", "SLE"), A("military", "SLE", "MIL"), obj="the military armoury"),
      E("COERCE", A("the government", "SLE", "GOV"), None, mode="restrict"),
      E("ASSAULT", A("the security forces", "SLE"), A("The assailants", "SLE"), modality="reported"),
      E("ASSAULT", A("the retreating assailants", "SLE"), A("police", "SLE", "COP"), modality="reported",
        obj="a police barracks"),
      E("COERCE", A("the retreating assailants", "SLE"), A("police officers", "SLE", "COP"), mode="seize",
        modality="reported", obj="arms"),
      E("ASSAULT", A("Assailants", "SLE"), None, modality="reported", obj="the central prison")]),
    ("m02", "https://www.arabnews.com/node/2357266/middle-east (AFP, 2023-08-18); https://www.newarab.com/news/"
     "turkish-cypriot-forces-assault-cyprus-peacekeepers-un (AFP, 2023-08-18)",
     "2023-08-18", ("NICOSIA, Aug 18", "Nicosia", "CYP"),
     "NICOSIA, Aug 18 (AFP) - Turkish Cypriot forces assaulted UN peacekeepers on Friday as they tried to block the "
     "construction of a road in the buffer zone near the village of Pyla, the UN mission said. An official said "
     "Turkish Cypriot police in plain clothes punched one peacekeeper and assaulted a dozen others. The UN "
     "Peacekeeping Force in Cyprus condemned the assaults and urged the Turkish Cypriot side to withdraw all "
     "personnel and machinery from the buffer zone. Cyprus condemned what it called an unacceptable attack by the "
     "Turkish occupying forces.",
     [E("ASSAULT", A("Turkish Cypriot forces", "CYP", "MIL"), A("UN peacekeepers", "IGO", "MIL"),
        modality="reported"),
      E("ASSAULT", A("Turkish Cypriot police", "CYP", "COP"), A("one peacekeeper", "IGO", "MIL"),
        modality="reported"),
      E("ASSAULT", A("Turkish Cypriot police", "CYP", "COP"), A("a dozen others", "IGO", "MIL"),
        modality="reported"),
      E("ACCUSE", A("The UN Peacekeeping Force in Cyprus", "IGO"), A(None, "CYP"), mode="disapprove"),
      E("REQUEST", A("The UN Peacekeeping Force in Cyprus", "IGO"), A("the Turkish Cypriot side", "CYP")),
      E("ACCUSE", A("Cyprus", "CYP"), A("the Turkish occupying forces", "TUR", "MIL"), mode="disapprove")]),
    ("m03", "https://taipeitimes.com/News/world/archives/2021/11/26/2003768548 (AFP, 2021-11-26); "
     "https://d1softballnews.com/clashes-in-the-solomon-islands-after-an-attempted-assault-on-parliament-last-hour/ "
     "(ANSA, AFP, 2021-11-25)",
     "2021-11-25", ("HONIARA, Nov 25", "Honiara", "SLB"),
     "HONIARA, Nov 25 (AFP) - Rioters torched buildings in the Solomon Islands capital on Thursday, targeting the "
     "Chinatown district in a second day of anti-government protests. On Wednesday demonstrators had tried to storm "
     "parliament to demand the resignation of Prime Minister Manasseh Sogavare, and police fired tear gas to disperse "
     "the crowd. The rioters also ransacked a police station, a resident said. China's embassy urged the Solomon "
     "Islands government to protect Chinese businesses and personnel. Sogavare said his government remained in "
     "control.",
     [E("PROTEST", A("Rioters", "SLB", "CVL"), None, mode="riot", obj="buildings"),
      E("PROTEST", A("demonstrators", "SLB", "CVL"), A("Prime Minister Manasseh Sogavare", "SLB", "GOV"),
        mode="riot", obj="parliament"),
      E("COERCE", A("police", "SLB", "COP"), A("the crowd", "SLB", "CVL"), mode="restrict", instrument="tear gas"),
      E("PROTEST", A("The rioters", "SLB", "CVL"), A("police", "SLB", "COP"), mode="riot", modality="reported",
        obj="a police station"),
      E("REQUEST", A("China's embassy", "CHN", "GOV"), A("the Solomon Islands government", "SLB", "GOV"))]),
    ("m04", "http://www.modernGhana.com/news/1312718/second-gendarme-killed-as-riots-continue-to-shake.html (RFI, "
     "AFP, 2024-05-16); https://theqldr.com.au/international-news/2024/05/16/caledonia-3/ (AAP, Reuters, 2024-05-16)",
     "2024-05-16", ("NOUMEA, May 16", "Noumea", "NCL"),
     "NOUMEA, May 16 (AFP) - A second French gendarme has died in the riots that have shaken New Caledonia, killed "
     "by an accidental gunshot, Interior Minister Gerald Darmanin said on Thursday. A 22-year-old gendarme was shot "
     "dead on Wednesday in the village of Plum. Rioters have burned businesses, torched cars and looted shops over "
     "an electoral reform adopted by lawmakers in Paris. France declared a state of emergency in the territory and "
     "placed at least 10 people under house arrest. Security forces have arrested 200 people, High Commissioner "
     "Louis Le Franc said.",
     [E("ASSAULT", None, A("A 22-year-old gendarme", "FRA", "COP")),
      E("PROTEST", A("Rioters", "NCL", "CVL"), None, mode="riot", obj="businesses"),
      E("PROTEST", A("Rioters", "NCL", "CVL"), None, mode="riot", obj="cars"),
      E("PROTEST", A("Rioters", "NCL", "CVL"), None, mode="riot", obj="shops"),
      E("COERCE", A("France", "FRA"), None),
      E("COERCE", A("France", "FRA"), A("at least 10 people", "NCL", "CVL"), mode="arrest"),
      E("COERCE", A("Security forces", "FRA"), A("200 people", "NCL", "CVL"), mode="arrest", modality="reported")]),
    ("m05", "https://english.aawsat.com/home/article/4280556/tunisia-police-arrest-three-prominent-officials-ennahda-"
     "party?page=1 (Reuters, 2023-04-18); https://www.urdupoint.com/en/miscellaneous/tunisia-opposition-party-"
     "ennahdha-says-its-ch-1678280.html (AFP, 2023-04-18)",
     "2023-04-18", ("TUNIS, April 18", "Tunis", "TUN"),
     "TUNIS, April 18 (Reuters) - Tunisian police arrested three senior officials of the opposition Ennahda party on "
     "Tuesday, hours after they detained party leader Rached Ghannouchi, the most prominent critic of President Kais "
     "Saied. Police also raided the party's headquarters in Tunis. Ennahda condemned the arrest of its leader as a "
     "very dangerous development and demanded his immediate release. Saied has described those detained this year "
     "as terrorists. Opponents accuse Saied of staging a coup.",
     [E("COERCE", A("Tunisian police", "TUN", "COP"), A("three senior officials", "TUN", "OPP"), mode="arrest"),
      E("COERCE", A("they", "TUN", "COP"), A("party leader Rached Ghannouchi", "TUN", "OPP"), mode="arrest"),
      E("COERCE", A("Police", "TUN", "COP"), A("the party's", "TUN", "OPP"), obj="the party's headquarters"),
      E("ACCUSE", A("Ennahda", "TUN", "OPP"), A(None, "TUN", "COP"), mode="disapprove"),
      E("REQUEST", A("Ennahda", "TUN", "OPP"), A(None, "TUN")),
      E("ACCUSE", A("Saied", "TUN", "GOV"), A("those detained", "TUN")),
      E("ACCUSE", A("Opponents", "TUN", "OPP"), A("Saied", "TUN", "GOV"))]),
    ("m06", "https://gnnliberia.com/two-teenagers-killed-in-anti-junta-protests-in-guinea/ (AFP)",
     None, ("CONAKRY", "Conakry", "GIN"),
     "CONAKRY (AFP) - At least two teenagers were killed in Guinea during protests against the ruling military "
     "junta, relatives and organisers said on Sunday. Demonstrators hurled stones at officers in the capital, who "
     "retaliated with tear gas. A 19-year-old was killed by a bullet fired by a member of the security forces in the "
     "suburb of Wanidara, his father said. Police have denied causing any deaths. The junta banned all "
     "demonstrations last week and dissolved the FNDC, the coalition that organised the protests.",
     [E("ASSAULT", None, A("At least two teenagers", "GIN", "CVL"), modality="reported"),
      E("PROTEST", A("Demonstrators", "GIN", "CVL"), A("officers", "GIN", "COP"), mode="riot", instrument="stones"),
      E("COERCE", A("who", "GIN", "COP"), A("Demonstrators", "GIN", "CVL"), mode="restrict", instrument="tear gas"),
      E("ASSAULT", A("a member of the security forces", "GIN"), A("A 19-year-old", "GIN", "CVL"), modality="reported",
        instrument="a bullet"),
      E("ASSAULT", A("Police", "GIN", "COP"), None, modality="negated"),
      E("COERCE", A("The junta", "GIN"), None, mode="ban"),
      E("COERCE", A("The junta", "GIN"), A("the FNDC", "GIN", "OPP"), mode="ban")]),
    ("m07", "https://wsau.com/2020/08/06/tensions-flare-trucks-burn-in-chiles-araucania-region/ (Reuters, 2020-08-06); "
     "https://nationalpost.com/pmn/environment-pmn/tensions-flare-trucks-burn-in-chiles-araucania-region (Reuters)",
     "2020-08-06", ("SANTIAGO, Aug 6", "Santiago", "CHL"),
     "SANTIAGO, Aug 6 (Reuters) - Arsonists burned at least 14 trucks late on Wednesday during an attack on a factory "
     "in Chile's Araucania region, authorities said. A group that says it fights for indigenous rights, Weichan Auka "
     "Mapu, claimed the attack, an investigative police official told reporters. Interior Minister Victor Perez said "
     "the group was well organised and that the attack was premeditated. Last weekend police arrested around 50 "
     "people after clashes near the region's municipal headquarters, where Mapuche protesters had been "
     "demonstrating in support of jailed community members.",
     [E("COERCE", A("Arsonists", "CHL"), None, mode="destroy", modality="reported", obj="at least 14 trucks"),
      E("ASSAULT", A("Weichan Auka Mapu", "CHL", "REB"), None, modality="reported"),
      E("COERCE", A("police", "CHL", "COP"), A("around 50 people", "CHL", "CVL"), mode="arrest"),
      E("PROTEST", A("Mapuche protesters", "CHL", "CVL"), None, mode="demo")]),
    ("m08", "http://bbjdpower.com/c745c195-9d41-45b4-b37a-95d6e11ffe18.html (AAP, quoting AP and the ABC)",
     None, ("PORT MORESBY", "Port Moresby", "PNG"),
     "PORT MORESBY (AAP) - At least 49 people have been killed in a gun battle between warring tribes in Papua New "
     "Guinea's Enga province, police said. A tribe, their allies and mercenaries were on their way to attack a "
     "neighbouring tribe when they were ambushed on Sunday, Acting Superintendent George Kakas said. Police "
     "reinforcements were sent to the scene. Prime Minister James Marape urged the warring tribes to lay down their "
     "weapons.",
     [E("ASSAULT", A("warring tribes", "PNG"), A("At least 49 people", "PNG"), modality="reported"),
      E("ASSAULT", None, A("they", "PNG"), modality="reported"),
      E("MOBILIZE", A("Police reinforcements", "PNG", "COP"), None),
      E("REQUEST", A("Prime Minister James Marape", "PNG", "GOV"), A("the warring tribes", "PNG"))]),
    ("m09", "https://au.sports.yahoo.com/gabonese-military-officers-announce-seized-050347401.html (Reuters, "
     "2023-08-30); https://www.standardmedia.co.ke/business/africa/article/2001480450/gabon-military-declares-new-"
     "leader-puts-president-bongo-under-house-arrest (AP)",
     "2023-08-30", ("LIBREVILLE, Aug 30", "Libreville", "GAB"),
     "LIBREVILLE, Aug 30 (Reuters) - Military officers in Gabon said they had seized power on Wednesday, placing "
     "President Ali Bongo under house arrest shortly after the election body declared him the winner of a third "
     "term. The officers said on television that they had dissolved state institutions and closed the borders. "
     "The United Nations, the African Union and France condemned the coup.",
     [E("COERCE", A("they", "GAB", "MIL"), A(None, "GAB", "GOV"), mode="seize", modality="reported"),
      E("COERCE", A("they", "GAB", "MIL"), A("President Ali Bongo", "GAB", "GOV"), mode="arrest",
        modality="reported"),
      E("COERCE", A("they", "GAB", "MIL"), A("state institutions", "GAB", "GOV"), modality="reported"),
      E("COERCE", A("they", "GAB", "MIL"), None, mode="restrict", modality="reported"),
      E("ACCUSE", A("The United Nations", "IGO"), A(None, "GAB", "MIL"), mode="disapprove"),
      E("ACCUSE", A("the African Union", "IGO"), A(None, "GAB", "MIL"), mode="disapprove"),
      E("ACCUSE", A("France", "FRA"), A(None, "GAB", "MIL"), mode="disapprove")]),
    ("m10", "https://intellinews.com/first-attempt-to-arrest-bosnian-republika-srpska-president-dodik-fails-377922/ "
     "(bne IntelliNews, 2025-04-23); https://knews.media/2025/04/23/conflict-between-the-police-in-bosnia-and-"
     "herzegovina-milorad-dodik-separatist-leader-was-protected-by-serbian-police-by-the-national-police/ "
     "(quoting Reuters, 2025-04-23)",
     "2025-04-23", ("SARAJEVO, April 23", "Sarajevo", "BIH"),
     "SARAJEVO, April 23 - Bosnian state police tried on Wednesday to arrest Milorad Dodik, the president of the "
     "Serb-run Republika Srpska, but were stopped by the entity's own police, a spokeswoman for the State "
     "Investigation and Protection Agency (SIPA) said. SIPA officers went to a government building in East Sarajevo "
     "where Dodik was holding a meeting, but withdrew after members of the Republika Srpska interior ministry warned "
     "them they would use force. Dodik accused SIPA of breaking the law. A state court has issued arrest warrants "
     "for Dodik and two other officials for defying the constitution.",
     [E("COERCE", A("Bosnian state police", "BIH", "COP"), A("Milorad Dodik", "BIH", "GOV"), mode="arrest",
        modality="reported"),
      E("COERCE", A("the entity's own police", "BIH", "COP"), A("Bosnian state police", "BIH", "COP"),
        mode="restrict", modality="reported"),
      E("RETREAT", A("SIPA officers", "BIH", "COP"), None, mode="withdraw"),
      E("THREATEN", A("members of the Republika Srpska interior ministry", "BIH"), A("them", "BIH", "COP"),
        mode="violence"),
      E("ACCUSE", A("Dodik", "BIH", "GOV"), A("SIPA", "BIH", "COP")),
      E("COERCE", A("A state court", "BIH", "JUD"), A("Dodik", "BIH", "GOV"), mode="arrest"),
      E("COERCE", A("A state court", "BIH", "JUD"), A("two other officials", "BIH", "GOV"), mode="arrest")]),
    ("m11", "https://comparemela.com/ampnews/european-union-frontex/3 (Reuters, 2023-11-24); "
     "https://www.worldreportnow.com/news/finland-will-close-its-entire-border-with-russia-over-migrant-concerns/"
     "62505/ (AP)",
     "2023-11-24", ("HELSINKI, Nov 24", "Helsinki", "FIN"),
     "HELSINKI, Nov 24 (Reuters) - Russia must stop sending asylum seekers across its frontier into Finland in what "
     "amounts to a hybrid attack, Finnish Prime Minister Petteri Orpo said on Friday, after the Nordic country shut "
     "all but one of its eight passenger crossings with Russia. Finland accuses Moscow of guiding migrants from the "
     "Middle East and Africa to the border. The Kremlin has denied the accusation.",
     [E("REQUEST", A("Finnish Prime Minister Petteri Orpo", "FIN", "GOV"), A("Russia", "RUS")),
      E("SANCTION", A("the Nordic country", "FIN"), A("Russia", "RUS")),
      E("ACCUSE", A("Finland", "FIN"), A("Moscow", "RUS", "GOV")),
      E("REJECT", A("The Kremlin", "RUS", "GOV"), A(None, "FIN"))]),
    ("m12", "https://indianeconomicobserver.com/news/18-killed-over-200-injured-in-uzbekistan-protest20220705214641 "
     "(ANI, 2022-07-05); https://exbulletin.com/world/1733183/ (Reuters, 2022-07-04)",
     "2022-07-04", ("TASHKENT, July 4", "Tashkent", "UZB"),
     "TASHKENT, July 4 (Reuters) - Eighteen people were killed and 243 injured in unrest last week in Uzbekistan's "
     "autonomous province of Karakalpakstan, the general prosecutor's office said on Monday. Security forces detained "
     "516 people while dispersing the protesters in Nukus, the National Guard said. Protesters had marched through "
     "the provincial capital and tried to seize local government buildings. Aman Sagidullayev, the Norway-based "
     "leader of the pro-independence Alga Karakalpakstan party, accused the government of carrying out a punitive "
     "operation.",
     [E("ASSAULT", None, A("Eighteen people", "UZB"), modality="reported"),
      E("COERCE", A("Security forces", "UZB"), A("516 people", "UZB", "CVL"), mode="arrest", modality="reported"),
      E("COERCE", A("Security forces", "UZB"), A("the protesters", "UZB", "CVL"), mode="restrict",
        modality="reported"),
      E("PROTEST", A("Protesters", "UZB", "CVL"), None, mode="demo"),
      E("PROTEST", A("Protesters", "UZB", "CVL"), A("local government", "UZB", "GOV"), mode="riot",
        obj="local government buildings"),
      E("ACCUSE", A("Aman Sagidullayev", "UZB", "OPP"), A("the government", "UZB", "GOV"))]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev9.jsonl", disjoint_from="wire_args.jsonl")
