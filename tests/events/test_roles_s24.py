"""Parties of an event (s24): the fallbacks that look for "the other party named in the sentence" skip a state
word that only classifies a thing ("the Iran arms scandal", "GATT trade rules", "talks under the GATT"); the
maker of the thing acted on comes first ("dismissed a lawsuit by a White House aide"); a bare "this" that is
rejected is the offer just told; an offer "in last week's talks" is aimed at the talks' other side; "talks
between the two countries" are the pair's; creditor states are a bloc (IGO); a firm's clerk is a person of the
story, not the firm; "they" after coordinated envoys is all of them. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

PUBLISHED = "1987-05-04"


def codes(side):
    return sorted(p.code for p in side if p.code)


# A state word inside a longer name is no party


def test_a_body_naming_the_rules_breached_is_no_target(code_all):
    complained = by_trigger(code_all("NAIROBI, May 4 - Tanzania complained that the new pact breached GATT trade "
                                     "rules."), "complained")
    assert codes(complained.actor) == ["TZA"], complained.actor
    assert "IGO" not in codes(complained.recipient), complained.recipient


def test_the_state_a_scandal_is_named_after_is_no_target(code_all):
    accused = by_trigger(code_all("Brazil accused the bankers of ignoring the Iran-contra hearings."), "accused")
    assert "IRN" not in codes(accused.recipient), accused.recipient


def test_a_frame_after_under_is_no_party(code_all):
    events = code_all("GENEVA, May 4 - The minister criticised parts of the bill that conflict with talks under "
                      "the GATT.")
    assert all("IGO" not in codes(e.recipient) for e in events), [(e.event, e.recipient) for e in events]


def test_guard_a_state_owning_the_thing_is_still_the_target(code_all):
    rejected = by_trigger(code_all("Kenya rejected the Uganda trade proposal."), "rejected")
    assert codes(rejected.recipient) == ["UGA"], rejected.recipient
    warned = by_trigger(code_all("Kenya warned that it would retaliate unless the Uganda border restrictions "
                                 "were lifted."), "warned")
    assert codes(warned.recipient) == ["UGA"], warned.recipient


# The maker of the thing acted on


def test_a_lawsuit_by_a_titled_aide_is_aimed_at_the_aide(code_all):
    dismissed = by_trigger(code_all("WASHINGTON, May 4 - A U.S. judge dismissed a lawsuit by former White House "
                                    "aide John Miller over the Iran arms scandal."), "dismissed")
    assert codes(dismissed.recipient) == ["USA"], dismissed.recipient


def test_guard_an_uncoded_maker_leaves_the_other_party_rules_alone(code_all):
    events = code_all("QUITO, May 4 - The union said it was backing a call by the Popular Front party to have "
                      "Congress impeach President Febres Cordero.")
    backing = by_trigger(events, "backing")
    assert codes(backing.recipient) == ["ECU"], backing.recipient


def test_this_rejected_is_the_offer_just_made(code_all):
    for text in ("GENEVA, May 4 - The European Community offered a compromise on farm subsidies, but this was "
                 "rejected by Kenya.",
                 "GENEVA, May 4 - The European Community offered a compromise on farm subsidies. This was "
                 "rejected by Kenya."):
        rejected = by_trigger(code_all(text), "rejected")
        assert codes(rejected.actor) == ["KEN"], rejected.actor
        assert codes(rejected.recipient) == ["EUR"], (text, rejected.recipient)


def test_an_offer_in_the_talks_told_before_is_aimed_at_their_other_side(code_all):
    events = code_all("BRUSSELS, May 4 - Talks last week between Kenya and the European Community failed to "
                      "settle a dispute over coffee, diplomats said. They said Kenya offered a compromise in last "
                      "week's talks in Brussels.")
    offered = by_trigger(events, "offered")
    assert codes(offered.recipient) == ["EUR"], offered.recipient


# Pairs and collectives


def test_talks_between_the_two_countries_are_the_pairs(code_all):
    for text, word in (("Kenya and Uganda have been at odds over the border. Talks between the two countries "
                        "resumed on Monday.", "Talks"),
                       ("Kenya and Uganda have been at odds over the border. Negotiations between the two sides "
                        "will resume next week.", "Negotiations")):
        talks = by_trigger(code_all(text), word)
        assert codes(talks.actor) == ["KEN", "UGA"], (text, talks.actor)


def test_creditor_states_are_a_bloc(code_all):
    reached = by_trigger(code_all("Kenya reached agreement with its Western creditors on rescheduling its debt."),
                         "reached")
    assert codes(reached.recipient) == ["IGO"], reached.recipient
    held = by_trigger(code_all("Kenya held talks with creditor governments in Paris."), "held")
    assert codes(held.recipient) == ["IGO"], held.recipient


def test_guard_creditor_banks_and_other_countries_are_no_bloc(code_all):
    asked = by_trigger(code_all("Kenya asked its creditor banks for new loans."), "asked")
    assert "IGO" not in codes(asked.recipient), asked.recipient
    agreed = by_trigger(code_all("Along with other leading industrial countries, Kenya agreed to a package of "
                                 "measures."), "agreed")
    assert codes(agreed.actor) == ["KEN"], agreed.actor


def test_a_clerk_of_an_uncoded_firm_is_one_of_the_storys_people(code_all):
    charged = by_trigger(code_all("Police in Nairobi charged a former clerk of Barclays Bank with fraud."),
                         "charged")
    assert codes(charged.recipient) == ["KEN"], charged.recipient


def test_they_after_coordinated_envoys_is_all_of_them(code_all):
    events = code_all("Kenya's delegate, John Mwangi, and Ugandan Ambassador Peter Okello replied that the "
                      "Tanzanian charges were unfounded, but they were willing to continue talks.")
    cont = by_trigger(events, "continue")
    assert codes(cont.actor) == ["KEN", "UGA"], cont.actor
    events = code_all("The Kenyan and Ugandan envoys rejected the Tanzanian charges, but they said they would "
                      "continue talks.")
    cont = by_trigger(events, "continue")
    assert codes(cont.actor) == ["KEN", "UGA"], cont.actor


# An agreement named again, and an impersonal "it was alleged"


def test_the_accord_named_again_is_aimed_at_its_signers(code_all):
    for text, word in (("Kenya and Uganda signed a trade accord last month. Tanzania complained that the accord "
                        "breached the regional treaty.", "complained"),
                       ("Kenya and Uganda signed a trade accord last month. Tanzania criticised the accord.",
                        "criticised"),
                       ("Kenya and Uganda signed a trade accord last month. The accord was rejected by Tanzania.",
                        "rejected")):
        event = by_trigger(code_all(text), word)
        assert codes(event.actor) == ["TZA"], (text, event.actor)
        assert set(codes(event.recipient)) & {"KEN", "UGA"}, (text, event.recipient)


def test_guard_an_accord_with_no_earlier_parties_gets_none(code_all):
    complained = by_trigger(code_all("Tanzania complained that the accord breached the regional treaty."),
                            "complained")
    assert codes(complained.recipient) == [], complained.recipient


def test_it_was_alleged_is_about_the_clauses_subject(code_all):
    alleged = by_trigger(code_all("Police in Nairobi said it was alleged that Ugandan soldiers had crossed the "
                                  "border."), "alleged")
    assert codes(alleged.recipient) == ["UGA"], alleged.recipient
