"""Hand annotations for the third actor-mention DEV set, dev3 (read by build_actor_dev3.py).

Written by an independent annotator (a helper session that never ran the resolver on these items)
from public news pages and wire copy found with a search of stored web pages; the labels were
decided from the text, the date and public knowledge of who held which office then, following
docs/annotation-guidelines.md ("Actor mentions"), never from flashpoint's output. No page here is
cited by the first or second dev set. In each chosen sentence the actor mentions that are the
subject or object of something happening are annotated, except pronouns and mentions whose country
or role the text and the date do not make certain.

PAGES is filled by _page(url, date, *mentions); each mention is
    (query, sentence, country, sector)  or  (query, sentence, country, sector, extra)
where extra is a dict with "org" (IGO tag, written to the JSONL) and/or "note" (why the label needs
knowledge, or that only the article, not the sentence, places a generic mention; kept here only).
`date` is the page's date where it shows one, else the day of the event the sentence reports
(noted where so). Sentences are quoted from the page; where the page breaks a sentence over lines
the break is a space here.

Conventions decided for this set (beyond the guidelines):
- A junta that holds the capital is GOV from the coup on (Niger's "military rulers", "the putschists"
  in August 2023); its army chief of staff stays MIL. Ousted leaders whose status is disputed
  (Bazoum after 26 July 2023) are left out.
- Army officers leading a coup attempt stay MIL (Bolivia's Zúñiga, 26-27 June 2024).
- Party figures are OPP only where the text calls them the opposition or they lead it formally;
  otherwise POL (PTI leaders in May 2023, FRELIMO as "the ruling party").
- Paramilitaries under army command are MIL (Pakistan's Rangers); border-guard forces stay COP
  (Border Guard Bangladesh), coast guards COP (as in dev1).
- Supporters of a party are POL; supporters of a junta, crowds and protesters CVL.
- Gangs and cartels are CRM with the country where they operate (Los Choneros ECU, the Sinaloa
  cartel MEX).
"""

PAGES: list[tuple] = []


def _page(url, date, *mentions):
    for query, sentence, country, sector, *extra in mentions:
        PAGES.append((query, date, sentence, country, sector, url, *(extra or [{}])))


_ART = {"note": "generic mention: only the article, not the sentence, gives the country"}

# ---------------------------------------------------------------- Kenya, Finance Bill protests (June 2024)
_s = ("As early as 7:30 am, crowds had gathered in the Archives area of Nairobi’s Central Business District, wielding "
      "anti-Finance Bill placards and vociferously calling for the resignation of President William Ruto.")
_t = ("Chanting “Ruto must go! Ruto must go!” the protesters confronted a heavy police presence, who responded with "
      "batons in an attempt to disperse the crowd.")
_u = ("Interior Cabinet Secretary Kithure Kindiki issued stern warnings on Monday against any acts of vandalism or "
      "breaches of peace during the demonstrations.")
_v = ("In a press conference, Kindiki expressed his concern over the damage to public infrastructure in previous "
      "protests and emphasized a zero-tolerance policy towards lawlessness.")
_page("https://k24.digital/411-news/showdown-looms-as-demos-begin-in-nairobi", "2024-06-25",
      ("crowds", _s, "KEN", "CVL"),
      ("President William Ruto", _s, "KEN", "GOV"),
      ("the protesters", _t, "KEN", "CVL", _ART),
      ("a heavy police presence", _t, "KEN", "COP", _ART),
      ("the crowd", _t, "KEN", "CVL", _ART),
      ("Interior Cabinet Secretary Kithure Kindiki", _u, "KEN", "GOV"),
      ("Kindiki", _v, "KEN", "GOV"),
      )
_s = ("Kenya’s President William Ruto has announced the withdrawal of the Finance Bill 2024 after deadly protests that "
      "led to the torching of parliament on June 25.")
_t = "Initially, Ruto ordered a military deployment to counter the unrest, condemning the violence."
_u = ("Catholic bishops also condemned the security forces' actions and called for both police restraint and peaceful "
      "protest.")
_v = ("UN Secretary-General Antonio Guterres expressed his sorrow over the deaths and injuries, which included "
      "journalists and medical personnel, during the protests.")
_page("https://www.gistmania.com/talk/topic,596156.0.html", "2024-06-26",
      ("Kenya’s President William Ruto", _s, "KEN", "GOV",
       {"note": "no date on the page: the day of Ruto's televised withdrawal"}),
      ("Ruto", _t, "KEN", "GOV"),
      ("Catholic bishops", _u, "KEN", "REL", _ART),
      ("UN Secretary-General Antonio Guterres", _v, "IGO", "GOV", {"org": "UN"}),
      )
_s = ("Nairobi, Kenya – Police in Kenya heightened security around parliament buildings to ensure legislators debated "
      "and passed the controversial Finance Bill 2024 in a record four hours before raging protesters stormed the "
      "house.")
_t = "- Protestors decry punitive tax measures; human rights groups condemn police brutality"
_page("https://allendreyfus.com/killings-arrests-and-abductions-mark-kenyas-protest-as-finance-bill-passes/",
      "2024-06-25",
      ("Police in Kenya", _s, "KEN", "COP"),
      ("legislators", _s, "KEN", "LEG"),
      ("raging protesters", _s, "KEN", "CVL"),
      ("Protestors", _t, "KEN", "CVL", _ART),
      ("human rights groups", _t, "NGO", "NGO", {"note": "unnamed rights groups: NGO/NGO as in dev1-2"}),
      )
_s = ("His deputy, Rigathi Gachagua, has distanced himself from the Black Tuesday killings and blamed security agents "
      "for extrajudicial killings.")
_t = ("The protests were the biggest challenge yet for President Ruto, who demonstrators say has failed to improve the "
      "lives of millions of young people who voted for him two years ago.")
_u = "The legislature sought to raise about $2.9 billion in taxes that the government said it needed to pay off huge foreign debt."
_page("https://writeafrica.siasaplace.com/ruto-withdraws-finance-bill-as-protests-escalate-gen-z-demands-broader-reforms/",
      "2024-06-27",
      ("Rigathi Gachagua", _s, "KEN", "GOV", {"note": "deputy president until October 2024; page undated, written the day after the 26 June withdrawal"}),
      ("President Ruto", _t, "KEN", "GOV"),
      ("demonstrators", _t, "KEN", "CVL", _ART),
      ("The legislature", _u, "KEN", "LEG", _ART),
      ("the government", _u, "KEN", "GOV", _ART),
      )

# ---------------------------------------------------------------- Bolivia, coup attempt (26 June 2024)
_s = ("Former Bolivian military commander Gen. Juan José Zúñiga was arrested Wednesday night after leading what "
      "appeared to be a short-lived bid to unseat President Luis Arce.")
_t = ("Zúñiga led soldiers and armored vehicles into La Paz's central Plaza Murillo and tried to occupy the "
      "presidential palace, but the soldiers pulled back after a newly installed army commander ordered them to return "
      "to their barracks.")
_u = ("The apparent coup attempt came amid an economic crisis exacerbated by tensions between Arce and his former ally, "
      "leftist ex-president Evo Morales.")
_v = ("Prosecutors said they will seek the maximum prison sentence of 15 to 20 years for Zúñiga, who claimed without "
      "evidence after his arrest that Arce had recently asked him to \"prepare something to raise my popularity\" ahead "
      "of 2025 elections, specifically encouraging him to \"take out the armored vehicles.\"")
_Z = {"note": "army commander dismissed the day before, leading army units in a coup attempt: MIL (set convention)"}
_page("https://theweek.com/politics/bolivia-coup-attempt-luis-arce", "2024-06-27",
      ("Former Bolivian military commander Gen. Juan José Zúñiga", _s, "BOL", "MIL", _Z),
      ("President Luis Arce", _s, "BOL", "GOV"),
      ("Zúñiga", _t, "BOL", "MIL", _Z),
      ("soldiers", _t, "BOL", "MIL"),
      ("the soldiers", _t, "BOL", "MIL"),
      ("a newly installed army commander", _t, "BOL", "MIL"),
      ("Arce", _u, "BOL", "GOV"),
      ("his former ally, leftist ex-president Evo Morales", _u, "BOL", "POL",
       {"note": "president of the MAS party in 2024, no office"}),
      ("Prosecutors", _v, "BOL", "JUD", _ART),
      ("The government", "The government denied that claim.", "BOL", "GOV", _ART),
      )
_s = ("Military units led by Gen. Juan Jose Zúñiga – dismissed as commander of the Bolivian army just a day earlier – "
      "occupied the main square in the capital, La Paz, as armored vehicles rammed the palace door and soldiers tried "
      "to break into government offices.")
_t = ("His defense minister Edmundo Novillo later told a news conference the government had regained “total and "
      "absolute control” over its military.")
_u = ("After Zúñiga was handcuffed and forced into a police car, a triumphant Arce raised his clenched fist to the huge "
      "crowds that had flocked to the presidential palace, signaling the defeat of the attempted coup.")
_page("https://www.flashinfong.com/bolivian-general-arrested-and-accused-of-coup-after-dramatic-showdown-with-president/",
      "2024-06-26",
      ("Military units led by Gen. Juan Jose Zúñiga", _s, "BOL", "MIL"),
      ("soldiers", _s, "BOL", "MIL"),
      ("His defense minister Edmundo Novillo", _t, "BOL", "GOV"),
      ("the government", _t, "BOL", "GOV"),
      ("its military", _t, "BOL", "MIL"),
      ("a triumphant Arce", _u, "BOL", "GOV"),
      ("the huge crowds that had flocked to the presidential palace", _u, "BOL", "CVL"),
      )
_s = ("The claim, with no evidence, that the Arce government was behind the incursion is “absolutely false” and "
      "“inconceivable,” María Nela Prada Tejada, minister of the presidency, said in a news conference at which she also "
      "read a testimony she said was provided by Zuñiga during his detention.")
_t = ("Asked why the attempted uprising did not go as planned, Zuñiga said it was in part because the navy and the air "
      "force did not arrive, according to the remarks read by Prada Tejada.")
_u = ("Zuñiga was dismissed from his post on Tuesday after saying in televised remarks that Evo Morales, Bolivia’s "
      "president from 2006 to 2019, could not be allowed to run for president again, Bolivian media reported.")
_page("https://gsni.in/bolivia-president-arce-warns-of-coup-attempt-fired-general-arrested", "2024-06-26",
      ("the Arce government", _s, "BOL", "GOV"),
      ("María Nela Prada Tejada, minister of the presidency", _s, "BOL", "GOV"),
      ("the navy and the air force", _t, "BOL", "MIL"),
      ("Prada Tejada", _t, "BOL", "GOV"),
      ("Prosecutors", "Prosecutors said they were opening a criminal investigation against Zuñiga for alleged terrorism "
       "and engaging in an armed uprising.", "BOL", "JUD", _ART),
      ("Evo Morales, Bolivia’s president from 2006 to 2019", _u, "BOL", "POL"),
      ("Bolivian media", _u, "BOL", "MED"),
      )

# ---------------------------------------------------------------- Bangladesh, quota protests (July-August 2024)
_s = ("Police have fired tear gas and rubber bullets to disperse students protesting against the Bangladesh "
      "government’s job quota system in the capital, Dhaka, as authorities ordered the closure of all public and "
      "private universities for an indefinite period.")
_t = ("On Wednesday, authorities deployed units of the paramilitary Border Guard force alongside riot police outside "
      "the University of Dhaka campus as students chanted: “We will not let our brothers’ blood go in vain”.")
_u = ("Police fired tear gas and rubber bullets and lobbed sound grenades at the students as they marched in "
      "processions carrying coffins in solidarity with those killed, Nahid Islam, the coordinator of the anti-quota "
      "protests, told the news agency Reuters.")
_v = ("“Our protests will also continue no matter how much violence they can unleash on us,” University of Dhaka "
      "student Chamon Fariya Islam told the AFP news agency.")
_page("https://www.aljazeera.com/news/2024/7/17/police-fire-tear-gas-as-bangladesh-protests-against-job-quotas-rage",
      "2024-07-17",
      ("Police", _s, "BGD", "COP"),
      ("students protesting against the Bangladesh government’s job quota system", _s, "BGD", "EDU"),
      ("authorities", _s, "BGD", "GOV"),
      ("units of the paramilitary Border Guard force", _t, "BGD", "COP",
       {"note": "Border Guard Bangladesh: a border-guard force, COP like other border guards"}),
      ("riot police", _t, "BGD", "COP"),
      ("students", _t, "BGD", "EDU"),
      ("the students", _u, "BGD", "EDU"),
      ("Nahid Islam, the coordinator of the anti-quota protests", _u, "BGD", "EDU",
       {"note": "a University of Dhaka student leading the student movement"}),
      ("the news agency Reuters", _u, "GBR", "MED"),
      ("University of Dhaka student Chamon Fariya Islam", _v, "BGD", "EDU"),
      ("the AFP news agency", _v, "FRA", "MED"),
      )
