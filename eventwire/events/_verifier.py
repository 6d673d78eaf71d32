"""The event verifier: a small logistic model that reads a coded event as a whole and says how likely it
is to be one an analyst's gold would list, with these parties.

The rule coder decides each piece (trigger, roles, modality) locally; what it cannot weigh is the
evidence together: a bare verb with nobody coded, in a long conditional sentence late in an opinion
piece, is seldom a real event even when each piece looks fine. The verifier sees only features any
coded event has (its type, how it was found, who was resolved, modality, attribution, where in the
article it stands and what kind of sentence it is in), never the words of one story, so that it
carries over to unseen news.

It has two heads (:class:`EventVerifier`): how likely the event is right with its parties, and how likely
its type is right. An event is dropped when both are low (so that dropping events of the right type whose
parties are wrong does not cost type accuracy), or when only the type head vouches for it and its sentence already
reports its type with parties the first head trusts (:func:`keep_mask`). Each head's probability is calibrated
out of fold, and the type head's becomes the event's ``confidence`` (:func:`calibrate`; in a snippet, which the
heads do not judge, the coder's own figure through a monotone map fitted out of fold).

The weights are trained by ``scripts/train_event_verifier.py`` on the development article golds
(out-of-fold figures in ``docs/event-verifier.md``) and committed as ``data/event_verifier.json``;
only the standard library is needed at run time.
"""
from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Sequence

from ..model import Document, Event
from ._vocabulary import FIRM_CODE, STATE_ORGAN_SECTORS, coded_as_firm

# The verifier reads events in stories (the golds' articles run from 4 sentences up): its features (where in the
# article, dateline, who reports it) say little of a snippet of one to three sentences, which it leaves alone.
STORY_SENTENCES = 4
# The coder's own figure below which its events are not reported by default (``events.min_confidence`` before
# calibration): the heads and the snippet map are fitted on events at or above it.
RULE_FLOOR = 0.45

_CONDITION = re.compile(r"\b(if|unless|whether|would|could|might|may|should)\b", re.I)
_SAID = re.compile(r"\b(said|says|told|according to|reported|announced)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(I|we|our|us|you)\b")
_QUOTE = re.compile(r"[\"“”]")


def _how_found(event: Event) -> str:
    """The kind of rule that fired ("verb", "light verb", "event noun", "idiom", "sentence model" ...)."""
    rule = event.explanation.rule if event.explanation else ""
    kind = rule.split(":", 1)[1].strip() if ":" in rule else rule
    kind = kind.split(" '", 1)[0].split(" (", 1)[0]
    return kind if kind in ("verb", "light verb", "event noun", "idiom", "phrasal verb", "sentence model") else "other"


def _trigger_source(event: Event) -> str:
    """Which table the trigger's row came from ("override", "cameo", "cameo-syn", "noun", "light", "model" ...): the
    lexicon's first part of ``lexicon_entry``. A hand-checked override row and a row matched only by CAMEO's verb
    dictionary are not equally sure of their type on any story, so this carries across golds where a lemma would
    not (it lowered both heads' log loss leaving each development gold out, the type head's most)."""
    entry = event.explanation.lexicon_entry if event.explanation else None
    return (entry or "none").split(":", 1)[0] or "none"


def _parties(actors: list[Any]) -> str:
    if any(a.code for a in actors):
        return "coded"
    return "sector" if any(a.sector for a in actors) else "none"


def _dated_by(event: Event) -> str:
    """Which rule dated the event, with the two ways the text gives no date made one ("document"): the publication
    date taken as the event's, and no publication date to take. Every development gold's articles carry a
    publication date, so the heads never saw the second; on a source without dates (the BBC corpus: a third of the
    unseen snapshot stories' events) it had no weight and those events skipped the first one's, which is negative:
    both heads were more sure of them than of the same sentence with a date on the page."""
    return "document" if event.date_source in (None, "published") else event.date_source


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


# Location rules read as the rule that found their place: a sea's shore state ("waters") keeps the sea its sentence
# names, which the committed model knows as a place of the clause; the feature says how well the place is known.
_LOCATED_AS = {"waters": "clause"}


