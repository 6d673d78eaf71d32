"""Triggers that had no rule (trg23, ana21's fix 6), each checked in several forms: a pledge not kept, told of a
named party, is blamed (ACCUSE); "will not change its decision" refuses (REJECT); envoys going home are recalled
(SANCTION); briefing another party's officials is consultation (CONSULT); wanting another party's own thing to
change asks that party (REQUEST). Invented sentences."""
from __future__ import annotations

import pytest


def _found(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


@pytest.mark.parametrize("text, blamer, blamed", [
    pytest.param("Ghanaian officials said Togo had not honoured its pledges on transit trade.", "GHA", "TGO", id="not_honoured"),
    pytest.param("The Dutch central bank chief said Italy had not yet fulfilled its commitments.", "NLD", "ITA", id="not_yet_fulfilled"),
    pytest.param("Portugal has not met its obligations under the fishing accord, Spanish officials said.", "ESP", "PRT", id="not_met_said_after"),
    pytest.param("Syria said Jordan had never complied with the border resolution.", "SYR", "JOR", id="never_complied_with"),
    pytest.param("Chile said Bolivia has still not honoured the water agreement.", "CHL", "BOL", id="still_not_honoured"),
])
def test_a_pledge_not_kept_is_blamed(code, text, blamer, blamed):
    ev = _found(code(text), "ACCUSE")
    assert ev and blamer in _codes(ev[0].actor) and blamed in _codes(ev[0].recipient), [(e.event, e.actor, e.recipient) for e in code(text)]


@pytest.mark.parametrize("text", [
    pytest.param("Syria said it had not honoured the truce.", id="own_side_pronoun"),
    pytest.param("Jordan has not implemented the accord.", id="no_one_says_so"),
    pytest.param("Chile said Bolivia would not honour the water agreement.", id="a_refusal_not_a_shortfall"),
])
def test_no_blame_without_two_named_parties_or_for_a_refusal(code, text):
    assert not _found(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    pytest.param("Greece said it would not change its decision to close the consulate in Skopje.", id="not_change_decision"),
    pytest.param("The Brazilian government will not reconsider its decision on coffee quotas, the minister said.", id="not_reconsider"),
    pytest.param("Japan said it would not alter its policy on beef imports despite American pressure.", id="not_alter_policy"),
])
def test_not_going_back_on_a_decision_is_a_refusal(code, text):
    assert _found(code(text), "REJECT"), [(e.event, e.modality) for e in code(text)]


def test_a_plain_change_of_policy_is_no_refusal(code):
    assert not _found(code("The Kenyan government changed its policy on refugees last year."), "REJECT")


@pytest.mark.parametrize("text, home", [
    pytest.param("Libyan radio said all Egyptian diplomats in Tripoli would return home within days.", "EGY", id="diplomats_return_home"),
    pytest.param("The Syrian ambassador to Jordan flew home on Friday.", "SYR", id="ambassador_flew_home"),
    pytest.param("The Dutch envoys in Jakarta will go home, the ministry said.", "NLD", id="envoys_go_home"),
])
def test_envoys_going_home_are_recalled(code, text, home):
    ev = _found(code(text), "SANCTION")
    assert ev and home in _codes(ev[0].actor), [(e.event, e.actor) for e in code(text)]


def test_an_envoy_travelling_is_no_recall(code):
    assert not _found(code("The ambassador returned to Amman after talks in Damascus."), "SANCTION")


@pytest.mark.parametrize("text, briefer, briefed", [
    pytest.param("The Iraqi foreign minister informed Jordanian officials about the peace plan.", "IRQ", "JOR", id="informed_officials"),
    pytest.param("The Peruvian trade minister briefed Chilean officials on the talks.", "PER", "CHL", id="briefed_officials"),
    pytest.param("Bolivian officials were briefed by the Peruvian foreign minister on the talks.", "PER", "BOL", id="passive"),
    pytest.param("Egypt's foreign minister informed his Sudanese counterpart of the proposals.", "EGY", "SDN", id="counterpart"),
])
def test_briefing_another_partys_officials_is_consultation(code, text, briefer, briefed):
    ev = _found(code(text), "CONSULT")
    assert ev and briefer in _codes(ev[0].actor) and briefed in _codes(ev[0].recipient), \
        [(e.event, e.actor, e.recipient) for e in code(text)]


