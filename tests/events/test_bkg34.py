"""Background told without a date of its own (bkg34). (a) A finite perfect with an adverb of a record ("previously",
"repeatedly", "consistently", "long", "twice", "in the past", "in recent years", "on several occasions") tells a
party's record, set before the story's news, as "already" does (bkg33: ``_background.done_already``). Kept: the
story's opening sentence, a perfect with no such adverb or with one of the story's days ("has recently", "in the past
week", "this week", "since Monday"), "once again", a commitment with "already" whose help is still to come, a date on
"before" ("two days before"). (b) An act at an occasion pointed back to ("after that meeting", "during that session")
takes the date the sentences before gave the occasion: weeks back, it is background. Kept: "the meeting", an
occasion undated or of the story's days, a sentence with a date of its own. Invented sentences."""
from __future__ import annotations

import pytest
from event_helpers import coded, trigger_words as _triggers

PUBLISHED = "2024-05-16"  # a Thursday
NEWS = "Peru and Chile opened talks on fishing rights in Lima on Tuesday, officials said. "


@pytest.mark.parametrize("story, bare, trigger", [
    pytest.param("Chile has previously threatened to expel Peruvian diplomats.",
                 "Chile has threatened to expel Peruvian diplomats.", "threatened", id="previously_threatened"),
    pytest.param("Lima has repeatedly called for a halt to Chilean fishing in the zone.",
                 "Lima has called for a halt to Chilean fishing in the zone.", "called", id="repeatedly_called_for"),
    pytest.param("Peru had promised to open its ports to Chilean trawlers in the past.",
                 "Peru had promised to open its ports to Chilean trawlers.", "promised", id="in_the_past_on_complement"),
    pytest.param("Lima has long accused Santiago of plundering the anchovy stocks.",
                 "Lima has accused Santiago of plundering the anchovy stocks.", "accused", id="long_accused"),
    pytest.param("Peru has accused Chile of overfishing on several occasions.",
                 "Peru has accused Chile of overfishing.", "accused", id="on_several_occasions"),
    pytest.param("Peru has in the past accused Chile of overfishing.",
                 "Peru has accused Chile of overfishing.", "accused", id="in_the_past_fronted"),
    pytest.param("Chile said Peru has repeatedly accused Chilean trawlers of poaching.",
                 "Chile said Peru has accused Chilean trawlers of poaching.", "accused", id="reported_clause"),
    pytest.param("Chile has repeatedly accused Peru of overfishing since 2019.",
                 "Chile has accused Peru of overfishing since 2019.", "accused", id="record_since_years_back"),
])
def test_act_told_as_a_record_is_background(code_all, story, bare, trigger):
    assert coded(code_all, NEWS + bare, trigger)  # the same act with no adverb of a record is coded
    assert not coded(code_all, NEWS + story, trigger)


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Chile has accused Peru of overfishing in the past week.", "accused", id="span_of_the_story_days"),
    pytest.param("Peru has recently accused Chile of overfishing.", "accused", id="fresh_adverb"),
    pytest.param("Peru accused Chile of overfishing, officials said.", "accused", id="no_record_adverb"),
    pytest.param("Ecuador has already agreed to lend Peru two patrol boats.", "agreed",
                 id="commitment_already_to_come"),
    pytest.param("Chile had agreed to the quotas two days before.", "agreed", id="before_with_a_span_dates"),
    pytest.param("Chile has twice accused Peru of overfishing this week.", "accused", id="record_of_the_story_week"),
    pytest.param("Chile has repeatedly accused Peru of overfishing since Monday.", "accused",
                 id="record_since_the_story_days"),
    pytest.param("Chile has once again accused Peru of overfishing.", "accused", id="once_again_is_fresh"),
])
def test_act_not_told_as_a_record_is_kept(code_all, story, trigger):
    assert coded(code_all, NEWS + story, trigger)


def test_record_in_the_opening_sentence_is_the_news(code_all):
    events = code_all("Peru has repeatedly accused Chile of overfishing in the disputed zone, officials said on "
                      "Tuesday.")
    assert "accused" in _triggers(events)


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def test_record_cue_reads_adverbs_and_phrases(nlp):
    from eventwire.events._background import _record_cue
    cases = {
        "Chile has previously promised cuts.": ("promised", "previously"),
        "Chile had promised cuts in the past.": ("promised", "in the past"),
        "Chile has accused Peru on several occasions.": ("accused", "on several occasions"),
        "Chile has cut aid to Peru over the past decade.": ("cut", "over the past decade"),
        "Chile had promised to open its ports in the past.": ("promised", "in the past"),
        "Chile had accused Peru two days before.": ("accused", None),
        "Chile has accused Peru in the past week.": ("accused", None),
    }
    for text, (verb, cue) in cases.items():
        doc = nlp(text)
        tok = next(t for t in doc if t.text == verb)
        assert _record_cue(tok) == cue, text


# (b) An occasion pointed back to ("that meeting", "during that session") that the sentences before dated weeks back
LEAD = "Peru and Chile opened talks on fishing rights in Lima on Tuesday. "


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Officials said there had been no change since an April 2 meeting of the two fisheries ministers. "
                 "In a statement issued after that meeting, the ministers condemned Ecuador's trawler raids.",
                 "condemned", id="statement_after_that_meeting"),
    pytest.param("The Peruvian president last spoke to reporters at a news conference on March 3. During that "
                 "session, he accused Chile of plundering the anchovy stocks.", "accused", id="that_session_dated_by_verb"),
    pytest.param("The two fisheries ministers last met in February. At that meeting, Chile rejected Peru's proposal "
                 "for joint patrols.", "rejected", id="that_meeting_after_met"),
    pytest.param("Peru and Chile held talks on the quotas in Santiago in March. During those talks, Chile rejected "
                 "Peru's proposal for joint patrols.", "rejected", id="those_talks"),
])
def test_act_at_an_occasion_dated_weeks_back_is_background(code_all, story, trigger):
    assert not coded(code_all, LEAD + story, trigger)


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Officials said there had been no change since a May 14 meeting of the two fisheries ministers. "
                 "In a statement issued after that meeting, the ministers condemned Ecuador's trawler raids.",
                 "condemned", id="occasion_of_the_story_days"),
    pytest.param("Officials said there had been no change since an April 2 meeting of the two fisheries ministers. "
                 "In a statement issued after the meeting, the ministers condemned Ecuador's trawler raids.",
                 "condemned", id="the_meeting_may_be_the_story_own"),
    pytest.param("The Peruvian president last spoke to reporters at a news conference on March 3. During that "
                 "session, he accused Chile of plundering the anchovy stocks on Tuesday.", "accused",
                 id="sentence_with_its_own_date"),
    pytest.param("The two fisheries ministers met in Lima. At that meeting, Chile rejected Peru's proposal for joint "
                 "patrols.", "rejected", id="occasion_told_undated"),
])
def test_act_at_an_occasion_not_dated_weeks_back_is_kept(code_all, story, trigger):
    assert coded(code_all, LEAD + story, trigger)
