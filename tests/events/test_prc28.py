"""Events the twenty-sixth session's precision audit found on unseen text that tell no event (prc28): a refusal to
tell ("declined to disclose details", "refused to deny the claims") read as a rejection; a body named by its standing
task ("a Senate committee investigating the scandal said ..."); a light verb whose event noun points back to an
event the story told ("issued the warning in a letter"). Each with the party's own act kept beside it. Invented
sentences, told inside short stories so that the story's parties are known."""
from __future__ import annotations

import pytest


def _in(code, story, sentence, published="1987-04-10"):
    """The events coded in ``sentence``, told after ``story``."""
    events = code(story + " " + sentence + " A spokesman gave no further details.", published=published)
    return [e for e in events if e.sentence.strip().startswith(sentence[:25])]


def _types(events):
    return [e.event for e in events]


_TALKS = ("SANTIAGO, April 9 - Chile and Peru held a second round of talks on their border dispute on Thursday, "
          "officials said. The talks will resume next month.")


@pytest.mark.parametrize("sentence", [
    pytest.param("Chile's foreign minister declined to disclose details of the Peruvian proposal.", id="disclose"),
    pytest.param("The Chilean government refused to deny the claims made in Lima.", id="deny"),
    pytest.param("Chile's foreign ministry declined comment on the Peruvian report.", id="comment_noun"),
    pytest.param("Chile's foreign minister declined to make any comment on the Peruvian offer.", id="make_comment"),
    pytest.param("Chile's foreign minister refused to be drawn on the Peruvian proposal.", id="be_drawn"),
    pytest.param("The Chilean negotiator declined to say whether Peru had made a new offer.", id="say_whether"),
    pytest.param("Chilean officials declined to be specific about the Peruvian offer.", id="be_specific"),
])
def test_a_refusal_to_tell_is_no_rejection(code, sentence):
    assert "REJECT" not in _types(_in(code, _TALKS, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Chile refused the Peruvian demand for a new round of talks.", id="demand"),
    pytest.param("Chile declined Peru's offer of help with the talks.", id="offer"),
    pytest.param("The Chilean government refused to testify before the Peruvian commission.", id="testify"),
])
def test_a_refusal_of_a_demand_or_an_offer_stays(code, sentence):
    assert "REJECT" in _types(_in(code, _TALKS, sentence))


_SCANDAL = "WASHINGTON, April 9 - The Senate has widened its inquiry into arms sales to Iran, congressional sources said."


@pytest.mark.parametrize("sentence", [
    pytest.param("A special Senate committee investigating the arms sales to Iran said it would question the "
                 "former adviser next week.", id="investigating"),
    pytest.param("The two committees probing the arms sales to Iran plan to hold joint hearings.", id="probing"),
])
def test_a_body_named_by_its_task_is_no_investigation(code, sentence):
    assert "ACCUSE" not in _types(_in(code, _SCANDAL, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("The Senate committee is investigating the arms sales to Iran.", id="progressive"),
    pytest.param("The Senate committee began investigating the arms sales to Iran on Monday.", id="began"),
])
def test_an_investigation_told_as_the_act_stays(code, sentence):
    assert "ACCUSE" in _types(_in(code, _SCANDAL, sentence))


_WARNING = ("LIMA, April 9 - Peru warned Chile on Thursday that it would close the border if the raids went on, "
            "the foreign ministry said.")


@pytest.mark.parametrize("sentence", [
    pytest.param("Peru issued the warning in a letter to the Chilean foreign minister.", id="issued_the_warning"),
    pytest.param("Peru made the warning public in a letter to the Chilean foreign minister.", id="made_the_warning"),
])
def test_a_light_verb_on_a_told_event_is_not_coded_again(code, sentence):
    assert "THREATEN" not in _types(_in(code, _WARNING, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Peru issued a second warning to Bolivia on Friday.", id="a_new_warning"),
])
def test_a_light_verb_with_a_new_event_stays(code, sentence):
    assert "THREATEN" in _types(_in(code, _WARNING, sentence))


_GULF = "LONDON, April 9 - Tensions rose in the Gulf on Thursday after Iran test-fired new missiles, officials said."


@pytest.mark.parametrize("sentence", [
    pytest.param("The American tycoon began to build up his stake in the Iranian shipping line last year.",
                 id="stake"),
    pytest.param("The French oil firm had intended to reinforce its Gulf presence, its chairman said.",
                 id="firm_presence"),
    pytest.param("The opposition hopes to increase its parliamentary presence by 30 seats.", id="seats"),
])
def test_a_stake_or_a_presence_built_up_moves_no_forces(code, sentence):
    assert "MOBILIZE" not in _types(_in(code, _GULF, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("The United States is building up its military presence in the Gulf.", id="military_presence"),
    pytest.param("Britain reinforced its presence in the Gulf with two warships.", id="with_warships"),
    pytest.param("The Pentagon sent 2,000 more troops to the Gulf on Friday.", id="troops"),
])
def test_forces_moved_stay(code, sentence):
    assert "MOBILIZE" in _types(_in(code, _GULF, sentence))


def test_figures_put_out_are_no_release(code):
    story = "PARIS, April 9 - French growth picked up in the last quarter, official figures showed."
    assert "RETREAT" not in _types(_in(code, story, "France's industrial output for March was released on Friday."))


_QUAKE = "LIMA, April 9 - A strong earthquake shook southern Peru on Thursday, officials said."


@pytest.mark.parametrize("sentence", [
    pytest.param("Officials issued warnings of tidal waves along the southern coast.", id="warnings_of_waves"),
    pytest.param("The earthquake killed four people in the port of Ilo, police said.", id="quake_killed"),
])
def test_a_natural_hazard_is_no_attack_and_no_threat(code, sentence):
    assert not {"THREATEN", "ASSAULT"} & set(_types(_in(code, _QUAKE, sentence)))


def test_a_warning_to_a_party_stays(code):
    story = "LIMA, April 9 - Peruvian troops fired on Chilean fishing boats on Thursday, officials said."
    assert "THREATEN" in _types(_in(code, story, "Chile warned Peru of serious consequences if the raids continued."))


@pytest.mark.parametrize("sentence", [
    pytest.param("Peru repeated the warning in a letter to the Chilean foreign minister on Friday.", id="repeated"),
    pytest.param("Peru issued the new warning in a letter to Bolivia on Friday.", id="the_new_warning"),
])
def test_a_warning_given_again_stays(code, sentence):
    assert "THREATEN" in _types(_in(code, _WARNING, sentence))


def test_the_doers_own_act_named_with_a_possessive_stays(code):
    story = ("SEOUL, April 9 - South Korea's prime minister resigned on Thursday over the handling of the crisis, "
             "officials said.")
    sentence = "Several other ministers have also tendered their resignations to the president."
    assert "RETREAT" in _types(_in(code, story, sentence))
