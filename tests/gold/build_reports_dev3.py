"""Build tests/gold/reports_dev3.jsonl: a third DEVELOPMENT set of wire-style conflict reports for event dates
and admin1 (issue 15), written and annotated in the twelfth session before the coder was run on it.

31 reports from conflicts no other dev set covers: Ethiopia (Tigray, Amhara), Libya, Armenia and Azerbaijan,
Nepal's Maoist war, Peru's Shining Path, Iran's Sistan and Baluchestan, Tunisia, Colombia's ELN, Togo's north,
the Kyrgyz-Tajik border, Algeria and Burundi. Each item is reworded from one cited public page (French pages
translated): the facts, days and places are the page's, the wording keeps the genre's form. They were chosen for
the forms that decide a report's dates: a weekday said in a report of a later day ("on Saturday" in a Saturday
paper that tells of the Saturday before), acts told by a noun ("A shootout ... killed", "an intense battle"),
a day given in a later sentence for an act told earlier ("The ambush took place on Friday night"), explicit
days without a year ("on 14 January", "on February 9"), a full date in the body ("April 15, 2024"), and several
acts on different days in one report.

``date`` on an item is the page's own date (from its URL, metadata or byline); an event whose day the page
does not give is scored for admin1 only, and an event whose place the text does not name (beyond the country)
is scored for its date only. Items whose text gives no year say ``year_in_text: false``. Clashes, strikes,
ambushes and landmine blasts are ASSAULT events. admin1 is spelled as in the country-state-city package, with
other usual spellings in the alternates; for Nepal that is the zone (the package's first level), with today's
province in the alternates; for Burundi the province.

Run: python tests/gold/build_reports_dev3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import build_rows, write_reports  # noqa: E402

TIGRAY = ("Tigray Region", ["Tigray"])
AMHARA = ("Amhara Region", ["Amhara"])
TRIPOLI = ("Tripoli District", ["Tripoli", "Tarabulus"])
SISTAN = ("Sistan and Baluchestan", ["Sistan-Baluchestan", "Sistan-Baluchistan", "Sistan va Baluchestan"])
KASSERINE = ("Kasserine Governorate", ["Kasserine", "Kassrine"])
SAVANES = ("Savanes Region", ["Savanes"])
BATKEN = ("Batken Region", ["Batken"])
KAYANZA = ("Kayanza Province", ["Kayanza"])

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    ("eth-maitsebri-2022-01-10", "https://metropoltv.co.ke/2022/01/12/17-killed-in-drone-strike-in-ethiopias-tigray/",
     "2022-01-12", False,
     "Seventeen civilians have been killed in a drone strike on a town in Ethiopia's war-hit Tigray region, aid "
     "workers told AFP on Tuesday.\n\n\"On Monday afternoon the drone hit Mai Tsebri and killed 17 civilians working "
     "at the flour mill,\" one of the aid workers said, citing witnesses. Dozens of people were injured.\n\nThe "
     "attack came only a few days after dozens of people were reported dead in northwestern Tigray. The aid "
     "workers said a drone bombed a camp for displaced people at Dedebit late Friday, killing 59 people.",
     [("ASSAULT", "strike", "2022-01-10", "ET", *TIGRAY),
      ("ASSAULT", "bombed", "2022-01-07", "ET", *TIGRAY)]),
    ("eth-dembecha-2023-08-17", "https://borkena.com/2023/08/18/dembecha-heavy-fighting-between-fano-ethiopian-defense-force/",
     "2023-08-18", False,
     "An intense battle between Fano militiamen and the Ethiopian Defense Force was reported in the Dembecha area "
     "of East Gojjam zone in the Amhara region.\n\nA resident who spoke to VOA Amharic on condition of anonymity "
     "said there had been a heavy exchange of fire near Yechereka town since Thursday. Another resident of "
     "nearby Amanuel town said the fighting started around 1 p.m. on Thursday and was still going on.\n\nIn Finote "
     "Selam, Gojjam, the government used drones to attack civilians, killing at least 28 people.",
     [("ASSAULT", "battle", "2023-08-17", "ET", *AMHARA),
      ("ASSAULT", "attack", None, "ET", *AMHARA)]),
    ("eth-agona-2024-04-15", "https://qarannews.com/ethiopia-five-civilians-killed-18-homes-burned-in-clashes-between-fano-militants-and-government-forces/",
     None, True,
     "At least five civilians were killed and 18 homes burned down in clashes between Fano militants and "
     "government forces in the rural town of Agona, Estre district of South Gondar zone, Amhara region, residents "
     "told the BBC.\n\nThe incident occurred on April 15, 2024, when Fano fighters and government troops ran into "
     "each other on a road and exchanged gunfire, residents said. The troops then opened fire on people they met "
     "on the roads and in the village, killing a woman and four men.\n\nResidents said the soldiers set 18 houses "
     "ablaze later that day.",
     [("ASSAULT", "exchanged", "2024-04-15", "ET", *AMHARA),
      ("ASSAULT", "opened", "2024-04-15", "ET", *AMHARA),
      ("ASSAULT", "set", "2024-04-15", "ET", *AMHARA)]),
    ("lby-tajoura-2013-11-16", "http://www.reuters.com/article/2013/11/16/us-libya-violence-idUSBRE9AE0NJ20131116",
     "2013-11-16", False,
     "TRIPOLI (Reuters) - Clashes between rival Libyan militias killed at least one person and wounded a dozen "
     "others on Saturday, a day after more than 40 people died in the worst street fighting in the capital since "
     "the fall of Muammar Gaddafi.\n\nFriday's violence broke out when militiamen from the coastal city of Misrata "
     "opened fire on protesters who had marched on their brigade's quarters in Tripoli to demand they leave.\n\n"
     "Gun battles erupted again on Saturday east of the capital in Tajoura, where rival militiamen clashed at "
     "checkpoints set up to stop more Misrata fighters entering Tripoli, a local member of Libya's congress said.",
     [("ASSAULT", "Clashes", "2013-11-16", "LY", *TRIPOLI),
      ("ASSAULT", "opened", "2013-11-15", "LY", *TRIPOLI),
      ("ASSAULT", "clashed", "2013-11-16", "LY", *TRIPOLI)]),
    ("lby-tripoli-2022-08-27", "https://www.africanews.com/2022/08/27/rival-militia-groups-clash-in-libyan-capital-tripoli/",
     "2022-08-27", False,
     "Clashes between rival militia groups erupted in the Libyan capital Tripoli on Saturday.\n\nSupporters of "
     "Haitham al-Tajouri, leader of the Tripoli Revolutionaries' Brigade, fought armed groups linked to militia "
     "leader Abdel-Ghani al-Kikli. Witnesses said al-Tajouri's men took control of the internal security "
     "headquarters, detained three people and seized several cars.",
     [("ASSAULT", "fought", "2022-08-27", "LY", *TRIPOLI)]),
    ("arm-border-2022-03-07", "https://hyetert.org/2022/03/07/one-armenian-soldier-killed-another-wounded-in-azerbaijani-shooting-defense-ministry/",
     "2022-03-07", False,
     "One Armenian serviceman was killed and another wounded after Azerbaijani forces opened fire at Armenian "
     "combat positions on Monday afternoon, the Defense Ministry said in a statement.\n\nThe incident occurred in "
     "the western section of the Armenian-Azerbaijani border at around 12:40 p.m. Sergeant Hrach Manaseryan died "
     "on his way to hospital.",
     [("ASSAULT", "opened", "2022-03-07", "AM", None, [])]),
    ("arm-border-2013-02-09", "https://www.naharnet.com/stories/en/71251-azerbaijani-troops-kill-armenian-soldier",
     "2013-02-09", False,
     "Azerbaijani troops killed an Armenian soldier on Saturday on the border between the two ex-Soviet enemies, "
     "Armenia's Defense Ministry said.\n\n\"Serviceman Mger Ekhshatian, 37, was shot dead on February 9 as a result "
     "of a ceasefire violation by Azerbaijan,\" the ministry said. The incident took place in the northeastern "
     "sector of the border.",
     [("ASSAULT", "killed", "2013-02-09", "AM", None, [])]),
    ("aze-karabakh-2020-09-27", "https://gagrule.net/artsakhs-ombudsman-calls-on-international-community-to-neutralize-azeri-threat-amid-civilian-deaths/",
     "2020-09-27", False,
     "Early on Sunday morning the Azerbaijani military launched a massive artillery attack on Nagorno-Karabakh, "
     "the region's ombudsman said, and the bombardment also hit civilian settlements, including Stepanakert.\n\n"
     "\"In the early morning of September 27, Azerbaijan launched large-scale air and artillery strikes on the "
     "contact line and numerous civilian settlements,\" the ombudsman's statement said, condemning the violation "
     "of international humanitarian law in the context of the COVID-19 epidemic.\n\nHeavy battles are "
     "under way along the whole line of contact. The Karabakh military said it shot down two attacking "
     "helicopters, three tanks and three drones.",
     [("ASSAULT", "launched#1", "2020-09-27", "AZ", None, [])]),
    ("npl-mahendranagar-2005-02-19", "https://www.aljazeera.com/news/2005/2/20/nepalese-police-killed-in-rebel-attack",
     "2005-02-20", False,
     "A group of 300 Maoist rebels ambushed Nepalese policemen, leaving one officer dead and five seriously "
     "wounded.\n\nThe rebels got close to the police post on Saturday evening while pretending to be a wedding "
     "party, then attacked in Mahendranagar town, police official Topendra Hamal said. A 30-minute gun battle "
     "followed before the attackers fled, carrying away their wounded.\n\nIn a separate development, thousands of "
     "Nepalese on Saturday protested in the Indian capital New Delhi against King Gyanendra, demanding the "
     "restoration of multi-party democracy.",
     [("ASSAULT", "ambushed", "2005-02-19", "NP", "Mahakali Zone",
       ["Mahakali", "Sudurpashchim Province", "Far-Western Development Region", "Kanchanpur"]),
      ("PROTEST", "protested", "2005-02-19", "IN", "Delhi", ["National Capital Territory of Delhi", "NCT"])]),
    ("per-tintaypunco-2008-10-09", "https://twocircles.net/2008oct10/19_killed_rebels_ambush_soldiers_peru.html",
     "2008-10-10", False,
     "Lima - At least 19 people, including 12 soldiers, were killed when suspected Shining Path rebels ambushed "
     "a military convoy in a remote coca-growing region of southeastern Peru, authorities said Friday.\n\nThe "
     "attack took place Thursday afternoon near Tintaypunco in the province of Huancavelica, the armed forces said "
     "in a statement. The rebels set off explosives as the four trucks passed, and a shootout followed that "
     "lasted several hours.",
     [("ASSAULT", "ambushed", "2008-10-09", "PE", "Huancavelica", [])]),
    ("irn-saravan-2018-09", "https://www.thenews.com.pk/print/374318-iranian-guards-kill-four-militants-near-pakistan-border",
     "2018-09-29", False,
     "LONDON: Iran's Revolutionary Guard Corps said on Friday it had killed four militants at the Saravan border "
     "crossing with Pakistan in Iran's southeastern Sistan-Baluchestan province.\n\n\"Iranian forces killed four "
     "terrorists and wounded two. Other members of the terrorist group fled to the neighbouring country,\" the "
     "Guards said in a statement.\n\nSecurity has been tightened in border areas after an attack on Saturday on a "
     "military parade in south-western Iran in which five gunmen killed 25 people, almost half of them Guards.",
     [("ASSAULT", "killed#1", None, "IR", *SISTAN),
      ("ASSAULT", "attack", "2018-09-22", "IR", None, [])]),
    ("irn-saravan-2023-05-21", "https://www.trtworld.com/article/13317935", "2023-05-21", False,
     "Six Iranian border guards were killed during clashes with an armed group in the restive southeastern "
     "province of Sistan-Baluchestan, local media reported.\n\nThe guards died in Saravan, near Iran's border with "
     "Pakistan, the judiciary's Mizan Online website quoted the local prosecutor as saying. Sunday's attack was "
     "carried out by \"a terrorist group that was seeking to infiltrate the country\", Fars news agency "
     "reported.\n\nOn March 11, two policemen were shot dead in clashes with \"criminals\" in the same region, the "
     "state news agency IRNA reported at the time.",
     [("ASSAULT", "killed", "2023-05-21", "IR", *SISTAN),
      ("ASSAULT", "shot", "2023-03-11", "IR", *SISTAN)]),
    ("irn-jakigor-2020-02-21", "https://theiranproject.com/blog/2020/02/22/two-iranian-border-guards-killed-in-clashes-with-terrorists-in-southeast/",
     "2020-02-22", False,
     "Iranian police say two border guards have been killed in clashes with members of a terrorist group in the "
     "country's southeastern Sistan and Baluchestan province.\n\nThe police said Saturday that guards of the border "
     "regiment of the town of Jakigor noticed several terrorists advancing towards Iran on Friday night and "
     "returned their heavy fire, forcing them back into the neighbouring country.\n\nThe skirmishes took place on "
     "Friday, when millions of Iranians voted in parliamentary elections.",
     [("ASSAULT", "killed", "2020-02-21", "IR", *SISTAN)]),
    ("tun-mghila-2021-02-03", "https://k-zone.biz/4-tunisian-soldiers-killed-in-landmine-blast-ministry-3/",
     "2021-02-03", False,
     "TUNIS: A landmine killed four Tunisian soldiers on Wednesday during a counter-terrorism operation in "
     "mountainous central Tunisia, the defence ministry said.\n\n\"Four soldiers who were part of a military unit "
     "combing Mount Mghila for terrorist elements were killed by a mine,\" ministry spokesman Mohamed Zekri told "
     "AFP.",
     [("ASSAULT", "killed#1", "2021-02-03", "TN", None, [])]),
    ("tun-semmama-2016-08-29", "http://www.elwatan.com/international/tunisie-3-soldats-tues-et-7-autres-blesses-dans-une-attaque-terroriste-29-08-2016-327732_112.php",
     "2016-08-29", False,
     "Three Tunisian soldiers were killed and seven wounded on Monday when anti-tank mines exploded on Mount "
     "Semmama in the province of Kasserine in the west of the country.\n\nDefence ministry spokesman Belhassen "
     "Oueslati told the TAP agency that terrorist groups attacked soldiers who were asphalting a road on the "
     "mountain, using rocket launchers, machine guns and grenades.",
     [("ASSAULT", "killed", "2016-08-29", "TN", *KASSERINE),
      ("ASSAULT", "attacked", "2016-08-29", "TN", *KASSERINE)]),
    ("tun-chaambi-2013-04-29", "https://directinfo.webmanagercenter.com/2013/04/29/kasserine-explosion-dune-deuxieme-mine-a-jebel-chaambi-un-soldat-de-larmee-nationale-gravement-blesse",
     "2013-04-29", False,
     "A second landmine exploded on Monday afternoon on Jebel Chaambi in Kasserine governorate, seriously wounding "
     "a corporal of the national army, defence ministry spokesman Colonel-Major Mokhtar Ben Nasr said.\n\nEarlier "
     "on Monday morning, two National Guard officers had been badly hurt when a first mine blew up about a hundred "
     "metres away as they took part in a sweep for a terrorist group holed up in the area.",
     [("ASSAULT", "wounding", "2013-04-29", "TN", *KASSERINE),
      ("ASSAULT", "hurt", "2013-04-29", "TN", *KASSERINE)]),
    ("col-elcarmen-2023-03-29", "https://colombiareports.com/eln-kills-at-least-9-soldiers-in-northeast-colombia-military/",
     "2023-03-29", False,
     "ELN guerrillas killed at least nine soldiers in an attack on an army base in northeast Colombia, according "
     "to the military.\n\nAnother nine soldiers were injured in the attack in the rural part of El Carmen, a "
     "municipality in the Catatumbo region. The guerrilla unit struck the base around 3 a.m. on Wednesday, the "
     "army said in a press release.\n\nArmy commander General Luis Mauricio Ospina travelled to the Norte de "
     "Santander province to inspect the situation.",
     [("ASSAULT", "killed", "2023-03-29", "CO", "Norte de Santander Department", ["Norte de Santander"])]),
    ("col-arauca-2016-12-18", "https://worldbulletin.dunyabulteni.net/latin-america/two-colombian-soldiers-killed-in-alleged-eln-rebel-attack-h181949.html",
     "2016-12-19", False,
     "Two Colombian soldiers were killed Sunday in an attack the army has blamed on guerrillas of the National "
     "Liberation Army (ELN).\n\nThe soldiers, on a motorcycle patrol in Arauca in eastern Colombia on the border "
     "with Venezuela, were gunned down by \"terrorists of the ELN\" travelling in a vehicle, the army said in a "
     "statement. Reinforcements were rushed to the area to search for the culprits.",
     [("ASSAULT", "killed", "2016-12-18", "CO", "Arauca Department", ["Arauca"])]),
    ("tgo-kpinkankandi-2022-05-11", "https://africanews.com/amp/2022/05/19/togo-s-government-alleges-15-assailants-killed-during-last-week-s-attack",
     "2022-05-19", False,
     "Around 15 assailants were killed during a \"terrorist\" attack last week in the north of Togo that also left "
     "eight soldiers dead, a minister said Wednesday.\n\nIn the early hours of May 11, about 60 gunmen on "
     "motorcycles raided a military post in Kpinkankandi, near the border with Burkina Faso, killing eight "
     "Togolese soldiers and wounding 13, the government said at the time.\n\nSoldiers had foiled an attack in "
     "November last year in the northern village of Sanloaga.",
     [("ASSAULT", "raided", "2022-05-11", "TG", *SAVANES)]),
    ("tgo-kpendjal-2022-07-14", "https://dailytimes.com.pk/967476/togo-army-says-gunmen-kill-several-in-attack-on-north/",
     "2022-07-17", False,
     "Togo's army on Saturday said several people were killed and others wounded when gunmen attacked villages in "
     "the country's far north, where a jihadist insurgency is spilling over the border from Burkina Faso.\n\nThe "
     "government had already reported the raids on Thursday night in the Kpendjal and Kpendjal-Ouest prefectures "
     "but had given no details on casualties. The gunmen carried out \"coordinated and complex\" raids on several "
     "villages, the army said in a statement.",
     [("ASSAULT", "attacked", "2022-07-14", "TG", *SAVANES)]),
    ("kgz-border-2019-09-16", "https://www.thenews.com.pk/print/528296-4-killed-in-clashes-on-kyrgyz-tajik-border",
     "2019-09-18", False,
     "BISHKEK, Kyrgyzstan: A shootout at the contested frontier between Tajikistan and Kyrgyzstan killed three "
     "Tajik and one Kyrgyz border officer, authorities said Tuesday.\n\nKyrgyzstan and Tajikistan accused each "
     "other of opening fire first on Monday, with Kyrgyzstan saying fighting broke out after the Tajik side put up "
     "a military observation point without agreement.",
     [("ASSAULT", "shootout", "2019-09-16", "KG", None, [])]),
    ("kgz-batken-2022-09-14", "https://www.rferl.org/amp/kyrgyzstan-tajikistan-border-clashes/32032960.html",
     "2022-09-14", False,
     "Fresh clashes have erupted between Tajik and Kyrgyz border guards, leaving at least one dead.\n\nThe Kyrgyz "
     "Border Guard Service said on September 14 that Tajik border guards fired at Kyrgyz guards at the Dostuk "
     "outpost in the Kak-Sai area of Kyrgyzstan's southern Batken region.\n\nIt was the second clash of the day, "
     "after Tajik guards used mortars in a shoot-out near the village of Bulak-Bashi, wounding two Kyrgyz "
     "soldiers, they said.",
     [("ASSAULT", "fired", "2022-09-14", "KG", *BATKEN),
      ("ASSAULT", "wounding", "2022-09-14", "KG", *BATKEN)]),
    ("dza-aindefla-2020-06-20", "https://africa.cgtn.com/2020/06/21/soldier-killed-in-attack-in-northern-algeria/",
     "2020-06-21", False,
     "A soldier was killed in a terrorist attack in Ain Defla province, northwest Algeria, the Defense Ministry "
     "announced on Sunday.\n\nThe ministry's statement said army forces clashed with a terrorist group on Saturday "
     "in the municipality of Tariq Ben Ziyad, 150 km southwest of the capital Algiers.",
     [("ASSAULT", "killed", "2020-06-20", "DZ", "Aïn Defla", ["Ain Defla"]),
      ("ASSAULT", "clashed", "2020-06-20", "DZ", "Aïn Defla", ["Ain Defla"])]),
    ("dza-aindefla-2015-07-17", "https://www.timesofearth.com/2015/07/18/11-soldiers-killed-in-algeria-ambush/",
     "2015-07-18", False,
     "Eleven soldiers were killed in an overnight ambush by suspected Islamists in a wooded region southwest of "
     "the Algerian capital, El Khabar newspaper reported Saturday.\n\nThe ambush took place on Friday night at the "
     "start of the Eid al-Fitr holidays, on the road to Tifran, a wooded area south of Ain Defla, 140 kilometres "
     "from the capital. The assailants targeted an army unit headed for an advance post and fled before "
     "reinforcements arrived.",
     [("ASSAULT", "killed", "2015-07-17", "DZ", "Aïn Defla", ["Ain Defla"])]),
    ("dza-tiziouzou-2014-04-19", "https://en.haberler.com/algerian-army-kills-militants-after-ambushing-424261/",
     "2014-04-20", False,
     "The Algerian army announced on Sunday that it had killed three militants of a \"terrorist group\" that "
     "ambushed an army patrol in the northern province of Tizi Ouzou a day earlier.\n\nEleven soldiers were killed "
     "and five wounded in the ambush, the Defense Ministry said, denying an earlier report of 14 dead. The "
     "soldiers were on their way back from a mission to secure the presidential election held on Thursday.",
     [("ASSAULT", "ambushed", "2014-04-19", "DZ", "Tizi Ouzou", []),
      ("ASSAULT", "killed#1", None, "DZ", "Tizi Ouzou", [])]),
    ("bdi-nyarumanga-2020-09-10", "https://newsghana.com.gh/gunmen-kill-6-injure-5-in-northern-burundi-official/",
     "2020-09-11", False,
     "At least six people were killed and five injured on Thursday night in an attack by gunmen in northern "
     "Burundi, a local official said Friday.\n\nThe gunmen, who came from their hiding place in the Kibira nature "
     "reserve, raided Nyarumanga village, Matongo district, in the province of Kayanza, governor Remy Cishahayo "
     "told national radio. They also abducted a man who has not returned.",
     [("ASSAULT", "raided", "2020-09-10", "BI", *KAYANZA),
      ("ASSAULT", "abducted", "2020-09-10", "BI", *KAYANZA)]),
    ("bdi-gatumba-2023-12-22", "https://www.shine.cn/news/world/2312231172/", "2023-12-23", False,
     "At least 20 people were killed in Gatumba, Mutimbuzi district in west Burundi's Bujumbura province, near the "
     "border with the Democratic Republic of the Congo, by unidentified gunmen on Friday night, a government "
     "spokesman said on Saturday.\n\n\"The deadly attack targeted nine households around 8:40pm at Vugizo village,\" "
     "spokesman Jerome Niyonzima said. Nine people were injured.",
     [("ASSAULT", "killed", "2023-12-22", "BI", "Bujumbura Rural Province", ["Bujumbura Rural", "Bujumbura"])]),
    ("bdi-muramvya-2021-05-09", "https://newsghana.com.gh/at-least-8-killed-in-central-burundi-ambush/",
     "2021-05-11", False,
     "Authorities in Burundi said on Monday that at least eight people, including a lieutenant colonel of the "
     "army, were killed in an attack on Sunday night as they travelled in the Muramvya area, 40 km northwest of "
     "Gitega.\n\nThe attackers in civilian clothes were heavily armed, witnesses said; several other people were "
     "injured and vehicles were set on fire.",
     [("ASSAULT", "killed", "2021-05-09", "BI", "Muramvya Province", ["Muramvya"])]),
    ("bdi-kanyosha-2017-01-14", "http://allafrica.com/stories/201701170137.html", "2017-01-17", False,
     "Three people have been killed in an attack in the Kavumu area of Muyira zone in Kanyosha commune of "
     "Bujumbura province on 14 January. Six people have been arrested.\n\nUnknown armed men shot the three victims, "
     "two men and a ten-year-old child, as they walked home around 8 p.m., the zone chief said. Police spokesman "
     "Pierre Nkurikiye said the killers were armed with Kalashnikovs.",
     [("ASSAULT", "killed", "2017-01-14", "BI", "Bujumbura Rural Province", ["Bujumbura Rural", "Bujumbura"]),
      ("ARREST", "arrested", None, "BI", "Bujumbura Rural Province", ["Bujumbura Rural", "Bujumbura"])]),
    ("bdi-matongo-2021-11-10", "https://www.devdiscourse.com/article/international/1803166-3-gunmen-killed-in-northern-burundi-official",
     "2021-11-11", False,
     "Bujumbura [Burundi], November 11 (ANI/Xinhua): Security forces on Wednesday morning killed three gunmen and "
     "seized their two guns in Matongo district in Kayanza province, north Burundi, the governor of Kayanza said."
     "\n\n\"There were clashes at dawn between security forces and a group of armed criminals at Matongo near "
     "National Road Number One,\" Colonel Remy Cishahayo said. The gunmen had arrived in Matongo on Sunday after "
     "being chased from the Teza forest reserve.",
     [("ASSAULT", "killed", "2021-11-10", "BI", *KAYANZA)]),
    ("bdi-gisuru-2015-11-23", "https://africa.cgtn.com/2015/11/24/2-killed-in-burundi-bar-attack/", "2015-11-24", False,
     "A police officer and a teacher were shot dead in a bar in eastern Burundi by four gunmen on Monday, a local "
     "governor said, the latest attack in months of unrest.\n\nThe attack took place in the town of Gisuru. \"This "
     "is the first time that our province is attacked in this way,\" said Abdallah Hassan, governor of Ruyigi, "
     "close to the Tanzanian border.",
     [("ASSAULT", "shot", "2015-11-23", "BI", "Ruyigi Province", ["Ruyigi"])]),
]


def build() -> list[dict]:
    return build_rows(ITEMS)


if __name__ == "__main__":
    write_reports(build(), "reports_dev3.jsonl")
