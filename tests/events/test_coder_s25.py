"""Coder (adj25, issue 3), each rule pinned on sentences written for the test.

A meeting noun (talks, visit, summit, consultations) in a time or scene adjunct of a clause is an event told
there, whatever the preposition ("during", "after", "following") and also through a frame noun ("at the end
of", "in the course of", "at the close of"); a definite or possessive one the story told before stays a
reference, and a visit that was only the occasion of talks told in the same clause is no second meeting. An
offer or promise to compromise (a concession naming nothing given up) is AGREE; an offer to give up a thing
stays CONCEDE. A force row on a noun of a stand or a course of action ("took the position that", "taking reform
measures") needs force in the clause. A verb in the perfect does not take the future date of a conjunct with
its own modal. A past relative clause on a definite noun another event acts on, dated before the story's
days, re-tells an earlier act and is not coded again.
"""
from __future__ import annotations

PUBLISHED = "1991-05-20"


def _events(code_all, text, published=PUBLISHED):
    return [(e.event, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}),
             e.modality) for e in code_all(text, published=published)]


def _types(code_all, text):
    return [t for t, _, _, _ in _events(code_all, text)]


# --- a meeting told in a time or scene adjunct ----------------------------------------------------------------

def test_a_visit_framed_by_the_end_of_is_told_with_the_subject_as_visitor(code_all):
    got = _events(code_all, "The Ghanaian leader spoke to reporters at the end of an official three-day visit to Togo.")
    assert any(t == "CONSULT" and a == ["GHA"] and r == ["TGO"] for t, a, r, _ in got), got


def test_a_state_visit_in_the_course_of_is_the_subjects_visit(code_all):
    got = _events(code_all, "The Chilean president made the remarks in the course of a state visit to Bolivia.")
    assert any(t == "CONSULT" and a == ["CHL"] and r == ["BOL"] for t, a, r, _ in got), got


def test_bare_talks_in_a_during_adjunct_are_told(code_all):
    got = _events(code_all, "Norway and Sweden settled the fishing dispute on Monday during talks in Oslo.")
    assert any(t == "CONSULT" and {"NOR", "SWE"} <= set(a) for t, a, _, _ in got), got


def test_consultations_after_a_frame_noun_name_the_partner(code_all):
    got = _events(code_all, "At the close of consultations with Malian leaders, the Senegalese envoy praised the truce.")
    assert any(t == "CONSULT" and a == ["SEN"] and r == ["MLI"] for t, a, r, _ in got), got


def test_a_possessive_visit_told_before_in_the_story_is_a_reference(code_all):
    text = ("Portugal's prime minister will visit Angola next month. "
            "During his visit he will open a new hospital in Luanda.")
    visits = [e for e in code_all(text) if e.explanation and e.explanation.trigger.lower() == "visit"]
    assert len(visits) == 1, [(e.event, e.explanation.trigger) for e in visits]


def test_a_visit_that_hosted_talks_of_the_same_clause_is_one_meeting(code_all):
    got = _events(code_all, "Austria expects cordial talks during the Hungarian premier's first visit next week.")
    assert _types(code_all, "Austria expects cordial talks during the Hungarian premier's first visit next week.") \
        .count("CONSULT") + [t for t, *_ in got].count("AGREE") <= 1, got


def test_a_time_adjunct_with_no_meeting_noun_and_no_maker_stays_a_reference(code_all):
    got = _types(code_all, "After the riots, the Zambian government imposed a curfew on the capital.")
    assert "PROTEST" not in got and "ASSAULT" not in got, got


# --- offers to compromise ------------------------------------------------------------------------------------------

def test_an_offer_to_compromise_is_agree(code_all):
    got = _events(code_all, "The Danish premier offered to compromise with the farmers over the fishing quotas.")
    assert "AGREE" in [t for t, *_ in got] and "CONCEDE" not in [t for t, *_ in got], got


def test_a_promise_to_yield_is_agree(code_all):
    got = _types(code_all, "Finland promised to yield on the budget rules at the next summit.")
    assert "CONCEDE" not in got, got


