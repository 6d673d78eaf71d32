"""Candidate walk for the thirty-fifth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 800. Positions 451-799 belong to gold-thirty-fourth, written at the same time by another annotator: the
split was declared before either walk read a story, so both walks are blind and disjoint. Usage (from the
repository root): python3 eval/gold-thirty-fifth/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-third rebuilds it (through gold-twenty-third's g22_excluded:
gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79 must equal gold-twenty-second's
WALK, 80-159 gold-twenty-third's, 160-215 gold-twenty-sixth's, 216-283 gold-twenty-eighth's, 284-332
gold-thirtieth's, 333-409 gold-thirty-second's and 410-450 gold-thirty-third's ("the list moved" otherwise).
The stories taken here must also be outside every gold now written, the shared dev gold, used_records() and
audited_records() (checked by print_walk). Rules as the seven earlier walks: the story reports an act of a
political actor (a government, minister, central bank, court, prosecutor, regulator, parliament, international
lender or union acting); pure market reports, earnings, prices and forecasts are no political news; at least two
events (coded as PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as
one an earlier gold took or one already taken; at most three stories on one conflict, at most four on one trade
dispute, at most one analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select33 = gold_script("select33", "gold-thirty-third", "select_stories.py")
select23 = select33.select23
select22 = select33.select22
OWN = "eval/gold-thirty-fifth/"
EARLIER = select33.EARLIER + (select33.WALK,)
assert sum(len(w) for w in EARLIER) == 450
START = 800  # 451-799 are gold-thirty-fourth's (declared before either walk began)

WALK = [
    ("reuters-14212", False, "a USDA under-secretary's testimony on the savings from grain certificates, disputing a "
                             "GAO study: an assessment between agencies of one government, no interaction"),
    ("reuters-18395", False, "a confectioners' association writes to the EC council's president against the oils "
                             "and fats tax: a business association's lobbying, no act of a political actor"),
    ("reuters-17068", False, "Japan's planning agency urges watch on the yen's effects: an economic report"),
    ("reuters-18046", True, "the EC's trade commissioner welcomes Norway's renewed debate on membership after talks "
                            "with its government this week, and says Norway cannot expect special advantages "
                            "outside: relations between a state and the EC"),
    ("reuters-1718", False, "a telephone company's earnings outlook: earnings"),
    ("reuters-3978", False, "House Democrats drafting the budget in committee: legislative drafting (as "
                            "gold-thirty-third's skipped 4552 and 1786; the administration's opposition one "
                            "unnamed official's word)"),
    ("reuters-8079", True, "Italy's Treasury minister and the Bank of Italy send commissioners to take over a "
                           "savings bank after serious irregularities: a regulator acting on a firm"),
    ("reuters-9013", False, "a farm credit regulator's board members differ on the aid Congress should plan: "
                            "advocacy and estimates in testimony"),
    ("reuters-13037", False, "an acquisition completed: corporate"),
    ("reuters-765", True, "Brazil's finance minister rejects a British suggestion that Brazil seek IMF help, on a "
                          "European tour to explain the moratorium: relations between states (Brazil's debt "
                          "moratorium; other news stories than gold-nineteenth's 14635, gold-twenty-ninth's 6028, "
                          "gold-thirtieth's 9788 and gold-thirty-first's 15766)"),
    ("reuters-16139", True, "EC states losing patience with Japan: France restricts Japanese imports, Britain's "
                            "threat to withdraw bank licences, diplomats favour the Commission's tariff plan: "
                            "the one analysis piece, its acts reported as facts (EC-Japan trade; another news "
                            "story than gold-twenty-eighth's 15741 and gold-thirtieth's 9847)"),
    ("reuters-8819", False, "South Africa's debt committee and its creditor banks agree repayment terms: a "
                            "financial deal with banks (as gold-twenty-second's skipped 288 and 9796)"),
    ("reuters-3451", False, "an opinion poll: no event"),
    ("reuters-3818", False, "an aerospace industry's year: industry figures"),
    ("reuters-4947", False, "Ecuador's central bank says it cannot service its debt to private banks: a debtor "
                            "and its creditor banks (as gold-thirty-third's skipped 11155); the soft loans sought "
                            "one line"),
    ("reuters-13540", False, "the Bank of Japan governor's views on Reagan bonds in a newspaper interview: views, "
                             "no act"),
    ("reuters-12457", False, "an unnamed Japanese official on friction with the US: views; the retaliation not "
                             "ruled out a hedge, the US charges, Tokyo's denial and the tariff plan background"),
    ("reuters-11260", False, "MITI's minister to meet companies next week to ask for more imports: a government "
                             "and its own firms, a meeting to come"),
    ("reuters-4096", False, "sugar traders deny involvement in an offer: business"),
    ("reuters-11390", False, "Yeutter says the stock market overreacted to the tariffs: a comment on the market, "
                             "the tariff decision background (the same day's remarks as gold-twenty-sixth's 11254)"),
    ("reuters-14912", True, "a US under-secretary says Japan has little hope of avoiding the sanctions as a "
                            "Japanese team leaves for Washington, and asks Japan to open its markets: US-Japan "
                            "chips 1 (another news story than gold-tenth's 13039, the talks opened April 3)"),
    ("reuters-12564", True, "Chirac, back from talks in Washington, plans to urge Delors to send experts to "
                            "explain EC farm policy to Congress: the EC oils-tax dispute 1 (another news story than "
                            "gold-twenty-second's 9982 and gold-thirty-third's 17389)"),
    ("reuters-11984", True, "the US and Argentina settle the soy-product case; Argentina to abolish export taxes "
                            "under a US warning: trade dispute settled between states"),
    ("reuters-21510", True, "Venezuela's central bank president submits his resignation and asks the president "
                            "for another post, after differing with the finance ministry (newspapers): an "
                            "official's resignation (as gold-thirty-third's 7493)"),
    ("reuters-6996", False, "Saudi Arabia reshapes its economy: economic analysis, no act"),
    ("reuters-7521", True, "the US Senate votes 93-0 to urge Reagan to penalise Japan for violating the chip pact: "
                           "US-Japan chips 2 (a week before gold-thirtieth's 8602)"),
    ("reuters-19776", False, "a firm takes over a nuclear plant's operation: corporate"),
    ("reuters-7583", False, "UK GDP: economic figures"),
    ("reuters-12737", True, "Japan's agriculture minister will meet the US agriculture secretary on April 17 and "
                            "20; a ruling party leader to propose measures in answer to US demands: US-Japan farm "
                            "trade (another news story than gold-twenty-second's 893, a month before)"),
    ("reuters-1478", False, "Spain's export institute's export plan: domestic trade promotion, a plan"),
    ("reuters-14126", False, "the EC Commission has not yet decided on Britain's intervention-wheat request: EC "
                             "market management, a decision not taken"),
    ("reuters-10080", False, "BP's offer and oil values: corporate"),
    ("reuters-16745", False, "Miyazawa expects a lower US deficit: a forecast"),
    ("reuters-5631", False, "money managers' views: market"),
    ("reuters-19285", False, "oil prices before OPEC: market"),
    ("reuters-597", False, "OPEC's president accuses unnamed market manipulators: one charge against traders, the "
                           "rest output statements"),
    ("reuters-9680", False, "Brazil's coffee institute keeps its policy: a commodity policy statement"),
    ("reuters-8594", True, "West Germany's president tells Bolivia's congress German aid will rise; two "
                           "cooperation treaties signed; aid against the cocaine trade: relations between states"),
    ("reuters-12670", False, "a futures exchange's options: market"),
    ("reuters-6742", False, "a utility's outlays: corporate"),
    ("reuters-21395", False, "a firm elects a president: corporate"),
    ("reuters-12917", False, "an earnings forecast: earnings"),
    ("reuters-17060", False, "India's tea export target: a plan"),
    ("reuters-8929", False, "Balladur's economic outlook: a forecast"),
    ("reuters-1026", False, "Kenya's president on the economy at parliament's opening: domestic economic policy"),
    ("reuters-9754", False, "Japan's beef price support cut and demand: analysis and forecast"),
    ("reuters-6251", False, "the OMB has no policy on certificates: a statement, no act"),
    ("reuters-8511", False, "Yugoslav inspectors to check the ordered price rollback: domestic economic policy (as "
                            "gold-twenty-second's skipped 5145)"),
    ("reuters-21566", False, "a bond coupon: finance"),
    ("reuters-5270", False, "Paribas seeks to adjust Ecuador's oil facility: banks"),
    ("reuters-6169", False, "an Energy Department report on oil imports: a report, options, no act"),
    ("reuters-5726", False, "the Conrail offering: finance"),
    ("reuters-3023", False, "a takeover bid: corporate"),
    ("reuters-2257", False, "France to sell a bank stake to the public: a privatisation, no interaction"),
    ("reuters-13245", False, "the Zambian currency auction: market"),
    ("reuters-1848", True, "a US interagency meeting reaffirms opposition to the EC oils tax and agrees to keep "
                           "up pressure on member states; Yeutter's warning: the EC oils-tax dispute 2 (three weeks "
                           "before gold-twenty-second's 9982)"),
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
