"""Precision fixes from a ninth audit of 30 unseen stories (issue p9: events coded where an analyst
codes none): BBC politics and business items and Reuters 1987 political items. Each case is an
invented sentence, coded with no confidence floor so a trigger that still fired would show up, plus
guards for the reading that stays an event."""
from __future__ import annotations

import pytest


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("text, trigger", [
    # being unable (or loath) to act reports that the act did not happen
    ("Finance ministers from France and Germany were unable to agree on a common budget line on Monday.", "agree"),
    ("The European Commission is loathe to abandon its position on fishing quotas, officials said.", "abandon"),
    # an attitude to someone's views or worries, or to a possibility, endorses no party's act
    ("The Italian foreign minister said he respected the views of those who oppose the treaty.", "respect"),
    ("The Spanish premier said he appreciated the concerns of farmers in the south.", "apprec"),
    ("The Dutch steel group Hoogovens said it welcomed the possibility that the Polish mill might be sold "
     "again.", "welcom"),
    # a warning against a hope or a trend (no act of force named) is advice, not a threat
    ("Canadian bankers warn against expectations of a quick recovery in exports.", "warn"),
    # losing an election or a vote is a contest's result, not an attack
    ("The ruling party in Kerala was heavily defeated in the state election on Sunday.", "defeat"),
    ("The Irish government was defeated in a parliamentary vote on the budget.", "defeat"),
    # fighting hard to bring something about, with no opponent named, is striving, not combat
    ("Spanish farm ministers were fighting hard on Monday to prevent a deal on milk quotas from collapsing.", "fight"),
    # comparing two policies disapproves of no one; taking one's own legal advice meets no party
    ("The Dutch finance minister contrasted his approach with the Belgian minister's pledge not to raise taxes.",
     "contrast"),
    ("The Danish MP Lars Holm, who is consulting his lawyers, told Danish radio he would not resign.", "consult"),
    # a campaign or a policy aimed at a party or at firms strikes no one
    ("The Danish Social Democrats are sticking to their strategy of targeting the Liberal leader personally.",
     "target"),
    ("The Polish finance minister said only 20 large Polish steel firms would be targeted by the review.", "target"),
    # a party standing against a party or an office-holder contests an election
    ("The Danish Liberal Party and two centre parties are challenging the incumbent mayor, Lars Holm, who is "
     "backed by the Greens.", "challeng"),
    # a talk given to an audience; staging an occasion that is no meeting of parties
    ("The Danish premier Lars Holm was talking in Aarhus to 200 students when he made the remark.", "talk"),
    ("It will be the first time since 1950 that the Danish Social Democrats have chosen Aarhus to host the "
     "annual event.", "host"),
    # the second verb of a description in the present tense is a description too
    ("Danish schools may suspend pupils who bully or threaten other pupils.", "threat"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger) if e.modality not in ("negated",)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # guards: the readings that stay events
    ("The Italian foreign minister welcomed the Spanish proposal.", "welcom", {"SUPPORT", "AGREE"}),
    ("Iran warned against any attack on its embassy in Baghdad.", "warn", {"THREATEN"}),
    ("Government troops defeated the rebels in a battle near the border.", "defeat", {"ASSAULT"}),
    ("The Danish premier consulted his Swedish counterpart on the crisis.", "consult", {"CONSULT"}),
    ("Gunmen targeted the leader of the Danish Social Democrats outside his home.", "target", {"ASSAULT"}),
    ("The Danish Social Democrats challenged the Liberal Party over its tax plans.", "challeng", {"ACCUSE"}),
    ("The Danish premier talked to the Swedish premier about fishing quotas on Monday.", "talk", {"CONSULT"}),
    ("Sweden hosted the Danish premier Lars Holm in Stockholm on Monday.", "host", {"CONSULT"}),
    ("Tamil rebels fought government troops near Jaffna on Monday to retake the town.", "fought", {"ASSAULT"}),
    ("Finance ministers from France and Germany agreed on a common budget line on Monday.", "agree", {"AGREE"}),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = {e.event for e in fired(code_all(text), trigger) if e.modality != "negated"}
    assert got & plover, (text, got)
