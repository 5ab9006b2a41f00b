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
    ("Fire kills nine, injures dozens in Chittagong", "local activists", "BGD", "CVL"),
    # 2019-02-21 sixteen states
    ("Sixteen states sue", "the U.S. Treasury Department", "USA", "GOV"),
    ("Sixteen states sue", "Al Jazeera", "QAT", "MED"),
    # 2019-03-02 Bradford
    ("Nine jailed over sexual abuse", "Judge Durham Hall QC", "GBR", "JUD"),
    ("Nine jailed over sexual abuse", "Prosecutor Kama Melly QC", "GBR", "JUD"),
    ("Nine jailed over sexual abuse", "Bradford Council", "GBR", "GOV"),
    # 2019-03-17 Christchurch
    ("New Zealand mosque murder suspect", "Christchurch District Court", "NZL", "JUD"),
    ("New Zealand mosque murder suspect", "Judge Paul Kellar", "NZL", "JUD"),
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
    ("Police shoot teenage protester", "Police Senior Superintendent Yolanda Yu Hoi-kwan", "HKG", "COP"),
    ("Police shoot teenage protester", "Amnesty International", "NGO", "NGO"),
    ("Police shoot teenage protester", "RTHK", "HKG", "MED"),
    ("Police shoot teenage protester", "City University Student Union", "HKG", "EDU"),
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
    ("Hundreds of Hong Kong district council seats", "pro-Beijing candidates", "HKG", "POL"),
    ("Hundreds of Hong Kong district council seats", "Chinese University political scientist Ma Ngok", "HKG", "EDU"),
    # 2019-12-16 UK election
    ("Conservative Party wins majority", "The Scottish National Party (SNP)", "GBR", "POL"),
    ("Conservative Party wins majority", "The Brexit Party", "GBR", "POL"),
    ("Conservative Party wins majority", "The Labour Party's leader, Jeremy Corbyn", "GBR", "OPP"),
    # 2020-01-01 Samoa
    ("Samoan government ends state of emergency", "The island nation's cabinet", "WSM", "GOV"),
    ("Samoan government ends state of emergency", "the National Emergency Operation Centre", "WSM", "GOV"),
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
    ("Police arrest twelve after explosives", "The forestry department", "IND", "GOV"),
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
       "Munich on February 15, the V", "IGO", "GOV", "EU"),
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
      ("the Home Front Command", "Despite the heightened alert, there has been no change in the Home Front Command's instructions "
       "to the public.", "ISR", "MIL"),
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
      ("Prosecutors", "Prosecutors said he agreed to forfeit $15 billion as part of his plea deal, which spared him the possibility "
       "of the death penalty but left him facing a life sentence.", "USA", "JUD"),
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
      ("Troops of Operation Safe Haven", "Troops of Operation Safe Haven were instantly mobilized to avert further genocide.",
       "NGA", "MIL"),
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
      ("Opposition parties", "Opposition parties, however, have alleged that the elections were rigged, leading to a boycott of the "
       "most recent local elections and a pause in EU accession talks.", "GEO", "OPP"),
      ("the ruling Georgian Dream party", "The nation has been experiencing significant political unrest since the ruling Georgian "
       "Dream party declared victory in last year’s elections.", "GEO", "POL"))
_page("https://statesheadline.com/tbilisi-erupts-in-protests-as-opposition-demands-change", "2025-10-04",
      ("the Ministry of Internal Affairs", "In a direct statement aimed at the rally organizers, the Ministry of Internal Affairs "
       "announced the rally illegal, saying it had “crossed the limits established by law.”", "GEO", "GOV"),
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
      ("martial law troops", "Videos of martial law troops breaking and entering the National Assembly, a symbol of democracy here, "
       "while carrying guns as the parliamentary aides fought back by spraying fire extinguishers, sent shock waves through the "
       "nation.", "KOR", "MIL"),
      ("Seoul National University", "“Strong signs of Yoon’s political isolation have existed for some time, but his declaration "
       "of martial law is projected to leave him more stranded,” Park Won-ho, professor of political science and international "
       "relations at Seoul National University said via phone.", "KOR", "EDU"))
_page("https://www.giornaledibrescia.it/italia-e-estero/seul-almeno-in-150000-alla-manifestazione-contro-yoon-n3dtgj7r", "2024-12-07",
      ("Protesters", "epa11761566 Protesters hold placards calling for the impeachment of President Yoon Suk Yeol in front of the "
       "National Assembly in Seoul, South Korea, 07 December 2024.", "KOR", "CVL"))
