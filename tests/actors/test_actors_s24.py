"""Actor codes, session 24: committees of a chamber called House or Senate, judges and police officers of the
story's state, codes that held only for some years (Yugoslavia), UN agencies (IGO) and the UN itself (UNO),
merchant seamen, and one-word names that are everyday words. Invented sentences and phrases."""
from __future__ import annotations

import pytest

from eventwire.actors import find_actor_mentions, resolve_phrase
from eventwire.actors._resolve import carrier_in_context, civilian_seamen


def _code(phrase, date="1987-05-04", head=None, story_country=None, context_country=None):
    res = resolve_phrase(phrase, date=date, head=head, story_country=story_country, context_country=context_country)
    return None if res is None else (res.code, res.sector)


# ---------------------------------------------------------------- committees of a chamber
@pytest.mark.parametrize("phrase,head", [
    ("The House Select committee", "committee"),
    ("the House committee probing the deal", "committee"),
    ("a Senate Ethics subcommittee", "subcommittee"),
    ("the House Ways and Means Committee", "Committee"),
])
def test_a_chamber_committee_in_a_us_story_is_the_us_legislature(phrase, head):
    assert _code(phrase, head=head, story_country="USA") == ("USA", "LEG")


def test_a_chamber_committee_follows_a_story_state_that_has_such_a_chamber():
    assert _code("the Senate committee on trade", head="committee", story_country="AUS") == ("AUS", "LEG")
    assert _code("the House committee", head="committee", story_country="CAN") == ("CAN", "LEG")


def test_a_chamber_committee_in_a_story_about_a_state_with_no_such_chamber_is_the_us_one():
    # "the House committee looking into arms sales to Iran" in a story mostly about Iran
    assert _code("the House committee", head="committee", story_country="IRN") == ("USA", "LEG")


def test_a_chamber_committee_with_no_story_state_leaves_the_country_to_the_caller():
    assert _code("the House committee", head="committee") == (None, "LEG")


def test_other_houses_are_no_chamber():
    assert _code("the White House committee", head="committee", story_country="USA") == ("USA", "GOV")
    assert _code("the State House committee", head="committee", story_country="USA") != ("USA", "LEG")


# ---------------------------------------------------------------- judges and police of the story's state
@pytest.mark.parametrize("phrase,head", [
    ("Judge Marta Ollinger", "Ollinger"),
    ("Chief Prosecutor Tomas Vedder", "Vedder"),
    ("Justice Hilde Brauneck", "Brauneck"),
])
def test_a_titled_judge_no_table_knows_is_of_the_story_state(phrase, head):
    assert _code(phrase, head=head, story_country="AUT") == ("AUT", "JUD")


def test_a_titled_police_officer_no_table_knows_is_of_the_story_state():
    assert _code("Police Commissioner Rana Oduya", head="Oduya", story_country="KEN") == ("KEN", "COP")


def test_a_judge_with_a_written_country_keeps_it():
    assert _code("Spanish Judge Ines Marquet", head="Marquet", story_country="USA") == ("ESP", "JUD")


def test_a_judge_with_no_story_state_has_no_country():
    assert _code("Judge Marta Ollinger", head="Ollinger") == (None, "JUD")


def test_an_untitled_judge_is_left_to_the_caller():
    # only a title written before a name says the person serves at home; "the judge" is resolved by the coder
    assert _code("the judge", head="judge", story_country="USA") == (None, "JUD")
    assert _code("the Justice Department", head="Department", story_country="USA") == ("USA", "JUD")
    assert _code("justice", story_country="USA") is None


# ---------------------------------------------------------------- codes that held for some years
@pytest.mark.parametrize("phrase", ["Yugoslavia", "Yugoslav officials", "Belgrade"])
def test_yugoslavia_before_2003_is_yug(phrase):
    assert _code(phrase, date="1987-03-31")[0] == "YUG"
    assert _code(phrase, date="1999-04-10")[0] == "YUG"


@pytest.mark.parametrize("phrase", ["Yugoslavia", "Belgrade"])
def test_the_same_names_after_2003_are_serbia(phrase):
    assert _code(phrase, date="2011-06-01")[0] == "SRB"


def test_serbia_and_its_neighbours_keep_their_own_codes_today():
    assert _code("Serbia", date="2011-06-01")[0] == "SRB"
    assert _code("Croatia", date="2011-06-01")[0] == "HRV"


