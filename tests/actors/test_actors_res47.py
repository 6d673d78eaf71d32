"""res47: in a story with no date, a party office below the leader written before a name ("Tory co-chairman Liam Fox"),
and in the text scan any title that picks one of a person's recorded roles, win over the latest role the tables record
(a later cabinet post). Invented sentences and phrases."""
from __future__ import annotations

import pytest

from eventwire.actors import find_actor_mentions, resolve_phrase


def _code(phrase, date=None):
    res = resolve_phrase(phrase, date=date)
    return None if res is None else (res.code, res.sector)


# ---------------------------------------------------------------- the office written beside the name
@pytest.mark.parametrize("phrase", ["Tory co-chairman Liam Fox", "Conservative chairman Liam Fox",
                                    "Lib Dem spokesman Vince Cable"])
def test_undated_party_office_below_the_leader_is_the_party_s(phrase):
    assert _code(phrase) == ("GBR", "PTY")


def test_undated_party_leader_in_power_keeps_the_government_role():
    assert _code("Labour leader Tony Blair") == ("GBR", "GOV")


def test_a_dated_story_keeps_the_role_of_its_date():
    assert _code("Tory co-chairman Liam Fox", "2011-01-10") == ("GBR", "GOV")
    assert _code("Tory co-chairman Liam Fox", "2005-02-15") == ("GBR", "PTY")


def test_the_text_scan_reads_the_title_before_a_name_in_an_undated_story():
    text = ("Tory co-chairman Liam Fox attacked the government. Conservative shadow chancellor Oliver Letwin "
            "said taxes would rise. Foreign Secretary Jack Straw flew to Beijing.")
    got = {e.text: (e.code, e.sector) for e in find_actor_mentions(text, date=None) if e.label == "PERSON"}
    assert got["Liam Fox"] == ("GBR", "PTY")
    assert got["Oliver Letwin"] == ("GBR", "OPP")  # the opposition's spokesman of 2001-05, not the 2010 minister
    assert got["Jack Straw"] == ("GBR", "GOV")  # the Foreign Secretary, not the Justice Secretary of 2007-10 (JUD)


def test_the_text_scan_keeps_the_latest_role_with_no_title():
    got = {e.text: (e.code, e.sector) for e in find_actor_mentions("Liam Fox spoke in Bristol.", date=None)
           if e.label == "PERSON"}
    assert got["Liam Fox"][1] == "GOV"
