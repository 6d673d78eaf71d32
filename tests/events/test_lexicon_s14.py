"""Lexicon rows of the fourteenth session (lex14): verbal events delivered by a noun under a light verb,
refusals CAMEO filed as criticism, labour wordings and talks that end. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.events._lexicon import Lexicon

PUBLISHED = "2024-05-06"


def _types(code_all, text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {e.event: ([a.code for a in e.actor], [r.code for r in e.recipient]) for e in code_all(text)}


@pytest.mark.parametrize(("text", "plover", "actor", "recipient"), [
    # a feeling voiced about another party's act, whichever expressing verb delivers it
    ("The Chilean foreign minister voiced concern over the Peruvian decision.", "ACCUSE", "CHL", "PER"),
    ("Norway conveyed its dismay at the Danish ruling.", "ACCUSE", "NOR", "DNK"),
    ("The Ghanaian president expressed unhappiness at the Togolese move.", "ACCUSE", "GHA", "TGO"),
    ("Portugal voiced its gratitude to Brazil for the loan.", "SUPPORT", "PRT", "BRA"),
    # a verbal event said again keeps the type of its noun
    ("Egypt reiterated its demand for a Sudanese withdrawal from the border town.", "REQUEST", "EGY", "SDN"),
    ("Syria repeated its accusation that Turkey had diverted the river.", "ACCUSE", "SYR", "TUR"),
    # idioms of criticism, praise and dismissal
    ("Mexico took issue with the Guatemalan report.", "ACCUSE", "MEX", "GTM"),
    ("Indonesia found fault with the Malaysian plan.", "ACCUSE", "IDN", "MYS"),
    ("The Brazilian minister poured scorn on the Argentine proposal.", "ACCUSE", "BRA", "ARG"),
    ("Kenya heaped praise on the Tanzanian president.", "SUPPORT", "KEN", "TZA"),
    ("Spain rounded on the Portuguese minister.", "ACCUSE", "ESP", "PRT"),
    ("The Polish minister railed against the Czech decision.", "ACCUSE", "POL", "CZE"),
    ("The Dutch minister took aim at the Belgian plan.", "ACCUSE", "NLD", "BEL"),
    ("The Danish minister questioned the wisdom of the Swedish decision.", "ACCUSE", "DNK", "SWE"),
    ("Finnish officials raised objections to the Estonian plan.", "ACCUSE", "FIN", "EST"),
    ("Austria deeply regretted Slovenian opposition to the reform.", "ACCUSE", "AUT", "SVN"),
    ("The government of Japan reaffirmed its intention to open its markets to Thai goods.", "AGREE", "JPN", None),
    ("The French minister tore into the Italian proposal.", "ACCUSE", "FRA", "ITA"),
    ("Germany lent its backing to the Austrian proposal.", "SUPPORT", "DEU", "AUT"),
    ("The Danish cabinet revealed its support for the Norwegian plan.", "SUPPORT", "DNK", "NOR"),
    ("Several Greek ministers argued against the Cypriot proposal.", "ACCUSE", "GRC", "CYP"),
    ("The Iranian foreign ministry brushed off the Saudi warning.", "REJECT", "IRN", "SAU"),
    # refusals CAMEO filed as criticism
    ("Russia rebuffed the Japanese proposal.", "REJECT", "RUS", "JPN"),
    ("Vietnam spurned the Chinese offer.", "REJECT", "VNM", "CHN"),
    ("Britain refuted the Argentine claim.", "REJECT", "GBR", "ARG"),
    # approval and signing under other verbs
    ("The Austrian cabinet gave Hungary the go-ahead to build the dam.", "SUPPORT", "AUT", "HUN"),
    ("Chile and Bolivia inked a trade deal.", "SUPPORT", "CHL", None),
    # disputes in words, not fighting
    ("Belgium and the Netherlands clashed over Dutch demands for access to the port.", "ACCUSE", "BEL", None),
])
def test_verbal_event_rows(code_all, text, plover, actor, recipient):
    coded = _types(code_all, text)
    assert plover in coded, coded
    actors, recipients = coded[plover]
    assert actor in actors
    if recipient is not None:
        assert recipient in recipients


def test_insisting_on_a_thing_demands_it_but_not_on_a_date(code_all):
    assert "REQUEST" in _types(code_all, "Iraq insisted on an unconditional ceasefire.")
    assert "REQUEST" not in _types(code_all, "The Nigerian minister insisted on Monday that he had not known about the sale.")


@pytest.mark.parametrize("text", [
    "Nigerian dock workers picketed the offices of the state oil company.",
    "Kenyan teachers decided to remain on strike until the government pays them.",
])
def test_labour_wordings_are_protests(code_all, text):
    assert "PROTEST" in _types(code_all, text)


def test_talks_that_end_were_held_not_refused(code_all):
    coded = _types(code_all, "Peruvian and Chilean ministers ended two days of talks in Lima.")
    assert "CONSULT" in coded and "REJECT" not in coded
    assert "REJECT" in _types(code_all, "Chile suspended the talks with Peru.")


def test_fighting_over_ground_stays_fighting(code_all):
    coded = _types(code_all, "Iranian and Iraqi troops clashed over the border.")
    assert "ASSAULT" in coded and "ACCUSE" not in coded


def test_accepting_a_settlement_agrees_to_it(code_all):
    assert "AGREE" in _types(code_all, "The Bolivian miners accepted the government's settlement.")


def test_the_rows_are_in_the_tables():
    lex = Lexicon.default()
    for verb in ("express", "voice", "convey", "air"):
        assert lex.light_verb(verb, "concern")[0].plover == "ACCUSE"
        assert lex.light_verb(verb, "gratitude")[0].plover == "SUPPORT"
    for verb in ("reiterate", "repeat", "restate", "reaffirm"):
        assert lex.light_verb(verb, "demand")[0].plover == "REQUEST"
        assert lex.light_verb(verb, "threat")[0].plover == "THREATEN"
    assert lex.plain_row("rebuff").plover == "REJECT"
    assert lex.plain_row("picket").plover == "PROTEST"
    assert all(t.plover == "CONSULT" for t in lex.light_verb("end", "talk"))
