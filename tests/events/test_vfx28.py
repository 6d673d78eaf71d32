"""The verifier's evidence of the twenty-sixth session (vfx28): the parties' sectors, how the clause tells the act
(read off the words before the trigger), and what the story's other events say about one. Sentences invented."""
from __future__ import annotations

import dataclasses

import pytest

from eventwire.config import Config
from eventwire.events._verifier import (EventVerifier, StoryContext, _aspect, _sector_class, calibrate, features,
                                         story_confidence)
from eventwire.model import Actor, Event, TextInfo
from eventwire.pipeline import Pipeline

# My own story, five sentences so that the verifier reads it: a firm's deal beside a government's acts.
STORY = ("OSLO, May 4 - Norway's government expelled two diplomats of a neighbouring state on Monday, the foreign "
         "ministry said. A shipping firm agreed to buy three tankers from a Danish yard. "
         "The ministry will recall its ambassador for consultations next week. "
         "Fishermen protested outside parliament against the new quotas. "
         "Officials of both countries are due to meet in June.")


@pytest.mark.parametrize("before, trigger, told", [
    ("The ministry will ", "recall", "future"),
    ("Officials said the two sides plan to ", "sign", "future"),
    ("The talks are expected to ", "resume", "future"),
    ("The unions voted to ", "strike", "infinitive"),
    ("The court could ", "ban", "modal"),
    ("Both governments must not ", "allow", "modal"),
    ("The army has ", "withdrawn", "perfect"),
    ("The rebels had already ", "seized", "perfect"),
    ("Police are ", "arresting", "progressive"),
    ("The president was still ", "negotiating", "progressive"),
    ("He resigned after ", "meeting", "gerund"),
    ("On Monday the envoy ", "met", "plain"),
])
def test_the_words_before_a_trigger_say_how_the_clause_tells_the_act(before, trigger, told):
    assert _aspect(before, trigger) == told


@pytest.mark.parametrize("actors, sector", [
    ([Actor("a shipping firm", sector="BUS")], "business"),
    ([Actor("a conglomerate", code="MNC")], "business"),
    ([Actor("the minister", code="NOR", sector="GOV"), Actor("a bank", code="NOR", sector="BUS")], "business"),
    ([Actor("the navy", code="NOR", sector="MIL")], "state"),
    ([Actor("Norway", code="NOR")], "state"),
    ([Actor("the United Nations", code="UNO")], "state"),
    ([Actor("a charity", code="NGO")], "other"),
    ([Actor("fishermen", code="NOR", sector="CVL")], "other"),
    ([Actor("they")], "none"),
    ([], "none"),
])
def test_a_party_is_told_by_its_sector_class(actors, sector):
    assert _sector_class(actors) == sector


def _event(kind: str, start: int, actor: list[Actor] | None = None) -> Event:
    return Event(id=f"{kind}{start}", event=kind, actor=actor or [], text_info=TextInfo(start, start + 40))


def test_the_story_context_counts_each_types_events_and_the_firms_share():
    events = [_event("COOPERATE", 0, [Actor("a firm", sector="BUS")]), _event("AGREE", 0),
              _event("AGREE", 50), _event("PROTEST", 90, [Actor("farmers", sector="AGR")])]
    story = StoryContext.of(events)
    assert story.per_type == {"COOPERATE": 1, "AGREE": 2, "PROTEST": 1}
    assert story.business_share == pytest.approx(0.25) and story.size == 4


def test_calibration_reads_the_story_the_verifier_judged_not_what_it_kept():
    """The confidence written after the verifier must see the features the heads saw: the story's events before
    any was dropped, not the fewer it kept."""
    story = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(
        STORY, published="2024-05-06")
    assert len(story.events) >= 2
    verifier = EventVerifier.default()
    judged = [dataclasses.replace(ev, explanation=dataclasses.replace(ev.explanation, notes=list(ev.explanation.notes)))
              for ev in story.events]
    expected = round(story_confidence(verifier, features(judged[0], story, StoryContext.of(judged, story))), 3)
    kept = judged[:1]
    calibrate(kept, story, story=True, judged=judged)
    assert kept[0].confidence == expected
