"""Parties of an event (s23): several states named as a group ("Arab states", "ministers from six Gulf
states", "major industrial countries") act as a bloc (IGO), not as no one; an offer's maker that no table
codes ("Employers offered a raise, which the union rejected", "... The seamen rejected the offer") is the
recipient of its rejection, with the story's one country; a visitor is the actor and the state visited the
recipient ("arrived in Lima to discuss"); a quoted "we" is the quoted speaker's side. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

PUBLISHED = "1987-05-04"


def codes(side):
    return sorted(p.code for p in side if p.code)


# Groups of states


def test_a_counted_group_of_states_acts_as_a_bloc(code_all):
    rejected = by_trigger(code_all("CAIRO, May 4 - Six Arab states rejected the plan for new settlements."), "rejected")
    assert codes(rejected.actor) == ["IGO"], rejected.actor


def test_ministers_from_a_counted_group_of_states_act_as_a_bloc(code_all):
    events = code_all("ABU DHABI, May 4 - Oil ministers from five Gulf states will meet in Doha on Sunday to "
                      "discuss crude oil sales.")
    meet = by_trigger(events, "meet")
    assert codes(meet.actor) == ["IGO"], meet.actor


def test_delegates_of_a_group_of_states_act_as_a_bloc(code_all):
    accused = by_trigger(code_all("GENEVA, May 4 - Delegates of several developing countries accused Japan of "
                                  "closing its rice market."), "accused")
    assert codes(accused.actor) == ["IGO"], accused.actor
    assert codes(accused.recipient) == ["JPN"], accused.recipient


def test_delegates_opening_a_sentence_act_as_a_bloc(code_all):
    meeting = by_trigger(code_all("GENEVA, May 4 - Delegates from 22 countries are meeting to discuss the trade "
                                  "round."), "meeting")
    assert codes(meeting.actor) == ["IGO"], meeting.actor


def test_group_guard_firms_from_many_countries_are_no_bloc(code_all):
    events = code_all("PARIS, May 4 - More than 200 aerospace firms from 31 countries are attending the air show.")
    assert all("IGO" not in codes(e.actor) for e in events), [(e.event, e.actor) for e in events]


def test_group_guard_a_group_talked_about_is_no_actor(code_all):
    events = code_all("ROME, May 4 - The minister said European countries have to seek a better consensus on "
                      "monetary policy.")
    assert all("IGO" not in codes(e.actor) for e in events), [(e.event, e.actor) for e in events]


def test_group_guard_a_group_with_its_members_named_keeps_them(code_all):
    asked = by_trigger(code_all("KUWAIT, May 4 - Kuwait has asked four countries, including Britain and China, "
                                "for the use of their flags."), "asked")
    assert codes(asked.recipient) == ["CHN", "GBR"], asked.recipient


def test_group_guard_states_of_a_coded_body_stay_that_body(code_all):
    rejected = by_trigger(code_all("BRUSSELS, May 4 - Several EC states rejected the farm price plan."), "rejected")
    assert codes(rejected.actor) == ["EUR"], rejected.actor


def test_group_guard_the_two_countries_named_before_stay_themselves(code_all):
    agreed = by_trigger(code_all("LIMA, May 4 - Peru and Chile held talks on Monday. The two countries agreed "
                                 "to reopen the border."), "agreed")
    assert codes(agreed.actor) == ["CHL", "PER"], agreed.actor


# The maker of an offer, a group no table codes


def test_the_maker_of_an_offer_in_a_relative_clause(code_all):
    turned = by_trigger(code_all("SEOUL, May 4 - South Korean car workers stayed on strike. Employers offered "
                                 "a ten pct raise, which the union turned down."), "turned")
    assert ("KOR", "BUS") in [(p.code, p.sector) for p in turned.recipient], turned.recipient


def test_the_maker_of_an_offer_named_again(code_all):
    rejected = by_trigger(code_all("SANTOS, May 4 - Brazilian dockers stayed on strike. Shipowners offered a "
                                   "50 pct raise on Friday. The dockers rejected the offer."), "rejected")
    assert ("BRA", "BUS") in [(p.code, p.sector) for p in rejected.recipient], rejected.recipient


# A quoted "we"


def test_a_quoted_we_is_the_quoted_speakers_side(code_all):
    events = code_all('MANILA, May 4 - "The Japanese have told us that we will get less aid than we asked for," '
                      'Philippine Finance Secretary Jose Almonte said.')
    asked = by_trigger(events, "asked")
    assert codes(asked.actor) == ["PHL"], asked.actor


# Visits: the visitor acts, the state visited receives


def test_an_arrival_in_a_foreign_capital_names_its_state(code_all):
    arrived = by_trigger(code_all("LIMA, May 4 - Chile's foreign minister arrived in Lima on Monday to discuss "
                                  "the fishing dispute."), "arrived")
    assert codes(arrived.actor) == ["CHL"], arrived.actor
    assert codes(arrived.recipient) == ["PER"], arrived.recipient


def test_visit_guard_an_arrival_at_home_names_no_host(code_all):
    events = code_all("SANTIAGO, May 4 - Chile's foreign minister arrived in Santiago on Monday to discuss "
                      "the fishing dispute with Peru.")
    arrived = [e for e in events if e.explanation.trigger == "arrived"]
    assert all("CHL" not in codes(e.recipient) for e in arrived), [(e.actor, e.recipient) for e in arrived]


# A group of states meeting with no one named meets among its members


def test_a_group_of_states_meeting_alone_meets_its_members(code_all):
    met = by_trigger(code_all("Trade ministers of five Andean countries met in Quito on Tuesday."), "met")
    assert codes(met.actor) == ["IGO"] and codes(met.recipient) == ["IGO"], (met.actor, met.recipient)


def test_group_meeting_guard_a_counterpart_named_stays_the_recipient(code_all):
    met = by_trigger(code_all("Trade ministers of five Andean countries met Japan's trade minister in Quito."), "met")
    assert codes(met.recipient) == ["JPN"], met.recipient
