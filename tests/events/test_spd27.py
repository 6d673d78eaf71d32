"""Speed work on the events stage (helper spd27): caches that must give what the uncached reads gave.

Classes: the parsed story's text, joined once per parse (``_syntax.doc_text``), is spaCy's ``Doc.text`` exactly,
for every parse its own; the rules reading it still place a guest's meeting with the host and a scene set by an
earlier sentence as before. Invented sentences only.
"""
from __future__ import annotations

import gc

import pytest

from eventwire.events import _syntax as syn
from eventwire.nlp import load_nlp

from story_helpers import location_of


@pytest.fixture(scope="module")
def nlp():
    from eventwire.config import Config

    return load_nlp(Config.load()["nlp.model"])


def test_story_text_is_the_parse_text_and_joined_once(nlp) -> None:
    doc = nlp("The visiting Ruritanian envoy met the foreign minister.\n\nTalks went on  late into the night.")
    text = syn.doc_text(doc)
    assert text == doc.text
    assert syn.doc_text(doc) is text  # the second read is the stored string, not a new join


def test_each_parse_keeps_its_own_text(nlp) -> None:
    first = nlp("Rebels shelled the port.")
    second = nlp("Rebels shelled the port on Tuesday.")
    assert syn.doc_text(first) == first.text and syn.doc_text(second) == second.text


def test_a_parse_gone_leaves_no_stored_text(nlp) -> None:
    doc = nlp("Police dispersed the marchers.")
    syn.doc_text(doc)
    before = len(syn._DOC_TEXTS)
    del doc
    gc.collect()
    assert len(syn._DOC_TEXTS) <= before - 1  # (other parses of the module may go in the same collection)


def test_talks_with_a_visiting_leader_are_at_the_host(pipeline) -> None:
    loc = location_of(pipeline, "Japan's prime minister held talks with the visiting Polish leader in a bid to "
                      "expand trade.", "talks", published="1987-05-03")
    assert loc.country_code == "JPN"


def test_a_scene_two_sentences_back_still_places_the_march(pipeline) -> None:
    text = ("Tension rose in Karachi on Monday after a bomb wrecked a market.\n\n"
            "Shops stayed shut across the city. Thousands of students marched to demand the arrest of the bombers.")
    loc = location_of(pipeline, text, "marched", published="1987-05-03")
    assert loc.country_code == "PAK"


@pytest.mark.parametrize(("sentence", "party", "guest"), [
    ("The minister met the visiting Ruritanian trade envoy on Monday.", "Ruritanian trade envoy", True),
    ("Visiting Ruritanian officials signed the accord.", "Ruritanian officials", True),  # any case, as before
    ("The minister met the Ruritanian trade envoy on Monday.", "Ruritanian trade envoy", False),  # no "visiting"
    ("The visiting envoy later met senior Ruritanian officials.", "Ruritanian officials", False),  # another, further on
    ("They were revisiting old Ruritanian claims.", "Ruritanian claims", False),  # not the word on its own
])
def test_a_guest_is_named_visiting_in_its_own_sentence(nlp, sentence, party, guest) -> None:
    from types import SimpleNamespace

    from eventwire.events._location import _guest
    from eventwire.model import Actor

    ctx = SimpleNamespace(sent_tokens=list(nlp(sentence)))
    assert _guest(ctx, Actor(entity_text=party, code="RUR")) is guest
