"""Events no gold asks for (prc26): acts the coder read into sentences that tell none. A release that hands
nothing held back (a report, figures, goods, a rule lifted) is no RETREAT; demand in the market's sense is no
party's REQUEST and meeting it concedes nothing; a speaker "asked to comment" is questioned by the press, no
party is asked; private people at a show, a hearing or a web site pay no visit between parties; a strike begun by
joined trades is a walkout, not an armed strike (a wrong type for a real act). Each with the
party's own act kept beside it. Invented sentences, told inside a short story so that the story's parties are
known."""
from __future__ import annotations

import pytest

_BEFORE = ("Officials in Washington and Tokyo met on Monday to discuss trade. "
           "The talks ended without agreement, a spokesman said. ")
_AFTER = " Further talks are planned for next month."


def _in(code, sentence):
    """The events coded in ``sentence`` told as the third of a five-sentence story."""
    events = code(_BEFORE + sentence + _AFTER, published="1987-04-10")
    return [e for e in events if e.sentence.strip().startswith(sentence[:25])]


def _types(events):
    return [e.event for e in events]


@pytest.mark.parametrize("sentence", [
    pytest.param("The United States released 4,000 tonnes of tin to two Japanese firms.", id="goods_put_on_market"),
    pytest.param("Washington released 3,000 tonnes of copper from its stockpile to Japanese buyers.", id="stock_released"),
    pytest.param("Also on Tuesday, the U.S. Treasury released trade figures showing the deficit with Japan widened.",
                 id="figures_made_public"),
    pytest.param("The Japanese government abolished price controls, freeing from state intervention small businesses "
                 "in Osaka.", id="freed_from_a_rule"),
])
def test_a_release_that_hands_nothing_back_is_no_retreat(code, sentence):
    assert "RETREAT" not in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Tokyo released two American fishermen on Monday.", id="captives"),
    pytest.param("Tokyo released the seized American trawler on Monday.", id="seized_property"),
    pytest.param("The Japanese government freed two American sailors from detention in Osaka.", id="freed_from_detention"),
])
def test_captives_and_seized_property_are_still_released(code, sentence):
    assert "RETREAT" in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("The U.S. official said that near-term corn demand in Japan has been met by the recent purchases of "
                 "U.S. corn.", "CONCEDE", id="corn_demand_met"),
    pytest.param("Strong demand for Japanese cars in the United States lifted exports, the ministry in Tokyo said.",
                 "REQUEST", id="strong_demand_for_goods"),
    pytest.param("Japan's booming economy has created huge demand for American beef among middle-class Japanese.",
                 "REQUEST", id="huge_demand"),
])
def test_market_demand_is_no_party_demand(code, sentence, kind):
    assert kind not in _types(_in(code, sentence))


def test_meeting_a_party_demand_still_concedes(code):
    assert "CONCEDE" in _types(_in(code, "Japan met the U.S. demand for the release of the fishermen."))


def test_a_party_demand_still_requests(code):
    assert "REQUEST" in _types(_in(code, "The United States demanded that Japan open its rice market to American growers."))


@pytest.mark.parametrize("sentence", [
    pytest.param("The Japanese finance ministry spokesman, asked to comment on the American tariffs, said Tokyo would "
                 "wait.", id="spokesman_asked_to_comment"),
    pytest.param("When asked to confirm the report, the Japanese ambassador in Washington said talks would go on.",
                 id="asked_to_confirm"),
    pytest.param("Earlier on Monday the Japanese ministry spokesman, asked to comment on the apparent U.S.-Japanese clash "
                 "over chips, went no further than repeating the minister's words.", id="clause_under_the_question"),
])
def test_a_speaker_asked_to_comment_is_no_request(code, sentence):
    assert "REQUEST" not in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Washington asked Tokyo to comment on the tariff plan before Friday.", id="party_asked"),
    pytest.param("The American envoy asked the Japanese minister to comment on the tariffs.", id="minister_asked"),
])
def test_a_party_asked_to_comment_is_still_asked(code, sentence):
    assert "REQUEST" in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Around 10,000 people visited the Japanese embassy's website during the day.", id="people_web_site"),
    pytest.param("Hollywood actors who attended the Tokyo film awards praised the festival.", id="actors_who_attended"),
])
def test_private_people_in_an_audience_pay_no_visit(code, sentence):
    assert "CONSULT" not in _types(_in(code, sentence))


def test_a_leader_visit_is_still_a_visit(code):
    assert "CONSULT" in _types(_in(code, "The Japanese prime minister visited Washington on Monday."))


def test_a_walkout_by_joined_trades_is_a_labour_strike(code):
    kinds = _types(_in(code, "Reporters, camera operators, editors and technicians began a strike at the Tokyo "
                             "Broadcasting Co on Monday."))
    assert "PROTEST" in kinds and "ASSAULT" not in kinds


@pytest.mark.parametrize("sentence", [
    pytest.param("The Japanese air force began a strike on the rebel camps.", id="air_force_began"),
    pytest.param("Japanese fighter jets took part in strikes on the rebel camps.", id="jets_took_part"),
])
def test_an_armed_strike_stays_an_assault(code, sentence):
    assert "ASSAULT" in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("A face-off was averted when Japan confined its survey to its own waters.", id="survey_confined"),
    pytest.param("The Tokyo meeting this week has so far been confined to routine matters, American delegates said.",
                 id="meeting_confined_passive"),
])
def test_an_activity_held_within_bounds_is_no_arrest(code, sentence):
    assert "COERCE" not in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Japanese police detained two American sailors in Osaka.", id="sailors_detained"),
    pytest.param("Tokyo confined the American envoy to his embassy.", id="envoy_confined"),
])
def test_people_held_are_still_arrested(code, sentence):
    assert "COERCE" in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("The opposition leader demanded that the inquiry report be released.", id="report_released"),
    pytest.param("The Soviet leader insisted that the research be confined to laboratories.", id="research_confined"),
])
def test_a_wish_that_a_text_be_released_or_an_activity_confined_is_still_a_demand(code, sentence):
    assert "REQUEST" in _types(_in(code, sentence))
