"""Whole-text scan and coreference."""
from __future__ import annotations

from eventwire.actors import coref_resolve, find_actor_mentions

STORY = (
    "NIAMEY, April 19 - The United States agreed to withdraw its troops from Niger, U.S. officials said. "
    "Niger's ruling junta ended a military accord with Washington last month. The junta has since welcomed "
    "Russian military instructors. Islamic State militants attacked a base near the border; the group "
    "has been active since 2015. Hundreds of people rallied in Niamey."
)


def by_text(ents):
    return {e.text: e for e in ents}


def test_scan_finds_names_agents_and_merges_nationality():
    ents = find_actor_mentions(STORY, date="2024-04-19")
    m = by_text(ents)
    assert m["The United States"].code == "USA" and m["The United States"].label == "COUNTRY"
    assert m["Niger's ruling junta"].code == "NER" and m["Niger's ruling junta"].sector == "MIL"
    assert m["Washington"].code == "USA" and m["Washington"].sector == "GOV"
    assert m["Russian military instructors"].code == "RUS"
    assert m["Islamic State"].code == "IMG"
    assert m["people"].label == "AGENT" and m["people"].sector == "CVL"
    for e in ents:
        assert STORY[e.start:e.end] == e.text
    assert ents == sorted(ents, key=lambda e: e.start)


def test_scan_case_rules():
    ents = find_actor_mentions("They told us that it is over.")
    assert not [e for e in ents if e.code == "USA" or e.code == "IMG"]
    ents = find_actor_mentions("Officials in the US said IS fighters fled.")
    assert {e.code for e in ents} >= {"USA", "IMG"}


def test_coref():
    ents = find_actor_mentions(STORY, date="2024-04-19")
    junta_pos = STORY.index("The junta has")
    prior = [e for e in ents if e.end <= junta_pos]
    ante = coref_resolve("The junta", prior)
    assert ante is not None and ante.code == "NER"
    group_pos = STORY.index("the group")
    ante = coref_resolve("the group", [e for e in ents if e.end <= group_pos])
    assert ante is not None and ante.code == "IMG"
    assert coref_resolve("the militants", [e for e in ents if e.end <= group_pos]).code == "IMG"
    assert coref_resolve("the weather", ents) is None


def test_coref_pronoun_person():
    text = "President Mohamed Bazoum was detained. He refused to resign."
    ents = find_actor_mentions(text, date="2023-07-27")
    ante = coref_resolve("he", ents)
    assert ante is not None and ante.label == "PERSON" and ante.code == "NER"


def test_a_country_is_named_by_itself_not_by_a_dependency_folded_into_it():
    from eventwire.actors import find_actor_mentions

    (us,) = [e for e in find_actor_mentions("Growth in the US slowed.") if e.code == "USA"]
    assert us.canonical == "United States"
