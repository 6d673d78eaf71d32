"""Actor names, nineteenth session (rec19): a monarch's title before a name whose bearer in the tables never
reigned means the reigning namesake the tables list with a regnal number ("King Hassan" in the 1980s is
Hassan II of Morocco, not Jordan's crown prince of that name); a sitting monarch keeps his own entry, and a
name the tables know only as someone else's, with no king of that name to hand, gives no country.
Invented sentences."""
from __future__ import annotations

from eventwire.actors import find_actor_mentions, resolve_phrase


def _found(text, date):
    return [(e.text, e.code, e.sector) for e in find_actor_mentions(text, date=date)]


def test_a_king_named_without_his_number_is_the_reigning_namesake():
    found = _found("King Hassan received the Spanish foreign minister at his palace on Tuesday.", "1988-03-01")
    assert ("Hassan", "MAR", "GOV") in found, found


def test_the_phrase_resolver_reads_the_title_the_same_way():
    res = resolve_phrase("King Hassan", date="1988-03-01")
    assert res is not None and (res.code, res.sector) == ("MAR", "GOV"), res


def test_a_sitting_king_keeps_his_own_entry():
    res = resolve_phrase("King Hussein", date="1988-03-01")
    assert res is not None and (res.code, res.sector) == ("JOR", "GOV"), res


def test_the_bare_name_without_a_title_is_left_as_the_tables_give_it():
    res = resolve_phrase("Hassan", date="1988-03-01")
    assert res is not None and res.code == "JOR", res
