"""Background told in a clause that modifies a party or a thing (bkg29): an act in a relative clause or a reduced
participle, dated a week or more before the story ("X, who blocked the sale in December, said ..."), says who or
what is meant; it is no event of the story. The same act dated in the story's days, undated, in the present perfect
or told as the main assertion stays. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.events._background import BACKGROUND_DAYS, _before_the_news
from eventwire.time import find_dates
from event_helpers import trigger_words as _triggers

PUBLISHED = "2024-04-20"  # a Saturday


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Senator Ames, who accused the ministry of fraud in December, told reporters on Friday that she "
                 "would seek a new vote.", "accused", id="relative_who_month"),
    pytest.param("Portugal, which two weeks ago suspended its payments to the fund, asked the lenders on Friday for "
                 "more time.", "suspended", id="relative_which_weeks_ago"),
    pytest.param("The envoys, who had met the rebel leaders last month, returned to the capital on Friday.",
                 "met", id="pluperfect_relative"),
    pytest.param("The tanker, seized by Iranian forces last year, sailed from Dubai on Friday.", "seized",
                 id="reduced_participle"),
    pytest.param("The accords, which were signed by both governments in 1998, came up for review on Friday.",
                 "signed", id="passive_relative_year"),
    pytest.param("Mexico, which took a softer line and last week signed a loan accord with its banks, was praised "
                 "by the lenders on Thursday.", "signed", id="conjunct_last_week"),
])
def test_dated_past_of_a_modified_party_is_background(code_all, story, trigger):
    assert trigger not in _triggers(code_all(story, published="2024-04-18"))  # a Thursday


@pytest.mark.parametrize("story, trigger", [
    pytest.param("The envoy, who met the rebel leaders on Thursday, flew home on Friday.", "met",
                 id="in_the_story_days"),
    pytest.param("The rebels, who attacked the convoy near the border, fled into the hills.", "attacked",
                 id="undated"),
    pytest.param("The union, which has called for a national strike since March, met the employers on Friday.",
                 "called", id="present_perfect"),
    pytest.param("Portugal suspended its payments to the fund two weeks ago, the finance ministry said.",
                 "suspended", id="main_assertion"),
])
def test_the_story_own_acts_stay(code_all, story, trigger):
    assert trigger in _triggers(code_all(story))


def test_undated_story_reads_a_named_month_as_background(code_all):
    story = "Judge Mara Lind, who blocked the sale of the refinery in December, said she would rule soon."
    assert "blocked" not in _triggers(code_all(story, published=None))
    kept = "Judge Mara Lind, who blocked the sale of the refinery on Monday, said she would rule soon."
    assert "blocked" in _triggers(code_all(kept, published=None))


@pytest.mark.parametrize("story, trigger", [
    pytest.param("Councillor Dray, who was recently observing the talks with the rebel leaders, spoke to reporters "
                 "on Friday.", "talks", id="recently"),
    pytest.param("General Osei, who once led a coup against the elected government, addressed the assembly on "
                 "Friday.", "coup", id="once"),
])
def test_past_set_by_an_adverb_is_background(code_all, story, trigger):
    assert trigger not in _triggers(code_all(story))


def test_a_name_before_its_own_verb_is_no_participle(code_all):
    story = "Opposition peer Lord Ferris called last week for foreign observers at the general election."
    assert "called" in _triggers(code_all(story, published=None))


@pytest.mark.parametrize("text, published, finite, before", [
    ("last month", PUBLISHED, True, True), ("on Thursday", PUBLISHED, True, False), ("in 1998", None, False, True),
    ("on Monday", None, True, False), ("earlier this year", PUBLISHED, True, False),
    ("next month", PUBLISHED, True, False), ("last week", None, True, False), ("in March", None, False, False),
    ("in March", None, True, True), ("March last year", None, False, True),
    ("last week", "2024-04-18", True, True), ("over the weekend", "2024-04-18", True, False),
    ("last week", "2024-04-15", True, False),  # a Monday's story: last week ended the day before
    ("earlier this week", "2024-04-19", True, False),
])
def test_before_the_news(text, published, finite, before):
    assert _before_the_news(find_dates(text, published)[0], published, finite) is before
    assert BACKGROUND_DAYS <= 7  # "last week" counts in a dated story; the story's own days do not
