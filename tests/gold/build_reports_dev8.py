"""Build tests/gold/reports_dev8.jsonl: an eighth DEVELOPMENT set of wire-style conflict and unrest reports for event
dates and admin1 (issue 15), written and annotated in the nineteenth session by a helper that does not tune the coder,
by reading only, before the coder was run on it. Its sha256 is pinned in tests/test_gold_frozen.py.

26 reports from eleven conflicts and crises no earlier reports_dev set covers: the Houthis' cross-border attacks on
Saudi Arabia (Abha airport 2019, Samtah and Najran 2021) and on the United Arab Emirates (Abu Dhabi, January 2022),
the north of Kosovo (the Zvecan municipal-building clashes of May 2023 and the Banjska attack of September 2023), the
Thailand-Cambodia border war of July 2025 (Surin, Si Sa Ket), police raids on Rio de Janeiro's favelas (Jacarezinho
2021, Alemao 2022, Penha and Alemao 2025), the Djibouti-Eritrea border clash of June 2008 (Ras Doumeira), Malawi's
July 2011 protests (Blantyre, Mzuzu, Lilongwe), Estonia's Bronze Night (Tallinn, April 2007), the Lesotho army's move
on Maseru (August 2014), the burning of Guatemala's Congress (November 2020) and Panama's protests against a mining
contract (September and October 2023). Each item is reworded from one cited public page (Italian and Spanish pages
translated): the facts, days and places are the page's, the wording keeps the genre's form. They carry the usual
forms: datelines in another city ("RIYADH:", "Riyadh:", "BANGKOK (July 24):") and in the same ("MASERU - Reuters:"),
year-less datelines ("Guatemala, Nov 21", "July 24 (UPI) --"), "yesterday", "last Friday", "today", weekdays counted
back from the page's day ("on Sunday" in a Monday page), explicit days with and without a year ("on 24 October
2023", "on 19 January", "June 10"), acts told by a noun ("the shootout", "the operation", "clashes", "the burning"),
stray dates that are no event's ("In July last year", "Earlier this month",
"in April 1996"), sentence-initial locatives, and places named by town, district, province or region (Samtah, Mussafah,
Kap Choeng District, Surin Province, Zvecan, Lumbadzi, Tonismagi, Mount Gabla, Chiriqui province).

``date`` on an item is the page's own date (from its URL, metadata, dateline or byline); an item whose page shows no
date has none, and its events keep the day on record for the act the page tells (``year_in_text: false``). An event
whose day the page does not give exactly ("Earlier this month", arrests made over a night of rioting) is scored for
admin1 only; one whose first-level division the page does not make certain (air strikes on "two Cambodian military
targets", arrests in three cities of two provinces) for its date only. Types are PLOVER's (docs/annotation-
guidelines.md, "Dates and places", and "Protest policing and protest violence"): attacks, shootings, shelling and
police raids with gunfire ASSAULT; crowd control with tear gas or stun grenades, arrests, a seizure of buildings
COERCE; riots, arson by crowds and road blocks PROTEST. admin1 is spelled as in the country-state-city package, with
other usual spellings in the alternates: for Malawi the region (the package also lists the districts, given as
alternates); for Kosovo the district; for Djibouti the region (Ras Doumeira, Mount Gabla, is in Obock).

Run: python tests/gold/build_reports_dev8.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import build_rows, write_reports  # noqa: E402

ASIR = ("Asir Region", ["'Asir", "Aseer", "Asir", "Abha"])
JIZAN = ("Jizan Region", ["Jazan Region", "Jazan", "Jizan", "Gizan"])
NAJRAN = ("Najran Region", ["Najran"])
AMANAT = ("Sana'a", ["Amanat Al Asimah", "Amanat al-Asimah", "Sanaa", "Sana'a City"])
ABU_DHABI = ("Abu Dhabi Emirate", ["Abu Dhabi", "Abu Zaby"])
MITROVICA = ("Kosovska Mitrovica District", ["Mitrovica District", "District of Mitrovica", "Mitrovica",
                                             "Mitrovicë"])
SURIN = ("Surin", ["Surin Province", "Changwat Surin"])
SISAKET = ("Si Sa Ket", ["Sisaket", "Srisaket", "Si Sa Ket Province", "Sisaket Province"])
RIO = ("Rio de Janeiro", ["Rio de Janeiro State", "State of Rio de Janeiro", "RJ"])
OBOCK = ("Obock Region", ["Obock"])
MW_SOUTH = ("Southern Region", ["Blantyre District", "Blantyre", "Southern"])
MW_NORTH = ("Northern Region", ["Mzimba District", "Mzimba", "Northern"])
MW_CENTRAL = ("Central Region", ["Lilongwe District", "Lilongwe", "Central"])
HARJU = ("Harju County", ["Harjumaa", "Harju", "Tallinn"])
MASERU = ("Maseru District", ["Maseru"])
GUATEMALA = ("Guatemala Department", ["Guatemala", "Departamento de Guatemala"])
PANAMA = ("Panamá Province", ["Panama Province", "Panama", "Provincia de Panamá"])
CHIRIQUI = ("Chiriquí Province", ["Chiriqui", "Chiriquí"])
NONE = (None, [])

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    # --- Houthi attacks on Saudi Arabia and the United Arab Emirates ---
    ("sau-abha-2019-06-12",
     "http://english.alarabiya.net/en/News/gulf/2019/06/12/Arab-Coalition-Houthi-rocket-targets-Saudi-Abha-airport-26-injured.html",
     "2019-06-12", False,
     "A Houthi cruise missile struck the arrivals hall of Saudi Arabia's Abha International Airport on Wednesday, "
     "injuring 26 civilians, the Arab Coalition said.\n\nEight of the wounded were admitted to hospital, coalition "
     "spokesman Turki al-Malki said in a statement. Among them were three women, a Yemeni, a Saudi and an Indian, and "
     "two Saudi children. The arrivals hall was also damaged.\n\nEarlier on Wednesday, the Houthi-run Masirah TV "
     "reported that the militia had targeted the airport with a cruise missile.",
     [("ASSAULT", "struck", "2019-06-12", "SA", *ASIR)]),
    ("sau-abha-2019-06-23", "http://www.arabnews.com/node/1515066/saudi-arabia", "2019-06-23", False,
     "RIYADH: One person was killed and seven others were injured in a Houthi attack on Saudi Arabia's Abha Airport, "
     "Arab coalition spokesman Col. Turki Al-Maliki said on Sunday.\n\n\"A terrorist attack by the Iranian-backed "
     "Houthi militia took place at Abha international airport, through which thousands of civilian passengers pass "
     "daily. A Syrian national died and seven civilians were wounded,\" the coalition said in a statement carried by "
     "Saudi Press Agency.\n\nEarlier this month, at least 26 people were injured when a Houthi missile fired from "
     "Yemen hit the same airport.",
     [("ASSAULT", "attack#1", "2019-06-23", "SA", *ASIR),
      ("ASSAULT", "hit", None, "SA", *ASIR)]),
    ("sau-samtah-2021-12-24", "https://www.siasat.com/two-killed-after-houthi-projectile-hit-saudi-arabias-jazan-2247711/",
     "2021-12-25", False,
     "Riyadh: A Houthi projectile that hit the Saudi region of Jazan killed two civilians, a Saudi national and a "
     "Yemeni resident, the Saudi-led coalition in Yemen announced on Friday, the Saudi Press Agency reported.\n\nThe "
     "projectile fell in Samtah, a town in Jazan, damaging an industrial workshop, twelve cars and two shops, and "
     "wounding six Saudis and a Bangladeshi resident.\n\nAbout an hour earlier, another Houthi projectile hit Najran, "
     "causing material damage. The coalition said the projectiles were launched from the Yemeni city of Saada.\n\n"
     "The cross-border attacks came after coalition aircraft struck a Houthi military camp in the centre of the "
     "Yemeni capital Sanaa early on Friday.",
     [("ASSAULT", "fell", "2021-12-24", "SA", *JIZAN),
      ("ASSAULT", "hit#2", "2021-12-24", "SA", *NAJRAN),
      ("ASSAULT", "struck", "2021-12-24", "YE", *AMANAT)]),
    ("are-abudhabi-2022-01-17", "https://eturbonews.com/3014547/three-people-killed-in-drone-attack-on-abu-dhabi-airport/",
     "2022-01-17", False,
     "Two Indian nationals and a Pakistani were killed in an apparent drone attack on Abu Dhabi, UAE law enforcement "
     "sources said.\n\nThree fuel trucks exploded in the industrial Mussafah area near storage facilities used by the "
     "oil firm ADNOC, and a minor fire then broke out at a construction site at Abu Dhabi International Airport, "
     "according to Abu Dhabi police. Six people were wounded.\n\nYemen's Houthi militants announced a military "
     "operation \"deep\" in Emirati territory.",
     [("ASSAULT", "attack", "2022-01-17", "AE", *ABU_DHABI)]),
    ("are-musaffah-2022-01-17", "https://armadainternational.com/?p=14835", None, True,
     "In the morning of Monday 17 January 2022, drones and missiles launched from Yemen struck three refuelling "
     "vehicles at an Abu Dhabi National Oil Company (ADNOC) facility in Musaffah. One Pakistani and two Indians were "
     "killed, the official news agency WAM reported.\n\nA Houthi military spokesman said the group had fired a large "
     "number of drones and five missiles at the UAE in what it called Operation Hurricane.\n\nThe Houthi-run "
     "Al-Masirah TV reported that Emirati fighter aircraft of the Saudi-led coalition bombed the Yemeni capital Sanaa "
     "12 times on 19 January.",
     [("ASSAULT", "struck", "2022-01-17", "AE", *ABU_DHABI),
      ("ASSAULT", "bombed", "2022-01-19", "YE", *AMANAT)]),
    # --- north of Kosovo ---
    ("xkx-zvecan-2023-05-26", "https://n1info.hr/english/news/serbian-state-media-police-clash-with-local-serbs-in-kosovo/",
     "2023-05-26", False,
     "Serbian state television RTS said on Friday that Kosovo police clashed with local Serbs in front of the "
     "municipal administration building in Zvecan.\n\nA police vehicle was set on fire, stun grenades were thrown at "
     "the crowd and automatic gunfire was heard, it said. The crowd, mainly local administration staff, had blocked "
     "the entrance to the building after sirens sounded in Kosovska Mitrovica, Zubin Potok and Leposavic.\n\nIn "
     "Leposavic, roadblocks were set up after armoured vehicles appeared in the town.",
     [("ASSAULT", "clashed", "2023-05-26", "XK", *MITROVICA),
      ("PROTEST", "set#1", "2023-05-26", "XK", *MITROVICA),
      ("COERCE", "thrown", "2023-05-26", "XK", *MITROVICA),
      ("PROTEST", "blocked", "2023-05-26", "XK", *MITROVICA),
      ("PROTEST", "set#2", "2023-05-26", "XK", *MITROVICA)]),
    ("xkx-zvecan-2023-05-29", "https://pledgetimes.com/kosovo-protection-force-breaks-up-serbian-protest/",
     "2023-05-29", False,
     "The NATO-led force KFOR broke up a protest by Serbs against new mayors in northern Kosovo. The soldiers used "
     "stun grenades and tear gas on Monday afternoon in front of the municipal office in the village of Zvecan, and "
     "the crowd in turn threw stones, bottles and other objects at them, local media reported. A Serb was injured by "
     "gunfire, the hospital in the nearby town of Mitrovica said.\n\nAbout 300 KFOR soldiers in combat gear had taken "
     "up positions in front of the office in the morning. Kosovo's special police had gained access to the building "
     "last Friday, escorting the new ethnic Albanian mayor, which had already triggered violent protests.",
     [("COERCE", "used", "2023-05-29", "XK", *MITROVICA),
      ("PROTEST", "threw", "2023-05-29", "XK", *MITROVICA),
      ("ASSAULT", "gunfire", "2023-05-29", "XK", *MITROVICA),
      ("COERCE", "gained", "2023-05-26", "XK", *MITROVICA),
      ("PROTEST", "protests", "2023-05-26", "XK", *MITROVICA)]),
    ("xkx-banjska-2023-09-24", "https://www.rnz.co.nz/news/world/498693/kosovo-police-surround-30-gunmen-in-monastery-after-officer-shot",
     "2023-09-25", False,
     "A Kosovo police officer and three gunmen have been killed after about 30 attackers stormed a village in the "
     "north of Kosovo and barricaded themselves in a monastery, police say.\n\nSunday's shooting began at about 3am "
     "local time after police arrived in Banjska, where a blockade had been reported. Officers were attacked from "
     "several positions with \"an arsenal of firearms, including hand grenades and shoulder-fired missiles\", the "
     "police said in a statement.\n\nPrime Minister Albin Kurti urged the gunmen to surrender and blamed "
     "\"Serbia-sponsored criminals\".",
     [("ASSAULT", "attacked", "2023-09-24", "XK", *MITROVICA)]),
    ("xkx-banjska-2023-09-25", "https://pledgetimes.com/kosovo-police-retake-the-monastery-where-attackers-had-taken-refuge-in-banjska/",
     "2023-09-25", False,
     "Kosovo police were still searching on Monday for the gunmen who attacked them in the north of the country.\n\n"
     "On Sunday, a group of dozens of suspected Serbs opened fire on Kosovo police near the village of Banjska, "
     "leaving a police officer and three assailants dead. Late on Sunday, police recaptured the monastery in Banjska "
     "where the gunmen had barricaded themselves, and six people were detained.\n\nThe death toll rose to at least "
     "five on Monday after police found the body of another suspected attacker 1.5 kilometres from the scene.",
     [("ASSAULT", "opened", "2023-09-24", "XK", *MITROVICA),
      ("COERCE", "recaptured", "2023-09-24", "XK", *MITROVICA),
      ("COERCE", "detained", "2023-09-24", "XK", *MITROVICA)]),
    # --- Thailand-Cambodia border war ---
    ("tha-surin-2025-07-24", "https://www.bangkokpost.com/learning/advanced/3074997/thai-air-strikes-hit-two-cambodian-targets",
     "2025-07-24", False,
     "Thailand carried out air strikes on Cambodia on Thursday, hitting two military targets, as the border conflict "
     "between the two countries intensified, the army said.\n\nSix F-16 fighter jets took off late on Thursday "
     "morning from Ubon Ratchathani province and hit two \"Cambodian military targets on the ground\". The strikes "
     "came a few hours after Cambodian soldiers opened fire on a Thai military base in the northeastern province of "
     "Surin.\n\nIn Si Sa Ket province, Cambodian forces fired BM-21 rockets at the Don Tuan temple ruins at 9.40am, "
     "Thailand said. The Interior Ministry said civilians were being evacuated from border areas of four provinces.",
     [("ASSAULT", "strikes#1", "2025-07-24", "KH", *NONE),
      ("ASSAULT", "opened", "2025-07-24", "TH", *SURIN),
      ("ASSAULT", "fired", "2025-07-24", "TH", *SISAKET)]),
    ("tha-kapchoeng-2025-07-24", "https://www.upi.com/Top_News/World-News/2025/07/24/thailand-Cambodia-fighting/3281753334440/",
     "2025-07-24", False,
     "July 24 (UPI) -- Cambodia and Thailand exchanged attacks on Thursday morning as tensions over their disputed "
     "border turned deadly.\n\nAt least three Thai citizens were injured when two BM-21 rockets launched from "
     "Cambodia hit a community area within the Border Development Center in Kap Choeng District, Surin Province, at "
     "9:40 a.m. local time, the Royal Thai Army said. Residents were evacuated from the area.\n\nThailand's 2nd "
     "Regional Military Command reported clashes all along the front lines with small arms and heavy weapons.",
     [("ASSAULT", "hit", "2025-07-24", "TH", *SURIN)]),
    ("tha-sisaket-2025-07-24", "https://www.daily8.com/en/article/69c823e6f5fce59b5c070f3a0388bf9c", None, False,
     "BANGKOK (July 24): Thailand and Cambodia fought their bloodiest clashes in more than a decade today, with at "
     "least 12 people killed as the two sides battled with tanks, artillery and ground forces over a disputed border "
     "zone.\n\nThe Thai public health ministry said one soldier and at least 11 civilians were killed, most of them in "
     "a rocket strike near a petrol station in Sisaket province. Provincial officials said most of the dead were "
     "students inside a convenience store attached to the station.\n\nThe border dispute flared into bloody clashes "
     "more than 15 years ago and again in May, when a Cambodian soldier was killed in a firefight.",
     [("ASSAULT", "strike", "2025-07-24", "TH", *SISAKET)]),
    # --- police raids in Rio de Janeiro ---
    ("bra-jacarezinho-2021-05-06", "https://www.ilgazzettino.it/esteri/sparatoria_favela_rio_de_janeiro_brasile_morti_polizia_cosa_e_successo_oggi-5944833.html",
     None, False,
     "A police operation against organised crime in Jacarezinho, a favela of Rio de Janeiro, has ended in bloodshed. "
     "At least 23 people died in the shootout, and a police officer was among the victims, the G1 portal reported. "
     "Several people were wounded, including two passengers hit by bullets in a metro carriage passing near the "
     "favela.\n\nJacarezinho is known as a base of the Comando Vermelho criminal group. In July last year Brazil's "
     "supreme court suspended police operations in the favelas during the pandemic, except in \"absolutely "
     "exceptional cases\".",
     [("ASSAULT", "shootout", "2021-05-06", "BR", *RIO)]),
    ("bra-alemao-2022-07-21", "https://www.tn23.tv/violenta-incursion-policial-en-una-favela-de-rio-de-janeiro/", None,
     False,
     "A police officer and two other people were killed and a woman was wounded in a police raid on the Complexo do "
     "Alemao in Rio de Janeiro, police said in a statement. The newspaper O Globo reported that the woman later died "
     "in a nearby hospital.\n\nPolice said the raid targeted a gang that stole vehicles and robbed banks. The "
     "operation began at dawn on Thursday and was still going on at midday, with about 400 officers backed by four "
     "helicopters and ten armoured vehicles.\n\nMonths ago the Supreme Court set conditions for police raids in Rio's "
     "favelas after a raid on Jacarezinho in 2021 in which 28 people died.",
     [("ASSAULT", "raid#1", "2022-07-21", "BR", *RIO)]),
    ("bra-penha-2025-10-28", "https://localnewswave.com/article/1035873319122202624", None, False,
     "At least 64 people were killed, among them four police officers, and 81 were detained during a major operation "
     "against the Comando Vermelho gang in the Alemao and Penha complexes in the north of Rio de Janeiro, the state "
     "government said.\n\nMore than 2,500 security agents set out to serve 100 arrest warrants, using helicopters, 32 "
     "armoured vehicles and demolition vehicles. When the teams reached the favelas before dawn, the traffickers "
     "answered with gunfire and burning barricades. Forty-five schools were closed.",
     [("ASSAULT", "operation", "2025-10-28", "BR", *RIO),
      ("COERCE", "detained", "2025-10-28", "BR", *RIO)]),
    # --- Djibouti-Eritrea border ---
    ("dji-rasdoumeira-2008-06-10", "https://web.archive.org/web/20080611084000/http:/english.aljazeera.net/NR/exeres/08F6F498-733D-48AC-B2F5-49E008BBE01B.htm",
     "2008-06-10", True,
     "TUESDAY, JUNE 10, 2008 - Troops from Djibouti and Eritrea have fired shots at each other along their shared "
     "border, the Djiboutian military said in a statement.\n\nThe clashes took place on Tuesday in the Ras Doumeira "
     "area. \"During the pursuit of an Eritrean deserter, the Eritrean military opened fire on our units at around "
     "12:30,\" the army said. \"The Djiboutian armed forces retaliated with their weapons.\"\n\nIn April 1996 the two "
     "countries almost went to war after a Djibouti official accused Eritrea of shelling the town of Ras Doumeira.",
     [("ASSAULT", "clashes", "2008-06-10", "DJ", *OBOCK),
      ("ASSAULT", "opened", "2008-06-10", "DJ", *OBOCK),
      ("ASSAULT", "retaliated", "2008-06-10", "DJ", *OBOCK)]),
    ("dji-gabla-2008-06-11", "https://sudantribune.com/article27477", "2008-06-11", True,
     "June 11, 2008 (DJIBOUTI) - Djibouti called up retired police and soldiers on Wednesday after a clash with "
     "Eritrean troops killed at least two and wounded 21 others on their shared border.\n\nFighting continued on "
     "Wednesday in the Mount Gabla area of northern Djibouti, the Defence Ministry said. Mount Gabla, also known as "
     "Ras Doumeira, overlooks the Bab al-Mandib straits.\n\nIn mid-April, Djibouti accused Eritrea of digging trenches "
     "and building fortifications on the Djiboutian side of the frontier.",
     [("ASSAULT", "Fighting", "2008-06-11", "DJ", *OBOCK)]),
    # --- Malawi, July 2011 ---
    ("mwi-blantyre-2011-07-20", "http://rockthetruth2.blogspot.com/2011/08/malawians-on-march.html", "2011-07-21", True,
     "July 21, 2011 - BLANTYRE, Malawi (AP) - One person died and several others were injured as anti-government "
     "demonstrations turned violent yesterday and police fired tear gas and rubber bullets, police said.\n\nMalawians "
     "said they were protesting against fuel and foreign exchange shortages and bad governance. Thousands took to the "
     "streets despite a High Court injunction.\n\nThe Reverend Mezuwa Banda said he picked up two people in Mzuzu who "
     "had been shot by police with live ammunition.",
     [("COERCE", "fired", "2011-07-20", "MW", *MW_SOUTH),
      ("ASSAULT", "shot", "2011-07-20", "MW", *MW_NORTH)]),
    ("mwi-lilongwe-2011-07-21", "https://aseannow.com/topic/484741-at-least-9-killed-in-malawi-anti-government-protests",
     "2011-07-21", False,
     "LILONGWE, MALAWI (BNO NEWS) -- The death toll in Malawi's anti-government protests has risen to nine, officials "
     "said Thursday.\n\nThe latest killings were in Lilongwe, where a protester was shot dead in Lumbadzi near the "
     "Kamuzu International Airport. On Wednesday, at least seven people were killed and 10 injured in the northern "
     "city of Mzuzu.\n\nAngry protesters attacked and beat police officers and damaged police vehicles, and police "
     "answered with rubber and live bullets, police spokeswoman Norah Chimwala said.",
     [("ASSAULT", "shot", None, "MW", *MW_CENTRAL),
      ("ASSAULT", "killed", "2011-07-20", "MW", *MW_NORTH),
      ("PROTEST", "attacked", "2011-07-20", "MW", *MW_NORTH),
      ("ASSAULT", "answered", "2011-07-20", "MW", *MW_NORTH)]),
    # --- Estonia, Bronze Night ---
    ("est-tallinn-2007-04-26", "https://www.baltictimes.com/news/articles/17774/", "2007-04-28", False,
     "Violence broke out in Tallinn on the night of April 26 after skirmishes between police and several hundred "
     "people, mainly Russian-speaking youths, who had gathered to protest against excavation work at the site of the "
     "Bronze Soldier monument.\n\nAt least 44 rioters and 13 police officers were injured, BNS reported, and at least "
     "300 arrests were made.\n\nMost of the vandalism came after midnight, after police, first with light and sound "
     "grenades and later with tear gas canisters, dispersed the protesters from the Tonismagi area near the "
     "monument.",
     [("PROTEST", "skirmishes", "2007-04-26", "EE", *HARJU),
      ("COERCE", "arrests", None, "EE", *HARJU),
      ("COERCE", "dispersed", None, "EE", *HARJU)]),
    # --- Lesotho, August 2014 ---
    ("lso-maseru-2014-08-30", "https://mg.co.za/article/2014-08-30-lesotho-pm-flees-to-sa-confirms-military-coup/",
     "2014-08-30", False,
     "Lesotho Prime Minister Tom Thabane confirmed on Saturday that the military had seized power and that he had fled "
     "to neighbouring South Africa in fear of his life.\n\nLesotho's military took control of police headquarters "
     "and the prime minister's residence in the capital Maseru in the early hours of Saturday, but later withdrew, a "
     "government minister told AFP.",
     [("COERCE", "took", "2014-08-30", "LS", *MASERU)]),
    ("lso-statehouse-2014-08-30", "https://www.hurriyetdailynews.com/lesotho-pm-says-army-attempted-coup-military-denies-71110",
     None, False,
     "MASERU - Reuters: Lesotho's Prime Minister Thomas Thabane on Aug. 30 accused his country's army of attempting a "
     "coup against him; the military denied it and said its soldiers had returned to barracks.\n\nGunfire was heard "
     "in Maseru, and army units occupied police headquarters and surrounded the prime minister's residence, residents "
     "and diplomats said.",
     [("COERCE", "occupied", "2014-08-30", "LS", *MASERU)]),
    # --- Guatemala, November 2020 ---
    ("gtm-congress-2020-11-21", "https://www.efe.com/efe/english/world/thousands-protest-against-guatemalan-govt-set-fire-to-congress/50000262-4400650",
     "2020-11-22", False,
     "Guatemala, Nov 21 (EFE) - Thousands of people protested against the government of President Alejandro "
     "Giammattei in a series of rallies that culminated in the burning of part of the Congress building and the "
     "dispersal of protesters with tear gas.\n\nPolice clashed with protesters in front of the burning building, "
     "while an aerial view showed crowds gathering in the Plaza de la Constitucion.",
     [("PROTEST", "burning#1", "2020-11-21", "GT", *GUATEMALA),
      ("COERCE", "dispersal", "2020-11-21", "GT", *GUATEMALA),
      ("ASSAULT", "clashed", "2020-11-21", "GT", *GUATEMALA)]),
    ("gtm-congress-2020-11-21-b", "https://pysnnoticias.com/manifestantes-incendian-congreso-de-guatemala/", None,
     False,
     "Hundreds of protesters broke into Guatemala's Congress on Saturday, smashed windows and set fire to several "
     "offices, in a protest against the approval of the 2021 state budget and with calls for President Alejandro "
     "Giammattei to resign.\n\nThe protests were eventually dispersed by police with tear gas, and firefighters put "
     "out the fire. No deputy was in the building. Twenty-two people were detained and at least 20 injured.",
     [("PROTEST", "broke", "2020-11-21", "GT", *GUATEMALA),
      ("COERCE", "dispersed", "2020-11-21", "GT", *GUATEMALA),
      ("COERCE", "detained", "2020-11-21", "GT", *GUATEMALA)]),
    # --- Panama, 2023 ---
    ("pan-transistmica-2023-09-07", "https://newsroompanama.com/?p=13830", None, True,
     "Agents of the National Police's Crowd Control Unit and students clashed on the evening of Thursday, September "
     "7, 2023.\n\nUniversity of Panama students went out again to reject the draft mining contract under discussion "
     "in the National Assembly. They blocked the Transistmica highway and Manuel Espinosa Batista Avenue. The police "
     "responded with tear gas, and the protesters, their faces covered, threw stones.",
     [("PROTEST", "blocked", "2023-09-07", "PA", *PANAMA),
      ("COERCE", "responded", "2023-09-07", "PA", *PANAMA),
      ("PROTEST", "threw", "2023-09-07", "PA", *PANAMA)]),
    ("pan-chiriqui-2023-10-25", "https://www.steningsimpson.com.au/events/demonstrations-continue-13/", None, True,
     "As of 25 October 2023, demonstrators protesting against the government's renewal of a mining contract with "
     "First Quantum Minerals kept up roadblocks on the Pan-American Highway and on roads in Chiriqui province for the "
     "third day.\n\nOn 24 October 2023, clashes between protesters and police continued in several cities. In Panama "
     "City, demonstrators set fire to a bus station near the University of Panama. Security personnel arrested 50 "
     "protesters in Colon, Garzas de Pacora and the capital, and at least five police officers were injured.",
     [("PROTEST", "roadblocks", "2023-10-25", "PA", *CHIRIQUI),
      ("PROTEST", "fire", "2023-10-24", "PA", *PANAMA),
      ("COERCE", "arrested", "2023-10-24", "PA", *NONE)]),
]


def build() -> list[dict]:
    return build_rows(ITEMS)


if __name__ == "__main__":
    write_reports(build(), "reports_dev8.jsonl")
