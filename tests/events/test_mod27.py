"""Events not told as happening (mod27): a duty a speaker lays on his own side ("'We must support the army,' he
said"), an act of an earlier occasion ("Last time, the banks sent their answers"), what a person is remembered or
known for (an obituary's "will be remembered for the inquiry he led"), and a standing position told in the simple
present ("the group advocates free farm trade"). Each beside the act told as done, or the demand of another party,
which stay. Invented sentences, told inside short stories so that the story's parties are known."""
from __future__ import annotations

import pytest

_LEAD = "TEHRAN, April 9 - Iran's president addressed a rally of army officers in Tehran on Thursday.\n"


def _in(code, sentence, story=_LEAD, published="1987-04-10"):
    """The events coded in ``sentence``, told after ``story``."""
    events = code(story + sentence + "\nA spokesman gave no further details.", published=published)
    return [e for e in events if e.sentence.strip().startswith(sentence[:25])]


def _types(events):
    return [e.event for e in events]


@pytest.mark.parametrize("sentence, kind", [
    pytest.param('"We must support the armed forces," the president said.', "SUPPORT", id="we_must"),
    pytest.param('The president said: "We should help the farmers of the north."', "SUPPORT", id="we_should"),
    pytest.param('"We ought to impose sanctions on Iraq," the president told the officers.', "SANCTION",
                 id="we_ought_to"),
    pytest.param("The president said he must resign if the vote went against him.", "RETREAT", id="he_must"),
])
def test_a_duty_of_the_speakers_own_side_is_no_act(code, sentence, kind):
    assert kind not in _types(_in(code, sentence))


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("The president said Iraq must withdraw its troops from the border.", "REQUEST", id="other_side_must"),
    pytest.param('"We have supported the armed forces throughout the war," the president said.', "SUPPORT",
                 id="support_told_as_done"),
])
def test_a_demand_of_another_side_or_an_act_done_stays(code, sentence, kind):
    assert kind in _types(_in(code, sentence))


_BANKS = "BRASILIA, April 9 - Brazil's creditor banks met in New York on Thursday to weigh a new debt offer.\n"


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("Last time, the banks sent their answers to the mediator, who in turn notified the Brazilian "
                 "government.", "CONSULT", id="last_time"),
    pytest.param("On the previous occasion, the bankers met Brazilian officials in Geneva.", "CONSULT",
                 id="on_the_previous_occasion"),
])
def test_an_act_of_an_earlier_occasion_is_background(code, sentence, kind):
    assert kind not in _types(_in(code, sentence, _BANKS))


def test_the_same_act_told_as_the_days_stays(code):
    sentence = "On Thursday the bankers met Brazilian officials in Geneva."
    assert "CONSULT" in _types(_in(code, sentence, _BANKS))


_OBITUARY = "LONDON, April 9 - Lord Hale, a senior British judge, has died at his home in London at the age of 93.\n"


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("He will be remembered for the public inquiry he led into the riots in Brixton.", "ACCUSE",
                 id="remembered_for_inquiry"),
    pytest.param("He was best known for leading the dockers' strike against the Heath government.", "PROTEST",
                 id="known_for_leading"),
])
def test_what_a_person_is_remembered_for_is_background(code, sentence, kind):
    assert kind not in _types(_in(code, sentence, _OBITUARY))


def test_praise_for_an_act_is_still_praise(code):
    sentence = "The Home Secretary praised the police for their handling of the riots in Brixton on Friday."
    assert "SUPPORT" in _types(_in(code, sentence, _OBITUARY))


_TRADE = "GENEVA, April 9 - Farm ministers of 14 nations met in Geneva on Thursday to discuss world farm trade.\n"


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("The Cairns group, which includes Australia and Canada, advocates free farm trade.", "REQUEST",
                 id="advocates"),
    pytest.param("The French government opposes any cut in European farm subsidies.", "REJECT", id="opposes"),
])
def test_a_standing_position_in_the_simple_present_is_background(code, sentence, kind):
    assert kind not in _types(_in(code, sentence, _TRADE))


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("France opposed the American plan to cut farm subsidies at the meeting on Thursday.", "REJECT",
                 id="opposed_past"),
    pytest.param("The French minister said France opposes the American plan to cut farm subsidies.", "REJECT",
                 id="opposes_said"),
])
def test_a_position_told_as_taken_or_said_stays(code, sentence, kind):
    assert kind in _types(_in(code, sentence, _TRADE))


_CHIPS = "TOKYO, April 9 - Japan and the United States opened talks on their dispute over computer chips today.\n"


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("Japanese chip makers are likely to give in to pressure from Washington within a year.", "CONCEDE",
                 id="likely_to"),
    pytest.param("While Korea is unlikely to seek compensation, it says it has a right to help from Japan.", "REQUEST",
                 id="unlikely_to"),
    pytest.param("It is thought highly unlikely that the two governments will agree on an end to the tariffs.",
                 "AGREE", id="unlikely_that"),
    pytest.param("The United States will likely impose sanctions on Japanese chips soon, senators said today.",
                 "SANCTION", id="will_likely"),
])
def test_a_forecast_with_likely_is_no_act(code, sentence, kind):
    assert kind not in _types(_in(code, sentence, _CHIPS))


def test_an_act_due_to_happen_stays_a_plan(code):
    sentence = "The Japanese trade minister is due to meet the U.S. trade representative in Washington on Friday."
    assert _types(_in(code, sentence, _CHIPS))


@pytest.mark.parametrize("sentence, kinds", [
    pytest.param("Under a pact reached last July, Japan was to stop dumping chips and to open its market.",
                 ("AGREE",), id="pact_terms"),
    pytest.param("Under the accord, Israel was to withdraw its troops from the town within a week.",
                 ("AGREE", "RETREAT", "CONCEDE"), id="accord_terms"),
])
def test_the_terms_of_an_earlier_pact_are_background(code, sentence, kinds):
    assert not set(kinds) & set(_types(_in(code, sentence, _CHIPS)))


def test_the_terms_of_an_accord_told_as_news_stay(code):
    sentence = "Under the accord signed on Monday, Israel will withdraw its troops from the town within a week."
    assert _types(_in(code, sentence, _CHIPS))


def test_a_resolution_supporting_talks_speaks_for_its_body(code):
    sentence = "The parliamentary resolution supports negotiations with Belgium on a new trade pact."
    assert "SUPPORT" in _types(_in(code, sentence, _TRADE))
