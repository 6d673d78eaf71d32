"""Recipients (audit 9b, 20 unseen BBC and Reuters stories): "member states" are the members of the body
the story names, not the country around them; "opposition" with an owner or a "to" is a stance, not the
political Opposition, and points at the stance's owner or at what it is against. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

FISH = ("OSLO, June 2 - The European Union said cod stocks in the North Sea were falling fast. {} "
        "Canadian officials said Ottawa would watch the talks closely. Canada sets its own quotas.")


def parties(side):
    return [(p.code, p.sector) for p in side]


def test_member_states_are_the_members_of_the_body_named(code_all):
    urged = by_trigger(code_all(FISH.format("The EU fisheries commissioner urged member states to cut catches.")),
                       "urged")
    assert parties(urged.recipient) == [("EUR", "GOV")], urged.recipient


def test_member_states_of_no_named_body_are_not_the_story_country(code_all):
    text = ("OTTAWA, June 2 - Canada said cod stocks were falling fast. A senior fisheries official urged member "
            "states to cut catches. Canadian officials said Ottawa would watch the talks closely.")
    urged = by_trigger(code_all(text), "urged")
    assert all(p.code != "CAN" for p in urged.recipient), urged.recipient


def test_voiced_opposition_to_a_levy_is_aimed_at_the_levy_owner(code_all):
    voiced = by_trigger(code_all("Belgian lawmakers voiced their opposition to the European Union levy during a "
                                 "debate in parliament."), "voiced")
    assert parties(voiced.recipient) == [("EUR", None)], voiced.recipient


def test_own_opposition_is_no_opposition_party(code_all):
    events = code_all("Belgian lawmakers voiced their opposition to the levy during a debate in parliament.")
    voiced = by_trigger(events, "voiced")
    assert all(p.sector != "OPP" for p in voiced.recipient), voiced.recipient


def test_the_political_opposition_is_still_a_party(code_all):
    accused = by_trigger(code_all("The Belgian opposition accused the government of hiding the cost of the levy."),
                         "accused")
    assert parties(accused.actor) == [("BEL", "OPP")], accused.actor


def test_a_state_s_creditor_banks_are_not_its_own(code_all):
    asked = by_trigger(code_all("LIMA, May 9 - Peru's economy minister asked creditor banks to reschedule "
                                "the payments due this year."), "asked")
    assert all(p.code != "PER" for p in asked.recipient), asked.recipient


def test_the_government_asked_by_its_farmers_is_still_its_own(code_all):
    asked = by_trigger(code_all("LIMA, May 9 - Peruvian farmers asked the government to reschedule their loans."),
                       "asked")
    assert parties(asked.recipient) == [("PER", "GOV")], asked.recipient
