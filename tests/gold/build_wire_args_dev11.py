"""Writes wire_args_dev11.jsonl: an eleventh DEVELOPMENT set of wire-style stories for issue 14 (sources,
targets, instruments, objects). Like dev7-dev10 it was written and annotated from the reports alone, before the
coder was run on it: dev gains had stopped moving the held-out set, so a fresh set is the honest yardstick. Its
sha256 is pinned in tests/test_gold_frozen.py, so it stays as first annotated (a correction is a new set).

Its datelines come from eleven countries that no earlier dev set has as a dateline, and from conflicts and unrest
no earlier dev set covers: Honduras (the Tamara women's prison massacre), Argentina (the pensioners' protest of
12 March 2025), South Africa (the July 2021 unrest after Jacob Zuma was jailed), Ghana (ECOWAS military chiefs
on the Niger coup), Albania (the opposition protest of 20 February 2024), Paraguay (the storming of Congress over
re-election in 2017), Oman (the Wadi al-Kabir mosque attack), Canada (the Ottawa convoy clearance), Sweden (the
storming of its embassy in Baghdad), Spain (the Catalan referendum of 1 October 2017) and Zimbabwe (the January
2019 fuel protests). The stories were chosen for their news, not for a construction.

Conventions: docs/annotation-guidelines.md ("Arguments"), with the choices of dev10 where the guidelines leave a
gap (crowd control COERCE `restrict`, a crowd storming or torching buildings or throwing things at police PROTEST
`riot`, a state body or owner named before a site as target, jihadists fighting a state REB under it, gunmen of
no stated side the story's country with no sector) and the seventeenth session's ruling on supporters (guidelines,
"Supporters"): supporters of the opposition are OPP, supporters of a person named by a state office, a cleric or
no political role CVL. Gang members are CRM. Every story is a short wire-style paraphrase of the public report(s)
cited as its source, found with a search of stored public pages; the reports stay their publishers'.

First score: see tests/test_gold_frozen.py (recorded before any tuning on it).
Run: python tests/gold/build_wire_args_dev11.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("p01", "https://www.news4jax.com/news/2023/06/20/41-women-die-in-grisly-riot-in-honduran-prison-that-president-"
     "blames-on-mara-gangs/ (AP, 2023-06-20); https://headlinereporter.com/2023/06/prison-riot-in-honduras-leaves-41-"
     "women-dead (Reuters, 2023-06-21); https://democracynow.org/es/2023/6/21/titulares/at_least_41_women_die_inside_"
     "honduran_prison (2023-06-21)",
     "2023-06-20", ("TEGUCIGALPA, June 20", "Tegucigalpa", "HND"),
     "TEGUCIGALPA, June 20 (AP) - Members of the Barrio 18 gang burst into a cell block at a women's prison in Tamara "
     "on Tuesday and killed at least 41 inmates, a police spokesman said. President Xiomara Castro blamed the "
     "massacre on the maras and accused security authorities of turning a blind eye. She vowed drastic measures "
     "against the gangs. Families of the victims demanded answers from the government.",
     [E("ASSAULT", A("Members of the Barrio 18 gang", "HND", "CRM"), A("at least 41 inmates", "HND", "CVL"),
        modality="reported"),
      E("ACCUSE", A("President Xiomara Castro", "HND", "GOV"), A("the maras", "HND", "CRM")),
      E("ACCUSE", A("President Xiomara Castro", "HND", "GOV"), A("security authorities", "HND")),
      E("THREATEN", A("She", "HND", "GOV"), A("the gangs", "HND", "CRM")),
      E("REQUEST", A("Families of the victims", "HND", "CVL"), A("the government", "HND", "GOV"))]),
    ("p02", "https://nigeriapulse.com/2025/03/13/police-clashes-with-protesters-in-buenos-aires-over-pension-demands "
     "(2025-03-13); https://www.jn.pt/mundo/artigo/policia-argentina-ataca-marcha-convocada-por-reformados/17850208 "
     "(Lusa, 2025-03-12); http://3.79.240.212/2025/03/13/violence-erupts-at-retiree-protest-in-buenos-aires-argentina "
     "(2025-03-13)",
     "2025-03-13", ("BUENOS AIRES, March 13", "Buenos Aires", "ARG"),
     "BUENOS AIRES, March 13 (Reuters) - Argentine police fired tear gas, rubber bullets and water cannon at "
     "retirees and football fans protesting outside Congress on Wednesday, and at least 20 people were injured. "
     "Some fans threw stones and bottles at officers and set fire to a police car. Police arrested more than 100 "
     "people. Security Minister Patricia Bullrich blamed football hooligans for the violence.",
     [E("COERCE", A("Argentine police", "ARG", "COP"), A("retirees", "ARG", "CVL"), mode="restrict",
        instrument="tear gas, rubber bullets and water cannon"),
      E("PROTEST", A("Some fans", "ARG", "CVL"), A("officers", "ARG", "COP"), mode="riot",
        instrument="stones and bottles"),
      E("PROTEST", A("Some fans", "ARG", "CVL"), A("police", "ARG", "COP"), mode="riot", obj="a police car"),
      E("COERCE", A("Police", "ARG", "COP"), A("more than 100 people", "ARG", "CVL"), mode="arrest"),
      E("ACCUSE", A("Security Minister Patricia Bullrich", "ARG", "GOV"), A("football hooligans", "ARG"))]),
    ("p03", "https://www.dailymaverick.co.za/article/2021-07-12-breaking-sandf-to-be-deployed-to-contain-kzn-and-gp-"
     "violence-and-looting-in-wake-of-incarceration-of-jacob-zuma/ (2021-07-12); https://world-today-news.com/?p=1949912 "
     "(2021-07-13); https://www.timeslive.co.za/news/south-africa/2021-07-13-watch-protesters-bring-queen-nandi-drive-"
     "to-a-standstill-to-loot-massmart/ (2021-07-13)",
     "2021-07-12", ("DURBAN, July 12", "Durban", "ZAF"),
     "DURBAN, July 12 (Reuters) - South Africa deployed soldiers on Monday to help police quell riots that erupted "
     "after former President Jacob Zuma was jailed. Supporters of Zuma blocked highways with stones and looted "
     "shopping malls in KwaZulu-Natal and Gauteng. Police fired rubber bullets at looters in Durban and arrested "
     "more than 200 people. Police Minister Bheki Cele accused the rioters of taking advantage of the unrest to "
     "commit crimes.",
     [E("MOBILIZE", A("South Africa", "ZAF"), None),
      E("PROTEST", A("Supporters of Zuma", "ZAF", "CVL"), None, mode="obstruct", obj="highways"),
      E("PROTEST", A("Supporters of Zuma", "ZAF", "CVL"), None, mode="riot", obj="shopping malls"),
      E("COERCE", A("Police", "ZAF", "COP"), A("looters", "ZAF", "CVL"), mode="restrict", instrument="rubber bullets"),
      E("COERCE", A("Police", "ZAF", "COP"), A("more than 200 people", "ZAF", "CVL"), mode="arrest"),
      E("ACCUSE", A("Police Minister Bheki Cele", "ZAF", "GOV"), A("the rioters", "ZAF", "CVL"))]),
    ("p04", "https://www.voanews.com/a/ecowas-military-chiefs-to-discuss-potential-intervention-in-niger-/7228677.html "
     "(2023-08-17); https://blinkscoop.com/west-african-military-leaders-gather-in-ghana-to-discuss-niger-situation "
     "(2023-08-17); https://www.premiumtimesng.com/news/top-news/613886-ecowas-defence-chiefs-meet-in-abuja.html "
     "(NAN, 2023-08-02)",
     "2023-08-17", ("ACCRA, Aug 17", "Accra", "GHA"),
     "ACCRA, Aug 17 (Reuters) - Military chiefs of the Economic Community of West African States (ECOWAS) met in "
     "Ghana's capital on Thursday to plan a possible intervention in Niger, three weeks after soldiers ousted "
     "President Mohamed Bazoum. The regional bloc has ordered the activation of its standby force. Niger's junta "
     "has warned that it will resist any military intervention. ECOWAS also urged the junta to release Bazoum. On "
     "Tuesday, jihadists killed 17 Nigerien soldiers in an ambush near the border with Burkina Faso.",
     [E("CONSULT", A("Military chiefs of the Economic Community of West African States", "IGO", "MIL"), None),
      E("MOBILIZE", A("The regional bloc", "IGO"), None),
      E("THREATEN", A("Niger's junta", "NER", "GOV"), A(None, "IGO")),
      E("REQUEST", A("ECOWAS", "IGO"), A("the junta", "NER", "GOV")),
      E("RETREAT", A("the junta", "NER", "GOV"), A("Bazoum", "NER"), mode="release", modality="requested"),
      E("ASSAULT", A("jihadists", "NER", "REB"), A("17 Nigerien soldiers", "NER", "MIL"))]),
    ("p05", "https://www.intellinews.com/albanian-opposition-protesters-hurl-molotov-cocktails-at-prime-minister-s-"
     "office-313375/?source=albania (bne IntelliNews, 2024-02-21)",
     "2024-02-21", ("TIRANA, Feb 21", "Tirana", "ALB"),
     "TIRANA, Feb 21 (bne) - Supporters of opposition leader Sali Berisha threw stones, sticks and Molotov cocktails "
     "at police officers outside the prime minister's office in Tirana on Tuesday evening, police said. Berisha, who "
     "is under house arrest while corruption allegations against him are investigated, had addressed the crowd by "
     "video link. Police arrested four protesters. Opposition lawmaker Flamur Noka accused the police of brutality "
     "against innocent young people.",
     [E("PROTEST", A("Supporters of opposition leader Sali Berisha", "ALB", "OPP"), A("police officers", "ALB", "COP"),
        mode="riot", modality="reported", instrument="stones, sticks and Molotov cocktails"),
      E("COERCE", A("Police", "ALB", "COP"), A("four protesters", "ALB", "CVL"), mode="arrest"),
      E("ACCUSE", A("Opposition lawmaker Flamur Noka", "ALB", "OPP"), A("the police", "ALB", "COP"))]),
    ("p06", "https://theworld.org/stories/2017-04-01/rioters-set-fire-congress-paraguay (AFP, 2017-04-01); "
     "https://bellenews.com/tag/paraguay-riot (2017-04-01); http://thenationonlineng.net/protesters-set-paraguay-"
     "congress-fire/ (2017-04-01)",
     "2017-04-01", ("ASUNCION, April 1", "Asuncion", "PRY"),
     "ASUNCION, April 1 (AFP) - Protesters broke into Paraguay's Congress late on Friday and ransacked lawmakers' "
     "offices after senators approved a constitutional amendment that would allow President Horacio Cartes to seek "
     "re-election. Police used rubber bullets and water cannon to disperse the crowd. Rodrigo Quintana, a youth "
     "leader of the opposition Liberal Party, was shot dead by police during a raid on the party's headquarters, "
     "party leader Efrain Alegre said. Cartes appealed for calm. Opposition leaders denounced the vote as a "
     "parliamentary coup.",
     [E("PROTEST", A("Protesters", "PRY", "CVL"), A("Paraguay's Congress", "PRY", "LEG"), mode="riot"),
      E("PROTEST", A("Protesters", "PRY", "CVL"), A("lawmakers'", "PRY", "LEG"), mode="riot", obj="offices"),
      E("COERCE", A("Police", "PRY", "COP"), A("the crowd", "PRY", "CVL"), mode="restrict",
        instrument="rubber bullets and water cannon"),
      E("ASSAULT", A("police", "PRY", "COP"), A("Rodrigo Quintana", "PRY", "OPP"), modality="reported"),
      E("REQUEST", A("Cartes", "PRY", "GOV"), None),
      E("ACCUSE", A("Opposition leaders", "PRY", "OPP"), A(None, "PRY", "LEG"), mode="disapprove")]),
    ("p07", "https://www.malaymail.com/news/world/2024/07/17/islamic-state-claims-behind-rare-attack-on-oman-mosque-"
     "during-ashura-ritual-that-killed-at-least-nine/144039 (Reuters, 2024-07-17); https://www.thenationalnews.com/"
     "news/gulf/2024/07/16/oman-mosque-shooting (2024-07-16); https://tasnimnews.com/en/news/2024/07/17/3123334/"
     "daesh-claims-deadly-mosque-attack-in-oman/amp (2024-07-17)",
     "2024-07-16", ("MUSCAT, July 16", "Muscat", "OMN"),
     "MUSCAT, July 16 (Reuters) - Three gunmen opened fire on worshippers at a Shi'ite mosque in Muscat's Wadi "
     "al-Kabir district on Monday night, killing six people, Omani police said. Security forces killed the three "
     "attackers after an exchange of fire that lasted until morning. Islamic State claimed responsibility for the "
     "attack on Tuesday. Pakistan's foreign ministry condemned the attack, and the United Arab Emirates expressed "
     "solidarity with Oman.",
     [E("ASSAULT", A("Three gunmen", "OMN"), A("worshippers", "OMN", "CVL"), modality="reported"),
      E("ASSAULT", A("Security forces", "OMN"), A("the three attackers", "OMN")),
      E("ASSAULT", A("Islamic State", "IMG", "REB"), None, modality="reported"),
      E("ACCUSE", A("Pakistan's foreign ministry", "PAK", "GOV"), A(None, "IMG", "REB"), mode="disapprove"),
      E("SUPPORT", A("the United Arab Emirates", "ARE"), A("Oman", "OMN"))]),
    ("p08", "https://nationalpost.com/pmn/news-pmn/crime-pmn/police-arrest-protesters-and-tow-trucks-to-ease-ottawa-"
     "blockade (Reuters, 2022-02-18); https://www.ctvnews.ca/canada/ottawa-police-arrest-convoy-organizers-but-others-"
     "remain-defiant-1.5785073 (2022-02-17); https://yrtnews.com/police-arrest-two-leaders-of-truckers-protest-in-"
     "canadas-capital/ (AP, 2022-02-17)",
     "2022-02-18", ("OTTAWA, Feb 18", "Ottawa", "CAN"),
     "OTTAWA, Feb 18 (AP) - Police began arresting protesters and towing away trucks on Friday to end the "
     "three-week blockade of Canada's capital by truckers opposed to COVID-19 restrictions. On Thursday evening "
     "officers had arrested two protest leaders, Tamara Lich and Chris Barber, on Parliament Hill. Prime Minister "
     "Justin Trudeau invoked the Emergencies Act on Monday. Convoy organiser Pat King told the truckers to lock their "
     "doors.",
     [E("COERCE", A("Police", "CAN", "COP"), A("protesters", "CAN", "CVL"), mode="arrest"),
      E("COERCE", A("Police", "CAN", "COP"), None, mode="seize", obj="trucks"),
      E("COERCE", A("officers", "CAN", "COP"), A("two protest leaders", "CAN", "CVL"), mode="arrest"),
      E("COERCE", A("Prime Minister Justin Trudeau", "CAN", "GOV"), None, mode="restrict"),
      E("REQUEST", A("Convoy organiser Pat King", "CAN", "CVL"), A("the truckers", "CAN", "CVL"))]),
    ("p09", "https://www.livemint.com/news/iraq-expels-swedens-ambassador-after-man-stomps-on-quran-in-stockholm-"
     "11689863907907.html (2023-07-20); https://www.benzinga.com/news/23/07/33298015/tensions-escalate-as-iranian-"
     "protestors-storm-swedish-embassy-in-baghdad-over-koran-burning-plans (Reuters, 2023-07-20); "
     "https://www.arkansasonline.com/news/2023/jul/21/swedish-embassy-stormed-in-iraq/ (AP, 2023-07-21)",
     "2023-07-20", ("STOCKHOLM, July 20", "Stockholm", "SWE"),
     "STOCKHOLM, July 20 (Reuters) - Hundreds of supporters of Shi'ite cleric Moqtada al-Sadr stormed the Swedish "
     "embassy in Baghdad before dawn on Thursday and set it on fire, protesting against a planned burning of the "
     "Koran in Stockholm. Sweden's foreign ministry condemned the attack and said the Iraqi authorities had failed "
     "to protect the embassy. Iraq later expelled the Swedish ambassador and recalled its charge d'affaires from "
     "Sweden. Iraqi Prime Minister Mohammed Shia al-Sudani ordered the prosecution of those responsible for the "
     "fire.",
     [E("PROTEST", A("Hundreds of supporters of Shi'ite cleric Moqtada al-Sadr", "IRQ", "CVL"), A("Swedish", "SWE"),
        mode="riot", obj="the Swedish embassy"),
      E("PROTEST", A("Hundreds of supporters of Shi'ite cleric Moqtada al-Sadr", "IRQ", "CVL"), A("Swedish", "SWE"),
        mode="riot"),
      E("ACCUSE", A("Sweden's foreign ministry", "SWE", "GOV"), A(None, "IRQ", "CVL"), mode="disapprove"),
      E("ACCUSE", A("Sweden's foreign ministry", "SWE", "GOV"), A("the Iraqi authorities", "IRQ", "GOV")),
      E("SANCTION", A("Iraq", "IRQ"), A("the Swedish ambassador", "SWE", "GOV"), mode="expel"),
      E("REDUCE", A("Iraq", "IRQ"), A("Sweden", "SWE")),
      E("COERCE", A("Iraqi Prime Minister Mohammed Shia al-Sudani", "IRQ", "GOV"),
        A("those responsible for the fire", "IRQ"))]),
    ("p10", "https://www.haaretz.com/world-news/europe/1.815032 (Reuters, 2017-10-01); https://www.theguardian.com/"
     "world/2017/oct/01/dozens-injured-as-riot-police-storm-catalan-ref-polling-stations (2017-10-01); "
     "http://fox6now.com/2017/10/01/over-460-people-hurt-in-catalonia-vote-melee/ (CNN, 2017-10-01)",
     "2017-10-01", ("BARCELONA, Oct 1", "Barcelona", "ESP"),
     "BARCELONA, Oct 1 (Reuters) - Spanish riot police raided polling stations across Catalonia on Sunday to stop a "
     "banned independence referendum, and fired rubber bullets at voters in Barcelona. Officers seized ballot boxes "
     "and voting papers. The Catalan government said 761 people were injured. Catalan President Carles Puigdemont "
     "said the police brutality would shame the Spanish state forever, and Barcelona mayor Ada Colau called on "
     "Prime Minister Mariano Rajoy to resign.",
     [E("COERCE", A("Spanish riot police", "ESP", "COP"), None, obj="polling stations"),
      E("COERCE", A("Spanish riot police", "ESP", "COP"), A("voters", "ESP", "CVL"), mode="restrict",
        instrument="rubber bullets"),
      E("COERCE", A("Officers", "ESP", "COP"), None, mode="seize", obj="ballot boxes and voting papers"),
      E("ACCUSE", A("Catalan President Carles Puigdemont", "ESP", "GOV"), A("the Spanish state", "ESP"),
        mode="disapprove"),
      E("REQUEST", A("Barcelona mayor Ada Colau", "ESP", "GOV"), A("Prime Minister Mariano Rajoy", "ESP", "GOV"))]),
    ("p11", "https://www.reuters.com/article/us-zimbabwe-economy-strike-idUSKCN1P90MA (2019-01-15); "
     "https://www.heraldlive.co.za/news/2019-01-16-zimbabwe-crackdown-intensifies/ (2019-01-16); "
     "https://www.capitalfm.co.ke/news/2019/01/three-dead-as-zimbabwe-tightens-crackdown-over-protests/ (AFP, 2019-01-15)",
     "2019-01-15", ("HARARE, Jan 15", "Harare", "ZWE"),
     "HARARE, Jan 15 (Reuters) - Soldiers beat suspected protesters in Harare's townships on Tuesday, residents said, "
     "a day after violent protests over a sharp rise in fuel prices. A police officer was stoned to death by "
     "protesters in Bulawayo, police spokeswoman Charity Charamba said. The opposition Movement for Democratic Change "
     "said security forces had shot dead three people. Amnesty International condemned the military crackdown and "
     "called on Zimbabwean authorities to respect the right to protest. The headquarters of the MDC in Harare was "
     "torched during the unrest.",
     [E("ASSAULT", A("Soldiers", "ZWE", "MIL"), A("suspected protesters", "ZWE", "CVL"), modality="reported"),
      E("ASSAULT", A("protesters", "ZWE", "CVL"), A("A police officer", "ZWE", "COP"), modality="reported"),
      E("ASSAULT", A("security forces", "ZWE"), A("three people", "ZWE", "CVL"), modality="reported"),
      E("ACCUSE", A("Amnesty International", "NGO"), A(None, "ZWE", "MIL"), mode="disapprove"),
      E("REQUEST", A("Amnesty International", "NGO"), A("Zimbabwean authorities", "ZWE", "GOV")),
      E("ASSAULT", None, A("the MDC", "ZWE", "OPP"), obj="The headquarters")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev11.jsonl", disjoint_from="wire_args.jsonl")
