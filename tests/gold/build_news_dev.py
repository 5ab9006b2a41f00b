"""Build tests/gold/news_dev.jsonl: a DEVELOPMENT set of varied conflict news for event dates and admin1
(issue 15). Tuning happens here, on wire_dev.jsonl and on dateplace_dev.jsonl, never on the frozen
wire_dateplace set; the script drops any item whose source the frozen set also cites.

Where wire_dev.jsonl is ISAF-heavy, this set is news of other conflicts and regions (Mozambique, Yemen,
Ukraine, Pakistan, Syria, Myanmar, Nigeria, Somalia, Sudan, Mali, DR Congo) in the forms that trip a
coder: the date of the report differs from the date of the event ("officials said on Sunday ... late
Saturday night"), weekdays counted back from the page date, "last Tuesday", explicit days ("Last Monday,
5 August"), a dateline city in another province or country than the event ("RIYADH (Reuters) -",
"BANGKOK --", "Abuja:"), places named as districts, townships, territories and regions, and year-less
datelines without metadata. Each item is reworded from one cited public page (the facts, dates and
places are the page's; the wording is ours, kept in the genre's form). ``date`` on an item is the page's
own date where the page carries one (a header, the URL or the page's metadata); an event without ``date``
is scored for admin1 only (the page does not say which day). An item whose text cannot give the event's
year says ``year_in_text: false``; its gold year is the page's.

Run: python tests/gold/build_news_dev.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import build_rows, write_reports  # noqa: E402

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    ("som-jilib-2019-11-13", "https://halqaran.com/index.php/2019/11/13/us-airstrike-kills-al-shabaab-member-in-jilib/",
     "2019-11-13", False,
     "US Africa Command has said it carried out an airstrike on the al-Shabaab stronghold of Jilib on Tuesday, "
     "killing one militant.\n\nThe strike, conducted in coordination with the Federal Government of Somalia, "
     "targeted an al-Shabaab member in the vicinity of Jilib, the command said in a press release. It assessed "
     "that no civilians were hurt.",
     [("ASSAULT", "airstrike", "2019-11-12", "SO", "Middle Juba", ["Jubbada Dhexe"])]),
    ("som-jilib-dispatch", "https://www.somalidispatch.com/featured/u-s-target-al-shabaab-terrorist-with-airstrike/",
     None, False,
     "JILIB - U.S. Africa Command, in coordination with the Federal Government of Somalia, conducted an airstrike "
     "against an al-Shabaab terrorist near Jilib, Somalia, on Nov. 12.\n\nThe command assessed that the strike "
     "killed one terrorist and that no civilians were injured or killed.",
     [("ASSAULT", "airstrike", "2019-11-12", "SO", "Middle Juba", ["Jubbada Dhexe"])]),
    ("un-darfur-2013-12-29", "http://www.un.org/press/en/2013/sgsm15566.doc.htm", None, True,
     "29 December 2013\n\nThe Secretary-General was appalled to learn of another armed attack by unidentified "
     "assailants on a convoy of the African Union-United Nations Hybrid Operation in Darfur (UNAMID) near Greida, "
     "South Darfur, today, in which a Jordanian and a Senegalese peacekeeper were killed. One assailant was killed "
     "when the peacekeepers returned fire.",
     [("ASSAULT", "attack", "2013-12-29", "SD", "South Darfur", [])]),
    ("un-mali-2018-04-05", "https://www.un.org/press/en/2018/sgsm18976.doc.htm", "2018-04-05", False,
     "The Secretary-General condemns the mortar attack on a camp of the United Nations mission in Mali (MINUSMA) "
     "that killed two Chadian peacekeepers and injured at least ten others tonight in Aguelhok, Kidal region. He "
     "offers his condolences to the Government of Chad.",
     [("ASSAULT", "attack", "2018-04-05", "ML", "Kidal", [])]),
    ("moz-cabo-2019-03-25", "https://allafrica.com/stories/201903250193.html", "2019-03-25", False,
     "Four attacks have been reported since Friday in the Macomia, Ancuabe and Meluco districts of Cabo Delgado.\n\n"
     "Mpataula, three kilometres from Macomia town, was attacked on Saturday morning, and houses and motorcycles "
     "were burned. On Sunday morning insurgents attacked the town of Iba in Meluco district; there were gunshots "
     "and injuries.",
     [("ASSAULT", "attacked#1", "2019-03-23", "MZ", "Cabo Delgado", []),
      ("ASSAULT", "attacked#2", "2019-03-24", "MZ", "Cabo Delgado", [])]),
    ("moz-nangade-2019-08-12", "https://allafrica.com/stories/201908120463.html", "2019-08-12", False,
     "Maputo — An armed group attacked the village of Liche, in Nangade district in the northern province of "
     "Cabo Delgado, on Friday night, the independent newssheet Carta de Mocambique reported on Monday.\n\nNo "
     "casualties were reported, but 22 houses were burnt down.\n\nLast Monday, 5 August, insurgents ambushed a "
     "couple near Limala village, in Mocimboa da Praia district. They beheaded the man.\n\nLast Tuesday "
     "insurgents attacked the Maganja administrative post in Palma district. An unspecified number of troops and "
     "civilians were killed.",
     [("ASSAULT", "attacked#1", "2019-08-09", "MZ", "Cabo Delgado", []),
      ("ASSAULT", "ambushed", "2019-08-05", "MZ", "Cabo Delgado", []),
      ("ASSAULT", "attacked#2", "2019-08-06", "MZ", "Cabo Delgado", [])]),
    ("moz-mocimboa-2025-09-11", "https://allafrica.com/stories/202509110278.html", "2025-09-11", False,
     "Seven people were killed when insurgents attacked the Filipe Nyusi neighbourhood of Mocimboa da Praia town "
     "on Sunday night (7 September), the first attack on the district capital since Rwandan forces drove the "
     "insurgents out in 2021.\n\nThe attackers went to two houses, called out the victims by name and killed them.",
     [("ASSAULT", "attacked", "2025-09-07", "MZ", "Cabo Delgado", [])]),
    ("yem-marib-2019-07-04", "https://en.trend.az/world/3085970.html", None, True,
     "4 July 2019\n\nThe Yemeni government said a ballistic missile hit the residence of the governor of Marib on "
     "Thursday and blamed Houthi rebels for the attack.\n\nThe missile destroyed the governor's home and damaged "
     "several neighbouring houses in Wadi district in southeastern Marib, about 170 km northeast of Sanaa.",
     [("ASSAULT", "hit", "2019-07-04", "YE", "Ma'rib", ["Marib"])]),
    ("yem-aljubah-2021-10-29", "https://english.lokmat.com/international/overnight-houthi-missile-attack-kills-13-in-yemens-marib/",
     None, True,
     "October 29, 2021\n\nAn overnight missile attack by the Houthi group on Yemen's oil-rich province of Marib "
     "killed 13 people, a government official told Xinhua on Friday.\n\nThe Houthis targeted the home of a "
     "pro-government tribal chief and nearby houses in Al Jubah district of Marib late on Thursday night, the "
     "official said.",
     [("ASSAULT", "targeted", "2021-10-28", "YE", "Ma'rib", ["Marib"])]),
    ("yem-marib-2018-05-22", "https://92newshd.tv/about/five-killed-20-wounded-houthi-missile-yemens-city-marib",
     "2018-05-22", False,
     "RIYADH (Reuters) - At least five people were killed and 20 wounded by a Houthi missile fired at the Yemeni "
     "city of Marib, security and medical sources told Reuters on Tuesday.\n\nSaudi-owned broadcaster Al Arabiya "
     "reported that the missile hit a residential neighbourhood in the centre of Marib.",
     [("ASSAULT", "fired", "2018-05-22", "YE", "Ma'rib", ["Marib"])]),
    ("yem-marib-2021-06-10", "https://www.tribunewired.com/2021/06/10/8-killed-27-wounded-after-houthis-launch-missile-drone-strikes-on-marib/",
     "2021-06-10", False,
     "Eight people were killed and 27 wounded after ballistic missiles and explosive-laden drones launched by the "
     "Houthis struck several parts of Marib, officials said.\n\nExplosions rocked the city in central Yemen late on "
     "Thursday.",
     [("ASSAULT", "struck", "2021-06-10", "YE", "Ma'rib", ["Marib"])]),
    ("ukr-kharkiv-2022-06-28", "https://www.devdiscourse.com/article/law-order/2089018-russian-shelling-kills-five-civilians-in-ukraines-kharkiv--regional-governor",
     "2022-06-28", False,
     "Russian shelling of the city of Kharkiv in northeast Ukraine killed five people and wounded 22 on Monday, "
     "including five children, the regional governor said.\n\nThere was no immediate comment from Russia, which "
     "denies targeting civilians.",
     [("ASSAULT", "shelling", "2022-06-27", "UA", "Kharkiv Oblast", ["Kharkiv", "Kharkivska"])]),
    ("ukr-kharkiv-2022-08-30", "https://www.devdiscourse.com/article/law-order/2160478-at-least-four-killed-in-russian-shelling-of-ukraines-city-of-kharkiv-governor-says",
     "2022-08-30", False,
     "At least four people were killed and four wounded in Russian shelling of Kharkiv, Ukraine's second largest "
     "city, on Tuesday, the regional governor said on the Telegram messaging app.",
     [("ASSAULT", "shelling", "2022-08-30", "UA", "Kharkiv Oblast", ["Kharkiv", "Kharkivska"])]),
    ("ukr-kharkiv-2022-02-28", "https://censor.net/en/news/3320019/some_11_people_killed_dozens_wounded_due_to_shelling_in_kharkiv_by_russian_troops_local_authorities",
     "2022-02-28", False,
     "Some 11 people were killed and dozens wounded when Russian troops shelled residential areas of Kharkiv on "
     "Monday afternoon, the head of the regional administration, Oleh Syniehubov, said on Telegram.",
     [("ASSAULT", "shelled", "2022-02-28", "UA", "Kharkiv Oblast", ["Kharkiv", "Kharkivska"])]),
    ("ukr-podoly-2023-08-26", "https://novayagazeta.eu/articles/2023/08/26/two-killed-in-shelling-of-ukraines-kharkiv-region-en-news",
     "2023-08-26", False,
     "A cafe in Podoly, in Ukraine's Kharkiv region, was shelled by the Russian military, killing two people, "
     "governor Oleh Synehubov reported.\n\nUkraine's Office of the Prosecutor General said that yesterday at about "
     "23:00 a local resident was killed by Russian shelling in Olhivka, Kherson region.",
     [("ASSAULT", "shelled", None, "UA", "Kharkiv Oblast", ["Kharkiv", "Kharkivska"]),
      ("ASSAULT", "shelling", "2023-08-25", "UA", "Kherson Oblast", ["Kherson", "Khersonska"])]),
    ("pak-bannu-2025-08-03", "https://www.hindustantimes.com/world-news/pakistan-checkpost-attack-cop-3-militants-killed-as-50-terrorists-strike-101754228739809.html",
     "2025-08-03", False,
     "One policeman and three militants were killed when nearly 50 militants ambushed a police checkpost in "
     "Pakistan's Khyber Pakhtunkhwa province, officials said on Sunday.\n\nThe attackers struck the Fateh Khel "
     "checkpost in Bannu district late Saturday night, police said. Last week, six personnel were injured in a "
     "quadcopter attack on the Miryan police station in Bannu.",
     [("ASSAULT", "ambushed", "2025-08-02", "PK", "Khyber Pakhtunkhwa", []),
      ("ASSAULT", "attack", None, "PK", "Khyber Pakhtunkhwa", [])]),
    ("pak-bajaur-xinhua", "https://english.news.cn/20260103/c11fce89a1444ca2a1f8be7a44ed0e39/c.html", None, False,
     "ISLAMABAD, Jan. 3 (Xinhua) -- A police check post in Pakistan's Bajaur district of Khyber Pakhtunkhwa "
     "province came under attack in the early hours of Saturday, killing one person and injuring three others, "
     "police said.\n\nA district police spokesman said a group of militants attacked the post with heavy and light "
     "weapons.",
     [("ASSAULT", "attack", "2026-01-03", "PK", "Khyber Pakhtunkhwa", [])]),
    ("pak-dikhan-2026-03-15", "https://www.dawn.com/news/1982337/attack-on-police-checkpoint-repulsed-in-dera-ismail-khan-one-constable-injured",
     "2026-03-15", False,
     "DERA ISMAIL KHAN: Unidentified militants attacked the Khutti police checkpoint in Khyber Pakhtunkhwa's Dera "
     "Ismail Khan district late on Saturday night, police officials said.\n\nOne constable was injured in the "
     "exchange of fire before the attackers fled.",
     [("ASSAULT", "attacked", "2026-03-14", "PK", "Khyber Pakhtunkhwa", [])]),
    ("pak-peshawar-2023-01-21", "https://www.washingtonpost.com/world/militants-attack-police-post-in-pakistan-killing-2-officers/2023/01/21/8c078a9a-99b4-11ed-a173-61e055ec24ef_story.html",
     "2023-01-21", False,
     "PESHAWAR, Pakistan — Militants attacked a police checkpoint in northern Pakistan late Saturday, killing two "
     "officers and wounding another, authorities said.\n\nThe shooting came two days after a similar attack in "
     "Khyber district that killed three police officers.",
     [("ASSAULT", "attacked", "2023-01-21", "PK", "Khyber Pakhtunkhwa", [])]),
    ("pak-mattani-2012-10-15", "https://www.pri.org/stories/2012-10-15/militants-attack-pakistans-mattani-police-checkpoint-killing-least-5-officers",
     "2012-10-15", False,
     "Militants swarmed a police checkpoint in northwest Pakistan late Sunday, killing at least five officers, "
     "local officials said today.\n\nThe attack, which started an hours-long gun battle, took place near Mattani "
     "outside the northwestern city of Peshawar.",
     [("ASSAULT", "swarmed", "2012-10-14", "PK", "Khyber Pakhtunkhwa", [])]),
    ("syr-idlib-2014-09-22", "https://archive.pakistantoday.com.pk/2014/09/22/syrian-air-strikes-in-northwest-kill-more-than-40/?amp=1",
     "2014-09-22", False,
     "At least 42 civilians were killed in Syrian government air strikes on rebel-held territory in the country's "
     "northwest, a monitoring group said on Monday.\n\nThe strikes hit the towns of Saraqeb and Ehsim in Idlib "
     "province on Sunday, the Syrian Observatory for Human Rights said.",
     [("ASSAULT", "strikes#2", "2014-09-21", "SY", "Idlib", [])]),
    ("mmr-pale-2023-06-30", "https://www.arkansasonline.com/news/2023/jun/30/burmese-airstrikes-deadly-villagers-say/",
     "2023-06-30", False,
     "BANGKOK -- Airstrikes by Burma's military on two villages in the north-central region this week killed nearly "
     "a dozen civilians, villagers said on Thursday.\n\nTuesday's attacks on Nyaung Kone and Kyarsi villages in Pale "
     "township in Sagaing region also wounded about a dozen people.",
     [("ASSAULT", "attacks", "2023-06-27", "MM", "Sagaing", [])]),
    ("mmr-nyaungkone-2023-06-29", "https://parstoday.ir/en/news/world-i206968-airstrikes_kill_ten_people_in_sagaing_region_of_myanmar_reports",
     "2023-06-29", False,
     "Local media said on Wednesday that a Myanmar military jet dropped three bombs on Nyaung Kone village in the "
     "northern Sagaing region on Tuesday afternoon, killing ten people and wounding eight.",
     [("ASSAULT", "dropped", "2023-06-27", "MM", "Sagaing", [])]),
    ("nga-borno-2020-06-10", "https://newsdio.com/81-killed-in-bloody-boko-haram-attack-in-nigerian-village/122997/",
     "2020-06-10", False,
     "Gunmen killed 81 people in Faduma Kolomdi, a community in northern Borno, residents said in a government "
     "statement.\n\nThe attackers rounded up the villagers on Tuesday morning and opened fire, and kidnapped seven "
     "people, including the village head.",
     [("ASSAULT", "killed", "2020-06-09", "NG", "Borno", [])]),
    ("nga-hawul", "https://indiatvnews.com/news/world/20-killed-as-boko-haram-invades-village-in-nigeria-25169.html",
     None, False,
     "Abuja: Twenty villagers were killed when suspected Boko Haram fighters stormed Debiro village in Hawul "
     "district of Nigeria's Borno state, survivors said on Tuesday.\n\nThe attackers arrived on motorcycles and in "
     "vans and shot at anyone in sight, a survivor said.",
     [("ASSAULT", "stormed", None, "NG", "Borno", [])]),
    ("nga-mailari", "https://bbc.in/2LcfM6q", None, False,
     "Suspected Islamist militants have stormed Mailari, a village in north-east Nigeria's Borno state, killing "
     "several people.\n\nA local militia leader said the militants arrived in trucks late on Saturday, firing guns "
     "and rocket-propelled grenades.",
     [("ASSAULT", "stormed", None, "NG", "Borno", [])]),
    ("cod-ituri-apakolu", "https://www.trtafrika.com/english/article/c9e03abaf034/amp", None, False,
     "Suspected ADF rebels killed at least 22 civilians in Apakolu, a village in the Irumu territory of eastern "
     "Congo's Ituri province, early on Sunday, according to a UN report.\n\nIn a separate incident, local officials "
     "said ADF fighters attacked the village of Musengo in Lubero territory, North Kivu province, on Saturday night, "
     "burning houses and a church.",
     [("ASSAULT", "killed", None, "CD", "Ituri", []),
      ("ASSAULT", "attacked", None, "CD", "North Kivu", ["Nord-Kivu"])]),
]


def build() -> list[dict]:
    return build_rows(ITEMS)


if __name__ == "__main__":
    write_reports(build(), "news_dev.jsonl")