@pytest.mark.parametrize("text", [
    pytest.param("The minister briefed reporters on the talks.", id="press"),
    pytest.param("The prime minister briefed his cabinet on the summit.", id="own_cabinet"),
])
def test_briefing_the_press_or_ones_cabinet_is_no_consultation(code, text):
    assert not _found(code(text), "CONSULT")


@pytest.mark.parametrize("text, asker, asked", [
    pytest.param("The United States wants South Korea's currency to rise faster, an official said.", "USA", "KOR", id="possessive"),
    pytest.param("Washington wants West Germany's trade surplus to shrink, the trade representative said.", "USA", "DEU", id="surplus_shrink"),
    pytest.param("The United States wants the Singapore dollar to rise faster.", "USA", "SGP", id="compound_owner"),
])
def test_wanting_another_partys_thing_to_change_asks_that_party(code, text, asker, asked):
    ev = _found(code(text), "REQUEST")
    assert ev and asker in _codes(ev[0].actor) and asked in _codes(ev[0].recipient), \
        [(e.event, e.actor, e.recipient) for e in code(text)]


@pytest.mark.parametrize("text", [
    pytest.param("Investors want prices to fall, dealers said.", id="no_owner"),
    pytest.param("Japan wants its exports to grow next year.", id="own_thing"),
    pytest.param("The United States expects South Korea's currency to rise.", id="a_forecast"),
])
def test_wanting_a_thing_nobody_else_owns_to_move_asks_nothing(code, text):
    assert not _found(code(text), "REQUEST")


@pytest.mark.parametrize("text, sender", [
    pytest.param("The United States is sending the battleship Iowa to patrol the Red Sea.", "USA", id="battleship"),
    pytest.param("France dispatched two minesweepers to the Gulf on Monday.", "FRA", id="minesweepers"),
    pytest.param("Britain deployed paratroopers along the border.", "GBR", id="paratroopers"),
])
def test_warships_and_troops_sent_are_mobilized(code, text, sender):
    ev = _found(code(text), "MOBILIZE")
    assert ev and sender in _codes(ev[0].actor), [(e.event, e.actor) for e in code(text)]


@pytest.mark.parametrize("text, guest, host", [
    pytest.param("The Indian premier ended a four-day visit to Nepal on Sunday.", "IND", "NPL", id="ended_visit"),
    pytest.param("The Kenyan president concluded a three-day tour of Tanzania.", "KEN", "TZA", id="concluded_tour"),
])
def test_a_visit_ended_was_paid(code, text, guest, host):
    ev = _found(code(text), "CONSULT")
    assert ev and guest in _codes(ev[0].actor) and host in _codes(ev[0].recipient), \
        [(e.event, e.actor, e.recipient) for e in code(text)]


@pytest.mark.parametrize("text", [
    pytest.param("The Japanese minister put much of the blame for the deficit on Washington.", id="much_of"),
    pytest.param("Egypt placed some of the blame for the clashes on Libya.", id="some_of"),
])
def test_a_share_of_the_blame_laid_is_blame(code, text):
    assert _found(code(text), "ACCUSE"), [(e.event, e.actor) for e in code(text)]


def test_a_share_of_savings_put_somewhere_is_no_blame(code):
    assert not _found(code("The company put part of its savings into bonds."), "ACCUSE")


@pytest.mark.parametrize("text", [
    pytest.param("Korea said it would not scrap its import quotas on American beef.", id="not_scrap_quotas"),
    pytest.param("Brazil will not drop the duties on Argentine wheat, the minister said.", id="not_drop_duties"),
])
def test_refusing_to_take_a_restriction_away_is_a_refusal(code, text):
    assert _found(code(text), "REJECT"), [(e.event, e.modality) for e in code(text)]


def test_a_restriction_dropped_on_a_named_party_is_eased(code):
    assert _found(code("The European Community dropped its duties on Canadian timber on Monday."), "CONCEDE")


@pytest.mark.parametrize("text", [
    pytest.param("The government abolished price controls on car repairs last year.", id="domestic_controls"),
    pytest.param("The minister dropped his objections to the plan.", id="objections"),
])
def test_a_domestic_measure_dropped_is_no_refusal(code, text):
    assert not _found(code(text), "REJECT")


@pytest.mark.parametrize("text", [
    pytest.param("Officials said Korea was fighting opening its beef market.", id="fighting_opening"),
    pytest.param("Brazil has fought paying the new levy for two years.", id="fought_paying"),
])
def test_fighting_an_act_is_no_force(code, text):
    assert not _found(code(text), "ASSAULT"), [(e.event, e.actor) for e in code(text)]
