"""Writes wire_args_dev12.jsonl: a twelfth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). Like dev7-dev11 it was written and annotated from the reports alone, in the eighteenth
session, before the coder was run on it. Its sha256 is pinned in tests/test_gold_frozen.py, so it stays as first
annotated (a correction is a new set).

Its datelines come from eleven countries that no earlier dev set has as a dateline, and from conflicts and unrest
no earlier wire_args dev set covers: Jamaica (the Tivoli Gardens emergency of May 2010), Timor-Leste (the Dili
crisis of May 2006), Italy (the Green Pass riot in Rome, October 2021), North Macedonia (the storming of the
Sobranie, April 2017), Montenegro (the Cetinje enthronement protest, September 2021), El Salvador (soldiers in the
Legislative Assembly, February 2020), Djibouti (the Ras Doumeira clash with Eritrea, June 2008), Kuwait (the
storming of parliament, November 2011), Fiji (the December 2006 coup), Hungary (the storming of state television,
September 2006) and Bahrain (the Pearl Square raid, February 2011). The stories were chosen for their news, not
for a construction.

Conventions: docs/annotation-guidelines.md ("Arguments"), with the choices of dev10 and dev11 where the guidelines
leave a gap (crowd control COERCE `restrict`; a crowd storming buildings or throwing things at police PROTEST
`riot`, a crowd beating people ASSAULT; a state body or owner named before a site as target; gunmen loyal to a
gang leader, and street gangs, CRM; a seizure of power COERCE `seize` against the government, text null; a
heightened security alert MOBILIZE; severed defence ties SANCTION) and the seventeenth session's ruling on
supporters. A demand that someone resign is a REQUEST with no second event. Every story is a short wire-style
paraphrase of the public report(s) cited as its source, found with a search of stored public pages, keeping
their facts, days and places; the reports stay their publishers'.

First score: see tests/test_gold_frozen.py (recorded before any tuning on it).
Run: python tests/gold/build_wire_args_dev12.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("q01", "https://today.thefinancialexpress.com.bd/print/jamaica-declares-emergency-amid-gang-warfare (AFP, "
     "2010-05-24); http://www.carbonated.tv/news/jamaica-declares (2010-05-24); "
     "http://grognews.blogspot.com/2010/05/gunfight-in-jamaica.html (AP, 2010-05)",
     "2010-05-24", ("KINGSTON, May 24", "Kingston", "JAM"),
     "KINGSTON, May 24 (AFP) - Gunmen loyal to reputed gang leader Christopher \"Dudus\" Coke attacked police "
     "stations in Jamaica's capital on Sunday and torched a police station in Hannah Town. Prime Minister Bruce "
     "Golding imposed a state of emergency in parts of Kingston and vowed tough action against the gangs. Police "
     "urged residents of Tivoli Gardens and Denham Town to leave the two communities. Coke faces a U.S. extradition "
     "request on drug and arms trafficking charges.",
     [E("ASSAULT", A("Gunmen loyal to reputed gang leader Christopher \"Dudus\" Coke", "JAM", "CRM"),
        A("police", "JAM", "COP")),
      E("ASSAULT", A("Gunmen loyal to reputed gang leader Christopher \"Dudus\" Coke", "JAM", "CRM"),
        A("police", "JAM", "COP"), obj="a police station"),
      E("COERCE", A("Prime Minister Bruce Golding", "JAM", "GOV"), None, mode="restrict"),
      E("THREATEN", A("Prime Minister Bruce Golding", "JAM", "GOV"), A("the gangs", "JAM", "CRM")),
      E("REQUEST", A("Police", "JAM", "COP"), A("residents of Tivoli Gardens and Denham Town", "JAM", "CVL"))]),
    ("q02", "http://www.redorbit.com/news/international/518378/timor_gangs_torch_houses_australian_troops_patrol/ "
     "(Reuters, 2006-05-27); http://debat-totalite.org/IDT/Ouvertures/Recueils/Timor_Oriental/06-05_06-Timor_"
     "Oriental.zip (Daily Telegraph and AAP, 2006-05-28)",
     "2006-05-27", ("DILI, May 27", "Dili", "TLS"),
     "DILI, May 27 (Reuters) - Gangs of youths allied to feuding police and army units torched houses and vehicles "
     "in East Timor's capital on Saturday, as Australian and Malaysian peacekeeping troops stepped up patrols. Prime "
     "Minister Mari Alkatiri said the violence was part of an attempted coup. Australian soldiers disarmed two gangs "
     "in front of the Hotel Timor, seizing machetes, knives and spiked poles. The government earlier this week asked "
     "Australia, New Zealand, Portugal and Malaysia to send troops.",
     [E("ASSAULT", A("Gangs of youths allied to feuding police and army units", "TLS", "CRM"), None,
        obj="houses and vehicles"),
      E("ACCUSE", A("Prime Minister Mari Alkatiri", "TLS", "GOV"), None),
      E("COERCE", A("Australian soldiers", "AUS", "MIL"), A("two gangs", "TLS", "CRM"), mode="seize",
        obj="machetes, knives and spiked poles"),
      E("REQUEST", A("The government", "TLS", "GOV"), A("Australia", "AUS")),
      E("REQUEST", A("The government", "TLS", "GOV"), A("New Zealand", "NZL")),
      E("REQUEST", A("The government", "TLS", "GOV"), A("Portugal", "PRT")),
      E("REQUEST", A("The government", "TLS", "GOV"), A("Malaysia", "MYS"))]),
    ("q03", "https://italynews.online/news-from-italy-in-english/riots-over-green-pass-in-rome-party-leaders-arrested/ "
     "(Reuters, 2021-10-10); https://www.brisbanetimes.com.au/world/europe/calls-rise-in-italy-to-ban-pro-fascism-"
     "groups-after-vaccine-rampage-20211011-p58yui.html (AP, 2021-10-10); https://www.bndestem.nl/buitenland/"
     "neofascisten-kapen-italiaanse-onvrede-over-vaccinaties-en-green-pass~a889c795/ (2021-10)",
     "2021-10-10", ("ROME, Oct 10", "Rome", "ITA"),
     "ROME, Oct 10 (Reuters) - Italian police arrested 12 people, including the leaders of the far-right Forza "
     "Nuova party, after protests against the COVID-19 \"Green Pass\" turned violent in Rome on Saturday. A group "
     "of protesters stormed the headquarters of the CGIL trade union and ransacked its offices, while others fought "
     "police guarding Prime Minister Mario Draghi's office. CGIL leader Maurizio Landini called the attack a "
     "fascist assault. Left-leaning lawmakers called on the government to outlaw Forza Nuova.",
     [E("COERCE", A("Italian police", "ITA", "COP"), A("12 people", "ITA", "CVL"), mode="arrest"),
      E("PROTEST", A("A group of protesters", "ITA", "CVL"), A("the CGIL trade union", "ITA"), mode="riot",
        obj="the headquarters"),
      E("PROTEST", A("A group of protesters", "ITA", "CVL"), A("its", "ITA"), mode="riot", obj="offices"),
      E("PROTEST", A("others", "ITA", "CVL"), A("police", "ITA", "COP"), mode="riot"),
      E("ACCUSE", A("CGIL leader Maurizio Landini", "ITA"), A(None, "ITA", "CVL"), mode="disapprove"),
      E("REQUEST", A("Left-leaning lawmakers", "ITA", "LEG"), A("the government", "ITA", "GOV")),
      E("COERCE", A("the government", "ITA", "GOV"), A("Forza Nuova", "ITA", "POL"), mode="ban",
        modality="requested")]),
    ("q04", "http://www.rferl.org/a/macedonia-parliament-stormed/28455888.html (RFE/RL, 2017-04-27); "
     "https://www.tvnz.co.nz/one-news/world/video-protesters-storm-macedonian-parliament-attack-mps-inside (AP, "
     "2017-04-28); https://www.trouw.nl/home/nationalisten-ontlokken-vechtpartij-in-macedonisch-parlement-77-"
     "gewonden-onder-wie-leider-sociaal-democraten~adbf108e/ (2017-04)",
     "2017-04-27", ("SKOPJE, April 27", "Skopje", "MKD"),
     "SKOPJE, April 27 (AP) - Nationalist protesters stormed Macedonia's parliament on Thursday and attacked "
     "lawmakers after an ethnic Albanian, Talat Xhaferi, was elected speaker. The protesters beat opposition Social "
     "Democrat leader Zoran Zaev, who was left bleeding from the forehead. Riot police fired stun grenades and tear "
     "gas at demonstrators outside the building. President Gjorge Ivanov appealed for calm. Many of the protesters "
     "were supporters of former Prime Minister Nikola Gruevski.",
     [E("PROTEST", A("Nationalist protesters", "MKD", "CVL"), A("Macedonia's parliament", "MKD", "LEG"), mode="riot"),
      E("ASSAULT", A("Nationalist protesters", "MKD", "CVL"), A("lawmakers", "MKD", "LEG")),
      E("ASSAULT", A("The protesters", "MKD", "CVL"), A("opposition Social Democrat leader Zoran Zaev", "MKD", "OPP")),
      E("COERCE", A("Riot police", "MKD", "COP"), A("demonstrators", "MKD", "CVL"), mode="restrict",
        instrument="stun grenades and tear gas"),
      E("REQUEST", A("President Gjorge Ivanov", "MKD", "GOV"), None)]),
    ("q05", "https://ctrnn.org/09/05/2021/montenegro-police-fire-teargas-at-protesters-incensed-over-clerics-"
     "enthronement/ (Reuters, 2021-09-05); https://www.thenationalnews.com/world/2021/09/06/montenegro-police-face-"
     "off-with-protesters-over-serbian-church-ceremony/ (2021-09-06)",
     "2021-09-05", ("PODGORICA, Sept 5", "Podgorica", "MNE"),
     "PODGORICA, Sept 5 (Reuters) - Montenegro police used tear gas to disperse hundreds of people protesting in "
     "the town of Cetinje on Sunday against the enthronement of a Serbian Orthodox Church cleric as the country's "
     "religious leader. The demonstrators had thrown rocks, bottles and firecrackers at police as church figures "
     "were flown into the town by helicopter. Prime Minister Zdravko Krivokapic described the attacks on police as "
     "an act of terrorism and blamed President Milo Djukanovic's Democratic Party of Socialists for organising the "
     "protests. Djukanovic's adviser Veselin Veljovic was arrested for taking part in an attack on police, state TV "
     "reported.",
     [E("COERCE", A("Montenegro police", "MNE", "COP"), A("hundreds of people", "MNE", "CVL"), mode="restrict",
        instrument="tear gas"),
      E("PROTEST", A("The demonstrators", "MNE", "CVL"), A("police", "MNE", "COP"), mode="riot",
        instrument="rocks, bottles and firecrackers"),
      E("ACCUSE", A("Prime Minister Zdravko Krivokapic", "MNE", "GOV"), A(None, "MNE", "CVL"), mode="disapprove"),
      E("ACCUSE", A("Prime Minister Zdravko Krivokapic", "MNE", "GOV"),
        A("President Milo Djukanovic's Democratic Party of Socialists", "MNE", "POL")),
      E("COERCE", None, A("Djukanovic's adviser Veselin Veljovic", "MNE", "GOV"), mode="arrest",
        modality="reported")]),
    ("q06", "https://mashviral.com/troops-occupy-el-salvadors-legislature-to-support-the-presidents-crime-package-npr/ "
     "(NPR and AP, 2020-02-10); https://slate.com/news-and-politics/2020/02/el-salvador-president-orders-armed-"
     "soldiers-police-parliament-funding.html (2020-02-10); https://globalmessenger.net/2020/02/11/heavily-armed-"
     "police-and-soldiers-break-into-el-salvador-parliament-for-approval-of-109m-85m-loan-to-better-equip-them "
     "(2020-02-11)",
     "2020-02-09", ("SAN SALVADOR, Feb 9", "San Salvador", "SLV"),
     "SAN SALVADOR, Feb 9 (AP) - Heavily armed soldiers and police briefly occupied El Salvador's Legislative "
     "Assembly on Sunday, in a dispute over a $109 million loan to equip the security forces. President Nayib "
     "Bukele gave lawmakers one week to approve the loan. Speaking to thousands of supporters outside, Bukele "
     "threatened to have opposition lawmakers removed from the chamber. The opposition, which controls the "
     "assembly, accused the president of acting like a dictator. Amnesty International condemned the president's "
     "use of troops in the legislature.",
     [E("COERCE", A("Heavily armed soldiers", "SLV", "MIL"), A("El Salvador's Legislative Assembly", "SLV", "LEG")),
      E("COERCE", A("police", "SLV", "COP"), A("El Salvador's Legislative Assembly", "SLV", "LEG")),
      E("REQUEST", A("President Nayib Bukele", "SLV", "GOV"), A("lawmakers", "SLV", "LEG")),
      E("THREATEN", A("Bukele", "SLV", "GOV"), A("opposition lawmakers", "SLV", "OPP")),
      E("ACCUSE", A("The opposition", "SLV", "OPP"), A("the president", "SLV", "GOV")),
      E("ACCUSE", A("Amnesty International", "NGO"), A("the president's", "SLV", "GOV"), mode="disapprove")]),
    ("q07", "http://associazionechebi.blogspot.com/2008/06/two-dead-in-djibouti-eritrea-border.html (Reuters, "
     "2008-06-11); https://sudantribune.com/article27477 (2008-06-11); https://web.archive.org/web/20080611084000/"
     "http:/english.aljazeera.net/NR/exeres/08F6F498-733D-48AC-B2F5-49E008BBE01B.htm (2008-06-10)",
     "2008-06-11", ("DJIBOUTI, June 11", "Djibouti", "DJI"),
     "DJIBOUTI, June 11 (Reuters) - Two Djiboutian soldiers were killed and 21 wounded when troops clashed with "
     "Eritrean forces along the two countries' border, Djibouti said on Wednesday. Djibouti said the fighting broke "
     "out on Tuesday when Eritrean troops chasing deserters opened fire on Djiboutian units, and its army fired "
     "back. Djibouti called up retired police officers and soldiers. Eritrea's Foreign Ministry accused Djibouti of "
     "trying to drag it into a conflict. In mid-April Djibouti accused Eritrea of digging trenches on the "
     "Djiboutian side of the frontier.",
     [E("ASSAULT", A("troops", "DJI", "MIL"), A("Eritrean forces", "ERI", "MIL"), modality="reported"),
      E("ASSAULT", A("Eritrean troops", "ERI", "MIL"), A("Djiboutian units", "DJI", "MIL"), modality="reported"),
      E("ASSAULT", A("its army", "DJI", "MIL"), A(None, "ERI", "MIL"), modality="reported"),
      E("MOBILIZE", A("Djibouti", "DJI"), None),
      E("ACCUSE", A("Eritrea's Foreign Ministry", "ERI", "GOV"), A("Djibouti", "DJI")),
      E("ACCUSE", A("Djibouti", "DJI"), A("Eritrea", "ERI"))]),
    ("q08", "https://www.reuters.com/article/us-kuwait-protest-idUSTRE7AF2RL20111117 (2011-11-17); "
     "http://uk.reuters.com/article/kuwait-protest-idUKL5E7MG4WG20111116 (2011-11-16); "
     "http://enduringamerica.com/home/tag/bahrain?currentPage=48 (AFP, 2011-11-16)",
     "2011-11-17", ("KUWAIT, Nov 17", "Kuwait City", "KWT"),
     "KUWAIT, Nov 17 (Reuters) - Kuwait's emir ordered security forces on Thursday to take all measures to maintain "
     "public order after the storming of parliament by protesters. Dozens of protesters, including some opposition "
     "lawmakers, forced their way into parliament's debating chamber on Wednesday night after police used batons "
     "against demonstrators marching on the prime minister's residence. The protesters accuse the prime minister, "
     "Sheikh Nasser al-Mohammad al-Sabah, of corruption. Opposition lawmaker Musallam al-Barrak threatened the "
     "government with more protests if it and the assembly were not dissolved.",
     [E("MOBILIZE", A("Kuwait's emir", "KWT", "GOV"), None),
      E("PROTEST", A("Dozens of protesters", "KWT", "CVL"), A("parliament's", "KWT", "LEG"), mode="riot",
        obj="debating chamber"),
      E("COERCE", A("police", "KWT", "COP"), A("demonstrators", "KWT", "CVL"), mode="restrict", instrument="batons"),
      E("ACCUSE", A("The protesters", "KWT", "CVL"), A("the prime minister", "KWT", "GOV")),
      E("THREATEN", A("Opposition lawmaker Musallam al-Barrak", "KWT", "OPP"), A("the government", "KWT", "GOV"))]),
    ("q09", "https://www.jpost.com/international/fiji-military-commander-declares-hes-taken-over-power (AP, "
     "2006-12-05); https://www.aljazeera.com/news/asia-pacific/2006/12/200852512353573888.html (2006-12-05); "
     "http://www.smh.com.au/news/world/coup-leader-invokes-whitlam-sacking/2006/12/05/1165080944969.html "
     "(2006-12-06)",
     "2006-12-05", ("SUVA, Dec 5", "Suva", "FJI"),
     "SUVA, Dec 5 (AP) - Fiji's military commander, Commodore Frank Bainimarama, announced on Tuesday that he had "
     "taken over the government and dismissed Prime Minister Laisenia Qarase, the South Pacific nation's fourth "
     "coup in less than two decades. Armed troops surrounded Qarase's house in the capital. Qarase accused the "
     "military commander of raping the constitution. New Zealand Prime Minister Helen Clark announced that defence "
     "ties with Fiji were being severed, and Australian Prime Minister John Howard said he had refused Qarase's "
     "request for Australian troops.",
     [E("COERCE", A("he", "FJI", "MIL"), A("the government", "FJI", "GOV"), mode="seize", modality="reported"),
      E("COERCE", A("he", "FJI", "MIL"), A("Prime Minister Laisenia Qarase", "FJI", "GOV"), modality="reported"),
      E("COERCE", A("Armed troops", "FJI", "MIL"), A("Qarase's", "FJI", "GOV"), obj="house"),
      E("ACCUSE", A("Qarase", "FJI", "GOV"), A("the military commander", "FJI", "MIL")),
      E("SANCTION", A("New Zealand Prime Minister Helen Clark", "NZL", "GOV"), A("Fiji", "FJI")),
      E("REJECT", A("Australian Prime Minister John Howard", "AUS", "GOV"), A("Qarase's", "FJI", "GOV"),
        modality="reported")]),
    ("q10", "https://investorshub.advfn.com/boards/read_msg.aspx?message_id=13408793 (AP, 2006-09-19); "
     "http://www.foxnews.com/story/2006/09/19/hungary-police-retake-television-building-amid-riots.html (AP, "
     "2006-09-19); https://m.hvg.hu/english/20060919mtv (2006-09-19)",
     "2006-09-19", ("BUDAPEST, Sept 19", "Budapest", "HUN"),
     "BUDAPEST, Sept 19 (AP) - Protesters stormed the headquarters of Hungarian state television early on Tuesday "
     "and briefly forced the channel off the air, in an explosion of anger after Prime Minister Ferenc Gyurcsany "
     "admitted lying about the economy during the election campaign. About 150 people were injured, including 102 "
     "police officers. Police used tear gas and water cannon against the crowd. Gyurcsany condemned the vandalism of the "
     "protesters. The opposition Fidesz party demanded his resignation.",
     [E("PROTEST", A("Protesters", "HUN", "CVL"), A("Hungarian state television", "HUN", "MED"), mode="riot",
        obj="the headquarters"),
      E("PROTEST", A("Protesters", "HUN", "CVL"), A("the channel", "HUN", "MED"), mode="riot"),
      E("COERCE", A("Police", "HUN", "COP"), A("the crowd", "HUN", "CVL"), mode="restrict",
        instrument="tear gas and water cannon"),
      E("ACCUSE", A("Gyurcsany", "HUN", "GOV"), A("the protesters", "HUN", "CVL"), mode="disapprove"),
      E("REQUEST", A("The opposition Fidesz party", "HUN", "OPP"), A("his", "HUN", "GOV"))]),
    ("q11", "https://www.reuters.com/article/us-bahrain/bahrain-police-break-up-protest-camp-three-killed-"
     "idUSTRE71G4DF20110217 (2011-02-17); http://www.kippreport.com/article/two-dead-as-bahrain-police-break-up-"
     "protest-camp/ (Reuters, 2011-02-17); https://www.channel4.com/news/protesters-killed-as-police-storm-bahrain-"
     "demonstration-camp (2011-02-17)",
     "2011-02-17", ("MANAMA, Feb 17", "Manama", "BHR"),
     "MANAMA, Feb 17 (Reuters) - Troops in armoured vehicles took control of Manama on Thursday after riot police "
     "attacked anti-government protesters camped in Pearl Square before dawn, killing three people and wounding "
     "231. Wefaq's parliamentary leader Abdul Jalil "
     "Khalil, of the main Shi'ite opposition bloc, called the raid an atrocity and demanded that the government "
     "resign.",
     [E("MOBILIZE", A("Troops in armoured vehicles", "BHR", "MIL"), None),
      E("ASSAULT", A("riot police", "BHR", "COP"), A("anti-government protesters", "BHR", "CVL")),
      E("ACCUSE", A("Wefaq's parliamentary leader Abdul Jalil Khalil", "BHR", "OPP"), A(None, "BHR", "COP"),
        mode="disapprove"),
      E("REQUEST", A("Wefaq's parliamentary leader Abdul Jalil Khalil", "BHR", "OPP"),
        A("the government", "BHR", "GOV"))]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev12.jsonl", disjoint_from="wire_args.jsonl")
