"""The pipeline: ingest → clean → parse → mentions → events, one document at a time in batches.

Every stage is a function of one document; I/O stays at the edges (``eventwire.ingest`` reads,
``eventwire.store`` writes). A stage that fails on a document records a coded ``ErrorRecord`` on that
document and the batch goes on.
"""
from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from . import registry
from .config import Config
from .errors import EventwireError, message
from .model import Document, Entity, ErrorRecord, Event, RawDocument

if TYPE_CHECKING:
    from .events._verifier import StoryReading

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_LOCATIVE_CUE = re.compile(r"\b(?:in|near|outside|around|(?:town|village|city|district|province|region) of)\s+(?:the\s+)?$",
                           re.IGNORECASE)


@dataclass
class Work:
    """A document in flight: the output record plus what stages share but do not output."""

    doc: Document
    parsed: Any = None  # the spaCy Doc over doc.text
    notes: dict[str, Any] = field(default_factory=dict)


def _stage(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Callable:
    return registry.stages.register(name, requires=requires, assigns=assigns)


@_stage("eventwire.clean.v1", requires=("text",), assigns=("text", "removed", "dateline"))
def clean_stage(work: Work, config: Config) -> None:
    """Drop junk lines (reported with reasons) and find the dateline."""
    from .clean import clean_text

    result = clean_text(work.doc.text)
    work.doc.text = result.text
    work.doc.removed = list(result.removed)
    work.doc.dateline = result.dateline
    if not result.text.strip() and result.removed:
        work.doc.errors.append(ErrorRecord("clean", message("E201", source=work.doc.source or work.doc.id), "E201"))


@_stage("eventwire.actor_mentions.v1", requires=("text", "parse"), assigns=("entities",))
def actor_mentions_stage(work: Work, config: Config) -> None:
    """Dictionary actors (countries, leaders, IGOs, agents) plus NER people and organisations."""
    from .actors import find_actor_mentions, link_people

    found = find_actor_mentions(work.doc.text, date=work.doc.published, kb=work.notes.get("kb"))
    taken = [(e.start, e.end) for e in found]
    if work.parsed is not None:
        for ent in work.parsed.ents:
            if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in taken):
                continue
            found.append(Entity(ent.text, ent.start_char, ent.end_char, ent.label_))
    found.sort(key=lambda e: (e.start, -e.end))
    found += link_people(work.doc.text, found)
    found.sort(key=lambda e: (e.start, -e.end))
    work.doc.entities = found


@_stage("eventwire.places.v1", requires=("text", "entities"), assigns=("places",))
def places_stage(work: Work, config: Config) -> None:
    """Toponyms from the offline gazetteer, resolved in the context of the article's countries."""
    from .geo import find_places, is_metonymic

    # NER often calls a lone toponym a PERSON ("Niger", "Basra"); only multi-word person names are
    # trusted to block a place, and not after a locative cue ("fighting near Haj Omran").
    text = work.doc.text
    exclude = [(e.start, e.end) for e in work.doc.entities if e.label == "PERSON" and " " in e.text.strip()
               and not _LOCATIVE_CUE.search(text[max(0, e.start - 24):e.start])]
    countries = {e.code for e in work.doc.entities if e.code and len(e.code) == 3 and e.label in ("COUNTRY", "GPE", "NORP")}
    places = find_places(work.doc.text, doc_countries=sorted(countries), dateline=work.doc.dateline,
                         exclude_spans=exclude)
    # A capital or seat of power standing for its government ("Washington and Paris", "the
    # Pentagon said") is an actor, not a place.
    governments = [p for p in places if is_metonymic(p, text)]
    ends = {p.end for p in governments}
    # ... and the second capital of "Washington and Paris" goes with the first.
    governments += [p for p in places if p not in governments and p.feature == "city"
                    and any(text[e:p.start] in (" and ", " or ", ", ") for e in ends)]
    work.doc.places = [p for p in places if p not in governments]


