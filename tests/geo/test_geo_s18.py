"""Geoparsing, nineteenth session (loc18): invented sentences only.

Classes: a border district of the Iran-Iraq war's northern front (Haj Omran) is Iraq's; the Petersberg that
conferences are named after is the guesthouse above Bonn, not the small Hessian town of the same name.
"""
from __future__ import annotations

from eventwire.geo import find_places

from geo_helpers import place_names


def test_haj_omran_is_in_iraq() -> None:
    found = place_names("Kurdish guerrillas shelled an army post in the Haj Omran area on Sunday.")
    assert found.get("Haj Omran") == "IRQ"


def test_the_petersberg_talks_are_held_above_bonn() -> None:
    found = [p for p in find_places("Delegates gathered for the Petersberg conference on the future of the region.")
             if p.text.endswith("Petersberg")]
    assert found and found[0].country_code == "DEU"
    assert abs(found[0].lat - 50.69) < 0.1 and abs(found[0].lon - 7.21) < 0.1
