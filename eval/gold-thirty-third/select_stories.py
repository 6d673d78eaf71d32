"""Candidate walk for the thirty-third article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 410, where gold-thirty-second stopped. Usage (from the repository root):
python3 eval/gold-thirty-third/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-second rebuilds it (through gold-twenty-third's g22_excluded:
gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79 must equal gold-twenty-second's
WALK, 80-159 gold-twenty-third's, 160-215 gold-twenty-sixth's, 216-283 gold-twenty-eighth's, 284-332
gold-thirtieth's and 333-409 gold-thirty-second's ("the list moved" otherwise). The stories taken here must also be
outside every gold now written, the shared dev gold, used_records() and audited_records() (checked by print_walk).
Rules as the six earlier walks: the story reports an act of a political actor (a government, minister, central
bank, court, prosecutor, regulator, parliament, international lender or union acting); pure market reports,
earnings, prices and forecasts are no political news; at least two events (coded as PLOVER's manual says, optional
ones counted as the earlier walks did); not the same news story as one an earlier gold took or one already taken;
at most three stories on one conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12
stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select32 = gold_script("select32", "gold-thirty-second", "select_stories.py")
select23 = select32.select23
select22 = select32.select22
OWN = "eval/gold-thirty-third/"
EARLIER = select32.EARLIER + (select32.WALK,)
START = sum(len(w) for w in EARLIER) + 1  # 410

WALK = [
    ("reuters-11204", False, "a think-tank economist's views on China's reforms in an interview: opinion, no act"),
    ("reuters-10308", False, "Japan's provisional budget allows exchange-fund bills: domestic fiscal policy"),
    ("reuters-7493", True, "an IMF department head resigns charging that the United States pressed the Fund to "
                           "approve loans for Zaire and Egypt; Egypt's talks with the IMF: an international "
                           "lender's official against a state"),
    ("reuters-4143", False, "a realty trust's liquidity: corporate"),
    ("reuters-12092", False, "Baker tells a House subcommittee Brazil is in no crisis and hopes it settles with its "
                             "banks: an assessment and hopes in testimony (as gold-thirty-second's skipped 19033 "
                             "and 3449)"),
    ("reuters-5302", False, "desktop publishing: technology"),
    ("reuters-8627", False, "China's 1986 budget deficit: a forecast"),
    ("reuters-16097", False, "Uganda's coffee board stops offering coffee: a state marketing board's commercial "
                             "decision (the president's penalty only considered)"),
    ("reuters-17382", True, "Taiwan's central bank governor defends the dollar reserves before parliament, answering "
                            "legislators' call to diversify: a legislature's demand and the bank's refusal (as "
                            "gold-thirty-second's 19115, the executive and the legislature)"),
    ("reuters-10221", False, "shareholders approve directors: corporate"),
    ("reuters-9592", True, "Brazilian and US trade officials open three days of talks in Brasilia on the steel "
                           "export restraints: trade diplomacy (US-Brazil steel)"),
    ("reuters-17235", True, "Taiwan accuses China of undermining its ADB status and boycotts the ADB meeting opened "
                            "that day: relations between states and a lender (Taiwan and the ADB 1; another news "
                            "story than gold-twenty-eighth's 16965, the ADB president's refusal six days before, "
                            "and its skipped preview 17207)"),
    ("reuters-11155", False, "Argentina's debt talks with its creditor banks: a negotiation with banks (as "
                             "gold-thirty-second's skipped 1625)"),
    ("reuters-20764", False, "Baker under fire after the stock market fall: analysis, mostly analysts' views (the "
                             "Baker-Bonn row the news of gold-twenty-sixth's 21512)"),
    ("reuters-9755", False, "a telecom entrant offers stakes to foreign firms: corporate (the ministry's stance and "
                            "foreign leaders' opposition told as background)"),
    ("reuters-5788", False, "a copper mine's life extended: corporate"),
    ("reuters-7871", False, "a firm's loss and stake sale: earnings"),
    ("reuters-20987", False, "a mining house's strike losses: earnings (the August strike background)"),
    ("reuters-12804", False, "Kuroda denies chip domination: the same story as gold-twenty-sixth's 12776 (same "
                             "title and text, the same day)"),
    ("reuters-1439", True, "the EC farm commissioner welcomes the ministers' dairy accord; the ministers approve a "
                           "farm aid package, his proposals cut back at their objection: the EC's council"),
    ("reuters-18103", False, "the BBC declines comment on poll rumours: no act, market"),
    ("reuters-10554", False, "an FDA panel reviews a drug: business regulation, no interaction"),
    ("reuters-17389", True, "the EC farm council's chairman will review the oils and fats tax plan after a "
                            "three-day ministers' meeting; three member states object: the EC's council (another "
                            "news story than gold-twenty-second's 9982, the US Senate against the tax)"),
    ("reuters-2775", False, "crude oil prices: market"),
    ("reuters-21250", False, "two congressmen urge Reagan to call a budget summit: one call in House speeches, no "
                             "second act"),
    ("reuters-1786", False, "lawmakers cool to a securities tax idea: domestic fiscal debate inside Congress"),
    ("reuters-4891", True, "congressional budget leaders ask Reagan to join a bipartisan budget effort at a meeting "
                           "with his chief of staff: the legislature and the executive (as gold-twenty-third's "
                           "18878 and gold-thirty-second's 19115, three months earlier)"),
    ("reuters-14629", False, "a reverse stock split: corporate"),
    ("reuters-4552", False, "a House subcommittee approves a trade bill: legislative drafting (as "
                            "gold-thirty-second's skipped 7360)"),
    ("reuters-18085", False, "Lukman's oil price forecast: a forecast"),
    ("reuters-516", False, "Canada's ruling on US corn due this week: a preview of a ruling (the duty background)"),
    ("reuters-1809", True, "Britain's trade secretary warns the EC would retaliate against a US textile bill after "
                           "talks in Washington; Belgium's trade minister warned the same: trade dispute (US-EC "
                           "protectionism; another news story than gold-thirtieth's 6716 and gold-tenth's 16018, "
                           "the EC's later letters against the bill)"),
    ("reuters-9692", True, "Guyana's finance minister seeks help from donor governments; a World Bank mission to "
                           "visit: a government and its lenders"),
    ("reuters-21556", False, "Balladur insists on the Louvre accords: the news story of gold-twenty-sixth's 21512 "
                             "(the same call, the same day)"),
    ("reuters-8124", True, "Taiwan holds talks with the ADB on its representation: relations between a state and a "
                           "lender (Taiwan and the ADB 2, a month before 17235)"),
    ("reuters-8173", False, "French GDP forecast: a forecast"),
    ("reuters-8453", False, "French economic council pessimistic: a forecast"),
    ("reuters-3942", False, "a lumber company's contract with Iraq: a firm's sale, told to a House subcommittee"),
    ("reuters-16128", False, "German capital market liberalisation stalls: analysis"),
    ("reuters-15543", True, "the World Bank will support Sri Lanka if it cuts its deficits; Conable meets the "
                            "finance minister, who asks for balance of payments support: a state and a lender"),
    ("reuters-17054", True, "Colombia and Ecuador sign a joint exploration agreement; Ecuador to use the Colombian "
                            "pipeline link and exceed its OPEC quota: agreements between states (another news story "
                            "than gold-twenty-eighth's 4039 and gold-thirty-second's skipped 3048, the earthquake's "
                            "first weeks)"),
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
