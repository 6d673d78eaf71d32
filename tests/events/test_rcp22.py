"""Roles (rcp22): an act on a plan, offer or proposal is aimed at whoever put it forward, also when the
plan is the subject of a passive with a "by" phrase or the relative pronoun of the clause that acts on it;
and a party that has or wins another's support is backed by that party (PLOVER SUPPORT: the backer acts).
Invented sentences."""
from __future__ import annotations


def _sides(code_all, text, event):
    return [(sorted({a.code for a in e.actor if a.code}), sorted({a.code for a in e.recipient if a.code}))
            for e in code_all(text) if e.event == event]


def test_a_plan_named_again_as_a_passive_subject_is_its_makers(code_all):
    text = ("The European Commission put forward proposals to cut milk quotas. "
            "The plans were rejected by France on Monday.")
    got = _sides(code_all, text, "REJECT")
    assert (["FRA"], ["EUR"]) in got, got


def test_an_offer_refused_in_a_relative_clause_is_aimed_at_its_maker(code_all):
    got = _sides(code_all, "Washington proposed a ceasefire, which Iran rejected.", "REJECT")
    assert (["IRN"], ["USA"]) in got, got


def test_the_relative_clause_may_hang_on_a_noun_inside_the_offer(code_all):
    got = _sides(code_all, "Japan offered a 10 pct cut in tariffs, which the United States rejected on Friday.",
                 "REJECT")
    assert (["USA"], ["JPN"]) in got, got


def test_a_described_thing_that_nobody_put_forward_gets_no_maker(code_all):
    # A campaign is not a thing put forward, and the passive names no critic.
    got = _sides(code_all, "The Labour campaign, which was being criticised for its tone, ended on Monday.",
                 "ACCUSE")
    assert all(rec != ["GBR"] for _, rec in got), got


def test_an_agentless_passive_on_a_plan_takes_no_earlier_maker(code_all):
    text = ("The European Commission presented a package of reforms. "
            "The package was being reexamined, a spokesman said.")
    got = [rec for _, rec in _sides(code_all, text, "ACCUSE")]
    assert ["EUR"] not in got, got


def test_having_another_partys_support_makes_that_party_the_backer(code_all):
    got = _sides(code_all, "Kenya has the full support of Uganda in the dispute, an official said.", "SUPPORT")
    assert got and all(act == ["UGA"] and rec == ["KEN"] for act, rec in got), got


def test_winning_a_possessors_support(code_all):
    got = _sides(code_all, "Pakistan secured China's support for its bid.", "SUPPORT")
    assert got and all(act == ["CHN"] and rec == ["PAK"] for act, rec in got), got


def test_winning_backing_of_another_party(code_all):
    got = _sides(code_all, "Nigeria won the backing of Ghana for its candidate.", "SUPPORT")
    assert got and all(act == ["GHA"] and rec == ["NGA"] for act, rec in got), got


def test_expressing_support_still_goes_from_the_subject(code_all):
    got = _sides(code_all, "France expressed support for Germany.", "SUPPORT")
    assert (["FRA"], ["DEU"]) in got, got