_s = ("Clashes broke out between police and students in Uttara area, with security forces using tear gas and stun "
      "grenades to disperse the stone-pelting mob.")
_t = ("On Friday, Prime Minister Hasina had appealed to the agitating students to meet her at her official residence "
      "Ganabhaban for talks to end the violence over the quota system in government jobs.")
_u = ("Sources in the ruling Awami League said three party leaders have been assigned the task of communicating and "
      "persuading the coordinators of the anti-reservation agitation.")
_v = ("Meanwhile, two police officers who had opened fire, killing Abu Sayeed, a second-year undergraduate student of "
      "Northwestern Rangpur University, were suspended by higher authorities for their “unprofessional conduct”, "
      "fuelling student anger.")
_page("https://eng.nnsp.in/violence-erupts-again-in-bangladesh-demand-for-removal-of-sheikh-hasina-students-reject-pms-invitation",
      "2024-07-19",
      ("police", _s, "BGD", "COP", _ART),
      ("students", _s, "BGD", "EDU", _ART),
      ("the stone-pelting mob", _s, "BGD", "CVL", _ART),
      ("Prime Minister Hasina", _t, "BGD", "GOV"),
      ("the agitating students", _t, "BGD", "EDU"),
      ("Sources in the ruling Awami League", _u, "BGD", "POL"),
      ("three party leaders", _u, "BGD", "POL"),
      ("two police officers who had opened fire", _v, "BGD", "COP", _ART),
      ("Abu Sayeed, a second-year undergraduate student of Northwestern Rangpur University", _v, "BGD", "EDU"),
      )
_s = ("Prime Minister Sheikh Hasina labeled the protesters as \"terrorists\" and called on citizens to suppress them "
      "firmly.")
_t = ("On Sunday morning, protesters demanding the government's resignation clashed with supporters of the Awami "
      "League, Chhatra League, and Jubo League.")
_u = ("The indefinite curfew was enforced from 6:00 pm Sunday, following a meeting between Hasina and top security "
      "officers from various branches, including the Army, Navy, Air Force, police, RAB, and BGB.")
_page("https://arthprakash.com/Print_article/print_page/5255", "2024-08-04",
      ("Prime Minister Sheikh Hasina", _s, "BGD", "GOV",
       {"note": "page undated: the Sunday of the curfew, 4 August 2024, the day before she fled"}),
      ("the protesters", _s, "BGD", "CVL"),
      ("citizens", _s, "BGD", "CVL"),
      ("protesters demanding the government's resignation", _t, "BGD", "CVL"),
      ("supporters of the Awami League, Chhatra League, and Jubo League", _t, "BGD", "POL"),
      ("Hasina", _u, "BGD", "GOV"),
      ("RAB", _u, "BGD", "COP", {"note": "Rapid Action Battalion, an elite unit of the Bangladesh Police"}),
      ("BGB", _u, "BGD", "COP"),
      ("The student protesters", "The student protesters consolidated their demands, calling for the government's "
       "resignation, rejecting any attempts to quell the escalating violence.", "BGD", "EDU"),
      )

# ---------------------------------------------------------------- South Korea, martial law (December 2024)
_s = ("The National Assembly of South Korea has accepted a bill demanding the immediate detention of eight individuals, "
      "including President Yoon, due to the martial law declaration on December 3.")
_t = ("Following the declaration of martial law, the Ministry of Defense instructed commanders in the army to hold "
      "meetings and called for readiness.")
_u = ("In the emergency session held in the National Assembly, the proposal to lift the martial law was accepted with "
      "the votes of 190 members of parliament.")
_v = "In response, Yoon convened the Cabinet and announced the end of martial law after the Cabinet's approval."
_w = ("The main opposition Democratic Party and five smaller opposition parties submitted a proposal to the parliament "
      "for the removal of the president, arguing that Yoon's declaration of martial law was unconstitutional and "
      "illegal.")
_page("https://en.haberler.com/request-for-detention-of-the-president-in-south-2024810", "2024-12-09",
      ("The National Assembly of South Korea", _s, "KOR", "LEG",
       {"note": "page undated: reports the travel ban of 9 December 2024; Yoon is president (GOV) throughout"}),
      ("President Yoon", _s, "KOR", "GOV"),
      ("the Ministry of Defense", _t, "KOR", "GOV", _ART),
      ("commanders in the army", _t, "KOR", "MIL", _ART),
      ("190 members of parliament", _u, "KOR", "LEG", _ART),
      ("Yoon", _v, "KOR", "GOV"),
      ("the Cabinet", _v, "KOR", "GOV", _ART),
      ("The main opposition Democratic Party and five smaller opposition parties", _w, "KOR", "OPP", _ART),
      ("the parliament", _w, "KOR", "LEG", _ART),
      )

# ---------------------------------------------------------------- Mozambique, post-election crisis (2024-2025)
_s = ("Mozambican police fired tear gas to disperse demonstrators who gathered early Monday morning in Maputo to protest "
      "the killing of Elvino Dias and Paulo Guambe, a party agent for PODEMOS (Optimistic Party for the Development of "
      "Mozambique), in the wee hours of Saturday.")
_t = "In the meantime, the police clashed with PODEMOS supporters, leaving around a dozen people injured."
_u = ("On Saturday, a police spokesperson, Orlando Madumane, had warned that protests would be suppressed, and by "
      "Monday, riot units were deployed in full force.")
_v = ("Observers were quick to suggest that the orders to disperse the protests likely came from the top, specifically "
      "from police General-Commander Bernardino Rafael, whose familial ties to Nyusi seem to grant him authority beyond "
      "other institutions.")
_page("https://www.mozambiqueinsights.com/police-stop-march/", "2024-10-21",
      ("Mozambican police", _s, "MOZ", "COP", {"note": "page undated: the Monday after the killings of 19 October 2024"}),
      ("demonstrators", _s, "MOZ", "CVL"),
      ("the police", _t, "MOZ", "COP", _ART),
      ("PODEMOS supporters", _t, "MOZ", "POL", {"note": "supporters of a party: POL (set convention)"}),
      ("a police spokesperson, Orlando Madumane", _u, "MOZ", "COP", _ART),
      ("riot units", _u, "MOZ", "COP", _ART),
      ("police General-Commander Bernardino Rafael", _v, "MOZ", "COP", _ART),
      ("Nyusi", _v, "MOZ", "GOV", {"note": "President Filipe Nyusi (2015-January 2025)"}),
      )
_s = ("Before the vote, Mondlane threatened to paralyze the country with a general strike if he did not win, but his "
      "call was not heeded; instead, Mozambican President Felipe Nyusi and candidate Chapo urged the population to "
      "remain calm and wait for the official results.")
_t = ("Mondlane ran in last October’s general election as the presidential candidate of the Podemos coalition and "
      "registered less than 22% of the vote, a far cry from the 65% of Daniel Chapo of the Frelimo party, which also "
      "won a majority in the National Assembly, according to the National Electoral Commission’s tally.")
_u = ("During the protests, Mondlane supporters and people recruited from marginal areas staged acts of vandalism and "
      "looting in this capital and inland provinces, in particular Cabo Delgado (north), where an Islamist group "
      "attacks civilian and military installations.")
_page("https://plenglish.com/news/2025/01/09/police-dispersed-attempted-riot-in-mozambiques-capital", "2025-01-09",
      ("Mondlane", _s, "MOZ", "OPP",
       {"note": "Venâncio Mondlane, runner-up who disputes the result, called the opposition leader by the press; no office"}),
      ("Mozambican President Felipe Nyusi", _s, "MOZ", "GOV"),
      ("candidate Chapo", _s, "MOZ", "POL",
       {"note": "Daniel Chapo on 2025-01-09 was president-elect (sworn in 15 January) and held no office"}),
      ("the population", _s, "MOZ", "CVL"),
      ("Daniel Chapo of the Frelimo party", _t, "MOZ", "POL"),
      ("the Frelimo party", _t, "MOZ", "POL"),
      ("an Islamist group", _u, "MOZ", "REB", {"note": "the insurgency in Cabo Delgado, placed by the sentence"}),
      ("the South African government", "Weeks ago the South African government offered the Mozambican military and "
       "police support to deal with the unrest.", "ZAF", "GOV"),
      )
_s = ("The Mozambican government announced March 5, 2025 as a \"Day of Dialogue,\" with President Daniel Chapo signing "
      "an agreement with all political parties represented in parliament to resolve the post-election crisis.")
_t = ("Mondlane continues to accuse the ruling FRELIMO party of election fraud to this day, and considers himself the "
      "true winner of the presidential election held on October 9, 2024.")
_u = ("The police forcibly dispersed the demonstration, with security forces using tear gas and live ammunition against "
      "the crowds, which included Venancio Mondlane himself.")
_v = ("\"This was another barbaric act against a group of citizens who were simply walking peacefully,\" Dinis Tivane, "
      "Venancio Mondlane spokesperson, told DW.")
_page("https://amp.dw.com/en/dialogue-or-confrontation-mozambiques-president-chapo-chooses-both/a-71848792",
      "2025-03-08",
      ("The Mozambican government", _s, "MOZ", "GOV"),
      ("President Daniel Chapo", _s, "MOZ", "GOV"),
      ("all political parties represented in parliament", _s, "MOZ", "POL"),
      ("Mondlane", _t, "MOZ", "OPP", {"note": "the article calls him 'the opposition politician'"}),
      ("the ruling FRELIMO party", _t, "MOZ", "POL"),
      ("The police", _u, "MOZ", "COP", _ART),
      ("the crowds", _u, "MOZ", "CVL", _ART),
      ("Venancio Mondlane", _u, "MOZ", "OPP"),
      ("Dinis Tivane, Venancio Mondlane spokesperson", _v, "MOZ", "OPP"),
      ("DW", _v, "DEU", "MED"),
      )

# ---------------------------------------------------------------- Peru, protests against Boluarte (2023)
_s = ("The Peruvian National Police (PNP) withdrew the hundreds of protesters who arrived this Wednesday outside the "
      "Congress and directed them towards other points in the center of Lima, at the end of the protest march called "
      "by social groups to demand the resignation of President Dina Boluarte.")
_t = ("The Police used tear gas to disperse the demonstrators who reached the outside of Parliament, a building that was "
      "surrounded by a police fence and metal bars to prevent access.")
_u = ("The protesters threw objects engulfed in flames, stones and water bottles at the Police to try not to be evicted "
      "from the historic center, but the agents advanced protected with their shields.")
_page("https://www.breakinglatest.news/news/police-remove-protesters-who-reached-the-exterior-of-the-peruvian-congress/",
      "2023-07-20",
      ("The Peruvian National Police (PNP)", _s, "PER", "COP"),
      ("the hundreds of protesters who arrived this Wednesday outside the Congress", _s, "PER", "CVL"),
      ("President Dina Boluarte", _s, "PER", "GOV"),
      ("The Police", _t, "PER", "COP", _ART),
      ("the demonstrators who reached the outside of Parliament", _t, "PER", "CVL", _ART),
      ("The protesters", _u, "PER", "CVL", _ART),
      ("the Police", _u, "PER", "COP", _ART),
      ("the agents", _u, "PER", "COP", _ART),
      )
_s = ("LIMA, Peru -- Police fired tear gas to try to subdue thousands of protesters who poured into the Peruvian capital "
      "Thursday, many from remote Andean regions, calling for the ouster of President Dina Boluarte and the return to "
      "power of her predecessor, whose removal last month launched deadly unrest and cast the nation into political "
      "chaos.")
_t = ("The demonstrators gathered in Lima's historic downtown scuffled with security forces who barred them from "
      "reaching key government buildings, including Congress, as well as business and residential districts of the "
      "capital.")
_page("https://www.nwaonline.com/news/2023/jan/20/peruvian-police-block-crowds-of-protesters-from/?news-world",
      "2023-01-20",
      ("Police", _s, "PER", "COP"),
      ("thousands of protesters who poured into the Peruvian capital", _s, "PER", "CVL"),
      ("President Dina Boluarte", _s, "PER", "GOV"),
      ("The demonstrators gathered in Lima's historic downtown", _t, "PER", "CVL"),
      )

# ---------------------------------------------------------------- Niger, coup and ECOWAS (July-August 2023)
_s = ("The Economic Community of West African States (Ecowas) has condemned the power grab and demanded Bazoum’s "
      "“immediate release”, saying he remains the legitimate and legal President of Niger.")
_t = ("Macron, speaking during a visit to Papua New Guinea today, called the coup “completely illegitimate and "
      "profoundly dangerous, for Nigeriens, for Niger and for the whole region.”")
_u = ("Speaking to reporters on the sidelines of his trip, French Foreign Minister Catherine Colonna also said that "
      "Ecowas was likely to meet on Sunday with a discussion on imposing possible sanctions – which she said Paris would "
      "support.")
