"""Hand annotations for the actor-mention DEV set (read by build_actor_dev.py).

WIKINEWS_ITEMS: (title substring of a bundled Wikinews article, mention, country, sector[, org]);
the date and the sentence come from the article (corpus/wikinews_*.csv, CC BY 2.5).
PAGES: (mention, date of the text, sentence quoted from the page, country, sector, URL[, org]).
Codes follow docs/annotation-guidelines.md ("Actor mentions"): roles as held on the text's date.
"""

WIKINEWS_ITEMS = [
    # 2019-01-04 Pelosi elected Speaker
    ("Nancy Pelosi again elected Speaker", "Nancy Pelosi", "USA", "LEG"),
    ("Nancy Pelosi again elected Speaker", "President Donald Trump", "USA", "GOV"),
    ("Nancy Pelosi again elected Speaker", "the Senate", "USA", "LEG"),
    # 2019-01-16 Lion Air
    ("Lion Air disaster", "The National Transportation Safety Committee of Indonesia", "IDN", "GOV"),
    ("Lion Air disaster", "Lion Air", "IDN", "BUS"),
    # 2019-02-05 Aleppo
    ("Block of flats collapses in Aleppo", "Syrian President Bashar al-Assad", "SYR", "GOV"),
    # 2019-02-17 Goa
    ("Francis D'Souza, former Deputy", "Goa's government", "IND", "GOV"),
    ("Francis D'Souza, former Deputy", "Damodar Naik, spokesperson for the Bharatiya Janata Party", "IND", "POL"),
    ("Francis D'Souza, former Deputy", "Chief Minister Manohar Parrikar", "IND", "GOV"),
    ("Francis D'Souza, former Deputy", "State Congress President Girish Chodankar", "IND", "POL"),
    ("Francis D'Souza, former Deputy", "The Aam Aadmi Party in Goa", "IND", "POL"),
    # 2019-02-18 Chittagong
    ("Fire kills nine, injures dozens in Chittagong", "Jasim Uddin, a spokesperson for the fire service", "BGD", "GOV"),
    # 2019-02-21 sixteen states
    ("Sixteen states sue", "the U.S. Treasury Department", "USA", "GOV"),
    ("Sixteen states sue", "Al Jazeera", "QAT", "MED"),
    # 2019-03-02 Bradford
    ("Nine jailed over sexual abuse", "Bradford Council", "GBR", "GOV"),
    # 2019-03-17 Christchurch
    ("New Zealand mosque murder suspect", "Christchurch District Court", "NZL", "JUD"),
    ("New Zealand mosque murder suspect", "New Zealand Prime Minister Jacinda Ardern", "NZL", "GOV"),
    ("New Zealand mosque murder suspect", "the Deakin University", "AUS", "EDU"),
    # 2019-03-28 anti-Brexit march
    ("Thousands march in anti-Brexit", "Sadiq Khan", "GBR", "GOV"),
    ("Thousands march in anti-Brexit", "First Minister of Scotland Nicola Sturgeon", "GBR", "GOV"),
    ("Thousands march in anti-Brexit", "Prime Minister Theresa May", "GBR", "GOV"),
    # 2019-04-16 Notre Dame
    ("Notre Dame in Paris catches fire", "The French Civil Security service", "FRA", "GOV"),
    ("Notre Dame in Paris catches fire", "President Emmanuel Macron", "FRA", "GOV"),
    # 2019-09-11 prorogation
    ("suspends parliament for five weeks", "Taoiseach Leo Varadkar", "IRL", "GOV"),
    ("suspends parliament for five weeks", "Opposition leader Jeremy Corbyn", "GBR", "OPP"),
    ("suspends parliament for five weeks", "Members of the House of Commons", "GBR", "LEG"),
    ("suspends parliament for five weeks", "Queen Elizabeth II", "GBR", "GOV"),
    # 2019-09-12 Bolton
    ("ousts national security advisor Bolton", "Mike Pompeo", "USA", "GOV"),
    ("ousts national security advisor Bolton", "the Afghan Taliban", "AFG", "REB"),
    # 2019-09-17 Hamza bin Laden
    ("Osama bin Laden's son killed", "The US State Department", "USA", "GOV"),
    ("Osama bin Laden's son killed", "US special forces", "USA", "MIL"),
    # 2019-09-24 UK Supreme Court
    ("UK Supreme Court rules prorogation", "the Supreme Court of the United Kingdom", "GBR", "JUD"),
    ("UK Supreme Court rules prorogation", "President Brenda Hale", "GBR", "JUD"),
    ("UK Supreme Court rules prorogation", "the Court of Session in Scotland", "GBR", "JUD"),
    ("UK Supreme Court rules prorogation", "The High Court of England and Wales", "GBR", "JUD"),
    # 2019-10-02 Hong Kong shooting
    ("Police shoot teenage protester", "Amnesty International", "NGO", "NGO"),
    ("Police shoot teenage protester", "RTHK", "HKG", "MED"),
    # 2019-10-10 Sacoolas
    ("UK urges US to waive immunity", "Prime Minister Boris Johnson", "GBR", "GOV"),
    ("UK urges US to waive immunity", "Northamptonshire police", "GBR", "COP"),
    ("UK urges US to waive immunity", "the Royal Air Force", "GBR", "MIL"),
    ("UK urges US to waive immunity", "the US Air Force", "USA", "MIL"),
    ("UK urges US to waive immunity", "the American ambassador", "USA", "GOV"),
    # 2019-10-17 dark web
    ("Hundreds arrested for 'dark web'", "United States Attorney Jessie K. Liu", "USA", "JUD"),
    ("Hundreds arrested for 'dark web'", "the UK's National Crime Agency", "GBR", "COP"),
    ("Hundreds arrested for 'dark web'", "South Korea's National Police Agency", "KOR", "COP"),
    # 2019-11-10 rockets near Mosul
    ("Coalition authorities report no casualties", "the Iraqi Security Forces", "IRQ", "MIL"),
    ("Coalition authorities report no casualties", "Iraqi military", "IRQ", "MIL"),
    ("Coalition authorities report no casualties", "Protesters", "IRQ", "CVL"),
    # 2019-11-27 Hong Kong district councils
    ("Hundreds of Hong Kong district council seats", "Hong Kongers", "HKG", "CVL"),
    ("Hundreds of Hong Kong district council seats", "Chinese University political scientist Ma Ngok", "HKG", "EDU"),
    # 2019-12-16 UK election
    ("Conservative Party wins majority", "The Scottish National Party (SNP)", "GBR", "POL"),
    ("Conservative Party wins majority", "The Brexit Party", "GBR", "POL"),
    ("Conservative Party wins majority", "The Labour Party's leader, Jeremy Corbyn", "GBR", "OPP"),
    # 2020-01-01 Samoa
    # 2020-01-05 Soleimani
    ("United States military kills Qasem Soleimani", "Qasem Soleimani, head of Iran's Quds Force", "IRN", "MIL"),
    ("United States military kills Qasem Soleimani", "The Iranian Revolutionary Guard Corps", "IRN", "MIL"),
    ("United States military kills Qasem Soleimani", "Sayyid Ali Hosseini Khamenei", "IRN", "GOV"),
    ("United States military kills Qasem Soleimani", "Israeli Prime Minister Benjamin Netanyahu", "ISR", "GOV"),
    ("United States military kills Qasem Soleimani", "The United States Embassy in Iraq", "USA", "GOV"),
    # 2020-01-28 Germany coronavirus
    ("German authorities confirm first case", "the Bavarian State Ministry of Public Health and Health Care", "DEU", "GOV"),
    # 2020-02-05 Streatham
    ("Police shoot man dead after 'terrorist-related'", "PA Media", "GBR", "MED"),
    # 2020-02-10 Wuhan
    ("First foreigners die from coronavirus", "the U.S. embassy in Beijing", "USA", "GOV"),
    ("First foreigners die from coronavirus", "Chinese authorities", "CHN", "GOV"),
    ("First foreigners die from coronavirus", "Japanese officials", "JPN", "GOV"),
    ("First foreigners die from coronavirus", "Chinese citizens", "CHN", "CVL"),
    ("First foreigners die from coronavirus", "The government of China", "CHN", "GOV"),
    # 2020-05-25 Basilashvili
    ("Georgian tennis player Nikoloz Basilashvili", "The Tbilisi city court", "GEO", "JUD"),
    # 2020-06-11 Tamil Nadu
    ("Police arrest twelve after explosives", "Narikuravars", "IND", "CVL"),
    # 2020-07-02 Iran warrants
    ("Iran issues arrest warrants", "Fars", "IRN", "MED"),
    ("Iran issues arrest warrants", "ISNA", "IRN", "MED"),
    ("Iran issues arrest warrants", "the prosecutor general of Tehran, Ali Alghasi Mehr", "IRN", "JUD"),
    ("Iran issues arrest warrants", "US Special Representative for Iran Brian Hook", "USA", "GOV"),
    # 2020-11-17 Washington DC
    ("Violence breaks out in Washington", "the capital city's Democratic mayor Muriel Bowser", "USA", "GOV"),
    ("Violence breaks out in Washington", "former US Vice-President Joe Biden", "USA", "POL"),
]

PAGES = [
    # Kenya, finance-bill protests (June 2024)
    ("U.S. Secretary of State Antony Blinken", "2024-06-26",
     "U.S. Secretary of State Antony Blinken spoke with Ruto following the clashes, urging restraint.",
     "USA", "GOV", "https://emmanuelsblog.com.ng/2024/06/kenyan-president-has-decided-against-signing-a-contentious-finance-bill-that-has-reportedly-resulted-in-the-deaths-of-at-least-23-people-during-mass-protests.html"),
    ("Ruto", "2024-06-26", "“The people have spoken,” Ruto said.", "KEN", "GOV",
     "https://emmanuelsblog.com.ng/2024/06/kenyan-president-has-decided-against-signing-a-contentious-finance-bill-that-has-reportedly-resulted-in-the-deaths-of-at-least-23-people-during-mass-protests.html"),
    ("Protesters in Kenya", "2024-06-26",
     "Protesters in Kenya have affirmed their intention to proceed with a “One Million People March” on Thursday, despite Deputy President Ruto’s acceptance of their main demand to scrap the bill.",
     "KEN", "CVL", "https://emmanuelsblog.com.ng/2024/06/kenyan-president-has-decided-against-signing-a-contentious-finance-bill-that-has-reportedly-resulted-in-the-deaths-of-at-least-23-people-during-mass-protests.html"),
    ("the Kenya Human Rights Commission", "2024-06-25",
     "Along with Amnesty International, several other organizations like the Kenya Human Rights Commission and the Kenya Law Society have accused police of abducting dozens of Kenyans.",
     "KEN", "NGO", "https://marseillenews.org/?p=135733"),
    ("dozens of Kenyans", "2024-06-25",
     "Along with Amnesty International, several other organizations like the Kenya Human Rights Commission and the Kenya Law Society have accused police of abducting dozens of Kenyans.",
     "KEN", "CVL", "https://marseillenews.org/?p=135733"),
    # DR Congo, M23 offensive (January 2025)
    ("an army spokesperson", "2025-01-24",
     "A Congolese military governor was killed by rebels from the Rwanda-backed M23, as confirmed by an army spokesperson.",
     "COD", "MIL", "https://www.giornaledibrescia.it/italia-e-estero/afp-uditi-colpi-di-artiglieria-pesante-a-goma-gf7t368y"),
    # Sudan war
    ("General Abdel Fattah Al-Burhan", "2023-08-16",
     "In a rare video appearance. head of the Sudanese Armed Forces, General Abdel Fattah Al-Burhan, blasted the Rapid Support Forces (RSF) paramilitary group led by Hemedti, accusing them of committing 'war crimes'.",
     "SDN", "GOV", "https://www.middleeastmonitor.com/20230816-sudans-burhan-rsf-have-committed-every-possible-crime/"),
    ("Hemedti", "2023-08-16",
     "In a rare video appearance. head of the Sudanese Armed Forces, General Abdel Fattah Al-Burhan, blasted the Rapid Support Forces (RSF) paramilitary group led by Hemedti, accusing them of committing 'war crimes'.",
     "SDN", "REB", "https://www.middleeastmonitor.com/20230816-sudans-burhan-rsf-have-committed-every-possible-crime/"),
    ("the Sudanese military", "2025-05-25",
     "The cataclysmic battle for supremacy has pitted the Sudanese military, controlled by the country's top commander, Gen. Abdel-Fattah Burhan, against the paramilitary Rapid Support Forces (RSF), led by his former deputy, Gen. Mohammed Hamdan Daglo Mousa — a former camel dealer widely known as Hemedti.",
     "SDN", "MIL", "https://www.daily8.com/en/hashtag/Abdel-FattahBurhan"),
    ("the paramilitary Rapid Support Forces (RSF)", "2025-05-25",
     "The cataclysmic battle for supremacy has pitted the Sudanese military, controlled by the country's top commander, Gen. Abdel-Fattah Burhan, against the paramilitary Rapid Support Forces (RSF), led by his former deputy, Gen. Mohammed Hamdan Daglo Mousa — a former camel dealer widely known as Hemedti.",
     "SDN", "REB", "https://www.daily8.com/en/hashtag/Abdel-FattahBurhan"),
    ("RSF gunmen", "2025-05-25",
     "'You just have to walk' Around seven months pregnant with her first child, Abeir Abdelrahman said she was resigned to losing her baby as she fled her home in the Jabra neighborhood in the south of Sudan's capital, Khartoum, which had been overrun by RSF gunmen in September 2023, five months after the fighting began.",
     "SDN", "REB", "https://www.daily8.com/en/hashtag/Abdel-FattahBurhan"),
]


def _page(url, date, *mentions):
    """One cited page: each mention is (query, sentence, country, sector[, org])."""
    for query, sentence, country, sector, *org in mentions:
        PAGES.append((query, date, sentence, country, sector, url, *org))


# Russia-China foreign ministers, G20 Johannesburg (20 February 2025)
_s1 = ("Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi met on Thursday and discussed topics "
       "that included ties with the US and the Ukranian conflict, Russian state media reported.")
_s2 = ("While Rubio was joined by National Security Advisor Mike Waltz and Special Envoy Ambassador Steve Witkoff, "
       "Lavrov was joined by Russian Aide to President Putin, Yuri Ushakov.")
