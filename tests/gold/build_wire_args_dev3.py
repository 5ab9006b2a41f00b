"""Writes wire_args_dev3.jsonl: a third DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects), broader than the first two: it takes no story from Wikinews and covers conflicts and
diplomatic rows the other sets do not (India-Pakistan, Armenia-Azerbaijan, the South China Sea, Turkey-Iraq,
Colombia, Nigeria, Somalia, Afghanistan, Nepal, Iran, the West Bank, UN peacekeeping, EU-Russia, Russia-Czech
Republic, Belarus-Poland). It was annotated from the reports alone, before any tuning on it. Conventions:
docs/annotation-guidelines.md ("Arguments"). A sector is left null where the guidelines do not fix it.

Every story is a short wire-style paraphrase of the public report(s) cited as its source (AP, Reuters, AFP,
Xinhua, IANS, RIA Novosti/Sputnik, Al Jazeera, Politico), found with a search of stored public pages; the
reports stay their publishers'. Where the report gives no day, the dateline has none and the item no date.
Run: python tests/gold/build_wire_args_dev3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("f01", "https://english.ahram.org.eg/NewsContent/2/8/270552/World/Region/US-shoots-down-proSyrian-government-drone-firing-o.aspx (Reuters, 2017-06-08)",
     "2017-06-08", ("AMMAN, June 8", "Amman", "JOR"),
     "AMMAN, June 8 (Reuters) - The United States shot down a pro-Syrian government armed drone on Thursday after it "
     "fired on U.S.-led coalition forces in southern Syria, a U.S. military spokesman said. Colonel Ryan Dillon said "
     "the coalition forces were carrying out a patrol outside a deconfliction zone and suffered no casualties. Earlier "
     "in the day U.S. aircraft had struck pick-up trucks carrying weapons near the town of At Tanf.",
     [E("ASSAULT", A("The United States", "USA"), A("pro-Syrian government", "SYR"), modality="reported",
        obj="armed drone"),
      E("ASSAULT", A("it", "SYR"), A("U.S.-led coalition forces", "IGO", "MIL"), modality="reported"),
      E("ASSAULT", A("U.S. aircraft", "USA", "MIL"), None, modality="reported", obj="pick-up trucks")]),
    ("f03", "https://ibtimes.co.in/india-pakistan-border-tension-unprovoked-heavy-firing-along-loc-reported-696636 (IANS, Oct 2016)",
     None, ("JAMMU, India -", "Jammu", "IND"),
     "JAMMU, India - Indian and Pakistani troops exchanged heavy fire across the Line of Control in Kashmir on "
     "Tuesday. India said Pakistani troops opened unprovoked fire on three Indian border posts in the Nowshera sector "
     "of Rajouri district. The Indian Army retaliated by firing at Pakistani posts, officials said. No casualties were "
     "reported on the Indian side.",
     [E("ASSAULT", A("Indian and Pakistani troops", "IND", "MIL"), A(None, "PAK", "MIL")),
      E("ASSAULT", A("Pakistani troops", "PAK", "MIL"), A("Indian", "IND", "MIL"), modality="reported",
        obj="three Indian border posts"),
      E("ASSAULT", A("The Indian Army", "IND", "MIL"), A("Pakistani", "PAK", "MIL"), modality="reported",
        obj="Pakistani posts")]),
    ("f04", "https://www.urdupoint.com/en/world/yerevan-accuses-baku-of-shelling-armenias-bo-1656590.html (Sputnik, 2023-03-10)",
     "2023-03-10", ("YEREVAN, March 10", "Yerevan", "ARM"),
     "YEREVAN, March 10 - Armenia's Defence Ministry accused Azerbaijani forces on Thursday of shelling Armenian "
     "combat positions near the village of Verin Shorzha in Gegharkunik province. The ministry said units of the "
     "Azerbaijani armed forces fired weapons of various calibres at the positions, causing no losses. Azerbaijan's "
     "Defence Ministry denied the report and said Armenian forces had shelled Azerbaijani army positions.",
     [E("ACCUSE", A("Armenia's Defence Ministry", "ARM", "GOV"), A("Azerbaijani forces", "AZE", "MIL")),
      E("ASSAULT", A("units of the Azerbaijani armed forces", "AZE", "MIL"), A(None, "ARM", "MIL"),
        modality="reported", obj="the positions"),
      E("ASSAULT", A("Armenian forces", "ARM", "MIL"), A("Azerbaijani army", "AZE", "MIL"), modality="reported",
        obj="positions")]),
    ("f05", "https://nsn.asia/2023/10/05/armenia-azerbaijan-accuse-each-other-of-border-firing/ (AFP, 2023-10-05)",
     "2023-10-05", ("YEREVAN, Oct 5", "Yerevan", "ARM"),
     "YEREVAN, Oct 5 (AFP) - Armenia and Azerbaijan accused each other of cross-border firing on Thursday. The "
     "Armenian Defence Ministry said Azerbaijani troops fired at a vehicle taking provisions to Armenian combat "
     "outposts near Norabak. Azerbaijan's Defence Ministry said Armenian forces fired on its positions in the "
     "Kalbajar district. Both sides said there were no casualties.",
     [E("ACCUSE", A("Armenia", "ARM"), A("Azerbaijan", "AZE")),
      E("ACCUSE", A("Azerbaijan", "AZE"), A("Armenia", "ARM")),
      E("ASSAULT", A("Azerbaijani troops", "AZE", "MIL"), A(None, "ARM", "MIL"), modality="reported",
        obj="a vehicle"),
      E("ASSAULT", A("Armenian forces", "ARM", "MIL"), A("its", "AZE", "MIL"), modality="reported",
        obj="positions")]),
    ("f06", "https://kesq.com/news/2023/08/07/philippines-summons-chinese-ambassador-over-water-cannon-incident-in-disputed-south-china-sea/ (AP, 2023-08-07); https://www.lbcgroup.tv/news/world-news/717063/manila-summons-beijings-ambassador-after-south-chi/en (AFP)",
     "2023-08-07", ("MANILA, Aug 7", "Manila", "PHL"),
     "MANILA, Aug 7 (AP) - The Philippine government summoned China's ambassador on Monday to lodge a strongly worded "
     "protest over a confrontation near Second Thomas Shoal. Chinese coast guard ships fired water cannons at "
     "Philippine vessels that were bringing supplies to Filipino forces at the shoal on Saturday, Manila said. The "
     "U.S. State Department criticised China's actions.",
     [E("ACCUSE", A("The Philippine government", "PHL", "GOV"), A("China's ambassador", "CHN", "GOV")),
      E("COERCE", A("Chinese coast guard ships", "CHN", "COP"), A("Philippine", "PHL"), modality="reported",
        instrument="water cannons", obj="vessels"),
      E("ACCUSE", A("The U.S. State Department", "USA", "GOV"), A("China's", "CHN"))]),
    ("f07", "https://www.malaymail.com/news/world/2024/12/04/philippines-says-china-coast-guard-fired-water-cannon-on-govt-vessel/158830 (AFP, 2024-12-04)",
     "2024-12-04", ("MANILA, Dec 4", "Manila", "PHL"),
     "MANILA, Dec 4 (AFP) - A China Coast Guard ship fired a water cannon at a Philippine government vessel near the "
     "disputed Scarborough Shoal on Wednesday, the Philippines said. Philippine Coast Guard spokesman Jay Tarriela "
     "said the Chinese ship aimed at the vessel's navigational antennas and then deliberately sideswiped it.",
     [E("COERCE", A("A China Coast Guard ship", "CHN", "COP"), A("Philippine government", "PHL", "GOV"),
        modality="reported", instrument="a water cannon", obj="vessel"),
      E("ASSAULT", A("the Chinese ship", "CHN", "COP"), A(None, "PHL", "GOV"), modality="reported")]),
    ("f08", "https://uk.news.yahoo.com/iraq-summons-turkish-ambassador-over-airstrikes-161412696.html (AP, 2018-12-14); https://www.reuters.com/article/us-mideast-crisis-iraq-turkey-fm/iraq-summons-turkish-ambassador-over-air-strikes-idUSKBN1OD24O (Reuters, 2018-12-14)",
     "2018-12-14", ("BAGHDAD, Dec 14", "Baghdad", "IRQ"),
     "BAGHDAD, Dec 14 (AP) - Iraq's Foreign Ministry said on Friday it had summoned Turkey's ambassador to protest "
     "Turkish air raids in northern Iraq. The ministry said it had rebuked Turkey over two air raids on the Sinjar "
     "and Makhmour mountains the previous night. Turkey's military said its air strikes had killed eight militants of "
     "the outlawed Kurdistan Workers' Party. Iraq's foreign ministry called the raids a violation of national "
     "sovereignty.",
     [E("ACCUSE", A("Iraq's Foreign Ministry", "IRQ", "GOV"), A("Turkey's ambassador", "TUR", "GOV")),
      E("ACCUSE", A("The ministry", "IRQ", "GOV"), A("Turkey", "TUR")),
      E("ASSAULT", A("its", "TUR", "MIL"), A("eight militants", "TUR", "REB"), modality="reported"),
      E("ACCUSE", A("Iraq's foreign ministry", "IRQ", "GOV"), A(None, "TUR"))]),
    ("f09", "https://www.devdiscourse.com/article/law-order/3090846-colombias-fragile-peace-strained-attack-on-military-base-heightens-tensions (AP, 2024-09-17); https://cinnigeria.com/colombias-president-petro-warns-eln-rebel-attack-threatens-peace-process (Al Jazeera)",
     "2024-09-17", ("BOGOTA, Sept 17", "Bogota", "COL"),
     "BOGOTA, Sept 17 - Rebels of the National Liberation Army (ELN) attacked a military base in eastern Colombia on "
     "Tuesday, killing two soldiers and wounding at least 21, the military said. The army said the rebels fired "
     "homemade rockets at the base in Puerto Jordan, in Arauca province, from a cargo truck. President Gustavo Petro "
     "blamed the ELN for the attack and said it practically closed the peace process.",
     [E("ASSAULT", A("Rebels of the National Liberation Army", "COL", "REB"), A("two soldiers", "COL", "MIL"),
        modality="reported", instrument="homemade rockets", obj="a military base"),
      E("ACCUSE", A("President Gustavo Petro", "COL", "GOV"), A("the ELN", "COL", "REB"))]),
    ("f10", "https://www.kxnet.com/local-news/colombian-president-says-eln-rebels-attacked-air-force-base/ (AP, 2020-01-10)",
     "2020-01-10", ("BOGOTA, Jan 10", "Bogota", "COL"),
     "BOGOTA, Jan 10 (AP) - Colombian President Ivan Duque on Friday blamed the rebel National Liberation Army for an "
     "early morning attack on an air force base in the city of Yopal that injured an officer. The military said the "
     "explosives were launched into the base from a truck. A year ago the rebels bombed a police academy in Bogota, "
     "killing 22 people.",
     [E("ACCUSE", A("Colombian President Ivan Duque", "COL", "GOV"),
        A("the rebel National Liberation Army", "COL", "REB")),
      E("ASSAULT", A("the rebels", "COL", "REB"), A("22 people", "COL", "CVL"), obj="a police academy")]),
    ("f11", "https://www.defenceweb.co.za/security/human-security/militants-kill-somali-soldiers/ (Reuters, 2020-02-19); https://www.islamtimes.org/en/news/845561/al-shabaab-militants-killed-at-least-12-somali-soldiers-in-attack-on-base",
     "2020-02-19", ("MOGADISHU, Feb 19", "Mogadishu", "SOM"),
     "MOGADISHU, Feb 19 (Reuters) - Al Shabaab militants killed 12 Somali soldiers and briefly captured a military "
     "base south-west of the capital on Wednesday, officials said. The military retook the base when reinforcements "
     "arrived, police said. Al Shabaab claimed responsibility, and its military spokesman said the fighters had killed "
     "15 soldiers and destroyed four military vehicles.",
     [E("ASSAULT", A("Al Shabaab militants", "SOM", "REB"), A("12 Somali soldiers", "SOM", "MIL"),
        modality="reported"),
      E("COERCE", A("Al Shabaab militants", "SOM", "REB"), A("military", "SOM", "MIL"), modality="reported",
        # a state body's site or vehicle names its owner (annotation guidelines, sixteenth session's ruling)
        obj="a military base"),
      E("COERCE", A("The military", "SOM", "MIL"), None, modality="reported", obj="the base"),
      E("ASSAULT", A("the fighters", "SOM", "REB"), A("15 soldiers", "SOM", "MIL"), modality="reported"),
      E("ASSAULT", A("the fighters", "SOM", "REB"), A("military", "SOM", "MIL"), modality="reported",
        # a state body's site or vehicle names its owner (annotation guidelines, sixteenth session's ruling)
        obj="four military vehicles")]),
    ("f13", "https://www.lokmattimes.com/politics/un-condemns-killing-of-nepali-peacekeeper-in-congo/ (IANS, 2022-04-06)",
     "2022-04-06", ("UNITED NATIONS, April 6", "New York", "USA"),
     "UNITED NATIONS, April 6 - UN Secretary-General Antonio Guterres and the Security Council condemned the killing "
     "of a Nepali peacekeeper in an attack on Tuesday in Ituri province of the Democratic Republic of Congo. The "
     "Council called on the Congolese authorities to swiftly investigate the attack and bring the perpetrators to "
     "justice. UN spokesman Farhan Haq said the attack in Djugu territory was carried out by suspected members of the "
     "CODECO militia.",
     [E("ACCUSE", A("UN Secretary-General Antonio Guterres", "IGO", "GOV"), A(None, "COD", "REB"),
        mode="disapprove"),
      E("ACCUSE", A("the Security Council", "IGO", "GOV"), A(None, "COD", "REB"), mode="disapprove"),
      E("REQUEST", A("The Council", "IGO", "GOV"), A("the Congolese authorities", "COD", "GOV")),
      E("ASSAULT", A("suspected members of the CODECO militia", "COD", "REB"), A(None, "IGO", "MIL"),
        modality="reported")]),
    ("f14", "http://vshangxuetang.com/world/2014-10/08/content_18705723.htm (Xinhua, 2014-10-07)",
     "2014-10-07", ("UNITED NATIONS, Oct 7", "New York", "USA"),
     "UNITED NATIONS, Oct 7 (Xinhua) - The United Nations on Tuesday condemned a deadly attack on peacekeepers in Mali "
     "and urged the Malian authorities to bring the attackers to justice. One Senegalese peacekeeper was killed when "
     "six to eight rockets were fired at a joint French-UN camp in the northern town of Kidal, a UN spokesman said. "
     "Secretary-General Ban Ki-moon said he was outraged by the attack.",
     [E("ACCUSE", A("The United Nations", "IGO"), None, mode="disapprove"),
      E("REQUEST", A("The United Nations", "IGO"), A("the Malian authorities", "MLI", "GOV")),
      E("ASSAULT", None, A("One Senegalese peacekeeper", "IGO", "MIL"), modality="reported",
        instrument="six to eight rockets", obj="a joint French-UN camp"),
      E("ACCUSE", A("Secretary-General Ban Ki-moon", "IGO", "GOV"), None, mode="disapprove")]),
    ("f15", "https://staging.nation.com.pk/18-Jul-2008/unsc-strongly-condemns-attack-on-darfur-peacekeepers (2008-07-18)",
     "2008-07-16", ("UNITED NATIONS, July 16", "New York", "USA"),
     "UNITED NATIONS, July 16 - The UN Security Council condemned in the strongest terms the July 8 attack on UN-"
     "African Union peacekeepers in Sudan's Darfur region. A convoy of the joint mission, UNAMID, was ambushed by some "
     "200 fighters on horses and in 40 vehicles, and seven peacekeepers were killed. The council called on the "
     "government of Sudan to do its utmost to bring the perpetrators to justice.",
     [E("ACCUSE", A("The UN Security Council", "IGO", "GOV"), None, mode="disapprove"),
      E("ASSAULT", A("some 200 fighters", "SDN", "UAF"), A("UNAMID", "IGO", "MIL"), obj="A convoy"),
      E("REQUEST", A("The council", "IGO", "GOV"), A("the government of Sudan", "SDN", "GOV"))]),
    ("f16", "https://archive.almanar.com.lb/english/article.php?id=58229 (AFP, 2012-06-08)",
     "2012-06-08", ("ABIDJAN, June 8", "Abidjan", "CIV"),
     "ABIDJAN, June 8 (AFP) - Seven UN peacekeepers from Niger were killed in an ambush in western Ivory Coast on "
     "Friday, a UN spokesman said. The UN Security Council condemned the ambush and called on the Ivorian government "
     "to identify the perpetrators and bring them to justice. Deputy defence minister Paul Koffi Koffi said the "
     "attackers had crossed over from neighbouring Liberia.",
     [E("ASSAULT", None, A("Seven UN peacekeepers from Niger", "IGO", "MIL"), modality="reported"),
      E("ACCUSE", A("The UN Security Council", "IGO", "GOV"), None, mode="disapprove"),
      E("REQUEST", A("The UN Security Council", "IGO", "GOV"), A("the Ivorian government", "CIV", "GOV"))]),
    ("f17", "http://news.xinhuanet.com/english/2017-03/14/c_136127811.htm (Xinhua, 2017-03-14)",
     "2017-03-14", ("KABUL, March 14", "Kabul", "AFG"),
     "KABUL, March 14 (Xinhua) - At least 10 insurgents of the Haqqani network were killed on Monday after Afghan "
     "forces struck their position in eastern Paktika province, the Interior Ministry said on Tuesday. The ministry "
     "said a top Haqqani commander was among the dead. The strike also destroyed two vehicles, the statement said.",
     [E("ASSAULT", A("Afghan forces", "AFG", "MIL"), A("their", "AFG", "REB"), modality="reported",
        obj="position"),
      E("ASSAULT", A(None, "AFG", "MIL"), None, modality="reported", obj="two vehicles")]),
    ("f18", "http://www.sandiegouniontribune.com/news/2013/may/17/official-nigeria-military-attacks-camps-kills-21/ (AP, 2013-05-17)",
     "2013-05-17", ("MAIDUGURI, Nigeria, May 17", "Maiduguri", "NGA"),
     "MAIDUGURI, Nigeria, May 17 (AP) - Nigerian soldiers launched a raid against suspected Islamic extremists in the "
     "Sambisa Forest Reserve on Thursday, killing at least 21 of them, a security official said. Military spokesman "
     "Brig. Gen. Chris Olukolade said the military conducted air strikes on insurgent hideouts in the forest. He said "
     "insurgent fire hit one of the military's aircraft, forcing it to return to an airfield. Meanwhile, gunmen "
     "attacked police stations and banks in the hometown of a former military ruler.",
     [E("ASSAULT", A("Nigerian soldiers", "NGA", "MIL"), A("suspected Islamic extremists", "NGA", "REB"),
        modality="reported"),
      E("ASSAULT", A("the military", "NGA", "MIL"), A("insurgent", "NGA", "REB"), modality="reported",
        obj="hideouts"),
      E("ASSAULT", A("insurgent", "NGA", "REB"), A("the military's", "NGA", "MIL"), modality="reported",
        obj="aircraft"),
      # a state body's site or vehicle names its owner (annotation guidelines, sixteenth session's ruling)
      E("ASSAULT", A("gunmen", "NGA", "UAF"), A("police", "NGA", "COP"), obj="police stations and banks")]),
    ("f19", "https://www.politico.eu/article/eu-summons-russian-ambassador-over-travel-ban-for-top-officials/ (2021-05-03); https://nationalpost.com/pmn/news-pmn/russia-bars-eight-eu-citizens-in-sanctions-retaliation (AP, 2021-04-30)",
     "2021-05-03", ("BRUSSELS, May 3", "Brussels", "BEL"),
     "BRUSSELS, May 3 - The European Union summoned Russia's ambassador on Monday to convey its condemnation of "
     "Moscow's entry ban on eight European officials. Russia on Friday barred European Parliament President David "
     "Sassoli and Commission Vice President Vera Jourova from entering the country in retaliation for EU sanctions on "
     "Russians. EU foreign policy spokesperson Peter Stano accused Russia of choosing a hostile path of "
     "confrontation.",
     [E("ACCUSE", A("The European Union", "IGO", "GOV"), A("Russia's ambassador", "RUS", "GOV")),
      E("SANCTION", A("Russia", "RUS"), A("European Parliament President David Sassoli", "IGO", "LEG")),
      E("SANCTION", A("Russia", "RUS"), A("Commission Vice President Vera Jourova", "IGO", "GOV")),
      E("ACCUSE", A("EU foreign policy spokesperson Peter Stano", "IGO", "GOV"), A("Russia", "RUS"))]),
    ("f20", "http://news.trust.org/item/20140318121902-p5c22/ (Reuters, 2014-03-18)",
     "2014-03-18", ("MOSCOW, March 18", "Moscow", "RUS"),
     "MOSCOW, March 18 (Reuters) - Russia sharply criticised the European Union on Tuesday for imposing sanctions on "
     "Russian officials over Crimea and said it would retaliate. The Foreign Ministry said attempts to speak to Russia "
     "in the language of force would lead nowhere.",
     [E("ACCUSE", A("Russia", "RUS"), A("the European Union", "IGO")),
      E("THREATEN", A("Russia", "RUS"), A(None, "IGO"))]),
    ("f21", "https://librabunda.blogspot.com/2011/02/iran-protests-police-fire-tear-gas-and.html (The Daily Telegraph, 2011-02-14)",
     "2011-02-14", ("TEHRAN, Feb 14", "Tehran", "IRN"),
     "TEHRAN, Feb 14 - Riot police fired tear gas and paintballs at thousands of protesters in Tehran on Monday, "
     "witnesses said. Opposition supporters had gathered in Azadi Square despite a ban and chanted slogans against "
     "President Mahmoud Ahmadinejad. Authorities had earlier surrounded the house of opposition leader Mir Hossein "
     "Mousavi to stop him from joining the rally.",
     [E("COERCE", A("Riot police", "IRN", "COP"), A("thousands of protesters", "IRN", "CVL"), modality="reported",
        instrument="tear gas and paintballs"),
      E("PROTEST", A("Opposition supporters", "IRN", "OPP"), A("President Mahmoud Ahmadinejad", "IRN", "GOV")),
      E("COERCE", A("Authorities", "IRN", "GOV"), A("opposition leader Mir Hossein Mousavi", "IRN", "OPP"))]),
    ("f22", "https://www.cbsnews.com/news/hundreds-arrested-in-nepalese-protests/ (AP, 2006-01-21)",
     "2006-01-21", ("KATHMANDU, Jan 21", "Kathmandu", "NPL"),
     "KATHMANDU, Jan 21 (AP) - Police in riot gear fired tear gas on Saturday to disperse pro-democracy activists who "
     "defied a ban on rallies in the capital. At least 200 people were arrested. The activists were protesting "
     "against King Gyanendra's seizure of absolute power. On Friday security forces had detained senior politicians "
     "and student leaders in a series of raids.",
     [E("COERCE", A("Police in riot gear", "NPL", "COP"), A("pro-democracy activists", "NPL", "CVL"),
        instrument="tear gas"),
      E("COERCE", None, A("At least 200 people", "NPL", "CVL"), mode="arrest"),
      E("PROTEST", A("The activists", "NPL", "CVL"), A("King Gyanendra", "NPL", "GOV")),
      E("COERCE", A("security forces", "NPL"), A("senior politicians", "NPL", "POL"), mode="arrest"),
      E("COERCE", A("security forces", "NPL"), A("student leaders", "NPL", "EDU"), mode="arrest")]),
    ("f25", "https://dailypost.ng/2023/05/04/gunmen-attack-checkpoint-in-anambra-kill-3-policemen/ (2023-05-04)",
     "2023-05-04", ("AWKA, Nigeria, May 4", "Awka", "NGA"),
     "AWKA, Nigeria, May 4 - Gunmen attacked a police checkpoint at Umunze in Anambra State on Thursday and killed "
     "three police officers, residents said. Police spokesman Tochukwu Ikenga confirmed the attack and said a manhunt "
     "for the assailants was under way.",
     [E("ASSAULT", A("Gunmen", "NGA", "UAF"), A("three police officers", "NGA", "COP"), modality="reported",
        obj="a police checkpoint")]),
    ("f27", "https://archive.cobrapost.com/national/pak-army-fires-at-indian-posts-at-jammu-kashmir-offers-sweets-at-wagah-border/8015 (2016-08-14)",
     "2016-08-14", ("JAMMU, Aug 14", "Jammu", "IND"),
     "JAMMU, Aug 14 - The Pakistan army fired at Indian positions in Poonch district of Jammu and Kashmir on Sunday "
     "morning, ending four months of calm along the Line of Control, an Indian defence spokesman said. Indian troops "
     "retaliated. India blames Pakistan for stoking violent protests in the Kashmir Valley.",
     [E("ASSAULT", A("The Pakistan army", "PAK", "MIL"), A("Indian", "IND", "MIL"), modality="reported",
        obj="positions"),
      E("ASSAULT", A("Indian troops", "IND", "MIL"), A(None, "PAK", "MIL")),
      E("ACCUSE", A("India", "IND"), A("Pakistan", "PAK"))]),
    ("f28", "https://millichronicle.com/2023/10/turkish-military-destroys-20-targets-of-kurdish-militant-group-pkk-ministry-says.html (Reuters, 2023-10-01)",
     "2023-10-01", ("ISTANBUL, Oct 1", "Istanbul", "TUR"),
     "ISTANBUL, Oct 1 (Reuters) - Turkey carried out air strikes in northern Iraq on Sunday and destroyed 20 targets "
     "of the outlawed Kurdish militant group PKK, the Turkish Defence Ministry said. The strikes followed an attempted "
     "bomb attack in Ankara.",
     [E("ASSAULT", A("Turkey", "TUR"), A("the outlawed Kurdish militant group PKK", "TUR", "REB"),
        modality="reported", obj="20 targets")]),
    ("f29", "https://www.urdupoint.com/en/world/russian-foreign-ministry-summoned-czech-ambas-1492673.html (Sputnik, 2022-04-05)",
     "2022-04-05", ("MOSCOW, April 5", "Moscow", "RUS"),
     "MOSCOW, April 5 - The Russian Foreign Ministry summoned the Czech ambassador on Monday to protest against the "
     "expulsion of a Russian diplomat from Prague. The ministry accused the Czech authorities of deliberately "
     "destroying bilateral relations and warned that the step would not go unanswered. The Czech Foreign Ministry had "
     "urged Russian diplomats to leave the 'circle of accomplices'.",
     [E("ACCUSE", A("The Russian Foreign Ministry", "RUS", "GOV"), A("the Czech ambassador", "CZE", "GOV")),
      E("ACCUSE", A("The ministry", "RUS", "GOV"), A("the Czech authorities", "CZE", "GOV")),
      E("THREATEN", A("The ministry", "RUS", "GOV"), A(None, "CZE", "GOV")),
      E("REQUEST", A("The Czech Foreign Ministry", "CZE", "GOV"), A("Russian diplomats", "RUS", "GOV"))]),
    ("f30", "https://www.devdiscourse.com/article/law-order/1872644-poland-says-belarus-summons-its-charge-daffaires-over-diplomats-expulsion (Reuters, 2022-01-05)",
     "2022-01-05", ("WARSAW, Jan 5", "Warsaw", "POL"),
     "WARSAW, Jan 5 (Reuters) - Belarus expelled a Polish consul and summoned Poland's charge d'affaires in Minsk, the "
     "Polish foreign ministry said on Wednesday, amid simmering tensions between the two countries.",
     [E("SANCTION", A("Belarus", "BLR"), A("a Polish consul", "POL", "GOV"), mode="expel", modality="reported"),
      E("ACCUSE", A("Belarus", "BLR"), A("Poland's charge d'affaires", "POL", "GOV"), modality="reported")]),
    ("f31", "https://www.newindianexpress.com/nation/2025/Apr/26/pakistan-violates-ceasefire-along-loc-again-army-responds-appropriately-defence-official (2025-04-26)",
     "2025-04-26", ("SRINAGAR, April 26", "Srinagar", "IND"),
     "SRINAGAR, April 26 - Pakistani troops opened unprovoked small-arms fire on Indian positions from several posts "
     "along the Line of Control in Kashmir overnight, a defence official said on Saturday, adding that the army "
     "responded appropriately. In a separate incident, militants opened fire on security forces in Bandipora "
     "district, wounding two senior police officers.",
     [E("ASSAULT", A("Pakistani troops", "PAK", "MIL"), A("Indian", "IND", "MIL"), modality="reported",
        obj="positions"),
      E("ASSAULT", A("the army", "IND", "MIL"), A(None, "PAK", "MIL"), modality="reported"),
      E("ASSAULT", A("militants", "IND", "REB"), A("security forces", "IND"))]),
    ("f32", "https://www.aljazeera.com/news/2015/11/deaths-palestinian-protests-grip-west-bank-gaza-151113124912367.html (Al Jazeera, 2015-11-13)",
     "2015-11-13", ("HEBRON, West Bank, Nov 13", "Hebron", "PSE"),
     "HEBRON, West Bank, Nov 13 (Al Jazeera) - Israeli forces shot dead 22-year-old Lafi Awwad in the village of "
     "Budrus on Friday, the Palestinian health ministry said. Earlier, Hassan al-Baw, 23, died in Hebron after he was "
     "shot by Israeli forces during a protest. An Israeli military spokesperson said a gunman opened fire on a group "
     "of Israeli settlers near Otniel, killing two of them.",
     [E("ASSAULT", A("Israeli forces", "ISR", "MIL"), A("22-year-old Lafi Awwad", "PSE", "CVL"), modality="reported"),
      E("ASSAULT", A("Israeli forces", "ISR", "MIL"), A("Hassan al-Baw", "PSE", "CVL")),
      E("ASSAULT", A("a gunman", None, "UAF"), A("a group of Israeli settlers", "ISR", "CVL"),
        modality="reported")]),
    ("f33", "https://almaghribtoday.net/en/42/mod-confirms-special-forces-killed-in-afghan-air-force-raid-194017 (Khaama Press/MENA)",
     None, ("KABUL, Afghanistan -", "Kabul", "AFG"),
     "KABUL, Afghanistan - Afghanistan's Defence Ministry confirmed that five commandos and a policeman were killed in "
     "an airstrike conducted by the Afghan Air Force in Farah province. Ministry spokesman Dawlat Waziri said the "
     "strike was called in after Taliban militants attacked several security posts in Bala Bolok district. The "
     "U.S.-led coalition denied that U.S. forces had carried out the strike.",
     [E("ASSAULT", A("the Afghan Air Force", "AFG", "MIL"), A("five commandos", "AFG", "MIL"), modality="reported"),
      E("ASSAULT", A("the Afghan Air Force", "AFG", "MIL"), A("a policeman", "AFG", "COP"), modality="reported"),
      E("ASSAULT", A("Taliban militants", "AFG", "REB"), None, modality="reported", obj="several security posts"),
      E("ASSAULT", A("U.S. forces", "USA", "MIL"), None, modality="negated")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev3.jsonl", disjoint_from="wire_args.jsonl")