_page("https://kenyantribune.com/niger-general-declares-himself-leader-following-coup", "2023-07-28",
      ("The Economic Community of West African States (Ecowas)", _s, "IGO", "GOV", {"org": "ECOWAS"}),
      ("Macron", _t, "FRA", "GOV"),
      ("French Foreign Minister Catherine Colonna", _u, "FRA", "GOV"),
      ("Ecowas", _u, "IGO", "GOV", {"org": "ECOWAS"}),
      ("Paris", _u, "FRA", "GOV"),
      )
_s = ("NIAMEY - Thousands of supporters of the junta that took over Niger in a coup this week marched through the "
      "streets of the capital on Sunday denouncing the country’s former colonial power and lighting a door at the "
      "French Embassy ablaze before the army broke up the crowd.")
_t = ("The Russian mercenary group Wagner is operating in neighboring Mali, and President Vladimir Putin would like to "
      "expand his country’s influence in the region.")
_u = ("Meanwhile, West Africa’s regional bloc ECOWAS on Sunday gave Niger coup leaders one week to reinstate ousted "
      "President Mohammed Bazoum or face sanctions and the possible use of force.")
_v = ("With military action a possibility too, ECOWAS defence chiefs would meet immediately, they said in a communique, "
      "also condemning support for the coup from some foreign nations and military contractors.")
_w = ("But the boss of Russia’s private Wagner mercenary force, Yevgeny Prigozhin hailed the coup as good news and "
      "offered his fighters’ services.")
_page("https://www.nation.com.pk/31-Jul-2023/french-embassy-in-niger-attacked-protesters-waving-russian-flags-march-through-capital",
      "2023-07-31",
      ("Thousands of supporters of the junta that took over Niger in a coup this week", _s, "NER", "CVL"),
      ("the army", _s, "NER", "MIL"),
      ("the crowd", _s, "NER", "CVL"),
      ("The Russian mercenary group Wagner", _t, "RUS", "MIL"),
      ("President Vladimir Putin", _t, "RUS", "GOV"),
      ("French President Emmanuel Macron", "French President Emmanuel Macron said Sunday that attacks on France and its "
       "interests would not be tolerated.", "FRA", "GOV"),
      ("West Africa’s regional bloc ECOWAS", _u, "IGO", "GOV", {"org": "ECOWAS"}),
      ("Niger coup leaders", _u, "NER", "GOV", {"note": "the junta held Niamey from 26 July: GOV (set convention)"}),
      ("ECOWAS defence chiefs", _v, "IGO", "MIL", {"org": "ECOWAS"}),
      ("the boss of Russia’s private Wagner mercenary force, Yevgeny Prigozhin", _w, "RUS", "MIL"),
      )
_s = ("“The future of Niger and the stability of the entire region are at stake”, said French Foreign Minister "
      "Catherine Colonna in a statement, who received the Prime Minister of Niger, Ouhoumoudou Mahamadou at the Quai "
      "d’Orsay, accompanied by the Nigerien Ambassador in Paris, Aichatou Boulama Kane.")
_t = "Meanwhile, Ecowas will not tell the putschists “when and where we will strike”."
_u = "Musah also assured that the West African bloc will continue to favor diplomatic means to resolve the crisis."
_page("https://www.italianpost.news/coup-detat-in-niger-paris-firmly-supports-ecowas-efforts/", "2023-08-05",
      ("French Foreign Minister Catherine Colonna", _s, "FRA", "GOV",
       {"note": "page undated: 'on the eve of the end of the ultimatum' (6 August 2023)"}),
      ("Ecowas", _t, "IGO", "GOV", {"org": "ECOWAS"}),
      ("the putschists", _t, "NER", "GOV", {"note": "the junta, in power since 26 July: GOV (set convention)"}),
      ("Musah", _u, "IGO", "GOV", {"org": "ECOWAS", "note": "Abdel-Fatau Musah, ECOWAS Commissioner for Political Affairs and Security"}),
      ("the West African bloc", _u, "IGO", "GOV", {"org": "ECOWAS"}),
      )
_s = ("The military junta, which has ruled Niger since its coup, has formed a government, according to a decree by the "
      "country’s new strongman, General Abdourahamane Tiani, read on national television on the night of Wednesday "
      "August 9 to Thursday August 10.")
_t = ("This team is led by Prime Minister Ali Mahaman Lamine Zeine and includes 20 ministers; those of defense and the "
      "interior being generals of the National Council for the Safeguarding of the Fatherland (CNSP) which took power.")
_u = ("“Important decisions” are expected at this summit, ECOWAS warned on Tuesday, which reaffirmed that it favors "
      "diplomatic means to restore constitutional order in Niger, while maintaining its threat of the use of force.")
_page("https://dailynewsen.com/breaking/niger-the-junta-formed-a-government-crucial-ecowas-summit.html", "2023-08-10",
      ("The military junta", _s, "NER", "GOV"),
      ("the country’s new strongman, General Abdourahamane Tiani", _s, "NER", "GOV"),
      ("Prime Minister Ali Mahaman Lamine Zeine", _t, "NER", "GOV"),
      ("ECOWAS", _u, "IGO", "GOV", {"org": "ECOWAS"}),
      ("the putschists", "In vain, the putschists blocked their way, citing “security” reasons.", "NER", "GOV", _ART),
      )
_s = ("Niger's military rulers, who seized control of the government in July, have given the French ambassador 48 hours "
      "to leave the country, an ultimatum that has been rejected by France's foreign ministry.")
_t = ("France's government was quick to reject the order against Ambassador Sylvain Itté by Friday evening, repeating "
      "that it did not recognise the military rulers' authority.")
_u = "Paris has repeatedly backed calls by the West African bloc for the reinstatement of Bazoum."
_v = ("Earlier on Friday, the Ecowas urged Niger's coup leaders to reconsider their position and pushed for a return to "
      "civilian rule, with the threat of force still \"very much on the table\".")
_w = ("France has 1,500 soldiers based in Niger who had been helping Bazoum in the fight against jihadist forces that "
      "have been active in the country for years.")
_page("https://www.rfi.fr/en/africa/20230826-niger-junta-gives-french-ambassador-48-hour-ultimatum-to-leave-country",
      "2023-08-26",
      ("Niger's military rulers", _s, "NER", "GOV"),
      ("the French ambassador", _s, "FRA", "GOV"),
      ("France's foreign ministry", _s, "FRA", "GOV"),
      ("France's government", _t, "FRA", "GOV"),
      ("Ambassador Sylvain Itté", _t, "FRA", "GOV"),
      ("Paris", _u, "FRA", "GOV"),
      ("the West African bloc", _u, "IGO", "GOV", {"org": "ECOWAS"}),
      ("the Ecowas", _v, "IGO", "GOV", {"org": "ECOWAS"}),
      ("Niger's coup leaders", _v, "NER", "GOV"),
      ("1,500 soldiers", _w, "FRA", "MIL"),
      )
_s = ("On August 7, acting US Deputy Secretary of State Victoria Nuland traveled to Niger and met with the "
      "rebel-appointed chief of staff, Moussa Salaou Barmou, and three of his colonels in Niamey.")
_t = ("On August 19, new US Ambassador Kathleen FitzGibbon arrived in Niger, but the US Department of State said she "
      "would not formally present her credentials due to \"the current political crisis\" in the country.")
_u = ("The French leader reiterated Paris' support for the Economic Community of West African States (ECOWAS) in all "
      "its decisions on restoring the constitutional order in Niger.")
_page("https://sputnikglobe.com/20230828/macron-france-to-support-ecowas-military-effort-against-niger-1112950581.html",
      "2023-08-28",
      ("acting US Deputy Secretary of State Victoria Nuland", _s, "USA", "GOV"),
      ("the rebel-appointed chief of staff, Moussa Salaou Barmou", _s, "NER", "MIL",
       {"note": "the junta's army chief of staff: MIL (set convention)"}),
      ("three of his colonels", _s, "NER", "MIL"),
      ("new US Ambassador Kathleen FitzGibbon", _t, "USA", "GOV"),
      ("the US Department of State", _t, "USA", "GOV"),
      ("The French leader", _u, "FRA", "GOV"),
      ("the Economic Community of West African States (ECOWAS)", _u, "IGO", "GOV", {"org": "ECOWAS"}),
      )

# ---------------------------------------------------------------- Philippines and China, Second Thomas Shoal (2023-2024)
_s = ("MANILA: The Philippines condemned China´s Coast Guard on Sunday for firing water cannon at its vessels in the "
      "disputed South China Sea, describing it as “illegal” and “dangerous”.")
_t = ("The latest incident took place as the Philippine Coast Guard escorted boats carrying food, water, fuel and other "
      "supplies for Filipino military personnel stationed at Second Thomas Shoal in the Spratly Islands.")
_u = ("The US State Department condemned the Chinese actions, saying in a statement they were carried out by the coast "
      "guard and “maritime militia”, and that they directly threatened regional peace and stability.")
_v = ("The Armed Forces of the Philippines said China´s coast guard had “blocked and water cannoned” one of its "
      "chartered resupply vessels.")
_page("https://www.thenews.com.pk/print/1097894-philippines-accuses-china-coast-guard-of-firing-water-cannon-at-its-boats",
      "2023-08-07",
      ("The Philippines", _s, "PHL", "GOV"),
      ("China´s Coast Guard", _s, "CHN", "COP"),
      ("the Philippine Coast Guard", _t, "PHL", "COP"),
      ("Filipino military personnel", _t, "PHL", "MIL"),
      ("The US State Department", _u, "USA", "GOV"),
      ("The Armed Forces of the Philippines", _v, "PHL", "MIL"),
      ("China´s coast guard", _v, "CHN", "COP"),
      ("China", "China said it had taken “necessary controls” against Philippines boats that had “illegally” entered "
       "its waters.", "CHN", "GOV"),
      )
_s = ("Tension is growing: the Chinese Coast Guard used water cannons on August 5 against Philippine vessels, a move "
      "considered “dangerous” by Japan, France, South Korea and the United States.")
_page("https://pledgetimes.com/this-is-asia-beijing-and-manila-star-in-a-new-chapter-of-tension-in-the-south-china-sea/",
      "2023-08-11",
      ("the Chinese Coast Guard", _s, "CHN", "COP"),
      ("Japan", _s, "JPN", "GOV"),
      ("France", _s, "FRA", "GOV"),
      ("South Korea", _s, "KOR", "GOV"),
      ("the United States", _s, "USA", "GOV"),
      )
_s = ("The Philippine Coast Guard (PCG) also accused China of ramming a smaller resupply boat, while China’s coast guard "
      "said the Philippine vessel had intentionally rammed its ship.")
_t = ("Two Philippine Navy-operated supply boats and Philippine coast guard escort ships were on their way to deliver "
      "food and other supplies to BRP Sierra Madre when Chinese coast guard and maritime militia vessels “harassed” them "
      "and “executed dangerous maneuvers” at close range, a national task force said in a statement.")
_u = ("The Chinese ships’ aggression undermines stability in the region “in defiance of a free and open Indo-Pacific,” "
      "US Ambassador to the Philippines MaryKay L. Carlson said in an X post.")
_page("https://www.bworldonline.com/the-nation/2023/12/10/562569/china-fires-water-cannons-at-three-philippine-ships-on-resupply-mission/",
      "2023-12-10",
      ("The Philippine Coast Guard (PCG)", _s, "PHL", "COP"),
      ("China", _s, "CHN", "GOV"),
      ("China’s coast guard", _s, "CHN", "COP"),
      ("a national task force", _t, "PHL", "GOV", {"note": "the National Task Force for the West Philippine Sea"}),
      ("US Ambassador to the Philippines MaryKay L. Carlson", _u, "USA", "GOV"),
      )

# ---------------------------------------------------------------- Ecuador, state of emergency and gangs (January 2024)
_s = ("Ecuadorean President Daniel Noboa declared a 60-day state of emergency on Monday after Ecuador’s most-wanted "
      "prisoner Jose Adolfo Macias, the leader of the Los Choneros criminal group, escaped from Guayaquil prison on "
      "Sunday.")
_page("https://www.oodaloop.com/globalrisk/2024/01/09/ecuador-declares-state-of-emergency-amid-prison-chaos/",
      "2024-01-09",
      ("Ecuadorean President Daniel Noboa", _s, "ECU", "GOV"),
      ("Ecuador’s most-wanted prisoner Jose Adolfo Macias, the leader of the Los Choneros criminal group", _s, "ECU", "CRM"),
      ("Ecuador’s prison agency", "On Monday, Ecuador’s prison agency stated that there were incidents at six prisons "
       "across the country.", "ECU", "GOV"),
      ("The military", "The military is currently patrolling prisons and cities across Ecuador, and a nationwide curfew "
       "is in place.", "ECU", "MIL"),
      )
_s = ("After the signing, the president ordered the armed forces to carry out military actions to fight against these "
      "groups and he trusts that this exceptional measure, which will be in force for sixty days, will allow firm armed "
      "intervention.")