_page("https://www.business-standard.com/amp/india-news/g20-summit-russia-chinese-foreign-ministers-discuss-ties-with-us-125022001334_1.html",
      "2025-02-20",
      ("Russian Foreign Minister Sergei Lavrov", _s1, "RUS", "GOV"),
      ("Wang Yi", _s1, "CHN", "GOV"),
      ("TASS news agency", "Lavrov said that he will meet with Wang Yi again in Moscow soon, TASS news agency cited the Russian "
       "foreign minister as saying during talks with his Chinese counterpart on the sidelines of the G20 ministerial meeting in South Africa.",
       "RUS", "MED"),
      ("US Secretary of State Marco Rubio", "US Secretary of State Marco Rubio met with Russian Foreign Minister Sergei Lavrov on "
       "February 18 in Riyadh, Saudi Arabia as a follow-up to President Donald Trump's conversation with Russian President Vladimir "
       "Putin on February 12.", "USA", "GOV"),
      ("National Security Advisor Mike Waltz", _s2, "USA", "GOV"),
      ("Special Envoy Ambassador Steve Witkoff", _s2, "USA", "GOV"),
      ("Yuri Ushakov", _s2, "RUS", "GOV"),
      ("EU foreign policy chief Kaja Kallas", "Chinese foreign minister Wang Yi held bilateral meetings with several top European "
       "officials, including EU foreign policy chief Kaja Kallas during the during the 61st Munich Security Conference (MSC) in "
       "Munich on February 15", "IGO", "GOV", "EU"),
      )
_s3 = ("The top diplomats discussed in depth the implementation of agreements made by Russian President Vladimir Putin and his "
       "Chinese counterpart Xi Jinping during their meeting in Moscow in May.")
_page("https://www.northkoreatimes.com/news/278442385/russian-and-chinese-top-diplomats-hold-talks", "2025-07-13",
      ("Russian President Vladimir Putin", _s3, "RUS", "GOV"),
      ("Xi Jinping", _s3, "CHN", "GOV"),
      ("the Chinese Foreign Ministry", "Wang noted that the bond between Russia and China is the most stable, mature and "
       "strategically valuable among any of the world's major nations today, the Chinese Foreign Ministry said in a statement on Sunday.",
       "CHN", "GOV"),
      ("the Foreign Ministry in Moscow", "Russian Foreign Minister Sergey Lavrov met with his Chinese counterpart Wang Yi in Beijing "
       "on Sunday to discuss closer cooperation and global challenges, the Foreign Ministry in Moscow has announced in a statement.",
       "RUS", "GOV"),
      )
_page("https://www.devdiscourse.com/article/international/3272228-diplomatic-dialogues-lavrov-and-wang-yi-chart-course-amid-global-tensions",
      "2025-02-20",
      ("South African President Ramaphosa", "Meanwhile, South African President Ramaphosa highlighted the G20's significance and "
       "urged reforms in global governance structures for better inclusivity.", "ZAF", "GOV"))
# Peru, January 2023 (Crisis Group monthly tracker; each entry dated in its sentence)
_peru = "https://www.crisisgroup.org/latin-america-caribbean/peru"
_page(_peru, "2023-01-13", ("Boluarte", "Boluarte 13 Jan apologised for violence but insisted she would not resign nor call "
                            "constitutional assembly.", "PER", "GOV"))
_page(_peru, "2023-01-21", ("Police", "Police 21 Jan arrested well over 200 demonstrators who had stormed university in Lima day before.",
                            "PER", "COP"))
_page(_peru, "2023-01-10", ("Prosecutor’s office", "Prosecutor’s office 10 Jan opened investigation against Boluarte and members "
                            "of her cabinet for alleged crimes of “genocide, aggravated homicide and serious injuries”.", "PER", "JUD"))
# Pakistan, Balochistan
_page("https://www.urdupoint.com/en/pakistan/pm-shehbaz-condemns-bla-terror-attack-in-mach-1975251.html", "2025-05-06",
      ("Prime Minister Muhammad Shehbaz Sharif", "Prime Minister Muhammad Shehbaz Sharif on Tuesday strongly condemned the cowardly "
       "terrorist attack on a security forces vehicle in Mach, Balochistan’s Kachhi district, carried out by the Indian-backed proxy "
       "and so-called Baloch Liberation Army (BLA)", "PAK", "GOV"),
      ("Baloch Liberation Army", "Prime Minister Muhammad Shehbaz Sharif on Tuesday strongly condemned the cowardly "
       "terrorist attack on a security forces vehicle in Mach, Balochistan’s Kachhi district, carried out by the Indian-backed proxy "
       "and so-called Baloch Liberation Army (BLA)", "PAK", "REB"),
      ("Pakistan’s valiant armed forces", "He reaffirmed that Pakistan’s valiant armed forces are always ready to thwart the evil "
       "designs of the enemy.", "PAK", "MIL"))
_page("https://devdiscourse.com/article/law-order/3068566-pakistans-military-strikes-back-intelligence-operations-in-balochistan",
      "2024-08-30",
      ("Pakistan's military", "Pakistan's military has launched intelligence-based operations in Balochistan after insurgent attacks "
       "killed over 50 people this week, according to an army statement on Friday.", "PAK", "MIL"),
      ("Ethnic Baloch insurgents", "Ethnic Baloch insurgents coordinated a string of attacks earlier this week, with the Baloch "
       "Liberation Army (BLA) claiming responsibility.", "PAK", "REB"),
      ("Prime Minister Shahbaz Sharif", "Prime Minister Shahbaz Sharif asserted the attacks aimed to destabilize the China-Pakistan "
       "Economic Corridor (CPEC), valuing over $65 billion.", "PAK", "GOV"),
      ("Beijing", "Beijing has condemned the violence.", "CHN", "GOV"))
# Myanmar, Operation 1027
_s4 = ("At the same time, the \"Three Brothers Alliance\", comprising the Kokang Myanmar National Democratic Alliance Army (MNDAA), "
       "the Ta'ang National Liberation Army (TNLA) and the Arakan Army (AA), launched the so-called \"Operation 27\" to capture "
       "passages, towns and other military targets in the northern part of the border state on the China-Myanmar border, with "
       "unprecedented success, and even the junta leader Min Aung Hlaing warned that the country could fall into secession.")
_page("https://www.txtreport.com/news/2023-11-28-myanmar-civil-war--civilian-force%7Carakan-army-southwest-assists-can-the-fate-of-the-rohingya-take-a-turn-.HJQDlVXSa.html",
      "2023-11-28",
      ("the Ta'ang National Liberation Army (TNLA)", _s4, "MMR", "REB"),
      ("the Arakan Army (AA)", _s4, "MMR", "REB"),
      ("the junta leader Min Aung Hlaing", _s4, "MMR", "GOV"),
      ("the Kachin Independence Army (KIA)", "The success of Operation 1027 was quickly echoed by other militias, from the Kachin "
       "Independence Army (KIA) in Kachin State in northern Myanmar to the Karen armed forces in Kayah State on the border between "
       "eastern Myanmar and Thailand, and from the Chin-State Civilian Armed Forces in western Myanmar to the Arakan Army in Rakhine "
       "State.", "MMR", "REB"))
# Houthis and the Red Sea
_page("https://www.israelnationalnews.com/news/405227", "2025-03-11",
      ("The Houthi rebels in Yemen", "The Houthi rebels in Yemen announced on Tuesday evening that they will attack any ship that "
       "violates the group's ban on Israeli vessels passing through the Red and Arabian seas, the Bab al-Mandab Strait, and the Gulf "
       "of Aden, effective immediately.", "YEM", "REB"),
      ("Yahya Saree", "The \"ban on the passage of all Israeli ships\" will continue \"until the crossings to the Gaza Strip are "
       "reopened and aid, food, and medicine are allowed in,\" said the Houthis’ military spokesperson, Yahya Saree.", "YEM", "REB"),
      ("Al-Arabiya", "Earlier on Tuesday evening, Al-Arabiya reported that the United States attacked Houthi radar facilities and "
       "weapons storage sites in the port of Al-Hudaydah in Yemen.", "SAU", "MED"),
      ("the Israel Air Force", "Kan 11 News reported that, due to concerns over drone and ballistic missile launches from Yemen, the "
       "Israel Air Force raised its alert level and strengthened its air defense system, including deploying fighter jets into the "
       "air for the mission of defending the country's skies.", "ISR", "MIL"),
      ("Kan 11 News", "Kan 11 News reported that, due to concerns over drone and ballistic missile launches from Yemen, the "
       "Israel Air Force raised its alert level and strengthened its air defense system, including deploying fighter jets into the "
       "air for the mission of defending the country's skies.", "ISR", "MED"),
      ("Abdul-Malik al-Houthi", "The statement came one day after the group’s leader, Abdul-Malik al-Houthi, threatened that the "
       "organization may resume its attacks against Israel after it halted humanitarian aid to the Gaza Strip.", "YEM", "REB"))
_page("https://ironbladeonline.com/a-french-warship-shot-down-two-drones-from-yemen-in-the-red-sea/", "2023-12-10",
      ("A French warship", "A French warship shot down two drones on a nighttime patrol in the Red Sea off Houthi rebel-held northern "
       "Yemen, which threatens to disrupt traffic along the strategic sea route as part of the conflict between Israel and Hamas.",
       "FRA", "MIL"),
      ("The General Staff of the Armed Forces", "The General Staff of the Armed Forces pointed out in a press release that the "
       "multi-mission warship Languedoc, operating in the Red Sea, shot down these drones.", "FRA", "MIL"),
      ("Houthi rebels in Yemen", "Houthi rebels in Yemen have been carrying out several attacks targeting the Jewish state since the "
       "start of the war between Israel and Hamas.", "YEM", "REB"))
_page("https://covidnews.how/war-between-israel-and-hamas-houthis-launch-more-missiles-at-u-s-ships", "2024-01-16",
      ("Sunak", "Sunak says steps taken in support of Houthi goals show Britain will back up its words with actions.", "GBR", "GOV"),
      ("the U. S. military’s Central Command", "An anti-shipment ballistic missile fired through Houthi fighters hit a U. S. shipment "
       "off the coast of Yemen on Monday, but the shipment and its equipment were seriously wounded, according to the U. S. "
       "military’s Central Command.", "USA", "MIL"),
      ("the Iranian-backed Houthi militia", "The U.S. military said the Iranian-backed Houthi militia struck an American-owned "
       "container ship, a day after a missile aimed at a Navy destroyer was shot down.", "YEM", "REB"))
# Armenia and Azerbaijan
_page("https://armenianclub.com/2024/02/25/armenias-csto-participation-frozen-amid-russias-open-call-for-government-overthrow",
      "2024-02-25",
      ("Pashinyan", "Pashinyan accused Baku of viewing Armenia as ‘Western Azerbaijan’ and preparing for an invasion of Armenia.",
       "ARM", "GOV"),
      ("Baku", "Pashinyan accused Baku of viewing Armenia as ‘Western Azerbaijan’ and preparing for an invasion of Armenia.",
       "AZE", "GOV"),
      ("Ilham Aliyev", "“Ilham Aliyev doesn’t want a peace agreement based on mutual recognition of territorial integrity.",
       "AZE", "GOV"),
      ("the Karabakh parliament", "On September 9, 2023, the Karabakh parliament elected 45-year-old Samvel Shahramanyan as the new "
       "president of the republic.", "AZE", "LEG"))
_page("https://world-today-news.com/?p=3876295", "2023-05-25",
      ("Yerevan", "He added that Yerevan is ready to “open all transport lines in Armenia.”", "ARM", "GOV"),
      ("Armenian Prime Minister Nikol Pashinyan", "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met "
       "separately with Russian President Vladimir Putin ahead of the launch of the trilateral talks, with Russia’s participation, "
       "late Thursday.", "ARM", "GOV"),
      ("Azerbaijani President Ilham Aliyev", "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met "
       "separately with Russian President Vladimir Putin ahead of the launch of the trilateral talks, with Russia’s participation, "
       "late Thursday.", "AZE", "GOV"))
_page("https://azatutyun.am/amp/29519246.html", "2018-10-01",
      ("Hikmet Hajiyev", "Aliyev’s top foreign policy aide, Hikmet Hajiyev, said nothing about these understandings when he commented "
       "on the Dushanbe contact on Monday.", "AZE", "GOV"),
      ("the Trend news agency", "In an interview with the Trend news agency, Hajiyev also said the conversation showed that "
       "Azerbaijan and Armenia, rather than Karabakh’s ethnic Armenian representatives, remain the main negotiating parties in the "
       "conflict.", "AZE", "MED"))
_page("https://azerbaijannewsgazette.com/armenias-prime-minister-says-hes-ready-to-meet-azerbaijans-president-for-talks-on-karabakh/",
      "2021-10-03",
      ("the Azerbaijani Army", "Pashinian also said that he is ready to hand all mine maps to the Azerbaijani side in exchange for "
       "Armenian military personnel captured by the Azerbaijani Army during last year’s 44-day war.", "AZE", "MIL"),
      ("Armenian Prime Minister Nikol Pashinian", "Armenian Prime Minister Nikol Pashinian has expressed readiness to meet Azerbaijani "
       "President Ilham Aliyev to discuss further steps to regulate the situation in the disputed Nagorno-Karabakh region.",
       "ARM", "GOV"))
# Haiti and the Kenya-led mission
_page("https://tribune.net.ph/2024/08/29/haiti-gangs-not-worried-by-kenyan-police", "2024-08-29",
      ("the Kenyan police", "Yet the Kenyan police — now numbering 400 — and their Haitian counterparts have not recaptured any gang "
       "strongholds, with frustration palpable among city residents.", "KEN", "COP"),
      ("motorcycle taxi driver Watson Laurent", "“The abuse from the gangs continues, and the bandits aren’t even worried,” "
       "motorcycle taxi driver Watson Laurent, 39, told Agence France-Presse, adding he had been in favor of the international "
       "intervention.", "HTI", "CVL"),
      ("Agence France-Presse", "“The abuse from the gangs continues, and the bandits aren’t even worried,” "
       "motorcycle taxi driver Watson Laurent, 39, told Agence France-Presse, adding he had been in favor of the international "
       "intervention.", "FRA", "MED"))
_page("https://decuypere.com/news/world/kenyan-police-contingent-arrives-in-haiti-as-protests-roil-nairobi/ar-BB1oT1Iu", "2024-06-25",
      ("United States President Joe Biden", "“I commend — and am deeply grateful to — all the countries that have pledged personnel "
       "and financial support to this mission,” United States President Joe Biden said in a statement on Tuesday, noting that the US "
       "also provided $360m in support.", "USA", "GOV"),
      ("Haitian Prime Minister Garry Conille", "Haitian Prime Minister Garry Conille, however, praised the effort in remarks earlier "
       "on Tuesday.", "HTI", "GOV"),
      ("the Global Initiative Against Transnational Organized Crime", "“What is going to happen vis-a-vis the gangs?” said Romain Le "
       "Cour Grandmaison, a senior expert at the Global Initiative Against Transnational Organized Crime.", "NGO", "NGO"),
      ("Monica Juma, a security adviser to Kenyan President William Ruto", "Speaking alongside Conille was Monica Juma, a security "
       "adviser to Kenyan President William Ruto.", "KEN", "GOV"))
