"""Strong political verbs whose subject is a person the story has already given a state (rcl30): the person is
resolved to that state, so the act is coded with its party instead of falling under the reportable floor with none.
Three ways a wire gives such a person a state that the linker missed: a family name written first with the Arabic
article ("Foreign Undersecretary Suleiman al-Shaheen ... Shaheen condemned ..."), a title with a state's possessive
set before the name between commas ("Peru's finance minister, Carlos Ruiz, ... Ruiz accused ..."), and a US
legislator's party and state after the name ("Sen. Tom Harlan (D-Okla.)"). Every sentence here is invented."""
from __future__ import annotations

import pytest

from eventwire.actors import link_people
from eventwire.model import Entity
from event_helpers import events_on as on


def test_a_family_name_is_linked_without_its_arabic_article():
    text = "Foreign Undersecretary Suleiman Majed al-Shaheen met the envoy. Later Shaheen said the talks had failed."
    person = Entity("Suleiman Majed al-Shaheen", 23, 48, "PERSON", "KWT", "GOV")
    later = link_people(text, [person])
    assert [(e.text, e.code, e.sector) for e in later] == [("Shaheen", "KWT", "GOV")]


def test_a_short_article_name_is_not_linked():
    text = "Minister Omar al-As met the envoy. As the talks ended, the envoy left."
    person = Entity("Omar al-As", 9, 19, "PERSON", "EGY", "GOV")
    assert [e.text for e in link_people(text, [person])] == []


@pytest.mark.parametrize("text, word, actor", [
    ("RIYADH - Foreign Undersecretary Ahmed Hamad al-Rashid met the Iranian envoy on Monday. Rashid condemned the "
     "seizure of the fishing boats.", "condemn", "SAU"),
    ("Sudanese Interior Minister Khaled el-Mahdi flew to Cairo on Sunday. Mahdi accused Libya of arming the rebels.",
     "accus", "SDN"),
])
def test_a_titled_person_named_again_without_the_article_keeps_his_state(code, text, word, actor):
    events = on(code(text), word)
    assert [e.event for e in events] == ["ACCUSE"]
    assert [a.code for a in events[0].actor] == [actor]


@pytest.mark.parametrize("text, word, actor", [
    ("LIMA - Peru's finance minister, Carlos Ruiz, arrived in New York on Monday. Ruiz accused the creditor banks "
     "of bad faith.", "accus", "PER"),
    ("Talks resumed in Geneva on Monday. Chile's foreign minister, Jaime Ortega, left early. Ortega denounced "
     "Argentina's claim to the islands.", "denounc", "CHL"),
])
def test_a_title_with_a_states_possessive_before_the_name_gives_the_state(code, text, word, actor):
    events = on(code(text), word)
    assert [e.event for e in events] == ["ACCUSE"]
    assert [a.code for a in events[0].actor] == [actor]


def test_a_firms_possessive_title_gives_no_state():
    text = "Shares fell. Acme's chairman, John Smith, resigned. Smith criticised the board."
    title = Entity("chairman", 20, 28, "AGENT", None, "BUS")
    person = Entity("John Smith", 30, 40, "PERSON")
    link_people(text, [title, person])
    assert person.code is None


def test_a_list_of_names_after_a_possessive_is_no_apposition():
    text = "The minister met Peru's envoys, Carlos Ruiz and Juan Perez on Monday."
    person = Entity("Carlos Ruiz", 32, 43, "PERSON")
    link_people(text, [Entity("Peru", 17, 21, "COUNTRY", "PER", None), Entity("envoys", 24, 30, "AGENT", None, "GOV"),
                       person, Entity("Juan Perez", 48, 58, "PERSON")])
    assert person.code is None


@pytest.mark.parametrize("tail", [" (D-Okla.) said", ", R-Mo., said", " (D-W.Va.) said", ", D-Mich, said", " (R-Calif.) said"])
def test_a_us_legislators_party_and_state_make_him_one(tail):
    text = "Sen. Tom Harlan" + tail + " the bill would pass."
    person = Entity("Tom Harlan", 5, 15, "PERSON")
    link_people(text, [person])
    assert (person.code, person.sector) == ("USA", "LEG")


def test_a_known_person_keeps_his_code_with_a_party_tag():
    text = "Rep. Tom Harlan (D-Okla.) said the bill would pass."
    person = Entity("Tom Harlan", 5, 15, "PERSON", "CAN", None)
    link_people(text, [person])
    assert (person.code, person.sector) == ("CAN", "LEG")


def test_no_party_tag_no_legislator():
    text = "Tom Harlan, who farms in Oklahoma, said the bill would pass."
    person = Entity("Tom Harlan", 0, 10, "PERSON")
    link_people(text, [person])
    assert person.sector != "LEG"


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("The farm credit bill is due for a vote before Easter. Sen. Tom Harlan (D-Okla.) said the bill would pass. "
     "Harlan urged the Farm Credit Administration to ask for aid.", "urg", "USA", "USA"),
    ("TOKYO - Japan's trade surplus rose again in March. Rep. Walter Brink (D-Mo.) accused Japan of unfair trade "
     "practices.", "accus", "USA", "JPN"),
])
def test_a_tagged_legislator_acts_for_the_united_states(code, text, word, actor, recipient):
    events = on(code(text), word)
    assert len(events) == 1
    assert [a.code for a in events[0].actor] == [actor]
    assert recipient in [r.code for r in events[0].recipient]