_t = ("The police were deployed around the TC Televisión studios and announced the arrest of the assailants and the "
      "evacuation of the channel’s workers.")
_page("https://usanews.net/?p=88248", "2024-01-10",
      ("the president", _s, "ECU", "GOV", {"note": "page undated: the day after the TC Televisión attack of 9 January 2024"}),
      ("the armed forces", _s, "ECU", "MIL", _ART),
      ("The assailants", "The assailants demanded the police in front of the cameras to withdraw.", "ECU", "CRM",
       {"note": "gang members, as the article says"}),
      ("The police", _t, "ECU", "COP", _ART),
      ("the assailants", _t, "ECU", "CRM"),
      ("Dozens of students", "Dozens of students left the facilities running, as some videos published on social "
       "networks also show, affecting the absolute chaos that is experienced in this port city.", "ECU", "EDU", _ART),
      )
_s = ("Noboa has deployed the army in the streets and has asked them to shoot down criminals, whom he considers "
      "terrorists.")
_t = ("Ecuadorian gangs, associated with the Sinaloa cartel and the Jalisco New Generation Cartel (CJNG), both Mexican, "
      "have infiltrated the State by purchasing police chiefs, generals, judges and prosecutors.")
_page("https://pledgetimes.com/the-president-of-ecuador-a-country-in-a-state-of-siege-we-are-at-war/", "2024-01-10",
      ("Noboa", _s, "ECU", "GOV"),
      ("the army", _s, "ECU", "MIL"),
      ("criminals", _s, "ECU", "CRM"),
      ("Ecuadorian gangs", _t, "ECU", "CRM"),
      ("the Sinaloa cartel", _t, "MEX", "CRM"),
      ("the Jalisco New Generation Cartel (CJNG)", _t, "MEX", "CRM"),
      )

# ---------------------------------------------------------------- Pakistan, arrest of Imran Khan (May 2023)
_s = ("In unprecedented scenes, supporters of former prime minister Imran on Tuesday stormed the Pakistan Army "
      "headquarters in the garrison city of Rawalpindi and the Corps Commander’s residence in Lahore after his dramatic "
      "arrest in a corruption case.")
_t = ("Khan, who travelled from Lahore to the federal capital Islamabad, was undergoing a biometric process at the "
      "Islamabad High Court when the paramilitary Rangers broke open the glass window and arrested him after beating "
      "lawyers and Khan’s security staff.")
_u = ("The arrest of the 70-year-old Pakistan Tehreek-e-Insaf chairman comes a day after the powerful army accused him "
      "of levelling baseless allegations against a senior officer of the spy agency ISI.")
_v = ("PTI leader Musarrat Cheema, in a video message on Twitter, said: “They are torturing Imran Khan right now […] "
      "they are beating Khan sahib.")
_w = ("Former information minister and PTI Vice President Fawad Chaudhry further claimed “Rangers have occupied the "
      "court” and lawyers “are being subjected to torture”.")
_K = {"note": "Imran Khan, PTI chairman, no office in May 2023; the text does not call PTI the opposition: POL"}
_page("https://en.tattvanews.com/national/imran-khans-arrest-supporters-storm-pak-army-hqs-in-rawalpindi", "2023-05-09",
      ("supporters of former prime minister Imran", _s, "PAK", "POL", {"note": "supporters of a party leader: POL"}),
      ("the Pakistan Army headquarters", _s, "PAK", "MIL"),
      ("Khan", _t, "PAK", "POL", _K),
      ("the Islamabad High Court", _t, "PAK", "JUD"),
      ("the paramilitary Rangers", _t, "PAK", "MIL", {"note": "Pakistan Rangers, paramilitary under army officers: MIL"}),
      ("the powerful army", _u, "PAK", "MIL", _ART),
      ("a senior officer of the spy agency ISI", _u, "PAK", "SPY"),
      ("Protesters at several places", "Protesters at several places turned violent and burned police vehicles and "
       "damaged public property.", "PAK", "CVL", _ART),
      ("NAB officials", "According to the sources, NAB officials had warrants for Imran Khan’s arrest.", "PAK", "GOV",
       {"note": "National Accountability Bureau, the state anti-corruption agency"}),
      ("PTI leader Musarrat Cheema", _v, "PAK", "POL"),
      ("Imran Khan", _v, "PAK", "POL", _K),
      ("Former information minister and PTI Vice President Fawad Chaudhry", _w, "PAK", "POL",
       {"note": "a former minister is coded by what he does now (party office)"}),
      ("Rangers", _w, "PAK", "MIL"),
      )
_s = "According to local GEO TV, paramilitary forces detained former Pakistan Prime Minister Imran Khan on Tuesday."
_t = ("According to Dawn, Islamabad High Court Chief Justice Aamer Farooq summoned the Islamabad police chief, interior "
      "ministry secretary, and extra attorney general within 15 minutes.")
_page("https://www.celebrityvirals.com/imran-khan-arrested-in-islamabad", "2023-05-09",
      ("local GEO TV", _s, "PAK", "MED"),
      ("paramilitary forces", _s, "PAK", "MIL"),
      ("former Pakistan Prime Minister Imran Khan", _s, "PAK", "POL", _K),
      ("Dawn", _t, "PAK", "MED"),
      ("Islamabad High Court Chief Justice Aamer Farooq", _t, "PAK", "JUD"),
      ("the Islamabad police chief", _t, "PAK", "COP"),
      ("PTI leader Azhar Mashwani", "“The party has issued an order to begin protests across Pakistan immediately,” PTI "
       "leader Azhar Mashwani said on Twitter.", "PAK", "POL"),
      )

# ---------------------------------------------------------------- Papua New Guinea, Port Moresby riots (January 2024)
_s = ("PNG’s defence force has been called in to restore order as rioting and looting tears through the capital Port "
      "Moresby after a peaceful demonstration outside parliament over a payroll issue for public servants deteriorated.")
_t = ("Tensions had subsided after more police were flown into Port Moresby, PNG Prime Minister James Marape told "
      "reporters on Thursday.")
_u = ("No calls for assistance have been sent to Australia but the government maintained a good relationship with PNG, "
      "Prime Minister Anthony Albanese said on Thursday as he called for calm.")
_v = ("Almost 200 additional police officers are being flown into the capital to help restore law and order and at "
      "least 15 people have died across the capital and the second-largest city of Lae, according to the ABC, who has "
      "journalists on the ground.")
_page("https://inqld.com.au/news/2024/01/11/dozens-dead-as-hostilities-explode-in-png-albanese-calls-for-calm-end-to-riots-and-looting",
      "2024-01-11",
      ("PNG’s defence force", _s, "PNG", "MIL"),
      ("more police", _t, "PNG", "COP"),
      ("PNG Prime Minister James Marape", _t, "PNG", "GOV"),
      ("Australia", _u, "AUS", "GOV"),
      ("the government", _u, "AUS", "GOV"),
      ("PNG", _u, "PNG", "GOV"),
      ("Prime Minister Anthony Albanese", _u, "AUS", "GOV"),
      ("Almost 200 additional police officers", _v, "PNG", "COP", _ART),
      ("the ABC", _v, "AUS", "MED"),
      ("AAP", "AAP has contacted PNG authorities for confirmation.", "AUS", "MED"),
      ("PNG authorities", "AAP has contacted PNG authorities for confirmation.", "PNG", "GOV"),
      )
_s = ("National Capital District governor Powes Parkop said on Wednesday that property had been looted by "
      "“opportunists” and without police the city had “lost control”.")
_page("http://aubook.com.au/news/newsdetails/item_628959/more-than-a-dozen-dead-in-png-chaos-as-police-strike-over-missing-pay",
      "2024-01-11",
      ("Albanese", "Albanese called for calm, saying that Australian authorities were monitoring the situation.",
       "AUS", "GOV", {"note": "page undated: the day after the riots of Wednesday 10 January 2024"}),
      ("Australian authorities", "Albanese called for calm, saying that Australian authorities were monitoring the "
       "situation.", "AUS", "GOV"),
      ("Police in the Pacific Island nation", "Police in the Pacific Island nation have struggled with a surge in violent "
       "crime over the past year.", "PNG", "COP", _ART),
      ("Marape", "Marape has said boosting security would help to attract foreign investment in the country’s burgeoning "
       "gold and copper resources sector.", "PNG", "GOV"),
      ("National Capital District governor Powes Parkop", _s, "PNG", "GOV"),
      )

# ---------------------------------------------------------------- Venezuela, disputed election (August 2024)
_s = ("Pressure is intensifying on Venezuelan President Nicolás Maduro as both Brazil and Colombia have called for new "
      "elections following last month’s disputed victory that extended his rule.")
_t = ("Lula, speaking to a Brazilian radio station, suggested that if Maduro were “sensible,” he would appeal to the "
      "people by organizing elections that include all candidates and allow for international observers.")
_u = ("Petro, in a social media post, advocated for lifting sanctions against Caracas, granting general amnesty, and "
      "establishing a transitional government alongside new elections.")
_v = ("These calls come amid a political standoff, with opposition leader María Corina Machado denouncing the idea of "
      "another election as a disregard for the will of the Venezuelan people, which she claims was clearly expressed in "
      "the July 28 vote.")
_w = ("Opposition candidate Edmundo González Urrutia, who asserts he won by a significant margin, accused Maduro of "
      "deepening the country’s crisis by refusing to concede defeat.")
_x = ("Maduro’s government has faced widespread condemnation, including from the United States and European Union, over "
      "allegations of electoral fraud and repression.")
_y = ("Meanwhile, Venezuela’s legislature, dominated by Maduro loyalists, has passed laws targeting NGOs, which critics "
      "argue are designed to stifle opposition.")
_page("https://thesharpdaily.com/?p=23987", "2024-08-16",
      ("Venezuelan President Nicolás Maduro", _s, "VEN", "GOV",
       {"note": "page undated: the day after Lula's and Petro's calls for new elections (15-16 August 2024)"}),
      ("Brazil", _s, "BRA", "GOV"),
      ("Colombia", _s, "COL", "GOV"),
      ("Lula", _t, "BRA", "GOV"),
      ("a Brazilian radio station", _t, "BRA", "MED"),
      ("Maduro", _t, "VEN", "GOV"),
      ("Petro", _u, "COL", "GOV"),
      ("Caracas", _u, "VEN", "GOV"),
      ("opposition leader María Corina Machado", _v, "VEN", "OPP"),
      ("the Venezuelan people", _v, "VEN", "CVL"),
      ("Opposition candidate Edmundo González Urrutia", _w, "VEN", "OPP"),
      ("Maduro’s government", _x, "VEN", "GOV"),
      ("the United States", _x, "USA", "GOV"),
      ("European Union", _x, "IGO", "GOV", {"org": "EU"}),
      ("Venezuela’s legislature", _y, "VEN", "LEG"),
      )
_s = ("The call for new elections was supported by US President Joe Biden, but refuted by Mexican President Andrés "
      "Manuel López Obrador and, above all, by Venezuelan opposition leader María Corina Machado.")
_t = ("Brazil, Colombia and Mexico, representatives of the Latin American left, are trying to mediate with Chavismo and "
      "the opposition for an eventual solution.")
_u = ("Three weeks after the elections took place, Caracas has not publicly shown any evidence or minutes showing that "
      "Maduro obtained more votes than his contender at the polls, the opposition candidate Edmundo Gonzalez.")
_page("https://world-today-news.com/lula-and-petro-call-for-new-elections-in-venezuela-and-the-us-reaffirms-support-for-opposition-victory-diario-la-pagina-2024-08-18-044112",
      "2024-08-18",
      ("US President Joe Biden", _s, "USA", "GOV"),
      ("Mexican President Andrés Manuel López Obrador", _s, "MEX", "GOV"),
      ("Venezuelan opposition leader María Corina Machado", _s, "VEN", "OPP"),
      ("Brazil", _t, "BRA", "GOV"),
      ("Colombia", _t, "COL", "GOV"),
      ("Mexico", _t, "MEX", "GOV"),
      ("the opposition", _t, "VEN", "OPP", _ART),
      ("Caracas", _u, "VEN", "GOV"),
      ("Maduro", _u, "VEN", "GOV"),
      ("the opposition candidate Edmundo Gonzalez", _u, "VEN", "OPP"),
      )

# ---------------------------------------------------------------- Nepal, "Gen Z" protests (September 2025)
_O = {"note": "Prime Minister Oli resigned on 9 September 2025, the text's day: mentions of him are left out"}
_s = ("The unrest — which began after the government blocked Facebook, X and YouTube, among other platforms — has left "
      "at least 19 people dead after police opened fire on demonstrators Monday.")
_t = ("Despite the government lifting the ban, tens of thousands of young protesters continued to pour into the streets, "
      "torching government buildings, party offices, and the homes of senior politicians.")
