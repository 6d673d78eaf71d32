"""Precision fixes from the eleventh audit (issue p11) on 25 unseen Reuters-21578 wire items: an accord's
content told as if the text acted ("the pact calls for elections"), a diplomatic protest sent or made to
another government (ACCUSE, not a street protest), a warning of an economic trend (a forecast, not a
threat), a subject that says no one acted ("neither X nor Y accepted"), a request submitted (REQUEST, not
CONCEDE), loan terms read as a prison term, an industry "injured" by imports, a deferral and a connective
"in addition to". Each case is an invented sentence, coded with no confidence floor so a trigger that
still fired would show up, plus guards for the real events next to each rule."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-03-20"


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix`` (the sentence-model fallback included)."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)]


@pytest.mark.parametrize("text, trigger", [
    # an accord does nothing: what it calls for, gives, allows or breaches is its content
    ("The peace accord calls for the withdrawal of Ugandan troops from the border.", "call"),
    ("The new fishing pact gives Chilean trawlers access to Argentine waters.", "give"),
    ("The treaty breached the Maltese constitution by allowing Libya to station troops on the island.", "breach"),
    # an existing accord whose terms are told is no new agreement
    ("The Geneva accord envisaged Peru and Chile cutting their military budgets.", "accord"),
    # a warning of an economic trend is a forecast
    ("The Malaysian minister warned of a sharp fall in tin prices.", "warn"),
    ("The IMF warned of slower growth in Latin America.", "warn"),
    # deferring a decision postpones it and accuses no one
    ("The Security Council deferred a decision on the Libyan complaint.", "defer"),
    # "in addition to" is a connective, not the "expect in" pattern's preposition
    ("In addition to seeking new loans, the Bolivian minister is expected to endorse the plan.", "expect"),
    # an industry injured by imports is economic harm, no one struck
    ("Korean shipments of steel have injured the American steel industry.", "injur"),
    # terms (conditions) given are no prison term
    ("The new loan will give the Bolivian government better repayment terms.", "give"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # a protest sent, made, delivered or issued to another government is a complaint in words
    ("Norway sent a formal protest to Moscow over the seizure of a trawler.", "sent", "ACCUSE"),
    ("Seoul made a strong protest to Tokyo about the new school textbook.", "made", "ACCUSE"),
    ("Peru delivered a strong protest to Quito about the border incident.", "deliver", "ACCUSE"),
    ("Beijing issued a protest against the planned visit of the Dalai Lama.", "issu", "ACCUSE"),
    # a note of protest handed over or a protest note delivered is the same complaint
    ("The Greek ambassador handed over a note of protest to the Turkish foreign ministry.", "hand", "ACCUSE"),
    ("Manila delivered a protest note to the Chinese embassy over the shooting.", "deliver", "ACCUSE"),
    # submitting a request or an application asks for something
    ("Bolivia will formally submit its request for a larger tin quota at the next council meeting.", "submit",
     "REQUEST"),
    ("Turkey submitted an application to join the European Community.", "submit", "REQUEST"),
])
def test_right_type(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert got and all(t == plover for t in got), (text, got)


@pytest.mark.parametrize("text, trigger", [
    # a subject that says no one did it
    ("Neither Greece nor Turkey withdrew its troops from the island.", "withdr"),
    ("Neither the Kenyan president nor his prime minister accepted the rebels' proposals.", "accept"),
])
def test_negated(code_all, text, trigger):
    # negated events are not reported by default: none may be reported as done (a proposal nobody
    # accepted is turned down, REJECT, since the thirteenth session: tests/events/test_coder_s13_lead.py)
    got = [(e.event, e.modality) for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert all(m == "negated" or t == "REJECT" for t, m in got), (text, got)


@pytest.mark.parametrize("text, trigger, plover, modality", [
    # the parties that sign an accord act; a body's resolution keeps its call; an accord rejected is rejected
    ("Israel and Egypt signed an agreement that calls for a withdrawal from Sinai.", "sign", "SUPPORT", "asserted"),
    ("The Security Council resolution called on Iraq to withdraw its forces.", "call", "REQUEST", "asserted"),
    ("The rebels rejected the peace agreement.", "reject", "REJECT", "asserted"),
    # warnings of retaliation or sanctions stay threats
    ("Washington warned of retaliation against Japanese chip makers.", "warn", "THREATEN", "asserted"),
    ("The EC warned of possible sanctions against Pretoria.", "warn", "THREATEN", "asserted"),
    # a street protest stays a protest; a protest lodged stays ACCUSE
    ("Thousands of students staged a protest outside the parliament in Seoul.", "stag", "PROTEST", "asserted"),
    ("Japan lodged a protest with Moscow over the seizure of a fishing boat.", "lodg", "ACCUSE", "asserted"),
    # territory handed over stays a retreat
    ("The rebels handed over the town of Gulu to government troops.", "hand", "RETREAT", "asserted"),
    # "no fewer than" counts the actors; plural subjects acted
    ("No fewer than twenty soldiers attacked the village near the Ugandan border.", "attack", "ASSAULT", "asserted"),
    ("Greece and Turkey withdrew their troops from the island.", "withdr", "RETREAT", "asserted"),
    # people injured by a bomb, an attack or police stay an assault
    ("The attack injured two Israeli soldiers near the Lebanese border.", "injur", "ASSAULT", "asserted"),
    ("The bomb injured ten people in a crowded market in Colombo.", "injur", "ASSAULT", "asserted"),
    # prison terms stay a sentence (COERCE)
    ("A military court gave the Chilean dissident a five-year term.", "gave", "COERCE", "asserted"),
    ("The court in Santiago gave the two rebels prison terms of ten years.", "gave", "COERCE", "asserted"),
])
def test_still_an_event(code_all, text, trigger, plover, modality):
    got = [(e.event, e.modality) for e in fired(code_all(text, published=PUBLISHED), trigger)]
    assert (plover, modality) in got, (text, got)
