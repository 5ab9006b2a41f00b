"""Source of tests/gold/kosovo_serbia.jsonl: hand-annotated sentences from real, public statements and
news on Kosovo and Serbia (each item cites its source). Run this file to regenerate the JSONL; the
annotations below are the gold, written by hand (not produced by flashpoint)."""
from __future__ import annotations

import json
from pathlib import Path

SEED0 = "corpus/000_22febbbc6966d81e.txt (statement of 30 Aug 2024)"
SEED2 = "corpus/002_28ae739b375ae9cd.txt (statement dated 17. 03. 2004.)"
WN_PROT = "https://en.wikinews.org/wiki/Serbian_protesters_try_to_storm_Parliament;_fourth_day_of_protests (CC BY 2.5)"
WN_CAMP = "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020 (CC BY 2.5)"
EU_0530 = "https://ieu-monitoring.com/editorial/kosovo-eu-hr-borrell-on-the-ongoing-confrontations/408262 (EU HR statement, Brussels, 30 May 2023)"
EU_0603 = "https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/ (EU press release, 3 June 2023)"
TDI = "https://thediplomaticinsight.com/eu-condemns-violence-in-kosovo-calls-for-de-escalation/ (3 June 2023)"
AA = "https://defence.m5dergi.com/one-cikan/eu-nato-urge-kosovo-to-de-escalate-not-take-unilateral-destabilizing-steps/ (28 May 2023)"
BABEL = "https://babel.ua/en/news/98804-the-number-of-victims-of-shootouts-between-armed-men-and-the-police-has-increased-in-kosovo (25 Sep 2023)"
EFE = "https://efe.com/en/latest-news/2023-09-24/armed-men-storm-into-kosovo-monastery-after-deadly-clash-with-police/ (24 Sep 2023)"
OGR = "https://ogreszinas.news/?p=16582 (24 Sep 2023, after BBC)"
TXT = "https://www.txtreport.com/news/2023-09-24-... (24 Sep 2023, after Reuters)"
IDEA = "https://www.idea.int/democracytracker/report/kosovo/september-2023 (Sep 2023)"
OWIKI = "https://en.wikipedia.org/wiki/Banjska_attack (CC BY-SA 4.0)"
WP2004 = "https://en.wikipedia.org/wiki/2004_unrest_in_Kosovo (CC BY-SA 4.0)"
NNN = "https://www.newsnetnebraska.org/the-united-states-and-the-european-union-demand-an-unconditional-de-escalation-in-kosovo-the-world/ (29 Dec 2022)"
SLOB = "https://www.slobodenpecat.mk/en/eu-povikuva-kosovo-vednash-da-gi-prekine-policiskite-operacii-na-severot/ (June 2023)"

NORTH_KOSOVO = {"name": "North Kosovo", "country": "XK", "lat": 42.95, "lon": 20.80}
NORTH_MITROVICA = {"name": "North Mitrovica", "country": "XK", "lat": 42.883, "lon": 20.867}
MITROVICA = {"name": "Mitrovicë", "country": "XK", "lat": 42.88333, "lon": 20.86667}
BELGRADE = {"name": "Belgrade", "country": "RS", "lat": 44.80401, "lon": 20.46513}
BANJSKA = {"name": "Banjska", "country": "XK", "lat": 43.0072, "lon": 20.7672}


def A(country=None, sector=None, text=None):
    return {"country": country, "sector": sector, "text": text}


def E(t, s=None, tg=None, mode=None, modality=None, claim=None, date=None, loc=None):
    ev = {"event_type": t}
    if s:
        ev["source"] = s
    if tg:
        ev["target"] = tg
    if mode:
        ev["mode"] = mode
    if modality:
        ev["modality"] = modality
    if claim:
        ev["claimant"] = claim
    if date:
        ev["date"] = date
    if loc:
        ev["location"] = loc
    return ev


SRB_GOV, XKX_GOV, XKX_COP, IGO = A("SRB", "GOV"), A("XKX", "GOV"), A("XKX", "COP"), A("IGO")
EU = A("IGO", None, "European Union")

