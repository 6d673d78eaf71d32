"""Background told without a date of its own (bkg33). (a) "already" in a perfect sets an act before the story's news
("The opposition has already ruled out a coalition", "several officials have already pleaded guilty"); kept: a
commitment whose help is still to come ("has already agreed to lend"), forces made ready ("have already put their
troops on alert"), the story's opening sentence, a progressive ("are already investigating"). (b) An undated clause
that frames a past assertion dated weeks back ("Last year, the minister resigned after the opposition accused him
of fraud") is that old or older; kept: a "before" clause, a main clause of the story's days or in the present perfect.
(c) A stance verb in an undated present perfect on a party ("Tehran has supported Kurdish guerrillas") is a standing
alignment; kept: "has now backed", a reported clause, a measure backed ("has backed the plan"). Invented sentences."""
from __future__ import annotations

import pytest
from event_helpers import coded, trigger_words as _triggers

PUBLISHED = "2024-05-16"  # a Thursday
NEWS = "Peru and Chile opened talks on fishing rights in Lima on Tuesday, officials said. "


@pytest.mark.parametrize("story, trigger", [
    pytest.param("The Chilean opposition leader has already ruled out a coalition with the ruling party.", "ruled",
                 id="ruled_out"),
    pytest.param("Several Chilean fishing officials have already pleaded guilty to bribery.", "pleaded",
                 id="pleaded_guilty"),
    pytest.param("Peru had already expelled two Chilean trawler captains, the ministry said.", "expelled",
                 id="pluperfect"),
    pytest.param("Lima said Chile has already accused Peruvian boats of fishing in its waters.", "accused",
                 id="reported_clause"),
    pytest.param("The Chilean navy, which has already seized three Peruvian trawlers, patrols the border.", "seized",
                 id="relative_clause"),
])
def test_act_done_already_is_background(code_all, story, trigger):
    assert not coded(code_all, NEWS + story, trigger)


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Ecuador has already agreed to lend Peru two patrol boats.", "agreed", id="commitment_to_come"),
    pytest.param("The Peruvian navy has already put its ships on alert to escort the trawlers.", "put",
                 id="forces_made_ready"),
    pytest.param("Chilean prosecutors are already investigating the Peruvian trawler captains.", "investigating",
                 id="progressive"),
    pytest.param("Chile has expelled two Peruvian trawler captains.", "expelled", id="perfect_without_already"),
    pytest.param("Peru has already frozen its fishing quotas but needs to ask Chile for a formal extension of the "
                 "accord.", "ask", id="joined_verb_with_its_own_tense"),
])
def test_act_not_done_already_is_kept(code_all, story, trigger):
    assert coded(code_all, NEWS + story, trigger)


def test_already_in_the_opening_sentence_is_the_news(code_all):
    events = code_all("Chile has already expelled two Peruvian trawler captains, officials in Santiago said on Tuesday.")
    assert "expelled" in _triggers(events)


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Last year, the Peruvian fisheries minister resigned after the Chilean government accused him of "
                 "fraud.", "accused", id="after_clause"),
    pytest.param("In 2021, Chile recalled its ambassador from Lima after Peruvian police arrested Chilean fishermen.",
                 "arrested", id="after_clause_force_years_back"),
    pytest.param("Last year, Chile recalled its ambassador from Lima following Peru's decision to expel "
                 "Chilean diplomats.", "expel", id="following_phrase"),
])
def test_clause_framing_a_dated_past_is_background(code_all, story, trigger):
    assert not coded(code_all, NEWS + story, trigger)


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Tehran has supported the Kurdish rebels fighting in the north.", "supported",
                 id="supported_guerrillas"),
    pytest.param("Kuwait has backed Iraq in the long war against Iran.", "backed", id="backed_a_state"),
])
def test_standing_alignment_in_the_present_perfect_is_background(code_all, story, trigger):
    news = "Iraq accused Iran on Monday of shelling border towns near Basra. "
    assert not coded(code_all, news + story, trigger, published="1987-03-20")


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Britain has now backed Iraq in the talks.", "backed", id="now"),
    pytest.param("Britain said it has backed Iraq in the talks.", "backed", id="reported"),
    pytest.param("Britain has backed the French plan for talks.", "backed", id="a_measure_backed"),
])
def test_stance_of_the_story_is_kept(code_all, story, trigger):
    news = "Iraq accused Iran on Monday of shelling border towns near Basra. "
    assert coded(code_all, news + story, trigger, published="1987-03-20")


@pytest.mark.parametrize("story, trigger", [
    pytest.param("On Wednesday, Chile recalled its ambassador from Lima after Peru accused Chilean boats of "
                 "poaching.", "accused", id="main_clause_of_the_story_days"),
    pytest.param("Last year, Chile recalled its ambassador from Lima before Peru accused Chilean boats of "
                 "poaching.", "accused", id="before_clause"),
    pytest.param("Chile has recalled its ambassador from Lima after Peru accused Chilean boats of poaching.",
                 "accused", id="main_clause_in_the_present_perfect"),
])
def test_clause_not_framing_a_dated_past_is_kept(code_all, story, trigger):
    assert coded(code_all, NEWS + story, trigger)


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def test_the_reasons_name_already_and_the_framed_date(nlp):
    from eventwire.events._background import done_already, framed_by_dated_past

    class _Date:  # the one time expression the story holds, as the date tagger gives it
        text, precision, reference = "Last year", "year", "past"
        start_date, end_date = "2023-01-01", "2023-12-31"

    doc = nlp("The talks opened on Tuesday. Last year, the minister resigned after the opposition accused him of "
              "fraud. The party has already ruled out a coalition.")
    date = _Date()
    date_at = {t.i: date for t in doc if t.text in ("Last", "year")}
    accused = next(t for t in doc if t.text == "accused")
    ruled = next(t for t in doc if t.text == "ruled")
    assert "Last year" in framed_by_dated_past(accused, date_at, PUBLISHED, "ACCUSE")
    assert framed_by_dated_past(accused, date_at, "2024-01-02", "ACCUSE") is None  # the story's own days
    assert "already" in done_already(ruled, "REJECT")
    assert done_already(ruled, "MOBILIZE") is None
