"""Parties of an event (s25): parties named together in a symmetric act ("X and Y reached agreement", "X and Y
clashed") are each other's recipients; a party a noun phrase faces ("donors to X", "the envoy to X", "creditors of
X") is never that phrase's own country, and may be its act's recipient; states that fund a country as a group
("aid donors", "Western donors", "donor governments") are a bloc (IGO); a state word that names a currency ("U.S.
dollars") is no party; the speaker's own title ("Belgian Trade Minister X, who said ...") is no target of the act
he reports. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

PUBLISHED = "1987-05-04"


def codes(side):
    return sorted(p.code for p in side if p.code)


# Two parties named together act with one another


def test_a_pair_reaching_agreement_is_each_others_recipient(code_all):
    reached = by_trigger(code_all("NAIROBI, May 4 - Kenya and Tanzania reached agreement on a new fishing "
                                  "treaty on Friday."), "reached")
    assert codes(reached.actor) == ["KEN", "TZA"], reached.actor
    assert codes(reached.recipient) == ["KEN", "TZA"], reached.recipient


def test_a_pair_agreeing_in_principle_is_each_others_recipient(code_all):
    agreed = by_trigger(code_all("LIMA, May 4 - Peru and Chile agreed in principle to build a joint power line."),
                        "agreed")
    assert codes(agreed.recipient) == ["CHL", "PER"], agreed.recipient


def test_a_pair_that_clashes_is_each_others_recipient(code_all):
    clashed = by_trigger(code_all("ACCRA, May 4 - Ghana and Togo clashed over the disputed border post on Sunday."),
                         "clashed")
    assert codes(clashed.actor) == ["GHA", "TGO"], clashed.actor
    assert codes(clashed.recipient) == ["GHA", "TGO"], clashed.recipient


def test_guard_a_pair_acting_on_a_named_third_party_keeps_it(code_all):
    urged = by_trigger(code_all("NAIROBI, May 4 - Kenya and Tanzania agreed to send observers to Uganda."),
                       "agreed")
    assert "UGA" in codes(urged.recipient) or codes(urged.recipient) == ["KEN", "TZA"], urged.recipient


# The party a phrase faces is not the phrase's own


def test_donors_to_a_state_are_a_bloc_giving_to_it(code_all):
    pledged = by_trigger(code_all("ACCRA, May 4 - Aid donors to Ghana pledged 2 billion dlrs in new loans on "
                                  "Thursday."), "pledged")
    assert codes(pledged.actor) == ["IGO"], pledged.actor
    assert codes(pledged.recipient) == ["GHA"], pledged.recipient


def test_western_donors_freezing_aid_are_a_bloc(code_all):
    froze = by_trigger(code_all("NAIROBI, May 4 - Western donors froze aid to Kenya over corruption."), "froze")
    assert codes(froze.actor) == ["IGO"], froze.actor
    assert codes(froze.recipient) == ["KEN"], froze.recipient


def test_creditors_of_a_state_are_not_that_state(code_all):
    events = code_all("DAR ES SALAAM, May 4 - Creditors of Tanzania agreed to reschedule its debt.")
    assert all("TZA" not in codes(e.actor) for e in events), [(e.event, e.actor) for e in events]


def test_campaigners_against_a_government_aim_at_it(code_all):
    marched = by_trigger(code_all("Campaigners against the Zambian government marched through Lusaka on Monday."),
                         "marched")
    assert codes(marched.recipient) == ["ZMB"], marched.recipient


def test_guard_officials_of_a_state_are_that_state(code_all):
    said = by_trigger(code_all("Officials of Ghana rejected the Togolese proposal on Monday."), "rejected")
    assert codes(said.actor) == ["GHA"], said.actor


# A currency is no party; the speaker's own title is no target


def test_a_currency_named_after_a_state_is_no_recipient(code_all):
    events = code_all("NAIROBI, May 4 - The Kenyan central bank said it would stop selling U.S. dollars to "
                      "importers, and the opposition criticised the decision.")
    assert all("USA" not in codes(e.recipient) for e in events), [(e.event, e.recipient) for e in events]


def test_the_speakers_own_title_is_no_target_of_what_he_reports(code_all):
    events = code_all("LONDON, May 4 - The remarks echoed those made on Monday by Dutch Trade Minister Jan van "
                      "Dam, who said that if the bill passed, the community would retaliate.")
    retaliate = [e for e in events if e.event == "THREATEN"]
    assert all("NLD" not in codes(e.recipient) for e in retaliate), [(e.event, e.recipient) for e in retaliate]
