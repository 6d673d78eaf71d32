"""eventwire.geo admin2 level: districts, counties, provinces below admin1 (resolution 3), and the rules that
keep them from producing false places."""
from __future__ import annotations

from eventwire.geo import Gazetteer, find_places


def places_by_text(text: str, **kw):
    return {p.text: p for p in find_places(text, **kw)}


def test_index_has_admin2_rows():
    gaz = Gazetteer.default()
    bucks = [c for c in gaz.lookup("Buckinghamshire") if c.feature == "admin2"]
    assert bucks and bucks[0].country_code == "GBR" and bucks[0].admin1 == "England"
    assert bucks[0].resolution == 3 and bucks[0].population > 100_000
    assert 51.3 < bucks[0].lat < 52.2 and -1.2 < bucks[0].lon < -0.4
    ohio = [c for c in gaz.lookup("Harrison County") if c.admin1 == "Ohio"]
    assert ohio and ohio[0].feature == "admin2"


def test_harrison_county_ohio():
    ps = places_by_text("The shooting happened in Harrison County, Ohio, late on Friday, the sheriff said.")
    p = ps["Harrison County"]
    assert (p.feature, p.country_code, p.admin1, p.resolution) == ("admin2", "USA", "Ohio", 3)
    assert ps["Ohio"].feature == "admin1"


def test_kupwara_district():
    # GeoNames lists no admin2 for Kupwara: the town of that name stands for its district, in Kashmir.
    ps = places_by_text("Militants attacked an army camp in Kupwara district of Jammu and Kashmir, India, on Monday.")
    p = ps["Kupwara"]
    assert p.country_code == "IND" and p.admin1 == "Kashmir"


def test_district_of_x_forces_admin2():
    ps = places_by_text("Gunmen killed three people in the district of Baramula in India, police said.")
    p = ps["district of Baramula"]
    assert (p.feature, p.country_code, p.admin1) == ("admin2", "IND", "Kashmir")


def test_x_province_is_a_philippine_admin2():
    ps = places_by_text("Floods hit Quezon province in the Philippines on Tuesday.")
    p = ps["Quezon province"]
    assert (p.feature, p.country_code, p.admin1) == ("admin2", "PHL", "Calabarzon")
    assert p.resolved_place == "Province of Quezon"


def test_uk_county():
    ps = places_by_text("Police in Buckinghamshire said the man was arrested near High Wycombe.")
    p = ps["Buckinghamshire"]
    assert (p.feature, p.country_code, p.admin1, p.resolution) == ("admin2", "GBR", "England", 3)


def test_uk_county_over_foreign_town_in_a_british_story():
    ps = places_by_text("Britain's worst floods in decades: police in Surrey said two men were rescued.")
    assert (ps["Surrey"].feature, ps["Surrey"].country_code) == ("admin2", "GBR")


def test_london_borough():
    # GeoNames has no admin2 below Greater London: the borough resolves to its namesake town in London.
    for text in ("The council in Wandsworth, south London, voted to close the library.",
                 "Residents of the London borough of Wandsworth voted on Thursday."):
        p = places_by_text(text)["Wandsworth"]
        assert p.country_code == "GBR" and p.admin1 == "England" and abs(p.lat - 51.46) < 0.1


def test_greater_london():
    p = places_by_text("House prices in Greater London rose 2% in the year to March.")["Greater London"]
    assert (p.feature, p.country_code) == ("admin2", "GBR")


def test_washington_county_does_not_swallow_washington():
    text = ("Washington said it would impose sanctions. Officials in Washington County, Oregon, disagreed, "
            "and lawmakers in Washington state were split.")
    ps = find_places(text)
    plain = next(p for p in ps if p.text == "Washington")
    assert plain.feature == "city" and plain.country_code == "USA" and plain.admin1 == "Washington, D.C."
    county = next(p for p in ps if p.text == "Washington County")
    assert (county.feature, county.admin1) == ("admin2", "Oregon")
    state = next(p for p in ps if p.text == "Washington state")
    assert state.feature == "admin1"


def test_state_named_in_story_places_its_county():
    ps = places_by_text("Officials in Oregon said Washington County would reopen schools.")
    assert (ps["Washington County"].feature, ps["Washington County"].admin1) == ("admin2", "Oregon")


def test_lowercase_county_after_a_state_is_the_state():
    p = places_by_text("Voters in an Ohio county backed the measure.")["Ohio county"]
    assert (p.feature, p.admin1) == ("admin1", "Ohio")


def test_bare_county_names_are_not_places():
    # "Harrison", "Ford", "Park", "Stone", "Brown" all name US counties by their bare form; alone they are
    # people, firms and words.
    texts = [
        "Harrison said the plan would fail, and officials in the United States agreed.",
        "In the United States, Ford said sales in Detroit fell, while Park and Stone left the board.",
        "Shares in Brown rose in New York after Love and Camp signed in Texas.",
    ]
    for text in texts:
        for p in find_places(text):
            assert p.feature != "admin2", (text, p)


def test_region_is_not_an_admin2_word():
    # "Pacific region" is the ocean's, not Pacific County, Washington.
    ps = find_places("Holiday Inns said growth in the Pacific region was strong.")
    assert all(p.feature != "admin2" for p in ps)


def test_mall_and_court_names_stay_off_admin2():
    ps = find_places("A spokesman for Manchester's Trafford Centre said it was the biggest Christmas to date.")
    assert all(p.resolved_place != "Centre" for p in ps)
    ps = find_places("The Karachi District Court adjourned the case.")
    assert all(p.feature != "admin2" for p in ps)


def test_surname_that_is_a_scottish_council_area():
    ps = find_places("Angus said the recent purchase of a British rival would lift profits in London.")
    assert all(p.text != "Angus" for p in ps)


def test_city_keeps_its_name_over_its_district():
    p = places_by_text("Troops entered Karachi on Monday.")["Karachi"]
    assert p.feature == "city" and p.country_code == "PAK"
    p = places_by_text("Heavy shelling was reported in Jammu, India.")["Jammu"]
    assert p.feature == "city"


def test_dateline_is_a_town_not_a_county():
    p = find_places("HARRISON, N.Y., March 3 - The company said profits rose.")[0]
    assert p.feature == "city" and p.admin1 == "New York"
