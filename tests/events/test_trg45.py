"""trg45: talking a party into an act asks that act of it. "Ghana is trying to persuade Togo to reopen the border",
"convinced Togo to reopen": the persuader asks (REQUEST, the one persuaded its recipient) and what it is talked into
is the request's content, not an act done; "convinced Togo that ..." (of a fact) asks nothing. Invented sentences."""
from __future__ import annotations

import pytest

from event_helpers import roles_on, types_on


@pytest.mark.parametrize("text,word", [
    ("Ghana is trying to persuade Togo to reopen the border.", "persuade"),
    ("Ghana convinced Togo to reopen the border.", "convinced"),
])
def test_talking_a_party_into_an_act_asks_it(code_all, text, word):
    events = code_all(text)
    assert roles_on(events, word) == [("REQUEST", ["GHA"], ["TGO"])]
    assert not types_on(events, "reopen")  # what it is talked into is the request's content


def test_convincing_of_a_fact_asks_nothing(code_all):
    assert "REQUEST" not in types_on(code_all("Ghana convinced Togo that the border plan was sound."), "convinced")


@pytest.mark.parametrize("text,word", [
    ("High prices persuaded Ghanaian farmers to plant more cocoa.", "persuaded"),
    ("The Ghanaian minister said the strike was one factor that convinced him to stay on.", "convinced"),
])
def test_a_thing_that_moves_someone_to_act_asks_nothing(code_all, text, word):
    assert "REQUEST" not in types_on(code_all(text), word)
