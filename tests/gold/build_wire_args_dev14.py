"""Writes wire_args_dev14.jsonl: a fourteenth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). Like dev7-dev13 it was written and annotated from the reports alone, in the twentieth
session, by a helper that does not tune the coder, before the coder was run on it. Its sha256 is pinned in
tests/test_gold_frozen.py, so it stays as first annotated (a correction is a new set).

Its datelines come from twelve countries that no earlier wire_args dev set has as a dateline, with a mix chosen to
cover every kind of act, not only unrest: Romania (the diaspora protest in Bucharest, August 2018), Latvia (the
expulsion of Russia's ambassador, January 2023), Zambia (the arrest of Hakainde Hichilema, April 2017), New Zealand
(the end of the Parliament occupation in Wellington, March 2022), Singapore (the Trump-Kim summit, June 2018),
Austria (the Vienna shooting, November 2020), Tonga (the first aid flights after the eruption, January 2022), the
Dominican Republic (the border closure with Haiti, September 2023), Angola (the Luanda taxi-strike riots, July
2025), Eritrea (the Ethiopia-Eritrea peace declaration in Asmara, July 2018), Norway (the Oslo bar shooting, June
2022) and Liberia (the U.S. military's Ebola mission, September 2014). The stories were chosen for their news, not
for a construction.

Conventions: docs/annotation-guidelines.md ("Arguments"), with the choices of dev10-dev13 where the guidelines
leave a gap (crowd control with tear gas, water cannon or pepper spray COERCE `restrict`; a crowd throwing things
at police or burning property PROTEST `riot`; a demand that someone resign a REQUEST with no second event; a bare
country name with sector null; a lone gunman UAF of the story's country, also once named or arrested; a raised
security alert MOBILIZE; closing a border with another state SANCTION against that state; coordinated parties
that sign or meet each other's target, "The two leaders" coded for each; a stated intent to meet, an invitation,
AGREE as CAMEO 036). A condemnation of an attack whose attacker the story names has him as target, text null.
Every story is a short wire-style paraphrase of the public report(s) cited as its source, found with a search of
stored public pages, keeping their facts, days and places; the reports stay their publishers'.

First score: see tests/test_gold_frozen.py (recorded before any tuning on it).
Run: python tests/gold/build_wire_args_dev14.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("s01", "https://forum.agora-dialogue.com/2018/08/11/romanian-diasporas-anti-government-protest-turns-violent/ "
     "(Politico, 2018-08-11); https://www.romania-insider.com/diaspora-protest-bucharest-live/ (2018-08-10); "
     "https://www.infobalkans.com/2019/08/09/romanians-brace-repeat-iconic-protest (BIRN, 2019-08-09); "
     "https://www.comisarul.ro/articol/iohannis-condam-ferm-interventia-brutala-a-jandarm_958828.html (Agerpres, "
     "2018-08-10)",
     "2018-08-10", ("BUCHAREST, Aug 10", "Bucharest", "ROU"),
     "BUCHAREST, Aug 10 - Romanian gendarmes fired tear gas and water cannon on Friday to clear tens of thousands of "
     "people who were protesting in Victory Square against the Social Democrat government of Prime Minister Viorica "
     "Dancila. Many of the demonstrators were Romanians who live abroad and had driven home for the rally. A group of "
     "protesters threw bottles at gendarmes guarding the government headquarters, and hundreds of people needed "
     "medical care. The crowd demanded that the government resign. President Klaus Iohannis "
     "condemned the gendarmes' brutal intervention as strongly disproportionate and said Interior Minister Carmen Dan "
     "must urgently explain how she had handled the events.",
     [E("COERCE", A("Romanian gendarmes", "ROU", "COP"), A("tens of thousands of people", "ROU", "CVL"),
        mode="restrict", instrument="tear gas and water cannon"),
      E("PROTEST", A("tens of thousands of people", "ROU", "CVL"),
        A("the Social Democrat government of Prime Minister Viorica Dancila", "ROU", "GOV"), mode="demo"),
      E("PROTEST", A("A group of protesters", "ROU", "CVL"), A("gendarmes", "ROU", "COP"), mode="riot",
        instrument="bottles"),
      E("REQUEST", A("The crowd", "ROU", "CVL"), A("the government", "ROU", "GOV")),
      E("ACCUSE", A("President Klaus Iohannis", "ROU", "GOV"), A("the gendarmes'", "ROU", "COP"),
        mode="disapprove"),
      E("REQUEST", A("President Klaus Iohannis", "ROU", "GOV"), A("Interior Minister Carmen Dan", "ROU", "GOV"))]),
    ("s02", "https://www.themoscowtimes.com/2023/01/27/moscow-gives-latvian-ambassador-two-weeks-to-leave-russia-"
     "a80068 (AFP, 2023-01-27); https://en.haberler.com/russia-summons-latvian-diplomat-over-riga-s-1805422 "
     "(Anadolu, 2023-01-27); https://mamul.am/en/news/258108 (2023-01-23); https://dailynewsegypt.com/?p=792643 "
     "(Xinhua, 2023-01-28)",
     "2023-01-27", ("RIGA, Jan 27", "Riga", "LVA"),
     "RIGA, Jan 27 (AFP) - Russia on Friday ordered Latvia's ambassador Maris Riekstins to leave the country within "
     "two weeks, in a tit-for-tat move. On Monday Latvia told the Russian "
     "ambassador to leave by Feb. 24 and lowered relations with Moscow to the level of charge d'affaires, citing "
     "Russia's war in Ukraine and solidarity with Estonia. The Russian Foreign Ministry accused Latvia and Estonia of "
     "total Russophobia and warned that Riga's provocative step would have consequences. Latvian Foreign Minister "
     "Edgars Rinkevics said Latvia would also recall its ambassador to Russia by the same date.",
     [E("SANCTION", A("Russia", "RUS"), A("Latvia's ambassador Maris Riekstins", "LVA", "GOV"), mode="expel"),
      E("SANCTION", A("Latvia", "LVA"), A("the Russian ambassador", "RUS", "GOV"), mode="expel"),
      E("SANCTION", A("Latvia", "LVA"), A("Moscow", "RUS", "GOV")),
      E("ACCUSE", A("The Russian Foreign Ministry", "RUS", "GOV"), A("Latvia", "LVA"), mode="disapprove"),
      E("ACCUSE", A("The Russian Foreign Ministry", "RUS", "GOV"), A("Estonia", "EST"), mode="disapprove"),
      E("THREATEN", A("The Russian Foreign Ministry", "RUS", "GOV"), A("Riga's", "LVA", "GOV")),
      E("SANCTION", A("Latvia", "LVA"), A("Russia", "RUS"), modality="hypothetical")]),
    ("s03", "https://mpelembe.net/world/politics/zambian-police-detain-opposition-leader/ (Reuters, 2017-04-11); "
     "https://www.aljazeera.com/news/2017/4/11/zambian-opposition-leader-hakainde-hichilema-detained (2017-04-11); "
     "https://amp.dw.com/en/zambia-opposition-leader-arrested-on-treason-charges/a-38391703 (2017-04-12)",
     "2017-04-11", ("LUSAKA, April 11", "Lusaka", "ZMB"),
     "LUSAKA, April 11 (Reuters) - Zambian police detained opposition leader Hakainde Hichilema for treason on "
     "Tuesday after raiding his home in a Lusaka suburb overnight, his lawyer said. Police fired tear gas into his "
     "house after breaking down the doors, a spokesman for the opposition United Party for National "
     "Development (UPND) said. Authorities accuse Hichilema of refusing to let President Edgar Lungu's motorcade pass "
     "during a traditional ceremony in Western Province at the weekend. The UPND rejected the accusation. "
     "Hichilema, who narrowly lost to Lungu in last August's election, has called the vote fraudulent.",
     [E("COERCE", A("Zambian police", "ZMB", "COP"), A("opposition leader Hakainde Hichilema", "ZMB", "OPP"),
        mode="arrest", modality="reported"),
      E("COERCE", A("Police", "ZMB", "COP"), A("his", "ZMB", "OPP"), mode="restrict", modality="reported",
        instrument="tear gas", obj="house"),
      E("ACCUSE", A("Authorities", "ZMB", "GOV"), A("Hichilema", "ZMB", "OPP"), mode="allege"),
      E("REJECT", A("The UPND", "ZMB", "OPP"), A(None, "ZMB", "GOV")),
      E("ACCUSE", A("Hichilema", "ZMB", "OPP"), None, mode="allege")]),
    ("s04", "https://www.odt.co.nz/star-news/star-national/live-police-out-force-parliament-clean-begins (NZ Herald, "
     "2022-03-03); https://www.stuff.co.nz/dominion-post/news/wellington/127928119/occupation-day-23-police-oust-"
     "protesters-from-parliament-grounds-ardern-condemns-violence (2022-03-02); https://www.nzherald.co.nz/nz/"
     "politics/covid-19-wellington-protest-riots-fire-and-violence-as-police-end-occupation/"
     "SKA5WAE3HBT3GZOY2SNZPOBWLY/ (2022-03-02)",
     "2022-03-03", ("WELLINGTON, March 3", "Wellington", "NZL"),
     "WELLINGTON, March 3 - New Zealand police forced anti-mandate protesters off the grounds of Parliament on "
     "Wednesday, ending a 23-day occupation, and arrested 87 people. Protesters hurled bricks, paving stones and "
     "traffic cones at officers and set fire to tents and a children's slide on the lawn. Police used pepper spray and "
     "a fire hose against the crowd. Prime Minister Jacinda Ardern condemned the protesters' violence as an attack on "
     "frontline police and on Parliament. Wellington Mayor Andy Foster thanked police for bringing the protest under "
     "control.",
     [E("COERCE", A("New Zealand police", "NZL", "COP"), A("anti-mandate protesters", "NZL", "CVL"),
        mode="restrict"),
      E("COERCE", A("New Zealand police", "NZL", "COP"), A("87 people", "NZL", "CVL"), mode="arrest"),
      E("PROTEST", A("Protesters", "NZL", "CVL"), A("officers", "NZL", "COP"), mode="riot",
        instrument="bricks, paving stones and traffic cones"),
      E("PROTEST", A("Protesters", "NZL", "CVL"), None, mode="riot", obj="tents and a children's slide"),
      E("COERCE", A("Police", "NZL", "COP"), A("the crowd", "NZL", "CVL"), mode="restrict",
        instrument="pepper spray and a fire hose"),
      E("ACCUSE", A("Prime Minister Jacinda Ardern", "NZL", "GOV"), A("the protesters'", "NZL", "CVL"),
        mode="disapprove"),
      E("SUPPORT", A("Wellington Mayor Andy Foster", "NZL", "GOV"), A("police", "NZL", "COP"))]),
    ("s05", "https://www.bostonglobe.com/news/world/2018/06/11/trump-anticipates-terrific-relationship-with-kim-jong/"
     "ojufTuxarq20ahLB8xGnuM/story.html (NYT, 2018-06-12); https://www.highplainspundit.com/2018/06/trump-and-kim-"
     "jong-un-sign-agreement-on.html (2018-06-12); https://ballotpedia.org/Daily_Brew:When_will_SCOTUS_release_more_"
     "decisions%3F (2018-06-12); https://www.washingtonexaminer.com/news/2642186/trump-kim-sign-historic-document-on-"
     "denuclearization (2018-06-12)",
     "2018-06-12", ("SINGAPORE, June 12", "Singapore", "SGP"),
     "SINGAPORE, June 12 - U.S. President Donald Trump and North Korean leader Kim Jong Un signed a joint statement "
     "in Singapore on Tuesday at the end of the first summit between the two countries' leaders. The two leaders met "
     "one-on-one for about 45 minutes before expanded talks and a working lunch with their aides. In the document, "
     "Trump committed to provide security guarantees to North Korea, and Kim reaffirmed his commitment to complete "
     "denuclearisation of the Korean Peninsula. Kim thanked Trump for making the meeting happen. Trump said he would "
     "invite Kim to the White House.",
     [E("AGREE", A("U.S. President Donald Trump", "USA", "GOV"), A("North Korean leader Kim Jong Un", "PRK", "GOV")),
      E("AGREE", A("North Korean leader Kim Jong Un", "PRK", "GOV"), A("U.S. President Donald Trump", "USA", "GOV")),
      E("CONSULT", A("The two leaders", "USA", "GOV"), A(None, "PRK", "GOV")),
      E("CONSULT", A("The two leaders", "PRK", "GOV"), A(None, "USA", "GOV")),
      E("AGREE", A("Trump", "USA", "GOV"), A("North Korea", "PRK")),
      E("AGREE", A("Kim", "PRK", "GOV"), None),
      E("SUPPORT", A("Kim", "PRK", "GOV"), A("Trump", "USA", "GOV")),
      E("AGREE", A("Trump", "USA", "GOV"), A("Kim", "PRK", "GOV"))]),
    ("s06", "https://www.haaretz.com/world-news/europe/2020-11-03/ty-article/.premium/reports-of-attack-on-synagogue-"
     "in-central-vienna-large-police-deployment/0000017f-db61-d3ff-a7ff-fbe1655a0000 (Reuters and AP, 2020-11-03); "
     "https://news.abs-cbn.com/overseas/11/03/20/4-dead-in-vienna-terrorist-attack-by-islamic-state-sympathizer "
     "(NYT, 2020-11-03); https://www.theage.com.au/world/europe/several-arrested-in-connection-with-deadly-shooting-"
     "in-vienna-20201103-p56b9m.html (2020-11-03)",
     "2020-11-03", ("VIENNA, Nov 3", "Vienna", "AUT"),
     "VIENNA, Nov 3 (Reuters) - A gunman opened fire on people in bars and streets in central Vienna on Monday "
     "evening, killing four and wounding 22 before police shot him dead within nine minutes, Austrian officials said. "
     "Interior Minister Karl Nehammer said the attacker, a 20-year-old Austrian-North Macedonian dual national, was an "
     "Islamic State sympathiser with a previous conviction for trying to join the group in Syria. Police have arrested 14 "
     "people in 18 raids, Nehammer said on Tuesday. Chancellor Sebastian Kurz condemned the shooting as an Islamist "
     "terrorist attack, an attack out of hatred for Austria's basic values.",
     [E("ASSAULT", A("A gunman", "AUT", "UAF"), A("people", "AUT", "CVL"), mode="firearms", modality="reported"),
      E("ASSAULT", A("police", "AUT", "COP"), A("him", "AUT", "UAF"), mode="firearms", modality="reported"),
      E("COERCE", A("Police", "AUT", "COP"), A("14 people", "AUT", "CVL"), mode="arrest", modality="reported"),
      E("ACCUSE", A("Chancellor Sebastian Kurz", "AUT", "GOV"), A(None, "AUT", "UAF"), mode="disapprove")]),
    ("s07", "https://www.ktoo.org/2022/01/20/first-aid-flights-arrive-in-tonga-after-massive-volcanic-eruption-and-"
     "tsunami/ (AP, 2022-01-20); https://autoexposite.com/world/new-zealand-aid-flight-on-way-to-tonga-images-reveal-"
     "devastation/ (Al Jazeera, 2022-01-20); https://theqldr.com.au/politics/2022/01/19/tonga_eruption_aust-10/ "
     "(AAP, 2022-01-19); https://amp.rnz.co.nz/article/499b67de-f1ea-4062-829f-635b49455101 (RNZ, 2022-01-18)",
     "2022-01-20", ("NUKU'ALOFA, Jan 20", "Nuku'alofa", "TON"),
     "NUKU'ALOFA, Jan 20 (AP) - New Zealand and Australia flew the first aid into Tonga on Thursday, five days after a "
     "volcanic eruption and tsunami, once the ash had been cleared from the main airport's runway. The military "
     "transport planes brought bottled water, shelters, generators and communications equipment. New Zealand has also "
     "sent two navy ships to Tonga with bulk water and relief supplies. Australian Prime Minister Scott Morrison spoke "
     "by phone on Wednesday with his Tongan counterpart Siaosi Sovaleni and said Australia stood shoulder to shoulder "
     "with Tonga. Australia has committed $1 million to Tonga's recovery.",
     [E("AID", A("New Zealand", "NZL"), A("Tonga", "TON")),
      E("AID", A("Australia", "AUS"), A("Tonga", "TON")),
      E("AID", A("New Zealand", "NZL"), A("Tonga", "TON"), obj="bulk water and relief supplies"),
      E("CONSULT", A("Australian Prime Minister Scott Morrison", "AUS", "GOV"),
        A("his Tongan counterpart Siaosi Sovaleni", "TON", "GOV"), mode="phone"),
      E("SUPPORT", A("Australian Prime Minister Scott Morrison", "AUS", "GOV"), A("Tonga", "TON")),
      E("AID", A("Australia", "AUS"), A("Tonga's", "TON"))]),
    ("s08", "https://www.aa.com.tr/en/americas/dominican-republic-to-close-all-borders-with-haiti/2992367 (Anadolu, "
     "2023-09-14); https://localnews8.com/news/national-world/ap-national/2023/09/14/dominican-republic-to-close-all-"
     "borders-with-haiti-in-a-dispute-over-a-canal (AP, 2023-09-14); https://listindiario.com/la-republica/migracion/"
     "20230911/dominican-government-closes-dajabon-border-and_772487.html (2023-09-11)",
     "2023-09-14", ("SANTO DOMINGO, Sept 14", "Santo Domingo", "DOM"),
     "SANTO DOMINGO, Sept 14 (AP) - Dominican President Luis Abinader ordered all land, sea and air borders with "
     "Haiti closed from Friday in a dispute over a canal that Haitian farmers are digging to divert water from the "
     "Massacre River. Abinader called the canal a provocation. Earlier this week "
     "the Dominican government stopped issuing visas to Haitians. Haitian officials met Dominican officials in the "
     "Dominican Republic on Wednesday but failed to reach an agreement.",
     [E("SANCTION", A("Dominican President Luis Abinader", "DOM", "GOV"), A("Haiti", "HTI")),
      E("ACCUSE", A("Abinader", "DOM", "GOV"), A(None, "HTI", "CVL"), mode="disapprove"),
      E("SANCTION", A("the Dominican government", "DOM", "GOV"), A("Haitians", "HTI", "CVL"), mode="discontinue"),
      E("CONSULT", A("Haitian officials", "HTI", "GOV"), A("Dominican officials", "DOM", "GOV")),
      E("AGREE", A("Haitian officials", "HTI", "GOV"), A("Dominican officials", "DOM", "GOV"),
        modality="negated")]),
    ("s09", "https://www.citizen.co.za/news/news-world/news-africa/unrest-in-angolan-capital-after-4-killed-in-fuel-"
     "hike-protests/ (AFP, 2025-07-29); https://clubofmozambique.com/news/four-killed-hundreds-arrested-in-angola-"
     "fuel-hike-protests-288101 (Reuters, 2025-07-29); https://www.webull.com/news/13244208849855488 (2025-07-29)",
     "2025-07-29", ("LUANDA, July 29", "Luanda", "AGO"),
     "LUANDA, July 29 (AFP) - At least four people were killed and more than 500 arrested in Angola's capital after a "
     "taxi drivers' strike against a fuel price rise turned violent, police said on Tuesday. Rioters looted about 45 "
     "shops and damaged 25 private cars, 20 buses and three bank branches on Monday, police spokesman Mateus Rodrigues "
     "told reporters. Taxi drivers launched the three-day strike on Monday to protest against the government's "
     "decision to raise the price of diesel by a third. Gunfire was heard on Tuesday in the Cazenga district, where "
     "people were looting shops, and security forces deployed in the Prenda area, where burning rubbish bins blocked "
     "a road. A woman interviewed by TV Nzinga appealed to President Joao Lourenco for lower prices.",
     [E("ASSAULT", None, A("At least four people", "AGO", "CVL"), modality="reported"),
      E("COERCE", None, A("more than 500", "AGO", "CVL"), mode="arrest", modality="reported"),
      E("PROTEST", A("Rioters", "AGO", "CVL"), None, mode="riot", modality="reported", obj="about 45 shops"),
      E("PROTEST", A("Rioters", "AGO", "CVL"), None, mode="riot", modality="reported",
        obj="25 private cars, 20 buses and three bank branches"),
      E("PROTEST", A("Taxi drivers", "AGO", "CVL"), A("the government's", "AGO", "GOV")),
      E("PROTEST", A("people", "AGO", "CVL"), None, mode="riot", obj="shops"),
      E("MOBILIZE", A("security forces", "AGO"), None),
      E("REQUEST", A("A woman", "AGO", "CVL"), A("President Joao Lourenco", "AGO", "GOV"))]),
    ("s10", "http://www.panapress.com/Ethiopia,-Eritrea-sign-end-of-war-declaration-in-Asmara--12-630551803-146-lang2-"
     "index.html (PANA, 2018-07-09); https://www.shine.cn/archive/world/Ethiopia-Eritrea-sign-peace-agreement/"
     "shdaily.shtml (2018-07-10); https://mereja.com/index/225917 (2018-07-09)",
     "2018-07-09", ("ASMARA, July 9", "Asmara", "ERI"),
     "ASMARA, July 9 (PANA) - Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a joint "
     "declaration of peace and friendship on Monday, formally ending two decades of hostility between their "
     "countries. Abiy arrived in Asmara on Sunday to a rapturous welcome, on the first visit by an Ethiopian leader in "
     "20 years, and Isaias hosted a state dinner for him that evening. Ethiopia and Eritrea agreed to restore "
     "diplomatic ties and resume flights, trade and telephone links. Abiy left for Addis Ababa after the signing.",
     [E("AGREE", A("Ethiopian Prime Minister Abiy Ahmed", "ETH", "GOV"),
        A("Eritrean President Isaias Afwerki", "ERI", "GOV")),
      E("AGREE", A("Eritrean President Isaias Afwerki", "ERI", "GOV"),
        A("Ethiopian Prime Minister Abiy Ahmed", "ETH", "GOV")),
      E("CONSULT", A("Abiy", "ETH", "GOV"), A(None, "ERI"), mode="visit"),
      E("CONSULT", A("Isaias", "ERI", "GOV"), A("him", "ETH", "GOV"), mode="host"),
      E("AGREE", A("Ethiopia", "ETH"), A("Eritrea", "ERI")),
      E("AGREE", A("Eritrea", "ERI"), A("Ethiopia", "ETH"))]),
    ("s11", "https://www.rfi.fr/en/europe/20220625-gunman-kills-two-people-at-gay-bar-in-olso-ahead-of-pride-parade-"
     "day (AFP, 2022-06-25); https://www.scmp.com/news/world/europe/article/3183062/norway-hate-shooting-kills-2-gay-"
     "bar-rampage-hours-pride-march (Reuters, 2022-06-25); https://www.india.com/news/world/norway-shooting-two-"
     "killed-more-than-20-wounded-during-oslo-pride-festival-in-suspected-terror-attack-5475049/ (2022-06-25)",
     "2022-06-25", ("OSLO, June 25", "Oslo", "NOR"),
     "OSLO, June 25 (Reuters) - A gunman opened fire at the London Pub, a gay bar, and at another bar in central Oslo "
     "early on Saturday, killing two people and wounding more than 20 hours before the city's Pride parade, police "
     "said. Police arrested a 42-year-old Norwegian citizen of Iranian origin minutes after the shooting, on "
     "suspicion of murder, attempted murder and terrorism. The PST security service called the attack "
     "an Islamist terrorist act and raised the national terror alert to its highest level. Prime Minister Jonas Gahr "
     "Stoere condemned the shooting as a terrible and deeply shocking attack on innocent people.",
     [E("ASSAULT", A("A gunman", "NOR", "UAF"), A("two people", "NOR", "CVL"), mode="firearms", modality="reported"),
      E("COERCE", A("Police", "NOR", "COP"), A("a 42-year-old Norwegian citizen of Iranian origin", "NOR", "UAF"),
        mode="arrest"),
      E("ACCUSE", A("The PST security service", "NOR", "SPY"), A(None, "NOR", "UAF"), mode="allege"),
      E("MOBILIZE", A("The PST security service", "NOR", "SPY"), None),
      E("ACCUSE", A("Prime Minister Jonas Gahr Stoere", "NOR", "GOV"), A(None, "NOR", "UAF"), mode="disapprove")]),
    ("s12", "https://archives.lincolndailynews.com/2014/Sep/30/News/health_A.shtml (Reuters, 2014-09-30); "
     "http://www.newseveryday.com/articles/1320/20140930/troops-swiftly-bolster-ebola-mission-liberia.htm "
     "(2014-09-30); https://rollcall.com/2014/09/30/u-s-military-to-escalate-ebola-mission-in-liberia/ (2014-09-30); "
     "https://www.usatoday.com/story/news/nation/2014/10/19/liberia-ebola/17582769/ (2014-10-19)",
     "2014-09-29", ("MONROVIA, Sept 29", "Monrovia", "LBR"),
     "MONROVIA, Sept 29 (Reuters) - The United States will quickly increase its military presence in Liberia to help "
     "the country halt the Ebola epidemic, Major General Darryl Williams, who leads the U.S. mission, said on Monday. "
     "Williams told journalists in Monrovia that he had 175 soldiers in Liberia and 30 more in other countries "
     "setting up a logistics hub. Two weeks ago President Barack Obama announced that Washington would send some "
     "3,000 troops to West Africa to build treatment centres and train local medics. Williams praised the Armed "
     "Forces of Liberia, saying they were already helping U.S. troops because they knew the local area. The U.S. "
     "Embassy said work had begun in Margibi County on a 25-bed unit that U.S. forces are building for infected "
     "health workers.",
     [E("MOBILIZE", A("The United States", "USA"), None, mode="troops", modality="hypothetical"),
      E("MOBILIZE", A("Washington", "USA", "GOV"), None, mode="troops", modality="hypothetical"),
      E("SUPPORT", A("Williams", "USA", "MIL"), A("the Armed Forces of Liberia", "LBR", "MIL")),
      E("COOPERATE", A("they", "LBR", "MIL"), A("U.S. troops", "USA", "MIL"), modality="reported"),
      E("AID", A("U.S. forces", "USA", "MIL"), A("infected health workers", "LBR", "CVL"), modality="reported")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev14.jsonl", disjoint_from="wire_args.jsonl")
