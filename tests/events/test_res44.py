"""Actor resolution (res44): a party family's name in a story about another state, an organisation's name
that opens a longer body's name, and the U.S. Congress's abbreviated titles in a story filed abroad.
Stories and phrases written for the test."""
from __future__ import annotations

import pytest
from event_helpers import roles_on

from eventwire.actors import find_actor_mentions, resolve_phrase

PUBLISHED = "1987-04-09"

_GREEK = ("ATHENS, March 30 - Greece said on Monday it would keep its navy in port. The Greek government "
          "told Turkey that Greece wanted talks, and Greek officials said Athens would wait. "
          "Conservative opposition leader Nikos Andreadis said he had urged Prime Minister Papandreou to "
          "accept mediation.")


def test_party_family_in_a_story_about_another_state_is_that_states(code_all):
    got = roles_on(code_all(_GREEK), "urged")
    assert got and all("GRC" in a and "GBR" not in a for _, a, _ in got)


@pytest.mark.parametrize("phrase", ["the National Resistance Council", "the National Resistance Army"])
def test_organisation_name_opening_a_longer_name_is_not_the_organisation(phrase):
    res = resolve_phrase(phrase, date=PUBLISHED)
    assert res is None or res.code != "SLV"


@pytest.mark.parametrize("phrase, code", [
    ("the Armed Forces of National Resistance", "SLV"), ("the National Resistance rebels", "SLV"),
    # a group's full name before a body word is still the group
    ("the Shining Path Committee", "PER"),
])
def test_the_organisation_itself_keeps_its_entry(phrase, code):
    res = resolve_phrase(phrase, date=PUBLISHED)
    assert res is not None and res.code == code


def test_longer_name_in_the_text_scan():
    text = "KAMPALA - The minister asked the National Resistance Council to approve the budget."
    assert not any(e.code == "SLV" for e in find_actor_mentions(text, date=PUBLISHED))


_KUWAIT = ("KUWAIT, June 2 - Two members of a U.S. Senate team visiting Kuwait said on Tuesday they backed "
           "a joint naval force. Sen. Walter Pemberton, speaking in Kuwait, urged Kuwait to allow more "
           "U.S. ships in its waters. Kuwaiti officials in Kuwait said they would study the plan.")


def test_abbreviated_congress_title_is_american_in_a_story_filed_abroad(code_all):
    got = roles_on(code_all(_KUWAIT), "urged")
    assert got and all("USA" in a and "KWT" not in a for _, a, _ in got)


def test_abbreviated_title_needs_the_united_states_named(code_all):
    text = ("MANILA, June 2 - Philippine officials met on Tuesday. Sen. Ramon Dizon urged the Philippine government "
            "in Manila to release the detainees.")
    got = roles_on(code_all(text), "urged")
    assert got and all("USA" not in a for _, a, _ in got)
