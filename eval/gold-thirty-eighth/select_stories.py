"""Candidate walk for the thirty-eighth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked from position
650. Three golds walk disjoint stretches of the list this session, declared before any of them read a story:
gold-thirty-seventh 506-649, gold-thirty-eighth (this one) 650-799, gold-thirty-ninth 856-1,000; 800-855 are
gold-thirty-fifth's. Usage (from the repository root): python3 eval/gold-thirty-eighth/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-fourth rebuilds it (through gold-thirty-third's script and
gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79
must equal gold-twenty-second's WALK, 80-159 gold-twenty-third's, 160-215 gold-twenty-sixth's, 216-283
gold-twenty-eighth's, 284-332 gold-thirtieth's, 333-409 gold-thirty-second's, 410-450 gold-thirty-third's and
451-505 gold-thirty-fourth's ("the list moved" otherwise). The stories taken here must also be outside every gold
now written, the shared dev gold, used_records() and audited_records() (checked by print_walk). Rules as the eight
earlier walks: the story reports an act of a political actor (a government, minister, central bank, court,
prosecutor, regulator, parliament, international lender or union acting); pure market reports, earnings, prices
and forecasts are no political news; at least two events (coded as PLOVER's manual says, optional ones counted as
the earlier walks did); not the same news story as one an earlier gold took or one already taken; at most three
stories on one conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK
gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select34 = gold_script("select34", "gold-thirty-fourth", "select_stories.py")
select23 = select34.select23
select22 = select34.select22
OWN = "eval/gold-thirty-eighth/"
EARLIER = select34.EARLIER + (select34.WALK,)
assert sum(len(w) for w in EARLIER) == 505
START = 650  # 506-649 are gold-thirty-seventh's, declared before any of this session's walks began
STOP = 800  # gold-thirty-fifth's first position: this walk must end before it

WALK = [
    ("reuters-3069", False, "an engine maker sold to investors: corporate"),
    ("reuters-2503", True, "Brazil's finance minister extends his tour to Japan for talks with government officials "
                           "and bankers on the debt payment halt, having met only government officials in six "
                           "states: debt diplomacy (Brazil's debt 1; another news story than gold-thirty-fourth's "
                           "2545, Italy's support the same day, and gold-thirty-fifth's 765, the London leg)"),
    ("reuters-12732", False, "a bank raises its lending rate; the central bank's cash target: market and domestic "
                             "monetary policy"),
    ("reuters-2840", True, "a Treasury official urges Japan to open its bond and stock markets to US firms, says the "
                           "US presses Canada and will not hesitate to act if talks fail: trade diplomacy (US-Japan "
                           "trade 1)"),
    ("reuters-4661", False, "a joint venture: corporate"),
    ("reuters-16072", False, "economists on falling markets: analysis"),
    ("reuters-17279", True, "at the Kashijima trade ministers' meeting the US warns its partners of a protectionist "
                            "bill and the EC's trade chief warns Japan of stormy weather: trade diplomacy (US-Japan "
                            "trade 2)"),
    ("reuters-10229", True, "the White House budget director calls a Senate budget chairman's plan seriously "
                            "deficient and recalls the president's veto pledge: the executive against a legislator's "
                            "plan (as gold-twenty-third's 18878, another news story in June)"),
    ("reuters-11184", False, "the Philippines confirms prepayments in its debt pact with banks: a financial deal with "
                             "banks (as gold-twenty-second's 9796)"),
    ("reuters-3414", False, "foreign debt figures: economic figures"),
    ("reuters-841", False, "a bank's securities issue: corporate"),
    ("reuters-1002", True, "Taiwan's central bank governor rejects textile makers' plea to hold the currency, citing "
                           "US pressure: a central bank acting on an industry's request"),
    ("reuters-14853", False, "Thai banks' liquidity: economic spotlight"),
    ("reuters-20262", False, "UK credit policy: analysts"),
    ("reuters-16649", False, "a Kuwaiti daily on OPEC's credibility: a newspaper's report of unnamed sources, no act"),
    ("reuters-10103", False, "a bank president hopeful on Brazil: comment"),
    ("reuters-17943", False, "Nakasone agrees with the central bank governor that no rate cut is needed: domestic "
                             "monetary policy at a routine meeting"),
    ("reuters-20259", False, "analysts on the Louvre accord: analysis"),
    ("reuters-17871", False, "dollar outlook: analysts (Reagan's speech a remark in it)"),
    ("reuters-15743", False, "eurobond market: market"),
    ("reuters-359", True, "Brazil's finance minister in Washington blames official lenders, will not seek IMF money "
                          "and leaves for debt talks in Europe: debt diplomacy (Brazil's debt 2; another news story "
                          "than gold-thirty-fifth's 765, the London leg the same day)"),
    ("reuters-2912", False, "a firm cuts costs: corporate"),
    ("reuters-8780", False, "a merger: corporate"),
    ("reuters-5070", False, "central banks and the G-6 accord: market analysis"),
    ("reuters-19683", False, "a possible bid: corporate"),
    ("reuters-11601", True, "Britain grants Mozambique famine relief, refugee aid and a contribution to UNHCR: aid "
                            "between states"),
    ("reuters-15763", False, "a banker calls for tax cuts: a business view"),
    ("reuters-13531", False, "the dollar fixing: market (Sprinkel's remarks a comment)"),
    ("reuters-2521", False, "Brazil's debt and commodity selling: analysis"),
    ("reuters-6930", False, "a merger amended: corporate"),
    ("reuters-12603", True, "the US agriculture secretary warns Japan that keeping its beef quota may spark a "
                            "protectionist response and says he will demand its elimination: trade diplomacy "
                            "(US-Japan trade 3; another news story than gold-twenty-sixth's 16947, April 21)"),
    ("reuters-16747", False, "no talks set on a telecom merger: corporate (Britain's anger background)"),
    ("reuters-13115", False, "Canada's oil industry outlook: analysts"),
    ("reuters-5366", False, "a reorganization plan: corporate"),
    ("reuters-11271", False, "Thailand's cabinet approves a port authority's barter purchase of cranes: a commercial "
                             "purchase (as gold-twenty-second's skipped 12546)"),
    ("reuters-14830", False, "a parts supply deal: corporate"),
    ("reuters-5812", False, "intervention prices expected to fall: a forecast of domestic policy"),
    ("reuters-1854", False, "car sales: market"),
    ("reuters-4182", False, "a buyout: corporate"),
    ("reuters-17783", False, "Cominco's meeting with striking locals: the story of gold-twenty-second's 17805 (same "
                             "day, same text)"),
    ("reuters-20447", False, "a banking association on the share fall: a business view"),
    ("reuters-8257", False, "rains and crops in Ethiopia: an agricultural outlook"),
    ("reuters-12142", False, "an army construction contract: corporate"),
    ("reuters-8885", False, "the Ex-Im Bank's new lending policies in testimony: an agency's policy, no interaction"),
    ("reuters-3432", False, "Australia's arbitration commission sets the national wage rise: domestic wage policy "
                            "(as gold-thirty-fourth's skipped budget tax reliefs)"),
    ("reuters-19503", True, "Lebanese bank staff strike over three central bank colleagues believed kidnapped: a "
                            "union's protest (the kidnapping background)"),
    ("reuters-18356", False, "a state aluminium firm negotiates credits with foreign banks: a financial deal with "
                             "banks"),
    ("reuters-14710", False, "the dollar in New York: market report"),
    ("reuters-12377", False, "Sprinkel denounces protectionism in a speech: policy statements, no act toward another"),
    ("reuters-6788", False, "a House subcommittee's trade-bill amendment: legislative drafting (as gold-thirty-"
                            "fourth's skipped 12372)"),
    ("reuters-6606", False, "the energy secretary's proposals to the administration: a plan within a government"),
    ("reuters-21357", False, "a takeover proposal: corporate"),
    ("reuters-20046", False, "Thai stocks plunge: market"),
    ("reuters-3421", False, "the Fed's quarterly review of its January intervention: a report of market operations"),
    ("reuters-4314", False, "Lyng in an interview on what he will ask Japan next month: an interview on requests to "
                            "come (as gold-thirty-third's skipped 4548), the dispute of 12603 taken"),
    ("reuters-17432", True, "Gonzalez, facing labour unrest, criticizes the protests and refuses to give in on his "
                            "anti-inflation policy: a head of government against protesters (another news story "
                            "than gold-twelfth's 9292, March)"),
    ("reuters-18862", True, "a World Bank mission holds loan talks with Brazil's finance ministry; Brazil invites "
                            "the IMF: an international lender and a state (Brazil's debt 3)"),
    ("reuters-11740", False, "Israel's parliament passes the budget: domestic fiscal policy"),
    ("reuters-14767", False, "currency futures outlook: market"),
    ("reuters-8674", False, "Miyazawa to a parliamentary committee: statements and expectations"),
    ("reuters-5692", False, "Brazil's trade surplus: economic figures"),
    ("reuters-19807", False, "the coffee institute's president on quotas: a state marketing body's view (as "
                             "gold-thirty-fourth's skipped 2115)"),
    ("reuters-4685", False, "securities houses ask for bond auctions: firms' lobbying (as gold-thirty-fourth's "
                            "skipped 4754)"),
    ("reuters-14734", False, "money news highlights: a digest"),
    ("reuters-17426", False, "Bangladesh weighs a contract penalty on a grain supplier and asks it to ship faster: a "
                             "government buyer's dealings with a supplier, commercial (as the earlier walks' "
                             "negotiations with banks)"),
    ("reuters-8608", False, "Yeutter at Taupo on strained US-Japan trade: an assessment, the meeting to come a plan"),
    ("reuters-4028", False, "Venezuela to lend oil to Ecuador: the news story of gold-twenty-eighth's 4039 (the same "
                            "talks in Caracas, the same day)"),
    ("reuters-10717", False, "Japan's fair trade commission approves a shipyard cartel: domestic industrial policy"),
    ("reuters-249", False, "coffee quota talks continue, no accord seen: talks and forecasts of their failure, one "
                           "event"),
    ("reuters-1591", False, "Funaro meets Swiss officials: Brazil's debt a fourth story (at most three on one "
                            "dispute; neither armed conflict nor trade, the stricter cap)"),
    ("reuters-14262", False, "a new chairman: corporate"),
    ("reuters-16790", True, "Lyng opens his visit to Japan asking its agriculture minister to open the farm market; "
                            "the minister's reply: trade diplomacy (US-Japan trade 4; another news story than "
                            "gold-thirty-fifth's 12737, the talks set, and gold-twenty-sixth's 16947)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert START + len(WALK) <= STOP, "the walk runs into gold-thirty-fifth's positions"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
