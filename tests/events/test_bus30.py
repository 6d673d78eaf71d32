"""A meeting or a deal the story has reported, told again by a verb of taking part in it (bus30): "bankers who attended
the meeting", "Opening the meeting, the minister said", "The deal ... was agreed by a majority" add no second event.
A new occasion ("a meeting", "the second meeting"), a first mention, and an act done on the event by its author
("ordered the arrest") stay events. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on

PUBLISHED = "1987-05-04"
LIMA_TALKS = "Peru's finance minister Luis Ortega met creditor banks in New York on Monday to discuss its debt. "
GULF_MEETING = "Oil ministers of Kuwait, Qatar and Oman met in Kuwait City on Monday to discuss crude prices. "
CHILE_DEAL = "European Community foreign ministers agreed a trade deal with Chile on Monday. "


@pytest.mark.parametrize("text, trigger", [
    (LIMA_TALKS + "Bankers who attended the meeting with Ortega said it was inconclusive.", "attended"),
    (LIMA_TALKS + "Bankers who had attended the talks with Ortega said little progress was made.", "attended"),
    (GULF_MEETING + "Opening the meeting, the Kuwaiti oil minister said cooperation was growing.", "opening"),
    (CHILE_DEAL + "The deal with Chile was agreed by a majority of EC states after France withdrew its objections.",
     "agreed by"),
])
def test_a_known_meeting_or_deal_told_again_is_no_new_event(code_all, text, trigger):
    second = text[text.index(". ") + 2:]
    start = len(text) - len(second)
    word = trigger.split()[0]
    again = [e for e in on(code_all(text), word) if e.explanation.trigger_start >= start]
    assert again == []


@pytest.mark.parametrize("text", [
    LIMA_TALKS + "Bankers who attended a meeting with Ortega on Tuesday said it was inconclusive.",
    LIMA_TALKS + "Bankers who attended the second meeting with Ortega said it was inconclusive.",
    "Bankers who attended the meeting with Peru's finance minister Luis Ortega said it was inconclusive.",
])
def test_a_new_or_first_meeting_attended_stays_an_event(code_all, text):
    assert [e.event for e in on(code_all(text), "attended")] == ["CONSULT"]


def test_an_act_done_on_a_known_event_by_its_author_stays(code_all):
    events = code_all("Police in Lima arrested the rebel leader on Monday. President Garcia ordered the arrest, "
                      "officials said.")
    assert [e.event for e in on(events, "ordered")] == ["COERCE"]


# Commentators on markets and economies are no party: their views and reactions are commentary.
@pytest.mark.parametrize("text, trigger", [
    ("Analysts and investors have welcomed the government decision to float the peso.", "welcomed"),
    ("TOKYO, May 4 - Japan's jobless rate will rise to four pct next year, the Economic Planning Agency said. "
     "However, other economists disagreed, saying exporters would soon hire the workers back.", "disagreed"),
    ("Private economists criticised the finance ministry's growth forecasts as too rosy.", "criticised"),
    ("Economists urged the central bank to cut interest rates before the summer.", "urged"),
])
def test_commentators_views_are_no_event(code_all, text, trigger):
    assert on(code_all(text), trigger) == []


@pytest.mark.parametrize("text, trigger, kind", [
    ("IMF economists urged the Philippine government to cut its budget deficit.", "urged", "REQUEST"),
    ("Government economists criticised the central bank for raising rates.", "criticised", "ACCUSE"),
])
def test_a_bodys_own_economists_still_act(code_all, text, trigger, kind):
    assert [e.event for e in on(code_all(text), trigger)] == [kind]
