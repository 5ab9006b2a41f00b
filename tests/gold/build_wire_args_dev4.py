"""Writes wire_args_dev4.jsonl: a fourth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). It was written and annotated from the reports alone, before any tuning on it, to measure
how far the rules tuned on the first three dev sets carry to new text. It aims at the failures still open after
dev3: retaliation and response clauses ('Cambodian troops had retaliated', 'the helicopters that responded to its
distress call'), accusations whose content is an attack ('accused Ukraine of shelling the plant': one ACCUSE, no
ASSAULT), combined forces ('A combined Afghan and coalition security force', 'Somali National Army and African
Union forces'; a combined force is one actor and, as in the dates-and-places guidelines, gets its text only),
targets in complements ('condemned the strikes on its territory', 'called on both sides to end
the violence'), weapons as subjects ('Russia's air defence units destroyed 23 Ukrainian drones', 'one missile
hit a mosque'), and coreference ('The two leaders', 'The two sides', 'it'). Mirrored pairs keep both sides under
one rule: Russian and Ukrainian air defences, Thai and Cambodian accounts, Pakistani and Afghan accounts.

Conflicts and rows the other sets do not cover: Thailand-Cambodia (2011, 2025), Pakistan-Afghanistan (2024,
2025), Haiti's gangs, Mali, the April 2024 Iranian attack on Israel, Somalia's joint operations, ISAF,
Ethiopia's Amhara war, US strikes in Iraq, Libya, Kenya's 2024 protests, Georgia's 2024 protests, the
Zaporizhzhia plant, India-Pakistan (May 2025), the Red Sea, Syria, Russia-Greece. Conventions:
docs/annotation-guidelines.md ("Arguments"). A sector is left null where the guidelines do not fix it.

Every story is a short wire-style paraphrase of the public report(s) cited as its source (Reuters, AP, AFP,
Xinhua, PTI, KUNA, the U.S. Department of Defense's American Forces Press Service), found with a search of stored
public pages; the reports stay their publishers'. Where the report gives no day, the dateline has none and the
item no date. Run: python tests/gold/build_wire_args_dev4.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("g01", "https://www.newsbeep.com/ca/19839 (Al Jazeera/Reuters, 2025-07-24); https://talentzmedia.com/two-soldiers-wounded-as-thai-and-cambodia-militaries-clash-at-disputed-border (Reuters, 2025-07-24)",
     "2025-07-24", ("BANGKOK, July 24", "Bangkok", "THA"),
     "BANGKOK, July 24 (Reuters) - Thai and Cambodian troops clashed on Thursday near the disputed Ta Moan Thom "
     "temple. Thailand's military said Cambodian troops opened fire with heavy weapons, including artillery and "
     "rockets, wounding two Thai soldiers. Cambodia's Ministry of National Defence accused Thailand of attacking "
     "first and said Cambodian troops had retaliated in self-defence. Former prime minister Hun Sen said Thailand's "
     "military had shelled two Cambodian provinces.",
     [E("ASSAULT", A("Thai and Cambodian troops", "THA", "MIL"), A(None, "KHM", "MIL")),
      E("ASSAULT", A("Cambodian troops", "KHM", "MIL"), A("two Thai soldiers", "THA", "MIL"), modality="reported",
        instrument="heavy weapons"),
      E("ACCUSE", A("Cambodia's Ministry of National Defence", "KHM", "GOV"), A("Thailand", "THA")),
      E("ASSAULT", A("Cambodian troops", "KHM", "MIL"), A(None, "THA", "MIL"), modality="reported"),
      E("ASSAULT", A("Thailand's military", "THA", "MIL"), A("Cambodian", "KHM"), modality="reported")]),
    ("g02", "https://www.mingoda.com/News/1844545/PakistanTalibanforcesexchangefireatseveralplacesalongAfghanistanborder (Reuters/Al Jazeera, 2025-10-12)",
     "2025-10-12", ("ISLAMABAD, Oct 12", "Islamabad", "PAK"),
     "ISLAMABAD, Oct 12 - Afghan Taliban forces and Pakistani troops exchanged fire at several places along the "
     "border on Saturday night. Afghanistan's defence ministry said its forces had carried out retaliatory "
     "operations against Pakistani posts along the Durand Line. Pakistan's Interior Minister Mohsin Naqvi accused "
     "Afghan forces of firing on civilians and said Pakistani forces had responded. The Taliban had blamed Pakistan "
     "for blasts in Kabul two days earlier.",
     [E("ASSAULT", A("Afghan Taliban forces", "AFG", "MIL"), A("Pakistani troops", "PAK", "MIL")),
      E("ASSAULT", A("its", "AFG", "MIL"), A("Pakistani", "PAK", "MIL"), modality="reported",
        obj="Pakistani posts"),
      E("ACCUSE", A("Pakistan's Interior Minister Mohsin Naqvi", "PAK", "GOV"), A("Afghan forces", "AFG", "MIL")),
      E("ASSAULT", A("Pakistani forces", "PAK", "MIL"), A(None, "AFG", "MIL"), modality="reported"),
      E("ACCUSE", A("The Taliban", "AFG"), A("Pakistan", "PAK"))]),
    ("g03", "https://kvia.com/news/2024/07/02/haiti-police-retake-control-of-a-police-station-in-the-capital-that-was-attacked-by-gangs/ (AP, 2024-07-01); https://nz.news.yahoo.com/haiti-police-retake-control-police-141915853.html (AP)",
     "2024-07-01", ("PORT-AU-PRINCE, Haiti, July 1", "Port-au-Prince", "HTI"),
     "PORT-AU-PRINCE, Haiti, July 1 (AP) - Haitian police regained control of a police station in Gressier that "
     "gangs had attacked on Sunday, authorities said Monday. The armed groups burned houses in the area, and gunmen "
     "shot a bus driver, a police union spokesman said. The attack came days after Kenyan police officers arrived "
     "in the country.",
     [E("COERCE", A("Haitian police", "HTI", "COP"), None, obj="a police station"),
      # a state body's site or vehicle names its owner (annotation guidelines, sixteenth session's ruling)
      E("ASSAULT", A("gangs", "HTI", "CRM"), A("police", "HTI", "COP"), obj="a police station"),
      E("ASSAULT", A("The armed groups", "HTI", "CRM"), None, modality="reported", obj="houses"),
      E("ASSAULT", A("gunmen", "HTI"), A("a bus driver", "HTI", "CVL"), modality="reported")]),
    ("g04", "https://www.thenews.com.pk/print/1132695-mali-militants-claim-to-seize-military-base (AFP, 2023-11-25); https://www.trtworld.com:443/article/15982781 (2023-11-26)",
     "2023-11-25", ("BAMAKO, Nov 25", "Bamako", "MLI"),
     "BAMAKO, Nov 25 (AFP) - The al-Qaeda-linked group JNIM said it had seized the Niafunke military camp in "
     "northern Mali on Friday with the help of a suicide car bomb. The group also claimed to have hit a Malian army "
     "camp in Goundam with mortar fire. The Malian army said the attacks had been repelled.",
     # a state body's site or vehicle names its owner (annotation guidelines, sixteenth session's ruling)
     [E("COERCE", A("it", "MLI", "REB"), A("military", "MLI", "MIL"), modality="reported",
        instrument="a suicide car bomb",
        obj="the Niafunke military camp"),
      E("ASSAULT", A("The group", "MLI", "REB"), A("Malian army", "MLI", "MIL"), modality="reported",
        instrument="mortar fire", obj="camp")]),
    ("g05", "https://businessday.ng/world/article/us-shoots-down-iranian-drones-bound-for-israel/ (BBC, 2024-04-14)",
     "2024-04-14", ("WASHINGTON, April 14", "Washington", "USA"),
     "WASHINGTON, April 14 - U.S. forces shot down several Iranian drones headed for Israel after Iran launched a "
     "retaliatory attack early on Sunday, U.S. officials said. President Joe Biden and British Prime Minister Rishi "
     "Sunak condemned Iran's attack and reaffirmed their support for Israel. Israeli military spokesman Daniel "
     "Hagari said Iran had launched around 200 drones and missiles towards Israel.",
     [E("ASSAULT", A("U.S. forces", "USA", "MIL"), A("Iranian", "IRN", "MIL"), modality="reported",
        obj="several Iranian drones"),
      E("ASSAULT", A("Iran", "IRN"), A(None, "ISR"), modality="reported"),
      E("ACCUSE", A("President Joe Biden", "USA", "GOV"), A("Iran's", "IRN"), mode="disapprove"),
      E("ACCUSE", A("British Prime Minister Rishi Sunak", "GBR", "GOV"), A("Iran's", "IRN"), mode="disapprove"),
      E("SUPPORT", A("President Joe Biden", "USA", "GOV"), A("Israel", "ISR")),
      E("SUPPORT", A("British Prime Minister Rishi Sunak", "GBR", "GOV"), A("Israel", "ISR")),
      E("ASSAULT", A("Iran", "IRN"), A("Israel", "ISR"), modality="reported",
        instrument="around 200 drones and missiles")]),
    ("g06", "https://uzalendonews.co.ke/over-30-al-shabaab-militants-killed-in-a-joint-operation/ (Xinhua/AUSSOM statement)",
     None, ("MOGADISHU -", "Mogadishu", "SOM"),
     "MOGADISHU - Somali National Army and African Union forces killed more than 30 al-Shabaab militants in a joint "
     "operation near the Bulunagaad military base in the Lower Shabelle region on Thursday, the AU mission said. The "
     "mission said the militants had earlier attacked SNA and AUSSOM forces during pursuit operations.",
     [E("ASSAULT", A("Somali National Army", "SOM", "MIL"), A("more than 30 al-Shabaab militants", "SOM", "REB"),
        modality="reported"),
      E("ASSAULT", A("African Union forces", "IGO", "MIL"), A("more than 30 al-Shabaab militants", "SOM", "REB"),
        modality="reported"),
      E("ASSAULT", A("the militants", "SOM", "REB"), A("SNA", "SOM", "MIL"), modality="reported"),
      E("ASSAULT", A("the militants", "SOM", "REB"), A("AUSSOM forces", "IGO", "MIL"), modality="reported")]),
    ("g07", "https://military-veteran.com/newsart/afps/art/554 (American Forces Press Service, from ISAF and ISAF Joint Command releases, 2012-06-28; US government work)",
     "2012-06-28", ("WASHINGTON, June 28, 2012", "Washington", "USA"),
     "WASHINGTON, June 28, 2012 - An Afghan and coalition security force detained a Taliban leader during an "
     "operation in the Kandahar district of Afghanistan's Kandahar province today, military officials reported. The "
     "security force also detained multiple suspected insurgents and seized several small-arms weapons. In Khost "
     "province, Afghan police and coalition forces killed one insurgent during a firefight.",
     [E("COERCE", A("An Afghan and coalition security force", None), A("a Taliban leader", "AFG", "REB"),
        modality="reported"),
      E("COERCE", A("The security force", None), A("multiple suspected insurgents", "AFG", "REB"),
        modality="reported"),
      E("ASSAULT", A("Afghan police", "AFG", "COP"), A("one insurgent", "AFG", "REB"), modality="reported"),
      E("ASSAULT", A("coalition forces", "IGO", "MIL"), A("one insurgent", "AFG", "REB"), modality="reported")]),
    ("g08", "https://zambianstreets.com/ethiopian-army-drone-reportedly-kills-dozens-witnesses-say/ (BBC, 2024)",
     None, ("ADDIS ABABA -", "Addis Ababa", "ETH"),
     "ADDIS ABABA - An Ethiopian army drone strike killed up to 30 civilians near the town of Sasit in the Amhara "
     "region on Monday, residents and hospital sources said. The army has been fighting the Fano militia since "
     "April last year. The government has not responded to the reports.",
     [E("ASSAULT", A("Ethiopian army", "ETH", "MIL"), A("up to 30 civilians", "ETH", "CVL"), modality="reported",
        instrument="drone"),
      E("ASSAULT", A("The army", "ETH", "MIL"), A("the Fano militia", "ETH", "REB"))]),
    ("g09", "https://americasnewshub.com/world/drone-attack-on-iraq-military-base-wounds-3-u-s-service-members-pentagon-says/ (CBS News, 2023-12-26); https://addinfy.com/drone-attack-iraq-military-base-3-u-s-service-members-wounded-kataib-hezbollah-retaliatory-strikes/",
     "2023-12-26", ("BAGHDAD, Dec 26", "Baghdad", "IRQ"),
     "BAGHDAD, Dec 26 - A drone attack by Kataib Hezbollah wounded three U.S. service members at the Erbil air base "
     "in northern Iraq, the Pentagon said. President Joe Biden ordered retaliatory strikes on three sites used by the "
     "group. Iraq's government condemned the strikes on its territory as a violation of Iraqi sovereignty.",
     [E("ASSAULT", A("Kataib Hezbollah", "IRQ", "REB"), A("three U.S. service members", "USA", "MIL"),
        modality="reported", instrument="drone"),
      E("ASSAULT", A("President Joe Biden", "USA", "GOV"), A("the group", "IRQ", "REB"), obj="three sites"),
      E("ACCUSE", A("Iraq's government", "IRQ", "GOV"), A(None, "USA"), mode="disapprove")]),
    ("g10", "http://en.people.cn/n3/2022/0517/c90000-10097510.html (Xinhua, 2022-05-16); https://www.canindia.com/un-voices-concern-about-clashes-in-libyas-tripoli/ (IANS/Xinhua)",
     "2022-05-16", ("TRIPOLI, May 16", "Tripoli", "LBY"),
     "TRIPOLI, May 16 (Xinhua) - The United Nations Support Mission in Libya said on Monday it was seriously "
     "concerned about armed clashes in the Janzour area of Tripoli. The mission called on all parties in Libya to "
     "exercise maximum restraint and to use dialogue to resolve contentious issues. Libyan Prime Minister "
     "Abdul-Hamid Dbeibah condemned the clashes.",
     [E("REQUEST", A("The mission", "IGO"), A("all parties in Libya", "LBY")),
      E("ACCUSE", A("Libyan Prime Minister Abdul-Hamid Dbeibah", "LBY", "GOV"), None, mode="disapprove")]),
    ("g11", "https://kenya-today.co.ke/2024/06/25/several-people-shot-outside-parliament-in-anti-finance-bill-protests/ (Reuters, 2024-06-25)",
     "2024-06-25", ("NAIROBI, June 25", "Nairobi", "KEN"),
     "NAIROBI, June 25 (Reuters) - Kenyan police opened fire on protesters outside parliament on Tuesday, killing "
     "at least five people, as lawmakers voted on a finance bill. Police had earlier fired tear gas and water cannon "
     "at the crowds. President William Ruto called the protests treasonous.",
     [E("ASSAULT", A("Kenyan police", "KEN", "COP"), A("protesters", "KEN", "CVL")),
      E("COERCE", A("Police", "KEN", "COP"), A("the crowds", "KEN", "CVL"), instrument="tear gas and water cannon"),
      E("ACCUSE", A("President William Ruto", "KEN", "GOV"), A(None, "KEN", "CVL"))]),
    ("g12", "https://trtworld.com/europe/police-use-water-cannons-against-protesters-surrounding-georgia-parliament-18238765 (2024-12-01)",
     "2024-12-01", ("TBILISI, Dec 1", "Tbilisi", "GEO"),
     "TBILISI, Dec 1 - Georgian police used water cannon on Sunday to disperse protesters outside parliament, on the "
     "fourth night of demonstrations against the government's decision to suspend talks on joining the European "
     "Union. Protesters threw stones and fireworks at the building. The Ministry of Internal Affairs urged "
     "parents to take their children away from the protest area.",
     [E("COERCE", A("Georgian police", "GEO", "COP"), A("protesters", "GEO", "CVL"), instrument="water cannon"),
      E("PROTEST", A("Protesters", "GEO", "CVL"), None, instrument="stones and fireworks", obj="the building"),
      E("REQUEST", A("The Ministry of Internal Affairs", "GEO", "GOV"), A("parents", "GEO", "CVL"))]),
    ("g13", "https://www.devdiscourse.com/article/headlines/2157727-ukraines-energoatom-says-russia-shelled-occupied-nuclear-plant-again (Reuters, 2022-08-20); https://tass.com/world/1499581 (TASS, 2022-08-29)",
     "2022-08-20", ("KYIV, Aug 20", "Kyiv", "UKR"),
     "KYIV, Aug 20 (Reuters) - Ukraine's state nuclear company Energoatom said on Saturday that Russian troops had "
     "again shelled the grounds of the Zaporizhzhia nuclear power plant. Russia's defence ministry in turn accused "
     "Ukraine of shelling the plant. A Russian-installed official later said a shell fired by Ukrainian troops had "
     "hit the roof of a building that holds reactor fuel.",
     [E("ASSAULT", A("Russian troops", "RUS", "MIL"), None, modality="reported", obj="the grounds"),
      E("ACCUSE", A("Russia's defence ministry", "RUS", "GOV"), A("Ukraine", "UKR")),
      E("ASSAULT", A("Ukrainian troops", "UKR", "MIL"), None, modality="reported", instrument="a shell",
        obj="the roof")]),
    ("g14", "https://desimuchatlu.com/top-story/india-launches-operation-sindoor-against-pakistan-exchanges-of-fire/ (2025-05-07); https://english.dhanamonline.com/news/operation-sindoor-indian-missiles-strike-9-sites-in-pakistan-9000934 (BBC, 2025-05-07)",
     "2025-05-07", ("ISLAMABAD, May 7", "Islamabad", "PAK"),
     "ISLAMABAD, May 7 - India struck nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, "
     "saying it had hit terrorist infrastructure. Pakistan's military said the Indian strikes killed at least eight "
     "people and that one missile hit a mosque in Bahawalpur. Prime Minister Shehbaz Sharif condemned the strikes "
     "as an act of war. Pakistan's army said it had retaliated against Indian military positions.",
     [E("ASSAULT", A("India", "IND"), None, obj="nine sites"),
      E("ASSAULT", A("Indian", "IND"), A("at least eight people", "PAK", "CVL"), modality="reported"),
      E("ASSAULT", A(None, "IND"), None, modality="reported", instrument="one missile", obj="a mosque"),
      E("ACCUSE", A("Prime Minister Shehbaz Sharif", "PAK", "GOV"), A(None, "IND"), mode="disapprove"),
      E("ASSAULT", A("it", "PAK", "MIL"), A("Indian military", "IND", "MIL"), modality="reported",
        obj="positions")]),
    ("g15", "https://www.world-today-journal.com/america-attacks-three-yemeni-houthi-ships-in-the-red-sea-killing-at-least-10-fighters/ (CENTCOM statement, 2023-12-31); https://tldrdaily.news/tag/merchantship",
     "2023-12-31", ("TAMPA, Florida, Dec 31", "Tampa", "USA"),
     "TAMPA, Florida, Dec 31 - Houthi small boats attacked the container ship Maersk Hangzhou in the Red Sea on "
     "Sunday and fired on U.S. Navy helicopters that responded to its distress call, U.S. Central Command said. The "
     "helicopters returned fire, sinking three of the four boats and killing their crews. On Saturday, the "
     "destroyer USS Gravely shot down two anti-ship ballistic missiles fired by the Houthis.",
     [E("ASSAULT", A("Houthi", "YEM", "REB"), None, modality="reported",
        obj="the container ship Maersk Hangzhou"),
      E("ASSAULT", A("Houthi", "YEM", "REB"), A("U.S. Navy", "USA", "MIL"), modality="reported",
        obj="helicopters"),
      E("ASSAULT", A("The helicopters", "USA", "MIL"), A("their crews", "YEM", "REB"), modality="reported",
        obj="three of the four boats"),
      E("ASSAULT", A("the destroyer USS Gravely", "USA", "MIL"), A("the Houthis", "YEM", "REB"),
        modality="reported", obj="two anti-ship ballistic missiles")]),
    ("g16", "http://www.taipeitimes.com/News/world/archives/2016/09/06/2003654604 (AP, 2016-09-05)",
     "2016-09-05", ("HANGZHOU, China, Sept 5", "Hangzhou", "CHN"),
     "HANGZHOU, China, Sept 5 (AP) - U.S. President Barack Obama and Russian President Vladimir Putin failed on "
     "Monday to reach a deal on a ceasefire in Syria. The two leaders met for 90 minutes on the sidelines of the "
     "G20 summit. Obama has said he is skeptical that Russia would hold to an agreement.",
     [E("AGREE", A("U.S. President Barack Obama", "USA", "GOV"), A("Russian President Vladimir Putin", "RUS", "GOV"),
        modality="negated"),
      E("AGREE", A("Russian President Vladimir Putin", "RUS", "GOV"), A("U.S. President Barack Obama", "USA", "GOV"),
        modality="negated"),
      E("CONSULT", A("The two leaders", "USA", "GOV"), A(None, "RUS", "GOV")),
      E("CONSULT", A("The two leaders", "RUS", "GOV"), A(None, "USA", "GOV"))]),
    ("g17", "https://asiancemagazine.com/?p=8484 (AFP, 2011-04-22)",
     "2011-04-22", ("BANGKOK, April 22", "Bangkok", "THA"),
     "BANGKOK, April 22 (AFP) - Thai and Cambodian troops traded gunfire and artillery shells on Friday, leaving "
     "six soldiers dead. The two sides blamed each other for the clash. Thai Defence Minister Prawit Wongsuwon "
     "said Cambodian soldiers had fired at Thailand first. Cambodia accused Thai troops of entering its territory. "
     "Indonesia, the chair of ASEAN, called on both sides to end the violence.",
     [E("ASSAULT", A("Thai and Cambodian troops", "THA", "MIL"), A(None, "KHM", "MIL"),
        instrument="gunfire and artillery shells"),
      E("ACCUSE", A("The two sides", "THA"), A(None, "KHM")),
      E("ACCUSE", A("The two sides", "KHM"), A(None, "THA")),
      E("ASSAULT", A("Cambodian soldiers", "KHM", "MIL"), A("Thailand", "THA"), modality="reported"),
      E("ACCUSE", A("Cambodia", "KHM"), A("Thai troops", "THA", "MIL")),
      E("REQUEST", A("Indonesia", "IDN"), A("both sides", "THA")),
      E("REQUEST", A("Indonesia", "IDN"), A("both sides", "KHM"))]),
    ("g18", "https://www.newsdrum.in/international/pak-afghan-border-forces-clash-during-fence-repair-work-7303484 (PTI, 2024-10-09)",
     "2024-10-09", ("ISLAMABAD, Oct 9", "Islamabad", "PAK"),
     "ISLAMABAD, Oct 9 (PTI) - Pakistani border troops and Afghan Taliban fighters clashed along the border, The "
     "Express Tribune reported on Wednesday. The clash began after the Afghan side attacked a border post while "
     "Pakistani forces were repairing the fence. In response, the Pakistan Army launched a counterattack on the "
     "Afghan checkpoints.",
     [E("ASSAULT", A("Pakistani border troops", "PAK", "MIL"), A("Afghan Taliban fighters", "AFG"),
        modality="reported"),
      E("ASSAULT", A("the Afghan side", "AFG"), None, modality="reported", obj="a border post"),
      E("ASSAULT", A("the Pakistan Army", "PAK", "MIL"), A("Afghan", "AFG"), modality="reported",
        obj="the Afghan checkpoints")]),
    ("g19", "https://www.middleeastmonitor.com/20230330-syria-condemns-israel-strike-that-left-two-soldiers-wounded/ (Reuters, 2023-03-30)",
     "2023-03-30", ("DAMASCUS, March 30", "Damascus", "SYR"),
     "DAMASCUS, March 30 (Reuters) - Syria's Foreign Ministry on Thursday condemned an overnight Israeli missile "
     "attack near Damascus that wounded two soldiers. Syrian state television said the missiles were launched from "
     "the Golan Heights and that Syrian air defences had shot down some of them. Israeli authorities declined to "
     "comment.",
     [E("ACCUSE", A("Syria's Foreign Ministry", "SYR", "GOV"), A("Israeli", "ISR"), mode="disapprove"),
      E("ASSAULT", A("Israeli", "ISR"), A("two soldiers", "SYR", "MIL")),
      E("ASSAULT", A("Syrian air defences", "SYR", "MIL"), A(None, "ISR"), modality="reported",
        obj="some of them")]),
    ("g20", "https://www.brecorder.com/news/40329756/russia-says-it-destroyed-23-ukrainian-drones-overnight (Reuters, 2024-10)",
     None, ("MOSCOW -", "Moscow", "RUS"),
     "MOSCOW - Russia's air defence units destroyed 23 Ukrainian drones overnight over several western Russian "
     "regions, the Russian defence ministry said on Wednesday. Seven of the drones were destroyed over the Rostov "
     "region, the ministry said on the Telegram messaging app.",
     [E("ASSAULT", A("Russia's air defence units", "RUS", "MIL"), A("Ukrainian", "UKR", "MIL"), modality="reported",
        obj="23 Ukrainian drones")]),
    ("g21", "https://english.alarabiya.net/News/world/2024/08/17/ukraine-air-defense-downs-all-14-russian-drones-fired-air-force- (Reuters, 2024-08-17)",
     "2024-08-17", ("KYIV, Aug 17", "Kyiv", "UKR"),
     "KYIV, Aug 17 (Reuters) - Ukraine's air defences shot down all 14 Russian drones fired in an overnight "
     "attack, the Ukrainian air force said on Saturday. The air force said the Shahed drones were downed over six "
     "Ukrainian regions in the south and centre of the country.",
     [E("ASSAULT", A("Ukraine's air defences", "UKR", "MIL"), A("Russian", "RUS", "MIL"), modality="reported",
        obj="all 14 Russian drones")]),
    ("g22", "http://www.ekathimerini.com/230661/article/ekathimerini/news/russia-summons-greek-ambassador-over-expulsion-of-its-diplomats (Reuters, 2018-07-13)",
     "2018-07-13", ("MOSCOW, July 13", "Moscow", "RUS"),
     "MOSCOW, July 13 (Reuters) - Russia's foreign ministry said on Friday it had summoned the Greek ambassador to "
     "protest against the expulsion of two Russian diplomats by Athens. The ministry said Washington was behind the "
     "anti-Russian decision of the government of Greece. Greece said it had expelled the two diplomats for trying "
     "to bribe officials.",
     [E("ACCUSE", A("it", "RUS", "GOV"), A("the Greek ambassador", "GRC", "GOV"), modality="reported"),
      E("ACCUSE", A("The ministry", "RUS", "GOV"), A("Washington", "USA", "GOV")),
      E("REDUCE", A("it", "GRC"), A("the two diplomats", "RUS", "GOV"), modality="reported")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev4.jsonl", disjoint_from="wire_args.jsonl")
