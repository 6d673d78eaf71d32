"""Event location, twenty-fourth session (loc24): invented stories only, each class with paraphrase variants.

Classes, from loc23's audit (/tmp/ana/loc23/audit.md) and loc24's reading of snapshot seed 2441:
- an international body that acts itself (the EC, the IMF, the World Bank, the OECD, the FAO) decides and speaks
  at its seat, not at a dateline elsewhere nor in the country it addresses; its team, mission or chief abroad, a
  dateline in the seat's country, and a place the sentence names keep their own rules;
- a story that has some people say or meet "here" puts at the dateline their words, not every party's;
- a verb the parser hangs on the event's verb as a conjunct with no conjunction between them ("progress made since
  the round was launched in Punta del Este") is another act, with its own place;
- a bare participle ("pressed for a declaration at the summit in Lisbon, urging ...") tells the same act, at the
  place of the verb it hangs on;
- words coded on the verb of what was said ("At Reykjavik, Gorbachev insisted that research be confined ...") are
  said where the saying verb has the speaker, as is a participle of being there ("Speaking in Rome, ...");
- a visitor the story has "here" ("X, who was here preparing the visit") speaks at the dateline;
- what one does after arriving ("arrived from Warsaw and held talks") is not done where one came from.
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


# -- an international body at its seat ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, seat", [
    ("COLOMBO, March 3 - The International Monetary Fund approved a standby credit for Sri Lanka, officials said.",
     "approved", "USA"),
    ("BELGRADE, May 4 - The European Community has turned down a Yugoslav request for trade concessions.",
     "turned", "BEL"),
    ("The European Union has refused to lift its ban on British beef exports.", "refused", "BEL"),
    ("The EU has announced that it will open membership talks with Albania next year.", "open", "BEL"),
    ("The World Bank has criticised Ghana's fiscal policy in a new report.", "criticised", "USA"),
    ("LISBON, May 5 - The OECD urged Portugal to speed up privatisation, the finance ministry said.", "urged", "FRA"),
    ("The Paris Club of creditor governments on Tuesday agreed to reschedule Peru's debt.", "agreed", "FRA"),
])
def test_a_body_acting_itself_is_at_its_seat(pipe: Pipeline, text: str, word: str, seat: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == seat
    assert loc.location_source == "seat"


@pytest.mark.parametrize("text, word, where", [
    # its team or mission abroad acts where it is
    ("BUENOS AIRES, May 2 - An IMF mission in Buenos Aires urged Argentina to cut its deficit.", "urged", "ARG"),
    ("KAMPALA, March 3 - A World Bank team arrived in Uganda for talks. The World Bank on Monday criticised "
     "Uganda's budget deficit.", "criticised", "UGA"),
    # its chief travels
    ("LAGOS, May 2 - IMF Managing Director Michel Camdessus urged Nigeria to devalue the naira.", "urged", "NGA"),
    # filed from the seat's own country: the dateline keeps it
    ("WASHINGTON, March 3 - The International Monetary Fund approved a standby credit for Sri Lanka.", "approved",
     "USA"),
    # a place the sentence gives it
    # (trg41: was "proposed new rules on steel aid", coded REQUEST only with the city for its recipient; a bare
    # proposal with no other party is now left to the proposal guard)
    ("The European Commission, in Strasbourg for the parliament's session, urged Italy to cut its steel aid.",
     "urged", "FRA"),
    # the body's people at a meeting the story covers
    ("LUXEMBOURG, June 15 - European Community farm ministers meeting here rejected a plan to cut cereal prices.",
     "rejected", "LUX"),
])
def test_a_body_abroad_or_placed_is_not_moved_to_its_seat(pipe: Pipeline, text: str, word: str, where: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == where
    assert loc.location_source != "seat"


# -- "here" is the place of those the story has here ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "TOKYO, May 3 - At talks here this week, French officials pressed Japanese officials to open the insurance "
    "market. Japanese officials say the U.S. Treasury has delayed licences for Japanese banks by asking them for "
    "detailed accounts.",
    "TOKYO, May 3 - French officials held talks here this week on the insurance market. The U.S. Treasury, Japanese "
    "officials say, has asked Japanese banks for detailed accounts before granting licences.",
])
def test_another_party_is_not_brought_here_by_someone_elses_meeting(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text, "Treasury", "REQUEST")
    assert loc.country_code != "JPN" or loc.location_source != "dateline"


@pytest.mark.parametrize("text", [
    "SEOUL, May 3 - The Australian trade minister told reporters here that Canberra wants lower tariffs. He urged "
    "South Korea to open its beef market.",
    "SEOUL, May 3 - Australia's trade minister said here that Canberra wants lower tariffs. He urged South Korea to "
    "open its beef market.",
])
def test_the_speaker_who_spoke_here_still_speaks_here(pipe: Pipeline, text: str) -> None:
    assert _loc(pipe, text, "beef", "REQUEST").country_code == "KOR"


# -- a parser's conjunct with no conjunction is another act ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "OTTAWA, May 2 - Delegates from 15 countries are meeting informally to discuss progress made since the latest "
    "GATT round was launched in Punta del Este, Uruguay, last September.",
    "OTTAWA, May 2 - Delegates from 15 countries are meeting informally to review progress made since the new trade "
    "round was launched in Cartagena, Colombia, last year.",
    "OTTAWA, May 2 - Delegates from 15 countries met to review progress since the round began in Geneva last year.",
])
def test_a_place_in_a_clause_since_an_earlier_act_is_not_the_meetings(pipe: Pipeline, text: str) -> None:
    assert _loc(pipe, text, "Delegates", "CONSULT").country_code == "CAN"


def test_a_joined_verb_still_shares_the_place() -> None:
    pipe = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))
    events = pipe.process_text("Indian troops killed five militants and burned two houses in Kashmir on Sunday.",
                               published="1987-04-20").events
    assert events and all(e.event_loc.country_code == "IND" for e in events)


# -- a bare participle tells the same act -------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("OTTAWA, May 4 - Canada will press for a firm declaration at the autumn summit in Lisbon, urging talks on "
     "fishing quotas to begin at once, a senior official said.", "urging"),
    ("OTTAWA, May 4 - Canada pressed for a firm declaration at the summit in Lisbon yesterday, calling for talks on "
     "fishing quotas to begin at once.", "calling"),
])
def test_a_bare_participle_is_where_its_verb_is(pipe: Pipeline, text: str, word: str) -> None:
    events = pipe.process_text(text, published="1987-04-20").events
    found = [e for e in events if e.event == "REQUEST"]
    assert found and all(e.event_loc.country_code == "PRT" for e in found)


def test_a_participle_keeps_its_own_finer_place(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Mr Brown was in Kenya visiting a school in Nakuru where he met pupils.", "visiting")
    assert loc.country_code == "KEN"


def test_what_a_participle_judges_is_not_its_place(pipe: Pipeline) -> None:
    loc = _loc(pipe, "NAIROBI, May 4 - Kenya condemned the raid on a village in Somalia, saying it violated the "
                     "ceasefire.", "condemned", "ACCUSE")
    assert loc.country_code == "KEN"


# -- words said somewhere -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, where", [
    ("MOSCOW, May 3 - At Reykjavik, Gorbachev insisted that space weapons research be confined to laboratories.",
     "ISL"),
    ("MOSCOW, May 3 - The Soviet leader had insisted at Reykjavik last October that testing be confined to "
     "laboratories.", "ISL"),
    ("MOSCOW, May 3 - At the Reykjavik summit the Soviet leader demanded that testing be confined to laboratories.",
     "ISL"),
    ("LONDON, May 3 - In Paris, the minister told reporters Libya must hand over the suspects.", "FRA"),
    ("LONDON, May 2 - Speaking in Rome, the Irish minister said Britain must release the prisoners.", "ITA"),
    ("LONDON, May 2 - Speaking in Rome on Tuesday, the Irish minister demanded that Britain release the prisoners.",
     "ITA"),
])
def test_words_are_said_where_the_saying_verb_has_the_speaker(pipe: Pipeline, text: str, where: str) -> None:
    assert _loc(pipe, text, "", "REQUEST").country_code == where


def test_the_saying_of_another_does_not_place_a_demand(pipe: Pipeline) -> None:
    loc = _loc(pipe, "BAGHDAD, May 3 - Iraq said in Baghdad that Iran had demanded in Geneva that the talks be "
                     "halted.", "demanded", "REQUEST")
    assert loc.country_code == "CHE"


# -- a visitor "here" ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "WASHINGTON, April 24 - Senators held talks with former Mexican foreign minister Juan Perez, who was here "
    "preparing a visit by the president. Perez had asked Reagan to lift the tariffs.",
    "WASHINGTON, April 24 - Former Mexican foreign minister Juan Perez, who is now here for talks, urged the United "
    "States to lift the tariffs.",
])
def test_a_visitor_here_speaks_at_the_dateline(pipe: Pipeline, text: str) -> None:
    assert _loc(pipe, text, "tariffs", "REQUEST").country_code == "USA"


# -- what one does after arriving is not done where one came from --------------------------------------------------

@pytest.mark.parametrize("text", [
    "MOSCOW, April 13 - The British foreign secretary arrived from Warsaw aboard an RAF plane and went straight into "
    "a meeting with Soviet officials.",
    "MOSCOW, April 13 - The British foreign secretary arrived from Warsaw and held talks with Soviet officials.",
    "MOSCOW, April 13 - The British foreign secretary flew in from Warsaw and met Soviet officials at once.",
])
def test_a_meeting_after_arriving_is_not_where_one_came_from(pipe: Pipeline, text: str) -> None:
    assert _loc(pipe, text, "", "CONSULT").country_code == "RUS"


def test_where_one_came_from_keeps_what_was_done_there(pipe: Pipeline) -> None:
    loc = _loc(pipe, "MOSCOW, April 13 - The British foreign secretary returned from Warsaw, where he had held talks "
                     "with Polish officials.", "he had held", "CONSULT")
    assert loc.country_code == "POL"