# Sectors a party is coded with, in the few classes the precision audits told apart: a state's own organs and the
# political life around them (parties, opposition, elites; or a country or intergovernmental code with no sector),
# a firm (``_vocabulary.coded_as_firm``), and people and groups outside both.
_STATE_SECTORS = STATE_ORGAN_SECTORS | {"PTY", "OPP", "ELI"}
_NON_STATE_CODES = frozenset({"NGO", "ISM", "IMG", FIRM_CODE})


def _sector_class(actors: list[Any]) -> str:
    """"business", "state", "other" or "none" for one side of the event: a firm's deal is seldom a political act."""
    if any(coded_as_firm(a) for a in actors):
        return "business"
    if any(a.sector in _STATE_SECTORS or (a.code and not a.sector and a.code not in _NON_STATE_CODES) for a in actors):
        return "state"
    return "other" if any(a.code or a.sector for a in actors) else "none"


# The words just before a trigger that say how its clause tells the act: still to come, done, going on, to be done.
_FUTURE = re.compile(r"\b(will|shall|wo|'ll|going to|plans? to|expects? to|expected to|due to)\s*\W*$", re.I)
_PERFECT = re.compile(r"\b(has|have|had|'ve|'d)\s+(\w+\s+)?$", re.I)
_PROGRESSIVE = re.compile(r"\b(is|are|was|were|be|been|am|'s|'re)\s+(\w+\s+)?$", re.I)
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
_MODAL = re.compile(r"\b(can|could|may|might|must|should|would|ought)\s+(\w+\s+)?$", re.I)
_RELATIVE = re.compile(r"\b(who|which|whom|whose|that)\s+(\w+\s+){0,3}$", re.I)


def _aspect(before: str, trigger: str) -> str:
    """How the clause tells the act, read off the few words before its trigger (``before``): future, to-infinitive,
    modal, perfect, progressive, a bare gerund ("after signing") or plain. A forecast or an obligation is not an act
    told as done."""
    tail = before[-40:]
    if _FUTURE.search(tail):
        return "future"
    if _INFINITIVE.search(tail):
        return "infinitive"
    if _MODAL.search(tail):
        return "modal"
    if _PERFECT.search(tail):
        return "perfect"
    if trigger.lower().endswith("ing"):
        return "progressive" if _PROGRESSIVE.search(tail) else "gerund"
    return "plain"


# Story-level cues of a kind of coverage the development golds hold little of (campaign and opinion pieces, where
# a sentence that reads like an act is a pledge, an appeal or a quarrel of words): an election's vocabulary, counted
# over the story's sentences.
_CAMPAIGN = re.compile(r"\b(election|campaign\w*|voters?|vote|manifesto|polls?|candidates?|constituenc\w+)\b", re.I)
# A story's sentence: up to a full stop, question or exclamation mark followed by a space and a capital or a quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d']?\s+(?=[\"\u201c'A-Z])")

@dataclass(frozen=True)
class StoryContext:
    """What the story's other events say about one: how many of its type the story gives, and what share of the
    story's events have a firm as a party (a business story's acts are seldom political). Read from every event the
    verifier judges, before it drops any, so that the confidence written after it sees the same features. (How many
    events and types the event's own sentence gives was tried too: nothing out of fold beside these.) With the
    document, what kind of story it is too: the share of its sentences in an election's vocabulary and its events
    per sentence (None without it). Its shares of quoted sentences, of first-person sentences and of domestic-politics
    events were measured too and weighed nothing out of fold (scripts/train_event_verifier.py, session 28)."""

    per_type: dict[str, int]
    business_share: float
    size: int
    campaign_share: float | None = None
    events_per_sentence: float | None = None

    @classmethod
    def of(cls, events: Sequence[Event], document: Document | None = None) -> "StoryContext":
        per_type: dict[str, int] = {}
        for ev in events:
            per_type[ev.event] = per_type.get(ev.event, 0) + 1
        business = sum("business" in (_sector_class(ev.actor), _sector_class(ev.recipient)) for ev in events)
        if document is None or not document.text.strip():
            return cls(per_type, business / max(len(events), 1), len(events))
        sentences = [s for s in _SENTENCE_END.split(document.text) if s.strip()]
        n = max(len(sentences), 1)
        return cls(per_type, business / max(len(events), 1), len(events),
                   campaign_share=sum(bool(_CAMPAIGN.search(s)) for s in sentences) / n,
                   events_per_sentence=len(events) / n)


