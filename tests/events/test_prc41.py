"""Precision on business and market news (prc41): a currency's value raised is no SUPPORT; market conditions blamed
for results are no ACCUSE; "interact" is no meeting; a party putting off its own plans cuts no relations; a firm
bidding a price a share, negotiating a stake in a firm or agreeing to sell its holdings deals in commerce. The
political readings beside them stay. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import roles_on as typed
from event_helpers import types_on


@pytest.mark.parametrize("text, trigger", [
    ("Thailand has been slowly appreciating its currency against the dollar, a central bank official said.",
     "appreciat"),
    ("The spokesman said Taipei would keep appreciating the currency in small steps.", "appreciat"),
])
def test_currency_raised_is_no_support(code_all, text, trigger):
    assert "SUPPORT" not in types_on(code_all(text), trigger)


def test_appreciating_a_party_stays_support(code_all):
    assert "SUPPORT" in types_on(code_all("The Thai government appreciated the help of its neighbours."), "appreciat")


@pytest.mark.parametrize("text", [
    "Norsk Widgets blamed sluggish demand in Asia and currency losses.",
    "The brewer blamed the cold weather for the fall in its sales.",
])
def test_conditions_blamed_for_results_are_no_accuse(code_all, text):
    assert "ACCUSE" not in types_on(code_all(text), "blam")


@pytest.mark.parametrize("text", [
    "The farm minister blamed the losses on the central bank.",
    "Canada blamed Mexico for the breakdown of the trade talks.",
])
def test_a_party_blamed_stays_accuse(code_all, text):
    assert "ACCUSE" in types_on(code_all(text), "blam")


def test_interacting_is_no_meeting(code_all):
    assert "CONSULT" not in types_on(code_all("The governor interacts with farmers on his weekly radio show."), "interact")


def test_own_plans_postponed_are_no_sanction(code_all):
    text = "Poland has postponed its plans to reform the coal industry because of a lack of money."
    assert "SANCTION" not in types_on(code_all(text), "postpon")


def test_talks_postponed_stay_sanction(code_all):
    text = "Greece postponed talks with Turkey on the Aegean dispute."
    assert "SANCTION" in types_on(code_all(text), "postpon")


@pytest.mark.parametrize("text, trigger", [
    ("Halcyon Corp made an unsolicited offer of 32.50 dlrs a share for Brightwater Inc's stock.", "made"),
    ("Brightwater Inc said it is negotiating a minority stake in Dutch courier firm Snelpost BV.", "negotiat"),
    ("Halcyon Corp has agreed to sell three of its radio stations in the Midwest.", "agreed"),
])
def test_firm_deals_are_commerce(code_all, text, trigger):
    assert not typed(code_all(text), trigger)


@pytest.mark.parametrize("text, trigger, kind", [
    ("The Kenyan government agreed to sell its stake in the national airline.", "agreed", "AGREE"),
    ("Japan agreed to buy more American rice under the trade pact.", "agreed", "AGREE"),
])
def test_a_state_selling_or_buying_stays(code_all, text, trigger, kind):
    assert kind in types_on(code_all(text), trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Speaking at the rally, the Liberal leader urged voters to give his party a fair hearing.", "urg"),
    ("In her final speech the candidate assured voters she would not raise income tax.", "assur"),
    ("The Green leader urged people who feel forgotten to vote Green.", "urg"),
])
def test_appeals_to_the_electorate_are_campaign_rhetoric(code_all, text, trigger):
    assert not {"REQUEST", "AGREE"} & set(types_on(code_all(text), trigger))


@pytest.mark.parametrize("text, trigger", [
    ("The prime minister urged parliament to vote for the budget.", "urg"),
    ("The dockers' union urged its members to vote for strike action.", "urg"),
])
def test_calls_on_political_bodies_to_vote_stay_request(code_all, text, trigger):
    assert "REQUEST" in types_on(code_all(text), trigger)


@pytest.mark.parametrize("text", [
    "The finance minister's spokesman was asked by reporters about the minister's remarks on the peso.",
    "Reporters asked the ambassador about the border incident.",
    "After a lecture in Chicago the senator was asked about American policy on grain exports.",
    "The trade minister was asked after a lecture to the Asia Society about Canada's policy on lumber.",
])
def test_questions_put_to_a_speaker_are_no_request(code_all, text):
    assert "REQUEST" not in types_on(code_all(text), "ask")


@pytest.mark.parametrize("text", [
    "Norway was asked by both sides to mediate in the fishing dispute.",
    "The Chilean envoy was asked to leave the country within 48 hours.",
])
def test_a_party_asked_to_act_stays_request(code_all, text):
    assert "REQUEST" in types_on(code_all(text), "ask")


@pytest.mark.parametrize("text, trigger", [
    ("Treasury officials were talking up the peso, traders said.", "talk"),
    ("The central bank governor talked down the franc on Monday.", "talk"),
])
def test_talking_a_currency_up_or_down_is_no_consultation(code_all, text, trigger):
    assert "CONSULT" not in types_on(code_all(text), trigger)


def test_talking_with_a_party_stays_consult(code_all):
    assert "CONSULT" in types_on(code_all("The Peruvian labour minister talked with union leaders on Friday."), "talk")


@pytest.mark.parametrize("text, trigger", [
    ("The police report said the congressman was in Denver visiting his sister when the crash happened.", "visit"),
    ("The strike committee's chairman said they would be meeting their lawyers on Monday.", "meet"),
    ("The chief executive has been meeting with shareholders in New York this week.", "meet"),
])
def test_private_visits_and_meetings_are_no_consultation(code_all, text, trigger):
    assert not {"CONSULT", "AGREE"} & set(types_on(code_all(text), trigger))


@pytest.mark.parametrize("text, trigger", [
    ("The Irish foreign minister met his Danish counterpart in Dublin.", "met"),
    ("The prime minister met the families of the miners in Cardiff.", "met"),
])
def test_meetings_with_officials_or_the_public_stay_consult(code_all, text, trigger):
    assert "CONSULT" in types_on(code_all(text), trigger)
