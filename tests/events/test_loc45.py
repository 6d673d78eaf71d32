"""Event location, loc45, on invented sentences: a later sentence that tells where an offer or document put forward
was handed over ("The draft treaty will be handed over ... in Vienna", "the offer will be made in Geneva") places
the putting forward, as one that tells where a document was signed places the signing (also a loan signed up for);
it outranks a region of no one country in the event's own sentence ("a ban on chemical weapons in Europe")."""
from __future__ import annotations

from event_helpers import places_on


def _located(code_all, text: str, prefix: str):
    return places_on(code_all(text, published="1987-05-04"), prefix)


def test_an_offer_is_placed_where_a_later_sentence_has_it_made(code_all) -> None:
    text = ("OSLO, May 4 - The European Community is to offer Norway compensation for its lost fish sales, EC sources "
            "said. They said the offer will be made next week in Geneva at the trade talks.")
    for loc in _located(code_all, text, "offer"):
        assert (loc.country_code, loc.extracted_place, loc.location_source) == ("CHE", "Geneva", "later sentence")


def test_a_proposal_handed_over_abroad_is_placed_there(code_all) -> None:
    text = ("STOCKHOLM, May 4 - Sweden and Finland have jointly proposed cutting timber tariffs with Canada, Swedish "
            "officials said. The proposal, handed to Canadian trade officials in Ottawa by a delegation of the two "
            "countries, was welcomed by the industry.")
    for loc in _located(code_all, text, "proposed"):
        assert (loc.country_code, loc.extracted_place, loc.location_source) == ("CAN", "Ottawa", "later sentence")


def test_a_later_handing_over_outranks_a_region_of_no_country(code_all) -> None:
    text = ("BONN, May 4 - Poland will present a draft treaty today calling for a ban on chemical weapons in "
            "Europe, a Polish official said. The draft treaty will be handed over to the West German team during "
            "talks in Vienna this afternoon, the official said.")
    for loc in _located(code_all, text, "present"):
        assert (loc.country_code, loc.extracted_place, loc.location_source) == ("AUT", "Vienna", "later sentence")


def test_a_loan_signed_up_for_is_placed_where_the_agreement_was_signed(code_all) -> None:
    text = ("ATHENS, May 4 - Greece has signed up for a 300 mln dlr loan from the World Bank, the finance ministry "
            "said. It said the agreement was signed last night in Washington.")
    for loc in _located(code_all, text, "signed"):
        assert (loc.country_code, loc.extracted_place, loc.location_source) == ("USA", "Washington", "later sentence")


def test_an_offer_with_no_later_handing_over_stays_at_the_dateline(code_all) -> None:
    text = ("BRUSSELS, May 4 - The European Community is to offer Norway compensation for its lost fish sales, EC "
            "sources said. The talks on fish quotas began in Geneva last year.")
    for loc in _located(code_all, text, "offer"):
        assert loc.location_source != "later sentence"
