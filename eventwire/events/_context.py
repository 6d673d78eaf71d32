"""What the rule coder's stages share: the per-document coding context (``_Ctx``), the markers
of parties that are never output, and the word tables and tests that trigger choice, role resolution
and event building all read (weapons, equipment, quantity heads, agent nouns)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Actor, Entity
from ._lexicon import Lexicon


WEAPON_WORDS = frozenset({"grenade", "bomb", "mine", "landmine", "ied", "mortar", "rocket", "missile", "shell", "car",
                          "suicide", "roadside", "truck", "explosive", "artillery", "drone", "arson", "incendiary"})


def _armed(noun: Any) -> bool:
    """"a grenade explosion", "a car bomb blast", "an arson fire": an attack's weapon, not an accident."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in WEAPON_WORDS for c in noun.children)


@dataclass
class _Ctx:
    doc: Any
    document: Any
    lexicon: Lexicon
    entity_at: dict[int, Entity] = field(default_factory=dict)
    place_at: dict[int, Any] = field(default_factory=dict)
    date_at: dict[int, Any] = field(default_factory=dict)
    last_actor: list[Actor] = field(default_factory=list)
    dateline_place: Any = None
    dateline_tokens: frozenset[int] = frozenset()  # the dateline's place is not a place of its sentence
    quantity_at: dict[int, Any] = field(default_factory=dict)
    type_probs: dict[str, float] | None = None  # the sentence model's P(type) for the current sentence
    chooser_beliefs: dict[str, float] | None = None  # the type chooser's belief in each type there (_classifier)
    current_actors: list[Actor] = field(default_factory=list)
    current_plural: bool = False
    current_person: bool = False  # the current event's actor is a person ("its" cannot point at it)
    doc_country: str | None = None
    home_country: str | None = None  # the one country a story is overwhelmingly about (its people's, by default)
    focus_country: str | None = None  # the country a story is mainly about (fills a side no word names)
    kb: Any = None
    sent_tokens: list[Any] = field(default_factory=list)
    sent_index: int = 0
    last_place: tuple[Any, ...] | None = None  # the latest event place, its sentence and the parties it placed (events/_location.py)
    last_dyad: tuple[set, list, int, str | None] | None = None  # the latest event's actor (code, sector) pairs, recipients, sentence, person named
    last_event_date: str | None = None  # the latest day-precise date of an event, for "a day after"
    dated_noun: dict[int, int] = field(default_factory=dict)  # id(date) -> the noun it modifies ("a 1996 siege")
    filed_here: bool | None = None  # the story's people speak "here", at the dateline (events/_location.py)
    story_pair: tuple[str, str] | None = None  # the two countries of a story about two countries
    assaults_before: bool = False  # an ASSAULT was coded in an earlier sentence of the story
    event_verb: Any = None  # the clause head of the event being placed (events/_location.py)
    event_trigger: Any = None  # the event's own trigger word being placed (events/_location.py)
    story_year: tuple[int | None] | None = None  # an undated story's reference year, read once (events/_modality.py)
    labour_story: bool | None = None  # the story speaks of strikers or a walkout (events/_coder.py, computed once)
    quoted: frozenset[int] | None = None  # tokens inside quotation marks (events/_roles.py, computed once)
    genders: dict[str, str] | None = None  # surnames with a man's or a woman's courtesy title (events/_roles.py)
    story_firms: frozenset[str] | None = None  # names the story gives firms, without their endings (events/_roles.py)


OWN_ASSET = "\x00own"  # marks "its troops" resolved to the actor itself; never output
UNRESOLVED = "\x00name"  # marks a named party without a code; never output
HOME_GUESS = "\x00home"  # marks a person coded only by the story's country; never output
CONTEXT_GUESS = "\x00context"  # marks a party named by no word, inferred from the story's countries; never output

_AGENT_CACHE: dict[str, bool] = {}
QUANTITY_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                            "scores", "tens", "number", "group", "crowd", "crowds", "some", "many", "most", "all", "several"})


def _is_agent_noun(tok: Any) -> bool:
    """Whether the head noun itself names a kind of actor ("junta", "protesters"), as opposed to a
    thing an actor word merely modifies ("military agreements")."""
    from ..actors import resolve_phrase

    if tok.lemma_.lower() in QUANTITY_HEADS or tok.pos_ == "NUM":
        # "Hundreds of people", "dozens of protesters": the counted noun is the agent.
        of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
        return of is not None and _is_agent_noun(of)
    compounds = [c for c in tok.lefts if c.dep_ == "compound"]
    # "Coast Guard", "Border Police": the agent is the compound, not its last word.
    # The key holds every string resolved below: a lemma-only key let the first spelling seen ("Blue" in
    # one story, "blue" in the next) decide for all later stories, so results hung on batch order.
    key = " ".join([*(c.text for c in compounds), tok.text]) if compounds else f"{tok.text}\x00{tok.lemma_.lower()}"
    if key not in _AGENT_CACHE:
        whole = resolve_phrase(key) if compounds else None
        if whole is not None and (whole.sector or whole.code) and (whole.matched or "").lower().endswith(tok.lower_):
            _AGENT_CACHE[key] = True  # not "U.S. attack", where only the modifier is a party
        else:
            res = resolve_phrase(tok.text) or resolve_phrase(tok.lemma_.lower())
            _AGENT_CACHE[key] = bool(res is not None and (res.sector or res.code))
    return _AGENT_CACHE[key]


EQUIPMENT_NOUNS = frozenset({"bomber", "helicopter", "tank", "jet", "plane", "aircraft", "missile", "rifle", "gun",
                             "weapon", "vehicle", "drone", "fighter", "warship", "submarine", "launcher", "rocket"})
