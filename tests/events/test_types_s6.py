"""Event-type fixes from the type audit of the development golds (issue 3): false events from
descriptions, figures of speech and negated willingness. One invented sentence per fix, coded
with no confidence floor so a trigger that still fired would show up, plus a guard for the
reading that stays an event."""
from __future__ import annotations

import pytest


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("sentence, trigger", [
    # a relative clause in the present passive describes where things stand, it reports no act
    ("The minister flew to Lyon, where Belgian troops are stationed.", "station"),
    # "came under fire for" a reason is criticism in words, not shooting
    ("The Liberal party came under fire for its handling of the strike.", "came"),
    ("The health agency has come under attack for its slow response to the outbreak.", "come"),
    # a thing cannot threaten in the PLOVER sense: "the dams threaten the delta" is a danger
    ("Critics say the new dams threaten the survival of the river delta.", "threaten"),
    ("Rising sea levels threaten several island nations in the Pacific.", "threaten"),
    # arriving, with no one met and nothing brought, is neither a visit nor aid
    ("Hundreds of angry farmers arrived from nearby villages after the mayor was arrested.", "arriv"),
    ("Several thousand Liberal supporters have arrived at the square.", "arriv"),
    # an effort named without what it is for is no event of a known type
    ("The navy is continuing efforts to find the missing fishermen.", "continu"),
    # "were left with" a task is a state, not a withdrawal
    ("Japanese negotiators were left with a difficult choice after the vote.", "left"),
    # drafting a bill is domestic lawmaking, not an agreement with another party
    ("Senators are drafting a bill to curb lobbying by foreign firms.", "draft"),
])
def test_no_event(code_all, sentence, trigger):
    assert not fired(code_all(sentence), trigger), sentence


@pytest.mark.parametrize("sentence, trigger, plover", [
    # shooting at a convoy stays an assault
    ("The army convoy came under fire near the border town of Kunduz.", "came", "ASSAULT"),
    # a party threatening another stays a threat
    ("The rebel commander threatened the governor of the province.", "threaten", "THREATEN"),
    # a leader arriving for talks is still a consultation
    ("The Chilean president arrived in Lima for talks with Peruvian leaders.", "arriv", "CONSULT"),
    # an ordered arrest stays the arrest
    ("The court ordered the arrest of the former minister.", "order", "COERCE"),
    # a town given up by troops stays a withdrawal
    ("Russian troops left the town of Kherson on Friday.", "left", "RETREAT"),
    # a wrapped effort keeps its kind
    ("The two governments will continue their mediation efforts in the border dispute.", "continu", None),
])
def test_event_kept(code_all, sentence, trigger, plover):
    events = fired(code_all(sentence), trigger)
    if plover is None:
        return
    assert any(e.event == plover for e in events), (sentence, [(e.event) for e in events])


def test_negated_willingness(code_all):
    """"were not prepared to negotiate": the negation on "be" covers the offer, so no AGREE is asserted (since trg44
    the stated unwillingness is the party's refusal, REJECT)."""
    events = fired(code_all("The rebels were not prepared to negotiate with the army."), "negotiat")
    assert all(e.modality == "negated" or e.event == "REJECT" for e in events), [(e.event, e.modality) for e in events]
    assert not [e for e in events if e.event == "AGREE"]
    kept = fired(code_all("The rebels were prepared to negotiate with the army."), "negotiat")
    assert kept and all(e.modality != "negated" for e in kept)


def test_approving_a_request_is_no_request(code_all):
    """Approving a request grants it; the approver asks nobody for anything."""
    events = fired(code_all("The prime minister approved a request from Chile to extradite the banker."), "approv")
    assert not [e for e in events if e.event == "REQUEST"], [e.event for e in events]


@pytest.mark.parametrize("sentence, trigger, plover", [
    # an order to one's forces is coded as the act it orders, like "ordered the arrest of ..."
    ("The president ordered the army to shell the rebel positions.", "order", "ASSAULT"),
    ("The governor ordered police to arrest the strike leaders.", "order", "COERCE"),
    # an ordered destruction is an assault
    ("The president ordered the destruction of the rebel air bases.", "order", "ASSAULT"),
])
def test_order_coded_as_ordered_act(code_all, sentence, trigger, plover):
    events = fired(code_all(sentence), trigger)
    assert [e.event for e in events] == [plover], (sentence, [e.event for e in events])


def test_order_of_troops_to_a_place_stays_mobilize(code_all):
    events = fired(code_all("The general ordered troops to the northern border."), "order")
    assert [e.event for e in events] == ["MOBILIZE"]


def test_weapons_of_mass_destruction_is_no_assault(code_all):
    events = code_all("The inspectors found no weapons of mass destruction in the warehouse.")
    assert not [e for e in events if e.explanation and e.explanation.trigger.lower().startswith("destruction")]


def test_denied_report_is_negated(code_all):
    """"denied reports that he planned to meet ...": the denial covers the report's content."""
    events = fired(code_all("The senator denied reports that he planned to meet the rebel leaders."), "meet")
    assert all(e.modality == "negated" for e in events), [(e.event, e.modality) for e in events]
    kept = fired(code_all("The senator confirmed reports that he planned to meet the rebel leaders."), "meet")
    assert kept and all(e.modality != "negated" for e in kept)


def test_pressuring_a_party_to_act_is_a_request(code_all):
    """"pressuring the U.S. to leave": pressing a party to act asks it to; the leaving is what is asked."""
    events = code_all("Iran and Syria have been pressuring the United States to leave the base.")
    assert [e.event for e in fired(events, "pressur")] == ["REQUEST"]
    assert not [e for e in events if e.event == "RETREAT"]