@_stage("eventwire.dates.v1", requires=("text",), assigns=("dates",))
def dates_stage(work: Work, config: Config) -> None:
    """Time expressions normalised against the publication date."""
    from .time import find_dates

    work.doc.dates = find_dates(work.doc.text, work.doc.published)


@_stage("eventwire.quantities.v1", requires=("text", "dates"), assigns=("quantities",))
def quantities_stage(work: Work, config: Config) -> None:
    """Numbers in digits and words with what they count (numbers inside dates excluded)."""
    from .quantities import find_quantities

    work.doc.quantities = find_quantities(work.doc.text, dates=work.doc.dates)


@_stage("eventwire.events.v1", requires=("parse", "entities", "places", "dates", "quantities"), assigns=("events",))
def events_stage(work: Work, config: Config) -> None:
    """PLOVER events from the configured coder."""
    from .events import reportable
    from .events._verifier import RULE_FLOOR, StoryReading

    coder = registry.coders.get(config["events.coder"]).factory
    events = coder(work, config)
    floor, keep_unresolved = config["events.min_confidence"], config["events.keep_unresolved"]
    verifier_floor = config["events.verifier_min"]
    calibrated = verifier_floor > 0
    # With the verifier on, min_confidence is a floor on the calibrated confidence that is output (applied last,
    # below); the coder's own figure keeps the floor the verifier and the calibration were fitted above, unless a
    # user lowers min_confidence under it to see more of what the coder proposes.
    rule_floor = min(floor, RULE_FLOOR) if calibrated else floor
    negated = config["events.report_negated"]
    events = [ev for ev in events if reportable(ev, min_confidence=rule_floor, keep_unresolved=keep_unresolved,
                                                report_negated=negated)]
    story = _in_story(work)
    # the verdicts and the calibration weigh the same features of each judged event: read once, for both
    reading = StoryReading(events, work.doc) if calibrated and story else None
    events = _verified(events, work, verifier_floor, story, reading)
    work.doc.events = _calibrated(events, work, floor, story, reading) if calibrated else events


def _in_story(work: Work) -> bool:
    """Whether the document is a story (the verifier's ground: the golds' articles run from four sentences up)."""
    from .events._verifier import STORY_SENTENCES

    return work.parsed is not None and sum(1 for _ in work.parsed.sents) >= STORY_SENTENCES


def _verified(events: list[Event], work: Work, floor: float, story: bool, reading: StoryReading | None) -> list[Event]:
    """The events the verifier finds likely enough to be right (a floor of 0 turns it off). It judges events in
    stories, what it was trained on: a snippet of a sentence or three is left to the coder alone."""
    from .events._verifier import verdicts

    if floor <= 0 or not story:
        return events
    kept = verdicts(events, work.doc, floor, reading)
    if work.notes.get("explain"):
        # eventwire explain shows what the verifier keeps back, with why, instead of dropping it.
        return events
    return [ev for ev, keep in zip(events, kept) if keep]


def _calibrated(events: list[Event], work: Work, floor: float, story: bool,
                reading: StoryReading | None) -> list[Event]:
    """Each event's confidence made the calibrated probability that its type is right (docs/event-verifier.md),
    then the events below ``events.min_confidence`` on that scale dropped: the dial means the number users see,
    as the store's min_confidence filter does. ``reading``: the features of the events the verifier judged."""
    from .events._verifier import calibrate

    calibrate(events, work.doc, story, reading=reading)
    if work.notes.get("explain"):
        return events   # as in _verified: explain shows what the floor would keep back
    return [ev for ev in events if ev.confidence >= floor]


PRE_PARSE = ["eventwire.clean.v1"]
POST_PARSE = ["eventwire.actor_mentions.v1", "eventwire.places.v1", "eventwire.dates.v1",
              "eventwire.quantities.v1", "eventwire.events.v1"]
