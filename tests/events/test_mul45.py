"""Nested clauses, mul45, on invented sentences: an "if" clause that is a verb's object ("asked if he was satisfied",
"will decide if they want help") asks a question, as a "whether" clause does, and tells no event; a relative clause
inside it still tells its noun as fact, and a condition ("will retaliate if Congress passes the bill") is an
adverbial clause, left to the modality rules."""
from __future__ import annotations

from event_helpers import trigger_words, types_on


def test_asked_if_satisfied_is_a_question(code_all) -> None:
    events = code_all("Asked if he was satisfied with French and Italian spending, the Canadian minister replied that "
                      "they could do more.", published="1987-04-08")
    assert "satisfied" not in trigger_words(events)


def test_deciding_if_they_want_help_is_no_request(code_all) -> None:
    events = code_all("It is up to each government to decide if it wants IMF help.", published="2005-01-10")
    assert types_on(events, "wants") == []


def test_a_relative_clause_inside_the_question_is_still_told(code_all) -> None:
    events = code_all("Asked if Taipei's measures could work without a revaluation of the Taiwan dollar, which "
                      "Washington has been urging for months, the secretary declined to comment.",
                      published="1987-04-08")
    assert types_on(events, "urging") == ["REQUEST"]


def test_a_condition_is_not_a_question(code_all) -> None:
    events = code_all("Japan said it would file a complaint with GATT if Washington imposed the tariffs.",
                      published="1987-04-08")
    assert types_on(events, "file") == ["ACCUSE"]
    assert types_on(events, "imposed") == ["SANCTION"]
