"""Parties (session 28, pty31): a firm the story names in full once ("Citicorp Inc", "Mobil Corp <MOB>") and by its
bare name after ("a Citicorp spokesman", "Mobil officials", "Citicorp rejected") acts as the firm (MNC), not as the
office of the state around it. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    # The roles are under test, not whether the verifier (retrained each session) keeps these invented stories' events.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _events(pipe, text, kind, opening):
    """The events of ``kind`` coded in the sentence that opens with ``opening``."""
    doc = pipe.process_text(text, published="1987-03-03")
    return [ev for ev in doc.events if ev.event == kind and ev.sentence.strip().startswith(opening)]


def _codes(parties):
    return sorted({p.code for p in parties if p.code})


STORY_FIRMS = [
    ("NEW YORK, March 3 - Citicorp Inc said it would keep lending to Latin America. A Citicorp spokesman rejected "
     "a Brazilian proposal to cut interest rates on the debt. Brazil suspended interest payments last month.",
     "REJECT", "A Citicorp spokesman"),
    ("TOKYO, March 3 - Mobil Corp <MOB> said it would leave a refinery venture in Japan. Mobil officials rejected a "
     "Japanese proposal to share the costs. The United States has pressed Japan to open its oil market.",
     "REJECT", "Mobil officials"),
    ("CARACAS, March 3 - Chase Manhattan Bank Corp said it had lent 500 mln dlrs to Venezuela. Executives of Chase "
     "Manhattan rejected a Venezuelan request to delay repayment. Venezuela's finance minister met bankers on "
     "Monday.", "REJECT", "Executives of Chase"),
    ("NEW YORK, March 3 - Citicorp Inc said it would keep lending to Latin America. Citicorp rejected a Brazilian "
     "proposal to cut interest rates on the debt. Brazil suspended interest payments last month.",
     "REJECT", "Citicorp rejected"),
]


@pytest.mark.parametrize("text,kind,opening", STORY_FIRMS)
def test_a_firm_named_again_by_its_bare_name_is_the_firm(pipe, text, kind, opening):
    got = _events(pipe, text, kind, opening)
    assert got and all(_codes(ev.actor) == ["MNC"] for ev in got), \
        [(_codes(ev.actor), _codes(ev.recipient)) for ev in got]


STORY_FIRM_GUARDS = [
    # a public bank's name is no firm's: its officials are the body's
    ("WASHINGTON, March 3 - The World Bank said it would lend 300 mln dlrs to Peru. World Bank officials rejected a "
     "Peruvian request to delay repayment. Peru's finance minister met the bank's president on Monday.",
     "REJECT", "World Bank officials", "IGO"),
    # a state's name inside a firm's name leaves the state's officials the state's
    ("TOKYO, March 3 - Japan Air Lines Co said it would buy ten new aircraft. Japan officials rejected a U.S. "
     "proposal to open the airline market. The United States has pressed Japan to open its market.",
     "REJECT", "Japan officials", "JPN"),
    # a firm named with no firm's word or ticker is left to the older rules
    ("NEW YORK, March 3 - Banks said they would keep lending to Latin America. A Fairway spokesman rejected a "
     "Brazilian proposal to cut interest rates on the debt. Brazil suspended interest payments last month.",
     "REJECT", "A Fairway spokesman", None),
]


@pytest.mark.parametrize("text,kind,opening,want", STORY_FIRM_GUARDS)
def test_names_that_are_no_story_firm_keep_their_codes(pipe, text, kind, opening, want):
    got = _events(pipe, text, kind, opening)
    assert all("MNC" not in _codes(ev.actor) for ev in got)
    if want is not None:
        assert got and all(want in _codes(ev.actor) for ev in got), [_codes(ev.actor) for ev in got]
