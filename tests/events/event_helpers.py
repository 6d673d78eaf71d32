"""Small readers of coded events that many event tests share (import them; each test file used to carry its own copy)."""
from __future__ import annotations


def events_on(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)]


def trigger_words(events):
    """The trigger words of the coded events, lower-cased."""
    return {e.explanation.trigger.lower() for e in events}


def coded(code_all, text: str, trigger: str, **kwargs) -> bool:
    """Whether ``code_all`` (the conftest fixture, no confidence floor) codes an event on the trigger word ``trigger``
    (lower-cased) in ``text``: the keep/drop question every background test asks."""
    return trigger in trigger_words(code_all(text, **kwargs))


def codes(parties) -> set[str]:
    """The codes of a side's parties (actor or recipient), those with none left out."""
    return {p.code for p in parties if p.code}


def types_on(events, prefix: str) -> list[str]:
    """The types of the events coded on a trigger word starting with ``prefix``."""
    return [e.event for e in events_on(events, prefix)]


def type_modes_on(events, prefix: str) -> list[tuple[str, str]]:
    """(type, mode) of the events coded on a trigger word starting with ``prefix``; no mode reads as ""."""
    return [(e.event, e.mode or "") for e in events_on(events, prefix)]


def roles_on(events, prefix: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor codes, recipient codes) of the events coded on a trigger word starting with ``prefix``."""
    return [(e.event, sorted(codes(e.actor)), sorted(codes(e.recipient))) for e in events_on(events, prefix)]


def places_on(events, prefix: str) -> list:
    """The event locations of the events coded on a trigger word starting with ``prefix``; asserts there is one, so
    that a location test cannot pass on an event that was never coded."""
    found = events_on(events, prefix)
    assert found, f"no event on {prefix!r}"
    return [e.event_loc for e in found]
