"""Hand annotations for the second actor-mention DEV set, dev2 (read by build_actor_dev2.py).

Written by an independent annotator from public news pages, wire copy and press releases found
with a search of stored web pages; the labels were decided from the text, the date and public
knowledge of who held which office then, following docs/annotation-guidelines.md ("Actor
mentions"), never from flashpoint's output. In each chosen sentence every actor mention that is
the subject or object of something happening is annotated, except pronouns and mentions whose
country or role the text and the date do not make certain (left out, as the guidelines ask).

PAGES is filled by _page(url, date, *mentions); each mention is
    (query, sentence, country, sector)  or  (query, sentence, country, sector, extra)
where extra is a dict with "org" (IGO/NGO tag, written to the JSONL) and/or "note" (why the label
needs knowledge; kept here only). `date` is the page's date where it shows one, else the day of
the event the sentence reports (noted where so).
"""

PAGES: list[tuple] = []


def _page(url, date, *mentions):
    for query, sentence, country, sector, *extra in mentions:
        PAGES.append((query, date, sentence, country, sector, url, *(extra or [{}])))


# ---------------------------------------------------------------- Maldives, May 2015 protests
_s = ("MALE (Reuters) - Maldives police arrested 193 people including three opposition leaders after clashes broke "
      "out on Friday during protests over the detention of a former president.")
_t = ("Police said the opposition leaders had incited violence and urged confrontation with the police when addressing "
      "the crowds and that Sheikh Imram Abdulla had organized the protests to topple the government.")
_u = ("Also arrested were Ali Waheed, chairperson of Nasheed’s Maldivian Democratic Party; and Ameen Ibrahim, deputy "
      "leader of the Jumhooree Party, officials said.")
_page("https://www.reuters.com/article/us-maldives-protests/maldives-police-arrest-opposition-leaders-after-clashes-idUSKBN0NN0B020150502",
      "2015-05-02",
      ("Maldives police", _s, "MDV", "COP"),
      ("193 people", _s, "MDV", "CVL"),
      ("three opposition leaders", _s, "MDV", "OPP"),
      ("a former president", _s, "MDV", "OPP",
       {"note": "Mohamed Nasheed (president 2008-12), jailed March 2015, leader of the opposition MDP"}),
      ("Police", _t, "MDV", "COP"),
      ("the opposition leaders", _t, "MDV", "OPP"),
      ("the police", _t, "MDV", "COP"),
      ("the crowds", _t, "MDV", "CVL"),
      ("Sheikh Imram Abdulla", _t, "MDV", "OPP", {"note": "Adhaalath Party leader, in the 2015 opposition alliance"}),
      ("the government", _t, "MDV", "GOV"),
      ("Ali Waheed, chairperson of Nasheed’s Maldivian Democratic Party", _u, "MDV", "OPP"),
      ("Ameen Ibrahim, deputy leader of the Jumhooree Party", _u, "MDV", "OPP",
       {"note": "the Jumhooree Party left the ruling coalition in January 2015 and joined the opposition protests"}),
      ("officials", _u, "MDV", "GOV"),
      )
_s = ("With the arrests, nearly the entire opposition leadership behind Friday’s anti-government protests were "
      "detained, opposition lawmaker Eva Abdulla said on Saturday.")
_t = "MDP spokeswoman Shauna Aminath said 195 people had been arrested since Friday evening when the protest began."
_page("https://www.aljazeera.com/news/2015/5/2/maldives-opposition-leaders-arrested-after-clashes", "2015-05-02",
      ("nearly the entire opposition leadership behind Friday’s anti-government protests", _s, "MDV", "OPP"),
      ("opposition lawmaker Eva Abdulla", _s, "MDV", "OPP",
       {"note": "MDP member of the Majlis; the text calls her the opposition (OPP rather than LEG: unsure)"}),
      ("MDP spokeswoman Shauna Aminath", _t, "MDV", "OPP"),
      ("195 people", _t, "MDV", "CVL"),
      ("Aminath", "“All key opposition figures are now under arrest,” Aminath told AFP.", "MDV", "OPP"),
      ("AFP", "“All key opposition figures are now under arrest,” Aminath told AFP.", "FRA", "MED"),
      )
_s = ("The Maldives government accused Sheik Imran, leader of Islamic conservative Adhaalath or Justice Party of "
      "inciting violence among the protesters with the aim of overthrowing the government.")
_t = ("Thousands marched in the capital accusing Gayoom of jailing former President Mohamed Nasheed and others who he "
      "sees as political threats.")
_page("http://post.jagran.com/maldives-police-arrest-opposition-leader-after-clashes-1430541424", "2015-05-02",
      ("The Maldives government", _s, "MDV", "GOV"),
      ("Sheik Imran, leader of Islamic conservative Adhaalath or Justice Party", _s, "MDV", "OPP"),
      ("the protesters", _s, "MDV", "CVL"),
      ("the government", _s, "MDV", "GOV"),
      ("Thousands", _t, "MDV", "CVL"),
      ("Gayoom", _t, "MDV", "GOV", {"note": "President Abdulla Yameen Abdul Gayoom (2013-18)"}),
      ("former President Mohamed Nasheed", _t, "MDV", "OPP"),
      ("Police", "Police fired tear gas and arrested 193 protesters.", "MDV", "COP"),
      ("193 protesters", "Police fired tear gas and arrested 193 protesters.", "MDV", "CVL"),
      )
_s = ("Those arrested include Sheikh Imran Abdulla, a leader of the small but influential Islamic Adhaalath Party, as "
      "well as the chairperson of the main opposition party, the Maldivian Democratic Party (MDP), a police official "
      "said on Saturday.")
_page("https://deccanchronicle.com/amp/150502/world-neighbours/article/tension-escalates-maldives-after-police-arrest-192-opposition-leader",
      "2015-05-02",
      ("Sheikh Imran Abdulla, a leader of the small but influential Islamic Adhaalath Party", _s, "MDV", "OPP"),
      ("the chairperson of the main opposition party, the Maldivian Democratic Party (MDP)", _s, "MDV", "OPP"),
      ("a police official", _s, "MDV", "COP"),
      )

# ---------------------------------------------------------------- Nigeria, Boko Haram
_s = ("Nigerian troops have arrested two top Commanders of Boko Haram in Gaidam town of Gaidam local government area "
      "of Yobe state, Northeast Nigeria.")
_t = ("According to him, following reports about suspected movements and planned attack by Boko Haram terrorists "
      "around Damasak area, the Nigerian Air Force is conducting air surveillance and armed reconnaissance in the area.")
_page("http://donokereke.blogspot.com/2015/08/two-top-boko-haram-commanders-arrested.html?m=1", "2015-08-20",
      ("Nigerian troops", _s, "NGA", "MIL"),
      ("two top Commanders of Boko Haram", _s, "NGA", "REB"),
      ("the Nigerian Army spokesman, Col. Sani Usman",
       "A statement from the Nigerian Army spokesman, Col. Sani Usman reveals that, two pick-up vehicles were also "
       "seized from the fleeing insurgents.", "NGA", "MIL"),
      ("the fleeing insurgents", "A statement from the Nigerian Army spokesman, Col. Sani Usman reveals that, two "
       "pick-up vehicles were also seized from the fleeing insurgents.", "NGA", "REB"),
      ("Col. Sani", "Col. Sani said the terrorists were currently being interrogated.", "NGA", "MIL"),
      ("the terrorists", "Col. Sani said the terrorists were currently being interrogated.", "NGA", "REB",
       {"note": "the two arrested Boko Haram commanders"}),
      ("Boko Haram terrorists", _t, "NGA", "REB"),
      ("the Nigerian Air Force", _t, "NGA", "MIL"),
      )
_s = ("NIGERIAN Army has confirmed that a boko haram commander and several other members of the sect have "
      "surrendered to its troops.")
_page("http://www.nigeriatoday.ng/2017/07/boko-haram-commanders-700-members-surrender-to-nigerian-troops/", "2017-07-04",
      ("NIGERIAN Army", _s, "NGA", "MIL"),
      ("a boko haram commander", _s, "NGA", "REB"),
      ("several other members of the sect", _s, "NGA", "REB"),
      ("its troops", _s, "NGA", "MIL"),
      )
_s = ("The Nigerian Army declared on Friday that more than 200 Boko Haram Fighters gave up their arms following the "
      "capture of Banki on the border with Cameroun by Nigerian troops.")
_t = ("Theatre Commander of Operation Lafiya Dole, Maj. Gen. Yusha’u Abubakar told newsmen that after the fall of "
      "Banki on Thursday, over 200 insurgents willingly submitted themselves to Nigerian forces.")
_u = ("Nigeria's military chiefs say they are doing everything possible to achieve President Buhari’s December "
      "deadline for the complete defeat of Boko Haram.")
_page("https://abujacitynews.blogspot.com/2015/09/200-boko-haram-fighters-surrender-to.html", "2015-09-04",
      ("The Nigerian Army", _s, "NGA", "MIL",
       {"note": "page dated September 2015 by its URL; the day (Friday 4 Sept) is uncertain, no role changed that month"}),
      ("more than 200 Boko Haram Fighters", _s, "NGA", "REB"),
      ("Nigerian troops", _s, "NGA", "MIL"),
      ("Theatre Commander of Operation Lafiya Dole, Maj. Gen. Yusha’u Abubakar", _t, "NGA", "MIL"),
      ("newsmen", _t, "NGA", "MED"),
      ("over 200 insurgents", _t, "NGA", "REB"),
      ("Nigerian forces", _t, "NGA", "MIL"),
      ("Nigeria's military chiefs", _u, "NGA", "MIL"),
      ("President Buhari", _u, "NGA", "GOV"),
      ("Boko Haram", _u, "NGA", "REB"),
      )

# ---------------------------------------------------------------- Ethiopia, Tigray war (November 2020)
_s = ("Ethiopian Prime Minister Abiy Ahmed on Thursday announced seizure of highly strategic towns in west and north "
      "Tigray region by the national defence force as the fighting continues for the 11th day against troops who are "
      "loyal to the Tigray People Liberation Front (TPLF).")
_t = ("TPLF leader and president of the Tigray region Deberetsion Geberemichael on Friday told local media that his "
      "forces have surrendered about 10,000 federal troops.")
_page("https://www.journalducameroun.com/en/why-war-breaks-out-between-ethiopia-and-northern-tigray-region/", "2020-11-13",
      ("Ethiopian Prime Minister Abiy Ahmed", _s, "ETH", "GOV"),
      ("the national defence force", _s, "ETH", "MIL"),
      ("troops who are loyal to the Tigray People Liberation Front (TPLF)", _s, "ETH", "REB",
       {"note": "TPLF forces fighting the federal army from 4 Nov 2020: REB (like the RSF rule)"}),
      ("TPLF leader and president of the Tigray region Deberetsion Geberemichael", _t, "ETH", "REB",
       {"note": "unsure: regional president (GOV) but leading the TPLF's war on the federal government; coded REB"}),
      ("local media", _t, "ETH", "MED"),
      ("his forces", _t, "ETH", "REB"),
      ("about 10,000 federal troops", _t, "ETH", "MIL"),
      ("the federal government", "He accused the federal government of joining forces with neighboring Eritrea to "
       "wage war against the region.", "ETH", "GOV"),
      )

# ---------------------------------------------------------------- Mozambique, Cabo Delgado (2021)
_s = ("JOHANNESBURG — Rwandan and Mozambican security forces have recaptured the port town of Mocimboa da Praia, an "
      "insurgents’ stronghold, Rwanda Defence Force said on Sunday.")
_t = ("Last month, the Rwandan government deployed a 1,000-strong force to Mozambique to fight alongside Mozambique’s "
      "forces and troops of the 16-member Southern African Development Community (SADC).")
_page("https://nationalpost.com/pmn/news-pmn/rwanda-defence-force-says-retakes-strategic-mozambican-town-from-insurgents",
      "2021-08-08",
      ("Rwandan and Mozambican security forces", _s, "RWA", "MIL", {"note": "coordinated actors: the first one's country"}),
      ("Rwanda Defence Force", _s, "RWA", "MIL"),
      ("insurgents, linked to Islamic State", "The unrest escalated as insurgents, linked to Islamic State, seized "
       "entire towns, including the strategically important Mocimboa da Praia.", "MOZ", "REB"),
      ("the Rwandan government", _t, "RWA", "GOV"),
      ("a 1,000-strong force", _t, "RWA", "MIL"),
      ("Mozambique’s forces", _t, "MOZ", "MIL"),
      ("troops of the 16-member Southern African Development Community (SADC)", _t, "IGO", "MIL", {"org": "SADC"}),
      )
