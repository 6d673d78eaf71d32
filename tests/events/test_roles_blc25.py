"""Parties of an event, session 25 (blc25): people of a bloc or body named with "from" are the bloc, a capitalised
"the Group" repeats a coded bloc named before, and the bare members of a council in a story about one bloc are
that bloc. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _parties(pipe, text, kind, date="1987-05-04"):
    doc = pipe.process_text(text, published=date)
    return [([a.code for a in ev.actor], [a.code for a in ev.recipient]) for ev in doc.events if ev.event == kind]


@pytest.mark.parametrize("text,kind", [
    ("Envoys from the Arab League met Lebanese leaders in Beirut on Tuesday.", "CONSULT"),
    ("Finance ministers from the six-member Gulf Cooperation Council approved a common tariff.", "AGREE"),
    ("Delegates from the OAU condemned the raid on Angola.", "ACCUSE"),
    ("A delegation from the Paris Club will meet Peruvian officials in Lima next week.", "AGREE"),
])
def test_people_from_a_bloc_are_the_bloc_not_the_country_around_them(pipe, text, kind):
    got = _parties(pipe, text, kind)
    assert got and got[0][0] == ["IGO"], got


def test_the_group_repeats_a_coded_bloc_named_before(pipe):
    text = ("Ministers of the Andean Group met in Quito on Friday. "
            "The Group criticised the United States for its new tariffs on textiles.")
    got = _parties(pipe, text, "ACCUSE")
    assert got and got[0][0] == ["IGO"], got


def test_the_group_after_a_name_no_table_codes_stays_unknown(pipe):
    text = "Officials of the Zorvan Group met Kenyan ministers. The Group criticised the new import tax."
    for actors, _ in _parties(pipe, text, "ACCUSE"):
        assert "IGO" not in actors


def test_bare_ministers_in_a_story_about_one_bloc_are_the_bloc(pipe):
    text = ("BRUSSELS, May 4 - European Community farm commissioner Hans Jansen welcomed the deal on milk quotas. "
            "After two days of talks, ministers agreed new rules for butter stocks.")
    got = _parties(pipe, text, "AGREE")
    assert any(actors == ["EUR"] for actors, _ in got), got


def test_bare_ministers_in_a_home_story_take_no_bloc(pipe):
    text = "LONDON, May 4 - The European Union warned Britain over its budget. Ministers rejected the warning."
    for actors, _ in _parties(pipe, text, "REJECT"):
        assert "EUR" not in actors
