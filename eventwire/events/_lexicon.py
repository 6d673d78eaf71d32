"""The PLOVER trigger lexicon: verb, event-noun and light-verb triggers loaded from package data.

The tables in ``data/`` are derived by ``scripts/build_lexicon.py`` (see ``docs/lexicon.md``);
nothing here reads the original sources. Lookups are plain dict gets, so the coder can call them
for every token.
"""
from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources

# A light row whose note starts with this mark is an idiom whose noun stands bare ("take issue", "find fault"):
# scripts/build_lexicon.py writes it, and the coder checks the noun's form before coding the idiom.
BARE_NOUN_IDIOM = "idiom, bare noun:"


@dataclass(frozen=True)
class Trigger:
    lemma: str
    particle: str | None
    prep: str | None
    obj: str | None
    plover: str
    mode: str | None
    quad: int
    cameo: str | None
    weight: float
    source: str  # cameo | cameo-syn | override | noun | light


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("eventwire.events").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _singular(word: str) -> str:
    """Cheap singular for callers that pass surface forms ("talks", "ties") instead of lemmas."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


class Lexicon:
    def __init__(self, verbs: list[Trigger], nouns: list[Trigger], light: list[Trigger],
                 special: dict[tuple[str, str], str], quads: dict[str, int],
                 quad_codes: dict[str, int], modes: dict[str, list[str]], generic: set[str],
                 cameo: dict[str, tuple[str, str | None, str | None]],
                 case2021: dict[str, tuple[str, str | None]],
                 bare_idioms: frozenset[tuple[str, str]] = frozenset()) -> None:
        self._verbs = _index(verbs, lambda t: t.lemma)
        self._nouns = _index(nouns, lambda t: t.lemma)
        self._light: dict[tuple[str, str], list[Trigger]] = {}
        for t in light:
            arg = t.obj or t.prep or t.particle or ""
            self._light.setdefault((t.lemma, arg), []).append(t)
        for lst in self._light.values():
            lst.sort(key=lambda t: -t.weight)
        self._light_pobj: dict[tuple[str, str], list[Trigger]] = {}
        for t in light:
            if t.obj and t.prep:
                self._light_pobj.setdefault((t.lemma, t.prep), []).append(t)
        self._special = special
        self._quads = quads
        self._quad_codes = quad_codes
        self._modes = modes
        self._generic = generic
        self._cameo = cameo
        self._case2021 = case2021
        self._bare_idioms = bare_idioms

    @classmethod
    @functools.cache
    def default(cls) -> "Lexicon":
        return cls._load()

    @classmethod
    def _load(cls) -> "Lexicon":
        types = _rows("plover_types.tsv")
        quads = {r["type"]: int(r["quad"]) for r in types}
        quad_codes = {r["type"]: int(r["quad_code"]) for r in types}
        modes = {r["type"]: [m for m in r["modes"].split("|") if m] for r in types}

        verbs = [Trigger(r["lemma"], r["particle"] or None, r["prep"] or None, r["object"] or None,
                         r["plover"], r["mode"] or None, int(r["quad"]), r["cameo"] or None,
                         float(r["weight"]), r["source"])
                 for r in _rows("verb_triggers.tsv")]
        nouns = [Trigger(r["lemma"], None, None, None, r["plover"], r["mode"] or None,
                         int(r["quad"]), None, 1.0 if not r["note"].startswith("weak") else 0.5,
                         "noun")
                 for r in _rows("noun_triggers.tsv")]
        light: list[Trigger] = []
        special: dict[tuple[str, str], str] = {}
        bare: set[tuple[str, str]] = set()
        for r in _rows("light_verbs.tsv"):
            if r["note"].startswith(BARE_NOUN_IDIOM):
                bare.add((r["verb"], r["arg"]))
            if not r["plover"]:
                special[(r["verb"], r["arg"])] = r["note"]
                continue
            kind, arg = r["kind"], r["arg"]
            light.append(Trigger(
                r["verb"], arg if kind == "prt" else None,
                arg if kind == "prep" else (r["prep"] or None),
                arg if kind in ("obj", "pobj") else None,
                r["plover"], r["mode"] or None, int(r["quad"]), None,
                4.0 if "weak" not in r["note"] else 2.0, "light"))
        generic = {r["lemma"] for r in _rows("generic_verbs.tsv")}
        cameo = {r["cameo"]: (r["plover"], r["mode"] or None, r["context"] or None)
                 for r in _rows("cameo2plover.tsv")}
        case = {r["subtype"]: (r["plover"], r["mode"] or None) for r in _rows("case2021_to_plover.tsv")}
        return cls(verbs, nouns, light, special, quads, quad_codes, modes, generic, cameo, case, frozenset(bare))

    def verb_candidates(self, lemma: str) -> list[Trigger]:
        """All rows for a verb lemma, heaviest first; the caller filters by particle/prep/object."""
        return self._verbs.get(lemma.lower(), [])

    def plain_row(self, lemma: str, plover: str | None = None, mode: str | None = None) -> Trigger | None:
        """The heaviest row of a verb on its own (no object, preposition or particle), of ``plover`` and
        ``mode`` where given: the row a rule borrows to code a wording the tables cannot list ("said the
        move was illegal" is coded with the bare row of "criticize")."""
        return next((t for t in self.verb_candidates(lemma) if not (t.obj or t.prep or t.particle)
                     and (plover is None or t.plover == plover) and (mode is None or t.mode == mode)), None)

    def noun_candidates(self, lemma: str) -> list[Trigger]:
        lemma = lemma.lower()
        return self._nouns.get(lemma) or self._nouns.get(_singular(lemma), [])

    def light_verb(self, verb_lemma: str, obj_or_prep: str, pobj: str | None = None) -> list[Trigger]:
        """Triggers for a light verb with its object, particle or preposition.

        Idioms keyed on a prepositional object ("take to the streets") carry it in ``obj`` and
        the preposition in ``prep``: ``light_verb("take", "street")`` finds them, and so does
        ``light_verb("take", "to", pobj="street")``. Without ``pobj`` a preposition also returns
        them, so callers that cannot see the object must check ``Trigger.obj`` themselves.
        """
        verb, arg = verb_lemma.lower(), obj_or_prep.lower()
        found = self._light.get((verb, arg)) or self._light.get((verb, _singular(arg)), [])
        by_prep = self._light_pobj.get((verb, arg), [])
        if pobj is not None:
            p = pobj.lower()
            by_prep = [t for t in by_prep if t.obj in (p, _singular(p))]
            # A row that names the object too is the more specific reading: "withdrew from the treaty" is
            # the SANCTION row of "withdraw from treaty", not the RETREAT row of "withdraw from" (lex17: at
            # equal weight the preposition's row came first, so the object rows never fired).
            return sorted(by_prep + found, key=lambda t: (-t.weight, t.obj is None)) if by_prep else found
        return sorted(found + by_prep, key=lambda t: -t.weight) if by_prep else found

    def special(self, verb_lemma: str, obj: str) -> str | None:
        """A note for constructions that are no event of their own (claim responsibility)."""
        return self._special.get((verb_lemma.lower(), obj.lower()))

    def bare_noun_idiom(self, verb_lemma: str, noun_lemma: str) -> bool:
        """Whether the light row verb + noun is an idiom only with the noun bare: singular, with no article,
        possessive or number ("took issue with", not "took the issues"). The caller checks the token."""
        return (verb_lemma.lower(), noun_lemma.lower()) in self._bare_idioms

    def is_generic(self, lemma: str) -> bool:
        """Light verbs whose bare form is no trigger; they fire only with a constraint."""
        return lemma.lower() in self._generic

    def quad(self, plover_type: str) -> int:
        """The type's quad category as its section in the manual names it (SANCTION: material conflict);
        the coder reasons with it (is this a material act?)."""
        return self._quads[plover_type]

    def quad_code(self, plover_type: str) -> int:
        """The number an event's `quad_code` field carries: the manual's numbered table of quad
        categories, which files SANCTION under verbal conflict (3)."""
        return self._quad_codes[plover_type]

    def modes(self, plover_type: str) -> list[str]:
        return list(self._modes[plover_type])

    def cameo(self, code: str) -> tuple[str, str | None, str | None] | None:
        """(type, mode, context) for a CAMEO code; 4-digit codes fall back to their parent."""
        return self._cameo.get(code) or self._cameo.get(code[:3])

    def case2021(self, subtype: str) -> tuple[str, str | None] | None:
        """PLOVER (type, mode) for a CASE 2021 task-2 subtype; ("", None) for OTHER."""
        return self._case2021.get(subtype)


def _index(triggers: list[Trigger], key) -> dict[str, list[Trigger]]:
    out: dict[str, list[Trigger]] = {}
    for t in triggers:
        out.setdefault(key(t), []).append(t)
    for lst in out.values():
        lst.sort(key=lambda t: -t.weight)
    return out


__all__ = ["Lexicon", "Trigger"]
