"""Events the twenty-fifth session's precision audit found on unseen text that tell no new event (prc27): a later
mention that takes an event the story already reported as known ("the miners' strike", "asked why the rebels had
chosen to attack"); what a known event means ("the Canadian attack represents a shift"); a game's score ("beat
Chile 2-1"); firms' dealings named by a maker's trade ("the Australian winemaker") or a bid for a firm ("withdrew
its offer for Harcourt"). Each with the party's own act kept beside it. Invented sentences, told inside short
stories so that the story's parties are known."""
from __future__ import annotations

import pytest


def _in(code, story, sentence, published="1987-04-10"):
    """The events coded in ``sentence``, told after ``story``."""
    events = code(story + " " + sentence + " A spokesman gave no further details.", published=published)
    return [e for e in events if e.sentence.strip().startswith(sentence[:25])]


def _types(events):
    return [e.event for e in events]


_RAID = ("TEHRAN, April 9 - Iraqi warplanes attacked an Iranian oil platform in the Gulf on Wednesday, killing five "
         "workers, Tehran radio said. The platform lies 40 km off the coast.")
_STRIKE = ("LISBON, April 9 - About 5,000 dock workers began a national strike today over pay, union leaders said. "
           "The ports of Lisbon and Porto were closed.")


@pytest.mark.parametrize("story, sentence, kind", [
    pytest.param(_RAID, "Officials in Tehran asked why Iraq had chosen to attack the platform.", "ASSAULT",
                 id="why_asked"),
    pytest.param(_RAID, "The radio gave no explanation of how Iraq had managed to attack the platform.", "ASSAULT",
                 id="how_explained"),
    pytest.param(_STRIKE, "The government called the dockers' strike part of a campaign against it.", "PROTEST",
                 id="possessed_noun"),
])
def test_an_event_told_before_is_not_coded_again(code, story, sentence, kind):
    assert kind not in _types(_in(code, story, sentence))


@pytest.mark.parametrize("story, sentence, kind", [
    pytest.param(_RAID, "Iraqi warplanes attacked an Iranian tanker in the Gulf on Thursday, killing two sailors.",
                 "ASSAULT", id="a_second_attack"),
    pytest.param(_STRIKE, "About 2,000 Lisbon bus drivers began a strike over pay on Thursday.", "PROTEST",
                 id="a_new_strike"),
])
def test_a_new_event_of_the_same_kind_is_still_coded(code, story, sentence, kind):
    assert kind in _types(_in(code, story, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("The Canadian attack represents a sharp change in Ottawa's tone, diplomats said.", id="represents"),
    pytest.param("The Canadian attack marks a new phase in the trade dispute, diplomats said.", id="marks"),
])
def test_what_a_known_event_means_is_no_event(code, sentence):
    story = "OTTAWA, April 9 - Canada sharply criticised U.S. tariffs on Canadian lumber on Wednesday."
    assert "ASSAULT" not in _types(_in(code, story, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Brazil beat Chile 2-1 in Santiago on Sunday, the football federation said.", id="beat_score"),
    pytest.param("In the other group match, the United States defeated Australia 3-0.", id="defeated_score"),
    pytest.param("Spain will play France in the final after beating group rivals Italy 4-1.", id="beating_score"),
])
def test_a_game_won_with_a_score_is_no_attack(code, sentence):
    assert "ASSAULT" not in _types(_in(code, "SANTIAGO, April 9 - The tournament ended on Sunday.", sentence))


def test_a_vote_tally_and_a_battle_keep_their_events(code):
    story = "WASHINGTON, April 9 - The Senate debated the trade bill on Tuesday."
    assert "REJECT" in _types(_in(code, story, "The Senate defeated the amendment 9-6 on Tuesday."))
    battle = _in(code, "KANDAR, April 9 - Fighting went on near the border.",
                 "Rebel forces defeated government troops near Kandar, killing 30 soldiers.")
    assert "ASSAULT" in _types(battle)


_BID = ("SYDNEY, April 9 - Brewer Southern Cross Ltd offered 2.1 billion dlrs for Southvale Wines Ltd on Monday. "
        "Southvale shares rose.")


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("Australian winemaker Southvale dismissed the offer as inadequate.", "REJECT", id="winemaker"),
    pytest.param("Southern Cross last week withdrew its two billion dlr offer for Southvale Wines because of the "
                 "board's plan.", "RETREAT", id="offer_for_a_firm"),
])
def test_dealings_between_firms_are_no_event(code, sentence, kind):
    assert kind not in _types(_in(code, _BID, sentence))


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("Australian lawmakers rejected the offer as a threat to the national interest.", "REJECT",
                 id="lawmakers"),
    pytest.param("The Australian government rejected the offer on Tuesday.", "REJECT", id="government"),
])
def test_a_political_party_to_the_deal_keeps_it(code, sentence, kind):
    assert kind in _types(_in(code, _BID, sentence))


def test_maker_words():
    from eventwire.events._relevance import _business_word

    assert _business_word("winemaker") and _business_word("carmakers") and _business_word("chip-maker")
    assert not _business_word("lawmakers") and not _business_word("policymaker")


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("Weak trade figures brought a sudden end to a rally in the value of the dollar on Thursday.",
                 "PROTEST", id="rally_in_value"),
    pytest.param("The dollar's rally ended on Thursday after weak trade figures, dealers in Tokyo said.", "PROTEST",
                 id="dollars_rally"),
    pytest.param("The chancellor said he would target his spending increases at pensioners in Scotland.", "ASSAULT",
                 id="target_own_means"),
    pytest.param("Anti-smoking campaigners in London target public smoking in bars.", "ASSAULT",
                 id="target_an_activity"),
])
def test_a_market_rally_or_an_aim_is_no_event(code, sentence, kind):
    assert kind not in _types(_in(code, "LONDON, April 9 - Markets were quiet on Thursday.", sentence))


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("About 5,000 farmers held a rally in Paris to protest against EC farm policy.", "PROTEST",
                 id="rally_of_people"),
    pytest.param("Gunmen targeted his convoy near Kabul on Thursday, police said.", "ASSAULT", id="target_a_convoy"),
    pytest.param("Israeli aircraft targeted Hamas positions in Gaza on Monday, the army said.", "ASSAULT",
                 id="target_positions"),
])
def test_a_rally_of_people_and_an_armed_target_stay(code, sentence, kind):
    assert kind in _types(_in(code, "PARIS, April 9 - The day was tense.", sentence))


def test_a_firm_named_by_its_country_is_a_firm(code):
    story = "NEW YORK, April 9 - Shareholders of Acme Mining Corp meet next week to vote on a resolution."
    sentence = ("Acme Mining said it will seek good terms for the sale of its South African investments and asked "
                "stockholders to reject the resolution.")
    assert "REQUEST" not in _types(_in(code, story, sentence))
