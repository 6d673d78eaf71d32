"""pty38: the addressee test of the story-body rule (pty37's B), on invented stories: a state's act said to its own
people or legislature (an appeal to the nation, a request put to parliament, a budget laid before it) is not its
dealing with the international body the story is about; its outward requests, refusals and complaints still are."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-06-03"

BANK_STORY = ("WASHINGTON, May 5 - Kenya is seeking a new loan from the World Bank to rebuild its railways, bank "
              "officials said. The World Bank lent Kenya 200 mln dlrs last year. {} The World Bank board will meet "
              "next month.")
EC_STORY = ("BRUSSELS, May 5 - The European Community's farm ministers met on Monday. The EC Commission proposed a "
            "freeze on farm prices last week. {} The Community faces a large deficit this year.")


def _recipients_of(events, sentence):
    return [{p.code for p in e.recipient} for e in events if e.sentence.strip() == sentence]


@pytest.mark.parametrize("story, sentence, body", [
    (BANK_STORY, "Kenya's president called for the floods to be the start of an effort to rebuild our nation.", "IGO"),
    (BANK_STORY, "Kenya's president appealed to the nation for calm after the floods.", "IGO"),
    (BANK_STORY, "Kenya's finance minister called on Kenyans to accept higher taxes.", "IGO"),
    (BANK_STORY, "Kenya urged its citizens to save more.", "IGO"),
    (BANK_STORY, "Finance Minister George Saitoti, presenting the budget last night, asked for patience.", "IGO"),
    (BANK_STORY, "Finance Minister George Saitoti, presenting plans to parliament, asked for patience.", "IGO"),
    (EC_STORY, "Denmark rejected the freeze in a speech to parliament.", "EUR"),
    (EC_STORY, "The Danish prime minister urged the public to accept the cuts.", "EUR"),
])
def test_an_act_addressed_at_home_is_not_given_the_story_body(code_all, story, sentence, body):
    found = _recipients_of(code_all(story.format(sentence)), sentence)
    assert found
    assert not any(body in codes for codes in found), found


@pytest.mark.parametrize("story, sentence, body", [
    (BANK_STORY, "Kenya has asked for more time to repay, officials said.", "IGO"),
    # the state's budget or people named only as what the money or the harm is for
    (BANK_STORY, "Kenya asked for 300 mln dlrs to support its budget, officials said.", "IGO"),
    (BANK_STORY, "Kenya protested that the conditions would hit Kenyan farmers.", "IGO"),
    (EC_STORY, "Denmark has refused to accept the freeze, diplomats said.", "EUR"),
    # another body's parliament is no home audience
    (EC_STORY, "Denmark renewed its demand for deep cuts, citing the European Parliament.", "EUR"),
])
def test_an_act_directed_outward_keeps_the_story_body(code_all, story, sentence, body):
    found = _recipients_of(code_all(story.format(sentence)), sentence)
    assert found
    assert all(body in codes for codes in found), found


@pytest.mark.parametrize("sentence", [
    # the request is told inside the body's own act: the news is the body's
    "He said the EC not only ignored Denmark's request for lower levies but raised the tax.",
    "Diplomats said the Commission brushed aside Denmark's demand for lower levies.",
])
def test_a_request_told_inside_the_body_act_is_not_given_the_body(code_all, sentence):
    found = _recipients_of(code_all(EC_STORY.format(sentence)), sentence)
    assert not any("EUR" in codes for codes in found), found


def test_the_story_body_is_the_one_named_most_under_its_code(code_all):
    # the IMF (named three times) and the Paris Club (once) share a code: the refusal is the IMF's to hear
    text = ("NAIROBI, May 5 - Kenya is seeking a new loan from the International Monetary Fund, officials said. The "
            "IMF lent Kenya 200 mln dlrs last year. The IMF board will meet next month. Kenya also owes money to the "
            "Paris Club. Kenya has rejected the conditions, officials said.")
    found = [e for e in code_all(text) if e.sentence.strip() == "Kenya has rejected the conditions, officials said."]
    assert found and all(r.entity_text != "the Paris Club" for e in found for r in e.recipient), \
        [[r.entity_text for r in e.recipient] for e in found]


# --- D's neighbour: a firm named again by its leading words --------------------------------------------------------

def test_a_spokesman_for_a_firm_named_by_its_leading_word_is_not_the_state(code_all):
    text = ("NEW YORK, March 2 - A rating agency said it cut its rating on 300 mln dlrs of debt of Halvorsen Widget "
            "Corp. A spokesman for Halvorsen criticized the action.")
    found = [e for e in code_all(text) if e.sentence.strip() == "A spokesman for Halvorsen criticized the action."]
    assert not any("USA" in {a.code for a in e.actor} for e in found), [[a.code for a in e.actor] for e in found]


def test_a_state_word_that_begins_a_firm_name_still_names_the_state(code_all):
    text = ("WASHINGTON, March 2 - American Express Co said its card sales rose. American officials criticized the "
            "Japanese trade surplus.")
    found = [e for e in code_all(text) if e.sentence.strip().startswith("American officials")]
    assert found and all("USA" in {a.code for a in e.actor} for e in found), [[a.code for a in e.actor] for e in found]
