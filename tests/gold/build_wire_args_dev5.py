"""Writes wire_args_dev5.jsonl: a fifth DEVELOPMENT set of wire-style stories for issue 14 (sources, targets,
instruments, objects). It was written and annotated from the reports alone, before the coder was run on it, to
measure how far the rules tuned on the first four dev sets carry to new text; its sha256 is pinned in
tests/test_gold_frozen.py, so it stays as first annotated (a correction is a new set, not an edit).

It aims at the error classes still open after dev4: a joint act of two parties ("failed to agree", "signed a
declaration": each party's partner is the other, never the topic), "the two ministers" after a named pair, weapons
shot down told by a pronoun or a quantifier ("shot down several of them": their owner), the place a weapon is fired
from (never a target), a bloc's name with an apposition before its verb ("ASEAN, the regional bloc, urged ..."),
and instruments and objects (tear gas, drones, roads, an air base). Mirrored accounts: Russian and Ukrainian air
defences, the Sudanese army and the RSF, Israel and Hezbollah, Thai and Cambodian troops.

Conventions: docs/annotation-guidelines.md ("Arguments"). A sector is left null where the guidelines do not fix it.
Every story is a short wire-style paraphrase of the public report(s) cited as its source (Reuters, AFP, Xinhua,
Anadolu), found with a search of stored public pages; the reports stay their publishers'. Where the report gives no
day, the dateline has none and the item no date; where the copy shows no dateline (h04, the AFP Red Sea report; h10, said at the
Francophonie summit in France), the dateline is the agency's bureau for that beat or the city where it was said,
which gives no actor and only the fallback place. Run: python tests/gold/build_wire_args_dev5.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset_build import A, E, write_stories  # noqa: E402


STORIES = [
    ("h01", "https://www.brecorder.com/news/40356179/russia-says-it-downs-11-ukrainian-drones-overnight (Reuters, "
     "2025-04-06)",
     "2025-04-06", ("MOSCOW, April 6", "Moscow", "RUS"),
     "MOSCOW, April 6 (Reuters) - Russian air defence units intercepted and destroyed 11 Ukrainian drones overnight, "
     "the Russian defence ministry said on Sunday. A Ukrainian drone attack also struck an industrial facility in "
     "Russia's Mordovia region, the region's governor said.",
     [E("ASSAULT", A("Russian air defence units", "RUS", "MIL"), A("Ukrainian", "UKR", "MIL"), modality="reported",
        obj="11 Ukrainian drones"),
      E("ASSAULT", A("Ukrainian", "UKR", "MIL"), None, modality="reported", instrument="drone",
        obj="an industrial facility")]),
    ("h02", "https://www.trtworld.com:443/article/179a3916205e (2025-05-04); "
     "https://dailytimes.com.pk/1295994/paramilitaries-launch-first-attack-on-port-sudan-army/ (2025-05-04)",
     "2025-05-04", ("PORT SUDAN, May 4", "Port Sudan", "SDN"),
     "PORT SUDAN, May 4 - Sudan's paramilitary Rapid Support Forces attacked an air base and a goods warehouse in "
     "Port Sudan with suicide drones on Sunday, the army said. Army spokesman Nabil Abdullah said air defences had "
     "shot down several of them. The RSF has targeted power stations in army-held areas for months.",
     [E("ASSAULT", A("Sudan's paramilitary Rapid Support Forces", "SDN", "REB"), None, modality="reported",
        instrument="suicide drones", obj="an air base and a goods warehouse"),
      E("ASSAULT", A("air defences", "SDN", "MIL"), A("them", "SDN", "REB"), modality="reported"),
      E("ASSAULT", A("The RSF", "SDN", "REB"), None, obj="power stations")]),
    ("h03", "https://www.lbcgroup.tv/news/world-news/780831/kenyas-police-fire-tear-gas-at-protesters-in-nairobi-afp-"
     "journalists/en (AFP, 2024-06-27)",
     "2024-06-27", ("NAIROBI, June 27", "Nairobi", "KEN"),
     "NAIROBI, June 27 (AFP) - Kenyan police fired tear gas at small groups of demonstrators in the capital on "
     "Thursday, AFP journalists saw. Police in riot gear blocked roads leading to State House and parliament.",
     [E("ASSAULT", A("Kenyan police", "KEN", "COP"), A("small groups of demonstrators", "KEN", "CVL"),
        instrument="tear gas"),
      E("COERCE", A("Police in riot gear", "KEN", "COP"), None, obj="roads")]),
    ("h04", "https://afriquecan.com/us-forces-down-drones-missile-fired-from-yemen-at-warship/ (AFP, 2024)",
     None, ("DUBAI", "Dubai", "ARE"),
     "DUBAI (AFP) - American forces shot down three drones and a missile fired toward a destroyer in the Red Sea, "
     "the U.S. military said, after Yemen's Houthis announced they had targeted two U.S. warships. The missile and "
     "the drones had been launched from Houthi-controlled areas of Yemen, U.S. Central Command said. American "
     "forces later destroyed three anti-ship missiles in Houthi-controlled areas.",
     [E("ASSAULT", A("American forces", "USA", "MIL"), A(None, "YEM", "REB"), modality="reported",
        obj="three drones and a missile"),
      E("ASSAULT", A("they", "YEM", "REB"), A("U.S.", "USA", "MIL"), modality="reported", obj="two U.S. warships"),
      E("ASSAULT", A("American forces", "USA", "MIL"), None, obj="three anti-ship missiles")]),
    ("h05", "https://informereastafrica.com/index.php/east-africa/rwanda-and-dr-congo-sign-joint-pledge-toward-peace-"
     "deal-by-may-2 (Anadolu, 2025-04-25); https://newsonair.gov.in/democratic-republic-of-congo-and-republic-of-"
     "rwanda-agree-to-draft-a-peace-agreement-by-may-2 (2025-04-26)",
     "2025-04-25", ("WASHINGTON, April 25", "Washington", "USA"),
     "WASHINGTON, April 25 - Congolese Foreign Minister Therese Kayikwamba Wagner and Rwandan Foreign Minister "
     "Olivier Nduhungirehe signed a declaration of principles in Washington on Friday, with U.S. Secretary of State "
     "Marco Rubio in attendance. Both countries also committed to exploring a joint security mechanism. Congo "
     "accuses Rwanda of backing the M23 rebels.",
     [E("AGREE", A("Congolese Foreign Minister Therese Kayikwamba Wagner", "COD", "GOV"),
        A("Rwandan Foreign Minister Olivier Nduhungirehe", "RWA", "GOV")),
      E("AGREE", A("Rwandan Foreign Minister Olivier Nduhungirehe", "RWA", "GOV"),
        A("Congolese Foreign Minister Therese Kayikwamba Wagner", "COD", "GOV")),
      E("AGREE", A("Both countries", "COD"), A(None, "RWA")),
      E("AGREE", A("Both countries", "RWA"), A(None, "COD")),
      E("ACCUSE", A("Congo", "COD"), A("Rwanda", "RWA"))]),
    ("h06", "http://www.reuters.com/article/us-syria-crisis-brahimi-idUSBRE9A40XA20131105 (Reuters, 2013-11-05)",
     "2013-11-05", ("GENEVA, Nov 5", "Geneva", "CHE"),
     "GENEVA, Nov 5 (Reuters) - The United States and Russia failed on Tuesday to agree on a date for a peace "
     "conference on Syria, U.N. envoy Lakhdar Brahimi said. He also said the two sides had failed to settle whether "
     "Iran should be invited.",
     [E("AGREE", A("The United States", "USA"), A("Russia", "RUS"), modality="negated"),
      E("AGREE", A("Russia", "RUS"), A("The United States", "USA"), modality="negated"),
      E("AGREE", A("the two sides", "USA"), A(None, "RUS"), modality="negated"),
      E("AGREE", A("the two sides", "RUS"), A(None, "USA"), modality="negated")]),
    ("h07", "http://namibiadailynews.info/rockets-fired-from-lebanon-at-israel-one-intercepted-israeli-army/ "
     "(Xinhua, 2026-03-02); https://www.trtworld.com:443/article/b3f1ccc80ce9 (2026-03-02)",
     "2026-03-02", ("JERUSALEM, March 2", "Jerusalem", "ISR"),
     "JERUSALEM, March 2 (Xinhua) - Hezbollah militants in Lebanon fired six rockets toward Israel early on Monday, "
     "the Israeli military said. Air defences intercepted one of them while the others fell in open areas, the "
     "military said. The Israeli army later launched a wave of airstrikes in Lebanon in response to the rocket fire.",
     [E("ASSAULT", A("Hezbollah militants", "LBN", "REB"), A("Israel", "ISR"), modality="reported",
        instrument="six rockets"),
      E("ASSAULT", A("Air defences", "ISR", "MIL"), A("them", "LBN", "REB"), modality="reported"),
      E("ASSAULT", A("The Israeli army", "ISR", "MIL"), A(None, "LBN", "REB"))]),
    ("h08", "https://www.anews.com.tr/world/2025/10/27/asean-urges-concrete-steps-to-immediately-halt-indiscriminate-"
     "violence-in-myanmar (Anadolu, 2025-10-26)",
     "2025-10-26", ("KUALA LUMPUR, Oct 26", "Kuala Lumpur", "MYS"),
     "KUALA LUMPUR, Oct 26 - ASEAN, the Southeast Asian regional bloc, urged all parties in Myanmar to halt "
     "indiscriminate violence, a statement from the bloc said on Sunday. The foreign ministers of the bloc also "
     "denounced the continued attacks on civilians in Myanmar.",
     [E("REQUEST", A("ASEAN", "IGO"), A("all parties in Myanmar", "MMR")),
      E("ACCUSE", A("The foreign ministers of the bloc", "IGO"), None, mode="disapprove")]),
    ("h09", "https://wilayah.com.my/israeli-army-detects-more-rockets-fired-from-lebanon-towards-northern-israel/ "
     "(Anadolu, 2024-08-02)",
     "2024-08-02", ("JERUSALEM, Aug 2", "Jerusalem", "ISR"),
     "JERUSALEM, Aug 2 - Israeli fighter jets intercepted a rocket fired from southern Lebanon toward the Golan "
     "Heights on Friday, the Israeli army said. Its artillery struck the source of the fire in Lebanon. Hezbollah "
     "said it had struck Israeli military sites near the border.",
     [E("ASSAULT", A("Israeli fighter jets", "ISR", "MIL"), None, modality="reported", obj="a rocket"),
      E("ASSAULT", A("Its", "ISR", "MIL"), None, modality="reported", instrument="artillery"),
      E("ASSAULT", A("it", "LBN", "REB"), A("Israeli", "ISR", "MIL"), modality="reported",
        obj="Israeli military sites")]),
    ("h10", "https://wallafricajournal.com/rwanda-congo-refused-the-agreement-on-easing-m23-conflict (Reuters, 2024)",
     None, ("PARIS", "Paris", "FRA"),
     "PARIS (Reuters) - Rwandan Foreign Minister Olivier Nduhungirehe said on Saturday that his Congolese counterpart "
     "had refused to sign a deal on the M23 rebellion. Congo and the United Nations accuse Rwanda of backing the "
     "M23. Rwanda accuses Congo of fighting alongside the FDLR, a Hutu militia.",
     [E("REJECT", A("his Congolese counterpart", "COD", "GOV"), A(None, "RWA", "GOV"), modality="reported"),
      E("ACCUSE", A("Congo", "COD"), A("Rwanda", "RWA")),
      E("ACCUSE", A("the United Nations", "IGO"), A("Rwanda", "RWA")),
      E("ACCUSE", A("Rwanda", "RWA"), A("Congo", "COD"))]),
    ("h11", "https://www.middleeastmonitor.com/20251025-sudanese-army-intercepts-drone-attack-targeting-base-south-of-"
     "khartoum/ (Anadolu, 2025-10-25)",
     "2025-10-25", ("KHARTOUM, Oct 25", "Khartoum", "SDN"),
     "KHARTOUM, Oct 25 - Sudan's army said its air defences intercepted a drone attack on a military base in Kenana "
     "on Saturday. Army drones destroyed a cargo aircraft at Nyala airport, which the RSF holds, two military "
     "sources said. The RSF attacked the town of Bara with artillery and combat vehicles.",
     [E("ASSAULT", A("its air defences", "SDN", "MIL"), None, modality="reported"),
      E("ASSAULT", A("Army", "SDN", "MIL"), None, modality="reported", instrument="drones", obj="a cargo aircraft"),
      E("ASSAULT", A("The RSF", "SDN", "REB"), None, instrument="artillery and combat vehicles")]),
    ("h12", "https://www.devdiscourse.com/article/law-order/2757032-ukraines-air-defence-destroys-28-out-of-31-"
     "russia-launched-drones-ukraine-says (Reuters)",
     None, ("KYIV", "Kyiv", "UKR"),
     "KYIV (Reuters) - Russia launched 31 drones and two missiles at Ukraine overnight, mostly targeting the south of "
     "the country, the Ukrainian military said on Monday. Ukrainian air defences destroyed 28 of them and both "
     "missiles, it said.",
     [E("ASSAULT", A("Russia", "RUS"), A("Ukraine", "UKR"), modality="reported",
        instrument="31 drones and two missiles"),
      E("ASSAULT", A("Ukrainian air defences", "UKR", "MIL"), A("them", "RUS"), modality="reported",
        obj="both missiles")]),
    ("h13", "https://www.brecorder.com/news/40321323/ukraine-says-russia-launched-67-drones-in-overnight-attack "
     "(Reuters)",
     None, ("KYIV", "Kyiv", "UKR"),
     "KYIV (Reuters) - Russia launched 67 long-range drones at Ukraine in a mass overnight attack, Ukraine's air force "
     "said on Saturday, adding that it had shot down 58 of them. The Shahed drones were launched from two border "
     "regions in Russia and from the Russian-occupied peninsula of Crimea, the air force said.",
     [E("ASSAULT", A("Russia", "RUS"), A("Ukraine", "UKR"), modality="reported",
        instrument="67 long-range drones"),
      E("ASSAULT", A("it", "UKR", "MIL"), A("them", "RUS"), modality="reported")]),
]


if __name__ == "__main__":
    write_stories(STORIES, "wire_args_dev5.jsonl", disjoint_from="wire_args.jsonl")
