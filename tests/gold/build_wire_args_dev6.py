"""Writes wire_args_dev6.jsonl: a sixth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). It was written and annotated from the reports alone, before the coder was run on it, to
measure how far the rules tuned on the first five dev sets carry to new text; its sha256 is pinned in
tests/test_gold_frozen.py, so it stays as first annotated (a correction is a new set, not an edit).

It draws on conflicts and countries that the first five sets hardly touch, with datelines from fifteen
countries: the Kyrgyz-Tajik border (datelines from both capitals), Mozambique's election protests, Ecuador's
raid on the Mexican embassy, Iran's strikes in Pakistan, North Korea's launches (Tokyo and Seoul), Niger's junta
and France, South Sudan, Burkina Faso, Guyana and Venezuela, Sri Lanka and Indian fishermen, the Sahel states and
Algeria (datelines from both capitals), and Ethiopia and Eritrea. The error classes it aims at: targets implied
by a complement ("called on the authorities to ...", "urged New Delhi to ..."), the culprit of a condemned act
("condemned the launch": its owner, text null), the owner of an attacked thing ("an army base", "a U.N.
helicopter", "bases of the militant group"), weapons and vehicles as subjects ("Iranian missile and drone
strikes killed ...", "The Indian trawlers damaged ..."), passive agents ("arrested by government forces"),
participial accusations ("..., accusing Caracas of ..."), coordinated sources ("Mali, Burkina Faso and Niger
recalled ..."), and a capital used as a place ("its embassy in Beijing", "in Quito").

Conventions: docs/annotation-guidelines.md ("Arguments"). A sector is left null where the guidelines do not fix it
(border guards, fishermen, a junta, a vice-president who also leads the opposition). The recall of one's own
ambassadors or a break in relations is REDUCE; ordering another state's envoy out is SANCTION (`expel`).
Every story is a short wire-style paraphrase of the public report(s) cited as its source (Reuters, AP, AFP,
Xinhua, dpa, Jiji), found with a search of stored public pages; the reports stay their publishers'. Where the
report gives no day, the dateline has none and the item no date. Run: python tests/gold/build_wire_args_dev6.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("i01", "https://kdal610.com/2022/09/14/fresh-clash-erupts-between-kyrgyz-tajik-border-guards/ (Reuters, "
     "2022-09-14)",
     "2022-09-14", ("BISHKEK, Sept 14", "Bishkek", "KGZ"),
     "BISHKEK, Sept 14 (Reuters) - Kyrgyz and Tajik border guards exchanged fire on Wednesday in a fresh dispute "
     "over the border, officials on both sides said. Kyrgyz border guards accused the Tajiks of taking up positions "
     "on a part of the frontier that has not been demarcated. The Tajik side said Kyrgyz border guards had opened "
     "unprovoked gun and mortar fire on its outpost.",
     [E("ASSAULT", A("Kyrgyz", "KGZ"), A("Tajik border guards", "TJK"), modality="reported"),
      E("ACCUSE", A("Kyrgyz border guards", "KGZ"), A("the Tajiks", "TJK")),
      E("ASSAULT", A("Kyrgyz border guards", "KGZ"), A("its", "TJK"), modality="reported",
        instrument="gun and mortar fire", obj="outpost")]),
    ("i02", "https://whbl.com/?p=18870 (Reuters)",
     None, ("DUSHANBE", "Dushanbe", "TJK"),
     "DUSHANBE (Reuters) - Tajik border guards shelled their Kyrgyz counterparts with mortars on Friday, wounding "
     "three servicemen, Kyrgyzstan's border guard service said in a statement. Tajik border guards, in turn, "
     "accused Kyrgyz ones of opening fire at two Tajik civilians.",
     [E("ASSAULT", A("Tajik border guards", "TJK"), A("their Kyrgyz counterparts", "KGZ"), modality="reported",
        instrument="mortars"),
      E("ACCUSE", A("Tajik border guards", "TJK"), A("Kyrgyz ones", "KGZ"))]),
    ("i03", "https://www.aljazeera.com/news/2024/10/21/police-in-mozambique-disperse-opposition-protest-after-"
     "disputed-election (2024-10-21); https://www.dailymail.co.uk/wires/afp/article-13983705/Police-Mozambique-"
     "disperse-vote-protest.html (AFP, 2024-10-21)",
     "2024-10-21", ("MAPUTO, Oct 21", "Maputo", "MOZ"),
     "MAPUTO, Oct 21 - Riot police in Mozambique's capital fired tear gas on Monday at a crowd that was protesting "
     "against alleged electoral fraud, days after the killing of two opposition allies. The European Union, the "
     "African Union and the United Nations have condemned the killings and called on the authorities to identify "
     "the perpetrators.",
     [E("ASSAULT", A("Riot police", "MOZ", "COP"), A("a crowd", "MOZ", "CVL"), instrument="tear gas"),
      E("PROTEST", A("a crowd", "MOZ", "CVL"), None, mode="demo"),
      E("ACCUSE", A("The European Union", "IGO"), None, mode="disapprove"),
      E("ACCUSE", A("African Union", "IGO"), None, mode="disapprove"),
      E("ACCUSE", A("the United Nations", "IGO"), None, mode="disapprove"),
      E("REQUEST", A("The European Union", "IGO"), A("the authorities", "MOZ", "GOV")),
      E("REQUEST", A("African Union", "IGO"), A("the authorities", "MOZ", "GOV")),
      E("REQUEST", A("the United Nations", "IGO"), A("the authorities", "MOZ", "GOV"))]),
    ("i04", "https://www.ajc.com/news/nation-world/mexico-is-breaking-diplomatic-ties-with-ecuador-after-police-"
     "stormed-the-embassy-in-quito/LJIECNO4DFBGJFVNBYAKFRJ5FY/ (AP, 2024-04-06)",
     "2024-04-06", ("QUITO, April 6", "Quito", "ECU"),
     "QUITO, April 6 (AP) - Ecuadorian police broke into the Mexican Embassy in Quito late on Friday and arrested "
     "former Vice President Jorge Glas, who had sought political asylum there. Mexican President Andres Manuel "
     "Lopez Obrador called the arrest a flagrant violation of international law and announced that Mexico was "
     "breaking off diplomatic relations with Ecuador.",
     [E("COERCE", A("Ecuadorian police", "ECU", "COP"), A("Mexican", "MEX"), obj="the Mexican Embassy"),
      E("COERCE", A("Ecuadorian police", "ECU", "COP"), A("former Vice President Jorge Glas", "ECU"),
        mode="arrest"),
      E("ACCUSE", A("Mexican President Andres Manuel Lopez Obrador", "MEX", "GOV"), A(None, "ECU", "COP")),
      E("REDUCE", A("Mexico", "MEX"), A("Ecuador", "ECU"))]),
    ("i05", "https://www.dawn.com/news/1806686 (2024-01-18); https://menafn.com/1107736179/Pakistan-takes-back-its-"
     "ambassador-from-Tehran (2024-01-18)",
     "2024-01-17", ("ISLAMABAD, Jan 17", "Islamabad", "PAK"),
     "ISLAMABAD, Jan 17 - Pakistan recalled its ambassador from Tehran on Wednesday and told Iran's envoy not to "
     "return, a day after Iranian missile and drone strikes in Balochistan province killed two children. Foreign "
     "Office spokesperson Mumtaz Zahra Baloch called the strikes an illegal act. Iran said it had targeted bases of "
     "the militant group Jaish al-Adl.",
     [E("REDUCE", A("Pakistan", "PAK"), A(None, "IRN")),
      E("SANCTION", A("Pakistan", "PAK"), A("Iran's envoy", "IRN", "GOV"), mode="expel"),
      E("ASSAULT", A("Iranian", "IRN"), A("two children", "PAK", "CVL"), instrument="missile and drone strikes"),
      E("ACCUSE", A("Foreign Office spokesperson Mumtaz Zahra Baloch", "PAK", "GOV"), A(None, "IRN")),
      E("ASSAULT", A("it", "IRN"), A("the militant group Jaish al-Adl", "IRN", "REB"), modality="reported",
        obj="bases")]),
    ("i06", "https://japannews.yomiuri.co.jp/politics/defense-security/20221014-64295/ (Jiji Press, 2022-10-14)",
     "2022-10-14", ("TOKYO, Oct 14", "Tokyo", "JPN"),
     "TOKYO, Oct 14 (Jiji Press) - Japanese Defense Minister Yasukazu Hamada condemned North Korea's latest "
     "ballistic missile launch on Friday, calling it absolutely unacceptable. Japan lodged a protest with North "
     "Korea through its embassy in Beijing, Hamada said. The United States called on Pyongyang to return to "
     "dialogue.",
     [E("ACCUSE", A("Japanese Defense Minister Yasukazu Hamada", "JPN", "GOV"), A("North Korea's", "PRK"),
        mode="disapprove"),
      E("ACCUSE", A("Japan", "JPN"), A("North Korea", "PRK"), mode="disapprove"),
      E("REQUEST", A("The United States", "USA"), A("Pyongyang", "PRK", "GOV"))]),
    ("i07", "https://www.voanews.com/a/north-korea-fires-suspected-ballistic-missile-condemns-us-for-raising-"
     "tensions/7401723.html (Reuters, 2023-12-17)",
     "2023-12-17", ("SEOUL, Dec 17", "Seoul", "KOR"),
     "SEOUL, Dec 17 - North Korea's defence ministry condemned U.S.-led military drills on Sunday as a preview of "
     "a nuclear war, shortly after a North Korean ballistic missile launch. A ministry spokesman also criticised "
     "the arrival of the U.S. nuclear-powered submarine USS Missouri in the South Korean port of Busan. Japan and "
     "South Korea both condemned the launch.",
     [E("ACCUSE", A("North Korea's defence ministry", "PRK", "GOV"), A("U.S.", "USA"), mode="disapprove"),
      E("ACCUSE", A("A ministry spokesman", "PRK", "GOV"), A("U.S.", "USA"), mode="disapprove"),
      E("ACCUSE", A("Japan", "JPN"), A(None, "PRK"), mode="disapprove"),
      E("ACCUSE", A("South Korea", "KOR"), A(None, "PRK"), mode="disapprove")]),
    ("i08", "https://newslooks.com/nigers-junta-asks-french-ambassador-to-leave-the-country (AP, 2023-08-25); "
     "https://thisisbeirut.com.lb/world/169735 (AFP, 2023-08-26)",
     "2023-08-25", ("NIAMEY, Aug 25", "Niamey", "NER"),
     "NIAMEY, Aug 25 - Niger's military junta ordered French Ambassador Sylvain Itte to leave the country within "
     "48 hours on Friday, the foreign ministry said, accusing him of ignoring an invitation to meet the foreign "
     "minister. France rejected the order, saying the putschists had no authority to make it. The West African "
     "bloc ECOWAS urged the coup leaders to restore civilian rule.",
     [E("SANCTION", A("Niger's military junta", "NER"), A("French Ambassador Sylvain Itte", "FRA", "GOV"),
        mode="expel", modality="reported"),
      E("ACCUSE", A("the foreign ministry", "NER"), A("him", "FRA", "GOV")),
      E("REJECT", A("France", "FRA"), A(None, "NER")),
      E("REQUEST", A("ECOWAS", "IGO"), A("the coup leaders", "NER"))]),
    ("i09", "https://www.journal-news.com/nation-world/south-sudan-opposition-says-peace-deal-has-collapsed-after-"
     "arrest-of-its-leader/BSIRFAZM2BFSDK675BEWMZBCQU/ (AP, 2025-03-27)",
     "2025-03-27", ("JUBA, March 27", "Juba", "SSD"),
     "JUBA, March 27 (AP) - South Sudan's main opposition party said its leader, First Vice President Riek Machar, "
     "had been arrested by government forces, while the United Nations urged all parties to uphold the 2018 peace "
     "deal. Earlier this month the White Army, an armed group loyal to Machar, overran an army base in Upper Nile "
     "state and attacked a U.N. helicopter.",
     [E("COERCE", A("government forces", "SSD"), A("First Vice President Riek Machar", "SSD"), mode="arrest",
        modality="reported"),
      E("REQUEST", A("the United Nations", "IGO"), A("all parties", "SSD")),
      E("ASSAULT", A("the White Army", "SSD", "REB"), A("army", "SSD", "MIL"), obj="an army base"),
      E("ASSAULT", A("the White Army", "SSD", "REB"), A("U.N.", "IGO"), obj="a U.N. helicopter")]),
    ("i10", "http://www.naharnet.com/stories/en/271789-eight-burkina-soldiers-killed-in-jihadist-attack (AFP, "
     "2020-05-13); https://alupublishing.com/?p=6162 (AFP)",
     "2020-05-13", ("ABIDJAN, May 13", "Abidjan", "CIV"),
     "ABIDJAN, May 13 (AFP) - Jihadists ambushed Burkinabe troops close to the Niger border in Yagha province on "
     "Monday, killing eight soldiers, security sources told AFP. President Roch Marc Christian Kabore saluted the "
     "commitment of the country's defence and security forces.",
     [E("ASSAULT", A("Jihadists", "BFA", "REB"), A("Burkinabe troops", "BFA", "MIL"), modality="reported"),
      E("SUPPORT", A("President Roch Marc Christian Kabore", "BFA", "GOV"),
        A("the country's defence and security forces", "BFA", "MIL"), mode="praise")]),
    ("i11", "https://dev-v4.freemalaysiatoday.com/category/world/2025/03/16/guyanas-leader-rules-out-talks-with-"
     "venezuela-over-disputed-border-region (AFP, 2025-03-16)",
     None, ("GEORGETOWN", "Georgetown", "GUY"),
     "GEORGETOWN (AFP) - Guyanese President Irfaan Ali on Saturday ruled out talks with Venezuela over the disputed "
     "Essequibo region, accusing Caracas of blatantly disregarding a 2023 agreement. Earlier this month Guyana "
     "denounced what it said was an incursion of a Venezuelan military vessel into its waters. Venezuelan President "
     "Nicolas Maduro has accused Ali of entering a war spiral.",
     [E("REJECT", A("Guyanese President Irfaan Ali", "GUY", "GOV"), A("Venezuela", "VEN")),
      E("ACCUSE", A("Guyanese President Irfaan Ali", "GUY", "GOV"), A("Caracas", "VEN", "GOV")),
      E("ACCUSE", A("Guyana", "GUY"), A("Venezuelan", "VEN", "MIL"), mode="disapprove"),
      E("ACCUSE", A("Venezuelan President Nicolas Maduro", "VEN", "GOV"), A("Ali", "GUY", "GOV"))]),
    ("i12", "https://ndtv.com/india-news/sri-lanka-arrests-21-indian-fishermen-after-clash-with-navy-2743536/amp/1 "
     "(AFP)",
     None, ("COLOMBO", "Colombo", "LKA"),
     "COLOMBO (AFP) - Sri Lanka's navy said on Tuesday it had arrested 21 Indian fishermen after a confrontation "
     "with two trawlers poaching in the island's territorial waters. The Indian trawlers damaged a navy fast attack "
     "craft while trying to evade naval units, the navy said in a statement. Tamil Nadu Chief Minister M.K. Stalin "
     "urged New Delhi to secure the immediate release of the fishermen.",
     [E("COERCE", A("it", "LKA", "MIL"), A("21 Indian fishermen", "IND"), mode="arrest", modality="reported"),
      E("ASSAULT", A("The Indian trawlers", "IND"), A("navy", "LKA", "MIL"), modality="reported",
        obj="a navy fast attack craft"),
      E("REQUEST", A("Tamil Nadu Chief Minister M.K. Stalin", "IND", "GOV"), A("New Delhi", "IND", "GOV"))]),
    ("i13", "http://namibiadailynews.info/mali-burkina-faso-niger-recall-ambassadors-from-algeria-over-drone-downing/ "
     "(Xinhua, 2025-04-07)",
     "2025-04-07", ("BAMAKO, April 7", "Bamako", "MLI"),
     "BAMAKO, April 7 (Xinhua) - Mali, Burkina Faso and Niger recalled their ambassadors from Algeria on Sunday in "
     "protest against the downing of a Malian military drone by Algerian forces. The three governments strongly "
     "condemned Algeria's action in a joint statement. Algeria's foreign ministry on Monday recalled its "
     "ambassadors to Mali and Niger in response.",
     [E("REDUCE", A("Mali", "MLI"), A("Algeria", "DZA")),
      E("REDUCE", A("Burkina Faso", "BFA"), A("Algeria", "DZA")),
      E("REDUCE", A("Niger", "NER"), A("Algeria", "DZA")),
      E("ACCUSE", A("The three governments", "MLI", "GOV"), A("Algeria's", "DZA"), mode="disapprove"),
      E("ACCUSE", A("The three governments", "BFA", "GOV"), A("Algeria's", "DZA"), mode="disapprove"),
      E("ACCUSE", A("The three governments", "NER", "GOV"), A("Algeria's", "DZA"), mode="disapprove"),
      E("REDUCE", A("Algeria's foreign ministry", "DZA", "GOV"), A("Mali", "MLI")),
      E("REDUCE", A("Algeria's foreign ministry", "DZA", "GOV"), A("Niger", "NER"))]),
    ("i14", "https://beta.nation.co.ke/kenya/news/africa/-mali-accuses-algeria-of-shooting-down-a-surveillance-"
     "drone-recalls-ambassador-4993066 (Reuters, 2025-04-06)",
     "2025-04-01", ("ALGIERS, April 1", "Algiers", "DZA"),
     "ALGIERS, April 1 - Algeria's army shot down an armed surveillance drone near the border town of Tinzaouaten, "
     "the defence ministry said on Tuesday. Mali's army said one of its unmanned aircraft had crashed during a "
     "routine surveillance mission.",
     [E("ASSAULT", A("Algeria's army", "DZA", "MIL"), A(None, "MLI", "MIL"), modality="reported",
        obj="an armed surveillance drone")]),
    ("i15", "https://wsau.com/2021/03/23/ethiopian-pm-confirms-eritrean-troops-entered-tigray-during-recent-"
     "conflict/ (Reuters, 2021-03-23)",
     "2021-03-23", ("ADDIS ABABA, March 23", "Addis Ababa", "ETH"),
     "ADDIS ABABA, March 23 (Reuters) - Ethiopian Prime Minister Abiy Ahmed on Tuesday confirmed for the first time "
     "the presence of Eritrean troops in the northern Tigray region. Abiy said his government had raised accusations "
     "of looting and rights abuses by Eritrean soldiers. The Eritrean government condemned the abuses, he said. The "
     "conflict began when forces loyal to the Tigray People's Liberation Front attacked army bases across the "
     "region in November.",
     [E("ACCUSE", A("his government", "ETH", "GOV"), A("Eritrean soldiers", "ERI", "MIL")),
      E("ACCUSE", A("The Eritrean government", "ERI", "GOV"), A(None, "ERI", "MIL"), mode="disapprove",
        modality="reported"),
      E("ASSAULT", A("forces loyal to the Tigray People's Liberation Front", "ETH", "REB"), A("army", "ETH", "MIL"),
        obj="army bases")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev6.jsonl", disjoint_from="wire_args.jsonl")
