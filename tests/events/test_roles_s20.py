"""Roles, twentieth session (rec20). In a story about two countries, an agent with no country of its own
("Farm Ministry officials", and "they" in their reported words) whose sentence names the story's leading
country only as what the act deals with ("rejected the American proposal") is the other country's, not
the one it deals with. A bare "the House" or "the Senate" is a legislature (LEG): the story's country's
where that country has a chamber so called, else the US one. Invented sentences."""
from __future__ import annotations

import pytest

# Both countries named often (a two-country story), the United States somewhat more.
FARM_STORY = ("Farm Ministry officials {verb} the American proposal to cut rice duties. Japan has already cut the "
              "duties, an official said. Washington wants a deeper cut, and the United States may raise the issue "
              "again, U.S. trade officials said. Japan and the U.S. disagree on farm trade. Japan fears more pressure "
              "from Washington and from American farm groups, and Japan's farmers oppose any cut.")


def _parties(code_all, text, event, trigger=""):
    return [(sorted({a.code for a in e.actor if a.code}), sorted({a.sector for a in e.actor if a.sector}))
            for e in code_all(text) if e.event == event and e.explanation.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize("verb", [
    pytest.param("rejected", id="officials_who_reject_a_country_s_proposal_are_the_other_side"),
    pytest.param("said they rejected", id="their_pronoun_in_reported_words_follows_them"),
])
def test_officials_against_a_country_s_proposal_are_the_other_side(code_all, verb):
    got = _parties(code_all, FARM_STORY.format(verb=verb), "REJECT")
    assert got and all(codes == ["JPN"] for codes, _ in got), got


def test_a_subject_country_in_the_sentence_keeps_the_old_reading(code_all):
    # The United States is itself a subject here, so the officials are not set against it.
    text = FARM_STORY.replace("Farm Ministry officials {verb} the American proposal to cut rice duties.",
                              "Officials said the United States rejected the proposal to cut rice duties.")
    # (the farmers' "oppose any cut" is a refusal too, and theirs is Japan's: rcl35)
    got = _parties(code_all, text, "REJECT", trigger="reject")
    assert got and all("JPN" not in codes for codes, _ in got), got


@pytest.mark.parametrize("text, event, country", [
    pytest.param("The House today backed a call for Japan to raise its defence budget. "
                 "Japan said it would study the request.", "REQUEST", "USA",
                 id="the_house_in_a_story_about_japan_is_the_us_house"),
    pytest.param("Australian Prime Minister John Howard said Australia would cut taxes. "
                 "The Senate rejected the tax bill.", "REJECT", "AUS", id="the_senate_of_a_country_that_has_one"),
    pytest.param("Britain's Labour government faced a revolt on Monday. "
                 "The House rejected the bill on Tuesday.", "REJECT", "GBR",
                 id="the_house_in_a_british_story_is_the_british_one"),
])
def test_a_bare_chamber_is_the_legislature_of_the_right_country(code_all, text, event, country):
    got = _parties(code_all, text, event)
    assert ([country], ["LEG"]) in got, got


def test_a_title_before_the_name_and_a_comma_gives_the_name_its_country(code_all):
    # The parser hangs "the Ghanaian head of police" off the verb; it still describes the named man.
    got = _parties(code_all, "Meanwhile the Ghanaian head of police, Kwame Asante says smugglers must "
                             "surrender their weapons.", "REQUEST")
    assert got and all(codes == ["GHA"] for codes, _ in got), got
