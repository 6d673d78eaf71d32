"""Background told as a record of months or in the progressive perfect, and event nouns dated by their own participle
(bkg35). (a) A finite perfect with an uncounted span of months or a year ("in recent months", "over the past few
months", "over the past year") tells a party's record, as "in recent years" does (bkg34); so does a progressive
perfect with such a span or an adverb of a record ("have been meeting ... over the past year", "have already been
staging"). Kept: a counted span ("in the last two months": a recent step), weeks and days ("in the past week", "over
the past few days"), a span ahead ("in the coming months"), a progressive perfect with no record or one of the story's
days. (b) An event noun whose own past participle dates its act by a month or a year weeks before the story ("the
accord reached by Iceland and Norway last December") is recalled background, as "last December's accord" is. Kept: a
participle dated by a day of the story, an undated one. Invented sentences."""
from __future__ import annotations

import pytest
from event_helpers import coded

PUBLISHED = "2024-05-16"  # a Thursday
NEWS = "Iceland and Norway opened talks on fishing quotas in Oslo on Tuesday, officials said. "


@pytest.mark.parametrize("story, bare, trigger", [
    pytest.param("In recent months, Iceland has accused Norway of overfishing.",
                 "Iceland has accused Norway of overfishing.", "accused", id="in_recent_months"),
    pytest.param("In recent months, Norway has expressed concern about Icelandic quotas.",
                 "Norway has expressed concern about Icelandic quotas.", "expressed", id="in_recent_months_concern"),
    pytest.param("In the last year, Iceland has imposed fines on twelve Norwegian trawlers.",
                 "Iceland has imposed fines on twelve Norwegian trawlers.", "imposed", id="in_the_last_year"),
    pytest.param("Icelandic officials have been meeting Norwegian ministers over the past year.",
                 "Icelandic officials have been meeting Norwegian ministers.", "meeting",
                 id="progressive_over_the_past_year"),
    pytest.param("Over the past few months, Icelandic trawlermen have been staging protests against the Norwegian "
                 "quotas.", "Icelandic trawlermen have been staging protests against the Norwegian quotas.", "staging",
                 id="progressive_over_the_past_few_months"),
    pytest.param("Icelandic trawlermen have already been staging protests against the Norwegian quotas.",
                 "Icelandic trawlermen have been staging protests against the Norwegian quotas.", "staging",
                 id="progressive_already"),
])
def test_record_of_months_is_background(code_all, story, bare, trigger):
    assert coded(code_all, NEWS + bare, trigger)  # the same act told without the record is coded
    assert not coded(code_all, NEWS + story, trigger)


@pytest.mark.parametrize("story, trigger", [
    pytest.param("In the last two months, Iceland has imposed fines on twelve Norwegian trawlers.", "imposed",
                 id="counted_months"),
    pytest.param("Iceland has accused Norway of overfishing in the past week.", "accused", id="past_week"),
    pytest.param("Iceland has accused Norway of overfishing over the past few days.", "accused", id="past_few_days"),
    pytest.param("Iceland has pledged to cut its quotas in the coming months.", "pledged", id="months_ahead"),
    pytest.param("Icelandic officials have been meeting Norwegian ministers this week.", "meeting",
                 id="progressive_of_the_story_week"),
])
def test_span_that_tells_no_record_is_kept(code_all, story, trigger):
    assert coded(code_all, NEWS + story, trigger)


@pytest.mark.parametrize("story", [
    pytest.param("Norwegian exporters have gained from the accord reached by Iceland and Norway last December.",
                 id="last_december"),
    pytest.param("Cod prices rose after the accord signed by Iceland and Norway in 2021.", id="year"),
])
def test_event_noun_dated_weeks_back_by_its_participle_is_background(code_all, story):
    assert not coded(code_all, NEWS + story, "accord")


@pytest.mark.parametrize("story", [
    pytest.param("Norwegian exporters have gained from the accord reached by Iceland and Norway on Monday.",
                 id="day_of_the_story"),
    pytest.param("Norwegian exporters have gained from the accord reached by Iceland and Norway.", id="undated"),
    pytest.param("Cod prices rose after the accord signed by Iceland and Norway.", id="undated_after"),
])
def test_event_noun_with_a_participle_of_the_story_days_is_kept(code_all, story):
    assert coded(code_all, NEWS + story, "accord")
