"""Helpers shared by the geo audit test modules (imported by name: tests/geo is on the path)."""
from __future__ import annotations

from eventwire.geo import find_places


def place_names(text: str, **kw) -> dict[str, str | None]:
    """The places found in ``text``, by surface text, with their country codes."""
    return {p.text: p.country_code for p in find_places(text, **kw)}


def by_trigger(events, trigger: str):
    """The first event whose trigger word is ``trigger`` (failing with what was coded instead)."""
    found = [e for e in events if e.explanation and e.explanation.trigger.lower() == trigger]
    assert found, [(e.event, e.explanation.trigger) for e in events]
    return found[0]


def event_country(pipeline, text: str, published: str | None, trigger: str) -> str | None:
    """The event-location country of the event ``trigger`` coded in ``text``."""
    return by_trigger(pipeline.process_text(text, published=published).events, trigger).event_loc.country_code
