"""Lexicon rows and trigger rules of the thirteenth session (docs/lexicon.md, "Thirteenth session: rows
from real-sentence misses (x13)"): classes of misses found on the ConfliBERT training part and read
against the PLOVER manual. Each rule has a sentence it must now code and one that must stay as it was.
Invented sentences, coded with no confidence floor."""
from __future__ import annotations

import pytest

from eventwire.events._lexicon import Lexicon

PUBLISHED = "2024-04-20"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


def types(events) -> set[str]:
    return {e.event for e in events}


def modes(events, type_: str) -> set[str | None]:
    return {e.mode for e in events if e.event == type_}


# --- rows --------------------------------------------------------------------------------------------

def test_the_rows_are_in_the_tables(lex):
    assert lex.light_verb("give", "weapon")[0].plover == "AID"
    assert lex.light_verb("hand", "ambulance")[0].plover == "AID"
    assert (lex.light_verb("withdraw", "observer")[0].plover, lex.light_verb("withdraw", "observer")[0].mode) == \
        ("SANCTION", "withdraw")
    assert lex.light_verb("withdraw", "troop")[0].plover == "RETREAT"  # forces withdrawn stay a retreat
    assert lex.light_verb("breach", "embargo")[0].plover == "REJECT"
    assert lex.light_verb("breach", "truce")[0].plover == "ASSAULT"
    assert lex.light_verb("proclaim", "cessation")[0].plover == "CONCEDE"
    assert lex.light_verb("remain", "on", pobj="alert")[0].plover == "MOBILIZE"


# --- AID: arms and vehicles given ----------------------------------------------------------------------

def test_arms_given_to_a_force_are_aid(code_all):
    events = code_all("Norway gave 300 rifles to the Malian army on Tuesday.")
    assert "AID" in types(events)


def test_arms_given_up_are_no_aid(code_all):
    events = code_all("Rebels in the hills of Tanzania gave up their weapons to the army on Tuesday.")
    assert "AID" not in types(events)


def test_vehicles_handed_over_are_aid(code_all):
    events = code_all("Japan handed over twelve ambulances to the health ministry of Ghana on Monday.")
    assert "AID" in types(events)


def test_tanks_sent_to_a_border_stay_a_deployment(code_all):
    events = code_all("Poland sent tanks to its border with Belarus on Monday.")
    assert "AID" not in types(events)


# --- SANCTION withdraw: non-military resources withdrawn -------------------------------------------------

def test_observers_withdrawn_are_sanction_withdraw(code_all):
    events = code_all("The African Union withdrew its observers from Burundi on Friday.")
    assert "withdraw" in modes(events, "SANCTION")
    assert "RETREAT" not in types(events)


def test_troops_withdrawn_stay_a_retreat(code_all):
    events = code_all("Chad withdrew its troops from Niger on Friday.")
    assert "RETREAT" in types(events)
    assert "SANCTION" not in types(events)


# --- REJECT: a ban defied; ASSAULT: a truce breached ----------------------------------------------------

def test_a_ban_violated_is_defied(code_all):
    events = code_all("Iran violated an embargo on the sale of drones, Canada said on Monday.")
    assert "REJECT" in types(events)


def test_a_truce_breached_is_fighting(code_all):
    events = code_all("Armenian forces breached the truce near the village of Tegh on Sunday.")
    assert "ASSAULT" in types(events)


# --- CONCEDE: a cessation of hostilities declared; a travel ban lifted ----------------------------------

def test_a_declared_cessation_of_hostilities_is_concede(code_all):
    events = code_all("The president of Chad proclaimed a cessation of hostilities in the east on Monday.")
    assert "CONCEDE" in types(events)


def test_a_travel_ban_lifted_is_concede_not_sanction(code_all):
    events = code_all("Canada lifted its travel ban on visitors from Peru on Monday.")
    assert "CONCEDE" in types(events)
    assert "SANCTION" not in types(events)


def test_a_travel_ban_imposed_stays_a_sanction(code_all):
    events = code_all("Canada imposed a travel ban on visitors from Peru on Monday.")
    assert "CONCEDE" not in types(events)


# --- MOBILIZE: forces on alert ---------------------------------------------------------------------------

def test_troops_remaining_on_alert_are_mobilised(code_all):
    events = code_all("Kenyan troops remained on alert along the border with Somalia on Sunday.")
    assert "MOBILIZE" in types(events)


def test_voters_remaining_calm_is_no_mobilisation(code_all):
    events = code_all("Voters in Kenya remained calm on Sunday.")
    assert "MOBILIZE" not in types(events)


# --- an announced act named by a noun: "announced a suspension of aid" -------------------------------------

def test_an_announced_suspension_of_aid_is_sanction(code_all):
    events = code_all("Sweden announced a suspension of aid to Mali on Monday.")
    assert "discontinue" in modes(events, "SANCTION")


