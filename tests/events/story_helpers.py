"""Shared helpers of the coder tests: the event a trigger word coded, the parties the story fill
inferred, why a word's act is background, and where an event was placed."""
from __future__ import annotations


def by_trigger(events, word):
    found = [e for e in events if e.explanation.trigger == word]
    assert found, [(e.event, e.explanation.trigger) for e in events]
    return found[0]


def inferred(parties):
    return [(p.code, p.sector) for p in parties if p.entity_text.startswith("(the story's")]


def background_reason_of(nlp, text: str, word: str) -> str | None:
    """Why ``_background`` reads the act of ``word`` (its first occurrence) in ``text`` as no event, or None."""
    from eventwire.events._background import background_reason

    tok = next(t for t in nlp(text) if t.text == word)
    return background_reason(tok)


def location_of(pipe, text: str, word: str, kind: str | None = None, *, published: str):
    """The location of the first event (of type ``kind``) whose sentence holds ``word``."""
    events = pipe.process_text(text, published=published).events
    found = [e for e in events if word in e.sentence and (kind is None or e.event == kind)]
    assert found, f"no event with {word!r}: {[(e.event, e.sentence) for e in events]}"
    return found[0].event_loc
