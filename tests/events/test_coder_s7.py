"""Coder rules of the seventh session, each on sentences written for the test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The minister's habit of raising tariffs has made Tokyo wary of offering concessions, for fear that he will "
    "only demand more, officials said.",
    "There are growing concerns that Moscow will expel the diplomats.",
    "Residents expressed hope that the army would withdraw from the town.",
    "The fear that Ankara would close the border proved unfounded.",
])
def test_what_is_feared_hoped_or_worried_about_is_no_event(code_all, text):
    assert [(e.event, e.explanation.trigger) for e in code_all(text)] == []


def test_a_fear_of_something_is_no_event_either(code_all):
    text = "The dissident always said that his fear of being extradited from Norway to Chile kept him in hiding."
    assert [e.event for e in code_all(text)] == []
