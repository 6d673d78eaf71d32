"""Recipients (audit 10b, 25 unseen Reuters and BBC stories): whoever owns the demand, request or offer that
is accepted, agreed to or rejected is the recipient, also when no table codes that owner ("the farmers'
demands"); "blamed the collapse on the employers" blames the employers; a debtor's "foreign creditors" are a
named party with no code, not the debtor; "the chamber" after "the X Chamber of Industry" is that chamber.
Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

PUBLISHED = "1987-04-02"


def parties(side):
    return [(p.code, p.sector) for p in side]


# The owner of the demand, request or offer


def test_accepting_an_uncoded_groups_demands_is_aimed_at_that_group(code_all):
    accepted = by_trigger(code_all("The Hungarian government accepted the farmers' demands for higher grain "
                                   "prices."), "accepted")
    assert parties(accepted.recipient) == [("HUN", "AGR")], accepted.recipient


def test_agreeing_to_the_employers_request_is_aimed_at_the_employers(code_all):
    agreed = by_trigger(code_all("The Portuguese dockers union agreed to the employers' request to resume "
                                 "talks on Friday."), "agreed")
    assert parties(agreed.recipient) == [("PRT", "BUS")], agreed.recipient


def test_part_of_a_groups_demands_is_still_theirs(code_all):
    accepted = by_trigger(code_all("The Romanian government accepted some of the farmers' demands."), "accepted")
    assert parties(accepted.recipient) == [("ROU", "AGR")], accepted.recipient


def test_owner_guard_a_coded_owner_stays(code_all):
    rejected = by_trigger(code_all("Chile rejected Peru's demands for a new border survey."), "rejected")
    assert [p.code for p in rejected.recipient] == ["PER"], rejected.recipient


def test_owner_guard_the_actors_own_demands_name_no_recipient(code_all):
    # "its demands" are the actor's own: no party of their own, and no self-recipient from them.
    events = code_all("The Greek seamen's union dropped its demands for a shorter week.")
    for e in events:
        assert ("GRC", "LAB") not in parties(e.recipient), (e.event, e.recipient)


# "blame X on Y"


def test_blame_on_names_the_one_blamed(code_all):
    blamed = by_trigger(code_all("The Austrian metalworkers union blamed the collapse of the talks on the "
                                 "employers."), "blamed")
    assert [p.sector for p in blamed.recipient] == ["BUS"], blamed.recipient


def test_blame_on_guard_a_coded_party_stays(code_all):
    blamed = by_trigger(code_all("Turkey blamed the border clash on Syrian troops."), "blamed")
    assert [p.code for p in blamed.recipient] == ["SYR"], blamed.recipient


# Creditors


def test_a_debtors_foreign_creditors_are_named_not_the_debtor(code_all):
    asked = by_trigger(code_all("Bolivia asked its foreign creditors for a three-year moratorium on interest "
                                "payments."), "asked")
    assert [p.entity_text for p in asked.recipient] == ["its foreign creditors"], asked.recipient
    assert [p.code for p in asked.recipient] == [None], asked.recipient


def test_creditors_guard_a_named_creditor_country_stays(code_all):
    asked = by_trigger(code_all("Bolivia asked its Japanese creditors for a three-year moratorium."), "asked")
    assert [p.code for p in asked.recipient] == ["JPN"], asked.recipient


# "the chamber" after a full name


def test_the_chamber_after_a_chamber_of_industry_is_that_chamber(code_all):
    urged = by_trigger(code_all("The Malawi National Chamber of Industry accused the government of neglecting "
                                "exporters. The chamber urged the finance ministry to cut the levy."), "urged")
    assert parties(urged.actor) == [("MWI", "BUS")], urged.actor


def test_chamber_guard_a_legislature_stays_legislative(code_all):
    urged = by_trigger(code_all("Colombia's Senate passed the budget on Tuesday. The chamber also urged the "
                                "president to cut spending."), "urged")
    assert parties(urged.actor) == [("COL", "LEG")], urged.actor


# A labour dispute's other side


def test_a_unions_demand_in_a_wage_dispute_is_aimed_at_the_employers(code_all):
    events = code_all("OSLO, May 4 - Norway's main engineering union said talks with employers on a new wage "
                      "deal had failed. The union is demanding a six pct pay rise and a shorter working week, "
                      "Norwegian officials said.")
    demanding = by_trigger(events, "demanding")
    assert parties(demanding.recipient) == [("NOR", "BUS")], demanding.recipient


def test_labour_guard_with_no_employers_named_the_government_stays(code_all):
    events = code_all("OSLO, May 4 - Norway's main engineering union attacked the new budget. The union is "
                      "demanding a six pct pay rise for public staff, Norwegian officials said.")
    demanding = by_trigger(events, "demanding")
    assert parties(demanding.recipient) == [("NOR", "GOV")], demanding.recipient


# Markup


def test_a_bracket_of_ticker_markup_is_no_party(code_all):
    severed = by_trigger(code_all("MANILA, March 16 - Japan severed its ties with <Pasig Auto Corp>, its local "
                                  "partner."), "severed")
    assert parties(severed.recipient) == [(None, "BUS")], severed.recipient

