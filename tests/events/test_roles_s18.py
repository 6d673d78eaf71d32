"""Role resolution, eighteenth session: a group that a modifier or an earlier mention names is a party (not a
count of people, as in "a group of protesters"); a pronoun in quoted words is the party the reporting verb's
"of" phrase names, not the speaker. Invented sentences."""
from __future__ import annotations

PUBLISHED = "2024-05-06"


def _codes(parties):
    return {p.code for p in parties}


def _sectors(parties):
    return {p.sector for p in parties}


def _typed(events, plover):
    return [e for e in events if e.event == plover]


def test_a_plural_group_noun_with_a_kind_modifier_is_an_armed_party(code_all):
    events = code_all("Rebel groups stormed the town of Gao in northern Mali on Sunday, killing three soldiers.")
    hits = _typed(events, "ASSAULT")
    assert hits and any("groups" in a.entity_text for a in hits[0].actor)
    assert "REB" in _sectors(hits[0].actor)


def test_the_group_repeats_the_armed_group_named_before(code_all):
    events = code_all("The Hezbollah group said on Sunday it had fired rockets at a border post. The group "
                      "accused Israel of shelling villages in southern Lebanon.")
    hits = [e for e in _typed(events, "ACCUSE") if "Israel" in e.sentence and "group" in e.sentence]
    assert hits and _codes(hits[0].actor) == {"LBN"} and _codes(hits[0].recipient) == {"ISR"}


def test_a_group_of_people_still_counts_the_people(code_all):
    events = code_all("A group of farmers blocked the main road into Nairobi on Monday to protest against the tax.")
    hits = _typed(events, "PROTEST")
    assert hits and all("farmers" in a.entity_text for a in hits[0].actor)


def test_a_pronoun_quoted_of_a_named_force_is_that_force(code_all):
    events = code_all('"They bombed our trenches for three hours," an Armenian officer said of the Azerbaijani troops.')
    hits = _typed(events, "ASSAULT")
    assert hits and _codes(hits[0].actor) == {"AZE"}
    assert "AZE" not in _codes(hits[0].recipient)


def test_a_pronoun_quoted_with_no_of_phrase_stays_with_the_speaker(code_all):
    events = code_all('"We will retake every village," an Armenian officer said on Monday.')
    assert all(_codes(e.actor) <= {"ARM"} for e in events)
