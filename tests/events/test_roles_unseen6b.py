"""Roles on unseen stories (audit 6b): invented sentences pinning where a side may and may not come from."""
from __future__ import annotations


def _in(events, kind, words):
    found = [e for e in events if e.event == kind and words in e.sentence]
    assert found, [(e.event, e.sentence[:60]) for e in events]
    return found[0]


def test_an_impersonal_that_clause_does_not_lend_its_dummy_subject_to_the_next_verb(code_all):
    # "said that it was too late and urged ...": "it" is a dummy subject; the one who urged is the minister.
    ev = _in(code_all("The French foreign minister said that it was too late for talks and urged Germany to act."),
             "REQUEST", "urged")
    assert [a.code for a in ev.actor] == ["FRA"]
    assert [r.code for r in ev.recipient] == ["DEU"]
    assert any("actor from nsubj 'minister'" in n for n in ev.explanation.notes)