_page("https://www.kbc.co.ke/kenyan-police-register-success-in-haiti-peace-mission-nps/?utm_source=rss&utm_medium=rss&utm_campaign=kenyan-police-register-success-in-haiti-peace-mission-nps",
      "2024-07-28",
      ("the National Police Service (NPS)", "Kenyan police officers leading the Haiti peace mission are making major progress in "
       "combating gang activities and restoring security in the Caribbean nation, the National Police Service (NPS) has said.",
       "KEN", "COP"),
      ("the Haitian National Police (HNP)", "According to NPS, the Multinational Security Support (MSS) Mission team, comprising "
       "Kenyan officers and the Haitian National Police (HNP) has recaptured the Autorité Portuaire Nationale (APN) port from gangs.",
       "HTI", "COP"),
      ("the Head of Haiti’s Presidential Transition Council, Mr. Edgard Leblanc Fils", "On July 26, 2024, the Head of Haiti’s "
       "Presidential Transition Council, Mr. Edgard Leblanc Fils, paid a visit to the MSS Force.", "HTI", "GOV"),
      ("Ambassador Linda Thomas-Greenfield, the United States ambassador to the United Nations", "Earlier in the month, Ambassador "
       "Linda Thomas-Greenfield, the United States ambassador to the United Nations, also visited the team.", "USA", "GOV"))
# Bangladesh and the Rohingya
_page("https://www.democracynow.org/2024/8/19/headlines/bangladeshs_interim_leader_muhammad_yunus_vows_to_help_rohingya_refugees_who_fled_burma",
      "2024-08-19",
      ("interim leader Muhammad Yunus", "In Bangladesh, interim leader Muhammad Yunus vowed to support the more than 1 million "
       "Rohingya refugees living in his country, as he gave his first major policy address.", "BGD", "GOV"),
      ("Rohingya refugees", "In Bangladesh, interim leader Muhammad Yunus vowed to support the more than 1 million "
       "Rohingya refugees living in his country, as he gave his first major policy address.", "MMR", "REF"),
      ("The Arakan Army", "Mohammed Saber: “The Arakan Army raided our village and killed many people.", "MMR", "REB"),
      ("The Myanmar army", "The Myanmar army fired when we were in the middle of the sea.", "MMR", "MIL"))
_page("https://en.shafaqna.com/382586/bangladesh-calls-for-fast-track-third-country-resettlement-of-rohingya-muslims/", "2024-09-08",
      ("Rohingya Muslims", "Around 8,000 Rohingya Muslims have fled across the border to Bangladesh in recent months as fighting "
       "intensifies between Myanmar’s ruling junta and the Arakan Army.", "MMR", "REF"),
      ("Myanmar’s ruling junta", "Around 8,000 Rohingya Muslims have fled across the border to Bangladesh in recent months as "
       "fighting intensifies between Myanmar’s ruling junta and the Arakan Army.", "MMR", "GOV"))
_page("https://strategicstudyindia.com/2024/09/can-muhammad-yunus-support-rohingya.html", "2024-09-17",
      ("Interim Bangladeshi leader Muhammad Yunus", "The highlights this week: Interim Bangladeshi leader Muhammad Yunus grapples "
       "with increasing Rohingya refugee arrivals, Sri Lanka gears up for its presidential election this month, and renewed "
       "political tensions erupt in Pakistan.", "BGD", "GOV"),
      ("Bangladeshi officials", "Intensifying conflict in Myanmar has likely prompted Yunus’s urgency: Around 8,000 Rohingya "
       "refugees have crossed the border into Bangladesh in recent months, according to Bangladeshi officials.", "BGD", "GOV"))
_page("http://www.elettrik.com/node/2569036/world", "2025-08-25",
      ("The chief of Bangladesh’s interim government, Nobel laureate Muhammad Yunus", "The chief of Bangladesh’s interim "
       "government, Nobel laureate Muhammad Yunus, was addressing a two-day conference in Cox’s Bazar, held by the Bangladeshi "
       "government ahead of a high-level meeting at the UN General Assembly in September.", "BGD", "GOV"),
      ("Bangladeshi authorities", "Despite multiple attempts from Bangladeshi authorities, a UN-backed repatriation and "
       "resettlement process has failed to take off for the past few years.", "BGD", "GOV"))
# Mexico, the Sinaloa cartel
_page("https://humanevents.com/2025/08/28/mexican-president-demands-us-share-15-billion-from-convicted-cartel-boss-with-mexicos-poor",
      "2025-08-28",
      ("Sheinbaum", "“If the United States government were to recover resources, then we would be asking for them to be given to "
       "Mexico for the poorest people,” Sheinbaum said during her daily press briefing.", "MEX", "GOV"),
      ("Zambada", "Zambada, 77, pleaded guilty in a New York courtroom Monday to drug trafficking and murder, including overseeing "
       "the smuggling of fentanyl, a narcotic blamed for tens of thousands of overdose deaths in the US each year.", "MEX", "CRM"),
      ("Mexico’s Security Secretary Omar Garcia Harfuch", "Mexico’s Security Secretary Omar Garcia Harfuch, however, cautioned that "
       "the organization remains active despite weakened factions.", "MEX", "GOV"),
      ("The Sinaloa cartel", "The Sinaloa cartel, labeled a terrorist group by Washington, is considered the largest "
       "drug-trafficking network in the world, with deep operations on both sides of the border.", "MEX", "CRM"),
      ("Washington", "The Sinaloa cartel, labeled a terrorist group by Washington, is considered the largest "
       "drug-trafficking network in the world, with deep operations on both sides of the border.", "USA", "GOV"))
# Nigeria, Plateau State
_page("https://www.legit.ng/nigeria/1595990-tragedy-gunmen-kill-pastor-4-fresh-plateau-attack-details-emerge/", "2024-06-05",
      ("A cleric serving with the Assemblies of God Church", "- A cleric serving with the Assemblies of God Church and four other "
       "persons have been murdered by unknown gunmen in Plateau state", "NGA", "REL"),
      ("unknown gunmen", "- A cleric serving with the Assemblies of God Church and four other "
       "persons have been murdered by unknown gunmen in Plateau state", "NGA", "UAF"),
      ("Daily Trust", "As reported by Daily Trust on Wednesday, June 5, he noted that the killing took place on Monday, June 3, at "
       "about 12:00 midnight.", "NGA", "MED"))
_page("https://thenationonlineng.net/gunmen-kill-five-in-plateau-attack/", "2024-06-06",
      ("Pastor Dauda Dalyop of Assemblies of God Church, Kwall", "“The criminal elements, who came in their numbers with heavy "
       "weaponry, killed Pastor Dauda Dalyop of Assemblies of God Church, Kwall.", "NGA", "REL"),
      ("Gunmen", "Gunmen have reportedly killed five persons in Kimakpa village of Kwall District in Bassa Local Government Area "
       "of Plateau State.", "NGA", "UAF"),
      ("some Rigwe youths", "“This sad incident came just two days after some disgruntled elements ambushed some Rigwe youths on "
       "motorcycles while returning from Gero mining site and instantly killed Mr Irmiya Musa Timbi and severely injured one other.",
       "NGA", "CVL"))
_page("https://tribuneonlineng.com/gunmen-kill-clergyman-two-children-in-plateau/", "2023-03-05",
      ("Reverend Musa Hyok of the Church of Christ in Nations (COCIN)", "A clergyman identified as Reverend Musa Hyok of the Church "
       "of Christ in Nations (COCIN) and two of his children were killed in a midnight attack by gunmen in the Kanawuri community "
       "of Riyom Local Government Area of Plateau State.", "NGA", "REL"),
      ("The Nigerian Tribune", "The Nigerian Tribune learned that the gunmen, numbering about twenty, invaded the community at about "
       "11:00 p.m. on Saturday and went on a shooting spree to disorganize the people before they attacked the resident clergyman.",
       "NGA", "MED"),
      ("the State Police Public Relations Officer, DSP Alfred Alabo", "Attempts to reach the State Police Public Relations Officer, "
       "DSP Alfred Alabo, to confirm the incident proved abortive, as the calls put across to him were not answered.", "NGA", "COP"))
# Israel, arrests of spies for Iran (21 October 2024)
_page("https://indebta.com/news/seven-israelis-arrested-for-alleged-spying-on-military-sites-for-iran", "2024-10-21",
      ("the Shin Bet internal security agency", "The suspects are expected to be charged soon with major security offences, said "
       "police and the Shin Bet internal security agency.", "ISR", "SPY"),
      ("two Iranian agents", "Israeli authorities alleged they were directed by two Iranian agents code-named “Alkhan” and “Orkhan”.",
       "IRN", "SPY"),
      ("Israeli authorities", "Israeli authorities alleged they were directed by two Iranian agents code-named “Alkhan” and “Orkhan”.",
       "ISR", "GOV"),
      ("seven Israeli citizens", "Israel said on Monday it had arrested seven Israeli citizens after uncovering a long-standing "
       "operation to spy on sensitive military and energy installations on behalf of Iran.", "ISR", "CVL"),
      ("Israeli police", "Israeli police said the alleged offences were “among the most serious that the state of Israel has known.",
       "ISR", "COP"))
# Russia's war on Ukraine
_page("https://actualnewsmagazine.com/english/russia-terrorizes-the-country-with-its-night-attacks-launches-volodymyr-zelensky",
      "2023-05-25",
      ("the Russian security service", "This was announced by the Russian security service (FSB).", "RUS", "SPY"),
      ("the Ukrainian Foreign Intelligence Service", "“A sabotage group from the Ukrainian Foreign Intelligence Service (…) "
       "attempted to blow up about 30 power transmission lines of the Leningrad and Kalinin nuclear power plants” beginning of May, "
       "to provoke “shutdown of nuclear reactors”, the FSB said in a statement.", "UKR", "SPY"),
      ("the local governor installed by Moscow, Sergei Aksionov", "“During the past night, six drones were shot down or blocked (…) "
       "in different districts of Crimea”, wrote the local governor installed by Moscow, Sergei Aksionov, on Telegram.", "UKR", "GOV"),
      ("the Russian Defense Ministry", "“Ukrainian Armed Forces unsuccessfully attempted to attack the Black Sea Fleet ship ‘Ivan "
       "Khours’…in Turkey’s Exclusive Economic Zone”, the Russian Defense Ministry said on Telegram.", "RUS", "GOV"),
      ("Ukrainian Armed Forces", "“Ukrainian Armed Forces unsuccessfully attempted to attack the Black Sea Fleet ship ‘Ivan "
       "Khours’…in Turkey’s Exclusive Economic Zone”, the Russian Defense Ministry said on Telegram.", "UKR", "MIL"))
_page("https://www.daily8.com/en/hashtag/SBU", "2025-05-31",
      ("Ukraine's Commander-in-Chief Oleksandr Syrskyi", "Ukraine's Commander-in-Chief Oleksandr Syrskyi said on May 31 that Russian "
       "forces have ramped up assault operations across key fronts in Zaporizhzhia, Donetsk, and Sumy oblasts.", "UKR", "MIL"),
      ("State Border Guard Service spokesperson Andrii Demchenko", "On May 29, State Border Guard Service spokesperson Andrii "
       "Demchenko said Russia had amassed \"sufficient forces\" in neighboring Kursk Oblast to potentially launch an incursion into "
       "Sumy.", "UKR", "COP"),
      ("Ukraine's Armed Forces", "According to Syrskyi, Ukraine's Armed Forces are inflicting substantial losses on Russian troops, "
       "claiming over 34,000 Russian personnel were killed in May alone.", "UKR", "MIL"))
_page("https://news.online.ua/en/whats-happening-at-the-front-syrskys-report-895559/", "2025-07-26",
      ("Ukrainian leader Volodymyr Zelenskyy", "On July 26, Ukrainian leader Volodymyr Zelenskyy heard a new report from the "
       "Commander-in-Chief of the Armed Forces of Ukraine, Oleksandr Syrsky, on the development of the situation on the battlefield.",
       "UKR", "GOV"),
      ("the Commander-in-Chief of the Armed Forces of Ukraine, Oleksandr Syrsky", "On July 26, Ukrainian leader Volodymyr Zelenskyy "
       "heard a new report from the Commander-in-Chief of the Armed Forces of Ukraine, Oleksandr Syrsky, on the development of the "
       "situation on the battlefield.", "UKR", "MIL"),
      ("Russian soldiers", "Against this background, the president expressed gratitude to each unit that is gradually pushing out "
       "Russian soldiers.", "RUS", "MIL"))
_page("https://rss.aubry.org/p/i/?search=%23Kherson", "2025-06-12",
      ("Ukraine’s Foreign Minister Andrii Sybiha", "Ukraine’s Foreign Minister Andrii Sybiha publicly condemned countries that sent "
       "congratulatory messages to Russia on its national holiday, specifically targeting recent greetings from US Secretary of "
       "State Marco Rubio.", "UKR", "GOV"),
      ("US Secretary of State Marco Rubio", "Ukraine’s Foreign Minister Andrii Sybiha publicly condemned countries that sent "
       "congratulatory messages to Russia on its national holiday, specifically targeting recent greetings from US Secretary of "
       "State Marco Rubio.", "USA", "GOV"))
# Georgia
_page("https://moviesgrave.in/?p=12481", "2025-10-04",
      ("prominent opera singer Paata Burchuladze", "Among those arrested was prominent opera singer Paata Burchuladze, a key "
       "organizer of the protests.", "GEO", "OPP"),
      ("the ruling Georgian Dream party", "The nation has been experiencing significant political unrest since the ruling Georgian "
       "Dream party declared victory in last year’s elections.", "GEO", "POL"))
_page("https://statesheadline.com/tbilisi-erupts-in-protests-as-opposition-demands-change", "2025-10-04",
      ("billionaire and former Prime Minister Bidzina Ivanishvili", "Most took the opportunity to air their grievances with the GD "
       "party, which was founded by billionaire and former Prime Minister Bidzina Ivanishvili.", "GEO", "POL"))
_page("https://eastnews.pl/en/picture/116602162", "2024-11-18",
      ("The police and special forces", "TBILISI, GEORGIA - NOVEMBER 18: The police and special forces take security measures as "
       "Georgian opposition protesters gather to stage a demonstration to reject the ruling Georgian Dream Party's victory in Oct. "
       "26 parliamentary elections in Tbilisi, Georgia on November 18, 2024.", "GEO", "COP"),
      ("Georgian opposition protesters", "TBILISI, GEORGIA - NOVEMBER 18: The police and special forces take security measures as "
       "Georgian opposition protesters gather to stage a demonstration to reject the ruling Georgian Dream Party's victory in Oct. "
       "26 parliamentary elections in Tbilisi, Georgia on November 18, 2024.", "GEO", "OPP"))
