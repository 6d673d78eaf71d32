"""Precision fixes from a second round of the ninth audit (issue p9b: events coded where an analyst
codes none) on 30 more unseen BBC and Reuters stories. Each case is an invented sentence, coded with
no confidence floor so a trigger that still fired would show up, plus guards for the reading that
stays an event."""
from __future__ import annotations

import pytest


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("text, trigger", [
    # particles and compounds that change the verb: starting, enrolling, a compound adjective
    ("The Irish election campaign has kicked off.", "kick"),
    ("Thousands of Danish voters have signed up for postal ballots.", "sign"),
    ("Many asylum seeking children from Somalia were housed in Dublin.", "seek"),
    # a statement to the press, like "talking to reporters"
    ("Discussing the vote with reporters, the Dutch premier said he was pleased.", "discuss"),
    ("Discussing the election results with reporters, the Dutch premier said he was pleased.", "discuss"),
    # economic senses: an activity fostered by policy, and the market's demand
    ("The Swedish government is encouraging private saving through tax breaks, the minister said.", "encourag"),
    ("The Swedish government said that by cutting taxes it is boosting domestic demand.", "demand"),
    # a tax put on things coerces no party; canvassing the public by telephone is no call between parties
    ("The Dutch government slapped a new tax on second homes last year.", "slap"),
    ("The Danish Social Democrats are telephoning millions of people who have joined the register.", "telephon"),
    ("Party workers rang the numbers of voters who had asked for postal ballots.", "rang"),
    # a difficulty ahead is no criticism by anyone
    ("The Danish finance minister faces a battle in parliament over the budget.", "face"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger) if e.modality not in ("negated",)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger", [
    ("The Greek opposition will boycott parliament if the bill is passed.", "boycott"),
    # the condition hangs on the second verb but covers both
    ("The Greek opposition will boycott parliament and block the vote if the bill is tabled.", "boycott"),
])
def test_will_if_is_hypothetical(code_all, text, trigger):
    # what will happen only if a condition is met has not happened: hypothetical, as with "would ... if"
    got = [e.modality for e in fired(code_all(text), trigger)]
    assert got and all(m == "hypothetical" for m in got), got


@pytest.mark.parametrize("text, trigger, plover", [
    # guards: the readings that stay events
    ("Britain has signed up to the Kyoto treaty.", "sign", {"SUPPORT", "AGREE"}),
    ("The Dutch and Belgian ministers kicked off talks in Brussels.", "kick", {"CONSULT"}),
    ("Refugees seeking asylum in Ireland asked the Dutch government for help.", "ask", {"REQUEST"}),
    ("The Danish parliament passed a resolution condemning Sweden.", "condemn", {"ACCUSE"}),
    ("The Danish minister discussed the crisis with his Swedish counterpart.", "discuss", {"CONSULT"}),
    ("Paris encouraged Rome to join the talks.", "encourag", {"SUPPORT", "REQUEST"}),
    ("The strikers renewed their demand for a pay rise.", "renew", {"REQUEST"}),
    ("Greek rebels slapped a police officer in Athens.", "slap", {"ASSAULT"}),
    ("The Danish premier telephoned members of the Swedish cabinet.", "telephon", {"CONSULT"}),
    ("The Dutch premier rang the Belgian foreign minister.", "rang", {"CONSULT"}),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = {e.event for e in fired(code_all(text), trigger) if e.modality != "negated"}
    assert got & plover, (text, got)


def test_will_without_if_stays_future(code_all):
    got = [e.modality for e in fired(code_all("The Greek opposition will boycott parliament on Monday."), "boycott")]
    assert got and all(m == "future" for m in got), got
