"""Recall and types (twentieth session, rc21). A prison term "for ten years" is the penalty's length, not a
standing policy; "the imposition of tariffs" announced is the tariffs imposed; authorities shutting a newspaper,
a cafe or a mosque restrict (COERCE); "will not accept a ban" is a refusal (REJECT); a party said by another to
have failed to keep an accord is blamed (ACCUSE); forces back in a village are moved in (MOBILIZE); stressing the
need for an act urges it (REQUEST) and the act needed is the request's content; "under fire over its handling" of
a row is criticism; an event noun made "by" someone ("the accord reached by the ministers") has that maker as its
actor. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

PUBLISHED = "2021-05-04"


def _events(code_all, text):
    return [(e.event, e.mode, e.modality) for e in code_all(text, published=PUBLISHED)]


def _types(code_all, text):
    return [e.event for e in code_all(text, published=PUBLISHED)]


@pytest.mark.parametrize("text, event", [
    # a penalty handed down with its term
    ("ANKARA, May 3 (Reuters) - A Turkish court has jailed a reporter for twelve years on charges of treason, his "
     "paper said on Monday.", "COERCE"),
    ("CAIRO, May 3 (Reuters) - An Egyptian court jailed the blogger for five years on Sunday, his family said.",
     "COERCE"),
    # announcing the imposition of a measure is imposing it
    ("OTTAWA, May 3 (Reuters) - Canada announced on Monday the imposition of duties on Brazilian sugar.",
     "SANCTION"),
    # closing publications, cafes and places of worship
    ("HANOI, May 3 (Reuters) - Police in Hanoi closed 200 internet cafes last week, state media said.", "COERCE"),
    ("ALGIERS, May 3 (Reuters) - The interior ministry shut down three opposition newspapers on Monday.", "COERCE"),
    # a party said by another to have failed to keep an accord
    ("SEOUL, May 3 (Reuters) - South Korean officials said Pyongyang had failed to honour the border accord.",
     "ACCUSE"),
    # stressing the need for an act
    ("ATHENS, May 3 (Reuters) - The Greek foreign minister emphasised the need for talks with Turkey on Monday.",
     "REQUEST"),
    # forces back in a town are moved in, not withdrawn
    ("NABLUS, May 3 (Reuters) - Israeli tanks returned to a West Bank village on Monday, witnesses said.", "MOBILIZE"),
    # under fire over a grievance
    ("LONDON, May 3 (Reuters) - Britain's Conservative government was under fire on Monday over its handling of "
     "the rail strike.", "ACCUSE"),
])
def test_the_event_is_coded(code_all, text, event):
    assert event in _types(code_all, text)


def test_a_ban_not_to_be_accepted_is_a_refusal(code_all):
    text = ("OSLO, May 3 (Reuters) - Norway said on Monday it will not accept a ban on whaling proposed by the "
            "European Union.")
    assert ("REJECT", None, "asserted") in _events(code_all, text)


@pytest.mark.parametrize("text, event", [
    # a standing policy told with its span stays no event
    ("WASHINGTON, May 3 (Reuters) - For ten years the United States has imposed sanctions on Cuba.", "SANCTION"),
    # the act someone stresses is needed has not happened
    ("BERLIN, May 3 (Reuters) - The German chancellor stressed the need for Moscow to withdraw its troops.",
     "RETREAT"),
    # shooting under fire stays shooting
    ("KABUL, May 3 (Reuters) - Government troops came under fire on Monday from Taliban fighters near the "
     "border.", "ACCUSE"),
    # a failure at what nobody owes blames no one
    ("TOKYO, May 3 (Reuters) - Officials said the ruling party had failed to win a majority in the upper house.",
     "ACCUSE"),
    # forces going back to their barracks deploy nowhere
    ("DAMASCUS, May 3 (Reuters) - Syrian troops returned to their barracks on Monday.", "MOBILIZE"),
    # a firm shutting its own plant restricts nobody
    ("DETROIT, May 3 (Reuters) - The carmaker closed two plants in Ohio on Monday.", "COERCE"),
])
def test_no_event_of_that_type(code_all, text, event):
    assert event not in _types(code_all, text)


def test_shooting_under_fire_stays_an_attack(code_all):
    text = "KABUL, May 3 (Reuters) - Government troops came under fire on Monday from Taliban fighters near the border."
    assert "ASSAULT" in _types(code_all, text)


def test_the_maker_of_an_accord_is_its_actor(code_all):
    text = ("VIENNA, May 3 (Reuters) - The accord reached by OPEC ministers in Vienna on Saturday set a ceiling on "
            "output for the second half of the year.")
    agree = [e for e in code_all(text, published=PUBLISHED) if e.event == "AGREE"]
    assert agree and any(a.code == "IGO" for e in agree for a in e.actor)
