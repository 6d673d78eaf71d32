"""A date carried across sentences (bkg32): a sentence with no date of its own that carries on the narrative of one
dated weeks before the story ("Early last year, Peru and Chile agreed to cut duties. The two countries urged Bolivia
to follow suit.") tells recalled background, as the dated sentence does. The narrative is carried by "then", "also",
"later", "at the time", "in return" (across a paragraph break too), or by a subject that takes up the party just
told (a pronoun, the same name, "the firm" after a name, "the two countries", "both countries") after a date that
opens its sentence, in the same paragraph. Kept: a sentence with a date of its own, a new party as subject, a
reported clause, a present tense, a date that only dates its own act ("nationalised the gas fields in 2006. He urged
..."), a subject in a new paragraph or after a phrase that frames its own sentence ("At the border, it ..."), a
story whose lead dates its news weeks back, recent force. Invented sentences."""
from __future__ import annotations

import pytest
from event_helpers import coded, trigger_words as _triggers

PUBLISHED = "2024-04-18"  # a Thursday
NEWS = "The trade ministers of Peru and Chile met in Lima on Tuesday to discuss tariffs, officials said. "


@pytest.mark.parametrize("narrative, trigger", [
    pytest.param("Early last year, Peru and Chile agreed to cut duties on copper. The two countries urged Bolivia to "
                 "follow suit.", "urged", id="the_two_countries"),
    pytest.param("Early last year, Peru and Chile agreed to cut duties on copper. Both countries also asked Bolivia "
                 "to follow suit.", "asked", id="both_countries_also"),
    pytest.param("In 2019, the Bolivian junta seized the Chilean mines. It then expelled the Chilean engineers.",
                 "expelled", id="pronoun_then"),
    pytest.param("In January, Peru imposed duties on Chilean steel. Peru also suspended its fishing accord with "
                 "Chile.", "suspended", id="same_name_also"),
    pytest.param("Late last year, Bolivia cut its gas exports to Chile. Peru then recalled its ambassador from La "
                 "Paz.", "recalled", id="then_new_party"),
    pytest.param("Bolivia cut its gas exports to Chile late last year. It also recalled its ambassador from "
                 "Santiago.", "recalled", id="also_after_a_trailing_date"),
    pytest.param("In 2019, the junta expelled the Chilean engineers. Later, it seized the Chilean mines.",
                 "seized", id="later"),
    pytest.param("In 2019, the Bolivian junta seized the Chilean mines. It recalled its ambassador from Santiago "
                 "and expelled the Chilean engineers.", "expelled", id="joined_verb"),
    pytest.param("In 2019, the Bolivian junta seized the Chilean mines.\n\nIt then expelled the Chilean engineers.",
                 "expelled", id="then_in_a_new_paragraph"),
    pytest.param("In 2019, the government seized the Chilean mines. The government expelled the Chilean engineers.",
                 "expelled", id="same_definite_noun"),
    pytest.param("In May 2019, Acme Mining and the Bolivian government signed an agreement on the mines. The firm "
                 "agreed to invest 200 million dollars.", "agreed", id="definite_description_of_a_name"),
    pytest.param("In December, Peru pledged to lift its ban on Chilean fish. The move was welcomed at the time by "
                 "Chile.", "welcomed", id="at_the_time"),
])
def test_act_carrying_on_a_narrative_dated_weeks_back_is_background(code_all, narrative, trigger):
    assert not coded(code_all, NEWS + narrative, trigger)


@pytest.mark.parametrize("narrative, trigger", [
    pytest.param("In 2019, the Bolivian junta seized the Chilean mines. Chile expelled the Bolivian ambassador.",
                 "expelled", id="new_subject"),
    pytest.param("Late last year, Bolivia cut its gas exports to Chile. The Chilean government recalled its "
                 "ambassador from La Paz.", "recalled", id="new_party_named"),
    pytest.param("Last year, Peru imposed duties on Chilean steel. On Wednesday, it urged Chile to lift its own "
                 "duties.", "urged", id="own_date"),
    pytest.param("Last year, Peru imposed duties on Chilean steel. It said Chile had agreed to lift its own duties.",
                 "agreed", id="reported_clause"),
    pytest.param("Early last year, Peru and Chile agreed to cut duties on copper. The two countries now urge Bolivia "
                 "to follow suit.", "urge", id="present_tense"),
    pytest.param("The Bolivian president nationalised the gas fields in 2006. He urged Chile to buy more gas.",
                 "urged", id="date_of_its_own_act_only"),
    pytest.param("Last month, the Bolivian army seized the Chilean mines. It then detained the Chilean engineers.",
                 "detained", id="recent_force"),
    pytest.param("Last year, Peru imposed duties on Chilean steel.\n\nPeru criticised Chile for its own duties.",
                 "criticised", id="same_name_in_a_new_paragraph"),
    pytest.param("In 2019, the Bolivian junta seized the Chilean mines. The Chilean government protested against "
                 "the seizure.", "protested", id="new_party_by_a_described_noun"),
    pytest.param("In 2019, the Bolivian junta seized the Chilean mines. At the border, it expelled the Chilean "
                 "engineers.", "expelled", id="a_frame_of_its_own"),
])
def test_act_not_carried_by_the_narrative_is_kept(code_all, narrative, trigger):
    assert coded(code_all, NEWS + narrative, trigger)


def test_story_whose_lead_dates_its_news_weeks_back_keeps_the_narrative(code_all):
    events = code_all("In March, Bolivia cut its gas exports to Chile. It also recalled its ambassador from Santiago.")
    assert {"cut", "recalled"} <= _triggers(events)


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def test_the_reason_names_the_carried_date(nlp):
    from eventwire.events._background import carried_date_of_story

    class _Date:  # the one time expression the story holds, as the date tagger gives it
        text, precision, reference = "In 2019", "year", "past"
        start_date, end_date = "2019-01-01", "2019-12-31"

    doc = nlp("The ministers met in Lima on Tuesday. In 2019, the junta seized the mines. It then expelled the "
              "engineers.")
    date = _Date()
    date_at = {t.i: date for t in doc if t.text in ("In", "2019") and t.sent.start > 0}
    expelled = next(t for t in doc if t.text == "expelled")
    assert "In 2019" in carried_date_of_story(expelled, date_at, PUBLISHED, "SANCTION")
    assert carried_date_of_story(expelled, date_at, "2019-12-30", "SANCTION") is None  # the story's own days