_s = ("This comes after Mozambican President Filipe Nyusi, in his address to the nation on Sunday noted that "
      "Mozambican defence forces had seized terrorist positions at Diaca, Roma and Nantili.")
_t = "Nyusi said: “Rwandan troops have come to save lives in a province where we have people being killed and beheaded every day.”"
_u = ("Rwandan troops were sent to work closely with Mozambique Armed Defence Forces (FADM) and forces from SADC, in "
      "the fight against terrorism in Cabo Delgado.")
_page("https://read.newspages.co.za/rwanda-mozambican-rwandan-troops-overrun-major-insurgents-base-in-cabo-delgado/",
      "2021-07-25",
      ("Mozambican President Filipe Nyusi", _s, "MOZ", "GOV",
       {"note": "page undated: the day of Nyusi's address (Sunday before the capture of Monday 26 July 2021)"}),
      ("Mozambican defence forces", _s, "MOZ", "MIL"),
      ("Nyusi", _t, "MOZ", "GOV"),
      ("Rwandan troops", _t, "RWA", "MIL"),
      ("Rwandan troops", _u, "RWA", "MIL"),
      ("Mozambique Armed Defence Forces (FADM)", _u, "MOZ", "MIL"),
      ("forces from SADC", _u, "IGO", "MIL", {"org": "SADC"}),
      )
_s = ("Rwanda’s troops have rapidly helped Mozambique’s armed forces achieve victories against the insurgents, who "
      "have created a humanitarian emergency in northern Cabo Delgado province and surrounding areas.")
_t = ("In addition to the Rwandans, a regional force from the Southern African Development Community officially "
      "starts operations on Monday.")
_page("https://hardandsmart.net/2021/08/09/rwandan-mozambican-forces-retake-port-from-insurgents/", "2021-08-09",
      ("A joint force of Mozambican and Rwandan troops", "JOHANNESBURG (AP) — A joint force of Mozambican and Rwandan "
       "troops has regained control of a strategic port from Islamic extremists who held the town in northern "
       "Mozambique for a year, the countries’ defense ministries have announced.", "MOZ", "MIL"),
      ("Islamic extremists who held the town in northern Mozambique for a year", "JOHANNESBURG (AP) — A joint force of "
       "Mozambican and Rwandan troops has regained control of a strategic port from Islamic extremists who held the "
       "town in northern Mozambique for a year, the countries’ defense ministries have announced.", "MOZ", "REB"),
      ("Rwanda’s troops", _s, "RWA", "MIL"),
      ("Mozambique’s armed forces", _s, "MOZ", "MIL"),
      ("the insurgents", _s, "MOZ", "REB"),
      ("the Rwandans", _t, "RWA", "MIL"),
      ("a regional force from the Southern African Development Community", _t, "IGO", "MIL", {"org": "SADC"}),
      )

# ---------------------------------------------------------------- Senegal, Sonko verdict (1-2 June 2023)
_s = ("DAKAR, Senegal: Nine people were killed in clashes across Senegal, the interior minister said Friday, after a "
      "court sentenced firebrand opposition leader Ousmane Sonko to two years in prison.")
_t = ("After Thursday’s verdict, clashes broke out between police and the protesters, buses were set alight in the "
      "capital Dakar, and unrest was reported elsewhere including the city of Ziguinchor, where Sonko has been mayor since 2022.")
_u = ("Two police officials while speaking on condition of anonymity, told AFP that at least three of the deaths "
      "occurred at demonstrations in Ziguinchor, while a policeman was stoned to death by young protesters in the capital.")
_page("https://wenewsenglish.com/clashes-claim-nine-lives-in-senegal-after-opposition-leader-sentenced", "2023-06-02",
      ("Nine people", _s, "SEN", "CVL"),
      ("the interior minister", _s, "SEN", "GOV"),
      ("a court", _s, "SEN", "JUD"),
      ("firebrand opposition leader Ousmane Sonko", _s, "SEN", "OPP"),
      ("police", _t, "SEN", "COP"),
      ("the protesters", _t, "SEN", "CVL"),
      ("Two police officials", _u, "SEN", "COP"),
      ("AFP", _u, "FRA", "MED"),
      ("a policeman", _u, "SEN", "COP"),
      ("young protesters", _u, "SEN", "CVL"),
      )
_s = ("Nine people have been killed in Senegal in clashes between riot police and supporters of opposition leader "
      "Ousmane Sonko after a court sentenced him to two years in jail, casting serious doubt on his chances of running "
      "for president next year.")
_t = ("But after two years of a confrontation with the authorities that has kept the country on tenterhooks, he could "
      "now be arrested \"at any time\", Justice Minister Ismaila Madior Fall told journalists.")
_page("https://en.sun.mv/82853", "2023-06-02",
      ("Nine people", _s, "SEN", "CVL"),
      ("riot police", _s, "SEN", "COP"),
      ("supporters of opposition leader Ousmane Sonko", _s, "SEN", "OPP"),
      ("a court", _s, "SEN", "JUD"),
      ("Government spokesperson Abdou Karim Fofana", "Government spokesperson Abdou Karim Fofana said security forces "
       "had the situation under control in the capital.", "SEN", "GOV"),
      ("the authorities", _t, "SEN", "GOV"),
      ("Justice Minister Ismaila Madior Fall", _t, "SEN", "GOV"),
      ("journalists", _t, "SEN", "MED"),
      ("the NetBlocks internet observatory", "Several social media and messaging platforms were restricted in Senegal "
       "late on Thursday — a move \"likely to significantly impact the public's ability to communicate,\" the NetBlocks "
       "internet observatory said.", "NGO", "NGO", {"note": "NetBlocks: London-based internet monitor, international"}),
      )
_page("https://newsleaps.com/post.php?id=3748", "2023-06-01",
      ("a court", "Violence erupted in Senegal’s capital Dakar on Thursday after a court sentenced firebrand opposition "
       "leader Ousmane Sonko to two years in jail for “corrupting youth,” a move that dims his hopes of contesting next "
       "year’s presidential election.", "SEN", "JUD", {"note": "page undated: the day of the verdict (Thursday 1 June 2023)"}),
      ("firebrand opposition leader Ousmane Sonko", "Violence erupted in Senegal’s capital Dakar on Thursday after a "
       "court sentenced firebrand opposition leader Ousmane Sonko to two years in jail for “corrupting youth,” a move "
       "that dims his hopes of contesting next year’s presidential election.", "SEN", "OPP"),
      ("Satire Mbaye, a presidential party official in the Dakar suburb of Keur Massar", "Satire Mbaye, a presidential "
       "party official in the Dakar suburb of Keur Massar, said the party headquarters had been “ransacked.”", "SEN", "POL"),
      )

# ---------------------------------------------------------------- Brazil, the Supreme Court and Bolsonaro
_s = ("The probe has already allowed Justice Moraes to issue a wide variety of orders, including temporarily removing "
      "an article with negative information about Chief Justice Dias Toffoli from a digital magazine last year, which "
      "was considered an unreasonable act of censorship, even among his Supreme Court peers.")
_t = ("As a justice of the Supreme Court, Alexandre de Moraes is leading three inquiries that impact upon Jair Bolsonaro "
      "on various fronts and could even cost him his term and lead to the arrest of his loyal supporters.")
_page("https://brazilian.report/power/2020/06/23/jair-bolsonaro-possible-hangman-supreme-court/", "2020-06-23",
      ("Alexandre de Moraes", _t, "BRA", "JUD"),
      ("Jair Bolsonaro", _t, "BRA", "GOV"),
      ("Justice Moraes", _s, "BRA", "JUD"),
      ("Chief Justice Dias Toffoli", _s, "BRA", "JUD", {"note": "president of the STF Sept 2018 - Sept 2020"}),
      ("a digital magazine", _s, "BRA", "MED"),
      ("his Supreme Court peers", _s, "BRA", "JUD"),
      )
_s = ("For the record, by canceling, Monday, March 8, all the convictions that weighed on Lula, Supreme Court judge "
      "Edson Fachin had already returned all of his political rights, paving the way for a Lula-Jair Bolsonaro duel for 2022.")
_page("https://pledgetimes.com/brazil-the-fall-of-the-incorruptible-moro-the-judge-who-convicted-lula/", "2021-03-11",
      ("Gilmar Mendes, a judge at the Federal Supreme Court", "“ Vou cannot fight crime by committing a crime yourself ”, "
       "said Gilmar Mendes, a judge at the Federal Supreme Court, on Tuesday.", "BRA", "JUD"),
      ("Lula", _s, "BRA", "POL", {"note": "March 2021: former president, PT leader without office"}),
      ("Supreme Court judge Edson Fachin", _s, "BRA", "JUD"),
      )
_page("https://www.spamchronicles.com/a-judge-with-superpowers-to-save-brazils-democracy-and-the-risk-that-comes-with-it/",
      "2023-01-22",
      ("Supreme Court Justice Moraes", "Supreme Court Justice Moraes has agreed to investigate whether former President "
       "Jair Bolsonaro encouraged the invasion.", "BRA", "JUD", {"note": "page date from its timestamp 1674404422"}),
      ("former President Jair Bolsonaro", "Supreme Court Justice Moraes has agreed to investigate whether former President "
       "Jair Bolsonaro encouraged the invasion.", "BRA", "POL",
       {"note": "unsure: January 2023, out of office, PL's leading figure (POL; not called the opposition here)"}),
      )

# ---------------------------------------------------------------- Colombia, ELN peace talks
_page("https://www.thebengalurulive.com/colombia-eln-rebels-start-peace-talks-hoping-to-end-six-decades-of-war", "2022-11-21",
      ("Negotiators from the Colombian government", "Negotiators from the Colombian government and leftist guerrilla group "
       "the National Liberation Army (ELN) began peace talks on Monday, the first major step in President Gustavo Petro’s "
       "efforts to end nearly 60 years of war.", "COL", "GOV",
       {"note": "page undated: the day the talks opened in Caracas (Monday 21 Nov 2022)"}),
      ("leftist guerrilla group the National Liberation Army (ELN)", "Negotiators from the Colombian government and leftist "
       "guerrilla group the National Liberation Army (ELN) began peace talks on Monday, the first major step in President "
       "Gustavo Petro’s efforts to end nearly 60 years of war.", "COL", "REB"),
      ("President Gustavo Petro", "Negotiators from the Colombian government and leftist guerrilla group the National "
       "Liberation Army (ELN) began peace talks on Monday, the first major step in President Gustavo Petro’s efforts to end "
       "nearly 60 years of war.", "COL", "GOV"),
      )
_s = ("CARACAS, Venezuela (AP) — The Colombian government and the South American country’s largest remaining guerrilla "
      "group resumed peace talks Monday, breaking a roughly four-year hiatus during which the rebels have expanded the "
      "territory where they operate.")
_t = ("Neighboring Venezuela, whose government resumed diplomatic relations with Colombia only a few months ago, hosted "
      "the representatives of the National Liberation Army and the government of President Gustavo Petro.")
_u = "Diplomats from Venezuela, Cuba and Norway will assist in the negotiations, while representatives from Chile and Spain will observe it."
_page("https://apnews.com/article/cuba-venezuela-colombia-caribbean-south-america-08df9ee9a60937f93b221baf1163209a",
      "2022-11-21",
      ("The Colombian government", _s, "COL", "GOV"),
      ("the South American country’s largest remaining guerrilla group", _s, "COL", "REB"),
      ("the rebels", _s, "COL", "REB"),
      ("the representatives of the National Liberation Army", _t, "COL", "REB"),
      ("the government of President Gustavo Petro", _t, "COL", "GOV"),
      ("Diplomats from Venezuela, Cuba and Norway", _u, "VEN", "GOV", {"note": "coordinated: the first country"}),
      ("representatives from Chile and Spain", _u, "CHL", "GOV"),
      )
_page("https://newsbulletin247.com/world/181921.html", "2022-10-04",
      ("The National Liberation Army (ELN), known as the last guerrilla in Colombia", "The National Liberation Army (ELN), "
       "known as the last guerrilla in Colombia, formalized this Tuesday (4) in Caracas the resumption of peace "
       "negotiations with the country’s government.", "COL", "REB"),
      ("the country’s government", "The National Liberation Army (ELN), known as the last guerrilla in Colombia, formalized "
       "this Tuesday (4) in Caracas the resumption of peace negotiations with the country’s government.", "COL", "GOV"),
      ("Antonio García, one of the group’s commanders", "“We are going to restart without changing what was agreed,” said "
       "Antonio García, one of the group’s commanders.", "COL", "REB"),
      )

