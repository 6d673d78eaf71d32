"""The story-country fallback against targets abroad (session 26, pty29): a body of states named again by its head
noun ("the bank" after "the Asian Development Bank"), the other members of a meeting of several states ("told the
meeting of trade ministers") and the bare banks a debtor deals with over its debt are not the story's country;
nor is a town's name that opens a firm's name ("the Hanover Merchant Trust Co"). Invented sentences, stories of
three sentences or fewer (no verifier)."""
from __future__ import annotations

import pytest

from eventwire.actors import ActorKB, resolve_phrase
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _parties(pipe, text, kind):
    doc = pipe.process_text(text, published="1987-03-03")
    return [([a.code for a in ev.actor], sorted({r.code for r in ev.recipient if r.code}))
            for ev in doc.events if ev.event == kind]


TARGETS_ABROAD = [
    # a body of states named again by its head noun, deeper in the object than the verb's own target
    ("WASHINGTON, March 3 - The United States wants a bigger say in the Asian Development Bank, U.S. officials "
     "said. Washington has threatened to block a capital increase for the bank unless the voting issue is settled.",
     "THREATEN", ["IGO"]),
    ("WASHINGTON, March 3 - The United States wants a bigger say in the African Development Bank, officials said. "
     "The Treasury threatened to veto a new lending programme for the bank.", "THREATEN", ["IGO"]),
    # a meeting of several states that its attender holds talks at is with its other members (IGO)
    ("OTTAWA, March 3 - Canada wants farm subsidies cut, Canadian officials said. Trade Minister Pat Carney told "
     "the informal meeting of trade ministers that subsidies must go.", "CONSULT", ["IGO"]),
    ("OTTAWA, March 3 - Canada wants farm subsidies cut, Canadian officials said. Trade Minister Pat Carney will "
     "attend the informal meeting of trade ministers in Geneva.", "AGREE", ["IGO"]),
    # bare banks a debtor deals with over its debt are its creditor banks
    ("BELGRADE, March 3 - Yugoslavia owes 19 billion dlrs abroad, officials said. Yugoslavia has begun talks with "
     "banks on rescheduling its commercial debt.", "CONSULT", ["MNC"]),
    ("LIMA, March 3 - Peru wants relief on what it owes, officials said. Peru asked the banks to reschedule three "
     "billion dlrs of debt.", "REQUEST", ["MNC"]),
]


@pytest.mark.parametrize("text,kind,want", TARGETS_ABROAD)
def test_a_target_abroad_does_not_take_the_storys_country(pipe, text, kind, want):
    got = _parties(pipe, text, kind)
    assert got and all(recipients == want for _, recipients in got), got


GUARDS = [
    # a meeting of a state's own cabinet is its own
    ("OTTAWA, March 3 - Canada wants farm subsidies cut, Canadian officials said. Prime Minister Brian Mulroney "
     "will attend a meeting of cabinet ministers in Ottawa.", "AGREE", "CAN"),
    # a thing called foreign is no target abroad
    ("OSLO, March 3 - Norway wants its navy renewed, Norwegian officials said. Norway has pledged to buy foreign "
     "equipment for the navy.", "AGREE", "NOR"),
    # banks a government orders about its own loans are its own
    ("BELGRADE, March 3 - Yugoslavia owes 19 billion dlrs abroad, officials said. The government ordered banks to "
     "cut interest rates on farm loans.", "REQUEST", "YUG"),
]


@pytest.mark.parametrize("text,kind,code", GUARDS)
def test_the_storys_own_people_and_things_keep_its_country(pipe, text, kind, code):
    got = _parties(pipe, text, kind)
    assert got and all(code in recipients for _, recipients in got), got


@pytest.mark.parametrize("phrase,code", [
    # a town's name that opens a firm's name names the firm, not the town's country
    ("the Hanover Merchant Trust Co", None),
    ("Lisbon Commercial Bank Corp", None),
    # a country's or a people's name keeps its code, and so does a town's before a bare lower-case noun
    ("the German Merchant Trust Co", "DEU"),
    ("a Lisbon bank", "PRT"),
    # a name that goes on past the firm's word is no firm's
    ("the Lisbon State Industries Federation", "PRT"),
])
def test_a_firm_named_after_a_town_is_not_the_towns_country(phrase, code):
    res = resolve_phrase(phrase, date="1987-03-03", kb=ActorKB.default())
    assert (res.code if res is not None else None) == code, res
