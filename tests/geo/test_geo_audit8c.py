"""eventwire.geo and event locations: fixes from a third event-location audit on unseen conflict and diplomacy
news (Reuters-21578 items on wars, raids and talks); every sentence here is made up."""
from __future__ import annotations

import pytest

from geo_helpers import event_country as _event_country


@pytest.fixture(scope="module")
def pipe(no_floor_pipeline):
    return no_floor_pipeline


def test_an_armed_strike_on_another_state_is_not_placed_at_the_home_dateline(pipe):
    # A state's forces striking another state's target do so on that target, not in the capital the story
    # was filed from.
    text = ("LONDON, May 4 - British warplanes bombed an Argentine radar station early today, the Defence "
            "Ministry said.")
    assert _event_country(pipe, text, "1982-05-04", "bombed") == "ARG"


def test_an_attack_on_the_datelines_country_stays_at_the_dateline(pipe):
    # The same rule leaves alone an attack on the country the story was filed from.
    text = ("CAIRO, May 4 - Libyan warplanes bombed an Egyptian border post early today, the army said.")
    assert _event_country(pipe, text, "1982-05-04", "bombed") == "EGY"


def test_goods_chartered_from_a_country_do_not_place_the_deal(pipe):
    # "charter / lease / hire X from Y" names where the goods come from, like "buy X from Y".
    from eventwire.events._location import _aimed
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Oman has agreed to charter three tankers from Norway, officials said.")
    assert _aimed(next(t for t in doc if t.text == "Norway"))
    doc = load_nlp()("The airline will lease two jets from Canada next year.")
    assert _aimed(next(t for t in doc if t.text == "Canada"))


def test_a_meeting_here_is_at_the_dateline(pipe):
    # "met ... here" happens where the story was filed, whatever other town the sentence names.
    text = ("OTTAWA, June 2 - Mexican trade officials met Canadian ministers here on Monday before flying on "
            "to Lima.")
    assert _event_country(pipe, text, "1987-06-02", "met") == "CAN"


def test_an_armed_strike_with_no_target_stays_where_the_story_is(pipe):
    # With nobody on its receiving end, an air force's raid in a story about another country is there, not at
    # the home dateline.
    text = ("ANKARA, May 4 - Turkish jets bombed Kurdish rebel camps in northern Iraq today, the military said. "
            "The camps were hit by rockets. Turkish warplanes also attacked in March, officials added.")
    assert _event_country(pipe, text, "1987-05-04", "attacked") == "IRQ"


def test_forces_fighting_enemy_troops_keep_the_home_dateline(pipe):
    # Troops killing enemy soldiers may be fighting on their own ground: the home dateline stays.
    text = ("ADDIS ABABA, May 4 - Ethiopian troops killed hundreds of Somalis in repelling a new offensive on "
            "the eastern front, the army said.")
    assert _event_country(pipe, text, "1987-05-04", "killed") == "ETH"


def test_an_act_before_leaving_a_town_was_done_there(pipe):
    # One leaves from where one is: what was done "before leaving Seoul" was done in Seoul.
    text = ("OTTAWA, June 2 - The Canadian trade minister repeated his warning of retaliation before leaving "
            "Seoul on Friday, officials said.")
    assert _event_country(pipe, text, "1987-06-02", "repeated") == "KOR"
