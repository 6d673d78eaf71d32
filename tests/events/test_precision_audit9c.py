"""Precision fixes from a third round of the ninth audit (issue p9c: events coded where an analyst
codes none) on 30 unseen Reuters-21578 wire items on politics, trade disputes and conflict. Each case
is an invented sentence, coded with no confidence floor so a trigger that still fired would show up,
plus guards for the reading that stays an event."""
from __future__ import annotations

import pytest


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("text, trigger", [
    # a standing policy told in the habitual present describes, it reports no act of the day
    ("Norway traditionally opposes extending voting rights to foreign residents and requires new "
     "citizens to renounce their old passports.", "renounc"),
    ("Chile usually condemns nuclear tests.", "condemn"),
    # a person setting off from a city travels; a result that a thing brings about withdraws nobody
    ("The Chilean envoy said before leaving Lima yesterday that he carried no new offer.", "leav"),
    ("The new levy would have left Portugal worse off by 300 million dlrs, officials said.", "left"),
    # a meeting that closes was held, not rejected
    ("Ministers ended a long cabinet meeting late on Tuesday without comment.", "end"),
    # sharing an opinion is no accord
    ("The finance minister also agreed with the need for the central bank to sell more bonds.", "agree"),
    # how things stand now, said of a thing, is a complaint, no threat; a thing bearing out a view
    # endorses no party; a head of state's own order is no accord
    ("The Danish envoy warned Sweden that friction over fishing quotas is hurting relations between the "
     "two countries.", "warn"),
    ("The stance taken by the Danish experts backs up the position of the Dutch government.", "back"),
    ("The Dutch president signed an order allowing arms sales to Belgium to continue.", "sign"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    ("Argentine troops left Lima on Tuesday.", "left", "RETREAT"),
    ("Chile condemned the nuclear test on Monday.", "condemn", "ACCUSE"),
    ("Ministers broke off talks with Chile.", "broke", "REJECT"),
    ("Peru and Chile agreed with the Bolivian proposal.", "agree", "SUPPORT"),
    ("The Danish envoy warned Sweden that Denmark would impose sanctions.", "warn", "THREATEN"),
    ("The Danish envoy warned that Swedish troops are massing on the border.", "warn", "THREATEN"),
    ("The Dutch government backed Belgium.", "back", "SUPPORT"),
    ("The parliamentary resolution supports negotiations with Belgium on a trade pact.", "support", "SUPPORT"),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got, (text, got)


@pytest.mark.parametrize("text", [
    "The new tariff seems to be aimed at Peru.",
    "The Chilean position remains unclear, diplomats said.",
])
def test_sentence_model_fallback_skips_linking_verbs(monkeypatch, text):
    # A linking verb says how things look or stand; the model's guess cannot make it an act.
    from eventwire.config import Config
    from eventwire.events import _coder
    from eventwire.pipeline import Pipeline

    sure = {"NONE": 0.05, "RETREAT": 0.95}
    monkeypatch.setattr(_coder, "_sentence_probs", lambda text: (dict(sure), {0: 0.05, 1: 0.95}))
    pipe = Pipeline(Config.load().with_overrides({"events": {"min_confidence": 0.0, "verifier_min": 0.0}}))
    events = pipe.process_text(text).events
    assert not [e for e in events if "sentence model" in e.explanation.rule], text
