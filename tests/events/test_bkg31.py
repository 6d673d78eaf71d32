"""Background told in the clauses that frame a sentence's news (bkg31): a temporal clause ("after Chile suspended
its exports last month, ...") or an occasion ("during a visit to Santiago in February, ...") dated by a month or a
year weeks before the story, and an undated past deed told, between commas, of the person who is the subject of the
sentence ("Jane Doe, who resigned from the cabinet over the dispute, said ..."). Kept: a day's or the week's date,
an undated temporal clause, a deed the story tells in sequence ("who afterwards appealed"). Invented sentences."""
from __future__ import annotations

import pytest
from event_helpers import coded

PUBLISHED = "2024-04-18"  # a Thursday
NEWS = "The trade ministers of Peru and Chile met in Lima on Tuesday to discuss tariffs, officials said. "


@pytest.mark.parametrize("frame, trigger", [
    pytest.param("After Chile suspended its copper exports to Peru last month, the Peruvian ministers asked for "
                 "new talks.", "suspended", id="after_last_month"),
    pytest.param("When Bolivia expelled the Chilean ambassador in 2019, Peru kept its own envoy in La Paz.",
                 "expelled", id="when_year"),
    pytest.param("Since Chile imposed duties on Peruvian steel in January, trade between them has fallen.",
                 "imposed", id="since_month"),
    pytest.param("During a visit to Santiago in February, the Peruvian minister signed a tariff accord with Chile.",
                 "signed", id="during_visit"),
])
def test_act_in_a_framing_clause_dated_weeks_back_is_background(code_all, frame, trigger):
    assert not coded(code_all, NEWS + frame, trigger)


@pytest.mark.parametrize("frame, trigger", [
    pytest.param("After Chile suspended its copper exports to Peru on Monday, the Peruvian ministers asked for "
                 "new talks.", "suspended", id="after_weekday"),
    pytest.param("After Chile suspended its copper exports to Peru, the Peruvian ministers asked for new talks.",
                 "suspended", id="after_undated"),
    pytest.param("During a visit to Santiago on Monday, the Peruvian minister signed a tariff accord with Chile.",
                 "signed", id="during_weekday"),
    pytest.param("The two ministers were close to a tariff deal when Chile suspended its copper exports to Peru in "
                 "March.", "suspended", id="when_after_its_verb"),
])
def test_act_in_a_framing_clause_of_the_story_days_is_kept(code_all, frame, trigger):
    assert coded(code_all, NEWS + frame, trigger)


@pytest.mark.parametrize("profile, trigger", [
    pytest.param("Jane Doe, who resigned from the Chilean cabinet over the tariff dispute, said on Tuesday that "
                 "Chile should lift its duties.", "resigned", id="resigned"),
    pytest.param("Juan Perez, who criticised Peruvian tariffs in a speech, told reporters the talks would fail.",
                 "criticised", id="criticised"),
])
def test_undated_past_deed_of_the_subject_person_is_a_profile(code_all, profile, trigger):
    assert not coded(code_all, NEWS + profile, trigger)


@pytest.mark.parametrize("profile, trigger", [
    pytest.param("The ministers met Jane Doe, the Chilean envoy, who afterwards appealed to Peru for more "
                 "investment.", "appealed", id="told_in_sequence_on_an_object"),
    pytest.param("Jane Doe, who afterwards appealed to Peru for more investment, said the talks went well.",
                 "appealed", id="told_in_sequence"),
    pytest.param("Jane Doe, who signed the tariff accord with Peru, said on Tuesday it would hold.", "signed",
                 id="the_story_occasion"),
])
def test_deed_the_story_tells_as_news_is_kept(code_all, profile, trigger):
    assert coded(code_all, NEWS + profile, trigger)
