"""Resolve a mention's text to an actor code.

Order: an exact alias (person, organisation, country, capital-as-government) -> composition of
the parts found inside the phrase (person or place + sector noun, demonym as ethnic community)
-> a generic agent ("police", "the government") taking its country from the sentence, else from
the document's focus. The same rules run for every side.
"""
from __future__ import annotations

from datetime import date

from ..records import ActorCode
from .dictionary import ActorDictionary, Entry, Role, fold, load_dictionary

_FIRST_PERSON = {"we", "us", "our", "ours", "ourselves"}
_STOP = {"the", "a", "an", "its", "their", "his", "her", "all", "some", "several", "many", "two", "three",
         "four", "five", "other", "these", "those", "this", "that", "both", "certain", "local", "new"}
# nouns that make a demonym denote an ethnic community rather than a state ("the Serbian community")
_COMMUNITY_CUES = {"community", "communities", "people", "peoples", "minority", "minorities", "population",
                   "leaders", "leader", "residents", "villagers", "enclave", "enclaves", "members", "civilians",
                   "families", "representatives", "inhabitants", "returnees", "politicians", "parties", "party"}
_ETHNONYM_PLURAL_SECTOR = "CVL"


def make_code(country: str | None, sector: str | None, ethnicity: str | None = None, org: str | None = None) -> str:
    """CAMEO-style code: country (ISO3 | IGO | NGO) + org tag + sector + lower-case ethnicity."""
    return "".join(p for p in (country or "---", org or "", sector or "", ethnicity or "") if p)


def _code(role: Role, entry: Entry | None, sector: str | None = None, country: str | None = None,
          ethnicity: str | None = None, label: str | None = None) -> ActorCode:
    c = country or role.country
    s = sector or role.sector
    e = ethnicity or role.ethnicity
    return ActorCode(code=make_code(c, s, e, role.org), country=c, sector=s, ethnicity=e, org=role.org,
                     entry=entry.id if entry else None, label=label or (entry.label if entry else None))


