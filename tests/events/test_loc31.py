"""Event location, loc31 (twenty-ninth session), on invented stories only, with paraphrase variants:

- an international body's own words and decisions are made at its seat (the UN's regional commissions among the
  seats), else nowhere, never in the state they address; its people abroad ("an IMF team") keep the rules as before;
- a gathering the sentence attends, named with its name words ("the G20 meeting"), is where another sentence of the
  story places the same gathering ("the G20 meeting taking place in Ottawa"), not in the attender's country;
- a wire digest's items are each filed from their own dateline ("FREETOWN, Sierra Leone - ..."), not from the
  first item's;
- a speaker his own clause places abroad ("In London, India's finance minister lashed out at ...") still speaks there
  in the next sentence when it tells him by a pronoun ("He objected to ..."); his state named again acts from home.
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


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "2005-03-10") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


_REPORT = ("Growth in the world economy will slow next year, the United Nations Economic Commission for Europe "
           "(UNECE) said in a report. Exports from Asia will keep rising but consumer demand is weak. ")


@pytest.mark.parametrize("sentence, word, where", [
    ("The UNECE warned that attempts to cut the US current account deficit could cause difficulties.", "warned",
     "CHE"),
    ("The Economic and Social Commission for Asia and the Pacific urged Japan to open its markets to more imports.",
     "urged", "THA"),
])
def test_an_international_body_speaks_at_its_seat_not_in_the_state_addressed(pipe: Pipeline, sentence: str,
                                                                            word: str, where: str) -> None:
    loc = _loc(pipe, _REPORT + sentence, word)
    assert (loc.country_code, loc.location_source) == (where, "seat")


@pytest.mark.parametrize("sentence", [
    "The African Development Bank urged Kenya to cut spending on the civil service.",
    "The UN Economic Commission for Europe warned that cutting the US trade deficit could hurt growth.",
])
def test_an_international_body_with_no_seat_told_is_placed_nowhere(pipe: Pipeline, sentence: str) -> None:
    text = "Growth in Africa and Europe will slow, a new report said. " + sentence
    loc = _loc(pipe, text, sentence.split()[-6])
    assert loc.country_code is None


@pytest.mark.parametrize("sentence, word, where", [
    # a state's words stay at home, whoever they are addressed to
    ("Britain urged Japan to open its markets to more imports.", "urged", "GBR"),
    # a body's people may be where the state they deal with is: the rules as before
    ("An IMF team urged Kenya to cut spending on the civil service.", "urged", "KEN"),
])
def test_a_state_or_a_body_s_people_keep_the_party_rules(pipe: Pipeline, sentence: str, word: str,
                                                        where: str) -> None:
    assert _loc(pipe, "Growth will slow, a new report said. " + sentence, word).country_code == where


_SUMMIT = ("Mr Rao is attending the G20 meeting as part of India's delegation. He said the meeting should discuss "
           "farm subsidies and the debts of the poorest nations. ")


@pytest.mark.parametrize("placed", [
    "India, China and Brazil have been invited to the G20 meeting taking place in Ottawa on Friday.",
    "The G20 meeting being held in Ottawa ends on Saturday.",
    "The G20 meeting will be held in Ottawa on Friday and Saturday.",
])
def test_a_gathering_attended_is_where_the_story_places_it(pipe: Pipeline, placed: str) -> None:
    loc = _loc(pipe, _SUMMIT + placed, "attending")
    assert (loc.country_code, loc.location_source) == ("CAN", "story gathering")


@pytest.mark.parametrize("placed", [
    # another gathering of the series, long over or still to come, is no place of this one
    "Last year's G20 meeting took place in Ottawa.",
    "Next year's G20 meeting will be held in Ottawa.",
    # a gathering with no name words is not known to be the same one
    "A meeting of central bankers is being held in Ottawa on Friday.",
])
def test_a_gathering_attended_is_not_placed_by_another(pipe: Pipeline, placed: str) -> None:
    loc = _loc(pipe, _SUMMIT + placed, "attending")
    assert loc.country_code != "CAN"


_DIGEST = ("BAHRAIN - Iraq said its warplanes hit an Iranian tanker near Kharg island.\n"
           "    CAIRO - Egypt's opposition charged that the election had been rigged.\n"
           "    {item}\n"
           "    NEW DELHI - Thousands of farmers staged a rally to demand higher crop prices.\n REUTER")


@pytest.mark.parametrize("item, word, where", [
    ("FREETOWN, Sierra Leone - A former vice-president has been detained on suspicion of plotting a coup, police "
     "said.", "detained", "SLE"),
    ("BRUNSWICK, West Germany - A former currency dealer at Volkswagen has been arrested over the scandal, the state "
     "prosecutor said.", "arrested", "DEU"),
    ("ROME - The Israeli foreign minister discussed the Middle East with Soviet officials at a meeting here.",
     "discussed", "ITA"),
])
def test_a_digest_item_is_filed_from_its_own_dateline(pipe: Pipeline, item: str, word: str, where: str) -> None:
    loc = _loc(pipe, _DIGEST.format(item=item), word, published="1987-04-07")
    assert (loc.country_code, loc.location_source) == (where, "dateline")


def test_a_story_of_one_dateline_keeps_it(pipe: Pipeline) -> None:
    text = ("BAHRAIN - Police said a former minister has been detained on suspicion of plotting a coup.\n"
            "    Officials said he would be charged next week.\n REUTER")
    loc = _loc(pipe, text, "detained", published="1987-04-07")
    assert loc.country_code == "BHR"


_ABROAD = ("Farm subsidies in rich nations came under attack this week. In Geneva on Monday, Brazil's trade minister "
           "lashed out at the farm policies of the European Union. ")


@pytest.mark.parametrize("after, word", [
    ("He called for an end to export subsidies within five years.", "called for"),
    ("She urged the rich nations to open their markets to farm goods.", "urged"),
])
def test_a_speaker_placed_abroad_still_speaks_there_in_the_next_sentence(pipe: Pipeline, after: str,
                                                                         word: str) -> None:
    loc = _loc(pipe, _ABROAD + after, word)
    assert (loc.country_code, loc.location_source) == ("CHE", "previous sentence")


def test_a_state_named_again_acts_from_home(pipe: Pipeline) -> None:
    loc = _loc(pipe, _ABROAD + "Brazil has rejected the plan to cut sugar quotas.", "rejected")
    assert loc.country_code == "BRA"
