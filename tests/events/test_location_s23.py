"""Event location, twenty-third session (loc23): invented stories only, each class with paraphrase variants.

Classes, from an audit of 300 unseen snapshot stories (/tmp/ana/loc23/audit.md):
- what a word or decision is aimed at or about, named after "to / on / over / against / towards", is no place it
  was said or taken in ("voted to cut aid to Honduras", "suspended its cover on Kenya", "attacked the government
  over Iraq"); a journey's end ("flew to Washington to press ...") and a matter put to talks ("talks on the
  pricing issue in Strasbourg") keep their place;
- a story about a gathering at its dateline says so with a verb ("farm ministers meet for a third day of
  discussions here") as well as with a noun; its members' words are said there;
- a gathering named by its town in the lead ("the London meeting of the G7 would be remembered as ...") is the
  story's gathering whatever is said of it;
- a gathering dated after the story was filed ("at the summit in Venice on June 8-10" in a story of June 2) is
  one the story previews: words said about it are said at home;
- "The talks began in Washington": a gathering that is the subject is placed by its verb;
- a visit that is itself the event, told in a clause on the subject ("Howard, who will also be visiting South
  Korea, said ..."), is placed where it goes, past or still ahead;
- the doers of a noun's own act carry its place ("the accord reached by OPEC ministers in Vienna");
- a speaker the story has briefing the press at the dateline is the party named last before the briefing, not
  every party of that sentence.
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


# -- what a word or decision aims at is no place ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "WASHINGTON, April 20 - The Senate voted to cut military aid to Honduras over abuses by its army.",
    "WASHINGTON, April 20 - The Senate voted on Monday to halve its aid to Honduras.",
    "WASHINGTON, April 20 - Military aid to Honduras was cut by the Senate on Monday.",
])
def test_aid_cut_to_a_country_is_cut_at_home(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text, "Honduras")
    assert loc.country_code == "USA"


@pytest.mark.parametrize("text", [
    "LONDON, April 20 - The British export credit agency suspended its insurance cover on Kenya last year.",
    "LONDON, April 20 - Britain's export credit agency has suspended cover on Kenya after missed payments.",
])
def test_cover_suspended_on_a_country_is_suspended_at_home(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text, "suspended")
    assert loc.country_code == "GBR"


@pytest.mark.parametrize("text, word", [
    ("LONDON, April 20 - A Labour donor attacked the British government over Iraq and its handling of the floods.",
     "attacked"),
    ("LONDON, April 20 - A Labour donor criticised the British prime minister over the war in Iraq.", "criticised"),
    ("LONDON, April 20 - The British government was attacked by a Labour donor over Iraq.", "attacked"),
])
def test_a_topic_after_over_is_no_place(pipe: Pipeline, text: str, word: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == "GBR"


def test_a_threat_against_a_country_is_made_at_home(pipe: Pipeline) -> None:
    text = "NEW DELHI, April 20 - India threatened retaliation against Pakistan over the shelling of its border posts."
    loc = _loc(pipe, text, "threatened", "THREATEN")
    assert loc.country_code == "IND"


def test_a_journey_s_end_still_places_what_is_done_there(pipe: Pipeline) -> None:
    text = "BONN, April 20 - The West German finance minister flew to Washington to press the Americans for lower rates."
    loc = _loc(pipe, text, "Washington")
    assert loc.country_code == "USA"


def test_a_matter_put_to_talks_keeps_the_town_the_talks_are_in(pipe: Pipeline) -> None:
    text = "GENVAL, Belgium, April 20 - The ministers will resume talks on the price fixing issue in Luxembourg on June 15."
    loc = _loc(pipe, text, "resume")
    assert loc.country_code == "LUX"


# -- the gathering a story covers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "European Community farm ministers meet for a third day of discussions here this morning.",
    "European Community farm ministers met here for a second day of talks on Tuesday.",
    "European Community farm ministers gathered here on Tuesday for their monthly talks.",
])
def test_members_of_a_gathering_at_the_dateline_speak_there(pipe: Pipeline, lead: str) -> None:
    text = (f"LUXEMBOURG, April 20 - {lead} The West German minister indicated yesterday he would veto the "
            "Commission's plan to cut cereal prices.")
    loc = _loc(pipe, text, "veto", "REJECT")
    assert loc.country_code == "LUX"


def test_a_gathering_here_still_to_come_is_no_venue(pipe: Pipeline) -> None:
    # (the dateline may still place the words by the older rule for a story whose people meet "here next week")
    text = ("LUXEMBOURG, April 20 - European Community farm ministers will meet here next week. "
            "The West German minister indicated yesterday he would veto the Commission's plan to cut cereal prices.")
    loc = _loc(pipe, text, "veto", "REJECT")
    assert loc.location_source != "story gathering"


def test_a_gathering_named_by_its_town_in_the_lead_is_the_story_s(pipe: Pipeline) -> None:
    text = ("G7 finance ministers have backed plans to write off the debts of the poorest countries. "
            "The British chancellor said the London meeting of the seven richest nations would be remembered as the "
            "debt relief summit. At a dinner on Friday, Nelson Mandela urged the finance chiefs to write off African "
            "debt.")
    loc = _loc(pipe, text, "Mandela", "REQUEST")
    assert loc.country_code == "GBR"


@pytest.mark.parametrize("date", ["on June 8-10", "from June 8 to 10"])
def test_a_gathering_dated_after_the_story_is_previewed_not_covered(pipe: Pipeline, date: str) -> None:
    text = (f"LONDON, June 2 - The currency accord needs no strengthening at the economic summit in Venice {date}, "
            "the British chancellor Nigel Lawson said. Lawson said the United States should cut its budget deficit "
            "over the next three years.")
    loc = _loc(pipe, text, "budget deficit", published="1987-06-02")
    assert loc.country_code == "GBR"


def test_a_gathering_that_is_the_subject_is_placed_by_its_verb(pipe: Pipeline) -> None:
    text = ("BELGRADE, April 20 - Yugoslavia has begun talks with its commercial bank creditors on rescheduling its "
            "debt, the news agency said. The talks began in Washington yesterday.")
    loc = _loc(pipe, text, "begun", "CONSULT")
    assert loc.country_code == "USA"


# -- a visit told in a clause on the subject -------------------------------------------------------------------------

@pytest.mark.parametrize("clause", ["who will also be visiting South Korea", "who visited South Korea last week",
                                    "who is due to visit South Korea"])
def test_a_visit_in_a_clause_on_the_subject_is_placed_where_it_goes(pipe: Pipeline, clause: str) -> None:
    text = f"LONDON, April 20 - The British trade minister, {clause}, said the trade row with Japan was serious."
    loc = _loc(pipe, text, "South Korea", "AGREE" if "will" in clause or "due" in clause else None)
    assert loc.country_code == "KOR"


# -- the doers of a noun's act carry its place -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BAGHDAD, June 29 - The accord reached by OPEC ministers in Vienna on Saturday raised Iraq's quota.",
    "BAGHDAD, June 29 - The accord reached by OPEC ministers in Vienna Saturday set a ceiling on output.",
    "BAGHDAD, June 29 - The accord reached in Vienna on Saturday by OPEC ministers raised Iraq's quota.",
])
def test_an_accord_reached_by_ministers_somewhere_was_reached_there(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text, "accord", "AGREE", published="1987-06-29")
    assert loc.country_code == "AUT"


# -- who briefs the press at the dateline ----------------------------------------------------------------------------

def test_a_party_named_before_a_japanese_speaker_is_not_briefing_here(pipe: Pipeline) -> None:
    text = ("TOKYO, April 20 - Japan's plan to stimulate its economy should be appreciated by the U.S., ruling party "
            "leader Shintaro Abe told reporters. Washington is likely to announce sanctions today after it accused "
            "Tokyo of failing to meet the terms of a chip pact.")
    loc = _loc(pipe, text, "accused", "ACCUSE")
    assert loc.country_code == "USA"


def test_a_foreign_speaker_briefing_the_press_here_still_speaks_here(pipe: Pipeline) -> None:
    text = ("OSAKA, April 20 - U.S. Federal Reserve official Gerald Corrigan told a news conference that the dollar "
            "had fallen enough. Corrigan criticised Japan for its slow growth.")
    loc = _loc(pipe, text, "criticised", "ACCUSE")
    assert loc.country_code == "JPN"
