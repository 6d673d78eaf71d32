"""Recipients (rcp26): whom a cooperative act's stated aim helps receives it ("pledged its support to help Kenya
overcome the drought"), the protective half of the hostile aims ``_purpose_targets`` reads; and whom a traveller
goes with ("left for Washington with his foreign minister") is on the traveller's side, so that the host of the
trip is the recipient; and a bare surname is the person the story named in full with a title ("European Commission
President Jacques Delors ... criticised Delors"). Invented sentences."""
from __future__ import annotations

PUBLISHED = "1987-05-04"


def by_trigger(events, word):
    found = [e for e in events if e.explanation.trigger == word]
    assert found, [(e.event, e.explanation.trigger) for e in events]
    return found[0]


def codes(side):
    return sorted(p.code for p in side if p.code)


# Whom a cooperative act's aim helps


def test_support_to_help_a_state_is_given_to_that_state(code_all):
    events = code_all("The IMF pledged its support to help Kenya overcome the drought.", published=PUBLISHED)
    pledged = by_trigger(events, "pledged")
    assert codes(pledged.recipient) == ["KEN"], pledged.recipient


def test_a_loan_offered_to_help_a_state_rebuild(code_all):
    events = code_all("Japan offered a loan to help Poland rebuild its industry.", published=PUBLISHED)
    offered = by_trigger(events, "offered")
    assert codes(offered.recipient) == ["POL"], offered.recipient


def test_agreeing_to_assist_a_state(code_all):
    events = code_all("The European Community agreed to assist Sudan with food aid.", published=PUBLISHED)
    agreed = by_trigger(events, "agreed")
    assert codes(agreed.recipient) == ["SDN"], agreed.recipient


def test_a_loan_to_finance_a_states_projects(code_all):
    events = code_all("The World Bank approved a loan to finance Mexico's oil projects.", published=PUBLISHED)
    approved = by_trigger(events, "approved")
    assert codes(approved.recipient) == ["MEX"], approved.recipient


def test_help_for_two_states_goes_to_both(code_all):
    events = code_all("The United Nations offered to help Iran and Iraq end the war.", published=PUBLISHED)
    offered = by_trigger(events, "offered")
    assert codes(offered.recipient) == ["IRN", "IRQ"], offered.recipient


def test_guard_help_with_no_party_names_no_recipient(code_all):
    events = code_all("Japan agreed to help stabilise the dollar.", published=PUBLISHED)
    agreed = by_trigger(events, "agreed")
    assert codes(agreed.recipient) == [], agreed.recipient


# Whom a traveller goes with is no counterpart; the host of the trip is


def test_leaving_for_a_capital_with_a_minister_is_aimed_at_the_host(code_all):
    events = code_all("The Japanese prime minister left for Washington with his foreign minister for talks on "
                      "trade.", published=PUBLISHED)
    left = by_trigger(events, "left")
    assert codes(left.recipient) == ["USA"], left.recipient


def test_a_companion_is_not_added_beside_the_host(code_all):
    events = code_all("Chirac travelled to Bonn with Foreign Minister Jean-Bernard Raimond for talks with Kohl.",
                      published=PUBLISHED)
    travelled = by_trigger(events, "travelled")
    assert codes(travelled.recipient) == ["DEU"], travelled.recipient
    assert all("Raimond" not in r.entity_text for r in travelled.recipient), travelled.recipient


def test_guard_meeting_with_a_minister_keeps_him(code_all):
    events = code_all("The Japanese prime minister met with the American trade representative in Washington.",
                      published=PUBLISHED)
    met = by_trigger(events, "met")
    assert codes(met.recipient) == ["USA"], met.recipient


def test_arriving_in_a_capital_with_a_minister_is_aimed_at_the_host(code_all):
    events = code_all("The Japanese prime minister arrived in Washington with his foreign minister for talks on "
                      "trade.", published=PUBLISHED)
    arrived = by_trigger(events, "arrived")
    assert codes(arrived.recipient) == ["USA"], arrived.recipient


def test_a_visit_noun_with_a_companion_keeps_only_its_host(code_all):
    events = code_all("Thatcher's visit to Moscow with Foreign Secretary Howe ended on Friday.", published=PUBLISHED)
    visit = by_trigger(events, "visit")
    assert codes(visit.recipient) == ["RUS"], visit.recipient
    assert all("Howe" not in r.entity_text for r in visit.recipient), visit.recipient


# A bare surname repeats the person the story named in full with a title, whatever label that mention got


def test_a_bare_surname_as_recipient_is_the_titled_person_named_before(code_all):
    events = code_all("BONN, March 10 - European Commission President Jacques Delors has proposed cuts in farm "
                      "prices.\nWest German Chancellor Helmut Kohl criticised Delors on Monday.", published=PUBLISHED)
    criticised = by_trigger(events, "criticised")
    assert codes(criticised.recipient) == ["EUR"], criticised.recipient


def test_a_bare_surname_as_actor_is_the_titled_person_named_before(code_all):
    events = code_all("BONN, March 10 - European Commission President Jacques Delors has proposed cuts in farm "
                      "prices.\nDelors criticised the West German government on Monday.", published=PUBLISHED)
    criticised = by_trigger(events, "criticised")
    assert codes(criticised.actor) == ["EUR"], criticised.actor


def test_guard_a_surname_never_named_in_full_stays_unknown(code_all):
    events = code_all("BONN, March 10 - West German Chancellor Helmut Kohl criticised Smithers on Monday.",
                      published=PUBLISHED)
    criticised = by_trigger(events, "criticised")
    assert "EUR" not in codes(criticised.recipient), criticised.recipient
