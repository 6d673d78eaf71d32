"""A lede's opening noun after a dateline (agr47): the tagger reads the capital that opens "BONN, May 4 - Talks are
under way ..." as a name's; a word the lemmatiser knows as a noun, unnamed by the NER and not going on into a name,
is read as the common noun it is. Sentences written for the test."""
from __future__ import annotations

import pytest

from eventwire.nlp import parse


def _token(text: str, word: str):
    doc = next(parse([(text, None)]))[0]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, lemma", [
    ("LIMA, June 2 - Talks between Peru and Chile on the border dispute have made progress, officials said.",
     "Talks", "talk"),
    ("LIMA, June 2 - Talks on the border dispute between Peru and Chile have been extended into today.",
     "Talks", "talk"),
])
def test_lede_noun_after_dateline_is_a_common_noun(text: str, word: str, lemma: str) -> None:
    tok = _token(text, word)
    assert tok.pos_ == "NOUN" and tok.lemma_ == lemma
    assert _token(text, word).idx == text.index(word)  # the text and its offsets are unchanged


@pytest.mark.parametrize("text, word", [
    ("OSLO, May 4 - Finance Minister Olav Berg said exports rose.", "Finance"),   # goes on into a name
    ("OSLO, May 4 - Norway said exports rose.", "Norway"),                         # a name
    ("OSLO, May 4 - Bank of Norway officials said rates would stay.", "Bank"),     # "of" + a capital: a name
    ("Talks on quotas went on. OSLO officials said so.", "OSLO"),                   # no dateline
])
def test_names_and_other_capitals_are_left_alone(text: str, word: str) -> None:
    assert _token(text, word).pos_ == "PROPN"