# Somalia
_page("https://ethiosomali.org/2025/03/29/aussom-takes-shape-as-al-shabaab-goes-on-new-offensive", "2025-03-29",
      ("President Hassan Sheikh Mohamud", "The latest of these include encircling the capital, Mogadishu, and an attack on the convoy "
       "of President Hassan Sheikh Mohamud.", "SOM", "GOV"),
      ("Mogadishu", "Al-Shabaab’s campaign has spurred a new wave of military cooperation, with Mogadishu able to mobilize alliances "
       "with the US, Turkiye, Ethiopia, and others in a bid to fend off the terrorist group’s advances.", "SOM", "GOV"),
      ("Al-Shabaab", "Al-Shabaab’s campaign has spurred a new wave of military cooperation, with Mogadishu able to mobilize alliances "
       "with the US, Turkiye, Ethiopia, and others in a bid to fend off the terrorist group’s advances.", "SOM", "REB"),
      ("Addis Ababa", "Following a rapprochement with Somalia after a full year of tensions, Addis Ababa has re-established itself a "
       "key partner in the fight against Al-Shabaab, particularly through the African Union Support and Stabilization Mission in "
       "Somalia (AUSSOM).", "ETH", "GOV"),
      ("the African Union Support and Stabilization Mission in Somalia (AUSSOM)", "Following a rapprochement with Somalia after a "
       "full year of tensions, Addis Ababa has re-established itself a key partner in the fight against Al-Shabaab, particularly "
       "through the African Union Support and Stabilization Mission in Somalia (AUSSOM).", "IGO", "MIL", "AU"),
      ("the AU Peace and Security Council (PSC)", "AUSSOM, which replaced ATMIS in January as part of a UN Security Council "
       "resolution, operates under a new Concept of Operations (CONOPS) adopted by the AU Peace and Security Council (PSC).",
       "IGO", "GOV", "AU"))
_page("https://wararka.so/?p=11877", "2025-04-24",
      ("Somali President Hassan Sheikh Mohamud", "Mogadishu (HOL) — Somali President Hassan Sheikh Mohamud has arrived in Kampala, "
       "Uganda, to attend a summit of Troop Contributing Countries (TCCs) to the African Union Support and Stabilization Mission in "
       "Somalia (AUSSOM).", "SOM", "GOV"),
      ("Villa Somalia", "In a statement released by Villa Somalia, President Mohamud emphasized Somalia’s continued commitment to "
       "“African-led solutions for African challenges” and expressed gratitude to the soldiers from contributing nations who have "
       "helped stabilize the country.", "SOM", "GOV"),
      ("the Somali National Army (SNA)", "ATMIS, launched in April 2022, was designed as a transitional mission, gradually handing "
       "over security responsibilities to the Somali National Army (SNA).", "SOM", "MIL"))
_page("https://allafrica.com/stories/202408090496.html", "2024-08-09",
      ("Hussein Moallim Mohamud, National Security Adviser to the President of the Federal Republic of Somalia", "Hussein Moallim "
       "Mohamud, National Security Adviser to the President of the Federal Republic of Somalia, has confirmed that the African Union "
       "Transition Mission in Somalia (ATMIS) will conclude by the end of this year.", "SOM", "GOV"),
      ("The Federal Government of Somalia", "The Federal Government of Somalia, with the ongoing support of the international "
       "community, has been engaged in a 17-year-long fight against Al-Shabaab, one of the most powerful groups in Africa.",
       "SOM", "GOV"))
_page("https://shiawaves.com/english/news/world/africa/somalia/116129-un-approves-new-african-union-force-to-combat-al-shabab-in-somalia",
      "2024-12-27",
      ("The UN Security Council", "The UN Security Council on Friday authorized a new African Union mission, the African Union "
       "Support and Stabilization Mission in Somalia (AUSSOM), aimed at tackling the Islamist militant group Al-Shabab.",
       "IGO", "GOV", "UN"),
      ("the Islamist militant group Al-Shabab", "The UN Security Council on Friday authorized a new African Union mission, the "
       "African Union Support and Stabilization Mission in Somalia (AUSSOM), aimed at tackling the Islamist militant group Al-Shabab.",
       "SOM", "REB"))
# South Korea, martial law (December 2024)
_page("https://www.koreaherald.com/view.php?ud=20241204050114", "2024-12-04",
      ("the main opposition Democratic Party of Korea", "The move will propel him into a deeper political isolation, with his "
       "supporters within the ruling conservative People Power Party turning their backs on him, while the main opposition "
       "Democratic Party of Korea gears up for his impeachment.", "KOR", "OPP"),
      ("the ruling conservative People Power Party", "The move will propel him into a deeper political isolation, with his "
       "supporters within the ruling conservative People Power Party turning their backs on him, while the main opposition "
       "Democratic Party of Korea gears up for his impeachment.", "KOR", "POL"),
      ("President Yoon Suk Yeol", "South Korea was thrown into unexpected turmoil after President Yoon Suk Yeol's abrupt "
       "declaration of emergency martial law on late Tuesday evening prompted the main opposition to push for his immediate "
       "impeachment and the ruling party to mull cutting off ties with the embattled leader.", "KOR", "GOV"),
      ("Seoul National University", "“Strong signs of Yoon’s political isolation have existed for some time, but his declaration "
       "of martial law is projected to leave him more stranded,” Park Won-ho, professor of political science and international "
       "relations at Seoul National University said via phone.", "KOR", "EDU"))
_page("https://www.giornaledibrescia.it/italia-e-estero/seul-almeno-in-150000-alla-manifestazione-contro-yoon-n3dtgj7r", "2024-12-07",
      ("Protesters", "epa11761566 Protesters hold placards calling for the impeachment of President Yoon Suk Yeol in front of the "
       "National Assembly in Seoul, South Korea, 07 December 2024.", "KOR", "CVL"))
# Turkey, arrest of Istanbul's mayor (March 2025)
_page("https://bnonews.com/index.php/2025/03/protests-erupt-across-turkey-after-opposition-leader-imamoglus-arrest/", "2025-03-20",
      ("Turkish police", "In the early hours of Tuesday, Turkish police arrested İmamoğlu in a dawn raid at his home, just days "
       "before he was expected to be named the CHP’s presidential candidate in a primary scheduled for Sunday.", "TUR", "COP"),
      ("the Kurdistan Workers’ Party (PKK)", "Prosecutors have accused İmamoğlu of corruption, extortion, money laundering, and "
       "tender irregularities, as well as aiding the Kurdistan Workers’ Party (PKK)—a designated terrorist organization—by allegedly "
       "collaborating with a Kurdish political coalition during the 2024 municipal elections.", "TUR", "REB"),
      ("The Istanbul prosecutor’s office", "The Istanbul prosecutor’s office has labeled him the “leader of a criminal "
       "organization,” according to Anadolu.", "TUR", "JUD"),
      ("Anadolu", "The Istanbul prosecutor’s office has labeled him the “leader of a criminal "
       "organization,” according to Anadolu.", "TUR", "MED"),
)
_page("https://news.ayozat.com/story/Mass-Protests-Erupt-in-Turkey-After-Arrest-of-Istanbul-Mayor", "2025-03-25",
      ("Interior Minister Ali Yerlikaya", "Interior Minister Ali Yerlikaya defended the crackdown, stating that authorities would not "
       "allow \"terrorizing of the streets\" and that 123 police officers had been injured.", "TUR", "GOV"),
      ("the European Commission", "Meanwhile, international concern is growing, with the European Commission urging Turkey to "
       "\"uphold democratic values.\"", "IGO", "GOV", "EU"))
_page("https://fosterinstantnews.com/l/protests-erupt-in-turkey-after-erdogan-rival-arrested", "2025-03-20",
      ("Ankara", "Ankara, the capital, has restricted access to some social media.", "TUR", "GOV"),
      ("Ozgur Ozel, chairman of the main opposition Republican People's Party (CHP)", "However, in an interview with Reuters, Ozgur "
       "Ozel, chairman of the main opposition Republican People's Party (CHP), of which Imamoglu is a member, said Erdogan was afraid "
       "of facing the mayor in a vote and wanted to \"eliminate\" him and cut his party's ties with the city.", "TUR", "OPP"),
      ("Thousands of Turks", "Thousands of Turks have stepped up protests over the arrest of Istanbul Mayor Ekrem Imamoglu, a leading "
       "opponent of Turkish President Recep Tayyip Erdoğan.", "TUR", "CVL"))
_page("https://thesudantimes.com/international/protests-erupt-in-istanbul-after-mayor-imamoglus-detention/", "2025-03-19",
      ("the Istanbul governor’s office", "Security forces sealed off streets leading to the police station, deploying riot police "
       "and water cannons, while the Istanbul governor’s office banned all public gatherings following Imamoglu’s detention.",
       "TUR", "GOV"),
      ("protester Bulent Gulten", "“This is a coup against Imamoglu, who has defeated Erdogan four times at the ballot box since "
       "2019,” said protester Bulent Gulten, referring to CHP’s victories in major cities during the 2019 and 2024 municipal elections.",
       "TUR", "CVL"))
# Venezuela and Colombia
_page("https://uat.apnews.com/article/venezuela-election-maduro-machado-colombia-petro-senate-3db8fb60cb77ed8a78ef1124e027ec85",
      "2024-10-22",
      ("Venezuelan opposition leader Maria Corina Machado", "BOGOTA, Colombia (AP) — Venezuelan opposition leader Maria Corina "
       "Machado on Tuesday urged Colombia’s president to be decisive and recognize her faction’s victory in her country’s contested "
       "July presidential election.", "VEN", "OPP"),
      ("President Gustavo Petro", "Machado’s message to President Gustavo Petro, an ally of Venezuelan President Nicolás Maduro, came "
       "in a virtual address she gave during a regular session of Colombia’s Senate.", "COL", "GOV"),
      ("Venezuelan President Nicolás Maduro", "Machado’s message to President Gustavo Petro, an ally of Venezuelan President Nicolás "
       "Maduro, came in a virtual address she gave during a regular session of Colombia’s Senate.", "VEN", "GOV"),
      ("Colombia’s Senate", "Machado’s message to President Gustavo Petro, an ally of Venezuelan President Nicolás Maduro, came "
       "in a virtual address she gave during a regular session of Colombia’s Senate.", "COL", "LEG"),
      ("Electoral authorities loyal to the ruling party", "Electoral authorities loyal to the ruling party declared Maduro the winner "
       "of the contest hours after polls closed.", "VEN", "GOV"))
_page("https://nmg.ninja/2024/10/24/venezuelan-opposition-leader-calls-on-colombia-to-recognize-her-victory-pressuring-maduro",
      "2024-10-24",
      ("the National Liberation Army", "Petro’s administration has prioritized achieving peace agreements with rebel groups like the "
       "National Liberation Army and Segunda Marquetalia, both operating along the Colombian-Venezuelan border.", "COL", "REB"),
      ("Segunda Marquetalia", "Petro’s administration has prioritized achieving peace agreements with rebel groups like the "
       "National Liberation Army and Segunda Marquetalia, both operating along the Colombian-Venezuelan border.", "COL", "REB"),
      ("Brazilian President Luiz Inacio Lula da Silva", "Following the election, several leftist leaders, including Petro, "
       "Brazilian President Luiz Inacio Lula da Silva, and former Mexican President Andrés Manuel López Obrador, attempted to "
       "mediate a resolution.", "BRA", "GOV"))
_page("https://www.archyde.com/colombia-venezuela-political-peace-talks-and-presidential-elections-latest-updates-and-analysis/",
      "2024-04-10",
      ("Rosales, party leader and current governor of the state of Zulia", "However, they did affirm that Rosales, party leader and "
       "current governor of the state of Zulia, was in the city of Caracas.", "VEN", "GOV"),
      ("The Unitary Platform", "The Unitary Platform also denied to CNN having had any meeting with the Colombian president.",
       "VEN", "OPP"),
      ("CNN", "CNN contacted the Un Nuevo Tiempo team to verify this version, but they neither confirmed nor denied it.",
       "USA", "MED"),
      ("the leader of the opposition Causa R party, Andrés Velásquez", "In this regard, the leader of the opposition Causa R party, "
       "Andrés Velásquez, addressed on their social networks Petro asking him who he met with and clarifying that “the Venezuelan "
       "opposition is integrated as a collective in the Platform of Democratic Unity, signatory of the Barbados agreement.”",
       "VEN", "OPP"))
_page("https://nationworldnews.com/amid-the-risk-that-maduro-will-not-respect-free-elections-in-venezuela-petro-met-with-a-delegation-from-the-biden-government/",
      "2024-02-05",
      ("United States Deputy National Security Advisor Jonathan Finer", "At the meeting, as reported by Casa de Nariño, were United "
       "States Deputy National Security Advisor Jonathan Finer; White House Advisor for the Western Hemisphere, Juan González, and, on "
       "behalf of the national government, Carlos Ramón González, Director of the Department of the Presidency of the Republic, and "
       "the Colombian President.", "USA", "GOV"),
      ("Casa de Nariño", "At the meeting, as reported by Casa de Nariño, were United "
       "States Deputy National Security Advisor Jonathan Finer; White House Advisor for the Western Hemisphere, Juan González, and, on "
       "behalf of the national government, Carlos Ramón González, Director of the Department of the Presidency of the Republic, and "
       "the Colombian President.", "COL", "GOV"))
# Moldova and Transnistria
_page("https://tass.com/world/1953017", "2025-05-05",
      ("Vadim Krasnoselsky, president of the unrecognized Republic of Transnistria", "TIRASPOL, May 5. /TASS/. Russia helped restore "
       "gas supplies to Transnistria when Chisinau set down conditions Tiraspol could not implement, waiting for the region to "
       "collapse, Vadim Krasnoselsky, president of the unrecognized Republic of Transnistria, said in an interview with TASS.",
       "MDA", "GOV"),
      ("Chisinau", "TIRASPOL, May 5. /TASS/. Russia helped restore "
       "gas supplies to Transnistria when Chisinau set down conditions Tiraspol could not implement, waiting for the region to "
       "collapse, Vadim Krasnoselsky, president of the unrecognized Republic of Transnistria, said in an interview with TASS.",
       "MDA", "GOV"),
      ("Gazprom", "After Ukraine halted the transit of Russian gas to Europe on January 1, and due to Chisinau’s refusal to settle "
       "its debt to Gazprom, both Moldova and Transnistria were left without gas supplies.", "RUS", "BUS"))
_page("https://moldova.news-pravda.com/en/world/2025/02/10/23469.html", "2025-02-10",
      ("Moldovan Prime Minister Dorin Rechan", "This was stated by Moldovan Prime Minister Dorin Rechan.", "MDA", "GOV"),
      ("the Tiraspol regime", "\"The decision that the Tiraspol regime has chosen means that the residents of Transnistria will "
       "continue to live in a state of uncertainty and anxiety about gas supplies.", "MDA", "GOV"))
# The Philippines and China in the South China Sea
_page("https://www.scmp.com/news/asia/southeast-asia/article/3244606/south-china-sea-philippines-undeterred-chinese-aggression-provocations-marcos-jnr-says?utm_source=rss_feed",
      "2023-12-11",
      ("the China Coast Guard", "“The aggression and provocations perpetrated by the China Coast Guard and their Chinese maritime "
       "militia against our vessels and personnel over the weekend have only further steeled our determination to defend and protect "
       "our nation’s sovereignty, sovereign rights, and jurisdiction in the West Philippine Sea,” Marcos said in a post on X late on "
       "Sunday, using Manila’s term for the parts of the South China Sea within the country’s exclusive economic zone.", "CHN", "COP"),
      ("their Chinese maritime militia", "“The aggression and provocations perpetrated by the China Coast Guard and their Chinese "
       "maritime militia against our vessels and personnel over the weekend have only further steeled our determination to defend "
       "and protect our nation’s sovereignty, sovereign rights, and jurisdiction in the West Philippine Sea,” Marcos said in a post "
       "on X late on Sunday, using Manila’s term for the parts of the South China Sea within the country’s exclusive economic zone.",
       "CHN", "MIL"),
      ("foreign ministry spokeswoman Teresita Daza", "Diplomatic protests had been filed and “the Chinese ambassador has also been "
       "summoned”, foreign ministry spokeswoman Teresita Daza told reporters on Monday.", "PHL", "GOV"),
      ("the Chinese ambassador", "Diplomatic protests had been filed and “the Chinese ambassador has also been "
       "summoned”, foreign ministry spokeswoman Teresita Daza told reporters on Monday.", "CHN", "GOV"))