# ---------------------------------------------------------------- Pakistan, Imran Khan (2017, 2023)
_s = ("Islamabad [Pakistan], September 16 (ANI): The Election Commission of Pakistan has directed Islamabad Police to "
      "arrest Pakistan Tehreek-e-Insaf (PTI) chief Imran Khan and to present him before the commission on September 25 "
      "after issuing his arrest warrant a day earlier.")
_t = ("Moreover, the PTI chief has already challenged the ECP's show-cause notice in the Islamabad High Court (IHC), "
      "where a three-judge bench, which adjourned hearings till September 20 without granting a stay order against the "
      "ECP's show-cause notice or arrest warrant.")
_page("https://news.abplive.com/world-news/pak-election-commission-directs-police-to-arrest-imran-khan-580926", "2017-09-16",
      ("The Election Commission of Pakistan", _s, "PAK", "GOV",
       {"note": "year 2017 from the story (ECP contempt case, ATC order of July 2017 on Khan and Qadri)"}),
      ("Islamabad Police", _s, "PAK", "COP"),
      ("Pakistan Tehreek-e-Insaf (PTI) chief Imran Khan", _s, "PAK", "POL",
       {"note": "2017: party chief and MNA, not the formal Leader of the Opposition (POL before LEG)"}),
      ("the PTI chief", _t, "PAK", "POL"),
      ("the Islamabad High Court (IHC)", _t, "PAK", "JUD"),
      ("a three-judge bench", _t, "PAK", "JUD"),
      )
_s = ("Commandoes of paramilitary forces, who arrested Imran Khan outside Islamabad High Court, whisked him away to an "
      "armored vehicle, the videos circulated by the media showed.")
_t = ("According to the media reports, Islamabad High Court Chief Justice Aamer Farooq directed the Islamabad police "
      "chief, the Interior Ministry Secretary and the Additional Attorney-General to appear before him within 15 minutes.")
_u = ("His arrest came a day after Pakistan’s all-powerful army accused Khan of leveling baseless allegations against a "
      "senior officer of the spy agency ISI.")
_page("https://english.revoi.in/pakistan-ex-pm-imran-khan-arrested-islamabad-hc-asks-why", "2023-05-09",
      ("Commandoes of paramilitary forces", _s, "PAK", "MIL", {"note": "the Rangers, a state paramilitary: MIL"}),
      ("Imran Khan", _s, "PAK", "POL", {"note": "May 2023: PTI chairman, no seat (PTI MNAs had resigned)"}),
      ("Islamabad High Court Chief Justice Aamer Farooq", _t, "PAK", "JUD"),
      ("the Islamabad police chief", _t, "PAK", "COP"),
      ("the Interior Ministry Secretary", _t, "PAK", "GOV"),
      ("the Additional Attorney-General", _t, "PAK", "JUD", {"note": "unsure: law officer of the government, coded JUD"}),
      ("Pakistan’s all-powerful army", _u, "PAK", "MIL"),
      ("Khan", _u, "PAK", "POL"),
      ("a senior officer of the spy agency ISI", _u, "PAK", "SPY"),
      )
_s = ("“It is good seeing you,” CJP Bandial told Khan when he was presented before the three-member bench, and also "
      "asked him to “condemn” the violent protests that took place as a result of the arrest.")
_page("https://chinaobserver.pk/the-supreme-court-ordered-imran-khan-to-appear-before-the-ihc-tomorrow-and-declares-his-arrest-as-illegal/",
      "2023-05-11",
      ("PTI", "The decision was applauded by PTI, which has been on the rampage for the past two days, and the government "
       "disapproved of the move.", "PAK", "POL", {"note": "page undated: the day of the Supreme Court order (11 May 2023)"}),
      ("the government", "The decision was applauded by PTI, which has been on the rampage for the past two days, and the "
       "government disapproved of the move.", "PAK", "GOV"),
      ("the police", "PTI’s protests have caused conflicts with the police across the nation, resulting in the deaths of "
       "several people.", "PAK", "COP"),
      ("CJP Bandial", _s, "PAK", "JUD"),
      ("Khan", _s, "PAK", "POL"),
      ("the three-member bench", _s, "PAK", "JUD"),
      )
_s = ("Contempt notices were served to the secretary of the interior ministry and the Islamabad Inspector General of "
      "Police (IGP) for their explanation regarding why Imran Khan was apprehended from the court premises.")
_page("https://www.samaaenglish.tv/news/40034472/pakistan-ihc-terms-imran-khans-arrest-legal", "2023-05-09",
      ("IHC Chief Justice Aamer Farooq", "IHC Chief Justice Aamer Farooq declared the arrest of the former prime minister as "
       "legal, rejecting the plea for Imran Khan’s immediate release.", "PAK", "JUD"),
      ("the former prime minister", "IHC Chief Justice Aamer Farooq declared the arrest of the former prime minister as "
       "legal, rejecting the plea for Imran Khan’s immediate release.", "PAK", "POL"),
      ("the secretary of the interior ministry", _s, "PAK", "GOV"),
      ("the Islamabad Inspector General of Police (IGP)", _s, "PAK", "COP"),
      ("Imran Khan", _s, "PAK", "POL"),
      )

# ---------------------------------------------------------------- Philippines, Senate inquiry into the drug war (22 Aug 2016)
_s = ("THE Senate opens today an inquiry into the ongoing anti-drugs campaign of the Duterte administration which has "
      "already resulted in hundreds of deaths, thousands of arrests, and tens of thousands of surrenders of both pushers and users.")
_t = ("In the last few days, there have been considerable fireworks around the person of Sen. Leila de Lima, whose "
      "Senate Committee on Justice and Human Rights is to conduct the inquiry.")
_page("http://tempo.com.ph/2016/08/22/human-rights-in-the-anti-drugs-campaign/", "2016-08-22",
      ("THE Senate", _s, "PHL", "LEG"),
      ("the Duterte administration", _s, "PHL", "GOV"),
      ("Sen. Leila de Lima", _t, "PHL", "LEG"),
      ("Senate Committee on Justice and Human Rights", _t, "PHL", "LEG"),
      ("President Duterte", "President Duterte has accused her of having an affair with her driver who allegedly "
       "collected drug money for her inside the New Bilibid Prison.", "PHL", "GOV"),
      )
_s = ("The country’s top police officer, Philippines National Police (PNP) chiefRonald Dela Rosa reported in testimony "
      "that 712 suspects have been killed in police operations since the war on drugs began, and that internal police "
      "investigations in these cases are ongoing.")
_page("http://dailysubscriber.com/filipino-president-dutertes-war-on-drugs-under-senate-spotlight-5/", "2016-08-22",
      ("Pasay City chief Police investigator Nolasco Bathan", "Pasay City chief Police investigator Nolasco Bathan told "
       "the inquiry two of the policemen have been charged with murder, only this morning, before the hearing.",
       "PHL", "COP", {"note": "CNN story of the first Senate hearing, Monday 22 Aug 2016"}),
      ("two of the policemen", "Pasay City chief Police investigator Nolasco Bathan told the inquiry two of the policemen "
       "have been charged with murder, only this morning, before the hearing.", "PHL", "COP"),
      ("The country’s top police officer, Philippines National Police (PNP) chiefRonald Dela Rosa", _s, "PHL", "COP"),
      ("712 suspects", _s, "PHL", "CVL"),
      )

# ---------------------------------------------------------------- Uganda, Bobi Wine (October 2023)
_page("https://cip.prayerhub.org/en/eu-news/itemlist/tag/Bobi%20Wine.html", "2023-10-06",
      ("Uganda’s main opposition party, the NUP", "Uganda’s main opposition party, the NUP, has said its leader Bobi Wine "
       "was detained upon returning from a trip abroad.", "UGA", "OPP"),
      ("its leader Bobi Wine", "Uganda’s main opposition party, the NUP, has said its leader Bobi Wine was detained upon "
       "returning from a trip abroad.", "UGA", "OPP"),
      ("the police", "However, the police said he was ‘successfully escorted by our security team’, and urged people to "
       "disregard rumours of his arrest by ‘propagandists’.", "UGA", "COP"),
      )

# ---------------------------------------------------------------- Nicaragua, the Ortega government's crackdown
_s = ("A Nicaraguan bishop who has been a sharp critic of the government of President Daniel Ortega and who has been "
      "under house arrest since August was charged Tuesday with conspiracy and propagation of false news, a judicial body reported.")
_t = ("The charges were brought by the prosecutor’s office before a judge of the Managua Criminal District Court, the "
      "statement said.")
_u = ("On Tuesday, the prosecutor’s office also filed charges against Uriel Antonio Vallejos, parish priest for the city "
      "of Sebaco in the center of the country.")
_page("https://newscentral.news/en/2022/12/14/nicaragua-bishop-who-criticized-govt-charged-with-conspiracy", "2022-12-14",
      ("A Nicaraguan bishop", _s, "NIC", "REL", {"note": "Bishop Rolando Álvarez of Matagalpa"}),
      ("the government of President Daniel Ortega", _s, "NIC", "GOV"),
      ("a judicial body", _s, "NIC", "JUD"),
      ("the prosecutor’s office", _t, "NIC", "JUD"),
      ("a judge of the Managua Criminal District Court", _t, "NIC", "JUD"),
      ("the prosecutor’s office", _u, "NIC", "JUD"),
      ("Uriel Antonio Vallejos, parish priest for the city of Sebaco in the center of the country", _u, "NIC", "REL"),
      )
_page("https://www.newscentral.news/en/2021/07/02/the-endless-wait-for-word-on-loved-ones-arrested-in-nicaragua", "2021-07-02",
      ("Ortega", "Ortega accuses the detainees, who include critics, politicians, businessmen and former comrades, of being "
       "“criminals” seeking to overthrow him with US backing.", "NIC", "GOV"),
      ("the detainees, who include critics, politicians, businessmen and former comrades", "Ortega accuses the detainees, "
       "who include critics, politicians, businessmen and former comrades, of being “criminals” seeking to overthrow him "
       "with US backing.", "NIC", "OPP", {"note": "the 21 opposition figures rounded up since 2 June 2021 (story's lead)"}),
      )
_s = ("Nicaraguan police have arrested a top banking executive as a clampdown on opposition figures and would-be "
      "challengers to long-term leader Daniel Ortega tightened ahead of November presidential elections.")
_page("https://www.newscentral.news/?p=27352", "2021-06-15",
      ("Nicaraguan police", _s, "NIC", "COP",
       {"note": "page undated: Rivas arrested and OAS resolution adopted on Tuesday 15 June 2021"}),
      ("a top banking executive", _s, "NIC", "BUS"),
      ("opposition figures", _s, "NIC", "OPP"),
      ("would-be challengers to long-term leader Daniel Ortega", _s, "NIC", "OPP"),
      ("long-term leader Daniel Ortega", _s, "NIC", "GOV"),
      ("Luis Rivas Anduray, executive president of the private Banco de la Produccion (Banpro)", "Luis Rivas Anduray, "
       "executive president of the private Banco de la Produccion (Banpro) — one of Nicaragua’s largest — was arrested "
       "Tuesday for “inciting foreign interference,” a police statement said.", "NIC", "BUS"),
      ("Banpro", "Banpro said in a statement that it operated in adherence with Nicaraguan laws, and was “confident” that "
       "Rivas’s “situation will be clarified.”", "NIC", "BUS"),
      ("Jose Adan Aguerri, head of the CCIE business federation", "Jose Adan Aguerri, head of the CCIE business federation, "
       "was detained on similar charges last week.", "NIC", "BUS"),
      )
_s = ("In Washington, the US Treasury placed sanctions on six regime officials, including two generals, the defense "
      "minister, the head of the Supreme Electoral Council and officials of the telecommunications regulator, who "
      "allegedly ran a social media troll farm to help Ortega.")
_t = ("Travel restrictions were imposed on 116 individuals tied to the regime, including mayors, prosecutors, security "
      "and university officials “complicit in undermining democracy,” US Secretary of State Antony Blinken said in a statement.")
_page("https://newscentral.news/en/2022/01/11/eu-us-widen-nicaragua-sanctions-as-ortega-begins-new-term", "2022-01-11",
      ("the US Treasury", _s, "USA", "GOV"),
      ("six regime officials", _s, "NIC", "GOV"),
      ("two generals", _s, "NIC", "MIL"),
      ("the defense minister", _s, "NIC", "GOV"),
      ("the head of the Supreme Electoral Council", _s, "NIC", "GOV"),
      ("officials of the telecommunications regulator", _s, "NIC", "GOV"),
      ("Ortega", _s, "NIC", "GOV"),
      ("116 individuals tied to the regime", _t, "NIC", "GOV"),
      ("US Secretary of State Antony Blinken", _t, "USA", "GOV"),
      )

