"""Recipients of real acts left empty (rcp30): talks a visiting team, mission or delegation, or one state's party,
"held here" are held with the state the story is filed from, its host. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on


def recipient_codes(event) -> list[str]:
    return sorted(str(p.code) for p in event.recipient)


# Talks a visitor holds "here" are with the state the story is filed from, as on a visit; a gathering of a bloc's
# ministers that meets there holds them among its members, and talks "with" someone name their own other side.
@pytest.mark.parametrize("text, host", [
    ("MANILA, March 20 - An International Monetary Fund team held talks here last week on the peso exchange rate.",
     "PHL"),
    ("NAIROBI, June 3 - A World Bank mission held discussions here on the coffee sector, officials said.", "KEN"),
    ("BONN, May 4 - A Japanese trade delegation held talks here on Tuesday on car exports.", "DEU"),
    ("ACCRA, June 9 - Cocoa prices eased while a World Bank team held talks here to review the recovery plan.", "GHA"),
])
def test_talks_a_visitor_held_here_are_with_the_dateline_state(code_all, text, host):
    events = on(code_all(text), "held")
    assert events and recipient_codes(events[0]) == [host]


def test_a_blocs_ministers_holding_talks_here_have_no_host(code_all):
    text = "BRUSSELS, April 2 - European Community farm ministers held talks here on the price package."
    assert all(not e.recipient for e in on(code_all(text), "held"))


def test_talks_held_here_with_someone_are_with_that_party(code_all):
    text = "LIMA, May 2 - An IMF team held talks here with Finance Minister Luis Alva Castro."
    events = on(code_all(text), "held")
    assert events and recipient_codes(events[0]) == ["PER"]
