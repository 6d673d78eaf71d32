"""The other side of a cooperative act of one party that the clause leaves unnamed (rcp44): the one other party the
sentence names, as for hostile acts, but not a party beside the act (co-actors, a venue or a place on the way, a
newspaper named after a country, the state holding a body's presidency). Sentences written for the test."""
from __future__ import annotations

import pytest
from event_helpers import roles_on


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("The Paris Club agreed to reschedule Bolivia's debt over ten years.", "agreed", "IGO", "BOL"),
    ("The Asian Development Bank agreed to extend the repayment period of Nepal's loans.", "agreed", "IGO", "NPL"),
])
def test_cooperative_act_aimed_at_the_one_other_party(code_all, text, trigger, actor, recipient):
    got = roles_on(code_all(text), trigger)
    assert got and all(recipient in r and actor in a for _, a, r in got)


@pytest.mark.parametrize("text, trigger, absent", [
    # co-actors: a joint act is made with one another, not with the place it is about
    ("Britain and Japan agreed to operate twelve flights a week over Siberia.", "agreed", "RUS"),
    # a venue
    ("The Kenyan minister agreed at the discussions in Geneva to cut tariffs on coffee.", "agreed", "CHE"),
    # a newspaper named after a country
    ("The Japanese government agreed to lift the quotas, according to The China Times.", "agreed", "CHN"),
    # the state holding a body's presidency
    ("Under the Belgian presidency, the Greek government agreed to lower its farm duties on Turkey.", "agreed", "BEL"),
])
def test_no_party_beside_the_act(code_all, text, trigger, absent):
    got = roles_on(code_all(text), trigger)
    assert got and all(absent not in r for _, _, r in got)