def test_a_story_about_yugoslavia_in_1987_finds_yug():
    found = find_actor_mentions("Yugoslavia agreed a debt deal with its creditors. Yugoslav officials said Belgrade "
                                "would pay in June.", date="1987-03-31")
    assert found and {e.code for e in found if e.code} == {"YUG"}


# ---------------------------------------------------------------- the UN and its agencies
@pytest.mark.parametrize("phrase", ["the FAO", "the World Food Programme", "UNICEF", "the World Health Organization"])
def test_un_agencies_funds_and_programmes_are_igo(phrase):
    assert _code(phrase, date="2005-01-01")[0] == "IGO"


@pytest.mark.parametrize("phrase", ["the United Nations", "the UN Security Council", "the International Court of Justice"])
def test_the_un_itself_stays_uno(phrase):
    assert _code(phrase, date="2005-01-01")[0] == "UNO"


# ---------------------------------------------------------------- merchant seamen
def test_seamen_on_strike_are_workers_even_where_a_navy_is_named():
    text = "Striking seamen kept ships in port for a third week. The navy sent marines to the docks."
    res = carrier_in_context(resolve_phrase("striking seamen", head="seamen"), "striking seamen", text)
    assert (res.code, res.sector) == (None, "LAB")


def test_seamen_in_a_story_with_no_navy_are_workers():
    assert civilian_seamen(["the", "seamen"], "The seamen said the shipowners broke the contract.")


def test_seamen_of_a_navy_stay_military():
    assert not civilian_seamen(["navy", "seamen"], "Navy seamen went ashore.")
    assert not civilian_seamen(["seamen"], "A missile hit the frigate and 12 seamen died, the navy said.")


def test_mentions_of_seamen_in_a_dispute_are_labour():
    found = find_actor_mentions("A walkout by seamen closed the port. The seamen want higher wages.", date="1987-03-01")
    assert [e.sector for e in found if "seamen" in e.text.lower()] == ["LAB", "LAB"]


# ---------------------------------------------------------------- one-word names that are everyday words
def test_a_one_word_personal_name_written_in_lower_case_is_the_word():
    assert _code("a bush fire", date="2005-01-01") is None
    assert _code("Bush", date="2005-01-01") == ("USA", "GOV")


def test_descriptions_and_international_bodies_still_match_in_lower_case():
    assert _code("the euro zone", date="2005-01-01") == ("EUR", None)
    assert _code("the eurozone", date="2005-01-01") == _code("the Eurozone", date="2005-01-01")


def test_the_polish_union_is_matched_only_with_its_capital():
    assert _code("the banned Solidarity union", head="union", date="1987-03-03") == ("POL", "LAB")
    assert _code("expressed solidarity", head="solidarity", date="1987-03-03") is None


# ---------------------------------------------------------------- a role inside a body with its own sector
def test_a_role_word_after_a_union_gives_the_union_s_sector_not_a_government_s():
    assert _code("Solidarity leader Lech Walesa", head="Walesa", date="1987-03-03") == ("POL", "LAB")


def test_a_role_word_after_a_party_is_still_a_party_role():
    assert _code("Tory leader John Major", head="Major", date="1987-03-03") == ("GBR", "PTY")


# ---------------------------------------------------------------- lands of a state that is gone
def test_lands_of_yugoslavia_are_yugoslavia_s_until_their_own_state_took_over():
    from eventwire.actors import state_on, todays_states
    assert state_on("HRV", "1987-03-14") == "YUG"
    assert state_on("HRV", "1995-01-01") == "HRV"
    assert state_on("SRB", "1999-04-01") == "YUG"
    assert state_on("SRB", "2004-01-01") == "SRB"
    assert state_on("FRA", "1987-03-14") == "FRA"
    assert state_on("SRB", None) == "SRB"
    assert {"SRB", "HRV", "SVN"} <= todays_states("YUG") and todays_states("FRA") == {"FRA"}


# ---------------------------------------------------------------- legislatures named by their own name
@pytest.mark.parametrize("phrase,code", [("the Bundestag", "DEU"), ("the Diet", "JPN"), ("the Sejm", "POL"),
                                         ("the Storting", "NOR"), ("the Supreme Soviet", "RUS")])
def test_a_legislature_s_own_name_gives_its_state(phrase, code):
    assert _code(phrase) == (code, "LEG")


def test_a_diet_in_lower_case_is_food():
    assert _code("a strict rice diet", head="diet") is None
