"""Lexicon recall and precision fixes from the twelfth audit (issue 3, p12), each pinned on an invented
sentence and coded with no confidence floor: stance adjectives ("was unhappy with X's response" is
disapproval, "was pleased with X's offer" approval, "has not been pleased with" disapproval), crowd control
named by its weapon ("used tear gas", "fired warning shots"), the passive "be tried" (brought to trial),
cyber attacks, joint ventures, intelligence sharing and expanded cooperation, aid counted in tons or
shipments, and a campaign "fight" against a thing (no
violence). Guards keep the neighbouring readings."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-03-20"


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)]


def sides(event):
    return ({a.code for a in event.actor}, {a.code for a in event.recipient})


@pytest.mark.parametrize("text, trigger, plover, mode, actor, recipient", [
    # a negated approval, an unhappy or dissatisfied party: disapproval (manual ACCUSE 'disapprove')
    ("The Chilean minister said he has not been pleased with Peru's lack of speed on the border treaty.",
     "pleased", "ACCUSE", "disapprove", "CHL", "PER"),
    ("The Chilean minister said he was unhappy with Peru's lack of speed.", "unhappy", "ACCUSE", "disapprove",
     "CHL", "PER"),
    ("Ecuador said it was dissatisfied with Colombia's response to the incident.", "dissatisfied", "ACCUSE",
     "disapprove", "ECU", "COL"),
    # a pleased or satisfied party approves (manual SUPPORT: "approve policy, action, or actor")
    ("Peru's cabinet was happy with the Chilean statement on fishing rights.", "happy", "SUPPORT", None,
     "PER", "CHL"),
    ("The Uruguayan government is pleased with Brazil's offer to reopen the bridge.", "pleased", "SUPPORT", None,
     "URY", "BRA"),
    # "critical of", "angry at" a party or its act disapprove; "supportive of" approves
    ("The Chilean minister was highly critical of Peru's handling of the border dispute.", "critical", "ACCUSE",
     "disapprove", "CHL", "PER"),
    ("Ecuador is angry at Colombia's decision to close the border.", "angry", "ACCUSE", "disapprove", "ECU", "COL"),
    ("Bolivia has been supportive of the Argentine proposal.", "supportive", "SUPPORT", None, "BOL", "ARG"),
    # crowd control named by its weapon (manual ASSAULT 'crowd-control')
    ("Kenyan riot police used tear gas against students in Nairobi.", "used", "ASSAULT", "crowd-control",
     "KEN", None),
    ("Moroccan police fired warning shots to disperse the crowd in Rabat.", "fired", "ASSAULT", "crowd-control",
     "MAR", None),
    # brought to trial (manual ACCUSE 'allege': "bring to trial")
    ("The Bolivian rebels would be tried by a military court, the minister said.", "tried", "ACCUSE", "allege",
     None, "BOL"),
    # cyber attacks (manual COERCE 'cyber')
    ("A cyberattack by Russian hackers crippled Estonian government websites.", "cyberattack", "COERCE", "cyber",
     "RUS", "EST"),
    ("Chilean hackers hacked into the Peruvian defence ministry's computers.", "hacked", "COERCE", "cyber",
     "CHL", "PER"),
    # a joint venture set up is economic cooperation (manual COOPERATE)
    ("Chile and Peru set up a joint venture to mine copper.", "set", "COOPERATE", None, "CHL", None),
    # expanding cooperation is cooperation (manual COOPERATE: "initiate, resume, improve, or expand"), not support
    ("Chile and Peru are expanding cooperation on border security.", "expand", "COOPERATE", None, "CHL", None),
    # stopping one's own assault is a concession, as stopping one's attacks already was (not a sanction)
    ("The rebels suspended their assault on government forces near Cali.", "suspend", "CONCEDE", None, None, None),
    # a measure of aid sent is the aid (manual AID)
    ("Bahrain sent 10 tons of humanitarian aid to Yemen.", "sent", "AID", None, "BHR", "YEM"),
    ("Bahrain delivered two shipments of food aid to Yemen.", "deliver", "AID", None, "BHR", "YEM"),
])
def test_coded(code_all, text, trigger, plover, mode, actor, recipient):
    # (force used on a crowd also reports the crowd's protest, coded on the same trigger: not this row's type)
    got = [e for e in fired(code_all(text), trigger)
           if not (e.event == "PROTEST" and any("protest with intervention" in n for n in e.explanation.notes))]
    assert got and all(e.event == plover for e in got), (text, [(e.event, e.mode) for e in got])
    e = got[0]
    if mode is not None:
        assert e.mode == mode, (text, e.mode)
    who, whom = sides(e)
    if actor is not None:
        assert actor in who, (text, who)
    if recipient is not None:
        assert recipient in whom, (text, whom)


def test_shared_intelligence_is_cooperation(code_all):
    # Manual COOPERATE: "voluntary exchanges or sharing of intelligence" (CAMEO reads bare "exchange" otherwise)
    for text, trigger in (("Peru and Ecuador shared intelligence on drug cartels last week.", "shar"),
                          ("Peru and Ecuador exchanged intelligence on drug cartels last week.", "exchang")):
        got = fired(code_all(text), trigger)
        assert got and all(e.event == "COOPERATE" for e in got), (text, [(e.event, e.mode) for e in got])


@pytest.mark.parametrize("text, trigger", [
    # stance guards: no with-object, or one that is no party, act or policy
    ("The Chilean minister said he was happy to be home.", "happy"),
    ("Voters were not happy with the weather in Lima.", "happy"),
    ("The Peruvian team was pleased with the result of the match.", "pleased"),
    ("The company was pleased with its quarterly results.", "pleased"),
    ("Chile was not happy with the price of copper.", "happy"),
    ("The Chilean minister was critical of the weather forecast.", "critical"),
    # a disposition, not an act: "tends to be", "has always been"
    ("The Peruvian think tank, which tends to be critical of the president, published a study.", "critical"),
    ("Traditionally Uruguay has always been supportive of the Brazilian proposals.", "supportive"),
    # a campaign against a thing is no violence (m12 P4)
    ("The Chilean minister said his government is determined to fight on more than one front against acid rain.",
     "fight"),
    ("The Chilean government battled against inflation for a decade.", "battl"),
    # a market moved: no one asked (REQUEST) for anything (twelfth audit)
    ("China's thirst for copper has helped push global commodity prices higher.", "push"),
    ("Chinese demand pushed copper prices to a record in London.", "push"),
    ("Chinese demand pushed copper prices to a record in London.", "demand"),
    # the active "try" is an attempt
    ("The Bolivian minister tried hard for a week.", "tried"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.mode) for e in fired(code_all(text), trigger)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # combat stays combat: a party or force fought, or an armed side fights
    ("Chilean troops fought rebels near the border.", "fought", "ASSAULT"),
    ("Colombian troops fought with rebels in the jungle.", "fought", "ASSAULT"),
    ("Rebels fought on two fronts in northern Peru.", "fought", "ASSAULT"),
    ("Peru said it would fight Chile if attacked.", "fight", "THREATEN"),
    ("Three miners were killed and four injured in fighting at a Bolivian tin mine last night, the company said.",
     "fighting", "ASSAULT"),
    # pushing a party is still pressing it
    ("The United States pushed Japan to open its rice market.", "push", "REQUEST"),
    # shots fired at a target are firearms, not crowd control
    ("Gunmen fired shots at the Bolivian embassy in Lima.", "fired", "ASSAULT"),
])
def test_guards_keep(code_all, text, trigger, plover):
    got = fired(code_all(text), trigger)
    assert got and all(e.event == plover for e in got), (text, [(e.event, e.mode) for e in got])


def test_shots_at_a_target_keep_firearms(code_all):
    got = fired(code_all("Gunmen fired shots at the Bolivian embassy in Lima."), "fired")
    assert got and got[0].mode == "firearms", [(e.event, e.mode) for e in got]