def chooser_reading(event: Event, document: Document) -> dict[str, float]:
    """The type chooser's beliefs in the 16 types for the event's sentence (``_classifier.chooser_beliefs``)."""
    from ._classifier import chooser_beliefs

    return chooser_beliefs(event.sentence or document.text[event.text_info.start:event.text_info.end])


def _chooser_features(event: Event, beliefs: dict[str, float]) -> list[str]:
    """Whether the type chooser, a sentence model that learnt news prose's types from the golds' sentences, reads the
    sentence as the event's type: its rank among the types it backs and its belief in it. The coder asks the chooser
    one thing (whether a type is all but ruled out); how far it backs the type is evidence the heads weigh. In
    training each gold's beliefs come from a chooser that never saw it (scripts/train_event_verifier.py)."""
    if not beliefs:
        return ["chooser=none"]
    belief = beliefs.get(event.event, 0.0)
    rank = sum(b > belief for b in beliefs.values())
    return [f"chooser_rank={('first', 'second', 'lower')[min(rank, 2)]}",
            f"chooser_belief={('nil', 'low', 'some', 'high')[_bucket(belief, (0.05, 0.2, 0.5))]}"]


def _context_features(event: Event, story: StoryContext) -> list[str]:
    found = [f"story_same_type={_bucket(story.per_type.get(event.event, 1), (2, 4))}",
             f"story_business={_bucket(story.business_share, (1e-9, 0.3))}",
             f"story_events={_bucket(story.size, (5, 15))}"]
    if story.campaign_share is not None:
        found += [f"story_campaign={_bucket(story.campaign_share, (0.05, 0.15))}",
                  f"story_density={_bucket(story.events_per_sentence, (0.4, 0.8))}"]
    return found


def features(event: Event, document: Document, story: StoryContext | None = None,
             beliefs: dict[str, float] | None = None) -> list[str]:
    """The event's evidence as named binary features (see the module docstring for why no words); ``story``: the
    other events of its story (by default the document's); ``beliefs``: the type chooser's reading of its sentence
    (by default the shipped chooser's, :func:`chooser_reading`)."""
    sentence = event.sentence or document.text[event.text_info.start:event.text_info.end]
    where = event.text_info.start / max(len(document.text), 1)
    attribution = sorted({a.type for a in event.attribution}) or ["none"]
    how = _how_found(event)
    found = [
        f"type={event.event}",
        f"how={how}",
        f"type_how={event.event}|{how}",
        f"modality={event.modality}",
        f"actor={_parties(event.actor)}",
        f"recipient={_parties(event.recipient)}",
        f"parties={_parties(event.actor)}|{_parties(event.recipient)}",
        f"mode={'yes' if event.mode else 'no'}",
        f"confidence={_bucket(event.confidence, (0.5, 0.6, 0.7, 0.8))}",
        f"position={_bucket(where, (0.15, 0.4, 0.7))}",
        f"length={_bucket(len(sentence.split()), (15, 25, 35, 50))}",
        f"claim={event.claim_status or 'none'}",
        f"dateline={'yes' if document.dateline else 'no'}",
        f"located={_LOCATED_AS.get(event.event_loc.location_source, event.event_loc.location_source) or 'none'}",
        f"dated={_dated_by(event)}",
        f"source={_trigger_source(event)}",
    ]
    found += [f"attribution={a}" for a in attribution]
    if _CONDITION.search(sentence):
        found.append("sentence_conditional")
    if _SAID.search(sentence):
        found.append("sentence_reported")
    if _QUOTE.search(sentence):
        found.append("sentence_quoted")
    if _FIRST_PERSON.search(sentence):
        found.append("sentence_first_person")
    if sentence.rstrip().endswith("?"):
        found.append("sentence_question")
    if event.explanation and any("inferred" in n for n in event.explanation.notes):
        found.append("party_inferred")
    found += [f"actor_sector={_sector_class(event.actor)}", f"recipient_sector={_sector_class(event.recipient)}"]
    if event.explanation:
        lead_in = document.text[max(event.text_info.start, event.explanation.trigger_start - 60):
                                event.explanation.trigger_start]
        found.append(f"aspect={_aspect(lead_in, event.explanation.trigger)}")
        if _RELATIVE.search(lead_in[-40:]):
            found.append("clause=relative")
        into = (event.explanation.trigger_start - event.text_info.start) / max(len(sentence), 1)
        found.append(f"trigger_at={_bucket(into, (0.33, 0.66))}")  # a late trigger often sits in a subordinate clause
    found += _context_features(event, story or StoryContext.of(document.events or [event], document))
    found += _chooser_features(event, beliefs if beliefs is not None else chooser_reading(event, document))
    return found


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))  # clamped: exp() overflows past about 700


