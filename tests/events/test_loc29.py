"""Event location, loc29 (twenty-sixth session): a class left by loc28's audit (eval/location-audit-s26), on invented
stories only, with paraphrase variants.

- one foreign state's words that their own clause dates weeks or months before the story's news ("said last week",
  "had promised in February", "offered two months ago") were said at home, not at the gathering the story covers
  (nor in the country they are about); a sentence that has its people at a gathering, an undated one, or one dated
  only by a day ("yesterday", "earlier today": the gathering may have begun days before) stays with the gathering.
"""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are short fixtures of the location rules, not of which events a story keeps.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "1987-04-20") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


_LIMA = ("LIMA, April 20 - Peru's finance minister met the country's creditor banks today at a meeting in Lima to "
         "discuss a new payment schedule. The banks' steering committee heard the minister's proposal. ")


@pytest.mark.parametrize("sentence, word, where", [
    ("The United States said last week it would support a bridge loan to Peru.", "support", "USA"),
])
def test_a_statement_dated_weeks_before_is_not_at_the_story_gathering(pipe: Pipeline, sentence: str, word: str,
                                                                      where: str) -> None:
    loc = _loc(pipe, _LIMA + sentence, word)
    assert (loc.country_code, loc.location_source) == (where, "actor")


@pytest.mark.parametrize("sentence, word", [
    ("Japan promised two months ago to back a new credit for Peru.", "promised"),
    ("West Germany offered in March to guarantee part of the credit.", "offered"),
    ("Last month Britain urged Peru to reach an agreement with the International Monetary Fund.", "urged"),
])
def test_a_statement_dated_a_month_or_more_before_is_background(pipe: Pipeline, sentence: str, word: str) -> None:
    # Session 28 (bkg30): a month or more before the story, such a statement is recalled background, not news, so
    # the question of placing it at the story's gathering no longer arises.
    events = pipe.process_text(_LIMA + sentence, published="1987-04-20").events
    assert not [e for e in events if word in e.sentence]


@pytest.mark.parametrize("sentence, word", [
    ("The United States said it would support a bridge loan to Peru.", "support"),
    ("Last week the U.S. delegate urged the meeting to back a new credit for Peru.", "urged"),
])
def test_an_undated_statement_or_one_at_the_gathering_stays_there(pipe: Pipeline, sentence: str, word: str) -> None:
    loc = _loc(pipe, _LIMA + sentence, word)
    assert loc.country_code == "PER"


def test_a_statement_dated_by_a_day_stays_at_a_gathering_of_several_days(pipe: Pipeline) -> None:
    text = ("BRUSSELS, April 20 - EC fisheries ministers met for a second day of talks here on Monday. The Danish "
            "minister said yesterday he would block the Commission's plan to cut catch quotas.")
    loc = _loc(pipe, text, "block")
    assert loc.country_code == "BEL"