_u = ("The army evacuated several ministers by helicopter as furious crowds chanted, “Stop corruption, not social "
      "media.”")
_v = ("Videos circulating online showed former prime minister and ruling coalition leader Sher Bahadur Deuba and his "
      "wife, Foreign Minister Arzu Rana Deuba, being assaulted by crowds.")
_page("https://ynews.digital/newsflash/nepal-pm-resigns-as-deadly-protests-over-social-media-ban-spiral-into-wider-rage",
      "2025-09-09",
      ("the government", _s, "NPL", "GOV", _O),
      ("police", _s, "NPL", "COP", _ART),
      ("demonstrators", _s, "NPL", "CVL", _ART),
      ("tens of thousands of young protesters", _t, "NPL", "CVL", _ART),
      ("The army", _u, "NPL", "MIL", _ART),
      ("furious crowds", _u, "NPL", "CVL", _ART),
      ("Bishnu Thapa Chetri, a student protester",
       "“This is not just about social media,” said Bishnu Thapa Chetri, a student protester.", "NPL", "EDU", _ART),
      ("former prime minister and ruling coalition leader Sher Bahadur Deuba", _v, "NPL", "POL",
       {"note": "Nepali Congress president and MP, no government office: party leader ranks before legislator"}),
      ("crowds", _v, "NPL", "CVL", _ART),
      )
_s = "Meanwhile, Prime Minister K.P. Sharma Oli resigned after meeting with Army Chief Ashok Singhal."
_t = ("Following Oli’s resignation, the army has been deployed to provide security for ministers at their homes.")
_page("https://www.lokmattimes.com/international/nepal-gen-z-protest-finance-minister-bishnu-paudel-chased-kicked-in-streets-of-kathmandu-video-surfaces-a507/",
      "2025-09-09",
      ("Army Chief Ashok Singhal", _s, "NPL", "MIL", {"note": "General Ashok Raj Sigdel, spelled as on the page"}),
      ("the army", _t, "NPL", "MIL", _ART),
      ("Protesters", "Protesters set fire to the parliament building.", "NPL", "CVL", _ART),
      ("demonstrators", "Videos show demonstrators chasing and attacking Finance Minister Bishnu Prasad Paudel.",
       "NPL", "CVL", _ART),
      )
_s = "India called for stability, while the UN’s rights chief condemned the crackdown and urged dialogue."
_t = ("Analysts warn that the upheaval risks upsetting the delicate geopolitical balance in South Asia, where both India "
      "and China closely monitor developments in Nepal as a strategic partner.")
_page("https://newswatchint.com/?p=24789", "2025-09-10",
      ("India", _s, "IND", "GOV", {"note": "page undated: the day after Oli's resignation"}),
      ("the UN’s rights chief", _s, "IGO", "GOV", {"org": "UN"}),
      ("India", _t, "IND", "GOV"),
      ("China", _t, "CHN", "GOV"),
      ("President Ram Chandra Poudel", "With mounting pressure, PM Oli resigned “to facilitate a solution… and help "
       "resolve it politically,” according to his resignation letter to President Ram Chandra Poudel.", "NPL", "GOV"),
      )

# ---------------------------------------------------------------- Armenia and Azerbaijan, Nagorno-Karabakh (September 2023)
_s = ("Nearly the entire ethnically Armenian population of Azerbaijan’s Nagorno-Karabakh has left the Caucasus Mountains "
      "region since Azerbaijan launched a military offensive on the war-torn region earlier this month, Armenian "
      "officials said Saturday morning, forcing more than 100,000 people to flee.")
_t = ("Armenian officials said Saturday morning the number of people who have fled to Armenia from Nagorno-Karabakh "
      "climbed to 100,437, with more than 34,000 of them receiving government-provided accommodations in Armenia, state "
      "news agency Armenpress reported.")
_u = ("The mass exodus out of the region in the Caucuses comes just under two weeks after Azerbaijan’s military launched "
      "a military attack, declaring an “evacuation” of ethnic Armenians from the area, which it labeled “dangerous,” "
      "according to a translation by Politico.")
_v = ("Secretary of State Antony Blinken had “reaffirmed U.S. support for Armenia’s sovereignty, independence and "
      "territorial integrity” in a call with Armenia Prime Minister Nikol Pashinyan, with a State Department "
      "spokesperson adding the ethnic Armenian population in the region “should be able to remain in their home in "
      "peace and dignity” and that any residents who flee and return should be allowed to do so with assistance from a "
      "“neutral, independent third party.”")
_page("https://www.armenianclub.com/category/2023/page/287", "2023-09-30",
      ("Nearly the entire ethnically Armenian population of Azerbaijan’s Nagorno-Karabakh", _s, "AZE", "REF",
       {"note": "Forbes, 30 Sept 2023, reposted. Displaced people keep the country they fled; Karabakh is AZE (pseudo-state rule)"}),
      ("Azerbaijan", _s, "AZE", "GOV"),
      ("Armenian officials", _s, "ARM", "GOV"),
      ("Armenian officials", _t, "ARM", "GOV"),
      ("state news agency Armenpress", _t, "ARM", "MED"),
      ("Azerbaijan’s military", _u, "AZE", "MIL"),
      ("Politico", _u, "USA", "MED"),
      ("Secretary of State Antony Blinken", _v, "USA", "GOV"),
      ("Armenia Prime Minister Nikol Pashinyan", _v, "ARM", "GOV"),
      ("a State Department spokesperson", _v, "USA", "GOV"),
      )
_s = ("He is just one of the thousands of Armenians who have grown disillusioned with Russia — their country’s longtime "
      "ally and security guarantor — for failing to prevent Azerbaijani aggression.")
_t = ("Large-scale protests have been taking place in Yerevan since Sept. 19, when Azerbaijan announced a military "
      "operation in Nagorno-Karabakh despite the presence of Russian peacekeepers in the region.")
_u = ("Nagorno-Karabakh’s ethnic Armenian separatist leadership announced Thursday that it will dissolve, ending a "
      "bitter, three-decade fight for independence in the breakaway region, which is internationally recognized as part "
      "of Azerbaijan.")
_v = "Some protesters accuse Moscow, distracted by its war in Ukraine, of abandoning its commitments to Armenia."
_w = ("For several days, alongside thousands of other protesters, he has demanded that the Armenian authorities save his "
      "family, who are caught in a humanitarian crisis.")
_page("https://www.armenianclub.com/", "2023-09-28",
      ("the thousands of Armenians who have grown disillusioned with Russia", _s, "ARM", "CVL",
       {"note": "The Moscow Times, 28 Sept 2023, reposted on the site's front page"}),
      ("Russia", _s, "RUS", "GOV"),
      ("Azerbaijan", _t, "AZE", "GOV"),
      ("Russian peacekeepers", _t, "RUS", "MIL"),
      ("Nagorno-Karabakh’s ethnic Armenian separatist leadership", _u, "AZE", "GOV",
       {"note": "de facto authorities of a breakaway territory: GOV of the recognised state (pseudo-state rule)"}),
      ("Some protesters", _v, "ARM", "CVL", _ART),
      ("Moscow", _v, "RUS", "GOV"),
      ("Armenia", _v, "ARM", "GOV"),
      ("the Armenian authorities", _w, "ARM", "GOV"),
      )

# ---------------------------------------------------------------- Kazakhstan, January 2022 unrest and the CSTO
_s = ("The Collective Security Council of the Collective Security Treaty Organization (CSTO) approved the decision to "
      "send peacekeeping forces to Kazakhstan, Prime Minister of Armenia Nikol Pashinyan, incumbent chair of the Council "
      "in 2022, said on Thursday, January 6.")
_t = ("Two days later, the protests engulfed Almaty, in the country’s southeast, where the police used flashbangs to "
      "disperse the crowd, as well as other cities, including Atyrau, Aktobe (in the west), Uralsk (in the northwest), "
      "Taraz, Shymkent, Kyzylorda (in the south), Karaganda (in the northeast) and even Kazakhstan’s capital "
      "Nur-Sultan.")
_page("https://europediplomatic.com/2022/01/06/kazakhstan-csto-troops-to-quell-protests/", "2022-01-06",
      ("The Collective Security Council of the Collective Security Treaty Organization (CSTO)", _s, "IGO", "GOV",
       {"org": "CSTO"}),
      ("Prime Minister of Armenia Nikol Pashinyan", _s, "ARM", "GOV"),
      ("crowds", "On January 2, crowds took to the streets in the cities of Zhanaozen and Aktau in the Mangystau Region, "
       "in southwestern Kazakhstan, protesting against high fuel – liquid gas – prices.", "KAZ", "CVL"),
      ("the police", _t, "KAZ", "COP"),
      ("the crowd", _t, "KAZ", "CVL"),
      ("The president", "The president imposed a two-week state of emergency in the Mangystau Region and in the Almaty "
       "Region, as well as the republic’s largest city of Almaty and the capital Nur-Sultan.", "KAZ", "GOV",
       {"note": "President Kassym-Jomart Tokayev; the sentence names Kazakh regions"}),
      ("the head of the state", "On January 5, the head of the state also accepted the government’s resignation, but "
       "vowed to keep his grip on power.", "KAZ", "GOV", _ART),
      )
_s = ("Tokayev then had a telephone conversation with his Russian counterpart Vladimir Putin, in which the two "
      "“exchanged views on the measures taken to restore order,” the Kremlin reported.")
_t = ("There were no reports of violence in Almaty on Saturday, as police dispersed a protest and arrested several "
      "participants in Aktau and gunshots were heard in Kyzylorda, Russian news agency Sputnik reported.")
_page("https://d1softballnews.com/kazakhstan-former-intelligence-chief-arrested-for-high-treason/", "2022-01-09",
      ("Tokayev", _s, "KAZ", "GOV"),
      ("his Russian counterpart Vladimir Putin", _s, "RUS", "GOV"),
      ("the Kremlin", _s, "RUS", "GOV"),
      ("police", _t, "KAZ", "COP"),
      ("Russian news agency Sputnik", _t, "RUS", "MED"),
      ("the president", "Meanwhile, the president has also authorized the security forces to shoot at demonstrators, an "
       "announcement strongly condemned by human rights organizations.", "KAZ", "GOV", _ART),
      ("demonstrators", "Meanwhile, the president has also authorized the security forces to shoot at demonstrators, an "
       "announcement strongly condemned by human rights organizations.", "KAZ", "CVL", _ART),
      )
_s = ("“Until the CSTO forces withdraw, we will continue to urge them to respect human rights and to respect their "
      "commitment to withdraw quickly from Kazakhstan, as requested by the Kazakh government, “added the spokesman for "
      "US diplomacy during a press conference.")
_t = ("But Russian Defense Minister Sergei Shoigou indicated that the departure would take place once the situation had "
      "“completely stabilized” and “at the decision” of the Kazakh authorities.")
_u = ("Regarding the situation in the country, the Kazakh president spoke of an attempted “coup” and a “terrorist "
      "attack” while Vladimir Putin said that Kazakhstan was the target of the “international terrorism”, but neither "
      "have provided evidence of their claims.")
_v = ("On Thursday, Kazakh police said they had killed “dozens” of protesters and on Saturday, despite international "
      "appeals against violence, Tokayev said he had authorized police to shoot “to kill, without warning”.")
_w = ("Quoting the Ministry of Health, several media reported at least 164 people who died in the protests (a toll that "
      "cannot be independently verified), but the Kazakh Ministry of Information later retracted the statement speaking "
      "of a “technical error”.")
_page("https://d1softballnews.com/moscow-quickly-withdraw-its-troops/", "2022-01-12",
      ("the CSTO forces", _s, "IGO", "MIL", {"org": "CSTO"}),
      ("the Kazakh government", _s, "KAZ", "GOV"),
      ("the spokesman for US diplomacy", _s, "USA", "GOV"),
      ("Tokayev", "Tokayev said the withdrawal of the CSTO contingent would begin in two days, that it would be "
       "“gradual” and that it would not take more than ten days.", "KAZ", "GOV"),
      ("the CSTO contingent", "Tokayev said the withdrawal of the CSTO contingent would begin in two days, that it "
       "would be “gradual” and that it would not take more than ten days.", "IGO", "MIL", {"org": "CSTO"}),
      ("Russian Defense Minister Sergei Shoigou", _t, "RUS", "GOV"),
      ("the Kazakh authorities", _t, "KAZ", "GOV"),
      ("the Kazakh president", _u, "KAZ", "GOV"),
      ("Vladimir Putin", _u, "RUS", "GOV"),
      ("Kazakh police", _v, "KAZ", "COP"),
      ("Tokayev", _v, "KAZ", "GOV"),
      ("the Kazakh Ministry of Information", _w, "KAZ", "GOV"),
      )

# ---------------------------------------------------------------- Haiti, gangs and the Kenya-led mission (2024-2025)
_s = ("PORT-AU-PRINCE (Reuters) - Haitian Prime Minister Garry Conille left Port-au-Prince on Friday to travel to "
      "Washington and New York, as freshly deployed Kenyan police officers began patrolling the city as part of a "
      "U.N.-backed mission to battle armed gangs that have taken over the capital.")
