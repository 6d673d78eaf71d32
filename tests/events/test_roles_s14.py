"""Role resolution, fourteenth session: places and bodies that are no target (a bearing from a country, the
topic of talks, a seat, a forum a case goes to), an international body named beside the act as its target,
"the plan" named again as its maker's, and "they" holding the place an object is driven from. Invented
sentences."""
from __future__ import annotations


def _find(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


# --- an international body named beside the act is its target ----------------------------------------

def test_a_plan_under_study_by_a_body_makes_the_body_the_target(code_all):
    events = _find(code_all("The Dutch farm minister criticised a new plan still under study by the European "
                            "Community for a levy on imported soybeans."), "ACCUSE")
    assert events and "EUR" in _codes(events[0].recipient)


def test_a_body_a_case_is_taken_to_is_no_target(code_all):
    events = code_all("Exporters that keep dumping cheap steel could be taken to the World Trade Organisation, "
                      "the European Union warned on Tuesday.")
    assert all("IGO" not in _codes(e.recipient) for e in events)


# --- places that say where, not who ------------------------------------------------------------------

def test_a_bearing_from_a_country_is_no_target(code_all):
    events = _find(code_all("Two American destroyers fired shells at an oil rig 100 miles east of Qatar."), "ASSAULT")
    assert events and "QAT" not in _codes(events[0].recipient)


def test_what_talks_are_about_is_no_party(code_all):
    events = _find(code_all("The United States held talks with Japan on Soviet grain purchases."), "CONSULT")
    assert events and _codes(events[0].recipient) == {"JPN"}


def test_talks_over_a_third_countrys_tariffs(code_all):
    events = _find(code_all("Australia opened talks with Japan over Chinese beef imports."), "CONSULT")
    assert events and "CHN" not in _codes(events[0].recipient)


def test_sanctions_on_a_country_still_name_it(code_all):
    # "on" after a sanction (not after talks) still names the target.
    events = _find(code_all("Canada imposed sanctions on Japan."), "SANCTION")
    assert events and "JPN" in _codes(events[0].recipient)


def test_a_city_based_expert_is_not_that_citys_government(code_all):
    events = _find(code_all("A Paris-based expert on Libya accused the Libyan government of arming the rebels."),
                   "ACCUSE")
    assert events and not ({"FRA", "LBY"} & _codes(events[0].actor))
    assert "LBY" in _codes(events[0].recipient)


# --- "the plan" named again is its maker's -----------------------------------------------------------

STORY = ("The European Commission has proposed a tax on vegetable oils to pay for farm subsidies. "
         "Washington said the levy would break trade rules. West Germany and Britain will oppose the plan "
         "at next week's meeting, diplomats said. Japan also criticised the proposal.")


def test_opposing_the_plan_is_aimed_at_whoever_proposed_it(code_all):
    events = [e for e in code_all(STORY) if _codes(e.actor) == {"DEU", "GBR"}]
    assert events and _codes(events[0].recipient) == {"EUR"}


def test_criticising_the_proposal_is_aimed_at_its_maker(code_all):
    events = [e for e in _find(code_all(STORY), "ACCUSE") if _codes(e.actor) == {"JPN"}]
    assert events and _codes(events[0].recipient) == {"EUR"}


def test_a_specific_word_names_only_its_own_kind_again(code_all):
    # "the ban" is not the tax proposed before; nothing says whose ban it is.
    events = code_all("The European Commission has proposed a tax on vegetable oils. "
                      "Japan criticised the ban on whaling.")
    assert all("EUR" not in _codes(e.recipient) for e in events if _codes(e.actor) == {"JPN"})


# --- "they" in a place the object is driven from ------------------------------------------------------

def test_they_holding_the_positions_is_the_object_driven_out(code_all):
    events = code_all("Iraq said its troops were pushing Iranian forces out of positions they had occupied "
                      "during the night.")
    occupied = [e for e in events if any(a.entity_text == "they" for a in e.actor)]
    assert occupied and _codes(occupied[0].actor) == {"IRN"}


def test_they_stays_with_the_subject_when_the_object_is_no_party(code_all):
    events = code_all("Iraq said its troops shelled Iranian positions from hills they had captured.")
    captured = [e for e in events if any(a.entity_text == "they" for a in e.actor)]
    assert all(_codes(e.actor) == {"IRQ"} for e in captured)


def test_a_firms_seat_is_still_its_home(code_all):
    events = _find(code_all("A Paris-based bank accused the Iraqi government of defaulting on its loans."), "ACCUSE")
    assert events and _codes(events[0].actor) == {"FRA"}


# --- a group that meets with nobody named meets among itself ------------------------------------------

def test_officials_meeting_among_themselves_have_no_foreign_counterpart(code_all):
    events = _find(code_all("The United States warned Iran on Monday. American officials had been meeting "
                            "on a response since Friday."), "CONSULT")
    assert events and _codes(events[0].recipient) == {"USA"}


def test_officials_meeting_with_envoys_meet_them(code_all):
    events = _find(code_all("The United States warned Iran on Monday. American officials met with Iranian "
                            "envoys on Friday."), "CONSULT")
    assert events and "IRN" in _codes(events[0].recipient)
