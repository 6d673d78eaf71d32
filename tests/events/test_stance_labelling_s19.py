"""Verdicts by labelling, nineteenth session (rc19): "called / described as / labelled" with a condemning word
is criticism (manual ACCUSE 'disapprove') whatever is labelled, a party's act or any other thing that is not the
speaker's own ("described the explanation as insufficient", "called the sentence harsh"); a quoted verdict the
parser hangs on the object, and one of two coordinated words, count. Invented sentences."""
from __future__ import annotations

PUBLISHED = "2006-07-03"


def _events(code_all, text):
    return [(e.event, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text)]


def test_a_quoted_verdict_on_a_court_is_criticism(code_all):
    got = _events(code_all, "Pakistan's foreign minister labelled the Indian court \"illegal and incompetent\".")
    assert any(e == "ACCUSE" and a == ["PAK"] for e, a, r in got), got


def test_a_quoted_condemning_word_after_the_object_is_criticism(code_all):
    got = _events(code_all, "The French foreign minister called the American tariffs \"absurd\".")
    assert any(e == "ACCUSE" and a == ["FRA"] and r == ["USA"] for e, a, r in got), got


def test_a_verdict_on_one_s_own_plan_is_no_criticism(code_all):
    got = _events(code_all, "The Chilean minister described our plan as flawed.")
    assert not any(e == "ACCUSE" for e, a, r in got), got
