"""Build tests/gold/reports_dev5.jsonl: a fifth DEVELOPMENT set of wire-style conflict reports for event dates
and admin1 (issue 15), written and annotated in the fifteenth session before the coder was run on it.

31 reports from conflicts and regions no earlier dev set covers: India's Manipur (the 2023-24 Meitei-Kuki
violence), Sierra Leone's August 2022 protests, Kazakhstan's January 2022 unrest, South Africa's July 2021
KwaZulu-Natal riots, Northern Ireland's 2009, 2010 and 2021 riots, Indonesia's Aceh war (2001-2003), Eswatini's
2021 protests, Nicaragua's 2018 protests, New Caledonia's May 2024 riots and Russia's Kabardino-Balkaria
insurgency. Each item is reworded from one cited public page: the facts, days and places are the page's, the
wording keeps the genre's form. They were taken as the search for each conflict returned them, not chosen for
a form; they carry the usual ones: datelines in another city, region or country ("Guwahati:" for Manipur,
"Prague, 13 October 2005 (RFE/RL)" and "Brussels 06.01.2022" for Kazakhstan), "yesterday" and "last night" in
a next-day paper, "yesterday" and "today" inside quotations, acts told by a noun ("came under attack", "Sunday
night's attack", "heavy fighting", "near-simultaneous attacks", "The clash began late Monday"), a day in
parentheses ("on Friday (9 July)"), stray dates that are no event's ("in June 2004", "since April 18"), and
places named only by district, regency, upazila-like units or suburbs (Bishnupur district, Bireuen district,
Pidie regency, Matsapha, Dumbea, Plum, Tullyally, Newtownabbey).

``date`` on an item is the page's own date (from its URL, metadata, dateline or byline; where the page shows
none, the day its own text fixes: "police said on Wednesday" for an event "late on Tuesday night" in Manipur,
the Twelfth held a day late in 2009); an event whose day the page does not give is scored for admin1 only.
Items whose text gives no year say ``year_in_text: false``. Clashes, shootings, bombings, ambushes, raids, arson
and looting are ASSAULT events. admin1 is spelled as in the country-state-city package, with other usual
spellings in the alternates; Northern Ireland is the package's own entry, with the council in the alternates;
New Caledonia, which the package lacks, is given by GeoNames' province ("South Province").

Run: python tests/gold/build_reports_dev5.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import build_rows, write_reports  # noqa: E402

MANIPUR = ("Manipur", [])
SL_WEST = ("Western Area", ["Western Area Urban", "Western Province"])
SL_NORTH = ("Northern Province", ["North West Province", "Northern"])
ALMATY = ("Almaty", ["Almaty City", "Alma-Ata"])
AKTOBE = ("Aktobe Region", ["Aktobe", "Aqtobe", "Aqtobe Region"])
KZN = ("KwaZulu-Natal", ["KZN"])
NIRL = ("Northern Ireland", [])
NIRL_BELFAST = ("Northern Ireland", ["Belfast district"])
NIRL_DERRY = ("Northern Ireland", ["Derry City and Strabane", "Derry City Council"])
NIRL_NEWTOWNABBEY = ("Northern Ireland", ["Antrim and Newtownabbey", "Newtownabbey Borough Council"])
ACEH = ("Aceh", ["Nanggroe Aceh Darussalam"])
HHOHHO = ("Hhohho District", ["Hhohho"])
MASAYA = ("Masaya Department", ["Masaya"])
NC_SOUTH = ("South Province", ["Province Sud", "Southern Province", "Province des Sud"])
KBR = ("Kabardino-Balkar Republic", ["Kabardino-Balkaria"])
DAGESTAN = ("Republic of Dagestan", ["Dagestan"])
CHECHNYA = ("Chechen Republic", ["Chechnya"])

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    ("ind-ningthoukhong-2024-01-18", "https://nenow.in/north-east-news/manipur-father-son-among-three-killed-by-militants-in-bishnupur.html",
     "2024-01-18", False,
     "Imphal: A father and his son were among three villagers killed by armed men at Ningthoukhong Kha Khunou in "
     "Manipur's Bishnupur district at around 4 pm on Thursday, the police said.\n\nAbout five unknown armed men "
     "waylaid the three while they were fetching water at a water supply tank and shot them from short range. The "
     "killers then fled towards the hills bordering Churachandpur district, police said.\n\nTension ran high around "
     "the Ningthoukhong bazaar after the killings, and a large number of people, mostly women, staged a protest "
     "demanding justice.",
     [("ASSAULT", "killed", "2024-01-18", "IN", *MANIPUR),
      ("PROTEST", "protest", None, "IN", *MANIPUR)]),
    ("ind-khujuma-2023-07-02", "https://www.canindia.com/militants-kill-3-village-defence-force-volunteers-in-manipur-26/",
     "2023-07-02", False,
     "At least three Village Defence Force volunteers were gunned down and five others shot at in Khujuma Tabi "
     "village in Manipur's Bishnupur district when militants attacked the village in the early hours of Sunday, "
     "officials said.\n\nThe volunteers, who had been guarding the village amid the ethnic violence between the "
     "Meitei and Kuki communities, were asleep when they were attacked, the officials in Imphal said. Security "
     "personnel have launched a combing operation to nab the militants.\n\nManipur Governor Anusuiya Uikey on "
     "Saturday urged people of all communities to help the government restore peace.",
     [("ASSAULT", "gunned", "2023-07-02", "IN", *MANIPUR)]),
    ("ind-khamenlok-2023-06-13", "https://www.freepressjournal.in/india/manipur-violence-at-least-9-killed-another-25-injured-in-imphals-khamelock-village-in-fresh-firing-incident",
     "2023-06-14", False,
     "At least nine villagers were killed and 25 others injured when suspected militants attacked Khamelock village "
     "in Imphal East district and fired indiscriminately, police said on Wednesday.\n\nA police official said that "
     "heavily armed militants attacked the village late on Tuesday night and fired on the villagers with automatic "
     "weapons. The victims were either sleeping or had just finished their dinner.\n\nThree people were killed and "
     "two others injured in a village in Manipur on June 9 when a group of insurgents dressed as security "
     "personnel called them out of their homes on the pretext of a combing operation and fired at them, officials "
     "said. The incident took place in Khoken village on the border of Kangpokpi and Imphal West districts.",
     [("ASSAULT", "attacked#1", "2023-06-13", "IN", *MANIPUR),
      ("ASSAULT", "killed#2", "2023-06-09", "IN", *MANIPUR)]),
    ("ind-kumbi-2023-07-02", "https://nenow.in/north-east-news/manipur/manipur-kuki-militants-gun-down-three-meiteis-in-kumbi.html",
     "2023-07-02", False,
     "Guwahati: Three people of the Meitei community were gunned down by suspected Kuki militants in Manipur's "
     "Bishnupur district on Sunday.\n\nThe incident took place at Khujuma Tabi village in the Kumbi area at 12:10 "
     "a.m. on Sunday. Additional police personnel have been rushed to the area.\n\nThe victims were guarding the "
     "village. The clashes, which started on May 3, have so far claimed about 160 lives. The Indian Air Force "
     "airlifted 10 companies of central forces to the state on Saturday night.",
     [("ASSAULT", "gunned", "2023-07-02", "IN", *MANIPUR)]),
    ("sle-freetown-2022-08-10", "http://namnewsnetwork.org/?p=187236", "2022-08-11", False,
     "FREETOWN, Aug 11 (NNN-AGENCIES) - Two police officers were killed in Sierra Leone after a protest against "
     "economic hardship descended into clashes between security forces and youths demanding the president resign, "
     "police said.\n\n\"Two police officers, a male and a female, were mobbed to death by protesters at the east end "
     "of Freetown this Wednesday morning,\" police spokesman Brima Kamara said. Dozens of protesters had been "
     "arrested, police said.\n\nIn the Kissy neighbourhood in the east of the capital, demonstrators threw rocks "
     "and sticks at security forces, who fired tear gas. Demonstrations were also held in the city of Makeni and "
     "the town of Magburuka in the country's Northern Province.",
     [("ASSAULT", "mobbed", "2022-08-10", "SL", *SL_WEST),
      ("PROTEST", "Demonstrations", None, "SL", *SL_NORTH)]),
    ("sle-kamakwie-2022-08-10", "https://www.devdiscourse.com/article/law-order/2140715-six-police-officers-killed-in-sierra-leone-protests",
     "2022-08-11", False,
     "Six police officers were killed in anti-government protests in northern and western Sierra Leone on "
     "Wednesday, the head of police said on Thursday.\n\nTwo officers were killed in the capital, Freetown, three "
     "died in the northern town of Kamakwie and one in the northern city of Makeni, police inspector general "
     "William Fayia Sellu told Reuters. At least two civilians also died in coastal Freetown.\n\nHundreds of "
     "protesters threw rocks and burned tyres in the streets. The internet was shut down on Wednesday and the "
     "government imposed a 3 p.m. curfew.",
     [("ASSAULT", "killed#2", "2022-08-10", "SL", *SL_WEST),
      ("ASSAULT", "died#1", "2022-08-10", "SL", *SL_NORTH)]),
    ("kaz-almaty-2022-01-05a", "https://www.taipeitimes.com/News/front/archives/2022/01/06/2003770830", "2022-01-06", False,
     "AFP, ALMATY, Kazakhstan\n\nPeople yesterday stormed the mayor's office in Kazakhstan's largest city, Almaty, "
     "amid protests over a hike in energy prices.\n\nPolice fired stun grenades and tear gas at a crowd of several "
     "thousand people, some armed with batons and shields seized from police, but could not stop the protesters "
     "from entering the building, a correspondent said.\n\nThousands took to the streets in Almaty and in Mangystau "
     "Province, saying the price rise was unfair given Kazakhstan's vast energy reserves.",
     [("PROTEST", "stormed", "2022-01-05", "KZ", *ALMATY),
      ("ASSAULT", "fired", "2022-01-05", "KZ", *ALMATY)]),
    ("kaz-almaty-2022-01-05b", "https://thebulletin.news/newsdesk/protesters-in-almaty-storm-mayors-office/", "2022-01-05", False,
     "ALMATY/JAN. 5 (The Bulletin) - Anti-government protesters stormed the Almaty mayor's office and the office of "
     "the ruling Nur Otan party on Wednesday, an escalation of demonstrations against fuel price rises that have "
     "shaken Kazakhstan over the past few days.\n\nBulletin correspondents said police dressed in military fatigues "
     "had fired rubber bullets at the protesters.\n\nThe government has imposed a state of emergency in Nur-Sultan, "
     "adding to those already in force in Almaty and West Kazakhstan.",
     [("PROTEST", "stormed", "2022-01-05", "KZ", *ALMATY),
      ("ASSAULT", "fired", "2022-01-05", "KZ", *ALMATY)]),
    ("kaz-aqtobe-2022-01-05", "https://timesca.com/kazakhstan-demonstrators-storm-almaty-mayor-s-office-as-protests-intensify/",
     "2022-01-05", False,
     "ALMATY - Protesters and police have clashed in several of Kazakhstan's main cities as demonstrations over a "
     "steep rise in fuel prices intensify. In Almaty, hundreds of protesters, some armed with rubber truncheons, "
     "stormed the mayor's office on January 5 amid volleys of tear gas and stun grenades, RFE/RL's Kazakh Service "
     "reported.\n\nThe protests erupted in the western region of Mangystau three days ago over a sudden rise in the "
     "price of liquefied petroleum gas.\n\nViolence was also reported in the northern city of Aqtobe, where police "
     "fired tear gas at protesters who tried to enter the regional government building by force.",
     [("PROTEST", "stormed", "2022-01-05", "KZ", *ALMATY),
      ("ASSAULT", "fired", None, "KZ", *AKTOBE)]),
    ("kaz-almaty-2022-01-06", "https://europediplomatic.com/2022/01/06/kazakhstan-killed-protesters-in-morgues/", "2022-01-06", True,
     "Brussels 06.01.2022 - \"Dozens\" of protesters were killed by police on Wednesday night, 5-6 January, as they "
     "tried to seize administrative buildings in Almaty, Kazakhstan, police said.\n\n\"Last night, extremist forces "
     "tried to storm administrative buildings, the Almaty city police department, as well as local departments and "
     "police stations,\" police spokesman Saltanat Azirbek was quoted as saying by Interfax-Kazakhstan.\n\n"
     "Demonstrations across Kazakhstan started on Sunday, January 2, over a near-doubling of liquid gas prices.",
     [("ASSAULT", "killed", "2022-01-05", "KZ", *ALMATY)]),
    ("zaf-pietermaritzburg-2021-07-12", "https://mg.co.za/news/2021-07-12-all-public-transport-in-kzn-stops-as-looting-spreads/",
     "2021-07-12", True,
     "12 July 2021 - Widespread looting of shops and attacks on shopping malls continued in parts of KwaZulu-Natal "
     "on Monday, as the province bore the brunt of the violence that broke out after the imprisonment of former "
     "president Jacob Zuma last week.\n\nA major shopping centre in Pietermaritzburg, the newly built Brookside "
     "Mall, was burned and looted on Monday morning, while roads in and out of the provincial capital were blocked "
     "for several hours.\n\nLooting was also reported at Eshowe in the Umlalazi local municipality, with police "
     "arresting several people for attacking a supermarket in the centre of the town.",
     [("ASSAULT", "burned", "2021-07-12", "ZA", *KZN),
      ("ARREST", "arresting", "2021-07-12", "ZA", *KZN)]),
    ("zaf-richards-bay-2021-07-12", "https://www.dfa.co.za/south-african-news/death-toll-rises-amid-riots-and-looting-in-kzn-gp-b623fe73-8628-4213-bbc7-9d8eee7722b8/",
     "2021-07-13", False,
     "DURBAN - From a matric pupil to the elderly, more than 30 people have been killed during the protests and "
     "looting in KwaZulu-Natal and Gauteng.\n\nOn Tuesday morning, KZN Premier Sihle Zikalala said 26 people had "
     "been killed in the province, including people who died in stampedes during the looting.\n\nIt is alleged that "
     "those killed between Sunday night and Monday morning were shot by police officers or private security "
     "companies. According to reports, a matric pupil was shot dead, allegedly by police, at a protest in "
     "Richards Bay, northern KZN, on Monday.",
     [("ASSAULT", "shot#2", "2021-07-12", "ZA", *KZN)]),
    ("zaf-cornubia-2021-07-12", "https://diplomaticinfo.com/?p=7721", "2021-07-13", False,
     "Chaos and looting reigned in Durban and its surrounding areas after rioters breached the perimeter of the "
     "Massmart distribution centre in Riverhorse Valley on Monday night.\n\nDespite the announcement that soldiers "
     "would be deployed in the city, people streamed in and out of the warehouse on Tuesday morning. \"It is still "
     "being looted now,\" Rob Thomson, the KwaZulu-Natal director of the property company Zenprop, said on Tuesday "
     "morning.\n\n\"Another of our buildings, the LG television production facility in Cornubia up the road, was "
     "torched and gutted yesterday,\" he said.",
     [("ASSAULT", "breached", "2021-07-12", "ZA", *KZN),
      ("ASSAULT", "torched", "2021-07-12", "ZA", *KZN)]),
    ("zaf-durban-2021-07-09", "https://www.defenceweb.co.za/security/civil-security/residents-lock-down-suburbs-in-durban-as-chaos-unfolds/",
     "2021-07-15", False,
     "KwaZulu-Natal is enduring the worst looting in the province's history, with key port and trucking operations "
     "at an almost complete standstill.\n\nThe protests were first ignited by former president Jacob Zuma being "
     "sentenced to jail. Trucks were set alight on a Durban highway on Friday (9 July), and since then warehouses, "
     "shopping centres, a chemical plant, cars and tyres in the roads have been set alight.\n\nAt the time of "
     "publishing, 72 people have died and 1 700 have been arrested.",
     [("ASSAULT", "set#1", "2021-07-09", "ZA", *KZN)]),
    ("gbr-newtownabbey-2021-04-03", "https://www.lbc.co.uk/news/police-attacked-petrol-bombs-another-night-riots-northern-ireland-belfast/",
     "2021-04-04", True,
     "4 April 2021 - Police in Northern Ireland had around 30 petrol bombs thrown at them in what has been called an "
     "\"orchestrated attack\" during a further night of disorder.\n\nOfficers were attacked in Newtownabbey on the "
     "outskirts of Belfast on Saturday, following violent scenes in the city's Sandy Row area and in Londonderry on "
     "Friday.\n\nPolice said the disorder in Derry continued for a fifth night on Friday, when 12 officers were "
     "injured by a large group throwing bottles, fireworks, masonry and petrol bombs. One man, aged 47, was "
     "arrested.",
     [("ASSAULT", "attacked", "2021-04-03", "GB", *NIRL_NEWTOWNABBEY),
      ("ASSAULT", "injured", "2021-04-02", "GB", *NIRL_DERRY)]),
    ("gbr-bogside-2010-07-13", "https://www.bbc.co.uk/news/10627838", "2010-07-14", False,
     "Four petrol bombs were thrown during a disturbance in Londonderry during the early hours of Wednesday morning."
     "\n\nThe petrol bombs were thrown at a police vehicle in Westland Street in the Bogside area at around 0030 "
     "BST. No one was injured.\n\nOn Tuesday, a senior police officer described the rioting in the Bogside on "
     "Monday night and Tuesday morning as among \"the worst in a decade\". A masked gunman fired shots at police "
     "shortly after 0100 BST on Tuesday.",
     [("ASSAULT", "thrown#1", "2010-07-14", "GB", *NIRL_DERRY),
      ("ASSAULT", "fired", "2010-07-13", "GB", *NIRL_DERRY)]),
    ("gbr-ardoyne-2009-07-14", "http://www.independent.co.uk/news/uk/crime/rioters-in-northern-ireland-launch-further-attacks-on-police-1746767.html",
     "2009-07-15", False,
     "Police again came under attack from rioters in Northern Ireland last night.\n\nPetrol bombs and paint were "
     "thrown at officers from a large crowd that gathered in the Brompton Park area of the Crumlin Road in north "
     "Belfast, close to where serious trouble flared on Monday night. The disturbances lasted for around three hours "
     "and were only quelled at 1.30am.\n\nOn Monday night, a gunman fired at police in the Ardoyne area of north "
     "Belfast in trouble that left 21 officers injured.",
     [("ASSAULT", "attack", "2009-07-14", "GB", *NIRL_BELFAST),
      ("ASSAULT", "fired", "2009-07-13", "GB", *NIRL_BELFAST)]),
    ("gbr-tullyally-2021-04-01", "http://www.irishnews.com/news/northernirelandnews/2021/04/02/news/police-attacked-with-petrol-bombs-for-third-night-in-a-row-2275527/",
     "2021-04-02", False,
     "A third night of petrol bomb attacks on police by loyalist rioters in Derry is being deliberately orchestrated "
     "to raise tensions, a Sinn Fein councillor has claimed.\n\nOne PSNI officer was injured when police came under "
     "attack in Tullyally again last night. Fifteen petrol bombs were seized.\n\nChief Inspector Bob Blemmings said "
     "a number of youths were involved in the attack, which began around 8pm. \"This is the third consecutive night "
     "we have witnessed these reckless attacks,\" he said.",
     [("ASSAULT", "attack#1", "2021-04-01", "GB", *NIRL_DERRY)]),
    ("idn-bireuen-2003-06-09", "https://www.spacewar.com/2003-a/030610123156.j84xxr27.html", "2003-06-10", True,
     "BANDA ACEH, Indonesia (AFP) Jun 10, 2003 - Indonesian troops and separatist rebels in Aceh have fought their "
     "fiercest battle since the armed forces launched their campaign against the Free Aceh Movement (GAM) last "
     "month, the military said Tuesday.\n\nSeven soldiers were shot dead and seven wounded. The clash began late "
     "Monday at Matang Kumbang in Bireuen district and lasted until early Tuesday, military spokesman Lieutenant "
     "Colonel Yani Basuki said, with 40 marines and 22 infantrymen battling an estimated 60 rebels.\n\nTroops also "
     "killed five rebels, the Aceh operation commander said.",
     [("ASSAULT", "clash", "2003-06-09", "ID", *ACEH)]),
    ("idn-central-aceh-2001-09-30", "https://jawawa.id/newsitem/eleven-killed-in-fresh-aceh-violence-1447893297",
     "2001-10-02", True,
     "Tue, 02 Oct 2001\n\nBanda Aceh, Aceh - Eleven people, including two soldiers and a 13-year-old boy, have been "
     "killed in outbreaks of violence in Aceh province, officials and aid workers say.\n\nOn Sunday, two soldiers "
     "and the 13-year-old son of a military subdistrict chief were killed in an ambush by rebels in Burni Lintang "
     "village, some 26 kilometers south of Takengon, Central Aceh, an army spokesman said.\n\nAlso on Sunday, two "
     "rebels were shot dead in a gunbattle with the military in Ulee Gle village in North Aceh.",
     [("ASSAULT", "ambush", "2001-09-30", "ID", *ACEH),
      ("ASSAULT", "shot", "2001-09-30", "ID", *ACEH)]),
    ("idn-pidie-2003-07-08", "https://jawawa.id/newsitem/aceh-war-endures-bloodiest-day-as-18-rebels-killed-1447893297",
     "2003-07-09", True,
     "Wed, 09 Jul 2003\n\nBanda Aceh/Lhokseumawe - The war between the military and the Free Aceh Movement (GAM) "
     "peaked on Tuesday when 18 rebels were killed and several soldiers were injured in separate clashes in "
     "Bireuen, North Aceh, East Aceh and South Aceh regencies, a martial law spokesman said.\n\nTwo special forces "
     "soldiers were seriously injured in a powerful blast in Pidie regency on Tuesday. The bomb was detonated by "
     "rebels by remote control.\n\nThe military said 374 rebels had been killed since the operation was launched on "
     "May 19.",
     [("ASSAULT", "killed#1", "2003-07-08", "ID", *ACEH),
      ("ASSAULT", "blast", "2003-07-08", "ID", *ACEH)]),
    ("idn-woyla-2001-06-16", "https://www.asia-pacific-solidarity.net/news/2001-06-17/least-18-killed-indonesias-aceh-province.html",
     "2001-06-17", False,
     "Banda Aceh - At least 18 people have been killed in violence between separatist rebels and government forces "
     "in Aceh province, the military and residents said Sunday.\n\nFive men suspected of being members of the Free "
     "Aceh Movement were shot dead during a clash with soldiers in Central Aceh on Saturday, deputy military "
     "commander Colonel Jali Yusuf said.\n\nIn West Aceh, a clash in the Woyla subdistrict on Saturday left four "
     "suspected rebels dead. Soldiers also arrested five suspected GAM members at a house in Alue Bilie village, in "
     "West Aceh, on Saturday.",
     [("ASSAULT", "shot", "2001-06-16", "ID", *ACEH),
      ("ARREST", "arrested", "2001-06-16", "ID", *ACEH)]),
    ("swz-mbabane-2021-10-20", "https://inkl.com/a/VLElzPuxwNx", "2021-10-21", False,
     "Southern African countries have sent envoys to Eswatini to try to stem the unrest that saw one person killed "
     "and at least 80 wounded by security forces in the latest wave of pro-democracy protests.\n\nGunfire was heard "
     "into the night on Wednesday in the capital Mbabane, where the civil servants' union said at least one man had "
     "been shot dead earlier in the day. \"The army and the police killed one person at about 3pm today,\" union "
     "president Oscar Nkambule told AFP on Wednesday.\n\nFifty of its members were taken to hospital in Mbabane.",
     [("ASSAULT", "shot", "2021-10-20", "SZ", *HHOHHO)]),
    ("nic-catarina-2018-05-06", "http://qcostarica.com/sunday-clashes-in-catarina-and-niquinohomo-masaya-leave-several-wounded/",
     "2018-05-07", False,
     "Sunday night's attack on protesters in Catarina and Niquinohomo, after a day-long sit-in in Monimbo, Masaya, "
     "left several wounded.\n\nIn Facebook Live broadcasts, witnesses said Sandinista supporters attacked them with "
     "homemade mortars. The confrontation took place at the Catarina roundabout and in several streets of Masaya "
     "before moving to the neighbouring municipality of Niquinohomo.\n\nNicaragua has seen street protests since "
     "April 18, which have left at least 45 people dead.",
     [("ASSAULT", "attack", "2018-05-06", "NI", *MASAYA)]),
    ("ncl-dumbea-2024-05-24", "https://www.courthousenews.com/police-in-new-caledonia-shoot-man-dead-as-prime-minister-says-situation-fragile/",
     "2024-05-24", False,
     "NOUMEA, New Caledonia (AFP) - A policeman in riot-hit New Caledonia killed a man on Friday after being attacked "
     "by protesters, as France's prime minister warned that the situation in the territory was \"extremely "
     "fragile.\"\n\nPresident Emmanuel Macron flew to the archipelago on Thursday in a bid to defuse the crisis over "
     "voting reform.\n\nEarlier on Friday, a police officer and his colleague were \"physically attacked by a group of "
     "around 15 individuals\" in Dumbea, just outside Noumea, prompting him to fire his weapon, prosecutor Yves Dupas "
     "said. The man who was shot died.",
     [("ASSAULT", "killed", "2024-05-24", "NC", *NC_SOUTH)]),
    ("ncl-plum-2024-05-16", "http://www.modernGhana.com/news/1312718/second-gendarme-killed-as-riots-continue-to-shake.html",
     "2024-05-16", True,
     "THU, 16 MAY 2024 - A second gendarme has been killed by an accidental gunshot in the riots that have rocked "
     "France's overseas territory of New Caledonia, where Paris has imposed a state of emergency.\n\nInterior "
     "Minister Gerald Darmanin told AFP that it was \"not a hostile shot\" that killed the gendarme on Thursday.\n\n"
     "It comes a day after the deaths of a 22-year-old gendarme, who was shot in the south-western coastal village "
     "of Plum, and of three young indigenous Kanaks. In the capital Noumea, gendarmes faced between 3,000 and 4,000 "
     "rioters.",
     [("ASSAULT", "shot#2", "2024-05-15", "NC", *NC_SOUTH)]),
    ("ncl-noumea-2024-05-14", "https://am1.news/usconservative/topic/lemonde/6-slug-second-night-of-new-caledonian-unrest-leads-to-hundreds-of-injuries",
     "2024-05-15", False,
     "Hundreds of people, including around 100 police and gendarmes, have been injured in unrest in New Caledonia, "
     "French Interior Minister Gerald Darmanin said on Wednesday, May 15.\n\nOne person was shot dead and two others "
     "wounded on Tuesday night as violent protests and looting rocked the Pacific territory, the French high "
     "commissioner said.\n\nHe described \"shotgun exchanges between rioters and civil defence groups\" in the capital "
     "Noumea and its suburb of Paita. Security forces arrested 140 people in and around the capital on Tuesday "
     "night.",
     [("ASSAULT", "shot", "2024-05-14", "NC", *NC_SOUTH),
      ("ARREST", "arrested", "2024-05-14", "NC", *NC_SOUTH)]),
    ("rus-nalchik-2011-05-10", "https://themoscowtimes.com/2011/05/10/militant-leader-3-accomplices-shot-dead-in-nalchik-gunfight-a6857",
     "2011-05-10", False,
     "Four militants were killed Tuesday when security forces stormed an apartment that had been turned into a bomb "
     "laboratory in Kabardino-Balkaria's capital, Nalchik, news reports said.\n\nSecurity forces boxed the militants "
     "into the apartment and shot them dead after they refused to surrender and opened fire, Interfax reported.\n\n"
     "In Dagestan, a suicide bomber detonated explosives strapped to his body when police tried to stop him at a "
     "Makhachkala intersection to check his documents, the region's interior minister said.",
     [("ASSAULT", "killed", "2011-05-10", "RU", *KBR),
      ("ASSAULT", "detonated", None, "RU", *DAGESTAN)]),
    ("rus-nalchik-2005-10-13a", "https://www.globalsecurity.org/wmd/library/news/russia/2005/russia-051013-rferl05.htm",
     "2005-10-13", True,
     "Officials in the southern Russian republic of Kabardino-Balkaria say heavy fighting between security forces "
     "and suspected Islamic militants erupted on Thursday in the regional capital Nalchik.\n\nPrague, 13 October "
     "2005 (RFE/RL) -- Security officials say the first shoot-outs erupted overnight in a Nalchik suburb known as "
     "Belaya Balka.\n\n\"Police officers sent to the area were ambushed. Early this morning, the shooting spread to "
     "various Nalchik areas,\" a correspondent reported from Vladikavkaz, in neighbouring North Ossetia.",
     [("ASSAULT", "fighting", "2005-10-13", "RU", *KBR),
      ("ASSAULT", "ambushed", "2005-10-13", "RU", *KBR)]),
    ("rus-nalchik-2005-10-13b", "http://oldtmt.vedomosti.ru/sitemap/free/2005/10/article/islamic-militants-raid-nalchik-24-dead/209241.html",
     "2005-10-14", False,
     "Scores of armed Islamist militants carried out near-simultaneous attacks on police, security and military "
     "sites in the Kabardino-Balkaria capital of Nalchik on Thursday morning, killing at least 12 servicemen and 12 "
     "residents.\n\nThe attacks sparked fierce fighting that stretched into the evening, with federal troops and "
     "police facing militants holed up in a police station and a store.\n\nThe attacks closely resembled a strike in "
     "neighbouring Ingushetia in June 2004, in which scores of rebels targeted police and military installations.",
     [("ASSAULT", "attacks#1", "2005-10-13", "RU", *KBR)]),
    ("rus-prokhladny-2009-10-02", "https://staging.jamestown.org/program/insurgent-attacks-reported-in-kabardino-balkaria-chechnya-dagestan-and-ingushetia",
     "2009-10-02", False,
     "A gun battle broke out today when policemen at a road checkpoint in the town of Prokhladny in "
     "Kabardino-Balkaria stopped a car for a document check and those inside opened fire, Russian media reported. "
     "Four policemen were wounded, one of whom later died in hospital.\n\nMeanwhile, the office of Ramzan Kadyrov "
     "reported that an operation had killed eight militants in the mountains of southern Chechnya near the border "
     "with Dagestan.",
     [("ASSAULT", "battle", "2009-10-02", "RU", *KBR),
      ("ASSAULT", "killed", None, "RU", *CHECHNYA)]),
]


def build() -> list[dict]:
    return build_rows(ITEMS)


if __name__ == "__main__":
    write_reports(build(), "reports_dev5.jsonl")
