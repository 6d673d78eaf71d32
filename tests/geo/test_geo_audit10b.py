"""Event-location audit of the tenth session, second round (l10b): invented stories only.

A story with a dateline whose opening sentences name one gathering its people are at, speak to or that is going
on or just over ("made the call at a special session of the council", "told the conference", "A meeting of ...
ended today") has what its members say, agree and discuss there, at the gathering's venue (its own place, else
the dateline), when their sentence names no other place: not at each speaker's home. Guards: a place named in
the sentence ("In Canberra, the minister said"), a gathering still to come ("at next week's meeting"), a news
conference, words sent in a letter, deeds that are not words (an attack), and gatherings in several countries.
"""
from __future__ import annotations

import pytest
from geo_helpers import by_trigger

from eventwire.config import Config
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def coder_only() -> Pipeline:
    # For a test of where the coder places an act: the verifier may keep the act back whatever its place.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, trigger: str) -> str | None:
    return by_trigger(pipe.process_text(text, published="1987-05-04").events, trigger).event_loc.country_code


GATHERING = ("VIENNA, May 4 - Norway accused Canada of dumping subsidised wheat on world markets. "
             "The Norwegian delegate made the charge at a special session of the grain council, which "
             "ended today. ")


def test_speaker_at_a_gathering_abroad_is_at_its_venue(pipe: Pipeline) -> None:
    assert _loc(pipe, GATHERING, "accused") == "AUT"


def test_later_words_of_a_participant_are_at_the_venue(pipe: Pipeline) -> None:
    text = GATHERING + "Later, Norway urged Canada to cut its export credits."
    assert _loc(pipe, text, "urged") == "AUT"


def test_speaking_to_the_gathering_places_the_story_there(pipe: Pipeline) -> None:
    text = ("WASHINGTON, May 4 - Chile's finance minister accused creditor banks of blocking an accord. "
            "Speaking to the fund's annual committee meeting, the minister said Chile would not pay more.")
    assert _loc(pipe, text, "accused") == "USA"


def test_a_gathering_with_its_own_venue_places_them_there(pipe: Pipeline) -> None:
    text = ("LONDON, May 4 - Kenya rejected a proposal by Brazil to cut coffee export quotas. Kenya's delegate "
            "told the conference in Geneva that producers would not accept it.")
    assert _loc(pipe, text, "rejected") == "CHE"


def test_a_place_named_in_the_sentence_still_wins(pipe: Pipeline) -> None:
    text = GATHERING + "In Oslo, the Norwegian prime minister urged Canada to cut its export credits."
    assert _loc(pipe, text, "urged") == "NOR"


def test_a_gathering_still_to_come_places_nobody(pipe: Pipeline) -> None:
    text = ("VIENNA, May 4 - Norway accused Canada of dumping subsidised wheat on world markets. "
            "The Norwegian delegate will repeat the charge at next week's meeting of the grain council.")
    assert _loc(pipe, text, "accused") == "NOR"


def test_a_news_conference_is_no_gathering_of_members(pipe: Pipeline) -> None:
    # (no gathering of members, but a briefing the wire heard where it filed from: since loc20 (twentieth
    # session) a speaker telling a news conference with no place named speaks at the dateline, not at home)
    text = ("VIENNA, May 4 - Norway accused Canada of dumping subsidised wheat on world markets. "
            "The Norwegian minister made the charge at a news conference.")
    assert _loc(pipe, text, "accused") == "AUT"
    text = ("VIENNA, May 4 - Norway accused Canada of dumping subsidised wheat on world markets. "
            "The Norwegian minister made the charge at a news conference in Oslo.")
    assert _loc(pipe, text, "accused") == "NOR"


def test_words_sent_in_a_letter_are_where_the_sender_is(pipe: Pipeline) -> None:
    text = GATHERING + ("Oslo's objections were set out in a letter from the Norwegian prime minister to the "
                        "council's chairman. Norway urged Canada to cut its export credits.")
    assert _loc(pipe, text, "urged") == "NOR"


def test_deeds_are_not_moved_to_the_gathering(pipe: Pipeline) -> None:
    text = GATHERING + "Norwegian troops attacked a Canadian fishing boat off Newfoundland last week."
    assert _loc(pipe, text, "attacked") != "AUT"


def test_gatherings_in_several_countries_place_nobody(pipe: Pipeline) -> None:
    text = ("VIENNA, May 4 - Norway accused Canada of dumping subsidised wheat on world markets. "
            "The Norwegian delegate made the charge at a special session of the grain council, which ended today. "
            "Canada's minister told a meeting in Ottawa that the charge was false.")
    assert _loc(pipe, text, "accused") == "NOR"


def test_an_act_about_another_gathering_is_not_moved_to_the_venue(coder_only: Pipeline) -> None:
    text = GATHERING + "Finland refused to attend last month's meeting of the council in protest."
    assert _loc(coder_only, text, "refused") != "AUT"
