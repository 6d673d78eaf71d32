"""Event-type and modality fixes from a fourth audit of 20 unseen stories (issue 3, precision first):
Reuters 1987 items on Congress, hearings and the White House, and BBC politics items heavy with
quoted opinion. Each case is an invented sentence, coded with no confidence floor so a trigger that
still fired would show up, plus guards for the reading that stays an event."""
from __future__ import annotations

import pytest


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("text, trigger", [
    # a thing strikes no one
    ("The proud old heart of Denmark still beats as strong as ever, the Danish premier said.", "beat"),
    # shooting hoops or a film is no shooting at anyone; a person fired is dismissed
    ("The Dutch premier completed a fitness course and shot basketball hoops with pupils from a school in Utrecht.",
     "shot"),
    ("The White House fired its chief of staff on Monday.", "fired"),
    # reading a ruling is no investigation of a party
    ("The Danish justice minister said his officials would be studying the court's ruling carefully.", "study"),
    # a rule or a target met is no meeting
    ("Mr Holm had suggested that the Dutch finance minister would meet his golden spending rule - with a margin to "
     "spare.", "meet"),
    # destroying records attacks no one
    ("The Danish tax office destroyed nearly 20,000 files last year, the figures showed.", "destroy"),
    # the fury is others'; the one who provokes it does not protest
    ("The Dutch mayor provoked fury by calling the rival campaign a bunch of amateurs.", "provok"),
    # going ahead with a plan presses no one
    ("The Dutch cabinet intends to push ahead with the pension plan despite opposition in parliament.", "push"),
    # a trend warned of is a forecast, not a threat
    ("The Danish opposition warned of rising obesity among schoolchildren.", "warn"),
    # what a provision requires is its content
    ("The sanctions could be triggered by a requirement that the Dutch trade minister investigate the claims.",
     "investigat"),
    # hosting one's audience endorses no party; welcoming "any" thing is an attitude
    ("The Dutch premier had been due to welcome delegates to the party conference in Utrecht.", "welcom"),
    ("Mothers would welcome any extra maternity pay, Mr Holm said.", "welcom"),
    # one side consulting on a topic consults no party
    ("Danish ministers would consult on proposals to change the pension rules, the minister said.", "consult"),
    # what a bill would require of others is its content
    ("The Danish bill would require inspectors to visit five countries within a year.", "visit"),
    # putting two things together is no cooperation
    ("The Dutch premier combined his opposition to the tax with a plea for patience.", "combin"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger) if e.modality not in ("negated",)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger", [
    # an act done "without" is not done
    ("The Danish premier resigned without apologising to the farmers.", "apologis"),
    ("In 2019 the Dutch prosecutors closed the case without charging the minister.", "charg"),
])
def test_without_is_negated(code_all, text, trigger):
    got = [e.modality for e in fired(code_all(text), trigger)]
    assert all(m == "negated" for m in got), (text, got)


def test_ending_an_inquiry_is_no_inquiry(code_all):
    # the event noun a stopping verb takes is ended, not reported as a new event
    text = "The Dutch prosecutors decided to end the investigation into the Danish shipyard."
    got = [e.event for e in fired(code_all(text), "investigation")]
    assert not got, (text, got)


def test_answered_calls_are_no_new_calls(code_all):
    # "responding to calls for X": the calls were made before, by others
    text = "Responding to calls for the Danish agency to be scrapped, the Dutch minister said he had no comment."
    got = [e.event for e in fired(code_all(text), "call")]
    assert "REQUEST" not in got, (text, got)


@pytest.mark.parametrize("text, trigger, plover, wrong", [
    # two people who clash argue
    ("The Dutch mayor clashed with Danish Finance Minister Lars Holm on Thursday.", "clash", "ACCUSE", "ASSAULT"),
    # a party is hit with words
    ("\"They are only interested in hitting the Danish Labour party over the head,\" Mr Holm said.", "hit", "ACCUSE",
     "ASSAULT"),
    # opposing a proposed summit refuses it
    ("The Danish premier continued to oppose a budget summit with the parliament.", "oppose", "REJECT", "ACCUSE"),
])
def test_retyped(code_all, text, trigger, plover, wrong):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got and wrong not in got, (text, got)


def test_domestic_admonition_is_advice(code_all):
    # a warning to a party of one's own country what not to do, with no harm named, advises it
    text = "Danish Finance Minister Lars Holm warned Danish Premier Anna Berg not to spend the surplus on tax cuts."
    got = [e.event for e in fired(code_all(text), "warn")]
    assert "REQUEST" in got and "THREATEN" not in got, (text, got)


@pytest.mark.parametrize("text, trigger", [
    # a future date in another clause does not make a denial or an appeal future
    ("The Danish premier has denied suggestions there will be a tax cut on 16 May.", "denied"),
    ("Mr Holm urged the Danish Liberals to hold firm against a tax rise to cut the deficit for the 2025 financial "
     "year.", "urg"),
])
def test_date_of_another_clause_is_not_future(code_all, text, trigger):
    got = [e.modality for e in fired(code_all(text), trigger)]
    assert got and all(m != "future" for m in got), (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # guards: the readings that stay events
    ("Soldiers shot two protesters in the capital.", "shot", "ASSAULT"),
    ("Police fired tear gas at the protesters.", "fired", "ASSAULT"),
    ("Syrian troops clashed with rebels near the border.", "clash", "ASSAULT"),
    ("Iran warned the United States not to escort tankers or face retaliation.", "warn", "THREATEN"),
    ("Israel warned Hezbollah not to test its patience.", "warn", "THREATEN"),
    ("Iran warned of retaliation against Kuwait.", "warn", "THREATEN"),
    ("The Syrian army destroyed the bridge over the river.", "destroy", "ASSAULT"),
    ("The Danish and Dutch premiers met in Brussels on Monday.", "met", "CONSULT"),
    ("Danish and Swedish ministers consulted on the crisis on Monday.", "consult", "CONSULT"),
    ("The Danish premier consulted with the Swedish premier on the crisis.", "consult", "CONSULT"),
    ("The Dutch prosecutors will investigate the Danish shipyard.", "investigat", "ACCUSE"),
    ("Rebels attacked the army post near Goma, killing four soldiers.", "attack", "ASSAULT"),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got, (text, got)


def test_date_of_own_clause_stays_future(code_all):
    # guard: the act the future date belongs to stays future
    got = [e.modality for e in fired(code_all("The Danish premier is to visit Warsaw in March 2031."), "visit")]
    assert got and all(m == "future" for m in got), got
