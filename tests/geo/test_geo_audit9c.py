"""Third event-location audit of this session (g9c): invented sentences only.

1. A coming said as an adverbial of the reporting verb ("told reporters on his return from Madrid that he would
   hold talks ...") leaves the place it came from behind for the reported event too; a coming inside the
   subject ("Refugees arriving from Haiti said ...") does not place the reported event anywhere new.
2. A story that has its people "visiting the Norwegian capital" under an OSLO dateline has them on a visit to the
   dateline's town, as "visiting Oslo" does: the story's own name for the dateline town counts as the town.
"""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, plover: str) -> str | None:
    doc = pipe.process_text(text, published="1987-05-04")
    evs = [e for e in doc.events if e.event == plover]
    assert evs, f"no {plover} event coded"
    return evs[0].event_loc.country_code


def test_return_from_a_city_does_not_place_the_reported_talks(pipe: Pipeline) -> None:
    text = ("OTTAWA, May 4 - Canada's fisheries minister told reporters on his return from Madrid last week that he "
            "would hold talks with Canadian fishermen before any decision.")
    assert _loc(pipe, text, "CONSULT") == "CAN"


def test_return_that_is_the_main_verb_still_places_its_conjunct(pipe: Pipeline) -> None:
    # "returned from Madrid ... and said Spain had agreed": the coming is the clause's own verb, not an adverbial
    text = "OTTAWA, May 4 - The Spanish envoy returned from Madrid on Monday and said Spain had agreed to cut its catch."
    assert _loc(pipe, text, "AGREE") == "ESP"


@pytest.mark.parametrize("town", ["the Norwegian capital", "Oslo"])
def test_visit_to_the_dateline_town_by_another_name(pipe: Pipeline, town: str) -> None:
    text = ("OSLO, May 4 - Hungary would welcome Western investors, a senior Hungarian official said on Tuesday. "
            f"The official, visiting {town} to address business leaders, criticised some Western banks for their caution.")
    assert _loc(pipe, text, "AGREE") == "NOR"
