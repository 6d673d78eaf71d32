"""eventwire.geo: gazetteer lookups, toponym finding, resolution in context, datelines."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.geo import Gazetteer, country_name, find_places, is_metonymic, parse_dateline, resolve_place

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def places_by_text(text: str, **kw):
    return {p.text: p for p in find_places(text, **kw)}


def near(p, lat, lon, tol=0.2):
    return abs(p.lat - lat) < tol and abs(p.lon - lon) < tol


STORY = (
    "Soldiers pulled out of the 201 Air Force Base on Sunday, and convoys were seen leaving Agadez "
    "for the south. Officials in Niger's capital said the withdrawal would finish by September. "
    "Mali and Burkina Faso, also run by juntas, watched closely; analysts fear the Sahel will grow "
    "less stable. The Nigerien foreign ministry did not comment."
)


def test_agadez_resolves_to_niger_city():
    p = places_by_text(STORY)["Agadez"]
    assert p.country_code == "NER" and p.feature == "city" and p.resolution == 4
    assert near(p, 16.97, 7.99)


def test_capital_phrase_resolves_to_capital_city():
    p = places_by_text(STORY)["Niger's capital"]
    assert p.resolved_place == "Niamey" and p.country_code == "NER"
    assert STORY[p.start:p.end] == "Niger's capital"
    q = places_by_text("Crowds gathered in the capital of Niger on Saturday.")["capital of Niger"]
    assert q.resolved_place == "Niamey"


def test_base_countries_region_and_no_demonym():
    found = places_by_text(STORY)
    assert found["201 Air Force Base"].country_code == "NER"
    assert found["Mali"].country_code == "MLI" and found["Mali"].feature == "country"
    assert found["Burkina Faso"].country_code == "BFA"
    sahel = found["the Sahel"]
    assert sahel.feature == "region" and sahel.country_code is None
    assert not any("Nigerien" in t for t in found)


def test_niger_is_the_country_not_nigeria():
    p = places_by_text("The junta in Niger expelled the ambassador.")["Niger"]
    assert p.country_code == "NER" and p.resolution == 1


def test_afghan_provinces():
    found = places_by_text("Two police posts were overrun in Zabul province, and a bomb went off in Logar.")
    assert found["Zabul province"].country_code == "AFG" and found["Zabul province"].feature == "admin1"
    assert found["Logar"].country_code == "AFG" and found["Logar"].resolution == 2
    bare = places_by_text("Fighting spread across Zabul overnight.")["Zabul"]
    assert bare.country_code == "AFG" and bare.feature == "admin1"


def test_sites_and_cities():
    found = places_by_text("French jets were based at Ouadi Doum before the war ended. "
                           "Oil workers in Basra went on strike.")
    assert found["Ouadi Doum"].country_code == "TCD"
    basra = found["Basra"]
    assert basra.country_code == "IRQ" and near(basra, 30.51, 47.78)


def test_gaza_strip_and_us():
    found = places_by_text("The U.S. sent aid convoys toward the Gaza Strip.")
    assert found["the Gaza Strip"].country_code == "PSE"
    assert found["U.S."].country_code == "USA"


def test_georgia_in_a_tbilisi_story():
    text = "Protesters filled the streets of Tbilisi again. Georgia's parliament passed the bill on Tuesday."
    assert places_by_text(text)["Georgia"].country_code == "GEO"


def test_georgia_in_an_atlanta_story():
    text = "Voters in Atlanta queued for hours. Georgia will certify the result on Friday."
    p = places_by_text(text)["Georgia"]
    assert p.country_code == "USA" and p.feature == "admin1"


def test_false_positives_are_filtered():
    text = ("Michael Jordan spoke in March. Police said the same. Hamas denied it, "
            "the UN said, and IRNA reported that Nice weather helped.")
    found = places_by_text(text)
    assert not found, found


def test_exclude_spans():
    text = "Officials in Basra said so."
    s = text.index("Basra")
    assert find_places(text, exclude_spans=[(s, s + 5)]) == []


def test_doc_countries_prefer_local_town():
    p = resolve_place("Birmingham", doc_countries=["USA"])
    assert p.country_code == "USA"
    assert resolve_place("Birmingham").country_code == "GBR"
    assert resolve_place("Paris", doc_countries=["USA"]).country_code == "FRA"


def test_metonymy_flag():
    text = "Washington said it would respond, while diplomats in Moscow waited."
    found = places_by_text(text)
    assert is_metonymic(found["Washington"], text)
    assert not is_metonymic(found["Moscow"], text)


def test_datelines():
    assert parse_dateline("BAGHDAD, March 29 - Rockets hit the Green Zone.") == ("BAGHDAD", 0, 7)
    assert parse_dateline("HANOI, Vietnam (AP) — The talks ended.")[0] == "HANOI, Vietnam"
    text = "LONDON (Reuters) - Britain said on Monday..."
    dl = parse_dateline(text)
    assert dl == ("LONDON", 0, 6)
    assert places_by_text(text)["LONDON"].country_code == "GBR"
    assert parse_dateline("The talks ended - for now.") is None


def test_dateline_country_guides_resolution():
    p = find_places("Talks were held in Birmingham.", dateline="RICHMOND, Va.")
    assert p and p[0].country_code == "USA"


def test_country_name_and_lookup():
    assert country_name("NER") == "Niger"
    assert country_name("XXX") is None
    cands = Gazetteer.default().lookup("MALI")
    assert cands[0].feature == "country" and cands[0].country_code == "MLI"
    assert Gazetteer.default().lookup("Zābul")[0].country_code == "AFG"


def test_long_texts_are_scanned_whole():
    # Scan speed and index load time are reported by `eventwire bench`, not asserted here.
    assert len(find_places(STORY * 200)) >= 800


@pytest.mark.shared
def test_reuters_datelines():
    corpus = SHARED / "corpus" / "reuters21578.jsonl.gz"
    if not corpus.exists():
        pytest.skip("../shared is absent")
    from eventwire.geo._eval import score_reuters_datelines

    result = score_reuters_datelines(corpus)
    assert result["accuracy"] >= 0.95, result


def test_demonym_capital_is_the_capital_city():
    from eventwire.geo import find_places

    places = find_places("Gunmen stormed the palace in the Haitian capital after midnight.")
    hit = [p for p in places if p.text == "the Haitian capital"]
    assert hit and hit[0].country_code == "HTI" and hit[0].feature == "city"
