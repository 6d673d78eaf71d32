"""Event location, loc35 (thirty-first session), on invented stories only, with paraphrase variants:

- a place where something still to come or only possible would happen ("Australia would ban Japanese boats from
  Darwin if ...", "could meet in Brussels on June 29") is not carried to the next sentence: nobody is there yet, and
  the next sentence's speaker stays where the story has him (here, briefing reporters at the dateline); a place of
  something done is carried as before;
- an act told from the side of the one it was done to, with no doer named ("having been charged with fraud", "is
  being investigated"), whose actor the coder only guessed from the story, is placed in the country of the one named
  as undergoing it, not in the guessed actor's; a pronoun ("He is in prison") and a doer named after "by" keep the
  actor's place;
- a state that is gone (Yugoslavia, YUG, in a 1987 story) is at home on its successors' lands, which are all the
  gazetteer knows: "BELGRADE - Yugoslavia asked ..." is placed at the dateline, not in the addressee's country or
  nowhere.
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


_BRIEFING = "TOKYO, May 4 - Australia's trade minister John Smith told reporters he was disappointed with Japan's beef quotas. "
_AFTER = " Japan must open its market by June, he said."


def test_a_place_of_an_act_done_is_still_carried_to_the_next_sentence(pipe: Pipeline) -> None:
    text = _BRIEFING + "Smith said Australia had barred Japanese fishing boats from Darwin last year." + _AFTER
    loc = _loc(pipe, text, "must open", "REQUEST")
    assert (loc.country_code, loc.extracted_place, loc.location_source) == ("AUS", "Darwin", "previous sentence")


def test_the_threatened_act_itself_keeps_its_place(pipe: Pipeline) -> None:
    text = _BRIEFING + "Smith said Australia would ban Japanese fishing boats from Darwin if the quotas were not raised."
    assert _loc(pipe, text, "would ban", "THREATEN").country_code == "AUS"


_COURT = ("Russian oil firm Norvik lied to a US court in Houston, a US judge said on Tuesday. The US court will rule "
          "next week on the sale of its main unit. ")


@pytest.mark.parametrize("sentence", [
    "Norvik's founder, the Russian tycoon Ivan Petrovsky, is in prison, having been charged with fraud.",
    "The Russian tycoon Ivan Petrovsky, its founder, has been charged with fraud and tax evasion.",
    "The Russian tycoon Ivan Petrovsky, its founder, is being investigated for tax evasion.",
])
def test_an_act_done_to_a_named_party_by_a_guessed_doer_is_placed_in_that_partys_country(pipe: Pipeline,
                                                                                       sentence: str) -> None:
    loc = _loc(pipe, _COURT + sentence, "Petrovsky", "ACCUSE")
    assert (loc.country_code, loc.location_source) == ("RUS", "recipient")


def test_an_act_done_to_a_pronoun_keeps_the_actors_place(pipe: Pipeline) -> None:
    # (a pronoun may take up a man who has long lived abroad: his nationality is no place)
    loc = _loc(pipe, _COURT + "He is in prison, having been charged with fraud.", "in prison", "ACCUSE")
    assert loc.country_code == "USA"


def test_an_act_whose_doer_is_named_after_by_keeps_the_doers_place(pipe: Pipeline) -> None:
    text = ("Norvik, a Russian oil firm, has asked a court in Houston to halt the sale of its main unit. Norvik is also "
            "facing a probe by the US Securities and Exchange Commission.")
    assert _loc(pipe, text, "probe", "ACCUSE").country_code == "USA"


# (since loc47 the place is coded to the state that held it when the story was published: 1987 Belgrade and Zagreb
# are Yugoslavia's, YUG, where the gazetteer gives today's SRB and HRV)
@pytest.mark.parametrize("text, word, kind, where", [
    ("BELGRADE, April 8 - Yugoslavia has asked the United States for new loans to ease its debt burden, officials "
     "said.", "asked", "REQUEST", ("YUG", "BELGRADE")),
    ("BELGRADE, April 8 - Yugoslav workers staged strikes in several towns to protest against a wage freeze.",
     "strikes", "PROTEST", ("YUG", "BELGRADE")),
    ("ZAGREB, April 8 - Yugoslavia has asked Western banks to reschedule its debt, officials said.", "asked", "REQUEST",
     ("YUG", "ZAGREB")),
])
def test_a_state_that_is_gone_acts_at_a_dateline_on_its_lands(pipe: Pipeline, text: str, word: str, kind: str,
                                                             where: tuple[str, str]) -> None:
    loc = _loc(pipe, text, word, kind)
    assert (loc.country_code, loc.extracted_place, loc.location_source) == (*where, "dateline")


def test_a_state_that_is_gone_does_not_take_a_dateline_off_its_lands(pipe: Pipeline) -> None:
    text = "VIENNA, April 8 - Yugoslavia has asked the United States for new loans to ease its debt burden."
    assert _loc(pipe, text, "asked", "REQUEST").country_code != "AUT"
