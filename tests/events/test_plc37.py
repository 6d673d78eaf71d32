"""Place resolution, issue 5 (thirty-second session): states and provinces at their area centres (Natural Earth's
admin-1 label points, scripts/build_admin1_points.py) rather than at the median of their towns. All sentences are
invented."""
from __future__ import annotations

import importlib.util
import math
import struct
from pathlib import Path

import pytest

from eventwire.geo import Gazetteer, find_places

ROOT = Path(__file__).resolve().parents[2]


def _places(text: str, **kw) -> dict[str, str | None]:
    return {p.text: p.country_code for p in find_places(text, **kw)}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p = math.pi / 180
    h = math.sin((b[0] - a[0]) * p / 2) ** 2 + \
        math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _point(text: str, name: str) -> tuple[float, float]:
    place = next(p for p in find_places(text) if p.text == name)
    assert place.feature == "admin1", place
    return place.lat, place.lon


# -- a state or province at its area's centre -----------------------------------------------------------------------

@pytest.mark.parametrize("text, name, centre", [
    # (the areas' middles, read off any atlas; the towns' medians lay 150-800 km away, near the big cities)
    ("Ranchers across Texas have sold cattle early this year.", "Texas", (31.3, -99.3)),
    ("A snowstorm closed roads in Utah on Friday.", "Utah", (39.3, -111.6)),
    ("Forest fires burned across northern Ontario for a week.", "Ontario", (50.0, -86.0)),
    ("Mining towns in Queensland voted against the plan.", "Queensland", (-22.5, 144.5)),
    ("Coffee growers in Minas Gerais expect a smaller crop.", "Minas Gerais", (-18.5, -44.6)),
])
def test_a_state_or_province_lies_at_its_area_centre(text: str, name: str, centre: tuple[float, float]) -> None:
    assert _km(_point(text, name), centre) < 120


@pytest.mark.parametrize("text, name", [
    # towns the index lacks there, named with their province or state: the area stands in, where its towns are
    ("ALDERWICK, Quebec, May 4 - Miners at the copper pit went back to work on Monday.", "ALDERWICK"),
    ("The strike closed the San Ysidro, California plant for a week.", "San Ysidro"),
])
def test_a_state_standing_for_a_town_it_holds_lies_where_its_towns_are(text: str, name: str) -> None:
    found = {p.text: p for p in find_places(text)}
    stand_in = found[name]
    gaz = Gazetteer.default()
    centre = gaz.admin1_centres[(stand_in.country_code, stand_in.resolved_place)]
    assert stand_in.feature == "admin1" and _km((stand_in.lat, stand_in.lon), centre) > 50
    # the state named for itself stays at its centre
    state = next(p for p in found.values() if p is not stand_in and p.resolved_place == stand_in.resolved_place)
    assert (state.lat, state.lon) == centre


def test_an_area_in_parts_keeps_the_median_of_its_towns() -> None:
    # Hawaii's largest island holds under two thirds of the state: its label point would stand for one island.
    assert ("USA", "Hawaii") not in Gazetteer.default().admin1_centres
    assert ("CAN", "Nunavut") not in Gazetteer.default().admin1_centres


def test_every_centre_names_an_admin1_the_index_holds() -> None:
    gaz = Gazetteer.default()
    for cc, name in gaz.admin1_centres:
        assert any(c.feature == "admin1" and c.country_code == cc and c.name == name for c in gaz.lookup(name)), name


def test_a_province_of_a_country_with_no_centres_is_unchanged() -> None:
    # Only Australia, Brazil, Canada and the US have label points in the 1:50m layer; others keep the median.
    assert {cc for cc, _ in Gazetteer.default().admin1_centres} == {"AUS", "BRA", "CAN", "USA"}
    assert _places("Floods spread across Sindh province after the rains.").get("Sindh province") == "PAK"


def test_the_build_script_reads_r_strings_in_their_encoding() -> None:
    spec = importlib.util.spec_from_file_location("build_admin1_points", ROOT / "scripts" / "build_admin1_points.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    latin1 = "Québec".encode("latin-1")
    # R's XDR serialisation, version 2: a character vector of one Latin-1 string.
    blob = b"X\n" + struct.pack(">iii", 2, 0x040100, 0x020300) + struct.pack(">ii", 16, 1) \
        + struct.pack(">ii", 9 | (4 << 12), len(latin1)) + latin1
    assert module._RReader(blob).read() == {"v": ["Québec"], "attr": {}}


# -- what earlier sessions fixed still resolves ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("Trucks left Agadez at dawn for the desert crossing.", "Agadez", "NER"),
    ("Students gathered in Niamey to demand lower fees.", "Niamey", "NER"),
    ("Gunmen attacked a checkpoint in Zabul, and a mine exploded in Logar, Afghan police said.", "Zabul", "AFG"),
    ("Gunmen attacked a checkpoint in Zabul, and a mine exploded in Logar, Afghan police said.", "Logar", "AFG"),
    ("Libyan aircraft once flew from Ouadi Doum in northern Chad.", "Ouadi Doum", "TCD"),
    ("Rockets fell on Basra overnight, Iraqi officials said.", "Basra", "IRQ"),
])
def test_places_of_earlier_audits_still_resolve(text: str, name: str, cc: str) -> None:
    assert _places(text).get(name) == cc
