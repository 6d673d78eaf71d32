"""Actors the tables cannot resolve (session 24, act26). An office holder no table knows, in a story filed from the
state it names most, holds that state's office even when another state is named too often for the story's home
country; and a bare surname repeating a person the story introduced with a post goes on with that post's state,
not with a namesake in the actor tables. Invented stories."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _parties(pipe, text, kind):
    doc = pipe.process_text(text, published="1987-03-03")
    return [([a.code for a in ev.actor], [r.code for r in ev.recipient]) for ev in doc.events if ev.event == kind]


DATELINE_HOME = [
    ("TAIPEI, March 3 - Economics minister Lee Ta-hai urged exporters to find new markets. Taiwan's surplus with "
     "the United States rose last year. American buyers take half of Taiwan's exports. Washington wants the "
     "surplus cut.", "REQUEST", "TWN"),
    ("BANGKOK, March 3 - Commerce minister Kosol Krairiksh urged rice exporters to cut prices. Thailand's rice "
     "sales to the United States fell last year. American subsidies hurt Thailand's farmers. Washington has "
     "defended the subsidies.", "REQUEST", "THA"),
]


@pytest.mark.parametrize("text,kind,state", DATELINE_HOME)
def test_a_titled_official_takes_the_dateline_state_the_story_names_most(pipe, text, kind, state):
    assert any(state in actors for actors, _ in _parties(pipe, text, kind)), _parties(pipe, text, kind)


def test_a_dateline_the_story_names_less_than_another_state_lends_nothing(pipe):
    text = ("CAIRO, March 3 - Trade minister Kamal Reda criticised delays in food shipments. Israel and Jordan "
            "signed a water accord last week. Israeli officials said Jordan would receive more water. Jordan's "
            "king welcomed the accord.")
    assert all("EGY" not in actors for actors, _ in _parties(pipe, text, "ACCUSE"))


NAMESAKE = [
    ("WASHINGTON, March 3 - U.S. Deputy Trade Representative Michael Smith criticised Japan's curbs on beef "
     "imports. Smith urged Tokyo to open its market to American farmers. He said talks would continue next month. "
     "Japan has rejected earlier requests.", "REQUEST", "USA", "JPN"),
    ("GENEVA, March 3 - American trade envoy Michael Smith accused the European Community of subsidising grain "
     "exports. Smith threatened retaliatory tariffs if the subsidies continued. The Community denied the charge. "
     "Officials said talks would resume.", "THREATEN", "USA", "EUR"),
]


@pytest.mark.parametrize("text,kind,actor,recipient", NAMESAKE)
def test_the_storys_titled_person_outranks_a_namesake_in_the_tables(pipe, text, kind, actor, recipient):
    got = _parties(pipe, text, kind)
    assert got and all(actor in a and "IRL" not in a for a, _ in got), got
    assert all("IRL" not in r for _, r in got), got
    assert any(recipient in r for _, r in got), got


def test_a_person_the_tables_know_keeps_his_code_when_his_title_agrees(pipe):
    text = ("DUBLIN, March 3 - Irish minister Michael Smith criticised Britain's fishing quotas. Smith urged London "
            "to reopen the talks. Ireland's fishermen have protested for weeks. Britain has refused to move.")
    got = _parties(pipe, text, "REQUEST")
    assert all("USA" not in a for a, _ in got), got


def test_a_firm_whose_name_begins_with_a_title_word_is_no_office_holder(pipe):
    text = ("CHICAGO, March 3 - General Holdings said it would negotiate terms of its offer for Acme Corp. The "
            "General Holdings offer is subject to financing. Acme's shares rose in Chicago trading. Analysts in "
            "Canada said the offer was low.")
    doc = pipe.process_text(text, published="1987-03-03")
    assert all("MIL" not in [a.sector for a in ev.actor] for ev in doc.events), \
        [(ev.event, [(a.code, a.sector) for a in ev.actor]) for ev in doc.events]