_t = ("Conille's office said he would travel with Foreign Minister Dominique Dupuy, Finance Minister Ketleen Florestal "
      "and chief of staff Nesmy Manigat, while Justice Minister Carlos Hercule would stay as acting prime minister on "
      "his behalf.")
_u = ("A spokesperson for the U.S. National Security Council said Deputy National Security Advisor Jon Finer would meet "
      "with Conille on Monday.")
_page("https://thestar.com.my/news/world/2024/06/29/haiti-pm-travels-to-us-as-kenyan-police-patrol-capital", "2024-06-29",
      ("Haitian Prime Minister Garry Conille", _s, "HTI", "GOV"),
      ("freshly deployed Kenyan police officers", _s, "KEN", "COP"),
      ("armed gangs that have taken over the capital", _s, "HTI", "CRM"),
      ("Conille's office", _t, "HTI", "GOV"),
      ("Foreign Minister Dominique Dupuy", _t, "HTI", "GOV", _ART),
      ("Justice Minister Carlos Hercule", _t, "HTI", "GOV", _ART),
      ("A spokesperson for the U.S. National Security Council", _u, "USA", "GOV"),
      ("Deputy National Security Advisor Jon Finer", _u, "USA", "GOV"),
      ("Conille", _u, "HTI", "GOV"),
      )
_s = ("Meanwhile, not far from the embassy, Jimmy Cherizier, a former elite police officer who now leads a powerful gang "
      "federation known as G9 Family and Allies, set up a microphone in the street for an impromptu press conference.")
_t = ("Cherizier, best known as Barbecue, criticized Prime Minister Garry Connille, accusing him of not opening dialogue "
      "with the G9 Family and the alliance that he represents.")
_page("https://africanews.com/2024/07/06/haiti-gang-leader-calls-for-dialogue-as-kenyan-police-patrol-the-streets",
      "2024-07-06",
      ("Kenyan police officers", "Kenyan police officers were seen patrolling outside the US embassy building in Haiti's "
       "capital, Port-au-Prince on Friday.", "KEN", "COP"),
      ("Jimmy Cherizier, a former elite police officer who now leads a powerful gang federation known as G9 Family and "
       "Allies", _s, "HTI", "CRM"),
      ("Cherizier, best known as Barbecue", _t, "HTI", "CRM"),
      ("Prime Minister Garry Connille", _t, "HTI", "GOV", {"note": "Garry Conille, misspelt on the page"}),
      ("the G9 Family", _t, "HTI", "CRM"),
      )

# ---------------------------------------------------------------- The Sahel juntas leave ECOWAS (2024)
_s = ("According to him, this decision was taken in “full sovereignty” by Ibrahim Traore, president of the Transition of "
      "Burkina Faso, Colonel Assimi Goita, interim president of Mali, and Brigadier General Abdourahamane Tchiani, "
      "president of the National Council for the Safeguard of the Homeland of Niger, they decided to take “all their "
      "responsibility before history” by responding “to the expectations, concerns and aspirations of their "
      "populations.”")
_t = ("On the Malian side, the press release was read by Colonel Abdoulaye Maiga, Malian minister of Territorial "
      "Administration and Decentralization, and spokesperson for the transitional government of Mali.")
_page("https://arabobserver.com/burkina-mali-and-niger-announce-their-withdrawal-from-ecowas", "2024-01-28",
      ("Ibrahim Traore, president of the Transition of Burkina Faso", _s, "BFA", "GOV",
       {"note": "page undated: the Sunday of the joint statement, 28 January 2024"}),
      ("Colonel Assimi Goita, interim president of Mali", _s, "MLI", "GOV"),
      ("Brigadier General Abdourahamane Tchiani", _s, "NER", "GOV"),
      ("Colonel Abdoulaye Maiga, Malian minister of Territorial Administration and Decentralization, and spokesperson "
       "for the transitional government of Mali", _t, "MLI", "GOV"),
      ("ECOWAS", "To demand a return to constitutional order, ECOWAS, with headquarters in Abuja, the capital of Nigeria, "
       "has imposed drastic sanctions on the three countries since the military took power in the three countries.",
       "IGO", "GOV", {"org": "ECOWAS"}),
      )
_s = ("Colonel Amadou Abdramane, spokesperson for the Niger junta, emphasized the “sovereign decision” to exit ECOWAS, "
      "attributing the move to the organization’s departure from the principles of its founders and the Pan-African "
      "spirit.")
_page("https://muktvnews.com/?p=8287", "2024-01-28",
      ("Colonel Amadou Abdramane, spokesperson for the Niger junta", _s, "NER", "GOV",
       {"note": "page undated: the day of the joint statement"}),
      ("ECOWAS", _s, "IGO", "GOV", {"org": "ECOWAS"}),
      ("Abdramane", "Abdramane highlighted ECOWAS’s failure to support the three Sahel nations in their crucial battle "
       "against terrorism and insecurity.", "NER", "GOV"),
      )
_page("https://www.dailymaverick.co.za/article/2024-02-16-three-west-african-military-led-nations-agree-to-form-a-union/",
      "2024-02-16",
      ("Kassoum Coulibaly, defense minister of Burkina Faso", "“Our decision to withdraw is irreversible,” Kassoum "
       "Coulibaly, defense minister of Burkina Faso, said during a meeting of ministers in the capital of Ouagadougou "
       "late Thursday.", "BFA", "GOV"),
      ("Ecowas", "Ecowas cannot “divert us from our common goals of defeating terrorism, putting our countries on the "
       "path of development and exercising full sovereignty on all fronts,” he said.", "IGO", "GOV", {"org": "ECOWAS"}),
      )
_s = ("Mali’s military leader, General Assimi Goita, described the move as “yet another destabilization attempt” "
      "targeting the Sahel nations in a joint statement issued on December 23rd.")
_page("https://maghrebi.org/2024/12/23/sahel-juntas-reject-regional-bloc-withdrawal-delay", "2024-12-23",
      ("Mali’s military leader, General Assimi Goita", _s, "MLI", "GOV"),
      ("Goita", "The decision to leave however is “immediate and irreversible,” Goita asserted.", "MLI", "GOV"),
      ("France", "All three of Mali, Niger, and Burkina Faso have all severed security ties with France in recent "
       "years, instead choosing to strengthen alliances with countries like Russia, Iran, and Turkey.", "FRA", "GOV"),
      )

# ---------------------------------------------------------------- Lebanon, Israel and Iran (September-November 2024)
_s = ("The prime minister of Lebanon Najib Mikati has urged the UN Security Council to pressure Israel to implement “an "
      "immediate ceasefire on all fronts,” according to Reuters.")
_t = ("Prior to the UN Security Council meeting, Iran’s Foreign Minister Abbas Araqchi told reporters that his nation "
      "backed Hezbollah and would not stand by while the situation in Lebanon worsened.")
_u = ("According to AFP, the United States and its allies pushed for a 21-day ceasefire in response to the significant "
      "escalation of hostilities between Israel and Hezbollah, which is supported by Iran, that has raised the "
      "possibility of an all-out confrontation in Lebanon.")
_v = ("Israel’s shelling of regions close to the historic city of Baalbek in eastern Lebanon was dubbed “the most "
      "violent” in recent days by the country’s official news agency, the National News Agency of Lebanon.")
_w = ("In a joint statement, US President Joe Biden, his French colleague Emmanuel Macron, and other allies said that "
      "the situation in Lebanon had reached “intolerable” levels and that it “is in nobody’s interest, neither of the "
      "citizens of Israel nor of the children of Lebanon.”")
_page("https://theopinion.com.pk/lebanon-pm-urges-unsc-to-put-pressure-on-israel-to-implement-ceasefire", "2024-09-26",
      ("The prime minister of Lebanon Najib Mikati", _s, "LBN", "GOV",
       {"note": "page undated: the day after the UN Security Council meeting of 25 September 2024; caretaker PM"}),
      ("the UN Security Council", _s, "IGO", "GOV", {"org": "UN"}),
      ("Israel", _s, "ISR", "GOV"),
      ("Reuters", _s, "GBR", "MED"),
      ("Iran’s Foreign Minister Abbas Araqchi", _t, "IRN", "GOV"),
      ("AFP", _u, "FRA", "MED"),
      ("the United States", _u, "USA", "GOV"),
      ("Iran", _u, "IRN", "GOV"),
      ("the country’s official news agency, the National News Agency of Lebanon", _v, "LBN", "MED"),
      ("US President Joe Biden", _w, "USA", "GOV"),
      ("his French colleague Emmanuel Macron", _w, "FRA", "GOV"),
      )
_s = ("Lebanon’s Prime Minister, Najib Mikati, on Monday called for an immediate ceasefire between Israel and Hezbollah, "
      "stressing the need to halt Israeli attacks on Lebanon.")
_t = ("Mikati made the plea during a meeting with French Foreign Minister Jean-Noel Barrot in Beirut, marking Barrot’s "
      "visit as the first by a foreign diplomat since the escalation of Israeli strikes.")
_u = ("The Israel Defense Force (IDF) and Israeli Security Agency (ISA) confirmed Sherif’s role in coordinating Hamas’ "
      "activities with Hezbollah, accusing him of facilitating weapons procurement and recruitment in Lebanon.")
_v = ("Iran has vowed retaliation, while U.S. President Joe Biden has called for diplomatic efforts to prevent a "
      "full-scale war in the Middle East.")
_page("https://newsaboutnigeria.com/2024/09/30/israeli-strikes-lebanons-prime-minister-calls-for-ceasefire/?amp=1",
      "2024-09-30",
      ("Lebanon’s Prime Minister, Najib Mikati", _s, "LBN", "GOV"),
      ("Israel", _s, "ISR", "GOV"),
      ("Mikati", _t, "LBN", "GOV"),
      ("French Foreign Minister Jean-Noel Barrot", _t, "FRA", "GOV"),
      ("The Israel Defense Force (IDF)", _u, "ISR", "MIL"),
      ("Israeli Security Agency (ISA)", _u, "ISR", "SPY"),
      ("Iran", _v, "IRN", "GOV"),
      ("U.S. President Joe Biden", _v, "USA", "GOV"),
      )
_s = ("LEBANESE interim Prime Minister Najib Mikati asked Iran today to help secure a ceasefire in the war between Israel "
      "and Hezbollah, appearing to urge Tehran to convince the militant group to accept a deal requiring its withdrawal "
      "from the Israel-Lebanon border.")
_t = ("Mr Mikati made the comments during talks in Beirut with Ali Larijani, a top adviser to Iranian Supreme Leader Ali "
      "Khamenei.")
_u = ("Lebanese media reported that US Ambassador Lisa Johnson had handed over a draft of a proposed ceasefire deal to "
      "parliamentary Speaker Nabih Berri, who has been leading the talks representing Hezbollah.")
_v = ("A Lebanese official confirmed that Beirut has received a copy of a draft proposal based on United Nations "
      "security council resolution 1701, which ended the last Israel-Hezbollah war in 2006.")
_w = ("Lebanon accuses Israel of also violating the resolution by retaining a small, disputed border area and "
      "conducting frequent military flights over Lebanon.")
_page("https://msd11.gn.apc.org/article/lebanese-pm-asks-iran-help-secure-ceasefire-between-hezbollah-and-israel",
      "2024-11-15",
      ("LEBANESE interim Prime Minister Najib Mikati", _s, "LBN", "GOV",
       {"note": "Morning Star, undated page: the day of Larijani's visit to Beirut, 15 November 2024"}),
      ("Iran", _s, "IRN", "GOV"),
      ("Tehran", _s, "IRN", "GOV"),
      ("Mr Mikati", _t, "LBN", "GOV"),
      ("Ali Larijani, a top adviser to Iranian Supreme Leader Ali Khamenei", _t, "IRN", "GOV"),
      ("Lebanese media", _u, "LBN", "MED"),
      ("US Ambassador Lisa Johnson", _u, "USA", "GOV"),
      ("parliamentary Speaker Nabih Berri", _u, "LBN", "LEG"),
      ("A Lebanese official", _v, "LBN", "GOV"),
      ("Beirut", _v, "LBN", "GOV"),
      ("Lebanon", _w, "LBN", "GOV"),
      ("Israel", _w, "ISR", "GOV"),
      ("Israeli forces", "While he was in Beirut, Israeli forces carried out a new strike on the south-eastern edge of "
       "the city, badly damaging an 11-storey residential building.", "ISR", "MIL"),
      )

