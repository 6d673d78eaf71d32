"""Type fixes from the tenth type audit of the trigger lexicon (issue 3: a real event counts only
with its PLOVER type right). Each fix is a lexicon class in scripts/build_lexicon.py, checked against
the PLOVER manual; every case here is an invented sentence."""
from __future__ import annotations

import pytest
from event_helpers import type_modes_on as on


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # a strike "over" or "for" a grievance is a walkout (manual PROTEST 'strike'), not an armed strike
    ("Belgian dockers have voted to strike over pay for one day next week.", "strike", "PROTEST", "strike"),
    ("Postal workers in Madrid voted to strike over job cuts.", "strike", "PROTEST", "strike"),
    ("Teachers in Ontario struck for higher wages last week.", "struck", "PROTEST", "strike"),
    # a court throwing out a claim or a petition rejects it (CAMEO's bare "throw out" is 160, a cut in relations)
    ("A court in Nairobi threw out the opposition's claim against the election result.", "threw", "REJECT", ""),
    ("The opposition's petition was thrown out by the High Court in Accra on Friday.", "thrown", "REJECT", ""),
    ("The Kenyan Supreme Court dismissed the case brought by the union against the ministry.", "dismiss", "REJECT", ""),
    # manual REJECT note: withdrawing aid or other assistance is SANCTION (mode 'withdraw': "one's
    # non-military resources (e.g., aid ...)"), not a military withdrawal (RETREAT)
    ("The Belgian government withdrew its aid to Zaire on Tuesday.", "withdr", "SANCTION", "withdraw"),
    # "attacking" figures in words is criticism (ACCUSE disapprove), not an assault
    ("The Danish dockers' union attacked the government's unemployment figures on Friday.", "attack", "ACCUSE",
     "disapprove"),
    # CAMEO 127 (reject a plan or agreement to settle a dispute): a contract offer is no meeting (manual
    # REJECT 'meet' is "meetings and negotiations")
    ("The miners' union rejected the company's latest contract offer on Thursday.", "reject", "REJECT", ""),
    # a law "struck down" is annulled and a proposal "shot down" rejected: neither is an armed strike
    ("The Supreme Court of Colombia struck down the new tax law on Tuesday.", "struck", "REJECT", ""),
    ("The Nigerian senate shot down the president's proposal to extend his term.", "shot", "REJECT", ""),
    # manual ASSAULT 'crowd-control': "tear gas, water cannons, ..." (CAMEO 175, violent repression)
    ("Police in Nairobi fired tear gas at students protesting against fee increases.", "fired", "ASSAULT",
     "crowd-control"),
    ("Riot police in Seoul fired teargas at stone-throwing students on Friday.", "fired", "ASSAULT", "crowd-control"),
])
def test_type(code, text, trigger, plover, mode):
    assert on(code(text), trigger) == [(plover, mode)]


@pytest.mark.parametrize("text, trigger", [
    # a tax that would disrupt markets cuts no relations (CAMEO 160 for bare "disrupt")
    ("Norway's energy minister said a British tax on North Sea gas would disrupt European markets and could "
     "prompt retaliation against Britain.", "disrupt"),
    # an economy that expands cooperates with nobody (CAMEO-synonym 060 for bare "expand")
    ("The Chilean economy will continue to expand this year and the government will do more to attract "
     "investors, the planning minister said.", "expand"),
])
def test_not_this_event(code, text, trigger):
    assert on(code(text), trigger) == []


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # guards: armed strikes and attacks on places, forces pulled out, and aid words elsewhere keep their rows
    ("Israeli jets struck a Palestinian training base in southern Lebanon on Sunday.", "struck", "ASSAULT", ""),
    ("Rebels attacked army positions near the town of Jaffna.", "attack", "ASSAULT", ""),
    ("Peru withdrew its troops from the border.", "withdr", "RETREAT", "withdraw"),
    ("Syrian gunners shot down an Israeli helicopter over the Golan Heights.", "shot", "ASSAULT", "aerial"),
    ("Rebels in Angola fired rockets at the town of Cuito on Monday.", "fired", "ASSAULT", "heavy-weapons"),
])
def test_still_coded(code, text, trigger, plover, mode):
    assert on(code(text), trigger) == [(plover, mode)]