ITEMS = [
    # --- seed 000: first-person statement; its author refers to itself as "Belgrade" ---
    ("s000-1", SEED0, "2024-08-30", None,
     "We urge our friends and partners in the international community, as well as international organizations operating in Kosovo and Metohija, to immediately protect the Serbian people from the terror of Pristina authorities led by Albin Kurti.",
     [E("REQUEST", SRB_GOV, IGO, modality="asserted", date="2024-08-30"),
      E("REQUEST", SRB_GOV, IGO, modality="asserted"),
      E("AID", IGO, A("XKX", "CVL"), modality="requested"),
      E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege", modality="asserted")]),
    ("s000-2", SEED0, "2024-08-30", None,
     "The incursion of the personnel of Kurti's special police, armed to their teeth, into the institutions on which the physical survival of Serbs in four municipalities in the north of Kosovo and Metohija depends is the culmination of Pristina's anti-Serb, anti-civilization and anti-European policy and represents a dangerous step towards escalation of the widest scale.",
     [E("COERCE", XKX_COP, None, mode="seize", modality="asserted", date="2024-08-30", loc=NORTH_KOSOVO),
      E("ACCUSE", SRB_GOV, XKX_COP, mode="allege", modality="asserted")]),
    ("s000-3", SEED0, "2024-08-30", None,
     "Those who are present in Kosovo and Metohija under United Nations Security Council Resolution 1244 and who are responsible for the safety of all citizens in Kosovo and Metohija must not be silent observers of the terror being carried out by Kurti, which is ruining the chances for a compromise and peaceful solution to the problems in the southern Serbian province.",
     [E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege", modality="asserted")]),
    ("s000-4", SEED0, "2024-08-30", None,
     "Belgrade consistently calls for peace and dialogue, and Pristina, since it has not been adequately sanctioned so far for its permanent obstruction of dialogue and violence against the Serbian people, is doing everything to change the situation on the ground to such an extent that any dialogue becomes redundant.",
     [E("REQUEST", SRB_GOV, None, mode="meet", modality="asserted"),
      E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege", modality="asserted")]),
    ("s000-5", SEED0, "2024-08-30", None,
     "It is high time for Kurti to be prevented from inciting new conflicts in the Western Balkans and completing his plan of ethnic cleansing, which in the past year and a half alone resulted in 15 percent of Serbs leaving Kosovo and Metohija, as also noted by the International Crisis Group.",
     [E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege", modality="asserted"),
      # the charge of ethnic cleansing is the author's (issue 9): ICG's "as also noted" covers only the
      # clause it attaches to, the 15 percent of Serbs leaving
      E("ASSAULT", XKX_GOV, None, mode="cleansing", modality="asserted")]),
    ("s000-6", SEED0, "2024-08-30", None,
     "Instead of Kurti's violence and arbitrariness, we urgently need a reaffirmation and a revival of dialogue, since Pristina's policy does not contribute to peace and poses difficult and dangerous challenges for all responsible actors in the international community, while being an obvious prelude to a humanitarian disaster and a very serious destabilization of the region.",
     [E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege", modality="asserted")]),
    # --- seed 002: first-person statement, dateline 17. 03. 2004., issuer not named ---
    ("s002-1", SEED2, "2004-03-17", None,
     "2018-03-20T12:38:14+00:00 17. 03. 2004.|News|\n\nThe latest escalation of armed violence across Kosovo and innocent human casualties in North Mitrovica is likely to turn into broad inter-ethnic clashes.",
     [E("ASSAULT", None, None, modality="asserted", date="2004-03-17", loc=NORTH_MITROVICA)]),
    ("s002-2", SEED2, "2004-03-17", None,
     "We urge leaders and all members of the Serbian community to do everything in their power to protect their lives and property as well as to insist on their demands to increase their level of security as well as to find and punish the perpetrators of these crimes.",
     [E("REQUEST", A(text="We"), A("XKX", "POL", "leaders"), modality="asserted", date="2004-03-17"),
      E("REQUEST", A(text="We"), A("XKX", "CVL", "members of the Serbian community"), modality="asserted")]),
    ("s002-3", SEED2, "2004-03-17", None,
     "We urge the Albanian leaders to take action to prevent the spread of violence and give solid guarantees to their neighbors, to engage in talks and to jointly fight political extremism, violence, and crime.",
     [E("REQUEST", A(text="We"), A("XKX", "POL", "Albanian leaders"), modality="asserted", date="2004-03-17")]),
    ("s002-4", SEED2, "2004-03-17", None,
     "We remind the Special Representative of the Secretary-General (SPGS) that it is his obligation to undertake all necessary measures for establishing and maintaining peace; in addition to direct measures, to announce his program for establishing security and suppression of extremism, terrorism and organized crime in Kosovo, especially the protection of the Serbian community.",
     [E("REQUEST", A(text="We"), A("IGO", "GOV", "Special Representative of the Secretary-General"), modality="asserted")]),
    ("s002-5", SEED2, "2004-03-17", None,
     "We call upon the authorities of Serbia, Montenegro and the SCG to request a special session of the Supreme Defense Council to review the state of security and respect for human rights in Kosovo as well as to consider all the security implications of conflict escalation in Kosovo.",
     [E("REQUEST", A(text="We"), A("SRB", "GOV"), modality="asserted", date="2004-03-17"),
      E("REQUEST", A(text="We"), A("MNE", "GOV"), modality="asserted"),
      E("REQUEST", A(text="We"), A("SCG", "GOV"), modality="asserted"),
      # the authorities called upon are the ones asked to request the session: one event per pair
      E("REQUEST", A("SRB", "GOV"), A("SCG", "GOV", "Supreme Defense Council"), modality="requested"),
      E("REQUEST", A("MNE", "GOV"), A("SCG", "GOV", "Supreme Defense Council"), modality="requested"),
      E("REQUEST", A("SCG", "GOV"), A("SCG", "GOV", "Supreme Defense Council"), modality="requested")]),
    ("s002-6", SEED2, "2004-03-17", None,
     "We call upon the Government of Serbia to perform security assessment and propose cooperation measures with international community bodies in eliminating further risks of escalating armed conflicts, in combating extremism, and establishing peace and order in Kosovo.",
     [E("REQUEST", A(text="We"), A("SRB", "GOV", "Government of Serbia"), modality="asserted", date="2004-03-17")]),
    # --- Wikinews, Serbian protests, July 2020 ---
    ("wn-prot-1", WN_PROT, "2020-07-12", None,
     "Police director Vladimir Rebic said at least 71 people were arrested Friday night.",
     [E("COERCE", None, A(None, "CVL"), mode="arrest", modality="reported", claim=A("SRB", "COP", "Vladimir Rebic"), date="2020-07-10")]),
    ("wn-prot-2", WN_PROT, "2020-07-12", None,
     "Anti-government protests have been taking place since Tuesday in the Serbian capital Belgrade after the government announced new lockdown measures, which the government dropped after the protests began.",
     [E("PROTEST", None, A("SRB", "GOV"), mode="demo", loc=BELGRADE)]),
    ("wn-prot-3", WN_PROT, "2020-07-12", None,
     "The protesters clashed in front of parliament with the police and threw rocks, bottles and flares.",
     [E("PROTEST", A("SRB", "CVL", "protesters"), A("SRB", "COP", "police"), mode="riot", modality="asserted")]),
    ("wn-prot-4", WN_PROT, "2020-07-12", None,
     "Director Rebic said the night's incidents injured fourteen police officers.",
     [E("ASSAULT", None, A("SRB", "COP"), modality="reported", claim=A("SRB", "COP", "Rebic"))]),
    ("wn-prot-5", WN_PROT, "2020-07-12", None,
     "A number of journalists were also injured after being attacked by protesters.",
     [E("PROTEST", A("SRB", "CVL", "protesters"), A("SRB", "MED", "journalists"), mode="riot", modality="asserted")]),
    ("wn-prot-6", WN_PROT, "2020-07-12", None,
     "Some members of opposition parties have claimed violent protesters were sent by the government.",
     [E("ACCUSE", A("SRB", "OPP"), A("SRB", "GOV"), mode="allege")]),
    # --- Wikinews, September 2020 ---
    ("wn-camp-1", WN_CAMP, "2020-10-29", None,
     "Like the UAE, the Muslim majority nations of Bahrain and Kosovo recognized Israel and opened diplomatic relations with the nation.",
     [E("SUPPORT", A("BHR"), A("ISR")), E("SUPPORT", A("XKX"), A("ISR"))]),
    ("wn-camp-2", WN_CAMP, "2020-10-29", None,
     "Serbia agreed to move its embassy in Israel from Tel Aviv to Jerusalem.",
     [E("AGREE", A("SRB"), None, modality="asserted")]),
    # --- EU High Representative, Brussels, 30 May 2023 (author: EU) ---
    ("eu-0530-1", EU_0530, "2023-05-30", "European Union",
     "The European Union condemns in the strongest terms the violence in the north of Kosovo that we have seen in the last few days.",
     [E("ACCUSE", EU, None, mode="disapprove", modality="asserted", date="2023-05-30")]),
    ("eu-0530-2", EU_0530, "2023-05-30", "European Union",
     "I have had contacts with Kosovo Prime Minister Albin Kurti – again this morning – and with Serbian President Aleksandar Vučić, overnight.",
     [E("CONSULT", EU, XKX_GOV), E("CONSULT", EU, SRB_GOV)]),
    ("eu-0530-3", EU_0530, "2023-05-30", "European Union",
     "As the first step, I expect Kosovo authorities to suspend police operations focusing on the municipal buildings in the north of Kosovo, and the violent protesters to stand down.",
     [E("REQUEST", EU, XKX_GOV, modality="asserted"), E("REQUEST", EU, A("XKX", "CVL", "protesters"))]),
    ("eu-0530-4", EU_0530, "2023-05-30", "European Union",
     "We, the European Union, stand firmly behind NATO's mission KFOR in fulfilling its mandate in the interest of the peace and the stability in Kosovo.",
     [E("SUPPORT", EU, A("IGO", "MIL", "KFOR"))]),
    # --- EU statement, 3 June 2023 ---
    ("eu-0603-1", EU_0603, "2023-06-03", "European Union",
     "We urge both Kosovo and Serbia to immediately and unconditionally take measures to de-escalate, stop using divisive rhetoric and refrain from any further uncoordinated actions.",
     [E("REQUEST", EU, A("XKX"), modality="asserted", date="2023-06-03"), E("REQUEST", EU, A("SRB"), modality="asserted")]),
    ("eu-0603-2", EU_0603, "2023-06-03", "European Union",
     "The European Union is ready to implement resolute measures.",
     [E("THREATEN", EU, None)]),
    ("eu-0603-3", EU_0603, "2023-06-03", "European Union",
     "We expect Kosovo Serbs to take part in these elections.",
     [E("REQUEST", EU, A("XKX", "CVL", "Kosovo Serbs"))]),
    ("tdi-1", TDI, "2023-06-03", None,
     "The EU stands firmly behind NATO's mission KFOR and the EU's mission EULEX, recognizing their vital roles in fulfilling their respective mandates.",
     [E("SUPPORT", EU, A("IGO", "MIL", "KFOR")), E("SUPPORT", EU, A("IGO", None, "EULEX"))]),
    ("tdi-2", TDI, "2023-06-03", None,
     "Expressing concern over the highest alert status of the Serbian Armed Forces, the EU calls upon both Kosovo and Serbia to act responsibly and immediately engage in the EU-facilitated Dialogue.",
     [E("REQUEST", EU, A("XKX")), E("REQUEST", EU, A("SRB"))]),
    # --- Anadolu, 28 May 2023 ---
    ("aa-1", AA, "2023-05-28", None,
     "EU foreign policy chief Josep Borrell Sunday said that the bloc and NATO have urged Kosovo authorities to de-escalate the tension in northern municipalities where ethnic Serbs live.",
     [E("REQUEST", A("IGO", None, "the bloc"), XKX_GOV, modality="reported"), E("REQUEST", A("IGO", "MIL", "NATO"), XKX_GOV, modality="reported")]),
    ("aa-2", AA, "2023-05-28", None,
     "Borrell said he spoke with NATO's Secretary-General Jens Stoltenberg about the situation in the north of Kosovo.",
     [E("CONSULT", A("IGO", "GOV", "Borrell"), A("IGO", None, "Jens Stoltenberg"), modality="reported")]),
    ("aa-3", AA, "2023-05-28", None,
     "Tension rose between Belgrade and Pristina on Friday after police in Kosovo clashed with local Serbs who gathered in front of the municipal building to block the newly elected ethnic Albanian mayor from entering his office.",
     [E("ASSAULT", A("XKX", "COP", "police"), A("XKX", "CVL", "local Serbs"), date="2023-05-26"),
      E("PROTEST", A("XKX", "CVL", "local Serbs"), A("XKX", "GOV", "mayor"), mode="obstruct")]),
    ("aa-4", AA, "2023-05-28", None,
     "Serbia ordered its army Friday to advance to the border with Kosovo and urged NATO to stop the violence against local Serbs in Kosovo.",
     [E("MOBILIZE", A("SRB"), None, mode="troops", date="2023-05-26"), E("REQUEST", A("SRB"), A("IGO", "MIL", "NATO"))]),
    ("aa-5", AA, "2023-05-28", None,
     "Serbian President Aleksandar Vucic urged the army and security forces to be combat-ready.",
     [E("REQUEST", SRB_GOV, A("SRB", "MIL", "army")), E("REQUEST", SRB_GOV, A("SRB", "MIL", "security forces"))]),
    # --- Banjska, September 2023 ---
    ("babel-1", BABEL, "2023-09-25", None,
     "Gunmen engaged in a shootout with police in the northern village of Banjska near the border with Serbia (in Kosovo).",
     [E("ASSAULT", A(None, "UAF", "Gunmen"), A("XKX", "COP", "police"), loc=BANJSKA)]),
    ("babel-2", BABEL, "2023-09-25", None,
     "According to Serbian President Aleksandar Vučić, this attack occurred because Kosovo Prime Minister Albin Kurti refused to form an association of Serbian municipalities in northern Kosovo.",
     [E("REJECT", XKX_GOV, None, modality="reported", claim=A("SRB", "GOV", "Aleksandar Vučić"))]),
    ("babel-3", BABEL, "2023-09-25", None,
     "Border guards of Kosovo closed two checkpoints on the border with Serbia.",
     [E("COERCE", A("XKX", "COP", "Border guards of Kosovo"), None, mode="restrict")]),
    ("babel-4", BABEL, "2023-09-25", None,
     "The head of the UN mission in Kosovo Caroline Ziade and the EU High Representative for Foreign Affairs Josep Borrell condemned the violence in Kosovo.",
     [E("ACCUSE", A("IGO", None, "head of the UN mission"), None, mode="disapprove"), E("ACCUSE", A("IGO", None, "Josep Borrell"), None, mode="disapprove")]),
    ("babel-5", BABEL, "2023-09-25", None,
     "According to Borrell's office, he spoke with Kurti and Vucic on September 24.",
     [E("CONSULT", A("IGO"), XKX_GOV, modality="reported", date="2023-09-24"), E("CONSULT", A("IGO"), SRB_GOV, modality="reported")]),
    ("efe-1", EFE, "2023-09-24", None,
     "A group of heavily armed men stormed a northern Kosovo monastery after killing a police officer on Sunday morning, setting off a deadly gun battle with security forces in a village near the Serbian border.",
     [E("COERCE", A(None, "UAF", "heavily armed men"), None, mode="seize", date="2023-09-24"),
      E("ASSAULT", A(None, "UAF", "heavily armed men"), A("XKX", "COP", "police officer"))]),
    ("efe-2", EFE, "2023-09-24", None,
     "Kosovo attributed the attack in the northern village of Banjska in Leposavic province to the militants allegedly supported by neighboring Serbia.",
     [E("ACCUSE", A("XKX"), A(None, "REB", "militants"), mode="allege")]),
    ("efe-3", EFE, "2023-09-24", None,
     "\u201cThe police are urging the attackers to surrender, but there is no response.\u201d",
     [E("REQUEST", A("XKX", "COP", "The police"), A(None, "UAF", "attackers"))]),
    ("ogr-1", OGR, "2023-09-24", None,
     "Serbian President Vucic disputed Serbia's involvement in the attack, accusing Kurti of months of \u201cprovocations\u201d, framing responsibility on Kurti and accusing him of wanting to start a war with NATO.",
     [E("REJECT", SRB_GOV, None), E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege"), E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege")]),
    ("ogr-2", OGR, "2023-09-24", None,
     "The local authorities said that six people were arrested and it seized a significant number of weapons.",
     [E("COERCE", None, A(None, None, "six people"), mode="arrest", modality="reported"), E("COERCE", A(None, "GOV"), None, mode="seize", modality="reported")]),
    ("txt-1", TXT, "2023-09-24", None,
     "The police laid siege to the monastery, one policeman and three attackers were killed in the shootout.",
     [E("COERCE", A("XKX", "COP", "police"), None, mode="restrict")]),
    ("txt-2", TXT, "2023-09-24", None,
     "The Raško-Prizren diocese of the Serbian Orthodox Church, which includes Banjska, reported that men in an armored car broke into the territory of the monastery, forcing monks and pilgrims to lock themselves inside the church.",
     [E("COERCE", A(None, "UAF", "men in an armored car"), None, mode="seize", modality="reported", claim=A("SRB", "REL", "Serbian Orthodox Church"))]),
    ("idea-1", IDEA, "2023-09-30", None,
     "Serb gunmen dressed in military uniforms stormed Banjska, a Serb-dominated village, and barricaded in its monastery after having battled the Kosovo Police and killed one of its officers.",
     [E("COERCE", A(None, "UAF", "Serb gunmen"), None, mode="seize", loc=BANJSKA),
      E("ASSAULT", A(None, "UAF", "Serb gunmen"), A("XKX", "COP", "Kosovo Police"))]),
    ("idea-2", IDEA, "2023-09-30", None,
     "The European Commission labelled this a terrorist attack.",
     [E("ACCUSE", EU, None, mode="disapprove")]),
    ("owiki-1", OWIKI, "2024-09-11", None,
     "Kosovo's Assembly denounced the incident and called for an international inquiry into alleged Serbian state involvement, urging appropriate measures by Western nations.",
     [E("ACCUSE", A("XKX", "LEG"), None, mode="disapprove"), E("REQUEST", A("XKX", "LEG"), None)]),
    ("owiki-2", OWIKI, "2024-09-11", None,
     "On 11 September 2024, Kosovar authorities charged Radoičić and 44 others with violating constitutional and legal order, terrorist activity and financing and money laundering related to the attack.",
     [E("COERCE", A("XKX", "GOV"), A("XKX", "POL", "Radoičić"), mode="arrest", date="2024-09-11")]),
    # --- 2004 unrest (Wikipedia) ---
    ("wp2004-1", WP2004, "2004-03-18", None,
     "UN peacekeepers and NATO troops scrambled to contain a gun battle between Serbs and Albanians in the partitioned town of Mitrovica, before the violence spread to other parts of Kosovo.",
     [E("ASSAULT", None, None, loc=MITROVICA)]),
    ("wp2004-2", WP2004, "2004-03-18", None,
     "Kosovo Serb communities and cultural heritage were attacked by crowds of Albanians.",
     [E("ASSAULT", A("XKX", "CVL", "crowds of Albanians"), A("XKX", "CVL", "Kosovo Serb communities"))]),
    ("wp2004-3", WP2004, "2004-03-18", None,
     "International and domestic courts in Pristina have prosecuted people who have taken part in the violence.",
     [E("COERCE", A(None, "JUD", "courts"), None, mode="arrest")]),
    ("wp2004-4", WP2004, "2004-03-18", None,
     "The events led to protests in Serbia.",
     [E("PROTEST", None, None, mode="demo")]),
    # --- December 2022 and June 2023 ---
    ("nnn-1", NNN, "2022-12-29", None,
     "The European Union and the United States are concerned about the continuing state of tension in northern Kosovo and ask everyone to exercise maximum restraint, act immediately for an unconditional de-escalation, and refrain from provocations, threats or intimidation.",
     [E("REQUEST", EU, None), E("REQUEST", A("USA"), None)]),
    ("nnn-2", NNN, "2022-12-29", None,
     "For three weeks, the majority Serb population in northern Kosovo has been setting up roadblocks to protest the unjustified arrest of three Serbs.",
     [E("PROTEST", A("XKX", "CVL", "Serb population"), None, mode="obstruct", loc=NORTH_KOSOVO)]),
    ("nnn-3", NNN, "2022-12-29", None,
     "This situation paralyzes transportation and communications throughout the area affected by the protest, while Pristina threatens the intervention of the security forces to remove the siege.",
     [E("THREATEN", XKX_GOV, None)]),
    ("slob-1", SLOB, "2023-06-03", None,
     "The European Union expects Kosovo to immediately end police operations near municipal buildings in northern Kosovo and warns that the consequences of failure to calm the situation will be negative.",
     [E("REQUEST", EU, A("XKX")), E("THREATEN", EU, None)]),
    ("slob-2", SLOB, "2023-06-03", None,
     "The EU calls on Kosovo to immediately stop police operations in the north.",
     [E("REQUEST", EU, A("XKX"), modality="asserted")]),
    ("slob-3", SLOB, "2023-06-03", None,
     "We call on both Kosovo and Serbia to immediately and unconditionally take de-escalation measures, to stop using the rhetoric of division and to refrain from any further uncoordinated measures.",
     [E("REQUEST", A(text="We"), A("XKX")), E("REQUEST", A(text="We"), A("SRB"))]),
    ("efe-4", EFE, "2023-09-24", None,
     "Kosovo police officers guard a checkpoint on the road near the village of Banjska following an attack, in Kosovo, 24 September 2023.",
     [E("MOBILIZE", XKX_COP, None, mode="police", loc=BANJSKA)]),
    ("ogr-3", OGR, "2023-09-24", None,
     "Kosovo's Prime Minister Albin Kurti attributed the invasion to \u201cSerbian-sponsored criminals\u201d, describing them as \u201cprofessionals with military and police experience\u201d, financed and motivated by Belgrade.",
     [E("ACCUSE", XKX_GOV, SRB_GOV, mode="allege")]),
    ("idea-3", IDEA, "2023-09-30", None,
     "Serbia's President denied any involvement, asserting it emanated from local Kosovo Serbs who no longer wished to endure what he referred to as \"Kurti's terror.\"",
     [E("REJECT", SRB_GOV, None), E("ACCUSE", SRB_GOV, XKX_GOV, mode="allege")]),
    ("idea-4", IDEA, "2023-09-30", None,
     "After the attack, the US reported a significant Serbian military presence along the Kosovo border, and the Serbian President announced orders for their withdrawal.",
     [E("RETREAT", SRB_GOV, None, mode="withdraw")]),
    ("wn-prot-7", WN_PROT, "2020-07-12", None,
     "As they tried to storm parliament, police in response fired tear gas at them.",
     [E("COERCE", A("SRB", "COP", "police"), A("SRB", "CVL", "them"))]),
    ("wn-prot-8", WN_PROT, "2020-07-12", None,
     "President Vučić said unspecified foreign security forces were involved in the protests.",
     [E("ACCUSE", SRB_GOV, None, mode="allege")]),
]


# The two seed statements are scored as whole documents (their author and focus come from the
# document), so their annotated sentences are grouped into one item each.
SEED_DOCS = {"s000-": "../../corpus/000_22febbbc6966d81e.txt", "s002-": "../../corpus/002_28ae739b375ae9cd.txt"}


def main() -> None:
    out = Path(__file__).with_name("kosovo_serbia.jsonl")
    rows = []
    for prefix, path in SEED_DOCS.items():
        parts = [i for i in ITEMS if i[0].startswith(prefix)]
        rows.append({"id": prefix.rstrip("-"), "source": parts[0][1], "date": parts[0][2], "path": path,
                     "annotated_sentences": [p[4] for p in parts], "events": [e for p in parts for e in p[5]]})
    for iid, src, date, author, text, events in ITEMS:
        if any(iid.startswith(p) for p in SEED_DOCS):
            continue
        row = {"id": iid, "source": src, "date": date, "text": text, "events": events}
        if author:
            row["author"] = author
        rows.append(row)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ITEMS)} annotated sentences in {len(rows)} items, {sum(len(i[5]) for i in ITEMS)} events -> {out}")


if __name__ == "__main__":
    main()
