"""Candidate walk for the forty-fifth article gold (written blind, 'gold-forty-eighth'): gold-twenty-second's list
of 1987 Reuters business stories with political acts (its seed 20261130 and filters, imported, not copied), walked
over positions 1,233-1,300 and then, past gold-forty-fifth's stretch (1,301-1,387), 1,388-1,452. Three golds walk
disjoint stretches of the list this session, declared before any of them read a story: gold-forty-sixth
1,061-1,150, gold-forty-seventh 616-649 and 766-799, gold-forty-eighth (this one) 1,233-1,300 and 1,388-1,452, so
this walk starts at 1233 and stops before 1453 (the list holds 1,452).
Usage (from the repository root): python3 eval/gold-forty-eighth/select_stories.py [N]

The list is rebuilt exactly as gold-forty-fifth rebuilds it (through gold-forty-second's script, and through it
gold-thirty-ninth's, gold-thirty-fourth's and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as
they stood when it was drawn). Positions 1-505 must equal the eight earlier walks and gold-thirty-fourth's (as
gold-forty-second checks them), 506-573 gold-thirty-seventh's WALK, 574-615 gold-fortieth's, 650-721
gold-thirty-eighth's, 722-765 gold-forty-first's, 800-855 gold-thirty-fifth's, 856-901 gold-thirty-ninth's, 902-999
gold-forty-second's, 1,000-1,060 gold-forty-third's, 1,151-1,232 gold-forty-fourth's and 1,301-1,387 (skipped here,
inside this walk's stretch) gold-forty-fifth's ("the list moved" otherwise). Positions 616-649, 766-799 and
1,061-1,150 are this session's other blind golds', not read here. The stories taken here must also be outside every
gold now written, the shared dev gold, used_records() and audited_records() (checked by print_walk). Rules as the
earlier walks: the story reports an act of a political actor (a government, minister, central bank, court,
prosecutor, regulator, parliament, international lender or union acting); pure market reports, earnings, prices and
forecasts are no political news; at least two events (coded as PLOVER's manual says, optional ones counted as the
earlier walks did); not the same news story as one an earlier gold took or one already taken; at most three stories
on one conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK_BEFORE and
WALK_AFTER give each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select45 = gold_script("select45", "gold-forty-fifth", "select_stories.py")
select44 = gold_script("select44", "gold-forty-fourth", "select_stories.py")
select43 = gold_script("select43", "gold-forty-third", "select_stories.py")
select23 = select45.select23
select22 = select45.select22
OWN = "eval/gold-forty-eighth/"
EARLIER = select45.EARLIER  # positions 1-505, as gold-thirty-fourth checks them and its own walk
# The later walks, each with its first position: gold-thirty-seventh's, -fortieth's, -thirty-eighth's,
# -forty-first's, -thirty-fifth's, -thirty-ninth's and -forty-second's (as gold-forty-fifth asserts them), then
# gold-forty-third's, -forty-fourth's and -forty-fifth's (616-649, 766-799 and 1,061-1,150 are this session's other
# blind golds', not read here).
LATER = select45.LATER + ((select43.START, select43.WALK), (select44.START, select44.WALK),
                          (select45.START, select45.WALK))
START = 1233  # declared in advance: gold-forty-fourth's walk ended at 1,232
SKIPPED = (1301, 1387)  # gold-forty-fifth's walk, inside this stretch: not walked here
RESUME = 1388  # declared in advance: the walk goes on after gold-forty-fifth's last position
STOP = 1453  # declared in advance: this walk must end before it (the list holds 1,452)

# Positions 1,233-1,300.
WALK_BEFORE = [
    ("reuters-17976", False, "the World Bank's strains in the debt strategy: analysis (monetary sources' views, "
                             "background acts only)"),
    ("reuters-19089", False, 'a board approves car-making guidelines: domestic industrial policy'),
    ("reuters-9784", False, 'UK trade figures and rate hopes: market'),
    ("reuters-20681", False, "France to cancel part of Renault's debt: domestic, a state's own firm"),
    ("reuters-10905", False, "Congress makes Japan the symbol of the trade crisis: analysis of domestic trade "
                             "legislation"),
    ("reuters-18369", False, "Brazil's plan may permit new debt talks: a minister's expectation, domestic economic "
                             "plan"),
    ("reuters-18167", False, "Greenspan's reputation: views"),
    ("reuters-3800", False, 'Austrian growth: a forecast'),
    ("reuters-12277", False, "a firm's share values: corporate"),
    ("reuters-10640", True, "Nicaragua's trade minister briefs the ICO board's producer members after a producers' "
                            "meeting in Managua, urges continued producer talks and blames the consumers: meetings "
                            "and charges of producing states (a commodity body)"),
    ("reuters-19590", False, "Kuwait's budget deficit: domestic fiscal policy"),
    ("reuters-8804", False, "a firm's agreement with a former president: corporate"),
    ("reuters-5852", True, "Norway's parliament approves a trade ban against South Africa, with a loophole for "
                           "tankers: sanctions of a state against another"),
    ("reuters-1269", False, "a firm's profits: corporate"),
    ("reuters-16028", False, 'chip orders: figures'),
    ("reuters-19694", False, "a car maker's supply talks with China: corporate"),
    ("reuters-5185", False, "Tanzania wants to export maize: a minister's plan, no act toward another"),
    ("reuters-5453", False, "banks' German growth forecast: a forecast"),
    ("reuters-19713", False, 'a stake: corporate'),
    ("reuters-3065", False, "the OECD's growth forecast: a forecast"),
    ("reuters-10445", False, "a firm's earnings outlook: corporate"),
    ("reuters-11148", True, "the Philippines agreed to token principal payments in its bank debt rescheduling, "
                            "bankers say: a government's debt agreement with its banks (another news story than "
                            "gold-forty-fifth's 9714, the talks narrowed on March 26)"),
    ("reuters-9437", False, 'a dividend: corporate'),
    ("reuters-17220", True, "Egypt tries to persuade Arab states to buy its military debts, approaches Kuwait and "
                            "Saudi Arabia, and agrees reforms with the IMF: debt diplomacy between states and a "
                            "lender"),
    ("reuters-5523", False, "France's inflation target: domestic economic policy"),
    ("reuters-12363", False, "Canada's letter of understanding with a Japanese trading firm: one act, with a firm"),
    ("reuters-419", False, "Funaro criticises the bank committee in London on March 2: the news story of "
                           "gold-thirty-fifth's 765 (Funaro in London the same day, talking to reporters)"),
    ("reuters-14949", False, 'merger talks: corporate'),
    ("reuters-17072", False, "Miyazawa says Japan has no new dollar measures: a minister's views (yesterday's "
                             "intervention background)"),
    ("reuters-21466", False, 'a firm restructures units: corporate'),
    ("reuters-16241", False, 'Hungary raises prices: domestic fiscal policy'),
    ("reuters-19797", False, "a mining firm attacks an apartheid law in its annual report: a firm's act"),
    ("reuters-11461", False, "Yeutter says the US and Japan are not in a trade war: views in testimony "
                             "(gold-twenty-sixth's 11254 has Yeutter's hearing the same day)"),
    ("reuters-17126", False, "Baker says the G-7 wants to halt the dollar's fall: policy statements in a speech"),
    ("reuters-7565", False, "India's flood damage: figures"),
    ("reuters-914", False, "Japan likely to let US banks deal securities: analysts' speculation"),
    ("reuters-17966", False, 'UK reserves and rate hopes: market'),
    ("reuters-11202", False, 'cable shares: market'),
    ("reuters-16613", False, "a bank considers a loan's status: corporate"),
    ("reuters-7240", False, "a firm's expansion: corporate"),
    ("reuters-11950", False, 'Reagan opposes excise tax rises: domestic fiscal policy'),
    ("reuters-14906", False, "Norway's loan registration rules: domestic regulation"),
    ("reuters-7829", False, "a bank's notes: market"),
    ("reuters-11831", False, "India's rate cuts: domestic monetary policy"),
    ("reuters-19169", False, "EC grain tenders disrupted: market (the ministers' failure background)"),
    ("reuters-13659", False, 'offer commitments: corporate'),
    ("reuters-12436", False, "Zambia's maize crop: a forecast"),
    ("reuters-6083", False, "Zambia's currency auction to resume: domestic monetary policy"),
    ("reuters-14733", False, 'business highlights: corporate'),
    ("reuters-17242", False, "the Bundesbank's warning to Bonn: domestic fiscal policy"),
    ("reuters-1201", False, "Rostenkowski opposes a trade bill: a legislator's views on domestic legislation"),
    ("reuters-7099", False, 'personal income: figures'),
    ("reuters-5684", False, "Brazil's trade surplus: figures"),
    ("reuters-672", True, "EC farm ministers struggle to finalise the butter rules of the dairy accord; West "
                          "Germany and Ireland oppose the limits: negotiations in an international body (another "
                          "news story than gold-thirty-third's 1439, the pact hailed on March 4)"),
    ("reuters-6091", False, 'analysts on UK base rates: market'),
    ("reuters-13050", True, "Britain's export credit department holds talks with Nigeria on resuming cover after "
                            "last week's debt accord: negotiations between states"),
    ("reuters-15239", False, "a firm's response to its pilots' bid: corporate"),
    ("reuters-1947", False, "a state bank's new policies: domestic banking"),
    ("reuters-9527", True, "Ecuador negotiates with Nigeria to borrow crude and finalises Venezuela's loan: "
                           "cooperation between states (another news story than gold-forty-second's 3609, March 11, "
                           "the aid sought in Venezuela)"),
    ("reuters-5851", False, 'Saudi corporate debt: business analysis'),
    ("reuters-1892", False, 'debt futures charts: market'),
    ("reuters-14766", False, "Ruding on the IMF and World Bank mood: a minister's views at a briefing"),
    ("reuters-6428", False, "a business federation on the telecom merger: corporate (the ministry's wish "
                            "background)"),
    ("reuters-6657", False, 'sugar prices: market analysis'),
    ("reuters-5846", False, 'UK borrowing figures: figures'),
    ("reuters-2514", False, 'options interest: market'),
    ("reuters-17612", False, 'warrants and an acquisition: corporate'),
    ("reuters-18332", True, "Colombia's ELN suspends its pipeline bombings and demands a tax on foreign oil firms: "
                            "a rebel group's acts toward the government (another news story than "
                            "gold-thirty-fourth's 13184, the pipeline attacked on April 3)"),
]

# Positions 1,388-1,452.
WALK_AFTER = [
    ("reuters-15349", False, "a firm's restructuring plan: corporate"),
    ("reuters-5518", True, "Yeutter says the US could complain to GATT about Canada's duty on US corn: a threat "
                           "answering a state's duty (another news story than gold-twenty-sixth's 9989, the "
                           "Senate's call of March 26)"),
    ("reuters-11873", False, 'control changes: corporate'),
    ("reuters-6215", False, "a firm's outlook: corporate"),
    ("reuters-17023", False, "the Senate's budget battle: legislative, domestic"),
    ("reuters-13328", False, 'a note auction: market'),
    ("reuters-16938", False, "coal exporters' price talks with Japanese mills: commercial negotiations"),
    ("reuters-1634", False, 'takeover rumours: market'),
    ("reuters-10637", False, 'French public sector funds: domestic fiscal policy'),
    ("reuters-1246", False, "Peru's coffee crop: figures"),
    ("reuters-8599", False, "Yeutter on the GATT round: a minister's views (gold-twenty-third's 8592 has Yeutter in "
                            "Taupo the same day)"),
    ("reuters-4049", False, 'a firm fights back: business analysis'),
    ("reuters-9582", False, "a securities group backs restraints: a trade association's views"),
    ("reuters-16320", False, 'a plant for sale: corporate'),
    ("reuters-12837", False, 'Japanese banks in Hong Kong: corporate'),
    ("reuters-8258", False, "an auditor's statement: corporate"),
    ("reuters-19717", False, "strikes at a firm's mills: a labour dispute with an employer (as gold-thirty-first's "
                             "skipped 18851)"),
    ("reuters-18567", False, 'a merger: corporate'),
    ("reuters-2015", False, "Tanzania's railway aid: the news story of gold-twenty-third's 1985 (the same title and "
                            "day)"),
    ("reuters-4170", False, "bankers oppose currency controls: bankers' views"),
    ("reuters-17199", False, "Qatar's banks: business analysis"),
    ("reuters-8312", False, "a debt negotiator offers to resign: a domestic appointment (the Miami talks "
                            "background)"),
    ("reuters-9213", False, "an employers' federation's yen forecast: a forecast"),
    ("reuters-17513", False, 'a buyout offer: corporate'),
    ("reuters-8075", False, "an economist on Brazil's request: views"),
    ("reuters-3017", True, "marines blockade ships after Brazil's seafarers' strike was ruled illegal: a "
                           "government's act in a labour dispute (the strike's cost to the state oil firm the "
                           "business side)"),
    ("reuters-9954", False, "Siemens rebuts US criticism on a bid: a firm's act"),
    ("reuters-6137", True, "Gulf Cooperation Council finance ministers open a meeting on economic integration: "
                           "meetings of an international organisation's member states"),
    ("reuters-6656", False, 'the drilling industry: market analysis'),
    ("reuters-1951", True, "a US undersecretary says he urged Japan to do much more to cut its surplus after three "
                           "days of talks and warns the chip pact is in jeopardy: trade diplomacy between states"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert at == 505, "the earlier walks changed"
    assert [(s, s + len(w) - 1) for s, w in LATER] == [(506, 573), (574, 615), (650, 721), (722, 765), (800, 855),
                                                        (856, 901), (902, 999), (1000, 1060), (1151, 1232),
                                                        SKIPPED], "the later walks changed"
    for first, walk in LATER:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    assert len(order) == STOP - 1, "the list's length changed"
    assert START + len(WALK_BEFORE) <= SKIPPED[0], "the walk runs into gold-forty-fifth's stretch"
    assert not WALK_AFTER or len(WALK_BEFORE) == SKIPPED[0] - START, "the walk skipped a position before 1,301"
    assert RESUME == SKIPPED[1] + 1 and RESUME + len(WALK_AFTER) <= STOP, "the walk runs past the list's end"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    held = held_now(OWN)
    asked = positions_asked(sys.argv)
    print_walk(order, records, WALK_BEFORE, START, held, asked if not WALK_AFTER else None)
    if WALK_AFTER or (asked is not None and len(WALK_BEFORE) == SKIPPED[0] - START):
        print_walk(order, records, WALK_AFTER, RESUME, held, asked)


if __name__ == "__main__":
    main()