# ---------------------------------------------------------------- Poland and Belarus, border crisis (November 2021)
_page("https://belsat.eu/en/news/13-11-2021-belarusian-law-enforcers-destroy-fence-to-secure-breakthrough-polish-border-guards-claim",
      "2021-11-13",
      ("the Polish Border Guards", "According to the Polish Border Guards, the Belarusian law enforcers provided the "
       "migrants with tear gas.", "POL", "COP"),
      ("the Belarusian law enforcers", "According to the Polish Border Guards, the Belarusian law enforcers provided the "
       "migrants with tear gas.", "BLR", "COP"),
      ("Polish Border Guard Service", "Polish Border Guard Service claims that the Belarusian military began to destroy "
       "the border fence at night: they ripped up poles and tore the barbed wire.", "POL", "COP"),
      ("the Belarusian military", "Polish Border Guard Service claims that the Belarusian military began to destroy the "
       "border fence at night: they ripped up poles and tore the barbed wire.", "BLR", "MIL"),
      ("Polish border guards", "Polish border guards were blinded with laser beams and bright lights.", "POL", "COP"),
      ("The Belarusian military", "The Belarusian military handed out tear gas to the migrants, who used it against the "
       "Polish border guards, the Border Guard Service reports.", "BLR", "MIL"),
      ("the Border Guard Service", "The Belarusian military handed out tear gas to the migrants, who used it against the "
       "Polish border guards, the Border Guard Service reports.", "POL", "COP", _ART),
      )
_s = ("WARSAW Polish authorities say border guards used water cannons and tear gas on Tuesday to repel what they said "
      "was an attempt by migrants moving en masse from Belarus to violate the heavily guarded border.")
_t = ("EU member states that share a border with Belarus, Latvia, Lithuania and Poland have accused the government of "
      "Belarussian leader Alexander G. Lukashenko of orchestrating what they say is a hybrid attack using human beings "
      "as weapons.")
_u = ("And the Polish government has been criticized by humanitarian organizations for a legal amendment it passed in "
      "October that allows migrants to be pushed to the border and that asylum claims made by those who have entered "
      "illegally are ignored.")
_page("https://exbulletin.com/world/1281311/", "2021-11-16",
      ("Polish authorities", _s, "POL", "GOV", {"note": "page undated: the Tuesday of the Kuznica clash, 16 November 2021"}),
      ("border guards", _s, "POL", "COP"),
      ("Latvia", _t, "LVA", "GOV"),
      ("Lithuania", _t, "LTU", "GOV"),
      ("Poland", _t, "POL", "GOV"),
      ("the government of Belarussian leader Alexander G. Lukashenko", _t, "BLR", "GOV"),
      ("the Polish government", _u, "POL", "GOV"),
      )
_page("https://vigilantnews.net/en/2021/11/08/migration-crisis-on-the-belarusian-polish-border-a-column-of-thousands-of-people-trying-to-get-to-poland/",
      "2021-11-08",
      ("the Lukashenko regime", "Poles accuse the Lukashenko regime of his desire to stage a provocation that could lead "
       "to casualties.", "BLR", "GOV"),
      ("Belarus", "After the political crisis, Belarus began to allow migrants through its territory to the EU borders – "
       "Poland, Lithuania and neighboring countries consider this to be blackmail.", "BLR", "GOV"),
      ("Lithuania", "Lithuania decided to help them – the country sent troops to the Polish-Belarusian border.", "LTU",
       "GOV"),
      ("troops", "Lithuania decided to help them – the country sent troops to the Polish-Belarusian border.", "LTU", "MIL"),
      ("more than 12,000 soldiers", "Currently, more than 12,000 soldiers are on duty at the Polish border.", "POL", "MIL",
       _ART),
      )

# ---------------------------------------------------------------- Sri Lanka, storming of the President's House (July 2022)
_s = ("Sri Lankan President Gotabaya Rajapaksa has fled his home as protesters surrounded and stormed his residence "
      "today, AFP reports citing a defence source and local media.")
_t = ("Sri Lankan Prime Minister Ranil Wickremesinghe on Saturday called an emergency meeting of party leaders after "
      "thousands of protesters demanding the resignation of President Gotabaya Rajapaksa stormed the President’s House "
      "here.")
_u = ("Police used tear gas and water cannons and also opened fire in the air in a desperate bid to scatter the mass "
      "gathering but could not prevent the protesters from entering the President’s House.")
_page("https://tripuranet.com/sri-lanka-crisis-prez-gotabaya-flees-as-thousands-storm-his-house-3402.html", "2022-07-09",
      ("Sri Lankan President Gotabaya Rajapaksa", _s, "LKA", "GOV",
       {"note": "page undated: Saturday 9 July 2022; he resigned on 14 July"}),
      ("protesters", _s, "LKA", "CVL"),
      ("AFP", _s, "FRA", "MED"),
      ("local media", _s, "LKA", "MED", _ART),
      ("Thousands of protesters", "Thousands of protesters clashed with the police and breached barricades to storm the "
       "President’s official residence in the capital city of Colombo.", "LKA", "CVL"),
      ("the police", "Thousands of protesters clashed with the police and breached barricades to storm the President’s "
       "official residence in the capital city of Colombo.", "LKA", "COP"),
      ("Sri Lankan Prime Minister Ranil Wickremesinghe", _t, "LKA", "GOV"),
      ("party leaders", _t, "LKA", "POL"),
      ("President Gotabaya Rajapaksa", _t, "LKA", "GOV"),
      ("The Prime Minister", "The Prime Minister has also requested Speaker Mahinda Yapa Abeywardena to summon "
       "Parliament.", "LKA", "GOV", _ART),
      ("Speaker Mahinda Yapa Abeywardena", "The Prime Minister has also requested Speaker Mahinda Yapa Abeywardena to "
       "summon Parliament.", "LKA", "LEG"),
      ("Parliament", "The Prime Minister has also requested Speaker Mahinda Yapa Abeywardena to summon Parliament.",
       "LKA", "LEG", _ART),
      ("Police", _u, "LKA", "COP", _ART),
      ("the protesters", _u, "LKA", "CVL", _ART),
      )
_page("https://mynorthwest.com/3559151/sri-lankan-protesters-storm-pms-office-amid-crisis/", "2022-07-13",
      ("Rajapaksa", "Rajapaksa fled on a military jet on Wednesday after angry protesters seized his home and office, and "
       "appointed Prime Minister Ranil Wickremesinghe as acting president while he is overseas.", "LKA", "GOV"),
      ("angry protesters", "Rajapaksa fled on a military jet on Wednesday after angry protesters seized his home and "
       "office, and appointed Prime Minister Ranil Wickremesinghe as acting president while he is overseas.", "LKA", "CVL"),
      ("Wickremesinghe", "Wickremesinghe quickly declared a nationwide state of emergency to counter swelling protests "
       "over the country's economic and political collapse.", "LKA", "GOV"),
      )

# ---------------------------------------------------------------- Sudan, fall of El Fasher (October-November 2025)
_s = ("Tens of thousands of people have fled from Sudan’s El Fasher to a nearby refugee camp, after the paramilitary "
      "Rapid Support Forces (RSF) captured the last major city in Sudan’s western Darfur region that was held by the "
      "Sudanese army.")
_t = ("More than 26,000 people have arrived at the Tawila camp, which is located about 60 kilometres from El Fasher, the "
      "UN refugee agency (UNHCR) said on Tuesday.")
_u = ("Sudan has been gripped by a brutal power struggle since April 2023 between de facto ruler Abdel-Fattah al-Burhan "
      "and his former deputy Mohamed Hamdan Daglo, who commands the RSF.")
_page("https://newssprinters.com/index.php/world/tens-of-thousands-flee-to-refugee-camp-after-sudans-rsf-seizes-city/28/10/2025",
      "2025-10-28",
      ("Tens of thousands of people", _s, "SDN", "REF"),
      ("the paramilitary Rapid Support Forces (RSF)", _s, "SDN", "REB"),
      ("the Sudanese army", _s, "SDN", "MIL"),
      ("the UN refugee agency (UNHCR)", _t, "IGO", "GOV", {"org": "UN"}),
      ("UNHCR head Filippo Grandi", "“New arrivals report dangerous movements and horrific abuses,” UNHCR head Filippo "
       "Grandi wrote on X.", "IGO", "GOV", {"org": "UN"}),
      ("The Sudanese army", "The Sudanese army said on Monday that it had withdrawn from El Fasher, the capital of North "
       "Darfur state and the final government stronghold in the Darfur region, much of which has fallen under RSF "
       "control.", "SDN", "MIL"),
      ("de facto ruler Abdel-Fattah al-Burhan", _u, "SDN", "GOV"),
      ("his former deputy Mohamed Hamdan Daglo", _u, "SDN", "REB"),
      ("the RSF", _u, "SDN", "REB"),
      )
_s = ("Sudan’s escalating civil war took a grim turn as military chief General Abdel-Fattah Burhan visited a "
      "displacement camp on Saturday, meeting civilians who fled El-Fasher after its capture by the paramilitary Rapid "
      "Support Forces (RSF).")
_t = ("The RSF and the Sudanese army have been locked in a brutal conflict since April 2023, following a power struggle "
      "for control of Africa’s third-largest nation.")
_page("https://africandawn.net/sudan-military-chief-visits-displacement-camp-as-war-deepens-after-rsf-captures-el-fasher",
      "2025-11-01",
      ("military chief General Abdel-Fattah Burhan", _s, "SDN", "GOV",
       {"note": "page undated: Saturday 1 November 2025, 'last week' after the fall of El Fasher; head of the Sovereignty Council"}),
      ("civilians who fled El-Fasher", _s, "SDN", "REF"),
      ("the paramilitary Rapid Support Forces (RSF)", _s, "SDN", "REB"),
      ("Burhan", "Burhan, surrounded by heavy military security, was greeted by displaced residents during the visit.",
       "SDN", "GOV"),
      ("displaced residents", "Burhan, surrounded by heavy military security, was greeted by displaced residents during "
       "the visit.", "SDN", "REF", _ART),
      ("The United Nations human rights chief", "The United Nations human rights chief has warned that many others "
       "remain trapped amid ongoing violence.", "IGO", "GOV", {"org": "UN"}),
      ("The RSF", _t, "SDN", "REB"),
      ("the Sudanese army", _t, "SDN", "MIL"),
      ("the World Health Organization (WHO)", "At least 40,000 people have been killed, according to the World Health "
       "Organization (WHO), though the actual figure is believed to be far higher.", "IGO", "GOV", {"org": "UN"}),
      )

# ---------------------------------------------------------------- Nigeria, school abductions in Kaduna (2019-2021)
_s = "GUNMEN on Thursday abducted six students and two teachers from a private secondary school in Kaduna."
_t = ("The Police Public Relations Officer (PPRO) for the state command, DSP Yakubu Sabo, who confirmed the incident, "
      "said the force was on the trail of the kidnappers.")
_u = ("However, the state chapter of the Christian Association of Nigeria (CAN) has flayed government and security "
      "agencies for ‘failing’ to secure the lives and property of citizens.")
_v = ("The state chairman of the body, Reverend Joseph Hayap who was reacting yesterday to the abduction, stated that the "
      "relatives of the victims had reached out to the association to assist in rescuing their loved ones.")
_page("https://reportersatlarge.com/2019/10/03/how-gunmen-abducted-six-students-two-teachers-in-kaduna", "2019-10-03",
      ("GUNMEN", _s, "NGA", "UAF"),
      ("six students and two teachers", _s, "NGA", "EDU"),
      ("The Police Public Relations Officer (PPRO) for the state command, DSP Yakubu Sabo", _t, "NGA", "COP", _ART),
      ("the kidnappers", _t, "NGA", "UAF", _ART),
      ("the state chapter of the Christian Association of Nigeria (CAN)", _u, "NGA", "REL"),
      ("The state chairman of the body, Reverend Joseph Hayap", _v, "NGA", "REL", _ART),
      ("the Nigerian Army", "Meanwhile, the Nigerian Army has released from custody 23 boys and two girls cleared of ties "
       "with armed groups.", "NGA", "MIL"),
      )
_s = ("Gunmen in Nigeria’s northwestern Kaduna state kidnapped a number of students from a college late on Thursday, a "
      "police spokesman and a state government official said on Friday, in the fourth mass school abduction since "
      "December.")
_t = ("Sani Danjuma, a student at the college, said those abducted were all female students, but authorities were unable "
      "to confirm this.")
_u = ("Salisu said she had seen military personnel taking the remaining students into the academy, which was surrounded "
      "by soldiers.")
_v = ("The trend of abduction from boarding schools was started by the jihadist group Boko Haram, which seized 270 "
      "schoolgirls from a school at Chibok in the northeast in 2014, around 100 of whom have never been found.")
