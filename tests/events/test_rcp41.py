"""Who did what to whom (session 41, rcp41): force used to disperse a crowd is aimed at the crowd; a state's own people
protesting with no target named protest to their government; a document's author speaks through it; a creditor
banks' advisory or steering committee is a firm (MNC), not the debtor state it is named after. Invented sentences."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipe(pipeline):
    return pipeline  # the session's shared pipeline (tests/conftest.py): no second model load


def _events(pipe, text, kind):
    doc = pipe.process_text(text, published="1987-04-02")
    return [ev for ev in doc.events if ev.event == kind]


def _codes(side):
    return sorted({a.code for a in side if a.code})


# -- 1. force used to disperse a crowd ------------------------------------------------------------------------------

DISPERSED = [
    # a purpose clause after the force's act names the crowd; another state named in the crowd's phrase is no target
    ("QUITO, April 2 - Ecuadorean riot police fired tear gas to disperse 500 striking teachers blocking the convoy of the "
     "visiting Spanish prime minister, officials said.", "ECU", "ESP"),
    # "broke up" a gathering: those it is "by" are the crowd
    ("MANILA, April 2 - Soldiers fired tear gas to break up a march by 3,000 farmers near the palace.", "PHL", None),
]


@pytest.mark.parametrize("text,crowd,not_target", DISPERSED)
def test_force_used_to_disperse_a_crowd_is_aimed_at_the_crowd(pipe, text, crowd, not_target):
    evs = _events(pipe, text, "ASSAULT") + _events(pipe, text, "COERCE")
    assert evs, text
    assert all(_codes(ev.recipient) == [crowd] for ev in evs), [(_codes(e.actor), _codes(e.recipient)) for e in evs]
    assert not any(not_target in _codes(ev.recipient) for ev in evs)


def test_the_force_that_breaks_up_a_rally_does_not_hold_it(pipe):
    text = "MANILA, April 2 - Soldiers fired tear gas to break up a march by 3,000 farmers near the palace."
    protests = _events(pipe, text, "PROTEST")
    assert not any(a.sector in ("MIL", "COP") for ev in protests for a in ev.actor), \
        [[(a.code, a.sector) for a in ev.actor] for ev in protests]


# -- 2. domestic protest with no target named -----------------------------------------------------------------------

DOMESTIC_PROTESTS = [
    ("Thousands of Greek farmers staged a protest on Tuesday.", "GRC"),
    ("Portuguese dockers began a three-day strike on Monday.", "PRT"),
    # an opposition's protest too
    ("ATHENS, April 2 - Debate stalled because of an opposition boycott of parliament in protest against a fuel tax.",
     "GRC"),
]


@pytest.mark.parametrize("text,state", DOMESTIC_PROTESTS)
def test_a_states_people_protesting_with_no_target_protest_to_its_government(pipe, text, state):
    evs = _events(pipe, text, "PROTEST")
    assert evs, text
    assert any(r.code == state and r.sector == "GOV" for ev in evs for r in ev.recipient), \
        [[(r.code, r.sector) for r in ev.recipient] for ev in evs]


def test_a_protest_with_a_named_target_keeps_it(pipe):
    evs = _events(pipe, "Greek farmers demonstrated against Turkey on Tuesday.", "PROTEST")
    assert evs and not any(r.code == "GRC" and r.sector == "GOV" for ev in evs for r in ev.recipient)


def test_a_protest_by_the_government_gets_no_home_target(pipe):
    evs = _events(pipe, "The Greek government protested on Tuesday.", "PROTEST")
    assert not any(r.code == "GRC" and r.sector == "GOV" for ev in evs for r in ev.recipient)


# -- 3. the author of a document acts through it --------------------------------------------------------------------

AUTHORED = [
    ("The draft resolution, sponsored by Canada, condemns Libya for the raid.", "ACCUSE", "CAN", "LBY"),
    ("A statement issued by the Foreign Ministry in Tokyo accused Moscow of violating the treaty.", "ACCUSE", "JPN",
     "RUS"),
]


@pytest.mark.parametrize("text,kind,author,target", AUTHORED)
def test_a_documents_author_is_the_actor(pipe, text, kind, author, target):
    evs = _events(pipe, text, kind)
    assert any(author in _codes(ev.actor) for ev in evs), [(_codes(e.actor), _codes(e.recipient)) for e in evs]


def test_a_documents_supporter_is_not_its_author(pipe):
    evs = _events(pipe, "The draft resolution, backed by Canada, condemns Libya for the raid.", "ACCUSE")
    assert not any("CAN" in _codes(ev.actor) for ev in evs)


# -- 4. creditor banks' committees ----------------------------------------------------------------------------------

COMMITTEES = [
    ("The steering committee of foreign commercial banks rejected Peru's request for new terms.", "REJECT", "actor"),
    ("Chile's 12-bank advisory committee urged the government to resume interest payments.", "REQUEST", "actor"),
    ("Venezuela agreed with its bank advisory committee on a new rescheduling plan.", "AGREE", "recipient"),
]


@pytest.mark.parametrize("text,kind,side", COMMITTEES)
def test_a_creditor_banks_committee_is_a_firm(pipe, text, kind, side):
    evs = _events(pipe, text, kind)
    assert any("MNC" in _codes(getattr(ev, side)) for ev in evs), [(_codes(e.actor), _codes(e.recipient)) for e in evs]


def test_a_banks_own_committee_is_no_creditors_committee(pipe):
    from eventwire.events._roles import _bank_committee
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The central bank's monetary committee raised interest rates.")
    committee = next(t for t in doc if t.lemma_ == "committee")
    assert not _bank_committee(committee)


# -- 5. a list of states read as an apposition ----------------------------------------------------------------------

def test_every_state_of_a_list_parsed_as_an_apposition_acts(pipe):
    text = "BRUSSELS, April 2 - Spain, West Germany, Greece and the Netherlands have rejected the Commission's plan."
    evs = _events(pipe, text, "REJECT")
    assert any({"ESP", "DEU", "GRC", "NLD"} <= set(_codes(ev.actor)) for ev in evs), [_codes(e.actor) for e in evs]
    assert not any("DEU" in _codes(ev.recipient) for ev in evs)


def test_a_state_with_a_description_in_apposition_is_one_actor(pipe):
    from eventwire.events._roles import _listed_states
    from eventwire.nlp import load_nlp

    class _Ent:
        code = "GBR"

    doc = load_nlp()("Britain, the main contributor, opposes the increase.")
    ctx = type("C", (), {"entity_at": {0: _Ent()}})()
    assert _listed_states(ctx, doc[0]) == []


# -- 6. places and peoples the actor tables confuse with another country --------------------------------------------

def test_a_province_demonym_is_not_the_countrys_namesake(pipe):
    evs = _events(pipe, "OTTAWA, April 2 - British Columbian teachers began a two-day strike on Monday.", "PROTEST")
    assert evs and all(_codes(ev.actor) == ["CAN"] for ev in evs), [_codes(e.actor) for e in evs]


def test_a_town_pinned_down_by_its_region_is_of_that_regions_country(pipe):
    evs = _events(pipe, "The mayor of Kimberley, British Columbia, criticised the new mining rules.", "ACCUSE")
    assert evs and all(_codes(ev.actor) == ["CAN"] for ev in evs), [_codes(e.actor) for e in evs]
