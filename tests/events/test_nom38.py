"""Precision of event nouns (nom38). Seven precision audits found events triggered by an event noun right 33 times in
65. Two kinds of wrong ones share one trait, that the noun names no act of the story's time: a noun that only
qualifies another noun ("a navy battle group", "a strike ballot") and an act a party hopes, waits or prepares for
("is hoping for talks", "looks forward to the talks", "is preparing lawsuits"). Nouns told as done, an aggregate that holds the act ("strike action", "picket
lines", "aid convoys") and acts consented to ("willing to resume talks") stay. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import coded


@pytest.mark.parametrize("text, trigger", [
    ("A French navy battle group sailed into the eastern Mediterranean on Monday.", "battle"),
    ("The Danish dockers' union will hold a strike ballot among its members next month.", "strike"),
    ("Refugees fled the war zone along the Ethiopian border last week.", "war"),
])
def test_a_noun_that_only_qualifies_another_is_no_event(code_all, text, trigger):
    assert not coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Chile is hoping for talks with Peru on the fishing dispute, officials said.", "talks"),
    ("Thailand is waiting for an agreement with Burma on the border crossings.", "agreement"),
    ("Peru is eager for negotiations with Chile over the disputed border.", "negotiations"),
    ("Iran is preparing lawsuits against the United States over the raid, the radio said.", "lawsuits"),
    ("The Kenyan president said he was looking forward to his talks with the Ugandan leader.", "talks"),
])
def test_an_act_awaited_is_not_told_as_done(code_all, text, trigger):
    assert not coded(code_all, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Talks between Chile and Peru on the fishing dispute took place in Lima on Tuesday.", "talks"),
    ("The Chilean minister spoke to reporters after talks with Peru's foreign minister.", "talks"),
    ("Protests by Dutch farmers against the new milk quotas spread to The Hague on Monday.", "protests"),
    ("Aid convoys from Jordan reached the besieged town on Tuesday.", "aid"),
    ("The general strike by Bolivian miners entered its third day on Wednesday.", "strike"),
    ("Striking miners set up picket lines outside three Ontario pits on Monday.", "picket"),
    ("The Kenyan minister said a breakthrough was hoped for during next week's visit to Nairobi.", "visit"),
])
def test_an_act_told_as_done_stays(code_all, text, trigger):
    assert coded(code_all, text, trigger)