class ActorResolver:
    def __init__(self, dictionary: ActorDictionary | None = None, extra: list[str] | None = None):
        self.d = dictionary or load_dictionary(extra)

    def is_first_person(self, text: str) -> bool:
        return fold(text) in _FIRST_PERSON

    def _components(self, tokens: list[str]) -> list[tuple[int, int, list[Entry]]]:
        """Longest non-overlapping alias matches inside a folded token list."""
        out = []
        i = 0
        while i < len(tokens):
            if i > 0 and tokens[i - 1] in ("anti", "pro"):
                i += 1  # "anti-Syria journalist" is not Syria's
                continue
            for n in range(min(self.d.max_alias_len, len(tokens) - i), 0, -1):
                entries = self.d.lookup(" ".join(tokens[i:i + n]))
                if entries:
                    out.append((i, i + n, entries))
                    i += n
                    break
            else:
                i += 1
        return out

    def _sector(self, tokens: list[str]) -> tuple[str | None, int]:
        """Sector of the phrase's head: searched before the first 'of', last match wins."""
        cut = tokens.index("of") if "of" in tokens[1:] else len(tokens)
        for offset, part in ((0, tokens[:cut]), (cut, tokens[cut:])):
            best: tuple[str | None, int, int] = (None, -1, 0)  # sector, last token, length
            for i in range(len(part)):
                for n in (3, 2, 1):
                    phrase = " ".join(part[i:i + n])
                    sec = self.d.sectors.get(phrase)
                    if sec is None and n == 1 and phrase.endswith("s"):
                        sec = self.d.sectors.get(phrase[:-1])
                    end = i + n - 1
                    # the head noun is last; at the same end the longer phrase wins ("security forces")
                    if sec and (end > best[1] or (end == best[1] and n > best[2])):
                        best = (sec, end, n)
                        break
            if best[0]:
                return best[0], best[1] + offset
        return None, -1

    def resolve(self, text: str, *, when: date | None = None, context_countries: tuple[str, ...] = (),
                focus: str | None = None) -> ActorCode | None:
        key = fold(text)
        if not key:
            return None
        tokens = [t for t in key.split() if t]
        while tokens and tokens[0] in _STOP:
            tokens = tokens[1:]
        if not tokens:
            return None
        whole = " ".join(tokens)
        exact = self.d.lookup(whole)
        if exact:
            return self._from_entry(exact[0], when, None, tokens, focus, context_countries)
        comps = self._components(tokens)
        sector, _ = self._sector(tokens)
        kinds = {}
        for _s, _e, entries in comps:
            for en in entries:
                kinds.setdefault(en.kind, en)
        if "org" in kinds:
            span = next((a, b) for a, b, ens in comps if kinds["org"] in ens)
            rest = tokens[:span[0]] + tokens[span[1]:]
            org_sector = self._sector(rest)[0] if rest else None
            return self._from_entry(kinds["org"], when, org_sector, tokens, focus, context_countries)
        if "person" in kinds:
            person = kinds["person"]
            role = person.role_on(when)
            place = kinds.get("capital") or kinds.get("country")
            if sector and sector != role.sector:
                country = role.country if role.country not in ("IGO", "NGO") else (place.default.country if place else None)
                return _code(Role(country), person, sector=sector,
                             label=f"{sector} of {self.d.iso3_names.get(country or '', country)} ({person.label})")
            return _code(role, person, label=f"{person.label}: {role.label or role.sector}")
        place = kinds.get("country") or kinds.get("capital")
        demonyms = [en for _s, _e, ens in comps for en in ens if en.kind == "demonym"]
        stateless = next((d for d in demonyms if d.default.country is None), None)
        if stateless is not None:
            # "Iraqi Kurds", "Kurdish rebels": a people without a state, placed by the other names
            home_entry = place or next((d for d in demonyms if d.default.country), None)
            named = [c for c in dict.fromkeys(context_countries) if c]
            home = home_entry.default.country if home_entry else (named[0] if len(named) == 1 else focus)
            sec = sector or "CVL"
            tag = stateless.default.ethnicity
            return ActorCode(code=make_code(home, sec, tag), country=home, sector=sec, ethnicity=tag,
                             entry=stateless.id, label=f"{tag} people" + (f" in {self.d.iso3_names.get(home, home)}" if home else ""))
        demonym = kinds.get("demonym")
        if demonym:
            eth = self._ethnic(demonym, place, tokens, focus, context_countries)
            if eth:
                return eth
        if place is None and demonym is not None and demonym.default.country:
            place = demonym
        if place is not None:
            role = place.default
            sec = sector or ("GOV" if place.kind == "capital" else None)
            if sec is None and place.kind == "demonym" and tokens[-1].endswith("s") and \
                    place in self.d.lookup(tokens[-1]):
                sec = "CVL"  # "Palestinians", "Serbs": a people, not a state
            if sec == "GOV" and "former" in tokens:
                sec = "ELI"  # former officials are elites, not the government
            return _code(role, place, sector=sec)
        if sector == "GOV" and "former" in tokens:
            sector = "ELI"  # former officials are elites, not the government
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
                             entry=f"sector:{sector}", label=f"generic {sector}")
        return None

    def _ethnic(self, demonym: Entry, place: Entry | None, tokens: list[str], focus: str | None,
                context: tuple[str, ...] = ()) -> ActorCode | None:
        """'Kosovo Serbs', 'the Serbian community', 'Albanian leaders' -> community inside a country.

        The home country is a place named in the phrase, else the document's focus, else a country
        named in the sentence where the group is a listed community.
        """
        tag = demonym.default.ethnicity or (demonym.default.country or "").lower()
        home = place.default.country if place else focus
        if home is None or home == demonym.default.country:
            home = next((c for c in context if c != demonym.default.country and tag in self.d.communities.get(c, ())),
                        home)
        plural_noun = tokens[-1].endswith("s") and self.d.lookup(tokens[-1]) and demonym in self.d.lookup(tokens[-1])
        cue = plural_noun or any(t in _COMMUNITY_CUES for t in tokens)
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
                         entry=demonym.id, label=label)

    def _from_entry(self, entry: Entry, when: date | None, sector: str | None, tokens: list[str],
                    focus: str | None, context: tuple[str, ...]) -> ActorCode:
        role = entry.role_on(when)
        if entry.kind == "demonym":
            eth = self._ethnic(entry, None, tokens, focus, context)
            if eth:
                return eth
            if role.country is None:  # stateless group: country from context
                country = next((c for c in context if c), None) or focus
                return _code(role, entry, country=country, sector=sector or "CVL")
            if tokens[-1].endswith("s"):
                return _code(role, entry, sector=sector or "CVL")  # "Palestinians": a people
        if entry.kind == "capital":
            return _code(role, entry, sector=sector or "GOV")
        return _code(role, entry, sector=sector if sector and not role.sector else None)
