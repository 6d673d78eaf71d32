"""rcp35: the story's country (or its other one) stands in for an act's unnamed maker only where the sentence names
no other party that may have made it ("after a Libyan missile attack ..., which killed 20 American sailors";
invented stories)."""
from __future__ import annotations

import pytest
from story_helpers import inferred as _inferred

PUBLISHED = "1987-10-20"
US_STORY = ("WASHINGTON - The Senate on Tuesday passed a bill on naval escorts in the Gulf. The American public has "
            "watched the Gulf closely. {} Senators said the United States would keep ships in the region. The White "
            "House welcomed the vote. President Smith said the United States was ready.")
HUNGARY_STORY = ("BUDAPEST - Hungary is seeking closer ties with the West. Hungarian officials said the economy was "
                 "growing. {} Hungary's government welcomed the news. Hungarian exports rose last year. Hungary hopes "
                 "for more trade.")
UK_STORY = ("LONDON - Britain's parties began campaigning on Monday. The Labour Party said it would win. The "
            "Conservatives said Labour had failed. {} The Liberal Democrats said they would gain seats. Britain votes "
            "in May.")
KENYA_STORY = ("Kenya's government is under pressure over security. Kenyan officials said crime was falling. "
               "{} Kenya's parliament debated the budget. Kenyan police said they were ready. Kenya's president spoke "
               "on Monday.")
TERROR_STORY = ("Britain's government faces questions over terror suspects. British ministers said the law was "
                "fair. {} The Home Office said it was seeking their release. Britain's courts will hear the case. British "
                "lawyers say it is unfair.")
US_IRAN_STORY = ("WASHINGTON - The United States said on Saturday it would respond to Iran. {} Iran denied any role. "
                 "The United States has warned Iran. Iran said the United States was provoking it. The United States "
                 "said Iran would pay.")


def _events_of(events, sentence):
    return [e for e in events if e.sentence.strip() == sentence]


@pytest.mark.parametrize("story, sentence, wrong", [
    (US_STORY, "The legislation was passed after a Libyan missile attack on the cruiser Vega, which killed 20 American "
               "sailors.", "USA"),
    (HUNGARY_STORY, "European Community trade ministers agreed to formal negotiations on signing a cooperation pact with "
                    "Hungary.", "HUN"),
    # (stories with no dateline: the country where arrests or violence happened is another guess, left as it was)
    (TERROR_STORY, "Four British men were detained as part of a US-led security sweep.", "GBR"),
    (TERROR_STORY, "Two British aid workers were arrested during a French-led police operation.", "GBR"),
    (KENYA_STORY, "Two Kenyan traders were arrested after a Ugandan police raid last week.", "KEN"),
    (KENYA_STORY, "Two Kenyan traders were detained following a Ugandan army raid on the border market.", "KEN"),
])
def test_a_party_the_sentence_names_keeps_the_story_guess_out_of_the_actor(code_all, story, sentence, wrong):
    found = _events_of(code_all(story.format(sentence)), sentence)
    assert not any(_inferred(e.actor) for e in found)
    assert not any(wrong in [a.code for a in e.actor] for e in found), [(e.event, [a.code for a in e.actor]) for e in found]


@pytest.mark.parametrize("story, sentence, guess", [
    # no other party named: the story's country stays
    (US_STORY, "The bill came after the cruiser Vega was shelled, killing 20 American sailors.", "USA"),
    # a state inside what the act is about is no maker
    (UK_STORY, "The Greens issued leaflets accusing the government of lying about the Iraq war.", "GBR"),
    (UK_STORY, "The Green Party put up posters accusing ministers of lying about the Iraq war.", "GBR"),
    # a state's waters say where; a weapon's state says whose it was, the story's other country here
    (US_IRAN_STORY, "Officials said the strike on a U.S.-owned freighter in Saudi waters last week was most likely by an "
                    "Iran Silkworm missile.", "IRN"),
])
def test_the_story_guess_stays_where_no_other_maker_is_named(code_all, story, sentence, guess):
    found = _events_of(code_all(story.format(sentence)), sentence)
    assert any([code for code, _ in _inferred(e.actor)] == [guess] for e in found), \
        [(e.event, [a.code for a in e.actor]) for e in found]
