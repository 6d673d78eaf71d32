"""A numbered group is a name only with its capital: "the Group of Five" is the bloc, "a group of five MPs" counts
people (the lead's review of session 25's bloc names on the audit snapshot). Invented phrases."""
from __future__ import annotations

import pytest

from eventwire.actors import resolve_phrase


def _code(phrase, head=None, context_country=None):
    res = resolve_phrase(phrase, date="1987-05-04", head=head, context_country=context_country)
    return None if res is None else res.code


@pytest.mark.parametrize("phrase", ["the Group of Five", "the Group of Ten", "Group of 24"])
def test_a_numbered_group_written_as_a_name_is_the_bloc(phrase):
    assert _code(phrase) == "IGO"


@pytest.mark.parametrize("phrase,head", [("a group of five MPs", "MPs"), ("a group of ten Labour MPs", "MPs"),
                                         ("a group of 24 senators", "senators")])
def test_a_lower_case_group_of_people_is_no_bloc(phrase, head):
    assert _code(phrase, head=head, context_country="GBR") != "IGO"
