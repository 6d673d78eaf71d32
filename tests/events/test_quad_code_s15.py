"""quad_code follows the PLOVER manual's numbered table of quad categories; the coder's own idea of a
material act follows the types' sections. The two disagree on SANCTION only."""
from dataclasses import replace

from eventwire.events import reportable
from eventwire.events._lexicon import Lexicon
from eventwire.model import PLOVER_TYPES


def test_the_numbered_table_files_sanction_under_verbal_conflict():
    lex = Lexicon.default()
    assert lex.quad_code("SANCTION") == 3
    assert lex.quad("SANCTION") == 4


def test_every_other_type_has_the_same_number_in_both_readings():
    lex = Lexicon.default()
    assert [t for t in PLOVER_TYPES if lex.quad(t) != lex.quad_code(t)] == ["SANCTION"]


def test_an_expulsion_carries_quad_code_three(code_all):
    events = code_all("The government of Freedonia expelled two Sylvanian diplomats on Monday.", published="2024-03-05")
    sanctions = [e for e in events if e.event == "SANCTION"]
    assert sanctions and {e.quad_code for e in sanctions} == {3}


def test_an_attack_still_carries_quad_code_four(code_all):
    events = code_all("Rebels attacked an army base near the town on Sunday, killing four soldiers.", published="2024-03-05")
    assert "ASSAULT" in {e.event for e in events}
    assert {e.quad_code for e in events if e.event == "ASSAULT"} == {4}


def test_an_unnamed_sanction_with_a_place_is_still_reported_as_material_conflict(code_all):
    # reportable keeps material conflict with nobody named when it has a place of its own; SANCTION stays
    # material there although its quad_code is 3.
    events = [e for e in code_all("Two diplomats were expelled on Monday.", published="2024-03-05") if e.event == "SANCTION"]
    assert events
    placed = replace(events[0].event_loc, location_source="sentence")
    bare = replace(events[0], actor=[], recipient=[], event_loc=placed, confidence=0.5)
    assert reportable(bare, min_confidence=0.4, keep_unresolved=False)
    assert not reportable(replace(bare, event="CONSULT"), min_confidence=0.4, keep_unresolved=False)
