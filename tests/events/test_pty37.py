"""pty37: parties of acts whose type is right, along three axes (invented stories): the international body a story
about a state's dealings with it is about (B), the talks a journey is for (C), and the country of an agent no table
codes in a brief that names its country too seldom for the story's country to be known (D)."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-06-03"


def _events_of(events, sentence):
    return [e for e in events if e.sentence.strip() == sentence]


def _codes(parties):
    return {p.code for p in parties}


# --- D. an agent no table codes, in a brief ---------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, home", [
    ("MANILA, March 2 - Military authorities said an army major has been arrested for involvement in last week's raid "
     "on a radio station.", "COERCE", "PHL"),
    ("LA PAZ, March 2 - Union leaders of 5,000 tin miners began talks with the government today on ways to end their "
     "strike over pay, a ministry spokesman said.", "CONSULT", "BOL"),
])
def test_a_brief_codes_an_uncoded_agent_with_its_country(code_all, text, kind, home):
    found = [e for e in code_all(text) if e.event == kind]
    assert found and all(home in _codes(e.actor) for e in found), [(e.event, _codes(e.actor)) for e in found]


def test_a_brief_filed_from_a_state_it_names_less_codes_no_agent_with_it(code_all):
    # Filed from Tokyo, about Burma (named twice): the troops are not Japan's.
    text = "TOKYO, March 2 - Troops fired on protesters in Rangoon, Burma's capital, diplomats from Burma said."
    assert not any("JPN" in _codes(e.actor) for e in code_all(text))


# --- B. the international body a story deals with ---------------------------------------------------------------

BANK_STORY = ("WASHINGTON, May 5 - Kenya is seeking a new loan from the World Bank to rebuild its railways, bank "
              "officials said. The World Bank lent Kenya 200 mln dlrs last year. {} The World Bank board will meet "
              "next month.")
EC_STORY = ("BRUSSELS, May 5 - The European Community's farm ministers met on Monday. The EC Commission proposed a "
            "freeze on farm prices last week. {} The Community faces a large deficit this year.")


@pytest.mark.parametrize("story, sentence, body", [
    (BANK_STORY, "Kenya was asking for 300 mln dlrs this time, they said.", "IGO"),
    (BANK_STORY, "Kenya has requested 300 mln dlrs this time, officials said.", "IGO"),
    (EC_STORY, "Denmark has refused to accept the freeze, diplomats said.", "EUR"),
    (EC_STORY, "Denmark renewed its demand for deep cuts in spending.", "EUR"),
])
def test_a_state_dealing_with_the_story_body_addresses_it(code_all, story, sentence, body):
    found = _events_of(code_all(story.format(sentence)), sentence)
    assert found
    assert all(body in _codes(e.recipient) for e in found), [(e.event, _codes(e.recipient)) for e in found]


@pytest.mark.parametrize("story, sentence, body", [
    # a domestic act of the state, or an act of its own people, is not addressed to the body
    (BANK_STORY, "Kenyan police arrested 40 students in Nairobi, witnesses said.", "IGO"),
    (EC_STORY, "Danish farmers protested against the freeze in Copenhagen.", "EUR"),
    # a stance on one's own legislature's bill is a home affair
    (EC_STORY, "Danish officials have also opposed the farm legislation, saying it would cost too much.", "EUR"),
])
def test_other_acts_in_a_body_story_are_not_given_the_body(code_all, story, sentence, body):
    found = _events_of(code_all(story.format(sentence)), sentence)
    assert not any(body in _codes(e.recipient) for e in found), [(e.event, _codes(e.recipient)) for e in found]


def test_a_body_named_once_is_no_story_body(code_all):
    text = ("NAIROBI, May 5 - Kenya asked for more time to pay its debts, officials said. Kenya's exports fell last "
            "year. Kenya hopes for more coffee sales. The World Bank said growth was slow. Kenya was asking for "
            "200 mln dlrs, they said.")
    found = _events_of(code_all(text), "Kenya was asking for 200 mln dlrs, they said.")
    assert not any("IGO" in _codes(e.recipient) for e in found)


# --- C. the talks a journey is for --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, partner, host", [
    ("Argentine Economy Minister Juan Perez left for New York for talks with creditor banks on rescheduling the "
     "country's foreign debt, officials said.", "MNC", "USA"),
    ("A Zambian delegation will leave for Washington next week to complete negotiations with the IMF on a new loan, "
     "officials said.", "IGO", "USA"),
    ("Japan's foreign minister arrived in Seoul for talks with his South Korean counterpart, officials said.", "KOR",
     None),
])
def test_a_journey_for_talks_is_aimed_at_their_other_side(code_all, sentence, partner, host):
    found = [e for e in code_all(sentence) if e.event in ("CONSULT", "AGREE")]
    assert found
    assert all(partner in _codes(e.recipient) for e in found), [(e.event, _codes(e.recipient)) for e in found]
    if host:
        assert not any(host in _codes(e.recipient) for e in found)


def test_a_journey_with_no_talks_side_keeps_its_host(code_all):
    found = [e for e in code_all("Japan's foreign minister arrived in Seoul on Monday for talks on fisheries, "
                                 "officials said.") if e.event in ("CONSULT", "AGREE")]
    assert not found or all("KOR" in _codes(e.recipient) for e in found)
