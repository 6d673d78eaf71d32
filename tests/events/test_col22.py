"""Actors for titled persons (col22): a person the tables lack, written after an international body's name
and one of its posts ("EC trade commissioner ..."), is that body's officer, and so is the bare surname later;
a state's title written with no country ("deputy Finance Minister ...") takes the one state its sentence
names, when no country dominates the story. Invented sentences."""
from __future__ import annotations

from eventwire.actors._people import link_people
from eventwire.model import Entity


def _sides(code_all, text, event):
    return [(sorted({a.code for a in e.actor if a.code}), sorted({a.code for a in e.recipient if a.code}))
            for e in code_all(text) if e.event == event]


def test_a_body_post_before_the_name_gives_the_body(code_all):
    text = ("The plan was backed by EC trade commissioner Jan Vorstmeer on Monday in Brussels. Later in the "
            "week Vorstmeer accused Japan of dumping cheap steel on European markets.")
    got = _sides(code_all, text, "ACCUSE")
    assert got and all(act == ["EUR"] for act, _ in got), got


def test_a_body_post_with_a_possessive(code_all):
    text = "The IMF's managing director Lotte Brannigan criticised Argentina for missing its budget targets."
    got = _sides(code_all, text, "ACCUSE")
    assert got and all(act == ["IGO"] for act, _ in got), got


def test_a_state_minister_after_a_body_is_not_the_body():
    text = "At the EC meeting, farm minister Jan Vorstmeer spoke first."
    start = text.index("Jan")
    ent = Entity("Jan Vorstmeer", start, start + len("Jan Vorstmeer"), "PERSON", None, None, None, None, None)
    link_people(text, [ent])
    assert ent.code != "EUR", ent


def test_a_title_without_country_takes_the_sentence_state(code_all):
    text = ("LIMA, May 3 - Chile will ask the IMF for a new standby loan, deputy Finance Minister Jorge "
            "Almarza said. Almarza arrived in Lima last night to discuss trade with Peru. Chile's copper "
            "exports fell after the floods, and Chile wants help.")
    got = _sides(code_all, text, "CONSULT")
    assert got and all(act == ["CHL"] for act, _ in got), got


def test_a_title_in_a_sentence_naming_two_states_stays_open():
    text = "Chile and Peru signed a trade pact, deputy Finance Minister Jorge Almarza said."
    start = text.index("Jorge")
    ents = [Entity("Chile", 0, 5, "GPE", "CHL", None, None, None, None),
            Entity("Peru", 10, 14, "GPE", "PER", None, None, None, None),
            Entity("Jorge Almarza", start, start + len("Jorge Almarza"), "PERSON", None, None, None, None, None)]
    link_people(text, ents)
    assert ents[2].code is None, ents[2]