_page("https://www.nationalheraldindia.com/international/how-can-eu-support-philippines-in-south-china-sea-dispute", "2024-04-02",
      ("China's Foreign Ministry spokesperson Lin Jian", "China's Foreign Ministry spokesperson Lin Jian responded that Chinese "
       "vessels \"continue to take resolute measures to safeguard its territorial sovereignty and maritime rights and interests.\"",
       "CHN", "GOV"),
      ("The Chinese embassy in Manila", "The Chinese embassy in Manila warned the Philippines against \"playing with fire.\"",
       "CHN", "GOV"),
      ("Manila", "On March 25, after the water cannon assault, Manila lodged its \"strongest protest\" yet against Beijing and "
       "summoned a senior Chinese diplomat.", "PHL", "GOV"),
      ("Philippine President Ferdinand Marcos Jr.", "Philippine President Ferdinand Marcos Jr. has warned his government would take "
       "\"proportionate, deliberate\" action against \"dangerous attacks by agents of the China coast guard and Chinese maritime "
       "militia.\"", "PHL", "GOV"),
      ("a group of marines", "To back up its claim to Second Thomas Shoal, the Philippines maintains an outpost on a navy transport "
       "ship, the Sierra Madre, which is intentionally grounded on the reef, and is manned by a group of marines.", "PHL", "MIL"))
_page("https://www.firstpost.com/world/china-philippines-tension-escalates-amid-row-over-marcos-jrs-taiwan-remark-water-cannon-fired-at-philippine-ship-13923529.html/amp",
      "2025-08-11",
      ("Philippine Coast Guard spokesperson Jay Tarriela", "Philippine vessels and fishermen encountered “hazardous maneuvers and "
       "blocking actions” from Chinese vessels in the vicinity of Scarborough Shoal early Monday, Philippine Coast Guard spokesperson "
       "Jay Tarriela said in a post on X.", "PHL", "COP"))
_page("https://www.taipeitimes.com/News/front/archives/2023/08/08/2003804407", "2023-08-08",
      ("Beijing’s envoy", "Manila yesterday summoned Beijing’s envoy after the China Coast Guard blocked and used a water cannon on "
       "Philippine vessels in the disputed South China Sea, Philippine President Ferdinand Marcos Jr said.", "CHN", "GOV"),
      ("Philippine National Security Council spokesman Jonathan Malaya", "China appeared to be “trying to gauge our commitment to "
       "supply our troops” at the shoal, Philippine National Security Council spokesman Jonathan Malaya told reporters yesterday.",
       "PHL", "GOV"),
      ("The Philippine military and coast guard", "The Philippine military and coast guard have accused the China Coast Guard of "
       "breaking international law by blocking and firing a water cannon at the resupply mission, preventing one of the charter "
       "boats from reaching the shoal.", "PHL", "MIL"))
# Kyrgyzstan and Tajikistan, border war (16 September 2022; the page gives no day, the sentences date the events)
_page("https://www.ecoi.net/en/document/2079220.html", "2022-09-16",
      ("Kyrgyz President Sadyr Japarov", "Later that day, Kyrgyz President Sadyr Japarov met his Tajik counterpart, Emomali Rahmon, "
       "at the Shanghai Cooperation Organization summit in the Uzbek city of Samarkand.", "KGZ", "GOV"),
      ("his Tajik counterpart, Emomali Rahmon", "Later that day, Kyrgyz President Sadyr Japarov met his Tajik counterpart, Emomali "
       "Rahmon, at the Shanghai Cooperation Organization summit in the Uzbek city of Samarkand.", "TJK", "GOV"),
      ("Tajik forces", "ALMATY, Kazakhstan -- In the early morning hours of September 16, Elzada Mannanova, a 15-year-old Kyrgyz "
       "citizen, was killed amid shelling by Tajik forces as she fled from her home village of Dostuk.", "TJK", "MIL"),
      ("some 140,000 Kyrgyz", "\"Everyone was running from the projectiles,\" recalled Mannanov, one of the some 140,000 Kyrgyz forced "
       "during the hostilities from villages in the southwestern region of Batken, some of whom used a corridor opened by "
       "neighboring Uzbekistan.", "KGZ", "REF"))
# Poland and Belarus, migrants at the border
_page("https://mingooland.com/2024/05/poland-to-bolster-eastern-borders-to-curb-irregular-migration-from-belarus", "2024-05-11",
      ("Polish Prime Minister Donald Tusk", "Polish Prime Minister Donald Tusk said Poland will strengthen its eastern border "
       "infrastructure to deter migrants entering from Belarus, as the number of illegal crossing attempts increases.", "POL", "GOV"),
      ("the Polish Press Agency", "Tusk said that Poland is facing a “hybrid war” in illegal migration from Belarus, as he visited the "
       "village fo Karakule on the border to meet with troops, according to the Polish Press Agency.", "POL", "MED"),
      ("Alexander Lukashenko’s regime", "The prime minister reaffirmed his belief that Alexander Lukashenko’s regime in Belarus is "
       "“co-organizing this practice” as the country has been demonstrating increasingly aggressive intentions towards Poland.",
       "BLR", "GOV"),
      ("a high-level Polish judge", "Earlier this week, a high-level Polish judge sought political asylum in Belarus, saying the move "
       "was in “protest against Poland’s unjust and harmful policy” toward Belarus and Russia.", "POL", "JUD"))
_page("https://antibellum679354512.wordpress.com/2021/08/18/poland-deploys-1000-troops-seals-border-with-belarus/", "2021-08-18",
      ("1,000 Polish Army soldiers", "“The border is sealed, and the Border Guard has been supported for a week by 1,000 Polish Army "
       "soldiers,” Deputy Interior Minister Maciej Wąsik said in a tweet late on Tuesday.", "POL", "MIL"),
      ("the Border Guard", "“The border is sealed, and the Border Guard has been supported for a week by 1,000 Polish Army "
       "soldiers,” Deputy Interior Minister Maciej Wąsik said in a tweet late on Tuesday.", "POL", "COP"),
      ("Deputy Interior Minister Maciej Wąsik", "“The border is sealed, and the Border Guard has been supported for a week by 1,000 "
       "Polish Army soldiers,” Deputy Interior Minister Maciej Wąsik said in a tweet late on Tuesday.", "POL", "GOV"),
      ("Polish Prime Minister Mateusz Morawiecki", "In a joint statement issued [earlier this month], Polish Prime Minister Mateusz "
       "Morawiecki and his Lithuanian counterpart Ingrida Šimonytė said: “We condemn the weaponisation of irregular migration by the "
       "Lukashenko regime with a goal of exerting political pressure on the EU and its individual Member States.”", "POL", "GOV"),
      ("his Lithuanian counterpart Ingrida Šimonytė", "In a joint statement issued [earlier this month], Polish Prime Minister Mateusz "
       "Morawiecki and his Lithuanian counterpart Ingrida Šimonytė said: “We condemn the weaponisation of irregular migration by the "
       "Lukashenko regime with a goal of exerting political pressure on the EU and its individual Member States.”", "LTU", "GOV"),
      ("the Lukashenko regime", "In a joint statement issued [earlier this month], Polish Prime Minister Mateusz "
       "Morawiecki and his Lithuanian counterpart Ingrida Šimonytė said: “We condemn the weaponisation of irregular migration by the "
       "Lukashenko regime with a goal of exerting political pressure on the EU and its individual Member States.”", "BLR", "GOV"))
# Syria: the SDF, Turkey and the new authorities
_page("https://arabnews.com/node/2588791/middle-east", "2025-02-03",
      ("The commander of the Kurdish-led Syrian Democratic Forces, Mazloum Abdi", "The commander of the Kurdish-led Syrian "
       "Democratic Forces, Mazloum Abdi, said in an interview Sunday that he recently met with Syria’s newly named interim President "
       "Ahmad Al-Sharaa in Damascus.", "SYR", "REB"),
      ("Syria’s newly named interim President Ahmad Al-Sharaa", "The commander of the Kurdish-led Syrian "
       "Democratic Forces, Mazloum Abdi, said in an interview Sunday that he recently met with Syria’s newly named interim President "
       "Ahmad Al-Sharaa in Damascus.", "SYR", "GOV"),
      ("US troops", "Abdi added that US troops should stay in Syria because the Daesh group will benefit from a withdrawal, which "
       "would affect the security of the whole region.", "USA", "MIL"))
_page("https://english.aawsat.com/home/article/4009651/syrian-kurds-say-they-have-stopped-operations-against-isis%C2%A0?page=6",
      "2022-11-26",
      ("Mazloum Abdi of the Syrian Democratic Forces", "Mazloum Abdi of the Syrian Democratic Forces told reporters that after nearly "
       "a week of Turkish airstrikes on northern Syria, Ankara is now preparing for a ground offensive.", "SYR", "REB"),
      ("Ankara", "Mazloum Abdi of the Syrian Democratic Forces told reporters that after nearly "
       "a week of Turkish airstrikes on northern Syria, Ankara is now preparing for a ground offensive.", "TUR", "GOV"),
      ("the US military", "His comments came hours after the US military said two rockets targeted US-led coalition forces at bases", "USA", "MIL"))
_page("https://english.aawsat.com/arab-world/5196694-abdi-says-reached-first-deal-merging-sdf-syrian-army%C2%A0", "2025-10-12",
      ("Syrian interim President Ahmed al-Sharaa", "Abdi, who heads the Syrian Democratic Forces (SDF), had met Syrian interim "
       "President Ahmed al-Sharaa in Damascus last week, along with US envoy Tom Barrack and US commander Brad Cooper.", "SYR", "GOV"),
      ("US envoy Tom Barrack", "Abdi, who heads the Syrian Democratic Forces (SDF), had met Syrian interim "
       "President Ahmed al-Sharaa in Damascus last week, along with US envoy Tom Barrack and US commander Brad Cooper.", "USA", "GOV"),
      ("US commander Brad Cooper", "Abdi, who heads the Syrian Democratic Forces (SDF), had met Syrian interim "
       "President Ahmed al-Sharaa in Damascus last week, along with US envoy Tom Barrack and US commander Brad Cooper.", "USA", "MIL"),
      ("Damascus", "Syrian Kurdish leader Mazloum Abdi has announced to AFP that he had reached a \"preliminary agreement\" with "
       "Damascus on the integration of his forces into Syria's military and security forces.", "SYR", "GOV"),
      ("AFP", "Syrian Kurdish leader Mazloum Abdi has announced to AFP that he had reached a \"preliminary agreement\" with "
       "Damascus on the integration of his forces into Syria's military and security forces.", "FRA", "MED"))
# Thailand and Cambodia, border conflict (2025)
_page("https://www.daily8.com/en/article/c76e39743c7869a9e0e251cdc78043e5", "2025-07-25",
      ("Cambodian Prime Minister Hun Manet", "Cambodian Prime Minister Hun Manet has appealed to the United Nations Security Council to "
       "hold an emergency meeting on the issue as Malaysian Prime Minister Anwar Ibrahim, the current ASEAN chair, tries to broker a "
       "cessation of hostilities.", "KHM", "GOV"),
      ("Malaysian Prime Minister Anwar Ibrahim, the current ASEAN chair", "Cambodian Prime Minister Hun Manet has appealed to the "
       "United Nations Security Council to hold an emergency meeting on the issue as Malaysian Prime Minister Anwar Ibrahim, the "
       "current ASEAN chair, tries to broker a cessation of hostilities.", "MYS", "GOV"),
      ("Thailand's acting Prime Minister Phumtham Wechayachai", "11:25 a.m. Thailand's acting Prime Minister Phumtham Wechayachai "
       "told reporters that he had received reports of \"more than 20 deaths\" and several people severely injured.", "THA", "GOV"),
      ("The Cambodian Mine Action and Victim Assistance Authority (CMAA)", "11:20 a.m. The Cambodian Mine Action and Victim "
       "Assistance Authority (CMAA) released a statement Friday saying that ground reports from local authorities and demining teams "
       "showed that Thailand had used cluster munitions in populated areas around Phnom Khmuoch, near the border.", "KHM", "GOV"),
      ("Defense Ministry spokesperson Maly Socheata", "Defense Ministry spokesperson Maly Socheata reiterated the accusation at a "
       "press conference and claimed it demonstrated Thailand's willingness to break international law.", "KHM", "GOV"),
      ("Indonesia's foreign ministry", "10:15 a.m. Indonesia's foreign ministry said that the country was closely following the "
       "development.", "IDN", "GOV"))
_page("https://vnnow.net/en/world/cambodian-pm-visits-troops-in-military-attire-at-thai-border-93113.html", "2025-06-24",
      ("the Royal Thai Army", "On the evening of 23/6, the Royal Thai Army's Facebook page announced increased control at border "
       "crossings with Cambodia in five border provinces.", "THA", "MIL"),
      ("The Cambodian border troops", "The Cambodian border troops expressed their determination to protect their territory.",
       "KHM", "MIL"))
_page("https://thethaiger.com/news/national/cambodia-seeks-to-restore-ties-with-thailand-amid-border-tensions", "2025-09-08",
      ("the newly appointed Thai Prime Minister, Anutin Charnvirakul", "Cambodian Prime Minister Hun Manet expressed his admiration "
       "for the newly appointed Thai Prime Minister, Anutin Charnvirakul, yesterday, September 7, while emphasising the importance of "
       "restoring amicable relations between Cambodia and Thailand.", "THA", "GOV"),
      ("Cambodian forces", "Separately, Thai officials reported that aerial photographs taken this year revealed that Cambodian "
       "forces had entered the Chong Bok area in Thailand’s Ubon Ratchathani province on April 20.", "KHM", "MIL"),
      ("Thai officials", "Separately, Thai officials reported that aerial photographs taken this year revealed that Cambodian "
       "forces had entered the Chong Bok area in Thailand’s Ubon Ratchathani province on April 20.", "THA", "GOV"),
      ("the Thai military", "Despite repeated protests from the Thai military, the Cambodian incursion continued",
       "THA", "MIL"))