# ---------------------------------------------------------------- Iraq and Lebanon protests, Iran (autumn 2019)
_s = ("The protests in Iraq began on October 1 after the government dismissed Lt. Gen. Abdul Wahab al Saadi, the "
      "second-in-command of Iraq’s elite counterterrorism service, four days earlier.")
_t = ("Shiite protesters attacked symbols of Iranian influence—including the Iranian consulate in the holy city of "
      "Karbala-- and decried Tehran’s meddling in their internal affairs.")
_u = ("On November 1, Pompeo said Baghdad should “listen to the legitimate demands made by the Iraqi people” and "
      "demanded “genuine accountability and justice” for protesters harmed by security forces.")
_page("https://iranprimer.usip.org/blog/2019/nov/06/iran%E2%80%99s-hegemony-tested-iraq-lebanon", "2019-11-06",
      ("the government", _s, "IRQ", "GOV"),
      ("Lt. Gen. Abdul Wahab al Saadi, the second-in-command of Iraq’s elite counterterrorism service", _s, "IRQ", "MIL"),
      ("Shiite protesters", _t, "IRQ", "CVL"),
      ("the Iranian consulate in the holy city of Karbala", _t, "IRN", "GOV"),
      ("Tehran", _t, "IRN", "GOV"),
      ("protesters", "In Lebanon, protesters demanded the resignation of Iran’s allies in government.", "LBN", "CVL"),
      ("Iran’s allies in government", "In Lebanon, protesters demanded the resignation of Iran’s allies in government.",
       "LBN", "GOV"),
      ("Pompeo", _u, "USA", "GOV"),
      ("Baghdad", _u, "IRQ", "GOV"),
      ("protesters harmed by security forces", _u, "IRQ", "CVL"),
      )
_page("https://republicworld.com/amp/world-news/protests-in-iraq-and-lebanon-pose-a-challenge-to-iran", "2019-10-30",
      ("Iranian Gen. Qassim Soleimani", "The day after anti-government protests erupted in Iraq, Iranian Gen. Qassim "
       "Soleimani flew into Baghdad late at night and took a helicopter to the heavily fortified Green Zone, where he "
       "surprised a group of top security officials by chairing a meeting in place of the prime minister.", "IRN", "MIL"),
      ("the prime minister", "The day after anti-government protests erupted in Iraq, Iranian Gen. Qassim Soleimani flew "
       "into Baghdad late at night and took a helicopter to the heavily fortified Green Zone, where he surprised a group "
       "of top security officials by chairing a meeting in place of the prime minister.", "IRQ", "GOV",
       {"note": "Adel Abdul-Mahdi"}),
      )
_page("https://www.citizensforbahrain.com/2019/11/13/crackdowns-in-lebanon-iraq-reveal-ugly-face-of-iranian-rule/", "2019-11-13",
      ("Several hundred demonstrators", "Several hundred demonstrators have now been killed in Iraq, with thousands injured.",
       "IRQ", "CVL"),
      )
_page("https://www.tabletmag.com/sections/israel-middle-east/articles/the-revolt-against-iran", "2019-11-05",
      ("millions of Iraqi and Lebanese protesters", "In the face of brutal crackdowns, millions of Iraqi and Lebanese "
       "protesters, in movements led by Shiite Muslims that defy reductive sectarian narratives, have erupted in revolt "
       "against the corruption and failure of their governments and Iran’s domination over their national politics.",
       "IRQ", "CVL"),
      ("predominantly Shiite youth", "In early October, predominantly Shiite youth took to the streets in Iraq calling for "
       "their government’s resignation, and chanting slogans like: “Out, out Iran, Baghdad remains free!”", "IRQ", "CVL"),
      )

# ---------------------------------------------------------------- Myanmar junta and Cambodia's Hun Sen
_s = ("Cambodia’s strongman ruler Hun Sen arrives in Myanmar Friday for talks with the junta – the first foreign leader "
      "to visit since the generals seized power almost a year ago.")
_t = ("Hun Sen’s foreign minister has warned the country contains “all the ingredients for civil war” and international "
      "rights groups and local anti-junta activists have urged him to cancel the two-day visit.")
_u = ("More than 1,400 civilians have been killed as the military has cracked down on dissent, according to a local "
      "monitoring group, and numerous anti-junta militias have sprung up around the country.")
_v = ("In October, the bloc took the highly unusual step of excluding Min Aung Hlaing from a summit, in response to an "
      "ASEAN envoy being denied a meeting with Suu Kyi.")
_page("https://english.alarabiya.net/News/world/2022/01/07/Cambodia-s-PM-Hun-Sen-visits-coup-hit-Myanmar", "2022-01-07",
      ("Cambodia’s strongman ruler Hun Sen", _s, "KHM", "GOV"),
      ("the junta", _s, "MMR", "GOV", {"note": "the State Administration Council holds Naypyitaw: de facto government"}),
      ("the generals", _s, "MMR", "MIL"),
      ("Hun Sen’s foreign minister", _t, "KHM", "GOV"),
      ("international rights groups", _t, "NGO", "NGO"),
      ("local anti-junta activists", _t, "MMR", "CVL", {"note": "unsure: activists coded CVL (no activist sector)"}),
      ("More than 1,400 civilians", _u, "MMR", "CVL"),
      ("the military", _u, "MMR", "MIL"),
      ("a local monitoring group", _u, "MMR", "NGO", {"note": "the AAPP"}),
      ("numerous anti-junta militias", _u, "MMR", "REB"),
      ("the bloc", _v, "IGO", "GOV", {"org": "ASEAN"}),
      ("Min Aung Hlaing", _v, "MMR", "GOV", {"note": "junta chief, SAC chairman and prime minister (GOV before MIL)"}),
      ("an ASEAN envoy", _v, "IGO", "GOV", {"org": "ASEAN"}),
      ("Suu Kyi", _v, "MMR", "OPP", {"note": "unsure: deposed State Counsellor, detained; coded OPP"}),
      )
_s = ("Cambodia’s former leader Hun Sen said Tuesday he has asked the head of Myanmar’s junta for a video meeting with "
      "jailed civilian leader Aung San Suu Kyi.")
_t = ("Up to now, the junta has rebuffed numerous requests by foreign leaders and diplomats to meet Suu Kyi, including "
      "from the Association of Southeast Asian Nations (ASEAN) regional bloc.")
_page("https://eng.mizzima.com/2024/05/08/9673", "2024-05-08",
      ("Cambodia’s former leader Hun Sen", _s, "KHM", "POL",
       {"note": "unsure: May 2024 president of the Senate and of the ruling CPP; party leader ranks before legislator"}),
      ("the head of Myanmar’s junta", _s, "MMR", "GOV"),
      ("jailed civilian leader Aung San Suu Kyi", _s, "MMR", "OPP", {"note": "unsure, as above"}),
      ("a junta court", "Nobel laureate Suu Kyi is serving a 27-year sentence imposed by a junta court after a trial "
       "condemned by rights groups as a sham to shut her out of politics.", "MMR", "JUD"),
      ("rights groups", "Nobel laureate Suu Kyi is serving a 27-year sentence imposed by a junta court after a trial "
       "condemned by rights groups as a sham to shut her out of politics.", "NGO", "NGO"),
      ("Min Aung Hlaing", "Min Aung Hlaing pledged to consider the request to speak to Suu Kyi “with the highest "
       "attention”, Hun Sen’s Facebook post said.", "MMR", "GOV"),
      ("the junta", _t, "MMR", "GOV"),
      ("the Association of Southeast Asian Nations (ASEAN) regional bloc", _t, "IGO", "GOV", {"org": "ASEAN"}),
      )
_s = ("In an unprecedented move for a group often criticised for its toothlessness, ASEAN barred junta chief Min Aung "
      "Hlaing from its October summit after it refused to let the bloc’s envoy meet Suu Kyi.")
_page("https://squidsaccess.com/2021/12/07/cambodian-strongman-to-visit-myanmar-for-talks-with-junta", "2021-12-07",
      ("Myanmar Foreign Minister Wunna Maung Lwin", "Myanmar Foreign Minister Wunna Maung Lwin held talks with Hun Sen in "
       "Phnom Penh on Tuesday, where he formally extended the invitation.", "MMR", "GOV"),
      ("Hun Sen", "Myanmar Foreign Minister Wunna Maung Lwin held talks with Hun Sen in Phnom Penh on Tuesday, where he "
       "formally extended the invitation.", "KHM", "GOV"),
      ("Eang Sophalleth, spokesman for the Cambodian prime minister", "Eang Sophalleth, spokesman for the Cambodian prime "
       "minister, said the visit is scheduled for January 7 and 8.", "KHM", "GOV"),
      ("ASEAN", _s, "IGO", "GOV", {"org": "ASEAN"}),
      ("junta chief Min Aung Hlaing", _s, "MMR", "GOV"),
      ("the bloc’s envoy", _s, "IGO", "GOV", {"org": "ASEAN"}),
      ("Suu Kyi", _s, "MMR", "OPP", {"note": "unsure, as above"}),
      )

# ---------------------------------------------------------------- Bangladesh quota protests (July 2024), seen from Sri Lanka
_s = ("According to the foreign media reports, the Supreme Court’s Appellate Division ordered that 93% of government "
      "jobs must be filled based on merit, without any quotas, ignoring a lower court’s ruling, as stated by Bangladesh "
      "Attorney General AM Amin Uddin to Reuters News.")
_t = ("Furthermore, he mentioned that the students who were protesting claimed they were not part of the violence, and "
      "the government would identify those responsible for it.")
_u = ("Students of Sri Jayawardenepura University also held a solidarity protest on July 18 in support of the "
      "Bangladeshi youth protesters and against the violence against youth protesters.")
_page("http://mojonews.lk/?p=5687", "2024-07-23",
      ("Bangladesh’s Supreme Court", "On Sunday, Bangladesh’s Supreme Court eliminated the majority of quotas for "
       "Government jobs that had caused student-led protests resulting in the deaths of at least 114 individuals in the "
       "South Asian nation.", "BGD", "JUD", {"note": "page date: the day after the Colombo protest of 22 July 2024"}),
      ("the Supreme Court’s Appellate Division", _s, "BGD", "JUD"),
      ("a lower court", _s, "BGD", "JUD"),
      ("Bangladesh Attorney General AM Amin Uddin", _s, "BGD", "JUD",
       {"note": "unsure: the state's chief law officer, coded JUD like prosecutors"}),
      ("Reuters News", _s, "GBR", "MED"),
      ("the students who were protesting", _t, "BGD", "EDU"),
      ("the government", _t, "BGD", "GOV"),
      ("Students of Sri Jayawardenepura University", _u, "LKA", "EDU"),
      ("the Bangladeshi youth protesters", _u, "BGD", "CVL"),
      )
_s = ("In response to the situation, UN human rights chief Volker Turk told AFP news agency that the attacks on student "
      "protesters were “shocking and unacceptable.”")
_t = ("Rights groups accuse Hasina’s government of misusing state institutions to entrench its power and suppress "
      "dissent, including through extrajudicial killings of opposition activists.")
_page("https://ceylonwirenews.lk/?p=6714", "2024-07-20",
      ("around 300 Indian students", "Meanwhile, around 300 Indian students have returned home from Bangladesh following "
       "intensified student-youth agitations against the announcement of reservations in government jobs.", "IND", "EDU",
       {"note": "page undated: the day after the prison break of Friday 19 July 2024; no role changed that week"}),
      ("Bangladeshi student protesters", "On Friday, Bangladeshi student protesters stormed a prison and freed hundreds of "
       "inmates as police struggled to control the unrest.", "BGD", "EDU"),
      ("police", "On Friday, Bangladeshi student protesters stormed a prison and freed hundreds of inmates as police "
       "struggled to control the unrest.", "BGD", "COP"),
      ("UN human rights chief Volker Turk", _s, "IGO", "GOV", {"org": "UN"}),
      ("AFP news agency", _s, "FRA", "MED"),
      ("student protesters", _s, "BGD", "EDU"),
      ("Rights groups", _t, "NGO", "NGO"),
      ("Hasina’s government", _t, "BGD", "GOV"),
      ("opposition activists", _t, "BGD", "OPP"),
      )

# ---------------------------------------------------------------- Haiti and Mexico, gangs
_s = ("At least 12 people have been killed and numerous homes set on fire in a community near Haiti’s capital as gangs "
      "fight to control more territory, a mayor told AP yesterday.")
_t = ("The community recently had appointed local residents to serve as guards given a spike in violence across Haiti, "
      "but they were overpowered by gangs with machine guns, he said.")
