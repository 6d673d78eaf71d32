"""find_quantities() on invented sentences."""
import pytest

from eventwire.quantities import find_quantities


def one(text):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert text[q.start:q.end] == q.text
    return q


@pytest.mark.parametrize("text, phrase, value, of, qualifier", [
    ("Officials said more than 1,000 troops would leave.", "more than 1,000", 1000, "troops", "more_than"),
    ("Hundreds of people gathered in the square.", "Hundreds of people", 100, "people", "about"),
    ("Police said about 30 people were hurt.", "about 30 people", 30, "people", "about"),
    ("The navy captured 1,269 Libyan soldiers at sea.", "1,269 Libyan soldiers", 1269, "soldiers", "exact"),
    ("Troops killed three Palestinian militants on patrol.", "three Palestinian militants", 3, "militants", "exact"),
    ("Tens of thousands of protesters marched.", "Tens of thousands of protesters", 10000, "protesters", "about"),
    ("The air force sent 80 warplanes north.", "80 warplanes", 80, "warplanes", "exact"),
    ("He said two soldiers were missing.", "two soldiers", 2, "soldiers", "exact"),
    ("A blast left at least 12 killed.", "at least 12", 12, "killed", "at_least"),
    ("One soldier was wounded.", "One soldier", 1, "soldier", "exact"),
    ("Nearly two dozen officers were hurt.", "Nearly two dozen officers", 24, "officers", "about"),
    ("The column had one hundred and twenty soldiers.", "one hundred and twenty soldiers", 120, "soldiers", "exact"),
    ("Rebels freed six of the 10 hostages.", "six of the 10 hostages", 6, "hostages", "exact"),
    ("A 5,000-strong force crossed the river.", "5,000-strong force", 5000, "force", "exact"),
    ("Half a million people fled the city.", "Half a million people", 500_000, "people", "exact"),
    ("Two police officers died in the attack.", "Two police officers", 2, "officers", "exact"),
])
def test_counts(text, phrase, value, of, qualifier):
    q = one(text)
    assert phrase in q.text
    assert (q.value, q.of, q.qualifier) == (value, of, qualifier)


def test_dozens_is_approximate():
    q = one("Dozens were arrested after the march.")
    assert (q.value, q.qualifier) == (12, "about")


def test_range():
    q = one("Between 20 and 30 villagers fled.")
    assert (q.value, q.upper, q.qualifier, q.of) == (20, 30, "range", "villagers")


@pytest.mark.parametrize("text, value, unit", [
    ("The base cost more than 100 million US dollars to build.", 100_000_000, "USD"),
    ("It signed a $5 billion arms deal.", 5_000_000_000, "USD"),
    ("Brussels pledged 5 million euros in aid.", 5_000_000, "EUR"),
    ("Revenue was 1.5 billion dlrs last year.", 1_500_000_000, "USD"),
])
def test_money(text, value, unit):
    q = one(text)
    assert (q.value, q.unit, q.of) == (value, unit, unit)


def test_money_keeps_its_qualifier():
    q = one("The base cost more than 100 million US dollars to build.")
    assert q.text == "more than 100 million US dollars" and q.qualifier == "more_than"


def test_measure_with_counted_noun():
    q = one("Jets dropped a 100-kg bomb on the depot.")
    assert (q.value, q.unit, q.of) == (100, "kg", "bomb")


@pytest.mark.parametrize("text", [
    "The base was built in 2018.",
    "The meeting is on January 9 at 10 a.m.",
    "Flights leave at 1500 GMT.",
    "It was the second round of talks.",
    "Call 555-1234 for details.",
    "Drones fly from 201 Air Force Base near Agadez.",
    "Resolution 242 was cited.",
    "No one was hurt, and one of them fled.",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_sorted_non_overlapping():
    text = "About 30 people and 80 warplanes; 5 million euros and dozens of police."
    qs = find_quantities(text)
    assert [q.value for q in qs] == [30, 80, 5_000_000, 12]
    for a, b in zip(qs, qs[1:]):
        assert a.end <= b.start


def test_empty():
    assert find_quantities("") == []


def test_an_age_is_not_a_count():
    assert not [q for q in find_quantities("The 20-year-old man was arrested.") if q.value == 20]
