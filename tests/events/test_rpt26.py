"""Stances carried by reported speech that no trigger of the reported clause proposes (rpt26): a wrong told of a
named party ("the Tories say Blair lied", "said Japan violated the accord", "said Argentina was unfairly
protecting its industry") is the speaker's accusation. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import roles_on as on

PUBLISHED = "2024-04-20"


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    # a verb of deceit
    ("Opposition leader Peter Dutton said Prime Minister Anthony Albanese lied to voters about the tax cuts.",
     "lied", "AUS", "AUS"),
    ("The Chilean foreign minister said Bolivia had misled the court over the border.", "misled", "CHL", "BOL"),
    # a breach of a word or a rule
    ("The Chinese government said Japan violated the 1972 agreement.", "violated", "CHN", "JPN"),
    ("The Egyptian minister said Israel has breached the peace treaty.", "breached", "EGY", "ISR"),
    ("The Chilean government said Peru violated fishing and customs rules last year.", "violated", "CHL", "PER"),
    ("The Canadian opposition leader said: \"The prime minister has forgotten the taxpayers, and has broken the "
     "pledges he made.\"", "broken", "CAN", "CAN"),
    # any act done "illegally" or "unfairly"
    ("The Brazilian minister said Argentina was unfairly protecting its car industry.", "protecting", "BRA", "ARG"),
    ("The Kenyan government said Uganda had illegally fished in Lake Victoria.", "fished", "KEN", "UGA"),
])
def test_wrong_told_is_an_accusation(code_all, text, trigger, actor, recipient):
    assert ("ACCUSE", [actor], [recipient]) in on(code_all(text), trigger)


@pytest.mark.parametrize("text, trigger", [
    # foreseen, conditional, denied or asked about: no wrong told as done
    ("The Egyptian minister said Israel might violate the accord.", "violate"),
    ("The Turkish government said Greece did not violate the treaty.", "violate"),
    ("The Russian president asked why Ukraine had broken the agreement.", "broken"),
    ("The French minister said it would be a disaster if Germany broke the treaty.", "broke"),
    # the other senses of the verbs
    ("The Kenyan government said it would break even next year.", "break"),
    ("Talks between Chile and Peru broke down on Monday, officials said.", "broke"),
    ("The minister said the oil fields lie idle since the war.", "lie"),
    ("The Spanish minister said the answer lies in closer cooperation with France.", "lies"),
    # nobody named does the wrong, or nobody named tells it
    ("The Spanish minister said the rules breach European law.", "breach"),
    ("Rival airlines say Lufthansa has violated European state aid rules.", "violated"),
    # one's own wrong admitted blames no other party
    ("Mr Lopez admitted he misled the Mexican Congress.", "misled"),
])
def test_no_accusation(code_all, text, trigger):
    assert not any(t == "ACCUSE" for t, _, _ in on(code_all(text), trigger))


def test_armed_breach_keeps_its_row(code_all):
    # a truce broken is an armed act the lexicon codes, not a wrong told
    events = on(code_all("The Indian army said Pakistan violated the ceasefire on Tuesday."), "violated")
    assert events and all(t == "ASSAULT" for t, _, _ in events)


def test_a_promise_broken_is_told_once(code_all):
    # "said Y had broken its pledges" is _stance's verdict already: one accusation, not two
    events = code_all("The French foreign minister said Germany had broken its pledges on farm subsidies.")
    assert [e.event for e in events].count("ACCUSE") == 1


@pytest.mark.parametrize("text, actor", [
    # "is against" a party's act or a policy is the copula's "opposes"
    ("West Germany is strongly against the Italian proposal.", "DEU"),
    ("The Australian government is against the merger deal, officials say.", "AUS"),
    ("The Dutch government remains firmly against the Commission's plan.", "NLD"),
])
def test_against_is_opposition(code_all, text, actor):
    events = [(e.event, sorted(a.code for a in e.actor)) for e in code_all(text)]
    assert ("REJECT", [actor]) in events  # the plain row of "oppose" (rcl35: a refusal)


@pytest.mark.parametrize("text", [
    "The Australian trade minister said the bid may be against the national interest.",  # a verdict, modal
    "The French government is not against the plan.",  # negated
    "Britain has always been against the single currency.",  # a disposition
    "Inflation in April was 3.2 percent against 2.4 percent in March.",  # a comparison
    "Senator Smith said he was against the Japanese offer.",  # a pronoun: whose stance is not guessed
    "The vote was against the motion by a wide margin.",  # a thing, not a party
])
def test_against_without_opposition(code_all, text):
    assert not any(e.explanation and "against" in (e.explanation.rule or "") for e in code_all(text))
