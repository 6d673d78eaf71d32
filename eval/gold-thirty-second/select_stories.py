"""Candidate walk for the thirty-second article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 333, where gold-thirtieth stopped. Usage (from the repository root):
python3 eval/gold-thirty-second/select_stories.py [N]

The list is rebuilt exactly as gold-thirtieth rebuilds it (through gold-twenty-third's g22_excluded:
gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79 must equal gold-twenty-second's
WALK, 80-159 gold-twenty-third's, 160-215 gold-twenty-sixth's, 216-283 gold-twenty-eighth's and 284-332
gold-thirtieth's ("the list moved" otherwise). The stories taken here must also be outside every gold now written
(gold-thirty-first, written at the same time from another pool, included once written), the shared dev gold,
used_records() and audited_records() (checked by print_walk).
Rules as the five earlier walks: the story reports an act of a political actor (a government, minister, central
bank, court, prosecutor, regulator, parliament, international lender or union acting); pure market reports,
earnings, prices and forecasts are no political news; at least two events (coded as PLOVER's manual says); not the
same news story as one an earlier gold took or one already taken; at most three stories on one conflict, at most
four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select30 = gold_script("select30", "gold-thirtieth", "select_stories.py")
select28 = select30.select28
select26 = select30.select26
select23 = select30.select23
select22 = select30.select22
OWN = "eval/gold-thirty-second/"
EARLIER = (select22.WALK, select23.WALK, select26.WALK, select28.WALK, select30.WALK)
START = sum(len(w) for w in EARLIER) + 1  # 333

WALK = [
    ("reuters-19115", True, "the budget director says Reagan would veto Congress's budget but offers to talk "
                            "about revenues: the executive against the legislature (a day after gold-twenty-third's "
                            "18878, the White House's charge against the budget; a new interview with new acts, "
                            "the veto announced and talks offered)"),
    ("reuters-5389", False, "French inflation: statistics"),
    ("reuters-18440", True, "Japanese truck makers stop exports to North Korea after government guidance, in "
                            "answer to US concern over missile launchers: an export restriction against a state "
                            "(as gold-twenty-second's 894 export curbs)"),
    ("reuters-6361", True, "the Singapore government takes over the Goodwood shares of the chairman of the "
                           "Brunei bank that Brunei's authorities closed: a seizure of property (as "
                           "gold-twenty-second's sequestration)"),
    ("reuters-14189", False, "soy/feed trade: market"),
    ("reuters-1625", False, "Argentina's debt talks with its creditor banks: a financial negotiation with banks "
                            "(as gold-thirtieth's 3982); the US bridging loan told in one background line"),
    ("reuters-11180", False, "New Zealand's state-owned Post Office Bank capitalised: a government and its own "
                             "corporation, no interaction"),
    ("reuters-6546", False, "a bauxite refinery reopened: corporate (the rebels' sabotage one background event)"),
    ("reuters-12405", False, "the Asian Development Bank opens a Jakarta office: an institution's office plan"),
    ("reuters-11486", False, "Yugoslavia's Paris debt accord: the news story of gold-thirtieth's 11591"),
    ("reuters-7937", True, "Mexico's reserves; its finance minister signs a World Bank loan, a Japanese government "
                           "loan tranche, accords with Paris Club creditor governments: a business story with a "
                           "government's acts with lenders and states"),
    ("reuters-18681", True, "the Indonesia aid donors (IGGI) pledge 3.15 billion dlrs and call for deregulation: "
                            "aid between states (another news story than gold-twenty-sixth's 18642, Indonesia's "
                            "answer to the World Bank as the donors met; this is the meeting's pledge)"),
    ("reuters-12693", False, "the White House disavows its trade representative's comments on the dollar: inside "
                             "one government, no interaction"),
    ("reuters-5139", False, "rubber pact talks resolve major differences: the news story of gold-twenty-second's "
                            "7304 (agreement on the central elements, the US proposal withdrawn)"),
    ("reuters-9687", False, "a farm co-op dissolved by its members: corporate"),
    ("reuters-19588", False, "spot oil prices: market"),
    ("reuters-6511", False, "Iceland to privatise a state bank: domestic economic policy, no interaction"),
    ("reuters-6360", False, "FRN trading: market"),
    ("reuters-1839", False, "Yeutter plans a July trip to China: one plan and an assessment"),
    ("reuters-956", False, "Taiwan's central bank refuses a textile lobby's plea on the exchange rate: a lobby's "
                           "request (as gold-thirtieth's 16558), domestic"),
    ("reuters-16196", False, "Bangemann answers the research institutes' call for tax cuts: domestic policy "
                             "answer to forecasters"),
    ("reuters-8752", False, "Dutch exchanges set up a self-regulation body: business"),
    ("reuters-10199", False, "Costa Rica's central bank chief resigns: an appointment change, no interaction"),
    ("reuters-9215", False, "Brazil and its bank advisory committee: a deal with banks (as gold-thirtieth's "
                            "10568)"),
    ("reuters-16562", False, "satellite technology: business"),
    ("reuters-7360", False, "a House subcommittee approves a debt plan: legislative drafting (as "
                            "gold-twenty-second's 6639)"),
    ("reuters-8175", False, "the Danish bank inspectorate stops a small bank's payments: bank supervision, no "
                            "interaction between political actors (as gold-thirtieth's 6401)"),
    ("reuters-19620", False, "Mauritius could have offshore banking: a plan"),
    ("reuters-21277", False, "Baker's attack on German rates imperils the Louvre accord: the news story of "
                             "gold-twenty-sixth's 21512 (Balladur insists on the accords, the same day)"),
    ("reuters-19980", True, "Caricom finance ministers approve a draft agreement for an export credit bank; the "
                            "leaders meet: an agreement between states"),
    ("reuters-10548", False, "Honeywell Bull's revenue: earnings"),
    ("reuters-12370", False, "UPI's president resigns: corporate"),
    ("reuters-18416", False, "Cominco strike talks stalled: no talks scheduled, no new act"),
    ("reuters-16937", False, "Fujioka on the stalemate with Taiwan: the news story of gold-twenty-eighth's 16965 "
                             "(the same interview)"),
    ("reuters-12976", True, "US Customs levies bonds on Japanese goods pending the 100 pct tariffs: a trade "
                            "sanction (US-Japan chips 1; another news story than the chip stories of "
                            "gold-tenth's 13039 and gold-twenty-sixth's 12776, April 3)"),
    ("reuters-5330", True, "Brazilian bank workers vote for a national strike; seamen strike; oil workers threaten "
                           "action: strikes against firms (as gold-twenty-eighth's 3329; another news story than "
                           "gold-thirtieth's skipped 9391)"),
    ("reuters-17372", False, "a Sri Lankan minister's growth forecast: a forecast"),
    ("reuters-12642", False, "Lawson on next week's G-7 review: a preview with a minister's views (as "
                             "gold-thirtieth's 12815)"),
    ("reuters-19033", False, "Shultz tells ASEAN ministers they cannot rely on exports to the US: a forecast and "
                             "advice in a speech (as gold-thirtieth's 5160)"),
    ("reuters-8961", False, "cocoa buffer stock accord closer: a progress report and forecasts on commodity "
                            "talks (as gold-twenty-eighth's 19387)"),
    ("reuters-14043", False, "Frankfurt dollar: market"),
    ("reuters-14837", False, "a House committee proposes defence cuts: legislative drafting"),
    ("reuters-6471", False, "Morgan Grenfell's profits: earnings"),
    ("reuters-18148", True, "Shultz welcomes Tokyo's economic package but will not lift the chip sanctions until "
                            "Japan changes its sales policies: trade dispute (US-Japan chips 2; another news story "
                            "than gold-twenty-eighth's skipped 18104)"),
    ("reuters-14826", False, "Asian exporters fear damage from the US-Japan rift: analysis"),
    ("reuters-18888", False, "a South African union's dispute with a refinery's owner: a labour dispute with a "
                             "firm, no strike called (talks broken down, a ballot)"),
    ("reuters-15812", False, "Nigeria's domestic oil subsidy: domestic economic policy"),
    ("reuters-16249", False, "Texaco's bankruptcy filing: corporate litigation, analysts' views"),
    ("reuters-2744", False, "Canadian money supply: statistics"),
    ("reuters-3056", False, "Renault and Chrysler on AMC: corporate"),
    ("reuters-4642", False, "Bangladesh will seek more World Bank money: plans (a request to come, a budget "
                            "revision)"),
    ("reuters-10665", False, "Baldrige predicts an end of the chip dispute: a forecast on television"),
    ("reuters-9149", False, "an employers' federation's yen forecast: a forecast"),
    ("reuters-2467", False, "Colombia's debt and coffee: a forecast"),
    ("reuters-8677", False, "a Bundesbank tender: money-market operations"),
    ("reuters-16199", False, "two Utah financial institutions fail: bank supervision, no interaction"),
    ("reuters-8964", False, "PDVSA's oil income: earnings"),
    ("reuters-20805", False, "a former Treasury secretary blasts Reagan and Congress: a private person's opinion "
                             "in an interview"),
    ("reuters-8884", False, "sterling outlook: market"),
    ("reuters-3449", False, "Sumita on monetary policy: a central banker's assessment"),
    ("reuters-3433", False, "Miyazawa on the Paris accord: an assessment"),
    ("reuters-4662", False, "Subroto on the oil market: a forecast"),
    ("reuters-17430", False, "the Interior Secretary opposes an oil import fee: domestic advocacy on a proposal"),
    ("reuters-5132", True, "the Commerce Department says Canada's firms pay the lumber export charge after talks "
                           "with Canadian officials: trade dispute (US-Canada lumber)"),
    ("reuters-2965", False, "German 1988 tax cuts raised: domestic fiscal policy"),
    ("reuters-11582", False, "a firm's financing: corporate"),
    ("reuters-13586", False, "Denmark plans to end a sales tax: domestic fiscal policy"),
    ("reuters-17207", False, "ADB delegates gather in Osaka: a preview (Taiwan's boycott the stalemate of "
                             "gold-twenty-eighth's 16965)"),
    ("reuters-4593", False, "Petrobras cancels a Saudi crude purchase: a state oil firm's commercial dispute over "
                            "credit terms"),
    ("reuters-17620", False, "a Dutch rate cut seen likely: a forecast"),
    ("reuters-11498", False, "trade-war fears and stock markets: market"),
    ("reuters-15014", False, "Rolls-Royce share demand: a privatisation sale, business"),
    ("reuters-208", True, "Japan pledges to try to buy more US car parts, the Commerce Department says: trade "
                          "diplomacy (US-Japan car parts)"),
    ("reuters-1140", False, "Lusinchi limits new borrowing; the debt deal with banks: debt policy toward banks "
                            "(as gold-thirtieth's 20871)"),
    ("reuters-4547", False, "Volcker on problem sectors: an assessment"),
    ("reuters-3048", False, "Ecuador's oil exports halted by the earthquake; Venezuela lends crude: the news of "
                            "gold-twenty-eighth's 4039 (Venezuela supplies Ecuador's exports), two days earlier"),
    ("reuters-9715", True, "Garcia ends a visit to Mexico; the two presidents' joint declaration on debt and their "
                           "trade and cooperation agreements: a state visit and agreements between states"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
