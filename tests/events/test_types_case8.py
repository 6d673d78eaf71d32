"""Event types from an audit of the CASE-2021 training part (issue c8): South-Asian protest and
crowd-control words, hurled grenades, arson, crowds pouring into the streets, labour strikes, and
"pull out of" misparsed with a preposition. Each case is an invented sentence."""
from __future__ import annotations

import pytest


def types_of(events):
    return {(e.event, e.mode) for e in events}


@pytest.mark.parametrize("text, plover, mode", [
    # manual ASSAULT crowd-control names lathi charges
    ("Police lathicharged the striking teachers in Lucknow on Friday.", "ASSAULT", "crowd-control"),
    # a dharna is a sit-down demonstration, a bandh or hartal a general shutdown strike
    ("Hundreds of farmers staged a dharna outside the district office in Punjab on Monday.", "PROTEST", "demo"),
    ("Traders in Kerala observed a hartal on Tuesday against the new tax.", "PROTEST", "strike"),
    ("A bandh called by the opposition shut shops and schools across Odisha on Thursday.", "PROTEST", "strike"),
    # a gherao keeps an official from leaving: PROTEST obstruct
    ("Angry villagers gheraoed the block officer in Bihar for five hours on Sunday.", "PROTEST", "obstruct"),
    # pouring into the streets is demonstrating, as taking to them is
    ("Thousands of students poured into the streets of Dhaka on Saturday.", "PROTEST", "demo"),
    # lobbing or hurling a grenade or stones is an attack, as throwing one is
    ("Militants lobbed a grenade at a police post in Srinagar on Monday.", "ASSAULT", "explosives"),
    ("Unknown men hurled bricks at the minister's convoy in Assam on Tuesday.", "ASSAULT", "primitive"),
    # setting a building alight is arson, as setting fire to it is
    ("Gunmen set the village school alight in Borno state on Monday.", "ASSAULT", "primitive"),
    # a strike that dockers begin or that lasts days is a walkout, not an armed strike
    ("Portuguese dockers began a five-day strike on Monday against the port reform.", "PROTEST", "strike"),
    ("Teachers in Kenya launched a nationwide strike on Tuesday.", "PROTEST", "strike"),
    ("Nurses in Victoria launched week-long strikes on Monday over pay.", "PROTEST", "strike"),
    # "out" read as a preposition before "of"
    ("The rebel militia pulled out of the northern town of Kidal on Sunday.", "RETREAT", "withdraw"),
])
def test_case8_types(code_all, text, plover, mode):
    events = code_all(text)
    assert (plover, mode) in types_of(events), [(e.event, e.mode, e.explanation.trigger) for e in events]


@pytest.mark.parametrize("text, plover", [
    # a bus pulled out of a station, a firm out of a deal or a minister out of talks: no retreat
    ("The bus pulled out of the station at noon.", "RETREAT"),
    ("The French carmaker pulled out of the agreement to buy the Italian rival last week.", "RETREAT"),
    ("The trade minister pulled out of the round of tariff talks in Geneva on Monday.", "RETREAT"),
    # strikes an air force resumes are armed strikes
    ("The air force resumed its strikes on rebel positions near the border on Sunday.", "PROTEST"),
    ("The air force launched a two-day strike on rebel positions in the north.", "PROTEST"),
    # insults hurled are words, not stones
    ("The opposition leader hurled insults at the prime minister in parliament.", "ASSAULT"),
    # life returning to the streets is no demonstration
    ("Calm returned to the streets of the town after the storm.", "PROTEST"),
])
def test_case8_guards(code_all, text, plover):
    assert plover not in {e.event for e in code_all(text)}
