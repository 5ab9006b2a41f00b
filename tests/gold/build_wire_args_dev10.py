"""Writes wire_args_dev10.jsonl: a tenth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). Like dev7-dev9 it was written and annotated from the reports alone, before the coder was run
on it: the earlier sets had come to fit the rules (dev9 rose by 0.21 in one session while the held-out set moved by
0.007), so a fresh set is the honest yardstick. Its sha256 is pinned in tests/test_gold_frozen.py, so it stays as
first annotated (a correction is a new set).

Its datelines come from fifteen countries that no earlier dev set has as a dateline, and from conflicts and unrest
no earlier dev set covers: Madagascar (the 2025 Gen Z protests), Togo (the June 2025 protests), Slovakia (the
shooting of Robert Fico), Brazil (the storming of Congress on 8 January 2023), Qatar (Israel's strike on Hamas
officials in Doha), Iraqi Kurdistan (Iran's missile strike on Erbil), Tanzania (the 2025 election unrest), Ireland
(the Dublin riots), Benin (the W National Park attack), the Netherlands (the attacks on Israeli fans in Amsterdam),
India's Manipur (the attacks on ministers' homes), Guinea-Bissau (the attack on the government palace), Cuba (the
11 July protests), Mongolia (the coal-scandal protests) and Eswatini (the pro-democracy protests). The stories were
chosen for their news, not for a construction.

Conventions: docs/annotation-guidelines.md ("Arguments"), and the choices of the earlier sets where the guidelines
leave a gap: a crowd storming or torching buildings is PROTEST (riot); an attack on a building whose name gives
its owner ("a police station", "the government palace", "a brewery partly owned by King Mswati III") has that owner
as target, one whose name gives none ("the presidential palace", "the State Palace") has no target; Congress and
the Supreme Court are actors (LEG, JUD), not things; crowd control follows "Protest policing and protest violence"
in the guidelines (tear gas, batons and dispersal are COERCE `restrict`, demonstrators throwing things at police
PROTEST `riot`); a condemnation whose culprit the story names elsewhere has that culprit as target with text
null; an opposition party is OPP; JNIM and "suspected jihadists" in Benin are BEN/REB (a non-state armed group
under the country it fights in); attackers and gunmen of no stated side are coded with the story's country and no
sector. Every story is a short wire-style paraphrase of the public report(s) cited as its source, found with a
search of stored public pages; the reports stay their publishers'.

First score (main c8a6e11, before any tuning on it): both right 0.590 (36/61) as first written, when six
crowd-control events were typed against the guidelines' protest-policing rule (tear gas and batons as ASSAULT,
demonstrators' missiles as ASSAULT); those six types were then brought into line with the written rule, before
any per-item error was looked at, and the set as pinned scores as recorded in README.
Run: python tests/gold/build_wire_args_dev10.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("n01", "https://theindianawaaz.com/police-use-tear-gas-as-youth-protests-resume-in-madagascar-capital/ "
     "(2025-10-01); https://mezha.net/eng/bukvy/madagascar-protests-escalate-as-police-use-tear-gas-against-"
     "demonstrators/ (CNN, Reuters, 2025-09-29)",
     "2025-09-30", ("ANTANANARIVO, Sept 30", "Antananarivo", "MDG"),
     "ANTANANARIVO, Sept 30 (Reuters) - Police fired tear gas at hundreds of young protesters in Madagascar's capital "
     "on Tuesday, a day after President Andry Rajoelina dismissed his government. The demonstrators have demanded an "
     "end to repeated water and power cuts. In another part of the city, police removed stones and telephone poles "
     "that protesters had used to block roads. The UN human rights chief reported at least 22 deaths, but "
     "Madagascar's foreign ministry rejected the figures.",
     [E("COERCE", A("Police", "MDG", "COP"), A("hundreds of young protesters", "MDG", "CVL"), mode="restrict",
        instrument="tear gas"),
      E("REQUEST", A("The demonstrators", "MDG", "CVL"), None),
      E("PROTEST", A("protesters", "MDG", "CVL"), None, mode="obstruct", obj="roads"),
      E("REJECT", A("Madagascar's foreign ministry", "MDG", "GOV"), A("The UN human rights chief", "IGO"))]),
    ("n02", "https://en.africatopsuccess.com/2025/06/30/togo-7-people-killed-during-recent-anti-government-protests "
     "(2025-06-30); https://tengele.com/news/d889737a-4c3e-4234-a2c0-ecec3f253f52/togo-protests-leave-seven-dead-"
     "in-lome (2025-06-30)",
     "2025-06-30", ("LOME, June 30", "Lome", "TGO"),
     "LOME, June 30 (AFP) - At least seven people were killed during three days of anti-government protests in "
     "Togo's capital, civil society groups said on Monday. Police fired tear gas in several neighbourhoods of Lome "
     "and beat protesters with batons, witnesses said. The Togo Debout citizens' front accused the security forces "
     "and militias of abuses. The government denied any link between the deaths and the demonstrations and "
     "threatened legal action against the organisers of the protests.",
     [E("COERCE", A("Police", "TGO", "COP"), None, mode="restrict", modality="reported", instrument="tear gas"),
      E("COERCE", A("Police", "TGO", "COP"), A("protesters", "TGO", "CVL"), mode="restrict", modality="reported",
        instrument="batons"),
      E("ACCUSE", A("The Togo Debout citizens' front", "TGO", "NGO"), A("the security forces", "TGO")),
      E("ACCUSE", A("The Togo Debout citizens' front", "TGO", "NGO"), A("militias", "TGO", "UAF")),
      E("THREATEN", A("The government", "TGO", "GOV"), A("the organisers of the protests", "TGO", "CVL"))]),
    ("n03", "https://tvn24.pl/swiat/slowacja-premier-robert-fico-postrzelony-st7918470 (TVN24, 2024-05-15); "
     "https://gauchazh.clicrbs.com.br/mundo/noticia/2024/05/premie-da-eslovaquia-e-baleado-e-levado-a-hospital-"
     "estado-de-saude-e-grave-clw7xufa4001l019vwgo755gc.html (2024-05-15)",
     "2024-05-15", ("BRATISLAVA, May 15", "Bratislava", "SVK"),
     "BRATISLAVA, May 15 (Reuters) - A gunman shot Slovak Prime Minister Robert Fico several times after a government "
     "meeting in the town of Handlova on Wednesday, and police detained a suspect at the scene. Fico's bodyguards "
     "carried him to a car, and he was flown by helicopter to hospital. An interior ministry spokesman confirmed an "
     "assassination attempt. President Zuzana Caputova condemned the attack.",
     [E("ASSAULT", A("A gunman", "SVK"), A("Slovak Prime Minister Robert Fico", "SVK", "GOV")),
      E("COERCE", A("police", "SVK", "COP"), A("a suspect", "SVK"), mode="arrest"),
      E("ACCUSE", A("President Zuzana Caputova", "SVK", "GOV"), A(None, "SVK"), mode="disapprove")]),
    ("n04", "https://www.washingtonpost.com/world/2023/01/08/bolsonaro-supporters-brazil-congress/ (2023-01-08); "
     "https://offthepress.com/thousands-of-bolsonaro-supporters-storm-brazils-congress-supreme-court-presidential-"
     "office/ (AP, 2023-01-08)",
     "2023-01-08", ("BRASILIA, Jan 8", "Brasilia", "BRA"),
     "BRASILIA, Jan 8 (AP) - Thousands of supporters of former President Jair Bolsonaro stormed Brazil's Congress, "
     "the Supreme Court and the presidential palace on Sunday, a week after the inauguration of President Luiz "
     "Inacio Lula da Silva. Police arrested hundreds of people after retaking the buildings. Lula condemned the "
     "attacks and blamed Bolsonaro for stimulating them. Justice Minister Flavio Dino said the attempt to impose "
     "their will by force would not prevail.",
     [E("PROTEST", A("Thousands of supporters of former President Jair Bolsonaro", "BRA", "CVL"),
        A("Brazil's Congress", "BRA", "LEG"), mode="riot"),
      E("PROTEST", A("Thousands of supporters of former President Jair Bolsonaro", "BRA", "CVL"),
        A("the Supreme Court", "BRA", "JUD"), mode="riot"),
      E("PROTEST", A("Thousands of supporters of former President Jair Bolsonaro", "BRA", "CVL"), None,
        mode="riot", obj="the presidential palace"),
      E("COERCE", A("Police", "BRA", "COP"), A("hundreds of people", "BRA", "CVL"), mode="arrest"),
      E("ACCUSE", A("Lula", "BRA", "GOV"), A(None, "BRA", "CVL"), mode="disapprove"),
      E("ACCUSE", A("Lula", "BRA", "GOV"), A("Bolsonaro", "BRA"))]),
    ("n05", "https://gulfnews.com/world/gulf/qatar/what-we-know-so-far-about-israeli-attack-on-qatar-1.500262847 "
     "(AFP, 2025-09-09); https://www.trtworld.com/article/ca101c827e10 (2025-09-09)",
     "2025-09-09", ("DOHA, Sept 9", "Doha", "QAT"),
     "DOHA, Sept 9 (AFP) - Several explosions shook Qatar's capital on Tuesday in a rare Israeli attack outside Gaza. "
     "Israel's military said its air force had struck residential buildings housing members of Hamas's political "
     "bureau. Qatar's foreign ministry condemned what it called a cowardly Israeli attack and a violation of its "
     "sovereignty. Iran also condemned the strike. The Israeli military accused the Hamas leaders of being directly "
     "responsible for the October 7 attack.",
     [E("ASSAULT", A("its air force", "ISR", "MIL"), A("members of Hamas's political bureau", "PSE", "REB"),
        modality="reported", obj="residential buildings"),
      E("ACCUSE", A("Qatar's foreign ministry", "QAT", "GOV"), A("Israeli", "ISR"), mode="disapprove"),
      E("ACCUSE", A("Iran", "IRN"), A(None, "ISR"), mode="disapprove"),
      E("ACCUSE", A("The Israeli military", "ISR", "MIL"), A("the Hamas leaders", "PSE", "REB"))]),
    ("n06", "https://www.ifmat.org/01/17/baghdad-recalls-ambassador-after-iran-strikes-northern-iraq/ (2024-01-17); "
     "https://vidostream.com/Middle-East/iraq-recalls-ambassador-from-tehran-after-iranian-missiles-strike-kurdish-"
     "region-21971.html (France 24, AFP, 2024-01-16)",
     "2024-01-16", ("ERBIL, Iraq, Jan 16", "Erbil", "IRQ"),
     "ERBIL, Iraq, Jan 16 (AFP) - Iran's Revolutionary Guards fired ballistic missiles at what they called an Israeli "
     "spy headquarters in Erbil late on Monday, killing at least four civilians, Kurdish officials said. Iraq "
     "recalled its ambassador from Tehran in protest. The Iraqi foreign ministry denounced the attack as aggression "
     "against Iraq's sovereignty. Kurdistan Prime Minister Masrour Barzani condemned the attack and urged the Iraqi "
     "government to take a firm position. The United States also criticised Iran's reckless missile strikes.",
     [E("ASSAULT", A("Iran's Revolutionary Guards", "IRN", "MIL"), A("at least four civilians", "IRQ", "CVL"),
        modality="reported", instrument="ballistic missiles"),
      E("REDUCE", A("Iraq", "IRQ"), A("Tehran", "IRN", "GOV")),
      E("ACCUSE", A("The Iraqi foreign ministry", "IRQ", "GOV"), A(None, "IRN", "MIL"), mode="disapprove"),
      E("ACCUSE", A("Kurdistan Prime Minister Masrour Barzani", "IRQ", "GOV"), A(None, "IRN", "MIL"),
        mode="disapprove"),
      E("REQUEST", A("Kurdistan Prime Minister Masrour Barzani", "IRQ", "GOV"), A("the Iraqi government", "IRQ", "GOV")),
      E("ACCUSE", A("The United States", "USA"), A("Iran's", "IRN"), mode="disapprove")]),
    ("n07", "https://anewz.tv/region/south-caucasus/14840/tanzania-police-fire-tear-gas-as-post-election-protests-"
     "cont/news (Reuters, 2025-10-30); https://mwanzotv.com/author/kevin-sewe/page/5 (AFP, 2025-10-29)",
     "2025-10-30", ("DAR ES SALAAM, Oct 30", "Dar es Salaam", "TZA"),
     "DAR ES SALAAM, Oct 30 (Reuters) - Tanzanian police fired tear gas and live rounds on Thursday to disperse "
     "protesters in Dar es Salaam and other cities, a day after a disputed election, witnesses said. On Wednesday "
     "hundreds of protesters burned a police station in the city. The main opposition party Chadema, whose leader "
     "Tundu Lissu faces treason charges, had called for protests. Authorities imposed an overnight curfew in the "
     "city.",
     [E("COERCE", A("Tanzanian police", "TZA", "COP"), A("protesters", "TZA", "CVL"), mode="restrict", modality="reported",
        instrument="tear gas and live rounds"),
      E("PROTEST", A("hundreds of protesters", "TZA", "CVL"), A("police", "TZA", "COP"), mode="riot",
        obj="a police station"),
      E("REQUEST", A("The main opposition party Chadema", "TZA", "OPP"), None),
      E("COERCE", A("Authorities", "TZA", "GOV"), None, mode="restrict")]),
    ("n08", "https://cityam.com/buses-and-trams-burned-in-dublin-riots-after-children-injured-in-knife-attack "
     "(PA, 2023-11-24); https://usanews.net/breaking/dublin-wakes-up-to-smoking-vehicles-after-ultra-riots-over-"
     "stabbing.html (2023-11-24)",
     "2023-11-24", ("DUBLIN, Nov 24", "Dublin", "IRL"),
     "DUBLIN, Nov 24 (Reuters) - Rioters set fire to a police car, a tram and several buses in Dublin on Thursday "
     "night after three children and a woman were stabbed outside a school in the city centre. Rioters also looted "
     "shops and threw bottles and fireworks at police. Garda Commissioner Drew Harris blamed the disorder on a "
     "lunatic hooligan faction driven by far-right ideology. Police arrested 34 people, Harris said on Friday. "
     "Justice Minister Helen McEntee said the scenes would not be tolerated.",
     [E("PROTEST", A("Rioters", "IRL", "CVL"), A("police", "IRL", "COP"), mode="riot",
        obj="a police car, a tram and several buses"),
      E("ASSAULT", None, A("three children", "IRL", "CVL")),
      E("ASSAULT", None, A("a woman", "IRL", "CVL")),
      E("PROTEST", A("Rioters", "IRL", "CVL"), None, mode="riot", obj="shops"),
      E("PROTEST", A("Rioters", "IRL", "CVL"), A("police", "IRL", "COP"), mode="riot", instrument="bottles and fireworks"),
      E("ACCUSE", A("Garda Commissioner Drew Harris", "IRL", "COP"), A("a lunatic hooligan faction", "IRL")),
      E("COERCE", A("Police", "IRL", "COP"), A("34 people", "IRL"), mode="arrest", modality="reported")]),
    ("n09", "https://sofx.com/benin-confirms-54-soldiers-killed-in-jihadist-attack-near-northern-border (2025-04); "
     "https://jhb.news/benin-admits-that-54-soldiers-killed-in-border-attack-by-jnim (BBC, 2025-04)",
     "2025-04-23", ("COTONOU, April 23", "Cotonou", "BEN"),
     "COTONOU, April 23 (AFP) - Suspected jihadists killed 54 soldiers in an attack on two military posts in W "
     "National Park in northern Benin last week, government spokesman Wilfried Leandre Houngbedji said on Wednesday. "
     "The government had earlier put the toll at eight. Jama'at Nusrat al-Islam wal Muslimeen (JNIM), an al-Qaeda "
     "affiliate based in Mali, claimed responsibility for the attack and said it had killed 70 soldiers. Houngbedji "
     "urged neighbouring countries to do more to fight the jihadists.",
     [E("ASSAULT", A("Suspected jihadists", "BEN", "REB"), A("54 soldiers", "BEN", "MIL"), modality="reported",
        obj="two military posts"),
      E("ASSAULT", A("it", "BEN", "REB"), A("70 soldiers", "BEN", "MIL"), modality="reported"),
      E("REQUEST", A("Houngbedji", "BEN", "GOV"), A("neighbouring countries", None))]),
    ("n10", "https://kstp.com/associated-press/ap-us-international/attackers-assaulted-israeli-fans-after-a-soccer-"
     "match-in-amsterdam-leaving-5-people-hospitalized/ (AP, 2024-11-08); https://ca.news.yahoo.com/israel-sends-"
     "planes-amsterdam-rescue-070147038.html (2024-11-08)",
     "2024-11-08", ("AMSTERDAM, Nov 8", "Amsterdam", "NLD"),
     "AMSTERDAM, Nov 8 (AP) - Attackers assaulted Israeli football fans overnight after a match between Ajax and "
     "Maccabi Tel Aviv, leaving five people in hospital, Dutch authorities said on Friday. The city's acting police "
     "chief said people on scooters had carried out hit-and-run attacks on the fans. Riot police intervened several "
     "times and arrested 62 people. Dutch Prime Minister Dick Schoof condemned the attacks as antisemitic and said "
     "the perpetrators would be prosecuted.",
     [E("ASSAULT", A("Attackers", "NLD"), A("Israeli football fans", "ISR", "CVL"), modality="reported"),
      E("ASSAULT", A("people on scooters", "NLD"), A("the fans", "ISR", "CVL"), modality="reported"),
      E("COERCE", A("Riot police", "NLD", "COP"), A("62 people", "NLD"), mode="arrest"),
      E("ACCUSE", A("Dutch Prime Minister Dick Schoof", "NLD", "GOV"), A(None, "NLD"), mode="disapprove")]),
    ("n11", "https://ndtv.com/india-news/protesters-attack-houses-of-2-manipur-ministers-3-mlas-over-hostage-deaths-"
     "7034116 (PTI, 2024-11-16); https://tribuneindia.com/news/curfew-imposed-in-imphal-as-houses-of-cm-ministers-"
     "targeted-net-suspended (2024-11-16)",
     "2024-11-16", ("IMPHAL, Nov 16", "Imphal", "IND"),
     "IMPHAL, Nov 16 (PTI) - Protesters attacked the homes of two Manipur ministers and three legislators in Imphal "
     "on Saturday after the bodies of six people taken hostage in Jiribam district were found, police said. A mob "
     "stormed the residence of Health Minister Sapam Ranjan, a senior officer said. Security forces fired tear gas "
     "shells to disperse protesters outside the private residence of Chief Minister N Biren Singh. The "
     "administration imposed a curfew in Imphal West and Imphal East. The six, three women and three children, had "
     "been taken hostage by suspected Kuki insurgents.",
     [E("PROTEST", A("Protesters", "IND", "CVL"), A("two Manipur ministers", "IND", "GOV"), mode="riot",
        modality="reported", obj="the homes"),
      E("PROTEST", A("Protesters", "IND", "CVL"), A("three legislators", "IND", "LEG"), mode="riot",
        modality="reported", obj="the homes"),
      E("PROTEST", A("A mob", "IND", "CVL"), A("Health Minister Sapam Ranjan", "IND", "GOV"), mode="riot",
        modality="reported", obj="the residence"),
      E("COERCE", A("Security forces", "IND"), A("protesters", "IND", "CVL"), mode="restrict", instrument="tear gas shells"),
      E("COERCE", A("The administration", "IND", "GOV"), None, mode="restrict"),
      E("ASSAULT", A("suspected Kuki insurgents", "IND", "REB"), A("The six", "IND", "CVL"), mode="abduct")]),
    ("n12", "https://sputnikglobe.com/amp/20220201/soldiers-disperse-guinea-bissaus-parliament-as-president-pm-"
     "remain-missing---reports-1092666868.html (Lusa, 2022-02-01); https://ethiopianstoday.com/2022/02/01/heavy-"
     "gunfire-heard-around-the-government-palace/ (CGTN, 2022-02-01)",
     "2022-02-01", ("BISSAU, Feb 1", "Bissau", "GNB"),
     "BISSAU, Feb 1 (Reuters) - Armed men attacked the government palace in Guinea-Bissau's capital on Tuesday, where "
     "President Umaro Sissoco Embalo and Prime Minister Nuno Gomes Nabiam were holding a cabinet meeting, and heavy "
     "gunfire was heard for hours. The West African bloc ECOWAS condemned what it called an attempted coup. UN "
     "Secretary-General Antonio Guterres called for an immediate end to the fighting. Embalo later said calm had "
     "returned and that some of those involved had been arrested.",
     [E("ASSAULT", A("Armed men", "GNB"), A("government", "GNB", "GOV"), obj="the government palace"),
      E("ACCUSE", A("The West African bloc ECOWAS", "IGO"), A(None, "GNB"), mode="disapprove"),
      E("REQUEST", A("UN Secretary-General Antonio Guterres", "IGO"), None),
      E("COERCE", None, A("some of those involved", "GNB"), mode="arrest", modality="reported")]),
    ("n13", "https://reutersagency.com/en/coverage/thousands-of-protesters-take-to-the-streets-in-cuba (Reuters, "
     "2021-07-11); https://eu.usatoday.com/story/news/world/2021/07/13/cuba-increases-police-presence-put-end-"
     "protests/7948464002/ (AP, 2021-07-13)",
     "2021-07-11", ("HAVANA, July 11", "Havana", "CUB"),
     "HAVANA, July 11 (Reuters) - Thousands of Cubans took to the streets from Havana to Santiago on Sunday in rare "
     "protests against food shortages, blackouts and the slow pace of coronavirus vaccinations. President Miguel "
     "Diaz-Canel went on national television, accusing the United States of stoking the unrest through social "
     "media. He called on his supporters to confront the provocations. Police detained several protesters in the "
     "capital, and some demonstrators threw rocks at officers.",
     [E("PROTEST", A("Thousands of Cubans", "CUB", "CVL"), None, mode="demo"),
      E("ACCUSE", A("President Miguel Diaz-Canel", "CUB", "GOV"), A("the United States", "USA")),
      E("REQUEST", A("He", "CUB", "GOV"), A("his supporters", "CUB", "CVL")),
      E("COERCE", A("Police", "CUB", "COP"), A("several protesters", "CUB", "CVL"), mode="arrest"),
      E("PROTEST", A("some demonstrators", "CUB", "CVL"), A("officers", "CUB", "COP"), mode="riot", instrument="rocks")]),
    ("n14", "https://localnews8.com/news/ap-national/2022/12/06/mongolians-protest-alleged-theft-of-coal-sold-to-"
     "china/ (AP, 2022-12-06); https://www.rt.com/news/567693-government-palace-mongolia-protest/ (2022-12-05); "
     "https://www.txtreport.com/news/2022-12-05-large-scale-protest-in-the-capital-of-mongolia--protesters-storm-"
     "the-government-palace-(video).HJ9MTOiwi.html (2022-12-05)",
     "2022-12-05", ("ULAANBAATAR, Dec 5", "Ulaanbaatar", "MNG"),
     "ULAANBAATAR, Dec 5 (AP) - Protesters angered by a corruption scandal over coal exports to China tried to storm "
     "the State Palace in Mongolia's capital on Monday, demanding the dismissal of the officials involved. The "
     "demonstrators broke a metal door and briefly entered the building, and at least six police officers were "
     "injured in scuffles. Police detained several protesters. Mongolia's prime minister invited the protesters to "
     "join a task force investigating the theft.",
     [E("PROTEST", A("Protesters", "MNG", "CVL"), None, mode="riot", obj="the State Palace"),
      E("COERCE", A("Police", "MNG", "COP"), A("several protesters", "MNG", "CVL"), mode="arrest"),
      E("REQUEST", A("Mongolia's prime minister", "MNG", "GOV"), A("the protesters", "MNG", "CVL"))]),
    ("n15", "https://www.taipeitimes.com/News/world/archives/2021/06/30/2003760065 (AFP, 2021-06-30); "
     "https://www.iol.co.za/news/africa/at-least-21-killed-in-eswatini-protests-says-swaziland-youth-congress-"
     "65d9de24-791c-55a2-80bb-791af7d60a6e (2021-06-30)",
     "2021-06-30", ("MBABANE, June 30", "Mbabane", "SWZ"),
     "MBABANE, June 30 (AFP) - Eswatini deployed soldiers overnight to the industrial town of Matsapha to crack down "
     "on pro-democracy protests, campaigners said on Wednesday. A young man was shot point-blank by the army, said "
     "Lucky Lukhele, spokesman for the Swaziland Solidarity Network. The Swaziland Youth Congress said security "
     "forces had killed at least 21 people since the protests began. Protesters torched a brewery partly owned by "
     "King Mswati III, and the government imposed a dusk-to-dawn curfew and cut internet access.",
     [E("MOBILIZE", A("Eswatini", "SWZ"), None, modality="reported"),
      E("ASSAULT", A("the army", "SWZ", "MIL"), A("A young man", "SWZ", "CVL"), modality="reported"),
      E("ASSAULT", A("security forces", "SWZ"), A("at least 21 people", "SWZ", "CVL"), modality="reported"),
      E("PROTEST", A("Protesters", "SWZ", "CVL"), A("King Mswati III", "SWZ", "GOV"), mode="riot",
        obj="a brewery"),
      E("COERCE", A("the government", "SWZ", "GOV"), None, mode="restrict"),
      E("COERCE", A("the government", "SWZ", "GOV"), None, mode="restrict")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev10.jsonl", disjoint_from="wire_args.jsonl")
