"""Event-type fixes from an audit of 25 unseen BBC politics and Reuters 1987 stories (issue 3):
word senses that report no PLOVER event, and senses that report another type. One invented
sentence per fix, coded with no confidence floor so a trigger that still fired would show up,
plus guards for the reading that stays an event."""
from __future__ import annotations

import pytest


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("sentence, trigger", [
    # rallying one's own supporters rouses them; it is no demonstration
    ("The Danish prime minister rallied party activists at a conference in Odense.", "rall"),
    # "match" is equalling, not an attack
    ("The Swedish government will match the pension rise with a new housing grant.", "match"),
    # contesting an election is standing in it
    ("She contested the Oslo seat for the Labour Party in 2019.", "contest"),
    # research is study, not an investigation of a party
    ("Two Dutch historians are researching the ministry's files.", "research"),
    # paying dearly is suffering, not economic cooperation
    ("Farmers in Portugal will pay dearly for the new rules, the union said.", "pay"),
    # being determined to do something is resolve, not an agreement
    ("The diplomat said the letter showed Danish ministers were determined not to let the matter drop.", "determin"),
    # a bus line linking two towns is no agreement
    ("A new ferry service linking Tallinn with Helsinki opened last week.", "link"),
    # a thing that "offers" an opportunity is no party offering anything
    ("In his speech, the Danish leader says the result offered the party an amazing opportunity.", "offer"),
    # an assurance that states a fact promises nothing
    ("The Irish minister assured parliament that most of the bill was about consumer safety.", "assur"),
    # a question put to a minister is no request
    ("At a news conference in Vienna, the Austrian chancellor was asked about the remarks.", "asked"),
    # speaking about a topic, with no one to talk with, is no consultation
    ("Instead of discussing taxes, the Dutch finance minister kept talking about his record.", "talk"),
    # talking to reporters is a statement to the press
    ("The Belgian envoy, talking to reporters after the session, said he was hopeful.", "talk"),
    # a warning that states an opinion threatens no one
    ("The Scottish leader warned the economic picture was not as bright as the minister claimed.", "warn"),
    ("The Welsh judge warned the minister that the new law could be unlawful.", "warn"),
    # plans that appeal to women attract them
    ("The party believes its childcare plans will appeal to women.", "appeal"),
    # being disturbed by a move is a feeling, not a demonstration
    ("Norwegian ministers said they were disturbed by the Danish decision.", "disturb"),
])
def test_not_an_event(code_all, sentence, trigger):
    assert not fired(code_all(sentence), trigger), sentence


@pytest.mark.parametrize("sentence, trigger, plover", [
    # challenging a party to act demands that it act
    ("The Dutch party challenged the mayor to resign his seat.", "challeng", "REQUEST"),
    ("On Friday the party challenged Mr Van der Berg to stand down as a councillor.", "challeng", "REQUEST"),
    # a headline "hits" a policy with words
    ("Irish Senate hits British fuel tax", "hit", "ACCUSE"),
    # paying a call on someone is visiting them
    ("The Saudi prince paid a courtesy call on the Spanish king in Madrid.", "paid", "CONSULT"),
    # being called to a meeting convenes it
    ("The Danish cabinet was called to an emergency meeting on Monday for consultations.", "call", "CONSULT"),
    # dislodging forces from their positions is an attack
    ("Syrian troops dislodged the rebels from several hilltop positions near Hama.", "dislodg", "ASSAULT"),
    # vowing retaliation threatens force
    ("The Iranian foreign minister vowed retaliation against Iraq.", "vow", "THREATEN"),
])
def test_retyped(code_all, sentence, trigger, plover):
    got = [e.event for e in fired(code_all(sentence), trigger)]
    assert plover in got, (sentence, got)


@pytest.mark.parametrize("sentence, trigger, plover", [
    # guards: the readings that stay events
    ("Opposition supporters rallied in the capital against the new law.", "rall", "PROTEST"),
    ("The minister assured Ukraine that Germany would deliver more air defence systems.", "assur", "AGREE"),
    ("The president talked with the Polish prime minister about the border.", "talk", "CONSULT"),
    ("The army warned that it would shell the town unless the rebels surrendered.", "warn", "THREATEN"),
    ("The Red Cross appealed to the public for blood donations.", "appeal", "REQUEST"),
    ("Israeli jets hit Hamas positions in Gaza overnight.", "hit", "ASSAULT"),
    ("Israeli missiles hit the bill's sponsor's office in Gaza.", "hit", "ASSAULT"),
    ("The minister asked Norway to extradite the suspect.", "asked", "REQUEST"),
    ("The Romanian government offered Moldova emergency aid.", "offer", "AGREE"),
])
def test_still_an_event(code_all, sentence, trigger, plover):
    got = [e.event for e in fired(code_all(sentence), trigger)]
    assert plover in got, (sentence, got)


@pytest.mark.parametrize("sentence, trigger", [
    # what an "if" or "unless" clause supposes has not happened
    ("Smugglers could have their fines halved if they give themselves up to the Dutch police.", "give"),
    ("The Turkish army will shell the village unless the militants surrender their weapons.", "surrender"),
])
def test_condition_is_hypothetical(code_all, sentence, trigger):
    got = [e.modality for e in fired(code_all(sentence), trigger)]
    assert got and all(m == "hypothetical" for m in got), (sentence, got)
