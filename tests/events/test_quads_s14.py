"""Quad classes pinned in the fourteenth session (cb14, issue 3: ConfliBERT quad accuracy), each on
sentences written for the test and each a rule of the PLOVER manual:
- an announced future retreat is CONCEDE (verbal cooperation), the retreat done is RETREAT;
- the return of property to a party is RETREAT, with the party it goes to as recipient;
- giving up one's weapons is RETREAT disarm, not the fighting CAMEO's "drop" rows read into it;
- a bare infinitive after a verb of seeing or causing is an act done, not a subjunctive wish."""
from __future__ import annotations

import pytest

PUBLISHED = "2024-06-03"


def _events(code_all, text):
    return [(e.event, e.modality, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in code_all(text)]


def _types(code_all, text):
    return [e.event for e in code_all(text)]


# --- an announced future retreat is CONCEDE -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Bolivian rebels said on Tuesday they would free four Peruvian engineers they have held since March.",
    "Ecuador said it will pull its soldiers out of the disputed valley next week.",
    "Uruguay announced it would withdraw its naval patrol from the river.",
    "The guerrillas have said they will hand over their rifles to the monitors by August.",
])
def test_an_announced_future_retreat_is_a_concession(code_all, text):
    types = _types(code_all, text)
    assert "CONCEDE" in types, (text, types)
    assert "RETREAT" not in types, (text, types)


@pytest.mark.parametrize("text", [
    "The Bolivian rebels freed four Peruvian engineers on Tuesday.",
    "Ecuador pulled its soldiers out of the disputed valley last week.",
    "Uruguay withdrew its naval patrol from the river on Monday.",
])
def test_a_retreat_done_stays_a_retreat(code_all, text):
    assert "RETREAT" in _types(code_all, text), text


def test_a_future_retreat_keeps_its_future_modality_and_parties(code_all):
    events = _events(code_all, "Ecuador said it will pull its soldiers out of Peru next week.")
    conceded = [e for e in events if e[0] == "CONCEDE"]
    assert conceded and conceded[0][1] == "future" and conceded[0][2] == ["ECU"], events


# --- the return of property to a party is RETREAT --------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("The Dutch authorities returned three stolen bronze statues to Nigeria.", "NLD", "NGA"),
    ("Canada returned the seized fishing boat to the government of Chile.", "CAN", "CHL"),
    ("Britain handed back the confiscated documents to Kenya.", "GBR", "KEN"),
])
def test_returning_property_to_a_party_is_a_retreat(code_all, text, actor, recipient):
    got = [e for e in _events(code_all, text) if e[0] == "RETREAT"]
    assert got and actor in got[0][2] and recipient in got[0][3], (text, _events(code_all, text))


def test_the_party_property_goes_to_is_the_recipient_for_a_listed_object(code_all):
    # the return-artifact row already fired; the party after "to" was not taken as the recipient
    got = [e for e in _events(code_all, "Spanish customs officers returned forty ancient artifacts to Guatemala.")
           if e[0] == "RETREAT"]
    assert got and "GTM" in got[0][3], got


@pytest.mark.parametrize("text", [
    "The Dutch authorities returned to Nigeria on Monday.",  # going back is no handing back
    "Italy returned 200 migrants to Libya.",  # people sent back: a deportation, not property
    "Voters returned the Labour party to power in Norway.",  # an election, not property
    "The court returned the case to the Kenyan parliament.",  # a case sent back, not property
    "He returned the favour to Chile.",  # a figure of speech
])
def test_other_returns_are_no_return_of_property(code_all, text):
    rules = [e.explanation.rule for e in code_all(text) if e.explanation is not None]
    assert not any("return of property" in r for r in rules), (text, rules)


def test_forces_withdrawn_to_a_place_get_no_recipient_from_it(code_all):
    got = [e for e in _events(code_all, "Chad withdrew its troops to Niger on Sunday.") if e[0] == "RETREAT"]
    assert not got or "NER" not in got[0][3], got


# --- giving up one's weapons is RETREAT disarm (lexicon rows) ---------------------------------------

@pytest.mark.parametrize("text", [
    "Some forty Burundian rebels dropped their rifles at the border post on Sunday.",
    "The Nepalese militia gave up its guns last month.",
    "Hundreds of Liberian fighters handed in their weapons at the camp.",
    "The Mozambican guerrillas put down their arms in July.",
])
def test_giving_up_weapons_is_disarming(code_all, text):
    got = [(e.event, e.mode) for e in code_all(text)]
    assert ("RETREAT", "disarm") in got and not any(t == "ASSAULT" for t, _ in got), (text, got)


def test_dropping_bombs_stays_an_attack(code_all):
    assert "ASSAULT" in _types(code_all, "Sudanese aircraft dropped bombs on a village in Darfur.")


# --- an act seen or brought about ("saw soldiers shoot", "let the prisoner go") is no wish ------------

@pytest.mark.parametrize("text, plover", [
    ("Residents saw Ethiopian soldiers shoot three farmers near the market.", "ASSAULT"),
    ("Journalists watched Georgian police beat the students outside parliament.", "ASSAULT"),
    ("Iran finally let free the jailed Canadian engineer on Tuesday.", "RETREAT"),
])
def test_a_bare_infinitive_after_seeing_or_letting_is_an_act(code_all, text, plover):
    got = [(e.event, e.modality) for e in code_all(text)]
    assert (plover, "asserted") in got and not any(t == "REQUEST" for t, _ in got), (text, got)


def test_a_that_clause_in_the_subjunctive_is_still_a_demand(code_all):
    got = [e.event for e in code_all("Kenyan lawmakers demanded that Uganda withdraw its troops.")]
    assert "REQUEST" in got, got


def test_what_a_deal_could_see_a_party_do_stays_open(code_all):
    text = "Peru and Chile signed a pact which could see Chile invest $2bn in Peruvian mines."
    assert not [e for e in code_all(text) if e.event == "COOPERATE" and e.modality == "asserted"], text