def test_an_offer_to_lift_a_ban_stays_a_promised_concession(code_all):
    got = _events(code_all, "Bolivia offered to lift its ban on Peruvian fruit.")
    assert any(t == "CONCEDE" and a == ["BOL"] for t, a, _, _ in got), got


def test_an_offer_to_free_prisoners_stays_a_promised_concession(code_all):
    got = _types(code_all, "The rebels offered to free 30 Nepalese soldiers.")
    assert "CONCEDE" in got, got


# --- a stand or a policy taken is no force -------------------------------------------------------------------------

def test_taking_the_position_that_is_no_assault(code_all):
    got = _types(code_all, "The Dutch cabinet has been taking the position that the levy breaks the treaty.")
    assert "ASSAULT" not in got, got


def test_a_firm_position_on_a_topic_is_no_assault(code_all):
    got = _types(code_all, "Greece has taken a firm position on the airspace dispute with Turkey.")
    assert "ASSAULT" not in got, got


def test_reform_measures_are_no_mobilization(code_all):
    got = _types(code_all, "Zaire is taking several reform measures under the new programme.")
    assert "MOBILIZE" not in got, got


def test_troops_taking_up_positions_along_a_border_still_deploy(code_all):
    got = _types(code_all, "Ethiopian troops took up positions along the Sudanese border.")
    assert any(t in ("ASSAULT", "MOBILIZE") for t in got), got


def test_military_measures_still_mobilize(code_all):
    got = _types(code_all, "Chad took military measures along its northern frontier with Libya.")
    assert "MOBILIZE" in got, got


# --- a future conjunct does not make the perfect future ------------------------------------------------------------

def test_a_perfect_meeting_beside_a_future_conjunct_stays_asserted(code_all):
    got = _events(code_all, "Czech and Slovak officials have met twice and will hold more talks in June.")
    met = [m for t, _, _, m in got if t == "CONSULT"]
    assert "asserted" in met, got


def test_two_future_conjuncts_share_the_date(code_all):
    got = _events(code_all, "The two presidents will meet and sign the accord in June.")
    assert all(m == "future" for _, _, _, m in got) and got, got


# --- a relative clause re-telling an earlier act -------------------------------------------------------------------

def test_a_dated_relative_clause_on_the_thing_lifted_is_not_coded_again(code_all):
    got = _types(code_all, "Canada said it would not lift the duties it imposed on Mexican steel in February.")
    assert "SANCTION" not in got and "COERCE" not in got, got


def test_a_relative_clause_telling_the_news_is_kept(code_all):
    got = _types(code_all, "Peru denounced the raid that Ecuadorean troops carried out on Sunday.")
    assert "ASSAULT" in got, got


def test_a_proposal_to_allow_named_goods_stays_a_promised_concession(code_all):
    got = _types(code_all, "The Treasury proposed allowing Cuban cigars to be imported for display.")
    assert "AGREE" not in got or "CONCEDE" in got, got


def test_agreeing_that_another_party_should_yield_is_no_own_concession(code_all):
    got = _types(code_all, "Seven rich nations agreed last month that Asian exporters should allow their currencies to rise.")
    assert "CONCEDE" not in got, got


def test_a_bodys_routine_meeting_named_for_its_date_is_no_told_meeting(code_all):
    got = _types(code_all, "Rates are expected to rise following the central bank's latest rate-setting meeting on Tuesday.")
    assert "CONSULT" not in got, got


def test_a_meeting_told_by_its_length_is_told(code_all):
    got = _events(code_all, "The Omani minister spoke after a two-day meeting with Yemeni officials.")
    assert any(t == "CONSULT" and a == ["OMN"] and r == ["YEM"] for t, a, r, _ in got), got


# --- what a thing is meant to bring about is its aim -----------------------------------------------------------------

def test_an_act_a_plan_is_intended_to_bring_about_is_no_event(code_all):
    got = _events(code_all, "Benin proposed a plan intended to resolve the dispute with Niger.")
    assert not any(t == "AGREE" and m == "future" for t, _, _, m in got), got


def test_an_accord_talks_are_aimed_at_is_not_reached(code_all):
    got = _types(code_all, "Laos and Thailand began talks aimed at reaching a final accord on the river border.")
    assert "AGREE" not in got, got