_page("https://clashreport.com/en/world/articles/6p5d7tgkpu7", "2025-06-22",
      ("Thai Premier Paetongtarn Shinawatra", "The diplomatic feud intensified following a leaked phone call between former "
       "Cambodian Prime Minister Hun Sen and Thai Premier Paetongtarn Shinawatra.", "THA", "GOV"),
      ("The Thai army", "The Thai army emphasized it had “the prerogative to restrict border movements to protect sovereignty,” "
       "referring to similar actions dating back to June 7.", "THA", "MIL"),
      ("The Thai government", "The Thai government condemned the leak as “unacceptable conduct between states,” saying it eroded "
       "trust and respect.", "THA", "GOV"))
# Mali and Wagner (August 2023)
_page("https://www.livemint.com/news/world/niger-coup-us-antony-blinken-says-russias-wagner-mercenaries-are-taking-advantage-of-turmoil/amp-11691503212059.html",
      "2023-08-09",
      ("the Malian army", "According to reports from the ensuing months, the Malian army as well as fighters presumed to be from "
       "Wagner have since carried out a brutal military offensive.", "MLI", "MIL"),
      ("fighters presumed to be from Wagner", "According to reports from the ensuing months, the Malian army as well as fighters "
       "presumed to be from Wagner have since carried out a brutal military offensive.", "RUS", "MIL"))
# Somaliland presidential election (November 2024)
_page("https://keyt.com/news/2024/11/18/somaliland-opposition-leader-wins-presidential-election/", "2024-11-19",
      ("The opposition leader in Somalia’s breakaway region of Somaliland", "MOGADISHU, Somalia (AP) — The opposition leader in "
       "Somalia’s breakaway region of Somaliland won last week’s election.", "SOM", "OPP"),
      ("President Muse Bihi Abdi of the ruling Kulmiye Party", "President Muse Bihi Abdi of the ruling Kulmiye Party, who was seeking "
       "a second term, came second with just over 30%.", "SOM", "GOV"),
)
_page("https://www.modernghana.com/news/1358309/breakaway-somalilands-opposition-leader-wins-pres.html", "2024-11-19",
      ("election commission chairman Muse Hassan Yusuf", "Irro, leader of the Waddani National Party, won 63.92 percent of the vote, "
       "election commission chairman Muse Hassan Yusuf announced.", "SOM", "GOV"),
      ("Social Justice Party (UCID) leader Faysal Ali Warabe", "He was well ahead of outgoing president Muse Bihi of the Kulmiye "
       "party with 34.81 percent, while Social Justice Party (UCID) leader Faysal Ali Warabe was a distant third with 0.74 percent.",
       "SOM", "POL"),
      ("Somaliland forces", "He claims Bihi fomented clan divisions that led to the loss of part of the Sool region, when Somaliland "
       "forces withdrew in 2023 after several months of fighting against a pro-Mogadishu militia.", "SOM", "MIL"))
_page("https://trt.global/afrika-english/article/18233835", "2024-11-19",
      ("Garowe Online", "Cirro, leader of the opposition Waddani party, won 64% of the vote against Bihi's 35%, the Somaliland "
       "Electoral Commission announced, according to news outlet Garowe Online reported on Tuesday.", "SOM", "MED"),
      ("Cirro, leader of the opposition Waddani party", "Cirro, leader of the opposition Waddani party, won 64% of the vote against "
       "Bihi's 35%, the Somaliland Electoral Commission announced, according to news outlet Garowe Online reported on Tuesday.",
       "SOM", "OPP"))
# North Korean missiles and Japan
_page("https://www.businesstoday.in/world/story/fresh-north-korea-missile-test-sets-off-emergency-alert-in-japan-509311-2026-01-04",
      "2026-01-04",
      ("the Prime Minister's Office of Japan", "In a statement posted on X, the Prime Minister's Office of Japan confirmed that the "
       "launch had been detected earlier in the day and said authorities were continuing to assess the situation.", "JPN", "GOV"),
      ("The US Indo-Pacific Command", "The US Indo-Pacific Command said that it was aware of the missile launches and was consulting "
       "closely with its allies and partners.", "USA", "MIL"),
      ("North Korean leader Kim Jong-un", "North Korean leader Kim Jong-un recently called for more than double the production of "
       "tactical guided weapons during his latest visit to a munitions factory, according to state media reports on Sunday.",
       "PRK", "GOV"))
_page("https://mktz.com/north-korea-fires-ballistic-missile-at-japan/", "2022-10-04",
      ("Hirokazu Matsuno, the chief spokesman of the Japanese government", "“We ask people to resume their lives peacefully as usual,” "
       "Hirokazu Matsuno, the chief spokesman of the Japanese government, told reporters at a news conference.", "JPN", "GOV"),
      ("ABC News", "A U.S. defense official confirmed the launch to ABC News.", "USA", "MED"),
      ("Japan’s Defense Ministry", "New York, Tokyo and Seoul — Japan’s Defense Ministry said North Korea fired a ballistic missile at "
       "Japan early on Tuesday.", "JPN", "GOV"))
# El Salvador, war on the gangs
_page("https://ticotimes.net/2022/06/22/el-salvador-continues-crackdown-on-gangs-as-leaders-flee-to-mexico", "2022-06-22",
      ("Mara Salvatrucha (MS-13) leaders", "Mara Salvatrucha (MS-13) leaders fled to Mexico to evade the war declared against gangs by "
       "President Nayib Bukele in El Salvador, where arrests without warrants will be extended for at least another month.",
       "SLV", "CRM"),
      ("President Nayib Bukele", "Mara Salvatrucha (MS-13) leaders fled to Mexico to evade the war declared against gangs by "
       "President Nayib Bukele in El Salvador, where arrests without warrants will be extended for at least another month.",
       "SLV", "GOV"),
      ("the Minister of Justice and Security, Gustavo Villatoro", "“Many of those chairs (command posts) that are pending (arrests), "
       "we know that they are in Mexico, and that from there they are giving instructions in a cowardly manner,” declared the "
       "Minister of Justice and Security, Gustavo Villatoro, to the private channel 21 of the local TV.", "SLV", "GOV"),
)
_page("https://www.elsalvadornow.org/2025/05/29/the-shadowy-rise-of-donald-trumps-favorite-president-nayib-bukele-el-oscuro-ascenso-de-nayib-bukele-el-presidente-favorito-de-donald-trump",
      "2025-05-29",
      ("Salvadoran leader Nayib Bukele", "Salvadoran leader Nayib Bukele owes his support in Washington to a controversial agreement "
       "to hold hundreds of Venezuelans deported from the U.S. in a notorious prison – and to a reputation for having broken the back "
       "of the MS-13 gang.", "SLV", "GOV"),
      ("hundreds of Venezuelans", "Salvadoran leader Nayib Bukele owes his support in Washington to a controversial agreement "
       "to hold hundreds of Venezuelans deported from the U.S. in a notorious prison – and to a reputation for having broken the back "
       "of the MS-13 gang.", "VEN", "REF"),
      ("Salvadorans", "Salvadorans, Donald Trump said last month, “have a tremendous president.”", "SLV", "CVL"),
      ("USA TODAY", "USA TODAY has learned that a former president of El Salvador’s national assembly – who is also familiar with "
       "gangland negotiations – was seized by U.S. immigration officers in March and awaits deportation to his homeland, where he was "
       "convicted in absentia for illicit gang dealings.", "USA", "MED"))
# Uganda (October 2023)
_page("https://www.africanews.com/2023/10/05/uganda-opposition-leader-arrested-upon-landing-at-national-airport", "2023-10-05",
      ("The leader of Uganda's main opposition party, Bobi Wine", "The leader of Uganda's main opposition party, Bobi Wine, was "
       "arrested on Thursday on his return to the country, his party's secretary general announced.", "UGA", "OPP"),
      ("David Lewis Rubongoya, secretary general of the National Unity Platform", "Bobi Wine was arrested by agents of the regime as "
       "soon as he landed at Entebbe airport, David Lewis Rubongoya, secretary general of the National Unity Platform, wrote on X, "
       "ex-Twitter, with a photo showing the opposition leader surrounded by two people.", "UGA", "OPP"),
      ("President Yoweri Museveni", "Former singer, Bobi Wine, whose real name is Robert Kyagulanyi, was the main rival of President "
       "Yoweri Museveni, who has ruled the East African country since 1986 in the 2021 presidential election.", "UGA", "GOV"),
      ("Ugandan authorities", "Ugandan authorities have a long history of using so-called “preventative arrest” to detain opposition "
       "leaders, often holding them for several hours before returning them to their homes to stymie mass demonstrations.",
       "UGA", "GOV"),
      ("the Ugandan police", "In September, the Ugandan police announced that they were suspending a national mobilization campaign "
       "launched by the NUP because of public order disturbances.", "UGA", "COP"))
# Egypt and Libya (2020)
_page("https://www.thebaghdadpost.com/en/Story/48443/Egypt-s-President-Sisi-announces-peace-initiative-in-Libya-with-General-Haftar",
      "2020-06-06",
      ("Egyptian President Abdel Fattah al-Sisi", "Egyptian President Abdel Fattah al-Sisi announced Cairo's plan for a ceasefire in "
       "Libya, beginning June 8, after meeting with Libyan National Army (LNA) Gen. Khalifa Haftar on Saturday.", "EGY", "GOV"),
      ("the eastern parliament head Aguila Saleh", "LNA Chief Gen. Haftar and the eastern parliament head Aguila Saleh are committed "
       "to protecting the Libyan people’s best interests, al-Sisi said", "LBY", "LEG"),
      ("the UN-recognized, Tripol-based Government of National Accord (GNA)", "The LNA is fighting against the UN-recognized, "
       "Tripol-based Government of National Accord (GNA) for control of Libya.", "LBY", "GOV"))
_page("https://www.urdupoint.com/en/world/egypts-sisi-welcomes-ceasefire-declarations-1007778.html", "2020-08-21",
      ("Libya's presidential council", "\"I welcome statements by Libya's presidential council and the House of Representatives "
       "calling for a ceasefire and halting military operations in all Libyan territory,\" Sisi said in a tweet.", "LBY", "GOV"),
      ("the House of Representatives", "\"I welcome statements by Libya's presidential council and the House of Representatives "
       "calling for a ceasefire and halting military operations in all Libyan territory,\" Sisi said in a tweet.", "LBY", "LEG"),
      ("Sisi", "\"I welcome statements by Libya's presidential council and the House of Representatives "
       "calling for a ceasefire and halting military operations in all Libyan territory,\" Sisi said in a tweet.", "EGY", "GOV"))
# Aid workers
_page("https://www.einpresswire.com/article/544853322/icrc-strongly-condemns-the-killing-of-three-m-decins-sans-fronti-res-msf-staff-members-in-ethiopia",
      "2021-06-26",
      ("The International Committee of the Red Cross (ICRC)", "The International Committee of the Red Cross (ICRC) strongly condemns "
       "the killing of Médecins Sans Frontières (MSF) staff members in Tigray region of Ethiopia on June 25.", "NGO", "NGO"),
      ("Médecins Sans Frontières (MSF) staff members", "The International Committee of the Red Cross (ICRC) strongly condemns "
       "the killing of Médecins Sans Frontières (MSF) staff members in Tigray region of Ethiopia on June 25.", "NGO", "NGO"),
      ("Nicolas Von Arx, the ICRC head of delegation in Addis Ababa", "\"I can't describe the shock we all felt to hear this "
       "devastating news,\" said Nicolas Von Arx, the ICRC head of delegation in Addis Ababa.", "NGO", "NGO"))
_page("https://hrw.org/english/docs/2004/06/04/afghan8731.htm", "2004-06-03",
      ("Human Rights Watch", "(New York)—Attacks on humanitarian aid workers throughout Afghanistan are endangering the delivery of "
       "assistance to those most in need, Human Rights Watch said today.", "NGO", "NGO"),
      ("Taliban forces", "Since March 2003, at least 32 aid workers have been killed in Afghanistan, and Taliban forces were "
       "implicated in many of these attacks.", "AFG", "REB"),
      ("Reuters", "“We killed them because they worked for the Americans against us using the cover of aid work,” Latifi reportedly "
       "told Reuters.", "GBR", "MED"))
# India's defence and foreign ministers (2025)
_page("https://www.latestly.com/agency-news/world-news-defence-minister-rajnath-singh-holds-bilateral-meeting-with-australian-counterpart-marles-6905772.html",
      "2025-06-04",
      ("Defence Minister Rajnath Singh", "New Delhi [India], June 4 (ANI): Defence Minister Rajnath Singh held a bilateral meeting "
       "with Australian Deputy Prime Minister and Minister for Defence, Richard Marles in New Delhi on Wednesday, the Ministry of "
       "Defence said in a statement.", "IND", "GOV"),
      ("Australian Deputy Prime Minister and Minister for Defence, Richard Marles", "New Delhi [India], June 4 (ANI): Defence "
       "Minister Rajnath Singh held a bilateral meeting with Australian Deputy Prime Minister and Minister for Defence, Richard Marles "
       "in New Delhi on Wednesday, the Ministry of Defence said in a statement.", "AUS", "GOV"),
      ("the Ministry of Defence", "New Delhi [India], June 4 (ANI): Defence "
       "Minister Rajnath Singh held a bilateral meeting with Australian Deputy Prime Minister and Minister for Defence, Richard Marles "
       "in New Delhi on Wednesday, the Ministry of Defence said in a statement.", "IND", "GOV"))
_page("https://www.newindianexpress.com/nation/2025/Jul/01/rajnath-singh-hegseth-discuss-ways-to-augment-defence-ties-with-focus-on-expanding-industry-collaboration",
      "2025-07-01",
      ("Foreign Minister Jaishankar", "NEW DELHI: Defence Minister Rajnath Singh and US Secretary of Defense Pete Hegseth on Tuesday "
       "held a telephonic conversation, meanwhile Foreign Minister Jaishankar met the US Secretary of State in US.", "IND", "GOV"),
      ("US Secretary of Defense Pete Hegseth", "NEW DELHI: Defence Minister Rajnath Singh and US Secretary of Defense Pete Hegseth on "
       "Tuesday held a telephonic conversation, meanwhile Foreign Minister Jaishankar met the US Secretary of State in US.",
       "USA", "GOV"))
_page("https://www.lokmattimes.com/international/rajnath-singh-hegseth-discuss-ways-to-augment-defence-ties-with-focus-on-expanding-industry-collaboration/",
      "2025-07-02",
      ("S Jaishankar", "Meanwhile, S Jaishankar met US Secretary of Defence Pete Hegseth at the Pentagon, where he highlighted the "
       "strategic importance of India-US defence ties, describing them as \"one of the most consequential pillars\" of the bilateral "
       "relationship.", "IND", "GOV"))
_page("https://theindianawaaz.com/rajnath-singh-us-defence-secretary-talk-focus-on-defence-industry-ties/", "2025-07-01",
      ("Mr Hegseth", "He expressed hope for an early meeting with Mr Hegseth to continue the momentum.", "USA", "GOV"))
