"""One dateline reader for every stage: clean, nlp, geo and time agree on what a dateline is."""
from __future__ import annotations

import pytest

from eventwire.clean import clean_text, match_dateline
from eventwire.geo import parse_dateline
from eventwire.time import publication_from_dateline


@pytest.mark.parametrize("text, place, day", [
    ("KAMPALA, Oct 3 - Troops withdrew.", "KAMPALA", ("Oct", 3)),
    ("QUITO, Ecuador (AP) — Troops withdrew.", "QUITO, Ecuador", None),
    ("OSLO, May 9 (Reuters) - Troops withdrew.", "OSLO", ("May", 9)),
    ("****TUNIS, June 2 - Troops withdrew.", "TUNIS", ("June", 2)),
    ("RPT --LYON, France, June 2 - Troops withdrew.", "LYON, France", ("June", 2)),
    ("DAKAR , July 8 - Troops withdrew.", "DAKAR", ("July", 8)),  # a stray space before the comma
    ("HARARE, Marhc 4 - Troops withdrew.", "HARARE", ("Marhc", 4)),  # a misspelt month in a capitals dateline
    ("Santa cruz, march 4 - Troops withdrew.", "Santa cruz", ("march", 4)),
    ("Lusaka, Zambia, Jan 3, 2005 (AP) -- Troops withdrew.", "Lusaka, Zambia", ("Jan", 3)),
    ("Mombasa – Several hundred dock workers marched.", "Mombasa", None),  # a local paper's bare place and dash
])
def test_wire_datelines_are_read_whole(text, place, day):
    found = match_dateline(text)
    assert found is not None and found.place == place
    assert (found.month, found.day) == day if day else found.month is None
    assert clean_text(text).dateline == place.strip(" ,")
    assert parse_dateline(text)[0] == place


@pytest.mark.parametrize("text", [
    "U.S.-backed rebels shelled the town.",  # a hyphen inside a word is no dash
    "Hello World - and welcome.",  # mixed case needs a date or an agency
    "Officials said (AP) - the talks failed.",  # and a name in lower case a real month
    "NEW DELHI-based analysts disagree.",
    "Exclusive – Kenyan troops withdrew.",  # a story label, not a place
    "Hello World – and welcome.",  # a bare dash needs a sentence after it
])
def test_openings_that_are_no_dateline(text):
    assert match_dateline(text) is None
    assert parse_dateline(text) is None


def test_the_publication_day_comes_from_the_dateline_line():
    assert publication_from_dateline("TEHRAN BLAMES IRAQ\nTEHRAN, Apri 13 - Iran said ...", 1987) == "1987-04-13"
    assert publication_from_dateline("NAIROBI, Juen 19 - Kenya said ...", 1987) is None  # no month to read
    assert publication_from_dateline("Kenya said on Monday ...", 1987) is None


def test_a_mixed_case_dateline_is_not_part_of_the_first_sentence():
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Nairobi, March 20 - Kenya recalled its ambassador to Uganda on Friday.")
    first = next(iter(doc.sents))
    assert first.text.strip() == "Nairobi, March 20 -"
