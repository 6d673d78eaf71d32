"""Person coreference within an article (eventwire.actors.link_people)."""
from eventwire.actors import link_people
from eventwire.model import Entity


def test_a_title_in_front_names_the_office_holder_and_later_surnames_follow():
    text = "South Korean President Yoon Suk Yeol apologised. Later Yoon said he would not resign."
    title = Entity("South Korean President", 0, 22, "AGENT", "KOR", "GOV", None, None, "President")
    person = Entity("Yoon Suk Yeol", 23, 36, "PERSON")
    later = link_people(text, [title, person])
    assert (person.code, person.sector) == ("KOR", "GOV")
    assert [(e.text, e.code) for e in later] == [("Yoon", "KOR")]


def test_a_nationality_in_front_names_a_citizen():
    text = "American Kevin King was freed."
    nat = Entity("American", 0, 8, "NORP", "USA", None)
    person = Entity("Kevin King", 9, 19, "PERSON")
    link_people(text, [nat, person])
    assert (person.code, person.sector) == ("USA", "CVL")


def test_no_identity_without_a_full_mention():
    text = "Yoon said he would not resign."
    assert link_people(text, [Entity("Yoon", 0, 4, "PERSON")]) == []
