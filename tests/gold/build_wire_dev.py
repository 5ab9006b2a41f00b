"""Build tests/gold/wire_dev.jsonl: a DEVELOPMENT set of wire-style operational reports for event dates
and admin1 (issue 15). Tuning happens here and on dateplace_dev.jsonl, never on the frozen wire_dateplace set.

Each item is a short report written from one cited public release (ISAF Joint Command operational updates
as reposted on blogs and defence sites, ISAF/NATO and AFRICOM releases, CJTF-OIR strike summaries and UN
Secretary-General statements). The wording is ours, kept in the genre's form (datelines without a year,
"In X district, Y province, ...", "In other ... news", "yesterday", weekdays, follow-up sentences without a
place); the facts (what, where, when) are the cited release's. ``date`` on an item is the page's own date
where the page carries one; an item whose event year the text cannot give says ``year_in_text: false``.
An event without ``date`` is scored for admin1 only (the page gives no year). Relative days count back from
the release date ("Friday" in a Sunday release is two days earlier).

Run: python tests/gold/build_wire_dev.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("wire_dev.jsonl")

# (id, source URL, page date or None, year_in_text, text, [(type, trigger, date or None, ISO2, admin1, [alt])])
ITEMS = [
    ("isaf-2011-12-28", "http://sgt-jim.blogspot.com/2011_12_28_archive.html", "2011-12-28", False,
     "KABUL, Afghanistan (Dec. 28) — During a routine patrol in Spin Boldak district, Kandahar province, a combined "
     "Afghan and coalition security force found a drug cache today. The roughly 300 kilograms of opium were "
     "destroyed on site.\n\nIn other International Security Assistance Force news throughout Afghanistan:\n\n"
     "An Afghan-led, coalition-supported security force captured a Taliban leader during an operation in Nahr-e "
     "Saraj district, Helmand province, today. The leader carried out roadside bomb attacks in Helmand province. "
     "One more suspected insurgent was detained during the operation.\n\nA combined Afghan and coalition security "
     "force searched for a Taliban leader in Gardez district, Paktiya province, today. The leader coordinates "
     "attacks against Afghan forces in the district. Several suspected insurgents were detained.",
     [("COERCE", "captured", "2011-12-28", "AF", "Helmand", []),
      ("COERCE", "detained#1", "2011-12-28", "AF", "Helmand", []),
      ("COERCE", "detained#2", "2011-12-28", "AF", "Paktia", ["Paktiya"])]),
    ("isaf-2012-04-06", "http://sgt-jim.blogspot.com/2012/04/apr06-2012-isaf-joint-command-morning.html", "2012-04-06",
     False,
     "KABUL, Afghanistan – An Afghan and coalition security force captured an Islamic Movement of Uzbekistan "
     "facilitator during an operation in Kishim district, Badakhshan province, today.\n\nThe facilitator arranged "
     "the building of suicide vests and directed suicide attacks in Kunduz, Badakhshan and Takhar provinces.\n\n"
     "In other International Security Assistance Force news throughout Afghanistan:\n\nSouth\n\nAn Afghan and "
     "coalition security force went after a Taliban leader in Zharay district, Kandahar province, today. The force "
     "detained two suspected insurgents and destroyed several grenades.\n\nIn Washer district, Helmand province, an "
     "Afghan and coalition security force conducted an operation to capture a Taliban leader today. Two suspected "
     "insurgents were detained.\n\nAlso in Washer district, an Afghan security force backed by coalition forces "
     "carried out a drug interdiction operation Monday. The force found more than 500 kilograms of opium and "
     "detained one suspected insurgent.\n\nIn Maiwand district, Kandahar province, an Afghan security force "
     "supported by coalition forces seized illegal drugs during an operation Tuesday.",
     [("COERCE", "captured", "2012-04-06", "AF", "Badakhshan", []),
      ("COERCE", "detained#1", "2012-04-06", "AF", "Kandahar", []),
      ("COERCE", "detained#2", "2012-04-06", "AF", "Helmand", []),
      ("COERCE", "detained#3", "2012-04-02", "AF", "Helmand", [])]),
    ("isaf-2013-01-07", "https://sgt-jim.blogspot.com/2013/01/jan-07-2013-isaf-joint-command.html", "2013-01-07", False,
     "KABUL, Afghanistan – An Afghan and coalition security force arrested a Taliban leader and detained one "
     "suspected insurgent in Andar district, Ghazni province, today.\n\nThe leader commanded a group that attacked "
     "Afghan and coalition forces and placed improvised explosive devices.\n\nIn other International Security "
     "Assistance Force news throughout Afghanistan:\n\nSouth\n\nAn Afghan and coalition security force arrested a "
     "senior Taliban leader in Nahr-e Saraj district, Helmand province, today. He ran narcotics trafficking that "
     "funds Taliban operations in the district. The security force also detained one suspected insurgent.",
     [("COERCE", "arrested#1", "2013-01-07", "AF", "Ghazni", []),
      ("COERCE", "arrested#2", "2013-01-07", "AF", "Helmand", []),
      ("COERCE", "detained#2", "2013-01-07", "AF", "Helmand", [])]),
    ("isaf-2012-05-21", "http://sgt-jim.blogspot.com/2012/05/may-21-2012-isaf-joint-command-morning.html", "2012-05-21",
     False,
     "KABUL, Afghanistan - An Afghan and coalition security force detained a Taliban facilitator during an operation "
     "in Zharay district, Kandahar province, today.\n\nThe facilitator supplied insurgents in the district with "
     "weapons and equipment and coordinated suicide bombings throughout Zharay.\n\nThe security force also detained "
     "two other insurgents and found five kilograms of narcotics.\n\nIn other International Security Assistance "
     "Force news throughout Afghanistan:\n\nIn Baghlan-e Jadid district, Baghlan province, an Afghan and coalition "
     "security force searched for a suspected weapons store Friday. The forces detained several insurgents and "
     "seized explosives and weapons.\n\nIn Panjwa'i district, Kandahar province, an Afghan and coalition security "
     "force found 680 kilograms of hashish during a counter-narcotics operation yesterday.",
     [("COERCE", "detained#1", "2012-05-21", "AF", "Kandahar", []),
      ("COERCE", "detained#2", "2012-05-21", "AF", "Kandahar", []),
      ("COERCE", "detained#3", "2012-05-18", "AF", "Baghlan", [])]),
    ("isaf-2012-02-13", "http://sgt-jim.blogspot.com/2012_02_13_archive.html", None, True,
     "Feb. 13, 2012 - ISAF Joint Command Morning Operational Update\n\nKABUL, Afghanistan (Feb. 13) — In Kabul "
     "district, Kabul province, an Afghan Crisis Response Unit arrested a key person of interest during an operation "
     "yesterday.\n\nThe man is suspected of stealing coalition equipment and weapons and selling them to insurgents "
     "and criminal gangs in the Kabul area.\n\nIn other International Security Assistance Force news throughout "
     "Afghanistan:\n\nAn Afghan and coalition security force captured a Taliban facilitator during an operation in "
     "Marjeh district, Helmand province, yesterday. The facilitator handed out weapons and ammunition to insurgent "
     "fighters. The force detained one more suspected insurgent during the operation.\n\nIn Maiwand district, "
     "Kandahar province, an Afghan and coalition security force captured a Taliban leader during an operation today. "
     "The leader ran attacks against coalition forces throughout Nahr-e Saraj district. Several more suspected "
     "insurgents were detained.",
     [("COERCE", "arrested", "2012-02-12", "AF", "Kabul", []),
      ("COERCE", "captured#1", "2012-02-12", "AF", "Helmand", []),
      ("COERCE", "detained#1", "2012-02-12", "AF", "Helmand", []),
      ("COERCE", "captured#2", "2012-02-13", "AF", "Kandahar", []),
      ("COERCE", "detained#2", "2012-02-13", "AF", "Kandahar", [])]),
    ("isaf-2012-07-08", "http://www.isaf.nato.int/article/isaf-releases/isaf-joint-command-morning-operational-update-july-8.html",
     None, True,
     "For Immediate Release\nKABUL, Afghanistan (July 8, 2012) — An Afghan and coalition security force detained a "
     "Taliban leader in Zharay district, Kandahar province, Friday.\nThe leader is an explosives expert who directed "
     "several bomb attacks against Afghan and coalition forces in the province.\nThe force also detained several "
     "suspected insurgents during the operation.\nIn other International Security Assistance Force news throughout "
     "Afghanistan:\nAfghan and coalition forces confirmed today that an insurgent detained during a June 28 "
     "operation in Kandahar district, Kandahar province, was a Taliban leader.\nAn Afghan and coalition security "
     "force went after a senior Taliban recruiter in Now Zad district, Helmand province, today. Several suspected "
     "insurgents were detained during the operation.\nAn Afghan and coalition security force detained one suspected "
     "insurgent during an operation to arrest a Taliban leader in Rashidan district, Ghazni province, today.",
     [("COERCE", "detained#1", "2012-07-06", "AF", "Kandahar", []),
      ("COERCE", "detained#2", "2012-07-06", "AF", "Kandahar", []),
      ("COERCE", "detained#4", "2012-07-08", "AF", "Helmand", []),
      ("COERCE", "detained#5", "2012-07-08", "AF", "Ghazni", [])]),
    ("isaf-2012-09-07", "http://terrorism-online.blogspot.com/2012/09/airstrike-in-helmand-kills-taliban.html",
     "2012-09-07", True,
     "KABUL, Afghanistan, Sept. 7, 2012 – A precision airstrike killed a Taliban cell leader yesterday during a "
     "security operation in the Nad-e Ali district of Afghanistan's Helmand province, military officials said.\n\n"
     "The leader is believed to have directed insurgent activity throughout western Helmand.\n\nAlso in Helmand, an "
     "Afghan and coalition security force in the Now Zad district detained several suspected insurgents today "
     "during an operation to arrest a Taliban leader.\n\nIn other news, Afghan commandos and coalition forces found "
     "a large cache of weapons and drugs yesterday during a vehicle interdiction in Helmand's Reg-e Khanashin "
     "district. The force also detained three insurgents suspected of enabling attacks.",
     [("ASSAULT", "killed", "2012-09-06", "AF", "Helmand", []),
      ("COERCE", "detained#1", "2012-09-07", "AF", "Helmand", []),
      ("COERCE", "detained#2", "2012-09-06", "AF", "Helmand", [])]),
    ("afps-2010-09-21", "https://www.globaldefence.net/archiv/defence-news/helicopter-crash-in-afghanistan-kills-9",
     None, True,
     "WASHINGTON, Sept. 21, 2010 — Nine ISAF service members died when a helicopter crashed in southern Afghanistan "
     "today, military officials reported.\n\nIn other news from Afghanistan:\n\n— An Afghan and coalition security "
     "force detained several suspected insurgents in Helmand province's Lashkar Gah district yesterday while "
     "pursuing a Taliban bombing cell leader.\n\n— ISAF officials confirmed that an Afghan and coalition security "
     "force killed Nasruddin, a Taliban subcommander in Kunduz province's Aliabad district, in a Sept. 19 "
     "operation. Five insurgents, including Nasruddin, were killed in the engagement. After questioning residents, "
     "the security force detained two insurgents.",
     [("COERCE", "detained#1", "2010-09-20", "AF", "Helmand", []),
      ("ASSAULT", "killed#1", "2010-09-19", "AF", "Kunduz Province", ["Kunduz"]),
      ("COERCE", "detained#2", "2010-09-19", "AF", "Kunduz Province", ["Kunduz"])]),
    ("afps-2011-08-31", "https://www.globaldefence.net/archiv/defence-news/combined-force-detains-haqqani-leader-110901",
     None, True,
     "WASHINGTON, Aug. 31, 2011 — A combined Afghan and coalition security force yesterday detained a Haqqani "
     "network leader and two of his associates during an operation in the Musa Khel district of Afghanistan's Khost "
     "province, military officials reported.\n\nIn other Afghanistan news yesterday:\n\n— In the Qalat district of "
     "Zabul province, a combined force detained numerous suspects while targeting a Taliban facilitator.\n\n— A "
     "combined force detained several suspects during an operation against a Taliban leader in the Sangin district "
     "of Helmand province.\n\n— A combined force detained several Haqqani members in the Sayyidabad district of "
     "Wardak province.",
     [("COERCE", "detained#1", "2011-08-30", "AF", "Khost", []),
      ("COERCE", "detained#2", "2011-08-30", "AF", "Zabul", []),
      ("COERCE", "detained#3", "2011-08-30", "AF", "Helmand", []),
      ("COERCE", "detained#4", "2011-08-30", "AF", "Wardak", ["Maidan Wardak"])]),
    ("isaf-2010-08-31", "http://mypetjawa.mu.nu/archives/203763.php", "2010-08-31", False,
     "KABUL, Afghanistan (Aug. 31) - The International Security Assistance Force confirmed the capture of a Haqqani "
     "Network facilitator who moves fighters through Khost, Paktiya and Paktika provinces. He was captured during an "
     "Afghan-led operation in Khost province Sunday.\n\nAfghan and coalition forces searched a remote group of "
     "compounds north of Ziarat-e Bad in Khost district Sunday. After questioning the residents, the security force "
     "detained the facilitator and four of his associates.",
     [("COERCE", "captured", "2010-08-29", "AF", "Khost", []),
      ("COERCE", "detained", "2010-08-29", "AF", "Khost", [])]),
    ("isaf-2012-11-09", "https://www.eurasiareview.com/09112012-isaf-forces-arrest-haqqani-facilitator-and-capture-another-haqqani-leader/",
     "2012-11-09", False,
     "An Afghan and coalition security force arrested a Haqqani facilitator in Khost province Friday, ISAF officials "
     "said. Another senior Haqqani leader was arrested in Logar province today. The leader is believed to have "
     "planned attacks in southern Logar province.\n\nISAF officials said Afghan Special Police of the Provincial "
     "Response Company Uruzgan, enabled by coalition forces, killed a number of insurgents and seized anti-tank "
     "weapons during an operation in central Uruzgan province yesterday.\n\nAlso, an Afghan and coalition security "
     "force arrested a Taliban leader in Helmand province today. The security force also detained two suspected "
     "insurgents.",
     [("COERCE", "arrested#1", "2012-11-09", "AF", "Khost", []),
      ("COERCE", "arrested#2", "2012-11-09", "AF", "Logar", []),
      ("ASSAULT", "killed", "2012-11-08", "AF", "Urozgan", ["Uruzgan", "Oruzgan"]),
      ("COERCE", "arrested#3", "2012-11-09", "AF", "Helmand", []),
      ("COERCE", "detained", "2012-11-09", "AF", "Helmand", [])]),
    ("mw-4963", "https://www.military-world.net/Afghanistan/4963.html", None, False,
     "Afghan and coalition forces went after a Haqqani Network facilitator who operates in Khost district, Khost "
     "province, detaining several suspected insurgents during an operation in the province yesterday.\n\nThe "
     "facilitator moves weapons for attacks in Kabul City and in Khost province.\n\nSecurity forces followed leads "
     "to a target in Nadir Shah Kot district, where Afghan forces called everyone out of the buildings before a "
     "search. Several suspected insurgents were detained after initial questioning at the scene.",
     [("COERCE", "detaining", None, "AF", "Khost", []),
      ("COERCE", "detained", None, "AF", "Khost", [])]),
    ("sof-69", "http://www.sofmag.com/isaf-joint-command-morning-operational-update-69", None, False,
     "ISAF Joint Command morning operational update\n\nA combined Afghan and coalition security force captured a "
     "Taliban leader during an overnight operation in Nahr-e Saraj District, Helmand province, yesterday.\n\nThe "
     "leader directed a cell of fighters who plant roadside bombs.\n\nIn other International Security Assistance "
     "Force news throughout Afghanistan:\n\nA combined Afghan and coalition security force detained several "
     "suspected insurgents while searching for a Taliban facilitator in Imam Sahib District, Kunduz province, "
     "yesterday. The facilitator works for the Kunduz attack network.\n\nThe Afghan-led force searched a compound "
     "on tips from citizens. After questioning, several men were detained.",
     [("COERCE", "captured", None, "AF", "Helmand", []),
      ("COERCE", "detained#1", None, "AF", "Kunduz Province", ["Kunduz"]),
      ("COERCE", "detained#2", None, "AF", "Kunduz Province", ["Kunduz"])]),
    ("sof-43", "http://www.sofmag.com/isaf-joint-command-morning-operational-update-43", None, False,
     "An Afghan and International Security Assistance Force detained more than 10 suspected Haqqani Network "
     "insurgents during an operation against senior Haqqani leaders in Khost province yesterday.\n\nThe Haqqani "
     "Network operates mainly in the Paktika, Paktiya and Khost provinces, and has carried out attacks in Kabul and "
     "Jalalabad.\n\nIn other ISAF news throughout Afghanistan:\n\nA combined Afghan and coalition security force "
     "detained one suspected insurgent while searching for a Taliban leader in Qalat District, Zabul province "
     "yesterday.\n\nAfter reports of insurgent activity, the force searched a compound in the district and "
     "interviewed residents. Based on what they said, the force detained one suspected insurgent.",
     [("COERCE", "detained#1", None, "AF", "Khost", []),
      ("COERCE", "detained#2", None, "AF", "Zabul", []),
      ("COERCE", "detained#3", None, "AF", "Zabul", [])]),
    ("sof-186", "http://www.sofmag.com/isaf-joint-command-morning-operational-update-186", None, False,
     "A combined Afghan and coalition security force freed a kidnapped Afghan citizen during an operation in "
     "Khoghyani district, Ghazni province, Wednesday.\n\nThe force rescued one hostage and detained several "
     "insurgents linked to the kidnapping.\n\nIn other International Security Assistance Force news throughout "
     "Afghanistan:\n\nAn Afghan and coalition security force captured a Taliban leader during an operation in "
     "Nahr-e Saraj district, Helmand province, today. The leader was the Taliban's deputy military chief in Badghis "
     "province and coordinated insurgent activity in Badghis and Faryab provinces. One more suspected insurgent was "
     "detained during the operation.",
     [("COERCE", "detained#1", None, "AF", "Ghazni", []),
      ("COERCE", "captured", None, "AF", "Helmand", []),
      ("COERCE", "detained#2", None, "AF", "Helmand", [])]),
    ("sof-21", "http://www.sofmag.com/isaf-joint-command-morning-operational-update-21", None, False,
     "A combined Afghan and coalition force captured a Taliban facilitator during an operation in Zharay district, "
     "Kandahar province, yesterday.\n\nThe facilitator funded operations and bought weapons for attacks against "
     "coalition forces.\n\nIn other International Security Assistance Force news throughout Afghanistan:\n\nAn "
     "Afghan and coalition force detained one suspected insurgent while searching for a Taliban facilitator in "
     "Baghlan-e Jadid district, Baghlan province, yesterday. The facilitator built suicide vests for the Baghlan "
     "suicide attack network.\n\nThe force called the residents out of the compound and questioned them. One "
     "suspected Taliban insurgent was detained.",
     [("COERCE", "captured", None, "AF", "Kandahar", []),
      ("COERCE", "detained#1", None, "AF", "Baghlan", []),
      ("COERCE", "detained#2", None, "AF", "Baghlan", [])]),
    ("sof-189", "http://www.sofmag.com/isaf-joint-command-morning-operational-update-189", None, False,
     "In Panjwa'i district, Kandahar province, a combined Afghan and coalition security force found a drug cache "
     "during an operation yesterday.\n\nIn other International Security Assistance Force news throughout "
     "Afghanistan:\n\nAn Afghan and coalition security force captured a Taliban facilitator during an operation in "
     "Nawa district, Helmand province, today. He supplied weapons for attacks in Washer and Nahr-e Saraj districts. "
     "One more suspected insurgent was detained.\n\nIn Shinwar district, Nangarhar province, an Afghan and coalition "
     "security force captured a Taliban leader during an operation today. Several suspected insurgents were also "
     "detained.",
     [("COERCE", "captured#1", None, "AF", "Helmand", []),
      ("COERCE", "detained#1", None, "AF", "Helmand", []),
      ("COERCE", "captured#2", None, "AF", "Nangarhar", []),
      ("COERCE", "detained#2", None, "AF", "Nangarhar", [])]),
    ("isaf-2012-01-01", "https://sgt-jim.blogspot.com/2012/01/jan-01-2012-isaf-joint-command-morning.html", "2012-01-01",
     False,
     "KABUL, Afghanistan (Jan. 01) — An Afghan and coalition security force captured a Haqqani facilitator during "
     "an operation in Bermal district, Paktika province, today.\nThe facilitator organized insurgent operations and "
     "guided insurgents crossing from Pakistan. Several suspected insurgents were detained during the operation.\n"
     "In other International Security Assistance Force news throughout Afghanistan:\nSouth\nAn Afghan and "
     "coalition security force captured a Taliban weapons facilitator during an operation in Nahr-e Saraj district, "
     "Helmand province, today. The facilitator, who worked in both Musa Qal'ah and Kajaki districts, planned attacks "
     "against coalition forces. One more suspected insurgent was detained.",
     [("COERCE", "captured#1", "2012-01-01", "AF", "Paktika", []),
      ("COERCE", "detained#1", "2012-01-01", "AF", "Paktika", []),
      ("COERCE", "captured#2", "2012-01-01", "AF", "Helmand", []),
      ("COERCE", "detained#2", "2012-01-01", "AF", "Helmand", [])]),
    ("isaf-2009-563", "https://www.nato.int/isaf/docu/pressreleases/2009/08/pr090805-563.html", None, True,
     "5 Aug 2009\nPR# 2009-563\n\nISAF forces engage insurgents in southern Afghanistan\n\nKABUL, Afghanistan - "
     "At 1:30 a.m. on 5 August, ISAF forces spotted four armed insurgents in the Arghandab District in Kandahar "
     "Province, in open ground away from homes, apparently laying improvised explosive devices.\n\nISAF engaged "
     "the insurgents with rockets and small arms fire from a helicopter, killing them.",
     [("ASSAULT", "killing", "2009-08-05", "AF", "Kandahar", [])]),
    ("sada-helmand", "http://www.sada-e-azadi.net/index.php/en/afghanistan/39-south/12921-23-militants-killed-including-two-local-commanders-in-helmand-province",
     None, False,
     "Early this morning, Afghan National Police attacked an insurgent hideout in Nowzad district of southern "
     "Helmand province, killing 21 armed insurgents.\n\nIn a separate report, coalition forces launched an air "
     "strike in the Qasim Bazar area of Marjah district, southern Helmand province. Two local insurgent commanders "
     "were killed.",
     [("ASSAULT", "attacked", None, "AF", "Helmand", []),
      ("ASSAULT", "strike", None, "AF", "Helmand", [])]),
    ("khyber-gereshk", "http://khybernews.tv/afghan-airstrike-kills-10-security-forces-helmand/", None, False,
     "KANDAHAR, Afghanistan: An Afghan airstrike killed 10 members of the security forces in Helmand province on "
     "Sunday, an official said.\nAt least nine Afghan police were wounded in the mistaken airstrike in Gereshk "
     "district, Helmand governor Hayatullah Hayat said.",
     [("ASSAULT", "killed", None, "AF", "Helmand", []),
      ("ASSAULT", "wounded", None, "AF", "Helmand", [])]),
    ("africom-2020-03-27", "https://www.hstoday.us/subject-matter-areas/counterterrorism/federal-government-of-somalia-africom-target-al-shabaab/",
     "2020-03-30", False,
     "In coordination with the Federal Government of Somalia, U.S. Africa Command carried out an airstrike against "
     "al-Shabaab terrorists in the vicinity of Buulo Fuulay, Somalia, Mar. 27.\n\nThe command's first assessment "
     "is that the airstrike killed two terrorists. No civilians are believed to have been hurt.",
     [("ASSAULT", "airstrike#1", "2020-03-27", "SO", "Bay", []),
      ("ASSAULT", "killed", "2020-03-27", "SO", "Bay", [])]),
    ("un-2018-04-05", "https://www.un.org/press/en/2018/sgsm18976.doc.htm", "2018-04-05", False,
     "Statement attributable to the Spokesman for the Secretary-General on the attack against the MINUSMA camp in "
     "Aguelhok, Kidal region, Mali:\n\nThe Secretary-General condemns the mortar attack against the MINUSMA camp "
     "that killed two Chadian peacekeepers and injured at least ten others tonight in Aguelhok, Kidal region.\n\n"
     "He conveys his condolences to the Government of Chad and to the families of the victims.",
     [("ASSAULT", "attack#2", "2018-04-05", "ML", "Kidal Region", ["Kidal"]),
      ("ASSAULT", "killed", "2018-04-05", "ML", "Kidal Region", ["Kidal"])]),
    ("un-mali-timbuktu", "https://reliefweb.int/report/mali/secretary-general-strongly-condemns-attack-mali-killed-3-united-nations-peacekeepers-c",
     None, False,
     "SG/SM/20533\n\nThe following statement was issued today by the Spokesman for UN Secretary-General António "
     "Guterres:\n\nThe Secretary-General strongly condemns today's attack by unidentified armed men against a convoy "
     "of the United Nations mission in Mali (MINUSMA) in Timbuktu region, which killed three Ivorian peacekeepers.",
     [("ASSAULT", "attack", None, "ML", "Tombouctou Region", ["Timbuktu", "Tombouctou"]),
      ("ASSAULT", "killed", None, "ML", "Tombouctou Region", ["Timbuktu", "Tombouctou"])]),
    ("un-mali-douentza", "https://www.un.org/press/en/2022/sgsm21308.doc.htm", None, False,
     "The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n\nThe "
     "Secretary-General strongly condemns today's mine attack against a MINUSMA convoy about 46 kilometres north of "
     "Douentza, central Mali. Two peacekeepers from Egypt were killed and another was injured.",
     [("ASSAULT", "attack", None, "ML", "Mopti Region", ["Mopti"]),
      ("ASSAULT", "killed", None, "ML", "Mopti Region", ["Mopti"])]),
    ("un-drc-2016-12-20", "http://allafrica.com/stories/201612200556.html", "2016-12-20", False,
     "Secretary-General Ban Ki-moon has condemned the killing of a South African peacekeeper serving with the "
     "United Nations mission in the Democratic Republic of the Congo (MONUSCO) in North Kivu earlier today.\n\nThe "
     "peacekeeper was killed in Butembo during an exchange of fire with suspected Mayi Mayi fighters. Two other "
     "South African peacekeepers were injured, the statement added.",
     [("ASSAULT", "killing", "2016-12-20", "CD", "North Kivu", ["Nord-Kivu"]),
      ("ASSAULT", "killed", "2016-12-20", "CD", "North Kivu", ["Nord-Kivu"])]),
    ("cjtf-2017-10-02", "https://www.thedefensepost.com/2017/10/03/coalition-strikes-destroy-isis-positions-near-raqqa-kirkuk/",
     "2017-10-03", False,
     "U.S.-led Coalition strikes destroyed Islamic State fighting positions near Raqqa in Syria and the Iraqi city "
     "of Kirkuk on Monday, Operation Inherent Resolve said in a press release.\n\nNear Raqqah, six strikes engaged "
     "three ISIS tactical units and destroyed three fighting positions, the release said on Tuesday.\n\nIn Iraq, "
     "near Al Qaim, two strikes destroyed an ISIS headquarters and a weapons cache. Near Bayji, one strike destroyed "
     "an ISIS tunnel and a vehicle.",
     [("ASSAULT", "engaged", "2017-10-02", "SY", "Al-Raqqah Governorate", ["Ar Raqqah", "Raqqa"]),
      ("ASSAULT", "destroyed#3", "2017-10-02", "IQ", "Al Anbar Governorate", ["Anbar"]),
      ("ASSAULT", "destroyed#4", "2017-10-02", "IQ", "Saladin Governorate", ["Salah ad Din", "Salahuddin"])]),
    ("cjtf-2017-03-02", "https://sputniknews.com/middleeast/201703031051243429-us-coalition-syria-daesh/", "2017-03-03",
     False,
     "WASHINGTON (Sputnik) — The US-led coalition against the Islamic State carried out 16 airstrikes in Syria and "
     "Iraq on Thursday, including 10 strikes near the Iraqi city of Rawah, the US Central Command said in a press "
     "release.\n\n\"Near Rawah, 10 strikes engaged an ISIS staging area and destroyed nine ISIS-held buildings,\" "
     "the release said.\n\nTwo more strikes in Iraq near Mosul destroyed six ISIS fighting positions, according to "
     "Central Command.",
     [("ASSAULT", "airstrikes", "2017-03-02", "IQ", "Al Anbar Governorate", ["Anbar"]),
      ("ASSAULT", "destroyed#2", "2017-03-02", "IQ", "Nineveh Governorate", ["Ninawa", "Nineveh"])]),
    ("un-nigeria-2018-06-16", "https://reliefweb.int/report/nigeria/statement-attributable-spokesman-secretary-general-nigeria-3",
     "2018-06-17", True,
     "Statement attributable to the Spokesman for the Secretary-General on Nigeria\n\nThe Secretary-General "
     "condemns the killing in the Damboa Local Government Area of Borno State, northeastern Nigeria, on 16 June by "
     "suspected Boko Haram insurgents who targeted Eid al-Fitr celebrations.",
     [("ASSAULT", "killing", "2018-06-16", "NG", "Borno State", ["Borno"])]),
    ("un-nigeria-2020-06-13", "https://www.un.org/press/en/2020/sgsm20128.doc.htm", "2020-06-15", False,
     "The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n\nThe "
     "Secretary-General strongly condemns the terrorist attacks in the Monguno and Nganzai local government areas "
     "of Borno State, which took place on 13 June and killed dozens of civilians.",
     [("ASSAULT", "attacks", "2020-06-13", "NG", "Borno State", ["Borno"]),
      ("ASSAULT", "killed", "2020-06-13", "NG", "Borno State", ["Borno"])]),
    ("nation-damboa", "https://thenationonlineng.net/un-chief-condoles-with-nigeria-over-borno-attacks/", None, False,
     "UN Secretary-General António Guterres has condemned the Saturday night attacks in Damboa, Borno, by suspected "
     "Boko Haram insurgents.\n\nAt least 32 people were killed and 84 injured when six suicide bombers detonated "
     "explosives in the Damboa local government area in northeastern Nigeria.",
     [("ASSAULT", "attacks", None, "NG", "Borno State", ["Borno"]),
      ("ASSAULT", "killed", None, "NG", "Borno State", ["Borno"])]),
]


def trigger(text: str, word: str):
    """The gold trigger: "word", or "word#N" for its N-th occurrence (a whole word, same case). A word met once,
    or its occurrence named, becomes a span {"text", "start", "end"}, so that the scorer pairs the gold event
    with the prediction of its own sentence; a word met several times and not numbered stays a bare word."""
    word, _, nth = word.partition("#")
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    if not hits or (nth and int(nth) > len(hits)):
        raise ValueError(f"trigger {word!r}#{nth or 1} not in the text: {text[:60]!r}")
    if len(hits) > 1 and not nth:
        return word
    start = hits[int(nth) - 1 if nth else 0]
    return {"text": word, "start": start, "end": start + len(word)}


def to_items(rows: list[tuple], note: str) -> list[dict]:
    """Gold items from (id, url, page date, year_in_text, text, events) rows; shared with build_news_dev.py."""
    out = []
    for iid, url, page_date, year_in_text, text, events in rows:
        evs = []
        for etype, trig, day, cc, a1, alt in events:
            ev = {"event_type": etype, "trigger": trigger(text, trig), "location": {"country": cc}}
            if day:
                ev["date"] = day
            if a1:
                ev["location"].update({"admin1": a1, "admin1_alt": alt})
            evs.append(ev)
        item = {"id": iid, "source": f"{url} ({note})", "text": text, "events": evs, "year_in_text": year_in_text}
        if page_date:
            item["date"] = page_date
        out.append(item)
    return out


def build() -> list[dict]:
    return to_items(ITEMS, "reworded from the cited release")


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for item in build():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
