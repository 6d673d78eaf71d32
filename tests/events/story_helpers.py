"""Shared helpers of the story-fill tests: the event a trigger word coded, and the parties the story
fill inferred."""
from __future__ import annotations


def by_trigger(events, word):
    found = [e for e in events if e.explanation.trigger == word]
    assert found, [(e.event, e.explanation.trigger) for e in events]
    return found[0]


def inferred(parties):
    return [(p.code, p.sector) for p in parties if p.entity_text.startswith("(the story's")]
