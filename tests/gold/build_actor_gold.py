"""Source of tests/gold/actor_mentions.jsonl: the frozen, held-out actor-mention test set (issue 13).

Each row below is one mention annotated BY HAND from the text and public knowledge of the office-holders
at the text's date (never from flashpoint's output); the conventions are in docs/annotation-guidelines.md.
Three kinds of source:
- WIKINEWS: English Wikinews articles 2019-2020 in ../shared/corpus/wikinews (CC BY 2.5). Row:
  `url-key | mention | country | sector | org`; the date and the sentence come from the article.
- GWN: GeoWebNews articles (2018) in ../shared/gold/geo/GWN.xml (test data only). Row:
  `article id | date | mention | country | sector | org`; the sentence comes from the article.
- WEB: public news pages, UN/government releases and Wikipedia, found with a search of stored public
  pages. Row: `url | date | mention | country | sector | org | sentence as written`.
Every mention must occur verbatim in its sentence; the script refuses to write the file otherwise.
Run `python tests/gold/build_actor_gold.py [SHARED_DIR]` to regenerate; the JSONL is frozen by a sha256
test (tests/test_gold_frozen.py), so a change here must be deliberate and reported.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

WIKINEWS = """
# key | query | country | sector | org
Magnitogorsk | Federal Security Service | RUS | SPY
Magnitogorsk | FSB | RUS | SPY
Magnitogorsk | Vladimir Putin | RUS | GOV
Magnitogorsk | Emergencies Minister Yevgeny Zinichev | RUS | GOV
Magnitogorsk | Chelyabinsk's governor | RUS | GOV
Magnitogorsk | Health Minister Veronika Skvortsova | RUS | GOV
Magnitogorsk | TASS | RUS | MED
Koszalin | Andrzej Duda | POL | GOV
Koszalin | Interior Minister Joachim Brudziński | POL | GOV
Koszalin | Brudzinski | POL | GOV
Koszalin | Police press officer Monika Kosiec | POL | COP
Koszalin | State press agency PAP | POL | MED
Koszalin | Mayor of Koszalin Piotr Jedlinski | POL | GOV
Namse_Bangdzod | The Jakarta Post | IDN | MED
Namse_Bangdzod | National Search and Rescue Agency | IDN | GOV
Cuba_en_route | Cuban military | CUB | MIL
Cuba_en_route | two Argentinians | ARG | CVL
Karaj | the Iranian military | IRN | MIL
Karaj | Revolutionary Guards | IRN | MIL
Karaj | Fars News | IRN | MED
Karaj | Press TV | IRN | MED
Mahan_Air | Iranian airline Mahan Air | IRN | BUS
Mahan_Air | US Secretary of State Mike Pompeo | USA | GOV
Mahan_Air | Islamic Revolutionary Guard Corps | IRN | MIL
Mahan_Air | German Chancellor Angela Merkel | DEU | GOV
Mahan_Air | Steffen Seibert | DEU | GOV
Mahan_Air | US Ambassador to Germany Richard Grenell | USA | GOV
Mahan_Air | Syrian President Bashar al-Assad | SYR | GOV
Mahan_Air | Federal Aviation Office of Germany | DEU | GOV
Mahan_Air | Deutsche Bahn | DEU | BUS
Mahan_Air | Rudaw | IRQ | MED
Maidan_Wardak | the Taliban | AFG | REB
Maidan_Wardak | National Directorate for Security | AFG | SPY
Maidan_Wardak | the Afghan forces | AFG | MIL
Maidan_Wardak | Taliban spokesperson Zabiullah Mujahid | AFG | REB
Maidan_Wardak | Zalmay Khalilzad | USA | GOV
Mindanao | Delfin Lorenzana | PHL | GOV
Mindanao | Moro Islamic Liberation Front | PHL | REB
Mindanao | Chief Superintendent Graciano Mijares | PHL | COP
Mindanao | the National Police | PHL | COP
Mokha | Houthi rebels | YEM | REB
Mokha | Minister of Information Moammar al-Eryani | YEM | GOV
Mokha | al-Eryani | YEM | GOV
Mokha | Abu Dhabi TV | ARE | MED
Mokha | state news firm Saba | YEM | MED
Mokha | Committee to Protect Journalists | NGO | NGO
Paris_court | two French police officers | FRA | COP
Paris_court | a Canadian tourist | CAN | CVL
Thai_political | King Maha Vajiralongkorn | THA | GOV
German_migrant | Sea-Eye | DEU | NGO
German_migrant | Syrian child | SYR | CVL
Karol_Bagh | Prime Minister Narendra Modi | IND | GOV
Karol_Bagh | the Myanma embassy | MMR | GOV
Karol_Bagh | Satyendra Jain | IND | GOV
Hagia_Sophia | Recep Tayyip Erdoğan | TUR | GOV
Hagia_Sophia | Greek Foreign Minister George Katrougalos | GRC | GOV
Hagia_Sophia | Katrougalos | GRC | GOV
Hagia_Sophia | Hurriyet Daily News | TUR | MED
Kaczynski | Jarosław Kaczyński | POL | POL
Kaczynski | Law and Justice Party | POL | POL
Kaczynski | archbishop Wojciech Polak | POL | REL
Kaczynski | Polish Roman Catholic priests | POL | REL
legislature_first_in_Asia | the Legislative Yuan | TWN | LEG
legislature_first_in_Asia | The Taiwanese government | TWN | GOV
legislature_first_in_Asia | Marriage Equality Coalition Taiwan | TWN | NGO
legislature_first_in_Asia | The Chinese government | CHN | GOV
Nickey_Iyambo | Hage Geingob | NAM | GOV
protesters_surround | Hong Kong Chief Executive Carrie Lam | HKG | GOV
Hong_Kong_leader_announces | student protester Joshua Wong | HKG | OPP
Tunisian_Prime_Minister | Youssef Chahed | TUN | GOV
Tunisian_Prime_Minister | Tunisian League for the Defence of Human Rights | TUN | NGO
Tunisian_Prime_Minister | Samir Dilou | TUN | LEG
Benin,_Nigeria | Muhammadu Buhari | NGA | GOV
Benin,_Nigeria | Patrice Talon | BEN | GOV
Benin,_Nigeria | Mahamadou Issoufou | NER | GOV
Benin,_Nigeria | Abdel Fattah el-Sisi | EGY | GOV
Benin,_Nigeria | African Union | IGO | GOV | AU
Boris_Johnson_elected | Current Prime Minister Theresa May | GBR | GOV
Boris_Johnson_elected | Jeremy Hunt | GBR | GOV
Boris_Johnson_elected | Conservative Party members | GBR | POL
Amazon_rainforest | French President Emmanuel Macron | FRA | GOV
Amazon_rainforest | Brazilian President Jair Bolsonaro | BRA | GOV
Amazon_rainforest | Bolsonaro | BRA | GOV
Amazon_rainforest | Greenpeace | NGO | NGO
Amazon_rainforest | British Prime Minister Boris Johnson | GBR | GOV
Queen_Elizabeth_agrees | Queen Elizabeth II | GBR | GOV
Queen_Elizabeth_agrees | Labour Party leader Jeremy Corbyn | GBR | OPP
Queen_Elizabeth_agrees | House of Commons Speaker John Bercow | GBR | LEG
Queen_Elizabeth_agrees | Conservative MP Philip Hammond | GBR | LEG
Queen_Elizabeth_agrees | Yvette Cooper | GBR | LEG
Robert_Mugabe_dies | Emmerson Mnangagwa | ZWE | GOV
Akilisi_Pohiva | Akilisi Pohiva | TON | GOV
Scottish_court | the Court of Session | GBR | JUD
Scottish_court | Joanna Cherry | GBR | LEG
Scottish_court | Supreme Court of the United Kingdom | GBR | JUD
Oil_facilities_in_Saudi | Saudi Aramco | SAU | BUS
Oil_facilities_in_Saudi | Houthi movement | YEM | REB
Oil_facilities_in_Saudi | Houthi military spokesperson Yahya Sarea | YEM | REB
Oil_facilities_in_Saudi | Saudi Press Agency | SAU | MED
Oil_facilities_in_Saudi | Saudi officials | SAU | GOV
Rouhani_tells | President Hassan Rouhani | IRN | GOV
Fianc | Crown Prince Mohammad bin Salman | SAU | GOV
Fianc | Hatice Cengiz | TUR | CVL
Fianc | journalist Jamal Khashoggi | SAU | MED
Pakistani_social_media | Muslim cleric Mufti Abdul Qawi | PAK | REL
Pakistani_social_media | a court in Multan | PAK | JUD
Paris_police_headquarters | Paris Police Prefecture | FRA | COP
Paris_police_headquarters | Local prosecutor Remy Heitz | FRA | JUD
Paris_police_headquarters | Anne Hidalgo | FRA | GOV
troop_withdrawal_from_Syria | Syrian Democratic Forces | SYR | REB
troop_withdrawal_from_Syria | Kurdistan Workers' Party | TUR | REB
troop_withdrawal_from_Syria | YPG militia | SYR | REB
Wiranto_stabbed | Indonesia's security minister Wiranto | IDN | GOV
Wiranto_stabbed | Indonesian National Police | IDN | COP
Wiranto_stabbed | Indonesian State Intelligence Agency | IDN | SPY
Wiranto_stabbed | Jamaah Ansharut Daulah | IDN | REB
Wiranto_stabbed | Indonesian President Joko Widodo | IDN | GOV
Wiranto_stabbed | Al Jazeera | QAT | MED
Kurds_announce | Syrian state media | SYR | MED
Kurds_announce | the Syrian Army | SYR | MIL
Carrie_Lam_delivers | Council President Andrew Leung | HKG | LEG
Canada_2019_general | Justin Trudeau | CAN | GOV
Canada_2019_general | Julie Payette | CAN | GOV
restrictions_on_flying_to_Cuba | Bruno Parrilla | CUB | GOV
restrictions_on_flying_to_Cuba | Nicolás Maduro | VEN | GOV
restrictions_on_flying_to_Cuba | Elaine Chao | USA | GOV
Hirtenberger | Magyar Nemzet | HUN | MED
Hirtenberger | Gáspár Maróth | HUN | GOV
Hirtenberger | Austrian mortar and shell manufacturer Hirtenberger Defence Group | AUT | BUS
Samoan_government_temporarily | Samoan Prime Minister Tuilaepa Sailele Malielegaoi | WSM | GOV
Iraqi_Parliament | Adil Abdul-Mahdi | IRQ | GOV
Iraqi_Parliament | Morgan Ortagus | USA | GOV
Iraqi_Parliament | the Parliament of Iraq | IRQ | LEG
Iraqi_Parliament | Sunni Members of Parliament | IRQ | LEG
Greek_prime_minister | the Greek prime minister Kyriakos Mitsotakis | GRC | GOV
Cairo_summit | Egyptian foreign minister Sameh Shoukry | EGY | GOV
Cairo_summit | Nikos Dendias | GRC | GOV
Cairo_summit | Nikos Christodoulides | CYP | GOV
Cairo_summit | Jean-Yves Le Drian | FRA | GOV
Cairo_summit | Luigi Di Maio | ITA | GOV
Sultan_Qaboos | Iranian Foreign Minister Mohammad Javad Zarif | IRN | GOV
Sultan_Qaboos | Haitham bin Tariq Al Said | OMN | GOV
Iran_admits | President of Ukraine Volodymyr Zelenskyy | UKR | GOV
Ukrainian_president_rejects | Prime Minister Oleksiy Honcharuk | UKR | GOV
Ukrainian_president_rejects | Zelensky | UKR | GOV
Hosni_Mubarak | Abdel Fattah al-Sisi | EGY | GOV
Mir-Mohammadi | Tasnim News Agency | IRN | MED
Mir-Mohammadi | Ali Khamenei | IRN | GOV
Mir-Mohammadi | Islamic Consultative Assembly | IRN | LEG
Mir-Mohammadi | speaker of the parliament Ali Larijani | IRN | LEG
Mir-Mohammadi | deputy health minister Iraj Harirchi | IRN | GOV
Argentine_president | President of Argentina Alberto Fernández | ARG | GOV
Argentine_president | National Congress | ARG | LEG
Bangladesh_reports | Anadolu Agency | TUR | MED
South_Sudanese_politician | Michael Makuei | SSD | GOV
South_Sudanese_politician | Rebecca Nyandeng De Mabior | SSD | GOV
Yemeni_journalist | The Southern Transitional Council | YEM | REB
Burundi_President | Pierre Nkurunziza | BDI | GOV
Burundi_President | Burundians | BDI | CVL
Serbian_protesters | Police director Vladimir Rebic | SRB | COP
Serbian_protesters | President Aleksandar Vučić | SRB | GOV
Tsikhanouskaya | Sviatlana Tsikhanouskaya | BLR | OPP
Tsikhanouskaya | Vyasna | BLR | NGO
Tsikhanouskaya | Alexander Lukashenko | BLR | GOV
Navalny_airlifted | Russian opposition leader Alexei Navalny | RUS | OPP
Germany_says_Alexei | Angela Merkel | DEU | GOV
Germany_says_Alexei | The Russian government | RUS | GOV
Igor_Matovi | Prime Minister Igor Matovič | SVK | GOV
Igor_Matovi | European Council chief Charles Michel | IGO | GOV | EU
Chilean_authorities | Chilean military authorities | CHL | MIL
Chilean_authorities | The Chilean Armed Forces | CHL | MIL
Chilean_authorities | Chilean Navy | CHL | MIL
Seoul_city_Mayor | Park Won-soon | KOR | GOV
Seoul_city_Mayor | The Korea Herald | KOR | MED
Pranab_Mukherjee | Indian National Congress | IND | POL
Izmir | Turkey's Disaster and Emergency Management Presidency | TUR | GOV
Tesco | UOKiK | POL | GOV
Namse_Bangdzod | University College London | GBR | EDU
Gda%C5%84sk | Medical University of Gdańsk | POL | EDU
dinosaurs_flapped | China's Tsinghua University | CHN | EDU
Neurosurgery_Olympiad | First Moscow State Medical University | RUS | EDU
great_white_shark | University of Cape Town | ZAF | EDU
Nobel_Prize | the University of Geneva | CHE | EDU
Egyptians_collected | Australia's Griffith University | AUS | EDU
Richard_K._Guy | University of Calgary | CAN | EDU
Greek_prime_minister | Haifa University | ISR | EDU
European_Court_of_Justice | the University of Essex | GBR | EDU
Maidan_Wardak | two gunmen | AFG | UAF
Yemeni_journalist | Multiple assailants | YEM | UAF
Wiranto_stabbed | the attackers | IDN | UAF
El_Paso | a gunman | USA | UAF
troop_withdrawal_from_Syria | Syrian refugees | SYR | REF
Joe_Biden_wins_2020_South_Carolina | former Vice President of the United States Joe Biden | USA | POL
Biden_announces_Kamala | Joe Biden, the Democratic Party's presumptive nominee | USA | POL
Biden_announces_Kamala | Harris, a sitting U.S. Senator from California | USA | LEG
Bernie_Sanders_wins_2020_Nevada | United States Senator from Vermont Bernie Sanders | USA | LEG
Bangladesh_reports | Bangladeshi Road Transport and Bridges Minister Obaidul Quader | BGD | GOV
Philippines%27_largest | broadcast corporation ABS-CBN | PHL | MED
Philippines%27_largest | The National Telecommunications Commission (NTC) | PHL | GOV
Iraqi_Parliament | The Foreign Ministry of Iraq | IRQ | GOV
Greek_prime_minister | the Libyan House of Representatives | LBY | LEG
Cairo_summit | the Turkish Ministry of Foreign Affairs | TUR | GOV
Kerala | Indian officials in Kerala | IND | GOV
"""

GWN = """
# GWN file id | date | query | country | sector | org
208 | 2018-04-05 | Chief Justice David Maraga | KEN | JUD
208 | 2018-04-05 | Interior Cabinet Secretary Fred Matiangi | KEN | GOV
208 | 2018-04-05 | Matiangi | KEN | GOV
208 | 2018-04-05 | Opposition leader Raila Odinga | KEN | OPP
208 | 2018-04-05 | President Kenyatta | KEN | GOV
161 | 2018-04-05 | General Qamar Javed Bajwa | PAK | MIL
161 | 2018-04-05 | Inter Services Public Relations | PAK | MIL
161 | 2018-04-05 | Pakistan Army | PAK | MIL
174 | 2018-04-05 | Mexico's Senate | MEX | LEG
174 | 2018-04-05 | Front-running presidential candidate Andres Manuel Lopez Obrador | MEX | POL
174 | 2018-04-05 | El Heraldo | MEX | MED
195 | 2018-04-05 | AMLO | MEX | POL
193 | 2018-04-05 | Chinese State Councilor and Foreign Minister Wang Yi | CHN | GOV
193 | 2018-04-05 | Russian Foreign Minister Sergei Lavrov | RUS | GOV
193 | 2018-04-05 | Chinese President Xi Jinping | CHN | GOV
20 | 2018-03-29 | Russian Foreign Minister Sergey Lavrov | RUS | GOV
20 | 2018-03-29 | US Ambassador Jon Huntsman | USA | GOV
128 | 2018-03-31 | The Russian state news agency Tass | RUS | MED
128 | 2018-03-31 | Russia’s Foreign Ministry | RUS | GOV
13 | 2018-01-23 | Sergey Shoyu | RUS | GOV
13 | 2018-01-23 | Ngo Xuan Lich | VNM | GOV
121 | 2018-03-31 | The Syrian army command | SYR | MIL
121 | 2018-03-31 | the Jaish al-Islam rebel group | SYR | REB
136 | 2018-04-04 | Rachid El Abdi | MAR | LEG
136 | 2018-04-04 | Steve Scalise | USA | LEG
138 | 2018-04-05 | Prime Minister Ranil Wickremasinghe | LKA | GOV
138 | 2018-04-05 | President Sirisena | LKA | GOV
138 | 2018-04-05 | the Joint Opposition | LKA | OPP
141 | 2018-04-05 | Deputy President of the Senate, Chief Ike Ekweremadu | NGA | LEG
152 | 2018-04-05 | Yulia Skripal | RUS | CVL
152 | 2018-04-05 | London police | GBR | COP
160 | 2018-04-05 | Cecilia Ojabo | NGA | GOV
210 | 2018-04-05 | Brigadier General Mansur M. Dan-Ali | NGA | GOV
210 | 2018-04-05 | Nigerian Air Force | NGA | MIL
235 | 2018-04-06 | Malaysian authorities | MYS | GOV
235 | 2018-04-06 | former Prime Minister Mahathir Mohamad | MYS | OPP
235 | 2018-04-06 | Prime Minister Najib Razak | MYS | GOV
235 | 2018-04-06 | The Registrar of Societies | MYS | GOV
264 | 2018-04-06 | Bharatiya Janata Party | IND | POL
286 | 2018-04-03 | Tourism minister Prisca Mupfumira | ZWE | GOV
286 | 2018-04-03 | Zimbabwe Tourism Authority | ZWE | GOV
286 | 2018-04-03 | British Airways | GBR | BUS
29 | 2018-04-05 | The Osun State Police Command | NGA | COP
29 | 2018-04-05 | Mr. Olafimihan Adeoye | NGA | COP
291 | 2018-04-06 | A South Korean court | KOR | JUD
111 | 2018-03-31 | Manila Archbishop Luis Antonio Cardinal Tagle | PHL | REL
182 | 2018-04-05 | President Serzh Sargsyan | ARM | GOV
182 | 2018-04-05 | His Holiness Karekin II | ARM | REL
105 | 2018-03-31 | a Nigerian migrant | NGA | REF
133 | 2018-04-05 | China's commerce ministry | CHN | GOV
133 | 2018-04-05 | Alcoa | USA | BUS
1 | 2018-01-23 | People's Protection Units | SYR | REB
1 | 2018-01-23 | Turkish forces | TUR | MIL
209 | 2018-04-04 | CIA | USA | SPY
239 | 2018-04-05 | White House chief of staff John Kelly | USA | GOV
311 | 2018-04-06 | Delhi High Court | IND | JUD
257 | 2018-04-05 | Aziz Orujov | AZE | MED
257 | 2018-04-05 | Kanal 13 | AZE | MED
"""

WEB = """
# url | date | query | country | sector | org | context (the sentence, as written)
https://en.mehrnews.com/news/218873/Terrorist-attack-leaves-20-killed-in-Somalian-capital | 2024-08-03 | The al-Shabaab terrorist group | SOM | REB | | The al-Shabaab terrorist group claimed responsibility for the attack.
https://en.mehrnews.com/news/219495/Al-Shabaab-terrorists-attack-Somalian-Army-base | 2024-08-14 | Somalian Army | SOM | MIL | | The al-Shabaab terrorist elements targeted a Somalian Army base in the Balad District located in the southern country.
https://en.mehrnews.com/news/219495/Al-Shabaab-terrorists-attack-Somalian-Army-base | 2024-08-14 | Al-Shabaab terrorists | SOM | REB | | According to the reports, at the beginning of this attack, Al-Shabaab terrorists made several explosions and then directly engaged in a conflict with the forces of the Somalian army.
https://sofoniedala.blogspot.com/2023/01/somali-forces-end-deadly-siege-by-al.html | 2023-01-22 | President Hassan Sheikh Mohamud | SOM | GOV | | President Hassan Sheikh Mohamud said last Tuesday that the government was “about to conclude the first phase” of an offensive against al-Shabab that started in August and that it “will soon launch the second phase”.
https://sofoniedala.blogspot.com/2023/01/somali-forces-end-deadly-siege-by-al.html | 2023-01-22 | Mogadishu mayor Yussuf Hussein Jim’ale | SOM | GOV | | Mogadishu mayor Yussuf Hussein Jim’ale was out of the country at the time of the attack.
https://sofoniedala.blogspot.com/2023/01/somali-forces-end-deadly-siege-by-al.html | 2023-01-22 | the state-run Sonna news agency | SOM | MED | | The government said the latest “senseless” al-Shabab violence was proof that “it is necessary to completely eliminate” the group from the country, according to the state-run Sonna news agency.
https://sofoniedala.blogspot.com/2023/01/somali-forces-end-deadly-siege-by-al.html | 2023-01-22 | Somali commandos | SOM | MIL | | Somali commandos stormed the municipal government building in the capital, Mogadishu, on Sunday to end a five-hour siege by al-Shabab militants during which five civilians were killed, state media and officials said.
https://usafricaonline.com/2025/01/31/m23-rebels-threaten-march-on-kinshasa-as-congo-calls-for-military-mobilization | 2025-01-31 | Rwanda-backed M23 rebels | COD | REB | | Rwanda-backed M23 rebels, who recently seized control of Goma, eastern Congo’s largest city, announced on Thursday their intent to advance toward the country’s capital, Kinshasa.
https://usafricaonline.com/2025/01/31/m23-rebels-threaten-march-on-kinshasa-as-congo-calls-for-military-mobilization | 2025-01-31 | Congolese President Félix Tshisekedi | COD | GOV | | Meanwhile, Congolese President Félix Tshisekedi called for mass military enlistment to resist the rebellion, and his defense minister dismissed the prospect of negotiations.
https://usafricaonline.com/2025/01/31/m23-rebels-threaten-march-on-kinshasa-as-congo-calls-for-military-mobilization | 2025-01-31 | Defense Minister Guy Kabombo Muadiamvita | COD | GOV | | In a video message, Defense Minister Guy Kabombo Muadiamvita stated that he had ordered any plans for dialogue with the rebels to “be completely burned immediately.”
https://usafricaonline.com/2025/01/31/m23-rebels-threaten-march-on-kinshasa-as-congo-calls-for-military-mobilization | 2025-01-31 | Corneille Nangaa | COD | REB | | However, their ultimate objective is political power, according to Corneille Nangaa, one of M23’s political leaders.
https://usafricaonline.com/2025/01/31/m23-rebels-threaten-march-on-kinshasa-as-congo-calls-for-military-mobilization | 2025-01-31 | Rwandan President Paul Kagame | RWA | GOV | | Rwandan President Paul Kagame said he had spoken with Angola’s President João Lourenço, a key mediator in the conflict who had met with Tshisekedi a day earlier.
https://usafricaonline.com/2025/01/31/m23-rebels-threaten-march-on-kinshasa-as-congo-calls-for-military-mobilization | 2025-01-31 | Angola’s President João Lourenço | AGO | GOV | | Rwandan President Paul Kagame said he had spoken with Angola’s President João Lourenço, a key mediator in the conflict who had met with Tshisekedi a day earlier.
https://usafricaonline.com/2025/01/31/m23-rebels-threaten-march-on-kinshasa-as-congo-calls-for-military-mobilization | 2025-01-31 | Rwandan troops | RWA | MIL | | Meanwhile, a U.N. spokesperson expressed concern over reports that Rwandan troops had crossed into Congo in areas where the rebels are advancing.
https://www.standard-democrat.com/world/photo-collection-congo-fighting-17bc5624 | 2025-01-30 | Armed Forces of the Democratic Republic of Congo (FARDC) | COD | MIL | | Members of the Congolese Red Cross collect bodies of alleged members of the Armed Forces of the Democratic Republic of Congo (FARDC), who lost their lives fighting against M23 rebels on the street of Goma, Congo, Thursday, Jan. 30, 2025.
https://www.standard-democrat.com/world/photo-collection-congo-fighting-17bc5624 | 2025-01-30 | M23 | COD | REB | | Members of M23 rebel patrol on the street of Goma, Congo Thursday, Jan. 30, 2025.
https://zwnews.com/kenya-acting-ig-of-police-bans-demonstrations-in-nairobi/ | 2024-07-18 | The acting Inspector General of the Kenyan Police Douglas Kanja | KEN | COP | | The acting Inspector General of the Kenyan Police Douglas Kanja has announced a ban on demonstrations within the Central Business District (CBD) of Nairobi till further notice.
https://zwnews.com/kenya-acting-ig-of-police-bans-demonstrations-in-nairobi/ | 2024-07-18 | Williams Ruto | KEN | GOV | | The latest move is seen as an attempt to save an embattled President Williams Ruto amid rising calls for him to resign.
https://nation.africa/kenya/news/police-ban-anti-government-protests-in-nairobi-cbd-4693926 | 2024-07-17 | Douglas Kanja | KEN | COP | | In a statement on Wednesday, July 17, Acting Inspector General of Police Douglas Kanja said that since the public demonstrations by youth began in June, the country has seen many people injured, lives lost, property and businesses destroyed and livelihoods lost.
https://afronewswire.com/index.php/2024/07/18/kenyan-police-impose-indefinite-ban-on-protests | 2024-07-18 | Kenya’s police | KEN | COP | | Kenya’s police have issued an indefinite ban on protests in central Nairobi, citing infiltration by organized crime gangs.
https://afronewswire.com/index.php/2024/07/18/kenyan-police-impose-indefinite-ban-on-protests | 2024-07-18 | organized crime gangs | KEN | CRM | | Kenya’s police have issued an indefinite ban on protests in central Nairobi, citing infiltration by organized crime gangs.
https://afronewswire.com/index.php/2024/07/18/kenyan-police-impose-indefinite-ban-on-protests | 2024-07-18 | Ruto | KEN | GOV | | While Ruto offered to form a broad-based government, the opposition rejected this and called for a constitutional convention instead.
https://particle.news/story/wagner-group-withdraws-from-mali-after-declaring-mandate-complete | 2025-06-06 | the Wagner Group | RUS | MIL | | On June 6 the Wagner Group announced it would pull its forces out of Mali after supporting the government since 2021
https://particle.news/story/wagner-group-withdraws-from-mali-after-declaring-mandate-complete | 2025-06-06 | General Assimi Goïta | MLI | GOV | | The private army backed General Assimi Goïta’s regime in counterinsurgency campaigns against Islamist militants and Tuareg rebels
https://particle.news/story/wagner-group-withdraws-from-mali-after-declaring-mandate-complete | 2025-06-06 | Tuareg rebels | MLI | REB | | The private army backed General Assimi Goïta’s regime in counterinsurgency campaigns against Islamist militants and Tuareg rebels
https://particle.news/story/wagner-group-withdraws-from-mali-after-declaring-mandate-complete | 2025-06-06 | the Kremlin | RUS | GOV | | Now directly overseen by the Kremlin following Yevgeny Prigozhin’s death, Wagner leaves behind a fragile security environment in the Sahel
https://particle.news/story/wagner-group-withdraws-from-mali-after-declaring-mandate-complete | 2025-06-06 | Wagner | RUS | MIL | | Now directly overseen by the Kremlin following Yevgeny Prigozhin’s death, Wagner leaves behind a fragile security environment in the Sahel
http://www.messenger.com.ge/issues/5161_may_30_2022/5161_liza1.html | 2022-05-30 | Irakli Kobakhidze | GEO | POL | | Military Support for Will not be Considered, Irakli Kobakhidze Says
http://www.messenger.com.ge/issues/5161_may_30_2022/5161_liza1.html | 2022-05-30 | Georgian Dream chairman Irakli Kobakhidze | GEO | POL | | Georgian Dream chairman Irakli Kobakhidze told the press the Ukrainian government is in a state of diplomatic demarche towards Georgia.
http://www.messenger.com.ge/issues/5161_may_30_2022/5161_liza1.html | 2022-05-30 | Prime Minister Irakli Gharibashvili | GEO | GOV | | According to him, the visit of the Prime Minister Irakli Gharibashvili at such times is connected with obstacles.
http://www.messenger.com.ge/issues/5161_may_30_2022/5161_liza1.html | 2022-05-30 | the Ukrainian government | UKR | GOV | | Georgian Dream chairman Irakli Kobakhidze told the press the Ukrainian government is in a state of diplomatic demarche towards Georgia.
https://jam-news.net/the-georgian-parliament-has-endorsed-the-government-with-irakli-kobakhidze-becoming-the-countrys-new-prime-minister/ | 2024-02-09 | Irakli Kobakhidze | GEO | GOV | | Irakli Kobakhidze has been appointed as the new prime minister of Georgia.
https://jam-news.net/the-georgian-parliament-has-endorsed-the-government-with-irakli-kobakhidze-becoming-the-countrys-new-prime-minister/ | 2024-02-09 | Irakli Chikovani | GEO | GOV | | Irakli Chikovani replaced Juansher Burchuladze at this position.
https://jam-news.net/the-georgian-parliament-has-endorsed-the-government-with-irakli-kobakhidze-becoming-the-countrys-new-prime-minister/ | 2024-02-09 | Georgian president Salome Zurabishvili | GEO | GOV | | Georgian president Salome Zurabishvili promptly signed a decree appointing Irakli Kobakhidze as prime minister.
https://jam-news.net/the-georgian-parliament-has-endorsed-the-government-with-irakli-kobakhidze-becoming-the-countrys-new-prime-minister/ | 2024-02-09 | Bidzina Ivanishvili | GEO | POL | | Kobakhidze highlighted the significance of advice from the honorary chairman of the ruling Georgian Dream party, Bidzina Ivanishvili, stating, “He is a political grandmaster who can anticipate 10-15-20 moves ahead.
https://news.az/news/georgia-s-pm-elected-as-leader-of-the-ruling-georgian-dream-party | 2025-05-07 | Kobakhidze | GEO | GOV | | Kobakhidze emphasized to Congress that Georgia would continue to defend its national interests amid global instability, News.Az reports citing foreign media.
https://hiiraanweyn.net/2024/12/14/somaliland-to-reassess-ethiopia-mou-following-ankara-agreement | 2024-12-14 | Somaliland’s new government | SOM | GOV | | Somaliland’s new government announced plans to reevaluate its memorandum of understanding (MoU) with Ethiopia following the recent Somalia-Ethiopia agreement mediated by Turkey, which resolved a year-long diplomatic dispute over the MoU.
https://hiiraanweyn.net/2024/12/14/somaliland-to-reassess-ethiopia-mou-following-ankara-agreement | 2024-12-14 | President Abdirahman Mohamed Abdullahi Irro | SOM | GOV | | The newly elected government, led by President Abdirahman Mohamed Abdullahi Irro, has committed to reassessing all major agreements to ensure they serve Somaliland’s long-term interests.
https://hiiraanweyn.net/2024/12/14/somaliland-to-reassess-ethiopia-mou-following-ankara-agreement | 2024-12-14 | the ruling Waddani Party | SOM | POL | | Mohamed Farah Abdi, spokesperson for the ruling Waddani Party, told BBC Somali on Friday that the Turkish-brokered Ankara agreement, signed on December 11, 2024, does not directly affect Somaliland.
https://hiiraanweyn.net/2024/12/14/somaliland-to-reassess-ethiopia-mou-following-ankara-agreement | 2024-12-14 | Turkish President Recep Tayyip Erdogan | TUR | GOV | | The Somalia-Ethiopia agreement, facilitated by Turkish President Recep Tayyip Erdogan, reaffirmed both nations’ commitment to sovereignty, territorial integrity, and international law.
https://en.wikipedia.org/wiki/2024_Ethiopia%E2%80%93Somaliland_memorandum_of_understanding | 2024-01-01 | Ethiopian Prime Minister Abiy Ahmed | ETH | GOV | | On 1 January 2024, a memorandum of understanding (MoU) was signed between Ethiopian Prime Minister Abiy Ahmed and Somaliland President Muse Bihi Abdi.
https://en.wikipedia.org/wiki/2024_Ethiopia%E2%80%93Somaliland_memorandum_of_understanding | 2024-01-01 | Somaliland President Muse Bihi Abdi | SOM | GOV | | On 1 January 2024, a memorandum of understanding (MoU) was signed between Ethiopian Prime Minister Abiy Ahmed and Somaliland President Muse Bihi Abdi.
https://en.wikipedia.org/wiki/2024_Ethiopia%E2%80%93Somaliland_memorandum_of_understanding | 2024-01-01 | Somaliland | SOM | GOV | | Reportedly, this MoU stated that Somaliland would lease 19 km of its Gulf of Aden coastline to Ethiopia.
https://somalilandcurrent.com/checkout/page/62 | 2024-01-18 | Ahmed Aboul Gheit, the Arab League chief | IGO | GOV | ARL | Ahmed Aboul Gheit, the Arab League chief, described the Ethiopia-Somalia MoU as “a blatant attack against Arab, African and international principles, and a clear violation of international law”.
https://somalilandcurrent.com/checkout/page/62 | 2024-01-18 | The Egyptian Foreign Minister Sameh Shoukry | EGY | GOV | | The Egyptian Foreign Minister Sameh Shoukry during the meeting called on respecting Somalia’s sovereignty and territorial integrity, and reportedly warned against “Ethiopia’s unilateral
https://dailywrap.net/en-ie/protests-escalate-in-abkhazia-amid-russian-investment-row,7092917655373953a | 2024-11-15 | Abkhazia | GEO | GOV | | In the spring of this year, the authorities of Abkhazia attempted to introduce a law concerning Russian investments.
https://dailywrap.net/en-ie/protests-escalate-in-abkhazia-amid-russian-investment-row,7092917655373953a | 2024-11-15 | Aslan Bzhania | GEO | GOV | | This met with public outrage, leading the republic's president, Aslan Bzhania, to withdraw the proposal.
https://dailywrap.net/en-ie/protests-escalate-in-abkhazia-amid-russian-investment-row,7092917655373953a | 2024-11-15 | the opposition in Abkhazia | GEO | OPP | | In Sukhumi today, deputies failed to approve the agenda and postponed the consideration of the issue of ratifying the investment agreement with Russia—a law opposed by many residents and the opposition in Abkhazia.
https://dailywrap.net/en-ie/protests-escalate-in-abkhazia-amid-russian-investment-row,7092917655373953a | 2024-11-15 | the Abkhazian parliament | GEO | LEG | | The deputies did not address the law due to a lack of quorum (only 21 out of 35 members of the Abkhazian parliament attended the session).
https://intellinews.com/protesters-attack-parliament-building-in-abkhazia-353507/?source=georgia | 2024-11-15 | Opposition leader Adgur Ardzinba | GEO | OPP | | Opposition leader Adgur Ardzinba called on the authorities to "postpone the discussion of this divisive issue until after the presidential election, which is due in several months”.
https://intellinews.com/protesters-attack-parliament-building-in-abkhazia-353507/?source=georgia | 2024-11-15 | The Abkhaz political opposition | GEO | OPP | | The Abkhaz political opposition have expressed concern that the agreement, should parliament sign off on it, would be detrimental to the republic’s interests.
https://www.kenyans.co.ke/news/115183-boost-kenyan-police-efforts-haiti-us-govt-goes-after-gang-leader-barbecue | 2025-08-13 | gang leader Jimmy Cherizier | HTI | CRM | | In yet another huge milestone in Kenyan police efforts to fight the dreaded Haitian gangs, the United States government has announced plans to arrest gang leader Jimmy Cherizier, alias Barbecue.
https://www.kenyans.co.ke/news/115183-boost-kenyan-police-efforts-haiti-us-govt-goes-after-gang-leader-barbecue | 2025-08-13 | the dreaded Haitian gangs | HTI | CRM | | In yet another huge milestone in Kenyan police efforts to fight the dreaded Haitian gangs, the United States government has announced plans to arrest gang leader Jimmy Cherizier, alias Barbecue.
https://www.kenyans.co.ke/news/115183-boost-kenyan-police-efforts-haiti-us-govt-goes-after-gang-leader-barbecue | 2025-08-13 | Assistant Attorney General John Eisenberg | USA | GOV | | “Cherizier and a US associate sought to raise funds in the United States to bankroll Cherizier’s violent criminal enterprise, which is driving a security crisis in Haiti,” said Assistant Attorney General John Eisenberg.
https://www.kenyans.co.ke/news/115183-boost-kenyan-police-efforts-haiti-us-govt-goes-after-gang-leader-barbecue | 2025-08-13 | the Kenyan police | KEN | COP | | MSS Spokesperson Jack Ombaka recently announced that the Kenyan police, along with Haitian security personnel, had intensified operations in critical areas within Haiti's capital
https://www.the-star.co.ke/news/2025-08-16-kenyan-team-meets-new-haiti-president-amid-surging-gang-operations | 2025-08-16 | Laurent Saint-Cyr | HTI | GOV | | A Kenyan delegation met and held talks with the newly elected head of Haiti’s transitional presidential Laurent Saint-Cyr over the operations against surging criminal gangs.
https://www.the-star.co.ke/news/2025-08-16-kenyan-team-meets-new-haiti-president-amid-surging-gang-operations | 2025-08-16 | Prime Minister Alix Didier Fils-Aimé | HTI | GOV | | Saint-Cyr will be working with Prime Minister Alix Didier Fils-Aimé, a one-time president of an inte
https://www.the-star.co.ke/news/2025-08-16-kenyan-team-meets-new-haiti-president-amid-surging-gang-operations | 2025-08-16 | President William Ruto | KEN | GOV | | The delegation was led by Joseph Boinnet, who President William Ruto's deputy national security adviser and the Kenyan Consul General to Haiti Noor Gabow.
https://thedailyintake.online/2024/01/21/perus-president-faces-public-outcry-in-ayacucho-visit-amidst-protest-tragedy | 2024-01-21 | Peruvian President Dina Boluarte | PER | GOV | | Lima: Peruvian President Dina Boluarte confronted seething public resentment during her visit to Ayacucho, a city scarred by the tragic events of anti-government protests in late 2022.
https://thedailyintake.online/2024/01/21/perus-president-faces-public-outcry-in-ayacucho-visit-amidst-protest-tragedy | 2024-01-21 | Prime Minister Jorge Otarola | PER | GOV | | Reacting to the public outcry, Prime Minister Jorge Otarola condemned the protest as a “lamentable” act on X, underscoring the potential threat to the head of state’s integrity.
https://thedailyintake.online/2024/01/21/perus-president-faces-public-outcry-in-ayacucho-visit-amidst-protest-tragedy | 2024-01-21 | Interior Minister Víctor Torres | PER | GOV | | In a subsequent press conference, Interior Minister Víctor Torres assured the identification and pursuit of those responsible for the aggression.
https://thedailyintake.online/2024/01/21/perus-president-faces-public-outcry-in-ayacucho-visit-amidst-protest-tragedy | 2024-01-21 | Human Rights Watch | NGO | NGO | | Human Rights Watch, citing concerns of extra-judicial killings, reported a minimum of 50 deaths in the government’s crackdown on protestors.
https://livelanka.xyz/kyrgyzstan-tajikistan-border-clashes-claim-nearly-100-lives/ | 2022-09-19 | Kyrgyz President Sadyr Japarov | KGZ | GOV | | Kyrgyz President Sadyr Japarov says shooting has stopped but "provocative statements" continue on the internet.
https://livelanka.xyz/kyrgyzstan-tajikistan-border-clashes-claim-nearly-100-lives/ | 2022-09-19 | Tajik President Emomali Rakhmon | TJK | GOV | | Russia's President Vladimir Putin called for a de-escalation of tensions in phone calls with Tajik President Emomali Rakhmon and President Japarov on Sunday, the Kremlin said.
https://www.dw.com/en/dozens-dead-in-kyrgyzstan-tajikistan-border-clash/a-63164507 | 2022-09-18 | Kyrgyz President Sadyr Zhaparov | KGZ | GOV | | Russian leader Vladimir Putin on Sunday spoke to Kyrgyz President Sadyr Zhaparov and Tajikleader Emomali Rahmon, the Kremlin said in a statement.
https://www.dw.com/en/dozens-dead-in-kyrgyzstan-tajikistan-border-clash/a-63164507 | 2022-09-18 | Emomali Rahmon | TJK | GOV | | Russian leader Vladimir Putin on Sunday spoke to Kyrgyz President Sadyr Zhaparov and Tajikleader Emomali Rahmon, the Kremlin said in a statement.
https://www.dw.com/en/dozens-dead-in-kyrgyzstan-tajikistan-border-clash/a-63164507 | 2022-09-18 | Kyrgyzstan's Health Ministry | KGZ | GOV | | Kyrgyzstan's Health Ministry said at least 36 people died during recent clashes — revising the death toll from 24 earlier this week — and more than 130 injured.
https://www.dw.com/en/dozens-dead-in-kyrgyzstan-tajikistan-border-clash/a-63164507 | 2022-09-18 | The Tajik interior ministry | TJK | GOV | | The Tajik interior ministry said people were killed during clashes that occurred Saturday as well, but didn't provide a figure for casualties at the time.
https://keyt.com/news/2022/09/16/officials-31-wounded-in-kyrgyzstan-tajikistan-border-clash/ | 2022-09-16 | Kyrgyz border guards | KGZ | COP | | According to the Kyrgyz border service, the fighting erupted early Friday morning, when Tajik forces fired at Kyrgyz border guards.
https://keyt.com/news/2022/09/16/officials-31-wounded-in-kyrgyzstan-tajikistan-border-clash/ | 2022-09-16 | Tajik forces | TJK | MIL | | According to the Kyrgyz border service, the fighting erupted early Friday morning, when Tajik forces fired at Kyrgyz border guards.
http://www.peterdench.com/pridnestrovian-moldavian-republic/DENCH_PMR_Tiraspol095 | 2023-09-02 | PMR military | MDA | MIL | | PMR military at Suvurov Square on epublic Day on September 2, 2023 in Tiraspol, Moldova (Pridnestrovian Moldavian Republic).
http://www.peterdench.com/pridnestrovian-moldavian-republic/DENCH_PMR_Tiraspol095 | 2023-09-02 | The de-facto administration of Transnistria | MDA | GOV | | The de-facto administration of Transnistria is supported economically, diplomatically, and militarily by Russia, which is believed to have 1,500 soldiers stationed there.
https://alethonews.com/tag/transnistria | 2025-09-29 | Russian Presidential Press Secretary Dmitry Peskov | RUS | GOV | | Russian Presidential Press Secretary Dmitry Peskov stated that hundreds of thousands of Moldovan citizens were deprived of the opportunity to take part in Moldova’s parliamentary elections on Russian territory.
https://alethonews.com/tag/transnistria | 2025-09-29 | President Maia Sandu | MDA | GOV | | Both President Maia Sandu’s ruling Party of Action and Solidarity (PAS) and the opposition attach great importance to the elections, as parliament in Moldova influences the formation of the cabinet of ministers and the judiciary.
https://alethonews.com/tag/transnistria | 2025-09-29 | Party of Action and Solidarity | MDA | POL | | Both President Maia Sandu’s ruling Party of Action and Solidarity (PAS) and the opposition attach great importance to the elections, as parliament in Moldova influences the formation of the cabinet of ministers and the judiciary.
https://alethonews.com/tag/transnistria | 2025-09-29 | Moldovans | MDA | CVL | | “From what we see and know, we can state that hundreds of thousands of Moldovans were unable to vote in the Russian Federation, as only two polling stations were opened for them.
https://alethonews.com/tag/transnistria | 2025-09-29 | Russian Foreign Ministry spokeswoman Maria Zakharova | RUS | GOV | | Earlier, Russian Foreign Ministry spokeswoman Maria Zakharova said that, according to Moldovans themselves, this electoral campaign was the most anti-democratic in the entire 34 years of the republic’s independence.
https://www.pravda.com.ua/eng/news/2023/05/24/7403742/ | 2023-05-24 | The Ukrainian Air Force | UKR | MIL | | The Ukrainian Air Force has so far shot down about 900 of the roughly 1,160 Shahed kamikaze drones that Russia has launched over Ukraine.
https://www.pravda.com.ua/eng/news/2023/05/24/7403742/ | 2023-05-24 | President Volodymyr Zelenskyy | UKR | GOV | | Source: President Volodymyr Zelenskyy’s evening address on 24 May
https://www.theweek.in/news/world/2023/01/03/their-bet-may-be-on-our-exhaustion-zelenskyy-claims-russia-planning-prolonged-drone-attack.html | 2023-01-03 | Ukrainian President Vlodomyr Zelenskyy | UKR | GOV | | Vlodomyr Zelenskyy Ukrainian President Vlodomyr Zelenskyy
https://www.theweek.in/news/world/2023/01/03/their-bet-may-be-on-our-exhaustion-zelenskyy-claims-russia-planning-prolonged-drone-attack.html | 2023-01-03 | Ukrainian Armed Forces | UKR | MIL | | He added that Ukrainian Armed Forces have shot down 80 Russian drones in the first two days of 2023.
https://www.jewishpress.com/news/global/europe/ukraine/ukraine-claims-downing-45-iranian-drones-in-1st-2023-russian-attack/2023/01/02/ | 2023-01-02 | Deputy Prime Minister and Minister of Digital Transformation Mykhailo Fedorov | UKR | GOV | | But after Zelensky belittled the impact of the kamikaze Russian drones on his country, Deputy Prime Minister and Minister of Digital Transformation Mykhailo Fedorov announced on Monday that Ukraine had purchased 1,577 drones, 928 of which have already been handed over to the defenders of Ukraine to fight the Russian invaders.
https://mexiconewsdaily.com/?p=573502 | 2025-08-27 | Security Minister Omar García Harfuch | MEX | GOV | | With Security Minister Omar García Harfuch in attendance, security issues were a key focus of President Claudia Sheinbaum’s Wednesday morning press conference.
https://mexiconewsdaily.com/?p=573502 | 2025-08-27 | President Claudia Sheinbaum | MEX | GOV | | With Security Minister Omar García Harfuch in attendance, security issues were a key focus of President Claudia Sheinbaum’s Wednesday morning press conference.
https://mexiconewsdaily.com/?p=573502 | 2025-08-27 | the Sinaloa Cartel | MEX | CRM | | García Harfuch: Certain factions of the Sinaloa Cartel are ‘weakened,’ but organization has ‘several heads’
https://mexiconewsdaily.com/?p=573502 | 2025-08-27 | Los Chapitos | MEX | CRM | | Two of those factions, Los Chapitos and Los Mayos, are engaged in a long-running war that has claimed more than 1,000 lives since September 2024.
https://www.thaiexaminer.com/thai-news-foreigners/2024/08/29/arakan-army-on-the-verge-of-seizing-burmas-western-rakhine-state-as-junta-power-collapses-there/ | 2024-08-29 | the powerful Arakan Army | MMR | REB | | On Wednesday and Thursday, the powerful Arakan Army was readying to seize control of Sittwe as it completes its takeover of the western state of Rakhine.
https://www.thaiexaminer.com/thai-news-foreigners/2024/08/29/arakan-army-on-the-verge-of-seizing-burmas-western-rakhine-state-as-junta-power-collapses-there/ | 2024-08-29 | the powerful Chinese-backed United Wa State Army | MMR | REB | | In short, the powerful Arakan Army, which is sponsored by the powerful Chinese-backed United Wa State Army in northern Burma, is set to launch a final assault on the state capital, Sittwe.
https://en.prothomalo.com/opinion/op-ed/a9djcil9em | 2024-06-23 | the Myanmar Army | MMR | MIL | | On the excuse of alleged attacks by ARSA on a number of security check posts in 2017, the Myanmar Army unleashed genocide on the Rohingya population in the Rakhine state.
https://en.prothomalo.com/opinion/op-ed/a9djcil9em | 2024-06-23 | ARSA | MMR | REB | | On the excuse of alleged attacks by ARSA on a number of security check posts in 2017, the Myanmar Army unleashed genocide on the Rohingya population in the Rakhine state.
https://en.prothomalo.com/opinion/op-ed/a9djcil9em | 2024-06-23 | the Arakan Army | MMR | REB | | In continuation of this, the Arakan Army has ousted the Myanmar army from Buthidaung in Arakan and taken control of the town.
https://polanddaily24.com/jaroslaw-kaczynski-appointed-as-deputy-prime-minister-by-polish-president-andrzej-duda/politics/25752 | 2023-06-21 | Jaroslaw Kaczynski | POL | GOV | | In a formal ceremony on Wednesday, Polish President Andrzej Duda appointed Jaroslaw Kaczynski, the leader of the governing Law and Justice party (PiS), as the sole deputy prime minister in the government.
https://polanddaily24.com/jaroslaw-kaczynski-appointed-as-deputy-prime-minister-by-polish-president-andrzej-duda/politics/25752 | 2023-06-21 | Defence Minister Mariusz Blaszczak | POL | GOV | | This move came after President Duda dismissed four previous deputy prime ministers, namely Defence Minister Mariusz Blaszczak, Culture Minister Piotr Glinski, State Assets Minister Jacek Sasin, and Minister without Portfolio Henryk Kowalczyk, from their positions.
https://www.malaymail.com/news/malaysia/2020/01/10/pm-give-us-time-we-know-where-we-want-to-go/1826709 | 2020-01-10 | Dr Mahathir | MYS | GOV | | Dr Mahathir said in order to implement the administration’s plans, it needs at least two years or more from now.
http://malaysiansmustknowthetruth.blogspot.com/2019/11/weve-achieved-lot-of-success-in-18.html | 2019-11-07 | Deputy Prime Minister Dr Wan Azizah Wan Ismail | MYS | GOV | | Also present were several Cabinet members, including Deputy Prime Minister Dr Wan Azizah Wan Ismail, Finance Minister Lim Guan Eng and Defence Minister Mohamad Sabu.
http://malaysiansmustknowthetruth.blogspot.com/2019/11/weve-achieved-lot-of-success-in-18.html | 2019-11-07 | Defence Minister Mohamad Sabu | MYS | GOV | | Also present were several Cabinet members, including Deputy Prime Minister Dr Wan Azizah Wan Ismail, Finance Minister Lim Guan Eng and Defence Minister Mohamad Sabu.
https://regeneracion.mx/morning-presidential-press-conference-wednesday-july-19-2023/ | 2023-07-19 | President Andrés Manuel López Obrador | MEX | GOV | | President Andrés Manuel López Obrador announced a new section of the morning press conference entitled “I didn’t say it”, with which he will expose the opposition and its national political project, in contrast to the 4th Transformation.
https://regeneracion.mx/morning-presidential-press-conference-wednesday-july-19-2023/ | 2023-07-19 | opposition presidential hopeful Xóchitl Gálvez | MEX | OPP | | There is a strategy to position opposition presidential hopeful Xóchitl Gálvez, through opinion polls promoted by her publicist.
https://regeneracion.mx/morning-presidential-press-conference-wednesday-july-19-2023/ | 2023-07-19 | Martí Batres | MEX | GOV | | The head of the Mexico City Government, Martí Batres, announced that Line 12 of the Metro, which runs from Mixcoac to Tláhuac, will be completely reopened next December, following the reinforcement of the entire route.
https://www.world-today-journal.com/rescue-of-migrants-ezln-pemex-journalists-day-vaccines-against-covid-19-and-more/ | 2024-01-04 | AMLO | MEX | GOV | | When asked about the rescue of migrants in Tamaulipas, AMLO highlighted that the people of that entity “chose their ruler very well.”
https://www.politico.eu/article/polish-soldier-dies-after-clash-with-migrants-on-belarus-border/ | 2024-06-06 | A Polish soldier | POL | MIL | | A Polish soldier has died after being stabbed by a migrant on the country’s border with Belarus, Warsaw’s military said Thursday.
https://www.politico.eu/article/polish-soldier-dies-after-clash-with-migrants-on-belarus-border/ | 2024-06-06 | Warsaw’s military | POL | MIL | | A Polish soldier has died after being stabbed by a migrant on the country’s border with Belarus, Warsaw’s military said Thursday.
https://m.startribune.com/polish-leaders-seek-clarity-on-detention-of-troops-who-fired-warning-shots-under-migrant-pressure/600371499/ | 2024-06-06 | Prime Minister Donald Tusk | POL | GOV | | ''A young soldier, Mateusz, gave his life in the defense of Poland's border," Prime Minister Donald Tusk wrote on social platform X.
https://m.startribune.com/polish-leaders-seek-clarity-on-detention-of-troops-who-fired-warning-shots-under-migrant-pressure/600371499/ | 2024-06-06 | the Polish Border Guard | POL | COP | | Latest figures from the Polish Border Guard say there have been some 17,000 attempts at illegally crossing the border this year.
https://m.startribune.com/polish-leaders-seek-clarity-on-detention-of-troops-who-fired-warning-shots-under-migrant-pressure/600371499/ | 2024-06-06 | Polish army troops | POL | MIL | | The border is patrolled by about 6,000 Polish army troops, some 2,200 border guards and a few hundred police.
https://thenationonlineng.net/2023-all-eyes-on-judiciary/ | 2023-01-03 | Justice Yusuf Halilu | NGA | JUD | | The trial of the suspended Accountant-General of the Federation (AG-F), Ahmed Idris, and three others is expected to resume on January 30 before Justice Yusuf Halilu of the High Court of the Federal Capital Territory (FCT).
https://thenationonlineng.net/2023-all-eyes-on-judiciary/ | 2023-01-03 | Justice Inyang Ekwo of the Federal High Court, Abuja | NGA | JUD | | Justice Inyang Ekwo of the Federal High Court, Abuja is expected to rule on January 25 on the applications by Llyod Ekweremadu, the son of a former Deputy Senate President, Ike Ekweremadu, Anambra State Government and a firm, Uni-medical Healthcare Limited, seeking to set a
https://theguildng.com/sudan-rebels-sign-peace-deal-after-17yrs-conflict/ | 2020-08-31 | Justice and Equality Movement (JEM) | SDN | REB | | The rebel groups that signed the deal include Justice and Equality Movement (JEM) and Sudan Liberation Army (SLA) from the western region of Darfur, and Sudan People’s Liberation Movement-North led by Malik Agar from the southern states of South Kordofan and Blue Nile.
https://theguildng.com/sudan-rebels-sign-peace-deal-after-17yrs-conflict/ | 2020-08-31 | Prime Minister Abdulla Hamdok | SDN | GOV | | Present at the ceremony were Sudan’s Sovereign Council head by Abdel-Fattah al-Burhan, and Prime Minister Abdulla Hamdok as well as other top Sudanese officials.
https://theguildng.com/sudan-rebels-sign-peace-deal-after-17yrs-conflict/ | 2020-08-31 | Sudan’s transitional government spokesman, Fasial Salih | SDN | GOV | | Sudan’s transitional government spokesman, Fasial Salih, while praising the deal, stated that it was the first priority out of ten issues the transitional government had determined to address.
https://www.dailysabah.com/world/africa/sudan-rebel-groups-agree-on-peace-deal | 2020-08-31 | rebel groups from the western region of Darfur | SDN | REB | | The deal was reached between the Sudanese government and the Sudan Revolutionary Front (SRF), an umbrella organization of rebel groups from the western region of Darfur and the southern states of South Kordofan and the Blue Nile, and signed in South Sudan’s capital, Juba, where talks have been held since late last year.
https://www.dailysabah.com/world/africa/sudan-rebel-groups-agree-on-peace-deal | 2020-08-31 | South Sudanese President Salva Kiir | SSD | GOV | | Both Burhan and Hamdok were in attendance, while South Sudanese President Salva Kiir oversaw the ceremony.
https://www.dailysabah.com/world/africa/sudan-rebel-groups-agree-on-peace-deal | 2020-08-31 | Sudan's rebels | SDN | REB | | Sudan's rebels are largely drawn from non-Arab minority groups that long railed against Arab domination of the government in Khartoum.
https://www.trtworld.com/africa/sudan-inks-peace-deal-with-key-rebel-groups-to-end-wars-39348 | 2020-08-31 | Gibril Ibrahim | SDN | REB | | "I congratulate all in Sudan on reaching a historic comprehensive peace that addressed the roots of the problem and ended the war, God willing," said Gibril Ibrahim, commander of one of the rebel groups, the rebel Justice and Equality Movement (JEM).
https://eyeradio.org/sudanese-govt-and-rebels-ink-deal-in-juba/ | 2020-08-31 | the Rapid Support Forces | SDN | MIL | | He’s heads the Rapid Support Forces.
https://sudanevents.com/index.php/2023/12/03/jibril-war-is-coming-to-an-end | 2023-12-03 | Dr. Jibril Ibrahim | SDN | GOV | | The Minister of Finance and Economic Planning in Sudan, Dr. Jibril Ibrahim, has reassured people the current war is coming to an end and the rebellion will defeat completely
https://trt.global/afrika-english/article/18194559 | 2024-08-11 | the Rapid Support Forces (RSF) paramilitary | SDN | REB | | The Sudanese army said on Saturday it suppressed a "major" attack by the Rapid Support Forces (RSF) paramilitary on the city of El Fasher, the centre of North Darfur state in the west.
https://trt.global/afrika-english/article/18194559 | 2024-08-11 | The Sudanese army | SDN | MIL | | The Sudanese army said on Saturday it suppressed a "major" attack by the Rapid Support Forces (RSF) paramilitary on the city of El Fasher, the centre of North Darfur state in the west.
https://allafrica.com/stories/202406140779.html | 2024-06-14 | the Sudan News Agency (SUNA) | SDN | MED | | Hereunder the Sudan News Agency (SUNA) publishes an unofficial translation of the text of the statement:
https://allafrica.com/stories/202406140779.html | 2024-06-14 | the terrorist rebel Rapid Support Forces (RSF) | SDN | REB | | Portsudan — Ministry of Foreign Affairs issued Friday a press release on the attack launched by the terrorist rebel Rapid Support Forces (RSF) against El-Fashir city.
http://www.aopnews.com/taliban/taliban-demands-us-stop-supporting-isis-campaign-in-afghanistan/ | 2023-03-24 | Zabihullah Mujahid, the spokesman for Taliban | AFG | GOV | | 8am: Zabihullah Mujahid, the spokesman for Taliban, has stated that the remarks made by American officials regarding the number of ISIS fighters in Afghanistan do not match reality and that America should stop supporting the group’s campaign.
https://www.memri.org/tv/hts-leader-muhammad-joulani-mujahideen-forces-withdrawing-overwhelming-russian-military-reorganize | 2020-02-15 | HTS Leader Abu Muhammad Al-Joulani | SYR | REB | | HTS Leader Abu Muhammad Al-Joulani: Mujahideen Forces Are Withdrawing in Order to Reorganize in Face of Overwhelming Russian Military Force; We Will Return to Liberate Syrian Land
https://amp.cnn.com/cnn/2024/12/06/middleeast/syria-rebel-forces-hayat-tahrir-al-sham-al-jolani-intl-latam | 2024-12-06 | Hayat Tahrir Al-Sham (HTS) | SYR | REB | | In an exclusive interview with CNN, Jolani left no doubt that the ambitions of Hayat Tahrir Al-Sham (HTS) – a group that was formed out of a former al Qaeda affiliate – are nothing less than bringing an end to the Assad regime.
https://amp.cnn.com/cnn/2024/12/06/middleeast/syria-rebel-forces-hayat-tahrir-al-sham-al-jolani-intl-latam | 2024-12-06 | authoritarian President Bashar al-Assad | SYR | GOV | | The goal of Syria’s rebel coalition, as it wrests another major city from government control this week, is ultimately to overthrow authoritarian President Bashar al-Assad, according to Abu Mohammad al-Jolani, the militant leader of the main group driving the country’s armed opposition.
https://amp.cnn.com/cnn/2024/12/06/middleeast/syria-rebel-forces-hayat-tahrir-al-sham-al-jolani-intl-latam | 2024-12-06 | Abu Mohammad al-Jolani | SYR | REB | | The goal of Syria’s rebel coalition, as it wrests another major city from government control this week, is ultimately to overthrow authoritarian President Bashar al-Assad, according to Abu Mohammad al-Jolani, the militant leader of the main group driving the country’s armed opposition.
https://freedomnewstoday.com/?p=14957 | 2025-01-30 | Ahmed al-Sharaa | SYR | GOV | | Ahmed al-Sharaa, better known by his nom de guerre Abu Mohammed al-Jolani, was declared head of state on Wednesday for a transitional phase and empowered to form a new legislative council, state media reported.
https://freedomnewstoday.com/?p=14957 | 2025-01-30 | Abu Mohammed al-Jolani | SYR | GOV | | Ahmed al-Sharaa, better known by his nom de guerre Abu Mohammed al-Jolani, was declared head of state on Wednesday for a transitional phase and empowered to form a new legislative council, state media reported.
https://pledgetimes.com/petro-nominates-the-vatican-as-the-venue-for-a-round-of-negotiations-with-the-eln-after-meeting-with-pope-francis/ | 2024-01-19 | The president of Colombia, Gustavo Petro | COL | GOV | | The president of Colombia, Gustavo Petro, has nominated Vatican City as the headquarters for a next round of peace talks with the National Liberation Army (ELN) guerrilla.
https://pledgetimes.com/petro-nominates-the-vatican-as-the-venue-for-a-round-of-negotiations-with-the-eln-after-meeting-with-pope-francis/ | 2024-01-19 | the National Liberation Army (ELN) guerrilla | COL | REB | | The president of Colombia, Gustavo Petro, has nominated Vatican City as the headquarters for a next round of peace talks with the National Liberation Army (ELN) guerrilla.
https://pledgetimes.com/petro-nominates-the-vatican-as-the-venue-for-a-round-of-negotiations-with-the-eln-after-meeting-with-pope-francis/ | 2024-01-19 | the vice president, Francia Márquez | COL | GOV | | Francisco asked for the immediate release of all those kidnapped two weeks ago, a month ago he had already met to talk about peace in Colombia with the vice president, Francia Márquez, and a year ago he did so with the first lady, Verónica Alcocer.
https://ksaplayers.com/Ksahome/NewsDetial/?nid=36185908 | 2024-10-15 | Prime Minister Benjamin Netanyahu | ISR | GOV | | BEIRUT: Israel’s military launched strikes Tuesday on eastern Lebanon, official Lebanese media reported, as Hezbollah fought Israeli soldiers after Prime Minister Benjamin Netanyahu vowed no mercy for the militant group.
https://ksaplayers.com/Ksahome/NewsDetial/?nid=36185908 | 2024-10-15 | Israel’s military | ISR | MIL | | BEIRUT: Israel’s military launched strikes Tuesday on eastern Lebanon, official Lebanese media reported, as Hezbollah fought Israeli soldiers after Prime Minister Benjamin Netanyahu vowed no mercy for the militant group.
https://ksaplayers.com/Ksahome/NewsDetial/?nid=36185908 | 2024-10-15 | Lebanon’s official National News Agency (NNA) | LBN | MED | | Israel launched multiple air strikes early Tuesday in the eastern Bekaa Valley, putting a hospital in Baalbek city out of service, Lebanon’s official National News Agency (NNA) reported.
https://ksaplayers.com/Ksahome/NewsDetial/?nid=36185908 | 2024-10-15 | The International Committee of the Red Cross’s regional director, Nicolas Von Arx | NGO | NGO | ICRC | The International Committee of the Red Cross’s regional director, Nicolas Von Arx, appealed Monday for the protection of ambulances and other health facilities and personnel, calling attacks on them “deeply worrying.”
https://www.devdiscourse.com/article/law-order/3092379-israel-strikes-hezbollah-targets-amid-rising-tensions | 2024-09-19 | The IDF (Israel Defense Forces) | ISR | MIL | | The IDF (Israel Defense Forces) aims to restore security to northern Israel, facilitating the return of displaced residents and fulfilling key war objectives.
https://english.aawsat.com/arab-world/4626176-lebanons-pm-visits-troops-country%E2%80%99s-tense-southern-border-israel?page=6 | 2023-10-24 | Lebanon's caretaker PM Najib Mikati | LBN | GOV | | This handout picture provided by the United Nations Interim Forces in Lebanon (UNIFIL) shows Lebanon's caretaker PM Najib Mikati (R) shaking hands with Major General Aroldo Lazaro Saenz, the head of mission and force commander at the peacekeeping force's headquarters in the southern Lebanese border town of Naqoura, on October 24, 2023.
https://english.aawsat.com/arab-world/4626176-lebanons-pm-visits-troops-country%E2%80%99s-tense-southern-border-israel?page=6 | 2023-10-24 | Major General Aroldo Lazaro Saenz, the head of mission and force commander | IGO | MIL | UNIFIL | This handout picture provided by the United Nations Interim Forces in Lebanon (UNIFIL) shows Lebanon's caretaker PM Najib Mikati (R) shaking hands with Major General Aroldo Lazaro Saenz, the head of mission and force commander at the peacekeeping force's headquarters in the southern Lebanese border town of Naqoura, on October 24, 2023.
https://english.aawsat.com/arab-world/4626176-lebanons-pm-visits-troops-country%E2%80%99s-tense-southern-border-israel?page=6 | 2023-10-24 | UN peacekeepers | IGO | MIL | UN | Lebanon's caretaker prime minister Tuesday visited troops deployed near the border with Israel and UN peacekeepers, as Hezbollah militants and Israeli troops clash for a third week.
https://maghrebi.org/2024/09/13/burkina-faso-junta-failing-to-contain-jihadist-violence | 2024-09-13 | Captain Ibrahim Traoré | BFA | GOV | | Captain Ibrahim Traoré seized power in Burkina Faso during a 2022 coup, vowing to restore stability to a nation overwhelmed by jihadist insurgencies.
https://afronewswire.com/index.php/2022/10/16/in-an-attack-in-burkina-faso-jihadists-kill-at-least-11-civilians/ | 2022-10-16 | Captain Ibrahim Traore, 34 | BFA | GOV | | After Lieutenant-Colonel Paul-Henri Sandaogo Damiba, who had previously taken control in January, was overthrown on September 30, and a day after Captain Ibrahim Traore, 34, was named as his replacement as interim president, comes the most recent attack.
https://www.iwpr.net/global-voices/tajik-migrants-brace-moscows-ire | 2024-04-03 | Tajik nationals | TJK | CVL | | Tajik nationals in Russia are feeling the backlash following the March 22 terrorist attack in Moscow that killed nearly 150 people, with fears that Russian officials plan to instrumentalise already widespread prejudice against labour migrants.
https://www.iwpr.net/global-voices/tajik-migrants-brace-moscows-ire | 2024-04-03 | Russian law enforcers | RUS | COP | | Russian law enforcers detained four Tajik citizens in connection with the attack at the Crocus City Hall, when armed men burst into the concert venue ahead of a gig by a popular rock band before setting fire to the venue.
https://dailytimes.com.pk/1108325/kenyas-central-bank-hikes-interest-rate-to-contain-inflation | 2023-06-26 | The Central Bank of Kenya (CBK) | KEN | GOV | | The Central Bank of Kenya (CBK) on Monday tightened the country’s monetary policy by raising the interest rate by 1 percent citing sustained increased inflation.
https://dailytimes.com.pk/1108325/kenyas-central-bank-hikes-interest-rate-to-contain-inflation | 2023-06-26 | Kamau Thugge, the CBK governor | KEN | GOV | | Kamau Thugge, the CBK governor and the chairman of the Monetary Policy Committee (MPC), said the bank had increased the rate from 9.5 percent to 10.5 percent to “anchor inflation expectations.”
https://thecorporateguardian.com/?p=851 | 2023-12-05 | Kenya’s central bank | KEN | GOV | | Kenya’s central bank unexpectedly raised its benchmark interest rate for the second time since Governor Kamau Thugge took office in June, citing the need to support the country’s battered shilling.
https://ifpnews.com/naval-forces-iran-irgc-seize-oil-tanker-hormuz-strait/ | 2023-05-03 | The IRGC | IRN | MIL | | The IRGC has yet to comment on the report.
https://ifpnews.com/naval-forces-iran-irgc-seize-oil-tanker-hormuz-strait/ | 2023-05-03 | Fars News Agency | IRN | MED | | Fars News Agency released the report, without providing further details.
https://ifpnews.com/naval-forces-iran-irgc-seize-oil-tanker-hormuz-strait/ | 2023-05-03 | the US Navy | USA | MIL | | Meanwhile, the US Navy said in a statement the IRGC seized a Panama-flagged ship.
https://ifpnews.com/naval-forces-iran-irgc-seize-oil-tanker-hormuz-strait/ | 2023-05-03 | the Iranian Navy | IRN | MIL | | Last week, the Iranian Navy seized a Marshall Islands-flagged oil tanker in the Sea of Oman and directed it toward Iran’s territorial waters after the tanker hit an Iranian vessel and tried to flee in violation of maritime regulations.
https://www.pulse.com.gh/business/international/the-iranian-navy-seized-two-supposed-tanzanian-vessels-on-the-suspicion-of-oil/xx30y4f | 2023-09-17 | the IRGC Navy | IRN | MIL | | According to Iranian media, Adm. Mohammad-Sharif Shirali, deputy commander of the IRGC Navy's Third Naval Zone, the tankers flying the colors of Tanzania and Panama were being held by the IRGC Navy.
https://sudantribune.com/article290138 | 2024-08-28 | Sudanese refugees | SDN | REF | | Hundreds of Sudanese refugees are still fleeing across the border to Chad every day, yet dozens of the existing overcrowded camps and haphazard settlements in eastern Chad are reportedly suffering shortages of food and health care.
https://sudantribune.com/article290138 | 2024-08-28 | The Chadian government | TCD | GOV | | The Chadian government already estimate that the number of refugees and returnees in Chad could reach 910,000 by the end of 2024, given the persistence of conflicts in Sudan as well as the constant influx of new refugees and returnees.
https://sudantribune.com/article290138 | 2024-08-28 | Chadian returnees | TCD | REF | | Meanwhile Chadian authorities, UNHCR and the UN Migration Agency (IOM) cited an influx of people forced to flee including Sudanese refugees and Chadian returnees who arrived spontaneously in Chad, through over 32 border entry points mainly in the provinces of Ouaddai, Sila, Wadi-Fira and Ennedi Est in Eastern Chad.
https://www.thelocal.fr/20200611/macron-never-suggested-his-resignation-says-french-presidential-office/ | 2020-06-11 | The Elysée Palace | FRA | GOV | | The Elysée Palace on Thursday denied claims in a media report that French President Emmanuel Macron was planning to step down to call a general election.
https://www.thelocal.fr/20200611/macron-never-suggested-his-resignation-says-french-presidential-office/ | 2020-06-11 | the French newspaper Le Figaro | FRA | MED | | The Elysée Palace statement followed a media report in the French newspaper Le Figaro, which claimed Macron had made the shock announcement while speaking at a videoconference with party donors in London.
https://www.thelocal.fr/20200611/macron-never-suggested-his-resignation-says-french-presidential-office/ | 2020-06-11 | Macron's party La République En Marche (LREM) | FRA | POL | | Macron's party La République En Marche (LREM) lost its absolute majority in parliament last month after several MPs defected to form independent groups, a public reproach that was all the more jarring amid the government's calls for “unity” during the COVID-19 crisis.
https://www.usaid.gov/weekly/ju1-1-2022 | 2022-07-01 | USAID | USA | GOV | | USAID announced nearly $55 million in humanitarian assistance to help survivors of the devastating earthquake in Afghanistan.
https://www.usaid.gov/weekly/ju1-1-2022 | 2022-07-01 | President Biden | USA | GOV | | During the G7 Leaders’ Summit in Germany, President Biden pledged an additional $2.76 billion to fight the escalating global food security crisis.
https://www.usaid.gov/weekly/ju1-1-2022 | 2022-07-01 | Administrator Power | USA | GOV | | Administrator Power traveled to Zambia & Malawi to see the impact Russia’s war on Ukraine is having on food security in the region.
https://www.usaid.gov/news-information/press-releases/09-21-2022-administrator-samantha-power-attends-united-nations-general-assembly | 2022-09-21 | Armenia’s Foreign Minister Ararat Mirzoyan | ARM | GOV | | In a meeting with Armenia’s Foreign Minister Ararat Mirzoyan, Administrator Power discussed USAID’s intent to work with the Armenian government to find new ways to help build on the democratic gains achieved to date.
https://www.usaid.gov/news-information/press-releases/09-21-2022-administrator-samantha-power-attends-united-nations-general-assembly | 2022-09-21 | Hakainde Hichilema, President of the Republic of Zambia | ZMB | GOV | | The Administrator also met with Hakainde Hichilema, President of the Republic of Zambia.
https://japannews.yomiuri.co.jp/politics/defense-security/20230831-133496 | 2023-08-31 | Prime Minister Fumio Kishida | JPN | GOV | | Prime Minister Fumio Kishida on Thursday condemned North Korea for firing ballistic missiles that are believed to have fallen into the Sea of Japan, outside Japan’s exclusive economic zone.
https://japannews.yomiuri.co.jp/politics/defense-security/20230831-133496 | 2023-08-31 | the Korean Central News Agency | PRK | MED | | According to the Korean Central News Agency on Thursday, the General Staff of the Korean People’s Army announced that North Korea had conducted a tactical nuclear strike drill, launching two ballistic missiles from an airfield in Pyongyang.
https://japannews.yomiuri.co.jp/politics/defense-security/20230831-133496 | 2023-08-31 | the General Staff of the Korean People’s Army | PRK | MIL | | According to the Korean Central News Agency on Thursday, the General Staff of the Korean People’s Army announced that North Korea had conducted a tactical nuclear strike drill, launching two ballistic missiles from an airfield in Pyongyang.
https://japannews.yomiuri.co.jp/politics/defense-security/20230831-133496 | 2023-08-31 | U.S. Press Secretary Karine Jean-Pierre | USA | GOV | | U.S. Press Secretary Karine Jean-Pierre said at a press conference Wednesday that the United States condemns the ballistic missile launch.
https://japannews.yomiuri.co.jp/politics/defense-security/20230316-97657/ | 2023-03-16 | Japan’s Defense Ministry | JPN | GOV | | North Korea fired what appeared to be a long-range intercontinental ballistic missile eastward from the outskirts of Pyongyang early Thursday morning, Japan’s Defense Ministry said.
https://japannews.yomiuri.co.jp/politics/defense-security/20230316-97657/ | 2023-03-16 | South Korea’s Joint Chiefs of Staff | KOR | MIL | | According to South Korea’s Joint Chiefs of Staff, the missile was launched from the Sunan area, north of Pyongyang.
https://japannews.yomiuri.co.jp/politics/defense-security/20230316-97657/ | 2023-03-16 | South Korean President Yoon Suk Yeol | KOR | GOV | | On Thursday afternoon, the prime minister met with South Korean President Yoon Suk Yeol, who was making his first visit to Japan since assuming office.
https://www.thetimes.co.uk/article/japan-vows-to-shoot-down-north-korean-rockets-g7kkhx0m2 | 2023-05-29 | Kim Jong-un, the supreme leader of North Korea | PRK | GOV | | Kim Jong-un, the supreme leader of North Korea, said last month that his country had built its first military spy satellite and was preparing to launch it to counter the United States and South Korea.
https://www.hurriyetdailynews.com/new-turkish-cypriot-president-sworn-into-office-159409 | 2020-10-23 | Ersin Tatar, the newly elected president of the Turkish Republic of Northern Cyprus (TRNC) | CYP | GOV | | Ersin Tatar, the newly elected president of the Turkish Republic of Northern Cyprus (TRNC), was sworn into office on Oct. 23.
https://www.hurriyetdailynews.com/new-turkish-cypriot-president-sworn-into-office-159409 | 2020-10-23 | Fuat Oktay, the Turkish vice president | TUR | GOV | | Representing Turkey at the ceremony was Fuat Oktay, the Turkish vice president.
https://www.sbs.com.au/language/greek/en/podcast-episode/new-leader-of-the-turkish-cypriots-is-ersin-tatar-sbs-greek-19-10-20/dficr9ivl | 2020-10-19 | The newly elected Turkish Cypriot leader Ersin Tatar | CYP | GOV | | The newly elected Turkish Cypriot leader Ersin Tatar.
"""


HERE = Path(__file__).resolve().parent
OUT = HERE / "actor_mentions.jsonl"
SECTORS = set("GOV LEG JUD MIL COP SPY POL OPP REB CVL MED BUS NGO REF REL EDU UAF CRM".split())
_DATELINE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}\s+")
_SENT = re.compile(r"(?<=[.!?\]\"”])\s+(?=[A-Z\"“(])")


def _rows(table: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("|")] for line in table.strip().splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _sentence(text: str, mention: str) -> str:
    text = _DATELINE.sub("", re.sub(r"\s+", " ", text).strip())
    sents = _SENT.split(text)
    for width in (1, 2, 3):  # an abbreviation ("Mansur M. Dan-Ali") can split a sentence
        for i in range(len(sents)):
            s = " ".join(sents[i:i + width])
            if mention in s:
                return s.strip()
    raise ValueError(f"mention not found in text: {mention!r}")


def _shared(argv: list[str]) -> Path:
    env = os.environ.get("FLASHPOINT_SHARED")
    cands = [Path(a) for a in argv[1:2]] + ([Path(env)] if env else []) + [HERE.parents[2] / "shared"]
    for c in cands:
        if (c / "corpus" / "wikinews").is_dir():
            return c
    raise SystemExit("shared/ not found: pass its path as the first argument")


def _item(n: int, kind: str, query: str, date: str, context: str, country: str, sector: str, org: str,
          source: str) -> dict:
    if sector not in SECTORS:
        raise ValueError(f"{query!r}: unknown sector {sector}")
    if not (re.fullmatch(r"[A-Z]{3}", country)):
        raise ValueError(f"{query!r}: country must be ISO3, IGO or NGO")
    if query not in context:
        raise ValueError(f"{query!r} is not in its sentence")
    d = {"id": f"act-{kind}-{n:03d}", "query": query, "date": date, "context": context, "country": country,
         "sector": sector}
    if org:
        d["org"] = org
    d["source"] = source
    return d


def build(shared: Path) -> list[dict]:
    items: list[dict] = []
    articles = []
    for f in sorted((shared / "corpus" / "wikinews").glob("wikinews_*.csv")):
        with f.open(newline="", encoding="utf-8") as fh:
            articles += list(csv.DictReader(fh))
    for n, (key, query, country, sector, *rest) in enumerate(_rows(WIKINEWS), 1):
        hits = [a for a in articles if key in a["url"]]
        if len(hits) != 1:
            raise ValueError(f"Wikinews key {key!r} matches {len(hits)} articles")
        a = hits[0]
        url = a["url"].replace("org//wiki/", "org/wiki/")
        items.append(_item(n, "wn", query, a["date"], _sentence(a["text"], query), country, sector,
                           (rest or [""])[0], url))
    gwn = {a.get("file"): a for a in ET.parse(shared / "gold" / "geo" / "GWN.xml").getroot().iter("article")}
    for n, (fid, date, query, country, sector, *rest) in enumerate(_rows(GWN), 1):
        a = gwn[fid]
        items.append(_item(n, "gwn", query, date, _sentence(a.findtext("text") or "", query), country, sector,
                           (rest or [""])[0], (a.findtext("link") or "").strip()))
    for n, (url, date, query, country, sector, org, context) in enumerate(_rows(WEB), 1):
        items.append(_item(n, "web", query, date, context, country, sector, org, url))
    seen = set()
    for it in items:
        k = (it["query"], it["date"], it["source"])
        if k in seen:
            raise ValueError(f"duplicate mention {k}")
        seen.add(k)
    return items


def main(argv: list[str]) -> None:
    items = build(_shared(argv))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# flashpoint actor-mention gold (issue 13), frozen; built by tests/gold/build_actor_gold.py. "
                 "Schema: docs/gold-format.md#actors; conventions: docs/annotation-guidelines.md\n")
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{len(items)} mentions, {len({i['country'] for i in items})} country codes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
