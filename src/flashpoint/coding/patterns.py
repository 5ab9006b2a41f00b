"""Loads the coder's data files: triggers (`verb_patterns.yaml`), PLOVER type classes and CAMEO roots
(`plover_types.yaml`) and the function-word lists of the syntax rules (`lexicon.yaml`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..records import PLOVER_TYPES
from ..yamlfile import load_yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Pattern:
    lemma: str
    extra: tuple[str, ...]
    event_type: str
    mode: str | None
    cameo: str | None
    order: int  # position in the file: earlier wins a tie
    src: str = "flashpoint"  # provenance: our own file, or the imported line ("CAMEO.2.0.txt:1234 BLOCK/VERB")

    @property
    def specificity(self) -> int:
        return len(self.extra)


def _parse(spec: str, event_type: str, default_cameo: str, order: int) -> Pattern:
    parts = [p.strip() for p in str(spec).split("|")]
    words = parts[0].lower().split()
    mode = parts[1] if len(parts) > 1 and parts[1] else None
    cameo = parts[3] if len(parts) > 3 and parts[3] else (parts[2] if len(parts) > 2 and parts[2] else default_cameo)
    return Pattern(words[0], tuple(words[1:]), event_type, mode, cameo, order)


@dataclass
class PatternSet:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]  # keyed by the noun's last word ("ethnic cleansing" -> cleansing)
    cameo_root: dict[str, str]
    accusation_nouns: set[str]
    of_patient_nouns: set[str]
    speech_verbs: set[str]
    request_verbs: set[str]
    negating_verbs: set[str]
    hypothetical_verbs: set[str]
    hypothetical_aux: set[str]
    intent_verbs: set[str]


@dataclass(frozen=True)
class TypeClasses:
    """PLOVER type facts from `plover_types.yaml`: the one definition of CAMEO roots."""
    cameo_root: dict[str, str]
    cooperative: frozenset[str]
    conflictual: frozenset[str]
    verbal: frozenset[str]
    noun_accusation: dict[str, str]


@lru_cache(maxsize=1)
def type_classes() -> TypeClasses:
    path = DATA / "plover_types.yaml"
    data = load_yaml(path.read_text("utf-8"))
    roots = {k: str(v) for k, v in data["cameo_roots"].items()}
    if set(roots) != set(PLOVER_TYPES):
        raise ValueError(f"{path}: cameo_roots must list exactly the PLOVER types")
    return TypeClasses(cameo_root=roots, cooperative=frozenset(data["cooperative"]),
                       conflictual=frozenset(data["conflictual"]), verbal=frozenset(data["verbal"]),
                       noun_accusation={k: str(v) for k, v in data["noun_accusation"].items()})


class Lexicon:
    """Word lists of `lexicon.yaml`, as attributes (tuples keep file order, sets for membership)."""

    def __init__(self, data: dict[str, list[str]]):
        for key, words in data.items():
            bad = [w for w in words if not isinstance(w, str)]
            if bad:
                raise ValueError(f"coding/data/lexicon.yaml: {key} has non-string items {bad} (quote them)")
            setattr(self, key, tuple(str(w) for w in words))
            setattr(self, key + "_set", frozenset(str(w) for w in words))

    def __getattr__(self, name: str):  # a missing list is a data error, named as such
        raise AttributeError(f"coding/data/lexicon.yaml has no list {name!r}")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(load_yaml((DATA / "lexicon.yaml").read_text("utf-8")))


NOT_EVENT = "NONE"  # the type of a pattern whose sense is not an event
IMPORTED = DATA / "cameo_import.yaml"
IMPORT_POLICY = DATA / "cameo_import_policy.yaml"


def load_patterns(path: str | Path | None = None, imported: str | Path | None | bool = True) -> PatternSet:
    """Our patterns (`verb_patterns.yaml`), plus the imported PETRARCH2 ones unless ``imported`` is False."""
    imp = str(IMPORTED) if imported is True else (str(imported) if imported else "")
    return _load(str(path or DATA / "verb_patterns.yaml"), imp)


def imported_patterns(path: str | Path, ours: dict[str, list[Pattern]], start: int = 0,
                      policy: dict | None = None) -> list[Pattern]:
    """Imported verb patterns that pass the policy (default `cameo_import_policy.yaml`); ours override
    any with the same words, and a lemma we list with no extra words keeps our sense for the bare verb."""
    if policy is None:
        policy = (load_yaml(IMPORT_POLICY.read_text("utf-8")) if IMPORT_POLICY.exists() else None) or {}
    if not policy.get("load", True):
        return []
    data = load_yaml(Path(path).read_text("utf-8")) or {}
    keep_types = set(policy.get("types") or PLOVER_TYPES)
    drop_codes = tuple(str(c) for c in policy.get("drop_cameo", []))
    drop = set(policy.get("drop_patterns", []))
    bare_ok = policy.get("bare_verbs", True)
    out = []
    for i, d in enumerate(data.get("verbs", [])):
        words = d["p"].lower().split()
        lemma, extra = words[0], tuple(words[1:])
        if d["type"] not in keep_types or str(d["cameo"]).startswith(drop_codes) or d["p"] in drop:
            continue
        if not extra and not bare_ok:
            continue
        mine = ours.get(lemma, [])
        if any(p.extra == extra for p in mine) or (not extra and mine):
            continue
        out.append(Pattern(lemma, extra, d["type"], d.get("mode"), str(d["cameo"]), start + i + 1, d.get("src", path)))
    return out


@lru_cache(maxsize=8)
def _load(path: str, imported: str = "") -> PatternSet:
    data = load_yaml(Path(path).read_text("utf-8"))
    roots = type_classes().cameo_root
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    order = 0
    sections = [("verbs", verbs, data.get("verbs", {})), ("nouns", nouns, data.get("nouns", {})),
                # senses that are not events ("deliver a speech", "take place"): they win over a shorter pattern
                ("not_events", verbs, {NOT_EVENT: data.get("not_events", [])})]
    for section, index, groups in sections:
        for etype, specs in groups.items():
            if etype not in roots and etype != NOT_EVENT:
                raise ValueError(f"{path}: {section}.{etype} is not a PLOVER type")
            for spec in specs:
                order += 1
                p = _parse(spec, etype, roots.get(etype), order)
                if section == "nouns" and p.extra:
                    # multiword noun: key on the head (last word), the rest must be modifiers
                    words = (p.lemma,) + p.extra
                    p = Pattern(words[-1], words[:-1], p.event_type, p.mode, p.cameo, p.order)
                index.setdefault(p.lemma, []).append(p)
    if imported and Path(imported).exists():
        for p in imported_patterns(imported, verbs, order):
            verbs.setdefault(p.lemma, []).append(p)
    return PatternSet(
        verbs=verbs, nouns=nouns, cameo_root=roots,
        accusation_nouns=set(data.get("accusation_nouns", [])),
        of_patient_nouns=set(data.get("of_patient_nouns", [])),
        speech_verbs=set(data.get("speech_verbs", [])),
        request_verbs=set(data.get("request_verbs", [])),
        negating_verbs=set(data.get("negating_verbs", [])),
        hypothetical_verbs=set(data.get("hypothetical_verbs", [])),
        hypothetical_aux=set(data.get("hypothetical_aux", [])),
        intent_verbs=set(data.get("intent_verbs", [])),
    )
