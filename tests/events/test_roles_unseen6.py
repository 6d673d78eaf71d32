"""Roles on unseen stories (audit 6): invented sentences pinning where a side may and may not come from."""
from __future__ import annotations


def _in(events, kind, words):
    found = [e for e in events if e.event == kind and words in e.sentence]
    assert found, [(e.event, e.sentence[:60]) for e in events]
    return found[0]


def test_a_country_in_a_relative_clause_on_the_actor_is_not_the_recipient(code_all):
    # The relative clause only describes Germany; the threat is aimed at nobody it names.
    ev = _in(code_all("Germany, which is Chile's largest trading partner, threatened to leave the talks."),
             "THREATEN", "threatened")
    assert [a.code for a in ev.actor] == ["DEU"]
    assert "CHL" not in [r.code for r in ev.recipient]


def test_the_other_country_beside_the_trigger_is_still_its_target(code_all):
    # The ordinary case keeps working: the other country named beside the trigger is its target,
    # also through a coordinated verb ("closed ... with Chile and blocked ...": one target).
    ev = _in(code_all("Germany threatened to leave the talks with Chile."), "THREATEN", "threatened")
    assert [r.code for r in ev.recipient] == ["CHL"]


KENYA = ("KENYA VOTE SETBACK MAY SLOW REFORMS\n\n"
         "Kenya's ruling party lost seats in Sunday's local elections, and Kenyan economists said the result "
         "would slow reforms in Kenya. Kenyan voters were angry about prices. The party's leaders met donors in "
         "Brussels last week.\n"
         "Without new revenue, the government could struggle to deliver the aid it pledged at a donor conference "
         "in Brussels in March, officials said.\n")


def test_the_government_of_a_story_about_one_country_is_not_the_venue_s(code_all):
    # Nothing earlier names a government; the story is about Kenya, so "the government" is Kenya's,
    # not that of the towns where the donors met.
    events = code_all(KENYA, "1987-04-14")
    ev = next(e for e in events if "the government could struggle" in e.sentence and
              any(a.entity_text == "the government" for a in e.actor))
    assert [a.code for a in ev.actor] == ["KEN"]


NORWAY = ("Norway's farmers held rallies across Norway on Saturday. Norwegian police said the protests were "
          "peaceful. Norway's farm minister, Mr Hansen, met farm leaders on Sunday. Mr Hansen warned that Norway "
          "would never accept the planned overhaul of the European Union's quota system.")


def test_a_party_the_sentence_names_beats_the_story_s_country(code_all):
    # The warning is about the European Union's reforms; the story being about Norway does not make
    # Norway's own government the one warned.
    ev = _in(code_all(NORWAY), "THREATEN", "warned")
    assert [a.code for a in ev.actor] == ["NOR"]
    assert not any(r.entity_text.startswith("(the story's") for r in ev.recipient)
    assert [r.code for r in ev.recipient] == ["EUR"]
    # (Since rec14 the sentence rule that looks for the other party named also takes an international
    # body, so the EU may be found there first; either way it is the party the sentence names.)
    assert any("the one other party the sentence names" in n or "the other country named in the sentence" in n
               for n in ev.explanation.notes)


def test_the_story_s_country_is_still_inferred_when_the_sentence_names_no_other_party(code_all):
    ev = _in(code_all(NORWAY.replace("the planned overhaul of the European Union's quota system",
                                     "the new fishing quotas")), "THREATEN", "warned")
    assert [r.code for r in ev.recipient] == ["NOR"]


def test_a_town_someone_travels_to_is_no_party(code_all):
    # "return to Geneva": the town is where the talks are, not whom they are with.
    ev = _in(code_all("President Smith said American negotiators will return to Geneva next week for detailed "
                      "negotiations on the arms pact."), "AGREE", "Geneva")
    assert "CHE" not in [r.code for r in ev.recipient]


def test_a_bracketed_gloss_says_whom_a_pronoun_means(code_all):
    # "They (the Americans) asked ...": the gloss names the askers; the pronoun is not the story's country.
    ev = _in(code_all("Talks on Zambia's copper debt ended on Friday. \"They (the Americans) asked for a faster "
                      "timetable,\" one Zambian negotiator said."), "REQUEST", "asked")
    assert [a.code for a in ev.actor] == ["USA"]