@dataclass(frozen=True)
class Head:
    """One logistic model over :func:`features`."""

    weights: dict[str, float]
    bias: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Head":
        return cls(dict(data["weights"]), float(data["bias"]))

    def probability(self, found: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in found)
        return _logistic(z)


@dataclass(frozen=True)
class RuleMap:
    """A two-parameter (Platt) map of the coder's own figure onto P(type right), for events the heads do not read
    (snippets of fewer than :data:`STORY_SENTENCES` sentences). Monotone, so it keeps the coder's ranking."""

    slope: float
    offset: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RuleMap":
        return cls(float(data["slope"]), float(data["offset"]))

    def probability(self, rule_confidence: float) -> float:
        return _logistic(self.slope * rule_confidence + self.offset)


@dataclass(frozen=True)
class EventVerifier:
    """Two heads over the same features: ``full`` says how likely the event is right with its parties (the
    scorer's full match), ``type`` how likely a gold event of its type is in its sentence. An event is dropped
    only when both are low: an event whose type is likely right is kept even when its parties are doubtful,
    so that precision is not bought with type accuracy. ``threshold`` is the full head's default floor
    (``events.verifier_min``), ``type_threshold`` the type head's; both chosen by the training."""

    full: Head
    type: Head
    threshold: float
    type_threshold: float
    version: str
    # The coder's figure mapped for snippets (None: a snippet keeps the coder's figure).
    rules: RuleMap | None = None

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> "EventVerifier":
        raw = resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8")
        return cls.from_dict(json.loads(raw))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "EventVerifier":
        heads = data["heads"]
        rules = RuleMap.from_dict(data["rule_map"]) if "rule_map" in data else None
        return cls(Head.from_dict(heads["full"]), Head.from_dict(heads["type"]), float(data["threshold"]),
                   float(data["type_threshold"]), str(data["version"]), rules)

    @functools.cached_property
    def reads_chooser(self) -> bool:
        """Whether either head weighs the type chooser's reading (scripts/train_event_verifier.py may leave it out)."""
        return any(name.startswith("chooser") for head in (self.full, self.type) for name in head.weights)

    @functools.cached_property
    def reads_story_kind(self) -> bool:
        """Whether either head weighs what kind of story the event comes from (``StoryContext``'s campaign share and
        events per sentence, a pass over the document's sentences)."""
        return any(name.startswith(("story_campaign", "story_density")) for head in (self.full, self.type)
                   for name in head.weights)

    def story_context(self, events: Sequence[Event], document: Document) -> StoryContext:
        """The story's context as the heads read it: without the pass over its sentences when they weigh none of it."""
        return StoryContext.of(events, document if self.reads_story_kind else None)

    def beliefs_to_read(self) -> dict[str, float] | None:
        """What :func:`features` is given as the chooser's reading: None (ask the chooser) when a head weighs it, an
        empty reading otherwise, so that the hot path asks the chooser nothing its heads ignore."""
        return None if self.reads_chooser else {}

    def probability(self, event: Event, document: Document) -> float:
        """P(right): the event with its type and parties is one the gold lists."""
        return self.full.probability(features(event, document))

    def type_probability(self, event: Event, document: Document) -> float:
        """P(type right): the gold lists an event of this type in this sentence, whoever the parties."""
        return self.type.probability(features(event, document))


def keep_mask(p_right: Sequence[float], p_type: Sequence[float], places: Sequence[tuple[int, str]], floor: float,
              type_floor: float) -> list[bool]:
    """Which events are kept: P(right) at the floor, or P(type right) at the type floor, the second only when no
    event of the same type in the same sentence (``places``: sentence start, type) is kept on the first. The
    type head is there so that an analyst who counts events by type does not lose one whose parties are
    doubtful; where the sentence already reports that type with parties the full head trusts, a second one
    with doubtful parties is a duplicate ("X was attacked when gunmen opened fire"). The training script
    chooses the floors with this same rule."""
    trusted = {where for p, where in zip(p_right, places) if p >= floor}
    return [p >= floor or (q >= type_floor and where not in trusted) for p, q, where in zip(p_right, p_type, places)]


