"""Resolve a mention's text to an actor code, recording which rule and which entry produced it.

Rules, tried in this order (the same for every side):
  in-document  a name the document itself introduced ("Irakli Kobakhidze, Georgia's prime minister")
  dictionary   an exact alias: person (role on the date), organisation, group, country, capital, place
  acronym      an acronym the text defined ("Rapid Support Forces (RSF)") or one derived from a dictionary name
  composition  parts found inside the phrase: a nationality, place or person plus a sector noun
               ("Kenya's central bank", "Darfur rebels", "Polish soldiers"), an ethnic community, a surname
               with a title ("President Ruto")
  fuzzy        a misspelt or transliterated name ("Zelenskiy"), rapidfuzz ratio >= FUZZY_THRESHOLD
  context      a generic agent ("police") taking its country from the sentence, else the document focus
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import combinations

from ..records import ActorCode
from .dictionary import ActorDictionary, Entry, Role, fold, load_dictionary, resolver_words
from .fuzzy import FuzzyIndex
from .sectors import normalize_sector

_W = resolver_words()
_FIRST_PERSON = _W["first_person"]
_STOP = _W["stop"]
_ARTICLE_WORD = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+[A-Z][\w'\-]*\s*")
# nouns that make a demonym denote an ethnic community rather than a state ("the Serbian community")
_COMMUNITY_CUES = _W["community_cues"]
_RELATION_WORDS = _W["relation_words"]
_AGAINST_HEADS = _W["against_heads"]
_OPPONENT_HEADS = _W["opponent_heads"]
_IGO_ANAPHORS = _W["igo_anaphors"]
_LOCAL_WORDS = _W["local_words"]
_FEATURE_NOUNS = _W["feature_nouns"]
_NAME_PARTICLES = _W["name_particles"]
_FEATURE_TITLES = _W["feature_titles"]
_SUPPORTER_HEADS = _W["supporter_heads"]
_RELATION_HEADS = _AGAINST_HEADS | _SUPPORTER_HEADS
_ANAPHOR_OR_STOP = _IGO_ANAPHORS | _STOP
_REPRESENTATIVE_HEADS = _W["representative_heads"]
_LEADER_HEADS = set(_W["leader_heads"])
_LOCATIVES = _W["locative_prepositions"]
_REGION_GENERIC = _W["region_generic"]
_POSTMODIFIERS = _W["postmodifier_starts"]
_ALLEGIANCE = frozenset(_W.get("allegiance_words", ()))
_BACKER_SECTORS = frozenset(_W.get("backer_sectors", ()))
_AGED = re.compile(r"[- ]year[- ]old(s?)\s*$", re.I)
BASED_IN = re.compile(r"\b[\w.'’]+(?:[ -][\w.'’]+)?-based\s+", re.I)
_LANGUAGE_OF = re.compile(r"\b[A-Z][\w'’]*(?:%s)\s+" % "|".join(re.escape(x) for x in _W.get("language_suffixes", ())))
_CLAUSE_STARTS = _W["clause_starts"]
_APPOSITION_NOT = _W["apposition_not"]
_IDENTIFYING_SECTORS = _W["identifying_sectors"]
_SHARED_OFFICES = _W["shared_offices"]
_OFFICE_RANKS = _W["office_ranks"]
_OWNER_KINDS = ("country", "capital", "demonym", "territory", "org", "group", "person")
_ETHNONYM_PLURAL_SECTOR = "CVL"
_FAITH_ADHERENTS = _W["faith_adherents"]
_PLACE_KINDS = ("country", "capital", "territory", "place")
# bodies whose name does not place the generic agents of their sentence (_actors_country): media and companies
# report and trade everywhere, armies and armed groups fight abroad
_ABROAD_SECTORS = frozenset({"MED", "BUS", "MIL", "REB", "UAF", "INS", "PRM", "SPY", "TER"})

class _WatchedDate(date):
    """A date that notes whether it is read: compared, hashed, formatted, or any attribute or method of it used
    (``is None`` tests read nothing). A resolution that never reads its date gives the same code on any date."""

    __slots__ = ("_read",)

    @classmethod
    def of(cls, when: date) -> "_WatchedDate":
        self = cls(when.year, when.month, when.day)
        _READ.__set__(self, False)
        return self

    def __getattribute__(self, name):
        _READ.__set__(self, True)
        return date.__getattribute__(self, name)

    def _noting(op):
        def f(self, *args):
            _READ.__set__(self, True)
            return op(self, *args)
        f.__name__ = op.__name__
        return f

    __eq__ = _noting(date.__eq__)
    __ne__ = _noting(date.__ne__)
    __lt__ = _noting(date.__lt__)
    __le__ = _noting(date.__le__)
    __gt__ = _noting(date.__gt__)
    __ge__ = _noting(date.__ge__)
    __hash__ = _noting(date.__hash__)
    __add__ = _noting(date.__add__)
    __radd__ = _noting(date.__radd__)
    __sub__ = _noting(date.__sub__)
    __rsub__ = _noting(date.__rsub__)
    __str__ = _noting(date.__str__)
    __repr__ = _noting(date.__repr__)
    __format__ = _noting(date.__format__)
    __reduce__ = _noting(date.__reduce__)
    __reduce_ex__ = _noting(date.__reduce_ex__)
    del _noting


_READ = _WatchedDate.__dict__["_read"]  # the slot, read and set without going through __getattribute__
# short English words that imported acronyms spell ("AN" Aryan Nations, "IT", "US"): never a name inside a phrase
_FUNCTION_WORDS = _W["function_words"]
# Measured on spelling variants the imported dictionaries list (scripts/measure_fuzzy.py, docs/actors.md):
# at 92 a fuzzy match is right 95% of the time and 4% of names in no dictionary find a false match.
FUZZY_THRESHOLD = 92
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'’\-]*|of|the|for|and|de|al|al-|du)(?:\s+(?:[A-Z][\w'’\-]*|of|the|for|and|de|du|al))+)"
                          r"\s*\(\s*([A-Z][A-Za-z0-9\-]{1,9})\s*\)")


_PLACE_AFTER = re.compile(r"\b(?:in|near|of|at|from|outside|around|to|into|towards?|across|via)\s+((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){0,2})")
# the kind word is often lower-case in national press ("in Plateau state", "Kandahar province")
_PLACE_KIND = re.compile(r"\b((?:[A-Z][\w'’\-]+\s+){1,2})(?:[Ss]tate|[Pp]rovince|[Dd]istrict|[Cc]ounty|[Gg]overnorate|"
                         r"[Oo]blast|[Rr]egion|[Pp]refecture|[Dd]epartment|Local Government Area)\b")
_DATELINE_PLACE = re.compile(r"^\W*([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:\s*\[([^\]]{2,40})\])?,\s+"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")
# "TBILISI, GEORGIA -": an upper-case city and country before a dash
_DATELINE_CAPS = re.compile(r"^\W*([A-Z]{3,}(?:[ \-][A-Z]{3,})?),\s+([A-Z]{3,}(?:\s[A-Z]{3,})?)\s*[-–—:]")
_INNER_APOSTROPHE = re.compile(r"([a-z])['’]([a-rt-z]|s[a-z])")  # not a possessive
_NAME = re.compile(r"\b[A-Z][a-z]")  # a capitalised word: the mention names someone
_ACCREDITED_TO = re.compile(r"\b(ambassador|envoy|representative|emissary|delegate)s?\s+to\s+.*$", re.I)
_BACKER_WORDS = frozenset({"backed", "recognized", "recognised", "sponsored", "funded", "brokered", "supported",
                           "trained", "appointed", "installed", "affiliated", "linked", "allied", "aligned",
                           "inspired"})
_OTHER_PARTY_HEADS = _W["other_party_heads"]
_STUDENT_WORDS = _W["student_words"]
# agents that belong where an act happens when a sentence names several countries (victims, police, local
# officials); armed forces and armed groups often act abroad and are not placed so
_LOCAL_SECTORS = frozenset({"CVL", "COP", "GOV", "JUD", "LEG", "REF", "EDU", "MED"})
_PM = re.compile(r"\bPM\b")
_NAMED_NEW = re.compile(r"\s*(?:(?:the|a|an|The|A|An)\s+)?New\b")
_ABD = re.compile(r"\b(abd(?:ul|el|al|ur|us|ol)?) (\w)")
_MIN_TOWN = 50_000  # a town this large is rarely a namesake of a village elsewhere
_AT_PLACE = _LOCATIVES | {"through", "throughout", "within"}  # prepositions that put an act in a country


def _capitalised(sentence: str) -> set[str]:
    """The folded words a sentence writes with a capital, and the capitalised parts of hyphenated words
    ("Shabaab" in "al-Shabaab")."""
    words = re.findall(r"[\w'’\-]+", sentence)
    return {fold(w) for w in words if w[:1].isupper()} | _capital_parts(words)


def _capital_parts(words: list[str]) -> set[str]:
    return {p for w in words if "-" in w[1:] for part in w.split("-") if part[:1].isupper() for p in fold(part).split()}


def place_country(sentence: str) -> str | None:
    """The one country (ISO3) whose towns and provinces a sentence names ("in Plateau State", "Peshawar,
    Aug 17"), or None when it names none or several. A name counts as a province or region of that name,
    or as a town of 50,000 or more that dwarfs its namesakes elsewhere; a country's name is left to the
    dictionary ("Georgia" is not the U.S. state)."""
    from ..geo.gazetteer import load_gazetteer

    groups: list[list[str]] = []  # each place phrase: its readings, longest first
    for m in _PLACE_KIND.finditer(sentence):
        groups.append([m.group(0).strip(), m.group(1).strip()])
    for rx in (_PLACE_AFTER, _DATELINE_PLACE):
        for m in rx.finditer(sentence):
            words = m.group(1).split()
            groups.append([" ".join(words[:k]) for k in range(len(words), 0, -1)])
    if not groups:
        return None
    gaz = load_gazetteer()
    found: set[str] = set()
    for readings in groups:
        for name in readings:
            country = _town_or_province(gaz, name)
            if country is not None:
                if country:
                    found.add(country)
                break  # the longest reading that the gazetteer knows decides ("Plateau State", not "Plateau")
    if len(found) != 1:
        return None
    return gaz.to_iso3(found.pop())


def _town_or_province(gaz, name: str) -> str | None:
    """ISO2 of a province/region or a dominant town of that name; "" when the name is known but ambiguous
    or a country's; None when unknown."""
    cands = gaz.lookup(name)
    if not cands:
        return None
    if any(e.kind == "country" for e in cands):
        return ""
    key = fold(name).split()[0]
    admins = {e.country for e in cands if e.kind in ("admin", "region") and fold(e.name).startswith(key)}
    towns = sorted((e for e in cands if e.kind == "city" and fold(e.name).startswith(key)), key=lambda e: -e.population)
    big = towns[0] if towns and towns[0].population >= _MIN_TOWN and all(
        t.country == towns[0].country or t.population * 5 <= towns[0].population for t in towns[1:]) else None
    if admins:
        if len(admins) > 1:
            return ""
        admin = admins.pop()
        if big is not None and big.country != admin and \
                not any(t.country == admin and t.population * 10 >= big.population for t in towns):
            # a large town outweighs a division of that name whose own towns are hamlets: "Lae" is Papua New
            # Guinea's second city, not the Marshall Islands' atoll municipality
            return big.country
        return admin
    if big is not None:
        return big.country
    return "" if towns else None


_DIVISION_WORDS = ("state", "region", "province", "oblast", "governorate", "division", "department", "county",
                   "district", "prefecture", "krai", "territory", "autonomous", "special", "administrative")


@lru_cache(maxsize=1)
def _admin_names() -> dict[str, frozenset[str]]:
    """First-level divisions of every state (country-state-city, MIT): folded name, and the name without its
    "State"/"Region"/"Province" word, -> the ISO3 codes of the states that have a division so named. Small
    enough to read on a first resolve call, unlike the full gazetteer."""
    import pycountry

    from ..geo.gazetteer import _states

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    out: dict[str, set[str]] = {}
    for s in _states():
        c3 = iso3.get(s["countryCode"])
        key = fold(s["name"])
        if not c3 or not key:
            continue
        words = key.split()
        while len(words) > 1 and words[-1] in _DIVISION_WORDS:
            words = words[:-1]  # "Tibet Autonomous Region" is also "Tibet"
        for k in {key, " ".join(words)}:
            out.setdefault(k, set()).add(c3)
    return {k: frozenset(v) for k, v in out.items()}


def make_code(country: str | None, sector: str | None, ethnicity: str | None = None, org: str | None = None) -> str:
    """CAMEO-style code: country (ISO3 | IGO | NGO) + org tag + sector + lower-case ethnicity."""
    return "".join(p for p in (country or "---", org or "", sector or "", ethnicity or "") if p)


def _code(role: Role, entry: Entry | None, sector: str | None = None, country: str | None = None,
          ethnicity: str | None = None, label: str | None = None) -> ActorCode:
    c = country or role.country
    s = sector or role.sector
    e = ethnicity or role.ethnicity
    return ActorCode(code=make_code(c, s, e, role.org), country=c, sector=s, ethnicity=e, org=role.org,
                     entry=entry.id if entry else None, label=label or (entry.label if entry else None),
                     source=entry.source if entry else None)


def another_given_name(known: list[str], given: str | None) -> bool:
    """Does ``given`` name someone other than the person whose full name (words) is ``known``? Only a full name of
    two or more words can tell ("Usman Khan" is not "Sadiq Khan"; a bare "Khan" could be either)."""
    return bool(given) and len(known) >= 2 and given not in known


def follows_someone(words_before: str) -> bool:
    """Do the words before a name make it the one followed or opposed ("Supporters of", "critics of President"), not
    the mention's head? (resolver_words.yaml supporter_heads, against_heads)"""
    toks = fold(words_before).split()
    return any(t == "of" and i > 0 and toks[i - 1] in _RELATION_HEADS for i, t in enumerate(toks))


@dataclass
class DocMemory:
    """What one document has said about its actors: names with their roles, and acronyms it defined."""
    names: dict[str, ActorCode] = field(default_factory=dict)  # folded name or surname -> code
    acronyms: dict[str, str] = field(default_factory=dict)  # folded acronym -> folded long form
    # folded name or surname -> the title that introduced it, where the title names a role but no country ("army
    # spokesman Colonel Didier Badjeck"): a later bare "Badjeck" is read as that title is, in its own sentence
    titles: dict[str, str] = field(default_factory=dict)
    # surnames of people the document names in full whom no dictionary knows ("rapper Kanye West"): its later bare
    # "West" is that person, not an office-holder who shares the surname
    strangers: set[str] = field(default_factory=set)
    # surname -> the folded full name that taught it ("khan" -> "sadiq khan"): a later "Usman Khan" is someone else
    full_names: dict[str, str] = field(default_factory=dict)

    def learn_stranger(self, surname: str, full: str = "") -> None:
        if surname not in self.names:
            self.strangers.add(surname)
            if full:
                self.full_names.setdefault(surname, full)

    def learn_title(self, name: str, title: str) -> None:
        key = fold(name)
        if not key or key in self.names:
            return
        self.titles.setdefault(key, title)
        parts = key.split()
        if len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-1] not in self.names:
            self.titles.setdefault(parts[-1], title)

    def learn(self, name: str, code: ActorCode, surname: bool = True) -> None:
        """``surname``: the last word alone is the name too (not where it is a common noun: "the White Army, an
        armed group loyal to Machar" says nothing of a later "army base")."""
        key = fold(name)
        if not key or code.country is None:
            return
        learned = replace(code, rule="in-document", label=f"{name}: {code.label or code.code} (named so in this document)")
        self.names[key] = learned
        parts = key.split()
        if surname and len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-1] not in self.names and \
                self.full_names.get(parts[-1], key) == key:
            # the first person named in full keeps the bare surname ("Usman Khan stabbed ... Khan was pinned":
            # not the "Mayor of London Sadiq Khan (no relation)" of a later paragraph)
            self.names[parts[-1]] = learned
            self.full_names[parts[-1]] = key
            self.strangers.discard(parts[-1])

    def other_person(self, surname: str, given: str | None) -> bool:
        """Is "<given> <surname>" someone other than the person who taught the document this surname?"""
        return another_given_name(self.full_names.get(surname, "").split(), given)

    def learn_acronyms(self, text: str) -> None:
        for long, acro in _ACRONYM_DEF.findall(text):
            words = [w for w in re.split(r"[\s\-]+", long) if w]
            caps = [w for w in words if w[0].isupper()]
            # the acronym's letters must be the initials of the words just before it
            for start in range(len(words)):
                cand = words[start:]
                if not cand[0][0].isupper():
                    continue
                if "".join(w[0].upper() for w in cand if w[0].isupper()) == acro.upper().replace("-", "") or \
                        "".join(w[0].upper() for w in cand) == acro.upper().replace("-", ""):
                    self.acronyms[fold(acro)] = fold(" ".join(cand))
                    break
            else:
                # a name in another language's order ("National Liberation Army (ELN)", "Kurdistan Workers' Party
                # (PKK)"): the capitalised name right before the brackets
                last_lower = max((i for i, w in enumerate(words) if not w[0].isupper()), default=-1)
                tail = words[last_lower + 1:]
                if len(tail) >= 2 and acro.isupper() and len(acro) >= 3:
                    self.acronyms[fold(acro)] = fold(" ".join(tail))
                elif len(caps) >= 2 and acro.isupper() and acro[0] == caps[0][0]:
                    self.acronyms[fold(acro)] = fold(long)