# Israel: Netanyahu replaces his defence minister (5 November 2024)
_page("https://www.newsbytesapp.com/news/world/benjamin-netanyahu-fires-israel-defence-minister-yoav-gallant-over-crisis-of-trust/story",
      "2024-11-06",
      ("Israeli Prime Minister Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu has sacked Defense Minister Yoav "
       "Gallant over \"crisis of trust.\"", "ISR", "GOV"),
      ("Gideon Saar", "Gideon Saar has been appointed to replace Katz as Foreign Minister.", "ISR", "GOV"),
      ("Hamas", "The Gaza conflict erupted after Hamas attacked Israel on October 7, 2023, killing thousands on both sides.",
       "PSE", "REB"),
      ("Palestinian health ministry", "Israeli figures show 1,206 deaths from the initial attack while Palestinian health ministry "
       "figures show at least 43,391 Palestinians have died due to Israeli military action.", "PSE", "GOV"),
      ("at least 43,391 Palestinians", "Israeli figures show 1,206 deaths from the initial attack while Palestinian health ministry "
       "figures show at least 43,391 Palestinians have died due to Israeli military action.", "PSE", "CVL"))
_page("https://menafn.com/1108856478/Netanyahu-expels-Israeli-defense-minister", "2024-11-06",
      ("the White House", "The firing of Gallant surprised the White House, with US officials expressing concern over the move.",
       "USA", "GOV"),
      ("A National Security Council spokesperson", "A National Security Council spokesperson reaffirmed the US’s commitment to "
       "working closely with Gallant’s successor.", "USA", "GOV"))
_page("https://punchng.com/netanyahu-sacks-defence-minister-names-replacement/?utm_source=rss.punchng.com&utm_medium=web",
      "2024-11-05",
      ("Sky News", "According to Sky News, Netanyahu cited a “crisis of trust” as the main reason for Gallant’s dismissal.",
       "GBR", "MED"),
      ("Alistair Bunkall, Sky News’ Middle East correspondent", "Alistair Bunkall, Sky News’ Middle East correspondent, described the "
       "move as “reckless,” adding that many might interpret it as a step taken for Netanyahu’s political survival.", "GBR", "MED"),
      ("the Israel Defence Forces (IDF)", "This leadership change occurs amidst broader political debates, including discussions on "
       "the drafting of Haredi Jewish students into the Israel Defence Forces (IDF)—a policy Gallant supported.", "ISR", "MIL"))
_page("https://trt.global/afrika-english/article/18228862", "2024-11-05",
      ("Türkiye", "Türkiye has time and again strongly condemned Israel Katz, blasting his propaganda as \"slander\" and "
       "\"disinformation.\"", "TUR", "GOV"),
      ("Foreign Minister Israel Katz", "Foreign Minister Israel Katz has been appointed as the new defence minister.", "ISR", "GOV"))
# Northern Cyprus
_page("http://www.puzda.com/north-cyprus-protest-denounces-interference-ahead-of-erdogan-visit/", "2020-11-10",
      ("the Ankara-backed Ersin Tatar", "Former Turkish Cypriot leader Mustafa Akinci, defeated last month in a “presidential” "
       "election by the Ankara-backed Ersin Tatar, also marched with the demonstrators.", "CYP", "GOV"),
      ("an AFP correspondent", "“No interference,” “Freedom for all,” and “In Cyprus, the Cypriots have their say,” chanted the "
       "demonstrators, who included opposition leaders, an AFP correspondent reported.", "FRA", "MED"))
_page("https://cyprus-mail.com/2023/10/27/turkish-cypriots-protest-against-government/", "2023-10-27",
      ("Hundreds of Turkish Cypriots", "Hundreds of Turkish Cypriots participated in an ‘anti-government’ protest on Friday in "
       "northern Nicosia.", "CYP", "CVL"),
      ("CTP leader Tufan Erhurman", "“This is a case for the country,” CTP leader Tufan Erhurman said, making reference to the fact "
       "that people for various parties were gathered at the protest.", "CYP", "OPP"),
)
# Sudanese refugees in Chad
_page("https://www.thenewhumanitarian.org/news-feature/2023/10/18/chad-lifeline-sudanese-fleeing-war", "2023-10-18",
      ("Sudanese refugees", "Sudanese refugees cross the Chadian border near the town of Adré after escaping fighting in Darfur in "
       "August 2023.", "SDN", "REF"),
      ("returning Chadians", "With no end in sight to the civil war in Sudan between the army and paramilitary Rapid Support Service "
       "(RSF), an additional 100,000 refugees and returning Chadians are expected to make their way into eastern Chad before the end "
       "of the year.", "TCD", "REF"))
_page("https://allafrica.com/stories/202407040571.html", "2024-07-04",
      ("local farmers in Chad", "The camp was not designed for such an influx and now local farmers in Chad are demanding the "
       "refugees be relocated so that they can plant during the upcoming rainy season, local residents told Ayin.", "TCD", "CVL"),
      ("Over 579,000 Sudanese refugees", "Over 579,000 Sudanese refugees have escaped to the neighbouring country, pushing Chad's "
       "refugee population over the 1 million mark, the highest the country has hosted in the past 20 years.", "SDN", "REF"))
_page("https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/life-style/people/2025/04/19/my-son-was-killed-in-front-of-my-eyes-three-bullets-in-his-chest-patrick-freyne-in-chads-desert-camps",
      "2025-04-19",
      ("18-year-old Sudanese refugee Mayaz Osman Ababker", "“Imagine you had a good comfortable life and now you have to live this "
       "way looking for food and water,” says 18-year-old Sudanese refugee Mayaz Osman Ababker, who wants to be a doctor.",
       "SDN", "REF"),
      ("Mohamed Hamdan Dagalo, leader of the Rapid Support Forces (RSF)", "Since April 15th, 2023, they have been caught up in a "
       "violent power struggle between Abdel Fattah Al Burhan, leader of the Sudanese Armed Forces (SAF), and Mohamed Hamdan Dagalo, "
       "leader of the Rapid Support Forces (RSF).", "SDN", "REB"),
      ("the United Arab Emirates", "Both armies are heavily funded by rival international powers – the SAF by Russia, Iran and "
       "Egypt; and the RSF by the United Arab Emirates.", "ARE", "GOV"),
      ("Chad’s government", "About 237,000 of the new arrivals are living in this unofficial site in the town of Adre, but Chad’s "
       "government and aid groups want them to move to official settlements further into the country for their own safety.",
       "TCD", "GOV"))
# Bangladesh: student protests (2018, 2024)
_page("https://www.thedailystar.net/news/bangladesh/news/quota-protest-brac-university-students-block-merul-badda-road-3658091",
      "2024-07-16",
      ("Students of BRAC University", "Students of BRAC University took to the streets in Merul Badda area in Dhaka, protesting the "
       "recent attacks on students of various universities countrywide while they were demonstrating for quota reform.",
       "BGD", "EDU"),
)
_page("https://news.science/index.php/2024/07/22/police-in-bangladesh-use-tear-gas-to-disperse-demonstrators-after-deadly-campus-protests",
      "2024-07-17",
      ("Bangladeshi police", "Bangladeshi police fired tear gas to break up demonstrations in Dhaka on Wednesday after at least six "
       "people died in violent campus protests.", "BGD", "COP"),
      ("supporters of the main opposition Bangladesh Nationalist Party", "Police also clashed with supporters of the main "
       "opposition Bangladesh Nationalist Party in Dhaka after a funeral Wednesday for the six people who died.", "BGD", "OPP"))
_page("http://www.omanobserver.om/bangladesh-students-rally-against-job-quota/", "2018-04-09",
      ("Dhaka University students", "Police fired rubber bullets and tear gas at Dhaka University students fighting what they "
       "complain are discriminatory quotas for government jobs in favour of special groups.", "BGD", "EDU"),
      ("Prime Minister Sheikh Hasina", "It was one of the biggest protests faced by Prime Minister Sheikh Hasina in her decade in "
       "power.", "BGD", "GOV"),
      ("Abdullah Bhuiyan, a 22-year-old English student", "“We won’t leave the streets unless our demands are met. This is all "
       "about dignity. We are not afraid of bullets,” said Abdullah Bhuiyan, a 22-year-old English student.", "BGD", "EDU"))
# Mozambique, Cabo Delgado
_page("https://allafrica.com/stories/202509230029.html", "2025-09-23",
      ("the Mozambican army", "Violence between the Mozambican army and jihadist groups erupted in 2017, claiming over 6,000 lives "
       "and leading to massive population displacement.", "MOZ", "MIL"),
      ("Rwandan forces", "This is the first attack in this area since the insurgents were expelled by Rwandan forces in 2021.",
       "RWA", "MIL"))
_page("https://www.citizen.co.za/news/news-world/news-africa/3036185/mozambique-insurgents-unlikely-to-come-to-negotiating-table/",
      "2022-02-24",
      ("Mozambican forces", "Locals who have been exposed to brutal attacks, living in constant fear, with husbands beheaded and women "
       "raped, do not trust Mozambican forces to provide them with security.", "MOZ", "MIL"),
      ("The Rwanda Defence Forces (RDF)", "The Rwanda Defence Forces (RDF) declared few victories among which the liberation of "
       "Mocimboia Da Praia which was occupied by jihadist for almost a year.", "RWA", "MIL"))
# Nicaragua and the Catholic Church
_page("https://pledgetimes.com/nicaragua-releases-and-sends-a-group-of-clerics-to-the-vatican-including-bishop-rolando-alvarez",
      "2024-01-14",
      ("Monsignor Rolando Álvarez", "Managua (AFP) – The Government of Nicaragua announced this Sunday, January 14, that it released "
       "two Catholic bishops, including Monsignor Rolando Álvarez, a strong critic of President Daniel Ortega, 15 priests and two "
       "seminarians, and sent them to Rome under an agreement with the Vatican.", "NIC", "REL"),
      ("The Government of Nicaragua", "Managua (AFP) – The Government of Nicaragua announced this Sunday, January 14, that it "
       "released two Catholic bishops, including Monsignor Rolando Álvarez, a strong critic of President Daniel Ortega, 15 priests "
       "and two seminarians, and sent them to Rome under an agreement with the Vatican.", "NIC", "GOV"),
      ("The Presidency of Nicaragua", "The Presidency of Nicaragua said that the religious traveled after reaching agreements of "
       "“good faith and good will” with the Holy See to improve “understanding” with the authorities of the Catholic Church.",
       "NIC", "GOV"),
      ("US Undersecretary of State for Western Hemisphere Affairs Brian A. Nichols", "“We are reassured to see the release of these "
       "religious leaders. All people have the right to worship at home and abroad,” US Undersecretary of State for Western "
       "Hemisphere Affairs Brian A. Nichols wrote in X.", "USA", "GOV"))
_page("https://plethoracr.com/?p=19611", "2023-12-21",
      ("Bishop Isidoro Mora", "Although the Nicaraguan police have not commented on the allegation, exiled opposition members in "
       "Costa Rica and the United States reported the detention of Bishop Isidoro Mora, who is in charge of the Siuna diocese, a "
       "Caribbean town located approximately 300 km northeast of Managua.", "NIC", "REL"),
      ("the Nicaraguan police", "Although the Nicaraguan police have not commented on the allegation, exiled opposition members in "
       "Costa Rica and the United States reported the detention of Bishop Isidoro Mora, who is in charge of the Siuna diocese, a "
       "Caribbean town located approximately 300 km northeast of Managua.", "NIC", "COP"),
      ("La Prensa", "Media outlets like La Prensa, El Confidencial, and 100%Noticias, operating from Costa Rica, stated that Mora was "
       "detained after he expressed during a Mass in Matagalpa on Tuesday, where he serves as a bishop, that members of the "
       "Episcopal Conference are “always united in prayer for Monsignor Rolando.”", "NIC", "MED"))
_page("https://mb.com.ph/2024/1/2/pope-urges-dialogue-as-more-nicaraguan-priests-arrested", "2024-01-02",
      ("priest Gustavo Sandino", "According to a list drawn up by Martha Molina, an expert on Nicaraguan church affairs who is "
       "exiled in the United States, priest Gustavo Sandino from the northern region of Jinotega was arrested on New Year's Eve.",
       "NIC", "REL"),
      ("iron-fisted leftist President Daniel Ortega", "His detention was the latest in a wave of arrests under iron-fisted leftist "
       "President Daniel Ortega, which began on December 20 with the detention of Bishop Isidoro Mora.", "NIC", "GOV"))
_page("https://clericalwhispers.blogspot.com/2022/08/exiled-nicaraguan-prelate-challenges.html", "2022-08-22",
      ("Bishop Silivio Báez", "“It is necessary to ask for freedom. We must not negotiate with the person [Ortega]. We must ask for "
       "freedom, because they are innocent,” said Bishop Silivio Báez in a Mass celebrated in Miami and broadcast through his "
       "social networks.", "NIC", "REL"),
      ("The National Police, headed by Francisco Diaz", "The National Police, headed by Francisco Diaz, in-law of Ortega, confirmed "
       "that they carried out an early morning operation in the curia of Matagalpa in which they took Álvarez and his collaborators "
       "against their will, and then transferred them to Managua.", "NIC", "COP"))
# Haiti's gangs (September 2025)
_page("https://www.plenglish.com/news/2025/09/24/gang-leader-barbecue-frightens-port-au-prince-with-revenge", "2025-09-24",
      ("Jimmy 'Barbecue' Cherizier, leader of a gang coalition Viv Ansanm", "Port-au-Prince, Sep 24 (Prensa Latina) Jimmy 'Barbecue' "
       "Cherizier, leader of a gang coalition Viv Ansanm, keeps parts of this capital worried after announcing that he will avenge "
       "the deaths of civilians during an anti-gang operation.", "HTI", "CRM"),
      ("gang leader Albert Steevenson, alias Djouma", "Two suicide drones, targeting gang leader Albert Steevenson, alias Djouma, "
       "exploded in the Simon Pele district of Cite Soleil.", "HTI", "CRM"),
      ("The Haiti Libre newspaper", "The Haiti Libre newspaper reported that at the time of the attack, Djouma was preparing to "
       "celebrate his birthday and was distributing gifts to children.", "HTI", "MED"),
      ("The National Human Rights Defense Network (RNDDH)", "The National Human Rights Defense Network (RNDDH) in Haiti accused the "
       "police of launching the attack without evidence.", "HTI", "NGO"))
# British intelligence on its adversaries
_page("https://www.click2houston.com/gallery/news/2025/10/16/mi5-chief-says-china-is-a-security-threat-to-uk-as-officials-trade-blame-over-spy-case-collapse",
      "2025-10-16",
      ("Director General of MI5, the UK's Security Service, Ken McCallum", "Director General of MI5, the UK's Security Service, Ken "
       "McCallum, delivers the annual Director General's Speech at Thames House, the headquarters of the UK's Security Service in "
       "London on Thursday Oct.r 16, 2025.", "GBR", "SPY"))
_page("https://news-pravda.com/world/2025/10/16/1778099.html", "2025-10-16",
      ("the Chinese intelligence services", "McCallum added that MI5 foiled the plot of the Chinese intelligence services just last "
       "week.", "CHN", "SPY"))