_page("https://jamaica-gleaner.com/article/world-news/20221202/mayor-least-12-killed-gangs-vie-control", "2022-12-02",
      ("At least 12 people", _s, "HTI", "CVL"),
      ("gangs", _s, "HTI", "CRM"),
      ("a mayor", _s, "HTI", "GOV"),
      ("AP", _s, "USA", "MED"),
      ("local residents", _t, "HTI", "CVL"),
      ("gangs with machine guns", _t, "HTI", "CRM"),
      ("Mayor Joseph Jeanson Guillaume", "The incident occurred in the small town of Cabaret northwest of Port-au-P-Prince "
       "at nearly midnight on Tuesday, said Mayor Joseph Jeanson Guillaume.", "HTI", "GOV"),
      )
_page("http://lakeshinji.blogspot.com/2016/01/mexico-mayor-killed.html", "2016-01-05",
      ("The mayor of Temixico", "The mayor of Temixico was killed by a crime group in Mexico only one day after taking "
       "office.", "MEX", "GOV", {"note": "Gisela Mota, mayor of Temixco (Morelos), killed 2 Jan 2016"}),
      ("a crime group", "The mayor of Temixico was killed by a crime group in Mexico only one day after taking office.",
       "MEX", "CRM"),
      ("several mayors and police officers", "In Mexico, several mayors and police officers were killed by crime groups "
       "last year.", "MEX", "GOV", {"note": "coordinated: the first one's sector"}),
      ("crime groups", "In Mexico, several mayors and police officers were killed by crime groups last year.", "MEX", "CRM"),
      )

# ---------------------------------------------------------------- Sudan and Chad, refugee returns (UN agencies coded IGO/GOV like UN officials)
_page("https://sudantribune.com/article63953", "2018-07-06",
      ("The United Nations High Commission for Refugees (UNHCR)", "July 6, 2018 (KHARTOUM) – The United Nations High "
       "Commission for Refugees (UNHCR) said it is planning to repatriate 3,500 Sudanese refugees from Chad by the end of "
       "the year.", "IGO", "GOV", {"org": "UN"}),
      ("3,500 Sudanese refugees", "July 6, 2018 (KHARTOUM) – The United Nations High Commission for Refugees (UNHCR) said "
       "it is planning to repatriate 3,500 Sudanese refugees from Chad by the end of the year.", "SDN", "REF"),
      ("The Sudanese army", "The Sudanese army has been fighting a group of armed movements in Darfur since 2003.", "SDN", "MIL"),
      ("a group of armed movements in Darfur", "The Sudanese army has been fighting a group of armed movements in Darfur "
       "since 2003.", "SDN", "REB"),
      )
_s = ("For his part, the director of the UNHCR in West Darfur, Terence Pike, stressed support for the Sudanese and "
      "Chadian refugee returnees to ensure their safety and dignity.")
_t = ("On the other hand, the International Organisation for Migration (IOM) said 113,790 people have returned to "
      "Darfur last year, of whom 90 percent were refugee returnees from Chad.")
_page("https://sudantribune.com/article62988", "2018-02-28",
      ("More than 270 Chadian refugees", "February 28, 2018 (KHARTOUM) More than 270 Chadian refugees have been "
       "repatriated to Medihona area, in eastern Chad from Um Shalya camp in Darfur, said Darfur deputy commissioner for "
       "refugees Mujeeb Al-Rahman Mohamed", "TCD", "REF"),
      ("Darfur deputy commissioner for refugees Mujeeb Al-Rahman Mohamed", "February 28, 2018 (KHARTOUM) More than 270 "
       "Chadian refugees have been repatriated to Medihona area, in eastern Chad from Um Shalya camp in Darfur, said "
       "Darfur deputy commissioner for refugees Mujeeb Al-Rahman Mohamed", "SDN", "GOV"),
      ("the director of the UNHCR in West Darfur, Terence Pike", _s, "IGO", "GOV", {"org": "UN"}),
      ("the Sudanese and Chadian refugee returnees", _s, "SDN", "REF", {"note": "coordinated: the first one's country"}),
      ("the International Organisation for Migration (IOM)", _t, "IGO", "GOV", {"org": "UN"}),
      ("113,790 people", _t, "SDN", "REF"),
      )
_s = ("April 16, 2018 (KHARTOUM) – The UN Refugee Agency (UNHCR) and Sudan’s Commissioner of Refugees Hamad El-Gizouli "
      "have welcomed the return of 53 Sudanese refugees from Chad.")
_t = ("On the other hand, the UNHCR representative in Sudan, Noriko Yoshida, called on the international community “to "
      "assist the efforts being exerted by the Sudanese government for the sustainable and durable return of the "
      "Sudanese refugees from Chad”.")
_page("https://sudantribune.com/article63348", "2018-04-16",
      ("The UN Refugee Agency (UNHCR)", _s, "IGO", "GOV", {"org": "UN"}),
      ("Sudan’s Commissioner of Refugees Hamad El-Gizouli", _s, "SDN", "GOV"),
      ("53 Sudanese refugees", _s, "SDN", "REF"),
      ("the UNHCR representative in Sudan, Noriko Yoshida", _t, "IGO", "GOV", {"org": "UN"}),
      ("the Sudanese government", _t, "SDN", "GOV"),
      ("the Sudanese refugees", _t, "SDN", "REF"),
      )
_s = ("Thousands of new Sudanese refugees arrived between June 15 and 18 in Adre, the main town in Chad's Assoungha "
      "department in the Ouaddai region, which is very close to the country's eastern border with Sudan, UNHCR Chad "
      "Representative Laura Lo Castro tweeted earlier Monday.")
_page("https://sinardaily.my/article/199099/focus/world/unhcr-urges-support-for-chad-to-deal-with-sudanese-refugees",
      "2023-06-19",
      ("The United Nations Refugee Agency (UNHCR)", "YAOUNDE, Cameroon - The United Nations Refugee Agency (UNHCR) has "
       "called on the international community to increase its support for Chad to address the influx of Sudanese "
       "refugees into the eastern part of the country, reported Xinhua.", "IGO", "GOV",
       {"org": "UN", "note": "page undated: the Monday of the tweet, 19 June 2023"}),
      ("Sudanese refugees", "YAOUNDE, Cameroon - The United Nations Refugee Agency (UNHCR) has called on the international "
       "community to increase its support for Chad to address the influx of Sudanese refugees into the eastern part of "
       "the country, reported Xinhua.", "SDN", "REF"),
      ("Xinhua", "YAOUNDE, Cameroon - The United Nations Refugee Agency (UNHCR) has called on the international community "
       "to increase its support for Chad to address the influx of Sudanese refugees into the eastern part of the country, "
       "reported Xinhua.", "CHN", "MED"),
      ("Thousands of new Sudanese refugees", _s, "SDN", "REF"),
      ("UNHCR Chad Representative Laura Lo Castro", _s, "IGO", "GOV", {"org": "UN"}),
      )

# ---------------------------------------------------------------- Turkey's post-coup crackdown and Greece (December 2017)
_s = ("Thirty-two Turkish citizens including academics, teachers and doctors have applied for asylum in Greece after "
      "being detained by Greek Maritime Security forces on an Aegean island where they arrived illegally, the state-run "
      "Anadolu news agency reported on Saturday, based on a report by the Greek Kathimerini daily.")
_t = ("Turkish President Recep Tayyip Erdoğan and his government accuse the Gülen movement of masterminding a failed "
      "coup attempt in Turkey on July 15, 2016.")
_page("https://turkishminute.com/2017/12/16/32-more-turks-including-academics-and-doctors-seek-asylum-in-greece/", "2017-12-16",
      ("Thirty-two Turkish citizens including academics, teachers and doctors", _s, "TUR", "REF",
       {"note": "asylum seekers keep the country they fled"}),
      ("Greek Maritime Security forces", _s, "GRC", "COP", {"note": "the Hellenic Coast Guard: coast guards are COP"}),
      ("the state-run Anadolu news agency", _s, "TUR", "MED"),
      ("the Greek Kathimerini daily", _s, "GRC", "MED"),
      ("Turkish President Recep Tayyip Erdoğan", _t, "TUR", "GOV"),
      ("his government", _t, "TUR", "GOV"),
      ("the Gülen movement", _t, "TUR", "REL", {"note": "unsure: Islamic movement, designated terrorist (FETÖ) by Ankara"}),
      ("Interior Minister Süleyman Soylu", "Interior Minister Süleyman Soylu said on Dec. 12 that 55,665 people had been "
       "jailed and 234,419 passports revoked as part of investigations into the Gülen movement since the failed coup "
       "attempt on July 15, 2016.", "TUR", "GOV"),
      ("The Justice Ministry", "The Justice Ministry announced on July 13 that 169,013 people have been the subject of legal "
       "proceedings on coup charges since the failed coup.", "TUR", "GOV"),
      )

# ---------------------------------------------------------------- Burkina Faso, attacks on villages (2020)
_s = ("Gunmen have stormed a cattle market and opened fire in an eastern Burkina Faso village, killing at least 20 "
      "people and injuring many others, a local government official said.")
_t = ("The attack in Namoungou village on Friday is being investigated, said Saidou Sanou, the governor of the eastern "
      "region, who urged people to be vigilant and to closely collaborate with the army.")
_u = ("\"Unidentified armed individuals burst into a cattle market in Namoungou village in the region of Fada N'Gourma "
      "and attacked the population,\" Sanou said in a statement.")
_page("https://www.trtworld.com/africa/several-killed-after-gunmen-attack-burkina-faso-village-38736", "2020-08-08",
      ("Gunmen", _s, "BFA", "UAF", {"note": "page undated: AP story of Saturday 8 Aug 2020 on the attack of Friday 7 Aug"}),
      ("at least 20 people", _s, "BFA", "CVL"),
      ("a local government official", _s, "BFA", "GOV"),
      ("Saidou Sanou, the governor of the eastern region", _t, "BFA", "GOV"),
      ("the army", _t, "BFA", "MIL"),
      ("Unidentified armed individuals", _u, "BFA", "UAF"),
      ("the population", _u, "BFA", "CVL"),
      ("Sanou", _u, "BFA", "GOV"),
      )
_s = ("Suspected militants killed nearly 20 civilians in an attack overnight on the northern Burkina Faso village of "
      "Bani, Seno province, security sources said on Sunday.")
_t = "\"The attackers, heavily armed and on motorbikes, literally executed the local inhabitants,\" the security source told AFP news agency."
_page("https://www.trtworld.com/article/12733251", "2020-02-02",
      ("Suspected militants", _s, "BFA", "REB", {"note": "jihadist insurgents of unnamed group: REB under the country"}),
      ("nearly 20 civilians", _s, "BFA", "CVL"),
      ("The attackers, heavily armed and on motorbikes", _t, "BFA", "UAF"),
      ("the local inhabitants", _t, "BFA", "CVL"),
      ("AFP news agency", _t, "FRA", "MED"),
      )

# ---------------------------------------------------------------- Hong Kong, Jimmy Lai and Apple Daily
_s = ("Hong Kong media tycoon Jimmy Lai became the highest-profile arrest under a new national security law on Monday, "
      "detained over suspected collusion with foreign forces as around 200 police searched the offices of his Apple "
      "Daily newspaper.")
_t = ("Ryan Law, chief editor of Apple Daily, a staunch anti-government and pro-democracy tabloid that also does "
      "investigative work, told Reuters the paper would not intimidated by the raid.")
_u = ("Lai had been a frequent visitor to Washington, where he has met officials, including Secretary of State Mike "
      "Pompeo, to rally support for Hong Kong democracy, prompting Beijing to label him a \"traitor\".")
_page("https://www.devdiscourse.com/article/law-order/1163749-hk-tycoon-jimmy-lai-arrested-under-security-law-bearing-out-worst-fears",
      "2020-08-10",
      ("Hong Kong media tycoon Jimmy Lai", _s, "HKG", "MED", {"note": "owner of Next Digital / Apple Daily: MED"}),
      ("around 200 police", _s, "HKG", "COP"),
      ("his Apple Daily newspaper", _s, "HKG", "MED"),
      ("Steven Butler, the Committee to Protect Journalists' Asia programme coordinator", "It \"bears out the worst fears "
       "that Hong Kong's National Security Law would be used to suppress critical pro-democracy opinion and restrict press "
       "freedom,\" said Steven Butler, the Committee to Protect Journalists' Asia programme coordinator.", "NGO", "NGO"),
      ("Ryan Law, chief editor of Apple Daily, a staunch anti-government and pro-democracy tabloid that also does "
       "investigative work", _t, "HKG", "MED"),
      ("Reuters", _t, "GBR", "MED"),
      ("the paper", _t, "HKG", "MED"),
      ("Hong Kong police", "Hong Kong police said they had arrested seven men, aged 39-72, on suspicion of breaching the new "
       "security law, without naming them, adding that further arrests were possible.", "HKG", "COP"),
      ("Lai", _u, "HKG", "MED"),
      ("officials, including Secretary of State Mike Pompeo", _u, "USA", "GOV"),
      ("Beijing", _u, "CHN", "GOV"),
      )