class ActorResolver:
    def __init__(self, dictionary: ActorDictionary | None = None, extra: list[str] | None = None):
        self.d = dictionary or load_dictionary(extra)
        self._fuzzy_keys: FuzzyIndex | None = None
        # the best fuzzy key of each name looked up (a scan of every key, and names recur across documents)
        self._fuzzy_hits: dict[str, tuple | None] = {}
        # what a phrase's words give whatever the date and the document (sector, sector words, dictionary
        # components): asked several times per mention (the composition, the fuzzy match, the generic-agent
        # test), and phrases recur across mentions and documents
        self._memo: dict[tuple, object] = {}
        # codes of mentions resolved without a document's memory or sentence (see `resolve`); bounded, as above,
        # so that memory stays flat over a long run (some 20 MB at most)
        self._resolved: dict[tuple, ActorCode | None] = {}
        # the same, for codes worked out without reading the date: (text, context countries, focus) -> code
        self._undated: dict[tuple, ActorCode | None] = {}

    def _remember(self, key: tuple, value):
        if len(self._memo) >= 100_000:
            self._memo.clear()
        self._memo[key] = value
        return value

    def is_first_person(self, text: str) -> bool:
        return fold(text) in _FIRST_PERSON

    # -- lookups --------------------------------------------------------------------------------
    def _pick(self, entries: list[Entry], when: date | None) -> Entry:
        """A curated entry first; among imported ones a person in office on the date beats a namesake."""
        serving = [e for e in entries if e.kind == "person" and e.dated_on(when)]
        if ":kb" not in entries[0].id:
            curated_serving = [e for e in serving if ":kb" not in e.id]
            first = min((r.start for r in entries[0].roles if r.start), default=None)
            if curated_serving or entries[0].kind != "person" or when is None or \
                    (first is None and not serving) or (first is not None and when >= first):
                return curated_serving[0] if curated_serving else entries[0]
            # a curated record that starts later than the date ("Kaja Kallas" as EU foreign-policy chief from
            # December 2024), or that gives no dated office at all ("Benny Gantz": a politician), does not speak
            # for a date on which an imported record holds an office
        if serving:
            # records of one person from several sources: the most recent appointment speaks for the date
            return max(serving, key=lambda e: e.role_on(when).start or date.min)
        return entries[0]

    def _in_office(self, entry_id: str, when: date | None) -> bool:
        """Whether the person entry ``entry_id`` holds a dated office on ``when``."""
        if when is None:
            return False
        if ":kb" in entry_id:
            e = self.d._kb_entry(int(entry_id.split(":kb", 1)[1]))
        else:
            e = self.d.entries.get(entry_id)
        return e is not None and e.dated_on(when)

    @staticmethod
    def _in_context(entries: list[Entry], when: date | None, countries: tuple[str, ...]) -> list[Entry]:
        """Namesakes of different countries ("PTI": India's news agency, Pakistan's party): those of a country
        the sentence names, when there are any."""
        if not countries or len(entries) < 2:
            return entries
        homes = {e.role_on(when).country for e in entries} - {None, "IGO", "NGO"}
        if len(homes) < 2:
            return entries
        keep = [e for e in entries if e.role_on(when).country in countries]
        return keep or entries

    def _components(self, tokens: list[str], caps: set[str] | None = None) -> list[tuple[int, int, list[Entry]]]:
        """Longest non-overlapping alias matches inside a folded token list. ``caps``: the words written
        with a capital; an imported one-word place name only counts when capitalised."""
        # only which of the phrase's words are capitalised matters
        key = ("components", tuple(tokens), None if caps is None else frozenset(t for t in tokens if t in caps))
        found = self._memo.get(key)
        if found is None:
            found = self._remember(key, self._components_uncached(tokens, caps))
        return list(found)

    def _components_uncached(self, tokens: list[str], caps: set[str] | None) -> list[tuple[int, int, list[Entry]]]:
        out = []
        i = 0
        while i < len(tokens):
            if i > 0 and tokens[i - 1] in ("anti", "pro"):
                i += 1  # "anti-Syria journalist" is not Syria's
                continue
            for n in range(min(self.d.max_alias_len, len(tokens) - i), 0, -1):
                entries = self.d.lookup(" ".join(tokens[i:i + n]))
                if n == 1 and entries and tokens[i] in _FUNCTION_WORDS:
                    entries = [e for e in entries if ":kb" not in e.id]
                if n == 1 and entries and len(tokens) > 1:
                    # inside a longer phrase a one-word imported name must be a place, a person or a group,
                    # never a company ("the Next government") or a stray namesake
                    # imported one-word names count only when written with a capital ("car" is not CAR)
                    entries = [e for e in entries if ":kb" not in e.id or (caps is None or tokens[i] in caps) and (
                               e.kind in ("group", "territory", "place", "person") or
                               (e.kind == "org" and e.default.country is not None and e.default.sector != "BUS"))]
                if entries and caps and not any(t in caps for t in tokens[i:i + n]):
                    # a name is written with a capital in cased text: "the state department of agriculture"
                    # is some state's department, "the State Department" the United States'
                    entries = [e for e in entries if e.kind not in ("org", "group", "person") or e.label.islower()]
                if entries and i + n < len(tokens) and tokens[i + n] in _OTHER_PARTY_HEADS and \
                        entries[0].kind in ("country", "capital"):
                    i += n  # "Iran's allies in government" are other parties, not Iran
                    break
                if entries and (i + n < len(tokens) and tokens[i + n] in _FEATURE_NOUNS or
                                i > 0 and tokens[i - 1] in _FEATURE_TITLES):
                    # "the Tisza river", "Lake Victoria": a river's or a lake's name is no party's, nor a capital
                    # speaking for its government
                    entries = [e for e in entries if e.kind in _PLACE_KINDS and e.kind != "capital"]
                    if not entries:
                        i += n
                        break
                if entries and i + n < len(tokens) and tokens[i + n] in _BACKER_WORDS:
                    # "the UN-recognized government", "Rwanda-backed M23": the backer, not the body's own name
                    i += n
                    break
                if entries:
                    out.append((i, i + n, entries))
                    i += n
                    break
            else:
                i += 1
        if caps is None:
            return out
        # "Muse Hassan Yusuf" is not Prince Hassan, "Faysal Ali Warabe" not King Faisal: an imported person
        # known by one name is not a word inside someone else's longer name (whose other words may be
        # unknown or other one-name persons)
        sector_words = self._sector_words(tokens)
        persons = {i for a, b, ens in out if all(e.kind == "person" for e in ens) for i in range(a, b)}
        name_words = self._unknown_caps(tokens, caps, out, sector_words) | \
            {i for i in persons if tokens[i] in caps and i not in sector_words and tokens[i] not in _STOP}
        out = [(a, b, [e for e in ens if not (":kb" in e.id and e.kind == "person")]
                if b - a == 1 and (a - 1 in name_words or b in name_words) or
                # "Abdul-Hamid Dbeibah" is not Bangladesh's "Abdul Hamid": an imported two-word name followed by
                # an unknown surname that ends the phrase is someone else's given names
                b - a == 2 and b == len(tokens) - 1 and b in name_words and a - 1 not in name_words else ens)
               for a, b, ens in out]
        # "Mocimboa da Praia" is a Mozambican town, not Cabo Verde's capital: a name after a particle that follows
        # a capitalised word no dictionary knows ends a longer place name
        out = [(a, b, [] if a >= 2 and tokens[a - 1] in _NAME_PARTICLES and a - 2 in name_words else ens)
               for a, b, ens in out]
        return [c for c in out if c[2]]

    @staticmethod
    def _unknown_caps(tokens: list[str], caps: set[str], comps: list, sector_words: set[int]) -> set[int]:
        """Positions of capitalised words that no component covers and that are neither title nor stop words:
        words of a name no dictionary knows."""
        covered = {i for a, b, _ in comps for i in range(a, b)}
        return {i for i, t in enumerate(tokens)
                if t in caps and i not in covered and i not in sector_words and t not in _STOP}

    def _sector(self, tokens: list[str]) -> tuple[str | None, int]:
        """Sector of the phrase's head: searched before the first 'of', last match wins; in "the army and
        security forces" the first conjunct is the head."""
        key = ("sector", tuple(tokens))
        found = self._memo.get(key)
        if found is None:
            found = self._remember(key, self._sector_uncached(tokens))
        return found

    def _sector_uncached(self, tokens: list[str]) -> tuple[str | None, int]:
        if "and" in tokens[1:-1]:
            k = tokens.index("and", 1)
            first = self._sector(tokens[:k])
            if first[0]:
                return first
        def matched(part: list[str], match: tuple[str | None, int, int]) -> str:
            return " ".join(part[match[1] - match[2] + 1:match[1] + 1])  # the phrase of (sector, last token, length)

        def speaks_for_another(part: list[str], match: tuple[str | None, int, int]) -> bool:
            return matched(part, match) in _REPRESENTATIVE_HEADS  # a spokesperson, official or member

        cut = tokens.index("of") if "of" in tokens[1:] else len(tokens)
        if cut == len(tokens) and "for" in tokens[1:-1]:
            k = tokens.index("for", 1)
            if " ".join(tokens[max(0, k - 2):k]) in _REPRESENTATIVE_HEADS or tokens[k - 1] in _REPRESENTATIVE_HEADS:
                cut = k  # "a spokesperson for Stagecoach South" speaks for the company, as "of" would say
        # a post-modifier is no head either: "Electoral authorities loyal to the ruling party" are authorities
        cut = next((i for i in range(1, cut) if tokens[i] in _POSTMODIFIERS), cut)
        deferred: tuple[str | None, int] = (None, -1)
        for table in (self.d.sectors, self.d.agents):
            for offset, part in ((0, tokens[:cut]), (cut, tokens[cut:])):
                best: tuple[str | None, int, int] = (None, -1, 0)  # sector, last token, length
                body: tuple[str | None, int, int] = (None, -1, 0)  # the last match that is not a spokesperson
                for i in range(len(part)):
                    for n in (3, 2, 1):
                        if i + n > len(part):
                            continue
                        phrase = " ".join(part[i:i + n])
                        sec = table.get(phrase)
                        if sec is None and phrase.endswith("s"):
                            sec = table.get(phrase[:-1]) or (table.get(phrase[:-2]) if phrase.endswith("es") else None)
                        end = i + n - 1
                        # the head noun is last; at the same end the longer phrase wins ("security forces")
                        if sec and (end > best[1] or (end == best[1] and n > best[2])):
                            if best[0] and not speaks_for_another(part, best):
                                body = best
                            if normalize_sector(sec) == "UAF" and best[0] and \
                                    normalize_sector(best[0]) in _IDENTIFYING_SECTORS:
                                # "drug cartel gunmen": the modifier names who the attackers are
                                best = (best[0], end, n)
                                break
                            best = (sec, end, n)
                            break
                spokes = best[0] is not None and speaks_for_another(part, best)
                leader = best[0] is not None and matched(part, best) in _LEADER_HEADS
                # "the president of X", not "President Cyril Ramaphosa of X": a named person keeps the title
                leads = leader and offset == 0 and best[1] == len(part) - 1
                if (spokes or leader) and body[0]:
                    # the spokesperson speaks for the body named before, the president leads it ("Senate
                    # President Thomas Rivera Schatz", "party president")
                    best = (body[0], best[1], best[2])
                elif (spokes or leads) and offset == 0 and cut < len(tokens):
                    # "members of the House of Commons", "officials of the interior ministry": the body after
                    # "of" is the sector; alone, the head keeps its own
                    deferred = deferred if deferred[0] else (normalize_sector(best[0]), best[1])
                    continue
                if best[0]:
                    sec = normalize_sector(best[0])
                    if sec in ("CVL", "OPP") and set(part[:best[1]]) & _STUDENT_WORDS:
                        sec = "EDU"  # "student protesters", "student activists": students, as the guidelines code them
                    return sec, best[1] + offset
        return deferred

    def context_countries(self, sentence: str, when: date | None = None,
                          kinds: tuple[str, ...] = ("country", "capital", "demonym", "territory", "person")
                          ) -> tuple[str, ...]:
        """Countries that a sentence names (countries, capitals, demonyms, territories), in order."""
        tokens = fold(sentence).split()
        caps = _capitalised(sentence)
        found: list[str] = []
        people: list[str] = []
        comps = self._components(tokens, caps)
        if "demonym" in kinds:
            # "Chemodanova warned Belarusians ...": a plural demonym names its country too
            covered = {i for a, b, _ in comps for i in range(a, b)}
            for i, t in enumerate(tokens):
                if i in covered or t not in caps or len(t) < 5 or not t.endswith("s"):
                    continue
                ents = [e for e in self.d.lookup(t[:-1]) if e.kind == "demonym" and e.default.country]
                if ents:
                    comps.append((i, i + 1, ents))
            comps.sort(key=lambda c: c[0])
        for s, _e, entries in comps:
            e = entries[0]
            if not any(t in caps for t in tokens[s:_e]):
                continue  # "help us keep young people safer" names no country
            if e.kind == "person":
                if "person" not in kinds or when is None:
                    continue
                # "Boluarte", "Erdogan": a person in office on the day names their country
                held = {x.role_on(when).country for x in entries if x.kind == "person" and x.dated_on(when)}
                c = held.pop() if len(held) == 1 else None
                if c and c not in ("IGO", "NGO") and c not in people:
                    people.append(c)
                continue
            if e.kind in kinds and e.default.country and \
                    e.default.country not in ("IGO", "NGO") and e.default.country not in found:
                found.append(e.default.country)
        # a person in office names a country only where the sentence names none ("Sisi said" is Egypt's
        # president speaking of Libya's parliament)
        return tuple(found or people)

    def _learn_from_context(self, text: str, context: str, when: date | None, memory: DocMemory) -> None:
        """Without a parse: the title right before the name in its sentence ("Georgian Prime Minister
        Irakli Kobakhidze") or an apposition right after it (", Georgia's prime minister,")."""
        name = text.strip()
        if "," in name:
            return  # the mention carries its own apposition ("X, National Security Adviser to ...")
        if any(e.kind in ("country", "territory", "capital", "demonym") for e in self.d.lookup(fold(name))):
            return  # a country's name takes no title from a list it stands in ("Belarus, Latvia, Lithuania and")
        if self._sector([t for t in fold(name).split() if t not in _STOP])[0] is not None:
            # so does a mention with its own title: "Mozambican President Filipe Nyusi, in his address to the
            # nation, noted that ... forces had seized terrorist positions" is the president
            return
        m = re.search(r"((?:[A-Z][\w'’\-]+\s+){0,3}" + re.escape(name) + r")(?![\w])", context)
        if m is None or len(name) < 3:
            return
        full = m.group(1)
        lead = full[: len(full) - len(name)].split()
        # "Defence Minister Zorab Quillfeather": the name is the capitalised words right before the surname
        # that are neither title words nor place names
        keep_name: list[str] = []
        for w in reversed(lead):
            f = fold(w)
            if f in self.d.sectors or f in self.d.agents or any(
                    e.kind in ("demonym", "country", "place", "capital") for e in self.d.lookup(f)):
                break
            keep_name.append(w)
        lead = list(reversed(keep_name))
        full = " ".join(lead + [name])
        start = m.end(1) - len(full)
        words = re.findall(r"[\w'’\-\.]+|[^\s\w]", context[:start])
        keep: list[str] = []
        for w in reversed(words):
            f = fold(w)
            if w in ("'s", "’s") or w[:1].isupper() or f in self.d.sectors or f in self.d.agents or \
                    (f in ("of", "the", "and") and keep):
                keep.append(w)
                if len(keep) >= 8:
                    break
                continue
            break
        while keep and keep[-1].lower() in ("of", "the", "and"):
            keep.pop()
        descs = [" ".join(reversed(keep)).replace(" 's", "'s").replace(" ’s", "’s")] if keep else []
        after = re.match(r"\s*,\s*([^,.;()\"“”]+)", context[m.end(1):])
        if after:
            descs.append(after.group(1))
        for desc in descs:
            desc_words = fold(desc).split()
            if desc_words[:1] and desc_words[0] in _RELATION_WORDS:
                continue  # "Petro, an ally of Venezuelan President Nicolas Maduro" is not Maduro
            if desc_words and (desc_words[0] in _CLAUSE_STARTS or desc_words[0].endswith("ed") or
                               desc_words[0] in _APPOSITION_NOT or any(
                    w in _CLAUSE_STARTS or len(w) > 4 and w.endswith("ed") for w in desc.split() if w.islower())):
                # a clause or an adjunct, not a title: "Maduro, came in an address ... of Colombia's Senate",
                # "According to Dawn, Islamabad High Court Chief Justice ... summoned", "ECOWAS, with
                # headquarters in Abuja"
                continue
            a = self.resolve(desc, when=when)
            # "State Department spokesman Matthew Miller": a title ending in a spokesperson speaks for its body
            speaks_for = bool(desc_words) and desc_words[-1] in _REPRESENTATIVE_HEADS
            kind = a.entry.split(":")[0] if a is not None and a.entry else None
            if kind in ("person", "org", "group") and a.country not in ("IGO", "NGO") and \
                    not (speaks_for and kind != "person"):
                # another person or body named next to the name ("Salvadorans, Donald Trump said ...",
                # "... Maduro, Colombia's Senate ..."), not the name's own role
                continue
            if a is not None and a.country and a.country not in ("IGO", "NGO") and a.sector and \
                    a.rule == "composition" or a is not None and a.country in ("IGO", "NGO") and a.rule != "context":
                self.learn(memory, full, a)
                return

    def learn(self, memory: DocMemory, name: str, code: ActorCode) -> None:
        """``memory.learn``, with the last word alone as the name too only where it is no sector noun (a later
        "army" is not "the White Army")."""
        memory.learn(name, code, surname=self._sector(fold(name).split()[-1:])[0] is None)

    def _is_generic(self, text: str) -> bool:
        """A mention with a sector noun and no name of its own ("police", "an army spokesperson")."""
        tokens = [t for t in fold(text).split() if t not in _STOP]
        if not tokens or self._sector(tokens)[0] is None:
            return False
        return not any(self._pick(ens, None).kind in _OWNER_KINDS for _s, _e, ens in self._components(tokens))

    def dateline_country(self, sentence: str) -> str | None:
        """ISO3 of the place a dateline opens the sentence with ("Peshawar, Aug 17 (PTI)", "TBILISI, GEORGIA -")."""
        m = _DATELINE_PLACE.match(sentence) or _DATELINE_CAPS.match(sentence)
        if m is None:
            return None
        city, country = (p.title() if p and p.isupper() else p for p in (m.group(1), m.group(2)))
        for part in (country, city):
            named = self.context_countries(part) if part else ()
            if len(named) == 1:
                return named[0]
        from ..geo.gazetteer import load_gazetteer

        gaz = load_gazetteer()
        iso2 = _town_or_province(gaz, city)
        return gaz.to_iso3(iso2) if iso2 else None

    # -- public ---------------------------------------------------------------------------------
    def resolve(self, text: str, *, when: date | None = None, context_countries: tuple[str, ...] = (),
                focus: str | None = None, memory: DocMemory | None = None,
                context: str | None = None) -> ActorCode | None:
        """The actor code of a mention. ``context`` is its sentence (gives countries for generic agents and
        acronyms it defines); ``memory`` is what the document said about names earlier."""
        if _AGED.search(text):
            # "A 19-year-old", "two 17-year-olds": people named by their age alone
            text = _AGED.sub(lambda m: " person" if not m.group(1) else " people", text)
        if _W.get("language_suffixes") and _LANGUAGE_OF.search(text) and _LANGUAGE_OF.sub("", text).strip():
            # "mainly Russian-speaking youths": a language spoken is no state's code (the words kept: "mainly youths")
            text = _LANGUAGE_OF.sub("", text)
        if "," in text and "-based" in text:
            # "Aman Sagidullayev, the Norway-based leader of ... party": an apposition's "X-based" says where
            # someone works from, not whose they are (an exile's base is not his nationality)
            first, rest = text.split(",", 1)
            text = first + "," + BASED_IN.sub("", rest)
        if memory is None and context is None:
            # with no document memory and no sentence the code depends on these arguments alone (and the
            # dictionary): the coder asks again for names it met before (entities, subjects, the places of
            # each sentence). A copy each time: callers amend what they get
            key = (text, when, tuple(context_countries), focus)
            if key in self._resolved:
                found = self._resolved[key]
                return None if found is None else copy(found)
            # most codes do not depend on the date at all (countries, demonyms, generic agents): one that was
            # worked out without reading the date holds for every date; documents have dates of their own, and
            # a cache by the exact date caught 2,112 of 13,286 such calls on 1,000 generated documents
            undated = (text, tuple(context_countries), focus)
            if when is not None and undated in self._undated:
                found = self._undated[undated]
                return None if found is None else copy(found)
            if when is None or type(when) is not date:
                a = self._resolve_mention(text, when, context_countries, focus, None, None)
                read = True
            else:
                watched = _WatchedDate.of(when)
                a = self._resolve_mention(text, watched, context_countries, focus, None, None)
                read = _READ.__get__(watched)
            cache, k = (self._resolved, key) if read else (self._undated, undated)
            if len(cache) >= 20_000:
                cache.clear()
            cache[k] = None if a is None else copy(a)
            return a
        return self._resolve_mention(text, when, context_countries, focus, memory, context)

    def _resolve_mention(self, text: str, when: date | None, context_countries: tuple[str, ...], focus: str | None,
                         memory: DocMemory | None, context: str | None) -> ActorCode | None:
        a = self._mention(text, when, context_countries, focus, memory, context)
        if a is not None and (a.entry or "").startswith(("person:", "surname:")) and _ARTICLE_WORD.fullmatch(text):
            return None  # a person's name takes no article: "The House" is no Australian legislator called House
        return a

    def _mention(self, text: str, when: date | None, context_countries: tuple[str, ...], focus: str | None,
                 memory: DocMemory | None, context: str | None) -> ActorCode | None:
        # "Indian PM Modi": the capitalised abbreviation only, never "5 pm"
        text = _PM.sub("Prime Minister", text)
        words = text.split()
        cut = next((i for i, w in enumerate(words) if i > 0 and w in _POSTMODIFIERS), None)
        if cut is None and len(words) >= 3 and words[-2] == "in" and words[-1][:1].isupper() and "," not in text:
            # "the MDC in Harare": a named group where it is, not the government of the capital it is in
            head = self._resolve_phrase(" ".join(words[:-2]), when, context_countries, focus, memory, context)
            if head is not None and head.rule in ("dictionary", "acronym", "in-document") and \
                    head.country not in (None, "IGO", "NGO"):
                return head
        if cut is None or "," in text:
            return self._resolve_phrase(text, when, context_countries, focus, memory, context)
        if context is not None and not context_countries:
            context_countries = self.context_countries(context, when)  # once for the head and the whole
        # "the thousands of Armenians who have grown disillusioned with Russia", "Militants affiliated with Islamic
        # State": a relative clause or a backer says what they did or whom they follow. The head decides where it
        # names a country; a transnational backer never does, a national one may ("forces loyal to Haftar": Libya)
        head = self._resolve_phrase(" ".join(words[:cut]), when, context_countries, focus, memory, context)
        generic = head is not None and (head.entry or "").startswith("sector:")
        backer_words = words[cut + 1:]
        if generic and words[cut].lower() in _ALLEGIANCE and backer_words and backer_words[0].lower() in ("to", "with"):
            # "gunmen loyal to a gang leader": men of no sector of their own serve their backer's trade
            backer = self._resolve_phrase(" ".join(backer_words[1:]), when, context_countries, focus, memory, context)
            if backer is not None and backer.sector in _BACKER_SECTORS and head.sector != backer.sector:
                country = head.country or (backer.country if backer.country not in ("IGO", "NGO") else None)
                return replace(head, country=country, sector=backer.sector, code=make_code(
                    country, backer.sector, head.ethnicity, head.org))
        if head is not None and head.country not in (None, "IGO", "NGO") and not generic:
            return head  # the head's own words name who they are
        whole = self._resolve_phrase(text, when, context_countries, focus, memory, context)
        if head is not None and (whole is None or whole.country in (None, "IMG", "IGO", "NGO") or
                                 head.country and whole.country != head.country):
            return head
        return whole  # "troops who are loyal to the TPLF" are the TPLF's

    def _resolve_phrase(self, text: str, when: date | None, context_countries: tuple[str, ...], focus: str | None,
                        memory: DocMemory | None, context: str | None) -> ActorCode | None:
        if context is not None:
            if not context_countries:
                context_countries = self.context_countries(context, when)
            if focus is None and self._is_generic(text):
                # a dateline's country is the story's focus ("New Delhi [India], June 4 (ANI):"); else, with no
                # country named, the country of its places ("gunmen ... in Plateau State"). Only a generic
                # agent needs it, and only then is the gazetteer loaded.
                focus = self._sentence_focus(context, context_countries)
                if focus is None and not context_countries:
                    # a sentence that names no country but names parties, groups or people of one country
                    # ("PTI's protests have caused conflicts with the police", "authorities targeted the
                    # CCC"): its generic agents are that country's
                    focus = self._actors_country(context, text, when)
            if memory is None:
                memory = DocMemory()
            memory.learn_acronyms(context)
            self._learn_from_context(text, context, when, memory)
        if memory is not None and "(" in text:
            memory.learn_acronyms(text)
        key = fold(text)
        if not key:
            return None
        tokens = [t for t in key.split() if t]
        words = text.split()
        # a stop word that opens a name stays: "the Guardian", "The Punch" keep the article the dictionary has
        # them with, "All Progressives Congress" and "Five Star Movement" their first word, and "New York",
        # "New Democracy" their "New" ("a new government" is a government)
        keeps_article = len(tokens) >= 2 and len(words) >= 2 and (
            tokens[0] == "the" and words[1][:1].isupper() or words[0][:1].isupper() and words[1][:1].isupper()) \
            and bool(self.d.lookup(" ".join(tokens)))
        named_new = _NAMED_NEW.match(text) is not None
        while tokens and tokens[0] in _STOP and not keeps_article and not (tokens[0] == "new" and named_new):
            tokens = tokens[1:]
        if not tokens:
            return None
        a = self._resolve(text, tokens, when, context_countries, focus, memory)
        if context is not None and (a is None or a.rule == "context") and set(tokens) & _IGO_ANAPHORS:
            a = self._bloc(tokens, context, when) or a
        if context is not None and focus is None and a is not None and a.rule == "context" and \
                a.country is None and a.sector != "UAF":
            # a titled stranger ("District Police Officer Muhammad Imran", "Rescue 1122 officials") is placed
            # like a generic agent: by the dateline, else by the one country whose places the sentence names
            focus = self._sentence_focus(context, context_countries)
            if focus is not None:
                a = self._resolve(text, tokens, when, context_countries, focus, memory) or a
        if a is None and len(tokens) > 1 and tokens[-1].endswith("s") and text.split()[-1][:1].isupper() and \
                not any(w[:1].isupper() for w in text.split()[:-1]) and not set(tokens) & _LOCATIVES:
            # "returning Chadians", "some 140,000 Kyrgyzs": the people named by the last word
            b = self._resolve(text.split()[-1], tokens[-1:], when, context_countries, focus, memory)
            if b is not None and b.entry and b.entry.split(":")[0] in ("demonym", "country", "place"):
                a = b
        if (a is None or a.rule == "context") and _INNER_APOSTROPHE.search(text):
            # "Moses Wetang’ula" is the dictionary's "Moses Wetangula": transliterations drop the apostrophe
            b = self.resolve(_INNER_APOSTROPHE.sub(r"\1\2", text), when=when, context_countries=context_countries,
                             focus=focus, memory=memory)
            if b is not None and b.rule != "context":
                a = b
        if a is None and context is not None and _NAME.search(text):
            a = self._stranger(text, context, context_countries, focus)
        if a is None and _NAME.search(text) and not (memory is not None and tokens[-1:] and
                                                     tokens[-1] in memory.strangers):
            a = self._former_namesake(tokens, text, when, focus, context_countries)
        if context is not None and a is not None and a.rule == "context" and a.country is None and \
                a.sector in _LOCAL_SECTORS and len(set(context_countries)) > 1:
            # several countries named ("Russian shelling of the city of Kharkiv in northeast Ukraine killed five
            # people, the regional governor said"): victims, police and local officials are those of the
            # country where it happened, when the sentence names one as a place
            where = self._located_country(context)
            if where:
                a = self._where_it_happened(a, where)
        elif context is not None and a is not None and a.rule == "context" and a.country is not None and \
                a.sector in _LOCAL_SECTORS and (a.entry or "").startswith("sector:") and \
                not self.context_countries(context, when, kinds=("country", "territory")):
            # the sentence names a country only by adjectives and capitals ("Shiite protesters attacked the
            # Iranian consulate in the holy city of Karbala", "Russian shelling killed civilians in Kharkiv"):
            # civilians, police and local officials are those of the town or province where it happened
            where = place_country(context)
            if where and where != a.country:
                a = self._where_it_happened(a, where)
        if context is not None and a is not None and a.sector == "UAF" and a.country is None:
            # unidentified attackers take the country where they acted, as ICEWS codes "gunmen (Nigeria)": from
            # the sentence's dateline or provinces, or a country it names as a place ("in Pakistan's north-west"),
            # never from a country it names otherwise ("near the border with Serbia")
            where = self._sentence_focus(context, ()) or self._located_country(context)
            if where:
                a.country, a.code = where, make_code(where, a.sector)
        if a is not None and a.sector == "NGO" and a.rule == "context" and not set(key.split()) & _LOCAL_WORDS:
            # "rights groups", "international aid agencies": non-governmental bodies with no nationality the
            # text gives are coded NGO (guidelines), not placed in the country the sentence is about; "a local
            # monitoring group" is
            a = replace(a, country="NGO", code=make_code("NGO", "NGO"))
        if a is not None and a.country is None and a.sector is None and (a.entry or "").startswith("region:"):
            return None  # a world region alone ("Gulf states") names no actor
        if a is not None and a.rule is None:
            a.rule = "dictionary"
        return a

    def _where_it_happened(self, a: ActorCode, where: str) -> ActorCode:
        """A local agent (victims, police, local officials) placed in the country where the act happened."""
        return replace(a, country=where, code=make_code(where, a.sector, a.ethnicity, a.org),
                       label=f"{a.label or a.sector} in {self.d.iso3_names.get(where, where)} (where it happened)")

    def _bloc(self, tokens: list[str], context: str, when: date | None) -> ActorCode | None:
        """"The bloc", "the alliance's envoy": the one intergovernmental body the sentence names (ASEAN, the
        EU, NATO), with the mention's own role."""
        ctx = fold(context).split()
        bodies = {}
        for s, e_, ens in self._components(ctx, _capitalised(context)):
            if set(ctx[s:e_]) <= _ANAPHOR_OR_STOP:
                continue  # the mention itself ("the bloc"), not a body named
            e = self._pick(ens, when)
            if e.kind == "org" and e.default.country == "IGO":
                bodies.setdefault(e.default.org or e.id, e)
        if len(bodies) != 1:
            return None
        e = next(iter(bodies.values()))
        sector = self._sector(tokens)[0]
        a = self._from_entry(e, when, sector, tokens, None, ())
        a.rule = "in-document"
        a.label = f"{' '.join(tokens)} = {e.label} (the one such body the sentence names)"
        return a

    def _actors_country(self, context: str, text: str, when: date | None) -> str | None:
        """The one country of the named bodies and people of a sentence (parties, national organizations,
        persons with one country), the mention's own words left out; IGOs and NGOs name none."""
        tokens = fold(context).split()
        own = set(fold(text).split())
        found: set[str] = set()
        for s, e_, ens in self._components(tokens, _capitalised(context)):
            if set(tokens[s:e_]) <= own | _STOP:
                continue
            # news media report from anywhere ("told AFP", "PTI" the agency beside PTI the party), and armies and
            # armed groups fight abroad ("the army said Hezbollah fired rockets" is not Lebanon's army)
            ens = [e for e in ens if e.kind == "person" or e.kind in ("org", "group") and
                   e.default.sector not in _ABROAD_SECTORS]
            if not ens:
                continue
            countries = {e.role_on(when).country if e.kind == "person" and e.dated_on(when) else e.default.country
                         for e in ens}
            if len(countries) != 1:
                return None  # namesakes of several countries: the sentence is not placed
            found |= countries
        found -= {None, "IGO", "NGO"}
        return found.pop() if len(found) == 1 else None

    def _located_country(self, context: str, capitals: bool = False) -> str | None:
        """The one country a sentence names right after a locative preposition ("in Nigeria", "across
        northwestern Pakistan", "in Pakistan's Khyber Pakhtunkhwa province"); with ``capitals``, by its capital
        too ("in Freetown")."""
        tokens = fold(context).split()
        caps = _capitalised(context)
        found = set()
        for s, e, entries in self._components(tokens, caps):
            if entries[0].kind not in (("country", "capital") if capitals else ("country",)) or \
                    not entries[0].default.country or not tokens[s] in caps:
                continue
            before = [t for t in tokens[max(0, s - 3):s]
                      if t not in ("the", "a", "an") and not t.endswith(("ern", "east", "west"))]
            if before and before[-1] in _AT_PLACE:
                found.add(entries[0].default.country)
        return found.pop() if len(found) == 1 else None

    def place_unidentified(self, a: ActorCode | None, context: str, fallback: str | None) -> ActorCode | None:
        """Unidentified attackers ("gunmen", "assailants": UAF) with no country take the country where they acted, as
        ICEWS codes "gunmen (Nigeria)": the one country their sentence names as a place ("in Sierra Leone's
        capital", "in Freetown"), else ``fallback``, the story's fallback place (its dateline's country), which the caller gives
        only for a sentence that names no country at all ("the retreating assailants had attacked a police
        barracks") or for the dateline's own sentence, passed here without its dateline ("BISSAU, Feb 1 (Reuters) -
        Armed men attacked the government palace": the agency credit names no side); never where the sentence
        names another country as well. Anything else is returned as it is."""
        if a is None or a.sector != "UAF" or a.country:
            return a
        where = self._located_country(context, capitals=True) or fallback
        if not where or any(c != where for c in self.context_countries(
                context, kinds=("country", "demonym", "capital", "territory", "org"))):
            # a sentence that names another country too ("near the border with Serbia", "the Serbian Orthodox
            # Church ... reported that men ...") leaves open whose they are: no guess
            return a
        return replace(a, country=where, code=make_code(where, a.sector))

    def _sentence_focus(self, context: str, context_countries: tuple[str, ...]) -> str | None:
        """The country a sentence is about when a mention names none: its dateline's, else, where it names no
        country, the one country of its provinces and large towns."""
        return self.dateline_country(context) or (None if context_countries else place_country(context))

    def _former_namesake(self, tokens: list[str], text: str, when: date | None, focus: str | None = None,
                         context_countries: tuple[str, ...] = ()) -> ActorCode | None:
        """A bare surname nobody holds an office with on the date, that office-holders of one country only have ever
        borne ("Gayoom" in 2015): that country, sector unknown (it may be a relative or a namesake). Not in a story
        about another country that its sentence does not name: "Hawkins" in a US election story is no New
        Zealander; and not a capitalised noun after an article ("The House")."""
        words = text.split()
        if not tokens or len(words) > 2 or not words[-1][:1].isupper() or words[0].lower() in ("the", "a", "an"):
            return None
        t = tokens[-1]
        if len(t) < 4 or t in self.d.sectors or t in self.d.agents or self.d.given_name_count(t) >= 3:
            return None
        keys = self.d.bare_surname_keys(t)
        people = [e for k in keys for e in self.d.lookup(k) if e.kind == "person"]
        countries = {r.country for e in people for r in e.roles} | {e.default.country for e in people}
        countries -= {None}
        if not people or len(countries) != 1 or countries & {"IGO", "NGO"}:
            return None
        c = countries.pop()
        if focus and c != focus and c not in context_countries:
            return None
        return ActorCode(code=make_code(c, None), country=c, entry=f"surname:{t}", rule="namesake",
                         label=f"{text.strip()}: surname only office-holders of {self.d.iso3_names.get(c, c)} bore")

    def _stranger(self, text: str, context: str, context_countries: tuple[str, ...],
                  focus: str | None) -> ActorCode | None:
        """A name no dictionary knows, in a sentence about one country ("Lion Air" next to "Indonesia"): that
        country, sector unknown, as ICEWS codes an unknown person by the story's country. Several countries
        named and no dateline among them: no guess."""
        # a capital or a town is where something happened ("the Dushanbe contact"), not whose the name is
        named = list(self.context_countries(context, kinds=("country", "demonym")))
        focus = focus or self.dateline_country(context)
        country = named[0] if len(named) == 1 else focus if focus and (focus in named or not named) else None
        if country is None:
            return None
        return ActorCode(code=make_code(country, None), country=country, entry=f"context:{country}", rule="context",
                         label=f"{text.strip()}: unknown name in a sentence about {self.d.iso3_names.get(country, country)}")

    def _resolve(self, text: str, tokens: list[str], when: date | None, context_countries: tuple[str, ...],
                 focus: str | None, memory: DocMemory | None) -> ActorCode | None:
        whole = " ".join(tokens)
        if memory is not None:
            if whole in memory.names:
                return replace(memory.names[whole])
            if whole in memory.titles:
                # placed by the story's home, not by the countries of the sentence, which are mostly whom the person
                # speaks of ("He accused Turkey of ...")
                title = memory.titles[whole]
                a = self._resolve(title, [t for t in fold(title).split() if t not in _STOP], when, (), focus, None)
                if a is not None:
                    return replace(a, label=f"{text}: {a.label or a.code} (titled so in this document)")
            if whole in memory.acronyms and memory.acronyms[whole] != whole:
                a = self._resolve(text, memory.acronyms[whole].split(), when, context_countries, focus, None)
                if a is not None:
                    a.rule = "acronym"
                    a.label = f"{text} = {memory.acronyms[whole]} (defined in the text); {a.label}"
                    return a
        exact = self.d.lookup(whole)
        if exact and len(tokens) == 1 and not any(w[:1].isupper() for w in re.findall(r"[\w'’\-]+", text)):
            # an imported one-word name counts only when written with a capital: "a man" is not Man (Côte
            # d'Ivoire), "the car" not CAR
            exact = [e for e in exact if ":kb" not in e.id or e.kind in ("demonym", "country")]
        if exact:
            exact = self._in_context(exact, when, context_countries)
            return self._from_entry(self._pick(exact, when), when, None, tokens, focus, context_countries)
        if tokens[0] == "former" and len(tokens) > 1:
            a = self._resolve(text, tokens[1:], when, context_countries, focus, memory)
            if a is not None and a.country and a.sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", None) and \
                    a.country not in ("IGO", "NGO"):
                # former officials are coded by what they do now (annotation guidelines: ELI is not used); with
                # nothing else known, a former office-holder is a politician
                return replace(a, code=make_code(a.country, "POL", a.ethnicity, a.org), sector="POL",
                               rule=a.rule if a.rule != "dictionary" else "composition",
                               label=f"former: {a.label}")
            return a
        # "Peruvians", "Uzbeks", "Kyrgyzs": a plural demonym is the people
        if len(tokens) == 1 and whole.endswith("s"):
            for sing in (whole[:-1], whole[:-2] if whole.endswith("es") else None):
                ents = [e for e in self.d.lookup(sing) if e.kind in ("demonym", "place", "country")] if sing else []
                if ents:
                    e = ents[0]
                    return _code(e.default, e, sector=_ETHNONYM_PLURAL_SECTOR if e.default.country else None)
        # "Irakli Kobakhidze, Georgia's prime minister": the apposition says who the name is
        if "," in text:
            parts = [p.strip() for p in text.split(",") if p.strip()]
            second = fold(parts[1]).split()[:1] if len(parts) >= 2 else []
            if second and second[0] in _POSTMODIFIERS:
                # "insurgents, linked to Islamic State": a backer or an ally, not who they are
                return self.resolve(parts[0], when=when, context_countries=context_countries, focus=focus,
                                    memory=memory)
            if len(parts) >= 2:
                head = self.resolve(parts[0], when=when, context_countries=context_countries, focus=focus,
                                    memory=memory)
                # "the United States ambassador to the United Nations" represents the United States
                described_as = _ACCREDITED_TO.sub(r"\1", ", ".join(parts[1:]))
                desc = self.resolve(described_as, when=when, context_countries=context_countries,
                                    focus=focus, memory=memory)
                described = desc is not None and desc.country and (desc.sector or desc.org) and \
                    desc.rule in ("composition", "dictionary")
                if head is not None and desc is not None and desc.sector and not desc.country and \
                        head.country not in (None, "IGO", "NGO") and head.is_person and \
                        head.rule != "in-document" and "former" not in fold(described_as).split() and \
                        not self._in_office(head.entry, when):
                    # "Gilmar Mendes, a judge at the Federal Supreme Court": a known person with no office on the
                    # date the dictionary knows of takes the role the apposition gives, in the person's country
                    return replace(head, code=make_code(head.country, desc.sector, head.ethnicity, head.org),
                                   sector=desc.sector, rule="composition",
                                   label=f"{parts[0]}: {desc.sector} ({described_as}; apposition)")
                if head is not None and desc is not None and head.sector and head.rule == "context" and \
                        head.country in (None, desc.country) and desc.is_person and desc.country not in (None, "IGO", "NGO") and \
                        desc.rule != "in-document" and not self._in_office(desc.entry, when):
                    # "the prime minister, Sheikh Nasser ...": the same the other way round, the office the text
                    # gives before the name beats what the dictionary says of the person off its dated roles
                    return replace(desc, code=make_code(desc.country, head.sector, desc.ethnicity, desc.org),
                                   sector=head.sector, rule="composition",
                                   label=f"{described_as}: {head.sector} ({parts[0]}; apposition)")
                # the name wins when the dictionary knows its role on this date; else the apposition says it
                # what the text says of the name beats what a dictionary says (roles change)
                if head is not None and head.rule not in ("context", "fuzzy", "namesake") and (
                        not described or head.rule == "in-document"):
                    return head
                if head is not None and head.rule == "composition" and head.country not in (None, "IGO", "NGO") \
                        and head.sector == "GOV" and described and desc.country in ("IGO", "NGO"):
                    # "Malaysian Prime Minister Anwar Ibrahim, the current ASEAN chair": the national office the
                    # name's own title gives stays; chairing a body is a role on top of it
                    return head
                if described and desc.rule == "composition" or described and desc.country in ("IGO", "NGO"):
                    if memory is not None:
                        self.learn(memory, parts[0], desc)
                    desc.label = f"{parts[0]}: {desc.label or desc.code} (apposition)"
                    return desc
        if len(tokens) == 1:
            acro = [k for k in self.d.acronym_keys(whole)]
            # "MDC", "the MDC": an article is no part of the abbreviation
            if len(acro) == 1 and re.sub(r"^(?:the|an?)\s+", "", text.strip(), flags=re.I).isupper():
                ents = self.d.lookup(acro[0])
                a = self._from_entry(self._pick(ents, when), when, None, acro[0].split(), focus, context_countries)
                a.rule = "acronym"
                a.label = f"{text} = {acro[0]} (initials of a dictionary name); {a.label}"
                return a
        words = re.findall(r"[\w'’\-]+", text)
        caps = {p for w in words if w[:1].isupper() for p in fold(w).split()} | _capital_parts(words)
        a = self._middle_names(tokens, caps, when, focus, context_countries)
        if a is not None:
            return a
        a = self._compose(tokens, when, context_countries, focus, memory, caps)
        if a is not None:
            return a
        return self._fuzzy(text, whole, when, tokens, focus, context_countries)

    def _middle_names(self, tokens: list[str], caps: set[str], when: date | None, focus: str | None,
                      context: tuple[str, ...]) -> ActorCode | None:
        """A full name with more parts than the dictionary's ("Sayyid Ali Hosseini Khamenei", "Joseph Robinette
        Biden"): the longest known person that keeps the surname and drops given names or honorifics."""
        if not 3 <= len(tokens) <= 5 or not all(t in caps for t in tokens) or self._sector(tokens)[0] is not None:
            return None  # a title ("Prime Minister Shahbaz Sharif") is composition's to read
        for n in range(len(tokens) - 1, 1, -1):
            for keep in combinations(range(len(tokens) - 1), n - 1):
                people = [e for e in self.d.lookup(" ".join([tokens[i] for i in keep] + [tokens[-1]]))
                          if e.kind == "person"]
                if people:
                    a = self._from_entry(self._pick(people, when), when, None, tokens, focus, context)
                    a.rule = "dictionary"
                    a.label = f"middle names dropped; {a.label}"
                    return a
        return None

    def _anothers_office(self, org: Entry, tokens: list[str], comps, caps: set[str], when: date | None) -> bool:
        """Is ``org`` matched only by a shared office name (``shared_offices``) that the words before it give to
        another body or a country ("Greek Secretary General", "Foreign Affairs Secretary General")?"""
        span = next(((a, b) for a, b, ens in comps if org in ens), None)
        if span is None or " ".join(tokens[span[0]:span[1]]) not in _SHARED_OFFICES:
            return False
        covered = {i: ens for a, b, ens in comps for i in range(a, b)}
        for i, t in enumerate(tokens[:span[0]]):
            if t in _OFFICE_RANKS or t in _STOP:
                continue
            if i in covered:
                if self._pick(covered[i], when).kind in ("country", "demonym", "capital", "territory"):
                    return True
            elif t in caps or t in self.d.sectors:
                return True
        return False

    def _compose(self, tokens: list[str], when: date | None, context_countries: tuple[str, ...],
                 focus: str | None, memory: DocMemory | None, caps: set[str] = frozenset()) -> ActorCode | None:
        k = next((i for i in range(1, len(tokens) - 1)
                  if tokens[i] in ("of", "to") and tokens[i - 1] in _RELATION_HEADS), None)
        other = self._compose(tokens[k + 1:], when, context_countries, focus, memory, caps) \
            if k is not None else None
        if other is not None:
            # "critics of President Saied", "challengers to Daniel Ortega", "supporters of President Saied": the
            # one named is someone else
            against = tokens[k - 1] in _AGAINST_HEADS
            kind = (other.entry or "").split(":")[0]
            # a government's critics, opponents and supporters are mostly its own people ("critics of the
            # Kremlin"); a state's rivals and enemies are other states
            country = other.country if other.country not in ("IGO", "NGO") and (
                kind in ("person", "org", "group") or tokens[k - 1] not in _OTHER_PARTY_HEADS) else None
            # the guidelines' OPP is the opposition the text names as such: a government's opponents and
            # challengers are, its critics need not be; supporters are civilians (crowds, protesters), the
            # opposition's supporters the opposition (as the dev sets code them)
            if against:
                sector = "OPP" if tokens[k - 1] in _OPPONENT_HEADS and other.sector in ("GOV", "MIL") else None
            else:
                # as the text presents the one supported (guidelines, "Supporters"): the opposition's supporters
                # are the opposition and a party's its members' (POL); supporters of a person the text names by a
                # state office ("former President Jair Bolsonaro", "President Saied"), whatever a dictionary says
                # of that person now, or of anyone else, are civilians
                named = self._sector(tokens[k + 1:])[0]
                if named == "OPP" or "opposition" in tokens[k + 1:] or named in (None, "POL") and other.sector == "OPP":
                    sector = "OPP"
                elif other.sector == "POL" and kind in ("org", "group") and named in (None, "POL"):
                    sector = "POL"
                else:
                    sector = "CVL"
            own = self._sector(tokens[:k - 1])[0]
            sector = own or sector
            if country is None and sector is None:
                return None
            return ActorCode(code=make_code(country, sector), country=country, sector=sector,
                             entry=f"sector:{sector}" if sector else None,
                             rule="composition" if country else "context",
                             label=f"{' '.join(tokens[k - 1:k + 1])} {other.label or other.code}")
        k = next((i for i in range(1, len(tokens) - 1) if tokens[i] in _LOCATIVES), None)
        if k is not None:
            head = tokens[:k]
            head_sector = self._sector(head)[0]
            if head_sector and head_sector not in ("CVL", "REF") and not set(head) & _COMMUNITY_CUES and any(
                    self._pick(ens, when).kind in _OWNER_KINDS for _s, _e, ens in self._components(head, caps)):
                # "Russian troops in Ukraine": the place where a group is does not make it the place's;
                # communities ("the Serb community in Kosovo") are placed where they live, so they keep it
                return self._compose(head, when, context_countries, focus, memory, caps)
            rest = [t for i, t in enumerate(tokens) if i < k or t in caps or t not in self.d.sectors]
            if head_sector and len(rest) < len(tokens):
                # "soldiers at a school in Mali", "militants in Kosovo monastery siege": the head says who they are;
                # a sector noun of the place ("school", "monastery") says what the place is, not whose they are
                return self._compose(rest, when, context_countries, focus, memory, caps)
        comps = self._components(tokens, caps)
        if caps:
            unknown = self._unknown_caps(tokens, caps, comps, self._sector_words(tokens))
            # so is one right after a people's name ("Kachin Independence Army" is no Kachin group in the U.S.)
            unknown |= {b - 1 for a, b, ens in comps
                        if ens[0].kind == "demonym" and ens[0].default.ethnicity and tokens[b - 1] in caps}
            # "Citizens Coalition for Change" is not Chile's "Coalition for Change": a capitalised common noun
            # right before an imported name of several words opens a longer name
            covered_now = {i for a, b, _ in comps for i in range(a, b)}
            unknown |= {a - 1 for a, b, ens in comps if b - a >= 2 and a >= 1 and tokens[a - 1] in caps and
                        a - 1 not in covered_now and self.d.sectors.get(tokens[a - 1]) == "CVL"}
            # "Kachin Independence Army", "Ta'ang National Liberation Army": an imported town or group name
            # right after a capitalised word no dictionary knows is part of a longer, unknown name
            comps = [(a, b, ens) for a, b, ens in comps
                     if not (a - 1 in unknown and
                             all(":kb" in e.id and e.kind in ("place", "group", "org") for e in ens))]
            # "Sudan People's Liberation Army" is not China's People's Liberation Army: an imported group right
            # after another state's name is that state's namesake group
            states = {b: self._pick(ens, when).default.country for a, b, ens in comps
                      if self._pick(ens, when).kind in ("country", "demonym", "capital")}
            comps = [(a, b, ens) for a, b, ens in comps
                     if not (a in states and all(":kb" in e.id and e.kind in ("group", "org") and
                                                 e.default.country not in (None, "IGO", "NGO", states[a])
                                                 for e in ens))]
        sector, head_at = self._sector(tokens)
        if sector == "POL" and "opposition" in tokens or sector == "CVL" and "opposition" in tokens[:head_at + 1]:
            sector = "OPP"  # "the leader of the opposition Causa R party": the text calls them the opposition
        elif sector == "POL" and "leader" in tokens[1:] and "party" not in tokens:
            # "Salvadoran leader Nayib Bukele", "Turkish Cypriot leader ...": a state's or people's leader is
            # its executive; a party's leader ("CTP leader") stays POL
            k = tokens.index("leader")
            before = next(({e.kind for e in ens} for a, b, ens in comps if b == k), set())
            # a known person's own record decides instead ("Kosovo leader Albin Kurti" out of office is POL)
            if before & {"demonym", "country", "territory"} and not any(
                    self._pick(ens, when).kind in ("org", "group", "person") for _a, _b, ens in comps):
                sector = "GOV"
        if sector == "GOV" and "former" in tokens:
            sector = "POL"  # former officials are not the government: coded as politicians (ELI is not used)
        # "Rohingya Muslims", "Uyghur Muslims": the faith after a people's name describes that people (data:
        # faith_adherents in resolver_words.yaml); a state's demonym keeps the faith reading ("Nigerian Christians")
        faith_head = sector == "REL" and 0 <= head_at < len(tokens) and tokens[head_at] in _FAITH_ADHERENTS
        people_faith = faith_head and any(
            en.kind == "demonym" and en.default.ethnicity and b <= head_at for _a, b, ens in comps for en in ens)
        covered = {i for s, e, _ in comps for i in range(s, e)}
        kinds: dict[str, Entry] = {}
        for _s, _e, entries in comps:
            if sector and sector != "MED" and any(e.default.sector == "MED" for e in entries) and \
                    any(e.kind in ("org", "group") and e.default.sector != "MED" for e in entries):
                # "PTI Vice President Fawad Chaudhry": a party's officer, not the Press Trust of India's
                entries = [e for e in entries if e.default.sector != "MED"]
            # the picked entry speaks for its words; namesakes only add a place reading ("Peruvian")
            e0 = self._pick(self._in_context(entries, when, context_countries), when)
            kinds.setdefault(e0.kind, e0)
            if e0.kind not in _PLACE_KINDS and e0.kind != "demonym" and ":kb" in e0.id:
                for en in entries:
                    if en.kind in _PLACE_KINDS or en.kind == "demonym":
                        kinds.setdefault(en.kind, en)
        # names the document introduced, or a surname with a title ("President Ruto")
        if "person" not in kinds:
            person = self._surname_person(tokens, covered | self._sector_words(tokens), when, memory, caps,
                                          context_countries, sector)
            if isinstance(person, ActorCode):
                if sector and sector != person.sector and person.country:
                    return replace(person, code=make_code(person.country, sector), sector=sector, rule="composition")
                return person
            named = {e.default.country for k, e in kinds.items() if k in ("demonym", "country")} - {None}
            if isinstance(person, Entry) and named and person.role_on(when).country not in named:
                person = None  # "Egyptian state media MENA" is no Ecuadorian minister surnamed Mena
            if person is not None:
                kinds["person"] = person
        org = kinds.get("org") or kinds.get("group")
        if org is not None and self._anothers_office(org, tokens, comps, caps, when) and not any(
                org not in ens and self._pick(ens, when).kind in ("org", "group") for _a, _b, ens in comps):
            # (a phrase that names another organisation too is left as it was: "the Collective Security Council of
            # the CSTO")
            kinds = {k: v for k, v in kinds.items() if v is not org}
            org = None
        person_span = next(((a, b) for a, b, ens in comps if kinds.get("person") in ens), None)
        if org is not None and person_span is not None:
            org_start = next(a for a, b, ens in comps if org in ens)
            if person_span[1] < org_start and set(tokens[person_span[1]:org_start]) & {"of", "from"} and \
                    any(t in self.d.sectors for t in tokens[:person_span[0]]):
                # "President Emmerson Mnangagwa of the ruling ZANU-PF": the titled person is the head
                org = None
        if org is not None:
            span = next((a, b) for a, b, ens in comps if org in ens)
            rest = tokens[:span[0]] + tokens[span[1]:]
            org_sector = self._sector(rest)[0] if rest else None
            a = self._from_entry(org, when, org_sector, tokens, focus, context_countries)
            a = self._home(a, org, rest)
            if org_sector == "OPP" and a.sector == "POL":
                # "the main opposition Republican People's Party": the text places the party in opposition
                a = replace(a, sector="OPP", code=make_code(a.country, "OPP", a.ethnicity, a.org))
            named = self._named_country(comps, span)
            ctx = [c for c in dict.fromkeys(context_countries) if c]
            if not named and len(ctx) == 1 and ctx[0] != a.country and ":kb" in org.id and \
                    span[1] - span[0] == 1 and org.kind == "org" and a.country not in ("IGO", "NGO"):
                named = ctx[0]  # "Senate Majority Leader ..." in a sentence about Kenya is Kenya's Senate
            if named and ":kb" in org.id and span[1] - span[0] == 1 and named != a.country and \
                    a.country not in ("IGO", "NGO"):
                # a one-word institution ("Senate", "Congress") belongs to the country the phrase names:
                # "Colombia's Senate" is not the U.S. Senate
                a = replace(a, code=make_code(named, a.sector), country=named, rule="composition",
                            label=f"{a.sector or 'body'} of {self.d.iso3_names.get(named, named)} ({org.label}: a namesake)")
            if rest:
                a.rule = "composition"
            return a
        if "person" in kinds:
            person = kinds["person"]
            role = person.role_on(when)
            place = kinds.get("capital") or kinds.get("country")
            if person.dated_on(when) and (sector in ("POL", "MIL") and role.sector == "GOV" or
                                          sector == "POL" and role.sector in ("OPP", "LEG") or
                                          sector == "GOV" and role.sector in ("JUD", "LEG")):
                # "North Korean leader Kim Jong-un", "General al-Burhan", "the Labour Party's leader, Jeremy
                # Corbyn" (Leader of the Opposition), "President Brenda Hale" (of the Supreme Court): a generic
                # title does not override the office the person holds on the day (guidelines: the office decides)
                sector = None
            if sector and sector != role.sector:
                country = role.country if role.country not in ("IGO", "NGO") else (place.default.country if place else None)
                a = _code(Role(country), person, sector=sector,
                          label=f"{sector} of {self.d.iso3_names.get(country or '', country)} ({person.label})")
            else:
                a = _code(role, person, label=f"{person.label}: {role.label or role.sector}")
            a.rule = "composition" if len(tokens) > 1 else "dictionary"
            return a
        place = next((kinds[k] for k in _PLACE_KINDS if k in kinds), None)
        if place is not None and place.kind == "place" and any(
                place in ens and e_ == len(tokens) - 1 and e_ not in covered and tokens[e_] in caps and
                tokens[e_] not in self.d.sectors and tokens[e_] not in self.d.agents for _s, e_, ens in comps):
            place = None  # a town right before an unknown last name is a given name ("Orlando Madumane")
        if place is not None and place.kind == "place" and not sector:
            place = None  # a town or province names a group's home only with a group noun ("Darfur rebels")
        demonyms = [en for _s, _e, ens in comps for en in ens if en.kind == "demonym"]
        stateless = next((d for d in demonyms if d.default.country is None), None)
        if stateless is not None:
            # "Iraqi Kurds", "Kurdish rebels": a people without a state, placed by the other names
            home_entry = place or next((d for d in demonyms if d.default.country), None)
            tag = stateless.default.ethnicity
            home = home_entry.default.country if home_entry else self._homeland(tag, context_countries, focus)
            sec = "CVL" if people_faith else sector or "CVL"
            return ActorCode(code=make_code(home, sec, tag), country=home, sector=sec, ethnicity=tag,
                             entry=stateless.id, source=stateless.source, rule="composition",
                             label=f"{tag} people" + (f" in {self.d.iso3_names.get(home, home)}" if home else ""))
        demonym = kinds.get("demonym")
        state_adj = None
        if demonym and place is None:
            # "Bosnian Serbs", "Macedonian Albanians": a state's adjective, then the people it holds as a community
            # (as "Kosovo Serbs" names the place first); the last word is the people
            last = next((ens for _s, e_, ens in comps if e_ == len(tokens)), None)
            people = next((en for en in last or () if en.kind == "demonym"), None)
            if people is not None and people is not demonym and demonym.default.country and \
                    people.default.country != demonym.default.country:
                state_adj, demonym = demonym, people
        if demonym:
            eth = self._ethnic(demonym, place or state_adj, tokens, focus, context_countries, faith=faith_head)
            if eth is None and state_adj is not None:
                demonym = state_adj  # not a community of that state: the state's people, as before
            if eth and faith_head and eth.sector == "REL":
                # "Kosovo Albanian Muslims": a community of the place, as "Kosovo Albanians"
                eth = replace(eth, sector="CVL", code=make_code(eth.country, "CVL", eth.ethnicity, eth.org))
            if eth:
                eth.rule = "composition"
                return eth
        if place is None and demonym is not None and demonym.default.country:
            place = demonym
        if place is not None:
            role = place.default
            sec = sector or ("GOV" if place.kind == "capital" else None)
            if sec is None and tokens[-1].endswith("s") and (
                    place.kind == "demonym" and place in self.d.lookup(tokens[-1]) or
                    place.kind == "territory" and place in self.d.lookup(" ".join(tokens[-2:])[:-1])):
                sec = "CVL"  # "Palestinians", "Serbs", "Turkish Cypriots": a people, not a state
            if people_faith and place.kind == "demonym" and place.default.ethnicity:
                sec = "CVL"  # "Rohingya Muslims" (a people of one state): the people, as "Rohingyas"
            a = _code(role, place, sector=sec)
            a.rule = "composition"
            return a
        if sector and caps:
            region = self._region(tokens, covered, caps)
            if region is not None:
                name, country = region
                return ActorCode(code=make_code(country, sector), country=country, sector=sector,
                                 entry=f"region:{name}", rule="composition",
                                 label=f"{sector} of {name} ({self.d.iso3_names.get(country, country)})")
        if sector:
            # a generic agent ("police") takes the one country its sentence names, else the document's
            # focus when the sentence names it (or none), else no country
            named = [c for c in dict.fromkeys(context_countries) if c]
            if sector == "UAF":
                country = None  # unidentified armed men: where they acted says nothing of who they are
            elif len(named) == 1:
                country = named[0]
            elif focus and (focus in named or not named):
                country = focus
            else:
                country = None  # several countries and no focus among them: do not guess a side
            return ActorCode(code=make_code(country, sector), country=country, sector=sector,
                             entry=f"sector:{sector}", label=f"generic {sector}", rule="context")
        return None

    def _sector_words(self, tokens: list[str]) -> set[int]:
        """Positions of words that belong to a sector phrase ("prime minister", "armed forces")."""
        key = ("sector_words", tuple(tokens))
        found = self._memo.get(key)
        if found is None:
            found = self._remember(key, frozenset(self._sector_words_uncached(tokens)))
        return set(found)

    def _sector_words_uncached(self, tokens: list[str]) -> set[int]:
        out: set[int] = set()
        for i in range(len(tokens)):
            for n in (3, 2, 1):
                ph = " ".join(tokens[i:i + n])
                if ph in self.d.sectors or ph in self.d.agents or (ph.endswith("s") and (
                        ph[:-1] in self.d.sectors or ph[:-1] in self.d.agents)):
                    out.update(range(i, min(i + n, len(tokens))))
                    break
        return out

    def _surname_person(self, tokens: list[str], covered: set[int], when: date | None,
                        memory: DocMemory | None, caps: set[str] = frozenset(),
                        context: tuple[str, ...] = (), sector: str | None = None) -> Entry | ActorCode | None:
        """A capitalised word of the phrase that is a name the document introduced, or the surname of
        exactly one person in office on the date (or of persons who all share one country)."""
        for i in range(len(tokens) - 1, -1, -1):
            t = tokens[i]
            family = self.d.is_family_name(t)
            if i in covered or (len(t) < 3 and not family) or t in self.d.sectors or t in self.d.agents or \
                    t in _STOP:
                continue
            given = tokens[i - 1] if i >= 1 and tokens[i - 1] in caps and i - 1 not in covered else None
            if memory is not None and t in memory.names and not memory.other_person(t, given):
                return replace(memory.names[t])
            if memory is not None and t in memory.names and memory.other_person(t, given):
                # "28-year-old Usman Khan" after "Mayor of London Sadiq Khan": another person of the family, placed
                # where the story placed the family (no office-holder of that surname), not in the other's office
                kin = memory.names[t]
                if kin.country is None:
                    continue
                return ActorCode(code=make_code(kin.country, None), country=kin.country, entry=f"kin:{kin.country}",
                                 rule="namesake", label=f"{t}: family name of {memory.full_names.get(t, t)} "
                                                           f"({kin.country}) in this document")
            if memory is not None and t in memory.strangers:
                continue
            if t not in caps or (len(t) < 4 and not family):
                continue
            if any(j > i and tokens[j] in caps and (j not in covered or j == i + 1) for j in range(len(tokens))):
                # only the last name of the phrase can be a surname; "Villa Somalia" is the Somali presidency,
                # not a Bolivian minister called Villa
                continue
            if i >= 2 and tokens[i - 1] in ("of", "for") and (tokens[i - 2] in self.d.sectors or
                                                           tokens[i - 2] in self.d.agents):
                continue  # "the Minister of Justice" holds a portfolio; Justice is no surname there
            # "Arce" is not Juan Carlos Garcia Perez de Arce; "Di Maio" is Luigi Di Maio
            keys = self.d.bare_surname_keys(t, tokens[i - 1] if i > 0 else None)
            if not keys:
                continue
            # a capitalised word before it that is no title or stop word: a given name
            prev_name = i > 0 and tokens[i - 1] in caps and tokens[i - 1] not in self.d.sectors and \
                tokens[i - 1] not in self.d.agents and tokens[i - 1] not in _STOP
            if family and prev_name:
                # a family name written first opens the name: "Victoria Park" is no President Park
                keys = [k for k in keys if k.split()[-1] == t]
            given = tokens[i - 1] if prev_name and (i - 1) not in covered else None
            if given:
                # "Isidoro Mora" is not "Jose Francisco Blake Mora": a given name must be one of the person's
                keys = [k for k in keys if given in k.split()]
            people = [e for k in keys for e in self.d.lookup(k) if e.kind == "person"]
            # with a date, only someone in office then ("Senator Galvez" in 2023 is not a Peruvian minister of
            # 2006), or a curated entry without dated roles
            pool = [e for e in people if e.dated_on(when) or (":kb" not in e.id and not e.roles)] \
                if when is not None else people
            countries = {e.role_on(when).country for e in pool}
            if len(countries) > 1 and self.d.given_name_count(t) < 3:
                # namesakes of several countries: the one the sentence names, else the likeliest (a word
                # that opens many names, "John", is more often a given name: no guess)
                named = [e for e in pool if e.role_on(when).country in context]
                pool = named if len({e.role_on(when).country for e in named}) == 1 else \
                    self._likeliest_namesakes(pool, when)
                countries = {e.role_on(when).country for e in pool}
            if family and len(t) < 4 and context and not countries & set(context):
                continue  # "Lai" in a sentence about Hong Kong is not Taiwan's president
            if len(countries) == 1:
                # "President Park": of the namesakes, the one whose office the title names
                titled = [e for e in pool if sector and e.role_on(when).sector == sector]
                return self._pick(titled or pool, when)
        return None

    @staticmethod
    def _likeliest_namesakes(pool: list[Entry], when: date | None) -> list[Entry]:
        """Among office-holders of several countries who share a surname, those of the one country the news
        most likely means: an imported office left open for eight years or more is probably over ("Ortega"
        in 2021 is Nicaragua's president, not a Costa Rican minister of 2006), and a person that several
        sources list is more prominent than one that a single record has. None when no country stands out."""
        if when is None or not pool:
            return []
        def stale(e: Entry) -> bool:
            held = [r for r in e.roles if r.valid_on(when)]
            return ":kb" in e.id and bool(held) and all(
                r.end is None and r.start is not None and (when - r.start).days > 8 * 365 for r in held)
        fresh = [e for e in pool if not stale(e)] or pool
        weight: dict[str, set[str]] = {}
        for e in fresh:
            weight.setdefault(e.role_on(when).country, set()).add(e.id)
        ranked = sorted(weight.items(), key=lambda kv: -len(kv[1]))
        if len(ranked) == 1 or len(ranked[0][1]) >= 2 and len(ranked[0][1]) >= 2 * len(ranked[1][1]):
            return [e for e in fresh if e.role_on(when).country == ranked[0][0]]
        return []

    def _fuzzy(self, text: str, whole: str, when: date | None, tokens: list[str], focus: str | None,
               context: tuple[str, ...]) -> ActorCode | None:
        """A misspelt or transliterated name: only for capitalised text, only against names of persons,
        organisations, groups and territories."""
        if not any(w[:1].isupper() for w in text.split()):
            return None
        sector_pos = self._sector_words(tokens)
        name = " ".join(t for i, t in enumerate(tokens) if i not in sector_pos and t not in _STOP)
        if len(name) < 5:
            return None
        whole = name
        if self._fuzzy_keys is None:
            self._fuzzy_keys = self.d.fuzzy_index()
        if whole not in self._fuzzy_hits:
            if len(self._fuzzy_hits) >= 100_000:
                self._fuzzy_hits.clear()
            self._fuzzy_hits[whole] = self._fuzzy_keys.best(whole, FUZZY_THRESHOLD)
        hit = self._fuzzy_hits[whole]
        joined = _ABD.sub(r"\1\2", whole)
        if hit is None and joined != whole:
            # "Abdul Hamid Dbeibah" is the dictionary's "Abdulhamid Dbeibeh": Arabic compound given names are
            # written joined or apart
            hit = self._fuzzy_keys.best(joined, FUZZY_THRESHOLD)
        if hit is None and len(tokens) == 1:
            return None
        if hit is None:
            return None
        key, score, _ = hit
        entries = self.d.lookup(key)
        if not entries:
            return None
        sector = self._sector(tokens)[0] if sector_pos else None
        a = self._from_entry(self._pick(entries, when), when, None, key.split(), focus, context)
        if sector and sector != a.sector and a.country and a.country not in ("IGO", "NGO"):
            a = replace(a, code=make_code(a.country, sector), sector=sector)
        a.rule = "fuzzy"
        a.label = f"{a.label} (~{key}, {score:.0f})"
        return a

    def _ethnic(self, demonym: Entry, place: Entry | None, tokens: list[str], focus: str | None,
                context: tuple[str, ...] = (), faith: bool = False) -> ActorCode | None:
        """'Kosovo Serbs', 'the Serbian community', 'Albanian leaders' -> community inside a country.

        The home country is a place named in the phrase, else the document's focus, else a country
        named in the sentence where the group is a listed community. ``faith``: the head names the faithful
        ("Kosovo Albanian Muslims"), which after a demonym is as much a community cue as its plural.
        """
        tag = demonym.default.ethnicity or (demonym.default.country or "").lower()
        home = place.default.country if place else focus
        if home is None or home == demonym.default.country:
            home = next((c for c in context if c != demonym.default.country and tag in self.d.communities.get(c, ())),
                        home)
        plural_noun = tokens[-1].endswith("s") and self.d.lookup(tokens[-1]) and demonym in self.d.lookup(tokens[-1])
        cue = plural_noun or faith or any(t in _COMMUNITY_CUES for t in tokens)
        if not cue or not home or home == demonym.default.country:
            return None
        if tag not in self.d.communities.get(home, set()) and not (place and demonym.default.country is None):
            return None
        sector, _ = self._sector(tokens)
        if sector is None or (plural_noun and sector == "CVL"):
            sector = _ETHNONYM_PLURAL_SECTOR
        if sector in ("CVL",) and any(t in ("leaders", "leader", "politicians", "representatives") for t in tokens):
            sector = "POL"
        label = f"{tag} community in {self.d.iso3_names.get(home, home)}"
        return ActorCode(code=make_code(home, sector, tag), country=home, sector=sector, ethnicity=tag,
                         entry=demonym.id, label=label, source=demonym.source)

    def _region(self, tokens: list[str], covered: set[int], caps: set[str]) -> tuple[str, str] | None:
        """A province or region that names a group's home before its group noun: "Kachin Independence Army",
        "Zamfara bandits", "Amhara militia" (first-level divisions, ``_admin_names``). After the noun a
        capitalised word is more likely a person's name ("General Jackson") and is not read."""
        _sec, head = self._sector(tokens)
        words = self._sector_words(tokens)
        while head > 0 and head - 1 in words:
            head -= 1  # the first word of the group noun ("regional government")
        run: list[int] = []
        for i in range(max(head, 0)):
            if i in covered or tokens[i] not in caps or tokens[i] in _REGION_GENERIC:
                break
            run.append(i)
        if not run or run[0] != 0:
            return None
        admins = _admin_names()
        for n in range(len(run), 0, -1):
            name = " ".join(tokens[:n])
            found = admins.get(name)
            if found:
                # a name two states' divisions share ("Punjab") gives none
                return (name.title(), next(iter(found))) if len(found) == 1 else None
        return None

    def _homeland(self, tag: str | None, context: tuple[str, ...], focus: str | None, first: bool = False) -> str | None:
        """Where a people without a state of its own is: a homeland its context names, else its only homeland.

        A people of several states ("Baloch": PAK, IRN, AFG) is placed only by its context, never by a default
        that would favour one state. A people with no recorded homelands takes the context as before.
        """
        named = [c for c in dict.fromkeys(context) if c]
        homes = self.d.homelands.get(tag or "", ())
        if not homes:
            if first:
                return named[0] if named else focus
            return named[0] if len(named) == 1 else focus
        return next((c for c in named if c in homes), None) or (focus if focus in homes else None) or \
            (homes[0] if len(homes) == 1 else self._region_home(tag))

    def _region_home(self, tag: str) -> str | None:
        """The homeland state that a people's homeland region lies in, when the first-level divisions place
        every part of the region in one state ("Kachin State" -> MMR; "Darfur and Kordofan" spans two: none)."""
        key = ("region_home", tag)
        if key in self._memo:
            return self._memo[key]
        found: set[str] = set()
        region = self.d.homeland_regions.get(tag)
        if region:
            admins = _admin_names()
            for part in re.split(r"[;,()]| and ", region):
                if not fold(part):
                    continue
                states = admins.get(fold(part), frozenset())
                # a part no division is named, or several states' divisions are, leaves the region undecided
                found.add(next(iter(states)) if len(states) == 1 else "?")
        home = found.pop() if len(found) == 1 else None
        return self._remember(key, home if home in self.d.homelands.get(tag, ()) else None)

    @staticmethod
    def _named_country(comps: list, span: tuple[int, int]) -> str | None:
        """The one country that a phrase names outside ``span`` (by country, demonym or capital)."""
        found = {e.default.country for s, e_, ens in comps if (s, e_) != span for e in ens
                 if e.kind in ("country", "demonym", "capital") and e.default.country and
                 e.default.country not in ("IGO", "NGO")}
        return found.pop() if len(found) == 1 else None

    def _home(self, a: ActorCode, entry: Entry, rest: list[str] = ()) -> ActorCode:
        """A group coded to a region only ("Palestinian Islamic Jihad" is MEA in Phoenix): its own name or
        the rest of the phrase names the country."""
        if a.country is not None or entry.kind not in ("group", "org") or a.sector == "BUS":
            return a
        for tok in fold(entry.label).split() + list(rest):
            for e in self.d.lookup(tok):
                if e.kind in ("country", "demonym", "capital", "place", "territory") and e.default.country and \
                        e.default.country not in ("IGO", "NGO"):
                    c = e.default.country
                    return replace(a, code=make_code(c, a.sector, a.ethnicity, a.org), country=c)
        return a

    def _from_entry(self, entry: Entry, when: date | None, sector: str | None, tokens: list[str],
                    focus: str | None, context: tuple[str, ...]) -> ActorCode:
        a = self._home(self._from_entry_raw(entry, when, sector, tokens, focus, context), entry)
        # an international NGO's staff act for it (sector NGO); an IGO without a functional sector is coded by
        # its executive and political bodies (GOV), as the annotation guidelines code them. The CAMEO-style
        # code keeps its usual form ("NGOAMN", "IGOUNO"): the country already says NGO, and CAMEO writes an
        # IGO's political bodies without a sector
        if a.country == "NGO" and a.sector != "NGO":
            a = replace(a, sector="NGO", code=make_code("NGO", None, a.ethnicity, a.org))
        elif a.country == "IGO" and not a.sector:
            a = replace(a, sector="GOV")
        return a

    def _from_entry_raw(self, entry: Entry, when: date | None, sector: str | None, tokens: list[str],
                        focus: str | None, context: tuple[str, ...]) -> ActorCode:
        role = entry.role_on(when)
        if entry.kind == "demonym":
            eth = self._ethnic(entry, None, tokens, focus, context)
            if eth:
                return eth
            if role.country is None:  # stateless group: country from context
                country = self._homeland(role.ethnicity, context, focus, first=True)
                return _code(role, entry, country=country, sector=sector or "CVL")
            if tokens[-1].endswith("s"):
                return _code(role, entry, sector=sector or "CVL")  # "Palestinians": a people
        if entry.kind == "capital":
            return _code(role, entry, sector=sector or "GOV")
        if entry.kind == "territory" and not sector and len(tokens) > 1 and tokens[-1].endswith("s") and \
                entry in self.d.lookup(" ".join(tokens)[:-1]):
            return _code(role, entry, sector="CVL")  # "Turkish Cypriots": the people, not the territory
        a = _code(role, entry, sector=sector if sector and not role.sector else None)
        if entry.kind == "person" and role.label:
            a.label = f"{entry.label}: {role.label}"
        return a
