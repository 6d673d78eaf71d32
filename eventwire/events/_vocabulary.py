"""Word tables that several stages of the coder read: meetings, officials, states, bodies, firms.

Trigger choice (``_triggers``), role resolution (``_roles``), event places (``_location``), political relevance
(``_relevance``) and the verifier (``_verifier``) each keep the tables their own rules need, and those tables differ
on purpose: a meeting a body is summoned to is not every gathering a place can be held at. What they share is
written here once, and a stage's table is this core with its own words added, said where the stage defines it, so
that a word every stage should know is added in one place and a word only one stage wants stays visibly its own.
"""
from __future__ import annotations

from typing import Any

from ..actors._mentions import _CURRENCY_WORDS

# -- meetings ---------------------------------------------------------------------------------------------------
# A meeting of parties by its plainest names, in every stage's reading ("a summit", "the conference", "a session").
MEETING_HEADS = frozenset({"meeting", "conference", "session", "summit"})

# -- money ------------------------------------------------------------------------------------------------------
# Currencies by name, singular and plural, as actor mentions read them ("dlrs", "yen", "kwacha", "the currency"): a
# state word on one of these names money, not a party.
CURRENCY_NAMES = _CURRENCY_WORDS

# -- officials ------------------------------------------------------------------------------------------------------
# A person named by the office held, in every stage's reading: "the minister", "the president", "the mayor".
OFFICE_HOLDERS = frozenset({"minister", "president", "premier", "chancellor", "secretary", "leader", "governor",
                            "mayor"})
# Envoys: those who represent their state abroad ("the ambassador", "a diplomat", "the attaché").
ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "emissary"})

# -- visits ---------------------------------------------------------------------------------------------------------
# A stay abroad by its plainest names, in every stage's reading ("his visit", "a trip", "the tour", "a two-day stay").
VISIT_HEADS = frozenset({"visit", "trip", "tour", "stay"})

# -- states and bodies ----------------------------------------------------------------------------------------------
# Nouns for a state as such: "his country", "the Gulf kingdom", "our nation".
STATE_WORDS = frozenset({"country", "nation", "state", "kingdom", "republic"})
# Plural heads that name states as parties among others: "creditor countries", "member states", "governments";
# the core of every stage's nouns for a state as a party ("the two countries", "neighbouring states").
STATE_HEADS = frozenset({"country", "government", "nation", "state"})
# Codes of international bodies that take a side in an event, or stand at a place, as a state does.
INTERNATIONAL_BODY_CODES = frozenset({"EUR", "UNO", "IGO"})
# Codes that name no state: international, regional and non-governmental bodies, armed movements, firms (MNC) and
# the world's regions (AFR, ASA, MEA, WST, SAM, NAM, CAR, CAU).
NON_STATE_CODES = INTERNATIONAL_BODY_CODES | {"NGO", "IMG", "MNC", "AFR", "ASA", "MEA", "WST", "SAM", "NAM", "CAR",
                                              "CAU"}

# -- sectors --------------------------------------------------------------------------------------------------------
# A state's own organs: government, legislature, armed forces, courts, police and intelligence.
STATE_ORGAN_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})
# A firm: the sector of business, or the non-state code of multinational corporations (which carries no sector).
FIRM_SECTOR = "BUS"
FIRM_CODE = "MNC"


def coded_as_firm(party: Any) -> bool:
    """Whether the tables code a party (an ``Actor`` or an ``Entity``) as a firm: its sector or its code says so."""
    return party.sector == FIRM_SECTOR or party.code == FIRM_CODE


# -- a word given ----------------------------------------------------------------------------------------------------
# What a party gives its word in, and can break: "broke its promises", "reneged on its commitments".
PROMISE_NOUNS = frozenset({"promise", "pledge", "commitment", "word", "assurance", "undertaking", "vow"})

# -- drills ---------------------------------------------------------------------------------------------------------
# Military drills ("joint exercises", "naval manoeuvres", "war games" as one word).
DRILL_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame"})

# -- function words -------------------------------------------------------------------------------------------------
# Determiners that point back at a thing the reader already knows: "the tariffs", "this move", "those measures".
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Modals of obligation: "must", "should", "ought to".
OBLIGING_MODALS = frozenset({"must", "should", "ought"})
