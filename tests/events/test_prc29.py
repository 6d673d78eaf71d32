"""Word sense told by the head class of a verb's doer or object (prc29): a figure that "declines" falls, raids that
"endanger" a boom or a strike that "threatens" exports tell an effect, a law's section or a plan that "calls for"
something tells its content, an activity that "requires" a commitment needs it, a government that "meets" a target
reaches it, and one who "agrees with" a forecast shares a view. None is a party's act. Each with the party's own act
kept beside it. Invented sentences, told inside short stories so that the story's parties are known."""
from __future__ import annotations

import pytest


def _in(code, story, sentence, published="1987-04-10"):
    """The events coded in ``sentence``, told after ``story``."""
    events = code(story + " " + sentence + " A spokesman gave no further details.", published=published)
    return [e for e in events if e.sentence.strip().startswith(sentence[:25])]


def _types(events):
    return [e.event for e in events]


_TRADE = ("TOKYO, April 9 - Japan and South Korea opened talks on their trade dispute on Thursday, officials said. "
          "The talks will resume next month.")


@pytest.mark.parametrize("sentence", [
    pytest.param("The volume of Japanese exports to South Korea has declined 12 pct in the last year.", id="volume"),
    pytest.param("South Korean car exports to Japan declined sharply in March.", id="exports"),
    pytest.param("The yen retreated against the won after the talks opened.", id="currency"),
    pytest.param("Higher rice prices have encouraged Korean farmers to plant more.", id="prices_encourage"),
])
def test_a_figure_does_not_act(code, sentence):
    assert not {"REJECT", "RETREAT", "SUPPORT"} & set(_types(_in(code, _TRADE, sentence)))


@pytest.mark.parametrize("sentence", [
    pytest.param("South Korea declined Japan's offer of talks on rice.", id="declined_offer"),
    pytest.param("Japan withdrew its trade delegation from Seoul.", id="withdrew"),
])
def test_a_party_that_declines_or_withdraws_stays(code, sentence):
    assert {"REJECT", "RETREAT"} & set(_types(_in(code, _TRADE, sentence)))


_OIL = ("BOGOTA, April 9 - Colombia's army has sent two battalions to guard its oil pipelines against rebel raids, "
        "the defence ministry said.")


@pytest.mark.parametrize("sentence", [
    pytest.param("Continued rebel raids on the pipelines endanger the country's oil revenue.", id="raids_endanger"),
    pytest.param("The dispute over royalties threatens the country's oil exports.", id="dispute_threatens"),
    pytest.param("The strike at the refinery has forced the closure of two export terminals.", id="strike_forces"),
])
def test_an_occurrence_that_threatens_or_forces_is_no_act(code, sentence):
    assert not {"THREATEN", "COERCE"} & set(_types(_in(code, _OIL, sentence)))


@pytest.mark.parametrize("sentence", [
    pytest.param("The rebels threatened to blow up the pipelines.", id="rebels_threaten"),
    pytest.param("Troops forced the rebels to abandon their camp near the pipeline.", id="troops_force"),
])
def test_a_party_that_threatens_or_forces_stays(code, sentence):
    assert {"THREATEN", "COERCE"} & set(_types(_in(code, _OIL, sentence)))


_BUDGET = ("WASHINGTON, April 9 - The House began debating the budget on Thursday, congressional sources said. "
           "A vote is expected next week.")


@pytest.mark.parametrize("sentence", [
    pytest.param("Section 12 of the law calls for all agencies to publish their accounts.", id="section_calls_for"),
    pytest.param("The Democratic budget plan calls for 18 billion dlrs in new taxes.", id="plan_calls_for"),
    pytest.param("The new rule requires every importer to register with the Commerce Department.", id="rule_requires"),
    pytest.param("Cutting the deficit will require a firm commitment from Congress.", id="gerund_requires"),
])
def test_a_text_or_an_activity_that_requires_is_no_request(code, sentence):
    assert "REQUEST" not in _types(_in(code, _BUDGET, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Senate Democrats called for 18 billion dlrs in new taxes to cut the deficit.",
                 id="democrats_call_for"),
    pytest.param("House Democrats urged the President to accept new taxes.", id="democrats_urge"),
])
def test_a_body_that_calls_for_stays(code, sentence):
    assert "REQUEST" in _types(_in(code, _BUDGET, sentence))


_HAGUE = ("THE HAGUE, April 9 - The Dutch cabinet discussed the spring budget report on Thursday, officials said. "
          "Parliament will debate it next week.")


@pytest.mark.parametrize("sentence", [
    pytest.param("Dutch public authorities are on course to meet the 1987 deficit target.", id="target"),
    pytest.param("The Dutch government met its spending targets for the third year running.", id="targets"),
    pytest.param("The finance ministry will meet the deadline for the new budget.", id="deadline"),
])
def test_a_target_met_is_no_meeting(code, sentence):
    assert not {"CONSULT", "AGREE"} & set(_types(_in(code, _HAGUE, sentence)))


def test_a_minister_met_stays(code):
    sentence = "Dutch Finance Minister Onno Ruding met his West German counterpart in Bonn on Thursday."
    assert "CONSULT" in _types(_in(code, _HAGUE, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("The Dutch finance minister said he agrees with the central bank's forecast that growth will slow.",
                 id="forecast"),
    pytest.param("Dutch ministers agreed with the employers' federation chairman, who said wages must stay low.",
                 id="person_who_said"),
])
def test_sharing_a_view_is_no_undertaking(code, sentence):
    assert "AGREE" not in _types(_in(code, _HAGUE, sentence))


def test_agreeing_with_a_party_on_a_deal_stays(code):
    sentence = "The Dutch government agreed with the unions on a two-year wage freeze."
    assert "AGREE" in _types(_in(code, _HAGUE, sentence))


_MARKET = ("FRANKFURT, April 9 - European finance ministers met in Brussels on Thursday to discuss the dollar's fall, "
           "officials said.")


@pytest.mark.parametrize("sentence", [
    pytest.param("The Bundesbank has been actively supporting weaker currencies such as the French franc.",
                 id="support_currencies"),
    pytest.param("The government pledged to fight inflation and cut the budget deficit.", id="fight_inflation"),
    pytest.param("The new cabinet will combat unemployment with a public works programme.", id="combat_unemployment"),
])
def test_a_market_or_an_ill_is_no_party(code, sentence):
    assert not {"SUPPORT", "ASSAULT"} & set(_types(_in(code, _MARKET, sentence)))


@pytest.mark.parametrize("sentence", [
    pytest.param("West Germany supported France's call for new talks on the dollar.", id="support_call"),
    pytest.param("Rebels attacked an army post near the border, killing four soldiers.", id="attack_post"),
])
def test_a_party_backed_or_attacked_stays(code, sentence):
    assert {"SUPPORT", "ASSAULT"} & set(_types(_in(code, _MARKET, sentence)))
