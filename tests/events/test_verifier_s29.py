"""The twenty-ninth session's pre-registered verifier test left vfx30's story-kind cues out of the shipped heads; the
hot path then skips the pass over the story's sentences that only those cues read. Story invented."""
from __future__ import annotations

from eventwire.events._verifier import EventVerifier, Head
from eventwire.model import Document, Event, TextInfo

STORY = "Voters went to the polls on Sunday. The election commission said turnout was high."


def _event() -> Event:
    return Event(id="e", event="CONSULT", actor=[], recipient=[], text_info=TextInfo(0, 30))


def _verifier(names: list[str]) -> EventVerifier:
    head = Head.from_dict({"bias": 0.0, "weights": {name: 1.0 for name in names}})
    return EventVerifier(head, head, 0.5, 0.8, "test")


def test_shipped_heads_weigh_no_story_kind_cue():
    assert not EventVerifier.default().reads_story_kind


def test_heads_without_the_cues_skip_the_pass_over_sentences():
    context = _verifier(["story_events=0"]).story_context([_event()], Document(id="d", text=STORY))
    assert context.campaign_share is None and context.events_per_sentence is None


def test_heads_with_a_cue_read_the_story_kind():
    context = _verifier(["story_campaign=2"]).story_context([_event()], Document(id="d", text=STORY))
    assert context.campaign_share == 1.0 and context.events_per_sentence == 0.5
