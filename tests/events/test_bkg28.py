"""Background told with dates (bkg28): an act dated years before the story is ``historical`` also in a story with
no publication date, measured by the span its own words state ("two years ago") or against the latest year the
story writes; a "when" clause dates the act it times ("promised ... when he was elected two years ago").
Invented sentences; each with the story's own news kept beside it."""
from __future__ import annotations

import pytest

from eventwire.time import find_dates, reference_year, years_back

PUBLISHED = None


def _mention(text):
    return find_dates(text, None)[0]


@pytest.mark.parametrize("text, back", [
    ("two years ago", 2), ("more than 20 years ago", 20), ("last year", 1), ("last month", 0),
])
def test_years_back_reads_the_span_the_words_state(text, back):
    assert years_back(_mention(text)) == back


@pytest.mark.parametrize("text", ["a decade ago", "three decades ago"])
def test_years_back_counts_a_decade_to_its_end(text):
    assert years_back(_mention(text)) >= 2  # the time stage reads a decade back as the whole earlier decade


def test_years_back_leaves_a_written_year_to_the_story_date():
    assert years_back(_mention("in 1998")) is None


@pytest.mark.parametrize("text, year", [
    pytest.param("Talks began in 2001. On March 3, 2004, the envoys met again.", 2004, id="latest_written"),
    pytest.param("The treaty of 1999 holds. Elections are due in 2007 and the army will withdraw by 2009.", 1999,
                 id="deadlines_left_out"),
    pytest.param("The council will meet until 2010 to settle the dispute.", None, id="only_a_plan"),
])
def test_reference_year_is_the_latest_year_reached(text, year):
    assert reference_year(text, find_dates(text, None)) == year


def _modalities(events, start):
    return [e.modality for e in events if e.sentence.strip().startswith(start)]


@pytest.mark.parametrize("story, start", [
    pytest.param("In 2001 the Nordic ministers pledged to cut fishing quotas. On 4 May 2004 they met in Oslo "
                 "to review the quotas.", "In 2001", id="written_year_against_latest"),
    pytest.param("The two kingdoms signed the fishing accord more than 20 years ago. Their ministers met in "
                 "Oslo on Tuesday.", "The two kingdoms", id="years_ago"),
    pytest.param("The governor promised to build new schools when he was elected three years ago. He met "
                 "teachers' unions on Friday.", "The governor", id="when_clause_dated"),
])
def test_undated_story_dates_background_as_historical(code_all, story, start):
    assert "historical" in _modalities(code_all(story), start)
    assert "historical" not in [e.modality for e in code_all(story) if not e.sentence.strip().startswith(start)]


def test_a_story_with_a_date_measures_against_it(code_all):
    story = "In 2003 the Nordic ministers pledged to cut fishing quotas. They met in Oslo on Tuesday."
    assert "historical" not in _modalities(code_all(story, published="2004-05-02"), "In 2003")
    assert "historical" in _modalities(code_all(story, published="2006-05-02"), "In 2003")


def test_a_date_of_another_clause_is_not_the_act_s(code_all):
    story = ("The report named a prisoner who hanged himself in his cell in March 2002, and urged the interior "
             "minister to hold a public inquiry. The minister met the prisoner's family on 3 May 2005.")
    assert "historical" not in [e.modality for e in code_all(story)]


def test_a_recent_when_clause_stays_news(code_all):
    story = "The governor promised to build new schools when he met teachers on Monday."
    assert "historical" not in [e.modality for e in code_all(story, published="2004-05-02")]


def test_a_present_perfect_reaches_the_story_day(code_all):
    story = ("The unions won the ballot in 2001, but the chairman has since been criticised by many of his own "
             "members. On 4 May 2004 the members met the minister.")
    assert "historical" not in [e.modality for e in code_all(story)]
