"""Parties of an event (pty26): a state word that only classifies a thing in the party's own phrase ("the
Iran-contra scandal") gives that phrase no code, as it already gives the fallbacks none; office holders "of" (or
"from") several coordinated states are one party per state ("the presidents of Peru and Bolivia"). Invented
sentences."""
from __future__ import annotations

PUBLISHED = "1987-05-04"


def by_trigger(events, word):
    found = [e for e in events if e.explanation.trigger == word]
    assert found, [(e.event, e.explanation.trigger) for e in events]
    return found[0]


def codes(side):
    return sorted(p.code for p in side if p.code)


# A state named as the topic of a scandal or affair is not the party whose phrase names it


def test_investigators_of_a_scandal_named_after_a_state_are_not_that_state(code_all):
    events = code_all("WASHINGTON, May 4 - Investigators of the Iran arms scandal criticised the White House on "
                      "Monday.", published=PUBLISHED)
    criticised = by_trigger(events, "criticised")
    assert "IRN" not in codes(criticised.actor), criticised.actor
    assert codes(criticised.recipient) == ["USA"], criticised.recipient


def test_a_hyphenated_affair_is_no_target(code_all):
    events = code_all("The senators condemned the Iran-contra affair on Monday.", published=PUBLISHED)
    assert all("IRN" not in codes(e.recipient) for e in events), [(e.event, e.recipient) for e in events]


def test_guard_a_state_named_as_a_party_beside_the_affair_keeps_its_code(code_all):
    events = code_all("Iranian officials criticised the report on the Iran arms affair.", published=PUBLISHED)
    criticised = by_trigger(events, "criticised")
    assert codes(criticised.actor) == ["IRN"], criticised.actor


def test_guard_a_state_that_owns_its_plan_still_acts(code_all):
    events = code_all("The Uganda trade delegation rejected the Kenyan proposal on Monday.", published=PUBLISHED)
    rejected = by_trigger(events, "rejected")
    assert codes(rejected.actor) == ["UGA"], rejected.actor


# Office holders of several coordinated states: one party per state


def test_the_presidents_of_two_states_are_both_actors(code_all):
    signed = by_trigger(code_all("The presidents of Peru and Bolivia signed a border treaty on Monday.",
                                 published=PUBLISHED), "signed")
    assert codes(signed.actor) == ["BOL", "PER"], signed.actor


def test_the_foreign_ministers_of_three_states_are_three_actors(code_all):
    condemned = by_trigger(code_all("The foreign ministers of Britain, France and Italy condemned the hijacking "
                                    "on Sunday.", published=PUBLISHED), "condemned")
    assert codes(condemned.actor) == ["FRA", "GBR", "ITA"], condemned.actor
    assert all(p.sector == "GOV" for p in condemned.actor), condemned.actor


def test_the_leaders_of_two_states_meeting_are_each_others_recipients(code_all):
    met = by_trigger(code_all("The leaders of Egypt and Jordan met in Cairo on Monday.", published=PUBLISHED), "met")
    assert codes(met.actor) == ["EGY", "JOR"], met.actor


def test_guard_one_state_after_of_stays_one_party(code_all):
    criticised = by_trigger(code_all("The president of Peru criticised the Bolivian government on Monday.",
                                     published=PUBLISHED), "criticised")
    assert codes(criticised.actor) == ["PER"], criticised.actor
    assert codes(criticised.recipient) == ["BOL"], criticised.recipient


def test_guard_a_state_and_a_thing_after_of_are_not_two_parties(code_all):
    rejected = by_trigger(code_all("Representatives of Chile and the mining industry rejected the new tax on "
                                   "Monday.", published=PUBLISHED), "rejected")
    assert set(codes(rejected.actor)) == {"CHL"}, rejected.actor


# A present participle after a noun for people, naming a party: those people act


def test_farmers_demanding_a_deal_from_a_bloc_make_the_demand(code_all):
    events = code_all("MADRID, May 4 - Portuguese farmers demanding a better deal from the European Community "
                      "blocked roads on Sunday.", published=PUBLISHED)
    demanding = by_trigger(events, "demanding")
    assert codes(demanding.actor) == ["PRT"], demanding.actor
    assert codes(demanding.recipient) == ["EUR"], demanding.recipient


def test_protesters_denouncing_a_raid_are_its_accusers(code_all):
    denouncing = by_trigger(code_all("Protesters denouncing the Israeli air raid burned tyres in Beirut on Sunday.",
                                     published=PUBLISHED), "denouncing")
    assert codes(denouncing.actor) == ["LBN"], denouncing.actor
    assert codes(denouncing.recipient) == ["ISR"], denouncing.recipient


def test_guard_a_participle_naming_no_party_makes_no_actor(code_all):
    events = code_all("Dozens of firms attending the trade fair signed contracts on Monday.", published=PUBLISHED)
    assert not [e for e in events if e.explanation.trigger == "attending" and e.actor], \
        [(e.event, e.explanation.trigger, e.actor) for e in events]
