"""Precision fixes from the tenth audit, second round (issue p10b) on 25 unseen Reuters-21578 wire
items: forecasts hedged with "likely", a time clause that waits on an act not yet done ("until Turkey
withdraws"), a conditional harm announced as likely (a threat), and a text discussed by one party (no
meeting). Each case is an invented sentence, coded with no confidence floor so a trigger that still
fired would show up, plus guards for the real events next to each rule."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-03-20"


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix`` (the sentence-model fallback included)."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)]


@pytest.mark.parametrize("text, trigger", [
    # "will likely" / "would likely" is a guess at what will happen, like "probably would"
    ("Officials said the Danish cabinet will likely approve the fishing accord with Norway next month.", "approv"),
    ("Diplomats said Peru would likely recall its ambassador from Chile.", "recall"),
    # a time clause that waits on an act: what it names has not happened
    ("The Cypriot president said talks could not resume until Turkey withdraws its troops from the island.", "withdr"),
    ("The Maltese minister said Malta can sign the accord once Libya releases the fishermen.", "releas"),
    # a time allowed for an act (a procedure) is no act done
    ("The Peruvian congress has 60 days to reject the treaty with Ecuador.", "reject"),
    ("Striking Bolivian miners vowed to stay in the building until the government frees their leaders.", "free"),
])
def test_not_asserted(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert all(m == "hypothetical" for _, m in got), (text, got)


@pytest.mark.parametrize("text, trigger", [
    # one party discussing a text alone (a speech topic, an agenda item) meets no one
    ("The Brazilian president will discuss the commission's report in a televised address on Friday.", "discuss"),
    ("The Chilean senate was to have discussed a draft law on press freedom next week.", "discuss"),
    ("The Chilean senate was to have discussed a draft law that would curb the power of Santiago's mayors.",
     "discuss"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # a bill or budget defeated is voted down (REJECT), not attacked
    ("The Belgian premier's tax bill was defeated in the lower house on Tuesday.", "defeat", "REJECT"),
    ("The opposition defeated the Danish government's budget in parliament on Tuesday.", "defeat", "REJECT"),
    # harm announced as likely on a condition is a threat, as "would retaliate if" is
    ("If Chile closed its ports, Argentina would be likely to retaliate against Chilean ships, the envoy said.",
     "retaliat", "THREATEN"),
])
def test_right_type(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert got and all(t == plover for t in got), (text, got)


@pytest.mark.parametrize("text, trigger, plover, modality", [
    # an unhedged plan stays future; "likely" as an adjective ("is likely to") keeps its own reading
    ("The Danish cabinet will approve the fishing accord with Norway next month.", "approv", "AGREE", "future"),
    # forces defeated stay an attack
    ("Government troops defeated the rebels near the Ugandan border.", "defeat", "ASSAULT", "asserted"),
    # a past time clause that did happen stays asserted
    ("The rebels did not leave the town until government troops attacked it on Monday.", "attack", "ASSAULT",
     "asserted"),
    ("Talks resumed after Turkey withdrew its troops from the island.", "withdr", "RETREAT", "asserted"),
    # an ultimatum that gives a party hours to act stays a threat
    ("Chile gave Peru 48 hours to withdraw its troops from the border.", "gave", "THREATEN", "asserted"),
    # two parties discussing a text, or one discussing it with another, meet
    ("The Brazilian president will discuss the commission's report with the Argentine foreign minister on Friday.",
     "discuss", "AGREE", "future"),
    # a plan that names another party may be discussed with it: left a meeting
    ("Kenya was discussing plans to buy Ugandan power, the Ugandan minister said.", "discuss", "CONSULT", "asserted"),
    ("Greek and Turkish officials discussed the draft accord in Geneva on Tuesday.", "discuss", "CONSULT", "asserted"),
    ("The Brazilian president discussed the debt with the Argentine foreign minister on Friday.", "discuss",
     "CONSULT", "asserted"),
])
def test_still_an_event(code_all, text, trigger, plover, modality):
    got = [(e.event, e.modality) for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert (plover, modality) in got, (text, got)