_s = ("Hong Kong’s national security police arrested five executives of the pro-democracy Apple Daily newspaper for "
      "suspected breaches of the national security law, local news outlets reported Thursday, as the government "
      "escalated its campaign against well-known activist and media tycoon Jimmy Lai.")
_t = ("Those arrested included apple daily Editor-in-Chief Ryan Law and Next Digital Ltd. Chief Executive Officer Cheung "
      "Kim-hung, as more than 100 police officers descended on the newspaper’s Hong Kong headquarters.")
_page("https://www.japantimes.co.jp/news/2021/06/17/asia-pacific/apple-daily-editor-arrested/", "2021-06-17",
      ("Hong Kong’s national security police", _s, "HKG", "COP"),
      ("five executives of the pro-democracy Apple Daily newspaper", _s, "HKG", "MED"),
      ("local news outlets", _s, "HKG", "MED"),
      ("the government", _s, "HKG", "GOV"),
      ("well-known activist and media tycoon Jimmy Lai", _s, "HKG", "MED"),
      ("apple daily Editor-in-Chief Ryan Law", _t, "HKG", "MED"),
      ("Next Digital Ltd. Chief Executive Officer Cheung Kim-hung", _t, "HKG", "MED",
       {"note": "unsure: chief executive of Apple Daily's listed parent (a news-media company: MED rather than BUS)"}),
      ("more than 100 police officers", _t, "HKG", "COP"),
      )
_page("https://www.hindustantimes.com/world-news/hong-kong-tycoon-held-his-newspaper-raided/story-UdCcn2rKXlslVno27WTggO.html",
      "2020-08-11",
      ("police", "Six weeks after China imposed a national security law on Hong Kong, police moved in on media tycoon Jimmy "
       "Lai, one of the most prominent critics of Beijing in the city.", "HKG", "COP"),
      ("media tycoon Jimmy Lai, one of the most prominent critics of Beijing in the city", "Six weeks after China imposed a "
       "national security law on Hong Kong, police moved in on media tycoon Jimmy Lai, one of the most prominent critics of "
       "Beijing in the city.", "HKG", "MED"),
      ("police", "In the evening, police arrested pro-democracy activist Agnes Chow Ting on charges of inciting secession "
       "under the new law.", "HKG", "COP"),
      ("pro-democracy activist Agnes Chow Ting", "In the evening, police arrested pro-democracy activist Agnes Chow Ting on "
       "charges of inciting secession under the new law.", "HKG", "CVL",
       {"note": "unsure: activist, ex-Demosisto (disbanded June 2020), not called the opposition: CVL"}),
      )

# ---------------------------------------------------------------- Zimbabwe, the opposition and the police
_s = ("Leading opposition party the Citizens Coalition for Change (CCC) says more than a dozen people affiliated with it, "
      "including MPs and councillors, have been arrested since the August 23 vote, which saw President Emmerson Mnangagwa "
      "of the ruling ZANU-PF secure a second term.")
_t = ("“They’re fabricated, politically motivated and frivolous,” CCC spokesman Promise Mkwananzi told AFP, of the cases "
      "targeting fellow party members.")
_u = ("Critics have long accused ZANU-PF — in power since independence in 1980 — of using the courts to target opposition "
      "politicians and silence dissent.")
_v = ("Police spokesman Paul Nyathi denied authorities targeted the CCC, saying they were “simply following protocols” by "
      "responding to reports of wrongdoing.")
_page("https://www.citizen.co.za/news/news-world/news-africa/zimbabwe-opposition-arrests-disputed-vote/", "2023-09-21",
      ("police", "After the match was suspended over a pitch invasion, police held Siziba on accusations of inciting public "
       "violence.", "ZWE", "COP"),
      ("Siziba", "After the match was suspended over a pitch invasion, police held Siziba on accusations of inciting public "
       "violence.", "ZWE", "OPP", {"note": "Gift Ostallos Siziba, CCC MP called 'the opposition lawmaker' (unsure OPP/LEG)"}),
      ("Leading opposition party the Citizens Coalition for Change (CCC)", _s, "ZWE", "OPP"),
      ("more than a dozen people affiliated with it, including MPs and councillors", _s, "ZWE", "OPP"),
      ("President Emmerson Mnangagwa of the ruling ZANU-PF", _s, "ZWE", "GOV"),
      ("CCC spokesman Promise Mkwananzi", _t, "ZWE", "OPP"),
      ("AFP", _t, "FRA", "MED"),
      ("fellow party members", _t, "ZWE", "OPP"),
      ("ZANU-PF", _u, "ZWE", "POL", {"note": "the ruling party as a party: POL"}),
      ("the courts", _u, "ZWE", "JUD"),
      ("opposition politicians", _u, "ZWE", "OPP"),
      ("Police spokesman Paul Nyathi", _v, "ZWE", "COP"),
      ("authorities", _v, "ZWE", "GOV"),
      ("the CCC", _v, "ZWE", "OPP"),
      )
_s = ("According to The Daily News, Chamisa allegedly warned Emmerson Mnangagwa that his pursuit of peace did not mean "
      "that the opposition could not resort to using firearms in the face of vicious crackdown on his supporters.")
_page("http://www.wanguonline.com/2019/09/zanu-pf-wants-chamisa-arrested.html", "2019-09-05",
      ("Zanu PF hardliners", "Zanu PF hardliners are reportedly pushing for the arrest of youthful MDC leader Nelson Chamisa "
       "for allegedly uttering words are likely to cause disharmony.", "ZWE", "POL"),
      ("youthful MDC leader Nelson Chamisa", "Zanu PF hardliners are reportedly pushing for the arrest of youthful MDC "
       "leader Nelson Chamisa for allegedly uttering words are likely to cause disharmony.", "ZWE", "OPP"),
      ("Chamisa", "Chamisa has also vowed to confront police chiefs over the recent spate of abductions and beatings of "
       "opposition supporters.", "ZWE", "OPP"),
      ("police chiefs", "Chamisa has also vowed to confront police chiefs over the recent spate of abductions and beatings "
       "of opposition supporters.", "ZWE", "COP"),
      ("opposition supporters", "Chamisa has also vowed to confront police chiefs over the recent spate of abductions and "
       "beatings of opposition supporters.", "ZWE", "OPP"),
      ("The Daily News", _s, "ZWE", "MED"),
      ("Chamisa", _s, "ZWE", "OPP"),
      ("Emmerson Mnangagwa", _s, "ZWE", "GOV"),
      ("the opposition", _s, "ZWE", "OPP"),
      )

# ---------------------------------------------------------------- Belarus after the 2020 election
_s = ("Belarusian interior ministry spokeswoman Olga Chemodanova said on Sunday morning that police had detained 415 "
      "people in Minsk, and 15 in other cities, for breaking rules on mass demonstrations.")
_t = ("The protest comes after riot police cracked down on peaceful female demonstrators on Saturday who had come out "
      "wearing shiny accessories for a so-called “Sparkly March”.")
_page("https://noblereporters.com/tag/lukashenko/", "2020-09-20",
      ("Belarusian interior ministry spokeswoman Olga Chemodanova", _s, "BLR", "GOV",
       {"note": "tag page: the story of Sunday 20 Sept 2020 (after the 'Sparkly March' of 19 Sept)"}),
      ("police", _s, "BLR", "COP"),
      ("415 people", _s, "BLR", "CVL"),
      ("riot police", _t, "BLR", "COP"),
      ("peaceful female demonstrators", _t, "BLR", "CVL"),
      ("Chemodanova", "Chemodanova warned Belarusians they could face criminal charges for organising such protests.",
       "BLR", "GOV"),
      ("Belarusians", "Chemodanova warned Belarusians they could face criminal charges for organising such protests.",
       "BLR", "CVL"),
      ("the opposition’s Coordination Council", "The number of detentions on Saturday was far higher than at a similar "
       "protest last week, prompting the opposition’s Coordination Council to warn of a “new phase in the escalation of "
       "violence against peaceful protesters”.", "BLR", "OPP"),
      )
_s = ("Belarus has freed Siarhei Tsikhanouski, a key dissident figure and the husband of exiled opposition leader "
      "Sviatlana Tsikhanouskaya, and 13 others following a rare visit by a senior U.S. official, Mr. Tsikhanouskaya's "
      "team announced on Saturday (June 21, 2025).")
_t = ("The release came just hours after Belarusian authorities announced that authoritarian President Alexander "
      "Lukashenko met with U.S. President Donald Trump's envoy for Ukraine in Minsk.")
_page("https://main.d358xbzettaslu.amplifyapp.com/en/article/59379ca693b9367a1cb6cc1194fdced7", "2025-06-21",
      ("Siarhei Tsikhanouski, a key dissident figure and the husband of exiled opposition leader Sviatlana Tsikhanouskaya",
       _s, "BLR", "OPP"),
      ("a senior U.S. official", _s, "USA", "GOV"),
      ("Mr. Tsikhanouskaya's team", _s, "BLR", "OPP"),
      ("Belarusian authorities", _t, "BLR", "GOV"),
      ("authoritarian President Alexander Lukashenko", _t, "BLR", "GOV"),
      ("U.S. President Donald Trump's envoy for Ukraine", _t, "USA", "GOV"),
      )
_page("https://www.rferl.org/a/belarus-pratasevich-viacorka-tsikhanouskaya-lukashenka-ryanair/31273070.html", "2021-05-24",
      ("the Belarusian authorities", "He was detained after his flight was forced to land in Minsk by the Belarusian "
       "authorities.", "BLR", "GOV"),
      ("Franak Viacorka", "Franak Viacorka also said the Belarusian KGB could be operating in neighboring countries where "
       "opposition activists have sought refuge.", "BLR", "OPP", {"note": "adviser to Tsikhanouskaya"}),
      ("the Belarusian KGB", "Franak Viacorka also said the Belarusian KGB could be operating in neighboring countries where "
       "opposition activists have sought refuge.", "BLR", "SPY"),
      ("opposition activists", "Franak Viacorka also said the Belarusian KGB could be operating in neighboring countries "
       "where opposition activists have sought refuge.", "BLR", "OPP"),
      )

# ---------------------------------------------------------------- Peru, Congress against the president (2022, 2025)
_s = ("While it was unclear who would ultimately prevail, Castillo appeared to be losing his grip on power as allies "
      "abandoned him and ministers, the armed forces, police and the US ambassador criticised his move to shut down "
      "Congress outside normal legal channels.")
_page("https://www.businesslive.co.za/bd/world/americas/2022-12-07-peru-legislators-impeach-president-castillo-after-move-to-dissolve-congress/",
      "2022-12-07",
      # Castillo and Boluarte are left out: both roles changed on the text's own day.
      ("Peru’s Congress", "Lima — Peru’s Congress voted to oust President Pedro Castillo in an impeachment trial on "
       "Wednesday, hours after he said he would dissolve the legislature by decree and threw the Andean country into a "
       "full-on constitutional crisis.", "PER", "LEG"),
      ("ministers", _s, "PER", "GOV"),
      ("the armed forces", _s, "PER", "MIL"),
      ("police", _s, "PER", "COP"),
      ("the US ambassador", _s, "USA", "GOV"),
      ("the US ambassador to Peru, Lisa Kenna", "\"The US categorically rejects any extra-constitutional act by President "
       "Castillo to prevent Congress from fulfilling its mandate,\" the US ambassador to Peru, Lisa Kenna, wrote on Twitter.",
       "USA", "GOV"),
      )
_page("https://fbireform.com/2022/12/07/peru-lawmakers-vote-to-oust-president-castillo-after-congress-shut-down-threat-iduskbn2sr1ol",
      "2022-12-07",
      ("lawmakers", "Ignoring Castillo’s attempt to shut down Congress, lawmakers moved ahead with the impeachment trial, "
       "with 101 votes in favor of removing him, six against and 10 abstentions.", "PER", "LEG"),
      ("The legislature", "The legislature called Vice President Dina Boluarte to take office.", "PER", "LEG"),
      )
_page("https://en.mercopress.com/2022/12/07/peru-s-congress-impeaches-castillo-boluarte-to-be-sworn-in?utm_source=feed&utm_medium=rss&utm_content=main&utm_campaign=rss",
      "2022-12-07",
      ("Congress Speaker José Williams", "Congress Speaker José Williams explained everything had been carried out in "
       "accordance with Article 115 of the Constitution.", "PER", "LEG"),
      )
