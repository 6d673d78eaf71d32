"""Verdicts, refusals, forecasts, purposes and warnings (vrd27): a party's claim or figures called untrue is an
accusation of its owner; an announced refusal to ask is REJECT; 'expect X to V' demands only an act owed to others;
the task of an agent hired or appointed is an aim, not an act done; a warning to a party that its failure to act
would bring harm is a threat; a source asking to stay unnamed requests nothing. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import roles_on as typed
from event_helpers import types_on


# -- verdicts of falsity and failings on a party's claim or plan ------------------------------------------------

@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("The Soviet spokesman said Washington's assessment of the arms talks was false.", "said", "RUS", "USA"),
    ("The Japanese ministry said the American estimates of the trade gap were misleading.", "said", "JPN", "USA"),
    ("The U.S. Embassy replied that Chinese figures showing trade deficits are inaccurate.", "replied", "USA", "CHN"),
    ("A U.S. Treasury official described Brazilian Finance Minister Dilson Funaro's argument as nonsense.",
     "described", "USA", "BRA"),
    ("Japan said the tariff plan proposed by the European Community was unworkable.", "said", "JPN", "EUR"),
])
def test_claim_or_plan_judged_untrue_is_accuse(code, text, trigger, actor, recipient):
    assert ("ACCUSE", [actor], [recipient]) in typed(code(text), trigger)


@pytest.mark.parametrize("text", [
    "The company said its earlier figures were incorrect.",  # one's own correction, no party judged
    "The minister said the figures were wrong.",  # figures with no owner named
    "The Soviet spokesman said Washington's assessment would be false if talks failed.",  # hypothetical
])
def test_no_verdict_on_a_party(code, text):
    assert "ACCUSE" not in types_on(code(text), "said")


def test_figures_found_good_approve_no_act(code):
    assert "SUPPORT" not in types_on(code("The minister said the Japanese trade figures were encouraging."), "said")


def test_charges_called_untrue_stay_a_rebuttal(code):
    assert types_on(code("Tokyo replied that the charges were unfounded."), "replied") == ["REJECT"]


# -- refusals told as intentions --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Brazil said it would not seek more money from the International Monetary Fund.", "seek", "IGO"),
    ("Japan will not demand compensation from the Soviet Union, a spokesman said.", "demand", "RUS"),
])
def test_refusal_to_ask_is_reject(code, text, trigger, recipient):
    assert [(t, r) for t, _, r in typed(code(text), trigger)] == [("REJECT", [recipient])]


def test_request_not_made_in_the_past_is_no_refusal(code):
    assert "REJECT" not in types_on(code("Peru did not seek new credits from the World Bank last year."), "seek")


# -- 'expect X to V': a demand only for an act owed --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Washington expects Tokyo to open its market to American rice.",
    "The World Bank official said he expected Indonesia to do more to liberalise trade.",
    "Britain expects the Palestinians to give up terrorism.",
    "The United States expects Iraq to honour its commitments under the ceasefire.",
])
def test_expected_owed_act_is_request(code, text):
    assert "REQUEST" in types_on(code(text), "expect")


@pytest.mark.parametrize("text", [
    "The chancellor said he expected the Bundesbank to cut interest rates next month.",
    "Japan's finance minister said he expected the European Community to award new licences.",
    "The prime minister said he expected Argentina to pursue a tighter monetary policy.",
])
def test_expected_choice_is_forecast(code, text):
    assert "REQUEST" not in types_on(code(text), "expect")


# -- purposes of agents engaged are not acts done -----------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Peru hired a U.S. law firm to help settle its dispute with Chile.", "settle"),
    ("Ecuador has hired an American bank to help negotiate with its creditors.", "negotiate"),
    ("The lawyer was hired by Canada to negotiate with the United States over acid rain.", "negotiate"),
])
def test_task_of_agent_engaged_is_no_act(code, text, trigger):
    events = code(text)
    assert types_on(events, trigger) == [] and types_on(events, "help") == []


def test_troops_sent_stay_mobilize(code):
    assert "MOBILIZE" in types_on(code("Washington sent warships to escort Kuwaiti tankers in the Gulf."), "sent")


# -- warnings to a party of what its failure to act would bring --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The U.S. Agriculture Secretary warned Japan that the failure to remove the import quota might spark a "
    "protectionist response in the United States.",
    "The U.S. warned Japan that its refusal to open the rice market could lead to retaliation.",
])
def test_warning_of_a_failure_to_act_is_threaten(code, text):
    assert ("THREATEN", ["USA"], ["JPN"]) in typed(code(text), "warned")


@pytest.mark.parametrize("text", [
    "The minister warned parliament that the failure of the harvest might push food prices higher.",
    "The economist warned that the failure to cut the deficit could spark a recession.",
])
def test_forecast_warning_stays_no_threat(code, text):
    assert "THREATEN" not in types_on(code(text), "warned")


# -- a source asking to stay unnamed --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("The official, who asked that his name not be used, said Brazil would pay its debts.", "asked"),
    ("A Pentagon official, who asked for anonymity, said the troops would leave.", "asked"),
    ("The official, who requested anonymity, said the talks had failed.", "requested"),
])
def test_anonymity_asked_is_no_request(code, text, trigger):
    assert "REQUEST" not in types_on(code(text), trigger)


def test_party_asked_not_to_act_stays_request(code):
    assert "REQUEST" in types_on(code("Washington asked Moscow not to use force against the Baltic states."), "asked")


def test_stunning_is_no_accusation(code):
    assert "ACCUSE" not in types_on(code("Brazil stunned the banking community by halting interest payments."), "stun")
