"""Precision of future acts (fut37). Seven precision audits found future acts other than meetings right 16 times in
47: the wrong ones were forecasts of another's act, a state's own policy at home and visits to places in the visitor's
own country. A future act is no event when it is a forecast ("is expected to attack", "analysts said the bank would
cut rates"), a visit to a site at home ("will visit a hospital in Lyon"), or aid or coordination a state promises at
home ("is to boost spending on schools"); meetings, visits abroad and promises to other states stay. Every sentence
here is invented."""
from __future__ import annotations

import pytest
from event_helpers import coded

PUBLISHED = "2005-03-01"


@pytest.mark.parametrize("text, trigger", [
    ("The Dutch opposition leader is expected to attack the government's budget in a speech.", "attack"),
    ("Portugal appears ready to drop its plan for a new tax.", "drop"),
    ("Portugal seems set to drop its plan for a new tax.", "drop"),
    ("Bankers said it was likely that the Thai government would lift its ban on foreign investment.", "lift"),
    ("The unions are likely to reject the pay offer from the Norwegian government.", "reject"),
])
def test_a_forecast_of_anothers_act_is_no_event(code_all, text, trigger):
    assert not coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan president is expected to meet the Ugandan president next week.", "meet"),  # a meeting stays
    ("Japan's prime minister is expected to visit Washington next month for talks.", "visit"),
    ("Portugal will drop its plan for a new tax, the finance minister said.", "drop"),  # the actor's own plan
    ("The Dutch opposition leader is expected to attack the government's budget on Tuesday.", "attack"),  # a day set
    ("The Mexican government plans to reject the pay offer from the unions.", "reject"),
    ("Pro-hunt protesters are set to demonstrate outside the French parliament on Friday.", "demonstrate"),
    ("Bankers said the Mexican government would seek a new loan from the IMF.", "seek"),  # a plan reported
])
def test_a_plan_or_a_schedule_stays(code_all, text, trigger):
    assert coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The French president will visit a hospital in Lyon on Friday.", "visit"),
    ("The German chancellor is to travel to key cities in Bavaria next week.", "travel"),
    ("The Greek premier is due to visit Athens' port of Piraeus on Monday.", "visit"),
    ("The British prime minister will tour a factory in Sheffield on Thursday.", "tour"),
    ("The French president is to join his interior minister in a visit to Marseille on Thursday.", "visit"),
    # told as done, a visit at home meets no party either
    ("The Conservative leader visits Leeds, York and Durham this week as he steps up election preparations.", "visits"),
    ("The Iraqi president visited the southern city of Basra on Monday.", "visited"),
])
def test_a_visit_to_a_site_at_home_is_no_event(code_all, text, trigger):
    assert not coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The Italian foreign minister will visit Berlin next week for talks.", "visit"),  # abroad
    ("The French president will visit a hospital in Berlin on Friday.", "visit"),
    ("The Spanish prime minister will visit the troops in Madrid on Monday.", "visit"),  # people met
    ("The British prime minister will visit the Pakistani community in Manchester.", "visit"),
    ("The French president visited Berlin on Monday for talks with the chancellor.", "visited"),
    ("The French president visited the troops in Toulon on Monday.", "visited"),
])
def test_a_visit_abroad_or_to_people_stays(code_all, text, trigger):
    assert coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Mexico is to boost spending on rural schools, the Mexican government said.", "boost"),
    ("The Chilean government will provide Chilean farmers with cheap loans.", "provide"),
])
def test_aid_promised_at_home_is_no_event(code_all, text, trigger):
    assert not coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Canada will provide 10 million dollars in aid to Haiti.", "provide"),
    ("Japan will lend Indonesia 500 million dollars to rebuild its ports.", "lend"),
    ("Norway will contribute troops to the peacekeeping force.", "contribute"),  # forces are given
])
def test_aid_promised_to_another_state_stays(code_all, text, trigger):
    assert coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Under the new accord, Vietnam will also lend Laos 20 million dollars.", "lend"),
    ("Under the agreement, Peru will provide Chile with natural gas for ten years.", "agreement"),
])
def test_a_term_of_a_deal_is_no_event_of_its_own(code_all, text, trigger):
    assert not coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Vietnam will lend Laos 20 million dollars, the Vietnamese government said.", "lend"),  # no deal named
    # the deal itself, told as news, is the agreement
    ("Peru will import 10,000 tonnes of oil a year from Venezuela under an agreement reached in Caracas today.",
     "agreement"),
])
def test_a_future_act_beside_a_deal_or_the_deal_itself_stays(code_all, text, trigger):
    assert coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The president is to visit Moscow in June.", "visit"),
    ("The prime minister is to visit Tokyo next month.", "visit"),
    ("The king is to visit Madrid in March.", "visit"),
])
def test_a_visitor_whose_country_the_story_guesses_from_his_goal_is_not_at_home(code_all, text, trigger):
    """A bare "the prime minister" takes the one state the line names, which is the goal's: nothing says he is home."""
    assert coded(code_all, text, trigger)

