"""Event-type and modality fixes from a second audit of 20 unseen BBC politics and Reuters 1987
stories (issue 3). Each case is an invented sentence (a short story where the reading needs one),
coded with no confidence floor so a trigger that still fired would show up, plus guards for the
reading that stays an event."""
from __future__ import annotations

import pytest


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


LEAD = "Dutch Foreign Minister Karel Smit met Belgian officials in Brussels on Monday.\n"


@pytest.mark.parametrize("text, trigger", [
    # wanting a party to know something asks no act of it
    ("\"I want all voters to know that the party will listen,\" the Danish party chairman said.", "want"),
    # discouraging speculation plays a story down; it disapproves of no party
    (LEAD + "Smit discouraged speculation that the summit would fail.", "discourag"),
    # an object denied with "no": no demand was made
    (LEAD + "A Belgian official said the Dutch delegation had made no demands.", "made"),
    # a policy aimed at a tax is no attack
    ("Tories to target council tax\n\nThe Conservatives say they will cut council tax for pensioners.", "target"),
    # expecting a thing to happen is a forecast, not a request to a party
    ("Officials in Ottawa said Canada expects exports to grow quickly this year.", "expect"),
    # what a standing rule forbids is no act by a party
    ("The new law prohibits member states from imposing tariffs on each other.", "prohibit"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger) if e.modality not in ("negated",)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # a hunger strike or a general strike is a protest, not an attack
    ("Kurdish prisoners in Diyarbakir began a hunger strike last week.", "began", "PROTEST"),
    # giving up a held position is a withdrawal (RETREAT), not a concession
    ("Afghan rebels abandoned the base after the army raid.", "abandon", "RETREAT"),
    # "hit back" at critics or in a row answers in words
    ("Danish mayor hits back in housing row\n\nThe mayor of Aarhus criticised a councillor on Monday.", "hit", "ACCUSE"),
    ("The Dutch minister hit back at his critics on Monday.", "hit", "ACCUSE"),
])
def test_retyped(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got and "ASSAULT" not in got and "CONCEDE" not in got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # guards: the readings that stay events
    ("Israel hit back with air strikes on Gaza on Sunday.", "hit", "ASSAULT"),
    ("Israel hit back at militant bases in Gaza on Sunday.", "hit", "ASSAULT"),
    ("The Syrian army resumed its attacks on the town.", "resum", "ASSAULT"),
    ("The Danish government wants Sweden to extradite the suspect.", "want", "REQUEST"),
    ("The rebels abandoned the peace talks on Tuesday.", "abandon", "REJECT"),
    ("Japan will contribute troops to the peacekeeping force.", "contribut", "AGREE"),
    ("Israeli jets targeted Hamas positions in Gaza overnight.", "target", "ASSAULT"),
    ("Canada expects Washington to honour its commitment on acid rain.", "expect", "REQUEST"),
    ("The Thai government banned all political rallies in Bangkok.", "ban", "COERCE"),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got, (text, got)


@pytest.mark.parametrize("text, trigger", [
    # an act judged easy or hard ("it was difficult to negotiate") is not reported as done
    ("Union leaders in Lisbon said it was difficult to negotiate with the employers.", "negotiat"),
    # the content of "the idea of ...ing" has not happened
    ("The Polish chairman opposed the idea of seeking the president's help.", "seek"),
])
def test_weighed_act_is_hypothetical(code_all, text, trigger):
    got = [e.modality for e in fired(code_all(text), trigger)]
    assert all(m == "hypothetical" for m in got), (text, got)
