"""Parties that the phrase around the trigger names but the coder lost (prt47): a thing acted on whose owner only a
possessive pronoun names ("Iraq rejected his proposal") is aimed at the party the pronoun stands for, unless the
pronoun can be the actor's own; a bare agent noun coordinated after one that a state's name qualifies ("Israeli
tanks and troops") shares that state; "each ... the other" is a reciprocal target like "each other". Every sentence
is invented."""
from __future__ import annotations

import pytest
from event_helpers import roles_on


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Iranian President Ali Khamenei proposed a ceasefire in the Gulf war on Monday. Iraq rejected his proposal.",
     "rejected", "IRQ", "IRN"),
    ("Palestinian leader Yasser Arafat called for an end to attacks. But Hamas issued a statement slamming his peace "
     "call.", "slamming", "PSE", "PSE"),
])
def test_pronoun_owner_of_the_thing_acted_on_is_the_recipient(code, text, trigger, actor, recipient):
    assert any(t in ("REJECT", "ACCUSE") and a == [actor] and r == [recipient]
               for t, a, r in roles_on(code(text), trigger))


def test_pronoun_that_can_be_the_actor_names_no_recipient(code):
    # "its plan" after "the government": the government's own plan, not the party named before it (Britain)
    got = roles_on(code("Britain criticised a plan to cut staff at the Kenyan agency. Faced with the criticism, the "
                        "Kenyan government suspended its plan on Monday."), "suspended")
    assert got and all("GBR" not in r for _, _, r in got)


def test_coordinated_bare_agent_shares_the_state_qualifier(code):
    got = roles_on(code("Israeli tanks and troops have launched two incursions in the Gaza Strip."), "launched")
    assert got and all(a == ["ISR"] for _, a, _ in got)


@pytest.mark.parametrize("text, trigger, pair", [
    ("The U.S. and Brazil have each laid the blame on the other for the breakdown in the coffee talks.", "laid",
     ["BRA", "USA"]),
    ("Iran and Iraq each accused the other of attacking civilian ships in the Gulf.", "accused", ["IRN", "IRQ"]),
])
def test_each_and_the_other_is_reciprocal(code, text, trigger, pair):
    assert ("ACCUSE", pair, pair) in roles_on(code(text), trigger)