class StoryReading:
    """The features of every event the verifier judges in one story, read once: the verdicts and the calibration weigh
    the same features of an event (its story context read from all of them, before any is dropped), so the second
    takes them from here instead of computing them again. An event it did not read (a caller's own list) is read
    with the same story context."""

    def __init__(self, events: Sequence[Event], document: Document) -> None:
        self.document = document
        verifier = EventVerifier.default()
        self.context = verifier.story_context(events, document)
        self.beliefs = verifier.beliefs_to_read()
        self._found = {id(ev): (ev, features(ev, document, self.context, self.beliefs)) for ev in events}

    def features_of(self, event: Event) -> list[str]:
        read = self._found.get(id(event))
        if read is not None and read[0] is event:
            return read[1]
        return features(event, self.document, self.context, self.beliefs)


def verdicts(events: Sequence[Event], document: Document, floor: float,
             reading: StoryReading | None = None) -> list[bool]:
    """Whether each event is kept at this floor (:func:`keep_mask`); every explanation records both probabilities
    either way, so that ``eventwire explain`` can show an analyst what the verifier kept back and why. ``reading``:
    the story's features already read from ``events`` (by default read here)."""
    verifier = EventVerifier.default()
    reading = reading or StoryReading(events, document)
    found = [reading.features_of(ev) for ev in events]
    p_right = [verifier.full.probability(f) for f in found]
    p_type = [verifier.type.probability(f) for f in found]
    places = [(ev.text_info.start, ev.event) for ev in events]
    kept = keep_mask(p_right, p_type, places, floor, verifier.type_threshold)
    for ev, p, q, keep in zip(events, p_right, p_type, kept):
        if ev.explanation is None:
            continue
        why = ""
        if not keep:
            why = (f", both below their floors ({floor:.2f}, {verifier.type_threshold:.2f})" if q < verifier.type_threshold
                   else f", below the floor ({floor:.2f}) where its sentence reports its type already")
            why += ": not output by default"
        ev.explanation.notes.append(f"verifier ({verifier.version}): P(right) = {p:.2f}, P(type right) = {q:.2f}{why}")
    return kept


def story_confidence(verifier: EventVerifier, found: list[str]) -> float:
    """P(type right), never below P(right): an event right with its parties is right on its type, and where the two
    heads, fitted apart, disagree on that (a few events in a hundred), the full head's figure is the floor. Without
    it ``events.min_confidence`` would drop events the verifier keeps on P(right)."""
    return max(verifier.type.probability(found), verifier.full.probability(found))


def calibrate(events: Sequence[Event], document: Document, story: bool, judged: Sequence[Event] | None = None,
              reading: StoryReading | None = None) -> None:
    """Write into each event's ``confidence`` the probability that its type is right: the type head's P(type right)
    in a story (:func:`story_confidence`), the coder's figure through the snippet map in a snippet (both calibrated
    out of fold on the development golds). The coder's own figure, which is not a probability (it adds fixed amounts for each piece of
    evidence and runs under-confident), stays in the explanation. Type level, not P(right), because that is what
    an analyst who counts or filters events by type relies on and what ``eventwire eval`` measures the confidence
    against; P(right), with the parties, is in the verifier's note. ``judged``: the events the verifier read, before
    it dropped any (by default ``events``), whose story features the heads saw; ``reading``: their features as the
    verdicts read them (by default read here from ``judged``)."""
    verifier = EventVerifier.default()
    # the story's features only where the heads read them: a snippet maps the coder's figure
    if story and reading is None:
        reading = StoryReading(judged if judged is not None else events, document)
    for ev in events:
        rule_confidence = ev.confidence
        if story:
            ev.confidence = story_confidence(verifier, reading.features_of(ev))
        elif verifier.rules is not None:
            ev.confidence = verifier.rules.probability(rule_confidence)
        else:
            continue
        ev.confidence = round(ev.confidence, 3)
        if ev.explanation is not None:
            how = "the type head's P(type right)" if story else "the coder's figure mapped (a snippet)"
            ev.explanation.notes.append(f"confidence {ev.confidence:.2f} is {how}, calibrated ({verifier.version}); "
                                        f"the coder's own figure {rule_confidence:.2f}")
