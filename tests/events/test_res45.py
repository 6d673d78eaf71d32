"""Actor resolution (res45): a party office written before a person picks no state role in an undated story; a
person the tables list as a former official on the date takes the current title written after the name between
commas. Stories and phrases written for the test."""
from __future__ import annotations

import pytest
from event_helpers import events_on

from eventwire.actors import resolve_phrase


def sectors_on(events, prefix: str, side: str = "actor") -> list[tuple[str | None, str | None]]:
    """(code, sector) of every party on one side of the events coded on a trigger word starting with ``prefix``."""
    found = events_on(events, prefix)
    assert found, f"no event on {prefix!r}"
    return [(p.code, p.sector) for e in found for p in getattr(e, side)]


@pytest.mark.parametrize("phrase", ["Tory leader Michael Howard", "Conservative leader Michael Howard"])
def test_undated_party_office_keeps_the_recorded_party_role(phrase):
    res = resolve_phrase(phrase, date=None)
    assert (res.code, res.sector) == ("GBR", "OPP")
    assert res.secondary_sector != "GOV"


def test_undated_state_title_still_picks_the_state_role():
    res = resolve_phrase("Home Secretary Michael Howard", date=None)
    assert (res.code, res.sector) == ("GBR", "GOV")


def test_dated_party_office_is_the_role_of_the_day():
    res = resolve_phrase("Tory leader Michael Howard", date="2005-02-15")
    assert (res.code, res.sector) == ("GBR", "OPP")


def test_undated_story_party_leader_acts_as_the_opposition(code_all):
    text = ("Tory leader Michael Howard accused the government of wasting money on the new identity cards. "
            "Ministers said the cards would cut crime.")
    got = sectors_on(code_all(text, published=None), "accused")
    assert ("GBR", "OPP") in got and ("GBR", "GOV") not in got


_CLARK = ("OTTAWA, March 12 - Joe Clark, Canadian secretary of state for external affairs, told parliament the "
          "fishing talks would resume. Clark criticised the U.S. tariff on Canadian lumber on Thursday.")


def test_former_official_takes_the_current_title_written_after_the_name(code_all):
    got = sectors_on(code_all(_CLARK, published="1987-03-12"), "criticised")
    assert ("CAN", "GOV") in got and not any(s == "ELI" for _, s in got)


def test_former_title_after_the_name_stays_former(code_all):
    text = ("ATLANTA, March 12 - Jimmy Carter, the former U.S. president, criticised the U.S. tariff on Canadian "
            "lumber on Thursday.")
    got = sectors_on(code_all(text, published="1987-03-12"), "criticised")
    assert got and all(s == "ELI" for c, s in got if c == "USA")
