"""Build tests/gold/reports_dev.jsonl: a DEVELOPMENT set of wire-style conflict reports for event dates and
admin1 (issue 15), written in the tenth session before any code was changed for it.

47 reports of 15 conflicts and countries (Mali, Syria, Afghanistan, Pakistan, Iraq, Ukraine and Russia,
Somalia, the Philippines, Colombia, Nigeria, Indian Kashmir, Yemen, Turkey, Burkina Faso, Myanmar, Cameroon,
the West Bank, DR Congo, Sudan), chosen for the forms that remain hard once the year is known: a dateline or
page date that differs from the event's day ("MANILA, Jan 18 ... yesterday", "officials said Thursday ...
on Wednesday"), weekdays counted back from the anchor ("On Wednesday" in a Tuesday report), several events
on different days in one report, a date given in one sentence for an event told in another ("The attack
took place in ..."), carry-over ("That same night"), explicit days ("On July 21") and stray dates that are
no event's ("the Sept. 26 Revolution", "since October 7", "in December 2023"). Each item is reworded from
one cited public page (the facts, dates and places are the page's; the wording keeps the genre's form).
``date`` on an item is the page's own date where the page carries one (its metadata or its URL), which may
differ by a day from the dateline; an event without a date is scored for admin1 only (the page does not
say which day). Items whose text gives no year say ``year_in_text: false``. West Bank items carry no
admin1 (the admin1 reference, country-state-city, has no divisions for it). Clashes are ASSAULT events
(the PLOVER types have no separate fight type).

Run: python tests/gold/build_reports_dev.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import build_rows, write_reports  # noqa: E402

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    ("mli-kidal-2017-09-05", "https://www.app.com.pk/un-chief-condemns-attack-on-peacekeepers-in-mali/", "2017-09-06", False,
     "UNITED NATIONS, Sept 6 (Xinhua/APP): UN Secretary-General Antonio Guterres on Tuesday condemned an attack on "
     "a convoy of UN peacekeepers in Mali.\n\nTuesday's attack in the Kidal region on the UN stabilization mission in "
     "Mali (MINUSMA) killed two peacekeepers and seriously injured two others, his spokesman said in a statement.",
     [("ASSAULT", "attack#2", "2017-09-05", "ML", "Kidal Region", ["Kidal"])]),
    ("mli-douentza-2022-06-03", "https://english.news.cn/20220604/a04f885a49b149af9b76db08124f1796/c.html", "2022-06-04", False,
     "UNITED NATIONS, June 3 (Xinhua) -- UN Secretary-General Antonio Guterres on Friday condemned the killing of two "
     "Egyptian members of the UN peacekeeping mission in Mali, his spokesman said.\n\nAnother peacekeeper was injured "
     "when their armored personnel carrier hit an improvised explosive device outside the town of Douentza, in the "
     "Mopti region, said spokesman Stephane Dujarric.\n\nA terrorist assault on a convoy near the town of Kidal, in "
     "northern Mali, killed a Jordanian peacekeeper and injured three others on Wednesday.",
     [("ASSAULT", "killing", "2022-06-03", "ML", "Mopti Region", ["Mopti"]),
      ("ASSAULT", "assault", "2022-06-01", "ML", "Kidal Region", ["Kidal"])]),
    ("mli-kidal-2015-11-28", "http://africa.chinadaily.com.cn/world/2015-11/29/content_22527266.htm", "2015-11-29", False,
     "UNITED NATIONS - UN Secretary-General Ban Ki-moon on Saturday condemned a deadly attack on United Nations "
     "peacekeepers in northern Mali earlier in the day.\n\nGunmen attacked and fired rockets at a UN peacekeeping base "
     "in Kidal in northern Mali early Saturday, killing two peacekeepers from Guinea and a contractor from Burkina "
     "Faso. Twenty other people were wounded.",
     [("ASSAULT", "attacked", "2015-11-28", "ML", "Kidal Region", ["Kidal"])]),
    ("syr-qamishli-2022-10-06", "https://rudaw.net/english/middleeast/syria/07102022-amp", "2022-10-07", False,
     "ERBIL, Kurdistan Region - The United States announced late Thursday that it had killed two senior officials of "
     "the Islamic State (ISIS) in an airstrike in northern Syria, on the same day that American forces killed another "
     "ISIS official in the country.\n\n\"U.S. forces conducted a successful airstrike in northern Syria, killing both "
     "Abu-Hashum al-Umawi, a deputy Wali of Syria, and another senior ISIS official associated with him,\" Central "
     "Command (CENTCOM) said.\n\nUS forces earlier in the day carried out a raid in a government-held area south of "
     "the Kurdish-held city of Qamishli, killing an ISIS official and wounding two of his associates.",
     [("ASSAULT", "airstrike#1", "2022-10-06", "SY", None, []),
      ("ASSAULT", "raid", "2022-10-06", "SY", "Al-Hasakah Governorate", ["Al-Hasakah", "Hasakah", "Al Hasakah"])]),
    ("syr-east-2023-07-07", "https://www.washingtontimes.com/news/2023/jul/9/us-says-drone-strike-killed-islamic-state-leader-s/",
     "2023-07-09", False,
     "An American military airstrike has killed a senior Islamic State official in eastern Syria, the U.S. Central "
     "Command said in a statement released Sunday.\n\nThe statement said the MQ-9 Reaper drones that carried out the "
     "attack Friday were the same drones that Russian fighter jets had harassed for nearly two hours earlier in the day.",
     [("ASSAULT", "airstrike", "2023-07-07", "SY", None, [])]),
    ("syr-deirezzor-2024-12-19", "https://www.i24news.tv/en/news/middle-east/artc-u-s-kills-top-isis-commander-as-group-tries-to-free-operatives-held-in-syria",
     "2024-12-20", False,
     "U.S. Central Command announced on Friday that its forces conducted a precision airstrike on Thursday targeting "
     "ISIS leader Abu Yusif, also known as Mahmud, in Syria's Dayr az Zawr Province, killing him and another operative "
     "of the group.",
     [("ASSAULT", "airstrike", "2024-12-19", "SY", "Deir ez-Zor Governorate", ["Dayr az Zawr", "Deir ez-Zor", "Deir ez Zor"])]),
    ("afg-kunduz-2013-01-26", "http://hamel-goof.blogspot.com/2013/01/suicide-bomber-kills-police-in.html", "2013-01-26", False,
     "KABUL, Afghanistan (AP) - At least 12 people were killed in bombings around Afghanistan on Saturday, including "
     "10 policemen who died when a suicide bomber on a motorcycle blew himself up in the northern province of Kunduz, "
     "officials said.\n\nEarlier on Saturday, a remote-controlled bomb planted on a bicycle exploded in the eastern "
     "city of Ghazni, killing a police officer and a civilian.\n\nOn Friday, a suicide car bomber killed five civilians "
     "and wounded 25 in a failed attempt to hit a convoy of NATO supply trucks. The attack took place in Tagab "
     "district of eastern Kapisa province.",
     [("ASSAULT", "blew", "2013-01-26", "AF", "Kunduz Province", ["Kunduz"]),
      ("ASSAULT", "exploded", "2013-01-26", "AF", "Ghazni", []),
      ("ASSAULT", "killed#2", "2013-01-25", "AF", "Kapisa", [])]),
    ("pak-sibi-2023-03-06", "https://news.az/news/suicide-bombing-kills-9-policemen-in-southwestern-pakistan", "2023-03-06", False,
     "A suicide bomber rammed a motorcycle into a police truck in southwestern Pakistan on Monday, killing nine "
     "policemen, a police spokesman said.\n\nThe attack took place in Sibi, a city some 160 km east of Quetta, the "
     "capital of Balochistan province.",
     [("ASSAULT", "rammed", "2023-03-06", "PK", "Balochistan", [])]),
    ("irq-baquba-2007-11-27", "https://eurasia.ro/2007/11/27/six-killed-in-attack-on-iraq-police-hq-police/", "2007-11-27", False,
     "Six people were killed when a suicide bomber attacked the provincial police headquarters in Baquba, north of "
     "Baghdad, on Tuesday, police said.\n\nThe bomber set off a suicide vest at the back gate of the Diyala provincial "
     "police headquarters in Baquba, 65 km north of Baghdad. Gunfire that erupted after the blast killed another three "
     "people.",
     [("ASSAULT", "attacked", "2007-11-27", "IQ", "Diyala Governorate", ["Diyala"])]),
    ("ukr-zaporizhzhia-2023-10-18", "https://www.cbc.ca/news/world/russia-attacks-ukraine-kharkiv-zaporizhzhia-obukhivka-1.7000250",
     "2023-10-18", False,
     "Russian attacks overnight and on Wednesday killed at least seven civilians in Ukraine and damaged the power grid "
     "in the northeastern city of Kharkiv, Ukrainian officials said.\n\nFour civilians were killed in a morning missile "
     "strike on a residential building in the southeastern city of Zaporizhzhia, and a 31-year-old woman was killed in "
     "an attack on the village of Obukhivka in the central region of Dnipropetrovsk, they said.",
     [("ASSAULT", "strike", "2023-10-18", "UA", "Zaporizhzhya Oblast", ["Zaporizhzhia Oblast", "Zaporizhzhia"]),
      ("ASSAULT", "attack", "2023-10-18", "UA", "Dnipropetrovsk Oblast", ["Dnipropetrovsk"])]),
    ("rus-ukr-2022-05-19", "https://www.paudal.com/2022/05/19/the-latest-russia-ukrainian-attack-kills-a-russian-civilian/",
     "2022-05-19", False,
     "MOSCOW — A Russian civilian has been killed in cross-border shelling from Ukraine, the governor of a region in "
     "western Russia said.\n\nKursk Governor Roman Starovoit said the attack, launched in the early hours of Thursday, "
     "hit a driver taking his truck to a distillery in the town of Tetkino.\n\nKYIV, Ukraine — A Ukrainian governor "
     "reported the deaths of four civilians in a Russian attack.\n\nSerhiy Haidai, governor of Luhansk, said Russian "
     "troops shelled the city of Sievierodonetsk on Wednesday, killing four people and wounding three.",
     [("ASSAULT", "attack#1", "2022-05-19", "RU", "Kursk Oblast", ["Kursk"]),
      ("ASSAULT", "shelled", "2022-05-18", "UA", "Luhansk Oblast", ["Luhansk"])]),
    ("som-sna-2019-09-30", "https://sonna.so/en/alshabaab-terrorists-have-conducted-a-failed-attack-against-sna-base-in-lower-shabelle/",
     None, True,
     "On 30 September 2019, al-Shabaab conducted a failed attack against a Somali National Army base in the Lower "
     "Shabelle region, 70 miles northwest of Mogadishu.\n\nThe SNA soldiers repelled the attack without injury, and "
     "several al-Shabaab fighters were killed in the exchange.",
     [("ASSAULT", "attack#1", "2019-09-30", "SO", "Lower Shebelle", ["Lower Shabelle", "Shabeellaha Hoose"])]),
    ("som-qoryooley-2019-09", "http://www.somaliweyn.org/2019/09/15/somali-military-kills-at-least-10-al-shabaab-militants/",
     "2019-09-15", False,
     "Somali forces killed at least 10 al-Shabaab militants in the Lower Shabelle region after the group attacked four "
     "districts there, local media said on Sunday.\n\nAli Waal, a senior police officer in Qoryooley, one of the "
     "districts attacked, said government forces killed the fighters after they attacked a military base in the town.",
     [("ASSAULT", "attacked#1", None, "SO", "Lower Shebelle", ["Lower Shabelle", "Shabeellaha Hoose"])]),
    ("som-awdhegle-2015", "https://www.somtribune.com/2015/05/15/somalias-al-shabaab-militants-capture-two-towns-in-south/",
     "2015-05-15", False,
     "Al-Shabaab fighters armed with machine guns and rocket-propelled grenades attacked two towns in Somalia's Lower "
     "Shabelle region and captured the neighbouring districts of Awdhegle and Mubarak, witnesses and combatants "
     "said.\n\nThe militants raided checkpoints manned by Somali forces shortly before dawn, a resident of Awdhegle "
     "said by phone.",
     [("ASSAULT", "attacked", None, "SO", "Lower Shebelle", ["Lower Shabelle", "Shabeellaha Hoose"])]),
    ("phl-negros-2024-01-17", "https://menafn.com/1107735061/Two-Suspected-Rebels-Killed-Two-Soldiers-Wounded-In-Philippine-Clashes",
     "2024-01-17", False,
     "MANILA, Jan 18 (NNN-PNA) – Philippine troops yesterday killed two suspected rebels in clashes in Negros "
     "Occidental province, in the central Philippines, a military report said.\n\nThe fighting between the troops and "
     "about five New People's Army (NPA) rebels took place in La Castellana town at around 6:45 a.m. local time.\n\n"
     "In a separate clash, two soldiers were wounded in fighting with NPA rebels in Iloilo province, also yesterday "
     "morning, the report said.",
     [("ASSAULT", "clashes", "2024-01-17", "PH", "Negros Occidental", []),
      ("ASSAULT", "clash", "2024-01-17", "PH", "Iloilo", [])]),
    ("phl-bohol-2024-02-23", "https://www.thehansindia.com/news/international/six-killed-in-millitary-npa-rebels-clash-in-philippines-860505",
     "2024-02-23", False,
     "Manila: Six people -- a police officer and five suspected NPA rebels -- were killed in a clash in Bohol province "
     "in the Philippines on Friday, the military said.\n\nThe fighting broke out between a combined force of soldiers "
     "and police and New People's Army rebels before 7 a.m. local time in a village in Bilar town.",
     [("ASSAULT", "clash", "2024-02-23", "PH", "Bohol", [])]),
    ("phl-negros-2021-11-03", "https://www.devdiscourse.com/article/international/1794748-2-soldiers-killed-4-others-wounded-in-clash-with-rebels-philippine-military",
     "2021-11-04", False,
     "Manila [Philippines], November 4 (ANI/Xinhua): Two soldiers were killed and four others wounded in a clash with "
     "New People's Army (NPA) rebels in the central Philippines, the military said on Thursday. The fighting broke out "
     "around 3:40 p.m. local time on Wednesday in a town in Negros Occidental province and lasted about one hour.\n\n"
     "Last weekend, the military confirmed that it had killed the NPA's high-ranking commander George Madlos during a "
     "clash in the southern province of Bukidnon.",
     [("ASSAULT", "clash#1", "2021-11-03", "PH", "Negros Occidental", []),
      ("ASSAULT", "killed#2", None, "PH", "Bukidnon", [])]),
    ("phl-quezon-2017-03-22", "http://www.topix.com/world/philippines/2017/03/clash-in-quezon-as-npa-leader-falls-in-ecija?fromrss=1",
     "2017-03-23", False,
     "A new encounter between soldiers and New People's Army rebels broke out in Quezon province the other day, even "
     "as military officials in Central Luzon reported a decline in the NPA's strength.\n\nThe Armed Forces of the "
     "Philippines said the gun battle started at 1:30 p.m. Wednesday when a patrol crossed paths with 15 guerrillas "
     "in Barangay San Diego Bukid, Gumaca, Quezon.",
     [("ASSAULT", "battle", "2017-03-22", "PH", "Quezon", [])]),
    ("col-cucuta-2025-12-07", "https://wtop.com/world/2025/12/police-say-2-officers-killed-in-northeast-colombia-in-explosion-blamed-on-guerrilla/",
     "2025-12-07", False,
     "BOGOTÁ, Colombia (AP) — Two police officers were killed Sunday in northeast Colombia in an attack that "
     "authorities blamed on the National Liberation Army, a Marxist guerrilla force.\n\nThe director of the National "
     "Police, Gen. William Ospina, said there were two attacks in the department of Norte de Santander. One killed the "
     "officers in Cúcuta, and in another neighborhood two soldiers were wounded, he said.",
     [("ASSAULT", "attack", "2025-12-07", "CO", "Norte de Santander Department", ["Norte de Santander"])]),
    ("nga-magumeri-2020-06-20", "https://www.blueprint.ng/boko-haram-kills-5-herders-rustles-480-cows-in-magumeri/",
     "2020-06-22", False,
     "No fewer than five villagers were killed on Saturday when Boko Haram fighters armed with AK-47 rifles invaded "
     "the communities of Moduri, Kelewa and Ngudori in Magumeri local government area of Borno State.\n\nThe secretary "
     "of Magumeri local government, Ali Kyari, told reporters in Maiduguri on Sunday that the insurgents first stormed "
     "Moduri at about 6:30 pm on Saturday, rustling 300 cattle and killing three people, before they invaded Kelewa.",
     [("ASSAULT", "invaded#1", "2020-06-20", "NG", "Borno State", ["Borno"]),
      ("ASSAULT", "stormed", "2020-06-20", "NG", "Borno State", ["Borno"])]),
    ("nga-damboa", "https://www.premiumtimesng.com/news/headlines/647519-boko-haram-kills-11-charcoal-dealers-in-borno.html",
     None, False,
     "Gunmen suspected to be Boko Haram members killed 11 people making charcoal in a bush in Bale, a village in Damboa "
     "Local Government Area of Borno State, on Monday.\n\nResidents told PREMIUM TIMES on Wednesday that the insurgents "
     "rode into the village on camels and slaughtered the charcoal gatherers.",
     [("ASSAULT", "killed", None, "NG", "Borno State", ["Borno"])]),
    ("ind-anantnag-2019-05-28", "https://www.hindustantimes.com/india-news/two-militants-killed-in-encounter-in-south-kashmir-s-anantnag/story-Zm0ZY0FqearOweQuF6MqcJ.html",
     "2019-05-28", False,
     "Two militants were killed in an encounter with security forces in south Kashmir's Anantnag district on Tuesday, "
     "the police said.\n\nThe shootout started after a joint party of the police, army and CRPF launched a search "
     "operation in the Kachwan forests of Kokernag.\n\nOn Wednesday, two Hizbul Mujahideen militants were killed in a "
     "gunfight with security forces in south Kashmir's Kulgam district. Four militants were killed on May 18 in two "
     "separate encounters in Pulwama and Baramulla districts.",
     [("ASSAULT", "encounter", "2019-05-28", "IN", "Jammu and Kashmir", []),
      ("ASSAULT", "gunfight", "2019-05-22", "IN", "Jammu and Kashmir", []),
      ("ASSAULT", "encounters", "2019-05-18", "IN", "Jammu and Kashmir", [])]),
    ("ind-kulgam-2020-04-27", "https://m-english.webdunia.com/article/national-news/three-militants-killed-in-encounter-with-security-forces-in-kulgam-120042700005_1.html",
     "2020-04-27", False,
     "Srinagar: Three militants were killed on Monday in an encounter with security forces in the south Kashmir "
     "district of Kulgam. This is the second encounter in less than 24 hours in Kulgam, where four militants were "
     "killed last night in a gunfight.\n\nOfficial sources said militants fired at a security forces patrol at Lower "
     "Munda in Qazigund on the Srinagar-Jammu national highway on Monday morning.",
     [("ASSAULT", "encounter#1", "2020-04-27", "IN", "Jammu and Kashmir", []),
      ("ASSAULT", "gunfight", "2020-04-26", "IN", "Jammu and Kashmir", [])]),
    ("ind-shopian-2020-10-20", "https://thekashmirimages.com/2020/10/21/4-militants-killed-in-separate-encounters-in-south-kashmir/",
     "2020-10-21", False,
     "Srinagar: Four militants were killed in two separate encounters with security forces in Shopian and Pulwama "
     "districts of south Kashmir on Tuesday, the Army said.\n\nSecurity forces launched a cordon and search operation "
     "at Melhura in the Zainapora area of Shopian on Monday evening. One militant was killed in the first exchange of "
     "fire last evening and another was shot dead on Tuesday morning, an Army official said.",
     [("ASSAULT", "encounters", "2020-10-20", "IN", "Jammu and Kashmir", [])]),
    ("yem-saada-2023-09-30", "https://menafn.com/1107174281/Houthi-drone-strike-in-Saada-murders-1-soldier-wounds-others",
     "2023-10-02", False,
     "In a Houthi drone attack on Saturday in the northern province of Saada, a Yemeni government soldier was killed and "
     "three others were wounded, the second such attack in a week.\n\nSaada's governor, Hadi Tarshan, said the Houthis "
     "attacked a military parade that government troops held in the Baqoum area to mark the anniversary of the Sept. "
     "26 Revolution with a barrage of explosive-laden drones.",
     [("ASSAULT", "attack#1", "2023-09-30", "YE", "Saada Governorate", ["Saada", "Sa'dah"]),
      ("ASSAULT", "attacked", "2023-09-30", "YE", "Saada Governorate", ["Saada", "Sa'dah"])]),
    ("yem-hajjah-2021-09-25", "https://easternherald.com/2021/09/27/officers-killed-houthi-shelling-in-yemen", "2021-09-27", False,
     "The Yemeni government announced that three officers were killed in a Houthi missile attack on Saturday that "
     "targeted a celebration in Hajjah Governorate, in the northwest of the country.\n\nOn Sunday evening, the Ministry "
     "of Interior mourned three of its officers killed by Houthi missile strikes on the city of Midi, which was "
     "celebrating the anniversary of the September 26 revolution. Earlier on Sunday, the local authority in Hajjah "
     "said the death toll had risen to 12 civilians.",
     [("ASSAULT", "attack", "2021-09-25", "YE", "Hajjah Governorate", ["Hajjah"]),
      ("ASSAULT", "strikes", "2021-09-25", "YE", "Hajjah Governorate", ["Hajjah"])]),
    ("yem-saada-2019-08-27", "http://eng.chinamil.com.cn/view/2019-08/28/content_9603391.htm", "2019-08-28", False,
     "ADEN, Yemen, Aug. 27 (Xinhua) -- Around 25 soldiers of the Saudi-backed Yemeni government forces were killed on "
     "Tuesday in a large-scale attack by Houthi rebels in the northern province of Saada, a military official said.\n\n"
     "\"The Houthi group set up an ambush for a number of advancing military units in Saada's eastern area of Kataf,\" "
     "the official said.",
     [("ASSAULT", "attack", "2019-08-27", "YE", "Saada Governorate", ["Saada", "Sa'dah"])]),
    ("yem-marib-2019-10-29", "http://en.sanjeevnitoday.com/world/two-soldiers-killed-in-houthi-missile-attack-in-northern-yemen-official/20191029/894",
     "2019-10-29", False,
     "Aden: Yemen's Houthi rebels fired a missile at pro-government forces in the northern province of Marib on "
     "Tuesday, killing two soldiers, a military official said.\n\nA government source in Marib said the missile "
     "targeted the temporary headquarters of the Defense Ministry, where the defense minister was meeting senior "
     "commanders. In September 2015, a Houthi missile attack on Marib killed 50 soldiers from the United Arab Emirates "
     "and Bahrain.",
     [("ASSAULT", "fired", "2019-10-29", "YE", "Ma'rib Governorate", ["Marib", "Ma'rib"])]),
    ("yem-marib-2019-11", "https://www.urdupoint.com/en/world/five-soldiers-killed-in-houthi-attack-on-yeme-761104.html",
     "2019-11-13", False,
     "CAIRO (Sputnik) - Five officers of Yemen's government forces were killed and eight injured after Houthi rebels "
     "targeted the interim headquarters of the Defense Ministry in the northeastern province of Marib with rockets, a "
     "Yemeni military source said.",
     [("ASSAULT", "targeted", None, "YE", "Ma'rib Governorate", ["Marib", "Ma'rib"])]),
    ("yem-marib-2024-01-14", "https://saudialyoom.com/en/amp/2024/01/15/houthi-drone-kills-2-yemeni-government-soldiers-in-marib",
     "2024-01-15", False,
     "Two Yemeni government soldiers, including an officer, were killed in a Houthi drone attack in Marib province on "
     "Sunday, the second deadly Houthi attack in less than a week.\n\nThe Shabwa Defense Forces said the Houthis shot "
     "an explosive-laden drone at a site held by its troops in Hareb district, south of Marib. The attack came days "
     "after the Houthis hit the Giants Brigades in the western province of Hodeidah, sparking clashes that left two "
     "government soldiers dead.",
     [("ASSAULT", "attack#1", "2024-01-14", "YE", "Ma'rib Governorate", ["Marib", "Ma'rib"]),
      ("ASSAULT", "hit", None, "YE", "Al Hudaydah Governorate", ["Hodeidah", "Al Hudaydah"])]),
    ("tur-hakkari-2016-06-10", "https://www.dailysabah.com/turkey/2016/06/10/two-soldiers-killed-in-pkk-attacks-in-turkeys-southeast/amp",
     "2016-06-10", False,
     "Two Turkish soldiers were killed in an attack by PKK militants in southeastern Turkey on Friday night, security "
     "sources said.\n\nFour soldiers were wounded in the attack on the Tekeli military base in the Semdinli district of "
     "Hakkari province, the sources told Anadolu Agency.",
     [("ASSAULT", "attack#1", "2016-06-10", "TR", "Hakkâri Province", ["Hakkari"])]),
    ("bfa-natiaboani-2022-03-20", "https://www.africanews-direct.bce.lu/2022/03/21/suspected-militants-kill-13-soldiers-in-eastern-burkina-faso/",
     "2022-03-21", False,
     "At least 13 soldiers were killed and eight wounded in an ambush by suspected Islamic extremists in Burkina Faso's "
     "eastern Gourma province, the army announced Monday.\n\n\"On Sunday, armed elements attacked a military unit "
     "around Natiaboani,\" a security source told AFP.\n\nAround 15 young people were kidnapped by armed men during an "
     "attack on Friday in nearby Nagre, according to the country's information agency.",
     [("ASSAULT", "ambush", "2022-03-20", "BF", "Est Region", ["Est", "East"]),
      ("ASSAULT", "attacked", "2022-03-20", "BF", "Est Region", ["Est", "East"]),
      ("ASSAULT", "kidnapped", "2022-03-18", "BF", "Est Region", ["Est", "East"])]),
    ("bfa-markoye-2022-01-11", "https://thedefensepost.com/2022/01/11/four-burkina-faso-soldiers-killed", "2022-01-11", False,
     "At least four soldiers were killed Tuesday in an attack blamed on jihadists in northern Burkina Faso, security "
     "sources said.\n\nThe militants targeted a military detachment between Markoye and Tokabangou, near the border with "
     "Niger. Markoye, in Oudalan province, lies in the tri-border area where the frontiers of Niger, Burkina Faso and "
     "Mali meet.\n\nLast week at least 13 civilians were killed in northern Burkina Faso.",
     [("ASSAULT", "attack", "2022-01-11", "BF", "Sahel Region", ["Sahel"]),
      ("ASSAULT", "targeted", "2022-01-11", "BF", "Sahel Region", ["Sahel"])]),
    ("mmr-khuafo-2023-03-30", "https://www.lapresse.it/news/2023/03/30/myanmar-resistance-says-military-bombing-kills-8-civilians/",
     "2023-03-30", False,
     "Air strikes by Myanmar's military on a village in the country's northwest on Thursday killed at least eight "
     "civilians, including two children, according to members of an ethnic rebel group and independent media.\n\nThe "
     "attack on Khuafo village, just north of Thantlang, a major town in Chin state near the Indian border, also "
     "wounded 20 people. It came three days after Senior Gen. Min Aung Hlaing said in a speech for Armed Forces Day "
     "that the military must act decisively against its opponents.",
     [("ASSAULT", "strikes", "2023-03-30", "MM", "Chin State", ["Chin"]),
      ("ASSAULT", "attack", "2023-03-30", "MM", "Chin State", ["Chin"])]),
    ("irq-anbar-2009-08-03", "https://en.trend.az/world/other/1516582.html", "2009-08-03", True,
     "3 August 2009\n\nA suicide car bomber struck a police checkpoint in a small town west of Baghdad on Monday, "
     "killing at least three people in the latest attack in Anbar province, Associated Press reported.\n\nMonday's "
     "bomber set off his explosives at a police checkpoint in Saqlawiyah, a highway town 75 kilometres west of "
     "Baghdad.\n\nThe attack came a day after a parked car bomb exploded in Haditha, farther west in Anbar province, "
     "killing five people and wounding more than 30. On July 21 a suicide car bomber wounded 20 people at a restaurant "
     "in the provincial capital, Ramadi, and on July 30 a suicide truck bomber killed five civilians in the border "
     "town of Qaim.",
     [("ASSAULT", "struck", "2009-08-03", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "exploded", "2009-08-02", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "wounded", "2009-07-21", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "killed", "2009-07-30", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"])]),
    ("irq-anbar-2008-01-20", "https://eurasia.ro/2008/01/21/suicide-bomber-kills-6-in-iraqs-anbar-province", "2008-01-21", False,
     "FALLUJA, Iraq – A suicide bomber killed six people in Iraq's Anbar province on Sunday, the second deadly bombing "
     "in as many days in the region.\n\nLocal officials said the bomber walked into a house in a town south of Falluja, "
     "where people were celebrating the release of a man from U.S. military custody, and blew himself up.\n\nOn "
     "Saturday, two suicide bombers killed six policemen and wounded 13 others outside a police station west of Ramadi "
     "in Anbar.",
     [("ASSAULT", "killed#1", "2008-01-20", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "blew", "2008-01-20", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "wounded", "2008-01-19", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"])]),
    ("irq-anbar-2011-08-25", "https://www.washingtonpost.com/world/middle-east/suicide-bomber-kills-7-policemen-in-iraqi-city/2011/08/25/gIQA3rz3cJ_story.html",
     "2011-08-25", False,
     "Fifteen people, most of them police officers, have been killed in a series of attacks over 24 hours in Iraq's "
     "Anbar Province, west of Baghdad, officials said Thursday.\n\nFour attacks struck in and around the town of "
     "Fallujah after sundown Thursday, killing six people. They came a day after seven policemen died when a suicide "
     "bomber blew up a minivan at a checkpoint near Ramadi.\n\nOn Thursday evening, a car bomb at the Karma district "
     "police station near Fallujah killed five police officers. Also Thursday night, a car bomb exploded in eastern "
     "Baghdad, killing a soldier and wounding 15 others.",
     [("ASSAULT", "struck", "2011-08-25", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "blew", "2011-08-24", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "killed#2", "2011-08-25", "IQ", "Al Anbar Governorate", ["Anbar", "Al Anbar"]),
      ("ASSAULT", "exploded", "2011-08-25", "IQ", "Baghdad Governorate", ["Baghdad"])]),
    ("cmr-matazem-2021-01-08", "https://newsghana.com.gh/attack-on-security-forces-in-cameroons-restive-anglophone-region-kills-six/",
     "2021-01-08", False,
     "At least four members of Cameroon's security forces and two civilians were killed on Friday morning in an attack "
     "in the country's troubled English-speaking Northwest region, security sources said.\n\nSuspected separatists "
     "attacked a checkpoint in Matazem, a gateway into the Northwest region from the French-speaking West region.\n\n"
     "The attack came two days after four members of the security forces and a civil servant were killed on Wednesday "
     "in the Northwest region when an improvised explosive device hit their vehicles.",
     [("ASSAULT", "attack#1", "2021-01-08", "CM", "Northwest", ["North-West", "West"]),
      ("ASSAULT", "attacked", "2021-01-08", "CM", "Northwest", ["North-West", "West"]),
      ("ASSAULT", "hit", "2021-01-06", "CM", "Northwest", ["North-West"])]),
    ("cmr-galim", "https://www.thehindu.com/news/international/anglophone-separatists-kill-five-soldiers-four-civilians-in-west-cameroon-officials/article31019452.ece",
     None, False,
     "Anglophone separatists killed five members of the security forces and four civilians at the weekend in attacks "
     "in western Cameroon, local authorities and state television said on Sunday.\n\nOn Saturday, around 20 gunmen "
     "attacked a gendarmerie and a police station in Galim, in a mainly French-speaking province, officials said. On "
     "Sunday, in the anglophone Northwest province, a homemade bomb injured at least seven people, including a soldier "
     "who later died.",
     [("ASSAULT", "attacked", None, "CM", "West", []),
      ("ASSAULT", "injured", None, "CM", "Northwest", ["North-West"])]),
    ("pse-jenin-2023-11-25", "https://www.ilna.ir/Section-world-8/1421854-two-palestinians-shot-dead-by-israeli-forces-in-jenin",
     "2023-11-26", False,
     "The Palestinian Health Ministry said two Palestinians were shot dead and five injured by Israeli forces who "
     "raided Jenin on Saturday night, according to the Al Mayadeen network.\n\nClashes broke out between soldiers and "
     "Palestinian fighters in Jenin, the focus of almost daily Israeli raids in recent months. The raids have "
     "intensified since October 7.",
     [("ASSAULT", "shot", "2023-11-25", "PS", None, [])]),
    ("pse-jenin-2022-10-14", "https://www.trtworld.com/article/12783538", "2022-10-14", False,
     "Two Palestinians have been shot dead by Israeli forces in a raid on the city of Jenin in the occupied West Bank, "
     "the Palestinian health ministry said on Friday.\n\nTwo Palestinian teenagers were shot dead on Saturday during a "
     "raid in Jenin. One Israeli soldier was killed on Tuesday near Nablus.",
     [("ASSAULT", "shot#1", "2022-10-14", "PS", None, []),
      ("ASSAULT", "shot#2", "2022-10-08", "PS", None, []),
      ("ASSAULT", "killed", "2022-10-11", "PS", None, [])]),
    ("pse-jenin-2023-09-19", "https://www.thenationalnews.com/mena/2023/09/19/israeli-raid-on-west-bank-camp-kills-two-palestinians/",
     "2023-09-19", False,
     "Israeli forces on Tuesday killed two Palestinians and wounded at least 12 others during a raid in the occupied "
     "West Bank, the Palestinian health ministry said.\n\nThe Israeli army confirmed that troops were operating in "
     "Jenin on Tuesday evening and said a drone struck the main refugee camp.",
     [("ASSAULT", "killed", "2023-09-19", "PS", None, []),
      ("ASSAULT", "struck", "2023-09-19", "PS", None, [])]),
    ("cod-beni-2021-10-10", "https://www.channelstv.com/2021/10/10/rebels-kill-eight-villagers-in-dr-congo/", "2021-10-10", False,
     "Rebels attacked villages around the northeastern DR Congo city of Beni at the weekend, killing at least eight "
     "people and abducting many more, local officials said.\n\nThe first attacks took place on Friday night in the "
     "villages of Mbingi and Mapasana, where four people were killed, said Kinos Katuo, the head of a civil society "
     "body.\n\nOn Sunday morning the Allied Democratic Forces (ADF) attacked the nearby village of Mangazi, he said.",
     [("ASSAULT", "attacks", "2021-10-08", "CD", "North Kivu", ["Nord-Kivu"]),
      ("ASSAULT", "attacked#2", "2021-10-10", "CD", "North Kivu", ["Nord-Kivu"])]),
    ("cod-beni-ituri-2022-07-12", "https://friedjam.co.za/2022/07/14/rebels-kill-nine-people-in-eastern-dr-congo/", "2022-07-14", False,
     "Suspected rebels killed at least nine people in twin attacks in eastern Democratic Republic of the Congo, "
     "officials said Wednesday.\n\nMilitants from the Allied Democratic Forces (ADF) killed six civilians in an attack "
     "on the town of Beni in North Kivu province on Tuesday evening, local civil society leader Pepin Paluku Kavota "
     "told reporters.\n\nThat same night, gunmen also killed at least three people in an attack on a village in "
     "neighbouring Ituri province.",
     [("ASSAULT", "attack#1", "2022-07-12", "CD", "North Kivu", ["Nord-Kivu"]),
      ("ASSAULT", "attack#2", "2022-07-12", "CD", "Ituri Interim Administration", ["Ituri"])]),
    ("cod-ruwenzori-2021-10", "https://worldbulletin.dunyabulteni.net/africa/rebels-kill-8-civilians-in-democratic-republic-of-congo-h210739.html",
     "2021-10-30", False,
     "At least eight civilians were killed in an overnight attack blamed on the Allied Democratic Forces (ADF) in the "
     "Democratic Republic of the Congo's northeastern Beni territory, a local official said Saturday.\n\nThe attackers "
     "struck several villages in the Ruwenzori sector, including Bulongo, Kazarahoyo and Kidungu, in North Kivu "
     "province.",
     [("ASSAULT", "attack", None, "CD", "North Kivu", ["Nord-Kivu"])]),
    ("sdn-gezira-2024-09-15", "https://www.eyeradio.org/40-killed-in-alleged-rsf-attack-in-sudans-gezira-state/", "2024-09-16", False,
     "At least 40 civilians were killed on Sunday in an attack blamed on the paramilitary Rapid Support Forces (RSF) in "
     "Sudan's Gezira State, a local group said.\n\n\"An RSF attack on Gouz Al-Naqa village of Abu Gouta area in Gezira "
     "State killed at least 40 civilians,\" the Abu Gouta Resistance Committee said. The RSF took control of Gezira "
     "after seizing its capital, Wad Madani, in December 2023.",
     [("ASSAULT", "attack#1", "2024-09-15", "SD", "Al Jazirah", ["Gezira", "Al Jazirah"])]),
    ("sdn-abushouk", "https://trt.global/afrika-english/article/c571d2b890ba", None, False,
     "Sudan's paramilitary Rapid Support Forces (RSF) attacked the Abu Shouk displacement camp in Darfur on Monday, "
     "killing at least 40 civilians, rescuers said.\n\nThe camp lies north of El-Fasher, the capital of North Darfur "
     "state and the last city in the Darfur region still held by the army.",
     [("ASSAULT", "attacked", None, "SD", "North Darfur", [])]),
]


def build() -> list[dict]:
    return build_rows(ITEMS)


if __name__ == "__main__":
    write_reports(build(), "reports_dev.jsonl")
