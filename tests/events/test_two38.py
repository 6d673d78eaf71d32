"""The other country of a two-country story as a recipient guess (two38). Courts, police, parties and agents called
local act within their own state: with no target named, their act is aimed at home, not at the story's other country.
A debtor's move in a sentence that names its lenders is aimed at them. A state's own move keeps the other-country
guess. Every sentence here is invented."""
from __future__ import annotations

import pytest

from eventwire.events._roles import _home_agent
from eventwire.model import Actor

PUBLISHED = "1987-04-20"

# Chile and Peru both named often: a two-country story. The fifth sentence is the one each test varies.
SEA_STORY = ("Chile and Peru traded accusations over their disputed sea border on Monday. Peru said Chile had moved "
             "warships toward the border, and Chile said Peru was spreading lies. Peruvian officials said Chile must "
             "pull back its ships, while Chile said Peru had no claim to the waters. {line}")
# Brazil and Argentina both named often; the last sentence varies.
TRADE_STORY = ("Brazil and Argentina opened talks on trade on Monday. Brazil said Argentina must cut its tariffs, and "
               "Argentina said Brazil was blocking its exports. Argentine officials said Brazil had agreed to meet "
               "again, while Brazil said Argentina would get no new credits. {line}")


def _recipients(code_all, text, trigger):
    return [sorted({r.code for r in e.recipient if r.code}) for e in code_all(text)
            if e.explanation and e.explanation.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize("line, trigger", [
    pytest.param("A Lima court on Tuesday issued an order barring the sale of the fishing company.", "issued",
                 id="a_court_s_order"),
    pytest.param("Chilean police clashed with demonstrators outside the port.", "clashed", id="police_and_demonstrators"),
    pytest.param("Local commanders have warned they will arrest any fisherman who crosses the line.", "warned",
                 id="local_commanders_warn"),
])
def test_a_home_agent_s_act_is_aimed_at_home(code_all, line, trigger):
    got = [(sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
           for e in code_all(SEA_STORY.format(line=line))
           if e.explanation and e.explanation.trigger.lower().startswith(trigger)]
    assert got and all(len(mine) == 1 and theirs == mine for mine, theirs in got), got


@pytest.mark.parametrize("line, trigger, other", [
    pytest.param("Chile urged restraint.", "urged", "PER", id="a_state_urges"),
    pytest.param("Chilean officials warned they would defend the waters.", "warned", "PER", id="officials_warn"),
])
def test_a_state_s_own_move_keeps_the_other_country(code_all, line, trigger, other):
    got = _recipients(code_all, SEA_STORY.format(line=line), trigger)
    assert got and all(other in codes for codes in got), got


@pytest.mark.parametrize("line, trigger", [
    pytest.param("Argentina has been negotiating a loan with the steering committee for its creditor banks.",
                 "negotiating", id="a_loan_with_the_banks_committee"),
])
def test_a_debtor_s_move_goes_to_the_lenders_named(code_all, line, trigger):
    got = _recipients(code_all, TRADE_STORY.format(line=line), trigger)
    assert got and all(codes == ["MNC"] for codes in got), got


@pytest.mark.parametrize("actors, home", [
    ([Actor("the Supreme Court", "USA", "JUD")], True),
    ([Actor("Hong Kong police", "HKG", "COP")], True),
    ([Actor("the ruling party", "JPN", "PTY")], True),
    ([Actor("Local officials", "AFG", "GOV")], True),
    ([Actor("the government", "JPN", "GOV")], False),  # a government acts abroad as at home
    ([Actor("the army", "IRQ", "MIL")], False),  # an army's act in a two-country story is mostly the war's
    ([Actor("the court", "USA", "JUD"), Actor("Washington", "USA", "GOV")], False),  # not all home agents
    ([], False),
])
def test_who_acts_only_at_home(actors, home):
    assert (_home_agent(actors) is not None) == home
