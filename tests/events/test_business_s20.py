"""Political acts inside business news (twentieth session, biz20), each rule pinned on sentences written for
the test.

01 (patch /tmp/ana/biz20/01-participle-agent.patch): an event noun with a passive participle that names its
doer ("the accord reached by the ministers", "a lawsuit filed by the government", "the sanctions imposed by the
EC") is told as done, and the "by" phrase is its actor; a participle that only plans or puts forward ("talks
proposed by France") tells nothing done, nor does one whose verb is not the noun's own light verb ("the support
shown by the farmers"), one counted in a collection ("a series of agreements reached by Oman") or a firm's
dealing ("loans given by the bank").

The tests skip until the patch is in the tree (they look for the function it adds, not at source text)."""
from __future__ import annotations

import pytest

from eventwire.events import _triggers

PUBLISHED = "1987-06-10"

HAS_01 = hasattr(_triggers, "done_by_agent")


def _parse(text):
    from eventwire.nlp import load_nlp  # the parser the coder reads

    return load_nlp()(text)


def _events(code_all, text, published=PUBLISHED):
    return [(e.event, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text, published=published)]


# --- 01: a participle with a "by" phrase names who did the act -----------------------------------------------

@pytest.mark.skipif(not HAS_01, reason="patch 01 not applied")
def test_lawsuit_filed_by_a_government_is_its_accusation(code_all):
    got = _events(code_all, "The lawsuit filed by the Chilean government against the mining firm was heard "
                            "on Monday.")
    assert any(e == "ACCUSE" and a == ["CHL"] for e, a, r in got), got


@pytest.mark.skipif(not HAS_01, reason="patch 01 not applied")
def test_sanctions_imposed_by_the_community_are_its_own(code_all):
    got = _events(code_all, "The sanctions imposed by the European Community last year have cut Libya's oil sales.")
    assert any(e == "SANCTION" and a == ["EUR"] for e, a, r in got), got


@pytest.mark.skipif(not HAS_01, reason="patch 01 not applied")
def test_proposed_talks_have_no_doer(code_all):
    got = _events(code_all, "The talks proposed by France would open in Geneva next month, a diplomat said.")
    assert not any(e in ("CONSULT", "AGREE") and "FRA" in a for e, a, r in got), got


@pytest.mark.skipif(not HAS_01, reason="patch 01 not applied")
def test_participle_with_agent_tells_the_noun_done():
    doc = _parse("The agreement reached by the two governments ended the dispute.")
    noun = next(t for t in doc if t.lower_ == "agreement")
    done = _triggers.done_by_agent(noun)
    assert done is not None and done.lower_ == "reached"
    told = _triggers.told_occurrence(noun)
    assert told is not None and told.i == done.i


@pytest.mark.skipif(not HAS_01, reason="patch 01 not applied")
@pytest.mark.parametrize("text, noun", [
    ("The minister praised the loyal support shown by the farmers during the drought.", "support"),
    ("The bank took over a loan contracted by its Panama subsidiary last year.", "loan"),
    ("The talks proposed by Norway have not been scheduled.", "talks"),
    ("The accord is the third in a series of agreements reached by Oman this year.", "agreements"),
    ("The inquiry concerns loans given by the bank to a shipping company.", "loans"),
])
def test_participle_that_is_not_the_nouns_own_act_names_no_doer(text, noun):
    doc = _parse(text)
    tok = next(t for t in doc if t.lower_ == noun)
    assert _triggers.done_by_agent(tok) is None
