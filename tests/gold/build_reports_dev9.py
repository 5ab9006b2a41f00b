"""Build tests/gold/reports_dev9.jsonl: a ninth DEVELOPMENT set of wire-style conflict and unrest reports for event
dates and admin1 (issue 15), written and annotated in the twentieth session by a helper that does not tune the coder,
by reading only, before the coder was run on it. Its sha256 is pinned in tests/test_gold_frozen.py.

30 reports from fourteen crises in thirteen countries, eleven of which no earlier dates-and-places dev set has: the
diaspora protest in Bucharest (August 2018), the Vienna shooting (November 2020, with arrests in St. Poelten), the
Oslo bar shooting (June 2022), the end of the Parliament occupation in Wellington (March 2022), the Luanda taxi-strike
riots (July 2025) and the Cafunfo killings in Lunda Norte (January 2021), the raid on Hakainde Hichilema's home near
Lusaka (April 2017), the West Point quarantine in Monrovia (August 2014), the Hanau shisha-bar shootings (February
2020), the Utrecht tram shooting (March 2019), the Quebec City mosque shooting (January 2017), the Stockholm truck
attack (April 2017), the Brussels bombings (March 2016) and the Hirak protests in Morocco's Rif (June and July 2017).
Each item is reworded from one cited public page (a Portuguese page translated): the facts, days and
places are the page's, the wording keeps the genre's form. They carry the usual forms: datelines with and without a
year ("HANAU, Germany -", "AL-HOCEIMA, Morocco:", "Monrovia:"), weekdays counted back from the page's day ("on
Wednesday" in a Thursday page, "last Saturday", "on Thursday" in a Saturday page), explicit days with and without a
year ("On 10 August 2018", "on Saturday, June 3", "On Tuesday, March 22"), "yesterday", "overnight", "the previous
weekend" (no day), acts told by a noun ("the attack", "the shooting", "looting"), stray dates that are no event's
("in April last year", "on May 26"), and places named by town, suburb, neighbourhood or province (Sainte-Foy, Marsta,
St. Poelten, Zaventem, Kesselstadt, Cazenga, West Point, Imzouren, Lunda Norte), with places mentioned for other
reasons (the Hague, Ottawa, Mongu, Frankfurt, Syria).

``date`` on an item is the page's own date (from its URL, metadata, dateline or byline); an item whose page shows no
date (or only a month) has none, and its events keep the day on record for the act the page tells (``year_in_text:
false``). An event whose day the page does not give exactly ("overnight" raids, "the previous weekend", arrests counted
over two days) is scored for admin1 only; one whose first-level division the page does not make certain (protests "in
Al-Hoceima and other towns of the Rif", arrests of two leaders with no place) for its date only. Types are PLOVER's
(docs/annotation-guidelines.md, "Dates and places", and "Protest policing and protest violence"): shootings, bombings,
live fire on crowds ASSAULT; arrests, raids, crowd control with tear gas, pepper spray, water cannon or batons, a
quarantine cordon COERCE; riots, looting, stone-throwing and strikes PROTEST; a raised alert or a deployment of
military police MOBILIZE. admin1 is spelled as in the country-state-city package, with other usual spellings in the
alternates: for Belgium the region (Zaventem is in Flanders, the province Flemish Brabant an alternate); for Morocco
the region (Tanger-Tetouan-Al Hoceima, the province an alternate).

Run: python tests/gold/build_reports_dev9.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import build_rows, write_reports  # noqa: E402

BUCHAREST = ("Bucharest", ["București", "Bucuresti", "Municipiul București"])
VIENNA = ("Vienna", ["Wien"])
LOWER_AUSTRIA = ("Lower Austria", ["Niederösterreich", "Niederosterreich"])
OSLO = ("Oslo", ["Oslo County", "Oslo fylke"])
WELLINGTON = ("Wellington Region", ["Wellington", "Greater Wellington"])
LUANDA = ("Luanda Province", ["Luanda"])
LUNDA_NORTE = ("Lunda Norte Province", ["Lunda Norte", "Lunda North"])
LUSAKA = ("Lusaka Province", ["Lusaka"])
MONTSERRADO = ("Montserrado County", ["Montserrado"])
HESSE = ("Hesse", ["Hessen"])
UTRECHT = ("Utrecht", ["Utrecht Province", "Province of Utrecht"])
SOUTH_HOLLAND = ("South Holland", ["Zuid-Holland"])
QUEBEC = ("Quebec", ["Québec"])
STOCKHOLM = ("Stockholm County", ["Stockholms län", "Stockholm"])
FLANDERS = ("Flanders", ["Flemish Region", "Vlaanderen", "Flemish Brabant", "Vlaams-Brabant"])
BRUSSELS = ("Brussels-Capital Region", ["Brussels", "Brussels Capital Region", "Bruxelles-Capitale",
                                        "Région de Bruxelles-Capitale"])
RIF = ("Tanger-Tétouan-Al Hoceïma", ["Tanger-Tetouan-Al Hoceima", "Tangier-Tetouan-Al Hoceima", "Al Hoceïma Province",
                                     "Al Hoceima Province", "Al Hoceima"])
NONE = (None, [])

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    # --- Romania: the diaspora protest of 10 August 2018 ---
    ("rou-bucharest-2018-08-10", "https://www.romania-insider.com/diaspora-protest-bucharest-live/", "2018-08-10",
     False,
     "The first incidents between people at the big Diaspora rally in Bucharest and the gendarmes guarding them came "
     "after 4:00 PM on Friday, when a group of protesters forced their way towards the Government's courtyard. The "
     "gendarmes stopped them with tear gas, and several protesters felt sick and were taken away by emergency crews.\n\n"
     "Some protesters in Victoriei Square said people had been planted among them to provoke the gendarmes. A group of fully equipped gendarmes stood in the middle of the "
     "crowd, trying to keep order.",
     [("PROTEST", "forced", "2018-08-10", "RO", *BUCHAREST),
      ("COERCE", "stopped", "2018-08-10", "RO", *BUCHAREST)]),
    ("rou-bucharest-2018-08-11", "https://forum.agora-dialogue.com/2018/08/11/romanian-diasporas-anti-government-"
     "protest-turns-violent/", "2018-08-11", False,
     "A major anti-government protest held in Bucharest by Romanians living abroad turned violent Friday, with at "
     "least 250 people requiring medical care, local media reported.\n\nPolice used tear gas and water cannon to "
     "disperse the crowd of tens of thousands in front of the government headquarters. Many of the protesters had driven for days from England, Italy and Switzerland to demonstrate "
     "against the ruling Social Democratic Party.",
     [("PROTEST", "protest", "2018-08-10", "RO", *BUCHAREST),
      ("COERCE", "used", "2018-08-10", "RO", *BUCHAREST)]),
    ("rou-bucharest-2019-08-09", "https://www.infobalkans.com/2019/08/09/romanians-brace-repeat-iconic-protest",
     "2019-08-09", True,
     "Romanians are bracing for a repeat of one of the country's defining protests.\n\nOn 10 August 2018, in "
     "Bucharest's Victory Square, riot police dispersed the crowd with water cannon and tear gas after a group of "
     "demonstrators tried to storm the government building. Many ordinary protesters were beaten by policemen with "
     "batons, and more than 400 people needed medical attention.\n\nOver 800 demonstrators and some 160 policemen have "
     "since filed criminal complaints over the clashes, and the day has become a landmark in the political calendar. "
     "Analysts link it to the record turnout of 49 per cent in the European elections on May 26.",
     [("COERCE", "dispersed", "2018-08-10", "RO", *BUCHAREST),
      ("PROTEST", "storm", "2018-08-10", "RO", *BUCHAREST),
      ("COERCE", "beaten", "2018-08-10", "RO", *BUCHAREST)]),
    # --- Austria: the Vienna shooting of 2 November 2020 ---
    ("aut-vienna-2020-11-03", "https://www.haaretz.com/world-news/europe/2020-11-03/ty-article/.premium/reports-of-"
     "attack-on-synagogue-in-central-vienna-large-police-deployment/0000017f-db61-d3ff-a7ff-fbe1655a0000",
     "2020-11-03", False,
     "Two men and two women died in the attack on central Vienna on Monday night, which the Austrian interior "
     "minister blamed on an Islamic State sympathiser, the only known attacker, who was shot dead by police, Vienna's "
     "police chief told a news conference on Tuesday.\n\nThe dead attacker was a 20-year-old Austrian-North "
     "Macedonian dual national with a previous terror conviction. Witnesses described him firing into crowds in bars "
     "with an automatic rifle, as many people took advantage of the last evening before a nationwide curfew.",
     [("ASSAULT", "attack", "2020-11-02", "AT", *VIENNA),
      ("ASSAULT", "shot", "2020-11-02", "AT", *VIENNA)]),
    ("aut-stpoelten-2020-11", "https://thetrentonline.com/4-dead-several-injured-in-terror-attack-in-vienna", None,
     False,
     "Two men and two women died in the attack on central Vienna on Monday night, Vienna's police chief said. The "
     "attacker, an Islamic State sympathiser, was shot and killed by police.\n\nAt least one more suspect is still "
     "at large, but Austrian police said on Tuesday morning that two more suspects had been arrested in the town of "
     "St. Poelten, around 60 km (40 miles) west of Vienna.",
     [("ASSAULT", "attack", "2020-11-02", "AT", *VIENNA),
      ("COERCE", "arrested", None, "AT", *LOWER_AUSTRIA)]),
    ("aut-vienna-2020-11-03-b", "https://www.theage.com.au/world/europe/several-arrested-in-connection-with-deadly-"
     "shooting-in-vienna-20201103-p56b9m.html", "2020-11-03", False,
     "Interior Minister Karl Nehammer said two men and two women died from their injuries in the attack in Vienna on "
     "Monday evening. \"We experienced an attack last night by at least one Islamist terrorist,\" Nehammer told "
     "reporters.\n\nThe 20-year-old attacker, who was killed by police, was born in Vienna. In April last year he was "
     "sentenced to 20 months in jail because he wanted to join IS in Syria, and he was released early in December.\n\n"
     "Among those wounded in the attack was a 28-year-old police officer, who is no longer in a life-threatening "
     "condition.",
     [("ASSAULT", "attack#1", "2020-11-02", "AT", *VIENNA),
      ("ASSAULT", "killed", "2020-11-02", "AT", *VIENNA)]),
    # --- Norway: the Oslo bar shooting of 25 June 2022 ---
    ("nor-oslo-2022-06-25", "https://www.rfi.fr/en/europe/20220625-gunman-kills-two-people-at-gay-bar-in-olso-ahead-"
     "of-pride-parade-day", "2022-06-25", False,
     "A gunman attacked a gay bar and surrounding streets in the Norwegian capital, Oslo, killing at least two people "
     "and injuring more than 20 on the day the city's LGBTQ community was due to celebrate its annual Pride parade.\n\n"
     "The attack took place in the early hours of Saturday morning, with victims shot inside and outside the London "
     "Pub, a well-known gay bar, and at one other bar in the centre of the city. A suspect, a 42-year-old Norwegian "
     "citizen of Iranian origin, was detained minutes after the shooting spree began, according to police.",
     [("ASSAULT", "attacked", "2022-06-25", "NO", *OSLO),
      ("COERCE", "detained", "2022-06-25", "NO", *OSLO)]),
    ("nor-oslo-2022-06-25-b", "https://sputniknews.com/20220625/norwegian-police-investigate-oslo-shooting-as-terror-"
     "attack-1096648925.html", "2022-06-25", False,
     "Norwegian police said they are investigating Saturday's shooting at the London Pub nightclub in Oslo as a terror "
     "attack and possibly a hate crime.\n\nPolice received several calls about the shooting at 1:14 a.m. local time, "
     "reached the scene a few minutes later and apprehended the suspect several minutes after that. He was armed with "
     "a pistol and an assault rifle. The city's Pride parade, planned for Saturday, was cancelled.",
     [("ASSAULT", "shooting#1", "2022-06-25", "NO", *OSLO),
      ("COERCE", "apprehended", "2022-06-25", "NO", *OSLO)]),
    # --- New Zealand: the end of the Parliament occupation, 2 March 2022 ---
    ("nzl-wellington-2022-03-03", "https://www.odt.co.nz/star-news/star-national/live-police-out-force-parliament-"
     "clean-begins", "2022-03-03", False,
     "A heavy contingent of police is on central Wellington streets this morning, a day after the 23-day illegal "
     "occupation of Parliament's grounds by protesters against Covid-19 mandates ended in violent and fiery scenes.\n\n"
     "Eighty-seven people were arrested and seven officers injured yesterday as hundreds of officers moved in on the "
     "camp, culminating in a mid-afternoon swarming of the grounds, which were badly damaged by fire.\n\nCrews from "
     "Fire and Emergency NZ helped police put out fires and sprayed water at the protesters to keep them back.",
     [("COERCE", "arrested", "2022-03-02", "NZ", *WELLINGTON),
      ("COERCE", "sprayed", "2022-03-02", "NZ", *WELLINGTON)]),
    ("nzl-wellington-2022-03-02", "https://www.stuff.co.nz/dominion-post/news/wellington/127928119/occupation-day-23-"
     "police-oust-protesters-from-parliament-grounds-ardern-condemns-violence", "2022-03-02", False,
     "Police have taken back control of Parliament's grounds and Molesworth St after a major operation to remove "
     "protesters on Wednesday, the 23rd day of the occupation.\n\nSixty-five protesters have been arrested and up to "
     "50 vehicles towed. Officers in riot gear used pepper spray, while protesters armed with pitchforks and plywood "
     "shields threw bricks at police. Fires that broke out on the grounds in the afternoon have been put out.",
     [("COERCE", "taken", "2022-03-02", "NZ", *WELLINGTON),
      ("COERCE", "arrested", "2022-03-02", "NZ", *WELLINGTON),
      ("COERCE", "used", "2022-03-02", "NZ", *WELLINGTON),
      ("PROTEST", "threw", "2022-03-02", "NZ", *WELLINGTON)]),
    # --- Angola: the Luanda taxi-strike riots (July 2025) and Cafunfo (January 2021) ---
    ("ago-luanda-2025-07-29", "https://www.citizen.co.za/news/news-world/news-africa/unrest-in-angolan-capital-after-"
     "4-killed-in-fuel-hike-protests/", "2025-07-29", False,
     "Shots rang out as Angola's capital was gripped by a second day of looting on Tuesday, after at least four "
     "people were killed and scores arrested when violence erupted during a strike against a fuel price hike.\n\n"
     "Transport in Luanda remained suspended and shops closed after massive looting on Monday, the first day of the "
     "taxi drivers' strike.\n\nGunfire could be heard in the Cazenga area, where people were seen taking food and "
     "other items from shops, an AFP reporter said.",
     [("PROTEST", "looting#1", "2025-07-29", "AO", *LUANDA),
      ("COERCE", "arrested", None, "AO", *LUANDA),
      ("PROTEST", "looting#2", "2025-07-28", "AO", *LUANDA)]),
    ("ago-luanda-2025-07-30", "https://allafrica.com/stories/202507310062.html", "2025-07-30", False,
     "At least five people have been killed and more than 1,200 arrested in Luanda after a taxi strike over fuel "
     "prices turned violent. Shops were looted, cars were damaged and large parts of Angola's capital came to a "
     "standstill.\n\nThe unrest began on Monday when drivers of candongueiros, the blue and white minibus taxis that "
     "carry nearly 90 percent of Luanda's commuters, launched a three-day strike against a rise in the price of "
     "subsidised petrol earlier in July.\n\nBy Tuesday evening, police spokesperson Mateus Rodrigues said 1,214 people "
     "had been arrested.",
     [("PROTEST", "launched", "2025-07-28", "AO", *LUANDA),
      ("COERCE", "arrested#2", None, "AO", *LUANDA)]),
    ("ago-cafunfo-2021-02-04", "https://galusaustralis.com/2021/02/1048146/angola-night-shooting-in-cafunfo-leaves-"
     "one-injured-activist-denounces-observe/", "2021-02-04", False,
     "An activist said a young man had been shot overnight in Cafunfo, the diamond-mining town in Lunda Norte where "
     "several people died last Saturday in an incident the authorities call an \"act of rebellion\" and NGOs a "
     "\"massacre\". According to resident Jordan Muacabinza, the shooting happened in the Elevacao neighbourhood.\n\n"
     "On Saturday, police officers killed six people and accused the Lunda Tchokwe Protectorate Movement of starting "
     "the rebellion, saying the deaths came during an attempted invasion of the police station. Residents, activists "
     "and members of the movement say police fired at unarmed protesters.",
     [("ASSAULT", "shot", None, "AO", *LUNDA_NORTE),
      ("ASSAULT", "killed", "2021-01-30", "AO", *LUNDA_NORTE),
      ("ASSAULT", "fired", "2021-01-30", "AO", *LUNDA_NORTE)]),
    ("ago-cafunfo-2021-01", "https://www.voaportugues.com/a/angola-pelo-menos-quatro-mortos-em-confrontos-na-lunda-"
     "norte/5757929.html", None, False,
     "Four people were killed and seven others wounded in clashes in the town of Cafunfo, in Angola's Lunda Norte "
     "province, the police said. A police officer and a member of the Angolan armed forces were also wounded.\n\n"
     "Tension had run high in the area for several days after the Lunda Tchokwe Protectorate Movement announced a "
     "demonstration to demand talks with the government. The provincial police command said about 300 members of the "
     "movement, armed with AKM rifles, shotguns, iron bars and home-made explosives, had marched on the Cafunfo police "
     "station at dawn to occupy it and raise a flag.",
     [("ASSAULT", "clashes", "2021-01-30", "AO", *LUNDA_NORTE)]),
    # --- Zambia: the raid on Hakainde Hichilema's home, April 2017 ---
    ("zmb-lusaka-2017-04-11", "https://www.aljazeera.com/news/2017/4/11/zambian-opposition-leader-hakainde-hichilema-"
     "detained", "2017-04-11", False,
     "Zambian police have arrested opposition leader Hakainde Hichilema for \"treason\", according to his lawyer.\n\n"
     "The leader of the United Party for National Development arrived at a police station in the capital, Lusaka, on "
     "Tuesday after officers raided his home overnight. Authorities allege that Hichilema blocked President Edgar "
     "Lungu's motorcade with his own convoy during a traditional ceremony in Zambia's Western Province over the "
     "weekend.\n\nA UPND spokesman said police broke doors before raiding Hichilema's house in an exclusive suburb of "
     "Lusaka. \"They broke the doors and tear-gassed the house,\" he said.",
     [("COERCE", "arrested", "2017-04-11", "ZM", *LUSAKA),
      ("COERCE", "raided", None, "ZM", *LUSAKA)]),
    ("zmb-lusaka-2017-04-10", "http://en.chinagate.cn/2017-04/11/content_40600717.htm", "2017-04-11", False,
     "Armed police raided the house of Zambia's leading opposition leader on Monday with a view to arresting him, his "
     "deputy confirmed on Tuesday.\n\nHundreds of police officers surrounded the house of Hakainde Hichilema, leader "
     "of the United Party for National Development, after allegations that his entourage blocked President Edgar "
     "Lungu's motorcade in Mongu, in the west of the country, on Saturday.\n\nSome journalists and senior party "
     "officials were assaulted when they went to the residence, on the eastern outskirts of Lusaka, local media said.",
     [("COERCE", "raided", "2017-04-10", "ZM", *LUSAKA),
      ("ASSAULT", "assaulted", None, "ZM", *LUSAKA)]),
    # --- Liberia: the West Point quarantine, August 2014 ---
    ("lbr-westpoint-2014-08-20", "https://medaxs.com.au/2014/08/21/clashes-erupt-as-neighbourhood-of-75000-people-"
     "quarantined-to-contain-ebola-in-liberia", "2014-08-21", False,
     "Monrovia: Liberia's halting efforts to contain the Ebola outbreak turned violent on Wednesday when angry young "
     "men hurled rocks and stormed barbed-wire barricades, trying to break out of a neighbourhood the government had "
     "cordoned off.\n\nSoldiers repelled the surging crowd with live rounds, driving hundreds of young men back into "
     "West Point, a slum of tens of thousands in Monrovia. A 15-year-old, Shakie Kamara, lay on the ground near the "
     "barricade, his right leg apparently wounded by a bullet.",
     [("PROTEST", "hurled", "2014-08-20", "LR", *MONTSERRADO),
      ("ASSAULT", "repelled", "2014-08-20", "LR", *MONTSERRADO)]),
    ("lbr-westpoint-2014-08-22", "https://www.cpr.org/2014/08/22/in-riots-sparked-by-an-ebola-quarantine-a-teen-is-"
     "shot-and-dies/", "2014-08-22", False,
     "A 15-year-old boy, Shakie Kamara, has died of gunshot wounds to his legs.\n\nThis week, people in the "
     "neighbourhood of West Point were angry that they had been quarantined to keep Ebola from spreading to other "
     "parts of Monrovia, the capital of Liberia. On Wednesday, crowds of protesters tried to get past the checkpoints "
     "and soldiers opened fire. Kamara was wounded.\n\nHe was taken to Redemption Hospital, where he died yesterday.",
     [("ASSAULT", "opened", "2014-08-20", "LR", *MONTSERRADO)]),
    ("lbr-westpoint-2014-08-21", "http://america.aljazeera.com/articles/2014/8/21/ebola-liberia-"
     "quarantinewestpoint.html", "2014-08-21", False,
     "MONROVIA, Liberia - Police with machine guns and a few soldiers sealed off the entrance to the West Point "
     "neighbourhood with a makeshift checkpoint on Wednesday, after the government quarantined the community for 21 "
     "days. Calm returned on Thursday.\n\nThe previous weekend, some residents had stormed and looted a makeshift "
     "holding centre for Ebola patients and set the patients free.",
     [("COERCE", "sealed", "2014-08-20", "LR", *MONTSERRADO),
      ("PROTEST", "stormed", None, "LR", *MONTSERRADO)]),
    # --- Germany: the Hanau shootings of 19 February 2020 ---
    ("deu-hanau-2020-02-20", "https://tvtsonline.com.au/en?post_type=post&p=112858", "2020-02-20", False,
     "HANAU, Germany - A suspected right-wing extremist shot dead nine people, some of them migrants from Turkey, in a "
     "rampage through a German city before killing himself, officials said.\n\nThe attack late on Wednesday targeted "
     "two shisha bars in Hanau, a town close to Frankfurt in the western state of Hesse. Police traced a car used to "
     "leave the scene of one shooting to its owner's address, where they found the bodies of a 43-year-old German man "
     "and his 72-year-old mother, Hesse interior minister Peter Beuth said.",
     [("ASSAULT", "attack", "2020-02-19", "DE", *HESSE)]),
    ("deu-hanau-2020-02-20-b", "https://www.maltatoday.com.mt/news/world/100493/at_least_11_killed_in_germany_"
     "shootings_", "2020-02-20", False,
     "A gunman attacked two shisha bars in the western German city of Hanau on Wednesday night, killing nine people "
     "and injuring several others.\n\nThe first shooting took place at around 10pm at the Midnight Shisha bar in the "
     "centre of Hanau. The suspect then reportedly fled in a dark car to the Kesselstadt neighbourhood and opened fire "
     "at the Arena Bar & Cafe, where at least five people were killed. After an extensive search, he was found dead "
     "at his home.",
     [("ASSAULT", "shooting", "2020-02-19", "DE", *HESSE),
      ("ASSAULT", "opened", "2020-02-19", "DE", *HESSE)]),
    # --- Netherlands: the Utrecht tram shooting of 18 March 2019 ---
    ("nld-utrecht-2019-03-18", "https://www.efe.com/efe/english/world/man-arrested-after-shooting-on-tram-in-"
     "netherlands-city-of-utrecht/50000262-3927876", "2019-03-18", False,
     "A man was arrested on Monday after a shooting on a tram that killed three people and injured five in the Dutch "
     "city of Utrecht.\n\nTurkish national Gokmen Tanis, 37, was detained by police in connection with the attack at "
     "the 24 Oktoberplein. In The Hague, military police were sent to heighten security around the Binnenhof.",
     [("COERCE", "arrested", "2019-03-18", "NL", *UTRECHT),
      ("ASSAULT", "shooting", "2019-03-18", "NL", *UTRECHT),
      ("MOBILIZE", "sent", "2019-03-18", "NL", *SOUTH_HOLLAND)]),
    ("nld-utrecht-2019-03-18-b", "https://bellenews.com/2019/03/18/breaking-news/dutch-tram-shooting-at-least-three-"
     "killed-in-utrecht-attack", "2019-03-18", False,
     "At least three people have been shot dead in a tram attack in the central Dutch city of Utrecht on March 18. "
     "Authorities say it appears to be a terrorist attack.\n\nUtrecht police have arrested Gokmen Tanis, a "
     "37-year-old Turkish man, in connection with the shooting. Counter-terrorism officers were pictured surrounding a "
     "building near the 24 Oktoberplein junction, where the attack took place. The threat level, which had been "
     "raised to its highest point in the province of Utrecht, was lowered after the arrest.",
     [("ASSAULT", "attack#1", "2019-03-18", "NL", *UTRECHT),
      ("COERCE", "arrested", "2019-03-18", "NL", *UTRECHT),
      ("MOBILIZE", "raised", "2019-03-18", "NL", *UTRECHT)]),
    # --- Canada: the Quebec City mosque shooting of 29 January 2017 ---
    ("can-quebec-2017-01-30", "http://www.theglobeandmail.com/news/national/quebec-city-mosque-attack/article33826078/",
     "2017-01-30", False,
     "Six people are dead after a mass shooting at a mosque in Quebec City's Sainte-Foy neighbourhood.\n\nAt 7:50 p.m. "
     "on Sunday, police received several calls from the Centre culturel islamique de Quebec reporting shots fired. "
     "Officers arrived quickly and arrested one person. At 8:10 p.m. a second man called 911 and said he would wait "
     "for officers on an access road near the Ile-d'Orleans bridge, where police arrested him.\n\nOn Monday, police "
     "said only one of the two men was considered a suspect.",
     [("ASSAULT", "shooting", "2017-01-29", "CA", *QUEBEC),
      ("COERCE", "arrested#1", "2017-01-29", "CA", *QUEBEC),
      ("COERCE", "arrested#2", "2017-01-29", "CA", *QUEBEC)]),
    ("can-quebec-2017-01-31", "http://www.abc.net.au/news/2017-01-31/quebec-city-mosque-shooting-lone-wolf-attack/"
     "8225294", "2017-01-31", False,
     "Police are investigating a single suspect in the shooting at a Quebec City mosque that killed six people, and a "
     "second person who was arrested is now considered a witness, authorities said.\n\nThe suspect in the attack on "
     "Sunday evening prayers is Alexandre Bissonnette, a French-Canadian university student. Prime Minister Justin "
     "Trudeau told the House of Commons in Ottawa: \"Make no mistake, this was a terrorist attack.\"",
     [("ASSAULT", "attack#1", "2017-01-29", "CA", *QUEBEC),
      ("COERCE", "arrested", None, "CA", *QUEBEC)]),
    # --- Sweden: the Stockholm truck attack of 7 April 2017 ---
    ("swe-stockholm-2017-04-07", "https://www.usatoday.com/story/news/2017/04/07/least-3-dead-truck-rams-stockholm-"
     "store/100163050/", "2017-04-07", False,
     "STOCKHOLM - Police arrested a man in connection with the attack that killed at least four people on Friday, when "
     "a large beer truck slammed into a department store in a busy pedestrian street of Stockholm, in what Prime "
     "Minister Stefan Lofven called an apparent terror attack.\n\nThe incident occurred shortly before 3 p.m., when "
     "the truck, hijacked by a masked man, careened down Drottninggatan at high speed. The city council said another "
     "15 people were wounded, nine of them seriously.",
     [("ASSAULT", "attack#1", "2017-04-07", "SE", *STOCKHOLM),
      ("COERCE", "arrested", "2017-04-07", "SE", *STOCKHOLM)]),
    ("swe-marsta-2017-04-07", "https://www.rferl.org/a/vehicle-crowd-swedish-capital/28416610.html", None, False,
     "Swedish police say a man has been arrested near the city's international airport after a suspected terror "
     "attack in Stockholm that killed four people.\n\nPolice late on April 7 said they had arrested a man \"we are "
     "particularly interested in\". Jan Evensson of the Stockholm police told reporters the man was arrested in the "
     "northern suburb of Marsta, near Arlanda International Airport. He had been \"in the vicinity\" of the truck "
     "crash around 3 p.m. local time.",
     [("ASSAULT", "attack", "2017-04-07", "SE", *STOCKHOLM),
      ("COERCE", "arrested#2", "2017-04-07", "SE", *STOCKHOLM)]),
    # --- Belgium: the Brussels bombings of 22 March 2016 ---
    ("bel-brussels-2016-03-28", "https://phhstrailblazer.org/featured/news/2016/03/28/attacks-in-brussels-airport-"
     "and-subway", "2016-03-28", False,
     "On Tuesday, March 22, at about 8 a.m. local time, three explosions struck Brussels, killing at least 34 people "
     "and wounding at least 170. Two explosions hit Zaventem Airport, the city's main international airport, and "
     "about 30 minutes later a third explosion rocked Maelbeek metro station, in the heart of the city.\n\nAt least "
     "one of the attacks was likely the work of a suicide bomber, a Belgian federal prosecutor said. All flights to "
     "and from Brussels Airport were cancelled for the day.",
     [("ASSAULT", "hit", "2016-03-22", "BE", *FLANDERS),
      ("ASSAULT", "rocked", "2016-03-22", "BE", *BRUSSELS)]),
    # --- Morocco: the Hirak protests in the Rif, 2017 ---
    ("mar-alhoceima-2017-07-20", "https://www.thenews.com.pk/amp/218004-Police-fire-tear-gas-to-halt-Morocco-million-"
     "man-march", "2017-07-22", False,
     "AL-HOCEIMA, Morocco: Police in the northern Moroccan city of Al-Hoceima on Thursday fired tear gas to disperse "
     "protesters and stop them marching in defiance of a government ban.\n\nBy late afternoon hundreds of people had "
     "gathered at several points across the city, but as they tried to advance the police charged and pushed them "
     "back. In the Sidi Abed neighbourhood, police fired tear gas at demonstrators chanting \"Long live the Rif\".",
     [("COERCE", "fired#1", "2017-07-20", "MA", *RIF),
      ("COERCE", "charged", "2017-07-20", "MA", *RIF),
      ("COERCE", "fired#2", "2017-07-20", "MA", *RIF)]),
    ("mar-rif-2017-06-09", "https://www.worldaware.com/fr/product/213001", "2017-06-09", False,
     "Protests continue in Morocco's Rif region. Security forces ended a women's protest in Al-Hoceima on Saturday, "
     "June 3, encircling hundreds of women demanding jobs, healthcare and infrastructure. On the night of Sunday, June "
     "4, hundreds of protesters demonstrated in Al-Hoceima and other towns of the Rif, the ninth night of protests "
     "calling for the release of Nasser Zefzafi. Security forces arrested two other leaders of the movement on Monday, "
     "June 5.\n\nIn Imzouren, residents held a demonstration on Friday, June 2, against Zefzafi's arrest. Protesters "
     "threw rocks and rubbish at officers, who responded with water cannon and tear gas.",
     [("COERCE", "ended", "2017-06-03", "MA", *RIF),
      ("PROTEST", "demonstrated", "2017-06-04", "MA", *NONE),
      ("COERCE", "arrested", "2017-06-05", "MA", *NONE),
      ("PROTEST", "threw", "2017-06-02", "MA", *RIF),
      ("COERCE", "responded", "2017-06-02", "MA", *RIF)]),
]


def build() -> list[dict]:
    return build_rows(ITEMS)


if __name__ == "__main__":
    write_reports(build(), "reports_dev9.jsonl")
