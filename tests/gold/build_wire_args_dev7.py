"""Writes wire_args_dev7.jsonl: a seventh DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). It was written and annotated from the reports alone, before the coder was run on it, because
the first six dev sets had saturated (five of them above 0.79 both right while the held-out set stayed near 0.63):
the rules had come to fit those stories. Its sha256 is pinned in tests/test_gold_frozen.py, so it stays as first
annotated (a correction is a new set, not an edit).

Its datelines come from thirteen countries that no earlier dev set has as a dateline: Azerbaijan and Armenia (both
capitals), Cambodia and Thailand (both capitals), DR Congo and Rwanda (both capitals), Myanmar, Bolivia, Uganda,
Taiwan, Senegal, Chad, Moldova and Venezuela. The classes it probes are those wire copy is full of: a generic
state actor with no country of its own ("Police", "The troops", "the ministry", "The militants") that takes the
story's country; weapons, vehicles and ships as agents ("its F-16 fighter jets struck", "32 Chinese military
aircraft", "detained ... by the USS Jason Dunham"); the owner of an attacked thing ("Azerbaijani positions",
"Cambodian military targets", "24 army vehicles", "several army convoys"); territory named by its country
("shelled two Cambodian provinces", "shelling Rwandan territory"); condemnations whose culprit the story tells
("condemned the coup attempt", "denounced the expulsion"); a capital used as a place ("in Kinshasa", "in
Chisinau", "the foreign ministry in Caracas") and as an actor ("Kigali denies", "Washington"); relative and
coordinated clauses; and coordinated owners ("those of Rwanda, France and the United States").

Conventions: docs/annotation-guidelines.md ("Arguments"). A sector is left null where the guidelines do not fix it.
Breaking off or downgrading relations is SANCTION (the typing conventions), not a type outside PLOVER. Every story
is a short wire-style paraphrase of the public report(s) cited as its source (Reuters, AP, AFP, TASS, KUNA, BBC,
Xinhua), found with a search of stored public pages; the reports stay their publishers'. Where the report gives no
day, the dateline has none and the item no date. Run: python tests/gold/build_wire_args_dev7.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("j01", "https://tass.com/world/1363061 (TASS, 2021-11-18)",
     "2021-11-18", ("BAKU, Nov 18", "Baku", "AZE"),
     "BAKU, Nov 18 (TASS) - Armenian armed forces shelled Azerbaijani positions in the Tovuz border district late on "
     "Wednesday, Azerbaijan's defence ministry said on Thursday. The ministry said its forces had returned fire. "
     "Yerevan said Azerbaijani forces had launched an offensive into Armenia's territory on Tuesday. Russian Defence "
     "Minister Sergei Shoigu held separate telephone talks with his Armenian and Azerbaijani counterparts.",
     [E("ASSAULT", A("Armenian armed forces", "ARM", "MIL"), A("Azerbaijani", "AZE", "MIL"), modality="reported",
        obj="Azerbaijani positions"),
      E("ASSAULT", A("its forces", "AZE", "MIL"), A(None, "ARM", "MIL"), modality="reported"),
      E("ASSAULT", A("Azerbaijani forces", "AZE", "MIL"), A("Armenia's", "ARM"), modality="reported"),
      E("CONSULT", A("Russian Defence Minister Sergei Shoigu", "RUS", "GOV"),
        A("his Armenian and Azerbaijani counterparts", "ARM", "GOV"), mode="phone"),
      E("CONSULT", A("Russian Defence Minister Sergei Shoigu", "RUS", "GOV"), A("Azerbaijani", "AZE", "GOV"),
        mode="phone")]),
    ("j02", "https://dailytv.net/video/x8ohxmw (AFP); https://hyetert.org/2023/03/06/azerbaijan-says-its-positions-"
     "come-under-fire-from-armenia-yerevan-denies-this/ (TASS, 2023-03-06)",
     None, ("YEREVAN", "Yerevan", "ARM"),
     "YEREVAN (AFP) - Azerbaijan's army shelled Armenia's Gegharkunik region on Monday, killing an Armenian soldier "
     "in the village of Kut and wounding two others, the defence ministry in Yerevan said. Azerbaijan's defence "
     "ministry accused Armenian forces of firing on its positions first.",
     [E("ASSAULT", A("Azerbaijan's army", "AZE", "MIL"), A("an Armenian soldier", "ARM", "MIL"), modality="reported"),
      E("ACCUSE", A("Azerbaijan's defence ministry", "AZE", "GOV"), A("Armenian forces", "ARM", "MIL"))]),
    ("j03", "https://www.newsbeep.com/ca/19839 (Reuters, 2025-07-24); https://menafn.com/1109840442/Thailand-"
     "Cambodia-Exchange-Fire-In-Renewed-Border-Dispute (KUNA, 2025-07-24)",
     "2025-07-24", ("PHNOM PENH, July 24", "Phnom Penh", "KHM"),
     "PHNOM PENH, July 24 - Cambodia's defence ministry accused Thailand's army of attacking first on Thursday, saying "
     "Cambodian troops had only acted in self-defence near the disputed Ta Moan Thom temple. Former prime minister "
     "Hun Sen said the Thai military had shelled two Cambodian provinces, Oddar Meanchey and Preah Vihear. Cambodia "
     "downgraded diplomatic ties with Thailand.",
     [E("ACCUSE", A("Cambodia's defence ministry", "KHM", "GOV"), A("Thailand's army", "THA", "MIL")),
      E("ASSAULT", A("the Thai military", "THA", "MIL"), A("Cambodian", "KHM"), modality="reported"),
      E("SANCTION", A("Cambodia", "KHM"), A("Thailand", "THA"))]),
    ("j04", "https://www.newsbeep.com/ca/19839 (Reuters, 2025-07-24); https://www.keneci.com/World-conflicts/"
     "cambodia-thailand-border-conflict-escalates-dozens-dead-10s-of-1000s-disp (2025-07-25)",
     "2025-07-24", ("BANGKOK, July 24", "Bangkok", "THA"),
     "BANGKOK, July 24 (Reuters) - Cambodian troops opened fire on Thai soldiers near the disputed Ta Moan Thom temple "
     "on Thursday, Thailand's army said, adding that Cambodian forces had fired artillery and BM-21 rockets into Thai "
     "territory. Two civilians were killed by Cambodian shelling in Surin province, a district chief said. Thailand's "
     "military said its F-16 fighter jets struck Cambodian military targets in response.",
     [E("ASSAULT", A("Cambodian troops", "KHM", "MIL"), A("Thai soldiers", "THA", "MIL"), modality="reported"),
      E("ASSAULT", A("Cambodian forces", "KHM", "MIL"), A("Thai", "THA"), modality="reported",
        instrument="artillery and BM-21 rockets"),
      E("ASSAULT", A("Cambodian", "KHM"), A("Two civilians", "THA", "CVL"), modality="reported"),
      E("ASSAULT", A("its", "THA", "MIL"), A("Cambodian", "KHM", "MIL"), modality="reported",
        instrument="F-16 fighter jets", obj="Cambodian military targets")]),
    ("j05", "https://www.africanews.com/2025/01/28/protesters-attack-embassies-in-kinshasa-after-increase-in-fighting-"
     "between-m23-and-congole/ (2025-01-28); https://www.devdiscourse.com/article/politics/3242897-violence-erupts-in-"
     "kinshasa-over-m23-rebel-support-allegations (2025-01-28); https://rin.pw/?p=295915 (2025-01-28)",
     "2025-01-28", ("KINSHASA, Jan 28", "Kinshasa", "COD"),
     "KINSHASA, Jan 28 - Protesters attacked several foreign embassies in Kinshasa on Tuesday, including those of "
     "Rwanda, France and the United States, in anger at the M23 rebels' entry into Goma. Police fired tear gas to "
     "disperse the demonstrators, who set the French embassy on fire. Congo's government accuses Rwanda of backing "
     "the M23. French Foreign Minister Jean-Noel Barrot condemned the violence as unacceptable.",
     [E("PROTEST", A("Protesters", "COD", "CVL"), A("Rwanda", "RWA"), mode="riot", obj="several foreign embassies"),
      E("PROTEST", A("Protesters", "COD", "CVL"), A("France", "FRA"), mode="riot", obj="several foreign embassies"),
      E("PROTEST", A("Protesters", "COD", "CVL"), A("the United States", "USA"), mode="riot",
        obj="several foreign embassies"),
      E("COERCE", A("Police", "COD", "COP"), A("the demonstrators", "COD", "CVL"), mode="restrict",
        instrument="tear gas"),
      E("PROTEST", A("who", "COD", "CVL"), A("French", "FRA"), mode="riot", obj="the French embassy"),
      E("ACCUSE", A("Congo's government", "COD", "GOV"), A("Rwanda", "RWA")),
      E("ACCUSE", A("French Foreign Minister Jean-Noel Barrot", "FRA", "GOV"), A(None, "COD", "CVL"),
        mode="disapprove")]),
    ("j06", "https://townhall.com/news/world/2013/08/29/rwanda-accuses-congo-of-shelling-its-territory-killing-one-"
     "n1685456 (Reuters, 2013-08-29)",
     "2013-08-29", ("KIGALI, Aug 29", "Kigali", "RWA"),
     "KIGALI, Aug 29 (Reuters) - Rwanda accused the Democratic Republic of Congo on Thursday of shelling Rwandan "
     "territory and killing a woman. Foreign Minister Louise Mushikiwabo said the Congolese army had fired a shell that "
     "killed a woman in a market in Rubavu town. A United Nations brigade last week launched an operation against the "
     "M23 rebels. Kigali denies backing the rebels.",
     [E("ACCUSE", A("Rwanda", "RWA"), A("the Democratic Republic of Congo", "COD")),
      E("ASSAULT", A("the Congolese army", "COD", "MIL"), A("a woman", "RWA", "CVL"), modality="reported",
        instrument="a shell"),
      E("ASSAULT", A("A United Nations brigade", "IGO", "MIL"), A("the M23 rebels", "COD", "REB")),
      E("SUPPORT", A("Kigali", "RWA", "GOV"), A("the rebels", "COD", "REB"), modality="negated")]),
    ("j07", "https://business-standard.com/amp/world-news/myanmar-junta-launches-airstrike-on-own-village-over-100-"
     "feared-dead-123041200595_1.html (2023-04-12)",
     "2023-04-12", ("YANGON, April 12", "Yangon", "MMR"),
     "YANGON, April 12 - Myanmar's military carried out an airstrike on the village of Pa Zi Gyi in the Sagaing region "
     "on Tuesday, killing around 100 people, including children, according to independent media. The United Nations "
     "condemned the attack. Anti-coup militias known as People's Defence Forces have ambushed several army convoys "
     "in the region.",
     [E("ASSAULT", A("Myanmar's military", "MMR", "MIL"), A("around 100 people", "MMR", "CVL"), mode="heavy-weapons",
        modality="reported"),
      E("ACCUSE", A("The United Nations", "IGO"), A(None, "MMR", "MIL"), mode="disapprove"),
      E("ASSAULT", A("Anti-coup militias known as People's Defence Forces", "MMR", "REB"), A("army", "MMR", "MIL"),
        obj="several army convoys")]),
    ("j08", "https://mobile.ghanaweb.live/GhanaHomePage/NewsArchive/Bolivian-police-arrest-leader-of-coup-attempt-1954781 "
     "(BBC, 2024-06-27); https://news.rationalreview.com/archives/174700 (BBC, 2024-06-27)",
     "2024-06-26", ("LA PAZ, June 26", "La Paz", "BOL"),
     "LA PAZ, June 26 - Bolivian soldiers led by General Juan Jose Zuniga stormed the presidential palace in La Paz on "
     "Wednesday after an armoured vehicle smashed down its main gate. President Luis Arce condemned the coup attempt "
     "and urged Bolivians to mobilise in defence of democracy. The troops later withdrew, and police arrested Zuniga "
     "hours after the assault. Former President Evo Morales also condemned the coup.",
     [E("ASSAULT", A("Bolivian soldiers", "BOL", "MIL"), None, obj="the presidential palace"),
      E("ACCUSE", A("President Luis Arce", "BOL", "GOV"), A(None, "BOL", "MIL"), mode="disapprove"),
      E("REQUEST", A("President Luis Arce", "BOL", "GOV"), A("Bolivians", "BOL", "CVL")),
      E("RETREAT", A("The troops", "BOL", "MIL"), None, mode="withdraw"),
      E("COERCE", A("police", "BOL", "COP"), A("Zuniga", "BOL", "MIL"), mode="arrest"),
      E("ACCUSE", A("Former President Evo Morales", "BOL"), A(None, "BOL", "MIL"), mode="disapprove")]),
    ("j09", "https://www.theridgefieldpress.com/news/article/Protests-in-Uganda-s-capital-as-Bobi-Wine-arrested-"
     "15735944.php (AP, 2020-11-18)",
     "2020-11-18", ("KAMPALA, Nov 18", "Kampala", "UGA"),
     "KAMPALA, Nov 18 (AP) - Police arrested opposition presidential candidate Bobi Wine in the eastern town of Luuka "
     "on Wednesday, sparking protests in Uganda's capital. His supporters blocked roads and burned tires in Kampala, "
     "prompting police to fire tear gas and rubber bullets to disperse them. Wine has repeatedly called on President "
     "Yoweri Museveni to retire after more than three decades in power.",
     [E("COERCE", A("Police", "UGA", "COP"), A("opposition presidential candidate Bobi Wine", "UGA", "OPP"),
        mode="arrest"),
      E("PROTEST", A("His supporters", "UGA", "CVL"), None, mode="obstruct", obj="roads"),
      E("COERCE", A("police", "UGA", "COP"), A("them", "UGA", "CVL"), mode="restrict",
        instrument="tear gas and rubber bullets"),
      E("REQUEST", A("Wine", "UGA", "OPP"), A("President Yoweri Museveni", "UGA", "GOV"))]),
    ("j10", "https://www.channelnewsasia.com/east-asia/taiwan-condemns-china-shooting-drills-coast-4961031 "
     "(Reuters, 2025-02-26)",
     "2025-02-26", ("TAIPEI, Feb 26", "Taipei", "TWN"),
     "TAIPEI, Feb 26 (Reuters) - Taiwan condemned China on Wednesday for what it called provocative live-fire drills "
     "off the island's southwest coast. Taiwan's defence ministry said it had detected 32 Chinese military aircraft "
     "carrying out a combat readiness drill with Chinese warships in the Taiwan Strait. The ministry said it had "
     "dispatched its own forces to keep watch.",
     [E("ACCUSE", A("Taiwan", "TWN"), A("China", "CHN"), mode="disapprove"),
      E("MOBILIZE", A("32 Chinese military aircraft", "CHN", "MIL"), None, modality="reported"),
      E("MOBILIZE", A("it", "TWN", "GOV"), None, modality="reported")]),
    ("j11", "https://www.france24.com/en/africa/20210306-deadly-riots-continue-in-senegal-after-opposition-leader-held "
     "(AFP, 2021-03-06); https://www.chronicle.gm/amp/senegal-opposition-leader-supporters-violently-clash-with-"
     "police/ (Reuters)",
     "2021-03-05", ("DAKAR, March 5", "Dakar", "SEN"),
     "DAKAR, March 5 - Police fired tear gas at supporters of detained opposition leader Ousmane Sonko in Dakar on "
     "Friday as clashes entered a third day. Protesters threw stones at riot police in the Medina district. Interior "
     "Minister Antoine Felix Abdoulaye Diome accused Sonko of issuing calls to violence. UN Secretary-General Antonio "
     "Guterres urged all sides to avoid any further escalation.",
     [E("COERCE", A("Police", "SEN", "COP"), A("supporters of detained opposition leader Ousmane Sonko", "SEN", "CVL"),
        mode="restrict", instrument="tear gas"),
      E("PROTEST", A("Protesters", "SEN", "CVL"), A("riot police", "SEN", "COP"), mode="riot", instrument="stones"),
      E("ACCUSE", A("Interior Minister Antoine Felix Abdoulaye Diome", "SEN", "GOV"), A("Sonko", "SEN", "OPP")),
      E("REQUEST", A("UN Secretary-General Antonio Guterres", "IGO", "GOV"), A("all sides", "SEN"))]),
    ("j12", "https://www.defenceweb.co.za/security/national-security/chadian-soldiers-killed-by-militants/ (Reuters, "
     "2020-03-25); https://www.rd.nl/vandaag/buitenland/boko-haram-doodt-bijna-100-militairen-uit-tsjaad-1.1645006 "
     "(2020-03-25)",
     "2020-03-24", ("N'DJAMENA, March 24", "N'Djamena", "TCD"),
     "N'DJAMENA, March 24 - Boko Haram militants killed 92 Chadian soldiers and wounded 47 in an attack on the island "
     "village of Boma in the Lake Chad region on Monday, President Idriss Deby said. The militants destroyed 24 army "
     "vehicles and seized weapons, a soldier said. Deby vowed that the attackers would be punished.",
     [E("ASSAULT", A("Boko Haram militants", "NGA", "REB"), A("92 Chadian soldiers", "TCD", "MIL"), modality="reported"),
      E("ASSAULT", A("The militants", "NGA", "REB"), A("army", "TCD", "MIL"), modality="reported",
        obj="24 army vehicles"),
      E("COERCE", A("The militants", "NGA", "REB"), None, mode="seize", modality="reported", obj="weapons"),
      E("THREATEN", A("Deby", "TCD", "GOV"), A("the attackers", "NGA", "REB"))]),
    ("j13", "https://www.swissinfo.ch/eng/moldova-expels-russian-diplomat%2C-summons-envoy-to-protest-after-treason-"
     "case/85660416 (Reuters, 2024-08-01); https://www.dailymail.co.uk/wires/reuters/article-13697847/Russia-vows-"
     "retaliation-Moldova-expels-diplomat.html (Reuters, 2024-08-01)",
     "2024-08-01", ("CHISINAU, Aug 1", "Chisinau", "MDA"),
     "CHISINAU, Aug 1 (Reuters) - Moldova's foreign ministry said on Thursday it had expelled a Russian diplomat and "
     "summoned Russia's ambassador to issue a formal protest, a day after its law enforcement agencies detained two "
     "officials on treason charges. The two were suspected of passing information to the Russian embassy's deputy "
     "defence attache in Chisinau. Russia's foreign ministry denounced the expulsion as an unfriendly step and vowed "
     "to retaliate.",
     [E("SANCTION", A("it", "MDA", "GOV"), A("a Russian diplomat", "RUS", "GOV"), mode="expel", modality="reported"),
      E("ACCUSE", A("it", "MDA", "GOV"), A("Russia's ambassador", "RUS", "GOV"), mode="disapprove",
        modality="reported"),
      E("COERCE", A("its law enforcement agencies", "MDA", "COP"), A("two officials", "MDA", "GOV"), mode="arrest"),
      E("ACCUSE", A("Russia's foreign ministry", "RUS", "GOV"), A(None, "MDA", "GOV"), mode="disapprove"),
      E("THREATEN", A("Russia's foreign ministry", "RUS", "GOV"), A(None, "MDA"))]),
    ("j14", "https://news.symplexia.com/2025/09/news/breaking-news/venezuela-accuses-u-s-of-seizing-fishing-boat-in-"
     "caribbean-amid-standoff (CBS/AFP, 2025-09-13)",
     "2025-09-13", ("CARACAS, Sept 13", "Caracas", "VEN"),
     "CARACAS, Sept 13 - Venezuela accused the United States on Saturday of illegally seizing a fishing boat in its "
     "exclusive economic zone. The vessel and its nine fishermen were detained for eight hours on Friday by the USS "
     "Jason Dunham, a U.S. destroyer, the foreign ministry in Caracas said. The ministry demanded that Washington "
     "immediately cease these actions. Earlier this month U.S. forces blew up an alleged drug boat in the Caribbean, "
     "killing 11 people.",
     [E("ACCUSE", A("Venezuela", "VEN"), A("the United States", "USA")),
      E("COERCE", A("the USS Jason Dunham", "USA", "MIL"), A("its nine fishermen", "VEN", "CVL"), mode="arrest",
        modality="reported", obj="The vessel"),
      E("REQUEST", A("The ministry", "VEN", "GOV"), A("Washington", "USA", "GOV")),
      E("ASSAULT", A("U.S. forces", "USA", "MIL"), A("11 people", None), obj="an alleged drug boat")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev7.jsonl", disjoint_from="wire_args.jsonl")