_s = ("LIMA (Reuters) -Peru’s Congress voted on Thursday in favor of moving forward with a proposal to impeach President "
      "Dina Boluarte, in a late-night vote called hours after lawmakers from across the political spectrum presented "
      "motions for her removal.")
_page("https://www.localnewswave.com/article/1029018995263893504", "2025-10-09",
      ("Peru’s Congress", _s, "PER", "LEG",
       {"note": "page undated: the Thursday vote of 9 Oct 2025; Boluarte was removed after midnight, on 10 Oct"}),
      ("President Dina Boluarte", _s, "PER", "GOV"),
      ("lawmakers from across the political spectrum", _s, "PER", "LEG"),
      )

# ---------------------------------------------------------------- South Korea, martial law (3-5 December 2024)
_s = ("Opposition parties, including the Democratic Party of Korea, hinted at proceeding with an immediate impeachment of "
      "President Yoon Suk Yeol shortly after he agreed to the parliament's request to lift martial law.")
_t = ("A group of over 40 lawmakers from opposition parties declared that the Assembly should impeach Yoon, calling him "
      "\"the mastermind of a treasonous act of state mismanagement.\"")
_page("https://www.koreaherald.com/view.php?ud=20241204050022", "2024-12-04",
      ("Opposition parties, including the Democratic Party of Korea", _s, "KOR", "OPP"),
      ("President Yoon Suk Yeol", _s, "KOR", "GOV"),
      ("the parliament", _s, "KOR", "LEG"),
      ("A group of over 40 lawmakers from opposition parties", _t, "KOR", "OPP",
       {"note": "unsure: opposition legislators, coded OPP as the text calls them the opposition"}),
      ("the Assembly", _t, "KOR", "LEG"),
      ("Yoon", _t, "KOR", "GOV"),
      ("Democratic Party leader Lee Jae-myung", "Earlier, Democratic Party leader Lee Jae-myung criticized the martial law "
       "declaration as unconstitutional and illegal.", "KOR", "OPP", {"note": "leader of the main opposition party in 2024"}),
      )
_s = ("Impeachment proceedings are also set to begin against Defense Minister Kim Yong-hyun and Interior Minister Lee "
      "Sang-min, as well as other military and police officials involved in the martial law declaration.")
_page("https://wyoming-express.com/2024/12/04/south-korean-legislators-push-for-presidents-impeachment-following-6-hour-martial-law-announcement/",
      "2024-12-04",
      ("Defense Minister Kim Yong-hyun", _s, "KOR", "GOV"),
      ("Interior Minister Lee Sang-min", _s, "KOR", "GOV"),
      ("other military and police officials involved in the martial law declaration", _s, "KOR", "MIL",
       {"note": "coordinated: the first one's sector"}),
      ("Prime Minister Han Duck-soo", "Prime Minister Han Duck-soo has reassured the public, taking responsibility for the "
       "situation and pledging to ensure stability.", "KOR", "GOV"),
      ("Yoon’s People Power Party", "Yoon’s People Power Party has indicated that they respect the constitution and are "
       "discussing whether Yoon should leave the party.", "KOR", "POL"),
      )
_s = ("In an effort to salvage his political future, Yoon accepted the resignation of Defense Minister Kim Yong-hyun on "
      "December 5 and nominated South Korea's ambassador to Saudi Arabia, Choi Byung-hyuk, as his replacement.")
_t = ("The opposition Democratic Party, with a majority in parliament, needs at least eight lawmakers from the ruling "
      "party to support the bill for it to pass.")
_page("https://baonghean.vn/en/print/10286343.html", "2024-12-05",
      # Kim Yong-hyun is left out here: he resigned on the text's own day.
      ("Yoon", _s, "KOR", "GOV"),
      ("South Korea's ambassador to Saudi Arabia, Choi Byung-hyuk", _s, "KOR", "GOV"),
      ("The opposition Democratic Party, with a majority in parliament", _t, "KOR", "OPP"),
      ("at least eight lawmakers from the ruling party", _t, "KOR", "LEG"),
      ("Democratic Party lawmaker Kim Seung-won", "“The declaration of martial law by the Yoon Suk Yeol administration has "
       "caused great confusion and fear among the people,” Democratic Party lawmaker Kim Seung-won said at a session of "
       "the National Assembly in the early morning of December 5.", "KOR", "LEG",
       {"note": "unsure: legislator of the opposition party, the sentence does not call him the opposition: LEG"}),
      ("the Yoon Suk Yeol administration", "“The declaration of martial law by the Yoon Suk Yeol administration has caused "
       "great confusion and fear among the people,” Democratic Party lawmaker Kim Seung-won said at a session of the "
       "National Assembly in the early morning of December 5.", "KOR", "GOV"),
      )

# ---------------------------------------------------------------- Tunisia, Saied against parliament and Ennahda
_s = ("Following a meeting with the national security council, Saied announced that he had ordered the Minister of "
      "Justice to call on the attorney general to take action after the virtual plenary session of the suspended parliament.")
_page("https://english.aawsat.com/home/article/3564226/tunisia%E2%80%99s-president-dissolves-suspended-parliament?page=7",
      "2022-03-30",
      ("Tunisian President Kais Saied", "Tunisian President Kais Saied dissolved parliament on Wednesday, months after "
       "suspending it.", "TUN", "GOV", {"note": "page undated: the Wednesday of the dissolution, 30 March 2022"}),
      ("parliament", "Tunisian President Kais Saied dissolved parliament on Wednesday, months after suspending it.",
       "TUN", "LEG"),
      ("Saied", _s, "TUN", "GOV"),
      ("the Minister of Justice", _s, "TUN", "GOV"),
      ("the attorney general", _s, "TUN", "JUD"),
      ("over 120 lawmakers", "Despite the chamber's suspension, over 120 lawmakers held an online meeting Wednesday, voting "
       "against the \"exceptional measures\" Saied has used since July.", "TUN", "LEG"),
      )
_s = ("Tunisian police arrested three prominent officials of the main opposition Ennahda party on Tuesday, hours after "
      "they detained party leader Rached Ghannouchi, the most prominent critic of President Kais Saied, a lawyer and "
      "officials said.")
_t = ("An interior ministry official said Ghannouchi had been brought in for questioning and his house searched on the "
      "orders of the public prosecutor investigating \"inciting statements\".")
_page("https://english.aawsat.com/node/4280556", "2023-04-18",
      ("Tunisian police", _s, "TUN", "COP"),
      ("three prominent officials of the main opposition Ennahda party", _s, "TUN", "OPP"),
      ("party leader Rached Ghannouchi, the most prominent critic of President Kais Saied", _s, "TUN", "OPP"),
      ("President Kais Saied", _s, "TUN", "GOV"),
      ("Reuters", "Lawyer Monia Bouali told Reuters that the officials arrested are Mohamed Goumani, Belkacem Hassan and "
       "Mohammed Chnaiba.", "GBR", "MED"),
      ("An interior ministry official", _t, "TUN", "GOV"),
      ("Ghannouchi", _t, "TUN", "OPP"),
      ("the public prosecutor", _t, "TUN", "JUD"),
      )
_s = ("The leader of the Islamist Ennahda Party in Tunisia, which is the largest party represented in parliament, and a "
      "number of party deputies began a sit-in on Monday in front of the Legislative Council building after the army "
      "prevented them from entering it.")
_t = ("Several hundred supporters of President Saied gathered in front of parliament on Monday, chanting slogans against "
      "the Ennahda movement and preventing party followers from reaching the building.")
_page("https://www.archyde.com/tunisia-crisis-ennahda-party-leader-ghannouchi-and-a-number-of-his-deputies-sit-in-front-of-the-parliament-building-after-being-prevented-from-entering-it/",
      "2021-07-26",
      ("The leader of the Islamist Ennahda Party in Tunisia, which is the largest party represented in parliament", _s,
       "TUN", "POL", {"note": "unsure: Ghannouchi, July 2021 Ennahda leader and Speaker; party leader ranks before legislator"}),
      ("a number of party deputies", _s, "TUN", "LEG"),
      ("the army", _s, "TUN", "MIL"),
      ("Several hundred supporters of President Saied", _t, "TUN", "CVL"),
      ("the Ennahda movement", _t, "TUN", "POL", {"note": "July 2021: in the governing majority, not yet the opposition"}),
      ("party followers", _t, "TUN", "POL"),
      )

# ---------------------------------------------------------------- Somalia and Kenya, al-Shabaab (30 Sept 2019 attacks)
_s = "The US Africa Command and the Somali government said no coalition members were injured or killed."
_page("https://www.thebrief.co.ke/foreign/kenya-condemns-al-shabaabs-twin-terror-attack-in-mogadishu/", "2019-10-01",
      ("Kenya’s Foreign Affairs CS Monica Juma", "Kenya’s Foreign Affairs CS Monica Juma said both attacks demonstrate Al "
       "Shabaab’s “continuing appetite and determination to visit death and destruction on innocent people”.", "KEN", "GOV",
       {"note": "page undated: the day after the attacks of Monday 30 Sept 2019"}),
      ("Al Shabaab", "Kenya’s Foreign Affairs CS Monica Juma said both attacks demonstrate Al Shabaab’s “continuing "
       "appetite and determination to visit death and destruction on innocent people”.", "SOM", "REB"),
      ("The Al Qaeda-affiliated terror group", "The Al Qaeda-affiliated terror group claimed the two attacks on Monday, both "
       "targeting Western forces backing the government.", "SOM", "REB"),
      ("the government", "The Al Qaeda-affiliated terror group claimed the two attacks on Monday, both targeting Western "
       "forces backing the government.", "SOM", "GOV"),
      ("The US Africa Command", _s, "USA", "MIL"),
      ("the Somali government", _s, "SOM", "GOV"),
      ("Major General William Gayler, U.S. Africa Command director of operations", "“This attack, though ineffective, "
       "demonstrates the direct threat Al Shabaab poses to Americans, our allies, and interests in the region,” said Major "
       "General William Gayler, U.S. Africa Command director of operations, the Washington Post reported.", "USA", "MIL"),
      ("the Washington Post", "“This attack, though ineffective, demonstrates the direct threat Al Shabaab poses to "
       "Americans, our allies, and interests in the region,” said Major General William Gayler, U.S. Africa Command "
       "director of operations, the Washington Post reported.", "USA", "MED"),
      )

# ---------------------------------------------------------------- Israel and Gaza, the May 2021 truce
# Hamas and its officials are left out (de facto authority in Gaza and armed group: not settled, like Hezbollah).
_s = ("Israeli Prime Minister Benjamin Netanyahu’s office said his security cabinet had voted unanimously in favor of a "
      "“mutual and unconditional” Gaza truce proposed by Egypt, but added that the hour of implementation had yet to be agreed.")
_t = ("Amid growing global alarm at the bloodshed, U.S. President Joe Biden urged Netanyahu on Wednesday to seek "
      "de-escalation, while Egypt, Qatar and the United Nations sought to mediate.")
_page("https://nationalpost.com/pmn/news-pmn/israel-and-hamas-agree-gaza-truce-to-be-monitored-by-egypt-3", "2021-05-20",
      ("Egyptian state TV", "GAZA/JERUSALEM — Israel and Hamas will cease fire across the Gaza Strip border as of 2 a.m. on "
       "Friday (2300 GMT on Thursday), the Palestinian Islamist faction and Egyptian state TV said, bringing a potentially "
       "tenuous halt to the fiercest fighting in years.", "EGY", "MED"),
      ("Israeli Prime Minister Benjamin Netanyahu’s office", _s, "ISR", "GOV"),
      ("his security cabinet", _s, "ISR", "GOV"),
      ("U.S. President Joe Biden", _t, "USA", "GOV"),
      ("Netanyahu", _t, "ISR", "GOV"),
      )
_s = ("The rockets have claimed 12 lives in Israel, including two children and an Israeli soldier, with one Indian and "
      "two Thai nationals among those killed, the police say.")
_page("https://staging.punchng.com/israel-hamas-announce-gaza-ceasefire/", "2021-05-20",
      ("Gaza’s second most powerful armed group, Islamic Jihad", "The truce brokered by Egypt, that also included Gaza’s "
       "second most powerful armed group, Islamic Jihad, was agreed following mounting international pressure to stem the "
       "bloodshed.", "PSE", "REB", {"note": "AFP story of Thursday 20 May 2021"}),
      ("US Secretary of State Antony Blinken", "US Secretary of State Antony Blinken said Thursday he would be “prepared at "
       "any time to go to Israel, to the Middle East, if that would serve the purpose of moving beyond the violence and "
       "helping to work on improving lives for Israelis and Palestinians alike”.", "USA", "GOV"),
      ("two children", _s, "ISR", "CVL"),
      ("an Israeli soldier", _s, "ISR", "MIL"),
      ("one Indian and two Thai nationals", _s, "IND", "CVL", {"note": "coordinated: the first one's country"}),
      ("the police", _s, "ISR", "COP"),
      )
