"""Candidate walk for the sixty-fourth article gold (written blind, 'gold-sixty-seventh'): the long remainder list
(gold_selection.long_remainder_list, imported, not rebuilt: 203 Reuters-21578 records of 400 words or more with at
least three political keyword hits that no gold, audit or earlier use held when it was drawn), walked from position
69 to 136, its declared stretch. Three golds walk disjoint stretches of the list this session, declared before any
read a story: gold-sixty-sixth 1-68, gold-sixty-seventh (this one) 69-136, gold-sixty-eighth 137 to the end; each
stops at 8 stories. The other golds written at the same time were not read here.
Usage (from the repository root): python3 eval/gold-sixty-seventh/select_stories.py [N]

Rules as gold-sixty-second's walk: a story is taken when it reports at least one act of a political actor toward
another (a government, minister, head of state, legislature, army, armed group, party or international body;
domestic political acts such as resignations, a ruling council's decisions on a handover of power and arrests
count); company news, markets, figures, forecasts and views are no political news; a business story with a political
actor's act in it is taken, only its political acts required (debt talks and agreements with creditor banks taken,
as gold-fifty-fourth took 12041); labour disputes with an employer (the state as employer included), domestic
economic, monetary and fiscal policy, regulation, legislation, polls, elections without an act, appointments and
reshuffles are skipped; a cancelled trip alone is skipped; not the same news story as one an earlier gold took or
one already taken (titles, dates within four days and openings of every held record compared); at most three
stories on one conflict or negotiation; 8 stories. WALK gives each position's reason; gold_selection.print_walk
checks that it is the list's order from START and that no story taken is held by any gold now written, the shared
dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, long_remainder_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-sixty-seventh/"
LIST_LENGTH = 203  # the list as gold_selection draws it
START = 69  # declared in advance: this gold walks 69-136
STOP = 137  # declared in advance: gold-sixty-eighth walks from here
TAKE_AT_MOST = 8

WALK = [
    ("reuters-19532", False, "banks in Singapore expand securities business: corporate, markets"),
    ("reuters-19040", False, "Taiwan's reserves rise more slowly after the central bank's curbs: domestic monetary "
                             "policy, figures"),
    ("reuters-17325", False, "pressure in the markets for US action on the dollar: markets, views (the coming "
                             "Reagan-Nakasone summit only a forecast)"),
    ("reuters-5412", False, "the Bank of Spain relaxes exchange controls: domestic monetary regulation"),
    ("reuters-9722", False, "a Tokyo earthquake's possible cost to insurers and banks: analysis, no act"),
    ("reuters-7405", False, "Mexico's loan to be signed tomorrow amid bankers' calls for change: the signing is the "
                            "news of the held 7731 (March 20, the next day), the rest bankers' views and background"),
    ("reuters-19292", False, "drug makers benefit from a study: corporate"),
    ("reuters-19353", False, "Lloyds Bank leaves the bond markets: corporate, markets"),
    ("reuters-11781", False, "Thai stocks expected to rise: market"),
    ("reuters-21508", False, "a row between the Bundesbank and the finance minister over a tax: domestic monetary "
                             "and fiscal policy, views"),
    ("reuters-6708", False, "a bank chairman expects months of Brazil debt talks: a forecast"),
    ("reuters-10733", False, "Ongpin says the PINs will revive the Baker plan: views (the PINs offer the news of the "
                             "held 240 and 347, the bank accord of the held 10725 and 11148)"),
    ("reuters-10017", False, "Conrail's share offering: corporate, market"),
    ("reuters-8746", False, "US economic growth: figures"),
    ("reuters-7071", False, "cocoa delegates optimistic on buffer stock rules: a commodity meeting's technical talks "
                            "(as gold-fifty-first's walk skipped 6128)"),
    ("reuters-5879", False, "economists see a sluggish Japanese economy: forecasts"),
    ("reuters-8075", False, "an economist calls Brazil's request modest: views"),
    ("reuters-10778", False, "Dutch bonds: market"),
    ("reuters-19016", False, "Ottawa widens its sales tax: domestic fiscal policy"),
    ("reuters-3470", False, "a government bond tranche sold out: market"),
    ("reuters-16130", False, "an offer for Dome and its debt talks: corporate"),
    ("reuters-2521", False, "Brazil's debt and hard selling of commodities: market analysis (the ICO talks' "
                            "breakdown only background)"),
    ("reuters-20865", False, "Yeutter says the Canadian and Israeli pacts help GATT: views; the veto threat is "
                             "domestic legislation"),
    ("reuters-17372", False, "a Sri Lankan minister expects the slowest growth in a decade: a forecast, figures"),
    ("reuters-18360", False, "currency futures: market"),
    ("reuters-6558", False, "a power company may suspend payments: corporate"),
    ("reuters-16249", False, "Texaco files under Chapter 11: corporate, a dispute between firms"),
    ("reuters-19285", False, "oil prices ahead of the OPEC meeting: market"),
    ("reuters-19589", False, "alternatives to IBM's software: corporate"),
    ("reuters-5139", False, "rubber pact negotiators agree basic elements: the accord of the held 5195 (March 16, "
                            "Malaysia welcomes the accord reached over the weekend) and the US withdrawal of the held "
                            "4941 (March 13): its events the same"),
    ("reuters-18299", False, "Volcker leaves despite Reagan's requests: an appointment (and the news of the held "
                             "18049, the same day)"),
    ("reuters-10537", False, "cotton seedings: figures"),
    ("reuters-5473", False, "Royal Trust's expansion: corporate"),
    ("reuters-13115", False, "Canada's oil industry to recover: analysts' forecast"),
    ("reuters-18005", False, "Reagan says Volcker will not serve a new term: an appointment (the news of the held "
                             "18049, the same day)"),
    ("reuters-19559", False, "Kuwait's oil minister sees OPEC output over the ceiling: a forecast, views (the OPEC "
                             "accord and Iraq's refusal the news of the held 19560)"),
    ("reuters-3563", False, "oil services turnaround: analysis, corporate"),
    ("reuters-15382", False, "China likely to join GATT, diplomats say: a forecast, analysis (the application of "
                             "July 1986 background)"),
    ("reuters-8252", True, "Japan sends a letter to top US policy makers to save the chip pact: a state's appeal to "
                           "another (US-Japan chips 1; another news story than the held 8602, Nakasone's "
                           "intervention of March 24, and the held 7521, 8044, 10209 and 10264 on the US side)"),
    ("reuters-11224", False, "commodity pacts more market-oriented: analysis, views"),
    ("reuters-5985", False, "the UK budget: fiscal policy"),
    ("reuters-180", False, "no US wheat bonus for the Soviets under consideration: no act (the grain talks only "
                           "background)"),
    ("reuters-16381", False, "gilt auctions' rules: regulation"),
    ("reuters-16072", False, "markets and the dollar: market analysis"),
    ("reuters-17199", False, "Qatar's banks: corporate"),
    ("reuters-11083", False, "Fed policy forecasts: monetary policy"),
    ("reuters-14749", False, "Texas may consider an income tax: a state's fiscal policy"),
    ("reuters-9244", False, "London trading in US debt: market"),
    ("reuters-17358", False, "US beef and citrus talks with Japan seen tough: an analysis of positions, a forecast "
                             "(as gold-twenty-third's walk skipped 17598)"),
    ("reuters-10996", False, "Wall Street stocks: market"),
    ("reuters-12917", False, "Time's earnings: corporate"),
    ("reuters-16784", False, "Lyng opens farm talks in Tokyo: the talks and request of the held 16763 and 16790 "
                             "(the same day)"),
    ("reuters-10080", False, "BP's offer: corporate"),
    ("reuters-950", False, "German banks want Brazil closer to the IMF: banking sources' views (Funaro's meeting "
                           "with Stoltenberg the news of the held 1248, Lawson's word of the held 458, Funaro's "
                           "refusal of the IMF of the held 765)"),
    ("reuters-5258", False, "cocoa the focus of commodity pact negotiators: a preview, analysis, no act yet (as "
                            "gold-twenty-third's walk skipped it)"),
    ("reuters-914", False, "Japan likely to let US banks deal securities: analysts' forecast, a pending licence"),
    ("reuters-6156", False, "analysts on the UK budget: views"),
    ("reuters-15408", False, "the G-7 commitment tests Japan: analysis"),
    ("reuters-4969", False, "bank stocks: market"),
    ("reuters-12806", False, "Treasury policies unchanged by an official's departure: personnel, views"),
    ("reuters-16154", False, "euro-medium term notes: market"),
    ("reuters-5827", False, "Zambia stops sending copper through South Africa: the news of the held 6025 (the same "
                            "day, the minister confirms the diversion)"),
    ("reuters-7062", False, "the OECD farm subsidy study: figures (a minister's endorsement only background)"),
    ("reuters-916", False, "eurobonds: market"),
    ("reuters-335", False, "Hungary's austerity measures: domestic fiscal policy"),
    ("reuters-18614", False, "budget negotiators cut farm funds: legislation (as gold-twenty-third's walk skipped "
                             "it)"),
    ("reuters-419", True, "Funaro criticises the structure of Brazil's bank advisory committee and meets the British "
                          "today: a government's charge against its creditor banks and talks between states (Brazil's "
                          "debt 1; another news story than the held 359, his call for official finance, 458, "
                          "Lawson's word after the meeting, and 765, his refusal of the IMF)"),
    ("reuters-288", True, "Iraq secures its creditor banks' agreement to defer a euroloan's payments: a state's debt "
                          "agreement with creditor banks (as gold-fifty-fourth took 12041; gold-twenty-second's walk, "
                          "under its earlier rule, skipped it as a financial deal; no gold holds it); the stretch's "
                          "end"),
]


def main():
    order, records = long_remainder_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
