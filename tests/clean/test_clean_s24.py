"""Hard-wrapped wire copy whose sentence ends on a short line in capitals (inp24). Sentences written for the test."""
from __future__ import annotations

from eventwire.clean._whitespace import paragraphs

WRAPPED = """Officials said the plan would go to the assembly next month
and that the assembly would then have thirty days to reject the
plan to build the new F-16A.
    Defence officials said the assembly could approve the plan
because the country had signed a treaty with its neighbour.
ARMS TALKS
    Further talks are planned for the autumn in the capital and
will cover the border."""


def test_a_capitalised_line_that_ends_an_open_sentence_is_its_wrapped_tail() -> None:
    paras = paragraphs(WRAPPED)
    assert paras[0] == ["Officials said the plan would go to the assembly next month and that the assembly would "
                        "then have thirty days to reject the plan to build the new F-16A."]


def test_a_capitalised_headline_still_starts_a_paragraph() -> None:
    paras = paragraphs(WRAPPED)
    assert ["ARMS TALKS"] in paras
    assert paras[-1][0].startswith("Further talks")


def test_a_lone_initialism_wrapped_onto_its_own_line_joins_the_sentence() -> None:
    text = ("Exports rose with about three months to go for Peru and the\nU.S.\n"
            "    The ministry said more was to come and that it would\nreport again soon.\n"
            "    Officials were not available for comment and no date\nwas set.")
    assert paragraphs(text)[0] == ["Exports rose with about three months to go for Peru and the U.S."]


def test_an_indented_line_after_an_open_table_row_still_starts_a_paragraph() -> None:
    text = ("Shr profit 12 cts vs nine cts\nNet 1,200,000 vs 900,000\nRevs 9,000,000 vs 8,000,000\n"
            "    Note: The company's full name is Acme Holdings Inc.")
    assert paragraphs(text)[-1] == ["Note: The company's full name is Acme Holdings Inc."]