_page("https://naija247news.com/2021/03/12/gunmen-in-kaduna-state-kidnap-students-police/", "2021-03-12",
      ("Gunmen in Nigeria’s northwestern Kaduna state", _s, "NGA", "UAF"),
      ("a number of students", _s, "NGA", "EDU"),
      ("a police spokesman", _s, "NGA", "COP"),
      ("a state government official", _s, "NGA", "GOV"),
      ("Kaduna state’s security commissioner, Samuel Aruwan", "Kaduna state’s security commissioner, Samuel Aruwan, "
       "confirmed the attack but did not provide a number for those taken.", "NGA", "GOV"),
      ("Sani Danjuma, a student at the college", _t, "NGA", "EDU", _ART),
      ("authorities", _t, "NGA", "GOV", _ART),
      ("military personnel", _u, "NGA", "MIL", _ART),
      ("the remaining students", _u, "NGA", "EDU", _ART),
      ("soldiers", _u, "NGA", "MIL", _ART),
      ("the jihadist group Boko Haram", _v, "NGA", "REB",
       {"note": "a Nigerian insurgency (not a transnational brand); Chibok in the sentence"}),
      ("270 schoolgirls", _v, "NGA", "EDU"),
      ("armed criminal gangs seeking ransom", "It has since been taken up by armed criminal gangs seeking ransom; the "
       "Jangebe abduction was the third mass school kidnapping in northern Nigeria since December.", "NGA", "CRM"),
      )
_s = ("In apparent continuous attacks on citadels of leaernig across Northern Nigeria, gunmen have again abducted several "
      "students after invading a private college located at Maraban Rido area in Chikun Local Government Area of Kaduna "
      "State.")
_t = ("Confirming the development, The Kaduna State Police Command’s Police Public Relations Officer (PPRO), ASP "
      "Muhammed Jalige, said that a joint security team comprising the Police, Army and others have rescued 17 of the "
      "abducted students.")
_u = ("The Guild learnt that four of the kidnapped students escaped while the rest were taken away by their assailants "
      "to an unknown destination.")
_page("https://theguildng.com/gunmen-attack-kaduna-school-kidnap-several-students/", "2021-07-05",
      ("gunmen", _s, "NGA", "UAF"),
      ("several students", _s, "NGA", "EDU"),
      ("the unspecified gunmen", "The school, identified as Bethel Baptist School, located along Kaduna – Kachia road, "
       "was said to have been attacked by the unspecified gunmen during the early hours of Monday.", "NGA", "UAF"),
      ("The Kaduna State Police Command’s Police Public Relations Officer (PPRO), ASP Muhammed Jalige", _t, "NGA", "COP"),
      ("17 of the abducted students", _t, "NGA", "EDU", _ART),
      ("The Guild", _u, "NGA", "MED", {"note": "The Guild, a Nigerian newspaper (the page's own name)"}),
      ("four of the kidnapped students", _u, "NGA", "EDU", _ART),
      ("their assailants", _u, "NGA", "UAF", _ART),
      )

# ---------------------------------------------------------------- Mozambique LNG, companies and foreign forces (2021-2025)
_s = ("TotalEnergies will not make a hasty decision to revive its stalled $20 billion Mozambique LNG project, despite "
      "military successes against Islamist insurgents in Cabo Delgado province.")
_t = ("The French giant declared force majeure on the project last year after Islamist militants attacked Palma and "
      "threatened to overrun the nearby liquefied natural gas construction site at Afungi, thrusting an under-reported "
      "insurgency into the global spotlight.")
_u = ("TotalEnergies’ decision forced President Filipe Nyusi to pull out the stops to tackle the revolt, with 1000 "
      "Rwandan troops making a decisive entrance in July, quickly recapturing the strategic port of Mocimboa da Praia.")
_v = ("These troops were augmented last month by Southern African Development Community (SADC) forces from South Africa, "
      "Botswana, Angola, Lesotho and Tanzania, which have also had successes against the insurgents.")
_w = ("Chief executive Patrick Pouyanne told analysts on Tuesday that TotalEnergies wants definitive assurances that the "
      "region is stable before sending employees and contractors back to Cabo Delgado.")
_page("https://www.upstreamonline.com/lng/mozambique-lng-no-decision-on-project-revival-despite-counter-insurgency-successes-in-cabo-delgado/2-1-1075115",
      "2021-09-28",
      ("TotalEnergies", _s, "FRA", "BUS",
       {"note": "page undated: the Tuesday of TotalEnergies' strategy presentation, 28 September 2021"}),
      ("Islamist insurgents in Cabo Delgado province", _s, "MOZ", "REB"),
      ("The French giant", _t, "FRA", "BUS"),
      ("Islamist militants", _t, "MOZ", "REB", _ART),
      ("President Filipe Nyusi", _u, "MOZ", "GOV", _ART),
      ("1000 Rwandan troops", _u, "RWA", "MIL"),
      ("Southern African Development Community (SADC) forces", _v, "IGO", "MIL", {"org": "SADC"}),
      ("the insurgents", _v, "MOZ", "REB", _ART),
      ("Chief executive Patrick Pouyanne", _w, "FRA", "BUS", _ART),
      ("TotalEnergies", _w, "FRA", "BUS"),
      )
_s = "Exxon is the operator of Rovuma LNG, a joint venture backed by Italian energy giant Eni and China’s CNPC."
_t = ("The meeting between Woods, Exxon’s head of upstream Dan Ammann and Chapo took place on the sidelines of the UN "
      "General Assembly in New York, the country’s president told the Financial Times in a statement.")
_page("https://rwanda-podium.org/English/Economics/EXXON-CHIEF-SOUGHT-SECURITY-ASSURANCES-FROM-MOZAMBIQUE-PRESIDENT-AT-UN",
      "2025-09-30",
      ("Exxon", _s, "USA", "BUS", {"note": "page undated: Financial Times copy from the week after the UN General "
                                    "Assembly of September 2025; no role here can have changed within days"}),
      ("Italian energy giant Eni", _s, "ITA", "BUS"),
      ("China’s CNPC", _s, "CHN", "BUS"),
      ("Exxon’s head of upstream Dan Ammann", _t, "USA", "BUS"),
      ("Chapo", _t, "MOZ", "GOV"),
      ("the Financial Times", _t, "GBR", "MED"),
      ("Rwandan police", "Rwandan police helped Mozambican forces push back an Islamist insurgency in Cabo Delgado, but "
       "violence has recently increased in the north-eastern region © AP", "RWA", "COP"),
      ("Mozambican forces", "Rwandan police helped Mozambican forces push back an Islamist insurgency in Cabo Delgado, but "
       "violence has recently increased in the north-eastern region © AP", "MOZ", "MIL"),
      )
_s = ("“Right now, people are living in fear,” Andrew Bogrand, a senior policy adviser at Oxfam America, said after a "
      "visit to the region that included a resettlement village adjacent to the project.")
_t = ("Militants affiliated with Islamic State have in recent months carried out raids across the northeastern Cabo "
      "Delgado province that hosts the Total project and another led by Exxon Mobil Corp.")
_page("https://oilmarketcap.com/mozambique-unrest-flares-as-25b-lng-work-set-to-resume", "2025-10-30",
      ("Andrew Bogrand, a senior policy adviser at Oxfam America", _s, "USA", "NGO",
       {"note": "page undated: late October 2025 (restart announced 'last weekend'); a national NGO keeps its country"}),
      ("Militants affiliated with Islamic State", _t, "MOZ", "REB",
       {"note": "the Cabo Delgado insurgents, placed by the sentence, not the transnational brand itself"}),
      ("Exxon Mobil Corp.", _t, "USA", "BUS"),
      )

# ---------------------------------------------------------------- Turkey, detention of Istanbul's mayor (19 March 2025)
_I = {"note": "Istanbul's mayor until his suspension on 23 March 2025: government office (GOV) ranks before opposition"}
_s = ("Turkish police detained Imamoglu, a prominent opposition figure, accusing him of corruption and aiding a "
      "terrorist organization, according to Justice Minister Yilmaz Tunc.")
_t = ("Speaking from atop a bus, CHP leader Özgür Özel addressed President Erdogan, saying, \"Do you hear us, Erdogan? Do "
      "you see us?\"")
_u = ("A statement from the Istanbul Public Prosecutor's Office accused Imamoglu of \"corruption and extortion\" and "
      "described him as the leader of a \"profit-driven criminal organization.\"")
_page("https://en.alawla.tv/1769-ongoing-protests-in-istanbul-following-the-arrest-of-imamoglu-and-opposition-calls-it-a-coup..html",
      "2025-03-19",
      ("Turkish police", _s, "TUR", "COP", {"note": "page undated: the Wednesday of the detention"}),
      ("Imamoglu, a prominent opposition figure", _s, "TUR", "GOV", _I),
      ("Justice Minister Yilmaz Tunc", _s, "TUR", "GOV"),
      ("CHP leader Özgür Özel", _t, "TUR", "OPP", {"note": "leader of the main opposition party"}),
      ("President Erdogan", _t, "TUR", "GOV"),
      ("the Istanbul Public Prosecutor's Office", _u, "TUR", "JUD"),
      )
_page("https://head-post.com/?p=50101", "2025-03-19",
      ("Ozgur Özel, head of Turkey’s largest opposition People’s Republican Party", "Ozgur Özel, head of Turkey’s largest "
       "opposition People’s Republican Party, called it a coup attempt and urged supporters to take to the streets.",
       "TUR", "OPP"),
      ("Istanbul University students", "Istanbul University students also organised a protest against the cancellation "
       "of their diplomas and the detention of Mayor Ekrem İmamoğlu.", "TUR", "EDU"),
      ("Mayor Ekrem İmamoğlu", "Istanbul University students also organised a protest against the cancellation of their "
       "diplomas and the detention of Mayor Ekrem İmamoğlu.", "TUR", "GOV", _I),
      )

# ---------------------------------------------------------------- Canada and India, the Nijjar affair (2023-2024)
_s = ("In a further deterioration of India-Canada relations, Canadian Foreign Minister Melanie Joy on Monday announced "
      "that an Indian diplomat has been expelled as Justin Trudeau alleged that the Indian government played a role in "
      "the killing of wanted Khalistani leader Hardeep Singh Nijjar.")
_page("https://www.indiatvnews.com/news/world/canada-trudeau-blames-india-for-wanted-khalistani-leader-s-killing-hardeep-nijjar-as-tensions-soar-indian-diplomat-expelled-latest-updates-2023-09-19-893486",
      "2023-09-19",
      ("Canadian Foreign Minister Melanie Joy", _s, "CAN", "GOV", {"note": "Mélanie Joly, misspelt on the page"}),
      ("an Indian diplomat", _s, "IND", "GOV"),
      ("Justin Trudeau", _s, "CAN", "GOV"),
      ("the Indian government", _s, "IND", "GOV"),
      ("Canadian PM Trudeau", "In the Canadian Parliament, Canadian PM Trudeau said that his national security officials "
       "had reason to believe that the \"agents of the Indian government\" were behind the killing of Nijjar, who was "
       "gunned down outside a gurdwara in Canada's Surrey on June 18.", "CAN", "GOV"),
      )
_s = ("“The government of India made a fundamental error in thinking that they could engage in supporting criminal "
      "activity against Canadians here on Canadian soil, whether it be murders or extortion or other violent acts,” "
      "Trudeau told reporters in Ottawa, hours after the expulsions were announced.")
_t = ("India “decided to expel” Ottawa’s acting High Commissioner Stewart Wheeler, his deputy and four first "
      "secretaries, ordering they leave before midnight on Sunday.")
_u = ("Ottawa announced similar measures in return, with Canadian police saying they had “evidence pertaining to agents "
      "of the government of India’s involvement in serious criminal activity” in Canada.")
_v = ("Canadian foreign minister Melanie Joly said that India had refused to cooperate in the investigation, or to lift "
      "diplomatic immunity for its envoys.")
_page("https://en.prothomalo.com/international/india/tlkhuvruk7", "2024-10-15",
      ("The government of India", _s, "IND", "GOV"),
      ("Canadians", _s, "CAN", "CVL"),
      ("Trudeau", _s, "CAN", "GOV"),
      ("New Delhi", "The expulsions came after New Delhi said its envoy had been named among “persons of interest” "
       "following the killing of Nijjar.", "IND", "GOV"),
      ("India", _t, "IND", "GOV"),
      ("Ottawa’s acting High Commissioner Stewart Wheeler", _t, "CAN", "GOV"),
      ("Ottawa", _u, "CAN", "GOV"),
      ("Canadian police", _u, "CAN", "COP"),
      ("Canadian foreign minister Melanie Joly", _v, "CAN", "GOV"),
      ("India", _v, "IND", "GOV"),
      )
_page("https://socialobserver.in/?p=17015", "2024-10-14",
      ("The Royal Canadian Mounted Police (RCMP)", "The Royal Canadian Mounted Police (RCMP) claimed that their "
       "investigation links Indian government agents to homicides and violent acts in Canada.", "CAN", "COP",
       {"note": "page undated: the day of the expulsions, Monday 14 October 2024"}),
      ("Canadian Prime Minister Justin Trudeau", "This escalating conflict occurs as Canadian Prime Minister Justin "
       "Trudeau faces declining popularity ahead of elections.", "CAN", "GOV"),
      )