_page("https://todaychina.cc/?p=46369", "2021-05-20",
      ("Egyptian state media MENA", "Egyptian state media MENA reported that the truce would take effect at 2 a.m. local "
       "time, about three hours after it was announced.", "EGY", "MED", {"note": "the day of the truce announcement"}),
      )
_s = ("In addition, the Egyptian presidency said that US President Joe Biden called Egyptian President Abdel Fattah "
      "El-Sisi yesterday to discuss steps aimed at ending the fighting in the Palestinian te")
_page("https://pledgetimes.com/egyptian-mediation-succeed-in-the-cease-fire-in-gaza/", "2021-05-21",
      ("Egyptian TV", "This comes as Egyptian TV said that President Abdel Fattah El-Sisi ordered sending two security "
       "delegations to Israel and the Palestinian territories to work on fixing the truce.", "EGY", "MED",
       {"note": "page undated: the day after the cabinet vote of 20 May 2021 ('yesterday evening')"}),
      ("President Abdel Fattah El-Sisi", "This comes as Egyptian TV said that President Abdel Fattah El-Sisi ordered sending "
       "two security delegations to Israel and the Palestinian territories to work on fixing the truce.", "EGY", "GOV"),
      ("the Egyptian presidency", _s, "EGY", "GOV"),
      ("US President Joe Biden", _s, "USA", "GOV"),
      ("Egyptian President Abdel Fattah El-Sisi", _s, "EGY", "GOV"),
      )

# ---------------------------------------------------------------- Afghanistan, the Taliban government and girls' schools
_s = ("KABUL, Afghanistan (AP) – Afghanistan’s new Taliban rulers hope to open all schools to girls across the country "
      "after the end of March, their spokesman told The Associated Press on Saturday, offering the first timeline for "
      "meeting a key demand from the international community.")
_t = ("Zabihullah Mujahid, who is also the Taliban’s deputy culture and information minister, said their education "
      "departments are trying to open classrooms for all girls and women after the Afghan New Year, which begins on March 21.")
_page("https://walkingwithecw.org/the-ap-interview-taliban-pledge-to-send-all-girls-to-school-soon/", "2022-01-15",
      ("Afghanistan’s new Taliban rulers", _s, "AFG", "GOV",
       {"note": "page undated: AP interview of Saturday 15 Jan 2022; Taliban GOV since the interim government of Sept 2021"}),
      ("their spokesman", _s, "AFG", "GOV"),
      ("The Associated Press", _s, "USA", "MED"),
      ("Zabihullah Mujahid, who is also the Taliban’s deputy culture and information minister", _t, "AFG", "GOV"),
      ("their education departments", _t, "AFG", "GOV"),
      )
_page("https://www.islamicinvitationturkey.com/taliban-name-new-cabinet-members-say-working-on-reopening-girls-schools/",
      "2021-09-21",
      ("Taliban spokesman Zabihullah Mujahid", "Taliban spokesman Zabihullah Mujahid has announced the names of the "
       "remaining members of Afghanistan’s interim cabinet, and elaborated on some of the movement's plans and policies.",
       "AFG", "GOV", {"note": "page undated: the press conference of Tuesday 21 Sept 2021"}),
      )

# ---------------------------------------------------------------- Indonesia, student protests (September 2019) and Malaysian solidarity (2025)
_s = ("JAKARTA: Recent \"brutal\" student protests in Indonesia were hijacked by a group with the aim of disrupting "
      "parliament and the inauguration of President Joko Widodo next month for a new term, the chief security minister "
      "said on Thursday (Sep 26).")
_t = ("Authorities have arrested at least 200 people since the rallies began on Monday, and they were not all students, "
      "national police chief Tito Karnavian told the news conference.")
_page("https://www.channelnewsasia.com/asia/indonesia-student-protests-hijacked-minister-1327311", "2019-09-26",
      ("parliament", _s, "IDN", "LEG"),
      ("President Joko Widodo", _s, "IDN", "GOV"),
      ("the chief security minister", _s, "IDN", "GOV"),
      ("Police", "Police have fired tear gas and water cannon to break up rallies in Jakarta and other cities against "
       "proposed new laws, including a revised criminal code that would ban extramarital sex and penalise insulting the "
       "president's honour.", "IDN", "COP"),
      ("Authorities", _t, "IDN", "GOV"),
      ("at least 200 people", _t, "IDN", "CVL"),
      ("national police chief Tito Karnavian", _t, "IDN", "COP"),
      )
_s = ("The officials, including Indonesian military commander Hadi Tjahjanto and national police chief Tito Karnavian, "
      "were earlier summoned to the palace by President Joko Widodo over the security situation in the country.")
_t = ("Indonesia’s House of Representatives had passed an amendment to the Corruption Eradication Commission law last "
      "week stripping the powerful anti-graft agency of key powers, including its authority to wiretap public officials "
      "suspected of wrongdoing.")
_page("https://www.asiaone.com/asia/indonesia-minister-says-student-protests-were-hijacked-group-aiming-disrupt-indonesian",
      "2019-09-26",
      ("Indonesian military commander Hadi Tjahjanto", _s, "IDN", "MIL"),
      ("national police chief Tito Karnavian", _s, "IDN", "COP"),
      ("President Joko Widodo", _s, "IDN", "GOV"),
      ("Indonesia’s House of Representatives", _t, "IDN", "LEG"),
      ("the powerful anti-graft agency", _t, "IDN", "GOV", {"note": "the KPK, a state agency"}),
      ("public officials suspected of wrongdoing", _t, "IDN", "GOV"),
      )
_page("https://www.presstv.ir/Detail/2019/09/26/607147/Indonesia-student-protest-planned-changes-criminal-code", "2019-09-26",
      ("At least 200 high school students", "At least 200 high school students were arrested for not possessing a protest "
       "permit, police spokesman Argo Yuwono said.", "IDN", "EDU"),
      ("police spokesman Argo Yuwono", "At least 200 high school students were arrested for not possessing a protest "
       "permit, police spokesman Argo Yuwono said.", "IDN", "COP"),
      ("Jakarta police chief Gatot Eddy Pramono", "Some of those detained were carrying petrol bombs, Jakarta police chief "
       "Gatot Eddy Pramono told reporters.", "IDN", "COP"),
      ("reporters", "Some of those detained were carrying petrol bombs, Jakarta police chief Gatot Eddy Pramono told "
       "reporters.", "IDN", "MED"),
      )
_s = ("Speaking at the protest, Mandiri executive director Amir Hadi said the protesters were “not interested in "
      "Indonesian politics”, but are only concerned that the Indonesian activists have been detained for speaking out.")
_t = ("In an open letter to the Indonesian government, the secretariat demanded the release of student activists "
      "Delpedro Marhaen Rismansyah, Muzaffar Salim, Syahdan Hussien, Khariq Anhar and all the other Indonesians detained "
      "in the nation’s mass arrests.")
_page("https://dev-v4.freemalaysiatoday.com/category/nation/2025/10/24/malaysian-students-show-solidarity-with-detained-indonesian-activists",
      "2025-10-24",
      ("Mandiri executive director Amir Hadi", _s, "MYS", "NGO"),
      ("the protesters", _s, "MYS", "CVL"),
      ("the Indonesian activists", _s, "IDN", "CVL"),
      ("the Indonesian government", _t, "IDN", "GOV"),
      ("the secretariat", _t, "MYS", "NGO", {"note": "Sekretariat Himpun Malaysia, a coalition of civil-society groups"}),
      ("student activists Delpedro Marhaen Rismansyah, Muzaffar Salim, Syahdan Hussien, Khariq Anhar", _t, "IDN", "EDU",
       {"note": "unsure: called student activists (Delpedro heads the Lokataru foundation); EDU as the text says"}),
      )

# ---------------------------------------------------------------- Poland, the government and the Constitutional Tribunal
_s = ("Following another reversal before the CJEU on 2 March 2021 (case C-824/18), the government decided to take matters "
      "into its own hands and on 29 March 2021 filed an application signed by Prime Minister Mateusz Morawiecki with the "
      "Constitutional Tribunal requesting that the Tribunal declare certain actions of the CJEU incompatible with Poland’s "
      "Constitution.")
_page("https://ruleoflaw.pl/why-is-the-decision-of-the-constitutional-tribunal-such-a-threat-to-the-rule-of-law", "2021-03-29",
      ("the government", _s, "POL", "GOV",
       {"note": "page undated (autumn 2021): the day of the act reported, 29 March 2021; no role changed in 2021"}),
      ("Prime Minister Mateusz Morawiecki", _s, "POL", "GOV"),
      ("the Constitutional Tribunal", _s, "POL", "JUD"),
      ("the Tribunal", _s, "POL", "JUD"),
      ("the CJEU", _s, "IGO", "JUD", {"org": "EU"}),
      )
_page("https://rmx.news/tag/polish-judicial-reforms/", "2023-02-10",
      ("Polish President Andrzej Duda", "Polish President Andrzej Duda on Friday decided to submit new legislation concerning "
       "the Supreme Court to the Polish Constitutional Court, as he is not certain that the law is constitutional.",
       "POL", "GOV", {"note": "tag page: the referral of Friday 10 Feb 2023"}),
      ("the Polish Constitutional Court", "Polish President Andrzej Duda on Friday decided to submit new legislation "
       "concerning the Supreme Court to the Polish Constitutional Court, as he is not certain that the law is constitutional.",
       "POL", "JUD"),
      ("the Polish government", "He was under pressure to sign the legislation, as the Polish government argues that it "
       "will enable Poland to end its dispute with the European […]", "POL", "GOV"),
      )

# ---------------------------------------------------------------- Ukraine, Russian shelling of Kharkiv (June 2022)
_s = ("Russian shelling of the city of Kharkiv in northeast Ukraine killed five people and wounded 22 on Monday, including "
      "five children, the regional governor said.")
_page("https://www.devdiscourse.com/article/law-order/2089018-russian-shelling-kills-five-civilians-in-ukraines-kharkiv--regional-governor",
      "2022-06-28",
      ("five people", _s, "UKR", "CVL"),
      ("the regional governor", _s, "UKR", "GOV"),
      ("Oleh Synehubov, governor of the Kharkiv region", "\"All of them are civilians of Kharkiv, who were walking on the "
       "streets, on playgrounds,\" Oleh Synehubov, governor of the Kharkiv region, said on the Telegram messaging app.",
       "UKR", "GOV"),
      )
_s = ("Russian forces pounded Ukraine’s second-largest city, Kharkiv, on Tuesday and Wednesday, killing at least 15 "
      "civilians, according to Governor Oleh Synyehubov.")
_t = ("Britain’s defence intelligence service believes that Russia’s momentum in the war in Ukraine will slow in the next "
      "few months as its army exhausts its resources, British Prime Minister Boris Johnson told a group of European newspapers.")
_u = ("Foreign Secretary Liz Truss has said Britain “fully supports” Lithuania’s decision to ban the transit of Russian "
      "goods sanctioned by the European Union through its territory.")
_page("https://1-e8259.azureedge.net/news/2022/6/22/russia-ukraine-live-news-brutal-shelling-kills-15-in-kharkiv-liveblog?traffic_source=KeepReading",
      "2022-06-22",
      ("Ukrainian officials", "Ukrainian officials say Russian forces have captured several settlements near Lysychansk "
       "and Severodonetsk, in the eastern Luhansk region.", "UKR", "GOV"),
      ("Russian forces", "Ukrainian officials say Russian forces have captured several settlements near Lysychansk and "
       "Severodonetsk, in the eastern Luhansk region.", "RUS", "MIL"),
      ("the region’s governor, Vitaliy Kim", "The southern city of Mykolaiv has been hit by seven Russian missiles, "
       "according to the region’s governor, Vitaliy Kim.", "UKR", "GOV"),
      ("Russian forces", _s, "RUS", "MIL"),
      ("at least 15 civilians", _s, "UKR", "CVL"),
      ("Governor Oleh Synyehubov", _s, "UKR", "GOV"),
      ("German Chancellor Olaf Scholz", "German Chancellor Olaf Scholz says Ukraine needs massive financial help to in its "
       "reconstruction after Russia’s invasion.", "DEU", "GOV"),
      ("Britain’s defence intelligence service", _t, "GBR", "SPY"),
      ("British Prime Minister Boris Johnson", _t, "GBR", "GOV"),
      ("Foreign Secretary Liz Truss", _u, "GBR", "GOV"),
      ("the European Union", _u, "IGO", "GOV", {"org": "EU"}),
      )
