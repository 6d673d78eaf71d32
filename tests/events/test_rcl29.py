"""Acts of politics stories the coder never proposed (rcl29): giving up one's own plan is a concession (CONCEDE);
concluding an accord is reaching it (AGREE), finalising or initialling one is signing it (PLOVER SUPPORT, "finalize
an agreement"), though "conclude" alone is a reporting verb. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on


@pytest.mark.parametrize("text, word", [
    ("The Taiwanese authorities have shelved their plan to build a nuclear plant near the coast.", "shelv"),
    ("Kenya has scrapped plans to expel foreign journalists.", "scrap"),
    ("The Bolivian government abandoned its scheme to sell state mines after weeks of protests.", "aband"),
    ("Under pressure from its allies, Belgium ditched a plan to cut its troops in Germany.", "ditch"),
])
def test_giving_up_ones_own_plan_is_a_concession(code, no_type_chooser, text, word):
    assert [e.event for e in on(code(text), word)] == ["CONCEDE"]


def test_dropping_another_partys_plan_stays_a_rejection(code, no_type_chooser):
    events = on(code("The Senate dropped the President's plan to cut farm subsidies."), "drop")
    assert [e.event for e in events] == ["REJECT"]


def test_a_firm_giving_up_a_business_plan_is_no_concession(code):
    assert not on(code("Texaco Inc abandoned its plan to buy back shares."), "aband")


@pytest.mark.parametrize("text, word", [
    ("Peru and Chile concluded a border treaty in Lima on Thursday.", "conclu"),
    ("The two governments have concluded a new fisheries agreement, officials said.", "conclu"),
    # (trg41: initialling was SUPPORT here; it marks the parties' agreement on a text before signing, AGREE as
    # concluding is, and the development golds code "initialled a joint declaration" AGREE)
    ("Britain and China initialled an accord on the future of the colony.", "initial"),
])
def test_an_accord_concluded_is_reached(code, no_type_chooser, text, word):
    events = on(code(text), word)
    assert [(e.event, e.modality) for e in events] == [("AGREE", "asserted")]


@pytest.mark.parametrize("text, word", [
    ("Egypt and Sudan finalised a cooperation protocol covering the Nile waters.", "finali"),
    ("Negotiators from Greece and Turkey finalized a pact on air safety in the Aegean.", "finali"),
])
def test_an_accord_finalised_is_signed(code, no_type_chooser, text, word):
    events = on(code(text), word)
    assert [e.event for e in events] == ["SUPPORT"]
    assert events[0].modality == "asserted"


def test_the_signing_states_are_its_parties(code, no_type_chooser):
    events = on(code("Britain and China initialled an accord on the future of the colony."), "initial")
    assert sorted(str(p.code) for p in events[0].actor) == ["CHN", "GBR"]


def test_an_accord_to_be_concluded_is_foreseen(code, no_type_chooser):
    events = on(code("Argentina will conclude an agreement with its creditor banks next month."), "conclu")
    assert [(e.event, e.modality) for e in events] == [("AGREE", "future")]


@pytest.mark.parametrize("text", [
    "The inquiry concluded that the agreement had been broken.",
    "The commission concluded its report on the treaty last week.",
    "The company concluded an agreement to sell its shipping unit.",
])
def test_a_finding_or_a_firms_sale_is_no_signing(code, text):
    assert not [e for e in on(code(text), "conclu") if e.event in ("SUPPORT", "AGREE")]
