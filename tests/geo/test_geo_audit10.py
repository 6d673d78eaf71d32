"""Event-location audit of the tenth session (l10): invented sentences only.

1. A place named elsewhere in the sentence ('sentence' rule) counts for an event only when it is in a clause the
   event's clause hangs under (an adverbial, participle or relative clause of it, or a conjunct of its verb):
   not in a clause below the event ("will propose a summit to take place in Chile", "wants its firms to sell
   freely in Tokyo") nor where a report of it was made ("In Paris, a police spokesman said ..."). Above a report,
   a place in what the reporting clause acts on still counts ("reported gains near Basra, saying ...").
2. A bearing from a town ("east of Bahrain") does not move a fixed site that the sentence gives to another state
   ("two Iranian oil platforms") into the town's country; a ship keeps the town's.
3. An attack on a state's port, terminal or town with no place named is in that state, before the dateline.
4. "The visiting U.S. trade envoy" under a TOKYO dateline is on a visit there: his words are at the dateline.
5. Kharg Island (Iran) is in the hand table of places.
"""
from __future__ import annotations

import pytest
from geo_helpers import by_trigger, place_names

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, trigger: str) -> str | None:
    return by_trigger(pipe.process_text(text, published="1987-05-04").events, trigger).event_loc.country_code


def test_summit_proposed_to_take_place_abroad_is_proposed_at_home(pipe: Pipeline) -> None:
    text = ("LIMA, May 4 - Peru's president will propose to neighbouring countries a summit with the Brazilian "
            "leader to take place in Chile in June, his spokesman said.")
    assert _loc(pipe, text, "propose") == "PER"


def test_wanting_firms_to_trade_abroad_is_said_at_home(pipe: Pipeline) -> None:
    text = ("LONDON, May 4 - The British trade minister said he wanted Japan to let British insurers sell "
            "policies freely in Tokyo.")
    assert _loc(pipe, text, "wanted") == "GBR"


def test_where_a_report_was_made_is_not_where_the_reported_attack_was(pipe: Pipeline) -> None:
    text = "BEIRUT, May 4 - In Paris, a police spokesman said gunmen had kidnapped a Lebanese businessman."
    assert _loc(pipe, text, "kidnapped") == "LBN"


@pytest.mark.parametrize("text, trigger", [
    # a participle of the clause that names the place
    ("LONDON, May 4 - Iraqi troops repelled an Iranian assault near Basra, killing hundreds of attackers.",
     "killing"),
    # a report whose object names the place
    ("LONDON, May 4 - Iran reported major gains near Basra, saying its troops had captured a defensive line.",
     "captured"),
])
def test_places_of_a_governing_clause_still_count(pipe: Pipeline, text: str, trigger: str) -> None:
    assert _loc(pipe, text, trigger) == "IRQ"


def test_a_bearing_from_a_town_does_not_move_another_states_platforms(pipe: Pipeline) -> None:
    text = ("WASHINGTON, May 4 - U.S. warships shelled two Iranian oil platforms east of Bahrain on Monday, "
            "the Pentagon said.")
    assert _loc(pipe, text, "shelled") == "IRN"


def test_a_bearing_from_a_foreign_town_does_not_move_a_terminal(pipe: Pipeline) -> None:
    text = "KUWAIT, May 4 - Iranian gunboats shelled a Kuwaiti oil terminal 20 miles south of Basra, officials said."
    assert _loc(pipe, text, "shelled") == "KWT"


def test_a_ship_is_where_its_bearing_puts_it(pipe: Pipeline) -> None:
    # guard: a tanker's flag says nothing of where it was
    text = ("WASHINGTON, May 4 - Iranian gunboats attacked a Saudi tanker 30 miles north of Dubai, shipping "
            "sources said.")
    assert _loc(pipe, text, "attacked") == "ARE"


def test_an_attack_on_a_states_port_is_in_that_state(pipe: Pipeline) -> None:
    text = ("WASHINGTON, May 4 - An Iranian missile attack on a Kuwaiti port damaged a U.S.-flagged tanker, "
            "officials said.")
    assert _loc(pipe, text, "damaged") == "KWT"


def test_the_visiting_envoy_speaks_at_the_dateline(pipe: Pipeline) -> None:
    text = "TOKYO, May 4 - The visiting U.S. trade envoy accused Tokyo of dragging its feet on opening its rice market."
    assert _loc(pipe, text, "accused") == "JPN"


def test_kharg_island_is_in_iran(pipe: Pipeline) -> None:
    assert place_names("Iraqi warplanes bombed the oil terminal at Kharg Island.").get("Kharg Island") == "IRN"
    text = "BAGHDAD, May 4 - Iraqi warplanes bombed the oil terminal at Kharg Island on Monday, a military spokesman said."
    assert _loc(pipe, text, "bombed") == "IRN"


def test_a_visiting_delegation_in_a_reported_scene_stays_where_it_is(pipe: Pipeline, no_type_chooser) -> None:
    # guard: only a sentence opening on "The visiting <nationality> ..." puts its visitor at the dateline
    text = ("WASHINGTON, May 4 - Tehran radio quoted the Iranian speaker telling a visiting Nicaraguan delegation "
            "that Iran would win the war. A State Department spokesman said he could not confirm reports that "
            "Iran had offered to halt attacks on shipping.")
    assert _loc(pipe, text, "offered") == "IRN"


def test_a_place_closing_a_participle_on_the_agent_is_the_events(pipe: Pipeline) -> None:
    # guard: "gunmen wearing uniforms in the centre of X" (the parser hangs the place on "wearing")
    text = ("ISLAMABAD, May 4 - Two aid workers were kidnapped by gunmen wearing police uniforms in the centre of "
            "Jalalabad last year.")
    assert _loc(pipe, text, "kidnapped") == "AFG"


def test_a_place_of_another_clause_in_the_dateline_country_keeps_the_story_local(pipe: Pipeline) -> None:
    # a place below the event no longer places it, but one in the dateline's country says the story is local
    text = ("STOCKHOLM, May 4 - The prime minister has withdrawn a request to Moscow to close a Soviet trade office "
            "near Uppsala.")
    assert _loc(pipe, text, "withdrawn") == "SWE"


def test_a_bare_participle_of_the_event_shares_its_place(pipe: Pipeline) -> None:
    # guard: "launched an ambush, wounding two soldiers near Hebron" is one act at one place
    text = "AMMAN, May 4 - Palestinian militants launched an ambush on Tuesday, wounding two Israeli soldiers near Hebron."
    assert _loc(pipe, text, "launched") == "PSE"


def test_where_the_thing_acted_on_was_places_the_act(pipe: Pipeline) -> None:
    # guard: a relative clause (here through "they said") on the event's own object tells where that thing was
    text = ("ISLAMABAD, May 4 - Afghan rebels claimed responsibility for shooting down an army helicopter, which they "
            "said crashed in Kunar province.")
    assert _loc(pipe, text, "shooting") == "AFG"
