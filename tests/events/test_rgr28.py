"""Candidates the twenty-fifth session's retrained verifier let through on development golds that fell (rgr28),
mended as classes in the coder: money given by people or firms to nobody named is no AID; a firm's withdrawal of a
filing, a bid or a product is commerce, not RETREAT; and acts offered as a choice with "either ... or" are told
as neither done. Invented sentences; each with the party's own act kept beside it."""
from __future__ import annotations

import pytest


def _types_in(code_all, story, sentence, published="1987-03-31"):
    """The types of the events coded in ``sentence``, told after ``story``."""
    events = code_all(f"{story} {sentence}", published=published)
    return [e.event for e in events if e.sentence.strip().startswith(sentence[:25])]


_VACCINES = "SAN DIEGO, Nov 19 - Doctors are urging the U.S. government to vaccinate migrants."


@pytest.mark.parametrize("sentence", [
    pytest.param("The doctors contributed money and raised more from friends to pay the cost of the vaccines.",
                 id="contributed"),
    pytest.param("Several of the physicians donated money of their own to pay for the doses.", id="donated"),
    pytest.param("The nurses gave money of their own to buy blankets for the shelter.", id="gave"),
])
def test_private_giving_to_nobody_named_is_no_aid(code_all, sentence):
    assert "AID" not in _types_in(code_all, _VACCINES, sentence, published="2019-11-20")


@pytest.mark.parametrize("story, sentence", [
    pytest.param("DHAKA, Oct 1 - Floods have cut the country in two.",
                 "Japan contributed 20 mln dlrs to the flood relief effort in Bangladesh.", id="state_gives"),
    pytest.param("DHAKA, Oct 1 - Floods have cut the country in two.",
                 "The doctors gave 20,000 dlrs to the Bangladesh government for flood relief.", id="recipient_named"),
])
def test_giving_by_a_state_or_to_a_named_party_is_still_aid(code_all, story, sentence):
    assert "AID" in _types_in(code_all, story, sentence)


@pytest.mark.parametrize("story, sentence", [
    pytest.param("TOKYO, Oct 1 - Car sales fell in September.",
                 "Japan's Nissan Motor said it was withdrawing its cars from the Iranian market.", id="cars_market"),
    pytest.param("SEOUL, Oct 1 - Phone sales fell in September.",
                 "South Korea's Samsung said it was withdrawing its phones from the Indian market.", id="phones_market"),
    pytest.param("BONN, Oct 1 - Drug sales fell in September.",
                 "West Germany's Bayer said it had withdrawn the drug from the French market.", id="drug_withdrawn"),
])
def test_a_firm_withdrawing_from_a_market_is_no_retreat(code_all, story, sentence):
    assert "RETREAT" not in _types_in(code_all, story, sentence)


def test_forces_withdrawing_are_still_retreat(code_all):
    assert "RETREAT" in _types_in(code_all, "DAMASCUS, Oct 1 - Fighting eased in Lebanon.",
                                  "Syria said it was withdrawing its troops from the Bekaa valley.")


_SECURITY_FEE = "WASHINGTON, March 31 - Senators want a deal with Japan on defence costs."


@pytest.mark.parametrize("sentence", [
    pytest.param("Under the amendment Japan can either spend more on defence or give the money to the United States.",
                 id="can_either_or"),
    pytest.param("Japan could either give the money to the United States or spend it on its own forces, they said.",
                 id="could_either_or"),
])
def test_acts_offered_as_a_choice_are_not_told_as_done(code_all, sentence):
    assert "AID" not in _types_in(code_all, _SECURITY_FEE, sentence)


def test_a_gift_told_as_done_is_still_aid(code_all):
    assert "AID" in _types_in(code_all, _SECURITY_FEE,
                              "Japan gave the money to the United States as a security fee, they said.")


def test_leaving_a_union_named_a_market_is_not_commerce():
    from eventwire.events._relevance import MARKET_THINGS, market_withdrawal
    from eventwire.nlp import load_nlp

    class _Retreat:
        event = "RETREAT"

    doc = load_nlp()("Greece threatened to withdraw from the Common Market.")
    verb = next(t for t in doc if t.lemma_ == "withdraw")
    assert "market" in MARKET_THINGS and market_withdrawal(verb, _Retreat()) is None
