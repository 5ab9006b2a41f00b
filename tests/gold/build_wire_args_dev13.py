"""Writes wire_args_dev13.jsonl: a thirteenth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). Like dev7-dev12 it was written and annotated from the reports alone, in the nineteenth
session, by a helper that does not tune the coder, before the coder was run on it. Its sha256 is pinned in
tests/test_gold_frozen.py, so it stays as first annotated (a correction is a new set).

Its datelines come from twelve countries that no earlier wire_args dev set has as a dateline, with a mix of
unrest, coups and mutinies, an insurgent raid and diplomatic rows: Malawi (the July 2011 protests), Estonia (the
Bronze Night in Tallinn, April 2007), Lesotho (the army's move on Maseru, August 2014), the Czech Republic (the
Vrbetice expulsions, April 2021), the Maldives (the police mutiny of February 2012), Guatemala (the burning of
Congress, November 2020), Australia (the expulsion of Iran's ambassador, August 2025), the Gambia (Jammeh's
rejection of his defeat, December 2016), the Republic of the Congo (the Ninja attack on Brazzaville, April 2016),
Panama (the mining-contract protests, October 2023), Mauritania (the post-election unrest, July 2024) and
Bulgaria (the anti-government protests in Sofia, July 2020). The stories were chosen for their news, not for a
construction.

Conventions: docs/annotation-guidelines.md ("Arguments"), with the choices of dev10-dev12 where the guidelines
leave a gap (crowd control with tear gas or rubber bullets COERCE `restrict`; a crowd storming or burning
buildings or throwing things at police PROTEST `riot`; a state body named before a site as its owner; a seizure
of a building COERCE `seize`; a demand that someone resign or hand over power a REQUEST with no second event;
conceding an election defeat and resigning under pressure CONCEDE; a bare country name with sector null;
unidentified gunmen UAF of the story's country; "security forces" with sector null) and the seventeenth
session's ruling on supporters. A denial is the denied act, `negated`; a nominal act inside an adjunct ("in
retaliation for Prague's expulsion of ...") is background and not coded. Every story is a short wire-style
paraphrase of the public report(s) cited as its source, found with a search of stored public pages, keeping their
facts, days and places; the reports stay their publishers'.

First score: see tests/test_gold_frozen.py (recorded before any tuning on it).
Run: python tests/gold/build_wire_args_dev13.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("r01", "http://rockthetruth2.blogspot.com/2011/08/malawians-on-march.html (AP, 2011-07-21); "
     "https://aseannow.com/topic/484741-at-least-9-killed-in-malawi-anti-government-protests (BNO News, "
     "2011-07-21); https://www.hrw.org/news/2011/08/17/malawi-use-restraint-upcoming-protests (2011-08-17)",
     "2011-07-21", ("BLANTYRE, July 21", "Blantyre", "MWI"),
     "BLANTYRE, July 21 (AP) - Malawian police fired tear gas and rubber bullets at anti-government demonstrators "
     "in several cities on Wednesday, and at least one person died, police said. Thousands took to the streets "
     "despite a High Court injunction to protest against President Bingu wa Mutharika's government over fuel "
     "shortages and bad governance. Protesters looted several shops belonging to ruling party officials. In the "
     "northern city of Mzuzu, police shot two people with live ammunition, a clergyman said. Last week Britain "
     "suspended aid to Malawi, citing a crackdown on rights.",
     [E("COERCE", A("Malawian police", "MWI", "COP"), A("anti-government demonstrators", "MWI", "CVL"),
        mode="restrict", instrument="tear gas and rubber bullets"),
      E("PROTEST", A("Thousands", "MWI", "CVL"), A("President Bingu wa Mutharika's government", "MWI", "GOV"),
        mode="demo"),
      E("PROTEST", A("Protesters", "MWI", "CVL"), A("ruling party officials", "MWI", "POL"), mode="riot",
        obj="several shops"),
      E("ASSAULT", A("police", "MWI", "COP"), A("two people", "MWI", "CVL"), mode="firearms", modality="reported",
        instrument="live ammunition"),
      E("SANCTION", A("Britain", "GBR"), A("Malawi", "MWI"), mode="discontinue", obj="aid")]),
    ("r02", "https://www.baltictimes.com/news/articles/17774/ (Baltic Times, staff and wire reports, 2007-04-28); "
     "https://en.wikipedia.org/wiki/Aftermath_of_the_Bronze_Night (CC BY-SA 4.0)",
     "2007-04-27", ("TALLINN, April 27", "Tallinn", "EST"),
     "TALLINN, April 27 (BNS) - Estonian police used stun grenades and tear gas overnight to disperse hundreds of "
     "mainly Russian-speaking youths who had gathered to protest against excavation work at the Bronze Soldier, a "
     "Soviet war memorial in central Tallinn. Rioters then smashed dozens of shop windows in the city centre. Police "
     "arrested at least 300 people. President Toomas Hendrik Ilves appealed for calm and denounced the rioters as "
     "criminals.",
     [E("COERCE", A("Estonian police", "EST", "COP"), A("hundreds of mainly Russian-speaking youths", "EST", "CVL"),
        mode="restrict", instrument="stun grenades and tear gas"),
      E("PROTEST", A("hundreds of mainly Russian-speaking youths", "EST", "CVL"), None, mode="demo"),
      E("PROTEST", A("Rioters", "EST", "CVL"), None, mode="riot", obj="dozens of shop windows"),
      E("COERCE", A("Police", "EST", "COP"), A("at least 300 people", "EST", "CVL"), mode="arrest"),
      E("REQUEST", A("President Toomas Hendrik Ilves", "EST", "GOV"), None),
      E("ACCUSE", A("President Toomas Hendrik Ilves", "EST", "GOV"), A("the rioters", "EST", "CVL"),
        mode="disapprove")]),
    ("r03", "https://www.hurriyetdailynews.com/lesotho-pm-says-army-attempted-coup-military-denies-71110 (Reuters, "
     "2014-08-30); https://www.scotsman.com/news/world/lesotho-pm-accuses-army-coup-attempt-1999865 (2014-08-31); "
     "https://mg.co.za/article/2014-08-30-lesotho-pm-flees-to-sa-confirms-military-coup/ (AFP, 2014-08-30)",
     "2014-08-30", ("MASERU, Aug 30", "Maseru", "LSO"),
     "MASERU, Aug 30 (Reuters) - Lesotho's Prime Minister Thomas Thabane accused the army on Saturday of attempting "
     "a coup against him, after soldiers occupied police headquarters and surrounded his residence in the capital. "
     "Thabane said he had fled to South Africa in fear for his life. The Lesotho Defence Force denied trying to oust "
     "him and said its soldiers had returned to barracks. South Africa, speaking for the regional SADC bloc, "
     "condemned the military's actions and called on Lesotho's army commander to order his units back to barracks.",
     [E("ACCUSE", A("Lesotho's Prime Minister Thomas Thabane", "LSO", "GOV"), A("the army", "LSO", "MIL")),
      E("COERCE", A("soldiers", "LSO", "MIL"), A("police", "LSO", "COP"), mode="seize", obj="police headquarters"),
      E("COERCE", A("soldiers", "LSO", "MIL"), A("his", "LSO", "GOV"), obj="residence"),
      E("COERCE", A("The Lesotho Defence Force", "LSO", "MIL"), A("him", "LSO", "GOV"), mode="seize",
        modality="negated"),
      E("RETREAT", A("its soldiers", "LSO", "MIL"), None, mode="withdraw", modality="reported"),
      E("ACCUSE", A("South Africa", "ZAF"), A("the military's", "LSO", "MIL"), mode="disapprove"),
      E("REQUEST", A("South Africa", "ZAF"), A("Lesotho's army commander", "LSO", "MIL")),
      E("RETREAT", A("Lesotho's army commander", "LSO", "MIL"), None, mode="withdraw", modality="requested")]),
    ("r04", "https://www.praguemorning.cz/russia-expels-20-czech-diplomats-orders-them-to-leave-by-monday/ "
     "(Reuters, 2021-04-18); https://pledgetimes.com/czech-republic-announced-the-expulsion-of-18-russian-"
     "diplomats/ (2021-04-17); https://sputniknews.com/europe/202104171082657764-czech-republic-to-expel-russian-"
     "diplomats-suspected-of-working-for-russian-intelligence/ (2021-04-17)",
     "2021-04-18", ("PRAGUE, April 18", "Prague", "CZE"),
     "PRAGUE, April 18 (Reuters) - Russia expelled 20 Czech diplomats on Sunday in retaliation for Prague's expulsion "
     "of 18 Russian embassy staff, giving them just over 24 hours to leave the country. The Czech government on "
     "Saturday accused Russian military intelligence of involvement in the 2014 explosions at an ammunition depot "
     "in Vrbetice. Moscow called the accusation absurd and vowed to make the authors of the provocation understand "
     "their responsibility for destroying the foundation of normal ties.",
     [E("SANCTION", A("Russia", "RUS"), A("20 Czech diplomats", "CZE", "GOV"), mode="expel"),
      E("ACCUSE", A("The Czech government", "CZE", "GOV"), A("Russian military intelligence", "RUS", "SPY"),
        mode="allege"),
      E("REJECT", A("Moscow", "RUS", "GOV"), A(None, "CZE", "GOV")),
      E("THREATEN", A("Moscow", "RUS", "GOV"), A("the authors of the provocation", "CZE", "GOV"))]),
    ("r05", "https://tribune.com.pk/story/332924/i.tribune.com.pk (AFP, 2012-02-07); "
     "https://www.abc.net.au/news/2012-02-07/maldives-president-steps-down/3816546 (2012-02-07); "
     "https://amp.newser.com/story/139155/president-out-after-mutiny-in-maldives.html (Reuters and AP, 2012-02-07)",
     "2012-02-07", ("MALE, Feb 7", "Male", "MDV"),
     "MALE, Feb 7 (AFP) - Maldives President Mohamed Nasheed resigned on Tuesday after weeks of opposition protests "
     "and a mutiny by police officers. Mutinying police took over the state broadcaster in the capital. Soldiers "
     "fired rubber bullets at police and protesters outside the military headquarters. Last month the army, on "
     "Nasheed's orders, arrested the chief judge of the criminal court, setting off the protests. Opposition leader "
     "Hassan Saeed said he had asked the military to detain Nasheed.",
     [E("CONCEDE", A("Maldives President Mohamed Nasheed", "MDV", "GOV"), None),
      E("COERCE", A("Mutinying police", "MDV", "COP"), A("the state broadcaster", "MDV", "MED"), mode="seize"),
      E("COERCE", A("Soldiers", "MDV", "MIL"), A("police", "MDV", "COP"), mode="restrict",
        instrument="rubber bullets"),
      E("COERCE", A("Soldiers", "MDV", "MIL"), A("protesters", "MDV", "CVL"), mode="restrict",
        instrument="rubber bullets"),
      E("COERCE", A("the army", "MDV", "MIL"), A("the chief judge of the criminal court", "MDV", "JUD"),
        mode="arrest"),
      E("REQUEST", A("Opposition leader Hassan Saeed", "MDV", "OPP"), A("the military", "MDV", "MIL"),
        modality="reported"),
      E("COERCE", A("the military", "MDV", "MIL"), A("Nasheed", "MDV", "GOV"), mode="arrest",
        modality="requested")]),
    ("r06", "https://www.thedailybeast.com/guatemalas-congress-set-aflame-amid-anti-government-protests "
     "(2020-11-21); https://www.efe.com/efe/english/world/thousands-protest-against-guatemalan-govt-set-fire-to-"
     "congress/50000262-4400650 (EFE, 2020-11-22); https://pysnnoticias.com/manifestantes-incendian-congreso-de-"
     "guatemala/ (2020-11); https://watsupeurope.com/news/guatemala-protesters-torch-congress-as-simmering-anger-"
     "boils-over/ (Al Jazeera, 2020-11-22)",
     "2020-11-21", ("GUATEMALA CITY, Nov 21", "Guatemala City", "GTM"),
     "GUATEMALA CITY, Nov 21 (EFE) - Protesters broke into Guatemala's Congress on Saturday and set fire to its "
     "offices, as thousands marched against a 2021 budget that cut spending on health and education. Riot police "
     "fired tear gas to disperse the demonstrators, and 22 people were detained. The protesters demanded that "
     "President Alejandro Giammattei resign. Giammattei threatened to punish protesters who had broken the law.",
     [E("PROTEST", A("Protesters", "GTM", "CVL"), A("Guatemala's Congress", "GTM", "LEG"), mode="riot"),
      E("PROTEST", A("Protesters", "GTM", "CVL"), A("its", "GTM", "LEG"), mode="riot", obj="offices"),
      E("PROTEST", A("thousands", "GTM", "CVL"), None, mode="demo"),
      E("COERCE", A("Riot police", "GTM", "COP"), A("the demonstrators", "GTM", "CVL"), mode="restrict",
        instrument="tear gas"),
      E("COERCE", None, A("22 people", "GTM", "CVL"), mode="arrest"),
      E("REQUEST", A("The protesters", "GTM", "CVL"), A("President Alejandro Giammattei", "GTM", "GOV")),
      E("THREATEN", A("Giammattei", "GTM", "GOV"), A("protesters who had broken the law", "GTM", "CVL"))]),
    ("r07", "https://www.aljazeera.com/news/2025/8/26/australia-accuses-iran-of-directing-antisemitic-attacks-"
     "expels-envoy (2025-08-26); https://ogreszinas.news/australia-accuses-iran-of-antisemitic-attacks-expels-"
     "ambassador (Reuters, 2025-08-26); https://pulsewire.news/story/hk5LaxXaNOl9 (2025-08-26)",
     "2025-08-26", ("CANBERRA, Aug 26", "Canberra", "AUS"),
     "CANBERRA, Aug 26 (Reuters) - Australia expelled Iran's ambassador on Tuesday after its intelligence agency "
     "concluded that Tehran had directed at least two antisemitic arson attacks in Sydney and Melbourne last year. "
     "Prime Minister Anthony Albanese called the attacks extraordinary and dangerous acts of aggression by a foreign "
     "nation on Australian soil. Australia also ordered three other Iranian officials to leave within seven days. "
     "The government will list Iran's Islamic Revolutionary Guard Corps as a terrorist organisation. Israel's "
     "embassy welcomed the decision.",
     [E("SANCTION", A("Australia", "AUS"), A("Iran's ambassador", "IRN", "GOV"), mode="expel"),
      E("ACCUSE", A("its intelligence agency", "AUS", "SPY"), A("Tehran", "IRN", "GOV"), mode="allege"),
      E("ACCUSE", A("Prime Minister Anthony Albanese", "AUS", "GOV"), A("a foreign nation", "IRN"),
        mode="disapprove"),
      E("SANCTION", A("Australia", "AUS"), A("three other Iranian officials", "IRN", "GOV"), mode="expel"),
      E("SANCTION", A("The government", "AUS", "GOV"), A("Iran's Islamic Revolutionary Guard Corps", "IRN", "MIL"),
        modality="hypothetical"),
      E("SUPPORT", A("Israel's embassy", "ISR", "GOV"), A(None, "AUS"))]),
    ("r08", "https://www.thisdaylive.com/index.php/2016/12/11/condemnation-trails-jammehs-rejection-of-election-"
     "results/ (ThisDay with agency reports, 2016-12-11); https://msrisk.com/uncategorized/gambias-jammeh-rejects-"
     "presidential-election-results-week-admitting-defeat (2016-12-15)",
     "2016-12-11", ("BANJUL, Dec 11", "Banjul", "GMB"),
     "BANJUL, Dec 11 (Reuters) - Gambian President Yahya Jammeh, who conceded defeat to opposition leader Adama "
     "Barrow after the Dec. 1 election, said on state television on Friday that he rejected the outcome, and he "
     "called for fresh elections. The U.N. Security Council called on Jammeh to respect the choice of the Gambian "
     "people and to hand over power without delay. African Union Commission chairperson Nkosazana Dlamini-Zuma urged "
     "him to allow a peaceful transfer of power. Senegal warned Jammeh not to harm its interests or its citizens in "
     "Gambia. The U.S. State Department condemned his action as an egregious attempt to remain illegitimately in "
     "power.",
     [E("CONCEDE", A("Gambian President Yahya Jammeh", "GMB", "GOV"),
        A("opposition leader Adama Barrow", "GMB", "OPP")),
      E("REJECT", A("Gambian President Yahya Jammeh", "GMB", "GOV"), None),
      E("REQUEST", A("he", "GMB", "GOV"), None),
      E("REQUEST", A("The U.N. Security Council", "IGO", "GOV"), A("Jammeh", "GMB", "GOV")),
      E("REQUEST", A("African Union Commission chairperson Nkosazana Dlamini-Zuma", "IGO", "GOV"),
        A("him", "GMB", "GOV")),
      E("THREATEN", A("Senegal", "SEN"), A("Jammeh", "GMB", "GOV")),
      E("ACCUSE", A("The U.S. State Department", "USA", "GOV"), A("his", "GMB", "GOV"), mode="disapprove")]),
    ("r09", "http://www.fides.org/en/news/59751-AFRICA_CONGO_A_Brazzaville_e_tornata_la_calma_la_popolazione_"
     "rifugiata_nelle_chiese (Agenzia Fides, 2016-04-05); http://bamada.net/congo-bilan-de-lattaque-terroriste-17-"
     "morts-brazzaville-2 (afrik, 2016-04-05); https://www.amnesty.org.uk/press-releases/congo-brazzaville-bombs-"
     "dropped-residential-areas-including-schools-likely-act (Amnesty International, 2016-04)",
     "2016-04-05", ("BRAZZAVILLE, April 5", "Brazzaville", "COG"),
     "BRAZZAVILLE, April 5 (Fides) - Gunmen attacked police stations in the southern districts of Brazzaville "
     "early on Monday, and security forces fought them for hours with heavy weapons. Government spokesman Thierry "
     "Moungalla blamed former Ninja militiamen loyal to Frederic Bintsamou, known as Pastor Ntumi, for the attack. "
     "Security forces arrested about 50 of the former militiamen, the government said. Amnesty International said "
     "government forces dropped bombs from helicopters on residential areas of Vindza, in the Pool region, on "
     "Tuesday.",
     [E("ASSAULT", A("Gunmen", "COG", "UAF"), A("police", "COG", "COP"), obj="police stations"),
      E("ASSAULT", A("security forces", "COG"), A("them", "COG", "UAF"), instrument="heavy weapons"),
      E("ACCUSE", A("Government spokesman Thierry Moungalla", "COG", "GOV"),
        A("former Ninja militiamen loyal to Frederic Bintsamou", "COG", "REB")),
      E("COERCE", A("Security forces", "COG"), A("about 50 of the former militiamen", "COG", "REB"), mode="arrest",
        modality="reported"),
      E("ASSAULT", A("government forces", "COG", "MIL"), None, mode="heavy-weapons", modality="reported",
        instrument="bombs")]),
    ("r10", "https://www.steningsimpson.com.au/events/demonstrations-continue-13/ (2023-10-25); "
     "https://crisis24.garda.com/alerts/2023/10/panama-protests-denouncing-mining-contract-between-government-and-"
     "first-quantum-minerals-likely-across-country-through-at-least-mid-november-update-2 (2023-10-24); "
     "https://newsformal.com/de/news-47519982 (AP, 2023-10-23)",
     "2023-10-25", ("PANAMA CITY, Oct 25", "Panama City", "PAN"),
     "PANAMA CITY, Oct 25 - Police fired tear gas at protesters in Panama City and other cities on Tuesday as "
     "demonstrations against a mining contract with Canadian company First Quantum Minerals entered a second day. "
     "Demonstrators set fire to a bus station near the University of Panama, and security forces arrested 50 "
     "protesters in Colon, Pacora and the capital. At least five police officers were injured in clashes with "
     "demonstrators. Protesters blocked the Pan-American Highway in Chiriqui province for a third day on Wednesday.",
     [E("COERCE", A("Police", "PAN", "COP"), A("protesters", "PAN", "CVL"), mode="restrict", instrument="tear gas"),
      E("PROTEST", A("Demonstrators", "PAN", "CVL"), None, mode="riot", obj="a bus station"),
      E("COERCE", A("security forces", "PAN"), A("50 protesters", "PAN", "CVL"), mode="arrest"),
      E("PROTEST", A("demonstrators", "PAN", "CVL"), A("At least five police officers", "PAN", "COP"), mode="riot"),
      E("PROTEST", A("Protesters", "PAN", "CVL"), None, mode="obstruct", obj="the Pan-American Highway")]),
    ("r11", "https://www.urdupoint.com/en/world/mobile-internet-cut-after-mauritania-presiden-1840470.html (AFP, "
     "2024-07-03); https://nordot.app/1180785628038087485 (dpa, 2024-07-02); "
     "https://standardmedia.co.ke/business/amp/africa/article/2001498248/mobile-internet-cut-after-mauritania-"
     "presidential-poll (AFP, 2024-07-02)",
     "2024-07-02", ("NOUAKCHOTT, July 2", "Nouakchott", "MRT"),
     "NOUAKCHOTT, July 2 (AFP) - Mauritanian authorities cut mobile internet early on Tuesday after unrest broke out "
     "on Monday evening over the re-election of President Mohamed Ould Cheikh El Ghazouani. Protesters took to the "
     "streets in Nouakchott, Nouadhibou, Zouerat and Rosso. Police arrested several dozen people in Nouakchott and "
     "Nouadhibou, many of them foreigners, a source close to the police said. Runner-up Biram Dah Abeid, an "
     "anti-slavery activist, denounced massive fraud and urged his supporters to protest against the results.",
     [E("COERCE", A("Mauritanian authorities", "MRT", "GOV"), None, mode="restrict", obj="mobile internet"),
      E("PROTEST", A("Protesters", "MRT", "CVL"), None, mode="demo"),
      E("COERCE", A("Police", "MRT", "COP"), A("several dozen people", None, "CVL"), mode="arrest",
        modality="reported"),
      E("ACCUSE", A("Runner-up Biram Dah Abeid", "MRT"), None, mode="allege"),
      E("REQUEST", A("Runner-up Biram Dah Abeid", "MRT"), A("his supporters", "MRT", "CVL")),
      E("PROTEST", A("his supporters", "MRT", "CVL"), None, mode="demo", modality="requested")]),
    ("r12", "https://en.news-front.su/2020/07/15/in-bulgaria-the-sixth-day-of-protests-ended-in-clashes-with-the-"
     "police (Sofia police briefing, 2020-07-15); https://fakty.interia.pl/galerie/swiat/zdjecie,iId,2921912,"
     "iAId,376771 (2020-07); https://www.deutschlandfunk.de/sofia-ausschreitungen-bei-antiregierungsprotesten."
     "1939.de.html?drn:news_id=1151349 (2020-07); https://www.novinite.com/articles/205272/ (2020-07-14)",
     "2020-07-15", ("SOFIA, July 15", "Sofia", "BGR"),
     "SOFIA, July 15 - Anti-government protesters threw bottles, bags of paint and firecrackers at police outside "
     "the National Assembly in Sofia late on Tuesday and broke down the front doors of the parliament building, "
     "police said. Six people were detained and two police officers needed medical help. The protesters demand the "
     "resignation of Prime Minister Boyko Borissov's government and of chief prosecutor Ivan Geshev. President Rumen "
     "Radev has called Borissov's style of government mafia-like. Deputy Sofia police chief Anton Zlatanov urged "
     "citizens to keep public order.",
     [E("PROTEST", A("Anti-government protesters", "BGR", "CVL"), A("police", "BGR", "COP"), mode="riot",
        modality="reported", instrument="bottles, bags of paint and firecrackers"),
      E("PROTEST", A("Anti-government protesters", "BGR", "CVL"), A("parliament", "BGR", "LEG"), mode="riot",
        modality="reported", obj="the front doors"),
      E("COERCE", None, A("Six people", "BGR", "CVL"), mode="arrest"),
      E("REQUEST", A("The protesters", "BGR", "CVL"), A("Prime Minister Boyko Borissov's government", "BGR", "GOV")),
      E("REQUEST", A("The protesters", "BGR", "CVL"), A("chief prosecutor Ivan Geshev", "BGR", "JUD")),
      E("ACCUSE", A("President Rumen Radev", "BGR", "GOV"), A("Borissov's", "BGR", "GOV"), mode="disapprove"),
      E("REQUEST", A("Deputy Sofia police chief Anton Zlatanov", "BGR", "COP"), A("citizens", "BGR", "CVL"))]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev13.jsonl", disjoint_from="wire_args.jsonl")
