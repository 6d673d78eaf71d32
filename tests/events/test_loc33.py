"""Event location, loc33 (thirtieth session), on invented stories only, with paraphrase variants:

- a capital in front of its state's offensive or broadcaster ("a new Tehran offensive", "Tehran radio", "Kabul
  television") names the government, not a place: no event is placed in that capital by it, nor by the next
  sentences that the first one would have carried it to;
- in a story filed from the country it is about, a body that its sentence does not name ("The government has imposed
  a cut") acts at the dateline, whatever state the actor coding took it for; a named party, and a story filed from
  another country, keep their own.
"""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.geo import find_places, is_metonymic
from eventwire.events._location import _unnamed
from eventwire.model import Actor, EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are short fixtures of the location rules, not of which events a story keeps.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "1987-04-20") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


def _capital(text: str, name: str):
    return next(p for p in find_places(text) if p.text == name)


@pytest.mark.parametrize("text, name", [
    ("Iraq said its army had halted a new Tehran offensive in the marshes.", "Tehran"),
    ("The Baghdad offensives of last spring were beaten back.", "Baghdad"),
    ("Tehran radio reported heavy fighting near the border.", "Tehran"),
    ("Kabul television showed the wreckage of the plane.", "Kabul"),
    ("The raid was first reported by Baghdad TV on Monday.", "Baghdad"),
])
def test_a_capital_before_its_states_offensive_or_broadcaster_is_its_government(text: str, name: str) -> None:
    assert is_metonymic(_capital(text, name), text)


@pytest.mark.parametrize("text, name", [
    ("Protesters gathered outside government offices in Tehran on Friday.", "Tehran"),
    ("The ministers will meet at the Manila conference next week.", "Manila"),
    ("Talks on the loan opened in Seoul yesterday.", "Seoul"),
    # (the golds count a capital before its government or leadership as a place: left as it was)
    ("Asked about the angry reaction of the Manila government, he said nothing.", "Manila"),
    ("The Tehran leadership has been quick to threaten vengeance.", "Tehran"),
])
def test_a_capital_named_as_where_something_happens_stays_a_place(text: str, name: str) -> None:
    assert not is_metonymic(_capital(text, name), text)


@pytest.mark.parametrize("offensive", ["a new Tehran offensive", "the latest Tehran offensive"])
def test_a_capitals_offensive_places_neither_its_fighting_nor_the_next_sentences_there(pipe: Pipeline,
                                                                                      offensive: str) -> None:
    text = (f"BAGHDAD, April 7 - Iraq said today its troops had killed thousands of Iranians in checking {offensive} "
            "on the southern front. The Iraqi news agency said Iraqi troops had surrounded the Iranians after the "
            "overnight attack.")
    for word in ("killed", "surrounded"):
        loc = _loc(pipe, text, word, "ASSAULT")
        assert loc.extracted_place != "Tehran" and loc.country_code == "IRQ"


LOCAL_LEAD = ("TOKYO, April 17 - Japan's ruling party proposed a package to boost Japanese domestic demand, party "
              "officials said. Washington has pressed Tokyo to cut its trade surplus with the United States. ")


@pytest.mark.parametrize("sentence", [
    "The government has imposed a five pct cut in public works spending over the past five years.",
    "The government has imposed a cut of five pct in public works spending since 1982.",
])
def test_an_unnamed_body_of_a_local_story_acts_at_the_dateline(pipe: Pipeline, sentence: str) -> None:
    loc = _loc(pipe, LOCAL_LEAD + sentence, "imposed")
    assert loc.country_code == "JPN" and loc.location_source == "dateline"


def test_a_named_foreign_party_of_a_local_story_keeps_its_own_place(pipe: Pipeline) -> None:
    # guard: "Washington has pressed Tokyo" is named; it stays in Washington
    assert _loc(pipe, LOCAL_LEAD, "pressed").country_code == "USA"


def test_an_unnamed_body_of_a_story_filed_from_another_country_is_not_moved_to_its_dateline(pipe: Pipeline) -> None:
    # guard: a regional bureau's story about another country ("NICOSIA - ... Iran ...") is not about the dateline's
    text = ("NICOSIA, April 17 - Iran's parliament approved a new budget that cuts spending on imports, Tehran "
            "radio said. Iranian officials said the country would raise oil output. The government has imposed a "
            "ban on imports of luxury cars.")
    assert _loc(pipe, text, "imposed").country_code != "CYP"


@pytest.mark.parametrize("actor", ["A Turkish survey ship", "The Turkish survey ship", "Turkish survey ships"])
def test_a_party_told_by_its_nationality_is_not_an_unnamed_body(pipe: Pipeline, actor: str) -> None:
    # guard: a nationality names whose the party is ("A Turkish research ship ... kept to Turkish waters" under
    # ATHENS stays Turkey's), however common the nouns after it
    text = (f"ATHENS, March 28 - Greece's prime minister said the government would defend Greek rights in the "
            f"Aegean. {actor} which Greece had threatened to stop agreed to stay in Turkish waters, Greek officials "
            "said.")
    assert _loc(pipe, text, "survey ship", "AGREE").country_code == "TUR"


@pytest.mark.parametrize("text, name, country", [
    ("Police were guarding steel mills at Reinosa, in northern Spain, from daily protests.", "Reinosa", "ESP"),
    ("Police were guarding steel mills at Reinosa, in Spain, from daily protests.", "Reinosa", "ESP"),
    ("Police were guarding steel mills at Reinosa, Spain, from daily protests.", "Reinosa", "ESP"),
])
def test_a_town_followed_by_in_and_its_country_is_the_namesake_in_that_country(text: str, name: str,
                                                                               country: str) -> None:
    found = {p.text: p.country_code for p in find_places(text)}
    assert found.get(name) == country


def test_a_town_followed_by_in_and_another_town_is_no_qualified_town() -> None:
    # guard: "Paris, in London" is a list or a correction, not a Paris of London
    found = {p.text: p.country_code for p in find_places("Talks moved from Paris, in London and Rome, last week.")}
    assert found.get("Paris") == "FRA"


def test_a_qualified_town_named_again_bare_is_the_same_town() -> None:
    text = ("MADRID, April 2 - Police were guarding steel mills at Reinosa, in northern Spain, from daily protests. "
            "More than 60 people were injured in battles between police and workers in Reinosa last month.")
    assert [p.country_code for p in find_places(text) if p.text == "Reinosa"] == ["ESP", "ESP"]


def test_an_event_in_a_qualified_town_named_again_is_placed_in_its_country(pipe: Pipeline) -> None:
    text = ("MADRID, April 2 - Police were guarding steel mills at Reinosa, in northern Spain, from daily protests "
            "against job cuts. More than 60 people were injured in pitched battles between police and steel "
            "workers in Reinosa last month.")
    assert _loc(pipe, text, "injured").country_code == "ESP"


@pytest.mark.parametrize("text, unnamed", [
    ("The government", True),
    ("the ministry of trade", True),
    ("about 9,000 miners", True),
    ("his government", False),  # takes up someone named elsewhere
    ("it", False),
    ("(the story's other country)", False),  # inferred by the coder: its sentence may name it, uncoded
    ("A Turkish research ship", False),
    ("the Soviet leader", False),
    ("Washington", False),
])
def test_which_parties_are_unnamed_bodies(text: str, unnamed: bool) -> None:
    assert _unnamed(Actor(entity_text=text, code="USA"), ()) is unnamed
