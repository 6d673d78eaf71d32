"""Parties' countries (session 26, pty28): a state's title written with no country in a story filed from that
state's capital is that state's (a count of mentions in a story about two states' dealings can tip the other way);
the members of a body of states named before ("the ministers" after "EC farm ministers") are that body still; a
firm the sentence names as the target is a firm (MNC), not the story's country; the numbered groups are bodies
however written ("G8"); and a "New <country>" is a land named after that country, not it. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.actors import ActorKB, resolve_phrase
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _parties(pipe, text, kind, published="1987-03-03"):
    doc = pipe.process_text(text, published=published)
    return [([a.code for a in ev.actor], [r.code for r in ev.recipient]) for ev in doc.events if ev.event == kind]


# A countryless title in a story filed from Tokyo about Japan's dealings with the United States: the count of
# mentions favours the United States, the dateline says whose officials go unnamed.
DATELINE_STORIES = [
    ("TOKYO, March 3 - Japan will send a trade mission to the United States before the U.S. Congress votes on the "
     "trade bill, Japanese officials said. Former Trade Minister Kenzo Okuda met U.S. Commerce Secretary Malcolm "
     "Baldrige in Washington. Okuda urged Washington to drop its threat of sanctions on U.S. imports of chips.",
     "REQUEST"),
    ("TOKYO, March 3 - Japan is to send a mission to the United States before the U.S. Congress votes on a "
     "trade bill, Japanese officials said. Former Agriculture Minister Taro Fujimaki held talks with U.S. officials in "
     "Washington. Fujimaki called on Washington to lift its quotas on U.S. imports of Japanese steel.", "REQUEST"),
]


@pytest.mark.parametrize("text,kind", DATELINE_STORIES)
def test_a_countryless_title_in_a_story_filed_from_a_capital_is_that_states(pipe, text, kind):
    got = _parties(pipe, text, kind)
    assert got and all(actors == ["JPN"] for actors, _ in got), got


GUARDS = [
    # a state named only in the dateline is not the story's: the count of mentions still decides
    ("LONDON, March 3 - Kenya's coffee exports rose in February, Kenyan officials said. Kenya will ask donors "
     "for new loans, Finance Minister George Saitama said.", "Saitama", "KEN"),
    # the dateline's state and the count agree: a foreign state named before the title in its sentence does not
    # take it ("Asked if Japan would retaliate against U.S. exports, Deputy Under Secretary ... replied")
    ("WASHINGTON, March 3 - The United States imposed tariffs on Japanese chips, U.S. officials said. Asked if "
     "Japan would retaliate against U.S. exports, Deputy Under Secretary of Commerce Bruce Hartley replied "
     "that it would be foolish. The U.S. Congress backed the tariffs.", "Hartley", "USA"),
]


@pytest.mark.parametrize("text,name,code", GUARDS)
def test_the_dateline_decides_only_against_the_count_of_mentions(pipe, text, name, code):
    doc = pipe.process_text(text, published="1987-03-03")
    person = [e for e in doc.entities if e.text.endswith(name)]
    assert person and person[0].code == code, [(e.text, e.code) for e in person]


MEMBERS = [
    "BRUSSELS, March 3 - European Community farm ministers criticised Japan's rice policy. Ministers also "
    "called on the EC Commission to prepare a report on farm trade.",
    "BRUSSELS, March 3 - European Community farm ministers criticised Japan's rice policy. The EC is "
    "unhappy with Japan's trade surplus, and the ministers called for talks with Tokyo on farm trade.",
    "LUXEMBOURG, March 3 - EC foreign ministers deplored Japan's trade surplus. Diplomats said the ministers "
    "urged Tokyo to open its markets.",
]


@pytest.mark.parametrize("text", MEMBERS)
def test_the_members_of_a_body_of_states_named_before_are_that_body(pipe, text):
    got = _parties(pipe, text, "REQUEST")
    assert got and all(actors == ["EUR"] for actors, _ in got), got


def test_ministers_after_a_states_own_ministers_stay_that_states(pipe):
    text = ("BRUSSELS, March 3 - European Community farm ministers criticised Japan's rice policy. Japanese "
            "ministers met in Tokyo on Tuesday. The ministers called for talks with the United States.")
    got = _parties(pipe, text, "REQUEST")
    assert got and all(actors == ["JPN"] for actors, _ in got), got


FIRMS = [
    ("MANILA, March 3 - The Philippine government seized the shares, which make up a stake in the brewer, "
     "from the Visayan Sugar Planters Bank. Hong Kong investors protested.", "COERCE"),
    ("MANILA, March 3 - The Philippine government seized the shares, which make up a stake in the brewer, "
     "from Amihan Copra Trading Corp on Tuesday. Hong Kong investors protested. Hong Kong said it would complain.",
     "COERCE"),
]


@pytest.mark.parametrize("text,kind", FIRMS)
def test_a_firm_named_as_the_target_is_a_firm_not_the_storys_country(pipe, text, kind):
    got = _parties(pipe, text, kind)
    assert got and all(recipients == ["MNC"] for _, recipients in got), got


@pytest.mark.parametrize("name", ["G8", "G-8", "the G8", "Group of Eight"])
def test_the_numbered_groups_are_bodies_however_written(name):
    res = resolve_phrase(f"{name} ministers", kb=ActorKB.default())
    assert res is not None and res.code == "IGO", res


@pytest.mark.parametrize("name,code", [("the New England deal", "USA"), ("New Guinea highlanders", None),
                                       ("New Britain", None), ("New Zealand", "NZL"), ("New South Wales", "AUS"),
                                       ("Papua New Guinea", "PNG"), ("England", "GBR")])
def test_a_land_named_new_after_a_country_is_not_that_country(name, code):
    res = resolve_phrase(name, kb=ActorKB.default())
    assert (res.code if res is not None else None) == code, res
