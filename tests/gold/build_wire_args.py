"""Source of tests/gold/wire_args.jsonl: the frozen, held-out argument test set (issue 14).

Wire-style stories (3-8 sentences, each with its dateline) written from real public reports and
cited per item; the wording is paraphrased where the original is copyrighted. The events below are
annotated by hand from the text and the PLOVER definitions (docs/annotation-guidelines.md,
"Arguments"), never from flashpoint's output. Run this file to regenerate the JSONL; it refuses to
write a set whose role texts are not found verbatim in their story. The JSONL is frozen: its sha256
is checked by tests/test_gold_frozen.py, so do not edit either file to follow the coder.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODES = {  # PLOVER manual mode tables
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"}, "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
SECTORS = {None, "GOV", "LEG", "JUD", "MIL", "COP", "SPY", "POL", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "REF",
           "REL", "EDU", "UAF", "CRM"}
MODALITIES = {"asserted", "requested", "negated", "hypothetical", "reported"}


def a(text, country, sector=None):
    """An actor: ``text`` as written in the story (None where the sentence has no mention of it)."""
    return {"text": text, "country": country, "sector": sector}


def ev(t, src=None, tgt=None, mode=None, modality="asserted", date=None, instrument=None, obj=None, claimant=None):
    e = {"event_type": t, "mode": mode, "source": src, "target": tgt, "modality": modality}
    if date:
        e["date"] = date
    if instrument:
        e["instrument"] = {"text": instrument}
    if obj:
        e["object"] = {"text": obj}
    if claimant:
        e["claimant"] = claimant
    return e


def story(sid, dateline, place, country, day, text, events, source):
    return {"id": sid, "source": source, "date": day,
            "dateline": {"text": dateline, "place": place, "country": country},
            "text": f"{dateline} - {text}", "events": events}


# --- shared actors --------------------------------------------------------------------------------
RSF = ("SDN", "REB")
SAF = ("SDN", "MIL")


def A(text, code):
    return a(text, *code)


ITEMS = [
    # ---------------- Sudan ----------------
    story("wa01", "KHARTOUM, Sept 2", "Khartoum", "SDN", "2025-09-02",
          "Rapid Support Forces fighters shelled residential neighbourhoods of El Fasher on Monday evening, "
          "killing at least 18 people and wounding more than 100, local medics said on Tuesday. The Sudan Doctors "
          "Network accused the RSF of deliberately targeting civilians in the besieged capital of North Darfur. "
          "The group said the paramilitary force had committed war crimes and blamed the United Nations and the "
          "African Union for failing to protect more than half a million civilians trapped in the city. There was no "
          "immediate comment from the RSF.",
          [ev("ASSAULT", A("Rapid Support Forces fighters", RSF), a("18 people", "SDN", "CVL"), "heavy-weapons",
              "reported", "2025-09-01", obj="residential neighbourhoods", claimant={"text": "local medics"}),
           ev("ACCUSE", a("The Sudan Doctors Network", "SDN"), A("RSF", RSF), "allege", date="2025-09-02"),
           ev("ACCUSE", a("The group", "SDN"), A("the paramilitary force", RSF), "allege", date="2025-09-02"),
           ev("ACCUSE", a("The group", "SDN"), a("United Nations", "IGO"), "disapprove", date="2025-09-02"),
           ev("ACCUSE", a("The group", "SDN"), a("African Union", "IGO"), "disapprove", date="2025-09-02")],
          "https://www.anews.com.tr/africa/2025/09/02/rsf-shelling-kills-18-injures-over-100-in-sudans-el-fasher "
          "(Anadolu, 2 Sep 2025)"),
    story("wa02", "PORT SUDAN, Oct 29", "Port Sudan", "SDN", "2024-10-29",
          "Twelve civilians were killed on Sunday when El Fasher was shelled by Rapid Support Forces fighters, a "
          "resident told Radio Dabanga. An RSF drone also targeted the headquarters of the army's Sixth Infantry "
          "Division in the city but caused no casualties, a military source said. The Sudanese air force bombed "
          "RSF positions in the east of El Fasher on Monday, according to the same source.",
          [ev("ASSAULT", A("Rapid Support Forces fighters", RSF), a("Twelve civilians", "SDN", "CVL"),
              "heavy-weapons", "reported", "2024-10-27", claimant={"text": "a resident"}),
           ev("ASSAULT", A("RSF", RSF), a("army's Sixth Infantry Division", "SDN", "MIL"), "drone", "reported",
              instrument="drone", obj="headquarters", claimant={"text": "a military source"}),
           ev("ASSAULT", A("The Sudanese air force", SAF), A("RSF", RSF), "aerial", "reported", "2024-10-28",
              obj="positions", claimant={"text": "the same source"})],
          "https://newsafrican.com/2024/10/30/sudan-north-darfur-12-killed-by-el-fasher-rsf-shelling "
          "(after Radio Dabanga; written on Tuesday 29 Oct 2024, republished 30 Oct 2024)"),
    story("wa03", "NYALA, Sudan, Sept 13", "Nyala", "SDN", "2023-09-13",
          "Air strikes on two markets and several neighbourhoods of Nyala, the capital of South Darfur, killed at "
          "least 40 civilians on Wednesday, a medical source and witnesses said. The Rapid Support Forces accused "
          "the Sudanese army of targeting civilians in the raids. A day earlier, RSF shelling killed 17 civilians "
          "in Omdurman, witnesses said.",
          [ev("ASSAULT", None, a("40 civilians", "SDN", "CVL"), "aerial", "reported", "2023-09-13",
              obj="two markets and several neighbourhoods", claimant={"text": "a medical source and witnesses"}),
           ev("ACCUSE", A("The Rapid Support Forces", RSF), A("the Sudanese army", SAF), "allege", date="2023-09-13"),
           ev("ASSAULT", A("RSF", RSF), a("17 civilians", "SDN", "CVL"), "heavy-weapons", "reported", "2023-09-12",
              claimant={"text": "witnesses"})],
          "https://www.rt.com/africa/582914-sudan-south-darfur-airstrike-deaths/ (after AFP, 13 Sep 2023); "
          "https://www.telesurenglish.net/news/eeuu-juicio-georgia-trump-revertir-elecciones-fallo-20230914-0017.html "
          "(14 Sep 2023)"),
    story("wa04", "KHARTOUM, April 21", "Khartoum", "SDN", "2025-04-21",
          "The Rapid Support Forces' shelling of El Fasher killed more than 30 civilians over the weekend, a local "
          "resistance committee said on Monday. The paramilitary force seized the nearby Zamzam displacement camp "
          "last week. The United Nations said the RSF offensive killed more than 400 people. The army recaptured "
          "Khartoum from the RSF last month.",
          [ev("ASSAULT", A("The Rapid Support Forces", RSF), a("30 civilians", "SDN", "CVL"), "heavy-weapons",
              "reported", claimant={"text": "a local resistance committee"}),
           ev("COERCE", A("The paramilitary force", RSF), None, "seize", obj="Zamzam displacement camp"),
           ev("ASSAULT", A("RSF", RSF), a("400 people", "SDN", "CVL"), None, "reported",
              claimant={"text": "The United Nations", "country": "IGO"}),
           ev("COERCE", A("The army", SAF), A("the RSF", RSF), "seize")],
          "https://www.trtworld.com/article/8765f2a2421f (after AFP, 21 Apr 2025)"),
    story("wa05", "PORT SUDAN, Feb 1", "Port Sudan", "SDN", "2025-02-01",
          "At least 54 people were killed and 158 wounded on Saturday when shelling by the Rapid Support Forces hit "
          "a market in Omdurman, Sudan's health ministry said. The ministry blamed the paramilitary group for the "
          "attack. The RSF denied targeting the market and accused the army of attacking civilians. The war between "
          "the army and the RSF began in April 2023.",
          [ev("ASSAULT", A("the Rapid Support Forces", RSF), a("54 people", "SDN", "CVL"), "heavy-weapons",
              "reported", "2025-02-01", obj="a market", claimant={"text": "Sudan's health ministry", "country": "SDN"}),
           ev("ACCUSE", a("The ministry", "SDN", "GOV"), A("the paramilitary group", RSF), "allege", date="2025-02-01"),
           ev("ASSAULT", A("The RSF", RSF), None, None, "negated", "2025-02-01", obj="the market",
              claimant={"text": "The RSF", "country": "SDN"}),
           ev("ACCUSE", A("The RSF", RSF), A("the army", SAF), "allege", date="2025-02-01")],
          "https://nepszava.hu/3267210_szudan-milicistak-piac-tamadas-legkevesebb-54-halott (after Reuters, "
          "1 Feb 2025); https://kosovatimes.info/?p=220671 (1 Feb 2025)"),
    story("wa06", "NEW YORK, Dec 1", "New York", "USA", "2025-12-01",
          "The war between Sudan's army and the paramilitary Rapid Support Forces, which began in April 2023, has "
          "displaced at least 12 million people. The United Nations on Monday called on both sides to guarantee "
          "safe, unhindered humanitarian access for civilians and aid workers. U.N. teams are providing food and "
          "psychosocial support to displaced families, spokesman Stephane Dujarric told reporters.",
          [ev("REQUEST", a("The United Nations", "IGO"), A("both sides", SAF), "assist", date="2025-12-01"),
           ev("REQUEST", a("The United Nations", "IGO"), A("both sides", RSF), "assist", date="2025-12-01"),
           ev("AID", a("U.N. teams", "IGO"), a("displaced families", "SDN", "REF"), None, "reported",
              claimant={"text": "Stephane Dujarric", "country": "IGO"})],
          "https://www.trtworld.com/article/373726efb1c8 (after Anadolu, 2 Dec 2025: UN spokesperson's briefing "
          "of Monday 1 Dec 2025)"),
    # ---------------- Israel - Lebanon / Gaza ----------------
    story("wa07", "BEIRUT, Aug 17", "Beirut", "LBN", "2024-08-17",
          "An Israeli air strike on a building in Nabatieh in southern Lebanon killed 10 Syrian nationals, "
          "including a woman and her two children, Lebanon's health ministry said on Saturday. Israel's military "
          "said it had struck a Hezbollah weapons storage facility in the area overnight. Hezbollah fired a "
          "barrage of rockets at Israel in response, the group said.",
          [ev("ASSAULT", a("Israeli", "ISR", "MIL"), a("10 Syrian nationals", "SYR", "CVL"), "aerial", "reported",
              "2024-08-17", obj="a building", claimant={"text": "Lebanon's health ministry", "country": "LBN"}),
           ev("ASSAULT", a("it", "ISR", "MIL"), a("Hezbollah", "LBN", "REB"), "aerial", "reported", "2024-08-17",
              obj="weapons storage facility", claimant={"text": "Israel's military", "country": "ISR"}),
           ev("ASSAULT", a("Hezbollah", "LBN", "REB"), a("Israel", "ISR"), "heavy-weapons", "reported",
              "2024-08-17", instrument="rockets", claimant={"text": "the group", "country": "LBN"})],
          "https://amp.cnn.com/cnn/2024/08/17/middleeast/israel-strikes-nabatiyeh-southern-lebanon-intl "
          "(17 Aug 2024); https://www.pratidintime.com/world/israeli-strike-in-southern-lebanon-kills-ten-sparks-"
          "retaliation-from-hezbollah (17 Aug 2024)"),
    story("wa08", "JERUSALEM, Oct 16", "Jerusalem", "ISR", "2024-10-16",
          "Israeli air strikes killed the mayor of Nabatieh and at least four other people in southern Lebanon on "
          "Wednesday, Lebanon's health ministry said. The Israeli military said its strikes destroyed weapons "
          "depots and command centres of Hezbollah near Nabatieh. Lebanese caretaker Prime Minister Najib Mikati "
          "condemned the strikes on the town, saying Israel had deliberately targeted a meeting of the municipal "
          "council.",
          [ev("ASSAULT", a("Israeli", "ISR", "MIL"), a("the mayor of Nabatieh", "LBN", "GOV"), "aerial", "reported",
              "2024-10-16", claimant={"text": "Lebanon's health ministry", "country": "LBN"}),
           ev("ASSAULT", a("its", "ISR", "MIL"), a("Hezbollah", "LBN", "REB"), "aerial", "reported", "2024-10-16",
              obj="weapons depots and command centres", claimant={"text": "The Israeli military", "country": "ISR"}),
           ev("ACCUSE", a("Najib Mikati", "LBN", "GOV"), a(None, "ISR", "MIL"), "disapprove", date="2024-10-16"),
           ev("ASSAULT", a("Israel", "ISR"), a("the municipal council", "LBN", "GOV"), None, "reported",
              "2024-10-16", obj="a meeting", claimant={"text": "Najib Mikati", "country": "LBN"})],
          "https://news.az/news/israeli-military-strikes-dozens-of-hezbollah-targets-in-southern-lebanon-video "
          "(16 Oct 2024); https://www.newsonair.gov.in/hi/israel/ (16 Oct 2024)"),
    story("wa09", "JERUSALEM, Aug 17", "Jerusalem", "ISR", "2024-08-17",
          "Hezbollah launched rockets at a kibbutz in northern Israel on Saturday, the Iran-backed group said, "
          "in response to an Israeli strike in southern Lebanon. In a separate attack, a projectile fired "
          "from Lebanon wounded two Israeli soldiers in Misgav Am, the Israeli military said. The military said "
          "about 55 projectiles had crossed the border and that no one was hurt in the first attack.",
          [ev("ASSAULT", a("Hezbollah", "LBN", "REB"), None, "heavy-weapons", "reported", "2024-08-17",
              instrument="rockets", obj="a kibbutz", claimant={"text": "the Iran-backed group", "country": "LBN"}),
           ev("ASSAULT", None, a("two Israeli soldiers", "ISR", "MIL"), None, "reported", "2024-08-17",
              instrument="a projectile", claimant={"text": "the Israeli military", "country": "ISR"})],
          "https://icaro.icaromediagroup.com/media/news_stories/politics/icaro-media-group/israeli-air-strike-in-"
          "southern-lebanon-kills-10-sparks-retaliatory-rocket-attacks-by-hezbollah/44353811 (17 Aug 2024); "
          "https://amp.cnn.com/cnn/2024/08/17/middleeast/israel-strikes-nabatiyeh-southern-lebanon-intl (17 Aug 2024)"),
    story("wa10", "JERUSALEM, May 26", "Jerusalem", "ISR", "2024-05-26",
          "Hamas fired a barrage of rockets at Tel Aviv on Sunday for the first time in months, setting off air raid "
          "sirens across central Israel. The Israeli military said eight projectiles crossed from the Rafah area and "
          "several were intercepted. Hours later, an Israeli air strike on a camp for displaced people in Rafah "
          "killed at least 35 Palestinians, Gaza's health ministry said. The military said it had struck a Hamas "
          "compound and killed two senior Hamas officials.",
          [ev("ASSAULT", a("Hamas", "PSE", "REB"), None, "heavy-weapons", date="2024-05-26", instrument="rockets"),
           ev("ASSAULT", a("Israeli", "ISR", "MIL"), a("35 Palestinians", "PSE", "CVL"), "aerial", "reported",
              "2024-05-26", obj="a camp for displaced people", claimant={"text": "Gaza's health ministry", "country": "PSE"}),
           ev("ASSAULT", a("it", "ISR", "MIL"), a("two senior Hamas officials", "PSE", "REB"), "aerial", "reported",
              "2024-05-26", obj="compound", claimant={"text": "The military", "country": "ISR"})],
          "https://www.upday.com/uk/hamas-rocket-attack-from-gaza-sets-off-air-raid-sirens-in-tel-aviv (after AP, "
          "26 May 2024); https://newsoftheworld.us/israeli-strikes-spark-deadly-gaza-violence (May 2024)"),
    story("wa11", "BEIRUT, July 28", "Beirut", "LBN", "2024-07-28",
          "Lebanon's caretaker government condemned all attacks on civilians on Sunday and called for an immediate "
          "end to hostilities on the border with Israel, a day after a deadly rocket strike on the "
          "Israeli-occupied Golan Heights. Israeli opposition politician Benny Gantz held Hezbollah and the Lebanese "
          "government responsible for the strike. Gantz said the incident could not pass without a significant response.",
          [ev("ACCUSE", a("Lebanon's caretaker government", "LBN", "GOV"), None, "disapprove", date="2024-07-28"),
           ev("REQUEST", a("Lebanon's caretaker government", "LBN", "GOV"), None, "yield", date="2024-07-28"),
           ev("ACCUSE", a("Benny Gantz", "ISR", "OPP"), a("Hezbollah", "LBN", "REB"), "allege", date="2024-07-28"),
           ev("ACCUSE", a("Benny Gantz", "ISR", "OPP"), a("the Lebanese government", "LBN", "GOV"), "allege",
              date="2024-07-28"),
           ev("THREATEN", a("Gantz", "ISR", "OPP"), None, None, date="2024-07-28")],
          "https://breakingthenews.net/Article/lebanese-govt-calls-for-ceasefire-in-israeli-border/62445969 "
          "(28 Jul 2024)"),
    # ---------------- Ukraine - Russia ----------------
    story("wa12", "MOSCOW, April 27 (Reuters)", "Moscow", "RUS", "2024-04-27",
          "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region on Saturday, damaging a "
          "distillation column, local authorities said. There were nine attacks on the Slavyansk refinery's tank "
          "farm and distillation column, the head of the district said. Russia's defence ministry said its air "
          "defence units destroyed 66 Ukrainian drones over the Krasnodar region and two more over Crimea.",
          [ev("ASSAULT", a("Ukrainian", "UKR", "MIL"), None, "drone", "reported", "2024-04-27", instrument="drones",
              obj="an oil refinery", claimant={"text": "local authorities"}),
           ev("ASSAULT", a("its air defence units", "RUS", "MIL"), a("Ukrainian", "UKR", "MIL"), None, "reported",
              "2024-04-27", obj="66 Ukrainian drones",
              claimant={"text": "Russia's defence ministry", "country": "RUS"})],
          "https://www.swissinfo.ch/eng/oil-refinery-in-russia%27s-krasnodar-region-damaged-in-ukraine-drone-attack"
          "%2C-authorities-say/76509340 (Reuters, 27 Apr 2024)"),
    story("wa13", "KYIV, Jan 15", "Kyiv", "UKR", "2025-01-15",
          "Russia fired dozens of missiles and drones at Ukraine's energy facilities overnight, the Ukrainian air "
          "force said on Wednesday. The air force said it shot down 30 of the 43 Russian cruise and ballistic "
          "missiles and 47 of the 74 attack drones. Russia's defence ministry said its forces had carried out "
          "high-precision strikes on energy facilities that support the Ukrainian military-industrial complex. "
          "President Volodymyr Zelenskiy accused Moscow of targeting Ukraine's energy sector in the middle of winter.",
          [ev("ASSAULT", a("Russia", "RUS"), a("Ukraine's", "UKR"), None, "reported", "2025-01-15",
              instrument="missiles and drones", obj="energy facilities",
              claimant={"text": "the Ukrainian air force", "country": "UKR"}),
           ev("ASSAULT", a("it", "UKR", "MIL"), a("Russian", "RUS", "MIL"), None, "reported", "2025-01-15",
              obj="cruise and ballistic missiles", claimant={"text": "The air force", "country": "UKR"}),
           ev("ASSAULT", a("its forces", "RUS", "MIL"), None, None, "reported", "2025-01-15",
              obj="energy facilities", claimant={"text": "Russia's defence ministry", "country": "RUS"}),
           ev("ACCUSE", a("Volodymyr Zelenskiy", "UKR", "GOV"), a("Moscow", "RUS", "GOV"), "allege",
              date="2025-01-15")],
          "https://sh.itjust.works/post/31136552 (after AFP, 15 Jan 2025)"),
    story("wa14", "MOSCOW, May 28 (Reuters)", "Moscow", "RUS", "2023-05-28",
          "Russia's air defence systems destroyed several drones as they approached the Ilsky oil refinery in the "
          "Krasnodar region, local officials said on Sunday. The officials did not say who launched the attack. On "
          "Saturday, Moscow said Ukraine had struck oil pipeline installations deep inside Russia.",
          [ev("ASSAULT", a("Russia's air defence systems", "RUS", "MIL"), None, None, "reported", "2023-05-28",
              obj="several drones", claimant={"text": "local officials"}),
           ev("ASSAULT", a("Ukraine", "UKR"), None, None, "reported", "2023-05-27",
              obj="oil pipeline installations", claimant={"text": "Moscow", "country": "RUS"})],
          "https://www.jpost.com/international/article-744393 (after Reuters, 28 May 2023)"),
    story("wa15", "KYIV, Dec 13", "Kyiv", "UKR", "2024-12-13",
          "Russia launched one of its largest air attacks of the war on Friday, firing 93 missiles and more than 200 "
          "drones at energy infrastructure across Ukraine, President Volodymyr Zelenskiy said. Ukrainian forces shot "
          "down 81 of the Russian missiles, 11 of them with F-16 fighter jets, he said. Energy minister Herman "
          "Halushchenko said workers were doing everything possible to limit the damage to the power system.",
          [ev("ASSAULT", a("Russia", "RUS"), None, None, "reported", "2024-12-13",
              instrument="93 missiles and more than 200 drones", obj="energy infrastructure",
              claimant={"text": "Volodymyr Zelenskiy", "country": "UKR"}),
           ev("ASSAULT", a("Ukrainian forces", "UKR", "MIL"), a("Russian", "RUS", "MIL"), None, "reported",
              "2024-12-13", instrument="F-16 fighter jets", obj="missiles", claimant={"text": "he", "country": "UKR"})],
          "https://stvincenttimes.com/?p=231395 (13 Dec 2024)"),
    story("wa16", "KYIV, June 1", "Kyiv", "UKR", "2024-06-01",
          "Russia fired a barrage of missiles and drones at Ukraine overnight, damaging energy facilities in five "
          "regions, grid operator Ukrenergo said on Saturday. \"Today morning the Russians launched another strike "
          "on Ukrainian energy facilities,\" the company said. Ukraine's air defences shot down 35 of the 53 "
          "Russian missiles, the air force said.",
          [ev("ASSAULT", a("Russia", "RUS"), a("Ukraine", "UKR"), None, "reported", "2024-06-01",
              instrument="missiles and drones", claimant={"text": "Ukrenergo", "country": "UKR"}),
           ev("ASSAULT", a("Ukraine's air defences", "UKR", "MIL"), a("Russian", "RUS", "MIL"), None, "reported",
              "2024-06-01", obj="35 of the 53 Russian missiles", claimant={"text": "the air force", "country": "UKR"})],
          "https://rasputin.lol/day-829-of-ww3-russia-launched-a-barrage-of-missiles-and-drones-on-saturday-morning-"
          "damaging-ukrainian-energy-facilities-in-the-donetsk-zaporizhzhia-dnipropetrovsk-kyrovohrad-and-ivano-"
          "frankivsk (day 829 of the war: 1 Jun 2024)"),
    # ---------------- Bangladesh ----------------
    story("wa17", "DHAKA, July 17 (Reuters)", "Dhaka", "BGD", "2024-07-17",
          "Police in Bangladesh fired tear gas, rubber bullets and sound grenades at students protesting "
          "against the government's job quota system on Wednesday, a day after clashes left six people dead. The "
          "government also closed all public and private universities indefinitely. Authorities deployed "
          "paramilitary Border Guard units alongside riot police outside the University of Dhaka campus. Amnesty "
          "International urged Bangladesh to guarantee the safety of peaceful protesters.",
          [ev("ASSAULT", a("Police in Bangladesh", "BGD", "COP"), a("students", "BGD", "EDU"), "crowd-control",
              date="2024-07-17",
              instrument="tear gas, rubber bullets and sound grenades"),
           ev("COERCE", a("The government", "BGD", "GOV"), a("all public and private universities", "BGD", "EDU"),
              "restrict", date="2024-07-17"),
           ev("MOBILIZE", a("Authorities", "BGD", "GOV"), None, "police", date="2024-07-17"),
           ev("REQUEST", a("Amnesty International", "NGO"), a("Bangladesh", "BGD"), None, date="2024-07-17")],
          "https://japantoday.com/category/world/violence-breaks-out-at-bangladesh-anti-quota-protests-government-"
          "orders-probe-into-killings (Reuters, 18 Jul 2024); https://www.aljazeera.com/news/2024/7/17/police-fire-"
          "tear-gas-as-bangladesh-protests-against-job-quotas-rage (17 Jul 2024); https://www.cnbcindonesia.com/news/"
          "20240717103626-7-555294/negara-muslim-kacau-balau-karena-pns-demo-berdarah-warga-pingsan (Amnesty's call, "
          "17 Jul 2024)"),
    story("wa18", "DHAKA, July 18", "Dhaka", "BGD", "2024-07-18",
          "Bangladesh suspended mobile internet services on Thursday after students protesting against civil service "
          "hiring quotas blocked roads and railway lines across the country. Junior information technology minister "
          "Zunaid Ahmed Palak said the suspension was temporary. Protesters set fire to vehicles and police posts in "
          "Dhaka, witnesses said. In the port city of Chattogram, police fired tear gas at students who were "
          "blocking a highway.",
          [ev("COERCE", a("Bangladesh", "BGD"), None, "withhold", date="2024-07-18", obj="mobile internet services"),
           ev("PROTEST", a("students", "BGD", "EDU"), None, "obstruct", obj="roads and railway lines"),
           ev("PROTEST", a("Protesters", "BGD", "CVL"), None, "riot", "reported", "2024-07-18",
              obj="vehicles and police posts", claimant={"text": "witnesses"}),
           ev("ASSAULT", a("police", "BGD", "COP"), a("students", "BGD", "EDU"), "crowd-control", date="2024-07-18",
              instrument="tear gas"),
           ev("PROTEST", a("students", "BGD", "EDU"), None, "obstruct", date="2024-07-18", obj="a highway")],
          "https://patriots.co.ug/violent-clashes-erupt-in-dhaka-over-civil-service-hiring-quotas/ (after Reuters "
          "and Al Jazeera, 18 Jul 2024); https://www.tbsnews.net/bangladesh/quota-protest-highways-railroads-blocked-"
          "ctg-rajshahi-barishal-khulna-900561 (highways and railroads blocked, 16 Jul 2024)"),
    story("wa19", "DHAKA, Aug 5", "Dhaka", "BGD", "2024-08-05",
          "Police used tear gas and flash-bang grenades on Monday to disperse thousands of protesters who had "
          "gathered in Dhaka despite a nationwide curfew. The government imposed the indefinite curfew from 6 p.m. "
          "on Sunday, the first time it had taken such a step since the protests began. Bangladesh Railway suspended "
          "all train services to stop protesters from travelling to the capital. More than 100 people, including 14 "
          "policemen, were killed on Sunday in clashes between protesters and security forces.",
          [ev("ASSAULT", a("Police", "BGD", "COP"), a("thousands of protesters", "BGD", "CVL"), "crowd-control",
              date="2024-08-05", instrument="tear gas and flash-bang grenades"),
           ev("COERCE", a("The government", "BGD", "GOV"), None, "curfew", date="2024-08-04"),
           ev("COERCE", a("Bangladesh Railway", "BGD"), a("protesters", "BGD", "CVL"), "restrict", date="2024-08-05"),
           ev("ASSAULT", a("protesters", "BGD", "CVL"), a("security forces", "BGD", "COP"), None, date="2024-08-04")],
          "https://www.thecholanews.com/bangladesh-on-edge-as-protesters-plan-march-to-dhaka/ (5 Aug 2024)"),
    story("wa20", "DHAKA, July 16", "Dhaka", "BGD", "2024-07-16",
          "Supporters of the ruling Awami League attacked anti-quota protesters in the northern city of Rangpur on "
          "Tuesday while police fired rubber pellets at the crowd, a student reporter told AFP. \"Police fired their "
          "shotguns at the protesters,\" said Tauhidul Haque Siam, who was wounded. The United Nations and the "
          "United States condemned the violence against the protesters.",
          [ev("ASSAULT", a("Supporters of the ruling Awami League", "BGD", "POL"),
              a("anti-quota protesters", "BGD", "CVL"), None, "reported", "2024-07-16",
              claimant={"text": "a student reporter"}),
           ev("ASSAULT", a("police", "BGD", "COP"), a("the crowd", "BGD", "CVL"), "crowd-control", "reported",
              "2024-07-16", instrument="rubber pellets", claimant={"text": "a student reporter"}),
           ev("ACCUSE", a("The United Nations", "IGO"), None, "disapprove"),
           ev("ACCUSE", a("United States", "USA"), None, "disapprove")],
          "https://www.cnbcindonesia.com/news/20240717103626-7-555294/negara-muslim-kacau-balau-karena-pns-demo-"
          "berdarah-warga-pingsan (after Reuters/AFP, 17 Jul 2024)"),
    # ---------------- Kosovo - Serbia - EU ----------------
    story("wa21", "BRUSSELS, June 26", "Brussels", "BEL", "2024-06-26",
          "EU foreign policy chief Josep Borrell met Serbian President Aleksandar Vucic and Kosovo Prime Minister "
          "Albin Kurti separately in Brussels on Wednesday. The two leaders failed to agree on a trilateral meeting, "
          "Borrell said. \"Kosovo was not ready for this, Kosovo was not willing to do this trilateral meeting,\" he "
          "told reporters, adding that Serbia had been ready.",
          [ev("CONSULT", a("Josep Borrell", "IGO", "GOV"), a("Aleksandar Vucic", "SRB", "GOV"), None,
              date="2024-06-26"),
           ev("CONSULT", a("Josep Borrell", "IGO", "GOV"), a("Albin Kurti", "XKX", "GOV"), None, date="2024-06-26"),
           ev("AGREE", a("The two leaders", "SRB", "GOV"), a(None, "XKX", "GOV"), None, "negated", "2024-06-26",
              claimant={"text": "Borrell", "country": "IGO"}),
           ev("AGREE", a("The two leaders", "XKX", "GOV"), a(None, "SRB", "GOV"), None, "negated", "2024-06-26",
              claimant={"text": "Borrell", "country": "IGO"}),
           ev("REJECT", a("Kosovo", "XKX"), None, "meet", "reported", "2024-06-26",
              claimant={"text": "he", "country": "IGO"}),
           ev("AGREE", a("Serbia", "SRB"), None, None, "reported", "2024-06-26",
              claimant={"text": "he", "country": "IGO"})],
          "https://www.euronews.com/2024/06/27/no-breakthrough-in-serbia-kosovo-talks-eu-foreign-policy-chief-"
          "josep-borrell-says (27 Jun 2024)"),
    story("wa22", "PRISTINA, Aug 5", "Pristina", "XKX", "2024-08-05",
          "Kosovo police shut down nine branches of the Post of Serbia in the Serb-majority north of Kosovo on "
          "Monday. The European Union criticised Kosovo's move as a unilateral and uncoordinated step and called on "
          "Pristina to reconsider it. The U.S. embassy said Washington was deeply disappointed by the actions of the "
          "Kosovo government. In Belgrade, Serbian President Aleksandar Vucic accused Kosovo Prime Minister Albin "
          "Kurti of trying to provoke a military conflict.",
          [ev("COERCE", a("Kosovo police", "XKX", "COP"), a("Post of Serbia", "SRB"), "restrict", date="2024-08-05",
              obj="nine branches"),
           ev("ACCUSE", a("The European Union", "IGO"), a("Kosovo", "XKX"), "disapprove", date="2024-08-05"),
           ev("REQUEST", a("The European Union", "IGO"), a("Pristina", "XKX", "GOV"), "change", date="2024-08-05"),
           ev("ACCUSE", a("Washington", "USA", "GOV"), a("the Kosovo government", "XKX", "GOV"), "disapprove",
              date="2024-08-05"),
           ev("ACCUSE", a("Aleksandar Vucic", "SRB", "GOV"), a("Albin Kurti", "XKX", "GOV"), "allege",
              date="2024-08-05")],
          "https://rferl.org/amp/kosovo-serb-post-raid-mitrovica-leposavic-zvecan/33066625.html (RFE/RL, 5 Aug "
          "2024); https://botasot.co/serbia-accuses-kosovo-of-provoking-conflict-by-closing-post-offices (Aug 2024)"),
    story("wa23", "BELGRADE, Jan 15", "Belgrade", "SRB", "2025-01-15",
          "Kosovo police closed Serbian-run municipal offices, post offices and tax offices in ten municipalities "
          "south of the Ibar River on Wednesday, Kosovo Interior Minister Xhelal Svecla said. Serbian Foreign "
          "Minister Marko Djuric condemned the operation as a dangerous escalation. Prime Minister Milos Vucevic "
          "accused Kosovo Prime Minister Albin Kurti of turning his election campaign into a continuation of the "
          "mistreatment of Serbs.",
          [ev("COERCE", a("Kosovo police", "XKX", "COP"), a("Serbian-run", "SRB", "GOV"), "restrict", "reported",
              "2025-01-15", obj="municipal offices, post offices and tax offices",
              claimant={"text": "Xhelal Svecla", "country": "XKX"}),
           ev("ACCUSE", a("Marko Djuric", "SRB", "GOV"), a(None, "XKX", "COP"), "disapprove", date="2025-01-15"),
           ev("ACCUSE", a("Milos Vucevic", "SRB", "GOV"), a("Albin Kurti", "XKX", "GOV"), "allege",
              date="2025-01-15")],
          "https://a2news.mediadesk.ai/english/rajoni-bota/kosova/aktualitet/autoritetet-e-kosoves-mbyllin-"
          "institucione-serbe-p-i1137885 (15 Jan 2025); https://www.trtworld.com/article/18254021 (15 Jan 2025)"),
    story("wa24", "STRASBOURG, Oct 19", "Strasbourg", "FRA", "2023-10-19",
          "The European Parliament urged the European Union to sanction Serbia if investigations show that Belgrade "
          "was directly involved in last month's attack on Kosovo police in Banjska. Lawmakers also called on the "
          "bloc to lift the measures it had imposed on Kosovo. The resolution condemned the attack by Serbian "
          "paramilitaries, which killed Kosovo police officer Afrim Bunjaku.",
          [ev("REQUEST", a("The European Parliament", "IGO", "LEG"), a("the European Union", "IGO"), None,
              date="2023-10-19"),
           ev("SANCTION", a("the European Union", "IGO"), a("Serbia", "SRB"), None, "requested", "2023-10-19"),
           ev("REQUEST", a("Lawmakers", "IGO", "LEG"), a("the bloc", "IGO"), "yield", date="2023-10-19"),
           ev("CONCEDE", a("the bloc", "IGO"), a("Kosovo", "XKX"), None, "requested", "2023-10-19"),
           ev("SANCTION", a("it", "IGO"), a("Kosovo", "XKX"), None),
           ev("ACCUSE", a("The resolution", "IGO", "LEG"), a("Serbian paramilitaries", "SRB", "REB"), "disapprove",
              date="2023-10-19"),
           ev("ASSAULT", a("Serbian paramilitaries", "SRB", "REB"), a("Afrim Bunjaku", "XKX", "COP"), None,
              date="2023-09-24")],
          "https://prishtinainsight.com/european-parliament-calls-on-commission-and-council-to-consider-measures-"
          "against-serbia-after-banjska-attack (19 Oct 2023); https://europeanwesternbalkans.com/?p=48812 "
          "(19 Oct 2023)"),
    story("wa25", "STRASBOURG, Oct 3", "Strasbourg", "FRA", "2023-10-03",
          "Several members of the European Parliament urged the EU on Tuesday to sanction Serbia over the attack on "
          "Kosovo police in Banjska, while others called for sanctions on Kosovo Prime Minister Albin Kurti over the "
          "stalled dialogue. EU crisis commissioner Janez Lenarcic told lawmakers that Serbia must fully cooperate "
          "with the investigation. He also urged Kosovo and Serbia to refrain from any action that could escalate "
          "tensions.",
          [ev("REQUEST", a("Several members of the European Parliament", "IGO", "LEG"), a("the EU", "IGO"), None,
              date="2023-10-03"),
           ev("SANCTION", a("the EU", "IGO"), a("Serbia", "SRB"), None, "requested", "2023-10-03"),
           ev("REQUEST", a("others", "IGO", "LEG"), None, None, date="2023-10-03"),
           ev("SANCTION", a(None, "IGO"), a("Albin Kurti", "XKX", "GOV"), None, "requested", "2023-10-03"),
           ev("REQUEST", a("Janez Lenarcic", "IGO", "GOV"), a("Serbia", "SRB"), None, date="2023-10-03"),
           ev("REQUEST", a("He", "IGO", "GOV"), a("Kosovo", "XKX"), "yield", date="2023-10-03"),
           ev("REQUEST", a("He", "IGO", "GOV"), a("Serbia", "SRB"), "yield", date="2023-10-03")],
          "https://www.newsdirectory3.com/members-of-the-european-parliament-request-sanctions-for-serbia-but-also-"
          "kurti-vucic-was-compared-to-milosevic/ (3 Oct 2023); https://europeanwesternbalkans.com/2023/10/03/"
          "european-parliament-discusses-banjska-attack-some-meps-propose-freezing-eu-funds-for-serbia (3 Oct 2023)"),
    story("wa26", "PRISTINA, Sept 24", "Pristina", "XKX", "2023-09-24",
          "About 30 heavily armed Serb gunmen attacked a Kosovo police patrol near the village of Banjska on Sunday, "
          "killing one officer, Kosovo Prime Minister Albin Kurti said. The gunmen then barricaded themselves in a "
          "nearby Serbian Orthodox monastery. Kurti accused Belgrade of backing the attackers. Serbian President "
          "Aleksandar Vucic condemned the killing of the police officer but blamed Kurti for the violence.",
          [ev("ASSAULT", a("Serb gunmen", None, "UAF"), a("a Kosovo police patrol", "XKX", "COP"), None,
              "reported", "2023-09-24", claimant={"text": "Albin Kurti", "country": "XKX"}),
           ev("COERCE", a("The gunmen", None, "UAF"), None, "seize", date="2023-09-24", obj="monastery"),
           ev("ACCUSE", a("Kurti", "XKX", "GOV"), a("Belgrade", "SRB", "GOV"), "allege", date="2023-09-24"),
           ev("ACCUSE", a("Aleksandar Vucic", "SRB", "GOV"), a(None, None, "UAF"), "disapprove", date="2023-09-24"),
           ev("ACCUSE", a("Aleksandar Vucic", "SRB", "GOV"), a("Kurti", "XKX", "GOV"), "allege", date="2023-09-24")],
          "https://en.wikipedia.org/wiki/Banjska_attack (CC BY-SA 4.0); https://efe.com/en/latest-news/2023-09-24/"
          "armed-men-storm-into-kosovo-monastery-after-deadly-clash-with-police/ (24 Sep 2023)"),
    story("wa27", "BRUSSELS, June 3", "Brussels", "BEL", "2023-06-03",
          "The European Union called on Kosovo and Serbia on Saturday to immediately and unconditionally de-escalate "
          "tensions in the north of Kosovo. The bloc condemned the violent attacks on NATO peacekeepers in Zvecan "
          "earlier in the week. It urged Pristina to suspend police operations around municipal buildings and called "
          "on Belgrade to lower the combat readiness of its armed forces.",
          [ev("REQUEST", a("The European Union", "IGO"), a("Kosovo", "XKX"), "yield", date="2023-06-03"),
           ev("REQUEST", a("The European Union", "IGO"), a("Serbia", "SRB"), "yield", date="2023-06-03"),
           ev("ACCUSE", a("The bloc", "IGO"), None, "disapprove", date="2023-06-03"),
           ev("REQUEST", a("It", "IGO"), a("Pristina", "XKX", "GOV"), "yield", date="2023-06-03"),
           ev("REQUEST", a("It", "IGO"), a("Belgrade", "SRB", "GOV"), "yield", date="2023-06-03")],
          "https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/ "
          "(EU statement, 3 Jun 2023); https://thediplomaticinsight.com/eu-condemns-violence-in-kosovo-calls-for-de-"
          "escalation/ (3 Jun 2023)"),
    story("wa28", "BELGRADE, Jan 27", "Belgrade", "SRB", "2025-01-27",
          "University students in Serbia began a 24-hour blockade of a major traffic intersection in Belgrade on "
          "Monday, escalating protests over the collapse of a railway station canopy in Novi Sad that killed 15 "
          "people. Farmers on tractors and thousands of citizens joined the blockade. President Aleksandar Vucic "
          "called for dialogue with the students, who have refused to meet him. Vucic has accused the protesters of "
          "working with foreign powers to destabilise the government.",
          [ev("PROTEST", a("University students", "SRB", "EDU"), None, "obstruct", date="2025-01-27",
              obj="a major traffic intersection"),
           ev("PROTEST", a("Farmers", "SRB", "CVL"), None, "obstruct", date="2025-01-27"),
           ev("PROTEST", a("thousands of citizens", "SRB", "CVL"), None, "obstruct", date="2025-01-27"),
           ev("REQUEST", a("Aleksandar Vucic", "SRB", "GOV"), a("the students", "SRB", "EDU"), "meet",
              date="2025-01-27"),
           ev("REJECT", a("who", "SRB", "EDU"), a("him", "SRB", "GOV"), "meet"),
           ev("ACCUSE", a("Vucic", "SRB", "GOV"), a("the protesters", "SRB", "CVL"), "allege")],
          "https://uslive.com/newsfeed/416488 (after AP, 27 Jan 2025); https://inkl.com/news/serbian-students-block-"
          "traffic-in-protest-against-government-corruption (27 Jan 2025)"),
    # ---------------- DR Congo - Rwanda ----------------
    story("wa29", "KINSHASA, Jan 26", "Kinshasa", "COD", "2025-01-26",
          "A Rwandan army drone struck a Congolese army position at Kibati, about six kilometres north of Goma, on "
          "Sunday, a security source close to the Congolese army said. At least two members of the Congolese forces "
          "were seriously wounded in the strike, U.N. sources said. The M23 rebels, who are backed by Kigali, have "
          "been fighting the Congolese army around Goma, the capital of North Kivu province. Rwanda denies supporting the group.",
          [ev("ASSAULT", a("Rwandan army", "RWA", "MIL"), a("Congolese army", "COD", "MIL"), "drone", "reported",
              "2025-01-26", instrument="drone", obj="position", claimant={"text": "a security source"}),
           ev("SUPPORT", a("Kigali", "RWA", "GOV"), a("The M23 rebels", "COD", "REB"), None),
           ev("ASSAULT", a("The M23 rebels", "COD", "REB"), a("the Congolese army", "COD", "MIL"), None),
           ev("SUPPORT", a("Rwanda", "RWA"), a("the group", "COD", "REB"), None, "negated")],
          "https://africadailyreport.com/fr/2025/01/26/rwandan-drone-strikes-near-east-dr-congos-besieged-goma-un-"
          "security-sources (after AFP, 26 Jan 2025); https://globaleconomyedition.com/the-evidence-that-shows-rwanda-is-"
          "backing-rebels-in-dr-congo (after BBC, Jan 2025: Kagame's denials)"),
    story("wa30", "KIGALI, Nov 19 (Reuters)", "Kigali", "RWA", "2012-11-19",
          "Rwanda accused Congolese forces on Monday of shelling its territory during a battle with rebels near the "
          "border. A Rwandan army spokesman said Congo's military fired artillery, anti-aircraft and tank rounds into "
          "the border town of Gisenyi, injuring three people. Congo's government said Kigali may have staged the "
          "shelling itself to justify a larger intervention. Kinshasa has repeatedly accused Rwanda of backing the "
          "M23 rebels, a charge Kigali rejects.",
          [ev("ACCUSE", a("Rwanda", "RWA"), a("Congolese forces", "COD", "MIL"), "allege", date="2012-11-19"),
           ev("ASSAULT", a("Congo's military", "COD", "MIL"), a("three people", "RWA", "CVL"), "heavy-weapons",
              "reported", "2012-11-19", instrument="artillery, anti-aircraft and tank rounds",
              claimant={"text": "A Rwandan army spokesman", "country": "RWA"}),
           ev("ACCUSE", a("Congo's government", "COD", "GOV"), a("Kigali", "RWA", "GOV"), "allege",
              date="2012-11-19"),
           ev("ACCUSE", a("Kinshasa", "COD", "GOV"), a("Rwanda", "RWA"), "allege"),
           ev("REJECT", a("Kigali", "RWA", "GOV"), a(None, "COD", "GOV"), None)],
          "https://www.defenceweb.co.za/governance/governance-governance/rwanda-accuses-congo-of-shelling-border-"
          "town/ (after Reuters, Nov 2012)"),
    story("wa31", "NEW YORK, Aug 29 (Reuters)", "New York", "USA", "2013-08-29",
          "U.N. peacekeepers in Congo have seen M23 rebels shelling Rwandan territory over the past week and have "
          "not observed any firing across the border by the Congolese army, the United Nations said on Thursday. "
          "Rwanda had earlier accused Congo of persistently shelling its territory and said such provocation could "
          "no longer be tolerated. The U.N. Security Council condemned the resumption of fighting in eastern Congo.",
          [ev("ASSAULT", a("M23 rebels", "COD", "REB"), a("Rwandan", "RWA"), "heavy-weapons", "reported",
              claimant={"text": "the United Nations", "country": "IGO"}),
           ev("ASSAULT", a("the Congolese army", "COD", "MIL"), None, None, "negated",
              claimant={"text": "the United Nations", "country": "IGO"}),
           ev("ACCUSE", a("Rwanda", "RWA"), a("Congo", "COD"), "allege"),
           ev("THREATEN", a("Rwanda", "RWA"), a(None, "COD"), None),
           ev("ACCUSE", a("The U.N. Security Council", "IGO", "GOV"), None, "disapprove", date="2013-08-29")],
          "https://www.defenceweb.co.za/security/national-security/congos-m23-rebels-shelled-rwandan-territory-un-"
          "says/ (after Reuters, 29 Aug 2013)"),
    # ---------------- Myanmar ----------------
    story("wa32", "BANGKOK, June 28 (AFP)", "Bangkok", "THA", "2023-06-28",
          "A Myanmar military jet dropped three bombs on Nyaung Kone village in the northern Sagaing region on "
          "Tuesday, killing ten civilians, an anti-coup fighter from the village said. \"There was no fighting, but "
          "they came to bomb the village,\" he said. The military carried out more than 300 air strikes in the past "
          "year, the United Nations said in March.",
          [ev("ASSAULT", a("Myanmar military", "MMR", "MIL"), a("ten civilians", "MMR", "CVL"), "aerial", "reported",
              "2023-06-27", instrument="three bombs", claimant={"text": "an anti-coup fighter"}),
           ev("ASSAULT", a("The military", "MMR", "MIL"), None, "aerial", "reported",
              claimant={"text": "the United Nations", "country": "IGO"})],
          "https://arabnews.com/node/2329406/amp (after AFP, 28 Jun 2023); https://www.arkansasonline.com/news/"
          "2023/jun/30/burmese-airstrikes-deadly-villagers-say/ (after AP, 30 Jun 2023)"),
    story("wa33", "YANGON, Nov 23", "Yangon", "MMR", "2023-11-23",
          "Resistance forces seized a junta outpost near Lar Poet village in Sagaing region's Kani township on "
          "Wednesday, killing at least 20 soldiers, the People's Defence Force said. The junta sent a fighter jet "
          "that bombed the area around noon, resistance fighters said. Residents said the fighting continued on "
          "Thursday as the military sent reinforcements from Monywa.",
          [ev("COERCE", a("Resistance forces", "MMR", "REB"), a("junta", "MMR", "MIL"), "seize", "reported",
              "2023-11-22", obj="outpost", claimant={"text": "the People's Defence Force", "country": "MMR"}),
           ev("ASSAULT", a("Resistance forces", "MMR", "REB"), a("20 soldiers", "MMR", "MIL"), None, "reported",
              "2023-11-22", claimant={"text": "the People's Defence Force", "country": "MMR"}),
           ev("ASSAULT", a("The junta", "MMR", "MIL"), None, "aerial", "reported", "2023-11-22",
              instrument="a fighter jet", claimant={"text": "resistance fighters", "country": "MMR"}),
           ev("MOBILIZE", a("the military", "MMR", "MIL"), None, "troops", "reported", "2023-11-23",
              claimant={"text": "Residents"})],
          "https://www.irrawaddy.com/news/burma/myanmar-junta-loses-20-troops-in-failed-bid-to-defend-outpost-in-"
          "sagaing-pdf-says.html (23 Nov 2023)"),
    story("wa34", "YANGON, April 12", "Yangon", "MMR", "2023-04-12",
          "A Myanmar military air strike on a gathering in Pazigyi village in the Sagaing region killed around 100 "
          "people on Tuesday, independent media reported. Junta spokesman Zaw Min Tun told state television that "
          "the military had launched the strike because villagers were opening an office of a local People's "
          "Defence Force. The United Nations condemned the attack.",
          [ev("ASSAULT", a("Myanmar military", "MMR", "MIL"), a("100 people", "MMR", "CVL"), "aerial", "reported",
              "2023-04-11", claimant={"text": "independent media"}),
           ev("ASSAULT", a("the military", "MMR", "MIL"), None, "aerial", "reported", "2023-04-11",
              claimant={"text": "Zaw Min Tun", "country": "MMR"}),
           ev("ACCUSE", a("The United Nations", "IGO"), a(None, "MMR", "MIL"), "disapprove", date="2023-04-12")],
          "https://business-standard.com/amp/world-news/myanmar-junta-launches-airstrike-on-own-village-over-100-"
          "feared-dead-123041200595_1.html (12 Apr 2023)"),
    # ---------------- Sahel ----------------
    story("wa35", "OUAGADOUGOU, Feb 25", "Ouagadougou", "BFA", "2023-02-25",
          "The Islamic State group has claimed an ambush on a military convoy near Deou in northern Burkina Faso "
          "that killed more than 70 soldiers, according to a statement posted by its Amaq news agency. The "
          "government confirmed last week that 51 soldiers died in the attack claimed by the jihadists. The group "
          "said it seized weapons from the soldiers.",
          [ev("ASSAULT", a("The Islamic State group", "IMG", "REB"), a("70 soldiers", "BFA", "MIL"), None, "reported",
              obj="a military convoy", claimant={"text": "The Islamic State group", "country": "IMG"}),
           ev("ASSAULT", a("the jihadists", "IMG", "REB"), a("51 soldiers", "BFA", "MIL"), None, "reported",
              claimant={"text": "The government", "country": "BFA"}),
           ev("COERCE", a("it", "IMG", "REB"), a("the soldiers", "BFA", "MIL"), "seize", "reported", obj="weapons",
              claimant={"text": "The group", "country": "IMG"})],
          "https://assahifa.com/english/?p=17732 (after AP, Feb 2023)"),
    story("wa36", "NIAMEY, Dec 12 (Reuters)", "Niamey", "NER", "2019-12-12",
          "Islamic State claimed responsibility on Thursday for an attack on a military camp in western Niger near "
          "the border with Mali, saying its fighters killed at least 100 soldiers. A Niger army spokesman said on "
          "Wednesday that 71 soldiers were killed in the attack on the Inates camp. Jihadists linked to Islamic "
          "State and al Qaeda have mounted deadly attacks across the Sahel despite the presence of thousands of "
          "regional and foreign troops.",
          [ev("ASSAULT", a("its fighters", "IMG", "REB"), a("100 soldiers", "NER", "MIL"), None, "reported",
              obj="a military camp", claimant={"text": "Islamic State", "country": "IMG"}),
           ev("ASSAULT", None, a("71 soldiers", "NER", "MIL"), None, "reported", obj="Inates camp",
              claimant={"text": "A Niger army spokesman", "country": "NER"}),
           ev("ASSAULT", a("Jihadists", "IMG", "REB"), None, None)],
          "https://www.defenceweb.co.za/security/national-security/islamic-state-claims-responsibility-for-niger-"
          "attack/ (after Reuters, Dec 2019)"),
    # ---------------- Yemen - Red Sea ----------------
    story("wa37", "WASHINGTON, Jan 14", "Washington", "USA", "2024-01-14",
          "Yemen's Houthis fired an anti-ship cruise missile at the U.S. destroyer USS Laboon in the southern Red "
          "Sea on Sunday, the U.S. military's Central Command said. A U.S. fighter jet shot down the missile near "
          "the coast of Hodeidah, and no injuries or damage were reported. The launch came two days after the "
          "United States and Britain struck dozens of Houthi targets in Yemen. President Joe Biden has said he will "
          "not hesitate to direct further measures to protect American forces and commercial shipping.",
          [ev("ASSAULT", a("Yemen's Houthis", "YEM", "REB"), a("U.S.", "USA", "MIL"), None, "reported", "2024-01-14",
              instrument="an anti-ship cruise missile", obj="destroyer USS Laboon",
              claimant={"text": "Central Command", "country": "USA"}),
           ev("ASSAULT", a("U.S.", "USA", "MIL"), a(None, "YEM", "REB"), "aerial", date="2024-01-14",
              instrument="fighter jet", obj="the missile"),
           ev("ASSAULT", a("United States", "USA"), a("Houthi", "YEM", "REB"), None, date="2024-01-12", obj="targets"),
           ev("ASSAULT", a("Britain", "GBR"), a("Houthi", "YEM", "REB"), None, date="2024-01-12", obj="targets"),
           ev("THREATEN", a("Joe Biden", "USA", "GOV"), None, None)],
          "https://www.spokesman.com/stories/2024/jan/15/houthis-launch-more-missiles-toward-us-ships (15 Jan "
          "2024); https://head-post.com/houthis-fired-cruise-missile-at-us-destroyer-in-red-sea (Jan 2024)"),
    story("wa38", "WASHINGTON, June 15", "Washington", "USA", "2024-06-15",
          "U.S. forces destroyed seven radars in Houthi-controlled territory in Yemen, the U.S. military's Central "
          "Command said on Saturday. U.S. forces also destroyed two drone boats and a drone belonging to the Houthis "
          "over the Red Sea. A sailor remains missing from the Tutor, a Liberian-flagged cargo ship that the Houthis "
          "struck with a bomb-laden drone boat on Wednesday.",
          [ev("ASSAULT", a("U.S. forces", "USA", "MIL"), None, None, "reported", obj="seven radars",
              claimant={"text": "Central Command", "country": "USA"}),
           ev("ASSAULT", a("U.S. forces", "USA", "MIL"), a("the Houthis", "YEM", "REB"), None,
              obj="two drone boats and a drone"),
           ev("ASSAULT", a("the Houthis", "YEM", "REB"), None, None, date="2024-06-12",
              instrument="a bomb-laden drone boat", obj="a Liberian-flagged cargo ship")],
          "https://uk.news.yahoo.com/us-military-strikes-houthi-radar-154804102.html (The Hill, 15 Jun 2024); "
          "https://rocketparrot.com/us-military-targets-houthi-radar-sites-in-yemen (Jun 2024)"),
    # ---------------- Syria - Iraq ----------------
    story("wa39", "WASHINGTON, Oct 15", "Washington", "USA", "2016-10-15",
          "The United States strongly condemned terrorist attacks in Iraq on Saturday, including a bombing in "
          "Baghdad claimed by Islamic State that targeted mourners inside a funeral tent. The State Department said "
          "the attack showed Daesh's contempt for human life. Washington remains committed to supporting Iraqi "
          "security forces in their campaign to defeat the group, it said.",
          [ev("ACCUSE", a("The United States", "USA"), a("Islamic State", "IMG", "REB"), "disapprove",
              date="2016-10-15"),
           ev("ASSAULT", a("Islamic State", "IMG", "REB"), a("mourners", "IRQ", "CVL"), "explosives", "reported",
              obj="a funeral tent", claimant={"text": "Islamic State", "country": "IMG"}),
           ev("ACCUSE", a("The State Department", "USA", "GOV"), a("Daesh", "IMG", "REB"), "disapprove",
              date="2016-10-15"),
           ev("SUPPORT", a("Washington", "USA", "GOV"), a("Iraqi security forces", "IRQ", "COP"), None,
              date="2016-10-15")],
          "https://www.state.gov/r/pa/prs/ps/2016/10/263174.htm (US State Department press statement, Oct 2016, "
          "public domain; via dstl/re3d)"),
    story("wa40", "TAMPA, Florida, Jan 9", "Tampa", "USA", "2017-01-09",
          "U.S.-led coalition forces carried out 34 strikes against Islamic State militants in Syria and Iraq on "
          "Sunday, the U.S. military's Central Command said. Near Raqqa, 15 strikes hit five Islamic State tactical "
          "units and destroyed six oil refinement stills, three supply caches and two bridges. Near Palmyra, one "
          "strike destroyed a tank held by the militants. In Iraq, the coalition coordinated its strikes with the "
          "Iraqi government.",
          [ev("ASSAULT", a("U.S.-led coalition forces", "IGO", "MIL"), a("Islamic State militants", "IMG", "REB"),
              None, "reported", "2017-01-08", claimant={"text": "Central Command", "country": "USA"}),
           ev("ASSAULT", a(None, "IGO", "MIL"), a("Islamic State", "IMG", "REB"), None, date="2017-01-08",
              obj="six oil refinement stills, three supply caches and two bridges"),
           ev("ASSAULT", a(None, "IGO", "MIL"), a("the militants", "IMG", "REB"), None, date="2017-01-08",
              obj="a tank"),
           ev("COOPERATE", a("the coalition", "IGO", "MIL"), a("Iraqi government", "IRQ", "GOV"), None,
              date="2017-01-08")],
          "http://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/1044663/january-9-military-"
          "airstrikes-continue-against-isil-terrorists-in-syria-and-iraq/ (CENTCOM, 9 Jan 2017, public domain; "
          "via dstl/re3d)"),
    story("wa41", "WASHINGTON", "Washington", "USA", "2016-12-28",
          "Abu Jandal al-Kuwaiti, a senior Islamic State commander in Raqqa, was struck and killed by a coalition "
          "air strike near the Tabqa Dam on Monday, Dec. 26, the U.S. military's Central Command said. He had been a "
          "member of the group's war committee and helped it retake Palmyra. He was involved in the use of suicide "
          "vehicles, roadside bombs and chemical weapons against the Syrian Democratic Forces, the statement said.",
          [ev("ASSAULT", a("coalition", "IGO", "MIL"), a("Abu Jandal al-Kuwaiti", "IMG", "REB"), "aerial", "reported",
              "2016-12-26", claimant={"text": "Central Command", "country": "USA"}),
           ev("COERCE", a("it", "IMG", "REB"), None, "seize"),
           ev("ASSAULT", a("He", "IMG", "REB"), a("the Syrian Democratic Forces", "SYR", "REB"), None, "reported",
              instrument="suicide vehicles, roadside bombs and chemical weapons",
              claimant={"text": "the statement", "country": "USA"})],
          "http://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/1039229/death-of-abu-jandal-al-"
          "kuwaiti/ (CENTCOM, late Dec 2016, public domain; via dstl/re3d; item date approximate, "
          "the story dates the strike itself)"),
    story("wa42", "ERBIL, Iraq, Aug 9", "Erbil", "IRQ", "2022-08-09",
          "A Turkish drone strike killed four fighters of the U.S.-backed Syrian Democratic Forces in the northeast "
          "Syrian city of Qamishli on Tuesday, the SDF said. The Kurdish-led group said it would retaliate for the "
          "Turkish attacks. The Autonomous Administration of North and East Syria called on the U.S.-led coalition "
          "and Russia to do more to stop the strikes.",
          [ev("ASSAULT", a("Turkish", "TUR", "MIL"), a("four fighters", "SYR", "REB"), "drone", "reported",
              "2022-08-09", instrument="drone", claimant={"text": "the SDF", "country": "SYR"}),
           ev("THREATEN", a("it", "SYR", "REB"), a("Turkish", "TUR", "MIL"), "violence", date="2022-08-09"),
           ev("REQUEST", a("The Autonomous Administration of North and East Syria", "SYR", "GOV"),
              a("U.S.-led coalition", "IGO", "MIL"), None, date="2022-08-09"),
           ev("REQUEST", a("The Autonomous Administration of North and East Syria", "SYR", "GOV"), a("Russia", "RUS"),
              None, date="2022-08-09")],
          "https://www.kurdistan24.net/en/story/29179-Turkish-drone-kills-four-SDF-fighters-in-Qamishlo:-SDF "
          "(Kurdistan 24, 9 Aug 2022)"),
    # ---------------- Ethiopia ----------------
    story("wa43", "ADDIS ABABA, Aug 2 (Reuters)", "Addis Ababa", "ETH", "2023-08-02",
          "Ethiopia's military clashed with fighters of the Fano militia near Debre Tabor in the Amhara region on "
          "Tuesday and Wednesday, residents said. Fano backed federal troops during the two-year war in neighbouring "
          "Tigray, but relations soured after the peace deal that ended it. Some in the region accuse the federal "
          "government of disregarding Amhara's security.",
          [ev("ASSAULT", a("Ethiopia's military", "ETH", "MIL"), a("Fano militia", "ETH", "REB"), None, "reported",
              claimant={"text": "residents"}),
           ev("SUPPORT", a("Fano", "ETH", "REB"), a("federal troops", "ETH", "MIL"), None),
           ev("ACCUSE", a("Some in the region", "ETH", "CVL"), a("the federal government", "ETH", "GOV"), "allege")],
          "https://www.warsintheworld.com/index.php/2023/08/06/ethiopia-multiple-injuries-as-ethiopian-military-and-"
          "fano-militia-clashed-in-amhara-region/ (after Reuters/Al Jazeera, 2 Aug 2023)"),
    # ---------------- Somalia ----------------
    story("wa44", "MOGADISHU, Jan 22", "Mogadishu", "SOM", "2023-01-22",
          "Somali commandos stormed the municipal headquarters in Mogadishu on Sunday to end a five-hour siege by "
          "al Shabaab militants in which five civilians were killed, officials said. The attack began with a car "
          "bomb at the entrance of the building before militants disguised as soldiers raided the compound. "
          "Security forces rescued government staff and shot dead six militants, the information ministry said.",
          [ev("ASSAULT", a("Somali commandos", "SOM", "MIL"), a("al Shabaab militants", "SOM", "REB"), None,
              "reported", "2023-01-22", obj="the municipal headquarters", claimant={"text": "officials"}),
           ev("ASSAULT", a("al Shabaab militants", "SOM", "REB"), a("five civilians", "SOM", "CVL"), None, "reported",
              "2023-01-22", claimant={"text": "officials"}),
           ev("ASSAULT", a("militants", "SOM", "REB"), None, "explosives", date="2023-01-22", instrument="a car bomb",
              obj="the compound"),
           ev("ASSAULT", a("Security forces", "SOM", "COP"), a("six militants", "SOM", "REB"), None, "reported",
              "2023-01-22", claimant={"text": "the information ministry", "country": "SOM"})],
          "https://sofoniedala.blogspot.com/2023/01/somali-forces-end-deadly-siege-by-al.html (after BBC, 22 Jan "
          "2023); https://weafrica24.com/2023/01/22/al-shabaab-claims-responsibility-for-mogadishu-attack/ (22 Jan 2023)"),
    # ---------------- Romania (benefactive aid) ----------------
    story("wa45", "BUCHAREST, Sept 23", "Bucharest", "ROU", "2024-09-23",
          "The European Union has allocated 1.5 billion euros in aid for Romania to repair homes and infrastructure "
          "destroyed by this month's floods, Liberal party leader Nicolae Ciuca said on Monday. The money is part of "
          "the 10 billion euros that European Commission President Ursula von der Leyen pledged last week to the "
          "countries hit by storm Boris. Romania's government has already given about 20 million euros in "
          "emergency aid to flood-hit families in Galati and Vaslui counties.",
          [ev("AID", a("The European Union", "IGO"), a("Romania", "ROU"), None, "reported",
              claimant={"text": "Nicolae Ciuca", "country": "ROU"}),
           ev("AGREE", a("Ursula von der Leyen", "IGO", "GOV"), None, None),
           ev("AID", a("Romania's government", "ROU", "GOV"), a("flood-hit families", "ROU", "CVL"), None)],
          "https://www.romania-insider.com/romania-eu-financial-aid-floods-sept-2024 (23 Sep 2024); "
          "https://www.romania-insider.com/state-aid-floods-galati-sept-2024 (17 Sep 2024)"),
]


def _check(items: list[dict]) -> list[str]:
    errs = []
    ids = set()
    for it in items:
        sid, text = it["id"], it["text"]
        if sid in ids:
            errs.append(f"{sid}: duplicate id")
        ids.add(sid)
        dl = it["dateline"]
        if not text.startswith(dl["text"] + " - "):
            errs.append(f"{sid}: text does not start with its dateline")
        body = text[len(dl["text"]) + 3:]
        n = len(re.findall(r"(?<=[.!?\"])\s+(?=[A-Z\"])", body)) + 1
        if not 3 <= n <= 8:
            errs.append(f"{sid}: {n} sentences")
        date.fromisoformat(it["date"])
        for k, e in enumerate(it["events"]):
            where = f"{sid}#{k}"
            if e["event_type"] not in TYPES:
                errs.append(f"{where}: type {e['event_type']}")
            if e["mode"] is not None and e["mode"] not in MODES.get(e["event_type"], set()):
                errs.append(f"{where}: mode {e['mode']} not a {e['event_type']} mode")
            if e["modality"] not in MODALITIES:
                errs.append(f"{where}: modality {e['modality']}")
            if e.get("date"):
                date.fromisoformat(e["date"])
            for role in ("source", "target"):
                r = e[role]
                if r is None:
                    continue
                if r["sector"] not in SECTORS:
                    errs.append(f"{where}: {role} sector {r['sector']}")
                if r["text"] is not None and r["text"] not in body:
                    errs.append(f"{where}: {role} text {r['text']!r} not in the story")
            for f in ("instrument", "object", "claimant"):
                if f in e and e[f]["text"] not in body:
                    errs.append(f"{where}: {f} text {e[f]['text']!r} not in the story")
    return errs


def main() -> int:
    errs = _check(ITEMS)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        return 1
    out = Path(__file__).with_name("wire_args.jsonl")
    lines = ["# Held-out wire-story argument set (issue 14). FROZEN: generated by build_wire_args.py; sha256 checked "
             "by tests/test_gold_frozen.py."]
    lines += [json.dumps(it, ensure_ascii=False) for it in ITEMS]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    n_ev = sum(len(it["events"]) for it in ITEMS)
    countries = {it["dateline"]["country"] for it in ITEMS}
    print(f"{out}: {len(ITEMS)} stories, {n_ev} events, datelines from {len(countries)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
