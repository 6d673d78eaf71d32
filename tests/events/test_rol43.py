"""Who did what to whom (rol43): a town that names a meeting ("the Geneva talks", "the London talks") says where it
is held; it is no party to the meeting, as "talks in Geneva" is not."""
from __future__ import annotations

from event_helpers import codes, events_on


def _code(pipeline, text: str):
    return pipeline.process_text(text, published="1987-04-20").events


def test_town_naming_talks_is_their_venue_not_a_party(pipeline):
    events = _code(pipeline, "PARIS, April 19 - The Geneva talks between Washington and Moscow resumed on Monday.")
    talks = events_on(events, "talks")
    assert talks and all("CHE" not in codes(e.actor) | codes(e.recipient) for e in talks)
    assert any({"USA", "RUS"} <= codes(e.actor) for e in talks)


def test_town_naming_talks_is_no_fallback_recipient(pipeline):
    events = _code(pipeline, "ABIDJAN, March 16 - Senior Ivorian delegates will attend the Rome negotiations, the "
                             "official said.")
    for e in events_on(events, "attend"):
        assert "ITA" not in codes(e.actor) | codes(e.recipient)


def test_country_naming_talks_still_names_the_parties(pipeline):
    events = _code(pipeline, "The Sino-Soviet talks resumed in Beijing on Monday.")
    assert any("RUS" in codes(e.actor) | codes(e.recipient) for e in events_on(events, "talks"))