def test_an_announced_suspension_of_a_session_is_no_event(code_all):
    # No row knows "suspend a session": the announcement is not coded as a suspension (the weak event
    # noun "suspension" may still show with no confidence floor, as before this rule).
    events = code_all("The speaker of the Kenyan parliament announced a suspension of the session on Monday.")
    assert not [e for e in events if e.explanation and e.explanation.trigger.lower().startswith("announce")]


def test_a_declared_halt_to_an_offensive_is_concede(code_all):
    events = code_all("Ethiopia declared a halt to its offensive in the north on Monday.")
    assert "CONCEDE" in types(events)


# --- ACCUSE investigate: people sent to investigate ------------------------------------------------------

def test_experts_sent_to_investigate_open_an_investigation(code_all):
    events = code_all("Italy sent a team of experts to Libya to investigate the sinking of the ferry.")
    assert "investigate" in modes(events, "ACCUSE")


def test_officials_sent_to_a_summit_investigate_nothing(code_all):
    events = code_all("Italy sent officials to Libya to attend the summit on Monday.")
    assert "ACCUSE" not in types(events)


# --- the grounds of a punishment report no cooperation --------------------------------------------------

def test_collaboration_named_as_grounds_of_an_arrest_is_no_support(code_all):
    events = code_all("Police in Niger arrested a journalist for collaborating with the rebels on Monday.")
    assert not types(events) & {"SUPPORT", "COOPERATE"}


def test_cooperation_praised_is_still_coded(code_all):
    events = code_all("Kenya said on Monday it would cooperate with Uganda on border security.")
    assert types(events) & {"AGREE", "COOPERATE"}


# --- second round: aid moved or given "with", drills ------------------------------------------------------

def test_what_is_provided_with_is_the_gift(code_all):
    events = code_all("Canada provided Ghana with twenty armoured vehicles on Monday.")
    assert "AID" in types(events)


def test_a_statement_provided_is_no_aid(code_all):
    events = code_all("The Ghanaian ministry provided reporters with a statement on Monday.")
    assert "AID" not in types(events)


def test_aid_transferred_and_an_announced_delivery_are_aid(code_all):
    assert "AID" in types(code_all("Oman transferred ten tonnes of medicine to Yemen on Monday."))
    assert "AID" in types(code_all("Norway announced the delivery of food supplies to Malawi on Monday."))


def test_funds_transferred_to_an_account_are_no_aid(code_all):
    events = code_all("The Kenyan firm transferred funds to an account in Cyprus.")
    assert "AID" not in types(events)


def test_one_countrys_drills_are_a_show_of_force(code_all):
    events = code_all("Iran launched naval exercises in the Gulf on Monday.")
    assert "MOBILIZE" in types(events)
    assert "COOPERATE" not in types(events)


def test_joint_drills_stay_cooperation(code_all):
    events = code_all("Egypt and Greece launched joint naval exercises in the Mediterranean on Monday.")
    assert "COOPERATE" in types(events)


# --- third round: forces lent to peacekeeping, aid flown in --------------------------------------------------

def test_troops_sent_to_a_peacekeeping_force_are_aid(code_all):
    events = code_all("Ghana is sending troops to the United Nations peacekeeping force in Mali.")
    assert "AID" in types(events)
    assert "MOBILIZE" not in types(events)


def test_troops_sent_to_a_border_stay_mobilised(code_all):
    events = code_all("Ghana is sending troops to its border with Togo.")
    assert "MOBILIZE" in types(events)


def test_peacekeepers_watching_do_not_make_a_buildup_aid(code_all):
    events = code_all("Sudan massed troops on the border as United Nations peacekeepers watched.")
    assert "MOBILIZE" in types(events)


def test_medicine_flown_in_is_aid(code_all):
    events = code_all("Doctors Without Borders flew ten tonnes of medicine into Chad on Monday.")
    assert "AID" in types(events)
    assert "MOBILIZE" not in types(events)


# --- attacking a way of thinking is criticism --------------------------------------------------------------

def test_attacking_a_mentality_is_criticism(code_all):
    # (a minister, not a banker: since the fourteenth session a business person's words about no political party are no event)
    events = code_all('The Chinese minister Li Wei attacked the "profit before everything" mentality on Monday.')
    assert "ACCUSE" in types(events)
    assert "ASSAULT" not in types(events)


def test_attacking_a_response_unit_stays_an_assault(code_all):
    events = code_all("Rebels attacked an army rapid response unit near Goma on Monday.")
    assert "ASSAULT" in types(events)


def test_drills_held_with_a_partner_are_cooperation(code_all):
    # the partner named by "with" makes the drills joint even where the sentence says no "joint"
    events = code_all("Romania held naval drills with Bulgaria in the Black Sea on Tuesday.", published=PUBLISHED)
    assert "COOPERATE" in types(events) and "MOBILIZE" not in types(events)


def test_drills_near_a_border_stay_a_show_of_force(code_all):
    events = code_all("Russia held military drills near the Ukrainian border on Tuesday.", published=PUBLISHED)
    assert "MOBILIZE" in types(events) and "COOPERATE" not in types(events)
