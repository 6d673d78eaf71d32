"""Role resolution: pronouns and names, one invented sentence each (audit of unseen political stories)."""
from __future__ import annotations


def _find(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


def test_it_is_never_the_person_speaking(code_all):
    # "it" cannot stand for the man who is speaking: the reporting verb's subject is no antecedent.
    events = code_all("Prime Minister Tony Blair said it would reject the proposal.")
    assert not [e for e in events for a in e.actor if a.entity_text.lower() == "it" and a.code == "GBR"]


def test_it_still_takes_an_organisation_speaking(code_all):
    events = _find(code_all("The French foreign ministry said it would reject the proposal."), "REJECT")
    assert events and "FRA" in _codes(events[0].actor)


def test_honorific_name_is_a_person_actor(code_all):
    # "Mr" marks a person even when the tagger reads the name as a place.
    events = code_all("Mr Thistlewaite quit the Conservative Party on Tuesday.")
    assert any(a.entity_text.endswith("Thistlewaite") for e in events for a in e.actor)


def test_subject_he_continues_the_previous_subject(code_all):
    # "He ... him": the subject pronoun goes on with the earlier subject, the object pronoun with the other man.
    events = _find(code_all("Chancellor Helmut Kohl received Prime Minister Ruud Lubbers in Bonn. "
                            "He urged him to back the plan."), "REQUEST")
    assert events and _codes(events[0].actor) == {"DEU"} and "NLD" in _codes(events[0].recipient)


def test_they_after_a_pair_is_both_parties(code_all):
    events = [e for e in code_all("Kenya and Uganda held talks on Monday. They agreed to reopen the border.")
              if any(a.entity_text == "They" for a in e.actor)]
    assert events and {"KEN", "UGA"} <= _codes(events[0].actor)


def test_the_government_is_not_a_town_named_as_a_place(code_all):
    # "at Prague airport" says where; "the government" goes back to the party that acted.
    events = code_all("The British Home Office stopped Roma passengers at Prague airport on Monday. "
                      "Critics said it was troubling that the government sought to deny them entry.")
    govs = [a for e in events for a in e.actor if a.entity_text == "the government"]
    assert govs and {a.code for a in govs} == {"GBR"}


def test_object_it_is_not_the_actor(code_all):
    # "Washington urged it": an object pronoun is someone other than its own clause's subject.
    events = _find(code_all("The United States criticised China on Monday. Washington urged it to release the dissidents."),
                   "REQUEST")
    assert events and "CHN" in _codes(events[0].recipient)


def test_their_points_at_a_plural_party(code_all):
    events = _find(code_all("Israel released 20 Palestinian prisoners. The Palestinian Authority welcomed their release."),
                   "SUPPORT")
    assert events and "ISR" not in _codes(events[0].recipient)


def test_a_party_spokesman_speaks_for_the_party(code_all):
    events = _find(code_all("A spokeswoman for the Liberal Democrats attacked the budget."), "ACCUSE")
    assert events and [(a.code, a.sector) for a in events[0].actor] == [("GBR", "PTY")]


def test_an_ampersand_joins_one_name(code_all):
    events = _find(code_all("Marsh & Ridley accused the Treasury of hiding the figures."), "ACCUSE")
    assert events and [a.entity_text for a in events[0].actor] == ["Marsh & Ridley"]


def test_the_ambassador_is_the_envoy_named_before(code_all):
    events = code_all("The Danish ambassador met officials in Kyiv on Monday. Later the ambassador telephoned the president.")
    later = [e for e in events if any(a.entity_text == "the ambassador" for a in e.actor)]
    assert later and {a.code for a in later[0].actor} == {"DNK"}


def test_a_courtesy_title_and_surname_is_the_person_named_before(code_all):
    events = code_all("Kenyan MP Peter Erdogan met farmers in Nakuru on Monday. Mr Erdogan later criticised the finance ministry.")
    later = [e for e in events if any(a.entity_text == "Mr Erdogan" for a in e.actor)]
    assert later and {a.code for a in later[0].actor} == {"KEN"}
