"""Attribution, att29 (twenty-seventh session): who says so, on invented sentences, along two axes.

The reporting frame, shared by verbs, nouns and expletives:
- a verb that tells outside the reporting verbs ("Officials divulged that ...") frames its clause;
- a hearsay verb in the passive with no teller ("It is understood that ...") puts the clause on unnamed sources;
- a report noun frames its "that" clause and is by whom its "by"/"from" object or possessor is ("an announcement
  by the Foreign Office that ..."); reports by no one named are the press's.

The speaker's kind, read from the speaker's phrase and what it stands for:
- a relative clause on the speaker says more of it, not who it is ("..., whose staff wrote the report");
- a spokesman is the kind of source he speaks for ("a spokesman for the Textile Federation": organization);
- a phrase opened by an article or a pronoun is not a personal name ("The European Community", "It");
- "it" stands for the body that spoke in the sentences before;
- dealers, traders and delegates known only by their role are unnamed sources, as officials are.
"""
from __future__ import annotations

import pytest

from eventwire.events._attribution import classify_source

PUBLISHED = "1987-04-20"


def _kinds(code_all, text: str, plover: str) -> list[set[str]]:
    return [{a.type for a in e.attribution} for e in code_all(text) if e.event == plover]


@pytest.mark.parametrize("verb", ["divulged", "leaked"])
def test_a_telling_verb_outside_the_reporting_verbs_frames_its_clause(code_all, verb):
    kinds = _kinds(code_all, f"Peruvian officials {verb} on Friday that Peru had expelled two Bolivian diplomats.",
                   "SANCTION")
    assert kinds and all(k == {"anonymous"} for k in kinds)


@pytest.mark.parametrize("frame", ["It is understood that", "It is understood", "It is known that"])
def test_a_passive_hearsay_verb_puts_the_act_on_unnamed_sources(code_all, frame):
    kinds = _kinds(code_all, f"{frame} Peru has expelled two Bolivian diplomats.", "SANCTION")
    assert kinds and all(k == {"anonymous"} for k in kinds)


@pytest.mark.parametrize("noun", ["an announcement by the Peruvian Foreign Ministry",
                                  "a statement from the Peruvian Foreign Ministry",
                                  "the Peruvian Foreign Ministry's announcement"])
def test_a_report_noun_is_by_its_teller(code_all, noun):
    kinds = _kinds(code_all, f"The protest followed {noun} that Peru had expelled two Bolivian diplomats.",
                   "SANCTION")
    assert kinds and all(k == {"official"} for k in kinds)


def test_a_report_noun_with_no_teller_is_the_press(code_all):
    kinds = _kinds(code_all, "Markets fell on reports that Peru had expelled two Bolivian diplomats.", "SANCTION")
    assert kinds and all(k == {"media"} for k in kinds)


@pytest.mark.parametrize("phrase, kind", [
    ("Senator Ames, of Ohio, and fellow Democrat Tom Reyes, whose staff wrote the report", "official"),
    ("Ames, who chairs the press committee", "person"),
    ("a spokesman for the Taiwan Textile Federation", "organization"),
    ("a spokeswoman for the Peruvian Foreign Ministry", "official"),
    ("a spokesman for the airline", "organization"),
    ("The European Community", "official"),
    ("It", "official"),
    ("Ana Ruiz", "person"),
    ("currency dealers here", "anonymous"),
    ("Tokyo traders", "anonymous"),
    ("producer delegates", "anonymous"),
    ("the national farmers' federation", "organization"),
])
def test_the_speakers_kind_from_its_phrase(phrase, kind):
    assert classify_source(phrase) == kind


def test_it_stands_for_the_body_that_spoke_before(code_all):
    text = ("The Peruvian Foreign Ministry said on Monday it would review ties with Bolivia. "
            "It said Peru had expelled two Bolivian diplomats.")
    kinds = _kinds(code_all, text, "SANCTION")
    assert kinds and all(k == {"official"} for k in kinds)


@pytest.mark.parametrize("source", ["the Peruvian Foreign Ministry", "a Foreign Ministry spokesman"])
def test_a_reporting_verb_still_frames_first(code_all, source):
    kinds = _kinds(code_all, f"{source} said that Peru had expelled two Bolivian diplomats.", "SANCTION")
    assert kinds and all(k == {"official"} for k in kinds)


@pytest.mark.parametrize("phrase, kind", [
    ("Culture, Media and Sport Secretary Ana Ruiz", "official"),
    ("the Broadcasting Minister", "official"),
    ("NBC News", "media"),
    ("the state radio", "media"),
    ("several television networks", "media"),
    ("Eighteen investment firms", "organization"),
    ("leaders of three farmers' organisations", "organization"),
    ("many teachers in Lima", "person"),
    ("striking miners", "person"),
    ("the farmers' union", "organization"),
    ("The British public", "person"),
    ("the Public Accounts Committee", "organization"),
])
def test_word_classes_of_the_speaker(phrase, kind):
    assert classify_source(phrase) == kind



def test_a_spokesman_for_a_federation_named_after_a_state_speaks_for_the_federation():
    class Taiwan:
        label, sector, code = "GPE", None, "TWN"

    assert classify_source("a spokesman for the Taiwan Textile Federation", Taiwan()) == "organization"


def test_a_state_described_by_a_people_word_stays_a_state():
    class China:
        label, sector, code = "GPE", None, "CHN"

    assert classify_source("The world's biggest tobacco consumer, China", China()) == "official"
