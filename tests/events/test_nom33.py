"""Event nouns a sentence does not tell as an act of its own (nom33): the content of a proposal ("suggested a
trade embargo"), an act told as near but not reached ("close to an agreement"), and a definite noun that points
back to an act an earlier sentence of the story told ("Teachers are on strike. The strikes broke out ...").
Every sentence here is invented."""
from __future__ import annotations

import pytest


def on_trigger(events, word: str):
    """The types of the events coded on the trigger ``word``."""
    return [e.event for e in events if e.explanation and e.explanation.trigger.lower() == word]


# -- a proposal's content -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, noun", [
    ("Swedish Prime Minister Lars Holm suggested bilateral talks with Norway on fishing quotas.", "talks"),
    ("Lindqvist said he had suggested talks with Norway on fishing quotas instead.", "talks"),
    ("Valdora's opposition parties favour a general strike against the government's pay freeze.", "strike"),
    ("The senator recommended a boycott of Valdoran coffee by American importers.", "boycott"),
    ("The Norwegian cabinet is considering a ban on Valdoran fish imports.", "ban"),
])
def test_proposed_act_is_no_act(code_all, text, noun):
    assert on_trigger(code_all(text), noun) == []


# -- an act told as near, not reached -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, noun", [
    ("The Valdoran government said it had been close to an agreement with the International Monetary Fund.",
     "agreement"),
    ("Swedish negotiators were close to a deal with Norway on fishing quotas, officials said.", "deal"),
    ("Officials said the Valdoran dock workers were on the verge of a strike over pay.", "strike"),
])
def test_act_near_but_not_reached_is_no_act(code_all, text, noun):
    assert on_trigger(code_all(text), noun) == []


# -- a definite noun pointing back to an act told before -------------------------------------------------------------

@pytest.mark.parametrize("text, noun", [
    ("Teachers in Valdora have been on strike since Monday, the state radio said. The strikes broke out only weeks "
     "after bread riots in the capital.", "strikes"),
    ("Finance ministers of the Group of Five held a meeting in Lisbon on Saturday. The Lisbon meeting of the five "
     "ministers took place a month after the last rate cut.", "meeting"),
    ("Japan's trade policies came under attack at the IMF board meeting. The United States joined in the attack, "
     "an official said.", "attack"),
    ("Western governments have criticised Japan's trade surplus. The Japanese finance ministry has been sensitive "
     "to such criticism, officials said.", "criticism"),
    # told before by a word of the same kind of act, not the same word
    ("Norway's prime minister met the Swedish foreign minister in Oslo on Monday. The meeting with the Swedish "
     "foreign minister covered fishing rights, Norwegian officials said.", "meeting"),
])
def test_act_pointed_back_to_is_not_told_again(code_all, text, noun):
    assert on_trigger(code_all(text), noun) == []


@pytest.mark.parametrize("text, noun, plover", [
    # dated in its own phrase: told here in full
    ("Norway's prime minister said he had agreed to a meeting with Sweden. The meeting on Monday with the Swedish "
     "foreign minister settled the quota dispute.", "meeting", "CONSULT"),
    # a possessive tells whose act, not that it was told before
    ("Swedish Prime Minister Lars Holm said on Monday he would visit Norway next week. My visit to Norway will be "
     "the most important of the year, Holm said.", "visit", "AGREE"),
    # the story's first sentence: nothing told before it
    ("The strikes by Valdoran teachers have closed schools across the country, the state radio said.", "strikes",
     None),
])
def test_act_told_here_stays(code_all, text, noun, plover):
    coded = on_trigger(code_all(text), noun)
    assert plover in coded if plover else coded  # (the strikes' type is the sentence model's to choose)
