"""Money given is aid, and forecasts are no demands (aid26): verbs that hand money over with a sum, a currency
or a money noun are AID (a promise of it stays AGREE), the thing given is read past a party named first, and
'expect X to V' is a demand only when a party expects it plainly, not when onlookers guess or time it. Every
sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import types_on as on


@pytest.mark.parametrize("text, trigger", [
    ("Sweden has granted Tanzania about twelve mln stg for flood relief.", "grant"),
    ("Norway granted Zambia five mln dlrs for drought relief last month.", "grant"),
    ("The World Bank lent Ghana 120 mln dlrs last year.", "lent"),
    ("Canada gave Haiti 30 mln dlrs in emergency funding on Monday.", "gave"),
    ("France has extended 40 mln dlrs to Senegal for its budget.", "extend"),
    ("Italy has contributed three mln dlrs to the relief fund for Sudan.", "contribute"),
])
def test_money_given_is_aid(code, text, trigger):
    assert "AID" in on(code(text), trigger)


def test_money_promised_stays_agree(code):
    assert on(code("Japan will provide 50 mln dlrs in loans to Kenya, the ministry said."), "provide") == ["AGREE"]


@pytest.mark.parametrize("text", [
    "He expected Dutch banks soon to start reporting interest payments to the tax office.",
    "Diplomats expect the government to ask the World Bank for new loans.",
    "Bankers expect Mexico to seek a new rescheduling of its debt.",
    "Traders in Brussels said they expected the EC Commission to award licences for 40,000 tonnes of wheat.",
    "Dealers said they expected the Bundesbank to cut its discount rate.",
])
def test_forecast_is_no_request(code, text):
    assert "REQUEST" not in on(code(text), "expect")


def test_plain_expectation_of_another_party_asks(code):
    assert on(code("Washington expects Tokyo to open its rice market."), "expect") == ["REQUEST"]
