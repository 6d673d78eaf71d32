"""Triggers and lexicon types along their axis (trg24, ana23 fixes 6 and 7), each in several forms: a rebuttal
of charges (REJECT), leave granted to another party to act (AGREE), a named place overrun (ASSAULT), an announced
resort to force (THREAT), "distanced itself from" a bill (REJECT), and three non-events (a boast of victory, a
warning to one's own troops). Invented sentences."""
from __future__ import annotations


import pytest


def _found(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


def _show(events):
    return [(e.event, e.modality, _codes(e.actor), _codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text, rebutter, accuser", [
    pytest.param("Peru said the allegations made by Ecuador were groundless.", "PER", "ECU", id="said_groundless"),
    pytest.param("The accusations by Ecuador are completely untrue, the Peruvian foreign ministry said.", "PER", "ECU",
                 id="said_after_untrue"),
    pytest.param("Peru insisted that Ecuador's charges were without foundation.", "PER", "ECU", id="without_foundation"),
    pytest.param("Peruvian officials replied that the charges by Ecuador were false and malicious.", "PER", "ECU",
                 id="replied_false_and"),
])
def test_a_rebuttal_of_charges_is_a_rejection(code, text, rebutter, accuser):
    ev = _found(code(text), "REJECT")
    assert ev and rebutter in _codes(ev[0].actor) and accuser in _codes(ev[0].recipient), _show(code(text))
    assert not _found(code(text), "ACCUSE"), _show(code(text))


@pytest.mark.parametrize("text", [
    pytest.param("Peru said the charges by Ecuador were not unfounded.", id="negated_verdict"),
    pytest.param("Peru said the talks with Ecuador were useful.", id="no_accusation_noun"),
    pytest.param("Peru said the charges by Ecuador would be false if repeated.", id="hypothetical"),
])
def test_no_rebuttal_without_a_charge_declared_untrue(code, text):
    assert not _found(code(text), "REJECT"), _show(code(text))


def test_a_label_of_untruth_is_a_rejection_once_the_verdict_rule_defers(code):
    text = "Peru called Ecuador's charges baseless."
    assert _found(code(text), "REJECT") and not _found(code(text), "ACCUSE"), _show(code(text))


@pytest.mark.parametrize("text, giver", [
    pytest.param("Chile gave preliminary approval for Bolivia to build the pipeline.", "CHL", id="approval_for_to"),
    pytest.param("Chile granted permission for Bolivia to use the port of Arica.", "CHL", id="permission_for_to"),
    pytest.param("Chile gave Bolivia permission to use the port of Arica.", "CHL", id="permission_dative"),
    pytest.param("Santiago has given the green light for La Paz to buy the jets.", "CHL", id="green_light"),
])
def test_leave_granted_to_another_party_to_act_is_agreement(code, text, giver):
    ev = code(text)
    assert _found(ev, "AGREE") and giver in _codes(_found(ev, "AGREE")[0].actor), _show(ev)
    assert not _found(ev, "SUPPORT") and not _found(ev, "CONCEDE"), _show(ev)


def test_approval_of_a_thing_keeps_its_support_row(code):
    ev = code("The Chilean cabinet gave its approval to the budget.")
    assert not _found(ev, "AGREE"), _show(ev)


@pytest.mark.parametrize("text, taker", [
    pytest.param("Syrian forces overran the Golan plateau in June.", "SYR", id="ground_noun"),
    pytest.param("Iranian troops overran Fao last year.", "IRN", id="unlisted_name"),
    pytest.param("Chadian rebels captured Abeche on Sunday.", "TCD", id="armed_taker_named_town"),
])
def test_ground_taken_by_force_is_an_assault(code, text, taker):
    ev = code(text)
    assert _found(ev, "ASSAULT") and taker in _codes(_found(ev, "ASSAULT")[0].actor), _show(ev)
    assert not _found(ev, "COERCE"), _show(ev)


def test_an_announced_resort_to_force_is_a_threat(code_all):
    ev = code_all("Chad said it will resort to military action against Libya if attacked.")
    assert _found(ev, "THREATEN"), _show(ev)


def test_a_resort_to_force_told_as_done_is_no_threat(code_all):
    ev = code_all("Chadian police resorted to force to clear the square.")
    assert not _found(ev, "THREATEN"), _show(ev)


@pytest.mark.parametrize("text", [
    pytest.param("The ruling party in Ghana distanced itself from the bill.", id="bill"),
    pytest.param("Ghana distanced itself from Togo's plan to close the border.", id="plan_of_another"),
])
def test_distancing_oneself_from_a_text_is_a_rejection(code, text):
    ev = code(text)
    assert not _found(ev, "ACCUSE"), _show(ev)
    assert _found(ev, "REJECT"), _show(ev)


@pytest.mark.parametrize("text", [
    pytest.param("President Saleh pledged a decisive breakthrough in the war.", id="pledged_breakthrough"),
    pytest.param("President Saleh vowed victory over the rebels.", id="vowed_victory"),
])
def test_a_boast_of_victory_is_no_agreement(code, text):
    assert not _found(code(text), "AGREE"), _show(code(text))


@pytest.mark.parametrize("text", [
    pytest.param("President Saleh warned his frontline troops to stay alert.", id="his_troops"),
    pytest.param("Yemen warned its soldiers against looting.", id="its_soldiers"),
])
def test_warning_ones_own_forces_is_no_threat(code, text):
    assert not _found(code(text), "THREATEN"), _show(code(text))


def test_warning_another_partys_forces_is_still_coded(code):
    # (a warning or, for "not to V", the demand it makes: the veto is only for one's own forces)
    ev = code("Yemen warned Saudi Arabia's troops not to cross the border.")
    assert any("SAU" in _codes(e.recipient) for e in _found(ev, "THREATEN") + _found(ev, "REQUEST")), _show(ev)


@pytest.mark.parametrize("text, offerer, offered_to", [
    pytest.param("Norway will present a draft treaty to Sweden next month.", "NOR", "SWE", id="present_draft_treaty"),
    pytest.param("Oslo submitted a draft agreement to Stockholm.", "NOR", "SWE", id="submit_draft_agreement"),
    pytest.param("Norway handed over its compromise formula to Sweden.", "NOR", "SWE", id="hand_over_compromise"),
])
def test_an_accords_text_put_before_a_party_is_an_offer(code, text, offerer, offered_to):
    ev = _found(code(text), "AGREE")
    assert ev and offerer in _codes(ev[0].actor) and offered_to in _codes(ev[0].recipient), _show(code(text))
    assert not _found(code(text), "RETREAT") and not _found(code(text), "CONCEDE"), _show(code(text))


@pytest.mark.parametrize("text", [
    pytest.param("Norway handed over a letter to the Swedish ambassador.", id="letter"),
    pytest.param("Norway handed over the draft of the speech to Swedish reporters.", id="draft_of_a_speech"),
])
def test_a_document_handed_over_is_no_retreat(code, text):
    assert not _found(code(text), "RETREAT") and not _found(code(text), "CONCEDE"), _show(code(text))


def test_prisoners_handed_over_stay_a_retreat(code):
    ev = code("Norway handed over the two Swedish prisoners to Sweden.")
    assert _found(ev, "RETREAT"), _show(ev)


@pytest.mark.parametrize("text", [
    pytest.param("Statoil said it would conduct an environmental impact study before building the terminal.",
                 id="impact_study"),
    pytest.param("The Norwegian ministry ordered a review of its tariff policy.", id="review_own_policy"),
])
def test_a_study_of_ones_own_plans_is_no_investigation(code_all, text):
    assert not _found(code_all(text), "ACCUSE"), _show(code_all(text))


def test_a_study_of_another_partys_acts_stays_an_investigation(code):
    ev = code("Norway launched an analysis of Russia's arms programme.")
    assert _found(ev, "ACCUSE"), _show(ev)


@pytest.mark.parametrize("text, giver, helped", [
    pytest.param("Pakistan built the reactor with technical help from China.", "CHN", "PAK", id="help_from"),
    pytest.param("Ghana built the dam with the help of Italy.", "ITA", "GHA", id="the_help_of"),
    pytest.param("With financial assistance from Japan, Ghana rebuilt the port.", "JPN", "GHA", id="assistance_fronted"),
])
def test_help_received_from_a_party_is_its_aid(code, text, giver, helped):
    ev = _found(code(text), "AID")
    assert ev and giver in _codes(ev[0].actor) and helped in _codes(ev[0].recipient), _show(code(text))


@pytest.mark.parametrize("text", [
    pytest.param("Norway overtook Sweden to become Denmark's biggest trading partner.", id="overtook_in_trade"),
    pytest.param("The Norwegian bank tabled a higher offer for the Swedish insurer.", id="tabled_a_bid"),
])
def test_business_senses_of_the_new_rules_report_nothing(code, text):
    ev = code(text)
    assert not _found(ev, "ASSAULT") and not _found(ev, "AGREE"), _show(ev)


def test_a_warning_that_one_will_resort_to_any_means_is_a_threat(code):
    ev = _found(code("Libya warned it would resort to all means against Chad."), "THREATEN")
    assert ev and "LBY" in _codes(ev[0].actor) and "TCD" in _codes(ev[0].recipient), _show(ev)


def test_not_hesitating_to_resort_to_force_is_no_negation(code_all):
    ev = _found(code_all("Chad will not hesitate to resort to force if Libya attacks."), "THREATEN")
    assert ev and ev[0].modality != "negated", _show(ev)


@pytest.mark.parametrize("text", [
    pytest.param("Norway handed over a letter of protest to the Swedish envoy.", id="letter_of_protest"),
    pytest.param("Norway handed over a protest letter to the Swedish envoy.", id="protest_letter"),
])
def test_a_protest_text_handed_over_is_the_protest(code, text):
    ev = code(text)
    assert _found(ev, "ACCUSE") or _found(ev, "PROTEST"), _show(ev)