STAGE_ERROR_CODES = {"eventwire.clean.v1": ("clean", "E201"), "eventwire.actor_mentions.v1": ("actors", "E501"),
                     "eventwire.places.v1": ("geo", "E601"), "eventwire.dates.v1": ("time", "E701"),
                     "eventwire.quantities.v1": ("time", "E701"), "eventwire.events.v1": ("events", "E401")}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Pipeline:
    """Compose the stages; ``process`` streams documents through them in model batches."""

    def __init__(self, config: Config | None = None) -> None:
        from . import events  # noqa: F401  (registers the coders)

        self.config = config or Config.load()
        pre = [registry.stages.get(n) for n in PRE_PARSE]
        post = [registry.stages.get(n) for n in POST_PARSE]
        parse = registry.Component("eventwire.parse.v1", "stage", lambda *a: None, ("text",), ("parse",))
        registry.check_order(pre + [parse] + post)
        registry.coders.get(self.config["events.coder"])
        self._pre, self._post = pre, post
        # Seconds per stage when set to a dict (eventwire bench does); None costs nothing.
        self.timings: dict[str, float] | None = None
        # True for eventwire explain: events the verifier would drop are kept, their notes say so.
        self.explaining = False
        self._kb = None
        if self.config["actors.extra_files"]:
            from .actors import ActorKB

            self._kb = ActorKB.load(extra_paths=self.config["actors.extra_files"])

    def _run(self, components: list[registry.Component], work: Work) -> None:
        for comp in components:
            started = time.perf_counter() if self.timings is not None else 0.0
            try:
                comp.factory(work, self.config)
            except Exception as exc:  # one bad document must never stop the batch
                stage, code = STAGE_ERROR_CODES.get(comp.name, ("pipeline", "E401"))
                detail = exc.args[0] if isinstance(exc, EventwireError) else f"{type(exc).__name__}: {exc}"
                work.doc.errors.append(ErrorRecord(stage, message(code, source=work.doc.source or work.doc.id,
                                                                  detail=detail), code))
            if self.timings is not None:
                self.timings[comp.name] = self.timings.get(comp.name, 0.0) + time.perf_counter() - started

    def _start(self, raw: RawDocument, default_published: str | None) -> Work:
        published = raw.published or default_published
        if published and _ISO_DATE.match(published):
            published = published[:10]
        doc = Document(id=raw.id, source=raw.source, title=raw.title, published=published,
                       language=raw.language or "en", text=raw.text or "", url=raw.url, site=raw.site,
                       author=raw.author, errors=list(raw.errors))
        work = Work(doc, notes={"kb": self._kb} if self._kb is not None else {})
        work.notes["explain"] = self.explaining
        if doc.text:
            self._run(self._pre, work)
            limit = self.config["nlp.max_chars"]
            if len(doc.text) > limit:
                cut = doc.text.rfind("\n", 0, limit)
                size = len(doc.text)
                doc.text = doc.text[: cut if cut > limit // 2 else limit]
                doc.errors.append(ErrorRecord("nlp", message("E303", limit=limit, size=size,
                                                             source=doc.source or doc.id), "E303"))
            doc.content_hash = content_hash(doc.text)
        return work

    def process(self, raws: Iterable[RawDocument], *, published: str | None = None) -> Iterator[Document]:
        from .nlp import parse

        works = (self._start(raw, published) for raw in raws)
        pairs = ((w.doc.text, w) for w in works)
        for parsed, work in parse(pairs, model=self.config["nlp.model"], batch_size=self.config["nlp.batch_size"]):
            if work.doc.text:
                work.parsed = parsed
                self._run(self._post, work)
            yield work.doc

    def process_text(self, text: str, *, id: str = "text", published: str | None = None,
                     title: str | None = None) -> Document:
        return next(self.process([RawDocument(id=id, text=text, title=title, published=published)]))
