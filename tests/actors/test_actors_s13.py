"""Actor tables and phrase resolution, thirteenth session. Invented phrases."""
from __future__ import annotations

import pytest

from eventwire.actors import resolve_phrase


@pytest.mark.parametrize("phrase", ["the U.S. Had", "the U.S. Would", "the U.S. Will", "the U.S. Is"])
def test_a_capitalised_auxiliary_after_a_country_is_no_part_of_a_name(phrase):
    # Wire copy capitalises the word after an abbreviation's full stop: the clause goes on, no longer name begins.
    r = resolve_phrase(phrase)
    assert r is not None and r.code == "USA"


@pytest.mark.parametrize("phrase", ["Chad Wolf", "Jordan Peterson"])
def test_a_place_before_an_unknown_capitalised_word_is_still_part_of_a_name(phrase):
    r = resolve_phrase(phrase)
    assert r is None or r.code not in ("TCD", "JOR")