_page("https://us-news.today/isis-is-back-says-uk-spy-chief", "2024-10-08",
      ("Russian intelligence agency the GRU", "Russian intelligence agency the GRU is, he said, on a “sustained mission to generate "
       "mayhem on British and European streets.”", "RUS", "SPY"),
      ("Ken McCallum, the director general of security service MI5", "Ken McCallum, the director general of security service MI5, "
       "on Tuesday gave the U.K.’s first threat update since 2022, offering a wide-ranging assessment of threats from the Middle "
       "East, Russia — and much closer to home.", "GBR", "SPY"))
_page("https://theepochtimes.com/china-russia-and-iran-are-not-squeamish-about-tactics-mi5-chief-warns_4867088.html", "2022-11-16",
      ("Iranian intelligence services", "He focused his attention on the threat from Tehran and said there had been at least 10 "
       "plots by Iranian intelligence services to kidnap or kill British or “UK-based” people who were “enemies of the regime.”",
       "IRN", "SPY"),
      ("Moscow’s armed forces", "With Moscow’s armed forces increasingly bogged down in Ukraine, McCallum warned: “The serious point "
       "is that the UK must be ready for Russian aggression for years to come.", "RUS", "MIL"))
# Kenya Airways and Nairobi's airport
_page("https://www.kbc.co.ke/kenya-airways-posts-first-profit-of-ksh-513m-after-a-decade/?utm_source=rss&utm_medium=rss&utm_campaign=kenya-airways-posts-first-profit-of-ksh-513m-after-a-decade",
      "2024-08-19",
      ("Kenya Airways", "Kenya Airways has bounced back to profitability with a net profit of Ksh 513 million for the first six "
       "months of the year.", "KEN", "BUS"),
      ("Michael Joseph, Kenya Airways Chairman", "“The impressive performance reaffirms the operational viability of our business and "
       "underscores the effectiveness of the collective efforts by our board, management, and staff,” Michael Joseph, Kenya Airways "
       "Chairman.", "KEN", "BUS"),
)
_page("https://tuko.co.ke/kenya/502466-jkia-flights-suspended-cargo-plane-develops-technical-hitch-takeoff", "2023-04-17",
      ("The Kenya Airports Authority", "The Kenya Airports Authority has suspended all flights after a cargo plane developed a "
       "technical hitch during take-off on the morning of Monday, April 17.", "KEN", "GOV"),
      ("Singapore Airlines", "- Reports indicated that the cargo plane from Singapore Airlines developed a technical hitch",
       "SGP", "BUS"))
_page("https://dailynews.co.tz/news/2020-08-085f2e8ce61ccc5.aspx", "2020-08-08",
      ("the national carrier Kenya Airways", "BARELY a week after Kenya opened its airspace for international flights, the national "
       "carrier Kenya Airways has suspended flights to eight destinations in the continent.", "KEN", "BUS"))
# Mexico: the 2024 candidates as chosen in September 2023 (dated roles: compare Sheinbaum in 2025 above)
_page("https://www.bloomberglinea.com/english/mexico-elections-sheinbaum-to-face-galvez-in-fight-for-first-female-presidency/",
      "2023-09-07",
      ("Claudia Sheinbaum", "Mexico City — Claudia Sheinbaum, a former Mexico City mayor, won the internal selection process of "
       "the ruling Morena party Wednesday, and will run as its presidential candidate in the June 2024 elections.", "MEX", "POL"),
      ("former Foreign Minister Marcelo Ebrard", "The selection process had raised eyebrows earlier in the day, with former Foreign "
       "Minister Marcelo Ebrard, a frontrunner for the candidacy, saying the process used to pick the nominee was “tainted” and "
       "needed “to be redone”.", "MEX", "POL"),
      ("Alfonso Durazo, president of Morena’s national committee", "Alfonso Durazo, president of Morena’s national committee, said: "
       "“This movement needs all of us; in unity, no one loses”.", "MEX", "GOV"))
_page("https://pledgetimes.com/will-two-women-compete-for-the-presidency-of-mexico-today-amlos-candidate-is-defined/", "2023-09-06",
      ("Senator Gálvez", "If the trends are confirmed, Sheinbaum will face Senator Gálvez, 60, officially inaugurated last Sunday "
       "after having dominated the internal elections of a front of opposition parties in June.", "MEX", "LEG"),
      ("President Andrés Manuel López Obrador", "Very popular, President Andrés Manuel López Obrador boasted on Tuesday that he had "
       "not “tipped the scales” in favor of any candidate.", "MEX", "GOV"))
# Cyprus after the October 2025 election in the north (dated roles: compare Erhurman in 2023 above)
_page("https://www.dailysabah.com/politics/turkish-greek-cypriot-leaders-to-meet-for-first-time/news", "2025-11-17",
      ("Newly elected Turkish Republic of Northern Cyprus (TRNC) President Tufan Erhürman", "Newly elected Turkish Republic of "
       "Northern Cyprus (TRNC) President Tufan Erhürman and Greek Cypriot leader Nikos Christodoulides will meet on Nov. 20, in their "
       "first encounter since Erhürman took office last month.", "CYP", "GOV"),
      ("Greek Cypriot leader Nikos Christodoulides", "Newly elected Turkish Republic of Northern Cyprus (TRNC) President Tufan "
       "Erhürman and Greek Cypriot leader Nikos Christodoulides will meet on Nov. 20, in their first encounter since Erhürman took "
       "office last month.", "CYP", "GOV"))
_page("https://cyprus-mail.com/2025/10/31/diagne-promises-to-do-everything-possible-for-cyprus-solution-after-erhurman-meeting",
      "2025-10-31",
      ("New United Nations special representative in Cyprus Khassim Diagne", "New United Nations special representative in Cyprus "
       "Khassim Diagne on Friday told Turkish Cypriot leader Tufan Erhurman that he and the UN will “do everything possible to work "
       "towards” a solution to the Cyprus problem.", "IGO", "GOV", "UN"),
      ("Turkish Cypriot leader Tufan Erhurman", "New United Nations special representative in Cyprus "
       "Khassim Diagne on Friday told Turkish Cypriot leader Tufan Erhurman that he and the UN will “do everything possible to work "
       "towards” a solution to the Cyprus problem.", "CYP", "GOV"),
      ("United Nations Secretary-General Antonio Guterres", "On this matter, he made reference to a letter sent by United Nations "
       "Secretary-General Antonio Guterres to Erhurman earlier this week, saying he recalls Guterres’ “commitment to work for the "
       "wellbeing and security of all Cypriots in order to secure a peaceful resolution and a sustainable solution to the Cyprus "
       "issue”.", "IGO", "GOV", "UN"))
_page("https://cyprus-mail.com/2025/10/29/christodoulides-tells-erhurman-they-should-meet-soon", "2025-10-29",
      ("government spokesman Konstantinos Letymbiotis", "President Nikos Christodoulides said on Wednesday he was ready to meet new "
       "Turkish Cypriot leader Tufan Erhurman as soon as possible, with the latter replying he would be getting back to him shortly "
       "to set a date, according to government spokesman Konstantinos Letymbiotis.", "CYP", "GOV"),
      ("President Nikos Christodoulides", "President Nikos Christodoulides said on Wednesday he was ready to meet new "
       "Turkish Cypriot leader Tufan Erhurman as soon as possible, with the latter replying he would be getting back to him shortly "
       "to set a date, according to government spokesman Konstantinos Letymbiotis.", "CYP", "GOV"))
_page("https://www.hurriyetdailynews.com/turkish-cypriot-leader-next-talks-must-be-different-218878", "2026-02-11",
      ("Turkish Cypriot President Tufan Erhürman", "Turkish Cypriot President Tufan Erhürman told U.N. Secretary-General Antonio "
       "Guterres on Feb. 11 that Turkish Cypriots face what he described as “unfair and unlawful isolation,” adding that the next "
       "talks on the ethnically-divided island must be different.", "CYP", "GOV"),
      ("Turkish Cypriots", "Turkish Cypriot President Tufan Erhürman told U.N. Secretary-General Antonio "
       "Guterres on Feb. 11 that Turkish Cypriots face what he described as “unfair and unlawful isolation,” adding that the next "
       "talks on the ethnically-divided island must be different.", "CYP", "CVL"))
# Khyber Pakhtunkhwa: unidentified gunmen
_page("https://www.newsdrum.in/international/7-killed-in-gun-attack-on-picnic-goers-in-northwest-pakistan-9668800", "2025-08-17",
      ("unidentified gunmen", "Peshawar, Aug 17 (PTI) At least seven people were killed and another injured when unidentified gunmen "
       "ambushed a group of friends returning from a picnic in Pakistan's Khyber Pakhtunkhwa province, police said on Sunday.",
       "PAK", "UAF"),
      ("Rescue 1122 officials", "Rescue 1122 officials assisted by police contingents shifted the bodies and the injured to District "
       "Headquarters Hospital Kohat.", "PAK", "GOV"))
_page("https://www.newsdrum.in/international/4-killed-3-injured-in-attack-in-pakistans-restive-northwest-2321735", "2024-01-07",
      ("unidentified gunmen", "Peshawar, Jan 7 (PTI) At least four people were killed and three others injured on Sunday when "
       "unidentified gunmen opened fire on two vehicles in Pakistan's restive Khyber-Pakhtunkhwa province, police said.",
       "PAK", "UAF"),
      ("District Police Officer (DPO) Muhammad Imran", "District Police Officer (DPO) Muhammad Imran said that armed attackers with "
       "automated weapons targeted two vehicles en route from Parachinar to Peshawar, Dawn News reported.", "PAK", "COP"),
      ("Dawn News", "District Police Officer (DPO) Muhammad Imran said that armed attackers with "
       "automated weapons targeted two vehicles en route from Parachinar to Peshawar, Dawn News reported.", "PAK", "MED"),
      ("Local tribes of Turi Bangash", "Local tribes of Turi Bangash have called for an emergency meeting to decide on a plan of "
       "action about the attacks.", "PAK", "CVL"))
_page("https://dailynewsplanet.com/2025/12/government-worker-assassinated-in-vehicle-attack", "2025-12-02",
      ("gunmen", "Four people died Tuesday, December 2, 2025, when gunmen opened fire on a government vehicle traveling through "
       "northwestern Pakistan, killing a senior district official, two police officers, and a civilian in an attack that highlights "
       "the growing security crisis facing the region.", "PAK", "UAF"),
      ("Shah Waliullah, the Assistant Commissioner of North Waziristan", "Shah Waliullah, the Assistant Commissioner of North "
       "Waziristan, was traveling with his security team on Miranshah Road near Bannu in Khyber Pakhtunkhwa province when armed "
       "attackers ambushed his vehicle around 10 a.m.", "PAK", "GOV"),
      ("Khyber Pakhtunkhwa Chief Minister Sohail Afridi", "Khyber Pakhtunkhwa Chief Minister Sohail Afridi spoke out against the "
       "attack and requested a detailed report from the provincial police chief.", "PAK", "GOV"),
      ("Tehreek-i-Taliban Pakistan", "However, authorities suspect involvement by Tehreek-i-Taliban Pakistan, a militant organization "
       "that has been blamed", "PAK", "REB"))
# Kenya: the National Assembly impeaches the deputy president (8 October 2024; he stays in office until the Senate votes)
_page("https://www.businessdailyafrica.com/bd/economy/mps-vote-to-impeach-deputy-president-rigathi-gachagua-4789152", "2024-10-08",
      ("Kenya's National Assembly", "Kenya's National Assembly has overwhelmingly voted to impeach Deputy President Rigathi Gachagua.",
       "KEN", "LEG"),
      ("Deputy President Rigathi Gachagua", "Kenya's National Assembly has overwhelmingly voted to impeach Deputy President Rigathi "
       "Gachagua.", "KEN", "GOV"),
      ("National Assembly Speaker Moses Wetang’ula", "National Assembly Speaker Moses Wetang’ula is expected to notify his Senate "
       "counterpart Amason Kingi latest by Thursday of the development.", "KEN", "LEG"),
      ("his Senate counterpart Amason Kingi", "National Assembly Speaker Moses Wetang’ula is expected to notify his Senate "
       "counterpart Amason Kingi latest by Thursday of the development.", "KEN", "LEG"))
_page("https://thesharpdaily.com/gachagua-impeachment-senate-hearings", "2024-10-09",
      ("Senate Majority Leader Aaron Cheruiyot", "The motion to establish a special committee for investigating Gachagua’s "
       "impeachment, proposed by Senate Majority Leader Aaron Cheruiyot, failed to advance after Nairobi Senator Edwin Sifuna "
       "declined to second it.", "KEN", "LEG"))
# Nigeria's university lecturers
_page("https://newscentral.africa/tag/the-academic-staff-union-of-universities", "2021-11-15",
      ("Nigeria’s Academic Staff Union of Universities (ASUU)", "Nigeria’s Academic Staff Union of Universities (ASUU) has issued a "
       "three-week ultimatum to the Federal Government of Nigeria to address all issues in the December 2020", "NGA", "EDU"),
      ("the Federal Government of Nigeria", "Nigeria’s Academic Staff Union of Universities (ASUU) has issued a "
       "three-week ultimatum to the Federal Government of Nigeria to address all issues in the December 2020", "NGA", "GOV"))
_page("https://instablog9ja.com/category/news-updates/page/3291", "2020-11-17",
      ("The union’s Abuja Zonal Coordinator, Prof. Theophilus Lagi", "The union’s Abuja Zonal Coordinator, Prof. Theophilus Lagi, who "
       "stated this on Tuesday, November 17, at a briefing...", "NGA", "EDU"))
# Mali and Barrick Gold (April 2025)
_page("https://www.daily8.com/en/article/64db67cf6808255a59c7e4701f20b4be", "2025-04-25",
      ("Barrick Gold", "DAKAR, April 25 (Reuters) - At least four subcontractors employing several hundred people at Barrick Gold's "
       "complex in Mali are laying off staff following a two-year dispute between the Canadian miner and the state, according to "
       "documents seen by Reuters and people familiar with the matter.", "CAN", "BUS"),
      ("Mali's government", "Mali's government, which took power after coups in 2020 and 2021 and introduced a new mining code in "
       "2023, had been blocking the company's gold exports since early November.", "MLI", "GOV"))
_page("https://interbellumnews.com/economics/gold-giant-barrick-gold-begins-layoffs-amid-dispute-with-mali", "2025-04-24",
      ("authorities in Bamako", "Last week, authorities in Bamako officially shut down Barrick’s offices over the tax dispute and "
       "issued threats to nationalize the company’s assets.", "MLI", "GOV"),
      ("Mali’s military-led government under General Assimi Goïta", "Since seizing power in a 2021 coup, Mali’s military-led "
       "government under General Assimi Goïta has pushed to assert greater control over the country's estimated 350 gold mines, "
       "long dominated by Western firms.", "MLI", "GOV"),
      ("President Ibrahim Traoré", "This week, Burkina Faso—Africa’s fourth-largest gold producer—announced it had thwarted a "
       "significant coup attempt against President Ibrahim Traoré.", "BFA", "GOV"))
