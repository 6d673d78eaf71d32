"""The verifier's story-level evidence of the twenty-eighth session (vfx30): what kind of story an event comes from
(its campaign vocabulary and its events per sentence), for stories unlike the development golds. Sentences invented."""
from __future__ import annotations

import pytest

from eventwire.events._verifier import StoryContext, _context_features
from eventwire.model import Actor, Document, Event, TextInfo

# My own stories: a wire report, and a campaign piece told in quotations and the first person.
WIRE = ("LIMA, March 3 - Peru's navy seized a fishing vessel flying a foreign flag off its southern coast on Tuesday. "
        "The port authority said the crew of twelve was detained. Officials of both states will meet next week.")
CAMPAIGN = ('"We will cut your council tax," the opposition leader told voters in a marginal seat. '
            "Her rivals said the election would turn on hospitals. "
            '"I am not going to promise what we cannot pay for," the minister said on the campaign trail. '
            "The latest poll puts the two parties level.")


def _event(kind: str, start: int, actor: list[Actor] | None = None) -> Event:
    return Event(id=f"{kind}{start}", event=kind, actor=actor or [], recipient=[], text_info=TextInfo(start, start + 40))


def _story(text: str, events: list[Event]) -> StoryContext:
    return StoryContext.of(events, Document(id="d", text=text))


def test_a_wire_report_reads_as_no_campaign():
    story = _story(WIRE, [_event("SEIZE", 0, [Actor("navy", code="PER", sector="MIL")])])
    assert story.campaign_share == 0 and story.events_per_sentence == pytest.approx(1 / 3)
    assert {"story_campaign=0", "story_density=0"} <= set(_context_features(_event("SEIZE", 0), story))


def test_a_campaign_piece_reads_as_campaign():
    story = _story(CAMPAIGN, [_event("DEMAND", 0)])
    assert story.campaign_share == pytest.approx(1.0)
    assert {"story_campaign=2", "story_density=0"} <= set(_context_features(_event("DEMAND", 0), story))


@pytest.mark.parametrize("cue", ["The vote is on Thursday.", "Candidates toured the constituency.",
                                 "The party's manifesto was launched.", "Campaigning resumed after the debate.",
                                 "Polls close at ten."])
def test_each_campaign_cue_counts_its_sentence(cue):
    story = _story(cue + " The weather was fine. Roads were quiet.", [_event("CONSULT", 0)])
    assert story.campaign_share == pytest.approx(1 / 3)


def test_a_dense_story_reads_as_dense():
    story = _story("Troops fired. Rebels fled. Talks began.", [_event("ASSAULT", 0), _event("RETREAT", 14),
                                                                 _event("CONSULT", 27)])
    assert story.events_per_sentence == pytest.approx(1.0)
    assert "story_density=2" in _context_features(_event("ASSAULT", 0), story)


def test_without_the_document_only_the_events_features_are_read():
    """The text-level cues need the story's text; a context read from events alone keeps the older features."""
    story = StoryContext.of([_event("AID", 0)])
    assert story.campaign_share is None
    assert not any(f.startswith(("story_campaign", "story_density")) for f in _context_features(_event("AID", 0), story))


def test_a_sentence_ends_at_a_closing_quote_too():
    story = _story('"We will win the vote," he said. "They will not," she said. It rained.', [_event("CONSULT", 0)])
    assert story.campaign_share == pytest.approx(1 / 3)
