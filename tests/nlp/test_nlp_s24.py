"""Wire copy that capitalises the word after "U.S.", and sentence splits at quoted questions and line-initial
abbreviations (inp24). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from eventwire.nlp import parse
from eventwire.nlp._casing import parser_text


def _doc(text: str):
    return next(parse([(text, None)]))[0]


def _sents(text: str) -> list[str]:
    return [s.text.strip() for s in _doc(text).sents]


@pytest.mark.parametrize("text, lowered", [
    ("The U.K. Warned Chile against new flights.", "Warned"),
    ("Peru rejected U.S. Demands for wider access to its ports.", "Demands"),
    ("The U.S. Has been pressing Peru to open its ports.", "Has"),
    ("Trade between the U.S. And Peru grew.", "And"),
    ("Senior U.S. Officials accused Lima of dumping copper.", "Officials"),
])
def test_a_common_word_after_a_states_initials_is_read_in_lower_case(text: str, lowered: str) -> None:
    read = parser_text(text)
    at = text.index(lowered)
    assert read[at] == lowered[0].lower() and read[:at] == text[:at] and read[at + 1:] == text[at + 1:]


@pytest.mark.parametrize("text", [
    "The U.S. Agriculture Department said exports rose.",   # the word goes on into a name
    "A U.S. Court of Appeals voided the ruling.",            # a name joined by "of"
    "Analysts at E.F. Hutton said prices fell.",             # a person's initials and surname
    "Cuts by Congress worried Lima, and the U.S. Congress met later.",  # written as a name in the story
    "Exports to the U.S. The ministry said nothing more.",   # may open the next sentence
    "He met U.S. Rep. Tom Smith in Lima.",                   # a title's abbreviation
    "Prices rose at Ford Motor Sales U.S.A. Inc on Monday.",  # a company's legal form
    "The U.S. embassy said nothing.",                        # nothing to change
])
def test_names_openers_and_plain_text_are_left_as_they_are(text: str) -> None:
    assert parser_text(text) is text


def test_the_parse_reads_the_lowered_verb_and_the_doc_keeps_the_original_characters() -> None:
    text = "The U.K. Warned Chile on Monday against new flights over the islands."
    doc = _doc(text)
    assert doc.text == text
    warned = next(t for t in doc if t.text == "Warned")
    assert warned.lemma_ == "warn" and warned.pos_ == "VERB"
    assert warned.idx == text.index("Warned")


def test_a_question_quoted_before_its_speaker_stays_in_one_sentence() -> None:
    assert _sents('"Will the truce last?" he asked. Nobody knew.') == ['"Will the truce last?" he asked.', "Nobody knew."]
    assert _sents("“Is the deal fair?” the envoy wondered aloud in Lima.") == [
        "“Is the deal fair?” the envoy wondered aloud in Lima."]
    assert len(_sents('"Stop the shelling!" the mayor told reporters. Nobody listened.')) == 2


def test_a_quoted_question_followed_by_a_capital_still_ends_its_sentence() -> None:
    assert len(_sents('"Who pays?" That was the question in Lima.')) == 2


@pytest.mark.parametrize("text", [
    "The offer was turned down by the U.S.\n\nU.S. Deputy Trade Representative Ann Lee flew home on Monday.",
    "Talks ended on Friday.\n\nGen. Ortiz will visit the border next week.",
])
def test_a_line_opening_on_an_abbreviation_is_not_cut_after_it(text: str) -> None:
    sents = _sents(text)
    assert len(sents) == 2 and sents[1].split()[0] in ("U.S.", "Gen.") and len(sents[1].split()) > 3
