"""Stance verbs over embedded events and filters that dropped told events (typ24, ana23's fixes 3, 5 and part of
7): backing another party's act is SUPPORT for that party, proposing an act is an offer (AGREE) or a request,
signing a text that calls for an act is the signers' REQUEST, warning a party off its own act is a REQUEST, a plan
to coerce is a THREATEN; events told with their maker in a time adjunct, talks "between" parties and a statement
made by wanting to make it are events; a quoted question, a likeness and one body's own meeting are none.
Every sentence is invented."""
from __future__ import annotations

import pytest


def _of(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


def _show(events):
    return [(e.event, e.modality, sorted(_codes(e.actor) - {None}), sorted(_codes(e.recipient) - {None}),
             e.explanation.trigger) for e in events]


@pytest.mark.parametrize("text, backer, owner", [
    pytest.param("Ecuador supported Colombia's protest at the meeting.", "ECU", "COL", id="possessive"),
    pytest.param("Ecuador and Chile had backed the Colombian complaint before the council.", "ECU", "COL", id="adjective"),
    pytest.param("The Colombian complaint was endorsed by Ecuador.", "ECU", "COL", id="passive"),
    pytest.param("Ecuador backed the demand by Colombia for an inquiry.", "ECU", "COL", id="by_phrase"),
])
def test_backing_another_partys_act_is_support_for_it(code_all, text, backer, owner):
    events = code_all(text)
    support = [e for e in _of(events, "SUPPORT") if backer in _codes(e.actor)]
    assert support and owner in _codes(support[0].recipient), _show(events)
    # the backer neither protests, complains nor demands itself
    assert not [e for e in events if e.event in ("PROTEST", "ACCUSE", "REQUEST") and backer in _codes(e.actor)], \
        _show(events)


@pytest.mark.parametrize("text", [
    pytest.param("Thousands of Ecuadorean students backed down after the police warning.", id="backed_down"),
])
def test_backing_down_is_no_support(code_all, text):
    assert not _of(code_all(text), "SUPPORT"), _show(code_all(text))


@pytest.mark.parametrize("text", [
    pytest.param("Ghana's trade minister suggested the two countries could form a joint panel.", id="modal"),
    pytest.param("Ghana proposed that the two governments set up a joint panel on fishing.", id="that_bare"),
    pytest.param("Ghana suggested a joint inquiry into the fishing dispute with Togo.", id="joint_noun"),
    pytest.param("The Ghanaian minister proposed setting up a joint panel with Togo.", id="gerund"),
])
def test_proposing_a_joint_act_is_an_offer(code_all, text):
    events = code_all(text)
    offer = [e for e in _of(events, "AGREE") if "GHA" in _codes(e.actor) and e.explanation.trigger.startswith(("sugg", "prop"))]
    assert offer and offer[0].modality == "asserted", _show(events)
    assert not _of(events, "ACCUSE"), _show(events)  # the inquiry is only proposed


@pytest.mark.parametrize("text", [
    pytest.param("Ghana suggested that Togo should reopen its border.", id="should"),
    pytest.param("Ghana proposed that Togo withdraw its patrol boats.", id="subjunctive"),
])
def test_proposing_anothers_act_asks_for_it(code_all, text):
    events = code_all(text)
    asks = [e for e in _of(events, "REQUEST") if "GHA" in _codes(e.actor)]
    assert asks and "TGO" in _codes(asks[0].recipient), _show(events)
    assert not _of(events, "RETREAT"), _show(events)  # the withdrawal is asked for, not done


@pytest.mark.parametrize("text", [
    pytest.param("The Ghanaian minister suggested Togo had lied about the border incident.", id="past_claim"),
    pytest.param("The Ghanaian minister suggested that Ghana may decide case by case.", id="may_guess"),
    pytest.param("The Ghanaian minister suggested that the president would meet his target.", id="would_forecast"),
    pytest.param("The health guidelines recommend holding patients no longer than three days.", id="document"),
])
def test_a_guess_or_a_documents_advice_is_no_proposal(code_all, text):
    events = code_all(text)
    assert not [e for e in events if e.event in ("AGREE", "REQUEST", "CONCEDE")
                and e.explanation.trigger in ("suggested", "recommend")], _show(events)


@pytest.mark.parametrize("text", [
    pytest.param("Forty Belgian deputies signed a petition calling for sanctions against Zaire.", id="participle"),
    pytest.param("More than 80 Belgian MPs have tabled a motion that demands sanctions against Zaire.", id="relative"),
])
def test_signing_a_text_that_calls_for_an_act_is_the_signers_request(code_all, text):
    events = code_all(text)
    asks = [e for e in _of(events, "REQUEST") if "BEL" in _codes(e.actor)]
    assert asks and _codes(asks[0].recipient) & {"COD", "ZAR"}, _show(events)
    assert not _of(events, "SUPPORT"), _show(events)


@pytest.mark.parametrize("text", [
    pytest.param("Peru's president warned Bolivia not to block the river.", id="not_to"),
    pytest.param("Peru warned Bolivia against blocking the river.", id="against"),
    pytest.param("The IMF warned Bolivia not to waste the new loan.", id="igo"),
])
def test_warning_a_party_off_its_own_act_is_a_request(code_all, text):
    events = code_all(text)
    assert _of(events, "REQUEST") and not _of(events, "THREATEN"), _show(events)


@pytest.mark.parametrize("text", [
    pytest.param("Peru warned Bolivia that it would retaliate if it blocked the river.", id="own_harm"),
    pytest.param("Peru warned Bolivia not to block the river or face sanctions.", id="or_face"),
    pytest.param("Peru warned Bolivia not to attack the border villages.", id="armed_act"),
    pytest.param("Peru warned Bolivia against using its new rockets.", id="weapons"),
    pytest.param("Peru warned Bolivia not to test its patience.", id="patience"),
])
def test_a_warning_with_the_speakers_harm_stays_a_threat(code_all, text):
    assert _of(code_all(text), "THREATEN"), _show(code_all(text))


@pytest.mark.parametrize("text", [
    pytest.param("The Dutch government was drawing up contingency plans to force Japan to open its markets.",
                 id="contingency"),
    pytest.param("The Dutch government is preparing plans to punish Japan for its trade barriers.", id="punish"),
])
def test_a_plan_to_coerce_another_party_is_a_threat(code_all, text):
    events = code_all(text)
    threats = [e for e in _of(events, "THREATEN") if "NLD" in _codes(e.actor)]
    assert threats and "JPN" in _codes(threats[0].recipient), _show(events)


def test_a_plan_to_build_is_no_threat(code_all):
    assert not _of(code_all("The Dutch government is preparing plans to build a new dam."), "THREATEN")


@pytest.mark.parametrize("text", [
    pytest.param("The Danish decision came after almost a year of protests by Greenland fishermen.", id="span"),
    pytest.param("The Danish firm dropped the project after protests by Greenland fishermen.", id="bare_plural"),
])
def test_an_event_told_with_its_maker_in_a_time_adjunct_is_an_event(code_all, text):
    assert _of(code_all(text), "PROTEST"), _show(code_all(text))


def test_an_event_in_a_time_adjunct_with_no_maker_stays_a_reference(code_all):
    events = code_all("The Danish firm dropped the project after the protests.")
    assert not _of(events, "PROTEST"), _show(events)


def test_talks_between_parties_are_an_event(code_all):
    events = code_all("The accord was reached in talks between a Senegalese delegation and Mali.")
    assert [e for e in _of(events, "CONSULT") if e.explanation.trigger == "talks"], _show(events)


@pytest.mark.parametrize("text", [
    pytest.param('"We want to point out our continued support for Ghana\'s reforms," the U.S. spokesman said.',
                 id="point_out"),
    pytest.param('"We wish to make clear our support for Ghana," the U.S. spokesman said.', id="make_clear"),
])
def test_wanting_to_state_support_states_it(code_all, text):
    events = code_all(text)
    support = [e for e in _of(events, "SUPPORT") if "GHA" in _codes(e.recipient)]
    assert support and support[0].modality == "asserted", _show(events)


def test_a_wish_reported_of_another_stays_a_wish(code_all):
    events = code_all("Ghana wants to win American support for its reforms.")
    assert not [e for e in _of(events, "SUPPORT") if e.modality == "asserted"], _show(events)


@pytest.mark.parametrize("text", [
    pytest.param('"Will the ceasefire hold?" the Malian minister asked.', id="quoted_question"),
    pytest.param('Soldiers found 30 bodies near Gao. "It looks like a massacre," a Malian officer said.', id="looks_like"),
])
def test_a_question_or_a_likeness_is_no_event(code_all, text):
    events = code_all(text)
    assert not [e for e in events if e.explanation.trigger in ("asked", "massacre")], _show(events)


def test_one_bodys_own_meeting_is_a_setting(code_all):
    events = code_all("At today's cabinet meeting, the Malian president told reporters that Mali would cut tariffs.")
    assert not _of(events, "CONSULT"), _show(events)


def test_a_meeting_with_another_party_stays_an_event(code_all):
    events = code_all("At a meeting with Senegal's foreign minister, the Malian president signed the accord.")
    assert _of(events, "CONSULT") or [e for e in events if e.explanation.trigger == "meeting"], _show(events)
