"""Parties named by whom they serve (session 27, pty30): people named by the firm they serve act for the firm
("representatives of X Trust Co" -> MNC, not the country around them), and a state's office with no country written
("the ministry", "a Foreign Ministry official") in a story filed from one of the two states it is about is the
dateline state's, not the state the story names most. Invented sentences, stories of three sentences or fewer."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _events(pipe, text, kind):
    """The events of ``kind`` coded in the story's first sentence (the later ones set the scene)."""
    doc = pipe.process_text(text, published="1987-03-03")
    body = text.split(" - ", 1)[1]
    return [ev for ev in doc.events if ev.event == kind and
            (text.startswith(ev.sentence.strip()[:30]) or body.startswith(ev.sentence.strip()[:30]))]


def _codes(parties):
    return sorted({p.code for p in parties if p.code})


FIRM_PEOPLE = [
    ("BELGRADE, March 3 - Yugoslavia's finance minister held talks with representatives of Chase Manhattan Bank "
     "Corp on the debt. Yugoslav officials said the talks went well.", "CONSULT", "recipient"),
    ("JAKARTA, March 3 - Indonesia's energy minister held talks with officials of Mobil Oil Corp on gas prices. "
     "Indonesian officials said the talks went well.", "CONSULT", "recipient"),
    ("LAGOS, March 3 - Nigeria's oil minister met executives of the Texaco Overseas Petroleum Co on Tuesday to "
     "discuss output. Nigerian officials said the meeting went well.", "CONSULT", "recipient"),
    ("NAIROBI, March 3 - Kenya's finance minister held talks with the chairman of Barclays Bank Plc on the loan. "
     "Kenyan officials said the talks went well.", "CONSULT", "recipient"),
]


@pytest.mark.parametrize("text,kind,side", FIRM_PEOPLE)
def test_people_named_by_their_firm_act_for_the_firm(pipe, text, kind, side):
    got = _events(pipe, text, kind)
    assert got and all(_codes(getattr(ev, side)) == ["MNC"] for ev in got), \
        [(_codes(ev.actor), _codes(ev.recipient)) for ev in got]
    assert all(p.sector == "BUS" for ev in got for p in getattr(ev, side))


FIRM_PEOPLE_GUARDS = [
    # a body of states' representatives are the body's
    ("BELGRADE, March 3 - Yugoslavia's finance minister held talks with representatives of the European Community "
     "on trade. Yugoslav officials said the talks went well.", "CONSULT", "EUR"),
    # a central bank's officials are its state's
    ("MANILA, March 3 - The Philippine finance minister held talks with officials of the Bank of Japan on the "
     "loan. Philippine officials said the talks went well.", "CONSULT", "JPN"),
]


@pytest.mark.parametrize("text,kind,want", FIRM_PEOPLE_GUARDS)
def test_people_of_a_public_body_keep_its_code(pipe, text, kind, want):
    got = _events(pipe, text, kind)
    assert got and all(want in _codes(ev.recipient) and "MNC" not in _codes(ev.recipient) for ev in got), \
        [(_codes(ev.actor), _codes(ev.recipient)) for ev in got]


FILED_HOME = [
    ("TOKYO, March 3 - A Foreign Ministry official rejected demands by U.S. Officials for a bigger Japanese rice "
     "market. The United States and U.S. farm groups want Japan to buy American rice, U.S. officials said. Japan "
     "will decide in April.", "REJECT", "JPN"),
    ("TOKYO, March 3 - The Agriculture Ministry has urged rice growers to cut output. The United States and U.S. "
     "farm groups want Japan to buy American rice, U.S. officials said. Japan will decide in April.",
     "REQUEST", "JPN"),
    ("SEOUL, March 3 - The Trade Ministry has rejected U.S. demands for a bigger South Korean beef market. The "
     "United States and U.S. meat packers want South Korea to buy American beef, U.S. officials said. South Korea "
     "will decide in April.", "REJECT", "KOR"),
]


@pytest.mark.parametrize("text,kind,want", FILED_HOME)
def test_an_office_with_no_country_is_the_dateline_states(pipe, text, kind, want):
    got = _events(pipe, text, kind)
    assert got and all(_codes(ev.actor) == [want] for ev in got), \
        [(_codes(ev.actor), _codes(ev.recipient)) for ev in got]


FILED_HOME_GUARDS = [
    # a story filed from a capital it hardly names is about the state it names: the office is that state's
    ("LONDON, March 3 - The Agriculture Ministry has urged coffee growers to plant more trees. Kenya's coffee crop "
     "fell this year, Kenyan officials said. Kenya wants better prices.", "REQUEST", "KEN"),
    # an envoy faces abroad: no dateline state is guessed for him
    ("TOKYO, March 3 - The chief negotiator rejected demands by U.S. officials for a bigger Japanese rice market. "
     "The United States and U.S. farm groups want Japan to buy American rice, U.S. officials said. Japan will "
     "decide in April.", "REJECT", None),
]


@pytest.mark.parametrize("text,kind,want", FILED_HOME_GUARDS)
def test_the_dateline_state_only_for_its_own_offices(pipe, text, kind, want):
    got = _events(pipe, text, kind)
    if want is None:
        assert all("JPN" not in _codes(ev.actor) for ev in got), [(_codes(ev.actor), _codes(ev.recipient)) for ev in got]
    else:
        assert got and all(_codes(ev.actor) == [want] for ev in got), \
            [(_codes(ev.actor), _codes(ev.recipient)) for ev in got]
