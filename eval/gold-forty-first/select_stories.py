"""Candidate walk for the forty-first article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked from position
722, after gold-thirty-eighth's walk (650-721). Three golds walk disjoint stretches of the list this session,
declared before any of them read a story: gold-fortieth 574-649, gold-forty-first (this one) 722-799 and
gold-forty-second 902-1,200, so this walk stops before 800 (gold-thirty-fifth's first position).
Usage (from the repository root): python3 eval/gold-forty-first/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-ninth rebuilds it (through gold-thirty-fourth's script, gold-thirty-third's
and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was drawn). Positions
1-505 must equal the eight earlier walks and gold-thirty-fourth's (as gold-thirty-fourth checks them), 506-573
gold-thirty-seventh's WALK, 650-721 gold-thirty-eighth's, 800-855 gold-thirty-fifth's and 856-901
gold-thirty-ninth's ("the list moved" otherwise). The stories taken here must also be outside every gold now
written, the shared dev gold, used_records() and audited_records() (checked by print_walk). Rules as the earlier
walks: the story reports an act of a political actor (a government, minister, central bank, court, prosecutor,
regulator, parliament, international lender or union acting); pure market reports, earnings, prices and forecasts
are no political news; at least two events (coded as PLOVER's manual says, optional ones counted as the earlier
walks did); not the same news story as one an earlier gold took or one already taken; at most three stories on one
conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK gives each
position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select34 = gold_script("select34", "gold-thirty-fourth", "select_stories.py")
select35 = gold_script("select35", "gold-thirty-fifth", "select_stories.py")
select37 = gold_script("select37", "gold-thirty-seventh", "select_stories.py")
select38 = gold_script("select38", "gold-thirty-eighth", "select_stories.py")
select39 = gold_script("select39", "gold-thirty-ninth", "select_stories.py")
select23 = select34.select23
select22 = select34.select22
OWN = "eval/gold-forty-first/"
EARLIER = select34.EARLIER + (select34.WALK, select37.WALK)  # positions 1-573, one run
# The walks of this session's earlier stretches that do not join on: (first position, walk).
APART = ((select38.START, select38.WALK), (select35.START, select35.WALK), (select39.START, select39.WALK))
START = select38.START + len(select38.WALK)  # 722
STOP = 800  # declared in advance (gold-thirty-fifth's first position): this walk must end before it

WALK = [
    ("reuters-12986", False, "the Bank of Portugal's GDP forecast: a forecast"),
    ("reuters-8647", False, "Suzuki negotiates a Hungarian car venture at the government's request: a firm's "
                            "venture talks, corporate"),
    ("reuters-14757", True, "Japanese officials: Miyazawa met Baker and discussed the dollar/yen rates, Japan will "
                            "seek to strengthen the Paris accord at tomorrow's G-7 meeting: finance ministers' "
                            "talks (another news story than gold-twenty-eighth's 14987, Stoltenberg on April 8)"),
    ("reuters-3434", False, "New Zealand's finance minister expects foreign debt to keep falling: domestic debt "
                            "figures and views"),
    ("reuters-14640", False, "Brazil sets up a debt commission: a domestic body created; the debt talks and the "
                             "suspension background (Brazil's debt crisis of the same day is gold-nineteenth's "
                             "14635)"),
    ("reuters-5163", True, "the head of the Philippine commission recovering Marcos's wealth: sequestrations, a "
                           "probe of street certificates, associates' surrenders and lifted orders: a government "
                           "commission acting on persons and firms"),
    ("reuters-5899", False, "a firm's acquisition: corporate"),
    ("reuters-15539", False, "a Bundesbank vice-president sees no change in monetary course: monetary policy views"),
    ("reuters-1306", False, "oil prices rise, analysts on Saudi efforts: market"),
    ("reuters-9466", False, "a UK opinion poll: no act"),
    ("reuters-8074", False, "Nigeria's central bank changes its auction rules: domestic monetary regulation, no act "
                            "toward another (a World Bank official's satisfaction one remark)"),
    ("reuters-3019", False, "a research unit's OECD forecast: a forecast"),
    ("reuters-11600", False, "pension funds and churches campaign for Royal Dutch's withdrawal from South Africa: "
                             "a shareholder campaign on a firm"),
    ("reuters-14230", False, "commodities news highlights: a digest of items, market"),
    ("reuters-1076", False, "a state-owned bank negotiates to buy a German bank: corporate"),
    ("reuters-17197", True, "the World Bank agrees a 2.4 billion dlr aid programme for Pakistan and expresses "
                            "concern at its budget: an international lender and a state"),
    ("reuters-14940", False, "an OECD committee's report urges West Germany to raise its aid: one recommendation of "
                             "a report"),
    ("reuters-916", False, "eurobond trading: market"),
    ("reuters-7765", True, "Cable and Wireless resists a Japanese telecom merger; Thatcher and Shultz have written "
                           "to the Japanese government, US officials oppose it, the ministry reiterates its stand: "
                           "governments acting in a firm's dispute (UK/US-Japan telecom)"),
    ("reuters-11222", True, "Thatcher and Ryzhkov set trade targets in Moscow talks; agreements on exchanges "
                            "signed with Gorbachev: a state visit's agreements"),
    ("reuters-12609", False, "the IEA's executive director opposes a US oil import fee: views in a speech, no act"),
    ("reuters-9933", False, "the Senate hits the EC oils tax: the same news story as gold-twenty-second's 9982 "
                            "(the same title, March 26)"),
    ("reuters-19456", True, "Alfonsin meets the IMF's Camdessus; the bank loan nearly subscribed, the IMF's standby "
                            "approved in principle: a head of state and an international lender"),
    ("reuters-19144", False, "a firm's joint venture: corporate"),
    ("reuters-17217", False, "the Philippines to get a Japanese loan: the same news story as gold-twenty-eighth's "
                             "17271 (the same title)"),
    ("reuters-14938", True, "California's accountancy board files a complaint seeking discipline against an "
                            "accounting firm: a regulator acting on a firm"),
    ("reuters-17324", False, "a firm's new group: corporate"),
    ("reuters-8604", True, "Britain and Australia offer wheat grants to Bangladesh: aid between states"),
    ("reuters-4575", False, "Volcker says Brazil needs more financing: views in prepared remarks"),
    ("reuters-12967", False, "an exchange expected to approve gilt trading: market"),
    ("reuters-5187", False, "Taiwan's cabinet approves more bond issues: domestic fiscal policy"),
    ("reuters-6531", False, "analysts on UK base rates: a forecast"),
    ("reuters-4130", False, "the Paris Bourse reform: an economic spotlight, analysis of market reform"),
    ("reuters-7467", False, "House Republicans withhold budget votes: legislative drafting (as "
                            "gold-thirty-fourth's skipped 12372)"),
    ("reuters-5588", False, "Jordan's planning minister lists loans concluded over six months: one act (loans from "
                            "several lenders), otherwise a domestic plan's progress"),
    ("reuters-21568", False, "the Soviet Union to swap products for Iranian crude, agreed on the oil minister's "
                             "Moscow visit: the news story of gold-twentieth's 20459 (Iran and the Soviets' oil "
                             "exchange deal, October 20)"),
    ("reuters-17136", False, "a UN commission's questionnaire on recovery programmes: findings of a survey"),
    ("reuters-1557", False, "EC sources detail the farm social package: the EC's internal farm policy (as "
                            "gold-thirty-ninth's skipped 2068)"),
    ("reuters-8086", True, "Indonesia protests to the EC about its planned vegetable oil duty: a state's protest to "
                           "an international body (the EC oils tax; another news story than gold-twenty-second's "
                           "9982 and gold-thirty-fifth's 1848)"),
    ("reuters-1085", False, "analysts: the coffee talks' collapse eases the need for a US bill: analysts' views"),
    ("reuters-16256", False, "trade issues strain the EC's patience with Japan: the same news story as "
                             "gold-thirty-fifth's 16139 (the same title)"),
    ("reuters-10608", True, "Japanese chip makers urge the US to reconsider the tariffs it announced yesterday; Tokyo "
                            "has told its makers to cut output: a government's sanction plan and the industry's "
                            "appeal (the US-Japan chip dispute; the March 27 announcement is no earlier gold's "
                            "story)"),
    ("reuters-2359", True, "Australia accuses the US at GATT and calls for an end to its farm waiver; the US "
                           "ambassador replies: trade diplomacy at an international body"),
    ("reuters-1870", True, "the Philippines and Argentina continue debt talks with their bank committees, a "
                           "counter-proposal made to Argentina: governments' debt talks (another round than "
                           "gold-thirty-ninth's 8049, March 20)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert at == 573, "the earlier walks changed"
    for first, walk in APART:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    assert [first for first, _ in APART] == [650, 800, 856], "the earlier walks changed"
    assert START == 722 and START + len(WALK) <= STOP, "the walk runs into gold-thirty-fifth's positions"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
