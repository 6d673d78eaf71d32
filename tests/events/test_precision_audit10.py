"""Precision fixes from the tenth audit (issue p10) on 30 unseen Reuters-21578 wire items and BBC
stories: figurative objects, forecasts, mentions of old accords, a bill's content and the demand a
strike is held for. Each case is an invented sentence, coded with no confidence floor so a trigger
that still fired would show up, plus guards for the real events next to each rule."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-03-03"


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix`` (the sentence-model fallback included)."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)]


@pytest.mark.parametrize("text, trigger", [
    # offering news, hope or a view is saying something: no concession, aid or talks
    ("The Danish trade minister offered some good news for exporters on Tuesday.", "offer"),
    ("The Belgian premier offered no explanation for the delay.", "offer"),
    # an ill attacked by policy is no attack
    ("The Dutch central bank attacked inflation with a sharp rise in interest rates.", "attack"),
    # a reduced passive with a thing as its agent: an economic blow, not an attack
    ("Chile's finance minister, hit by a sharp fall in copper income, sought new loans from Japan.", "hit"),
    # a warning that an act (named as the subject) would cause harm is a forecast, not a threat
    ("The Swedish finance minister warned that letting the deficit grow could have grave consequences.", "warn"),
    # mentioning an accord is no accord, and the mention itself is no act
    ("The Kenyan foreign minister, referring to the border agreement with Uganda, said it was working well.", "agree"),
    ("The Kenyan foreign minister, referring to the border agreement with Uganda, said it was working well.", "refer"),
    ("The Kenyan minister cited the 1985 border agreement with Uganda in his speech.", "agree"),
    # what an amendment or bill would do is its content until it is passed
    ("The Italian Senate has attached to the budget an amendment that would deny export credits to Libya.", "deny"),
    # a plan's content, also in a list the parser leaves unattached
    ("The Greek premier said the farm plan should raise incomes, aid Greek exporters, and avoid provoking "
     "trade disputes.", "aid"),
    # the demand a strike is held for is no second event
    ("Dock workers struck on Monday demanding higher pay from the port authority in Lagos.", "demand"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger", [
    # a hedged modal is a guess at what will happen, not a stated plan
    ("The Dutch finance minister said a compromise probably would be offered to the unions next week.", "offer"),
    # an ability called for ("must / should be able to") is no act done
    ("\"We must be able to negotiate credibly with Japan,\" the Canadian trade minister said.", "negotiat"),
])
def test_hedged_act_is_hypothetical(code_all, text, trigger):
    got = [e.modality for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert all(m == "hypothetical" for m in got), (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # workers who strike, and a strike counted in days, are a walkout, not an attack
    ("Dock workers struck on Monday demanding higher pay from the port authority in Lagos.", "struck", "PROTEST"),
    ("Negotiations resumed in the 14-day-old strike by Canada's letter carriers after the government "
     "appointed a mediator.", "strike", "PROTEST"),
])
def test_right_type(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert got and all(t == plover for t in got), (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # offers of something a party can give stay
    ("The Danish trade minister offered talks to the Norwegian fishermen on Tuesday.", "offer", "AGREE"),
    ("Japan offered Peru new loans on Tuesday.", "offer", "AGREE"),
    # a party's ill attacked by an officeholder is criticism (rc19: ACCUSE); a platform attacked by jets is an attack
    ("The Spanish opposition leader attacked the government's budget deficit in parliament.", "attack", "ACCUSE"),
    ("Iraqi jets attacked an Iranian oil platform on Tuesday.", "attack", "ASSAULT"),
    # a convoy hit by a bomb is still attacked
    ("An Iraqi convoy, hit by a roadside bomb, lost three trucks near Basra.", "hit", "ASSAULT"),
    # a warning that the warner's side would act, or that an attack would be met with force, stays a threat
    ("Iran warned that any attack on its ships would be met with force.", "warn", "THREATEN"),
    ("Iran warned that sending warships into the Gulf would provoke a war.", "warn", "THREATEN"),
    # an accord reported as signed stays; a demand made outright stays
    ("Kenya and Uganda signed a border agreement on Tuesday.", "sign", "SUPPORT"),
    ("Dock workers in Lagos demanded higher pay from the port authority on Monday.", "demand", "REQUEST"),
    # a clash beside a protest is coded on its own, not read as what the protest is for
    ("Hundreds of students took to the streets of Manila, battling riot police and demanding the "
     "president's resignation.", "battl", "PROTEST"),
    # a bill's content stays out, but a party that denies something acts
    ("Libya denied the Italian request for export credits on Tuesday.", "denied", "REJECT"),
    # a party (not a plan) in the same list acts; an ability used is an act, one foreseen a future one
    ("The Greek premier said Athens should raise incomes, aid Greek exporters, and avoid provoking trade disputes.",
     "aid", "AID"),
    ("The Canadian and Japanese ministers were able to agree on a new quota on Tuesday.", "agree", "AGREE"),
    # an unhedged pledge stays a future event
    ("The Dutch finance minister said a compromise would be offered to the unions next week.", "offer", "AGREE"),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert plover in got, (text, got)
