"""Event location, loc36 (thirty-second session), on invented stories only, with paraphrase variants:

- a story's foreign speaker who talks to the wire's own reporter face to face ("told Reuters", "said in an interview
  with Reuters", "Talking to reporters, X said", "told reporters at the Chilean Embassy") speaks where the story was
  filed, not at home; not over the telephone, in print, through a spokesman of no country, or where his sentence puts
  him ("In Nairobi, X told Reuters"); and only of the news he tells, not of a past act he recounts;
- a visitor his sentence has with a host of the dateline's country ("signed by the visiting Kenyan minister and the
  Japanese bank's president" under TOKYO), a team "on a trade mission here", and one the story has "in Brussels on a
  tour" who meets someone there, act at the dateline; a visitor another country's host receives does not.
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


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None) -> EventLocation:
    return location_of(pipe, text, word, kind, published="1987-04-20")


_CHILE = ("WASHINGTON, March 2 - Chilean Finance Minister Hernan Lopez rejected calls for a new devaluation of the "
          "peso. \"It is a matter of principle,\" Lopez told reporters at the Chilean Embassy")


def test_a_briefing_at_the_speakers_own_embassy_is_where_the_story_was_filed(pipe: Pipeline) -> None:
    loc = _loc(pipe, _CHILE + ".", "rejected calls", "REJECT")
    assert (loc.country_code, loc.location_source) == ("USA", "dateline")


def test_an_embassy_in_another_town_is_no_briefing_at_the_dateline(pipe: Pipeline) -> None:
    assert _loc(pipe, _CHILE + " in Bonn.", "rejected calls", "REJECT").country_code == "CHL"


_KENYA = "LONDON, May 4 - Kenyan Agriculture Minister Paul Kamau said Kenya would reject any cut in its coffee quota. "


@pytest.mark.parametrize("words", [
    "Kamau told Reuters in an interview that exporters had suffered enough.",
    "He said in an interview with Reuters that exporters had suffered enough.",
    "Talking to reporters, Kamau said exporters had suffered enough.",
])
def test_words_to_the_wires_reporter_are_spoken_where_the_story_was_filed(pipe: Pipeline, words: str) -> None:
    loc = _loc(pipe, _KENYA + words, "would reject", "REJECT")
    assert (loc.country_code, loc.location_source) == ("GBR", "dateline")


@pytest.mark.parametrize("words", [
    "Kamau told Reuters in a telephone interview that exporters had suffered enough.",
    "A spokesman told Reuters that exporters had suffered enough.",
    "Kamau said in an interview published by a local newspaper that exporters had suffered enough.",
    "In Nairobi, Kamau told Reuters that exporters had suffered enough.",
])
def test_words_heard_at_a_distance_or_from_nobody_named_stay_at_home(pipe: Pipeline, words: str) -> None:
    assert _loc(pipe, _KENYA + words, "would reject", "REJECT").country_code == "KEN"


def test_a_past_act_the_speaker_recounts_to_the_wire_stays_where_it_was_done(pipe: Pipeline) -> None:
    text = _KENYA + ("Kamau told Reuters in an interview that exporters had suffered enough. Last year's Kenyan offer "
                     "of coffee to Britain was rejected on price, Kamau said.")
    assert _loc(pipe, text, "was rejected on price", "REJECT").country_code != "GBR"


def test_a_visitor_named_with_a_host_of_the_datelines_country_acts_there(pipe: Pipeline) -> None:
    text = ("TOKYO, May 4 - Kenya signed an agreement to borrow 20 billion yen from Japan's Export-Import Bank, "
            "officials said. The agreement was signed by the visiting Kenyan Finance Minister Paul Kamau and "
            "Japanese bank president Ichiro Sato.")
    assert _loc(pipe, text, "signed an agreement to borrow").country_code == "JPN"


def test_a_visitor_received_by_another_countrys_host_is_not_at_the_dateline(pipe: Pipeline) -> None:
    text = ("NICOSIA, May 4 - Kenya signed an agreement to borrow 20 billion yen from Iran, Tehran radio said. "
            "Iranian President Ali Khamenei told the visiting Kenyan Finance Minister Paul Kamau that Iran would help.")
    assert _loc(pipe, text, "signed an agreement to borrow").country_code != "CYP"


def test_a_team_on_a_trade_mission_here_agrees_at_the_dateline(pipe: Pipeline) -> None:
    text = ("WASHINGTON, May 4 - Thai Commerce Minister Somchai Prasert said Thailand would keep its rice exports "
            "high. He spoke at the end of a week-long trade mission here during which a team he led agreed to buy "
            "U.S. wheat worth 300 mln dlrs.")
    loc = _loc(pipe, text, "agreed to buy", "AGREE")
    assert (loc.country_code, loc.location_source) == ("USA", "dateline")


def test_a_minister_the_story_has_at_the_dateline_meets_people_there(pipe: Pipeline) -> None:
    text = ("BRUSSELS, May 4 - The Thai commerce minister, in Brussels on a tour of Europe, said Thailand wants more "
            "access for its rice. The Thai minister earlier met European Community farm commissioner Frans "
            "Andriessen.")
    loc = _loc(pipe, text, "earlier met", "CONSULT")
    assert (loc.country_code, loc.location_source) == ("BEL", "dateline")



@pytest.mark.parametrize("text", [
    "Troops repelled an overnight attack east of the southern city of Kismayo.",
    "Somalia said its troops repelled an overnight rebel attack east of the southern port city of Kismayo.",
])
def test_a_bearing_from_a_town_is_locative_whatever_the_parse_hangs_of_on(text: str) -> None:
    """"east of the ... city of X" names where the act was, even where the parser hangs "of" on the attack rather
    than on the compass word (loc36's left-over, ``_syntax.is_locative``)."""
    from eventwire.events import _syntax
    from eventwire.nlp import load_nlp

    doc = load_nlp()(text)
    assert _syntax.is_locative(next(t for t in doc if t.text == "Kismayo"))
