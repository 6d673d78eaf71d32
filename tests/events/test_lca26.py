"""Event location, lca26 (twenty-fourth session): classes from a pre-registered audit of 120 unseen events, on
invented stories only, each with paraphrase variants.

- words put to a court or tribunal are put where it sits, also when the verb takes it with "to" or "before"
  ("appealed to the immigration tribunal"), and a tribunal is a court for this;
- words addressed to an international body seated in the dateline's town ("UNITED NATIONS - X complained to the
  United Nations", "GENEVA - X protested to GATT") are said at the dateline, not in the speaker's capital; a body
  that only qualifies the object ("rejected an IMF program") addresses nothing.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.config import Config
from eventwire.events._location import locate
from eventwire.model import Actor, EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are short fixtures of the location rules, not of which events a story keeps.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "1987-04-20") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


# -- a court or tribunal put to with "to" / "before" ----------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("A Kenyan exile living in Manchester has appealed to British immigration tribunals to let him stay, his lawyer "
     "said.", "appealed"),
    ("The Iraqi dissident asked British immigration tribunals to halt his deportation.", "asked"),
    ("The Cuban defector appealed to a British tribunal to overturn the ruling, his lawyers said.", "appealed"),
    ("The Libyan businessman has appealed to the British High Court to lift the freeze on his London assets.",
     "appealed"),
])
def test_words_put_to_a_foreign_court_or_tribunal_are_where_it_sits(pipe: Pipeline, text: str, word: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == "GBR"


# -- words addressed to a body seated at the dateline ---------------------------------------------------------------

@pytest.mark.parametrize("text, word, where", [
    ("UNITED NATIONS, May 4 - Honduras complained to the United Nations today that Nicaraguan troops had shelled "
     "border villages.", "complained", "USA"),
    ("UNITED NATIONS, May 4 - Chad protested to the U.N. Security Council that Libyan aircraft had bombed its "
     "northern towns.", "protested", "USA"),
    ("GENEVA, May 4 - Brazil complained to the GATT that United States tariffs on its shoes were illegal.",
     "complained", "CHE"),
])
def test_words_addressed_to_the_body_at_its_seat_are_at_the_dateline(pipe: Pipeline, text: str, word: str,
                                                                     where: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == where
    assert loc.location_source == "dateline"


@pytest.mark.parametrize("text, word, home", [
    # the body only qualifies what is refused: a decision taken at home
    ("WASHINGTON, May 4 - Peru has rejected an IMF program, curbing debt payments to ten pct of exports.",
     "rejected", "PER"),
    ("WASHINGTON, May 4 - Brazil has flatly ruled out adopting a program of IMF-sponsored economic reforms.",
     "ruled", "BRA"),
    # the body addressed sits elsewhere than the dateline
    ("LONDON, May 4 - Honduras complained to the United Nations today that Nicaraguan troops had shelled border "
     "villages.", "complained", "HND"),
])
def test_a_body_only_named_or_seated_elsewhere_does_not_move_the_words(pipe: Pipeline, text: str, word: str,
                                                                       home: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == home


# -- words of a speaker with no country, under a dateline ------------------------------------------------------------

def _ctx(dateline: str, doc_country: str, story: str = "A British member told reporters the vote was close."):
    from eventwire.geo import resolve_place

    place = resolve_place(dateline)
    text = f"{dateline.upper()}, June 18 - The story. {story}"
    # the briefing's speaker, coded as the entity stage would ("British" -> GBR); no "here" anywhere
    speaker = [SimpleNamespace(code="GBR", start=text.find("British"))] if "British" in text else []
    return SimpleNamespace(last_place=None, dateline_place=place, dateline_tokens=frozenset(), place_at={},
                           sent_tokens=[], doc_country=doc_country,
                           document=SimpleNamespace(text=text, dateline=dateline.upper(), entities=speaker,
                                                    places=[]))


@pytest.mark.parametrize("dateline, story, actors, recipients, kind, where", [
    # "STRASBOURG - The Parliament voted a resolution condemning the Community's haggling", in a story whose other
    # mentions are a British member's: heard at the dateline
    ("Strasbourg", "GBR", [Actor(entity_text="The Parliament")], [Actor(entity_text="Community", code="EUR")],
     "ACCUSE", "FRA"),
    # "KUWAIT - The leaders of a U.S. Senate team said they favored ... American defense strategy": a recipient of
    # the story's country does not take the words home
    ("Kuwait", "USA", [], [Actor(entity_text="American defense strategy", code="USA")], "ACCUSE", "KWT"),
    ("Kuwait", "USA", [Actor(entity_text="Warner")], [Actor(entity_text="the Soviet Union", code="RUS")],
     "ACCUSE", "KWT"),
])
def test_words_of_a_speaker_with_no_country_are_at_the_dateline(dateline, story, actors, recipients, kind,
                                                                where) -> None:
    loc = locate(_ctx(dateline, story), None, None, recipients, actors, 0, kind)
    assert loc.country_code == where and loc.location_source == "dateline"


def test_deeds_of_an_uncoded_actor_and_a_bureaus_story_stay_in_the_storys_country() -> None:
    # "CAIRO - Gunmen attacked a village" in a story about Sudan: an attack is no word heard by the reporter
    loc = locate(_ctx("Cairo", "SDN"), None, None, [], [Actor(entity_text="Gunmen")], 0, "ASSAULT")
    assert loc.country_code == "SDN"
    # a regional bureau's story of another country, with nobody briefing or speaking at the dateline
    loc = locate(_ctx("Cairo", "SDN", story="The Sudanese news agency said the terms were harsh."), None, None,
                 [Actor(entity_text="the IMF", code="IGO")], [], 0, "REJECT")
    assert loc.country_code == "SDN"


# -- who speaks at a briefing ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, where", [
    # "in Kuwait" is where the briefing's speakers are, not one of them; "officials in the area" is no other place
    ("KUWAIT, June 2 - American senators touring the Gulf urged Washington to send more warships to the region. "
     "Senators Smith and Jones, in Kuwait as part of a Gulf tour, said at a news conference that officials in the "
     "area backed the plan.", "urged", "KWT"),
    ("CAIRO, June 2 - Visiting U.S. congressmen criticised Israel's settlement policy. The congressmen, in Cairo as "
     "part of a Middle East tour, told a news conference that leaders in the region wanted peace talks.",
     "criticised", "EGY"),
    # a speaker of the dateline's own country briefs only for his own: the Americans' words stay at home
    ("TOKYO, March 17 - The U.S. Commerce Department criticised the sale of the chip maker to Fujitsu. Japan's trade "
     "minister Hajime Ito told a press conference that the U.S. move was improper.", "criticised", "USA"),
])
def test_the_speakers_of_a_briefing_at_the_dateline(pipe: Pipeline, text: str, word: str, where: str) -> None:
    assert _loc(pipe, text, word).country_code == where
