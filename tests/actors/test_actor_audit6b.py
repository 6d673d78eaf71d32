"""Follow-up to the sixth actor audit: once a text has named the European Community, "the Community"
and "Community ... ministers" are that bloc (EUR), not a civilian community. Every sentence here is
invented."""
from eventwire.actors import find_actor_mentions


def _mentions(text: str):
    return [(e.text, e.code, e.sector) for e in find_actor_mentions(text)]


def test_the_community_after_the_european_community_is_the_bloc():
    text = ("Portugal asked the European Community for more regional aid. "
            "Diplomats said the Community would reply in June.")
    assert ("Community", "EUR", None) in _mentions(text)
    assert not any(code is None and sector == "CVL" for _, code, sector in _mentions(text))


def test_community_before_ministers_after_the_ec_is_the_bloc():
    text = ("The EC is split over fishing quotas. On Friday Community fisheries ministers "
            "will meet Norwegian officials in Oslo.")
    ents = find_actor_mentions(text)
    community = next(e for e in ents if e.text == "Community")
    assert (community.code, community.label) == ("EUR", "IGO")


def test_a_community_stays_civilian_without_the_bloc_or_at_a_sentence_start():
    # No European Community in the text: a community is civil society (CVL).
    assert ("community", None, "CVL") in _mentions("Leaders of the local community met the mayor.")
    # The bloc is named, but the capital is only the first word of a sentence.
    text = "The European Community sent observers. Community leaders in the valley welcomed them."
    assert ("Community leaders", None, "CVL") in _mentions(text)
    text = "The European Community sent observers.\nCommunity workers in the valley welcomed them."
    assert not any(t == "Community" and c == "EUR" for t, c, _ in _mentions(text))
    # Another bloc whose name ends in "Community" is not the European one.
    text = "The European Community and the Andean Community signed a trade pact."
    assert not any(t == "Community" and c == "EUR" for t, c, _ in _mentions(text))


def test_community_ministers_act_for_the_bloc_in_events():
    from eventwire.pipeline import Pipeline

    text = ("Canada rejected a European Community offer on grain subsidies on Monday. "
            "In Geneva, Community trade ministers accused Ottawa of blocking the talks.")
    doc = Pipeline().process_text(text, published="1991-05-06")
    accuse = [ev for ev in doc.events if ev.event == "ACCUSE"]
    assert accuse, [ev.event for ev in doc.events]
    assert [(a.code, a.sector) for a in accuse[0].actor] == [("EUR", "GOV")]
