"""Titled persons (s23): a person the tables lack, written after an international body's name and one of
its posts ("EC trade commissioner Jan Vorstmeer"), is that body's officer, and so is his bare surname later;
a state's title with no country ("deputy Finance Minister ...") takes the one state its sentence names before
it, when no country dominates the story, but not a state after a preposition ("talks with Chile"), nor one
inside a paper's or firm's name ("The Lima Times"), and never for a union's or firm's title. Invented
sentences."""
from __future__ import annotations

from eventwire.actors._people import link_people
from eventwire.model import Entity


def _ent(text, phrase, label="PERSON", code=None):
    start = text.index(phrase)
    return Entity(phrase, start, start + len(phrase), label, code, None, None, None, None)


def _sides(code_all, text, event):
    return [(sorted({a.code for a in e.actor if a.code}), sorted({a.code for a in e.recipient if a.code}))
            for e in code_all(text) if e.event == event]


def test_a_body_post_before_the_name_gives_the_body_to_the_later_surname(code_all):
    text = ("BRUSSELS, May 3 - The plan was backed by EC trade commissioner Jan Vorstmeer on Monday. Later in "
            "the week Vorstmeer accused Japan of dumping cheap steel on European markets.")
    got = _sides(code_all, text, "ACCUSE")
    assert got and all(act == ["EUR"] for act, _ in got), got


def test_a_body_post_with_a_possessive_gives_the_body():
    text = "The IMF's managing director Lotte Brannigan spoke first."
    ent = _ent(text, "Lotte Brannigan")
    link_people(text, [ent])
    assert ent.code == "IGO", ent


def test_a_state_post_after_a_body_is_not_the_body():
    text = "At the EC meeting, farm minister Jan Vorstmeer spoke first."
    ent = _ent(text, "Jan Vorstmeer")
    link_people(text, [ent])
    assert ent.code != "EUR", ent


def test_a_state_title_without_country_takes_the_state_its_sentence_names():
    text = "Peru will ask its creditors for more time, deputy Finance Minister Jorge Almarza said."
    ents = [_ent(text, "Peru", "GPE", "PER"), _ent(text, "Jorge Almarza")]
    link_people(text, ents)
    assert (ents[1].code, ents[1].sector) == ("PER", "GOV"), ents[1]


def test_the_title_written_first_and_the_state_second_stays_open():
    text = "Deputy Finance Minister Jorge Almarza said Peru will ask its creditors for more time."
    ents = [_ent(text, "Jorge Almarza"), _ent(text, "Peru", "GPE", "PER")]
    link_people(text, ents)
    assert ents[0].code is None, ents[0]


def test_a_state_after_a_preposition_is_a_counterpart_not_the_title_holders():
    text = "Talks with Chile broke down on Tuesday, deputy Foreign Minister Jorge Almarza said."
    ents = [_ent(text, "Chile", "GPE", "CHL"), _ent(text, "Jorge Almarza")]
    link_people(text, ents)
    assert ents[1].code is None, ents[1]


def test_a_state_inside_a_papers_name_is_no_state_of_the_sentence():
    text = "The Lima Times quoted central bank governor Jorge Almarza as saying rates would fall."
    ents = [_ent(text, "The Lima Times", "ORG"), _ent(text, "Lima", "GPE", "PER"), _ent(text, "Jorge Almarza")]
    ents.sort(key=lambda e: e.start)
    link_people(text, ents)
    assert ents[-1].code is None, ents[-1]


def test_a_sentence_naming_two_states_gives_no_state():
    text = "Chile and Peru signed a trade pact, deputy Finance Minister Jorge Almarza said."
    ents = [_ent(text, "Chile", "GPE", "CHL"), _ent(text, "Peru", "GPE", "PER"), _ent(text, "Jorge Almarza")]
    link_people(text, ents)
    assert ents[2].code is None, ents[2]


def test_a_unions_title_takes_no_state_from_the_sentence():
    text = "Brazil's dockers will strike on Monday, union president Joao Matarazzo said."
    ents = [_ent(text, "Brazil", "GPE", "BRA"), _ent(text, "Joao Matarazzo")]
    link_people(text, ents)
    assert ents[1].code is None, ents[1]


def test_an_already_coded_person_keeps_the_code_the_story_gave_him():
    text = ("Peru's President Alan Garcia met bankers. Chile will ask for more time, deputy Finance Minister "
            "Alan Garcia said.")
    first = _ent(text, "Peru's President Alan Garcia", "PERSON", "PER")
    first.sector = "GOV"
    second_start = text.rindex("Alan Garcia")
    second = Entity("Alan Garcia", second_start, second_start + 11, "PERSON", "PER", "GOV", None, None, None)
    ents = [first, _ent(text, "Chile", "GPE", "CHL"), second]
    link_people(text, ents)
    assert second.code == "PER", second
