"""Audit 7b: city and state demonyms; people, bodies and short names the tables lacked; bodies several
states share ("the Treasury", "the Foreign Office", "the Queen") follow the story's or the phrase's
country; party roles and namesake parties. Every sentence here is invented."""
from actor_helpers import code_of as _code
from actor_helpers import mentions_of as _mentions


def test_people_of_a_city_or_state_are_people_of_its_country():
    assert _code("New Yorker Sam Fielding") == ("USA", None)
    assert _code("a Texan rancher") == ("USA", "AGR")
    assert _code("angry Californians") == ("USA", None)
    assert _code("Londoners") == ("GBR", None)
    assert _code("a Parisian shopkeeper") == ("FRA", "CVL")
    assert _code("Muscovites") == ("RUS", None)
    assert _code("Georgian troops") == ("GEO", "MIL")  # the state of Georgia has no demonym here


def test_people_the_tables_lacked():
    assert _code("Trade Secretary Paul Channon", date="1987-04-01") == ("GBR", "GOV")
    assert _code("Desmond Tutu", date="1990-06-01") == ("ZAF", "REL")
    assert _code("Alastair Campbell", date="2000-06-01") == ("GBR", "GOV")
    assert _code("Alastair Campbell", date="2005-03-01") == ("GBR", "PTY")


def test_short_names_of_known_bodies():
    assert _code("the Fed") == ("USA", "GOV")
    assert _code("the RAF") == ("GBR", "MIL")
    assert _code("the euro zone") == ("EUR", None)
    assert _code("the civil rights group Liberty") == ("GBR", "SOC")
    assert _code("Liberty") is None  # an everyday word on its own


def test_bodies_several_states_share_follow_the_story_or_the_phrase():
    assert _code("the Treasury", story_country="USA") == ("USA", "GOV")
    assert _code("the Treasury", story_country="GBR") == ("GBR", "GOV")
    assert _code("the Treasury") == (None, "GOV")  # no one state owns the name
    assert _code("the Treasury", context_country="USA") == ("USA", "GOV")
    assert _code("the Foreign Office", story_country="GBR") == ("GBR", "GOV")
    assert _code("the Foreign Office", story_country="PAK") == ("PAK", "GOV")
    assert _code("the Foreign Office") == (None, "GOV")  # Britain's, Germany's and Pakistan's share the name
    assert _code("the FCO") == ("GBR", "GOV")
    assert _code("the Federal Foreign Office") == ("DEU", "GOV")
    assert _code("the West German Foreign Office", date="1985-01-01") == ("DEU", "GOV")
    assert _code("the Queen", story_country="GBR") == ("GBR", "GOV")
    assert _code("the Queen", story_country="NLD") == ("NLD", "GOV")
    assert _code("the treasury bills") is None  # namesake bodies need a capital, like party names
    assert _code("human rights organization") == ("NGO", None)  # one body listed twice is no namesake


def test_a_story_about_britain_gives_the_treasury_and_the_queen_to_britain():
    text = ("LONDON - British ministers met in London on Monday. The Treasury said Britain's economy was "
            "growing, and the Queen opened Parliament in Westminster.")
    got = _mentions(text)
    assert ("The Treasury", "GBR", "GOV") in got
    assert ("the Queen", "GBR", "GOV") in got


def test_a_party_leader_is_the_party_not_the_government():
    assert _code("The Liberal leader", story_country="GBR", date="1974-03-01") == ("GBR", "PTY")
    assert _code("a liberal leader") == (None, "GOV")  # lower case: an opinion, no party


def test_namesake_parties_follow_a_story_about_their_country():
    text = ("SYDNEY - Australian voters in Sydney and Melbourne will decide whether Australia's economy "
            "needs change, and the ruling Labour Party expects to win.")
    assert ("Labour Party", "AUS", "PTY") in _mentions(text, date="1987-03-01")
    assert _code("the Christian-Democrat party", story_country="NLD", date="1987-03-01") == ("NLD", "PTY")
    assert _code("the Christian Democrats", date="1987-03-01") == ("DEU", "PTY")  # the default
    assert _code("the Christian-Democrat party", date="1987-03-01")[0] != "USA"
