"""Event location, loc27 (twenty-fifth session): classes from the pre-registered audit in eval/location-audit-s25,
on invented stories only, each with paraphrase variants.

- "the suit" a later sentence files or has speak is the suit the story has already placed (in a court or a town):
  filed and argued where its court sits, not in the country of the firm that filed it;
- a gathering that a story filed from another country covers places its talks only: what the story's parties say
  and decide is told from where they are (their capital, their body's seat, the dateline), not at the venue, unless
  the sentence that places the gathering names them there;
- what the creditor states agree as one party ("Western creditors", "creditor governments") they agree in Paris, as
  the Paris Club; not what a debtor does with their offer, nor an accord with creditor banks.
"""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are short fixtures of the location rules, not of which events a story keeps.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "1987-04-20") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


# -- the suit a story has placed ------------------------------------------------------------------------------------

_FILED_IN_NEW_YORK = (
    "NEW YORK, May 4 - Dutch publisher Elsevier NV said it filed a lawsuit in U.S. district court against Harlan "
    "Books Inc to block the sale of new voting shares. The suit, filed in Manhattan, also names Harlan's directors. ")


@pytest.mark.parametrize("text, word", [
    (_FILED_IN_NEW_YORK + "Elsevier said it filed the suit after consultation with its advisers.", "consultation"),
    (_FILED_IN_NEW_YORK + "Its lawsuit also alleges that Harlan hid the dilution from its bondholders.", "hid"),
    # (placed only by the participle on the noun: "The suit, filed in Manhattan")
    ("LONDON, May 4 - British Printing Corp said it had sued Harlan Books to stop its share sale. The suit, filed in "
     "Manhattan, names Harlan's directors. Its lawsuit also alleges that Harlan hid the dilution from its "
     "bondholders.", "hid"),
])
def test_the_suit_a_story_placed_is_where_its_court_sits(pipe: Pipeline, text: str, word: str) -> None:
    loc = _loc(pipe, text, word, "ACCUSE")
    assert loc.country_code == "USA"
    assert loc.location_source == "previous sentence"


def test_a_suit_placed_in_a_foreign_town_court_is_there(pipe: Pipeline) -> None:
    text = ("The Italian dairy group Parmalat has brought a suit in a Paris court against two of its former "
            "directors. Its lawsuit alleges that the two men concealed the group's debts from investors.")
    loc = _loc(pipe, text, "concealed", "ACCUSE")
    assert (loc.country_code, loc.extracted_place, loc.location_source) == ("FRA", "Paris", "previous sentence")


def test_a_suit_no_sentence_placed_stays_with_the_filer(pipe: Pipeline) -> None:
    text = ("The Italian dairy group Parmalat has sued three French banks. Its lawsuit alleges that the banks "
            "concealed the group's debts from investors.")
    loc = _loc(pipe, text, "concealed", "ACCUSE")
    assert loc.location_source != "previous sentence"


# -- a gathering covered from another country -----------------------------------------------------------------------

_WASHINGTON_FROM_BELGRADE = (
    "BELGRADE, April 7 - Yugoslavia has begun talks with commercial banks on rescheduling its debt, Tanjug said. The "
    "talks began in Washington yesterday and the banks were favourable. ")
_PARIS_FROM_TOKYO = (
    "TOKYO, March 20 - Japan's trade policies face growing criticism abroad, monetary sources said. At a meeting "
    "this week in Paris, senior officials from major industrial nations are considering a report on Japan's trade "
    "surplus, they said. ")


