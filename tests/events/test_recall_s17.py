"""Recall (seventeenth session, rc17), each rule pinned on sentences written for the test.
An event noun told fresh in a time adjunct of a coded act ("after a raid by X on Y, troops withdrew") is an
event of its own, and the clause's subject is not taken as its actor when it only answers it; an event noun's
"by" agent that the parser hangs on its "of" object still acts ("the arrest of the leader by police"); the
party that a promised, refused or threatened act is shared with is that event's recipient ("offered to
mediate between Moscow and Kyiv"); a speech act joined to a reported perfect ("said X had violated ... and
demanded ...") is the speaker's; a past occurrence ("the invasion took place on December 7") dated by a bare
day after publication happened the year before, it is not foretold. A meeting held jointly, with no side named as
the other's counterpart, has every party on both sides."""
from __future__ import annotations

PUBLISHED = "2024-06-03"


def _events(code_all, text, published=PUBLISHED):
    return [(e.event, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
            for e in code_all(text, published=published)]


# --- an event told in a time adjunct ------------------------------------------------------------------------

def test_a_raid_told_in_a_time_adjunct_of_a_coded_act_is_coded(code_all):
    text = "After a raid by Colombian troops on a FARC camp, the government suspended peace talks with the rebels."
    got = _events(code_all, text)
    assert any(e == "COERCE" and a == ["COL"] for e, a, r in got), got


def test_the_subject_answering_an_adjunct_attack_is_not_its_actor(code_all):
    text = "Following a rocket attack on its embassy in Baghdad, Washington withdrew its diplomats from Iraq."
    got = _events(code_all, text)
    assert not any(e == "ASSAULT" and "USA" in a for e, a, r in got), got


def test_an_adjunct_event_already_told_stays_a_reference(code_all):
    text = "After the raid by Colombian troops, the government suspended peace talks with the rebels."
    assert "COERCE" not in [e for e, _, _ in _events(code_all, text)]


# --- a "by" agent hung on the "of" object ------------------------------------------------------------------

def test_an_agent_hung_on_the_of_object_acts(code_all):
    got = _events(code_all, "The arrest of the opposition leader by Zambian police angered his supporters.")
    assert any(e == "COERCE" and a == ["ZMB"] for e, a, r in got), got


# --- the partner of a promised or refused act ---------------------------------------------------------------

def test_the_parties_a_mediation_is_offered_between_are_recipients(code_all):
    got = _events(code_all, "Turkey has offered to mediate between Moscow and Kyiv.")
    assert ("AGREE", ["TUR"], ["RUS", "UKR"]) in got, got


def test_the_party_talks_are_agreed_with_is_the_recipient(code_all):
    got = _events(code_all, "Sudan's army agreed on Sunday to hold talks with Ethiopia over the disputed border.")
    assert any(e == "AGREE" and "SDN" in a and r == ["ETH"] for e, a, r in got), got


# --- a speech act after a reported perfect -----------------------------------------------------------------

def test_a_demand_after_a_reported_perfect_is_the_speakers(code_all):
    text = "The Egyptian foreign ministry said Sudan had breached the treaty and demanded an explanation."
    got = _events(code_all, text)
    assert any(e == "REQUEST" and a == ["EGY"] for e, a, r in got), got


def test_an_act_under_the_same_perfect_stays_the_reported_subjects(code_all):
    text = "Kenya's police said Somali gunmen had attacked the convoy and had demanded a ransom."
    got = _events(code_all, text)
    assert not any(e == "REQUEST" and "KEN" in a for e, a, r in got), got


# --- a past occurrence dated by a bare day -----------------------------------------------------------------

def test_a_past_occurrence_dated_after_publication_is_not_future(code_all):
    events = code_all("The Indonesian invasion of East Timor took place on December 7.", published="2001-11-01")
    invasion = [e for e in events if e.event == "ASSAULT"]
    assert invasion and invasion[0].modality != "future", [(e.event, e.modality, e.date) for e in events]


# --- a joint meeting --------------------------------------------------------------------------------------

def test_a_joint_meeting_has_each_party_on_both_sides(code_all):
    got = _events(code_all, "Kenyan and Somali security chiefs held their first joint meeting in Nairobi on Tuesday.")
    assert any(e == "CONSULT" and a == ["KEN", "SOM"] and r == ["KEN", "SOM"] for e, a, r in got), got


def test_a_meeting_with_a_named_counterpart_keeps_the_sides(code_all):
    got = _events(code_all, "Kenyan security chiefs held talks with Somali officials in Nairobi on Tuesday.")
    assert ("CONSULT", ["KEN"], ["SOM"]) in got, got
