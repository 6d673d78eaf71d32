"""The lead's rules of the fourteenth session. Invented sentences."""
from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def coded(events) -> dict[str, str | None]:
    return {e.event: e.mode for e in events}


@pytest.mark.parametrize(("text", "mode"), [
    ("NAIROBI, May 6 - Several thousand Kenyan nurses surrounded the health ministry on Monday to demand back pay.", "demo"),
    ("NAIROBI, May 6 - Hundreds of Kenyan dock workers occupied the port authority's offices on Monday.", "obstruct"),
])
def test_an_unarmed_crowd_ringing_a_building_protests(code_all, text, mode):
    events = coded(code_all(text, published=PUBLISHED))
    assert events.get("PROTEST") == mode
    assert "ASSAULT" not in events


def test_troops_ringing_a_town_still_besiege_it(code_all):
    events = coded(code_all("NAIROBI, May 6 - Kenyan troops surrounded the rebel-held town on Monday.", published=PUBLISHED))
    assert "ASSAULT" in events and "PROTEST" not in events