@pytest.mark.parametrize("text, word, where", [
    (_PARIS_FROM_TOKYO + "The Finance Ministry has rejected the criticism as unfair.", "rejected", "JPN"),
    (_PARIS_FROM_TOKYO + "Japan has also attacked the report's forecasts as too gloomy.", "attacked", "JPN"),
    (_WASHINGTON_FROM_BELGRADE + "In a separate report Tanjug said the European Community has refused a Yugoslav "
     "request for a new loan.", "refused", "BEL"),
])
def test_what_parties_say_of_a_gathering_covered_from_afar_is_not_at_its_venue(pipe: Pipeline, text: str, word: str,
                                                                             where: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == where


@pytest.mark.parametrize("text, word, kind, where", [
    ("TOKYO, March 20 - Japan's trade policies face growing criticism abroad, monetary sources said. At a meeting "
     "this week in Paris, senior officials from major nations are considering an OECD staff report on Japan's "
     "surplus, they said. As a remedy, the OECD staff has urged Japan to boost domestic demand and imports.",
     "urged", "REQUEST", "FRA"),
    ("COLOMBO, April 9 - The World Bank will back Sri Lanka's development plans if the country cuts its deficits, "
     "the finance ministry said. It said Bank President Barber Conable at a meeting with Finance Minister Ronnie de "
     "Mel in Washington stressed the need for reform. The ministry said de Mel asked the World Bank to give Sri "
     "Lanka more balance of payments support.", "asked", "REQUEST", "USA"),
    # (the body named in full in the event, by its initials where the gathering is placed)
    ("NAIROBI, March 15 - The International Monetary Fund has promised President Moi that it will keep backing "
     "Kenya's reforms, the news agency said. It said IMF chief Michel Camdessus gave the promise during talks with "
     "Moi in Washington yesterday.", "promised", "AGREE", "USA"),
])
def test_those_the_gathering_s_own_sentence_names_are_at_it(pipe: Pipeline, text: str, word: str, kind: str,
                                                            where: str) -> None:
    loc = _loc(pipe, text, word, kind)
    assert loc.country_code == where


def test_the_talks_of_a_gathering_covered_from_afar_stay_at_its_venue(pipe: Pipeline) -> None:
    text = _WASHINGTON_FROM_BELGRADE + ("It said Deputy Finance Minister Boris Skapin was holding talks on the loan "
                                        "with representatives of the banks.")
    loc = _loc(pipe, text, "holding", "CONSULT")
    assert loc.country_code == "USA"


def test_a_gathering_at_the_dateline_still_places_its_members_words(pipe: Pipeline) -> None:
    text = ("GENEVA, March 4 - Canada and the EC complained about a U.S. customs fee at a special meeting of the GATT "
            "council, delegates said. Australia accused the European Community of dumping its surplus wheat on world "
            "markets.")
    loc = _loc(pipe, text, "accused", "ACCUSE")
    assert loc.country_code == "CHE"


# -- the creditor states agree as the Paris Club --------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("BELGRADE, April 3 - Poland has reached an agreement with Western creditors to reschedule its official debt, "
     "the news agency said.", "agreement"),
    ("LONDON, April 5 - Western creditor governments have reached agreement in principle on new terms for easing the "
     "debts of the poorest African states, the chancellor said.", "agreement"),
    ("LIMA, May 2 - Peru agreed with its creditor governments on a ten-year rescheduling of its official debt, the "
     "finance ministry said.", "agreed"),
])
def test_what_the_creditor_states_agree_they_agree_in_paris(pipe: Pipeline, text: str, word: str) -> None:
    loc = _loc(pipe, text, word, "AGREE")
    assert (loc.country_code, loc.location_source) == ("FRA", "seat")


@pytest.mark.parametrize("text, word", [
    ("LIMA, May 2 - Peru agreed with its creditor banks on a ten-year rescheduling of its commercial debt, the "
     "finance ministry said.", "agreed"),
    # a debtor accepting their offer does so at home
    ("Indonesia, Sri Lanka and the Maldives accepted the Paris Club offer of a debt freeze, officials said.",
     "accepted"),
])
def test_no_accord_with_the_creditor_states_stays_put(pipe: Pipeline, text: str, word: str) -> None:
    loc = _loc(pipe, text, word, "AGREE")
    assert loc.country_code != "FRA"
