"""trg45 (set aside: no effect on the unseen-text seeds). A request noun names who made it with "of" ("at the request
of the Ghanaian government") or with a "from" right after it ("an urgent request from Ghana"): that party asks (the
REQUEST's actor), not the one asked. A demand in reported speech made with a verb of going on ("Togo must continue to
cut its spending") asks the act it goes on with; "must continue" alone or with a state asks nothing. Invented
sentences."""
from __future__ import annotations

import pytest

from event_helpers import roles_on, types_on


@pytest.mark.parametrize("text,asker", [
    ("The ministry said the grain was shipped at the request of the Ghanaian government.", "GHA"),
    ("Swiss banks froze the accounts after an urgent request from Ghana arrived on Friday.", "GHA"),
])
def test_the_party_a_request_is_of_or_from_makes_it(code_all, text, asker):
    assert [(t, actors) for t, actors, _ in roles_on(code_all(text), "request")] == [("REQUEST", [asker])]


def test_a_request_for_something_from_a_lender_asks_the_lender(code_all):
    # "from" away from the noun names the one asked, as before
    assert roles_on(code_all("Ghana made a request for new credits from Japan."), "request") == \
        [("REQUEST", ["GHA"], ["JPN"])]


def test_demands_of_a_thing_name_no_asker(code_all):
    assert not types_on(code_all("The Ghanaian minister said the demands of the job were heavy."), "demands")


@pytest.mark.parametrize("text,word", [
    ("The Ghanaian finance minister said Togo must continue to cut its public spending.", "continue"),
    ("The Ghanaian finance minister said Togo should keep working to reduce its deficit.", "keep"),
])
def test_going_on_with_an_act_is_demanded(code_all, text, word):
    assert roles_on(code_all(text), word) == [("REQUEST", ["GHA"], ["TGO"])]


@pytest.mark.parametrize("text,word", [
    ("The Ghanaian finance minister said Togo must continue to be vigilant.", "continue"),
    ("The Ghanaian finance minister said the talks with Togo must continue.", "continue"),
    ("The Ghanaian finance minister said Togo should keep up the pressure on the rebels.", "keep"),
])
def test_going_on_alone_or_in_a_state_asks_nothing(code_all, text, word):
    assert "REQUEST" not in types_on(code_all(text), word)
