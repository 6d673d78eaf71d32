"""eventwire.geo and event locations: fixes from a fifth location audit on unseen news (16 Reuters-21578 wire
stories with datelines, 9 BBC business/politics stories naming several countries); every sentence here is
made up."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from geo_helpers import by_trigger as _by_trigger
from geo_helpers import place_names as _names


def _attached(text: str, lemma: str, names: tuple[str, ...]):
    from eventwire.events._location import attached
    from eventwire.nlp import load_nlp

    doc = load_nlp()(text)
    sent = next(iter(doc.sents))
    at = {t.i: SimpleNamespace(text=t.text, resolution=4) for t in doc if t.text in names}
    verb = next(t for t in doc if t.lemma_ == lemma)
    own, other = attached(at, verb, sent, locative=True)
    return (own.text if own else None), (other.text if other else None)


@pytest.fixture(scope="module")
def pipe(no_floor_pipeline):
    return no_floor_pipeline


def test_the_far_east_is_no_town():
    got = _names("The U.S. trade secretary leaves on Saturday on a ten-day trip to the Far East.")
    assert "Far" not in got and got.get("U.S.") == "USA"
    assert "Near" not in _names("Exports to the Near East rose sharply last year.")


def test_a_place_inside_what_was_talked_about_does_not_place_the_talk():
    # "about X" names a subject, and so does a place inside it ("the situation in the Balkans").
    assert _attached("Mr Berg said the two leaders had talked about Cyprus, the wider fight against crime, the "
                     "situation in the Balkans and the row over fishing rights.", "talk", ("Balkans", "Cyprus")) \
        == (None, None)
    # A place of the talk itself still counts.
    assert _attached("The two presidents talked in Vienna about trade.", "talk", ("Vienna",))[0] == "Vienna"


def test_a_relative_clause_describing_a_thing_does_not_place_the_event():
    # The clause tells the story of the treaty or the currency, not where the accusation or statement was made.
    assert _attached("Norway accused Sweden of breaking the treaty under which both states agreed to keep the peace "
                     "in Lapland.", "accuse", ("Lapland",)) == (None, None)
    assert _attached("The ministers said nothing about defending the krone, whose fall could hurt farmers in "
                     "Jutland.", "say", ("Jutland",)) == (None, None)
    # A clause on people, and one saying where a meeting was held, keep their place.
    assert _attached("Police arrested two men who had planted a bomb in Lyon.", "arrest", ("Lyon",))[1] == "Lyon"
    assert _attached("The minister spoke after talks which were held in Geneva.", "speak", ("Geneva",))[1] == "Geneva"


def test_a_place_named_to_compare_with_does_not_place_the_event():
    assert _attached("The firm will open a theme park like those at Orlando and Tokyo.", "open",
                     ("Orlando", "Tokyo")) == (None, None)
    # Examples are no comparison: "cities like Beijing".
    from eventwire.events._location import _compared
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The orchestra will play in cities like Beijing.")
    assert not _compared(next(t for t in doc if t.text == "Beijing"), ())


def test_a_request_withdrawn_from_a_capital_is_not_withdrawn_there(pipe):
    text = ("OSLO, May 4 - Prime Minister Lena Berg has withdrawn a request to Ottawa to suspend flights at a "
            "Canadian air base near Bergen.\n")
    events = pipe.process_text(text, published="1987-05-04").events
    event = _by_trigger(events, "withdrawn")
    assert event.event_loc.country_code == "NOR"


def test_a_firm_speaks_at_its_dateline(pipe):
    # A firm's words are placed at its dateline, not in the country of whom it addresses.
    # (the Italian government, not Italian banks: since the fourteenth session firms' dealings with firms are no event)
    text = "SEATTLE, June 3 - Boeing said it will ask the Italian government for new loans to build the jet.\n"
    events = pipe.process_text(text, published="1987-06-03").events
    event = _by_trigger(events, "ask")
    assert event.event_loc.country_code == "USA"


def test_a_traveller_setting_out_meets_the_hosts_abroad(pipe):
    # A story filed at home about a minister's coming trip: his meetings with the hosts happen in their country.
    text = ("OTTAWA, May 5 - Canadian Trade Minister Paul Tremblay leaves on Monday on a week-long trip to Latin "
            "America to improve trade ties with Brazil and Chile, officials said.\n"
            "    Tremblay will meet Brazilian President Jose Sarney on Tuesday to discuss tariffs on Canadian wheat.\n"
            "    Tremblay said on Sunday that Canada would ask Brazil to cut duties on newsprint.\n")
    events = pipe.process_text(text, published="1987-05-05").events
    assert _by_trigger(events, "meet").event_loc.country_code == "BRA"
    # His words at home before he leaves stay at the dateline.
    assert _by_trigger(events, "ask").event_loc.country_code == "CAN"
    # A trip that is over sends nobody abroad.
    from eventwire.events._location import _TRIP

    assert not _TRIP.search("Tremblay returned on Monday from a week-long trip to Brazil.")


def test_a_place_in_a_condition_does_not_place_the_act():
    assert _attached("Norway has threatened to seize the trawler if it docks in Murmansk again.",
                     "threaten", ("Murmansk",)) == (None, None)
    assert _attached("The minister said in Oslo that Norway would retaliate unless the fleet left Svalbard.",
                     "say", ("Oslo", "Svalbard"))[0] == "Oslo"


def test_one_leaves_from_where_one_is():
    # "left Oslo ... ahead of her visit to Warsaw next week": the departure is in Oslo.
    assert _attached("The chancellor left Oslo on Monday evening ahead of her visit to Warsaw next week.", "leave",
                     ("Oslo", "Warsaw"))[0] == "Oslo"
