"""Recall of meetings and accords told by their nouns (cns36). The parser often hangs the sides of a meeting on the
noun's clause rather than on the noun ("talks are under way between X and Y", "discussions have begun with X"), and a
meeting's own course ("talks opened in Geneva", "negotiations that ended today") or an accord's own participle ("the
accord signed with Canada") tells it as having happened, as "talks took place" does. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on

from eventwire.events._triggers import clause_sides, meeting_course

PUBLISHED = "1987-03-10"


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _codes(parties):
    return sorted({a.code for a in parties if a.code})


@pytest.mark.parametrize("text, noun, sides", [
    ("Talks are underway between Peru and the International Monetary Fund on a new credit.", "Talks", ["Peru"]),
    ("The official said discussions have begun with Indonesia on the timing of the visit.", "discussions", ["Indonesia"]),
    ("The accord signed between Kenya and Uganda last week opens the border to trade.", "accord", ["Kenya"]),
])
def test_the_sides_hung_on_the_nouns_clause(nlp, text, noun, sides):
    assert [t.text for t in clause_sides(_word(nlp(text), noun))] == sides


@pytest.mark.parametrize("text, noun", [
    ("Talks with Japan ended with a call from Brazil for calm.", "Talks"),  # the noun names its own side
    ("Talks have not resumed with Iran, the official said.", "Talks"),  # denied
    ("The talks proposed with Iran were put off.", "talks"),  # only put forward
    ("Talks ended with a call from Brazil for calm.", "Talks"),  # a thing that holds a party is no side
])
def test_no_sides_taken_from_the_clause(nlp, text, noun):
    assert clause_sides(_word(nlp(text), noun)) == []


@pytest.mark.parametrize("text, noun, verb", [
    ("Talks between Iraq and Iran opened in Geneva on Monday.", "Talks", "opened"),
    ("The minister said negotiations between Egypt and Israel that ended today went well.", "negotiations", "ended"),
    ("The trade pact signed with Canada in January takes effect in June.", "pact", "signed"),
])
def test_a_meetings_course_or_an_accords_making_tells_it_done(nlp, text, noun, verb):
    told = meeting_course(_word(nlp(text), noun))
    assert told is not None and told.text == verb


@pytest.mark.parametrize("text, noun", [
    ("Talks between Iraq and Iran will open in Geneva on Monday.", "Talks"),
    ("Talks between Iraq and Iran have not ended, a diplomat said.", "Talks"),
    ("Talks between Iraq and Iran are due to begin in Geneva.", "Talks"),
    ("The pact proposed by France was rejected.", "pact"),
])
def test_a_course_foreseen_denied_or_proposed_tells_nothing_done(nlp, text, noun):
    assert meeting_course(_word(nlp(text), noun)) is None


def test_talks_under_way_between_two_states_are_coded_with_both(code):
    events = on(code("Talks are underway between Peru and the International Monetary Fund on a new credit.",
                     published=PUBLISHED), "talks")
    assert [e.event for e in events] == ["CONSULT"]
    assert _codes(events[0].actor) == ["IGO", "PER"]


def test_talks_that_opened_between_two_states_are_output(code):
    events = on(code("Talks between Iraq and Iran opened in Geneva on Monday under United Nations auspices.",
                     published=PUBLISHED), "talks")
    assert [e.event for e in events] == ["CONSULT"]
    assert "told as happening ('opened')" in events[0].explanation.rule


def test_a_bare_meeting_told_by_its_course_names_nobody_and_tells_nothing(nlp):
    # most often the story's talks named again, or two firms' talks
    assert meeting_course(_word(nlp("Talks ended when neither side would give up its own project."), "Talks")) is None
    # a product named on the clause is no side either ("A320" is tagged a product)
    talks = _word(nlp("Talks ended in March with its A320 plan intact."), "Talks")
    assert clause_sides(talks) == [] and meeting_course(talks) is None
