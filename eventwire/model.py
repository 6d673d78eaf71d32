"""The typed record model: every stage reads and writes these records, nothing else.

The cleaned article text is owned by :class:`Document`; every mention (entity, place, date,
quantity) and every event points into it by character offsets, so evidence can always be
highlighted in the text it came from. Records are plain dataclasses so they cross process and
Dask partition boundaries cheaply and serialise to the JSON output contract with ``to_dict``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

Modality = Literal["asserted", "future", "negated", "hypothetical", "historical"]
MODALITIES: tuple[str, ...] = ("asserted", "future", "negated", "hypothetical", "historical")

AttributionType = Literal["anonymous", "official", "organization", "media", "person", "unattributed"]
ATTRIBUTION_TYPES: tuple[str, ...] = ("anonymous", "official", "organization", "media", "person", "unattributed")

# Precision of a normalised time expression, coarsest last.
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "quarter", "year", "decade", "century")


class Record:
    """Mixin: JSON-ready dict of a record, recursing into nested records and lists."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


@dataclass(slots=True)
class RawDocument(Record):
    """One input document as read from a file, before cleaning. ``text`` or ``html`` is set,
    unless reading failed, in which case ``errors`` says why and both are None."""

    id: str
    source: str | None = None  # file path, URL or feed name the document came from
    text: str | None = None
    html: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime string as given
    url: str | None = None
    site: str | None = None
    author: str | None = None
    language: str | None = None
    errors: list["ErrorRecord"] = field(default_factory=list)


@dataclass(slots=True)
class ErrorRecord(Record):
    stage: str  # ingest | clean | nlp | events | actors | geo | time | store
    message: str
    code: str | None = None  # e.g. "E101"; see eventwire.errors


@dataclass(slots=True)
class Removed(Record):
    """A line dropped by the cleaner, and why (reported, never silently lost)."""

    text: str
    reason: str


@dataclass(slots=True)
class Entity(Record):
    """An actor-like mention resolved to a PLOVER code and sector."""

    text: str
    start: int
    end: int
    label: str  # NER label or our own: PERSON, ORG, GPE, NORP, AGENT, ...
    code: str | None = None  # ISO 3166 alpha-3, or IGO/NGO/IMG/UNO/MNC/...
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, CVL, ...
    canonical: str | None = None
    identifier_id: str | None = None  # Wikidata QID where the source data has one
    office: str | None = None
    secondary_sector: str | None = None


@dataclass(slots=True)
class Place(Record):
    text: str
    start: int
    end: int
    resolved_place: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None  # ISO alpha-3
    admin1: str | None = None
    feature: str | None = None  # country | admin1 | admin2 | city | region | water | landform | ...
    resolution: int | None = None  # 5 sub-city/site, 4 city, 3 admin2, 2 admin1/region, 1 country


@dataclass(slots=True)
class DateMention(Record):
    text: str
    start: int
    end: int
    value: str | None = None  # ISO prefix at its precision: 2024, 2024-03, 2024-04-19, 2024-W15
    start_date: str | None = None  # ISO day, first day of the interval
    end_date: str | None = None  # ISO day, last day of the interval
    precision: str | None = None  # one of DATE_PRECISIONS
    reference: str | None = None  # past | present | future
    approximate: bool = False


@dataclass(slots=True)
class Quantity(Record):
    text: str
    start: int
    end: int
    value: float | int | None = None
    unit: str | None = None  # people, troops, USD, kg, km, ...
    of: str | None = None  # the noun counted: "troops", "protesters"
    qualifier: str | None = None  # exact | at_least | more_than | about | at_most | range
    upper: float | int | None = None  # for ranges


@dataclass(slots=True)
class Actor(Record):
    """A participant of an event in PLOVER's entity form."""

    entity_text: str
    code: str | None = None
    sector: str | None = None
    identifier_id: str | None = None
    office: str | None = None


@dataclass(slots=True)
class EventLocation(Record):
    extracted_place: str | None = None
    resolved_place: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    resolution: int | None = None
    location_source: str | None = None  # which rule placed it: one of events._location.LOCATION_SOURCES


@dataclass(slots=True)
class TextInfo(Record):
    start: int
    end: int


@dataclass(slots=True)
class Attribution(Record):
    text: str
    type: str  # one of ATTRIBUTION_TYPES
    verb: str | None = None  # the reporting verb's lemma: say, claim, deny, ... ("according to" → None)


@dataclass(slots=True)
class Explanation(Record):
    """Why an event was coded: enough for an analyst to agree or correct it."""

    trigger: str
    trigger_start: int
    trigger_end: int
    rule: str  # registry name of the coder plus the pattern that fired
    lexicon_entry: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event(Record):
    id: str
    event: str  # one of PLOVER_TYPES
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    quad_code: int | None = None  # the manual's numbered quad table: 1 verbal coop … 4 material conflict (SANCTION 3)
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    date: str | None = None
    enddate: str | None = None
    event_loc: EventLocation = field(default_factory=EventLocation)
    text_info: TextInfo = field(default_factory=lambda: TextInfo(0, 0))
    sentence: str = ""
    modality: str = "asserted"
    attribution: list[Attribution] = field(default_factory=list)
    date_text: str | None = None
    date_precision: str | None = None
    date_source: str | None = None  # clause | sentence | anchored ("a day after") | report | published
    confidence: float = 0.5
    size: dict[str, int] = field(default_factory=dict)  # dead, injured, arrested, crowd
    # "claimed" when the only source claims it (a claim of responsibility, "X claimed it shot down");
    # "disputed" when the same article reports a contrary account. None otherwise.
    claim_status: str | None = None
    explanation: Explanation | None = None


@dataclass(slots=True)
class Document(Record):
    """The result for one input document: the output contract of ``eventwire extract``."""

    id: str
    source: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = "en"
    text: str = ""
    url: str | None = None
    site: str | None = None
    author: str | None = None
    content_hash: str | None = None
    dateline: str | None = None
    removed: list[Removed] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
