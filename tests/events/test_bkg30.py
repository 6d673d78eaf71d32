"""Background told as the sentence's own assertion (bkg30): an act dated by a month or a year weeks before a story
whose news is of its own days ("Last month the ministers signed a tariff accord") is recalled, no event of the story;
kept when the story's lead dates its news as old too, when the date is a day's, within the story's days, absent or
in a present perfect, and for force or coercion of the story's last year or so. And a warning that the warner's own
side will have powers or take steps against a party is a threat, not a forecast. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.events._background import STORY_PAST_DAYS, _weeks_before
from eventwire.time import find_dates
from event_helpers import trigger_words as _triggers

PUBLISHED = "2024-04-18"  # a Thursday
NEWS = "The trade ministers of Peru and Chile met in Lima on Tuesday to discuss tariffs, officials said. "


@pytest.mark.parametrize("recall, trigger", [
    pytest.param("Last month the two governments signed an accord on fishing rights.", "signed", id="last_month"),
    pytest.param("Chile had agreed in February to lift its duties on Peruvian copper.", "agreed",
                 id="pluperfect_month"),
    pytest.param("In 2021, the Andean states signed a pact on migrant workers.", "signed", id="year"),
    pytest.param("The ministers said their governments signed a customs pact last year.", "signed",
                 id="reported_last_year"),
    pytest.param("Bolivia requested a loan from the two countries late last year.", "requested",
                 id="late_last_year"),
])
def test_act_dated_weeks_before_the_news_is_background(code_all, recall, trigger):
    assert trigger not in _triggers(code_all(NEWS + recall))


@pytest.mark.parametrize("recall, trigger", [
    pytest.param("On March 2 the two governments signed an accord on fishing rights.", "signed", id="a_day"),
    pytest.param("On Wednesday the two governments signed an accord on fishing rights.", "signed", id="weekday"),
    pytest.param("The two governments signed an accord on fishing rights.", "signed", id="undated"),
    pytest.param("The two governments have held talks on fishing rights since January.", "held",
                 id="present_perfect"),
    pytest.param("Last year, the Bolivian army seized power in a coup.", "seized", id="recent_force"),
])
def test_act_the_story_may_tell_as_news_is_kept(code_all, recall, trigger):
    assert trigger in _triggers(code_all(NEWS + recall))


def test_a_story_whose_lead_dates_its_news_weeks_back_keeps_the_dated_acts(code_all):
    story = ("Peru and Chile signed an accord on fishing rights in March, a report published on Wednesday said. "
             "The report said both governments welcomed it.")
    assert "signed" in _triggers(code_all(story))


def test_a_dateline_is_no_lead(code_all):
    story = ("LIMA, April 18 - The trade ministers of Peru and Chile met in Lima on Tuesday. Last month the two "
             "governments signed an accord on fishing rights.")
    assert "signed" not in _triggers(code_all(story))


def test_a_span_the_act_speaks_of_does_not_date_it(code_all):
    story = NEWS + "Chile also disputed Peru's reading of the tariff records from January 2019 to May 2021."
    assert "disputed" in _triggers(code_all(story))


@pytest.mark.parametrize("text, published, finite, before", [
    pytest.param("in February", PUBLISHED, True, True, id="month_weeks_back"),
    pytest.param("last year", PUBLISHED, True, True, id="last_year"),
    pytest.param("earlier this month", PUBLISHED, True, False, id="within_the_weeks"),
    pytest.param("on March 2", PUBLISHED, True, False, id="a_day"),
    pytest.param("last week", PUBLISHED, True, False, id="a_week"),
    pytest.param("in October", None, True, True, id="undated_month_finite"),
    pytest.param("July's", None, False, False, id="undated_month_on_a_noun"),
    pytest.param("in 1998", None, False, True, id="undated_year"),
])
def test_weeks_before_the_news(text, published, finite, before):
    date = find_dates(f"The ministers met {text}.", published)[0]
    assert _weeks_before(date, published, STORY_PAST_DAYS, finite) is before


@pytest.mark.parametrize("story, coded", [
    pytest.param("The prime minister warned that it would soon have new powers against countries not offering "
                 "reciprocal access to their markets.", True, id="own_side_powers_against_countries"),
    pytest.param("The trade minister warned that we will have tough measures against nations that close their "
                 "markets.", True, id="we_measures_against_nations"),
    pytest.param("The airline warned that it would go under within weeks.", False, id="own_state_forecast"),
    pytest.param("The central bank warned that it could see a loss on its reserves.", False, id="own_loss_forecast"),
])
def test_warning_of_own_side_steps_against_a_party_is_a_threat(code_all, story, coded):
    assert ("THREATEN" in {e.event for e in code_all(story)}) is coded
