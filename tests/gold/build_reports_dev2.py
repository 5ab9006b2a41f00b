"""Build tests/gold/reports_dev2.jsonl: a second DEVELOPMENT set of wire-style conflict reports for event dates
and admin1 (issue 15), written and annotated in the eleventh session before the coder was run on it.

33 reports from 17 countries, most of them conflicts no other dev set covers: Niger, Chad, South Sudan, Kenya,
Thailand's deep south, India's Maoist belt (Chhattisgarh), the Central African Republic, Benin, Egypt's Sinai,
Mexico, Haiti, Sri Lanka, Indonesia's Papua, Dagestan, Uganda, south Lebanon, and two from Mozambique's Cabo
Delgado (news_dev has others from there). Each item is reworded from one cited public page (a French page
translated): the facts, days and places are the page's, the wording keeps the genre's form. They were chosen
for the forms that decide a report's dates and places: a weekday counted back from the page's date ("last
Thursday" in a Tuesday report), a day given in a later sentence for an act told earlier ("The incident took
place on Wednesday morning", "Tuesday's fighting"), relative days in reported speech ("This morning our air
platforms attacked", said on a Wednesday), several events on different days in one report, explicit days
without a year ("On November 11", "on August 30"), and places named as districts, counties or prefectures whose
first-level division the text does not name (Sukma district, Mandera county, Pendjari park, Nduga district).

``date`` on an item is the page's own date (from its URL, metadata or byline); an event whose day the page
does not give is scored for admin1 only, and an event whose place the text does not name (beyond the country)
is scored for its date only. Items whose text gives no year say ``year_in_text: false``. Clashes and strikes
are ASSAULT events. admin1 is spelled as in the country-state-city package, with other usual spellings in the
alternates; for Uganda and Kenya that is the district or county (GeoNames' first level), for Sri Lanka the
province, for South Sudan the ten states (the Greater Pibor Administrative Area is part of Jonglei there).

Run: python tests/gold/build_reports_dev2.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import build_rows, write_reports  # noqa: E402

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    ("ner-banibangou-2023-02-10", "https://newshour.media/2023/02/12/suspected-jihadists-kill-10-niger-soldiers-ministry",
     "2023-02-12", False,
     "At least ten soldiers were killed in an ambush by \"armed terrorists\" in southwest Niger, not far from the "
     "border with Mali, the defence ministry said on Saturday.\n\nSixteen soldiers are still missing and 13 were "
     "wounded in Friday's attack, according to a ministry statement. The troops were on patrol north of Banibangou "
     "when they came under a complex ambush.\n\nThe attack took place in Tillaberi, a vast region of western Niger "
     "bordering Burkina Faso and Mali. Last week, gunmen raided a camp sheltering Malian refugees in the "
     "neighbouring Tahoua region, killing nine people.",
     [("ASSAULT", "ambush#1", "2023-02-10", "NE", "Tillabéri Region", ["Tillaberi", "Tillabery"]),
      ("ASSAULT", "raided", None, "NE", "Tahoua Region", ["Tahoua"])]),
    ("tcd-kaiga-2017-05-05", "https://naijagists.com/40-boko-haram-terrorists-9-chadian-soldiers-killed-near-lake-chad/",
     "2017-05-09", True,
     "May 9, 2017 - Nine Chadian soldiers and 40 Boko Haram fighters died in clashes around Lake Chad on Friday, "
     "the Chadian military said.\n\nBoko Haram fighters attacked the army post at Kaiga on the lake. The troops "
     "pushed back the militants, who came in a convoy, losing nine men while 40 insurgents were killed before "
     "the others fled.",
     [("ASSAULT", "attacked", "2017-05-05", "TD", "Lac Region", ["Lac", "Lake"])]),
    ("moz-mocimboa-2019-12-06", "https://allafrica.com/stories/201912091101.html", "2019-12-09", False,
     "Maputo - Insurgents attacked the village of Marere, in Mocimboa da Praia district of the northern "
     "Mozambican province of Cabo Delgado, on Friday, killing at least two people, the independent newssheet "
     "\"Carta de Mocambique\" reported in its Monday issue.\n\nAlso on Friday, insurgents raided Ingoane village in "
     "Macomia district and burnt down houses.\n\nOn Thursday, four young fishermen from Ilala village in Macomia "
     "were shot in the legs by gunmen who claimed to be soldiers.\n\nLast Wednesday insurgents ambushed three "
     "vehicles on the road from Mocimboa da Praia to Palma, killing two people at Matapata village, about 25 "
     "kilometres from Palma town.",
     [("ASSAULT", "attacked", "2019-12-06", "MZ", "Cabo Delgado Province", ["Cabo Delgado"]),
      ("ASSAULT", "raided", "2019-12-06", "MZ", "Cabo Delgado Province", ["Cabo Delgado"]),
      ("ASSAULT", "shot", "2019-12-05", "MZ", "Cabo Delgado Province", ["Cabo Delgado"]),
      ("ASSAULT", "ambushed", "2019-12-04", "MZ", "Cabo Delgado Province", ["Cabo Delgado"])]),
    ("moz-mocimboa-2019-07-11", "https://allafrica.com/stories/201907160124.html", "2019-07-16", False,
     "Maputo - Insurgents last Thursday attacked two villages in Mocimboa da Praia district, in the northern "
     "province of Cabo Delgado, Monday's edition of \"Carta de Mocambique\" reported.\n\nThe first attack came at "
     "about 19.00 at Malinde village, where farmers were shot at in their fields. That same night, Makulo "
     "village, about 20 kilometres from Mocimboa da Praia town, was raided and one villager murdered.\n\nOn "
     "Friday insurgents ambushed a vehicle of the defence and security forces in the Quiterajo administrative "
     "post, in Macomia district; five insurgents and two soldiers died in the exchange of fire.",
     [("ASSAULT", "attacked", "2019-07-11", "MZ", "Cabo Delgado Province", ["Cabo Delgado"]),
      ("ASSAULT", "murdered", "2019-07-11", "MZ", "Cabo Delgado Province", ["Cabo Delgado"]),
      ("ASSAULT", "ambushed", "2019-07-12", "MZ", "Cabo Delgado Province", ["Cabo Delgado"])]),
    ("ssd-boma-2024-03-19", "https://www.sabcnews.com/sabcnews/attackers-shoot-15-dead-south-sudan/", "2024-03-20", False,
     "Unidentified youths shot dead 15 people in South Sudan's Pibor region, among them the commissioner of Boma "
     "County, a senior official said on Wednesday.\n\nThe shooting happened on Tuesday as the commissioner was "
     "returning from a visit to Nyat village, said Abraham Kelang, information minister of the Greater Pibor "
     "Administrative Area.",
     [("ASSAULT", "shot", "2024-03-19", "SS", "Jonglei State", ["Jonglei", "Greater Pibor Administrative Area"])]),
    ("ssd-mayom-2022-07-22", "https://www.aninews.in/news/world/others/at-least-12-killed-in-south-sudans-oil-rich-state20220722233333/",
     "2022-07-22", False,
     "Juba [South Sudan], July 22 (ANI/Xinhua): At least 12 soldiers were killed and 13 wounded in a rebel "
     "attack on Mayom County in South Sudan's oil-rich Unity State on Friday.\n\nArmy spokesman Lul Ruai Koang "
     "said rebels loyal to Stephen Buay stormed the county headquarters at 2 a.m., killing the county "
     "commissioner, members of his family and his bodyguards.\n\nThe rebels had earlier claimed the attack, "
     "accusing the army of first attacking their forces on Thursday, which left one of their soldiers dead.",
     [("ASSAULT", "attack#1", "2022-07-22", "SS", "Unity", ["Unity State"]),
      ("ASSAULT", "stormed", "2022-07-22", "SS", "Unity", ["Unity State"]),
      ("ASSAULT", "attacking", "2022-07-21", "SS", "Unity", ["Unity State"])]),
    ("ssd-makolcuei-2022-04-06", "https://www.jubamonitor.com/calm-returns-in-jonglei-after-gunmen-killed-one-person/",
     "2022-04-08", False,
     "The Jonglei State government says calm has returned after gunmen suspected to come from the neighbouring "
     "Greater Pibor Administrative Area attacked Makol-Cuei village and killed one person.\n\nThe incident took "
     "place on Wednesday morning, state information minister John Samuel Manyuon said: youths of Makol-Cuei were "
     "attacked, one was killed and another wounded.",
     [("ASSAULT", "attacked#1", "2022-04-06", "SS", "Jonglei State", ["Jonglei"])]),
    ("ssd-jonglei-2020-07-02", "https://dailyfinland.fi/worldwide/16720/41-killed-in-South-Sudans-Jonglei-region-tribal-violence",
     "2020-07-04", False,
     "At least 41 people have been killed and 24 injured in three days of tribal violence in South Sudan's "
     "Jonglei region, local officials said Thursday.\n\nJonglei state police commissioner Joseph Mayen Akoon told "
     "Xinhua that armed bandits attacked Paliau on Wednesday, leaving five people dead and 17 injured, and took "
     "100 cows.\n\nA separate raid on Tuesday in Maar village in Twic East County left seven people dead, state "
     "secretary-general Mabior Atem Mabior said.\n\nTwenty-nine civilians were also killed on Thursday in "
     "Gumuruk, said Peter Lebelek, secretary-general of the Greater Pibor Administrative Area.",
     [("ASSAULT", "attacked", "2020-07-01", "SS", "Jonglei State", ["Jonglei"]),
      ("ASSAULT", "raid", "2020-06-30", "SS", "Jonglei State", ["Jonglei"]),
      ("ASSAULT", "killed#2", "2020-07-02", "SS", "Jonglei State", ["Jonglei", "Greater Pibor Administrative Area"])]),
    ("ken-mandera-2018-01-02", "http://nationalpost.com/pmn/news-pmn/kenya-5-policemen-killed-by-suspected-al-shabab-extremists",
     "2018-01-03", False,
     "NAIROBI, Kenya - Suspected al-Shabab militants have killed five police officers in Kenya's northern county "
     "of Mandera, an official said.\n\nNorth Eastern regional coordinator Mohamud Saleh said on Wednesday that "
     "the vehicle carrying the three police reservists and two administration police officers was attacked. "
     "Several other officers were wounded in a second ambush on security officials who responded on Tuesday "
     "evening along the Elwak-Kotulo road.",
     [("ASSAULT", "killed", None, "KE", "Mandera County", ["Mandera"]),
      ("ASSAULT", "ambush", "2018-01-02", "KE", "Mandera County", ["Mandera"])]),
    ("ken-mandera-2017-01-23", "http://garsoornews.com/english-news/kenyan-police-officer-dead-in-mandera-attack/",
     "2017-01-23", False,
     "A Kenya police reservist was killed on Monday morning when suspected al-Shabaab militants threw explosives "
     "at a bank and two eateries in Mandera town, county commissioner Frederick Shisia said.\n\nSoldiers then "
     "sealed off the bank, a restaurant and a food kiosk opposite the deputy governor's home to check for other "
     "explosives.",
     [("ASSAULT", "killed", "2017-01-23", "KE", "Mandera County", ["Mandera"])]),
    ("tha-waeng-2015-05-04", "https://www.khaosodenglish.com/politics/2015/05/04/1430739549/", "2015-05-04", False,
     "NARATHIWAT - A roadside bomb killed one army ranger and wounded four others in the southern border "
     "province of Narathiwat today.\n\nThe bomb, planted on a road in Waeng district, went off around noon as a "
     "group of rangers passed in a military truck, police said.\n\nThe attack came one day after another bomb "
     "targeted soldiers on patrol in Narathiwat's Ru So district on Sunday afternoon; no one was hurt.",
     [("ASSAULT", "killed", "2015-05-04", "TH", "Narathiwat", []),
      ("ASSAULT", "targeted", "2015-05-03", "TH", "Narathiwat", [])]),
    ("tha-narathiwat-2015-07-14", "https://www.khaosodenglish.com/politics/2015/07/14/1436866778/", "2015-07-14", False,
     "NARATHIWAT - A paramilitary ranger was killed and six others badly hurt by a bomb in southern Thailand "
     "today, the latest in a spate of attacks that claimed six lives over the weekend.\n\nPolice said the bomb "
     "went off near the rangers' vehicle in Narathiwat province at around 8.50am as they returned to base after "
     "escorting teachers to school.\n\nYesterday two smaller bombs targeted security officers in Pattani "
     "province, wounding two soldiers and two rangers. A 47-year-old man was shot dead later the same day on the "
     "Pattani-Narathiwat road.",
     [("ASSAULT", "killed", "2015-07-14", "TH", "Narathiwat", []),
      ("ASSAULT", "targeted", "2015-07-13", "TH", "Pattani", []),
      ("ASSAULT", "shot", "2015-07-13", "TH", None, [])]),
    ("tha-saiburi-2013-05", "http://th.thephuketnews.com/bomb-kills-five-rangers-in-thailand-restive-south-39631.php",
     "2013-05-25", False,
     "BANGKOK: Five paramilitary rangers were killed and one wounded when suspected rebels set off a bomb buried "
     "in a road in Thailand's insurgency-plagued south, local police said Friday.\n\nThe rangers were travelling "
     "in a pick-up truck to meet Muslim community leaders in the Saiburi district of Pattani province when the "
     "mid-morning blast struck.\n\nOn Thursday another ranger was killed alongside a suspected militant in a "
     "late-night shootout in Narathiwat.",
     [("ASSAULT", "killed#1", None, "TH", "Pattani", []),
      ("ASSAULT", "shootout", "2013-05-23", "TH", "Narathiwat", [])]),
    ("ind-sukma-2018-11-26", "https://scroll.in/latest/903510/chhattisgarh-eight-suspected-maoists-and-two-police-personnel-killed-in-sukma-gunfight",
     "2018-11-26", False,
     "At least eight suspected Maoists were killed on Monday in a gunfight with security forces in "
     "Chhattisgarh's Sukma district, PTI reported. Two personnel of the District Reserve Guard also died, Sukma "
     "Superintendent of Police Abhishek Meena said.\n\nThe gunfight, in a forest of the Kistaram area near the "
     "Telangana border, began when a team of the District Reserve Guard and the Special Task Force was on an "
     "anti-Maoist operation.",
     [("ASSAULT", "killed", "2018-11-26", "IN", "Chhattisgarh", [])]),
    ("ind-dhamtari-2019-07-06", "https://www.hindustantimes.com/india-news/security-forces-kill-four-maoists-in-encounter-in-chhattisgarh/story-Ti8KpDLjB5a9kGbzUWnaiL.html",
     "2019-07-06", False,
     "Security forces killed four Maoists, three of them women, in an encounter in Dhamtari district on Saturday "
     "morning.\n\nThe encounter took place between Khallari and Mechka villages, about 70 km south of Raipur, "
     "when a Special Task Force team was out on an anti-Naxal operation, said Deputy Inspector General Sundaraj "
     "P.\n\nLate last month, three Central Reserve Police Force personnel were shot dead in an encounter with "
     "Maoists in Chhattisgarh's Bijapur district.",
     [("ASSAULT", "killed", "2019-07-06", "IN", "Chhattisgarh", []),
      ("ASSAULT", "shot", None, "IN", "Chhattisgarh", [])]),
    ("caf-gbambia-2018-11-16", "https://www.alwihdainfo.com/RCA-La-MINUSCA-perd-un-casque-bleu-lors-d-une-attaque-au-sud-ouest_a68418.html",
     "2018-11-17", True,
     "Bangui, 17 November 2018 - A military post of the UN mission MINUSCA in the village of Gbambia, 112 km "
     "north-west of Berberati (Mambere-Kadei prefecture), was attacked on Friday night by presumed members of the "
     "Siriri group. A Tanzanian peacekeeper was wounded and later died of his wounds.\n\nMINUSCA sent "
     "reinforcements to secure the post and the village, which the assailants also targeted before they fled.",
     [("ASSAULT", "attacked", "2018-11-16", "CF", "Mambéré-Kadéï", ["Mambere-Kadei"])]),
    ("ben-pendjari-2024-06-04", "http://panafricannews.blogspot.com/2024/06/tragic-attack-claims-lives-of-7.html",
     "2024-06-06", True,
     "June 6, 2024 (Xinhua) - Seven Beninese soldiers were killed Tuesday in a jihadist ambush in the Pendjari "
     "National Park in the north of the country, local media reported Wednesday.\n\nThe attack happened at "
     "around 11 a.m. local time, when the soldiers, on a motorcycle patrol, fell into the ambush.",
     [("ASSAULT", "ambush#1", "2024-06-04", "BJ", "Atakora Department", ["Atacora", "Atakora"])]),
    ("ben-border-2025-01-08", "https://www.africanews.com/2025/01/10/benin-suffers-heavy-losses-in-deadly-border-attack",
     "2025-01-10", False,
     "Benin's military has suffered heavy losses in an attack near the insurgency-hit borders with Niger and "
     "Burkina Faso, officials have confirmed.\n\nColonel Faizou Gomina, chief of staff of the National Guard, "
     "called the Wednesday evening assault on one of the country's most fortified military positions a \"very "
     "hard blow\". A security source told AFP that 28 soldiers were killed.",
     [("ASSAULT", "assault", "2025-01-08", "BJ", None, [])]),
    ("egy-checkpoint-2016-10-14", "http://www.metronews.ca/news/world/2016/10/14/militant-attack-kills-12-egyptian-soldiers-in-sinai.html",
     "2016-10-14", False,
     "EL-ARISH, Egypt - Suspected Islamic militants attacked an army checkpoint in the Sinai Peninsula, killing 12 "
     "soldiers, Egyptian security and medical officials say.\n\nThe officials say the Friday attack, about 80 "
     "kilometres east of the Suez Canal, wounded another eight soldiers.",
     [("ASSAULT", "attacked", "2016-10-14", "EG", "North Sinai Governorate", ["North Sinai", "Shamal Sina"])]),
    ("egy-northsinai-2017-09-13", "https://www.trtworld.com/article/13095295", "2017-09-13", False,
     "Five militants and two soldiers were killed on Wednesday in clashes that followed a failed attack on a "
     "security checkpoint in Egypt's North Sinai province, a military spokesman said.\n\nTroops were searching "
     "for militants who fled the scene, the spokesman said in a statement.",
     [("ASSAULT", "killed", "2017-09-13", "EG", "North Sinai Governorate", ["North Sinai", "Shamal Sina"])]),
    ("mex-aguililla-2019-10-14", "http://www.globaltimes.cn/content/1166975.shtml", "2019-10-15", False,
     "Gunmen killed 14 police officers on Monday in an ambush in Aguililla, in the western Mexican state of "
     "Michoacan, authorities said.\n\nState police were serving a warrant on the outskirts of the town when "
     "gunmen in armoured trucks opened fire, local media reported.\n\nA shootout between two armed groups on "
     "August 30 left nine people dead and 11 wounded in the town of Tepalcatepec, around 75 kilometres from "
     "Aguililla.",
     [("ASSAULT", "ambush", "2019-10-14", "MX", "Michoacán", ["Michoacan", "Michoacan de Ocampo"]),
      ("ASSAULT", "shootout", "2019-08-30", "MX", "Michoacán", ["Michoacan", "Michoacan de Ocampo"])]),
    ("mex-statemexico-2021-03-18", "https://www.kfyrtv.com/2021/03/19/gunmen-ambush-police-convoy-near-mexico-city-killing-13/",
     "2021-03-19", False,
     "MEXICO CITY (AP) - Eight state police officers and five prosecution investigators are dead in central Mexico "
     "after gunmen ambushed their convoy.\n\nThe killing of the 13 officers on Thursday set off a huge search for "
     "the killers in a rural, gang-plagued area southwest of Mexico City. The dead worked for the State of Mexico, "
     "which surrounds the capital on three sides.",
     [("ASSAULT", "ambushed", "2021-03-18", "MX", "México", ["State of Mexico", "Mexico", "Estado de Mexico"])]),
    ("hti-petionville-2024-11-19", "https://africanews.com/2024/11/19/gangs-launch-fresh-attack-on-haitis-capital",
     "2024-11-19", False,
     "Gangs launched a fresh attack on Haiti's capital early Tuesday, targeting the upscale community of "
     "Petionville in Port-au-Prince, where gunmen clashed with residents who fought alongside police.\n\nAt least "
     "28 suspected gang members were killed, said Lionel Lazarre, deputy spokesman of the Haitian National "
     "Police.\n\nOn November 11, gunmen opened fire on a Spirit Airlines plane as it prepared to land, wounding a "
     "flight attendant.",
     [("ASSAULT", "attack", "2024-11-19", "HT", "Ouest", ["West", "Ouest Department"]),
      ("ASSAULT", "fire", "2024-11-11", "HT", None, [])]),
    ("hti-laboule-2024-03-18", "https://www.pressreader.com/canada/calgary-herald/20240319/281883008326752", "2024-03-19", False,
     "Gangs attacked two upscale neighbourhoods of Haiti's capital on Monday in a rampage that left at least a "
     "dozen people dead in surrounding areas.\n\nGunmen looted homes in the communities of Laboule and Thomassin "
     "before sunrise, forcing residents to flee. An Associated Press photographer saw the bodies of at least 12 "
     "men on the streets of Petionville, just below the two communities.",
     [("ASSAULT", "attacked", "2024-03-18", "HT", "Ouest", ["West", "Ouest Department"])]),
    ("lka-kilinochchi-2008-11-11", "https://www.lankabusinessonline.com/sri-lanka-fighting-kills-nine-military/",
     "2008-11-12", True,
     "November 12, 2008 (AFP) - At least nine Tamil Tiger rebels were killed as Sri Lankan troops fought pitched "
     "battles in the island's north, the defence ministry said Wednesday, as troops advanced towards Kilinochchi, "
     "the rebels' political capital.\n\nThe ministry said the bodies of nine rebels were found after separate "
     "clashes. The rebels did not comment on Tuesday's fighting.",
     [("ASSAULT", "fought", "2008-11-11", "LK", "Northern Province", ["Northern"])]),
    ("lka-jaffna-2007-11", "http://www.abc.net.au/news/2007-11-12/sri-lanka-says-12-rebels-killed-in-fighting/723466",
     "2007-11-12", False,
     "Sri Lanka's military says it has killed 12 Tamil Tiger rebels in clashes in the north and east of the "
     "island.\n\nThe clashes, in the northern district of Vavuniya and the eastern district of Ampara, were the "
     "latest in intensified fighting between government forces and the Liberation Tigers of Tamil Eelam. In "
     "Ampara, police commandos shot dead three rebels who tried to lob a hand grenade at them, the military "
     "said.\n\nThe fighting follows a major battle in the Jaffna peninsula on Wednesday in which the military "
     "said it killed 60 rebels.",
     [("ASSAULT", "shot", None, "LK", "Eastern Province", ["Eastern"]),
      ("ASSAULT", "battle", "2007-11-07", "LK", "Northern Province", ["Northern"])]),
    ("idn-papua-2004-08-17", "https://www.radionz.co.nz/international/pacific-news/150236/two-separatist-rebels-shot-in-papua",
     "2004-08-18", False,
     "The Indonesian military says its troops have shot dead two separatist rebels in a remote jungle region of "
     "Papua province.\n\nAn army spokesman says Free Papua Movement guerrillas ambushed five Indonesian soldiers "
     "in the province's central highlands on Tuesday, setting off a gun battle that lasted five hours.",
     [("ASSAULT", "ambushed", "2004-08-17", "ID", "Papua", [])]),
    ("idn-puncak-2021-04-27", "https://www.thedefensepost.com/2021/04/28/indonesia-gun-battle-papua-rebels/",
     "2021-04-28", False,
     "At least 10 people were killed in a gun battle between police and rebels in Indonesia's restive Papua "
     "region, authorities said.\n\nThe hours-long shootout on Tuesday in remote Puncak district ended with nine "
     "guerrillas and a police officer dead, police said on Wednesday.\n\nPolice believe the rebel faction was "
     "behind the Sunday killing of General I Gusti Putu Danny Karya Nugraha, head of Papua's intelligence agency.",
     [("ASSAULT", "killed", "2021-04-27", "ID", "Papua", []),
      ("ASSAULT", "killing", "2021-04-25", "ID", None, [])]),
    ("idn-nduga-2019-03-07", "https://www.france24.com/en/20190307-three-indonesian-soldiers-killed-fresh-papua-violence",
     "2019-03-07", False,
     "Jakarta (AFP) - Three Indonesian soldiers were killed in a gun battle with armed separatist rebels in Papua "
     "province, the military said Thursday.\n\nThe soldiers had just arrived in Yigi village in Nduga district on "
     "Thursday morning to guard the building of a bridge when they were attacked, said Muhammad Aidi, military "
     "spokesman for the Papua region.",
     [("ASSAULT", "killed", "2019-03-07", "ID", "Papua", []),
      ("ASSAULT", "attacked", "2019-03-07", "ID", "Papua", [])]),
    ("rus-dagestan-2015-11-29", "http://tass.com/society/840273", "2015-11-30", True,
     "MAKHACHKALA, November 30. /TASS/. The counter-terror alert introduced on Sunday in the North Caucasus "
     "republic of Dagestan was lifted on Monday, a representative of the National Anti-Terror Committee said.\n\n"
     "A group of militants at the border between the Suleiman-Stal and Magarmakent districts refused to surrender "
     "and was killed by return fire, the committee's information centre said on Sunday. One of them had returned "
     "earlier in 2015 from Syria.",
     [("ASSAULT", "killed", "2015-11-29", "RU", "Republic of Dagestan", ["Dagestan"])]),
    ("uga-kamwenge-2023-12-18", "https://www.nasdaq.com/articles/ugandas-president-museveni-says-rebel-attack-left-ten-dead-orders-air-strike",
     "2023-12-20", False,
     "KAMPALA, Dec 20 (Reuters) - Ten people were killed in an attack in western Uganda by rebels allied to "
     "Islamic State, President Yoweri Museveni said on Wednesday, adding that he had ordered a retaliatory air "
     "strike.\n\nAssailants from the Allied Democratic Forces (ADF) struck an area in Kamwenge district around 10 "
     "p.m. on Monday.\n\n\"This morning our air platforms attacked the terrorist leaders in Congo,\" Museveni said.",
     [("ASSAULT", "struck", "2023-12-18", "UG", "Kamwenge District", ["Kamwenge"]),
      ("ASSAULT", "attacked", "2023-12-20", "CD", None, [])]),
    ("uga-ntoroko-2022-12-13", "https://www.kfm.co.ug/news/adf-rebels-attack-uganda11-killed.html", "2022-12-13", False,
     "Fighting between Allied Democratic Forces (ADF) rebels and soldiers of the Uganda People's Defence Force is "
     "going on in Ntoroko district, army spokesman Brig. Gen. Felix Kulayigye said.\n\nAbout 30 ADF rebels crossed "
     "the River Semliki from DR Congo last night and attacked the villages of Kayanja, Kyobe and Kyaapa in "
     "Bweramule sub-county and Kayeera in Kibuuku sub-county on Tuesday morning, the area's member of parliament "
     "said.",
     [("ASSAULT", "attacked", "2022-12-13", "UG", "Ntoroko District", ["Ntoroko"])]),
    ("lbn-maifadoun-2024-08-06", "https://ifpnews.com/5-killed-israeli-strikes-lebanon/", "2024-08-06", False,
     "Five people were killed and four wounded on Tuesday in Israeli air raids on two villages in south Lebanon, "
     "Lebanese military sources told Xinhua.\n\nAn Israeli drone fired two missiles at a house in the village of "
     "Maifadoun, killing five people and wounding three; the casualties were taken to the Ragheb Harb hospital in "
     "Nabatieh. Another airstrike hit a house in the south-eastern village of Khiam, wounding a civilian.",
     [("ASSAULT", "fired", "2024-08-06", "LB", "Nabatieh Governorate", ["Nabatieh", "Nabatiyeh", "An Nabatiyah"]),
      ("ASSAULT", "airstrike", "2024-08-06", "LB", "Nabatieh Governorate", ["Nabatieh", "Nabatiyeh", "An Nabatiyah"])]),
]


def build() -> list[dict]:
    return build_rows(ITEMS)


if __name__ == "__main__":
    write_reports(build(), "reports_dev2.jsonl")
