"""Hand-built records for the store tests, realistic in shape and size (a uniquely named module,
not conftest, so that importing it never picks up another package's conftest)."""
from __future__ import annotations

from eventwire.model import (
    Actor, Attribution, DateMention, Document, Entity, Event, EventLocation,
    Explanation, Place, Quantity, Removed, TextInfo,
)

COUNTRIES = ("USA", "RUS", "CHN", "UKR", "FRA", "DEU", "IRN", "ISR")


def make_event(doc_id: str, n: int, *, event: str = "ACCUSE", actor: str = "USA", recipient: str = "RUS",
               date: str | None = "2024-04-19", modality: str = "asserted", confidence: float = 0.8,
               sentence: str | None = None) -> Event:
    return Event(
        id=f"{doc_id}-e{n}",
        event=event,
        mode="verbal" if event in ("ACCUSE", "REQUEST") else None,
        context=["military", "diplomatic"],
        quad_code=3,
        actor=[Actor(entity_text=f"{actor} Foreign Ministry spokesman", code=actor, sector="GOV",
                     identifier_id="Q30", office="spokesperson")],
        recipient=[Actor(entity_text=f"the government of {recipient}", code=recipient, sector="GOV"),
                   Actor(entity_text="its army", code=recipient, sector="MIL")],
        date=date,
        enddate=None,
        event_loc=EventLocation(extracted_place="Kyiv", resolved_place="Kyiv", geonameid=703448,
                                lat=50.45466, lon=30.5238, country_code="UKR", admin1="Kyiv City",
                                resolution=4, location_source="sentence"),
        text_info=TextInfo(start=10 * n, end=10 * n + 60),
        sentence=sentence or f"The {actor} accused {recipient} of shelling Kyiv on Friday, officials said ({n}).",
        modality=modality,
        attribution=[Attribution(text="officials", type="official")],
        date_text="on Friday",
        date_precision="day",
        date_source="sentence",
        confidence=confidence,
        size={"dead": 3, "injured": 12},
        explanation=Explanation(trigger="accused", trigger_start=10 * n + 8, trigger_end=10 * n + 15,
                                rule="lexicon:accuse", lexicon_entry="accuse", notes=["passive: no"]),
    )


def make_doc(i: int | str, *, text: str | None = None, events: list[Event] | None = None,
             published: str = "2024-04-20", n_events: int = 6, **kw) -> Document:
    doc_id = f"doc{i}"
    body = text if text is not None else (
        f"Document {i}. " + "The foreign ministry said troops had crossed the border near Kyiv. " * 45)
    return Document(
        id=doc_id,
        source=f"feed/{doc_id}.html",
        title=f"Headline {i}",
        published=published,
        language="en",
        text=body,
        url=f"https://example.org/{doc_id}",
        site="example.org",
        author="A. Reporter",
        dateline="KYIV",
        removed=[Removed(text="Subscribe now", reason="boilerplate"), Removed(text="Share", reason="nav")],
        errors=kw.pop("errors", []),
        entities=[Entity(text=f"Entity {j}", start=j * 10, end=j * 10 + 8, label="ORG",
                         code=COUNTRIES[j % len(COUNTRIES)], sector="GOV", canonical=f"Entity {j}",
                         identifier_id=f"Q{j}", office=None, secondary_sector="MIL") for j in range(25)],
        places=[Place(text="Kyiv", start=100 + j, end=104 + j, resolved_place="Kyiv", geonameid=703448,
                      lat=50.45, lon=30.52, country_code="UKR", admin1="Kyiv City", feature="city",
                      resolution=4) for j in range(6)],
        dates=[DateMention(text="on Friday", start=200 + j, end=209 + j, value="2024-04-19",
                           start_date="2024-04-19", end_date="2024-04-19", precision="day",
                           reference="past", approximate=j % 2 == 0) for j in range(5)],
        quantities=[Quantity(text="3 dead", start=300, end=306, value=3, unit="people", of="dead",
                             qualifier="exact"),
                    Quantity(text="about 2.5 km", start=310, end=322, value=2.5, unit="km", of=None,
                             qualifier="about", upper=None),
                    Quantity(text="10-20 troops", start=330, end=342, value=10, unit="troops", of="troops",
                             qualifier="range", upper=20)],
        events=events if events is not None else [make_event(doc_id, n) for n in range(n_events)],
        **kw,
    )
